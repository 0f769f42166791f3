"""Forms of a name: whether two words name one thing (Norway ~ Norwegian) and whether a text
mentions a name; the shape of a run of capitalised words. Pure functions of text."""

from __future__ import annotations

import re

_NAME_ENDINGS = frozenset({"", "s", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ic", "ese", "ish", "egian"})


def same_name(a: str, b: str) -> bool:
    """Two lower-case words for one name: the longer is the shorter, less up to two final
    vowels (or y), plus a plural or demonym ending (Norway ~ Norwegian, India ~ Indian, China ~
    Chinese, Qatar ~ Qatari), so not Iran ~ Iraq or India ~ individuals."""
    short, long = sorted((a, b), key=len)
    return a == b or any(
        len(short) - k >= 3
        and long.startswith(short[: len(short) - k])
        and set(short[len(short) - k :]) <= set("aeiouy")
        and long[len(short) - k :] in _NAME_ENDINGS
        for k in (0, 1, 2)
    )


def mentions(text: str, names: tuple[str, ...] | list[str]) -> bool:
    """Every name occurs in text as a word or a form of it (see same_name)."""
    if not names:
        return True
    words = set(re.findall(r"[^\W_]+", text.lower()))
    return all(n in words or any(same_name(n, w) for w in words) for n in names)


# a run of capitalised words inside a sentence: a name or a title ("Crisis Management Initiative")
CAPITALISED_RUN = re.compile(r"(?<=[a-z,;'‘\"] )[A-Z][\w-]+(?: (?:of |the |and |for )?[A-Z][\w-]+)*")


# words that make a run of capitalised words a body's name, not a person's ("Applied Social Science Institute")
_ORGANISATION = frozenset(
    "Institute Institution University College School Agency Department Ministry Office Centre Center Council "
    "Committee Commission Foundation Society Association Union Organization Organisation Nations Bank Court "
    "Corporation Company Group Party Forum Academy Science Sciences Studies Affairs Service Services Agreement "
    "Accords Accord Treaty Crisis War Process Initiative Program Programme Project".split()
)
# a person's name as written in running text: two or more capitalised words ("Wendy Sherman")
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?: [A-Z]\.)?(?: [A-Z][a-z’'-]+)+")


def full_names(sentence: str, titles: frozenset[str] = frozenset()) -> set[str]:
    """The words of runs of two or more capitalised words, `titles` ("Ambassador") left out of
    a run: the names a sentence gives people in full ("Ambassador William Burns": William, Burns),
    not a demonym or a place named by one word ("Russian", "Geneva"), nor a body ("the Central
    Intelligence Agency")."""
    out: set[str] = set()
    for m in _FULL_NAME.finditer(sentence):
        words = [w for w in m.group(0).split() if w not in titles and not w.endswith(".")]
        if len(words) >= 2 and not _ORGANISATION.intersection(words):
            out |= set(words)
    return out
