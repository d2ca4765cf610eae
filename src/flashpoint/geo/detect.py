"""Finding place mentions (toponyms) in a parsed document.

Sources of mentions, in order of trust:

- the model's GPE/LOC/FAC entities, trimmed of "the" and "'s", with a following
  division word kept ("Diyala province");
- demonyms among NORP entities ("Iraqi"), which stand for their state;
- places that open or close an organisation's name ("Diyala province police",
  "Baghdad airport", "University of Texas");
- capitalised words the model missed that the gazetteer knows as a state, a
  first-level division or a large city.

Everything here is a pure function of the parse and the lookups passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from flashpoint.actors.countries import CountryTable
from flashpoint.actors.unparsed import lower_case_words, unparsed_sentences, written_in_lower_case
from flashpoint.geo.gazetteer import MAIN, Entry, name_key
from flashpoint.model import Document, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
HOST_LABELS = frozenset({"ORG", "FAC", "PERSON", "NORP"})
#: Words after a name that make it a division: "Diyala province", "Cook County".
DIVISION_WORDS = frozenset(
    {
        "province",
        "governorate",
        "county",
        "parish",
        "state",
        "region",
        "district",
        "oblast",
        "prefecture",
        "municipality",
        "department",
    }
)
#: "Douglas, Sarpy and Lancaster counties": every name in the list is a division.
PLURAL_DIVISIONS = {
    "counties": "County",
    "parishes": "Parish",
    "provinces": "Province",
    "governorates": "Governorate",
    "districts": "District",
    "oblasts": "Oblast",
    "prefectures": "Prefecture",
    "regions": "Region",
}
_LIST_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"
_LIST_SEPARATOR = r"[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+"
_DIVISION_LIST = re.compile(
    rf"(?:{_LIST_NAME}(?:{_LIST_SEPARATOR}))+{_LIST_NAME}[ \t]+({'|'.join(PLURAL_DIVISIONS)})\b"
)
_SEPARATOR = re.compile(_LIST_SEPARATOR)
#: A dateline: "RIDGE FARM, Ill. (AP) —", "BEIRUT:", "WINONA --" at the start of the
#: text, a line or a sentence.
_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”’'][ \t]))"
    r"([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3})"
    r"(?:,[ \t]*([A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?))?"
    r"[ \t]*(?:\([A-Za-z. ]+\)[ \t]*)?(?:—|–|--|-|:|”)[ \t]"
)
#: A gazetteer entry big enough to be found without the model's help.
STRONG_POPULATION = 200_000
STRONG_CODES = frozenset({"PCLI", "PCLD", "ADM1", "CONT"})
#: ... and big enough to be taken from the start of an organisation's name.
EMBEDDED_POPULATION = 50_000
MAX_WORDS = 5
#: "Northeast Georgia", "southern Iraq": a part of a place; alone ("the West"), no place.
DIRECTIONS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "northern", "southern", "eastern", "western", "northeastern", "northwestern",
        "southeastern", "southwestern", "central", "upstate", "downstate", "greater",
        "upper", "lower", "inner", "outer",
    }
)  # fmt: skip
#: Peoples of a continent: "European leaders" are in Europe.
CONTINENT_DEMONYMS = {
    "european": "Europe",
    "europeans": "Europe",
    "african": "Africa",
    "africans": "Africa",
    "asian": "Asia",
    "asians": "Asia",
    "latin american": "South America",
}

Lookup = Callable[[str], Sequence[Entry]]
#: Whether an entry lies where the document's other places are.
Near = Callable[[Entry], bool]
#: The source of a mention admitted only for lying near the document's other places.
NEARBY = "nearby"
#: ``near`` where the tokens ``first:last`` may name a small place, else None.
NearAt = Callable[[int, int], Near | None]
#: Words after a name that make it a street or a building, not a place.
STREET_WORDS = frozenset(
    {
        "street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard",
        "blvd", "blvd.", "drive", "dr", "dr.", "lane", "ln", "ln.", "way", "parkway",
        "pkwy", "court", "ct", "ct.", "circle", "place", "pl", "terrace", "highway",
        "hwy", "trail", "pike", "house", "hall", "of",
    }
)  # fmt: skip
#: Words before a name that make it a place: "in Greer", "near Glen Carbon".
LOCATIVES = frozenset(
    {"in", "at", "near", "outside", "from", "to", "into", "through", "around", "across",
     "toward", "towards", "between", "and"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention: its span, the name to look up, and what the text says of it.

    ``division``: a division word follows or ends the name ("Diyala province");
    ``country``: the ISO 3166-1 alpha-3 code of a state named by a demonym.
    """

    text: str
    start: int
    end: int
    name: str
    division: bool = False
    country: str | None = None
    source: str = "ner"


