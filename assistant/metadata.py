"""Questions about a document itself (who wrote it, when and where it was published, its
title), answered from its front matter: the short lines before its first paragraph of prose.

No metadata parser applies to plain text, so these are rules on the shape of front matter:
a by-line block (author, publication and date lines written together), volume/issue lines,
the title line, a "By ..." line (index/byline.py). Each answer line is a span of the canonical
text, so it can be cited (stated_metadata.py finds them). What no line states may still be in the file's own
metadata (stored at ingest: ingest/meta.py): `stated_metadata.metadata_statement` says it, as the file's metadata,
uncited. This module reads what a question asks of its document.
"""

from __future__ import annotations

import re

from dragoman.assistant.asides import claimed, without_beliefs
from dragoman.assistant.fragments import KIND_WORD as _KIND_WORD
from dragoman.assistant.fragments import fragment_asked
from dragoman.assistant.names import people_in_full
from dragoman.assistant.parts import split_parts
from dragoman.assistant.words import CHECK_LABEL
from dragoman.index.calendar import MONTH_NAME
from dragoman.index.prior import DOCUMENT_KINDS

# a title in quotes or in italics ("Name the writer of 'A new back channel to Moscow?'"; not "Who wrote 'Amazing
# Grace'?": the work may be one the documents tell of)
TITLED = r"['‘\"“][^'‘’\"“”]{8,200}['’\"”]|(?<![\w*])\*[^*\n]{8,200}\*(?![\w*])"
_DOCUMENT = rf"(?=.*\b(?:document|{DOCUMENT_KINDS}|it)\b)"
_NAMED = rf"(?=.*\b(?:document|{DOCUMENT_KINDS})s?\b)"  # a kind of document said, not just "it"
# ... or its title quoted, or its author asked: what "it" may stand for ("Who wrote 'A new ferry?', and the date
# it was published"; not "There was a fire at the pier. When was it put out?")
_OF_DOCUMENT = (
    rf"(?=.*(?:\b(?:document|{DOCUMENT_KINDS})s?\b|['‘\"“][^'‘’\"“”]{{8,200}}['’\"”]|\bwho\s+(?:wrote|authored)\b))"
)
# a cataloguer's question, of a document or "the item in hand" (not "the auditor's statement of responsibility", "the
# tidal vol.", "the pub date for the quiz")
_CATALOGUED = rf"^(?=.*(?:\b(?:{_KIND_WORD}s?|item\s+(?:in\s+hand|itself))\b|{TITLED}))"
_KIND_NAMED = rf"(?:[\w'’-]+\s+){{0,4}}?{_KIND_WORD}"
_OWN_KIND = rf"(?:(?!(?:in|of|on|from|by|about)\s)[\w'’-]+\s+){{0,3}}?{_KIND_WORD}"  # (not "the talks in the paper")
# the date a document bears ("what date's it got on it", "what year is the paper dated")
_BEARS = r"(?:what|which) (?:date|year|day)(?:['’]s|\s+is|\s+does)\s+"
_DATED = r"(?:(?:what|which) (?:date|year)|when) (?:is|was) "
# where a document appeared ("the publication", "the website")
_VENUE_WORD = r"(?:publication|publisher|journal|site|website|outlet|venue|magazine|newspaper|newsletter|blog)"
# "whose name/brand is on ...", "which name is written above ...": the name a site signs its sections with
_NAME_ON = (
    r"(?:whose|what|which)\s+(?:name|brand|label|handle)(?:(?:/|\s+(?:and|or)\s+)(?:name|brand|label|handle))?\s+"
    r"(?:is\s+)?(?:written\s+|printed\s+|given\s+|shown\s+)?(?:on|above|under|atop|at the top of)\s+"
)
_ASKS = (
    ("author", re.compile(
        rf"\bwho(?:['’]s)? (?:wrote|writes?|penned|authored|co-?authored|edited|"
        rf"(?:(?:is|are|was|were) )?the (?:lead |first )?(?:author|writer)(?:s|\(s\))?)(?!\w){_DOCUMENT}|"
        # ("its": of the document named, or in a part alone; not "... Sherman Act ban, and who was its author?")
        rf"(?:^{_OF_DOCUMENT}.*|(?:^|[.?!:–—-]\s*)\W*(?:(?:and|so|ok(?:ay)?|thanks)[\s,.]+)*)\bwho (?:is|are|was|were) "
        r"its (?:lead |first )?(?:author|writer)(?:s|\(s\))?(?!\w)|"
        # ("the small-states quiet diplomacy article - who are the authors?": of the document named before)
        # (the whole part before it naming the document: not "The paper mentions the 1994 treaty. Who was the author?")
        # (or an author field between: "... article - author = {???}: who are the authors?", as BibTeX writes it)
        rf"(?:^\W*|\b(?:for|of|on|about)\s+)(?:(?:the|this|that)\s+)?(?:[\w'’-]+\s+){{0,5}}?{_KIND_WORD}\s*[:;–—-]\s*"
        r"(?:authors?\s*[=:]\s*[{(\[]?[?_.…]*[})\]]?\s*[:;–—-]\s*)?(?:and\s+)?who(?:['’]s)? "
        r"(?:(?:is|are|was|were) )?the (?:lead |first )?(?:author|writer)(?:s|\(s\))?\s*\??\s*$|"
        # "who are the persons that wrote it?", "which people wrote the legality piece?"
        rf"\b(?:who (?:is|are|was|were) the|which|what) (?:persons?|people|scholars?|researchers?|authors?)"
        rf"(?: (?:that|who))? (?:wrote|writes?|penned|authored|co-?authored)\b{_DOCUMENT}|"
        rf"^{_NAMED}.*\bby whom\b.*\b(?:written|penned|authored)\b|(?<!co-)\bauthors? of (?:the|this|that|')|"
        # ("Name the writer of 'A new back channel to Moscow?'"; not "what does the author of 'X' enumerate?")
        rf"\b(?:name|give|identify|state)\s+the\s+(?:authors?|writers?) of (?:{TITLED})|"
        # ("the paper on small states uh who wrote that")
        rf"^{_NAMED}.*\bwho (?:wrote|penned|authored) (?:that|this|it)(?=\s*(?:[,?.;]|$|and\b|or\b))|"
        # "who is her co-author?", "the co-authors of the paper" (not "the co-authors of the Oslo Accords")
        rf"\bco-?authors?\b(?!\s+(?:of|on|with)\s+(?!(?:the|this|that|its)\s+{_OWN_KIND}\b))|"
        rf"\bwriters? of (?:the|this|that) (?:[\w'’-]+\s+){{0,3}}?{_KIND_WORD}\b|"
        rf"\b{_KIND_WORD}['’]s (?:lead |first |second )?(?:author|writer)s?\b|"
        rf"^{_NAMED}.*\b(?:credited|attributed) to\s*\??\s*$|\bby-?line\b|"
        # "the name credited on the piece"
        rf"\b(?:credited|attributed) (?:on|with|for) (?:the|this|that|its) {_OWN_KIND}\b(?!['’])|"
        rf"^{_NAMED}.*(?:^|[-–—:,]\s*)(?:the\s+|its\s+)?authors?\s*\?|"  # "moscow article - author?"
        # "does the article name an individual author; what attribution label appears on its sections?"
        rf"\b(?:does|did|do)\s+(?:the|this|that|it|its)\s*(?:[\w'’-]+\s+){{0,3}}?(?:{_KIND_WORD})?\s*"
        r"(?:name|give|credit)\s+(?:an?|its|any)\s+(?:individual\s+|single\s+)?(?:author|writer)s?\b|"
        r"\battribution\s+(?:label|line|name)s?\b|"
        # "whose name/brand is on it?", "which name is written above each of its sections?"
        rf"\b{_NAME_ON}(?:each of\s+)?(?:the|this|that|its)\s+(?:[\w'’-]+\s+){{0,2}}?(?:sections?|{_KIND_WORD}s?)\b|"
        rf"^{_OF_DOCUMENT}.*\b{_NAME_ON}(?:it|them)\b|"  # (of the document the question names)
        # (a cataloguer's word for it; not a statement whose content is asked: "what does the statement of
        # responsibility in the audit report say?")
        rf"{_CATALOGUED}(?!.*\b(?:say|says|cover|covers|include|includes|require|requires|mean|means)\b)"
        r".*(?<!['’]s )(?<!s['’] )\bstatements? of responsibility\b", re.I)),
    ("date", re.compile(
        r"\bwhen\b.*\b(?:published|publish|written|released|posted|issued)\b|\b(?:date|year) of publication\b|"
        # ("... and the date it was published", "the year in which the paper was released")
        rf"^{_OF_DOCUMENT}.*\b(?:date|day|year|month)\s+(?:(?:on|in)\s+which\s+)?(?:it|the\s+{_OWN_KIND})\s+(?:was|got)\s+"
        r"(?:first\s+)?(?:published|written|released|posted|issued|put out|printed)\b|"
        # ("when was it put out?"; not "when were the talks put out of reach?")
        rf"^{_OF_DOCUMENT}.*\bwhen\b.*\b(?:it|{_OWN_KIND})\s+(?:(?:was|got)\s+)?(?:put out|printed)\b"
        r"(?!\s+(?:of|to)\b)|"
        r"\b(?:publication|publishing|publish|published) (?:date|year)\b|"  # "somerville piece - publication date?"
        rf"{_CATALOGUED}.*\bpub\.? (?:date|year)\b|"
        # ("Give the date on which 'A new back channel to Moscow?' was published.")
        # (a title in quotes: not "the date on which the hostages were released")
        r"\bthe (?:exact\s+)?(?:date|day|year|month)\s+(?:on|in)\s+which\s+[\"“'‘][^\"”]{3,150}[\"”'’]\s+"
        r"(?:was|were)\s+(?:first\s+)?(?:published|released|posted|issued)\b|"
        r"\b(?:on |in )?(?:what|which) (?:date|day|year|month)\b.*\b(?:published|written|released|posted|issued)\b|"
        # (a document put out: "who wrote that article and what date was it put out?"; not "the fire")
        rf"^(?=.*\b{_KIND_WORD}s?\b).*\b(?:what|which) (?:date|day|year|month)\b[^?]*\b(?:was|were) (?:it|they) "
        r"(?:put|brought) out\b|"
        r"\bin which (?:volume|issue|year)\b.*\bpublished\b|"
        # "on what date did the article come out?", "when did the piece about X appear?"
        rf"(?:\bwhen\b|\b(?:what|which) (?:date|day|year|month)\b)[^,;?]*\bdid (?:the|this|that) "
        # ("when did the new back channel to moscow piece come out"; not "when did the talks in the paper run?")
        rf"(?:(?!(?:in|of|on|about|from|by|at|within|the)\b)[\w'’-]+\s+){{0,6}}?{_OWN_KIND}"
        r"(?:\s+(?:about|on|of|from|that|which)\s[^,;?]*?)? (?:appear|run|come out|go (?:up|live|online|out))\b|"
        # "... article, and on what date did it appear?", "moscow article - author? when did it go up?"
        rf"^{_NAMED}(?!.*\?\s*\().*(?:\bwhen\b|\b(?:what|which) (?:date|day|year|month)\b)[^,;?]*\bdid it "
        r"(?:appear|run|come out|go (?:up|live|online|out))\b(?!\s+that\b)|"
        # ... as a learner of English asks it: "the Moscow article, who is the writer and in what date it come out?"
        rf"^{_NAMED}.*(?:\bwhen\b|\b(?:what|which) (?:date|day|year|month)\b)[^,;?]*\b(?:it|they)\s+"
        r"(?:(?:come|comes|came) out|appear|appears|appeared|go up|goes up|went (?:up|live|online))\b(?!\s+that\b)|"
        # ... or by the date it bears: "what date's it got on it", "what year is it dated", "when is the paper dated"
        # ("it" right after the document: not "the Saigon Morin building - what year is it dated?")
        rf"\b{_KIND_WORD}s?(?:\s*[,:;]|\s+[-–—])?\s+(?:(?:and|so)\s+)?(?:{_BEARS}it\s+(?:got\s+|have\s+)?on\s+it\b|"
        rf"{_DATED}it dated\b)|{_BEARS}the\s+{_OWN_KIND}\s+(?:got\s+|have\s+)?on\s+it\b|"
        rf"{_DATED}the\s+{_OWN_KIND} dated\b|"
        # "what year is the paper from?" (a remark may follow: "need it for my citation"), "how recent is the paper?"
        rf"\b(?:what|which) (?:year|date) (?:is|was) (?:the|this|that) {_KIND_NAMED}\s+from\s*(?:[?.!,;]|$)|"
        rf"\bhow (?:old|recent) is (?:the|this|that|it) ?{_KIND_NAMED}?(?:\s+(?:on|about|by|of)\s+[^?]*)?\??\s*$",
        re.I)),
    ("venue", re.compile(
        r"\b(?:which|what) (?:(?:name|title|author|publication|publisher|journal) or )?"
        r"(?:publication|publisher|journal|site|website|outlet|magazine|newspaper|newsletter|blog)\b|"
        # ("Identify the publication and the institute that 'A new back channel to Moscow?' comes from.")
        # (of a document it names: not "Identify the journal entries for depreciation", "Name the website where I can
        # renew my passport")
        rf"^{_OF_DOCUMENT}\W*(?:identify|name|give|state)\s+(?:\(?[a-z1-9]\)\s+)?(?:the\s+)?{_VENUE_WORD}\b"
        r"(?!(?<=site)\s+of\b)(?!\s+[a-z]+s\b)|"  # ("Identify (a) the publication and (b) ..."; not "the site of")
        # "Where was that Moscow article printed?"
        rf"\bwhere (?:was|is) (?:the|this|that|it)\b(?:\s+{_OWN_KIND})?\s+(?:printed|published)\b|"
        # "Where did the Moscow back-channel piece run?" (not "where did the talks in the paper run?", "where did the
        # sleep study run?")
        rf"\bwhere did (?:the|this|that) (?:(?!(?:in|of|on|about|from|by|at|within|the)\b)[\w'’-]+\s+){{0,6}}?"
        r"(?:piece|article|op-?ed|essay|post|story|column|commentary|explainer) (?:appear|run|come out|go (?:up|live|"
        r"online|out))\b|"
        # ("what's that site/handle name that keeps popping up?"; not "what is the site of the summit?")
        r"\bwhat(?:['’]s| is) (?:that|its|the) (?:web)?(?:site|blog|outlet|publisher|publication)\b"
        r"(?!\s+(?:of|date|year|day)\b)|"
        r"\bpublished (?:in|by|on)\b(?! (?:19|20)\d\d)|\b(?:volume|issue)\b|"
        # (a cataloguer's: "vol./no.", "the imprint field")
        rf"{_CATALOGUED}.*(?:\bvol\.?\s*(?:\d|(?:/|and|&)\s*(?:no|iss)\b)|(?<!about )(?<!on )\b(?:the|its)\s+imprint\b"
        rf"(?=\s*(?:field|line|statement|and\b|[?,;:]|$)|\s+of\s+(?:the|this|that|its)\s+{_OWN_KIND}))|"
        # "For the Moscow article, where it was published ...?"
        rf"^{_NAMED}.*\bwhere\s+(?:(?:was|is)\s+)?it\s+(?:(?:was|is|got|get)\s+)?(?:published|appeared|ran)\b",
        re.I)),
    # (its own: not "the DOI of the cited study", "the ISBN the bibliography gives for X's book")
    ("identifier", re.compile(
        r"^(?!.*\b(?:cited|cites|bibliograph\w*|references?|[\w]+['’]s book)\b).*\b(?:ISSN|DOI|ISBN)\b", re.I)),
    ("title", re.compile(
        r"\btitle\b|"
        # ("what's it actually titled?", "what is the explainer entitled?")
        r"\bwhat(?:['’]s| is| was) (?:it|(?:the|this|that) (?:[\w'’-]+ ){0,2}[\w'’-]+) (?:\w+ly )?(?:en)?titled"
        r"\s*(?:[?,;]|$)|"
        rf"\b(?:headline|heading|name) (?:of|on) (?:the|this|that|its) (?:[\w'’-]+\s+){{0,2}}?{_KIND_WORD}\b(?!['’]s)|"
        # (not what a question quotes it for: "The big question from the headline - is it legal?")
        r"(?<!from )\b(?:its|the) (?:(?:real|actual|full|exact|correct|right|original|proper)\s+)?headline\b"
        # (not one said of something else: "the headline figure", "the headline risk categories", "the headline
        # pitfalls")
        r"(?!\s+(?:[a-z-]+\s+)?(?:figure|finding|number|rate|result|risk|categor(?:y|ie)|point|item|issue|danger|"
        r"problem|topic|stat|statistic|claim|message|theme|takeaway|pitfall|lesson|concern|argument|worr(?:y|ie))s?\b)|"
        rf"\bwhat is (?:the|this|that) (?:[\w'’-]+\s+){{0,2}}?{_KIND_WORD} (?:called|named)\b|"
        # ("What is the article which asks whether ... is illegal called?", "What is the paper about Moscow called?")
        rf"\bwhat is (?:the|this|that) (?:[\w'’-]+\s+){{0,2}}?{_KIND_WORD}\s+"
        r"(?:which|that|about|on|by|asking|arguing)\b[^?]{0,150}?(?<!\bbe)(?<!\bis)(?<!\bwas)(?<!\bwere)(?<!\bare)"
        r"(?<!\bbeen)(?<!\bfirst)(?<!\bonce)(?<!\balso)\s(?:called|named|titled)\s*(?:[?,;]|$)", re.I)),
)  # fmt: skip


