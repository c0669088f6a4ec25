"""Articles on disk -> cleaned views with metadata, never touching the file itself.

Cleaning does not rewrite text: it picks the spans of the file that are the article's own
words. Each kept span is a contiguous slice of the text, so any chunk cut from a span maps
back to exact character offsets and lines.

What is not the article is recognised by general means, never by one site's wording:
- lines repeated across several files of the folder (menus, share bars, footers);
- a short list of generic patterns (cookie, newsletter, share, navigation, captions);
- reader-comment threads, by their header in any common wording or by their user/time/reply
  lines; nothing after the thread starts is kept. A thread with no header at all is seen as a
  change of voice at the end: after a body told in the third person, a run of paragraphs
  that speak for the writer (I, my, !, ?) outside any quotation;
- an optional `.rag-rules.toml` in the corpus folder for what one site needs beyond that:
  `chrome = ["regex", ...]` drops matching lines, `cut = ["regex", ...]` drops from a
  matching line to the end of the file.

Files that are not UTF-8 are decoded with detection; saved web pages (.html/.htm) are
reduced to their main text by trafilatura, and that text is what is chunked and cited.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import itertools
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dates import find_dates, iso
from .errors import CorpusError
from .text import STOPWORDS, strip_span

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
RULES_FILE = ".rag-rules.toml"
_HEADER_LINES = 12  # where titles, bylines and publication dates sit

# --- generic patterns: what pages wrap around articles --------------------------------
_COMMENTS_HEADER = re.compile(
    r"^(\d+\s+)?(reader\s+|user\s+)?(comments?|responses?|replies|reactions|discussion)(\s*\(\d+\))?:?$"
    r"|^(join|start|read) the (conversation|discussion)\b"
    r"|^(leave|post|add|write) a (reply|comment)\b"
    r"|^(show|view|load|read|see) (all )?(\d+ )?comments\b"
    r"|^comments? (are|have to be|must be|will be|is) ",
    re.I,
)
# Lines of a thread: "Reply", "Like · Reply", "Posted by X on ...", "3h ago", "Last edited ...".
_COMMENT_META = re.compile(
    r"^(reply|report|like|share)( · (reply|report|like|share))*$|^posted by \S.* (on|at) "
    r"|(^| · )\d+\s?(s|m|h|d|w|min|mins|minutes?|hours?|days?|weeks?) ago$|^last edited\b|^\d+ (likes?|replies)$",
    re.I,
)
_RELATED = re.compile(
    r"^(related( articles| stories| content| coverage)?|more on (this|the) (story|topic)|read more|see also"
    r"|you (may|might) also like|recommended( for you)?|further reading|most (read|popular|viewed)|top stories)\b",
    re.I,
)
_COOKIES = re.compile(r"\bcookies?\b.*\b(accept|consent|agree|use|settings|preferences|policy)\b"
                      r"|\b(accept|use)\b.*\bcookies?\b", re.I)
_CHROME = [
    re.compile(r"^(newsletter|subscribe|sign (in|up)|log ?in|register|enter your e-?mail|follow us)\b"
               r"|\bour newsletters?\b|\bnewsletter:", re.I),
    re.compile(r"^(skip to (main )?content|advertisement|listen to (this )?article|\d+ min(ute)?s? read)$", re.I),
    re.compile(r"^!\[[^\]]*\]\([^)]*\)$"),  # a Markdown image on its own line
]
_SHARE = re.compile(r"^(share|print|e-?mail|copy link|tweet)\b.*\b(facebook|twitter|x|whatsapp|linkedin|e-?mail"
                    r"|pdf|link|print)$", re.I)
_HOME_CRUMB = re.compile(r"^home\s*(/|›|»|>|\|)\s*\S", re.I)
_CAPTION = re.compile(r"^(image|photo|picture|illustration)s?\b|\b(image|photo|picture|illustration)s?( credit)?:?$", re.I)
_BREADCRUMB = re.compile(r"[›»]| > ")
_SEPARATORS = re.compile(r" \| | / ")
_BULLET = re.compile(r"^\s*[•·*–-]\s")
_SENTENCE_END = (".", "?", "!", '"', "”")
# "— Name (@handle) May 16, 2024": the last line of an embedded post.
_EMBED_ATTRIBUTION = re.compile(r"^— .+\(@\w+\)\s+\S.*\d{4}$")
_EMBED_MAX_LINES = 3
# A header-less reader thread: the writer's own voice, outside quotation marks.
# A pronoun before a capital is a title's ("I'm A Celebrity").
_VOICE = re.compile(r"\b(?:I'm|I've|I'd|I'll|I|my|me|mine|myself)\b(?!['’])(?!\s+[A-Z])|[!?]")
_SPEAKER = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s?){1,3}:\s")
_VOICED_TAIL = 3  # paragraphs in the writer's voice that make a thread
_TAIL_SHARE = 0.6  # of the tail's paragraphs at least; the rest are comments with no mark
_BODY_SHARE = 0.25  # of the body's less than this: a column told in the first person is no thread
_MIN_BODY = 4  # paragraphs before a thread: the headline and three of the article

# --- bylines -----------------------------------------------------------------------
_NAME = r"[^\W\d_][\w.'’-]*(?: (?:van |de |da |von |del |di )?[^\W\d_][\w.'’-]*){1,3}"
_BYLINES = [
    re.compile(rf"^(?i:by)\s+(?P<name>{_NAME}(?: and {_NAME})?)\s*(?:$|[,|;]| for )"),
    re.compile(rf"^(?i:reporting|written|words|text|story|report) (?i:by)\s+(?P<name>{_NAME})(?:$|[,|;]| and )"),
    re.compile(rf"^(?P<name>{_NAME})\s*[|,–—-]\s*(?:[\w ]+ )?(?i:correspondent|editor|reporter|writer|journalist"
               r"|columnist|contributor|staff|analyst)\b"),
    re.compile(rf"^(?i:follow) (?P<name>{_NAME}) (?i:on) (?i:facebook|twitter|x|instagram|linkedin)\b"),
]
_PERSON = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[ -][^\W\d_][\w.'’-]*){1,3}$")


@dataclass(frozen=True)
class Article:
    """One file of the corpus: its exact text, metadata, and the spans that are article text."""

    source: str  # path relative to the corpus folder's parent: the citation target
    path: Path
    text: str  # the decoded file, or a web page's extracted text
    content_hash: str
    title: str | None
    author: str | None
    date: str | None  # ISO date
    date_source: str | None  # how the date was found: header, front matter, page metadata, embedded post
    spans: tuple[tuple[int, int], ...]
    encoding: str = "utf-8"
    _line_starts: list[int] = field(repr=False, compare=False, default_factory=list)

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset in the text."""
        return bisect.bisect_right(self._line_starts, offset)

    @property
    def display_title(self) -> str:
        return self.title or Path(self.source).name

    @property
    def article_text(self) -> str:
        """The cleaned view: kept spans only, for reading in the UI."""
        return "\n\n".join(self.text[s:e] for s, e in self.spans)

    @property
    def is_page(self) -> bool:
        """A saved web page: citations point into its extracted text, not its HTML."""
        return self.path.suffix.lower() in HTML_SUFFIXES


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    articles: list[Article]
    skipped: list[Skipped]


