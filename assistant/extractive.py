"""The extractive answerer: pick, order and cite the sentences that answer the question.

It works with no LLM at all, composing the answer from the retrieved passages themselves.
Every sentence of the answer is a verbatim span of a document's canonical text and carries
a citation whose quote is exactly that span — so `canonical_text[start:end] == quote` holds
by construction. It is the default answerer and the fallback of any other.

The sentences that could answer come scored from candidates.py; the abstention threshold on
their evidence is measured by bench/answers.py (docs/quality.md). Comparisons are split into
parts (compare.py; weak ones answered part by part: each_compared.py), tables by their rows
(table_answer.py), lists with their items (listing.py); the answer is cited by cited.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from dragoman.assistant.about_document import from_metadata, front_matter, noted
from dragoman.assistant.answer import ABSTAIN_TEXT, Answer, Evidence
from dragoman.assistant.answer_kind import (
    DATE,
    TITLES,
    answer_names,
    counts_named,
    lacks_asked,
    role_line,
    satisfies,
)
from dragoman.assistant.asides import claim_checked, claimed, outside_claims, points_back, unchecked, unwanted
from dragoman.assistant.behind import doer_unnamed
from dragoman.assistant.candidates import PART_MIN, Candidate, clauses_of, scored
from dragoman.assistant.chosen import chosen_sentences, holds
from dragoman.assistant.cited import cited
from dragoman.assistant.compare import asks_comparison, compared_sides
from dragoman.assistant.coverage import analyzer
from dragoman.assistant.each_compared import each_compared
from dragoman.assistant.explaining import asks_achievement, asks_term
from dragoman.assistant.focus import event_unsaid, nobody_named, specific_unsaid, unsaid
from dragoman.assistant.leading import holds_person, leading, quoted_rest, said_in_common, unread
from dragoman.assistant.listing import list_answer, only_mentioned, with_items
from dragoman.assistant.lists import asked_count, introduces_list, list_items, names_exactly, opens_enumeration
from dragoman.assistant.metadata import metadata_asked
from dragoman.assistant.names import CAPITALISED_RUN, another_named, surnames
from dragoman.assistant.parts import split_parts
from dragoman.assistant.question import NUMBER, YEAR, Clause, analyse, asks_for_list, asks_meaning, asks_reason
from dragoman.assistant.roles import asks_role, nation_unsaid
from dragoman.assistant.sentences import Asked, carried_back, carried_on, named_back, next_contrast, with_reason
from dragoman.assistant.settings import AnswerSettings
from dragoman.assistant.strength import vouched
from dragoman.assistant.table_answer import table_answer
from dragoman.assistant.tables import asks_table
from dragoman.assistant.words import WH


def compose(question: str, evidence: Evidence, settings: AnswerSettings) -> Answer:
    """The best sentences for `question` from `evidence`, cited; or an abstention when the
    best sentence's evidence is below `settings.abstain_min_evidence` (a share of it for some
    kinds of question, strength.py `vouched`: the answer's confidence is then the threshold; a comparison is judged
    part by part instead: each_compared.py), what it asks about is in no passage or no one named."""
    passages = list(evidence.passages)
    told = unwanted(question)  # ("... Don't give me Rabin.", a search's "-kissinger"): no sentence saying it answers
    candidates = [c for c in scored(question, evidence) if not (told and told.search(c.text))]
    best = max(candidates, key=lambda c: (c.evidence, c.score), default=None)
    # (its kind or its form may vouch for a best sentence a little under the threshold: strength.py)
    strength = vouched(question, best, evidence, settings.abstain_min_evidence, candidates) if best else 0.0
    # "What do Moss's and Jacob's cases show in common?" - "Both Moss's and Jacob's case studies show ..."
    common = said_in_common(question, candidates, settings.abstain_min_evidence, evidence.documents)
    if common:
        best, strength = common, max(common.evidence, settings.abstain_min_evidence)
    # "Who is the chief executive officer ...?" - "Pierre Garnier, Chief Executive Officer": the line
    # naming a person in the very role asked about answers, unless a sentence naming a person does
    signed = _signed(question, candidates)
    if signed and best and not holds_person(question, best):
        best, strength = signed, max(signed.evidence, settings.abstain_min_evidence)
    elif best and not common:  # a sentence of the form its kind of question asks for, nearly as close (leading.py)
        led = leading(question, best, candidates, settings.abstain_min_evidence)
        # (counting people or places, one naming as many vouches for itself: "Which three small states ...?")
        if led is not best and counts_named(question):
            strength = max(strength, vouched(question, led, evidence, settings.abstain_min_evidence, candidates))
        best = led
    best = unread(best, candidates, evidence) if best else None  # (a follow-up: not what the asker has just read)
    # "Who wrote the article?": its by-line; or, when no line says, what the file's metadata says
    weak = best is None or strength < settings.abstain_min_evidence
    about_document, from_file = front_matter(question, evidence, strength, best.passage if best and not weak else None)
    floor = max(strength, settings.abstain_min_evidence)
    # "What was Norway's GDP?": what it asks about is in no passage, however close they are; "where
    # does he work?" asked first: who is he?
    if not about_document and (unsaid(question, evidence) or nobody_named(question)):
        return Answer(question, ABSTAIN_TEXT, [], True, passages, round(strength, 4))
    # (not a claim the asker puts, which the answer settles: "You would accept, would you not, that one author wrote
    # it? Who in fact wrote it?")
    clauses = analyse(question)
    claims = claimed(split_parts(question))  # (the claims it checks, read once: `_of_claim`, `_uncorrected`)
    put = [i for i, c in enumerate(clauses) if claim_checked(c.text)]  # (unless what follows points back at it)
    pointed = bool(put) and put[-1] + 1 < len(clauses) and points_back(clauses[put[-1] + 1].text)
    own_asks = [c for i, c in enumerate(clauses) if i not in put or pointed] or clauses
    if from_file and not about_document and (weak or all(metadata_asked(c.text) for c in own_asks)):
        return from_metadata(question, from_file, passages, floor)  # it asks nothing else: no prose
    # (its front matter alone when it asks nothing else: "Who wrote it, and what position has the first author?";
    # not where it appeared: an institute or a series may be said in its prose - "Institute for the Study of ...")
    if about_document and (weak or all(metadata_asked(c.text) - {"venue"} for c in own_asks)):
        return noted(cited(question, about_document, evidence, passages, floor), from_file)
    # "In what year did Qatar let the Taliban open their office?" - "... the 2020 Doha Agreement": another event's;
    # "When was the Cuban Missile Crisis?" - "... a kind of mini-Cuban Missile Crisis which took place in 1970"
    if (
        best
        and len(clauses) == 1
        and not about_document
        and event_unsaid(_of_claim(claims, clauses[0]), set(analyzer()(best.text)), evidence.term_weights, analyzer())
    ) or (best and any(c.expects == "date" and another_named(about, best.text) for c, about in _dated(clauses))):
        return Answer(question, ABSTAIN_TEXT, [], True, passages, round(strength, 4))
    # "What year was the declaration signed, and where?": no sentence that could answer holds a year or a month;
    # "Which Qatari official led the mediation?": none names a person
    compared = clauses_of(question, evidence)
    if best and (_undated(compared, candidates) or _nobody_in_role(compared, candidates, evidence)):
        return Answer(question, ABSTAIN_TEXT, [], True, passages, round(strength, 4))
    if best is None:  # no sentence of prose could answer, but a table row may ("Total assets 11,692.8 ...")
        rows = table_answer(question, evidence, strength)
        if rows:
            return cited(question, rows, evidence, passages, settings.abstain_min_evidence)
        return Answer(question, ABSTAIN_TEXT, [], True, passages, round(strength, 4))
    # ("the table: advantages vs disadvantages": its two rows, below)
    tabled = asks_table(question) and table_answer(question, evidence, strength)
    if not tabled and ((evidence.compared and not common) or (weak and any(c.subject for c in compared))):
        # "the X article and the Y article both mention Z: how do they differ?"; "contrast A with B"
        return each_compared(question, compared, candidates, evidence, passages, settings)
    listed = list_answer(question, evidence, strength, best)  # "What are the five pitfalls ...?": a list of five
    if listed:
        return cited(question, listed, evidence, passages, max(strength, settings.abstain_min_evidence))
    # "What advantages does the summary table list?", a figure (a question about a table: its rows, read above)
    rows = (tabled or []) if asks_table(question) else table_answer(question, evidence, strength)
    if rows:
        lead = [best] if strength >= settings.abstain_min_evidence and not any(best.overlaps(r) for r in rows) else []
        return cited(question, rows + lead, evidence, passages, max(strength, settings.abstain_min_evidence))
    if strength < settings.abstain_min_evidence:
        return Answer(question, ABSTAIN_TEXT, [], True, passages, round(strength, 4))
    doc_text = evidence.documents[best.passage.source].text
    if not introduces_list(best.text) and not opens_enumeration(doc_text, best.start, best.end):
        # "... is crucial. They must have ...": both
        lacks = lacks_asked(question, best.text)
        kinds: dict[Asked, Callable[[str], bool]] = {
            "reason": asks_reason,
            "list": asks_for_list,
            "meaning": asks_meaning,
            "contrast": asks_comparison,
            "term": asks_term,
            "achievement": asks_achievement,
        }
        asked: set[Asked] = {kind for kind, asks in kinds.items() if asks(question)} | ({"lacks"} if lacks else set())
        # (the things compared: each part's, else the names of a question asking to compare them)
        things = {n for c in compared for n in (c.subject, c.other) if n} or {n for c in compared for n in c.names}
        things |= set(compared_sides(question) or ()) if asks_comparison(question) else set()  # ("front-channel ...")
        end = carried_on(doc_text, best.start, best.end, asked, things)
        # "Which country ...?" - "It relied on ...": who it is; a part it leaves unanswered - "This
        # leaves the embassy with ...": what "this" is (the sentence before may answer that part)
        unnamed = any(c.expects == "name" and not satisfies(c, best.text) for c in analyse(question))
        partial = len(best.parts) > 1 and min(best.parts) < PART_MIN
        against = things if asks_comparison(question) else ()  # ("The Singapore case ... not ..., but rather ...")
        start = carried_back(doc_text, best.start, unnamed, partial, asks_reason(question), against, example=True)
        who = [c for c in clauses if c.expects == "name"]
        # (a sentence carried back to one that itself opens on the one before it - "This was best seen in ..." to
        # "In addition to this, ..." - back once more to what that one says; not for a name asked, which the
        # sentences chosen must hold themselves)
        if start < best.start and not who:
            start = carried_back(doc_text, start, False, partial)
        # "Who handled it?" - "But it helped ...": back to the sentence naming who "it" was
        if any(not answer_names(c, best.text, in_full=True) for c in who):
            start = named_back(doc_text, start, end, lambda text: all(answer_names(c, text, in_full=True) for c in who))
        best = dataclasses.replace(best, start=start, end=end, text=doc_text[start:end])
    listing = asks_for_list(question)
    # (a lead-in ending in a colon, with its items: with_items gives them; one announcing "several conditions."
    # may yet give way to a colon's among the sentences chosen with it - `intro` below)
    leads = listing and introduces_list(best.text) and len(list_items(doc_text, best.end)) >= 2
    chosen = chosen_sentences(best, candidates, settings, compared, doc_text if asks_reason(question) else None, leads)
    # ("During the Soviet era, ..." - an image's caption - "While some channels in that period were official, ...")
    at = next_contrast(doc_text, best.end) if asks_comparison(question) else -1
    opening = [c for c in candidates if (c.passage.source, c.start) == (best.passage.source, at) and c.fresh(chosen)]
    chosen += opening[:1]
    # (not the best naming as many things as asked: "It is enriched with ... resources: the United Nations in Geneva,
    # the Geneva Centre ..., and the Centre of ..." for "the three institutions")
    itself = names_exactly(best.text, asked_count(question) or 0)
    intro = next((c for c in chosen if listing and not itself and introduces_list(c.text)), best)
    chosen = with_items([intro] + [c for c in chosen if c is not intro], best, listing, evidence)  # it leads
    if asks_reason(question) and not asks_comparison(question):  # a sentence giving no reason: with the next giving one
        chosen = [c if c is chosen[0] else _longer(c, chosen, evidence, with_reason) for c in chosen]
        chosen = [c for c in chosen if c is chosen[0] or not any(o is not c and o.holds(c) for o in chosen)]
    elif asks_comparison(question) and (subjects := {n for c in compared for n in (c.subject, c.other) if n}):
        # "In contrast to Norway, Qatar is ..." - "... several advantages in Qatar: ...": as the best one is
        chosen = [c if c is chosen[0] else _longer(c, chosen, evidence, _contrasted(subjects)) for c in chosen]
    chosen += quoted_rest(question, chosen, candidates, settings.abstain_min_evidence)  # ("... the 'end game' phrase?")
    of = {c.passage.source for c in about_document} or {c.passage.source for c in chosen}  # (its prose only)
    chosen = about_document + [
        c for c in chosen if c.passage.source in of and not any(c.overlaps(o) for o in about_document)
    ]
    # ("which specific statute ...?", "which state was behind the cyberattack?": behind.py)
    unsaid_kind = specific_unsaid(question, [c.text for c in chosen]) or doer_unnamed(
        question, [c.text for c in chosen]
    )
    uncorrected = _uncorrected(question, claims, chosen)  # ("CLAIM: Qatar paid $50 million ... Confirm the figure.")
    if _part_unheld(clauses, chosen) or only_mentioned(question, chosen, evidence) or unsaid_kind or uncorrected:
        return Answer(question, ABSTAIN_TEXT, [], True, passages, round(strength, 4))
    return noted(cited(question, chosen, evidence, passages, strength), from_file, first=not about_document)


def _uncorrected(question: str, claims: list[str], chosen: list[Candidate]) -> bool:
    """A claim checked and nothing else asked ("CLAIM: Qatar paid $50 million to host the office. Confirm the
    figure."): sentences holding no figure of the kind the claim gives (a year, another number) neither confirm it
    nor correct it ("Switzerland ... since 1961. Verify year." - "... since 1980" does)."""
    if not claims or re.search(rf"\b{WH}\b", outside_claims(question, claims), re.IGNORECASE):
        return False
    # (not its label's: "Manuscript p. 6: '...'")
    said, claim = " ".join(c.text for c in chosen), " ".join(re.sub(r"^[^:\"“]{0,30}:\s*", "", c) for c in claims)

    def figures(text: str) -> list[str]:
        return [n for n in NUMBER.findall(text) if n[:1].isdigit() and not YEAR.fullmatch(n)]

    return bool(YEAR.search(claim) and not YEAR.search(said)) or bool(figures(claim) and not figures(said))


def _of_claim(claims: list[str], clause: Clause) -> Clause:
    """The clause with the claims the question checks before it, less the checking desk's words ("CLAIM: Switzerland
    has acted for the US in Iran since 1979. Verify both - year + the second country.": of the claim's event)."""
    before = [c for c in claims if c != clause.text]
    return dataclasses.replace(clause, text=unchecked(" ".join([*before, clause.text]))) if before else clause


def _dated(clauses: tuple[Clause, ...]) -> list[tuple[Clause, str]]:
    """Each clause, with what it asks about: its words, and those of the clause before when it names nothing ("Who
    led the Cuban Missile Crisis talks, and in which year was it?")."""
    return [
        (c, c.text if i == 0 or CAPITALISED_RUN.search(c.text) else f"{clauses[i - 1].text} {c.text}")
        for i, c in enumerate(clauses)
    ]


def _longer(
    c: Candidate, chosen: list[Candidate], evidence: Evidence, end_of: Callable[[str, int, int], int]
) -> Candidate:
    """The sentence carried on to `end_of` it (the next one giving the reason it does not: sentences.with_reason;
    setting it against the thing compared, or going on about it: `_contrasted`), unless that overlaps another but in
    whole."""
    doc_text = evidence.documents[c.passage.source].text
    end = end_of(doc_text, c.start, c.end)
    longer = dataclasses.replace(c, end=end, text=doc_text[c.start : end])
    # (a sentence it carries on to is then part of it, the chosen one dropped: not the best)
    clash = [o for o in chosen if o is not c and longer.overlaps(o) and (o is chosen[0] or not longer.holds(o))]
    return longer if end > c.end and not clash else c


def _contrasted(things: set[str]) -> Callable[[str, int, int], int]:
    contrast: tuple[Asked, ...] = ("contrast",)
    return lambda doc_text, start, end: carried_on(doc_text, start, end, contrast, things)


def _part_unheld(clauses: tuple[Clause, ...], chosen: list[Candidate]) -> bool:
    """Is a many-part answer to be refused? "In which year did the channel open, and where did they meet?": a
    part asking when or how many that no sentence dates or counts ("What is its budget, and how many mediators
    does it employ?"), and no other part answered in its words (PART_MIN) - a name
    said, no more (not "who was the KGB man ..., and in which year ...?" - "... KGB operative Boris Sedov":
    that part answered); or every part asking for a name, a date or a number no sentence holds ("Which
    Qatari minister hosted the talks, and who represented Washington?")."""
    if len(clauses) < 2:  # (one asking when: only sentences holding a date are candidates)
        return False
    exact = {i for i, c in enumerate(clauses) if c.expects in ("date", "number")}
    unheld = any(not any(satisfies(clauses[i], o.text) for o in chosen) for i in exact)
    held = [max((o.parts[i] for o in chosen if i < len(o.parts)), default=0.0) for i in range(len(clauses))]
    if unheld and all(h < PART_MIN for i, h in enumerate(held) if i not in exact):
        return True
    # ("Which Omani official carried the messages, and in which city did they meet?": no one, no city named)
    kinds = {i for i, c in enumerate(clauses) if c.expects}
    return kinds == set(range(len(clauses))) and not any(holds(clauses[i], o) for i in kinds for o in chosen)


def _signed(question: str, candidates: list[Candidate]) -> Candidate | None:
    """The best line naming a person and the role a question asking who says (answer_kind.role_line)."""
    clauses = analyse(question)
    if len(clauses) != 1:
        return None
    lines = [c for c in candidates if role_line(clauses[0], c.text)]
    return max(lines, key=lambda c: (c.evidence, c.score), default=None)


def _undated(clauses: tuple[Clause, ...], candidates: list[Candidate]) -> bool:
    """Does a question asking several things ask a date that no sentence that could answer it holds, nor any other
    (a date of another kind - "on what exact date?" - "in November" - answers in part)?"""
    return (
        len(clauses) > 1
        and any(
            c.expects == "date" and all(not x.parts or x.parts[i] == 0 for x in candidates)
            for i, c in enumerate(clauses)
        )
        and not any(DATE.search(x.text) for x in candidates)
    )


def _nobody_in_role(clauses: tuple[Clause, ...], candidates: list[Candidate], evidence: Evidence) -> bool:
    """Does a part of the question ask for a person in a role ("which Qatari official or envoy led ...?", "Could the
    author name the officials who ...?") that no sentence that could answer names (a state may answer "who", not
    "which official"; one of a nation, by a sentence saying it)?"""
    asking = [c for c in clauses if asks_role(c)]
    if not asking:  # (most questions: no document's people need be read)
        return False
    people = {source: surnames(doc.text, TITLES) for source, doc in evidence.documents.items()}
    return any(
        not any(
            satisfies(c, x.text, people=people[x.passage.source]) and not nation_unsaid(c, x.text, x.passage.text)
            for x in candidates
        )
        for c in asking
    )
