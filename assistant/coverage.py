"""How much of a question's terms a sentence says: stemmed words, weighed by their IDF, a synonym
or a form of a name counting too (candidates.py scores each sentence that could answer by it)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping

from dragoman.assistant.names import same_name
from dragoman.assistant.question import COUNT_WORDS
from dragoman.index.keyword import Analyzer
from dragoman.index.synonyms import SYNONYM_SHARE, synonyms, verb_forms


@functools.cache
def analyzer() -> Analyzer:
    """The keyword index's analyzer (stop words, stemming): a pure function of text."""
    return Analyzer()


@functools.lru_cache(maxsize=16)  # a document's words, read once however often a request asks
def document_stems(text: str) -> frozenset[str]:
    return frozenset(analyzer()(text))


@functools.lru_cache(maxsize=16)
def _stem_pairs(text: str) -> frozenset[frozenset[str]]:
    """Each two content words a text says side by side (stop words aside), as stems."""
    stems = analyzer()(text)
    return frozenset(frozenset(pair) for pair in itertools.pairwise(stems))


def said_together(phrase: str, text: str, every: bool = False) -> bool:
    """Does the text say two words of a short phrase side by side (`every`: each two) - "small states": "small-state
    mediation"; not "a small ... the United States"; "back channels opens with": "back channels", the verb caught
    with it? Of a phrase of one word, or of more than three (said in other words as often as not: "the explainer
    asking whether secret channels break the law"), nothing is asked."""
    stems = analyzer()(phrase)
    if not 2 <= len(stems) <= 3:
        return True
    pairs = _stem_pairs(text)
    # (a word said twice over, "state to state", is said side by side with itself wherever it is said)
    said = [frozenset(pair) in pairs or pair[0] == pair[1] for pair in itertools.pairwise(stems)]
    return all(said) if every else any(said)


def share(terms: Mapping[str, float], stems: set[str], half: set[str] | frozenset[str] = frozenset()) -> float:
    """The IDF-weighted share of `terms` a sentence's `stems` hold (those in `half`, or said by a
    synonym, half); a count word ("the two negotiators") the sentence does not say is left out
    rather than counted against it."""
    unsaid_counts = sum(w for t, w in terms.items() if t in _count_stems() and t not in stems)
    held = sum(w * said_share(t, stems, half) for t, w in terms.items())
    return held / ((sum(terms.values()) - unsaid_counts) or 1.0)


def said_share(term: str, stems: set[str], half: set[str] | frozenset[str] = frozenset()) -> float:
    """1 when a sentence says the term (or its two parts, a word run together), SYNONYM_SHARE when it
    says a synonym of it ("limitations" - "constraints", index/synonyms.py) or it is in `half`, else 0."""
    if (
        term in stems
        or (len(term) >= 8 and any(term[:i] in stems and term[i:] in stems for i in range(3, len(term) - 2)))
        or not stems.isdisjoint(verb_forms(term))
        or not stems.isdisjoint(_spellings(term))
    ):
        return 1.0  # (or both its parts: "backchannels" - "back channels"; or another form of it: "led" - "leading")
    return SYNONYM_SHARE if term in half or not stems.isdisjoint(synonyms(term)) else 0.0


def topic_share(stems: set[str], terms: Mapping[str, float]) -> float:
    """The share of the topic's weighted terms a sentence's stems say (`said_share`: a synonym half,
    "grounded in" for "based on"), a form of a name in full (Iran ~ Iranian)."""
    said = sum(w * max(said_share(t, stems), float(any(same_name(t, s) for s in stems))) for t, w in terms.items())
    return said / (sum(terms.values()) or 1.0)


@functools.cache
def _count_stems() -> frozenset[str]:
    return frozenset(analyzer().stem(sorted(COUNT_WORDS)))


@functools.lru_cache(maxsize=4096)
def _spellings(term: str) -> frozenset[str]:
    """The stems of a stemmed term's other spelling, British or American ("organis" - "organiz", "behaviour" -
    "behavior", "defenc" - "defens", "centr" - "center"), which stemming does not join."""
    out = set()
    if term.endswith("is") and len(term) > 5:
        out.add(term[:-1] + "z")  # (not "organis" - "organ")
    if term.endswith("iz") and len(term) > 5:
        out.add(term[:-1] + "s")
    if "our" in term[1:] and len(term) > 5:
        out.add(term.replace("our", "or"))
    if term.endswith(("avor", "ehavior", "onor", "abor", "olor", "umor", "eighbor")):
        out.add(term[:-2] + "our")
    if term.endswith(("enc", "ens")) and len(term) > 5:
        out.add(term[:-1] + ("s" if term.endswith("c") else "c"))
    if term.endswith("tr") and len(term) > 4:
        out.add(term[:-1] + "er")
    if term.endswith("ter") and len(term) > 5:
        out.add(term[:-2] + "r")
    return frozenset(out - {term})
