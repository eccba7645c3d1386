"""The report in a real browser: headless Chromium loads it with no console errors and no failed
requests, every section and chart is in the rendered DOM, and a screenshot is saved (its path is
printed; INSPECTOR_SCREENSHOT_DIR keeps it). Skipped when /usr/bin/chromium is not installed."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from inspector.report.report_command import generate

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
    for section in SECTIONS:
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
