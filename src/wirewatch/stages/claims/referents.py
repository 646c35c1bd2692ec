"""What a number counts: the counted noun, its category read from the whole clause, and numbers that count nothing.

"a land mine killed more than 20 people" counts people and is ``killed``; "130 wounded people" is ``injured``;
"46 truckloads ... evacuated" is ``evacuated``; "5,000 service members" is ``troops``. Event words (what happened
to the counted) win over class words (what the counted are).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..._data import data_table
from ..dates import MONTHS
from ..gazetteer import country_names, country_words, fold
from ..names import actor_names
from ..nlp import lower_words
from ..quotes.attribution import cue_lemmas
from .numbers import Amount

CLOCK = frozenset(["a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs", "o'clock", "h"])
AGE_BEFORE = frozenset(["aged", "age", "ages"])
_LABELS = frozenset(
    "magnitude page number no. article chapter section level grade phase category class resolution decree".split()
)
_NAME_LABELS = frozenset(["ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"])
PERCENT = frozenset(["%", "percent", "per", "pct"])
_ELLIPTIC = frozenset(["more", "additional", "extra"])  # "5,000 more"
_NOMINAL = frozenset(["dead", "wounded", "injured", "missing", "displaced"])  # adjectives that count people
_NOUN_DEPS = frozenset(["nummod", "quantmod", "compound", "amod", "nmod", "advmod", "npadvmod", "appos"])
_CLIMB_DEPS = frozenset(
    [
        "nsubj",
        "nsubjpass",
        "dobj",
        "pobj",
        "attr",
        "conj",
        "appos",
        "prep",
        "agent",
        "dative",
        "npadvmod",
        "oprd",
        "acomp",
        "nummod",
        "compound",
        "amod",
        "quantmod",
        "advmod",
    ]
)


@cache
def categories() -> dict[tuple[str, ...], tuple[str, str]]:
    """Lemma sequence → (category, role), role being ``event`` or ``class``."""
    return {tuple(lemma.split()): (category, role) for lemma, category, role in data_table("categories.tsv")}


@cache
def not_counted() -> dict[str, str]:
    return dict(data_table("not_counted.tsv"))


def counted_noun(doc: Doc, amount: Amount) -> Token | None:
    """The noun the number counts ("people" in "more than 20 people"; "people" in "dozens of people")."""
    for tok in reversed(doc[amount.start : amount.end]):
        head = tok
        while head.dep_ in _NOUN_DEPS and amount.start <= head.i < amount.end and head.head != head:
            head = head.head
        while head.i >= amount.end and head.dep_ in ("nummod", "compound") and _noun_after(head, amount.end):
            head = head.head  # "nine AK-47 rifles", "20 Red Cross workers": the noun the name modifies
        nominal = head.pos_ in ("NOUN", "PROPN", "ADJ", "SYM") or _lookup(head) is not None  # "kwacha" as an adverb
        if head.i == amount.end and head.lower_ in _ELLIPTIC:
            return None  # "would recruit 5,000 more": more of what was counted before
        if head.i >= amount.end and nominal and head.i - amount.end <= 5:
            return head
    head = doc[amount.head]
    if amount.end < len(doc) and doc[amount.end].lower_ in PERCENT:
        return doc[amount.end]
    # the parse may miss the noun ("up to 1,000 mainly foreign jihadis" as a relative clause): read on past modifiers
    between: list[Token] = []
    for tok in doc[amount.end : amount.end + 4]:
        if tok.ent_type_ in ("DATE", "TIME") and not amount.start <= tok.head.i < amount.end:
            break  # "allocated $3 million last week": when, not what
        if tok.pos_ == "NOUN" or tok.lower_ in _NOMINAL:
            # not "may be 1,300 once teams reach ..."; but "96 unaccompanied and separated children", misparsed
            hanging = all(amount.start <= t.head.i <= tok.i or t.tag_ in ("JJ", "VBN", "CC") for t in between)
            return tok if hanging else None
        coordinated = tok.lower_ in ("and", "or") and between and between[-1].tag_ in ("JJ", "VBN")
        if tok.pos_ not in ("ADV", "ADJ") and tok.text != "-" and tok.tag_ != "VBN" and not coordinated:
            break
        between.append(tok)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
            if objects:
                return objects[0]
    of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if of is not None and of.head.lemma_ in _GATHERINGS:
        return of.head  # "a population of more than 200,000", "a crowd of about 3,000"
    return None


_GATHERINGS = frozenset("population crowd".split())


def _noun_after(token: Token, end: int) -> bool:
    """Whether the token is a name or a model ("AK-47", "Red Cross") that modifies a common noun a few words on;
    not a unit ("35 km north-east", "50 kg bags", "a 19-day journey")."""
    named = token.pos_ == "PROPN" or any(c.isdigit() for c in token.text)
    return named and token.head.i > token.i and token.head.pos_ == "NOUN" and token.head.i - end <= 5


def skip_reason(doc: Doc, amount: Amount, noun: Token | None) -> str | None:
    """Why a number is not a claim (a date, a time, an age, a name, a duration...), or ``None`` when it is one."""
    words = lower_words(doc)
    before = words[amount.start - 1] if amount.start > 0 else ""
    after = words[amount.end] if amount.end < len(doc) else ""
    text = doc[amount.start : amount.end].text
    if before in MONTHS or after in MONTHS or after in CLOCK or ":" in text:
        return "date or time"
    labelled = amount.start > 0 and doc[amount.start - 1].is_alpha and doc[amount.start - 1].text.istitle()
    if before in _LABELS or before == "#" or (re.fullmatch(r"0\d+", text) and labelled):  # "Kebele 03", not "03 dead"
        return "label"  # "magnitude 6.3", "page 3", "number 10", "#767"
    if after in ("min", "mins", "minute", "minutes") and words[amount.end + 1 : amount.end + 2] == ["read"]:
        return "page furniture"  # "4 min read"
    if after in _BANDS or (noun is None and _dialled(words, amount.start)):
        return "phone or frequency"  # "100.9 FM", "call 1199", "the toll-free line on 1199"
    if after in ("and", "to", "-", "–") and words[amount.end + 2 : amount.end + 3] and words[amount.end + 2] in MONTHS:
        return "date or time"  # "on 4 and 5 October"
    in_ratio = after == "in" and amount.end + 1 < len(doc) and doc[amount.end + 1].like_num
    if in_ratio or (before == "in" and amount.start > 1 and doc[amount.start - 2].like_num):
        return "ratio"  # "one in three"
    if re.fullmatch(r"(1[89]|20)\d\d", text) and (noun is None or noun.tag_ != "NNS" or _lookup(noun) is None):
        return "year"
    if amount.hedge in ("at_most", "more_than") and amount.start > 0 and _age_limit(doc, amount):
        return "age"
    if before in AGE_BEFORE or (before == "of" and amount.start > 1 and words[amount.start - 2] == "age"):
        return "age"
    if "year-old" in words[amount.end : amount.end + 3] or (
        after == "years" and "old" in words[amount.end : amount.end + 3]
    ):
        return "age"
    if (noun is None or noun.i < amount.start) and _age_of_person(doc[amount.head]):
        return "age"
    named = amount.start > 1 and doc[amount.start - 2].pos_ == "PROPN" and doc[amount.start - 2].text[:1].isupper()
    if noun is None and before == "," and after == "," and named and text.isdigit() and int(text) < 110:
        return "age"  # "said Galgalo Boru, 52, crouching beside a borehole"
    if before == "the" and text.lower() in _FEW and noun is not None and noun.lemma_.lower() in _SIDES:
        return "reference"  # "between the two groups", "the three countries": who, not how many
    if (
        text.lower() == "one"
        and (
            before in ("no", "any", "every", "each")
            or "at a time" in " ".join(words[amount.end : amount.end + 5])  # "one jerrycan at a time"
            or after in ("of", "in")
            or noun is None
            or words[amount.end + 1 : amount.end + 3] == ["a", "time"]
        )
    ):
        return "pronoun"
    sized = noun is not None and noun.lemma_.lower() in _SIZES and noun.head.pos_ == "NOUN" and noun.head.i > noun.i
    if sized and after == "-":
        return "size"  # "a 25-kilo bag of rice", "a 40-foot container": the size of a thing, not a count
    if (
        text.lower() == "one" and (before in ("in", "at", "from", "on") or after == "-")
    ) or text.lower() == "under one":
        return "reference"  # "In one village", "a one-off grant", "under one roof": which, not how many
    if noun is None and before in ("and", "or", "to") and amount.start > 2 and words[amount.start - 3] in AGE_BEFORE:
        return "age"  # "two children, aged 9 and 11"
    if not amount.currency and any(doc[i].ent_type_ in _NAME_LABELS for i in range(amount.start, amount.end)):
        return "name"
    if _is_name(doc, amount, noun) or _unit_number(doc, amount) or _in_an_actors_name(doc, amount):
        return "name"
    if before == "not" and amount.hedge == "exact":
        return "denied"  # "a boat carries forty ration bags, not four thousand"
    kind = not_counted().get(noun.lemma_.lower()) if noun is not None else None
    if kind == "distance" and any(t.lower_ == "square" for t in doc[amount.end : noun.i]):
        kind = None
    if kind == "distance" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        kind = None  # "64 km of roads were washed away": a length of something, not how far a place is
    if kind is None and noun is not None and _is_speaking(noun):
        kind = "source"
    return kind


_BANDS = frozenset("fm am mhz khz".split())
_SIZES = frozenset(
    "kilo kg kilogram gram metre meter km kilometre foot feet inch lb".split()
)  # not "a 500-tonne consignment"
_FEW = frozenset("two three four both".split())
_SIDES = frozenset(
    "group side country party faction rival division district region province state county community".split()
)  # "the two divisions": which, not how many
_LINES = frozenset("line hotline helpline whatsapp sms".split())  # not "put the number at 1,200"


_UNITS = frozenset("battalion brigade division corps regiment squadron company group".split())


def _unit_number(doc: Doc, amount: Amount) -> bool:
    """ "the 72 Special Forces Battalion", "the 217 Omari Corps": a number that names a unit."""
    after = doc[amount.end : amount.end + 4]
    names = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.is_alpha, after))
    return bool(names) and names[-1].lower_ in _UNITS and amount.hedge == "exact"


def _dialled(words: list[str], start: int) -> bool:
    """ "call 1199", "dial 767", "the hotline on 1199": a number to ring."""
    before = words[max(0, start - 2) : start]
    return bool(before) and (
        before[-1] in ("call", "dial", "text") or (before[-1] in ("on", "at") and before[0] in _LINES)
    )


# one person a report may give the age of: "her eldest son, who was 15"
_RELATIVES = frozenset(
    "son daughter boy girl child baby brother sister husband wife father mother man woman grandson granddaughter "
    "nephew niece cousin uncle aunt".split()
)


def _age_of_person(tok: Token) -> bool:
    """ "Amina is 14", "she was 9", "her eldest son, who was 15": a bare number said of one person is an age."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be" or any(c.dep_ in ("prep", "amod") for c in tok.children):
        return False
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and tok.head.dep_ == "relcl":
        subject = tok.head.head  # the one the relative clause is about
    if subject is None:
        return False
    one = subject.lower_ in ("he", "she") or (subject.tag_ == "NN" and subject.lemma_.lower() in _RELATIVES)
    return subject.ent_type_ == "PERSON" or one


