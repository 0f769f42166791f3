"""The months, as documents and questions write them: one table for every module that reads dates."""

from __future__ import annotations

# Each month and the abbreviations dates write it with ("Jan 20, 2022", "Sept. 13, 1993").
MONTHS: dict[str, tuple[str, ...]] = {
    "january": ("jan",),
    "february": ("feb",),
    "march": ("mar",),
    "april": ("apr",),
    "may": (),
    "june": ("jun",),
    "july": ("jul",),
    "august": ("aug",),
    "september": ("sep", "sept"),
    "october": ("oct",),
    "november": ("nov",),
    "december": ("dec",),
}
# A month's full name, capitalised ("March 2021"): a regular-expression alternative
MONTH_NAME = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
# The month's number for each name and abbreviation ("sept": 9)
MONTH_NUMBER = {name: n for n, (month, short) in enumerate(MONTHS.items(), 1) for name in (month, *short)}
