"""Each quotation phenomenon on short reports written for these tests."""

from __future__ import annotations

import pytest

import wirewatch


def quotes_of(text: str, **kw) -> list[wirewatch.Quote]:
    return wirewatch.extract(text, **kw).quotes


def one(quotes, fragment: str) -> wirewatch.Quote:
    hits = [q for q in quotes if fragment in q.text]
    assert hits, f"no quote contains {fragment!r}: {[q.text for q in quotes]}"
    return min(hits, key=lambda q: len(q.text))


def test_direct_quote_with_inverted_attribution_and_role() -> None:
    text = (
        '"The water came up to the roof in one night," said Rahima Khatun, a volunteer with the '
        "Red Crescent in the district, told Reuters."
    )
    q = one(quotes_of(text), "roof in one night")
    assert q.kind == "direct"
    assert q.speaker.name == "Rahima Khatun"
    assert "volunteer" in (q.speaker.role or "")
    assert q.via == ["Reuters"]
    assert text[q.start : q.end] == q.text


def test_quote_broken_by_attribution_keeps_one_speaker() -> None:
    text = '"We counted the bodies at dawn," said Omar Diallo, a local councillor. "Nobody has come to help us since."'
    quotes = quotes_of(text)
    assert one(quotes, "counted the bodies").speaker.name == "Omar Diallo"
    assert one(quotes, "Nobody has come").speaker.name == "Omar Diallo"


def test_pronoun_and_surname_resolve_to_the_person_named_earlier() -> None:
    text = (
        "Grace Mutesi, a nurse at the camp clinic, told AFP that supplies had run out.\n\n"
        '"We are treating burns with salt water," she said.\n\n'
        '"The children are the worst hit," Mutesi added.'
    )
    quotes = quotes_of(text)
    assert one(quotes, "salt water").speaker.name == "Grace Mutesi"
    assert one(quotes, "worst hit").speaker.name == "Grace Mutesi"
    assert one(quotes, "supplies had run out").via == ["AFP"]


def test_role_mention_stands_for_the_named_person() -> None:
    text = (
        "Colonel Idris Kamara, the army spokesman, said troops had secured the bridge.\n\n"
        '"We will hold the line," the army spokesman told the BBC.'
    )
    q = one(quotes_of(text), "hold the line")
    assert q.speaker.name == "Idris Kamara"
    assert q.speaker.mention == "the army spokesman"
    assert q.via == ["BBC"]


def test_partial_quote_inside_reported_speech() -> None:
    text = (
        "Fatou Sow, a regional official, told the Agence France-Presse (AFP) news agency the convoy would "
        'reach the town "within hours".'
    )
    quotes = quotes_of(text)
    partial = one(quotes, "within hours")
    assert partial.kind == "partial"
    assert partial.speaker.name == "Fatou Sow"
    assert partial.via == ["AFP"]
    indirect = one(quotes, "the convoy would reach")
    assert indirect.kind == "indirect" and indirect.via == ["AFP"]


def test_citing_an_agency_makes_it_the_source_and_the_citer_the_relay() -> None:
    text = (
        "Citing the state-run Sudan News Agency (SUNA), the Associated Press (AP) reported that shelling "
        "had killed nine people in the market."
    )
    q = one(quotes_of(text), "shelling had killed nine")
    assert q.speaker.name == "SUNA"
    assert q.via == ["AP"]


def test_agency_quoted_itself_and_it_pronoun() -> None:
    text = (
        '"Roads into the city remain closed to aid lorries," Reuters reported.\n\n'
        '"Fuel prices have tripled since the siege began," it adds.'
    )
    quotes = quotes_of(text)
    assert one(quotes, "Roads into the city").speaker.name == "Reuters"
    second = one(quotes, "Fuel prices")
    assert second.speaker.name == "Reuters" and second.via == []


def test_block_quote_after_agency_intro_and_inner_relay() -> None:
    text = (
        "AFP reports:\n\n"
        "Queues for water stretched for hundreds of metres in the eastern districts on Tuesday.\n\n"
        "Farmers in the valley have abandoned their fields."
    )
    quotes = quotes_of(text)
    block = one(quotes, "Queues for water")
    assert block.kind == "block" and block.speaker.name == "AFP"