def trim(text: str, start: int) -> tuple[str, int]:
    """Drop a leading "the" and a trailing possessive from a place span."""
    for article in ("the ", "The "):
        if text.startswith(article):
            text, start = text[len(article) :], start + len(article)
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    return text.rstrip(" ,;:"), start


def lookup_name(text: str) -> tuple[str, bool]:
    """The name to look up for a span, and whether it ends in a division word."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in DIVISION_WORDS:
        return " ".join(words[:-1]), True
    return text, False


def _span(doc: Document, first: int, last: int) -> tuple[str, int, int]:
    start = doc.tokens[first].start
    end = doc.tokens[last - 1].end
    return doc.text[start:end], start, end


def _named(entries: Sequence[Entry], text: str) -> list[Entry]:
    """The entries whose own name is ``text`` (not an alias nor an abbreviation)."""
    key = name_key(text)
    return [e for e in entries if name_key(e.name) == key]


def _strong(
    entries: Sequence[Entry], population: int | None = None, near: Near | None = None
) -> bool:
    """Some entry is a state, a division, a big city or one of flashpoint's features,
    or, with ``near``, a place near the document's other places."""
    least = STRONG_POPULATION if population is None else population
    return any(
        e.kind == MAIN
        and (
            e.feature_code in STRONG_CODES
            or e.population >= least
            or e.population == 0
            or (near is not None and near(e))
        )
        for e in entries
    )


def _place_mention(doc: Document, first: int, last: int, source: str) -> Mention | None:
    # Keep a division word that follows the entity: "Diyala" + "province".
    if last < len(doc.tokens) and doc.tokens[last].text.lower() in DIVISION_WORDS:
        last += 1
    text, start, _ = _span(doc, first, last)
    text, start = trim(text, start)
    if not text or not text[:1].isupper() or text.lower() in DIRECTIONS:
        return None
    name, division = lookup_name(text)
    return Mention(text, start, start + len(text), name, division, source=source)


def _admit(
    entries: Sequence[Entry], population: int | None, near: Near | None, source: str = "embedded"
) -> str | None:
    """``source`` when the entries are strong enough on their own, "nearby" when only
    ``near`` admits them (the mention is then resolved among those near), else None."""
    if _strong(entries, population):
        return source
    if near is not None and _strong(entries, population, near):
        return NEARBY
    return None


def _embedded(
    doc: Document,
    first: int,
    last: int,
    lookup: Lookup,
    countries: CountryTable,
    whole: bool,
    near_at: NearAt | None = None,
) -> Mention | None:
    """A place opening ("Baghdad airport", "American Farm Bureau") or closing ("University
    of Texas") a name; the whole name too when ``whole`` (the model's PERSON "Tamil Nadu")."""
    while first < last and doc.tokens[first].text.lower() in ("the", "a"):
        first += 1
    tokens = doc.tokens[first:last]
    if not tokens:
        return None
    if whole:
        name = _join(doc, tokens)
        near = near_at(first, last) if near_at else None
        how = _is_name(tokens) and _admit(_named(lookup(name_key(name)), name), None, near)
        if how:
            return _place_mention(doc, first, last, how)
        return None
    for size in range(min(MAX_WORDS, len(tokens)), 0, -1):
        words = tokens[:size]
        if not _is_name(words):
            continue
        if size == 1 and (demonym := _demonym(doc, first, first + 1, countries)) is not None:
            return demonym
        near = near_at(first, first + size) if near_at else None
        how = _admit(lookup(name_key(_join(doc, words))), EMBEDDED_POPULATION, near)
        if how:
            return _place_mention(doc, first, first + size, how)
    for position, token in enumerate(tokens[:-1]):
        if token.text == "of":
            words = tokens[position + 1 :]
            near = near_at(words[0].i, words[-1].i + 1) if near_at and words else None
            how = (
                0 < len(words) <= MAX_WORDS
                and _is_name(words)
                and _admit(lookup(name_key(_join(doc, words))), EMBEDDED_POPULATION, near)
            )
            if how:
                return _place_mention(doc, words[0].i, words[-1].i + 1, how)
    return None


