"""What a question arrives in, taken off before it is read: LaTeX markup, emoji for words and a crossword's letter
counts, an issue tracker's ticket, a help forum's post, a telegram's capitals and STOPs, a note's links, callouts and
fields, a to-do list's boxes, an interrogatory's drafting, a template's fields to fill, dictated punctuation, the
message an email reply quotes, a support desk's relay, a multiple-choice item's options, a quiz show's category, a
chatbot prompt's role and format, a search box's operators, a letter's greeting and signature, a tutor's lead, a
writer's scene. Each a pure function of text in its own module; this is their order (words.py `unlabelled` reads what
is left)."""

from __future__ import annotations

from dragoman.assistant.cabled import uncabled
from dragoman.assistant.choices import unoffered
from dragoman.assistant.clued import unclued
from dragoman.assistant.filled import unfilled
from dragoman.assistant.forum import unthreaded
from dragoman.assistant.interrogated import uninterrogated
from dragoman.assistant.letters import unsigned
from dragoman.assistant.noted import unnoted
from dragoman.assistant.pictured import in_words
from dragoman.assistant.prompted import unprompted
from dragoman.assistant.quizzed import unquizzed
from dragoman.assistant.relayed import unrelayed
from dragoman.assistant.replied import unquoted
from dragoman.assistant.searched import unsearched
from dragoman.assistant.spoken import unspoken
from dragoman.assistant.staged import unstaged
from dragoman.assistant.todo import untodo
from dragoman.assistant.tracked import untracked
from dragoman.assistant.tutored import untutored
from dragoman.assistant.typeset import untypeset


def unframed(question: str) -> str:
    """The question without the frames it arrives in, each taken off in turn (the question as typed if none)."""
    question = untypeset(question)  # ("\section{Theory} which three concepts ...? \cite{?}": typeset.py)
    question = unclued(in_words(question))  # ("✍️ the paper ❓": pictured.py; "Writer of the piece (8,10)": clued.py)
    question = untracked(question)  # ("[RES-140] Scope | Description: Which ...? | Priority: High": tracked.py)
    question = unthreaded(question)  # ("Who wrote it?\nWhat I have tried: ...\nThanks in advance!": forum.py)
    question = uncabled(question)  # ("QUERY WHO AUTHORED NORWAY PIECE STOP WHEN PUBLISHED STOP": cabled.py)
    question = unnoted(question)  # ("> [!question] [[Obama]] admin ... author:: ?": noted.py)
    question = untodo(question)  # ("- [x] skim the paper\n- [ ] author + date? #thesis": todo.py)
    question = uninterrogated(question)  # ("INTERROGATORY NO. 7: State ... the Paper ("Paper" refers to ...)")
    question = unfilled(question)  # ("Author: ____\nOutlet: ____\n(for the Moscow piece)", "| Author | ? |": filled.py)
    question = unspoken(question)  # ("who wrote it comma and when question mark": spoken.py)
    question = unquoted(question)  # ("Hi Priya, ...? Cheers, Dan\n\nOn Tue, Priya wrote:\n> ...": replied.py)
    question = unrelayed(question)  # ("Ticket #4471 - user asks: ...? Pls advise.": relayed.py)
    question = unoffered(question)  # ("Who wrote it? (a) Stent (b) Somerville (c) Moss": choices.py)
    question = unquizzed(question)  # ("Category: WHO WROTE IT? Name ...", "Clue: This Nordic ...": quizzed.py)
    question = unprompted(question)  # ("### Task\nAct as an analyst. ... Reply in JSON ...": prompted.py)
    question = unsearched(question)  # ('intitle:"..." author(s)', "... -kissinger", "2004..2007": searched.py)
    question = unsigned(question)  # ("Dear Tom, ... Many thanks, Margaret": letters.py)
    question = untutored(question)  # ("Think back to the Soviet era. How did ...?": tutored.py)
    return unstaged(question)  # ("Cyber subplot set in Tallinn: per the paper, what year ...?": staged.py)
