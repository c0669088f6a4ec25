"""Small text tools shared by the answerer, citation checks and evals: sentences and terms."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer  # PyStemmer, already required by the BM25 retriever

_STEMMER = Stemmer.Stemmer("english")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers him his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our out over own same she should so some
    such than that the their them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
    according article articles say says said tell mention mentioned report reported""".split()
)

# Words that never start a new sentence after a full stop.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec gen col lt "
    "sen rep gov inc ltd co corp i.e e.g u.s u.k u.n".split()
)
# Forms a stemmer leaves apart but a reader treats as one: demonyms and irregular verbs.
_ALIASES = {
    "russian": "russia", "russians": "russia", "chinese": "china", "soviet": "ussr",
    "american": "us", "america": "us", "u.s": "us", "indian": "india", "japanese": "japan",
    "ukrainian": "ukraine", "gave": "give", "given": "give", "met": "meet", "held": "hold",
    "made": "make", "took": "take", "taken": "take", "began": "begin", "begun": "begin",
    "became": "become", "went": "go", "gone": "go", "built": "build", "paid": "pay",
    "sold": "sell", "bought": "buy", "brought": "bring", "wrote": "write", "written": "write",
    "won": "win", "led": "lead", "ceded": "cede", "signing": "sign", "signed": "sign",
}
_BOUNDARY = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"\d[\d,.]*\d|\w+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in `text`, trimmed; newlines always end a sentence."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.group().startswith(".") and _ends_with_abbreviation(text, m.start()):
            continue
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]+$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    w = word.group().lower().strip(".")
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha())


def words(text: str) -> list[str]:
    """Lower-cased word tokens; numbers lose their thousands separators."""
    return [w.replace(",", "") if w[0].isdigit() else w for w in _WORD.findall(text.lower())]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def content_terms(text: str) -> list[str]:
    """Stemmed words that carry meaning: stop words and one-letter tokens dropped."""
    return [stem(_ALIASES.get(w, w)) for w in words(text) if w not in STOPWORDS and len(w) > 1]
