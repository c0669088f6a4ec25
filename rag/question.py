"""What a question asks, before any backend answers it: a clean question, its parts,
a follow-up made standalone, whether it asks for the latest, and the articles it may draw on.
Both backends (extractive and LLM) get the question in this form."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .errors import QuestionError
from .retrieve import Scope
from .store import day_number
from .text import STOPWORDS, content_terms

MAX_QUESTION_CHARS = 2000
# Who wrote the news article itself (its byline), not a book or report it names.
_PIECE = (r"(?:the |this |that |an |a )?(?:news )?(?:article|story|piece|column|feature|item|analysis|commentary"
          r"|op-ed|editorial|opinion piece)")  # no "report": one the story names has an author in the text
AUTHOR_QUESTION = re.compile(rf"\b(who (wrote|writes|authored|is the author of|was the author of) {_PIECE}|author of {_PIECE}"
                             rf"|byline|{_PIECE} (?:was )?written by|who reported on"
                             r"|(which|what) (reporter|correspondent|journalist|writer|columnist) (wrote|writes|reported"
                             r"|reports|covered|covers|filed)\b)\b", re.I)
_PARTS = re.compile(r",?\s+and\s+(?=(?:how|what|who|whom|when|where|which|why)\b)", re.I)
_WORD_OF_NAME = r"(?:[A-Z]|[a-z][A-Z]|\d[\w-]*[A-Z])[\w'’-]*(?:&[A-Z][\w'’-]*)*"  # "Viotti", brands written "iPod", "eBay", "S&P", models "777-200LR"
_NAME = rf"{_WORD_OF_NAME}(?: {_WORD_OF_NAME})*"  # capitalised words in a row: "Marcello Viotti"
_OF_TWO = re.compile(rf"^((?i:how|what|who|where|when)\b[\w ]*?) (are|were) ({_NAME}) and ({_NAME})\s*\??$")
_NAMED = re.compile(rf"(?<!^)(?<![.?!] )\b{_NAME}")  # a name inside the question, not its first word
_POSSESSIVE = re.compile(r"['’]s?$")
RECENT_QUESTION = re.compile(r"\b(latest|most recent|newest|recently|as of|current(ly)?|nowadays|today)\b", re.I)
_FOLLOWUP = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|him|his|she|her)\b|^(and|so|what about|how about)\b", re.I)
# A question asking for the assistant's own judgement, which no article can be cited for.
OPINION_QUESTION = re.compile(
    r"\b(?:do|does|did|would|will|can)\s+you\s+(?:personally\s+)?(?:think|feel|believe|reckon|recommend|suggest|prefer|like)\b"
    r"|\byour\s+(?:own\s+)?(?:opinion|view|views|verdict|favou?rite|advice|recommendation|take)\b"
    r"|^\s*(?:should|shall)\b|^\s*(?:which|who|what)\s+(?:[a-z]+\s+)?(?:is|are|was|were)\s+(?:the\s+)?(?:better|worse)\s*(?:[,?]|than\b|$)"
    # unless the question asks whose judgement it was: "Which magazine picked the greatest gadget of all time?"
    r"|^(?!.*\b(?:pick|chose|choos|name|vote|call|rank|rate|crown|deem|judg|according|say|said)\w*\b)"
    r".*\b(?:best|worst|greatest)\b(?!-).*\bof all time\b"
    # "Is Tony Blair a good prime minister?", "Was it right to sell?": a judgement asked yes or no
    r"|^\s*(?:is|are|was|were)\b[^?]*\b(?:an?|the)\s+(?:good|bad|great|terrible|awful|better|worse)\s"
    r"|^\s*(?:is|was)\s+it\s+(?:right|wrong|fair|unfair|wise|good|bad)\b", re.I)
_WH = frozenset("what when where which who whom whose why how much many long was were is are did do does will".split())
FOLLOWUP_MAX_TERMS = 3  # a follow-up leans on context; a longer question carries its own


def clean_question(question: str) -> str:
    """Reject what cannot be a question; drop control characters that can."""
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is {len(question):,} characters long; keep it under {MAX_QUESTION_CHARS:,}"
        )
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in question)
    cleaned = " ".join(cleaned.split())
    if not cleaned:
        raise QuestionError("the question is empty: ask something about the articles")
    return cleaned


_CONTRACTED = re.compile(r"\b(what|who|where|when|how|which)['’]s\b", re.I)


_ASKING = re.compile(r"^(?:please,?\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show)\s+me"
                     r"|tell\s+me|(?:do|does)\s+(?:you|anyone)\s+know|i\s+(?:want|would\s+like|'d\s+like)\s+to\s+know"
                     r"|i\s+wonder)\s*,?\s+(?=\w)", re.I)


# "Roughly how long ...?" asks how long.
_HEDGE = re.compile(r"^(?:roughly|approximately|about|around|exactly|precisely)\s*,?\s+(?=(?:how|what|when|which|who|where)\b)", re.I)


# "Name one of the scientists who ...", "List the firms that ...": a command asks "Which ...?"
_COMMAND = re.compile(r"^(?i:(?:please,?\s+)?(?:name|list|identify)\s+(?:(?:one|two|three|some|any|all|each|either)\s+of\s+)?"
                      r"(?:the\s+|an?\s+)?)(?=[a-z])")  # a name next is no kind asked: "Name Acme's owner"
_RELATIVE = re.compile(r"^(Which (?:[a-z-]+ ){0,2}?[a-z-]+) (?:who|that|which) ")


def normal_form(question: str) -> str:
    """The question as the scorer reads it best: the asking and hedging around it dropped
    ("Can you tell me who runs Acme?" is "Who runs Acme?", "Roughly how long ...?" is "How
    long ...?"), a command asked as the question it is ("Name the firm that runs Acme." is
    "Which firm runs Acme?"), "What's" spelled out, and a question mark at the end ("who runs
    acme" reads as "who runs acme?")."""
    for asking in (_ASKING, _HEDGE):
        if m := asking.match(question):
            rest = question[m.end():]
            question = rest[:1].upper() + rest[1:] if rest != rest.lower() else rest  # lower case stays so
    if m := _COMMAND.match(question):
        question = _RELATIVE.sub(r"\1 ", "Which " + question[m.end():]).rstrip(".! ") + "?"
    question = _CONTRACTED.sub(lambda m: f"{m.group(1)} is", question)
    return question if question.endswith(("?", ".", "!", "？", "。", "！")) else f"{question}?"


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$")


def _in_another_name(text: str, word: re.Match[str], asked: set[str]) -> bool:
    """The capitalised word is part of a longer name the question does not give: "Committee"
    in "Select Committee" says nothing of "which committee ...?"; "Holmes" after "Kelly" does
    when the question says "kelly holmes"."""
    if not word.group()[:1].isupper():
        return False
    before = re.search(r"([A-Z][\w'’-]*)[ \t]+$", text[max(0, word.start() - 40):word.start()])
    after = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[word.end():])
    return any(m is not None and m.group(1).lower() not in asked for m in (before, after))


