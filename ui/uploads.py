"""Adding files from the chat page: check, copy into the corpus, index incrementally, report.

The same steps as ``policyqa add``; the runtime swaps in the updated index, so the new documents
are answerable at once, without a restart. One upload is processed at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from index.errors import IndexLoadError
from index.ingest import FileReport, Staged, stage_files
from ui.database import DatabaseError
from ui.render import md_escape
from ui.replicas import UploadPuller, publish_facts, record_uploads, shared
from ui.services import Services

log = logging.getLogger(__name__)
_LOCK = threading.Lock()
ACCEPTED = [".txt", ".md", ".html", ".htm", ".shtml", ".mhtml", ".mht", ".docx", ".doc", ".wps", ".odt", ".rtf", ".pptx", ".xlsx", ".xlsb", ".xls", ".pdf", ".ofd", ".zip", ".eml", ".msg", ".csv", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp",
            # (read as well: OpenDocument sheets, slides and flat files, EPUB, a portal's JSON or XML export, 7-Zip and
            # tar archives, an iPhone's HEIC photo)
            ".ods", ".odp", ".fodt", ".fods", ".epub", ".json", ".xml", ".7z", ".tar", ".gz", ".heic"]


def add_uploaded(services: Services, paths: Sequence[str | Path],
                 say: Callable[[str], None] = lambda _m: None) -> str:
    """Add the uploaded files; returns the per-file report as Markdown for the page."""
    files = [(Path(p), Path(p).name) for p in paths if p]
    if not files:
        return "请先选择要添加的文件。"
    with _LOCK:
        staged = stage_files(files, services.settings.corpus)
        added = [s for s in staged if s.target is not None and s.duplicate_of is None]
        final: dict[str, FileReport] = {}
        failure = ""
        if added:
            try:
                report = services.runtime.refresh(log=say, sources=[s.source for s in added if s.source])
                final = {r.file: r for r in report.files}
            except (IndexLoadError, OSError):
                log.exception("index update after an upload failed")
                failure = "文件已保存到文件库，但索引更新失败；请稍后重试或在命令行运行 `policyqa index`。"
        if not failure:
            try:  # a file already here is shared too: a re-upload repairs a share that failed
                record_uploads(services.db, staged, services.replica)
                if added:
                    publish_facts(services.db, services.runtime.index, services.settings.as_of_iso)
            except (DatabaseError, OSError):
                log.exception("sharing an upload with the other replicas failed")
                failure = ("文件已加入本服务器的索引，可直接提问；但未能保存到共享数据库，"
                           "其他服务器暂时查不到它，请稍后重新上传。")
    lines = [_line(s, final) for s in staged]
    if failure:
        lines.append(f"\n**{failure}**")
    elif added:
        docs = len(services.runtime.index.documents)
        lines.append(f"\n索引已更新：现共 {docs} 份文件，可直接提问。")
    return "\n".join(lines)


def _line(s: Staged, final: dict[str, FileReport]) -> str:
    name = md_escape(s.given)
    if s.duplicate_of:
        return f"- ➖ **{name}**：文件库中已有相同文件（{md_escape(s.duplicate_of)}），未重复添加。"
    if s.target is None:
        return f"- ❌ **{name}**：未添加 —— {md_escape(s.report.error or '无法读取')}"
    rep = final.get(s.target.name, s.report)
    cov = rep.coverage
    head = f"- ✅ **{name}**：{rep.documents} 份文件（{rep.format}）"
    if cov is not None and rep.chars_kept:
        head += f"，正文收录 {cov:.0%}"
    notes = [md_escape(w) for w in rep.warnings]
    return head + ("".join(f"\n    - {n}" for n in notes) if notes else "")


def start_pulling(services: Services) -> UploadPuller | None:
    """With a shared database: add the files other replicas stored, now and every few seconds."""
    if not shared(services.db):
        return None
    assert services.db is not None

    def refresh(added: Sequence[Staged]) -> object:
        report = services.runtime.refresh(sources=[s.source for s in added if s.source])
        publish_facts(services.db, services.runtime.index, services.settings.as_of_iso)
        return report

    puller = UploadPuller(services.db, services.settings.corpus, refresh, _LOCK,
                          lambda: services.runtime.index.manifest.corpus.files.keys())
    puller.pull()
    puller.start(services.settings.replica_poll_s)
    return puller
