"""Throwaway loopback servers for the scale-out tests: milvus-lite in server mode and a PostgreSQL
cluster in a temporary folder. Each starts in seconds and is stopped (and its folder removed) after."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on {port} within {timeout} s")


def stop(proc: subprocess.Popen[bytes], grace_s: float) -> None:
    proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextmanager
def milvus_lite_server(data_dir: Path) -> Iterator[str]:
    """``milvus-lite server`` on a free loopback port; yields its ``milvus://`` URI."""
    port = free_port()
    exe = Path(sys.executable).with_name("milvus-lite")
    proc = subprocess.Popen([str(exe), "server", "--data-dir", str(data_dir), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_port(port, proc, 30, "milvus-lite server")
        yield f"milvus://127.0.0.1:{port}"
    finally:
        stop(proc, 10)


def _as_postgres() -> list[str]:
    """Run PostgreSQL's tools as the ``postgres`` user when we are root (initdb refuses root)."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@contextmanager
def postgres_server() -> Iterator[str]:
    """A fresh PostgreSQL 15 cluster on a free loopback port; yields its ``postgresql://`` URL.

    Its folder is made under the system temp folder (pytest's are private to root, and as root the
    server runs as ``postgres``) and removed afterwards."""
    if not (PG_BIN / "initdb").is_file():
        raise RuntimeError("PostgreSQL 15 is not installed (scripts/setup.sh --test installs it)")
    base = Path(tempfile.mkdtemp(prefix="policyqa-pg-"))
    data = base / "pgdata"
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    wrap = _as_postgres()
    subprocess.run([*wrap, str(PG_BIN / "initdb"), "-D", str(data), "-U", "policyqa", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    port = free_port()
    proc = subprocess.Popen([*wrap, str(PG_BIN / "postgres"), "-D", str(data), "-p", str(port),
                             "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={data}",
                             "-c", "fsync=off"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_port(port, proc, 30, "postgres")
        url = f"postgresql://policyqa@127.0.0.1:{port}/postgres"
        end = time.monotonic() + 20
        while True:  # listening is not yet accepting: wait for a real connection
            try:
                import psycopg

                psycopg.connect(url, connect_timeout=2).close()
                break
            except Exception:
                if time.monotonic() > end:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        stop(proc, 15)
        shutil.rmtree(base, ignore_errors=True)