def _age_limit(doc: Doc, amount: Amount) -> bool:
    """ "children under five", "those over 60": a bound after a noun, with nothing counted after it."""
    hedge_word = doc[amount.start]
    prev = doc[amount.start - 1]
    after = doc[amount.end] if amount.end < len(doc) else None
    return (
        hedge_word.lower_ in ("under", "over", "above", "below")
        and prev.pos_ in ("NOUN", "PRON")
        and (after is None or after.pos_ not in ("NOUN", "ADJ"))
    )


def _is_speaking(noun: Token) -> bool:
    """ "Two medical sources said", "according to three residents": the counted are the report's sources."""
    head = noun.head
    going_on = head.lemma_ == "continue" and any(
        c.dep_ == "xcomp" and c.lemma_ not in cue_lemmas() for c in head.children
    )  # "300 people continue to arrive": no speech
    if (noun.dep_ == "nsubj" and head.lemma_ in cue_lemmas() and not going_on) or head.lower_ in ("citing", "quoting"):
        return True
    return noun.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.nbor(-1).lower_ == "according"


def _in_an_actors_name(doc: Doc, amount: Amount) -> bool:
    """ "the 400 Mawozo gang": a number inside a well-known actor's name."""
    at = doc[amount.start].idx
    return any(m.start() <= at < m.end() for m in actor_names(doc))


