"""The publishing outlet's own names: a masthead in capitals ("THE GUSAU TRIBUNE - Wednesday"), its short form ("the
Tribune"), and how it speaks of itself ("this newspaper", "our station").

Local papers and radio bulletins open with their name in capitals, which the tagger seldom reads as a name, and
then call themselves by the last word of it. Hand-written: a layout convention, not language a model was taught.
"""

from __future__ import annotations

import re

# the words an outlet's name ends or begins with ("The Kwara Courier", "Radio Dunia", "Sahel Voice", "Aïr Info")
OUTLET_WORDS = frozenset(
    "radio fm tv television tribune courier echo mirror observer post herald chronicle voice star times gazette news "
    "info journal daily express guardian monitor standard telegraph studio weekly reporter dispatch sentinel "
    "press citizen nation vanguard pioneer examiner inquirer enquirer messenger beacon clarion spectator".split()
)
# "the International Press Institute", the junta's "True News Information Team": bodies, not outlets
PRESS_BODIES = frozenset(
    "institute association union council committee federation foundation club freedom team unit cell office".split()
)
_BODY_WORDS = PRESS_BODIES | {"agency"}  # "the News Agency of Nigeria": a wire, not a paper or a station
_PROGRAMME_WORDS = frozenset(
    "morning evening midday noon night afternoon bulletin headlines transcript edition update flash special "
    "weekend hour one two three four five six seven eight nine ten eleven twelve o'clock release statement "
    "communique briefing advisory alert".split()
)
_STATION_WORDS = frozenset("radio fm tv television studio".split())
_SMALL_WORDS = frozenset("of the de du la le des et and for in on".split())
# "THE GUSAU TRIBUNE - Wednesday", "RADIO ESPOIR FM - SEVEN O'CLOCK NEWS", "THE FRONTIER STAR" alone on its line
_FIRST_SEGMENT = re.compile(r"[^\n]+?(?=\s+[-—–|:]\s|,|\n|$)")
# "this newspaper", "our station": the outlet speaking of itself
SELF_REFERENCE = re.compile(r"\b(?:[Tt]his|[Oo]ur) (station|radio|newspaper|paper)\b")


def masthead(text: str) -> tuple[int, int, str] | None:
    """The outlet named in capitals at the very top of a report: its span and its name as the report writes it
    elsewhere ("Radio Espoir FM"), or title-cased ("The Gusau Tribune")."""
    head = _FIRST_SEGMENT.match(text)
    if head is None:
        return None
    caps = re.sub(r"(?:\s+[\d.,]+(?: ?[A-Z]{2,3})?)+$", "", head.group(0).strip())  # "SUNRISE FM 98.5", its dial
    words = caps.split()
    if len(words) < 2 or not caps.isupper() or not any(_bare(w) in OUTLET_WORDS for w in words):
        return None
    if all(_bare(w) in OUTLET_WORDS | _PROGRAMME_WORDS | _SMALL_WORDS for w in words):
        return None  # "MORNING NEWS BULLETIN": a programme, no outlet's name
    return head.start(), head.start() + len(caps), written_otherwise(text, caps, head.start()) or title_case(caps)


def written_otherwise(text: str, caps: str, start: int) -> str | None:
    """The same words elsewhere in the report, not in capitals ("Radio Espoir FM" for "RADIO ESPOIR FM")."""
    for match in re.finditer(rf"(?<!\w){re.escape(caps)}(?!\w)", text, re.IGNORECASE):
        if match.start() != start and not match.group(0).isupper():
            return match.group(0)
    return None


def title_case(caps: str) -> str:
    """ "VOICE OF THE SAVANES FM" -> "Voice of the Savanes FM"."""
    words = []
    for i, word in enumerate(caps.split()):
        if i and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        elif len(word) <= 2 and word.isalpha():
            words.append(word)  # "FM", "TV"
        else:
            words.append(word[0] + word[1:].lower())
    return " ".join(words)


def is_station(name: str) -> bool:
    """Whether an outlet's name says it broadcasts ("Radio Dunia", "Sunrise FM")."""
    return any(_bare(w) in _STATION_WORDS for w in name.split())


def is_outlet(name: str) -> bool:
    """Whether a name of two words or more holds an outlet's word ("The Kwara Courier", "Sunrise FM 98.5"), and
    no body's ("the Press Union")."""
    words = [_bare(w) for w in name.split() if _bare(w) not in _SMALL_WORDS]
    return len(words) >= 2 and bool(OUTLET_WORDS.intersection(words)) and not _BODY_WORDS.intersection(words)


def _bare(word: str) -> str:
    return word.strip(".,'’\"").lower()
