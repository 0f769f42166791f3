"""Questions about a document itself (who wrote it, when, where, its title): answered from its
front matter or the file's own metadata — and only from a document the question means (`meant`,
which table_answer.py asks too).

A question about a document is answered from the best passage's document; asked of a collection
that does not hold the document meant ("Who wrote the small-states paper?" of a library of
blockchain papers), that document is merely the closest one. So it must be *meant*: its best
sentence close enough to the question (RELEVANT), or every name and designating word the
question uses said in it.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from dragoman.assistant.answer import Answer, Evidence
from dragoman.assistant.asides import unclaimed
from dragoman.assistant.candidates import Candidate
from dragoman.assistant.cited_work import cited_work, works_at
from dragoman.assistant.coverage import analyzer, document_stems, said_together
from dragoman.assistant.focus import MONTHS, missing_focus
from dragoman.assistant.fragments import fragment_topic
from dragoman.assistant.lists import asks_opening_list, bullet_lists
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.names import people_in_full
from dragoman.assistant.question import STOP_WORDS
from dragoman.assistant.stated_metadata import author_lines, metadata_spans, metadata_statement
from dragoman.assistant.tables import quoted_phrases
from dragoman.index.byline import stated
from dragoman.index.prior import DESCRIBED, DOCUMENT_KINDS, NAMES_KIND, designators
from dragoman.index.retrieval import Passage

# The best sentence's evidence above which its document is taken as the one meant: questions asked
# of the other corpora reach at most 0.49 (bench/answers.py), those about their own document from 0.36.
RELEVANT = 0.6
# a document named by a longer phrase than index/prior.py's designators ("the small states mediation
# journal article"): its words, in any form
_LONG_NAME = re.compile(
    r"\bthe\s+((?:(?!(?:the|of|a|an|in|on|at|to|for|by|and|or|with|authors?)\b)[\w'’-]+\s+){3,6}?)"
    rf"{DOCUMENT_KINDS}s?\b",
    re.IGNORECASE,
)
# a title quoted in full, however long ("... the paper "Quiet Diplomacy And Backchannel ...: A Comparative Study"")
_TITLE_QUOTED = re.compile(r"(?<!\w)[\"“]([^\"”]{61,300})[\"”](?!\w)")


# the kinds of document a name may stand before besides those of index/prior.py's designators
# (there "survey" or "interview" is too often the topic: "the 2020 household survey")
_KIND = re.compile(
    r"\bthe\s+([\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:survey|overview|guide|interview|review)s?\b", re.IGNORECASE
)


# cosine of a question and the title and opening of the document it describes by its subject:
# at least 0.42 over the question sets, at most 0.17 for another corpus's document (docs/quality.md)
CARD_MEANT = 0.4  # close enough to be the one meant when it says only some of the words
CARD_FAR = 0.25  # too far to be the one meant, whatever words it shares
QUOTE_NEAR = 0.2  # near enough to say a quoted phrase in other forms (above any other corpus's document)


def meant(question: str, evidence: Evidence, source: str, strength: float) -> bool:
    """Is the document `source` the one a question about a document means? It says every phrase the
    question quotes; and the answer's best sentence (`strength`) is close enough to the question, or
    all the question says of the document is said in it: every name (a follow-up's carried names too), word of
    a phrase naming it ("the quiet-diplomacy paper") and, in any form, of what it is said to be
    about ("the study of quiet diplomacy") — or some of those words, by the document whose
    title and opening are the closest to the question (at least CARD_FAR), which may also say a word
    naming it in another form ("the ethics explainer": "ethical"). A document whose title and
    opening are far from a question describing its subject (CARD_FAR) is not meant, whatever
    words it shares. A question that names nothing ("Who wrote the article?") means the closest
    document."""
    # (without an ellipsis or a stop it ends with: "'lack of …' characteristics", "'is it illegal?'")
    quoted = quoted_phrases(question) + [
        t.lower().replace("’", "'").strip(" .…?!") for t in _TITLE_QUOTED.findall(question)
    ]
    doc = evidence.documents[source]
    said = f"{doc.info.title}\n{doc.text}"
    lower = " ".join(said.lower().replace("’", "'").split())  # ("What You’ll Learn" typed "You'll")
    stems = document_stems(said)

    # (a phrase in quotes is said by the one meant, however close another is: word for word, or every
    # word of it in some form by one not far from the question - "the 'is it illegal?' explainer" of
    # "Is Back-Channel Diplomacy Illegal?")
    def says(q: str) -> bool:  # (its title and opening read only for a phrase it does not say word for word)
        if " ".join(q.split()) in lower:
            return True
        return set(analyzer()(q)) <= stems and _card_sims(evidence).get(source, -1.0) >= QUOTE_NEAR

    if not all(says(q) for q in quoted):
        return False
    phrases = _subjects(question)
    # (a short one's words side by side: "the paper on small states" is not one saying "small" and "United States")
    together = all(said_together(p, said) for p in phrases)
    if strength >= RELEVANT:  # (unless another says what it is said to be about, word for word, and it does not)
        return together or not _saying_all(phrases, evidence) - {source}
    unwrapped = re.sub(r"\?\s*\(([^()]*)\)\s*$", r", \1?", question)  # "...? (Sadia Rafique)": its names count
    # a document's name ("the legality article", "the alexnet history survey"): its very words;
    # what it is about ("the article on negotiating with X"): in any form ("negotiations")
    named = [w.lower() for p in designators(question) + _KIND.findall(question) for w in re.findall(r"[^\W\d_]{3,}", p)]
    # (what a compound says of its subject, in any form: "the ethics-focused overview" - "ethical")
    focused = {m.lower() for m in re.findall(rf"([^\W\d_]+)-(?:{_FOCUSED})\b", question, re.IGNORECASE)}
    about = " ".join(phrases)
    about_said = [t in stems for t in analyzer()(about)]
    # what it is about, in other words ("the piece about reviving a secret link with Russia"): the
    # document whose title and opening are the closest to the question says some of them; and
    # said in its words, but by a document on another subject (its title and opening far): not it
    sims = _card_sims(evidence)
    closest = source in sims and sims[source] >= max(CARD_FAR, *sims.values())
    far = bool(about_said) and source in sims and sims[source] < CARD_FAR
    naming = [w for w in named if not _kind_or_stop(w)]
    unsaid = [
        w
        for w in naming
        if not (
            re.search(rf"\b{re.escape(w)}", lower)
            or _dated(w, said)
            or ((w in focused or closest) and set(analyzer()(w)) <= stems)  # ("the ethics explainer": "ethical")
        )
    ]
    # (the closest document may be named with one word of the asker's own among three or more of its own: "the
    # small-states-as-peacemakers paper")
    return (
        not missing_focus(unwrapped, [said])
        and len(unsaid) <= (1 if closest and len(naming) >= OWN_WORDS_FROM else 0)
        and ((all(about_said) and together) or (closest and any(about_said)))
        and not far
    )


OWN_WORDS_FROM = 3


def _kind_or_stop(word: str) -> bool:
    """A stop word, a kind or a medium of document ("the georgetown blog post", "the small states journal paper"): no
    text need call itself one; or what a compound says of its subject ("the ethics-focused overview": "ethics")."""
    return word in STOP_WORDS or word in _MEDIA or re.fullmatch(f"{DOCUMENT_KINDS}s?|{_FOCUSED}", word) is not None


_MEDIA = frozenset("journal academic scholarly magazine web".split())  # (not "long", "news": "the long covid paper")


_FOCUSED = "focused|oriented|centred|centered|related|heavy|minded|driven"


def _dated(month: str, text: str) -> bool:
    """Does the text give a date in that month, abbreviated ("Jan 20, 2022": january)?"""
    return month in MONTHS and re.search(rf"{MONTHS[month]}\.?\s*\d", text) is not None


def _card_sims(evidence: Evidence) -> dict[str, float]:
    """Cosine of the question and each document's title and opening (`Evidence.card_vectors`)."""
    return {s: float(v @ evidence.question_vector) for s, v in evidence.card_vectors.items()}


def front_matter(
    question: str, evidence: Evidence, strength: float, best: Passage | None = None
) -> tuple[list[Candidate], str]:
    """For a question about a document itself (author, date, publication, title): the lines
    of the document meant that state it (metadata.py), each a candidate; and, for what no line
    states, the sentence saying what the file's metadata states ("" if nothing, or if the question
    names something no passage says: then the document may not be the one asked of). The document
    meant is the one of the passage holding a sentence that answers (`best`: "the article arguing
    back channels could help defuse the standoff" is the one saying so), else the one whose title
    and opening are closest to the question ("the web piece asking whether secret channels break
    the law": "Back Channel Diplomacy: Legal Or Not?"), else of the best passage."""
    asked = metadata_asked(question)
    if not asked:
        return [], ""
    # (and where that author works: "who wrote the case study about it, where does he work")
    cited = cited_work(question, evidence) if "author" in asked and asked <= {"author", "affiliation"} else None
    if cited:
        return [cited, *(works_at(cited, evidence) if "affiliation" in asked else [])], ""
    # the best passage's document if all the question says of it holds there; else the one its title
    # and opening fit ("the text about small countries as mediators", though another's author box
    # says "University"); else the best passage's, close enough; else the first passage's
    tried = [
        (best, 0.0),
        (_fitting_card(question, evidence, strength), strength),
        # ("Who wrote that study on small states as mediators, and which university are they at?": the best
        # sentence may be strong by a word of what is asked - "Georgetown University" - not of the document)
        (_fitting_card(question, evidence, 0.0, floor=CARD_FAR), 0.0),
        (best, strength),
        (_described(question, evidence, strength), strength),
        (_saying(question, evidence), strength),  # (the one saying what it is said to be about, word for word)
    ]
    # (of what the question says of it, not of a draft's words it quotes to check: 'Citation in the draft: "A.
    # Somerville, Foreign Policy, January 2021." Where did the Moscow piece run?')
    said_of_it = unclaimed(question)
    p = next((t for t, s in tried if t is not None and meant(said_of_it, evidence, t.source, s)), None)
    if asked == {"affiliation"} and people_in_full(question):  # ("Who is Marcus Holloway?": the document he signs)
        p = next((q for q in evidence.passages if _signs(question, _author_lines(evidence, q.source))), p)
    if p is None:
        return [], ""
    doc = evidence.documents[p.source]
    topic = fragment_topic(question)
    if topic and not _says_topic(topic, f"{doc.info.title}\n{doc.text}"):
        return [], ""
    if asked == {"affiliation"} and not _signs(question, _author_lines(evidence, p.source)):
        return [], ""  # ("which university is Happymon Jacob at?": someone it quotes, not its author - its prose says)
    facts = stated(doc.info.metadata)
    spans = functools.partial(metadata_spans, doc.text, doc.info.title, publisher=facts.publisher)
    if "author" in asked and not facts.authors and not spans({"author"}):
        asked = asked | {"venue"}  # no one signs it: the site it is credited to ("cycivic") where a by-line would be
    found = [Candidate(p, 0, a, b, doc.text[a:b], 1.0, (-1, -1)) for a, b in _merged(spans(asked))]
    found = _quoted_once(found)  # (the by-line an author box repeats)
    unstated = {kind for kind in asked if not spans({kind})}
    if not unstated or missing_focus(question, [q.text for q in evidence.passages] + [doc.info.title]):
        return found, ""
    return found, metadata_statement(doc.info, unstated)


def _says_topic(topic: str, said: str) -> bool:
    """Does a document say the topic a question asks of it by ("Moscow back channel - author and publication?"): each
    of its capitalised words, and all but one of its others in some form ("the Moscow back channel card")?"""
    names = [
        re.sub(r"['’]s$", "", w)  # ("Obama's healthcare law")
        for w in re.findall(r"[^\W\d_][\w'’-]*", topic)
        if w[0].isupper() and w.lower() not in STOP_WORDS
    ]
    lower = said.lower()
    missing = set(analyzer()(topic)) - document_stems(said)
    return all(re.search(rf"\b{re.escape(n.lower())}", lower) for n in names) and len(missing) <= 1


def _author_lines(evidence: Evidence, source: str) -> str:
    doc = evidence.documents[source]
    return author_lines(doc.text, doc.info.title)


def _signs(question: str, by_line: str) -> bool:
    """Does a person the question names in full sign the document (its by-line), or does it name none? (The last
    two words of the name: "Professor Sadia Rafique".)"""
    named = people_in_full(question)
    return not named or any(" ".join(name.split()[-2:]) in by_line for name in named)


def _quoted_once(found: list[Candidate]) -> list[Candidate]:
    """The spans whose words no other span says again, word for word (after the first) or inside a
    longer one: a by-line repeated in an author box with where the author works is quoted once."""
    flat = [" ".join(c.text.split()) for c in found]
    return [
        c
        for n, c in enumerate(found)
        if not any(flat[n] in other and (flat[n] != other or m < n) for m, other in enumerate(flat) if m != n)
    ]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (the by-line, and the author box starting with it), in text order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def overview_list(question: str, evidence: Evidence, strength: float, count: int | None) -> list[Candidate]:
    """ "Which five pitfalls does the article walk through?" in other words than its list's: the
    overview of the document the question names by its kind ("the article") and means, the one
    list of exactly `count` (3 or more) items in the opening fifth of it; with no count, the first
    list of three or more there, for a question asking for the list the document opens with;
    [] if there is not one."""
    opening = count is None and asks_opening_list(question)
    if not (opening or (count or 0) >= 3) or not evidence.passages or not NAMES_KIND.search(question):
        return []
    p = _described(question, evidence, strength) or evidence.passages[0]  # (never None: passages were checked)
    loose = _card_sims(evidence).get(p.source, -1.0) < CARD_MEANT
    if opening and (loose or not _opening_lists(evidence.documents[p.source].text)):
        # described only loosely: of the documents opening with a list, the one it describes best; or
        # one opening with no list: the one opening with a list that all it says of it describes
        other = _opening_with_list(evidence)
        p = other if other is not None and (loose or meant(question, evidence, other.source, strength)) else p
    text = evidence.documents[p.source].text
    if opening:
        lists = _opening_lists(text)[:1]
    else:
        lists = [(h, items) for h, items in bullet_lists(text, 0, len(text) // 5) if len(items) == count]
    if len(lists) != 1 or not meant(question, evidence, p.source, strength):
        return []
    head, items = lists[0]
    return [Candidate(p, 0, a, b, text[a:b], 1.0, (-1, -1)) for a, b in ([head] if head else []) + items]


def _opening_with_list(evidence: Evidence) -> Passage | None:
    """The best passage of the document whose title and opening are the closest to the question
    (at least CARD_FAR) among those with a list of three or more items in their opening fifth."""
    sims = _card_sims(evidence)
    firsts = {p.source: p for p in reversed(evidence.passages)}
    listing = [s for s in firsts if sims.get(s, -1.0) >= CARD_FAR and _opening_lists(evidence.documents[s].text)]
    return firsts[max(listing, key=lambda s: sims[s])] if listing else None


def _opening_lists(text: str) -> list[tuple[tuple[int, int] | None, list[tuple[int, int]]]]:
    return [(h, items) for h, items in bullet_lists(text, 0, len(text) // 5) if len(items) >= 3]


def _saying(question: str, evidence: Evidence) -> Passage | None:
    """The best passage of the one document saying, word for word, the short phrases a question says a document
    is about ("the paper on small states"); None if none, or several, do."""
    phrases = _subjects(question)
    saying = _saying_all(phrases, evidence) if phrases else set()
    return next((p for p in evidence.passages if p.source in saying), None) if len(saying) == 1 else None


def _subjects(question: str) -> list[str]:
    """What a question says a document is about ("the paper on small states", "the ... piece 'A new back channel'")."""
    return DESCRIBED.findall(question) + _LONG_NAME.findall(question)


def _saying_all(phrases: list[str], evidence: Evidence) -> set[str]:
    """The documents of the evidence saying each phrase's words side by side (coverage.py `said_together`)."""
    return {
        s
        for s, d in evidence.documents.items()
        if all(said_together(p, f"{d.info.title}\n{d.text}", every=True) for p in phrases)
    }


def _described(question: str, evidence: Evidence, strength: float) -> Passage | None:
    """The passage of the document a question describes (`_fitting_card`), else the best passage."""
    first = evidence.passages[0] if evidence.passages else None
    return _fitting_card(question, evidence, strength) or first


def _fitting_card(question: str, evidence: Evidence, strength: float, floor: float = CARD_MEANT) -> Passage | None:
    """The best passage of the document a question describing one ("the web piece asking
    whether ...") describes best by its title and opening (`Evidence.card_vectors`, at least
    `floor`: CARD_MEANT), among those it may mean; None if the question describes none or none fits."""
    sims = _card_sims(evidence)
    if not sims or not (DESCRIBED.search(question) or _LONG_NAME.search(question) or designators(question)):
        return None
    firsts = {p.source: p for p in reversed(evidence.passages)}  # each document's best passage
    fits = [s for s in sorted(firsts, key=lambda s: -sims.get(s, -1.0)) if sims.get(s, -1.0) >= floor]
    return next((firsts[s] for s in fits if meant(question, evidence, s, strength)), None)


# An answer (or a sentence of one) from the file's metadata quotes no text, so it cannot carry a
# citation: a Citation's quote is always an exact span of the canonical text, and citing the title
# line instead would present a quote that does not say what the sentence says. So the sentence
# names its source ("According to the file's metadata (a.pdf), ..."), the notice says it is
# uncited, and an answer made of it alone has mode "metadata" and no citations.
METADATA_NOTICE = (
    "Answered from the file's own metadata (its document properties), not from its text: "
    "the sentence saying so cites no passage"
)


def from_metadata(question: str, statement: str, passages: list[Passage], strength: float) -> Answer:
    return Answer(question, statement, [], False, passages, round(strength, 4), mode="metadata", notice=METADATA_NOTICE)


def noted(answer: Answer, statement: str, first: bool = False) -> Answer:
    """The answer with what the file's metadata says that its text does not: after the front
    matter quoted, or `first` (it answers what the question asks first: the document's author...)."""
    if not statement:
        return answer
    text = f"{statement} {answer.text}" if first else f"{answer.text} {statement}"
    return dataclasses.replace(answer, text=text, notice=METADATA_NOTICE)
