"""The report in a real browser: headless Chromium loads it with no console errors and no failed
requests (read from Chromium's log and, over the DevTools protocol on loopback, from its own
network and console events), every section and chart is in the rendered DOM, and a screenshot is
saved (its path is printed; INSPECTOR_SCREENSHOT_DIR keeps it). Skipped when /usr/bin/chromium is
not installed."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from inspector.report.autotune_view import sections as autotune_sections
from inspector.report.generate import generate

CHROMIUM = Path("/usr/bin/chromium")
CAPTURES = Path(__file__).resolve().parents[1] / "captured_kernels"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0", "--hide-scrollbars"]
SECTIONS = ("index", "overhead", "timelines", "kernels", "performance", "breaks")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium")


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120)


def _page_errors(log: str) -> list[str]:
    """Console messages and failed loads from Chromium's stderr log. Chromium logs every console
    message as INFO:CONSOLE whatever its level, and the page has no script, so any is an error."""
    return [line for line in log.splitlines() if ":CONSOLE" in line or re.search(r"net::ERR_|Failed to load resource", line)]


def test_console_errors_are_caught(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text('<html><body><script>console.error("boom")</script></body></html>')
    run = _chromium(["--dump-dom", page.as_uri()], tmp_path / "profile")
    assert any("boom" in line for line in _page_errors(run.stderr))


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    out, model, _ = generate([CAPTURES], tmp_path / "report.html")
    url = out.resolve().as_uri()
    dom = _chromium(["--dump-dom", url], tmp_path / "profile1")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert not _page_errors(dom.stderr), _page_errors(dom.stderr)
    html = dom.stdout
    for section in SECTIONS + (("autotuning",) if autotune_sections(model.runs) else ()):  # only runs with autotuning.json have it
        assert f'id="{section}"' in html
    timelines = len([r for r in model.runs if r.timeline])
    assert html.count('class="chart timeline"') == timelines == len(model.runs)
    for cls in ("stacked", "grouped"):
        assert f'class="chart {cls}"' in html
    assert html.count("<rect") > 100 and 'class="hl"' in html
    # after load, the DOM asks for nothing: no scripts, stylesheets, images, frames or CSS url()
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b|\ssrc=|url\(", html)

    shots = Path(os.environ.get("INSPECTOR_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    png = shots / "report.png"
    shot = _chromium([f"--screenshot={png}", "--window-size=1400,4000", url], tmp_path / "profile2")
    assert shot.returncode == 0 and png.is_file() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 50_000  # a blank page is a few KB
    assert not _page_errors(shot.stderr), _page_errors(shot.stderr)
    print(f"[screenshot] {png}")


def _devtools_load(url: str, profile: Path, timeout: float = 60.0) -> dict[str, list]:
    """Load `url` in headless Chromium driven over the DevTools protocol (on loopback) and return
    what the page did: console messages, uncaught exceptions, log errors, every request and every
    failed request. Needs websocket-client (a dev dependency)."""
    import json
    import time
    import urllib.request

    websocket = pytest.importorskip("websocket")
    proc = subprocess.Popen([str(CHROMIUM), *FLAGS, "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
                            stderr=subprocess.PIPE, text=True)
    try:
        port = None
        deadline = time.time() + timeout
        while port is None and time.time() < deadline:
            line = proc.stderr.readline()
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            port = int(match.group(1)) if match else None
        assert port, "Chromium did not open its DevTools port"
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        page = next(t for t in targets if t.get("type") == "page")
        # no Origin header: Chromium >= 111 rejects a DevTools websocket whose origin it was not told to allow
        ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True)
        seen: dict[str, list] = {"console": [], "exceptions": [], "log": [], "requests": [], "failed": []}
        for i, method in enumerate(("Runtime.enable", "Log.enable", "Network.enable", "Page.enable"), start=1):
            ws.send(json.dumps({"id": i, "method": method}))
        ws.send(json.dumps({"id": 99, "method": "Page.navigate", "params": {"url": url}}))
        loaded_at = None
        while time.time() < deadline and (loaded_at is None or time.time() < loaded_at + 1.0):
            ws.settimeout(0.5)
            try:
                message = json.loads(ws.recv())
            except websocket.WebSocketTimeoutException:
                continue
            method, params = message.get("method"), message.get("params", {})
            if method == "Runtime.consoleAPICalled":
                seen["console"].append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                seen["exceptions"].append(params.get("exceptionDetails", {}).get("text", "exception"))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
                seen["log"].append(params["entry"].get("text", ""))
            elif method == "Network.requestWillBeSent":
                seen["requests"].append(params.get("request", {}).get("url", ""))
            elif method == "Network.loadingFailed":
                seen["failed"].append(params.get("errorText", "failed"))
            elif method == "Page.loadEventFired":
                loaded_at = time.time()
        ws.close()
        assert loaded_at is not None, "the page never finished loading"
        return seen
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_devtools_check_sees_failures(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text('<html><body><img src="missing.png"><script>console.error("boom"); undefined_fn()</script></body></html>')
    seen = _devtools_load(page.as_uri(), tmp_path / "profile")
    assert any("boom" in m for m in seen["console"])
    # a failed load of a file: URL comes as Network.loadingFailed in some Chromium versions and
    # only as a Log error in others (156): either is a failure the report test would catch
    assert seen["exceptions"]
    assert seen["failed"] == ["net::ERR_FILE_NOT_FOUND"] or any("ERR_FILE_NOT_FOUND" in m for m in seen["log"]), seen


def test_report_makes_no_requests_and_no_errors(tmp_path: Path) -> None:
    out, _, _ = generate([CAPTURES], tmp_path / "report.html")
    url = out.resolve().as_uri()
    seen = _devtools_load(url, tmp_path / "profile")
    assert set(seen["requests"]) <= {url}, seen["requests"]  # the page itself, nothing else
    assert not seen["failed"] and not seen["console"] and not seen["exceptions"] and not seen["log"], seen