def test_institutional_speakers_and_adding_that() -> None:
    text = (
        "The International Committee of the Red Cross (ICRC) has warned that hospitals are running out of "
        "fuel, adding that two clinics had already closed."
    )
    quotes = quotes_of(text)
    assert one(quotes, "hospitals are running out").speaker.name == "ICRC"
    assert one(quotes, "two clinics had already closed").speaker.name == "ICRC"


def test_anonymous_sources_stay_nameless_and_keep_their_relay() -> None:
    text = (
        "A resident of the town who asked not to be named told AFP that the gunmen had left at dusk.\n\n"
        '"They burned the granary before going," the resident said.'
    )
    quotes = quotes_of(text)
    first = one(quotes, "gunmen had left")
    assert first.speaker.name is None and first.speaker.mention.startswith("A resident")
    second = one(quotes, "burned the granary")
    assert second.speaker.name is None
    assert second.via == ["AFP"]


def test_unattributed_quote_has_no_speaker() -> None:
    text = 'Aid workers counted more than forty tents on the hillside.\n\n"Nobody comes here anymore. We wait."'
    q = one(quotes_of(text), "Nobody comes here")
    assert q.speaker.name is None


@pytest.mark.parametrize(
    "furniture",
    [
        "Please let us know if you're having issues with commenting.",
        "Sign up for our morning briefing.",
        "Share this article",
    ],
)
def test_headlines_and_page_furniture_are_never_quotes(furniture: str) -> None:
    text = (
        f'Floods: "we lost everything" say farmers\n\n'
        f"Farmers in the delta said the river rose overnight.\n\n{furniture}"
    )
    article = wirewatch.extract(text)
    assert furniture not in article.text
    assert not any("lost everything" in q.text for q in article.quotes)
    assert article.title and article.title.startswith("Floods")


def test_scare_quotes_are_not_quotations() -> None:
    text = 'The army said it had entered the so-called "liberated zones" on Friday.'
    assert not any(q.text == "liberated zones" for q in quotes_of(text))


def test_publishing_outlet_is_never_a_relay() -> None:
    text = '"The road is cut," Amadou Ba, a driver, told Al Jazeera.'
    assert one(quotes_of(text, outlet="Al Jazeera"), "road is cut").via == []
    assert one(quotes_of(text), "road is cut").via == ["Al Jazeera"]


def test_quoted_as_saying_names_the_one_quoted_and_relays_through_the_quoter() -> None:
    article = wirewatch.extract(
        "State broadcaster RTA quoted the spokesman for the disaster ministry, Abdul Karim Sharifi, as saying "
        "that 300 houses had collapsed."
    )
    quote = next(q for q in article.quotes if "300 houses" in q.text)
    assert quote.speaker.name == "Abdul Karim Sharifi" and quote.via == ["RTA"]


def test_a_statement_carried_by_an_outlet_is_relayed_by_it() -> None:
    article = wirewatch.extract(
        "In a statement carried by the state news agency SUNA, the governor's office said 40 homes had burned."
    )
    quote = next(q for q in article.quotes if "40 homes" in q.text)
    assert quote.speaker.name != "SUNA" and quote.via == ["SUNA"]


def test_a_described_outlet_is_named_by_its_name() -> None:
    article = wirewatch.extract(
        "The district administrator, Ernesto Macuacua, told the Portuguese news agency Lusa that the town was calm."
    )
    quote = article.quotes[0]
    assert quote.speaker.name == "Ernesto Macuacua" and quote.via == ["Lusa"]
    assert not quote.text.startswith("Lusa")


def test_she_goes_to_the_woman_quoted_before_not_the_man_named_last() -> None:
    article = wirewatch.extract(
        '"The water ran out on Monday," said Amina Yusuf, who runs the camp clinic.\n\n'
        "Her neighbour, Ibrahim Sule, was waiting for a truck.\n\n"
        '"We have nothing left for the children," she said.'
    )
    last = article.quotes[-1]
    assert last.speaker.name == "Amina Yusuf"


