"""The words a question frames itself with: stop words, capitalised words that are no names, a label."""

from __future__ import annotations

import re

from dragoman.assistant.called import uncalled
from dragoman.assistant.chatty import spoken_around, unstopped
from dragoman.assistant.courtly import plainly
from dragoman.assistant.defined import undefined
from dragoman.assistant.exam import STATE_GIVES, unexamined
from dragoman.assistant.forms import (
    PLAIN_WORDS,
    as_asked,
    asked_apart,
    author_dated,
    for_whom,
    lines_joined,
    unbracketed,
    unthanked,
)
from dragoman.assistant.framed import unframed
from dragoman.assistant.glossed import glossed
from dragoman.assistant.learner import articled
from dragoman.assistant.officialese import in_plain_terms
from dragoman.assistant.pasted import unmarked
from dragoman.assistant.posted import unposted
from dragoman.assistant.queried import unqueried
from dragoman.assistant.remarks import without_remark, without_task
from dragoman.assistant.said_numbers import counts_in_words, spoken_years
from dragoman.assistant.texted import written_out
from dragoman.index.keyword import QUERY_NOISE

# English stop words (NLTK's list, as shipped with llama-index) and the words that frame a
# question rather than name its subject (the keyword index's QUERY_NOISE: "according to the
# context", "briefly explain"; and "the paper", "the author", "what kind of", "in the closing
# section", "which three things", "list the kinds of": where the answer is, and what it lists).
# fmt: off
STOP_WORDS = QUERY_NOISE | frozenset("""
a about above after again against ain all am an and any are aren as at be because been before being below between
both but by can couldn d did didn do does doesn doing don down during each few for from further had hadn has hasn
have haven having he her here hers herself him himself his how i if in into is isn it its itself just ll m ma me
mightn more most mustn my myself needn no nor not now o of off on once only or other our ours ourselves out over
own re s same shan she should shouldn so some such t than that the their theirs them themselves then there these
they this those through to too under until up ve very was wasn we were weren what when where which while who whom
whose why will with won wouldn y you your yours yourself yourselves also could would may might must shall since
give name names tell say said kind type mean means many much texts paper article study author authors role
thing things section sections closing concluding paragraph paragraphs kinds types sorts list exactly precisely
cite cites cited however although though whether enumerate enumerates mid regarding says bit bits insofar inasmuch
insomuch
""".split())  # ("the paper's bit on Switzerland": a part of the document, said by no sentence of it)

WH = r"(?:what|which|who|whom|whose|when|where|why|how)"  # the question words
# a fact-checker's formula setting up a claim to check ("true or false: ...", "Confirm or correct: ...")
CHECK_FORMULA = r"(?:true\s+or\s+false|confirm\s+or\s+correct)"
# a checking desk's label before the claim it checks ("CLAIM: ...", "VERIFY: ...", "Fact-check: ...")
CHECK_LABEL = r"(?:claim|check|verify|confirm|fact[- ]?check)\s*:"
# verbs asking to be told something, before a question word ("confirm who the negotiators were", "give who ...")
TELL_ME = r"(?:confirm|verify|check|state|say|give)"
# a word asking of its own, opening an item of a question or a topic ("Compare and Contrast ...")
ASKED_ITEM = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how|compare|contrast)\b", re.IGNORECASE)
NOT_NAMES = frozenset({
    "What", "Which", "Who", "Whom", "Whose", "When", "Where", "Why", "How", "Is", "Are", "Was", "Were", "Do", "Does",
    "Did", "Can", "Could", "Should", "Would", "Will", "The", "A", "An", "In", "On", "And", "But", "According",
    "Explain", "Describe", "Give", "List", "Name", "Tell", "I", "Provide", "Discuss", "Compare", "Summarize",
    "Summarise", "Fig", "Figure", "Table", "Section", "Chapter", "Appendix", "Part",
    # words labelling a part of a message ("Claim: ...", "(Hint: there are four.)", "Note -")
    "Hint", "Hints", "Note", "Notes", "Tip", "NB", "PS", "Claim", "Bonus", "Reminder", "Please", "Thanks",
    "Check", "Verify", "Confirm", "Query",
    # ... typed in capitals, as a checking desk labels a claim ("CLAIM: ...", "VERIFY: draft says ..."; not "ID",
    # "Draft", "URGENT": the documents may say them, or not)
    "CLAIM", "CHECK", "VERIFY", "CONFIRM", "NOTE", "QUERY", "HINT",
    "Dr", "Mr", "Mrs", "Ms", "Prof", "I'd", "I'm", "I've", "I'll", "I’d", "I’m", "I’ve", "I’ll",
    # words typed in capitals for emphasis ("What are ALL the preconditions?", "NOT the Cuba one")
    # (not "WHO", "NO": the World Health Organization, nitric oxide)
    "ALL", "EVERY", "EACH", "BOTH", "ONLY", "NOT", "NEVER", "ANY", "NONE", "EXACTLY", "REALLY", "MUST", "WHY", "HOW",
    "WHAT", "WHEN", "WHERE", "FULL", "ENTIRE", "WHOLE", "MAIN", "YES", "ACTUAL", "ACTUALLY",
    "SPECIFIC", "SPECIFICALLY", "PLEASE", "EVERYTHING",
})
# fmt: on


