"""What a question asks for, and the values of that kind a sentence holds.

Answer types are read from the question's wording (who, when, how many, where, ...). Values
are recognised generally: dates through `rag.dates` (python-dateutil), numbers with their
units, money and percentages, and names as runs of capitalised words. The answerer uses them
to prefer sentences that hold an answer, to lead with it, and to see when sources disagree.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .dates import find_dates
from .question import initials, initials_in, name_groups, question_names, shares_stem, without_names
from .text import STOPWORDS, content_terms, stem

DATE, NUMBER, NAME, PLACE, OTHER = "date", "number", "name", "place", "other"

# "Where did X finish?" and "What place did X finish in?" ask a place in a table ("ninth"), not a
# place on a map.
_PLACE_IN_TABLE = (r"^\s*(?:where|(?:in |at )?(?:what|which) (?:place|position)) (?:did|does|do|will|would) .*"
                   r"(?:\b(?:finish|finished|come|came|rank|ranked|placed|end up|ended up)\b(?!\s+from\b)"  # not "come from"
                   # "Where did the film reach in the box office chart?": a place in a chart
                   r"|\b(?:reach|reached|peak|peaked|debut|debuted|enter|entered)\b.*\b(?:charts?|table|box office|rankings?"
                   r"|standings|list)\b)")
# An athlete's throw, jump or leap asks a distance; "the long jump" is an event, "a jump in sales" a move
_ATHLETE_MARK = r"throw|(?<!long )(?<!high )(?<!triple )(?<!ski )(?:jump|leap)(?!\s+in\b)"
# Nouns that ask for a number after "what ..." and after "what is the ...": "what fee", "the fee".
# ("share" with its object after it is a verb: "Which countries share India's rating?")
_MEASURES = (r"share(?!\s+(?:the|a|an|their|its|his|her|our|this|that|these|those|(?-i:[A-Z])[\w-]*['’]s?)\b)"
             r"|amount|number|price|cost|value|total|age|distance|score|area|size|output|acreage|fee|salary"
             r"|budget|weight|height|length|width|depth|altitude|wavelength|speed|temperature|capacity|population|position|turnout|rate"
             r"|level|threshold|time|reading|" + _ATHLETE_MARK)
# An athlete's best mark: a time or a distance ("What is her season's best?").
# a sporting record is a best too ("the 60m world record"; not "a record profit", "his voting record")
_ATHLETE_BEST = (r"(?:\b(?:personal|season['’]s|seasons|career|life-?time) bests?\b"
                 r"|\b(?:world|European|Olympic|Commonwealth|British|national|indoor|outdoor|area|course|championship)"
                 r" records?\b(?!\s+(?!(?:in|for|of|at|on|over|from|since|by|with)\b)[a-z]))")
# A company's or a country's figures: "What net profit did X report?", "What was X's deficit?".
_ACCOUNTS = (r"revenues?|profits?|sales|turnover|debt|deficit|surplus|income|earnings|loss|losses|wages?|fine|penalty"
             r"|fare|rent|inflation|growth|dividend|assets|capitali[sz]ation|valuation|takings"
             r"|bonus(?:es)?|payouts?|pay-?offs?|compensation|donations?")  # what someone was paid or given
# The nouns a place question asks by; "part" and "area" only of a named place ("part of London").
_PLACE_KINDS = (r"city|country|town|village|place|region|district|county|province|suburb|island|venue|state|capital"
                r"|(?:part|area)(?= of (?:the )?(?-i:[A-Z]))")
_PLACE_KIND = re.compile(rf"(?:{_PLACE_KINDS})")
_PLACES = r"cities|countries|towns|villages|places|regions|districts|counties|provinces|suburbs|islands|venues|states|capitals"
# A place the sentence names only by its kind ("in the city"): the one meant was named before it
_THE_PLACE = re.compile(r"\b(?:in|at|to|near|from|around|inside)\s+the\s+(?:[a-z-]+\s+)?"
                        r"(city|country|town|village|region|district|county|province|suburb|island|capital)\b(?!\s+of\b)", re.I)


def place_meant(sentence: str) -> str:
    """The kind of place the sentence means by "the city", "the country" ("" when none)."""
    m = _THE_PLACE.search(sentence)
    return m.group(1).lower() if m else ""


# an ordinal: "the 77th Academy Awards"; "In which year of its run ...?": "now in its 11th year"
_EDITION_ASKED = r"^\s*(?:(?:in|at|for) )?(?:what|which) (?:edition\b|year of (?:its|their|his|her) )"
_DAY_PART = "evening|night|morning|afternoon"  # "On what evening ...?" asks a day
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"  # a count before a noun: "In which two countries ...?"
# A figure's move: "What did the index fall to?" asks the level it reached, "... rise by?" the change.
_MOVED = (r"(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop|drops|dropped|climb|climbs|climbed|grow|grows|grew"
          r"|grown|increase|increased|decrease|decreased|decline|declined|slip|slipped|slide|slid|jump|jumped|soar|soared"
          r"|plunge|plunged|sink|sank|sunk|shrink|shrank|shrunk|surge|surged|tumble|tumbled|gain|gains|gained|slump|slumped"
          r"|dip|dips|dipped)")
# A level a figure stood at: "What did US crude close at?", "What did the index peak at?"
_LEVEL_AT = r"(?:close|closes|closed|settle|settles|settled|end|ends|ended|peak|peaks|peaked|stand|stands|stood)\s+at"
_TYPES = [
    # "From which model year ...?": a year with a word that says which kind ("model", "financial")
    (DATE, re.compile(rf"^\s*(when|since when|until when|by when|what (year|date|day|{_DAY_PART}|month|decade|time(?! (?:did|was|were|has|had)\b))|which (year|date|day|{_DAY_PART}"
                      rf"|month|decade)s?|(on|in|by|until|till|since|from|before|after|between) (what|which) (date|day|{_DAY_PART}|year(?! of (its|their|his|her) )|month|decade)s?|at (what|which) time"
                      r"|((on|in|by|from) )?which (?-i:[a-z]+) (year|date|day|month)s?(?=\s+(is|are|was|were|did|do|does|will|would|has|had|have)\b))\b|\b(release|launch|opening|start|end)"
                      r" date\b|^\s*what (is|was|are|were|will be) (the )?([\w'’.-]+ ){0,6}?dates?( of\b|\s*\?*\s*$)"
                      r"|^\s*what (is|was) the year( of\b|\s*\?*\s*$)"
                      r"|^\s*what (is|was|are|were|will be) (the |its |their |his |her )?([\w'’.-]+ ){0,3}?deadlines?\b", re.I)),
    (NUMBER, re.compile(r"^\s*(what|which) (is|was|are|were|will be)\b.*\b(?:worth\b(?!\s+\w+ing\b)|paid\b(?! to\b))|"
                        r"^\s*((by|for|within|after|in|over|under|up to) )?how (many|much|long|old|far|big|large|tall|high|fast|often|deep|wide|heavy|strong"
                        rf"|hot|cold|warm)\b|{_PLACE_IN_TABLE}|^\s*(what|how much) (will|would|does|did|do|could|might) .*\bcost\b"
                        rf"|^\s*((by|to|at|for|in|over|within|across|under|after) )?(what|which) (?!area of (?:the )?(?-i:[A-Z]))([a-z-]+ (?!(?:is|was|are|were)\b)[a-z-]+ |[a-z-]+ )?({_MEASURES}|{_ACCOUNTS}|percentage|proportion|fraction"
                        r"|figure|sum|times?|volume|saving|savings|split|(?<!\bat )stake)\b|\b(how much|how many)\b"
                        # "What are UK base rates?", "What will X's tax rate be?"
                        r"|^\s*(what|which) (is|was|are|were|(?:will|would|could|might)(?=.*\bbe\s*\?*\s*$))"
                        r" (the|its|their|his|her|our|your|(\S+ ){0,5}?\S+['’]s?|[A-Z]\w*) ([\w'-]+ ){0,3}"
                        rf"({_MEASURES}|{_ACCOUNTS}|depth|width|majority|margin|attendance|crowd|audience|turnout|figure|vote|tally|(?<!\bat )stake)(?:(?<!share)s)?\b"  # "shares" are stock, no share
                        rf"|^\s*(what|which) (is|was|are|were)\b.*{_ATHLETE_BEST}|{_EDITION_ASKED}|^\s*(what|which)\b.*\bodds\b"
                        # "What would they raise the threshold to?": a figure moved by someone, its object between
                        rf"|^\s*what (?:did|does|do|has|have|had|will|would|could|might|is|are|was|were)\b.*\b"
                        rf"(?:{_MOVED}|raise|raised|cut|lower|lowered|reduce|reduced)(?:\s+[\w'’-]+){{0,4}}?\s+(?:to|by)(?:\s+(?:in|on|at|during|last|this|after|before|over|since|between)\b.*)?\s*\?*\s*$"
                        rf"|^\s*what (?:did|does|do|has|have|had|will|would|is|are|was|were)\b.*\b{_LEVEL_AT}(?:\s+(?:on|in|last|this)\b.*)?\s*\?*\s*$", re.I)),
    # "In which two countries ...?" asks places; "Which two countries tabled it?" asks the names of actors
    (PLACE, re.compile(rf"^\s*(where|(in|through|via|across) (what|which) ({_FEW}\s)?({_PLACE_KINDS}|{_PLACES})"
                       rf"|(to|from|into) (what|which) ([A-Za-z-]+ )?({_PLACE_KINDS}|{_PLACES})|(what|which) ({_PLACE_KINDS}|{_PLACES}))\b"
                       r"|^\s*what (is|was|are|were|will be) (the )?([\w'’.-]+ ){0,6}?(location|venue|whereabouts|headquarters"
                       r"|birthplace|hometown)( of\b|\s*\?*\s*$)|^\s*(what|which) nationality\b|\bnationality\s*\?*\s*$", re.I)),  # "What is the location of ...?"
    (NAME, re.compile(r"^\s*(((according to|from|to|with|by|for|against|behind|among) )?(who|whom|whose)|((in|at|on|from|for|by|with|to|between|against|behind|among|after|before|according to) )?which \w+|what (came|finished|ranked|placed)|what (company|firm|team|party|agency|organisation"
                      r"|organization|alliance|group|device|programme|program|film|book|show|pipeline|project|medal"
                      r"|is the name|was the name|name))\b", re.I)),
]

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# A part of a year: "early 2026", "Q3 2025", "the third quarter of 2025"; compared by its year.
_PART_OF_YEAR = (r"early|mid|late|the end of|the start of|the beginning of|the first half of|the second half of"
                 r"|the (?:first|second|third|fourth|last) quarter of|Q[1-4]")
_LOOSE_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?: \d{{4}})?\b|\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b"
    rf"|\b{_MONTH} \d{{4}}\b|\b(?:mid-|late |early )?(?:spring|summer|autumn|winter) of \d{{4}}\b"
    rf"|\b(?:{_PART_OF_YEAR}) (?:1[5-9]|20)\d\d\b|\b(?:1[5-9]|20)\d\d\b"
    rf"|\b\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d\d)\b|\bthe \d{{1,2}}(?:st|nd|rd|th) of {_MONTH}(?: \d{{4}})?"
    rf"|\b(?:mid|early|late)-{_MONTH}\b|\bthe (?:first|second|third|fourth|last|final) (?:week|weekend|days) of {_MONTH}\b"
    r"|\b(?:(?:early|mid|late|mid-to-late|early-to-mid)[- ])?(?:1[5-9]|20)\d0s\b"  # "in the mid-to-late 1980s"
    r"|(?<!his )(?<!her )(?<!its )(?<!their )\b(?:early|mid|late)[- ](?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"  # "in the late seventies"
    rf"|\b(?:{_PART_OF_YEAR}) (?:the |this |next |last )(?:decade|year|month)\b"  # "by the end of the decade"
    r"|\b(?:last|this|next) (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"  # "launched last November": no year, but a month
    rf"|\b{_MONTH} (?:this|last|next) year\b"  # "appeared in April this year"
)
_SINCE = re.compile(rf"\bsince (?:{_MONTH} )?(?:1[5-9]|20)\d\d\b")
# A rate: "per share", "each month" (a time unit only: "each player" may come before the value).
_RATE_REACH = 60  # characters before a figure where the rate it is given at may stand
# "How much extra aid a year ...?" asks a rate too; "a year ago" and "in a year" do not
_PER = re.compile(r"\bper ([a-z]+)\b(?<!per cent)|\b(?:each|every|(?<!\bin )(?<!\bwithin )(?<!\bfor )(?<!\bover )(?<!\bafter )a)"
                  r" (day|week|month|year|quarter)\b(?!\s+(?:ago|earlier|later|before|after|on|from|since)\b)", re.I)
_EVERY_BEFORE = re.compile(r"\bevery\s+(?:other\s+)?$", re.I)
_TIMES_AFTER = re.compile(r"^\s*(?:(?:to|or|-)\s*[\w.]+\s+)?(?:(?:times\s+)?(?:a|an|per|each|every)\s+"
                          r"(?:day|week|fortnight|month|year|quarter|hour|minute|second|season)\b"
                          r"|(?:[a-z]+\s+)?(?:times|occasions)\b)", re.I)  # "six to 10 times a year", "38 different occasions"
# How often, said with no number: "every year", "once a week", "annually"
_A_PERIOD_EVERY = re.compile(r"\b(?:(?:every|once a|twice a)\s+(?:other\s+)?(?:day|week|fortnight|month|year|quarter|season|decade)"
                             r"|daily|weekly|monthly|yearly|annually|quarterly|hourly)\b", re.I)
_EVERY = {"day": "daily", "week": "weekly", "month": "monthly", "year": "yearly|annually", "quarter": "quarterly",
          "hour": "hourly"}
_RATE_ADJECTIVE = {**_EVERY, "year": "yearly|annual"}  # "their annual trade"
PER_HEAD = "(?:head|capita|person|individual|citizen|resident|inhabitant)"  # one rate per person, in any of its words
# A run of days, whose numbers count nothing: "between 13 and 15 March", "March 13 or 14", "13-15 May".
_DAY_RUN = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|and|to|or)\s*\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}"
                      rf"|\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|and|to|or)\s*\d{{1,2}}\b")
_MONTH_ASKED = re.compile(r"\b(what|which) month\b", re.I)
YEAR_ASKED = re.compile(r"\b(what|which) year\b", re.I)
_DECADE_ASKED = re.compile(r"\b(what|which) decades?\b", re.I)
_DECADE = re.compile(r"\b\d{3}0s\b")  # "the 1980s"
_A_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|['’]\d\d\b")
# "At what time ...?" asks a clock time: "1830 GMT", "6.30pm", "noon".
_CLOCK_ASKED = re.compile(r"\bat (?:what|which) time\b|^\s*what time (?:is|does|do|will|would|should)\b", re.I)
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s?(?:GMT|BST|UTC|CET|EST|EDT|PST|ET|hrs|am|pm|a\.m\.|p\.m\.)"
                    r"|\b(?:1[0-2]|0?\d)\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midday|midnight)\b", re.I)
_CLOCK_AFTER = re.compile(r"(?:\s+(?:and|to|-)\s+\d{4})?\s?(?:GMT|BST|UTC|CET|hrs)\b")
_IN_A_MONTH = re.compile(rf"\b{_MONTH}")
FULL_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
                 "|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter")
# Currencies written out or as ISO codes ("2.1 million crowns", "SEK 40m", "5bn rupees").
_CURRENCY = (r"euros?|dollars?|pounds?|rupiah|yuan|renminbi|rubles?|roubles?|yen|crowns?|kronor|krona|kroner|krone"
             r"|francs?|rupees?|pesos?|rand|lira|shekels?|zlotys?|dinars?|dirhams?|riyals?|baht|ringgit|forints?")
# a line's data rate: "8Mbps", "one gigabit a second"
_DATA_RATE = r"(?:kilo|mega|giga|tera)bits?(?:\s(?:a|per)\s(?:second|sec))?\b"
_SPEED = (r"km/h|kph|mph|knots?|m/s|(?:miles|kilometres|kilometers) (?:an|per) hour"
          rf"|[kKMGT]bps|[kKMGT]bits?/s|{_DATA_RATE}")
_TEMPERATURE = r"°\s?[CF]?|degrees?(?: (?:Celsius|Fahrenheit|centigrade|C|F)\b)?|(?<=\d)[CF]"
_MEASURE_UNITS = (r"pages?|words?|metres?|meters?|kilometres?|kilometers?|km|miles?|feet|foot|inches|millimetres?|millimeters?|mm|nanomet(?:re|er)s?|microns?|nm"
                  r"|centimetres?|centimeters?|cm|tonnes?|tons?|kg|kilos?|kilograms?|hectares?|acres?|sq km"
                  r"|square (?:kilo)?met(?:re|er)s|square (?:km|miles|feet)|km²|litres?|liters?|gallons?|barrels?"
                  r"|cubic met(?:re|er)s|(?:giga|mega|tera|kilo)?bytes|bits?|GB|MB|TB"
                  r"|megawatts?|gigawatts?|kilowatts?|MW|GW|kW|kWh|MWh|GWh|TWh|degrees?")
_ISO_CURRENCY = r"(?-i:USD|EUR|GBP|JPY|CNY|CHF|SEK|NOK|DKK|INR|RUB|AUD|CAD|BRL|ZAR|PLN|TRY|MXN|KRW)"  # capitals only
# a span of time told with a word between its number and its unit: "45 human hours"
_TIME_TOLD = (rf"\s(?!(?:and|or|of|in|to|the|for|per|than|each|every|next|last|ago|this|that|these|those|from|since|until|after"
              rf"|before|a|an|{_NUMBER_WORDS})\b)[a-z]{{3,}}\s(?:years?|months?|weeks?|days?|hours?|minutes?)\b")
_NUMBER = re.compile(
    rf"(?:(?:minus|-)\s?(?=\d+(?:\.\d+)?\s?(?:°|degrees?|[CF]\b)))?(?:(?:\b(?-i:[A-Z]{{1,2}})(?=\$))?[$£€¥]\s?|\b(?:{_ISO_CURRENCY})\s?)?\b\d(?:[\d,.]*\d)?(?![,.]?\d|(?:st|nd|rd|th)\b)(?:%|p\b|\s?(?:per ?cent|percent|bn|km(?!/)|kg|cm|mm|ft|m|k|tn)\b|(?!s\b)[A-Za-z]{{1,5}}\b(?!/))?(?:\s(?:million|billion|trillion|thousand)\b)?"
    rf"(?:\s?(?:{_SPEED}|{_TEMPERATURE})|[- ](?:[a-z]+-)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|hrs|mins?|secs?|{_MEASURE_UNITS}|{_CURRENCY}|pence|cents?"
    rf"|{_ISO_CURRENCY}|(?-i:(?:[A-Z][a-z]+ ){{1,2}})(?:{_CURRENCY})|screens?|jobs?|people|staff|workers|homes|votes|seats|points|goals|games"
    r"|times(?= (?:as|more|less|faster|bigger|larger|higher|greater|the)\b|[a-z]+er\b))(?![a-z])"  # "10 times faster"; "300 ministers" no "min"
    rf"|(?<!\b[12]\d\d\d){_TIME_TOLD})?"  # "45 human hours", not "in 1999 several months later"
    rf"|\b(?!one\b(?![- ](?:{_NUMBER_WORDS}|{_DATA_RATE})|\s+and\s+a\s+half\b))(?:{_NUMBER_WORDS})(?:[- ](?:{_NUMBER_WORDS}))*"
    r"(?:\s+and\s+a\s+half)?"  # "three and a half months"
    rf"(?:[- ](?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|per ?cent|{_DATA_RATE})\b(?!-old\b)|-way\b"
    rf"|-(?:{_MEASURE_UNITS})\b|\b(?!-))",  # "a five-year-deal", no age; "a five-way match"; "a three-metre bridge"
    re.I,
)
_NAME_WORD = r"[A-Z](?:(?:\.[A-Z])+\.?|\.(?=\s+[A-Z][a-z])|[\w&'’-]*(?:/[A-Z][\w&'’-]*)?)"  # "LVMH", "Blair", "U.K.", "R." of "R. Sridharan", "Nip/Tuck"
# A body named for its purpose goes on past "for" or "on": "Court of Arbitration for Sport", "Commission on
# Social Justice" (not "Zorb Council on Monday").
_BODIES = ("Court", "Institute", "Commission", "Department", "Campaign", "Centre", "Center", "Council", "Committee",
           "Foundation", "Society", "Association", "Office", "Ministry", "Fund", "Trust", "Agency", "Alliance",
           "Coalition", "Organisation", "Organization", "Union", "Federation", "Arbitration", "Partnership", "Network")
_FOR_A_BODY = "|".join(f"(?<={b} )" for b in _BODIES)
_A_BODY = re.compile(rf"\b(?:{'|'.join(_BODIES)})\b")


def names_a_body(value: "Value", question: str) -> bool:
    """For "Which body ...?" (or firm, club, party: _BODY_ASKED), the name is a body's by its
    words ("Irish Sports Council"), no person's ("Mark Carroll")."""
    return _BODY_ASKED.match(question) is not None and _A_BODY.search(value.text) is not None

_NAME = re.compile(rf"(?<!-)\b(?!I['’](?:ll|m|ve|d)\b){_NAME_WORD}(?:\s+(?:of |de |la |van |von |the |and |& |al-|el-|(?:{_FOR_A_BODY})(?:for|on(?! (?:{_MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)) )?{_NAME_WORD})*")
# Where a capital says nothing: the text's start, or after a sentence's end ("Artists who ...").
# After an opening quote too: '"It's ...'", 'the Bishop said: "Conspiracy theories ...'.
# a quote in a quote: ': "'We'; a list's item: "- The bill ...", "2) The plan ..."
SENTENCE_START = re.compile(r"(?:^\s*(?:[-–—•*]\s+|\(?\d{1,2}\)\s+)?|[.!?][\"”’']?\s+)[\"“‘']{0,2}$|:\s*[\"“‘']{1,2}$")
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their", "its"))
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# a month or a weekday, or a run of them: "between July and September" names no one
CALENDAR = re.compile(rf"^(?:{_MONTH}|{_WEEKDAYS})(?:(?:,?\s+(?:and|or|to)|,)\s+(?:{_MONTH}|{_WEEKDAYS}))*$")
_HEAD = re.compile(r"^\s*(?:(?:in|at|on|from|for|by|with|to|after|before) )?(?:which|what|how many) (?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can"
                   r"|could|should|might|may|must)\b)([a-z]+)\b", re.I)


_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_CARDINALS = "one two three four five six seven eight nine ten".split()
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*(?: of)?\s+$")  # a capitalised word, then a capitalised number
_LABEL_BEFORE = re.compile(r"\b(?:Number|No\.?|Nos\.?)\s*$")  # a number that names: "No 10", "units No. 7"
_ORDINAL_WORDS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                  r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|last"
                  r"|\d{1,3}(?:,\d{3})*(?:st|nd|rd|th)")
_ORDINAL = re.compile(rf"\b(?:{_ORDINAL_WORDS})\b", re.I)
# A place in a series that says which one of several ("the seventh week"), not the first or last
SERIES_PLACE = re.compile(rf"(?!first\b|last\b)(?:{_ORDINAL_WORDS})", re.I)
_RANK_ASKED = re.compile(rf"\b(?:came|comes|finished|ranked|placed|(?:is|was|are|were)(?= (?:in )?\w+ (?:in|on|at|behind)\b))"
                         rf"\s+(?:in\s+)?({'|'.join(_ORDINALS)}"
                         r"|\d{1,3}(?:,\d{3})*(?:st|nd|rd|th))\b", re.I)


_CHART_PLACE = re.compile(rf"(?:(?<=\bat )|(?<=\breached )|(?<=\bto ))(?:number|No\.?) (?:\d{{1,3}}|{'|'.join(_CARDINALS)})\b",
                          re.I)  # "at number 11", "reached number eight", "climbed to number two"


_NTH_YEAR = re.compile(r"\bin\s+(?:its|their|his|her)\s+(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+year\b")


def _an_edition(sentence: str, ordinal: re.Match[str]) -> bool:
    """The ordinal numbers an event by its name: "the 51st Cross International", "Sunday's 25th
    Cross ..."; no place in a race."""
    return (re.search(r"(?:\b(?i:the)|\w['’]s)\s+$", sentence[:ordinal.start()]) is not None
            and re.match(r"\s+[A-Z]", sentence[ordinal.end():]) is not None)


def _ordinal_of_a_thing(after: str) -> bool:
    """An ordinal before a noun numbers that thing ("her last jump", "the first leap"), not a
    place in a table ("finished seventh in", "second place")."""
    m = re.match(r"\s+([a-z][a-z-]+)", after)
    return m is not None and m.group(1) not in STOPWORDS and m.group(1) not in ("place", "position", "spot", "overall")


def asked_rank(question: str) -> int | None:
    """The place in a list or race a question asks about: 3 in "Which device came third?"."""
    m = _RANK_ASKED.search(question)
    if not m:
        return None
    word = m.group(1).lower()
    return _ORDINALS.index(word) + 1 if word in _ORDINALS else int(re.sub(r"\D", "", word))


def rank_at(sentence: str, rank: int) -> list[int]:
    """Where the sentence gives that place: "second", "2nd", "number two", "No 2", "at two"."""
    forms = [rf"{rank}(?:st|nd|rd|th)", rf"(?:number|no\.?|at|#)\s*{rank}\b"]
    if rank <= len(_ORDINALS):
        forms += [_ORDINALS[rank - 1], rf"(?:number|no\.?|at)\s+{_CARDINALS[rank - 1]}"]
    return [m.start() for m in re.finditer(rf"\b(?:{'|'.join(forms)})\b", sentence, re.I)
            if not _ANOTHER_ONE.search(sentence[:m.start()]) and not _an_edition(sentence, m)]  # "the third Ostby Saga film"


_ANOTHER_ONE = re.compile(r"\b(?:a|an)\s+$", re.I)  # "for a second week", "a third term": once more, no place


_ROLE_ASKED = re.compile(r"^\s*who\s+(?!(?:is|was|are|were|will|would|did|does|do|has|have|had|can|could|should|may"
                         r"|might|must)\b)([a-z]{3,})\b"
                         # "Who has won ...?", "Who will replace ...?": the verb after its auxiliary
                         r"|^\s*who\s+(?:has|have|had|will|would)\s+(?!(?:be|been|not)\b)((?-i:[a-z]{3,}))\b"
                         r"|^\s*who\s+(?:is|are|was|were)\s+((?-i:[a-z]{2,}ing))\b", re.I)  # "Who is directing ...?"
# "manager Ella Strand", "Minister Dayanidhi Maran", "its first handheld console, the PSP"
_ROLE_BEFORE = re.compile(r"\b([A-Za-z][a-z-]+|[A-Z]{2,4}s?)(?:,?\s+|,\s+the\s+)$")  # also "MP", "MEP"
# "X beat Y and Z to the best drama title": X won the prize
_BEAT_TO = re.compile(r"^\s+(?:beat|defeated|pipped|edged out|saw off)\s+[^.;:]{1,80}?\bto\s+(?:the\s+)?((?:[\w'’/-]+\s+){1,5}?)"
                      r"(?:prize|award|title|crown|trophy|honour|gong|category)s?\b")
_WON = r"(?:won|wins?|winning|took|scooped|collected|picked up)\s+(?:the\s+|a\s+)?((?:[\w'’/-]+\s+){1,5}?)(?i:prize|award|title|crown|trophy|honour|gong|category)"
_WON_FOR = re.compile(rf"\b{_WON}\s+for\s+$")
# a prize told by its own words after "was named": "Alexander Payne was named best director, and ..."
_NAMED_PRIZE = re.compile(r"^\s+(?:was|were|has\s+been|had\s+been)\s+(?:named|voted|crowned)\s+(?:the\s+)?"
                          r"((?:best|top)(?:\s+[a-z][\w'’/-]*){1,3})(?=\s*[,.;]|\s+(?:and|for|at|by|in|with|of|on)\b)")
_WON_PRIZE = re.compile(rf"^(?:,\s+(?:which|who|that))?\s+{_WON}s?\b")  # ", which won the award for ..."
# the prize and then whom it went to: "The sports award went to Pro Evolution Soccer 4"
_PRIZE_GIVEN = re.compile(r"\b((?:[\w'’/-]+\s+){1,5}?)(?:prize|award|title|crown|trophy|honour|gong|category)s?\s+"
                          r"(?:went|was\s+(?:awarded|given|presented|handed))\s+to\s+$")
# the prize and then who won it: "The originality award was won by PlayStation 2 title Singstar"
_PRIZE_WON_BY = re.compile(r"\b((?:[\w'’/-]+\s+){1,5}?)(?:prize|award|title|crown|trophy|honour|gong|category)s?\s+"
                           r"(?:was|were|has\s+been|had\s+been)\s+won\s+by\s+(?:[\w'’-]+\s+){0,4}$")