def plausibility(doc: Document) -> Callable[[int, int], bool]:
    """Whether the tokens ``first:last`` may name a small place the model missed.

    Not when the name is followed by a street word or "of" ("Commerce Dr.",
    "University of ..."), is a person's name elsewhere in the document ("Judge
    Manning" ... "Manning said"), is a word the document also writes in lower case
    ("Rodeo" and "the rodeo"), or is the model's PERSON without "in", "at", "near" ...
    before it."""
    tokens = doc.tokens
    label = [""] * len(tokens)
    surnames: set[str] = set()
    for entity in doc.entities:
        for index in range(entity.first, entity.last):
            label[index] = entity.label
        if entity.label == "PERSON" and entity.last - entity.first > 1:
            surnames.update(t.text for t in tokens[entity.first : entity.last])
    lowered = set(re.findall(r"\b[a-z][a-z'-]+\b", doc.text))

    def plausible(first: int, last: int) -> bool:
        words = tokens[first:last]
        if not words:
            return False
        if last < len(tokens) and tokens[last].text.lower() in STREET_WORDS:
            return False
        if len(words) == 1 and words[0].text.lower() in lowered:
            return False
        if len(words) > 1 and doc.text[words[0].start : words[-1].end].lower() in doc.text:
            return False
        if len(words) == 1 and words[0].text in surnames:
            return False
        if label[first] == "PERSON":
            return first > 0 and tokens[first - 1].text.lower() in LOCATIVES
        return True

    return plausible


def _join(doc: Document, tokens: Sequence[Token]) -> str:
    return doc.text[tokens[0].start : tokens[-1].end]


def _is_name(tokens: Sequence[Token]) -> bool:
    return (
        all(t.text[:1].isupper() or t.text in ("-", "of") for t in tokens)
        and tokens[-1].text[:1].isupper()
    )


def _demonym(doc: Document, first: int, last: int, countries: CountryTable) -> Mention | None:
    text, start, end = _span(doc, first, last)
    continent = CONTINENT_DEMONYMS.get(text.lower())
    if continent is not None:
        return Mention(text, start, end, continent, source="demonym")
    hit = countries.lookup(text)
    if hit is None or hit[1] != "demonym":
        return None
    return Mention(text, start, end, hit[0].name, country=hit[0].iso3, source="demonym")


def demonym_stems(word: str) -> list[str]:
    """Names a people's name may come from: "Minnesotans" -> "Minnesota", "Ohioan" ->
    "Ohio", "Texan" -> "Texas", "Ontarians" -> "Ontario", "Oregonian" -> "Oregon"."""
    if word.endswith("s"):
        word = word[:-1]
    if not word.endswith("n") or len(word) < 5:
        return []
    stems = [word[:-1], word[:-1] + "s"]
    if word.endswith("an"):
        stems += [word[:-2], word[:-2] + "o" if not word.endswith("ian") else word[:-3] + "io"]
    if word.endswith("ian"):
        stems.append(word[:-3])
    return stems


def _division_demonym(doc: Document, first: int, last: int, lookup: Lookup) -> Mention | None:
    """A people named after a first-level division ("Minnesotans", "Texan") stand
    for it, as "Iraqi" stands for Iraq."""
    text, start, end = _span(doc, first, last)
    for stem in demonym_stems(text):
        key = name_key(stem)
        if any(e.feature_code == "ADM1" and name_key(e.name) == key for e in lookup(key)):
            return Mention(text, start, end, stem, division=True, source="demonym")
    return None


