"""A question with emoji standing for words: "what did 🇳🇴 do", "✍️ the paper on quiet diplomacy", "since 📅 ❓", "the
🕵️ channel", "➡️ what causes it". Each emoji as the word it stands for (a flag as its country's name, 📅 as "when",
a keycap as its digit, ❓ as a question mark), and an emoji that stands for no word (😂, 🔥, 🆓) dropped, as is one
decorating a question's start or end ("🤝 who witnessed the signing?", "Where did it begin 🇬🇧?"; a flag opening it
names what it is about: "🇹🇭 which towns did they visit?"): a document says
the words, never the pictures. Pure function of text, for words.py `unlabelled`; the `emoji` package (kept with
Unicode's emoji data) names every emoji and flag."""

from __future__ import annotations

import re

import emoji

# emoji standing for a question's own words, by their Unicode names (as `emoji.demojize` gives them)
_ASKING = {
    "calendar": "when", "spiral_calendar": "when", "tear-off_calendar": "when", "date": "when",
    "writing_hand": "who wrote", "round_pushpin": "where", "pushpin": "where", "world_map": "where",
    "red_question_mark": "?", "white_question_mark": "?", "red_exclamation_mark": "!", "thinking_face": "?",
    "eyes": "tell me", "right_arrow": "then", "handshake": "agreement", "detective": "secret",
    "shushing_face": "secret", "input_numbers": "how many", "memo": "document", "newspaper": "article",
    "page_facing_up": "paper", "speech_balloon": "talks", "dove": "peace", "crossed_swords": "war",
    "money_bag": "money", "bus": "bus", "telephone_receiver": "hotline", "telephone": "hotline",
    "VS_button": "vs",
}  # fmt: skip
# ... said otherwise after a word they follow on from ("Did Priya ✍️ the lease?", "the 📅 of the petition")
_AFTER_WORD = {"writing_hand": "wrote", "calendar": "date", "spiral_calendar": "date", "tear-off_calendar": "date"}
# flags said by their initials, as their countries and unions are written ("the US", "the UK", "the EU")
_INITIALS = {"United_States": "US", "United_Kingdom": "UK", "European_Union": "EU", "United_Nations": "UN",
             "United_Arab_Emirates": "UAE"}  # fmt: skip
_REGIONAL = re.compile("[\U0001f1e6-\U0001f1ff]{2}|\U0001f3f4[\U000e0061-\U000e007a]+\U000e007f")
_KEYCAP = re.compile(r"([0-9#*])\ufe0f?\u20e3")
_ASKS = re.compile(r"\s*(?:what|which|who|whom|whose|when|where|why|how)\b", re.IGNORECASE)


def _word(token: str, before: str, after: str) -> str:
    """The word an emoji stands for where it stands ("" for none)."""
    name = emoji.demojize(token, delimiters=("", "")).removeprefix("flag_")
    if _REGIONAL.search(token):  # (a flag: its country - what a question opening on it is about - but one decorating
        # its end: "Where did the Industrial Revolution begin 🇬🇧?")
        closing = re.fullmatch(r"\W*", after) and not re.search(
            r"\b(?:of|for|in|from|with|about|to|and|by)\s*$", before
        )
        return "" if closing else _INITIALS.get(name) or name.replace("_", " ")
    # (after a word it follows on from, not a preposition asking it: "ran from 📅 to 📅" asks when)
    follows = re.search(r"[A-Za-z]\s*$", before) and not re.search(
        r"\b(?:and|from|to|since|until|till|by|in|on|at|of|for)\s*$", before
    )
    if name in _AFTER_WORD and (follows or re.match(r"\s*(?:of|for)\b", after)):
        return _AFTER_WORD[name]
    word = _ASKING.get(name, "")
    # (a word-emoji decorating the start of a question that asks on its own: "🤝 who witnessed the signing?")
    return "" if word not in ("?", "!") and not before.strip() and _ASKS.match(after) else word


def in_words(question: str) -> str:
    """The question with each emoji said as its word, the others dropped (as typed when it has none)."""
    if not emoji.emoji_count(question):
        return question
    text = _KEYCAP.sub(r"\1", question)

    def said(token: str, data: dict[str, str]) -> str:
        # (where the package found it: the same emoji twice is read at each of its places)
        start, end = int(data["match_start"]), int(data["match_end"])
        word = _word(token, text[:start], text[end:])
        return f" {word} " if word else " "

    text = emoji.replace_emoji(text, replace=said)
    # (the marks as written: "since when ?" - "since when?"; a flag's possessive: "Norway 's" - "Norway's")
    text = re.sub(r"\s+([?!.,;:])", r"\1", text)
    text = re.sub(r"\s+(['’]s)\b", r"\1", text)
    text = re.sub(r"\?(?:\s*\?)+", "?", text)
    text = re.sub(r"(?<![\w#])(#?)(\w+)(?:\s+#?\2\b)+", r"\1\2", text)  # ("📅 📅 when", "#Qatar 🇶🇦")
    text = re.sub(r",?\s+tell me(?=\s*[?!.]?\s*$)", "", text)  # ("... in the first place 👀 ❓")
    return re.sub(r"[ \t]{2,}", " ", text).strip()
