from __future__ import annotations

import datetime as dt

import pytest

from flashpoint import Actor, Resources
from flashpoint.actors import resolve_mention
from flashpoint.actors.resolve import words_of


def resolve(resources: Resources, text: str, role: str = "source") -> Actor:
    mention = Actor(text=text, start=0, end=len(text))
    return resolve_mention(mention, resources.countries, resources.sectors, role)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The United States", "USA", "GOV"),
        ("Washington", "USA", "GOV"),
        ("Tehran", "IRN", "GOV"),
        ("Iran's army", "IRN", "MIL"),
        ("the Iranian army spokesperson", "IRN", "MIL"),
        ("Iraqi citizens", "IRQ", "CVL"),
        ("U.S. officials", "USA", "GOV"),
        ("British police", "GBR", "COP"),
        ("Moscow", "RUS", "GOV"),
        ("Beijing", "CHN", "GOV"),
        ("North Korea", "PRK", "GOV"),
        ("South Korean lawmakers", "KOR", "LEG"),
        ("Israeli troops", "ISR", "MIL"),
        ("Syrian air defences", "SYR", "MIL"),
    ],
)
def test_states_and_sectors(resources: Resources, text: str, country: str, sector: str) -> None:
    actor = resolve(resources, text)
    assert (actor.country, actor.sector) == (country, sector)
    assert actor.id == country and actor.name


def test_a_state_acted_upon_is_not_its_government(resources: Resources) -> None:
    actor = resolve(resources, "Iran", role="target")
    assert (actor.country, actor.sector, actor.name) == ("IRN", None, "Iran")


def test_us_the_pronoun_is_not_the_united_states(resources: Resources) -> None:
    assert resolve(resources, "us").country is None
    assert resolve(resources, "US").country == "USA"


def test_unknown_actor_keeps_its_text_and_sector(resources: Resources) -> None:
    actor = resolve(resources, "the protesters")
    assert actor.country is None and actor.sector == "CVL" and actor.name is None
    named = resolve(resources, "the Islamic Resistance in Iraq")
    assert named.country == "IRQ"
    person = resolve(resources, "Abbas Karimi")
    assert (
        person.country is None and person.name == "Abbas Karimi" and person.text == "Abbas Karimi"
    )


def test_words_drop_possessives_and_keep_abbreviations() -> None:
    assert words_of("Iran's army") == ["Iran", "army"]
    assert words_of("the U.S. Navy") == ["the", "U.S.", "Navy"]
    assert words_of("Kata'ib Hezbollah") == ["Kata'ib", "Hezbollah"]


# --- the actor table: names, dated roles, sponsors, transliterations -------------


def named(resources: Resources, text: str, day: str | None = None, role: str = "source") -> Actor:
    mention = Actor(text=text, start=0, end=len(text))
    return resolve_mention(
        mention,
        resources.countries,
        resources.sectors,
        role,  # type: ignore[arg-type]
        table=resources.actors,
        date=dt.date.fromisoformat(day) if day else None,
    )


def test_a_bare_commonwealth_is_the_commonwealth_of_nations(resources: Resources) -> None:
    # "Commonwealth demands", "Commonwealth leaders"; the longer names keep theirs.
    assert named(resources, "Commonwealth observers").id == "COMMONWEALTH"
    assert named(resources, "the Commonwealth of Independent States").id == "CIS"
    assert named(resources, "the Commonwealth Bank").country == "AUS"


def test_a_full_name_after_a_title_beats_the_title_and_surname_alias(
    resources: Resources,
) -> None:
    # "Premier Li" is an alias of the premier of the 2020s; Li Peng was premier before.
    assert named(resources, "Premier Li Peng").id == "li-peng"
    assert named(resources, "Premier Li").id == "li-qiang"


@pytest.mark.parametrize(
    ("text", "actor_id", "country", "sector"),
    [
        ("Kata'ib Hezbollah", "kataib-hezbollah", "IRQ", "REB"),
        ("a spokesman for Kataeb Hizbullah", "kataib-hezbollah", "IRQ", "REB"),
        ("the Badr Organization", "badr-organization", "IRQ", "PRM"),
        ("Hashd al-Shaabi fighters", "pmf", "IRQ", "PRM"),
        ("Yemen's Houthis", "houthis", "YEM", "REB"),
        ("Iran's IRGC", "irgc", "IRN", "MIL"),
        ("U.S. Central Command", "centcom", "USA", "MIL"),
        ("Asaib Ahl al Haq", "asaib-ahl-al-haq", "IRQ", "REB"),
        ("Brigadier-General Mohammad Akraminia", "mohammad-akraminia", "IRN", "MIL"),
        ("Osama bin Laden's al-Qaeda", "al-qaeda", None, "REB"),
        ("NATO", "NATO", None, "IGO"),
        ("UN peacekeepers", "UN", None, "MIL"),
    ],
)
def test_named_actors(
    resources: Resources, text: str, actor_id: str, country: str | None, sector: str
) -> None:
    actor = named(resources, text, "2026-02-10")
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)
    assert actor.text == text