def _gazetteer_mentions(
    doc: Document, taken: list[bool], lookup: Lookup, near_at: NearAt | None = None
) -> list[Mention]:
    """Capitalised names outside every entity that the gazetteer knows well."""
    found: list[Mention] = []
    tokens = doc.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if taken[i] or token.pos != "PROPN" or not token.text[:1].isupper():
            i += 1
            continue
        for size in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            words = tokens[i : i + size]
            if any(taken[t.i] or t.pos != "PROPN" for t in words):
                continue
            name = _join(doc, words)
            near = near_at(i, i + size) if near_at else None
            how = _admit(_named(lookup(name_key(name)), name), None, near, "gazetteer")
            if how:
                mention = _place_mention(doc, i, i + size, how)
                if mention is not None:
                    found.append(mention)
                i += size
                break
        else:
            i += 1
    return found


#: A capitalised word of an unparsed sentence (a trailing possessive kept, then trimmed).
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")
#: Words of a name not to take as the whole of a place: PERSON and ORG entities.
NAME_LABELS = frozenset({"PERSON", "ORG"})
#: After a name: a division word ("Idlib province"), or a connective and a capital
#: that make it part of a longer name ("Centre for the Study", "Bank of England").
_AFTER_NAME = re.compile(
    rf"[ \t]+({'|'.join(DIVISION_WORDS)})\b"
    r"|[ \t]+((?:of|for|on|de|del|al)[ \t]+(?:the[ \t]+)?[A-Z])"
)


def _capitalised_runs(text: str, offset: int) -> list[list[tuple[str, int]]]:
    """Runs of capitalised words (``(word, start)``) one space apart; a run ends at a
    possessive ("Syria's") or at a word followed by punctuation."""
    runs: list[list[tuple[str, int]]] = []
    last_end = -2
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        bare = _POSSESSIVE_END.sub("", word)
        if runs and match.start() == last_end + 1 and text[last_end] == " ":
            runs[-1].append((bare, match.start() + offset))
        else:
            runs.append([(bare, match.start() + offset)])
        last_end = match.end() if bare == word else -2
    return runs


def unparsed_mentions(
    doc: Document,
    lookup: Lookup,
    countries: CountryTable,
    near: Near | None = None,
    found: Sequence[Mention] = (),
) -> list[Mention]:
    """Places in the sentences left unparsed (those without tokens, see
    ``flashpoint.coding.prefilter``), found without the model: a whole run of
    capitalised words (a leading word the document writes in lower case dropped:
    "In", "The") that is a state by its name or its short form ("Britain", "US"), a
    demonym, or a name the gazetteer knows well; with ``near``, also a smaller place
    near the document's other places.  A single word is not taken when the document
    writes it in lower case, or it is a person's or an organisation's name, or part of
    one, in the parsed sentences."""
    unparsed = unparsed_sentences(doc)
    if not unparsed:
        return []
    lowered = lower_case_words(doc.text)
    names: set[str] = set()
    for entity in doc.entities:
        if entity.label in NAME_LABELS:
            names.add(entity.text)
        if entity.label == "PERSON":
            names.update(entity.text.split())
    mentions: list[Mention] = []
    for sentence in unparsed:
        for run in _capitalised_runs(sentence.text, sentence.start):
            while run and written_in_lower_case(run[0][0], lowered):
                run = run[1:]
            if not run or len(run) > MAX_WORDS:
                continue
            start = run[0][1]
            end = run[-1][1] + len(run[-1][0])
            after = _AFTER_NAME.match(doc.text, end)
            if after is not None and after.group(2) is not None:
                continue  # "Centre for the Study ...": part of a longer name
            if after is not None:  # "Idlib province"
                end = after.end()
            text = doc.text[start:end]
            if any(m.start < end and start < m.end for m in found):
                continue
            mention = _unparsed_demonym(text, start, countries)
            if mention is None:
                common = text in names or written_in_lower_case(text, lowered)
                if len(run) == 1 and after is None and common:
                    continue
                mention = _unparsed_mention(text, start, lookup, countries, near)
            if mention is None and len(run) > 1:  # "Syrian Democratic Forces"
                mention = _unparsed_demonym(run[0][0], start, countries)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _unparsed_demonym(text: str, start: int, countries: CountryTable) -> Mention | None:
    continent = CONTINENT_DEMONYMS.get(text.lower())
    if continent is not None:
        return Mention(text, start, start + len(text), continent, source="demonym")
    hit = countries.lookup(text)
    if hit is None or hit[1] != "demonym":
        return None
    return Mention(
        text, start, start + len(text), hit[0].name, country=hit[0].iso3, source="demonym"
    )


