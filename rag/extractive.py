"""The extractive backend (the offline default): answers with the articles' own sentences.

One scorer for every question. Each sentence of the retrieved chunks gets a support score:
its meaning (cosine of the question to the sentence's stored MiniLM embedding) fused with
lexical coverage (the question's IDF-weighted terms the sentence holds). In an article about
what the question names, a sentence is also read against the question without the names, and a
long sentence ranked above every fitting one is read again as the clause around its value.
A sentence that names someone right after the noun for the asked role ("manager Ella Strand"
for "Who manages ...?"), or gives an age, a place in a table or a title beside the asked name
("Hayes, 27,", "Constitutional Affairs Minister David Lammy"), or names it by its year for "In
what year ...?" ("The 1991 laptop"), has the support needed whatever its cosine: news states
those facts that way; a value where the question's own preposition points ("By how much ...?":
"by 40 metres") needs a little less, in an article about what the question names. Such a
name in the asked role also comes before a slightly better sentence whose name holds another
role.
A sentence fits when it holds a value of the kind the question asks for (a date, a number, a
name or place) and agrees with the question's qualifiers (years, editions); a sentence whose
chunk names less than half of a question name ranks a little lower. Names are read as
news writes them (`values.values`): a title the question asks by is no part of the name, and a
name that only modifies a noun ("BBC journalists.") answers no name question. The answer leads
with the value of the best fitting sentence and quotes it; it is refused when no fitting
sentence has enough support. Different values from different sources, in sentences about the
same fact, are a conflict, and the answer gives both.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterator

from .backend import Draft, Evidence
from .dates import find_dates
from .question import (
    AUTHOR_QUESTION,
    another_of_kind,
    doer_names,
    initials_in,
    name_groups,
    name_runs,
    names_each,
    owner_names,
    question_names,
    question_parts,
    setting_names,
    shares_stem,
    without_names,
)
from .retrieve import Hit
from .store import Chunk, chunk_sentences
from .text import STOPWORDS, content_terms, is_injected, sentences, stem
from .values import (
    ABOUT,
    CALENDAR,
    DATE,
    FULL_MONTH,
    HONORIFICS,
    NAME,
    NUMBER,
    ORIGIN_ASKED,
    OTHER,
    OUTLET_ASKED,
    PER_HEAD,
    PERSONAL_TITLES,
    PLACE,
    POST_DEEDS,
    RELATIVE_END,
    SENTENCE_START,
    SERIES_PLACE,
    SHARES,
    SUBJECT_NAMED,
    TITLE_ASKED,
    WHICH_ASKED,
    WHO_ASKED_DID,
    WHOSE_THING,
    YEAR_ASKED,
    Value,
    affiliated,
    affiliation_asked,
    after_asked_participle,
    after_asked_verb,
    after_stranded,
    ago_at_asked_verb,
    another_event_before,
    another_placing,
    another_rank,
    another_season,
    another_sex,
    another_variant,
    answer_type,
    apposed_kinds,
    asked_measure,
    asked_noun,
    asked_rank,
    asked_role,
    at_asked_grain,
    at_asked_verb,
    based_asked,
    before_asked_phrase,
    before_asked_verb,
    began_since,
    bracketed_after_asked,
    bracketed_by_name,
    by_asked_doer,
    counted_phrase,
    counted_word,
    dates_asked_thing,
    described,
    did_asked,
    did_asked_deed,
    did_asked_to_asked,
    direction_asked,
    for_asked_nation,
    goes_elsewhere,
    group_verb,
    head_noun,
    in_role,
    initials_asked,
    is_role,
    joined_with_asked,
    lacks_asked_rank,
    last_since,
    level_reached,
    made_from_place,
    money_said,
    move_of,
    much_noun,
    name_given,
    names_a_body,
    naming_asked,
    nation_adjectives,
    normalise,
    number_kind,
    of_asked_nation,
    owner_of_asked,
    owns_asked,
    owns_its,
    owns_whose,
    place_meant,
    qualifiers,
    rank_at,
    relative_as_asked,
    repeats_asked,
    role_words,
    said_of_before,
    says_it_does,
    scored_as_asked,
    singular,
    spans_asked_verb,
    stated_age,
    tells_asked_verb,
    tells_group,
    titled_as_doer,
    told_as_change,
    told_to,
    values,
    verb_stem,
    with_asked_org,
)

if TYPE_CHECKING:
    from .retrieve import Retriever

# Words that shape a question but name nothing the answer must contain.
_QUESTION_ONLY = frozenset(stem(w) for w in
                           "date year day month time kind type many much long exactly "
                           "latest recent recently newest current currently nowadays today".split())
# "What is it called?": "a system dubbed smart serendipity" says so without "called"
_NAMING = re.compile(r"\b(?:called|named|dubbed|nicknamed|known\s+as|titled|entitled|christened|labelled|branded)\b", re.I)
_NAMING_TERMS = frozenset(stem(w) for w in ("call", "called", "name", "named"))
CONTEXT_WEIGHT = 0.5  # terms of the title and previous sentence count half: "it gave ..."
_TOKEN = re.compile(r"\d[\d,.]*\d|\w+")
_DIGIT = re.compile(r"\d")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|from|to)\s+(?:the\s+)?$", re.I)
_FROM_OR_TO = re.compile(r"\b(?:from|to)\b", re.I)
_IN_OR_AT = re.compile(r"\b(?:in|at|near)\s+(?:the\s+|either\s+|both\s+)?$", re.I)  # "a race in either Ostby or Tomsby"
# a place one goes to live or stay in: "emigrated to Canada", "moved back to Nassau"
_MOVED_TO = re.compile(r"\b(?:moved|moving|emigrated|emigrating|relocated|relocating|fled|fleeing|migrated|defected|settled|retired)"
                       r"\s+(?:back\s+)?(?:to|in)\s+(?:the\s+)?$", re.I)
_THE_AGED = re.compile(r"^\W*The \d{1,3}-year-old\b")
_AGED = re.compile(r"\b[Tt]he \d{1,3}-year-old\b")  # anywhere: "a chance for the 26-year-old to prove ..."
_YEAR_OLD = re.compile(r"^[\s-]*years?[\s-]*old\b")
# a figure for part of a year: "in the quarter", "the three months to December", "the first half"
# A sentence that opens on a year is set in it: "In 2001, the firm set up ...".
_OPENS_IN_YEAR = re.compile(r"^\W*(?:in|by|during|throughout)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b", re.I)
_PART_OF_YEAR = re.compile(r"\b(?:quarters?|quarterly|monthly|weekly|(?:three|six|nine|3|6|9) months|(?:first|second) half)\b")
# a year asked in words: "last year", "over the whole year"
_YEAR_IN_WORDS = re.compile(r"\b(?:last|this|the whole|the full|the past|over the) year\b(?!'s)|\bfull-year\b", re.I)
# a figure for a whole year, which answers nothing asked of part of it ("an annual rate" is a quarter's, scaled)
_WHOLE_YEAR = re.compile(r"\b(?:(?:the|a) (?:full|whole)[- ]year|for the year|the year as a whole|annual(?! rate)|annually|yearly)\b")
# A question the article asks answers none ("So, why is she waiting?"); a title may end in
# one ("... romantic comedy Shall We Dance?").
_ASKS = re.compile(r"\b[a-z][\w'’-]*\?[\"'”’)]*$")
_THE_YEAR = re.compile(r"\b[Tt]he (?:1[5-9]|20)\d\d [a-z]+")  # a year naming a thing: "the 2002 movie"

# The fusion and the one refusal threshold; `python -m evals.calibrate` shows how they were set.
CHUNK_CONTEXT = 0.3  # share of a sentence's meaning score taken from its whole chunk
MEANING_WEIGHT = 0.9  # share of support from the sentence's meaning; the rest from shared words
TYPE_BONUS = 0.05  # a sentence holding a value of the asked kind ranks above one that does not
QUALIFIER_PENALTY = 0.3  # a question's year or edition missing from the sentence and its chunk
SAME_FACT = 0.72  # two sentences this close in meaning state the same fact (dev pairs: calibrate.py)
SLOT_MARGIN = 0.1  # less support needed by a value where the question's preposition points ("by 40 metres")
WINDOWED = 12  # best sentences whose value's surroundings are read again
WINDOW_WORDS = 10
_BY_NAME = ("age", "rank")  # number kinds news gives right by the name
NAME_REACH = 12  # characters either side of a value where a name stands beside it
MEASURE_REACH = 30  # characters before a value where the asked measure may stand ("rate fell to")
_PEOPLE = ("people", "children", "men", "women", "population", "staff", "workforce")  # people counted with no plural "s"
_POPULATION_OF = re.compile(r"\bpopulations?\s+(?:of|is|was|stands\s+at)\s+(?:[a-z]+\s+){0,2}$")  # counts the people living there
PERSONHOOD = 0.1  # an asked plural this much nearer to "people" than to "things" counts people ("voters", "staff")
ALIAS = 0.7  # a name this close in meaning to an asked one names it ("Britain", "UK")
_FRACTIONAL = re.compile(r"[\d,]*\.\d+")  # a count is whole, or scaled: "2.2 million" but never "6661.89"
# "4.91m" with no plural after it ("a world record of 4.91m to claim gold") is a height, where
# "1.6m Muslims" or "2.5m copies" are millions
_METRES = re.compile(r"[\d,]*\.\d+m")
_COUNTED_AFTER = re.compile(rf"\s+(?:of\b|(?!(?:was|has|does|is|as|this|its)\b)[\w'’-]*[a-z]s\b|{'|'.join(_PEOPLE)}\b)", re.I)
COUNTED_ALIKE = 0.36  # a counted plural this far in meaning from the asked one counts something else ("jobs", "copies")
MAX_RUNS = 40  # an article's names read for an alias
MAX_RUN_VECTORS = 20_000  # names kept embedded across questions, then forgotten at once
UNTOLD_LOOK = 5  # among this many best sentences, one that says the asked thing is not known refuses
CLEAR_LEAD = 0.09  # support by which one sentence stands clear of all others: it answers in other words
CLOSE_CALL = 0.02  # sentences this close in score are told apart by the question words they hold
LIST_ITEM = 80  # characters at most from one value of a list to the next: a list's items are short
TITLE_LOOK = 3  # retrieved chunks where the name the question describes is looked for
VALUED = 12  # sentences, best first, whose value is read (the answer and its rivals come from these)


class Scorer:
    """Scores sentences by how well they answer the question (meaning, words, type)."""

    def __init__(self, texts: list[str], retriever: "Retriever | None" = None,
                 stats: tuple[int, dict[str, int]] | None = None) -> None:
        """`stats`: (sentences, document frequencies) saved by ingest; without them the
        frequencies are counted from `texts`."""
        n, df = stats if stats is not None else _term_stats(texts)
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.unseen_idf = math.log((n + 1) / 0.5)  # a term the corpus never uses weighs most
        self.retriever = retriever
        self._run_vectors: dict[str, Any] = {}  # names read in articles, embedded once

    def weights(self, question: str) -> dict[str, float]:
        # "How high ...?": the measure asked is no word the answer repeats ("a record high of")
        # (but an age is written with its word: "the 30-year-old")
        measure = {stem(m.group(1).lower()) for m in re.finditer(r"\bhow\s+(?!old\b)([a-z]+)", question, re.I)}
        terms = [t for t in dict.fromkeys(content_terms(question)) if t not in _QUESTION_ONLY and t not in measure]
        return {t: self.idf.get(t, self.unseen_idf) for t in terms}

    def evidence(self, question: str, hits: list[Hit], min_support: float = 0.0) -> list[Evidence]:
        """Every sentence of the hits, best first. Values are read only where support reaches
        `min_support`: a sentence below it can never be the answer, and reading values is most
        of the scoring time."""
        weights = self.weights(question)
        kind, quals, head = answer_type(question), qualifiers(question), head_noun(question)
        known_by = described_thing(question)
        rank, role = asked_rank(question), asked_role(question)
        unit = number_kind(question) if kind == NUMBER else ""
        # "Who wrote the article about X": the byline of the best-matching article answers.
        author_of = hits[0].chunk.source if hits and AUTHOR_QUESTION.search(question) else None
        if author_of:
            kind = OTHER
        rows = _candidates(hits, weights, author_of)
        retriever = self.retriever
        vectors = retriever.sentence_vectors([r[1] for r in rows]) if retriever else {}
        # An index written by an older version splits some sentences otherwise: embed those now.
        if vectors and retriever and (missing := {r[1]: r[4] for r in rows if r[1] not in vectors}):
            vectors.update(zip(missing, retriever.embed_texts(list(missing.values()))))
        query = retriever.embed_query(question) if retriever and vectors else None
        # A sentence is read in its chunk: "It lost 464,000 subscribers" is about AOL there.
        context_of = retriever.chunk_vectors([h.chunk.id for h in hits]) if retriever and vectors else {}
        # In an article about what the question names, a sentence need not repeat the name
        # ("The company reported sales of ..."): it is read against the question without it.
        bare = without_names(question)
        bare_query = retriever.embed_query(bare) if retriever and query is not None and bare != question else None
        # "When does the chancellor hope to ...?": where the articles say "Chancellor Gordon Brown",
        # the question is read with the name too
        titled_name, named_question = _description_named(question, [h.chunk.text for h in hits[:TITLE_LOOK]])
        named_query = retriever.embed_query(named_question) if retriever and query is not None and titled_name else None
        named = bool(name_groups(question))
        people = affiliation_asked(question) if kind in (NAME, PLACE) else []  # "Where does X work?": an employer too
        noun = asked_noun(question)
        done_there = _where_object(question)  # "Where did they hold their talks?": "the Downing Street talks"
        # "How many telecentres are in the network?": "The 14 telecentres" counts what is asked;
        # when the question names whose they are, only a tie to that name says so ("Toho expects 40
        # million people to see it" for "How many people does Toho expect to see the film?").
        counted = (noun or head) if kind == NUMBER and number_kind(question) not in SHARES else ""
        of_people = self._counts_people(question)
        of_things = not of_people and self._counts_things_asked(question)
        origin = kind in (NAME, PLACE) and ORIGIN_ASKED.search(question) is not None
        titled = kind == NAME and named and TITLE_ASKED.search(question) is not None
        role_named = kind == NAME and bool(role) and _WHO_HOLDS.match(question) is not None
        who_role = kind == NAME and bool(role) and re.match(r"\s*who\b", question, re.I) is not None  # "Who coaches X?" too
        deed = _post_deed_asked(question, role) if kind == NAME and not role_named else ""
        group = group_verb(question) if kind == NAME else ""  # "Who is disadvantaged ...?": "divorced parents" may answer
        who_verb = _who_verb(question)  # "Who would compete ...?": a sentence echoing the question tells who around "compete"
        # "Which paper did Ada Moss talk to?": the outlet she told, whatever her quote says
        outlet = kind == NAME and OUTLET_ASKED.match(question) is not None and bool(name_groups(question))
        # "What was the score?" is answered by a "2-1" whatever the sentence calls it ("the 0-0 draw")
        # an age is said by its own words ("the 23-year-old", "aged 23"), no "age"; odds by "5/4", no "odds"
        measure = [stem(w) for w in asked_measure(question).split()] if kind == NUMBER and unit not in ("score", "race time", "age", "odds") else []
        measured = "".join(stem(w) for w in (asked_measure(question) or noun or head).split()[-1:]) if kind == NUMBER else ""  # "times" in "What times ...?"
        dated = kind == DATE and named and YEAR_ASKED.search(question) is not None
        thing = naming_asked(question) if kind == OTHER else ""
        articles = _retrieved_articles(hits)
        about = {hit.chunk.id: _about_names(hit, question) for hit in hits} if named else {}
        out = []
        named_in: dict[str, bool] = {}
        support_at: dict[tuple[str, int], float] = {}
        for hit, sid, start, end, text, coverage, previous in rows:
            vector = vectors.get(sid)
            meaning = max(0.0, float(query @ vector)) if query is not None and vector is not None else coverage
            if bare_query is not None and vector is not None and _names_all(hit, question):
                meaning = max(meaning, float(bare_query @ vector))
            if named_query is not None and vector is not None and titled_name in hit.chunk.text:
                meaning = max(meaning, float(named_query @ vector))
            if query is not None and (around := context_of.get(hit.chunk.id)) is not None:
                meaning = (1 - CHUNK_CONTEXT) * meaning + CHUNK_CONTEXT * max(0.0, float(query @ around))
            if coverage == 1.0 and hit.chunk.source == author_of:
                meaning = 1.0  # the byline answers "who wrote ..."
            support = MEANING_WEIGHT * meaning + (1 - MEANING_WEIGHT) * coverage
            if role and support < min_support and _in_asked_role(articles[hit.chunk.source], text, question, role):
                support = min_support  # the sentence names who holds the asked role: "manager Ella Strand"
            if kind == DATE and support < min_support and _WHEN_INSIDE.search(text) \
                    and any(_when_as_asked(text, v, question) for v in values(text, kind, question)):
                support = min_support  # "by 14 March, when the current powers expire" for "When do the powers expire?"
            if dated and support < min_support and about[hit.chunk.id] and _THE_YEAR.search(text):
                support = min_support  # news names its subject by its year: "The 1991 laptop", "the 2002 movie"
            if titled and support < min_support and about[hit.chunk.id] and values(text, kind, question):
                support = min_support  # news gives a title by the name: "Constitutional Affairs Minister David Lammy"
            if unit in _BY_NAME and support < min_support and _beside_name(hit, text, question, previous):
                support = min_support  # news gives an age or a place by the name: "Gatlin, 22,"
            article = articles[hit.chunk.source]
            if origin and support < min_support and "(" in text \
                    and any(bracketed_by_name(text, v, question) for v in values(text, kind, question, article)):
                support = min_support  # a list gives each name's nation in brackets: "Ada Moss (Norland)"
            found = values(text, kind, question, article) if support >= min_support else []
            if kind != OTHER and support >= min_support and not _beside(found, text, head, kind) \
                    and not any(did_asked(text, v, question) for v in found):  # "The sports award went to X" needs no "game"
                own = start
                start, text, found = _reach_back(hit, previous, start, end, text, found, kind, question, head)
                if start != own and (hit.chunk.source, start) in support_at:  # the value's sentence reads too
                    support = (support + support_at[(hit.chunk.source, start)]) / 2
            # "He called the film ..." after "..., Ann Lowe, says ...": the answer is whom "He" means.
            told = _antecedent(hit, previous, start, end, question) if kind == NAME and support >= min_support else None
            if told:
                start, text, found = told
            support_at[(hit.chunk.source, start)] = support
            qualified = _qualified(hit, text, quals, rank, question)
            # A value in the question's slot needs a little less support, in an article about what
            # the question names ("Bo Lee works for the IFES" says nothing of Ravi Shah): where its
            # preposition points, the object of its verb, a name before its noun, a place joined to
            # its verb, the country that owns the asked name, or a body by its words for "Which body ...?".
            if kind != OTHER and (not named or about[hit.chunk.id] or _named_share(articles[hit.chunk.source], question, nations=True) >= 0.5) \
                    and min_support - SLOT_MARGIN <= support < min_support:
                near = values(text, kind, question, article)
                if any(after_stranded(text, v, question) or after_asked_verb(text, v, question)
                       or kind in (DATE, PLACE) and at_asked_verb(text, v, question)
                       or kind == DATE and (began_since(text, v, question) or ago_at_asked_verb(text, v, question))
                       or kind == PLACE and (_placed_as_asked(text, v, question) or _names_noun(text, v, noun or done_there)
                                             or _event_in_place(text, v, question)
                                             or before_asked_verb(text, v, question))  # "when Northern Ireland switched"
                       or kind == NAME and (_names_noun(text, v, noun) or with_asked_org(text, v, question) or _of_asked_owner(text, v, question)
                                            or owns_whose(text, v, question)
                                            or relative_as_asked(text, v, question)
                                            or before_asked_verb(text, v, question) or by_asked_doer(text, v, question)
                                            or bracketed_after_asked(text, v, question) or _maker_of_asked(text, v, question)
                                            or titled_as_doer(v, question) or names_a_body(v, question))
                       or counted and _counts(v, text, counted) and (not named or _names_one(text, question))
                       or unit == "age" and stated_age(text, v)
                       or unit in ("duration", "length") and _span_of_asked(text, v, question)
                       or unit == "race time" and _won_in(text, v, question)
                       or unit == "percent" and _share_of_asked(text, v, question)
                       or bool(measured) and _of_measured(text, v, measured)
                       or unit == "score" and scored_as_asked(text, v, question)
                       or unit == "rank" and _ranked_by_asked(text, v, question)
                       or origin and owner_of_asked(text, v, question)
                       for v in near):
                    support, found = min_support, near
            if thing and min_support - SLOT_MARGIN <= support < min_support and (not named or about[hit.chunk.id]) \
                    and name_given(text, thing, question):
                support = min_support  # "Norway's rights society, Tono," for "What is the society called?"
            if kind == OTHER and support < min_support and described(text, question):
                support = min_support  # "Ada Moss, editor of the Quill Review," for "Who is Ada Moss?"
            if kind == OTHER and noun and min_support - SLOT_MARGIN <= support < min_support \
                    and (not named or about[hit.chunk.id]) and _kind_done(text, noun, question):
                support = min_support  # "had passed a lie detector test" for "What test did she pass?"
            if kind == NAME and support >= min_support - SLOT_MARGIN and (owner := _work_owner(text, question)):
                # "a revival of Ada Moss' play The Silver Harbour": the maker, which the name reader may join to the work
                support, found = max(support, min_support), [Value(owner, text.find(owner), text.find(owner) + len(owner))]
            if outlet and support < min_support and (teller := _teller_named(text, question)) is not None:
                near = values(text, kind, question, article)
                if any(told_to(text, v) for v in near) and (teller or about[hit.chunk.id] and (
                        _PRONOUN_TOLD.search(text) or _ONES_OWN_ASKED.search(question) and _ONES_OWN_TOLD.search(text))):
                    support, found = min_support, near  # "Ms Moss told the Quill Gazette:"
            # A sentence that gives the asked person's organisation says what is asked, in any
            # words around it: '"...," Barry Beal, security manager for Capgemini, told the BBC.'
            if support < min_support and any(p in text for p in people):
                near = values(text, kind, question, article)
                if any(affiliated(text, v, question) for v in near):
                    support, found = min_support, near
            if of_people and found and any(self._counts_things(text, v, question) for v in found):
                # "tracks six million blogs and says 12,000 are added daily" counts things, no people
                found = [v for v in found if not self._counts_things(text, v, question)
                         and (counted_word(text, v).endswith("s") or v.text.endswith("s")  # "4,500 Mini-workers"
                              or counted_word(text, v) in _PEOPLE  # "arrested 224 people"
                              or _POPULATION_OF.search(text[:v.start]))]  # "a population of 70,000"
            fits = (kind == OTHER or bool(found) or bool(group) and tells_group(text, group)
                    or kind == NAME and _echoes(text, question, who_verb)) \
                and qualified and support >= min_support and not _ASKS.search(text)
            if fits and named:  # an article that names nothing the question names does not answer it
                fits = self._names_asked(hit.chunk.source, articles[hit.chunk.source], question, named_in)
            # The value stands in the question's slot: "join from?": "from Linden City"; "Who is the
            # shadow home secretary?": "Shadow home secretary David Davis".
            placed = bool(told) or any(after_stranded(text, v, question) or after_asked_verb(text, v, question)
                         or in_role(text, v, role, question) or kind == NAME and (by_asked_doer(text, v, question)
                                                                                   or bracketed_after_asked(text, v, question))
                         for v in found)
            score = (support + (TYPE_BONUS if found or kind == OTHER and _echoes(text, question) else 0.0) + (TYPE_BONUS if placed else 0.0)
                     - (0.0 if qualified else QUALIFIER_PENALTY)
                     - (TYPE_BONUS if named and not about[hit.chunk.id] else 0.0)
                     + 0.01 / hit.rank)  # ties go to the better-retrieved chunk
            out.append(Evidence(hit, start, end, text, score, coverage, support, "", fits, vector))
        out.sort(key=lambda ev: -ev.score)
        if not any(ev.fits for ev in out):
            out = self._clear_lead(out, kind, question, quals, rank, min_support, articles, about)
        _pick_values(out, kind, question, weights, head, articles, self.alias)
        if kind == NAME and (noun or head) and WHICH_ASKED.match(question):
            out = _named_after_epithet(out, noun or head, question, min_support)
        if query is not None and kind != OTHER:
            out = self._reread(out, query, question, quals, rank, min_support, articles)
        if of_things:  # "How many votes ...?": "chosen by 21 million online voters" counts people, no votes
            out = [replace(ev, fits=False) if ev.fits and (v := _value_in(ev)) is not None and (
                self._counts_persons(ev.text, v, question) or _counts_another_asked_noun(ev.text, v, question))
                   else ev for ev in out]
        if role_named:  # "Who is X's chief executive?": "chairman Dan Hale" is none, nor "deputy chief executive Jo Lee"
            out = [replace(ev, fits=False) if ev.fits and not _holds_asked_rank(_speaker_view(ev), role, question) else ev
                   for ev in out]
            # "Who is Quill's lawyer?": "said Acme lawyer Ada Moss" names another's, and its other names hold no role
            out = [replace(ev, fits=False) if ev.fits and _role_of_another(ev, role, question) else ev for ev in out]
            # "her father ... drove a Rolls Royce. When she was eight, her mother ...": the name read
            # back from another sentence holds no role this one names
            out = [replace(ev, fits=False) if ev.fits and not _role_beside_value(ev, role) else ev for ev in out]
        if who_role:
            # "Who is Lee's coach?", "Who coaches Lee?": "said his coach Peter Stanley" in a Tomlinson story is Tomlinson's
            out = [replace(ev, fits=False) if ev.fits and _HIS_BEFORE.search(ev.text[:(v.start if (v := _value_in(ev)) else 0)])
                   and _story_of_another(ev, question) else ev for ev in out]
        if kind == NAME and _MAKER_ASKED.match(question):  # "Who directed X?": "Luis Bunuel's X" names its maker
            out = [replace(ev, value=owner) if ev.fits and (owner := _work_owner(ev.text, question)) else ev for ev in out]
        if deed:  # "Who directed X?": a sentence that names neither the deed nor its doer's role says nothing of it,
            # unless it names the work's maker, and no sentence names the deed ("the revival, directed by David Leveaux")
            said = any(ev.fits and _tells_deed(ev, deed) for ev in out)
            out = [replace(ev, fits=False) if ev.fits and not _tells_deed(ev, deed) and (said or not _work_owner(ev.text, question))
                   and not (deed == _PUBLISH and _before_asked_object(ev, question)) else ev for ev in out]
        if kind == NAME and _AUTHOR_ASKED.match(question):  # "Who wrote the Zafi virus?": "Sophos said ... the Zafi virus" tells no author
            out = [replace(ev, fits=False) if ev.fits and not _AUTHOR_TOLD.search(ev.text) and not _work_owner(ev.text, question)
                   else ev for ev in out]
        if kind == NAME and _WIN_ASKED.match(question):
            out = [replace(ev, fits=False) if ev.fits and not _WIN_TOLD.search(_speaker_view(ev)) and not _is_the_title_asked(ev, question)
                   else ev for ev in out]
        if kind == NUMBER and _WINS_COUNT_ASKED.match(question):  # "How many awards did it win?": "is up for six awards" won none yet
            out = [replace(ev, fits=False) if ev.fits and not _WIN_TOLD.search(_speaker_view(ev)) else ev for ev in out]
        if kind == NUMBER and (held := _HELD_COUNT_ASKED.match(question)):  # "How many members does X have?": not "two agendas"
            out = [replace(ev, fits=False) if ev.fits and _counts_another(ev, held.group(1)) else ev for ev in out]
        if kind == NUMBER and (staff := _HEADCOUNT_ASKED.match(question)):  # "How many people work at X?": not "five million visitors"
            out = [replace(ev, fits=False) if ev.fits and not _WORKFORCE_TOLD.search(ev.text) and not _counts_asked_workers(ev, staff.group(1))
                   else ev for ev in out]
        if counted and number_kind(question) == "count":  # "How many tickets ...?": "a five-way match" counts ways
            out = [replace(ev, fits=False) if ev.fits and _compound_of_another(ev, counted, question)
                   else self._recounted(ev, question) if ev.fits else ev for ev in out]
        if kind == NUMBER and _PAY_ASKED.match(question):  # "How much is it paying for ISG?": "annual sales of $32bn" is no payment
            out = [replace(ev, fits=False) if ev.fits and not _PAY_TOLD.search(ev.text) else ev for ev in out]
        if kind == NUMBER and (changed := _CHANGE_ASKED.match(question)):  # "How much did car sales fall?": not "retail sales fell 0.3%"
            out = [replace(ev, fits=False) if ev.fits and _change_of_another(ev, changed, question) else ev for ev in out]
        if kind == NUMBER and _BY_HOW_MUCH.match(question) and any(ev.fits and _told_as_change(ev, question) for ev in out[:VALUED]):
            # "By what proportion has truancy fallen?": "reduced by 5%", not "almost half of the nation's truancy"
            out = [replace(ev, fits=False) if ev.fits and _part_of_whole(ev) and not _told_as_change(ev, question) else ev
                   for ev in out]
        if kind == NUMBER and _COST_ASKED.match(question):  # "How much did Ray cost to make?": "its $74m box office total" is no cost
            out = [replace(ev, fits=False) if ev.fits and not _COST_TOLD.search(ev.text) else ev for ev in out]
        if kind == DATE:  # "When did Ada Moss visit Ostby?": "The planned visit to the city of Tomsby on Friday" is another trip
            out = [replace(ev, fits=False) if ev.fits and goes_elsewhere(ev.text, question) else ev for ev in out]
        if kind == DATE and _AHEAD_ASKED.match(question):  # "When will ...?": "In December, Poland requested" is gone by
            out = [replace(ev, fits=False) if ev.fits and not _told_ahead(ev) else ev for ev in out]
        if kind == NUMBER and (owned := _owned_things(question, asked=True) + _changed_owner(question)):  # "Italy's jobless rate": not "the UK's jobless rate rose to 4.7%"
            out = [replace(ev, fits=False) if ev.fits and (self._owned_by_other(ev, owned, question) or self._moved_by_another(ev, owned))
                   else ev for ev in out]
        if kind == NUMBER and _SHARE_OF_ASKED.match(question):  # "What share of 15 to 24-year-olds ...?": not "53% of over 65s"
            out = [replace(ev, fits=False) if ev.fits and _share_of_another(ev, question) else ev for ev in out]
        if kind == NUMBER and (places := [p for p in _IN_PLACE.findall(question) if not CALENDAR.match(p.split()[0])]):  # "cost in Europe?": not "£99 in the UK"
            out = [replace(ev, fits=False) if ev.fits and (self._placed_elsewhere(ev, places) or self._of_elsewhere(ev, places, question)
                                                            or self._about_another_place(ev, places, question, articles[ev.hit.chunk.source]))
                   else ev for ev in out]
        if kind == NUMBER and (nations := nation_adjectives(question)):  # "the Norwegian broadcaster's viewers": not "100,000 people in the UK"
            out = [replace(ev, fits=False) if ev.fits and (self._placed_elsewhere(ev, nations) or self._of_another_nation(ev, nations))
                   else ev for ev in out]
        if kind == NUMBER and (years := [q for q in quals if q.isdigit()]):  # "Since 2001 exports have passed $10bn": no figure for 2004
            out = [replace(ev, fits=False) if ev.fits and _of_another_year(ev, years) else ev for ev in out]
            if not any(ev.fits for ev in out):
                out = _year_sequel(out, years, min_support)
        if kind == NUMBER and unit in ("length", "duration"):  # "How long is the border?": not "a decade-long invasion"
            out = [replace(ev, fits=False) if ev.fits and (v := _value_in(ev)) is not None and _spans_another(ev.text, v, question)
                   else ev for ev in out]
        if kind == NUMBER and (end := _extreme(question)):  # "the lowest price": not "the record high of $55.67"
            out = [replace(ev, fits=False) if ev.fits and _other_extreme(ev, end) else ev for ev in out]
        if kind == DATE and (owners := [o for o, _ in _owned_things(question, asked=True)]):  # "When was Britain's first call made?": not "in 1973 in New York"
            out = [replace(ev, fits=False) if ev.fits and self._placed_elsewhere(ev, owners) else ev for ev in out]
        if kind == NAME and WHOSE_THING.match(question):  # "Whose records ...?": "Bekele's world records", not "Olympic titles"
            owning = [ev.fits and any(owns_whose(ev.text, v, question) for v in values(ev.text, kind, question)) for ev in out]
            if any(owning):
                out = [replace(ev, fits=False) if ev.fits and not owns else ev for ev, owns in zip(out, owning)]
        if kind == NAME and role and (owner := _role_owner_asked(question, role)):
            # "Who is the Chinese ambassador?": not "John Sullivan, the American ambassador to Russia"
            out = [replace(ev, fits=False) if ev.fits and self._role_of_another_owner(ev, role, owner, question) else ev
                   for ev in out]
        if who_role:  # "Who chairs the science committee?": not "chairman of the accounts committee"
            out = [replace(ev, fits=False) if ev.fits and _held_of_another_body(ev.text, question, role) else ev for ev in out]
        if _OUTCOME_ASKED.match(question):  # "Who will win ...?": news knows only what is forecast
            out = [replace(ev, fits=False) if ev.fits and not _FORECAST.search(ev.text) else ev for ev in out]
        if measure:  # "What was the production budget?": "the most money taken" is no budget
            out = [replace(ev, fits=False) if ev.fits and not _tells_measure(ev, measure) else ev for ev in out]
        if known_by:  # an article that never says the words the asked bill or tax is known by tells nothing of it
            out = [replace(ev, fits=False) if ev.fits and not known_by <= self._article_terms(ev.hit.chunk.source) else ev
                   for ev in out]
        if reason := penalty_reason(question):  # "arrested for identity theft": an article with no word of why tells of other arrests
            out = [replace(ev, fits=False) if ev.fits and not reason & self._article_terms(ev.hit.chunk.source) else ev for ev in out]
        if kind in (NUMBER, DATE) and named:  # "How long could Hale be jailed?": not "Mr Roe could face 85 years"
            out = [replace(ev, fits=False) if ev.fits and _of_another_person(ev.text, question, self.article_text(ev.hit.chunk.source))
                   else ev for ev in out]
        if kind in (NAME, NUMBER, DATE) and (places := _places_asked(question, articles)):
            # "How many adults in Ostby lack reading skills?": an article that never names Ostby tells of elsewhere
            out = [replace(ev, fits=False) if ev.fits and not all(_place_named(p, self.article_text(ev.hit.chunk.source))
                                                                   for p in places) else ev for ev in out]
        if kind == NAME:  # "The MSP had been a partner": an initialism the articles make plural ("MSPs") names a kind, no one
            retrieved = "\n".join(articles.values())
            out = [replace(ev, fits=False) if ev.fits and re.fullmatch(r"[A-Z]{2,5}", ev.value)
                   and re.search(rf"\b{ev.value}s\b", retrieved) else ev for ev in out]
        if (bearing := _BEARER_ASKED.match(question)) is not None:  # "Which city was called Haishenwei?": the one "its name" means
            out = [replace(ev, value=bearer, fits=ev.fits or ev.support >= min_support)
                   if (bearer := _bearer_of(ev.text, bearing.group(1))) else ev for ev in out]
        if kind == NAME and (lead := next((ev for ev in out if ev.fits), None)) and not lead.value \
                and any(ev.fits and ev.value and ev.score >= lead.score - TYPE_BONUS for ev in out):
            # a sentence that echoes the question but names no one answers only when no close one names someone
            out = [replace(ev, fits=False) if ev.fits and not ev.value and not (group and tells_group(ev.text, group)) else ev
                   for ev in out]
        return out

    def _clear_lead(self, out: list[Evidence], kind: str, question: str, quals: list[str], rank: int | None,
                    min_support: float, articles: dict[str, str], about: dict[str, bool]) -> list[Evidence]:
        """The one sentence that stands well clear of every other in meaning, and holds a value of
        the asked kind, answers in its own words ("China started the construction of the southern
        branch" for "When did work begin on the southern section?"): news rewords the question, so
        its support falls short by no more than the slot margin. Like a value in the slot, only in
        an article about what the question names."""
        by_support = sorted(range(len(out)), key=lambda i: -out[i].support)
        lead = out[by_support[0]] if by_support else None
        rest = [out[i].support for i in by_support[1:] if lead and out[i].text != lead.text]
        if lead is None or not rest or not (min_support - SLOT_MARGIN <= lead.support < min_support
                                            and lead.support - rest[0] >= CLEAR_LEAD):
            return out
        article = articles[lead.hit.chunk.source]
        if kind != OTHER and not values(lead.text, kind, question, article) or not _qualified(lead.hit, lead.text, quals, rank, question) \
                or about and not about[lead.hit.chunk.id]:
            return out
        out[by_support[0]] = replace(lead, support=min_support, fits=True, score=lead.score + min_support - lead.support + TYPE_BONUS)
        return sorted(out, key=lambda ev: -ev.score)

    def _names_asked(self, source: str, retrieved: str, question: str, cache: dict[str, bool]) -> bool:
        """The article names something the question names, and the place or time the question
        ends on ("... in Europe?"): in its retrieved part (`retrieved`), its other chunks, or by
        another name close in meaning ("Britain" for "the UK")."""
        if source not in cache:
            named = names_each(retrieved, question)
            cache[source] = (_enough(named, question) or self._named_elsewhere(source, question, named)) \
                and self._owners_named(source, retrieved, question)
        return cache[source]

    def _owners_named(self, source: str, retrieved: str, question: str) -> bool:
        """The article names whoever owns what is asked: an article about Italy's ministers names
        no minister of Indonesia's, though it names a "State Minister"; one about US retail sales
        tells no fall in UK retail sales."""
        owners = owner_names(question) + [w for owner, _ in _changed_owner(question) for w in owner.split()]
        if not owners:
            return True
        text = f"{retrieved}\n{self.article_text(source)}"
        held = set(re.findall(r"[A-Z][\w-]+", text))
        spelled = initials_in(text)  # "Los Angeles Police Department" for "the LAPD's chief"
        return all(o in held or o.lower() in spelled or any(shares_stem(o, h) for h in held) for o in owners)

    def _named_elsewhere(self, source: str, question: str, named: list[bool]) -> bool:
        """The whole article names what `named` lacks, or one of its first names means nearly the same."""
        if self.retriever is None:
            return False
        article = self.article_text(source)
        named = [a or b for a, b in zip(named, names_each(article, question))]
        if _enough(named, question):
            return True
        runs = [r for r in name_runs(article) if r.lower() not in STOPWORDS][:MAX_RUNS]
        groups = name_groups(question)
        missing = [i for i, found in enumerate(named) if not found]
        asked = [" ".join(groups[i]) for i in missing]
        vectors = self._name_vectors([*runs, *asked])
        for i, a in zip(missing, asked):
            named[i] = any(float(vectors[a] @ vectors[r]) >= ALIAS and not another_of_kind(r, groups[i]) for r in runs)
        return _enough(named, question)

    def _article_terms(self, source: str) -> frozenset[str]:
        """The stemmed words of the whole article, title first."""
        return frozenset(content_terms(self.article_text(source)))

    def article_text(self, source: str) -> str:
        """The whole article, title first ("" with no retriever to read it from)."""
        chunks = self.retriever.chunks_of(source) if self.retriever else []
        return "\n".join([chunks[0].title, *(c.text for c in chunks)]) if chunks else ""

    def _name_vectors(self, names: list[str]) -> dict[str, Any]:
        """Embeddings of short names, kept across questions: a question weighs the same names
        against many articles, and an article's names come back with the next question."""
        assert self.retriever is not None
        new = [n for n in dict.fromkeys(names) if n not in self._run_vectors]
        if len(self._run_vectors) + len(new) > MAX_RUN_VECTORS:
            self._run_vectors = {}
            new = list(dict.fromkeys(names))
        self._run_vectors.update(zip(new, self.retriever.embed_texts(new) if new else []))
        return {n: self._run_vectors[n] for n in names}

    def _reread(self, out: list[Evidence], query: Any, question: str, quals: list[str], rank: int | None,
                min_support: float, articles: dict[str, str]) -> list[Evidence]:
        """A long sentence may answer in one clause ("... under the laws, which come into force
        on 1 January"), and a sentence in an article about what the question names may call it
        "the firm". Sentences ranked above the best that fits are read again as the words around
        their value, as the clause that holds it, and with the question's name for "The firm" (or,
        for "It ..." and "They ...", after the sentence before);
        they fit when a reading reaches the support needed. Their rank stays the sentence's, so
        only these can change the answer."""
        first_fit = next((i for i, ev in enumerate(out) if ev.fits), len(out))
        people = self._counts_people(question)
        things = not people and self._counts_things_asked(question)
        rows = [(i, out[i]) for i in _leading(out[:first_fit], WINDOWED)
                if out[i].value and out[i].support < min_support
                and (_names_all(out[i].hit, question, whole=True) or self._after_asked_person(out[i], question))
                and not (people and (v := _value_in(out[i])) is not None and self._counts_things(out[i].text, v, question))
                and not (things and (v := _value_in(out[i])) is not None and self._counts_persons(out[i].text, v, question))]
        if not rows or self.retriever is None:
            return out
        readings = [r for _, ev in rows for r in (_window(ev.text, ev.value), _clause(ev.text, ev.value),
                                                  _resolved(ev.text, question, articles[ev.hit.chunk.source])
                                                  or _with_previous(ev) or ev.value)]
        vectors = self.retriever.embed_texts(readings)
        for (i, ev), triple in zip(rows, zip(vectors[::3], vectors[1::3], vectors[2::3])):
            meaning = max(max(0.0, float(query @ vector)) for vector in triple)
            support = MEANING_WEIGHT * meaning + (1 - MEANING_WEIGHT) * ev.coverage
            if support >= min_support and _qualified(ev.hit, ev.text, quals, rank, question):
                out[i] = replace(ev, support=support, fits=True)
        return out

    def _moved_by_another(self, ev: Evidence, owned: list[tuple[str, set[str]]]) -> bool:
        """The value is the move of a name the question does not ask about, and the asked owner
        is not in the sentence: "with Altria rising 5%" for "How much did Lorillard shares rise?"
        (but "TimeWarner jumped 76%" for Time Warner's)."""
        value = _value_in(ev)
        mover = _MOVER.search(ev.text[:value.start]) if value else None
        if mover is None or SENTENCE_START.search(ev.text[:mover.start(1)]):  # "Production dropped 1.6%": a capital says nothing
            return False
        moved = mover.group(1).strip()
        squashed = re.sub(r"\W", "", ev.text).lower()
        return all(not {w.lower() for w in owner.split()} & {w.lower() for w in moved.split()}
                   and re.sub(r"\W", "", owner).lower() not in squashed and not self.alias(moved, owner)
                   for owner, _ in owned if owner)

    def _owned_by_other(self, ev: Evidence, owned: list[tuple[str, set[str]]], question: str) -> bool:
        """The value's clause gives what the question asks as another name's: "the UK's jobless
        rate rose to 4.7%" for "Italy's jobless rate", "US retail sales fell 0.3%" for "the UK's
        retail sales". A name close in meaning to the asked one ("Britain" for "the UK") is the
        same owner."""
        value = _value_in(ev)
        if value is None:
            return False
        before = ev.text[:value.start]
        m = _CLAUSE_START.match(before)
        said = _owned_things(before[m.end():] if m else before, start=m is None)
        asked = {_word_key(w) for w in question.split()}
        told = {_word_key(w) for w in ev.text.split()}
        for owner, things in said:
            for asked_owner, asked_things in owned:
                if things & asked_things and not {_word_key(w) for w in owner.split()} & asked \
                        and not {_word_key(w) for w in asked_owner.split()} & told \
                        and not self.alias(owner, asked_owner):
                    return True
        return False

    def _role_of_another_owner(self, ev: Evidence, role: str, owner: str, question: str) -> bool:
        """The name's title gives the asked role to an owner the question does not name, by
        its name, its people's word or one close in meaning: "the American ambassador" for the
        Chinese one."""
        value = _value_in(ev)
        told = [t for t in (_role_owners_beside(ev.text, value, role) if value else []) if re.fullmatch(r"[A-Z][a-z]+", t)]
        names = [owner, *question_names(question)]
        return bool(told) and not any(t == n or shares_stem(t.lower(), n.lower()) or made_from_place(t, n)
                                      or made_from_place(n, t) or self.alias(t, n) for t in told for n in names)

    def _placed_elsewhere(self, ev: Evidence, places: list[str]) -> bool:
        """The value is given for a place the question does not ask, and the sentence names none it
        asks: "£99 in the UK" for "in Europe" or for "the Norwegian service"."""
        value = _value_in(ev)
        m = _PLACE_AFTER.match(ev.text[value.end:]) if value else None
        if m is None or CALENDAR.match(m.group(1).split()[0]):
            return False
        told = {_word_key(w) for w in ev.text.split()}
        return not any(told & {_word_key(w) for w in p.split()} or self.alias(m.group(1), p) or _nation_word_in(p, ev.text)
                       for p in places)

    def _of_another_nation(self, ev: Evidence, nations: list[str]) -> bool:
        """The sentence's figure is another nation's: it names another nation's adjective and none
        the question asks ("The £13.8m deal gives access to the Indian oil industry" for "How much
        is the Egyptian contract worth?")."""
        said = nation_adjectives(ev.text)
        return bool(said) and not any(_nation_word_in(p, ev.text) or any(self.alias(s, p) for s in said) for p in nations)

    def _about_another_place(self, ev: Evidence, places: list[str], question: str, article: str) -> bool:
        """The sentence opens on another place and names none the question asks: its figure is
        that place's ("China in particular is a problem, with piracy estimated at 92%" for "...
        piracy in Norway?")."""
        told = {_word_key(w) for w in ev.text.split()}
        if any(told & {_word_key(w) for w in p.split()} for p in places):
            return False
        # the sentence's opening, or the opening of the value's clause ("According to the figures, US firms added 146,000 jobs")
        value = _value_in(ev)
        openings = [ev.text] + ([_between_marks(ev.text, value).lstrip()] if value else [])
        for text in openings:
            opening = re.match(r"\W*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", text)
            # a place by its use: the article puts it after "in" ("software piracy in China, Norway and ...")
            if opening is not None and re.search(rf"\bin\s+(?:the\s+)?{re.escape(opening.group(1))}\b", article) is not None \
                    and not any(self.alias(opening.group(1), p) for p in places):
                return True
        return False

    def _of_elsewhere(self, ev: Evidence, places: list[str], question: str) -> bool:
        """A word of the question is qualified by another place's name, and the sentence names
        none it asks: "an English constituency" for "... a constituency in Scotland?"."""
        told = {_word_key(w) for w in ev.text.split()}
        if any(told & {_word_key(w) for w in p.split()} for p in places):
            return False
        asked = set(content_terms(question))
        return any(stem(m.group(2)) in asked and m.group(1) not in question
                   and not any(shares_stem(m.group(1).lower(), w.lower()) or self.alias(m.group(1), p) for p in places for w in p.split())
                   for m in _ADJECTIVE_NOUN.finditer(ev.text))

    def _counts_people(self, question: str) -> bool:
        """"How many people/workers/voters ...?": a count of people, whatever the sentence calls them."""
        if answer_type(question) != NUMBER or number_kind(question) in SHARES:
            return False
        noun = _counted_asked(question)
        return noun == "people" or noun.endswith("s") and self.retriever is not None and self._personhood(noun) > PERSONHOOD

    def _counts_things(self, sentence: str, value: Value, question: str) -> bool:
        """The count's plural noun ("six million blogs") reads nearer to things than to people,
        and the words it is counted in do not name the asked noun ("five Cesar awards" for "How
        many Cesars ...?")."""
        noun = counted_word(sentence, value)
        noun = noun if noun.endswith("s") or noun in _PEOPLE else _counted_plural(sentence, value)  # "12 different categories"
        if self.retriever is None or not noun or noun in STOPWORDS or noun in _PEOPLE:
            return False
        counted = sentence[value.start:sentence.find(noun, value.start) + len(noun)]
        return stem(_counted_asked(question)) not in content_terms(counted) and self._personhood(noun) < 0

    def _counts_things_asked(self, question: str) -> bool:
        """"How many votes/jobs/copies ...?": a plural that reads nearer to things than to people."""
        if answer_type(question) != NUMBER or number_kind(question) != "count" or self.retriever is None:
            return False
        noun = _counted_asked(question)
        return noun.endswith("s") and noun not in STOPWORDS and self._personhood(noun) < 0

    def _counts_persons(self, sentence: str, value: Value, question: str) -> bool:
        """The count's plural noun reads as people ("21 million online voters") and the sentence
        never names the asked things ("2,000 workers will lose their jobs" still counts jobs)."""
        noun = _counted_plural(sentence, value)  # "21 million online voters"
        if not noun or noun in STOPWORDS:
            return False
        asked = stem(_counted_asked(question))
        return asked not in content_terms(sentence) and (noun in _PEOPLE or self._personhood(noun) > PERSONHOOD)

    def _recounted(self, ev: Evidence, question: str) -> Evidence:
        """The sentence's count of the asked plural: "464,000 subscribers" rather than "three
        quarters" for "How many customers left?"; none when each count there is of a plural
        that means something else and the sentence never says the asked one: "90 journalist
        jobs" for "How many copies does the paper sell?" ("146,000 jobs" counts positions)."""
        value, asked = _value_in(ev), _counted_asked(question)
        if value is None or self.retriever is None:
            return ev
        if not (asked.endswith("s") or asked in _PEOPLE) or asked in STOPWORDS or asked == "times":
            return ev  # "How many times ...?" counts occasions, whatever the sentence counts
        # "a clearance of 5.65m" counts no bests, though the sentence says "his personal best"
        countable = not _uncountable(ev.text, value)
        if countable and (stem(asked) in content_terms(ev.text) or self._likeness(ev.text, value, asked) >= COUNTED_ALIKE):
            return ev
        if countable and _counted_plural(ev.text, value) in _ANY_THING and asked not in _PEOPLE and self._personhood(asked) < PERSONHOOD:
            return ev  # "has sold more than 800,000 units in Japan" for "How many consoles ...?"
        alike = next((v for v in values(ev.text, NUMBER, question) if self._likeness(ev.text, v, asked) >= COUNTED_ALIKE
                      and _counted_plural(ev.text, v) or asked in _PEOPLE and _POPULATION_OF.search(ev.text[:v.start])), None)
        return replace(ev, value=alike.text) if alike else replace(ev, fits=False)

    def _likeness(self, sentence: str, value: Value, asked: str) -> float:
        """How near in meaning the plural the value counts is to the asked one (1 with none said)."""
        told = _counted_plural(sentence, value)
        if not told or told in STOPWORDS or stem(told) == stem(asked):
            return 1.0
        vectors = self._name_vectors([asked, told])
        return float(vectors[asked] @ vectors[told])

    def _personhood(self, noun: str) -> float:
        """How much nearer the noun reads to "people" than to "things"."""
        vectors = self._name_vectors([noun, "people", "things"])
        return float(vectors[noun] @ vectors["people"]) - float(vectors[noun] @ vectors["things"])

    def alias(self, name: str, other: str) -> bool:
        """The two names mean nearly the same: "Britain" and "the UK"."""
        if self.retriever is None:
            return False
        vectors = self._name_vectors([name, other])
        return float(vectors[name] @ vectors[other]) >= ALIAS

    def _after_asked_person(self, ev: Evidence, question: str) -> bool:
        """A sentence that opens with "He" or "She" right after one that names the asked person
        (by surname) is about them: "... was former vice president Joshua Bewlay. He admitted ..."."""
        names = name_groups(question)
        if not _PRONOUN.match(ev.text) or not names or len(names[0]) < 2 or self.retriever is None:
            return False
        chunks = [c for c in self.retriever.chunks_of(ev.hit.chunk.source) if c.char_start < ev.start]
        before = "".join(c.text[:ev.start - c.char_start] for c in chunks[-2:])
        previous = _SENTENCE_GAP.split(before.strip())[-1] if before.strip() else ""
        return re.search(rf"\b{re.escape(names[0][-1])}\b", previous) is not None


_WHEN_AFTER = re.compile(r"^,?\s+when\s+([^,;:.]+)")
_WHEN_INSIDE = re.compile(r"\swhen\s")  # a cheap test before reading a sentence's dates


def _when_as_asked(sentence: str, value: Value, question: str) -> bool:
    """A "when" clause after the date says again what the question asks, in its words only:
    "by 14 March, when the current powers expire" for "When do the current powers expire?"."""
    m = _WHEN_AFTER.match(sentence[value.end:])
    said = set(content_terms(m.group(1))) if m else set()
    return len(said) >= 2 and said <= set(content_terms(question))


# A bill, a tax or a scheme news names in lower case: "the animal welfare bill", "the jet fuel tax".
_LOWER_CASE_THING = re.compile(r"\b(?:the|a|an|its|their)\s+((?:[a-z][a-z-]+\s+){1,3})(?:bill|act|law|scheme|plan|deal|treaty"
                               r"|programme|strategy|inquiry|report|review|ban|tax|levy|reforms?|campaign)\b")
_STATUS = frozenset(stem(w) for w in "new proposed draft planned controversial latest current first same former original".split())


def described_thing(question: str) -> frozenset[str]:
    """The words the question knows a lower-case bill or scheme by, its status left out:
    "anim", "welfar" in "the draft animal welfare bill"."""
    m = _LOWER_CASE_THING.search(question)
    return frozenset(content_terms(m.group(1))) - _STATUS if m else frozenset()


# Why a penalty was given: "arrested for identity theft in 2004", "jailed for breaching contact orders?"
_PENALISED_FOR = re.compile(r"\b(?:arrested|jailed|fined|charged|convicted|sentenced|banned|punished|sacked|suspended"
                            r"|imprisoned|prosecuted|sued|disciplined|expelled|penali[sz]ed)\s+for\s+((?:[a-z][a-z-]+\s+){0,3}?[a-z][a-z-]+)"
                            r"(?=\s*[?,]|\s+(?:in|at|on|by|with|from|during|since|last|this|next|and|or)\b|\s*$)", re.I)


def penalty_reason(question: str) -> frozenset[str]:
    """The words of why the question's penalty was given: "ident", "theft" in "How many
    people were arrested for identity theft?"."""
    m = _PENALISED_FOR.search(question)
    return frozenset(content_terms(m.group(1))) if m else frozenset()


@lru_cache(maxsize=65_536)  # asked for each sentence and its chunk, again by several checks
def _named_share(text: str, question: str, nations: bool = False) -> float:
    """How much of the question's names the text holds: for each name the share of its words
    found, the lowest of those (1.0 when the question names nothing). A name the text spells
    out is held whole: "Los Angeles Police Department" for "LAPD"; with `nations`, a place
    its people's word names ("German" for "Germany")."""
    spelled = initials_in(text) if any(len(n) == 1 and n[0].isupper() for n in name_groups(question)) else frozenset()
    return min((1.0 if len(name) == 1 and _unowned_word(name[0]).lower() in spelled
                else sum(_spelt_in(w, text) or _unowned_word(w) in text or nations and _nation_word_in(_unowned_word(w), text)
                          for w in name) / len(name)
                for name in name_groups(question)),
               default=1.0)


@lru_cache(maxsize=4096)
def _capitals(text: str) -> frozenset[str]:
    """The text's capitalised words, read once per article."""
    return frozenset(re.findall(r"\b[A-Z][a-z]+\b", text))


@lru_cache(maxsize=65_536)  # asked for each name word of each sentence's chunk: the same pairs come back
def _nation_word_in(word: str, text: str) -> bool:
    """The text names the place by its people's word, or the people by their place: "German
    music publisher" for "from Germany", "Europe" for "European"."""
    return len(word) > 3 and word.isalpha() and any(made_from_place(c, word) or made_from_place(word, c) for c in _capitals(text))


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor)\.?"  # before a person's surname
_TITLED_SUBJECT = re.compile(rf"^\W*(?:(?:But|And|However|Meanwhile|Yet|So|Now),?\s+)?{_TITLE}\s+([A-Z][\w'’-]+)")


