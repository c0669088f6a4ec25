import codecs
from pathlib import Path

import pytest

from rag.config import PROJECT_ROOT
from rag.documents import load_article, load_corpus
from rag.errors import CorpusError
from rag.store import load_chunks

SEEDS = PROJECT_ROOT / "seeds"
SHARED = PROJECT_ROOT.parent / "shared" / "seeds"

# Text that is site chrome, embeds or reader comments in the seeds.
NOT_ARTICLE = [
    "Print Friendly", "Subscribe", "Sign in to Unlock", "pic.twitter.com", "MORE ON THE TOPIC",
    "Comments have to be in English", "Divide et Impera", "Realpolitik", "Siberian woman", "hashed",
    "Ilustrative Image", "Home / OPINION", "@mfa_russia", "Bookmark stories",
]


def test_seeds_are_byte_identical_to_the_shared_copy():
    if not SHARED.exists():
        pytest.skip("no shared/ beside the checkout")
    for f in SHARED.glob("*.txt"):
        assert (SEEDS / f.name).read_bytes() == f.read_bytes()


@pytest.mark.parametrize(
    "name,title,author,date",
    [
        ("000_7a647d83f84d9f26.txt", "Sino-Russia Conference Extends Treaties as Xi Kowtows to Putin for Better Relations", "Jessica Mao", "2021-07-06"),
        ("001_eea935a8997ff583.txt", "West Might Try To Damage Russian-Chinese Relations Using Aigun Treaty Issue", "Uriel Araujo", None),
        ("002_d7a727c925426428.txt", "The development of relations between the People’s Republic of China and Russia", "Giancarlo Valori", None),
        ("003_761a476754e07be6.txt", "Historic summit between Xi Jinping and Vladimir Putin strengthens China-Russia ties", None, "2022-03-02"),
        ("004_db31a0e3b058f794.txt", None, "Frances Martel", "2024-05-16"),
    ],
)
def test_metadata(name, title, author, date):
    a = load_article(SEEDS / name, SEEDS)
    assert (a.title, a.author, a.date) == (title, author, date)
    assert a.source == f"seeds/{name}"
    assert len(a.content_hash) == 64


def test_cleaning_drops_chrome_and_comments_but_keeps_the_article():
    for a in load_corpus(SEEDS):
        kept = a.article_text
        assert not [s for s in NOT_ARTICLE if s in kept], a.source
    thread = load_article(SEEDS / "001_eea935a8997ff583.txt", SEEDS)
    assert "600,000 square km" in thread.article_text
    assert thread.line_of(thread.spans[-1][1]) < 33  # nothing from the comment thread


def test_every_chunk_round_trips_to_the_file_exactly(settings):
    chunks = load_chunks(settings)
    assert len({c.source for c in chunks}) == 5
    for c in chunks:
        text = (PROJECT_ROOT / c.source).read_bytes().decode("utf-8")
        assert text[c.char_start:c.char_end] == c.text
        assert text.count("\n", 0, c.char_start) + 1 == c.start_line
        assert text.count("\n", 0, c.char_end - 1) + 1 == c.end_line


def test_no_chunk_holds_chrome_or_comments(settings):
    for c in load_chunks(settings):
        assert not [s for s in NOT_ARTICLE if s in c.text], (c.source, c.start_line)


def test_chunks_are_a_few_sentences(settings):
    from llama_index.core.utils import get_tokenizer

    tokens = [len(get_tokenizer()(c.text)) for c in load_chunks(settings)]
    assert max(tokens) <= settings.chunk_size
    assert 40 <= sum(tokens) / len(tokens) <= settings.chunk_size


@pytest.mark.parametrize(
    "content,message",
    [(b"", "is empty"), (b"   \n", "is empty"), (b"abc\x00def", "binary")],
)
def test_bad_files_name_the_file_and_the_fix(tmp_path: Path, content: bytes, message: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(CorpusError, match=message) as e:
        load_corpus(tmp_path)
    assert "bad.txt" in str(e.value)


def test_text_in_another_encoding_is_decoded(tmp_path: Path):
    from rag.documents import read_text

    latin = tmp_path / "latin.txt"
    latin.write_bytes("Headline\n\nThe transfer fee was £15.8m for the café owner.\n".encode("cp1252"))
    assert read_text(latin) == "Headline\n\nThe transfer fee was £15.8m for the café owner.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path, codec: str):
    """Windows' "Save as Unicode" writes UTF-16 with a BOM: its NUL bytes are no sign of a binary
    file. A UTF-8 BOM is left out of the text, so the title does not start with it."""
    from rag.corpus import add_files
    from rag.documents import read_text

    text = "Zoë Roe wins the Ostby vote\n\nZoë Roe won 42 votes in Ostby on Sunday, the council said.\n"
    raw = text.encode(codec) if codec != "utf-16-be" else codecs.BOM_UTF16_BE + text.encode(codec)
    (tmp_path / "corpus").mkdir()
    article = tmp_path / "corpus" / "wide.txt"
    article.write_bytes(raw)
    assert read_text(article) == text
    assert [(a.source, a.title) for a in load_corpus(tmp_path / "corpus")] == [("corpus/wide.txt", "Zoë Roe wins the Ostby vote")]
    assert add_files(tmp_path / "corpus", [article], max_mb=1) == ["corpus/uploads/wide.txt"]  # the UI's upload check too


def test_bad_folders(tmp_path: Path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "missing")
    with pytest.raises(CorpusError, match="no .txt, .md or .html files"):
        load_corpus(tmp_path)
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(CorpusError, match="not a folder"):
        load_corpus(tmp_path / "a.txt")


def test_unreadable_path(tmp_path: Path):
    from rag.documents import read_text

    (tmp_path / "dir.txt").mkdir()  # named like an article, cannot be read as one
    with pytest.raises(CorpusError, match="cannot read .*dir.txt"):
        read_text(tmp_path / "dir.txt")
    (tmp_path / "dir.txt" / "inner.txt").write_bytes(b"\x00\xff")  # subfolders are read too
    with pytest.raises(CorpusError, match="no readable article.*inner.txt"):
        load_corpus(tmp_path)