def test_said_that_opens_what_was_reported_even_when_the_parser_loses_the_clause() -> None:
    text = (
        'At the hospital, nurse Halima Osman told reporters the wards were full. "We have 22 beds," she said. '
        "She said that up to 15 of the wounded needed surgery."
    )
    article = wirewatch.extract(text)
    reported = next(q for q in article.quotes if "up to 15" in q.text)
    assert reported.kind == "indirect" and reported.speaker.name == "Halima Osman"
    claim = next(c for c in article.claims if c.text == "up to 15")
    assert claim.claimant is not None and claim.claimant.name == "Halima Osman"


def test_a_three_part_name_keeps_the_first_name_the_tagger_left_out() -> None:
    text = '"The trucks carried 410 tonnes of wheat," said Tigist Worku Alemayehu, head of the field office.'
    assert [q.speaker.name for q in wirewatch.extract(text).quotes] == ["Tigist Worku Alemayehu"]


def test_a_first_name_after_a_title_belongs_to_the_name() -> None:
    text = "The toll had risen to 12, according to Dr Espérance Kabuya Mwamba, who runs the emergency ward."
    toll = next(c for c in wirewatch.extract(text).claims if c.text == "12")
    assert toll.claimant is not None and toll.claimant.name == "Espérance Kabuya Mwamba"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the police spokesman, Ibrahim Bako was among 12 people killed near Gwoza.", None),
        ("A neighbour, Grace Okafor's brother, said 12 houses had burned.", None),
        ('Amina Yusuf said gunmen seized her husband on Monday and he has not been heard from since. "We are '
         'desperate," she said.', "Amina Yusuf"),
        ('Kemal Duran, the father of a girl wounded in the strike, said the house was gone. "We had nowhere to go," '
         "he said.", "Kemal Duran"),
    ],
)  # fmt: skip
def test_a_name_beside_a_role_and_the_sex_a_role_tells(text: str, speaker: str | None) -> None:
    assert wirewatch.extract(text).quotes[-1].speaker.name == speaker


def test_a_source_cited_for_the_outlets_report_is_not_the_inner_speakers() -> None:
    article = wirewatch.extract(
        "Citing a statement posted on the group's channels, the Lantern reported that the Sahel Front said its "
        "fighters had killed 73 soldiers in the attack.",
        published="2025-11-02",
    )
    inner = next(q for q in article.quotes if q.text.startswith("its fighters"))
    assert inner.speaker.name == "Sahel Front"


def test_he_after_a_nameless_source_keeps_the_words_that_describe_it() -> None:
    article = wirewatch.extract(
        'A local official in Varno, who asked not to be named, told the Lantern that "40 people" died. "We buried '
        'them yesterday," he said.',
        published="2025-09-23",
    )
    buried = next(q for q in article.quotes if q.text.startswith("We buried"))
    assert buried.speaker.name is None and buried.speaker.mention.startswith("A local official")


def test_a_titled_surname_and_a_name_set_after_a_role_and_a_place() -> None:
    quotes = quotes_of(
        "“The wells are dry,” said Joseph Wani, chief of Lokichar village. Mr Wani said the herders had left. "
        "A nun in Kakuma, Sister Agnes Loyce, told AFP that 300 children were sheltering in the mission."
    )
    assert one(quotes, "herders had left").speaker.name == "Joseph Wani"
    assert one(quotes, "300 children").speaker.name == "Agnes Loyce"


def test_an_outlet_keeps_its_name_without_the_words_that_describe_it() -> None:
    quotes = quotes_of(
        "Citing police, the privately owned Sunrise Television reported that four officers were hurt. Citing "
        "the army, the National Broadcasting Service reported that the road had reopened."
    )
    assert one(quotes, "four officers").via == ["Sunrise Television"]
    assert one(quotes, "road had reopened").via == ["National Broadcasting Service"]