def _of_another_person(sentence: str, question: str, article: str) -> bool:
    """The sentence opens on another person by title and never names the asked one, whom the
    article also names by title: "Mr Roe could face up to 85 years" for "How long could Tom
    Hale be jailed?"."""
    m = _TITLED_SUBJECT.match(sentence)
    if m is None:
        return False
    groups = name_groups(question)
    asked = [g[-1] for g in groups if re.search(rf"\b{_TITLE}\s+{re.escape(g[-1])}\b", article)]
    return bool(asked) and not any(m.group(1) in g for g in groups) \
        and not any(re.search(rf"\b{re.escape(a)}\b", sentence) for a in asked)


def _places_asked(question: str, articles: dict[str, str]) -> list[str]:
    """The places the question sets what it asks in ("in Ostby", "in the Ostby marathon"): names
    after "in" that a retrieved article also puts after "in" or "at"; an initialism has too many
    other names ("the UK": "Britain") to be looked for word by word."""
    return [p for p in _SET_IN.findall(question) if not CALENDAR.match(p.split()[0]) and not _ALL_CAPS.match(p)
            and any(re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(p)}\b", a) for a in articles.values())]


def _place_named(place: str, article: str) -> bool:
    """The article names the place, a word of it, or its people ("Ostbian" for "Ostby")."""
    return any(re.search(rf"\b{re.escape(w)}\b", article) or _nation_word_in(w, article)
               for w in place.split() if w.lower() not in STOPWORDS)


@lru_cache(maxsize=65_536)  # asked for each name word of each article read
def _spelt_in(word: str, text: str) -> bool:
    """The text holds the name's word, a capital inside it either way ("Worldcom" for
    "WorldCom", "Playstation" for "PlayStation"): writers differ on a brand's inner capitals."""
    if word in text:
        return True
    return len(word) > 3 and word[:1].isupper() and any(
        found.group()[:1].isupper() and any(c.isupper() for c in word[1:] + found.group()[1:])
        for found in re.finditer(rf"\b{re.escape(word)}\b", text, re.I))


def _about_another_of_kind(ev: Evidence, best: Evidence, question: str) -> bool:
    """The sentence names a thing of the kind a question's name gives, not that thing, while
    the best sentence names it: "the Treaty of Vessland" for "When was the Quill Treaty
    signed?". A name's word the articles also write in lower case gives its kind."""
    generic, own = _kind_and_own(ev, best, question)
    return bool(generic and own) and all(w in ev.text for w in generic) and not any(w in ev.text for w in own) \
        and all(w in best.text for w in own)


_ORDINAL_WORD = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)


