"""The world's countries by the names English writes them with (short forms, as news and papers do), so that a country
is not taken for the city or town a question asks for ("In which city was the declaration signed?" - "The tact of
Norway ..." names no city). Data, for answer_kind.py."""

from __future__ import annotations

import re

from dragoman.assistant.names import IRREGULAR, same_name

COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia czech denmark
djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
holland nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey
turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe america britain
england scotland wales usa us uk ussr uae""".split()
)
_DEMONYMS = frozenset(w.lower() for forms in IRREGULAR.values() for w in forms if w.isalpha())


def is_country(name: str) -> bool:
    """Is a name a country or its people's word ("Norway", "Norwegian", "Swiss", "U.S."), no city?"""
    word = re.sub(r"['’]s?$", "", name.lower().replace(".", ""))
    return word in COUNTRIES or word in _DEMONYMS or any(same_name(word, c) for c in COUNTRIES if c[:2] == word[:2])
