"""What capturing a user's training step costs against a plain torch.compile of the same step.

    python scripts/model_floor.py tests/fixtures/user_code/tiny_gpt.py:gpt2_small --repeat 2 [-- INSPECT_RUN_ARGS]

For each round, in fresh processes with cold private caches: a plain `torch.compile(fn)` and its
first training step (forward and `backward()` of the first output; no inspect), then
`inspect run REF --backward` with the extra arguments. Prints both walls, their ratio and the
capture's own first call, with the machine and versions above the table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PLAIN = """
import importlib.util, sys, time
t0 = time.time()
import torch
path, name = sys.argv[1].rsplit(":", 1)
spec = importlib.util.spec_from_file_location("user_model", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
device = "cuda" if torch.cuda.is_available() else "cpu"
fn, args = module.__dict__[name](device=device)[:2]
t1 = time.time()
out = torch.compile(fn)(*args)
first = out if isinstance(out, torch.Tensor) else out[0]
first.backward(torch.ones_like(first))
if device == "cuda":
    torch.cuda.synchronize()
print(t1 - t0, time.time() - t1)
"""


def plain(ref: str) -> tuple[float, float, float]:
    """Wall seconds, seconds to import torch and build the model, seconds of the compiled first step."""
    with tempfile.TemporaryDirectory(prefix="model-floor-") as cache:
        t0 = time.time()
        done = subprocess.run([sys.executable, "-c", PLAIN, ref], capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "TORCHINDUCTOR_CACHE_DIR": cache, "TRITON_CACHE_DIR": cache + "/triton"})
        wall = time.time() - t0
    if done.returncode != 0:
        raise SystemExit(f"plain compile failed: {done.stderr.strip()[-400:]}")
    setup_s, first_s = (float(v) for v in done.stdout.split()[-2:])
    return wall, setup_s, first_s


def captured(ref: str, extra: list[str], keep: Path | None) -> tuple[float, float | None, str]:
    """Wall seconds of `inspect run REF --backward EXTRA`, the capture's compiled first call and its
    phases (seconds each, from the manifest); the capture is kept under `keep` (its terminal output
    in keep/terminal.log) when given."""
    with tempfile.TemporaryDirectory(prefix="model-capture-") as tmp:
        out = keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        t0 = time.time()
        done = subprocess.run([sys.executable, "-m", "inspector.cli", "run", ref, "--backward", "--root", str(out), *extra],
                              capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        wall = time.time() - t0
        (out / "terminal.log").write_text(done.stdout + done.stderr)
        if done.returncode != 0:
            raise SystemExit(f"capture failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-400:]}")
        results = sorted(Path(out).glob("*/*/results.json"), key=lambda p: p.stat().st_mtime)
        first = json.loads(results[-1].read_text())["first_call_s"]["compiled"] if results else None
        manifest = results[-1].with_name("manifest.json") if results else None
        phases = json.loads(manifest.read_text()).get("phases_s", {}) if manifest and manifest.exists() else {}
    text = ", ".join(f"{name} {s:.2f}" for name, s in phases.items() if isinstance(s, (int, float)) and s >= 0.05)
    return wall, first, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", help="path/file.py:FUNCTION returning (fn, args) for a training step")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of plain compile + capture (default 2)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the captures (and their terminal output) here")
    parser.add_argument("extra", nargs="*", help="more `inspect run` arguments, after --")
    args, more = parser.parse_known_args()  # the `inspect run` arguments after `--` follow the options
    args.extra += [a for a in more if a != "--"]
    import torch  # versions only, after parsing

    device = torch.cuda.get_device_name() if torch.cuda.is_available() else "CPU"
    print(f"{device}, torch {torch.__version__}, {time.strftime('%Y-%m-%d')}; {args.ref}\n")
    print("| round | plain wall | plain first step | capture wall | capture first call | capture / plain |")
    print("|---|---:|---:|---:|---:|---:|")
    phases: list[str] = []
    for i in range(1, args.repeat + 1):
        p_wall, _, p_first = plain(args.ref)
        c_wall, c_first, c_phases = captured(args.ref, args.extra, args.keep)
        first = "-" if c_first is None else f"{c_first:.1f} s"
        print(f"| {i} | {p_wall:.1f} s | {p_first:.1f} s | {c_wall:.1f} s | {first} | {c_wall / p_wall:.2f}x |", flush=True)
        phases.append(f"round {i} capture phases (s): {c_phases or 'none recorded'}")
    print("\n" + "\n".join(phases))


if __name__ == "__main__":
    main()
