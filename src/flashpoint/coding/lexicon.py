"""The coder's resources: trigger lexicon, PLOVER types and modes, CAMEO codes, contexts.

Loaded once from tab-separated tables (``flashpoint/data`` by default, or a
directory of the user's own with the same file names) and passed to the coder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from flashpoint.errors import ResourceError
from flashpoint.model import PLOVER_TYPES
from flashpoint.tables import data_path, read_table, split_multi

TRIGGER_KINDS = ("verb", "verb_obj", "verb_prt", "verb_pobj", "noun", "light")
#: Kinds that say a verb reading is no event ("occupied a position", "called for 24 June").
NEGATIVE_KINDS = ("not_obj", "not_pobj")
#: spaCy entity labels an object may name in capitals instead of a lemma, in negative,
#: verb_obj and verb_pobj entries ("call	for DATE": "polls called for 24 June";
#: "recognise	GPE": "recognised Kosovo").
ENTITY_CLASSES = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "EVENT"}
    | {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "LAW"}
)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class EventKind:
    """What a trigger codes to: PLOVER type and mode, and the nearest CAMEO code."""

    type: str
    mode: str | None
    cameo: str


@dataclass(frozen=True, slots=True)
class NounTrigger:
    kind: EventKind
    modifier: str | None  # a compound/adjective lemma the noun needs ("air" strike)


@dataclass(frozen=True)
class Lexicon:
    verbs: Mapping[str, EventKind]
    verb_obj: Mapping[tuple[str, str], EventKind]
    verb_prt: Mapping[tuple[str, str], EventKind]
    nouns: Mapping[str, tuple[NounTrigger, ...]]
    light: frozenset[str]
    cameo: Mapping[str, CameoCode]
    type_contexts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    contexts: Mapping[str, str] = field(default_factory=dict)
    #: (verb, preposition, noun): "put on alert", "expelled from the party".
    verb_pobj: Mapping[tuple[str, str, str], EventKind] = field(default_factory=dict)
    #: Readings that are no event, by verb: object lemmas or entity classes
    #: ("occupy" → {"position", ...}) and (preposition, lemma or class) pairs
    #: ("call" → {("for", "DATE")}).
    not_obj: Mapping[str, frozenset[str]] = field(default_factory=dict)
    not_pobj: Mapping[str, frozenset[tuple[str, str]]] = field(default_factory=dict)

    def cameo_code(self, code: str) -> CameoCode | None:
        """The code itself, else its nearest ancestor (``0231`` → ``023`` → ``02``)."""
        while code:
            found = self.cameo.get(code)
            if found is not None:
                return found
            code = code[:-1]
        return None


def _path(directory: Path | None, name: str) -> Path:
    return directory / name if directory is not None else data_path(name)


def load_cameo(path: Path) -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for row in read_table(path, ("code", "name", "quad_class", "goldstein")):
        try:
            table[row["code"]] = CameoCode(
                row["code"], row["name"], int(row["quad_class"]), float(row["goldstein"])
            )
        except ValueError as exc:
            raise ResourceError(
                f"{path}: bad number in row for code {row['code']!r}: {exc}"
            ) from exc
    return table


def _kind(row: dict[str, str], path: Path, cameo: Mapping[str, CameoCode]) -> EventKind:
    if row["type"] not in PLOVER_TYPES:
        raise ResourceError(f"{path}: {row['lemma']!r} has unknown PLOVER type {row['type']!r}")
    if row["cameo"] not in cameo:
        raise ResourceError(
            f"{path}: {row['lemma']!r} has CAMEO code {row['cameo']!r} not in cameo.tsv"
        )
    return EventKind(row["type"], row["mode"] or None, row["cameo"])


def _object_word(word: str, row: dict[str, str], path: Path) -> str:
    """An entry's object: an entity class in capitals ("DATE", "GPE"), else a lemma."""
    if word.isupper():
        if word not in ENTITY_CLASSES:
            raise ResourceError(
                f"{path}: {row['kind']} {row['lemma']!r} names unknown entity class {word!r};"
                f" expected a lowercase lemma or one of {sorted(ENTITY_CLASSES)}"
            )
        return word
    return word.lower()