def test_a_title_of_the_other_sex_a_spokesman_of_another_side_and_a_when_clause() -> None:
    quotes = quotes_of(
        "Peter Okafor, a trader, said prices had doubled. Mrs Okafor said her shop was looted. Strikes killed 25 "
        "people in the town, the military spokesman said.\n\nLater, rebel spokesman Amos Deng said the strikes "
        "broke the truce. Police said 30 people were killed when residents reported the attack to the chief."
    )
    assert one(quotes, "shop was looted").speaker.name != "Peter Okafor"
    assert one(quotes, "Strikes killed 25").speaker.name != "Amos Deng"
    assert one(quotes, "30 people were killed").text.endswith("reported the attack to the chief")


def test_a_quotation_with_its_own_speaker_beside_an_according_to_and_an_italian_first_name() -> None:
    quotes = quotes_of(
        "“We buried 40 people yesterday,” a village elder said, according to MSF. UNIFIL spokesman Andrea Tenenti "
        "said peacekeepers had recorded 120 violations. Mr Tenenti added that 3 peacekeepers were wounded."
    )
    assert not any(q.text.startswith("We buried") and "said" in q.text for q in quotes)
    assert one(quotes, "3 peacekeepers").speaker.name == "Andrea Tenenti"


def test_a_broadcast_transcript_gives_each_turn_to_its_speaker() -> None:
    text = (
        "ANCHOR (Maria Lopez): Good evening. Fighting in the hills has displaced thousands.\n\n"
        "CORRESPONDENT (Pablo Ruiz): The regional commander, Colonel Andres Quintero, spoke to us this morning.\n\n"
        'QUINTERO (recorded): "We face around 200 armed men in these hills."\n\n'
        "RUIZ: The town's mayor, Jorge Gomez Vidal, described the shelters.\n\n"
        "GOMEZ (phone): We have nearly 400 families in the school and no more room.\n\n"
        "KENYA: a label that names no one."
    )
    quotes = quotes_of(text, outlet="Radio Andes")
    assert one(quotes, "200 armed men").speaker.name == "Andres Quintero"
    assert one(quotes, "400 families").speaker.name == "Jorge Gomez Vidal"
    assert not [q for q in quotes if "displaced thousands" in q.text or "described the shelters" in q.text]


def test_a_number_right_after_said_belongs_to_what_was_said_and_a_title_inside_a_name() -> None:
    text = (
        "Karim Sanni, the deputy mayor, spoke by telephone. He said between 10 and 15 villagers were still missing. "
        '"We counted 20 dead," Abdirahman Sheikh Ali, a county councillor, told the Daily Nation.'
    )
    quotes = quotes_of(text)
    assert "between 10 and 15" in one(quotes, "villagers were still missing").text
    assert one(quotes, "20 dead").speaker.name == "Abdirahman Sheikh Ali"


def test_a_station_s_own_people_speak_in_its_voice_even_without_a_role_word() -> None:
    text = (
        "Good evening, I'm Judy Marsh. Fighting continues in the north.\n\n"
        "MARSH: Fighting around the town has killed at least 60 people, medics said."
    )
    quotes = quotes_of(text, outlet="Radio Andes")
    assert not [q for q in quotes if q.speaker.name == "Judy Marsh"]


def test_a_dateline_with_its_region_and_the_same_body_named_again() -> None:
    article = wirewatch.extract(
        "KHAR, Bajaur: Aslam Khan, 61, keeps a list of his neighbours.\n\n"
        "By midday the Kani Township People's Administration had raised the toll to 14. An hour ago the same "
        "administration told me 23 people had been killed.",
        published="2026-02-08",
    )
    assert not any(e.name == "Bajaur" and e.type == "person" for e in article.entities)
    later = next(q for q in article.quotes if "23 people" in q.text)
    assert later.speaker.name == "Kani Township People's Administration"


def test_a_clip_is_the_words_of_the_person_its_label_names() -> None:
    article = wirewatch.extract(
        "Strikes hit a market in Sagaing\n\nPRESENTER: Our correspondent has more.\n\n"
        "[CLIP – rescue volunteer Ko Zaw Min Tun, voiced over in English]\n"
        '"We pulled nine bodies from the market. We have only one ambulance."\n\nPRESENTER: Thank you.',
        published="2026-04-16",
    )
    clip = next(q for q in article.quotes if "nine bodies" in q.text)
    assert clip.speaker.name.endswith("Zaw Min Tun")
    assert not any(e.name == "CLIP" for e in article.entities)


