"""What a long question says besides what it asks: the asker's belief ("I'd have sworn Carter was in there too."),
a check of it ("Was he?"), the asker's own past ("when I served in Ayr, ...") and story ("Chapter 4: my heroine ..."),
and a statement whose question word only tells ("They get the blame when things go wrong."). Pure functions of text,
for question.py `analyse` and focus.py `unsaid`."""

from __future__ import annotations

import re

from dragoman.assistant.parts import split_parts
from dragoman.assistant.staged import OWN_SUBJECT, SCENE
from dragoman.assistant.words import CHECK_FORMULA, CHECK_LABEL, STATEMENT_END, WH
from dragoman.index.prior import DOCUMENT_KINDS

# the asker's own belief, which the answer may well correct ("I'd have sworn Carter was in there too.", "I recall
# them being hit around 2010, was it?", "If memory serves it hosted Trump and Xi in 2019."): what it names need
# not be said (focus.py `unsaid`)
_BELIEF = re.compile(
    r"\b(?:I\s+(?:(?:firmly\s+|half\s+)?(?:believe|think|recall|remember|gather|suppose|assume|reckon)|"
    r"seem\s+to\s+(?:recall|remember)|have\s+it\s+in\s+my\s+head|was\s+told|may\s+be\s+(?:wrong|misremembering|"
    r"mistaken))|I(?:\s+would|['’]d)\s+have\s+sworn|if\s+(?:my\s+)?memory\s+serves|"
    # ... or the version the asker's newsroom has, opening a statement (after a topic, if any): "we said the talks
    # ran 2003 to 2008", "We credited Brookings.", "my notes say a Georgetown professor", "Reporter's copy says ...",
    # "Somebody on air said ..."; or "I've got it down as a Foreign Policy piece", "we had it as a 'grand bargain'"
    # (not "if I've got diabetes", "the script I wrote for Python 3.8")
    r"(?:^|(?<=[-–—:] ))(?:(?:we|I)\s+(?:said|wrote|aired|reported|credited)|my\s+notes?\s+(?:say|says|have|has)|"
    r"(?:our|the|(?:the\s+)?reporter['’]s)\s+(?:copy|script|draft|notes?|(?:press\s+)?release|story)\s+"
    r"(?:says|has|reads|claims)|(?:somebody|someone|a\s+guest|a\s+caller)\b[^.?!]{0,20}?\b(?:said|claimed))|"
    r"(?:I|we)(?:['’]ve|\s+have)?\s+(?:got|have|had)\s+it\s+(?:down\s+)?as)\b",
    re.IGNORECASE,
)
# a question asking yes or no ("Does Medicare pay for it if I've got diabetes?"): no belief, whatever it says
_YES_NO = re.compile(r"^\W*(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|had)\b", re.IGNORECASE)


def believed(part: str) -> bool:
    """Is the part the asker's belief rather than a question (`_BELIEF`, with no question word of its own, not asking
    yes or no)?"""
    return (
        bool(_BELIEF.search(part))
        and not re.search(rf"\b{WH}\b", _BELIEF.sub(" ", part), re.IGNORECASE)
        and not _YES_NO.match(part)
    )


def without_beliefs(question: str) -> str:
    """The question less the statements of the asker's belief (`believed`), if anything else is left."""
    parts = re.split(rf"{STATEMENT_END}|(?<=[?!])\s+(?=[a-z])", question)  # ("...? we had it as 'X'")
    kept = [p for p in parts if not believed(p)]
    return " ".join(kept) if kept and len(kept) < len(parts) else question


