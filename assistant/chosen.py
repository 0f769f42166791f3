"""The sentences an answer is made of: the best one, then one for each part of the question it leaves unanswered
(in its words, in others, or by the kind of answer the part asks for), each further person, place or year asked
for, a reason for a why-question, and any sentence nearly as strong; in the order the answer reads them."""

from __future__ import annotations

import re

from dragoman.assistant.answer_kind import (
    answer_names,
    asks_several_dates,
    asks_several_names,
    satisfies,
)
from dragoman.assistant.candidates import COULD, PART_MIN, Candidate
from dragoman.assistant.coverage import analyzer
from dragoman.assistant.expects import SPAN_ASKED
from dragoman.assistant.question import YEAR, Clause
from dragoman.assistant.settings import AnswerSettings
from dragoman.assistant.shortlist import GIVES_REASON

# A part no chosen sentence answers takes one above the abstention threshold holding this share of its terms.
PART_SOME = 0.2
# A question for several people or places takes each sentence naming another one down to this share
# of the best one's evidence (the sentence naming the second envoy says less of the question's words).
SEVERAL_SHARE = 0.8
# A part no chosen sentence answers may be answered by a sentence this close to the best one (characters).
BESIDE = 300
# A part no sentence answers takes the sentence right after the best one down to this share of the threshold.
NEXT_SHARE = 0.9
# A part asking who takes the sentence naming someone that answers it down to this share of the threshold.
UNNAMED_SHARE = 0.8
# A part the chosen sentences answer already gets one more sentence holding this much more of its terms.
MORE_OF_PART = 0.2
# A part asking when or how many is answered by the sentence closest to it (its words and its meaning) holding a
# date or a number, down to this share of the threshold
EXACT_SHARE = 0.9
# Any sentence this close to the best in evidence (and at this share of the abstention threshold) joins the answer
# (0.85 of the best and the threshold itself before: 0.8 and 0.9 gained 19 answers over the question sets, lost 1,
# the answers 5 % longer on average)
FILL_SHARE = 0.8
FILL_FLOOR = 0.9
# A why-question answered by no sentence giving a reason takes one giving it down to this share of the best
# sentence's evidence (and the threshold): 0.7 gained 3 answers over the question sets, lost none; 0.6 lost 3
FAR_REASON_SHARE = 0.7
FAR_REASON_WORDS = 0.5  # ... saying this share of the question's words the best one says (0.7 lost 3 of them)
# ... and a part asking when a thing began and ended, the sentence giving the other year down to this share of it
SPAN_SHARE = 0.8