def _unparsed_mention(
    text: str, start: int, lookup: Lookup, countries: CountryTable, near: Near | None
) -> Mention | None:
    end = start + len(text)
    hit = countries.lookup(text)
    if hit is not None and hit[1] == "name":
        return Mention(text, start, end, text, source="unparsed")
    name, division = lookup_name(text)
    if division and (_is_division(text, lookup) or _is_division(name, lookup)):
        return Mention(text, start, end, name, division, source="unparsed")
    words = name.split()
    if len(words) > 1 and words[0].lower() in DIRECTIONS:  # "North Syria"
        words = words[1:]
    if words[0].lower() in DIRECTIONS:
        return None
    bare = " ".join(words)
    how = _admit(_named(lookup(name_key(bare)), bare), None, near, "unparsed")
    if not how:
        return None
    return Mention(text, start, end, name, division, source=how)


def detect(
    doc: Document,
    lookup: Lookup,
    countries: CountryTable,
    near: Near | None = None,
    unparsed: bool = False,
) -> list[Mention]:
    """The place mentions of a parsed document, in text order.

    ``near``, when given, also admits names the model missed (or took for a person
    or an organisation) that are small places near the document's other places.
    ``unparsed``: also look for places in the sentences left without tokens
    (:func:`unparsed_mentions`)."""
    mentions: list[Mention] = []
    taken = [False] * len(doc.tokens)
    near_at: NearAt | None = None
    if near is not None:
        plausible = plausibility(doc)

        def near_at(first: int, last: int) -> Near | None:
            return near if plausible(first, last) else None

    for entity in doc.entities:
        mention: Mention | None = None
        if entity.label in PLACE_LABELS:
            mention = _demonym(doc, entity.first, entity.last, countries) or _place_mention(
                doc, entity.first, entity.last, "ner"
            )
            if entity.label == "FAC" and mention is not None:
                inner = _embedded(doc, entity.first, entity.last, lookup, countries, False, near_at)
                mention = inner or mention
        elif entity.label == "NORP":
            mention = _demonym(doc, entity.first, entity.last, countries) or _division_demonym(
                doc, entity.first, entity.last, lookup
            )
        elif entity.label in HOST_LABELS:
            whole = entity.label == "PERSON"
            mention = _embedded(doc, entity.first, entity.last, lookup, countries, whole, near_at)
        for index in range(entity.first, entity.last):
            taken[index] = True
        if mention is not None:
            mentions.append(mention)
    mentions += _gazetteer_mentions(doc, taken, lookup, near_at)
    if unparsed:
        mentions += unparsed_mentions(doc, lookup, countries, near, mentions)
    mentions = _division_mentions(doc.text, mentions, lookup)
    mentions += _dateline_mentions(doc.text, mentions, lookup)
    mentions += _qualifier_mentions(doc.text, mentions, lookup)
    mentions += _repeated(doc, mentions)
    return sorted(mentions, key=lambda m: m.start)


def division_lists(text: str) -> list[tuple[int, int, str]]:
    """The names listed before a plural division word, with the singular word:
    "Camden and Charlton counties" -> (0, 6, "County"), (11, 19, "County")."""
    found = []
    for match in _DIVISION_LIST.finditer(text):
        word = PLURAL_DIVISIONS[match.group(1)]
        body_end = match.start(1)
        body = text[match.start() : body_end].rstrip()
        position = 0
        for separator in [*_SEPARATOR.finditer(body), None]:
            end = separator.start() if separator else len(body)
            start = match.start() + position
            found.append((start, match.start() + end, word))
            position = separator.end() if separator else len(body)
    return found