# the asker's own fiction, told in statements before what is asked - a novel's, a script's, a game's ("Chapter 4: my
# heroine, a junior Norwegian diplomat, is lecturing a cocky American ...", "My spymaster character has a line about
# ..."): a statement of the story naming no document (not "I want the approaches the small-states paper lists."); not
# the asker's own world, which a question is about ("Our company is based in Germany. What is the VAT rate?", "My doctor
# prescribed Pravachol. ...")
_FICTION = re.compile(
    r"\b(?:my|our)\s+(?:[\w'’-]+\s+){0,3}?(?:heroine|protagonist|antagonist|characters?|villain|novel|thriller|"
    r"subplot|scene|chapter|manuscript|screenplay|film|movie|spymaster|narrator)\b|"
    r"^\W*(?:chapter|scene|act)\s+\d+\b|^\W*(?:subplot|backstory|flashback)\b|"
    # ... or game, or slide deck ("Building the 'X' event deck.", "My player mats have three slots ...", "For the 'Open
    # a Back Channel' action I want ...", "Our game has a 'Suez Crisis' event card."; not "My game plan ...")
    r"\b(?:my|our)\s+(?:[\w'’-]+\s+){0,3}?(?:game(?!\s+plan)|player\s+mats?|deck)\b|"
    r"^\W*(?:building|designing|making|prepping|preparing)\s+(?:the|my|our|a|an)\s+[^.?!]{0,60}?\b(?:deck|game)\b|"
    r"\bfor\s+(?:the|my|our)\s+['‘\"“][^'’\"”]{2,40}['’\"”]\s+(?:action|card|event|tile|mechanic)\b",
    re.IGNORECASE,
)
_NAMES_DOCUMENT = re.compile(rf"(?<!\bmy\s)(?<!\bour\s)\b(?!chapters?\s+\d){DOCUMENT_KINDS}s?\b", re.IGNORECASE)
# ... and what follows asks of something of its own (staged.py `OWN_SUBJECT`: a name, a number, a phrase quoted or a
# document) ... and its first sentence points back at nothing the story tells ("My novel is set during the Dayton talks.
# Who mediated them?"; "it" a document saying: "What does it say ...", "the approaches it lists")
_POINTS_BACK = re.compile(
    r"\b(?:they|them|their|theirs|its|it(?!\s+(?:says?|said|lists?|mentions?|calls?|describes?|gives?|names?|"
    r"credits?|argues?|claims?|notes?|writes?|suggests?|puts?)\b)|(?:that|this)(?=\s*(?:[?,]|one\b)))\b",
    re.IGNORECASE,
)


_PERSON_BACK = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# ... or at a thing it names, by a demonstrative: "Give the title of that book", "when was this deal signed?"
_THAT_THING = re.compile(
    r"\b(?:that|this|those|these)\s+(?!(?:the|a|an|it|its|he|she|they|we|you|i|is|was|are|were|has|had|have|does|"
    r"did|do|can|could|would|will|should|may|might|must|one|ones|in|on|at|of|to|for|by|with|from)\b)[a-z][\w'’-]*",
    re.IGNORECASE,
)


def points_back(part: str) -> bool:
    """Does the part point back at what was said before it ("Who mediated them?", "the title of that book")?"""
    return bool(_POINTS_BACK.search(part) or _THAT_THING.search(part))


def without_story(question: str) -> str:
    """The question less the asker's own story told before it (what it names need not be said: focus.py `unsaid`),
    when what follows asks of something of its own and does not point back at the story; else the question."""
    parts = re.split(STATEMENT_END, question.strip())
    told = 0
    while told < len(parts) - 1 and _story(parts[told]):
        told += 1
    rest = parts[told:]
    # (nor at a person of it, in what is asked: "My hero growing up was Pete Sampras. How many times did he win?")
    asked = next((p for p in rest if p.rstrip().endswith("?")), rest[-1])
    if not told or _POINTS_BACK.search(rest[0]) or _PERSON_BACK.search(asked) or not OWN_SUBJECT.search(" ".join(rest)):
        return question
    return " ".join(rest)


def after_story(question: str) -> str:
    """What the question says after the asker's story told before it, whatever it asks ("My envoy character finds out
    he's been cut out. In the paper, what does it bypass?": "he" is the story's)."""
    start = 0  # (where what follows each story statement begins, as typed)
    # (or a dash before what is asked: "so in my screenplay the envoy meets him in a bar - who was he really?")
    for end in re.finditer(rf"{STATEMENT_END}|\s+[-–—]\s+(?=(?:so\s+|and\s+|but\s+)?{WH}\b)", question):
        told = question[start : end.start()]
        if not _story(told if end.group(0).strip() in ("", ".") else f"{told}."):
            break
        start = end.end()
    return question[start:]


def _story(part: str) -> bool:
    return (
        part.rstrip().endswith(".")
        and bool(_FICTION.search(part) or SCENE.match(part))  # ("October 1962 scene.": staged.py)
        and not _NAMES_DOCUMENT.search(part)
        and not re.search(rf"\b{WH}\b", told_inside(part), re.IGNORECASE)
    )


