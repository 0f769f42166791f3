"""Does a passage support a claim? `verify(claim, evidence) -> Support`, with the span that does.

No NLI or cross-encoder model can be had offline here, so support is judged by the embedding
model plus alignment rules (claim_rules.py), each for one way a claim goes wrong (measured on
`../shared/eval/claims_dev.jsonl` and `bench/data/claims_heldout.jsonl` by bench/verify.py):
- meaning: the claim's cosine similarity to the best span (a sentence, or two or three
  adjacent ones) and the share of its content words the span holds;
- numbers and years of the claim must be in the span (wrong numbers);
- names of the claim (its subject too) must be in the evidence, and the span's core sentence
  must not name another entity where the claim names its own (wrong or substituted entities);
- polarity: a negation, or a word whose opposite the span uses ("harder" / "easier"), that
  one side has and the other lacks (implicit negations such as "prevent" count);
- relations and roles: "A rather than B", "between A and B", "accused ... by X", "X's attempt",
  "pressure from X" with the parties swapped;
- quantifiers the span does not use ("always", "only", "entire"): overgeneralisation;
- a trailing clause made of words the evidence never uses: an unsupported addition.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from dragoman.assistant.claim_rules import (
    addition,
    coverage,
    names,
    numbers,
    polarity,
    quantifiers,
    relations,
    roles,
)
from dragoman.index.text import split_sentences

Embed = Callable[[Sequence[str]], np.ndarray]  # texts -> unit vectors, one row each

# Measured on claims_dev (bench/verify.py): supported claims score 0.73 and up against their
# span; a claim that only shares the topic with a span, 0.67 and below.
MIN_SIMILARITY = 0.70
MIN_COVERAGE = 0.2  # share of the claim's content words the span holds (paraphrases share few)
MAX_WINDOW = 3  # sentences a claim may summarise
# A trailing clause of new words is a paraphrase if it means what the span says (measured on
# claims_dev and bench/data/claims_heldout: rewordings 0.35 and up, added facts 0.16 and below).
MIN_CLAUSE_SIMILARITY = 0.25


@dataclass(frozen=True)
class Support:
    """The verdict on one claim: supported or not, how strongly, and by which span of the evidence."""

    supported: bool
    score: float  # cosine similarity of the claim and its best span (0 when no span aligns)
    start: int  # the best supporting span inside the evidence (evidence[start:end])
    end: int
    reason: str = ""  # why it is not supported ("" when it is)


class Verifier:
    """Judges claims against evidence with an embedding function and alignment rules."""

    def __init__(self, embed: Embed, min_similarity: float = MIN_SIMILARITY, min_coverage: float = MIN_COVERAGE):
        self.embed = embed
        self.min_similarity = min_similarity
        self.min_coverage = min_coverage

    def __call__(self, claim: str, evidence: str) -> Support:
        spans = _spans(evidence)
        claim = claim.strip()
        if not spans or not re.search(r"[^\W_]", claim):
            return Support(False, 0.0, 0, 0, "nothing to compare")
        vectors = self.embed([claim] + [evidence[a:b] for a, b in spans])
        sims = vectors[1:] @ vectors[0]
        # Relations and roles: the claim must not contradict anything the passage says (any span).
        contradiction = relations(claim, evidence) or roles(claim, evidence)
        verdicts = []
        for (a, b), sim in zip(spans, sims):
            reason = contradiction or self._judge(claim, evidence, a, b)
            if not reason and sim < self.min_similarity:
                reason = f"the passage says something else (similarity {sim:.2f})"
            verdicts.append((reason, float(sim), a, b))
        passing = [(s, a, b) for reason, s, a, b in verdicts if not reason]
        if passing:
            s, a, b = max(passing)
            return Support(True, round(s, 4), a, b)
        reason, s, a, b = max(verdicts, key=lambda v: v[1])
        return Support(False, round(s, 4), a, b, reason)

    def _judge(self, claim: str, evidence: str, start: int, end: int) -> str:
        """Why evidence[start:end] does not support the claim, or "" if it does (similarity aside)."""
        span = evidence[start:end]
        reason = numbers(claim, span) or names(claim, span, evidence)
        reason = reason or polarity(claim, span) or quantifiers(claim, span)
        if reason:
            return reason
        covered = coverage(claim, span)
        if covered < self.min_coverage:
            return f"the passage holds only {covered:.0%} of the claim's words"
        clause, reason = addition(claim, evidence)
        if reason:  # new words may be synonyms: the clause must also mean something the span does not
            vectors = self.embed([clause, span])
            if float(vectors[0] @ vectors[1]) < MIN_CLAUSE_SIMILARITY:
                return reason
        return ""


def verify(claim: str, evidence: str) -> Support:
    """Whether `evidence` supports `claim`, with the best supporting span (see `Support`).

    Uses the bundled embedding model (loaded on first use)."""
    return _default_verifier()(claim, evidence)


_DEFAULT_LOCK = threading.Lock()
_DEFAULT: list[Verifier] = []  # the one verifier `verify` uses, made on its first call


def _default_verifier() -> Verifier:
    """The verifier `verify` uses: the embedding model of the default settings ($DRAGOMAN_MODEL_PATH
    too), loaded once per process even when two threads ask at once."""
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            from dragoman.assistant.settings import Settings
            from dragoman.index.embedder import default_embedder

            index = Settings.load().index  # no store: "auto" gives the fp32 vectors the thresholds were measured on
            _DEFAULT.append(Verifier(default_embedder(index, recorded=index.model_name).embed))
        return _DEFAULT[0]


# -- spans -------------------------------------------------------------------------------------
def _spans(evidence: str) -> list[tuple[int, int]]:
    """Every sentence of the evidence, and every run of two or three adjacent ones."""
    sentences = [(s.start, s.end) for s in split_sentences(evidence) if len(evidence[s.start : s.end].split()) >= 3]
    return [
        (sentences[i][0], sentences[i + n - 1][1])
        for n in range(1, MAX_WINDOW + 1)
        for i in range(len(sentences) - n + 1)
    ]