def _drops_asked_ordinal(ev: Evidence, best: Evidence, question: str) -> bool:
    """The best sentence says the ordinal the question gives the asked role and this one does
    not: "Jean Reno was France's second best-paid actor" for "Who was France's second
    best-paid actor?", not "Actor Gerard Jugnot ... France's best-paid actor", though his title
    fills the slot ("the third Harry Potter film" orders no director)."""
    role = asked_role(question)
    said = {m.group().lower() for m in _ORDINAL_WORD.finditer(question)
            if role and re.match(rf"(?:\s+[\w'’-]+){{0,2}}?\s+{re.escape(role)}", question[m.end():], re.I)}
    return bool(said) and said <= {m.group().lower() for m in _ORDINAL_WORD.finditer(best.text)} \
        and not said & {m.group().lower() for m in _ORDINAL_WORD.finditer(ev.text)}


def _leaves_the_named(ev: Evidence, best: Evidence, question: str) -> bool:
    """The best sentence names all the question names, and this one, from another article,
    names none of them, nor do its headline and the sentence before (where "it" may point):
    "Sony horror film The Grudge, starring Michelle Gellar" fills "Which films has Foxx starred
    in?" for no one asked, after "Foxx has starred in Collateral and Ray"."""
    chunk = ev.hit.chunk
    before = chunk.text[:max(0, ev.start - chunk.char_start)].strip()
    read = f"{chunk.title}\n{_SENTENCE_GAP.split(before)[-1] if before else ''}\n{ev.text}"
    return bool(name_groups(question)) and chunk.source != best.hit.chunk.source \
        and all(names_each(best.text, question)) and not any(names_each(read, question))


def _names_neither(ev: Evidence, best: Evidence, question: str) -> bool:
    """The sentence names neither the thing the question names nor its kind, which the best
    sentence names: "signed an additional Border Agreement" for "When was the Quill Treaty signed?"."""
    generic, own = _kind_and_own(ev, best, question)
    return bool(generic and own) and not any(re.search(rf"\b{re.escape(w)}", ev.text, re.I) for w in generic + own) \
        and all(w in best.text for w in own)


def _kind_and_own(ev: Evidence, best: Evidence, question: str) -> tuple[list[str], list[str]]:
    """The words of the question's names that give a kind ("Treaty", written in lower case
    too in the two articles) and those that say which one ("Quill")."""
    lowered = {stem(w) for w in re.findall(r"\b[a-z]+", ev.hit.chunk.text + " " + best.hit.chunk.text)}
    named = [w for name in name_groups(question) for w in name]  # "Treaty of Quill" is two groups
    generic = [w for w in named if stem(w.lower()) in lowered]
    return generic, [w for w in named if w not in generic]


# "How did X describe Y?": the words quoted for it answer
_DESCRIPTION_ASKED = re.compile(r"^\s*how (?:did|does|do|has|have|had|would|will) .+? (?:describe|call|characteri[sz]e|label|term|dub)\b",
                                re.I)
# an opening quote stands before a word, not after one: the close of a longer quote ('matters," he said') opens none
_QUOTED_WORDS = re.compile(r"(?<![\w,.!?])[\"“‘](?!\s)([^\"”‘’]{2,80}?)[,.!]?[\"”’]")


def _quoted_description(text: str, question: str) -> str:
    """The first words the sentence quotes, for a question that asks how someone described
    something: "not old friends" in 'Biden said he and Xi are "not old friends"'."""
    m = _QUOTED_WORDS.search(text) if _DESCRIPTION_ASKED.match(question) else None
    return m.group(1) if m else ""


def _byline_author(best: Evidence, question: str) -> str:
    """"Who wrote the article?": the author the quoted byline names."""
    author = best.hit.chunk.author
    return author if author and AUTHOR_QUESTION.search(question) and author in best.text else ""


def _names_one(text: str, question: str) -> bool:
    """The text gives a word of one of the question's names."""
    return any(re.search(rf"\b{re.escape(w)}\b", text) for name in name_groups(question) for w in name)


def _enough(named: list[bool], question: str) -> bool:
    """Of the question's names (`named`: which the article names), one at least, and every one
    that sets the question's place or time ("BMW sold 95,000 cars in Asia" says nothing of
    Europe) or does what is asked (an article that never names Ada Moss tells no forecast of hers)."""
    return (not named or any(named)) and all(n for n, s, d in zip(named, setting_names(question), doer_names(question))
                                             if s or d)


def _unowned_word(word: str) -> str:
    """The word without its plural or possessive ending: "Workers" is found in "Transport &
    General Worker's Union" as "Worker", "Tories" in "Tory leader" as "Tory"."""
    if word.endswith("ies"):
        return re.sub(r"(?<=[a-z])ies$", "y", word)
    return re.sub(r"s?['’]s?$|(?<=[a-z])s$", "", word) or word


def _names_all(hit: Hit, question: str, whole: bool = False) -> bool:
    """The chunk names all the question names; of a full name one word will do ("Viotti")
    unless `whole`."""
    share = _named_share(f"{hit.chunk.title}\n{hit.chunk.text}", question)
    return share == 1.0 if whole else share > 0.0


def _about_names(hit: Hit, question: str) -> bool:
    """The chunk names at least half the words of each question name: "Holmes" for "Kelly
    Holmes", but not "Film Awards" alone for "Evening Standard British Film Awards"."""
    return _named_share(f"{hit.chunk.title}\n{hit.chunk.text}", question) >= 0.5


def _beside_name(hit: Hit, text: str, question: str, previous: list[int]) -> bool:
    """In a chunk about what the question names, a value of the asked kind stands a word or
    two from one of those names ("Gatlin, 22, won ...", "Ravi Shah, came third"), or the
    sentence names by age whom the one or two before it name ("The 24-year-old ...", "a chance
    for the 26-year-old")."""
    names = [w for name in name_groups(question) for w in name]
    if not names:
        return False
    if _AGED.search(text):  # "The 24-year-old delivered ...": news names someone by age
        # (the one named right before is enough: "O'Sullivan commits to Dublin race" / "The
        # 35-year-old was beaten into fourth at last year's event")
        chunk = hit.chunk
        # The sentence before, or the title when the sentence opens its paragraph.
        before = chunk.text[previous[0] - chunk.char_start:] if previous else f"{chunk.title}\n{text}"
        surnames = [name[-1] for name in name_groups(question)]  # another Jack is not Jack McConnell
        return any(re.search(rf"\b{re.escape(n)}\b", before[:before.find(text)]) for n in surnames)
    found = values(text, NUMBER, question)
    return _names_all(hit, question) and any(_names_beside(text, v, n) for v in found for n in names) \
        or any(_paired_with_asked(text, v, found, question) for v in found)  # "Roe and Moss finished fourth and fifth"


def _names_beside(text: str, value: Value, name: str) -> bool:
    """The name stands a word or two before or after the value, not inside it."""
    after = _YEAR_OLD.sub("", text[value.end:], count=1)  # "16-year-old Hickey"
    near = f"{text[max(0, value.start - NAME_REACH):value.start]} | {after[:NAME_REACH]}"
    # "the prince, 20," names Prince Harry by the title in his name
    return bool(re.search(rf"\b{re.escape(name)}\b|\b[Tt]he {re.escape(name.lower())}\b", near))


_LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # between the items of a list
_LISTED_NAME = r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*"
_NAME_LIST = re.compile(rf"{_LISTED_NAME}(?:,\s*{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME}")


def _paired_name(sentence: str, value: Value, found: list[Value]) -> str:
    """The listed name that takes the value in its own place: "Roe and Moss finished fourth
    and fifth" pairs Moss with "fifth"; "" when no list of names is paired with a list of values
    of the same length."""
    run: list[Value] = []
    for v in sorted(found, key=lambda v: v.start):
        if run and not _LIST_JOIN.fullmatch(sentence[run[-1].end:v.start]):
            if value in run:
                break
            run = []
        run.append(v)
    if len(run) < 2 or value not in run:
        return ""
    lists = list(_NAME_LIST.finditer(sentence[:run[0].start]))
    names = _LIST_JOIN.split(lists[-1].group()) if lists else []
    return names[run.index(value)] if len(names) == len(run) else ""


def _in_asked_ones_clause(sentence: str, value: Value, question: str) -> bool:
    """The value stands in a clause about the name the question asks of: "6.67 secs" in "well
    ahead of Germany's Marc Blume, who crossed the line in 6.67 secs" for "What time did Blume
    run?" (not "Gatlin, who won in 9.87 seconds" for "How far behind Gatlin did Greene finish?")."""
    subject = SUBJECT_NAMED.search(question)
    return subject is not None and re.search(rf"\b{re.escape(subject.group(1).split()[-1])}(?:['’]s?)?,\s+who\b[^,;:.()]*$",
                                             sentence[:value.start]) is not None


def _paired_with_asked(sentence: str, value: Value, found: list[Value], question: str) -> bool:
    """The value is the one paired with the question's name in a list of names and a list of
    values ("Where did Moss finish?": "fifth" of "Roe and Moss finished fourth and fifth")."""
    name = _paired_name(sentence, value, found)
    return bool(name) and any(w.lower() not in STOPWORDS and re.search(rf"\b{re.escape(w)}\b", question)
                              for w in name.split())


def _in_asked_role(article: str, text: str, question: str, role: str) -> bool:
    """In an article about what the question names (`article`: its retrieved text), the
    sentence gives a name right after the noun for the asked role ("Who manages X?": "X manager
    Ella Strand"; "Which minister launched IT Safe?": "said Home Office Minister Hazel Blears",
    in a chunk after the one that names IT Safe)."""
    return (_about_question(article, question, role) and not _held_of_another_body(text, question, role)
            and any(in_role(text, v, role, question) for v in values(text, NAME, question, article)))


_ROLE_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?((?:[\w'’&-]+\s+){0,5}?[\w'’&-]+)(?=\s*[,.;:]|\s+(?:who|which|that|and|has|had|is|was|said|says|at|in|on|since|until|during)\b)")


def _held_of_another_body(text: str, question: str, role: str) -> bool:
    """The sentence gives the role as held of a body the question does not ask of: "chairman of
    the Commons public accounts committee" for "Who chairs the Commons science committee?"."""
    asked = set(content_terms(question))
    words = question.split()
    at = next((i for i, w in enumerate(words) if is_role(stem(w.lower().strip("?.,")), role)), len(words))
    wanted = {t for w in words[at + 1:] if w[:1].islower() for t in content_terms(w) if t not in _QUESTION_ONLY}  # the body asked of
    bodies = [{t for w in m.group(2).split() if w[:1].islower() for t in content_terms(w)}
              for m in _ROLE_OF.finditer(text) if is_role(stem(m.group(1)), role)]
    return bool(bodies) and all(said - asked and wanted - said for said in bodies)


def _about_question(article: str, question: str, role: str) -> bool:
    """The article names what the question names; a question that names nothing ("Who chairs
    the disciplinary committee?") must find its other words there ("disciplinary committee")."""
    if name_groups(question):
        return _named_share(article, question) == 1.0
    held = set(content_terms(article))
    # a clause that describes the body may be said in other words ("the committee that looked
    # into child contact" for one whose "inquiry" the article reports): half of it will do
    main, clause = (question[:m.start()], m.group()) if (m := RELATIVE_END.search(question)) else (question, "")
    said = [t in held for t in content_terms(clause) if t not in _QUESTION_ONLY]
    return all(t in held for t in content_terms(main) if t not in _QUESTION_ONLY and not is_role(t, role)) \
        and 2 * sum(said) >= len(said)


# "Which body ...?" asks a thing, no place; "In which city ...?" and "Which film did she star in?"
# ask what stands after their preposition
_THING_ASKED = re.compile(r"^\s*which\s+", re.I)
_STRANDED_AT_END = re.compile(r"\b(?:in|at|from|to|into|near)\s*\?*\s*$", re.I)
_WHERE_BEFORE = re.compile(r"\b(?:in|from|near|outside|across)\s+(?:the\s+(?:capital|city|town|village|county|region|province|state)"
                           r",?\s+)?(?:\d{4}s\s+)?$")


def _a_place(ev: Evidence, article: Callable[[], str]) -> bool:
    """The value stands where a place does, after a place noun ("open in the capital, Kampala")
    or where the article uses it as one in another sentence ("freed from Guantanamo Bay" where
    the article also says "in Guantanamo Bay")."""
    value = _value_in(ev)
    where = _WHERE_BEFORE.search(ev.text[:value.start]) if value is not None else None
    if value is None or where is None or re.search(r"[A-Z][\w'’-]*\s+$", ev.text[:where.start()]):  # "Lost in Translation"
        return False
    if " the " in where.group():  # "in the capital, Kampala" says so itself
        return True
    first = re.split(r",\s+|\s+and\s+", value.text)[0]  # "New York and London"
    elsewhere = article().replace(ev.text, " ")  # its own sentence says nothing of its use (read only when needed)
    return len(first.split()) <= 2 and re.search(rf"\b(?:in|at)\s+{re.escape(first)}\b(?!\s+[A-Z])", elsewhere) is not None


def _ranked_by_asked(sentence: str, value: Value, question: str) -> bool:
    """The ordinal ranks by a superlative the question's noun: "the equal fifth-fastest time in
    the world" for "Where does her time rank?"."""
    m = re.match(r"-(?:[a-z]+est|best|worst|most|least)(?:-[a-z]+)?\s+([a-z]+)", sentence[value.end:])
    return m is not None and stem(m.group(1)) in set(content_terms(question))


def _retrieved_articles(hits: list[Hit]) -> dict[str, str]:
    """Each source's title and retrieved chunks, joined: what is known of the article."""
    joined: dict[str, list[str]] = {}
    for hit in hits:
        joined.setdefault(hit.chunk.source, [hit.chunk.title]).append(hit.chunk.text)
    return {source: "\n".join(parts) for source, parts in joined.items()}


def _named_after_epithet(out: list[Evidence], noun: str, question: str, min_support: float) -> list[Evidence]:
    """The best-supported sentence brings in one of the asked kind unnamed, and the sentence
    right after it opens on a name: news names them second ("An artist critical of the plans
    has denied ... . Shani Rhys James is worried that ..."). That name answers."""
    lead = max(out, key=lambda ev: ev.support, default=None)
    if lead is None or lead.support < min_support \
            or not re.match(rf"\s*(?:An?|One)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}s?\b", lead.text):
        return out
    # the very next sentence, maybe in the next chunk (offsets are the file's: a gap of white space)
    after = next((i for i, ev in enumerate(out) if ev.hit.chunk.source == lead.hit.chunk.source
                  and 0 < ev.start - lead.end <= 2), None)
    if after is None or out[after].support < min_support - SLOT_MARGIN:
        return out
    sequel = out[after]
    opening = re.match(r"(?:[A-Z][\w'’-]*\s+)+", sequel.text)  # the capitalised words it opens on
    named = [v for v in values(sequel.text, NAME, question) if opening and v.end <= opening.end() and " " in v.text]
    if not named:
        return out
    out[after] = replace(sequel, value=named[0].text, support=max(sequel.support, min_support), fits=True,
                         score=max(sequel.score, lead.score) + 0.001)
    # the lead's own names are not the one it brings in ("dictatorships in Russia and Germany")
    return sorted((replace(ev, fits=False) if ev is lead else ev for ev in out), key=lambda ev: -ev.score)


def _year_sequel(out: list[Evidence], years: list[str], min_support: float) -> list[Evidence]:
    """The best-supported sentence gives the figure for another year, and the sentence right
    after it gives one for the asked year: "Since 2018 trade has exceeded $100bn. In 2021 it rose
    to $146.8bn." The second says it in the first one's words, so it needs only the slot's support."""
    lead = max((ev for ev in out if ev.value), key=lambda ev: ev.support, default=None)
    if lead is None or lead.support < min_support or not _of_another_year(lead, years):
        return out
    chunk = lead.hit.chunk  # evidence offsets are the file's
    after = next((i for i, ev in enumerate(out) if ev.hit.chunk.id == chunk.id and ev.start >= lead.end
                  and not chunk.text[lead.end - chunk.char_start:ev.start - chunk.char_start].strip()), None)
    if after is None:
        return out
    sequel = out[after]
    if sequel.support < min_support - SLOT_MARGIN or not sequel.value or not any(y in sequel.text for y in years):
        return out
    out[after] = replace(sequel, support=min_support, fits=True, score=sequel.score + min_support - sequel.support + TYPE_BONUS)
    return sorted(out, key=lambda ev: -ev.score)


def _qualified(hit: Hit, text: str, quals: list[str], rank: int | None = None, question: str = "") -> bool:
    """The question's years and editions are in the sentence, its chunk, title or date, and
    the sentence does not open on another year; the place it asks about ("came third") is in
    the sentence, a number asked of a year does not come from a sentence about part of it ("in
    the last quarter of 2004"), nor one asked of a part from a sentence about the whole year
    ("for the full year"), and the sentence is not about another of what it names ("the main
    Booker Prize" for "the international Booker Prize")."""
    chunk = hit.chunk
    return (all(q in text or q in chunk.text or q in chunk.title or q in chunk.date for q in quals)
            and not ((any(q.isdigit() for q in quals) or _YEAR_IN_WORDS.search(question))  # a year, not "21st"
                     and answer_type(question) == NUMBER and _PART_OF_YEAR.search(text) and not _PART_OF_YEAR.search(question))
            and not (answer_type(question) == NUMBER and _PART_OF_YEAR.search(question)
                     and _WHOLE_YEAR.search(text) and not _PART_OF_YEAR.search(text))
            and (rank is None or bool(rank_at(text, rank)))
            and not another_variant(text, question) and not _another_namesake(text, question)
            and not another_sex(text, question) and not another_season(text, question) and not another_placing(text, question)
            and not said_of_before(text, question) and not _another_month(text, chunk.text, question)
            and not ((year := _OPENS_IN_YEAR.match(text)) and year.group(1) not in quals and any(q.isdigit() for q in quals))
            and not another_event_before(_read_before(chunk, text), text, question))


_MONTH_ASKED = re.compile(rf"\b(?:in|for|during)\s+{FULL_MONTH.pattern}(?!\s+\d)")


def _another_month(text: str, chunk: str, question: str) -> bool:
    """A figure asked of a month comes from a sentence about that month, not one that names
    only others in a chunk that never names it: "rose by 4.3% in the year to December, up from
    November's 4.2%" for "How much did earnings rise in January?"."""
    asked = _MONTH_ASKED.search(question) if answer_type(question) == NUMBER else None
    return asked is not None and bool(FULL_MONTH.search(text)) and asked.group(1) not in text and asked.group(1) not in chunk


_SHARE_OF_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:share|percentage|proportion|percent|fraction)\s+of\b", re.I)
_OF_GROUP = re.compile(r"\s+of\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def _bracketed_for_asked(sentence: str, value: Value, question: str) -> bool:
    """The figure stands in brackets right after words that are all the question's."""
    before = re.search(r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*\(\s*$", sentence[:value.start])
    said = set(content_terms(before.group(1))) if before and sentence.startswith(")", value.end) else set()
    return bool(said) and said <= set(content_terms(question))


_SHARE_OF_NOUN = re.compile(r"^\s*(?:what|which)\s+(?:share|percentage|proportion|percent|fraction)\s+of\s+(?:all\s+|the\s+)?([a-z]{3,})\b",
                            re.I)


def _share_of_asked(sentence: str, value: Value, question: str) -> bool:
    """The share is given of the thing the question asks a share of: "90 percent of all
    payments" for "What percentage of payments ...?"."""
    m = _SHARE_OF_NOUN.match(question)
    return m is not None and re.match(rf"\s+of\s+(?:all\s+|the\s+)?{re.escape(stem(m.group(1).lower()))}", sentence[value.end:], re.I) is not None


def _share_of_another(ev: Evidence, question: str) -> bool:
    """The share is given of a group told by numbers the question does not give, when it tells
    its own by numbers: "53% of over 65s" for "What share of 15 to 24-year-olds own one?"."""
    value = _value_in(ev)
    group = _OF_GROUP.match(ev.text, value.end) if value else None
    asked = set(re.findall(r"\d+", question))
    return group is not None and bool(asked) and bool(set(re.findall(r"\d+", group.group(1))) - asked)


def _of_another_year(ev: Evidence, years: list[str]) -> bool:
    """The sentence never names the asked year, and the clause that gives the value names
    another: "2003's imbalance of $496.5bn" is no figure for 2004."""
    value = _value_in(ev)
    return value is not None and not any(y in ev.text for y in years) \
        and _YEAR_NAMED.search(_between_marks(ev.text, value)) is not None


def _between_marks(sentence: str, value: Value) -> str:
    """The part of the sentence between the commas, brackets or dashes around the value."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, value.start)), default=0)
    end = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, value.end)), len(sentence))
    return sentence[start:end]


def _read_before(chunk: Chunk, text: str) -> str:
    """What a reader has just read before the sentence, in its chunk: the headline only in the
    article's first chunk (a later one starts mid-article, after other events)."""
    before = chunk.text[:max(chunk.text.find(text), 0)]
    return f"{chunk.title}\n{before}" if chunk.char_start == 0 else before


_COMPOUND_ADJECTIVE = re.compile(r"^[A-Z][\w'’]*-[a-z]+$")
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)+")


def _another_namesake(sentence: str, question: str) -> bool:
    """The sentence names another of a name the question gives, the same in all but one word
    ("Ocean's Eleven" for "Ocean's Twelve", "the Sydney Olympics" for "the Athens Olympics",
    "Manchester City" for "Manchester United"), and never the asked one."""
    asked = _asked_name_keys(question)
    if not asked:
        return False
    held: set[str] = set()  # the sentence's words, read only when a name comes close
    for m in _NAME_RUN.finditer(sentence):
        # "Frankfurt-based" qualifies a name and "Saturday's" dates one: neither names another
        words = [w for w in m.group().split() if not _COMPOUND_ADJECTIVE.match(w)
                 and not (_POSSESSIVE_END.search(w) and CALENDAR.match(_POSSESSIVE_END.sub("", w)))]
        said = [_word_key(w) for w in words]
        for name in asked:
            if len(said) != len(name) and (len(said) < 2 or said[-1] != name[-1]):
                continue  # neither the same name with one word changed nor another of its kind
            held = held or {_word_key(w) for w in sentence.split()}
            # "the 2002 Winter Olympics" is the asked "Winter Olympic" games: words differ by more than an ending
            # nor is "Egypt FA" another "Egyptian FA": a word and its first letters name one place
            differ = [i for i, (a, b) in enumerate(zip(said, name)) if stem(a) != stem(b) and not shares_stem(a, b)
                      and not _spells_out(words[i], b, question)] if len(said) == len(name) else []
            if (len(differ) == 1 and name[differ[0]] not in held  # "Michael Cockerell ... Mr Howard" is about Howard
                    and not {said[differ[0]], name[differ[0]]} & (HONORIFICS | STOPWORDS)
                    and not initials_asked(_POSSESSIVE_END.sub("", words[differ[0]]), question)  # "E&Y's UK" is Ernst & Young's
                    and not (differ[0] == 0 and SENTENCE_START.search(sentence[:m.start()]))):
                return True
            if _other_of_kind(said, name, held):
                return True
    return False


def _spells_out(word: str, key: str, question: str) -> bool:
    """The word may begin what the question's short form stands for: "European" in "European
    Commission" for the "EU" of "the EU's Commissioner"."""
    return (not word.isupper() and len(word) > len(key) + 2 and word.lower().startswith(key)
            and re.search(rf"\b{re.escape(key.upper())}\b", question) is not None)


@lru_cache(maxsize=1024)  # read for every sentence scored
def _asked_name_keys(question: str) -> tuple[list[str], ...]:
    """The question's names of two words or more, as names compare."""
    return tuple([_word_key(w) for w in name] for name in name_groups(question) if len(name) > 1)


def _other_of_kind(said: list[str], name: list[str], held: set[str]) -> bool:
    """Another of the same kind, named by other words before the same last one: "New Year's
    Day" for "Christmas Day", "Tony Blair" for "Cherie Blair"; the asked words are nowhere in
    the sentence."""
    return (len(said) != len(name) and len(said) > 1 and said[-1] == name[-1]
            and not set(name[:-1]) & (held | HONORIFICS | STOPWORDS) and not set(said[:-1]) <= HONORIFICS | STOPWORDS)


_POSSESSIVE_END = re.compile(r"['’]s?$")
_NON_WORD = re.compile(r"\W")


@lru_cache(maxsize=65_536)  # every word of every sentence a name comes close to
def _word_key(word: str) -> str:
    """A word as names compare: "Ocean's" is "ocean", "Anglo‑Irish" is "angloirish"."""
    return _NON_WORD.sub("", _POSSESSIVE_END.sub("", word.strip(".,;:!?\"“”()"))).lower()


# A sentence that starts by calling the article's subject by its kind: "The firm, which ...".
_ANAPHOR = re.compile(r"^([\"“‘']?)The ([a-z]+)(['’]s)?\b")


_PRONOUN = re.compile(r"^(?:He|She)\b")
_BY_HOW_MUCH = re.compile(r"\bby (?:how|what)\b", re.I)  # "By how much did it rise?" asks a change
# "Who is X's chief executive?", "Who was her husband?": a role news names by its own noun.
_WHO_HOLDS = re.compile(r"^\s*(?:(?i:who) (?:is|was|are|were|will be|has been)\b"
                        r"|(?i:what) (?:is|was) the name of (?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?\s)")  # "of Ada Moss's teacher"


# "How long is the time delay on ...?": the noun whose length is asked
_LONG_ASKED = re.compile(r"^\s*(?i:how long) (?:is|was|are|were|will be) (?:the |an? |its |their |[A-Z][\w-]*['’]s? )?(?:[\w-]+ ){0,2}?"
                         r"([a-z]{3,})(?<!ed)(?= (?:on|of|in|at|for|to|with|between)\b|\s*\?)")
# "From whom ...?", "Who did they buy it from?": a person or body asked as a preposition's object
_WHOM_BY_PREPOSITION = re.compile(r"^\s*(?:(?:from|to|with|by|for|against)\s+whom\b|whom?\b.*\b(?:from|to|with|by|for|against)\s*\?*\s*$)",
                                  re.I)
_LED_BY_PREPOSITION = re.compile(r"^\s*(?:after|before|since|until|(for))\s+which\b", re.I)  # asks the preposition's object
# "Which company sponsors X?": the verb right after the noun phrase of a "which" question.
_WHICH_DID = re.compile(r"^\s*which\s+(?:[a-z-]+\s+){1,3}?(?:will\s+|has\s+|had\s+)?([a-z]+)\b", re.I)


def _post_deed_asked(question: str, role: str) -> str:
    """The post's deed a "Who" or "Which X" question asks who did ("direct" in "Who directed X?",
    "sponsor" in "Which company sponsors X?"), or ""; the caller leaves out "Who is X's coach?"."""
    if WHO_ASKED_DID.match(question):
        return role if role in POST_DEEDS else ""
    m = _WHICH_DID.match(question)
    deed = verb_stem(m.group(1).lower()) if m else ""
    return deed if deed in POST_DEEDS else ""


_PUBLISH = stem("publish")


def _before_asked_object(ev: Evidence, question: str) -> bool:
    """The value stands right before the noun the question's object ends on, as its maker: "the
    World Bank report" for "Who published the digital divide report?"."""
    value = _value_in(ev)
    noun = re.search(r"\b([a-z]{3,})\s*\?*\s*$", question)
    return value is not None and noun is not None and re.match(rf"\s+{noun.group(1)}s?\b", ev.text[value.end:]) is not None


def _tells_deed(ev: Evidence, role: str) -> bool:
    """The sentence names the asked deed or its doer's role ("directed", "director"; for "heads",
    a post that heads a body)."""
    return any(is_role(verb_stem(w), role) for w in re.findall(r"[a-z][a-z-]*", _without_quantities(_speaker_view(ev).lower())))


def _holds_role(sentence: str, role: str) -> bool:
    """The sentence names the asked role or measure: a word of the same stem ("executive",
    "wife", "budget")."""
    return any(is_role(stem(w), role) for w in re.findall(r"[a-z][a-z-]*", _without_quantities(sentence.lower())))


# "a host of stars", "a raft of measures": a noun that counts the plural after it, no role or deed
_QUANTITY_OF = re.compile(r"\b(an?\s+)[a-z]+(\s+of\s+(?!the\b)[a-z]+s\b)", re.I)


def _without_quantities(text: str) -> str:
    return _QUANTITY_OF.sub(r"\1\2", text)


def _of_measured(sentence: str, value: Value, measured: str) -> bool:
    """The value is given as the asked measure's: "His times of 6.61 and 6.62 seconds", "a
    budget of about $5m"."""
    return re.search(rf"\b{re.escape(measured)}\w*\s+of\s+{ABOUT}$", sentence[:value.start], re.I) is not None


_HIS_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}$")
_IT_WAS = re.compile(r"\b(?:it|this|that|they)\s+(?:was|is|were|are|stood|stands)\b", re.I)


# The two ends of a scale: a question that asks one is not answered by a value said of the other.
_EXTREMES = {"low": "low lower lowest minimum least smallest fewest weakest worst bottom",
             "high": "high higher highest maximum most largest biggest greatest strongest best top peak"}
_EXTREME_WORDS = {end: re.compile(rf"\b(?:{'|'.join(words.split())})\b", re.I) for end, words in _EXTREMES.items()}
_EXTREME_BEFORE_NOUN = re.compile(rf"\b(?:{'|'.join(' '.join(_EXTREMES.values()).split())})\s+[a-z]", re.I)


def _distance_to_names(sentence: str, value: Value, question: str) -> int:
    """How many characters lie between the value and the nearest of the question's names."""
    spans = [m.span() for name in name_groups(question) for m in re.finditer(re.escape(" ".join(name)), sentence)]
    return min((max(start - value.end, value.start - end, 0) for start, end in spans), default=len(sentence))


# "What share did it originally hold?": the figure a change started from
_ORIGINAL_ASKED = re.compile(r"\b(?:originally|initially|at first)\b", re.I)  # not "previously stated": any earlier figure
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$")


# A superlative and its noun: "the largest recall", "the biggest single order"
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|smallest|highest|lowest|longest|shortest|greatest|heaviest|cheapest"
                          r"|richest|poorest|oldest|youngest|fastest|slowest)\s+(?:single\s+)?[a-z]+\b", re.I)