def truecased(question: str, texts: list[str]) -> str:
    """A question typed all in lower case (or all in capitals), with the capitals the articles
    give its words ("how old is jade johnson?" -> "How old is Jade Johnson?"): a word is
    capitalised when the texts write it so inside a sentence more often than in lower case."""
    if question == question.upper():  # "HOW OLD IS JADE JOHNSON?" says as little of its names
        question = question.lower()
    if question != question.lower():  # someone who types one capital types the names' too
        return question
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", question)}
    seen: dict[str, dict[str, int]] = {}
    for text in texts:
        for m in re.finditer(r"[A-Za-z][\w'’-]*", text):
            if not _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]) \
                    and not _in_another_name(text, m, asked):
                for form in {m.group(), re.sub(r"['’]s?$", "", m.group())}:  # "India's" writes "India"
                    forms = seen.setdefault(form.lower(), {})
                    forms[form] = forms.get(form, 0) + 1

    def cased(word: str) -> str:
        if (owned := re.match(r"(.+)(['’]s?)$", word)) and word.lower() not in seen:
            return cased(owned.group(1)) + owned.group(2)  # "holmes's": as the texts write "Holmes"
        forms = seen.get(word.lower(), {})
        best = max(forms, key=lambda f: forms[f], default=word)
        return best if word.lower() not in STOPWORDS and best != best.lower() and forms[best] > forms.get(word.lower(), 0) else word

    words = re.sub(r"[A-Za-z][\w'’-]*", lambda m: cased(m.group()), question)
    return words[:1].upper() + words[1:]


