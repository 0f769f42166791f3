"""A comparison answered part by part (a question comparing documents, "the X article and the Y article
both mention Z: how do they differ?", or things too weakly matched as a whole: "contrast Burns with Sherman")."""

from __future__ import annotations

import re
from collections.abc import Callable

from dragoman.assistant.answer import ABSTAIN_TEXT, Answer, Evidence
from dragoman.assistant.candidates import PART_MIN, Candidate
from dragoman.assistant.cited import cited
from dragoman.assistant.compare import topic
from dragoman.assistant.coverage import analyzer, topic_share
from dragoman.assistant.question import Clause
from dragoman.assistant.settings import AnswerSettings
from dragoman.index.retrieval import Passage

# (the share of the topic's terms such a sentence holds: 0.3 and 0.2 gained the same answer over the question sets
# when one part had to be above the bar, 0.25 when neither)
SHARED_MIN = 0.25
SHARED_LEN = 5  # letters of a stem shared that may be what they agree on (not "say", "also")
# a question asking whether documents agree ("Do X and Y agree on ...?", "take the same view"), or disagree ("Surely
# X and Y disagree on ...?"), or coincide
_AGREE = re.compile(
    r"\b(?:(?:dis)?agree|(?:dis)?agrees|concur|coincide|coincides|(?:same|shared?)\s+(?:view|position|line|verdict|"
    r"conclusion))\b",
    re.I,
)


def each_compared(
    question: str,
    clauses: tuple[Clause, ...],
    candidates: list[Candidate],
    evidence: Evidence,
    passages: list[Passage],
    settings: AnswerSettings,
) -> Answer:
    """A comparison answered part by part: for each document compared, its sentence best on the
    topic they are said to share (compare.py `topic`; a form of a name counts: Iran ~ Iranian),
    which must hold PART_MIN of the topic's terms; for each thing compared, its best sentence
    naming it alone, holding a word of the topic besides the names if the question has one ("...
    contrast Burns with Sherman on sanctions?"). The question vouches that each is discussed, so
    these set the bar, not the threshold for a question's whole wording ("How does the article
    contrast Burns with Sherman?" shares few words with either sentence); a part under it may be answered by a
    sentence saying a word of the others' (SHARED_MIN); if a part has no such sentence, the documents don't
    answer."""
    names = set(analyzer()(" ".join(c.subject for c in clauses)))
    stems = set(analyzer()(topic(question))) - names
    topic_terms = {t: w for t, w in evidence.term_weights.items() if t in stems}

    def on_topic(c: Candidate) -> float:
        return topic_share(set(analyzer()(c.text)), topic_terms)

    def score(i: int, c: Candidate) -> float:
        if clauses[i].source:
            return on_topic(c) if c.passage.source == clauses[i].source else 0.0
        return c.parts[i] if not topic_terms or on_topic(c) > 0 else 0.0

    picked: dict[int, Candidate] = {}
    for i in range(len(clauses)):
        mine = [c for c in candidates if score(i, c) >= PART_MIN and not any(c.overlaps(o) for o in picked.values())]
        if mine:
            picked[i] = max(mine, key=lambda c: (score(i, c) + c.similarity, c.score))
    if _AGREE.search(question) and len(picked) < len(clauses):
        picked = _agreeing(question, len(clauses), candidates, picked, score)
    if len(picked) < len(clauses):
        strength = max((c.evidence for c in candidates), default=0.0)
        return Answer(question, ABSTAIN_TEXT, [], True, passages, round(strength, 4))
    chosen = [picked[i] for i in range(len(clauses))]
    return cited(question, chosen, evidence, passages, min(score(i, c) + c.similarity for i, c in enumerate(chosen)))


def _agreeing(
    question: str,
    parts: int,
    candidates: list[Candidate],
    picked: dict[int, Candidate],
    score: Callable[[int, Candidate], float],
) -> dict[int, Candidate]:
    """Asked whether they agree, the parts below the bar answered by a sentence holding a fair share of the topic
    (SHARED_MIN) and a word of another part's sentence the question does not say: what the documents agree on, said
    in the same words ("back channels should “supplement not supplant official diplomacy”" - "... supplement rather
    than replace ...")."""
    picked = dict(picked)
    asked = set(analyzer()(question))
    rare = {id(c): {t for t in analyzer()(c.text) if len(t) >= SHARED_LEN} - asked for c in candidates}
    fair = {i: [c for c in candidates if score(i, c) >= SHARED_MIN] for i in range(parts)}
    for i in [i for i in range(parts) if i not in picked]:
        pairs = [
            (c, o, j)
            for j in range(parts)
            if j != i
            for o in ([picked[j]] if j in picked else fair[j])
            for c in fair[i]
            if not rare[id(c)].isdisjoint(rare[id(o)])
            and not any(c.overlaps(x) for x in [o, *picked.values()])
            and (j in picked or not any(o.overlaps(x) for x in picked.values()))
        ]
        if pairs:
            c, o, j = max(pairs, key=lambda p: score(i, p[0]) + score(p[2], p[1]) + p[0].similarity + p[1].similarity)
            picked[i], picked[j] = c, picked.get(j, o)
    return picked
