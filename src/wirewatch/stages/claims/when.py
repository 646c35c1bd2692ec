"""When and where a claim is: the date and place of the clause the number is in.

A date that only says when something was said ("told AFP on Monday") is not the claim's; a date inside the
clause of another number ("up from 19,500 in January") is that number's; a count "so far" or one inside "since
the fighting began" is a stretch ending at publication.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from ...models import Place
from ..clean import CleanDoc
from ..dates import MONTHS, WEEKDAYS, When, ages, calendar_spans, resolve
from ..nlp import ents, ents_in
from ..places import Mention
from ..quotes.attribution import cue_lemmas
from .numbers import Amount, count_words
from .referents import next_verb

_SAYING = frozenset(("put", "estimate", "report", "announce", "confirm"))
# "killed 19 as they retreated on Sunday", "killed 5 when gunmen stormed the village on Friday": a clause so marked
# happened when the count did
_SAME_TIME = ("since", "when", "as", "while")
_PLACE_PREPS = frozenset("in at near outside inside around across from".split())
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))


def claim_place(sent: Span, noun: Token | None, verb: Token, places: list[Mention]) -> Place | None:
    """The named place the clause puts the count in ("killed 20 people in Baghouz", "5,000 troops in Iraq"),
    geocoded when the places stage resolved it."""
    found = []
    for ent in ents_in(sent):
        prep = ent.root.head
        if ent.label_ not in _PLACE_LABELS or ent.root.dep_ != "pobj" or prep.lower_ not in _PLACE_PREPS:
            continue
        if prep.head == noun or clause_verb(prep) == verb:
            found.append(ent)
    anchor = noun.i if noun is not None else verb.i
    if not found:
        return None
    ent = min(found, key=lambda e: abs(e.start - anchor))
    geocoded = (m.place for m in places if ent.start_char <= m.start < ent.end_char)
    return next(geocoded, Place(name=ent.text))


def claim_date(sent: Span, amount: Amount, verb: Token, published: dt.date | None, cleaned: CleanDoc) -> str | None:
    """The date of the clause the number is in; a date that only says when something was said does not count."""
    if _aside(verb.doc[amount.head], verb):
        return None  # "Intan Jaya, a regency of roughly 135,000 people, has seen fighting since 2019"
    if any(c.lower_ == "since" and [o.lower_ for o in c.children] == ["then"] for c in verb.children):
        return _since_clause(verb, published)  # "spread in 2015 and has killed 26,000 since then"
    for ent in sorted(_date_spans(sent, amount), key=lambda e: abs(e.start - amount.start)):
        in_dateline = cleaned.in_dateline(ent.start_char)
        if amount.start <= ent.start < amount.end or "old" in ent.text or _deadline(ent, verb) or in_dateline:
            continue
        if _of_other_number(ent, amount):
            continue
        dverb = clause_verb(ent.root)
        if _set_before_an_inverted_cue(ent, dverb, verb):
            dverb = verb  # "Since 1 August, said Dr Kahindo, it has received 143 patients"
        if dverb.pos_ == "NOUN" and dverb.lemma_ in _STORIES:
            continue  # "Our top story tonight: ... dozens injured"
        if dverb.dep_ in ("csubj", "csubjpass"):
            dverb = dverb.head  # "shelling on Sunday destroyed 400 houses": the subject's date is the clause's
        saying = verb.lemma_ in _SAYING and not _recorded(amount, verb)
        stretch = getattr(resolve(_with_preposition(ent, verb), published), "precision", None) == "period"
        if dverb == verb and saying and not stretch and not _of_the_count(ent):
            continue  # "put the toll at 32 on Sunday": when it was said; but "reports 1,140 over the past week"
        governs = _close_governor(ent, dverb, verb) and dverb.lemma_ not in cue_lemmas() and not _own_time(verb)
        reports = any(c.dep_ == "ccomp" for c in dverb.children)
        governs = governs or (_conjunct(verb, dverb) and not reports)  # "called and demanded"
        told = dverb.lemma_ in cue_lemmas() or dverb.lemma_ in _SAYING  # "as the army confirmed on Sunday"
        governs = governs or (_later_conjunct(dverb, verb, ent) and not told)  # "killed 11 and burned 40 on Sunday"
        joined = dverb.dep_ == "conj" and dverb.head == verb and not _has_mark(dverb, "that")
        governs = governs or (joined and _of_the_count(ent))  # "5 were killed and 4 abducted in the attack on Friday"
        since = dverb.head == verb and dverb.dep_ == "advcl" and any(_has_mark(dverb, m) for m in _SAME_TIME)
        since = since and not told
        number = verb.doc[amount.head]
        counted = number.head if number.dep_ == "nummod" else number
        # "counted 38 leaders killed there in 2025", "1.1 million Afghans who have returned since the start of 2025"
        relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in dverb.children)
        described = dverb.head == counted and (dverb.dep_ == "acl" or (dverb.dep_ == "relcl" and relative))
        if dverb == verb or governs or since or described:
            when = resolve(_with_preposition(ent, verb), published, _future(verb))
            if when is None and " and " in ent.text:  # "on Saturday and Sunday", "Wednesday night and early Thursday"
                when = _two_days(ent.text, published)
            if _dates_a_since(ent):  # "since Russia's full-scale invasion in February 2022"
                when = resolve(f"since {ent.text}", published) or when
            if when is not None:
                return when.iso
    story = verb.pos_ == "NOUN" and verb.lemma_ in _STORIES  # "Our top story tonight: at least 7 dead"
    night = next((c for c in verb.children if c.lower_ in ("overnight", "yesterday", "today", "tonight")), None)
    night = None if story else night
    if night is not None:
        when = resolve(night.text, published)
        return when.iso if when is not None else None
    joined = [c for c in verb.children if _conjunct(c, verb)]  # "had died or gone missing since January"
    since = next(filter(None, (_since_clause(v, published) for v in [verb, *joined])), None)
    cumulative = _cumulative(verb, published) if _argument(amount, verb) else None
    return since or cumulative or _sentence_date(sent, amount, verb, published, cleaned)


def _set_before_an_inverted_cue(ent: Span, cue: Token, verb: Token) -> bool:
    """ "Since 1 August, said Dr Kahindo, it has received 143 patients": a date that opens a sentence before an
    inverted "said X" dates what is said, which the parser hangs on the cue."""
    governs = (verb.head == cue and verb.dep_ == "ccomp") or (cue.head == verb and cue.dep_ in ("parataxis", "advcl"))
    if cue.lemma_ not in cue_lemmas() or ent.end > cue.i or not governs:
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subject is not None and cue.i < subject.i < verb.i


def _aside(number: Token, verb: Token) -> bool:
    """Whether a number sits in an apposition that describes one of the clause's words."""
    for token in number.ancestors:
        if token == verb:
            return False
        # "6,500 people (1,100 households)", "thousands, maybe 10,000 people": a count said again
        count = token.head.like_num or token.head.lower_ in count_words()
        restated = count or any(c.dep_ == "nummod" for c in token.head.children)
        set_off = token.dep_ == "appos" or (token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",")
        subject = token.head.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("NOUN", "PROPN")
        if set_off and subject and token.head != number and not restated:
            return True  # "The district, home to 135,000 people, ..." describes the subject
    return False