_GIVEN_TO = re.compile(r"\b(?:went|awarded|given|presented|handed)\s+to\s+$")  # a prize and who won it
_DONE_BY = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:out\s+|up\s+|off\s+)?by\s+$")  # "It is directed by Robert Zemeckis" for "Who directed it?"
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their)\s+$", re.I)  # "in the event by": a noun before "by"
# The asked verb a few words before: "ratified by Labour's ruling National Executive Committee".
_DONE_BY_ANY = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:out\s+|up\s+|off\s+)?by\s+(?:the\s+|[A-Z][\w-]*['’]s\s+|[a-z]+\s+|\d+(?:st|nd|rd|th)\s+[A-Z][a-z]+\s+){0,5}$")
_DEED_FROM = re.compile(r"\b([a-z]{4,}(?<!ed))\s+from\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?$")
# A passive with words between the deed and "by": "was shot outside his home in 1997 by suspected killer".
_PASSIVE_BY = re.compile(r"\b(?:is|are|was|were|been|being)\s+([a-z]+)\s+[^,;:.]{0,60}?\bby\s+(?:the\s+|[a-z]+\s+){0,3}$")
# The role and what it is of, then the name: "the chairman of the education committee, Labour MP Ada Moss".
_ROLE_OF_BEFORE = re.compile(r"\b([A-Za-z][a-z-]+) (?:of|for|at|in) ([^,;:.]{1,60}),\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$")
_PLACING = frozenset("behind near beside ahead among within without across along around".split())  # no titles
# The role set off before a name that another title of theirs leads: "the company's administrator,
# turnaround expert Enrico Bondi", "its director, Tunisian-born Abdellatif Kechiche".
_ROLE_THEN_TITLE = re.compile(r"\b([a-z][a-z-]+),\s+(?:[A-Z]{2,}\s+)?([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?|[A-Z][\w'’]*-[a-z]+)\s+$")
# A clause whose subject is another ("Day One, which he wrote,") titles no one.
_NOT_APPOSED = r"(?!(?:which|that|where|when|whom)\b|who\s+(?:he|she|they|it|we|i)\b)"
# The role as an apposition after the name: "Pete Simpson, head of ...", "Jo Li, the club’s new coach,",
# "Ada Moss, a geologist and mining expert of ...".
# The role set off after the name, alone or after another title it holds too (", president and
# chief operating officer at").
_ROLE_AFTER = [re.compile(rf"^,\s+{_NOT_APPOSED}(?:the |a |an )?{co}((?:[\w'’&.-]+ ){{0,3}}?)([A-Za-z][a-z-]+)\b"
                          r"(?=\s+(?:of|at|for|in|with|and|to)\b|\s*[,.;]|$)")
               # another role first: "chairman and chief executive", "executive vice president and general manager",
               # "vice president of the European Commission and also Commissioner for Transport"
               for co in ("", r"[a-z][\w-]*(?: [a-z][\w-]*){0,2} (?:of (?:the )?(?:[A-Z][\w'’&.-]* ){1,4})?(?:and|&) (?:also )?")] + [
    # a capitalised title set off by commas: ", Commerce and Industry Minister,"
    re.compile(r"^,\s+(?:the )?((?:[A-Z][\w'’.-]*\s+(?:(?:and|&)\s+)?){1,4})([A-Z][a-z-]+)(?=\s*[,.;]|$)"),
    # one of a kind, run into the verb: ", a Lufthansa spokesman told the BBC" (", the Bishop said" starts a clause)
    re.compile(r"^,\s+an?\s+((?:[\w'’&.-]+ ){0,3}?)([A-Za-z][a-z-]+)(?=\s+(?:told|said|says|added)\b)"),
    # the role's firm after "of": "Andrew Beh, of brokers ING," for "Which ING broker ...?"
    re.compile(r"^,\s+of\s+()([a-z][a-z-]+)(?=\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s*[,.;])")]


_ROLE_NAMED = re.compile(r"^\s*(?i:who) (?:is|was|are|were|will be|has been) (?:the |a |an )?"
                         r"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s? |[a-z]+s['’] |[a-z]+['’]s )?"  # "the protesters' solicitor"
                         # the words before the role: "economic and fiscal policy minister", not "representing Madrid at the talks";
                         # an adverb is no role: "the first Briton home"
                         # ("of" and "and" inside a name: "the Bank of England deputy governor")
                         r"(?:(?!(?:at|in|on|of|for|to|with|by|from|the|a|an)\b)[A-Za-z-]+ |(?:of|and) (?=[A-Z])){0,5}?"
                         r"(?!(?:home|back|away|out|off|ahead|abroad|overseas)\b)([a-z-]{3,})"
                         r"(?=\s+(?:of|at|for|in|on)\b|(?<!ed)\s+to\b|\s+[a-z]{3,}ed\s+(?:in|on|at|from|by|last|this)\b|\s*\?|$)")


# "What is the name of Hague's wife?", "What is his coach called?": a role by its owner.
_OWNER = r"(?:the |his |her |their |its |[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s? )"
_ROLE_NAME = re.compile(rf"^\s*what (?:is|was) (?:the name of {_OWNER}(?:[A-Za-z-]+ ){{0,2}}?([a-z-]{{3,}})(?: of [^?]+)?"
                        rf"|{_OWNER}([a-z-]{{3,}})(?: of [^?]+)?(?:['’]s name| called))\s*\?*\s*$", re.I)
_ROLE_TITLED = re.compile(r"^\s*(?i:who) (?:is|was|are|were|will be|has been) (?:the |(?=(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s?\s+[A-Z]))(?:(?:new|current|acting|incoming)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
                          r"([A-Z][a-z-]{2,})(?:\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+)?\s*\?*\s*$")  # "the new Police Commissioner", "Commissioner for Transport", "Warden of Ostby"
# A lone name right after the role of someone already named, or one set off by a comma: "his wife
# Ffion", "with coach Ruiz", "another of their businesses, retailer Acme".
_OWNED_ROLE_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|with|and|[A-Z][\w-]*['’]s?)|,)\s+(?!(?:the|an?)\s)([a-z][a-z-]+)\s+$")

def _noun_words(phrase: str) -> list[str]:
    """The words of a noun phrase after a copula, up to its first small word; none when it opens
    on a verb ("is warning a committee", "is expected to"): "favourite" of "favourite to win"."""
    words = phrase.split()
    if words and re.search(r"(?:ing|ed)$", words[0]):
        return []
    return list(itertools.takewhile(lambda w: w.lower() not in STOPWORDS, words))


_IS_ROLE_AFTER = re.compile(r"\s+(?:is|was|remains|became|has\s+been)\s+(?:now\s+)?(?:the\s+|an?\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)\b")
_THE_KIND_BEFORE = re.compile(r"\bthe\s+([a-z][a-z-]+)\s+$")  # "Which film ...?": "shooting the film Retirement"
_APPOSED_ROLE = re.compile(r"\b([a-z][a-z-]+),\s+the\s+$")  # one word set off after its role: "console, the PSP"

# An apposition that gives the role after "as": ", the specialist appointed as Aster's chief executive,"
_AS_ROLE_AFTER = re.compile(r"^,\s+[^,;.]{0,80}?\bas\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*['’]s\s+)?(?:[a-z-]+\s+){0,2}?"
                            r"([a-z-]{3,})(?=\s*[,.;])")
_ROLE_AS = re.compile(r"^\s*(?i:who)\b.*\bas (?:the |their |his |her |its |a |an |[A-Z][\w-]*['’]s )?(?:[a-z-]+ ){0,2}(?!(?:him|her|them|you|it)\b)([a-z-]{3,})\s*\?*\s*$")


# Irregular past forms and participles, read as the verb they are: "won" is "win" ("Who won
# it?" is answered by "the winner, Ada Quill" and "Ada Quill winning it"); a "Which" question's
# noun phrase ends before one ("Which trade union official said ...?").
_PAST_BASE = {
    "won": "win", "led": "lead", "ran": "run", "wrote": "write", "written": "write", "made": "make",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "sold": "sell", "bought": "buy",
    "told": "tell", "met": "meet", "left": "leave", "held": "hold", "chose": "choose", "chosen": "choose",
    "drew": "draw", "drawn": "draw", "drove": "drive", "driven": "drive", "fought": "fight", "found": "find",
    "grew": "grow", "grown": "grow", "kept": "keep", "lost": "lose", "built": "build", "brought": "bring",
    "began": "begin", "begun": "begin", "sent": "send", "sang": "sing", "sung": "sing", "stood": "stand",
    "struck": "strike", "taught": "teach", "threw": "throw", "thrown": "throw", "beaten": "beat",
    "became": "become", "came": "come", "paid": "pay", "knew": "know", "known": "know", "rose": "rise",
    "risen": "rise", "shot": "shoot", "sat": "sit", "spent": "spend", "bore": "bear", "borne": "bear",
    "said": "say", "got": "get", "went": "go", "fell": "fall", "flew": "fly", "heard": "hear", "laid": "lay",
    "meant": "mean", "rode": "ride", "saw": "see", "spoke": "speak", "stole": "steal", "swore": "swear",
    "thought": "think", "understood": "understand", "wore": "wear", "beat": "beat", "hit": "hit", "let": "let",
    "put": "put", "quit": "quit", "read": "read", "set": "set", "shut": "shut",
}
# A prefixed verb changes as its root does: "withdrew", "overcame", "upheld", "mistook", "forgave".
_PAST_BASE |= {prefix + past: prefix + base for past, base in list(_PAST_BASE.items()) if past != base
               for prefix in ("with", "over", "under", "out", "up", "fore", "mis", "for")}


# Nouns for the one at the head of a body: one role, so "Who heads Wada?" is answered by "Wada
# chief Dick Pound" and "Who is the boss of X?" by "X chief Jo Lee".
_HEAD_ROLES = frozenset(("head", "chief", "boss"))
# the posts that head a body, for "Who heads X?": "director of Intel's photonics lab"
_HEADS = tuple(stem(w) for w in "head chief boss director chair leader president governor".split())
_PREFIXED_ROLE = 6  # letters a role needs to be read at the end of a longer word: not "man" in "chairman"


_IN_CHARGE = re.compile(r"^\s*(?i:who)\s+(?:is|was|are|were|will be|has been)\s+(?:now\s+)?in charge of\b")


def is_role(stemmed: str, role: str) -> bool:
    """The stemmed word names the asked role (a stem from `asked_role`), also after a prefix:
    "ex-nanny" is a nanny, a "macroeconomist" an economist."""
    return stemmed.startswith(role) or stemmed.rsplit("-", 1)[-1].startswith(role) \
        or len(role) >= _PREFIXED_ROLE and stemmed.endswith(role) \
        or role in _HEAD_ROLES and stemmed in _HEAD_ROLES \
        or role == "head" and stemmed.startswith(_HEADS)  # "Who heads X?": "director of X"


def verb_stem(word: str) -> str:
    """The stem of a word, an irregular past form read as its verb: "won" and "winner" share "win"."""
    return stem(_PAST_BASE.get(word, word))


# The noun for one who does it, where English does not make it from the verb's stem:
# "Who speaks for X?" is answered by "X spokesman Ana Ruiz".
_IRREGULAR_AGENT = {"speak": "spoke"}


# Deeds done by holding a post named for them (a coach coaches, a director directs, a founder
# founded) or by taking a part (a buyer buys, a voice actor voices). A question about one is
# answered only where the deed or its doer's noun is said.
POST_DEEDS = frozenset(stem(v) for v in "coach direct found host manage chair edit own captain compose "
                       "sponsor publish design buy voice head".split())


_NOW = re.compile(r"\s+(?:now|currently|today|these days|at present|at the moment)(?=\s*\?*\s*$)", re.I)


_ONE_OF = re.compile(r"^(\s*who\s+(?:is|was|are|were)\s+)(?:one|some|any|either|each|two|three|four)\s+of\s+(?=\S)", re.I)


@lru_cache(maxsize=4096)  # asked again for every sentence `values` reads
def asked_role(question: str) -> str:
    """The stem of what a "who" question asks someone does or is: "manag" in "Who manages X?",
    "secretari" in "Who is the shadow home secretary?", "lawyer" in "Who represents X as their
    lawyer?"."""
    question = _NOW.sub("", question)  # "Who is Egypt's coach now?" asks the coach
    question = RELATIVE_END.sub("?", question)  # "Who was her husband who died?" asks the husband
    question = _ONE_OF.sub(r"\1", question)  # "Who is one of Anderson's clients?" asks a client
    m = _ROLE_AS.match(question) or _ROLE_ASKED.match(question) or _ROLE_NAMED.match(question)
    if m:
        verb = verb_stem(next(g for g in m.groups() if g).lower())
        if m.re is _ROLE_ASKED and m.group(3) and verb not in POST_DEEDS:
            return ""  # "Who is representing Harlow at the talks?": a deed of the moment, no post
        return _IRREGULAR_AGENT.get(verb, verb)
    if _IN_CHARGE.match(question):  # "Who is in charge of Wada?" asks its head
        return "head"
    if m := _ROLE_TITLED.match(question):  # "Who is the Children's Minister?"
        return stem(m.group(1).lower())
    if m := _ROLE_NAME.match(question):  # "Mrs Quinn's ex-nanny": her nanny, once
        return stem(re.sub(r"^(?:ex|former)-", "", (m.group(1) or m.group(2)).lower()))
    head = (_asked_acronym(question) or _phrase_end(question) or _noun_after_names(question) or head_noun(question)) \
        if answer_type(question) == NAME else ""
    return stem(head.lower()) if len(head) > 3 or head.isupper() else ""  # "Which minister launched it?": "Minister Hazel Blears"


# "Which Labour peer withdrew ...?", "Which MSP wants ...?": names, then the asked noun and its verb.
_AFTER_NAMES = re.compile(r"^\s*(?:(?i:in|at|on|from|for|by|with|to) )?(?i:which) ((?:[A-Z][\w&'’.-]*\s+)+)([a-z][a-z-]+)\b(?:\s+([\w'’-]+))?")


def _is_verb(word: str) -> bool:
    return word in _AUXILIARY or word in _PAST_BASE or word.endswith("ed") or word in STOPWORDS


def _asked_acronym(question: str) -> str:
    """An acronym that ends the names after "Which" is the asked noun when a verb follows it:
    "MSP" in "Which MSP wants shops ...?", "MP" in "Which Tory MP told ...?"."""
    m = _AFTER_NAMES.match(question)
    if not m or not ((last := m.group(1).split()[-1]).isupper() and len(last) > 1):
        return ""
    noun, after = m.group(2), m.group(3) or ""
    alone = len(m.group(1).split()) == 1
    return last if _is_verb(noun) or alone and noun.endswith("s") and after not in _AUXILIARY else ""


def _noun_after_names(question: str) -> str:
    """The lower-case word after the names a "Which" question opens on: "peer" in "Which Labour
    peer withdrew ...?"; "" when a verb comes right after them ("Which German did ...?": the
    name is the kind)."""
    m = _AFTER_NAMES.match(question)
    return m.group(2) if m and not _is_verb(m.group(2)) else ""


RELATIVE_END = re.compile(r"(?<=[a-z])\s+(?:who|that)\s+[a-z][^?,]*\?*\s*$")  # a clause that ends the question


_AUXILIARY = frozenset("is was are were did does do has have had will would can could should might may must".split())


# "Who is disadvantaged by ...?", "Who could face prosecution?": a deed or a fate, no post; its
# answer may be a group in lower case ("divorced parents", "anglers") that no name gives.
_GROUP_ASKED = re.compile(r"^\s*who\s+(?:(?:is|are|was|were|will|would|could|can|may|might|should|must|be|been|being|have|has|had"
                          r"|now|often|also|still|most|more|less)\s+)*((?-i:[a-z][a-z-]+))\b(?!\s+(?:the|a|an)\b)", re.I)


def group_verb(question: str) -> str:
    """The verb stem of a "who" question that asks who does, or what befalls, a deed that is no
    post ("disadvantag" of "Who is disadvantaged by the system?"); "" for any other question."""
    m = _GROUP_ASKED.match(question)
    if not m or m.group(1).lower() in _AUXILIARY or m.group(1).lower() in STOPWORDS or asked_role(question):
        return ""
    return verb_stem(m.group(1).lower())


def tells_group(sentence: str, verb: str) -> bool:
    """The sentence says the asked deed of some group in lower case: "non-resident parents are
    frequently disadvantaged", "could leave anglers facing court"."""
    return any(verb_stem(w) == verb and re.search(r"\b[a-z][a-z-]*[^s\W]s\b", sentence[:m.start()] + sentence[m.end():])
               for m in re.finditer(r"[a-z][a-z-]+", sentence) if (w := m.group()))


def _phrase_end(question: str) -> str:
    """The last word of a "Which" question's noun phrase of two words or more, before its verb:
    "official" in "Which trade union official said ...?", "city" in "Which industrial city did
    ...?"; "" for one word ("Which minister ...") or when no verb is found."""
    m = re.match(r"\s*which\s+(.*)", question, re.I)
    words = re.findall(r"[\w'’-]+", m.group(1)) if m else []
    if len(words) > 1 and words[1] in _PHRASE_PREPOSITIONS:  # "Which convention on refugees ...?": one word
        return ""
    for i, word in enumerate(words):
        if word in _PAST_PHRASE:  # "Which company makes the headset that its voice commands need?": past its verb
            return ""
        if word.islower() and (word in _AUXILIARY or word in _PAST_BASE or word.endswith("ed")):
            if i >= 3 and words[i - 2] == "of" and words[i - 3] not in _CLASSIFIERS:
                return words[i - 3]  # "Which US secretary of state ...?" asks a secretary
            j = i - 1
            if words[0] != "of":  # "Which of Moscow's envoys in Washington ...?" asks one of them, no noun
                while j > 1 and not words[j].islower():  # "Which music publisher from Germany bought ...?": past its place
                    j -= 1
            j = j - 1 if j < i - 1 and words[j] in _PHRASE_PREPOSITIONS else i - 1
            return words[j] if j >= 1 and words[j].islower() and words[j] not in STOPWORDS else ""
    return ""


# Nouns that take their kind from the noun after "of": "Which kind of car ...?" asks a car.
_CLASSIFIERS = frozenset("kind kinds type types sort sorts form forms part parts variety brand make model".split())


# An article or a relative pronoun stands after the asked noun phrase and its verb, never in it.
_PAST_PHRASE = frozenset("the a an that who whom which whose where when".split())


# A noun phrase ends before these: "Which convention on refugees ...?" asks a convention ("kind of car" asks a car).
_PHRASE_PREPOSITIONS = frozenset("on for about in at from with against to".split())


# Words that make a role another one: a deputy chief executive is not the chief executive.
_RANKED = re.compile(r"\b(deputy|vice|assistant|associate|acting|interim)[\s-]+((?:[a-z-]+\s+){0,2}?)([a-z-]+)\s+$", re.I)


def another_rank(before: str, role: str, question: str) -> bool:
    """The role right before the name is another rank of the asked one ("Ryanair deputy chief
    executive Michael Cawley" for "Who is Ryanair's chief executive?"), which the question does
    not ask."""
    m = _RANKED.search(before)
    return (m is not None and is_role(verb_stem(m.group(3).lower()), role)
            and not re.search(rf"\b{m.group(1)}\b", question, re.I))


_LOWER_ORDINAL = rf"\b(?:{'|'.join(_ORDINALS[1:])})[\s-]+"
_LOWER_PLACE = re.compile(rf"{_LOWER_ORDINAL}$", re.I)  # not "18th century dramatist"


def another_placing(sentence: str, question: str) -> bool:
    """The sentence gives the role a "Who" question asks only at a lower place it does not ask:
    "Tom Hale is second favourite" for "Who is favourite ...?", "the third seed" for "Who is the
    top seed?" ("Which anniversary ...?" is answered by its place: "the 25th anniversary")."""
    role = asked_role(question)
    if len(role) < 3 or not _WHO.match(question) or _ORDINAL.search(question) \
            or not re.search(_LOWER_ORDINAL, sentence, re.I):  # most sentences: no word to read
        return False
    said = [m for m in re.finditer(r"[A-Za-z][A-Za-z-]*", sentence) if is_role(verb_stem(m.group().lower()), role)]
    return bool(said) and all(_LOWER_PLACE.search(sentence[:m.start()]) for m in said)


_NOW_SAID = re.compile(r"\b(?:now|currently|these days|at present|at the moment)\b", re.I)
_BEFORE_NOW = re.compile(r"^\W*(?:previously|formerly|until now|until then|in the past|historically|originally"
                         r"|before (?:then|that|this|now))\b", re.I)


def said_of_before(sentence: str, question: str) -> bool:
    """The question asks how things are now and the sentence opens on how they were: "Previously,
    passengers could claim between 150 and 300 euros" for "What can passengers now claim?"."""
    return _NOW_SAID.search(question) is not None and _BEFORE_NOW.match(sentence) is not None


def lacks_asked_rank(sentence: str, role: str, question: str) -> bool:
    """The question asks a rank of the role ("Who is deputy director of X?") the sentence never
    gives: "Jo Li, director of X" holds another role."""
    asked = _RANKED.search(_phrase_before(question, role))
    return asked is not None and not re.search(rf"\b{asked.group(1)}\b", sentence, re.I)


def _phrase_before(question: str, role: str) -> str:
    """The question up to the end of its word for the role, with a space: "Who is deputy director "."""
    m = next((m for m in re.finditer(r"[A-Za-z][A-Za-z-]*", question) if is_role(verb_stem(m.group().lower()), role)), None)
    return question[:m.end()] + " " if m and role else ""


_APPOSED_TO_NAME = re.compile(r"\b[A-Z][\w'’.-]*,\s+$")  # "Ada Moss, Trade Minister": the title is hers


_THEIR_ROLE_AFTER = re.compile(r"^,?\s+(?:his|her|their)\s+((?:[a-z-]+\s+)?[a-z][a-z-]+)\b")  # "his (late) wife"


# "Which newspaper did Ada Moss speak to?", "On which programme did she say it?": the news outlet
# someone spoke to
# Whom news tells, by any of its words: "Which radio show ...?" is answered by "Radio 4's Today programme".
_OUTLET_NOUNS = ("newspaper", "paper", "programme", "program", "show", "station", "channel", "network", "magazine", "broadcaster")
_OUTLET = rf"(?:[A-Za-z-]+\s+){{0,2}}?(?:{'|'.join(_OUTLET_NOUNS)})s?\b"
OUTLET_ASKED = re.compile(rf"^\s*(?i:on)\s+(?i:which|what)\s+{_OUTLET}|^\s*(?:(?i:to)\s+)?(?i:which|what)\s+{_OUTLET}"
                          r".*\b(?:speak|spoke|spoken|talk|talked|tell|told|say|said|give|gave|given)\b", re.I)
_TOLD_TO = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*['’]s\s+)?$")


def told_to(sentence: str, value: Value) -> bool:
    """The name is whom someone told: "told the Quill Gazette", "tells Radio Ostby's Today" (the
    programme, not its owner)."""
    return _TOLD_TO.search(sentence[:value.start]) is not None and not re.match(r"['’]s?\s", sentence[value.end:])


# "Which ...?", or "At which ...?" with the preposition that ties the answer to the question
WHICH_ASKED = re.compile(r"^\s*(?:(at|in|on|from|to|for|with|by)\s+)?which\b", re.I)


# A prize won that the words before "award" do not name: "the award", "two awards".
_UNNAMED_PRIZE = re.compile(rf"(?:(?:the|an?|{_NUMBER_WORDS}|\d+)\s+)*", re.I)
# Then the prizes, named after a dash, "including" or "for": "- best entertainment and best presenters".
_PRIZES_AFTER = re.compile(r"^(?:\s*[-–:]\s*|,?\s+including\s+|\s+for\s+)([^.;:()]{1,80})")


def _prizes_listed(rest: str) -> list[set[str]]:
    """Each prize of a list, by its leading lowercase words: "best presenters for Richard McCourt"
    is the prize "best presenters"."""
    m = _PRIZES_AFTER.match(rest)
    items = re.split(r",\s*|\s+and\s+", re.split(r"\s+(?:for|with|from|by)\s", m.group(1))[0]) if m else []
    return [set(content_terms(w.group(0))) for item in items if (w := re.match(r"(?:[a-z][\w'’-]*\s*)+", item))]


def beat_to_asked(sentence: str, value: Value, question: str) -> bool:
    """The name beat others to the prize the question asks who won, or the prize was won for
    it, in the question's own words: "Nip/Tuck beat The Sopranos to the best drama title" for
    "Which series won the best drama Globe?"; "won the best song award for Old Habits" for
    "Which song won best song?"."""
    who, after = _WHO.match(question) is not None, sentence[value.end:]
    took = _WON_PRIZE.match(after)
    if took and _UNNAMED_PRIZE.fullmatch(took.group(1)):
        # "won two awards - best entertainment and best presenters", "won the honour for pre-school animation"
        asked = set(content_terms(question.lower()))
        return any(terms and terms <= asked for terms in _prizes_listed(after[took.end():]))
    if took and not who and after.startswith(" for ", took.end()):
        took = None  # "X won the song award for Y": X is who won it, Y what it was won for
    won = (_BEAT_TO.match(after) or took or (None if who else _WON_FOR.search(sentence[:value.start]))
           or _PRIZE_GIVEN.search(sentence[:value.start]) or _PRIZE_WON_BY.search(sentence[:value.start])
           or _NAMED_PRIZE.match(after))
    said = set(content_terms(" ".join(re.findall(r"\b[a-z][\w'-]*", won.group(1))))) if won else set()
    if won and not said:  # a prize named in capitals: "win the Whitbread Novel of the Year Award"
        said = set(content_terms(won.group(1).lower()))
    return bool(said) and said <= set(content_terms(question.lower()))


def did_asked(sentence: str, value: Value, question: str) -> bool:
    """The name won the prize a "Which X ...?" question asks, or had done to it what it asks, in
    the question's own words: "beat ... to the best drama title", "was named best film"."""
    return (_asks_winner(question) and beat_to_asked(sentence, value, question)
            and not _before_a_title(sentence, value)) \
        or _named_as_asked(sentence[value.end:], asked_role(question), question)


# "Which game was named best game?" asks which won the prize: "Halo 2 won the best game category".
_NAMED_BEST = re.compile(r"^\s*which\s+[\w'’ -]+?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:named|voted|crowned)\s+"
                         r"(?:the\s+)?best\b", re.I)


def _asks_winner(question: str) -> bool:
    return _which_verb(question) == "win" or _NAMED_BEST.match(question) is not None


_LEADS = ("lead", "head", "run", "manag", "coach", "captain")
_LED_UNDER = re.compile(r"\bunder\s+$")  # "the team under Ada Moss": not "under the treaty"


def in_role(sentence: str, value: Value, role: str, question: str = "") -> bool:
    """The name comes right after the noun for the asked role or its verb and "by", or the role
    follows it as an apposition whose other words are the question's, or a "who" clause says
    the name did it: "manager Ella Strand", "the founder, Jorge Almeida", "founded by Jorge
    Almeida", "Pete Simpson, head of the laboratory" for "Who manages/founded/heads ...?", "Ada
    Moss, who gave the eulogy" for "Who gave the eulogy?", but not "Kamal Nath, India's finance
    minister," for "Who is India's communications minister?"."""
    if not role or another_rank(sentence[:value.start], role, question) or lacks_asked_rank(sentence, role, question):
        return False
    words = value.text.split()
    if len(words) > 2 and is_role(stem(words[0].lower()), role) and all(w[:1].isupper() for w in words[1:]):
        return True  # the title leads the name: "MSP Karen Whitefield" for "Which MSP ...?"
    if any(sentence[:value.start].endswith(f"{title} ") and any(is_role(stem(w.lower()), role) for w in title.split())
           for title in _joined_names(question)):
        return True  # after the title the question gives whole: "the Warden of Ostby Dr Ada Moss"
    if (role == "win" or _asks_winner(question)) and (
            _BEAT_TO.match(sentence[value.end:]) or _WON_PRIZE.match(sentence[value.end:]) or _WON_FOR.search(sentence[:value.start])
            or _NAMED_PRIZE.match(sentence[value.end:])):
        return beat_to_asked(sentence, value, question)
    # The name is one of the asked kind: "the Public Accounts Committee" for "Which committee
    # ...?"; when the question names someone, only a tie to them says it is theirs.
    # "At which school did Ada Moss speak?" is answered by "a session at Elm High School", where
    # the question's own preposition ties the name to what it asks.
    if len(words) > 1 and words[-1][0].isupper() and is_role(stem(words[-1].lower()), role) \
            and not _APPOSED_TO_NAME.search(sentence[:value.start]) and (not name_groups(question) or (
                (lead := WHICH_ASKED.match(question)) is not None and lead.group(1) is not None
                and re.search(rf"\b{lead.group(1)}\s+(?:the\s+)?$", sentence[:value.start], re.I) is not None)):
        return True
    if len(words) < 2:  # one word is a name only right after someone's role or the asked deed:
        owned = _OWNED_ROLE_BEFORE.search(sentence[:value.start]) or _APPOSED_ROLE.search(sentence[:value.start]) \
            or (_THE_KIND_BEFORE.search(sentence[:value.start]) if WHICH_ASKED.match(question) and value.text[:1].isupper() else None)  # "the film Retirement"
        return owned is not None and is_role(verb_stem(owned.group(1).lower()), role) \
            or _after_asked_phrase(sentence[:value.start], role, question) or (
            not re.search(r"['’]s?$", value.text)  # "ratified by Labour's ruling NEC": an owner, not the doer
            and _done_by_asked(sentence[:value.start], role, question, right_after=True)) \
            or _named_as_asked(sentence[value.end:], role, question) \
            or _did_as_asked(sentence[value.end:], role, question)  # "Sideways was named best comedy", "Moss said that ..."
    before = _ROLE_BEFORE.search(sentence[:value.start])
    if before and "," in before.group() and not re.match(r"\s*(?:[,.;:)]|$)", sentence[value.end:]):
        before = None  # "the founder, Jo Li," is set off; "in the country, Lib Dem leader Jo Li" is not
    if before and is_role(verb_stem(before.group(1).lower()), role) or _done_by_asked(sentence[:value.start], role, question):
        return True
    if role in ("head", "run") and _heads_asked_body(sentence[:value.start], question):
        return True
    if role in _LEADS and _LED_UNDER.search(sentence[:value.start]):
        return True  # "The research team, under Professor Ada Moss, set out to" for "Who led the team?"
    if role == "win" and (given := _GIVEN_TO.search(sentence[:value.start])):
        # "Who won the director award?": "the director award went to Clint Eastwood"; the prize's
        # own words (not its awards' name) are the question's: not "the actress award went to"
        prize = re.search(r"((?:[\w'’-]+\s+){1,4})(?:(?:was|were|has been|have been|had been)\s+)?$", sentence[:given.start()])
        said = set(content_terms(" ".join(re.findall(r"\b[a-z][\w'-]*", prize.group(1))))) if prize else set()
        if said and said <= set(content_terms(question)):
            return True
    titled = _ROLE_THEN_TITLE.search(sentence[:value.start])
    if titled and is_role(verb_stem(titled.group(1)), role) \
            and not any(w in _COMMON_VERBS or w in STOPWORDS or w in _PLACING or w.endswith("ed")
                        for w in titled.group(2).split()):
        return True
    if _does_as_asked(sentence[value.end:], role, question) or _did_as_asked(sentence[value.end:], role, question) \
            or _named_as_asked(sentence[value.end:], role, question):
        return True
    # the name is said to be it: "Andrea Levy is favourite to win" for "Who is favourite to win ...?"
    if (copula := _IS_ROLE_AFTER.match(sentence[value.end:])) and any(is_role(stem(w.lower()), role) for w in _noun_words(copula.group(1))):
        return True
    # the question's words, and the initials of its long names: "NUJ General Secretary" for "the
    # general secretary of the National Union of Journalists"
    asked = set(re.findall(r"[\w-]+", question.lower())) | initials_in(question)
    of = _ROLE_OF_BEFORE.search(sentence[:value.start])
    if of and is_role(verb_stem(of.group(1).lower()), role) \
            and (_only_asked(of.group(2), asked) or name_groups(question) and _KIND_ANAPHOR.fullmatch(of.group(2))):
        return True
    # "Jo Li, the lawyer named by the board as Aster's chief executive," for "Who did the board
    # name as Aster's chief executive?"
    named_as = _AS_ROLE_AFTER.match(sentence[value.end:])
    if named_as and is_role(verb_stem(named_as.group(1).lower()), role):
        return True
    # "actress Ruby Dee, his wife of 56 years," for "Who was Ossie Davis's wife?"
    theirs = _THEIR_ROLE_AFTER.match(sentence[value.end:])
    if theirs and any(is_role(verb_stem(w), role) for w in theirs.group(1).split()) and name_groups(question):
        return True
    for after in (p.match(sentence[value.end:]) for p in _ROLE_AFTER):
        # For "Which minister ...?" any minister will do: "Kamal Nath, Commerce and Industry
        # Minister,"; for "Who is India's communications minister?" or "Who is the president
        # of X?" only the question's words may stand before the role ("vice president" is another).
        if after and is_role(verb_stem(after.group(2).lower()), role) and (
                _only_asked(after.group(1), asked)
                or _any_of_kind(question, role) and not set(words) & question_names(question)):
            return True
    return _of_asked_body(sentence[value.end:], question)


def _after_asked_phrase(before: str, role: str, question: str) -> bool:
    """The name follows the question's own words for what it asks, two or more: "a poll for
    mobile firm Intervoice" for "Which mobile firm ...?"."""
    m = re.match(r"\s*(?:[a-z]+\s+)?(?i:which)\s+((?:[a-z][\w-]*\s+){1,3}?)([a-z][\w-]*)\b", question)
    if not m or not is_role(stem(m.group(2)), role):
        return False
    return re.search(rf"\b{re.escape(m.group(1) + m.group(2))}\s+$", before, re.I) is not None


# The thing asked who made: "biography" in "Who wrote the biography of Mary Queen of Scots?".
_MADE_ASKED = re.compile(r"^\s*(?i:who)\s+[a-z]+\s+(?:the|an?|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)"
                         r"(?=\s+(?:of|about|on)\b|\s*\?*\s*$)")


_BY_TITLE = re.compile(r"\bby\s+((?:([A-Z][\w.-]*)['’]s?\s+)?(?:[a-z-]+\s+){1,4}(?:(?:for|of|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)?,\s+)$")


def _done_by_asked(before: str, role: str, question: str, right_after: bool = False) -> bool:
    """The name follows the asked deed and "by": "It is directed by" for "Who directed it?";
    "ratified by Labour's ruling" for "Which body ratified it?" (unless `right_after`). A title
    set off before the name is the name's own: "represented by Spain's director general for
    Europe, Jose Maria Pons"."""
    if (titled := _BY_TITLE.search(before)) and (not titled.group(2) or re.search(rf"\b{re.escape(titled.group(2))}\b", question)):
        before = before[:titled.start(1)]  # a title of another's ("Spain's ..." for "Who represents the UK?") says nothing
    done = _DONE_BY.search(before) or (None if right_after else _PASSIVE_BY.search(before))
    if done and _ARTICLE_BEFORE.search(before[:done.start()]):
        done = None  # "joined in the event by Ada Moss": a noun, not a deed, before "by"
    if done and is_role(verb_stem(done.group(1).lower()), role) and _prize_as_asked(before[:done.start()], question):
        return True
    done = done if right_after else _DONE_BY_ANY.search(before)
    if done and (verb := _asked_verb(question)) and stem(done.group(1).lower()) == verb:
        return _prize_as_asked(before[:done.start()], question)
    # "a biography of Mary Queen of Scots, by John Guy" for "Who wrote the biography ...?"
    made = re.search(r"\b(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+(?:of|about|on)\b[^;:.]{0,60}?,?\s+by\s+$",
                     before)
    thing = _MADE_ASKED.match(question)
    return made is not None and thing is not None and stem(made.group(1)) == stem(thing.group(1)) \
        or _work_by(before, question)


# A prize named before its winner: "The originality award was won by".
_PRIZE_BEFORE = re.compile(r"((?:[\w'’-]+\s+){1,4}?)(?:prize|award|title|crown|trophy|honour|gong|category)s?\s+"
                           r"(?:(?:was|were|is|are|has been|have been|had been)\s+)?$", re.I)


def _prize_as_asked(before: str, question: str) -> bool:
    """A prize named before "won by" is the question's in its own words: "the mobile category
    was won by" does not answer "Who won the award for best adapted writer?"."""
    m = _PRIZE_BEFORE.search(before)
    said = set(content_terms(" ".join(re.findall(r"\b[a-z][\w'-]*", m.group(1))))) if m else set()
    return said <= set(content_terms(question.lower()))


# Verbs of making a work: its maker is named after "a <work> by".
_MAKING = frozenset(("made", "make", "makes", "wrote", "write", "writes", "directed", "direct", "directs", "produced",
                     "produce", "produces", "created", "create", "creates", "composed", "compose", "painted", "paint",
                     "designed", "design", "penned", "pen"))
_WORK_BY = re.compile(r"^\W*([A-Z][^,;:.]{1,80}?)\s+(?:is|was)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+by\s+$")


def _work_by(before: str, question: str) -> bool:
    """The work the question names is called "a <work> by" the name: "Sometimes in April is a
    feature by Raoul Peck" for "Who made Sometimes in April?"."""
    m = _WORK_BY.match(before)
    verb = re.match(r"^\s*(?i:who)\s+([a-z]+)\b", question)
    if m is None or verb is None or verb.group(1) not in _MAKING:
        return False
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    return {w.lower() for w in re.findall(r"[\w'’-]+", m.group(1))} - {"the", "a", "an"} <= asked


# "Which country does X come from / represent?", "Where is X from?": news names the country
# as the owner of the name ("Slovenia's Jolanda Ceplak").
ORIGIN_ASKED = re.compile(r"^\s*(?:which|what) (?:country|nation|nationality)\b|\bnationality\s*\?*\s*$|\b(?:come|comes|came|hail|hails) from\s*\?*\s*$"
                          r"|^\s*where (?:is|was|are|were) .+ from\s*\?*\s*$", re.I)


def _owner_part(value: Value, question: str) -> Value:
    """The owner in a name that owns one the question asks about: "Slovenia" of "Slovenia's
    Jolanda Ceplak" for a question about Ceplak."""
    m = re.match(r"(.+?)['’]s\s+(.+)$", value.text)
    asked = {w for name in name_groups(question) for w in name}
    if m and asked & set(m.group(2).split()):
        return Value(m.group(1), value.start, value.start + len(m.group(1)))
    return value


# "Which city's theatre is he trying to save?": the thing the asked owner owns ("theatre").
_OWNED_ASKED = re.compile(r"^\s*(?:(?:in|at|on|for|to|from|with) )?(?:which|what)\s+[a-z-]+['’]s\s+(?:[a-z-]+\s+){0,2}?([a-z-]{3,})"
                          r"\s+(?:is|are|was|were|did|do|does|has|have|had|will|would|can|could)\b", re.I)


def owns_asked(sentence: str, value: Value, question: str) -> bool:
    """The value owns the thing a "Which X's thing ...?" question asks about: "Belfast" in
    "Belfast's Lyric Theatre" for "Which city's theatre is he trying to save?"."""
    m = _OWNED_ASKED.match(question)
    return m is not None and re.match(rf"{_owning(m.group(1))}\b", sentence[value.end:], re.I) is not None


_ITS_THING = re.compile(r"^\s*(?:[Ww]hich|[Ww]hat)\s+[a-z-]+\s+(?:[a-z-]+\s+)*?(?:its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]{3,})\b"
                        r"(?=\s*[?,]|\s+(?:in|at|on|for|to|from|with|over|after|before)\b)")


def owns_its(sentence: str, value: Value, question: str) -> bool:
    """The value names whose thing the question's "its" points to: "Tesco" in "one Tesco
    distribution centre" for "Which retailer uses tags at one of its distribution centres?"
    (the question names no one else its "its" could mean)."""
    m = _ITS_THING.match(question)
    return m is not None and re.match(rf"(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,2}}{re.escape(stem(m.group(1).lower()))}",
                                      sentence[value.end:], re.I) is not None


WHOSE_THING = re.compile(r"^\s*whose\s+(?:[a-z-]+\s+){0,2}?([a-z-]{3,})\s+(?:did|does|do|is|was|are|were|has|have|had|will|would"
                         r"|can|could|said|says|told|[a-z]+ed)\b", re.I)


def owns_whose(sentence: str, value: Value, question: str) -> bool:
    """The value is whose thing it is, for "Whose spokeswoman said ...?": "A spokeswoman for the
    Electoral Commission", "Acme's spokeswoman", "an Acme spokeswoman", "Acme's 100m and 200m records"."""
    m = WHOSE_THING.match(question)
    if m is None:
        return False
    thing = re.escape(m.group(1).lower())
    return re.search(rf"\b{thing}s?\s+(?:for|of|at|from)\s+(?:the\s+)?$", sentence[:value.start], re.I) is not None \
        or re.match(rf"(?:['’]s?)?\s+(?:[\w,.-]+\s+(?:and\s+)?){{0,3}}{thing}s?\b", sentence[value.end:], re.I) is not None


_WITH_NAME_ASKED = re.compile(r"\b(?:with|alongside)\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")


_WHO_VERB = re.compile(r"^\s*who\s+([a-z]+)\b", re.I)


def _other_of_pair(value: Value, name: str) -> Value:
    """"Thanou" of "Kenteris and Thanou", when the question names Kenteris."""
    m = re.fullmatch(rf"(?:(.+?)\s+and\s+(?:[A-Z][\w'’-]+\s+)*{re.escape(name)}|(?:[A-Z][\w'’-]+\s+)*{re.escape(name)}\s+and\s+(.+))",
                     value.text)
    if not m:
        return value
    part = 1 if m.group(1) else 2
    return Value(m.group(part), value.start + m.start(part), value.start + m.end(part))


def joined_with_asked(sentence: str, value: Value, question: str) -> bool:
    """The name is paired by "and" with the one a question asks who did it with: "Kenteris and
    Thanou withdrew" for "Which sprinter withdrew with Kenteris?"."""
    m = _WITH_NAME_ASKED.search(question)
    if not m:
        return False
    other = re.escape(m.group(1).split()[-1])
    aside = r"(?:,[^,;:]{1,60},\s*)?"  # "Kenteris, the 200m champion, and Thanou"
    return (re.search(rf"\b{other}['’]?\s*{aside}and\s+$", sentence[:value.start]) is not None
            or re.match(rf"\s*{aside}and\s+(?:[A-Z][\w'’-]+\s+)*{other}\b", sentence[value.end:]) is not None)


_RELATIVE_ASKED = re.compile(r"(?<=\s)(?:that|which|who)\s+(?:will\s+|would\s+|has\s+|had\s+)?([a-z]{3,})\s+([^?]*)", re.I)
_RELATIVE_SAID = re.compile(r"^,\s+(?:which|who)\s+(?:will\s+|would\s+|has\s+|had\s+)?(?:[a-z]+ly\s+)?([a-z]{3,})\s+([^,.;:]*)")


def relative_as_asked(sentence: str, value: Value, question: str) -> bool:
    """A "which" clause after the name does what the question's own clause says: "the Greek
    Federation, which will ultimately determine their fate" for "Which body will hold the
    hearing that determines the pair's fate?"."""
    asked, said = _RELATIVE_ASKED.search(question), _RELATIVE_SAID.match(sentence[value.end:])
    return asked is not None and said is not None and verb_stem(asked.group(1)) == verb_stem(said.group(1)) \
        and bool(set(content_terms(asked.group(2))) & set(content_terms(said.group(2))))


_WHICH_NATION = re.compile(r"^\s*(?i:(?:(?:in|at|on|for|from|with|to|by)\s+)?which)\s+([A-Z][a-z]{3,})\s+[a-z]")


def of_asked_nation(sentence: str, value: Value, question: str, same: Callable[[str, str], bool] | None = None) -> bool:
    """The name is given as of the nation a "Which Russian ...?" question asks for: "Russia's
    Svetlana Cherkasova" or "Russian Svetlana Cherkasova", not "France's Hind Dehiba". `same`
    tells a nation by another word for it ("UK actress Kate Beckinsale" for "Which British actress ...?")."""
    if not (m := _WHICH_NATION.match(question)):
        return False
    owner = re.match(r"([A-Z][a-z]+)['’]s?\s+[A-Z]", value.text)
    before = re.search(r"\b([A-Z][a-z]+)\s+$", sentence[:value.start])
    # the nation's, then the asked noun among a few words: "Britain's double Olympic champion decathlete Daley Thompson"
    noun = asked_noun(question)
    owns = re.search(r"\b([A-Z][a-z]+)['’]s\s+((?:[\w-]+\s+){1,4})$", sentence[:value.start]) if noun else None
    if owns and not any(stem(w.lower()) == stem(noun) for w in owns.group(2).split()):
        owns = None
    said = owner.group(1) if owner else before.group(1) if before else owns.group(1) if owns else ""
    if said and shares_stem(said.lower(), m.group(1).lower()):
        return True
    # another word for the nation, before the asked noun: "UK actress Kate Beckinsale" for "Which British actress ...?"
    titled = re.search(rf"\b([A-Z][A-Za-z]+)\s+{re.escape(noun)}\s+$", sentence[:value.start]) if noun else None
    return same is not None and any(w and not shares_stem(w.lower(), m.group(1).lower()) and same(w, m.group(1))
                                    for w in (said, titled.group(1) if titled else ""))


_FOR_NAMED = re.compile(r"\bfor\s+(?:the\s+)?([A-Z][a-z]+)\s*\?*\s*$")  # "Who signed the agreement for Vessland?"


def for_asked_nation(sentence: str, value: Value, question: str) -> bool:
    """For "Who signed it for Vessland?", the name given as Vessland's a few words before it:
    "Vessish Foreign Minister Ada Moss", not "her Norlandic counterpart, Eva Lind"."""
    if not (m := _FOR_NAMED.search(question)):
        return False
    before = sentence[:value.start].split()[-3:] + value.text.split()[:-2]  # the title may be read into the name
    return any(shares_stem(re.sub(r"['’]s?$", "", w).lower(), m.group(1).lower()) for w in before if w[:1].isupper())


def _owner_of(value: Value, thing: str) -> Value:
    """The owner in a name that ends with the asked thing: "Belfast" of "Belfast's Lyric Theatre"."""
    m = re.match(rf"(.+?){_owning(thing)}$", value.text, re.I)
    return Value(m.group(1), value.start, value.start + len(m.group(1))) if m else value


def _owning(thing: str) -> str:
    """A possessive and up to two words before the thing owned: "'s Lyric Theatre"."""
    return rf"['’]s?\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(thing)}s?"


def owner_of_asked(sentence: str, value: Value, question: str) -> bool:
    """The value owns a name the question asks about: "Slovenia" in "Slovenia's Jolanda Ceplak"."""
    asked = "|".join(re.escape(w) for name in name_groups(question) for w in name)
    return bool(asked) and re.match(rf"['’]s\s+(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{asked})\b", sentence[value.end:]) is not None


_OWNER_NAMED = re.compile(r"\b((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)['’]s?(?=\s)")


def _unowned(value: Value, question: str) -> Value:
    """The name after the possessive of one the question gives, or before "of" it: "Sky
    Networks' Sophie Turner Laing" is "Sophie Turner Laing" when Sky Networks is asked about."""
    # the owner may open a longer name in the question: "Bafta's" in "Bafta's Interactive Entertainment committee"
    owners = [" ".join(name) for name in name_groups(question)] + _OWNER_NAMED.findall(question)
    for name in owners:
        if m := re.match(rf"{re.escape(name)}['’]s?\s+(?=[A-Z])", value.text):
            return Value(value.text[m.end():], value.start + m.end(), value.end)
    # a title the question gives whole: "Home Affairs Commissioner Ada Moss" is Ada Moss, and so
    # is "the Dean and Warden of Ostby Dr Ada Moss" for the Warden of Ostby
    for title in _joined_names(question):
        at = value.text.find(f"{title} ")
        if (at == 0 or at > 0 and value.text[at - 1] == " ") and value.text[at + len(title) + 1:][:1].isupper():
            return Value(value.text[at + len(title) + 1:], value.start + at + len(title) + 1, value.end)
    # "Orin Middleton of Barclays Capital" is Orin Middleton when Barclays Capital is asked
    # about, and "Peter Saunders of CMF" when the Christian Medical Fellowship is
    if (of := _of_asked(question)) and (m := of.search(value.text)) and " " in value.text[:m.start()].strip():
        return Value(value.text[:m.start()], value.start, value.start + m.start())  # not "Bank" of "Bank of Ireland"
    return value


@lru_cache(maxsize=1024)
def _joined_names(question: str) -> tuple[str, ...]:
    """The question's names with lower-case words inside: "Save the Children", "Justice and Home Affairs"."""
    return tuple(m.group() for m in _NAME.finditer(question) if re.search(r" [a-z]", m.group()))


@lru_cache(maxsize=1024)  # asked again for every value read
def _of_asked(question: str) -> re.Pattern[str] | None:
    asked = "|".join([re.escape(" ".join(name)) for name in name_groups(question)] + [re.escape(j) for j in _joined_names(question)]
                     + [i.upper() for i in initials_in(question) if i.isalpha()])
    return re.compile(rf"(?<=[a-z])\s+of\s+(?:the\s+)?(?:{asked})$") if asked else None


# "Who spoke for the Institute for Fiscal Studies?": the body the question asks someone to speak for.
_FOR_BODY = re.compile(r"^\s*(?i:who)\s+[a-z]+\s+(?:(?:for|of|at|from|with)\s+)?(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+[A-Za-z][\w'’&.-]*)*)\s*\??\s*$")
# "Ana Ruiz of the Harbour Trust", "Ana Ruiz, an economist at the IFS", "Ana Ruiz, IFS chief,": words between the name and
# its body only set off by a comma, not "Clive Owen is second favourite at William Hill".
_FROM_BODY = re.compile(r"^(?:,\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}?|\s+)(?:from|of|at)\s+(?:the\s+)?([A-Z][\w'’&.-]*)"
                        r"|^,\s+(?:the\s+)?([A-Z][\w'’&.-]*)\s+[a-z][\w-]*\s*[,.;]")  # "Dan Hale, MPAA chief,"


def _of_asked_body(after: str, question: str) -> bool:
    """The name is given as one of the body the question names: "Carl Emmerson, from the
    Institute for Fiscal Studies," or "Peter Saunders of the CMF" for "Who spoke for the
    Christian Medical Fellowship?"."""
    body, said = _FOR_BODY.match(question), _FROM_BODY.match(after)
    if not body or not said:
        return False
    word = re.sub(r"['’]s?$", "", (said.group(1) or said.group(2)).rstrip("."))
    return word == body.group(1).split()[0] or initials_asked(word, question)


def _asked_verb(question: str) -> str:
    """The stem of the verb after the asked noun: "ratifi" in "Which body ratified the decision?"."""
    m = _HEAD.match(question)
    after = re.match(r"\s+([a-z]+)\b", question[m.end():]) if m else None
    return stem(after.group(1)) if after and after.group(1) not in STOPWORDS else ""


_ROLE_FIELD = re.compile(r"\bon ((?:[a-z-]+ ){0,2}[a-z-]+)(?= for\b|\s*\?*\s*$)")


def role_words(question: str, role: str) -> list[str]:
    """The question's words before its role noun: "new home" in "Who is the new home secretary?";
    or the field it is held on: "education" in "Who speaks for the Lib Dems on education?"."""
    for n in (1, 2, 3):
        m = re.search(rf"\b(?:the|a|an|[A-Za-z]+['’]s?)\s+((?:[a-z][a-z-]*\s+){{{n}}})([a-z-]+)\b", question)
        if m and is_role(stem(m.group(2)), role):
            return m.group(1).split()
    field = _ROLE_FIELD.search(question) if role else None
    return [w for w in field.group(1).split() if w not in STOPWORDS] if field else []


def _any_of_kind(question: str, role: str) -> bool:
    """The question asks which one of a kind, with nothing before its noun: "Which minister ...?"."""
    m = re.match(r"\s*which\s+([a-z-]+)\b", question, re.I)
    return m is not None and is_role(stem(m.group(1).lower()), role)


# "The director of the film, Vinod Pande," in an article about the film the question names.
_KIND_ANAPHOR = re.compile(r"(?:the|this)\s+[a-z]+")


def _only_asked(words: str, asked: set[str]) -> bool:
    """Every content word of `words` is one of the question's, maybe in another form ("Tory"
    for "Tories"; "the party's" names an owner)."""
    stems = {stem(w) for w in asked}
    return all(w in asked or stem(w) in stems for w in re.findall(r"[\w'’-]+", words.lower())
               if w not in STOPWORDS and not re.search(r"['’]s?$", w))


# "Harry Belafonte, who gave the eulogy": what the name did, in a clause after it.
_WHO_DID = re.compile(r"^,\s+who\s+(?:has\s+|had\s+|have\s+)?([a-z]+)\b([^,.;:]*)")


_WHO_WAS = re.compile(r"^,\s+who\s+(?:is|was|are|were|has been|had been|have been)\s+(?:[a-z]+ed\s+)?([^,.;:]*)")


# "Which film was named best film?": the deed done to the asked thing, and what follows it
_WHICH_PASSIVE = re.compile(r"^\s*which\s+[\w'’ -]+?\s+(?:is|was|are|were|has been|have been|had been)\s+([a-z]+)\b(.*)", re.I)
_BE = r"\s+(?:is|was|are|were|has been|have been|had been)\s+"


def _named_as_asked(after: str, role: str, question: str) -> bool:
    """The name had done to it the deed the question asks, as the asked kind: "The Aviator has
    been named best film at the Globes" for "Which film was named best film at the Globes?"."""
    m = _WHICH_PASSIVE.match(question)
    if not m or not (m.group(1) in _PAST_BASE or m.group(1).endswith("ed")):
        return False
    said = re.match(rf"{_BE}{_verb_forms(verb_stem(m.group(1)))}\s+([^,.;:]*)", after, re.I)
    words = re.findall(r"[\w'’-]+", said.group(1))[:6] if said else []
    ends = [i for i, w in enumerate(words) if is_role(stem(w.lower()), role)]
    # the prize's own words are all the question's: "best foreign film" is not "best film"
    terms = set(content_terms(" ".join(words[:ends[0] + 1]))) if ends else set()
    return len(terms) > 1 and terms <= set(content_terms(m.group(2)))


# the verb after the name, or after its apposition: "X, publisher of Asia Briefing, writes"
_SUBJECT_OF = re.compile(r"^(?:,\s+(?:the\s+|an?\s+)?[a-z][^,;.:()]{0,60},)?\s+(?:has\s+|had\s+|have\s+)?([a-z]+)\b([^,.;:]*)")


def _did_as_asked(after: str, role: str, question: str) -> bool:
    """The name is the subject of the asked verb, done to what the question asks about:
    "Benita Johnson winning the world cross country championships" for "Who won the world
    cross country championships?". A "Which" question's role is a noun: in "South Korean film
    director" the noun "film" names no film."""
    m = _SUBJECT_OF.match(after)
    if not m or not is_role(verb_stem(m.group(1)), role) or not _WHO.match(question):
        return False
    asked = {t for t in content_terms(question) if not is_role(t, role)}
    return len(set(content_terms(m.group(2))) & asked) >= 2


def _does_as_asked(after: str, role: str, question: str) -> bool:
    """A clause after the name says it did what the question asks, to what it asks about,
    or is what it asks: "Harry Belafonte, who gave the eulogy," for "Who gave the eulogy at
    the funeral?"; "Ada Moss, who was crowned best actor," for "Who was named best actor?"."""
    asked = set(content_terms(question))
    if (m := _WHO_DID.match(after)) and is_role(verb_stem(m.group(1)), role):
        return bool(set(content_terms(m.group(2))) & asked)
    if m := _WHO_WAS.match(after):
        said = set(content_terms(m.group(1)))
        return any(is_role(t, role) for t in said) and bool({t for t in said & asked if not is_role(t, role)})
    return False


_STRANDED = re.compile(r"\b(from|to|with|for|by|against|into|under|behind|of|at)\s*\?*\s*$", re.I)
# "Who did Jo Roe take over from at the Home Office?": stranded before a phrase of place or time
_STRANDED_BEFORE = re.compile(r"^\s*whom?\s+(?:did|does|do|will|would|has|have|had)\s+.+?\s([a-z]{2,})(?:\s+(?:over|up|out|off|down|away|back))?"
                              r"\s+(from|to|with|against|for|by)\s+(?:at|in|on|during|after|before|last|this|next)\b", re.I)
_AFFILIATION = ("for", "with", "of", "at")  # "Which firm does X work for?": "X from Acme", "X, head of Acme"


# "Which pipeline was exempted from sanctions?": what was done to it, and the phrase after the verb
_PASSIVE_PHRASE = re.compile(r"^\s*(?:which|what)\s+(?:[a-z-]+\s+){1,3}?(?:was|were|is|are|has been|have been|had been)\s+"
                             r"[a-z]+(?:ed|en)\s+(from|to|into|for|with|against|under)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*"
                             r"([a-z][a-z-]{2,})\b", re.I)
# "Which pipeline did the US exempt from sanctions?": the same, asked of the verb's object ("to" may
# open a verb: "contact X to get it shut down")
_OBJECT_PHRASE = re.compile(r"^\s*(?:which|what)\s+(?:[a-z-]+\s+){1,3}?(?:did|does|do|will|would|has|have|had)\s+"
                            r"(?:[\w'’.-]+\s+){1,4}?[a-z]+\s+(from|into|for|with|against|under)\s+(?:the\s+)?"
                            r"(?:(?-i:[A-Z])[\w'’.-]*\s+)*((?-i:[a-z])[a-z-]{2,})\b", re.I)


def before_asked_phrase(sentence: str, value: Value, question: str) -> bool:
    """A passive "Which X was exempted from sanctions?" is answered by the object the sentence
    gives right before the same phrase, in any verb: "absolved Acme, with its chief, from the
    sanctions"."""
    m = _PASSIVE_PHRASE.match(question) or _OBJECT_PHRASE.match(question)
    if not m or m.group(2).lower() in STOPWORDS:
        return False
    word = re.escape(stem(m.group(2).lower()))
    return re.match(rf"(?:,[^,;.]{{1,60}},)?\s+{m.group(1)}\s+(?:the\s+|[\w'’.-]+\s+){{0,2}}{word}", sentence[value.end:], re.I) is not None


_LEADING_PREPOSITION = re.compile(r"^\s*(to|from|by|for|with|into|until|since|between|against|behind|after|before|according to)\s+(?:what|which|how|when|whom)\b", re.I)


def after_stranded(sentence: str, value: Value, question: str) -> bool:
    """A question that ends or starts on its preposition asks for that preposition's object:
    "Which club did he join from?" is answered by "from Linden City", "To what age ...?" by
    "from 60 to 65"'s 65, "Which firm does Ravi Shah work for?" by "Ravi Shah from Arden Labs";
    one stranded before a phrase, in its verb's clause: "took over at the Home Office from Jack
    Straw" for "Who did he take over from at the Home Office?"."""
    m = _STRANDED.search(question) or _LEADING_PREPOSITION.match(question)
    if not m and (mid := _STRANDED_BEFORE.match(question)):  # only in the clause of the question's own verb
        return re.search(rf"\b{_verb_forms(verb_stem(mid.group(1).lower()))}[^.;:]*?\b{mid.group(2)}\s+(?:the\s+)?$",
                         sentence[:value.start], re.I) is not None
    if not m:
        return False
    if re.search(rf"\b{m.group(1)}\s+(?:the\s+)?$", sentence[:value.start], re.I):
        return True
    if _SPOKE_TO.search(question) and told_to(sentence, value):
        return True  # "Which paper did she speak to?": "told the Financial Times"
    return affiliated(sentence, value, question)


_SPOKE_TO = re.compile(r"\b(?:speak|spoke|spoken|talk|talked|talks|speaks|interviews?)\s+to\s*\?*\s*$", re.I)


# "When does the consultation close?", "Where was the film shot?", "When will it be introduced to
# Parliament?": the verb the question ends on, before any phrase of its own (a phrase after the
# subject holds no verb: "When will the bill on X be published?", "When was the treaty on Y signed in Z?"; but
# "When is it expected to be held?" asks "expected").
_WHEN_WHERE_VERB = re.compile(r"^\s*(?:(?:(?:until|till|since|by|from) )?when|where|(?:on|in|at) (?:which|what) (?:day|date|year|month|city|country|town|place))"
                              r"\s+(?:did|does|do|will|would|is|was|were|are|has|have|had)\s+"
                              r"[^?]*?\b([a-z]{3,})(?:\s+(?:up|off|out|down|back))?"  # "set up"
                              r"(?:\s+(?:to|in|into|at|on|by|for|from|with)\s+(?:(?!(?<!to )\bbe\s|\b[a-z]+ed\s+(?:in|at|on|by|to|for)\b)[^?])*)?\s*\?*\s*$", re.I)


# "When did Molyneux leave Bullfrog?": the verb right after a subject that is a name or a pronoun.
_WHEN_NAMED_DID = re.compile(r"^\s*(?i:(?:(?:until|till|since|by|from) )?when|where)\s+(?i:did|does|do|will|would|has|have|had)\s+"
                            r"(?:(?:[A-Z][\w'’.-]*\s+)+|(?:he|she|it|they|we|you)\s+)"
                            r"(?:(?:first|last|ever|again|[a-z]+ly)\s+)?([a-z]{3,})\b")  # "first enter": the verb, not its adverb


_COUNTED_BEFORE = re.compile(r"\b\d[\d,.]*\s+$")
_WHERE_ASKED = re.compile(r"\s*(?:where|(?:on|in|at) (?:which|what) (?:city|country|town|place))\b", re.I)
# The verb before an object's noun phrase: "postpone" in "... postpone the Black Friday film"
_OBJECT_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:the|a|an|its|their|his|her|this|that|these|those)\s+"
                            r"(?:(?!(?:the|a|an|its|their|his|her|this|that|these|those)\s)[\w'’-]+\s+){0,3}$")


def _when_where_verb(question: str) -> str:
    """The stem of the verb a When or Where question ends on, or that follows its named subject
    ("When did Molyneux leave Bullfrog?"); "" when it has none ("When is the Grand Prix?",
    "... hold their summit in Ostby?")."""
    m = _WHEN_WHERE_VERB.match(question)
    before = question[:m.start(1)] if m else ""
    word = m.group(1) if m and m.group(1).islower() and not _COUNTED_BEFORE.search(before) else ""  # "... axe the 162 quangos?": a noun
    verb = ""
    # "When did the court postpone the Black Friday film?": "postpone", not "film"; but a Where
    # question keeps the event's noun, which news places: "a coaches' conference in Birmingham"
    if word and (obj := _OBJECT_BEFORE.search(before)) and obj.group(1) not in _AUXILIARY and obj.group(1) not in STOPWORDS \
            and not (word in _PAST_BASE or re.search(r"(?:ed|en)$", word)) and not _WHERE_ASKED.match(question):
        verb = verb_stem(obj.group(1))
    elif word and not _DETERMINER.search(before):
        verb = verb_stem(word)
    named = _WHEN_NAMED_DID.match(question)
    named = named if named and named.group(1) not in STOPWORDS else None  # "When did Xi and Putin ...?"
    # "When will Parliament debate the ID cards bill?" or "... debate ID cards?": "debate", not "bill" or "cards"
    if named and (not verb or m and re.search(r"\b(?:(?i:the|an?|its|their|his|her)\s|[A-Z])", question[named.end():m.start(1)])):
        verb = verb_stem(named.group(1))
    return verb if len(verb) > 2 else ""


@lru_cache(maxsize=1024)  # asked for every value a When or Where question weighs
def _verb_forms(verb: str) -> str:
    """A pattern for a word of the verb: its stem with any ending, or a whole irregular past
    form ("leav" finds "leaves" and "left", "come" finds "came" but not "camera")."""
    pasts = [past for past, base in _PAST_BASE.items() if stem(base) == verb]
    return rf"(?:{re.escape(verb)}\w*|(?:{'|'.join(pasts)})\b)" if pasts else rf"{re.escape(verb)}\w*"


# "When are the elections in Iraq?": the thing asked about, in a question with no verb of its own.
_WHEN_SUBJECT = re.compile(r"^\s*when (?:is|are|was|were|will be) (?:the |a |an |its |their |his |her )?(?:[\w'’-]+ ){0,3}?"
                           r"([a-z-]{3,})(?: (?:in|on|of|for|at|to|with|between)\b[^?]*)?\s*\?*\s*$", re.I)
_OWNING_TIME = re.compile(rf"\b(?:(?:next|last|this) )?(?:{_WEEKDAYS}|(?<=next )(?:week|month|year)|(?<=last )(?:week|month|year))(?=['’]s\s)")


def _loose_times(sentence: str, question: str) -> tuple[Value, ...]:
    """A time with no date that says when where the question points: a weekday at its verb
    ("was arrested on Sunday") or its preposition ("Until when ...?": "had until Tuesday
    afternoon to return"), else a time counted back at its verb, else a time owning its thing."""
    weekdays = itertools.chain((Value(m.group(), m.start(), m.end()) for m in _WEEKDAY.finditer(sentence)),
                               (Value(m.group(1), m.start(1), m.end(1)) for m in _FEAST_DAY.finditer(sentence)))
    ago = (Value(m.group(), m.start(), m.end()) for m in _AGO.finditer(sentence))
    years = (Value(m.group(), m.start(), m.end()) for m in _A_BARE_YEAR.finditer(sentence))
    return (tuple(v for v in weekdays if at_asked_verb(sentence, v, question) or after_stranded(sentence, v, question)
                  or dates_asked_thing(sentence, v, question)
                  or _ON_DAY.search(sentence[:v.start]) and _all_but_verb(sentence, question))
            or tuple(v for v in years if at_asked_verb(sentence, v, question))  # "It was set up in 1337"
            or tuple(v for v in ago if ago_at_asked_verb(sentence, v, question))
            or _owning_times(sentence, question)
            or _fronted_time(sentence))


def _fronted_time(sentence: str) -> tuple[Value, ...]:
    """A time counted from the story that opens the sentence, set off by a comma, dates all
    it says: "Last year, the crown prince told ministries to hire women"."""
    m = _FRONTED_TIME.match(sentence)
    return (Value(m.group(1), m.start(1), m.end(1)),) if m else ()


_ON_DAY = re.compile(r"\b[a-z]+\s+on\s+$")  # "will announce its budget on Monday"


def _all_but_verb(sentence: str, question: str) -> bool:
    """The sentence holds every word of the question but one, its verb put otherwise: "The
    White House will announce its budget on Monday" for "When will the White House unveil its
    budget?"."""
    asked = set(content_terms(question))
    return len(asked) > 3 and len(asked - set(content_terms(sentence))) <= 1


def _owning_times(sentence: str, question: str) -> tuple[Value, ...]:
    """A time that owns the thing asked about: "next Sunday's elections" for "When are the elections?"."""
    m = _WHEN_SUBJECT.match(question)
    if not m:
        return ()
    thing = re.escape(stem(m.group(1).lower()))
    return tuple(Value(t.group(), t.start(), t.end()) for t in _OWNING_TIME.finditer(sentence)
                 if re.match(rf"['’]s\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+){{0,2}}?{thing}", sentence[t.end():], re.I))


def ago_at_asked_verb(sentence: str, value: Value, question: str) -> bool:
    """A time counted back from the story ("three years ago", "last month") follows the
    question's verb in its clause: "defaulted on its debt three years ago"."""
    verb = _when_where_verb(question)
    return bool(verb) and re.search(rf"\b{_verb_forms(verb)}(?:\s+[^\s,;:]+){{0,6}}?\s+[\"“‘']?$", sentence[:value.start], re.I) is not None


# "When were the awards first held?", "When did it start?", "When did the treaty come into effect?":
# "running since 1997", "in effect since 2002" say when it began.
_BEGINNING_ASKED = re.compile(r"\b(?:first|began|begin|begun|start|started|launch|launched|found|founded|set up"
                              r"|introduce|introduced|establish|established|created"
                              r"|(?:into|take|takes|took|taken|taking)\s+(?:effect|force))\b", re.I)


_SINCE_ASKED = re.compile(r"\bsince\b|\bhow long\b|\buntil when\b", re.I)
# "When was it last this low?" asks when it was so before: "its lowest level since September 2001",
# "the first time since 1917"; "the 13th time since 1947" counts from when a run began
_LAST_ASKED = re.compile(rf"\blast\b(?!\s+(?:year|month|week|weekend|season|night|quarter|decade|century|summer|winter"
                         rf"|spring|autumn|term|{_MONTH}|{_WEEKDAYS})\b)", re.I)
_FIRST_OR_MOST_SINCE = re.compile(r"\b(?:first|[a-z]{2,}est|most|least|best|worst)\b[^,;:.]{0,40}\bsince\s+(?:the\s+)?$", re.I)
_NOT_SINCE = re.compile(r"(?:\b(?:not|never)\b|n['’]t\b)[^,;:.]{0,40}\bsince\s+(?:the\s+)?$", re.I)  # "has not raced since"


def last_since(sentence: str, value: Value, question: str) -> bool:
    """The value is when it was last so, asked "When was it last ...?": "the first time since
    1917 that the party has chosen Manchester", "its lowest level since September 2001", "has
    not competed indoors since 2000"."""
    before = sentence[:value.start]
    return _LAST_ASKED.search(question) is not None and bool(_FIRST_OR_MOST_SINCE.search(before) or _NOT_SINCE.search(before))


def began_since(sentence: str, value: Value, question: str) -> bool:
    """The value is when something still going began, asked when it began or was first done."""
    return _BEGINNING_ASKED.search(question) is not None and re.search(r"\bsince\s+$", sentence[:value.start]) is not None


_TRAVEL = frozenset(("visit", "travel", "fly", "arriv", "return", "tour", "go", "come"))


def goes_elsewhere(sentence: str, question: str) -> bool:
    """The question's verb goes to a place it names ("When did Ada Moss visit Ostby?") and the
    sentence's goes to another, never to that one: "The planned visit to the northern city of
    Tomsby on Friday" tells of another trip."""
    verb = _when_where_verb(question)
    asked = re.search(rf"\b{_verb_forms(verb)}\s+(?:(?:to|in|at)\s+)?[A-Z]", question) if verb else None
    if asked is None:
        return False
    names = set(re.findall(r"[A-Z][\w'’-]*", question[asked.end() - 1:]))  # "meet Eva Lind in Ostby": either
    # "meet Eva Lind" asks no place: "met at the summit in Ostby" says where, not whom
    where = "to|in|at" if verb in _TRAVEL or re.search(r"\b(?:to|in|at)\s+[A-Z]", question[asked.start():]) else "to"
    went = [m.group(1) for m in re.finditer(rf"(?i:\b{_verb_forms(verb)})\s+(?:{where})\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?"
                                             r"(?:of\s+)?([A-Z][\w'’-]*)", sentence) if not CALENDAR.match(m.group(1))]
    if verb in _TRAVEL and not went and not any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in names):
        # a trip told without its verb, and never to the asked place: "Ada Moss and Eva Lind in Tomsby on 4 May"
        went = [m.group(1) for m in re.finditer(r"\b(?:in|to)\s+([A-Z][\w'’-]*)", sentence) if not CALENDAR.match(m.group(1))]
    return bool(went) and not names & set(went)


def at_asked_verb(sentence: str, value: Value, question: str) -> bool:
    """The time or place is where the question's verb points: "closes on 7 February" for "When
    does the consultation close?", "was shot in Prague" for "Where was the film shot?"."""
    verb = _when_where_verb(question)
    if not verb:
        return False
    # "speak to the BBC" is news's "told the BBC"
    verb = rf"(?:{re.escape(verb)}\w*|told|tell\w*)" if verb in _SPEAK else _verb_forms(verb)
    # right after it or a few words on in its clause: "signed the deal in Buenos Aires on Tuesday",
    # "will be debated in Parliament next Monday"
    if re.search(rf"\b{verb}(?:\s+[^\s,;:]+){{0,6}}?\s+(?:on|in|at|by|from|until|during|next|this)\s+(?:the\s+)?(?:(?:{_WEEKDAYS}),?\s+)?$",
                 sentence[:value.start], re.I):  # "shown on BBC2 on Saturday 12 February"
        return True
    if re.match(r"\s*when\b", question, re.I) and re.search(rf"\b{verb}\s+for\s+(?:the\s+)?$", sentence[:value.start], re.I):
        return True  # "are scheduled for 27 February", "was set for March"; a place after "for" is not where
    # the question's own words between do not count: "take on Greene and Collins in Birmingham on 18 February"
    gap = re.search(rf"\b{verb}((?:\s+[^\s,;:]+){{7,16}}?)\s+(?:on|in|at|by|from|until|during|next|this)\s+(?:the\s+)?$",
                    sentence[:value.start], re.I)
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    if gap and sum(w.lower() not in asked for w in gap.group(1).split()) <= 6:
        return True
    # set before its clause, asides between: "In 1981 he was removed", "On Monday, after the vote, he told ...",
    # "on 21 July, then Foreign Minister Ada Moss and her counterpart, Tom Hale, signed ..."
    return (_FRONTED.search(sentence[:value.start]) is not None
            and re.match(rf",?(?:\s+[^,;:]{{1,80}},){{0,2}}\s+(?:[\w'’]+\s+){{0,4}}{verb}", sentence[value.end:], re.I) is not None)


_SPEAK = frozenset({"speak", "talk"})

# "When is the men's triple jump final in Ostby?": the thing dated, "final"
_DATED_THING = re.compile(r"^\s*when\s+(?:is|was|are|were|will)\s+(?:the|this|next|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?"
                          r"([a-z][a-z-]{2,})(?=\s+(?:be|take|in|at|on|of|for|between|against|due|held|expected)\b|\s*\?*\s*$)", re.I)


def dates_asked_thing(sentence: str, value: Value, question: str) -> bool:
    """The time is the one the sentence gives the thing a copular "When is the X?" asks about,
    right after it: "with the final scheduled for Saturday" (not "the qualifying round ... on
    Friday")."""
    m = _DATED_THING.match(question)
    return m is not None and re.search(
        rf"\b{re.escape(m.group(1))}s?\s+(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)?(?:now\s+)?"
        rf"(?:(?:scheduled|set|due|planned|slated|fixed|timetabled)\s+(?:for|on)|(?:takes|took|will\s+take)\s+place\s+on|(?:is|was|will\s+be)\s+on)"
        rf"\s+(?:the\s+)?$", sentence[:value.start], re.I) is not None


_DETERMINER = re.compile(r"\b(?:the|a|an|their|its|his|her|this|that|these|those|our|my|your)\s+$", re.I)
_FRONTED = re.compile(r"^\W*(?:[^,;:]{1,40},\s+)?(?:in|on|at|by|during|until|from)\s+(?:the\s+)?$", re.I)  # "In the past, on 21 July"


# "Which programme does Anne Robinson present?": the verb after the subject's name.
_OBJECT_ASKED = re.compile(r"^\s*(?:(?i:which|what)\s+(?:[a-z-]+\s+){1,3}?|(?i:whom?)\s+)(?:did|does|do|will|would|has|have|had|can|could)"
                           r"\s+(?:(?:the|a|an|[A-Z][\w'’.-]*)\s+){1,4}(?:[a-z]+ly\s+)?([a-z]{3,})\b"  # "secretly meet"
                           # "Which section is Ada Moss accused of breaching?", "What is Acme buying?"
                           r"|^\s*(?i:which|what)\s+(?:[a-z-]+\s+){0,5}?(?:is|are|was|were)\s+(?:(?:the|a|an|[A-Z][\w'’.-]*)\s+){1,4}"
                           r"(?:[a-z]+ed\s+(?:of|to)\s+)?([a-z]{3,}ing)\b")


@lru_cache(maxsize=4096)
def _object_verb(question: str) -> str:
    m = _OBJECT_ASKED.match(question)
    verb = m and (m.group(1) or m.group(2))
    return stem(verb) if verb and verb not in STOPWORDS else ""


# "How much did the film gross?": "gross over $600m"; "How much will the closures save?": "would save £6m"
_AMOUNT_ASKED = re.compile(r"^\s*how much\s+(?:did|does|do|will|would|could|can|might)\s", re.I)
_TELL_ASKED = re.compile(r"^\s*(?i:which|what)\s+(?:[a-z-]+\s+){1,3}?(?:did|does|do|will|would|has|have|had)\s+(?:(?:the|a|an|[A-Z][\w'’.-]*)\s+){1,4}tell\b")
_APPROXIMATORS = r"over|about|around|nearly|almost|roughly|some|just|only|more than|less than|up to|at least"
ABOUT = rf"(?:(?:{_APPROXIMATORS})\s+)?"
_APPROXIMATE = re.compile(_APPROXIMATORS, re.I)


def after_asked_verb(sentence: str, value: Value, question: str) -> bool:
    """The value is the object of the verb the question asks about: "who presents The Weakest
    Link" for "Which programme does Anne Robinson present?", "acquired Pyra Labs" for "Which
    company did Google acquire?", "gross over $600m" for "How much did the film gross?"."""
    if verb := _object_verb(question):
        # not "Oscar-winning"; a deed's noun takes "with": "his 1971 meeting with Zhou Enlai"
        # or set off after a description of it: "knocked last week's number one, National Treasure,"
        return re.search(rf"(?<!-)\b{re.escape(verb)}\w*\s+(?:with\s+)?(?:the\s+|an?\s+)?"
                         rf"(?:(?-i:(?:[a-z\d][\w'’-]*\s+){{0,4}}[a-z\d][\w'’-]*),\s+)?$", sentence[:value.start], re.I) is not None
    if _TELL_ASKED.match(question):  # "Which paper did Mr Lee tell ...?": "Mr Lee told the Sunday Times"
        return re.search(r"\b(?:told|tells|telling)\s+(?:the\s+)?$", sentence[:value.start]) is not None
    return _AMOUNT_ASKED.match(question) is not None and _amount_of_asked_verb(sentence[:value.start], question)


def _amount_of_asked_verb(before: str, question: str) -> bool:
    """The amount follows a verb of the question, maybe hedged ("gross over"), and no name the
    question lacks does it since its clause began ("Boogeyman, which ... took $19.5m")."""
    asked = {stem(w) for w in re.findall(r"\b[a-z]{3,}\b", question[question.lower().index("much") + 4:]) if w not in STOPWORDS}
    m = re.search(rf"\b([a-z]+)\s+{ABOUT}$", before)
    if m is None or verb_stem(m.group(1)) not in asked:
        return False
    doer = re.split(r"\b(?:said|says|that|while|whereas|but)\b|[;:]", before[:m.start()])[-1]
    named = {re.sub(r"['’]s?$", "", w) for w in re.findall(r"[A-Z][\w'’-]*", question)[1:]}
    return all(re.sub(r"['’]s?$", "", w) in named for w in re.findall(r"[A-Z][\w'’-]*", doer) if w.lower() not in STOPWORDS)


_SCORE_NOUN = re.compile(r"\b(score|vote|tally)\b", re.I)


def scored_as_asked(sentence: str, value: Value, question: str) -> bool:
    """A score the question asks by its noun, given right after that noun's verb: "MPs voted
    272-219" for "What was the vote?"; or right after the question's own verb: "was rejected in
    a 2-1 decision" for "By what split did the court reject the claim?"."""
    m = _SCORE_NOUN.search(question)
    if m is not None and re.search(rf"\b{stem(m.group(1).lower())}\w*\s+$", sentence[:value.start], re.I):
        return True
    verbs = {stem(w) for w in re.findall(r"\b[a-z]{4,}\b", question) if w not in STOPWORDS}
    said = re.search(r"\b([a-z]{4,})\s+(?:(?:in|by|with)\s+)?(?:an?\s+)?$", sentence[:value.start])
    return said is not None and verb_stem(said.group(1)) in verbs


_PRESENT_VERB = re.compile(r"[a-z]{2,}[^s'’]s")
_OBJECT_LEADS = frozenset("to the a an its their his her in on at with".split())


def _which_verb(question: str) -> str:
    """The stem of the verb a "Which X ...?" question asks its X did: "report" in "Which
    newspaper reported Rank's plans?", "promise" in "Which party promises to keep it?"; "" when
    its X is the object ("Which firm did Rank buy?")."""
    m = re.match(r"\s*which\s+(.*)", question, re.I)
    words = re.findall(r"[\w'’-]+", m.group(1)) if m else []
    for i, word in enumerate(words[1:], 1):
        if word.islower() and (word in _PAST_BASE or word.endswith("ed")):
            return verb_stem(word)
        after = words[i + 1] if i + 1 < len(words) else ""
        if word.islower() and _PRESENT_VERB.fullmatch(word) and after.lower() in _OBJECT_LEADS:
            return verb_stem(word)  # a present verb: "-s" before "to", a preposition or an article, where a plural noun seldom stands
        if word.islower() and word in _AUXILIARY:
            doing = word in ("is", "are", "was", "were") and after.endswith("ing") and after != "being"  # "is distributing"
            return verb_stem(after) if (word in ("has", "have", "will") or doing) and after.islower() and after not in STOPWORDS else ""
    return ""


# "Who called the film ...?": the verb "Who" did ("call"), after a helping verb.
WHO_ASKED_DID = re.compile(r"^\s*who\s+(?:(?:is|was|are|were|will|has|had|have)\s+)?(?:be\s+|been\s+)?([a-z]+)\b", re.I)


def by_asked_doer(sentence: str, value: Value, question: str) -> bool:
    """The name follows "by" after the deed the question asks who (or which one) did: "Hosted by
    Ann Lee" for "Who is hosting the ceremony?", "tabled by France" for "Which country tabled it?"."""
    m = WHO_ASKED_DID.match(question)
    verb = verb_stem(m.group(1).lower()) if m else _which_verb(question)
    done = _DONE_BY_ANY.search(sentence[:value.start]) if verb else None
    if done is None and verb and (deed := _DEED_FROM.search(sentence[:value.start])):
        done = deed  # the deed as a noun: "a late challenge from Jimmy Watkins" for "Who challenged him?"
    return done is not None and verb_stem(done.group(1).lower()) == verb or _did_to_asked_thing(sentence, value, question)


# What a "Who/Which X ...?" question's verb is done to: "survey" in "Which company carried out the survey?"
_ASKED_THING = re.compile(r"^\s*(?:who|which\s+(?:[a-z-]+\s+){1,3}?)(?:(?:has|have|had|will|would)\s+)?(?-i:[a-z]+)"
                          r"(?:\s+(?:out|up|off))?\s+(?:the|its|their)\s+((?-i:[a-z]{4,}))\b", re.I)


def _did_to_asked_thing(sentence: str, value: Value, question: str) -> bool:
    """The name follows "by" in a passive whose subject is what the question's verb is done to,
    whatever the verb: "The survey was conducted by Sunovate" for "Which company carried out the
    survey?"."""
    m = _ASKED_THING.match(question)
    before = sentence[:value.start]
    if m is not None and re.search(rf"\b(?i:the\s+(?:[a-z-]+\s+)?){re.escape(m.group(1))}\s+(?:was|were|is|are|has been|had been)"
                                   rf"\s+[a-z]+(?:ed|en)\s+(?:out\s+)?by\s+(?:the\s+)?$", before):
        return True
    # or set off after it: "the plan to tax jet fuel - tabled by France" for "Which country proposed the jet fuel tax?"
    head = _ASKED_THING_HEAD.search(question) if _DOER_ASKED.match(question) else None
    return head is not None and re.search(rf"\b{re.escape(head.group(1))}\b[^.;:,]{{0,40}}?(?:\s+[-–]|,)\s+[a-z]+(?:ed|en)"
                                          rf"\s+by\s+(?:the\s+)?$", before) is not None


_DOER_ASKED = re.compile(r"^\s*(?:who|which\s+(?:[a-z-]+\s+){1,3}?)(?:(?:has|have|had|will|would)\s+)?(?!(?:is|was|are|were|did|does|do)\b)(?-i:[a-z]+)\s", re.I)
_ASKED_THING_HEAD = re.compile(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+){0,3}([a-z]{3,})\s*\?*\s*$")  # "tax" of "the jet fuel tax?"


def bracketed_by_name(sentence: str, value: Value, question: str, names: list[list[str]] | None = None) -> bool:
    """The value stands in brackets right after a name the question gives (or one of `names`):
    "Wilma's (Erin Gray)", "Ada Moss (Norland)" in a list of names and their nations."""
    before = sentence[:value.start]
    return sentence.startswith(")", value.end) and any(
        re.search(rf"\b{re.escape(' '.join(name))}(?:['’]s?)?\s*\($", before) for name in names or name_groups(question))


# The name a question asks about, after its auxiliary: "Blume" in "What time did Marc Blume run?"
SUBJECT_NAMED = re.compile(r"\b(?i:did|does|do|is|was|were|has|have|had|will|would)\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w-]*)")


def bracketed_after_asked(sentence: str, value: Value, question: str) -> bool:
    """Who or what the question asks about stands in brackets right after the name it gives:
    "Wilma's (Erin Gray) adventures" for "Who plays Wilma?"; for a Which question, after the
    name it asks about, "Stanley Townsend (Shining City)" for "In which show does Stanley
    Townsend appear?" (not a name's restatement: "the National Hi-Tech Crime Unit (NHTCU)" for
    "Which firm ran the survey for the Hi-Tech Crime Unit?")."""
    if _WHO.match(question):
        return bracketed_by_name(sentence, value, question)
    subject = SUBJECT_NAMED.search(question) if WHICH_ASKED.match(question) else None
    return subject is not None and bracketed_by_name(sentence, value, question, [subject.group(1).split()])


def before_asked_verb(sentence: str, value: Value, question: str) -> bool:
    """The name is the subject of the verb the question asks its noun did: "the Sunday
    Telegraph reported" for "Which newspaper reported Rank's plans?", also past a phrase set
    off by commas ("Poland, one of the largest member states, rejected")."""
    verb = _which_verb(question)
    return len(verb) > 2 and _deed_after(verb, sentence[value.end:]) is not None  # "said" for "say"


def did_asked_to_asked(sentence: str, value: Value, question: str) -> bool:
    """The name does the deed a "Who" question asks, to what the question names: "David Davis
    welcomed his apology" for "Who welcomed Blunkett's apology?"."""
    verb, m = _who_verb(question), WHO_ASKED_DID.match(question)
    if len(verb) < 3 or m is None or _deed_after(verb, sentence[value.end:]) is None:
        return False
    asked = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", question[m.end():]) if w.lower() not in STOPWORDS}
    clause = re.split(r"[,;.:]", sentence[value.end:], maxsplit=1)[0]
    return bool(asked & {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", clause)[:10]})


def after_asked_participle(sentence: str, value: Value, question: str) -> bool:
    """The name follows the question's verb made a participle that describes what the question
    names: "Alexander, starring Colin Farrell" for "Who stars in Alexander?"."""
    verb = _who_verb(question)
    m = re.search(rf"([\w'’-]+),?\s+{re.escape(verb)}\w*ing\s+(?:[\w'’-]+\s+){{0,3}}$", sentence[:value.start]) if len(verb) > 2 else None
    return m is not None and stem(m.group(1).lower()) in content_terms(question)


def _who_verb(question: str) -> str:
    """The stem of the verb a "Who ...?" question asks its subject did: "welcom" in "Who welcomed
    the apology?"; "" for "Who is the coach?" and for the passive "Who was named captain?"."""
    m = WHO_ASKED_DID.match(question)
    word = m.group(1) if m and not re.search(r"\b(?:is|was|are|were|be|been)\s", m.group()) else ""
    return verb_stem(word) if word.islower() and word not in STOPWORDS and (
        word in _PAST_BASE or word.endswith("ed") or _PRESENT_VERB.fullmatch(word)) else ""


def titled_as_doer(value: Value, question: str) -> bool:
    """The name's own title is the doer of the question's verb: "Distributor Sony Pictures" for
    "Which company is distributing the film?", "producer Ann Lee" for "Which firm produced it?"."""
    verb, words = _which_verb(question), value.text.split()
    return len(verb) > 3 and len(words) > 1 and re.fullmatch(rf"{re.escape(verb)}\w*(?:or|er)", words[0], re.I) is not None


def says_it_does(sentence: str, value: Value, question: str) -> bool:
    """The name says it does what the question asks its noun does: "Royal Mail says it is
    investigating the situation" for "Which organisation says it is investigating ...?"."""
    verb = _which_verb(question)
    return len(verb) > 2 and re.match(rf"\s+(?:says|said)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:is|are|was|were|has|have|had|will|would)?"
                                      rf"\s*{_verb_forms(verb)}\b", sentence[value.end:], re.I) is not None


def did_asked_deed(sentence: str, value: Value, question: str) -> bool:
    """The name did the question's deed to the question's thing: "Lord Dubs agreed to withdraw
    his bill" for "Which peer withdrew his bill ...?", but not "The Lumo Phone came first" for
    "Which gadget came second ...?"."""
    verb = "" if _asks_winner(question) else _which_verb(question)  # a prize won is told by its own words
    done = _deed_after(verb, sentence[value.end:]) if len(verb) > 2 else None
    things = content_terms(done.group(1) or "") if done else ()  # "liaised with several protest groups": any of them
    return bool(set(things) & set(content_terms(question)))


def tells_asked_verb(sentence: str, question: str) -> bool:
    """The sentence holds the verb a "Which X ...?" question asks its X did, in any form:
    "who he described as" for "Which minister described Campbell as ...?"."""
    verb = _which_verb(question)
    return len(verb) > 2 and re.search(rf"\b{_verb_forms(verb)}", sentence, re.I) is not None


# The deed chosen, not just done: "Lord Dubs agreed to withdraw his bill" for "Which peer withdrew it?"
_CHOSE_TO = r"(?:(?:agreed|decided|voted|chose|opted|moved|was\s+forced|were\s+forced)\s+to\s+)"


# a time or an adverb between a name and its verb: "Charles Clarke this week published", "Roe also said"
_WHEN_DONE = (r"(?:\s+(?:(?:this|last)\s+(?:week|month|year|weekend|summer|spring|autumn|winter)|yesterday|today|also|now|recently"
              r"|earlier|later|already|(?-i:[a-z]+ly)|on\s+(?-i:[A-Z][a-z]+day)))")


def _deed_after(verb: str, after: str) -> re.Match[str] | None:
    """The verb right after a name, or past a phrase set off by commas; group 1 holds the next
    words, what it was done to."""
    return re.match(rf"(?:,[^,;]{{1,80}},)?{_WHEN_DONE}?\s+(?:has\s+|have\s+|had\s+|will\s+)?{_CHOSE_TO}?{_verb_forms(verb)}\b\s*"
                    rf"((?:[\w'’-]+\s+){{0,3}}[\w'’-]+)?", after, re.I)


_HOW_LONG = re.compile(r"^\s*how long (?:was|were|has|have|had|did|does|do|is|are|will)\b(.*)", re.I)


def spans_asked_verb(sentence: str, value: Value, question: str) -> bool:
    """The value is how long the question's verb lasted: "held in Guantanamo Bay for 33 months"
    for "How long was X held at Guantanamo Bay?"."""
    m = _HOW_LONG.match(question)
    if not m or not _UNIT_GIVEN["duration"].search(value.text):  # "signed for £4.6m" is no span
        return False
    asked = {stem(w) for w in re.findall(r"\b[a-z]{3,}\b", m.group(1)) if w not in STOPWORDS}
    said = re.search(r"((?:\b[\w'’-]+\W+){1,6})for\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?$", sentence[:value.start])
    return said is not None and any(stem(w.lower()) in asked for w in re.findall(r"[a-z]{3,}", said.group(1)))


def repeats_asked(sentence: str, value: Value, question: str) -> bool:
    """The period follows the deed the question asks how often it happens: "which is doubling
    every five months" for "How often does it double in size?", not "a blog is created every
    5.8 seconds"."""
    asked = {stem(w) for w in re.findall(r"\b[a-z]{3,}\b", without_names(question)) if w not in STOPWORDS}
    said = re.findall(r"[a-z]{3,}", " ".join(sentence[:value.start].split()[-4:]))
    return any(stem(w) in asked for w in said if w not in STOPWORDS and w not in ("every", "once", "twice"))


# Which way a figure moved: "How far did profits fall?" asks a fall; "costs rose by 47.3%" is none.
_DOWN = re.compile(r"\b(?:fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|decline|declines|declined|declining"
                   r"|slide|slides|slid|sliding|slump|slumps|slumped|plunge|plunges|plunged|sink|sinks|sank|shrink"
                   r"|shrinks|shrank|shrunk|decrease|decreases|decreased|tumble|tumbles|tumbled|dip|dips|dipped"
                   r"|slip|slips|slipped|down|lower|loss|losses|plummet|plummets|plummeted|contract|contracts|contracted"
                   r"|contraction|cut|cuts|cutting|reduce|reduces|reduced|reducing|slash|slashes|slashed)\b", re.I)
# "raise its dividend by 11%" moves it up; "cut up to 45,000 jobs" moves nothing up ("up to" is no move)
_UP = re.compile(r"\b(?:rise|rises|rose|risen|rising|climb|climbs|climbed|grow|grows|grew|grown|growth|increase"
                 r"|increases|increased|jump|jumps|jumped|soar|soars|soared|surge|surges|surged|gain|gains|gained"
                 r"|up(?!\s+to\b)|higher|rebound|rebounded|boost|boosts|boosted|leap|leaps|leapt|leaped|expand|expands|expanded"
                 r"|expansion|rally|rallies|rallied|raise|raises|raised|raising)\b", re.I)
_NO_MOVE_ASKED = frozenset("growth up higher down lower loss losses".split())  # "What growth is forecast?" asks a level
_MOVE = re.compile(f"{_DOWN.pattern}|{_UP.pattern}", re.I)
MOVE_REACH = 30  # characters either side of a figure where the word for its move stands
_LEVEL_ASKED = re.compile(r"\bto\s*\?*\s*$|^\s*to what (?:level|figure|price|rate|value|high|low)\b", re.I)
# a figure after another and "to", with no "from" before them: the level a move reached
_LEVEL_REACHED = re.compile(r"(?<!\bfrom )(?<![\d,.])[$£€]?\d[\d,.]*\s*(?:%|p|per\s*cent|points?|[a-z]{1,3})?\s+to\s+$")
_MADE_FROM = re.compile(r"\s+from\b")  # "down from 5.1%": the move was made from that figure
_WHEN_MOVED = re.compile(r"\b(?:before|after|since|until)\s+(?:its|the|their|his|her|an?|this|that)\s+(?:[\w-]+\s+)?[a-z-]+\b", re.I)


def direction_asked(question: str) -> str:
    """ "down" or "up" when the question's verb asks how far a figure fell or rose; "" otherwise."""
    question = _WHEN_MOVED.sub("", question)  # "What was its share before its decline?" asks a level
    if _LEVEL_ASKED.search(question):  # "What did crude rise to?" asks the level a move reached
        return ""
    down = [w for w in _DOWN.findall(question) if w.lower() not in _NO_MOVE_ASKED]
    up = [w for w in _UP.findall(question) if w.lower() not in _NO_MOVE_ASKED]
    return "down" if down and not up else "up" if up and not down else ""


def level_reached(sentence: str, value: Value) -> bool:
    """The value is the level a move reached, after the move's figure: "$47.10" in "rose $1.64 to $47.10"."""
    return _LEVEL_REACHED.search(sentence[max(0, value.start - MOVE_REACH):value.start]) is not None


def move_of(sentence: str, value: Value) -> str:
    """Which way the sentence says the value moved: the word for a move nearest to it, "" when
    none stands within reach."""
    before = sentence[max(0, value.start - MOVE_REACH):value.start]
    if re.search(r"\d\s*(?:%|p|per\s*cent|points?)?\s+at\s+$", before):
        return ""  # "up 19.6% at $17.04": the move, then the level it left the value at
    if level_reached(sentence, value):
        return ""  # "rose $1.64 to $47.10": the move, then the level it reached
    after = sentence[value.end:value.end + MOVE_REACH]
    # "grew 4.2%, down from the third quarter's 5.1%": the move is the other figure's, made from this one
    near = [(len(before) - m.end(), m.group()) for m in _MOVE.finditer(before) if not _MADE_FROM.match(before, m.end())]
    near += [(m.start(), m.group()) for m in _MOVE.finditer(after)]
    if not near:
        return ""
    return "down" if _DOWN.fullmatch(min(near)[1]) else "up"


# "What is the new Google toolbar feature called?": a thing's name is asked by its noun.
_NAMING_ASKED = re.compile(r"^\s*what (?:is|was|are|were|will be) (?:the |its |their |his |her |[\w.-]+['’]s? )?"
                           r"(?:[\w.'’-]+ ){0,5}?(?!(?:the|for|of|about|with|from|and)\b)([a-z-]{3,})"
                           r"(?: (?:that|which|who|[a-z]{2,}ing|among|in|on|at|of|from|for|by|with) [^?]+)? (?:code-?)?(?:called|named|known as)\s*\?*\s*$",
                           re.I)
_LABEL_SUFFIX = r"(?![MKB]\b)[A-Z]{1,2}"  # capitals joined to a digit name a kind ("3D", "4G"); "5M" is five million
_NAME_RUN = rf"[A-Z][\w.-]*[A-Za-z0-9](?:\s+(?:[A-Z][\w.-]*[A-Za-z0-9]|\d{{1,2}}{_LABEL_SUFFIX}\b))*"  # "Super 3G"


# "What was Ostby's original name?", "What was the original name of Ostby?": the name is the thing asked
_OWN_NAME_ASKED = re.compile(r"^\s*what (?:is|was|are|were) (?:(?:its |their |his |her |[A-Z][\w.-]*['’]s? )(?:[a-z-]+ )?(name)"
                             r"|the (?:[a-z-]+ )?(name) of (?-i:[A-Z])[^?]*?)(?: (?:before|after|in|until) [^?]+)?\s*\?*\s*$", re.I)


# "What is the title of the Quill report that ...?", "What was the title of Ada Moss's paper?"
_TITLE_OF_ASKED = re.compile(r"^\s*what (?:is|was|are|were|will be) the (?:title|name)s? of (?:the |his |her |its |their |"
                             r"(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*)*['’]s? )(?:[\w-]+ ){0,3}?([a-z]{3,})"
                             r"(?= (?:that|which|who|in|on|about|by|under|for)\b|\s*\?*\s*$)", re.I)


def naming_asked(question: str) -> str:
    """The noun of the thing whose name is asked: "feature" in "What is the new Google toolbar
    feature called?", "name" in "What was Ostby's original name?", "report" in "What is the
    title of the report that ...?"; "" for other questions."""
    m = _NAMING_ASKED.match(question) or _OWN_NAME_ASKED.match(question) or _TITLE_OF_ASKED.match(question)
    return next(g for g in m.groups() if g).lower() if m else ""


def name_given(sentence: str, noun: str, question: str) -> str:
    """The name the sentence gives the asked thing, one the question does not give: right before
    its noun ("its Connected World initiative"), set off after it ("The technology, OMAP-Vox," or
    "The service, Google Video beta,"),
    or after "called" or "titled" ("was called Bankash-A Trojan", "the report titled “NATO 2030”")."""
    said = rf"{re.escape(noun)}s?\b(?!-)"  # not "film-maker" for "film"
    asked = question_names(question)
    patterns = [rf"({_NAME_RUN})\s+(?:[a-z-]+\s+)?{said}", rf"\b{said},\s+({_NAME_RUN}(?:\s+[a-z]+)?),",  # "The service, Google Video beta,"
                r"(?:(?<=code-)|(?<!-))\b(?:called|named|dubbed|known as|titled|entitled)\s+[\"“]([^\"”]{2,60})[\"”]",  # 'dubbed "Jerry's Guide to the World Wide Web"'
                rf"(?:(?<=code-)|(?<!-))\b(?:called|named|dubbed|known as|titled|entitled)\s+['‘]?({_NAME_RUN}|{_DOMAIN.pattern}|\d[\w/.-]*\d)",  # not 'so-called "beer-like" drinks'
                r"\bname,\s+[\"“]([^\"”]{2,40})[\"”]",  # 'The chosen name, "Shinnama"'
                rf"\b{said}\s+(?:is|was|became)\s+[\"“‘']?({_NAME_RUN})"]  # "its original name was Haishenwei"
    if re.search(rf"\b{said}", question):  # a noun, not a name: "Lord Dubs' Succession to the Crown Bill" for "his bill"
        patterns.append(rf"([A-Z][\w.-]*(?:\s+(?:of|to|the|for|and|on|against|[A-Z][\w.-]*))*\s+{re.escape(noun.capitalize())}s?)\b")
    for pattern in patterns:
        for m in re.finditer(pattern, sentence):
            # "The AutoLink feature"; a pronoun names nothing: "They host links, called “trackers”"
            name = re.sub(r"^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|They|It|He|She|We)\b\s*", "", m.group(1))
            if name and not set(re.split(r"[\s-]+", re.sub(r"['’]s?\b", "", name))) <= asked:
                return name
    return ""


_WORKS_WHERE = re.compile(r"^\s*where\s+(?:does|did|do|is|was)\s+.*\b(?:work|works|worked|working|employed)\s*\?*\s*$", re.I)
_EMPLOYS = re.compile(r"^\s*(?:who|(?:which|what)\s+(?:[a-z-]+\s+){1,2}?)(?:employs|employed|hired|hires|recruited)\b", re.I)


def affiliation_asked(question: str) -> list[str]:
    """The last names of the people whose organisation the question asks: "Beal" in "Which
    company does Barry Beal work for?", "Houlihan" in "Which magazine does John Houlihan edit?"
    "Where does Barry Beal work?" and "Which firm employs Barry Beal?"."""
    m = _STRANDED.search(question)
    # "Which firm employs Hogan?" asks an employer of a surname too; the looser forms only of a full name
    employer = bool(_WORKS_WHERE.match(question)) or bool(_EMPLOYS.match(question))
    asked = employer or m is not None and m.group(1).lower() in _AFFILIATION or bool(_object_verb(question))
    return [name[-1] for name in name_groups(question) if employer or len(name) > 1] if asked else []


# "Which Goldman Sachs analyst ...?": the organisation the asked person is with, named before their role.
_ORG_ROLE_ASKED = re.compile(r"^\s*(?i:which|what)\s+((?:[A-Z][\w&.'’-]*\s+)+)[a-z][a-z-]+\b")


_SPOKE_FOR_ASKED = re.compile(r"^\s*(?i:who)\s+(?:spoke|speaks|speak|was speaking|is speaking)\s+for\s+(?:the\s+)?"
                              r"([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)(?:\s+(?:in|on|at|during|about|after|before)\b.*)?\s*\?*\s*$")


def with_asked_org(sentence: str, value: Value, question: str) -> bool:
    """The name is given with the organisation the question says the person is with: "Simon
    Wheatley, from Goldman Sachs," or "Goldman Sachs analyst Simon Wheatley" for "Which Goldman
    Sachs analyst commented?"; "For the Lib Dems, Ada Moss said" or "said Amazon's Robin Terrell"
    for "Who spoke for ...?"."""
    if (spoke := _SPOKE_FOR_ASKED.match(question)) and " " in value.text:
        org, before = re.escape(spoke.group(1).strip()), sentence[:value.start]
        if re.search(rf"(?:^|[.;:]\s+)For\s+(?:the\s+)?{org},\s+$", before):
            return True
        owned = re.search(rf"\b{org}['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}$", before)  # the body's own, speaking
        return owned is not None and (re.search(r"\b(?:said|says|told|added)\s+(?:the\s+)?$", before[:owned.start()]) is not None
                                      or re.match(r",?\s+(?:said|says|told|added)\b", sentence[value.end:]) is not None)
    m = _ORG_ROLE_ASKED.match(question)
    if not m or " " not in value.text:  # a full name: one word may be the organisation's own
        return False
    org = re.escape(m.group(1).strip())
    return bool(re.match(rf",?\s+(?:from|of|at|with)\s+(?:the\s+)?{org}\b", sentence[value.end:])
                or re.search(rf"\b{org}(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){{0,3}}$", sentence[:value.start]))


# Verbs that ask whom someone is with: "Which group does Jim Parton represent?" ("Jim Parton, from Families Need Fathers,").
_MEMBER_OF = frozenset({stem("represent"), stem("belong")})


def _membership_asked(question: str) -> bool:
    """The question asks what the person belongs to ("Which party does X belong to / represent?"),
    which a title's leading name tells ("Labour MSP X"); not whom they work for ("Conservative MP
    X" edits no magazine called Conservative)."""
    return _object_verb(question) in _MEMBER_OF or re.search(r"\bmember of\s*\?*\s*$", question) is not None


def _org_titled_before(value: Value, question: str) -> Value:
    """The organisation that leads the asked person's title in one name: "Labour" of "Labour MSP
    Christine May" when Christine May's organisation is asked."""
    for name in name_groups(question):
        whole = " ".join(name)
        if len(name) > 1 and (m := re.fullmatch(rf"((?:[A-Z][\w'’&-]*\s+)+?)(?:[A-Z]{{2,4}}\s+)*{re.escape(whole)}", value.text)) \
                and re.search(r"\b[A-Z]{2,4}\b", value.text[len(m.group(1)):]):  # a title between: no first name
            org = m.group(1).rstrip()
            return Value(org, value.start, value.start + len(org))
    return value


# "Which union does Jo Roe lead?" is told by any title of the one at a body's head before her
# name: "Zorb general secretary Jo Roe", "Zorb chief executive Jo Roe".
_LEAD_VERBS = frozenset(stem(w) for w in ("lead", "head", "run"))
_HEAD_TITLE = r"(?:general\s+secretary|chief\s+executive|(?:head|chief|boss|director|chair|leader|president|governor)[a-z]*)"


def affiliated(sentence: str, value: Value, question: str) -> bool:
    """The value is the asked person's organisation, right after their name or after a role set
    off by a comma: "Ravi Shah from Arden Labs", "Barry Beal, security manager for Capgemini";
    for a question's verb, after its agent noun: "John Houlihan, editor of the X magazine" for
    "Which magazine does John Houlihan edit?", or before it as a title: "Federal Reserve
    chairman Alan Greenspan" for "Which body does Alan Greenspan chair?", "Chelsea defender
    William Gallas" for "Which club does William Gallas play for?"."""
    before = sentence[:value.start]
    if _membership_asked(question) and any(re.match(rf"(?:\s+[A-Z]{{2,4}})+\s+(?:[A-Z][\w'’-]*\s+)*?{re.escape(p)}\b", sentence[value.end:])
                                           for p in affiliation_asked(question)):
        return True  # its name leads the person's title: "Labour MSP Christine May"
    m = _STRANDED.search(question)
    if m and m.group(1).lower() in _AFFILIATION or _WORKS_WHERE.match(question) or _EMPLOYS.match(question) \
            or _object_verb(question) in _MEMBER_OF:
        roles = re.match(r"\s+((?:[a-z][\w-]*\s+){1,2})", sentence[value.end:])
        if (not m or m.group(1).lower() != "of") and roles and not set(roles.group(1).split()) & STOPWORDS and any(
                re.match(rf"(?:[A-Z][\w'’-]*\s+)*?{re.escape(p)}\b", sentence[value.end + roles.end():]) for p in affiliation_asked(question)):
            return True  # its name before the person's role: "Chelsea defender William Gallas", not "in favour of"
        role = r"(?:,(?:\s+[a-z][\w-]*){1,5})?,?"  # "Ravi Shah, from Arden Labs,"
    elif verb := _object_verb(question):
        role = rf",\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{re.escape(verb)}[a-z]*"
        title = _HEAD_TITLE if verb in _LEAD_VERBS else rf"{re.escape(verb)}[a-z]*"
        titled = rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{title}\s+(?:[A-Z][\w'’-]*\s+)*?"
        if any(re.match(rf"{titled}{re.escape(p)}\b", sentence[value.end:]) for p in affiliation_asked(question)):
            return True
    else:
        return False
    return any(re.search(rf"\b{re.escape(p)}{role}\s+(?:from|of|at|with|for)\s+(?:the\s+)?$", before)
               for p in affiliation_asked(question))


_WHO = re.compile(r"^\s*(who|whom)\b", re.I)
_SPEAKER = re.compile(r"\b(?:said|says|told|added|according to)\s+$")  # "said Shauna Perry": a person, no place
# "Where ...?": "buyer Ada Moss said:" names whoever speaks, no place ("Jo Roe of Zorb said", "a woman from Ostby says" do)
_SPEAKS = re.compile(r"^,?\s+(?:said|says|told|added)\b")
_OF_A_PLACE = re.compile(r"\b(?:in|at|of|from|near|for|with|to)\s+(?:the\s+)?['‘\"“]?$", re.I)
# "based in Hamburg", "due to open in the capital, Kampala"
_IN_A_PLACE = re.compile(r"\b(?:in|near|across|outside|throughout|around)\s+(?:the\s+)?"
                         r"(?:(?:capital|city|town|village|county|region|province|state)(?:,|\s+of)\s+)?$", re.I)
# "Ada Moss, the Norlandic ambassador to the United States, was recalled": the country is where her post is, no one
_IN_APPOSITION = re.compile(r"[A-Z][\w'’-]+,\s+the\s+(?:[\w'’-]+\s+){1,4}?(?:to|of|for|at|in)\s+(?:the\s+)?$")
# "Ada Moss, outreach head for campaign group Quill, said ...": Quill is set off to say who she is; the deed is hers
_IN_ROLE_APPOSITION = re.compile(r"([A-Z][\w'’-]+),\s+(?:[\w'’-]+\s+){0,4}?[a-z]+\s+(?:of|for|at|with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}$")
_AT_THE = re.compile(r"\b(?:at|on)\s+the\s+(?:(?:19|20)\d\d\s+)?$", re.I)  # "at the Sydney Olympics", "at the 2000 Sydney Olympics", "on the BBC": no one
_OWNED_ROLE = re.compile(r"^\s*(?i:who) (?:is|was|are|were|will be|has been) (?:the |a |an )?([a-z][a-z -]*?) (?:of|at|for) "
                         r"(?:the )?([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*)")
_OWNER_ROLE = re.compile(r"^\s*(?i:who) (?:is|was|are|were|will be|has been) (?:the )?([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s? "
                         r"([A-Za-z][A-Za-z -]*?)(?:\s+(?:in|at|on|during|over)\s+[^?]*)?\s*\?")  # "the EFF's lawyer", "the Lib Dems'
# Treasury spokesman", "Quill's lawyer in the case"
# The owner as a word before the role: "Who is the Turkish prime minister?"
_NAMED_ROLE = re.compile(r"^\s*(?i:who) (?:is|was|are|were|will be|has been) the ([A-Z][\w&.-]*) ([a-z][a-z -]*?)\s*\?*\s*$")


# "Who is the home secretary?" asks who holds the role now: "the then Home Secretary David
# Blunkett" and "former chief executive Jo Li" held it before.
_NOW_ASKED = re.compile(r"^\s*who (?:is|are)\b|^\s*who [a-z]+s\b(?<!was\b)|\b(?:now|current|currently|new)\b", re.I)
_NO_LONGER = re.compile(r"\b(?:former|ex-|then|outgoing|previous|erstwhile|one-time|late)\s*(?:[A-Za-z'’-]+\s+){0,3}$"
                        # "the previous government, led by President Ana Ruiz": she led it then
                        r"|\b(?:former|previous|outgoing)\s+[a-z]+,?\s+(?:led|headed|run)\s+by\s+(?:[A-Za-z'’-]+\s+){0,3}$"
                        # "his predecessor as chief inspector, Jo Li,": she held it before him
                        r"|\bpredecessors?\s+as\s+(?:[A-Za-z'’-]+\s+){0,4}?[A-Za-z'’-]+,?\s+$", re.I)
# "Which former sprinter is now an IOC member?": what someone was is part of what is asked.
_NO_LONGER_ASKED = re.compile(r"\b(?:former|ex-|one-time|erstwhile)", re.I)


_LETTER = re.compile(r"[A-Za-z]")


_ONCE_TITLED = re.compile(r"\b(?i:former|ex-|then|outgoing|previous|erstwhile|one-time)\s*([A-Z][\w'’.&-]*\s+(?:[A-Za-z'’-]+\s+){0,2})$")


def _no_longer_as_asked(before: str, question: str) -> bool:
    """What stands before a name says it no longer holds the asked post: "former Chancellor Ken
    Clarke" for "Who is the chancellor?", "the then chairman Tom Reyes" for "Who is the chief
    executive?", but not "former Friends actor Matt LeBlanc" for "Who is the star of Joey?": a
    past post with another's name and without the asked role is another job."""
    if not (ended := _NO_LONGER.search(before)):
        return False
    role = asked_role(question) or stem(head_noun(question).lower())
    titled = _ONCE_TITLED.search(ended.group())
    return not (role and titled and not any(is_role(stem(w.lower()), role) for w in re.findall(r"[A-Za-z'’-]+", titled.group(1))))


_SHARE_PRICE = re.compile(r"\bshare price\b|\bprice (?:of|for|per) (?:a |one |each )?share\b", re.I)
_LARGE_SUM = re.compile(r"\d\s?(?:bn|m|tn)\b|illion\b", re.I)  # "$1.25 billion", "£600m"


def _title(words: list[str]) -> str:
    """A pattern for the words of a title, any spaces between them."""
    return r"\s+".join(map(re.escape, words))


def _someone_elses(sentence: str, value: Value, question: str, article: str = "") -> bool:
    """The name holds the asked role for someone else: "Kolb's chief executive, Anja Vogt"
    does not answer "Who is the chief executive of Aster?", nor "Kenyan President Mwai
    Kibaki" "Who is the president of France?"."""
    m = _OWNED_ROLE.match(question)
    role, owner = (m.group(1), m.group(2)) if m else (None, None)
    if not m and (m := _OWNER_ROLE.match(question) or _NAMED_ROLE.match(question)):
        owner, role = m.group(1), m.group(2)
    if not role or not owner:
        return _titled_by_another(sentence, value, question)
    # The owner's word right before the whole title ("Italian Prime Minister"), or before its
    # last word and maybe another ("Kolb vice president" for "the current president").
    # The owner may be a run of names: "BBC News political editor" is the BBC's.
    run = r"((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)"
    held = re.search(rf"{run}(?:['’]s)? (?i:{_title(role.split()[-3:])}),?\s+$", sentence[:value.start]) \
        or re.search(rf"{run}(?:['’]s)? (?:[a-z][\w-]* )?(?i:{_title(role.split()[-1:])}),?\s+$", sentence[:value.start])
    asked = re.findall(r"[\w&-]+", question.lower())
    owner_words = held.group(1).lower().split() if held else []
    if held and len(owner_words) == 1 and SENTENCE_START.search(sentence[:held.start(1)]) \
            and re.search(rf"\b{re.escape(owner_words[0])}\b", article):
        return False  # "Charity boss Gordon Lishman" in a story about "the charity": a common word, no owner
    return bool(held and not any(o in asked or any(shares_stem(o, w) for w in asked) for o in owner_words)  # "Communications Minister"
                and owner_words[-1] not in _POSSESSIVE_PRONOUNS)  # "His lawyer Louise Christian": whose, the text says before


def _another_title(sentence: str, value: Value, question: str) -> bool:
    """The name holds another title of the asked role's noun: "Foreign Minister Prince Saud" for
    "Who is the Saudi labour minister?". Only a question that says which role by a common word
    ("labour") asks this; a capitalised word of the question's ("Saudi") is whose role it is."""
    role = asked_role(question)
    words = re.findall(r"[\w'’-]+", question)
    asked = [w.lower() for w in words]
    at = next((i for i in range(len(words) - 1, 0, -1) if role and is_role(stem(words[i].lower()), role)), 0)
    # "labour" in "the Saudi labour minister", not "country's" in "the country's auditor general": whose role it is
    kinds = list(itertools.takewhile(lambda w: w.islower() and w not in STOPWORDS and not re.search(r"['’]s?$", w)
                                     and not _NO_LONGER_ASKED.match(w),  # "former" says when, not which champion
                                     reversed(words[max(0, at - 3):at])))
    if not kinds:
        return False
    held = re.search(r"((?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?)+)([A-Za-z][a-z-]+)\s+$", sentence[:value.start])
    if not held or not is_role(stem(held.group(2).lower()), role):
        return _ROLE_NAMED.match(question) is not None and _another_kind(sentence[:value.start], role, kinds)
    title = [w.lower() for w in re.findall(r"[\w-]+", held.group(1))]

    def said(word: str, among: list[str]) -> bool:
        return any(word == w or shares_stem(word, w) for w in among)
    # "Foreign Minister" for the labour minister; "Justice and Home Affairs Commissioner" for the monetary affairs one
    return not said(title[-1], asked) or not all(said(k, title) for k in kinds)


# Words that say when or how long a post is held, not which post: "defending champion"
_TENURE = frozenset("defending reigning current new incumbent outgoing interim acting former newly".split())


def _another_kind(before: str, role: str, kinds: list[str]) -> bool:
    """The role right before the name is said of another kind in lower case: "world indoor
    champion Ada Moss" for "Who is the cross country champion?" ("defending champion" says
    none). Only a question asking who holds the post asks this: "Which fashion designer ...?"
    is answered by "clothes designer Ada Moss"."""
    m = re.search(r"((?:[a-z][\w-]*\s+){1,3})([a-z][a-z-]+)\s+$", before)
    if m is None or not is_role(stem(m.group(2)), role):
        return False
    run = list(itertools.takewhile(lambda w: w not in STOPWORDS, reversed(m.group(1).split())))  # "won by defending": "defending"
    said = [w for w in run if w not in _TENURE and not w.endswith("-crowned")]
    return bool(said) and not any(k == w or shares_stem(k, w) for k in kinds for w in said)


# Two or more capitalised words and then a title, right before a name: "Evil Dead director".
_TITLED_BY = re.compile(r"((?:[A-Z][\w&.'’-]*\s+){2,})([a-z][a-z-]+),?\s+$")


# "Which economist said the UK ...?" asks any holder of the role; what it names is what was said,
# not whose role it is ("said Zorb Bank economist Jo Roe" answers it).
_WHICH_SAID = re.compile(r"^\s*(?:which|what)\s+[a-z-]+\s+(?:said|says|warned|told|argued|claimed|added|admitted)\b", re.I)


def _titled_by_another(sentence: str, value: Value, question: str) -> bool:
    """A question about something it names ("Who directed Hide and Seek?") is not answered by
    the asked role held for another named thing ("Evil Dead director Sam Raimi"). A single
    capitalised word before the title may only describe ("British director ...")."""
    role = asked_role(question)
    held = _TITLED_BY.search(sentence[:value.start])
    if not role or not held or not is_role(stem(held.group(2)), role) or _WHICH_SAID.match(question):
        return False
    owner = [re.sub(r"['’]s?$", "", w) for w in held.group(1).split() if w.lower() not in STOPWORDS]
    asked = question.lower()
    return len(owner) > 1 and re.search(r"\s[A-Z]", question.strip()) is not None \
        and not any(w.lower() in asked for w in owner)


def head_noun(question: str) -> str:
    """The thing a question names: "alliance" in "Which alliance gives ...", "screens" in
    "How many screens ..."."""
    m = _HEAD.match(question)
    return m.group(1).lower() if m else ""


_NOUN_PHRASE = re.compile(r"^\s*(?:(?:in|at|on|from|to) )?(?:which|what) ((?:[a-z-]+ ){0,2}?[a-z-]+"
                          r"(?: (?:on|in|at|for|from|with|about|against|to) (?:[\w'’-]+ ){0,3}?[\w'’-]+)?) "
                          r"(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b", re.I)


_NAME_OF_ASKED = re.compile(r"^\s*(?i:what) (?:is|was|are|were) the names? of (?:the |an? )(?:[\w'’-]+ ){0,3}?"
                            r"([a-z][a-z-]+)(?= (?:that|which|who|whose|in|of|for|at|on|to|by|with)\b|\s*\?)")
_HOW_MANY = re.compile(r"^\s*how many ((?:[a-z-]+ ){0,5}?[a-z-]+) (?:did|does|do|is|was|are|were|has|have|had|will|would"
                       r"|can|could)\b", re.I)


_OWNED_BEFORE = re.compile(r"(?:\b(?:his|her|its|their|our|my|your)|\w['’]s?)\s+$", re.I)


def counted_phrase(question: str) -> str:
    """The words of what a "how many" question counts: "independent spirit nominations" in "How
    many Independent Spirit nominations did it get?"; "" for other questions."""
    m = _HOW_MANY.match(question)
    if not m:
        return ""
    # "times in a decade" counts times, "copies a day" copies
    noun = re.split(rf" (?:{'|'.join(_PHRASE_PREPOSITIONS)}|a|an|each|every|per) ", m.group(1).lower())[0]
    return " ".join(w for w in noun.split() if w not in STOPWORDS)


def _share_of_counted(sentence: str, question: str) -> Value | None:
    """A share of the very thing a "how many" question counts: "18% of all searchers" for "How
    many searchers can tell ...?"."""
    phrase = counted_phrase(question)
    if not phrase:
        return None
    noun = re.escape(phrase.split()[-1].removesuffix("s"))
    m = re.search(rf"\b(\d[\d.,]*(?:%| per ?cent))\s+of\s+(?:all\s+|the\s+|those\s+)?(?:[a-z-]+\s+){{0,2}}?{noun}s?\b",
                  sentence, re.I)
    return Value(m.group(1), m.start(1), m.end(1)) if m else None


def _numbers(sentence: str, start: int, end: int, question: str) -> bool:
    """The ordinal at `start:end` numbers the thing counted: "a third consecutive title" for
    "How many consecutive titles has she won?"; with its noun left out, the one named before it
    in its clause: "The Budget will be Mr Brown's eighth since 1997"."""
    phrase = counted_phrase(question)
    noun = re.escape(phrase.split()[-1].removesuffix("s")) if phrase else ""
    after = sentence[end:]
    return bool(noun) and (re.match(rf"\s+(?:[a-z-]+\s+){{0,2}}{noun}", after, re.I) is not None or (
        not re.match(r"\s+(?!(?:since|in|at|of|for|on|this|last|and)\b)[a-z-]+\b", after)  # no noun of its own
        and re.search(rf"\b{noun}s?\b[^,;:]*$", sentence[:start], re.I) is not None))


def _nth_time(sentence: str, ordinal: re.Match[str], question: str) -> bool:
    """"the 13th time the power has been used" says how many times it has: 13 ("the first time"
    or "the last time" says nothing of how many)."""
    return counted_phrase(question).endswith("times") and ordinal.group().lower() not in ("first", "last") \
        and re.search(r"\bthe\s+$", sentence[:ordinal.start()], re.I) is not None \
        and re.match(r"\s+time\b", sentence[ordinal.end():]) is not None


def asked_noun(question: str) -> str:
    """The last word of the noun a "which" question asks for: "city" in "Which industrial city
    did the minister visit?" (`head_noun` gives its first word, "industrial")."""
    if named := _NAME_OF_ASKED.match(question):  # "What is the name of the Tory bill that ...?": a bill
        return named.group(1).lower()
    m = _NOUN_PHRASE.match(question)
    # "Which convention on refugees ...?" asks a convention: the noun ends before its preposition
    words = re.split(rf" (?:{'|'.join(_PHRASE_PREPOSITIONS)}) ", m.group(1))[0].split() if m else []
    if words:
        return words[-1].lower()
    # "agency" in "Which news agency reported ...?"; "Which country's EU membership ...?" asks a country
    return "" if re.match(r"\s*which\s+[\w-]+['’]s?\s", question, re.I) else _phrase_end(question)


_MEASURE = re.compile(r"^\s*(?:(?:what|which) (?:is|was|are|were) (?:the |its |their |[\w-]+['’]s? )?"
                      r"|how (?:big|large) (?:is|was|are|were) (?:the )?(?:[\w-]+ ){0,2}[\w-]+['’]s? )"  # "How big is Italy's deficit?"
                      r"((?:[\w'’-]+ ){0,4}?[\w-]+)"
                      r"(?=\s+(?:in|of|for|at|on|by|with|during|this|last|next)\b|\s*\?|,|$)"
                      r"|^\s*what ((?:[a-z-]+ ){0,2}?[a-z-]+) (?:did|does|do|has|have|had|will)\b", re.I)  # "What profit did X make?"


def asked_measure(question: str) -> str:
    """The measure a "what was the X" question asks, its names left out: "unemployment rate"
    in "What was the US unemployment rate in January?"."""
    m = _MEASURE.match(question.strip())
    if not m:
        return ""
    if m.group(2) and number_kind(question) != "money":  # "What place did she finish?" names no measure
        return ""
    words = (m.group(1) or m.group(2)).split()
    while words and not words[0].islower():  # "US unemployment rate": the names say whose
        words = words[1:]
    return " ".join(words[-2:]) if words and all(w.islower() for w in words) else ""


_HOW_MUCH_NOUN = re.compile(r"^\s*how much ([a-z][a-z-]+) (?:does|did|do|is|was|are|were|has|have|had|will|would|can|could)\b",
                            re.I)


def much_noun(question: str) -> str:
    """What a "how much" question measures: "debt" in "How much debt does Parmalat have?"."""
    m = _HOW_MUCH_NOUN.match(question)
    return m.group(1).lower() if m and m.group(1).lower() not in STOPWORDS else ""


_NUMBERED_ASKED = re.compile(r"\b(?:which|what) number (?!of\b)([a-z]+)\b", re.I)


# Which kind of number a question asks for, and how a value of each kind is written.
_UNIT_ASKED = [
    # "How much time did the injury cost her?": no sum; "Time Warner" is a name
    ("duration", re.compile(r"\bhow much (?:[a-z]+ )?(?-i:time)\b", re.I)),
    # "How long have prices been disputed?", "How long did the price war last?": time, whatever it is of
    ("duration", re.compile(r"\bhow long (?:has|have|had|did|does|do)\b", re.I)),
    # "How long will the debt freeze last?": time, though "debt" would ask a sum
    ("duration", re.compile(r"\bhow long (?:will|would|could|can|might|may|should|is|was|are|were)\b.*\b(?:last|take|run|remain|stay|continue)\b", re.I)),
    ("frequency", re.compile(r"\bhow often\b", re.I)),  # "every 5.8 seconds", "three times a week"
    ("length", re.compile(r"\bhow far (?:behind|ahead|back|clear)\b", re.I)),  # a margin: "0.02 seconds", "two metres"
    ("edition", re.compile(_EDITION_ASKED, re.I)),
    # before money: "in the box office chart"; "Which number star did it get?" asks "the 2,271st star"
    ("rank", re.compile(rf"{_PLACE_IN_TABLE}|\b(?:what|which) position\b|{_NUMBERED_ASKED.pattern}", re.I)),
    # "How much faster ...?", "How many times bigger ...?", "How much less do they earn?": a multiple
    # ("10 times", "twice"), or a difference with its unit ("40%", "20mph", "£5")
    # ("How many times in a decade has it ...?" counts times)
    ("multiple", re.compile(r"\bhow (?:much|many times) (?:faster|quicker|slower|bigger|larger|smaller|higher|lower|stronger"
                            r"|weaker|longer|shorter|heavier|lighter|greater|less|more|cheaper|dearer|as)\b"
                            r"|\bhow far (?:above|below|over|under)\b", re.I)),  # "How far above the average ...?": a difference
    ("percent", re.compile(r"\b(?:percentage|per ?cent)\b", re.I)),  # "By what percentage did sales rise?"
    ("percent", re.compile(r"\bhow far\b.*\b(?:fall|fell|fallen|drop|dropped|rise|rose|risen|climb|climbed|slide|slid|slump|slumped"
                       r"|plunge|plunged|sink|sank|slip|slipped|dip|dipped|decline|declined|tumble|tumbled|plummet|plummeted"
                       r"|decrease|decreased|increase|increased|soar|soared|surge|surged|rally|rallied)\b", re.I)),  # "How far did shares fall?": a share, no distance or count
    # "How much of the aid goes on loans?": a share ("60%") or a part of the whole ("40m euros")
    ("portion", re.compile(r"\bhow much of (?:the|its|their)\b", re.I)),
    # "What share of wine sales ...?" asks a part, whatever it is a part of
    ("percent", re.compile(r"^\s*(?:(?:by|to|in) )?what (?:share|proportion|fraction)\b", re.I)),
    # "What were its sales?" asks their level ("4.7bn rupees"), not how they moved ("up 8.6%")
    ("amount", re.compile(r"^\s*what (?:(?:is|was|are|were|will be) (?:the )?(?:[\w'’-]+ ){0,3}?|(?:[\w-]+ )?)"
                          r"(?:sales|turnover|attendance|audience|crowd)\b(?!.*\b(?:growth|grow|grew|rise|rose|fall|fell"
                          r"|increase|increased|decrease|decreased|drop|dropped|change|share|percentage|up|down|by)\b)", re.I)),
    # "By how much have prices fallen?": a share or a sum ("cut by £40"), never a count of things
    ("price change", re.compile(r"\bby how much\b.*\b(?:prices?|costs?|fees?|fares?|rents?|tariffs?|charges?|salar(?:y|ies)"
                                r"|wages?|premiums?|bills?|subscriptions?)\b", re.I)),
    ("any", re.compile(r"\b(turnout|majority|margin|attendance|crowd|audience|sales)\b|\bby how much\b", re.I)),  # a share or a count
    ("percent", re.compile(r"\bhow (?:much|fast|quickly)\b.*\b(grow|grew|grown|growing|expand|expanded|expanding|shrink|shrank"
                           r"|shrunk|shrinking)\b", re.I)),  # an economy's, an industry's
    # a currency's rate is its price in another ("$1.2944 against the euro", "8.28 to the dollar")
    ("any", re.compile(rf"\bexchange[ -]rates?\b|\brates?\b.*\b(?:against|to) the (?:[A-Z]\w+ )?(?:{_CURRENCY})\b"
                       rf"|\bagainst the (?:{_CURRENCY})\b.*\brates?\b", re.I)),
    # a line's "data rate" is bits a second ("14Mbps"); any other rate is a share
    ("speed", re.compile(r"\b(?:data|bit|transfer|download|upload)[ -]rates?\b", re.I)),
    ("percent", re.compile(r"\b(percentage|per ?cent|proportion|ownership|rates?|inflation|growth)\b"
                           r"|\bwhat share\b", re.I)),
    # "What is its market share?", "its share of the vote": a share, no count ("share price" is a price, "shares" a count,
    # and "share the currency" a verb)
    ("percent", re.compile(r"(?<!\bper )(?<!\ba )\bshare\b(?!\s+(?:prices?|holders?|options?|capital|issues?|sales?"
                           r"|the|a|an|their|its|his|her|our|this|that|these|those|(?-i:[A-Z])[\w-]*['’]s?)\b)", re.I)),
    # "How much did shares rise?": a move, told as a share ("rose 4%") or a sum ("rose 5p")
    ("portion", re.compile(rf"\bhow much (?:did|does|do|has|have|had|will|would|is|are|was|were)\b.*\b{_MOVED}\b", re.I)),
    # "For how many countries does one product bring 20% of export income?": countries, whatever else is named
    ("count", re.compile(rf"^\s*(?:[a-z]+ )?how many (?!(?:(?:more|extra|additional|further) )?(?:{_MEASURE_UNITS}|years|months|weeks|days|hours|minutes|seconds"
                         rf"|times|pounds|{_CURRENCY})\b)(?:[a-z-]+ ){{0,2}}?[a-z-]+s\b", re.I)),
    ("money", re.compile(rf"\bhow many (?:{_CURRENCY})\b|" r"\bhow much\b.*\b(cost|costs|paid|pay|paying|worth|spend|spent|earn|earns|earned"
                         r"|charge|charges|price|fee|salary|money|sell|sold|raise|raised|fund|funds|funding|funded|invest|budget|save|saving"
                         r"|owe|loan|claim|bid|offer|deal|contract|value|make|made|take|took|gross|grossed|fetch|fetched"
                         r"|seek|seeks|seeking|sought|demand|demands|demanding|want|wants|wanted"
                         r"|set (you|them|him|her) back)\b|^\s*what (?:is|was|are|were|will be)\b.*\bpaid\b(?! to\b)"
                         r"|\b(prices?|costs?|value|fees?|salary|budget|worth|revenues?|profits?|turnover|debt|deficit|shortfall|surplus|gdp"
                         r"|gross domestic product"
                         r"|income|wages?|loss|losses|fine|fined|fines|penalty|fare|rent|assets|takings|gross|box office|earnings|receipts"
                         r"|capitali[sz]ation|valuation|bonus(?:es)?|payouts?|pay-?offs?|compensation|donations?)\b"
                         r"|\bper share\b|^\s*(?:what|which) (?:[a-z-]+ )?(?:bid|offer)\b",  # "What offer per share ...?": pence
                         re.I)),
    ("percent", re.compile(r"\bstakes?\b", re.I)),  # "How big a stake ...?": "buy 33% of Changyu"; a sum is asked above
    ("duration", re.compile(r"\bhow long (?:is|are|was|were|has|have)\b.*\b(?:banned|jailed|sentenced|suspended|detained"
                            r"|imprisoned|held)\b"  # "How long is she banned for?": time, not metres
                            r"|\bhow long (?:is|are|was|were)\b.*\b[a-z]{3,}(?:ed|en)(?:\s+for)?\s*\?*\s*$", re.I)),  # "... were flights affected?"
    # "How high did crude futures climb?" asks the level a price or a rate rose to, in any unit
    ("amount", re.compile(r"\bhow high\b.*\b(?:climb|rise|rose|risen|soar|jump|surge|go|went|gone|reach)\w*\b", re.I)),
    ("height", re.compile(r"\bhow (tall|high)\b|\bheight\b", re.I)),
    ("speed", re.compile(r"\bhow fast\b|\bspeed\b", re.I)),
    ("temperature", re.compile(r"\bhow (hot|cold|warm)\b|\btemperatures?\b", re.I)),
    ("odds", re.compile(r"\bodds\b", re.I)),  # a bookmaker's price: "5/4", "evens"
    ("score", re.compile(r"\b(?:what|which|final|half-time|full-time) score\b|^\s*(?:by|in) (?:what|which) (?:[a-z-]+ )?split\b"
                         r"|^\s*what (?:is|was|were) the (?:[a-z-]+ )?(?:score|vote|tally|split)\b", re.I)),  # a match's "2-1", a vote's "272-219", a court's "2-1"
    ("length", re.compile(r"\bhow long (is|are|was|were)\b", re.I)),  # a contract's years or a bridge's metres
    ("measure", re.compile(r"\bhow (far|deep|heavy|wide)\b|\b(distance|length|weight|depth|width|altitude|wavelength|" + _ATHLETE_MARK + r")\b"
                           rf"|\bhow many ({_MEASURE_UNITS})\b", re.I)),
    ("duration", re.compile(r"\bhow long\b|\bhow many (?:more |extra |additional |further )?(years|months|weeks|days|hours|minutes)\b", re.I)),
    # "What was her winning time?", "What time did she run?": minutes and seconds ("7:40.53"), not
    # years; "part-time" and "the first time" ask none.
    ("race time", re.compile(r"(?:['’]s|\b(?:her|his|their|its|winning|finishing|best|record|race|fastest|qualifying"
                             r"|personal))\s+(?:[\w-]+\s+){0,2}?times?\b(?!-)|\bwhat times? (did|was|were|has|had)\b", re.I)),
    ("best", re.compile(_ATHLETE_BEST, re.I)),  # a time ("6.61 seconds") or a distance ("7.95m")
    ("age", re.compile(r"\bhow old\b|\bwhat age\b|^\s*what (?:is|was) (?:the )?(?:[\w'’.-]+ ){0,4}?age\b", re.I)),
    ("portion", re.compile(r"\b(?:level|threshold)s?\b", re.I)),  # "What level of access ...?": "50%" or "£263,000"
    ("amount", re.compile(r"\bhow (much|large|big|strong)\b|\b(volume|saving|savings|sum|capacity|size|area|output"
                          r"|acreage)\b", re.I)),  # money or a quantity
    # "What did Brent crude rise to?": the level reached, in whatever it is measured in
    ("any", re.compile(rf"^\s*what\s+(?:did|does|do|has|have|had|will|would|could|might|is|are|was|were)\b.*\b"
                       rf"(?:{_MOVED}\s+to\b(?:\s+(?:in|on|at|during|last|this|after|before|over)\b.*)?"
                       rf"|{_LEVEL_AT}(?:\s+(?:on|in|last|this)\b.*)?)\s*\?*\s*$", re.I)),
]
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_A_BARE_YEAR = re.compile(r"(?<![\w£$€-])(?:1[0-9]|20)\d\d(?![\w-])")  # "set up in 1337"; not "£2003" or "F-2004"
_ONCE = re.compile(r"\b(?:once|twice|thrice)\b(?!\s+(?:as|a|an|the|more|again|before)\b)", re.I)  # not "twice as fast", "once a year"
_TWICE = re.compile(r"\b(?:twice|double|treble|triple)\b(?= (?:as|the)\b)", re.I)
# a multiple said by its verb: "sales doubled", "teams were likely to need to double"
_MULTIPLIED = re.compile(r"\b(?:(?:doubl|trebl|tripl|quadrupl|halv)(?:ed|ing)"
                         r"|(?<=to )(?:double|treble|triple|quadruple|halve)|(?<=will )(?:double|treble|triple|quadruple|halve))\b", re.I)
_A_LENGTH = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d{4,})m$")  # "5,000m", "1500m" are metres ("1.5bn" a sum); "5m" may be millions
_RACE_AFTER = re.compile(r"\s+(?:final|race|heats?|semi-finals?|title|hurdles|record|champion|relay|event|gold|silver|bronze"
                         r"|sprint|run|freestyle|breaststroke|backstroke|butterfly)\b", re.I)  # "100m" names a race's length
_UNIT_AFTER = re.compile(rf"^[\s-]+(?:{_MEASURE_UNITS}|years?|months?|weeks?|days?|hours?|minutes?|seconds?|hrs|mins?|secs?)\b")
# "at the age of 87", "aged 34", "shortly after his 34th birthday"
_AGE_OF = re.compile(rf"\b(?:the age of|aged)\s+(\d{{1,3}}|{_NUMBER_WORDS})\b|\b(\d{{1,3}})(?:st|nd|rd|th)\s+birthday\b", re.I)


def _age_said(m: re.Match[str]) -> Value:
    """The number an `_AGE_OF` match gives ("87" of "the age of 87", "34" of "his 34th birthday")."""
    group = m.lastindex or 1  # one group of the two takes part
    return Value(m.group(group), m.start(group), m.end(group))


# (not "ahead of" or "behind": "won in 9.87 seconds ahead of Greene" gives the time run)
_MARGIN_AFTER = re.compile(r"\s+(?:short\s+of|clear\s+of|outside|off\s+(?:the|his|her))\b", re.I)
_MARGIN_BEFORE = re.compile(r"\bby\s+(?:just\s+|only\s+|almost\s+|nearly\s+|some\s+|about\s+)?$", re.I)
_RARE_LEVEL = re.compile(r"\s+(?:high|low|peak|record|best|worst)s?\b", re.I)
_SPANS_COUNTED = re.compile(r"\bhow many (year|month|week|day|season)s\b", re.I)
_LABEL = re.compile(rf"\d+{_LABEL_SUFFIX}")
_AT_AGE = re.compile(r"\b(?:the age of|aged)\s+$", re.I)
_AGE_BY_NAME = re.compile(r"[A-Z][\w'’-]+,\s*#,")  # the number (#) set off by commas after a name


def _said_as_age(sentence: str, value: "Value") -> bool:
    """The number is said to be an age: set off by commas after a name ("Ada Moss, 22,"), before
    "-year-old" or "years old", or as `stated_age` reads it ("aged 22")."""
    return re.fullmatch(r"\d{1,3}", value.text) is not None and (
        _AGE_BY_NAME.search(sentence[:value.start] + "#" + sentence[value.end:]) is not None
        or re.match(r"[\s-]*years?[\s-]*old\b", sentence[value.end:], re.I) is not None
        or stated_age(sentence, value))


_COUNTS_A_NOUN = re.compile(r"^\s+(?!(?:for|in|of|to|on|at|by|from|and|or|but|as|with|than|over|into|the|is|was|were|are"
                            r"|be|will|would|has|have|had|last|this|next|per|each|every|more|less|up|down|now|yet)\b)"
                            r"[a-z]{3,}\b")  # "300 million articles", not "2.1 billion for ..."
_COUNTS_NAMED = re.compile(rf"^\s+(?:[A-Z][\w-]*\s+){{1,2}}(?!(?:{_CURRENCY})\b)[a-z]{{3,}}s\b")  # "2.8 million DS consoles"
_CURRENCIES = {"sterling": r"£|\bpounds?\b", "pounds": r"£|\bpounds?\b", "dollars": r"\$|\bdollars?\b",
               "euros": r"€|\beuros?\b", "yen": r"¥|\byen\b"}
_CURRENCY_ASKED = re.compile(rf"\bin (?:US |UK |British )?({'|'.join(_CURRENCIES)})\b", re.I)


def money_said(value: str) -> bool:
    """The value names its currency: "24.2 trillion pesos", "$5m", "119p"; not "44 million"."""
    return _UNIT_GIVEN["money"].search(value) is not None


def _currency_asked(question: str) -> re.Pattern[str] | None:
    """How an amount in the currency a question asks for is written ("in sterling": "£52m")."""
    asked = _CURRENCY_ASKED.search(question)
    return re.compile(_CURRENCIES[asked.group(1).lower()], re.I) if asked else None


_RESTATED = re.compile(r"\d[\w.,%]*(?:\s+[a-z]+){0,2}\s*\([^()]*$")  # "24.2 trillion pesos ($10.2bn; £5.5bn)"
_OFFSET = re.compile(r"\s+(?:later|ago|earlier|afterwards)\b", re.I)  # a time from another, said by its distance
_AFTER_ANOTHER = re.compile(r"\s+(?:after|before)\b", re.I)
_SPAN_BEFORE = re.compile(r"\bfor\s+(?:[a-z]+\s+){0,2}$|\b(?:of|to|within|over)\s+$", re.I)  # "jailed for 14 years after ..."
_ELAPSED_ASKED = re.compile(r"\bhow (?:long|many [a-z]+) (?:has|have|had|after|before)\b|\bhow soon\b", re.I)
_BY_HOW_MUCH = re.compile(r"\bby how much\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:last|past|previous|next|first|other)\s+)?$", re.I)
_HOW_MUCH = re.compile(r"^\s*(?:[a-z]+ )?how much\b(?! of\b)", re.I)
# A plural noun after a scaled number says what it counts: "12 million e-mails" is no sum of money
_COUNTS_THINGS = re.compile(r"\s+(?!(?:as|is|was|has|this|plus|less|its|his|thus|across|us)\b)[a-z][a-z-]*[^s\W]s\b")
_SCALED = re.compile(r"^\d[\d,.]*\s?(?:million|billion|trillion|bn|tn)$", re.I)
_FUTURE_ASKED = re.compile(r"\b(?:will|shall)\b|['’]ll\b|\bgoing to\b", re.I)
_EVENT_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:and|or|in|at|on)\b)")  # "the 400m race" may say how far it was
_PERIOD_TO = re.compile(rf"\s+(?:to|ending|ended)\s+(?:the end of\s+)?{_MONTH}\b")
_UNIT_GIVEN = {
    "percent": re.compile(r"%|per ?cent", re.I),
    "money": re.compile(rf"[$£€¥]|\b({_CURRENCY}|{_ISO_CURRENCY})\b|\d(bn|tn|p)\b|\b(cents?|pence)\b", re.I),
    "measure": re.compile(rf"\d\s?(km|kg|cm|mm|ft)\b|(?:\b|\d)({_MEASURE_UNITS})\b", re.I),
    "speed": re.compile(rf"(?:{_SPEED})\b", re.I),
    "temperature": re.compile(rf"\d\s?(?:{_TEMPERATURE})", re.I),
    "height": re.compile(r"\d\s?(cm|mm|ft)\b|\b(metres?|meters?|feet|foot|inches|centimetres?)\b", re.I),
    # "7.64secs", "10mins": news may write the unit on the number
    "duration": re.compile(r"(?:\b|(?<=\d))(years?|months?|weeks?|days?|hours?|minutes?|seconds?|hrs|mins?|secs?|decades?)\b", re.I),
}


def number_kind(question: str) -> str:
    """For a number question: any, percent, money, price change (a share or a sum), height, speed,
    temperature, edition, rank, score, length, measure, duration, race time, best (a time or a
    distance), age, amount, or count."""
    for kind, pattern in _UNIT_ASKED:
        if pattern.search(question):
            return kind
    return "count"


_GLUED_NAME = re.compile(r"\d+([A-Z]{1,4})")
_CAPITAL_UNITS = {"GB", "MB", "KB", "TB", "MW", "GW", "K", "M", "C", "F", "BN"}


def fits_number(value: str, kind: str) -> bool:
    """Whether a number is written as the kind asked: "45,000" is no price, "$9.3bn" no age,
    and a year alone is never an amount."""
    if _YEAR.match(value.strip()):
        return False
    if (glued := _GLUED_NAME.fullmatch(value.strip())) and glued.group(1) not in _CAPITAL_UNITS:
        return False  # "3G", "3GSM": a name with a figure in it, no amount
    if kind in ("measure", "height", "length", "speed", "duration") and _UNIT_GIVEN["money"].search(value):
        return False  # "£4.6m" is a sum, not 4.6 metres
    if kind == "age":  # "35", "the 25-year-old"; a thing's age may be "three months"
        return bool(re.fullmatch(r"\d{1,3}(-year)?", value.strip())) or bool(_UNIT_GIVEN["duration"].search(value))
    if kind in ("measure", "height") and re.search(r"\d\s?m\b", value):  # "17.30m": metres when a length is asked
        return True
    if kind == "any":
        return True
    if kind == "portion":
        return fits_number(value, "percent") or fits_number(value, "amount")
    if kind == "price change":  # with its currency: "4 million" of a price change counts things
        return fits_number(value, "percent") or bool(_UNIT_GIVEN["money"].search(value))
    if kind == "multiple":
        return bool(re.search(r"\btimes\b|-fold\b", value, re.I)) or not re.search(_DATA_RATE, value, re.I) and any(
            p.search(value) for p in _UNIT_GIVEN.values())  # "10 times faster", "20mph faster"; a line's rate is no multiple
    if kind == "length":
        return fits_number(value, "duration") or fits_number(value, "measure")
    if kind == "frequency":  # how often: a period ("every five months") or a count of times (said after it)
        return not _UNIT_GIVEN["money"].search(value) and not _UNIT_GIVEN["percent"].search(value)
    if kind == "best":
        return fits_number(value, "race time") or fits_number(value, "measure")
    if kind == "race time":  # "20 minutes 38 seconds", "2:06:35", "9.85"; "the 9.2km race" is its length
        return bool(re.search(r"\b(?:hours?|minutes?|seconds?|secs?|mins?)\b|\d[:.]\d", value)) \
            and not re.search(r"\d\s?(?:km|m|metres?|meters?|miles?)\b", value)
    if kind == "speed":  # "176 km/h", or a race's time: "7.96 seconds", "7.96"; "60m" is the race's length
        return not re.search(r"\d\s?m\b", value) and any(fits_number(value, k) for k in ("duration", "count")) or bool(_UNIT_GIVEN["speed"].search(value))
    if kind == "money" and _SCALED.match(value.strip()):  # "a budget of 2.1 billion": the currency left unsaid
        return True
    if kind in _UNIT_GIVEN:
        return bool(_UNIT_GIVEN[kind].search(value))
    if kind == "count" and value.strip().lower() == "half":  # "more than half of those asked" is a share, no count
        return False
    if kind == "amount":  # money or a quantity: "85 millimetres", not "24 hours" or "half"
        return (not _UNIT_GIVEN["percent"].search(value) and not _UNIT_GIVEN["duration"].search(value)
                and not _A_PERIOD.match(value.strip()) and value.strip().lower() != "half")
    return not any(p.search(value) for p in _UNIT_GIVEN.values())


SHARES = ("percent", "portion", "price change")  # number kinds that a share answers: they count nothing


# "What post does X hold?", "What is X's job?": the title news gives a name.
TITLE_ASKED = re.compile(r"^\s*(?i:what|which)(?: [a-z]+)? (?:post|position|job|title|role|office) (?:does|did|do|will|has)\b.*\b(?:hold|holds|held"
                          r"|have|has|had|occupy|fill|resign|quit|leave|lose|vacate)\b|^\s*(?i:what) (?:is|was) [A-Z][\w'’. -]*?['’]s? (?:job|post|position|title"
                          r"|role|office)\b")


def answer_type(question: str) -> str:
    """The kind of value the question asks for: date, number, place, name, or other."""
    if TITLE_ASKED.search(question):
        return NAME
    if (m := _WHO_IS_NAMED.match(question)) and not _OWNED_TITLE.search(m.group(1)):  # "Who is Ada Moss?" asks what she is
        return OTHER
    if kinds := _KIND_ASKED.match(question):  # "Which kinds of machines ...?" asks a description, but "Which kind of city ...?" a place
        kind = answer_type(question[:kinds.start(1)] + question[kinds.end(1):])
        return OTHER if kind == NAME else kind
    if asked_noun(question) in _HUES:  # "Which iPod colour is dropped?": "gold" is a word, no name
        return OTHER
    for kind, pattern in _TYPES:
        if pattern.search(question) or kind == PLACE and _PLACE_KIND.fullmatch(_phrase_end(question)):
            return kind  # the place word may end a longer phrase: "Which EU member state ...?"
    return OTHER


_HUES = ("colour", "color", "colours", "colors", "shade", "hue")
_KIND_ASKED = re.compile(r"^\s*(?:(?:in|on|for|with|from|by|to) )?(?:which|what) ((?:kinds?|types?|sorts?) of )", re.I)
_WHO_IS_NAMED = re.compile(r"^\s*(?i:who\s+(?:is|was|are|were))\s+((?:[A-Z][\w'’.-]*\s*)+?)\s*\?*\s*$")
_OWNED_TITLE = re.compile(r"['’]s?\s+[A-Z]")  # "Who is Acme's Chief Executive?" asks who holds Acme's post
_WHAT_IS_NAMED = re.compile(r"^\s*(?i:what\s+(?:is|was|are|were))\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s*)+?)\s*\?*\s*$")
# What a copula says of a name: "Ostby is a major port." gives "a major port".
_IS_A = re.compile(r"\s+(?:is|was|are|were)\s+((?:a|an|the)\s+[a-z][^,;:.()“”\"]{2,60}?)\s*(?=[,;:.]|$)")
# What an apposition says of a name: "Ada Moss, a lawyer at Acme, told ..." gives "a lawyer at Acme".
_APPOSITION = re.compile(r",\s+((?:(?!(?:who|which|that)\b)(?:[^,;:“”\"()]|\([A-Z][\w&-]*\)))+?)\s*(?=,|;|\s+(?:told|said|says|writes|wrote|added)\b|\.?$)")


_CALLED = r"(?:the\s+(?:[A-Za-z]+\s+)?(?:name|word|term|phrase)\s+)?"  # "the Norlandic name Ostby" asks of Ostby
_MEANING_ASKED = re.compile(rf"^\s*(?:what\s+(?:does|did)\s+{_CALLED}[\"“‘']?(.+?)[\"”’']?\s+mean"
                            rf"|what\s+is\s+the\s+meaning\s+of\s+{_CALLED}[\"“‘']?(.+?)[\"”’']?)\s*\?*\s*$", re.I)
# "Ostby, which means “a small port” in Norlandic", "renamed it Ostby, meaning “East Town”"
_GLOSS = re.compile(r",?\s+(?:which\s+means|meaning|means|which\s+translates\s+as)\s+(?:[\"“‘']([^\"”’']+)[\"”’']|([^,;.]+))")


# "What does LAC stand for?", "What is the WTO short for?"
_SHORT_FORM_ASKED = re.compile(r"^\s*(?i:what)\s+(?:(?i:does|did)\s+(?:the\s+)?([A-Z][A-Za-z&]*[A-Za-z])\s+(?i:stand)\s+(?i:for)"
                               r"|(?i:is|was)\s+(?:the\s+)?([A-Z][A-Za-z&]*[A-Za-z])\s+(?i:short)\s+(?i:for))\s*\?*\s*$")


def spelled_out(sentence: str, short: str) -> str:
    """The long name the sentence gives for a short form beside it: in brackets, by its
    initials ("the Line of Actual Control (LAC)", "LAC (Line of Actual Control)") or whole
    after it, as a translation may be ("Cepes (Peruvian Centre for Social Studies)"); set off
    after it when the short form takes some of its initials in order ("CENTR, the Council of
    European National Top Level Domain Registries,")."""
    for run in re.finditer(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|the|for|and|&)\s+)?[A-Z][\w'’-]*)+", sentence):
        before, after = sentence[:run.start()], sentence[run.end():]
        bracketed = re.search(rf"\b{re.escape(short)}\s*\(\s*$", before) is not None
        if bracketed and re.match(r"\s*\)", after):
            return run.group()
        if initials(run.group()) == short.lower().removesuffix("s") and (
                re.match(rf"\s*\(\s*{re.escape(short)}\s*\)", after) or bracketed):
            return run.group()
        if re.search(rf"\b{re.escape(short)},\s+(?:the\s+)?$", before) and re.match(r"\s*[,.;]", after) \
                and _takes_initials(short, run.group()):
            return run.group()
    return ""


def _takes_initials(short: str, name: str) -> bool:
    """The short form is the name's initials, or some of them in order, its first and last
    among them: "CENTR" of "Council of European National Top Level Domain Registries"."""
    letters, heads = short.lower().removesuffix("s"), initials(name)
    rest = iter(heads)
    return letters == heads or len(letters) >= 3 and heads[:1] == letters[:1] and heads[-1:] == letters[-1:] \
        and all(c in rest for c in letters)


def described(sentence: str, question: str) -> str:
    """For "Who is Ada Moss?", what the sentence says she is in an apposition to her full name
    ("Ada Moss, editor of the Quill Review, argues ...": "editor of the Quill Review");
    for "What does Ostby mean?", the meaning it gives ("Ostby, meaning “East Town”"); for
    "What does LAC stand for?", the long name ("Line of Actual Control (LAC)")."""
    if short := _SHORT_FORM_ASKED.match(question):
        return spelled_out(sentence, short.group(1) or short.group(2))
    if meant := _MEANING_ASKED.match(question):
        word = meant.group(1) or meant.group(2)
        gloss = next((g for m in re.finditer(rf"\b{re.escape(word)}\b", sentence) if (g := _GLOSS.match(sentence, m.end()))), None)
        return (gloss.group(1) or gloss.group(2)).strip() if gloss else ""
    asked = _WHO_IS_NAMED.match(question) or _WHAT_IS_NAMED.match(question)
    at = sentence.find(asked.group(1)) if asked else -1
    if at < 0 or not asked:
        return ""
    for said in re.finditer(rf"\b{re.escape(asked.group(1))}", sentence):
        if is_ := _IS_A.match(sentence, said.end()):  # "as Ostby is a major port"
            return is_.group(1)
    m = _APPOSITION.match(sentence, at + len(asked.group(1)))
    # not "Ada Moss, 43," nor a clause: "Ada Moss, signed it"
    if m and len(m.group(1).split()) <= 12 and re.search(r"[a-z]{3}", m.group(1)) and not re.match(r"\w+(?:ed|ing)\b", m.group(1)):
        return m.group(1)
    # else a title before the name: "Norlandic Trade Minister Ada Moss", "Acme chief executive Ada Moss"
    title: list[str] = []
    words = before.group().split() if (before := _TITLE_BEFORE.search(sentence[:at])) else []
    for i in reversed(range(len(words))):
        w = words[i]
        joins = w == "of" and title[:1] != [] and title[0][:1].isupper() and i > 0 and words[i - 1][:1].isupper()
        if not joins and (w.lower() in STOPWORDS or w.lower() in _COMMON_VERBS or re.search(r"(?:ed|ing)$", w)):
            break  # "Secretary of State" keeps its "of"
        title.insert(0, w)
    if len(title) > 1:
        return " ".join(title)
    # or a noun phrase set off before the name: "his Norlandic counterpart, Ada Moss,"
    ahead = re.search(r"\b(?:his|her|its|their|the)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+),\s*$", sentence[:at])
    return ahead.group(1) if ahead and sentence.startswith(",", at + len(asked.group(1))) else ""


_TITLE_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Za-z][\w.-]*\s+){0,5}$")
_NOT_KEYWORDS = re.compile(r"^\s*(?:what|when|where|which|who|whom|whose|why|how|is|was|are|were|did|does|do|has|have|had"
                           r"|will|would|can|could|should|tell|list|show|give|name|explain|describe|summari[sz]e|compare"
                           r"|(?:in|on|at|by|for|from|to|of|about|with|since|until|after|before) (?:what|which|whom)|and|so|but)\b", re.I)