# ... or said inside a question asked in one breath, up to the next thing it asks ("which US presidents does it say
# used back channels, like I know Nixon was one and I think Carter was in there too, can you give me the full
# list?", "since when, because I'm pretty sure it was Iraq since 1979?"); a guess tagged on ("..., wasn't she
# the one who negotiated the Iran deal back in 2013 or something?", "..., Jacob's was the one about India right?"):
# what it names need not be said either
_GUESSED = re.compile(
    # (a clause of its own guessing at a thing - "I think it was ...", "I think Carter was in there" - up to the next
    # comma; not asking what the asker thinks, "What did I think of it?", nor stating a thing asked about, "I believe
    # she also has Crohn's disease", "I think for someone with asthma")
    r"(?:(?:^|(?<=[,;:(—–-]\s)|"
    + "|".join(rf"(?<=\b{w}\s)" for w in ("because", "but", "and", "so", "like", "cos"))
    + ")"
    r"(?:I\s+(?:also\s+|always\s+)?(?:think|thought|believe|believed|recall|reckon|guess|suppose|assumed)|"
    r"I['’]m\s+(?:pretty\s+|fairly\s+|quite\s+|almost\s+)?sure)"
    r"\s+(?:(?:that|it|this|there|he|she|they|the\s+[\w-]+|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s+)"
    r"(?:(?:was|were|is|are|had|did)\b|['’]s\b)|"
    r"I\s+only\s+remember\b)"
    rf"(?![^?;,]*\b{WH}\b)[^?;,]*|"
    # (a tag: "..., wasn't she the one who negotiated the Iran deal back in 2013 or something?")
    r",\s*(?:like\s+)?(?:was|is|were|are|did|does|do|has|had|have)n['’]?t\s+(?:he|she|it|they|that|this)\b[^?;,]*|"
    # ("..., Jacob's was the one about India right?"; not a scope, "..., in the Yemen talks right?")
    rf",(?![^,?]*\b{WH}\b)(?=[^,?]*\b(?:was|were|is|are)\b|[^,?]*['’]s\s+(?:was|the)\b)[^,?]{{3,80}}?"
    r"(?<!\bor)(?<!\bthe)(?<!\bturn)\s+right\s*\?\s*$|"
    # (or the guess said first: "..., like 2008 I think, and what ...?", "the paper cites Maoz 2013 I think")
    rf"(?<=,)(?![^,?]*\b{WH}\b)[^,?]{{3,60}}?\s+I\s+(?:think|believe|reckon|guess)\b(?=\s*(?:[,?;]|$))",
    re.IGNORECASE,
)


# what the asker only half remembers, after it asks ("what are the examples, all the ones in Zurich and stuff?", "...
# since 1979 or something"): what it names need not be said
_VAGUELY = r"\s+(?:and\s+stuff|and\s+all\s+that|or\s+something(?:\s+like\s+that)?|or\s+whatever|or\s+whenever|or\s+so)"
_VAGUE = re.compile(rf"(?<=,)(?![^,?;]*\b{WH}\b)[^,?;]{{3,80}}?{_VAGUELY}(?=\s*(?:[,?;.]|$))", re.IGNORECASE)
# (within what it asks, a year: "how many did it have back in 2016 or whenever"; not "about Iran and stuff")
_VAGUE_WHEN = re.compile(rf"\b(?:back\s+)?(?:in|around|about|since|from)\s+(?:19|20)\d\d{_VAGUELY}\b", re.IGNORECASE)


def without_guesses(question: str) -> str:
    """The question less the asker's beliefs and guesses said inside it (`_GUESSED`, `_VAGUE`), after it asks (not
    what sets its topic: "I think the Oslo talks were in 1993, who led them?", "The Colombia talks and all that, what
    role did Norway play?")."""
    question = _VAGUE_WHEN.sub(" ", question)
    asked = re.search(rf"\b{WH}\b", question, re.IGNORECASE)
    if not asked:
        return question
    kept = question[: asked.end()] + _GUESSED.sub(" ", _VAGUE.sub(" ", question[asked.end() :]))
    # (only while the rest names something: not "What side effects were reported, I think the drug was Vioxx?")
    if not _NAMED.search(kept) and _NAMED.search(question):
        return question
    return re.sub(r"\s{2,}", " ", kept).strip()


_NAMED = re.compile(r"(?<=\s)(?!I\b)(?-i:[A-Z])|\b(?:19|20)\d\d\b")


