"""How well the coder finds the PLOVER manual's own examples of each event type.

The examples come from three files under ``../shared/data/plover``:

- ``PLOVER_MANUAL.tex``: every quoted passage (````...''``) of four words or more in
  the chapter *Event Categories* (LaTeX comments dropped).  A quote in a list item that
  says it "should be coded as" a type (``\\plcat{AID}``), or that only a type "should be
  coded", is an example of that type;
  any other quote is an example of the section it is in.  The "Content" cell of each
  mode table (``Name & Content``) is read as a definition phrase of that type.
- ``PLOVER_structured_codebook_updated.csv``: each ``mode_def``, split at semicolons,
  is a definition phrase of its ``event``.
- ``event_mode_questions.csv``: each ``ACTOR`` question "Who ...?" (not "Who did ...")
  becomes a statement: "Who attacked {recip_text}?" → "The group attacked the rival
  group."

A definition phrase is an imperative ("Arrest or detain people"), a clause with its
own subject ("A country withdraws itself from an organization"), a subject with a
participle ("Police ... executing a search") or a noun phrase ("Hunger strike"); it is
made into a sentence in the past tense with a generic subject ("The government
arrested or detained people."), or "There was a hunger strike."

Every example close to a sentence of the PLOVER GSR test set is dropped before
anything is coded, and only the count is printed (``benchmarks/gsr_filter.py`` says
what close means).  The remaining examples are coded one by one
(``Pipeline.default().code``) and read the PLOVER way (``plover_type``, as
``flashpoint eval events`` does); the script prints per type how often the type is
among the coded events, and lists the examples missed with what was coded instead.

    .venv/bin/python benchmarks/manual_coverage.py [--data DIR] [--all]
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import spacy
from gsr_filter import GsrFilter

from flashpoint import Pipeline
from flashpoint.evaluation.events import plover_type
from flashpoint.evaluation.gold import GSR_PATH
from flashpoint.model import PLOVER_TYPES
from flashpoint.nlp.parser import DEFAULT_MODEL

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SUBJECT = "The government"
RECIPIENT = "the rival group"


@dataclass(frozen=True)
class Example:
    type: str
    text: str
    origin: str  # "quote", "definition" or "question"


# --- the manual ----------------------------------------------------------------------

QUOTE = re.compile(r"``(.+?)(?:''|\")", re.S)
CODED_AS = re.compile(r"coded(?: as)?\s+\\plcat\{(\w+)\}|\\plcat\{(\w+)\}\s+should be coded")
SECTION = re.compile(r"\\section\{(\w+)\}")


def _plain(latex: str) -> str:
    text = re.sub(r"\\(?:emph|textit|ti|txt|plcat|plcon|plmod)\{([^}]*)\}", r"\1", latex)
    text = text.replace("\\$", "$").replace("\\dots", "...").replace("\\ldots", "...")
    text = re.sub(r"\\[a-zA-Z]+\s*", " ", text).replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", text).strip()


def _coded(match: re.Match[str] | None) -> str | None:
    return (match.group(1) or match.group(2)) if match else None


def manual_examples(path: Path) -> list[Example]:
    lines = path.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.lstrip().startswith("%"))
    start = text.index("\\chapter{Event Categories}")
    chapter = text[start : text.index("\\chapter", start + 10)]
    examples: list[Example] = []
    for section in re.split(r"(?=\\section\{)", chapter):
        named = SECTION.match(section)
        if named is None or named.group(1) not in PLOVER_TYPES:
            continue
        kind = named.group(1)
        for item in re.split(r"\\item", section):
            coded = CODED_AS.search(item)
            for quote in QUOTE.findall(item):
                sentence = _plain(quote).strip(" .,")
                if len(sentence.split()) >= 4 and not sentence.startswith("misinformation"):
                    examples.append(Example(_coded(coded) or kind, sentence, "quote"))
        for row in re.findall(r"^\s*([\w-]+)\s*&\s*(.+?)\\\\", section, re.M):
            if row[0] != "Name":
                examples.append(Example(kind, _plain(row[1]), "definition"))
    return examples


def codebook_examples(path: Path) -> list[Example]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Example(row["event"], part.strip(), "definition")
        for row in rows
        for part in row["mode_def"].split(";")
        if part.strip()
    ]


def question_examples(path: Path) -> list[Example]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    examples = []
    for row in rows:
        for question in row["ACTOR"].splitlines():
            question = question.strip()
            if question.startswith("Who ") and not question.startswith("Who did "):
                body = question[4:].rstrip("?").replace("{recip_text}", RECIPIENT)
                body = body.replace(" something", " it")
                examples.append(Example(row["event_type"], f"The group {body}.", "question"))
    return examples


# --- definition phrases made into sentences ------------------------------------------

IRREGULAR = {
    "be": "was", "bring": "brought", "find": "found", "give": "gave", "hold": "held",
    "make": "made", "meet": "met", "shut": "shut", "take": "took", "withdraw": "withdrew",
    "withhold": "withheld", "sell": "sold", "put": "put", "set": "set", "break": "broke",
    "lead": "led", "send": "sent", "fight": "fought", "seek": "sought", "tell": "told",
    "ban": "banned", "stop": "stopped", "plan": "planned", "bar": "barred", "drop": "dropped",
    "commit": "committed", "rob": "robbed", "beat": "beat", "forgive": "forgave",
    "sue": "sued", "strike": "struck", "keep": "kept", "speak": "spoke", "agree": "agreed",
    "free": "freed", "expel": "expelled",
}  # fmt: skip


def past(verb: str) -> str:
    lower = verb.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    if lower.endswith("ing"):
        return past(lower[:-3]) if len(lower) > 5 else lower
    if lower.endswith("e"):
        return lower + "d"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return lower[:-1] + "ied"
    return lower + "ed"


def sentence_of(phrase: str, nlp: spacy.language.Language) -> str:
    """A definition phrase as a past-tense sentence with a generic subject."""
    phrase = re.sub(r"\s*\(.*?\)", "", phrase).replace("e.g.", "such as").strip(" .;,")
    phrase = phrase.split(". ")[0].split(" --- ")[0]
    doc = nlp(phrase)
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc):
        return phrase[0].upper() + phrase[1:] + "."
    participle = next((t for t in doc if t.tag_ == "VBG" and t.i > 0), None)
    if participle is not None and doc[0].pos_ in ("NOUN", "PROPN", "DET"):
        words = [past(t.text) + t.whitespace_ if t is participle else t.text_with_ws for t in doc]
        return "".join(words).strip() + "."
    framed = nlp(f"They will {phrase[0].lower() + phrase[1:]}")
    root = next(t for t in framed if t.dep_ == "ROOT")
    verbs = {root} | {t for t in root.conjuncts if t.pos_ == "VERB"}
    if root.tag_ != "VB" or framed[2] not in verbs:
        return f"There was {phrase[0].lower() + phrase[1:]}."
    words = [t.text_with_ws if t not in verbs else past(t.text) + t.whitespace_ for t in framed[2:]]
    return f"{SUBJECT} {''.join(words).strip()}."


# --- the report -------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--all", action="store_true", help="list found examples too")
    args = parser.parse_args()
    plover = args.data / "plover"
    pipeline = Pipeline.default()
    nlp = spacy.load(DEFAULT_MODEL, disable=["ner"])

    raw = (
        manual_examples(plover / "PLOVER_MANUAL.tex")
        + codebook_examples(plover / "PLOVER_structured_codebook_updated.csv")
        + question_examples(plover / "event_mode_questions.csv")
    )
    seen: set[tuple[str, str]] = set()
    examples: list[Example] = []
    for example in raw:
        text = example.text if example.origin != "definition" else sentence_of(example.text, nlp)
        if (example.type, text.lower()) not in seen and example.type in PLOVER_TYPES:
            seen.add((example.type, text.lower()))
            examples.append(Example(example.type, text, example.origin))

    close = GsrFilter.load(args.data / GSR_PATH)
    kept = [e for e in examples if not close(e.text)]
    dropped = Counter(e.origin for e in examples) - Counter(e.origin for e in kept)
    print(
        f"{len(examples)} examples; dropped as close to a GSR sentence: "
        f"{len(examples) - len(kept)} ({dict(dropped) or 'none'})"
    )

    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed: dict[str, list[str]] = defaultdict(list)
    for example in kept:
        coded = [t for t in (plover_type(e) for e in pipeline.code(example.text)) if t]
        total[example.type] += 1
        hit = example.type in coded
        found[example.type] += hit
        if not hit or args.all:
            mark = "+" if hit else "-"
            missed[example.type].append(
                f"    {mark} [{example.origin}] {example.text}  -> {','.join(coded) or 'none'}"
            )
    print(f"\n  {'type':<10} {'n':>4} {'found':>6}")
    for kind in PLOVER_TYPES:
        if total[kind]:
            print(f"  {kind:<10} {total[kind]:4d} {found[kind] / total[kind]:6.3f}")
    n = sum(total.values())
    print(f"  {'all':<10} {n:4d} {sum(found.values()) / n:6.3f}")
    for kind in PLOVER_TYPES:
        if missed[kind]:
            print(f"\n{kind}")
            print("\n".join(missed[kind]))


if __name__ == "__main__":
    main()