_COUNTS = frozenset("count toll tally".split())


def _of_the_count(ent: Span) -> bool:
    """ "the toll from the strikes of 27 July", "An initial count on Monday evening": a date of the event counted
    or of the count itself, not of the saying."""
    root = ent.root
    if root.dep_ == "compound" and root.head.lemma_ in _TIMES_OF_DAY:
        root = root.head  # "on Monday evening"
    prep = root.head
    owner = prep.head
    noun = owner.pos_ == "NOUN" and owner.lemma_ in _EVENT_NOUNS | _COUNTS
    return root.dep_ == "pobj" and prep.dep_ == "prep" and noun


def _recorded(amount: Amount, verb: Token) -> bool:
    """ "412 new cases were reported in the past week": cases recorded then, not a figure said then."""
    number = verb.doc[amount.head]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(t.dep_ == "nsubjpass" and t.head == verb for t in (number, number.head))


_SPEAKING = frozenset(("accord", "cite", "speak", "talk", "brief", "address", "tell"))
_STATEMENT_NOUNS = frozenset("statement briefing interview conference report update bulletin post video".split())


def _sentence_date(sent: Span, amount: Amount, verb: Token, published: dt.date | None, cleaned: CleanDoc) -> str | None:
    """The one date a sentence gives outside its number's clause, when it does not only say when something was
    said: "the agency had been cleared to move 60 trucks on Tuesday night", "By sunrise on Wednesday, the crowd had
    grown to thousands"; only a day or a week unless the sentence opens with it, and none when it gives two."""
    found = set()
    for ent in _date_spans(sent, amount):
        inside = amount.start <= ent.start < amount.end or "old" in ent.text
        if inside or cleaned.in_dateline(ent.start_char) or _deadline(ent, verb) or _of_other_number(ent, amount):
            continue
        dverb = clause_verb(ent.root)
        said = dverb.lemma_ in cue_lemmas() or dverb.lemma_ in _SAYING or dverb.lemma_ in _SPEAKING
        said = said or (dverb.pos_ == "NOUN" and dverb.lemma_ in _STORIES)  # "Our top story tonight: ..."
        between = [t for t in ent.root.ancestors if t.i != dverb.i and dverb in t.ancestors]
        stated = any(t.lemma_.lower() in _STATEMENT_NOUNS for t in between)
        sibling = dverb.dep_ == "conj"  # "hosts 30,000 people and was attacked on Friday"
        related = dverb == verb or dverb in verb.ancestors or (verb in dverb.ancestors and not sibling)
        fronted = _fronted(ent, sent) and verb.dep_ in ("ROOT", "conj", "ccomp") and not _has_mark(verb, "that")
        related = related or fronted
        # not "... were killed, and that the bodies were found on Saturday"
        if said or stated or not related or dverb.dep_ in ("relcl", "acl"):
            continue  # "said on Thursday", "In a statement on Monday"; "who has led it since 2019": another time
        when = resolve(_with_preposition(ent, verb), published, _future(verb))
        if when is not None and (when.precision in ("day", "week") or fronted):
            found.add(when.iso)
    return found.pop() if len(found) == 1 else None