# the asker checking the belief just stated: "I'd have sworn Carter was in there too. Was he?"
_CHECK = re.compile(
    r"\s*(?:(?:was|is|were|are|did|does|do|has|have|had)\s+(?:he|she|it|they|that|this|I|we)(?:\s+not)?"
    r"(?:\s+(?:right|correct|so|true|wrong|muddled|mixed\s+up))?|am\s+I\s+(?:right|wrong|mistaken)|"
    r"have\s+I\s+got\s+(?:that|it)\s+(?:right|wrong|muddled|mixed\s+up)|right|correct|true)\s*\?\s*$",
    re.IGNORECASE,
)


def checks_belief(parts: list[str], part: str) -> bool:
    """Is the part a check of a belief the part right before it states ("... Carter was in there too. Was he?")?
    (Not one of anything else: "The mayor claimed the levy would pay. Was he right?" asks.)"""
    at = parts.index(part) if part in parts else 0
    return bool(_CHECK.match(part)) and at > 0 and believed(parts[at - 1])


# a claim the asker states and checks - a detail of which the answer may well correct ("Jacob pinned the collapse
# on Mumbai '08, didn't he?", "... back in '62. That the right year?", "Didn't the paper credit Holst with it?",
# "Algiers brokered it in '88, that what the paper says?", "Since when? '79?"): what it names need not be said
_TAG = (
    r"(?:did|does|do|was|is|were|are|has|have|had|would|could|can|will)n['’]?t\s+(?:he|she|it|they|I|we|you|there)|"
    r"right|correct|true|no|yes|innit|eh|(?:is\s+)?that\s+(?:right|correct|true|so)|"
    r"(?:is\s+)?that\s+(?:the\s+)?(?:right|correct)\s+(?:year|date|name|number|one|figure|place)|"
    r"(?:is\s+)?that\s+what\s+(?:the|it|he|she|they)\b[^?]{0,30}\s+says?"
)
# a leading question, as counsel puts one: "It is right, is it not, that ...?", "You would accept, wouldn't you, that
# ...?", "Isn't it the case that ...?" (its claim is no claim when what is asked next points back at it: "..., that his
# book came out in 2011? Give the title of that book.")
_LEADING = re.compile(
    r"^\W*(?:it\s+is\s+(?:right|correct|true|the\s+case)\s*,\s*(?:is\s+it\s+not|isn['’]t\s+it)\s*,|"
    r"you\s+(?:would|will)\s+(?:accept|agree)|(?:is\s+it\s+not|isn['’]t\s+it)\s+(?:right|correct|true|the\s+case))"
    r"[^?]*?\bthat\b[^?]*\?\s*$",
    re.IGNORECASE,
)
_CLAIM_CHECKED = re.compile(
    rf"(?:,|\.|\s[-–—])\s*(?:{_TAG})\s*\?\s*$|^\W*(?:{_TAG})\s*\?\s*$|"
    # ("true or false: the explainer names Nixon, Carter and Obama.", "Confirm or correct: ...", "does the paper
    # really date the attack to 2008 ...?")
    rf"^\W*(?:{CHECK_FORMULA}|fact[- ]?check)\b|"
    # (labelled as a checking desk labels one, a statement or a yes-no check: "CLAIM: Switzerland has acted for the
    # US in Iran since 1979.", "VERIFY: draft says ...", "Check: piece written by Stent?"; not "Check: who wrote it?")
    rf"^\W*{CHECK_LABEL}\s*(?![^?]*\b{WH}\b)|"
    # (of a document, not "Did the FDA really list it ...?")
    rf"\b(?:does|did)\s+(?:the\s+(?:[\w-]+\s+)?(?:{DOCUMENT_KINDS})|it|he|she|they)\s+(?:really|actually)\s+"
    r"(?:say|date|call|credit|name|claim|"
    r"put|give|describe|attribute|list)\b|"
    # ("Didn't the paper credit Holst with it?"; not "Don't count fees, what was ...?": an imperative)
    r"^\W*(?:(?:did|does|was|is|were|are|has|have|had)n['’]?t|is\s+it\s+(?:true|right|correct)\s+that)\s[^?]*\?\s*$|"
    rf"{_LEADING.pattern}|"
    r"^\W*(?:(?:in|since|from|by)\s+)?['’]?\d{2,4}s?\s*\?\s*$",  # (a guess at the year: "'79?")
    re.IGNORECASE,
)


# the words a checking desk asks with, of a claim ("Verify both", "Correct years?", "If wrong, what's right?")
CHECKING = (
    "claim claims check checks checked verify verified confirm confirmed draft drafts correct right wrong".split()
)