# A label a question opens with, framing it rather than asking: "Brisk question:", "Quick one -", "One more thing,",
# "Quick check:", "Fact-check -"
_FOR_WHAT = (
    r"for\s+(?:the|my|our|a|an|this)\s+(?:[\w'’.-]+\s+){0,3}?(?:notes?|briefing|brief|memo|episode|draft|seminar|"
    r"class|lecture|podcast|slides?|show|segment|script|intro|cold\s+open|bibliography|newsletter|handout|worksheet|"
    r"syllabus)"
)
_LABEL = re.compile(
    r"^(?:(?:(?:a|one|another|my|the)\s+)?(?:(?:quick|brisk|short|simple|last|final|next|more|general|small|easy|"
    r"follow-up|related|side|fact|sanity|double)[\s-]+){0,2}(?:question|one|q|query|thing|point|check)"
    rf"(?:\s+{_FOR_WHAT})?|"  # ("quick one for the cold open -"; not "quick question for the Oslo channel:")
    # ... or what the answer is for: "For the MFA note:", "For the briefing -", "Background check -"
    # (not "For the paper, ...": the paper is a document asked about)
    rf"{_FOR_WHAT}|background(?:\s+check)?|context|"
    # ... or a word heading a message ("Summary: which country ...?", "Follow-up - ...")
    r"summary|update|recap|note|thanks|follow-up|clarification|correction|reminder|fyi|ps|re|hi|hello|hey|ok|okay|"
    # ... or an analyst's tasking ("BLUF:", "RFI -", "Task:", "Assess:"; not "Key judgements: which ones ...?",
    # "Assessment: how many marks is it out of?", what is asked about)
    r"bluf(?:\s+(?:pls|plz|please))?|bottom\s+line(?:\s+up\s+front)?|rfi|task(?:ing)?|assess|fysa|"
    # ... or a quiz item's kind ("Matching: ...", "Fill in the blank: ...", "Short answer - ...")
    r"matching|fill[\s-]+in(?:[\s-]+the[\s-]+blanks?)?|short[\s-]+answer|multiple[\s-]+choice|"
    # ... or an editor's tag or hunt for a source for the lede of their own article ("[citation needed] -", "Need a
    # source for the lede sentence on the paper's theory -"; not "Need a source for why the Kashmir back channel failed
    # -", "... for the sentence about aspirin dosing -": what is asked of)
    r"\[citation\s+needed\]|(?:need|want|looking\s+for|seeking)\s+(?:an?\s+)?(?:rs|source|cite|citation|reference)\s+"
    r"for\s+(?:the|my|our|this|that)\s+(?:lede|lead|opening|infobox)(?:\s+(?:sentence|line|paragraph|section))?\b"
    r"(?:\s+(?:on|of)\s+[^—–:?\"“”\n]{0,40}?)?|"
    # ... or a greeting: "Dear colleagues,", "Hi all,", "Good morning team -"
    r"(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening))\s+(?:all|everyone|everybody|team|"
    r"colleagues|folks|guys|there|friends|sir|madam|sirs|experts)(?:\s+and\s+[\w'’-]+)?)"
    r"\s*(?:[:—–]|-\s|,)\s*(?=\S)",
    re.IGNORECASE,
)