# "Which institute is the author with?", "what does his bio say?": where the author works, asked with the author
_AFFILIATION_ASKED = re.compile(
    r"\b(?:institut(?:e|es|ion|ions)|universit(?:y|ies)|unis?|think[- ]?tanks?|affiliat\w*|organi[sz]ations?|employer|"
    r"bio(?:graphy)?|"
    r"academic (?:status|standing|position|title|rank)|(?:what|which) (?:position|job)|works? (?:for|at)|writing for|"
    r"attached to)\b|"
    # ("where does he work?", "where's he based?"; not "where is the bakery based?")
    r"\bwhere\b[^?]*\bwork(?:s|ing)?\b|"
    r"\bwhere(?:['’]s|\s+(?:is|was|are|were|does|did|do))\s+(?:he|she|they|the\s+authors?|its\s+authors?)\s+"
    r"(?:based|teach(?:es|ing)?)\b|"
    r"\b(?:is|are) (?:the|its|their) (?:author|writer)s? (?:with|from)\b",
    re.IGNORECASE,
)
# ... but not a subject the document is about ("Who wrote the report on university funding?")
_SUBJECT_BEFORE = re.compile(r"\b(?:about|on|regarding|concerning|of)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


# the author doing what a question asks about, not who it is: "How does the author of the study distinguish ...?",
# "according to the authors of the paper, ..."
_SAYING = (
    r"(?:distinguish|argue|contend|say|claim|describe|explain|see|view|think|suggest|propose|conclude|define|"
    r"compare|present|characteri[sz]e|mean|note|stress|emphasi[sz]e|attribute|portray|frame|treat|assess|"
    r"enumerate|list|identify|mention|cite|outline|offer)"
)
_AUTHOR_SAYS = re.compile(
    r"^(?!\W*(?:who|whom|whose)\b)(.*?\b(?:according to|per))\s+(?:the|its|their)\s+(?:co-?)?"
    r"(?:authors?|writers?)\s+of\s+|"
    r"^(?!\W*(?:who|whom|whose)\b)(.*?\b(?:does|do|did|would|will|can|could|should|might))\s+(?:the|its|their)\s+"
    rf"(?:co-?)?(?:authors?|writers?)\s+of\s+(?=(?:[\w'’-]+\s+){{0,6}}?{_SAYING}\w*\b)|"
    # ... or its subject after what is asked: "what constraints ... the authors of that study see fit to enumerate"
    r"^(?!\W*(?:who|whom|whose)\b)(.*?\b(?:what|which|how|why)\b.*?)\s+(?:the|its|their)\s+(?:co-?)?"
    rf"(?:authors?|writers?)\s+of\s+(?=(?:[\w'’-]+\s+){{0,8}}?(?:see\s+fit\s+to\s+)?{_SAYING}\w*\b)",
    re.IGNORECASE,
)


def _works_where(name: str) -> re.Pattern[str]:
    """Where the person works, asked of them: "which university is Sadia Rafique at?", "where does Mary Scott work?",
    "Mary Scott's university" (not "which institutions does Sadia Rafique mention?")."""
    person = re.escape(name)
    return re.compile(
        rf"\b(?:is|was|are|were|does|did|do)\s+(?:\w+\s+)?{person}\s+(?:\w+\s+){{0,3}}?(?:at|with|from|based|"
        r"affiliated|employed|work|works|teach|teaches|lecture|lectures|belong|belongs)\b|"
        rf"\b{person}['’]s\s+(?:university|uni|college|institution|institute|affiliation|employer)\b|"
        rf"\baffiliation\s+of\s+{person}\b|\b{person}\s+(?:is|was)\s+(?:at|with|from)\s+(?:which|what)\b",
        re.IGNORECASE,
    )


def metadata_asked(question: str) -> set[str]:
    """What a question asks about its document: "author", "date", "venue", "title", "identifier"
    (ISSN, DOI); and "affiliation" when it asks where its author works."""
    # ("Who actually wrote the paper?"; "byline, date and publication? I've got it down as a Foreign Policy piece.":
    # the asker's version, which the answer may correct, asks nothing)
    # (a name checked, yes or no, of the document titled or as a checking desk labels it: "Check: the Moscow piece
    # written by Angela Stent?"; not "Was the piece written by Mozart?", a work it tells of)
    checked = _WRITER_CHECKED.search(question) if _CHECK_LABEL.match(question) else _TITLE_CHECKED.search(question)
    question = without_beliefs(_HEDGE.sub("", _CHECK_LABEL.sub("", question)))
    # ("Why does the author of the study contend ...?": the author as the one saying, not asked for)
    saying = _AUTHOR_SAYS.sub(lambda m: f"{next(g for g in m.groups() if g)} ", question)
    asked = (
        {kind for kind, rx in _ASKS if rx.search(saying)}
        | fragment_asked(question)
        | ({"author"} if checked else set())
    )
    if "title" in asked and (
        (_PERSONS_TITLE.search(question) and not _ITS_TITLE.search(question)) or _JOB_TITLE.search(question)
    ):
        asked.discard("title")  # "what is her academic title?", "What title did Egeland hold?": a person's
    if asked and _DATE_TOO.search(question):  # "Who wrote the essay, where did it appear, and on what date?"
        asked.add("date")
    if asked and _VENUE_TOO.search(question):  # "somerville piece - publication date and outlet?"
        asked.add("venue")
    if asked and _DATE_NAMED_TOO.search(question):  # "moscow article -- byline and date?"
        asked.add("date")
    # ("Who wrote the Moscow piece? Post-invasion, spring '22, right?": a date the asker checks)
    if asked and any(_WHEN_SAID.search(p) for p in claimed(split_parts(question))):
        asked.add("date")
    where = [m for m in _AFFILIATION_ASKED.finditer(question) if not _SUBJECT_BEFORE.search(question[: m.start()])]
    # (asked with the author, or of "its author", "the writer": "which publication carried it and what
    # institution is its author attached to?")
    # (or of the site that ran it: "which blog ran the piece, and which institute is behind it?" - its author box)
    of_author = bool(asked & {"author", "venue"}) or bool(_WRITER.search(question))
    # (or of the document: "When did the Moscow article come out, and which university institute is it from?")
    of_author = of_author or bool(asked and _FROM_WHERE.search(question))
    # (or of a person named in full, who may sign a document: "which university is Sadia Rafique at?" - about_document
    # answers it from the author box only of a document they sign)
    # (or of them after who wrote it, carried by a follow-up: "what university are they from? (..., Sadia Rafique)")
    people = people_in_full(question)
    of_author = of_author or any(
        _works_where(n).search(question) for n in [*people, *(("he", "she", "they") if people else ())]
    )
    # (where they are from, asked with who wrote it: "Who wrote that case study up, and where's he from?"; not of anyone
    # else: "What did Lionel Messi win, and where is he from?")
    from_where = "author" in asked and _AUTHOR_FROM.search(question) is not None
    alone = _AUTHOR_FROM.fullmatch(question.strip())  # (that part alone, after "Who wrote it?": where they are from)
    # (who a person named in full is: "Who is Ingrid Solberg?" - from the author box of a document they sign)
    who_is = any(re.fullmatch(rf"\W*who\s+(?:is|was|['’]s)\s+{re.escape(n)}\s*\??\s*", question, re.I) for n in people)
    if (of_author and (where or from_where)) or (alone and alone["who"]) or who_is:
        return asked | {"affiliation"}
    return asked


_AUTHOR_FROM = re.compile(  # (or in a part of its own: "Who wrote it? academics from where?")
    r"\bwhere(?:['’]s|\s+(?:is|was|are|were))\s+(?:he|she|they|the\s+authors?|its\s+authors?)\s+from\b|"
    r"(?:^|[?.!]\s+)(?:and\s+)?(?:the\s+)?(?P<who>(?:academics|authors?|writers?|researchers?|scholars?|they|he|she)\s+)?"
    r"from\s+where\s*\?",
    re.I,
)


_CHECKED_BY = (
    r"\s+(?:(?:was|is)\s+)?(?:written|authored|penned|co-?authored)\s+by\s+(?-i:[A-Z])(?:(?![.;!]\s)[^?])*\?\s*$"
)
_TITLE_CHECKED = re.compile(rf"(?<!\ba\s)(?<!\bany\s)\b{_KIND_WORD}s?\s+(?:{TITLED}){_CHECKED_BY}", re.I)
_WRITER_CHECKED = re.compile(
    rf"(?<!\ba\s)(?<!\bany\s)\b{_KIND_WORD}s?(?:\s+{TITLED}|\s+(?:on|about)(?:\s+(?!(?:was|is)\b)[\w'’-]+){{1,5}})?"
    rf"{_CHECKED_BY}",
    re.I,
)
# a checking desk's label, framing what it checks ("VERIFY: the Moscow piece ran in Foreign Policy. Outlet + date?")
_CHECK_LABEL = re.compile(rf"^\W*{CHECK_LABEL}\s*", re.I)
_HEDGE = re.compile(r"\b(?:actually|really|exactly|originally|basically|precisely|even)\s+(?=[a-z])", re.I)
# ("..., and which university institute is it from?"; "the headline of the Somerville article, and what institution
# is he with?": its author)
_FROM_WHERE = re.compile(
    r"\b(?:is|was|are|were)\s+(?:it|they|he|she)\s+(?:from|by|with)\b|\bbehind\s+(?:it|them)\b", re.I
)


# ("her title", "Egeland's title", "What title did he hold?"; so "What's the title ...?", unless it is "the title of
# the ..." or "on that article": as before, measured - reading it as the document's title cost an unseen answer)
# (not "under what title does it run?": "it", a document)
_PERSONS_TITLE = re.compile(
    r"\b(?:her|his|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?title\b|\btitle (?:did|does|do)\b(?!\s+it\b)", re.I
)
# (a person's: "give me the job title of the first one", "his current job title"; not "the document about job titles")
_JOB_TITLE = re.compile(
    r"\b(?:the|a|his|her|their|whose|[\w-]+['’]s)\s+(?:(?:current|present|former|then|new|exact|full|official)\s+)?"
    r"(?:job|professional)\s+titles?\b",
    re.I,
)
_ITS_TITLE = re.compile(
    rf"\btitle (?:of|on) (?:the|this|that|its)\b|\bits (?:[\w-]+\s+)?title\b|\b{_KIND_WORD}['’]s title\b|"
    rf"\btitle (?:does|did|do) (?:the|this|that) {_OWN_KIND}\b|"  # "what title does the document ... bear?"
    r"\btitle proper\b",  # (a cataloguer's: "the title proper of the article")
    re.I,
)
_DATE_TOO = re.compile(  # (", and on what date did it appear?")
    r",?\s+and\s+(?:(?:on|in)\s+)?(?:when|(?:what|which)\s+(?:date|day|year))"
    r"(?:\s+(?:did|was)\s+it\s+(?:appear|come out|run|go (?:up|live|online|out)|drop|published|posted|"
    r"released))?\s*\??\s*$",
    re.I,
)
# (", and the outlet?", "the title ... and the website or outlet it appears on", "... and the publication/institute
# under which it appeared")
_VENUE_TOO = re.compile(
    rf",?\s+and\s+(?:the\s+|its\s+)?{_VENUE_WORD}(?:\s*(?:/|or|and)\s*(?:the\s+)?[\w-]+)?"
    r"(?:\s+(?:under|in|on|where|that|which|it)\b[^?.]{0,60})?\s*[?.]?\s*$",
    re.I,
)
# "moscow article -- byline and date?"
_DATE_NAMED_TOO = re.compile(  # ("... and the date it went up.")
    r"\s(?:and|&)\s+(?:the\s+|its\s+)?(?:publication\s+)?date(?:\s+(?:that\s+)?it\s+(?:went\s+(?:up|live|online|out)|"
    r"was\s+(?:published|posted|released|put\s+(?:up|out))|came\s+out|appeared|ran))?\s*[?.]?\s*$",
    re.I,
)
_WHEN_SAID = re.compile(rf"\b(?:19|20)\d\d\b|\b(?:spring|summer|autumn|fall|winter|{MONTH_NAME})\b", re.I)
_WRITER = re.compile(  # (or by its kind: "what university are the quiet diplomacy paper authors from")
    r"\b(?:its|the|their|this|that) (?:(?:first|lead|second|main|principal|co-?)\s*)?(?:author|writer)s?\b|"
    rf"\bthe (?:[\w'’-]+\s+){{0,3}}{_KIND_WORD}['’]?s?\s+(?:author|writer)s?\b|"
    # ("the guy who wrote the moscow back channel thing ... what institute is he with")
    r"\bthe (?:guy|man|woman|person|people|one|folks?|lady|fellow|chap) who (?:wrote|penned|authored)\b|"
    r"\b(?:author|writer)s?['’]s?\s",  # ("Rafique paper - authors' institution")
    re.I,
)
