"""A question's terms and their weights: what a sentence answering it must say, and how much each
word counts (its rarity in the collection), less the words that only ask for the answer ("Please name
each of them.", "in what year"), name the document ("the legality explainer"), set the scene or were
carried over from the turns before."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from dragoman.assistant.asides import (
    NOT_WANTED,
    SET_ASIDE,
    after_story,
    claimed,
    outside_claims,
    unchecked,
    without_story,
)
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import (
    CARRIED,
    REQUEST,
    STATEMENT_END,
    analyse,
    content_words,
    describes_answer,
    question_names,
    scene,
)
from dragoman.assistant.stated_metadata import author_lines
from dragoman.assistant.words import CHECK_FORMULA, NOT_NAMES, WH
from dragoman.index.documents import Document
from dragoman.index.prior import DOCUMENT_KINDS, GENRE, NAMES_KIND, described, designators, undesignated
from dragoman.index.snapshot import Snapshot


def requests(question: str) -> set[str]:
    """The words of a question's statements asking for all of the answer, or politely ("Please
    name each of them.", "I would like the full set."), that say nothing of what it is about (the
    rest of such a statement, "Give me the Norwegian negotiators only.", is a scene: question.py)."""
    parts = re.split(STATEMENT_END, CARRIED.sub("", question))
    request = [i > 0 and bool(REQUEST.match(p)) and "?" not in p for i, p in enumerate(parts)]
    said = {w for p, r in zip(parts, request) if r for w in re.findall(r"[\w'’]+", p.lower())}
    asked = {w for p, r in zip(parts, request) if not r for w in re.findall(r"[\w'’]+", p.lower())}
    return {w for w in said - asked if w in _ASKING_ALL}


_ASKING_ALL = frozenset(
    "please kindly like would want need give me all each every one full whole complete set list detail details "
    "everything them it its name names appreciate exact exactly precise precisely verbatim wording specifics cite "
    "citation citations".split()
)


def without_asking(question: str) -> str:
    """The question less the words asking for a date or a count ("in what year", "how many times"):
    what it asks about, not the kind of answer."""
    return _ASKING_FOR.sub(" ", question)


_ASKING_FOR = re.compile(
    r"\b(?:(?:in|on|since|by|during|from|until)\s+)?(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?"
    r"(?:years?|dates?|days?|months?|decades?|century|centuries|time|period)\b|"
    r"\bhow many (?:years|times|months|days)\b|\bin question\b|"  # (and "the base in question": the one spoken of)
    # (a date asked beside the rest, ending the question: "the two outcomes, together with the year of each?"; not
    # "Which wine goes with the dates?")
    r"\b(?:together with|along with|as well as|and|with)\s+(?:the|its|their)\s+(?:respective\s+)?"
    r"(?:(?:years?)(?:\s+(?:of|for)\s+(?:each|both|them|it))?|dates?\s+(?:of|for)\s+(?:each|both|them|it))"
    r"(?=\s*[?.]?\s*$)|"
    r"\bin the first place\b(?=\s*(?:[?,.;]|$))|"  # ("why hold talks in the first place?")
    rf"\b{CHECK_FORMULA}\b|"  # (a claim to check: "Confirm or correct: ...")
    # ("what came of that?", "what came of all that, in the end?"; not "what comes out of this exhaust pipe?")
    r"\b(?:came|come|comes)\s+(?:out\s+)?of\b(?=\s+(?:that|those|this|these|it|them|all(?:\s+that)?)\s*(?:[?,.;!]|$))|"
    # where in the document ("the benefits it lists near the end"; not "at the end of the Cold War")
    r"\b(?:near|towards?) the (?:very )?(?:end|beginning|start|top|bottom)\b(?!\s+of\b)|"
    r"\bat the (?:very )?(?:top|bottom)\b(?!\s+of\b)|"
    # ("the benefits it lists in its conclusion")
    r"\b(?:in|at) (?:its|the|their|his|her) (?:very )?conclusions?\b(?!\s+(?:of|that)\b)|"
    # ... and "in the end of the article about ...", "at the start of the piece" (the article stays: it names one)
    r"\b(?:in|at|near|towards?)\s+the\s+(?:very\s+)?(?:end|beginning|start|close)\s+of\s+(?=(?:the|this|that|its|"
    rf"his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:document|{DOCUMENT_KINDS})s?\b)|"
    # a casual "like" leading a clause ("? like the benefits it lists"), "it lists", "they mention"
    r"(?:^|(?<=[?.,;:]))\s*like\b|\b(?:it|they|he|she)\s+(?:lists|listed|mentions|mentioned)\b|"
    # a checking desk's "can you confirm which ...", "please verify whether ...": asks to be told, as "tell me" does
    r"(?:^|(?<=[?.!:,;]))\s*(?:(?:please|so|also|now|ok(?:ay)?|hi|hey|well|then|but)[\s,]+)*"
    rf"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:confirm|verify|double[- ]check)\b"
    rf"(?=\s+(?:{WH}|whether|if|that|for\s+me)\b)",
    re.IGNORECASE,
)


UNSEEN_SHARE = 0.5
_GIVEN = re.compile(
    r"\s*(?:given(?: that)?|considering(?: that)?|in light of(?: the fact that)?|"
    # (what the document does, as the frame of the question: "Insofar as the article juxtaposes X with Y, what ...")
    rf"(?:insofar|inasmuch) as(?=\s+(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}{DOCUMENT_KINDS}s?\b))"
    r"\s+([^,?]{8,}),",
    re.IGNORECASE,
)


def term_weights(snapshot: Snapshot, question: str) -> dict[str, float]:
    """The question's stemmed content words, each weighted by its IDF in the collection; half as
    much when only a statement setting its scene says them (question.py `scene`), a clause leading
    into it with what it takes as given ("Given that ..., ") or a follow-up
    carries them over from the turns before; not the kind of document a phrase naming one says
    ("the legality explainer"). Its other words (`naming_stems`) candidates.py weighs per document."""
    analyzer = snapshot.keyword.analyzer

    def stems_of(text: str) -> list[str]:
        words = content_words(analyzer.words(text))
        return analyzer.stem(words) if words else []

    # (and the words a follow-up carries over from the turns before it: "...? (Oman, end-game mediator)")
    carried = CARRIED.search(question)
    setting = f"{scene(question)} {carried.group(0) if carried else ''}"
    scenic = set(stems_of(setting)) - set(stems_of(" ".join(c.text for c in analyse(question))))
    # ... and a clause leading into the question with what it takes as given ("Given that none of them can
    # compel compliance, at which phases ...?"): its words but the names in it
    lead = _GIVEN.match(question)
    if lead:
        given = " ".join(w for w in lead.group(1).split() if not (w[:1].isupper() or w[:1].isdigit()))
        scenic |= set(stems_of(given)) - set(stems_of(question[lead.end() :]))
    # ... and what it sets aside ("what benefits ..., quite apart from de-escalation?", "beyond the general public,
    # from whom ...?"), or tells not to give ("I don't want the add-on examples, just the core three.", less its
    # "want"): not what the answer says
    aside_stems: set[str] = set()
    for aside in [*SET_ASIDE.finditer(question), *NOT_WANTED.finditer(question)]:
        if re.search(r"\bset(?:s|ting)?\b[^,?;]*$", question[: aside.start()], re.I):
            continue  # ("How does the paper set Singapore apart from Qatar?": a comparison)
        told = f"{aside.group(1)} want need" if aside.re is NOT_WANTED else aside.group(1)
        aside_stems |= set(stems_of(told)) - set(stems_of(question[: aside.start()] + question[aside.end() :]))
    # ... and the asker's own story told before it ("My villain character thinks he's untouchable. Who is ...?"): its
    # words say nothing of the answer, and weigh nothing - but its names the documents say, which may ("Cold open in
    # the Poznan plant: what does the firm make?"; not "Cyber subplot set in Tallinn: ...", a place none says)
    told = without_story(question)
    story_words = question[: len(question) - len(after_story(question))] if told != question else ""
    story = {s for w in story_words.split() for s in stems_of(w) if w[:1].islower() or not snapshot.idf(s)} - set(
        stems_of(told)
    )
    n = max(len(snapshot), 1)
    # An unseen term counts against coverage ("not in the corpus"), but weighs half the rarest seen term:
    # no sentence can say it, and a question in other words than the documents' ("hobble", "skilful",
    # "resorted to") says many (measured: docs/quality.md).
    unseen = UNSEEN_SHARE * math.log(1 + (n + 0.5) / 0.5)
    # (the kind of document a phrase naming one says, "the legality explainer": no sentence says it)
    kinds = _naming(snapshot, question) & set(stems_of(" ".join(NAMES_KIND.findall(question))))
    kinds |= set(stems_of(" ".join(GENRE.findall(question))))  # "the academic journal article"
    # (not the words of a request for all of it, "Please name each of them.", unless the question asks
    # them too; nor those asking for a date: "in what year" - no sentence says "year")
    request = requests(question)
    asking = stems_of(
        " ".join(w for w in re.findall(r"[\w'’-]+", without_asking(question)) if w.lower() not in request)
    )
    weights = {
        s: (snapshot.idf(s) or unseen) * (0.5 if s in scenic else 1.0) for s in dict.fromkeys(asking) if s not in story
    }
    # ("what back channels are good for": their benefits, as a sentence saying what they "can help" do says them)
    good_for = _GOOD_FOR.search(question)
    if good_for:
        good = set(stems_of(good_for.group(1)))
        weights = {s: w for s, w in weights.items() if s not in good} | {"benefit": snapshot.idf("benefit") or unseen}
    # (a name qualifying the answer that no document says, "which Baltic country ...?": what the asker
    # knows of the answer, which no sentence naming it need repeat)
    kinds |= {s for s in stems_of(" ".join(_describing(question))) if not snapshot.idf(s)}
    # (nor a word of a claim the asker checks that no document says: the detail the answer corrects, "... talked
    # the Sovs out of Cienfuegos back in '62. That the right year?")
    claims = claimed(split_parts(question))
    kinds |= {s for s in stems_of(" ".join(claims)) if not snapshot.idf(s)}
    kinds |= aside_stems
    # ... and one the documents say weighs half, beside a part asking of its own: a name the claim gets wrong may well
    # be said elsewhere ("CLAIM: the explainer cites Camp David and Dayton ... Verify - which two does it name?": the
    # small-states paper's Camp David Accords; not "Isn't Zocor made by Merck?", all it asks)
    rest = outside_claims(question, claims)
    if claims and re.search(r"\w", unchecked(rest)):
        said = [w for w in re.findall(r"(?<=\s)(?-i:[A-Z])[\w'’-]*|\d[\d,.]*", " ".join(claims)) if w not in NOT_NAMES]
        details = set(stems_of(" ".join(said))) - set(stems_of(rest))
        weights = {s: w * (0.5 if s in details else 1.0) for s, w in weights.items()}
    # (nor the checking desk's own words about it, as labels and checks: "CLAIM: ...", "Verify both.", "Year right?";
    # not a word the question says otherwise, "Claim: ... When are claims due?")
    labels = " ".join(m.group(0) for m in _CHECKING_SAID.finditer(question))
    kinds |= set(stems_of(labels)) - set(stems_of(_CHECKING_SAID.sub(" ", question))) if claims else set()
    return {s: w for s, w in weights.items() if s not in kinds} or weights


# where a checking desk's words say what it does: a label, a request to check, a check ("Year right?"), its draft
_CHECKING_SAID = re.compile(
    r"^\W*(?:claim|check|verify|confirm)\b|(?:^|[.?!;]\s+|[-–—]\s*)(?:verify|confirm|check)\b|"
    r"\b(?:right|correct|wrong)\b(?=[^.?!]{0,20}\?)|\b(?:our\s+|my\s+|the\s+)?draft\b",
    re.IGNORECASE,
)


_GOOD_FOR = re.compile(
    r"\b(good|useful|handy|helpful)\s+for\b(?!\s+(?:the\s+)?(?:environment|health|you|me|us)\b)", re.I
)


def _describing(question: str) -> list[str]:
    """The capitalised words qualifying the thing a which/what question asks for ("Baltic")."""
    found = re.finditer(r"\b[A-Z][a-z]+\b", question)
    return [m.group(0) for m in found if describes_answer(question, m.start(), m.end())]


def naming_stems(snapshot: Snapshot, question: str) -> frozenset[str]:
    """The stems said only in the phrases of a question naming a document, but its kind ("In the
    Moscow article, ...": moscow): a sentence of a document saying them need not repeat them."""
    return _naming(snapshot, question) - set(snapshot.keyword.analyzer(" ".join(NAMES_KIND.findall(question))))


# what the asker says in brackets a document is about, after naming it: "the small states paper (Norway, Switzerland,
# Qatar) ...", "the downsides piece (forum shopping, 'endless game') - ..."
_ASIDE = re.compile(
    rf"\b{DOCUMENT_KINDS}s?\b(?:\s+(?:of|on|about)(?:\s+[\w'’-]+){{1,4}})?\s*\(((?=[^()]*(?:(?-i:[A-Z])|[,/]|\sand\s))[^()]{{2,80}})\)",
    re.I,
)


def _naming(snapshot: Snapshot, question: str) -> frozenset[str]:
    analyzer = snapshot.keyword.analyzer
    about, rest = described(question)  # "In the study of small-state peacemakers, ...": which document, too
    asides = _ASIDE.findall(question)
    phrases = " ".join(designators(question) + NAMES_KIND.findall(question) + about + asides)
    for aside in asides:
        rest = rest.replace(f"({aside})", " ")
    return frozenset(analyzer(phrases)) - frozenset(analyzer(undesignated(rest)))


def without_bylines(
    weights: dict[str, float], question: str, documents: Iterable[Document], snapshot: Snapshot
) -> dict[str, float]:
    """The weights without the names a document's by-line states ("Which countries does Rafique
    and Samiullah's paper compare?"): they say which document, not what an answer sentence says."""
    lines = " ".join(author_lines(d.text, d.info.title) for d in documents)
    said = set(snapshot.keyword.analyzer(lines))
    named = set(snapshot.keyword.analyzer.stem(question_names(question))) & said
    return {t: w for t, w in weights.items() if t not in named} if named else weights