# a dash typed as two hyphens before a word ("'A new ...' -- author?", "the negotiators -- names?"); not a command
# line's ("git checkout -- file.txt", "rm -- -f", "npm run build -- --watch")
_TWO_HYPHENS = re.compile(r"(?<=\s)--(?=\s+[A-Za-z][A-Za-z'’]*(?![\w'’]|[./-]\w)[^\n]*\?)")  # (in a question)
# what the asker is doing with the document they name ("Checking RS status of the Somerville piece - what outlet ran
# it?", "Verifying the details of the paper: ..."): the document is what is asked of
_CHECKING = re.compile(
    r"^\W*(?:checking|verifying|confirming|assessing|sourcing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    # (the document then a dash, a colon or a comma: not "Checking the status of the server takes how long?")
    r"(?:status|details?|reliability|facts?|claims?)\s+(?:of|for|on|in)\s+(?=(?:the|this|that)\s[^?\n]{1,60}?(?:\s[-–—]|[:,]))",
    re.IGNORECASE,
)


# a comment's or a point's number heading it, as a referee or a list of notes numbers them ("3. Towards the end of the
# piece, ...", "Comment 4: The manuscript lists ...", "Minor point 2 - ...", "Minor point: could the authors ..."): no
# figure asked about (not "1) ..., 2) ...": items asked, items.py; nor "4.5 million ..."; nor a reference: "Note 12:",
# "Item 1A:", "Issue 12:"); or a worksheet's "Q2." (not "Q1: ... Q2: ...", items asked; nor "Q3: what was revenue?", a
# quarter)
_NUMBER_LABEL = re.compile(
    r"^\s*(?:(?:(?:minor|major|general|specific|further|additional|final|small)\s+)?(?:comment|point|question|"
    r"remark|query|concern)\s*(?:#|no\.?\s*)?\d{1,2}[a-z]?\s*(?:[.:)—–]|-)|#?\d{1,2}[a-z]?[.:]|(?-i:Q)\s?\d{1,2}[a-z]?[.)](?!.*(?-i:\bQ)\s?\d)|"
    r"(?:minor|major|general|specific|further|additional|final|small)\s+(?:comment|point|issue|remark|query|concern)s?"
    r"\s*(?:[.:)—–]|-))\s+(?=\S)",
    re.IGNORECASE,
)

_EMPHASIS = re.compile(
    r"(\b(?:and|but|or)),\s+(?:crucially|importantly|more\s+importantly|most\s+importantly|just\s+as\s+importantly|"
    r"critically|above\s+all|also|finally|lastly|secondly|thirdly|in\s+particular|of\s+course|equally),\s+"
    rf"(?=(?:{WH}|how)\b)",
    re.IGNORECASE,
)


# The asker quoting their own words ("My draft says small states face 'a handful of built-in constraints.'",
# "I wrote 'the Oslo channel'"): not a phrase the documents must say
_OWN_QUOTE = re.compile(
    r"(\b(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:draft|notes?|script|slides?|essay|memo|outline|copy|story|handout|"
    r"summary|piece|text)\s+(?:says?|said|reads?|puts?|claims?|states?|has)|"
    r"I\s+(?:wrote|write|have written|put|noted))\b[^'‘\"“?.!]{0,80}?)"
    r"['‘\"“]((?:[^'’\"”]|(?<=\w)['’](?=\w)){2,80})['’\"”](?!\w)",
    re.IGNORECASE,
)


# words joined by slashes, as a search box is typed ("start/end", "kushner/nixon/obama"; not "and/or", a path or a URL)
_SLASHED = re.compile(
    r"(?<![\w./:-])(?!(?:and/or|he/she|his/her|him/her|yes/no|either/or)\b)[^\W\d_]{2,}(?:/[^\W\d_]{2,})+(?![\w./])",
    re.I,
)