def _extreme(question: str) -> str:
    """The end of a scale the question asks ("low" for "What was the lowest price?"), if one."""
    ends = [end for end, pattern in _EXTREME_WORDS.items() if pattern.search(question)]
    return ends[0] if len(ends) == 1 else ""


def _other_extreme(ev: Evidence, end: str) -> bool:
    """Right before its value the sentence names the other end of the scale only: "the record
    high of $55.67" for "What was the lowest price?"."""
    value = _value_in(ev)
    if value is None:
        return False
    before = ev.text[max(0, value.start - MEASURE_REACH):value.start]
    other = next(e for e in _EXTREMES if e != end)
    return bool(_EXTREME_WORDS[other].search(before)) and not _EXTREME_WORDS[end].search(before)


def _tells_measure(ev: Evidence, measure: list[str]) -> bool:
    """The sentence names the asked measure, or says "it was" of the one the sentence before
    names: "The average size of a seat was 70,000. In Elmshire it was 53,000."."""
    if any(_holds_role(ev.text, m) for m in measure):
        return True
    # "bought it for $9bn" gives its price; "cost just $7m to make" its budget
    if measure[-1:] in (["price"], ["cost"], ["budget"]) and _COST_TOLD.search(ev.text):
        return True
    value = _value_in(ev)
    if value is None or not _IT_WAS.search(ev.text[:value.start]):
        return False
    before = [s for s in re.split(r"(?<=[.!?])\s+", _read_before(ev.hit.chunk, ev.text).strip()) if s]
    return bool(before) and any(_holds_role(before[-1], m) for m in measure)


def _holds_asked_rank(sentence: str, role: str, question: str) -> bool:
    """The sentence names the asked role, not only another rank of it ("deputy chief executive")."""
    return not lacks_asked_rank(sentence, role, question) and any(
        is_role(stem(m.group().lower()), role) and not another_rank(sentence[:m.end()] + " ", role, question)
        for m in re.finditer(r"[A-Za-z][A-Za-z-]*", sentence))


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _role_beside_value(ev: Evidence, role: str) -> bool:
    """The sentence of the evidence that holds its value names the asked role."""
    at = ev.text.find(ev.value) if ev.value else -1
    return at < 0 or any(_holds_role(ev.text[s:e], role) for s, e in sentences(ev.text) if s <= at < e)


def _speaker_view(ev: Evidence) -> str:
    """The sentence as its value stands in it: a speaker outside a quote holds no role the quote
    names ('"He would be a very good president," said Mr Lee': Mr Lee is no president)."""
    quotes = [m.span() for m in _QUOTED.finditer(ev.text)]
    at = ev.text.find(ev.value) if ev.value else -1
    if at < 0 or any(s <= at < e for s, e in quotes):
        return ev.text
    return _QUOTED.sub(" ", ev.text)


def _resolved(sentence: str, question: str, article: str) -> str:
    """The sentence with the question's first name for the kind it starts with: "The company
    reported sales of ..." read as "Pan Dorado reported sales of ..." ("" when it starts
    otherwise, or when the article gives that kind to another name: "US magazine Mobile PC"
    makes "The magazine" Mobile PC)."""
    m = _ANAPHOR.match(sentence)
    names = name_groups(question)
    if names and (p := _PRONOUN.match(sentence)) and len(names[0]) > 1:  # "She was made an OBE" about a person asked
        return f"{' '.join(names[0])}{sentence[p.end():]}"
    if not m or not names:
        return ""
    if m.group(2) not in {w.lower() for w in names[0]}:
        named = {n.group(1) for n in re.finditer(rf"\b{m.group(2)}\s+([A-Z][\w'’&.-]*)", article)}
        if named and not named & question_names(question):
            return ""
    return f"{m.group(1)}{' '.join(names[0])}{m.group(3) or ''}{sentence[m.end():]}"


_LEANING = re.compile(r"^(?:It|They|This|These)\b")
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def _with_previous(ev: Evidence) -> str:
    """ "It is a 2048-bit long number" read after the sentence it leans on in its paragraph ("Each
    individual gets a key ..."); "" when it opens otherwise or opens its paragraph."""
    chunk = ev.hit.chunk
    before = chunk.text[:max(0, ev.start - chunk.char_start)]
    if not _LEANING.match(ev.text) or not before.strip() or before.rstrip(" ").endswith("\n"):
        return ""
    return f"{_SENTENCE_GAP.split(before.strip())[-1]} {ev.text}"


def _window(sentence: str, value: str) -> str:
    """The value with the words just before and after it, inside its sentence."""
    at = sentence.find(value)
    before = sentence[:at].split()[-WINDOW_WORDS:]
    after = sentence[at + len(value):].split()[:WINDOW_WORDS // 2]
    return " ".join(before + [value] + after)


_CLAUSE_EDGE = re.compile(r"[,;:()]| - | – | — |\b(?:once|when|after|before|until|which|who|while|because|but|and"
                          r"|although|since|whereas)\b")


def _clause(sentence: str, value: str) -> str:
    """The clause that holds the value, between the nearest commas or joining words:
    "once it opens in 2027" in "... would power 70,000 homes once it opens in 2027"."""
    at = sentence.find(value)
    starts = [m.start() for m in _CLAUSE_EDGE.finditer(sentence, 0, at)]
    end = next((m.start() for m in _CLAUSE_EDGE.finditer(sentence, at + len(value))), len(sentence))
    return sentence[starts[-1] if starts else 0:end].strip(" ,;:()-–—")


def _term_stats(texts: list[str]) -> tuple[int, dict[str, int]]:
    from .text import sentences

    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        for s, e in sentences(text):
            df.update(set(content_terms(text[s:e])))
            n += 1
    return n, df


def _candidates(hits: list[Hit], weights: dict[str, float], author_of: str | None) -> list[tuple[Any, ...]]:
    """Each sentence of the hits once: (hit, id, start, end, text, coverage, starts of the
    sentences before it)."""
    rows = []
    seen: set[str] = set()
    for hit in hits:
        chunk = hit.chunk
        about = set(content_terms(f"{chunk.title} {chunk.date[:4]}"))
        headline = " ".join(chunk.title.split())
        context, previous = about, list[int]()
        for sid, start, end, text in chunk_sentences(chunk.text, chunk.source, chunk.char_start):
            terms = set(content_terms(text)) | initials_in(text)  # "British Airways" says "BA"
            if _NAMING.search(text):
                terms |= _NAMING_TERMS
            # Overlapping chunks repeat sentences; orders to an AI are never an answer, and a
            # headline only names the story the body tells: it is context, not an answer.
            if (sid not in seen and " ".join(text.split()) != headline
                    and not is_injected(chunk.text, start - chunk.char_start, end - chunk.char_start)):
                seen.add(sid)
                coverage = _coverage(weights, terms, context) if weights else 0.0
                if chunk.source == author_of and chunk.author and chunk.author in text:
                    coverage = 1.0
                rows.append((hit, sid, start, end, text, coverage, previous))
            context = terms | about
            # Up to two sentences before: "The treaty gives ..." may take its value from the
            # sentence that names the treaty (never across a line: see `_on_one_line`).
            previous = previous[-1:] + [start]
    return rows


def _of_asked_noun(sentence: str, value: Value, question: str) -> bool:
    """The value is given "of" a noun the question names: "5% of the workforce"."""
    m = re.match(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z-]+(?:\s+[a-z-]+)?)", sentence[value.end:])
    return m is not None and bool(set(content_terms(m.group(1))) & set(content_terms(question)))


def _pick_values(out: list[Evidence], kind: str, question: str, weights: dict[str, float], head: str,
                 articles: dict[str, str], same: Callable[[str, str], bool] | None = None) -> None:
    """Read the asked value of the best-scoring sentences, nearest what is asked about the
    topic: the question's words that are not names ("signed", "in effect"), so "Treaty of
    Rome" does not pull to its date."""
    relation = {t: w for t, w in weights.items()
                if t in set(content_terms(" ".join(re.findall(r"\b[a-z][\w'-]*", question))))} or weights
    named_terms = {t: w for t, w in weights.items() if t not in relation}  # the question's names
    rank, role, noun = asked_rank(question), asked_role(question), asked_noun(question)
    done_there = _where_object(question)
    origin = ORIGIN_ASKED.search(question) is not None
    outlet = kind == NAME and OUTLET_ASKED.match(question) is not None
    # "How many flights ...?": "77 flights" before "5,000 passengers" beside the word "flights"
    unit = number_kind(question) if kind == NUMBER else ""
    counted = (counted_phrase(question) or noun or head) if unit == "count" else ""
    # "Who speaks for X?": a sentence naming the role's holder may fill the slot from further down
    held = {i for i in range(min(len(out), 3 * VALUED)) if out[i].fits} if kind == NAME and role else set()
    for i in sorted(set(_leading(out, VALUED)) | held):
        ev = out[i]
        if found := values(ev.text, kind, question, articles[ev.hit.chunk.source]):
            if kind == DATE and (own := _in_own_part(found, ev.text, named_terms, [])) is not None:
                found = [own]  # "Uzbekistan in 2001 ... and Iran in 2021" for "When did Iran join?"
            if kind == DATE and not YEAR_ASKED.search(question):  # the most specific date
                found = [v for v in found if find_dates(v.text)] or found
            if kind == DATE:  # "running since 1997, but in 2002 ..." for "When were they first held?"
                found = [v for v in found if began_since(ev.text, v, question)] or found
            if kind == DATE:  # "the round ... on Friday with the final scheduled for Saturday" for "When is the final?"
                found = [v for v in found if dates_asked_thing(ev.text, v, question)] or found
            if kind == DATE:  # "entered Parliament in 1987, after first contesting a seat in 1974" for "When did he first enter it?"
                found = [v for v in found if at_asked_verb(ev.text, v, question)] or found
            if kind == PLACE:  # "the Paris-based IEA"; "attended the premiere in London's Leicester Square": the place follows "in"
                # "the Ostby-Tomsby border towns"; "the Vessish city of Tomsby" names its city after "of"
                called = place_meant(ev.text)  # "in the city" after "the northern city of Harbin"
                listed = [v for v in found if _exemplifies(ev.text, v, noun)]  # "countries such as Japan"
                found = listed or ([v for v in found if called and _named_as(ev.text, v, called)]
                         or [v for v in found if _as_asked(ev.text, v, question)]
                         or [v for v in found if _names_noun(ev.text, v, noun) and not re.match(
                    rf"\s+(?:[a-z-]+\s+){{0,2}}{re.escape(noun)}s?\s+of\s+[A-Z]", ev.text[v.end:])]
                         or [v for v in found if _names_noun(ev.text, v, done_there)]  # "the Downing Street talks"
                         or [v for v in found if owns_asked(ev.text, v, question)]  # "Belfast's Lyric Theatre"
                         or [v for v in found if _placed_as_asked(ev.text, v, question)]
                         or [v for v in found if _LOCATIVE.search(ev.text[:v.start])] or found)
                if not listed and not _FROM_OR_TO.search(question):  # "funding from the Government ... held in Helsinki"
                    found = [v for v in found if _IN_OR_AT.search(ev.text[:v.start])] or found
                if _SETTLEMENT.fullmatch(noun):  # "at the Party Conference in Bournemouth" for "In which town ...?"
                    found = [v for v in found if any(_WITHIN.fullmatch(ev.text[u.end:v.start]) for u in found)] or found
            if unit == "odds" and len(found) > 1:
                # "The Aviator 4/9 and 8/13 odds ..., with Million Dollar Baby second at 9/4": a
                # bookmaker prices each name, so the price nearest the asked name is its own
                found = [min(found, key=lambda v: _distance_to_names(ev.text, v, question))]
            if kind == NUMBER and (years := _YEAR_NAMED.findall(question)):
                # "from £3.24bn in 2003 to £2.89bn in 2004" for "... in 2004?": a figure given for another year is not it
                found = [v for v in found if not ((m := _YEAR_AFTER.match(ev.text, v.end)) and m.group(1) not in years)] or found
                # "2.1% from 2.8% in 2005": the new figure is the year's, the one it came from is not
                found = [v for v in found if (m := _NEW_FOR_YEAR.match(ev.text, v.end)) and m.group(1) in years] or found
            if kind == NUMBER and (periods := {_period_key(p) for p in _PERIOD_NAMED.findall(question)}):
                # "from just over 5% in 2003 to a record 13.3% during last year" for "... last year?"
                found = [v for v in found if _for_period(ev.text, v, periods)] or found
            if kind == NUMBER and (months := set(_IN_MONTH.findall(question))):
                # "grew 15.7% in the year to October, down from 23% in February" for "... in February?"
                found = [v for v in found if not ((m := _IN_MONTH.match(ev.text, v.end)) and m.group(1) not in months)] or found
            if kind == NUMBER and not _OPENING_ASKED.search(question):  # "$38.1m on its opening weekend and $184m in total"
                found = [v for v in found if not _FOR_OPENING.match(ev.text[v.end:])] or found
            if kind == NUMBER:  # "13% in New York and 16% in Ireland" for "... in Ireland?"
                found = [v for v in found if _for_place_asked(ev.text, v, question)] or found
                # "15 to 24-year-olds (94%), and 25 to 34-year-olds (92%)": the figure in brackets after the asked words
                found = [v for v in found if _bracketed_for_asked(ev.text, v, question)] or found
                # "more than half of all graduates but only 5% of the workforce" for "What share of the workforce ...?"
                if unit == "percent":
                    found = [v for v in found if _of_asked_noun(ev.text, v, question)] or found
            # "Roe and Moss finished fourth and fifth" for "Where did Moss finish?"
            found = [v for v in found if _paired_with_asked(ev.text, v, found, question)] or found
            if kind in (NUMBER, DATE):  # "Gardener clocked 6.56 seconds ... ahead of Blume, who crossed the line in 6.67 secs"
                found = [v for v in found if _in_asked_ones_clause(ev.text, v, question)] or found
            if kind in (NAME, PLACE) and (years := _YEAR_NAMED.findall(question)):
                # "her 1971 meeting with Eva Lind, which paved the way for ... meeting with Ben Odo the next year"
                found = [v for v in found if any(y in _between_marks(ev.text, v) for y in years)] or found
            if unit in _MOVED_UNITS and (direction := direction_asked(question)):
                # "rose 4%, while Vale slipped 1.2%" for "rise" (a jump asks a distance, not a move)
                # and a figure that moved the other way answers nothing ("sales rose 2%" for "How far did profits drop?")
                found = [v for v in found if move_of(ev.text, v) == direction] \
                    or [v for v in found if not move_of(ev.text, v) and not level_reached(ev.text, v)]
                if not found:
                    out[i] = replace(ev, value="", fits=False)
                    continue
            if kind == NUMBER and unit != "count" and (end := _extreme(question)) and _EXTREME_BEFORE_NOUN.search(question):
                # "a share of 90%, down from a peak of 96%" for "highest share" ("the top 12 films" asks no extreme)
                found = [v for v in found if _EXTREME_WORDS[end].search(ev.text[max(0, v.start - MEASURE_REACH):v.start])] or found
            if _OUTCOME_ASKED.match(question):  # "Clive Owen is second favourite at William Hill": Owen
                found = [v for v in found if _forecast_for(ev.text, v)] or found
            if kind == NAME:  # "Which body ...?": "an Irish Sports Council sting", not "Mark Carroll's record"
                found = [v for v in found if names_a_body(v, question)] or found
                # "his predecessor as Cabinet Secretary, Lord Armstrong": the post is held, the name holds it
                found = [v for v in found if not _post_held(ev.text, v)] or found
            meant = _meant(ev.text, question) if kind == NAME else None  # "He ..." doing what "Who" did
            found = ([meant] if meant else
                     [v for v in found if origin and (owner_of_asked(ev.text, v, question) or bracketed_by_name(ev.text, v, question))]
                     or [v for v in found if outlet and told_to(ev.text, v)]
                     or [v for v in found if kind == NAME and after_asked_participle(ev.text, v, question)]
                     or [v for v in found if kind == NAME and did_asked(ev.text, v, question)]  # "The X award was won by Y"
                     # "Charles Clarke this week published plans" for "Who published plans ...?"
                     or [v for v in found if kind == NAME and did_asked_to_asked(ev.text, v, question)]
                     or [v for v in found if kind == NAME and (owns_asked(ev.text, v, question) or owns_its(ev.text, v, question)
                                                               or owns_whose(ev.text, v, question))]
                     or [v for v in found if kind == NAME and joined_with_asked(ev.text, v, question)]
                     or [v for v in found if kind == NAME and of_asked_nation(ev.text, v, question, same)]  # "Russia's X" for "Which Russian ...?"
                     or [v for v in found if kind == NAME and for_asked_nation(ev.text, v, question)]  # "Vessish minister X" for "for Vessland"
                     or [v for v in found if kind == NAME and role and _role_owned_as_asked(ev.text, v, role, question)]
                     or [v for v in found if in_role(ev.text, v, role, question) or with_asked_org(ev.text, v, question)
                         or kind == NAME and _maker_of_asked(ev.text, v, question)]
                     or (_most_counting(found, [_count_rank(v, ev.text, counted, question) for v in found]) if counted else [])
                     or [v for v in found if after_stranded(ev.text, v, question) or after_asked_verb(ev.text, v, question)
                         or kind == NAME and (by_asked_doer(ev.text, v, question) or bracketed_after_asked(ev.text, v, question))
                         or kind in (NAME, PLACE) and before_asked_phrase(ev.text, v, question)]  # "absolved X from the sanctions"
                     # "Italian news agency Apcom quoted ..." for "Which news agency quoted ...?"
                     or [v for v in found if kind in (NAME, PLACE) and before_asked_verb(ev.text, v, question)]
                     or [v for v in found if _named_as(ev.text, v, noun)]
                     or [v for v in found if kind == NAME and _names_noun(ev.text, v, noun)]  # "11 March - Comic Relief day"
                     or [v for v in found if _for_place_asked(ev.text, v, question)] or found)
            value = _nearest(found, ev.text, relation, head, rank, weights).text
            if kind in (NAME, PLACE):  # "the UK's first ballerina": the name is "UK"
                value = re.sub(r"(?<=\w)['’]s?$", "", value)
            out[i] = replace(ev, value=value)


_SERVED_AS = re.compile(r"(?<!such )(?<!well )(?<!so )\bas\s+(?:the\s+)?$", re.I)
_APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*(?:[.,;:]|$)")


