"""The kind of answer a question asks for, when the answer must contain one: a number ("how many",
"what is its budget", "verify the dollar amount"), a date ("when did", "in what year", "confirm the
year") or a name ("who", "which country", "which forum"). Pure functions of text."""

from __future__ import annotations

import re

from dragoman.assistant.words import TELL_ME
from dragoman.index.prior import DOCUMENT_KINDS

# People by where they are from, asked for as such: "which Norwegians ran the talks?", "which Swiss did ...?" (the
# noun before a verb: not "which Swiss unit", "which Chinese firms won ..."; not "which amphibians declined")
PEOPLE_OF = (
    r"(?!(?:amphibians|mammalians|reptilians|crustaceans|guardians|librarians|titans)\b)"
    r"(?:[a-z]{3,}ians|americans|europeans|koreans|afghans|israelis|pakistanis|iraqis|qataris|saudis|omanis|emiratis|"
    r"yemenis|kuwaitis|somalis|chinese|japanese|swiss|french|british)"
    r"(?=\s*[?,;:]|\s*$|\s+(?:did|do|does|was|were|are|is|have|has|had|ran|led|met|took|went|came|said|spoke|sent|"
    r"wrote|held|gave|made|got|saw|told|flew|[a-z]+ed)\b)"
)


# The kind of answer a clause asks for, when the answer must contain one:
# "number" (how many / how much + noun), "date" (when did, in what year) or "name" (who,
# which country, where was): a sentence without one cannot be the answer.
# a word before the kind of person or place asked for ("which former American presidents"): no verb, no
# function word, no plural noun ("Identify two reasons why states ...")
_MODIFIER = (
    r"(?:(?!(?:do|does|did|is|are|was|were|has|have|had|can|could|would|should|will|might|must|of|the|an?|"
    r"in|on|to|for|from|with|by|at|these|those|this|that|why|how|which|who|whose|where|when)\b)"
    r"(?!(?-i:(?!(?:news|arms|sales|sports|affairs|politics|economics|series)\s)[a-z]*[^suio\W]s)\s)\w+\s+)"
)
_ROLE_NOUN = (
    r"(?:presidents?|ministers?|ambassadors?|envoys?|emissar(?:y|ies)|diplomats?|officials?|negotiators?|senators?|"
    r"secretar(?:y|ies)|advis[eo]rs?|spokes(?:man|men|woman|women|person|people)|chancellors?|governors?|directors?)"
)
_PERSON_OR_PLACE = (
    r"(?:countr(?:y|ies)|cit(?:y|ies)|nations?|states?|persons?|people|individuals?|presidents?|"
    r"ministers?|ambassadors?|envoys?|emissar(?:y|ies)|diplomats?|officials?|negotiators?|"
    r"intermediar(?:y|ies)|leaders?|organi[sz]ations?|compan(?:y|ies)|universit(?:y|ies)|"
    r"institutions?|authors?|researchers?|scientists?|scholars?|inventors?|founders?|experts?|analysts?|"
    r"historians?|journalists?|commentators?|specialists?|senators?|secretar(?:y|ies)|directors?|advis[eo]rs?|"
    r"spokes(?:man|men|woman|women|person|people)|chancellors?|governors?|messengers?|mediators?|go-betweens?|"
    # (as people are called in a chat: "the indian and pakistani guys"; by their trade: "which Russian banker"; not
    # "which bankers' bonuses")
    r"(?:guys|bankers?|businessm[ae]n|oligarchs?)(?!['’])|"
    r"governments?|capitals?|regions?|places?|venues?|hotels?|towns?|villages?|locations?|estates?|"
    # things that have a name: "which cyber forum does it host?" - "the Geneva Dialogue on ..." (not an agreement:
    # "What agreement did they reach?" - "They agreed to restore ties.")
    r"forums?|summits?|conferences?|accords?|treat(?:y|ies)|outlets?|newspapers?|"
    rf"{PEOPLE_OF})"
)
# a generic noun a person's or place's word only qualifies ("which capital areas", "which state roles"): no name asked
_CATEGORY = (
    r"(?:areas?|types?|kinds?|forms?|sorts?|categor(?:y|ies)|aspects?|domains?|sectors?|dimensions?|features?|"
    r"fields?|factors?|issues?|levels?|capacit(?:y|ies)|strateg(?:y|ies)|models?|approaches?|roles?|functions?)\b"
    # (a noun, not the verb of "which city features the oldest cathedral?", "which country issues most passports?")
    r"(?!\s+(?:the|a|an|its|their|his|her|our|most|more|every|each|all|no|some|many|several|\d+)\b)"
)
# a date's field or format, no date asked ("I want the date format to be ISO")
NOT_A_DATE = r"(?!\s+(?:format|field|column|picker|string|type)s?\b)"
_ASKING_WORD = r"(?:what|which|who|when|where|why|how)"
# a request for one thing ("give the exact date ...", "verify the year ...", "I want the exact date ..."; words.py puts
# "confirm" as "give"), or a reviewer's ("could the authors report the annual budget ...", "please specify the date
# ...")
_GIVE_THE = (
    r"\b(?:give|verify|check|confirm|state|find|tell\s+me|provide|I\s+(?:want|need|['’]d\s+like|would\s+like)|"
    r"(?:(?:could|can|would|will)\s+(?:you|the\s+authors?|the\s+writers?)(?:\s+please|\s+kindly)?|please|kindly)\s+"
    r"(?:report|specify|indicate|disclose|quantify))\s+(?:me\s+|us\s+)?the\s+"
)
_EXPECTS = (
    (
        "number",
        re.compile(
            r"\bhow (?:many|long|much (?!did\b|does\b|do\b|is\b|was\b|has\b|have\b|are\b|were\b))|"
            r"\bhow large (?:is|are|was|were)\b|"
            # ("Does the paper give any figure for what Qatar paid?")
            r"\bany\s+(?:figures?|numbers?|amounts?|sums?|estimates?)\s+(?:for|of|on)\b|"
            r"\bhow much\b.*\b(?:cost|costs|pay|paid|spend|spent|weigh|weighs|earn|raise|raised|budgeted|allocated|"
            r"donated)\b|"
            # ("how much does Norway's foreign ministry budget ...?": budget the verb, not "does the budget matter")
            r"\bhow much (?:does|did|do)\s+(?:[\w'’]+\s+){1,4}(?<!\bthe )(?<!\bits )(?<!\ba )(?:budget|allocate)\b|"
            r"\b(?:(?:what|which)(?:['’]s\s+the\s+|\s+(?:(?:is|was|are|were)\s+the\s+)?)|"
            # (asked as a request: "give the dollar amount ...", "confirm the total budget ...")
            rf"{_GIVE_THE}(?:exact\s+|precise\s+|total\s+|overall\s+|dollar\s+)?)(?:[\w-]+\s+)?(?:population|size|"
            r"number|amount|count|percent(?:age)?|proportion|share|cost|price|budget|rate|sum)\b(?![-\w])(?!\s+(?:of|in)\s+"
            r"(?:ways|types|kinds|factors|reasons|aspects)\b)|"
            # ("what is its annual budget?": its money or its size, not "its number one priority")
            r"\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?"
            r"(?:population|size|amount|cost|price|budget)\b|"
            # ... asked as a noun after a dash: "Finland's CMI - annual budget + funding sources?", "- headcount?"
            r"(?:\s[-–—]\s*|:\s*)(?:(?:annual|yearly|total|overall|exact|current)\s+)?"
            r"(?:population|budget|headcount|cost|price|amount|percentage|turnover|revenue)\b"
            r"(?=\s*(?:[?,;+/&]|and\b|$))|"  # (not "- budget cuts, why?")
            # ... or opening a terse question: "population of Funafuti?", "RFI - headcount of the embassy?"
            # (not "Population of the sample - how was it chosen?", "... doubles every hour - why?")
            r"(?:^\W*|\s[-–—]\s*|:\s*)(?:the\s+)?(?:(?:annual|yearly|total|overall|exact|current)\s+)?"
            rf"(?:population|headcount)\s+(?:of|for|in)\s+(?![^?]*\b{_ASKING_WORD}\b)[^?.;—–-]{{1,60}}\?\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "date",
        re.compile(
            r"\b(?:when (?:exactly |precisely |roughly )?(?:did|was|were|had|will)|"
            r"(?:in |since |by |on )?(?:what|which) (?:exact |precise )?"
            r"(?:year|years|date|day(?![\w-])|month|decade|century)|since when|"
            # "confirm the year in which Qatar ...", "the years during which ..."
            r"the (?:exact |precise )?(?:year|years|date|month)\s+(?:(?:in|during|on|of)\s+which|when)\b|"
            # ("What is the date they first met?"; not a compound, "what is the day rate"; "What is the exact date
            # ...?" asks the day, which a month and year may be all the documents have: not required)
            r"(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+the\s+(?:year|date|day|month)"
            r"(?![\w-])(?!\s+(?:format|range|rate|count|night|surgery|end|care|trip|job|pass|ticket|time|off|shift|"
            r"school|student|camp|cent(?:re|er)|light|dream|room|unit|ward|clinic|programme|program)\b)|"
            rf"{_GIVE_THE}(?:exact\s+|precise\s+)?(?:year|date|day|month)(?![\w-]){NOT_A_DATE})\b|"
            # ("Name the year it was signed and the city ..."; "signed when & where?", "ceased when?")
            # (not a compound: "Name the date palm variety", "Name the year group"; not a condition: "Is a visa needed
            # when?")
            r"^\W*name\s+the\s+(?:exact\s+|precise\s+)?(?:year|date|day|month)\s+(?=(?:it|they|he|she|when|in|on|of|"
            r"that|which|the)\b)|"
            r"(?:^\W*|[-–—:?]\s*)[a-z]{3,}ed\s+when\b(?=\s*(?:[?&,;]|and\b|or\b|exactly\b|$))|"
            # ("Give me both and the years.", "List the deals and their dates.")
            r"^\W*(?:give|list|tell|name|provide)\b[^?]*\band\s+(?:the|their)\s+(?:years|dates)\s*[.?!]?\s*$|"
            r"^\W*(?:and\s+|since\s+)?when\W*$|"  # ("..., and when?")
            # ... asked as a noun after a dash or alone: "Oslo talks - year?", "- year of cyberattack?", "Dobrynin's
            # years as ambassador?" (not "the years of war in Kashmir, why?")
            # ("- signing date?", "- founding year?")
            r"(?:\s[-–—]\s*|:\s*|^\W*)(?:(?:the|its|their|[\w-]+['’]s)\s+)?(?:(?:exact|precise|first|last)\s+)?"
            r"(?:(?:signing|founding|opening|closing|starting|publishing|release|launch)\s+)?(?:year|years|date)\b"
            r"(?:\s+(?:of|as|in|when)\s+[^?,;:–—]{1,50})?"
            r"(?:\s+(?:and|&)\s+[\w-]+)?\s*\?|"  # ("- signing date and venue?")
            # ("DC-Moscow hotline - yr est., and after which crisis?": the year it was established)
            r"(?:\s[-–—]\s*|:\s*)(?:year|date)\s+(?:est\.|established|founded|set\s+up|opened|launched)\s*[?,;]|"
            # ("bus -> year started, year stopped?"; a year only: not "Sick pay -> date started?", from the fourth day)
            r"(?:\s[-–—]\s*|:\s*|->\s*|,\s*)years?\s+(?:started|began|begun|ended|stopped|ceased|closed|signed|"
            r"opened|launched)\s*[?,;]|"
            # ... or checked, as a checking desk asks ("Verify date + venue.", "Verify both - year + the second
            # country.", "Confirm the dates.": "+" reads "and", shorthand.py)
            # (what it checks and no more: not "Verify date of the IRA deadline.", "Check the dates on my visa.")
            r"^\W*(?:verify|confirm|check)\s+(?:both\s*[-–—:,]?\s*)?(?:the\s+)?(?:[\w-]+\s+(?:and|&)\s+)?"
            r"(?:year|date)s?(?![-\w])(?:\s+(?:and|&)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*[.?!]?\s*$|"
            # ... or after what it dates, in a few words: "cross-border bus start and end year?" (not "What happened
            # that year?")
            r"^\W*(?:(?!(?:what|which|who|whom|how|why|when|where|that|this|in|of|the|a|an)\b)[\w'’-]+\s+){1,3}"
            r"(?:(?:start|end|first|last)\s+(?:(?:and|or)\s+(?:start|end|first|last)\s+)?)?(?:year|years|date)\s*\?",
            re.IGNORECASE,
        ),
    ),
    (
        "name",
        re.compile(
            # (and "oslo - who ...", "@bot who ...": after a chat's mention)
            rf"(?:^|[.?!;,:]\s*|\s[-–—]\s*|\b(?:and|or|but)\s+|(?<![\w.])@[A-Za-z][\w.-]*\s+)(?:who|whom|whose)\b|"
            # (asked inside a request: "Can you tell me who the American and the Soviet were ...?")
            # ("..., confirm who the main Norwegian negotiators were")
            rf"\b(?:tell (?:me|us)|remind me|know|wonder(?:ing)?|recall|explain|{TELL_ME})\s+"
            r"(?:who|whom|whose)\b|"
            # ... and after the document it asks of, said with no stop ("um the small states paper who were ...")
            rf"\b(?:{DOCUMENT_KINDS})\s+who\s+(?:is|are|was|were|wrote|led|ran)\b|"
            rf"(?:^|[.?!;]\s*|\b(?:and|or|but)\s+)(?:through|by|with|to|from|for|via)\s+whom?\b|"
            # (not a thing said of them: "how does X stack up against what small states bring?")
            r"\b(?:which|(?<!\bagainst )(?<!\bthan )(?<!\bversus )(?<!\bvs )what)\s+"
            # (not "What do analysts expect ...?": a verb after it)
            # ("which Norway's two negotiators", "which two Norwegian negotiators")
            r"(?:(?:two|three|four|five|both|[A-Z]\w+['’]s)\s+)?"
            rf"{_MODIFIER}{{0,2}}"  # ("which former American presidents")
            # (nor a verb: "what pushes negotiators into ..."; not "which famous summit")
            # ("which hotel or venue")
            rf"(?:(?:and|or)\s+\w+\s+|(?<=\s)(?:and|or)\s+)?{_PERSON_OR_PLACE}\b(?!\s+{_CATEGORY})|"
            # (what people or places are called: "What are the Indian and the Pakistani envoys ... called?", "What is
            # the capital called?"; not "What are the states of matter called?", "the prime minister's strategy")
            rf"\bwhat\s+(?:is|are|was|were)\s+the\s+(?:[\w-]+\s+){{0,4}}?{_PERSON_OR_PLACE}\b(?!['’])"
            r"(?!\s+of\s+(?!(?:the|a|an|its|their)\b)[a-z])"
            r"[^?;]{0,80}?\s+called\b|"
            r"\bwhere (?:was|were|did|is|are|does|do)\b|\bnames? of\b|"
            # (asked inside a request: "Can you tell me where the meeting was held?", "..., and where the talks took
            # place")
            r"(?:^\W*|\b(?:tell (?:me|us)|remind me|know|wonder(?:ing)?|recall|confirm|and|or)\s+)where\s+"
            r"(?:[\w'’-]+\s+){1,6}?(?:was|were|is|are)?\s*(?:held|signed|located|based|hosted|staged|stationed|took\s+place|take\s+place|met|"
            # (not "where my team met its sales target", "where the funds are held in escrow")
            r"meet)\b(?!\s+(?:in\s+escrow|(?:its|their|the|our|my|your)\s+(?:[\w-]+\s+)?(?:targets?|goals?|deadlines?|"
            r"quotas?|expectations|obligations))\b)|"
            # ("what were the two envoys' names?"; not "Why did the company's name change?", "the president's name
            # for the dog")
            rf"\b(?:what|which)(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"{_PERSON_OR_PLACE}['’]s?\s+names?\b(?!\s+for\b)|"
            # ... or told to: "Name the two negotiators who ran it.", "Identify the state that carried out ..."
            # (its kind then what is said of it: not "Identify the company's debt ratio", "Name the states of matter")
            # (after a lead-in and a comma, and "by name": "With reference to the Kashmir talks, identify by name the
            # envoys who ...")
            # ("And name the two men who did the negotiating for it.")
            r"(?:^|[.?!;:,]\s*|\([a-z]\)\s*)(?:(?:and|now|also)\s+)?(?:name|identify)\s+(?:by\s+name\s+)?"
            r"(?:the\s+|both\s+|one\s+|two\s+|three\s+)?"
            rf"{_MODIFIER}{{0,3}}(?:{_PERSON_OR_PLACE}|men|women|signator(?:y|ies))\b"  # ("the two men who ...")
            # (or where they were, by name: "Name the two negotiators in the Oslo channel and ...", "the signatories to
            # the 2020 Doha Agreement", "the official to whom ..."; not "Identify the people at highest risk", "the
            # state in which water is a solid")
            r"(?=\s+(?:who|whom|whose|that|which|where|when)\b|\s+(?:to|from|with|by|for)\s+whom\b|"
            r"\s+(?:in|at|on|of|behind|during|to)\s+(?:the\s+)?(?:\d{4}\s+)?(?-i:[A-Z])"
            r"|\s*[?.;]|\s*$)|"
            # (or asked to name people in a role: "Could the authors name the Indian and Pakistani national security
            # officials who ...?"; not "Can you name the people who should not take this drug?", a group may answer)
            r"\b(?:could|can|would|will)\s+(?:you|they|he|she|the\s+authors?|the\s+writers?)\s+(?:please\s+|kindly\s+)?"
            rf"(?:name|identify)\s+(?:by\s+name\s+)?(?:the\s+|both\s+|two\s+|three\s+)?{_MODIFIER}{{0,5}}{_ROLE_NOUN}\b"
            # (the people themselves: not "the directors' duties", "the director fees")
            r"(?=\s+(?:who|whom|whose|that|which|where|when)\b|\s+(?:in|at|on|of|behind|during)\s+(?:the\s+)?(?-i:[A-Z])"
            r"|\s*[?.;]|\s*$)|"
            # ("Biden's emissaries to Moscow - names?", "The envoys: names?"; not "Ingredients - names?")
            rf"\b{_PERSON_OR_PLACE}\b[^?]{{0,60}}?(?:\s[-–—]|:)\s*(?:their\s+|the\s+)?names\s*\?|"
            # ... or asked for as a bare noun after a dash: "Oslo channel - Norwegian negotiators?"
            # (not "Survey - how many companies?": a number)
            rf"(?:\s[-–—]\s*|:\s*)(?:(?!(?:how|what|which|who|whose|many|much)\b)[\w'’.-]+\s+){{0,2}}"
            rf"{_PERSON_OR_PLACE}\s*\?",
            re.IGNORECASE,
        ),
    ),
)


# a relative clause with a subject of its own after a noun the question has named: "the constraints which small states
# must endure" (its "which" asks nothing; "Which small states must endure them?" does)
_RELATIVE_WHICH = re.compile(
    # (not a document's kind: "in the legal or not article which russian official ...", a lead-in typed unstopped)
    rf"(\b(?:the|these|those|its|their|such)\s+(?:[\w-]+\s+){{0,6}}?(?!(?:{DOCUMENT_KINDS})s?\s)[a-z][\w-]*\s+"
    r"(?:(?:to|in|by|of|for|through|with|from|on|at|under|into|upon)\s+)?)which"
    r"(?=\s+(?:[\w'’-]+\s+){1,3}(?:must|can|could|may|might|should|would|will|do|does|did|is|are|was|were|has|have|"
    r"had)\s)",
    re.IGNORECASE,
)


# ... or after a noun with no article, as a learner writes it, its clause ending the question or its part ("What are
# approaches to mediation which small states use, according to paper?"; not "Who led it, and which country hosted?")
_BARE_RELATIVE = re.compile(
    # (not a word an indirect question follows: "Tell me which company makes it?", "How do I know which rate applies?";
    # nor an adverb: "it happened exactly which year?")
    r"(\b(?!(?:and|or|but|so|then|also|is|are|was|were|do|does|did|in|of|on|at|to|for|by|from|with|about|the|a|an|"
    r"me|you|us|him|her|them|it|know|knows|tell|tells|ask|asks|wonder|see|show|shows|find|out|decide|choose|guess|sure|"
    r"certain|idea|clue|explain|determine|say|says|said|mention|mentions|list|lists|name|names|identify|depends|"
    r"check|confirm|learn|remember|recall|question|matter|matters|unclear|clear)\b)"
    r"[a-z][\w-]*(?<!ly)\s+(?:(?:to|in|by|of|for|through|with|from|on|at)\s+[a-z][\w-]*\s+)?)which"
    r"(?=\s+(?:[\w'’-]+\s+){0,2}[a-z][\w'’-]*\s*(?:[,?]|$))",
    re.IGNORECASE,
)


def _relative_as_that(question: str) -> str:
    """The question with a relative clause's "which" written "that", once something before it asks (not "Under the
    treaty which nations must cut emissions?", a lead-in typed unstopped)."""

    def that(m: re.Match[str]) -> str:  # (or a lead-in ends in a comma, then asks: "With reference to the constraints
        # which small states must endure, enumerate ...")
        asks = _ASKS_BEFORE.search(question[: m.start()]) or _ASKS_AFTER.search(question, m.end())
        return f"{m.group(1)}that" if asks else m.group(0)

    return _BARE_RELATIVE.sub(that, _RELATIVE_WHICH.sub(that, question))


_ASKING = (
    r"what|which|who|how|why|when|where|list|name|identify|enumerate|describe|explain|state|give|outline|discuss|confirm|"
    r"verify|tell|teach|clarify|specify|summari[sz]e|indicate"
)
_ASKS_AFTER = re.compile(rf",\s+(?:and\s+)?(?:{_ASKING})\b", re.IGNORECASE)
_ASKS_BEFORE = re.compile(rf"\b(?:{_ASKING})\b", re.IGNORECASE)


def asked_kinds(question: str) -> set[str]:
    """Every kind of answer a question asks for anywhere (see _EXPECTS)."""
    question = _relative_as_that(question)
    return {kind for kind, rx in _EXPECTS if rx.search(question)}


def expected_answer(question: str) -> str | None:
    """The kind of answer a clause asks for (see _EXPECTS; the first one, if it asks two)."""
    if _WHO_IS_NAMED.match(question):  # ("Who is Martin Greaves?": what he is, not a name)
        return None
    question = _relative_as_that(question)
    found = [(m.start(), kind) for kind, rx in _EXPECTS for m in [rx.search(question)] if m]
    return min(found)[1] if found else None


# who a person named in full is ("Who is Martin Greaves?", "and who was Anatoly Dobrynin in the article?"): asks what
# they are, which the answer need not say with another name (not "Who is President?", "Who is the CEO?", "Who is
# CEO?": a role's holder)
_WHO_IS_NAMED = re.compile(
    r"^\W*(?:and\s+|so\s+)?who\s+(?:is|was|['’]s)\s+(?!(?:President|Prime|Minister|Chief|Head|Director|Chair\w*|"
    r"Secretary|Governor|Mayor|Leader|Speaker|King|Queen|CEO|CFO)\b)(?-i:[A-Z][a-z][\w'’.-]*)"
    r"(?:\s+(?-i:[A-Z][a-z][\w'’.-]*)){0,3}\s*(?:(?:in|according\s+to|per)\s+[^?]{0,60})?\??\s*$",
    re.IGNORECASE,
)


# when a thing began and when it ended: "when did the bus start and then stop?", "open and shut down" (two dates;
# not "launch and endorse", "When were the start and end times changed?": nouns)
SPAN_ASKED = re.compile(
    r"\b(?:start(?:s|ed)?|begin|began|begun|open(?:s|ed)?|launch(?:es|ed)?|establish(?:es|ed)?|set up)\s+and\s+"
    r"(?:then\s+|later\s+|when\s+)?(?:stop(?:s|ped)?|end(?:s|ed)?|close[sd]?|shut|cease[sd]?|halt(?:s|ed)?|"
    r"finish(?:es|ed)?)\b(?!\s+(?:times?|dates?|points?|years?|of)\b)",
    re.IGNORECASE,
)
