"""Bad input and user code that fails, as a new user meets them: each ends in one line on stderr
and exit code 2, says what is wrong and what is known, and never prints a traceback by default.
(Writing faults: tests/test_faults.py; stored files: tests/test_faults_reading.py.)
"""

from __future__ import annotations

from pathlib import Path

from tests.test_faults import inspect, one_line


def test_user_file_that_raises_at_import_is_one_line(tmp_path: Path) -> None:
    """Issue 26 item 5: five traceback lines came before the error line."""
    bad = tmp_path / "bad_model.py"
    bad.write_text("import torch\n\n\ndef helper():\n    raise ValueError('no weights here')\n\n\nhelper()\n\n\ndef block():\n    pass\n")
    result = inspect("run", f"{bad}:block", "--device", "cpu", "--out", str(tmp_path / "out"))
    assert result.exit_code == 2, result.output
    lines = [l for l in result.stderr.splitlines() if l.strip() and "starting" not in l]
    assert len(lines) == 1, result.stderr
    one_line(result, "importing", "raised ValueError: no weights here", "bad_model.py:5 in helper", "-v prints your traceback")
    result = inspect("run", f"{bad}:block", "--device", "cpu", "--out", str(tmp_path / "out"), "-v")
    assert result.exit_code == 2
    assert 'bad_model.py", line 5, in helper' in result.stderr and "Traceback" not in result.stderr
    one_line(result, "raised ValueError: no weights here", "bad_model.py:5 in helper")
