"""The extractive scorer on synthetic text, with no index: answer types, values, qualifiers,
conflicts of each kind, and refusal. Sentence meaning comes from the real local model."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from rag.backend import Draft, Evidence
from rag.extractive import Extractive, Scorer
from rag.question import name_groups
from rag.retrieve import Hit
from rag.store import Chunk, chunk_sentences
from rag.text import sentences
from rag.values import (
    DATE,
    NAME,
    NUMBER,
    OTHER,
    PLACE,
    Value,
    answer_type,
    asked_measure,
    asked_noun,
    asked_role,
    at_asked_verb,
    head_noun,
    made_from_place,
    normalise,
    number_kind,
    values,
)


@pytest.mark.parametrize("question,kind", [
    ("When did the plant open?", DATE), ("What is the release date of the album?", DATE),
    ("What is the deadline for the pair to respond?", DATE), ("What will Norland's corporate tax rate be?", NUMBER),
    ("What are Norland base rates?", NUMBER), ("What will the new rules be?", OTHER),
    ("What would the party raise the stamp duty threshold to?", NUMBER), ("What were Zorb shares trading at on Monday?", OTHER),
    ("In what year was the treaty signed?", DATE), ("How many jobs will go?", NUMBER),
    ("Within how long must a decision be challenged?", NUMBER), ("After how many years did she retire?", NUMBER),
    ("What bonus did the chief executive receive?", NUMBER), ("What compensation were the detainees offered?", NUMBER),
    ("Over what distance can the lasers work?", NUMBER),
    ("By what percentage did profits rise?", NUMBER), ("What was the US unemployment rate?", NUMBER),
    ("How much did the firm pay?", NUMBER), ("Who signed the deal?", NAME), ("Which alliance gives access?", NAME),
    ("From whom did he take over?", NAME), ("To whom did she sell the firm?", NAME),
    ("Where did the ministers meet?", PLACE), ("In which city was it signed?", PLACE),
    ("Why did the talks fail?", OTHER), ("What is the firm's share price?", NUMBER),
    ("What was the mayor’s salary?", NUMBER), ("What is the mayor's view of the treaty?", OTHER),
    ("Until what year was the comeback put off?", DATE), ("Since which year has she led the party?", DATE),
    ("What came second in the poll?", NAME), ("What annual saving would the deal bring?", NUMBER),
    ("What was trade between the two worth in 2021?", NUMBER), ("What is worth doing first?", OTHER),
    ("In which journal did they publish?", NAME), ("What net profit did the firm report?", NUMBER),
    ("What was the country's trade deficit?", NUMBER), ("What time did she run in the final?", NUMBER),
    ("To what level would they raise the threshold?", NUMBER), ("What assets will the merged bank have?", NUMBER),
    ("At what time will the meeting start?", DATE), ("What was her winning time?", NUMBER),
    ("What was the index reading in May?", NUMBER), ("What net loss does Zorb forecast?", NUMBER),
    ("In which part of Leeds is the hall?", PLACE), ("Which island did the ferry reach?", PLACE),
    ("Which county will host the show?", PLACE), ("Which part of the deal did he reject?", NAME),
    ("For how long was the coach banned?", NUMBER), ("What times did she run in her two races?", NUMBER),
    ("Which years are given to the festival?", DATE), ("In which decade did the fair start?", DATE),
    ("Which kinds of machines will be easier to use?", OTHER), ("Which type of cancer did he have?", OTHER),
    ("What did the index fall to in February?", NUMBER), ("What has inflation risen to?", NUMBER),
    ("What did she rise to fame with?", OTHER), ("What stake can Zorb now hold in Vale?", NUMBER),
    ("What was Zorb's original stake?", NUMBER), ("What is at stake for Zorb?", OTHER),
])
def test_answer_types(question, kind):
    assert answer_type(question) == kind


def test_values_of_each_kind_with_units():
    s = "On 12 March 2024 the firm paid $9.3bn for 45,000 homes, up 76% on 2019, said Ana Silva in Porto."
    assert [v.text for v in values(s, DATE, "When?")][0] == "12 March 2024"
    assert [v.text for v in values(s, NUMBER, "How much did the firm pay?")] == ["$9.3bn"]
    assert [v.text for v in values(s, NUMBER, "By what percentage did it rise?")] == ["76%"]
    assert [v.text for v in values(s, NUMBER, "How many homes?")] == ["45,000 homes"]  # no year, no day
    assert [v.text for v in values("Ninety one MPs signed it.", NUMBER, "How many MPs signed it?")] == ["Ninety one"]
    assert "Ana Silva" in [v.text for v in values(s, NAME, "Who said it?")]
    assert normalise("12 March 2024", DATE) == normalise("Mar. 12, 2024", DATE) == "2024-03-12"
    # Money in any currency, written out or as an ISO code in capitals.
    paid = "The board pays 2.1 million crowns a year, the firm SEK 40m, and they try 5 routes."
    assert [v.text for v in values(paid, NUMBER, "How much does the board pay?")] == ["2.1 million crowns", "SEK 40m"]
    # A rate is never a total: "per share" needs a value given a share, "per call" one for a call.
    per_share = "What price per share did Kolb offer for Aster?"
    assert values("Kolb, at 7.5bn euros ($9.7bn), is about 9% smaller than Aster.", NUMBER, per_share) == []
    assert [v.text for v in values("Aster holders get $38 a share, or $4.2bn.", NUMBER, per_share)] == ["$38"]
    assert [v.text for v in values("It adds 2,400 euros to the cost of a typical ship call.", NUMBER,
                                   "How much extra will a ship pay per call?")] == ["2,400 euros"]
    # A capital that only starts a sentence names nothing, even inside a quote of two sentences.
    two = "The gallery invited an artist again. Artists who decorated it before include Tracey Emin."
    assert [v.text for v in values(two, NAME, "Which artist decorated it?")] == ["Tracey Emin"]


def test_a_question_may_open_on_between_or_against(vectors):
    assert answer_type("Between which years will the planes be delivered?") == DATE
    assert answer_type("Against which team did Vale score?") == NAME
    question = "Between which two runners was the poor baton change?"
    assert answer_type(question) == NAME
    draft = answer(vectors, question, "When the USA stumbled with a poor baton change between Ken Odo and Bo Park at the "
                                      "300m stage, Britain edged ahead going into the final bend of the relay.")
    assert draft.short_answer == "Ken Odo and Bo Park", text_of(draft)


def test_a_clock_time_question_is_answered_by_a_time_of_day_not_a_year():
    question = "At what time will the mayor open the meeting?"
    assert answer_type(question) == DATE
    said = "The mayor, elected in 2019, will open the meeting at 1830 GMT on 5 May 2024."
    assert [v.text for v in values(said, DATE, question)] == ["1830 GMT"]
    assert [v.text for v in values("Doors open at 6.30pm.", DATE, "What time do the doors open?")] == ["6.30pm"]


def test_who_did_it_is_answered_by_the_name_after_the_deed_and_by(vectors):
    """"Hosted by Ann Lee" names the host; "a host of stars, including ..." names none."""
    draft = answer(vectors, "Who is hosting the Lumen awards ceremony?",
                   "A host of stars, including Cara Vance, Dev Patil and Omar Reyes, are expected at the Lumen awards ceremony. "
                   "Hosted by Ann Lee, the Lumen awards ceremony will be broadcast on Channel Nine.")
    assert draft.short_answer == "Ann Lee", text_of(draft)


def test_how_many_takes_the_number_that_counts_the_asked_noun(vectors):
    """"77 short and medium-distance flights" counts flights; "5,000 passengers" stands nearer
    the word but counts passengers."""
    draft = answer(vectors, "How many flights did Arvo have to cancel?",
                   "Arvo said that it had to cancel 77 short and medium-distance flights, affecting about 5,000 passengers.")
    assert draft.short_answer == "77", text_of(draft)
    # a population counts the people living there
    draft = answer(vectors, "How many people live on Ostby?",
                   "About 3,000 Vessish fishing boats are based on the island of Ostby, which has a population of 70,000.")
    assert draft.short_answer == "70,000", text_of(draft)


def test_how_many_takes_the_number_that_counts_most_of_the_asked_phrase(vectors):
    """The counted noun is the phrase's last word, not its first ("Oscar categories" are no
    nominations); the whole phrase may stand before the value; a value another name owns counts
    nothing the question asks."""
    draft = answer(vectors, "How many Oscar nominations does Quarry have?",
                   "Quarry is tipped to do well at the Oscars, with five nominations.",
                   "Quarry's makers will join nominees from the 24 Oscar categories at the dinner.")
    assert draft.short_answer == "five", text_of(draft)
    draft = answer(vectors, "How many unsold books have piled up?",
                   "About nine million books go unsold every year in the UK, the report says.",
                   "The growing heap of unsold books has now reached 40 million copies, the report says.")
    assert draft.short_answer == "40 million", text_of(draft)
    draft = answer(vectors, "How many GMU workers are being balloted?",
                   "Unison's 800,000 workers, the GMU's 70,000 and Amicus' 20,000 are being balloted about a walkout.")
    assert draft.short_answer == "70,000", text_of(draft)


def test_which_people_did_it_are_the_names_before_the_asked_verb(vectors):
    """The subject of the question's verb fills the slot of "Which X did ...?", before a
    sentence that names someone else saying something of them."""
    draft = answer(vectors, "Which two men pleaded guilty to peer-to-peer piracy?",
                   "The US Department of Justice said the two men ran a peer-to-peer piracy ring.",
                   "Ann Roe and Jon Hale have pleaded guilty to charges of sharing films.")
    assert draft.short_answer == "Ann Roe and Jon Hale", text_of(draft)


def test_a_weekday_said_next_at_the_asked_verb_says_when():
    said = "The issue would be debated in Parliament next Monday as scheduled, he said."
    assert [v.text for v in values(said, DATE, "When will Parliament debate the ID cards bill?")] == ["Monday"]
    said = "Ada Moss and Ben Odo announced the extension on June 12."
    assert [v.text for v in values(said, DATE, "When did Ada Moss and Ben Odo announce the extension?")] == ["June 12"]


def test_who_made_it_may_be_the_possessive_before_its_name(vectors):
    draft = answer(vectors, "Who made Dead Man's Shoes?",
                   "Joining Dead Man's Shoes in the running for best film are My Summer of Love and Touching the Void.",
                   "The winner faces stiff competition from Ann Roe's critically acclaimed Dead Man's Shoes.")
    assert draft.short_answer == "Ann Roe", text_of(draft)


@pytest.mark.parametrize("question,wrong,right,short", [
    # "When will ...?": a date gone by is no answer
    ("When will the animal welfare bill be introduced to Parliament?",
     "In November, the animal welfare bill was introduced to Parliament in Wales.",
     "The new animal welfare bill, which covers 1,100 farms, will be introduced to Parliament in March.", "March"),
    # "How much did X cost?": takings are no cost
    ("How much did Quarry cost to make?", "Quarry's success on DVD outstripped its $74m US box office total.",
     "The $40m film Quarry was made in Spain.", "$40m"),
    ("How much did Quarry cost?", "Quarry's success on DVD outstripped its $74m US box office total.",
     "Quarry, a $40,000 (£21,000) tale of time travel, won the top prize.", "$40,000"),
    # "the lowest price": a value said of the other end of the scale is no answer
    ("What was the lowest price of Norland crude in 2004?",
     "The price of Norland crude is about 50% higher than at the start of 2004, but down on the record high of $55.67.",
     "Norland crude fell to its lowest price of 2004, $30.10, in June.", "$30.10"),
    # "How much is it paying for X?": sales are no payment
    ("How much is Vessland Steel paying for Norland Iron?",
     "A combination of Vessland Steel and Norland Iron would have annual sales of $32bn.",
     "Vessland Steel is due to complete its $4.5bn acquisition of Norland Iron next month.", "$4.5bn"),
    # "its spring conference": the autumn one is another
    ("In which town is the Norland party holding its spring conference?",
     "The Norland party will hold its autumn conference in Elmshire, it has been confirmed.",
     "The Norland party's spring conference opens in Tomsby on Friday.", "Tomsby"),
    ("Where is the Norland party's spring conference being held?",
     "The Norland party will hold its 2006 autumn conference in Elmshire, it has been confirmed.",
     "Unions will hold talks with Ada Moss at the Norland party's spring conference in Tomsby.", "Tomsby"),
    # "How much were they fined?": a fine is money, not a count of cafes
    ("How much are Vessland's net cafes fined for breaking the rules?",
     "Vessland closed 1,250 net cafes for breaking the rules last year.",
     "Vessland's net cafes that break the rules are fined 5,000 crowns each.", "5,000 crowns"),
    # "How much did he get?": "two sides" counts things, no amount
    ("How much did Tom Hale get when he settled with Ada Moss?",
     "Tom Hale and Ada Moss settled out of court, and the two sides say Tom Hale will get a credit.",
     "Tom Hale got 300 tonnes of grain when he settled with Ada Moss.", "300 tonnes"),
    # a country's GDP is a sum of money, not a count of jobs
    ("How big is the Vessland economy's GDP?",
     "The Vessland economy lost more than 22,000 jobs in the first half of the year.",
     "The Vessland economy's GDP is worth $4.1bn a year.", "$4.1bn"),
    # "Which edition ...?" asks the ordinal that numbers the event, not a name
    ("Which edition of the Norland Film Awards takes place on Sunday?",
     "Ada Moss will host the Norland Film Awards on Sunday.",
     "Elmshire is getting ready for the 51st Norland Film Awards on Sunday.", "51st"),
    # every word the question says of the title must be in it: "Home Affairs" is another commissioner
    ("Who is Norland's monetary affairs commissioner?",
     "Norland's Justice and Home Affairs Commissioner Tom Hale said the plan was good.",
     "Norland's Monetary Affairs Commissioner Ada Moss said rates would rise.", "Ada Moss"),
])
def test_a_value_of_another_sort_is_refused_and_one_of_the_asked_sort_answers(vectors, question, wrong, right, short):
    draft = answer(vectors, question, wrong)
    assert draft.refused, text_of(draft)
    draft = answer(vectors, question, wrong, right)
    assert draft.short_answer == short, text_of(draft)


def test_which_film_is_no_makers_possessive():
    said = "The AFI hailed Ann Roe's biblical epic and Jon Hale's Night Train as inspiring."
    assert [v.text for v in values(said, NAME, "Which film did the AFI hail?")] == ["Jon Hale's Night Train"]
    assert "Ann Roe's" in [v.text for v in values(said, NAME, "Whose epic did the AFI hail?")]


def test_what_someone_was_may_be_part_of_what_is_asked():
    """"Who is now ...?" passes over "former chief Jo Li"; "Which former sprinter is now ...?" asks for one."""
    said = "Ada Moss, former hurdler Tom Reyes and former sprinter Ken Odo - who is now an IOC member - came."
    assert "Ken Odo" in [v.text for v in values(said, NAME, "Which former sprinter is now an IOC member?")]
    held = "The bank's former chief executive Jo Li and its chief executive Ann Lee met."
    assert [v.text for v in values(held, NAME, "Who is now the bank's chief executive?")] == ["Ann Lee"]


def test_a_share_may_be_some_out_of_every_so_many():
    question = "What share of the flights at the airport are Arvo's?"
    said = "Arvo accounts for six out of every 10 flights at the airport, up from 4 in 2001."
    assert [v.text for v in values(said, NUMBER, question)] == ["six out of every 10"]


def test_an_athletes_best_is_a_time_or_a_distance_of_that_kind(vectors):
    question = "What was Ana Ruiz's season's best over 60m?"
    assert answer_type(question) == NUMBER
    said = "Ana Ruiz, who ran the 4x100m relay in 2004, clocked a season's best of 7.21 seconds over 60m."
    assert [v.text for v in values(said, NUMBER, question)] == ["7.21 seconds"]
    # A season's best is no personal best.
    other = answer(vectors, "What is Ana Ruiz's personal best over 60m?", said)
    assert other.refused, text_of(other)
    # a sporting record is a best too, its unit glued on or not; a record profit or a voting record is none
    said = "Her times of 7.31 and 7.32 seconds were well short of Ada Moss's 60m world record of 6.92secs from 1998."
    record = answer(vectors, "What is Ada Moss's 60m world record?", said)
    assert record.short_answer == "6.92secs", text_of(record)
    assert answer_type("Which country holds the world record?") == PLACE
    assert number_kind("What was Zorb's record profit?") == "money"


def test_a_match_score_is_one_value():
    question = "By what score did Rovers lose to Harlow?"
    said = "In 2003-04 Rovers lost 1-0 to Harlow, the end of a 5-year run."
    assert [v.text for v in values(said, NUMBER, question)] == ["1-0"]


def test_a_month_question_is_answered_by_a_month_not_a_bare_year():
    s = "The console is due early in 2006 and will be shown in May at the trade fair."
    assert [v.text for v in values(s, DATE, "In which month will the console be shown?")] == ["May"]
    assert "2006" in [v.text for v in values(s, DATE, "When is the console due?")]
    due = "The outlook - due to be published in April - points to a fall."
    assert [v.text for v in values(due, DATE, "When is the outlook due to be published?")] == ["April"]
    assert values(due, DATE, "On what date is the outlook due?") == []  # a date asked: a month does not say
    launch = "The scheme's formal launch is January, but hirings are already taking place."
    assert [v.text for v in values(launch, DATE, "When is the formal launch of the scheme?")] == ["January"]
    said = "The first version of the virus appeared in April this year."
    assert [v.text for v in values(said, DATE, "When did the first version appear?")] == ["April this year"]
    said = "In November, the 1949 act was used again."  # and a year question by a year
    assert [v.text for v in values(said, DATE, "In which year was the act passed?")] == ["1949"]
    said = "Zorb opened the fair in Ostby back in the 1980s, and moved it in 2005."  # a decade asked: a year does not say
    assert [v.text for v in values(said, DATE, "In which decade did Zorb open the fair?")] == ["1980s"]


def test_an_ordinal_is_a_rank_not_an_amount():
    """"the 17th year" answers no "how many" question; the count beside it does."""
    s = "It is the 17th year of the fair, and the 3rd in Leeds, with 2,500 visitors."
    assert [v.text for v in values(s, NUMBER, "How many visitors came?")] == ["2,500"]


def test_a_size_may_be_money_and_a_thing_may_be_months_old():
    assert [v.text for v in values("The deficit with China hit $162bn.", NUMBER,
                                   "How large was the deficit with China?")] == ["$162bn"]
    assert [v.text for v in values("Staff were told to delete e-mails more than three months old.", NUMBER,
                                   "How old did e-mails have to be before staff deleted them?")] == ["three months"]


def test_a_span_of_time_is_an_age_only_when_it_says_old():
    said = "The 15-year-old ban may be lifted in the next six months."
    assert [v.text for v in values(said, NUMBER, "How old is the ban?")] == ["15"]


def test_a_name_with_a_lowercase_compound_is_an_adjective_and_may_give_a_place():
    assert [v.text for v in values("The US-based Acme Books holds a patent.", NAME, "Which firm holds a patent?")] == ["Acme Books"]
    said = "The Canada-based studio is hiring."
    assert [v.text for v in values(said, PLACE, "In which country is the studio based?")] == ["Canada"]
    assert values(said, NAME, "Which studio is hiring?") == []
    assert values("Many would prefer Norland to admit that Great War-era killing constituted a crime.", NAME, "Who leads Norland?") == []


def test_a_quoted_kind_of_the_asked_noun_answers_which():
    said = 'The firm holds a patent for its "one-click shopping" service.'
    assert [v.text for v in values(said, NAME, "For which service does the firm hold a patent?")] == ['one-click shopping']


def test_the_name_of_a_thing_asked_may_be_a_quoted_kind_of_it():
    said = 'The plan forms part of the party\'s "smaller state bill", to be unveiled later this week.'
    assert [v.text for v in values(said, NAME, "What is the name of the Norland bill that includes the plan?")] == ["smaller state bill"]


def test_a_name_inside_a_hyphenated_word_is_no_name():
    said = "Back at the pre-Olympic camp, the Anglo-French team waited."
    assert [v.text for v in values(said, NAME, "Which team waited?")] == ["Anglo-French"]


def test_a_question_led_by_a_preposition_keeps_its_type_and_noun():
    assert answer_type("In which journal did the team publish?") == NAME
    assert head_noun("In which journal did the team publish?") == "journal"
    assert answer_type("In which city did they meet?") == PLACE


def test_an_amount_restated_in_brackets_is_not_a_second_answer():
    said = "Circuit City has received a $3.25bn (£1.7bn) takeover offer."
    assert [v.text for v in values(said, NUMBER, "How much is the takeover offer worth?")] == ["$3.25bn"]
    fund = "Half of the fund is wasted: a total of 24.2 trillion pesos ($10.2bn; £5.5bn) is set aside for the poor."
    assert [v.text for v in values(fund, NUMBER, "How much is set aside for the poor?")] == ["24.2 trillion pesos"]


def test_a_share_may_be_written_as_one_in_so_many():
    said = "Serial truants make up one in 13 pupils, and truancy fell 5% in 10 years."
    assert [v.text for v in values(said, NUMBER, "What share of pupils are serial truants?")] == ["5%", "one in 13"]
    said = "Almost half of all phones run Java, and sales rose in the first half of 2004."
    assert [v.text for v in values(said, NUMBER, "What share of phones run Java?")] == ["half"]
    said = 'Ada Moss said "about a third" of the orders were breached.'  # a share quoted
    assert [v.text for v in values(said, NUMBER, "What proportion of the orders were breached?")] == ["a third"]


def test_a_race_length_is_no_speed():
    said = "She set a new mark of 7.96 seconds over 60m hurdles."
    assert [v.text for v in values(said, NUMBER, "How fast was her best run?")] == ["7.96 seconds"]


def test_a_capital_that_only_starts_a_quoted_sentence_is_no_name():
    said = '"It\'s a dispute between Ken Livingstone and a reporter on the Evening Standard."'
    assert [v.text for v in values(said, NAME, "Which newspaper employed the reporter?")] == [
        "Ken Livingstone", "Evening Standard"]


def test_an_acronym_that_spells_a_function_word_is_a_name():
    assert [v.text for v in values("The service, IT Safe, will issue warnings.", NAME,
                                   "What is the name of the alert service?")] == ["IT Safe"]


def test_areas_and_file_sizes_keep_their_units():
    assert [v.text for v in values("It ceded 154,440 square miles.", NUMBER, "How much land did it cede?")] == [
        "154,440 square miles"]
    assert [v.text for v in values("Each film is 100 gigabytes.", NUMBER, "How big is each film?")] == ["100 gigabytes"]


def test_a_unit_may_be_written_against_its_number():
    assert [v.text for v in values("Riley won the 9km race.", NUMBER, "How long was the race?")] == ["9km"]
    assert [v.text for v in values("Gusts hit 140km/h.", NUMBER, "How fast were the gusts?")] == ["140km/h"]
    assert [v.text for v in values("It weighs 5kg.", NUMBER, "How heavy is it?")] == ["5kg"]


@pytest.mark.parametrize("sentence, kind, question, value", [
    # a unit written against its number, a currency named after the scale
    ("The iPod mini holds 6GB of music.", NUMBER, "How much can the iPod mini hold?", "6GB"),
    ("Customers will get download speeds of 2Mbps.", NUMBER, "What download speed will customers get?", "2Mbps"),
    ("Revenue dipped to 86.7bn Swiss francs in 2004.", NUMBER, "What were its revenues in 2004?", "86.7bn Swiss francs"),
    # a name that ends in a number or holds one
    ("Moore's documentary Fahrenheit 9/11 won best film.", NAME, "Which film won best film?", "Fahrenheit 9/11"),
    ("Sanctions on Nord Stream 2 were lifted in May.", NAME, "Which pipeline had its sanctions lifted?", "Nord Stream 2"),
    ("Ison, from the group Fathers 4 Justice, was angry.", NAME, "Which group is Ison from?", "Fathers 4 Justice"),
    ("Voters picked Halo 2 as the best game.", NAME, "Which game did voters pick?", "Halo 2"),
    ("Vale Access - sometimes called Quill 3G - is fast.", NAME, "What is Vale Access sometimes called?", "Quill 3G"),
    ("Zorb sold 5M units in Ostby.", PLACE, "Where did Zorb sell its units?", "Ostby"),  # "5M" is five million, no label
    # a word that opens the sentence before its subject is no part of the name
    ("Since Ada Quill took over in 1999, the firm has grown.", NAME, "Who runs the firm?", "Ada Quill"),
])
def test_a_value_is_read_whole_as_written(sentence, kind, question, value):
    assert [v.text for v in values(sentence, kind, question)] == [value]


def test_a_decade_is_no_count():
    assert values("Sales rose in the 1990s.", NUMBER, "How many were sold?") == []


def test_an_ordinal_with_a_thousands_comma_is_read_whole():
    """"the 2,271st licence" holds no "2": it is the one "Which number licence ...?" asks, and
    it counts the licences given, not the towns."""
    said = "The town gave out its 2,271st licence on Monday, to a baker."
    assert [v.text for v in values(said, NUMBER, "How many licences were given?")] == ["2,271st"]
    assert values(said, NUMBER, "How many towns gave licences?") == []
    assert [v.text for v in values(said, NUMBER, "Which number licence did the town give out on Monday?")] == ["2,271st"]


def test_a_time_said_by_its_distance_from_another_is_no_age():
    said = "Four months later, the 34-year-old won gold."
    assert [v.text for v in values(said, NUMBER, "How old is Kelly Holmes?")] == ["34"]
    assert [v.text for v in values(said, NUMBER, "How long after that did she win gold?")] == ["Four months"]


def test_an_age_is_no_span_of_time():
    s = "The 30-year-old, who has not raced over cross country for five years, will retire."
    assert [v.text for v in values(s, NUMBER, "How long has it been since he raced?")] == ["five years"]


def test_a_rate_asked_per_unit_comes_before_a_total():
    s = "Pernod offered 1,900p a share, valuing the firm at £7.5bn."
    assert [v.text for v in values(s, NUMBER, "What price per share did Pernod offer?")] == ["1,900p"]
    assert [v.text for v in values(s, NUMBER, "How much is the firm worth?")] == ["1,900p", "£7.5bn"]


def test_a_length_is_no_count_and_a_count_no_length():
    s = "The 80 turbines will stand 150 metres tall, about 30 kilometres from the coast."
    assert [v.text for v in values(s, NUMBER, "How many turbines will there be?")] == ["80"]
    assert [v.text for v in values(s, NUMBER, "How tall will the turbines be?")] == ["150 metres"]  # no height in km
    assert [v.text for v in values(s, NUMBER, "How far will they be?")] == ["150 metres", "30 kilometres"]
    assert [v.text for v in values("He leapt 17.30m in Madrid.", NUMBER, "How far did he leap?")] == ["17.30m"]


def test_a_span_in_words_may_be_joined_to_its_noun():
    question = "How long was the deal he signed?"
    assert [v.text for v in values("He joined in 2003 on a five-year-deal.", NUMBER, question)] == ["five-year"]
    assert values("A five-year-old boy was hurt.", NUMBER, question) == []  # an age, no span


def test_a_chunk_is_about_a_full_name_when_it_uses_the_surname():
    from rag.extractive import _names_all

    text = "Viotti fell into a coma after a stroke during rehearsals in Munich."
    hit = Hit(Chunk("a/c0", text, "a/0.txt", "Obituary", "", "2005-02-16", 1, 1, 0, len(text)), 1.0, 1)
    assert _names_all(hit, "What put Marcello Viotti into a coma in Munich?")
    assert not _names_all(hit, "What put Marcello Viotti into a coma in Venice?")


@pytest.mark.parametrize("sentence,question,value", [
    ("Storm Ilse brought gusts of up to 176 km/h on Monday.", "How fast was the wind?", "176 km/h"),
    ("Storm Ilse brought gusts of up to 176 km/h on Monday.", "How strong were the gusts?", "176 km/h"),
    ("She won the hurdles final in 7.96 seconds.", "How fast was her winning time?", "7.96 seconds"),
    ("The storm dumped 85 millimetres of rain on Vesterby in 24 hours.", "How much rain fell?", "85 millimetres"),
    ("Temperatures fell to minus 12C overnight.", "How cold did it get?", "minus 12C"),
    ("Farmers said 300 hectares of wheat had been flooded.", "How much farmland was flooded?", "300 hectares"),
    ("Planners approved a 250-megawatt solar park.", "What is the capacity of the solar park?", "250-megawatt"),
    ("The company must plant 4 kilometres of hedges.", "How long are the hedges?", "4 kilometres"),
    ("The 24-year-old has signed a five-year contract.", "How long is his contract?", "five-year"),
    ("The 24-year-old has signed a five-year contract.", "How old is the striker?", "24"),
    ("The club finished ninth in the league last season.", "Where did the club finish in the league?", "ninth"),
    ("Construction will cost an estimated €210 million.", "What will the construction cost?", "€210 million"),
    ("The 40-metre lake is 12 metres deep in places.", "How deep is the lake?", "40-metre"),
    ("Mr Dunn, who had led the town since 2016, conceded defeat.", "How long had Mr Dunn been mayor?", "since 2016"),
    ("Ms Marsh took 41.2% of the vote on a turnout of 38%.", "What was the turnout?", "41.2%"),
    ("Revenue rose 4% to $3.1bn.", "What was the firm's revenue?", "$3.1bn"),
    ("Employers face fines of up to £2,500.", "What is the biggest penalty employers face?", "£2,500"),
    ("In 24 hours the storm dumped 85 millimetres of rain.", "How much rainfall did the town get?", "85 millimetres"),
    ("Farmers said 300 hectares of wheat had been flooded.", "What area of wheat was under water?", "300 hectares"),
    ("Rovers paid a club-record fee of £18m.", "What fee did Rovers pay?", "£18m"),
    ("The council approved a budget of 2.1 billion for 2 million people.", "What budget did it approve?",
     "2.1 billion"),
    ("The screen lets 3 people watch TV and can rotate 180 degrees.", "How far can the screen rotate?", "180 degrees"),
    ("Firms must build 50,000 square metres, and up to 100% foreign investment is allowed.",
     "How much foreign ownership will the country permit?", "100%"),  # ownership is a share
])
def test_numbers_in_the_units_a_question_asks(sentence, question, value):
    assert answer_type(question) == NUMBER
    assert [v.text for v in values(sentence, NUMBER, question)][0] == value


def test_a_count_of_described_things_is_no_age():
    said = "Jack Roe was speaking to more than 100 secondary pupils from schools in Vale."
    assert values(said, NUMBER, "How old is Jack Roe?") == []
    assert [v.text for v in values("Jack Roe was 54 when others left.", NUMBER, "How old is Jack Roe?")] == ["54"]


def test_an_age_after_a_name_and_a_count_of_things_are_no_sums():
    said = "Ivan Petrov, 50, says a £65,000 settlement was not enough."
    assert [v.text for v in values(said, NUMBER, "How much was Ivan Petrov's settlement?")] == ["£65,000"]
    assert [v.text for v in values(said, NUMBER, "How old is Ivan Petrov?")] == ["50"]
    counted = "It will use the 300 million articles the site has archived."
    assert values(counted, NUMBER, "How much did Zeno pay for the site?") == []
    assert [v.text for v in values("It paid 300 million for the site.", NUMBER,
                                   "How much did Zeno pay for the site?")] == ["300 million"]
    assert values("More than 2.8 million DS consoles have been sold.", NUMBER, "How much will the console cost?") == []
    assert [v.text for v in values("It will buy back shares worth 1.2 billion Swiss francs.", NUMBER,
                                   "How much will the buyback cost?")] == ["1.2 billion Swiss francs"]  # a currency, named


def test_a_share_price_is_never_a_company_wide_sum():
    said = "Zeno ended the year with sales of around $1.25 billion, and its shares closed at $17.40."
    assert [v.text for v in values(said, NUMBER, "What is Zeno's share price?")] == ["$17.40"]
    assert [v.text for v in values(said, NUMBER, "What were Zeno's sales?")][0] == "$1.25 billion"


def test_a_length_or_a_span_of_time_counts_nothing():
    question = "How many world records has Lena Vos set?"
    said = "She eyes the two mile world record, after eight minutes of the 5,000m record run, and holds 12 world records."
    assert [v.text for v in values(said, NUMBER, question)] == ["12"]
    assert [v.text for v in values("She won the 5,000m race.", NUMBER, "How far was the race?")] == ["5,000m"]
    assert [v.text for v in values("She will run over 1500m in a five-way match.", NUMBER,
                                   "How many teams race?")] == ["five-way"]  # no count of anything in "1500m"
    # An ordinal or a number that names something counts nothing.
    assert values("It is his third term, and Number 10 said 40 MPs agreed.", NUMBER, "How many MPs agreed?")[0].text == "40"
    assert len(values("It is his third term, and Number 10 said 40 MPs agreed.", NUMBER, "How many MPs agreed?")) == 1
    # ... unless it numbers the thing counted.
    assert [v.text for v in values("She won a third consecutive title.", NUMBER,
                                   "How many consecutive titles has she won?")] == ["third"]
    assert [v.text for v in values("Vos won her 10th consecutive title, in her eleventh season.", NUMBER,
                                   "How many consecutive titles has Vos won?")] == ["10th"]
    assert [v.text for v in values("It marks his 28th film and his 50th birthday.", NUMBER,
                                   "How many films has he made?")] == ["28th"]
    assert values("The second biggest film of the 18th century ran.", NUMBER, "How many films ran?") == []
    said = "It is only the ninth time the rule has been used since 1950 - the last time was in 1976."
    assert [v.text for v in values(said, NUMBER, "How many times has the rule been used?")] == ["ninth"]
    assert values("He won it for the first time, the last time it was held.", NUMBER, "How many times has he won it?") == []
    # what the times are counted in does not make them a multiple ("How many times bigger ...?")
    said = "The Vessland economy has gone back into recession for the fourth time in a decade."
    assert [v.text for v in values(said, NUMBER, "How many times in a decade has Vessland gone into recession?")] == ["fourth"]
    # With its noun left out, the ordinal numbers the thing named before it in its clause.
    said = "Next month's Budget will be Mr Hale's eighth since 1997, his aides said."
    assert [v.text for v in values(said, NUMBER, "How many Budgets has Hale delivered?")] == ["eighth"]
    assert values("The Budget will be his eighth speech.", NUMBER, "How many Budgets has Hale delivered?") == []
    # "one in six cars" is a share of the cars, no count of them.
    assert values("Almost one in six cars sold was a Mini.", NUMBER, "How many cars were sold?") == []


def test_a_race_time_is_minutes_and_seconds_said_as_one():
    question = "What was Lena Vos's winning time in the final?"
    assert number_kind(question) == "race time"
    assert number_kind("How many part-time staff voted for the first time?") == "count"
    said = "Vos, who will race for three more years, won in 20 minutes 38 seconds, ahead of Ada Moss in 21:02."
    assert [v.text for v in values(said, NUMBER, question)] == ["20 minutes 38 seconds", "21:02"]
    assert [v.text for v in values("It took 2 hours and 6 minutes.", NUMBER, "How long did it take?")] == ["2 hours and 6 minutes"]
    # a margin is no time run: "four seconds short of the world best", "by only 0.19secs"
    short = "Vos was almost four seconds short of the world best, clocking 3:35.27 in Ostby."
    assert [v.text for v in values(short, NUMBER, "What was Vos's mile time?")] == ["3:35.27"]
    held = "Vos held off Ada Moss by only 0.19secs to win in 7:40.53."
    assert [v.text for v in values(held, NUMBER, "What time did Vos run?")] == ["7:40.53"]


def test_a_role_held_for_someone_else_is_no_answer():
    said = "Kolb's chief executive, Anja Vogt, will lead the group."
    assert values(said, NAME, "Who is the chief executive of Aster?") == []
    assert values(said, NAME, "Who is Aster's chief executive?") == []
    assert [v.text for v in values(said, NAME, "Who is the chief executive of Kolb?")] == ["Anja Vogt"]
    said = "However Kolb president Anja Vogt said the launch was a success."  # the owner is the word before
    assert [v.text for v in values(said, NAME, "Who is Kolb's president?")] == ["Anja Vogt"]
    # "Who" asks for a person: a name after "in" is a place.
    based = "The group will be based in Hamburg under Anja Vogt."
    assert [v.text for v in values(based, NAME, "Who will run the group?")] == ["Anja Vogt"]
    assert [v.text for v in values(based, NAME, "Which city will be its base?")] == ["Hamburg", "Anja Vogt"]


def test_a_possessive_of_the_asked_name_is_no_answer():
    said = "Helios Grid's chief executive, Marta Quist, said building would begin in the autumn."
    assert [v.text for v in values(said, NAME, "Who runs Helios Grid?")] == ["Marta Quist"]


def test_a_name_that_modifies_a_noun_ending_its_clause_is_no_answer():
    said = "The grant went to Lena Moor, who will dress the Tate Christmas tree."
    assert [v.text for v in values(said, NAME, "Which artist will dress the tree?")] == ["Lena Moor"]
    # A verb may end the clause, and the asked noun names the thing itself.
    assert [v.text for v in values("In the final, Rovers won.", NAME, "Which club won?")] == ["Rovers"]
    joined = "Canada joined the Ottawa alliance."
    assert [v.text for v in values(joined, NAME, "Which alliance did Canada join?")] == ["Ottawa"]
    # ... by its last word too: "Which news agency ...?" asks an agency.
    told = "A spokesman told the Vexa agency."
    assert [v.text for v in values(told, NAME, "Which news agency did the spokesman speak to?")] == ["Vexa"]
    # "a Vexa official" is one of Vexa's officials, not named.
    assert values("It is grim, said a Vexa official.", NAME, "Which trade union official said it was grim?") == []
    # "Whose technology ...?" asks the name that owns it: "Vexa technology"
    said = "The voice features, based on Vexa technology, are only available in the Norland version."
    assert [v.text for v in values(said, NAME, "Whose technology are the browser's voice features based on?")] == ["Vexa"]


def test_a_title_the_question_asks_by_is_no_part_of_the_name():
    said = "Shadow Home Secretary David Davis spoke to Kamal Nath, Commerce and Industry Minister."
    assert [v.text for v in values(said, NAME, "Who is the shadow home secretary?")][:2] == ["David Davis", "Kamal Nath"]
    # A title alone names no one.
    assert [v.text for v in values(said, NAME, "Who is the commerce minister?")][1:] == ["Kamal Nath"]
    # A possessive before the asked role says whose role it is.
    assert [v.text for v in values("Sophie Okonedo, who plays Cheadle's wife Tatiana, spoke.", NAME,
                                   "Who plays the manager's wife?")] == ["Sophie Okonedo", "Tatiana"]
    owned = "The Liberal Democrat's shadow home secretary, Mark Oaten, spoke."
    assert [v.text for v in values(owned, NAME, "Who is the shadow home secretary?")] == ["Mark Oaten"]
    assert [v.text for v in values("It was built by BT's research unit.", NAME, "Which company's research unit built it?")] == ["BT's"]
    # "Mr" is no part of the name: "Mr McLetchie's" is the asked David McLetchie's.
    assert [v.text for v in values("Mr McLetchie's firm, Tods Murray, said.", NAME, "Which firm did David McLetchie quit?")] == ["Tods Murray"]
    # nor one the question names, owned by another: "Norland's Quill" is the asked Quills
    said = "It will compete against Tides at Norland's Quill film awards."
    assert [v.text for v in values(said, NAME, "Which film will compete with Waves at the Quills?")] == ["Tides"]
    said = "Ada's 12 fell to number two while Tides entered at number three."  # an owner that is all the name says
    assert [v.text for v in values(said, NAME, "Which film was second behind Ada's Twelve?")] == ["Tides"]
    # A capitalised function word that starts the sentence is no part of the name after it; inside
    # the sentence it starts a title.
    assert [v.text for v in values("The Green Party won.", NAME, "Which party won?")] == ["Green Party"]
    # so does a list's item: "- The bill ..." names no "The"
    assert [v.text for v in values("- The bill will be passed by Zorb.", NAME, "Which firm will act?")] == ["Zorb"]
    assert [v.text for v in values("2) The plan is due in Ostby.", PLACE, "Where is it due?")] == ["Ostby"]
    assert [v.text for v in values("Her debut was in No Way Out.", NAME, "Which film was her debut?")] == ["No Way Out"]
    # Nor is the possessive of a name the question gives: "Bafta's Grant Dean" is Grant Dean.
    assert [v.text for v in values("Vale Radio's Ada Moss said so.", NAME, "Which Vale Radio boss said so?")] == ["Ada Moss"]
    # A day before a name is no part of it.
    assert [v.text for v in values("On Tuesday Vale Rovers won the cup.", NAME, "Who won the cup?")] == ["Vale Rovers"]


def test_a_which_question_asks_the_role_its_noun_phrase_ends_on(vectors):
    from rag.values import asked_role

    assert asked_role("Which trade union official said the outlook was grim?") == "offici"
    assert asked_role("Which engineering firm did the leader visit?") == "firm"  # ("Which industrial city" asks a place)
    assert asked_role("Which minister launched it?") == "minist"
    draft = answer(vectors, "Which trade union official said the outlook was grim?",
                   "The outlook for trade union members is grim, the Trades Union Congress said on Monday.",
                   '"It looks pretty grim," said Danish trades union official Ole Brandt.')
    assert draft.short_answer == "Ole Brandt", text_of(draft)


def test_an_irregular_past_asks_its_verb_and_its_subject_or_maker_holds_the_role():
    from rag.values import asked_role, in_role

    question = "Who won the world cross country championships in March?"
    assert asked_role(question) == "win"  # "won" is "win": "the winner", "winning"
    said = "I really enjoyed Ada Quill winning the world cross country championships back in March."
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, "win", question)] == ["Ada Quill"]
    other = "Ada Quill winning was a surprise to the crowd."  # what she won is not said
    assert not [v for v in values(other, NAME, question) if in_role(other, v, "win", question)]
    question = "Who wrote the biography of the queen?"
    said = "Second favourite is a biography of the queen, by Tom Hale."
    assert in_role_names(said, question) == ["Tom Hale"]
    # the work the question names, called "a <work> by" someone, was made by them
    said = "Quill Road is a feature by Ada Moss competing for the Elmshire prize."
    assert in_role_names(said, "Who made Quill Road?") == ["Ada Moss"]
    assert not in_role_names(said, "Who made Night Train?")
    assert not in_role_names(said, "Who sued Quill Road?")
    question = "Who chairs the disciplinary committee?"  # a question word before "by" is not the thing made
    said = "The president has set up a disciplinary body to look into claims by Tom Hale, of Harbour Labs."
    assert not in_role_names(said, question)


def test_a_name_wins_the_asked_prize_only_when_the_prize_is_the_questions():
    said = "Ada Moss has seen her film Night Train win the Elmshire Film of the Year Award."
    question = "Which film won the Elmshire Film of the Year Award?"
    assert in_role_names(said, question) == ["Night Train"]
    question = "Which film won two Tomsby Prizes?"  # "her film Night Train" won another prize
    assert not in_role_names(said, question)


def test_a_prize_named_after_won_awards_or_before_won_by_must_be_the_questions():
    said = "Elmshire show Night Train won two awards - best drama and best presenter for Ada Moss."
    assert in_role_names(said, "Which show won best drama at the Tomsby awards?") == ["Night Train"]
    assert not in_role_names(said, "Which show won best comedy at the Tomsby awards?")
    said = "Eva Lind won the award for best adapted writer for her work on Night Train."
    assert in_role_names(said, "Who won the Tomsby award for best adapted writer?") == ["Eva Lind"]
    said = "Her play Day One, which won the award for best schools drama, opens today."
    assert in_role_names(said, "Which play won best schools drama?") == ["Day One"]
    # the prize before "was won by" is another one
    said = "The mobile category was won by Night Train."
    assert not in_role_names(said, "Who won the Tomsby award for best adapted writer?")
    assert in_role_names(said, "Which game won the mobile category?") == ["Night Train"]


def test_a_name_after_the_asked_kind_and_by_did_something_else():
    question = "In which event is Eva Lind the champion?"
    said = "He will be joined in the event by Ada Moss, the Vessland champion."
    assert not in_role_names(said, question)
    question = "Who directed Night Train?"
    said = "Night Train is directed by Ada Moss."
    assert in_role_names(said, question) == ["Ada Moss"]


def test_a_race_is_named_by_its_distance_and_a_medal_by_its_medallist():
    assert [v.text for v in values("Ada Moss is taking part in the 1000m.", NAME,
                                   "Which race is Ada Moss entered for in Tomsby?")] == ["1000m"]
    assert [v.text for v in values("Ada Moss will contest the 60m hurdles at the meeting.", NAME,
                                   "Which event will Ada Moss contest?")] == ["60m hurdles"]
    # only a race is named so: "Which condition ...?" is no race, and the question's own distance is no answer
    assert values("Ada Moss said she took it before the 100m.", NAME, "Which condition did Ada Moss take it for?") == []
    assert values("Ada Moss won the 100m.", NAME, "Which 100m race did Ada Moss win?") == []
    assert [v.text for v in values("Ada Moss, the silver medallist, ran.", NAME, "Which medal did Ada Moss win?")] \
        == ["silver medallist"]


def test_how_fast_a_race_was_run_is_one_time_in_two_units():
    said = "Ada Moss's record stands at eight minutes, 04.69 seconds."
    assert values(said, NUMBER, "How fast is Ada Moss's two mile record?")[0].text == "eight minutes, 04.69 seconds"


def test_the_name_before_the_asked_noun_is_the_one_asked(vectors):
    draft = answer(vectors, "On which charity fundraising day will the Norland report come out?",
                   "The Elmshire Council's report on Norland will be released on 11 March - Red Nose day, Ada Moss has said.")
    assert draft.short_answer == "Red Nose", text_of(draft)


def test_the_asked_noun_in_apposition_to_the_asked_name_says_which(vectors):
    draft = answer(vectors, "Which world indoor medal has Ada Moss won?",
                   "Eva Lind and Ada Moss, the world indoor bronze medallist over 3000m, will race in Tomsby. "
                   "Vessland's gold medallist Ben Odo will also run.")
    assert draft.short_answer.startswith("bronze"), text_of(draft)


def test_the_asked_role_may_follow_another_in_an_apposition():
    question = "Who is the Commissioner for Trade?"
    said = "Ada Moss, vice president of the Vessland Council and also Commissioner for Trade, said talks would resume."
    assert in_role_names(said, question) == ["Ada Moss"]
    said = "Ada Moss, vice president of the Vessland Council, met the Commissioner for Trade."
    assert not in_role_names(said, question)


def test_a_name_of_the_asked_kind_holds_the_role_unless_the_question_names_whose():
    from rag.values import asked_role, in_role

    question = "Which committee looked into ferry safety?"
    said = "Crews were pushed to sail in bad weather, the Marine Audit Committee found."
    role = asked_role(question)
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, role, question)] == ["Marine Audit Committee"]
    question = "Which party does Ada Quill belong to?"  # a party the article mentions is not hers
    said = "Talks collapsed after the Green Party walked out."
    assert not in_role_names(said, question)


def test_the_full_name_of_one_asked_by_surname_is_no_answer():
    said = "Paula Quill made a triumphant return with victory in the city marathon, ahead of Lena Marsh."
    assert [v.text for v in values(said, NAME, "Who was Quill's rival in the city marathon?")] == ["Lena Marsh"]
    said = "Its progress was delayed twice when Polish MEPs rejected plans to adopt it."
    assert [v.text for v in values(said, NAME, "Which country's MEPs delayed the law?")] == ["Polish MEPs"]


def test_the_role_a_who_question_asks():
    from rag.values import asked_role

    assert asked_role("Who manages Rovers?") == "manag"
    assert asked_role("Who is the shadow home secretary?") == "secretari"
    assert asked_role("Who is India's communications minister?") == "minist"
    assert asked_role("Who was the winner of the race?") == "winner"
    assert asked_role("Who is Tony Blair?") == ""
    # A role asked by its owner: "the name of Hague's wife", "his coach called".
    assert asked_role("What is the name of Hague's wife?") == "wife"
    assert asked_role("What is his coach called?") == "coach"
    assert asked_role("What is the capital of France?") == ""
    assert asked_role("Who is the Children's Minister?") == "minist"  # a title in capitals
    assert asked_role("Who is the new Vessland Police Commissioner?") == "commission"  # a new holder
    assert asked_role("Who is the Norland Commissioner for Transport?") == "commission"  # the title's remit after it
    assert asked_role("Who is Egypt's coach now?") == "coach"  # "now" asks when, not what
    assert asked_role("Who is directing the sequel?") == "direct"  # a deed under way


def test_a_role_set_off_before_a_name_another_title_leads_is_held():
    said = "The film earned a prize for its director, Tunisian-born Ada Kemal, and its young star, Sara Vell."
    question = "Who directed the film?"
    assert in_role_names(said, question) == ["Ada Kemal"]


def test_a_name_by_its_place_word_is_the_asked_one_not_another():
    """"Egypt FA" is the "Egyptian FA"; "Manchester City" is another "Manchester United"."""
    from rag.extractive import _another_namesake

    assert not _another_namesake("Later, Egypt FA spokesman Tarek Badr welcomed it.", "Who speaks for the Egyptian FA?")
    assert _another_namesake("Manchester City won.", "When did Manchester United win?")
    # "B&K's UK" is the asked "Bain & Kerr's UK" by the owner's initials.
    assert not _another_namesake('"Cuts came," said Ada Quill, B&K\'s UK head of tax.', "Who is Bain & Kerr's UK head of tax?")
    # "Vuland Commission" may spell out the "VU" of "the VU's Commissioner": no other commissioner
    question = "Who is the VU's Commissioner for Trade?"
    assert not _another_namesake("Ada Moss, of the Vuland Commission, spoke.", question)
    assert _another_namesake("Ada Moss, of the Norland Commission, spoke.", question)


def test_one_word_names_the_asked_role_only_right_after_it(vectors):
    from rag.values import in_role

    question = "What is the name of Ivo Dane's wife?"
    said = "Mr Dane hopes to start a family with wife Ffion, he told Radio Vale."
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, "wife", question)] == ["Ffion"]
    story = "Ivo Dane says he will not stand for the leadership again. " + said
    assert answer(vectors, question, story, title="Dane rules out comeback").short_answer == "Ffion"
    question = "Which handheld console will rival the Lumo?"  # the role set off before one word
    said = "Rival Harbour has said it will launch its first handheld console, the HGP, in Europe."
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, "consol", question)] == ["HGP"]


def test_how_many_of_a_plural_noun_counts_it_whatever_money_the_question_names():
    from rag.values import number_kind

    question = "For how many developing countries does one crop bring more than 20% of export income?"
    assert number_kind(question) == "count"
    said = "For 43 developing countries, more than 20% of their export incomes come from just one crop."
    assert [v.text for v in values(said, NUMBER, question)] == ["43"]
    assert number_kind("How many dollars did the income rise?") != "count"


def test_a_time_may_carry_its_unit_on_the_number():
    said = "He won his heat in 7.64secs but ran 0.04secs slower in the final."
    assert [v.text for v in values(said, NUMBER, "What time did Ken Odo run to win his heat?")] == ["7.64secs", "0.04secs"]


def test_when_or_where_the_questions_verb_points(vectors):
    """"closes on 7 February" answers "When does the consultation close?" though most of its
    sentence is about something else."""
    draft = answer(vectors, "When does the consultation close?",
                   "The consultation on the Arvo Valley Holiday Trading Bill has so far attracted almost 500 "
                   "responses from shop owners and closes on 7 February.", title="Holiday trading bill")
    assert draft.short_answer == "7 February", text_of(draft)
    # an adverb before the verb is no verb, and the date at the verb beats one by another deed's "first"
    entered = "Mr Roe entered Parliament for Ostby North in 1987, after first contesting the Ostby South seat in 1974."
    assert answer(vectors, "When did Jo Roe first enter Parliament?", entered).short_answer == "1987"
    # a copular "When is the X?" takes the time the sentence gives X right after it
    final = "The qualifying round of the men's triple jump in Ostby takes place on Friday with the final scheduled for Saturday."
    assert answer(vectors, "When is the men's triple jump final in Ostby?", final).short_answer == "Saturday"
    assert answer(vectors, "When is the qualifying round in Ostby?", final).short_answer == "Friday"


def test_an_age_may_be_stated_as_the_age_of(vectors):
    question = "At what age did Ken Odo go blind?"
    said = ("Mr Odo has been blind from the age of seven and he thinks that having a colour memory makes "
            "the software more useful than it would be to a scientist who never had any vision.")
    assert [v.text for v in values(said, NUMBER, question)] == ["seven"]
    draft = answer(vectors, question, "Ken Odo wrote the software himself. " + said, title="Blind student hears colour")
    assert draft.short_answer == "seven", text_of(draft)


def test_a_time_in_a_sentence_about_another_runner_is_not_the_asked_ones():
    question = "What time did Ken Odo run in the 400m?"
    other = "Only Michael Johnson has gone quicker, setting the world record of 44.63secs and running 44.66secs in 1996."
    assert not values(other, NUMBER, question)
    own = "Ken Odo clocked 44.93 seconds, well clear of Bo Park."
    assert [v.text for v in values(own, NUMBER, question)] == ["44.93 seconds"]


def test_a_name_is_never_a_bare_number_left_of_its_title():
    said = "He spoke on BBC Radio 4 and on Channel 5."
    assert [v.text for v in values(said, NAME, "On which radio station did he speak?")] == ["BBC Radio 4", "Channel 5"]
    # a word that tells how near the number is, at a sentence's start, names nothing with it
    assert values("Around 50 commands are available.", NAME, "Whose technology does the browser use?") == []
    assert [v.text for v in values("Apollo 13 was launched.", NAME, "Which mission was launched?")] == ["Apollo 13"]


def test_a_role_may_be_owned_by_a_common_noun(vectors):
    from rag.values import asked_role

    question = "Who is the protesters' solicitor?"
    assert asked_role(question) == "solicitor"
    draft = answer(vectors, question,
                   "The other protesters are Tom Reyes, 37, a huntsman from Ledbury, and Bo Park, 34, from York. "
                   "The men's solicitor Ann Lee, said that at no time had it occurred to the men that they were committing an offence.")
    assert draft.short_answer == "Ann Lee", text_of(draft)


def test_a_role_after_the_name_may_follow_another_role_and_and():
    from rag.values import asked_role, in_role

    question = "Who is general manager of Arvo's games group?"
    said = "\"We see it growing,\" said Ann Lee, executive vice president and general manager of Arvo's games group."
    role = asked_role(question)
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, role, question)] == ["Ann Lee"]
    # The words right before the asked role must still be the question's: a vice president is no president.
    other = "said Ann Lee, chief operating officer and vice president of Arvo."
    assert not [v for v in values(other, NAME, "Who is the president of Arvo?")
                if in_role(other, v, asked_role("Who is the president of Arvo?"), "Who is the president of Arvo?")]


def test_a_clause_after_the_name_may_say_it_did_what_is_asked():
    from rag.values import asked_role, in_role

    said = "Also there were the mayor Tom Reyes and singer Ada Moss, who gave the eulogy."
    question = "Who gave the eulogy at the funeral?"
    role = asked_role(question)
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, role, question)] == ["Ada Moss"]
    # The clause must be about what the question asks: "who gave evidence" gave no eulogy.
    other = "Ada Moss, who gave evidence on Monday, left early."
    assert not [v for v in values(other, NAME, question) if in_role(other, v, role, question)]
    # Or it says the name is what is asked, by any verb: "crowned" for "named".
    question = "Who was named best actor at the Vale awards?"
    said = "Other winners included Ada Moss, who was crowned best actor for her role in Tides."
    assert in_role_names(said, question) == ["Ada Moss"]
    other = "Other winners included Ada Moss, who was crowned best director, and the actor Tom Reyes."
    assert not [v for v in values(other, NAME, question) if v.text == "Ada Moss" and in_role(other, v, "actor", question)]


def test_a_role_in_a_joined_apposition_is_held():
    said = "Ada Moss, a geologist and mining expert of Rock Labs, told the council."
    question = "Which geologist of Rock Labs told the council?"
    assert in_role_names(said, question) == ["Ada Moss"]


@pytest.mark.parametrize("said, question, holder", [
    # "Which minister ...?" takes any minister, a capitalised title set off by commas too.
    ("Ada Moss, Trade and Industry Minister, announced the plan in Lyon.", "Which minister announced the plan?", "Ada Moss"),
    ("Sun Bank, the country's biggest bank, will merge with Fuji.", "Which bank will merge with Fuji?", "Sun Bank"),
    # The one the question names is not the one it asks for.
    ("Fuji Holdings, the country's fourth-largest bank, is in talks.", "Which bank will merge with Fuji?", None),
    # A definite role with another word before it is another role.
    ("Jo Barr, vice president of the Commission, spoke.", "Who is the president of the Commission?", None),
])
def test_which_asks_for_any_of_its_kind(said, question, holder):
    held = in_role_names(said, question)
    assert held == ([holder] if holder else [])


def test_the_role_and_what_it_is_of_may_come_before_the_name():
    from rag.values import asked_role, in_role

    question = "Who chairs the harbour board?"
    said = "\"It was a waste,\" said the chairman of the harbour board, Green Party MP Ada Moss."
    assert [v.text.split()[-1] for v in values(said, NAME, question)
            if in_role(said, v, asked_role(question), question)] == ["Moss"]
    # The role of something the question does not ask about holds no answer.
    other = "\"It was a waste,\" said the chairman of the rail company, Green Party MP Ada Moss."
    assert not [v for v in values(other, NAME, question) if in_role(other, v, asked_role(question), question)]


def test_who_holds_a_role_now_is_not_who_held_it_before():
    said = "In May the former chief executive Jo Li left, and the then chairman Tom Reyes with her; Ada Moss now runs Aster."
    assert [v.text for v in values(said, NAME, "Who is the chief executive of Aster?")] == ["Ada Moss"]
    assert "Jo Li" in [v.text for v in values(said, NAME, "Who was the chief executive of Aster in 2003?")]


def test_a_title_with_another_owner_before_it_is_someone_elses():
    said = "The treaty was signed by Norlandic President Tom Hale in Ostby."
    assert values(said, NAME, "Who is the president of France?") == []
    assert [v.text for v in values("Aster chief executive Jo Li spoke.", NAME,
                                   "Who is the chief executive of Aster?")] == ["Jo Li"]
    # The role asked with a verb is held for another title ("Dark Harbour director ..."); one
    # capitalised word before the title may only describe.
    other = "The thriller was produced by Dark Harbour director Tom Reyes."
    assert "Tom Reyes" not in [v.text for v in values(other, NAME, "Who directed Night Train?")]
    assert "Tom Reyes" in [v.text for v in values(other, NAME, "Who directed Dark Harbour?")]
    assert "Tom Reyes" in [v.text for v in values("Welsh director Tom Reyes made it.", NAME, "Who directed Night Train?")]


def test_a_which_question_with_no_name_for_an_answer_takes_the_kind_of_its_noun():
    said = "Michael Howard has backed stem cell research, saying it matters."
    assert [v.text for v in values(said, NAME, "Which research did Michael Howard back?")] == ["stem cell research"]
    # The kind asked is the noun phrase's last word: "firm", not "anti-virus".
    said = "Zeno plans to offer its own paid-for anti-virus software."
    assert values(said, NAME, "Which anti-virus firm did Zeno say it would buy?") == []
    # The noun must end its phrase ("party leaders" are leaders), and a name comes first.
    assert values("Mira Koval said she would meet party leaders.", NAME, "Which party is Mira Koval in?") == []
    assert [v.text for v in values("She joined the Green Party in May.", NAME, "Which party did she join?")] == ["Green Party"]


def test_an_ordinal_before_a_noun_is_no_place_in_a_table():
    question = "Where did Jade Ode finish at the Olympics?"
    assert values("She won with the very last jump.", NUMBER, question) == []
    assert [v.text for v in values("Ode, who finished seventh in the Games, is back.", NUMBER, question)] == ["seventh"]
    assert [v.text for v in values("She came in second place.", NUMBER, question)] == ["second"]


def test_a_name_spelled_out_before_the_asked_short_form_is_the_asked_name():
    said = "Carmaker General Motors (GM) is recalling cars, the Road Safety Agency (RSA) said."
    assert [v.text for v in values(said, NAME, "Which agency announced the GM recall?")] == ["Road Safety Agency", "RSA"]


def test_take_place_asks_where_not_a_place_in_a_table():
    assert answer_type("Where will the summit take place?") == PLACE
    assert answer_type("Where did the club finish?") == NUMBER


def test_the_measure_a_question_asks():
    assert asked_measure("What was the US unemployment rate in January?") == "unemployment rate"
    assert asked_measure("What is the population of Harlow?") == "population"
    assert asked_measure("Who won the final?") == asked_measure("What is Harlow?") == ""
    # A sum asked before its verb names its measure; a place or a distance asked so names none.
    assert asked_measure("What profit did the firm make last year?") == "profit"
    assert asked_measure("What place did she finish in?") == asked_measure("What distance did he jump?") == ""


def test_a_sum_is_answered_only_by_a_sentence_naming_its_measure(vectors):
    said = "Quill said in a statement that Vale will pay 481m yuan for the shares."
    assert answer(vectors, "What profit did Quill make last year?", said).refused
    assert answer(vectors, "How much will Vale pay for the Quill shares?", said).short_answer == "481m yuan"


def test_a_move_asked_how_far_is_a_share_and_a_company_s_capitalisation_is_money():
    from rag.values import answer_type, number_kind

    assert number_kind("How far did Quill shares slip in Vessland?") == "percent"
    assert number_kind("How far did the index tumble?") == "percent"
    assert number_kind("How far did Ada Moss jump?") != "percent"  # a jump is a distance
    assert answer_type("What is Quill's capitalisation?") == NUMBER
    assert number_kind("What is Quill's market capitalization?") == "money"
    assert number_kind("How many yen was the dollar buying?") == "money"  # a currency counted is a sum
    assert number_kind("What share of Norland wine sales is exported?") == "percent"  # a part of sales, not their level


def test_of_two_moves_in_a_sentence_the_asked_direction_is_read(vectors):
    said = "Quill shares in Vessland rose 4% by 1200 GMT, while Tomsby shares in Norland slipped 1.2%."
    assert answer(vectors, "By how much did Quill shares rise in Vessland?", said).short_answer == "4%"
    assert answer(vectors, "By how much did Tomsby shares slip in Norland?", said).short_answer == "1.2%"


def test_a_trip_to_another_place_does_not_date_the_asked_one(vectors):
    from rag.values import goes_elsewhere

    said = "The planned visit to the northern city of Tomsby on Friday will focus on trade between Ostby and Norland."
    assert goes_elsewhere(said, "When did Ada Moss visit Ostby?")
    assert not goes_elsewhere(said, "When did Ada Moss visit Tomsby?")
    assert not goes_elsewhere("Ada Moss will visit Ostby and Tomsby in May.", "When will Ada Moss visit Ostby?")
    assert not goes_elsewhere("Ada Moss joined in August 2003.", "When did Ada Moss join Norland United?")  # a month is no place
    assert not goes_elsewhere("Ada Moss and Eva Lind met at the Ostby summit.", "When did Ada Moss meet Eva Lind in Ostby?")
    assert not goes_elsewhere("It would be debated in Parliament on Monday.", "When will MPs debate the Vessland bill?")
    assert answer(vectors, "When did Ada Moss visit Ostby?", "Ada Moss is on a tour. " + said).refused
    assert answer(vectors, "When did Ada Moss visit Tomsby?", "Ada Moss is on a tour. " + said).short_answer == "Friday"


def test_who_did_it_for_a_nation_is_the_name_given_as_that_nation_s(vectors):
    said = ("On 21 July 2008, Vessish Foreign Minister Ada Moss and her Norlandic counterpart, Eva Lind, "
            "signed in Ostby an additional border agreement.")
    assert answer(vectors, "Who signed the 2008 border agreement for Vessland?", said).short_answer.endswith("Ada Moss")
    assert answer(vectors, "Who signed the 2008 border agreement for Norland?", said).short_answer == "Eva Lind"


def test_a_figure_given_for_the_asked_place_is_read_from_a_list(vectors):
    said = "He said there had been falling cigarette sales of 13% in Vessland and 16% in Norland."
    other = "Tax revenues rose nine per cent in Vessland and, in Norland, saw only a one point three per cent volume sales fall."
    assert answer(vectors, "By how much did cigarette sales fall in Norland?", said, other).short_answer == "16%"
    assert answer(vectors, "By how much did cigarette sales fall in Vessland?", said, other).short_answer == "13%"


def test_the_nth_year_says_how_many_years():
    question = "For how many years has the Ostby gallery invited an artist to dress its tree?"
    assert [v.text for v in values("It is the 17th year that the gallery has invited an artist.", NUMBER, question)] == ["17th"]
    # "straight" between; and "a seventy-year high" says how rare a level is, for no span
    question = "For how many months in a row has Norland's unemployment risen?"
    said = "Unemployment in Norland has risen for the tenth straight month and stands at a seventy-year high."
    assert [v.text for v in values(said, NUMBER, question)] == ["tenth"]
    assert values("It is the first year that the gallery has invited an artist.", NUMBER, question) == []


def test_two_sides_named_against_each_other_are_one_fixture():
    said = "The league unveils its new camera at the Vessland v Norland rugby union match on Saturday."
    assert [v.text for v in values(said, NAME, "At which match will the league first use the camera?")] == ["Vessland v Norland"]
    assert "Vessland v Norland" not in [v.text for v in values(said, NAME, "Who unveils the new camera?")]


def test_the_asked_year_picks_the_name_in_its_clause(vectors):
    said = ("Vessland sent Ada Moss to Ostby for her famous 1971 meeting with Eva Lind, which in turn paved the way "
            "for Tom Hale visiting Ostby and meeting with Ben Odo the next year.")
    assert answer(vectors, "Who did Ada Moss meet during her 1971 Ostby trip?", said).short_answer == "Eva Lind"


def test_a_clock_time_or_a_label_is_no_amount_or_count():
    said = "Quill shares rose 4% by 1200 GMT, while Vale shares slipped 1.2%."
    assert [v.text for v in values(said, NUMBER, "By how much did Quill shares rise?")] == ["4%", "1.2%"]
    assert [v.text for v in values("The data is turned into 3D models by 12 cameras.", NUMBER,
                                   "How many cameras does the system use?")] == ["12"]
    assert [v.text for v in values("Its 4G network has 5M users.", NUMBER, "How many users does it have?")] == ["5M"]


def test_what_a_question_names_and_asks():
    from rag.question import AUTHOR_QUESTION, name_groups, question_names
    from rag.values import number_kind

    assert question_names("In which city did the Quad's top diplomats meet in Rome?") == {"Quad", "Rome"}
    assert name_groups("Who directed The Woodsman?") == [["Woodsman"]]  # "The" is in every text
    assert head_noun("Which alliance gives access?") == "alliance" and head_noun("What was the jobless rate?") == ""
    assert number_kind("How much of the trade is settled in their own currencies?") == "portion"  # a share or a part
    assert number_kind("What annual saving would the deal bring?") == "amount"
    assert number_kind("At what level did the bank keep interest rates?") == "percent"  # rates, not an amount
    assert number_kind("What level of net access does the plan aim for by 2015?") == "portion"  # "50%" or "£2m"
    assert number_kind("What is the inheritance tax threshold?") == "portion"
    # A film's takings are money, however asked; time taken is not.
    assert number_kind("What is the film's total box office so far?") == "money"
    assert number_kind("How much did the film take over the weekend?") == "money"
    assert number_kind("How much did the sale of her furniture fetch?") == "money"
    assert number_kind("How much time did the repairs take?") == "duration"
    # A share asked by name is a share, even of a count ("sales"); a sum sought in court is money.
    assert number_kind("By what percentage did mobile sales rise?") == "percent"
    assert number_kind("How much did the economy grow in 2004?") == "percent"  # growth is a share
    assert number_kind("How fast is the industry growing each year?") == "percent"
    assert number_kind("How many jobs did the firm grow?") == "count"
    assert number_kind("How much is the sprinter seeking from the firm?") == "money"
    assert answer_type("What is the commissioner paid a year?") == NUMBER
    assert number_kind("What is the commissioner paid a year?") == "money"
    assert answer_type("What is the firm paid to do?") == OTHER
    assert number_kind("How much extra time did the repairs take?") == "duration"
    given = "Foreign firms have been given an extra year to meet the rules."
    assert [v.text for v in values(given, NUMBER, "How much extra time have firms been given?")] == ["an extra year"]
    assert AUTHOR_QUESTION.search("Which correspondent reported on the wind farm?")
    assert not AUTHOR_QUESTION.search("Which reporters were arrested?")
    assert not AUTHOR_QUESTION.search("Which writer popularised the term?")  # a writer in the story, no byline
    assert AUTHOR_QUESTION.search("Who wrote the article about the harbour tolls?")
    assert AUTHOR_QUESTION.search("Who is the author of the analysis of Norland's trade?")  # an opinion page's piece
    assert not AUTHOR_QUESTION.search("Who wrote the report on harbour tolls?")
    # A book or report the question names has an author of its own, in the text.
    assert not AUTHOR_QUESTION.search("Who wrote the Short Guide to Harbours?")
    assert not AUTHOR_QUESTION.search("Who wrote the biography of the queen?")


def test_sentences_keep_labels_with_their_value_and_never_cross_a_line():
    text = "Album news\nRelease date. December 1, 2017 is when it came out. 1. R. Nadal won the final."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Album news", "Release date. December 1, 2017 is when it came out.", "1. R. Nadal won the final."]


def test_the_tail_of_a_sentence_cut_off_before_the_text_begins_joins_nothing():
    text = 'asked the magazine. Ada Moss\'s knife is at number 20 in the list. It was a "gadget"? asked the jury.'
    assert [text[s:e] for s, e in sentences(text)] == [
        "asked the magazine.", "Ada Moss's knife is at number 20 in the list.", 'It was a "gadget"? asked the jury.']


def test_a_number_after_its_sign_does_not_start_a_sentence():
    text = "Work began on the power units No. 7 and No. 8 at the Ostby plant in May. Sales rose in 2004. 2005 was worse."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Work began on the power units No. 7 and No. 8 at the Ostby plant in May.", "Sales rose in 2004.", "2005 was worse."]


def test_a_title_that_ends_in_a_question_mark_does_not_end_the_sentence():
    text = "The comedy Are We Home Yet? and the drama Low Tide completed the top five. Both did well."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The comedy Are We Home Yet? and the drama Low Tide completed the top five.", "Both did well."]


class Vectors:
    """The retriever's two calls, on the real model, for chunks made in the test."""

    def __init__(self) -> None:
        from rag.embeddings import LocalMiniLM

        self.model = LocalMiniLM()
        self.stored: dict[str, np.ndarray] = {}
        self.articles: dict[str, list[Chunk]] = {}

    def add(self, chunks: list[Chunk]) -> None:
        for chunk in chunks:
            self.articles.setdefault(chunk.source, []).append(chunk)
        rows = [r for c in chunks for r in chunk_sentences(c.text, c.source, c.char_start)]
        for (sid, *_), vec in zip(rows, self.model.get_text_embedding_batch([r[3] for r in rows])):
            self.stored[sid] = np.asarray(vec, dtype=np.float32)
        for chunk, vec in zip(chunks, self.model.get_text_embedding_batch([c.text for c in chunks])):
            self.stored[chunk.id] = np.asarray(vec, dtype=np.float32)

    def embed_query(self, question: str) -> np.ndarray:
        return np.asarray(self.model.get_query_embedding(question), dtype=np.float32)

    def embed_texts(self, texts: list[str]) -> list[np.ndarray]:
        return [np.asarray(v, dtype=np.float32) for v in self.model.get_text_embedding_batch(texts)]

    def sentence_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        return {i: self.stored[i] for i in ids if i in self.stored}

    chunk_vectors = sentence_vectors  # one store, keyed by sentence and chunk ids

    def chunks_of(self, source: str) -> list[Chunk]:
        return self.articles.get(source, [])


@pytest.fixture(scope="module")
def vectors() -> Vectors:
    return Vectors()


def answer(vectors: Vectors, question: str, *texts: str, title: str = "", titles: tuple[str, ...] = ()) -> Draft:
    folder = f"news{len(vectors.stored)}"  # fresh names: sentence ids are file slices
    chunks = [Chunk(f"{folder}/c{i}", t, f"{folder}/{i}.txt", titles[i] if titles else title or f"Story {i}", "", "2024-03-01",
                    1, 1, 0, len(t))
              for i, t in enumerate(texts)]
    vectors.add(chunks)
    scorer = Scorer(list(texts), vectors)  # type: ignore[arg-type]
    return Extractive(scorer).compose(question, [Hit(c, 1.0, i + 1) for i, c in enumerate(chunks)])


def evidence_of(text: str, value: str, score: float, title: str = "Story") -> Evidence:
    """One supported sentence of one article, as the scorer hands it to the answerer."""
    chunk = Chunk("a.txt/c0", text, "a.txt", title, "", "2024-03-01", 1, 1, 0, len(text))
    return Evidence(Hit(chunk, 1.0, 1), 0, len(text), text, score, 0.5, score, value, True)


def text_of(draft: Draft) -> str:
    return " ".join(s for s, _ in draft.parts)


def in_role_names(said: str, question: str) -> list[str]:
    """The names in `said` that hold the role the question asks about."""
    from rag.values import asked_role, in_role

    return [v.text for v in values(said, NAME, question) if in_role(said, v, asked_role(question), question)]


def test_leads_with_the_asked_value_from_a_paraphrased_sentence(vectors):
    draft = answer(vectors, "How many jobs could Mittal Steel cut?",
                   "Mittal Steel has operations in 14 countries.",
                   "Mittal Steel could cut up to 45,000 jobs over the next five years, its chief executive said.")
    assert not draft.refused and draft.short_answer == "45,000 jobs"


def test_a_how_many_question_takes_the_number_of_what_it_names(vectors):
    draft = answer(vectors, "How many screens will the digital network have?",
                   "The new digital network will see up to 250 screens in up to 150 cinemas.")
    assert draft.short_answer == "250 screens"


def test_a_how_many_answer_counts_what_is_asked_not_the_closest_sentence(vectors):
    draft = answer(vectors, "How many awards has the war film Red Dawn won?",
                   "Red Dawn is one of two war films shown at the festival in Berlin, which runs until 20 February. "
                   "The film, showing out of competition in Berlin, has won three awards, including best actor.")
    assert draft.short_answer == "three", text_of(draft)


def test_an_article_that_says_the_asked_thing_is_not_known_gets_a_refusal(vectors):
    story = ("The Vessland Grid costs users $1 for an hour of computing on systems kept by Elmshire Data. "
             "Elmshire Data has not said how much the Vessland Grid will cost to build, but it already has a rival in Norland.")
    assert answer(vectors, "How much will the Vessland Grid cost to build?", story).refused
    # the price it does give still answers what it is
    assert answer(vectors, "How much does the Vessland Grid cost users for an hour?", story).short_answer == "$1"


def test_the_asked_kind_done_as_asked_needs_a_little_less_support():
    """"had passed a lie detector test" says which test the question's verb took, though the
    sentence says "lawsuit" where the question says "suit"; "the drugs test" says no kind."""
    from rag.extractive import _kind_done

    question = "What test does Ada Moss's suit say she passed?"
    assert _kind_done("Her lawsuit said the runner had passed a lie detector test.", "test", question)
    assert not _kind_done("She missed a lie detector test in Vessland.", "test", question)  # not the asked verb
    assert not _kind_done("She has passed the test, her lawyer said.", "test", question)  # no word says which


def test_a_which_question_is_answered_by_the_name_after_its_noun_anywhere_in_the_article(vectors):
    """The name after "Minister" answers "Which minister ...?" though the chunk that holds it
    does not repeat what the question names: an earlier chunk of the article does."""
    texts = ["A rapid alerting service, Net Guard, is being launched by the government to warn home users.",
             "\"There is a clear need for simple independent advice for people who use computers at home,\" "
             "said Home Office Minister Ada Quill."]
    chunks = [Chunk(f"alerts/c{i}", t, "alerts/0.txt", "Official virus alert site", "", "2024-03-01", 1, 1, 0, len(t))
              for i, t in enumerate(texts)]
    vectors.add(chunks)
    scorer = Scorer(texts, vectors)  # type: ignore[arg-type]
    draft = Extractive(scorer).compose("Which minister launched the Net Guard service?",
                                       [Hit(c, 1.0, i + 1) for i, c in enumerate(chunks)])
    assert draft.short_answer == "Ada Quill", text_of(draft)


def test_a_counting_sentence_comes_first_only_when_it_is_about_the_asked_names(vectors):
    draft = answer(vectors, "How many mobile users does Freedonia have?",
                   "Freedonia's government hopes to raise the number of mobile users from 95 million to 200 million.",
                   "More than 674 million mobiles were sold last year around the world.")
    assert draft.short_answer == "95 million", text_of(draft)


def test_a_sentence_from_an_article_about_other_names_loses(vectors):
    """Question names pin the fact down like a year does: another race's length is no answer."""
    stories = [("Ross wins in Glasgow", "The men's race was run over 60m, and Dan Ross won it."),
               ("Riley wins Cardiff race", "Peter Riley won the men's 9km race.")]
    chunks = [Chunk(f"races/c{i}", t, f"races/{i}.txt", title, "", "2024-03-01", 1, 1, 0, len(t))
              for i, (title, t) in enumerate(stories)]
    vectors.add(chunks)
    scorer = Scorer([t for _, t in stories], vectors)  # type: ignore[arg-type]
    draft = Extractive(scorer).compose("How long was the men's race in Cardiff?",
                                       [Hit(c, 1.0, i + 1) for i, c in enumerate(chunks)])
    assert draft.short_answer == "9km", text_of(draft)


def test_who_is_the_role_is_answered_by_the_name_after_the_role(vectors):
    draft = answer(vectors, "Who is Freedonia's communications minister?",
                   "Hal Brandt, Trade Minister, announced the decision on Thursday in the capital. "
                   "Communications Minister Ada Quill said the mobile market needed funds.",
                   title="Freedonia widens access to telecoms")
    assert draft.short_answer == "Ada Quill", text_of(draft)


def test_who_speaks_for_a_body_is_answered_by_its_spokesman(vectors):
    from rag.values import asked_role

    assert asked_role("Who speaks for the Rovers Trust?") == "spoke"
    draft = answer(vectors, "Who speaks for the Rovers Trust?",
                   "Last year the Rovers Trust, which speaks for most fans, urged members to back Tom Hale. "
                   '"This is not about one owner, it is about the ground," said Rovers Trust spokeswoman Ada Quill.',
                   title="Fans vow to fight ground sale")
    assert draft.short_answer == "Ada Quill", text_of(draft)


def test_a_place_in_a_list_is_read_where_the_sentence_gives_it(vectors):
    from rag.values import asked_rank

    assert asked_rank("Which phone came third in the poll?") == 3 and asked_rank("Who was the first to speak?") is None
    assert asked_rank("Which film was second at the box office?") == 2  # "was second at": a place in a table
    assert asked_rank("What was the second film he made?") is None
    text = ("The magazine's list of top gadgets puts the Nova Radio at number three and the 1956 Orbit remote "
            "control at two. The Lumo Phone came first in the readers' poll of gadgets.")
    assert answer(vectors, "Which gadget came second in the magazine's list?", text).short_answer == "Orbit"
    assert answer(vectors, "What came third in the magazine's list of gadgets?", text).short_answer == "Nova Radio"


def test_a_sentence_about_the_named_thing_need_not_repeat_its_name(vectors):
    """"The company reported sales ..." answers a question about Lumen Foods in its article."""
    draft = answer(vectors, "How much did Lumen Foods sell last year?",
                   "The bakery chain Lumen Foods will open 30 new shops in the north of the country this year, "
                   "creating about 500 jobs. Each shop will cost about €200,000 to fit out, and the first will open "
                   "in Leeds in June. \"We have seen demand grow every month,\" said the founder, Tom Reyes. "
                   "The firm reported sales of €75 million last year.")
    assert not draft.refused and draft.short_answer == "€75 million", text_of(draft)


def test_a_sentence_that_calls_the_named_thing_by_its_kind_is_read_with_its_name(vectors):
    """"The gallery's director" in an article about the Lindqvist Gallery is its director."""
    draft = answer(vectors, "Who runs the Lindqvist Gallery?",
                   "The Lindqvist Gallery in Haldby reopened to the public on Tuesday after a renovation that "
                   "took four years. The gallery's director, Ada Moss, said it would show 2,000 paintings.")
    assert draft.short_answer == "Ada Moss", text_of(draft)
    # Not when the article gives that kind to another name: "The magazine" is Gadget Weekly.
    other = answer(vectors, "In what year was the Orbit Phone made?",
                   "The Orbit Phone was named the best gadget by US magazine Gadget Weekly. The magazine has "
                   "compiled a list which puts the 1956 Zenith remote control at two.")
    assert other.refused, text_of(other)


def test_a_value_given_for_the_asked_place_leads(vectors):
    draft = answer(vectors, "What is the jobless rate in Norway?",
                   "Harlow's jobless rate rose to 4.7% from 4.6%, still one of the lowest in Europe, compared "
                   "with 12.1% in Spain and 9.7% in Norway.")
    assert draft.short_answer == "9.7%", text_of(draft)


def test_a_long_sentence_may_answer_in_one_clause(vectors):
    """The sentence as a whole is about deleted e-mails; its last clause answers."""
    draft = answer(vectors, "When did the data access laws take effect?",
                   "Ministers faced angry questions in parliament on Tuesday after the regulator totally condemned "
                   "the deletion of thousands of old e-mails to prevent their release under the new data access "
                   "laws, which come into force on 1 January.")
    assert not draft.refused and draft.short_answer == "1 January"


def test_the_headline_is_context_never_the_answer(vectors):
    headline = "Air travellers win new rights"
    draft = answer(vectors, "What can air travellers now claim?",
                   f"{headline}\nPassengers can now claim up to 600 euros for a cancelled flight.", title=headline)
    assert not draft.refused and "600 euros" in text_of(draft) and headline not in text_of(draft)


def test_a_qualifier_in_the_question_must_agree(vectors):
    draft = answer(vectors, "Who won the 2021 Tour de France?",
                   "Egan Bernal won the 2019 Tour de France after a dramatic mountain stage.",
                   "Tadej Pogacar won the 2021 Tour de France, his second title in a row.")
    assert draft.short_answer.startswith("Tadej Pogacar")


def test_a_place_question_reads_back_to_the_place_the_sentence_refers_to(vectors):
    """"in the central location" refers back: the sentence before it names where."""
    draft = answer(vectors, "Where in Lisbon did the mayor lay flowers on Friday?",
                   "During his visit the mayor made a stop in Rossio Square, site of the old royal palace. The city "
                   "keeps a statue of the \"Unknown Sailors\" in the central location, which the mayor honoured by "
                   "laying flowers on Friday.")
    assert draft.short_answer == "Rossio Square", text_of(draft)


def test_a_question_about_an_aim_takes_the_sentence_that_states_one(vectors):
    story = ("Since 2018 the yearly steel output of Harlow and Leeds has consistently exceeded 40,000 tonnes. "
             "The towns have agreed to lift their annual steel production to 90,000 tonnes.")
    aim = answer(vectors, "What yearly steel output are Harlow and Leeds aiming for?", story)
    assert aim.short_answer == "90,000 tonnes", text_of(aim)
    # Without an aim asked, what happened comes first.
    done = answer(vectors, "What yearly steel output have Harlow and Leeds reached?", story)
    assert done.short_answer == "40,000 tonnes", text_of(done)
    # Plans the question names as its topic ask for no aim.
    topic = answer(vectors, "Which minister announced the steel plans?",
                   "Steel output is to rise under new proposals announced by Industry Minister Ada Moss.",
                   "Tom Hale said: \"These plans were announced by Ben Ward in his budget last year.\"")
    assert topic.short_answer.endswith("Ada Moss"), text_of(topic)


@pytest.mark.parametrize("question,said,expected", [
    # "the main Orwell Prize" is not "the first junior Orwell Prize"; a 1500m race is not the 200m.
    ("Who won the first junior Orwell Prize?",
     "Ada Moss and Ben Hale are the only nominees to have won the main Orwell Prize before.", None),
    ("Who finished second in the women's 200m?",
     "Mia Storr finished second in the women's 1500m behind Lena Vos in a season's best.", None),
    ("Who finished second in the women's 200m?",
     "Rita Gale finished second in the women's 200m behind Lena Vos in a season's best.", "Rita Gale"),
    # A namesake one word apart: "Harbour Nights One" is not "Harbour Nights Two"; "Ms Quill" is Ada Quill.
    ("How much did Harbour Nights Two take on its opening weekend?",
     "The film beat its predecessor, Harbour Nights One, which took $38m on its opening weekend.", None),
    ("Who won the 800m at the Lisbon Games?", "Ana Ruiz won the 800m at the Oslo Games in 2000, a year after her debut.", None),
    ("How old is Ada Quill?", "The gallery is run by Ms Quill, 41, since 2015.", "41"),
    # A word written with another ending is the same name: "the 2002 Nordic Games" are the asked Nordic Game.
    ("In what year did the Vale curling team win Nordic Game gold?",
     "She has worked with the Vale curling team, who won gold at the 2002 Nordic Games.", "2002"),
    # Another of the kind by other words before the same last one: "Harvest Eve" is not "Lantern Eve".
    ("How much did the film take on Lantern Eve?", "The film took $12m on Long Harvest Eve, a record.", None),
    # A place-based adjective is no part of the name: "Vale-based Quill Bank" is not "Quill Trust".
    ("How much will Quill Trust pay?", "Vale-based Quill Bank has offered £1.3bn for the exchange.", None),
    # Another person of the same first name, in a sentence about the asked one, takes nothing away.
    ("Who made the film about Ada Quill?", "Film maker Ada Lorne was given access to Ms Quill for the film.", "Ada Lorne"),
])
def test_a_sentence_about_another_of_the_asked_thing_does_not_answer(vectors, question, said, expected):
    draft = answer(vectors, question, said)
    if expected is None:
        assert draft.refused, text_of(draft)
    else:
        assert draft.short_answer == expected, text_of(draft)


def test_a_sum_is_no_event_of_another_measure():
    from rag.values import another_variant

    assert not another_variant("Acme bought the site for £7m.", "Which firm paid £5m for a site?")


def test_one_of_the_body_a_who_question_names_holds_the_role(vectors):
    story = ("The Harbour Trust and the Quay Fund (QF) said the bill went too far. "
             "Ana Ruiz, from the Harbour Trust, told reporters the plan would fail. "
             "Bo Lee of the QF said the rules should be advisory.")
    draft = answer(vectors, "Who spoke for the Harbour Trust?", story, title="Charities attack harbour bill")
    assert draft.short_answer == "Ana Ruiz", text_of(draft)
    draft = answer(vectors, "Who spoke for the Quay Fund?", story, title="Charities attack harbour bill")
    assert draft.short_answer == "Bo Lee", text_of(draft)  # by its initials


@pytest.mark.parametrize("sentence,holds", [
    ("Actor Tom Hale is second favourite at Bet Royal to take the award.", False),  # where he stands, not whose he is
    ('"Interest has been huge," said Bet Royal spokesman Ian Dunn.', True),
    ("Ana Ruiz, an analyst at Bet Royal, said so.", True),  # set off by a comma: one of it
    ("Ana Ruiz of Bet Royal said so.", True),
])
def test_a_name_whose_verb_phrase_reaches_the_body_is_not_one_of_it(sentence, holds):
    from rag.values import asked_role, in_role

    question = "Who speaks for Bet Royal?"
    name = values(sentence, NAME, question)[0]
    assert in_role(sentence, name, asked_role(question), question) is holds, name


@pytest.mark.parametrize("sentence,question,name", [
    ("A peer wants women in the Royal Family to have equal rights.", "Which peer spoke on the royal succession?", "Royal Family"),
    ("Home Office Minister Hazel Blears said so.", "Which minister said so?", "Hazel Blears"),  # the title goes
])
def test_a_question_word_opening_a_name_is_cut_only_as_the_asked_title(sentence, question, name):
    """A name keeps its first words though the question uses them ("Royal Family", not "Family");
    only a title of the asked kind is cut from a person's name."""
    assert name in [v.text for v in values(sentence, NAME, question)]


@pytest.mark.parametrize("sentence,question,other", [
    ("Tom Hale is second favourite at Bet Royal to take the acting award.", "Who is favourite for the acting award?", True),
    ("Tom Hale is second favourite behind Ian Dunn, the favourite.", "Who is favourite for the acting award?", False),
    ("Ada Moss is the third seed.", "Who is the top seed?", True),
    ("Ada Moss is the third seed.", "Who is the third seed?", False),  # the place asked
    ("It is the 25th anniversary of the race.", "Which anniversary is the race marking?", False),  # the place is the answer
    ("The youths rehearse a play by 18th century dramatist Marivaux.", "Which dramatist wrote the play?", False),
])
def test_a_who_question_is_not_answered_at_a_lower_place_than_it_asks(sentence, question, other):
    from rag.values import another_placing

    assert another_placing(sentence, question) is other


def test_a_level_is_answered_by_a_share(vectors):
    draft = answer(vectors, "What level of net access does the summit aim for by 2015?",
                   "The figures surpass a summit goal that calls for 50% access to the net by 2015.")
    assert draft.short_answer == "50%", text_of(draft)


def test_a_question_about_now_is_not_answered_by_how_things_were(vectors):
    """ "Previously, ..." tells the old rule, which a question asking what holds now does not ask."""
    from rag.values import said_of_before

    assert said_of_before("Previously, riders could claim up to 80 euros.", "What can riders now claim?")
    assert not said_of_before("Previously, riders could claim up to 80 euros.", "What could riders claim before the law?")
    draft = answer(vectors, "What is the most rail riders can now claim under the new law?",
                   "Previously, rail riders could claim between 50 euros and 80 euros if their train was cancelled. "
                   "Under the new law, rail riders can claim between 90 euros and 200 euros, depending on the delay.",
                   title="Rail riders win bigger payouts")
    assert "200 euros" in text_of(draft) and "Previously" not in text_of(draft), text_of(draft)


@pytest.mark.parametrize("sentence,holds", [
    ("Friends, including actress Ada Moss his wife of 40 years, gathered at the church.", True),
    ("Friends, including Ada Moss, his late wife, gathered at the church.", True),
    ("Friends, including Ada Moss, his agent, gathered at the church.", False),  # another role
])
def test_a_name_then_his_or_her_role_holds_it(sentence, holds):
    from rag.values import asked_role, in_role

    question = "Who was Tom Hale's wife?"
    name = values(sentence, NAME, question)[0]
    assert in_role(sentence, name, asked_role(question), question) is holds, name


def test_the_second_favourite_is_not_the_favourite(vectors):
    draft = answer(vectors, "Who is favourite for the best acting award?",
                   "British star Tom Hale is second favourite at Bet Royal to take the best acting award, for his role "
                   "in Closer. The favourite in that category is Sideways star Ian Dunn.", title="Bookmakers back Hale")
    assert draft.short_answer == "Ian Dunn", text_of(draft)


def test_who_runs_a_body_is_answered_by_a_role_of_that_body(vectors):
    from rag.values import in_role

    said = "Net use in China has a very different character, said Jo Li, chief executive of Panlogic."
    value = next(v for v in values(said, NAME, "Who runs Panlogic?") if v.text == "Jo Li")
    assert in_role(said, value, "run", "Who runs Panlogic?")
    assert not in_role(said, value, "run", "Who runs Aster?")
    # The body may stand before the role: "Dan Hale, MPAA chief,".
    said = '"Our goal is to help consumers," said Dan Hale, MPAA chief.'
    value = next(v for v in values(said, NAME, "Who heads the MPAA?") if v.text == "Dan Hale")
    assert in_role(said, value, "head", "Who heads the MPAA?")
    assert not in_role(said, value, "head", "Who heads the BPI?")


def test_a_role_named_in_another_story_does_not_fill_the_slot():
    """"It is directed by ..." in a story about another film is no answer about this one: of
    the fitting sentences, the first in the asked role from a story about the asked film leads."""
    from rag.backend import Evidence

    def said(source: str, title: str, text: str, value: str, score: float) -> Evidence:
        chunk = Chunk(f"{source}/c0", text, source, title, "", "2024-03-01", 1, 1, 0, len(text))
        return Evidence(Hit(chunk, 1.0, 1), 0, len(text), text, score, 0.5, score, value, True)

    award = said("a.txt", "The Lantern wins festival prize", "The Lantern won the Ray Award.", "Ray Award", 0.62)
    other = said("b.txt", "Hanks greeted at premiere", "It is directed by Rob Zeman, who has worked with Hanks.",
                 "Rob Zeman", 0.59)
    own = said("a.txt", "The Lantern wins festival prize", "The film, directed by Ana Kosta, is about a man.",
               "Ana Kosta", 0.58)
    ordered = Extractive(Scorer([]))._asked_first([award, other, own], NAME, "Who directed The Lantern?")
    assert ordered[0] is own


def test_a_role_holder_in_the_story_headlined_by_the_asked_name_leads():
    from rag.backend import Evidence

    def said(source: str, title: str, text: str, value: str, score: float) -> Evidence:
        chunk = Chunk(f"{source}/c0", text, source, title, "", "2024-03-01", 1, 1, 0, len(text))
        return Evidence(Hit(chunk, 1.0, 1), 0, len(text), text, score, 0.5, score, value, True)

    other = said("a.txt", "Ad firm Vale's profits surge", "Chief executive Tom Hale told Arden news agency of the bid.",
                 "Tom Hale", 0.60)
    own = said("b.txt", "Weak dollar hits Arden", '"We are well placed," chief executive Ada Quill said.', "Ada Quill", 0.59)
    ordered = Extractive(Scorer([]))._asked_first([other, own], NAME, "Who is the chief executive of Arden?")
    assert ordered[0] is own


def test_a_name_the_deed_is_done_to_names_no_story_as_the_role_holder_s():
    from rag.backend import Evidence

    def said(source: str, title: str, text: str, value: str, score: float) -> Evidence:
        chunk = Chunk(f"{source}/c0", text, source, title, "", "2024-03-01", 1, 1, 0, len(text))
        return Evidence(Hit(chunk, 1.0, 1), 0, len(text), text, score, 0.5, score, value, True)

    other = said("a.txt", "Hundreds vie for Quill prize", "Director Tom Hale's new film opened on Friday.", "Tom Hale", 0.60)
    own = said("b.txt", "Surprise win for Elmshire film", "Director Ada Moss has vowed not to campaign for a Quill prize.",
               "Ada Moss", 0.62)
    ordered = Extractive(Scorer([]))._asked_first([own, other], NAME, "Which director has promised not to lobby for a Quill prize?")
    assert ordered[0] is own
    # the name that owns the role still picks its story
    ordered = Extractive(Scorer([]))._asked_first([own, other], NAME, "Who is the director of Quill?")
    assert ordered[0] is other


def test_a_role_holder_given_with_the_question_s_words_for_the_role_leads():
    from rag.backend import Evidence

    def said(source: str, text: str, value: str, score: float) -> Evidence:
        chunk = Chunk(f"{source}/c0", text, source, "Minister quits", "", "2024-03-01", 1, 1, 0, len(text))
        return Evidence(Hit(chunk, 1.0, 1), 0, len(text), text, score, 0.5, score, value, True)

    old = said("a.txt", "The mayor is to join Home Secretary Tom Hale in a visit to Vale.", "Tom Hale", 0.60)
    new = said("b.txt", "New Home Secretary Ada Quill vowed the men would stay in prison.", "Ada Quill", 0.59)
    ordered = Extractive(Scorer([]))._asked_first([old, new], NAME, "Who is the new home secretary?")
    assert ordered[0] is new
    ordered = Extractive(Scorer([]))._asked_first([old, new], NAME, "Who is the home secretary?")
    assert ordered[0] is old  # both hold the role as asked: the better first


def test_one_word_right_after_the_asked_deed_and_by_holds_the_role(vectors):
    from rag.values import asked_role, in_role

    said = "The title, developed by Quillsoft, was released last year to acclaim from critics."
    question = "Which company developed Starfall?"
    assert in_role_names(said, question) == ["Quillsoft"]
    owner = "The plan was ratified by Labour's ruling committee."  # an owner, not the doer
    assert not [v for v in values(owner, NAME, "Which body ratified the plan?")
                if in_role(owner, v, asked_role("Which body ratified the plan?"), "Which body ratified the plan?")]
    draft = answer(vectors, question,
                   "Starfall has won six Bafta Awards, including best game. "
                   "The title, developed by Quillsoft, was released last year to acclaim from critics.",
                   title="Starfall sweeps games awards")
    assert draft.short_answer == "Quillsoft", text_of(draft)


def test_a_name_that_did_what_a_which_question_asks_holds_the_role():
    for said, question, name in [
            ("Both schemes are run by the Harbour Marketing Association and backed by law.",
             "Which organisation runs the schemes?", "Harbour Marketing Association"),
            ("The decision was ratified by Labour's ruling Harbour Executive Committee on Monday.",
             "Which body ratified the decision?", "Harbour Executive Committee")]:
        held = in_role_names(said, question)
        assert held == [name], said


def test_a_post_asked_is_the_title_news_gives_the_name(vectors):
    assert answer_type("What post does Ada Quill hold?") == NAME and answer_type("What is Ada Quill's job?") == NAME
    assert answer_type("What position did Ada Quill finish in?") == NUMBER  # a place in a table
    before = "Harbour Affairs Minister Ada Quill said the law needed updating."
    assert [v.text for v in values(before, NAME, "What post does Ada Quill hold?")] == ["Harbour Affairs Minister"]
    after = '"It is fun," said Ada Quill, president of sales at Arden Films.'
    assert [v.text for v in values(after, NAME, "What is Ada Quill's job?")] == ["president of sales at Arden Films"]
    after = "Ada Quill, a security manager at Arden, said the program was called Bankrun."  # led by "a"
    assert [v.text for v in values(after, NAME, "What is Ada Quill's job?")] == ["a security manager at Arden"]
    after = "Ada Quill, 23, an information manager from Lyle, gave up ballet at 10."  # after her age, led by "an"
    assert [v.text for v in values(after, NAME, "What is Ada Quill's job?")] == ["an information manager from Lyle"]
    for said in ("If Quill does run, she will win.", "Talks between Mr Brown and Ada Quill failed.",
                 "Britain's Ada Quill won.", "Mr Quill said so."):
        assert values(said, NAME, "What post does Ada Quill hold?") == [], said  # no title given
    draft = answer(vectors, "What post does Ada Quill hold?", before, title="Dementia law to be updated")
    assert draft.short_answer == "Harbour Affairs Minister", text_of(draft)


def test_a_person_s_organisation_and_a_by_when_date_fill_the_slot_the_question_leaves():
    from rag.values import after_stranded

    said = "Ravi Shah from Arden Labs told the BBC how the system works."
    question = "Which organisation does Ravi Shah work for?"
    assert [v.text for v in values(said, NAME, question) if after_stranded(said, v, question)] == ["Arden Labs"]
    said = "The ban would be introduced by the spring of 2026, he said."  # "By when ...?"
    question = "By when will the town ban smoking in pubs?"
    assert [v.text for v in values(said, DATE, question) if after_stranded(said, v, question)] == ["spring of 2026"]
    said = "Mr Shah, political editor of The Courier, said so on Monday."
    question = "Which newspaper is Ravi Shah political editor of?"
    assert [v.text for v in values(said, NAME, question) if after_stranded(said, v, question)] == ["The Courier"]


def test_questions_about_where_someone_comes_from_are_recognised():
    from rag.values import ORIGIN_ASKED

    assert ORIGIN_ASKED.search("Which country does Ada Quill represent?") and ORIGIN_ASKED.search("Where is Quill from?")
    assert not ORIGIN_ASKED.search("Which group does Ada Quill represent?")


@pytest.mark.parametrize("question,text,title,expected", [
    # The asked person's apposition gives their organisation in any sentence around it.
    ("Which company does Ravi Shah work for?",
     "Banks say online fraud is rising and customers are worried about phishing. "
     '"I don\'t think the threat is overplayed, and banks know it," Ravi Shah, global security '
     "manager for Arden Labs, told the BBC News website.", "Solutions to online fraud fears", "Arden Labs"),
    # ... or after "of" beside the full name: "analyst Ravi Shah of Arden Capital".
    ("Which firm does Ravi Shah work for?",
     "Oil prices rose again on Thursday. \"Prices are now setting a new range, between $40 and $50,\" said energy "
     "analyst Ravi Shah of Arden Capital.", "Oil rally", "Arden Capital"),
    # ... and, for the question's verb, after its agent noun.
    ("Which magazine does Ravi Shah edit?",
     "Console prices fell in Europe this week. The launch price of £99 compares well with the US "
     "price of $149, according to Ravi Shah, editor of the Harbour Gamer magazine.", "Handheld console given Euro date",
     "Harbour Gamer"),
    # ... or before it, as a title.
    ("Which body does Ada Quill chair?",
     "Norland Reserve chairman Ada Quill has warned that allowing huge Norlandic budget deficits to continue could "
     "have \"severe\" consequences.", "Quill warning on deficit", "Norland Reserve"),
    # The country that owns the asked name is where they come from.
    ("Which country does Quill come from?",
     "Quill will look to follow up last Saturday's win in Boston with victory in Erfurt. Slovenia's Ada Quill won again.",
     "Hale leads the way at indoor meeting", "Slovenia"),
    # A place joined to the asked verb answers where, before a place something happened in.
    ("Where was Ada Quill born?",
     "Stage star Ada Quill has held a dinner party in Lisbon to raise money for the Harbour Theatre. "
     "The Kelso-born actress said the theatre gave her a start.", "Quill in bid to save theatre", "Kelso"),
])
def test_a_structure_that_gives_what_is_asked_answers(vectors, question, text, title, expected):
    draft = answer(vectors, question, text, title=title)
    assert draft.short_answer == expected, text_of(draft)


def test_a_name_before_the_asked_noun_fills_the_slot_in_an_article_about_the_asked_name(vectors):
    """"Ms Quill" alone names too little of "Ada Rhys Quill" in its chunk; the article names her whole."""
    texts = ["Ada Rhys Quill is worried that the arts council may be taken over by the assembly. "
             "The culture minister said the fears were wrong.",
             "But Ms Quill, who won the £30,000 Harbour painting prize in 2003, said arts funding should be "
             "separate from government. The council gives out £25m a year."]
    chunks = [Chunk(f"prize/c{i}", t, "prize/0.txt", "Artist fears for arts council", "", "2005-02-01", 1, 1, 0, len(t))
              for i, t in enumerate(texts)]
    vectors.add(chunks)
    draft = Extractive(Scorer(texts, vectors)).compose(  # type: ignore[arg-type]
        "Which prize did Ada Rhys Quill win in 2003?", [Hit(c, 1.0, i + 1) for i, c in enumerate(chunks)])
    assert draft.short_answer == "Harbour", text_of(draft)


def test_a_value_in_the_slot_the_question_leaves_needs_less_support(vectors):
    """"By how much ...?" and "by 40 metres": the value sits where the question's own
    preposition points, so a sentence a little below the support needed still answers."""
    question = "By how much did Ada Quill beat Lena Marsh?"
    said = "The nurse, who trains at night, beat Irish international Lena Marsh by 40 metres in the mud."

    def fits(title: str, short: float) -> bool:
        """Whether the sentence fits when `short` below the support needed (words alone, no second reading)."""
        chunk = Chunk("slot/c0", said, "slot/0.txt", title, "", "2024-03-01", 1, 1, 0, len(said))
        scorer = Scorer([said])
        support = scorer.evidence(question, [Hit(chunk, 1.0, 1)])[0].support
        return scorer.evidence(question, [Hit(chunk, 1.0, 1)], support + short)[0].fits

    assert fits("Ada Quill wins in the mud", 0.05) and not fits("Ada Quill wins in the mud", 0.15)
    # Only in a story about the asked names: this nurse may be anyone.
    assert not fits("A win in the mud", 0.05)
    far = answer(vectors, question, "Marsh, who had led for most of the muddy race, was beaten by 40 metres on Sunday.")
    assert far.refused, text_of(far)


def test_of_two_answers_close_in_score_the_one_holding_more_question_words_leads():
    from rag.backend import Evidence
    from rag.extractive import CLOSE_CALL

    question = "Which airport's expansion plans did the motion question?"

    def evidence(n: int, text: str, score: float, coverage: float, value: str) -> Evidence:
        chunk = Chunk(f"close/c{n}", text, f"close/{n}.txt", "Story", "", "2024-03-01", 1, 1, 0, len(text))
        return Evidence(Hit(chunk, 1.0, n + 1), 0, len(text), text, score, coverage, 0.6, value, True)

    vague = evidence(0, "Airport expansion plans at Harbour Airport are opposed.", 0.60, 0.3, "Harbour Airport")
    exact = evidence(1, "Mr Hale signed a motion questioning expansion plans for Lakeside Airport.", 0.60 - CLOSE_CALL / 2,
                     0.9, "Lakeside Airport")
    extractive = Extractive(Scorer([vague.text, exact.text]))
    assert extractive._compose_one(question, [vague, exact], False).short_answer == "Lakeside Airport"
    far = evidence(1, exact.text, 0.60 - 2 * CLOSE_CALL, 0.9, "Lakeside Airport")  # meaning decides beyond the margin
    assert extractive._compose_one(question, [vague, far], False).short_answer == "Harbour Airport"


def test_a_sentence_naming_no_event_is_about_the_last_one_named_before_it(vectors):
    text = ("Ada Quill marked her return with 1500m victory at the indoor meeting. "
            "Quill hit the front just before the bell and cruised to victory in a time of four minutes 14.74 seconds.")
    assert answer(vectors, "What was Ada Quill's winning time in the 800m?", text).refused
    assert answer(vectors, "What was Ada Quill's winning time in the 1500m?", text).short_answer.endswith("14.74 seconds")
    # "37cm short" measures a leap: the sentence is about the jump named before it, not the asked race
    leap = ("Tom Hale set a personal best of 16.50m in the triple jump at the Elmshire meeting. "
            "That leap - 37cm short of Norlander winner Ben Odo's effort - was enough to qualify for the indoor championships.")
    assert answer(vectors, "Who won the 200m at the Elmshire meeting?", leap).refused
    # the sentence before names the asked event too, and another only in an aside
    double = ("Tom Hale enjoyed a double 60m success in Vessland, his first race since he won 100m relay gold. "
              "Hale cruised home ahead of Norlander Ben Odo to win the invitational race.")
    assert answer(vectors, "Which Norlander finished behind Hale in the invitational 60m?", double).short_answer == "Ben Odo"


def test_another_award_category_does_not_answer_the_asked_one(vectors):
    draft = answer(vectors, "Who is shortlisted for best director for Harbour Lights?",
                   "Harbour Lights is also shortlisted in the best designer category, where Ian Marsh will be up "
                   "against Ada Quill.")
    assert draft.refused, text_of(draft)
    draft = answer(vectors, "Who is shortlisted for best designer for Harbour Lights?",
                   "Harbour Lights is also shortlisted in the best designer category, where Ian Marsh will be up "
                   "against Ada Quill.")
    assert draft.short_answer == "Ian Marsh", text_of(draft)


def test_the_object_of_the_asked_verb_is_in_the_slot_the_question_leaves():
    from rag.values import after_asked_verb

    question = "Which programme does Ada Quill present?"
    said = "Ms Quill, who presents The Late Quiz, tells Tom Hale that she despaired at his image."
    assert [v.text for v in values(said, NAME, question) if after_asked_verb(said, v, question)] == ["The Late Quiz"]
    other = "As a Cambridge student Mr Hale was much loved, said Ada Quill."
    assert not [v for v in values(other, NAME, question) if after_asked_verb(other, v, question)]
    chunk = Chunk("object/c0", said, "object/0.txt", "Ada Quill on Tom Hale", "", "2024-03-01", 1, 1, 0, len(said))
    scorer = Scorer([said])
    support = scorer.evidence(question, [Hit(chunk, 1.0, 1)])[0].support
    lifted = scorer.evidence(question, [Hit(chunk, 1.0, 1)], support + 0.05)[0]  # a little below the support needed
    assert lifted.fits and lifted.value == "The Late Quiz"


@pytest.mark.parametrize("question,a,b,first,second", [
    ("When was the bridge opened?", "The bridge was opened on 12 March 2019 by the mayor.",
     "The new bridge was opened by the mayor on 14 March 2019.", "12 March 2019", "14 March 2019"),
    ("How many people live in the town of Harlow?", "About 90,000 people live in the town of Harlow.",
     "Some 95,000 people live in the town of Harlow, the council says.", "90,000 people", "95,000 people"),
    ("Who designed the new bridge in Harlow?", "The new bridge in Harlow was designed by Anna Berg.",
     "The new bridge in Harlow was designed by Carl Moss.", "Anna Berg", "Carl Moss"),
    # worded apart, but both values are tied to what the question names
    ("How old is the singer Mara Lind?", "Mara Lind, 35, will tour Europe next spring with a new band.",
     "The award went on Monday to Mara Lind, 36, for her third album.", "35", "36"),
    ("How many screens will the digital network have?",
     "The scheme will create a network of up to 300 screens showing specialist films.",
     "Most cinemas use old projectors, but the new network will see up to 250 screens in 150 cinemas.",
     "300 screens", "250 screens"),
    ("What was the Harlow jobless rate in March?",
     "The Harlow jobless rate fell to 4.1% in March as fewer people looked for work, figures show.",
     "Firms in Harlow hired fewer staff than forecast in March. Nevertheless it was enough to push down the "
     "jobless rate to 3.9%, its lowest level since September 2001.",
     "4.1%", "3.9%"),
])
def test_conflicts_of_any_kind_give_both_values(vectors, question, a, b, first, second):
    draft = answer(vectors, question, a, b)
    assert draft.conflict, text_of(draft)
    said = text_of(draft)
    assert "disagree" in said and first in said and second in said
    assert len({ev.hit.chunk.source for _, cited in draft.parts for ev in cited}) == 2


def test_one_name_written_two_ways_is_no_conflict(vectors):
    """"Anna Berg" and "Architect Anna Berg" name one person: the sources agree."""
    draft = answer(vectors, "Who designed the new bridge in Harlow?",
                   "The new bridge in Harlow was designed by Anna Berg.",
                   "Architect Anna Berg designed the new bridge in Harlow, the council said.")
    assert not draft.refused and not draft.conflict, text_of(draft)
    assert "Anna Berg" in draft.short_answer


def test_two_days_of_the_asked_month_are_no_conflict(vectors):
    """"In which month ...?" asks only the month: 12 and 14 March agree on it."""
    a, b = ("The bridge was opened on 12 March 2019 by the mayor.", "The new bridge was opened by the mayor on 14 March 2019.")
    draft = answer(vectors, "In which month was the bridge opened?", a, b)
    assert not draft.refused and not draft.conflict, text_of(draft)
    assert "March" in draft.short_answer
    assert answer(vectors, "In which year was the bridge opened?", a, b).conflict is False
    assert answer(vectors, "On what date was the bridge opened?", a, b).conflict  # the day is asked


def test_one_source_with_two_dates_is_no_conflict(vectors):
    draft = answer(vectors, "When was the treaty signed?",
                   "The treaty was signed on July 16, 2001, and has been in effect since Feb. 28, 2002.")
    assert not draft.conflict and draft.short_answer == "July 16, 2001"


@pytest.mark.parametrize("question", [
    "What is the population of Harlow?", "Who won the 2022 World Cup?", "How much did the bridge cost?",
])
def test_refuses_when_no_sentence_answers(vectors, question):
    draft = answer(vectors, question, "The new bridge in Harlow was designed by Anna Berg.",
                   "The bridge was opened on 12 March 2019 by the mayor.")
    assert draft.refused


def test_an_llm_conflict_is_read_from_the_cited_values():
    from rag.backend import Evidence
    from rag.llm import cited_conflict

    def cite(source: str, quote: str) -> Evidence:
        chunk = Chunk(source, quote, source, "t", "", "", 1, 1, 0, len(quote))
        return Evidence(Hit(chunk, 1.0, 1), 0, len(quote), quote, 1.0, 1.0)

    a = cite("a.txt", "The bridge was opened on 12 March 2019.")
    b = cite("b.txt", "The bridge was opened on 14 March 2019.")
    question = "When was the bridge opened?"
    assert cited_conflict(question, [("It opened on 12 March 2019", [a]), ("or 14 March 2019", [b])])
    assert not cited_conflict(question, [("It opened on 12 March 2019", [a, b])])  # one value stated
    assert not cited_conflict("Why was it opened?", [("Because", [a]), ("Because", [b])])


def test_a_clause_is_read_only_in_a_chunk_that_names_the_whole_name(vectors):
    """The clause reading lets a sentence through on the words around its value alone, so it
    is kept for chunks about what the question names, not for any chunk sharing one word."""
    draft = answer(vectors, "In what year did the Apple Powerbook come out?",
                   "The lawsuit began in December 2004 when Apple asked a court to name the bloggers' sources.")
    assert draft.refused, text_of(draft)


def test_a_who_question_is_answered_by_the_name_after_its_role_noun(vectors):
    """"Who manages X?" is answered by "X manager Ella Strand" although the sentence is about
    something else; another role ("coach") is not that one."""
    story = ("Talmo Tigers have signed striker Daniel Okafor for a club-record fee of £18m. "
             "Tigers manager Ella Strand said Okafor was exactly the player the team needed.")
    draft = answer(vectors, "Who manages the Talmo Tigers?", story, title="Talmo Tigers sign Okafor")
    assert not draft.refused and draft.short_answer == "Ella Strand", text_of(draft)
    draft = answer(vectors, "Who founded the café chain Pan Dorado?",
                   "The café chain Pan Dorado will open 40 new bakeries this year. "
                   "\"We have seen demand grow every month,\" said the founder, Jorge Almeida.")
    assert draft.short_answer == "Jorge Almeida", text_of(draft)
    assert answer(vectors, "Who coaches the Talmo Tigers?", story, title="Talmo Tigers sign Okafor").refused


def test_an_age_or_a_place_given_beside_the_asked_name_answers(vectors):
    """News gives ages and places by the name ("Hayes, 27, set a record"; "Ravi Shah, came
    third"): such a sentence answers although it reads as about something else."""
    story = ("Lena Marsh has been elected mayor of Harlow after a recount. "
             "The Liberal Democrat candidate, Ravi Shah, came third with 17% of the vote. "
             "Hayes, 27, set an Olympic record of 12.37 in winning the 100m hurdles.")
    draft = answer(vectors, "Where did Ravi Shah finish?", story)
    assert draft.short_answer == "third", text_of(draft)
    draft = answer(vectors, "How old is Joanna Hayes?", story, title="Joanna Hayes wins award")
    assert draft.short_answer == "27", text_of(draft)
    assert answer(vectors, "How old is Lena Marsh?", story).refused


def test_a_sentence_that_names_its_subject_by_age_answers_how_old(vectors):
    story = ("Jade Ode is undecided about whether to contest next month's indoor championships in Madrid "
             "despite winning the long jump title on Saturday. The 24-year-old delivered a personal best of "
             "6.50m to win the trials but had to wait until her final jump after four failures.")
    draft = answer(vectors, "How old is Jade Ode?", story, title="Ode uncertain about indoor bid")
    assert draft.short_answer == "24", text_of(draft)
    # "The 24-year-old" is whom the sentences before it name: not someone the chunk names elsewhere.
    other = answer(vectors, "How old is Ana Ruiz?", "Ana Ruiz will run in the 5km. Her coach is pleased. " + story,
                   title="Ode and Ruiz named in squad")
    assert other.refused, text_of(other)


def test_a_year_that_names_the_subject_answers_in_what_year(vectors):
    story = ("The Arden Pad 100 has been chosen as the greatest gadget of all time by a US magazine. "
             "The 1991 laptop was chosen because it was one of the first light portable computers.")
    draft = answer(vectors, "In what year did the Arden Pad 100 come out?", story, title="Arden Pad tops gadget list")
    assert draft.short_answer == "1991", text_of(draft)


def test_two_articles_that_name_the_subject_by_different_ages_disagree(vectors):
    draft = answer(vectors, "How old is Jade Ode?",
                   "Jade Ode will run the London Marathon in April. The 31-year-old won the race in 2002 and 2003.",
                   "Jade Ode has been named in the squad for the world championships. The 30-year-old is unbeaten this year.",
                   title="Ode to run in London")
    assert draft.conflict and "30" in text_of(draft) and "31" in text_of(draft), text_of(draft)


def test_an_age_by_the_asked_name_comes_before_an_age_at_some_event(vectors):
    story = ("Tom Dale became an MP at 27 and leader of the opposition at 36. "
             "Mr Dale, 43, told the Daily Telegraph he would find a life of politics boring.")
    draft = answer(vectors, "How old is Tom Dale?", story, title="Dale rules out a return")
    assert draft.short_answer == "43", text_of(draft)


def test_the_aged_subject_is_whom_the_sentences_before_name_by_surname(vectors):
    story = "Foreign Secretary Jack Straw spoke in Paris. The 15-year-old ban on sales may be lifted."
    assert answer(vectors, "How old is Jack Moss?", story, title="Moss and Straw in Paris").refused


def test_an_age_belongs_to_the_name_it_is_given_for():
    said = "Ruiz, who is back from injury, runs the 12km, while 16-year-old Ode goes in the junior race."
    assert [v.text for v in values(said, NUMBER, "How old is Jade Ode?")] == ["16"]
    assert values(said, NUMBER, "How old is Ana Ruiz?") == []
    assert values("Ode, 24, won the race.", NUMBER, "How old is Ana Ruiz?") == []
    behind = "The 31-year-old was third behind Jade Ode in last week's race."
    assert values(behind, NUMBER, "How old is Jade Ode?") == []
    assert values("The 29-year-old finished second to Jade Ode.", NUMBER, "How old is Jade Ode?") == []
    assert values("The 27-year-old took part in the race and was edged out by Jade Ode.", NUMBER,
                  "How old is Jade Ode?") == []
    assert [v.text for v in values("The 15-year-old ban on China may go.", NUMBER, "How old is the ban on China?")] == ["15"]
    assert values("Ruiz finished in a time of 31:41.", NUMBER, "How old is Ana Ruiz?") == []  # a time, no age
    assert values("Ruiz cut her record by one minute 53 secs.", NUMBER, "How old is Ana Ruiz?") == []


def test_a_numbered_kind_names_which_one_and_a_speaker_is_no_place():
    said = "Section 404 of the Sox Act calls for all firms to certify their accounts."
    assert values(said, NAME, "Which section of the act requires firms to certify accounts?")[0].text == "Section 404"
    said = "That put me in lane seven in the final."  # by a number word
    assert [v.text for v in values(said, NAME, "Which lane was he in for the final?")] == ["lane seven"]
    quote = '"We need ordinary faces," said Ana Ruiz, the producer, in Edmonton.'
    assert [v.text for v in values(quote, PLACE, "Where are the auditions being held?")] == ["Edmonton"]


def test_a_list_that_holds_the_asked_name_answers_nothing_about_it():
    said = "Britons Ana Ruiz and Jade Ode were out of contention early on."
    assert values(said, NAME, "Who coaches Jade Ode?") == []
    assert [v.text for v in values(said, NAME, "Who was out of contention?")] == ["Britons Ana Ruiz and Jade Ode"]


def test_a_number_joined_to_a_word_is_part_of_that_word():
    said = "Millions of under-18s and fans of the F-16 also own one."
    assert values(said, NUMBER, "How many teenagers own one?") == []


def test_a_where_question_takes_the_place_after_in_or_at(vectors):
    draft = answer(vectors, "Where was the treaty signed?",
                   "The Harbour Treaty was signed by former CCP leader Jiang Zemin in Moscow on July 16, 2001.")
    assert draft.short_answer == "Moscow", text_of(draft)
    # A place something comes from is no place it happens.
    held = ("It wanted the league to justify funding from the Government after losing the 2005 Games, "
            "which are now being held in Tallinn.")
    assert answer(vectors, "Which city is hosting the 2005 Games?", held).short_answer == "Tallinn"
    # "in either X or Y" is where it happens too, so the sentence before ("He" leans on it) gives no place
    season = ("Jo Roe, who came fifth at the Vessland Games, helped the Norland team win silver in Quillmouth last week. "
              "She is likely to start her indoor season with a race in either Ostby or Tomsby at the end of January.")
    assert answer(vectors, "Where might Jo Roe start her indoor season?", season).short_answer.startswith("Ostby")
    # whoever speaks is no place asked ("Tomsby said" speaks for its government, and names no place a deed is done in)
    praised = 'Fiction buyer Ada Moss said: "It is great to see Jo Roe win in the first novel category."'
    assert answer(vectors, "Where did Jo Roe win?", praised).short_answer != "Ada Moss"
    # a name before the question's noun says which, not where: "filed for Chapter 11 protection in Ostby"
    filed = "Zorb filed for Chapter 11 protection in Ostby in an attempt to halt the auction of its Vale unit."
    assert answer(vectors, "Where did Zorb file for bankruptcy protection?", filed).short_answer == "Ostby"
    works = "Jo Roe, a retail analyst at Zorb Capital, said she expected other firms to come forward."
    assert answer(vectors, "Where does Jo Roe work?", works).short_answer == "Zorb Capital"  # the speaker's place
    # but a place joined to the speaker says where the speaker is
    based = '"It will have to pay real money," said Ostby-based Norland lawyer Jo Roe, who is not connected to the case.'
    assert answer(vectors, "Where is Jo Roe based?", based).short_answer == "Ostby"


def test_a_question_led_by_its_preposition_asks_for_its_object(vectors):
    draft = answer(vectors, "To what age could public sector staff be made to work?",
                   "The plans include raising the retirement age for public sector staff from 60 to 65.")
    assert draft.short_answer == "65", text_of(draft)


def test_a_which_question_takes_the_name_given_to_its_noun(vectors):
    draft = answer(vectors, "Which industrial city did the president plan to visit on Friday?",
                   "The president will visit the industrial northern Vessish city of Tomsby on Friday.")
    assert draft.short_answer == "Tomsby", text_of(draft)


def test_a_question_ending_on_its_preposition_asks_for_its_object(vectors):
    lead = ("Harbour Rovers have signed striker Daniel Okafor from Linden City for a club-record fee of £18m, "
            "the club announced on Monday.")
    manager = "Rovers manager Ella Strand said Okafor was \"exactly the player we needed\"."
    draft = answer(vectors, "Which club did Okafor join from?", lead, manager)  # two files
    assert not draft.conflict and draft.short_answer == "Linden City", text_of(draft)


def test_a_value_in_a_long_sentences_last_clause_is_read_in_that_clause(vectors):
    """The clause "once it opens in 2027" answers although the sentence is about homes."""
    story = ("Regional planners on Thursday approved a 250-megawatt solar park near Talmo. "
             "The developer, Helios Grid, said the 1,100-acre site would power about 70,000 homes once it opens in 2027.")
    draft = answer(vectors, "When will the solar park open?", story, title="Solar park approved near Talmo")
    assert draft.short_answer == "2027", text_of(draft)


@pytest.mark.parametrize("sentence,value", [
    ("The phone goes on sale on 12/03/2025 in Europe.", "12/03/2025"),
    ("It launches on the 12th of March 2025, the firm said.", "the 12th of March 2025"),
    ("Shipments start in mid-March.", "mid-March"),
    ("The plant opens in early 2026.", "early 2026"),
    ("Results are due in Q3 2025.", "Q3 2025"),
    ("It ships in the third quarter of 2025.", "the third quarter of 2025"),
    ("Products should appear by the end of the decade.", "the end of the decade"),  # said from the article's date
])
def test_dates_written_loosely(sentence, value):
    assert [v.text for v in values(sentence, DATE, "When does it launch?")] == [value]


def test_a_part_of_a_year_does_not_contradict_the_year():
    assert normalise("early 2026", DATE) == normalise("2026", DATE) != normalise("2027", DATE)


def test_a_role_given_after_the_name_answers_who_holds_it():
    from rag.values import asked_role, in_role

    said = "\"It's about crime now,\" said Pete Simpson, head of the threat laboratory at security firm Clearswift."
    question = "Who heads the threat laboratory at Clearswift?"
    name = next(v for v in values(said, NAME, question) if v.text == "Pete Simpson")
    assert in_role(said, name, asked_role(question), question)
    # Another kind of the role is someone else's: a finance minister is no communications minister.
    other = "Ravi Rao, India's finance minister, argued for reform."
    question = "Who is India's communications minister?"
    name = next(v for v in values(other, NAME, question) if v.text == "Ravi Rao")
    assert not in_role(other, name, asked_role(question), question)


def test_the_short_form_of_a_name_the_question_spells_out_is_no_answer():
    held = "The debate is held by the Muslim Association of Britain (MAB), the group's Azzam Tamimi said."
    assert [v.text for v in values(held, NAME, "Who speaks for the Muslim Association of Britain?")] == ["Azzam Tamimi"]
    # Written as a word, and with a joined word spelled out: "Wada" for "World Anti-Doping Agency".
    wada = "The case went to Wada, and its head Dick Pound said so."
    assert [v.text for v in values(wada, NAME, "Who heads the World Anti-Doping Agency?")] == ["Dick Pound"]


def test_a_name_in_the_asked_role_comes_before_a_better_sentence_with_another_role(vectors):
    """Another role ("chief financial officer") or none ("Portuguese") does not answer."""
    title = "Aster loses bankruptcy battle"
    story = ("Aster chief financial officer Bruno Mase runs the firm's finances and is the chief executive's "
             "closest adviser. \"It gives us a second life,\" said chief executive Sten Toft.")
    draft = answer(vectors, "Who is the chief executive of Aster?", story, title=title)
    assert draft.short_answer == "Sten Toft", text_of(draft)
    story = ("A judge has dismissed an attempt by Portuguese oil giant Aster to gain bankruptcy protection in "
             "the US. Texas Judge Lena Kratz said Aster did not have enough of a US presence.")
    draft = answer(vectors, "Which judge threw out the Aster bankruptcy case?", story, title=title)
    assert draft.short_answer == "Lena Kratz", text_of(draft)


def test_a_rate_asked_each_month_and_a_month_said_without_a_year():
    lost = "About 10,000 phones are lost every month, and 15 million go out of use every year."
    assert [v.text for v in values(lost, NUMBER, "How many phones go missing each month?")] == ["10,000"]
    assert [v.text for v in values("The site, launched last November, grew fast.", DATE,
                                   "When was the site launched?")] == ["last November"]


def test_a_where_question_prefers_a_place_something_happens_in(vectors):
    story = ("The international award was started after criticism that the Lumen Prize is only open to British "
             "and Irish authors. The prize, which will be awarded in Dublin in June, is given every two years.")
    draft = answer(vectors, "Where will the international Lumen Prize be awarded?", story, title="Lumen Prize list")
    assert draft.short_answer == "Dublin", text_of(draft)


def test_a_question_that_names_nothing_finds_its_role_holder_where_its_words_are(vectors):
    """"Who chairs the disciplinary committee?" names no one: the sentence that gives "committee
    chairman Kostas Pana" answers in the article about that committee, and a chairman elsewhere
    does not."""
    story = ("The disciplinary committee heard the sprinters on Saturday. \"Deliberations will start after some "
             "documents are brought in by Thursday,\" said committee chairman Kostas Pana.")
    draft = answer(vectors, "Who chairs the disciplinary committee?", story, title="Sprinters bullish over hearing")
    assert draft.short_answer == "Kostas Pana", text_of(draft)
    elsewhere = ("Shares rose on Monday after the results. \"We expect a strong year,\" said board chairman Ivo Lind.")
    assert answer(vectors, "Who chairs the disciplinary committee?", elsewhere).refused


def test_a_quarter_of_the_year_is_no_amount():
    question = "How large a dividend will the firm pay?"
    assert values("The firm saw strong fourth quarter profits.", NUMBER, question) == []
    assert [v.text for v in values("About a third of staff left.", NUMBER, "How many staff left?")] == ["third"]


def test_the_thing_counted_is_the_last_noun_asked_and_a_plural_of_a_question_name_is_no_answer():
    from rag.backend import Evidence

    def said(quote: str, value: str, score: float) -> Evidence:
        chunk = Chunk("a/c0", quote, "a.txt", "t", "", "", 1, 1, 0, len(quote))
        return Evidence(Hit(chunk, 1.0, 1), 0, len(quote), quote, score, 0.5, score, value, True)

    target = said("The government is reiterating a 2.5% target for 2005.", "2.5%", 0.65)
    output = said("Industrial output rose, showing 0.7% growth.", "0.7%", 0.63)
    extractive = Extractive(Scorer(["x"]))
    # "growth" only describes the asked "target"; a share counts nothing.
    assert extractive._asked_first([target, output], NUMBER, "What growth target has it set for 2005?")[0] is target
    screens = said("The chain now runs 250 screens.", "250 screens", 0.6)
    sites = said("It opened 12 sites last year and plans more.", "12", 0.7)
    assert extractive._asked_first([sites, screens], NUMBER, "How many screens does the chain run?")[0] is screens
    said_ = "The Lib Dems would let people swap the payments, said Ed Davey."
    assert [v.text for v in values(said_, NAME, "Which Lib Dem spokesman backed the vouchers?")] == ["Ed Davey"]


def test_a_title_that_names_the_asked_role_is_no_part_of_the_name_and_shares_said_in_words():
    from rag.values import asked_role, in_role

    said = "Director Ana Kosta said the film's release should not be delayed."
    question = "Who directed Black Monday?"
    found = values(said, NAME, question)
    assert [v.text for v in found] == ["Ana Kosta"] and in_role(said, found[0], asked_role(question), question)
    assert asked_role("Who is the EFF's lawyer in the Apple case?") == "lawyer"
    assert asked_role("Who represents the pair as their lawyer?") == "lawyer"  # the role after "as"
    passive = "It is directed by Rob Zeman, who worked with Tom Hanks on Castaway."
    directed = "Who directed Polar Night?"
    by, other = values(passive, NAME, directed)[:2]
    assert in_role(passive, by, asked_role(directed), directed) and not in_role(passive, other, asked_role(directed), directed)
    opening = "Directed by Rob Zeman, the film did badly at the box office."  # the verb starts the sentence
    assert in_role(opening, values(opening, NAME, directed)[0], asked_role(directed), directed)
    shares = "The G20 nations account for two thirds of the world's population."
    assert [v.text for v in values(shares, NUMBER, "What share of the world's population do they hold?")] == ["two thirds"]


def test_an_apposition_naming_its_owner_by_a_possessive_still_gives_the_role():
    from rag.values import asked_role, in_role

    question = "Who is the Lib Dems' Treasury spokesman?"
    said = "Vince Cable, the party's Treasury spokesman, said the plan would help buyers."
    assert asked_role(question) == "spokesman"
    assert in_role(said, values(said, NAME, question)[0], asked_role(question), question)


def test_a_possessive_name_leads_without_its_s(vectors):
    text = "Retailers must explain the tags, said Capgemini's principal consultant Ard Vetham."
    chunk = Chunk("poss/c0", text, "poss/0.txt", "Concern over RFID tags", "", "2024-03-01", 1, 1, 0, len(text))
    vectors.add([chunk])
    evidence = Scorer([text], vectors).evidence("Which firm does Ard Vetham work for?", [Hit(chunk, 1.0, 1)])  # type: ignore[arg-type]
    assert evidence[0].value == "Capgemini"


@pytest.mark.parametrize("text,question,named", [
    ("Aid to Africa will double.", "How much will African schools get?", True),  # the same first letters
    ("Chinese exports rose.", "How much did China export?", True),
    ("China-Russia trade grew.", "What was trade between China and Russia worth?", True),
    ("The World Anti-Doping Agency said so.", "Who heads Wada?", True),  # a long name by its initials
    ("Wada said so.", "Who heads the World Anti-Doping Agency?", True),
    ("Carl Ode of the Institute for Fiscal Studies said so.", "Who spoke for the IFS?", True),
    ("Units No. 7 and No. 8 are being built.", "When did work on units No. 7 and No. 8 start?", True),
    ("The PSP will go on sale for $250.", "How much will the Xbox 2 cost?", False),
    ("Marco won the 60m race.", "How long was the race in Cardiff?", False),
    ("The race was run over 60m.", "How long was the race?", True),  # no name asked: nothing to miss
    ("The cheapest Mini cost £10,000.", "How much does the new iPod mini cost?", False),  # a brand in lower case
    ("The new iPod mini holds 6GB.", "How much does the new iPod mini cost?", True),
    ("Holmes won the 800m.", "What did Kelly Holmes win?", True),  # half a long name will do
    ("The Spirit of Cardiff sailed.", "When are the Independent Spirit Awards?", False),  # one word of three
    ("James won the 800m.", "How old is Shani Rhys James?", False),
    ("Chris Tomlinson jumped 7.95m.", "How far has Christian Olsson jumped?", False),  # a first name alike is no one
    ("Kell won the 800m.", "What did Kelly Holmes win?", False),
    ("It won the Golden Lion in Venice.", "Who hosted the Golden Globes ceremony?", False),  # of two, the first alone is another
    # of two, the last alone only as it ends a name: not "War" of "World War I" for "Dirty War"
    ("The film is a World War I drama by Ada Moss.", "Who directed Dirty War?", False),
    ("Lewis-Francis won the 60m.", "How fast did Mark Lewis-Francis run?", True),
    # the same last words after other first ones: another body of the kind
    ("The Elmshire Film Critics Association met.", "When does the Norland Film Critics Association meet?", False),
    ("The Norland Film Critics Association met.", "When does the Norland Film Critics Association meet?", True),
])
def test_names_each_reads_a_name_by_its_words_initials_or_stem(text, question, named):
    from rag.question import names_each

    found = names_each(text, question)
    assert (not found or any(found)) is named


def test_an_article_that_names_nothing_the_question_names_does_not_answer(vectors):
    """Another console's price is no answer to the asked one's, however alike the sentences;
    an article naming the asked place by another name (here its country) still answers."""
    other = answer(vectors, "How much will the Xbox 2 cost?",
                   "The handheld console will go on sale for $250 in March.", title="Sony sets PSP price")
    assert other.refused, text_of(other)
    alias = answer(vectors, "How many jobs will go in the UK?",
                   "Up to 4,000 jobs will go, the company said.", title="Cuts hit Britain's car plants")
    assert not alias.refused and alias.short_answer == "4,000 jobs", text_of(alias)


def test_an_asked_name_is_embedded_once_however_many_articles_are_read_for_it(vectors, monkeypatch):
    """The alias check weighs the asked name against each article's names: the model runs on
    each name once, not once per article (a question's slowest part when many articles miss it)."""
    embedded: list[str] = []
    embed = vectors.embed_texts
    monkeypatch.setattr(vectors, "embed_texts", lambda texts: embedded.extend(texts) or embed(texts))
    folder = f"alias{len(vectors.stored)}"
    texts = ["Up to 4,000 jobs will go, the company said.", "Up to 4,000 jobs will go, the firm said."]
    titles = ["Cuts hit Britain's car plants", "Britain's car plants to shed staff"]
    chunks = [Chunk(f"{folder}/c{i}", t, f"{folder}/{i}.txt", titles[i], "", "2024-03-01", 1, 1, 0, len(t))
              for i, t in enumerate(texts)]
    vectors.add(chunks)
    extractive = Extractive(Scorer(texts, vectors))  # type: ignore[arg-type]
    hits = [Hit(c, 1.0, i + 1) for i, c in enumerate(chunks)]
    for _ in range(2):
        draft = extractive.compose("How many jobs will go in the UK?", hits)
        assert not draft.refused, text_of(draft)
    assert embedded.count("UK") == 1 and embedded.count("Britain") == 1, embedded


def test_an_article_must_name_the_place_or_time_the_question_ends_on(vectors):
    """Sales in another region, a time at another meeting, are no answer to the asked one, however
    alike the sentences: the place or time a question ends on must be in the article, by its words
    or another name close in meaning. Other names need only one of them named, as before."""
    elsewhere = answer(vectors, "How many cars did Arvo sell in Europe last year?",
                       "Arvo sold nearly 95,000 cars in Asia last year, up 2.6% on 2003.", title="Arvo sales climb")
    assert elsewhere.refused, text_of(elsewhere)
    meeting = answer(vectors, "What time did Ken Odo run in Lyon?",
                     "Ken Odo clocked 6.56 seconds to win the 60m in Ghent.", title="Odo wins in Ghent")
    assert meeting.refused, text_of(meeting)
    said = answer(vectors, "How many cars did Arvo sell in Asia last year?",
                  "Arvo sold nearly 95,000 cars in Asia last year, up 2.6% on 2003.", title="Arvo sales climb")
    assert not said.refused and said.short_answer == "95,000", text_of(said)
    alias = answer(vectors, "How many jobs will Arvo cut in the UK?",
                   "Arvo will cut up to 4,000 jobs, the company said.", title="Arvo cuts hit Britain")
    assert not alias.refused and alias.short_answer == "4,000 jobs", text_of(alias)


def test_names_each():
    from rag.question import names_each

    assert names_each("Arvo sold 95,000 cars in Asia.", "How many cars did Arvo sell in Europe?") == [True, False]
    assert names_each("Odo ran in Lyon.", "What time did Ken Odo run in Lyon?") == [True, True]  # half a name will do
    assert names_each("It rose.", "How much did it rise?") == []
    # a long name by the initials the text writes, not by another long name with the same initials
    asked = "Who is nominated at the Ostby Vale awards?"
    assert names_each("Moss is nominated for Orange Velvet and the OV prize.", asked) == [True]
    assert names_each("Moss is nominated for Orange Velvet at the Oscars.", asked) == [False]


def test_setting_names():
    from rag.question import setting_names

    assert setting_names("How many cars did BMW sell in Europe?") == [False, True]
    assert setting_names("What was the Ifo index in March?") == [False, True]
    assert setting_names("When will DVB-H launch in the UK?") == [False, True]
    assert setting_names("Which of Moscow's envoys in Washington was called home?") == [False, False]
    assert setting_names("How many cars did BMW sell in Europe last year?") == [False, True]
    assert setting_names("Who did Ann Lee beat?") == [False]
    # the setting may be a named event: the race in Tomsby is not her record elsewhere
    assert setting_names("What was Ada Moss's time in the Tomsby half-marathon?") == [False, True]
    assert setting_names("What time did Ada Moss run in the Tomsby 60m?") == [False, True]

@pytest.mark.parametrize("sentence,question,names", [
    ("BBC pundit Jonathan Edwards backs Ivo Dane.", "Who backs Ivo Dane?", ["Jonathan Edwards"]),
    ("It was a spin-off from Norwegian telecoms company Telenor.", "Who owned it?", ["Telenor"]),
    ("Stars attended the British premiere of the film.", "Who attended?", []),
    ("In the film Kevin Spacey plays Bobby Darin.", "Who plays Bobby Darin?", ["Kevin Spacey"]),  # a verb
    ("Then Ruiz scored twice for Vale.", "Who scored for Vale?", ["Ruiz"]),
    ("It is Ada Moss, one of three Welsh authors who made the list.", "Who made the list?", ["Ada Moss"]),
])
def test_a_who_is_no_name_that_only_qualifies_a_title(sentence, question, names):
    assert [v.text for v in values(sentence, NAME, question)] == names


def test_a_number_joined_to_its_noun_counts_it():
    from rag.extractive import _counts

    said = "He faces a 42-count indictment, he and three others said."
    counted = [v.text for v in values(said, NUMBER, "How many counts does the indictment have?") if _counts(v, said, "counts")]
    assert counted == ["42"]
    # A word between may say which ones ("250 new screens"), a joining word starts another clause.
    rose = "Sales rose to 80,600 while sales of vans rose to 250 new vans."
    assert [v.text for v in values(rose, NUMBER, "How many vans?") if _counts(v, rose, "vans")] == ["250"]
    assert not [v for v in values(rose, NUMBER, "How many sales?") if _counts(v, rose, "sales")]


def test_a_forecast_figure_answers_only_a_question_about_the_forecast():
    said = "The index fell to 51.8, missing forecasts of 53.7."
    assert [v.text for v in values(said, NUMBER, "What was the index reading in May?")] == ["51.8"]
    assert "53.7" in [v.text for v in values(said, NUMBER, "What reading had been forecast for May?")]
    said = "It leaves output up 2.3% for the year, short of the 2.5% which the government had predicted."
    assert [v.text for v in values(said, NUMBER, "How much did output grow?")] == ["2.3%"]


def test_a_change_by_some_amount_is_no_level():
    said = "The player now sells for £99, after prices were cut by an average of £40."
    assert [v.text for v in values(said, NUMBER, "How much does the player cost?")] == ["£99"]
    assert "£40" in [v.text for v in values(said, NUMBER, "By how much were prices cut?")]
    assert "£40" in [v.text for v in values(said, NUMBER, "How much cheaper did prices get after the cut?")]


def test_an_age_that_opens_a_paragraph_is_of_whom_the_title_names(vectors):
    said = "The 32-year-old Ethiopian is the first star name to enter the race."
    assert [v.text for v in values(said, NUMBER, "How old is Lena Tuvo?")] == ["32"]  # "Ethiopian" is no name
    draft = answer(vectors, "How old is Lena Tuvo?", said + " She won the world title in 2001.", title="Tuvo to run in Leeds")
    assert draft.short_answer == "32", text_of(draft)
    other = answer(vectors, "How old is Lena Tuvo?", said, title="Ruiz to run in Leeds")
    assert other.refused, text_of(other)


def test_a_figure_for_part_of_the_asked_year_is_not_the_year_s(vectors):
    story = "Vale's economy grew 0.6% in the last quarter of 2004. For the whole of 2004 it grew by 2.1%."
    draft = answer(vectors, "How much did Vale's economy grow in 2004?", story)
    assert draft.short_answer == "2.1%", text_of(draft)
    quarter = answer(vectors, "How much did Vale's economy grow in the last quarter of 2004?", story)
    assert quarter.short_answer == "0.6%", text_of(quarter)
    # a year asked in words is a year too
    draft = answer(vectors, "What were Zorb's revenues last year?",
                   "Zorb's revenues nearly tripled in the fourth quarter of 2004, exceeding $86m.")
    assert draft.refused, text_of(draft)


def test_a_figure_given_for_another_year_is_not_the_asked_year_s(vectors):
    question = "How much did Vessland's exports earn in 2004?"
    since = answer(vectors, question, "Since 2001 Vessland's exports have earned more than $10bn a year.",
                   title="Vessland exports in 2004")
    assert since.refused, text_of(since)
    # the other year stands in another clause of the sentence: the figure is still the asked one
    compared = answer(vectors, question, "Vessland's exports earned $12bn, compared with $9bn in 2003.",
                      title="Vessland exports in 2004")
    assert compared.short_answer == "$12bn", text_of(compared)


def test_a_count_of_a_named_measure_must_name_it():
    question = "What is the population of Vale?"
    assert [v.text for v in values("Vale has a population of 5.2 million.", NUMBER, question)] == ["5.2 million"]
    assert values("Vale's parliament has 75 seats.", NUMBER, question) == []
    # A rate is known by its unit: "4.7%" needs no "rate" beside it.
    assert [v.text for v in values("Joblessness in Vale rose to 4.7%.", NUMBER, "What is the unemployment rate in Vale?")] == ["4.7%"]


def test_she_at_the_start_of_a_sentence_is_read_as_the_person_asked_about():
    """A long sentence is read again with the asked name for "He"/"She" (only for a full name:
    one word may be a firm, which is no "she")."""
    from rag.extractive import _resolved

    said = "She first appeared on Playdays 25 years ago and was made an OBE in 2001."
    assert _resolved(said, "When was Ada Quill made an OBE?", "") == (
        "Ada Quill first appeared on Playdays 25 years ago and was made an OBE in 2001.")
    assert _resolved(said, "When was Acme made an OBE?", "") == ""


def test_a_question_is_read_in_its_normal_form():
    from rag.question import normal_form, truecased

    assert normal_form("what's the population of Vale") == "what is the population of Vale?"
    assert normal_form("Who runs Acme?") == "Who runs Acme?"
    # The asking around a question is dropped: it says nothing of what is asked.
    assert normal_form("Can you tell me who runs Acme?") == "Who runs Acme?"
    assert normal_form("please tell me how old jade johnson is") == "how old jade johnson is?"
    assert normal_form("Do you know when the treaty was signed?") == "when the treaty was signed?"
    # A command asks the question it stands for.
    assert normal_form("Name one of the scientists who worked with Ada Moss.") == "Which scientists worked with Ada Moss?"
    assert normal_form("list the firms that bid for Acme") == "Which firms bid for Acme?"
    assert normal_form("Name Acme's owner.") == "Name Acme's owner."
    texts = ["Jade Johnson won. Coach Ruiz says Jade Johnson is old enough.", "The united front held."]
    assert truecased("how old is jade johnson?", texts) == "How old is Jade Johnson?"
    assert truecased("HOW OLD IS JADE JOHNSON?", texts) == "How old is Jade Johnson?"
    # Someone who types one capital types the names' too: "united" stays a word.
    assert truecased("How old is the united front?", texts + ["Manchester United won."] * 3) == "How old is the united front?"
    # A possessive is cased as its name; a word capitalised only inside another name stays a word.
    texts = ["Fans say Holmes' coach and India's firms agree.", "The rules of the Select Committee, the Harbour "
             "Committee and the Vale Committee differ, the committee said, and a committee of three agreed."]
    assert truecased("who is holmes's coach in india?", texts) == "Who is Holmes's coach in India?"
    assert truecased("which committee met?", texts) == "Which committee met?"


def test_a_title_that_fills_the_slot_does_not_beat_the_sentence_with_the_asked_ordinal(vectors):
    draft = answer(vectors, "Who was Norland's second best-paid actor?",
                   "Actor Jo Roe - star of the film Tides - has beaten Tom Hale to become Norland's best-paid actor of 2004. "
                   "Film star Ada Moss was Norland's second best-paid actor in 2004, earning 3.55m euros.")
    assert draft.short_answer == "Ada Moss", text_of(draft)
    # an ordinal of the thing, not of the asked role, orders no one
    draft = answer(vectors, "Who directed the third Quill film?",
                   "This third Quill film brought a change of director and a visual shake-up that shines on DVD. "
                   "Quill director Ada Moss has signed a three-year deal with Vale Studios.")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_a_value_set_off_in_a_clause_about_something_else_is_not_the_nearest(vectors):
    draft = answer(vectors, "Who won the women's race at the Lakeside Cross?",
                   "Anna Bell, who took silver for the women's team at last month's Nordic Games, won the women's race "
                   "at the Lakeside Cross.")
    assert draft.short_answer == "Anna Bell", text_of(draft)


def test_of_clauses_that_share_a_subject_the_value_is_in_the_one_with_the_asked_words():
    from rag.extractive import _IN_OR_AT, _nearest

    said = "She will also run in the Grand Prix in Ostby in February and may defend her indoor VAC 800m title in Tomsby."
    question = "Where will Jo Roe defend her VAC title?"
    found = [v for v in values(said, PLACE, question) if _IN_OR_AT.search(said[:v.start])]
    every = {"jo": 7.0, "roe": 7.0, "defend": 5.7, "vac": 6.0, "titl": 4.5}
    assert _nearest(found, said, {"defend": 5.7, "titl": 4.5}, "", None, every).text == "Tomsby"


@pytest.mark.parametrize("question, sentence, value", [
    ("When do business customers get the faster speeds?",
     "The new speeds start on 17 February for home customers and 1 April for business customers.", "1 April"),
    ("Where does Norvex make cookers?",
     "Norvex makes garden tools in Linton, and cookers and ovens in Harbridge.", "Harbridge"),
    ("How fast did consumer spending grow in the final quarter?",
     "Consumer spending grew 4.2% in the final quarter, down from the third quarter's 5.1%.", "4.2%"),
])
def test_in_a_list_the_value_goes_with_the_words_in_its_own_part(vectors, question, sentence, value):
    draft = answer(vectors, question, sentence)
    assert draft.short_answer == value, text_of(draft)


def test_the_word_that_opens_a_quotation_is_no_name():
    said = 'Writing in the Northern Echo, the Bishop said: "Conspiracy theories are fun."'
    assert [v.text for v in values(said, NAME, "In which newspaper did the bishop write?")] == ["Northern Echo"]


def test_a_value_in_brackets_is_farther_than_any_outside_them(vectors):
    draft = answer(vectors, "In which year did the Harbour Company and Norvale sign the Lake Treaty?",
                   "In 1750, the Harbour Company (1702–1790) and Norvale signed the Lake Treaty, which set the border.")
    assert draft.short_answer == "1750", text_of(draft)


def test_a_number_after_a_date_or_a_label_joins_no_name():
    assert "Monday 16" not in [v.text for v in values("Talks open on Monday 16 May in Rome.", NAME, "Who opens talks?")]
    assert [v.text for v in values("The ex-No 10 adviser quit.", NAME, "Who quit?")] == []


def test_he_or_she_after_a_sentence_that_names_the_asked_person_is_about_them(vectors):
    first = "Children will have a new champion from next month. The first commissioner is Professor Tom Ardley."
    second = 'He is described as "a proud grandfather" of five. The post pays £90,000 a year and lasts five years.'
    start = len(first) + 2
    chunks = [Chunk("ardley/c0", first, "ardley/a.txt", "Champion named", "", "2024-03-01", 1, 1, 0, len(first)),
              Chunk("ardley/c1", second, "ardley/a.txt", "Champion named", "", "2024-03-01", 3, 3, start,
                    start + len(second))]
    vectors.add(chunks)
    scorer = Scorer([first, second], vectors)  # type: ignore[arg-type]
    draft = Extractive(scorer).compose("How many grandchildren does Tom Ardley have?", [Hit(chunks[1], 1.0, 1)])
    assert draft.short_answer == "five", text_of(draft)


def test_what_place_someone_finished_in_asks_a_rank():
    question = "What place did Ana Ruiz finish in the Athens heptathlon?"
    assert answer_type(question) == NUMBER
    said = "Ruiz finished third in the Olympic heptathlon in Athens, where the Swede took gold."
    assert [v.text for v in values(said, NUMBER, question)] == ["third"]
    assert answer_type("What place did the tour visit first?") == PLACE


def test_a_year_alone_says_no_date():
    said = "The next version is due in 2006, the firm said on 3 March."
    assert [v.text for v in values("The next version is due in 2006.", DATE, "When is the next version due?")] == ["2006"]
    assert values("The next version is due in 2006.", DATE, "On what date will the next version come out?") == []
    assert [v.text for v in values(said, DATE, "On what date did the firm speak?")] == ["3 March"]


def test_a_level_moved_from_one_value_to_another_is_the_second():
    cut = "The fund cut its 2005 growth forecast for the economy from 1.8% to 0.8%."
    assert [v.text for v in values(cut, NUMBER, "What is the fund's new growth forecast?")] == ["0.8%"]
    assert "1.8%" in [v.text for v in values(cut, NUMBER, "What was the fund's previous growth forecast?")]
    closed = "The index closed up 23 points to 6661.89 on Thursday."
    assert [v.text for v in values(closed, NUMBER, "At what level did the index close?")] == ["6661.89"]
    assert "23 points" in [v.text for v in values(closed, NUMBER, "By how much did the index rise?")]


def test_a_place_in_a_chart_may_be_given_as_a_number():
    said = "It was the number one selling DVD, with the limited edition coming in at number 11."
    assert [v.text for v in values(said, NUMBER, "Where did the limited edition come in the chart?")] == ["number 11"]
    # "Where did it reach in the box office chart?" asks a place in the chart, not takings.
    reached = "The film took $9m (£4.6m) and only reached number eight at the box office in its opening week."
    question = "Where did the film reach in the US box office chart in its opening week?"
    assert answer_type(question) == NUMBER and [v.text for v in values(reached, NUMBER, question)] == ["number eight"]


def test_a_title_written_in_lower_case_before_the_name_answers_which_post():
    said = "The scandal led to the resignation of immigration minister Ana Ruiz last year."
    assert [v.text for v in values(said, NAME, "Which post did Ana Ruiz resign from?")] == ["immigration minister"]
    respelt = "It involved the former immigration minister Anna Ruiz."  # her name spelt another way is no title
    assert [v.text for v in values(respelt, NAME, "Which post did Ana Ruiz resign from?")] == ["former immigration minister"]


def test_a_key_length_in_bits_is_a_measure_even_when_its_number_looks_like_a_year():
    said = "It is a 2048-bit long number that is virtually impossible to crack."
    assert [v.text for v in values(said, NUMBER, "How long is the key?")] == ["2048-bit"]


def test_a_sentence_opening_with_it_is_read_after_the_one_it_leans_on(vectors):
    draft = answer(vectors, "How long is the unique key each customer gets?",
                   "Each customer gets a key which is unique to them. It is a 512-bit long number that is "
                   "virtually impossible to crack, said the bank's security chief.")
    assert draft.short_answer == "512-bit", text_of(draft)


def test_a_question_the_article_asks_answers_none(vectors):
    asked = answer(vectors, "Is the Harlow mayor stepping down?",
                   "So, why is the Harlow mayor waiting before stepping down?",
                   "The Harlow mayor said she would decide on stepping down after the summer.")
    assert not asked.refused and asked.parts[0][0].startswith("The Harlow mayor said")
    titled = answer(vectors, "Who stars in Night Ferry?",
                    "Night Ferry, starring Ana Ruiz, came second, with the comedy Why Not Now? third.")
    assert titled.short_answer == "Ana Ruiz"  # a title may end in a question mark


@pytest.mark.parametrize("question,other", [
    ("Wer ist der Chef von Norvik?", True), ("Qui a fondé Norvik ?", True), ("¿Quién dirige el Norvik?", True),
    ("Кто руководит Norvik?", True), ("诺维克的老板是谁？", True),
    ("Who directed La Vie en Rose?", False), ("Who won the Tour de France?", False),
    ("who directed la vie en rose", False), ("Was ist der Chef von Norvik?", True),
    ("How many people die each year?", False), ("Norvik chief executive?", False),
])
def test_a_question_in_another_language_than_the_articles_is_told_apart(question, other):
    from rag.text import in_another_language

    articles = "Norvik named a new chief executive on Monday. The firm said the board had agreed to the choice."
    assert in_another_language(question, articles) is other


def test_keywords_with_no_common_word_are_not_taken_for_another_language():
    from rag.text import in_another_language

    articles = "US employers created 146,000 jobs in January, the Labor Department said."
    assert not in_another_language("US jobs created January", articles)  # "us" is a common word of Catalan
    assert in_another_language("Qui a fondé Norvik ?", articles)
    # "sale" is a common word of Romanian; "postcard" is the articles' word in another form
    assert not in_another_language("postcard sale cost", "The postcards cost £5 each in the sale.")
    assert not in_another_language("country Ada Moss come", "Ada Moss comes from Norland.")  # "come": Italian


@pytest.mark.parametrize("question,opinion", [
    ("What do you think of the mayor?", True), ("Should Harlow build the bridge?", True),
    ("Which is better, the tram or the bus?", True), ("Who is the best striker of all time?", True),
    ("What is your view of the deal?", True), ("Is Ada Moss a good mayor?", True), ("Was it right to sell the bridge?", True),
    ("Is Harlow the largest town in Elmshire?", False), ("Was Harlow the first town to sign the deal?", False),
    ("When should the bridge open?", False), ("What would the bridge set you back?", False),
    ("What is the best-selling album of all time?", False), ("Which firm was worse hit by the strike?", False),
    ("Which magazine picked the greatest gadget of all time?", False),  # whose judgement, a report
    ("Which gadget did Zorb name the greatest of all time?", False),
])
def test_a_question_asking_for_an_opinion_is_told_apart(question, opinion):
    from rag.question import OPINION_QUESTION

    assert (OPINION_QUESTION.search(question) is not None) is opinion


def test_a_who_is_question_asks_the_role_its_long_title_ends_on():
    from rag.values import asked_role

    assert asked_role("Who is Norland's economic and fiscal policy minister?") == "minist"
    assert asked_role("Who is the acting president?") == "presid"
    assert asked_role("Who is representing Harlow at the talks?") == ""  # a verb's object, no title
    assert asked_role("Who is directing the Night Ferry film?") == "direct"  # a post's deed under way


def test_a_month_is_no_place():
    said = "The move would have to wait until May's annual meeting in Frankfurt."
    assert [v.text for v in values(said, PLACE, "Where is the firm moving its headquarters?")] == ["Frankfurt"]


def test_a_word_that_only_qualifies_nouns_in_its_article_names_no_one():
    from rag.values import only_modifies

    article = ("Director Ana Ruiz cast an American actress - Lena Stroud - as the lead. The American studio agreed. "
               "Stroud was thrilled. Ruiz later said Stroud had British and Irish roots.")
    said = "Ruiz defended her decision to cast an American actress - Lena Stroud - as the lead."
    assert only_modifies("American", article) and not only_modifies("Stroud", article)
    assert not only_modifies("British", article)  # "British and Irish" says neither
    assert [v.text for v in values(said, NAME, "Who plays the lead?", article)] == ["Lena Stroud"]
    assert "American" in [v.text for v in values(said, NAME, "Who plays the lead?")]  # no article, no telling


def test_a_place_made_from_a_name_the_question_gives_is_asked_about_not_the_answer():
    question = "In which city will Vos first race on Norlish soil?"
    said = "Vos will race in Norland, first in Tartu."
    assert [v.text for v in values(said, PLACE, question)] == ["Tartu"]
    assert [v.text for v in values("Vos will race in Norland.", PLACE, "Where will Vos race?")] == ["Norland"]


def test_how_much_faster_asks_a_multiple_or_a_share():
    from rag.values import number_kind

    question = "How much faster than the old network is the new one?"
    assert number_kind(question) == "multiple"
    assert number_kind("How many times has she won the title?") == "count"
    said = "The new network, at speeds of 100 megabits a second, is meant to be 10 times faster than the old one."
    assert [v.text for v in values(said, NUMBER, question)] == ["10 times"]
    assert [v.text for v in values("It is twice as fast as the old one.", NUMBER, question)] == ["twice"]
    assert [v.text for v in values("The new chip is 40% faster.", NUMBER, question)] == ["40%"]


def test_a_stake_is_a_share_unless_a_sum_is_asked():
    from rag.values import number_kind

    said = "Vale has agreed to buy 33% of Quill for 481m yuan."
    assert number_kind("How big a stake in Quill is Vale buying?") == "percent"
    assert [v.text for v in values(said, NUMBER, "How big a stake in Quill is Vale buying?")] == ["33%"]
    assert number_kind("How much is Vale paying for its stake?") == "money"


def test_how_long_takes_the_span_of_the_asked_verb(vectors):
    from rag.values import spans_asked_verb

    question = "How long was Ivo Berg held in Tallinn?"
    held = "A terror suspect held in a Tallinn jail for 33 months, Ivo Berg, plans to sue the government."
    other = "Ivo Berg said he refused, and within three weeks he was told he would be held in Tallinn."
    assert spans_asked_verb(held, values(held, NUMBER, question)[0], question)
    assert not spans_asked_verb(other, values(other, NUMBER, question)[0], question)
    paid = "Berg was signed for £4.6m in 1998."  # a sum is no span, whatever verb it follows
    assert not spans_asked_verb(paid, Value("£4.6m", 20, 25), "How long was the deal Berg signed?")
    story = f"{held}\n{other}"  # one article: the suspect is Ivo Berg
    assert answer(vectors, question, story).short_answer == "33 months"


def test_a_role_owned_by_a_pronoun_is_the_asked_persons_and_a_quote_in_a_quote_names_no_one():
    said = "His lawyer Ana Ruiz said: \"'We are hoping to issue proceedings against the officials.\""
    assert [v.text for v in values(said, NAME, "Who is Ivo Berg's lawyer?")] == ["Ana Ruiz"]


def test_with_no_asked_word_beside_any_value_a_value_outside_a_clause_set_off_leads(vectors):
    said = "Ruiz, who worked with the Vale teams at the 2000 and 2004 Games, takes over from Ivo Berg."
    assert answer(vectors, "Who does Ana Ruiz replace at Vale Athletics?", said).short_answer == "Ivo Berg"


def test_a_sum_of_money_is_no_length():
    said = "Berg, signed for £4.6m last year, jumped 8.1m in Oslo."
    assert [v.text for v in values(said, NUMBER, "How far did Berg jump in Oslo?")] == ["8.1m"]


def test_how_far_a_price_fell_asks_a_share_and_how_long_a_ban_asks_time():
    from rag.values import number_kind

    assert number_kind("How far did Quill shares fall at one point?") == "percent"
    assert number_kind("How far have Quill's sales dropped this year?") == "percent"  # a share, not a count of sales
    assert number_kind("How far did Ana Ruiz jump?") == "measure"
    assert number_kind("How long is Ana Ruiz banned for?") == "duration"
    assert number_kind("What bonus did Ana Ruiz receive?") == "money"  # what someone is paid is a sum
    assert number_kind("How much has the Vale rupee gained?") == "portion"  # a gain is a move, in a share or an amount
    said = "Ruiz, the 100m champion, was handed a two-year ban in May."
    assert [v.text for v in values(said, NUMBER, "How long is Ana Ruiz banned for?")] == ["two-year"]


def test_a_boost_is_a_rise_and_a_contraction_a_fall():
    from rag.values import Value, move_of

    said = "Vessland's box office received a 3.8% boost last year, while output contracted 1.2% in Norland."
    rise, fall = (Value(t, said.index(t), said.index(t) + len(t)) for t in ("3.8%", "1.2%"))
    assert (move_of(said, rise), move_of(said, fall)) == ("up", "down")
    # the figure a move was made from did not move: "down from the third quarter's 5.1%"
    since = "Spending grew 4.2% in the final quarter, down from the third quarter's 5.1%."
    assert move_of(since, Value("5.1%", since.index("5.1%"), since.index("5.1%") + 4)) == ""


def test_a_figure_that_moved_the_other_way_gives_way_to_one_that_moved_as_asked(vectors):
    from rag.values import direction_asked

    assert direction_asked("By what percentage did Quill's profits fall?") == "down"
    assert direction_asked("How much did Quill's sales rise?") == "up"
    assert direction_asked("What growth does Quill forecast?") == ""  # a level, not a move
    assert direction_asked("What was Quill's highest share before its decline?") == ""  # a level at a time
    question = "By what percentage did Quill Air's profits fall?"
    draft = answer(vectors, question,
                   "Quill Air's profits were hit in the quarter, when fuel costs rose by 47.3%. "
                   "The airline blamed high fuel prices for a 40% drop in profits.")
    assert draft.short_answer == "40%", text_of(draft)
    # A figure said with no move gives way too: a value is no rise.
    draft = answer(vectors, "By how much did Quill Air shares rise on Tuesday?",
                   "With its shares closing Tuesday at 873p, Quill Air is valued at £2.6bn. "
                   "Shares in Quill Air closed up 9% on Tuesday on talk of a bid.")
    assert draft.short_answer == "9%", text_of(draft)
    # A level asked may stand far from the word for its move.
    draft = answer(vectors, "To what level did the Quill employment index fall?",
                   "It was the second monthly fall in the Quill employment index to 48.3. "
                   "The Quill output index rose to 51.8 from 50.1.")
    assert draft.short_answer == "48.3", text_of(draft)


def test_an_offer_per_share_is_money():
    from rag.values import number_kind

    assert number_kind("What offer per share would be fair for Aster?") == "money"
    assert number_kind("What bid did Kolb make for Aster?") == "money"
    said = "Brokers said an offer of 950p a share would be fair."
    assert [v.text for v in values(said, NUMBER, "What offer per share would be fair for Aster?")] == ["950p"]


def test_a_value_that_counts_the_asked_noun_needs_a_little_less_support(vectors):
    draft = answer(vectors, "How many telecentres are in the network?", "All 14 telecentres run free software.")
    assert draft.short_answer == "14", text_of(draft)
    # when the question names whose they are, a count in an article about it says nothing of theirs
    draft = answer(vectors, "How many telecentres has Quill Net opened?",
                   "Quill Net chief Ada Moss spoke in Lima. All 14 telecentres run free software.")
    assert draft.refused, text_of(draft)


def test_a_thing_asked_by_its_noun_is_answered_by_the_name_given_with_that_noun(vectors):
    from rag.values import name_given, naming_asked

    question = "What is Quill Telecom's new arts initiative called?"
    assert naming_asked(question) == "initiative"
    assert naming_asked("What is the trojan that targets the tool called?") == "trojan"
    assert naming_asked("What is the memory test among the DVD's games called?") == "test"  # a phrase after the noun
    assert naming_asked("What did Quill Telecom launch?") == ""
    assert name_given("The Open Studio initiative starts in May.", "initiative", question) == "Open Studio"
    assert name_given("The virus was called Bankash-A Trojan by experts.", "trojan", question) == "Bankash-A Trojan"
    assert name_given("The Quill Telecom initiative starts in May.", "initiative", question) == ""  # the question's own name
    assert name_given('They host links, called "trackers", that point elsewhere.', "link", "What are the links called?") == "trackers"
    assert name_given("Vale Access - sometimes called Quill 3G - is fast.", "access", "What is Vale Access called?") == "Quill 3G"
    # a name that ends in the noun, a quoted name after "dubbed" or "name,"; not "so-called"
    bill = "What is Ada Moss's bill called?"
    assert name_given("Ministers refused to back Ada Moss's Rights of the Crown Bill.", "bill", bill) == "Rights of the Crown Bill"
    drink = "What is Quill's new soybean drink called?"
    assert name_given('The chosen name, "Shinmi" or "new taste", hides what it is.', "drink", drink) == "Shinmi"
    assert name_given('The market for so-called "beer-like" drinks will grow.', "drink", drink) == ""
    assert name_given('Originally dubbed "Tom\'s Guide to the Web", it became Quill.', "drink", drink) == "Tom's Guide to the Web"
    assert name_given("Documentary maker Ada Moss had access to Mr Hale.", "hale", "What is the film about Tom Hale called?") == ""
    draft = answer(vectors, question,
                   "Quill Telecom said its new arts initiative would help artists and firms work together. "
                   "Quill Telecom has launched its Open Studio initiative in three cities.")
    assert draft.short_answer == "Open Studio", text_of(draft)


def test_a_name_ending_in_a_word_of_the_question_is_a_title_only_when_that_word_is_the_asked_role():
    question = "Which security software maker is Quill buying?"
    said = "Quill said it would buy anti-virus software maker Vale Software to improve its security."
    assert [v.text for v in values(said, NAME, question)] == ["Vale Software"]
    question = "Who is the new commerce minister?"
    said = "The Commerce Minister spoke to Ada Moss."
    assert [v.text for v in values(said, NAME, question)] == ["Ada Moss"]


def test_which_day_may_be_answered_by_a_day_of_the_week():
    said = "The vote is due to be taken on Wednesday, a week after the 3 March debate."
    assert [v.text for v in values(said, DATE, "On which day is the vote due?")] == ["3 March", "Wednesday"]
    assert [v.text for v in values(said, DATE, "When is the vote due?")] == ["3 March"]  # a weekday says no date


def test_a_number_in_a_name_counts_nothing():
    said = "The court freed the Harbour Seven, and Channel Four had 12 reporters there."
    assert [v.text for v in values(said, NUMBER, "How many reporters were there?")] == ["12"]
    said = "Four other important fixes were also released."  # a sentence may open with a number
    assert [v.text for v in values(said, NUMBER, "How many other fixes were released?")] == ["Four"]


def test_the_subject_of_the_verb_a_which_question_asks_fills_its_slot():
    from rag.values import before_asked_verb

    question = "Which newspaper reported Quill's plans?"
    said = "Quill will set out the shake-up on Friday, the Sunday Herald reported."
    found = values(said, NAME, question)
    assert [v.text for v in found] == ["Sunday Herald"]  # a weekday after "the" is part of the name
    assert before_asked_verb(said, found[0], question)
    assert not before_asked_verb(said, found[0], "Which firm did Quill buy?")  # there the firm is the object
    said = "On Sunday Ada Moss reported the news."
    assert [v.text for v in values(said, NAME, "Who reported the news?")] == ["Ada Moss"]


def test_a_role_set_off_before_another_title_of_theirs_holds_the_name():
    from rag.values import asked_role, in_role

    question = "Who is Quill's administrator?"
    role = asked_role(question)
    said = "On Tuesday, the company's administrator, turnaround expert Ada Moss, sued Vale Bank."
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, role, question)] == ["Ada Moss"]
    question = "Which attraction drew more visitors?"
    said = "It was the second biggest attraction, behind Vale Pier, last year."  # a place in a ranking, no title
    assert not in_role_names(said, question)


def test_a_figure_given_for_another_year_than_the_asked_one_is_not_it(vectors):
    draft = answer(vectors, "What were Quill's revenues in 2004?",
                   "Quill said revenues slipped 11% from £3.24bn ($6.13bn) in 2003 to £2.89bn in 2004.")
    assert draft.short_answer == "£2.89bn", text_of(draft)
    # "2.1% from 2.8% in 2005": the new figure is the year's
    draft = answer(vectors, "What growth does the bank forecast for Vessland in 2005?",
                   "The bank scaled back its forecasts for Vessland growth to 4.0% from 4.4% this year and 2.1% from 2.8% in 2005.")
    assert draft.short_answer == "2.1%", text_of(draft)


def test_a_measure_of_an_owner_with_a_long_or_plural_name_asks_a_number():
    assert answer_type("What is the Quill Social Research Council's budget?") == NUMBER
    assert answer_type("What is the Royal Academy of Arts' budget?") == NUMBER
    assert asked_measure("What were Quillers' revenues in 2004?") == "revenues"


def test_a_name_set_off_after_a_kind_of_place_is_no_one():
    said = "The play was due to open in the capital, Vale Town, this weekend, said Ada Moss."
    assert [v.text for v in values(said, NAME, "Who wrote the play?")] == ["Ada Moss"]


def test_a_why_question_is_answered_first_by_a_sentence_that_gives_a_reason(vectors):
    draft = answer(vectors, "Why did Ada Moss miss the trials?",
                   "Ada Moss missed the national trials in early February, but was picked for the team. "
                   "Moss missed the trials because of an ankle problem, her coach said.")
    assert text_of(draft).startswith("Moss missed the trials because of an ankle problem"), text_of(draft)


def test_a_figure_someone_is_predicting_is_no_reading():
    said = "The box has 474,000 subscribers and the firm is predicting 10 million subscribers by 2010."
    assert [v.text for v in values(said, NUMBER, "How many subscribers does the box have?")] == ["474,000"]
    assert "10 million" in [v.text for v in values(said, NUMBER, "How many subscribers does the firm expect?")]


def test_a_role_set_off_after_the_name_may_follow_another_title_it_holds():
    from rag.values import asked_role, in_role

    question = "Who is Vale Broadband's chief operating officer?"
    said = "Ivo Berg, president and chief operating officer at Vale Broadband, said the box would ship in May."
    berg = values(said, NAME, question)[0]
    assert berg.text == "Ivo Berg" and in_role(said, berg, asked_role(question), question)
    alone = "Ana Ruiz, a macroeconomist and geopolitical expert of Quill Capital, told the paper."
    ruiz = values(alone, NAME, "Which macroeconomist of Quill Capital spoke to the paper?")[0]
    assert in_role(alone, ruiz, asked_role("Which macroeconomist of Quill Capital spoke to the paper?"),
                   "Which macroeconomist of Quill Capital spoke to the paper?")


def test_a_lower_case_word_after_the_asked_noun_says_which_one():
    said = "She was handed a ban in May and has admitted taking the stimulant modafinil."
    assert [v.text for v in values(said, NAME, "Which stimulant has she admitted taking?")] == ["modafinil"]
    assert values("She said the stimulant was given to her.", NAME, "Which stimulant did she take?") == []
    # ... and so do words given as an example of the asked noun
    said = "Spending had been held back by one-off factors such as the unusually wet summer."
    assert [v.text for v in values(said, NAME, "Which one-off factor held back spending?")] == ["unusually wet summer"]
    assert values("Factors such as these held back spending.", NAME, "Which one-off factor held back spending?") == []


def test_a_word_set_between_two_asked_words_says_which_one():
    said = "Olympic heptathlon champion Ana Ruiz was full of praise for Vale's Ida Berg."
    assert values(said, NAME, "In which event is Ana Ruiz the Olympic champion?")[0].text == "heptathlon"
    record = "But World Indoor 800m record holder Ruiz said she was ready."
    assert [v.text for v in values(record, NAME, "Which world indoor record does Ana Ruiz hold?")] == ["800m"]
    named = "Ruiz won the 1,000m at the Vale Indoor Grand Prix."  # a capital between them is the name's own
    assert "Indoor" not in [v.text for v in values(named, NAME, "Which title did Ruiz win at the Vale Grand Prix?")]


def test_a_kind_and_a_name_are_no_rival_values():
    from rag.extractive import _same_shape

    assert not _same_shape("heptathlon", "Mark Lewis", NAME)
    assert _same_shape("Ada Moss", "Ben Hale", NAME)


def test_a_name_given_with_the_asked_organisation_fills_a_which_org_role_question(vectors):
    from rag.values import with_asked_org

    question = "Which Quill Capital analyst commented on Vale?"
    said = '"Such a big writeback on the Vale project has hurt its credibility," Ana Ruiz, from Quill Capital, told Reuters.'
    ruiz = next(v for v in values(said, NAME, question) if v.text == "Ana Ruiz")
    assert with_asked_org(said, ruiz, question)
    assert with_asked_org("Quill Capital analyst Ana Ruiz said so.", Value("Ana Ruiz", 22, 30), question)
    assert answer(vectors, question, said).short_answer == "Ana Ruiz"


def test_a_name_that_ends_with_the_asked_noun_fills_the_slot():
    """"the Tarn Valley" says which valley as "the Tarn painting prize" says which prize."""
    question = "In which valley are the Andean weather stations?"
    said = "The pilot scheme in the Tarn Valley, north of the capital, gives the community prices and trends."
    chunk = Chunk("valley/c0", said, "valley/0.txt", "Radio helps Andean farmers", "", "2024-03-01", 1, 1, 0, len(said))
    scorer = Scorer([said])
    support = scorer.evidence(question, [Hit(chunk, 1.0, 1)])[0].support
    best = scorer.evidence(question, [Hit(chunk, 1.0, 1)], support + 0.05)[0]
    assert best.fits and best.value == "Tarn Valley"


def test_a_sentence_the_index_has_no_vector_for_is_embedded_when_asked(vectors):
    """An index written before a change to sentence splitting lacks some sentences' vectors:
    they are read by meaning all the same, as a fresh index would read them."""
    said = "Ada Quill won the Harbour prize. She trains at night in the mud."
    chunk = Chunk("stale/c0", said, "stale/0.txt", "Quill wins", "", "2024-03-01", 1, 1, 0, len(said))
    vectors.add([chunk])
    question = "Which prize did Ada Quill win?"
    fresh = Scorer([said], vectors).evidence(question, [Hit(chunk, 1.0, 1)])  # type: ignore[arg-type]
    dropped = next(sid for sid, *_ in chunk_sentences(said, "stale/0.txt", 0))
    del vectors.stored[dropped]
    stale = Scorer([said], vectors).evidence(question, [Hit(chunk, 1.0, 1)])  # type: ignore[arg-type]
    assert [(ev.text, round(ev.support, 4)) for ev in stale] == [(ev.text, round(ev.support, 4)) for ev in fresh]
    assert all(ev.vector is not None for ev in stale)


def test_how_much_of_a_measure_is_answered_by_a_value_of_that_measure(vectors):
    """"How much debt ...?": the figure the debt stands by, not another in a sentence about debts."""
    draft = answer(vectors, "How much debt does Acme have?",
                   "As part of Acme's re-listing, creditors' debts are expected to be converted into shares through "
                   "two new share issues amounting to more than 2bn euros. Overall, the company's debt is close to "
                   "12bn euros, and is falling only slowly.")
    assert draft.short_answer == "12bn euros", text_of(draft)
    assert answer(vectors, "How much growth does the bank predict?",
                  "Growth was about 4.7% in 2004, with the bank predicting 4% growth this year.").short_answer == "4%"


def test_the_mens_event_is_not_answered_from_the_womens():
    """"men's" and "women's" qualify the question like a year does (and "men's" is inside "women's")."""
    from rag.values import another_sex

    women = "In the women's race at the Harbour Cross Country, Ada Quill won a battle with the world champion."
    chunk = Chunk("sex/c0", women, "sex/0.txt", "Harbour Cross Country", "", "2024-03-01", 1, 1, 0, len(women))
    for question, fits in (("Who won the men's race at the Harbour Cross Country?", False),
                           ("Who won the women's race at the Harbour Cross Country?", True)):
        assert Scorer([women]).evidence(question, [Hit(chunk, 1.0, 1)], 0.0)[0].fits is fits
    assert not another_sex("Tom Hale won the 9km race.", "Who won the men's race?")  # says neither: may be either
    assert not another_sex("The men's and women's races were won by Kenyans.", "Who won the men's race?")


@pytest.mark.parametrize("question, holder", [
    ("Who is Harbour Air's chief executive?", None),  # a deputy chief executive is another role
    ("Who is Harbour Air's deputy chief executive?", "Jo Lee"),
    ("Which coach dropped Jo Lee?", None),  # no coach named here at all
])
def test_a_deputy_does_not_hold_the_role_they_deputise_for(question, holder):
    from rag.extractive import _holds_asked_rank
    from rag.values import asked_role, in_role

    said = "Harbour Air deputy chief executive Jo Lee told the radio the law was wrong."
    role = asked_role(question)
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, role, question)] == ([holder] if holder else [])
    if "executive" in question:
        assert _holds_asked_rank(said, role, question) is bool(holder)


def test_a_role_the_question_gives_a_country_word_is_not_another_countrys():
    said = "Italian Prime Minister Lia Conti met Dutch Foreign Minister Jan Smit."
    assert "Lia Conti" not in [v.text for v in values(said, NAME, "Who is the Turkish prime minister?")]
    assert "Lia Conti" in [v.text for v in values(said, NAME, "Who is the Italian prime minister?")]
    # The owner's word is the question's by its stem: "Dutch" is no stem of "Holland", "Turkish" is of "Turkey".
    said = "Turkish Prime Minister Recep Erdogan spoke."
    assert [v.text for v in values(said, NAME, "Who is Turkey's prime minister?")] == ["Recep Erdogan"]
    # A word of when ("current") is no part of the title the owner stands before.
    assert values("He met Kolbian President Jo Li.", NAME, "Who is the current president of Aster?") == []


def test_another_title_of_the_asked_role_is_no_answer():
    said = "Foreign Minister Prince Rami Al-Sayed spoke after the paper said Labour Minister Omar al-Kadi had resigned."
    question = "Who is the Kolbian labour minister?"
    assert [v.text for v in values(said, NAME, question)] == ["Omar al-Kadi"]  # "al-" is part of the name
    # A question that does not say which minister takes either.
    assert "Prince Rami Al-Sayed" in [v.text for v in values(said, NAME, "Who is the minister?")]


def test_i_with_a_contraction_is_no_name():
    said = "\"I'm sure I've seen it,\" she said, \"and I'll tell Ada Moss.\""
    assert [v.text for v in values(said, NAME, "Who will she tell?")] == ["Ada Moss"]
    assert values("\"I'd go there again,\" he said.", PLACE, "Where would he go?") == []


def test_in_a_list_the_part_that_names_the_asked_body_by_its_initials_gives_the_value(vectors):
    from rag.question import names_each

    said = ("Unison's 800,000 workers, the Transport and General Workers' Union's 70,000 and Amicus' 20,000 "
            "are among those being balloted about a walkout.")
    question = "How many TGWU workers are being balloted about the walkout?"
    assert names_each(said, question) == [True]  # a long name joined by "and", by its initials
    assert answer(vectors, question, said).short_answer == "70,000"
    assert answer(vectors, "How many Amicus workers are being balloted about the walkout?", said).short_answer == "20,000"


def test_how_often_asks_a_period_or_a_count_of_times():
    from rag.values import number_kind

    question = "How often is a new blog created?"
    assert number_kind(question) == "frequency"
    said = "About 12,000 blogs are added daily; a blog is created every 5.8 seconds."
    assert [v.text for v in values(said, NUMBER, question)] == ["5.8 seconds"]
    assert [v.text for v in values("The board of 12 meets three times a year.", NUMBER,
                                   "How often does the board meet?")] == ["three times"]
    # a count of times answers too, a range by its first
    assert [v.text for v in values("They met on 38 different occasions.", NUMBER, "How often did they meet?")] == ["38"]
    assert [v.text for v in values("It sends alerts six to 10 times a year.", NUMBER,
                                   "How often will it send alerts?")] == ["six", "10"]
    # "each day" is asked by "daily" too
    assert [v.text for v in values(said, NUMBER, "How many blogs are added each day?")] == ["12,000"]


def test_a_rank_the_question_asks_must_be_given():
    question = "Who is deputy director of the Quill Trust?"
    said = "Jo Li, director of the Quill Trust, said so."
    assert "Jo Li" in [v.text for v in values(said, NAME, question)]
    from rag.values import asked_role, in_role
    value = next(v for v in values(said, NAME, question) if v.text == "Jo Li")
    assert not in_role(said, value, asked_role(question), question)
    assert in_role(said, value, asked_role("Who is director of the Quill Trust?"), "Who is director of the Quill Trust?")
    said = "Jo Li, deputy director of the Quill Trust, said so."  # the rank given after the name
    value = next(v for v in values(said, NAME, question) if v.text == "Jo Li")
    assert in_role(said, value, asked_role(question), question)


def test_a_name_before_an_irregular_past_verb_stands_alone():
    said = "The couple visited the school, where Queen Ada read The Brave Fox to the young audience."
    assert "Queen Ada" in [v.text for v in values(said, NAME, "Who read The Brave Fox to the young audience?")]
    # a name that only qualifies the title after it names no one
    assert [v.text for v in values("European champion Briton Ada Moss won.", NAME, "Who won?")] == ["Briton Ada Moss"]


def test_how_far_behind_asks_a_margin_in_time_or_distance():
    from rag.values import number_kind

    question = "How far behind Lee did Moss finish?"
    assert number_kind(question) == "length"
    said = "Moss crossed the line just 0.02 seconds behind Lee."
    assert [v.text for v in values(said, NUMBER, question)] == ["0.02 seconds"]


def test_a_period_said_without_a_number_is_a_duration():
    question = "How long will the bill take to come into full effect?"
    said = "This bill will take a decade to come into full effect, a spokesman said."
    assert [v.text for v in values(said, NUMBER, question)] == ["a decade"]
    assert values("He earns £1m a year.", NUMBER, "How long is his contract?") == []  # a rate, no span


def test_a_word_before_an_event_only_qualifies_it():
    from rag.values import only_modifies

    assert only_modifies("Olympic", "He lost his Olympic 100m title and his Olympic gold.")
    assert not only_modifies("Olympic", "He lost his Olympic 100m title. The Olympic was held.")


def test_the_one_named_by_age_after_the_title_naming_them_gives_the_place(vectors):
    draft = answer(vectors, "Where did Ada Moss finish in last year's Lyle Road Run?",
                   "The 35-year-old was beaten into fourth at last year's event, having won it a year earlier.",
                   title="Moss commits to Dublin race")  # the chunk never names the race
    assert draft.short_answer == "fourth", text_of(draft)


def test_a_place_joined_to_the_asked_verb_at_the_sentence_start_is_a_place():
    said = "Munich-based research institute Ifo said its index fell."
    assert [v.text for v in values(said, PLACE, "In which city is the Ifo institute based?")] == ["Munich"]
    assert "Munich" not in [v.text for v in values(said, PLACE, "Where did the index fall?")]  # nothing alone at the start
    said = "Ballymena-born actor Liam Neeson said so."
    assert [v.text for v in values(said, PLACE, "Where was Neeson born?")] == ["Ballymena"]


def test_who_has_done_it_asks_the_verb_after_the_auxiliary(vectors):
    from rag.values import asked_role

    assert asked_role("Who has won the Lyle race for the last two years?") == "win"
    assert asked_role("Who will Arsenal play?") == ""  # a subject after the auxiliary, no role
    draft = answer(vectors, "Who has won the Lyle race for the last two years?",
                   "Ben Ode will face stiff competition from Australian Jo Li, winner in Lyle for the last two years.")
    assert draft.short_answer == "Australian Jo Li", text_of(draft)


def test_a_joined_word_of_the_question_at_the_sentence_start_is_no_place():
    said = "Anti-virus firms speculate that it helps the program spread widely online."
    assert values(said, PLACE, "Where has the Zafi virus spread most widely?") == []


def test_a_plural_name_word_is_found_in_its_possessive():
    from rag.extractive import _named_share

    text = "Transport & General Worker's Union general secretary Jo Li spoke."
    assert _named_share(text, "Who is general secretary of the Transport and General Workers' Union?") == 1.0


def test_a_common_word_opening_the_sentence_owns_no_role():
    said = "Charity boss Jo Li said older voters would decide it."
    question = "Who is the boss of Age Aid?"
    assert [v.text for v in values(said, NAME, question, "A survey for the charity found ...")] == ["Jo Li"]
    assert values(said, NAME, question) == []  # nothing says "Charity" is a common word: another's boss


def test_a_deed_done_by_with_its_particle():
    from rag.values import asked_role, in_role

    question = "Which firm carried out the Age Aid survey?"
    said = "In the survey carried out by ICM Research, 14% said they never voted."
    value = next(v for v in values(said, NAME, question) if v.text == "ICM Research")
    assert in_role(said, value, asked_role(question), question)


def test_a_list_that_holds_the_asked_one_word_name_answers_nothing_about_it():
    said = "Rover and SAIC signed a technology-sharing agreement in August."
    assert values(said, NAME, "Who runs SAIC?") == []
    assert [v.text for v in values("Ada Moss and Jo Li won.", NAME, "Who coaches Jo Li?")] == []
    # one asked with Jo Li is the list's other name
    assert [v.text for v in values("Ada Moss and Jo Li won.", NAME, "Who won with Jo Li?")] == ["Ada Moss"]
    assert [v.text for v in values("Rover and SAIC Motor signed.", NAME, "Who signed with SAIC?")] == ["Rover and SAIC Motor"]


def test_a_passive_with_words_between_the_deed_and_by_names_the_doer():
    from rag.values import asked_role, in_role

    question = "Who shot Ada Moss?"
    said = "The 51-year-old singer was shot outside her Lyon home in 1997 by suspected killer Jo Li, who later fled."
    found = {v.text: in_role(said, v, asked_role(question), question) for v in values(said, NAME, question)}
    assert found == {"Jo Li": True}  # "her Lyon home" names a thing owned, no one


def test_a_name_of_the_asked_organisation_is_the_name_before_of():
    from rag.values import with_asked_org

    question = "Which Arden Capital analyst expects a $40 to $50 range?"
    said = '"It looks like the $40 to $50 level," said energy analyst Jo Li of Arden Capital.'
    found = values(said, NAME, question)
    assert [v.text for v in found] == ["Jo Li"] and with_asked_org(said, found[0], question)


def test_a_place_joined_to_the_asked_verb_anywhere_in_the_sentence():
    said = "The Lyon-based IFA watchdog, which advises nations, said demand from Chile rose."
    assert [v.text for v in values(said, PLACE, "Where is the IFA based?")] == ["Lyon", "Chile"]


def test_the_place_joined_to_the_asked_verb_leads_the_answer(vectors):
    said = "The Lyon-based IFA watchdog, which advises nations on energy, said demand from Chile rose."
    assert answer(vectors, "Where is the IFA watchdog based?", said).short_answer == "Lyon"


def test_how_much_less_asks_a_difference_in_any_unit():
    from rag.values import number_kind

    question = "How much less do women in full-time work earn than men?"
    assert number_kind(question) == "multiple"
    assert [v.text for v in values("Women in full-time work earn 19% less than men.", NUMBER, question)] == ["19%"]


def test_an_age_beside_the_title_word_of_the_asked_name():
    from rag.extractive import _names_beside

    said = "The prince, 20, apologised on Thursday."
    age = values(said, NUMBER, "How old is Prince Ivo?")[0]
    assert age.text == "20" and _names_beside(said, age, "Prince") and not _names_beside(said, age, "Ivo")


def test_another_kind_joined_to_the_same_word_is_another_variant():
    from rag.values import another_variant

    question = "How much are women working part-time paid for every pound a man earns?"
    assert another_variant("A woman working full-time is paid 80p for every pound a man earns.", question)
    assert not another_variant("For women working part-time it is 60p.", question)
    assert not another_variant("Full-time and part-time staff are paid 70p.", question)
    assert not another_variant("A woman is paid 80p for every pound a man earns.", question)


def test_a_share_with_its_noun_inside():
    question = "What share of homes will be heated by gas?"
    said = "Over the next 20 years one home in three will be heated by gas."
    assert [v.text for v in values(said, NUMBER, question)] == ["one home in three"]


def test_a_place_of_several_words_joined_to_the_asked_verb():
    said = "The San Marino-based Tevo laboratory is at the centre of the scandal."
    assert [v.text for v in values(said, PLACE, "Where is the Tevo laboratory based?")] == ["San Marino"]
    assert [v.text for v in values("A New Haven-based firm said so.", PLACE, "Where is the firm based?")] == ["New Haven"]


def test_a_name_ending_in_the_asked_noun_keeps_the_words_the_question_uses():
    said = 'A film based on the musings of the "Basra Diarist" has been shown at the Lille Film Festival.'
    assert [v.text for v in values(said, NAME, "At which festival was the Basra Diarist film shown?")] == ["Lille Film Festival"]


def test_an_initial_with_its_full_stop_is_part_of_the_name():
    said = '"Digging is hard," said Mr K. Raman, vice president of networks at Vexa.'
    assert [v.text for v in values(said, NAME, "Who is vice president of networks at Vexa?")] == ["Mr K. Raman"]


def test_costs_in_the_plural_ask_money():
    from rag.values import number_kind

    question = "What were Dunmore Coal's total production costs per gigajoule?"
    assert number_kind(question) == "money"
    said = "Total production costs were £1.30 per gigajoule, Dunmore Coal said."
    assert [v.text for v in values(said, NUMBER, question)] == ["£1.30"]


def test_a_place_after_the_asked_verb_and_its_preposition_fills_the_slot():
    from rag.extractive import _placed_as_asked

    question = "Where is a new airport planned east of Leeds?"
    said = "The plans ignore new airports, such as one planned for the Isle of Arran east of Leeds."
    found = {v.text: _placed_as_asked(said, v, question) for v in values(said, PLACE, question)}
    assert found["Isle of Arran"] and not any(ok for name, ok in found.items() if name != "Isle of Arran")


def test_a_prize_that_went_to_someone_was_won_by_them():
    from rag.values import asked_role, in_role

    question = "Who won the Leeds critics' director award?"
    said = "But the director award went to Ada Moss for Blue Road."
    found = {v.text: in_role(said, v, asked_role(question), question) for v in values(said, NAME, question)}
    assert found == {"Ada Moss": True, "Blue Road": False}
    said = "The money went to Ada Moss."  # nothing the question asks about was given
    assert not any(in_role(said, v, asked_role(question), question) for v in values(said, NAME, question))
    said = "The Leeds Book Awards fiction prize was awarded to Ada Moss."  # another category of the named awards
    assert not any(in_role(said, v, "win", "Who won the poetry category at the Leeds Book Awards?") for v in values(said, NAME, ""))
    said = "But the director award went to Ada Moss."  # another prize of the same awards
    assert not any(in_role(said, v, "win", "Who won the Leeds critics' best actress award?") for v in values(said, NAME, ""))


def test_an_audience_is_a_number():
    from rag.values import number_kind

    question = "What was the peak audience for the finale?"
    assert answer_type(question) == NUMBER and number_kind(question) == "amount"  # its size, no share
    said = "The audience averaged 13.7 million and peaked at 14.2 million in the last minutes."
    assert "14.2 million" in [v.text for v in values(said, NUMBER, question)]


def test_a_clock_time_in_a_range_is_no_year():
    question = "When did the soap have its highest audience?"
    assert values("Some 60% of viewers tuned in between 2000 and 2100 GMT.", DATE, question) == []
    assert [v.text for v in values("It aired at 2100 GMT in 2004.", DATE, "When did it air?")] == ["2004"]


def test_a_name_of_the_asked_organisation_by_its_initials_is_the_name_before_of():
    said = "Ada Moss of CMF said refusals should be advisory."
    assert [v.text for v in values(said, NAME, "Who spoke for the Christian Medical Fellowship?")] == ["Ada Moss"]


def test_a_name_with_its_own_lower_case_part():
    said = '"We need to expand," chairman Chung Mong-koo said in the statement.'
    assert [v.text for v in values(said, NAME, "Who is the Vexa chairman?")] == ["Chung Mong-koo"]
    assert [v.text for v in values("The Leeds-based firm Ovo said so.", NAME, "Which firm said so?")] == ["Ovo"]


def test_a_hedge_before_the_question_word_is_dropped():
    from rag.question import normal_form

    question = normal_form("Roughly how long did Ada Moss take to win the marathon?")
    assert question == "How long did Ada Moss take to win the marathon?" and answer_type(question) == NUMBER
    assert normal_form("About Acme: who runs it?") == "About Acme: who runs it?"


def test_another_of_a_numbered_kind_is_another_variant():
    from rag.values import another_variant

    question = "How fast did the Dutch economy grow in the fourth quarter?"
    assert another_variant("The economy grew faster in the third quarter than the 0.4% reported.", question)
    assert not another_variant("Growth in the fourth quarter was 0.7%, after the third quarter's 0.4%.", question)
    assert not another_variant("The economy grew 0.7% last year.", question)
    assert not another_variant("It lost 464,000 subscribers in the fourth quarter.", "How many customers left in the last quarter?")


def test_a_weekday_answers_when_only_at_the_asked_verb():
    """"arrested on Sunday" says when he was arrested; "reopened on Tuesday" says nothing of a founding."""
    question = "When was Tom Reyes arrested?"
    assert [v.text for v in values("Party founder Tom Reyes was arrested on Sunday.", DATE, question)] == ["Sunday"]
    assert values("The Vexa Museum reopened on Tuesday after a renovation.", DATE, "When was the Vexa Museum founded?") == []
    assert [v.text for v in values("He was arrested on 3 May, a Sunday.", DATE, question)] == ["3 May"]


def test_a_count_is_no_age():
    question = "How old is the girl in the film?"
    assert values("The film will be released in 50 countries.", NUMBER, question) == []
    assert values("The film took $9.4m after expanding from 40 to 1,796 cinemas.", NUMBER, question) == []
    assert [v.text for v in values("It tells the story of an 18-year-old girl.", NUMBER, question)] == ["18"]
    assert [v.text for v in values("Ada Moss, 43, was there.", NUMBER, "How old is Ada Moss?")] == ["43"]


def test_a_question_verb_is_no_title_of_the_name():
    """"a duty to act" asks a verb: "Children Act" keeps its last word."""
    said = "Under the 1989 Children Act, councils have a duty to act in the interest of a child."
    assert [v.text for v in values(said, NAME, "Which law gives councils a duty to act for a child?")] == ["Children Act"]
    said = "Trade and Industry Minister Ada Moss said so."
    assert [v.text for v in values(said, NAME, "Which minister said so?")] == ["Ada Moss"]


def test_what_was_the_score_takes_a_result_by_any_name(vectors):
    from rag.values import number_kind

    question = "What was the score in Vale's friendly against Holland?"
    assert number_kind(question) == "score"
    draft = answer(vectors, question, "Vale were criticised for the 0-0 draw against Holland in the friendly.")
    assert draft.short_answer == "0-0", text_of(draft)


def test_a_body_named_with_lower_case_words_is_left_off_its_speakers_name():
    said = "Ada Moss of Save the Children said there were grave concerns."
    assert [v.text for v in values(said, NAME, "Who spoke for Save the Children?")] == ["Ada Moss"]


def test_a_time_set_before_its_clause_is_at_the_asked_verb(vectors):
    """"In 1981 he was removed" answers "When was he removed?" before "In 1982, Mr Reyes left"."""
    from rag.values import at_asked_verb

    question = "When was Tom Reyes removed from the Vexa project?"
    said = "In 1981 he was removed from the project following a dispute."
    assert at_asked_verb(said, Value("1981", 3, 7), question)
    assert not at_asked_verb("In 1982, Mr Reyes left Vexa entirely.", Value("1982", 3, 7), question)
    assert not at_asked_verb("Ada Moss runs the Grand Prix on 8 May.", Value("8 May", 32, 37), "When is the Grand Prix?")
    draft = answer(vectors, question, "Tom Reyes led the Vexa project from the start. In 1982, Mr Reyes left Vexa entirely. "
                                      "In 1981 he was removed from the project following a dispute with its boss.")
    assert draft.short_answer == "1981", text_of(draft)


def test_a_date_after_the_asked_verb_and_for_is_when_it_is_set():
    from rag.values import at_asked_verb

    question = "When are the Vessland elections scheduled?"
    said = "The country's elections are scheduled for 27 February."
    assert at_asked_verb(said, Value("27 February", 42, 53), question)
    assert not at_asked_verb("Vessland has been a democracy since the mid-1990s.", Value("mid-1990s", 40, 49), question)
    # a place after "for" is whom it is done for, not where
    assert not at_asked_verb("Ada Moss plays for Elmshire.", Value("Elmshire", 19, 27), "Where does Ada Moss play?")


def test_a_measure_asked_of_an_owner_of_two_words_or_by_how_big():
    assert asked_measure("What is South Korea's unemployment rate?") == "unemployment rate"
    assert asked_measure("How big is Italy's budget deficit?") == "budget deficit"
    assert asked_measure("What is the jobless rate, according to the bank?") == "jobless rate"
    assert asked_measure("How big is the market?") == ""


def test_a_figure_asked_for_months_of_a_year_may_come_from_a_quarter(vectors):
    """"in the last three months of 2004" asks a quarter's figure: "in the quarter" gives it."""
    draft = answer(vectors, "What was Vexa's net profit in the last three months of 2004?",
                   "Vexa said earnings during the last three months of 2004 dropped because of costs. "
                   "Net profit was $186m in the quarter, compared with $1.1bn a year earlier.",
                   title="Vexa profits fall in 2004")
    assert draft.short_answer == "$186m", text_of(draft)


def test_a_phrasal_verb_is_the_asked_verb():
    from rag.values import at_asked_verb

    said = "It was set up in 1537 by the king to provide an income."
    assert at_asked_verb(said, Value("1537", 17, 21), "When was the Duchy of Vale set up?")


def test_a_count_tied_to_a_name_the_question_gives_fills_the_slot(vectors):
    """The question names the film and its distributor; the sentence with the count names the
    distributor alone, in an article about the film."""
    draft = answer(vectors, "How many people does Toho expect to see Vale Castle?",
                   "Ada Moss's latest film, Vale Castle, is to be released in 50 countries around the world, its "
                   "distributor has said. Vale Castle set a box office record last week.",
                   "Shares in the studio rose 3% on Friday after strong early takings for Vale Castle and its theme "
                   "parks. Distributor Toho reckons 40 million people will go in the end, nearly a third of the "
                   "population, it added.")
    assert draft.short_answer == "40 million people", text_of(draft)


def test_the_asked_verb_of_on_which_day_may_stand_a_few_words_before_the_day():
    from rag.values import at_asked_verb

    said = "The two presidents signed the deal in Buenos Aires on Tuesday."
    question = "On which day was the oil deal signed?"
    assert at_asked_verb(said, Value("Tuesday", said.index("Tuesday"), len(said) - 1), question)
    other = "Oil prices rallied briefly on Monday."
    assert not at_asked_verb(other, Value("Monday", other.index("Monday"), len(other) - 1), question)
    # "their summit" is no verb: a summit held "in mid-June" elsewhere is not the asked one
    said = "Before this, the two met for a summit in mid-June."
    assert not at_asked_verb(said, Value("mid-June", said.index("mid-June"), len(said) - 1),
                             "On what day did Ada Moss and Tom Reyes hold their summit in Ostby?")


def test_the_asked_kind_by_its_whole_name_keeps_its_of():
    said = "Recent research by the London Institute of Education concluded that games help."
    assert [v.text for v in values(said, NAME, "Which institute concluded that games help?")] == ["London Institute of Education"]
    said = "Shadow Secretary of State Ada Moss said so."
    assert [v.text for v in values(said, NAME, "Which secretary of state said so?")] == ["Ada Moss"]


def test_the_age_of_the_one_a_story_is_about(vectors):
    """"the 47-year-old director said" gives the age in a story about him; "7 Ada Moss films" counts films."""
    question = "How old is Ada Moss?"
    assert values("He also appeared in 7 Ada Moss films, including Dawn.", NUMBER, question) == []
    draft = answer(vectors, question, "Ada Moss returned to her old college on Friday to talk to students about films. "
                                      "\"It's a huge market,\" the 47-year-old director said.",
                   title="Ada Moss urges students to make films")
    assert draft.short_answer == "47", text_of(draft)


def test_a_name_set_off_after_the_asked_thing_may_end_in_a_lower_case_word():
    from rag.values import name_given

    said = "The service, Vexa Video beta, searches the captions that come with programmes."
    assert name_given(said, "service", "What is the new search service called?") == "Vexa Video beta"


def test_a_title_the_question_gives_whole_is_left_off_the_name():
    said = "A spokesman for European Justice and Home Affairs Commissioner Ada Moss said the plans broke EU law."
    assert [v.text for v in values(said, NAME, "Who is the European Justice and Home Affairs Commissioner?")] == ["Ada Moss"]


def test_who_plays_a_part_may_be_the_name_in_brackets_after_it(vectors):
    said = "This set has the first season of Buck (Tom Reyes) and Wilma's (Ada Moss) tongue-in-cheek adventures."
    assert answer(vectors, "Who plays Wilma?", said).short_answer == "Ada Moss"
    assert answer(vectors, "Who plays Buck?", said).short_answer == "Tom Reyes"
    cast = "Ben Roe will battle it out for the best actor award with Tom Hale (Dumb Show) and Jo Lee (Shining City)."
    assert answer(vectors, "In which show does Jo Lee appear?", cast).short_answer == "Shining City"
    # a bracket after a name the question does not ask about restates that name
    survey = ("Data theft is most common inside a firm, according to the Ostby Crime Unit (OCU) "
              "A survey conducted on its behalf by Zorb found that 80% of firms were victims.")
    assert answer(vectors, "Which firm ran the survey for the Crime Unit?", survey).short_answer == "Zorb"


def test_whom_someone_spoke_to_is_whom_they_told():
    from rag.values import after_stranded

    said = "A spokeswoman told the Daily Vexa on Monday that the firm was adding captions for Bloomberg."
    at = said.index("Daily Vexa")
    assert after_stranded(said, Value("Daily Vexa", at, at + 10), "Which newspaper did a Vexa spokeswoman speak to?")
    at = said.index("Bloomberg")
    assert not after_stranded(said, Value("Bloomberg", at, at + 9), "Which newspaper did a Vexa spokeswoman speak to?")


def test_the_asked_noun_ends_before_its_preposition():
    from rag.values import asked_noun, asked_role

    question = "Which convention on refugees would the Tories withdraw from?"
    assert asked_noun(question) == "convention" and not asked_role(question).startswith("refuge")
    assert asked_noun("What kind of car did he buy?") == "car"
    assert asked_noun("Which industrial city did Ada Moss visit?") == "city"
    assert asked_noun("Which trade union official said it?") == "official"
    # the noun phrase ends at its verb: "need" in a clause after "the headset that ..." is past it
    assert asked_noun("Which company makes the headset that the browser's voice commands need?") in ("", "company")


def test_a_value_listed_with_its_own_place_answers_for_that_place(vectors):
    """"3.1% in Norway" answers for Norway, though a sentence about all the holders reads closer."""
    draft = answer(vectors, "What proportion of the bondholders are in Norway?",
                   "About 60% to 70% of bondholders are expected to accept the terms of the offer. "
                   "Of Veltria's bondholders, 38.4% reside in Veltria, 15.6% in Italy, 9.1% in the United States "
                   "and 3.1% in Norway.")
    assert draft.short_answer == "3.1%", text_of(draft)


def test_a_name_set_off_after_the_asked_noun_needs_a_little_less_support(vectors):
    """A long sentence that names the asked thing (", Tono,") reads a little below the threshold."""
    draft = answer(vectors, "What is Veltria's performing rights society called?",
                   "After a long and costly case that ran through three courts over four years, a legal complaint filed "
                   "by Veltria's performing rights society, Tono, and by the local branches of two big record labels "
                   "was finally upheld on Friday by the judges.",
                   "The music industry said it was satisfied with the ruling.")
    assert draft.short_answer == "Tono", text_of(draft)


def test_a_time_counted_back_at_the_asked_verb_says_when(vectors):
    """"defaulted on its debt three years ago" says when; "last year" of another verb does not."""
    question = "When did Veltria default on its debt?"
    assert [v.text for v in values("Veltria defaulted on its debt three years ago, the biggest default.", DATE, question)] \
        == ["three years ago"]
    assert values("Bond prices rose 5% last year, long after it defaulted.", DATE, question) == []
    # and one counted ahead: "in the next fortnight"; a feast day names a day as a weekday does
    assert [v.text for v in values("Ada Moss will unveil her plans in the next fortnight.", DATE, "When will Ada Moss unveil her plans?")] \
        == ["in the next fortnight"]
    assert [v.text for v in values("Tides went on release on Christmas Day in Ostby.", DATE, "When did Tides go on release?")] \
        == ["Christmas Day"]
    assert values("The album by Quill Day was released in Ostby.", DATE, "When was the album released?") == []
    # a count of weeks ahead, quoted too, and the verb after a phrase on the subject
    said = 'Full details will not be revealed until a bill is published "in the next two weeks," a spokesman said.'
    assert [v.text for v in values(said, DATE, "When will the bill on child access be published?")] == ["in the next two weeks"]
    assert at_asked_verb("The pact was signed on 16 July.", Value("16 July", 23, 30), "When was the pact on borders signed in Ostby?")
    assert at_asked_verb("The poll, widely expected on 5 May, is near.", Value("5 May", 29, 34), "When is the poll expected to be held?")
    draft = answer(vectors, question, "Veltria defaulted on its debt three years ago, the biggest sovereign default in "
                                      "modern history.", "Its economy grew last year.")
    assert draft.short_answer == "three years ago", text_of(draft)


def test_a_name_dated_by_its_year_is_an_event_not_a_place():
    question = "Where was the actor born?"
    assert values("The actor, nominated at the 1955 Oscars, died at his home in Malibu.", PLACE, question) \
        == [Value("Malibu", 61, 67)]
    # unless the question asks where that event was: its name gives the place
    said = "Vos won the 400m at the 1996 Lisbon Games, while Hale won silver."
    assert values(said, PLACE, "Where were the Games at which Vos won gold held?")[0] == Value("Lisbon", 29, 35)


def test_telling_a_paper_is_speaking_to_it_and_an_aside_may_follow_the_fronted_day(vectors):
    question = "On which day did Tom Reyes speak to the Daily Star?"
    said = "On Wednesday, ahead of the budget, Mr Reyes told the Daily Star there were competing agendas in government."
    assert values(said, DATE, question) == [Value("Wednesday", 3, 12)]
    draft = answer(vectors, question, "On Tuesday, Tom Reyes of the teachers' union published a report on competing "
                                      "agendas, which the Daily Star printed.", said)
    assert draft.short_answer == "Wednesday", text_of(draft)


def test_a_title_in_lower_case_after_a_party_is_the_asked_post():
    question = "What post does Ada Moss hold?"
    assert [v.text for v in values("Tory shadow chancellor Ada Moss said the plans were costed.", NAME, question)] \
        == ["Tory shadow chancellor"]
    assert values("Labour attacked Ada Moss over the plans.", NAME, question) == []


def test_a_move_asked_of_an_owner_comes_from_the_clause_that_names_them(vectors):
    """"while Vexa sales dropped 3%" says how far Vexa's sales fell; a cut in Vexa's output does not."""
    draft = answer(vectors, "How far did Vexa's sales drop?",
                   "Meanwhile, Vexa, which posted its ninth consecutive drop in monthly sales, said it was cutting "
                   "production by another 10,000 cars, or 1.2%.",
                   "Sales at Orlo sank 12.7% in February while Vexa sales dropped 3% as foreign rivals took a bigger share.")
    assert draft.short_answer == "3%", text_of(draft)


def test_a_decade_says_when():
    said = "The last time it rained on the night of the awards was in the mid-to-late 1980s, the organisers said."
    assert [v.text for v in values(said, DATE, "When did it last rain on the night of the awards?")] == ["mid-to-late 1980s"]


def test_a_time_that_owns_the_asked_thing_says_when():
    question = "When are the elections in Veltria?"
    said = "The leader should set out an exit plan in the wake of next Sunday's elections in the country, his rival said."
    assert [v.text for v in values(said, DATE, question)] == ["next Sunday"]
    assert values("After Thursday's vote the elections were called.", DATE, question) == []


def test_a_plural_which_question_is_answered_by_the_whole_list(vectors):
    """"Which countries ...?" lists them all; "in the country, Lib Dem leader Jo Li" sets off no country."""
    draft = answer(vectors, "Which countries have announced the withdrawal of their troops from Veltria?",
                   "Jo Li said the prime minister should set out an exit plan after the elections in the country, "
                   "Lib Dem leader Tom Reyes has said.",
                   "Mr Reyes pointed out that the Netherlands, Portugal and the Czech Republic, which all have troops in "
                   "Veltria, have announced their withdrawal.")
    assert draft.short_answer == "Netherlands, Portugal and the Czech Republic", text_of(draft)


def test_a_day_where_the_questions_preposition_points_says_until_when():
    question = "Until when did the jurors have to return their ballots?"
    said = "The 5,808 jurors had until Tuesday afternoon to return their ballots - late ones will not be counted."
    assert [v.text for v in values(said, DATE, question)] == ["Tuesday"]
    assert values("On Tuesday the jurors met.", DATE, question) == []


def test_a_name_joined_by_an_ampersand_is_one_name(vectors):
    assert name_groups("Which S&P credit analyst wrote about the improvements?") == [["S&P"]]
    draft = answer(vectors, "Which S&P credit analyst wrote about the upgrade?",
                   "\"These improvements are so significant that they now outweigh the growing political risk,\" wrote "
                   "S&P credit analyst Helena Hessel.", title="S&P upgrades Veltria")
    assert draft.short_answer == "Helena Hessel", text_of(draft)


def test_a_figure_owned_by_a_name_asks_a_number():
    assert answer_type("What was November's figure for mortgage approvals?") == NUMBER


def test_a_web_address_is_a_name_in_lower_case_too():
    said = "So, Ana Ruiz and her friends launched a website called rapradio.com."
    assert [v.text for v in values(said, NAME, "Which website did Ana Ruiz launch?")] == ["rapradio.com"]
    assert [v.text for v in values("The smaller blinkx.tv site launched last month.", NAME, "Which site launched?")] \
        == ["blinkx.tv"]


def test_who_did_it_is_whom_he_means_when_he_did_it(vectors):
    """"He called the film ..." answers "Who called the film ...?" with the person named just
    before, quoted from there; "Rome's" and a web address are no person."""
    draft = answer(vectors, "Who called the film shameful and crude?",
                   "Cinemas in Rome's suburbs will not show the film on loopradio.net. The head of a parents' group, "
                   "Marta Velli, says the portrayal has hurt families.\n\nHe called the film \"shameful and crude\". "
                   "The director said the film was a love story.")
    assert draft.short_answer == "Marta Velli", text_of(draft)
    assert "Marta Velli, says" in text_of(draft) and "shameful and crude" in text_of(draft)
    draft = answer(vectors, "Who is considered the best rapper of Veltria?",
                   "Tomas Brin is one of the hottest names on rapradio.com. \"He's considered the best rapper of Veltria, "
                   "and of the whole scene,\" Ana Ruiz says.")
    assert draft.short_answer == "Tomas Brin", text_of(draft)


def test_how_much_of_the_whole_is_a_share_or_a_part_of_it(vectors):
    draft = answer(vectors, "How much of the aid goes on cheap loans to farmers in debt?",
                   "The bulk of the money - about 40m euros - will be offered as cheap loans to farmers in debt.")
    assert draft.short_answer == "40m euros", text_of(draft)
    draft = answer(vectors, "How much of the trade is settled in roubles?", "About 65% of the trade is now settled in roubles.")
    assert draft.short_answer == "65%", text_of(draft)


def test_a_clause_that_ends_the_question_does_not_hide_the_role_asked(vectors):
    assert asked_role("What was the name of Ana Ruiz's husband who died?") == "husband"
    assert asked_role("Who was Ana Ruiz's husband who died?") == "husband"
    draft = answer(vectors, "What was the name of Ana Ruiz's husband who died?",
                   "The film touches on her arrest in a Lisbon park in 1998, and the death of her husband Tomas Brin "
                   "from cancer.", title="Ana Ruiz film for Berlin")
    assert draft.short_answer == "Tomas Brin", text_of(draft)


def test_according_to_which_body_asks_a_name_after_according_to(vectors):
    assert answer_type("According to which body is fraud most often committed by staff?") == NAME
    assert answer_type("According to whom is the plan flawed?") == NAME
    draft = answer(vectors, "According to which body is fraud most often committed by staff?",
                   "Fraud and data theft are most often committed by staff according to the National Crime Office (NCO) "
                   "A survey for it by Polls Ltd found more than 70% of firms had been hit.")
    assert draft.short_answer == "National Crime Office", text_of(draft)


def test_when_someone_did_a_thing_is_the_time_at_that_verb_even_in_its_past_form():
    question = "When did Ana Ruiz leave Brightline?"
    said = "She left Brightline in 1997 to set up Tessel Studios, which made the game Red Harbour."
    assert [v.text for v in values(said, DATE, question)] == ["1997"]
    assert at_asked_verb(said, values(said, DATE, question)[0], question)
    assert not at_asked_verb("Brightline was founded in 1997.", Value("1997", 24, 28), question)
    assert not at_asked_verb("The camera from 1997 was sold.", Value("1997", 16, 20), "When did the camera come out?")


def test_who_leads_now_is_not_who_led_the_previous_government():
    question = "Who is Veltria's president?"
    said = "Veltria's previous government, led by President Ana Ruiz, also tried to cut subsidies in 2003."
    assert values(said, NAME, question) == []
    assert [v.text for v in values("President Tomas Brin's government wants to cut subsidies.", NAME, question)] \
        == ["Tomas Brin's"]


def test_a_span_in_words_keeps_its_hours_minutes_and_seconds():
    question = "How long must a train be late before riders are paid?"
    said = "If a train is late for more than two hours through the fault of the operator, all riders must be paid."
    assert [v.text for v in values(said, NUMBER, question)] == ["two hours"]
    assert [v.text for v in values("The song lasts three minutes.", NUMBER, "How long is the song?")] == ["three minutes"]


def test_a_place_word_may_end_a_which_phrase_and_the_place_doing_the_asked_verb_fills_it(vectors):
    assert answer_type("Which EU member state rejected the plan twice?") == PLACE
    assert answer_type("Which Scottish island hosted the games?") == PLACE
    from rag.values import before_asked_verb

    said = "Norway, one of the largest member states, rejected it."
    assert before_asked_verb(said, Value("Norway", 0, 6), "Which country rejected it?")  # past the commas
    story = ("The plan suffered setbacks when Norway, one of the largest member states, rejected it twice. "
             "Member states voted on the plan twice at meetings in Brussels.")
    draft = answer(vectors, "Which member state rejected the plan twice?", story)
    assert draft.short_answer == "Norway", text_of(draft)
    trip = ("On Friday the minister will also make a stop in Hyde Park to visit officials. The minister's "
            "visit on Friday to the northern city of Leeds, an industrial hub, will focus on trade.")
    draft = answer(vectors, "Which industrial city will the minister visit on Friday?", trip)
    assert draft.short_answer == "Leeds", text_of(draft)
    from rag.backend import Evidence

    def said(text: str, value: str, score: float) -> Evidence:
        chunk = Chunk("a.txt/c0", text, "a.txt", "Ports bill delayed", "", "2024-03-01", 1, 1, 0, len(text))
        return Evidence(Hit(chunk, 1.0, 1), 0, len(text), text, score, 0.5, score, value, True)

    thrown = said("The Vexan Assembly has thrown out the ports bill.", "Vexan Assembly", 0.64)
    met = said("The bill was not adopted by ministers as planned at a Tarvik meeting on Monday.", "Tarvik", 0.56)
    question = "In which city were ministers meeting when the ports bill was not adopted?"
    assert Extractive(Scorer([]))._asked_first([thrown, met], PLACE, question)[0] is met


def test_the_value_doing_the_asked_verb_or_the_town_holding_a_venue_is_the_short_answer(vectors):
    quoted = answer(vectors, "Which news agency quoted the ministers on the budget?",
                    '"The budget will find a solution," Danish news agency Ritzau quoted several ministers as saying.')
    assert quoted.short_answer == "Ritzau", text_of(quoted)
    town = answer(vectors, "In which town did Mrs Lane make her first speech?",
                  "Mrs Lane made her first speech at the Green Party Conference in Harrogate last October.")
    assert town.short_answer == "Harrogate", text_of(town)


def test_a_role_asked_after_as_is_held_by_the_name_whose_apposition_gives_it(vectors):
    question = "Who did the board appoint as Aster's chief executive?"
    assert asked_role(question) == "execut"
    draft = answer(vectors, question,
                   "Analysts said on Monday Jo Lindqvist, the banker appointed by the board as Aster's chief "
                   "executive, spoke warmly of the firm at a hearing of the Senate Finance Committee.")
    assert draft.short_answer == "Jo Lindqvist", text_of(draft)


def test_a_which_noun_before_another_noun_names_nothing_and_for_which_asks_what_follows_for(vectors):
    from rag.values import after_stranded, in_role

    question = "For which film did Ann Volk win best director in Venice?"
    said = "The veteran film-maker, 61, won the best director prize at the Venice Film Festival in 2003 for Quiet Rooms."
    assert after_stranded(said, Value("Quiet Rooms", said.index("Quiet"), len(said) - 1), question)
    intro = "South African film director Ann Volk has received an honorary award at the Berlin Film Festival."
    assert not in_role(intro, Value("South African", 0, 13), "film", question)  # "film director" is no film
    draft = answer(vectors, question, f"{intro} {said}")
    assert draft.short_answer == "Quiet Rooms", text_of(draft)


def test_a_day_that_owns_a_name_dates_it_and_names_no_other_of_it():
    from rag.extractive import _another_namesake

    question = "Where were the Irish Nationals held last Saturday?"
    assert not _another_namesake("Teams were picked after last Saturday's Nationals in Santry.", question)
    assert _another_namesake("Teams were picked after the Welsh Nationals in Cardiff.", question)


def test_what_time_someone_ran_is_a_race_time_and_a_year_before_in_is_no_share():
    from rag.values import number_kind

    question = "What time did Ana Vaz win the 3,000m in?"
    assert number_kind(question) == "race time"
    assert [v.text for v in values("She won a tight 3,000m in 7:40.53.", NUMBER, question)] == ["7:40.53"]
    relay = "They won the first relay medal since 1912 in 38.07 seconds."
    assert [v.text for v in values(relay, NUMBER, "In what time did they win the relay?")] == ["38.07 seconds"]
    assert [v.text for v in values("One in six cars fails.", NUMBER, "What share of cars fails?")] == ["One in six"]


def test_a_which_answer_in_lower_case_is_read_between_the_questions_own_words(vectors):
    draft = answer(vectors, "Which fuel do most villagers in Tarn burn for heating?",
                   "Most villagers in Tarn burn peat for heating, and prices have been held down for years.")
    assert draft.short_answer == "peat", text_of(draft)
    said = "The 31-year-old Scot was banned in 1998 after testing positive for nandrolone."
    assert [v.text for v in values(said, NAME, "Which substance did he test positive for?")][-1] == "nandrolone"
    assert values("Most villagers burn it for heating.", NAME, "Which fuel do villagers burn for heating?") == []


def test_an_apposition_with_a_may_run_into_the_verb_but_the_opens_a_clause():
    from rag.values import in_role

    said = '"We are doing research," Anna Berg, a Finnair spokeswoman told the BBC.'
    assert in_role(said, Value("Anna Berg", said.index("Anna"), said.index("Anna") + 9), "spoke", "Who speaks for Finnair?")
    clause = "Writing in the Evening Post, the Bishop said the novel was fun."
    post = clause.index("Evening Post")
    assert not in_role(clause, Value("Evening Post", post, post + 12), "bishop", "Which bishop called the novel fun?")


def test_which_owners_thing_is_answered_by_the_owner_of_that_thing(vectors):
    draft = answer(vectors, "Which city's theatre is Ann Volk trying to save?",
                   "Film star Ann Volk has held a dinner party in Madrid to promote Porto's Rivoli Theatre.")
    assert draft.short_answer == "Porto", text_of(draft)


def test_which_x_and_its_thing_is_answered_by_the_name_before_that_thing(vectors):
    draft = answer(vectors, "Which retailer uses the scanners at one of its distribution centres?",
                   "The scanners are currently used at one Acme distribution centre in Norland - the scanners allow"
                   " quick counts of bulk stock.")
    assert draft.short_answer == "Acme", text_of(draft)


def test_what_medal_asks_for_the_metal_like_which_medal(vectors):
    draft = answer(vectors, "What medal did Ada Moss win in the relay?",
                   "Ada Moss, 22, won the 100m final in Tomsby. She also won bronze in the 200m and silver in the relay,"
                   " becoming the only Norland runner with three medals.",
                   '"It is such an honour to win the Quill Award," said Ada Moss.')
    assert draft.short_answer == "silver", text_of(draft)


def test_a_length_may_be_spelled_out_before_its_unit(vectors):
    draft = answer(vectors, "How high was the bridge Tom Hale crossed at the fair?",
                   "Tom Hale was in Ostby for the opening of the Elmshire fair. The 48-year-old actor crossed a"
                   " three-metre high bridge built in the square.")
    assert draft.short_answer == "three-metre", text_of(draft)


def test_from_whom_is_answered_by_the_object_of_from(vectors):
    draft = answer(vectors, "From whom will Acme Wines acquire the Tomsby shares?",
                   "Norland's Acme Wines has agreed to buy 33% of Tomsby, the largest wine maker in Vessland. The"
                   " Norland liqueur maker will acquire the shares from the Ostby State Asset Bureau.")
    assert draft.short_answer == "Ostby State Asset Bureau", text_of(draft)


def test_an_amount_for_each_person_is_one_given_per_head(vectors):
    draft = answer(vectors, "How much wine does each person in Norland drink?",
                   "Norland wine sales are growing, the farm ministry said, with wine sales in 2003 up 25% at 61.1bn crowns.",
                   "The consumption of wine in Norland is still low, at just 0.22 litres per capita, said the ministry.")
    assert draft.short_answer == "0.22 litres", text_of(draft)


def test_a_quoted_term_before_the_asked_noun_names_it(vectors):
    draft = answer(vectors, "Which technique lets Tom Hale play several roles in the film?",
                   'The "motion tracing" technique enables Tom Hale to play a number of roles, including the'
                   ' eight-year-old boy and Father Christmas.')
    assert draft.short_answer == "motion tracing", text_of(draft)
    for said in ('"It is obscene," MP Ada Moss told parliament.', '"It hides behind women\'s rights," MP Ada Moss said.'):
        assert [v.text for v in values(said, NAME, "Which MP called the play obscene?", said)] == ["Ada Moss"]


def test_a_kind_whose_name_the_article_withholds_answers_no_which_question(vectors):
    draft = answer(vectors, "Which overseas company will buy 10% of the council's Tomsby stake?",
                   "The council will also sell 10% of its stake in Tomsby to another overseas company, although it"
                   " didn't say who.")
    assert draft.refused, text_of(draft)


def test_a_nations_adjective_names_no_company_even_without_its_nation_in_the_article(vectors):
    draft = answer(vectors, "Which company will set up the digital screen network?",
                   "The scheme will create a network of up to 300 screens showing Vessish and specialist films, making it the"
                   " largest digital cinema network in the world. Acme Digital Cinema will run the network, which is due"
                   " to be completed within 18 months. Most Vessish cinemas still have mechanical projectors.")
    assert draft.short_answer == "Acme Digital Cinema", text_of(draft)


def test_a_spelled_out_number_may_add_a_half():
    said = "Ada Moss had to wear a cast for three and a half months after the fall."
    assert [v.text for v in values(said, NUMBER, "For how long did Ada Moss wear a cast?", said)] == ["three and a half months"]


def test_a_temperature_keeps_its_scale_written_out():
    said = "The room is cooled to minus 160 degrees centigrade and it heals."
    assert [v.text for v in values(said, NUMBER, "To what temperature is the room cooled?", said)] == ["minus 160 degrees centigrade"]


def test_which_body_says_it_does_is_answered_by_the_body_that_says_so(vectors):
    draft = answer(vectors, "Which organisation says it is investigating the missing ballot papers?",
                   "Hundreds of ballot papers for the regional assembly referendum in the Vessland North have disappeared."
                   " Acme Post says it is investigating the situation, which has meant about 300 homes in Elmshire are not"
                   " receiving voting packs.")
    assert draft.short_answer == "Acme Post", text_of(draft)


def test_whose_spokeswoman_is_answered_by_whom_she_speaks_for(vectors):
    draft = answer(vectors, "Whose spokeswoman said letters were being sent to the affected homes?",
                   "A spokeswoman for the Vessland Electoral Board told Quill News Online that letters were being sent out"
                   " to those homes affected.")
    assert draft.short_answer == "Vessland Electoral Board", text_of(draft)


def test_a_club_before_a_players_role_is_the_club_he_plays_for(vectors):
    draft = answer(vectors, "Which club does Tom Hale play for?",
                   "Ostby manager Ben Odo will discipline striker Eva Lind after all for her tackle on Norland defender"
                   " Tom Hale.")
    assert draft.short_answer == "Norland", text_of(draft)


def test_a_price_after_a_move_is_the_level_not_the_move(vectors):
    draft = answer(vectors, "By how much did Acme shares rise on Tuesday morning?",
                   "Shares in the retailer were up 19.6% at $17.04 in Tuesday morning trading in Ostby after the Acme news.")
    assert draft.short_answer == "19.6%", text_of(draft)
    # "to" after the move gives the level it reached
    draft = answer(vectors, "By how much did Zorb shares rise?",
                   "Zorb shares rose $1.64 to $47.10 on Monday, while Vale shares gained $1.32 to $44.45.")
    assert draft.short_answer == "$1.64", text_of(draft)


def test_a_name_with_a_personal_title_is_no_place():
    said = "Prof Moss criticises Norland for overlooking the reports on Vessland."
    assert [v.text for v in values(said, PLACE, "Which country did the report look at in depth?", said)] == ["Norland", "Vessland"]


def test_a_place_opening_a_sentence_may_own_what_follows():
    article = "Norland's authorities have banned the play, due to open in the capital, Ostby. Its organisers in Norland said so."
    said = article.split(". ")[0] + "."
    assert [v.text for v in values(said, PLACE, "Which country banned the play?", article)] == ["Norland", "Ostby"]


def test_the_asked_firm_by_its_full_name_and_an_owner_of_the_asked_kind_are_no_answer():
    question = "Which bank withdrew its offer for Quill?"
    said = "Vale Financial has withdrawn its takeover offer for rival bank Quill Holdings."
    assert [v.text for v in values(said, NAME, question, said)] == ["Vale Financial"]  # "Quill Holdings" is Quill
    said = "Quill Holdings, Norland's fourth-largest bank, has been at the centre of a bid battle."
    assert values(said, NAME, question, said) == []  # Norland owns a bank; "fourth-largest" ranks it


def test_a_span_counted_from_another_point_is_not_the_asked_one():
    question = "How many days after the Ostby marathon is the Vale race?"
    assert values("The Quill race takes place a day after Tomsby.", NUMBER, question) == []
    assert [v.text for v in values("She will run just 77 days after the Ostby marathon.", NUMBER, question)] == ["77 days"]


def test_a_kind_said_with_a_or_an_says_not_which(vectors):
    draft = answer(vectors, "Which Norlandic firm is using lasers to link its network?",
                   "A Norlandic telecommunications firm has turned to lasers to help it set up voice and data networks "
                   "in the country. Quill Teleservices is using the lasers to make the link between customers' offices "
                   "and its own core network.")
    assert draft.short_answer == "Quill Teleservices", text_of(draft)


def test_a_gain_may_be_a_share(vectors):
    draft = answer(vectors, "How much has the Vale rupee gained in the past three sessions?",
                   "The Vale rupee climbed to 43.305 per US dollar on Thursday, up from a close of 43.41. "
                   "The currency has gained almost 1% in the past three sessions.")
    assert draft.short_answer == "1%", text_of(draft)


def test_a_figure_right_after_the_asked_place_is_its_own(vectors):
    said = "Visits from Vessland were up by 10% and from Norland by some 9%, while the rest rose 20%."
    draft = answer(vectors, "By how much did visits from Norland rise?", said)
    assert draft.short_answer == "9%", text_of(draft)


def test_a_rate_per_head_may_be_given_per_capita():
    said = "The consumption of wine in Norland is still low, at just 0.22 litres per capita, said the ministry."
    assert [v.text for v in values(said, NUMBER, "How much wine per head is drunk in Norland?", said)] == ["0.22 litres"]


def test_the_deed_done_may_name_its_thing_after_a_modifier(vectors):
    draft = answer(vectors, "Which police officer has liaised with the protest groups?",
                   "The other protesters are Tom Hale, 37, a police officer's son from Ostby, Ben Odo, 34, who plays polo"
                   " with protest leaders in Tomsby, auctioneer Eva Lind, 42, from Elmshire, and a farmer from Norland.",
                   "But Assistant Chief Constable Ann Lowe has liaised with several protest groups and said all talks had"
                   " gone well.")
    assert draft.short_answer.endswith("Ann Lowe"), text_of(draft)


def test_takings_in_sales_are_no_cost(vectors):
    draft = answer(vectors, "How much did the Ostby Express premiere cost to stage?",
                   "Ostby Express took $40.8m in weekend ticket sales, according to studio estimates.")
    assert draft.refused, text_of(draft)


def test_a_range_is_one_value():
    said = "Growth was 0.7-0.8% and the project will take 10-15 years; Norland won 2-1."
    assert [v.text for v in values(said, NUMBER, "How much did the economy grow?")][0] == "0.7-0.8%"
    assert "10-15 years" in [v.text for v in values(said, NUMBER, "How long will the project take?")]
    # "to" and "between ... and" join one too, but not a move's start and end
    said = "Zorb said customers would get new cords within two to four weeks, and between 300 and 400 jobs would go."
    assert [v.text for v in values(said, NUMBER, "How long will the new cords take to arrive?")] == ["two to four weeks"]
    assert "between 300 and 400 jobs" in [v.text for v in values(said, NUMBER, "How many jobs will go at Zorb?")]
    assert [v.text for v in values("Tax was cut from 30 to 25 per cent.", NUMBER, "What is the tax rate?")] == ["25 per cent"]
    # two figures of one unit "between" are one range too
    said = "Ada Moss forecast growth at between 3% and 3.5% next year, and said Zorb had 3 and 4 plants."
    assert [v.text for v in values(said, NUMBER, "What growth did Ada Moss forecast?")] == ["between 3% and 3.5%"]
    said = "Between 15,000 and 20,000 couples go to court each year."
    assert [v.text for v in values(said, NUMBER, "How many couples go to court each year?")] == ["Between 15,000 and 20,000"]
    assert values("The court ran between 1995 and 2000.", NUMBER, "How many couples went to court?") == []  # two years


def test_a_figure_for_the_whole_year_answers_nothing_asked_of_a_quarter(vectors):
    draft = answer(vectors, "By how much did the Norland economy grow in the last quarter?",
                   "The Norland economy grew 2.4% for the full year, the statistics office said. "
                   "Officials in Norland said that output rose by a further 0.5% in the quarter.")
    assert draft.short_answer == "0.5%", text_of(draft)


def test_a_figure_joined_to_its_noun_counts_it_and_is_no_sum(vectors):
    said = ("Tom Hale is a man facing a 42-count federal indictment, while Ada Moss is a decorated athlete. "
            "Ada Moss says Hale damaged her name and she is seeking $25m in the suit.")
    assert values(said.split(". ")[0], NUMBER, "How much is Ada Moss suing Tom Hale for?") == []
    assert answer(vectors, "How much is Ada Moss suing Tom Hale for?", said).short_answer == "$25m"
    assert [v.text for v in values(said, NUMBER, "How many counts does Tom Hale face?")][:1] == ["42"]


def test_a_reporting_period_is_no_amount():
    said = "Sales for the nine months to September were up 4%."
    assert [v.text for v in values(said, NUMBER, "By how much did Acme's sales rise?")] == ["4%"]


def test_a_figure_called_a_forecast_is_not_the_one_measured():
    said = "Growth in Norland was 1.2%, ahead of the 0.9% forecast."
    assert [v.text for v in values(said, NUMBER, "How much did Norland's economy grow?")] == ["1.2%"]
    assert "0.9%" in [v.text for v in values(said, NUMBER, "What growth had been forecast for Norland?")]


def test_who_wrote_a_work_is_answered_by_its_owner_name(vectors):
    draft = answer(vectors, "Who wrote The Silver Harbour?",
                   "Tom Hale stars in the new Broadway revival of Ada Moss' play The Silver Harbour.")
    assert draft.short_answer == "Ada Moss", text_of(draft)
    draft = answer(vectors, "Who wrote The Silver Harbour?", "Tom Hale stars in the new Broadway revival of The Silver Harbour, Ada Moss said.")
    assert draft.refused, text_of(draft)


def test_a_span_since_a_year_answers_no_question_about_how_long_something_will_last():
    said = "The ban is the first since 1998 and will last three years."
    assert [v.text for v in values(said, NUMBER, "How long will the ban last?")] == ["three years"]
    assert "since 1998" in [v.text for v in values("Acme has been based in Elmshire since 1998.", NUMBER,
                                                   "How long has Acme been based in Elmshire?")]


def test_a_race_named_by_its_distance_is_no_distance():
    said = "Eva Lind won the sprint hurdles, the long jump and the 400m, and leapt 6.31m."
    assert [v.text for v in values(said, NUMBER, "How far did Eva Lind jump?")] == ["6.31m"]
    assert "30m" in [v.text for v in values("The town built the 30m tower in 1990.", NUMBER, "How high is the tower?")]


def test_who_directed_a_work_is_answered_by_its_owner_name_unless_a_sentence_names_the_director(vectors):
    owned = "Tom Hale, whose only Oscar nomination was for Ada Moss's The Silver Harbour, died at his home in Elmshire."
    draft = answer(vectors, "Who directed The Silver Harbour?", owned)
    assert draft.short_answer == "Ada Moss", text_of(draft)
    draft = answer(vectors, "Who directed The Silver Harbour?", owned + " The Silver Harbour was directed by Eva Lind.")
    assert draft.short_answer == "Eva Lind", text_of(draft)
    draft = answer(vectors, "Who directed The Grey Hours?",
                   "A US TV network is editing ABC Films' drama The Grey Hours to avoid showing a nude scene after a fictional attack.")
    assert draft.refused, text_of(draft)  # a studio's, no director


def test_now_in_its_nth_year_tells_how_long_and_which_year_of_a_run():
    said = "The Quill Prize, now in its 20th year, went to Ada Moss."
    assert [v.text for v in values(said, NUMBER, "For how many years has the Quill Prize been awarded?")] == ["20th year"]
    assert answer_type("In which year of its run is the Quill Prize?") == NUMBER
    assert [v.text for v in values(said, NUMBER, "In which year of its run is the Quill Prize?")] == ["20th"]
    assert answer_type("In which year did the Quill Prize start?") == DATE


def test_a_holder_of_the_asked_role_does_not_jump_ahead_of_the_sentence_that_tells_the_deed(vectors):
    draft = answer(vectors, "Which minister described Ada Moss as very talented?",
                   "Home Secretary Eva Lind said she had always had good relations with Ms Moss, who she described as \"very talented\". "
                   "The row came a day after Tom Hale, former Norland minister, warned the press to leave Ada Moss alone.")
    assert draft.short_answer.endswith("Eva Lind"), text_of(draft)
    # nor a name that calls itself the asked kind ("the Acme Party") when it does not tell the deed
    draft = answer(vectors, "Which party is asking the watchdog to stop the calls?",
                   "The Greens are asking the watchdog overseeing the rules to stop the calls. "
                   "An Acme Party spokesman told the website the party avoided those on the lists when calling people.")
    assert draft.short_answer == "Greens", text_of(draft)
    # a present verb before a preposition is the deed too: "stars in", as "starring"
    draft = answer(vectors, "Which actor stars in the quiet comedy Day One?",
                   "Day One, a quiet comedy starring Tom Hale, is up for six Quill awards. "
                   "The awards were announced by actors Ada Moss and Ben Odo in Ostby on Tuesday.")
    assert draft.short_answer == "Tom Hale", text_of(draft)
    # unless the best sentence names only whose it is: "A Norland Parliament committee has ordered ..."
    draft = answer(vectors, "Which committee ordered a rewrite of the patent rules?",
                   "A Norland Parliament committee has ordered a rewrite of the patent rules. "
                   "The Legal Affairs Committee said the Commission should start again.")
    assert draft.short_answer == "Legal Affairs Committee", text_of(draft)


def test_which_position_asks_a_place_in_a_table():
    said = "Low down the list are the telephone (23rd) and the Arden Pad (25th); the Quill Knife is at number 20."
    assert [v.text for v in values(said, NUMBER, "In which position is the Arden Pad in the list?")][:2] == ["23rd", "25th"]


def test_the_maker_is_read_even_when_the_name_runs_into_the_work(vectors):
    draft = answer(vectors, "Who painted the Portrait of Quill?",
                   "Portrait of Quill fetched the second highest amount for a Norland painting when it was sold for £10.3m in 2001. "
                   "Sir Tom Hale's Portrait of Quill will get a public airing following fears it would stay hidden.")
    assert draft.short_answer == "Sir Tom Hale", text_of(draft)


def test_a_holder_titled_with_the_asked_name_beats_a_story_headlined_with_it(vectors):
    draft = answer(vectors, "Which Acme analyst said the market simply wants to go up?",
                   '"This market simply wants to go up," Acme Global Markets analyst Eva Lind told Reuters news agency.',
                   '"The market simply wants to go up after the deal," said Ben Odo, an analyst at Quill.',
                   titles=("Oil prices surge above $53", "Norland buys up Acme insurer"))
    assert draft.short_answer == "Eva Lind", text_of(draft)


def test_an_adverb_after_the_asked_noun_is_no_role_it_asks(vectors):
    # "the first Norlander home" asks who finished first of them, not who holds a post called "home"
    draft = answer(vectors, "Who was the first Norlander home in the Ostby race?",
                   "Ben Odo won the Ostby race by five seconds. Tom Hale was the first Norlander in 12th place.")
    assert draft.short_answer == "Tom Hale", text_of(draft)


def test_the_sentence_after_a_figure_for_another_year_may_give_the_asked_years_in_its_words():
    from rag.extractive import _year_sequel

    first = "Since 2018 trade between Norland and Vessland has exceeded $100bn."
    second = "In 2021 it rose to $146bn."
    text = f"{first} {second}"
    chunk = Chunk("a.txt/c0", text, "a.txt", "Trade grows", "", "2024-03-01", 1, 1, 0, len(text))
    lead = Evidence(Hit(chunk, 1.0, 1), 0, len(first), first, 0.6, 0.5, 0.6, "$100bn", False)
    sequel = Evidence(Hit(chunk, 1.0, 1), len(first) + 1, len(text), second, 0.45, 0.2, 0.45, "$146bn", False)
    out = _year_sequel([lead, sequel], ["2021"], 0.48)
    assert [ev.text for ev in out if ev.fits] == [second]
    # not for a year the sentence after does not give, nor after a sentence that stands elsewhere
    assert not any(ev.fits for ev in _year_sequel([lead, sequel], ["2020"], 0.48))
    apart = replace(sequel, start=sequel.start + 40, end=sequel.end + 40)
    assert not any(ev.fits for ev in _year_sequel([lead, apart], ["2021"], 0.48))


def test_a_clause_whose_subject_is_another_titles_no_one(vectors):
    """"Day One, which he wrote," names a work, not its writer."""
    said = "Ben Odo won the prize for Day One, which he wrote, directed and starred in."
    assert not in_role_names(said, "Who wrote Night Train?")
    draft = answer(vectors, "Who wrote and directed Night Train?",
                   "Night Train is written and directed by Tom Hale, who directed the hit Blue Hour. "
                   "Ben Odo won the prize for Day One, which he wrote, directed and starred in.")
    assert draft.short_answer == "Tom Hale", text_of(draft)


def test_where_a_thing_was_done_may_be_the_place_named_before_it(vectors):
    """"Where did they hold their talks?": "the Elmshire House talks", not the summit "in Tomsby"."""
    draft = answer(vectors, "Where did the Norland and Vessland ministers hold their trade talks?",
                   "The Elmshire House trade talks of the Norland and Vessland ministers came ahead of a summit in Tomsby.")
    assert draft.short_answer == "Elmshire House", text_of(draft)


def test_a_brand_is_named_whatever_its_inner_capitals(vectors):
    """An article that writes "Quillcom" is about "QuillCom": its sentences are read as the firm's."""
    draft = answer(vectors, "When did QuillCom collapse?",
                   "Former Quillcom chief Tom Hale denied fraud on Monday. The phone company collapsed in 2002 and prosecutors say losses were hidden.",
                   "QuillCom emerged from bankruptcy protection in 2004, and is now known as Acme.")
    assert draft.short_answer == "2002", text_of(draft)


def test_the_body_s_own_name_that_speaks_speaks_for_it(vectors):
    """"said Quill's Ada Moss" answers "Who spoke for Quill ...?", not a title Quill sold."""
    from rag.values import with_asked_org

    draft = answer(vectors, "Who spoke for Quill about the pre-orders?",
                   "Day One was Quill's largest pre-ordered item ever, with 420,000 copies pre-ordered before its release.",
                   '"The book is already at number one in our Hot 100 chart," said Quill\'s Ada Moss.')
    assert draft.short_answer == "Ada Moss", text_of(draft)
    said = "Quill's Ada Moss said the book sold well."
    assert [v.text for v in values(said, NAME, "Who spoke for Quill?") if with_asked_org(said, v, "Who spoke for Quill?")] == ["Ada Moss"]


def test_the_holder_of_the_asked_kind_who_did_the_deed_comes_first(vectors):
    """"Which actors announced the nominations?": not an actor given nominations."""
    draft = answer(vectors, "Which actors announced the Quill nominations?",
                   "Actor Tom Hale has been given two Quill nominations, with actors Eva Lind and Ada Moss also up for Quill prizes.",
                   "The Quill awards were announced by actors Ben Odo and Eva Lind in Ostby on Tuesday.")
    assert draft.short_answer == "Ben Odo and Eva Lind", text_of(draft)


def test_one_of_the_asked_kind_brought_in_unnamed_is_named_by_the_next_sentence(vectors):
    """News names them second: "An artist critical of ... . Ada Moss is worried ..."."""
    draft = answer(vectors, "Which artist criticised plans for Elmshire arts funding?",
                   "An artist critical of Elmshire arts funding being brought under council control has denied comparing "
                   "the idea with dictatorships in Norland and Vessland.\n\n"
                   "Ada Moss is worried that the Arts Council of Elmshire may be taken over by the council.")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_the_name_owning_a_deed_noun_did_the_deed(vectors):
    """"following Ada Moss's resignation." names who left; "aimed at Quill journalists." names no one."""
    question = "Who had stepped down just before Tom Hale took the Elmshire job?"
    said = "The ruling came on Tom Hale's first day as Elmshire secretary following Ada Moss's resignation."
    assert [v.text for v in values(said, NAME, question)] == ["Ada Moss's"]
    assert values("The attack was aimed at Quill journalists.", NAME, "Who was attacked?") == []
    draft = answer(vectors, question, said)
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_half_may_go_without_of_before_its_whole():
    """"more than half the qualifications" is a share; "the second half" of a match is none."""
    question = "What share of the Elmshire prizes went to teenagers?"
    assert [v.text for v in values('By one count, "more than half" the prizes went to pupils aged 16 to 18.', NUMBER, question)] == ["half"]
    assert values("In the second half the team scored twice.", NUMBER, question) == []


def test_an_owner_told_by_its_kind_is_no_other_title(vectors):
    """"the country's auditor general" is answered by "Auditor General Ada Moss"; "the Norland
    labour minister" still not by "Foreign Minister Tom Hale"."""
    said = 'Auditor General Ada Moss said: "Higher levels of literacy will benefit Elmshire."'
    assert [v.text for v in values(said, NAME, "Who is the country's auditor general?")][:1] == ["Ada Moss"]
    assert values("Foreign Minister Tom Hale said so.", NAME, "Who is the Norland labour minister?") == []
    # "former" says when the title was held, not which one
    said_of = "He was criticised by former Olympic champion Tom Hale, who cast doubt on Roe's injury."
    assert "Tom Hale" in [v.text for v in values(said_of, NAME, "Which former champion doubted Roe's injury?")]
    draft = answer(vectors, "Who is the country's auditor general?", said)
    assert draft.short_answer == "Ada Moss", text_of(draft)
    # a title in lower case too: "world indoor champion" is another; "defending champion" says none
    question = "Who is the Vale cross country champion?"
    assert values("It pushed world indoor champion Tom Hale into second.", NAME, question) == []
    assert [v.text for v in values("Vale cross country champion Ada Moss won.", NAME, question)] == ["Ada Moss"]
    assert [v.text for v in values("It was won by defending champion Ada Moss.", NAME, question)] == ["Ada Moss"]
    assert [v.text for v in values("Clothes maker and fashion designer Ada Moss won.", NAME, "Which clothes designer won?")] == ["Ada Moss"]


def test_a_person_s_title_names_no_body():
    """"Which firms ...?" is never answered by "Mr Tom Hale"; "Who ...?" still is."""
    said = "Mr Tom Hale said the industry expected costs to double for the new Acme machines."
    assert values(said, NAME, "Which firms are due to bring out new machines?") == []
    assert [v.text for v in values(said, NAME, "Who said costs would double?")] == ["Mr Tom Hale"]


def test_the_field_a_role_is_held_on_picks_its_holder(vectors):
    """"Who speaks for the Quill party on education?": its education spokesman, not one untitled."""
    draft = answer(vectors, "Who speaks for the Quill party on education?",
                   "Quill party spokesman Tom Hale said the number of officials who had forgotten was worrying.",
                   'Liberal Quill education spokesman Ada Moss added: "Far too little has been done for adult learners."')
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_an_outlet_asked_by_one_word_is_told_by_another():
    """"Which radio show ...?" is answered by "Quill Radio 5's Sunrise programme"."""
    said = '"The judges are simply wrong," he told Quill Radio 5\'s Sunrise programme.'
    assert "Sunrise" in [v.text for v in values(said, NAME, "Which radio show did Tom Hale speak to about the ruling?")]
    assert "Sunrise" not in [v.text for v in values(said, NAME, "Who did Tom Hale speak to about the ruling?")]


def test_a_multiple_may_be_said_by_its_verb(vectors):
    """"need to double", "sales doubled" say how much bigger; "a double room" says nothing."""
    question = "How much bigger will Acme's budgets have to get for the new machines?"
    said = "Acme said its budgets were likely to need to double to cope with the new machines."
    assert [v.text for v in values(said, NUMBER, question)] == ["double"]
    assert values("Acme booked a double room.", NUMBER, question) == []
    draft = answer(vectors, question, said)
    assert draft.short_answer == "double", text_of(draft)


def test_a_date_that_names_a_thing_tells_no_deed_to_come():
    """"the government's September 2002 dossier" answers no "When will ...?"; "the 2006 Quill
    Cup" still tells when the Quill Cup will be held, and "published in September 2002" when it was."""
    said = "Ada Moss's report said the government's September 2002 weapons dossier was thin."
    assert values(said, DATE, "When will Ada Moss give evidence to MPs?") == []
    assert [v.text for v in values("The 2006 Quill Cup will be held in Ostby.", DATE, "When will the Quill Cup be held?")] == ["2006"]
    assert [v.text for v in values("The dossier was published in September 2002.", DATE, "When was the dossier published?")] == ["September 2002"]


def test_a_role_asked_by_its_initials_is_a_title_before_the_name(vectors):
    """"Which Quill MP ...?" is answered by "Quill MP Ada Moss", not by the Quill leader."""
    question = "Which Quill MP put the questions to Tom Hale?"
    said = "Tom Hale said so in his Gazette interview, which was conducted by the magazine's editor, Quill MP Ada Moss."
    assert [v.text for v in values(said, NAME, question)] == ["Ada Moss"]
    assert in_role_names(said, question) == ["Ada Moss"]
    draft = answer(vectors, question, "Quill leader Ben Odo said Tom Hale had given the most damaging testimony he could remember.", said)
    assert draft.short_answer == "Ada Moss", text_of(draft)
    # a headline with "MP" in it names no one's story
    draft = answer(vectors, "Which MP called the play obscene?",
                   '"The play is obscene and pornographic," MP Eva Lind told parliament.',
                   "Former Quill MP Ben Odo recalled a stream of remarks from a leading MP on women's legs.",
                   titles=("Elmshire bans play", "Ex-MP recalls MP sexism"))
    assert draft.short_answer == "Eva Lind", text_of(draft)


def test_a_count_of_things_tells_no_count_of_people(vectors):
    """"tracks about six million blogs" answers no "How many people ...?"; "employs 50,000 staff" does."""
    scorer = Scorer([], vectors)  # type: ignore[arg-type]
    things = "Quill, a blog search engine, tracks about six million blogs and says that more than 12,000 are added daily."
    staff = "Acme employs 50,000 staff in Norland alone, and 4,000 workers in Vessland."
    asked = "How many people does Quill employ?"
    assert [scorer._counts_things(things, v, asked) for v in values(things, NUMBER, asked)] == [True, False]
    asked = "How many people does Acme employ?"
    assert [scorer._counts_things(staff, v, asked) for v in values(staff, NUMBER, asked)] == [False, False]
    # past the words that describe them; not when those words name what is asked
    said = "Prizes were given in 12 different categories, and Tides won five Quill awards."
    asked = "How many people attended the ceremony?"
    assert [scorer._counts_things(said, v, asked) for v in values(said, NUMBER, asked)] == [True, True]
    asked = "How many Quills did Tides win?"
    assert [scorer._counts_things(said, v, asked) for v in values(said, NUMBER, asked)][1:] == [False]
    # any plural that reads as people asks a count of people; "vehicles" and "jobs" do not
    assert scorer._counts_people("How many Britons read blogs?") and scorer._counts_people("How many voters backed Ada Moss?")
    assert not scorer._counts_people("How many vehicles does the recall cover?") and not scorer._counts_people("How many jobs will go?")
    # beside a count of things, a count of people with no plural "s" still answers
    draft = answer(vectors, "How many people were arrested in the Ostby crackdown?",
                   "In the Ostby crackdown police shut down 700 websites and arrested 224 people.")
    assert draft.short_answer == "224 people", text_of(draft)



def test_a_penalty_asked_for_a_reason_is_answered_only_by_an_article_that_tells_it(vectors):
    from rag.extractive import penalty_reason

    assert penalty_reason("How many people were arrested for identity theft in 2004?") == {"ident", "theft"}
    assert penalty_reason("How many people were arrested in Ostby?") == frozenset()
    asked = "How many people were arrested for identity theft in Ostby?"
    other = "In August police in Ostby shut down 700 websites and arrested 224 people in a crackdown on net porn."
    assert answer(vectors, asked, other).refused
    told = "In August police in Ostby arrested 224 people for identity theft in a crackdown on fraud."
    assert answer(vectors, asked, told).short_answer == "224 people"


def test_a_plain_was_before_the_asked_title_tells_who_won_it(vectors):
    draft = answer(vectors, "Who was voted the favourite male film actor at the Vale awards?",
                   "The Vale awards were held on Sunday. Tom Hale was favourite male movie star, and Ada Moss was best newcomer.")
    assert draft.short_answer == "Tom Hale"
    # a plain "was" before another title says nothing of the one asked
    draft = answer(vectors, "Who was voted the favourite male film actor at the Vale awards?",
                   "The Vale awards were held on Sunday. Tom Hale was a guest of the organisers.")
    assert draft.short_answer != "Tom Hale"


def test_a_past_title_that_is_another_post_leaves_the_name_in_office():
    said = "Vale Tales, starring former Quill actor Tom Hale, was best new comedy."
    assert "Tom Hale" in [v.text for v in values(said, NAME, "Who is the star of the comedy Vale Tales?", said)]
    # the asked post held once is no longer held
    said = "Vale Tales, starring former star Tom Hale and newcomer Ada Moss, was best new comedy."
    assert "Tom Hale" not in [v.text for v in values(said, NAME, "Who is the star of the comedy Vale Tales?", said)]


def test_a_count_of_people_tells_no_count_of_things(vectors):
    draft = answer(vectors, "How many votes did the film Tides receive at the Vale awards?",
                   "Tides won best film at the Vale awards, whose winners were chosen by 21 million online voters.")
    assert draft.short_answer != "21 million"
    # unless the sentence names the asked things too
    draft = answer(vectors, "How many jobs will go at Acme?", "Acme said 2,000 workers will lose their jobs.")
    assert draft.short_answer == "2,000 workers"
    # the asked noun may follow words that describe it
    draft = answer(vectors, "How many old computers has the Acme project recycled?",
                   "The Acme project recycles, and our 125 million users can be a force for good, Acme said.")
    assert draft.short_answer != "125 million", text_of(draft)
    # a people counted with no plural "s" are people too
    draft = answer(vectors, "How many jobs will the Vessland spending cap cost?",
                   "The Vessland spending cap is the task of all of Vessland's 60 million population, the government says.")
    assert draft.short_answer != "60 million", text_of(draft)


def test_other_before_a_counted_noun_still_counts_it(vectors):
    draft = answer(vectors, "How many members does the Quill union have?",
                   "The Quill union will co-ordinate any strike with up to six other public sector unions.")
    assert draft.refused, text_of(draft)
    # so does a share of them
    draft = answer(vectors, "How many Linux customers does Acme have?",
                   "Acme, which sells Linux to its customers, has made 500 of its patents freely available.")
    assert draft.short_answer != "500", text_of(draft)


def test_a_unit_after_a_number_is_a_whole_word():
    # "5,000 miners" holds no "min", "40 centres" no "cent", "3 security guards" no "sec"
    assert [v.text for v in values("Zorb Coal has 5,000 miners at its 12 pits.", NUMBER,
                                   "How many miners does Zorb Coal have?")] == ["5,000", "12"]
    assert [v.text for v in values("Zorb runs 40 centres in Vale.", NUMBER, "How many centres does Zorb run?")] == ["40"]
    assert [v.text for v in values("Vale hired 3 security guards.", NUMBER, "How many guards did Vale hire?")] == ["3"]


def test_a_headcount_is_told_by_the_asked_workers_themselves(vectors):
    draft = answer(vectors, "How many miners does Zorb Coal employ?",
                   "Zorb Coal's 5,000 miners will strike on Monday over pay.")
    assert draft.short_answer.startswith("5,000"), text_of(draft)


def test_who_heads_a_body_is_told_by_a_post_that_heads_it(vectors):
    draft = answer(vectors, "Who heads Acme's Quill lab?", "Acme's Quill lab will make it easier to use its software with Workplace.")
    assert draft.short_answer != "Workplace"
    draft = answer(vectors, "Who heads Acme's Quill lab?", "Ada Moss, director of Acme's Quill lab, said the chip was a breakthrough.")
    assert draft.short_answer == "Ada Moss"


def test_an_amount_asked_in_a_currency_is_the_one_written_in_it():
    said = "Acme is spending $100m (£52m) over the next three years on Linux."
    assert [v.text for v in values(said, NUMBER, "How much is Acme spending in sterling?", said)] == ["£52m"]
    assert [v.text for v in values(said, NUMBER, "How much is Acme spending?", said)] == ["$100m"]
    assert not values(said, NUMBER, "How much is Acme spending in euros?", said)


def test_a_length_of_time_before_what_is_asked_lasted_fills_the_slot():
    from rag.extractive import _span_of_asked

    said = "Tom Hale came third as he continues his comeback from a five-month injury lay-off."
    span = next(v for v in values(said, NUMBER, "How long was Tom Hale out injured?", said) if v.text == "five-month")
    assert _span_of_asked(said, span, "How long was Tom Hale out injured?")
    assert not _span_of_asked(said, span, "How long did Tom Hale serve as captain?")


def test_a_period_after_every_says_how_often_not_how_long():
    said = "The Quill prize, now in its 20 years, will be given once every two years."
    assert [v.text for v in values(said, NUMBER, "How many years has the Quill prize been running?", said)] == ["20 years"]
    assert "two years" in [v.text for v in values(said, NUMBER, "How often is the Quill prize given?", said)]


def test_a_part_of_the_day_asked_asks_which_day():
    assert answer_type("On what evening will Ada Moss unveil the plan?") == DATE
    assert answer_type("Which night is the Vale show?") == DATE
    assert [v.text for v in values("Ada Moss will unveil the plan on Thursday night in Ostby.", DATE,
                                   "On what evening will Ada Moss unveil the plan?")] == ["Thursday"]


def test_a_physical_measure_asked_is_a_number_with_its_unit(vectors):
    assert answer_type("What wavelength does the Acme laser emit?") == NUMBER
    assert [v.text for v in values("The Acme laser emits light at 1,550 nanometres.", NUMBER,
                                   "What wavelength does the Acme laser emit?")] == ["1,550 nanometres"]
    draft = answer(vectors, "What wavelength does the Acme laser emit?",
                   "Acme has made a laser from silicon. The Acme laser can amplify light and was built by 12 scientists.")
    assert draft.refused, text_of(draft)


def test_a_range_of_days_gives_its_first_day_for_a_start_and_its_last_for_an_end():
    def days(sentence: str, question: str) -> list[str]:
        return [v.text for v in values(sentence, DATE, question)]

    said = "Ada Moss will race at the Vale Indoors in Ostby on 4-6 March."
    assert days(said, "On what date do the Vale Indoors begin?") == ["4 March"]
    assert days(said, "When do the Vale Indoors end?") == ["6 March"]
    assert days(said, "When are the Vale Indoors?") == ["4-6 March"]
    said = "The Quill festival runs March 4-6 in Ostby."
    assert days(said, "When does the Quill festival finish?") == ["March 6"]
    assert days(said, "When does the Quill festival start?") == ["March 4"]
    assert days("On March 4, 6 people died in Ostby.", "When did the Ostby deaths end?") == ["March 4"]


def test_whose_thing_is_answered_by_its_owner(vectors):
    draft = answer(vectors, "Whose records does Ada Moss hope to break?",
                   "Double Olympic champion Ada Moss is set to race at the Vale Cross in Ostby.",
                   "Ada Moss took her first Olympic titles last August. She is aiming to break Norland champion "
                   "Eva Lind's 5,000m and 10,000m world marks, and she says Lind's 5,000m and 10,000m records are within reach.")
    assert draft.short_answer.endswith("Lind"), text_of(draft)


def test_a_description_standing_clear_of_every_other_sentence_answers_in_its_own_words(vectors):
    """No value marks the answer to "What ... serve as?": the sentence that stands clear in
    meaning of all others answers, with the support a value in the slot would need."""
    from rag.extractive import CLEAR_LEAD, SLOT_MARGIN

    text = "Acme is looking for people to use as face models for characters."
    chunk = Chunk("s/c0", text, "s/0.txt", "Acme holds auditions", "", "2024-03-01", 1, 1, 0, len(text))

    def said(words: str, support: float) -> Evidence:
        return Evidence(Hit(chunk, 1.0, 1), 0, len(words), words, support, 0.1, support, "", False)

    threshold = 0.48
    lead = said(text, threshold - SLOT_MARGIN / 2)
    out = Scorer([], vectors)._clear_lead([lead, said("Acme makes games.", lead.support - CLEAR_LEAD * 1.1)], OTHER,
                                          "What does Acme want the chosen faces to serve as?", [], None, threshold,
                                          {"s/0.txt": text}, {})
    assert out[0].text == text and out[0].fits and out[0].support == threshold
    # a close rival leaves both short of it
    out = Scorer([], vectors)._clear_lead([lead, said("Acme makes games.", lead.support - CLEAR_LEAD / 2)], OTHER,
                                          "What does Acme want the chosen faces to serve as?", [], None, threshold,
                                          {"s/0.txt": text}, {})
    assert not any(ev.fits for ev in out)


def test_a_role_held_of_another_body_answers_no_who_holds_it(vectors):
    draft = answer(vectors, "Who chairs the Vale science and technology committee?",
                   "A Vale science and technology committee report says skills are short.",
                   "But Tom Hale, who is chairman of the Vale public accounts committee, warned the government.")
    assert "Tom Hale" not in text_of(draft), text_of(draft)
    draft = answer(vectors, "Who chairs the Vale science and technology committee?",
                   "A Vale science and technology committee report says skills are short, "
                   "said Tom Hale, chairman of the Vale science and technology committee.")
    assert draft.short_answer == "Tom Hale", text_of(draft)
    # the body may run on to where or when the role was held
    draft = answer(vectors, "Who heads the Norlandic tribunal?",
                   "Jo Roe, who was head of the Norlandic Olympic team at the Ostby Games last year, also spoke at the tribunal.")
    assert "Jo Roe" not in text_of(draft), text_of(draft)


def test_which_body_is_answered_by_a_body_not_a_person(vectors):
    draft = answer(vectors, "Which body caught Tom Hale out?",
                   "Ada Moss said Tom Hale was rumbled after an inquiry by the Vale Sports Council.")
    assert draft.short_answer == "Vale Sports Council", text_of(draft)


def test_who_is_in_charge_is_told_by_a_post_that_heads_a_body_in_a_long_quote(vectors):
    draft = answer(vectors, "Who is in charge of the Vale Alert Centre?",
                   "\"Quill will take our expertise and use it to help home users understand the risks and keep their "
                   "phones safe,\" said Tom Hale, director of the Vale Alert Centre (VAC).")
    assert draft.short_answer == "Tom Hale", text_of(draft)


def test_a_prize_or_a_contest_answers_no_who():
    said = "The Vale Championships saw Ada Moss win the 60m title."
    assert [v.text for v in values(said, NAME, "Who won the 60m title?")] == ["Ada Moss"]
    said = "The Quill Award went to Ada Moss for Tides."
    assert "Quill Award" not in [v.text for v in values(said, NAME, "Who got the award?")]
    assert "Quill Award" in [v.text for v in values(said, NAME, "Which prize went to Ada Moss?")]
    said = "The Vale Stadium is due to open for the 2006 Quill Cup Final."  # a final is a contest, no firm
    assert values(said, NAME, "Which company is building the Vale Stadium?") == []
    assert [v.text for v in values(said, NAME, "Which match will open the Vale Stadium?")] == ["Quill Cup Final"]
    # nor a town: a run or a race is held somewhere, and is no place itself
    said = "Ada Moss will seek to regain her title at the Zorb Great Vessland Run on 9 April."
    assert values(said, PLACE, "Which town does Ada Moss come from?") == []
    assert values(said, NAME, "Who will seek to regain her title?") == [Value("Ada Moss", 0, 8)]


def test_who_is_not_answered_by_the_body_set_off_to_say_who_the_speaker_is():
    said = "Ada Moss, outreach head for campaign group Quill Trust, said that Acme should not be fined."
    assert [v.text for v in values(said, NAME, "Who argued Acme should not be punished?")] == ["Ada Moss"]
    assert "Quill Trust" in [v.text for v in values(said, NAME, "Who employs Ada Moss?")]
    # nor the body after its role and "of": "secretary of the Quill Trust" holds no post
    said = "He then became secretary of the Quill Trust on Social Justice."
    assert values(said, NAME, "Who is the home affairs secretary?") == []
    assert [v.text for v in values(said, NAME, "Which body did he become secretary of?")] == ["Quill Trust on Social Justice"]


def test_which_department_is_answered_by_a_body_not_the_scheme_it_reviews(vectors):
    draft = answer(vectors, "Which government department says it is looking again at the pension rules?",
                   "In a statement, the Vale Office said it was reviewing the Tides Pension Scheme.")
    assert draft.short_answer == "Vale Office", text_of(draft)


def test_what_fraction_is_answered_by_a_part_of_a_whole():
    said = "For each year served, staff get one eightieth of their top pay, and three fifths of them retire early."
    assert [v.text for v in values(said, NUMBER, "What fraction of their top pay do staff earn?")] == [
        "one eightieth", "three fifths"]
    said = "Acme would cut the number of its shops by about one-fifth, or around 120."
    assert [v.text for v in values(said, NUMBER, "By what fraction would Acme reduce the number of its shops?")] == ["one-fifth"]


def test_a_place_moved_to_is_located_as_one_lived_in(vectors):
    draft = answer(vectors, "Which country did Ada Moss become a citizen of?",
                   "Ada Moss emigrated to Norland in 1947, where she eventually became a citizen. "
                   "Born in Tomsby, Elmshire, on 5 April 1920, Ada Moss was the only child of poor parents.")
    assert draft.short_answer == "Norland", text_of(draft)


def test_a_capital_is_a_place_asked_after_a_preposition_too():
    assert answer_type("To which Vessish capital did Ada Moss move with her husband?") == PLACE
    assert answer_type("From which capital did Ada Moss fly home?") == PLACE


def test_an_age_said_by_at_the_age_of_is_no_amount():
    said = "Ada Moss, who has died at the age of 84, sold 30 million novels."
    assert [v.text for v in values(said, NUMBER, "How many novels did Ada Moss sell?")] == ["30 million"]
    assert [v.text for v in values(said, NUMBER, "How old was Ada Moss?")] == ["84"]


def test_a_count_of_a_noun_the_question_names_but_does_not_count_is_no_answer(vectors):
    question = "How many copies did Ada Moss's novels sell?"
    draft = answer(vectors, question, "Ada Moss went on to write 11 best-selling novels, which were published in 38 languages.")
    assert draft.refused, text_of(draft)
    draft = answer(vectors, question, "Ada Moss's novels sold 30 million copies in 38 languages.")
    assert draft.short_answer == "30 million", text_of(draft)


def test_which_paper_ones_trainer_spoke_to_is_told_by_her_coach_in_her_story(vectors):
    draft = answer(vectors, "Which newspaper did Ada Moss's trainer speak to?",
                   "Triple jumper Ada Moss has ruled out a comeback this year after a setback in her recovery. "
                   "Her coach Tom Hale told the Quill Gazette: \"We're not looking at any sooner than 2026.\"",
                   title="Moss delays her return")
    assert draft.short_answer == "Quill Gazette", text_of(draft)


def test_a_place_joined_by_based_places_its_noun_whatever_the_verb(vectors):
    question = "In which city does the Acme lab operate?"
    said = "The Ostby-based Acme laboratory faces steroid distribution charges."
    assert [v.text for v in values(said, PLACE, question)] == ["Ostby"]
    draft = answer(vectors, question, "Acme Laboratories is the firm at the centre of an inquiry into doping in Vessland. " + said)
    assert draft.short_answer == "Ostby", text_of(draft)


def test_a_bare_figure_after_a_name_is_part_of_the_name():
    said = "The decision to make Quill Browser 7 is seen as a U-turn by Acme, which has 3 million users."
    assert [v.text for v in values(said, NUMBER, "How many users does Acme have?")] == ["3 million"]
    assert values("The decision to make Quill Browser 7 is seen as a U-turn.", NUMBER, "What was Quill's highest share?") == []
    assert [v.text for v in values("There are 16 newcomers in Vessland's 46-strong team.", NUMBER,
                                   "How many athletes are in Vessland's team?")] == ["16", "46"]
    assert [v.text for v in values("Ada Moss, who won 3 medals, retired.", NUMBER, "How many medals did Ada Moss win?")] == ["3"]


def test_which_firm_employs_someone_is_answered_by_their_employer(vectors):
    draft = answer(vectors, "Which firm employs Tom Hale?",
                   "But Tom Hale, senior manager at Acme security response, said such warnings were premature.")
    assert draft.short_answer == "Acme", text_of(draft)


def test_a_counted_word_ending_a_when_question_is_no_verb():
    from rag.values import _when_where_verb

    assert _when_where_verb("When would a Vessland government axe the 162 quangos?") == ""
    said = "The quango guide follows last year's report on waste."
    assert values(said, DATE, "When would a Vessland government axe the 162 quangos?") == []


def test_a_price_change_is_a_share_or_a_sum_never_a_count(vectors):
    question = "By how much on average have Quill's radio prices fallen?"
    assert number_kind(question) == "price change"
    draft = answer(vectors, question,
                   "About 9 million radios were sold last year, 4 million of which were made by Quill. "
                   "The new Quill models run longer and their prices have been cut by an average of £25.")
    assert draft.short_answer == "£25", text_of(draft)


def test_a_colour_asked_is_a_word_of_the_sentence_not_a_name(vectors):
    question = "Which Quill radio colour is Acme discontinuing?"
    assert answer_type(question) == OTHER
    draft = answer(vectors, question,
                   "Acme said the silver coloured version of the Quill radio would be dropped. "
                   "The Quill radio now competes with the Ostby Tuner in shops.")
    assert "silver coloured version" in text_of(draft).split(" [")[0], text_of(draft)


@pytest.mark.parametrize("question", ["What was Ada Moss's finishing time in the Tomsby half-marathon?",
                                      "What time did Ada Moss run in the Tomsby 60m?"])
def test_a_named_event_the_question_is_set_in_must_be_named_by_the_article(vectors, question):
    draft = answer(vectors, question,
                   "Ada Moss's current record stands at eight minutes, 4.69 seconds. "
                   "The Ostby meeting will again see Ada Moss chase that record.")
    assert draft.refused, text_of(draft)


def test_a_bill_known_by_lower_case_words_is_answered_only_by_an_article_that_says_them(vectors):
    question = "What is the maximum fine for neglect under the pet welfare bill?"
    other = answer(vectors, question, "The maximum fine for neglect will be £1,000 under the smoking bill.")
    assert other.refused, text_of(other)
    told = answer(vectors, question, "Owners who break the draft pet welfare bill would face a maximum fine of £5,000.")
    assert told.short_answer == "£5,000", text_of(told)


def test_a_body_by_its_words_needs_a_little_less_support_for_which_body(vectors):
    draft = answer(vectors, "Which body produces the country's official economic figures?",
                   "Official data comes from the Office for National Statistics (ONS).")
    assert draft.short_answer == "Office for National Statistics", text_of(draft)


def test_a_capitalised_time_is_a_name_not_a_duration_asked():
    assert number_kind("How much did Time Quill's film arm earn over the year?") == "money"
    assert number_kind("How much time did Ada Moss spend in Ostby?") == "duration"


def test_which_two_countries_asks_places(vectors):
    question = "In which two countries has the Quill novel led the sales lists?"
    assert answer_type(question) == PLACE
    draft = answer(vectors, question,
                   "The Quill novel has topped book charts in Norland and Ostria, its publisher said.")
    assert draft.short_answer == "Norland and Ostria", text_of(draft)


def test_a_figure_that_moved_the_other_way_answers_no_fall(vectors):
    question = "By how much did the Quill film arm's earnings drop?"
    rose = answer(vectors, question, "Quill said its film arm's sales rose 2% to $11.1bn.")
    assert rose.refused, text_of(rose)
    fell = answer(vectors, question, "Quill said its film arm's earnings fell 27% to $284m.")
    assert fell.short_answer == "27%", text_of(fell)


def test_the_asked_noun_stands_before_a_place_that_qualifies_it(vectors):
    question = "Which music publisher from Norland acquired part of Quill's European online arm?"
    assert asked_noun(question) == "publisher"
    draft = answer(vectors, question,
                   "Quill will change how it accounts for a deal with Norlandic music publisher Ostmann's purchase "
                   "of a stake in Quill Europe, which it had reported as advertising revenue.")
    assert draft.short_answer == "Ostmann", text_of(draft)


def test_a_place_named_by_its_peoples_word_is_named_for_the_slot_margin():
    from rag.extractive import _named_share

    question = "Which publisher from Vessany bought part of Quill?"
    text = "Quill sold a stake to Vessan publisher Ostmann."
    assert _named_share(text, question) == 0.0 and _named_share(text, question, nations=True) == 1.0
    assert made_from_place("Chinese", "China") and made_from_place("Iraqi", "Iraq") and made_from_place("German", "Germany")
    assert not made_from_place("Iraq", "Iran") and not made_from_place("Australian", "Austria")


def test_a_titled_person_answers_no_which_university(vectors):
    draft = answer(vectors, "Which university did Ada Moss attend?",
                   "\"What we found so impressive about Ada Moss's book was its reach,\" said Ms Reed, chair of the judges.")
    assert draft.refused, text_of(draft)


def test_a_figure_in_a_name_before_a_singular_noun_counts_nothing(vectors):
    draft = answer(vectors, "How many books made the final list for the Quill Prize?",
                   "The best read award, on Tom Reed's Channel 4 show, is part of the Quill Book Awards.")
    assert draft.refused, text_of(draft)
    assert [v.text for v in values("Radio 4 listeners and Channel 4 viewers rose.", NUMBER, "How many people?")] == ["4", "4"]


def test_a_share_asked_is_a_percentage_and_the_asked_extreme_picks_among_them(vectors):
    assert number_kind("What is Quill's market share?") == "percent"
    assert number_kind("What is its share of the vote?") == "percent"
    assert number_kind("How many shares did Quill sell?") == "count"
    assert answer_type("Which countries share Norland's credit rating?") == PLACE  # "share" a verb, with its object
    draft = answer(vectors, "What was Quill Explorer's highest share before its decline?",
                   "Quill Explorer still dominates with a share of about 90% but this is down from a peak of almost 96% in mid-2004.")
    assert draft.short_answer == "96%", text_of(draft)


def test_how_much_time_asks_a_duration_whatever_verb_follows():
    assert number_kind("How much time did the slow healing cost Ada Moss?") == "duration"


def test_a_name_read_back_from_another_sentence_holds_no_role_asked(vectors):
    draft = answer(vectors, "Who was Ada Moss's mother?",
                   "Ada Moss's parents were comfortably off - her father, a mining engineer, drove a Rolls Royce. "
                   "When Ada Moss was eight, her mother took a decision which changed her life.")
    assert draft.refused, text_of(draft)


def test_a_quantifier_opening_a_sentence_is_no_part_of_a_name():
    assert [v.text for v in values("Several of Norland's biggest firms rose on Thursday.", NAME, "Whose firms rose on Thursday?")] == ["Norland's"]
    # (for "Which firm rose?" Norland is none: it owns firms)


def test_when_is_it_due_asks_ahead(vectors):
    draft = answer(vectors, "When is Ada Moss's lawsuit due to be heard?",
                   "Ada Moss is seeking medical expenses after she said she was hit by a firework during the filming of the 2002 movie.")
    assert draft.refused, text_of(draft)


def test_an_ish_word_is_made_from_a_land(vectors):
    """"Norish" is the people's word of "Norland", as "Polish" is of "Poland": a question on a
    "Norish firm" names Norland, so "Norland's biggest companies" gives no firm."""
    assert made_from_place("Norish", "Norland") and made_from_place("Scottish", "Scotland")
    assert not made_from_place("Norish", "Iceland") and not made_from_place("Norish", "Norway")
    draft = answer(vectors, "Which is the largest Norish firm by market value?",
                   "Several of Norland's biggest companies saw their market value hit recent highs on Monday. "
                   "Allied Norish Banks, Norland's biggest company by capitalisation, touched a five year peak.")
    assert draft.short_answer == "Allied Norish Banks", text_of(draft)


def test_a_date_of_what_will_be_answers_no_question_of_what_was(vectors):
    """"will hold its 2006 conference" dates what is still to come: no answer to "In what year
    did ...?"; "It will be the first time since 1917 that ..." still dates what was."""
    asked = "In what year did the Zorb Party vow never to go back to Vale?"
    future = "The Zorb Party will hold its 2006 autumn conference in Hull and not Vale, it has been confirmed."
    assert answer(vectors, asked, future).short_answer != "2006"
    draft = answer(vectors, asked, future + " In 1998 the party said it would not return to Vale but did so in 2002.")
    assert draft.short_answer == "1998", text_of(draft)
    draft = answer(vectors, "When did the Zorb Party last choose Hull?",
                   "It will be the first time since 1917 that the Zorb Party has chosen Hull to host the event.")
    assert draft.short_answer == "1917", text_of(draft)
    # "has not ... since 2000" says when it was last done
    draft = answer(vectors, "When did Ada Moss last race indoors?",
                   "Ada Moss, who finished seventh in Vale, has not raced indoors since 2000.",
                   "Ada Moss next races in the Ostby Grand Prix on 18 February.")
    assert draft.short_answer == "2000", text_of(draft)


def test_a_bare_figure_in_metres_counts_nothing(vectors):
    """"taking 800m and 1,500m gold" and "a 400m and 200m legend" give distances, not millions:
    no count of votes or athletes; "14m customers" counts them."""
    draft = answer(vectors, "How many votes did Jo Roe receive in the Zorb poll?",
                   "Jo Roe, made a dame for taking 800m and 1,500m gold, won vital votes from the Zorb public.")
    assert draft.short_answer not in ("800m", "1,500m"), text_of(draft)
    draft = answer(vectors, "How many athletes has Jo Roe coached?",
                   "US 400m and 200m legend Jo Roe, a five-time Olympic gold medallist, retired.")
    assert draft.short_answer not in ("400m", "200m"), text_of(draft)
    draft = answer(vectors, "How many customers does Zorb have in Vale?", "Zorb has 14m customers in Vale alone.")
    assert draft.short_answer == "14m", text_of(draft)


def test_how_long_has_it_been_asks_time_whatever_it_is_of():
    """"How long have ink prices been disputed?" asks a duration, though it names prices."""
    assert number_kind("How long have Zorb ink prices been disputed in Vale?") == "duration"
    assert number_kind("How long did the Zorb price war last?") == "duration"
    assert number_kind("How long is the Zorb bridge?") == "length"


def test_a_closing_quote_opens_no_description(vectors):
    """The words between a long quote's close and the next quote are no one's description:
    '... matters," he said, insisting he enjoyed a "warm and constructive" relationship'."""
    draft = answer(vectors, "How does Fox describe his relationship with Lord Zorb?",
                   'Dr Fox refused to discuss reports. "We repay loans when they are due but do not comment to '
                   'individual financial matters," he said, insisting he enjoyed a "warm and constructive" relationship to Lord Zorb.')
    assert draft.short_answer == "warm and constructive", text_of(draft)


def test_a_share_of_the_whole_answers_how_much_when_no_amount_is_given(vectors):
    """"can stop about 75% of spam" answers "How much junk can be blocked?"; a sentence that
    also gives an amount answers with it ("90% of earnings, followed by £102.80 a week")."""
    draft = answer(vectors, "How much junk can be blocked by rejecting any e-mail carrying a hyperlink?",
                   "For instance, said Mr Hale, filtering out e-mail messages that contain a web link can stop about 75% of spam.")
    assert draft.short_answer == "75%", text_of(draft)
    draft = answer(vectors, "How much a week do new Zorb mothers get after the first six weeks?",
                   "New Zorb mothers are entitled to 90% of average earnings for the first six weeks after giving birth, "
                   "followed by £102.80 a week until the baby is six months old.")
    assert draft.short_answer == "£102.80", text_of(draft)


def test_a_figure_a_verb_says_rose_by_is_the_change_not_the_level(vectors: Vectors) -> None:
    # "rose 32,000 to 1.41 million", as "up 23 points to 6661.89": the level is the one after "to"
    text = "The number of people out of work in Norland rose 32,000 to 1.41 million."
    assert answer(vectors, "How many Norlanders are out of work?", text).short_answer == "1.41 million"
    assert answer(vectors, "By how much did the number out of work in Norland rise?", text).short_answer == "32,000"


def test_a_time_counted_from_the_story_that_opens_the_sentence_dates_it(vectors: Vectors) -> None:
    text = "Last year, Crown Prince Zorb, the ruler, told government departments to put plans in place for employing women."
    assert answer(vectors, "When did the crown prince tell departments to prepare for female recruits?", text).short_answer == "Last year"
    # it is gone by, so it tells nothing still to come
    assert answer(vectors, "When will the crown prince tell departments to hire women?", text).refused


def test_a_people_by_its_plural_is_no_place(vectors: Vectors) -> None:
    drafted = answer(vectors, "Which city's people did the magazine say were wallowing in victim status?",
                     "Mr Roe apologised for a stereotype of Ostby in the article. "
                     "The article suggested grieving Ostbyans were wallowing in their victim status.")
    assert drafted.short_answer != "Ostbyans"


def test_by_how_much_prefers_a_value_given_as_a_change(vectors: Vectors) -> None:
    draft = answer(vectors, "By what proportion has lateness fallen at the Zorb schools?",
                   "Lateness has fallen at the Zorb schools, which account for almost half of all lateness in Vale.",
                   "Lateness has been cut by 5% at the Zorb schools since the scheme began.")
    assert draft.short_answer == "5%"


def test_which_firm_employs_a_surname_reads_the_employer_before_the_role(vectors: Vectors) -> None:
    draft = answer(vectors, "Which firm employs Roe?",
                   '"Growth in Norland is slowing again," said Zorb Capital economist Jo Roe.',
                   "Vale Bank said its own figures showed the same trend.")
    assert draft.short_answer == "Zorb Capital"


def test_an_acronym_opening_a_sentence_is_a_name(vectors: Vectors) -> None:
    draft = answer(vectors, "Which company owns the airport at Zorb?",
                   "ZAL also owns the airports at Zorb and Ostby.", "Norland has three airports, officials said.")
    assert draft.short_answer == "ZAL"


def test_a_figure_whose_clause_opens_on_another_place_does_not_answer_for_the_asked_place(vectors: Vectors) -> None:
    draft = answer(vectors, "How many factory jobs were lost in Norland in March?",
                   "According to official figures, Ostby firms shed 5,000 factory jobs in March. "
                   "Growth in Ostby has slowed since the winter.")
    assert draft.refused


def test_a_date_after_was_done_in_is_gone_by_for_a_question_about_what_is_due(vectors: Vectors) -> None:
    draft = answer(vectors, "When is the Zorb line due to reopen?",
                   "Campaigners are to stage a rally calling for the Zorb line which was closed in 1969 to be reopened.")
    assert draft.refused


def test_the_subject_described_by_its_role_is_not_whom_it_faces(vectors: Vectors) -> None:
    draft = answer(vectors, "Who will the veteran keeper face on his return?",
                   "The veteran keeper Jo Roe will return at Ostby City on Saturday.")
    assert draft.short_answer != "Jo Roe"


def test_the_owner_of_what_the_question_calls_his_is_not_the_answer(vectors: Vectors) -> None:
    draft = answer(vectors, "Which two players have been injured during his absence?",
                   "Zorb players Jo Roe and Al Vale have also been injured during Ostby's absence.")
    assert not draft.refused and draft.short_answer != "Ostby"


def test_the_body_someone_leads_is_named_before_any_head_title(vectors: Vectors) -> None:
    draft = answer(vectors, "Which union does Jo Roe lead?",
                   'Zorb general secretary Jo Roe added: "Christmas Day and New Year\'s Day are special days for everyone in Norland."')
    assert draft.short_answer == "Zorb"


def test_a_place_after_for_sets_the_question(vectors: Vectors) -> None:
    draft = answer(vectors, "What growth has the Zorb Fund forecast for Norland in 2005?",
                   "The Zorb Fund will cut its 2005 growth forecast for Ostby from 1.8% to 0.8%.")
    assert draft.refused


def test_a_run_of_months_names_no_one(vectors: Vectors) -> None:
    draft = answer(vectors, "Which newspaper reported the downgrade?",
                   "Growth between July and September was downgraded, the Zorb Times said.")
    assert draft.short_answer == "Zorb Times"


def test_a_figure_for_another_place_does_not_count_for_a_nation_the_question_names(vectors: Vectors) -> None:
    draft = answer(vectors, "How many people watch the Norwegian broadcaster's mobile TV service?",
                   "About 100,000 people in the UK watch mobile TV services.")
    assert draft.refused


def test_a_bare_figure_listed_after_a_name_is_a_name(vectors: Vectors) -> None:
    draft = answer(vectors, "How many subscribers does Zorb have for its clips?",
                   "Clips are offered by several operators, like Norland's Zorb and 3.")
    assert draft.short_answer != "3"


def test_which_with_a_verb_after_its_auxiliary_asks_the_doer(vectors: Vectors) -> None:
    draft = answer(vectors, "Which rival has adjusted its systems to cope with blogs?",
                   "In 2004 Zorb tweaked its technology to do a better job of handling blog entries.")
    assert draft.short_answer == "Zorb"


def test_which_role_said_asks_any_holder_whatever_the_quote_names(vectors: Vectors) -> None:
    draft = answer(vectors, "Which economist said the UK economy was slowing?",
                   "The UK economy is slowing, said Zorb Bank economist Jo Roe.")
    assert draft.short_answer == "Jo Roe"


def test_a_dollar_keeps_the_letters_that_say_whose(vectors: Vectors) -> None:
    draft = answer(vectors, "What pre-tax profit did Zorb report for 2004?",
                   "Zorb reported a pre-tax profit of A$67.7m for 2004.")
    assert draft.short_answer == "A$67.7m"
    # and those letters name nothing: no firm "A", no place "HK"
    said = "Zorb cut A$68m from its targets and paid HK$3m to Vale in Ostby."
    assert [v.text for v in values(said, NAME, "Which firm did Zorb pay?")] == ["Vale", "Ostby"]
    assert [v.text for v in values(said, PLACE, "Where did Zorb pay Vale?")] == ["Ostby"]


def test_a_sentence_saying_the_asked_thing_is_yet_to_be_told_refuses(vectors: Vectors) -> None:
    story = ("Zorb is to offer a video recorder in a set-top box to challenge Vale Plus. "
             "Zorb has yet to reveal pricing for the new box or if it will be charging a fee for the service.")
    assert answer(vectors, "What will Zorb charge for its new box?", story).refused
    # what the article does tell is still answered
    assert answer(vectors, "Which service is Zorb's set-top box meant to challenge?", story).short_answer == "Vale Plus"


def test_how_many_is_yet_to_be_told() -> None:
    """"has not said how many stores it will close" says the count is not known: "How many" is
    no word the sentence must also say, and a word's stem is taken once on both sides."""
    from rag.extractive import _not_told

    ev = evidence_of("Zorb has not said how many stores it will close in Vale.", "", 0.6)
    assert _not_told(ev, "How many stores will Zorb close?")
    assert not _not_told(ev, "How many stores will Zorb open?")


def test_the_questions_words_are_stemmed_once_as_the_sentences_are() -> None:
    """A second stemming changes some words ("horses" -> "hors" -> "hor"): both sides take one."""
    from rag.extractive import _owned_move

    said = "Zorb horses fell 3% in value."
    value = next(v for v in values(said, NUMBER, "By how much did Zorb horses fall?") if v.text == "3%")
    assert _owned_move(said, value, ["Zorb"], "By how much did the value of Zorb horses fall?")


def test_how_long_something_will_last_asks_a_time_whatever_it_is_of(vectors: Vectors) -> None:
    assert number_kind("How long will the debt freeze last?") == "duration"
    assert number_kind("How long is the bridge?") == "length"  # a length may be a time or metres
    draft = answer(vectors, "How long will Zorb's debt freeze last?",
                   "Zorb's creditors, holding $41bn of its debt, agreed to a freeze lasting two years.")
    assert draft.short_answer == "two years"


def test_a_name_in_what_changed_owns_it(vectors: Vectors) -> None:
    story = ("In January, Vale retail sales fell 0.3%, driven down by a heavy fall in car sales.\n\n"
             "Norland's figures are due next week.")
    assert answer(vectors, "How much did Norland retail sales fall?", story).refused
    assert answer(vectors, "How much did Vale retail sales fall?", story).short_answer == "0.3%"
    # an article that never names the owner tells none of its figures, though it names the month
    other = "Vale's economy slowed at the start of the year. In January, retail sales fell 0.3%."
    assert answer(vectors, "How much did Norland retail sales fall in January?", other).refused


def test_a_count_after_a_name_counts_the_plural_not_the_name() -> None:
    from rag.extractive import _counted_asked

    assert _counted_asked("How many Labour MPs warned the leader about disunity?") == "mps"
    assert _counted_asked("How many US troops are based in Vale?") == "troops"
    assert _counted_asked("How many Oscars did Zorb win?") == "oscars"


def test_a_count_of_a_plural_unlike_the_asked_one_does_not_answer(vectors: Vectors) -> None:
    """"90 reporter jobs" counts no copies, "50 constituencies" no people; "146,000 jobs"
    counts the asked positions, its near synonym, and "46,000 subscribers" customers where
    "three quarters" counts none."""
    assert answer(vectors, "How many copies a day does the Quill Gazette sell?",
                  "The Quill Gazette is axing 90 reporter jobs, a fifth of its newsroom.").refused
    assert answer(vectors, "How many people attended the Zorb rally in Ostby?",
                  "The Zorb rally in Ostby could sway the vote in up to 50 constituencies.").refused
    draft = answer(vectors, "How many positions did Norland employers create in May?",
                   "Norland employers added 146,000 jobs in May, the figures show.")
    assert draft.short_answer == "146,000 jobs", text_of(draft)
    draft = answer(vectors, "How many Zorb customers walked away in May?",
                   "Zorb lost 46,000 subscribers in May, though profits were lower in the three quarters before.")
    assert draft.short_answer.startswith("46,000"), text_of(draft)
    # a count is whole: an index level counts no firms
    assert answer(vectors, "How many firms make up the Zorb index?",
                  "The Zorb index of leading shares closed up 23 points to 6661.89 on Thursday.").refused


def test_an_initialism_the_articles_make_plural_names_no_one(vectors: Vectors) -> None:
    """"The MSP" is one of the MSPs, a kind of person, not the client asked for; "the ZBC" the
    articles never make plural still names one body."""
    said = ("The MSP had been a partner at Vale Legal, which has a client opposing the Ostby bridge.\n\n"
            "MSPs are advised to guard against a conflict of interests.")
    assert answer(vectors, "Which client of Vale Legal opposes the Ostby bridge?", said).refused
    draft = answer(vectors, "Which broadcaster will show the Ostby bridge opening?",
                   "The ZBC will show the Ostby bridge opening live on Friday.")
    assert draft.short_answer == "ZBC", text_of(draft)


def test_a_description_is_read_with_the_name_the_articles_give_it(vectors: Vectors) -> None:
    """"the treasurer" is "Treasurer Jo Roe" in the article: the question is read with her name
    too, and her sentence answers in other words ("announce a deal" for "unveil the pact")."""
    from rag.extractive import _description_named

    said = ("Rich nations have agreed to freeze the debts of Norland and Ostby.\n\n"
            "Treasurer Jo Roe has said she hopes to announce a deal later on Friday.\n\n"
            "The freeze could save the two nations $5bn this year.")
    for question in ("When does the treasurer hope to unveil the pact?", "When does the treasurer hope to unveil the accord?"):
        draft = answer(vectors, question, said)
        assert draft.short_answer == "Friday", text_of(draft)
    assert _description_named("When does the treasurer speak?", [said]) == ("Jo Roe", "When does Treasurer Jo Roe speak?")
    # more than one, a participle, a description across a paragraph, or one that names itself: none
    assert _description_named("How fast did the sprinters run?", ["The sprinters Jo Roe and Al Moss ran."])[0] == ""
    assert _description_named("How does the acquired site work?", ["Vale acquired Quill Labs in May."])[0] == ""
    assert _description_named("Where was the bridge opened?", ["It opened a bridge\n\nOstby said."])[0] == ""
    assert _description_named("When is the Zorb meeting?", ["The Zorb meeting Jo Roe chaired."])[0] == ""


def test_a_count_with_no_verb_after_its_noun_counts_its_first_plural(vectors: Vectors) -> None:
    """With no auxiliary to end what is counted, the words before the plural only describe it:
    "online voters" counts voters, "large stores" stores, "of Zorb's films" films."""
    from rag.extractive import _counted_asked

    assert _counted_asked("How many online voters chose the Zorb winners?") == "voters"
    assert _counted_asked("How many large stores in Vale opened on Sunday?") == "stores"
    assert _counted_asked("How many of Zorb's films are shown in Ostby?") == "films"
    assert _counted_asked("How many out of 10 asylum seekers won their claims?") == "seekers"
    assert _counted_asked("How many under-18s came to Vale alone?") == "under-18s"
    asked = "How many online voters chose the Zorb award winners?"
    assert answer(vectors, asked, "The Zorb award winners were chosen online in 40 categories.").refused
    draft = answer(vectors, asked, "The Zorb award winners were chosen by 2.6 million voters on the website.")
    assert draft.short_answer.startswith("2.6 million"), text_of(draft)


def test_a_decimal_in_metres_counts_nothing(vectors: Vectors) -> None:
    """"4.91m" with no plural after it is a height; "1.6m voters" is millions of them."""
    asked = "How many world records has Jo Roe set?"
    assert answer(vectors, asked, "Jo Roe cleared a new world mark of 4.91m to take gold in Ostby.").refused
    assert answer(vectors, asked, "Jo Roe's new world mark of 4.91m was set in Ostby.").refused
    draft = answer(vectors, "How many voters are there in Norland?", "Norland has 1.6m voters, the census shows.")
    assert draft.short_answer.startswith("1.6m"), text_of(draft)


def test_a_decimal_in_metres_counts_nothing_though_the_sentence_says_the_asked_noun(vectors: Vectors) -> None:
    """"his personal best" names the asked "bests", yet "a clearance of 5.65m" counts none of them."""
    asked = "How many world bests has the Zorb vault champion set?"
    assert answer(vectors, asked, "Jo Roe won the Zorb vault with a clearance of 5.65m, 5cm adrift of his personal best.").refused


def test_share_as_a_verb_asks_no_share(vectors: Vectors) -> None:
    """"How many nations share the currency?" counts nations: "1%" is no answer."""
    from rag.values import number_kind

    assert number_kind("How many member states share the Zorb currency?") == "count"
    assert number_kind("What share of the vote did Zorb win?") == "percent"
    asked = "How many nations share the Zorb currency?"
    assert answer(vectors, asked, "The Zorb currency has gained almost 1% against the dollar.").refused
    draft = answer(vectors, asked, "The Zorb currency is shared by 12 nations in Norland.")
    assert draft.short_answer.startswith("12"), text_of(draft)


def test_an_adjective_ending_in_s_is_no_counted_plural() -> None:
    """"four previous nominations" counts nominations: "previous", "various" and "serious" end in
    s but are no plurals, nor are "status" or "crisis"."""
    from rag.extractive import _counted_plural

    for said, counted in (("Zorb has had four previous nominations in Vale.", "nominations"),
                          ("Vale faced three serious injuries this year.", "injuries"),
                          ("Zorb sold 12 various models in Ostby.", "models"),
                          ("Vale has 40 crisis centres.", "centres")):
        value = next(v for v in values(said, NUMBER, "How many?") if v.text[0].isdigit() or v.text.isalpha())
        assert _counted_plural(said, value) == counted, said


def test_a_count_of_what_the_verb_did_tells_how_many_times(vectors: Vectors) -> None:
    """"four previous nominations" answers "How many times had Jo Roe been nominated?"; a count
    of another thing the question names does not."""
    asked = "How many times had Jo Roe been nominated for the Zorb prize?"
    draft = answer(vectors, asked, "Jo Roe has never won the Zorb prize, despite four previous nominations.")
    assert draft.short_answer == "four", text_of(draft)
    assert answer(vectors, "How many times has Jo Roe visited the Zorb factories?",
                  "Jo Roe runs three Zorb factories in Vale.").refused


def test_an_age_set_off_by_a_name_leaves_the_sentences_other_numbers_no_age() -> None:
    """"Jo Roe, 22, has set 10 records": 22 is her age, and 10 no one's; when the question names
    someone else, or no one, the sentence gives no age it asks."""
    said = "Jo Roe, 22, has set 10 world records in the pole vault."
    assert [v.text for v in values(said, NUMBER, "How old is Jo Roe?")] == ["22"]
    assert values(said, NUMBER, "How old is the Norland pole vaulter?") == []
    assert [v.text for v in values("The 24-year-old has set 10 records.", NUMBER, "How old is she?")] == ["24"]
    both = "Those charged included Jo Roe, the 22-year-old son of Ada Roe, and Bo Lee, 27, a friend of 10 MPs."
    assert [v.text for v in values(both, NUMBER, "How old is Jo Roe?")] == ["22"]


def test_a_span_made_long_measures_the_noun_it_describes(vectors):
    said = "Norland's leader, presiding over a decade-long war with Ostby, met Vessland's president on Friday."
    assert answer(vectors, "How long is the border between Norland and Vessland?", said).refused
    assert answer(vectors, "How long has Norland's war with Ostby lasted?", said).short_answer == "a decade"


def test_which_thing_bore_a_name_is_answered_by_the_bearer(vectors):
    said = ("Ostby was ruled from Tomsby under the Vale Kingdom before 1860, and its original name was "
            "Zorbhaven, which means a small harbour by the sea.")
    assert answer(vectors, "Which city was once called Zorbhaven?", said).short_answer == "Ostby"
    renamed = "Quill Media, formerly known as Norland Press, bought two papers in March."
    assert answer(vectors, "Which company was formerly known as Norland Press?", renamed).short_answer == "Quill Media"


def test_in_effect_since_says_when_it_came_into_effect(vectors):
    said = "The Treaty of Quill was signed by Ada Moss in Ostby on July 16, 2001, and has been in effect since Feb. 28, 2002."
    assert answer(vectors, "When did the Treaty of Quill come into effect?", said).short_answer == "Feb. 28, 2002"
    assert answer(vectors, "When was the Treaty of Quill signed?", said).short_answer == "July 16, 2001"


def test_pence_and_cents_are_money():
    assert [v.text for v in values("Its shares were down 10% at 119 pence.", NUMBER, "What was the share price?")] == ["119 pence"]
    assert [v.text for v in values("A litre costs 50 cents more.", NUMBER, "How much more does a litre cost?")] == ["50 cents"]


def test_who_did_the_asked_deed_is_the_name_before_its_verb(vectors):
    said = ("Jo Roe has apologised to MPs after her office announced a review of the law early. "
            "Shadow minister Tom Hale welcomed her gracious apology and the review itself.")
    assert answer(vectors, "Who welcomed Jo Roe's apology?", said).short_answer == "Tom Hale"


def test_a_scaled_number_before_a_plural_noun_counts_things_and_is_no_sum():
    question = "How much did Zorb Mail earn?"
    assert values("Zorb Mail received a staggering 12 million e-mails in January.", NUMBER, question) == []
    assert [v.text for v in values("Zorb Mail has a budget of 2.1 billion this year.", NUMBER, question)] == ["2.1 billion"]


def test_the_asked_person_under_a_title_is_no_answer(vectors):
    said = "Education Secretary Jo Roe said Ada Moss would strengthen the voice of children."
    assert values(said, PLACE, "Where was Jo Roe born?") == []
    assert answer(vectors, "Where was Jo Roe born?", said).refused
    assert [v.text for v in values("Education Secretary Jo Roe was replaced by Tom Hale.", NAME, "Who replaced Jo Roe?")] == ["Tom Hale"]


def test_until_when_asks_where_the_verb_points(vectors):
    said = ("The release of Night Train, a film about the Ostby blasts, was postponed after protests. "
            "Night Train is based on a novel about the blasts which rocked Ostby on 12 March 1993. "
            "The Ostby High Court postponed the film's launch until 3 February.")
    assert answer(vectors, "Until when was Night Train postponed?", said).short_answer == "3 February"
    postponed = "The Ostby High Court postponed the film's launch until 3 February."
    assert at_asked_verb(postponed, values(postponed, DATE, "Until when was it postponed?")[0], "Until when was it postponed?")


def test_how_much_a_figure_moved_is_a_share_or_a_sum(vectors):
    assert number_kind("How much did Zorb shares rise?") == "portion"
    assert number_kind("How much did it cost?") == "money"
    said = ("In terms of market value, Vale is worth 7.5bn euros, about 9% less than Zorb. "
            "Zorb shares in Ostby rose 4% by 1200 GMT, while Vale shares slipped 1.2%.")
    assert answer(vectors, "How much did Zorb shares rise?", said).short_answer == "4%"


def test_a_move_by_another_name_does_not_answer_how_much_the_asked_one_moved(vectors):
    said = ("Quill, Zorb and Vale were all named in the ruling on Monday. "
            "Shares of mining firms closed higher after the ruling, with Zorb rising 5% and Vale showing gains of 4.5%.")
    assert answer(vectors, "How much did Quill shares rise after the ruling?", said).refused
    assert answer(vectors, "How much did Zorb shares rise after the ruling?", said).short_answer == "5%"


def test_the_verb_of_a_when_question_stands_before_its_object():
    from rag.values import _when_where_verb

    assert _when_where_verb("When did the court postpone the Night Train film?") == "postpon"
    assert _when_where_verb("When did the court postpone the film?") == "postpon"
    assert _when_where_verb("When will the new stadium open?") == "open"
    assert _when_where_verb("Until when was Night Train postponed?") == "postpon"
    assert _when_where_verb("In which city did Ada Moss address the coaches' conference?") != "address"  # news places the event


def test_a_sum_with_its_currency_answers_how_much_money_before_a_bare_number(vectors):
    said = ("Half of the money put aside by the Norland government to help the country's poor goes to the rich. "
            "Norland has a population of about 44 million and half of Norland's poor live in the north. "
            "A total of 24.2 trillion pesos is earmarked for subsidies for the poor, the planning office said.")
    assert answer(vectors, "How much money is set aside for Norland's poor?", said).short_answer == "24.2 trillion pesos"


def test_a_short_form_spelled_out_before_the_asked_noun_is_the_subject_not_a_value():
    said = "Northern Union finance ministers meet on Thursday to discuss a tax on jet fuel."
    assert values(said, PLACE, "Where are NU finance ministers meeting?") == []
    assert [v.text for v in values(said, PLACE, "Where are ministers from the north meeting?")] == ["Northern Union"]


def test_a_span_told_of_another_named_subject_is_not_the_asked_ones():
    other = "Norland's former 100m champion Tom Hale is currently serving a two-year ban after a failed test."
    assert values(other, NUMBER, "How long is Ada Moss banned for?") == []
    joined = "Ada Moss and Jo Roe have both been banned. " + other
    assert values(joined, NUMBER, "How long is Ada Moss banned for?") == []
    assert [v.text for v in values(other, NUMBER, "How long is Tom Hale banned for?")] == ["two-year"]


def test_a_part_of_a_counted_whole_counts_it_too(vectors):
    said = "The Norland firm said it is to relocate about 10 of its 27 plants in western Europe and North America."
    other = "Plants of the Norland firm make cookers, and the firm has plants in Norland and other plants in Europe."
    assert answer(vectors, "How many plants will the Norland firm relocate?", said, other).short_answer == "10"
    assert answer(vectors, "How many plants does the Norland firm have in western Europe?", said, other).short_answer == "27"


def test_former_opening_a_sentence_is_no_part_of_the_name_after_it():
    said = "Former Conservative leader Tom Hale says he will not stand again."
    assert [v.text for v in values(said, NAME, "Which party did Tom Hale lead?")] == ["Conservative"]


def test_one_word_after_the_asked_kind_names_one_of_that_kind(vectors):
    said = ("Tom Hale's body was found at the Quill hotel in Ostby, where the actor had been shooting the film Retirement. "
            "His film debut, in 1950, was in the film No Way Out, with Ada Moss.")
    assert answer(vectors, "Which film was Tom Hale shooting when he died?", said).short_answer == "Retirement"


def test_sources_disagree_only_on_values_that_fill_the_asked_slot(vectors):
    one = "A Norland film version of Vale's opera Zorb shot in Ostby in the Quill language has premiered at the festival."
    two = "Meanwhile, a film version of Vale's opera Zorb - translated into the Norland language Quill - was well received."
    draft = answer(vectors, "In which city was the Quill Zorb film shot?", one, two)
    assert not draft.conflict and draft.short_answer == "Ostby", text_of(draft)


def test_two_spans_of_years_of_different_things_are_no_conflict(vectors):
    one = "The two leaders signed a 30-page document to mark 75 years of bilateral relations between Norland and Vessland."
    two = "The 5,300-word document is a testament to the partnership the two countries have forged over almost 60 years."
    draft = answer(vectors, "How many years of bilateral relations did the document mark?", one, two)
    assert not draft.conflict and draft.short_answer == "75 years", text_of(draft)
    served = answer(vectors, "How many years did Ada Moss serve as mayor of Ostby?",
                    "Ada Moss served 12 years as mayor of Ostby before she retired.",
                    "Ada Moss, who served 14 years as mayor of Ostby, has died.")
    assert served.conflict, text_of(served)


def test_a_title_set_off_after_by_belongs_to_the_name_after_it(vectors):
    said = "At the Ostby talks, Tomsby is being represented by Norland's director general for Europe, Jo Roe."
    assert answer(vectors, "Who represents Norland at the Ostby talks?", said).short_answer == "Jo Roe"


def test_a_name_said_to_be_the_asked_role_holds_it(vectors):
    one = "Writer Ada Moss is favourite to win the main Quill Prize book of the year award, after winning its novel award."
    two = "The first novel award was won by Jo Roe for Night Train, beating the favourite Day One by Tom Hale."
    question = "Who is favourite to win the Quill Prize book of the year?"
    assert in_role_names(one, question) == ["Writer Ada Moss"]
    assert "Ada Moss" in answer(vectors, question, one, two).short_answer


def test_a_cause_given_after_the_deed_answers_why(vectors):
    one = "The Norland board had insisted it was making an example of Ada Moss by banning her from competition until 2006."
    two = "The Norland board issued the ban after Ada Moss failed to turn up for a training camp in Ostby."
    draft = answer(vectors, "Why was Ada Moss banned?", one, two)
    assert text_of(draft).startswith("The Norland board issued the ban after"), text_of(draft)
    three = "Shares in Zorb Mining have fallen after the firm reported losses had deepened to £51.6m in 2004."
    four = "The firm blamed geological problems and industrial action at its deep mines for its worsening fortunes."
    draft = answer(vectors, "Why did Zorb Mining's losses deepen?", f"{three} {four}")
    assert text_of(draft).startswith("The firm blamed"), text_of(draft)


def test_a_count_of_a_plural_written_with_a_capital_counts_that(vectors):
    said = "The game Zorb Quest has won six Quill Awards, including best game and best online game."
    assert answer(vectors, "How many copies has Zorb Quest sold?", said).refused
    assert answer(vectors, "How many awards has Zorb Quest won?", said).short_answer == "six"
    recalled = "Zorb Motors is recalling 17,815 Toyota Corollas because their windshields are not properly fitted."
    assert answer(vectors, "How many vehicles is Zorb Motors recalling?", recalled).short_answer == "17,815"


def test_a_suspicion_or_charge_is_the_cause_asked_by_why(vectors):
    one = "Jo Roe, the Zorb party leader, was arrested by Ostby police on Tuesday morning."
    two = "A party spokesman said Jo Roe was held on suspicion of inciting racial hatred."
    draft = answer(vectors, "Why was Jo Roe arrested?", one, two)
    assert text_of(draft).startswith("A party spokesman said"), text_of(draft)


def test_a_word_opening_a_sentence_with_an_age_set_off_after_it_is_a_name(vectors):
    said = "Quill, 45, wrote, directed and starred in the film, inspired by the life of the singer Jo Roe."
    assert [v.text for v in values(said, NAME, "Who directed the film?")] == ["Quill", "Jo Roe"]
    assert answer(vectors, "Who directed the film about Jo Roe?", said).short_answer == "Quill"


def test_a_present_progressive_tells_what_is_to_come(vectors):
    said = "Zorb, the fourth big name, is launching its own folding phone in April."
    assert answer(vectors, "When will Zorb launch its folding phone?", said).short_answer == "April"


def test_a_name_after_the_asked_verb_made_a_participle_of_the_asked_work_did_it(vectors):
    one = "Jo Roe's big-budget epic Night Train, starring Tom Hale, slumped to seventh place with takings of $4.7m."
    two = "The family adventure, starring Ada Moss, took $33.1m, ahead of the animated comedy Day One."
    assert answer(vectors, "Who stars in Night Train?", one, two, titles=("Night Train slumps", "Night Train flops")).short_answer == "Tom Hale"


def test_one_of_a_role_asks_the_role(vectors):
    assert asked_role("Who is one of Jo Roe's clients?") == asked_role("Who are Jo Roe's clients?") == "client"
    said = "Roe's clients include Ada Moss, and several other stars have been asked to appear before an inquiry."
    assert answer(vectors, "Who is one of Jo Roe's clients?", f"Trainer Jo Roe was charged on Monday. {said}").short_answer == "Ada Moss"


def test_a_short_form_may_spell_the_place_that_leads_a_longer_name(vectors):
    said = "Quirky comedy Night Train was named the best film of the year by the Ostby Vale Film Critics Association."
    other = "The Norland critics chose Day One as their film of the year, ahead of Night Train."
    draft = answer(vectors, "Which film did the OV critics name best of the year?", said, other)
    assert draft.short_answer == "Night Train", text_of(draft)


def test_how_long_a_passive_ends_asks_a_time(vectors):
    assert number_kind("How long were flights affected?") == number_kind("How long was the road closed?") == "duration"
    assert number_kind("How long is the tunnel?") == number_kind("How long is the extended runway?") == "length"
    said = "Flights at Ostby were affected for an hour on Wednesday morning, double the time that had been expected."
    assert answer(vectors, "How long were flights at Ostby affected?", said).short_answer == "an hour"


def test_a_nations_adjective_before_the_asked_noun_says_whose_not_which():
    said = "The $6bn which state bank Vale lent Zorb to help buy Quill in turn came from Chinese banks."
    article = f"{said} Clearly the Chinese are trying to get some leverage, said an analyst."
    assert [v.text for v in values(said, NAME, "Which bank lent Zorb the money to buy Quill?", article)] == ["Vale"]


def test_a_host_of_stars_counts_them_and_hosts_nothing(vectors):
    one = ("A host of stars are expected to grace the red carpet outside Ostby's Quill Theatre for the Quill Awards,"
           " including Ada Moss, Jo Roe and Ben Odo.")
    two = "The ceremony, hosted by newcomer Tom Hale, takes place on 27 February."
    assert answer(vectors, "Who will host the Quill Awards?", f"{one} {two}").short_answer == "Tom Hale"


def test_a_rise_in_another_things_sales_is_no_rise_in_the_asked_sales(vectors):
    one = ("Zorb put its rise in sales down to its redesigned Vale sedan and a 120% surge in sales of its"
           " Quill hybrid as buyers looked for cheaper cars.")
    two = "Meanwhile, Asian carmakers fared well - Zorb sales jumped 11% while rival Ostby notched up a 10% increase."
    assert answer(vectors, "How much did Zorb sales rise?", f"{one} {two}").short_answer == "11%"


def test_a_title_set_off_after_a_name_is_no_name():
    said = "Jo Roe, Director of the Quill Center, a think-tank that studies media, highlights the race as a turning point."
    assert [v.text for v in values(said, NAME, "Who runs the Quill Center?")] == ["Jo Roe"]


def test_a_year_before_another_noun_dates_that_thing_not_the_deed_asked():
    said = "The sale is a further move by Zorb away from its 1990s strategy of offering every financial service."
    assert values(said, DATE, "When was Zorb founded?") == []
    assert [v.text for v in values("The 2002 film was a hit.", DATE, "When did Zorb's film come out?")] == ["2002"]
    assert [v.text for v in values("In 2004 sales rose.", DATE, "When did Zorb's sales rise?")] == ["2004"]


def test_a_rate_may_follow_the_amounts_restatement_in_brackets():
    said = "Zorb said it would introduce a flat-fee £20 ($38) a month tariff for people using its hotspots."
    assert [v.text for v in values(said, NUMBER, "How much will Zorb's tariff cost each month?")] == ["£20"]
    # "a year" asks a rate as "each year" does; "a year earlier" asks none
    decade = "He pointed to plans to invest $10bn for education in Norland over the next decade."
    assert values(decade, NUMBER, "How much extra aid a year will Zorb ask for?") == []
    per = "The average user spends about 43 minutes per month carrying out 34 separate searches."
    assert "34" in [v.text for v in values(per, NUMBER, "How many searches does the average user carry out a month?")]
    earlier = "Profits rose to £198m from the £130m seen a year earlier."
    assert "£130m" in [v.text for v in values(earlier, NUMBER, "What were Zorb's profits a year earlier?")]


def test_a_target_answers_what_is_to_come():
    said = "Zorb said it would nearly double the number of its hotspots globally from 12,300 to 20,000."
    assert [v.text for v in values(said, NUMBER, "How many hotspots will Zorb have?")] == ["20,000"]
    hoped = "Zorb hopes to raise its sales from 95m to 200m."
    assert "95m" in [v.text for v in values(hoped, NUMBER, "How many sales does Zorb make?")]
    assert [v.text for v in values(hoped, NUMBER, "How many sales will Zorb make?")] == ["200m"]
    planned = "They believe the plans include raising the retirement age for Zorb workers from 60 to 65."
    assert [v.text for v in values(planned, NUMBER, "What retirement age might Zorb workers face?")] == ["65"]


def test_who_runs_a_body_is_answered_by_its_head_after_a_two_word_title(vectors):
    said = '"We are delighted to be offering free access to our users," commented Zorb chief executive Jo Roe.'
    other = "Zorb Networks has around two million users and hotspots in places such as Vale Megastores."
    assert answer(vectors, "Who runs Zorb?", f"{other} {said}").short_answer == "Jo Roe"
    from rag.values import in_role

    for another in ("Vale Union general secretary Jo Roe said so.", "Former Zorb financial chief Jo Roe said so.",
                    "Former Norlandic vice-president Jo Roe said so."):
        at = another.index("Jo Roe")
        assert not in_role(another, Value("Jo Roe", at, at + 6), "run", "Who runs Zorb?"), another
    joint = '"It was strong," chairman and chief executive Jo Roe said.'
    at = joint.index("Jo Roe")
    assert in_role(joint, Value("Jo Roe", at, at + 6), "run", "Who runs Zorb?")
    assert not in_role(said, Value("Jo Roe", said.index("Jo Roe"), len(said) - 1), "run", "Who ran accounts at Zorb?")


def test_a_name_that_goes_on_from_the_asked_one_is_that_body_not_who():
    said = "Zorb Networks has around two million users and hotspots in places such as Vale Megastores."
    assert "Zorb Networks" not in [v.text for v in values(said, NAME, "Who owns Zorb?")]
    assert "Zorb Networks" in [v.text for v in values(said, NAME, "Which firm owns Zorb?")]
    board = "The Norland Board said the play would not be staged."
    assert [v.text for v in values(board, NAME, "Who banned the play in Norland?")] == ["Norland Board"]
    titled = "Shadow leader of the Commons Tom Hale said it was wrong."
    assert [v.text for v in values(titled, NAME, "Who is the Tories' shadow leader of the Commons?")] == ["Tom Hale"]


def test_an_owned_name_of_a_kind_of_thing_is_no_one():
    said = "Zorb says its new Quill technology will thwart most of the current ripping programs."
    assert [v.text for v in values(said, NAME, "Who runs Zorb?")] == []
    chairman = "Zorb said its chairman Jo Roe says the plan will work."
    assert [v.text for v in values(chairman, NAME, "Who chairs Zorb?")] == ["Jo Roe"]


def test_an_amount_more_than_another_is_their_difference_not_either():
    said = "Owning all ten gadgets will set you back £7,455. That is £1,000 cheaper than last year's list."
    assert [v.text for v in values(said, NUMBER, "How much would all ten gadgets cost?")] == ["£7,455"]
    assert "£1,000" in [v.text for v in values(said, NUMBER, "How much cheaper is the list than last year's?")]
    cut = "Zorb has promised to cut taxes by 6.5bn euros to trim the ballooning budget deficit."
    assert values(cut, NUMBER, "How big is Zorb's budget deficit?") == []


def test_an_owner_opening_a_longer_name_in_the_question_is_left_off_the_answer():
    said = "Zorb's Jo Roe, chair of Zorb's Interactive Entertainment committee, said the judging was hard."
    assert [v.text for v in values(said, NAME, "Who chairs Zorb's Interactive Entertainment committee?")] == ["Jo Roe"]


def test_code_named_gives_a_name():
    from rag.values import name_given, naming_asked

    said = "Zorb wants the source for an unreleased product code-named Quill and has asked providers for e-mails."
    assert answer_type("What was the unreleased product code-named?") == OTHER
    assert naming_asked("What was the unreleased product code-named?") == "product"
    assert name_given(said, "product", "What was the unreleased product code-named?") == "Quill"
    # a title of figures; "film-maker" is no film
    assert name_given("The last film made by the slain director Jo Roe, called 06/05, was shown.", "film",
                      "What is Jo Roe's last film called?") == "06/05"
    assert name_given("The festival was due to screen murdered Norlandic film-maker Jo Roe's film.", "film",
                      "What is Jo Roe's last film called?") != "Norlandic"


def test_how_high_a_price_climbed_asks_its_level_in_any_unit(vectors):
    assert number_kind("How high did Zorb's shares climb?") == "amount"
    assert number_kind("How high is Mount Ostby?") == "height"
    one = "Zorb's crude futures jumped to $53.09 a barrel in New York before closing at $53.03."
    two = "The gains tracked a surge in Zorb's gasoline futures to a record high of $1.4850 a gallon."
    assert answer(vectors, "How high did Zorb's crude futures climb?", f"{one} {two}").short_answer == "$53.09"
    scorer = Scorer([one, two], vectors)  # type: ignore[arg-type]
    assert "high" not in scorer.weights("How high did Zorb's crude futures climb?")
    assert "old" in scorer.weights("How old is Jo Roe?")  # "the 30-year-old" says an age with it


def test_a_share_given_of_the_asked_noun_answers_before_one_of_another(vectors):
    said = "Women now make up more than half of all graduates from Norland's universities but only 5% of the workforce."
    assert answer(vectors, "What share of Norland's workforce are women?", said).short_answer == "5%"


def test_a_sentence_showing_the_best_name_of_the_asked_kind_goes_first(vectors):
    one = "Jo Roe made her acting debut in 1950 in Night Train starring Tom Hale."
    two = "Her body was found at a hotel in Ostby, where the actress had been shooting the film Day One."
    three = "Her film debut, in 1950, was in the film Night Train, starring Tom Hale and Ada Moss."
    draft = answer(vectors, "In which film did Jo Roe make her debut?", one, two, three)
    assert draft.short_answer == "Night Train", text_of(draft)
    # the slot ("the film X") is filled by the second sentence, and for the best's value by the third
    ranked = [evidence_of(one, "Night Train", 0.68), evidence_of(two, "Day One", 0.66), evidence_of(three, "Night Train", 0.40)]
    ordered = Extractive(Scorer([one, two, three], vectors))._first_that(  # type: ignore[arg-type]
        ranked, lambda ev: "the film" in ev.text, "In which film did Jo Roe make her debut?")
    assert ordered[0] is ranked[2]


def test_a_nations_adjective_of_more_words_before_the_asked_noun_is_no_answer():
    said = "A film version of the opera Quill - translated into the South African language Xhosa - was well received."
    assert "South African" not in [v.text for v in values(said, NAME, "Which language was Quill translated into?", said)]
    paper = "He began a regular column in The Guardian newspaper."
    assert [v.text for v in values(paper, NAME, "Which newspaper did Jo Roe write for?", paper)] == ["The Guardian"]


def test_a_contest_is_no_team_but_answers_which_contest():
    said = "He has worked with the Norland women's curling team, who won gold at the 2002 Winter Olympics."
    assert "Winter Olympics" not in [v.text for v in values(said, NAME, "Which team won curling gold in 2002?")]
    assert "Winter Olympics" in [v.text for v in values(said, NAME, "Which event did the curling team win gold at?")]


def test_raising_another_figure_is_no_fall_of_the_asked_one(vectors):
    from rag.values import move_of

    raised = "Zorb is to raise its dividend by 11% after paying back some of its debt."
    dipped = "Revenue dipped 1.4% to 86.7bn francs in 2004 as sales of ice cream were dampened by the wet summer."
    assert move_of(raised, Value("11%", raised.index("11%"), raised.index("11%") + 3)) == "up"
    cut = "Zorb could cut up to 45,000 jobs over the next five years."
    assert move_of(cut, Value("45,000 jobs", cut.index("45,000"), cut.index(" over"))) == "down"  # "up to" is no move
    assert answer(vectors, "How much did Zorb's revenue fall?", f"{raised} {dipped}").short_answer == "1.4%"


def test_a_count_of_a_compound_counts_its_last_word(vectors):
    said = "Last year, in the same factory, almost four times as many vehicles were produced by just 4,500 Zorb-workers."
    draft = answer(vectors, "How many Zorbs were made last year?", said)
    assert draft.refused or "4,500" not in draft.short_answer, text_of(draft)


def test_a_make_and_model_may_stand_between_a_count_and_its_noun(vectors):
    said = "Zorb has placed an order for 70 Boeing 737-800 planes, in a deal valued at $4bn."
    other = "At the end of this year, Zorb will have taken delivery of about 100 new planes."
    assert [v.text for v in values(said, NUMBER, "How many planes did Zorb order?")][:1] == ["70"]
    assert "800" not in [v.text for v in values(said, NUMBER, "How many planes did Zorb order?")]
    assert answer(vectors, "How many planes did Zorb order?", f"{said} {other}").short_answer == "70"


def test_a_name_given_the_asked_role_after_as_holds_it(vectors):
    said = ("Lawmakers said Jo Roe, the turnaround specialist appointed by the government as Zorb's chief executive,"
            " spoke positively about the company during a hearing of the Chamber of Deputies industry commission.")
    assert answer(vectors, "Who is Zorb's chief executive?", said).short_answer == "Jo Roe"


def test_a_preposition_the_question_strands_after_its_verb_leads_to_the_answer():
    from rag.values import after_stranded

    said = ('Jo Roe said Ada Moss had complained she had inherited a "giant mess" when she took over at the'
            " Vale Office from Tom Hale, now foreign secretary.")
    question = "Who did Ada Moss take over from at the Vale Office?"
    found = {v.text: after_stranded(said, v, question) for v in values(said, NAME, question)}
    assert found["Tom Hale"] and not found["Jo Roe"], found
    assert not after_stranded(said, Value("Tom Hale", said.index("Tom"), said.index(", now")), "Who did Ada Moss meet?")


def test_a_body_before_its_short_form_and_a_title_names_no_one():
    said = "Jo Roe says she took steroids given to her by Bay Area Lab Co-Operative (Balco) president Tom Hale."
    found = [v.text for v in values(said, NAME, "Who gave Jo Roe steroids?")]
    assert "Tom Hale" in found and "Bay Area Lab Co-Operative" not in found, found


def test_a_prize_won_by_a_name_in_the_questions_words_gives_the_winner(vectors):
    said = ("The originality award was won by Zorb 2 title Quill while the children's award went to"
            " Ostby rhythm game Day One.")
    assert answer(vectors, "Which game won the originality award?", said).short_answer == "Quill"
    assert answer(vectors, "Which game won the children's award?", said).short_answer == "Day One"
    from rag.values import did_asked

    won = {v.text: did_asked(said, v, "Which game won the originality award?") for v in values(said, NAME, "Which game won?")}
    assert won["Quill"] and not won["Zorb 2"], won  # "Zorb 2 title Quill": the console qualifies the title


def test_a_named_subjects_verb_is_asked_before_an_object_that_is_a_name(vectors):
    from rag.values import _when_where_verb

    assert _when_where_verb("When will Parliament debate ID cards?") == _when_where_verb("When will MPs debate the bill?")
    said = "The issue would be debated in Parliament next Monday as scheduled, he insisted."
    other = "Jo Roe suggested Parliament could decide in 2011 or 2012 whether to make ID cards compulsory."
    assert answer(vectors, "When will Parliament debate ID cards?", f"{other} {said}").short_answer == "Monday"


def test_a_role_after_a_name_with_of_inside_is_asked(vectors):
    assert asked_role("Who is the Bank of Norland deputy governor?") == asked_role("Who is the deputy governor?")
    said = "The economy grew faster than the 0.4% reported, according to Bank of Norland deputy governor Jo Roe."
    other = "The Bank of Norland is working in tandem with the ONS to improve the speed of delivery of data."
    assert answer(vectors, "Who is the Bank of Norland deputy governor?", f"{other} {said}").short_answer == "Jo Roe"


def test_a_body_before_the_asked_report_published_it(vectors):
    said = '"The digital divide is rapidly closing," the Zorb Bank report said.'
    other = "But a spokesman for the Vale Summit on the Information Society said the divide remained very real."
    assert answer(vectors, "Who published the digital divide report?", f"{other} {said}").short_answer == "Zorb Bank"


def test_a_figure_asked_of_a_month_is_not_one_of_other_months(vectors):
    said = "Average earnings at Zorb rose by 4.3% in the year to December, up from November's 4.2%."
    draft = answer(vectors, "How much did Zorb's average earnings rise in January?", said)
    assert draft.refused, text_of(draft)
    assert answer(vectors, "How much did Zorb's average earnings rise in December?", said).short_answer == "4.3%"


def test_a_figure_of_a_word_that_only_qualifies_the_asked_measure_is_another_ones():
    said = "Unveiling the 418bn-rand budget to parliament, Jo Roe said the economy had grown."
    assert values(said, NUMBER, "How large is Norland's budget deficit?") == []
    assert [v.text for v in values(said, NUMBER, "How big is Norland's budget?")] == ["418bn-rand"]
    deficit = "The budget deficit will be £3.1bn this year."
    assert [v.text for v in values(deficit, NUMBER, "How large is Norland's budget deficit?")] == ["£3.1bn"]
    best = "Jo Roe, who clocked a season's best of 6.61 seconds over 60m last week, prefers to rest."
    assert "6.61 seconds" in [v.text for v in values(best, NUMBER, "What was Roe's season's best over 60m?")]


def test_a_figure_in_a_sentence_of_another_nation_is_no_answer_for_the_asked_one(vectors):
    said = "The £13.8m deal gives Zorb Energy access to the Indian oil and gas industry."
    assert answer(vectors, "How much is Zorb Energy's Egyptian contract worth?", said).refused
    assert answer(vectors, "How much is Zorb Energy's Indian contract worth?", said).short_answer == "£13.8m"


def test_a_name_before_of_the_asked_place_keeps_its_place_when_one_word_is_left():
    said = "Zorb Banks, Norland's biggest company, rose while Bank of Norland shares fell."
    assert "Bank" not in [v.text for v in values(said, NAME, "Which is Norland's biggest company?")]


def test_a_figure_tied_to_the_asked_period_is_the_one_asked(vectors):
    said = "Zorb saw calls abandoned rise from just over 5% in 2003 to a record 13.3% during last year."
    others = ("Last year Vale grew.", "The year ended well for Vale.", "Ostby had a quiet year last year.")
    draft = answer(vectors, "What share of calls to Zorb were abandoned last year?", said, *others)
    assert draft.short_answer == "13.3%", text_of(draft)
    # the period is the new figure's, not the one it came from
    cut = "Growth forecasts for Norland slipped to 1.8% from 2.0% this year and to 1.9% from 2.4% in 2005, Zorb said."
    assert answer(vectors, "What growth does Zorb expect for Norland this year?", cut).short_answer == "1.8%"


def test_a_figure_tied_to_the_asked_quarter_or_month_is_the_one_asked(vectors):
    said = "Spending in Norland grew 4.2% in the final quarter, down from the third quarter's 5.1%."
    assert answer(vectors, "How much did spending in Norland grow in the third quarter?", said).short_answer == "5.1%"
    listed = "Spending in Norland grew 5.1% in the third quarter and 4.2% in the final quarter."
    assert answer(vectors, "How much did spending in Norland grow in the last quarter?", listed).short_answer == "4.2%"
    months = "Output in Norland grew 15.7% in the year to October, down from 23% in February."
    assert answer(vectors, "How much did output in Norland grow in February?", months).short_answer == "23%"
    halves = "Zorb sold 30,000 cars in the second half, after 12,000 in the first half."
    assert answer(vectors, "How many cars did Zorb sell in the first half?", halves).short_answer == "12,000"


def test_a_figure_in_a_clause_about_the_asked_name_is_that_name_s(vectors):
    said = ("Hale clocked 6.56 seconds to equal the meeting record in Ostby and finished well ahead of Vale's Ben Roe, "
            "who crossed the line in 6.67 secs.")
    assert answer(vectors, "What time did Ben Roe run in Ostby?", said).short_answer == "6.67 secs"
    assert answer(vectors, "What time did Hale run in Ostby?", said).short_answer == "6.56 seconds"
    # the clause of the name the question measures from is not the asked one's
    behind = "Roe crossed the line just 0.02 seconds behind Hale, who won in 9.87 seconds in one of the closest sprints of all time."
    assert answer(vectors, "How far behind Hale did Roe finish?", behind).short_answer == "0.02 seconds"


def test_units_count_whatever_thing_is_asked(vectors):
    draft = answer(vectors, "How many Zorbs has Vale sold in Norland?",
                   "Vale has billed the machine as the radio of the age and has sold more than 800,000 units in Norland.")
    assert draft.short_answer == "800,000", text_of(draft)


def test_a_post_served_as_is_not_who_holds_it(vectors):
    draft = answer(vectors, "Who backed Ada Moss's report?",
                   "Ada Moss's report was backed by her predecessor as Cabinet Secretary, Lord Hale.")
    assert draft.short_answer == "Lord Hale", text_of(draft)
    listed = answer(vectors, "Who backed the plan?", "The plan was backed by firms such as Zorb, Vale and Quill.")
    assert listed.short_answer.startswith("Zorb"), text_of(listed)
    person = answer(vectors, "Who is the Zorb director general?",
                    "He was speaking as Tom Hale, Zorb director general, warned Mr Quill not to spend the cash.")
    assert person.short_answer == "Tom Hale", text_of(person)


def test_a_loss_is_a_sum_of_money(vectors):
    assert number_kind("What was Zorb's net loss?") == "money"
    draft = answer(vectors, "What net loss does Zorb forecast?",
                   "Zorb said three top bosses stood down last month. Zorb has forecast a net loss of 472bn yen this year.")
    assert draft.short_answer == "472bn yen", text_of(draft)


def test_a_clause_after_while_holds_its_own_subject_s_figures(vectors):
    said = "Norland light crude rose $1.64 to $47.10, while Vale crude in Ostby gained $1.32 to $44.45."
    others = ("Zorb gained ground.", "Quill gained a seat.")  # "gain" is a common word, "crude" a rarer one
    assert answer(vectors, "How much did Vale crude gain?", said, *others).short_answer == "$1.32"
    assert number_kind("What did Vale crude rise to?") == "any"
    assert answer(vectors, "What did Vale crude rise to?", said, *others).short_answer == "$44.45"
    # a month names no clause's subject
    jobs = ("Production dropped 1.6% in October, reflecting a decline in exports, while unemployment levels edged up "
            "0.1% to 4.7%, slightly higher than forecast.")
    jobless = answer(vectors, "What was Norland's unemployment rate in October?", jobs, title="Norland jobless rate rises")
    assert jobless.short_answer == "4.7%"


def test_a_name_after_under_leads(vectors):
    draft = answer(vectors, "Who led the research team on women MPs?",
                   "The research team, under Professor Ada Moss, looked at women MPs at Westminster.")
    assert draft.short_answer == "Professor Ada Moss", text_of(draft)


def test_a_personal_title_opens_a_new_name():
    said = "In a panel discussion at a summit in Ostby Mr Quill said patents were a problem."
    assert [v.text for v in values(said, PLACE, "Where was the summit held?")] == ["Ostby"]
    assert [v.text for v in values(said, NAME, "Who spoke at the summit?")] == ["Mr Quill"]
    # a pair stays one answer, and a post before the name is the man's
    assert [v.text for v in values("Jo Roe and Dr Ada Moss met.", NAME, "Who met?")] == ["Jo Roe and Dr Ada Moss"]
    said = "Zorb Police Commissioner Sir Tom Hale backed the plan."
    assert [v.text for v in values(said, NAME, "Who backed the plan?")] == ["Zorb Police Commissioner Sir Tom Hale"]


def test_a_long_name_answers_to_its_initials():
    from rag.extractive import _candidates

    said = "Quill Vale has blamed high fuel prices for a 40% drop in profits."
    chunk = Chunk("z/c0", said, "z/0.txt", "Story", "", "2024-03-01", 1, 1, 0, len(said))
    (row,) = _candidates([Hit(chunk, 1.0, 1)], {"qv": 1.0}, None)
    assert row[5] > 0  # its coverage of the question's "QV"


def test_a_naming_word_says_what_a_thing_is_called():
    from rag.extractive import _candidates

    said = "The search uses a system dubbed smart serendipity."  # "What is the system called?"
    chunk = Chunk("z/c0", said, "z/0.txt", "Story", "", "2024-03-01", 1, 1, 0, len(said))
    (row,) = _candidates([Hit(chunk, 1.0, 1)], {"system": 1.0, "call": 1.0}, None)
    assert row[5] == 1.0


def test_a_list_of_names_takes_a_list_of_values_in_order(vectors):
    """"Roe and Moss finished fourth and fifth": Moss finished fifth, though the sentence
    names her by surname only, with the race named the sentence before."""
    race = ("Jo Roe and Ada Moss were no match for Tom Hale in the Ostby cross-country race.",
            "Roe and Moss finished fourth and fifth as Hale romped to a five-second victory.")
    draft = answer(vectors, "Where did Ada Moss finish in the Ostby race?", " ".join(race))
    assert draft.short_answer == "fifth", text_of(draft)
    draft = answer(vectors, "Where did Jo Roe finish in the Ostby race?", " ".join(race))
    assert draft.short_answer == "fourth", text_of(draft)
    draft = answer(vectors, "By what percentage did Vale shares rise?",
                   "Shares in Zorb and Vale rose 5% and 3% respectively after the merger talks.")
    assert draft.short_answer == "3%", text_of(draft)


def test_a_number_word_with_a_capital_inside_a_sentence_is_part_of_a_name():
    """"told Five Live" names a station and counts nothing; "Five" opening a sentence or a
    quote still counts."""
    asked = "How many people died?"
    assert values("The record holder told Five Live on Sunday.", NUMBER, asked) == []
    assert [v.text for v in values("It aired on Channel Four and seven other channels.", NUMBER, asked)] == ["seven"]
    assert [v.text for v in values("Five people died.", NUMBER, asked)] == ["Five"]
    assert [v.text for v in values('He said: "Five people died."', NUMBER, asked)] == ["Five"]


def test_how_much_funding_asks_a_sum_of_money():
    assert number_kind("How much funding do Vale sprinters receive?") == "money"
    assert number_kind("How much was funded by the lottery?") == "money"


def test_a_place_the_question_sets_its_fact_in_must_be_named_by_the_article(vectors):
    """"How many Zorb workers in Ostby ...?" is not answered by an article on Zorb that never
    names Ostby, nor its people; the place is known as one because an article puts it after "in"."""
    question = "How many Zorb workers in Ostby lack basic reading skills?"
    unplaced = "Some 2,600 Zorb workers lack basic reading skills, the firm says."
    elsewhere = "Zorb opened a new plant in Ostby on Monday."
    draft = answer(vectors, question, unplaced, elsewhere)
    assert draft.refused, text_of(draft)
    draft = answer(vectors, question, unplaced, "Some 900 Ostbian Zorb workers lack basic reading skills, the firm says.", elsewhere)
    assert draft.short_answer == "900", text_of(draft)


def test_an_ordinal_that_numbers_a_named_work_is_no_place_in_a_table(vectors):
    """"the third Ostby Saga film" is the saga's third film, not the one that came third."""
    from rag.values import rank_at
    assert rank_at("Last year the third Ostby Saga film dominated the box office.", 3) == []
    assert rank_at("Vale Story ended up in third position after taking $11.2m.", 3) != []
    draft = answer(vectors, "Which film finished third at the box office?",
                   "The top films took $121.9m, compared with $165.8m last year, when the third Ostby Saga film dominated the box office.",
                   "Vale Story finished third at the box office after taking $11.2m.")
    assert draft.short_answer == "Vale Story", text_of(draft)


def test_a_figure_told_of_another_person_by_title_is_not_the_asked_persons(vectors):
    """In an article that calls both men "Mr", "Mr Roe could face up to 85 years" tells
    nothing of Tom Hale's sentence; asked of Roe, it answers."""
    story = ("Former Zorb chief Ben Roe denied the fraud, and Mr Roe said finance chief Tom Hale made the decisions. "
             "Mr Hale has pleaded guilty. Mr Roe could face a jail sentence of up to 85 years if convicted.")
    draft = answer(vectors, "How long could Tom Hale be jailed?", story)
    assert draft.refused, text_of(draft)
    draft = answer(vectors, "How long could Ben Roe be jailed?", story)
    assert draft.short_answer == "85 years", text_of(draft)


def test_what_a_figure_closed_at_asks_the_level_it_stood_at(vectors):
    """"What did Vale crude close at?" asks a level in whatever unit, not a description."""
    for question in ("What did Vale crude close at?", "What did the Ostby index peak at last year?"):
        assert answer_type(question) == NUMBER and number_kind(question) == "any", question
    draft = answer(vectors, "What did Vale crude close at?",
                   "Vale light crude futures jumped to $53.09 a barrel in Ostby before closing at $53.03.")
    assert draft.short_answer == "$53.03", text_of(draft)


def test_an_athletes_jump_or_throw_asks_a_distance(vectors):
    """"What was Ada Moss's winning jump?" asks how far; "the jump in unemployment" asks no distance."""
    for question in ("What was Ada Moss's winning jump?", "What was her best throw?", "What was Jo Roe's first leap?"):
        assert answer_type(question) == NUMBER and number_kind(question) == "measure", question
    assert number_kind("What was the jump in unemployment?") != "measure"
    draft = answer(vectors, "What was Ada Moss's winning jump?",
                   "Ada Moss edged out rival Jo Roe with her last effort to claim the Ostby long jump title.",
                   "But Moss, who has not competed indoors for five years, leapt to a lifetime best of 6.50m in her last jump, after four fouls.")
    assert draft.short_answer == "6.50m", text_of(draft)


def test_a_role_may_follow_of_before_the_firm_it_is_held_at():
    from rag.values import in_role

    said = "Jo Lindqvist, of analysts Fitch, said Aster and Kolb were the likely bidders."
    assert in_role(said, Value("Jo Lindqvist", 0, 12), "analyst", "Which Fitch analyst commented on the bid?")
    assert not in_role(said, Value("Aster", said.index("Aster"), said.index("Aster") + 5), "analyst",
                       "Which Fitch analyst commented on the bid?")


def test_a_data_rate_is_bits_a_second_not_a_share():
    from rag.values import number_kind

    question = "What is the top data rate the new network allows?"
    assert number_kind(question) == "speed"
    assert number_kind("What is the interest rate?") == "percent"
    said = "The network, used by 40% of firms, allows data rates of up to 20Mbps."
    assert [v.text for v in values(said, NUMBER, question)] == ["20Mbps"]


def test_a_currency_rate_is_its_price_in_another_not_a_share():
    question = "At what rate was the krona trading against the euro on Monday?"
    said = "The krona, down 2% this week, was trading at 9.12 against the euro on Monday."
    assert [v.text for v in values(said, NUMBER, question)] == ["2%", "9.12"]
    assert [v.text for v in values(said, NUMBER, "What is the inflation rate?")] == ["2%"]


def test_sales_asked_as_a_level_are_no_change():
    from rag.values import number_kind

    question = "What were Kestrel's sales in the quarter?"
    assert number_kind(question) == "amount"
    assert number_kind("By how much did Kestrel's sales fall?") != "amount"
    assert number_kind("What share of its sales came from Asia?") != "amount"
    said = "Kestrel's sales fell 8.6% to 4.7bn rupees in the quarter."
    assert [v.text for v in values(said, NUMBER, question)] == ["4.7bn rupees"]


def test_which_area_of_a_named_place_asks_a_place(vectors):
    assert answer_type("In which area of Norway was the trial held?") == PLACE
    assert answer_type("What is the area of Norway?") == NUMBER  # its size
    draft = answer(vectors, "In which area of Norway was Lund tried?",
                   "Lund, who runs a paper with 8,000 readers, was tried by a court in the Finnmark area.")
    assert draft.short_answer == "Finnmark"


def test_a_compound_counts_its_last_word():
    from rag.extractive import _counts

    said = "Last year 4,500 Vekta-workers built 61,000 Vektas."
    workers, cars = values(said, NUMBER, "How many Vektas were built last year?")
    assert not _counts(workers, said, "vektas") and _counts(cars, said, "vektas")


def test_a_predecessor_in_the_role_no_longer_holds_it():
    said = "Another critic is Sir Tom Hale's predecessor as chief prisons inspector, Professor Ann Lowe, who opposes the plan."
    assert "Professor Ann Lowe" not in [v.text for v in values(said, NAME, "Who is the chief inspector of prisons?")]
    assert "Professor Ann Lowe" in [v.text for v in values(said, NAME, "Who was Hale's predecessor?")]


def test_a_time_before_another_event_is_no_length():
    question = "How long a prison term did Lena Vos receive?"
    assert values("Ms Vos was sentenced one day after a campaign for her release.", NUMBER, question) == []
    assert [v.text for v in values("Ms Vos was jailed for 14 years after a trial.", NUMBER, question)] == ["14 years"]
    # how long a state has lasted may be said from the event that began it
    assert [v.text for v in values("It has had no government 94 days after the election.", NUMBER,
                                   "How long has it been without a government?")] == ["94 days"]


def test_a_character_asked_is_the_name_the_role_is_given_by(vectors):
    draft = answer(vectors, "Which character did Lowe play in The Harbour?",
                   "Lowe was asked to test for the role in The Harbour, as executives were reluctant for the actor "
                   "to play the part after problems on his previous film Storm Point.",
                   "Lowe eventually took the role of Captain Marlow in The Harbour, winning an award.")
    assert draft.short_answer == "Captain Marlow"


def test_a_day_of_the_month_refines_the_month_alone(vectors):
    draft = answer(vectors, "When do the World Rowing Championships begin?",
                   "The World Rowing Championships are in March.",
                   "The World Rowing Championships, which start on 19 March, are in Seville.")
    assert draft.short_answer == "19 March" and not draft.conflict


def test_a_contest_not_yet_decided_is_answered_only_by_a_forecast(vectors):
    past = "Ana Ruiz won the title last year, beating Tom Hale in the final."
    draft = answer(vectors, "Who will win the title this year?", past)
    assert draft.refused  # a past winner is no answer to who will win
    draft = answer(vectors, "Who will win the title this year?", past,
                   "Tom Hale is the favourite to win the title this year.")
    assert not draft.refused and draft.short_answer == "Tom Hale"


@pytest.mark.parametrize("question, said, telling, short", [
    # a role asked by its noun needs a sentence that names it: a chairman is no chief executive
    ("Who is Norvex's chief executive?", "Norvex chairman Dan Hale said the deal would go ahead.",
     "Norvex chief executive Dan Hale said the ruling would hurt its plans.", "Dan Hale"),
    # so does a measure: takings are no budget
    ("What was the production budget of Night Harbour?",
     "Night Harbour also broke the box office record for New Year's Eve, taking $12.2m.",
     "Night Harbour was made on a budget of $40m.", "$40m"),
    # two bloggers are no count of members
    ("How many members does the Vessland Writers Union have?",
     "The Vessland Writers Union is calling on its members to support two imprisoned Norland bloggers.",
     "The Vessland Writers Union, founded in 1990, has 12,000 members.", "12,000"),
    # visitors are no headcount: a sentence that names no workforce tells none
    ("How many people work at the Ostby gallery?",
     "Five million visitors made the Ostby gallery the most visited museum in Vale in 2004.",
     "The Ostby gallery employs 300 people.", "300"),
    # the auction house sells; no one is said to buy
    ("Who bought Blue Vessel?",
     "The auction at Norland House will feature 45 paintings, and the highlight of the sale is Blue Vessel, which fetched £2m.",
     "Blue Vessel was bought by the collector Ada Moss.", "Ada Moss"),
    # the firm that counts infections wrote nothing
    ("Who wrote the Vessworm virus?",
     "Anti-virus firm Norland Labs said that 10% of the e-mail on the net was infected with the Vessworm virus.",
     "The Vessworm virus was written by a student, Ada Moss.", "Ada Moss"),
    # a film in the running has won nothing
    ("Which film won the Silver Gull at the Elmshire festival?",
     "Harbour Lights, by Vessland director Ada Moss, is one of 20 films up for the festival's top prize, the Silver Gull.",
     "The Silver Gull at the Elmshire festival went to Night Train, by Norland director Tom Hale.", "Night Train"),
    # "who won" as much as "which film won": a runner who came third won nothing
    ("Who won the 200m at the Elmshire meeting?",
     "Vessland's Ada Moss was also in action at the Elmshire meeting, stepping down to the 200m to finish third.",
     "Norland's Tom Hale won the 200m at the Elmshire meeting in 21.07 seconds.", "Norland's Tom Hale"),
])
def test_a_sentence_that_does_not_tell_what_is_asked_does_not_answer(vectors, question, said, telling, short):
    draft = answer(vectors, question, said)
    assert draft.refused, text_of(draft)
    draft = answer(vectors, question, said, telling)
    assert not draft.refused and draft.short_answer.startswith(short), text_of(draft)


@pytest.mark.parametrize("question, text, short", [
    # the place right after the noun of what was held
    ("In which city was the Vessland trade hearing held?",
     "The embattled Vessland trading firm had filed for protection in a Norland court before the trade hearing. "
     "Its lawyer spoke on the first day of a two-day hearing in Elmshire.", "Elmshire"),
    # the name owned by the asked organisation, before the better sentence that names no one
    ("Which Vessland Networks executive welcomed the film prize deal?",
     "Vessland Networks has signed a deal to show the film prize, taking over from years of coverage on Norland TV. "
     '"We are honoured to have won the rights to the film prize," said Vessland Networks\' Ada Moss.', "Ada Moss"),
    # "The sports award went to X" never says "game": the sentence before, which does, is not quoted for its other game
    ("Which game won the sports award?",
     "The originality award went to the Vessland rhythm game Drum Party. The sports award went to Norland Soccer 4.",
     "Norland Soccer 4"),
])
def test_the_value_in_the_questions_slot_leads(vectors, question, text, short):
    assert answer(vectors, question, text).short_answer == short


def test_a_bare_year_at_the_asked_verb_says_when():
    question = "When was the Duchy of Elmshire set up?"
    assert [v.text for v in values("It was set up in 1337 by King Tom III.", DATE, question)] == ["1337"]


def test_an_age_is_read_from_a_birthday():
    from rag.values import stated_age

    said = "Vessland sprinter Ada Moss retired shortly after her 34th birthday, as did Tom Hale."
    found = values(said, NUMBER, "At what age did Ada Moss retire?")
    assert [v.text for v in found] == ["34"] and stated_age(said, found[0])


def test_a_name_after_at_the_is_no_one_a_who_question_asks_for():
    said = "Ada Moss won gold at the Vessland Olympics."
    assert [v.text for v in values(said, NAME, "Who won gold?")] == ["Ada Moss"]
    assert "Vessland Olympics" in [v.text for v in values(said, NAME, "Which Games did she win gold at?")]


def test_a_speaker_holds_no_role_only_the_quote_names(vectors):
    draft = answer(vectors, "Who is the president of Vessland?",
                   '"He would have been a very good president of Vessland," said Mr Hale.')
    assert draft.short_answer != "Mr Hale"
    draft = answer(vectors, "Who is the president of Vessland?",
                   '"We will not give in," said the president of Vessland, Ana Ruiz.')
    assert draft.short_answer == "Ana Ruiz"


def test_since_when_says_when_it_began(vectors):
    draft = answer(vectors, "In what year was the prize first awarded?",
                   "The prize has been running since 1997, but it was awarded in two parts in 2002.")
    assert draft.short_answer == "1997"


def test_a_description_asked_is_the_quoted_words_given(vectors):
    draft = answer(vectors, "How did the Audit Commission describe the current planning law?",
                   "In its report, the Audit Commission said it had found wide support for an end to the current planning law.",
                   'Ministers ordered a review after an Audit Commission report which branded the current planning law as "a shambles".')
    assert '"a shambles"' in draft.parts[0][0]  # the description leads


def test_an_actress_award_is_no_actor_award():
    from rag.values import another_sex

    question = "Who will win the best supporting actor award?"
    assert another_sex("Bookmakers predict Ana Ruiz will be named best supporting actress.", question)
    assert not another_sex("Tom Hale is tipped for best actor and Ana Ruiz for best actress.", question)


def test_a_forecast_names_the_one_tipped_not_the_bookmaker(vectors):
    draft = answer(vectors, "Who will win the sculpture prize?",
                   "Tom Hale is the favourite at William Hill to win the sculpture prize, for his work Harbour.")
    assert draft.short_answer == "Tom Hale"


def test_a_role_holder_further_down_is_still_read(vectors):
    quotes = [f'"The Vessland Athletics Union will speak for athletes in case {i}," said Tom{chr(65 + i)} Reed.'
              for i in range(14)]
    draft = answer(vectors, "Who speaks for the Vessland Athletics Union?", *quotes,
                   "The Vessland Athletics Union met on Monday in Oslo. Spokesman Ann Lowe said it would comment on the case later.")
    assert draft.short_answer == "Ann Lowe"


def test_a_deed_done_by_holding_a_post_is_answered_only_where_the_post_or_deed_is_said(vectors):
    star = "In Quiet Harbour, Tom Hale plays a widower whose daughter has an imaginary friend."
    draft = answer(vectors, "Who directed Quiet Harbour?", star)
    assert draft.refused  # the star of the film is not its director
    draft = answer(vectors, "Who directed Quiet Harbour?", star, "Quiet Harbour was directed by Ana Ruiz.")
    assert not draft.refused and draft.short_answer == "Ana Ruiz"
    draft = answer(vectors, "Who coaches Tom Hale?", "Tom Hale trains with Ana Ruiz in Leeds, said his coach Jo Lee.")
    assert draft.short_answer == "Jo Lee"
    draft = answer(vectors, "Who will chair the review of the law?",
                   "The review follows a Law Commission report which branded the law a mess.")
    assert draft.refused  # a question that names nothing is held to the deed all the same
    draft = answer(vectors, "Which company sponsors Tom Hale?",
                   "Banned American sprinter Tom Hale says he knowingly took steroids given to him by Vessco Labs.")
    assert draft.refused  # "Which X sponsors ...?" asks the deed as "Who sponsors ...?" does
    draft = answer(vectors, "Which company sponsors the Harlow Open?",
                   "The Harlow Open, won last year by Ana Ruiz, starts in Harlow on Monday.")
    assert draft.refused  # a name after "by" is no sponsor unless the sentence says so
    draft = answer(vectors, "Which company sponsors Tom Hale?", "Tom Hale is sponsored by Vessco.")
    assert draft.short_answer == "Vessco"
    draft = answer(vectors, "Who is directing the sequel to Quiet Harbour?",
                   "Plans to show the islanders as villains in the sequel to Quiet Harbour angered Ana Ruiz.")
    assert draft.refused


def test_which_one_did_the_deed_is_answered_by_its_passive_doer(vectors):
    draft = answer(vectors, "Which two countries tabled the levy?",
                   "Many ministers support the levy on fuel, tabled by Vessland and Norland after the summit.",
                   "The fuel used by airlines is untaxed in EU member states.")
    assert draft.short_answer == "Vessland and Norland"


def test_a_model_number_is_a_name_the_answer_must_share(vectors):
    assert name_groups("How much does a 747-8F cost?") == [["747-8F"]]
    draft = answer(vectors, "How much does a 747-8F cost?", "Buyers will have to pay almost £11,500 for a new car.")
    assert draft.refused  # a price of something else
    draft = answer(vectors, "How much does a 747-8F cost?", "Each 747-8F will cost buyers about $300m.")
    assert draft.short_answer == "$300m"


def test_a_word_made_from_a_place_name_names_no_one_thing(vectors):
    article = ("Norland's rail firm Vessco has opened a line. The Norlandic government backs it. "
               "Vessco was founded in the Norlandic town of Ostby.")
    assert [v.text for v in values("Vessco was founded in the Norlandic town of Ostby.", PLACE,
                                   "In which town was Vessco founded?", article)] == ["Ostby"]
    # before a possessive noun or a title too: "the Norlandic government's", "Norlandic Trade Minister"
    article = ("Norland opens its doors. The Norlandic government's decision was welcomed by Norlandic firms. "
               "Norlandic Trade Minister Ada Moss announced it in Ostby.")
    assert not values("The Norlandic government's decision was welcomed by Norlandic firms.", PLACE,
                      "In which city was the decision announced?", article)


def test_a_date_marked_past_answers_no_question_about_what_will_be():
    said = "Last April, Ana Ruiz spoke about retiring, and she will race again next May."
    assert [v.text for v in values(said, DATE, "When will Ana Ruiz race again?")] == ["next May"]
    assert [v.text for v in values(said, DATE, "When did Ana Ruiz speak about retiring?")] == ["April"]


def test_a_fastest_time_over_a_distance_is_a_race_time_not_a_length(vectors):
    from rag.values import number_kind

    assert number_kind("What is Ana Ruiz's fastest 100m time?") == "race time"
    draft = answer(vectors, "What is Ana Ruiz's fastest 100m time?",
                   "Ana Ruiz set her 100m personal best of 11.04secs when she won the title in Ostby in 1998.")
    assert draft.short_answer == "11.04secs"  # a best time need not be called a time
    draft = answer(vectors, "What was Tom Hale's winning time in Ostby?",
                   "World champion Tom Hale won the 9.2km race at the Ostby Cross Country.")
    assert draft.refused  # the race's length is no time


def test_a_name_owned_by_the_one_the_which_phrase_names_fills_the_slot():
    from rag.extractive import _of_asked_owner

    question = "On which Radio Norland programme did Tom Hale speak?"
    said = "But he told Radio Norland's Sportsday: \"I had to get back into training.\""
    at = said.index("Sportsday")
    assert _of_asked_owner(said, Value("Sportsday", at, at + 9), question)
    other = "He told Radio Vessland's Sportsday he would run."
    at = other.index("Sportsday")
    assert not _of_asked_owner(other, Value("Sportsday", at, at + 9), question)


def test_how_many_more_years_asks_a_span_of_time(vectors):
    from rag.values import number_kind

    assert number_kind("For how many more years was the treaty extended?") == "duration"
    assert number_kind("How many more jobs will go?") == "count"
    draft = answer(vectors, "For how many more years was the treaty extended?",
                   "The two leaders extended the treaty for another five years at a summit held on June 28.")
    assert draft.short_answer == "five years"


def test_a_name_ending_in_the_asked_noun_is_one_of_its_kind():
    from rag.values import asked_noun

    question = "Which news agency reported the minister's remarks on June 28?"
    assert asked_noun(question) == "agency"
    assert asked_noun("Which country's EU membership were the leaders discussing?") == ""  # asks the country
    said = "The Norland Press Agency broadcast on June 28 that the minister said the border was settled."
    assert [v.text for v in values(said, NAME, question)] == ["Norland Press Agency"]


def test_a_plural_possessive_of_the_question_s_own_name_is_no_answer():
    said = "At the Quad Foreign Ministers’ meeting in Ostby in February, the talks ran late."
    assert [v.text for v in values(said, PLACE, "In which city did the Quad ministers gather in February?")][0] == "Ostby"


def test_a_measure_given_as_another_names_answers_no_question_about_the_asked_ones(vectors):
    question = "What is Vessland's jobless rate?"
    other = ("Vessland's jobless rate has long been high. "
             "While Norland's jobless rate rose to 4.7% from 4.6%, it remains one of the lowest in the region.")
    assert answer(vectors, question, other).refused  # the rate is Norland's
    draft = answer(vectors, question, other, "Vessland's jobless rate fell to 8.1% in March.")
    assert not draft.refused and draft.short_answer == "8.1%"
    # A sentence that also names the asked owner may hold its value elsewhere: "..., compared with 9% in Vessland".
    draft = answer(vectors, question, "Norland's jobless rate rose to 4.7%, compared with 9.2% in Vessland.")
    assert not draft.refused


def test_a_value_given_for_another_place_answers_no_question_about_the_asked_one(vectors):
    question = "How much will the Zeta console cost in Vessland?"
    other = "The Zeta console goes on sale in Vessland in May. The console will retail for £99 in Norland."
    assert answer(vectors, question, other).refused  # £99 is Norland's price
    draft = answer(vectors, question, other + " The console will cost 120 euros in Vessland.")
    assert not draft.refused and draft.short_answer == "120 euros"


def test_a_role_of_the_thing_called_by_its_kind_is_the_asked_things(vectors):
    from rag.values import in_role

    question = "Who directed Ember?"
    said = "The director of the film, Ada Moss, says the movie is not offensive and will not withdraw it."
    assert in_role(said, values(said, NAME, question)[0], asked_role(question), question)
    draft = answer(vectors, question, "Ember has angered church leaders in Vessland. " + said)
    assert not draft.refused and draft.short_answer == "Ada Moss"


def test_a_work_by_someone_names_its_maker_apart_from_the_next_owner(vectors):
    said = "Ember Nights by Ada Moss and Tom Hale's The Long Road are shortlisted in the best play category."
    assert [v.text for v in values(said, NAME, "Who wrote Ember Nights?")][-2:] == ["Ada Moss", "Tom Hale's The Long Road"]
    titled = "The show made a star of Will and Grace's Debra Messing."
    assert "Will and Grace's Debra Messing" in [v.text for v in values(titled, NAME, "Who stars in the show?")]
    draft = answer(vectors, "Who wrote Ember Nights?", said)
    assert not draft.refused and draft.short_answer == "Ada Moss"
    # The name after "Ember Nights by" made it: it fills the slot of "Who wrote Ember Nights?".
    from rag.extractive import _maker_of_asked

    found = values(said, NAME, "Who wrote Ember Nights?")
    assert [v.text for v in found if _maker_of_asked(said, v, "Who wrote Ember Nights?")] == ["Ada Moss"]


def test_a_title_after_its_works_kind_runs_on_over_small_words():
    said = "The Vale festival opens on Thursday with period epic Man to Man, and shows the film Tides in Ostby."
    assert [v.text for v in values(said, NAME, "Which film opens the Vale festival?")][:1] == ["Man to Man"]
    assert "Tides" in [v.text for v in values(said, NAME, "Which film does the Vale festival show?")]  # "in" may place it


def test_an_age_given_as_the_n_year_old_inside_a_sentence_is_the_one_named_before(vectors):
    text = ("Ada Moss made her breakthrough five years ago. Tom Hale kept Moss off top spot at the Games. "
            "But he believes Madrid represents a chance for the 26-year-old to prove her credentials.")
    draft = answer(vectors, "How old is Ada Moss?", text)
    assert not draft.refused and draft.short_answer == "26"


def test_a_role_held_at_a_named_part_of_the_asked_owner_is_the_owners():
    question = "Who is the Vessland Times's political editor?"
    said = "Vessland Times Online political editor Ada Moss said the bill was in deep trouble."
    assert [v.text for v in values(said, NAME, question)] == ["Ada Moss"]
    other = "Norland Post political editor Tom Hale said the bill was in deep trouble."
    assert [v.text for v in values(other, NAME, question)] == []  # another paper's editor


def test_a_plural_name_asked_is_found_in_its_singular(vectors):
    from rag.extractive import _named_share
    from rag.values import in_role

    question = "Who leads the Wobblies in the Senate?"
    said = "Ada Moss, Wobbly leader in the Senate, said the bill would be rewritten."
    assert _named_share(said, question) == 1.0  # "Wobbly" names the Wobblies
    assert in_role(said, values(said, NAME, question)[0], asked_role(question), question)
    draft = answer(vectors, question, "The bill faces a fight in the Senate. " + said)
    assert not draft.refused and draft.short_answer == "Ada Moss"


def test_a_role_that_opens_the_sentence_holds_for_the_name_after_it():
    from rag.values import in_role

    question = "Who heads Vexa's entertainment division?"
    said = "Head of the division, Ada Moss, spoke about creating content for all platforms."
    assert in_role(said, values(said, NAME, question)[0], asked_role(question), question)


def test_a_name_set_after_the_asked_noun_names_it():
    from rag.extractive import _names_noun

    said = "The term was popularised by the satirist Ada Moss in her classic novel, The Long Road."
    found = values(said, NAME, "In which novel did the word appear?")
    assert [v.text for v in found if _names_noun(said, v, "novel")] == ["The Long Road"]


@pytest.mark.parametrize("reader, kind, question, said, value", [
    # the subject of an irregular past: "said" for "say"
    ("before_asked_verb", NAME, "Which Vessland leader said he would not back the plans?",
     "Ada Moss said he would not back the Home Secretary's plans for control orders.", "Ada Moss"),
    # a date after a weekday
    ("at_asked_verb", DATE, "When is the Moss documentary being shown?",
     "Ada Moss: No More Mr Nice is being shown on BBC2 on Saturday 12 February at 2005 GMT.", "12 February"),
    # a "which" clause after the name does what the question's own clause says
    ("relative_as_asked", NAME, "Which body will hold the hearing that determines the pair's fate?",
     "Ada Moss and Tom Hale will face a hearing before the Vessland Federation, which will ultimately determine their fate.",
     "Vessland Federation"),
    # the question's own words between the verb and the date do not count against it
    ("at_asked_verb", DATE, "On what date will Ada Moss take on Tom Hale and Eva Lind in Elmshire?",
     "Ada Moss will race in Vessland on 2 February and will then take on Olympic champions Tom Hale and Eva Lind in Elmshire on 18 February.",
     "18 February"),
    # a name given as of the nation the question asks for
    ("of_asked_nation", NAME, "Which Ruritanian also ran in the 1500m?",
     "Tom Hale finished clear of Norland's Ada Moss and Ruritania's Eva Lind.", "Ruritania's Eva Lind"),
    # a time counted on from now, right after the asked verb
    ("ago_at_asked_verb", DATE, "When will the Vessland law review begin?",
     "Ada Moss has already said the review will begin next year.", "next year"),
    # the nation's, then the asked noun a few words on
    ("of_asked_nation", NAME, "Which Ruritanian decathlete was a double champion?",
     "Tom Hale retired at 34, as did Ruritania's double Olympic champion decathlete Ada Moss.", "Ada Moss"),
    # the name right after "For <the asked organisation>," that opens the sentence
    ("with_asked_org", NAME, "Who spoke for the Norland Party in the budget debate?",
     "For the Norland Party, Ada Moss said the Vessland budget should be reformed.", "Ada Moss"),
    # the period right after the deed asked how often
    ("repeats_asked", NUMBER, "How often does the Vessland network double in size?",
     "Ada Moss said the Vessland network, which is doubling every five months, adds a site every 5.8 seconds.", "five months"),
    # the deed as a noun, its doer after "from"
    ("by_asked_doer", NAME, "Who challenged Hale late in the 800m?",
     "Tom Hale had to hold off a late challenge from Ada Moss in the final 100 metres.", "Ada Moss"),
    # the doer named by "by" after a few words that say what they are
    ("by_asked_doer", NAME, "Which economists carried out the care research?",
     "It was carried out by husband and wife economist team Ada and Tom Moss.", "Ada and Tom Moss"),
    # the paper given an interview is the one "told"
    ("after_stranded", NAME, "Which newspaper did Ada Moss give her interview to?",
     "Ada Moss told The Elmshire Times that Vessland should deport more suspects.", "The Elmshire Times"),
    # the prize, in the question's words, went to the name
    ("did_asked", NAME, "Which game won the sports award?",
     "The sports award went to Vessland Soccer 4, while the music award went to Tom Hale's Drums.", "Vessland Soccer 4"),
    # the name owned by the organisation asked, in its plural possessive
    ("with_asked_org", NAME, "Which Vessland Networks executive welcomed the deal?",
     '"We are honoured," said Vessland Networks\' Ada Moss.', "Ada Moss"),
    # "How much did X gross?": the amount right after the asked verb, its doer no other name
    # "Which paper did X tell?": the name right after "told", not the adjective "Oscar-winning"
    ("after_asked_verb", NAME, "Which newspaper did Ada Moss tell about her plan?",
     "The Oscar-winning Norland Nights was no help, but Ada Moss told the Elmshire Times she would cut taxes.", "Elmshire Times"),
    ("after_asked_verb", NUMBER, "How much did The Vessland Story take worldwide?",
     "Norland Nights, which opened a week later, took $90m, while the film went on to take over $600m worldwide.", "$600m"),
])
def test_a_value_where_the_asked_verb_points(reader, kind, question, said, value):
    import rag.values

    read = getattr(rag.values, reader)
    assert [v.text for v in values(said, kind, question) if read(said, v, question)] == [value]


def test_a_vote_asked_by_its_noun_is_a_score():
    from rag.values import number_kind

    question = "What was the Commons vote on the Ember Bill?"
    assert answer_type(question) == NUMBER and number_kind(question) == "score"


@pytest.mark.parametrize("reader, kind, question, said, before, value", [
    # a score right after its noun's verb: "MPs voted 272-219" for "What was the vote?"
    ("rag.values.scored_as_asked", NUMBER, "What was the Commons vote on the Ember Bill?",
     "On Monday, MPs voted 272-219 in favour of the Ember Bill after key concessions.",
     "MPs backed the Ember Bill after the minister agreed to key changes.", "272-219"),
    # a date whose "when" clause says again what is asked
    ("rag.extractive._when_as_asked", DATE, "When do the current powers to detain suspects expire?",
     "The government wants the new bill to pass into law by 14 March, when the current powers expire.",
     "A suspect held without charge since December 2001 was freed from jail on Friday.", "14 March"),
])
def test_a_value_the_sentence_ties_to_the_asked_words_answers(vectors, reader, kind, question, said, before, value):
    import importlib

    module, name = reader.rsplit(".", 1)
    read = getattr(importlib.import_module(module), name)
    assert [v.text for v in values(said, kind, question) if read(said, v, question)] == [value]
    draft = answer(vectors, question, f"{before} {said}")
    assert not draft.refused and draft.short_answer == value


@pytest.mark.parametrize("question, said, value", [
    # how often, said with no number
    ("How often do Norland voters have to re-register?",
     "In 2004, 300 voters in Norland had to re-register to vote every year or be removed.", "every year"),
    # how long a document is, in pages
    ("How long was the Vessland report?", "Ada Moss published a report of 500 pages in 2004.", "500 pages"),
])
def test_a_number_of_the_asked_kind_is_read_with_its_unit(question, said, value):
    assert [v.text for v in values(said, NUMBER, question)] == [value]


def test_the_full_name_of_one_asked_by_a_surname_with_a_capital_inside_is_not_the_answer():
    said = "James McIlroy won the 800m title, holding off Ada Moss."
    assert [v.text for v in values(said, NAME, "Who challenged McIlroy in the 800m?")] == ["Ada Moss"]
    assert [v.text for v in values("Polish MEPs rejected it.", NAME, "Which country's MEPs rejected it?")] == ["Polish MEPs"]


@pytest.mark.parametrize("start, qualified", [(0, False), (900, True)])
def test_the_headline_names_the_event_only_for_the_articles_first_chunk(start, qualified):
    from rag.extractive import _qualified

    text = "Moss was well clear when taking gold in 46.45."
    chunk = Chunk("c", text, "news/1.txt", "Hale wins 800m title", "", "2024-03-01", 1, 1, start, start + len(text))
    assert _qualified(Hit(chunk, 1.0, 1), text, [], None, "In what time did Moss win the 400m?") is qualified


def test_which_kind_of_person_is_not_answered_by_the_asked_country_or_a_group():
    from rag.values import _made_from_asked

    assert _made_from_asked("Ruritania's", "Which Ruritanian sprinter was disqualified?")  # the country the question names
    said = "It will be a race against Ruritania's best sprinters."  # a group is no one of the asked kind
    assert values(said, NAME, "Which Ruritanian sprinter was disqualified in the 60m?") == []


@pytest.mark.parametrize("question, said, held", [
    # had the asked deed done to it, in the prize's own words
    ("Which film was named best film at the Ember Awards?",
     "Spanish movie Norland was named best foreign film while Vessland has been named best film at the Ember Awards.",
     ["Vessland"]),
    ("Which film was named best film at the Ember Awards?",
     "Ada Moss was awarded the Special Award for her contribution to film at the Ember Awards.", []),
    # of the asked kind, right after the question's own leading preposition
    ("At which school did Ada Moss make the remark?",
     "Her comments came in a session at Elm High School in Norland, attended by pupils from Vessland Grammar School.",
     ["Elm High School"]),
    # beat others to the asked prize
    ("Which series won the best television drama award?",
     "Hospital series Ward/Nine beat Vessland and Norland to the best television drama award.", ["Ward/Nine"]),
    ("Which series won the best television drama award?", "Hospital series Ward/Nine beat Vessland to the best comedy award.", []),
    # a person took the prize; the work it was for is no person
    ("Who won best director at the Ember Awards?",
     "Hollywood veteran Tom Hale took the best director prize for Norland Nights while its star Ada Moss was best actress.",
     ["Tom Hale"]),
    # the prize was won for a work, which answers "Which song ...?"
    ("Which song won best original song at the Ember Awards?",
     "Ada Moss and Tom Hale won the best original song award for Vessland Rain from the film Norland.", ["Vessland Rain"]),
])
def test_a_name_holds_the_asked_role_by_what_the_sentence_says_of_it(question, said, held):
    from rag.values import asked_role, in_role

    role = asked_role(question)
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, role, question)] == held


@pytest.mark.parametrize("question, first, second, short", [
    # of the names of the asked kind, the one that won the asked prize
    ("Which series won the best television drama award at the Ember Awards?",
     "The Ember Awards also honour the best in television drama and comedy, with series Norland Nights named best comedy show at the Ember Awards.",
     "Hospital series Ward/Nine beat Vessland to the best television drama award at the Ember Awards.", "Ward/Nine"),
    # how often: the period of the asked deed
    ("How often does the Vessland network double in size?",
     "The Vessland network grows in size as a new site joins it every 5.8 seconds, says Ada Moss.",
     "Tom Hale said the Vessland network, which is doubling every five months, is powerful.", "five months"),
    # "When will ...?": a date named as the planned date tells something to come
    ("When will the new Vessland novel be published?",
     "The new Vessland novel topped the chart a day after its release date - 16 July - was announced.",
     "In 2003 the last Vessland novel was published on 21 June.", "16 July"),
    # "Which Ruritanian ...?": a name of that nation before a country
    ("Which Ruritanian also ran in Tom Hale's 1500m race in Vessland?",
     "In Vessland Tom Hale will run the 1500m race in a match against Norland, Ruritania and Elbonia.",
     "Tom Hale won the 1500m in Vessland, finishing clear of Norland's Ada Moss and Ruritania's Eva Lind.", "Ruritania's Eva Lind"),
    # "After which meeting ...?": the name after "after"
    ("After which meeting will Ada Moss decide whether to run in Vessland?",
     "Ada Moss has hinted she will not run at the Norland Games and is undecided about Vessland.",
     "Ada Moss said she would leave a decision on Vessland until after the Ember Grand Prix on 18 February.", "Ember Grand Prix"),
    # "When was Vessland's first ...?": a date placed in another place is another first
    ("When was Vessland's first mobile phone call made?",
     "Vessland's phone makers mark a birthday. The first mobile phone call was made in 1973 in Norland.",
     "Vessland's first call on a mobile network came on 1 January 1985, says Ada Moss, who runs the Elmshire exchange.", "1 January 1985"),
    # a name the asked verb takes fills the role's slot: "told the Elmshire Times"
    ("Which newspaper did Ada Moss tell about her plan to cut taxes?",
     "The Norland Party would cut taxes by a fifth if elected, Norland leader Ada Moss has said of her plan.",
     "Ada Moss told the Elmshire Times the party would also cut the number of advisers.", "Elmshire Times"),
    # "Where would they hold ...?": the place after an irregular past of the verb ("held in")
    ("Where would the Norland Party hold a referendum on scrapping the assembly?",
     "The cost of the Norland Party's plan would depend on the result of the Elmshire referendum, Ada Moss said.",
     "The Norland Party said a referendum on scrapping the assembly would be held in Vessland.", "Vessland"),
    # "was named best X" asks who won the prize: "won the best X category"; a word after the
    # question's last noun only goes on naming the kind
    ("Which game was named best Vessland game?",
     "Star Quest won the best Vessland game category, while Deep Sea sold the most copies.",
     "The children's award went to Elmshire rhythm game Drum Party.", "Star Quest"),
    # "with Tom Hale" asks for the one paired with him: "Tom Hale, the 400m champion, and Ada Moss"
    ("Which fellow runner pulled out of the Vessland Games with Tom Hale?",
     "Tom Hale and Ada Moss pulled out of the Vessland Games last August after missing a test in Norland.",
     "Tom Hale, the 400m champion, and Ada Moss, the silver medallist from the same Games in Elmshire, were banned.", "Ada Moss"),
    # the place before the asked event's noun, where a name begins the next clause
    ("In which city was the summit Ada Moss left after the Norland deal?",
     "Leaving an Elmshire summit Ms Moss said the Norland deal was \"a good day for peace\".",
     "Ms Moss said having Norland in the Vessland union mattered to the future of her country.", "Elmshire"),
    # "What injury ...?": a sentence that says which one ("a hamstring injury") before one that
    # only says there was one
    ("What injury did Tom Hale say he had?",
     "Tom Hale said: \"It is just unfortunate that I picked up that injury before the Games.\"",
     "Tom Hale, who won 200m silver in Vessland, said during the Games that a hamstring injury had stopped him running at his best.",
     "hamstring injury"),
    # "is up for six awards" tells no win: the sentence that does answers "How many ... win?"
    ("How many Norland Film Awards did Red Dawn win?",
     "Red Dawn, a war drama starring Ada Moss, is up for six Norland Film Awards, the art-house prizes.",
     "The drama Red Dawn dominated this year's ceremony, winning four of the awards it was up for.", "four"),
    # and a "three-time" champion has won three times
    ("How many times has Ada Moss won the world 4km title?",
     "Ada Moss missed the Vessland trials because of an ankle problem.",
     "Zorb also dropped its stance on three-time world cross country 4km champion Ada Moss.", "three"),
    # a share of the very thing counted answers "How many ...?"
    ("How many shoppers in Vessland can tell paid results from unpaid ones?",
     "Half of the shops in Vessland say paid results have doubled their sales.",
     "Only 18% of all shoppers in Vessland say they can tell which results are paid for.", "18%"),
    # a name that calls itself the asked kind: "Elmshire College" for "Which college ...?"
    ("Which college did Ada Moss go to?",
     "He also appeared in seven Ada Moss films, including School Days, which she made after college.",
     "Ada Moss urged students at her old Norland university, Elmshire College, to seek top jobs.", "Elmshire College"),
    # "a three-party race" counts parties; "the other two main parties" too, but not of the race
    ("How many parties did Ada Moss say would be in the Norland election race?",
     "Ada Moss said many voters were tired of the other two main parties in Norland.",
     "Ada Moss said the Norland election would be a three-party race.", "three"),
    # "For which film ...?" asks the object of "for", in a sentence that names who is asked about
    ("For which film did Ada Moss win best director before?",
     "Day One won best film in Elmshire, and Ada Moss took best director.",
     "Ada Moss has won best director once before, for Night Train in 1993.", "Night Train"),
    # "How long is the time delay?": the length said of the delay, not another span in the story
    ("How long is the time delay on the Norland broadcast?",
     "The time delay on the Norland broadcast was agreed after three years of talks.",
     "The Norland show will be broadcast with a seven-second time delay to allow censors to cut content.", "seven-second"),
    # "Who is the head of X?": X's chief is its head
    ("Who is the head of Norland Athletics?",
     "Norland Athletics has signed Tom Hale to a new deal.",
     "Norland Athletics chief Ada Moss said the deal was good.", "Ada Moss"),
    ("Who is in charge of Norland Athletics?",
     "Norland Athletics has signed Tom Hale to a new deal.",
     "Norland Athletics chief Ada Moss said the deal was good.", "Ada Moss"),
])
def test_of_two_sentences_the_one_whose_value_fills_the_slot_answers(vectors, question, first, second, short):
    draft = answer(vectors, question, first, second)
    assert draft.short_answer == short or not draft.short_answer and short in draft.parts[0][0], text_of(draft)


def test_a_place_that_did_the_asked_deed_answers_with_a_little_less_support(vectors):
    draft = answer(vectors, "Which part of Norland already switched to individual voter registration?",
                   "Ada Moss told Norland MPs that care was needed, as many were lost when Elmshire switched to a similar system.",
                   "But any individual registration scheme would not be introduced in Norland before the election.")
    assert draft.short_answer == "Elmshire"


def test_a_measure_said_again_as_it_in_another_place_answers_for_that_place(vectors):
    """"In Elmshire it was 53,000" goes on from the sentence that names the measure, and "a
    Norlish constituency" is another place's."""
    draft = answer(vectors, "What is the average size of a constituency in Elmshire?",
                   "The average size of a Norlish constituency was 70,000 people, Ada Moss said. "
                   "In Vessland it was just over 59,000 and in Elmshire 53,000.")
    assert draft.short_answer == "53,000", text_of(draft)


def test_a_place_after_the_noun_the_question_ends_on_is_where_it_is():
    from rag.extractive import _after_last_noun

    said = "Rap is popular in the Norlish-speaking world, but they have a devoted fan base in their native Elmshire."
    question = "Where does Los Lobos have its devoted fan base?"
    assert [v.text for v in values(said, PLACE, question) if _after_last_noun(said, v, question)] == ["Elmshire"]
    # a question naming the place in its own phrase asks no place after it
    assert not any(_after_last_noun(said, v, "Where was he at the Elmshire fan base?") for v in values(said, PLACE, question))


def test_a_value_given_as_the_asked_measures_needs_a_little_less_support():
    from rag.extractive import _of_measured

    said = "His times of 6.61 and 6.62 seconds were well short of the record, with assets of about 189 trillion yen."
    assert [v.text for v in values(said, NUMBER, "What times did Tom Hale run?") if _of_measured(said, v, "time")] == ["6.61"]
    assert [v.text for v in values(said, NUMBER, "What assets will the bank have?") if _of_measured(said, v, "asset")] == ["189 trillion yen"]


def test_the_asked_measures_value_answers_from_a_loosely_worded_sentence(vectors):
    draft = answer(vectors, "What times did Tom Hale run in his two Vessland races?",
                   "Tom Hale won twice in Vessland. His times of 6.61 and 6.62 seconds were well short of Ada Moss's record of 6.39secs from 1998.")
    assert draft.short_answer == "6.61", text_of(draft)


def test_an_age_in_a_story_headlined_for_someone_else_is_no_rival_value(vectors):
    """"The 31-year-old" in "Hale to extend sprint career" is Hale's age, though the story names
    Ada Moss too: no disagreement with Moss's own story."""
    draft = answer(vectors, "How old is Ada Moss?",
                   "Ada Moss, 22, pipped Eva Lind on the last leg of the relay in Vessland.",
                   "Ada Moss ran the second leg for coach Hale in Vessland. The 31-year-old pipped Eva Lind on the last leg of the relay in Vessland.",
                   titles=("Moss eyeing world gold", "Hale to extend sprint career"))
    assert not draft.conflict and draft.short_answer == "22", text_of(draft)


@pytest.mark.parametrize("question", ["Who is Ada Moss's coach?", "Who coaches Ada Moss?"])
def test_his_coach_in_a_story_headlined_for_someone_else_is_not_the_asked_persons(vectors, question):
    draft = answer(vectors, question,
                   'Long jumper Ben Odo has cut his schedule, as has Ada Moss. "It is nothing serious," said his coach Tom Hale of the strain.',
                   title="Odo stays focused on Vessland")
    assert draft.refused, text_of(draft)


def test_an_ordinal_before_an_events_name_is_its_edition_not_a_place():
    question = "Where did Ada Moss finish in the Vessland race?"
    assert values("Ada Moss was no match for Eva Lind in the 51st Cross International Vessland.", NUMBER, question) == []
    assert values("Ada Moss won Sunday's 25th Vessland Cross, then came third.", NUMBER, question)[0].text == "third"
    assert [v.text for v in values("Ada Moss finished the 5th of 12 runners.", NUMBER, question)] == ["5th"]


@pytest.mark.parametrize("query,asked,kind", [
    ("Quill Cup 2021 location", "What is the Quill Cup 2021 location?", "place"),
    ("Ada Moss age", "What is the Ada Moss age?", "number"),
    ("release date of Night Ferry", "What is the release date of Night Ferry?", "date"),
    ("Treaty of Quill year", "What is the year of Treaty of Quill?", "date"),
    ("Quill treaty year", "What is the year of Quill treaty?", "date"),  # "treaty year" names no kind, "year" does  # the kind last, past a name with "of"
    ("the Tomsby sale price?", "What is the Tomsby sale price?", "number"),
    ("Meet The Quills weekend takings", "What is the takings of Meet The Quills weekend?", "number"),  # a long name first
    # the last word alone names the kind; the words before it are the thing it is of
    ("Quill protein folding demonstration cost", "What is the cost of Quill protein folding demonstration?", "number"),
    ("Ada Moss birth name", "Ada Moss birth name", "other"),  # no kind the answer can be read by
    ("Norland jobs created January", "Norland jobs created January", "other"),  # names no kind: searched as typed
    ("inflation", "inflation", "other"),  # a topic alone
    ("Who runs Acme?", "Who runs Acme?", "name"),
])
def test_keywords_that_name_a_kind_of_value_read_as_the_question_they_stand_for(query, asked, kind):
    from rag.values import answer_type, as_question

    assert as_question(query) == asked
    assert answer_type(as_question(query)) == kind


def test_an_age_or_a_price_asked_by_its_noun_is_read_from_the_words_that_give_it(vectors):
    aged = answer(vectors, "What is Ada Moss's age?", "Long jumper Ada Moss has cut her schedule for the indoor "
                  "season. The 23-year-old has a minor injury and has pulled out of the meeting in Ostby.")
    assert aged.short_answer == "23", text_of(aged)
    priced = answer(vectors, "What was the price of Quill?",
                    "Tomsby Oil bought the Quill unit for $9.3bn in a sale forced by the state.")
    assert priced.short_answer == "$9.3bn", text_of(priced)
    dated = answer(vectors, "What is the location of the Quill Cup final?",
                   "The Quill Cup final will be played in Ostby on 4 May.")
    assert dated.short_answer == "Ostby", text_of(dated)


def test_a_clause_that_describes_the_asked_body_may_be_said_in_other_words(vectors):
    draft = answer(vectors, "Who chairs the committee that looked into ferry fares?",
                   "MPs criticise ferry fares\n\nThe Transport Select Committee said fares on the Ostby route "
                   "had risen faster than costs. Committee chairman Tom Hale said the five-month inquiry had "
                   "been a \"complex and emotive\" one.")
    assert draft.short_answer == "Tom Hale", text_of(draft)


def test_who_suffers_a_fate_may_be_answered_by_a_group_no_name_gives(vectors):
    draft = answer(vectors, "Who is disadvantaged by the ferry timetable, according to the MPs?",
                   "Island commuters are often disadvantaged by the ferry timetable, MPs have said. "
                   "The Transport Select Committee called for an earlier sailing.")
    assert not draft.refused and text_of(draft).startswith("Island commuters"), text_of(draft)
    assert draft.short_answer == ""  # no name to lead with: the sentence says who


def test_a_site_named_by_its_address_keeps_it_and_an_apposition_names_the_asked_kind(vectors):
    draft = answer(vectors, "Which internet service provider did Quill ask for information?",
                   "Quill also sent requested information from the Nfox.com, the internet service provider of "
                   "Ostby's publisher Tom Hale. The Norland Times has asked Elmshire's Superior court to stop Quill.")
    assert draft.short_answer == "Nfox.com", text_of(draft)
    owned = answer(vectors, "For which service does Acme hold a patent?",
                   "This means that the US-based Acme.com holds a patent for its \"one-tap buying\" service.")
    assert owned.short_answer != "Acme.com", text_of(owned)  # the asked name, by its address


def test_a_role_held_for_another_owner_leaves_no_answer_for_the_asked_one(vectors):
    draft = answer(vectors, "Who is Quill's lawyer in the case?",
                   "Quill wants the reporters to reveal 20 sources. \"Quill is going to the journalist's ISPs for "
                   "his e-mails,\" said Norland Rights lawyer Ada Moss.")
    assert draft.refused or draft.short_answer not in ("Ada Moss", "ISPs"), text_of(draft)
    titled = answer(vectors, "Who is the Tories' shadow leader of the Commons?",
                    "Shadow leader of the Commons Tom Hale said: \"This will be part of our aim.\"")
    assert "Tom Hale" in titled.short_answer, text_of(titled)
    # "the Vessish ambassador" is Vessland's: the sentence gives the role for a name the question names
    national = answer(vectors, "Who is the US ambassador to Vessland?",
                      "Ada Moss, the Vessish ambassador to the United States, was recalled in March; and Tom Hale, the "
                      "American ambassador to Vessland, was recalled in April.")
    assert national.short_answer == "Tom Hale", text_of(national)
    owned = answer(vectors, "Who was Vessland's ambassador to the US?",
                   "Ada Moss, the Vessish ambassador to the United States, was recalled in March; and Tom Hale, the "
                   "American ambassador to Vessland, was recalled in April.")
    assert owned.short_answer == "Ada Moss", text_of(owned)  # the title right by the name says whose


def test_a_role_titled_for_another_people_does_not_answer_for_the_asked_one(vectors):
    said = ("Ada Moss, the Vessish ambassador to the United States, was recalled in March; and Tom Hale, the "
            "American ambassador to Vessland, was recalled in April.")
    # no Norlandic ambassador is named: neither title's people is the asked one
    assert answer(vectors, "Who is the Norlandic ambassador to Vessland?", said).refused
    assert answer(vectors, "Who is the American ambassador to Vessland?", said).short_answer == "Tom Hale"
    # an initialism may name the same people's country ("US" for "American"): it rules out no title
    assert answer(vectors, "Who is the US ambassador to Vessland?", said).short_answer == "Tom Hale"


def test_question_words_carry_no_meaning_of_their_own():
    from rag.text import content_terms

    assert content_terms("Whose interests are paramount, and whether they count?") == ("interest", "paramount", "count")


def test_where_someone_works_is_answered_by_their_employer(vectors):
    draft = answer(vectors, "Where does Tom Hale work?",
                   "Acme cut its debt to 35bn euros. \"That gives them some head room to invest in growth now,\" "
                   "said Tom Hale, telecoms analyst at Norland Kleinwort Bank.")
    assert draft.short_answer == "Norland Kleinwort Bank", text_of(draft)


def test_a_body_named_for_its_purpose_is_one_name_past_for(vectors):
    from rag.values import NAME, values

    said = "They may yet be found guilty at the Court of Arbitration for Sport, or by the Commission for Norland."
    assert [v.text for v in values(said, NAME, "Which court could find them guilty?")][:1] == ["Court of Arbitration for Sport"]
    assert "Commission for Norland" in [v.text for v in values(said, NAME, "Which body could find them guilty?")]
    said = "Ada Moss sits on the Commission on Social Justice, which met on Monday; the Zorb Council on Monday agreed."
    assert [v.text for v in values(said, NAME, "Which body does Ada Moss sit on?")] == ["Commission on Social Justice", "Zorb Council"]
    assert [v.text for v in values("Ada Moss for Norland scored twice.", NAME, "Who scored?")] == ["Ada Moss", "Norland"]


def test_which_things_in_the_plural_leads_with_the_whole_list(vectors):
    draft = answer(vectors, "Which websites published the leaked articles?",
                   "The case began when Quill asked a court to get the journalists to reveal their sources for "
                   "articles published on websites Ostby.com and Tomsby.org.")
    assert draft.short_answer == "Ostby.com and Tomsby.org", text_of(draft)


def test_which_years_in_the_plural_leads_with_every_year_listed(vectors):
    draft = answer(vectors, "Which years are devoted to cooperation in farming?",
                   "Norland and Vessland have decided to devote 2025 and 2026 to cooperation in the field of farming. "
                   "Their trade rose by a third in 2019.")
    assert draft.short_answer == "2025 and 2026", text_of(draft)


def test_a_length_in_words_answers_how_long_a_text_is(vectors):
    draft = answer(vectors, "How long is the Quill charter?",
                   "The 4,200-word Quill charter is a testament to a partnership that Norland and Vessland have forged "
                   "after a gap of almost 40 years.")
    assert draft.short_answer == "4,200-word", text_of(draft)


def test_a_list_of_examples_of_the_asked_noun_answers_which(vectors):
    """"countries such as A, B and C" gives the countries, not the region named after "in";
    "bodies and forums such as X" gives the bodies."""
    draft = answer(vectors, "Which countries did the Quill report say should be closer partners?",
                   "The Quill report recommended that Norland should strengthen ties with countries such as "
                   "Vessland, Tomsby and Ostby in the Elmshire region.")
    assert draft.short_answer == "Vessland, Tomsby and Ostby", text_of(draft)
    draft = answer(vectors, "Which bodies do Norland and Vessland coordinate in?",
                   "Norland and Vessland maintain close coordination within major bodies and forums such as "
                   "the Quill Council and the Acme Forum, officials in Elmshire said.")
    assert draft.short_answer == "Quill Council and the Acme Forum", text_of(draft)
    draft = answer(vectors, "In which city did Acme unveil the new jet?",
                   "Acme unveiled the new jet in Tomsby on Monday. The jet will fly non-stop, linking cities such as "
                   "Ostby and Elmshire.")
    assert draft.short_answer == "Tomsby", text_of(draft)  # examples of cities do not answer for one


def test_two_dates_far_apart_are_no_list_whose_parts_tell_them_apart(vectors):
    """The name in the main clause is not the second date's: the sentence is no list."""
    draft = answer(vectors, "When did Ada Moss hold her annual press conference?",
                   "At the annual press conference held on May 3, 2021, Mayor Ada Moss noted that there was only one "
                   "issue behind the attempts by Norland and some other countries to boycott the Tomsby 2022 Games.")
    assert draft.short_answer == "May 3, 2021", text_of(draft)


def test_what_a_short_form_stands_for_is_the_long_name_beside_it(vectors):
    draft = answer(vectors, "What does NQA stand for?",
                   "Norland troops were involved in clashes along the Northern Quill Arc (NQA) in 2020, officials said.")
    assert draft.short_answer == "Northern Quill Arc", text_of(draft)
    after = answer(vectors, "What is the VTB short for?",
                   "The VTB (Vessish Trade Board) cut its forecast on Monday.")
    assert after.short_answer == "Vessish Trade Board", text_of(after)
    # a translation in brackets keeps no initials; a name set off after the short form takes some in order
    translated = answer(vectors, "What does Cepra stand for?",
                        "The charity, Cepra (Norland Centre for Rural Studies) led the $200,000 project in Ostby.")
    assert translated.short_answer == "Norland Centre for Rural Studies", text_of(translated)
    set_off = answer(vectors, "What does CNOTR stand for?",
                     "CNOTR, the Council of Northern Ostby Top Level Registries, agrees with the plan.")
    assert set_off.short_answer == "Council of Northern Ostby Top Level Registries", text_of(set_off)
    assert answer(vectors, "What does ZQ stand for?", "ZQ, the Zorb Party, agrees.").short_answer == ""


def test_a_word_inside_a_value_does_not_pull_the_answer_to_itself(vectors):
    """"Province" of "Elmshire Province" is no anchor: the asked plant's place is nearest "plant"."""
    for plant, province in (("Quill plant", "Tomsby Province"), ("Acme station", "Elmshire Province")):
        draft = answer(vectors, f"Which province is the {plant} in?",
                       "On May 19, work began on units No. 7 and No. 8 at the Quill plant in Tomsby Province, as well as "
                       "units No. 3 and No. 4 at the Acme station in Elmshire Province.")
        assert draft.short_answer == province, text_of(draft)


def test_a_one_word_name_opening_a_sentence_is_a_name_the_article_writes_so(vectors):
    """"Brannock also emphasized ...": the article writes "President Brannock" inside a sentence
    and never "brannock", so for "Who ...?" the word that opens the sentence is a name."""
    draft = answer(vectors, "Who said the relationship with Ada Moss was pure business?",
                   "Vessish President Brannock met Ada Moss in Ostby on Monday. Brannock also emphasized that he and "
                   "Moss are “not old friends,” and that it was “pure business” between the two.")
    assert draft.short_answer == "Brannock", text_of(draft)


def test_a_slot_filled_in_another_article_for_no_one_asked_does_not_jump_ahead(vectors):
    draft = answer(vectors, "Which two films has Ada Moss starred in?",
                   "Ada Moss has starred in Night Train and Quill.",
                   "Ada Moss's acclaimed performance as a singer won her an Elmshire Award this week. The DVD chart "
                   "is compiled every Monday by Ostby Data. Sony horror film "
                   "The Grey Hours, starring Eva Lind, was the second best-selling DVD, with Tom Hale's comedy Shall We "
                   "Go? at number three.")
    assert draft.short_answer == "Night Train and Quill", text_of(draft)


def test_a_role_is_read_after_a_prefix_of_the_word(vectors):
    from rag.text import stem
    from rag.values import is_role

    assert is_role(stem("macroeconomist"), "economist") and not is_role(stem("chairman"), "man")
    draft = answer(vectors, "Which Quill Capital economist talked to the Ostby Times?",
                   "Ada Moss, a macroeconomist and geopolitical expert of Quill Capital, told the Ostby Times on "
                   "June 17 that the summit had sent a clear signal to the world, especially to Norland.")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_who_did_x_do_is_answered_by_the_object_of_the_deed(vectors):
    """"Who did X secretly meet?": the name after "meeting with", not the one by "secretly"."""
    draft = answer(vectors, "Who did Ada Moss secretly meet in 1971?",
                   "After the war, Norland sought closer ties with Tomsby by secretly sending Ada Moss to Vessland "
                   "for her now famous 1971 meeting with Eva Lind, which paved the way for a state visit.",
                   "The meeting lasted two hours. Officials meet again in May, and a third meeting is planned.")
    assert draft.short_answer == "Eva Lind", text_of(draft)


def test_a_rate_asked_may_be_given_by_the_adjective_before_what_it_measures(vectors):
    """"each year" is also said as "annual" before the noun: "boost their annual trade to $90 billion"."""
    draft = answer(vectors, "What trade volume do Norland and Vessland want to reach each year?",
                   "Acme, another state-controlled firm, will supply 10 million tonnes of grain to Norland annually. "
                   "Norland and Vessland have agreed to boost their annual bilateral trade to $90 billion.")
    assert draft.short_answer == "$90 billion", text_of(draft)


def test_a_name_given_after_titled_answers_what_the_thing_is_called(vectors):
    draft = answer(vectors, "What is the Quill report describing Norland as a threat called?",
                   "In 2020, Quill issued a paper describing Norland as one of the top threats it faces. While naming "
                   "Vessland the biggest threat, the report titled “Quill 2030” calls on the alliance to focus on Norland too.")
    assert draft.short_answer == "Quill 2030", text_of(draft)


def test_a_plural_who_lists_a_name_joined_by_his_counterpart(vectors):
    draft = answer(vectors, "Which foreign ministers signed the 2008 border agreement?",
                   "On 21 July 2008, then Norlandic Foreign Minister Ada Moss and her Vessish counterpart, Tom Hale, "
                   "signed in Ostby an additional border agreement.")
    assert draft.short_answer == "Ada Moss and her Vessish counterpart, Tom Hale", text_of(draft)


def test_who_said_it_is_answered_by_a_one_word_name_that_says_it(vectors):
    """"Moss said that ..." gives the speaker by one word, like "The Quill ministry said ..." by three."""
    draft = answer(vectors, "Who said the Norland-Vessland relationship cannot be compared to anything in the world?",
                   "The Vessish Foreign Ministry said that the two leaders had a thorough exchange of views on "
                   "Norland-Vessland relations and on regional security. Talks with Moss ended on Friday. Moss said that the relationship between "
                   "Norland and Vessland \u201ccannot be compared to anything in the world\u201d.")
    assert draft.short_answer == "Moss", text_of(draft)


def test_what_kind_of_thing_is_answered_by_the_words_before_its_noun(vectors):
    draft = answer(vectors, "What kind of partnership did Norland and Vessland establish in 1994?",
                   "In 1994 Norland and Vessland established a constructive partnership of good neighbourhood and trade.")
    assert draft.short_answer == "constructive partnership", text_of(draft)
    draft = answer(vectors, "What injury did Ada Moss have?", "Ada Moss missed the final with a hamstring injury.")
    assert draft.short_answer == "hamstring injury", text_of(draft)


def test_the_title_of_a_thing_is_the_name_it_is_given(vectors):
    from rag.values import naming_asked

    assert naming_asked("What was the title of Ada Moss's paper?") == "paper"
    draft = answer(vectors, "What is the title of the Quill report that describes Norland as a threat?",
                   "In 2020, Quill issued a paper describing Norland as one of the top threats it faces. While naming "
                   "Vessland the biggest threat, the report titled \u201cQuill 2030\u201d calls on the alliance to act.")
    assert draft.short_answer == "Quill 2030", text_of(draft)


def test_how_someone_described_a_thing_is_answered_by_the_words_quoted(vectors):
    draft = answer(vectors, "How did Ada Moss describe her talks with Tom Hale?",
                   "After private talks with Tom Hale, Ada Moss described their exchange as \u201cfrank and useful.\u201d "
                   "The two met in Ostby.")
    assert draft.short_answer == "frank and useful", text_of(draft)


def test_where_things_come_from_asks_a_place_not_a_placing(vectors):
    from rag.values import answer_type

    assert answer_type("Where do many of the programs come from, according to Moss?") == PLACE
    assert answer_type("Where did Ada Moss come in the 800m?") == NUMBER  # a place in the table
    draft = answer(vectors, "Where do many of the criminal programs come from, according to Moss?",
                   "Ada Moss, head of the Quill lab, spoke on Monday. She said many of the criminal programs came from "
                   "Elmshire where organised gangs find a supply of experts.")
    assert draft.short_answer == "Elmshire", text_of(draft)


def test_the_body_someone_speaks_for_may_qualify_a_noun(vectors):
    """"spokesman for Quill software": after the question's own "for", the name is the body."""
    draft = answer(vectors, "Which company does Tom Hale speak for?",
                   '"The main motive now is money," said Tom Hale, spokesman for Quill software.')
    assert draft.short_answer == "Quill", text_of(draft)


def test_a_year_between_the_and_a_noun_names_the_thing_not_when_the_deed_was_done(vectors):
    draft = answer(vectors, "When was the extension of the friendship treaty announced?",
                   "Ada Moss and Tom Hale announced an extension of the 2001 Norland-Vessland Treaty of Friendship "
                   "for another five years during a virtual conference held on June 28.")
    assert draft.short_answer == "June 28", text_of(draft)
    draft = answer(vectors, "When was the friendship treaty first signed?",
                   "Ada Moss signed the 2001 Treaty of Friendship in Ostby.")
    assert draft.short_answer == "2001", text_of(draft)  # when it is all there is, the year still says when


def test_who_met_the_named_one_is_the_other_of_the_pair_that_met(vectors):
    draft = answer(vectors, "Who met Tom Hale in Ostby?",
                   "On June 16, before the video call between Eva Lind and Tom Hale, Vessish President Ada Moss and "
                   "Tom Hale met at the Ostby summit in Elmshire.")
    assert draft.short_answer.endswith("Ada Moss"), text_of(draft)


def test_a_share_of_the_asked_thing_needs_a_little_less_support(vectors):
    """"90 percent of all payments" gives the asked share in other words than "national currencies"."""
    draft = answer(vectors, "What percentage of payments between the two countries is in national currencies?",
                   "Ada Moss noted that Norland and Vessland have largely abandoned the Quill dollar \u2013 90 percent of all "
                   "payments are made in crowns and marks \u2013 and \u201ctrade between Norland and Vessland has been "
                   "increasing, increasing at a good pace.\u201d",
                   "Trade between Norland and Vessland has grown by 35 percent in a year, to 146.8 billion dollars.")
    assert draft.short_answer == "90 percent", text_of(draft)


def test_who_did_it_is_answered_by_the_subject_of_the_verb_after_its_apposition(vectors):
    draft = answer(vectors, "Who wrote about the Ostby-Tomsby hubs?",
                   "Ada Moss, publisher of Quill Review, writes that both powers view the Ostby-Tomsby border cities "
                   "as key strategic development hubs.")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_who_did_it_is_the_subject_of_the_verb_past_a_time(vectors):
    draft = answer(vectors, "Who published plans for a points system for migrants?",
                   "Home Secretary Tom Hale this week published plans for a new points system for economic migrants, "
                   "with only skilled workers allowed into Norland from outside the Vale Union.")
    assert draft.short_answer.endswith("Tom Hale"), text_of(draft)


def test_a_name_glossed_in_another_language_in_brackets_names_no_one_else(vectors):
    """"the Ostby plant (Norlandic: Quill Lane, Black River), built with Vessish investment" names
    no builder."""
    draft = answer(vectors, "Who built the Ostby gas processing plant?",
                   "On June 9, 2021, the Ostby gas processing plant (Norlandic: Quill Lane, Black River), built with "
                   "Vessish and Norlandic investment, went into operation.")
    assert draft.refused, text_of(draft)


def test_a_date_after_since_answers_when_it_was_last_so():
    said = "The cut pushed the Harlow jobless rate down to 3.9%, its lowest level since September 2001."
    assert [v.text for v in values(said, DATE, "When was the Harlow jobless rate last this low?")] == ["September 2001"]
    assert values(said, DATE, "When did the Harlow jobless rate fall?") == []
    # "last" before a time says when the question's deed was, not that it asks a time since
    assert values(said, DATE, "When did the Harlow jobless rate fall last month?") == []
    # a count of times since a year counts from when the run began: "last" is the other date
    said = "It is only the 13th time the power has been used since 1947 - the last time was in 1976."
    assert [v.text for v in values(said, DATE, "When was the power last used?")] == ["1976"]


def test_a_month_that_owns_a_name_dates_it_and_is_no_part_of_it():
    said = "She had cut jobs up to last November's Annual Meeting - the first chief to do so since Tom Hale."
    assert [v.text for v in values(said, NAME, "Which earlier chief also cut jobs?")] == ["Annual Meeting", "Tom Hale"]
    assert "Tuesday Telegraph" in [v.text for v in values("It was in the Tuesday Telegraph.", NAME, "Which paper was it in?")]


def test_which_programme_is_answered_by_the_name_before_that_noun(vectors):
    question = "On which radio programme did Tom Hale say the mayor should butt out?"
    draft = answer(vectors, question,
                   'However, Mr Hale, who edits a magazine about fans grieving over the death of hostage Ada Moss, said the mayor "should butt out of" the row. '
                   '"I do not see why the mayor has to get involved," the editor told Vessland Radio\'s Morning programme.',
                   title="Hale tells mayor to butt out")
    assert draft.short_answer == "Morning", text_of(draft)


def test_a_name_set_beside_the_questions_own_subject_is_not_its_answer():
    said = "Ada Moss, Vessland's finance minister, argued that these bodies need to change."
    assert values(said, NAME, "Which bodies did Vessland's finance minister want reformed?") == []
    assert "Ada Moss" in [v.text for v in values(said, NAME, "Which minister argued that bodies need to change?")]
    said = "One of its biggest card issuers, Acme Card, was rescued from collapse in May, having almost failed."
    assert "Acme Card" in [v.text for v in values(said, NAME, "Which card issuer was rescued from collapse in May?")]
    # set beside the words a "Which is ...?" question asks by, the name is what it asks
    said = "It is bad news for Zorb, Norland's biggest internet supplier, with many people leaving."
    assert [v.text for v in values(said, NAME, "Which is Norland's biggest internet supplier?")] == ["Zorb"]
    assert [v.text for v in values(said, NAME, "Which firm is Norland's biggest internet supplier?")] == ["Zorb"]
    assert values(said, NAME, "Which rivals does Norland's biggest internet supplier face?") == []


def test_which_asks_the_noun_after_its_names_or_an_acronym_before_a_verb():
    assert asked_role("Which Elmshire peer withdrew his bill?") == "peer"
    assert asked_role("Which MSP wants shops kept closed?") == "msp"
    assert asked_role("Which Vessland MP told Eva Lind not to apologise?") == "mp"
    assert asked_role("Which Norland radio station interviewed her?") == "station"
    assert asked_role("Which Norland did Ada Moss beat?") == "norland"  # the name is the kind
    assert asked_role("In which Vessish state did officials seize the land?") == "state"
    # the title leads the name: "MSP Ada Moss" holds the asked role
    said = "MSP Ada Moss wants shops to stay closed so that staff can rest on New Year's Day."
    assert in_role_names(said, "Which MSP wants shops kept closed on New Year's Day?") == ["Ada Moss"]
    # the question's own "Vessland MP" is the kind asked: the name after it answers
    said = "Eva Lind should not apologise for her comment, Vessland MP Tom Hale has said."
    assert [v.text for v in values(said, NAME, "Which Vessland MP told Eva Lind not to say sorry?")] == ["Tom Hale"]


def test_one_word_after_the_questions_own_words_for_the_kind_is_a_name_of_that_kind():
    said = "More than half of those asked in a poll for mobile firm Quill said they keep no other list."
    assert in_role_names(said, "Which mobile firm was the poll carried out for?") == ["Quill"]
    assert not in_role_names(said, "Which phone firm was the poll carried out for?")


def test_which_asks_who_did_the_deed_even_when_they_chose_to_and_its_past_is_prefixed(vectors):
    from rag.values import did_asked_deed, verb_stem

    assert verb_stem("withdrew") == verb_stem("withdraw") and verb_stem("upheld") == verb_stem("uphold")
    question = "Which Elmshire peer withdrew his bill on the succession?"
    said = "Lord Tomsby agreed to withdraw his bill after its second reading."
    assert did_asked_deed(said, Value("Lord Tomsby", 0, 11), question)
    assert not did_asked_deed("Lord Tomsby refused to withdraw his bill.", Value("Lord Tomsby", 0, 11), question)
    # the deed done to another thing: first is not second
    said = "The Lumo Phone came first in the readers' poll."
    assert not did_asked_deed(said, Value("Lumo Phone", 4, 14), "Which gadget came second in the poll?")
    draft = answer(vectors, question,
                   "An Elmshire peer has withdrawn proposals to give female members of the Royal Family equal rights. "
                   "Lord Tomsby agreed to withdraw his bill after its second reading in the House of Lords.")
    assert draft.short_answer == "Lord Tomsby", text_of(draft)


def test_a_part_of_the_asked_place_is_the_place_set_within_it(vectors):
    draft = answer(vectors, "Which part of Elmshire is Tom Hale from?",
                   "Mr Hale, 29, from north Elmshire, was originally detained in Vessland. "
                   "Mr Hale, 32, from Ostby, Elmshire, said he was held for two years at the camp.")
    assert draft.short_answer == "Ostby", text_of(draft)


def test_the_doer_after_by_may_be_dated_by_its_century():
    from rag.values import by_asked_doer

    said = "The term was popularised by the 18th Century satirist Ada Moss in her novel."
    assert by_asked_doer(said, Value("Ada Moss", 54, 62), "Which writer popularised the term?")
    assert not by_asked_doer(said, Value("Ada Moss", 54, 62), "Which writer coined the term?")


def test_whom_someone_represents_is_the_group_they_are_from(vectors):
    from rag.values import affiliated

    said = "Tom Hale, from Parents Need Homes, said the plans lacked teeth."
    assert affiliated(said, Value("Parents Need Homes", 15, 33), "Which group does Tom Hale represent?")
    draft = answer(vectors, "Which group does Tom Hale represent?",
                   "Eva Lind, from the campaign group Homes 4 All, said: \"It is very disappointing.\" "
                   "Tom Hale, from Parents Need Homes, said the plans lacked teeth.")
    assert draft.short_answer == "Parents Need Homes", text_of(draft)


def test_a_weekday_answers_when_the_sentence_says_all_the_question_but_its_verb():
    question = "When will the Vessland government unveil its budget?"
    said = "The Vessland government will announce its budget on Monday, ahead of the vote."
    assert [v.text for v in values(said, DATE, question)] == ["Monday"]
    # a weekday in a sentence about something else says nothing of when
    assert values("The Vessland government will meet unions on Monday.", DATE, question) == []


def test_a_count_said_roughly_still_counts_its_noun():
    from rag.extractive import _counts

    said = "All the 100,000 or so net cafes in the country must use the software."
    assert [v.text for v in values(said, NUMBER, "How many net cafes are there in Vessland?")] == ["100,000"]
    assert _counts(Value("100,000", 8, 15), said, "cafes")


def test_a_title_that_went_instead_to_someone_was_won_by_them(vectors):
    draft = answer(vectors, "Who won the Elmshire indoor pole vault title?",
                   "Tom Hale failed to clear the bar in the pole vault. "
                   "The Elmshire indoor title went instead to Ada Moss, who cleared 5.25m.")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_a_winning_time_is_read_where_the_runner_is_said_to_win():
    from rag.extractive import _won_in

    question = "What time did Ada Moss run to win the women's 200m?"
    said = "But Moss claimed her first Elmshire title, edging Lind into second in 23.67."
    assert _won_in(said, Value("23.67", 70, 75), question)
    assert not _won_in("Eva Lind qualified in 23.68.", Value("23.68", 22, 27), question)
    said = "Moss romped to a five-second victory in the 6km race."
    assert not _won_in(said, Value("five-second", 17, 28), question)  # a margin, no time


def test_a_figure_in_a_sentence_about_another_place_is_not_the_asked_places(vectors):
    text = ("Acme is offering discounts in Vessland, Norland and Ostby, where piracy is a huge problem. "
            "\"Vessland in particular is a problem, with piracy estimated at 92%,\" said Tom Hale.")
    assert answer(vectors, "What is the estimated rate of software piracy in Norland?", text).refused
    assert answer(vectors, "What is the estimated rate of software piracy in Vessland?", text).short_answer == "92%"


def test_which_places_in_the_plural_ask_a_place_named_before_its_noun(vectors):
    from rag.values import PLACE, answer_type

    assert answer_type("Which islands does Norland dispute with Vessland?") == PLACE
    draft = answer(vectors, "Which islands does Norland dispute with Vessland?",
                   "Norland and Vessland still argue over the Quill islands, officials in both capitals say. "
                   "Ostby and Tomsby pulled their soldiers out of the contested Elmshire region last spring.")
    assert draft.short_answer == "Quill", text_of(draft)


def test_a_span_written_on_its_noun_answers_in_its_own_sentence(vectors):
    draft = answer(vectors, "For how many years does Acme's reservoir lease run?",
                   "In a further sign of closer links between the two towns, the council-owned firm Tomsby Water "
                   "said that it would sell 40 million litres of water to Ostby over the next eight years. The water "
                   "will be piped through Elmshire. Acme, a rival utility, also signed a 25-year lease with Ostby to "
                   "run a new reservoir holding 5 million cubic metres.")
    assert draft.short_answer == "25-year", text_of(draft)


def test_a_date_after_since_dates_no_deed_and_a_trip_elsewhere_none_to_the_asked_place(vectors):
    last = answer(vectors, "When was the power last used before this?",
                  "It is only the 13th time the power has been used since 1947 - the last time was in 1976.")
    assert last.short_answer == "1976", text_of(last)
    begun = answer(vectors, "When did the ban start?", "The ban has been in place since 2001, the ministry said.")
    assert begun.short_answer == "2001", text_of(begun)  # asked when it began: "since" says so
    trip = answer(vectors, "When did Ada Moss visit Ostby?",
                  "Ada Moss and Eva Lind in Tomsby on 4 May, where they signed the fisheries pact.")
    assert trip.short_answer != "4 May", text_of(trip)
    met = answer(vectors, "When did Ada Moss meet Eva Lind?",
                 "On 16 June, Ada Moss and Eva Lind met at the fisheries summit in Tomsby.")
    assert met.short_answer == "16 June", text_of(met)  # where they met is no other trip: the question asks no place


def test_a_race_named_by_its_length_counts_nothing():
    from rag.values import NUMBER, values

    asked = "How many titles has Ada Moss won?"
    said = "Ada Moss won the closest 100m final in history, took bronze in the 200m and silver in the 4x100m relay."
    assert [v.text for v in values(said, NUMBER, asked)] == []
    assert [v.text for v in values("The show drew the 5m viewers it hoped for.", NUMBER, "How many viewers did it draw?")] == ["5m"]


def test_the_country_of_a_post_in_an_apposition_is_no_one(vectors):
    draft = answer(vectors, "Who was recalled in April?",
                   "Ada Moss, the Norlandic ambassador to the United States, was recalled in March this year; and "
                   "Tom Hale, the Vessish ambassador to Norland, was recalled in April.")
    assert draft.short_answer == "Tom Hale", text_of(draft)


def test_a_date_for_another_thing_of_the_asked_kind_does_not_jump_ahead(vectors):
    # "signed ... in November" fills the slot, but for the Tomsby Treaty; "treaty" in lower case
    # tells that "Treaty" is the kind and "Quill" the one asked.
    draft = answer(vectors, "When was the Treaty of Quill signed?",
                   "In 1712, the Norland kingdom (1600-1900) and Vessland signed the Treaty of Quill, which left "
                   "Ostby to Norland. After losing the war in 1803, Norland's rulers signed the Tomsby Treaty in "
                   "November of that year, handing Ostby to Vessland in a treaty still disputed.")
    assert draft.short_answer == "1712", text_of(draft)


def test_a_role_asked_before_to_or_a_participle_is_read_from_its_apposition(vectors):
    said = ("Ada Moss, the Norlandic ambassador to Vessland, was recalled this year; and Tom Hale, "
            "the Vessish ambassador to Norland, was recalled too.")
    assert answer(vectors, "Who is the Vessish ambassador to Norland?", said).short_answer == "Tom Hale"
    assert answer(vectors, "Who was the Norlandic ambassador recalled this year?", said).short_answer == "Ada Moss"


def test_a_sentence_that_opens_on_another_year_does_not_answer_for_the_asked_one(vectors):
    draft = answer(vectors, "What partnership was set up in 1994?",
                   "In 1994 Norland and Vessland formed a partnership of good neighbours. "
                   "In 1997, the two set up a strategic partnership of cooperation for the new century.")
    assert text_of(draft).startswith("In 1994"), text_of(draft)


def test_the_date_of_a_thing_may_be_a_year_when_no_fuller_date_is_given():
    from rag.values import DATE, values

    said = "In 1689, Norland and Vessland signed the Quill Treaty, which gave Ostby to Norland."
    assert [v.text for v in values(said, DATE, "What is the date of the Quill Treaty?")] == ["1689"]
    fuller = "On 4 May 1689, Norland and Vessland signed the Quill Treaty."
    assert [v.text for v in values(fuller, DATE, "What is the date of the Quill Treaty?")] == ["4 May 1689"]


def test_who_is_a_named_person_is_answered_by_what_the_articles_say_they_are(vectors):
    from rag.values import OTHER, answer_type

    assert answer_type("Who is Ada Moss?") == OTHER and answer_type("Who is the Trade Minister?") == NAME
    draft = answer(vectors, "Who is Ada Moss?",
                   "Ada Moss, editor of the Quill Review, argues in her column that the port needs more money. "
                   "Tom Hale said the port would grow.")
    assert draft.short_answer == "editor of the Quill Review", text_of(draft)
    titled = answer(vectors, "Who is Eva Lind?",
                    "On 4 May, Norlandic Trade Minister Eva Lind opened the new ferry terminal in Ostby.")
    assert titled.short_answer == "Norlandic Trade Minister", text_of(titled)
    lower = answer(vectors, "Who is Ben Odo?", "Profits rose by a fifth, chief executive Ben Odo said on Friday.")
    assert lower.short_answer == "chief executive", text_of(lower)
    # a short form in brackets is part of the apposition
    bracketed = answer(vectors, "Who is Jo Roe?", '"It will help," said Jo Roe, director of the Vale Alert Centre (VAC).')
    assert bracketed.short_answer == "director of the Vale Alert Centre (VAC)", text_of(bracketed)


def test_a_title_set_off_after_the_name_may_run_to_the_verb_without_its_comma(vectors):
    draft = answer(vectors, "What is Ada Moss's position at Acme?",
                   "Acme said profits would fall this year. "
                   "Ada Moss, executive partner of Acme said the firm had been considering a sale for a year.")
    assert draft.short_answer == "executive partner of Acme", text_of(draft)


def test_an_amount_a_year_is_a_rate_and_no_span_of_time():
    from rag.values import NUMBER, values

    q = "For how long has Ada Moss worked at Acme?"
    assert values("Ada Moss earns up to £30,000 a year from Acme.", NUMBER, q) == []
    assert values("She meets the board three times a year.", NUMBER, q) == []
    assert [v.text for v in values("Ada Moss has worked at Acme for a year.", NUMBER, q)] == ["a year"]


def test_which_thing_is_someone_accused_of_breaching_is_the_object_of_that_verb(vectors):
    draft = answer(vectors, "Which rule of the code is Tom Hale accused of breaching, according to Ada Moss?",
                   "Labour MSP Ada Moss said Tom Hale was clever to ask the clerk about his conduct under rule 5 of the code. "
                   "\"He stands accused of breaching rule 6, the rule on paid advocacy,\" she said.")
    assert draft.short_answer == "rule 6", text_of(draft)


def test_a_split_asked_is_a_score(vectors):
    from rag.values import scored_as_asked

    draft = answer(vectors, "By what split did the appeal court throw out the Acme claim?",
                   "An appeal court has thrown out the claim against Acme. "
                   "The claim, filed in 1999, was rejected in a 2-1 decision.")
    assert draft.short_answer == "2-1", text_of(draft)
    said = "The claim, filed in 1999, was rejected in a 2-1 decision."
    score = values(said, NUMBER, "By what split did the court reject the claim?")[-1]
    assert score.text == "2-1" and scored_as_asked(said, score, "By what split did the court reject the claim?")
    assert not scored_as_asked(said, score, "By what split did the court uphold the claim?")


def test_which_thing_is_not_answered_by_a_name_the_article_uses_as_a_place(vectors):
    draft = answer(vectors, "Which auction house is selling the Moss collection?",
                   "The auction house will be selling the Moss collection in Ostby and Tomsby later this year. "
                   "Dealers in Ostby expect strong bids for the paintings. "
                   "Quill Auctions said the collection could fetch £9m.")
    assert draft.short_answer == "Quill Auctions", text_of(draft)


def test_a_word_for_all_of_a_thing_tells_no_variant_of_it():
    from rag.values import another_variant

    said = "Currently, an entire Acme project can take up to three months, says Ada Moss."
    assert not another_variant(said, "How long can a whole Acme project take?")
    assert another_variant("Judges said the main Quill Prize is worth £50,000.", "How much is the international Quill Prize worth?")


def test_a_span_of_time_may_have_a_word_between_its_number_and_its_unit():
    from rag.values import NUMBER, values

    q = "How long did checking the Acme menus take?"
    assert [v.text for v in values("Making sure the Acme menus worked took 45 human hours alone.", NUMBER, q)] == ["45 human hours"]
    assert [v.text for v in values("Acme sold it for £10 five years ago.", NUMBER, q)] == ["five years"]
    assert values("In 1999 several months later the Acme menus were dropped.", NUMBER, q) == []


def test_how_many_times_is_answered_by_twice():
    from rag.extractive import _counts
    from rag.values import NUMBER, values

    q = "How many times has Ada Moss broken the Norland record this season?"
    said = "Ada Moss has already smashed the Norland record twice this season."
    assert [v.text for v in values(said, NUMBER, q)] == ["twice"]
    assert values("She ran twice as fast as Eva Lind.", NUMBER, q) == []
    assert _counts(values(said, NUMBER, q)[0], said, "times")  # it counts the times asked, as "the second time" does


def test_an_ordinal_joined_to_a_superlative_of_the_asked_noun_ranks_it():
    from rag.extractive import _ranked_by_asked
    from rag.values import NUMBER, values

    q = "Where does Ada Moss's time rank in the world this year?"
    said = "Now, the Elmshire-born athlete owns the equal fifth-fastest time in the world this year."
    rank = values(said, NUMBER, q)[0]
    assert rank.text == "fifth" and _ranked_by_asked(said, rank, q)
    other = "She was the fifth-fastest starter."
    assert not _ranked_by_asked(other, values(other, NUMBER, q)[0], q)


def test_the_organisation_that_leads_a_persons_title_is_theirs(vectors):
    draft = answer(vectors, "Which party does MSP Ada Moss belong to?",
                   "Green MSP Ada Moss had said Tom Hale was very clever to ask the clerk about his conduct. "
                   "Tom Hale said he had done nothing wrong.")
    assert draft.short_answer == "Green", text_of(draft)


def test_who_said_it_is_whom_the_she_that_added_it_means(vectors):
    draft = answer(vectors, "Who said she would not lose any sleep over Tom Hale's resignation?",
                   "Ada Moss said: \"This episode has been very damaging for Tom Hale.\" "
                   "She added that she thought the Tories were an irrelevant party so she would not \"lose any sleep over it\".")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_a_distance_that_names_a_race_is_no_athletes_best():
    from rag.values import NUMBER, values

    q = "What is Ada Moss's long jump personal best?"
    assert values("She picked up three personal bests in the long jump, high jump and 60m hurdles.", NUMBER, q) == []
    assert [v.text for v in values("Ada Moss set a long jump personal best of 6.50m.", NUMBER, q)] == ["6.50m"]


def test_took_over_asks_who_took_a_thing_over_not_who_won(vectors):
    draft = answer(vectors, "Which logistics firm took over the deliveries for Acme?",
                   "Courier Norland Post stepped in to take over the deliveries for Acme after its vans broke down.",
                   "Acme said the storm had crippled its own delivery service.")
    assert not draft.refused and "Norland Post" in draft.short_answer


def test_a_present_verb_after_the_which_noun_is_the_deed_its_name_did():
    from rag.values import before_asked_verb

    said = "The Tomsby Party promise to keep the payments."
    question = "Which party promises to keep the winter fuel payments?"
    assert before_asked_verb(said, values(said, NAME, question)[0], question)
    assert not before_asked_verb("The Greens would allow people to swap these payments.", Value("Greens", 4, 10), question)


def test_a_name_titled_as_the_doer_of_the_asked_verb_answers_which(vectors):
    draft = answer(vectors, "Which company is distributing the Ostby Code film?",
                   "Actor Tom Hale and director Eva Lind are reuniting for the Ostby Code, an adaptation of the"
                   " best-selling novel by Ada Moss. Distributor Quill Pictures said production will begin next year,"
                   " with a planned release in May.")
    assert draft.short_answer.endswith("Quill Pictures")


def test_a_number_joined_to_another_noun_counts_that_noun_not_the_asked_one(vectors):
    draft = answer(vectors, "How many tickets were sold for the Ostby meeting?",
                   "Tickets have been sold for the Ostby meeting, which will see Ada Moss compete over 1500m in a"
                   " five-way match against Norland, Vessland and Elmshire.")
    assert draft.refused
    sides = answer(vectors, "How many teams take part in the Ostby match?",
                   "Ada Moss will run in the Ostby match, a five-way match against Norland, Vessland and Elmshire teams.")
    assert sides.short_answer == "five-way"  # the compound tells the size of the match asked about


def test_what_a_film_cost_to_make_tells_its_budget(vectors):
    draft = answer(vectors, "What was Night Train's budget?",
                   "Night Train, which cost just $7m (£3.5m) to make, performed well even though it was not screened"
                   " to critics before release.")
    assert draft.short_answer == "$7m"


def test_a_count_with_other_before_its_noun_counts_the_asked_noun(vectors):
    draft = answer(vectors, "How many other accolades did Night Train pick up from the Ostby critics?",
                   "Road movie Night Train has had more praise heaped on it by two Ostby critics' associations,"
                   " adding to honours it has already picked up.",
                   "Night Train was named the best film of the year by the Ostby Film Critics Association. The movie"
                   " also picked up four other accolades including best director for Ada Moss.")
    assert draft.short_answer.startswith("four")


def test_a_title_in_capitals_after_an_owner_asks_who_holds_it(vectors):
    from rag.values import answer_type

    assert answer_type("Who is Acme's Chief Executive?") == NAME
    assert answer_type("Who is Ada Moss?") != NAME  # asks what she is
    draft = answer(vectors, "Who is Vessland's State Minister for Planning?",
                   "Vessland pays subsidies to fuel importers. \"The first quarter is the best time for us to raise"
                   " fuel prices,\" said Ada Moss, State Minister for Planning.")
    assert draft.short_answer == "Ada Moss"


def test_a_passive_of_what_the_question_asks_done_names_its_doer_in_other_words():
    from rag.values import by_asked_doer

    said = "The survey was conducted by Quill Research on behalf of Acme."
    question = "Which company carried out the survey for Acme?"
    found = {v.text: by_asked_doer(said, v, question) for v in values(said, NAME, question)}
    assert found["Quill Research"] and not found.get("Acme", False)
    # or a passive set off after it, and for a country too
    said = "Many ministers back the plan to tax jet fuel - tabled by Norland and Vessland after the summit."
    assert by_asked_doer(said, Value("Norland and Vessland", 57, 77), "Which countries proposed the jet fuel tax?")


def test_a_country_that_did_the_asked_deed_comes_before_a_place_something_happens_in(vectors):
    tabled = "Many Quill ministers are thought to support the plan to tax jet fuel - tabled by Norland and Vessland."
    untaxed = "At present, jet fuel enjoys a very low tax rate or is untaxed in Quill member states."
    draft = answer(vectors, "Which countries proposed the jet fuel tax?", untaxed, tabled)
    assert draft.short_answer == "Norland and Vessland", text_of(draft)


def test_a_name_set_off_after_a_description_of_the_verbs_object_is_its_object():
    from rag.values import after_asked_verb

    said = "It knocked last week's number one, Night Train, into third place."
    question = "Which film did Blue Road knock off the top spot?"
    assert [v.text for v in values(said, NAME, question) if after_asked_verb(said, v, question)] == ["Night Train"]
    assert not after_asked_verb("It knocked Acme, said Ada Moss.", Value("Ada Moss", 19, 27), question)


def test_a_place_in_a_series_before_the_asked_noun_says_which_one():
    question = "Which collaboration with Eva Lind will the film be for Tom Hale?"
    assert [v.text for v in values("It will be Hale's third collaboration with Lind.", NAME, question)] == ["third collaboration"]
    assert [v.text for v in values("Her second film, Night Train, was a hit.", NAME, "Which film did she make next?")] == ["Night Train"]
    assert "seventh week" in [v.text for v in values("Ada Moss is entering the seventh week of a hunger strike.", NAME,
                                                     "Which week of her hunger strike is Ada Moss entering?")]


def test_a_place_in_a_series_of_the_asked_kind_fills_the_which_slot(vectors):
    draft = answer(vectors, "Which collaboration with Eva Lind will the Ostby Code be for Tom Hale?",
                   "Actor Tom Hale and director Eva Lind are reuniting for the Ostby Code, an adaptation of the"
                   " best-selling novel by Ada Moss. It will be Hale's third collaboration with Lind.")
    assert draft.short_answer == "third collaboration"
    week = answer(vectors, "Which week of her hunger strike is Ada Moss entering?",
                  "Ada Moss, 50, says she has been betrayed by the Vessland authorities, who promised her a pension."
                  " A former Vessland spy is entering the seventh week of a hunger strike near the Ostby parliament.")
    assert week.short_answer == "seventh week"
    from rag.extractive import _numbered

    assert _numbered("seventh week") and _numbered("16th directorate") and not _numbered("growth target")
    from rag.values import after_asked_verb

    said = "A former spy is entering the seventh week of a hunger strike."
    start = said.index("seventh week")
    assert after_asked_verb(said, Value("seventh week", start, start + 12), "Which week of her hunger strike is Ada Moss entering?")


def test_a_word_set_inside_a_prize_named_says_which_prize_not_which_winner():
    said = "Last year's winner, Night Train, went on to win the Oscar for best original screenplay, for Ada Moss."
    assert "original" not in [v.text for v in values(said, NAME, "Which film won the Ostby critics' best screenplay award?")]


def test_named_best_in_the_questions_words_tells_the_winner():
    from rag.values import in_role

    said = "Director Ada Moss was named best director, and she also won best screenplay shared with Tom Hale."
    question = "Who won best director from the Ostby Film Critics Association?"
    assert [v.text for v in values(said, NAME, question) if in_role(said, v, "win", question)] == ["Ada Moss"]


def test_a_word_that_only_qualifies_nouns_or_names_answers_no_who():
    from rag.values import NAME, values

    said = "Ada Moss spoke at a Harvest service in Tomsby, where a Harvest choir sang."
    article = "The Harvest Fair Parade drew crowds. " + said
    # "Harvest" stands before a noun or another name wherever the article writes it
    assert "Harvest" not in [v.text for v in values(said, NAME, "Who sang at the service?", article)]


def test_a_word_that_a_name_set_after_it_names_is_no_answer_to_who():
    from rag.values import NAME, values

    said = "The old mark was set by another Norlander, Ada Moss, in Tomsby."
    article = "Norland is proud of its runners. " + said
    assert [v.text for v in values(said, NAME, "Who set the old mark?", article)] == ["Ada Moss"]


def test_how_far_above_asks_a_difference_not_a_distance(vectors):
    draft = answer(vectors, "How far above the ten-year average was Norland's wheat crop?",
                   "Norland grew 3.2 million tonnes of wheat last year, 12% more than the ten-year average, the ministry said.")
    assert draft.short_answer == "12%"


def test_a_second_week_is_no_second_place():
    from rag.values import rank_at

    assert rank_at("Night Train topped the chart for a second week.", 2) == []
    assert rank_at("Day One was in second, taking $4m.", 2) != []


def test_a_word_that_opens_a_name_s_description_is_no_answer():
    from rag.values import NAME, values

    said = "The Quill phone was built by Norlish phone giant Acme and sold in Tomsby."
    assert [v.text for v in values(said, NAME, "Which firm built the Quill phone?", said)] == ["Acme", "Tomsby"]
    # unless what it describes is the question's own: then the word is what is asked
    said = "He thanked Harvest actor Tom Hale, who retired last year."
    assert [v.text for v in values(said, NAME, "Which role is Tom Hale known for?", said)] == ["Harvest"]


def test_a_race_is_named_by_its_length_and_a_medal_by_its_metal():
    from rag.values import NAME, values

    said = "Ada Moss, 24, won gold in the 400m at the Tomsby Games, where Eva Lind took silver in the 800m."
    assert [v.text for v in values(said, NAME, "In which event did Ada Moss win gold?", said)] == ["400m", "800m"]
    assert [v.text for v in values(said, NAME, "Which medal did Eva Lind win?", said)] == ["gold", "silver"]
    said = "Tom Hale was stripped of his indoor 1,500m titles and won 200m gold in Ostby."
    assert [v.text for v in values(said, NAME, "Which titles did Tom Hale lose?", said)] == ["1,500m", "200m"]


def test_an_n_strong_group_counts_its_members(vectors):
    draft = answer(vectors, "How many runners are on the Norland cross country list?",
                   "Ada Moss is among three Elmshire athletes who have made the list for the Norland cross country race.",
                   "Eva Lind and Tom Hale also feature on the 12-strong Norland list of cross country stars.")
    assert draft.short_answer == "12", text_of(draft)


def test_the_first_time_since_a_year_tells_when_it_was_last_done(vectors):
    draft = answer(vectors, "When did Norland last host the Elmshire games?",
                   "Norland will host the 2026 Elmshire games in its capital, Tomsby, officials confirmed.",
                   "It will be the first time since 1951 that Norland has hosted the games.")
    assert draft.short_answer == "1951", text_of(draft)


def test_a_figure_for_the_asked_place_alone_beats_one_for_a_pair_holding_it(vectors):
    draft = answer(vectors, "By how much did exports from Tomsby rise?",
                   "Exports from Ostby and Tomsby rose by 12% last year, the port authority said. "
                   "The picture was blurred by the fact that exports from Tomsby, where there is no port, have also risen, by 15%.")
    assert draft.short_answer == "15%", text_of(draft)


def test_a_figure_given_for_the_asked_scope_beats_one_for_a_part():
    part = evidence_of("Its paid service - dubbed Quill Gold - has so far attracted 9,000 users.", "9,000", 0.62)
    whole = evidence_of("The system is gaining in popularity and now has two million users around the world.", "two million", 0.58)
    ordered = Extractive(Scorer([]))._asked_first([part, whole], NUMBER, "How many users does Quill have around the world?")
    assert ordered[0] is whole


def test_how_many_there_are_is_not_how_many_a_deed_was_done_to():
    closed = evidence_of("Norland officials closed 1,200 net cafes in the last months of 2004.", "1,200", 0.62)
    total = evidence_of("All the 9,000 or so net cafes in the country must use the software.", "9,000", 0.58)
    ordered = Extractive(Scorer([]))._asked_first([closed, total], NUMBER, "How many net cafes are there in Norland?")
    assert ordered[0] is total
    estimated = evidence_of("There are an estimated 48 million cards in Norland.", "48 million", 0.62)
    ordered = Extractive(Scorer([]))._asked_first([estimated, total], NUMBER, "How many cards are there in Norland?")
    assert ordered[0] is estimated


def test_a_figure_for_an_opening_spell_is_no_total(vectors):
    draft = answer(vectors, "How much did Night Train take in Norland?",
                   "Night Train, which took $3.1m on its opening weekend and $18m in total, was the year's hit in Norland.")
    assert draft.short_answer == "$18m", text_of(draft)
    draft = answer(vectors, "How much did Night Train take on its opening weekend?",
                   "Night Train, which took $3.1m on its opening weekend and $18m in total, was the year's hit in Norland.")
    assert draft.short_answer == "$3.1m", text_of(draft)


def test_the_name_set_off_after_the_owned_thing_asked_answers_what_it_was(vectors):
    draft = answer(vectors, "What was Ada Moss's first novel?",
                   "Novelist Ada Moss, who has died at 84, was known for her page-turners about the hotel trade. "
                   "She wrote for radio for some years before turning to books. "
                   "A radio play was adapted to become Moss's first novel, Silver Lantern, in 1958.")
    assert draft.short_answer == "Silver Lantern", text_of(draft)


def test_what_the_owned_thing_asked_is_said_to_be_answers_what_it_was(vectors):
    draft = answer(vectors, "What was Tom Hale's previous job?",
                   "Prior to working for the mayor, Tom Hale spent time at the Elmshire Policy Institute. "
                   "Tom Hale's rapid rise through the ranks continues with his promotion to Norland minister. "
                   "Elected to Norland's parliament in 2001, Tom Hale's previous job was schools minister - a role he won in 2002.")
    assert draft.short_answer == "schools minister", text_of(draft)
    from rag.extractive import _owned_named
    assert _owned_named("Elected in 2001, his previous job was schools minister - a role he won in 2002.",
                        "What was Tom Hale's previous job?") == "schools minister"


def test_a_change_of_the_asked_things_kin_does_not_answer_how_much_it_changed(vectors):
    draft = answer(vectors, "By how much did Norland car sales fall in May?",
                   "Norland retail sales fell 0.4% in May, the biggest monthly drop this year, dragged down by car sales. "
                   "The 2.9% fall in car sales had been expected after April's rush of discounts.")
    assert draft.short_answer == "2.9%", text_of(draft)


def test_a_sentence_that_repeats_the_questions_words_in_a_row_answers_what_was_said():
    from rag.extractive import _echoes
    question = "What did Ada Moss say chess was thought to be like?"
    assert _echoes('"It was thought to be like a fad," Moss said of chess.', question)
    assert not _echoes("Ada Moss said chess was once thought a fad by critics.", question)
    assert not _echoes("Ada Moss said that chess was popular.", question)  # "Ada Moss said": names and stop words


def test_a_name_after_a_place_noun_is_no_body(vectors):
    draft = answer(vectors, "Which body banned the play Red Harbour in Norland?",
                   "Norland's authorities have banned the play Red Harbour, due to open in the capital, Ostby this weekend. "
                   "The Norland Arts Board said the play would not be staged as it mocked the state.")
    assert draft.short_answer == "Norland Arts Board", text_of(draft)


def test_a_span_said_as_one_unit_tells_how_long_a_thing_is(vectors):
    draft = answer(vectors, "How long is Ada Moss's tour of Norland?",
                   "Ada Moss arrived in Ostby as she began a fortnight-long tour of Norland.")
    assert draft.short_answer == "a fortnight", text_of(draft)


def test_a_place_is_told_by_the_whole_article_not_only_its_retrieved_chunks(vectors):
    question = "Which freed prisoner was told his Norland passport would not be issued?"
    first = ("The government has written to two Norland men freed from Camp Ostby telling them they will not get passports.\n\n"
             "A letter sent to Tom Hale said his Norland passport would not be issued.")
    later = "Hale was held at Camp Ostby for three years."
    chunks = [Chunk(f"freed/c{i}", t, "freed/a.txt", "Freed men denied passports", "", "2024-03-01", 1, 1, at, at + len(t))
              for i, (t, at) in enumerate([(first, 0), (later, len(first) + 2)])]
    vectors.add(chunks)
    draft = Extractive(Scorer([first, later], vectors)).compose(question, [Hit(chunks[0], 1.0, 1)])  # type: ignore[arg-type]
    assert draft.short_answer == "Tom Hale", text_of(draft)


def test_a_name_after_at_the_and_a_year_is_no_one():
    from rag.values import NAME, values
    said = "Moss won gold at the 2000 Ostby Games, while Eva Lind won silver."
    assert [v.text for v in values(said, NAME, "Who coached Moss?")] == ["Eva Lind"]  # "Moss" is the question's own


def test_a_sentence_echoing_the_question_answers_which_thing_when_it_is_no_name(vectors):
    draft = answer(vectors, "Which condition did Ada Moss first say she took the pills for?",
                   "Ada Moss was banned for two years after failing a drugs test last year. "
                   "At first, Moss claimed she took the pills to treat insomnia but she now admits cheating. "
                   "Moss said Tom Hale, her coach, had supplied the pills.")
    assert text_of(draft).startswith("At first, Moss claimed she took the pills"), text_of(draft)
    draft = answer(vectors, "Which coach did Ada Moss say she took the pills from?",
                   "At first, Moss claimed she took the pills to treat insomnia but she now admits cheating. "
                   "Moss said her coach Tom Hale had given her the pills.")
    assert draft.short_answer == "Tom Hale", text_of(draft)  # a name, when one is close, goes first


def test_a_nation_said_by_another_word_gives_the_asked_nations_one(vectors):
    from rag.values import Value, of_asked_nation

    said = "UK actress Ada Moss had been widely tipped for the role."
    moss = Value("Ada Moss", said.index("Ada Moss"), said.index("Ada Moss") + len("Ada Moss"))
    question = "Which British actress had been tipped for the role?"
    assert not of_asked_nation(said, moss, question)
    assert of_asked_nation(said, moss, question, lambda a, b: {a, b} == {"UK", "British"})
    draft = answer(vectors, "Which French runner finished behind Ada Moss in Ostby?",
                   "In Ostby, the Welsh runner Tom Hale finished behind Ada Moss in the mixed race. "
                   "Ada Moss ran a perfect race to finish clear of France's Eva Lind and Spain's Ann Lowe.")
    assert "Eva Lind" in draft.short_answer, text_of(draft)


def test_a_data_rate_in_words_is_a_speed():
    from rag.values import NUMBER, values
    question = "How fast can the Acme network carry data?"
    assert [v.text for v in values("Acme said data could travel at one gigabit a second.", NUMBER, question)] == ["one gigabit a second"]
    assert [v.text for v in values("The line gives up to 2 megabits per second.", NUMBER, question)] == ["2 megabits per second"]
    assert [v.text for v in values("At 3GSM it ran at 20mph, faster than 3G lines.", NUMBER, question)] == ["20mph"]  # names with a figure
    assert [v.text for v in values("It is 10 times faster, at 100 megabits a second.", NUMBER, "How much faster is it?")] == ["10 times"]


def test_a_role_after_a_name_may_give_the_asked_body_by_its_initials():
    said = '"We will not back down," said Ada Moss, NRA General Secretary.'
    assert in_role_names(said, "Who is the general secretary of the Norland Rail Alliance?") == ["Ada Moss"]
    assert in_role_names(said, "Who is the general secretary of the Ostby Rail Alliance?") == []


def test_a_list_of_names_with_their_nations_in_brackets_answers_where_one_comes_from(vectors):
    shortlist = ("The judges praised every writer on the shortlist of twelve for the Quill Prize, which is open to all. "
                 "Tom Hale (Vessland) Eva Lind (Norland) Ada Moss (Ostby) Ben Odo (Elmshire) Ann Lowe (Tomsby) Kay Dunn (Vessland)")
    draft = answer(vectors, "Which country does Ada Moss come from?", shortlist)
    assert draft.short_answer == "Ostby", text_of(draft)
    draft = answer(vectors, "Which country does Ben Odo come from?", shortlist)
    assert draft.short_answer == "Elmshire", text_of(draft)


def test_a_one_word_name_set_off_after_its_role_holds_the_role():
    said = "The owners are mulling the sale of another of their businesses, retailer Quill."
    assert in_role_names(said, "Which retailer are the owners of Acme considering selling?") == ["Quill"]
    assert in_role_names("The owners are mulling the sale of one of their businesses, said Quill.",
                         "Which retailer are the owners of Acme considering selling?") == []


def test_a_nationality_asks_where_one_comes_from(vectors):
    from rag.values import ORIGIN_ASKED
    for question in ("What nationality is Ada Moss?", "What is Ada Moss's nationality?"):
        assert answer_type(question) == PLACE and ORIGIN_ASKED.search(question), question
    draft = answer(vectors, "What nationality is Ann Lowe given on the list?",
                   "Every writer on the list of twelve for the Quill Prize is living. "
                   "Tom Hale (Vessland) Eva Lind (Norland) Ada Moss (Ostby) Ann Lowe (Tomsby) Kay Dunn (Vessland)")
    assert draft.short_answer == "Tomsby", text_of(draft)


def test_a_title_the_question_gives_whole_names_who_follows_it_inside_a_longer_name(vectors):
    from rag.values import asked_role
    assert asked_role("Who is the Warden of Ostby?") == "warden"
    said = "Both the Dean and Warden of Ostby Dr Ada Moss appealed for more time before the vote."
    assert in_role_names(said, "Who is the Warden of Ostby?") == ["Dr Ada Moss"]
    draft = answer(vectors, "Who is the Warden of Ostby?",
                   "The dean used a Christmas message to attack the plan. He and the Warden of Ostby have both spoken out.",
                   said)
    assert "Ada Moss" in draft.short_answer, text_of(draft)


def test_a_sentence_opening_with_the_asked_post_means_the_person_named_before_it(vectors):
    story = ("Money spent on the new stadium in Tomsby should have gone to the poor, Dr Ada Moss has said.\n\n"
             "The head of the Quill Society in Norland made the comments on Radio Ostby and will repeat them at Easter.")
    draft = answer(vectors, "Who heads the Quill Society in Norland?", story)
    assert "Ada Moss" in draft.short_answer, text_of(draft)
    draft = answer(vectors, "Who founded the Quill Society in Norland?", story)  # another post: not hers to take
    assert "Ada Moss" not in draft.short_answer, text_of(draft)


def test_which_outlet_someone_spoke_to_is_whom_they_told(vectors):
    story = ("Ada Moss will talk about her first novel at the Tomsby Book Festival in May, when the newspaper prize is given. "
             "\"Every winter the rain comes in through the roof of the old mill and the heating fails for weeks at a time, "
             "so we write in coats and gloves,\" she told the Ostby Herald.")
    draft = answer(vectors, "Which newspaper did Ada Moss talk to?", story)
    assert draft.short_answer == "Ostby Herald", text_of(draft)
    draft = answer(vectors, "Which newspaper did Eva Lind talk to?", story)  # someone else told no one
    assert draft.short_answer != "Ostby Herald", text_of(draft)


def test_betting_odds_are_a_number_said_as_a_fraction(vectors):
    from rag.values import number_kind
    question = "What are the odds on Ada Moss winning the Quill Prize?"
    assert answer_type(question) == NUMBER and number_kind(question) == "odds"
    assert [v.text for v in values("She is now the 5/4 favourite, ahead of Tom Hale at 7/2.", NUMBER, question)] == ["5/4", "7/2"]
    assert values("The vote is on 5/4/2005 in Tomsby.", NUMBER, question) == []
    draft = answer(vectors, question,
                   "Novelist Ada Moss is favourite to win the Quill Prize after her book Ostby won the novel award. "
                   "The book has already won the Elmshire Prize, and is now 5/4 favourite for the £25,000 Quill Prize.")
    assert draft.short_answer == "5/4", text_of(draft)
    draft = answer(vectors, "What odds does Acme Bet give Ostby Nights for best film?",
                   "Acme Bet and Quill Bet have given Tomsby Road 4/9 and 8/13 odds of winning best film, "
                   "with Ostby Nights in second place at 9/4.")
    assert draft.short_answer == "9/4", text_of(draft)  # the price nearest the asked name


def test_a_year_of_some_kind_is_a_date(vectors):
    from rag.values import DATE
    assert answer_type("From which model year are the recalled Acme coupes?") == DATE
    assert answer_type("In which financial year did Quill's profits peak?") == DATE
    assert answer_type("Which opening day crowd was the biggest?") != DATE  # asks the crowd
    draft = answer(vectors, "From which model year are the recalled Acme coupes?",
                   "Acme is also recalling 19,924 Acme Tomsby coupes, Ostby vans and Quill sedans from the 2004 model year.")
    assert draft.short_answer == "2004", text_of(draft)


def test_a_superlative_in_the_question_picks_the_figure_it_stands_before(vectors):
    draft = answer(vectors, "How many vehicles does Acme's largest recall cover?",
                   "The world's biggest carmaker Acme is recalling nearly 200,000 vehicles in Vessland on safety grounds, regulators said.\n\n"
                   "The Vessland traffic agency said the largest recall involves 155,465 pickups, vans and sports utility vehicles.")
    assert draft.short_answer == "155,465", text_of(draft)


def test_a_place_right_after_the_thing_the_question_places_answers_where(vectors):
    draft = answer(vectors, "Where will a new post be created to support work on climate change?",
                   "\"In Vessland, for instance, we plan to create new jobs to cover these issues across the region, with a new "
                   "post in Ostby to help support our work on climate change, one in Norland to cover energy and one in Tomsby "
                   "to cover regional issues more generally as well as covering Elmshire and Quill.\"")
    assert draft.short_answer == "Ostby", text_of(draft)
    draft = answer(vectors, "Where did the fire that shut down petrol production happen?",
                   "Prices jumped after a fire at Acme Refining Company's refinery in Ostby, which shut down petrol production.")
    assert draft.short_answer == "Ostby", text_of(draft)  # the refinery's owner is no place


def test_an_original_figure_is_the_one_a_change_started_from(vectors):
    draft = answer(vectors, "What share of Quill did Acme originally hold?",
                   "Acme said the ruling would hurt its plans for Quill because its stake would be reduced to less than 50%. "
                   "Lawmakers in Norland say Acme's stake in Quill, the new network, should be cut from 70% to 49%.")
    assert draft.short_answer == "70%", text_of(draft)


def test_a_one_word_place_that_opens_a_sentence_is_a_place_when_the_article_says_so():
    from rag.values import PLACE, values

    asked, said = "Which city will stage the boat show?", "Tomsby will stage the boat show again next year."
    article = "Ada Moss will open an office in the city of Tomsby next month. " + said
    assert [v.text for v in values(said, PLACE, asked, article)] == ["Tomsby"]
    assert [v.text for v in values(said, PLACE, asked, said)] == []  # alone it could be any word
    irish = "Irish fans travelled in their thousands. Irish is taught in every school in Tomsby."
    assert [v.text for v in values("Irish fans travelled in their thousands.", PLACE, "Where did the fans travel?", irish)] == []


def test_a_name_that_spells_out_the_questions_short_form_is_not_an_answer():
    from rag.values import values

    sent = "After the war, the United Provinces sent Eva Lind to Tomsby for talks with Ben Odo."
    assert "United Provinces" not in [v.text for v in values(sent, NAME, "Which UP official met Ben Odo?")]
    said = "Ada Moss, chief economist at AM Bank, said the figures were decent."
    assert [v.text for v in values(said, NAME, "Who is the chief economist at AM Bank?")] == ["Ada Moss"]  # a person, not "the ..."


def test_a_post_set_off_after_a_post_nominal_or_opened_by_its_owner_is_a_title():
    from rag.values import values

    said = "Ada Moss MP, Labour's Chief Whip in the Lords, said the sums did not add up."
    assert [v.text for v in values(said, NAME, "What post does Ada Moss hold?")] == ["Labour's Chief Whip in the Lords"]


def test_a_share_of_a_group_told_by_other_numbers_is_not_the_asked_groups(vectors):
    draft = answer(vectors, "What share of 15 to 24-year-olds own a bicycle?",
                   "It is estimated that 53% of over 65s own a bicycle in Tomsby, but the figures are higher for "
                   "younger people. Most 15 to 24-year-olds (94%), and 25 to 34-year-olds (92%), own at least one.")
    assert draft.short_answer == "94%", text_of(draft)


def test_what_a_word_means_is_read_from_the_gloss_the_article_gives(vectors):
    draft = answer(vectors, "What does Ostby mean?",
                   "Ben Odo renamed the port Quill in 1803. Sailors still use its old name, Ostby, which means "
                   "“harbour under the cliffs”.")
    assert draft.short_answer == "harbour under the cliffs", text_of(draft)
    draft = answer(vectors, "What is the meaning of the old name Ostby?",
                   "Ben Odo renamed the port Quill in 1803, after its old name, Ostby, meaning “harbour under the cliffs”.")
    assert draft.short_answer == "harbour under the cliffs", text_of(draft)


def test_a_stranded_preposition_mirrors_the_answer_only_with_the_words_before_it():
    from rag.values import values

    asked = "Which firm was the survey carried out for?"
    said = "A new code of conduct was agreed for firms that want to sell content for mobile phones."
    assert "mobile phones" not in [v.text for v in values(said, NAME, asked, said)]
    assert [v.text for v in values("He tested positive for nandrolone.", NAME, "Which substance did he test positive for?")] == ["nandrolone"]


def test_a_count_after_the_or_before_a_time_unit_counts_nothing_asked():
    from rag.values import NUMBER, values

    asked = "How many meetings have Ada Moss and Eva Lind had?"
    said = "Their talks on Monday ended a gap of more than three years, said the two mayors."
    assert [v.text for v in values(said, NUMBER, asked)] == []
    assert [v.text for v in values("Ada Moss has met Eva Lind on 38 occasions.", NUMBER, asked)] == ["38"]
    assert [v.text for v in values("They have held the 12 meetings planned.", NUMBER, asked)] == ["12"]
    assert [v.text for v in values("Yet the 2.5 million meetings held were short.", NUMBER, asked)] == ["2.5 million"]
    assert [v.text for v in values("The four Norlandic firms left.", NUMBER, "How many firms left?")] == ["four"]
    assert [v.text for v in values("He served for two years.", NUMBER, "How many years did he serve?")] == ["two years"]


def test_a_date_set_before_the_asked_event_is_not_its_date():
    from rag.values import DATE, values

    said = "On 16 June, prior to the video meeting between Ada Moss and Eva Lind, Tom Hale met Ben Odo in Tomsby."
    assert [v.text for v in values(said, DATE, "When did Ada Moss and Eva Lind hold their video meeting?")] == []
    assert [v.text for v in values(said, DATE, "When did Tom Hale meet Ben Odo?")] == ["16 June"]


def test_a_run_of_days_counts_nothing():
    from rag.values import NUMBER, values

    asked = "How many votes were cast in the Quill awards?"
    assert [v.text for v in values("Winners will be named between 13 and 15 March.", NUMBER, asked)] == []
    assert [v.text for v in values("Winners will be named on March 13 or 14.", NUMBER, asked)] == []
    assert [v.text for v in values("Voting ran 3-5 May, with 400 votes cast.", NUMBER, asked)] == ["400 votes"]


def test_half_is_a_share_and_answers_no_count():
    from rag.values import NUMBER, values

    said = "More than half (54%) of those asked in a poll for Acme said they had no landline."
    assert [v.text for v in values(said, NUMBER, "How many people were questioned in the Acme poll?")] == []
    assert [v.text for v in values(said, NUMBER, "What share of those asked had no landline?")] != []


def test_a_count_after_the_is_no_change_asked_by_how_much():
    from rag.values import NUMBER, values

    asked = "By how much did Acme's shares fall?"
    said = "The fall follows similar falls in the two previous quarters."
    assert [v.text for v in values(said, NUMBER, asked)] == []
    assert [v.text for v in values("Acme's shares fell by 4% after the two previous quarters.", NUMBER, asked)] == ["4%"]
    assert [v.text for v in values("Acme added the 2,000 jobs it had cut.", NUMBER, "By how much did Acme's jobs rise?")] == ["2,000 jobs"]


def test_one_sentence_clear_of_all_others_answers_in_its_own_words(vectors):
    asked = "How long did the 1911 harbour strike last?"
    lead = "In 1911, on these very quays, there was a nine-week walkout by dockers against the Quill shipping line."
    draft = answer(vectors, asked, f"Ostby is a port town. {lead} Trade recovered later.")
    assert draft.short_answer == "nine-week", text_of(draft)
    # another sentence nearly as close leaves no clear lead: the reworded one alone does not answer
    draft = answer(vectors, asked, f"Ostby is a port town. {lead} Dockers on the quays of Ostby struck for higher pay in 1911.")
    assert draft.short_answer == "", text_of(draft)


def test_the_article_a_opening_a_sentence_is_no_part_of_a_name():
    from rag.values import NAME, values

    assert [v.text for v in values("A Quill spokeswoman said Ada Moss had left.", NAME, "Which firm did Ada Moss work for?")] == ["Quill"]
    assert [v.text for v in values("IT Safe is run by Ada Moss.", NAME, "Which firm does Ada Moss run?")] == ["IT Safe"]


def test_an_amount_of_something_else_is_no_length_asked():
    from rag.values import NUMBER, values

    said = "Acme signed a 30-year agreement with Norland to build a canal carrying 10 million tonnes of grain a year."
    assert [v.text for v in values(said, NUMBER, "How long is the Acme canal deal?")] == ["30-year"]
    assert [v.text for v in values("The Quill tunnel is 12km long, with 3km of track.", NUMBER, "How long is the Quill tunnel?")] == ["12km"]


def test_a_which_phrase_of_two_nouns_asks_the_first():
    from rag.values import PLACE, answer_type

    assert answer_type("Which Norlandic secretary of state criticised Vessland?") == NAME
    assert answer_type("Which head of state visited Ostby?") == NAME
    assert answer_type("Which EU member state vetoed the plan?") == PLACE
    assert answer_type("Which kind of city did Acme choose?") == PLACE  # "kind of" takes its kind from the noun after it


def test_a_date_is_read_in_a_lead_in_set_in_capitals():
    from rag.values import DATE, values

    asked = "When did Ada Moss fly to Ostby?"
    said = "IN THE FIRST WEEK OF MAY, AS THE talks stalled, Ada Moss flew to Ostby for the summit."
    assert [v.text for v in values(said, DATE, asked)] == ["THE FIRST WEEK OF MAY"]
    assert [v.text for v in values("In the last week of May, Ada Moss flew to Ostby.", DATE, asked)] == ["the last week of May"]
    assert [v.text for v in values("THE TALKS IN OSTBY stalled in 2004.", DATE, asked)] == ["2004"]


def test_the_place_named_before_the_asked_noun_leads(vectors):
    from rag.values import asked_noun

    assert asked_noun("Which towns on the Quill are trade hubs?") == "towns"
    assert asked_noun("Which convention on refugees did Norland sign?") == "convention"
    draft = answer(vectors, "Which towns on the Quill are trade hubs?",
                   "Ada Moss, editor of the Quill Review, writes that both states view the Ostby-Tomsby border towns "
                   "(which face each other across the Quill) as key trade hubs with access to the Trans-Norland railway.")
    assert draft.short_answer == "Ostby-Tomsby", text_of(draft)


def test_a_decade_in_words_is_a_date_but_not_an_age():
    from rag.values import DATE, values

    asked = "When did Norland and Vessland mend their ties?"
    assert [v.text for v in values("The two states mended their ties in the late seventies.", DATE, asked)] == ["late seventies"]
    assert [v.text for v in values("Ada Moss mended ties in her late sixties.", DATE, asked)] == []


def test_a_name_asked_by_its_initials_is_held_where_the_article_spells_it_out(vectors):
    from rag.extractive import _named_share

    said = '"We are doing all we can," said Ada Moss, chief of counterfraud at the Norland Harbour Police.'
    assert _named_share(said, "Who is the NHP's chief of counterfraud?") == 1.0
    assert _named_share(said, "Who is the NPD's chief of counterfraud?") == 0.0
    draft = answer(vectors, "Who is the NHP's chief of counterfraud?", f"Quill traders face checks. {said}")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_an_article_that_never_names_who_does_the_asked_deed_tells_nothing_of_it(vectors):
    from rag.question import doer_names, initials_in

    assert doer_names("What growth does Ada Moss forecast for Norland next year?") == [True, False]
    assert doer_names("How many posts did Norlandic employers create in May?") == [False, False]  # a name that only qualifies
    assert doer_names("How much did the NHC fine Acme over the leak?") == [True, True]  # and what it is done to
    assert doer_names("How much does Norland owe the NHC?") == [True, True]
    assert "nhc" in initials_in("The UK Norland Harbour Commission fined Acme.")  # the country's initials lead the name
    forecast = "Forecasts for Norlandic growth were scaled back to 4.0% this year."
    draft = answer(vectors, "What growth does Ada Moss forecast for Norland next year?", forecast)
    assert draft.refused, text_of(draft)
    draft = answer(vectors, "What growth does Ada Moss forecast for Norland next year?",
                   "Ada Moss, economist at Acme, forecast growth of 4.0% for Norland next year.")
    assert draft.short_answer == "4.0%", text_of(draft)


def test_an_article_that_never_names_the_owner_of_what_is_asked_tells_nothing_of_it(vectors):
    from rag.question import owner_names

    assert owner_names("Who is Vessland's State Minister for Trade?") == ["Vessland"]
    asked = "Who is Vessland's State Minister for Trade?"
    draft = answer(vectors, asked, "Norland's State Minister for Trade, Ada Moss, will present a plan to traders.")
    assert draft.refused, text_of(draft)
    draft = answer(vectors, asked, "Vessland's State Minister for Trade, Ada Moss, will present a plan to traders.")
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_a_bare_name_is_described_by_a_title_with_of_or_a_phrase_set_off_before_it():
    from rag.values import described

    said = "At the talks in Ostby, U.S. Secretary of State Ada Moss was critical of Norland."
    assert described(said, "Who is Ada Moss?") == "U.S. Secretary of State"
    said = "Vessish Trade Minister Tom Hale and his Norlandic counterpart, Eva Lind, signed the deal."
    assert described(said, "Who is Eva Lind?") == "Norlandic counterpart"
    assert described(said, "Who is Tom Hale?") == "Vessish Trade Minister"
    assert described("He met the president, Eva Lind.", "Who is Eva Lind?") == ""  # no apposition closed after her


def test_the_city_a_sentence_names_only_by_its_kind_is_the_one_called_so_before_it(vectors):
    from rag.values import place_meant

    assert place_meant("Acme will open an office in the city on Friday.") == "city"
    assert place_meant("Acme will open an office in the city of Tomsby.") == ""  # named there
    told = ("Ada Moss made a stop in the Vessish capital, Ostby, on Monday. The planned visit to the northern "
            "city of Tomsby on Friday is about trade. Reports say Acme will open an office in the city on Friday.")
    draft = answer(vectors, "Where will Acme open an office?", told)
    assert draft.short_answer == "Tomsby", text_of(draft)


def test_what_is_a_name_is_told_by_a_copula_and_that_sentence_leads(vectors):
    from rag.values import described

    assert described("The visit to Ostby is about trade, as Ostby is a major port.", "What is Ostby?") == "a major port"
    assert described("Ostby is also set to host a fair.", "What is Ostby?") == ""  # a deed, not what it is
    draft = answer(vectors, "What is Ostby?", "Ostby will host a trade fair for Vessish firms next year.",
                   "The visit to Ostby on Friday is about trade, as Ostby is a major port.")
    assert draft.short_answer == "a major port", text_of(draft)


def test_a_place_asked_through_or_via_which_country(vectors):
    assert answer_type("Through which country will the oil be routed?") == PLACE
    assert answer_type("Via which country will the grain go?") == PLACE
    draft = answer(vectors, "Through which country will the Acme oil be routed?",
                   "Acme will supply oil to Norland for ten years. The oil will be routed through Vessland.")
    assert draft.short_answer == "Vessland", text_of(draft)


def test_one_word_opening_a_sentence_is_a_name_when_set_off_as_the_asked_kind(vectors):
    said = "Acme, another state-owned firm, also announced a deal to build a new pipeline to Norland."
    assert [v.text for v in values(said, NAME, "Which firm will build a new pipeline to Norland?")][0] == "Acme"
    assert "However" not in [v.text for v in values("However, the firm, which is based in Ostby, will build it.",
                                                    NAME, "Which firm will build it?")]
    draft = answer(vectors, "What firm will build a new pipeline to Norland?", said)
    assert draft.short_answer == "Acme", text_of(draft)


def test_a_name_says_which_noun_before_it_only_within_its_phrase_and_after_to_the(vectors):
    said = "The Vessish Party maintains a monument to the “Unknown Sailors” in the square, which Ada Moss honored."
    draft = answer(vectors, "Which monument did Ada Moss honour?", said)
    assert draft.short_answer == "Unknown Sailors", text_of(draft)
    draft = answer(vectors, "Which prize did Ada Moss win?", "Ada Moss won the Jerwood painting prize in 2004.")
    assert draft.short_answer == "Jerwood", text_of(draft)


def test_a_passive_which_question_is_answered_by_the_object_before_the_same_phrase(vectors):
    from rag.values import before_asked_phrase

    said = ("For instance, in May 2021, the Vessish government absolved Acme Gas, along with its chief executive "
            "officer, from the sanctions imposed on the natural gas pipeline project connected to Ostby.")
    asked = "Which gas pipeline was exempted from Vessish sanctions?"
    assert [v.text for v in values(said, NAME, asked) if before_asked_phrase(said, v, asked)] == ["Acme Gas"]
    draft = answer(vectors, asked, said)
    assert draft.short_answer == "Acme Gas", text_of(draft)
    asked = "Which pipeline did Vessland exempt from sanctions in May 2021?"  # the same, asked of the verb's object
    assert [v.text for v in values(said, NAME, asked) if before_asked_phrase(said, v, asked)] == ["Acme Gas"]
    assert answer(vectors, asked, said).short_answer == "Acme Gas"


def test_a_date_set_before_its_clause_after_a_lead_in_and_two_asides_is_at_the_asked_verb():
    said = ("In the more recent past, on 21 July 2008, then Vessish Foreign Minister Ada Moss and her Norlandic "
            "counterpart, Tom Hale, signed in Ostby an additional Border Line Agreement.")
    date = next(v for v in values(said, DATE, "When was the border agreement signed?") if "2008" in v.text)
    assert at_asked_verb(said, date, "When was the border agreement signed?")
    said = "On 3 May, the firm said that it had finally signed the border agreement."
    date = next(v for v in values(said, DATE, "When was the border agreement signed?"))
    assert not at_asked_verb(said, date, "When was the border agreement signed?")  # 3 May is when it said so


def test_a_date_at_the_asked_verb_does_not_lead_from_a_sentence_that_names_neither_the_thing_nor_its_kind(vectors):
    draft = answer(vectors, "In what year was the Treaty of Ostby signed?",
                   "The 1858 Treaty of Ostby, an unequal treaty, set much of the border between Vessland and Norland.",
                   "Critics in Vessland still call the Treaty of Ostby unequal. In the more recent past, on 21 July "
                   "2008, then Vessish Foreign Minister Ada Moss and her Norlandic counterpart, Tom Hale, signed in "
                   "Tomsby an additional Vessland-Norland Border Line Agreement.")
    assert draft.short_answer == "1858", text_of(draft)


def test_who_wrote_the_article_is_answered_by_the_author_its_byline_names(vectors):
    text = "By Ada Moss\n\nVessland and Norland extended their border treaty for five years on Monday."
    chunk = Chunk("byline/c0", text, "byline/0.txt", "Treaty extended", "Ada Moss", "2024-03-01", 1, 3, 0, len(text))
    vectors.add([chunk])
    draft = Extractive(Scorer([text], vectors)).compose(  # type: ignore[arg-type]
        "Who wrote the article about the treaty extension?", [Hit(chunk, 1.0, 1)])
    assert draft.short_answer == "Ada Moss", text_of(draft)


def test_a_place_after_the_doer_of_the_asked_verb_is_where_and_a_qualifying_word_is_no_event(vectors):
    from rag.extractive import _placed_as_asked, _places_asked_event

    asked = "Where was the friendship treaty signed?"
    signed = "The 2001 Treaty of Friendship was signed by Ada Moss and Tom Hale in Ostby on 16 July 2001."
    assert _placed_as_asked(signed, next(v for v in values(signed, PLACE, asked) if v.text == "Ostby"), asked)
    told = "The Treaty speaks of Vessland-Norland friendship and cooperation, which have grown since."
    assert not _places_asked_event(told, next(v for v in values(told, PLACE, asked) if "Norland" in v.text), asked)
    draft = answer(vectors, asked, signed, told)
    assert draft.short_answer == "Ostby", text_of(draft)


def test_a_places_own_earlier_name_is_read_after_name_was(vectors):
    from rag.values import naming_asked

    assert naming_asked("What was Ostby's original name?") == "name"
    assert naming_asked("What was Ostby's name before 1860?") == "name"
    draft = answer(vectors, "What was Ostby's original name?",
                   "Ostby was once ruled from Tomsby, and its original name was Quillhaven, which means a small port.")
    assert draft.short_answer == "Quillhaven", text_of(draft)
    assert naming_asked("What was the original name of Ostby?") == "name"
    assert naming_asked("What is the name of the firm's new chief?") == ""  # a person's name, not another name of one
    draft = answer(vectors, "What was the original name of Ostby?",
                   "In June 1860, the Vessish army took the area and renamed it Ostby, meaning \u201cRuling the East\u201d.",
                   "Ostby was once ruled from Tomsby, and its original name was Quillhaven, which means a small port.")
    assert draft.short_answer == "Quillhaven", text_of(draft)


def test_of_clauses_joined_by_a_semicolon_the_value_comes_from_the_one_naming_the_asked_name(vectors):
    told = ("Ada Moss, the Vessish envoy to Norland, was recalled in March this year; and Tom Hale, the Norlandic "
            "envoy to Vessland, was recalled in April.")
    assert answer(vectors, "When was Ada Moss recalled?", told).short_answer == "March this year"
    assert answer(vectors, "When was Tom Hale recalled?", told).short_answer == "April"
    told = ("The firm said its profits were 40m rupees ($915,000; £486,000) for the three months to December on "
            "sales which fell 8% to 4.7bn rupees.")  # a semicolon in brackets parts no clauses
    asked = "How much profit did Acme make in the three months to December?"
    assert answer(vectors, asked, told, title="Acme profits slide").short_answer == "40m rupees"


def test_a_date_in_a_list_comes_from_the_part_that_names_the_asked_name_before_the_most_specific(vectors):
    told = ("Trade grew among the five founders of the Ostby Pact, set up on April 26, 1996 by Vessland and "
            "Norland, and later expanded to include Elmshire in 2001, Tomsby in 2017 and Quill in 2021.")
    assert answer(vectors, "When did Quill join the Ostby Pact?", told).short_answer == "2021"
    assert answer(vectors, "When was the Ostby Pact set up?", told).short_answer == "April 26, 1996"


def test_the_name_of_someones_described_role_must_be_held_by_a_name(vectors):
    asked = "What was the name of Ada Moss's English teacher?"
    assert asked_role(asked) == "teacher"
    draft = answer(vectors, asked, "Ada Moss joined the Vessish Navy in 1970 as an idealistic 20-year-old.")
    assert draft.refused, text_of(draft)  # a sentence that names no teacher
    draft = answer(vectors, asked, "Ada Moss learned the language from her English teacher, Eva Lind, in Ostby.")
    assert draft.short_answer == "Eva Lind", text_of(draft)

    assert asked_role("What is the name of Ada Moss's ex-nanny?") == "nanni"  # her nanny, once
    draft = answer(vectors, "What is the name of Ada Moss's ex-nanny?",
                   "The inquiry asks whether Tom Hale helped Ada Moss's nanny, Eva Lind, stay in Vessland.")
    assert draft.short_answer == "Eva Lind", text_of(draft)


def test_a_place_set_as_a_noun_of_the_question_leads(vectors):
    told = ("They promoted the alignment of the New Road (Belt Initiative) with the Ostby Union established on "
            "January 1, 2015 by Norland, Elmshire and Vessland, with Tomsby, Quill and Acme Isle as observers.")
    other = "Practice shows that relations stand the test of time and pressure from some Western countries."
    draft = answer(vectors, "Which countries are observers in the Ostby Union?", told, other)
    assert draft.short_answer == "Tomsby, Quill and Acme Isle", text_of(draft)


def test_a_currency_asked_is_read_by_its_name_in_lower_case(vectors):
    said = "Vessland and Norland have largely abandoned the U.S. dollar, and most payments are now made in crowns."
    assert [v.text for v in values(said, NAME, "Which currency have they abandoned?")] == ["U.S. dollar", "crowns"]
    draft = answer(vectors, "Which currency have Vessland and Norland largely abandoned?", said)
    assert draft.short_answer == "U.S. dollar", text_of(draft)