def as_question(query: str) -> str:
    """A query of a few keywords that names a kind of value last or before "of" ("Super Bowl
    2021 location", "Ada Moss age", "release date of Quill") as the question it stands for
    ("What is the Super Bowl 2021 location?"), so its answer is typed; any other text as it is."""
    words = query.rstrip("?.! ").split()
    if words[:1] and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not 2 <= len(words) <= 6 or _NOT_KEYWORDS.match(query):
        return query
    # the kind is named first ("release date of ...") or last ("... location", "Bank of Quill year")
    if not any(named and answer_type(f"What is the {' '.join(named)}?") != OTHER
               for named in (words[:words.index("of")] if "of" in words else [], words[-1:])):
        return query
    whole = f"What is the {' '.join(words)}?"
    if answer_type(whole) != OTHER:
        return whole
    # a long name before the kind hides it from the question's patterns: the words in lower
    # case at the end say what is asked of the rest ("the birth name of Ada Moss")
    split = len(words) - 1
    while split > 1 and words[split - 1].islower():
        split -= 1
    for at in reversed(range(split, len(words))):  # the last word alone first: "cost of Quill folding demonstration"
        asked = f"What is the {' '.join(words[at:])} of {' '.join(words[:at])}?"
        # a word before "name" says which name ("birth name", "stage name"): no kind alone
        if answer_type(asked) not in (OTHER, NAME if at > split else OTHER):
            return asked
    return query


