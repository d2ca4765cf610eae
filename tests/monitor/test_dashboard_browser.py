"""The dashboard in real headless Chromium against ``flashpoint serve`` in a subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is absent: install it with "
        "`apt-get install -y --no-install-recommends chromium` (scripts/setup.sh --test does)",
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(monitor_db: Path) -> Iterator[str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "FLASHPOINT_TOKEN"}
    command = [sys.executable, "-m", "flashpoint", "serve", "--db", str(monitor_db),
               "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/api/summary", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    out = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"flashpoint serve did not start: {out}")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_dashboard_filters_and_opens_an_article(server: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        # The page's own Content-Security-Policy forbids eval, which Playwright's
        # wait_for_function uses for its predicates; the header itself is checked
        # by the API tests, and requests leaving the server are checked below.
        page = browser.new_page(viewport={"width": 1280, "height": 1800}, bypass_csp=True)
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        outside: list[str] = []
        page.on(
            "request",
            lambda r: (
                None
                if r.url.startswith(server) or r.url.startswith("data:")
                else outside.append(r.url)
            ),
        )
        page.goto(server + "/")
        page.wait_for_selector("body[data-ready=true]", timeout=20_000)
        rows = page.locator("#events-table tbody tr")
        everything = rows.count()
        assert everything == 25  # a full first page
        assert page.locator("#summary").inner_text().startswith("14 documents")
        assert int(page.locator("#map").get_attribute("data-points") or 0) > 0
        # Country outlines under the points, in the points' projection: land at 48°N 100°E
        # (Mongolia), open sea at 10°N 140°W.
        assert int(page.locator("#map").get_attribute("data-countries") or 0) > 150
        land, sea = page.evaluate(
            """() => { const c = document.getElementById('map'), x = c.getContext('2d');
            const at = (lat, lon) => Array.from(x.getImageData(
                Math.round((lon + 180) / 360 * c.width), Math.round((90 - lat) / 180 * c.height),
                1, 1).data);
            return [at(48, 100), at(10, -140)]; }"""
        )
        assert land == [251, 250, 245, 255] and sea[3] == 0

        # The actor network: nodes on a circle, edges coloured by their balance.
        network = page.locator("#network")
        edges = int(network.get_attribute("data-edges") or 0)
        assert edges > 0 and int(network.get_attribute("data-nodes") or 0) > 1
        assert page.locator("#network path.edge").count() == edges
        pol_rus = page.locator("#network path.edge", has_text="POL → RUS")
        assert pol_rus.count() == 1
        assert pol_rus.get_attribute("stroke") == "rgb(192,57,43)"  # all conflict

        # A shorter baseline gives the sample's few days an index and alerts.
        page.fill("#window", "4")
        page.fill("#min-history", "2")
        page.fill("#threshold", "2")
        page.click("#escalation-form button")
        page.wait_for_selector("#timeline circle.alert")
        assert page.locator("#alerts-table tbody tr").count() > 0

        # The CUSUM: choosing it sets its own default threshold.
        page.select_option("#method", "cusum")
        assert page.input_value("#threshold") == "5"
        page.fill("#threshold", "2")
        with page.expect_response(lambda r: "/api/alerts" in r.url and "cusum" in r.url):
            page.click("#escalation-form button")
        page.wait_for_selector("#timeline circle.alert")
        assert page.locator("#alerts-table tbody tr").count() > 0

        # A filter changes the table.
        page.select_option("#filter-type", "SANCTION")
        page.click("#filters button")
        page.wait_for_function("document.getElementById('events-count').textContent"
                               ".includes('of') && [...document.querySelectorAll("
                               "'#events-table tbody tr td:nth-child(2)')].every("
                               "td => td.textContent.startsWith('SANCTION'))")  # fmt: skip
        assert 0 < rows.count() < everything

        # Clicking an event opens its article with the evidence highlighted.
        first = rows.first
        trigger = first.locator("td").nth(4).inner_text()
        first.click()
        page.wait_for_selector("#article:not([hidden]) mark.trigger")
        assert page.locator("#article-events li.active").count() == 1
        active = page.locator("#article-text mark.active.trigger")
        assert trigger in " ".join(active.all_inner_texts())
        assert page.locator("#article-text mark.source").count() > 0
        assert page.locator("#article-text mark.place").count() > 0
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
        browser.close()
    assert problems == []
    assert outside == []
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 10_000