def _post_held(sentence: str, value: Value) -> bool:
    """The value is the post someone serves as, with the holder's name set beside it: "as
    Cabinet Secretary, Lord Armstrong." (not "firms such as Zorb, Vale and Quill", nor a
    person: "speaking as Sir Jo Roe, Zorb director general, warned")."""
    return _SERVED_AS.search(sentence[:value.start]) is not None and _APPOSED_NAME.match(sentence, value.end) is not None \
        and value.text.split()[0].lower().rstrip(".") not in PERSONAL_TITLES


_MOVED_UNITS = ("percent", "any", "portion", "money", "price change", "amount", "count")  # what a figure's rise or fall is read in
_WHY = re.compile(r"\s*why\b", re.I)
# A place that holds the one before it: "the conference in Bournemouth", "Wembley, in London".
_SETTLEMENT = re.compile(r"city|town|village|country|county|state|province|region|island")
_WITHIN = re.compile(r",?\s+in\s+(?:the\s+)?")
_REASON = re.compile(r"\b(?:because|due to|owing to|as a result of|citing|thanks to|in order to|so that|on the grounds"
                     r"|stem(?:s|med)? from|caused by|driven by|blam(?:e|ed|es|ing)"
                     r"|on (?:suspicion|charges?|allegations?|grounds) of)\b"  # "arrested on suspicion of incitement"
                     # news gives a cause after the deed: "banned after failing to report", "after Ada Moss failed to",
                     # "fined for having broken the rules"
                     r"|\bafter\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?(?:[a-z]+ing|[a-z]+ed)\b|\bfor\s+(?:having\s+)?[a-z]+ing\b", re.I)
_YEAR_NAMED = re.compile(r"\b((?:19|20)\d\d)\b")
_YEAR_AFTER = re.compile(r"(?:\s*\([^)]{1,30}\))?\s+(?:in|for|during)\s+((?:19|20)\d\d)\b")  # "£3.24bn ($6.13bn) in 2003"
# a period counted from the story's own time: "last year", "this month"
# "last year", "the third quarter", "the first half": a reporting period a figure is given for
_PERIOD_NAMED = re.compile(r"\b((?:last|this|next)\s+(?:year|month|week|quarter|season)"
                           r"|(?:first|second|third|fourth|final)\s+(?:quarter|half))\b", re.I)
_PERIOD_AFTER = re.compile(r"(?:\s*\([^)]{1,30}\))?\s+(?:(?:in|for|during|over)\s+)?(?:the\s+)?" + _PERIOD_NAMED.pattern, re.I)
# a figure's month: "23% in February", "15.7% in the year to October"
_IN_MONTH = re.compile(r"\s+in\s+(?:the\s+(?:year|month|quarter|[a-z]+\s+months)\s+to\s+)?" + FULL_MONTH.pattern)
_PERIOD_OWNS = re.compile(_PERIOD_NAMED.pattern + r"['’]s\s+(?:[a-z-]+\s+)?$", re.I)  # "the third quarter's 5.1%"
_FIGURE = r"[$£€¥]?\d[\d.,]*(?:%|bn|m|tn)?"  # a figure as a move gives it: "2.8%", "£3.24bn"
_CAME_FROM = re.compile(_FIGURE + r"\s+from\s+$")  # "to 1.8% from [2.0% this year]"
_NEW_FOR_YEAR = re.compile(r"\s+from\s+" + _FIGURE + _YEAR_AFTER.pattern)  # "2.1% from 2.8% in 2005"
_NEW_FOR_PERIOD = re.compile(r"\s+from\s+" + _FIGURE + _PERIOD_AFTER.pattern, re.I)


def _for_period(sentence: str, value: Value, periods: set[str]) -> bool:
    """The figure is given for a period the question names ("13.3% during last year"); in "to
    1.8% from 2.0% this year" the period is the new figure's, not the one it came from."""
    if _CAME_FROM.search(sentence[:value.start]):
        return False
    m = _PERIOD_AFTER.match(sentence, value.end) or _NEW_FOR_PERIOD.match(sentence, value.end) \
        or _PERIOD_OWNS.search(sentence[:value.start])
    return m is not None and _period_key(m.group(1)) in periods


def _period_key(period: str) -> str:
    """A named period in one spelling: "the Final  quarter" and "last quarter" are one."""
    return re.sub(r"^final\b", "last", " ".join(period.lower().split()))


def _for_place_asked(sentence: str, value: Value, question: str) -> bool:
    """The value is given for the place the question asks about: "9.7% in France" for "What is
    the unemployment rate in France?", in a list of countries' rates, or right after it ("from
    North America by some 9%" for "By how much did visits from North America rise?")."""
    places = [m.group(1) for m in re.finditer(r"\b(?:in|for|at|from) (?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)", question)
              if not CALENDAR.match(m.group(1).split()[0])]  # "in February" is a time
    return any(re.match(rf"\s+(?:in|for|at)\s+(?:the\s+)?{re.escape(p)}\b", sentence[value.end:])
               or re.search(rf"\b(?:in|for|at|from)\s+(?:the\s+)?{re.escape(p)}\s+(?:by\s+)?(?:(?:some|about|around|almost|nearly)\s+)?$",
                            sentence[:value.start])
               for p in places)


def _places_asked_event(sentence: str, value: Value, question: str) -> bool:
    """The place stands before a noun the question gives for what happened there: "at a
    Brussels meeting" for "In which city were ministers meeting ...?"; "EU ministers" and
    "Windows viruses" name who or what, not where."""
    after = re.match(r"\s+([a-z]{3,}[a-rt-z])\b(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|of|for|with|to|by|last|this|next|and)\b"
                     r"|\s+[A-Z])",  # "Leaving a Brussels summit Mr Blair said": a name begins the clause
                     sentence[value.end:])  # the noun ends its phrase: not "EU finance ministers"
    return after is not None and stem(after.group(1)) in _head_terms(question) - {stem(asked_noun(question))}


def _head_terms(question: str) -> set[str]:
    """The question's content words, less a word that only qualifies the noun after it:
    "friendship" in "Where was the friendship treaty signed?"."""
    words = re.findall(r"[\w'’-]+", question)
    return {stem(w.lower()) for before, w, after in zip(["", *words], words, [*words[1:], ""])
            if w.lower() not in STOPWORDS and not (before.lower() in _DETERMINERS and after.islower()
                                                   and after not in STOPWORDS and not after.endswith(("ed", "ing")))}


_DETERMINERS = frozenset("the a an this that these those its their his her our".split())


_HELD_ASKED = re.compile(r"\b([a-z]{3,})\s+(?:(?:being|be|been)\s+)?(?:held|staged|hosted|located)\s*\?*\s*$")


def _event_in_place(sentence: str, value: Value, question: str) -> bool:
    """The place follows the noun of what the question asks was held there: "a two-day hearing
    in Houston" for "In which city was the bankruptcy hearing held?"."""
    held = _HELD_ASKED.search(question)
    return held is not None and re.search(rf"\b{re.escape(held.group(1))}s?\s+(?:in|at)\s+(?:the\s+)?$",
                                          sentence[:value.start]) is not None


def _after_last_noun(sentence: str, value: Value, question: str) -> bool:
    """The place follows "in" or "at" after the noun the question ends on, when the question
    names no place in its phrase: "a devoted fan base in their native Monterrey" for "Where do
    they have their devoted fan base?"."""
    last = re.search(r"\b(?:the|their|its|his|her|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z]{3,})\s*\?*\s*$", question)
    return last is not None and last.group(1) not in STOPWORDS and re.search(
        rf"\b{re.escape(last.group(1))}s?\s+(?:in|at)\s+(?:(?:the|their|its|his|her)\s+)?(?:[a-z]+\s+)?$",
        sentence[:value.start]) is not None


def _named_as(sentence: str, value: Value, noun: str) -> bool:
    """The value names the asked noun: "the English city of Leeds", "a firm called Quill",
    "Nfox.com, the internet service provider of ..." (not "the provider of Quill's publisher":
    Quill owns what follows)."""
    if not noun:
        return False
    if re.match(rf",\s+(?:the|an?|another)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b", sentence[value.end:], re.I):
        return True
    if _exemplifies(sentence, value, noun):
        return True
    return re.search(rf"\b{re.escape(noun)}s?,?\s+(?:of|called|named)\s+(?:the\s+)?$", sentence[:value.start], re.I) is not None \
        and not re.search(r"['’]s?$", value.text)


# Names one after another in a list: "Germany, France, and the Netherlands".
_NAMES_LISTED = r"(?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*(?:,\s+(?:and\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?))*"


def _exemplifies(sentence: str, value: Value, noun: str) -> bool:
    """The value stands in a list of examples of the asked noun: "European countries such as
    Germany, France, and Italy" for "Which countries ...?", "organisations and mechanisms such
    as the G20" for "Which organisations ...?", "a city like Leeds" for "Which city ...?". The
    noun is in the asked number: "cities such as London" names no city where something was
    done for "In which city ...?"."""
    return bool(noun) and re.search(rf"\b{re.escape(noun)}(?:\s+(?:and|or)\s+[a-z]+)?,?\s+(?:such as|like|including)\s+"
                                    rf"(?:the\s+)?{_NAMES_LISTED}$", sentence[:value.start], re.I) is not None


def _leading(out: list[Evidence], n: int) -> list[int]:
    """The n best sentences by score, and the n that hold most of the question's words: a long
    sentence may hold them all and still read as about something else."""
    by_words = sorted(range(len(out)), key=lambda i: -out[i].coverage)[:n]
    return sorted(set(range(min(n, len(out)))) | set(by_words))


def _reach_back(hit: Hit, previous: list[int], start: int, end: int, text: str, found: list[Any],
                kind: str, question: str, head: str) -> tuple[int, str, list[Any]]:
    """A sentence without the asked value ("The treaty gives Australia access ...") may lean
    on the one or two before it in the same paragraph; quote from there when they hold it."""
    chunk = hit.chunk
    meant = place_meant(text) if kind == PLACE else ""
    for before in reversed(previous):
        if not _on_one_line(hit, before, end):
            break
        joined = chunk.text[before - chunk.char_start:end - chunk.char_start]
        more = values(joined, kind, question)
        if meant and (named := [v for v in more if _named_as(joined, v, meant)]):
            return before, joined, named  # "in the city" means "the northern city of Harbin" before it
        if more and (not found or _beside(more, joined, head, kind)):
            start, text, found = before, joined, more
            if _beside(more, joined, head, kind):
                break
    return start, text, found


# A sentence after another (or the quote it opens) whose subject is "He" or "She", with its helping verb.
_PRONOUN_SUBJECT = re.compile(r"(?<=[.!?]|[\"”’'])\s+[\"“‘']?(?:He|She)(?:['’]s|\s+(?:is|was|has|had|will|would)(?:\s+been)?)?\s+")


def _antecedent(hit: Hit, previous: list[int], start: int, end: int, question: str) -> tuple[int, str, list[Value]] | None:
    """A sentence that opens "He called the film ..." for "Who called the film ...?" is quoted
    from the sentence before it (across a paragraph break too), whose person it means."""
    if not previous or not WHO_ASKED_DID.match(question):
        return None
    chunk = hit.chunk
    joined = chunk.text[previous[-1] - chunk.char_start:end - chunk.char_start]
    if joined.count("\n") > 2:  # one paragraph break at most
        return None
    meant = _meant(joined, question)
    return (previous[-1], joined, [meant]) if meant and meant.end <= start - previous[-1] else None


_SAYING = frozenset(verb_stem(w) for w in ("said", "added", "told", "claimed", "stated", "insisted", "argued", "warned", "explained"))


def _teller_named(text: str, question: str) -> bool | None:
    """Whether the sentence names one the question names, by surname, before saying whom they
    told (None when it tells no one): "Ms Moss told ..." for Ada Moss."""
    told = re.search(r"\btold\b", text)
    if told is None:
        return None
    return any(re.search(rf"\b{re.escape(name[-1])}\b", text[:told.start()]) for name in name_groups(question))


_PRONOUN_TOLD = re.compile(r"\b(?:he|she|He|She)\s+told\b")  # in an article about them
# "Which paper did Ada Moss's trainer talk to?": "Her coach Tom Hale told the Quill", in an article about her
_ONES_OWN_ASKED = re.compile(r"\b[A-Z][\w-]*['’]s?\s+[a-z]")
_ONES_OWN_TOLD = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){1,2}(?:[A-Z][\w'’-]+\s+){0,3}told\b")

# A sentence that opens with someone's post: "The head of the Quill Society made the comments".
_POST_SUBJECT = re.compile(r"(?<=[.!?])\s+The\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+of\s+(?:the\s+)?[A-Z]")


def _meant(text: str, question: str) -> Value | None:
    """Whom "He" or "She" means in the text, when that pronoun does what the question asks
    "Who" did: the first person the text names before it (not "Mumbai's", not a web address);
    or whom a sentence opening with the asked post means, the last person named before it ("...,
    Ada Moss has said. The head of the Quill Society made the comments ..." for "Who heads the
    Quill Society?"): news names someone, then calls them by their post."""
    role = asked_role(question)
    for m in _POST_SUBJECT.finditer(text):
        if role and is_role(verb_stem(m.group(1).lower()), role):
            people = [v for v in values(text[:m.start()], NAME) if " " in v.text and not re.search(r"['’]s?$|\.", v.text)]
            return people[-1] if people else None  # the one named last: "..., Ada Moss has said."
    asked = WHO_ASKED_DID.match(question)
    verb = verb_stem(asked.group(1).lower()) if asked else ""
    if not asked or asked.group(1).lower() in STOPWORDS and verb not in _SAYING:  # "said" is a stopword but a deed
        return None
    for m in _PRONOUN_SUBJECT.finditer(text):
        if (did := re.match(r"[a-z]+", text[m.end():])) and (verb_stem(did.group()) == verb
                                                            or verb in _SAYING and verb_stem(did.group()) in _SAYING):
            people = [v for v in values(text[:m.start()], NAME) if not re.search(r"['’]s?$|\.", v.text)]
            return people[0] if people else None
    return None


def _beside(found: list[Any], text: str, head: str, kind: str = "") -> bool:
    """Some value stands next to the thing the question names ("the Nato alliance"); a place
    is one something happens in or at ("a stop in Trafalgar Square", not "a monument to the
    Unknown Soldier")."""
    if not found:
        return False
    if kind == PLACE and not head:
        return any(_IN_OR_AT.search(text[:v.start]) for v in found)
    if not head:
        return True
    one = singular(head) if head.startswith(singular(head) or "-") else head  # "a 25-year lease" stands by "years"
    return any(re.search(rf"\b{re.escape(one)}", text[max(0, v.start - 25):v.end + 25], re.I) or _named_as(text, v, one)
               for v in found)


def _counts(value: Any, sentence: str, noun: str) -> bool:
    """The value counts the thing asked about: "250 screens" for "How many screens"; a word or
    two joined by "and" may say which ones ("250 new screens", "77 short and medium-distance
    flights", "a 42-count indictment")."""
    # "4,500 Mini-workers" counts workers, not Minis: the stem may not open a compound
    if noun.lower() == "times" and re.fullmatch(r"(?i:once|twice|thrice)", value.text):
        return True  # "smashed the record twice"
    stem_ = re.escape(noun[:-1] if noun.endswith("s") else noun) + r"(?![\w'’]*-\w)"
    after = f"(?:{stem_}|{re.escape(singular(noun))}\\b)" if noun.endswith("ies") else stem_  # "a three-party struggle"
    return bool(re.search(rf"\b{stem_}", value.text, re.I)
                # a make and its model may stand between: "70 Boeing 737-800 planes"
                or bool((m := re.match(rf"(?:\s+or\s+(?:so|more))?[\s-]+(?:(?-i:[A-Z])\w*(?:\s+[\w-]*\d[\w-]*)?\s+)?"
                                       rf"(?:([a-z-]+)(?:\s+(?:and|or)\s+[a-z-]+)?\s+)?{after}",
                                       sentence[value.end:], re.I))  # "100,000 or so net cafes"
                        and ((m.group(1) or "").lower() not in STOPWORDS or m.group(1).lower() in _MORE_OF))
                # a part of a counted whole counts it too: "about 10 of its 27 plants"
                or re.match(rf"\s+of\s+(?:its|the|their|his|her|our)\s+[\d,.]+\s+(?:[a-z-]+\s+)?{after}", sentence[value.end:], re.I) is not None)


_MORE_OF = frozenset(("other", "more", "further"))  # "four other accolades" counts accolades too


def _count_rank(value: Any, sentence: str, phrase: str, question: str) -> int:
    """How many words of the counted phrase the value counts: "six Independent Spirit Awards"
    more of "independent spirit nominations" than "five nominations" does. A phrase of more than
    one word given whole in the value's clause before it is counted too: "discarded phones has
    now reached 90 million handsets". A value owned by a name the question lacks counts none of
    it: "Unison's 800,000 workers" for "How many TGWU workers ...?"."""
    words = phrase.split()
    before = sentence[:value.start]
    if (owner := re.search(r"\b([A-Z][\w.&-]*)['’]s?\s+$", before)) and owner.group(1) not in question:
        return 0
    if _sizes_asked_group(value, sentence, question):
        return len(words)
    clause = before[m.end():] if (m := _CLAUSE_START.match(before)) else before
    whole = r"\s+".join(re.escape(w[:-1] if w.endswith("s") else w) + r"\w*" for w in words)
    if len(words) > 1 and re.search(rf"\b{whole}\b", clause, re.I):
        return len(words)
    return sum(_counts(value, sentence, w) for w in words)


_OPENING_ASKED = re.compile(r"\b(?:first|opening|debut|launch)\b", re.I)
_FOR_OPENING = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:in|on|over|during)\s+(?:its|their|the|his|her)\s+(?:first|opening)\b", re.I)
_EXIST_ASKED = re.compile(r"^\s*how many\b.*\b(?:are|were|is|was)\s+there\b", re.I)
_ACTED_ON = re.compile(r"(?<!\ban )(?<!\ba )(?<!\bthe )\b[a-z]{3,}ed\s+$")  # "closed 12,575", not "an estimated 48 million"
# An amount for each one: "per capita", "a head", "for each person" ("each person" in a question)
_PER_PERSON = re.compile(rf"\s*(?:[a-z]+\s+){{0,2}}?\b(?:per|a|each|every|for\s+each|for\s+every)\s+{PER_HEAD}\b", re.I)
_SCOPE = re.compile(r"\b(?:around|across|throughout|all over) the (?:world|globe|country)\b|\bworldwide\b|\bglobally\b", re.I)
_PLACE_ASKED = re.compile(r"\b(?:from|in)\s+((?:[A-Z][\w'’-]+\s)*[A-Z][\w'’-]+)")  # "applications from Wales"


def _in_a_pair(sentence: str, place: str) -> bool:
    """The sentence gives the place only joined to another: "from England and Wales"."""
    p = re.escape(place)
    return (re.search(rf"\b[A-Z][\w'’-]+\s+and\s+{p}\b|\b{p}\s+and\s+[A-Z]", sentence) is not None
            and re.search(rf"(?<!and )\b{p}\b(?!\s+and\s+[A-Z])", sentence) is None)


# "What was Arthur Hailey's first novel?": a named owner's thing, in lower case
_OWNED_ASKED = re.compile(r"^\s*(?i:what\s+(?:is|was|are|were))\s+(?:(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s?)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*\?")


def _owned_named(sentence: str, question: str) -> str:
    """What the sentence gives right after the owner's thing the question asks for: a name set
    off after it ("Hailey's first novel, Runaway Zero-Eight" for "What was Arthur Hailey's first
    novel?"), or what it is said to be ("his previous job was school standards minister")."""
    m = _OWNED_ASKED.match(question)
    if not m:
        return ""
    owner = re.escape(re.sub(r"['’]s?$", "", question[:m.start(1)].split()[-1]))
    thing = rf"\b(?:{owner}['’]s?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+{re.escape(m.group(1))}"
    named = re.search(rf"{thing},?\s+((?:[A-Z0-9][\w'’-]*\s+)*[A-Z0-9][\w'’-]*)", sentence)
    said = re.search(rf"{thing}\s+(?:was|is|were|are)\s+((?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)(?=\s*(?:[,.;:]|\s-\s|$))", sentence)
    return named.group(1) if named else said.group(1) if said else ""


def _sizes_asked_group(value: Any, sentence: str, question: str) -> bool:
    """The value gives the size of the group the question counts the members of: "the 18-strong
    list" for "How many writers are on the list?", "a 32-strong squad" for "... in the squad?"."""
    m = re.match(r"-strong\s+(?:[\w-]+\s+){0,2}?([a-z]{3,})\b", sentence[value.end:])
    return m is not None and re.search(rf"\b(?:in|on|of)\s+(?:[\w'’-]+\s+){{0,4}}{re.escape(m.group(1))}s?\b", question, re.I) is not None


def _most_counting(items: list[Any], ranks: list[int]) -> list[Any]:
    """The items whose value counts most of what is asked; none when no value counts any of it."""
    top = max(ranks, default=0)
    return [item for item, r in zip(items, ranks) if r == top] if top > 0 else []


def _role_of_another(ev: Evidence, role: str, question: str) -> bool:
    """The sentence gives the asked role only as another owner's ("Acme lawyer Ada Moss" for
    "Who is Quill's lawyer?"), and its value holds no role there."""
    value = _value_in(ev)
    asked = {w.lower() for w in question_names(question)}
    owners = [m.group(1) for m in re.finditer(rf"\b([A-Z][\w&.-]*)(?:['’]s?)? {re.escape(role)}\w*\b", ev.text)
              if not SENTENCE_START.search(ev.text[:m.start()])]  # "Shadow leader of ..." opens a sentence: a title
    return value is not None and not in_role(ev.text, value, role, question) and bool(owners) \
        and not any(shares_stem(o.lower(), a) for o in owners for a in asked)  # "Russian ambassador" is Russia's


def _role_owned_as_asked(sentence: str, value: Value, role: str, question: str) -> bool:
    """The title set right before or after the name gives the asked role as the owner's the
    question asks ("Anatoly Antonov, the Russian ambassador" for "Who was Russia's ambassador
    ...?", not "John Sullivan, the American ambassador to Russia")."""
    owners = _owners(question)
    return any(shares_stem(owner.lower(), o.lower()) for owner in _role_owners_beside(sentence, value, role) for o in owners)


def _role_owners_beside(sentence: str, value: Value, role: str) -> list[str]:
    """The owner words of the asked role in the title set right after or before the name:
    "American" in "John Sullivan, the American ambassador" and in "American ambassador John Sullivan"."""
    after = re.match(r",\s+(?:the\s+)?([A-Z][\w.-]*(?:['’]s?)?)\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\b", sentence[value.end:])
    before = re.search(r"\b([A-Z][\w.-]*(?:['’]s?)?)\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+$", sentence[:value.start])
    return [m.group(1) for m in (after, before) if m is not None and is_role(stem(m.group(2).split()[-1].lower()), role)]


def _role_owner_asked(question: str, role: str) -> str:
    """The word the question sets before the asked role as its owner: "Chinese" in "Who is the
    Chinese ambassador to Russia?". Not a person's ("Ed Lee's brother": the sentence may say
    "his brother") nor an initialism ("US": "the American ambassador" may be the same one)."""
    m = re.search(rf"(?<=\s)([A-Z][a-z]+)\s+{re.escape(role)}\b", question)
    return m.group(1) if m else ""


def _description_named(question: str, texts: list[str]) -> tuple[str, str]:
    """The name the articles give the question's description of someone or something, and the
    question with it: "Chancellor Gordon Brown" for "the chancellor"; ("", question) when none is given."""
    for m in re.finditer(r"\bthe\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", question):  # "the IAAF meeting" names itself
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # the longest description the articles put before a name
            if words[k - 1] in STOPWORDS or re.search(r"(?:s|ed|ing)$", words[k - 1]):  # a noun ends it, one: not "the sprinters", "the acquired"
                continue
            desc = " ".join(words[:k])
            for text in texts:
                said = re.search(rf"\b(?i:{re.escape(desc)}) ((?:[A-Z][\w'’-]+ ){{0,2}}[A-Z][\w'’-]+)", text)
                if said and said.group(1).split()[0].lower() not in STOPWORDS:
                    return said.group(1), question[:m.start()] + said.group() + question[m.start(1) + len(desc):]
    return "", question


def _value_in(ev: Evidence) -> Value | None:
    """Where the evidence's value stands in its sentence."""
    at = ev.text.find(ev.value) if ev.value else -1
    return Value(ev.value, at, at + len(ev.value)) if at >= 0 else None


def _beside_places(best: Evidence, question: str) -> list[str]:
    """The names the question ends on after "in" or "for" ("... in Japan?") that the best sentence lacks."""
    names = [g[-1] for g in name_groups(question)
             if re.search(rf"\b(?:in|for)\s+(?:the\s+)?{re.escape(' '.join(g))}\s*\?*\s*$", question)]
    return [n for n in names if not re.search(rf"\b{re.escape(n)}\b", best.text)]


_ADJECTIVE_NOUN = re.compile(r"(?<=\s)([A-Z][a-z]+)\s+([a-z]{3,})\b")  # "an English constituency", not a sentence's first word
# the place a question ends on, or one before its time: "... lost in Britain in January?"
_IN_NAME = r"in\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"  # "in the New York marathon": "New York"
_IN_PLACE = re.compile(rf"\b{_IN_NAME}(?=\s*\?*\s*$|\s+(?:in|on|during|last|this)\s)")
_SET_IN = re.compile(rf"\b{_IN_NAME}")
_PLACE_AFTER = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s+{_IN_NAME}")


def _place_after(text: str, value: Value, places: list[str]) -> bool:
    """A list of values, each with its own place: "15.6% in Italy, 3.1% in Japan"."""
    return any(re.match(rf"\s+(?:in|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*{re.escape(p)}\b", text[value.end:])
               for p in places)


def _whole_list(text: str, value: str, kind: str, question: str) -> str:
    """The list the value stands in: "the Netherlands, Portugal and the Czech Republic"."""
    found = values(text, kind, question)
    at = next((i for i, v in enumerate(found) if v.text == value), None)
    if at is None:
        return value
    first = last = at
    while first > 0 and _LIST_GAP.fullmatch(text[found[first - 1].end:found[first].start]):
        first -= 1
    while last + 1 < len(found) and _LIST_GAP.fullmatch(text[found[last].end:found[last + 1].start]):
        last += 1
    return text[found[first].start:found[last].end]


# "A, B and the C"; "Yang Jiechi and his Russian counterpart, Sergei Lavrov"
_LIST_GAP = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?"
                       r"|\s+and\s+(?:his|her|their)\s+(?:[A-Za-z-]+\s+){0,2}[a-z]+,\s+")


def _owners(question: str) -> list[str]:
    """Whose thing the question asks, by its possessive names: "GM" in "GM's US sales"."""
    return re.findall(r"\b([A-Z][\w.&-]*)['’]s?(?=\s)", question)