def unchecked(text: str) -> str:
    """The text less the checking desk's words (`CHECKING`)."""
    return re.sub(rf"\b(?:{'|'.join(CHECKING)})\b", " ", text, flags=re.IGNORECASE)


def outside_claims(question: str, claims: list[str]) -> str:
    """The question less the claims it checks (`claimed`): what it asks of its own."""
    for claim in claims:
        question = question.replace(claim, " ")
    return question


def claim_checked(part: str) -> bool:
    """Does the part state a claim and check it, or check the one before (`_CLAIM_CHECKED`)?"""
    return _CLAIM_CHECKED.search(part) is not None


def bare_check(part: str) -> bool:
    """Is the part only a check of the claim before it ("That the right year?", "'79?", "Right?")?"""
    return claim_checked(part) and len(re.findall(r"[\w'’]+", part)) <= 6 and not re.search(rf"\b{WH}\b", part, re.I)


def claimed(parts: list[str]) -> list[str]:
    """The parts stating a claim the asker checks: one checking itself, a bare check (its guess: "'79?"), or a
    statement a bare check follows (not a question: "When did Nadal win his first title? 2008?" asks of Nadal), or a
    statement the asker quotes whole (`quoted_claim`)."""
    return [
        p
        for i, p in enumerate(parts)
        if (claim_checked(p) and not (_LEADING.match(p) and i + 1 < len(parts) and points_back(parts[i + 1])))
        or (i + 1 < len(parts) and bare_check(parts[i + 1]) and not p.rstrip().endswith("?"))
        or quoted_claim(p)
        or (_MENTION_CHECK.match(p) is not None and any(o != p and o.rstrip().endswith("?") for o in parts))
    ]


# whether the document names something at all, asked beside another question ("Does that article mention Carter at
# all? Which presidents does it name?"): the answer to the other may well be that it does not
_MENTION_CHECK = re.compile(
    r"^\W*(?:does|did|do)\s+(?:the|that|this|it|either|any)\b[^?]{0,60}?\b(?:mention|name|cite|include|refer\s+to)\b"
    r"[^?]*\bat\s+all\s*\?\s*$",  # (not "Does the 2022 Camry include CarPlay?": a question of the thing)
    re.IGNORECASE,
)


# a statement quoted whole, as a draft or a manuscript words it ('Draft says: "Presidents from Nixon and Carter to
# Reagan and Obama have all relied on back channels," citing the explainer.'): the asker checks it against the
# documents, which may well correct what it names
# (in double quotes, or in single ones: 'Norway's envoys met in 1992.' - an apostrophe inside a word is no quote)
_QUOTED_STATEMENT = re.compile(
    r"[\"“]([^\"“”?]+)[\"”]|(?<![\w'‘’])['‘]((?:[^'‘’?]|(?<=\w)['’](?=\w))+?)['’](?![\w'‘’])"
)
QUOTED_CLAIM_WORDS = 6  # a phrase quoted to be found or defined is shorter ("supplement not supplant", "endless game")


def unclaimed(question: str) -> str:
    """The question less the statements it quotes to check (`quoted_claim`): what it says of the documents."""
    for part in split_parts(question):
        if quoted_claim(part):
            question = question.replace(part, " ")
    return question


def quoted_claim(part: str) -> bool:
    """Is the part a statement quoted whole, with only a label or who says it around it (no question, no request:
    not 'Explain "we cut the dose in half for every patient over seventy".')?"""
    m = _QUOTED_STATEMENT.search(part)
    if m is None or len((m.group(1) or m.group(2)).split()) < QUOTED_CLAIM_WORDS:
        return False
    rest = part[: m.start()] + part[m.end() :]
    return (
        not rest.rstrip().endswith("?")
        and not re.search(rf"\b{WH}\b", rest, re.IGNORECASE)
        and (_CLAIM_FRAME.search(rest) is not None or not rest.strip(" .,;:-–—"))  # (or quoted alone)
    )


# what sets a quoted statement up as one to check: a label ("Manuscript p. 6:", "Draft says:"), or who says, writes or
# has it ("..., says our contributor.", "Our writer has:", "citing the explainer")
_CLAIM_FRAME = re.compile(
    r":\s*$|:\s*[\"“]|\b(?:per|according\s+to|says?|said|writes?|wrote|reads?|has|had|claims?|claimed|cites?|citing|"
    r"quotes?|puts?\s+it|"
    r"sums?\s+it\s+up\s+as|glosses?|calls?)\b",
    re.IGNORECASE,
)


