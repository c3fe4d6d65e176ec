"""``policyqa bench`` end to end on one gazette: ×1 and ×3, every backend, figures that add up."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ui.commands.bench import _scales, main

pytestmark = pytest.mark.integration

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def test_scales_run_from_one_through_powers_of_ten_to_the_top() -> None:
    assert _scales(1) == [1] and _scales(10) == [1, 10] and _scales(100) == [1, 10, 100] and _scales(30) == [1, 10, 30]


def test_bench_compares_the_backends_at_each_scale(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYQA_HOME", str(tmp_path / "home"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(CORPUS / "tongxin-county-2022.txt", corpus / "tongxin-county-2022.txt")
    rc = main(["--corpus", str(corpus), "--embedding-model", "hash:64",
               "--scale", "3", "--questions", "5", "--json"])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    x1, x3 = out["scales"]["x1"], out["scales"]["x3"]
    assert x3["documents"] == 3 * x1["documents"]
    assert 2.5 * x1["chunks"] <= x3["chunks"] <= 3.5 * x1["chunks"]
    assert x3["embedding_extrapolated_chunks"] == x3["chunks"] - x1["chunks"]  # only the originals were embedded
    assert x3["build_s"] >= x3["build_s_measured"] > 0
    for row in (x1, x3):
        assert set(row["backends"]) == {"flat", "hnsw", "milvus"}
        for b in row["backends"].values():
            assert 0 < b["p50_ms"] <= b["p95_ms"]
