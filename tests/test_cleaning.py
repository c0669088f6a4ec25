"""Corpus-agnostic cleaning and metadata: other sites, formats, encodings and web pages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from evals.sets import SETS
from rag import embeddings
from rag.config import load_settings
from rag.dates import find_dates, iso
from rag.documents import read_corpus, read_text
from rag.ingest import ingest
from rag.store import extracted_path, list_skipped, load_chunks

FORMATS = SETS["formats"].corpus
EXPECTED = json.loads(SETS["formats"].meta.read_text(encoding="utf-8"))  # type: ignore[union-attr]
FORMATS_CORPUS = {a.source: a for a in read_corpus(FORMATS).articles}


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_formats_metadata_and_no_comment_or_chrome_kept(source):
    article, expected = FORMATS_CORPUS[source], EXPECTED[source]
    assert (article.title, article.author, article.date) == (expected["title"], expected["author"], expected["date"])
    kept = article.article_text
    assert [n for n in expected["noise"] if n in kept] == []


@pytest.mark.parametrize("written,day", [
    ("12 March 2024", date(2024, 3, 12)), ("2024-03-12", date(2024, 3, 12)), ("Mar. 12, 2024", date(2024, 3, 12)),
    ("Tuesday 12 March 2024 14:05 GMT", date(2024, 3, 12)), ("Updated: Wed 13 Mar 2024, 09:30 CET", date(2024, 3, 13)),
    ("Published : Mar 02, 2022 05:00 IST", date(2022, 3, 2)), ("July 6, 2021 Updated: July 7, 2021", date(2021, 7, 6)),
])
def test_dates_in_any_common_format(written, day):
    assert find_dates(written)[0][2] == day


def test_years_and_numbers_alone_are_not_dates():
    assert find_dates("In 2019 the firm sold 12 March-branded cars for 2024 euros.") == []
    assert iso("2024-03-11") == "2024-03-11" and iso(date(2024, 3, 11)) == "2024-03-11" and iso("soon") is None


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE = "Town votes to keep its library open\n\nBy Ana Silva\n\nThe council voted 7-2 on Monday to keep the library open.\n\n"


@pytest.mark.parametrize("thread", [
    "Comments (3)\nbob_k\n2 March 2024 10:01\nThey voted 9-0, I was there.\nReply\n",
    "Join the conversation\nbob_k · 3h ago\nThey voted 9-0, I was there.\nLike · Reply\n",
    "Reader comments\nPosted by bob_k on Mar. 2, 2024 at 9:14 am\nThey voted 9-0, I was there.\n",
    "42 Comments\nOldest\nbob_k\nThey voted 9-0, I was there.\n",
    "Leave a Reply\nbob_k\nThey voted 9-0, I was there.\n",
    "bob_k\n2h ago\nThey voted 9-0, I was there.\nReply\nann\n1h ago\nNo, 7-2.\nReply\n",  # no header at all
])
def test_comment_threads_are_cut_in_any_wording(tmp_path, thread):
    write(tmp_path, "a.txt", ARTICLE + "Share this article: Facebook | Twitter | Email\n\n" + thread)
    article = read_corpus(tmp_path).articles[0]
    assert "7-2 on Monday" in article.article_text
    assert "9-0" not in article.article_text and "bob_k" not in article.article_text
    assert article.author == "Ana Silva"


REPORT = ("Council keeps the library open\n\n"
          "The council voted 7-2 on Monday to keep the town library open after a campaign by readers.\n\n"
          "\"I am delighted, and my children will be too,\" said the campaign's founder, Ana Silva.\n\n"
          "The library will now open on Sundays, the council said, at a cost of 40,000 euros a year.\n\n"
          "Officials said the vote followed a consultation that drew 3,000 replies.\n\n")
READERS = ("Why should taxpayers fund Sunday opening?\n\n"
           "I use the library every week and my kids love it!\n\n"
           "They voted 9-0, not 7-2, as far as I remember.\n\n"
           "Libraries are the heart of a town.\n\n")


def test_a_reader_thread_without_a_header_is_cut_by_its_change_of_voice(tmp_path):
    write(tmp_path, "a.txt", REPORT + READERS)
    kept = read_corpus(tmp_path).articles[0].article_text
    assert "9-0" not in kept and "every week" not in kept and "heart of a town" not in kept
    assert "my children will be too" in kept and "3,000 replies" in kept  # a quote is the article's


def test_a_column_in_the_first_person_is_kept_whole(tmp_path):
    column = ("Why I still love my library\n\n" + "I have used my library since I was six. " * 2 + "\n\n"
              "Its hours are short, but the council kept it open on Monday.\n\n"
              "I think that was right, and my neighbours agree!\n\n" + READERS)
    write(tmp_path, "a.txt", column)
    kept = read_corpus(tmp_path).articles[0].article_text
    assert "since I was six" in kept and "heart of a town" in kept


def test_an_interview_after_its_introduction_is_kept(tmp_path):
    interview = ("Q: Why did you campaign for the library?\n\nA: I grew up there. My mother took me every week!\n\n"
                 "Q: What next?\n\nAna Silva: I want Sunday opening. Why not?\n\n")
    write(tmp_path, "a.txt", REPORT + interview)
    assert "Sunday opening" in read_corpus(tmp_path).articles[0].article_text


@pytest.mark.parametrize("byline,author", [
    ("By Ana Silva, Reuters", "Ana Silva"), ("Reporting by Ana Silva; Editing by Tom Lee", "Ana Silva"),
    ("Ana Silva | Education Correspondent", "Ana Silva"), ("Written by Ana Silva, political editor", "Ana Silva"),
    ("By contrast, the council kept the library.", None),
])
def test_bylines(tmp_path, byline, author):
    write(tmp_path, "a.txt", f"World News\nEurope\nTown votes to keep its library open\n{byline}\n\n"
          "The council voted 7-2 on Monday to keep the library open, after a long campaign by readers.\n")
    article = read_corpus(tmp_path).articles[0]
    assert article.author == author
    assert article.title == "Town votes to keep its library open"  # section labels are not the headline
    assert "World News" not in article.article_text


def test_lines_repeated_across_the_folder_are_chrome_but_a_filed_twice_article_is_not(tmp_path):
    menu = "Home | News | Sport | Weather\n"
    for i in range(3):
        write(tmp_path, f"{i}.txt", f"{menu}Headline number {i} is here\n\nThe body of article {i} says {i} things.\n")
    write(tmp_path, "3.txt", (tmp_path / "0.txt").read_text())  # the same article twice
    articles = read_corpus(tmp_path).articles
    assert all("Home | News" not in a.article_text for a in articles)
    assert sum("The body of article 0 says" in a.article_text for a in articles) == 2


def test_a_corpus_rules_file_adds_site_chrome_and_cuts(tmp_path):
    write(tmp_path, ".rag-rules.toml", 'chrome = ["^Our standards"]\ncut = ["^--- partner content ---$"]\n')
    write(tmp_path, "a.txt", ARTICLE + "Our standards: how we report.\n\n--- partner content ---\nBuy a car.\n")
    kept = read_corpus(tmp_path).articles[0].article_text
    assert "Our standards" not in kept and "Buy a car" not in kept and "7-2" in kept
    write(tmp_path, ".rag-rules.toml", "chrome = [")
    with pytest.raises(Exception, match="rag-rules.toml is not valid"):
        read_corpus(tmp_path)


PAGE = """<html><head><title>Library saved | Town News</title><meta name="author" content="Ana Silva">
<meta property="article:published_time" content="2024-03-02T10:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Library saved</h1>
<p>The council voted 7-2 on Monday to keep the town library open after a campaign by readers.</p>
<p>The library will now open on Sundays as well, the council's leader said on Tuesday.</p></article>
<section class="comments"><h3>Comments (1)</h3><p>They voted 9-0, I was there.</p></section></body></html>"""


@pytest.fixture
def mock_embeddings(monkeypatch):
    from llama_index.core.embeddings import MockEmbedding

    monkeypatch.setattr(embeddings, "make_embed_model", lambda settings: MockEmbedding(embed_dim=8))


def test_a_mixed_folder_ingests_with_one_warning(tmp_path, mock_embeddings):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    write(corpus, "a.txt", ARTICLE)
    write(corpus, "b.md", "---\ntitle: Budget passed\nauthor: Tom Lee\ndate: 2024-03-05\n---\n\n"
          "# Budget passed\n\nThe town budget of 4 million euros was passed on Tuesday.\n")
    write(corpus, "c.html", PAGE)
    (corpus / "d.txt").write_bytes("Café owners welcome the £2 fee cut\n\nThe café fee falls to £2.\n".encode("cp1252"))
    (corpus / "e.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    settings = load_settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    report = ingest(settings)
    assert [s.source for s in report.skipped] == ["mixed/e.txt"] == [s.source for s in list_skipped(settings)]
    by_source = {a.source: a for a in read_corpus(corpus).articles}
    assert (by_source["mixed/b.md"].title, by_source["mixed/b.md"].author, by_source["mixed/b.md"].date) == (
        "Budget passed", "Tom Lee", "2024-03-05")
    assert "title:" not in by_source["mixed/b.md"].article_text  # front matter is read, not indexed
    page = by_source["mixed/c.html"]
    assert (page.title, page.author, page.date, page.date_source) == ("Library saved", "Ana Silva", "2024-03-02",
                                                                     "page metadata")
    assert "9-0" not in page.text and "<p>" not in page.text
    assert extracted_path(settings, "mixed/c.html").read_text(encoding="utf-8") == page.text
    assert by_source["mixed/d.txt"].encoding == "cp1252"
    for chunk in load_chunks(settings):  # every chunk is a slice of the text it is cited from
        text = read_text(corpus.parent / chunk.source)
        assert text[chunk.char_start:chunk.char_end] == chunk.text


@pytest.mark.skipif(not SETS["bbc"].available, reason="the shared BBC corpus is not beside the project")
def test_the_bbc_latin1_file_reads_exactly():
    article = read_corpus(SETS["bbc"].corpus / "sport").articles
    mutu = next(a for a in article if a.source.endswith("sport/199.txt"))
    assert mutu.encoding == "cp1252" and "£15.8m" in mutu.article_text


@pytest.mark.parametrize("text,encoding", [
    ("Café owners welcome the £2 fee cut.", "cp1252"),
    ("Привет, мир! Это тестовая статья о погоде в Москве.", "cp1251"),
    ("Zażółć gęślą jaźń. Polska wiadomość o pogodzie.", "cp1250"),
])
def test_legacy_encodings_are_detected(text, encoding):
    from rag.documents import decode

    assert decode(text.encode(encoding)) == (text, encoding)


def test_large_files_and_links_out_of_the_folder_are_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a.txt", ARTICLE)
    write(corpus, "big.txt", ARTICLE + "The council met again. " * 60_000)
    outside = write(tmp_path, "secret.txt", "Not an article of this folder\n\nIt must not be indexed.\n")
    (corpus / "link.txt").symlink_to(outside)
    result = read_corpus(corpus, max_mb=1)
    assert [a.source for a in result.articles] == ["corpus/a.txt"]
    reasons = {s.source: s.reason for s in result.skipped}
    assert "over the 1 MB limit" in reasons["corpus/big.txt"] and "RAG_MAX_FILE_MB" in reasons["corpus/big.txt"]
    assert "links outside the corpus folder" in reasons["corpus/link.txt"]