# what the asker sets aside: not what the answer says
# (set off by a comma: ", quite apart from de-escalation?", "beyond the general public, from whom ...?"; not "What lies
# beyond the Kuiper belt?", "What benefits beyond lower rent does the lease give?")
SET_ASIDE = re.compile(
    r"(?:,\s*(?:and\s+|quite\s+|but\s+)?(?=(?:apart|aside|besides|other|except|excluding|beyond|not|leaving)\b)|^\W*|(?<=[.?!])\s+)"
    r"(?:apart from|aside from|besides|other than|except(?: for)?|excluding|beyond|not counting|leaving aside)\s+"
    r"([^,?;:()]{3,60}?)(?=\s*[,?]|\s*$)",
    re.IGNORECASE,
)
# ... or told not to give, in a statement closing the question ("Why'd Oslo fall apart? Don't give me Rabin.", "I
# don't want the add-on examples, just the core three."; not "Don't tell me Nadal lost at Wimbledon?": a question;
# nor a wish, "I don't want to lose my house.")
NOT_WANTED = re.compile(
    r"(?:^|(?<=[.?!])\s+)(?:(?:i|we)\s+)?(?:do not|don['’]?t)\s+(?:give|tell|bring up|mention|want|need)\s+"
    r"(?:me\s+|us\s+)?(?:to\s+(?:hear|know|read|see)\s+(?:about\s+)?)?(?![^,?;:()]*\bto\s+[a-z])"
    r"([^,?;:()]{3,60}?)(?:\s*,\s*(?:just|only)\s+[^,?;:()]{1,40}?)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def unwanted(question: str) -> re.Pattern[str] | None:
    """What the asker told not to give ("Why did Oslo fail? Don't give me Rabin.", a search's "-kissinger":
    searched.py), as a pattern a sentence saying it matches - it answers another question than the one asked; None
    when the asker told nothing. Compiled once per question, not per sentence."""
    told = [re.escape(m.group(1).strip()) for m in NOT_WANTED.finditer(question)]
    return re.compile(rf"\b(?:{'|'.join(told)})\b", re.IGNORECASE) if told else None


# the asker's own past, told in a statement: "The Section, when I had dealings with Bern, was a modest outfit."; or a
# statement's opening time clause before the asker's words: "When the walking tour gets to the lakeside, I want to
# rattle off the institutions." (not a question put as one: "When was it signed, I wonder.")
_ANECDOTE = re.compile(
    r"\b(?:when|where|while|as)\s+(?:I|we)\b|"
    r"^\s*(?:when|while|once)\b(?!\s+(?:did|was|were|is|are|do|does|has|have|had|will|would|can|could)\b)"
    r"(?=[^,.?]{3,120},\s*(?:I|we)\b)",
    re.IGNORECASE,
)
# what opens a statement that still asks ("So which ..."), and the words after which a question word asks ("I
# wonder why ...", "Can you explain to me why ...", "I'd like more information on why ...", "Say why ...")
_OPENS = frozenset("so well now and but then also ok okay anyway right yes".split())
_TAKING_A_QUESTION = frozenset(
    """know knows wonder wondering wondered tell explain explanation curious sure understand remember remind clarify
describe show learn hear idea say ask asking question information find figure see""".split()
)


TAKES_WITHIN = 8  # the words before a question word read for one taking it


def told(statement: str) -> str:
    """A statement ending in a full stop less the question words telling the asker's past ("when I served ...")."""
    return _ANECDOTE.sub(" ", statement)


def told_inside(statement: str) -> str:
    """`told`, and less the question words inside it that neither open it nor follow a word taking a question
    ("I have always said they get the credit when things go well."): for a statement beside a part that asks."""

    def kept(m: re.Match[str]) -> str:
        before = re.findall(r"[\w'’]+", statement[: m.start()].lower())
        opening = all(w in _OPENS for w in before)
        # (the word taking it among the few words before: not "I was tickled to learn from that little-countries
        # paper that the Swiss look after other nations' business when ...")
        return m.group(0) if opening or not _TAKING_A_QUESTION.isdisjoint(before[-TAKES_WITHIN:]) else " "

    return re.sub(rf"\b{WH}\b", kept, told(statement), flags=re.IGNORECASE)