def chosen_sentences(
    best: Candidate,
    candidates: list[Candidate],
    settings: AnswerSettings,
    clauses: tuple[Clause, ...] = (),
    reason_doc: str | None = None,  # a why-question's best sentence's document text
    listed: bool = False,  # the best sentence leads into the list a question asks for
) -> list[Candidate]:
    """The answer's sentences, the best first (module docstring), at most `settings.answer_max_sentences` or one
    per part asked."""
    chosen, threshold = [best], settings.abstain_min_evidence
    named_floor = UNNAMED_SHARE * threshold
    # A part asking for a date or a number ("..., and in which year did it end?") is also answered
    # by a sentence holding one and a word of the part, if it is near the best in evidence.
    exact = [i < len(clauses) and clauses[i].expects in ("date", "number") for i in range(len(best.parts))]

    def answers(c: Candidate, i: int) -> bool:
        return c.parts[i] >= PART_MIN or (exact[i] and c.parts[i] > COULD and c.evidence >= 0.85 * best.evidence)

    several = range(len(best.parts) if len(best.parts) > 1 else 0)
    # A question asking several things: the best sentence for each part it asks, too.
    most = max(settings.answer_max_sentences, len(best.parts))
    for i in several:
        if len(chosen) >= most:
            break
        new = [c for c in candidates if answers(c, i) and c.fresh(chosen)]
        unnamed = i < len(clauses) and clauses[i].expects == "name" and not any(holds(clauses[i], o) for o in chosen)
        # (the sentence naming someone that answers the part by itself, in its words or in others)
        naming = [
            c for c in candidates if c.parts[i] > 0 and c.fresh(chosen) and _named_part(c, i, clauses, named_floor)
        ]
        if unnamed and any(answers(o, i) for o in chosen):
            new = naming  # said, but no one named ("Through whom did Nixon ...?" - "Nixon used multiple back channels")
        elif any(answers(o, i) for o in chosen):
            # answered already, unless another sentence, as strong as an answer, holds clearly more
            # of this part ("..., and who were the negotiators?": the one naming them)
            held = max(o.parts[i] for o in chosen)
            new = [c for c in new if c.parts[i] >= held + MORE_OF_PART and c.evidence >= settings.abstain_min_evidence]
        elif unnamed:  # ("Who ran the Norwegian side?" - not "the example of the Norwegian back-channel Oslo Accords
            # ...", no one named, but "Norwegian negotiators (mainly ... Jan Egeland and ... Terje Rod-Larsen)")
            new = [c for c in new if holds(clauses[i], c)] or naming or new
        c = max(new, key=lambda c: (c.parts[i] + c.similarity, c.score), default=None)
        if c is not None:
            chosen.append(c)
    # A part no chosen sentence answers by its words may be answered in others ("the city where
    # he met him": "... visited him in Kyiv"): a sentence that could answer it (near its names,
    # holding the kind of answer it asks for) and near the best one in evidence may join, even
    # below the abstention threshold.
    # Measured against the part itself (its words and its meaning) it must meet the threshold a whole
    # answer meets.
    for i in several:
        if any(answers(o, i) for o in chosen) or len(chosen) >= most:
            continue
        # (a part expecting no kind of answer: a sentence sharing a word with it)
        could = [
            c
            for c in candidates
            if c.parts[i] > (COULD if i >= len(clauses) or clauses[i].expects is None else 0) and c.fresh(chosen)
        ]
        # (a part asking who: the sentences naming someone first - "..., who were the Norwegian negotiators?" is
        # not answered by "... cases like the Norwegian Model" when one names "Jan Egeland and ... Terje Rod-Larsen")
        if i < len(clauses) and clauses[i].expects == "name":
            could = [c for c in could if holds(clauses[i], c)] or could
        ordered = sorted(could, key=lambda c: (-_part_evidence(c, i), -c.score))
        joined = (
            next((c for c in ordered if _part_evidence(c, i) >= settings.abstain_min_evidence), None)
            or next((c for c in ordered if c.evidence >= 0.85 * best.evidence), None)
            # or, for a part asking when or how many, the sentence closest to it holding a date or a number
            # ("..., when did the bus start running?" - "a bus service was established ... in 2005")
            or next((c for c in ordered[:1] if exact[i] and _part_evidence(c, i) >= EXACT_SHARE * threshold), None)
            # or one answering the whole question well enough that shares a fair part of its words, or
            # any of them right beside the best ("Estonia: what year was it attacked, and which UN processes
            # has it championed?" - "... the United Nations ... processes")
            or next((c for c in ordered if c.evidence >= threshold and _some_of(c, i, best, clauses)), None)
            # or the very next sentence after the best, saying a word of its own, nearly as strong ("... why were
            # front-channel talks non-starters, and what did back channels do by comparison?" - "As a result,
            # back-channel negotiations have been used to keep lines of communication open ...")
            or next(
                (c for c in ordered if c.evidence >= NEXT_SHARE * threshold and _next_to(c, best, i, clauses)), None
            )
            # or, for a part asking who, the sentence naming someone that answers it best, down to UNNAMED_SHARE
            or next((c for c in ordered if _named_part(c, i, clauses, named_floor)), None)
        )
        if (
            joined is None
            and i < len(clauses)
            and clauses[i].expects
            and not any(holds(clauses[i], o) for o in chosen if o.parts[i] > 0)
        ):
            # or the sentence holding the kind of answer asked for right beside the best one ("Who ran
            # the talks, and which institute opened the channel?": "The Institute ... Norwegian
            # negotiators, Jan Egeland and Terje Rod-Larsen, ..."), the one saying most of the part
            # (a date the best holds for another part is none for this one)
            beside = [
                c
                for c in could
                if c.passage.source == best.passage.source and _gap(c, best) <= BESIDE and holds(clauses[i], c)
            ]
            joined = max(beside, key=lambda c: (c.parts[i], -_gap(c, best)), default=None)
        if joined is not None:
            chosen.append(joined)
    # A question asking for several people or places ("Who are the emissaries ...?") is answered by
    # each sentence naming another one, near the best in evidence, as much as by the best.
    if len(clauses) == 1 and asks_several_names(clauses[0]):
        named = {n.lower() for o in chosen for n in answer_names(clauses[0], o.text, in_full=True)}

        def take(c: Candidate, room: int) -> None:  # (a sentence naming someone not named yet, if there is room)
            new_names = {n.lower() for n in answer_names(clauses[0], c.text, in_full=True)} - named
            if new_names and len(chosen) < room and c.fresh(chosen):
                chosen.append(c)
                named.update(new_names)

        for c in sorted(candidates, key=lambda c: -c.score):
            if len(chosen) >= most:
                break
            if c.evidence >= SEVERAL_SHARE * best.evidence:
                take(c, most)
        # ... and by the one right before a sentence naming someone "also" ("Deputy Secretary of State Wendy Sherman
        # ... led the U.S. delegation ..." - "Biden has also sent Ambassador William Burns ..."): the one before it
        # (by one not far from the best in evidence: ALSO_SHARE), an item of the list asked for
        for o in [o for o in chosen if _ALSO.search(o.text) and answer_names(clauses[0], o.text, in_full=True)]:
            before = [c for c in candidates if _right_after(o, c) and c.evidence >= ALSO_SHARE * best.evidence]
            for c in sorted(before, key=lambda c: -c.end)[:1]:
                take(c, most + 1)
    # ... and one asking for years ("In which years did Obama's team ...?") by the sentence giving another year
    for c in sorted(candidates, key=lambda c: -c.score) if any(asks_several_dates(c) for c in clauses) else []:
        years = {y for o in chosen for y in YEAR.findall(o.text)}
        if 0 < len(years) < 2 and len(chosen) < most and set(YEAR.findall(c.text)) - years and c.evidence >= threshold:
            chosen += [c] if c.fresh(chosen) else []
    # ... and a part asking when a thing began and ended ("..., and when did the bus start and then stop?") by the
    # sentence of that part giving another year ("a bus service was established ... in 2005" - "... ceased in 2019")
    spans = [i for i, q in enumerate(clauses) if q.expects == "date" and SPAN_ASKED.search(q.text)]
    for i in [i for i in spans if i < len(best.parts)]:
        years = {y for o in chosen if o.parts[i] > COULD for y in YEAR.findall(o.text)}
        for c in sorted((c for c in candidates if c.evidence >= SPAN_SHARE * threshold), key=lambda c: -c.score):
            more = set(YEAR.findall(c.text)) - years
            if len(years) == 1 and len(chosen) < most and more and c.parts[i] > COULD and c.fresh(chosen):
                chosen.append(c)
                years |= more
    # A why-question whose sentences give no reason ("The talks made the most progress ...") takes the
    # one of the best one's paragraph that gives one ("... failed, which Jacob attributes to ...").
    if reason_doc is not None and len(chosen) < most and not any(GIVES_REASON.search(o.text) for o in chosen):
        given = [c for c in candidates if GIVES_REASON.search(c.text) and _same_paragraph(c, best, reason_doc)]
        # ... else the one giving one elsewhere in its document, not far from the best in evidence ("... it can lead to
        # counterproductive aggressive tactics" - "The pressure of observing stakeholders can cause negotiators to ...")
        floor = max(threshold, FAR_REASON_SHARE * best.evidence)
        given = given or [
            c
            for c in candidates
            if GIVES_REASON.search(c.text)
            and c.evidence >= floor
            and c.passage.source == best.passage.source
            and c.coverage >= FAR_REASON_WORDS * best.coverage  # (of what it asks: not "A sponge cake dries out ...")
        ]
        chosen += [c for c in sorted(given, key=lambda c: -c.score) if c.fresh(chosen)][:1]
    # The sentences nearly as strong as the best follow it, up to the answer's length
    floor = max(FILL_FLOOR * settings.abstain_min_evidence, FILL_SHARE * best.evidence)
    # (a list asked for and led into: its items answer, no more)
    for c in sorted(candidates, key=lambda c: -c.score) if not listed else []:
        if len(chosen) >= most:
            break
        if c.evidence < floor or not c.fresh(chosen):
            continue
        chosen.append(c)
    # The answering sentence leads; the others follow by document (in the order of their best
    # sentence), in document order within one.
    first: dict[str, int] = {}
    for c in chosen:
        first.setdefault(c.passage.source, len(first))
    return [best] + sorted(chosen[1:], key=lambda c: (first[c.passage.source], c.start))