@pytest.mark.parametrize(
    ("text", "day", "sector"),
    [
        ("President Trump", "2019-05-01", "GOV"),
        ("Donald Trump", "2022-05-01", "OPP"),
        ("Trump", "2025-06-01", "GOV"),
        ("Ahmed al-Sharaa", "2020-01-01", "REB"),
        ("Abu Mohammed al-Jolani", "2025-03-01", "GOV"),
        ("the Taliban", "2010-01-01", "REB"),
        ("the Taliban", "2022-01-01", "GOV"),
        ("Barack Obama", "2019-01-01", "ELI"),
        ("former president Hosni Mubarak", "2010-01-01", "ELI"),
    ],
)
def test_the_date_chooses_the_role(resources: Resources, text: str, day: str, sector: str) -> None:
    assert named(resources, text, day).sector == sector


def test_a_post_in_an_organisation_stands_for_it(resources: Resources) -> None:
    during = named(resources, "U.N. Secretary-General Kofi Annan", "2003-03-01")
    after = named(resources, "Kofi Annan", "2010-03-01")
    assert (during.country, during.sector, during.id) == (None, "GOV", "kofi-annan")
    assert (after.country, after.sector) == ("GHA", "ELI")


def test_namesakes_are_told_apart_by_date(resources: Resources) -> None:
    assert named(resources, "President Bush", "1990-06-01").id == "george-hw-bush"
    assert named(resources, "President Bush", "2003-03-20").id == "george-w-bush"


def test_a_sponsor_is_not_the_actor(resources: Resources) -> None:
    backed = named(resources, "Iran-backed armed groups", "2026-02-10")
    assert (backed.country, backed.sector) == (None, "REB")
    iraqi = named(resources, "Iran-backed Iraqi militias", "2026-02-10")
    assert (iraqi.country, iraqi.sector) == ("IRQ", "REB")


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Iran's military leadership", "IRN", "MIL"),
        ("Iraqi citizens from Diyala", "IRQ", "CVL"),
        ("Darfur rebels", "SDN", "REB"),
        ("the spokesperson for Iran's army", "IRN", "MIL"),
        ("Ethopia", "ETH", None),
    ],
)
def test_sector_words_regions_and_misspellings(
    resources: Resources, text: str, country: str, sector: str | None
) -> None:
    actor = named(resources, text, "2026-02-10", role="target")
    assert (actor.country, actor.sector) == (country, sector)


def test_capitalised_names_only_for_one_word_aliases(resources: Resources) -> None:
    assert named(resources, "artillery shell").id is None
    assert named(resources, "Shell").id == "shell"


def test_a_known_surname_first_is_not_that_person(resources: Resources) -> None:
    # "Abdullah" is a surname of the table (Abdullah Abdullah); "Abdullah Elmir" is
    # someone else, while a title before a known surname keeps it.
    assert named(resources, "Abdullah Elmir", "2016-07-01").id is None
    assert named(resources, "Ayatollah Khamenei", "2016-07-01").id == "ali-khamenei"


def test_a_kunya_is_no_title_before_a_surname(resources: Resources) -> None:
    # "Abu Ahmed" ("father of Ahmed") is not a person surnamed Ahmed (Abiy Ahmed).
    assert named(resources, "Abu Ahmed", "2020-07-01").id is None
    assert named(resources, "Umm Ahmed", "2020-07-01").id is None


def test_seats_of_government_name_their_bodies(resources: Resources) -> None:
    assert named(resources, "Foggy Bottom").id == "state-department"
    assert (
        named(resources, "the Blue House").country,
        named(resources, "the Blue House").sector,
    ) == ("KOR", "GOV")


@pytest.mark.parametrize(
    ("text", "actor_id", "country", "sector"),
    [
        # A state's own body, under a generic name the table gives another state.
        ("the Chilean Congress", "CHL", "CHL", "LEG"),
        ("Ghana's High Court of Justice", "GHA", "GHA", "JUD"),
        ("Lima's High Court of Justice", "PER", "PER", "JUD"),
        ("the Kenya Labour Congress", "KEN", "KEN", "LAB"),
        # The table's own body keeps its entry.
        ("the US Congress", "us-congress", "USA", "LEG"),
        ("Congress", "us-congress", "USA", "LEG"),
        ("the Israeli High Court of Justice", "israel-supreme-court", "ISR", "JUD"),
        # Not one name: the state is no modifier of the body.
        ("Chilean lawmakers and the US Congress", "us-congress", "USA", "LEG"),
    ],
)
def test_a_state_named_on_a_generic_body_name_wins(
    resources: Resources, text: str, actor_id: str, country: str, sector: str
) -> None:
    actor = named(resources, text)
    assert (actor.id, actor.country, actor.sector) == (actor_id, country, sector)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An Istanbul court", "TUR"),
        ("Texas officials", "USA"),
        ("Gaza residents", "PSE"),
        ("the Kandahar police chief", "AFG"),
        ("The Dubai ruler", "ARE"),
        ("West Bengal's chief minister", "IND"),
        ("The Alberta government", "CAN"),
        ("the Johor government", "MYS"),
    ],
)
def test_a_region_or_city_gives_its_state(resources: Resources, text: str, country: str) -> None:
    assert named(resources, text).country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Yugoslav army", "SRB"),
        ("Yugoslavia", "SRB"),
        ("Soviet troops", "RUS"),
        ("Zairean soldiers", "COD"),
        ("the Czechoslovak government", "CZE"),
        ("East German border guards", "DEU"),
    ],
)
def test_former_states_are_their_successors_as_cameo_codes_them(
    resources: Resources, text: str, country: str
) -> None:
    assert resolve(resources, text).country == country