def _conjunct(second: Token, first: Token) -> bool:
    """Whether ``second`` is a verb joined to ``first`` that shares its clause: not one with a tense or a "that" of
    its own ("and that two had been flown out on Monday", "and at least six were looted in May")."""
    own_clause = any(c.dep_ in ("mark", "aux", "auxpass") for c in second.children)
    return second.dep_ == "conj" and second.head == first and not own_clause


def _later_conjunct(dverb: Token, verb: Token, ent: Span) -> bool:
    """ "19 soldiers were killed and 23 wounded on Sunday": a date after the last of two joined verbs dates both,
    unless the first has a date of its own."""
    link = dverb
    while link.dep_ == "conj" and link.head != verb and _conjunct(link, link.head):
        link = link.head  # "killed 40 and destroyed or seized 17 vehicles on 27 October"
    gapped = dverb.dep_ == "acl" and dverb.head.dep_ == "conj" and dverb.head.head == verb  # "and dozens injured"
    if not (_conjunct(link, verb) or gapped) or ent.start < dverb.i:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.doc[verb.left_edge.i : dverb.i])


def _since_clause(verb: Token, published: dt.date | None) -> str | None:
    """ "killed since the fighting began", "fled since the attack": a stretch that ends at publication."""
    for child in verb.children:
        if child.lower_ == "since" and child.dep_ in ("prep", "mark"):
            phrase = child.doc[child.i : child.right_edge.i + 1] if child.dep_ == "prep" else None
            phrase = phrase if phrase is not None else child.doc[child.i : child.head.right_edge.i + 1]
            if phrase.text.lower() == "since then":  # "spread from Mali in 2015 and has killed 26,000 since then"
                told = [e for e in ents_in(child.sent) if e.label_ == "DATE" and e.end <= child.i]
                told = [e for e in told if clause_verb(e.root).lemma_ not in cue_lemmas()]  # not "said on Monday"
                start = resolve(told[-1].text, published) if told else None
                if start is not None and start.precision != "period":
                    return f"{start.iso}/.."
            when = resolve(phrase.text, published)
            if when is not None and when.precision == "period":
                return when.iso
        if child.dep_ == "advcl" and any(m.lower_ == "since" and m.dep_ == "mark" for m in child.children):
            when = resolve(child.doc[child.left_edge.i : child.right_edge.i + 1].text, published)
            if when is not None and when.precision == "period":
                return when.iso
    return None