@dataclass(frozen=True)
class Rules:
    """What a corpus needs beyond the generic patterns (from `.rag-rules.toml`)."""

    chrome: tuple[re.Pattern[str], ...] = ()
    cut: tuple[re.Pattern[str], ...] = ()
    common: frozenset[str] = frozenset()  # lines repeated across the folder's files


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
        raise CorpusError(f"corpus folder {corpus_dir} has no .txt, .md or .html files: add articles first")
    return files


def read_corpus(corpus_dir: Path, max_mb: float | None = None) -> Corpus:
    """Every readable article; files that cannot be read are skipped with the reason, so one
    bad file never keeps the rest of the folder out of the index."""
    texts: dict[Path, tuple[str, str, dict[str, Any]]] = {}
    skipped = []
    for path in list_corpus(corpus_dir):
        try:
            _check_file(path, corpus_dir, max_mb)
            texts[path] = read_document(path)
        except CorpusError as e:
            skipped.append(Skipped(path.relative_to(corpus_dir.parent).as_posix(), str(e)))
    rules = load_rules(corpus_dir, (text for text, *_ in texts.values()))
    articles = []
    for path, document in texts.items():
        try:
            articles.append(_article(path, corpus_dir, *document, rules))
        except CorpusError as e:
            skipped.append(Skipped(source_name(path, corpus_dir), str(e)))
    if not articles:
        raise CorpusError(f"no readable article in {corpus_dir}: " + "; ".join(s.reason for s in skipped[:3]))
    return Corpus(articles, skipped)