# A name set before what it owns: "Italy's jobless rate", "US retail sales".
_OWNER_THEN_THING = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)(['’]s?)?\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")
_ALL_CAPS = re.compile(r"^[A-Z]{2,}$")


def _owned_things(text: str, asked: bool = False, start: bool = True) -> list[tuple[str, set[str]]]:
    """Each name in `text` with the stems of the words it owns: in a question, a possessive name
    and all the words after it; in a sentence, any name and the first word. A capital that
    opens the sentence (when `start`) names only when it is possessive or all capitals ("US
    sales", not "Retail sales")."""
    found = []
    opening = len(text) - len(text.lstrip(" \"“‘'")) + 1 if start else 0
    for m in _OWNER_THEN_THING.finditer(text):
        owner, possessive, thing = m.groups()
        if asked and not possessive:
            continue  # "How much did Metlife pay": a name before a verb owns nothing
        if m.start() < opening and not possessive and not _ALL_CAPS.match(owner.split()[0]):
            if " " not in owner:
                continue
            owner = owner.split(None, 1)[1]
        if CALENDAR.match(owner.split()[-1]):
            continue
        # The question's words all say what is owned; in a sentence the first word must ("the UK's
        # jobless rate", not "Mr Lee said sales").
        stems = set(content_terms(thing if asked else thing.split()[0]))
        if stems:
            found.append((owner, stems))
    return found


# Where a clause or a list item begins, as read back from a value.
_CLAUSE_START = re.compile(r".*(?:[,;:(]|\s-|\b(?:while|whereas|and|but|that|as|with|after|when)\b)", re.S)


def _owned_move(text: str, value: Value, owners: list[str], question: str) -> bool:
    """The value's own clause, a few words before it, names whose it is and a word the question
    uses for what moved: "Ford sales dropped 3%", "US sales at GM sank 12.7%"."""
    before = text[:value.start]
    m = _CLAUSE_START.match(before)
    clause = before[m.end():] if m else before
    words = re.findall(r"[\w'’-]+", clause)
    asked = set(content_terms(question))
    return 0 < len(words) <= 8 and any(_unowned_word(w) in owners for w in words) \
        and any(w.islower() and stem(w) in asked for w in words)


def _moved(ev: Evidence) -> str:
    value = _value_in(ev)
    return move_of(ev.text, value) if value else ""


def _counted(ev: Evidence, noun: str) -> bool:
    value = _value_in(ev)
    return value is not None and _counts(value, ev.text, noun)


def _counted_rank(ev: Evidence, phrase: str, question: str) -> int:
    value = _value_in(ev)
    return _count_rank(value, ev.text, phrase, question) if value is not None else 0


def _maker_of_asked(sentence: str, value: Value, question: str) -> bool:
    """"Who made X?": the name whose possessive stands before X names its maker ("Shane
    Meadows' critically acclaimed Dead Man's Shoes"), as does the name after "X by" ("The
    Pillowman by Martin McDonagh")."""
    if not WHO_ASKED_DID.match(question):
        return False
    names = [_POSSESSIVE_GAP.join(map(re.escape, g)) for g in name_groups(question)]  # "Dead Man's Shoes"
    if any(re.search(rf"\b{n}\s+by\s+$", sentence[:value.start]) for n in names):
        return True
    possessive = re.match(r"['’]s?(?=\s)", sentence[value.end:])  # when the value's text leaves it out
    if not (possessive or re.search(r"['’]s?$", value.text)):
        return False
    after = sentence[value.end + (possessive.end() if possessive else 0):]
    return any(re.match(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}{n}\b", after) for n in names)


_POSSESSIVE_GAP = r"['’]?s?\s+"


def _of_asked_org(sentence: str, value: Value, question: str) -> bool:
    """The name is owned by the organisation the question says the person is with: "Sky
    Networks' Sophie Turner Laing" for "Which Sky Networks executive ...?" (not "Rover told BBC
    News" for "Which Rover model ...?")."""
    return re.search(r"['’]s?\s+$", sentence[:value.start]) is not None and with_asked_org(sentence, value, question)


def _titled_as(ev: Evidence, words: list[str]) -> bool:
    """The words before the value give every one of the question's words for the role."""
    value = _value_in(ev)
    before = ev.text[max(0, value.start - 40):value.start].lower() if value else ""
    return all(re.search(rf"\b{re.escape(w)}\b", before) for w in words)


def _titled_by_name(ev: Evidence, role: str, question: str) -> bool:
    """The value holds the asked role under a title that carries a name of the question:
    "Citigroup Global Markets analyst Kyle Cooper" for "Which Citigroup analyst ...?"."""
    value = _value_in(ev)
    title = re.search(rf"((?:[A-Z][\w&'’-]*\s+)+)(?:[a-z]+\s+){{0,2}}{re.escape(role)}\w*\s+$", ev.text[:value.start]) if value else None
    return title is not None and any(w in title.group(1).split() for g in name_groups(question) for w in g)


_OWNER_AFTER_ROLE = re.compile(r"\s*(?:of|at|for|from|in|on|with)\s+(?:[a-z]+\s+){0,3}(?:The\s+)?")  # "star in the film of"


def _names_beyond_role(question: str, role: str) -> bool:
    """A name in the question, beyond the role itself, says whose the role is: set before it
    ("Which Acme analyst", "Acme's chief executive") or joined after it by prepositions ("chief
    executive of Acme", "star in the film of X"); not the object of the deed asked ("Which
    director vowed not to lobby for an Oscar?")."""
    held = [w for w in re.finditer(r"[\w'’.&-]+", question) if is_role(stem(w.group().lower()), role)]
    start, end = (held[0].start(), held[-1].end()) if held else (len(question), len(question))
    return any(not (len(name) == 1 and is_role(stem(name[0].lower()), role))
               and ((at := question.find(name[0])) < start or _OWNER_AFTER_ROLE.fullmatch(question[end:at]) is not None)
               for name in name_groups(question))


def _in_role_of(ev: Evidence, role: str, question: str) -> bool:
    value = _value_in(ev)
    return value is not None and in_role(ev.text, value, role, question)


_CHARACTER_ASKED = re.compile(r"^\s*(?:in |for )?(?:which|what) (?:character|role|part)s?\b", re.I)
_CAST_AS = re.compile(r"\b(?:role|part|character)\s+(?:of|as)\s+$|\bplay(?:s|ed|ing)?\s+(?:the\s+)?$", re.I)
# "How did X describe Y?", "What did X call Y?": the words X gave it
_DESCRIBE_ASKED = re.compile(r"^\s*(?:how did|how does|how do|how has|how have|what did|what does|what do) .*\b(?:describe|call|brand"
                             r"|label|dub|term|characterise|characterize)\b", re.I)
_DESCRIBED = re.compile(r"\b(?:describ|call|brand|label|dubb?|term|characteri[sz])(?:e|es|ed|ing|s)?\b[^.;]{0,60}?"
                        r"(?:\bas\s+)?[\"“‘']", re.I)
_FORECAST_AFTER = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:is|are|was|were|looks?|looked|remains?|has become|have become)\s+"
                             r"(?:[a-z]+\s+){0,3}?(?:favourites?|favorites?|tipped|likely|expected|set|poised)\b|^\s+will win\b")
_FORECAST_BEFORE = re.compile(r"\b(?:predicts?|predicted|expects?|expected|tips?|tipped|backs?|backed)\s+(?:the\s+)?$")


def _forecast_for(sentence: str, value: Value) -> bool:
    """The value is the one forecast to win: "X is (the) favourite", "tipped", "predict X"."""
    return bool(_FORECAST_AFTER.match(sentence[value.end:]) or _FORECAST_BEFORE.search(sentence[:value.start]))


# A contest not yet decided: only a forecast reported in the articles answers it.
_OUTCOME_ASKED = re.compile(r"^\s*(?:who|which (?:[a-z-]+ ){0,2}?[a-z-]+) (?:will|is going to|are going to|is likely to)"
                            r" (?:win|lose|be elected|take|claim|lift|top)\b", re.I)
_FORECAST = re.compile(r"\b(?:favourites?|favorites?|tipped|expected|expects?|predicted|predicts?|forecasts?|likely"
                       r"|odds|bookmakers|polls?|poised|set to|on course|front-?runners?)\b", re.I)
# "Who won ...?", "Which film was named best film?": only a sentence that tells a win answers it
# ("The Sea Inside is up for Berlin's top prize" names no winner); "took over" or "took part" asks no win.
_WIN_ASKED = re.compile(r"^\s*(?:who |which (?:[a-z-]+ ){1,3}?)(?:won|took(?! (?:over|part|place|up|on|off|out|charge|control|office)\b)|scooped|claimed|(?:was|were) (?:named|crowned|voted))\b", re.I)
_WIN_TOLD = re.compile(r"\b(?:w[io]n|wins|winning|winners?|named|took|taken|went (?:[a-z]+ )?to|awarded|claim(?:s|ed|ing)?|triumph\w*"
                       r"|crowned|beat|beating|scoop\w*|clinch\w*|collect\w*|picked up|victor(?:y|ious)|voted"
                       r"|[a-z]+-times?\s+(?:[\w'’-]+\s+){0,5}?champions?)\b", re.I)  # "three-time world 4km champion": won thrice
_WON_ASKED = re.compile(r"\b(?:win|won|winning)\b", re.I)
_IS_TITLED = re.compile(r"\s+(?:was|were|is|are)\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)")


def _is_the_title_asked(ev: Evidence, question: str) -> bool:
    """The value is given the title the question asks who won, by a plain "was": "Ada Moss was
    favourite female movie star" for "Who was voted the favourite female film actor?"."""
    value, asked = _value_in(ev), _WIN_ASKED.match(question)
    told = _IS_TITLED.match(ev.text, value.end) if value else None
    return bool(asked and told and set(content_terms(told.group(1))) & set(content_terms(question[asked.end():])))


def _won_in(text: str, value: Value, question: str) -> bool:
    """The time is the one the question's runner won in: "Deacon claimed her first AAAs title,
    edging Fraser into second in 23.67" for "What time did Susan Deacon run to win ...?"; "a
    five-second victory" measures a margin, no time."""
    return _WON_ASKED.search(question) is not None and _WIN_TOLD.search(text) is not None \
        and _names_one(text[:value.start], question) and "-" not in value.text


_WINS_COUNT_ASKED = re.compile(r"^\s*how many\b[^?]*\b(?:win|won)\b", re.I)
# "How many members does the union have?", "How many miners does UK Coal employ?"
_HELD_COUNT_ASKED = re.compile(r"^\s*how many (?:[\w-]+ )*?([a-z]+s) (?:does|do|did) .+ (?:have|employ)\s*\?*\s*$", re.I)
# "How many people work at X?", "How many staff does X employ?": a headcount, which a sentence
# tells by its workforce ("employs", "staff", "jobs"), or by the asked workers themselves ("5,000 miners")
_HEADCOUNT_ASKED = re.compile(r"^\s*how many (?:[\w-]+ )*?([a-z]+) (?:(?:does|do|did|will) .+ employ\s*\?|work(?:ed)? (?:at|for)\b)", re.I)
_WORKFORCE_TOLD = re.compile(r"\b(?:employ\w*|staff\w*|workers?|workforce|work(?:s|ing)? (?:at|for)|personnel|payroll|jobs?|head ?count)\b", re.I)
# a plural noun after a number and at most three words that describe it: "15 deep and surface mines";
# no word ending in -ss, -us or -is ("four previous nominations", "40 crisis centres"); a plural
# written with a capital counts too: "six Baftas", "six Bafta Awards"
_COUNTED_NOUN = re.compile(rf"^[\s-]+((?:[\w'’-]+\s+){{0,3}}?)((?:[a-z]{{2,}}|[A-Z][a-z]+)[^\Wsui]s|{'|'.join(_PEOPLE)})\b")


_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)(?=\s)", re.I)


# with no auxiliary to end the phrase, the first plural in the first words: "How many online voters
# chose ...?" counts voters, "How many of Im's films are ...?" films, "How many Labour MPs warned ...?" MPs
_FIRST_PLURAL = re.compile(rf"^\s*how many\s+(?:(?:out\s+)?of\s+(?:\d+\s+|the\s+|its\s+|their\s+|[\w-]+['’]s?\s+)?)?"
                           rf"(?:[\w'’-]+\s+){{0,3}}?([\w-]*[a-z\d][^\Wsui]s|{'|'.join(_PEOPLE)})\b", re.I)


def _counted_asked(question: str) -> str:
    """The noun a "How many ...?" counts, in lower case: "votes" in "How many votes did it get?",
    "computers" in "How many old computers has it recycled?"."""
    last = counted_phrase(question).split()[-1:]
    plural = _FIRST_PLURAL.match(question)
    return (asked_noun(question) or "".join(last) or (plural.group(1) if plural else head_noun(question))).lower()


def _counts_another_asked_noun(sentence: str, value: Value, question: str) -> bool:
    """The count is of a noun the question names but does not count: "11 best-selling books"
    for "How many copies did her books sell?"."""
    noun, asked = _counted_plural(sentence, value), _counted_asked(question)
    if not (noun and asked) or stem(noun) in (stem(asked), *content_terms(counted_phrase(question))) \
            or stem(noun) not in content_terms(question) or _counts_the_times_asked(noun, asked, question):
        return False  # "674 million mobiles" counts the asked "mobile phones"
    after = re.match(r"(?:\s+[\w'’-]+){1,5}", sentence[value.end:])  # "three drugs tests", "18 new embassies or consulates"
    return not (after and stem(asked) in content_terms(after.group()))


def _counts_the_times_asked(noun: str, asked: str, question: str) -> bool:
    """A count of what the question's verb did tells how many times it was done: "four previous
    nominations" for "How many times had he been nominated?", "two arrests" for "... arrested?"."""
    return asked == "times" and any(stem(w) == stem(noun) for w in re.findall(r"\b[a-z]+(?:ed|ing)\b", question.lower()))


# words that count whatever thing is made or sold
_ANY_THING = frozenset(("units",))


def _counted_plural(sentence: str, value: Value) -> str:
    """The plural noun a count is of, in the value or past words that describe it ("12 different
    categories", "six other unions", "6,000 children", "500 of its patents"); none past a verb or
    a preposition ("10 are attending classes")."""
    said = re.search(rf"\s([a-z]{{3,}}s|{'|'.join(_PEOPLE)})$", value.text)
    of = _PARTITIVE.match(sentence, value.end)  # "500 of its patents"
    m = _COUNTED_NOUN.match(sentence[of.end() if of else value.end:]) if not said else None
    if m and any(w.lower() in STOPWORDS and w not in ("and", "or", "other", "more") for w in m.group(1).split()):
        m = None
    if m and m.group(2)[0].isupper() and m.group(1).istitle():  # "17,815 Buick Raniers": the make says what they are
        return f"{m.group(1)}{m.group(2)}"
    return said.group(1) if said else m.group(2) if m else ""


def _uncountable(sentence: str, value: Value) -> bool:
    """A value no count can be: a decimal with no scale ("6661.89"), or one in metres."""
    return _FRACTIONAL.fullmatch(value.text) is not None \
        or _METRES.fullmatch(value.text) is not None and not _COUNTED_AFTER.match(sentence, value.end)


def _span_of_asked(sentence: str, value: Value, question: str) -> bool:
    """A length of time set before what the question asks lasted: "a five-month injury lay-off"
    for "How long was he out injured?"."""
    asked = [w for w in content_terms(without_names(question)) if len(w) > 3]
    told = re.match(r"[\s-]*((?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)", sentence[value.end:])
    return told is not None and any(shares_stem(t, a) for t in content_terms(told.group(1)) for a in asked)


# "Which city was once called X?", "What company was formerly known as X?": the thing that bore the name
_BEARER_ASKED = re.compile(r"^\s*(?:[Ww]hich|[Ww]hat)\s+[a-z]+\s+(?:was|is|were|used to be)\s+(?:originally\s+|once\s+|formerly\s+"
                           r"|first\s+|previously\s+)?(?:called|named|known\s+as)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*\??\s*$")
_CAPITALISED_RUN = r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)"


def _bearer_of(sentence: str, name: str) -> str:
    """What the sentence says bore the name: its subject for "its original name was X" ("Ostby
    was a fishing village, and its original name was Vale"), the name before "formerly X" or
    "(once called X)"."""
    at = sentence.find(name)
    before = sentence[:at] if at >= 0 else ""
    if re.search(r"\b(?:its|whose)\s+(?:[a-z]+\s+)?name\s+(?:was|is)\s+$", before):
        subject = re.match(rf"\W*(?:The\s+)?{_CAPITALISED_RUN}\s+(?![A-Z])", before)
        return subject.group(1) if subject else ""
    renamed = re.search(rf"{_CAPITALISED_RUN}\s*[,(]\s*(?:formerly|once|originally|previously)\s+(?:(?:called|named|known\s+as)\s+)?$", before)
    return renamed.group(1) if renamed else ""


def _spans_another(sentence: str, value: Value, question: str) -> bool:
    """A span made "-long" is the length of the noun it describes ("a decade-long invasion"),
    and the question names no such thing. Only "-long": "a seven-month conflict" answered "How
    long did the fighting go on?" and "a three-year deal" the length of a contract."""
    joined = re.match(r"-long\s+([a-z][\w-]*)", sentence[value.end:])
    asked = set(content_terms(without_names(question))) - {stem("long"), stem("how")}
    return joined is not None and not any(t == a or shares_stem(t, a) for t in content_terms(joined.group(1)) for a in asked)


def _counted_by(ev: Evidence) -> str:
    """The plural noun the sentence's value counts ("" when none)."""
    value = _value_in(ev)
    return _counted_plural(ev.text, value) if value is not None else ""


def _counts_another(ev: Evidence, noun: str) -> bool:
    """The value counts a plural noun other than the one asked: "two imprisoned bloggers" for
    "How many members does the committee have?"."""
    counted = _counted_by(ev)
    return bool(counted) and stem(counted) != stem(noun)


def _counts_asked_workers(ev: Evidence, noun: str) -> bool:
    """The value counts the workers the question names by their trade: "UK Coal's 5,000 miners"
    (where "5,000 people" might be any)."""
    counted = _counted_by(ev)
    return noun.lower() not in _PEOPLE and bool(counted) and stem(counted) == stem(noun)


def _compound_of_another(ev: Evidence, noun: str, question: str) -> bool:
    """The value is a number joined to the noun it counts, another than the one asked, and
    describes a thing the question does not name: "a five-way match" for "How many tickets were
    sold for the meeting?" (for "How many teams are in the match?" it tells the sides), "4,500
    Mini-workers" for "How many Minis were made?"."""
    value = _value_in(ev)
    joined = re.fullmatch(r"(?:[\w.,]+\s+)?[\w.,]+-([a-z]{2,})", value.text) if value is not None else None
    described = re.match(r"\s+([a-z]+)", ev.text[value.end:]) if value is not None else None
    return joined is not None and stem(joined.group(1)) not in (stem(noun), stem(singular(noun))) \
        and not (described and stem(described.group(1)) in content_terms(question))


_AUTHOR_ASKED = re.compile(r"^\s*who\s+(?:wrote|writes|has written|had written|penned|authored)\b", re.I)
_AUTHOR_TOLD = re.compile(r"\b(?:by|authors?|writers?|wrote|writes|written|writing|penned|authored|novelist|playwright|poet)\b", re.I)
_MAKER_ASKED = re.compile(r"^\s*who\s+(?:has\s+|had\s+)?(wrote|written|penned|authored|directed|made|created|composed|painted)\b", re.I)
_PERSON_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")
_OWNER_BEFORE = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w-]*?)(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+){0,2}(?:(?i:the)\s+)?$")


def _work_owner(sentence: str, question: str) -> str:
    """The name that owns the asked work, its maker: "Tennessee Williams' The Glass Menagerie"
    for "Who wrote The Glass Menagerie?", "Luis Bunuel's The Adventures of Robinson Crusoe" for
    "Who directed ...?". The maker is named as a person is ("BBC Films' Dirty War" is its
    producer's), without the maker's role before it ("Director Oliver Stone's ...")."""
    asked = _MAKER_ASKED.match(question)
    work = re.sub(r"^(?:the|a|an)\s+", "", question[asked.end():].strip(" ?"), flags=re.I) if asked else ""
    if asked is None or not work[:1].isupper():  # a named work only
        return ""
    said = [m.start() for m in re.finditer(re.escape(work.lower()), sentence.lower())]
    owner = next((o for at in said if (o := _OWNER_BEFORE.search(sentence[:at]))), None)
    if owner is None:
        return ""
    role = verb_stem(asked.group(1).lower())
    words = owner.group(1).split()
    while len(words) > 1 and is_role(stem(words[0].lower()), role):
        words = words[1:]
    return " ".join(words) if all(_PERSON_WORD.fullmatch(w) for w in words) else ""


# A date asked ahead, and what tells one: "will", "is due", "is set to", "to be released", "until", "from".
_AHEAD_ASKED = re.compile(r"^\s*(?:when|by when|(?:on|in|by) (?:what|which) (?:date|day|month|year)) will\b"
                          r"|^\s*when (?:is|are)\b.*\b(?:due|set|expected|scheduled|planned) to\b", re.I)  # "When is the case due to be heard?"
_AHEAD = re.compile(r"\b(?:will|would|shall|due|expected|set|scheduled|plans?|planned|until|from|next|could|may|might"
                    r"|likely|being|aims?|intends?|hopes?|(?-i:to (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+)"
                    # "is launching its drink in April", not "is seeking damages after she was hit in 2002"
                    r"|(?:is|are)\s+(?:now\s+)?[a-z]{3,}ing\b(?![^.;]*\b(?:was|were|had|did|said)\b))\b|['’]ll\b", re.I)
# A date set by a plan, named by its noun right before it: "its release date - 16 July -"
_SCHEDULE_NAMED = re.compile(r"\b(?:release|publication|launch|opening|start|deadline|polling) date\s*(?:[-–:(]|,)\s*$", re.I)
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|[;:()]|\s[-–]\s")  # not the comma of "1,100"