def _is_name(doc: Doc, amount: Amount, noun: Token | None) -> bool:
    """ "Resolution 2216", "Route 5", "Brigade 107": a capitalised word glued to the number names something."""
    if amount.start == 0 or amount.currency or amount.hedge != "exact":
        return False
    prev = doc[amount.start - 1]
    starts_sentence = prev.is_sent_start or (prev.i > 0 and doc[prev.i - 1].is_punct)
    if not prev.text[:1].isupper() or prev.pos_ not in ("PROPN", "NOUN") or (starts_sentence and prev.pos_ != "PROPN"):
        return False
    return noun is None or noun.i > amount.end


PEOPLE = frozenset(("people", "civilians", "troops", "fighters"))
# "took part", "took control", "taken to the road" (fled), "taken to hospital": no one was taken away
_NOT_EVENTS = {
    "take": ("part", "place", "control", "over", "power", "off", "to"),
    "hold": ("talk", "meeting", "position"),
}


def category(doc: Doc, amount: Amount, noun: Token | None, fallback: Token | None = None) -> str:
    """The category of a count, from the event it names and, failing that, the kind of thing counted.

    Money, areas, animals and weapons stay what they are whatever happened ("200,000 rials to each of the
    wounded", "1.6 million cattle have died"). ``fallback`` is what a bare number counts by context ("the number
    of jihadis" a sentence before).
    """
    counted = ("money", "class") if amount.currency else _kind_of(noun) or _kind_of(fallback)
    if noun is not None and noun.lemma_ == "case" and _wounded(noun):
        return "injured"  # "more than 600 gunshot and blast cases"
    if counted is not None and (counted[1] == "thing" or counted[0] in ("money", "area")):
        return counted[0]
    unnamed = noun is None or noun.lower_ in ("other", "others")  # "killed 47 rebels and captured 12 others"
    people = (counted[0] in PEOPLE or counted[1] == "personnel") if counted is not None else unnamed
    anchor = noun if noun is not None else doc[amount.head]
    armed = counted is not None and counted[0] in ("troops", "fighters")  # troops who cross are not displaced
    own = _partitive_verb(doc[amount.head], noun)
    if own is not None:
        return own  # "six of the wounded died overnight": what happened to the part
    wounded = people and noun is not None and _wounded(noun)  # "11 people with gunshot wounds"
    goods = counted is not None and counted[0] in ("aid", "vehicles", "other") and counted[1] != "personnel"
    candidates = _event_candidates(anchor)
    fates = [t for t in candidates[1:] if (_lookup(t) or ("", ""))[0] in _HARM]
    if noun is not None and candidates[:1] == [noun] and (_lookup(noun) or ("", ""))[0] == "displaced" and fates:
        candidates = candidates[1:]  # "Three refugees were killed": what befell the refugees
    for tok in candidates:
        if _from_home(tok) and not armed and not goods:  # not "the town had received 120 tonnes of rice"
            return "displaced"
        if tok.lemma_ == "move" and people and not armed and _moved(anchor, tok):
            return "evacuated"  # "had moved 6,500 people to safer areas", "1.47 million people had been moved"
        found = _lookup(tok)
        if found is not None and any(c.lemma_ in _NOT_EVENTS.get(tok.lemma_, ()) for c in tok.children):
            continue  # "took part", "took control": no one was taken
        if tok.lemma_ == "return" and people and not armed and _returned_home(tok):
            return "displaced"  # "returned to their villages", "who have returned from Pakistan": returnees
        if tok.lemma_ == "separate" and not any(c.lower_ == "from" for c in tok.children):
            continue  # "unaccompanied and separated children" are a need, not missing; "separated from" are
        if found is not None and found[1] == "event_people" and _for_whom(anchor):
            continue  # "nothing left for the 40 children": the children did not leave
        if found is not None and tok.lemma_ == "leave" and _left_without(tok, anchor):
            continue  # "leaving 6,500 pupils without classes" are not displaced; "without shelter" are
        if tok.lemma_ == "lose" and _loser(anchor, tok):
            continue  # "300 farmers lost their crops" are alive; "lost their lives" and "lost two sons" are not
        if found is not None and found[0] == "displaced" and (armed or goods):
            continue  # troops who cross, trucks that arrive: not displaced
        if found is not None and found[0] == "detained" and counted is not None and counted[0] == "vehicles":
            continue  # "captured four military vehicles": the vehicles are counted, no one was detained
        if found is not None and (found[1] == "event" or (found[1] == "event_people" and people)):
            return found[0] if found[0] == "killed" or not wounded else "injured"  # "were taken to the clinic"
        supplied = found is not None and found[1] == "supply" and tok.pos_ == "VERB"  # not "14 trucks"
        if supplied and (counted is None or counted[0] == "aid"):
            return found[0]  # "dispatched 5,000 tarpaulins", "trucked 1.3 million litres of water"
    if wounded:
        return "injured"
    for said in fallback.children if noun is None and fallback is not None else ():
        found = _lookup(said) if said.dep_ in ("acl", "amod") else None
        if found is not None and found[1] in ("event", "event_people"):
            return found[0]  # "put the number of families displaced from Daraban at 3,000"
    return counted[0] if counted is not None else "other"