def _check_file(path: Path, corpus_dir: Path, max_mb: float | None) -> None:
    """A link that leaves the folder, or a file too large to be an article, is not read."""
    if not path.resolve().is_relative_to(corpus_dir.resolve()):
        raise CorpusError(f"{path} links outside the corpus folder: copy the file in instead")
    size = path.stat().st_size / 1e6
    if max_mb is not None and size > max_mb:
        raise CorpusError(f"{path} is {size:.1f} MB, over the {max_mb:g} MB limit: split it or raise "
                          "RAG_MAX_FILE_MB")


def load_corpus(corpus_dir: Path) -> list[Article]:
    return read_corpus(corpus_dir).articles


def load_article(path: Path, corpus_dir: Path) -> Article:
    """One article, cleaned with the folder's rules file but without cross-file statistics."""
    return _article(path, corpus_dir, *read_document(path), load_rules(corpus_dir, ()))


def read_text(path: Path) -> str:
    """The text an article is cited from: the file decoded (UTF-8 first, another encoding
    only when detection finds one), or a web page's extracted main text."""
    return read_document(path)[0]


def read_document(path: Path) -> tuple[str, str, dict[str, Any]]:
    """`read_text`, the encoding the file was decoded with, and a web page's own metadata
    (title, author, date; empty for other files)."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"cannot read {path}: {e.strerror}; check its permissions") from None
    if not raw.strip():
        raise CorpusError(f"{path} is empty: add the article text or remove the file")
    if is_binary(raw):
        raise CorpusError(f"{path} looks binary (NUL bytes): only text and HTML files can be indexed")
    text, encoding = decode(raw)
    if text is None:
        raise CorpusError(f"{path} is not text in any encoding detected: convert it to UTF-8 or remove it")
    if path.suffix.lower() in HTML_SUFFIXES:
        page_text, meta = _page(text, path)
        return page_text, encoding, meta
    return text, encoding, {}


def decode(raw: bytes) -> tuple[str | None, str]:
    """The text and the encoding it was read with; (None, "") when no encoding fits."""
    # a UTF-8 byte-order mark (Notepad's "UTF-8 with BOM") is no part of the text, nor of its title
    codec = _unicode_bom(raw) or ("utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8")
    try:
        return raw.decode(codec), codec
    except UnicodeDecodeError:
        if codec != "utf-8":
            return None, ""
    from charset_normalizer import from_bytes

    # Short texts with a few accented bytes fit many code pages about equally well, and the
    # language scores that rank them are noisy. Keep the guesses that read as a language with
    # the least mess; among those take Windows-1252 (the web's legacy default for Western
    # text) when it is one of them or decodes to the same text.
    matches = list(from_bytes(raw))
    if not matches:
        return None, ""
    readable = [m for m in matches if m.coherence > 0] or matches
    least = min(m.chaos for m in readable)
    clean = [m for m in readable if m.chaos <= least + 0.01]
    try:
        western: str | None = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and any(m.encoding == "cp1252" or str(m) == western for m in clean):
        return western, "cp1252"
    best = max(clean, key=lambda m: m.coherence)
    return str(best), best.encoding


# UTF-32's marks first: its little-endian one starts with UTF-16's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def is_binary(raw: bytes) -> bool:
    """NUL bytes, unless a byte-order mark says the text is UTF-16 or UTF-32."""
    return b"\x00" in raw and not _unicode_bom(raw)


def _unicode_bom(raw: bytes) -> str:
    """The codec a byte-order mark names ("Save as Unicode" writes UTF-16 with one), or ""."""
    return next((codec for bom, codec in _BOMS if raw.startswith(bom)), "")


def _page(html: str, path: Path) -> tuple[str, dict[str, Any]]:
    """A saved web page's main text (paragraphs apart) and metadata, comments excluded."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=True)
    if doc is None or not doc.text:
        raise CorpusError(f"{path} has no article text that could be extracted from the page")
    text = re.sub(r"\n+", "\n\n", doc.text.strip()) + "\n"
    return text, {"title": doc.title, "author": doc.author, "date": doc.date}


