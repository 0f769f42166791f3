"""A question with emoji standing for words: "what did 🇳🇴 do", "✍️ the paper on quiet diplomacy", "since 📅 ❓", "the
🕵️ channel", "➡️ what causes it". Each emoji as the word it stands for (a flag as its country's name, 📅 as "when",
❓ as a question mark), and an emoji that stands for no word (😂, 🔥) dropped: a document says the words, never the
pictures. Pure function of text, for words.py `unlabelled`; the `emoji` package (kept with Unicode's emoji data)
names every emoji and flag."""

from __future__ import annotations

import re

import emoji

# emoji standing for a question's own words, by their Unicode names (as `emoji.demojize` gives them)
_ASKING = {
    "calendar": "when", "spiral_calendar": "when", "tear-off_calendar": "when", "date": "when",
    "writing_hand": "who wrote", "round_pushpin": "where", "pushpin": "where", "world_map": "where",
    "red_question_mark": "?", "white_question_mark": "?", "red_exclamation_mark": "!", "thinking_face": "?",
    "eyes": "tell me", "right_arrow": "then", "handshake": "agreement", "detective": "secret",
    "shushing_face": "secret", "locked": "secret", "input_numbers": "how many", "memo": "document",
    "newspaper": "article",
    "page_facing_up": "paper", "speech_balloon": "talks", "dove": "peace", "crossed_swords": "war",
    "money_bag": "money", "bus": "bus", "telephone_receiver": "hotline", "telephone": "hotline",
}  # fmt: skip


# flags said by their initials, as their countries and unions are written ("the US", "the UK", "the EU")
_INITIALS = {"United_States": "US", "United_Kingdom": "UK", "European_Union": "EU", "United_Nations": "UN",
             "United_Arab_Emirates": "UAE"}  # fmt: skip


def _flag(name: str) -> str | None:
    """A flag's country ("Norway", "United_States" - "US"), None for other emoji."""
    return _INITIALS.get(name) or name.replace("_", " ") if name[:1].isupper() else None


def in_words(question: str) -> str:
    """The question with each emoji said as its word, the others dropped (as typed when it has none)."""
    if not emoji.emoji_count(question):
        return question

    def said(token: str, _data: dict[str, str]) -> str:
        name = emoji.demojize(token, delimiters=("", "")).removeprefix("flag_")
        word = _ASKING.get(name) or _flag(name)
        return f" {word} " if word else " "

    text = emoji.replace_emoji(question, replace=said)
    # (the marks as written: "since when ?" - "since when?"; a flag's possessive: "Norway 's" - "Norway's")
    text = re.sub(r"\s+([?!.,;:])", r"\1", text)
    text = re.sub(r"\s+(['’]s)\b", r"\1", text)
    text = re.sub(r"\?(?:\s*\?)+", "?", text)
    text = re.sub(r",?\s+tell me(?=\s*[?!.]?\s*$)", "", text)  # ("... in the first place 👀 ❓")
    return re.sub(r"[ \t]{2,}", " ", text).strip()