# "which was closed in 1969": a date the sentence tells as gone by, whatever it plans
_DONE_AT = re.compile(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\s+(?:in|on|during)\s+$", re.I)


def _told_ahead(ev: Evidence) -> bool:
    """The clause that gives the value, or the sentence when no value is read, tells of
    something to come, not gone by."""
    value = _value_in(ev)
    if value is None:
        return _AHEAD.search(ev.text) is not None
    if _SCHEDULE_NAMED.search(ev.text[:value.start]):  # "its release date - 16 July - was announced"
        return True
    if _DONE_AT.search(ev.text[:value.start]):  # "a rail link which was closed in 1969 to be reopened"
        return False
    before = [m.end() for m in _CLAUSE_MARK.finditer(ev.text, 0, value.start)]
    after = _CLAUSE_MARK.search(ev.text, value.end)
    return _AHEAD.search(ev.text[before[-1] if before else 0:after.start() if after else len(ev.text)]) is not None


# "How much is Mittal paying for ISG?", "How much did they spend?": only a sentence that tells a payment answers
_PAY_ASKED = re.compile(r"^\s*how much (?:money )?(?:(?:is|was|are|were|did|does|do|will|would|has|have|had)\b.*\b(?:pay|paying|spend|spending)"
                        r"|(?:has|have|had)\b.*\b(?:paid|spent))\b", re.I)  # "How much are they paid?" asks a wage
_PAY_TOLD = re.compile(r"\b(?:pa(?:y|ys|id|ying|yment|yments|yout)|spen[dt]\w*|buy\w*|bought|acqui\w+|takeover|purchas\w*|deal"
                       r"|bids?|offer\w*|pric\w+|cost\w*|worth|fees?|valu\w+|invest\w*|earn\w*|salar\w+|wages?|sell|sold"
                       r"|for (?:about |around |up to |just |only )?[$£€\d])", re.I)
# "By how much did US car sales fall ...?": what changed ("car sales") and how.
_CHANGE_VERBS = r"(?:r[io]se|rising|fall|fell|falling|grow|grew|growing|drop|dropp\w*|increas\w*|decreas\w*|declin\w*|jump\w*|climb\w*|slip\w*|slid\w*|shr[iu]nk\w*|expand\w*)"
_CHANGE_NOUNS = r"surge|rise|increase|jump|fall|drop|decline|growth|gain|leap|slump|slide"
_CHANGE_ASKED = re.compile(rf"^\s*(?:by\s+)?how\s+(?:much|far)\s+(?:did|do|does|has|have|had|will|would)\s+(?:the\s+)?"
                           rf"((?:[\w'’-]+\s+){{0,4}}?)([a-z][\w-]*)\s+{_CHANGE_VERBS}\b", re.I)


_BY_HOW_MUCH = re.compile(r"\s*by\s+(?:how|what)\b", re.I)


_OF_WHOLE = re.compile(r"\s+of\s+(?:the|all|its|his|her|their|this|that|these|those)\b", re.I)


def _part_of_whole(ev: Evidence) -> bool:
    """The value is a part of a whole ("almost half of the nation's truancy"), no change."""
    value = _value_in(ev)
    return value is not None and _OF_WHOLE.match(ev.text, value.end) is not None


def _told_as_change(ev: Evidence, question: str) -> bool:
    """Some value of the sentence is given as a change (the one picked may be the level it came to)."""
    return any(told_as_change(ev.text, v) for v in values(ev.text, NUMBER, question))


def _changed_owner(question: str) -> list[tuple[str, set[str]]]:
    """"How much did UK retail sales fall?": the name in what changed owns its other words, as
    in "the UK's retail sales", so "US retail sales fell 0.3%" is another's figure."""
    m = _CHANGE_ASKED.match(question)
    words = f"{m.group(1)}{m.group(2)}".split() if m else []
    # a name right before a lower-case word names whose; "BMW's" is an owner_names owner already
    names = [w for w, after in zip(words, words[1:]) if w[:1].isupper() and not _POSSESSIVE_END.search(w) and after[:1].islower()]
    things = set(content_terms(" ".join(w for w in words if not w[:1].isupper())))
    return [(" ".join(names), things)] if names and things else []


# A name that moved by the value: "with Altria rising 5%", "Reynolds was up 4.5%"
_MOVER = re.compile(r"\b((?:[A-Z][\w&'’.-]*\s+){1,3})(?:shares\s+)?(?:(?:was|were|is|are|closed|ended|finished)\s+)?"
                    r"(?:ris(?:ing|es|en)|rose|f[ae]ll(?:ing|s|en)?|up|down|gain(?:ing|ed|s)?|climb(?:ing|ed|s)?|jump(?:ing|ed|s)?"
                    r"|dropp(?:ing|ed)|drops?|slipp(?:ing|ed)|slips?|slid(?:ing|es)?|los(?:ing|t|es))\s+(?:by\s+)?"
                    r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$")


def _change_of_another(ev: Evidence, changed: re.Match[str], question: str) -> bool:
    """The value is the change of the asked thing's kin, another word before its noun: "US retail
    sales fell 0.3%" for "How much did US car sales fall?"."""
    at = _value_in(ev)
    head = changed.group(2)
    told = re.search(rf"\b([a-z][\w-]*)\s+{re.escape(head)}\s+(?:[a-z]+ly\s+)?(?:(?:was|were)\s+(?:up|down)|{_CHANGE_VERBS})"
                     r"\s+(?:by\s+)?(?:about\s+|some\s+|as much as\s+|just\s+|only\s+)?$", ev.text[:at.start] if at else "")
    # "a 120% surge in sales of its Prius hybrid" for "How much did Toyota sales rise?": another thing's sales
    of_other = re.match(rf"\s+(?:{_CHANGE_NOUNS})\s+in\s+{re.escape(head)}\s+of\s+(?:[\w'’-]+\s+){{0,4}}?([A-Z][\w'’-]*)",
                        ev.text[at.end:]) if at else None
    if of_other and of_other.group(1) not in question:
        return True
    kind = changed.group(1).split()[-1:]  # the question says which kind changed: "car" in "US car sales"
    return told is not None and told.group(1) not in STOPWORDS and bool(kind) and kind[0].islower() \
        and kind[0] not in STOPWORDS and re.search(rf"\b{re.escape(told.group(1))}\b", question, re.I) is None \
        and re.search(rf"\b{re.escape(kind[0])}\b", re.split(r"[,;:]", ev.text[:told.start(1)])[-1], re.I) is None  # "clothing and clothing accessory stores"


# A cost asked, and the words that tell one: "cost", "budget", "priced at", "on sale for", "a $100m movie", "a $7,000 (£3,650) tale";
# never takings ("$40.8m in weekend ticket sales").
_COST_ASKED = re.compile(r"^\s*(?:how much|what) (?:did|does|do|will|would|could|might|is|was)\b.*\bcost\b", re.I)
_SUM = r"[$£€][\d.,]+\s?(?:m|bn|million|billion)?"
_BEFORE_NOUN = r"(?=\s+(?!(?:in|on|at|from|for|to|of|over|during|by|with|and|or|than)\b)(?-i:[a-z]))"
_COST_TOLD = re.compile(r"\b(?:cost\w*|budget\w*|spen[dt]\w*|pric\w+|paid|pay\w*|fees?|tariffs?|retail\w*|sale\b|sells?|charg\w+"
                        r"|worth|fork\w*|for (?:about |around |up to |less than |under |just |only )?[$£€])"
                        rf"|{_SUM}{_BEFORE_NOUN}|\b(?:an?|the|its|their|his|her)\s+{_SUM}\s+\([^()]{{1,20}}\){_BEFORE_NOUN}",
                        re.I)


# A question about an aim, and a sentence that states one.
# A plan asked for ("What plan ...?", "plans to"), not the plans a question names as its topic
# ("Which minister announced the plans?").
_AIM_ASKED = re.compile(r"\b(?:aim|aims|aiming|intend|intends|hope|hopes|hoping|planning|plans? to|targets?|goals?"
                        r"|(?:want|wants|seek|seeks) to)\b"
                        r"|^\W*(?:what|which|how)\b(?:\s+[\w'-]+){0,3}?\s+plans?\b|\bplans?\s+(?:is|are|was|were|of|for)\b",
                        re.I)
_AIM = re.compile(r"\b(?:will|aims?|aiming|aimed|targets?|targeted|goals?|plans?|planned|planning|intends?"
                  r"|intended|hopes?|hoped|(?:set|agreed|pledged|promised|vowed|seeks?|sought|want|wants|wanted) to)\b",
                  re.I)


def _kinds_said(text: str, noun: str) -> Iterator[re.Match[str]]:
    """Mentions of the asked kind with a word before the noun that says which one ("a hamstring
    injury", "passed a lie detector test"), not "that injury" or "his injury"; group 1 is the
    word before them."""
    pattern = rf"\b(?:([a-z]+)\s+)?(?:a|an|the|his|her|their|its)\s+((?:[A-Za-z-]+\s+){{1,2}}){re.escape(noun)}\b"
    return (m for m in re.finditer(pattern, text, re.I) if not set(m.group(2).lower().split()) & STOPWORDS)


def _calls_itself(name: str, role: str) -> bool:
    """The name calls itself the asked kind: "Morehouse College" for "Which college ...?", "third
    collaboration" (a place in a series) for "Which collaboration ...?"."""
    words = re.findall(r"[A-Za-z\d][\w'’-]*", name)
    return (len(words) > 1 and stem(words[-1].lower()) == role
            and (all(w[0].isupper() or w in ("of", "and", "the", "for") for w in words)
                 or len(words) == 2 and SERIES_PLACE.fullmatch(words[0]) is not None))


def _numbered(name: str) -> bool:
    """A name, or a thing told by its number or place in a series: "section 6", "seventh week"."""
    return name[:1].isupper() or name[-1:].isdigit() or SERIES_PLACE.fullmatch(name.split()[0]) is not None


def _kind_named(ev: Evidence, noun: str) -> bool:
    """The sentence says which one of the asked kind it means: "a hamstring injury"."""
    return any(_kinds_said(ev.text, noun))


# words that place a thing in time or order, not say which kind it is: "his previous job"
_NOT_A_KIND = frozenset("new previous former latest next last first same other own current recent".split())


def _kind_given(text: str, noun: str, question: str) -> str:
    """Which one of the asked kind the sentence names, in words the question lacks: "constructive
    partnership" for "What kind of partnership did they establish?"."""
    asked = set(content_terms(question))
    for m in _kinds_said(text, noun):
        said = " ".join(w for w in m.group(2).split() if w.lower() not in _NOT_A_KIND)
        if set(content_terms(said)) - asked:
            return f"{m.group(2)}{text[m.end() - len(noun):m.end()]}"
    return ""


def _kind_done(text: str, noun: str, question: str) -> bool:
    """The question's verb takes the asked kind, said with which one it is: "passed a lie
    detector test" for "What test did she pass?"."""
    asked = set(content_terms(question)) - {stem(noun)}
    return any(m.group(1) and stem(m.group(1).lower()) in asked for m in _kinds_said(text, noun))


def _aimed(ev: Evidence) -> bool:
    """The sentence states an aim, not what happened: "agreed to boost trade to $250 billion",
    not "trade has exceeded $100 billion"."""
    return _AIM.search(ev.text) is not None


def _located(ev: Evidence) -> bool:
    """The value is a place something happens in or at: "awarded in London" (not "open to
    British authors"), or one moved to ("emigrated to Canada")."""
    value = _value_in(ev)
    return value is not None and (_IN_OR_AT.search(ev.text[:value.start]) is not None
                                  or _MOVED_TO.search(ev.text[:value.start]) is not None)


_WHICH_OWNER = re.compile(r"^\s*(?i:(?:(?:in|on|at|for|from|with|to|by)\s+)?which)\s+((?:[A-Z][\w&-]*\s+)+)[a-z]")


def _of_asked_owner(sentence: str, value: Value, question: str) -> bool:
    """The name is owned by the one the question's noun phrase names: "Five Live's Sportsweek"
    for "On which Five Live programme did he speak?"."""
    m = _WHICH_OWNER.match(question)
    owner = m.group(1).strip() if m else ""
    return bool(owner) and re.search(rf"\b{re.escape(owner)}['’]s?\s+(?:[a-z-]+\s+){{0,2}}$", sentence[:value.start]) is not None


# "Where did they hold their talks?": what was done there ("talk"), named after its place ("the Downing Street talks")
_WHERE_OBJECT = re.compile(r"^\s*where\s+(?:did|does|do|will|would|is|are|was|were|has|have|had)\s+.*\b"
                           r"(?:the|their|its|his|her)\s+(?:[a-z-]+\s+)?([a-z]{3,}?)s?\s*\?*\s*$", re.I)


def _where_object(question: str) -> str:
    m = _WHERE_OBJECT.match(question)
    return m.group(1).lower() if m else ""


def _before_noun(sentence: str, value: Value, noun: str) -> bool:
    """The name stands right before the asked noun: "the Quill islands" for "Which islands ...?"."""
    return bool(noun) and re.match(rf"\s+{re.escape(noun)}\b", sentence[value.end:], re.I) is not None


def _name_before_noun(sentence: str, value: Value, question: str) -> bool:
    """A name right before the asked noun says which: "Radio 4's Today programme" for "On which
    programme ...?"."""
    return value.text[:1].isupper() and _before_noun(sentence, value, asked_noun(question))


def _names_noun(sentence: str, value: Value, noun: str) -> bool:
    """The name stands before the asked noun and says which, or ends with it: "the Jerwood
    painting prize" for "Which prize did she win?", "the Tarn Valley" for "Which valley ...?";
    or follows it: "his novel, Gulliver's Travels" for "In which novel ...?", "a monument to the
    “People's Heroes”" for "Which monument ...?". Not "Acme maintains a monument": a determiner
    opens another phrase."""
    if not noun:
        return False
    words = value.text.split()
    before = re.match(rf"\s+((?:[a-z-]+\s+){{0,2}}){re.escape(noun)}s?\b", sentence[value.end:])
    return before is not None and not set(before.group(1).split()) & STOPWORDS \
        or len(words) > 1 and stem(words[-1].lower()) == stem(noun) \
        or re.search(rf"\b{re.escape(noun)}(?:,|\s+to\s+the)?\s+[\"“‘']?$", sentence[:value.start]) is not None


def _as_asked(sentence: str, value: Value, question: str) -> bool:
    """The value, alone or ending a list, is set "as" a noun of the question: "with Cuba,
    Moldova and Uzbekistan as observers" for "Which countries are observers ...?"."""
    m = re.match(r"\s+as\s+(?:an?\s+|the\s+)?([a-z][a-z-]{2,})\b", sentence[value.end:])
    return m is not None and stem(m.group(1)) in content_terms(question)


# "Which part of London ...?", "In which town in Wales ...?": a place within a place the question names.
_PART_OF_ASKED = re.compile(r"\b(?:part|area|district|suburb|region|town|city|village)\s+(?:of|in)\s+((?:[A-Z][\w'’-]*\s?)+)\b")


def _within_asked(sentence: str, value: Value, question: str) -> bool:
    """The place is set within the one the question names: "from Wembley, London" for "Which
    part of London is he from?"."""
    m = _PART_OF_ASKED.search(question)
    return m is not None and re.match(rf",\s+{re.escape(m.group(1).strip())}\b", sentence[value.end:]) is not None


def _placed_as_asked(sentence: str, value: Value, question: str) -> bool:
    """The place is joined to the question's verb, or follows it and a preposition: "the
    Ballymena-born actor" for "Where was he born?", "the Leeds-based firm" for "Where is it
    based?" (or for any verb, when the firm is the one asked about), "one planned for the Isle of
    Sheppey" for "Where is an airport planned?"; or follows the thing the question places: "a new
    post in Ostby" for "Where will a new post be created?" (not an owner: "a fire at Acme's
    refinery in Ostby")."""
    joined = re.match(r"-([a-z]+)\b", sentence[value.end:])
    if joined is not None and stem(joined.group(1)) in content_terms(question):
        return True
    if based_asked(sentence, value.end, question):
        return True
    # or after its doer: "signed by Ada Moss and Tom Hale in Ostby" (not "filed for Chapter 11
    # protection" for "Where did it file for protection?": a name before the question's noun says which)
    modified = re.match(r"\s+(?!(?:north|south|east|west)[a-z]*\b)([a-z]+)\b", sentence[value.end:])  # not "Ostby east of Tomsby"
    if modified is not None and stem(modified.group(1)) in content_terms(question):
        return False
    after = re.search(r"\b([a-z]{3,})\s+(?:by\s+[^,;:.]{1,80}?\s+)?(?:for|in|at|on|near|to)\s+(?:the\s+)?$", sentence[:value.start])
    if after is None:
        return False
    word = after.group(1)  # a past form, regular or not: "planned for", "held in"
    terms = content_terms(question)
    return word.endswith("ed") and stem(word) in terms or verb_stem(word) != stem(word) and verb_stem(word) in terms \
        or re.search(rf"\b(?:a|an|the|new)\s+{word}\b", question, re.I) is not None \
        and not re.search(r"['’]s?$", value.text) and not re.match(r"['’]s?\s", sentence[value.end:])


def _on_one_line(hit: Hit, start: int, end: int) -> bool:
    return "\n" not in hit.chunk.text[start - hit.chunk.char_start:end - hit.chunk.char_start]


def _coverage(weights: dict[str, float], terms: set[str], context: set[str]) -> float:
    """Weighted share of question terms in the sentence; title, article year and the previous
    sentence count half. Context alone never makes a sentence an answer."""
    if not terms & weights.keys():
        return 0.0
    held = sum(w if t in terms else CONTEXT_WEIGHT * w if t in context else 0.0 for t, w in weights.items())
    return held / sum(weights.values())


def _nearest(found: list[Any], sentence: str, weights: dict[str, float], head: str = "",
             rank: int | None = None, every: dict[str, float] | None = None) -> Any:
    """The value nearest the sentence's most specific question term: in "signed on July 16,
    2001, and in effect since Feb. 28, 2002", a question about 'effect' asks for the second.
    A value next to the thing the question names comes first ("the Nato alliance"). For a
    place in a list, the value nearest where the sentence gives it ("... remote control at two")."""
    places = rank_at(sentence, rank) if rank else []
    if head and not places:
        found = ([v for v in found if _counts(v, sentence, head)]
                 or [v for v in found if _beside([v], sentence, head)] or found)
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    held = [] if places else _in_own_clause(found, sentence, every or weights)
    if len(held) == 1:
        return held[0]
    if not places and (clause := _in_own_verb_clause(found, sentence, weights)):
        found = clause
        if len(found) == 1:
            return found[0]
    if not places and (own := _in_own_part(found, sentence, every or weights, asides)) is not None:
        return own
    found = held or found  # "US crude rose $1.64 to $47.10, while Brent gained $1.32 to $44.45" for "... Brent gain?"
    anchors = [(weights[t], m.start()) for m in _TOKEN.finditer(sentence)
               for t in content_terms(m.group()) if t in weights]
    anchors = [a for a in anchors if not _within(a[1], asides)] or anchors
    # a word of a value is no anchor: "Province" of "Liaoning Province" pulls to itself
    anchors = [a for a in anchors if not any(v.start <= a[1] < v.end for v in found)] or anchors
    if not anchors and not places:
        return next((v for v in found if not _within(v.start, asides)), found[0])
    at = places[0] if places else max(anchors)[1]
    return min(found, key=lambda v: min(_apart(v.start, at, asides), _apart(v.end, at, asides)))


def _in_own_clause(found: list[Any], sentence: str, weights: dict[str, float]) -> list[Any]:
    """Of clauses joined by semicolons or a contrast ("while"), each with its own subject, the
    values in the only clause that names what the question names: "Ada Moss was recalled in
    March; and Tom Hale was recalled in April" for "When was Ada Moss recalled?"."""
    bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), sentence)  # not "($915,000; £486,000)"
    spans = [m.span() for m in re.finditer(r"(?:[^;,]|,(?!\s+(?:while|whereas)\b))+", bare)]
    if len(spans) < 2:
        return []
    named = {t for t in weights if any(t in content_terms(w) for w in re.findall(r"\b[A-Z][\w'’-]*", sentence)
                                       if not CALENDAR.match(w))}  # "in October" names a time, not a subject
    naming = [(s, e) for s, e in spans if named & set(content_terms(sentence[s:e]))
              and not all(named & set(content_terms(sentence[a:b])) for a, b in spans)]
    return [v for v in found if len(naming) == 1 and naming[0][0] <= v.start < naming[0][1]]


# Where a clause that shares the subject of the one before starts: "... in May and may defend her title in Tomsby"
_VERB_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?=(?:also\s+|then\s+)?(?:may|might|will|would|could|can|should|must|has|have|had|is|was|are|were)\b)")


def _in_own_verb_clause(found: list[Any], sentence: str, weights: dict[str, float]) -> list[Any]:
    """Of clauses that share one subject, the values in the only one that holds the question's
    words: "She will run in the Grand Prix in Ostby and may defend her title in Tomsby" for
    "Where will she defend her title?" (the words of such a clause come before its value)."""
    cuts = [0, *(m.start() for m in _VERB_CLAUSE.finditer(sentence)), len(sentence)]
    holding = [(s, e) for s, e in zip(cuts, cuts[1:])
               if any(s <= v.start < e for v in found) and set(content_terms(sentence[s:e])) & weights.keys()]
    return [v for v in found if holding[0][0] <= v.start < holding[0][1]] if len(cuts) > 2 and len(holding) == 1 else []


# Where a list moves from one item to the next: "17 February for homes and 1 April for firms".
_NEXT_ITEM = re.compile(r",|;|\s(?:and|or|but|while|whereas)\s")


def _in_own_part(found: list[Any], sentence: str, weights: dict[str, float],
                 asides: list[tuple[int, int]]) -> Any | None:
    """In a list of values, the one whose part of the list holds the question's words that no
    other part holds: "cookers and ovens in Spennymoor", "4.2% in the final quarter, down from
    the third quarter's 5.1%". A part runs from one item's separator to the next; what comes
    before the first value (the list's subject and verb) belongs to all, and its words tell
    no part from another. `asides`: the clauses set off in the sentence."""
    found = sorted((v for v in found if not _within(v.start, asides)), key=lambda v: v.start)
    if len(found) < 2:
        return None
    for s, e in asides:  # a clause set off is no part of the list
        sentence = sentence[:s] + " " * (e - s) + sentence[e:]
    cuts = [found[0].start]
    for a, b in zip(found, found[1:]):
        if (after := _NEXT_ITEM.search(sentence, a.end, b.start)) is None or b.start - a.end > LIST_ITEM:
            return None  # no list: "13 wins in 15 games"; "On 23 May, Ada Moss said [a clause] ... 2022"
        cuts.append(after.start())
    cuts.append(len(sentence))
    lead = set(content_terms(sentence[:cuts[0]]))
    texts = [sentence[cuts[i]:cuts[i + 1]] for i in range(len(found))]
    # The one part that names what the question names tells the parts apart, whatever the
    # words the list's shared verb brings to the last part: "the Transport and General Workers'
    # Union's 70,000 and Amicus' 20,000 are being balloted" for "How many TGWU workers ...?".
    # (a name that is the value itself tells nothing: "Wembley Stadium is to open for the FA Cup Final")
    names = [(set(content_terms(" ".join(re.findall(r"\b[A-Z][\w'’-]*", part)))) | initials_in(part))
             & weights.keys() - lead for part in (text.replace(v.text, " ") for text, v in zip(texts, found))]
    if sum(map(bool, names)) == 1:
        return found[next(i for i, n in enumerate(names) if n)]
    parts = [set(content_terms(part)) & weights.keys() - lead for part in texts]
    own = [sum(weights[t] for t in part if sum(t in other for other in parts) == 1) for part in parts]
    best = max(own)
    return found[own.index(best)] if best > 0 and own.count(best) == 1 else None


# A clause set off inside the sentence: ", who took silver at the Games," or "(NHTSA)".
_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,|\([^()]*\)")


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in spans)


def _apart(a: int, b: int, asides: list[tuple[int, int]]) -> int:
    """Characters between two places, not counting a clause set off between them; a place
    inside such a clause is farther than any outside it ("Anna Bell, who took silver at the
    Nordic Games, won the race": Anna Bell won)."""
    low, high = sorted((a, b))
    skipped = sum(e - s for s, e in asides if low <= s and e <= high)
    outside = any(s <= a < e and not s <= b < e for s, e in asides)
    return high - low - skipped + (10_000 if outside else 0)