def load_rules(corpus_dir: Path, texts: Any) -> Rules:
    """The corpus' rules file, plus the short lines that repeat across its files."""
    chrome: list[re.Pattern[str]] = []
    cut: list[re.Pattern[str]] = []
    path = corpus_dir / RULES_FILE
    if path.is_file():
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover
            import tomli as tomllib
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            chrome = [re.compile(p, re.I) for p in data.get("chrome", [])]
            cut = [re.compile(p, re.I) for p in data.get("cut", [])]
        except (ValueError, re.error) as e:
            raise CorpusError(f"{path} is not valid: {e}; fix or remove it") from None
    return Rules(tuple(chrome), tuple(cut), _common_lines(list(texts)))


def _common_lines(texts: list[str]) -> frozenset[str]:
    """Short lines found in several files: a site's menus, share bars and footers. Long lines
    never count, so an article filed twice keeps its text."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({_norm(line) for line in text.splitlines() if 0 < len(_norm(line)) <= 80})
    least = max(3, math.ceil(0.01 * len(texts)))
    return frozenset(line for line, n in counts.items() if n >= least)


def _norm(line: str) -> str:
    return " ".join(line.split()).lower()


def _article(path: Path, corpus_dir: Path, text: str, encoding: str, page_meta: dict[str, Any],
             rules: Rules) -> Article:
    lines = _lines_with_offsets(text)
    front, body = _front_matter(lines)
    keep = _kept_lines(lines, rules, skip=len(lines) - len(body))
    keep = _drop_reader_tail(lines, keep)
    title = front.get("title") or page_meta.get("title") or _title(body, keep[len(lines) - len(body):])
    keep = _drop_labels_above(lines, keep, title)
    author, explicit = _author(body, keep[len(lines) - len(body):], title)
    author = front.get("author") or page_meta.get("author") or author
    if explicit and author:  # the name only repeats the byline: an author box
        keep = [k and _norm(line) != _norm(author) for k, (_, line) in zip(keep, lines)]
    spans = _spans(text, lines, keep)
    if not spans:
        raise CorpusError(f"{path} has no article text left after cleaning: check the file")
    day, day_source = _date(body)
    for value, how in ((front.get("date"), "front matter"), (page_meta.get("date"), "page metadata")):
        if day is None and (found := iso(value)):
            day, day_source = found, how
    return Article(
        source=source_name(path, corpus_dir),
        path=path.resolve(),
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=str(title) if title else None,
        author=str(author) if author else None,
        date=day,
        date_source=day_source,
        spans=tuple(spans),
        encoding=encoding,
        _line_starts=[0] + [m.end() for m in re.finditer(r"\n", text)],
    )


# --- cleaning -------------------------------------------------------------------------


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _front_matter(lines: list[tuple[int, str]]) -> tuple[dict[str, Any], list[tuple[int, str]]]:
    """Markdown/YAML front matter (`---` ... `---` at the top): its fields, and the lines after."""
    if not lines or lines[0][1].strip() != "---":
        return {}, lines
    end = next((i for i, (_, line) in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), None)
    if end is None:
        return {}, lines
    import yaml

    try:
        data = yaml.safe_load("\n".join(line for _, line in lines[1:end])) or {}
    except yaml.YAMLError:
        data = {}
    fields = {k.lower(): v for k, v in data.items()} if isinstance(data, dict) else {}
    if isinstance(fields.get("author"), list):
        fields["author"] = ", ".join(map(str, fields["author"]))
    return fields, lines[end + 1:]


def _is_chrome(line: str, rules: Rules) -> bool:
    """A line a page wraps around the article: navigation, share bars, cookie and newsletter
    prompts, captions, related-link headers, or a line repeated across the folder."""
    s = " ".join(line.split())
    if not s:
        return False
    words = len(s.split())
    sentence = s.endswith(_SENTENCE_END)
    return (
        _norm(s) in rules.common
        or any(p.search(s) for p in rules.chrome)
        or (words <= 40 and bool(_COOKIES.search(s)))
        or (words <= 15 and any(p.search(s) for p in _CHROME))
        or (words <= 10 and not sentence and (bool(_SHARE.match(s)) or s.lower() in ("share", "print")))
        or bool(_HOME_CRUMB.match(s))
        or (words <= 12 and _RELATED.match(s) is not None)
        or (words <= 12 and not sentence and (bool(_BREADCRUMB.search(s)) or len(_SEPARATORS.findall(s)) >= 2))
        or (words <= 4 and not sentence and bool(_CAPTION.search(s)))
    )


def _kept_lines(lines: list[tuple[int, str]], rules: Rules, skip: int = 0) -> list[bool]:
    """Which lines are article text; the first `skip` lines (front matter) never are."""
    keep = [i >= skip for i in range(len(lines))]
    seen: set[str] = set()
    previous_chrome = False
    for i in range(skip, len(lines)):
        s = " ".join(lines[i][1].split())
        if (start := _thread_start(lines, i, rules)) is not None:
            keep[start:] = [False] * (len(lines) - start)
            break
        if _EMBED_ATTRIBUTION.match(s):
            for j in _embed_body(lines, i):
                keep[j] = False
        chrome = _is_chrome(s, rules) or (previous_chrome and bool(_BULLET.match(lines[i][1])))
        # A line seen before in this file is a doubled title, caption or author box.
        if chrome or (s and _norm(s) in seen):
            keep[i] = False
        if s:
            previous_chrome = chrome
            seen.add(_norm(s))
    return keep


def _thread_start(lines: list[tuple[int, str]], i: int, rules: Rules) -> int | None:
    """Where a reader-comment thread (or a tail of related links) begins, if it begins at line
    i: from there to the end of the file nothing is the article's words."""
    s = " ".join(lines[i][1].split())
    if not s:
        return None
    if _COMMENTS_HEADER.match(s) or any(p.search(s) for p in rules.cut):
        return _widget_start(lines, i, rules)
    if _COMMENT_META.search(s) and any(_COMMENT_META.search(line.strip()) for _, line in lines[i + 1:i + 10]):
        user = i - 1 if i > 0 and 0 < len(lines[i - 1][1].split()) <= 3 else i
        return _widget_start(lines, user, rules)
    if _RELATED.match(s) and all(_is_link_line(line) for _, line in lines[i + 1:]):
        return i
    return None


