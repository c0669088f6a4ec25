"""The corpus folder as people change it from the UI: articles added (checked, under safe
names) and removed (moved aside, never deleted). Reading articles is `documents.py`."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from .documents import SUFFIXES, is_binary, source_name
from .errors import CorpusError

UPLOADS = "uploads"  # where added files go, inside the corpus folder


def add_files(corpus_dir: Path, files: list[Path], max_mb: float) -> list[str]:
    """Copy articles into `<corpus>/uploads/` under safe names, never over an existing file;
    their source names. A file of another type, too large, or not text is refused with the
    reason, and nothing is copied."""
    for f in files:
        if f.suffix.lower() not in SUFFIXES:
            raise CorpusError(f"{f.name} is not a .txt, .md or .html file: only articles in those formats are added")
        if f.stat().st_size > max_mb * 1e6:
            raise CorpusError(f"{f.name} is over the {max_mb:g} MB limit: split it or raise RAG_MAX_FILE_MB")
        if is_binary(f.read_bytes()[:4096]):
            raise CorpusError(f"{f.name} is not a text file: save the article as text or HTML first")
    target = corpus_dir / UPLOADS
    target.mkdir(parents=True, exist_ok=True)
    added = []
    for f in files:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", f.stem).strip(".-")[:80] or "article"
        dest, n = target / f"{stem}{f.suffix.lower()}", 1
        while dest.exists():
            n += 1
            dest = target / f"{stem}-{n}{f.suffix.lower()}"
        shutil.copyfile(f, dest)
        added.append(source_name(dest, corpus_dir))
    return added


def remove_article(corpus_dir: Path, source: str, trash: Path) -> Path:
    """Move an article's file out of the corpus into `trash` (so a mistake can be undone by
    moving it back); where it went."""
    path = (corpus_dir.parent / source).resolve()
    if not path.is_relative_to(corpus_dir.resolve()) or not path.is_file():
        raise CorpusError(f"{source} is not an article of {corpus_dir}")
    trash.mkdir(parents=True, exist_ok=True)
    dest = trash / f"{time.strftime('%Y%m%d-%H%M%S')}-{path.name}"
    shutil.move(path, dest)
    return dest