_WOUNDS = frozenset("wound injury burn fracture".split())
_TREATED = frozenset("patient case casualty victim admission".split())
_WOUND_KINDS = frozenset("trauma gunshot blast shrapnel bullet stab machete".split())


_HARM = frozenset("killed injured missing detained".split())


def _wounded(noun: Token) -> bool:
    """ "11 people with gunshot wounds", "received 143 patients with machete wounds" (a "with" the parser hangs on
    the verb), "212 trauma patients"."""
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    kinds += [c for k in kinds for c in k.conjuncts]  # "gunshot and blast cases"
    if noun.lemma_ in _TREATED and any(c.lower_ in _WOUND_KINDS for c in kinds):
        return True  # not "12 trauma surgeons"
    doc, after = noun.doc, noun.i + 1
    beside = [doc[after]] if after < len(doc) and doc[after].head == noun.head else []  # right after the noun only
    return any(
        p.lower_ == "with" and any(o.lemma_.lower() in _WOUNDS for o in p.children if o.dep_ == "pobj")
        for p in [*noun.children, *beside]
    )


_HAZARDS = frozenset(
    "river flood floods floodwater floodwaters water waters current torrent stream landslide mudslide storm wave "
    "cyclone cholera disease epidemic".split()
)
_SHELTER = frozenset("shelter home homes house houses roof roofs".split())