# A range of days around a date: "4-6 March", "4 to 6 March", "March 4-6".
_DAYS_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|until)\s*$")
_DAYS_AFTER = re.compile(r"\s*(?:-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![\d%:]|\.\d|\s+(?!(?:in|at|on|and|for|with)\b)[a-z])")  # no "4-6 people"
_START_ASKED = re.compile(r"\b(?:begins?|began|begun|start(?:s|ed)?|opens?|opened|kicks? off|commences?|first day)\b", re.I)
_END_ASKED = re.compile(r"\b(?:ends?|ended|finish(?:es|ed)?|close[sd]?|conclude[sd]?|last day)\b", re.I)


def _day_range(sentence: str, value: "Value", question: str) -> "Value":
    """The date as the question asks it when it ends or opens a range of days: the first day
    for "When does it begin?", the last for "When does it end?", else the whole range."""
    day = re.match(r"\d{1,2}\b", value.text)
    before = _DAYS_BEFORE.search(sentence[:value.start]) if day else None
    after = _DAYS_AFTER.match(sentence, value.end) if not day and re.fullmatch(r"[A-Z][a-z]+\.? \d{1,2}", value.text) else None
    if before and day:  # "4-6 March": the value is the last day
        if _START_ASKED.search(question):
            return Value(before.group(1) + value.text[day.end():], before.start(1), value.end)
        return value if _END_ASKED.search(question) else Value(sentence[before.start(1):value.end], before.start(1), value.end)
    if after:  # "March 4-6": the value is the first day
        if _END_ASKED.search(question):
            return Value(value.text.split()[0] + " " + after.group(1), value.start, after.end())
        return value if _START_ASKED.search(question) else Value(sentence[value.start:after.end()], value.start, after.end())
    return value


