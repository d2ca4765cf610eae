"""The ``nlp`` stage: spaCy parse turned into flashpoint's own records."""

from flashpoint.nlp.parser import DEFAULT_MODEL, SpacyParser, load_spacy

__all__ = ["DEFAULT_MODEL", "SpacyParser", "load_spacy"]