def _partitive_verb(number: Token, noun: Token | None) -> str | None:
    """The event the verb of "N of the <counted>" names, when the number is its subject."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head != number:
        return None
    verb = number.head if number.dep_ in ("nsubj", "nsubjpass") else None
    found = _lookup(verb) if verb is not None and verb.pos_ == "VERB" else None
    return found[0] if found is not None and found[1] == "event" else None


def _left_without(verb: Token, counted: Token) -> bool:
    """Whether what the counted are left without is something other than a roof: the first "without" after them
    ("left 4,000 pupils without classes and 900 people without shelter")."""
    after = [p for p in verb.subtree if p.lower_ == "without" and p.i > counted.i]
    lacking = [o for o in after[0].children if o.dep_ == "pobj"] if after else []
    lacking += [c for o in lacking for c in o.conjuncts]  # "without food or shelter"
    return bool(lacking) and not any(o.lemma_.lower() in _SHELTER for o in lacking)


def _loser(anchor: Token, verb: Token) -> bool:
    """Whether the counted are the ones who lost something other than their lives."""
    counted = anchor
    while counted.dep_ in ("nummod", "quantmod", "compound", "pobj", "prep") and counted.head != counted:
        if counted.head == verb:
            break
        counted = counted.head
    subject = counted.head == verb and counted.dep_ == "nsubj"
    lives = any(c.dep_ == "dobj" and c.lemma_ == "life" for c in verb.children)
    return subject and not lives


def _own_subject(clause: Token) -> bool:
    """A clause with a subject of its own ("... that their food stocks were lost") says what happened to that
    subject, not to the counted it hangs on."""
    relative = ("who", "which", "that", "whom", "whose")
    passive = any(c.dep_ == "nsubjpass" and c.lower_ not in relative for c in clause.children)
    subject = any(c.dep_ == "nsubj" and c.lower_ not in relative for c in clause.children)
    own_object = any(c.dep_ == "dobj" and c.lower_ not in relative for c in clause.children)
    return passive or (subject and own_object)  # "47 civilians that the militia killed" are its object


def _moved(anchor: Token, verb: Token) -> bool:
    """Whether the counted were moved by someone (its object, or its subject in the passive), not moved themselves."""
    counted = anchor
    while counted.dep_ in ("nummod", "quantmod", "compound") and counted.head != counted:
        counted = counted.head
    return counted.head == verb and counted.dep_ in ("dobj", "nsubjpass")


def _kind_of(noun: Token | None) -> tuple[str, str] | None:
    """(category, role) of the counted noun; for a unit, of what it measures ("tonnes of wheat", "ration bags")."""
    if noun is None:
        return None
    if any(c.lower_ == "square" for c in noun.lefts):
        return "area", "class"
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    of = [_noun_of(o) for o in of]
    modifiers = [c for c in noun.children if c.dep_ == "amod"]
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    looked = [_lookup(tok) for tok in (noun, *of[:1], *compounds)]
    measured = noun.lower_ in PERCENT or _per_cent(noun)  # "60 percent of the injured" counts the injured
    if measured and _share_of_money(noun, of):
        return "money", "class"
    happened = any(_lookup(t) and _lookup(t)[1] in ("event", "event_people") for t in list(noun.ancestors)[:3])
    if measured and of and _a_place(of[0]) and not happened:
        return "area", "class"  # "90 per cent of the capital", not "displaced 40 percent of the town"
    kinds = [
        k
        for i, k in enumerate(looked)
        if k and (k[1] in ("class", "thing", "personnel") or ((i == 0 or (i == 1 and measured)) and k[1] == "event"))
    ]
    if not kinds or kinds[0][0] == "people":  # "armed men" are fighters: a modifier says more than "men"
        kinds = [k for k in map(_lookup, modifiers) if k is not None and k[1] == "class"] + kinds
    if not kinds and _a_people(noun):
        return "people", "class"  # "one million Rohingyas", "4,000 Sudanese"
    spent = any(o.lemma_.lower() in _NOT_RELIEF for o in of)  # "70,000 litres of fuel a day to run the wells"
    if not kinds and noun.lemma_.lower() in _RELIEF_UNITS and not spent and _relief(noun):
        return "aid", "class"  # "1,180 tonnes of commodities have been dispatched", "600 tonnes is pre-positioned"
    return kinds[0] if kinds else None


def _noun_of(token: Token) -> Token:
    """ "cartons of ready-to-use therapeutic food": the noun after "of", where the parser made a hyphenated
    modifier the object."""
    if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return token
    return next((t for t in reversed(list(token.subtree)) if t.pos_ == "NOUN"), token)


# what humanitarian reports move, store or need by the tonne or the litre is relief; seized cannabis is not
_RELIEF_UNITS = frozenset("tonne ton litre liter".split())
_RELIEF_VERBS = frozenset(
    "deliver dispatch distribute truck carry preposition pre-position airlift send ship receive need require "
    "reach arrive provide supply transport bring store stock move allocate donate pledge airdrop position "
    "positioned prepositioned".split()
)
_NOT_RELIEF = frozenset("fuel diesel petrol gasoline explosive explosives ammunition waste rubble debris".split())
_RECIPIENTS = frozenset("person people head capita household family child ward patient bed".split())
_PLACE_NOUNS = frozenset("city town capital township village country territory area region state province".split())


def _relief(unit: Token) -> bool:
    """ "trucking 450,000 litres of water a day", "a need estimated at 720,000 litres": moved, stored or needed as
    relief; not "5 litres per person" (a ration) nor "seized 3 tonnes of cannabis"."""
    per = [o for p in unit.subtree if p.lower_ == "per" for o in p.children]
    if any(o.lemma_.lower() in _RECIPIENTS for o in per):
        return False
    above = list(unit.ancestors)[:4]
    beside = [c for t in above[:1] if t.pos_ == "AUX" for c in t.children if c.dep_ == "acomp"]  # "is pre-positioned"
    return any(t.lemma_.lower() in _RELIEF_VERBS or t.lower_ in _RELIEF_VERBS for t in [unit, *above, *beside])


def _a_place(token: Token) -> bool:
    """A place itself ("the capital", "Upper Nile"), not something of it ("the city's shops")."""
    if any(c.dep_ in ("poss", "case") for c in token.children) or token.dep_ == "poss":
        return False
    return token.ent_type_ in ("GPE", "LOC") or token.lemma_.lower() in _PLACE_NOUNS


def _a_people(noun: Token) -> bool:
    """A people or a nationality counted ("Rohingyas", "Sudanese", "Afghans")."""
    if not noun.text[:1].isupper() or noun.i == 0 or noun.is_sent_start:
        return False
    return noun.ent_type_ == "NORP" or fold(noun.text) in country_words() or fold(noun.text[:-1]) in country_words()


def _per_cent(noun: Token) -> bool:
    """ "16 per cent": the parser may head it on "cent" (not "50 cent coins")."""
    return noun.lower_ == "cent" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "per"


def _share_of_money(percent: Token, of: list[Token]) -> bool:
    """ "18% of the $76.5 million it needs", "US$6.2 million, or 16 per cent": a share of a sum is money."""
    beside = [t.head for t in (percent, percent.head) if t.dep_ in ("conj", "appos")]
    after = percent.nbor() if percent.i + 1 < len(percent.doc) else None
    funded = any(t is not None and t.lower_ in _FUNDED for t in (after, percent.head))  # "18 per cent funded"
    funded = funded and percent.dep_ != "nsubj"  # not "60 per cent funded their own journeys"
    return funded or any(_money(t) for t in (*of, *beside))


_FUNDED = frozenset("funded financed underfunded unfunded".split())


def _money(tok: Token) -> bool:
    kind = _lookup(tok)
    return tok.tag_ == "$" or any(c.tag_ == "$" for c in tok.children) or (kind is not None and kind[0] == "money")


def _event_candidates(anchor: Token) -> list[Token]:
    """Words that may say what happened to the counted: the noun and its modifiers, then the governing clause."""
    out = [
        anchor,
        *_among(anchor),
        *_for(anchor),
        *[c for c in anchor.children if c.dep_ in ("amod", "compound", "acl", "relcl") and not _own_subject(c)],
    ]
    for child in anchor.children:
        if child.dep_ in ("acl", "relcl"):
            out += [c for c in child.children if c.dep_ in ("acomp", "xcomp")]
    head, steps = anchor, 0
    while head.dep_ in _CLIMB_DEPS and head.head != head and steps < 6:
        below, head, steps = head, head.head, steps + 1
        if head.lemma_ in cue_lemmas() and head.pos_ == "VERB":
            out += [c for c in head.children if c.dep_ in ("xcomp", "oprd")]  # "were reported abducted"
            if below.dep_ == "dobj":  # "said 3,450 families had fled": the subject the parser took for an object
                out += [c for c in head.children if c.dep_ == "ccomp" and not _has_subject(c)]
            break
        if head.lower_ == "including":  # "23 people killed ..., including four signatories": part of that count
            whole = _counted_before(head)
            head = whole if whole is not None else head
            out += [head, *_for(head)]
            continue
        if head.pos_ not in ("VERB", "AUX"):
            out += [head, *_for(head)]
            continue
        # "left 12 people dead": the complement says what happened, before the verb does
        out += [c for c in head.children if c.dep_ in ("xcomp", "acomp", "oprd")] + _among(head) + _for(head) + [head]
        # "had 6,000 families sleeping in schools"; not "fired 1,000 shells, forcing 3,000 families from their homes"
        out += [c for c in head.children if c.dep_ == "advcl" and _from_home(c) and not _object_of(c)]
        # "the toll has risen to 41", "put the toll at 32": what the number is the value of
        for arg in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
            if anchor not in arg.subtree:
                out += list(arg.subtree)
        break
    return out + next_verb(anchor)


def _object_of(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _counted_before(including: Token) -> Token | None:
    """The nearest noun before "including" that a number counts."""
    for tok in reversed(including.doc[including.sent.start : including.i]):
        if tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in tok.children):
            return tok
    return None


def next_verb(anchor: Token) -> list[Token]:
    """The verb right after the counted noun ("families had fled"), for when the parse hangs it elsewhere."""
    for tok in anchor.doc[anchor.i + 1 : anchor.i + 5]:
        if tok.pos_ == "VERB":
            return [tok]
        if tok.pos_ not in ("AUX", "ADV", "PART"):
            break
    return []


def _for_whom(noun: Token) -> bool:
    """ "nothing left for the 40 children", "food for 90,000 people": the counted are who it is for."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for"