def _drop_reader_tail(lines: list[tuple[int, str]], keep: list[bool]) -> list[bool]:
    """Cut a reader thread that has no header: the first paragraph from which most paragraphs
    speak in the writer's own voice, after a body where hardly any does."""
    paragraphs = _paragraphs(lines, keep)
    voiced = [_in_own_voice(" ".join(lines[i][1] for i in p)) for p in paragraphs]
    before = [0, *itertools.accumulate(voiced)]  # voiced paragraphs before each one
    total = before[-1]
    for at in range(_MIN_BODY, len(paragraphs)):
        tail, body = total - before[at], before[at]
        if (voiced[at] and tail >= _VOICED_TAIL and tail >= _TAIL_SHARE * (len(paragraphs) - at)
                and body < _BODY_SHARE * at):
            start = paragraphs[at][0]
            return keep[:start] + [False] * (len(keep) - start)
    return keep


def _paragraphs(lines: list[tuple[int, str]], keep: list[bool]) -> list[list[int]]:
    """Kept lines grouped into paragraphs: a paragraph ends at a blank line or at a line that
    ends a sentence (files with one paragraph a line and no blank lines between)."""
    out: list[list[int]] = []
    current: list[int] = []
    for i, (_, line) in enumerate(lines):
        s = line.strip()
        if keep[i] and s:
            current.append(i)
        if current and (not (keep[i] and s) or s.endswith(_SENTENCE_END)):
            out.append(current)
            current = []
    return out + ([current] if current else [])


def _in_own_voice(paragraph: str) -> bool:
    """The paragraph says I, my, asks or exclaims outside quotation marks. A quote opens at a
    mark after a space and runs to a closing mark or the paragraph's end (news style leaves
    a quote that goes on open). A paragraph led by a speaker ("Q:", "Ana Silva:") is an
    interview's speech."""
    if _SPEAKER.match(paragraph):
        return False
    out, quoted = [], False
    for i, c in enumerate(paragraph):
        if c in '"“”':
            before = paragraph[i - 1] if i else " "
            after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
            quoted = c == "“" or (c == '"' and (before.isspace() or before in "([—-:") and not after.isspace())
            out.append(" ")
        else:
            out.append(" " if quoted else c)
    return bool(_VOICE.search("".join(out)))