def _is_division(name: str, lookup: Lookup) -> bool:
    return any(e.feature_code in ("ADM1", "ADM2") for e in lookup(name_key(name)))


def _division_mentions(text: str, mentions: list[Mention], lookup: Lookup) -> list[Mention]:
    """Mentions marked (or added) as divisions where a list ends in "counties" etc.
    A name not already found is added only when the gazetteer has a division of it;
    words before a list ("In Douglas and Sarpy counties") are dropped until it does."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    out = list(mentions)
    for start, end, word in division_lists(text):
        name = text[start:end]
        index = by_start.get(start)
        if index is not None and out[index].end == end:
            mention = out[index]
            if _is_division(f"{mention.name} {word}", lookup):  # not "Georgia and Nassau"
                out[index] = replace(mention, name=f"{mention.name} {word}", division=True)
            continue
        if any(m.start < end and start < m.end for m in out):
            continue
        words = name.split()
        while words:
            candidate = " ".join(words)
            if _is_division(f"{candidate} {word}", lookup):
                offset = end - len(candidate)
                out.append(
                    Mention(candidate, offset, end, f"{candidate} {word}", True, source="list")
                )
                break
            words = words[1:]
    return out


def datelines(text: str) -> list[tuple[int, int]]:
    """The spans of a dateline's place and of the state or country after it:
    "RIDGE FARM, Ill. (AP) — Peabody ..." -> [(0, 10), (12, 16)]."""
    found = []
    for match in _DATELINE.finditer(text):
        found.append(match.span(1))
        if match.group(2):
            found.append(match.span(2))
    return found


def _dateline_mentions(text: str, mentions: Sequence[Mention], lookup: Lookup) -> list[Mention]:
    """Places in datelines the model missed (it rarely knows "CORSICANA —"), when the
    gazetteer has a place by that very name."""
    found = []
    for start, end in datelines(text):
        if any(m.start < end and start < m.end for m in mentions):
            continue
        name = text[start:end].rstrip(".")
        if lookup(name_key(name)):
            found.append(Mention(name, start, start + len(name), name, source="dateline"))
    return found


_AFTER_COMMA = re.compile(r",[ \t]*([A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2})")
REGION_CODES = frozenset({"ADM1", "PCLI", "PCLD"})


def _qualifier_mentions(text: str, mentions: Sequence[Mention], lookup: Lookup) -> list[Mention]:
    """The state or country right after a place that the model missed: "Springfield,
    Ill.", "Dublin, Ohio", "Paris, Tenn." (it then qualifies the place)."""
    starts = {m.start for m in mentions}
    found = []
    for mention in mentions:
        match = _AFTER_COMMA.match(text, mention.end)
        if match is None or match.start(1) in starts or mention.source == "demonym":
            continue
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if not name[-1].isalpha() and not name.endswith("."):
                continue
            if any(e.feature_code in REGION_CODES for e in lookup(name_key(name))):
                start = match.start(1)
                found.append(Mention(name, start, start + len(name), name, source="qualifier"))
                break
    return found


def _repeated(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Other occurrences of a name the model took for a place: one sense per document
    ("Gainesville" a place in one sentence, a person's name in the next)."""
    names = {m.text for m in mentions if m.source != "demonym"}
    if not names:
        return []
    covered = [False] * (len(doc.text) + 1)
    for m in mentions:
        for offset in range(m.start, m.end):
            covered[offset] = True
    found = []
    for name in sorted(names, key=len, reverse=True):
        start = doc.text.find(name)
        while start >= 0:
            end = start + len(name)
            bounded = (start == 0 or not doc.text[start - 1].isalnum()) and (
                end == len(doc.text) or not doc.text[end].isalnum()
            )
            if bounded and not any(covered[start:end]):
                found.append(Mention(name, start, end, lookup_name(name)[0], source="repeated"))
                for offset in range(start, end):
                    covered[offset] = True
            start = doc.text.find(name, end)
    return found
