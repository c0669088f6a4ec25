"""Small text tools shared by the answerer, citation checks and evals: sentences and terms."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

import Stemmer  # PyStemmer, already required by the BM25 retriever

if TYPE_CHECKING:
    from nltk.tokenize import PunktTokenizer

_STEMMER = Stemmer.Stemmer("english")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers him his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our out over own same she should so some
    such than that the their them then there these they this those through to too under until up
    very was we were what when where which while who whom whose whether why will with would you your
    according article articles say says said tell mention mentioned report reported""".split()
)

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\d[\d,.]*\d|\w+")
FRAGMENT_WORDS = 3  # "Release date." or "1." alone is a label for what follows, not a sentence


@lru_cache(maxsize=1)
def _nltk_data() -> None:
    """Point nltk at the data llama-index-core ships (Punkt, stop words): no download."""
    from pathlib import Path

    import llama_index.core
    import nltk

    cache = str(Path(llama_index.core.__file__).parent / "_static" / "nltk_cache")
    if cache not in nltk.data.path:
        nltk.data.path.append(cache)


@lru_cache(maxsize=1)
def _punkt() -> "PunktTokenizer":
    """nltk's trained English Punkt model."""
    from nltk.tokenize import PunktTokenizer

    _nltk_data()
    return PunktTokenizer("english")


@lru_cache(maxsize=1)
def _common_words() -> dict[str, frozenset[str]]:
    """Each language's stop words, from nltk's lists. Lists that mix in English ("hinglish",
    "english-extended") would make every English question look like another language."""
    from nltk.corpus import stopwords

    _nltk_data()
    return {lang: frozenset(stopwords.words(lang)) for lang in stopwords.fileids()
            if lang.isalpha() and lang != "hinglish"}


def _language_counts(text: str) -> dict[str, int]:
    """How many of the text's words are common words of each language. Capitalised words
    after the first are left out: a name ("La Vie en Rose") says nothing of the language asked in."""
    tokens = [w.lower() for i, w in enumerate(re.findall(r"[^\W\d_]{2,}", text)) if i == 0 or not w[0].isupper()]
    return {lang: sum(t in common for t in tokens) for lang, common in _common_words().items()}


def language(text: str) -> str:
    """The language whose common words the text uses most ("" when none)."""
    counts = _language_counts(text)
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else ""


def _words_of(question: str, articles: str, own: str) -> bool:
    """At least half of the question's words, past its names and the articles' own common words,
    occur in the articles in some form ("postcard" in "postcards", "come" in "comes")."""
    common = _common_words().get(own, frozenset())
    words = {stem(w.lower()) for i, w in enumerate(re.findall(r"[^\W\d_]{3,}", question))
             if (i == 0 or not w[0].isupper()) and w.lower() not in common}
    seen = {stem(w.lower()) for w in re.findall(r"[^\W\d_]{3,}", articles)}
    return bool(words) and 2 * len(words & seen) >= len(words)


