"""Adding files from the chat page (ui.uploads), with hash embeddings and a fake engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.fakes import FakeEngine, throwaway_settings
from ui.database import DatabaseError
from ui.services import Services, open_services
from ui.uploads import add_uploaded

ROOT = Path(__file__).resolve().parents[3]
FIX = ROOT / "tests" / "data" / "ingest"
BAD = ROOT / "tests" / "data" / "ingest-bad"


@pytest.fixture()
def services(tmp_path: Path) -> Services:
    return open_services(throwaway_settings(tmp_path), progress=False, engine=FakeEngine())


def test_added_files_are_answerable_without_a_restart(services: Services, tmp_path: Path) -> None:
    before = len(services.runtime.index.documents)
    bogus = tmp_path / "图片.png"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    report = add_uploaded(services, [str(FIX / "luoyang-elderly-meals.docx"), str(FIX / "luoyang-heating-qa.html"),
                                     str(BAD / "password-protected.pdf"), str(bogus)])
    assert "✅ **luoyang-elderly-meals.docx**：1 份文件（docx）" in report
    assert "❌ **password-protected.pdf**：未添加" in report and "password" in report
    assert "❌ **图片.png**：未添加" in report
    assert "索引已更新" in report and str(tmp_path) not in report  # no paths shown to users
    assert len(services.runtime.index.documents) == before + 2
    corpus = services.settings.corpus
    assert (corpus / "luoyang-elderly-meals.docx").is_file() and not (corpus / "password-protected.pdf").exists()
    hits = services.runtime.retriever.retrieve("80周岁以上老年人在老年食堂就餐每餐补贴多少").hits
    assert hits[0].chunk.doc_number == "洛民〔2024〕31号"
    again = add_uploaded(services, [str(FIX / "luoyang-elderly-meals.docx")])
    assert "已有相同文件" in again and len(services.runtime.index.documents) == before + 2


def test_nothing_chosen_is_a_message(services: Services) -> None:
    assert add_uploaded(services, []) == "请先选择要添加的文件。"


class _DeadSharedDatabase:
    """A PostgreSQL database that has gone away."""

    dialect = "postgresql"

    def execute(self, *_a: object, **_k: object) -> int:
        raise DatabaseError("The database postgresql://db:5432/policy failed (OperationalError).")

    query = execute


def test_an_upload_the_shared_database_cannot_take_is_still_answerable_here(services: Services) -> None:
    services.db = _DeadSharedDatabase()  # type: ignore[assignment]
    report = add_uploaded(services, [str(FIX / "luoyang-elderly-meals.docx")])
    assert "✅ **luoyang-elderly-meals.docx**" in report
    assert "已加入本服务器的索引" in report and "未能保存到共享数据库" in report and "db:5432" not in report
    hits = services.runtime.retriever.retrieve("80周岁以上老年人在老年食堂就餐每餐补贴多少").hits
    assert hits[0].chunk.doc_number == "洛民〔2024〕31号"


def test_the_page_offers_every_kind_of_file_the_readers_read() -> None:
    """The chat page's file picker lists the kinds of file the readers read (a file it leaves out cannot be
    picked at all): the binary workbook, OpenDocument, EPUB, a portal's JSON, 7-Zip, HEIC among them."""
    from ui.uploads import ACCEPTED

    for kind in (".docx", ".xlsx", ".xlsb", ".ods", ".odp", ".fodt", ".epub", ".json", ".7z", ".heic", ".ofd"):
        assert kind in ACCEPTED, kind
