"""Articles on disk -> cleaned views with metadata, never touching the file itself.

Cleaning does not rewrite text: it picks the spans of the original file that are the
article's own words. Each kept span is a contiguous slice of the file, so any chunk cut
from a span maps back to exact character offsets and lines in the original.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import CorpusError

SUFFIXES = (".txt", ".md")

# Everything from one of these lines to the end of the file is site furniture or the
# reader-comment thread, never the article's own words.
_CUT_FROM = re.compile(
    r"^(MORE ON THE TOPIC:|Sign in to Unlock member-only benefits!|Comments have to be in English"
    r"|\d+ Comments$|Leave a (Reply|Comment))",
    re.I,
)
# Single lines of site chrome.
_CHROME_LINE = re.compile(
    r"^(Home / .+|Print Friendly, PDF & Email|Ill?ustrative Image|Subscribe|Sign in|Share this article:?|Advertisement)$",
    re.I,
)
# "— Name (@handle) May 16, 2024": the last line of an embedded tweet.
_EMBED_ATTRIBUTION = re.compile(r"^— .+\(@\w+\)\s+(?P<date>\w+ \d{1,2}, \d{4})$")
_EMBED_MAX_LINES = 3

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_DATE = re.compile(rf"\b(?P<m>(?:{_MONTHS}|{_MONTH_ABBR})\.?) (?P<d>\d{{1,2}}), (?P<y>\d{{4}})\b")
_BYLINE = [
    re.compile(r"^By (?P<name>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})\s*$"),
    re.compile(r"^Written by (?P<name>[A-Z][^,]+?)(?:,|$)"),
    re.compile(r"^Follow (?P<name>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}) on (?:Facebook|Twitter)"),
]
_NAME_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}$")
_HEADER_LINES = 10


@dataclass(frozen=True)
class Article:
    """One file of the corpus: its exact text, metadata, and the spans that are article text."""

    source: str  # path relative to the project root: the citation target
    path: Path
    text: str
    content_hash: str
    title: str | None
    author: str | None
    date: str | None  # ISO date
    date_source: str | None  # "byline" or "embedded post"
    spans: tuple[tuple[int, int], ...]
    _line_starts: list[int] = field(repr=False, compare=False, default_factory=list)

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset in the original text."""
        return bisect.bisect_right(self._line_starts, offset)

    @property
    def display_title(self) -> str:
        return self.title or Path(self.source).name

    @property
    def article_text(self) -> str:
        """The cleaned view: kept spans only, for reading in the UI."""
        return "\n\n".join(self.text[s:e] for s, e in self.spans)


def source_name(path: Path, corpus_dir: Path) -> str:
    """How a file is named in citations: relative to the corpus folder's parent (the project
    root for the default `seeds/`), so `seeds/<file>` resolves from there."""
    return path.resolve().relative_to(corpus_dir.resolve().parent).as_posix()


