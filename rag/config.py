"""One typed settings object for the whole product: flag > env (RAG_*) > .env > default."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Every knob the product has. Build once at the door, pass down explicitly."""

    model_config = SettingsConfigDict(
        env_prefix="RAG_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Corpus and store
    corpus_dir: Path = Field(PROJECT_ROOT / "seeds", description="Folder of *.txt / *.md articles.")
    data_dir: Path = Field(PROJECT_ROOT / ".rag", description="Embedded Chroma + docstore live here.")
    chroma_url: str | None = Field(None, description="Chroma server URL; replaces the embedded store.")
    chroma_token: SecretStr | None = Field(None, description="Token for a Chroma server with token auth.")
    collection: str = Field("articles", description="Chroma collection name.")

    max_file_mb: float = Field(5.0, gt=0, description="Larger files are skipped with a warning.")

    # Chunking: a few sentences per chunk keeps citations precise (see README, eval numbers).
    chunk_size: int = Field(160, ge=32, le=2048, description="Chunk size in tiktoken tokens.")
    chunk_overlap: int = Field(24, ge=0, le=512, description="Overlap between chunks, tokens.")

    # Embeddings
    embed_backend: Literal["local", "openai"] = Field("local", description="local ONNX MiniLM or OpenAI.")
    openai_embed_model: str = Field("text-embedding-3-small")

    # Retrieval
    top_k: int = Field(5, ge=1, le=50, description="Chunks retrieved per question.")
    retrieval: Literal["hybrid", "dense", "bm25"] = Field("hybrid")

    # LLM (answers are extractive unless a key or base URL is set)
    llm_model: str = Field("gpt-4o-mini", description="Model name for OpenAI or the compatible server.")
    openai_api_key: SecretStr | None = Field(None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, validation_alias="OPENAI_BASE_URL")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before an LLM call gives up.")
    llm_retries: int = Field(1, ge=0, le=5)
    use_llm: bool = Field(True, description="Set false to force the extractive answerer.")

    # UI
    host: str = Field("127.0.0.1")
    port: int = Field(7860, ge=1, le=65535)
    auth: SecretStr | None = Field(None, description="user:password for basic auth in the UI.")

    def resolved(self) -> "Settings":
        """Paths made absolute so every door sees the same folders."""
        return self.model_copy(
            update={"corpus_dir": self.corpus_dir.resolve(), "data_dir": self.data_dir.resolve()}
        )

    @property
    def llm_configured(self) -> bool:
        return self.use_llm and bool(self.openai_api_key or self.openai_base_url)

    @property
    def embed_model_id(self) -> str:
        """The name recorded in the index so a query with another model fails loudly."""
        if self.embed_backend == "openai":
            return f"openai:{self.openai_embed_model}"
        return "local:all-MiniLM-L6-v2-onnx-int8"


def load_settings(**overrides: object) -> Settings:
    """Flags win over env and .env; None means 'flag not given'. With no corpus folder given,
    the one the data dir's index was last built from, then `seeds/`."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        settings = Settings(**given)  # type: ignore[arg-type]
    except ValidationError as e:
        err = e.errors()[0]
        name = "_".join(str(p) for p in err["loc"]).upper()
        raise ConfigError(f"setting {name}: {err['msg']} (check the flag or RAG_{name})") from None
    if "corpus_dir" not in settings.model_fields_set and (built_from := recorded_corpus(settings)) is not None:
        settings = settings.model_copy(update={"corpus_dir": built_from})
    return settings.resolved()


def corpus_record(settings: Settings) -> Path:
    """Where ingest notes the corpus folder it indexed: `rag ingest ~/news` then `rag ask`
    answers from ~/news, with no RAG_CORPUS_DIR to repeat."""
    return settings.data_dir / f"{settings.collection}.corpus.json"


def recorded_corpus(settings: Settings) -> Path | None:
    """The folder the index was last built from, if the record is readable and it still exists."""
    import json

    try:
        folder = Path(json.loads(corpus_record(settings).read_text(encoding="utf-8"))["corpus_dir"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return folder if folder.is_dir() else None