def _day(value: str | None, name: str) -> str | None:
    if not value:
        return None
    from .dates import iso

    if day := iso(value):  # 2024-03-12, 12 March 2024, Mar. 12, 2024, ...
        return day
    raise QuestionError(f"--{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2022-01-01")


def scope_of(since: str | None, until: str | None, sources: list[str] | None) -> Scope | None:
    """--since/--until and chosen articles as the scope the store filters on; None for all."""
    days = None
    if since or until:
        days = day_number(_day(since, "since")) or 1, day_number(_day(until, "until")) or 99991231
    if days is None and sources is None:
        return None
    return Scope(days, frozenset(sources) if sources is not None else None)


def rewrite_followup(question: str, history: list[tuple[str, str]]) -> str:
    """Rule-based condense step for the extractive backend: a follow-up that leans on the last
    question ("Who signed it?") gets that question's topic words appended. A question with
    enough words of its own ("And who signed the 2001 treaty for France?") stands alone."""
    if not (_FOLLOWUP.search(question) or too_vague(question)) or len(set(content_terms(question))) > FOLLOWUP_MAX_TERMS:
        return question
    have = {w.lower() for w in re.findall(r"[\w‑-]+", question)}
    topic = [w for w in re.findall(r"[\w‑-]+", history[-1][0])
             if w.lower() not in STOPWORDS | _WH and w.lower() not in have]
    if not topic:
        return question
    return f"{question.rstrip(' ?')} ({' '.join(dict.fromkeys(topic))})?"


def too_vague(question: str) -> bool:
    """"Who won?", "What happened?": a question with no name and at most one word of meaning
    fits a sentence of any article, so whatever it found would be a guess. A word typed alone
    ("inflation") is a topic, not a question."""
    first = re.match(r"\s*([a-z]+)", question, re.I)
    return first is not None and first.group(1).lower() in _WH and not name_groups(question) \
        and len(set(content_terms(question))) <= 1


def question_parts(question: str) -> list[str]:
    """'How many X, and what Y?' -> ['How many X', 'what Y?']: each part is answered on its own.
    'How old are Ann Lee and Bo Park?' asks the same of two names: one part for each."""
    if m := _OF_TWO.match(question):
        ask, verb, first, second = m.groups()
        singular = {"are": "is", "were": "was"}[verb.lower()]
        return [f"{ask} {singular} {first}?", f"{ask} {singular} {second}?"]
    return [p.strip() for p in _PARTS.split(question) if p.strip()]


def name_groups(question: str) -> list[list[str]]:
    """The names a question gives, word by word, possessives dropped: "What did Marcello
    Viotti's orchestra play?" -> [["Marcello", "Viotti"]]."""
    return [list(g) for g in _name_groups(question)]


@lru_cache(maxsize=1024)  # asked again for every sentence scored
def _name_groups(question: str) -> tuple[tuple[str, ...], ...]:
    groups = [[_POSSESSIVE.sub("", w) for w in m.group().split()] for m in _NAMED.finditer(question.strip())
              if m.group() != "I"]
    # "The Woodsman": a title's article names nothing ("The" is in every text)
    return tuple(tuple(g[1:] if len(g) > 1 and g[0].lower() in STOPWORDS else g) for g in groups)