class Extractive:
    """Answers with the article's own sentences; refuses when no sentence supports one."""

    name = "extractive"
    support_threshold = 0.48  # calibrated on the dev split: `python -m evals.calibrate`
    relative_threshold = 0.9  # further sentences must score this close to the best
    conflict_ratio = 0.7  # a disagreeing source must be nearly as good an answer as the best
    max_sentences = 2
    slot_ratio = 0.7  # a value filling the asked slot may come from a sentence this much weaker

    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer

    def stream(self, question: str, hits: list[Hit]) -> Iterator[str | Draft]:
        """Nothing is written before the answer is whole: the Draft alone."""
        yield self.compose(question, hits)

    def compose(self, question: str, hits: list[Hit]) -> Draft:
        """The answer from the articles' own sentences, part by part of the question."""
        parts = question_parts(question)
        drafts = [self._compose_one(p, self.scorer.evidence(p, hits, self.support_threshold), len(parts) > 1)
                  for p in parts]
        answered = [d for d in drafts if not d.refused]
        if not answered:
            return Draft([], refused=True)
        merged: list[tuple[str, list[Evidence]]] = []
        used: set[tuple[str, int, int]] = set()
        for d in answered:
            for sentence, cited in d.parts:
                keys = {(ev.hit.chunk.source, ev.start, ev.end) for ev in cited}
                if not keys & used:
                    merged.append((sentence, cited))
                    used |= keys
        short = "; ".join(d.short_answer for d in answered if d.short_answer) if len(parts) == 1 else ""
        return Draft(merged, refused=False, conflict=any(d.conflict for d in answered), short_answer=short)

    def _compose_one(self, question: str, evidence: list[Evidence], per_part: bool) -> Draft:
        supported = [ev for ev in evidence if ev.fits and ev.support >= self.support_threshold]
        # Saying the asked thing is not known, in the question's own words, needs less support than an answer
        if not supported or any(_not_told(ev, question) for ev in evidence[:UNTOLD_LOOK]
                                if ev.support >= self.support_threshold - SLOT_MARGIN):
            return Draft([], refused=True)
        kind = answer_type(question)
        # Nearly as good in meaning and holding more of the question's words goes first.
        close = [ev for ev in supported if ev.score >= supported[0].score - CLOSE_CALL]
        first = max(close, key=lambda ev: ev.coverage)
        supported = [first] + [ev for ev in supported if ev is not first]
        supported = self._asked_first(supported, kind, question)
        if kind == DATE:
            supported = self._most_precise(supported)
        best = supported[0]
        if kind != OTHER and (other := self._disagreeing(best, supported, kind, question,
                                                         self._slot(supported, kind, question, self.scorer.alias))):
            return Draft(
                [(f"The sources disagree: one article gives {best.value}", [best]),
                 (f"and another gives {other.value}.", [other])],
                refused=False, conflict=True,
            )
        limit = 1 if per_part or kind != OTHER else self.max_sentences
        chosen = [best]
        for ev in supported[1:]:
            if len(chosen) >= limit or ev.score < self.relative_threshold * best.score:
                break
            if all(ev.text != c.text for c in chosen):  # a copy of the same article adds nothing
                chosen.append(ev)
        short = best.value or (name_given(best.text, thing, question) if kind == OTHER and (thing := naming_asked(question)) else "") \
            or (described(best.text, question) if kind == OTHER else "") or _byline_author(best, question) \
            or (_kind_given(best.text, noun, question) if kind == OTHER and (noun := asked_noun(question)) else "") \
            or (_quoted_description(best.text, question) if kind == OTHER else "") \
            or (_owned_named(best.text, question) if kind == OTHER else "")
        plural = asked_noun(question) or (head_noun(question) if WHICH_ASKED.match(question) else "")  # "Which websites ...?"
        if kind in (NAME, PLACE, DATE) and short and re.search(r"[^s]s$", plural):
            short = _whole_list(best.text, short, kind, question)  # "Which countries/years ...?": all listed
        return Draft([(ev.text, [ev]) for ev in chosen], refused=False, short_answer=short)

    def _asked_first(self, supported: list[Evidence], kind: str, question: str) -> list[Evidence]:
        """A sentence whose value fills the question's slot comes before a slightly better one
        whose value does not: for "How many screens ...?" a value that counts screens; for "Which
        judge ...?" or "Who is the chief executive of X?" a name in that role ("Judge Letitia
        Clark", not "chief financial officer Bruce Misamore"); for "Where ...?" a place after
        in/at ("awarded in London", not "British authors"); for "How old ...?" an age by the name
        ("Hague, 43,", not "an MP at 27"). A question about an aim takes, among these, a
        sentence that states one."""
        fills = self._slot(supported, kind, question, self.scorer.alias) or (lambda ev: True)
        ordered = self._first_that(supported, fills, question)
        if kind == NAME and _THING_ASKED.match(question) and not _STRANDED_AT_END.search(question):
            # "Which body banned the play?": "the Media Council said" before "due to open in the capital, Kampala"
            top, articles = ordered[0], _retrieved_articles([ev.hit for ev in ordered])
            # the whole article: it may say "in Guantanamo Bay" in a chunk not retrieved
            if _a_place(top, lambda: self.scorer.article_text(top.hit.chunk.source) or articles[top.hit.chunk.source]):
                ordered = self._first_that(ordered, lambda ev: ev is not top and not _a_place(ev, lambda: articles[ev.hit.chunk.source]),
                                           question)
        if _AIM_ASKED.search(question):  # "What trade are they aiming for?": "agreed to boost trade to ..."
            top_fills = fills(ordered[0])
            ordered = self._first_that(ordered, lambda ev: _aimed(ev) and (not top_fills or fills(ev)), question)
        return ordered

    @staticmethod
    def _slot(supported: list[Evidence], kind: str, question: str,
              same: Callable[[str, str], bool] | None = None) -> Callable[[Evidence], bool] | None:
        """What a sentence's value must be to fill the question's slot, when the kind says (`same`
        tells two words for one nation)."""
        best = supported[0]
        if kind == NUMBER and number_kind(question) == "money" and (value := _value_in(best)) and not money_said(value.text):
            # "How much money is set aside?": "24.2 trillion pesos" before "a population of about 44 million"
            def priced(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and money_said(v.text)
            if any(priced(ev) for ev in supported):
                return priced
        if kind == NUMBER and (value := _value_in(best)) and _for_place_asked(best.text, value, question):
            return None  # "... 13% in New York and 16% in Ireland": the best gives the asked place's figure
        if kind == NUMBER and not _OPENING_ASKED.search(question) and (value := _value_in(best)) \
                and _FOR_OPENING.match(best.text[value.end:]):
            # "How much did the film take in Japan?": "which took 20bn yen to become the biggest
            # film" before "taking 1.5bn yen in its first two days"
            def whole(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and not _FOR_OPENING.match(ev.text[v.end:])
            if any(whole(ev) for ev in supported):
                return whole
        if kind == NUMBER and _EXIST_ASKED.match(question) and (value := _value_in(best)) and _ACTED_ON.search(best.text[:value.start]):
            # "How many net cafes are there in China?": "All the 100,000 or so net cafes in the
            # country" before "authorities closed 12,575 net cafes" (those a deed was done to)
            def exist(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and not _ACTED_ON.search(ev.text[:v.start])
            if any(exist(ev) for ev in supported):
                return exist
        if kind == NUMBER and _ORIGINAL_ASKED.search(question):
            # "What share did Acme originally hold?": "should be cut from 70% to 49%" before "would
            # be reduced to less than 50%"
            def was(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and _FROM_BEFORE.search(ev.text[:v.start]) is not None \
                    and re.match(r"\s+to\b", ev.text[v.end:]) is not None
            if any(was(ev) for ev in supported):
                return was
        if kind == NUMBER and (top := _SUPERLATIVE.search(question)):
            # "How many vehicles does the largest recall cover?": "the largest recall involves
            # 155,465 pickups" before "is recalling nearly 200,000 vehicles"
            def topmost(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and top.group().lower() in ev.text[max(0, v.start - MEASURE_REACH):v.start].lower()
            if any(topmost(ev) for ev in supported):
                return topmost
        if kind == NUMBER and _PER_PERSON.search(question):
            # "How much wine does each person in Norland drink?": "at just 0.22 litres per capita"
            # before "wine sales up 25% at 61.1bn yuan"
            def apiece(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and _PER_PERSON.match(ev.text, v.end) is not None
            if any(apiece(ev) for ev in supported):
                return apiece
        if kind == NUMBER and (scope := _SCOPE.search(question)) and scope.group().lower() not in best.text.lower():
            # "How many users does it have around the world?": "now has 28 million users around the
            # world" before "its paid service has so far attracted 940,000 users"
            def scoped(ev: Evidence) -> bool:
                return scope.group().lower() in ev.text.lower()
            if any(scoped(ev) for ev in supported):
                return scoped
        if kind == NUMBER and (place := _PLACE_ASKED.search(question)) and _in_a_pair(best.text, place.group(1)):
            # "By how much did applications from Wales rise?": "applications from Wales ... have also
            # risen, by 19%" before "Applications from England and Wales rose by 17%"
            def alone(ev: Evidence) -> bool:
                return place.group(1) in ev.text and not _in_a_pair(ev.text, place.group(1))
            if any(alone(ev) for ev in supported):
                return alone
        if kind == NUMBER and (direction := direction_asked(question)) and (owners := _owners(question)):
            # "How far did Ford's sales drop?": "while Ford sales dropped 3%" before "Ford ... cut output by 1.2%"
            def owned(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and _moved(ev) in (direction, "") and _owned_move(ev.text, v, owners, question)
            if not owned(best) and any(owned(ev) for ev in supported):
                return owned
        if kind == NUMBER and (direction := direction_asked(question)) and _moved(best) != direction and (
                _moved(best) or _BY_HOW_MUCH.search(question)):
            # "How far did profits fall?": "a 40% drop in profits" before "costs rose by 47.3%";
            # "By how much did shares rise?": "closed up 9%" before "valued at £2.6bn" (a level
            # asked may stand far from its verb: "a fall in the index to 48.3")
            return lambda ev: _moved(ev) == direction
        if kind == NUMBER and (places := _beside_places(best, question)):
            # "What share of the bondholders are in Japan?": "... and 3.1% in Japan" before "70% of bondholders"
            def where(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and _place_after(ev.text, v, places)
            if any(where(ev) for ev in supported):
                return where
        if kind == NUMBER and number_kind(question) == "frequency":
            # "doubling every five months" for "How often does it double?" before "created every 5.8 seconds"
            def repeats(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and repeats_asked(ev.text, v, question)
            if any(repeats(ev) for ev in supported):
                return repeats
        if kind == NUMBER and number_kind(question) in ("length", "duration") and (lasting := _LONG_ASKED.match(question)):
            # "How long is the time delay?": "a seven-second time delay" before "three years of coverage"
            def spans(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and re.match(
                    rf"[\s-]+(?:[a-z-]+\s+){{0,2}}{re.escape(lasting.group(1))}\b", ev.text[v.end:], re.I) is not None
            if any(spans(ev) for ev in supported):
                return spans
        if kind == NUMBER and (measure := much_noun(question)):
            # "How much debt does it have?": "its debt is close to 12bn euros" before "share issues of 2bn euros"
            return lambda ev: _measured_by(ev, measure) or _counted(ev, measure)  # or "4% growth"
        # The thing counted is the last noun asked ("target" in "What growth target ...?"); a
        # share counts nothing.
        if kind == NUMBER and number_kind(question) not in SHARES and (
                head := asked_noun(question) or head_noun(question)):
            # Only among sentences as much about the question's names: "674 million mobiles"
            # sold worldwide does not count India's mobile users.
            named = _names_all(best.hit, question)
            phrase = counted_phrase(question) or head
            alike = [ev for ev in supported if not named or ev.hit.chunk.source == best.hit.chunk.source or _names_all(ev.hit, question)]
            most = {id(ev) for ev in _most_counting(alike, [_counted_rank(ev, phrase, question) for ev in alike])}
            return lambda ev: id(ev) in most
        if kind == OTHER and _WHY.match(question):
            # "Why did she miss the trials?": "because of an ankle problem" before "missed the trials in February"
            return lambda ev: _REASON.search(ev.text) is not None
        if kind == OTHER and _DESCRIBE_ASKED.match(question):
            # "How did the report describe the law?": "branded the law as \"a mess\"" before "said it found support"
            def describes(ev: Evidence) -> bool:
                return _DESCRIBED.search(ev.text) is not None
            return describes if any(describes(ev) for ev in supported) else None
        if kind == OTHER and any(described(ev.text, question) for ev in supported):
            # "What is Ostby?": "as Ostby is a major port" before "Ostby will host a fair"
            return lambda ev: bool(described(ev.text, question))
        if kind == OTHER and (noun := asked_noun(question)) and any(_kind_named(ev, noun) for ev in supported):
            # "What injury did he have?": "a hamstring injury" before "cast doubt on his injury claims"
            return lambda ev: _kind_named(ev, noun)
        if kind == OTHER and _OWNED_ASKED.match(question) and any(_owned_named(ev.text, question) for ev in supported):
            # "What was Hailey's first novel?": "adapted to become Hailey's first novel, Runaway
            # Zero-Eight" before "Novelist Arthur Hailey ... was known for his page-turners"
            return lambda ev: bool(_owned_named(ev.text, question))
        if kind == OTHER and (thing := naming_asked(question)):
            # "What is BT's new initiative called?": "its Connected World initiative" before "The idea, says BT, ..."
            return lambda ev: bool(name_given(ev.text, thing, question))
        if kind == NAME and _CHARACTER_ASKED.match(question):
            # "Which character did she play?": "took the role of Don Ruiz" before "her co-star Ann Lowe"
            def cast(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and _CAST_AS.search(ev.text[:v.start]) is not None
            return cast if any(cast(ev) for ev in supported) else None
        if kind == NAME:  # "Which Russian ran?": "Russia's Svetlana Cherkasova" before "a match against Sweden, France, Russia"
            def national(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and of_asked_nation(ev.text, v, question, same)
            if any(national(ev) for ev in supported):
                return national
        if kind == NAME and (role := asked_role(question)):
            # "Which group does Jim Parton represent?": "Jim Parton, from Families Need Fathers," before
            # "John Ison, from the controversial group Fathers 4 Justice,"
            def theirs(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and affiliated(ev.text, v, question)
            if any(theirs(ev) for ev in supported):
                return theirs
            # In an article about what the question names: "It is directed by ..." elsewhere is another film's.
            about = {ev.hit.chunk.source for ev in supported if _about_names(ev.hit, question)}
            # The story whose headline names them is theirs: "Weak dollar hits Reuters" gives
            # Reuters' chief executive; a WPP story that "told Reuters" gives WPP's.
            # (a role asked by its initials, "Which MP ...?", names no one's story)
            headlined = {ev.hit.chunk.source for ev in supported if _names_beyond_role(question, role)
                         and _named_share(ev.hit.chunk.title, question) == 1.0}
            # Not when a sentence titles its holder with the question's name: "Citigroup Global Markets
            # analyst Kyle Cooper" for "Which Citigroup analyst ...?", before a Gartmore analyst in a Citigroup story.
            if any(_in_role_of(ev, role, question) and ev.hit.chunk.source in headlined for ev in supported) \
                    and not any(_titled_by_name(ev, role, question) for ev in supported):
                about = headlined

            # "Which college ...?", not "Which MP's bill ...?" (an owner is asked)
            which = WHICH_ASKED.match(question) is not None and not re.search(r"['’]s\b", question[:max(question.lower().find(role), 0)])
            # "After which meeting ...?": "until after the Grand Prix"; "For which film did Ada Moss
            # win?": "Ada Moss won once before, for Night Train", not "for Day One" in a sentence about another
            led = _LED_BY_PREPOSITION.match(question)

            def stranded(ev: Evidence, v: Value) -> bool:  # after "for", only in a sentence that names whom the question asks about
                return led is not None and after_stranded(ev.text, v, question) and (
                    not led.group(1) or not name_groups(question) or any(names_each(ev.text, question)))

            # "Which minister described X as ...?": "former Labour minister Peter Mandelson" holds the
            # role, but not the deed that the best sentence tells ("Jack Straw ... who he described as")
            deed_told = which and tells_asked_verb(supported[0].text, question)
            # "Which committee ...?": "A European Parliament committee has ordered ..." names whose it is, not which
            best_modifies = (v0 := _value_in(supported[0])) is not None and (
                (after := re.match(r"\s+([a-z]+)", supported[0].text[v0.end:])) is not None and is_role(stem(after.group(1)), role))

            def holds(ev: Evidence) -> bool:
                return (_in_role_of(ev, role, question) and ev.hit.chunk.source in about
                        and (not deed_told or tells_asked_verb(ev.text, question))
                        or which and (v := _value_in(ev)) is not None and _calls_itself(v.text, role)
                        and (not deed_told or best_modifies or tells_asked_verb(ev.text, question))
                        or (v := _value_in(ev)) is not None and (_maker_of_asked(ev.text, v, question)
                                                                 or _of_asked_org(ev.text, v, question)
                                                                 or _numbered(v.text) and after_asked_verb(ev.text, v, question)  # "section 6"
                                                                 or stranded(ev, v)
                                                                 or joined_with_asked(ev.text, v, question)
                                                                 or _named_as(ev.text, v, asked_noun(question))  # "Nfox.com, the provider"
                                                                 or which and _name_before_noun(ev.text, v, question)  # "Radio 4's Today programme"
                                                                 or which and did_asked_deed(ev.text, v, question)  # "Lord Dubs agreed to withdraw his bill"
                                                                 or which and says_it_does(ev.text, v, question)  # "Royal Mail says it is investigating"
                                                                 or which and titled_as_doer(v, question)  # "Distributor Sony Pictures"
                                                                 or told_to(ev.text, v) and OUTLET_ASKED.match(question) is not None
                                                                 or any(k.start == v.start for k in apposed_kinds(ev.text, role, question))))
            # "Who stars in Alexander?": "Alexander, starring Colin Farrell" before "The family
            # adventure, starring Nicolas Cage" in a story headlined with Alexander
            def starring(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and after_asked_participle(ev.text, v, question)
            if any(starring(ev) for ev in supported):
                return starring
            # "Who is the new home secretary?": "New Home Secretary Charles Clarke" before "Home
            # Secretary David Blunkett", when a holder is given with the question's words for the role.
            if (said := role_words(question, role)) and any(holds(ev) and _titled_as(ev, said) for ev in supported):
                return lambda ev: holds(ev) and _titled_as(ev, said)
            # "Which series won the drama title?": "series Nip/Tuck beat ... to the drama title"
            # before "series Desperate Housewives named best comedy show"
            def did(ev: Evidence) -> bool:  # the prize in the question's own words says the kind too
                return (v := _value_in(ev)) is not None and did_asked(ev.text, v, question)
            if WHICH_ASKED.match(question) and any(did(ev) for ev in supported):
                return did
            # "Which actors announced the nominations?": "announced by actors Ada Moss and Ben Odo"
            # before "actor Tom Hale has been given two nominations", which tells no announcing
            def doer(ev: Evidence) -> bool:
                return holds(ev) and (v := _value_in(ev)) is not None and (
                    by_asked_doer(ev.text, v, question) or before_asked_verb(ev.text, v, question))
            if which and not deed_told and any(doer(ev) for ev in supported):
                return doer
            # "Who welcomed Jo Roe's apology?" when the best sentence tells no welcoming ("Jo Roe
            # apologised to MPs"): "Tom Hale welcomed her apology"
            def did_it(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and did_asked_to_asked(ev.text, v, question)
            if not any(holds(ev) for ev in supported) and not _tells_deed(best, role) and any(did_it(ev) for ev in supported):
                return did_it
            return holds
        if kind == NAME and _WHOM_BY_PREPOSITION.match(question):
            # "From whom will Acme buy the shares?": "will acquire the shares from the Ostby
            # Bureau" before "Acme agreed to buy 33% of Tomsby, the largest firm in Norland"
            def object_of(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and after_stranded(ev.text, v, question)
            if any(object_of(ev) for ev in supported):
                return object_of
        if kind == NAME:
            # "Which police officer has liaised with the groups?": "Constable David Warcup has
            # liaised with several protest groups" before "The other protesters are John Holliday"
            def did(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and before_asked_verb(ev.text, v, question)
            return did if any(did(ev) for ev in supported) else None
        if kind == NUMBER and number_kind(question) == "age" and (names := question_names(question)):
            # "Mr Hague, 43," before "became an MP at 27"
            return lambda ev: _THE_AGED.match(ev.text) is not None or any(
                (v := _value_in(ev)) is not None and _names_beside(ev.text, v, n) for n in names)
        if kind == NUMBER and number_kind(question) in ("duration", "length"):
            # "held in Guantanamo Bay for 33 months" before "within three weeks was told"
            def spans(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and spans_asked_verb(ev.text, v, question)
            return spans if any(spans(ev) for ev in supported) else None
        if kind == DATE:
            # "In 1981 he was removed from the project" for "When was he removed ...?" before "In 1982 he left"
            def when(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and (at_asked_verb(ev.text, v, question)
                                                              or _when_as_asked(ev.text, v, question)
                                                              or last_since(ev.text, v, question)) \
                    and not _names_neither(ev, best, question)  # "on 21 July, ... signed an additional Border Agreement"
            return when if any(when(ev) for ev in supported) else None
        if kind == PLACE:
            # "the Ballymena-born actor" for "Where was he born?" before "a dinner in New York";
            # "Poland rejected it" for "Which country rejected it?" before "a meeting in Brussels";
            # "the city of Leeds" for "Which city will he visit?" before "a stop in Hyde Park"
            def placed(ev: Evidence) -> bool:
                return (v := _value_in(ev)) is not None and (_placed_as_asked(ev.text, v, question)
                                                              or _as_asked(ev.text, v, question)
                                                              or before_asked_verb(ev.text, v, question)
                                                              or by_asked_doer(ev.text, v, question)  # "tabled by France"
                                                              or _named_as(ev.text, v, asked_noun(question))
                                                              or _before_noun(ev.text, v, asked_noun(question))  # "the Quill islands"
                                                              or _places_asked_event(ev.text, v, question)
                                                              or _event_in_place(ev.text, v, question)
                                                              or _after_last_noun(ev.text, v, question)
                                                              or _within_asked(ev.text, v, question))
            def owner(ev: Evidence) -> bool:  # "Slovenia's Jolanda Ceplak" for "Which country does she come from?"
                return (v := _value_in(ev)) is not None and owner_of_asked(ev.text, v, question)
            if ORIGIN_ASKED.search(question) and any(owner(ev) for ev in supported):
                return owner
            return placed if any(placed(ev) for ev in supported) else _located
        return None

    def _most_precise(self, supported: list[Evidence]) -> list[Evidence]:
        """"in March" gives the month another good sentence dates to the day ("starts on 19
        March"): the day is the better answer, and no disagreement."""
        best = supported[0]
        finer = next((ev for ev in supported[1:] if ev.score >= self.relative_threshold * best.score
                      and _refines(ev.value, best.value)), None)
        return [finer] + [ev for ev in supported if ev is not finer] if finer else supported

    def _first_that(self, supported: list[Evidence], fills: Callable[[Evidence], bool],
                    question: str) -> list[Evidence]:
        """The best sentence that fills the slot first, unless it is much weaker or is about
        another thing of the asked kind. A sentence that fills the slot with the name the best one
        gives goes first, however weak ("in No Way Out" is a film where "in the film No Way Out"
        says so)."""
        if fills(supported[0]):
            return supported
        top = supported[0].value.lower() if answer_type(question) == NAME else ""  # a figure is too common ("three")
        first = next((ev for ev in supported if top and ev.value.lower() == top and fills(ev)), None) \
            or next((ev for ev in supported if fills(ev)), None)
        if first is not None and top and first.value.lower() == top:
            return [first] + [ev for ev in supported if ev is not first]
        if first is None or first.score < self.slot_ratio * supported[0].score or _about_another_of_kind(
                first, supported[0], question) or _leaves_the_named(first, supported[0], question) \
                or _drops_asked_ordinal(first, supported[0], question):
            return supported
        return [first] + [ev for ev in supported if ev is not first]

    def _disagreeing(self, best: Evidence, supported: list[Evidence], kind: str,
                     question: str = "", fills: Callable[[Evidence], bool] | None = None) -> Evidence | None:
        """A sentence from another source about the same fact that gives another value; for a
        name or a place, when the best fills the question's slot (`fills`), one that does too
        ("Holyrood" is no law firm that "Tods Murray" disagrees with). Dates and numbers keep any
        rival: their slots ask where a sentence puts its value, which two sources word apart."""
        if not best.value:
            return None
        def compared(value: str) -> str:  # "In which month ...?": two days of one month agree
            return (kind == DATE and at_asked_grain(value, question)) or normalise(value, kind)
        mine = compared(best.value)
        for ev in supported[1:]:
            if ev.score < self.conflict_ratio * best.score:
                break
            if (ev.value and ev.hit.chunk.source != best.hit.chunk.source
                    and compared(ev.value) != mine and _same_shape(best.value, ev.value, kind)
                    and not _one_name(best.value, ev.value, kind)
                    and (_same_fact(best, ev) or (kind in (DATE, NUMBER) and _same_anchor(best, ev, question)))
                    and _rivals(best, ev.value, kind, question) and not _anothers_age(ev, question)
                    and _same_topic(best, ev, question)
                    and (fills is None or kind not in (NAME, PLACE) or not fills(best) or fills(ev))):
                return ev
        return None


_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


# "It has not said how much the system will cost to develop": the article says it does not know.
_NOT_TOLD = re.compile(r"\b(?:has|have|had|did|does|do|would|will|could)(?:\s+not|n['’]t)\s+(?:yet\s+)?"
                       r"(?:say|said|disclose|disclosed|reveal|revealed|specify|specified|confirm|confirmed)\s+"
                       r"((?:how|what|which|who|when|where|whether)\b[^,;:]*)"
                       r"|\bdeclined\s+to\s+(?:say|disclose|reveal)\s+((?:how|what|which|who|when|where|whether)\b[^,;:]*)"
                       # "has yet to reveal pricing for the box": what is still to be told, in any words
                       r"|\b(?:has|have|had)\s+yet\s+to\s+(?:say|disclose|reveal|specify|confirm|name|announce|set)\s+([^,;:.]*)",
                       re.I)


def _not_told(ev: Evidence, question: str) -> bool:
    """The sentence says the asked thing is not known, in the question's own words, and its
    passage names what the question names: "Blair has yet to name the date of the election"
    says nothing of an election in Iraq."""
    m = _NOT_TOLD.search(ev.text)
    if not m:
        return False
    said = set(content_terms(m.group(1) or m.group(2) or m.group(3)))
    asked = set(content_terms(without_names(question))) - {stem("much"), stem("many")}
    return bool(asked) and asked <= said and (not name_groups(question) or _names_one(ev.hit.chunk.text, question))


def _refines(specific: str, general: str) -> bool:
    """A date that names a day of the month the other gives alone: "19 March" of "March",
    "March 19, 2005" of "March 2005"."""
    month = FULL_MONTH.search(general)
    years, specific_years = set(_YEAR_NAMED.findall(general)), set(_YEAR_NAMED.findall(specific))
    return (month is not None and not _DAY.search(_YEAR_NAMED.sub("", general))
            and month.group() in specific and _DAY.search(_YEAR_NAMED.sub("", specific)) is not None
            and (not specific_years or years <= specific_years))


def _one_name(a: str, b: str, kind: str) -> bool:
    """"Christian Slater" and "Actor Christian Slater", "Blair" and "Tony Blair": when one
    name's words are all in the other, the two sources name the same one."""
    if kind not in (NAME, PLACE):
        return False
    mine, theirs = set(a.lower().split()), set(b.lower().split())
    return mine <= theirs or theirs <= mine


def _same_topic(best: Evidence, rival: Evidence, question: str) -> bool:
    """The rival's chunk names what the question names, as the answer's does: "The awards will
    be handed out on 13 January" about other awards is no rival date."""
    names = question_names(question)
    shared = [n for n in names if n in best.hit.chunk.text or n in best.hit.chunk.title]
    found = sum(n in rival.hit.chunk.text or n in rival.hit.chunk.title for n in shared)
    return found * 2 >= len(shared)  # most of them: the same treaty may go by another title


def _anothers_age(ev: Evidence, question: str) -> bool:
    """"The 31-year-old" in a story headlined "Campbell to extend sprint career" is Campbell's
    age, not that of a runner the story also names."""
    return _AGED.search(ev.text) is not None and number_kind(question) == "age" and _story_of_another(ev, question)


def _echoes(sentence: str, question: str, holding: str = "") -> bool:
    """The sentence repeats three words of the question in a row, one of them no stop word and
    no name (and `holding`, when given): "thought to be like" for "What did he say gaming was
    thought to be like?"."""
    asked = re.findall(r"[\w'’-]+", question)[1:]
    said = " " + " ".join(re.findall(r"[\w'’-]+", sentence)).lower() + " "
    runs = [asked[i:i + 3] for i in range(len(asked) - 2)]
    return any(f" {' '.join(run).lower()} " in said for run in runs
               if any(w.islower() and w not in STOPWORDS for w in run) and (not holding or holding in run))


_WHO_VERB = re.compile(r"^\s*who\s+(?:(?:is|was|are|were|will|would|could|might|can|has|have|had|did|does|do)\s+)?(?:be\s+)?([a-z]+)", re.I)


def _who_verb(question: str) -> str:
    """What "Who" does in the question ("compete" in "Who would compete for business?"): a
    sentence that echoes the question tells who only around that verb; "" for other questions."""
    m = _WHO_VERB.match(question)
    return m.group(1) if m else ""


def _story_of_another(ev: Evidence, question: str) -> bool:
    """The sentence names no one the question names, and its story's headline names someone
    else: who "he" or "the 31-year-old" is, is the headline's. Its first word names only when
    the story writes it with a capital mid-sentence too."""
    if _names_one(ev.text, question):
        return False
    chunk = ev.hit.chunk
    title = chunk.title.strip()
    said = [w for w in re.findall(r"\b[A-Z][\w'’-]+", title) if w.lower() not in STOPWORDS
            and (not title.startswith(w) or re.search(rf"\b[a-z][\w,]*\s+{re.escape(w)}\b", chunk.text))]
    return bool(said) and not _names_one(title, question)


def _rivals(best: Evidence, value: str, kind: str, question: str) -> bool:
    """The other source's value is closer to the answer than to any other value the best
    sentence gives: "July 19, 2001" rivals a signing date of July 16, 2001, not the date the
    treaty came into effect in the same sentence."""
    at = _measure(value, kind)
    mine = _measure(best.value, kind)
    if at is None or mine is None:
        return True
    others = [m for v in values(best.text, kind, question) if v.text != best.value
              and (m := _measure(v.text, kind)) is not None]
    return all(abs(at - mine) <= abs(at - m) for m in others)


def _measure(value: str, kind: str) -> float | None:
    """A date as a day number, an amount as a number; None when it cannot be read."""
    if kind == DATE:
        found = find_dates(value)
        return float(found[0][2].toordinal()) if found else None
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    return float(digits.group().replace(",", "")) if kind == NUMBER and digits else None


def _same_shape(a: str, b: str, kind: str) -> bool:
    """Rival values are written alike: two full dates, two amounts in the same unit, two short
    names. "Paris" and a treaty's long title answer different questions."""
    if kind == DATE:  # "the end of the decade" says no year to compare
        return bool(find_dates(a)) == bool(find_dates(b)) and bool(_DIGIT.search(a)) == bool(_DIGIT.search(b))
    if kind == NUMBER:
        return _unit(a) == _unit(b)
    # "heptathlon" (a kind of the asked noun) and "Mark Lewis-Francis" (a name) answer different questions
    return len(a.split()) <= 3 and len(b.split()) <= 3 and a[:1].isupper() == b[:1].isupper()


def _unit(value: str) -> str:
    return re.sub(r"[\d,.\s]+", " ", value.lower()).strip()


def _same_fact(a: Evidence, b: Evidence) -> bool:
    """Two sentences state the same fact when their meanings are close."""
    if a.vector is None or b.vector is None:
        return a.coverage > 0 and abs(a.coverage - b.coverage) < 0.2
    return float(a.vector @ b.vector) >= SAME_FACT


_SPAN_UNIT = re.compile(r"(?:year|month|week|day|hour|minute|second|decade|centur(?:y|ie))s?")


def _same_anchor(a: Evidence, b: Evidence, question: str) -> bool:
    """Both values are tied to the same thing the question names, whatever else the two
    sentences say: "300 screens" and "250 screens" for "How many screens ...", "Slater, 35"
    and "Slater, 36" for "How old is Christian Slater", and two articles' "The 31-year-old" and
    "The 30-year-old" lifted by the asked name before them. Only for dates and numbers: two names
    beside the same name ("Okafor from Linden City", "Ella Strand said Okafor") say different
    things of it."""
    names = question_names(question)
    head = head_noun(question)
    if _SPAN_UNIT.fullmatch(head):  # "How many years of ties did it mark?": any two spans count years
        head = ""
    for anchor in names | ({head} if head else set()):
        if all(_held_by(ev, anchor) for ev in (a, b)):
            return True
    if number_kind(question) == "age" and all(_THE_AGED.match(ev.text) for ev in (a, b)):
        return True  # "The 31-year-old" and "the 30-year-old", each after the asked name
    measure = asked_measure(question)
    return bool(measure) and all(_measured_by(ev, measure) for ev in (a, b))


def _measured_by(ev: Evidence, measure: str) -> bool:
    """The measure the question asks stands just before the value: "the unemployment rate
    fell to 5.4%"."""
    value = _value_in(ev)
    before = ev.text[max(0, value.start - MEASURE_REACH):value.start] if value else ""
    return bool(re.search(rf"\b{re.escape(measure)}s?\b", before, re.I))


def _held_by(ev: Evidence, anchor: str) -> bool:
    """The evidence's value counts `anchor` or stands within a few words of it."""
    if anchor[:1].islower():
        return _counted(ev, anchor)
    value = _value_in(ev)
    return value is not None and _names_beside(ev.text, value, anchor)
