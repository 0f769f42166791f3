"""A question typed as it would be said, with no stop in it: "hello dear my grandson is writing about how norway helped
the israelis who were the main norwegian negotiators he needs both names thank you". Its greeting, its thanks and its
closing remark on whom the answer is for ask nothing; without a stop, the rules that set them apart (words.py `_LABEL`,
forms.py `unthanked`, words.py `_without_remark`) cannot see where they end. A spoken opener ("Right, what ...?",
"OK so who ...?"), a greeting on its own before a question ("Good afternoon, ...", "Bonjour, ...") and a pointer to
where the answer is ("... ? the paper lists them out") ask nothing either; nor what the asker cannot recall, or where
they came across it, said after a comma at the end (`SEEN`). Pure functions of text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# "hello dear", "good afternoon", "hello again my dear", "hi there" - then the question, in lower case
_GREETING = re.compile(
    r"^\s*(?:hello|hi|hiya|hey|greetings|good\s+(?:morning|afternoon|evening|day))"
    # (then a word calling the reader, or the asker or the question speaking: not "hey jude was written by ...", "hi
    # tech companies ...")
    r"(?:(?:\s+(?:again|there|dear|my\s+dear|all|everyone|friend))+\s+(?=[a-z])|"
    r"\s+(?=(?:i|my|we|our|what|which|who|whose|when|where|why|how|can|could|please)\b))",
    re.IGNORECASE,
)
# "thank you so much", "thanking you kindly", "bless you for the help", "many thanks", "thanks ever so much", "sorry
# for so many questions thank you"
_THANKS = re.compile(
    r"\s+(?:sorry\s+for\s+[\w\s']{0,30}?\s+)?(?:thank\s+you|thanking\s+you|thanks|many\s+thanks|bless\s+you|"
    r"much\s+appreciated|cheers)"
    # (only what may follow a thanks: not "how do you say thank you in french", "the song thank you for the music")
    r"(?:\s+(?:so\s+much|very\s+much|ever\s+so\s+much|kindly|dear|again|in\s+advance|a\s+lot|all|"
    r"for\s+(?:the|your|all\s+the)\s+(?:help|patience|time|trouble)|for\s+helping(?:\s+[\w']+){0,3}))*\s*[.!]*\s*$",
    re.IGNORECASE,
)
# who the answer is for, closing it: "my grandson needs the years too", "she wants them all", "the teacher wants every
# one listed", "my granddaughter has to write it in her references" (a person of the asker's, then what they do)
_FOR_WHOM = re.compile(
    r"\s+(?:(?:my|our|the|his|her)\s+(?:grand(?:son|daughter|child|kids?|children)|son|daughter|child|children|kids?|"
    r"teacher|students?|class|nephew|niece|boss|wife|husband)(?:\s+and\s+i)?\s+"
    r"(?:needs?|wants?|has\s+to|have\s+to|must|thinks?|is\s+confused|are\s+confused|doesn'?t|does\s+not|don'?t|"
    r"copied|would\s+like)|"
    # (a pronoun for them: not "... what they said about it", a thing asked)
    r"(?:he|she|they)\s+(?:needs?|wants?|has\s+to|have\s+to|must))\b[\w\s',]{0,80}$",
    re.IGNORECASE,
)
# the asker's guess, closing it: "i think there are two of them"; or what they cannot recall: "i cant remember the
# names of them"
_GUESS = re.compile(
    r"\s+i\s+(?:think|believe|guess|reckon|(?:can['’]?t|cannot|couldn['’]?t|don['’]?t|do\s+not)\s+(?:recall|remember))"
    r"\b[\w\s',]{0,60}$",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(?:if|when|unless|because|whether|that|so|as|since|while|though|in\s+case|after|before|until|once|where)\s*$",
    re.IGNORECASE,
)
MIN_ASKED = 4  # words left at least: a question all greeting and thanks is left as typed
# a spoken opener before the question ("Right, what ...?", "OK so who ...?", "Well, which ...?") and a pointer after it
# to where the answer is ("... ? the paper lists them out", "... ? it's in the conclusion somewhere")
_OPENER = re.compile(
    r"^\s*(?:right|ok|okay|alright|all\s+right|so|well|um+|uh+|erm+|hmm+|anyway|now)(?:\s*,\s*|\s+(?:so|then|now)"
    r"\s*,?\s*)(?=(?:and\s+)?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|can|could)\b)",
    re.IGNORECASE,
)
# (the document, then what it does with what is asked: "the paper lists them out", "it lists a few")
_DOCUMENT = (
    r"(?:the|this|that|yon)\s+(?:paper|article|piece|text|doc|document|report|handbook|guide|manual|book|policy|study|"
    r"essay|post|chapter|page|site|contract|lease|memo)"
)
_LISTS_THEM = (
    r"\s+(?:lists|names|gives|has|mentions|goes\s+through)\s+(?:them|these|those|it|a\s+few|several|the\s+lot)"
    r"(?:\s+(?:out|all|somewhere))?\s*[.!]*\s*$"
)
_POINTER = re.compile(
    rf"(?<=\?)\s*{_DOCUMENT}{_LISTS_THEM}|"
    r"(?<=\?)\s*(?:it'?s|they'?re|it\s+is|they\s+are)\s+(?:in|near|at)\s+the\s+(?:conclusion|end|intro|introduction|"
    r"beginning|start)(?:\s+somewhere)?\s*[.!]*\s*$",
    re.IGNORECASE,
)
# ... said with no stop before it, where the document may be "it": "what good things can they do it lists a few"
_POINTED = re.compile(rf"\s+(?:{_DOCUMENT}|it){_LISTS_THEM}", re.IGNORECASE)


# a greeting on its own before the question ("Good afternoon, ...", "Bonjour, ...", "Hello! ...")
_GREETED = re.compile(
    r"^\s*(?:(?:(?:hello|hi|hiya|hey|greetings|good\s+(?:morning|afternoon|evening|day)|bonjour|bonsoir|salut|hola|"
    r"buenos\s+d[ií]as|buenas\s+tardes|hallo|guten\s+(?:tag|morgen)|ciao|g['’]day|namaste|"
    # (or saying a question comes: "I would like to ask, ...", "I have a question: ...")
    r"(?:I\s+(?:would|['’]d)\s+like|I\s+want|may\s+I|let\s+me)\s+(?:to\s+)?ask|I\s+have\s+(?:a|one|another)\s+question)"
    r"\s*[,!.:—–]+|"
    # (or begging pardon, or thanking for the answer before: "Excuse me, ...", "Sorry, ...", "Thank you. ..."; not
    # "Pardon: who can grant one?")
    r"(?:excuse\s+me|pardon\s+me|sorry|thank\s+you(?:\s+(?:very|so)\s+much)?|thanks|many\s+thanks)\s*[,!.—–]+)\s*)+"
    # (before what asks or who asks: not "Hola, the tapas bar, is closed on which day?" - a café's name)
    r"(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|would|will|please|"
    r"kindly|i|i['’]m|my|we|our|in|on|according|regarding|about|quick|one|just|for|from|at|to|by|compare)\b)",
    re.IGNORECASE,
)

# an apology for the asker's English, a sentence of its own ("Sorry for my poor English.", "Excuse my English.")
_APOLOGY = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?:(?:I['’]m|I\s+am)\s+)?(?:(?:so|very)\s+)?(?:sorry\s+(?:for|about)|(?:please\s+)?(?:excuse|"
    r"forgive|pardon))\s+my\s+(?:(?:poor|bad|broken|limited|weak|rough|terrible)\s+)?english\s*(?:[.!]+|$)|"
    r"(?:^|(?<=[.?!]))\s*sorry\s+if\s+my\s+english\s+is\s+(?:bad|poor|not\s+(?:good|perfect|very\s+good))\s*(?:[.!]+|$)",
    re.IGNORECASE,
)


def spoken_around(question: str) -> str:
    """The question without a spoken opener or a greeting before it ("Right, ...", "Good afternoon, ...") and a pointer
    after it to where its answer is ("... ? the paper lists them out")."""
    asked = _POINTER.sub("", _OPENER.sub("", _GREETED.sub("", _APOLOGY.sub("", question).strip())))
    return asked[:1].upper() + asked[1:] if asked != question and asked[:1].islower() else asked


def unstopped(question: str) -> str:
    """The question without its greeting, its thanks and its closing remark on whom it is for, when it has no stop,
    question mark or comma to set them apart (a question typed with them is read by the rules that see them)."""
    if re.search(r"[?.!,;:]", question.strip().rstrip(".!")):
        return question
    asked = _THANKS.sub("", _GREETING.sub("", question))
    # (not a condition: "is it legal if my boss wants me to work unpaid", "what should i do if i cant remember my
    # password", "is water damage covered if the policy mentions it")
    for rx in (_FOR_WHOM, _POINTED, _GUESS):
        remark = rx.search(asked)
        if remark and not _CONDITION.search(asked[: remark.start()]):
            asked = asked[: remark.start()]
    asked = re.sub(r"\s+(?:but|and|so)\s*$", "", asked, flags=re.IGNORECASE)  # ("the paper explains it but")
    return asked if len(asked.split()) >= MIN_ASKED else question


# what the asker cannot recall or where they came across it, a remark after the question's comma (words.py
# `_without_remark`): "I cant recall it at all", "I think I saw it on the news once" (not "I can't open Tessel": what
# is asked about)
SEEN = re.compile(
    r"\W*I\s+(?:(?:think\s+|believe\s+)?(?:I\s+)?(?:saw|heard|read|caught)\s+(?:it|that|this|something|about\s+it)\b|"
    r"(?:can['’]?t|cannot|couldn['’]?t|don['’]?t|do\s+not)\s+(?:recall|remember)(?:\s+(?:it|that|this|exactly|when|"
    r"which|where|who))?(?:\s+(?:at\s+all|now|anymore|any\s+more))?\W*$)",
    re.IGNORECASE,
)