@dataclass(frozen=True)
class Value:
    text: str
    start: int  # offsets in the sentence
    end: int


# A word after "to" or a modal is the question's verb, never a title it asks by: "a duty to act".
_VERB_AFTER = re.compile(r"\b(?:to|will|would|can|could|should|did|does)\s+([a-z][a-z-]+)\b")


# "Which fuel do millions of Indonesians use for cooking?": what follows the question's subject.
_WHICH_TAIL = re.compile(r"^\s*(?:which|what)\s+(?:[a-z-]+\s+){1,3}?(?:do|does|did|is|are|was|were|has|have|had|will|would|could|can)"
                         r"\s+(.+?)\s*\?*\s*$", re.I)
_LOWER_PHRASE = r"[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){0,2}"
_DONE_FORM = re.compile(r"[a-z]{2,}(?:ed|ing)|been|being", re.I)  # a verb right after the auxiliary: the asked one is its subject


def _mirrored(sentence: str, question: str) -> Value | None:
    """The words in lower case that stand where a "Which" question's answer would, between the
    question's own words on either side: "use kerosene for" for "Which fuel do they use for
    cooking?", "positive for nandrolone." for "Which substance did he test positive for?"."""
    m = _WHICH_TAIL.match(question)
    tail = re.findall(r"[\w'’-]+", m.group(1)) if m else []
    if tail and _DONE_FORM.fullmatch(tail[0]):  # "Which rival has adjusted its systems to cope with blogs?" asks its doer:
        return None  # no slot between its words ("handling blog entries" answers nothing)
    for j in range(len(tail), 1, -1):
        left, right = tail[j - 1], tail[j] if j < len(tail) else ""
        if not left.islower() or (left in STOPWORDS and (right or left not in _PHRASE_PREPOSITIONS)) or len(left) < 3:
            continue
        if not right and stem(left) == stem(head_noun(question)):  # "best Xbox game category" goes on naming the kind
            continue
        after = rf"\s+{re.escape(right)}\b" if right else r"\s*(?:[,.;:]|$)"
        lead = rf"\b{re.escape(stem(left))}[a-z]*"
        k = j - 2  # a preposition with the words before it back to a content word: "carried out for", not any "for"
        while left in STOPWORDS and k > 0 and tail[k] in STOPWORDS:
            k -= 1
        if left in STOPWORDS and k >= 0 and tail[k].islower() and tail[k] not in STOPWORDS:
            lead = rf"\b{re.escape(stem(tail[k]))}[a-z]*\s+" + r"\s+".join(map(re.escape, tail[k + 1:j]))
        said = re.search(rf"{lead}\s+(?:more\s+|also\s+|mainly\s+)?({_LOWER_PHRASE}?){after}", sentence)
        if said and not set(said.group(1).split()) & STOPWORDS:
            return Value(said.group(1), said.start(1), said.end(1))
    return None


# A question asking which work: its answer is a title, never the possessive of its maker.
_WORK_ASKED = re.compile(r"^\s*(?:(?:in|for|from|with|by) )?which (?:[a-z-]+ )?(?:film|movie|show|programme|series|book|novel"
                         r"|album|single|song|play|musical|opera|game|documentary|drama|comedy)s?\b", re.I)


# A work's title runs on over small words after the work's kind: "period epic Man to Man", "the drama My Heart is
# My Own" (not over a preposition that may place or credit it: "the film Tides in Ostby", "... for Zorb Films").
_KIND_OF_WORK = re.compile(r"\b(?:film|movie|epic|drama|comedy|thriller|musical|novel|book|play|album|single|song|series|show"
                           r"|documentary|opera|game|biopic|sequel|romance|western|adaptation|satire|farce|cartoon)\s+$")
_TITLE_GOES_ON = re.compile(r"(?:\s+(?:to|of|and|the|a|an|is|my|me|your))+(?:\s+[A-Z][\w'’-]*)+")


def _whole_titles(sentence: str, found: tuple[Value, ...]) -> tuple[Value, ...]:
    """Each title after its work's kind, with the small words inside it: "Man to Man", not "Man"."""
    out: list[Value] = []
    for v in found:
        if out and v.start < out[-1].end:
            continue  # taken into the title before it
        if _KIND_OF_WORK.search(sentence[:v.start]) and (more := _TITLE_GOES_ON.match(sentence, v.end)):
            v = Value(sentence[v.start:more.end()], v.start, more.end())
        out.append(v)
    return tuple(out)


_AN_EVENT_NAME = re.compile(r"\b(?:Awards?|Prizes?|Trophy|Cup|Finals?|Championships?|Games|Festival|Olympics|Oscars?|Grand Prix|Marathon|Run|Race)['’]?s?$")


_EVENT_NOUNS = re.compile(r"(?:event|tournament|competition|contest|race|ceremony|show|meeting|title|medal|honou?r|category|final|fixture)s?"
                          r"|match(?:es)?")


def _asks_no_event(question: str) -> bool:
    """"Which team ...?" asks no prize or contest; "Which award ...?" and "Which race ...?" do."""
    noun = (asked_noun(question) or head_noun(question)).lower() if WHICH_ASKED.match(question) else ""
    return bool(noun) and not _AN_EVENT_NAME.search(noun.capitalize()) and not _EVENT_NOUNS.fullmatch(noun)


def based_asked(sentence: str, end: int, question: str) -> bool:
    """A place joined by "-based" (at `end`) to what the question asks about says where it is,
    whatever the question's verb: "the San Francisco-based Balco laboratory" for "In which city
    does the Balco lab operate?" (not "Munich-based institute Ifo" for "Where did the index fall?")."""
    after = re.match(r"-based((?:\s+[\w'’-]+){1,3})", sentence[end:])
    return after is not None and bool(set(content_terms(after.group(1))) & set(content_terms(question)))


def _after_asked_of(value: Value, question: str) -> Value:
    """The name after "of" when what stands before it is a name the question gives in full:
    "Orin Middleton of Barclays Capital" is Barclays Capital asked of Orin Middleton (and
    "Bank of England" stays whole for any question that does not name a "Bank")."""
    m = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?([A-Z].*)", value.text)
    if m is None or m.group(1).split() not in name_groups(question):
        return value
    return Value(m.group(2), value.start + m.start(2), value.end)