def _among(tok: Token) -> list[Token]:
    """ "eleven people ... among the dead", "registered 58 people as missing": what the counted are counted as."""
    found = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("among", "as") for o in p.children]
    among = [o for o in found if o.head.lower_ == "among"]
    return (
        found
        + [o for o in found for o in o.children if o.dep_ in ("amod", "acomp")]
        + [
            c
            for o in among
            for c in o.children
            if c.dep_ == "acl"  # "among the 40 people killed"
        ]
    )


# where people with no home sleep: "in evacuation centres", "in the open", "in the cathedral compound"
_SHELTERS = frozenset(
    "centre center camp shelter school tent mosque church open courtyard compound cathedral madrasa classroom "
    "pavement site".split()
)


# who receives the displaced: not a health centre, whose newcomers are patients
_RECEIVING = frozenset("camp site shelter school town city village district settlement".split())
_HOSTED = frozenset("people person family household individual child woman refugee".split())


def _for(verb: Token) -> list[Token]:
    """ "treated 46 people for gunshot wounds": what the counted were treated or held for."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]


_RECOVERY = frozenset("recover retrieve pull dig exhume rescue extract".split())


def _from_home(verb: Token) -> bool:
    """ "forced 640,000 from their homes", "driven 10 million from their homes", "had lost their homes":
    displacement in any verb."""
    if verb.pos_ != "VERB" or verb.lemma_ in _RECOVERY:
        return False  # "bodies were recovered from collapsed houses"
    away = [verb, *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "away")]  # "a night away from"
    objects = [
        o for v in away for p in v.children if p.dep_ == "prep" and p.lower_ in ("from", "out") for o in p.children
    ]
    objects += [o for o in verb.children if o.dep_ == "dobj"] if verb.lemma_ == "lose" else []  # "lost their homes"
    left = [o for o in verb.children if o.dep_ == "dobj"] if verb.lemma_ in ("flee", "abandon", "leave") else []
    across = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "across" for o in p.children]
    if any(o.lemma_ == "border" for o in across):  # "drove 700,000 people across the border"
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    hosting = verb.lemma_ in ("host", "house", "accommodate", "shelter")  # "the coliseum is hosting 900 people"
    hosting = hosting or (verb.lemma_ == "hold" and subject is not None and subject.lemma_ in _RECEIVING)
    hosted = [c for c in verb.children if c.dep_ == "dobj"]
    hosted += [o for p in verb.children if p.lower_ == "between" for o in p.children]  # "host between 80 and 450"
    if hosting and any(c.lemma_ in _HOSTED or c.like_num for c in hosted):
        return True  # "is hosting over 9,800", "the largest site holds more than 11,000 people"
    if verb.lemma_ in _DRIVEN and any(o.lemma_ in _SETTLED or o.pos_ == "PROPN" for o in objects):
        return True  # "forced from Buthidaung", "driven out of their villages"; not "out of the square"
    if verb.lemma_ == "receive" and subject is not None and subject.lemma_ in _RECEIVING:
        return True  # "her camp had received 1,200 new households"
    if verb.lemma_ in ("stay", "shelter", "sleep", "live", "camp"):  # "staying in evacuation centres"
        inside = _where(verb)
        if any(o.lemma_ in _SHELTERS for o in inside):
            return True
    if verb.lemma_ in ("register", "arrive") and any(o.lemma_ in _CAMPS for o in _where(verb)):
        return True  # "12,00 people have registered at the camp", not "300 voters registered at the school"
    # "forced from their homes", "abandoned their farms", but not "took 46 men from our village"
    return any(o.lemma_ in ("home", "house", "shelter") for o in objects) or any(o.lemma_ in _HOMES for o in left)


def _returned_home(verb: Token) -> bool:
    """ "returned home", "returned to their villages", "have returned from Pakistan": people back from
    displacement; not "returned to school", "returned safely to port", nor "never returned"."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    home = any(c.lower_ == "home" for c in verb.children)
    to = [o for p in verb.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    back = [o for p in verb.children if p.lower_ == "from" for o in p.children if o.dep_ in ("pobj", "pcomp")]
    abroad = any(fold(o.text) in country_names() or o.lower_ == "abroad" for o in back)  # not "from Mecca"
    return home or abroad or any(o.lemma_ in _SETTLED for o in to)


_DRIVEN = frozenset("force drive chase expel uproot push".split())
_SETTLED = frozenset("home house village town city area district region camp land neighbourhood valley".split())
_HOMES = frozenset("home house farm village homestead land".split())
_CAMPS = frozenset("camp site settlement shelter".split())


def _where(verb: Token) -> list[Token]:
    """Where a verb's subject stays: "in the cathedral compound", "on cardboard in the courtyard of a school";
    the place phrases of the verb, read through "of" and through another place phrase, not into clauses."""
    found: list[Token] = []
    phrases = [p for p in verb.children if p.dep_ == "prep"]
    while phrases:
        prep = phrases.pop()
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            located = prep.lower_ in ("in", "at") or (prep.lower_ == "of" and prep.head in found)
            found += [place] if located else []
            onward = ("of",) if located else ("in", "at")  # "in dormitories at the school" stays in dormitories
            phrases += [p for p in place.children if p.dep_ == "prep" and p.lower_ in onward]
    return found


_REFUGE = frozenset(("refuge", "shelter", "sanctuary", "safety"))


def _capacity(verb: Token) -> bool:
    """ "built to hold", "designed to accommodate", "can hold": what a place has room for."""
    modal = any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)
    built = verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ in ("build", "design", "mean", "equip", "able")
    return modal or built