def test_an_ethnic_people_is_not_the_state_of_the_same_name(resources: Resources) -> None:
    assert resolve(resources, "ethnic Albanian rebels").country is None
    assert resolve(resources, "ethnic Russians").country is None
    assert resolve(resources, "Albanian rebels").country == "ALB"


def test_prison_guards_are_police(resources: Resources) -> None:
    assert resolve(resources, "prison guards").sector == "COP"


@pytest.mark.parametrize(
    ("text", "country"),
    [("Khartoum's UN envoy", "SDN"), ("the Iranian UN ambassador", "IRN")],
)
def test_a_state_delegate_to_an_international_body_is_the_state(
    resources: Resources, text: str, country: str
) -> None:
    actor = named(resources, text)
    assert (actor.country, actor.sector) == (country, "GOV")


def test_the_body_own_envoy_stays_the_body(resources: Resources) -> None:
    assert named(resources, "the UN envoy").id == "UN"


def test_an_arabic_surname_with_its_article_is_the_surname(resources: Resources) -> None:
    assert named(resources, "al-Assad").country == "SYR"
    assert named(resources, "el-Sisi").country == "EGY"


@pytest.mark.parametrize(
    ("text", "sector"),
    [("a suspected drug dealer", "CRM"), ("five suspects", "CRM"), ("Armenian positions", "MIL")],
)
def test_criminals_and_military_positions_have_sectors(
    resources: Resources, text: str, sector: str
) -> None:
    assert resolve(resources, text, "target").sector == sector


@pytest.mark.parametrize(
    ("text", "country"),
    [("Greek Cypriot leader Andreas Petrou", "CYP"), ("Turkish Cypriot police", "CYP")],
)
def test_a_region_named_with_a_demonym_is_the_regions_state(
    resources: Resources, text: str, country: str
) -> None:
    assert named(resources, text).country == country


def test_a_states_red_crescent_is_the_states(resources: Resources) -> None:
    assert named(resources, "the Libyan Red Crescent").country == "LBY"
    assert named(resources, "the Red Crescent").id == "ICRC"


def test_a_force_led_by_a_state_is_the_states(resources: Resources) -> None:
    assert named(resources, "French-led peacekeepers").country == "FRA"
    assert named(resources, "a Kenyan-led coalition").country == "KEN"
    assert named(resources, "a French-led assault").country is None  # an event, no actor


def test_a_go_between_is_no_party_to_the_talks(resources: Resources) -> None:
    assert named(resources, "Qatar-brokered talks").country is None
    assert named(resources, "U.S.-mediated negotiations").country is None


def test_a_pope_is_the_holy_sees(resources: Resources) -> None:
    assert named(resources, "Pope John Paul II").country == "VAT"


def test_a_name_word_before_a_known_surname_is_no_title(resources: Resources) -> None:
    # "Hassan" is a surname of the table (Jafar Hassan); "Karim Hassan" is someone
    # else, while "Mr" and "President" are titles.
    assert named(resources, "Karim Hassan", "2025-03-01").id is None
    assert named(resources, "Mr Putin", "2016-07-01").id == "vladimir-putin"
    assert named(resources, "President Obama", "2012-07-01").id == "barack-obama"


def test_a_name_particle_before_a_surname_keeps_it_a_name(resources: Resources) -> None:
    # "bin" joins a name to the father's ("Bin Salman"): no first name of someone else.
    assert named(resources, "Ibn Salman", "2019-07-01").country == "SAU"


def test_a_surname_after_the_article_is_no_person(resources: Resources) -> None:
    # "the Moon" is no President Moon; "President Moon" is Moon Jae-in, not Ban Ki-moon.
    def by_table(text: str) -> Actor:
        mention = Actor(text=text, start=0, end=len(text))
        return resolve_mention(
            mention,
            resources.countries,
            resources.sectors,
            "target",
            table=resources.actors,
            date=dt.date(2018, 6, 1),
        )

    assert by_table("the Moon").id is None
    assert by_table("President Moon").id == "moon-jae-in"
