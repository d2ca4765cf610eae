"""The ``events`` stage: PLOVER event coding over the dependency parse."""

from flashpoint.coding.coder import EventCoder, code_sentence
from flashpoint.coding.lexicon import Lexicon, load_lexicon

__all__ = ["EventCoder", "Lexicon", "code_sentence", "load_lexicon"]
