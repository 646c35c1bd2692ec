"""Numeric claims, one phenomenon a test, on short reports the team wrote for them."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.models import Article, Claim
from wirewatch.stages.claims.numbers import read_numeral

PUBLISHED = "2024-03-12"  # a Tuesday


def claims_of(text: str, published: str | None = PUBLISHED) -> Article:
    return wirewatch.extract(text, published=published)


def claim(article: Article, text: str) -> Claim:
    found = [c for c in article.claims if c.text == text]
    assert found, f"no claim {text!r} in {[c.text for c in article.claims]}"
    return found[0]


# -- numerals ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("numeral", "value"),
    [("1,000", 1000), ("12", 12), ("1.2", 1.2), ("1,250,000", 1250000), ("1.000.000", 1000000)],
)
def test_well_formed_numerals_are_read(numeral: str, value: float) -> None:
    assert read_numeral(numeral).value == value


@pytest.mark.parametrize(
    ("numeral", "readings"),
    [("20,00", {2000, 20000}), ("1.000.00", {1000, 100000}), ("5,0000", {5000, 50000})],
)
def test_malformed_numerals_keep_their_readings_and_no_value(numeral: str, readings: set[int]) -> None:
    read = read_numeral(numeral)
    assert read.malformed and read.value is None
    assert readings <= set(read.readings)


def test_a_malformed_numeral_is_flagged_never_fixed() -> None:
    article = claims_of("Officials said an estimated 30,00 people had fled the district since the floods began.")
    found = claim(article, "an estimated 30,00")
    assert found.malformed and found.value is None and found.low is None and found.high is None
    assert {"3000", "30000"} <= set(found.flags)
    assert found.hedge == "estimated"


# -- hedges and bounds -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "hedge", "low", "high"),
    [
        ("more than 300", "more_than", 300, None),
        ("over 300", "more_than", 300, None),
        ("at least 300", "at_least", 300, None),
        ("up to 300", "up_to", None, 300),
        ("as many as 300", "up_to", None, 300),
        ("no more than 300", "at_most", None, 300),
        ("nearly 300", "nearly", None, 300),
        ("almost 300", "nearly", None, 300),
        ("about 300", "about", 300, 300),
        ("some 300", "about", 300, 300),
        ("an estimated 300", "estimated", 300, 300),
        ("between 300 and 400", "range", 300, 400),
        ("300 to 400", "range", 300, 400),
        ("300 or more", "at_least", 300, None),
    ],
)
def test_hedges_set_the_bounds(phrase: str, hedge: str, low: float | None, high: float | None) -> None:
    article = claims_of(f"The camp committee said {phrase} families arrived at the school on Monday.")
    found = claim(article, phrase)
    assert (found.hedge, found.low, found.high) == (hedge, low, high)


def test_a_modal_before_the_number_is_a_possible_figure() -> None:
    article = claims_of("A nurse said there may be 600 patients still waiting outside the clinic.")
    found = claim(article, "may be 600")
    assert found.hedge == "possible" and found.approximate and found.value == 600


def test_the_hedge_next_to_the_number_wins() -> None:
    found = claim(claims_of("He said there could be more than 800 fighters in the hills."), "more than 800")
    assert found.hedge == "more_than" and found.low == 800


# -- words, vague quantities, money, area, percent ---------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [("dozens", 24, 99), ("hundreds", 200, 999), ("tens of thousands", 20000, 99999)],
)
def test_vague_quantities_are_ranges(phrase: str, low: float, high: float) -> None:
    article = claims_of(f"Police said {phrase} of people marched through the capital on Sunday.")
    found = claim(article, phrase)
    assert (found.hedge, found.low, found.high, found.approximate) == ("range", low, high, True)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("eleven", 11), ("twenty-five", 25), ("1.2 million", 1_200_000), ("one hundred and twenty", 120)],
)
def test_number_words_are_read(phrase: str, value: float) -> None:
    article = claims_of(f"The ministry said {phrase} people were registered at the camps last week.")
    assert claim(article, phrase).value == value


def test_money_area_and_percent() -> None:
    article = claims_of(
        "The agency said it needed $4.5 million to replant 3,000 hectares of farmland, "
        "and that 40 percent of wells had dried up."
    )
    assert claim(article, "$4.5 million").category == "money"
    assert claim(article, "$4.5 million").value == 4_500_000
    assert claim(article, "3,000").category == "area"
    assert claim(article, "40").referent == "percent"


# -- what is counted -----------------------------------------------------------------------------------
def test_the_sentence_decides_the_category() -> None:
    article = claims_of(
        "A roadside bomb killed at least 9 people near the market on Sunday. "
        "Doctors said 31 wounded patients were brought to the hospital. "
        "The army said 400 soldiers had been sent to the border. "
        "Floods have forced 12,000 people from their homes. "
        "Rescuers evacuated 60 families by boat. "
        "Police arrested 14 men after the protest."
    )
    assert claim(article, "at least 9").category == "killed"
    assert claim(article, "31").category == "injured"
    assert claim(article, "400").category == "troops"
    assert claim(article, "12,000").category == "displaced"
    assert claim(article, "60").category == "evacuated"
    assert claim(article, "14").category == "detained"


def test_supplies_handed_out_are_aid_and_people_without_a_home_are_displaced() -> None:
    article = claims_of(
        "The agency dispatched 5,000 tarpaulins to the camps and delivered 36 generators to the town. "
        "The ministry provided 200 police officers for the convoy. "
        "More than 4,000 people have crossed from the hills into the neighbouring province since Friday. "
        "About 9,000 villagers are sleeping in the open near the market. "
        "The offensive drove 70,000 people across the border."
    )
    assert claim(article, "5,000").category == "aid"
    assert claim(article, "36").category == "aid"
    assert claim(article, "200").category == "troops"
    assert claim(article, "More than 4,000").category == "displaced"
    assert claim(article, "About 9,000").category == "displaced"
    assert claim(article, "70,000").category == "displaced"


def test_coordinated_counts_of_dead_and_injured() -> None:
    article = claims_of("At least 7 people were killed and dozens injured when the bridge collapsed, officials said.")
    assert claim(article, "At least 7").category == "killed"
    assert claim(article, "dozens").category == "injured"


def test_a_toll_that_rises() -> None:
    article = claims_of("The death toll from the landslide rose to 41 on Monday, up from 34 a day earlier.")
    assert claim(article, "41").category == "killed"
    assert claim(article, "41").date == "2024-03-11"
    assert claim(article, "34").category == "killed"


def test_money_stays_money_whatever_happened() -> None:
    article = claims_of("The governor promised 200,000 shillings to each family of the people killed in the raid.")
    assert claim(article, "200,000").category == "money"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceasefire began on 12 May 2023 and lasted for three days.",
        "A 12-year-old boy was among the crowd at 3 p.m.",
        "The village lies 40 km north of the river crossing.",
        "The council passed Resolution 2216 after a long debate.",
        "There are two options: surrender or war.",
        "One of the convoys turned back before dawn.",
        "The war began in 2015 and has not ended.",
        "Two witnesses said the gunmen wore uniforms.",
    ],
)
def test_numbers_that_count_nothing_are_not_claims(sentence: str) -> None:
    assert claims_of(sentence).claims == []


# -- who claims it ----------------------------------------------------------------------------------------
def test_a_number_in_a_quote_belongs_to_its_speaker_and_relays() -> None:
    article = claims_of(
        "Amadou Traore, a spokesman for the regional governor, told Reuters the flood had destroyed "
        "more than 2,000 homes.\n\n"
        '"There may be 5,000 people without shelter tonight," Traore said.'
    )
    first, second = claim(article, "more than 2,000"), claim(article, "may be 5,000")
    for found in (first, second):
        assert found.claimant is not None and found.claimant.name == "Amadou Traore"
        assert found.via == ["Reuters"]
        assert found.quote_index is not None
        assert article.quotes[found.quote_index].start <= found.start < article.quotes[found.quote_index].end


def test_citing_a_source_makes_it_the_claimant_and_the_citer_a_relay() -> None:
    article = claims_of(
        "Citing the state-run Sudan News Agency (SUNA), the Associated Press (AP) reported that shelling "
        "killed at least 12 people on Sunday."
    )
    found = claim(article, "at least 12")
    assert found.claimant is not None and found.claimant.name == "SUNA"
    assert found.via == ["AP"]
    assert found.date == "2024-03-10"


def test_nameless_sources_keep_no_name() -> None:
    article = claims_of("Residents said up to 300 families had fled the village since Saturday.")
    found = claim(article, "up to 300")
    assert found.claimant is not None and found.claimant.name is None
    assert found.claimant.mention == "Residents"
    assert found.date == "2024-03-09/.."


def test_who_raises_a_toll_claims_it_and_a_report_runs_on_past_its_attribution() -> None:
    article = claims_of(
        "Governor Amina Sow said on Monday that 4 people had died. By evening she had raised the toll to 11. "
        "The Relief Ministry said in a statement that 300 homes had collapsed. More than 5,000 people had lost "
        "their homes, it said, and 900 hectares of maize had been flooded."
    )
    assert claim(article, "11").claimant.name == "Amina Sow"
    assert claim(article, "900").claimant.name == claim(article, "More than 5,000").claimant.name
    assert claim(article, "900").claimant.name is not None


def test_a_count_the_parser_takes_for_the_object_of_said_is_still_reported() -> None:
    article = claims_of(
        "The Lakeside Relief Network, which runs two clinics, said 210 families, or some 1,300 people, had fled "
        "the valley, and that 35 houses had burned."
    )
    for number in ("210", "some 1,300", "35"):
        assert claim(article, number).claimant.name == "Lakeside Relief Network"


def test_who_counts_or_reported_a_figure_claims_it() -> None:
    article = claims_of(
        "The relief office counts 52,000 people displaced across the province. "
        "The Northern Health Bureau had earlier reported nine dead."
    )
    assert claim(article, "52,000").claimant.name == "relief office"
    assert claim(article, "nine").claimant.name == "Northern Health Bureau"


def test_the_department_or_ministry_named_before_claims_and_a_full_name_is_no_description() -> None:
    article = claims_of(
        "The Department of Flood Relief (DFR) opened 40 centres on Monday. The department said it had handed out "
        "9,000 food packs. In a statement, Kenya's Ministry of Water Works said 12 wells were dry. The ministry "
        "put the damage at $3 million. According to the Lakeland Bureau of Roads, 80 bridges were closed. "
        "According to the county Bureau of Schools, 31 schools were shut."
    )
    assert claim(article, "9,000").claimant.name == "DFR"
    assert "Ministry of Water Works" in claim(article, "12").claimant.name
    assert claim(article, "$3 million").claimant.name == claim(article, "12").claimant.name
    assert claim(article, "31").claimant.name == "Bureau of Schools"


def test_an_organisation_reporting_its_own_work_claims_it() -> None:
    article = claims_of(
        "The Hill Relief Agency said 14 people had died. It has dispatched 1,200 tarpaulins to the camps. "
        "The ministry says its troops are deployed to protect the valley. It has at times sent 50 armoured "
        "vehicles into a single town."
    )
    assert claim(article, "1,200").claimant.name == "Hill Relief Agency"
    assert claim(article, "50").claimant is None


def test_the_outlet_own_numbers_have_no_claimant() -> None:
    found = claim(claims_of("The convoy of 23 trucks reached the town on Monday."), "23")
    assert found.claimant is None and found.via == [] and found.quote_index is None
    assert found.category == "vehicles"


def test_according_to_an_organisation() -> None:
    article = claims_of("The fighting has displaced about 4,000 people, according to the UN refugee agency UNHCR.")
    found = claim(article, "about 4,000")
    assert found.claimant is not None and found.claimant.name == "UNHCR"


def test_an_estimate_is_claimed_by_who_makes_it() -> None:
    article = claims_of("The port authority estimated the damage at $38 million.")
    found = claim(article, "$38 million")
    assert found.hedge == "estimated"
    assert found.claimant is not None and found.claimant.name == "port authority"


# -- when ------------------------------------------------------------------------------------------------
def test_dates_resolve_against_publication_and_periods_stay_periods() -> None:
    article = claims_of(
        "On Sunday, gunmen killed 5 villagers near the well. "
        "Aid workers said 900 people had left the area in recent weeks. "
        "The agency said in January that 70 schools were closed."
    )
    assert claim(article, "5").date == "2024-03-10"
    assert claim(article, "900").date == "../2024-03-12"


def test_without_a_publication_date_relative_dates_stay_unresolved() -> None:
    article = claims_of("On Sunday, gunmen killed 5 villagers near the well.", published=None)
    assert claim(article, "5").date is None


def test_a_night_named_by_its_day_dates_the_count() -> None:
    article = claims_of("Raiders burned 30 huts in a raid on Sunday night in the hills, the mayor said.")
    assert claim(article, "30").date == "2024-03-10"


def test_a_date_after_two_joined_verbs_dates_both_but_not_a_clause_of_its_own() -> None:
    article = claims_of(
        "At least 9 herders were killed and 14 wounded on Sunday, the governor said. "
        "The clinic said it had treated 41 patients, and that 300 families had fled since Saturday."
    )
    assert claim(article, "At least 9").date == "2024-03-10"
    assert claim(article, "14").date == "2024-03-10"
    assert claim(article, "41").date is None
    assert claim(article, "300").date == "2024-03-09/.."


def test_parts_of_a_count_and_a_length_of_road_are_claims_of_the_report() -> None:
    article = claims_of(
        "LAKESIDE: At least 31 people have been killed in floods since Sunday, the relief authority said. Of the "
        "injured, 23 were in critical condition, it said. The authority said that 1,146 houses had been damaged, "
        "212 of them completely destroyed, and that 64 km of roads had been washed away."
    )
    assert claim(article, "At least 31").claimant.name == "relief authority"
    assert claim(article, "23").category == "injured"
    for number in ("212", "64"):
        assert claim(article, number).claimant.name == "relief authority"


def test_a_since_on_the_second_of_two_joined_verbs_dates_the_count() -> None:
    article = claims_of(
        "The clinic said its staff had received 38 bodies and treated 126 wounded people since the raid began."
    )
    assert claim(article, "38").date == claim(article, "126").date == "../2024-03-12"


def test_a_date_after_up_from_belongs_to_the_earlier_figure() -> None:
    article = claims_of("A sack of maize now sells for 900 shillings, up from 600 at the start of the year.")
    assert claim(article, "900").date is None
    assert claim(article, "600").date == "2024-01"


def test_a_date_on_the_subject_or_in_a_clause_of_the_same_time_dates_the_count() -> None:
    article = claims_of(
        "Witnesses said that shelling on Sunday destroyed 60 shops in the market. "
        "Villagers killed 8 of the raiders as they fled towards the river on Saturday, the chief said."
    )
    assert claim(article, "60").date == "2024-03-10"
    assert claim(article, "8").date == "2024-03-09"


def test_offsets_point_into_the_text() -> None:
    article = claims_of("Officials said nearly 5,000 people were still inside the town on Monday.")
    for found in article.claims:
        assert article.text[found.start : found.end] == found.text


def test_currency_and_scale_written_into_the_numeral() -> None:
    article = claims_of("The gang lowered its demand to ₦150m, and donors pledged $4.5bn for the region.")
    assert claim(article, "₦150m").value == 150_000_000 and claim(article, "₦150m").category == "money"
    assert claim(article, "$4.5bn").value == 4_500_000_000


def test_a_part_of_an_earlier_count_keeps_its_category() -> None:
    article = claims_of("The hospital received 71 wounded people on Friday, 14 of them in critical condition.")
    assert claim(article, "14").category == "injured"


def test_a_count_restated_through_a_pronoun() -> None:
    article = claims_of(
        "Police said 87 pupils had been abducted from the school.\n\n"
        '"Our count is based on the register. It is 87," the police spokesman said.'
    )
    restated = [c for c in article.claims if c.text == "87"]
    assert len(restated) == 2 and {c.category for c in restated} == {"detained"}


def test_a_bare_age_after_a_name_is_not_a_claim() -> None:
    article = claims_of('"Amina is 14 and Zainab is only nine," their mother said.')
    assert article.claims == []


def test_who_something_is_for_is_not_what_happened_to_them() -> None:
    article = claims_of("The clinic said there was nothing left for the 40 children, and that 300 families had fled.")
    assert claim(article, "40").category == "people"
    assert claim(article, "300").category == "displaced"


def test_a_nameless_spokesperson_claims_for_the_organisation_an_anonymous_official_for_nobody() -> None:
    article = claims_of(
        "A UNHCR spokesperson in Geneva said 14 learning centres had burned. A WFP official in Herat, who asked "
        "not to be named, said the number of people in need could be more than 250,000."
    )
    spokesperson = claim(article, "14").claimant
    assert spokesperson is not None and spokesperson.name == "UNHCR" and spokesperson.entity_id is not None
    official = claim(article, "more than 250,000").claimant
    assert official is None or official.name is None


def test_according_to_a_name_the_parser_misreads() -> None:
    article = claims_of("Around 60 percent of those left homeless are children, according to Save the Children.")
    claimant = claim(article, "Around 60").claimant
    assert claimant is not None and claimant.name == "Save the Children"


def test_a_description_holding_a_name_is_that_name_not_the_agency_named_last() -> None:
    article = claims_of(
        "Three civilians were killed on Saturday, AFP reported. The UN refugee agency UNHCR said it had sent "
        "1,500 hygiene kits to the border."
    )
    claimant = claim(article, "1,500").claimant
    assert claimant is not None and claimant.name == "UNHCR"


def test_a_name_the_tagger_cut_after_its_title_is_claimed_in_full() -> None:
    article = claims_of(
        "A military spokesman, Lieutenant Colonel Musa Garba Idris, told AFP that some 300 shelters had burned."
    )
    claimant = claim(article, "some 300").claimant
    assert claimant is not None and claimant.name == "Musa Garba Idris"
    assert claim(article, "some 300").via == ["AFP"]


def test_a_dateline_is_never_the_speaker() -> None:
    article = claims_of(
        "KIDAL, Mali, 3 June 2026 - A UNHCR spokesperson in Bamako said about 4,000 people had fled the town."
    )
    claimant = claim(article, "about 4,000").claimant
    assert claimant is not None and claimant.name == "UNHCR"
    assert not any(e.name == "Mali" and e.type != "place" for e in article.entities)


def test_a_former_staff_member_claims_for_nobody() -> None:
    article = claims_of("A former WFP staff member said 200 trucks were blocked near the town.")
    claimant = claim(article, "200").claimant
    assert claimant is None or claimant.name != "WFP"


def test_a_titled_name_the_tagger_calls_an_organisation_is_a_person() -> None:
    article = claims_of(
        "In a statement read on state radio, army spokesman Major Théophile Kasongo Mbuyi said troops had killed "
        "more than 40 rebels in fighting around Minova since Friday."
    )
    claimant = claim(article, "more than 40").claimant
    assert claimant is not None and claimant.name == "Théophile Kasongo Mbuyi"
    assert claimant.entity_id is not None and claimant.entity_id.startswith("P")
    assert not any(e.type == "organization" and "Mbuyi" in e.name for e in article.entities)


@pytest.mark.parametrize(
    ("sentence", "number", "field", "value"),
    [
        ("About 500 soldiers crossed into the valley on Sunday.", "About 500", "category", "troops"),
        ("The army dispatched 40 armoured vehicles to the town.", "40", "category", "vehicles"),
        ("The news agency could not independently confirm 40 deaths.", "40", "claimant", None),
        ("Fresh air strikes on Sunday raised the death toll to 40.", "40", "claimant", None),
        ("Gunmen killed 12 people in the village, as the army confirmed on Sunday.", "12", "date", None),
        ("Troops killed 12 insurgents after the rebels attacked a base in January.", "12", "date", None),
    ],
)
def test_what_the_new_rules_leave_alone(sentence: str, number: str, field: str, value: str | None) -> None:
    found = getattr(claim(claims_of(sentence), number), field)
    assert (found.name if field == "claimant" and found else found) == value


def test_a_range_between_two_sums_of_money_is_one_range() -> None:
    article = claims_of("Smugglers charge between $400 and $700 a seat, families in the camp said.")
    found = claim(article, "between $400 and $700")
    assert (found.hedge, found.low, found.high) == ("range", 400, 700)


def test_an_army_general_staff_claims_for_its_army_and_it_is_not_its_forces() -> None:
    article = claims_of(
        "KIDAL (Reuters) - Mali's army said 23 soldiers were killed when militants stormed a camp on Sunday.\n\n"
        "In a communique issued on Monday, the army general staff said its forces had killed 41 attackers. It said "
        "17 soldiers were wounded."
    )
    assert claim(article, "41").claimant.name == claim(article, "23").claimant.name
    assert claim(article, "17").claimant.name == claim(article, "23").claimant.name


def test_a_role_set_before_a_name_claims_by_that_name() -> None:
    article = claims_of(
        "The rebels deny abusing civilians. Its spokesman, Aung Kyaw Min, told a local news site that the group had "
        "moved 3,000 residents from the front line.\n\nCiting the regional governor, Colonel Ibrahim Maiga, state "
        "radio reported that 62 civilians were evacuated to Niono on Monday."
    )
    assert claim(article, "3,000").claimant.name == "Aung Kyaw Min"
    assert claim(article, "62").claimant.name == "Ibrahim Maiga"


def test_she_finds_the_woman_the_report_introduced_though_her_first_name_reads_male() -> None:
    article = claims_of(
        "A hospital in Oicha took in 40 wounded on Monday, Jean Kambale, a local official, said.\n\n"
        "Around 4,000 people have arrived in Oicha since Sunday, Ange Mwamini, a spokeswoman for the UN refugee "
        'agency, said. "Around 650 families are sleeping in two schools," she added.\n\n'
        "HEADING\n\nNur Begum was 19 when she first fled her village. The boatmen took 50,000 kyat per person, she "
        "said."
    )
    assert claim(article, "Around 650").claimant.name == "Ange Mwamini"
    assert claim(article, "50,000").claimant.name == "Nur Begum"


@pytest.mark.parametrize(
    ("sentence", "number", "category"),
    [
        ("The stadium alone is hosting 900 people, most of them sleeping on mattresses.", "900", "displaced"),
        ('"We had 6,000 families in Virac sleeping in schools and churches," the mayor said.', "6,000", "displaced"),
        ("The group said 3,450 families, or some 19,000 people, had fled the area since Monday.", "3,450", "displaced"),
        ("The group said 3,450 families, or some 19,000 people, had fled the area since Monday.", "some 19,000",
         "displaced"),
        ("She said her camp had received about 1,200 new households since March.", "about 1,200", "displaced"),
        ("Thousands of people spent a second night away from their homes on Monday.", "Thousands", "displaced"),
        ("The health centre had received 17 wounded soldiers, four of them in critical condition.", "four",
         "injured"),
        ("The army fired 1,000 shells into the town, forcing 3,000 families from their homes.", "1,000", "other"),
        ("The base hosts 2,500 troops.", "2,500", "troops"),
    ],
)  # fmt: skip
def test_people_housed_received_or_away_from_home_are_displaced(sentence: str, number: str, category: str) -> None:
    assert claim(claims_of(sentence), number).category == category


def test_a_day_after_said_is_no_claimant() -> None:
    article = claims_of("Hundreds of gang members stormed the town on Monday, officials and residents said Thursday.")
    hundreds = claim(article, "Hundreds")
    assert (hundreds.claimant is None or hundreds.claimant.name is None) and hundreds.category == "fighters"


def test_a_second_guess_bounds_a_range_and_a_speaker_gives_his_name() -> None:
    article = claims_of('"They came with 50, maybe 60 trucks," said a farmer who gave only his first name, Yusuf.')
    trucks = claim(article, "50, maybe 60")
    assert (trucks.low, trucks.high, trucks.hedge) == (50, 60, "range")
    assert trucks.claimant is not None and trucks.claimant.name == "Yusuf"


def test_a_known_organisation_whose_name_holds_a_role_noun_is_that_organisation() -> None:
    article = claims_of("Doctors Without Borders said its clinic in Kalma had treated 37 wounded patients.")
    assert claim(article, "37").claimant.name == "MSF"


def test_whose_assessment_or_images_give_a_figure_claims_it() -> None:
    article = claims_of(
        "The Ministry of Home Affairs (MoHA) said 150 people died. MoHA's preliminary assessment puts the number of "
        "damaged houses at an estimated 41,000, including some 12,800 that were fully destroyed. Satellite images "
        "analysed by the Sahel Monitoring Project showed at least 1,300 homes burned."
    )
    for number in ("an estimated 41,000", "some 12,800"):
        assert claim(article, number).claimant.name == "MoHA"
    assert claim(article, "at least 1,300").claimant.name == "Sahel Monitoring Project"


def test_the_publishers_own_images_are_its_own_voice() -> None:
    text = "Satellite images reviewed by The Lantern show that more than 600 shelters were burned."
    article = wirewatch.extract(text, published=PUBLISHED, outlet="The Lantern")
    assert claim(article, "more than 600").claimant is None


def test_a_participle_after_the_source_goes_on_with_its_claim() -> None:
    text = "Some 300 classrooms were damaged, the Education Cluster says, affecting an estimated 27,000 pupils."
    article = claims_of(text)
    assert claim(article, "an estimated 27,000").claimant.name == "Education Cluster"


def test_relays_named_in_order_with_a_channel_of_a_known_outlet() -> None:
    article = claims_of(
        "An army officer, speaking to Al Jazeera Mubasher, said 120 fighters were killed. The district head, Ali Musa, "
        "told private broadcaster Radio Kalangu, in remarks relayed by the news site Sahelinfo.net, that as many as "
        "45 people had died."
    )
    assert claim(article, "120").via == ["Al Jazeera Mubasher"]
    assert claim(article, "as many as 45").via == ["Radio Kalangu", "Sahelinfo.net"]


def test_currency_codes_before_a_sum() -> None:
    article = claims_of("The government released NPR 500 million for relief.")
    assert claim(article, "NPR 500 million").category == "money"


def test_a_possessive_country_is_no_person_of_a_government() -> None:
    article = claims_of(
        "Burkina Faso’s military government rarely comments on the siege. In a statement, it said the army had "
        "delivered more than 2,000 tonnes of food."
    )
    assert claim(article, "more than 2,000").claimant.name == "Burkina Faso’s military government"


def test_a_sentence_s_one_day_dates_a_number_in_another_clause_but_not_a_statement_day() -> None:
    article = claims_of(
        "A spokeswoman said the agency had been cleared to move 60 trucks from the crossing on Monday night. "
        "In a statement on Monday, the ministry said 40 people had died."
    )
    assert claim(article, "60").date == "2024-03-11"
    assert claim(article, "40").date is None


def test_the_number_of_houses_is_no_toll() -> None:
    article = claims_of(
        "The toll rose to 30 on Monday. The assessment puts the number of damaged houses at an estimated 41,000."
    )
    assert claim(article, "an estimated 41,000").category == "other"


@pytest.mark.parametrize(
    ("sentence", "number", "category"),
    [
        ('"We had two surgeons for 37 wounded patients," she said.', "two", "other"),
        ("Two doctors fled to Chad on Monday.", "Two", "displaced"),
        ("The group had moved around 6,500 people to safer areas.", "around 6,500", "evacuated"),
        ("About 300 families moved to the city last year.", "About 300", "people"),
        ("Two people were still believed to be trapped under a collapsed building.", "Two", "missing"),
        ("It said 17 people had been killed, among them three children and a teacher.", "three", "killed"),
    ],
)
def test_staff_moved_trapped_and_among_them(sentence: str, number: str, category: str) -> None:
    assert claim(claims_of(sentence), number).category == category


def test_a_date_in_a_sibling_clause_or_of_speaking_dates_no_number() -> None:
    article = claims_of(
        "The administrator told Lusa that at least 12 civilians were killed, and that the bodies of two officers "
        "were found on Saturday. Speaking on state television on Monday, the governor said 120 trucks had arrived."
    )
    assert claim(article, "at least 12").date is None
    assert claim(article, "120").date is None


@pytest.mark.parametrize(
    ("sentence", "number", "category"),
    [
        ("Some 300,000 civilians are trapped in the besieged city.", "Some 300,000", "civilians"),
        ("About 5,000 families never returned home after the floods.", "About 5,000", "people"),
        ("Three doctors were among the 40 people killed in the strike.", "Three", "killed"),
    ],
)
def test_what_trapped_never_returned_and_among_do_not_say(sentence: str, number: str, category: str) -> None:
    assert claim(claims_of(sentence), number).category == category


def test_a_dated_document_names_no_claimant_and_the_publishers_tally_is_its_own() -> None:
    assert (
        claim(claims_of("The January report put the number of displaced at 2 million."), "2 million").claimant.name
        is None
    )
    article = wirewatch.extract("A Lantern tally put the toll at 45.", published=PUBLISHED, outlet="Lantern")
    assert claim(article, "45").claimant is None


def test_a_date_of_a_conjoined_verb_dates_no_number() -> None:
    assert claim(claims_of("The camp now hosts 30,000 people and was attacked on Friday."), "30,000").date is None


def test_a_capitalised_role_before_a_name_and_the_countrys_ministry() -> None:
    article = claims_of(
        'Farmer Abdul Rahim, 52, said the water took 40 sheep. "We lost three houses," he said. Floods killed at '
        "least 68 people, the country’s disaster management ministry said."
    )
    assert claim(article, "40").claimant.name == "Abdul Rahim"
    assert claim(article, "at least 68").claimant.name == "disaster management ministry"


def test_he_after_a_nameless_official_is_that_official_not_the_person_named_before() -> None:
    article = claims_of(
        "Governor Lina Ostrova said 15 attackers were killed. A local official in Varno, who asked not to be "
        'named, told the Lantern by phone that "at least 40 people" had died. "We buried 14 people yesterday," he '
        "said. More than 2,300 people had fled the village, he added."
    )
    assert claim(article, "15").claimant.name == "Lina Ostrova"
    for number in ("14", "More than 2,300"):
        assert claim(article, number).claimant is None or claim(article, number).claimant.name is None


@pytest.mark.parametrize(
    ("sentence", "number", "category"),
    [
        ("The agency had received only 18% of the $76.5 million it needs.", "18", "money"),
        ("By Friday, US$6.2 million, or 16 per cent, had been received.", "16", "money"),
        ("Rebels hold about 70 per cent of the township.", "about 70", "area"),
        ("About 80 percent of the injured were children.", "About 80", "injured"),
        ("The government has released 2.5 billion kwacha from its fund.", "2.5 billion", "money"),
        ("Classes were disrupted for an estimated 45,000 learners.", "an estimated 45,000", "people"),
        ('"We lost three comrades in that fight," the commander said.', "three", "killed"),
    ],
)
def test_shares_of_sums_and_territory_and_nouns_the_tagger_misreads(sentence: str, number: str, category: str) -> None:
    assert claim(claims_of(sentence), number).category == category


def test_data_compiled_by_a_monitor_and_an_outlets_own_tally_through_according_to() -> None:
    article = wirewatch.extract(
        "The air force carried out at least 1,100 strikes last year, according to data compiled by the Sahel "
        "Conflict Observatory. According to a Lantern tally, at least 70 soldiers have been killed since 2021.",
        published=PUBLISHED,
        outlet="Lantern",
    )
    assert claim(article, "at least 1,100").claimant.name == "Sahel Conflict Observatory"
    assert claim(article, "at least 70").claimant is None


def test_a_statement_carried_by_a_newspaper_is_its_authors_relayed_by_the_paper() -> None:
    article = claims_of(
        "On Thursday, the state-run Daily Beacon newspaper carried a statement by the army's True Voice Information "
        "Team "
        'saying that "about 30 rebels" had been killed. State television aired a statement from the health '
        "ministry saying 12 people died."
    )
    about = claim(article, "about 30")
    assert (about.claimant.name, about.via) == ("True Voice Information Team", ["Daily Beacon"])
    assert claim(article, "12").claimant.name == "health ministry"


def test_according_to_after_a_claim_relays_it() -> None:
    article = claims_of(
        "The Sahel Front claimed the attack on its channels, saying it had killed 27 soldiers, according to the "
        "Monitoring Desk Group, which follows militant media. According to UNICEF, 18 million children are out of "
        "school, and teachers say tens of thousands of pupils have stayed away."
    )
    assert claim(article, "27").via == ["Monitoring Desk Group"]
    assert claim(article, "tens of thousands").via == []


def test_an_attribution_set_inside_the_sentence_and_cases_recorded_in_a_stretch() -> None:
    article = claims_of(
        "The Ministry of Health said the outbreak had reached 12 districts. In the past week alone, the ministry "
        "said, 412 new cases were reported."
    )
    assert claim(article, "412").claimant.name == "Ministry of Health"
    assert claim(article, "412").date == "../2024-03-12"


def test_a_date_naming_a_thing_or_run_into_a_count_dates_nothing_wrongly() -> None:
    article = claims_of(
        "The floods threaten the April harvest for some 120,000 households. On Monday 40 people were killed."
    )
    assert claim(article, "some 120,000").date is None
    assert claim(article, "40").date == "2024-03-11"


@pytest.mark.parametrize(
    ("sentence", "number", "category"),
    [
        ("Nine fire engines brought the blaze under control.", "Nine", "vehicles"),
        ("Gunmen burned 38 trucks, including a dozen fuel tankers.", "a dozen", "vehicles"),
        ("Scores of families were sleeping on cardboard in the courtyard of a school.", "Scores", "displaced"),
        ("Scores of families had abandoned their farms since Friday.", "Scores", "displaced"),
        ("The town already shelters 37,000 people.", "37,000", "displaced"),
        ("Some 23,500 people were sheltering in 48 schools.", "Some 23,500", "displaced"),
        ('"They took 46 men from our village alone," she said.', "46", "detained"),
    ],
)
def test_vehicles_and_the_displaced_by_where_they_sleep_and_what_they_left(
    sentence: str, number: str, category: str
) -> None:
    assert claim(claims_of(sentence), number).category == category


def test_since_a_month_then_when_dates_the_when_clause_only() -> None:
    article = claims_of(
        "The conflict has killed thousands of people since January, when rebels seized the city. Violence has "
        "surged since October 2022, when car bombs killed more than 100 people."
    )
    assert claim(article, "thousands").date == "2024-01/.."
    assert claim(article, "more than 100").date == "2022-10"


def test_a_day_before_an_event_noun_dates_its_count() -> None:
    article = claims_of("A Sunday attack on a market killed 30 people. The March 8 bombing killed 12 people.")
    assert (claim(article, "30").date, claim(article, "12").date) == ("2024-03-10", "2024-03-08")


def test_a_place_a_report_comes_from_or_an_agency_that_published_a_statement_claims_nothing() -> None:
    article = claims_of(
        "The Valley Tribune published a report from El Fasher saying 40 civilians were killed. A statement "
        "published by the state news agency SUNA said 41 people were killed. According to data compiled by the "
        "Sahel Conflict Observatory, 120 civilians were killed in May."
    )
    assert claim(article, "40").claimant.name == "Valley Tribune"
    assert claim(article, "41").claimant is None or claim(article, "41").claimant.name is None
    quote = article.quotes[claim(article, "120").quote_index]
    assert quote.text == "120 civilians were killed in May"


def test_people_living_in_dormitories_at_a_school_are_not_displaced() -> None:
    assert claim(claims_of("Nearly 900 students live in dormitories at the school."), "Nearly 900").category == (
        "people"
    )


def test_a_month_and_a_year_a_statement_by_the_police_and_lost_land() -> None:
    article = claims_of(
        "Under the March 2023 peace deal, 5,000 fighters have been disarmed, officials said. State television "
        "carried a statement by the police saying 12 protesters had been arrested. Some 200 investors lost land "
        "in the scheme."
    )
    assert claim(article, "5,000").date is None
    assert (claim(article, "12").claimant.name, claim(article, "12").via) == ("police", ["State television"])
    assert claim(article, "Some 200").category != "displaced"


def test_dozens_counted_and_a_currency_written_as_a_letter() -> None:
    article = claims_of(
        "At least three dozen houses burned, police say. Elders agreed to pay K85,000 and 200 goats in "
        "compensation. Each family received MK12,500."
    )
    dozens = claim(article, "At least three dozen")
    assert (dozens.low, dozens.hedge) == (36, "at_least")
    assert claim(article, "K85,000").category == claim(article, "MK12,500").category == "money"


def test_a_second_speaker_inside_a_reported_clause_keeps_its_own_figure_and_relay() -> None:
    article = claims_of(
        "Grave diggers told AFP they had buried 30 bodies by Monday, while a nurse who asked not to be named told "
        "the BBC that 25 people had died."
    )
    assert claim(article, "30").via == ["AFP"] and claim(article, "25").via == ["BBC"]


def test_a_weapon_model_between_number_and_noun_and_a_clause_with_its_own_subject() -> None:
    article = claims_of(
        "Troops said they recovered seven AK-47 rifles. About 60 per cent of the families whose seed stocks were "
        "lost have no food left."
    )
    assert (claim(article, "seven").referent, claim(article, "seven").category) == ("rifles", "other")
    assert claim(article, "About 60").category != "killed"


def test_shares_of_a_count_and_of_an_appeal() -> None:
    article = claims_of(
        "Some 9,200 people have been displaced, of whom 61 per cent are women. The appeal was 23 per cent funded."
    )
    assert claim(article, "61").category == "displaced"
    assert claim(article, "23").category == "money"


def test_a_verified_count_since_a_dated_event() -> None:
    article = claims_of(
        "The UN monitoring mission has verified more than 900 civilian deaths since the offensive in October 2023."
    )
    found = claim(article, "more than 900")
    assert found.claimant is not None and "mission" in found.claimant.name.lower()
    assert found.date == "2023-10/.."


def test_a_role_in_the_lead_is_the_person_named_in_it_below() -> None:
    article = claims_of(
        "Missiles struck the port overnight on Sunday and early Monday, killing at least four people, the "
        "regional governor said.\n\nSix buildings were damaged, Gov. Irina Hlushko wrote on Telegram."
    )
    four = claim(article, "at least four")
    assert four.claimant is not None and four.claimant.name == "Irina Hlushko"
    assert four.date == "2024-03-10/2024-03-11"


def test_review_cases_keep_their_old_reading() -> None:
    article = claims_of(
        "Gunmen killed two or three dozen villagers on Tuesday, police said. Some 3,000 people fled on Saturday "
        "and Sunday, the IOM said. Local leaders counted 47 civilians that the militia had killed. Some 60 per "
        "cent funded their own journeys home. An air strike killed 12 people in the camp. The camp's residents, "
        "of whom 70 per cent are women, face shortages."
    )
    assert (claim(article, "two or three dozen").low, claim(article, "two or three dozen").high) == (24, 36)
    assert claim(article, "Some 3,000").date == "2024-03-09/2024-03-10"
    assert claim(article, "47").category == "killed"
    assert claim(article, "Some 60").category != "money"
    assert claim(article, "70").category != "killed"


def test_a_document_said_again_keeps_its_owner_and_its_relay() -> None:
    article = claims_of(
        "At least 9 soldiers were killed on Sunday, the defence ministry said in a communiqué read on state "
        'television Radio Sahel. Twelve were wounded and dozens of "bandits" were "neutralised", according to '
        "the communiqué. Some 200 reinforcements, the ministry said, were sent to the area.",
        published="2024-03-12",
    )
    for text in ("Twelve", "dozens"):
        assert claim(article, text).claimant.name == "defence ministry" and claim(article, text).via == ["Radio Sahel"]
    reinforcements = claim(article, "Some 200")
    assert (reinforcements.claimant.name, reinforcements.category) == ("defence ministry", "troops")


def test_a_statement_carried_by_an_agency_is_the_institution_the_sentence_is_about() -> None:
    article = claims_of(
        "The National Police has deployed about 150 officers to the valley, according to a statement carried by "
        "the Coastal Press Agency (CPA). Citing the health ministry, the Coast News Agency reported 34 deaths."
    )
    officers = claim(article, "about 150")
    assert (officers.claimant.name, officers.via) == ("National Police", ["CPA"])
    deaths = claim(article, "34")
    assert deaths.claimant.name == "health ministry" and deaths.via == ["Coast News Agency"]


def test_south_asian_scales_currencies_and_a_publisher_written_with_its_article() -> None:
    article = wirewatch.extract(
        "The council allocated Tk 2.5 crore for repairs. More than 1.3 lakh people were affected, officials told "
        "The Daily Star. Each family got 4,000 quetzales.",
        published="2024-07-09",
        outlet="The Daily Star",
    )
    assert claim(article, "Tk 2.5 crore").value == 25_000_000
    assert claim(article, "More than 1.3 lakh").low == 130_000 and claim(article, "More than 1.3 lakh").via == []
    assert claim(article, "4,000").category == "money"


def test_second_review_cases() -> None:
    article = claims_of(
        "The military said in a statement broadcast on MRTV that its troops had killed 35 insurgents. The "
        "military later told AFP that 9 soldiers had died. The statement said 400 residents had been evacuated.\n\n"
        "The RSF killed at least 200 civilians, according to a statement carried by the state news agency SUNA. "
        "Citing security concerns, the UN reported suspending aid to 20,000 people. Police evicted some 400 "
        "Guarani from their land.",
        published="2025-03-01",
    )
    assert claim(article, "400").via == ["MRTV"]
    assert claim(article, "at least 200").claimant is None or claim(article, "at least 200").claimant.name != "RSF"
    assert claim(article, "20,000").claimant.name == "UN"
    assert claim(article, "some 400").category != "money"


def test_a_nationality_counted_is_people() -> None:
    article = claims_of("Some 4,000 Sudanese crossed into Chad last week. About 300 Afghans were sent back.")
    assert claim(article, "Some 4,000").category == "displaced"
    assert claim(article, "About 300").category == "people"


def test_a_count_left_to_the_reader_takes_the_one_before_it() -> None:
    article = claims_of(
        "The government has sent some 3,000 troops north and said it would recruit 5,000 more. Police said 14 "
        "injured villagers were taken to hospital, three of them in critical condition. The commission said it "
        "had verified the deaths of at least seven civilians and was examining reports of up to 12."
    )
    assert claim(article, "5,000").category == "troops"
    assert claim(article, "three").category == "injured"
    assert claim(article, "up to 12").category == "killed"


def test_numbers_to_ring_or_tune_to_are_no_claims() -> None:
    article = claims_of(
        "Listen on 98.4 FM. Residents can reach the toll-free line on 1199 or call #767. Floods cut off 300 homes."
    )
    assert [c.text for c in article.claims] == ["300"]


def test_money_things_and_refuge() -> None:
    article = claims_of(
        "The province sent 10 tonnes of rice, 1,200 blankets and Rp 2.5 billion in emergency funds. A gap of 900 "
        "kits remains. Partners deployed 12 water bowsers. The agency said 2,345 people had taken refuge in the town."
    )
    assert claim(article, "Rp 2.5 billion").category == "money" and claim(article, "Rp 2.5 billion").referent is None
    assert claim(article, "900").category == "aid"
    assert claim(article, "12").category == "vehicles"
    assert claim(article, "2,345").category == "displaced"


def test_a_group_sized_in_a_clause_and_a_part_dated_with_its_whole() -> None:
    article = claims_of(
        "The displaced, estimated at 6,500 people, shelter in schools. The ministry has confirmed 37 cholera "
        "cases, including two deaths, since 1 March. The district, home to roughly 135,000 people, has seen "
        "fighting since 2019."
    )
    assert claim(article, "estimated at 6,500").category == "displaced"
    assert claim(article, "two").date == claim(article, "37").date == "2024-03-01/.."
    assert claim(article, "roughly 135,000").date is None


def test_whose_toll_and_whose_report() -> None:
    article = claims_of(
        "The army said 19 people were killed, up from an earlier army toll of 11. Jamal Farah, quoted by Kompas, "
        "said that 40 homes burned. The regional disaster agency (BPBD) said 2,345 people had fled, according to "
        "Antara. Amnesty International Kenya, quoted by Tempo, said 60 were arrested. The previous flash update "
        "reported 4,200 people displaced. The Leopards claimed an assault last year that killed 54 soldiers.",
        published="2024-03-12",
    )
    assert claim(article, "11").claimant.name == "army"
    assert claim(article, "40").via == ["Kompas"]
    assert claim(article, "2,345").claimant.name == "BPBD" and claim(article, "2,345").via == ["Antara"]
    assert claim(article, "60").via == ["Tempo"] and claim(article, "60").claimant.name == "Amnesty International Kenya"
    assert claim(article, "4,200").claimant is None or claim(article, "4,200").claimant.name is None
    assert claim(article, "54").claimant is None


def test_a_monitoring_group_that_relays_a_claim_and_a_claim_made_in_an_infinitive() -> None:
    article = claims_of(
        "In a statement relayed by the SITE Intelligence Group, IS Sahel claimed to have killed 60 soldiers and to "
        "have seized 22 motorcycles. JNIM, in a claim also tracked by SITE, said it had lost fewer than 10 men."
    )
    for text in ("60", "22"):
        assert claim(article, text).claimant.name == "IS Sahel"
        assert claim(article, text).via == ["SITE Intelligence Group"]
    assert claim(article, "fewer than 10").via == ["SITE Intelligence Group"]


def test_people_are_no_relays_and_an_official_somewhere_is_nameless() -> None:
    article = claims_of(
        "The Chief Press Secretary to the governor, Mr Terver Akaa-Uji, said the toll had climbed to 43 corpses. "
        "A second official in Menaka, who asked not to be named, put the toll at 70-80 dead. Amnesty International "
        "Nigeria, in a post on X, said 56 people were killed."
    )
    assert claim(article, "43").via == [] and claim(article, "43").category == "killed"
    assert claim(article, "70-80").claimant is None or claim(article, "70-80").claimant.name is None
    assert claim(article, "56").claimant.name == "Amnesty International Nigeria"


def test_furniture_vans_camps_and_a_share_of_a_dated_count() -> None:
    article = claims_of(
        "June 17, 2025 | 4 min read\n\nPolice sent 400 officers backed by 15 patrol vans. Some 1,200 people have "
        "registered at the Daudu camp. Last year 300 voters registered at the school. Fighting between the two "
        "groups killed hundreds."
    )
    report = claims_of(
        "OCHA said that 38,000 people had been displaced since January, and that 500 of them had since returned."
    )
    assert "4" not in [c.text for c in article.claims] and "two" not in [c.text for c in article.claims]
    assert claim(article, "15").category == "vehicles"
    assert claim(article, "Some 1,200").category == "displaced" and claim(article, "300").category != "displaced"
    assert claim(report, "38,000").date == claim(report, "500").date == "2024-01/.."


def test_third_review_cases_keep_their_reading() -> None:
    article = claims_of(
        "Putin told Trump that Russia had lost 600 soldiers. Shireen Saba, a UN official, visited the camp. Saba "
        "said 40,000 people needed shelter. OCHA said 30,000 had fled. The latest report said 45,000 people had "
        "been displaced. The health ministry put the number at 1,200 on Monday. Police detained the four leaders "
        "of the protest movement. A statement posted by the RSF on Telegram said its fighters had killed 50 "
        "soldiers.\n\nAn earthquake in 2023 destroyed 5,000 homes; 2,000 of them have been rebuilt."
    )
    assert claim(article, "600").via == []
    assert claim(article, "40,000").claimant.name == "Shireen Saba"
    assert claim(article, "45,000").claimant.name == "OCHA"
    assert claim(article, "1,200").claimant is not None
    assert claim(article, "four").category == "detained"
    assert claim(article, "50").via == []
    assert claim(article, "2,000").date is None


def test_room_for_people_is_no_detention() -> None:
    article = claims_of("The centre, built to hold 2,500 people, now hosts 9,800. Police held 40 protesters overnight.")
    assert claim(article, "2,500").category != "detained"
    assert claim(article, "40").category == "detained"


def test_who_lost_something_other_than_their_lives_is_alive() -> None:
    article = claims_of(
        "Some 300 farmers lost their crops. At least 40 people lost their lives in the floods. The family lost two "
        "sons in the attack."
    )
    assert claim(article, "Some 300").category != "killed"
    assert claim(article, "At least 40").category == "killed"
    assert claim(article, "two").category == "killed"


def test_numbers_relayed_as_saying_and_counts_with_their_own_verbs() -> None:
    article = claims_of(
        "Ibrahim Garba, the state commissioner, was quoted by the News Agency of Nigeria (NAN) as saying soldiers "
        "had killed 9 of the gunmen and recovered four rifles and more than 500 rounds of ammunition. Gunmen killed "
        "12 villagers, and residents said dozens more had been carried off into the bush. At least 8 people with "
        "gunshot wounds were taken to the clinic. The storm left 4,000 pupils without classes and 900 people "
        "without shelter. The Ministry of Health said 15 died."
    )
    for text in ("9", "four", "more than 500"):
        assert claim(article, text).claimant.name == "Ibrahim Garba" and claim(article, text).via == ["NAN"]
    assert claim(article, "dozens").category == "detained"
    assert claim(article, "At least 8").category == "injured"
    assert claim(article, "4,000").category != "displaced" and claim(article, "900").category == "displaced"
    assert claim(article, "15").claimant.name == "Ministry of Health"


def test_whose_figure_and_which_office() -> None:
    article = claims_of(
        "The National Weather Directorate recorded 90 mm of rain. The regional directorate of agriculture reported "
        "that 4,100 hectares of crops were flooded. The provincial health bureau put the number of people killed "
        "at 23. In Kebele 04, the market was shut. Médecins Sans Frontières said it had opened two clinics. "
        "Later, Médecins Sans Frontières says its teams have treated 61 wounded people."
    )
    assert claim(article, "4,100").claimant.name != "National Weather Directorate"
    assert claim(article, "23").claimant is not None
    assert "04" not in [c.text for c in article.claims]
    assert claim(article, "61").claimant.name == "MSF"


def test_dates_a_sentence_opens_with_and_day_ranges() -> None:
    article = claims_of(
        "As of 10 March, 5,200 people had been affected, 14 had died and 30 others had been injured. A total of "
        "212 new cases were notified between 4 and 10 March. The agency handed out 3,000 kits since the start of "
        "the response. Teams approved 9,000 doses on Monday; a campaign for about 8,000 people is planned in the "
        "coming days. The 2024 plan, which seeks $40 million, is half funded."
    )
    assert claim(article, "14").date == claim(article, "30").date == "../2024-03-10"
    assert claim(article, "212").date == "2024-03-04/2024-03-10"
    assert claim(article, "3,000").date == "../2024-03-12"
    assert claim(article, "9,000").date == "2024-03-11" and claim(article, "about 8,000").date is None
    assert claim(article, "$40 million").date is None


def test_a_relay_is_not_carried_to_words_said_to_someone_else() -> None:
    article = claims_of(
        "Amina Yusuf, a regional official, told the BBC that 6,000 people had fled. Speaking to reporters on "
        "Tuesday, Yusuf said 400 tonnes of food had arrived. She later told the broadcaster that 20 trucks were "
        "waiting."
    )
    assert claim(article, "6,000").via == ["BBC"]
    assert claim(article, "400").via == []
    assert claim(article, "20").via == ["BBC"]


def test_padded_counts_lists_after_semicolons_and_years_that_name_events() -> None:
    article = claims_of(
        "Police said 02 people were killed in the blast. On Monday, strikes killed 12 people in Jalal; 8 in Damar; "
        "and 5 in Kitu. The 2015 quake killed 9,000 people. Five people with gunshot wounds died overnight. The "
        "river carried off two boys, and gunmen carried off 25 girls. The floods left 3,000 people without food or "
        "shelter. The hall was shut in Sector 04."
    )
    assert claim(article, "02").category == "killed"
    assert claim(article, "8").date == claim(article, "5").date == "2024-03-11"
    assert claim(article, "9,000").date == "2015"
    assert claim(article, "Five").category == "killed"
    assert claim(article, "two").category != "detained" and claim(article, "25").category == "detained"
    assert claim(article, "3,000").category == "displaced"
    assert "04" not in [c.text for c in article.claims]


def test_counts_read_again_and_whose_office() -> None:
    article = claims_of(
        "Before the road closed, Sunday mass drew around 400 worshippers, said Father Tomas Mbeki, 61, the parish "
        "priest. Last Sunday he counted 93.\n\nIn June, officials estimated that about 12,000 people were trapped. "
        "A headcount in September raised that figure to nearly 19,000.\n\nThe district administrator, Jonas "
        "Tembe, told the state broadcaster TVR that around 20 civilians had been killed. His office later revised "
        "the toll to 37.\n\nIts chairman, Aminu Bello, said families had reported more than 150 children missing. "
        "The Directorate General of Health Services said 200 or so medical teams had been deployed."
    )
    assert "61" not in [c.text for c in article.claims]
    assert claim(article, "around 400").date is None
    assert claim(article, "93").category == claim(article, "around 400").category
    assert claim(article, "nearly 19,000").category == "people"
    assert claim(article, "around 20").via == ["TVR"]
    assert claim(article, "37").claimant.name == "Jonas Tembe"
    assert claim(article, "more than 150").claimant.name == "Aminu Bello"
    assert claim(article, "200 or so").claimant.name == "Directorate General of Health Services"


def test_the_times_of_a_broadcast_day() -> None:
    article = claims_of(
        "The strike this evening killed 4 people. The number of dead has risen to 23 tonight. By midday the "
        "streets are empty, a trader said, and 14 shops have closed.",
        published="2026-04-16",
    )
    assert claim(article, "4").date == claim(article, "23").date == "2026-04-16"
    assert claim(article, "14").date is None  # "by midday" of any day


def test_taken_off_a_list_is_no_detention_and_a_planned_month_lies_ahead() -> None:
    article = claims_of(
        "Without new funds the agency will be able to support only about 1 million people a month from April. "
        '"We have had to take as many as 4 million people off our lists," she said.',
        published="2026-03-03",
    )
    assert claim(article, "as many as 4 million").category != "detained"
    assert claim(article, "about 1 million").date.startswith("2026-04")


def test_who_a_relative_clause_after_a_place_and_a_section_label_say() -> None:
    article = claims_of(
        "The raid was claimed by the Sahel Liberation Front (SLF), the group's wing in the Liptako, which said "
        "that its men had killed 31 soldiers.\n\n"
        "Health: Doctors of the Plain (DOP) reports that its clinic in Sebba has treated 85 patients since "
        "1 March.\n\n"
        "The Kivu Radio Network, citing a police source in Goma, reported that 12 bodies were found.",
        published="2026-05-12",
    )
    assert claim(article, "31").claimant.name in ("Sahel Liberation Front", "SLF")
    assert claim(article, "85").claimant.name in ("Doctors of the Plain", "DOP")
    bodies = claim(article, "12")
    assert bodies.claimant is None or bodies.claimant.name is None  # a nameless source, cited by the network
    assert bodies.via == ["Kivu Radio Network"]


def test_what_tonnes_percentages_of_places_and_captures_count() -> None:
    article = claims_of(
        "Trucks carried 1,180 tonnes of mixed commodities to the camps, and a further 600 tonnes waits in the "
        "depot. Families receive less than 5 litres of water per person a day. Gangs control an estimated 90 per "
        "cent of the capital, though 70 percent of the town's shops are open. The rebels captured four military "
        "vehicles and 12 soldiers. The largest site holds more than 11,000 people, and 3,200 families have lost "
        "their shelter. As many as 10,000 people have been forced from Kalemie.",
        published="2026-05-12",
    )
    assert claim(article, "1,180").category == claim(article, "600").category == "aid"
    assert claim(article, "less than 5").category == "other"  # a ration, not a delivery
    assert claim(article, "an estimated 90").category == "area"
    assert claim(article, "70").category != "area"
    assert claim(article, "four").category == "vehicles"
    assert claim(article, "12").category == "detained"
    assert claim(article, "more than 11,000").category == "displaced"
    assert claim(article, "3,200").category == "displaced"
    assert claim(article, "As many as 10,000").category == "displaced"


def test_ages_sizes_which_one_and_a_broadcasts_night_are_no_claims_or_dates() -> None:
    article = claims_of(
        "Our top story tonight: at least 7 dead and dozens injured after clashes near the camp. Two children, "
        "aged 9 and 11, were killed yesterday by a landmine. In one village, 40 homes were washed away. A "
        "25-kilo bag of rice costs $38. About 11,000 troops serve with the mission, authorised by resolution "
        "2767 (2025) at up to 12,000 personnel.",
        published="2026-06-02",
    )
    texts = [c.text for c in article.claims]
    assert "11" not in texts and "one" not in texts and "25" not in texts and "2767" not in texts
    assert claim(article, "at least 7").date is None and claim(article, "dozens").date is None
    assert claim(article, "Two").date == "2026-06-01"
    assert claim(article, "up to 12,000").date is None


def test_an_agency_citing_a_nameless_source_relays_it_and_an_office_owns_it() -> None:
    article = claims_of(
        "The Sahel Press Agency (SPA), citing a regional security official, gave a toll of 26 civilians dead. "
        "The UN Office for the Coordination of Humanitarian Affairs (OCHA), citing local authorities, has "
        "reported more than 900 deaths.",
        published="2026-06-02",
    )
    relayed = claim(article, "26")
    assert (relayed.claimant is None or relayed.claimant.name is None) and relayed.via == ["SPA"]
    owned = claim(article, "more than 900")
    assert owned.claimant.name in ("OCHA", "UN Office for the Coordination of Humanitarian Affairs")
    assert owned.via == []


def test_a_speaker_set_inside_or_after_a_sentence_owns_all_of_it() -> None:
    article = claims_of(
        "Dr Esther Kavira says she has received 27 of the wounded. Her ward has 40 beds, she said, for a town of "
        "nearly a million people. Gul Bibi fled with her children. At the border, she added, each family was "
        "promised a one-off grant of about $150. Head nurse Adama Kabore said stocks were low. The clinic had "
        "recorded 238 cases since January, he said, up from 94 last year.",
        published="2026-05-16",
    )
    assert claim(article, "nearly a million").claimant.name == "Esther Kavira"
    assert claim(article, "about $150").claimant.name == "Gul Bibi"
    assert "one" not in [c.text for c in article.claims]
    assert claim(article, "94").claimant.name == claim(article, "238").claimant.name == "Adama Kabore"


def test_another_source_in_a_reported_clause_and_an_announcement_an_outlet_carries() -> None:
    article = claims_of(
        "Tomas Nhantumbo, the district administrator, said 11 people had died. By mid-afternoon he said the "
        "number of dead had risen to 16, and a police source later put the figure at 23. The provincial "
        "authorities have announced compensation of 200,000 meticais for each family, Radio Mocambique reported.",
        published="2026-04-08",
    )
    assert claim(article, "16").claimant.name == "Tomas Nhantumbo"
    police = claim(article, "23").claimant
    assert police is None or police.name is None
    money = claim(article, "200,000")
    assert money.claimant.name != "Radio Mocambique" and "Radio Mocambique" in money.via


def test_counts_the_parser_loses() -> None:
    article = claims_of(
        "Protection: partners have registered 96 unaccompanied and separated children in Ulang. Between 300 "
        'and 450 people continue to arrive each day. Gunmen stormed the market. "There were between 200 and 300 '
        'of them," said a trader.',
        published="2026-05-12",
    )
    assert claim(article, "96").category != "missing"
    assert claim(article, "Between 300 and 450").claimant is None
    assert claim(article, "between 200 and 300").low == 200


def test_speakers_the_parser_hides_and_sources_named_only_by_their_place() -> None:
    article = claims_of(
        "Al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack in a statement, saying its "
        "fighters had killed 63 soldiers. Camp leaders told me that families kept arriving. One of them, Hawa "
        "Abakar, said her group had set out with 40 people. The medical charity Medecins Sans Frontieres says its "
        "hospital received 22 wounded patients on Monday night, five of them children. The camp now covers "
        "roughly 20 square kilometres, the charity said. Local authorities in Mokolo, Cameroon, reported that "
        "2,500 people arrived. The governor has announced 400 million francs for the families, Kassim said, "
        "though only 90 million francs has been paid.",
        published="2026-06-09",
    )
    assert claim(article, "63").claimant.name in ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin")
    assert claim(article, "40").claimant.name == "Hawa Abakar"
    assert claim(article, "five").claimant.name == claim(article, "22").claimant.name
    assert claim(article, "roughly 20").claimant.name == claim(article, "22").claimant.name
    local = claim(article, "2,500").claimant
    assert local is None or local.name is None
    assert claim(article, "90 million").claimant.name == "Kassim"


def test_snapshots_neutralised_losses_and_what_people_take_to() -> None:
    article = claims_of(
        "As of 12 May, donors had provided US$4.3 million. Some 3,000 residents had fled by Tuesday afternoon. "
        "The army said it had neutralised more than a hundred terrorists, with the loss of 11 soldiers. Partners "
        "recorded 58 civilians killed in 47 security incidents. Hundreds of families had taken to the road. The "
        "town had received 120 tonnes of rice. Now we are 17 people under one roof, and up to 60,000 people in "
        "the two divisions need food.",
        published="2026-05-13",
    )
    assert claim(article, "US$4.3 million").date == "../2026-05-12"
    assert claim(article, "more than a hundred").category == "killed"
    assert claim(article, "11").category == "killed"
    assert claim(article, "47").category == "other"
    assert claim(article, "Hundreds").category != "detained"
    assert claim(article, "120").category == "aid"
    texts = [c.text for c in article.claims]
    assert "under one" not in texts and "two" not in texts


def test_what_the_new_rules_must_leave_alone() -> None:
    article = claims_of(
        "Le Monde, citing diplomatic sources, reported that 200 mercenaries had arrived. Police seized 3 tonnes "
        "of cannabis in a raid. The fighting has displaced 40 percent of the town. Police pushed 300 protesters "
        "out of the square. Two officials asked not to be identified. The victims included a man aged 70 and 2 "
        "boys. At least 12 people were killed in an attack in Kidal (10 March), the army said. Latest update: 95 "
        "cholera cases recorded in Adre since 1 March. The army captured 7 commanders in a night raid. At least "
        "40 people were killed, a hospital official said, on condition of anonymity.",
        published="2026-03-10",
    )
    paper = claim(article, "200")
    assert (paper.claimant is None or paper.claimant.name is None) and paper.via == ["Le Monde"]
    assert claim(article, "3").category != "aid"
    assert claim(article, "40").category == "displaced"
    assert claim(article, "300").category != "displaced"
    assert "Two" not in [c.text for c in article.claims]  # the report's own sources
    assert claim(article, "2").low == 2
    assert claim(article, "At least 12").date == "2026-03-10"
    assert claim(article, "95").date == "2026-03-01/.."
    assert claim(article, "7").category == "detained"
    assert not any(q.text.startswith("on condition") for q in article.quotes)


def test_counts_of_a_toll_an_accusation_and_figures_someone_shared() -> None:
    article = claims_of(
        "A bomb tore through the cattle market of Rawa. An initial count on Monday evening put the dead at 12. "
        '"The final number could be higher than 40," said Colonel Saad Karim, a police commander. The provincial '
        "health office initially put the toll from the bombing of 4 March at nine. Two days later it revised the "
        "figure to 14.\n\nThe state agency Nahrain said two soldiers had died. It accused the rebels of shelling "
        "homes, wounding 9 civilians. Dr Huda Salem runs the district hospital. In February its ward admitted 212 "
        "trauma patients, including 37 children, according to figures she shared.",
        published="2024-03-12",
    )
    assert claim(article, "12").date == "2024-03-11"
    forty = claim(article, "higher than 40")
    assert (forty.hedge, forty.category, forty.claimant.name) == ("more_than", "killed", "Saad Karim")
    assert claim(article, "nine").date == "2024-03-04"
    assert claim(article, "14").date is None  # two days after a day the report does not give
    assert claim(article, "9").claimant.name == "Nahrain"
    patients = claim(article, "212")
    assert patients.category == "injured" and patients.claimant.name == "Huda Salem"
    assert claim(article, "37").category == "injured"


def test_who_a_group_of_numbers_is_and_what_is_no_count() -> None:
    article = claims_of(
        "The attackers, more than 100 of them according to a resident, stormed the village. Allied tribal "
        "fighters, estimated at between 800 and 1,000 men, massed near the river. Her eldest son, who was 15, "
        "did not make it out. What no one disputes is that 46 trucks held at the border carry food. Partners "
        "report 14 cholera cases among displaced people, sheltering in 11 schools and two mosque compounds.",
    )
    assert claim(article, "more than 100").category == "fighters"
    assert claim(article, "between 800 and 1,000").category == "fighters"
    texts = [c.text for c in article.claims]
    assert "15" not in texts and "one" not in texts
    assert claim(article, "46").category == "vehicles"
    assert claim(article, "14").category == "other"
    assert claim(article, "two").category == "other"


def test_a_date_of_its_own_for_a_day_the_tagger_cut_and_for_what_is_said() -> None:
    article = claims_of(
        "On Saturday, 9 March, a convoy of 18 trucks was turned back at a checkpoint. Since 1 March, said Dr Amos "
        "Lokuta, who runs the surgical ward, it has received 143 patients with gunshot wounds. She is one of an "
        "estimated 1.1 million people who have returned from abroad since the start of 2023.",
    )
    assert claim(article, "18").date == "2024-03-09"
    wounded = claim(article, "143")
    assert (wounded.date, wounded.category) == ("2024-03-01/..", "injured")
    returned = claim(article, "an estimated 1.1 million")
    assert (returned.date, returned.category) == ("2023/..", "displaced")


def test_figures_a_body_shows_gives_or_its_members_estimate() -> None:
    article = claims_of(
        "Figures from the provincial police show that 73 policemen were killed in 2023. The "
        "district administration's first estimate put the number of families displaced from Daraban at 3,000. "
        "The state government, quoted by the official Sudan News Agency SUNA, gave a toll of seven dead and 29 "
        "injured. Shelter Cluster partners estimate that up to 5,200 households need shelter kits. The trauma ward "
        "has received more than 600 gunshot and blast cases. Sites host between 80 and 450 households each. "
        "UNICEF has prepositioned 1,800 cartons of ready-to-use therapeutic food.",
    )
    assert claim(article, "73").claimant.name == "provincial police"
    families = claim(article, "3,000")
    assert families.category == "displaced" and families.claimant.name == "district administration"
    injured = claim(article, "29")
    assert (injured.claimant.name, injured.via, injured.category) == ("state government", ["SUNA"], "injured")
    assert claim(article, "up to 5,200").claimant.name == "Shelter Cluster"
    assert claim(article, "more than 600").category == "injured"
    assert claim(article, "between 80 and 450").category == "displaced"
    assert claim(article, "1,800").category == "aid"


def test_since_then_a_stretch_told_and_a_clause_of_its_own() -> None:
    article = claims_of(
        "The insurgency spread from the north in 2015 and has killed more than 26,000 people since then. MSF "
        "reports 1,140 consultations at its hospital over the past week. Partners are trucking water to 300 "
        "households at the sites; chlorination of wells began on 9 March.",
    )
    assert claim(article, "more than 26,000").date == "2015/.."
    assert claim(article, "1,140").date == "../2024-03-12"
    assert claim(article, "300").date is None


def test_a_list_someone_compiled_and_a_toll_given_when_it_was_said() -> None:
    article = claims_of(
        "By Tuesday afternoon the toll had risen to 41, according to a list of names compiled by the town's youth "
        "council. An earlier toll given to the agency on Friday by a municipal official spoke of 12 dead.",
    )
    assert claim(article, "41").claimant.name == "town's youth council"
    assert claim(article, "12").date is None  # when the toll was given, not when they died


def test_an_institution_where_it_sits_a_figure_that_rose_and_what_befell_refugees() -> None:
    article = claims_of(
        "The health ministry in Damascus, citing hospital records, later put the toll at nine. According to the "
        "WASH Sector, 15-20 tube wells were submerged. The health directorate said 14 died on Monday. By evening "
        "the directorate's figure had risen to 27. Three refugees, including a 9-year-old girl, were killed.",
    )
    assert claim(article, "nine").claimant.name == "health ministry"
    assert claim(article, "15-20").claimant.name == "WASH Sector"
    assert claim(article, "27").claimant.name == "health directorate"
    assert claim(article, "Three").category == "killed"


def test_a_date_the_tagger_runs_into_the_verb_and_may_read_as_a_modal() -> None:
    article = claims_of(
        "Torrential rain between 9 and 11 March triggered 47 landslides. Rain between 2 and 4 May flooded 30 camps."
    )
    assert claim(article, "47").date == "2024-03-09/2024-03-11"
    assert claim(article, "30").date == "2023-05-02/2023-05-04"  # the last May before publication


def test_who_revised_it_officials_from_a_body_and_numbers_that_name_units() -> None:
    article = claims_of(
        "The health department put the toll at 40. Three weeks later the health department revised it to 57, "
        "including 16 women and nine children. In the days that followed, the administrator of Masisi territory, "
        "Jean-Pierre Bahati Mulume, put the number of dead at 12. Furaha Masika said her house burned. A week "
        "later he revised the toll to 31. Officials from the Regional Directorate for Humanitarian Action said 5 "
        "people died. According to the regional agriculture directorate, some 8,000 hectares were abandoned. "
        "Earlier, district officials had counted more than 2,000 displaced families; Wazir said the lower figure "
        "reflected those who had gone home. Troops from the 72 Special Forces Battalion arrested four suspects.",
    )
    assert claim(article, "57").claimant.name == "health department"
    assert claim(article, "nine").claimant.name == "health department"
    assert claim(article, "12").claimant.name == "Jean-Pierre Bahati Mulume"
    assert claim(article, "31").claimant.name == "Jean-Pierre Bahati Mulume"
    assert claim(article, "5").claimant.name == "Regional Directorate for Humanitarian Action"
    assert claim(article, "some 8,000").claimant.name != "Regional Directorate for Humanitarian Action"
    district = claim(article, "more than 2,000").claimant
    assert district is None or district.name is None
    assert "72" not in [c.text for c in article.claims]


def test_a_number_denied_a_gang_named_by_a_number_and_one_at_a_time() -> None:
    article = claims_of(
        'A boat carries forty ration bags, not four thousand. The "400 Mawozo" gang holds the commune. "We are '
        'counting our dead one jerrycan at a time," she said.',
    )
    texts = [c.text for c in article.claims]
    assert "four thousand" not in texts and "400" not in texts and "one" not in texts
    assert claim(article, "forty").value == 40