# "... in Lievin?", "... in March?", "... in the UK?", "... in the Lievin 60m?": where or when the question is set.
_SETTING = re.compile(r"\b(?:in|at|during|near|for)\s+(?:the\s+)?$", re.I)
_SET_END = re.compile(r"(?:\s+[a-z\d][\w-]*)?(?:\s+(?:(?:last|this|next)\s+(?:year|month|week|season)|in\s+\d{4}))?\s*[?.!]*\s*")


def setting_names(question: str) -> list[bool]:
    """For each name the question gives, whether it ends the question as its setting: a place or
    time after "in" or "at" ("How many cars did BMW sell in Europe?"), or the one word of an
    event it names ("What was her time in the Almeria half-marathon?")."""
    text = question.strip()
    return [_SETTING.search(text[:m.start()]) is not None and _SET_END.fullmatch(text[m.end():]) is not None
            for m in _NAMED.finditer(text) if m.group() != "I"]


_AUXILIARY = r"(?:does|did|do|will|would|has|have|had|can|could)"
# "What does Ada Moss forecast ...?": the name between the auxiliary and its verb does what is asked.
_DOER_BEFORE = re.compile(rf"\b{_AUXILIARY}\s+(?:the\s+)?$", re.I)
# one word, then what may follow a verb: not "did American employers create" (a name that only qualifies)
_VERB_NEXT = re.compile(r"['’]?s?\s+[a-z]+(?=\s*(?:[?.]|$|[A-Z\d$£€]|(?:in|on|at|for|to|from|with|by|about|over|the|a|an|his|her|its|their)\b))")