def test_an_organisation_that_speaks_with_a_colon_is_no_dateline_and_a_town_is_no_first_name() -> None:
    article = wirewatch.extract(
        "Children die in the camps\n\n"
        'UNICEF, the UN children\'s agency, warned: "Children are dying," adding that 300 had died.\n\n'
        'In Kabul Ahmad Shah, a teacher, said 20 people died. "We have nothing," said Shah, 45, a farmer.',
        published="2025-06-12",
    )
    warning = next(q for q in article.quotes if "Children are dying" in q.text)
    assert warning.speaker.name == "UNICEF"
    assert not any(e.name.startswith("Kabul") and e.type == "person" for e in article.entities)


def test_the_government_said_after_a_government_named_with_its_country() -> None:
    article = wirewatch.extract(
        "Drones hit Kyiv\n\nRussia launched 400 drones at Kyiv overnight, Ukraine's government said. \"This is "
        'terror," the government said, adding that 12 people died. The interim government of Bangladesh sent aid.',
        published="2025-06-12",
    )
    terror = next(q for q in article.quotes if "terror" in q.text)
    assert terror.speaker.name == "Ukraine's government"


def test_a_wire_interviewee_keeps_the_agency_but_not_in_a_later_interview_of_the_writers() -> None:
    article = wirewatch.extract(
        "A town under siege\n\n"
        '"We have no water," Amina Said, a teacher, told Reuters by telephone.\n\nThe army said it was sending '
        "troops.\n\nThe shelling went on all night.\n\n"
        'Said said her son was sick. "There is no clinic," she said.\n\n'
        'The mayor, Jonas Tembe, told the state broadcaster TVR that 20 people had died.\n\n"We had 31 schools," '
        "Tembe said in his office.",
        published="2025-06-12",
        outlet="The Coast Weekly",
    )
    clinic = next(q for q in article.quotes if "no clinic" in q.text)
    assert clinic.via == ["Reuters"]
    schools = next(q for q in article.quotes if "31 schools" in q.text)
    assert schools.via == []


def test_speakers_the_parser_loses_and_relays_set_beside_them() -> None:
    article = wirewatch.extract(
        "In a statement read on the state broadcaster MRTV, the junta's True News Information Team said around 30 "
        "fighters had been killed. Colonel Amadou Hamani, an army spokesman quoted by the state news agency ANP, "
        "said 11 soldiers were wounded. Up at the crossing, Commander Hafiz Noorullah, whose unit guards the "
        "border, said between 3,000 and 5,000 people cross on an ordinary day.\n\nResidents also say troops "
        "entered the area on Sunday and set fire to houses. They say more than 2 square kilometres of farmland "
        "were burned.",
        published="2026-10-14",
        outlet="Radio Kani",
    )
    by_text = {c.text: c for c in article.claims}
    team = by_text["around 30"]
    assert team.claimant.name == "True News Information Team" and team.via == ["MRTV"]
    assert by_text["11"].via == ["ANP"]
    assert by_text["between 3,000 and 5,000"].claimant.name == "Hafiz Noorullah"
    assert by_text["more than 2"].claimant is None or by_text["more than 2"].claimant.name is None


def test_a_nameless_subject_a_quoted_coordinator_and_a_name_after_a_backer() -> None:
    article = wirewatch.extract(
        "Governor Hamadou Kabore said 11 soldiers had died. A resident of Pama, reached by telephone, rejected the "
        'official figure. "I helped load the bodies myself and there were more than twenty," he said. The medical '
        'charity MSF issued a statement. The statement quoted its emergency coordinator, Lucas Moreau: "We '
        'received 35 wounded in under two hours." The Al-Qaeda-linked Group to Support Islam and Muslims (JNIM) '
        "claimed the attack, saying its fighters had seized 14 vehicles.",
        published="2026-03-24",
        outlet="Radio Est",
    )
    by_text = {c.text: c for c in article.claims}
    resident = by_text["more than twenty"].claimant
    assert resident is None or resident.name is None
    assert by_text["35"].claimant.name == "Lucas Moreau"
    assert by_text["14"].claimant.name == "JNIM"