def _lookup(tok: Token) -> tuple[str, str] | None:
    if tok.lemma_ in ("return", "come") and any(c.lower_ == "never" for c in tok.children):
        back = tok.lemma_ == "return" or any(c.lower_ == "back" for c in tok.children)
        somewhere = any(c.dep_ in ("prep", "advmod") and c.lower_ in ("to", "home") for c in tok.children)
        if back and not somewhere:
            return "missing", "event"  # "went to look for firewood and never came back", not "never returned home"
    if tok.lemma_ == "trap" and any(c.dep_ == "prep" and c.lower_ in ("under", "beneath") for c in tok.children):
        return "missing", "event"  # "trapped under a collapsed building", not "trapped in the besieged city"
    refuge = any(c.lemma_ in _REFUGE for c in tok.children if c.dep_ == "dobj") and tok.dep_ != "relcl"
    if tok.lemma_ in ("take", "seek", "find") and refuge:
        return "displaced", "event"  # "had taken refuge in Sugapa", not "had taken 40 hostages"
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_ == "remain":
        return None  # "a gap of 1,900 kits remains" is no one's remains
    if tok.lemma_ in ("hold", "accommodate") and _capacity(tok):
        return None  # "built to hold 2,500 people": room, not detention
    table = categories()
    hazard = any(c.dep_ == "nsubj" and c.lemma_.lower() in _HAZARDS for c in tok.children)
    for particle in (c for c in tok.children if c.dep_ in ("prt", "advmod") and c.i == tok.i + 1 and not hazard):
        found = table.get((tok.lemma_.lower(), particle.lower_))  # "gunmen carried off", not "the river carried off"
        if found is not None:
            return found
    compound = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    if compound:
        found = table.get((compound[0].lemma_.lower(), tok.lemma_.lower()))
        if found is not None:
            return found
    return table.get((tok.lemma_.lower(),)) or table.get((tok.lower_,))