def values(sentence: str, kind: str, question: str = "", article: str = "") -> list[Value]:
    """Values of `kind` in the sentence, leaving out what the question itself names
    ("Actor Christian Slater" answers no question about Christian Slater). `article`, the
    text known around the sentence, tells a word that only ever qualifies a noun."""
    asked, head = question.lower(), head_noun(question)
    if kind == NAME and TITLE_ASKED.search(question):
        return _titles(sentence, question)
    unit = number_kind(question) if kind == NUMBER else ""
    found = _values(sentence, kind, unit)
    if kind in (NAME, PLACE):  # "A$68m", "HK$3m": letters before a currency sign say whose dollar, and name nothing
        found = tuple(v for v in found if not re.match(r"[$£€¥]", sentence[v.end:v.end + 1]))
    if kind in (NAME, PLACE):  # "analyst Orin Middleton of Barclays Capital" for "Which firm does Orin Middleton work for?"
        found = tuple(_after_asked_of(v, question) for v in found)
    # a word opening the sentence is a person's name for "Who ...?" ("Putin said ..."), a
    # place's for a place asked; a "Which X ...?" asks a name the sentence gives in full
    opening = _lone_names(sentence, article, kind) if article and (kind == PLACE or kind == NAME and _WHO.match(question)) else ()
    # and, for "Which union does Jo Roe lead?", the body before her head's title: "Zorb chief Jo Roe
    # said" (not "Aviation analyst Jo Roe": an analyst heads nothing)
    if kind == NAME and _object_verb(question) in _LEAD_VERBS:
        opening += tuple(v for m in _LONE_START.finditer(sentence)
                         if affiliated(sentence, v := Value(m.group(1), m.start(1), m.end(1)), question)
                         and not re.search(rf"\b{v.text.lower()}\b", article))
    if opening:
        found = tuple(sorted(found + opening, key=lambda v: v.start))
    if kind in (NAME, PLACE) and (owned := _OWNED_ASKED.match(question)):  # "Belfast's Lyric Theatre": Belfast
        found = tuple(_owner_of(v, owned.group(1)) for v in found)
    if kind == NAME and (_WHO.match(question) or _asks_no_event(question)):
        # a prize or a contest is no one, nor the team or film asked: "the Milton Shulman Award", "AAAs Championships"
        found = tuple(v for v in found if not _AN_EVENT_NAME.search(v.text))
    if kind == PLACE and _PLACE_KIND.fullmatch(head.lower()):  # nor a town asked: "the Great Ireland Run on 9 April"
        found = tuple(v for v in found if not _AN_EVENT_NAME.search(v.text))
    if kind == NAME and _WHO.match(question):
        # nor is a name owned and naming a kind of thing: "its new RipGuard technology"
        found = tuple(v for v in found if not _owned_thing(sentence, v))
    if kind == NAME and _WORK_ASKED.match(question):  # "Mel Gibson's biblical epic" names its maker, no film
        found = tuple(v for v in found if not (re.search(r"['’]s?$", v.text) and re.match(r"\s+[a-z]", sentence[v.end:])))
        found = _whole_titles(sentence, found)
    if kind == NAME and (mirrored := _mirrored(sentence, question)) and not any(
            v.start < mirrored.end and mirrored.start < v.end for v in found):
        found = tuple(sorted((*found, mirrored), key=lambda v: v.start))
    if unit == "rank" and (which_number := _NUMBERED_ASKED.search(question)):
        # the ordinal of the asked thing: "the 2,271st star" for "Which number star ...?"
        thing = re.escape(which_number.group(1))
        found = tuple(sorted(found + tuple(Value(m.group(), m.start(), m.end()) for m in _ORDINAL.finditer(sentence)
                                           if re.match(rf"\s+{thing}\b", sentence[m.end():], re.I)),
                             key=lambda v: v.start))
    if kind == DATE and _WEEKDAY_ASKED.search(question):  # "On which day is the vote due?": "on Wednesday"
        found += tuple(Value(m.group(), m.start(), m.end()) for m in _WEEKDAY.finditer(sentence)
                       if not any(v.start <= m.start() < v.end for v in found))
    if kind == DATE:  # "on 4-6 March": the range, its first day when a start is asked, its last for an end
        found = tuple(_day_range(sentence, v, question) for v in found)
    if kind == DATE:  # "between 2000 and 2100 GMT" gives the clock, no year
        found = tuple(v for v in found if not (_YEAR.match(v.text) and _CLOCK_AFTER.match(sentence[v.end:])))
    if kind == DATE and _CLOCK_ASKED.search(question):
        found = tuple(Value(m.group(), m.start(), m.end()) for m in _CLOCK.finditer(sentence))
    if kind == DATE and _MONTH_ASKED.search(question):  # a month, alone or in a date; a bare year does not say
        found = tuple(v for v in found if _IN_A_MONTH.search(v.text)) + _bare_months(sentence, found)
    elif kind == DATE and not _DAY_ASKED.search(question):  # "due in April" says when, not on what date
        found += tuple(v for v in _bare_months(sentence, found) if _IN_TIME.search(sentence[:v.start])
                       or _IS_TIME.search(sentence[:v.start]))  # "the formal launch is January"
    elif kind == DATE and not re.search(r"\byear\b", question, re.I):  # nor does "due in 2006", unless it is all there is
        found = tuple(v for v in found if not _YEAR.match(v.text)) or (found if _DATE_OF.search(question) else ())
    if kind == DATE and not found and not (_MONTH_ASKED.search(question) or _CLOCK_ASKED.search(question)
                                           or re.search(r"\byear\b", question, re.I)):
        found = _loose_times(sentence, question)  # if the sentence gives no fuller date
    if kind == DATE and _DECADE_ASKED.search(question):  # "back in the 1980s", not "in 2005"
        found = tuple(v for v in found if _DECADE.search(v.text))
    if kind == DATE and YEAR_ASKED.search(question):  # "In November" says no year
        found = tuple(v for v in found if _A_YEAR.search(v.text))
    if kind == DATE and not re.search(r"\byears?\b", question, re.I):  # "announced an extension of the 2001 treaty ... on June 28"
        # with no fallback for a deed to come: "the September 2002 dossier" tells no "When will ...?",
        # though "the 2006 World Cup" tells when the World Cup asked about will be held
        found = tuple(v for v in found if not _names_a_thing(sentence, v)) or (
            tuple(v for v in found if _next_word_asked(sentence, v, question)) if _WILL_ASKED.search(question) else found)
    if kind == NUMBER and (rate := _PER.search(question)):  # "a price per share": a rate, never a total
        noun = (rate.group(1) or rate.group(2)).removesuffix("s").lower()
        unit_ = PER_HEAD if re.fullmatch(PER_HEAD, noun) else re.escape(noun)  # "per head" is "per capita"
        # "£20 ($38) a month": the rate may follow the amount's restatement in brackets
        each = re.compile(rf"^[a-z]{{0,2}}\W{{0,3}}(?:\([^()]{{1,30}}\)\s+)?(?:per|a|an|each|every)\s+{unit_}", re.I)
        # later in its clause: "2,400 euros to the cost of a ship call", "12,000 are added daily"
        later = re.compile(rf"^[^.;,]*\b(?:{unit_}|{_EVERY.get(noun, unit_)})", re.I)
        # or earlier, as the adjective of the thing it measures: "boost their annual trade to $250 billion"
        earlier = re.compile(rf"\b(?:{_RATE_ADJECTIVE.get(noun, unit_)})\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+\s+(?:to|of|at)\s+{ABOUT}$", re.I)
        # or said before it in its clause: "spends about 43 minutes per month carrying out 34 searches"
        before = re.compile(rf"\b(?:per|a|an|each|every)\s+{unit_}\b[^.;]*$", re.I)
        found = (tuple(v for v in found if each.match(sentence[v.end:]))
                 or tuple(v for v in found if later.match(sentence[v.end:]))
                 or tuple(v for v in found if earlier.search(sentence[:v.start]))
                 or tuple(v for v in found if before.search(sentence[max(0, v.start - _RATE_REACH):v.start])))
    if kind == PLACE:  # "at the 1955 Oscars": a name dated by its year is an event, no place, but
        # one the question asks about gives its place: "the 2000 Sydney Olympics" for "Where were the Olympics held?"
        held = [p for v in found if _THE_YEAR_BEFORE.search(sentence[:v.start]) and (p := _place_of_asked_event(v, question))]
        found = tuple(sorted((*held, *(v for v in found if not _THE_YEAR_BEFORE.search(sentence[:v.start])
                                       and not any(h.start == v.start for h in held))), key=lambda v: v.start))
    if kind == PLACE:
        # the place joined to the asked verb: "Munich-based institute Ifo", "The San Francisco-based lab",
        # not a word of the question ("Anti-virus firms")
        joined = [Value(m.group(1), m.start(1), m.end(1)) for m in re.finditer(
            r"(?<![\w-])((?:(?!(?:The|A|An)\b)[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)-([a-z]+ed|born)\b", sentence)
                  if stem(m.group(2)) in content_terms(question) or based_asked(sentence, m.end(1), question)]
        found = (*joined, *(v for v in found if not any(v.start < j.end and j.start < v.end for j in joined)))
    if kind == NUMBER and unit == "frequency":  # "doubling every five months", "three times a week"
        found = tuple(v for v in found if _EVERY_BEFORE.search(sentence[:v.start]) or _TIMES_AFTER.match(sentence[v.end:]))
        # with no number: "re-register every year" (but "12,000 added daily" is a rate, when "every 5.8 seconds" says it)
        found = found or tuple(Value(m.group(), m.start(), m.end()) for m in _A_PERIOD_EVERY.finditer(sentence))
    if kind == NUMBER and len(measured := [w for w in asked_measure(question).lower().split()
                                           if w.isalpha() and w not in STOPWORDS]) > 1:
        # "the 418bn-rand budget" for "How large is the budget deficit?": a figure of the word that
        # only qualifies the asked measure is another's
        found = tuple(v for v in found if not ((after := re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", sentence[v.end:]))
                                              and after.group(1) in measured[:-1] and after.group(2) != measured[-1]))
    if kind == NUMBER and unit == "count" and (measure := asked_measure(question)):
        # "What is the population of X?": "75 seats" counts something else, in a sentence that
        # never names the measure; a bare reading ("fell to 51.8") may still be the one asked.
        if stem(measure.split()[-1].lower())[:5] not in sentence.lower():
            found = tuple(v for v in found if not _COUNTS_A_NOUN.match(sentence[v.end:])
                          and not re.search(r"\d[\d,.]*\s+[a-z]{3,}$", v.text))  # "75 seats"
    if kind == NUMBER and unit != "age":  # "Ivan Petrov, 50, claims ...", "died at the age of 84": an age, no amount
        found = tuple(v for v in found if not (_AGE_BY_NAME.search(sentence[:v.start] + "#" + sentence[v.end:])
                                               or _AT_AGE.search(sentence[:v.start]))
                      or not re.fullmatch(r"\d{1,3}", v.text))
    if unit == "duration" and (spans := _SPANS_COUNTED.search(question)):  # "It is the 17th year that ..." for "For how many years ...?"
        found = tuple(sorted(found + tuple(Value(m.group(1), m.start(1), m.end(1)) for m in re.finditer(
            rf"\bthe\s+({_ORDINAL.pattern})\s+(?:(?:straight|consecutive|successive)\s+)?{spans.group(1)}\b", sentence, re.I)
            if m.group(1).lower() not in ("first", "last")), key=lambda v: v.start))  # "the tenth straight month"
    if unit == "duration":  # "a seventy-year high" says how rare a level is, not how long
        found = tuple(v for v in found if not ("-" in v.text and _RARE_LEVEL.match(sentence, v.end)))
    if unit == "age":
        # where the sentence says an age as news does, its other numbers are none: "Ada Moss, 22, has set 10 records"
        found = tuple(v for v in found if _said_as_age(sentence, v)) or found
        # "16-year-old Hickey", "Keska, 30,": someone's age, not the asked name's
        found = tuple(v for v in found if not _someone_elses_age(sentence, v, question)
                      and not _counts_plural(sentence[v.end:], described=True))  # "in 50 countries", "100 secondary pupils": no age
    if unit in ("duration", "race time", "best", "speed"):
        found = tuple(v for v in found if not _someone_elses_mark(sentence, v, question))
    if unit == "race time":  # "almost four seconds short of the world best", "won by 0.19secs": a margin, no time run
        found = tuple(v for v in found if not (_MARGIN_AFTER.match(sentence, v.end) or _MARGIN_BEFORE.search(sentence[:v.start])))
    if unit in ("duration", "length") and not _ELAPSED_ASKED.search(question):
        # "sentenced one day after the campaign" dates one event by another: no length of anything;
        # "How long has it been without a government?" asks the time since ("94 days after the election")
        found = tuple(v for v in found if not (_AFTER_ANOTHER.match(sentence[v.end:]) and not _SPAN_BEFORE.search(sentence[:v.start])))
    if unit == "length":  # "How long is the deal?": "10 million cubic metres of gas" is an amount of something else
        found = tuple(v for v in found if not ((of := re.match(r"\s+of\s+([a-z]+)", sentence[v.end:]))
                                               and stem(of.group(1)) not in content_terms(question)))
    if unit == "count" and (share := _share_of_counted(sentence, question)):  # "18% of all searchers" for "How many searchers ...?"
        found = tuple(sorted((*(v for v in found if not (v.start < share.end and share.start < v.end)), share), key=lambda v: v.start))
    if unit == "count" and _HOW_MANY.match(question):
        # "his 28th film", "her tenth consecutive crown": whose it is, so far; not "the second biggest film"
        found = tuple(sorted(found + tuple(Value(m.group(), m.start(), m.end()) for m in _ORDINAL.finditer(sentence)
                                           if not any(v.start <= m.start() < v.end for v in found)
                                           and (_OWNED_BEFORE.search(sentence[:m.start()]) or _nth_time(sentence, m, question))
                                           and _numbers(sentence, m.start(), m.end(), question)), key=lambda v: v.start))
    if unit == "count" and head == "times":  # "How many times ...?": "smashed the record twice"
        found = tuple(sorted(found + tuple(Value(m.group(), m.start(), m.end()) for m in _ONCE.finditer(sentence)),
                             key=lambda v: v.start))
    if unit == "best":  # "personal bests in the long jump, high jump and 60m hurdles": "60m" names a race
        found = tuple(v for v in found if not (re.fullmatch(r"[\d,.]+k?m", v.text) and _RACE_AFTER.match(sentence[v.end:])
                                               and not re.match(r"\s+record\b", sentence[v.end:])))
    if unit in ("count", "amount"):  # "taking 800m and 1,500m gold", "200m legend": metres, no millions
        found = tuple(v for v in found if not _metres_named(sentence, v))
    if unit == "count":  # "70 Boeing 737-800 planes": figures joined by a hyphen after a name are a model's
        found = tuple(v for v in found if not (re.search(r"\b[A-Z][\w]*\s+\d+-$", sentence[:v.start])
                                               or re.match(r"-\d", sentence[v.end:]) and re.search(r"\b[A-Z][\w]*\s+$", sentence[:v.start])))
    if unit == "count":  # "the two mile record", "the 5,000m record", "eight minutes": measures, no counts;
        found = tuple(v for v in found if not _A_LENGTH.match(v.text) and not _UNIT_AFTER.match(sentence[v.end:])
                      and not re.match(r"x\d", sentence[v.end:])  # "the 4x100m relay"
                      # "the 100m final", "bronze in the 200m and ...": a race's length
                      and not (re.fullmatch(r"\d+m", v.text) and (_RACE_AFTER.match(sentence[v.end:]) or re.search(
                          r"\bthe\s+$", sentence[:v.start]) and not _counts_plural(sentence[v.end:])))
                      and not _LABEL.fullmatch(v.text)  # "3D models", "a 3G network"
                      and not (_ORDINAL.fullmatch(v.text) and not sentence.startswith(" of", v.end)
                               and not _numbers(sentence, v.start, v.end, question))  # "a third term" counts nothing,
                      and not _LABEL_BEFORE.search(sentence[:v.start]))  # nor does "Number 10"
    if unit == "money" and _SHARE_PRICE.search(question):  # a price per share, never a company's worth
        found = tuple(v for v in found if not _LARGE_SUM.search(v.text))
    if unit == "amount" and _HOW_MUCH.match(question):  # "How much did he get?": "two sides" counts things, no amount
        found = tuple(v for v in found if _UNIT_GIVEN["money"].search(v.text) or _UNIT_AFTER.match(sentence[v.end:])
                      or not _counts_plural(sentence[v.end:]))
    if kind == NUMBER and unit != "duration":  # "growth for the three months to December": the period, no amount
        found = tuple(v for v in found if not (_UNIT_GIVEN["duration"].search(v.text) and _PERIOD_TO.match(sentence[v.end:])
                                              and _THE_BEFORE.search(sentence[:v.start])))
    if unit in ("duration", "length"):  # "given once every two years" says how often, not how long
        found = tuple(v for v in found if not _EVERY_BEFORE.search(sentence[:v.start]))
    if unit == "duration" and _FUTURE_ASKED.search(question):  # "How long will the ban last?": "used since 1947" is past
        found = tuple(v for v in found if not v.text.startswith("since"))
    if unit in ("measure", "height"):  # "winning the long jump and the 400m": a race, no distance
        found = tuple(v for v in found if not (_THE_BEFORE.search(sentence[:v.start]) and _EVENT_AFTER.match(sentence[v.end:])))
    if kind == NUMBER and _BY_HOW_MUCH.search(question):  # "after the two previous quarters" counts things, no change
        found = tuple(v for v in found if not (_THE_BEFORE.search(sentence[:v.start]) and _counts_plural(sentence[v.end:])))
    if unit == "money":  # "300 million articles", "2.8 million DS consoles" count things: no sum of money
        found = tuple(v for v in found if not (_SCALED.match(v.text) and (
            _COUNTS_A_NOUN.match(sentence[v.end:]) or _COUNTS_NAMED.match(sentence[v.end:]))))
    if kind == NUMBER and unit != "race time":  # "rose 4% by 1200 GMT", "at 8am": a time of day, no amount
        clocks = [m.span() for m in _CLOCK.finditer(sentence)]
        found = tuple(v for v in found if not any(start < v.end and v.start < end for start, end in clocks))
    if kind == NUMBER:  # "the Guildford Four", "Channel Four", "the Group of Eight": a number in a name counts nothing
        found = tuple(v for v in found if not (v.text[:1].isupper() and _NAME_BEFORE.search(sentence[:v.start])))
        # "Internet Explorer 7", "Radio 4", "the FTSE 100": a bare figure after a name, counting no noun, is part of it
        found = tuple(v for v in found if not (unit not in ("score", "rank", "age") and re.fullmatch(r"\d{1,3}", v.text)
                                               and (named := _NAME_BEFORE.search(sentence[:v.start]))
                                               and named.group().split()[0].lower() not in STOPWORDS
                                               and not named.group().rstrip().endswith(("'s", "’s"))  # "GB's 46-strong team"
                                               and not SENTENCE_START.search(sentence[:named.start()])  # "Around 50 ..."
                                               and not sentence.startswith("-", v.end)
                                               and not _counts_after_name(sentence[v.end:], v.text)))
        # "operators like Zorb and 3.": a bare figure listed after a name, counting nothing, is one more name
        found = tuple(v for v in found if not (unit not in ("score", "rank", "age") and re.fullmatch(r"\d{1,3}", v.text)
                                               and re.search(r"\b[A-Z][\w'’-]*(?:,|\s+and|\s+or)\s+$", sentence[:v.start])
                                               and re.match(r"\s*(?:[.;:)]|,\s|$)", sentence[v.end:])))
    if kind == NUMBER:  # "$3.25bn (£1.7bn)": the amount in brackets restates the one before it
        found = tuple(v for v in found if not _RESTATED.search(sentence[:v.start]))
    if kind == NUMBER and not _OUTLOOK_ASKED.search(question):  # "despite missing forecasts of 53.7": no reading
        found = tuple(v for v in found if not _FORECAST_BEFORE.search(sentence[:v.start])
                      and not _FORECAST_AFTER.match(sentence[v.end:]))
    if kind == NUMBER and unit not in SHARES and not _CHANGE_ASKED.search(question):  # "prices cut by £40": no price
        found = tuple(v for v in found if not _CHANGE_BEFORE.search(sentence[:v.start]))
    if kind == NUMBER and not (_CHANGE_ASKED.search(question) or _COMPARED_ASKED.search(question)):
        found = tuple(v for v in found if not _COMPARED_AFTER.match(sentence[v.end:]))  # "£1,000 cheaper than": no cost
    if kind == NUMBER and unit in ("amount", "money"):  # "a 42-count indictment" counts counts, and is no sum sued for
        found = tuple(v for v in found if not (_BARE_OR_WORD.fullmatch(v.text) and re.match(r"-[a-z]{2,}", sentence[v.end:])))
    if kind == NUMBER and not _BEFORE_ASKED.search(question) and len(found) > 1:
        # "cut its forecast from 1.8% to 0.8%", "closed up 23 points to 6661.89": the level now is the one after "to"
        found = tuple(v for v in found if not (_FROM_OR_UP.search(sentence[:v.start]) and _TO_NEXT.match(sentence[v.end:])
                                               and not (_HOPED.search(sentence[:v.start]) and not _TO_COME_ASKED.search(question)))
                      or _CHANGE_ASKED.search(question) and not sentence[:v.start].rstrip().endswith("from"))
    if kind in (NAME, PLACE) and ORIGIN_ASKED.search(question):  # "Slovenia's Jolanda Ceplak": her country
        found = tuple(_owner_part(v, question) for v in found)
    if kind == NAME and (partner := _WITH_NAME_ASKED.search(question)):  # "Kenteris and Thanou" for "... with Kenteris?"
        found = tuple(_other_of_pair(v, partner.group(1).split()[-1]) for v in found)
    elif kind == NAME and (did := _WHO_VERB.match(question)) and did.group(1).lower() not in _AUXILIARY:
        # "Joe Biden and Putin met" for "Who met Putin?": the pair does the asked deed
        deed = re.compile(rf"\s+(?:[a-z]+ly\s+)?{_verb_forms(verb_stem(did.group(1).lower()))}", re.I)
        for name in name_groups(question):
            found = tuple(_other_of_pair(v, name[-1]) if deed.match(sentence[v.end:]) else v for v in found)
    if kind in (NAME, PLACE):
        verbs = set(_VERB_AFTER.findall(question))  # "a duty to act" asks a verb: "Children Act" keeps its "Act"
        title_words = {w for w in re.findall(r"\b[a-z][a-z-]+\b", question) if w not in STOPWORDS and w not in verbs}
        role = asked_role(question) if kind == NAME else ""
        kinds = {head, asked_noun(question)} - {""}  # "news" and "agency" in "Which news agency ...?"
        found = tuple(u for v in found if (u := _untitled(_unowned(v, question), title_words, kinds, role)) is not None)
        if kind == NAME and _membership_asked(question):  # "Labour MSP Christine May" for "Which party does she belong to?"
            found = tuple(_org_titled_before(v, question) for v in found)
    if kind in (NAME, PLACE) and not naming_asked(question):  # "the plant (Chinese: Black Dragon River)" names the plant again
        found = tuple(v for v in found if not any(g.start() < v.start < g.end() for g in _LANGUAGE_GLOSS.finditer(sentence)))
    if kind == NAME and _WHO.match(question):
        found = tuple(u for v in found if (u := _past_asked_name(v, question)) is not None)
    kept = [v for v in found if _DOMAIN_END.sub("", v.text).lower() not in asked  # "Amazon.com" for "... Amazon ...?"
            and not (kind in (NAME, PLACE) and not _LETTER.search(v.text))  # "4" left of "BBC Radio 4" names nothing
            and not (kind in (NAME, PLACE) and (_named_in(v.text, asked, head) or _full_name_of_asked(v.text, question)
                                                 or _firm_of_asked(v.text, question)))
            and not (kind == NAME and (_someone_elses(sentence, v, question, article) or _another_title(sentence, v, question)))
            and not (kind == NAME and _NOW_ASKED.search(question) and not _NO_LONGER_ASKED.search(question)
                     and _no_longer_as_asked(sentence[:v.start], question))
            and not (kind == NAME and _WHO.match(question) and (_IN_A_PLACE.search(sentence[:v.start]) or _AT_THE.search(sentence[:v.start])
                                                                 or _IN_APPOSITION.search(sentence[:v.start])
                                                                 or _set_off_by_role(sentence, v, asked)))
            and not (kind == NAME and _titled_as_subject(sentence, v, question))
            and not (kind == NAME and _WHO.match(question) and _body_of_role(sentence, v, question))
            and not (kind in (NAME, PLACE) and _owns_pronouned(sentence, v, question))
            and not (kind == PLACE and (_SPEAKER.search(sentence[:v.start]) and not sentence.startswith("-", v.end)  # "said Moscow-based Jo Roe"
                                        or _SPEAKS.match(sentence[v.end:]) and not _OF_A_PLACE.search(sentence[:v.start])
                                        and re.match(r"\s*where\b", question, re.I) is not None))
            and not (kind == PLACE and _PEOPLES.fullmatch(v.text) is not None)  # "Americans" are a people, no place
            and not (kind in (PLACE, NAME) and v.text.split()[0].lower().rstrip(".") in PERSONAL_TITLES
                     and (kind == PLACE or _BODY_ASKED.match(question) is not None))  # "Prof Etzioni criticises ..."
            and not (kind == PLACE and FULL_MONTH.fullmatch(v.text.removesuffix("'s").removesuffix("’s")))  # "until May's meeting"
            and not (kind == NAME and _lists_asked(v.text, question))
            and not (kind == NAME and _modifies(sentence, v, (head, _its_noun(sentence, v, question), _owned_noun(question),
                                                             *(_OUTLET_NOUNS if OUTLET_ASKED.match(question) else ())))
                     and not _joined_as_asked(sentence, v, question))
            and not (kind == NAME and _WHO.match(question) and _before_a_title(sentence, v))
            and not (kind == NAME and _WHO.match(question) and _owns_asked(sentence, v, question))
            and not (kind == NAME and _apposed_to_asked(sentence, v, question))
            and not (kind == NAME and _describes_next(sentence, v, found, question))
            and not (kind in (NAME, PLACE) and _short_form_asked(sentence, v, question))
            and not (kind in (NAME, PLACE) and initials_asked(v.text, question))
            and not (kind in (NAME, PLACE) and _spelled_out_asked(sentence, v, question))
            and not (kind == NAME and _WHO.match(question) and only_modifies(v.text, article, capitals=True))
            and not (kind in (NAME, PLACE) and not ORIGIN_ASKED.search(question) and _demonym(v.text, article))
            and not (kind == NAME and not ORIGIN_ASKED.search(question) and _nation_of_asked_noun(sentence, v, head, article))
            and not (kind == NAME and _owns_one_of_asked(sentence, v, head, question))
            and not (kind == NAME and _title_set_off(sentence, v))
            and not (kind in (NAME, PLACE) and not ORIGIN_ASKED.search(question) and _made_from_asked(v.text, question))
            and not (kind == NUMBER and _counted_from_another(sentence, v, question))
            and not (kind == DATE and _other_side_of_now(sentence, v, question))
            and not (kind == DATE and _dates_another_before(sentence, v, question))
            and not (kind == DATE and _dates_another_thing(sentence, v, question))
            # "the 13th time it has been used since 1947" dates no deed: when a run of time began
            and not (kind == DATE and re.search(r"\bsince\s+(?:the\s+)?$", sentence[:v.start]) is not None
                     and not _BEGINNING_ASKED.search(question) and not _SINCE_ASKED.search(question)
                     and not last_since(sentence, v, question))]
    if kind == NAME and any(v not in opening for v in kept):  # an opening word is the name asked only when the sentence has
        kept = [v for v in kept if v not in opening or affiliated(sentence, v, question)]  # no other, or it titles the asked one
    if unit == "count" and head and not _UNIT_GIVEN["duration"].fullmatch(head):  # "How many meetings ...?": not "in more than two years"
        kept = [v for v in kept if not _UNIT_GIVEN["duration"].match(sentence[v.end:].lstrip(" -"))]
    if unit == "count" and head:  # nor "between the two leaders": "the" points back at things already counted
        counted_stems = {stem(w) for w in (counted_phrase(question) or head).split()}
        kept = [v for v in kept if not (re.search(r"\bthe\s+$", sentence[:v.start], re.I)
                                        and (noun := counted_word(sentence, v)) and stem(noun) not in counted_stems
                                        # "the 100,000 or so net cafes": a few words on
                                        and not counted_stems & {stem(w) for w in re.findall(r"[a-z]+", sentence[v.end:])[:4]})]
    if unit == "count" and (counted := _counted_compounds(sentence, head)):  # "a three-party struggle"
        kept = sorted([*counted, *(v for v in kept if not any(v.start < c.end and c.start < v.end for c in counted))],
                      key=lambda v: v.start)
    if kind == NUMBER and (currency := _currency_asked(question)):  # "How much ... in sterling?": "$100m (£52m)" gives £52m
        kept = [v for v in _values(sentence, kind, unit) if currency.search(v.text) and (v in kept or _RESTATED.search(sentence[:v.start]))]
    noun = asked_noun(question) or _phrase_end(question) or head  # "firm" in "Which anti-virus firm did ...?"
    if kind == NAME and noun and stem(noun.lower()) == "currenc":  # news writes them in lower case: "in rubles and yuan"
        kept = [Value(m.group(), m.start(), m.end()) for m in _CURRENCY_NAMED.finditer(sentence)] or kept
    if kind == NAME and noun and (quoted := _quoted_before(sentence, noun)):
        kept = [quoted]  # 'The "performance capture" technique enables ...' for "Which technique ...?"
    if kind == NAME and noun and (lone := _set_off_as(sentence, noun)):
        kept = [lone, *kept]  # "Gazprom, another state-controlled firm, also announced" for "Which firm ...?"
    if kind == NAME and noun and (races := _distance_events(sentence, asked)):
        kept = races  # "won gold in the 200m at the Sydney Olympics" for "In which event ...?": not the Games
    elif kind == NAME and noun and not kept and not _UNNAMED.search(sentence):  # "Which research did he back?": "stem cell research"
        kept = _kinds_of(sentence, noun, asked)  # not "to another overseas company, although it didn't say who"
    elif kind == NAME and noun and (apposed := apposed_kinds(sentence, noun, question)):
        kept = apposed  # "Markos Geneti, the world indoor bronze medallist," for "Which medal has Geneti won?"
    elif kind == NAME and noun == "medal" and (metals := _metals(sentence, asked)):
        kept = metals  # "won silver in the 100m at the Sydney Olympics": the medal, not the Games
    elif kind == NAME and noun == "medal":  # with no metal, only a medal's own name ("the Fields Medal"), never an award
        kept = [v for v in kept if "medal" in v.text.lower()]
    if kind == NAME and noun:  # "Which section ...?": "Section 404", "lane seven" say which one
        numbered = [Value(m.group(), m.start(), m.end()) for m in re.finditer(
            rf"\b{re.escape(noun)}s?\s+(?:\d[\w.-]*|(?:{'|'.join(_CARDINALS)})(?![\w-]))\b", sentence, re.I)]
        numbered += _ordinal_before(sentence, noun) or (_ordinal_before(sentence, head) if head and head != noun else [])
        kept = numbered + [v for v in kept if not any(n.start <= v.start < n.end for n in numbered)]
        kept = _apposed(sentence, noun) + _exemplified(sentence, noun) + _inserted(sentence, question, noun) + kept
        if fixtures := _fixtures(sentence, noun):  # "the Wales v England rugby union match" for "Which match ...?"
            kept = fixtures + [v for v in kept if not any(f.start <= v.start < f.end for f in fixtures)]
    return kept


def _ordinal_before(sentence: str, noun: str) -> list[Value]:
    """A place in a series says which one: "the seventh week of a hunger strike" for "Which week
    ...?", "Hanks' third collaboration with Howard" for "Which collaboration ...?"; not "first" or
    "last" (a "first film" is named after it), nor one a name follows ("his second film, Ostby")."""
    return [Value(m.group(), m.start(), m.end()) for m in re.finditer(rf"\b{SERIES_PLACE.pattern}\s+{re.escape(noun)}s?\b"
                                                                      r"(?!,?\s+(?-i:[A-Z])|\s+(?:is|was|were)\s+(?-i:[A-Z]))", sentence, re.I)]


def _fixtures(sentence: str, noun: str) -> list[Value]:
    """Two sides named against each other before the asked noun: "Wales v England" in "the
    Wales v England rugby union match" for "Which match ...?"."""
    side = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    return [Value(m.group(1), m.start(1), m.end(1)) for m in re.finditer(
        rf"({side}\s+(?:v|vs\.?|versus)\s+{side})\s+(?:[a-z-]+\s+){{0,3}}{re.escape(noun)}", sentence)]


# Up to three words before the noun: "stem cell", "\"one-click shopping\"" (quoted).
_KIND_OF = r"((?:[\"“‘']?(?:[\w,.-]*\d[\w,.-]*|[a-z][a-z-]+)[\"”’']? ){1,3}?)"


_AGED_NAME = re.compile(r"^[\s-]*years?[\s-]*old\s+((?:[A-Z][\w'’-]*\s?)+)")
_NAME_AGED = re.compile(r"([A-Z][\w'’-]*),\s*$")
_THE_BEFORE_AGE = re.compile(r"^\W*The $")  # "The 31-year-old ..."


# The sentence opens on someone's full name as its subject: "Only Michael Johnson has gone quicker, ...".
_NAMED_SUBJECT = re.compile(r"^\W*(?:(?:Only|But|And|Meanwhile|However),?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
                            r"\s+(?:has|had|have|was|is|ran|won|set|[a-z]+ed)\b")
# A full name after a title, as the subject of the clause that ends before the value: "champion Dwain Chambers is serving"
_NAMED_DOER = re.compile(r"\b[a-z]{3,}\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+(?:has|had|have|was|is|ran|won|set|[a-z]+ed)\b[^,;:]*$")


def _someone_elses_mark(sentence: str, value: Value, question: str) -> bool:
    """A time or distance asked of a named person, in a sentence about another one: "Only Michael
    Johnson has gone quicker, ... running 44.66secs" is no time of Merritt's."""
    asked = question_names(question)
    # the subject opens the sentence, or stands after a title in the value's clause: "Britain's
    # former champion Dwain Chambers is serving a two-year ban" (not "Microsoft's Internet Explorer 6 was ...")
    before = re.split(r"(?<=[.!?])\s+", sentence[:value.start])[-1]  # the value's own sentence, not one quoted before it
    m = _NAMED_SUBJECT.match(before) or _NAMED_DOER.search(before)
    return (bool(asked) and m is not None and not set(m.group(1).split()) & asked
            and not any(re.search(rf"\b{re.escape(w)}\b", before) for w in asked))


def stated_age(sentence: str, value: Value) -> bool:
    """The value is said to be an age: "from the age of seven", "aged 24", or someone's in a story
    about them: "the 47-year-old director said"."""
    return (any(_age_said(m).start == value.start for m in _AGE_OF.finditer(sentence))
            or bool(re.search(r"\bthe\s+$", sentence[:value.start], re.I) and _ONES_AGE.match(sentence[value.end:])))


_ONES_AGE = re.compile(r"-year-old\s+[a-z]+\s+(?:said|says|told|added|[a-z]+ed)\b")  # "-year-old director said"


# "50 countries", "7 Spike Lee movies", "from 40 to 1,796 cinemas"
_PLURAL_AFTER = re.compile(r"^(?:\s+(?:to|and|or)\s+\d[\d,.]*)?\s+(?:[A-Z][\w'’-]*\s+){0,2}([a-z]{3,}s)\b")


_UNMARKED_PLURALS = frozenset("people men women children staff police".split())


def _counts_after_name(after: str, number: str) -> bool:
    """A figure after a name counts the noun after it only when that noun is plural ("Radio 4
    listeners" may count them, as "50 voice commands" does), not "Channel 4 show"."""
    if _COUNTS_A_NOUN.match(after) is None:
        return False
    words = re.match(r"\s+([a-z-]+)(?:\s+([a-z-]+))?", after)
    return number == "1" or words is not None and any(w and (w.endswith("s") or w in _UNMARKED_PLURALS) for w in words.groups())


def _metres_named(sentence: str, value: Value) -> bool:
    """A bare "200m" is a distance, not 200 million, when another follows it ("800m and 1,500m")
    or it describes a noun in the singular ("a 200m legend"); "14m customers" counts them."""
    after = sentence[value.end:]
    noun = _COUNTS_A_NOUN.match(after)
    return re.fullmatch(r"\d[\d,.]*m", value.text) is not None and (
        re.match(r"\s+(?:and|or)\s+\d[\d,.]*m\b", after) is not None
        or noun is not None and not noun.group().strip().endswith(("s", "ly", "wide")))


def _counts_plural(after: str, described: bool = False) -> bool:
    """A bare number right before a plural noun counts it ("50 countries"); "43 years" and "30 was" do not.
    `described`: also with a word that describes the noun between ("100 secondary pupils")."""
    word = re.match(r"\s+([a-z]{3,})(?=\s)", after) if described else None
    if word and word.group(1) not in STOPWORDS and _counts_plural(after[word.end():]):
        return True
    m = _PLURAL_AFTER.match(after)
    return m is not None and m.group(1) not in STOPWORDS and not m.group(1).startswith("year")


def _someone_elses_age(sentence: str, value: Value, question: str) -> bool:
    """The age is given for a name the question does not ask about: "16-year-old Hickey" or
    "Keska, 30," when asked about Yelling; and "The 31-year-old was third behind Yelling" is
    not Yelling."""
    asked = question_names(question)
    before, after = sentence[:value.start], sentence[value.end:]
    the_aged = _THE_BEFORE_AGE.search(before)  # "The 32-year-old Ethiopian": no name, someone named before
    if (m := _AGED_NAME.match(after)) and not set(m.group(1).split()) & asked and not the_aged:
        return True
    if (m := _NAME_AGED.search(before)) and re.match(r"\s*,", after) and m.group(1) not in asked:
        return True
    if not the_aged:
        return False
    # "The 31-year-old was ...", not "The 15-year-old ban": the age names someone, not a thing
    said = re.match(r"[\s-]*years?[\s-]*old\b\W*([a-z]*)", after)
    return (said is not None and (not said.group(1) or said.group(1) in STOPWORDS or said.group(1).endswith("ed")
                                  or said.group(1) in _PAST_BASE)  # "The 29-year-old took part ..."
            and any(re.search(rf"\b{re.escape(w)}\b", after) for w in asked))


def _titles(sentence: str, question: str) -> list[Value]:
    """The titles the sentence gives the asked person: the capitalised words before the name
    ("Constitutional Affairs Minister David Lammy") or an apposition after it ("Dan Fellman,
    president of distribution at Warner Bros.")."""
    groups = name_groups(question)
    if not groups:
        return []
    name, surname = set(groups[0]), re.escape(groups[0][-1])
    found = []
    for m in _NAME.finditer(sentence):
        words = m.group().split()
        if groups[0][-1] in words:
            title = words[:next(i for i, w in enumerate(words) if w in name)]
            if len(groups[0]) > 1 and title and _respelt(title[-1], groups[0][0]):
                title = title[:-1]  # "Beverly Hughes" for "Beverley Hughes": a first name, no title
            lowered = {w.lower().rstrip(".") for w in title}
            if (title and not lowered <= HONORIFICS and not lowered & STOPWORDS and all(w[0].isupper() for w in title)
                    and not re.search(r"['’]s?$", title[-1])):  # "Britain's Kelly Holmes": an owner, no title
                given = m.group()[:m.group().index(words[len(title)])].rstrip()
                found.append(Value(given, m.start(), m.start() + len(given)))
    # in lower case after "the" or "of", or after a party or a country: "the resignation of
    # immigration minister Beverley Hughes", "Tory shadow chancellor Oliver Letwin"
    for m in re.finditer(rf"(?:\b(?:the|of)\s+|\b((?:[A-Z][\w'’-]*\s+){{1,2}}))((?:[a-z][a-z-]+\s+){{0,2}}[a-z][a-z-]+)"
                         rf"\s+(?:[A-Z][\w'’-]*\s+)*{surname}\b", sentence):
        lower = m.group(2).split()
        if not set(lower) & (STOPWORDS | {"said", "says", "told", "added"}) and not (
                m.group(1) and any(w in _PAST_BASE or re.search(r"(?:ed|[^s]s)$", w) for w in lower)):  # "Labour attacked"
            start = m.start(1) if m.group(1) else m.start(2)
            found.append(Value(sentence[start:m.end(2)], start, m.end(2)))
    # set off after the name, or after its age: "Hazel Gilbert, 23, an information manager from Newcastle,"
    # a post-nominal may come first, and an owner may open it: "Ada Moss MP, Labour's chief whip,";
    # the closing comma may be left out before the verb: "Ada Moss, partner of Acme said"
    for m in re.finditer(rf"\b{surname}(?:\s+[A-Z]{{2,4}})?,\s+(?:\d{{1,3}},\s+)?((?:(?:the\s+|an?\s+)?[a-z]|[A-Z][\w-]*['’]s\s+[A-Za-z])[\w'’-]*"
                         rf"(?:\s+[\w'’&.-]+){{0,8}}?)\s*(?:[,;]|\.?$|(?=\s(?:said|says|told|added)\b))", sentence):
        given = m.group(1).rstrip(".")  # the sentence's full stop
        if re.sub(r"^(?:the|an?)\s+", "", given).split()[0] not in STOPWORDS | {"said", "says", "told", "added"}:
            found.append(Value(given, m.start(1), m.start(1) + len(given)))
    return found


def _respelt(word: str, name: str) -> bool:
    """The same name spelt another way: "Beverly" and "Beverley", "Jose" and "José"."""
    return word != name and SequenceMatcher(None, word.lower(), name.lower()).ratio() >= 0.85


def _lists_asked(name: str, question: str) -> bool:
    """The name holds a whole name the question gives: "Kathy Butler and Hayley Yelling"
    answers nothing asked about Hayley Yelling."""
    items = re.split(r",\s+|\s+(?:and|&)\s+", name)  # "Rover and SAIC" lists SAIC itself
    return any(len(asked) > 1 and all(re.search(rf"\b{re.escape(w)}\b", name) for w in asked)
               or len(items) > 1 and " ".join(asked) in items for asked in name_groups(question)
               if not _kind_asked(asked, question))


def _kind_asked(name: list[str], question: str) -> bool:
    """The question's name is the kind it asks for: "Tory MP" in "Which Tory MP ...?"."""
    return re.match(rf"\s*(?:[a-z]+\s+)?(?i:which)\s+{re.escape(' '.join(name))}\b", question) is not None


# a word that ranks one of a kind, not which kind: "Japan's fourth-largest bank", "the world's biggest bank"
_RANK_WORD = re.compile(r"(?:[a-z]+-)?(?:largest|biggest|smallest|greatest|best|worst|highest|lowest|oldest|newest|top|leading"
                        r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))")