# Politeness and the form the asker wants the answer in, not what it is about ("Kindly confirm ...", "Please set
# out, in numbered form, the preconditions ..."); a request verb no document says ("summarise", "confirm") put as
# one the rest of the question is read with ("describe", "give", "list"); each where it opens a statement (not
# "How did Oman please both sides?")
_STATEMENT_START = r"(?:^|(?<=[.?!:;,(]\s)|(?<=\s[-–—]\s))"
_POLITE = re.compile(rf"{_STATEMENT_START}(please|kindly)\s+([a-z])", re.IGNORECASE)
# an old-fashioned "pray" asking politely ("Through whom, pray?", "Pray, who led it?"; not "When do they pray?")
_PRAY = re.compile(r",\s*pray(?=\s*[?!.]?\s*$)|^\s*pray\s*,\s*(?=[a-z])", re.IGNORECASE)
_FORM = re.compile(
    r",?\s*\b(?:in\s+(?:a\s+)?(?:numbered|bulleted|bullet[- ]point|list|point)\s+(?:form|format|list|points)|"
    r"as\s+a\s+(?:numbered\s+|bulleted\s+)?list|in\s+bullet\s+points|point\s+by\s+point|in\s+brief|"
    rf"in\s+(?:a|one)\s+(?:sentence|line|word|nutshell)|{PLAIN_WORDS})\b(?:\s*[,:])?",
    re.IGNORECASE,
)
# (not "Confirm or correct: ...", a claim to check: asides.py; an exam's "State the ..." asks as "Give", its verb no
# word a passage need say - "the four island states")
_REQUEST = (
    r"(?:(set|spell|lay)\s+out|enumerate|itemi[sz]e|(summari[sz]e|outline)|confirm(?!\s+or\s+correct)|specify|"
    rf"clarify|{STATE_GIVES})\b"
)
_REQUEST_VERB = re.compile(rf"{_STATEMENT_START}{_REQUEST}", re.IGNORECASE)
# ... asked politely ("Please could you confirm, ...", "Would you kindly set out ..."; not "Can you confirm pregnancy
# with a blood test?", a question whether one can): the request itself
_ASKED_POLITELY = re.compile(
    rf"{_STATEMENT_START}(?:please\s+(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?|"
    rf"(?:could|can|would|will)\s+you\s+(?:please|kindly)\s+)(?={_REQUEST})",
    re.IGNORECASE,
)


# "With respect to the US mission, ...": what it is about, said as the question's words weigh nothing
_REGARDING = re.compile(r"\b(?:with\s+(?:respect|regard|reference)\s+to|in\s+regard\s+to|as\s+regards)\b", re.I)


# "re" opening what a question is about, before a dash or a colon ("re the Oslo channel - who led it?")
_RE = re.compile(r"^re\s+(?=[^?:]{3,80}?(?:\s[-–—]|:)\s)", re.IGNORECASE)


def _request_put(m: re.Match[str]) -> str:
    word = (
        "list"
        if m.group(1) or m.group(0).lower().startswith(("enum", "item"))
        else "describe"
        if m.group(2)
        else "give"
    )
    return word.capitalize() if m.group(0)[0].isupper() else word