_SIZING = frozenset("estimate put number total count reach".split())


def sized_group(tok: Token) -> str | None:
    """ "The displaced, estimated at 6,500 people", "the dead, numbering 40": the category of the group a number
    sizes in a clause hung on it."""
    node = tok
    while node.dep_ in ("pobj", "prep", "dobj", "attr", "oprd", "npadvmod", "appos", "nummod", "conj") and (
        node.head != node
    ):
        node = node.head
    group = node.head
    nominal = group.pos_ in ("NOUN", "ADJ") or any(c.dep_ == "det" for c in group.children)  # "The displaced"
    if node.dep_ != "acl" or node.lemma_ not in _SIZING or not nominal:
        return None
    found = _lookup(node.head)
    people = found is not None and found[1] == "class" and found[0] in ("troops", "fighters", "civilians")
    people = people or node.head.lemma_ == "population"  # "the town's population, estimated at 38,000"
    return found[0] if found is not None and (found[1] == "event" or people) else None  # "paramilitaries, ..."


def context_noun(doc: Doc, amount: Amount, paragraph: Span) -> Token | None:
    """For a bare number ("there could be more than 1,000"), what "the number of X" before it in the paragraph was."""
    for tok in reversed(doc[paragraph.start : amount.start]):
        if tok.lemma_ in ("number", "count", "tally") and tok.i + 2 < amount.start:
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            objects = [c for p in of for c in p.children if c.dep_ == "pobj" and not c.like_num]  # not "count of 40"
            if objects:
                return objects[0]
    return None