# "a"/"an" before a kind, maybe past a name's adjective: "An Indian telecommunications firm" says not which firm
_INDEFINITE = re.compile(r"\b(?i:an?)\s+(?:[A-Z][\w-]*\s+){0,2}$")


def _kinds_of(sentence: str, head: str, asked: str) -> list[Value]:
    """The asked noun with the words that say which one, when the answer is no name: "stem
    cell research", "the 1,000m title". The words are content words the question does not use."""
    found = []
    for m in re.finditer(rf"\b{_KIND_OF}{re.escape(head)}(?:s|l?ist)?\b", sentence):  # "the bronze medallist": a bronze medal
        if _INDEFINITE.search(sentence[:m.start()]):
            continue
        after = re.match(r"\s+([a-z]+)", sentence[m.end():])
        if after and after.group(1) not in STOPWORDS:  # "party leaders": the noun modifies another
            continue
        if m.group().endswith(f"{head}s") and not head.endswith("s"):  # "Britain's best sprinters" is no one sprinter
            continue
        words = m.group(1).split()
        while words and (words[0].lower() in STOPWORDS or words[0].endswith(("ed", "ing"))
                         or words[0].lower() in asked or _RANK_WORD.fullmatch(words[0].lower())):
            words = words[1:]
        if words:
            start = m.start() + m.group(0).index(words[0])
            start += sentence[start] in "\"“‘'"  # the opening quote is no part of the name
            found.append(Value(sentence[start:m.end()], start, m.end()))
    return found


# One word that opens the sentence, set off as a kind of thing before its verb: "Gazprom, another
# state-controlled firm, also announced ..." (not "However, the firm, which ...")
_SET_OFF_LEAD = re.compile(r"^\W{0,2}([A-Z][\w'’&.-]+),\s+(?:a|an|another|the)\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w-]*),"
                           r"\s+(?!(?:which|who|whose|that|where|when|and|or|but)\b)[a-z]")


# A currency by its name, with the country's name or initials before it: "the U.S. dollar", "yuan"
_CURRENCY_NAMED = re.compile(rf"\b(?:[A-Z][\w.]*\s+)?(?:{_CURRENCY})\b(?!\s*\d)")


# The sentence says it does not tell who: "although it didn't say who", "declined to name the buyer".
_UNNAMED = re.compile(r"\b(?:did not|didn['’]t|does not|doesn['’]t|would not|wouldn['’]t|will not|won['’]t|declined to|refused to)"
                      r"\s+(?:say|name|identify|disclose|reveal)\s+(?:who|which|whom|the\s+\w+|its\s+\w+|their\s+\w+)\b", re.I)


def _quoted_before(sentence: str, noun: str) -> Value | None:
    """A term in quotation marks right before the asked noun names it: 'the "performance
    capture" technique' for "Which technique ...?" (news quotes a coined name); never a spoken
    quote ('"It is obscene," MP Ada Moss said') nor from an apostrophe."""
    m = re.search(rf"(?<!\w)[\"“]([^\"“”]{{2,40}}[^\"“”,.!?;:])[\"”]\s+{re.escape(noun)}s?\b", sentence, re.I)
    return Value(m.group(1), m.start(1), m.end(1)) if m else None


def _set_off_as(sentence: str, noun: str) -> Value | None:
    """The lone word opening the sentence, when an apposition calls it the asked noun (a capital
    there is otherwise read as no name)."""
    m = _SET_OFF_LEAD.match(sentence)
    if not m or stem(m.group(2).lower()) != stem(noun.lower()) or m.group(1).lower() in STOPWORDS:
        return None
    return Value(m.group(1), m.start(1), m.end(1))


def apposed_kinds(sentence: str, noun: str, question: str) -> list[Value]:
    """The asked noun, said of a name the question gives in an apposition right after it: "Ada
    Moss, the silver medallist," says which medal Ada Moss won."""
    names = [re.escape(g[-1]) for g in name_groups(question)]
    if not names:
        return []
    apposed = re.compile(rf"\b(?:{'|'.join(names)}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}$")
    return [v for v in _kinds_of(sentence, noun, question.lower()) if apposed.search(sentence[:v.start])]


# A race named by its distance: "taking part in the 1000m", "will contest the 60m hurdles",
# "her indoor 200m titles", "won 200m gold"; a medal by its metal.
_RACE_ASKED = re.compile(r"^\s*(?:(?:in|for|at) )?(?:which|what) (?:[\w-]+ ){0,2}?(?:race|event|distance|discipline|title|final)s?\b", re.I)
_DISTANCE_EVENT = re.compile(r"\b(?:the|in|over)\s+((?:\d+x)?\d[\d,.]*(?:m|km)\b(?:\s+(?!(?:at|in|on|of|for|and|with|to|by|from|as)\b)[a-z]{4,})?)"
                             r"|\b((?:\d+x)?\d[\d,.]*(?:m|km))(?=\s+(?:titles?|finals?|races?|gold|silver|bronze)\b)")
_METAL = re.compile(r"\b(?:gold|silver|bronze)\b(?!\s+[A-Z])")


def _metals(sentence: str, asked: str) -> list[Value]:
    """Medals the sentence names by their metal ("won silver"), not one the question gives."""
    return [Value(m.group(), m.start(), m.end()) for m in _METAL.finditer(sentence) if m.group() not in asked]


def _distance_events(sentence: str, asked: str) -> list[Value]:
    """Races the sentence names by their distance, for a "Which race/event/title ...?" question
    ("Which race is she entered for?"); not a distance the question itself gives."""
    if not _RACE_ASKED.match(asked):
        return []
    races = []
    for m in _DISTANCE_EVENT.finditer(sentence):
        g = 1 if m.group(1) else 2
        if m.group(g).split()[0].lower() not in asked:
            races.append(Value(m.group(g), m.start(g), m.end(g)))
    return races


def _apposed(sentence: str, noun: str) -> list[Value]:
    """A lower-case word set right after "the" and the asked noun says which one: "taking the
    stimulant modafinil" for "Which stimulant ...?" (a name there is read as any name)."""
    found = []
    for m in re.finditer(rf"\bthe {re.escape(noun)} ([a-z][a-z-]{{3,}})\b", sentence):
        word = m.group(1)
        if word not in STOPWORDS and word not in _COMMON_VERBS and not word.endswith(("ed", "ing", "ly")):
            found.append(Value(word, m.start(1), m.end(1)))
    return found


def _exemplified(sentence: str, noun: str) -> list[Value]:
    """Words in lower case given as an example of the asked noun say which one: "one-off
    factors such as the unseasonably mild winter" for "Which factor ...?" (a name there is read
    as any name)."""
    found = []
    for m in re.finditer(rf"\b{re.escape(noun)}s?,?\s+(?:such as|like|including)\s+(?:the\s+|an?\s+)?"
                         r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)(?=\s*[,.;:)]|\s+(?:and|or)\b|\s*$)", sentence):
        if not set(m.group(1).split()) & STOPWORDS:
            found.append(Value(m.group(1), m.start(1), m.end(1)))
    return found


def _inserted(sentence: str, question: str, noun: str) -> list[Value]:
    """A word the sentence sets between two of the question's words that stand together there
    says which one: "Olympic heptathlon champion" for "In which event is she the Olympic
    champion?", "World Indoor 800m record" for "Which world indoor record does she hold?"; the
    two words name the asked noun or what its subject is, not a thing it did ("won the best
    original screenplay" says which screenplay, not which film)."""
    asked = re.findall(r"[A-Za-z][\w'’-]*", question)
    found = []
    for a, b in zip(asked, asked[1:]):
        if a.lower() in STOPWORDS or b.lower() in STOPWORDS:
            continue
        if stem(b.lower()) != stem(noun.lower()) and not re.search(rf"\b(?:is|are|was|were|be)\s+(?:\S+\s+){{0,3}}(?:the\s+|an?\s+)?"
                                                                  rf"{re.escape(a)}\s+{re.escape(b)}\b", question, re.I):
            continue
        for m in re.finditer(rf"\b{re.escape(a)} (?-i:([a-z\d][\w,.-]*[a-z\d])) {re.escape(b)}\b", sentence, re.I):  # "Indoor" is a name's
            if m.group(1).lower() not in question.lower() and m.group(1).lower() not in STOPWORDS \
                    and not _INDEFINITE.search(sentence[:m.start()]):
                found.append(Value(m.group(1), m.start(1), m.end(1)))
    return found


def _short_form_asked(sentence: str, value: Value, question: str) -> bool:
    """The name is spelled out before the short form the question uses: "General Motors (GM)"
    is the asked GM."""
    short = re.match(r"\s*\(([A-Z][\w&.]*)\)", sentence[value.end:])
    return short is not None and re.search(rf"\b{re.escape(short.group(1))}\b", question) is not None


# "On 16 June, prior to the talks in Tomsby, ...": the date is of something else.
_BEFORE_EVENT = re.compile(r",?\s+(?:prior to|before|ahead of)\s+(?:the\s+|their\s+|its\s+)?([^,;]+)")


def _dates_another_before(sentence: str, value: Value, question: str) -> bool:
    """The date is set before the event the question asks about, so it is not that event's:
    "On 16 June, prior to the video meeting between them, ..." for "When did they hold their
    video meeting?"."""
    before = _BEFORE_EVENT.match(sentence, value.end)
    said = [w for w in re.findall(r"\b[a-z]+\b", before.group(1)) if w not in STOPWORDS] if before else []
    asked = {stem(w) for w in re.findall(r"\b[a-z]+\b", question)}
    return bool(said) and all(stem(w) in asked for w in said)


_OWNED_BEFORE = re.compile(r"(?:\b(?:its|his|her|their)|['’]s?)\s+$", re.I)  # not "The 1991 laptop", the subject by its year


def _dates_another_thing(sentence: str, value: Value, question: str) -> bool:
    """A bare year or decade between an owner and a noun the question does not name dates the
    owner's thing, no deed asked about: "its 1990s strategy" for "When was Metlife founded?"."""
    noun = re.match(r"\s+([a-z]{3,})\b", sentence[value.end:])
    return re.fullmatch(r"(?:1[5-9]|20)\d0s|(?:1[5-9]|20)\d\d", value.text) is not None and noun is not None \
        and noun.group(1) not in STOPWORDS and _OWNED_BEFORE.search(sentence[:value.start]) is not None \
        and stem(noun.group(1)) not in content_terms(question)


def counted_word(sentence: str, value: Value) -> str:
    """The noun a count is of, in the value ("2.5 billion people") or right after it ("48 million cards")."""
    words = value.text.split()
    if len(words) > 1 and words[-1].isalpha() and words[-1].islower() and words[-1] not in _MULTIPLIERS:
        return words[-1]
    after = re.match(r"\s+([a-z]+)", sentence[value.end:])
    return after.group(1) if after else ""


_MULTIPLIERS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))


def _spelled_out_asked(sentence: str, value: Value, question: str) -> bool:
    """The name spells out a short form the question gives: "the United States" for "Which US
    official ...?" ("the" tells a body or a place from a person: "Steve Gallagher" of "SG")."""
    short = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", question.replace(".", ""))}
    if _leads_spelled_out(value.text, question, short):
        return True
    # or it modifies the noun the question's short form does: "European Union finance ministers" for "EU finance ministers"
    modified = re.match(r"\s+([a-z]{3,})", sentence[value.end:])
    return " " in value.text and initials(value.text) in short and (
        re.search(r"\bthe\s+$", sentence[:value.start], re.I) is not None
        or modified is not None and re.search(rf"\b{modified.group(1)}\b", question) is not None)


def _leads_spelled_out(name: str, question: str, short: set[str]) -> bool:
    """The name's first words spell out a short form the question gives, and the rest holds the
    question's word after it: "Los Angeles Film Critics Association" for "the LA critics"."""
    words = name.split()
    for k in (2, 3):
        after = re.search(rf"\b{re.escape(initials(' '.join(words[:k])))}\s+([a-z]{{3,}})", question, re.I) if len(words) > k else None
        if after and initials(" ".join(words[:k])) in short and stem(after.group(1).lower()) in {stem(w.lower()) for w in words[k:]}:
            return True
    return False


def initials_asked(name: str, question: str) -> bool:
    """The name is the short form of one the question spells out: "MAB" for "Muslim
    Association of Britain", "E&Y" for "Ernst & Young"."""
    name = re.sub(r"(?<=[A-Z])[&.](?=[A-Z])", "", name)
    return re.fullmatch(r"[A-Z](?:[A-Z]{1,5}|[a-z]{1,5})", name) is not None and name.lower() in initials_in(question)  # "MAB", "Wada"


def _owns_asked(sentence: str, value: Value, question: str) -> bool:
    """A possessive before the asked role names whose role it is, not who holds it:
    "the Liberal Democrat's shadow home secretary, Mark Oaten"."""
    after = re.match(r"\s+([a-z-]+)", sentence[value.end:])
    return (after is not None and value.text.endswith(("'s", "’s"))
            and after.group(1) in re.findall(r"[\w-]+", question.lower()))


# A verb can end a clause right after a name ("Chelsea won."); a noun there makes the name its
# modifier ("aimed at BBC journalists.", "their Christmas tree.").
_CLAUSE_END_NOUN = re.compile(r"^\s+([a-z][a-z-]+)\s*(?:[.,;:!?)]|$)")
# A noun made from a verb ("resignation", "appointment", "departure", "refusal"): the name that
# owns it did the deed.
_DEED_NOUN = re.compile(r"(?:[ts]ion|ment|ure|al|ance|ence)s?$")
_COMMON_VERBS = frozenset(
    "said says won wins lost loses rose rises fell falls grew grows left leaves died dies quit quits began begins "
    "came comes went goes ran runs did does has had is was are were will would can could may might must should "
    "agrees agreed resigned declined refused retired followed spoke speaks told tells wrote writes took takes made "
    "makes gave gives met meets saw sees knew knows thought thinks found finds stood stands sat sits held holds kept "
    "keeps led leads paid pays sold sells bought buys brought brings built builds sent sends spent spends struck "
    "strikes fought fights felt feels meant means wants needs acts reacts responds replies".split())


def _joined_as_asked(sentence: str, value: Value, question: str) -> bool:
    """For "Which company does X work for?" a name right after the question's own preposition
    names the body, whatever noun it qualifies: "spokesman for St Bernard software"."""
    stranded = _STRANDED.search(question)
    return stranded is not None and stranded.group(1).lower() in _AFFILIATION and bool(affiliation_asked(question)) \
        and re.search(rf"\b{stranded.group(1)}\s+(?:the\s+)?$", sentence[:value.start], re.I) is not None


def _modifies(sentence: str, value: Value, asked: tuple[str, ...]) -> bool:
    """The name stands before a noun that ends its clause, so the phrase names that noun, not
    the name: "the former Soviet republic," answers no "who". The asked noun, by its first or
    last word, is kept: "Which (news) agency ...?" is answered by "the Reuters agency."."""
    after = _CLAUSE_END_NOUN.match(sentence[value.end:])
    if not after:
        return False
    word = after.group(1)
    if re.search(r"['’]s?$", value.text) and _DEED_NOUN.search(word):  # "after David Blunkett's resignation.": his deed
        return False
    return word not in _COMMON_VERBS and not word.endswith("ed") and not any(a and word.startswith(a[:4]) for a in asked)


# "Whose technology is it based on?" asks the name that owns the noun: "IBM technology"
_WHOSE = re.compile(r"\bwhose\s+(?:[\w'’-]+\s+){0,2}?([a-z-]+)\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b",
                    re.I)


def _owned_noun(question: str) -> str:
    return m.group(1).lower() if (m := _WHOSE.search(question)) else ""


def _its_noun(sentence: str, value: Value, question: str) -> str:
    """The asked noun that a name before it names: "the Reuters agency" is the agency; "a
    METI official" is one of the agency's officials, none of them named."""
    return "" if re.search(r"\ban?\s+$", sentence[:value.start], re.I) else asked_noun(question)


@lru_cache(maxsize=65_536)  # asked for each capitalised word of each sentence a question reads
def only_modifies(word: str, article: str, capitals: bool = False) -> bool:
    """Wherever the article writes the one word, a noun follows it ("an American actress",
    "the British teams"): it qualifies nouns and names no one. A verb, a stop word,
    punctuation or "'s" after it makes it a name at least once ("Hailey was", "Texas, which");
    "British and Zambian nationality" says neither. With `capitals`, a capitalised word may
    follow too ("the Indian Trade Minister")."""
    if " " in word or not article:
        return False
    after = [m.group(1) for m in re.finditer(rf"\b{re.escape(word)}\b(\W{{0,2}}[\w'’]*)", article)]
    after = [re.sub(r"['’]s$", "", a) for a in after if not re.fullmatch(r" (?:and|or)", a)]  # "the Indian government's"
    return bool(after) and all(re.fullmatch(r" \d[\d,.x]*[a-z]+", a)  # "his Olympic 100m title"
                               or capitals and re.fullmatch(r" [A-Z][a-z]+", a) is not None  # "the Indian Trade Minister"
                               or re.fullmatch(r" [a-z][a-z-]*", a) and a[1:] not in STOPWORDS
                               and a[1:] not in _COMMON_VERBS and not a.endswith("ed") for a in after)


_WILL_ASKED = re.compile(r"\bwill\b|\b(?:is|are)\s+(?:due|expected|set|going|scheduled)\s+to\b", re.I)
_DID_ASKED = re.compile(r"^\s*(?:when|on what date|in which (?:year|month)|in what (?:year|month))\s+(?:did|was|were|had)\b", re.I)
_PAST_MARK = (re.compile(r"\b(?:last|previous|past)\s+$", re.I), re.compile(r"^\s+ago\b", re.I))
_NEXT_MARK = (re.compile(r"\b(?:next|coming)\s+$", re.I), re.compile(r"^\s+from now\b", re.I))


def _other_side_of_now(sentence: str, value: Value, question: str) -> bool:
    """The date is marked past for a question about what will happen ("last April" for "When will
    she retire?"), or marked to come for one about what did ("next May" for "When did it open?")."""
    before = sentence[:value.start] + "".join(w + " " for w in value.text.split()[:-1])  # "next May" holds its mark
    after = sentence[value.end:]
    marks = _PAST_MARK if _WILL_ASKED.search(question) else _NEXT_MARK if _DID_ASKED.match(question) else None
    return marks is not None and (marks[0].search(before) is not None or marks[1].match(after) is not None
                                  or marks is _NEXT_MARK and _TO_COME.search(before) is not None)


# "will hold its 2006 conference": a date of what is still to come, in the clause that says so
# (not "It will be the first time since 1917 that ...", which dates what was)
_TO_COME = re.compile(r"\bwill\s+(?!be\b)[a-z]+\s+(?:[\w'’-]+\s+){0,3}(?:(?:in|on|its|their|the)\s+)?$", re.I)


def _demonym(word: str, article: str) -> bool:
    """The word only qualifies nouns in the article and is made from another name it gives
    ("Japanese box office" beside "Japan") or has a nation's adjective ending ("British
    films"): it says whose or where, and names no one thing."""
    return word.isalpha() and only_modifies(word, article, capitals=True) and (
        _made_from_one_of(word, re.findall(r"\b[A-Z][a-z]+\b", article)) or _ADJECTIVAL.search(word) is not None)


def _title_set_off(sentence: str, value: Value) -> bool:
    """One capitalised word set off after a name and followed by "of" is that name's title:
    "Director" in "Andrew Nachison, Director of the Media Center,"."""
    return " " not in value.text and _APPOSED_TO_NAME.search(sentence[:value.start]) is not None \
        and re.match(r"\s+of\s", sentence[value.end:]) is not None


def _nation_of_asked_noun(sentence: str, value: Value, noun: str, article: str) -> bool:
    """A nation's adjective before the asked noun says whose it is, not which: "Chinese banks"
    for "Which bank lent the money?", though the article also speaks of "the Chinese";
    "the South African language Xhosa" for "Which language ...?"."""
    after = re.match(r"\s+([a-z]+)", sentence[value.end:])
    nation = re.fullmatch(r"(?:(?:(?:North|South|East|West)(?:ern)?|Central)\s+)?([A-Za-z]+)", value.text)  # "the South African language"
    last = nation.group(1) if nation else ""
    return bool(noun) and after is not None and stem(after.group(1)) == stem(noun) and bool(last) and (
        _NOUN_ADJECTIVE.search(last) is not None or _made_from_one_of(last, re.findall(r"\b[A-Z][a-z]+\b", article)))


def _owns_one_of_asked(sentence: str, value: Value, noun: str, question: str) -> bool:
    """The name owns one of the kind a "Which ...?" question asks, so it is not one: "UFJ
    Holdings, Japan's fourth-largest bank," for "Which bank pulled out?"."""
    if not noun or WHICH_ASKED.match(question) is None:
        return False
    after = sentence[value.end:]
    if not re.search(r"['’]s?$", value.text):  # the "'s" may be the value's or follow it
        after = after[m.end():] if (m := re.match(r"['’]s?(?=\s)", after)) else ""
    return re.match(rf"\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}s?\b", after, re.I) is not None


_PEOPLE_ENDINGS = ("n", "an", "ian", "ese", "i", "ean")


def made_from_place(word: str, place: str) -> bool:
    """The word is the place's people's or its adjective by the common endings: "Russian" of
    "Russia", "Chinese" of "China", "Iraqi" of "Iraq", "German" of "Germany" (not "Iraq" of "Iran")."""
    return (any(word in (place + end, place[:-1] + end) for end in _PEOPLE_ENDINGS) or place.endswith("y") and word == place[:-1]
            or _ish_of_land(word, place))


def _ish_of_land(word: str, place: str) -> bool:
    """"-ish" of "-land" with the rest alike: "Irish" of "Ireland", "Polish" of "Poland", "Scottish" of "Scotland"."""
    if not (word.endswith("ish") and place.endswith("land")):
        return False
    a, b = word[:-3].lower(), place[:-4].lower()
    return min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a))


_PEOPLES = re.compile(r"[A-Z][a-z]+ans")  # a people by its plural: "Americans", "Kenyans", "Italians"
_ADJECTIVAL = re.compile(r"[a-z](?:ish|ese|ian|ean)$")  # "British and specialist films", with no "Britain" to be made from
# before a noun, "-ican" makes one too ("the South African language"), though "American" alone may name a person
_NOUN_ADJECTIVE = re.compile(r"[a-z](?:ish|ese|ian|ean|ican)$")


def nation_adjectives(question: str) -> list[str]:
    """The nations the question's adjectives name, inside it before a noun: "Norwegian" in
    "How many watch the Norwegian broadcaster's service?"."""
    return [m.group(1) for m in re.finditer(r"(?<=\s)([A-Z][a-z]+)\s+(?=[a-z])", question) if _ADJECTIVAL.search(m.group(1))]


def _made_from_asked(word: str, question: str) -> bool:
    """The one word and a capitalised word of the question are made from one name ("Britain"
    for "... on British soil?", "Japan" for "Which Japanese firm ...?"): the question names it."""
    return _made_from_one_of(re.sub(r"['’]s?$", "", word), re.findall(r"(?<!^)\b[A-Z][a-z]+\b", question.strip()))  # "Britain's"


def _made_from_one_of(word: str, names: list[str]) -> bool:
    """The one word and another of `names` share a stem ("British" and "Britain") or are an
    "-ish" word and its "-land" ("Irish" and "Ireland")."""
    lower = word.lower()
    return word.isalpha() and any(w != word and (abs(len(w) - len(word)) <= 4 and shares_stem(lower, w.lower())
                                                 or _ish_of_land(word, w) or _ish_of_land(w, word)) for w in set(names))


# Nouns between two names make the first one a title's part: "BBC pundit Jonathan Edwards",
# "Norwegian telecoms company Telenor", "the British premiere of".
# (after the name's short form in brackets: "Bay Area Lab Co-Operative (Balco) president Victor Conte")
_TITLE_NOUNS = re.compile(r"^(?:\s+\([A-Z][\w-]*\))?\s+((?:[a-z][a-z-]+\s+){0,3}[a-z][a-z-]+)\s+(?:[A-Z]|of\b|(who|which|that)\b)")


def _describes_next(sentence: str, value: Value, found: tuple[Value, ...], question: str) -> bool:
    """The one word only describes the name after it: a noun that the name set off by a comma
    names ("set by another Ethiopian, Berhane Adera,"), or a word that opens the name's
    description ("the French animated feature Belleville Rendezvous", "by Korean phone giant
    Pantech"). The name is the answer; the word only says what it is (unless the name is one the
    question gives: "Superman actor Christopher Reeve" for "Which role is Reeve remembered for?")."""
    if " " in value.text or re.search(r"['’]s?$", value.text):  # "Pixar's animated film ...": its maker
        return False
    asked = question.lower()
    after = [sentence[value.end:v.start] for v in found if v.start >= value.end and not _named_in(v.text, asked, "")]
    return (_A_KIND_BEFORE.search(sentence[:value.start]) is not None and any(re.fullmatch(r",\s+", a) for a in after)
            or _PHRASE_OPENS.search(sentence[:value.start]) is not None
            and any(_DESCRIPTION.fullmatch(a) and not any(w in STOPWORDS or w in _COMMON_VERBS for w in a.split()) for a in after))


_A_KIND_BEFORE = re.compile(r"\b(?:a|an|another|fellow|one)\s+$", re.I)
_PHRASE_OPENS = re.compile(r"(?:^|\b(?:the|a|an|by|from|of|to|for|with|at|in|on)\s+|,\s+)$", re.I)  # a noun phrase begins
_DESCRIPTION = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,4}")


_WHICH_IS = re.compile(r"^\s*which\s+(?:[a-z-]+\s+){0,2}?(?:is|was|are|were)\s+[^?]*?([a-z-]+)\s*\?*\s*$", re.I)


def _apposed_to_asked(sentence: str, value: Value, question: str) -> bool:
    """The name is set beside the question's own words for whom it asks about ("Palaniappan
    Chidambaram, India's finance minister," for "Which bodies did India's finance minister want
    reformed?"): it is who the question is about, not what it asks."""
    # a title or an owner's noun ("the club's coach", "India's finance minister"), not a clause ("was rescued in May")
    m = re.match(r",\s+((?:the\s+|an?\s+)?[A-Z][\w'’-]*\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*,", sentence[value.end:])
    if m is None or not WHICH_ASKED.match(question):
        return False
    said = [re.sub(r"['’]s$", "", w).lower() for w in m.group(1).split() if w.lower() not in ("the", "a", "an")]
    asked = {re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[\w'’-]+", question)}
    # "Which is the UK's biggest internet supplier?": set beside the words the question asks by, it is the answer
    sought = _WHICH_IS.match(question)
    return len(said) >= 2 and set(said) <= asked and asked_noun(question) not in said \
        and not (sought and sought.group(1).lower() == said[-1])


def _before_a_title(sentence: str, value: Value) -> bool:
    """A "who" is a name that stands alone: one that only qualifies the nouns after it and
    another name ("European cross country champion Briton Hayley Yelling") or a clause about
    them ("three British authors who ...") names no one."""
    after = _TITLE_NOUNS.match(sentence[value.end:])
    if not after or value.text.endswith(("'s", "’s")):
        return False
    nouns = after.group(1).split()
    # A verb may stand before a name ("Spacey plays Bobby Darin"), never before "who".
    return (not any(w in _COMMON_VERBS or w in STOPWORDS or w.endswith("ed") or w in _PAST_BASE for w in nouns)
            and (after.group(2) is not None or not nouns[-1].endswith("s")))


# A figure someone expected is not the one measured, unless the question asks what was expected.
_FORECAST_BEFORE = re.compile(r"(?:\b(?:forecasts?|predictions?|expectations?|estimates?|consensus) (?:of|for|at|was|were|had been)"
                              r"|\b(?:is|are|was|were) (?:predicting|forecasting|projecting))"  # "it is predicting 10 million"
                              r"(?: (?:a|an|about|around|some))?\s+$", re.I)
_FORECAST_AFTER = re.compile(r"\s+(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:been\s+)?"
                             r"(?:predicted|forecast|expected|estimated|projected)\b"  # "2.5% which the government had predicted"
                             r"|\s+(?:forecasts?|predictions?|estimates?)\b", re.I)  # "ahead of the 0.6% forecast"
_OUTLOOK_ASKED = re.compile(r"\b(?:forecasts?|predict\w*|expect\w*|estimat\w*|projected|foresee\w*|outlook|suggest\w*"
                            r"|anticipat\w*)\b", re.I)


# "£1,000 cheaper than last year's list": a difference between two amounts, neither of them
_COMPARED_AFTER = re.compile(r"\s+(?:(?!other\b|rather\b)[a-z]{3,}er|more|less|fewer)\s+than\b", re.I)
_COMPARED_ASKED = re.compile(r"\bthan\b|\bhow\s+(?:much|many|far)\s+(?:(?!other\b|rather\b)[a-z]{3,}er|above|below|ahead|behind|short)\b", re.I)
# A change said by its size is no level: "prices have been cut by £40" does not say what they cost.
_CHANGE_BEFORE = re.compile(r"\b(?:cut|raised|rose|risen|fell|fallen|increased|decreased|reduced|lowered|dropped|slashed"
                            r"|grew|grown|climbed|jumped)\s+(?:[a-z]+\s+)?by\s+(?:[a-z]+ ){0,3}$", re.I)  # "by an average of", "cut taxes by"
# "sank 12.7%", "grew by over 11%", "up 23 points": the value named as a change by the verb before it
_CHANGED_BY = re.compile(r"\b(?:cut|rais|ris|rose|fell|fall|increas|decreas|reduc|lower|dropp?|slash|gr[eo]w|climb|jump|sank|sink"
                         r"|slump|tumbl|plung|soar|surg|slid|slip|gain|declin|shr[iau]nk|expand|contract|boost|up|down)\w*"
                         r"(?:\s+by)?\s+(?:(?:an?\s+)?(?:average\s+of|about|almost|nearly|over|around|some|just|roughly"
                         r"|more\s+than|less\s+than)\s+)?$", re.I)
# "a 5% rise", "3% lower": the value named as a change by the word after it
_CHANGE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:rises?|falls?|increases?|decreases?|drops?|jumps?|gains?|declines?|cuts?"
                           r"|growth|climbs?|higher|lower|up|down)\b", re.I)


def told_as_change(sentence: str, value: Value) -> bool:
    """The sentence gives the value as a change ("reduced by 5%", "sank 12.7%", "a 5% rise"),
    not as a level or a share of something."""
    return bool(_CHANGED_BY.search(sentence[:value.start]) or _CHANGE_AFTER.match(sentence[value.end:]))


_TO_COME_ASKED = re.compile(r"\b(?:will|shall|might|could|would)\b|['’]ll\b|\bgoing to\b", re.I)  # "... might workers face?"
_HOPED = re.compile(r"\b(?:will|would|hopes?|plans?|aims?|wants?|intends?|seeks?|targets?)\b", re.I)  # "hopes to raise ... from 95m to 200m": 95m is now
# "up 23 points", "rose 7,000 in November to 4.46 million": the change, before the level it came to
_FROM_OR_UP = re.compile(r"\b(?:from|up|down|(?:rose|fell|grew|jumped|climbed|dropped|slipped|gained|increased|decreased|declined)"
                         r"(?:\s+by)?)\s+$", re.I)
_TO_NEXT = re.compile(r"\s+(?:[A-Za-z]+\s+){0,2}to\s+[$£€¥]?\d")  # "23 points to 6661.89"
_BEFORE_ASKED = re.compile(r"\b(?:from|previous|previously|old|earlier|before|originally|original|initial|initially|prior)\b", re.I)
_CHANGE_ASKED = re.compile(r"\bby (?:how|what)\b|\b(?:rise|rose|risen|fall|fell|fallen|cut|increas\w*|decreas\w*|reduc\w*"
                           r"|lower\w*|drop\w*|grow|grew|grown|growth|climb\w*|jump\w*|slash\w*|rais\w*|change\w*|gain\w*"
                           r"|lose|lost|loss|more|less|fewer|extra|additional)\b", re.I)


_DAY_ASKED = re.compile(rf"\b(?:date|day|(?:what|which) {_DAY_PART})\b", re.I)
_DATE_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,4}?date\b", re.I)  # "What is the date of the treaty?": a year will do when no fuller date is given
_WEEKDAY_ASKED = re.compile(rf"\b(?:which|what) (?:day|{_DAY_PART})\b", re.I)  # "On what evening ...?": "on Thursday night"
_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAYS})\b")
_THE_YEAR_BEFORE = re.compile(r"\bthe\s+(?:1[89]|20)\d\d\s+$", re.I)


_LANGUAGE_GLOSS = re.compile(r"\((?:in\s+)?[A-Z][a-z]+:\s[^()]*\)")  # "(Chinese: Heilong Jang, Black Dragon River)"


def _names_a_thing(sentence: str, value: Value) -> bool:
    """A year, or a month and year, set between "the" (or an owner) and a noun names the thing,
    not when the deed was done: "the 2001 Treaty", "the government's September 2002 dossier"."""
    dated = _YEAR.fullmatch(value.text) or _MONTH_YEAR.fullmatch(value.text)
    return dated is not None and re.search(r"\b(?:the|its|their|[A-Za-z]+['’]s?)\s+$", sentence[:value.start], re.I) is not None \
        and re.match(r"\s+(?!(?:and|or|to)\b)[A-Za-z]", sentence[value.end:]) is not None


def _next_word_asked(sentence: str, value: Value, question: str) -> bool:
    """The word after the value is one of the question's: "the 2006 World Cup" for the World Cup asked."""
    nxt = re.match(r"\s+([\w-]+)", sentence[value.end:])
    return nxt is not None and re.search(rf"\b{re.escape(nxt.group(1))}\b", question, re.I) is not None


_MONTH_YEAR = re.compile(rf"{FULL_MONTH.pattern}\s+(?:1[5-9]|20)\d\d")


_AGO = re.compile(rf"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}}) (?:days?|weeks?|fortnights?|months?|years?|decades?) ago"
                  rf"|(?:last|next|later this|in the (?:next|coming)) (?:week|fortnight|month|year|summer|winter|spring|autumn|{_WEEKDAYS})"
                  rf"|in the (?:next|coming) (?:few|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}}) (?:days|weeks|months|years))\b")
# a feast day after the word that dates by it: "on Christmas Day", "until Boxing Day" (not "by Green Day")
_FEAST_DAY = re.compile(r"\b(?:on|until|since|after|before) ((?:[A-Z][a-z]+(?:['’]s)? ){1,2}(?:Day|Eve))\b")
_FRONTED_TIME = re.compile(rf"^\W*({_AGO.pattern}),\s", re.I)
_IS_TIME = re.compile(r"\b(?:is|was|will\s+be)\s+$")
_IN_TIME = re.compile(r"\b(?:in|by|until|till|from|since|before|after|during|early|late|mid|next|last)[\s-]+$", re.I)


def _bare_months(sentence: str, found: tuple[Value, ...]) -> tuple[Value, ...]:
    """Month names standing alone ("shown in May"), never first in the sentence, where "May"
    may be the verb."""
    return tuple(Value(m.group(), m.start(), m.end()) for m in FULL_MONTH.finditer(sentence)
                 if m.start() > 0 and not any(v.start <= m.start() < v.end for v in found))


# A question asking which body: "Mr Hasson" is a person, none of the firms asked about.
_BODY_ASKED = re.compile(r"^\s*(?:(?:in|at|from|for|by|with|to|against) )?(?:which|what) (?:[a-z-]+ ){0,2}"
                         r"(?:firm|compan(?:y|ie)|group|part(?:y|ie)|club|team|bod(?:y|ie)|organi[sz]ation|bank|airline"
                         r"|agenc(?:y|ie)|union|broadcaster|retailer|network|newspaper|channel|chain|studio|label"
                         r"|department|ministr(?:y|ie)|authorit(?:y|ie)|regulator|watchdog|institution|charit(?:y|ie)"
                         r"|council|commission|committee|universit(?:y|ie)|college|school|hospital|museum|gallery|publisher"
                         r"|magazine|paper|station)s?\b", re.I)
# Words before a surname that are no part of the name: "Mr Blair" is Tony Blair.
PERSONAL_TITLES = frozenset("mr mrs ms miss dr sir dame prof professor rev".split())  # never a place's ("St Kitts")
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof professor president king queen prince princess "
                       "judge justice rev father sister st saint gen general captain senator governor mayor".split())


