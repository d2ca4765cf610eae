"""``flashpoint ingest`` end to end: bad inputs, idempotence, feeds, watching, SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flashpoint import Pipeline
from flashpoint.cli import main
from tests.conftest import EXAMPLES, ROOT
from tests.store.support import serve
from tests.store.test_db import dump

__all__ = ["serve"]

FEED_ITEM = """<item><title>{title}</title><link>https://news.example/{n}</link>
<description>{text}</description><pubDate>Tue, 10 Feb 2026 09:00:00 GMT</pubDate></item>"""


def feed(*items: tuple[str, str]) -> bytes:
    body = "".join(
        FEED_ITEM.format(title=t, text=x, n=n) for n, (t, x) in enumerate(items, start=1)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
        f"{body}</channel></rss>"
    ).encode()


TALKS = ("Iran and Oman hold talks", "Envoys from Iran and Oman held talks in Muscat on Tuesday.")
SANCTIONS = (
    "US sanctions tankers",
    "The United States imposed sanctions on 14 Iranian oil tankers on Tuesday.",
)


@pytest.fixture(autouse=True)
def shared_pipeline(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The commands load spaCy once per test session, not once per call."""
    monkeypatch.setattr(Pipeline, "default", classmethod(lambda cls, *a, **k: pipeline))
    yield


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def bad_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    paths = {
        "good": folder / "good.txt",
        "binary": folder / "binary.txt",
        "empty": folder / "empty.txt",
        "latin1": folder / "latin1.txt",
        "jsonl": folder / "corpus.jsonl",
        "xml": folder / "bomb.xml",
        "html": folder / "scripts.html",
        "huge": folder / "huge.txt",
    }
    paths["good"].write_bytes((EXAMPLES / "03-talks-oman.txt").read_bytes())
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    paths["empty"].write_bytes(b"")
    paths["latin1"].write_bytes("Caf\u00e9 talks in Z\u00fcrich".encode("latin-1"))
    paths["jsonl"].write_text(
        json.dumps({"id": "ok-1", "text": "Iraq and Turkey signed a water agreement."})
        + "\n{not json\n"
        + json.dumps({"id": "ok-2", "text": "Protesters marched in Baghdad on Friday."})
        + "\n",
        encoding="utf-8",
    )
    paths["xml"].write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title>'
        "</item></channel></rss>",
        encoding="utf-8",
    )
    scripts = "<script>alert('x'); document.write('evil')</script>" * 500
    paths["html"].write_text(
        f"<html><head>{scripts}</head><body>{scripts}<article><h1>Ceasefire</h1>"
        "<p>The army and the rebels agreed to a ceasefire in Darfur on Sunday, "
        "mediators in Jeddah said.</p><p>Aid convoys are expected to move on Monday.</p>"
        f"</article>{scripts}</body></html>",
        encoding="utf-8",
    )
    with paths["huge"].open("w", encoding="utf-8") as out:  # 50 MB, one document
        line = "The army shelled the town again on Tuesday. " * 100 + "\n"
        for _ in range(50_000_000 // len(line)):
            out.write(line)
    return paths


def test_bad_input_never_takes_good_input_down(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = bad_inputs(tmp_path / "in")
    db = tmp_path / "f.duckdb"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    for name in ("binary", "empty", "latin1", "xml", "huge"):
        assert f"cannot read {paths[name]}" in err, name
    assert f"cannot read {paths['jsonl']}:2:" in err
    quarantined = {
        (o, line) for o, line, _ in rows(db, "SELECT origin, line, reason FROM quarantine")
    }
    assert (str(paths["jsonl"]), 2) in quarantined
    assert {str(paths[n]) for n in ("binary", "empty", "latin1", "xml", "huge")} <= {
        o for o, _ in quarantined
    }
    stored = {i for (i,) in rows(db, "SELECT id FROM documents")}
    assert {"ok-1", "ok-2"} <= stored and len(stored) == 4  # good.txt, two lines, the page
    (page,) = rows(db, "SELECT text FROM documents WHERE origin = ?", [str(paths["html"])])
    assert "ceasefire" in page[0] and "alert" not in page[0]
    assert rows(db, "SELECT count(*) FROM events")[0][0] > 0


def test_ingesting_twice_leaves_the_database_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "f.duckdb"
    assert main(["ingest", str(EXAMPLES), "--db", str(db), "--batch-size", "3"]) == 0
    before = dump(db)
    assert main(["ingest", str(EXAMPLES), "--db", str(db)]) == 0
    assert dump(db) == before
    assert capsys.readouterr().err == ""  # quiet when not a terminal


def test_feeds_over_http_refuse_loopback_unless_allowed(
    tmp_path: Path, serve: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = serve({"/feed.xml": (200, "application/rss+xml", feed(TALKS))}) + "/feed.xml"
    db = tmp_path / "f.duckdb"
    assert main(["ingest", url, "--db", str(db)]) == 1
    assert "private or loopback" in capsys.readouterr().err
    assert main(["ingest", url, "--db", str(db), "--allow-private"]) == 0
    assert rows(db, "SELECT url, source FROM documents") == [
        ("https://news.example/1", "Test Wire")
    ]


def test_watch_polls_and_ingests_only_new_items(tmp_path: Path, serve: Callable[..., str]) -> None:
    routes = {"/feed.xml": (200, "application/rss+xml", feed(TALKS))}
    base = serve(routes)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{base}/feed.xml\n\n", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    watch = ["ingest", "--watch", str(feeds), "--every", "0", "--db", str(db), "--allow-private"]
    assert main([*watch, "--cycles", "2"]) == 0
    assert rows(db, "SELECT count(*) FROM documents") == [(1,)]
    before = dump(db)
    routes["/feed.xml"] = (200, "application/rss+xml", feed(TALKS, SANCTIONS))
    assert main([*watch, "--cycles", "1"]) == 0
    assert rows(db, "SELECT title FROM documents ORDER BY num") == [(TALKS[0],), (SANCTIONS[0],)]
    after = dump(db)
    assert set(before["events"]) < set(after["events"])


def test_usage_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "f.duckdb")
    assert main(["ingest", "--db", db]) == 2
    assert main(["ingest", str(EXAMPLES), "--cycles", "2", "--db", db]) == 2
    assert main(["ingest", "--watch", "feeds.txt", "--every", "soon", "--db", db]) == 2


# --- SIGKILL mid-ingest ----------------------------------------------------------------


def write_corpus(path: Path, copies: int) -> int:
    """The sample articles, each in ``copies`` distinct versions, as JSON Lines."""
    lines = []
    for article in sorted(EXAMPLES.glob("*.txt")):
        text = article.read_text(encoding="utf-8")
        for n in range(copies):
            lines.append(json.dumps({"id": f"{article.stem}-{n}", "text": f"{text}\nUpdate {n}."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "flashpoint", "ingest", str(corpus), "--db", str(db),
            "--batch-size", "2", "--date", "2026-02-12"]  # fmt: skip


def events_of(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "events": rows(
            db, "SELECT key, num, doc_hash, cluster_id, record FROM events ORDER BY num"
        ),
        "clusters": rows(db, "SELECT * FROM clusters ORDER BY num"),
        "actors": rows(db, "SELECT * FROM actors ORDER BY ALL"),
        "documents": rows(db, "SELECT hash, num, id FROM documents ORDER BY num"),
    }


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_gives_the_events_of_a_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    total = write_corpus(corpus, copies=6)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    clean = tmp_path / "clean.duckdb"
    subprocess.run(ingest_command(corpus, clean), check=True, env=env, cwd=ROOT)
    expected = events_of(clean)
    assert len(expected["documents"]) == total

    killed = tmp_path / "killed.duckdb"
    partial_states = 0
    for attempt in range(8):
        process = subprocess.Popen(ingest_command(corpus, killed), env=env, cwd=ROOT)
        time.sleep(3.0 + attempt)
        if process.poll() is not None:
            break
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        stored = rows(killed, "SELECT count(*) FROM documents")[0][0]
        partial_states += 0 < stored < total
        if stored == total:
            break
    assert partial_states >= 1, "the run was never killed mid-ingest"
    subprocess.run(ingest_command(corpus, killed), check=True, env=env, cwd=ROOT)
    assert events_of(killed) == expected