def _named_part(c: Candidate, i: int, clauses: tuple[Clause, ...], floor: float) -> bool:
    """Does the sentence name someone for part i, a part asking who, and answer it this well by itself?"""
    return i < len(clauses) and clauses[i].expects == "name" and holds(clauses[i], c) and _part_evidence(c, i) >= floor


def _some_of(c: Candidate, i: int, best: Candidate, clauses: tuple[Clause, ...]) -> bool:
    """Does the sentence share a fair part of part i's words, or, right beside the best one, any of
    them but the names it is about (every part may repeat those)?"""
    beside = c.passage.source == best.passage.source and _gap(c, best) <= BESIDE and c.parts[i] > COULD
    own = set(analyzer()(clauses[i].text)) - set(analyzer()(" ".join(clauses[i].names))) if i < len(clauses) else None
    return c.parts[i] >= PART_SOME or (beside and (own is None or bool(own & set(analyzer()(c.text)))))


def _same_paragraph(c: Candidate, best: Candidate, doc_text: str) -> bool:
    """Is the sentence in the best one's paragraph: no line break between them in their document (the
    seeds and web pages write a paragraph on one line; a hard-wrapped PDF paragraph never passes)?"""
    lo, hi = min(c.start, best.start), max(c.end, best.end)
    return c.passage.source == best.passage.source and "\n" not in doc_text[lo:hi]


