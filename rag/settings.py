"""Configuration: defaults < TOML file < environment (POLICYQA_*) < command-line flags.

Built once by a command and passed down explicitly; nothing reads a global settings object.

Environment examples::

    POLICYQA_CORPUS=/data/gazettes          # corpus folder
    POLICYQA_HOME=/srv/policyqa             # models, index, feedback database
    POLICYQA_EMBEDDING_MODEL=BAAI/bge-small-zh-v1.5
    POLICYQA_LLM__BACKEND=openai POLICYQA_LLM__OPENAI_BASE_URL=http://host:8000/v1 \
    POLICYQA_LLM__OPENAI_MODEL=qwen2.5-7b-instruct   # key from OPENAI_API_KEY
    POLICYQA_CONFIG=policyqa.toml           # a TOML file with the same keys
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from index.chunking import ChunkerSettings
from index.errors import ConfigError
from rag.llm import LLMSettings
from rag.retrieval import RetrievalSettings

REPO_ROOT = Path(__file__).resolve().parents[1]
BUNDLED_CORPUS = REPO_ROOT / "data" / "corpus"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYQA_", env_nested_delimiter="__", extra="ignore")

    home: Path = REPO_ROOT / "var"
    corpus: Path = BUNDLED_CORPUS
    index_dir: Path | None = None  # default: <home>/index/<embedding model slug>/<corpus name>-<path hash>
    embedding_model: str = "packaged:multilingual-e5-small"
    embedding_dtype: str = "auto"  # bfloat16 where the CPU has native bf16 units, else float32
    embedding_batch_size: int = 16
    # Dense vectors see the first 192 tokens of a passage (BM25 sees all of it): on the dev set this
    # kept retrieval quality while building 1.35x faster than full length (74 s vs 100 s).
    embedding_max_tokens: int | None = 192
    chunker: ChunkerSettings = Field(default_factory=ChunkerSettings)
    # Where the chunk vectors and BM25 are searched: "embedded" (FAISS + bm25s in this process), a
    # Milvus server ("milvus://host:19530", a "/collection" path picks the collection) or a
    # milvus-lite file ("path/to/store.db"). See index.milvus.
    store: str = "embedded"
    # The app's own records (feedback, uploaded files): None → SQLite in <home>; a PostgreSQL URL
    # ("postgresql://user@host:5432/db") shares them between replicas. See ui.database.
    database_url: str | None = None
    replica: str | None = None  # this process's name in shared records (default: host:pid)
    replica_poll_s: float = 5.0  # with a shared database: how often uploads made elsewhere are pulled
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    persona: str = "public"
    # How the model answers: "lead" (one sentence answering the question, above the quotes chosen
    # for each part in full; right for the packaged 1.5B model), "restate" (it rewords the quotes,
    # which stand in only for what it leaves out), "compose" (it writes from the quotes and their
    # neighbouring sentences; for a larger model behind the openai backend), or "auto" (lead for the
    # local model, compose for openai). Every sentence goes through the claim verifier either way.
    answer_style: Literal["auto", "lead", "restate", "compose"] = "auto"
    max_question_chars: int = 500
    # The day validity is judged on (a notice whose end date is before it has expired); None: today.
    as_of: date | None = None
    api_key_env: str = "POLICYQA_API_KEY"  # the serve command's own key, read from this variable
    # Host names the server answers to (its Host header), besides loopback; "*" for any.
    allowed_hosts: list[str] = []
    api_docs: bool = False  # serve /docs and /openapi.json
    rate_limit: str = "120/minute"  # POST requests per client address (the page's status timer posts too)

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        # A file given to load_settings() wins over POLICYQA_CONFIG; neither changes the environment.
        config = settings_cls.model_config.get("toml_file") or os.environ.get("POLICYQA_CONFIG")
        if config:
            path = Path(str(config))
            if not path.is_file():
                raise FileNotFoundError(f"Config file not found: {path}")
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def resolved_index_dir(self) -> Path:
        if self.index_dir is not None:
            return self.index_dir
        # Keyed by model and corpus: two corpora never overwrite each other's index.
        slug = "".join(ch if ch.isalnum() else "-" for ch in self.embedding_model).strip("-")
        where = str(self.corpus.expanduser().resolve())
        name = "".join(ch if ch.isalnum() else "-" for ch in self.corpus.name).strip("-")[:40] or "corpus"
        return self.home / "index" / slug / f"{name}-{hashlib.sha1(where.encode()).hexdigest()[:8]}"

    @property
    def as_of_iso(self) -> str:
        """The day validity is judged on, ISO: the configured one, else today (read at each call)."""
        return (self.as_of or date.today()).isoformat()

    @property
    def llm_resolved(self) -> LLMSettings:
        return self.llm.with_defaults(self.home)


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Settings from the environment and an optional TOML file, with explicit overrides on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}

    class FileSettings(Settings):
        model_config = SettingsConfigDict(**{**Settings.model_config, "toml_file": config})

    try:
        return Settings(**clean) if config is None else FileSettings(**clean)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"配置文件不是有效的 TOML / config file is not valid TOML: {exc}") from None
