"""Settings: flag > env > the corpus the data dir was last built from > default."""

import json

from rag.config import PROJECT_ROOT, corpus_record, load_settings


def _record(data_dir, folder) -> None:
    settings = load_settings(data_dir=data_dir)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    corpus_record(settings).write_text(json.dumps({"corpus_dir": str(folder)}), encoding="utf-8")


def test_the_corpus_an_index_was_built_from_is_the_default(tmp_path, monkeypatch):
    monkeypatch.delenv("RAG_CORPUS_DIR", raising=False)
    news, other = tmp_path / "news", tmp_path / "other"
    news.mkdir()
    other.mkdir()
    assert load_settings(data_dir=tmp_path / "d").corpus_dir == PROJECT_ROOT / "seeds"  # nothing indexed yet
    _record(tmp_path / "d", news)
    assert load_settings(data_dir=tmp_path / "d").corpus_dir == news
    assert load_settings(data_dir=tmp_path / "d", corpus_dir=other).corpus_dir == other  # a flag wins
    monkeypatch.setenv("RAG_CORPUS_DIR", str(other))
    assert load_settings(data_dir=tmp_path / "d").corpus_dir == other  # so does the environment


def test_a_recorded_corpus_that_is_gone_or_unreadable_is_ignored(tmp_path, monkeypatch):
    monkeypatch.delenv("RAG_CORPUS_DIR", raising=False)
    _record(tmp_path / "d", tmp_path / "moved-away")
    assert load_settings(data_dir=tmp_path / "d").corpus_dir == PROJECT_ROOT / "seeds"
    corpus_record(load_settings(data_dir=tmp_path / "d")).write_text("{not json", encoding="utf-8")
    assert load_settings(data_dir=tmp_path / "d").corpus_dir == PROJECT_ROOT / "seeds"
