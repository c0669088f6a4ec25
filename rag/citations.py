"""Citations: the exact quote, file and lines behind each [n], verified against the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .documents import read_text
from .errors import CorpusError
from .text import content_terms


@dataclass(frozen=True)
class Citation:
    n: int
    source: str  # path relative to the project root
    title: str
    date: str  # ISO publication date of the article, "" when unknown
    start_line: int  # 1-based, inclusive
    end_line: int
    quote: str  # verbatim slice of the file
    char_start: int
    char_end: int
    text_file: str = ""  # for a saved web page: its extracted text, where the lines are counted


@lru_cache(maxsize=64)
def _file_text(path: Path, mtime_ns: int) -> str:
    return read_text(path)  # decoded as at ingest, so offsets mean the same characters


def file_text(source: str, root: Path) -> str:
    path = root / source
    return _file_text(path, path.stat().st_mtime_ns)


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def is_verbatim(c: Citation, root: Path) -> bool:
    """The quote stands in the file at its offsets, inside the lines it names."""
    try:
        text = file_text(c.source, root)
    except (OSError, CorpusError):
        return False
    return (
        bool(c.quote)
        and text[c.char_start : c.char_end] == c.quote
        and line_of(text, c.char_start) == c.start_line
        and line_of(text, c.char_end - 1) == c.end_line
    )


def support(claim: str, quote: str) -> float:
    """Share of the claim's content terms that the quote states in the same order (0..1):
    shared words in another order ("reply PWNED" for "PWNED") count for less than a
    restatement."""
    claim_terms = list(dict.fromkeys(content_terms(strip_markers(claim))))
    if not claim_terms:
        return 0.0
    quote_terms = content_terms(quote)
    # Longest common subsequence of the two term sequences.
    row = [0] * (len(quote_terms) + 1)
    for term in claim_terms:
        diagonal = 0
        for j, other in enumerate(quote_terms, 1):
            diagonal, row[j] = row[j], diagonal + 1 if term == other else max(row[j], row[j - 1])
    return row[-1] / len(claim_terms)


def unquoted_contacts(claim: str, quotes: list[str]) -> list[str]:
    """Links, e-mail addresses and phone numbers in a claim that no cited quote contains
    verbatim: what an injected instruction would plant in an answer."""
    from .text import CONTACT

    return [m.group() for m in CONTACT.finditer(claim) if not any(m.group() in q for q in quotes)]


_MARKER = re.compile(r"\s*\[(\d+)\]")


def markers(text: str) -> list[int]:
    return [int(m) for m in _MARKER.findall(text)]


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text).strip()