def _untitled(value: Value, title_words: set[str], kinds: set[str], role: str = "") -> Value | None:
    """The name without the title the question asks by (`title_words`, the question's own
    lower-case words, or the noun of the asked `role`): "Shadow Home Secretary David Davis"
    answers "Who is the shadow home secretary?" as "David Davis", "Home Office Minister Hazel
    Blears" "Which minister?" as "Hazel Blears", "Director Anurag Kashyap" "Who directed it?"
    as "Anurag Kashyap". A title alone ("Commerce and Industry Minister") names no one;
    the asked noun of "Which party" ("Green Party") stays. `kinds`: the first and last words of
    the asked noun ("news", "agency" in "Which news agency ...?")."""
    words = list(re.finditer(r"\S+", value.text))
    last = words[-1].group().lower()
    if last in title_words and last not in kinds and not (role and not is_role(stem(last), role)):
        return None  # "Commerce Minister" alone; "Sybari Software" for "Which software maker ...?" stays
    if last in kinds:  # one of the asked kind by its whole name: "Rotterdam Film Festival" for "Which festival ...?"
        return value
    titles = [i for i, w in enumerate(words[:-1]) if w.group().lower() in title_words  # a short role only as asked: "MP"
              or ((len(role) > 3 or bool(role) and w.group().rstrip("s").isupper()) and is_role(stem(w.group().lower()), role))]
    if titles and titles[-1] == len(words) - 2 and not _names_asked_kind(words[titles[-1]].group(), kinds, role):
        return value  # "Royal Family" for "Which peer ... the royal succession?": one name, not "Family"
    if titles:  # "Home Office Minister Hazel Blears": the name follows the title
        title = words[titles[-1]].group().lower()
        words = words[titles[-1] + 1:]
        if words[0].group()[:1].islower():  # "Shadow Secretary of State": all title, but the asked
            return value if title in kinds else None  # kind by its whole name: "Institute of Education"
        if not any(_LETTER.search(w.group()) for w in words):  # "BBC Radio 4" for "Which radio station?" is one name
            return value
    return Value(value.text[words[0].start():], value.start + words[0].start(), value.end)


def _names_asked_kind(word: str, kinds: set[str], role: str) -> bool:
    """The word is the asked noun or role: "Minister" for "Which minister ...?"."""
    word = word.lower()
    return word in kinds or (len(role) > 3 and is_role(stem(word), role))


def _full_name_of_asked(name: str, question: str) -> bool:
    """The name is the full name of one the question gives by surname alone: "Paula Radcliffe"
    for "Who was Radcliffe's rival?"; or ends on the question's full name after a title:
    "Education Secretary Ruth Kelly" for "Where was Ruth Kelly born?"."""
    words = name.split()
    last = re.sub(r"['’]s?$", "", words[-1]) if words else ""
    return len(words) > 1 and last[:1].isupper() and last[1:2].islower() and any(
        len(group) == 1 and group[0] == last or 1 < len(group) < len(words) and [*words[-len(group):-1], last] == group
        for group in name_groups(question))


# the word a firm's full name ends on after its short one: "UFJ Holdings", "Acme Inc"
_FIRM_FORM = re.compile(r"(?:Holdings?|Group|Inc|Corp|Corporation|plc|PLC|Ltd|Limited|Co|Company|SA|AG|NV|LLC)\.?")


def _firm_of_asked(name: str, question: str) -> bool:
    """The name is the full name of a firm the question gives by its short one: "UFJ Holdings"
    for "Which bank pulled out of the fight for UFJ?"."""
    words = name.split()
    return len(words) > 1 and _FIRM_FORM.fullmatch(words[-1]) is not None \
        and any(group == words[:-1] for group in name_groups(question))


_FROM_POINT = re.compile(r"\b(after|before)\s+(?:the\s+)?([^?,;.]+)", re.I)


def _counted_from_another(sentence: str, value: Value, question: str) -> bool:
    """A span counted from another named point than the asked one: "a day after London" for "How
    many days after the Athens marathon is New York?" (not "77 days after the Athens marathon";
    a point told by a clause, "nine days before he was due to race", may be the asked one)."""
    asked, said = _FROM_POINT.search(question), _FROM_POINT.match(sentence[value.end:].lstrip())
    return asked is not None and said is not None and asked.group(1).lower() == said.group(1).lower() \
        and said.group(2)[:1].isupper() \
        and not set(content_terms(asked.group(2))) & set(content_terms(" ".join(said.group(2).split()[:4])))


def _heads_asked_body(before: str, question: str) -> bool:
    """A head's title ends the text before the name, of the body the question names, of "its",
    or of none ("Zorb chief executive Jo Roe", '," chairman and chief executive Jo Roe said' for
    "Who runs Zorb?", where the last word of "chief executive" is no head), not of another
    ("Union general secretary", "financial chief", "vice-president")."""
    titled = re.search(rf"(\S+)\s+(?:{_HEAD_TITLE}\s+and\s+)?{_HEAD_TITLE}\s+$", before, re.I)
    if titled is None:
        return False
    word = re.sub(r"['’]s?$", "", titled.group(1))
    return word.lower() in ("its", "their") or not word[-1:].isalnum() or word in _body_headed(question)


def _body_headed(question: str) -> set[str]:
    """The words of the name right after the question's verb or noun of heading: "Zorb" in "Who
    runs Zorb?" and "Who is the head of Zorb?"; none in "Who ran internal accounting at Zorb?"."""
    for word in re.finditer(r"[A-Za-z]+", question):
        if verb_stem(word.group().lower()) in ("run", "head", "lead", "charg"):
            m = re.match(r"\s+(?:of\s+)?(?:the\s+)?((?:[A-Z][\w&.-]*\s*)+)", question[word.end():])
            return set(re.sub(r"['’]s?$", "", w) for w in m.group(1).split()) if m else set()
    return set()


_OWNER_WORD_BEFORE = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+(?:[a-z-]+\s+)?$", re.I)


def _owned_thing(sentence: str, value: Value) -> bool:
    """The name is owned and names a kind of thing, so it is no one: "its new RipGuard
    technology" (but "its chairman Jo Roe says" and "his wife Cherie has" name people)."""
    after = re.match(r"\s+([a-z]{3,})\b", sentence[value.end:])
    word = after.group(1) if after else ""
    return bool(word) and _OWNER_WORD_BEFORE.search(sentence[:value.start]) is not None \
        and not (word in STOPWORDS or word in _AUXILIARY or word in _COMMON_VERBS or word in _PAST_BASE
                 or word.endswith(("ed", "ing", "ly", "s")))


def _past_asked_name(value: Value, question: str) -> Value | None:
    """A name that opens on a whole name the question gives is that one ("Broadreach Networks"
    is the firm "Who runs Broadreach?" names, not who runs it), unless a full name follows it:
    "Commons Tom Hale" after "Shadow leader of the". A place the question sets things in names
    others after it: "the Norland Board" for "Who banned the play in Norland?"."""
    words = value.text.split()
    bare = [re.sub(r"['’]s?$", "", w) for w in words]
    opened = max((len(g) for g in name_groups(question) if len(g) < len(words) and bare[:len(g)] == g
                  and not re.search(rf"\b(?:in|at|from|across|near)\s+(?:the\s+)?{re.escape(' '.join(g))}\b(?!\s+[a-z])", question)),
                 default=0)
    if not opened:
        return value
    if len(words) - opened < 2:
        return None
    start = value.start + len(" ".join(words[:opened])) + 1
    return Value(value.text[start - value.start:], start, value.end)


def _named_in(name: str, asked: str, head: str) -> bool:
    """Most of the name's words are the question's own (the asked noun aside: "Which party"
    is answered by "Green Party"; "Mr" aside: "Mr McLetchie's" is the asked David McLetchie's;
    an owner aside: "France's Cesar" is the Cesars asked about)."""
    said = [w for w in name.split() if w[:1].isupper() and w.lower() != head and w.lower().rstrip(".") not in HONORIFICS]
    own = [w for w in said[:-1] if not re.search(r"['’]s?$", w)] + said[-1:]  # "Ocean's 12" keeps its one word
    words = [re.sub(r"['’]s$|(?<=s)['’]$", "", w).lower() for w in own]
    return bool(words) and sum(w in asked or w.removesuffix("s") in asked for w in words) * 2 > len(words)


# "Who might the Dutch striker face?": the subject described by its role, whom the answer is not
_SUBJECT_BY_ROLE = re.compile(r"^\s*(?i:whom?\s+(?:did|does|do|will|would|might|could|can|may|has|have|had|should|must))\s+"
                              r"the\s+(?:[\w'’-]+\s+){0,2}?([a-z]{3,})\s+[a-z]+"  # the noun before the verb
                              r"(?=\s*\?|\s+(?:on|in|at|to|for|with|against|from|as|after|before|during|his|her|their|its|next|last)\b)")


def _titled_as_subject(sentence: str, value: "Value", question: str) -> bool:
    """The sentence gives the value the role the question calls its subject by ("striker Ruud van
    Nistelrooy" for "Who might the Dutch striker face?"): it is the subject, not whom is asked."""
    m = _SUBJECT_BY_ROLE.match(question)
    return m is not None and re.search(rf"\b{re.escape(m.group(1))},?\s+$", sentence[:value.start], re.I) is not None


def _owns_pronouned(sentence: str, value: "Value", question: str) -> bool:
    """The value owns what the question gives as "his/her/their <noun>" ("during Van Nistelrooy's
    absence" for "... during his absence?"): it is whom the pronoun means, not what is asked."""
    owner = value.text.endswith(("'s", "’s", "s'", "s’"))  # the reader may keep the "'s" with the name
    owned = re.match(r"\s+([a-z]{3,})\b" if owner else r"['’]s?\s+([a-z]{3,})\b", sentence[value.end:])
    return owned is not None and re.search(rf"\b(?:his|her|their|its)\s+{owned.group(1)}\b", question, re.I) is not None


def _body_of_role(sentence: str, value: "Value", question: str) -> bool:
    """The name follows the asked role and "of": "became secretary of the Commission" names the
    body whose secretary he is, not who holds the post."""
    m = re.search(r"\b([a-z]+)\s+of\s+(?:the\s+)?$", sentence[:value.start])
    return m is not None and bool(role := asked_role(question)) and is_role(stem(m.group(1)), role) \
        and not re.search(r"['’]s\s", value.text)  # "a star of Will and Grace's Debra Messing" is hers


def _set_off_by_role(sentence: str, value: "Value", asked: str) -> bool:
    """The name closes a role set off after another name the question does not ask about
    ("Ada Moss, head for group Quill, said"): it says who she is; "Who employs Ada Moss?" asks it."""
    m = _IN_ROLE_APPOSITION.search(sentence[:value.start])
    return m is not None and sentence[value.end:].lstrip().startswith(",") and m.group(1).lower() not in asked


def singular(noun: str) -> str:
    """The noun's singular as news writes it: "parties" -> "party", "seats" -> "seat"."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


def _counted_compounds(sentence: str, noun: str) -> tuple[Value, ...]:
    """A number word joined to the counted noun: "three" of "a three-party struggle" counts
    parties for "How many parties ...?" (figures are read so already: "a 42-count indictment")."""
    one = singular(noun)
    if len(one) < 3 or one == noun:
        return ()
    return tuple(Value(m.group(1), m.start(1), m.end(1)) for m in re.finditer(
        rf"\b((?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))*)-{re.escape(one)}\b(?!-)", sentence, re.I))


# A story's opening words set in capitals: "IN THE FIRST WEEK OF FEBRUARY, AS THE crisis grew".
_LEAD_IN = re.compile(r"\b[A-Z]{2,}(?:[ ,]+[A-Z]{2,}\b){2,}")


def _uncapped(run: re.Match[str]) -> str:
    return re.sub(r"[A-Z]+", lambda w: w.group().capitalize() if CALENDAR.match(w.group().capitalize()) else w.group().lower(),
                  run.group())


@lru_cache(maxsize=100_000)
def _values(sentence: str, kind: str, unit: str) -> tuple[Value, ...]:
    if kind == DATE:
        text = _LEAD_IN.sub(_uncapped, sentence)  # read as written in the body; same length, so same offsets
        found = [Value(sentence[s:e], s, e) for s, e, _ in find_dates(text)]
        covered = [(v.start, v.end) for v in found]
        found += [Value(sentence[m.start():m.end()], m.start(), m.end()) for m in _LOOSE_DATE.finditer(text)
                  if not any(s <= m.start() < e for s, e in covered)]
    elif kind == NUMBER and unit == "score":
        found = [Value(m.group(), m.start(), m.end()) for m in _SCORE.finditer(sentence)]
    elif kind == NUMBER and unit == "odds":
        found = [Value(m.group(), m.start(), m.end()) for m in _ODDS.finditer(sentence)]
    elif kind == NUMBER and unit == "edition":  # "the 51st Cross International"
        found = [Value(m.group(), m.start(), m.end()) for m in _ORDINAL.finditer(sentence) if _an_edition(sentence, m)]
        found += [Value(m.group(1), m.start(1), m.end(1)) for m in _NTH_YEAR.finditer(sentence)]
    elif kind == NUMBER and unit == "rank":
        found = [Value(m.group(), m.start(), m.end()) for m in _ORDINAL.finditer(sentence)
                 if not _ordinal_of_a_thing(sentence[m.end():]) and not _an_edition(sentence, m)]
        found += [Value(m.group(), m.start(), m.end()) for m in _CHART_PLACE.finditer(sentence)]  # "at number 11"
        found.sort(key=lambda v: v.start)
    elif kind == NUMBER:
        dated = [(s, e) for s, e, _ in find_dates(sentence)] + [m.span() for m in _LOOSE_DATE.finditer(sentence)] \
            + [m.span() for m in _DAY_RUN.finditer(sentence)]
        told = _joined_ranges(sentence, [Value(m.group(), m.start(), m.end()) for m in _NUMBER.finditer(sentence)])
        found = [Value(v.text.strip(), v.start, v.end) for v in told
                 if v.text.strip() and fits_number(v.text, unit)
                 and not (any(s <= v.start < e for s, e in dated)  # "9" of "June 9" is no amount, but a
                          and re.fullmatch(r"[\d,.]+", v.text.strip()))  # number with its unit is no year: "2048-bit"
                 and not (unit in ("duration", "length") and sentence.startswith("-old", v.end))  # an age is no span of time
                 and not (unit != "duration" and _OFFSET.match(sentence[v.end:]))  # "Four months later" is no age
                 and not (unit == "age" and _UNIT_GIVEN["duration"].search(v.text)  # "in the next six months"
                          and not re.match(r"[\s-]*old\b", sentence[v.end:]))
                 and (not _A_PERIOD.match(v.text) or _FRACTION.search(sentence[:v.start]))
                 and not re.search(r"[A-Za-z]-$", sentence[:v.start])  # "under-18s", "F-16": part of a word
                 and not _number_word_in_name(sentence, v)  # "told Five Live", "Channel Four"
                 and not (unit == "money" and _SCALED.match(v.text.strip()) and _COUNTS_THINGS.match(sentence[v.end:]))
                 and not _CLOCK_PART.search(f"{sentence[max(0, v.start - 1):v.start]}#{sentence[v.end:v.end + 2]}")]
        shares = [m.span() for m in _SHARE.finditer(sentence)] + [m.span(1) for m in _BY_FRACTION.finditer(sentence)]
        if unit in ("percent", "any", "portion", "price change"):
            found = [v for v in found if not any(s <= v.start < e for s, e in shares)]
            found += [Value(sentence[s:e], s, e) for s, e in shares]
        else:  # "one in six cars" is a share, never a count ("a third of staff" may answer how many)
            found = [v for v in found if not any(s <= v.start < e for s, e in shares if " in " in sentence[s:e])]
        if unit == "amount":  # "stop about 75% of spam" for "How much junk can be blocked?": a part of the whole,
            # when the sentence gives no amount ("90% of earnings, followed by £102.80 a week")
            found = found or [Value(v.text.strip(), v.start, v.end) for v in told
                              if _UNIT_GIVEN["percent"].search(v.text) and re.match(r"\s+of\s", sentence[v.end:])]
        if unit == "multiple":  # "twice as fast", "double the speed"
            found = sorted(found + [Value(m.group(), m.start(), m.end()) for r in (_TWICE, _MULTIPLIED) for m in r.finditer(sentence)],
                           key=lambda v: v.start)
        if unit in ("race time", "best"):  # "31:41", "2:06:35"
            found = sorted(found + [Value(m.group(), m.start(), m.end()) for m in _CLOCKED.finditer(sentence)],
                           key=lambda v: v.start)
        if unit in ("duration", "race time", "best", "speed"):  # "20 minutes 38 seconds" is one time (also how fast a race was run)
            found = _joined_times(sentence, found)
        if unit == "duration":  # "has led the town since 2016" and "given an extra year" say how long
            found += [Value(m.group(), m.start(), m.end()) for m in _SINCE.finditer(sentence)]
            found += [Value(sentence[m.start(1):m.end()], m.start(1), m.end()) for m in _NTH_YEAR.finditer(sentence)]  # "now in their 20th year"
        if unit in ("duration", "length"):  # "How long is the visit?": "a week-long visit", not "a year" of a rate
            found += [Value(m.group(), m.start(), m.end()) for m in _ONE_SPAN.finditer(sentence)
                      if not _PER_AMOUNT.search(sentence[:m.start()]) and (unit == "duration" or sentence.startswith("-long", m.end()))]
        if unit == "age":  # "the 24-year-old" is 24; "from the age of seven"
            found = [Value(v.text.removesuffix("-year"), v.start, v.start + len(v.text.removesuffix("-year"))) for v in found]
            aged = [_age_said(m) for m in _AGE_OF.finditer(sentence)]
            found = sorted({v.start: v for v in found + aged}.values(), key=lambda v: v.start)
    elif kind in (NAME, PLACE):
        named = [v for m in _NAME.finditer(sentence) if (v := _without_lead(sentence, m)) is not None]
        named = [part for v in named for p in _split_before_owner(v) for part in _split_before_title(sentence, p)]
        named = [_numbered(sentence, _after_calendar(sentence, v)) for v in named]
        named = [v for i, v in enumerate(named) if not (i and named[i - 1].end >= v.end)]  # "Fathers 4 Justice" holds "Justice"
        found = [u for v in named if not CALENDAR.match(v.text)
                 and (len(v.text.split()) > 1 or _ACRONYM.fullmatch(v.text) or not SENTENCE_START.search(sentence[:v.start])
                      or kind == NAME and _AGE_SET_OFF.match(sentence, v.end))
                 and (u := _of_compound(v, kind)) is not None]
        if kind == NAME:  # a site named by its address: "Nfox.com", "AppleInsider.com"
            found = [Value(v.text + m.group(), v.start, m.end() + v.end) if (m := _DOMAIN_END.match(sentence[v.end:])) else v
                     for v in found]
        if kind == NAME:  # a web address names its site, in lower case too: "latinohiphopradio.com"
            found = sorted(found + [Value(m.group(), m.start(), m.end()) for m in _DOMAIN.finditer(sentence)
                                    if not any(v.start <= m.start() < v.end for v in found)], key=lambda v: v.start)
    else:
        return ()
    return tuple(found)


_AGE_SET_OFF = re.compile(r",\s+\d{1,3},")  # "Spacey, 45, directed it": an age set off after it makes a name of the first word
_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,}s?")  # "BAA owns Heathrow": an acronym opening a sentence is a name, unlike a capitalised word


_DOMAIN_END = re.compile(r"\.(?:com|net|org|tv|info|biz|co\.uk|org\.uk)\b(?!\w|\.\w)")
_DOMAIN = re.compile(r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|tv|info|biz|co\.uk|org\.uk)\b(?!\w|\.\w)")


# A number that ends a name ("Fahrenheit 9/11", "Apollo 13") or stands inside one ("Fathers 4
# Justice"); not a time, a score or an amount ("Holmes 2:23", "2-1", "2.5%").
def _number_word_in_name(sentence: str, value: Value) -> bool:
    """A number word with a capital inside a sentence is part of a name ("told Five Live",
    "Channel Four"), not a count; at the start of a sentence, a quote or a clause it is a count."""
    return value.text[:1].isupper() and re.match(rf"(?:{_NUMBER_WORDS})\b", value.text, re.I) is not None \
        and re.search(r"(?:^|[.:;!?(\"“‘'—–-])\s*$", sentence[:value.start]) is None


# "Rover 25", "Half-Life 2", "Super 3G"
_NAME_NUMBER = re.compile(rf" \d{{1,2}}(?:/\d{{1,2}}|{_LABEL_SUFFIX})?(?![\w:/%-]|[.,]\d)(?: {_NAME_WORD}(?! ?\d))?")


def _numbered(sentence: str, value: Value) -> Value:
    """The name with the number that ends it; a date's day ("Monday 16") or a label's number
    ("No 10") makes no name."""
    last = value.text.split()[-1].split("-")[-1]
    m = _NAME_NUMBER.match(sentence, value.end)
    if m is None or CALENDAR.match(last) or _LABEL_BEFORE.search(value.text) or _APPROXIMATE.fullmatch(value.text):
        return value  # nor does "Around 50" at a sentence's start
    return Value(sentence[value.start:m.end()], value.start, m.end())


def _after_calendar(sentence: str, value: Value) -> Value:
    """ "On Tuesday Half-Life 2 won": the day is no part of the name after it; in "the Sunday
    Telegraph" it is. A month or day owning the name dates it: "last November's Presidential
    election"."""
    first, _, rest = value.text.partition(" ")
    bare = re.sub(r"['’]s$", "", first)
    dated = bare != first and CALENDAR.match(bare) is not None
    if rest and rest[0].isupper() and (dated or CALENDAR.match(first) and not re.search(r"\bthe\s+$", sentence[:value.start], re.I)):
        return Value(rest, value.end - len(rest), value.end)
    return value


# The lower-case end of a compound adjective: "Canada-based", "Ballymena-born", "Labour-run", "EU-wide".
_ADJECTIVE_END = re.compile(r"-(?:[a-z]+(?:ed|ing)|born|run|made|built|wide|style|like|free|friendly|only|era|type|class|scale)$")


def _place_of_asked_event(value: Value, question: str) -> Value | None:
    """The place words of an event's name that ends on the event the question names: "Sydney"
    of "Sydney Olympics" for "Where were the Olympics held?"."""
    *place, event = value.text.split()
    if not place or stem(event.lower()) not in content_terms(question):
        return None
    text = " ".join(place)
    return Value(text, value.start, value.start + len(text))


def _of_compound(value: Value, kind: str) -> Value | None:
    """A name that ends in a lowercase compound is an adjective: "the Canada-based firm" is
    based in Canada, a place, and names no firm."""
    lead = re.match(r"\S+-[a-z]+\s+(?=[A-Z])", value.text)  # "US-based Amazon": the name is Amazon
    if lead:
        value = Value(value.text[lead.end():], value.start + lead.end(), value.end)
    m = _ADJECTIVE_END.search(value.text)
    if not m:  # "Chung Mong-koo": a name's own lower-case part
        return value
    return Value(value.text[:m.start()], value.start, value.start + m.start()) if kind == PLACE else None


_ONE_SPAN = re.compile(r"\b(?:an?|one)\s+(?:(?:extra|additional|further|more)\s+)?(?:year|month|week|day|hour|decade|fortnight"
                       r"|century)\b", re.I)  # "will take a decade"
# "earns £30,000 a year", "three times a week": a rate, no span of time
_PER_AMOUNT = re.compile(r"(?:\d[\d,.]*(?:bn|m|k|%)?|\b(?:million|billion|trillion|pence|cents?|pounds|dollars|euros|times))\s+$", re.I)
_SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")  # "won 2-1", not "2003-04" or "5-year"
_ODDS = re.compile(r"(?<![\d/])\d{1,3}/\d{1,3}(?![\d/])|\bevens\b", re.I)  # "the 5/4 favourite", not "5/4/2005"
_CLOCKED = re.compile(r"\b\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\b")
_LARGER_UNIT = re.compile(r"\b(?:hours?|minutes?)$", re.I)
_SMALLER_UNIT = re.compile(r"\b(?:minutes?|seconds?)$", re.I)


def _joined_times(sentence: str, found: list[Value]) -> list[Value]:
    """A time said in two units is one value: "2 hours 6 minutes", "20 minutes and 38 seconds"."""
    out: list[Value] = []
    for v in found:
        last = out[-1] if out else None
        if (last and _LARGER_UNIT.search(last.text) and _SMALLER_UNIT.search(v.text)
                and re.fullmatch(r",?\s+(?:and\s+)?", sentence[last.end:v.start])):
            out[-1] = Value(sentence[last.start:v.end], last.start, v.end)
        else:
            out.append(v)
    return out


def _joined_ranges(sentence: str, found: list[Value]) -> list[Value]:
    """A range is one value: "0.7-0.8%", "10-15 years", "$2-3bn", "two to four weeks", "between
    3 and 5 years"; its bare first number takes the second's unit. Two bare numbers ("2-1",
    "1995-2000") stay apart, and so do a move and the level it reached ("from 30 to 25 per cent",
    "rose 32,000 to 1.41 million")."""
    out: list[Value] = []
    for v in found:
        if out and (at := _range_start(sentence, out[-1], v)) is not None:
            out[-1] = Value(sentence[at:v.end], at, v.end)
        else:
            out.append(v)
    return out


def _range_start(sentence: str, first: Value, second: Value) -> int | None:
    """Where the range of a bare `first` and a `second` with its unit starts ("between" too),
    or None when they are two values. Two values of one unit "between" make a range too: "between
    3% and 3.5%", "between 15,000 and 20,000"."""
    between = re.search(r"\bbetween\s+$", sentence[:first.start], re.I)
    if between and sentence[first.end:second.start] == " and " and _unit_left(first) == _unit_left(second) \
            and not (_YEAR.match(first.text) and _YEAR.match(second.text)) \
            and not re.match(rf"\s+{_MONTH}", sentence[second.end:]):  # "between 1995 and 2000", "between 13 and 15 March" are times
        return between.start()
    if not _BARE_OR_WORD.fullmatch(first.text.strip()) or _BARE_OR_WORD.fullmatch(second.text.strip()) \
            or first.text[:1].isdigit() and not second.text[:1].isdigit():
        return None
    gap, before = sentence[first.end:second.start], sentence[:first.start]
    if gap in ("-", "–"):
        return first.start if second.text[:1].isdigit() else None
    if gap == " to " and not re.search(r"\bfrom\s+$", before) and not _MOVE.search(before[-MOVE_REACH:]):
        return first.start  # not "rose 32,000 to 1.41 million"
    if gap == " and " and (m := re.search(r"\bbetween\s+$", before, re.I)):
        return m.start()
    return None


def _unit_left(value: Value) -> str:
    """The value without its figures: "%" of "3.5%", "$bn" of "$2bn"."""
    return re.sub(r"[\d,.\s]", "", value.text)


_BARE = re.compile(r"[$£€¥]?\d[\d,.]*")
_BARE_OR_WORD = re.compile(rf"[$£€¥]?\d[\d,.]*|(?i:{_NUMBER_WORDS})")
# "the fourth quarter", "the third round": a period or a stage, not a fraction ("a third of").
_A_PERIOD = re.compile(r"^(?:third|quarter)s?$", re.I)
_CLOCK_PART = re.compile(r"^\d?:#|#:\d")  # "31" of "31:41" is part of a time
_FRACTION = re.compile(rf"\b(?:a|an|{_NUMBER_WORDS})\s+$", re.I)
# the parts a whole is cut in: "a third", "three fifths", "one eightieth"
_FRACTIONS = (r"half|thirds?|quarters?|(?:fif|six|seven|eigh|nin|ten|eleven|twelf|twentie|thirtie|fortie|fiftie|sixtie"
              r"|seventie|eightie|ninetie|hundred|thousand)ths?")
# a whole cut by a part: "cut the number of MPs by about one-fifth"
_BY_FRACTION = re.compile(rf"\bby\s+(?:(?:about|around|almost|nearly|roughly|some|over|under|more than|less than)\s+)?"
                          rf"((?:a|{_NUMBER_WORDS})[- ](?:{_FRACTIONS}))\b", re.I)
# A share said in words: "one in 13 pupils", "one household in three", "two thirds of the world's population";
# not "since 1912 in 38.07 seconds": a decimal is no share's whole.
_SHARE = re.compile(rf"\b(?:\d+|{_NUMBER_WORDS}|one [a-z]+) in (?:\d{{1,3}}(?:,\d{{3}})*(?![\d,]|\.\d)|{_NUMBER_WORDS})\b(?! (?:years?|months?|weeks?|days?)\b)"
                    rf"|\b(?:\d+|{_NUMBER_WORDS}) out of (?:every )?(?:\d{{1,3}}(?:,\d{{3}})*(?![\d,]|\.\d)|{_NUMBER_WORDS})\b"
                    rf"|\b(?:a|{_NUMBER_WORDS})[- ](?:{_FRACTIONS})(?=[\"'’”]? of\b)"  # also quoted: '"about a third" of'
                    # "half of all phones", "more than half the qualifications"; not "the first half of 2004"
                    r"|(?<!first )(?<!second )(?<!the )\bhalf(?=[\"'’”]? (?:of|the|its|their|all)\b)", re.I)


# Words that open a sentence before its subject: "Since Mike Smith's appointment ..."
_OPENERS = frozenset("since however meanwhile despite although though following unlike among yet instead thus "
                     "therefore moreover besides nevertheless nonetheless earlier later "
                     "several many most few both each all none every another various numerous "  # "Several of Ireland's firms"
                     "former outgoing incoming".split())  # "Former Conservative leader William Hague"


_AND_OWNER = re.compile(r"\s+and\s+(?=(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s?\s+[A-Z])")


def _split_before_owner(value: Value) -> list[Value]:
    """Two names where "and" joins a name to one owned by another: "Martin McDonagh and Alan
    Bennett's The History Boys" lists McDonagh and Bennett's play, not one name."""
    m = _AND_OWNER.search(value.text)
    if m is None or " " not in value.text[:m.start()]:  # one word joined is a title: "Will and Grace's Debra Messing"
        return [value]
    return [Value(value.text[:m.start()], value.start, value.start + m.start()),
            Value(value.text[m.end():], value.start + m.end(), value.end)]


_PLACE_BEFORE = re.compile(r"\b(?i:in|at|from|near)\s+$")
_TITLE_INSIDE = re.compile(rf"\s(?=(?:{'|'.join(w.capitalize() for w in sorted(PERSONAL_TITLES))})\.?\s+[A-Z])")


def _split_before_title(sentence: str, value: Value) -> list[Value]:
    """Two names where a personal title opens the second after a place: "in California Mr
    Torvalds said" names a place and a man ("Police Commissioner Sir Jo Roe" is one man, "Jo
    Roe and Dr Ada Moss" a pair)."""
    m = _TITLE_INSIDE.search(value.text)
    if m is None or not _PLACE_BEFORE.search(sentence[:value.start]):
        return [value]
    return [Value(value.text[:m.start()], value.start, value.start + m.start()),
            Value(value.text[m.end():], value.start + m.end(), value.end)]


# One capitalised word opening a sentence before a word in lower case: "Tomsby is to host it".
_LONE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+)[\"“‘']{0,2}([A-Z][a-z]{2,})(?=(?:['’]s)?\s+[a-z])")  # "Uganda's authorities" too


@lru_cache(maxsize=16_384)  # the same sentences are read for every question that retrieves them
def _lone_names(sentence: str, article: str, kind: str) -> tuple[Value, ...]:
    """A one-word name that opens a sentence, where alone it could be any word: the article
    also writes it as a name inside a sentence (a place: "a fair in Tomsby", "the city of
    Tomsby"; any name: "Vladimir Putin", "said Putin"), and never in lower case."""
    told = rf"\b(?:in|at|near|(?:{_PLACE_KINDS})\s+of)\s+" if kind == PLACE else r"\b[A-Za-z][a-z]*[ \t]+"  # not a line's end
    return tuple(Value(m.group(1), m.start(1), m.end(1)) for m in _LONE_START.finditer(sentence)
                 if m.group(1).lower() not in STOPWORDS | _OPENERS and not CALENDAR.match(m.group(1))
                 and re.search(rf"{told}{m.group(1)}\b", article)
                 and not re.search(rf"\b{m.group(1).lower()}\b", article))


def _without_lead(sentence: str, m: re.Match[str]) -> Value | None:
    """A capitalised function word that starts the sentence is no part of the name after it:
    "The Green Party won", "But Microsoft said"; an acronym that spells one is a name ("US",
    "IT Safe"), and so is one inside the sentence ("his debut in No Way Out")."""
    if not SENTENCE_START.search(sentence[:m.start()]):
        return Value(m.group(), m.start(), m.end())
    for word in re.finditer(r"\S+", m.group()):
        if word.group().lower() not in STOPWORDS | _OPENERS or word.group().isupper() and len(word.group()) > 1:  # "US", "IT" are names; "A" is not
            return Value(sentence[m.start() + word.start():m.end()], m.start() + word.start(), m.end())
    return None


def at_asked_grain(value: str, question: str) -> str | None:
    """The part of a date the question asks for: its month for "In which month ...?", its year
    for "In which year ...?". "26 February" and "27 February" agree on the month."""
    if _MONTH_ASKED.search(question) and (month := FULL_MONTH.search(value)):
        return month.group()
    if YEAR_ASKED.search(question) and (year := _A_YEAR.search(value)):
        return year.group()
    return None


def normalise(value: str, kind: str) -> str:
    """A comparable form: the same date or amount written two ways compares equal."""
    if kind == DATE:
        dates = find_dates(value)
        if dates:
            return dates[0][2].isoformat()
        if re.match(rf"(?:{_PART_OF_YEAR}) ", value, re.I):  # "early 2026" does not contradict "2026"
            return value.split()[-1]
    text = value.lower().replace(",", "").replace("per cent", "%").replace("percent", "%")
    return " ".join(text.replace(" %", "%").split())


# A word that says which of a name's kind is meant, and the name: "the international Booker Prize".
_ALL_OF = frozenset({"whole", "entire", "complete", "total", "full"})  # words for all of a thing, which tell no variant
_VARIANT = re.compile(r"\b(?:the|a|an|this|its|their)\s+(?:[a-z]+\s+)?([a-z][a-z'’-]+) ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*)")
_EVENT = re.compile(r"(?<![$£€¥])\b\d[\d,.]*([a-z]+)\b")  # "200m", "5,000m", "60kg": an event by its measure, not "£5m"
# "fourth quarter", "third round" ("last" may be any of them)
_ORDINAL_OF = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+([a-z]{{3,}})\b", re.I)
_COMPOUND = re.compile(r"(?<![\w-])([A-Za-z][a-z]+)-([a-z]{3,})\b")  # "part-time": a word that says which kind
_BEST_KIND = re.compile(r"\b(personal|season['’]s|seasons|career|life-?time) (bests?)\b", re.I)  # "season's best" is no personal best


def another_variant(sentence: str, question: str) -> bool:
    """The sentence is about another of what the question asks: it names the asked name with
    another word before it ("the main Booker Prize" for "the international Booker Prize"),
    another event of the same measure ("1500m" for "200m"), another kind joined to the same
    word ("full-time" for "part-time"), another kind of best ("a season's best" for "her personal
    best"), or another of a numbered kind ("the third quarter" for "the fourth quarter"), and not
    the asked one."""
    for m in _VARIANT.finditer(question):
        word, name = m.group(1), m.group(2)
        if word in STOPWORDS or word in sentence:
            continue
        said = re.findall(rf"\b(?:the|a|an|this|its|their)\s+([a-z][a-z'’-]+) {re.escape(name)}\b", sentence)
        if word in _ALL_OF and set(said) & _ALL_OF:  # "an entire DVD project" is "a whole DVD project"
            continue
        if any(w not in STOPWORDS for w in said):
            return True
    for m in _EVENT.finditer(question):
        if m.group() not in sentence and any(e.group(1) == m.group(1) for e in _EVENT.finditer(sentence)):
            return True
    if any(_another_first_word(pattern, sentence, question) for pattern in (_ORDINAL_OF, _COMPOUND, _BEST_KIND)):
        return True
    return _another_category(sentence, question)


@lru_cache(maxsize=4096)  # asked again for every sentence scored
def _two_word_kinds(pattern: re.Pattern[str], question: str) -> tuple[tuple[str, str, str], ...]:
    return tuple((m.group().lower(), m.group(1).lower(), m.group(2).lower()) for m in pattern.finditer(question))


def _another_first_word(pattern: re.Pattern[str], sentence: str, question: str) -> bool:
    """The sentence gives the question's two-word kind with another first word, never the
    asked one: "the third quarter" for "the fourth quarter", "full-time" for "part-time"."""
    asked = _two_word_kinds(pattern, question)
    if not asked:
        return False
    said = sentence.lower()
    return any(whole not in said and any(o.group(2).lower() == second and o.group(1).lower() != first
                                         for o in pattern.finditer(sentence)) for whole, first, second in asked)


_SEX = re.compile(r"\b(?:(men|male|boys|actors?)|(women|female|girls|ladies|actress(?:es)?))(?:['’]s?)?\b", re.I)  # "best actor" is no "best actress"


def _sexes(text: str) -> set[str]:
    return {"men" if m.group(1) else "women" for m in _SEX.finditer(text)}


def another_sex(sentence: str, question: str) -> bool:
    """The question asks about the men's (or women's) event and the sentence speaks only of
    the other: "In the women's race, Dibaba won" answers no "Who won the men's race?"."""
    asked = _sexes(question)
    said = _sexes(sentence)
    return len(asked) == 1 and bool(said) and not asked & said


_SEASON = re.compile(r"\b(spring|summer|autumn|winter)\s+(?:[a-z]+\s+)??([a-z]{3,})", re.I)


def another_season(sentence: str, question: str) -> bool:
    """The question asks about one season's event and the sentence speaks only of another's:
    "its autumn conference in Manchester" answers no "Where is its spring conference?"."""
    asked = {(m.group(1).lower(), stem(m.group(2).lower())) for m in _SEASON.finditer(question)}
    said = {(m.group(1).lower(), stem(m.group(2).lower())) for m in _SEASON.finditer(sentence)}
    return any(noun == noun_asked and season != season_asked and (season_asked, noun) not in said
               for season, noun in said for season_asked, noun_asked in asked)


def another_event_before(before: str, sentence: str, question: str) -> bool:
    """A sentence that names no event is about the last one named before it: "cruised to
    victory in a time of ..." after "... with 1500m victory" is no answer for the 800m."""
    asked = [m.group() for m in _EVENT.finditer(question)]
    measures = {m.group(1) for m in _EVENT.finditer(question)}
    # "37cm short of the winner's leap" measures; it names no race of the asked "200m"
    if not asked or any(e.group(1) in measures for e in _EVENT.finditer(sentence)):
        return False
    said = [e for e in _EVENT.finditer(before)]
    if not said or said[-1].group() in asked:
        return False
    # the sentence it goes on from names the asked one too: "a double 60m success ... since he won 100m relay gold"
    last = re.split(r"(?<=[.!?])\s+|\n+", before.strip())[-1]
    return not any(e.group() in asked for e in _EVENT.finditer(last)) and any(
        said[-1].group(1) == a.group(1) for a in _EVENT.finditer(question))


_BEST = re.compile(r"\bbest\s+([a-z]+)\b", re.I)


def _another_category(sentence: str, question: str) -> bool:
    """The sentence gives another award's category than the asked one: "the best designer
    category" for "Who is shortlisted for best director?"."""
    asked = {stem(w.lower()) for w in _BEST.findall(question) if w.lower() not in STOPWORDS}
    said = {stem(w.lower()) for w in _BEST.findall(sentence) if w.lower() not in STOPWORDS}
    return bool(asked and said) and not asked & said and not asked & set(content_terms(sentence))


def qualifiers(question: str) -> list[str]:
    """Parts of a question that pin down which fact is meant: years and editions."""
    return re.findall(r"\b(?:1[5-9]|20)\d\d\b|\b\d+(?:st|nd|rd|th)\b", question)