def _two_days(text: str, published: dt.date | None) -> When | None:
    """ "Saturday and Sunday": the stretch from the first day to the second; the first alone when only it is
    a day."""
    first, second = (resolve("on " + part, published) for part in text.split(" and ", 1))
    days = first is not None and second is not None and first.precision == second.precision == "day"
    if days and first.iso < second.iso:
        return When(f"{first.iso}/{second.iso}", "period")
    return first


def _dates_a_since(ent: Span) -> bool:
    """ "since the invasion in February 2022": a date that follows an event introduced by "since" dates that
    event, whichever word the parser hangs it on."""
    prep = ent.root.head
    if prep.lower_ not in ("in", "on") or prep.i == 0 or ent.root.dep_ != "pobj":
        return False
    before = prep.doc[prep.i - 1]
    since = next((a for a in [before, *before.ancestors] if a.lower_ == "since"), None)
    return since is not None and since.right_edge.i == prep.i - 1 and prep.i - since.i <= 8


def _argument(amount: Amount, verb: Token) -> bool:
    """The number, or the noun it counts, is the verb's own subject or object (not "towards a $46.5m appeal")."""
    doc, counted = verb.doc, amount.head
    while doc[counted].head.i != counted and (
        amount.start <= doc[counted].head.i < amount.end
        or doc[counted].dep_ in ("nummod", "quantmod", "compound", "amod", "conj")
    ):
        counted = doc[counted].head.i
    return doc[counted].head == verb and doc[counted].dep_ in ("nsubj", "nsubjpass", "dobj", "attr")


def _cumulative(verb: Token, published: dt.date | None) -> str | None:
    """A count up to publication: "so far", "to date"; "the war, which began in April 2023, has killed"."""
    if any(c.lower_ in ("far", "date") and c.i > 0 and c.nbor(-1).lower_ in ("so", "to") for c in verb.subtree):
        return f"../{published.isoformat()}" if published else None
    verb = verb.head if verb.dep_ == "conj" else verb  # "has killed ... and driven 10 million from their homes"
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for clause in (c for c in subject.children if c.dep_ == "relcl"):
            dates = [e for e in ents(clause.doc) if e.label_ == "DATE" and e.root.head.head == clause]
            when = resolve(dates[0].text, published) if dates else None
            if when is not None and when.precision != "period":
                return f"{when.iso}/.."
    return None


def _close_governor(ent: Span, dverb: Token, verb: Token) -> bool:
    """Whether the dated verb governs the number's verb ("On Sunday, gunmen attacked the village, killing 12"). A
    relative clause takes the date of its own noun ("the floods of 2022, which killed 1,700"), not of the sentence
    around it."""
    tok = verb
    while tok != dverb and tok.head != tok:
        if tok.dep_ == "relcl":
            return ent.root in tok.head.subtree and ent.root not in tok.subtree
        if tok.dep_ == "conj" and any(c.dep_ == "mark" for c in tok.children):
            return False  # "..., and that 60 percent of health centres were closed": a report of its own
        tok = tok.head
    return tok == dverb and verb != dverb


def _date_spans(sent: Span, amount: Amount) -> list[Span]:
    """The sentence's DATE entities, and the TIME ones that name a day ("on Sunday night", "this morning"), not a
    clock time; "March 28" and "April 2" joined when "between ... and" links them. The tagger may run a date into
    the number ("On Monday 40 people"): the date is then only its words before the number."""
    dates = [e for e in ents_in(sent) if (e.label_ == "DATE" or (e.label_ == "TIME" and _names_day(e))) and not ages(e)]
    days = calendar_spans(sent)
    dates = [e for e in dates if not any(d.start <= e.start and e.end <= d.end for d in days)]  # "May" of "9 May"
    dates = sorted(dates + days, key=lambda e: e.start)
    dates = [sent.doc[e.start : amount.start] if e.start < amount.start < e.end else e for e in dates]
    dates = [_without_verbs(e) for e in dates]  # "between 9 and 11 May triggered 47", as the tagger ran it on
    dates = [e for e in dates if len(e) and not _names_a_thing(e) and not _across_a_semicolon(e, amount)]
    merged: list[Span] = []
    for ent in dates:
        if merged and ent.start - merged[-1].end == 1 and sent.doc[ent.start - 1].lower_ in ("and", "to", "-", "until"):
            ent = sent.doc[merged.pop().start : ent.end]
        merged.append(ent)
    return merged


