"""Which of the sentences that could answer are compared with the question by meaning, and the bonus each kind
of question gives some of them: the best few by words, for each part asked and in meaning, and those a follow-up,
a list, a reason, a comparison or a document's end asks for (candidates.py finds and ranks them)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from dragoman.assistant.affiliation import affiliation_stems, gives_affiliation
from dragoman.assistant.answer import Evidence
from dragoman.assistant.answer_kind import TITLES, asks_several_names
from dragoman.assistant.compare import IN_COMMON, SAYS_COMMON, asks_comparison, compared, side_by_side
from dragoman.assistant.coverage import analyzer
from dragoman.assistant.explaining import SAYS_ACHIEVED, asks_achievement
from dragoman.assistant.lists import in_series, introduces_list, opens_enumeration
from dragoman.assistant.names import full_names, name_runs
from dragoman.assistant.question import Clause, asks_for_list, asks_reason
from dragoman.assistant.sentences import contrasts, next_contrast
from dragoman.assistant.words import NOT_NAMES
from dragoman.index.prior import CLOSING_SHARE, at_the_end
from dragoman.index.synonyms import BENEFIT_STEMS, kinds_said, says_benefit

if TYPE_CHECKING:  # (candidates.py calls `shortlisted`)
    from dragoman.assistant.candidates import Candidate

PREFILTER = 6  # the best sentences by words compared by meaning (6, 12 and all measured equal on the dev set)
MEANING_MORE = 3  # ... and the sentences closest in meaning to the question


def shortlisted(
    question: str, ranked: list[Candidate], clauses: tuple[Clause, ...], evidence: Evidence
) -> list[Candidate]:
    """The candidates (`ranked` by their words) worth comparing by meaning, each with its similarity and bonus."""
    if not ranked:
        return []
    vectors = _vectors(ranked, evidence)  # (each sentence's vector read once)
    closeness = vectors @ evidence.question_vector
    shortlist = ranked[:PREFILTER]
    for i in range(len(clauses) if len(clauses) > 1 else 0):  # the best few for each part asked
        shortlist += [c for c in sorted(ranked, key=lambda c: -c.parts[i])[:3] if c not in shortlist]
    if len(evidence.part_vectors) == len(clauses) > 1:  # and the closest few to each in meaning
        by_part = vectors @ np.stack(evidence.part_vectors).T
        ranked = [dataclasses.replace(c, part_similarity=tuple(map(float, row))) for c, row in zip(ranked, by_part)]
        kept = {_key(c) for c in shortlist}
        shortlist = [c for c in ranked if _key(c) in kept]
        for i in range(len(clauses)):
            shortlist += [c for c in sorted(ranked, key=lambda c: -c.part_similarity[i])[:3] if c not in shortlist]
    # ... and the closest few to the whole question in meaning, however few of its words they say ("what functions
    # can back channels serve for officials?" - "Back channels can insulate officials from ...")
    if not asks_for_list(question):  # (a list: its lead-ins, below; generic sentences near in meaning lost)
        shortlist += [ranked[i] for i in np.argsort(-closeness)[:MEANING_MORE] if ranked[i] not in shortlist]
    followed = [c for c in ranked if near_previous(c, evidence)] if evidence.follows else []
    # (a lead-in naming another kind of thing than asked - "approaches:" for "which limitations?" - leads elsewhere)
    kinds = kinds_said(analyzer()(question))
    leads = [c for c in ranked if _leads_into_list(c, evidence, kinds)] if asks_for_list(question) else []
    reasons = _first(ranked, lambda c: bool(GIVES_REASON.search(c.text))) if asks_reason(question) else []
    # ("What do all those small peacemaking states have in common?" - "The one common thing that they all have ...")
    common = _first(ranked, lambda c: bool(SAYS_COMMON.search(c.text))) if IN_COMMON.search(question) else []
    # a list: the sentences running in a series ("Back channels can insulate ..., help them to ..., and facilitate
    # ..."); benefits: those saying what a thing can help do
    series = _first(ranked, lambda c: in_series(c.text)) if asks_for_list(question) else []
    # ... and several people asked for: a sentence naming three or more in full ("Which former American presidents
    # ...?" - "... former US presidents Richard Nixon, John Kennedy, Ronald Reagan, ...")
    if any(asks_several_names(c) for c in clauses):
        series += [c for c in _first(ranked, lambda c: people_named(c.text) >= SEVERAL) if c not in series]
    asks_benefit = not BENEFIT_STEMS.isdisjoint(evidence.term_weights)
    benefits = _first(ranked, lambda c: says_benefit(c.text)) if asks_benefit else []
    # ("what has Oman pulled off?" - "By so doing, Oman has been able to bargain the release of detainees ...")
    achieved = _first(ranked, lambda c: bool(SAYS_ACHIEVED.search(c.text))) if asks_achievement(question) else []
    # ("What instance does it give of such conduct being called treason?" - "This was the case with Jared Kushner's")
    examples = _first(ranked, lambda c: bool(GIVES_EXAMPLE.search(c.text))) if ASKS_EXAMPLE.search(question) else []
    # ("where's he based?" - "Jacob, a scholar ... at the Nehru University")
    works_at = _first(ranked, lambda c: gives_affiliation(c.text, question)) if affiliation_stems(question) else []
    # ("official vs unofficial channels?" - "While some channels in that period were official, ..., others ...")
    setting = _first(ranked, lambda c: contrasts(c.text)) if asks_comparison(question) else []
    # ("Norway vs Switzerland?" - "Norway is specialized in discreet facilitation, Switzerland in institutional ...")
    pair = compared(question)
    setting += _first(ranked, lambda c: side_by_side(c.text, pair)) if pair else []
    # (a comparison: the sentence opening the paragraph after one of them, setting one thing against another)
    after = (
        {(c.passage.source, next_contrast(evidence.documents[c.passage.source].text, c.end)) for c in shortlist}
        if asks_comparison(question)
        else set()
    )
    opening = [c for c in ranked if (c.passage.source, c.start) in after]
    # "the benefits he lists near the end": the sentences of a document's last fifth
    # (of the document asked of: the one the best passage is in, as evidence.py `closing` reads)
    ending = _closing(ranked, evidence)[:3] if at_the_end(question) else []
    formed = [*leads[:3], *series, *benefits, *reasons, *examples, *common, *setting, *achieved, *opening, *ending]
    formed += works_at
    for c in followed + formed:
        if c not in shortlist:
            shortlist.append(c)
    row = {_key(c): i for i, c in enumerate(ranked)}
    bonus = [
        (FOLLOW_BONUS if c in followed else 0.0)
        + (LEAD_BONUS if c in leads or c in series else 0.0)
        + (BENEFIT_BONUS if c in benefits or c in achieved else 0.0)
        + (AFFILIATION_BONUS if c in works_at else 0.0)
        + (REASON_BONUS if c in reasons else 0.0)
        + (EXAMPLE_BONUS if c in examples else 0.0)
        + (CLOSING_BONUS if c in ending else 0.0)
        + (CONTRAST_BONUS if c in setting else 0.0)
        for c in shortlist
    ]
    return [
        dataclasses.replace(c, similarity=float(closeness[row[_key(c)]]), bonus=b) for c, b in zip(shortlist, bonus)
    ]


SEVERAL = 3  # people named in full in one sentence: a list of them (measured: 2 gained 5 and lost 5)


def people_named(sentence: str) -> int:
    """How many people the sentence names in full ("Richard Nixon, John Kennedy and Ronald Reagan": 3; not "the
    Deputy Foreign Minister")."""
    runs = [[w for w in run if w not in NOT_NAMES and w not in TITLES] for run in name_runs(sentence)]
    return sum(1 for run in runs if len(run) >= 2 and set(run) <= full_names(" ".join(run)))


def _first(ranked: list[Candidate], form: Callable[[Candidate], bool], n: int = 3) -> list[Candidate]:
    """The first `n` of the ranked candidates of a form a kind of question asks for (a reason, a series, ...)."""
    return list(itertools.islice((c for c in ranked if form(c)), n))


def _key(c: Candidate) -> tuple[str, int]:
    return c.passage.source, c.start


# "What year was that?", "And why does this happen?": a follow-up's answer is most often in the
# paragraph of the answer before it; a sentence this close to one of its quotes weighs this much more
# (600 characters and 0.1 before: 1000 and 0.15 gained 9 answers over the question sets, lost 1)
FOLLOW_CHARS = 1000
FOLLOW_BONUS = 0.15


LEAD_BONUS = 0.15  # (a lead-in to a list asked for, or a sentence running in a series)
# ("What advantages ...?" - "Back channels can insulate officials ..."; "What has Oman pulled off?" - "By so doing,
# Oman has been able to bargain the release of detainees ...")
BENEFIT_BONUS = 0.1
# "Give an example of ...", "what instance does it give of ...?": a sentence giving one ("For instance, ...", "This was
# the case with ...") over one saying the same words of the thing in general
EXAMPLE_BONUS = 0.1
ASKS_EXAMPLE = re.compile(
    # (an example a document gives: not "Which instance does the load balancer route to?", "In which case are costs
    # deductible?", "When is an instance of the class created?")
    r"\b(?:what|which|give|name|cite|provide|any|one)\s+(?:[\w-]+\s+){0,2}?(?:examples?|instances?|illustrations?)\b"
    r"(?=\s+(?:of|(?:does|did|do)\s+(?:it|they|he|she|the\s+(?:author|authors|writer|text|document|piece|article|paper)))"
    r"\b)",
    re.IGNORECASE,
)
GIVES_EXAMPLE = re.compile(
    r"\b(?:for (?:example|instance)|e\.g\.|such as|(?:this|that|such) was the case|as was the case|a case in point|"
    r"as in the case|an? (?:example|instance) of|as an example|(?:is|was) exemplified)\b",
    re.IGNORECASE,
)
# "Why did the talks fail?": the sentence giving a reason ("..., which Jacob attributes to ...") over
# one that only says the same names and years; the best three by words weigh this much more
REASON_BONUS = 0.1
GIVES_REASON = re.compile(
    r"\b(?:because|due to (?!(?:be|resume|start|begin|end|meet|open|close|expire|arrive|return|take)\b)|owing to|"
    r"as a result|attribut\w+ (?:it |this |that )?to|caused by|the reasons? (?:for|why)|which is why|that is why|"
    r"explains? why|(?:can|could|may|might|will|would|often|also) cause|"
    # "... have earned Norway the reputation of an honest broker", "it stems from ...", "thanks to ..."
    r"(?:has|have|had) earned [\w'’-]+ (?:the|a|its|their) (?:\w+ )?(?:reputation|name|status|image)|"
    r"thanks to (?!(?:all|everyone|you|our|the readers)\b)|stem(?:s|med)? from|(?:is|are|was|were) rooted in|"
    r"gave rise to|gives? rise to)\b|"
    # what someone is as the reason for what they can do: "As a Russian speaker, skilled negotiator, and former U.S.
    # ambassador to Russia, Burns could be just the trusted interlocutor ..."
    # (not "As a rule, ...", "As an example, ...": no one's own nature)
    r"^(?-i:As) an? (?!(?:rule|result|reminder|example|whole|aside|side|matter|consequence|general|first|last)\b)"
    r"[^,;]{3,60}(?:, [^,;]{3,60}){0,3}, (?-i:[A-Z][\w'’-]*|he|she|they|it)\s+(?:could|can|is|was|would|will)\b",
    re.IGNORECASE,
)


CLOSING_BONUS = 0.1
AFFILIATION_BONUS = 0.15  # ("Where is he based?" - the sentence saying at which body the person is)
CONTRAST_BONUS = 0.15


def _closing(ranked: list[Candidate], evidence: Evidence) -> list[Candidate]:
    """The candidates in the last fifth of the best passage's document."""
    if not evidence.passages:
        return []
    source = evidence.passages[0].source
    start = CLOSING_SHARE * len(evidence.documents[source].text)
    return [c for c in ranked if c.passage.source == source and c.start >= start]


def _leads_into_list(c: Candidate, evidence: Evidence, kinds: frozenset[str]) -> bool:
    text = evidence.documents[c.passage.source].text
    if not (introduces_list(c.text) or opens_enumeration(text, c.start, c.end)):
        return False
    said = kinds_said(analyzer()(c.text)) if kinds else frozenset()  # (stemmed only for a lead-in)
    return not said or bool(said & kinds)


def near_previous(candidate: Candidate, evidence: Evidence) -> bool:
    return any(
        s.source == candidate.passage.source
        and candidate.start < s.end + FOLLOW_CHARS
        and s.start - FOLLOW_CHARS < candidate.end
        for s in evidence.follows
    )


def _vectors(candidates: list[Candidate], evidence: Evidence) -> np.ndarray:
    return np.stack([evidence.sentence_vectors[c.passage.chunk_id][c.within] for c in candidates])