# "How much does Norland owe the IMF?": the name right after the doer's verb is what it is done to.
_DONE_TO = re.compile(rf"\b{_AUXILIARY}\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                      r"\s+[a-z]+\s+(?:the\s+)?$")


def doer_names(question: str) -> list[bool]:
    """For each name the question gives, whether it does what the question asks about (its
    subject, between the auxiliary and the verb: "What growth does Ada Moss forecast?") or has it
    done to it (the name right after that verb: "How much does Norland owe the IMF?")."""
    text = question.strip()
    return [_DOER_BEFORE.search(text[:m.start()]) is not None and _VERB_NEXT.match(text, m.end()) is not None
            or _DONE_TO.search(text[:m.start()]) is not None
            for m in _NAMED.finditer(text) if m.group() != "I"]


_OWNER = re.compile(r"(?<!^)\b([A-Z][\w-]+)['’]s(?=\s)")  # not a group's: "the Tories' shadow leader" may go unsaid


def owner_names(question: str) -> list[str]:
    """The names that own what the question asks of: "Indonesia" in "Who is Indonesia's
    planning minister?"."""
    return [m.group(1) for m in _OWNER.finditer(question.strip())]


def question_names(question: str) -> set[str]:
    """Every word of the names a question gives: what it is about."""
    return {w for name in name_groups(question) for w in name}


_CAPITALISED = re.compile(r"\b(?:[A-Z]|[a-z][A-Z]|\d[\w-]*[A-Z])[\w'’&-]*(?:(?: |-)(?:of |the |for )?(?:[A-Z]|[a-z][A-Z])[\w'’&-]*)*")
_STEM_SHARED = 4  # "African" names Africa, "Canadian" Canada, "Britons" Britain
# A long name joined by "and", read only for its initials: "Transport and General Workers' Union" is the TGWU.
_JOINED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|&)\s+)?[A-Z][\w'’-]*)+")


def name_runs(text: str) -> list[str]:
    """The text's names, once each, possessives dropped: runs of capitalised words ("World
    Anti-Doping Agency", "Britain" from "Britain's")."""
    return list(dict.fromkeys(re.sub(r"['’]s?(?=[\s-]|$)", "", run) for run in _CAPITALISED.findall(text)))


def initials(name: str) -> str:
    """ "World Anti-Doping Agency" -> "wada": how news shortens a long name."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper() and w.lower() not in STOPWORDS).lower()


@lru_cache(maxsize=16_384)  # asked for each chunk of each question that names an initialism
def initials_in(text: str) -> frozenset[str]:
    """The initials of the text's long names: "wada", "tgwu" (of "Transport and General
    Workers' Union"), "ey" (of "Ernst & Young's UK head": a possessive may end a name)."""
    runs = _CAPITALISED.findall(text) + _JOINED.findall(text)
    runs += [owner for run in runs if (owner := re.split(r"(?<=['’]s)\s", run)[0]) != run]
    # a country's initials may lead the name: "US Federal Communications Commission" is the FCC
    runs += [rest.group(1) for run in runs if (rest := re.match(r"(?:(?:The|A|An)\s+)?[A-Z]{2,}\s+(.+)", run))]
    return frozenset(initials(run) for run in runs if re.search(r"[\s-]", run))


def names_each(text: str, question: str) -> list[bool]:
    """For each name the question gives, whether the text names it: half the words of a name at
    least ("Holmes" for "Kelly Holmes", not "Spirit" for "Independent Spirit Awards"; of two,
    the first alone only as it is spelt, and not as the start of another name: not "Chris" for
    "Christian Olsson", nor "Golden Lion" for "Golden Globes"; the last alone only as it ends a
    name: not "World War I" for "Dirty War"), a word by its first letters ("African" for
    "Africa"), a part of a joined name ("Anglo-Irish"), or a long name by its initials ("Wada",
    "IFS")."""
    groups = name_groups(question)
    if not groups:
        return []
    runs = name_runs(text)
    written = {w.lower() for run in runs for w in re.split(r"[\s-]+", run)}
    held = written | initials_in(text)
    # a place that leads a longer name, by its initials: "LA" for "Los Angeles Film Critics Association"
    held |= {initials(" ".join(run.split()[:2])) for run in runs if len(run.split()) > 2}
    # a word said on its own, not only to begin another name ("Golden" of "Golden Lion")
    alone = {w.lower() for run in runs for w in re.split(r"[\s-]+", run)[len(run.split()) > 1:]}
    ends = {re.split(r"[\s-]+", run)[-1].lower() for run in runs}  # "Holmes" of "Kelly Holmes" or of "Holmes"

    def said(word: str) -> bool:
        return word in held or any(shares_stem(word, h) for h in held)

    def ends_a_name(word: str) -> bool:
        return any(word == e or shares_stem(word, e) for e in ends)

    def named(name: list[str]) -> bool:
        words = [w.lower() for part in name for w in part.split("-") if w]
        if any(another_of_kind(run, name) for run in runs) and not said(name[0].lower()):
            return False
        # a long name by the initials the text writes ("IFS"), not by another long name's ("Eternal
        # Sunshine" is no "Evening Standard")
        shortened = len(name) > 1 and initials(" ".join(name)) in written
        if len(words) == 2 and not said(words[1]) and words[0] not in alone:  # "Chris Tomlinson" is not "Christian Olsson"
            return shortened
        if len(words) == 2 and not said(words[0]) and not ends_a_name(words[1]):  # not "War" of "World War I" for "Dirty War"
            return shortened
        return 2 * sum(map(said, words)) >= len(words) or shortened
    return [named(name) for name in groups]


def another_of_kind(run: str, name: list[str]) -> bool:
    """The run ends with the name's last two words or more after other first words: "Los Angeles
    Film Critics Association" is another of the kind of "Chicago Film Critics Association"."""
    words, asked = [w.lower() for w in run.split()], [w.lower() for w in name]
    return any(len(words) > len(asked) - k and words[-(len(asked) - k):] == asked[k:]
               and words[-(len(asked) - k) - 1] != asked[k - 1]
               for k in range(1, len(asked) - 1))


def shares_stem(a: str, b: str) -> bool:
    """The words begin alike for all but their last three letters, four at least."""
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return n >= max(_STEM_SHARED, min(len(a), len(b)) - 3)


def without_names(question: str) -> str:
    """The question with its names left out: what it asks about them."""
    names = question_names(question)
    return " ".join(w for w in question.split() if _POSSESSIVE.sub("", w.strip("?,.;:!")) not in names)