def _script(text: str) -> str:
    """The writing system most of the text's letters are in: "LATIN", "CJK", "CYRILLIC"."""
    scripts = Counter(unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


def in_another_language(question: str, articles: str) -> bool:
    """The question is written in another language than the articles: in another script, or
    more than twice as many of its words are common words of another language ("Wer ist der
    Chef von ...?"), at least two of them unless it has none of the articles' language and its
    words are not the articles' either: a query typed as keywords ("US jobs created January")
    has no common word of theirs, and one word ("us") may be common in another language too."""
    if _script(question) not in ("", _script(articles)):
        return True
    counts, theirs = _language_counts(question), language(articles)
    own = counts.get(theirs, 0)
    other = max(counts.values(), default=0)
    # Twice as many: a question typed in lower case keeps a name's own small words ("la vie en rose").
    if other < 2 and own == 0:
        return other == 1 and not _words_of(question, articles, theirs)
    return other > 2 * own


_NUMBER_SIGN = re.compile(r"(?:^|\s)[A-Z][a-z]{0,2}\.\s*$")  # "units No. 7", "Vol. 2": a number follows its sign


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in `text`. Never across a line break, so never across a
    paragraph or out of a headline; a fragment of a few words joins the sentence after it
    on the same line ("Release date. December 1, 2017"), and a part that starts in lower
    case goes on the one before it (a title's "?" or "!": "the comedy Are We There Yet? and
    ..."), as does a number after its sign ("units No. 7"); with none before it, it stands
    alone (a chunk cut inside a sentence: "asked the magazine.")."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        pending: int | None = None
        first = len(spans)
        for s, e in _punkt().span_tokenize(line.group()):
            if pending is None and len(spans) > first and (line.group()[s:s + 1].islower() or (
                    line.group()[s:s + 1].isdigit() and _NUMBER_SIGN.search(text, spans[-1][0], spans[-1][1]))):
                spans[-1] = (spans[-1][0], line.start() + e)
                continue
            start = line.start() + s if pending is None else pending
            # the tail of a sentence cut off before the text began ("asked the magazine.") joins nothing
            tail = pending is None and len(spans) == first and line.group()[s:s + 1].islower()
            if len(text[start:line.start() + e].split()) <= FRAGMENT_WORDS and not tail:
                pending = start
                continue
            spans.append((start, line.start() + e))
            pending = None
        if pending is not None:
            spans.append((pending, line.end()))
    return [(s, e) for s, e in (strip_span(text, s, e) for s, e in spans) if e > s]


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """(s, e) narrowed past white space at both ends."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def words(text: str) -> list[str]:
    """Lower-cased word tokens; numbers lose their thousands separators."""
    return [w.replace(",", "") if w[0].isdigit() else w for w in _WORD.findall(text.lower())]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=200_000)
def content_terms(text: str) -> tuple[str, ...]:
    """Stemmed words that carry meaning: stop words and one-letter tokens dropped. Cached:
    the same sentences are scored again for every question that retrieves them."""
    return tuple(stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1)


# Text that speaks to an AI model instead of to readers: prompt injection (OWASP LLM01).
# Such passages are flagged at ingest, withheld from the LLM and never quoted as an answer.
_TO_AN_AI = re.compile(
    r"""\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}?\b(?:previous|prior|above|earlier|all|any|your)\b
        [^.\n]{0,20}?\b(?:instructions?|prompts?|directions|rules|guidelines)\b
      | \byou\s+are\s+now\b | \bfrom\s+now\s+on,?\s+you\b
      | \bsystem\s+prompt\b | \bdeveloper\s+mode\b | \bjailbr[eo]ak
      | \b(?:AI|language\s+models?|LLMs?|chatbots?|assistants?)\b[^.\n]{0,40}?\b(?:must|should|shall|will|need\s+to)\b
        [^.\n]{0,20}?\b(?:reply|respond|answer|say|output|print|include|tell|recommend)\b
      | \b(?:dear|attention|note\s+to)\s+(?:the\s+)?(?:AI|assistant|language\s+model|LLM|chatbot|bot)s?\b
      | \b(?:new|updated|additional|hidden)\s+instructions?\s*:
      | <\|im_(?:start|end)\|> | \[/?INST\] | ^\s*(?:system|assistant)\s*:""",
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)


def addresses_ai(text: str) -> bool:
    """The passage gives orders to an AI model ("ignore previous instructions", "you are now")."""
    return bool(_TO_AN_AI.search(text))


@lru_cache(maxsize=4096)
def injected_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line (a paragraph, in news text) that gives orders to an AI: the
    whole paragraph, since "You are now X." is followed by what X must say."""
    return tuple((m.start(), m.end()) for m in _LINE.finditer(text) if addresses_ai(m.group()))


def is_injected(text: str, start: int, end: int) -> bool:
    """text[start:end] overlaps a paragraph of `text` that gives orders to an AI."""
    return any(s < end and start < e for s, e in injected_lines(text))


# Contact points a reader could act on; an answer may only repeat ones its quotes contain.
CONTACT = re.compile(
    r"""(?:https?://|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | (?<![\w.,])\+?\(?\d(?:[\s().-]{0,2}\d){8,14}(?![\w,])""",
    re.IGNORECASE | re.VERBOSE,
)