def _without_verbs(ent: Span) -> Span:
    """A date without the verb the tagger ran it into ("between 9 and 11 May triggered")."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].pos_ in ("VERB", "AUX") and ent.doc[end - 1].lower_ not in MONTHS:
        end -= 1
    return ent.doc[ent.start : end]


def _future(verb: Token) -> bool:
    """ "trucking to 26 sites will stop at the end of April": a clause that looks ahead, to the next April."""
    chain = [verb, *list(verb.ancestors)[:2]] if verb.dep_ in ("xcomp", "acomp") else [verb]  # "will be able to"
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for v in chain for c in v.children)


def _fronted(ent: Span, sent: Span) -> bool:
    """ "As of 27 August, ...": a date that opens the sentence as an adjunct gives the whole sentence's time; not
    "The 2024 response plan ..."."""
    return ent.start - sent.start <= 2 and ent.root.dep_ in ("pobj", "npadvmod", "advmod", "prep")


def _across_a_semicolon(ent: Span, amount: Amount) -> bool:
    """ "approved 700,000 doses on Monday; a campaign for 650,000 people is planned in the coming days": another
    clause's, when the number's own side of the semicolon gives a time of its own (but "killed 12 in Gaza City
    on Monday; 8 in Khan Younis" is one day)."""
    doc = ent.doc
    lo, hi = sorted((ent.start, amount.start))
    semicolons = [t.i for t in doc[lo:hi] if t.text == ";"]
    if not semicolons:
        return False
    sent = doc[amount.start].sent
    side = doc[semicolons[-1] + 1 : sent.end] if ent.start < amount.start else doc[sent.start : semicolons[0]]
    own = [t for t in side if t.ent_type_ in ("DATE", "TIME") and not ent.start <= t.i < ent.end]
    other = doc[sent.start : semicolons[0]] if ent.start < amount.start else doc[semicolons[-1] + 1 : sent.end]
    # "... water trucking to 300 households; chlorination began on 9 May": two clauses, each with its own verb
    clauses = all(
        any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp") for t in s) for s in (side, other)
    )
    subject = next((t for t in other if t.dep_ in ("nsubj", "nsubjpass")), None) if ent.start > amount.start else None
    back = subject is not None and (subject.pos_ == "PRON" or subject.lemma_ in _EVENT_NOUNS)  # "the attack was on ..."
    return bool(own) or (clauses and ent.start > amount.start and not back)  # a later clause's day is its own


def _names_a_thing(ent: Span) -> bool:
    """ "the April harvest", "the 2023 elections", "resolution 2793 (2025)": a date that only names a thing dates
    no count."""
    doc = ent.doc
    bracketed = ent.start > 1 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"
    named = bracketed and (doc[ent.start - 2].like_num or doc[ent.start - 2].pos_ == "PROPN")
    if named and re.fullmatch(r"(1[89]|20)\d\d", ent.text):
        return True  # "resolution 2793 (2025)": a year in brackets after a name, a document's or a law's
    root = ent.root
    head = root.head
    timely = head.ent_type_ in ("DATE", "TIME") or head.lemma_ in _TIMES_OF_DAY  # "Monday morning"
    day_number = any(t.text.isdigit() and int(t.text) <= 31 for t in ent)  # "February 20", not "March 2023"
    a_day = _names_day(ent) or (day_number and any(t.lower_ in MONTHS for t in ent))
    event = head.lemma_ in _EVENT_NOUNS  # "a Sunday attack", "the February 20 bombing"
    if _names_day(ent) and head.lemma_.lower() in _WEEKLY and root.dep_ in ("compound", "nmod", "amod"):
        return True  # "Sunday mass drew around 400": every Sunday's, not last Sunday's
    modifier = root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and head.i >= ent.end
    planned = any(t.lemma_.lower() in _PLANS for t in head.subtree if root.i < t.i <= root.i + 8)
    modifier = modifier or (root.dep_ == "nummod" and planned)  # "the 2024 plan", "the 2024 Response Plan"
    return modifier and not (timely or a_day or event)


_STORIES = frozenset("story headline headlines bulletin".split())
_WEEKLY = frozenset("mass prayer prayers service services market sermon school class classes".split())
_PLANS = frozenset("plan appeal budget strategy programme program framework overview".split())
_TIMES_OF_DAY = frozenset("morning afternoon evening night dawn dusk midday noon midnight daybreak".split())
_EVENT_NOUNS = frozenset(
    "attack bombing raid strike airstrike clash fighting offensive assault massacre ambush shelling explosion blast "
    "flood earthquake storm cyclone landslide fire killing".split()
)


def _names_day(ent: Span) -> bool:
    day_words = ("morning", "afternoon", "evening", "tonight", "yesterday", "today")
    return any(t.lower_ in WEEKDAYS or t.lower_ in day_words for t in ent)


def _of_other_number(ent: Span, amount: Amount) -> bool:
    """ "27,000, up from 19,500 in January": the date belongs to the other number."""
    for head in list(ent.root.ancestors)[:4]:
        if head.pos_ in ("VERB", "AUX"):
            return False
        if head.like_num and head.pos_ == "NUM" and not amount.start <= head.i < amount.end:
            return True
        if head.lower_ == "from" and any(  # "up from 150 at the start of the year": the parser hangs it on "from"
            c.dep_ == "pobj" and c.like_num and not amount.start <= c.i < amount.end for c in head.children
        ):
            return True
    return False


def _deadline(ent: Span, verb: Token) -> bool:
    """ "could be 50,000 by June": a date a forecast aims at, not when anything happened."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in verb.children)
    return before in ("until", "till") or (before == "by" and modal)


def _has_mark(verb: Token, word: str) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ == word for c in verb.children)


def _own_time(verb: Token) -> bool:
    """ "though hundreds have since gone back": the clause keeps its own time, not its governor's."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ("since", "now", "later", "already", "recently") for c in verb.children
    )


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a word is in; past a speech verb the parse hung it on, the verb that follows it."""
    start = tok
    while (tok.pos_ not in ("VERB", "AUX") or _month(tok)) and tok.head != tok:
        tok = tok.head
    if tok.lemma_ in cue_lemmas() and tok.i < start.i:
        following = next_verb(start)
        return following[0] if following else tok
    return tok


def _month(token: Token) -> bool:
    """ "May", which the tagger may read as the modal verb."""
    return token.lower_ in MONTHS and token.text[:1].isupper()


def _with_preposition(ent: Span, verb: Token) -> str:
    """ "since Sunday" and "in recent weeks" mean more than "Sunday" and "recent weeks"."""
    head = ent.root.head
    # "since the start of the monsoon in July", "since insurgents stormed the town on Friday"; but in "since
    # militants seized 276 girls in April 2014" the count itself is inside the since-clause, and is dated
    doc = ent.doc
    when = ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "when"
    if when and verb in doc[ent.end + 1].head.subtree:  # the count inside the when-clause
        return ent.text  # "since October 2022, when car bombs killed more than 100": the when-clause is dated
    since = [a for a in list(ent.root.ancestors)[:4] if a.lower_ == "since"]
    dverb = clause_verb(ent.root)
    marked = [c for c in dverb.children if c.dep_ == "mark" and c.lower_ == "since"]
    inside = any(s == verb or s in verb.ancestors for s in since) or (marked and dverb == verb)
    if (since or marked) and not inside:
        return f"since {ent.text}"
    if head.lower_ == "of" and head.i == ent.start - 1 and head.i > 0 and doc[head.i - 1].lower_ == "as":
        return f"as of {ent.text}"  # "recorded 7,850 as of 5 October": up to that day
    if head.lower_ == "by" and head.i == ent.start - 1:
        return f"as of {ent.text}"  # "had fled to Maiduguri by Tuesday afternoon": up to then
    if head.dep_ == "prep" and head.i == ent.start - 1 and head.lower_ in ("in", "over", "during", "between"):
        return f"{head.text} {ent.text}"
    return ent.text