def _widget_start(lines: list[tuple[int, str]], i: int, rules: Rules) -> int:
    """Walk back over the comment widget above a thread header: blank lines, chrome, and
    short label lines ("Subscribe", "Notify of", "guest")."""
    start = i
    for j in range(i - 1, -1, -1):
        s = " ".join(lines[j][1].split())
        if not s or _is_chrome(s, rules) or _BULLET.match(lines[j][1]) or _is_link_line(s, max_words=4):
            start = j
            continue
        break
    return start


def _is_link_line(line: str, max_words: int = 12) -> bool:
    s = line.strip()
    return not s or (len(s.split()) <= max_words and not s.endswith(_SENTENCE_END))


def _embed_body(lines: list[tuple[int, str]], attribution: int) -> list[int]:
    """The attribution line and the post's lines above it, back to the article's lead-in."""
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
            s, e = strip_span(text, start, end)
            if e > s:
                spans.append((s, e))
            start = None
    return spans


# --- metadata -------------------------------------------------------------------------


def _title(body: list[tuple[int, str]], keep: list[bool]) -> str | None:
    """The first headline-shaped line of the header: a breadcrumb's last part, or a kept line
    of three or more words that is not a sentence. Section labels ("Europe") are too short."""
    for (_, line), kept in list(zip(body, keep))[:_HEADER_LINES]:
        s = " ".join(line.split()).lstrip("# ").strip()
        if not s:
            continue
        if not kept and s.lower().startswith("home /"):
            s = s.split(" / ")[-1].strip()
        elif not kept:
            continue
        words = len(s.split())
        if len(s) > 200 or s.endswith((".", ":")) or (s.endswith(("?", "!")) and words > 15):
            return None  # the file starts with the article's first paragraph
        if words >= 3 and not find_dates(s):
            return s
    return None


def _drop_labels_above(lines: list[tuple[int, str]], keep: list[bool], title: object) -> list[bool]:
    """Short lines above the headline are section labels ("World News", "Europe")."""
    at = next((i for i, (_, line) in enumerate(lines[:_HEADER_LINES]) if title and " ".join(line.split()) == title), None)
    if at is None:
        return keep
    return [k and not (i < at and _is_link_line(line, max_words=4)) for i, (k, (_, line)) in enumerate(zip(keep, lines))]


def _author(body: list[tuple[int, str]], keep: list[bool], title: object) -> tuple[str | None, bool]:
    """The author, and whether a byline ("By ...", "Reporting by ...") named them. Only the
    article's own lines count, so a reader comment never names the author."""
    stripped = [" ".join(line.split()) for _, line in body]
    for pattern in _BYLINES:
        for s, kept in zip(stripped, keep):
            if kept and len(s.split()) <= 16 and (m := pattern.match(s)) and _is_name(m.group("name")):
                return m.group("name").strip(), True
    # A name alone on a line under the headline, before the text starts: "Jane Smith".
    after_title = False
    for k, s in enumerate(stripped[:_HEADER_LINES]):
        if not s:
            continue
        if s == title:
            after_title = True
            continue
        if after_title and len(s.split()) >= 12:
            break  # the article text has begun: later short lines are subheadings
        nxt = next((t for t in stripped[k + 1:] if t), "")
        if (after_title and _PERSON.match(s) and _is_name(s) and not s.isupper()
                and s.split()[0].lower() not in STOPWORDS
                and (len(nxt.split()) >= 12 or find_dates(nxt) or stripped.count(s) > 1)):
            return s, False
    return None, False


def _is_name(text: str) -> bool:
    """Every word capitalised, particles aside: "By contrast" is not a byline."""
    particles = {"van", "de", "da", "von", "del", "di", "and"}
    return all(w[0].isupper() for w in text.split() if w not in particles)


def _date(body: list[tuple[int, str]]) -> tuple[str | None, str | None]:
    """Publication date from a short header line; else the newest embedded post."""
    for _, line in body[:_HEADER_LINES]:
        s = line.strip()
        if _EMBED_ATTRIBUTION.match(s) or len(s) >= 100:
            continue
        if dates := find_dates(s):
            return dates[0][2].isoformat(), "header"
    embedded = [d for _, line in body if _EMBED_ATTRIBUTION.match(line.strip())
                for *_, d in find_dates(line)]
    return (max(embedded).isoformat(), "embedded post") if embedded else (None, None)
