"""A question in words that are not English ones, glossed into English words before it is read: Sheng, Taglish,
Spanglish, Singlish, Nigerian Pidgin, Scots, an asker's own-language small words and corrections, Hinglish. Each a pure
function of text in its own module, each reading a question as its language only when two of its commonest words that
are no English words are in it; this is their order (words.py `unlabelled` reads what is left)."""

from __future__ import annotations

from dragoman.assistant.hinglish import in_english_order
from dragoman.assistant.mixed import corrected, in_english
from dragoman.assistant.scots import in_english_spelling
from dragoman.assistant.sheng import from_sheng
from dragoman.assistant.singlish import from_pidgin, from_singlish
from dragoman.assistant.spanglish import from_spanglish
from dragoman.assistant.taglish import in_english_words


def glossed(question: str) -> str:
    """The question in English words (as typed when it is in English)."""
    question = from_sheng(question)  # ("Niaje, nani aliandika hiyo paper ya small states?": sheng.py)
    # (Taglish first: it borrows Spanish words, "mas", "pero", "lista", that would make it read as Spanglish)
    question = in_english_words(question)  # ("Sino po yung sumulat ng article ...?": taglish.py)
    question = from_spanglish(question)  # ("Oye, quién wrote el article sobre Norway?": spanglish.py)
    question = from_pidgin(
        from_singlish(question)
    )  # ("who write one ah?", "Abeg, wetin make it scatter?": singlish.py)
    question = in_english_spelling(question)  # ("wha wrote yon paper aboot wee states?": scots.py)
    question = in_english(corrected(question))  # ("Hvem wrote it, og when?", "Sveits, sorry, Switzerland": mixed.py)
    return in_english_order(question)  # ("Oslo Accords mein Norway ka role kya tha yaar?": hinglish.py)
