"""dragoman.verify with the real embedding model, on claims written here (not the bench's)."""

from __future__ import annotations

import pytest

import dragoman

EVIDENCE = (
    "The talks opened in Geneva in March 1994. Delegates from Norway and Sri Lanka met there in secret. "
    "The mediators did not publish any proposals, and the process stayed confidential for two years. "
    "Later the envoys moved the meetings to Oslo."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Norwegian and Sri Lankan delegates held secret meetings in Geneva.",
        "The process was kept confidential for two years and the mediators published no proposals.",
    ],
)
def test_supported_claims_point_at_their_span(claim):
    support = dragoman.verify(claim, EVIDENCE)
    assert support.supported, support
    assert 0 <= support.start < support.end <= len(EVIDENCE)
    quote = EVIDENCE[support.start : support.end]
    assert quote.strip() == quote and len(quote.split()) >= 5
    assert 0.0 < support.score <= 1.0 and support.reason == ""


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        ("The talks opened in Geneva in March 1996.", "1996"),  # wrong number
        ("Delegates from Norway and India met in Geneva in secret.", "India"),  # wrong entity
        ("The mediators published several proposals during the talks.", "opposite"),  # negation flipped
        ("Delegates from Norway and Sri Lanka always met in secret.", "always"),  # overgeneralisation
        ("The capital of Peru is Lima.", ""),  # unrelated
    ],
)
def test_unsupported_claims_are_caught_with_a_reason(claim, why):
    support = dragoman.verify(claim, EVIDENCE)
    assert not support.supported and support.reason
    assert why.lower() in support.reason.lower(), support.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Kuwait hosted the Taliban's political office in Doha.",  # a wrong subject, first in the sentence
        "Switzerland has long acted as a quiet intermediary in the Gulf.",
        "Thirty detainees were released in the 1990s.",  # a wrong number in words
        "Twelve detainees were released in the 1980s.",  # a wrong decade
        "Twelve thousand detainees were released.",
    ],
)
def test_wrong_subjects_and_numbers_in_words_are_caught(claim):
    evidence = (
        "Oman has long acted as a quiet intermediary in the Gulf. Qatar, by contrast, hosted the Taliban's "
        "political office in Doha. Twelve detainees were released in the 1990s."
    )
    assert not dragoman.verify(claim, evidence).supported


def test_every_public_name_resolves():
    for name in dragoman.__all__:
        assert getattr(dragoman, name) is not None, name