def _add_negative(
    row: dict[str, str],
    path: Path,
    not_obj: dict[str, set[str]],
    not_pobj: dict[str, set[tuple[str, str]]],
) -> None:
    lemma, words = row["lemma"].lower(), row["arg"].split()
    if row["kind"] == "not_obj" and len(words) == 1:
        not_obj.setdefault(lemma, set()).add(_object_word(words[0], row, path))
    elif row["kind"] == "not_pobj" and len(words) == 2:
        pair = (words[0].lower(), _object_word(words[1], row, path))
        not_pobj.setdefault(lemma, set()).add(pair)
    else:
        shape = "'object'" if row["kind"] == "not_obj" else "'preposition object'"
        raise ResourceError(
            f"{path}: {row['kind']} {lemma!r} needs arg {shape}, got {row['arg']!r}"
        )


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Load the coder's tables from ``directory`` (default: the shipped ones)."""
    cameo = load_cameo(_path(directory, "cameo.tsv"))
    verbs: dict[str, EventKind] = {}
    verb_obj: dict[tuple[str, str], EventKind] = {}
    verb_prt: dict[tuple[str, str], EventKind] = {}
    verb_pobj: dict[tuple[str, str, str], EventKind] = {}
    nouns: dict[str, list[NounTrigger]] = {}
    light: set[str] = set()
    not_obj: dict[str, set[str]] = {}
    not_pobj: dict[str, set[tuple[str, str]]] = {}
    path = _path(directory, "triggers.tsv")
    patterns: set[tuple[str, str, str]] = set()
    for row in read_table(path, ("kind", "lemma", "arg", "type", "mode", "cameo")):
        kind, lemma, arg = row["kind"], row["lemma"].lower(), row["arg"].lower()
        if (kind, lemma, arg) in patterns:  # one reading per pattern, or the last wins unseen
            raise ResourceError(f"{path}: {kind} {lemma!r} {arg!r} is listed twice")
        patterns.add((kind, lemma, arg))
        if kind in NEGATIVE_KINDS:
            _add_negative(row, path, not_obj, not_pobj)
        elif kind == "light":
            light.add(lemma)
        elif kind == "verb":
            verbs[lemma] = _kind(row, path, cameo)
        elif kind == "verb_obj":  # an object in capitals is an entity class: "GPE"
            verb_obj[lemma, _object_word(row["arg"], row, path)] = _kind(row, path, cameo)
        elif kind == "verb_prt":
            verb_prt[lemma, arg] = _kind(row, path, cameo)
        elif kind == "verb_pobj":
            prep, _, noun = row["arg"].partition(" ")
            prep = prep.lower()
            if not prep or not noun or " " in noun:
                raise ResourceError(
                    f"{path}: verb_pobj {lemma!r} needs arg 'preposition noun', got {arg!r}"
                )
            verb_pobj[lemma, prep, _object_word(noun, row, path)] = _kind(row, path, cameo)
        elif kind == "noun":
            nouns.setdefault(lemma, []).append(NounTrigger(_kind(row, path, cameo), arg or None))
        else:
            raise ResourceError(
                f"{path}: unknown trigger kind {kind!r};"
                f" expected one of {TRIGGER_KINDS + NEGATIVE_KINDS}"
            )
    type_contexts: dict[str, tuple[str, ...]] = {}
    for row in read_table(_path(directory, "plover.tsv"), ("type", "mode", "cameo", "contexts")):
        if not row["mode"]:
            type_contexts[row["type"]] = tuple(split_multi(row["contexts"]))
    contexts = {
        row["lemma"].lower(): row["context"]
        for row in read_table(_path(directory, "contexts.tsv"), ("lemma", "context"))
    }
    return Lexicon(
        verbs=verbs,
        verb_obj=verb_obj,
        verb_prt=verb_prt,
        # Specific (modifier-bound) entries first, so "air strike" wins over "strike".
        nouns={k: tuple(sorted(v, key=lambda t: t.modifier is None)) for k, v in nouns.items()},
        light=frozenset(light),
        cameo=cameo,
        type_contexts=type_contexts,
        contexts=contexts,
        verb_pobj=verb_pobj,
        not_obj={verb: frozenset(words) for verb, words in not_obj.items()},
        not_pobj={verb: frozenset(pairs) for verb, pairs in not_pobj.items()},
    )