def unlabelled(question: str) -> str:
    """The question as asked, without what frames it: Markdown's marks ("## Q3 ...", "- **three pillars**": pasted.py),
    a comment's number ("3. ..."), a label ("Brisk question: who carried the Oslo talks?"),
    politeness and the form the answer is wanted in ("Please set out, in numbered form, ..." -> "List ..."),
    "with respect to" as "regarding", shorthand and texted words written out ("govt", "w/", "wat r"), a small
    count in figures as a word ("3 things"), no quotation marks around the asker's
    own words ("My draft says 'a handful of constraints'"), a remark in brackets after it moved before its
    question mark, no remark after it on whom the answer is for ("I want my team to have them written down"), and
    years said as words in figures ("two thousand seven": `spoken_years`)."""
    # ("when did it STOP??", "who did it?!": one ask; not "the ?? operator", "(?!abc)", "a?? mean")
    # ('bot.ask("who wrote it?", k=5)', "curl ... -d '{...}'": called.py; '{"query": "who wrote it?"}': posted.py)
    question = unposted(uncalled(question))
    question = re.sub(r"(?<=\w)(?:\?[?!]+|![!?]*\?[?!]*)(?=\s*$|\s+[A-Z])", "?", question)
    question = unqueried(question)  # ("SELECT author_name FROM docs WHERE title LIKE '%Moscow%';": queried.py)
    question = _TWO_HYPHENS.sub("—", question)  # ("the negotiators -- names?"; not "git checkout -- file.txt")
    question = unframed(question)  # (an email reply, a ticket, dictation, a quiz, a prompt, a letter: framed.py)
    question = undefined(question)  # ('... Dobrynin (the "Channel")', "the Legality Article": defined.py)
    question = spoken_around(unstopped(question))  # ("hello dear ... he needs both names thank you": chatty.py)
    question = glossed(question)  # ("Oye, quién wrote el article ...?", "wha wrote yon paper?", "Hvem ...": glossed.py)
    question = articled(question)  # ("Who is author of article ...?", "the article of Somerville": learner.py)
    question = lines_joined(unmarked(question))  # ("long one, oslo bit\nwho were the ...?": forms.py; "## Q3 ...")
    question = as_asked(author_dated(question))  # ("According to Somerville (2022), ...", "..., ELI5": forms.py)
    question = _NUMBER_LABEL.sub("", question, count=1)  # ("Comment 4: ...", "3. Towards the end ...")
    question = _CHECKING.sub("", question, count=1)  # ("Checking RS status of the Somerville piece - ...")
    for _ in range(2):  # (a greeting, then what the answer is for: "Dear colleagues, for our bibliography, ...")
        question = _LABEL.sub("", question, count=1)
    question = unexamined(question)  # ("Q6 (a) Name the three approaches ... [3 marks]", "BLUF: Q6 ...": exam.py)
    question = _PRAY.sub("", plainly(question))  # ("One would be obliged to learn what ...", "betwixt": courtly.py)
    question = in_plain_terms(question)  # ("Identification of the author ... is requested.": officialese.py)
    # (the word after it opens the statement: "Please list them." -> "List them.")
    question = _ASKED_POLITELY.sub(lambda m: "Please " if m.group(0)[:1].isupper() else "please ", question)
    question = for_whom(question)  # ("what does it mean, in plain words I can say to a school group?": forms.py)
    polite = _POLITE.sub(lambda m: m.group(2).upper() if m.group(1)[0].isupper() else m.group(2), question)
    polite = _REQUEST_VERB.sub(_request_put, _FORM.sub("", polite)).strip()
    question = polite[:1].upper() + polite[1:] if question[:1].isupper() else polite
    question = _REGARDING.sub(lambda m: "Regarding" if m.group(0)[0].isupper() else "regarding", question)
    question = _RE.sub("Regarding ", question)  # ("re the swiss 'protecting power' thing - whose interests ...?")
    question = unthanked(unbracketed(question))  # ("Moscow piece - author(s) + date pls": forms.py)
    question = _SLASHED.sub(lambda m: m.group(0).replace("/", " and "), question)  # ("bus service start/end?")
    question = asked_apart(question)  # ("year established / year it ceased?": two asks, forms.py)
    question = written_out(question)  # ("govt", "w/", "wat r", "Pres. Biden": texted.py)
    question = re.sub(r"(?:^|(?<=[?.!;:]))\s*&\s*(?=\w)", " and ", question).strip()  # ("& what crisis did ...?")
    # (", and, crucially, which institute ...?": the emphasis between "and" and the next ask says nothing of it)
    question = _EMPHASIS.sub(r"\1 ", question)
    # ("Who in fact wrote it?": the question word's emphasis asks nothing)
    question = re.sub(rf"\b({WH})\s+in\s+(?:fact|truth)\s+(?=[a-z])", r"\1 ", question, flags=re.IGNORECASE)
    # ("why'd it fail", "how'd it make progress"; not "who'd benefit", "what'd it cost": "would")
    question = re.sub(r"\b(why|where|when|how)['’]d\b", r"\1 did", question, flags=re.IGNORECASE)
    # ("where's Jacob based", "where's it located"; "where's he been working", "where's it gone": "where has"; "where's
    # he work": "where does")
    question = _WHERE_HAS.sub(r"\1 has", question)
    question = _WHERE_DOES.sub(r"\1 does", question)
    question = re.sub(r"\b(where|when)['’]s\b", r"\1 is", question, flags=re.IGNORECASE)
    # ("... - names? (official ones, not the track two crowd)": a remark of the asker's, not what a follow-up carries;
    # "...? [Moss case]", an analyst's note; and the form wanted, "...? BLUF only.", asks nothing)
    question = _BRIEF_AFTER.sub("", question)
    question = re.sub(
        r"\?\s*(?:\(([^()]*)\)|\[([^\[\]]*)\])\s*$", lambda m: f" ({m.group(1) or m.group(2)})?", question
    )
    # (a full stop the quotation ends on still ends the sentence; its own question mark asks nothing)
    question = _OWN_QUOTE.sub(lambda m: m.group(1) + m.group(2).rstrip(" ?!"), question)
    # ("my teacher says compare 2 countries. how ...?": the task set, remarks.py; after "wat r" is written out)
    return without_remark(without_task(_as_asked_after(spoken_years(counts_in_words(question)))))


