"""Questions wrapped as a developer prompts a chatbot: a role ("You are a research assistant.", "Act as an expert
analyst."), a grounding clause ("Based solely on the provided context, ...", "Using only the documents, ..."), the
headings of a prompt ("### Task", "Question:") and the form of the reply ("Reply in JSON with keys ...", "Max 2
sentences.", "Return a numbered list.", "If unknown, say so.", "Cite your source."). Dragoman already answers only
from the documents, with citations, and says when they are silent: none of it is asked of the documents, and its
words ("System", "JSON", "analyst") are no names a passage must hold. The question is what is left. Pure functions of
text, for words.py `unlabelled`."""

from __future__ import annotations

import re

# a prompt's heading on a line of its own: "### Task", "## Instructions", "System:", "[Role]"
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*|\[\s*)?(?:system(?:\s+prompt)?|role|persona|task|instructions?|rules|constraints|"
    r"(?:output|response|answer)(?:\s+format)?|format|question|query|q|user|input|context(?:\s+rules)?)\s*(?:\]|:)?\s*$",
    re.IGNORECASE,
)
# a heading's label opening a line, its words kept: "Question: who ...", "Task: list ...", "Q: and when ...?"
_LABEL = re.compile(
    r"^\s*(?:#{1,6}\s*)?\**(?:question|query|q|task|instructions?|user|system(?:\s+prompt)?)\s*:\**\s+(?=\S)",
    re.IGNORECASE,
)
# a prompt's tags around its parts: "<question>...</question>", "<context>"
_TAG = re.compile(r"</?(?:question|query|task|instructions?|context|input|user|system)>", re.IGNORECASE)
# the reader's part: "You are a research assistant.", "Act as an expert analyst.", "Expert analyst." under "### Role"
# (a reader of documents: not "You are a tenant in Ohio.", "Imagine you are a patient with ...")
_READER = (
    r"(?:[\w-]+\s+){0,3}(?:assistant|analyst|expert|librarian|researcher|historian|scholar|specialist|consultant|"
    r"professor|teacher|tutor|journalist|editor|reviewer|fact-checker|advis[eo]r|archivist|chatbot|bot|ai|model|"
    r"language\s+model|llm|chatgpt)\b"
)
_ROLE = re.compile(
    r"^(?:please\s+|i\s+want\s+you\s+to\s+)?(?:you\s+are|you're|act(?:ing)?\s+(?:as|like)|pretend\s+(?:to\s+be|you\s+are)|"
    r"imagine\s+you\s+are|play\s+the\s+role\s+of|take\s+the\s+role\s+of|assume\s+the\s+role\s+of)\s+(?:an?\s+|the\s+|my\s+)?"
    rf"{_READER}[\w\s,'’-]{{0,60}}[.!]?$",
    re.IGNORECASE,
)
# ... inside the sentence that asks: "act as an expert analyst and explain how ...", "Act as an analyst: per the ..."
_ROLE_AND = re.compile(
    rf"(?:^|(?<=,\s))(?:please\s+)?act\s+as\s+(?:an?|the)\s+{_READER}(?:\s+and\s+(?=[a-z])|\s*[:;]\s+(?=\w))|"
    rf"^as\s+(?:an?|the)\s+{_READER},\s+(?=\w)",  # ("As an expert analyst, how ...?")
    re.IGNORECASE,
)
_DOCUMENTS = (
    r"(?:the\s+)?(?:(?:provided|given|supplied|attached|following|above|retrieved|available|uploaded|indexed)\s+)?"
    r"(?:pieces?\s+of\s+)?"
    r"(?:context|documents?|sources?|texts?|passages?|corpus|materials?|information|excerpts?|files?|knowledge\s+base)"
    r"(?:\s+(?:provided|given|supplied|above|below|only))?"
)
# a grounding clause opening a sentence: "Based solely on the provided context, ...", "Using only the documents: ..."
_GROUNDING = re.compile(
    rf"(?:(?:based|relying|drawing)\s+(?:(?:solely|only|exclusively|strictly|purely|entirely)\s+)?(?:on|upon)\s+|"
    rf"(?:using|with|from)\s+(?:(?:only|solely|just|exclusively|strictly)\s+)?|"
    rf"(?:according\s+to|per|in|given)\s+(?=the\s)){_DOCUMENTS}(?:\s+(?:alone|only))?\s*(?:[,:;]|-\s|–|—)\s*",
    re.IGNORECASE,
)
# a sentence on how to answer, asking nothing of the documents (each form closed: not "Write a CSV file in Python.",
# "Do not use bleach on wool.", "Name the sources of vitamin D.", "If they do not pay, write to the court.")
_HOW_TO_REPLY = re.compile(
    # "Reply in JSON with keys ...", "Respond as a bulleted list.", "Answer in one sentence.", "Return a numbered list,
    # one line per approach." (not "Return a numbered list of the drawbacks": what is listed is asked)
    r"(?:(?:please\s+)?(?:reply|respond|answer|output|return|give|format|provide|write|present)\s+"
    r"(?:it\s+|your\s+(?:answer|reply|response)\s+|the\s+(?:answer|result|output)\s+)?(?:in|as|with|using)?\s*"
    r"(?:valid\s+|plain\s+|a\s+|an\s+)?(?:json|yaml|csv|xml|markdown|table|(?:numbered|bulleted|bullet(?:ed)?|ordered)"
    r"(?:\s+(?:list|points?))?|bullets?(?:\s+points?)?|list|plain\s+text|english|"
    r"(?:one|a\s+single|\d{1,3}|two|three|four|five)\s+(?:short\s+)?(?:sentences?|lines?|words?|paragraphs?|bullets?))"
    r"(?:\s+(?:format|only)|\s+with\s+(?:the\s+)?keys?\b[^.!?\n:]*|,\s*one\s+(?:line|item|bullet)\s+(?:per|for)\s+[^.!?\n:]*)?|"
    r"(?:json|yaml|csv)\s+only|(?:reply|respond|answer)\s+(?:only\s+)?with\s+(?:just\s+|only\s+)?the\s+\w+(?:\s+only)?|"
    # "Max 2 sentences (per value).", "Maximum 50 words.", "Keep your answer under 50 words.", "Be concise."
    r"(?:max(?:imum)?|at\s+most|no\s+more\s+than|up\s+to)\s*(?:of\s+)?\d{1,4}\s+(?:sentences?|words?|lines?|bullets?|"
    r"characters?)(?:\s+(?:per|each|in\s+total)\b[^.!?\n:]*)?|"
    r"max(?:imum)?\s*\d{1,3}\s+items?|"
    r"(?:keep|limit)\s+(?:your|the)\s+(?:answer|reply|response)\s+(?:under|to|below|within)\s+\d{1,4}\s+\w+|"
    r"(?:be|keep\s+it)\s+(?:concise|brief|short|succinct)|no\s+(?:preamble|explanation|commentary)(?:\s+needed)?|"
    r"(?:let['’]s\s+)?(?:think|reason)\s+step\s+by\s+step|show\s+your\s+(?:reasoning|work)|headings?\s+only|"
    # "Format: YYYY.", "Output format: bullet list."
    r"(?:output\s+|answer\s+|response\s+)?format\s*:[^?\n]*?|"
    # "Cite your source(s).", "Cite sources.", "Include citations.", "Copy the values verbatim."
    r"(?:cite|quote)\s+(?:your\s+|the\s+|each\s+)?(?:sources?|passages?|evidence)|"
    r"include\s+(?:the\s+)?(?:citations?|sources?)|(?:copy|give|quote)\s+(?:the\s+)?(?:values?|answers?|wording)\s+verbatim|"
    # "If unknown, say so.", "If the context doesn't say, answer 'unknown'.", "If the answer isn't in the context, ..."
    r"if\s+(?:unknown|not\s+(?:stated|mentioned|found|known|available|given|specified)|"
    r"(?:the\s+|it\s+)?(?:answer|context|documents?|texts?|sources?|information|it|they)\s+(?:is|are)\s*"
    r"(?:not|n['’]t)\s+[^.!?,\n]{0,40}|(?:the\s+)?(?:answer|context|documents?|texts?|sources?|information|it|they)\s+"
    r"(?:does|do)\s*(?:not|n['’]t)\s+[^.!?,\n]{0,40}|(?:the\s+)?(?:context|documents?|texts?|sources?|information)\s+"
    r"(?:doesn['’]t|don['’]t)\s+[^.!?,\n]{0,40}|you\s+(?:do\s+not|don['’]t|cannot|can['’]t)\s+[^.!?,\n]{0,40}|"
    r"(?:there\s+is|there['’]s)\s+no\s+[^.!?,\n]{0,40})\s*,?\s*(?:just\s+|please\s+|then\s+)?(?:say|answer|reply|respond)"
    r"\b[^.!?\n:]*|"
    # "Do not add any the text doesn't mention.", "Don't speculate.", "Don't make things up.", "No outside knowledge."
    r"(?:do\s+not|don['’]t|never)\s+(?:(?:speculate|guess|hallucinate|make\s+(?:anything|things|stuff)\s+up)\b|"
    r"(?:add|include|use|invent|rely\s+on|go\s+beyond)\s+(?:any\w*|outside|external|other|extra|additional|information|"
    r"knowledge|facts|your\s+own|details|claims)\b)[^.!?\n:]*|no\s+outside\s+(?:knowledge|information|sources)|"
    r"(?:only\s+)?use\s+(?:only\s+)?" + _DOCUMENTS + r"(?:\s+(?:to\s+answer|provided|below|above))?[^.!?\n:]{0,40}|"
    r"(?:only\s+answer|answer\s+only)\s+from\s+" + _DOCUMENTS + r"|"
    r"answer\s+the\s+question\s+(?:based\s+on|using|from)\s+" + _DOCUMENTS + r"(?:\s+(?:below|above))?|"
    # "Based solely on the provided context.", "Return only the title, verbatim."
    r"(?:based|relying)\s+(?:(?:solely|only|exclusively|strictly|purely|entirely)\s+)?(?:on|upon)\s+"
    + _DOCUMENTS
    + r"(?:\s+(?:alone|only))?|(?:return|give|output)\s+only\s+(?:the\s+)?\w+(?:\s+\w+)?(?:,?\s+verbatim)?|"
    # "Answer both parts:", "Answer the following question.", "Answer:"
    r"(?:please\s+)?answer(?:\s+(?:both|all|each|every|the\s+following|these|this)(?:\s+\w+){0,2})?"
    r")\s*[.!:]?$",
    re.IGNORECASE,
)
# a line giving the reply's form: "Format: YYYY.", "Output format: bullets, one per line."
_FORMAT_LINE = re.compile(r"^\s*(?:output\s+|answer\s+|response\s+)?format\s*:[^?]*$", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")


def unprompted(question: str) -> str:
    """The question without its prompt's headings, role, grounding and reply form ("### Task\\nAct as an expert
    analyst. Based solely on the provided context, who wrote the paper? Reply in JSON with keys \\"author\\"." ->
    "Who wrote the paper?"). A question with none of them is returned as typed."""
    untagged = _TAG.sub(lambda m: "\n" if m.group(0)[1] != "/" else "", question)
    out: list[str] = []
    roled, changed = False, untagged != question
    for line in untagged.splitlines():
        if _HEADING.match(line):
            roled, changed = bool(re.search(r"role|persona|system\s+prompt", line, re.IGNORECASE)), True
            continue
        labelled, line = _LABEL.match(line) is not None, _LABEL.sub("", line)
        if _FORMAT_LINE.match(line):
            changed = True
            continue
        kept: list[str] = []
        for sentence in _SENTENCE.split(line):
            bare = _instructed(_opened(_ROLE_AND.sub("", sentence.strip())))
            # (under a role's heading, a line naming no one asked: "Expert analyst.")
            if _ROLE.match(bare) or (roled and "?" not in bare and len(bare.split()) <= 6) or _HOW_TO_REPLY.match(bare):
                changed = True
                continue
            # (the word a label, a role or a grounding clause leaves first opens it: "Question: when ...?")
            if bare != sentence.strip() or (labelled and not kept):
                bare, changed = _first_up(bare), True
            kept.append(bare)
        roled = False
        if kept:
            out.append(" ".join(kept))
    return "\n".join(out).strip() if changed and out else question


def _opened(sentence: str) -> str:
    """The sentence without the grounding clause opening it, its next word capitalised as the first
    ("Based solely on the context, who ...?" -> "Who ...?"); not "In the documents of 1972, ..." (no comma after)."""
    m = _GROUNDING.match(sentence.lstrip())
    if not m:
        return sentence
    rest = sentence.lstrip()[m.end() :]
    return _first_up(rest) if rest else sentence


def _instructed(sentence: str) -> str:
    """The sentence without the reply's form said before a colon ("Answer in one sentence: what is inflation?" -> "What
    is inflation?"); not "Cite the sources in a paper: APA or MLA?" (the form is what it asks about)."""
    m = re.match(r"([^:?\n]{3,80}):\s+(?=\S)", sentence)
    if not m or not _HOW_TO_REPLY.match(m.group(1)) or "?" not in sentence[m.end() :]:
        return sentence
    return _first_up(sentence[m.end() :])


def _first_up(text: str) -> str:
    """The text with its first letter a capital, as a sentence opens."""
    return text[:1].upper() + text[1:]
