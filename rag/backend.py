"""What a backend is and what it makes: Evidence (a scored quote of a retrieved chunk) and
a Draft (sentences, each with the evidence it cites), which `answer.py` numbers and verifies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Protocol

from .retrieve import Hit


@dataclass(frozen=True)
class Evidence:
    """A sentence of a retrieved chunk, scored against the question."""

    hit: Hit
    start: int  # offsets in the file
    end: int
    text: str
    score: float  # for ranking: support, plus answer type and qualifier agreement
    coverage: float  # share of the question's weighted terms the sentence holds
    support: float = 0.0  # how well the sentence answers the question: meaning and words
    value: str = ""  # the value of the asked type it gives ("" when none)
    fits: bool = True  # holds a value of the asked type, with the question's qualifiers
    vector: Any = field(default=None, compare=False, repr=False)  # its embedding, when stored


@dataclass(frozen=True)
class Draft:
    """What a backend composes: sentences, each with the evidence it cites."""

    parts: list[tuple[str, list[Evidence]]]
    refused: bool
    conflict: bool = False
    short_answer: str = ""  # the asked value, said first ("76%", "Tampa, Florida")
    notice: str = ""  # what was removed from the answer, and why


class Backend(Protocol):
    """Writes the answer to a question from the retrieved chunks."""

    name: str

    def stream(self, question: str, hits: list[Hit]) -> Iterator[str | Draft]:
        """Text as it is written (nothing, for the extractive backend), then the Draft."""
        ...