def list_corpus(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.exists():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist: create it or set RAG_CORPUS_DIR")
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus path {corpus_dir} is not a folder: point RAG_CORPUS_DIR at a folder")
    files = sorted(p for p in corpus_dir.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
    if not files:
        raise CorpusError(f"corpus folder {corpus_dir} has no .txt or .md files: add articles first")
    return files


def read_text(path: Path) -> str:
    """Read one article exactly. UTF-8 first; another encoding only when detection is sure,
    so quotes and line numbers are taken from the same decoded text the citations check."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"cannot read {path}: {e.strerror}; check its permissions") from None
    if not raw.strip():
        raise CorpusError(f"{path} is empty: add the article text or remove the file")
    if b"\x00" in raw:
        raise CorpusError(f"{path} looks binary (NUL bytes): only text files can be indexed")
    text, _ = decode(raw)
    if text is None:
        raise CorpusError(f"{path} is not text in any encoding detected: convert it to UTF-8 or remove it")
    return text


def decode(raw: bytes) -> tuple[str | None, str]:
    """The text and the encoding it was read with; (None, "") when no encoding fits."""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Short texts with a few accented bytes fit many code pages about equally well. Among the
    # guesses that read as well as the best one, take Windows-1252 (the web's legacy default
    # for Western text) when it is one of them or decodes to the same text.
    matches = list(from_bytes(raw))
    if not matches:
        return None, ""
    top = max(_fit(m) for m in matches)
    near = [m for m in matches if _fit(m) >= top - 0.05]
    try:
        western: str | None = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and any(m.encoding == "cp1252" or str(m) == western for m in near):
        return western, "cp1252"
    best = max(near, key=_fit)
    return str(best), best.encoding


def _fit(match: Any) -> float:
    """How well a detected decoding reads: language coherence minus mess."""
    return float(match.coherence - match.chaos)


def load_article(path: Path, corpus_dir: Path) -> Article:
    text = read_text(path)
    lines = _lines_with_offsets(text)
    title = _title(lines)
    author, explicit = _author(lines)
    keep = _kept_lines(lines, author if explicit else None)
    spans = _spans(text, lines, keep)
    if not spans:
        raise CorpusError(f"{path} has no article text left after cleaning: check the file")
    day, day_source = _date(lines)
    return Article(
        source=source_name(path, corpus_dir),
        path=path.resolve(),
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title,
        author=author,
        date=day,
        date_source=day_source,
        spans=tuple(spans),
        _line_starts=[0] + [m.end() for m in re.finditer(r"\n", text)],
    )


def load_corpus(corpus_dir: Path) -> list[Article]:
    """Every article, or a CorpusError naming the first file that cannot be used."""
    return [load_article(p, corpus_dir) for p in list_corpus(corpus_dir)]


# --- cleaning -------------------------------------------------------------------------


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _kept_lines(lines: list[tuple[int, str]], author_box: str | None) -> list[bool]:
    """Which lines are article text; `author_box` is a name that only repeats a byline."""
    keep = [True] * len(lines)
    seen: set[str] = set()
    for i, (_, line) in enumerate(lines):
        s = " ".join(line.split())
        if _CUT_FROM.match(s):
            keep[i:] = [False] * (len(lines) - i)
            break
        if _EMBED_ATTRIBUTION.match(s):
            for j in _embed_body(lines, i):
                keep[j] = False
        # Repeated lines are a site's doubled title, caption or author box.
        if _CHROME_LINE.match(s) or (author_box and s == author_box) or (s and s in seen):
            keep[i] = False
        seen.add(s)
    return keep


def _embed_body(lines: list[tuple[int, str]], attribution: int) -> list[int]:
    """The attribution line and the tweet lines above it, back to the article's lead-in."""
    body = [attribution]
    for j in range(attribution - 1, max(-1, attribution - 1 - _EMBED_MAX_LINES), -1):
        s = lines[j][1].strip()
        if not s or s.endswith(":") or _EMBED_ATTRIBUTION.match(s):
            break
        body.append(j)
    return body


def _spans(text: str, lines: list[tuple[int, str]], keep: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs of kept lines, trimmed of surrounding white space."""
    spans, start = [], None
    bounds = [(off, off + len(line)) for off, line in lines]
    for i, k in enumerate(keep + [False]):
        if k and start is None:
            start = bounds[i][0]
        elif not k and start is not None:
            end = bounds[i - 1][1]
            s, e = _trim(text, start, end)
            if e > s:
                spans.append((s, e))
            start = None
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- metadata -------------------------------------------------------------------------


def _title(lines: list[tuple[int, str]]) -> str | None:
    first = next((line.strip() for _, line in lines if line.strip()), "")
    if first.lower().startswith("home / "):
        return first.split(" / ")[-1].strip() or None
    if len(first) > 200 or first.endswith((".", "!", "?", ":")):
        return None  # the file starts with the article's first paragraph
    return first or None


def _author(lines: list[tuple[int, str]]) -> tuple[str | None, bool]:
    """The author, and whether a byline pattern ("By ...") named them explicitly."""
    stripped = [line.strip() for _, line in lines]
    for pattern in _BYLINE:
        for s in stripped:
            if m := pattern.match(s):
                return m.group("name").strip(), True
    for s in stripped[1:_HEADER_LINES]:
        if _NAME_LINE.match(s) and not _CHROME_LINE.match(s):
            return s, False
    return None, False


def _date(lines: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """Publication date from the header; else the newest embedded post (a lower bound)."""
    for _, line in lines[:_HEADER_LINES]:
        if _EMBED_ATTRIBUTION.match(line.strip()):
            continue
        if (m := _DATE.search(line)) and len(line) < 80:
            return _iso(m), "byline"
    embedded = [
        _iso(d) for _, line in lines if (a := _EMBED_ATTRIBUTION.match(line.strip()))
        if (d := _DATE.search(a.group("date")))
    ]
    embedded = [d for d in embedded if d]
    return (max(embedded), "embedded post") if embedded else (None, None)


def _iso(m: re.Match[str]) -> str | None:
    month = m.group("m").rstrip(".")[:3]
    try:
        return datetime.strptime(f"{month} {m.group('d')} {m.group('y')}", "%b %d %Y").date().isoformat()
    except ValueError:
        return None