def _next_to(c: Candidate, best: Candidate, i: int, clauses: tuple[Clause, ...]) -> bool:
    """Is the sentence the one right after the best in its paragraph, sharing a word of part i but its names?"""
    p = best.passage
    gap = p.text[best.end - p.start : c.start - p.start] if c.passage.source == p.source else "\n"
    after = c.start >= best.end and c.start <= p.end and len(gap) <= 3 and "\n" not in gap
    return after and _some_of(c, i, best, clauses)


ALSO_SHARE = 0.5  # of the best one's evidence, the sentence before one naming someone "also" may have
_ALSO = re.compile(r"\b(?:also|another|as well)\b", re.IGNORECASE)


def _right_after(c: Candidate, lead: Candidate) -> bool:
    """Is the sentence after the other one, within two sentences' reach of it (BESIDE), in its paragraph?"""
    if c.passage.source != lead.passage.source or not 0 <= c.start - lead.end <= BESIDE:
        return False
    p = next((p for p in (lead.passage, c.passage) if p.start <= lead.end and c.start <= p.end), None)
    return p is not None and "\n" not in p.text[lead.end - p.start : c.start - p.start]


def _gap(c: Candidate, best: Candidate) -> int:
    """Characters between a sentence and the best one, whichever comes first."""
    return max(c.start - best.end, best.start - c.end, 0)


def holds(clause: Clause, c: Candidate) -> bool:
    """Does the sentence hold the kind of answer the clause asks for (people asked who: named in full)?"""
    return bool(answer_names(clause, c.text, in_full=True)) if clause.expects == "name" else satisfies(clause, c.text)


def _part_evidence(c: Candidate, i: int) -> float:
    """How well a sentence answers part i by itself: its share of the part's terms and its
    similarity to the part (to the whole question when parts have no vectors)."""
    return c.parts[i] + (c.part_similarity[i] if c.part_similarity else c.similarity)
