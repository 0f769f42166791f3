"""Comparison questions: one clause for each thing compared, so the answer says something of each.

"How does the paper contrast Norway's way of mediating with Qatar's?", "Compare the roles of
Wendy Sherman and William Burns", "How do Norway and Switzerland differ?": the best sentence
for the whole question is usually about one of them; the answer needs one about the other too.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from dragoman.assistant.names import mentions
from dragoman.assistant.question import NOT_NAMES, STATEMENT_END, STOP_WORDS, WH, Clause
from dragoman.index.prior import designators, undesignated

# (not "comparative study"; nor a comparison a study makes, saying something: "its X and Y comparison defines ...")
_NOT_COMPARING = (
    r"(?!ative\s+(?:case\s+)?(?:stud|analys|research|paper|article|report|survey))"
    # (in the third person: not "what does the comparison show?", asked)
    r"(?!ison\s+(?:defines|finds|reveals|suggests|identifies|names|argues|concludes|draws)\b)"
)
# (nor a document described: "that paper comparing small-state mediators"; "the paper compares" is asked)
_DESCRIBED = "".join(
    rf"(?<!{w} )"
    for w in ("paper", "study", "piece", "report", "article", "essay", "book", "text", "papers", "studies", "pieces")
    + ("reports", "articles", "essays", "books", "texts")
)
_COMPARES = re.compile(
    rf"\b(?:{_DESCRIBED}comparing\b|compar(?!ing\b){_NOT_COMPARING}\w*|contrast\w*|differ\w*|distinguish\w*|"
    r"versus|vs\.?|similarit\w*|in common|alike|"
    r"(?:dis)?agree(?:s|d|ment)?)\b",
    re.IGNORECASE,
)
# (not the sides of one thing: "to reassure both sides", "each party")
_BOTH = re.compile(
    r"\b(?:both|each|either|neither)\b(?!\s+(?:sides?|parties|party|camps?|ends?|directions?|hands?|ways?)\b)",
    re.IGNORECASE,
)
# "What do X and Y have in common?" - and a sentence saying it of them ("Both Moss's and Jacob's case studies
# show ...", "... have in common"; not "India and Pakistan ... share a border")
IN_COMMON = re.compile(
    r"\b(?:in common|common (?:thread|ground|theme|point|lesson|feature|trait|element|denominator)s?|"
    # ("Moss vs Jacob case studies - common finding?"; not "Is proteinuria a common finding in preeclampsia?")
    r"(?:vs\.?|versus)\s[^?]{0,80}\bcommon\s+findings?\b|"
    # "common weakness across all 3?", "the common limits among them" (a kind of thing, then whose it is)
    # (not "the common side effects among the elderly": frequent ones)
    r"common (?:[\w-]+ )?[\w-]+ (?:(?:across|among|between|to) (?:all|both|them|these|those|each)|shared by)|"
    r"(?:both|each|all) share|similarit(?:y|ies) (?:between|of)|(?:is|are) (?:the two|they) alike|"
    # "what do the Moss and Jacob case studies both show?", "what's the shared lesson?"
    r"all (?:show|suggest|demonstrate|illustrate|reveal)|"
    r"both (?:[\w-]+ ){0,2}?(?:show|suggest|demonstrate|illustrate|reveal)|"  # ("do both case studies show")
    r"shared (?:lesson|theme|point|feature|trait|finding|message)s?)\b|"
    # "the one weakness all its cases share", "the thing they all have same"
    r"\b(?:all|both) (?:(?:its|their|the|these|those|of them|three|four) )?(?:\w+ )?share\b|"
    r"\b(?:all|both) have (?:the )?same\b|"
    # "What's the one thing the paper says all three lack?" (not "Did both miss the penalty?")
    r"\bwhat\b[^?]*\b(?:all|both) (?:(?:three|four|five|3|4|5|of them) )?(?:lack|miss|need)\b|"
    r"\bwhat (?:do|does|did) (?:they|the \w+|these|those)(?: \w+)? (?:all |both )?share"
    r"\s*(?:\?|$|in common|with each other)|"
    # "NOR, CH, QAT - common weakness per conclusion?": names, then what is common to them
    r"^(?:[A-Z][\w'’.-]*(?:\s*,\s*|\s+(?:and|&)\s+|\s*/\s*)){1,5}[A-Z][\w'’.-]*\s*[-–—:]\s*(?:the\s+|their\s+)?"
    # (a trait they may share, not "- common side effect?", "- common dose?": a frequent one)
    r"common\s+(?:weakness|strength|feature|trait|thread|ground|theme|lesson|point|element|denominator|factor|"
    r"limitation|constraint|flaw|problem|challenge|goal|approach)\b",
    re.I,
)
SAYS_BOTH = re.compile(r"\b(?:both|in common|alike)\b", re.I)
# ... said of them: "Both Moss's and Jacob's case studies show ...", "... have in common", "Like X, Y ..."
SAYS_COMMON = re.compile(r"\b(?:both|common|alike|similar(?:ly|ity|ities)?|shared?|shares|likewise)\b", re.I)
# a name: capitalised words (not acronyms: "ISD article" names a document, not a subject)
_RUN = re.compile(r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)*")
# between two compared names: "Norway and ", "Norway's way of mediating with ", "Burns, or "
_BETWEEN = re.compile(
    # (up to seven words when "compared with" joins them: "X's credibility as a mediator rest on,
    # compared with Y's")
    r"(?:['’]s)?(?:(?:\s+[a-z][\w-]*){0,7},?\s+(?:compared|contrasted|as opposed)|(?:\s+[a-z][\w-]*){0,5},?)"
    r"\s+(?:and|or|with|to|from|versus|vs\.?)\s+(?:that of\s+|those of\s+|the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}"  # "... compare with the emissaries Biden ..."
)


def asks_comparison(question: str) -> bool:
    """Does the question ask how things compare ("How does X differ from Y?", "X versus Y")?"""
    return bool(_COMPARING.search(question))


# (not "agreement", "different approaches", "measures against", "the comparative study of X, Y and Z")
_COMPARING = re.compile(
    rf"\b(?:{_DESCRIBED}comparing\b|compar(?!ing\b){_NOT_COMPARING}\w*|contrast\w*|versus|vs\.?|"
    r"differ(?:s|ed)?\b[^?]*?\b(?:from|between)|differences?\b|"
    r"different\s+(?:from|than)|as\s+opposed\s+to|"
    r"weigh\w*\b[^?]*\bagainst|sets?\s+[^?,]*?\bapart\s+from|distinguish(?:es|ing)?\b|distinguished\b[^?]*\bfrom|"
    r"stacks?\s+up\s+against)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)  # (a pure function of the text, asked for by several steps of one answer)
def compared(question: str) -> tuple[str, str] | None:
    """The two things a comparison question compares, as written; None for other questions."""
    if not (_COMPARES.search(question) or _BOTH.search(question)):  # "Oman and Algeria both appear as ..."
        return None
    runs = []
    for m in _RUN.finditer(question):
        words = m.group(0).split()
        while words and words[0] in NOT_NAMES:  # "Compare Norway ..." -> "Norway"
            words = words[1:]
        if words:
            name = " ".join(words)
            runs.append((m.end() - len(name), m.end(), name))
    # "the difference between the way Norway mediated in the Israeli-Palestinian case and the way Qatar
    # does": the name opening what "between" joins, and the one after its "and"
    joined = re.search(rf"{_SET_APART}(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}", question)
    if joined:
        first = next((r for r in runs if r[0] == joined.end()), None)
        for after in runs:
            if first and after[0] > first[1] and _AND_THEN.search(question[first[1] : after[0]]):
                return first[2], after[2]
    # "Singapore's basis, how is it different from Qatar and Switzerland?": one thing set against two others together,
    # paired with the first of them (not the two with each other) - the one the question asks of, after its question
    # word or opening it (not "In Britain, how is aspirin different from Tylenol and Advil?")
    for (at, _, lead), (opening, end, a), (start, _, _b) in zip(runs, runs[1:], runs[2:]):
        subject = at == 0 or re.search(rf"\b{WH}\b", question[:at], re.IGNORECASE) is not None
        joined = re.fullmatch(r",?\s+(?:and|or|&)\s+", question[end:start])
        if subject and joined and _AGAINST_BOTH.search(question[:opening]):
            return (lead, a) if _key(lead) != _key(a) else None
    for (opening, end, a), (start, _, b) in itertools.pairwise(runs):
        # (not the two sides of what is compared: "how did the channels between Washington and Moscow differ
        # from the back channels?", "how did the hotline differ from the channels between Washington and Moscow?"
        # - a thing between them set against another; "Between X and Y, how ...", "the talks between X and Y: how
        # did they differ?" compare them)
        relation = re.search(r"[a-z]\s+between\s+(?:the\s+)?$", question[:opening]) and _SET_AGAINST.search(question)
        # (nor one thing twice: "the embassy in Russia vs before, and who did Russia ...")
        if _BETWEEN.fullmatch(question[end:start]) and not relation and _key(a) != _key(b):
            return a, b
    return None


_AGAINST_BOTH = re.compile(
    r"\b(?:differ\w*|distinct|apart|compared?|contrasted|versus|vs\.?|unlike)\s+(?:from|to|with|than)?\s*"
    r"(?:that\s+of\s+|those\s+of\s+|the\s+)?$",
    re.IGNORECASE,
)


# "the difference between", "distinguish between" (not "the talks between Washington and the Taliban")
_SET_APART = r"(?i:\b(?:differ\w*|distinct\w*|distinguish\w*|contrast\w*|compar\w*|gap|similarit\w*)\s+between\s+)"
_SET_AGAINST = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:differ\w*\s+from|compar\w*\s+(?:with|to)|contrast\w*\s+with|versus|vs\.?|"
    r"distinguish(?:es|ing)?\s+(?:[\w'’-]+\s+){1,8}?from)\s",  # ("distinguish the official channels from those ...")
    re.I,
)
_AND_THEN = re.compile(r"\sand\s+(?:that of\s+|those of\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def compared_sides(question: str) -> tuple[str, str] | None:
    """The two things a comparison compares when they are no names ("how did the front-channel talks compare
    with the back-channel ones?": front, back - the parts of two compounds that differ; "how does mediation
    compare with arbitration?": mediation, arbitration); None if it says none."""
    m = _SIDES.search(question[:SIDES_WITHIN])
    if m is None:
        return None
    before = [w.lower() for w in m.group(1).split() if w.lower() not in STOP_WORDS]
    a = next((w for w in before if "-" in w), before[-1] if before else "")  # (a compound first: "front-channel talks")
    b = m.group(2).lower()
    if not a or b in STOP_WORDS or {a, b} & _NOT_SIDES:
        return None
    pa, pb = a.split("-"), b.split("-")
    return (pa[0], pb[0]) if len(pa) == len(pb) == 2 and pa[1] == pb[1] else (a, b)


def compared_terms(question: str) -> tuple[str, str] | None:
    """Two terms compared, no names ("How does facilitation differ from formulation?", "the difference between
    mediation and arbitration"): each a word of its own (not the parts of two compounds, "front-channel talks" and
    "back-channel ones", which say one thing of two kinds); None if none."""
    m = _TERMS_APART.search(question[:SIDES_WITHIN])
    sides = (m.group(1).lower(), m.group(2).lower()) if m else compared_sides(question)
    if sides is None or sides[0] == sides[1] or any(len(s) < 5 or s in _NO_TERMS or "-" in s for s in sides):
        return None
    if any(m.group(1).lower() == sides[0] for m in _COMPARATIVE.finditer(question)):
        return None
    # (a word said of the next, no term: "secret back-channel talks")
    after = re.search(rf"\b{re.escape(sides[1])}\b(?!-)\s*([a-z][\w-]*)?", question, re.IGNORECASE)
    follower = (after.group(1) or "").lower() if after else "-"
    if follower and follower not in STOP_WORDS and not re.match(r"(?:wh|how)", follower):
        return None
    return sides if re.search(rf"\b{re.escape(sides[0])}\b(?!-)", question, re.IGNORECASE) else None


# (not what points back, nor a comparative said of the first: "Is the new treatment better compared to chemotherapy?")
_NO_TERMS = STOP_WORDS | frozenset(
    "former latter others those cases ones things better worse more less rather other".split()
)
# ... nor a word in "-er" after another word than an article ("running healthier compared with", "grow faster
# versus"; not "the owner versus the tenant", "Buyer vs seller")
_COMPARATIVE = re.compile(r"(?<!\bthe)(?<!\ba)(?<!\ban)(?<!^)\s+(\w+er)\s+(?:compared|versus|vs\b|than\b)", re.I)
_TERMS_APART = re.compile(rf"{_SET_APART}([a-z][a-z]+)\s+and\s+([a-z][a-z]+)\b(?!-)")
SIDES_WITHIN = 500  # characters of a question read for them (a very long one is not read to its end)
_SIDES = re.compile(
    r"(?<![\w'’-])((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:compared?\s+(?:with|to)|versus|vs\.?|differ(?:s|ed)?\s+from|"
    r"as\s+opposed\s+to)\s+(?:the\s+|those\s+|that\s+)?([a-z][\w-]*)",
    re.IGNORECASE,
)
_NOT_SIDES = frozenset("ones one".split())


def compared_documents(question: str) -> list[str]:
    """For a question comparing documents ("The legality article and the ISD article both mention
    a deal. How do they differ in the year they give it?"): the phrases designating them
    (index/prior.py); [] for any other question."""
    phrases = list(dict.fromkeys(designators(question)))
    return phrases if len(phrases) >= 2 and (_COMPARES.search(question) or _BOTH.search(question)) else []


def per_subject(clauses: tuple[Clause, ...], question: str) -> tuple[Clause, ...]:
    """A comparison question's single clause split into one clause per thing compared: its
    text without the other thing, its names with only this one; other questions unchanged."""
    pair = compared(question) or compared_terms(question)
    if pair is not None and len(clauses) > 1:
        clauses = _one_comparison(clauses, pair)
    if pair is None or len(clauses) != 1:
        return clauses
    (clause,) = clauses
    keys = [_key(s) for s in pair]
    # a part requires only its own name nearby: the others the question says may belong to either
    # ("Moss's Kissinger-Dobrynin study and Jacob's India-Pakistan study")
    sides = _sides(clause.text, pair) or (clause.text, clause.text)
    return tuple(
        replace(clause, text=without(sides[i], pair[1 - i]), names=(key,), subject=key, other=keys[1 - i])
        for i, key in enumerate(keys)
    )


def _one_comparison(clauses: tuple[Clause, ...], pair: tuple[str, str]) -> tuple[Clause, ...]:
    """ "How is the X example different from the Y example? What did the back channel do in each case?": one
    comparison, its other parts asking it again of each thing compared, naming nothing of their own."""
    first, *rest = clauses
    if (
        not _COMPARES.search(first.text)
        or not all(s in first.text for s in pair)
        or not all(
            # (not asking a kind of answer of its own: "When was each approved?")
            _OF_EACH_PHRASE.search(c.text)
            and not c.expects
            and not any(s in c.text for s in pair)
            and not _RUN.search(c.text[1:])
            for c in rest
        )
    ):
        return clauses
    # (what it asks again, without the words asking it of each: "What did the back channel do")
    again = " ".join(_OF_EACH_PHRASE.sub(" ", c.text) for c in rest)
    return (replace(first, text=f"{first.text} {again}"),)


# the words asking a comparison again of each thing ("in each case", "of either"; not "they", "both": what they share)
_OF_EACH_PHRASE = re.compile(
    r"\b(?:(?:in|for|of|with|to)\s+)?(?:each|either)(?:\s+(?:case|one|side|instance|example|of\s+them))?\b(?!\s+other\b)",
    re.IGNORECASE,
)


def _sides(text: str, pair: tuple[str, str]) -> tuple[str, str] | None:
    """ "What is the difference between the way Norway mediated in the Israeli-Palestinian case and the way
    Qatar does?": the question once with what it says of each side ("... the way Qatar does?" does not ask
    about the Israeli-Palestinian case); None when "between ... and" does not join the two."""
    joined = re.search(_SET_APART, text)
    a = text.find(pair[0], joined.end()) if joined else -1
    b = text.find(pair[1], a + len(pair[0])) if a >= 0 else -1
    split = text.rfind(" and ", a, b) if b >= 0 else -1
    if not joined or split < 0:
        return None
    head = text[: joined.start()]
    return f"{head}{text[joined.end() : split]}", f"{head}{text[split + 5 :]}"


def topic(question: str) -> str:
    """What a question comparing documents says they both discuss: its sentence saying "both"
    ("... both mention a nuclear deal with Iran."), else the whole question; without the phrases
    designating the documents and the words comparing them."""
    # (not the words asking it again of each: "What happened in each case?")
    question = _OF_EACH_PHRASE.sub(" ", question)
    scene = next((s for s in re.split(STATEMENT_END, question) if _BOTH.search(s)), question)
    return re.sub(r"\s+", " ", _COMPARES.sub(" ", _BOTH.sub(" ", undesignated(scene)))).strip()


def per_document(clauses: tuple[Clause, ...], documents: tuple[str, ...], question: str) -> tuple[Clause, ...]:
    """A question comparing documents: one clause for each document compared, asking its topic."""
    if len(documents) < 2:
        return clauses
    naming = {w.lower() for phrase in designators(question) for w in re.findall(r"[^\W_]+", phrase)}
    names = tuple(n for n in clauses[0].names if n not in naming)  # "the Oslo article": Oslo names a document
    return tuple(
        replace(clauses[0], text=topic(question), names=names, subject="", other="", source=source)
        for source in documents
    )


def subject_questions(question: str) -> list[str]:
    """For a comparison: the question once about each thing compared (for retrieval); else []."""
    pair = compared(question) or compared_terms(question)
    return [without(question, pair[1]), without(question, pair[0])] if pair else []


def without(text: str, name: str) -> str:
    """The question about one thing: without the other, nor the words that compare them."""
    text = _COMPARES.sub("", re.sub(rf"\b{re.escape(name)}(?:['’]s)?", "", text, flags=re.IGNORECASE))
    return re.sub(r"\s+", " ", text).strip()


def _key(name: str) -> str:
    """The word that names a thing compared: its last ("William Burns": burns; "Kissinger-Dobrynin": dobrynin)."""
    return re.sub(r"['’]s$", "", re.split(r"[\s-]+", name)[-1]).lower()


def set_against(text: str, subject: str, other: str) -> bool:
    """Does the sentence say something of `subject` with `other` only as its foil ("In contrast to both
    Norway and Switzerland, Qatar is ...", "Unlike Norway, Qatar ...")?"""
    foil = _FOIL.match(text)
    rest = text[foil.end() :] if foil else ""
    return bool(foil) and mentions(rest, (subject,)) and not mentions(rest, (other,))


def side_by_side(text: str, pair: tuple[str, str]) -> bool:
    """Does the sentence give each of two things compared a clause of its own, opened by it and what it does or is
    ("Norway is specialized in discreet facilitation, Switzerland in institutional hosting", "Norway facilitates,
    whereas Switzerland hosts")? Not a mere series of them ("Norway, Switzerland and Qatar have ...", "Liverpool's
    squad, Chelsea's signings and Arsenal's defence were praised")."""
    opened = set()
    for segment in _SEGMENTS.split(_OPENING_THE.sub("", text)):
        words = segment.split()
        for i, side in enumerate(pair):
            n = len(side.split())
            head = " ".join(words[:n])
            if len(words) > n + 1 and mentions(head, (_key(side),)) and _SAID_OF.fullmatch(words[n]):
                opened.add(i)
    return opened == {0, 1}


# where a clause opens: after a comma, colon or semicolon, "and", "while", "whereas"
_SEGMENTS = re.compile(
    r"(?:[,;:]\s+|\s+(?=and\b|while\b|whereas\b))(?:and\s+|but\s+|while\s+|whereas\s+)?(?:the\s+)?", re.IGNORECASE
)
_OPENING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
# the word after a thing a clause is about: its verb, or a preposition when the verb is the clause before's ("...,
# Switzerland in institutional hosting")
_SAID_OF = re.compile(
    r"(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|does|did|do|in|on|for|at|with|by|as|"
    r"won|led|held|made|took|gave|got|ran|became|kept|saw|sent|left|went|came|grew|fell|rose|lost|built|paid|sold|"
    r"bought|brought|spent|stood|said|[a-z]+(?<![s'’])s|[a-z]+ed)"
)


def foils_both(text: str, pair: tuple[str, str]) -> bool:
    """Does the sentence name both things compared only as the foil of a third ("In contrast to both Norway and
    Switzerland, Qatar is ...")?"""
    foil = _FOIL.match(text)
    return foil is not None and mentions(foil.group(0), tuple(_key(side) for side in pair))


_FOIL = re.compile(
    r"(?:in contrast (?:to|with)|unlike|compared (?:to|with)|as opposed to|contrary to)\b[^,]{1,80},", re.I
)