_WHERE_HAS = re.compile(r"\b(where|when)['’]s(?=\s+(?:[\w'’-]+\s+)?(?:been|gone|got|done)\b)", re.IGNORECASE)
_WHERE_DOES = re.compile(
    r"\b(where|when)['’]s(?=\s+(?:he|she|it|they|that)\s+(?:work|live|come|go|stay|sit|keep|teach|study)\b)", re.I
)
_BRIEF_AFTER = re.compile(
    r"(?<=[?\])])\s+(?:bluf|tl;?dr|short\s+answer|brief(?:ly)?|one[\s-]+liner)(?:\s+(?:only|pls|please|plz))?\s*[.!]*\s*$",
    re.IGNORECASE,
)
# the names asked for said again after a question asking who ("ok and who were the negotiators in there? names pls."):
# no part of its own (not "Who chaired it? Names of the others?", "What did the author who wrote it recommend? names?",
# "Who was coach when they won? year?": another thing asked)
_NAMES_AFTER = re.compile(r"\?\s+(?:full\s+)?names?\s*(?:pls|please|plz|only)?\s*[.?!]*\s*$", re.IGNORECASE)
_WHO_OPENS = re.compile(r"(?:^|[.?!]\s+)\W*(?:(?:and|ok|okay|so|but|then)\s+)*(?:who|whom)\b[^.?!]*$", re.IGNORECASE)


def _as_asked_after(question: str) -> str:
    m = _NAMES_AFTER.search(question)
    return question[: m.start()] + "?" if m and _WHO_OPENS.search(question[: m.start()]) else question


# a full stop ending no abbreviation ("the U.S. Senate", "Dr. Jacob", "Wanis-St. John" go on)
FULL_STOP = (
    r"(?<=\.)(?<!\b(?-i:[A-Z])\.)(?<!\b(?-i:Dr|Mr|Ms|St|Jr|Sr|Lt|No|vs)\.)(?<!\b(?-i:Mrs|Gen|Sen|Rep|Gov|Col|Amb)\.)"
    r"(?<!\b(?-i:Prof)\.)"
)
# between the statements of a question (and after a sentence quoted whole: '"... in Cairo." Looks garbled to me.')
STATEMENT_END = rf"(?:(?<=[?!;])|{FULL_STOP}|(?<=[.?!][\"”'’]))\s+(?=[A-Z])"


# words a possessive opens a question with that are no names ("Let's compare ...", "Today's question: ...")
NO_POSSESSOR = frozenset(
    "let today tonight yesterday tomorrow everyone everybody someone somebody anyone anybody nobody one other another "
    "that it what who where how there here".split()
)


def sentence_end(before: str) -> bool:
    """Does the text before a word end a sentence (a full stop, not "Dr." or "the U.S.")?"""
    return bool(re.search(rf"{FULL_STOP}$|[.?!][\"”'’]$", before))


def names_topic(word: str, after: str) -> bool:
    """Is a capitalised word opening a question a name all the same? Names joined by a hyphen
    ("India-Pakistan back channel: ...", "Kissinger-Dobrynin vs ..."), the one word of a topic the
    question then asks about ("Estonia: what year ...?", "Switzerland as protecting power - ..."), or one paired with
    another name ("Moss and Jacob case studies - ...", "Norway, Switzerland and Qatar: ...")."""
    parts = word.split("-")
    if ASKED_ITEM.fullmatch(word) or word.lower() in _REQUESTS:
        return False  # ("Compare and Contrast ...", "Return as list: ...")
    return (len(parts) >= 2 and all(p[:1].isupper() for p in parts)) or bool(_TOPIC_MARK.match(after))


_REQUESTS = frozenset(
    "explain describe list name define return output extract fetch enumerate identify confirm verify specify quote "
    "cite clarify outline give show provide".split()
)


# a noun for a person, which "who was the ...?" asks the name of ("the KGB guy", "the Swiss envoy")
PERSON_NOUN = re.compile(
    r"\b(?:guy|man|woman|person|fellow|lady|chap|one|operative|official|envoy|negotiator|emissary|diplomat|go-between|"
    # (who holds a lesser office: "Who was the Norwegian deputy foreign minister?"; not "Who is the health minister?",
    # which a text naming only a deputy does not answer)
    r"(?:deputy|vice|assistant|acting)\s+(?:[\w-]+\s+){0,2}(?:minister|secretary|president|director|chair|chairman|"
    r"governor|head|leader))s?$"
)


def requested(word: str, after: str) -> bool:
    """Is a capitalised word a request as a form is typed ("Return as list: ...", "... -> Return as list + count"),
    no name ("Return of the Jedi" is one)?"""
    return word.lower() in _REQUESTS and re.match(r"\s*(?:as\b|:|,|-\s|$)", after) is not None


# (or paired with a name: "Moss and Jacob case studies - shared lesson?", "Moss (K-D) and Jacob (Indo-Pak) ...")
_TOPIC_MARK = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?::|-{1,2}\s|–|—|vs\b|versus\b|as\b|(?:and|&)\s+[A-Z][a-z]+\b|,\s*[A-Z][a-z]+\s*(?:,|and\b|&))"
)
