"""Shared test set-up.

- Without a GPU, Triton kernels run under the interpreter (TRITON_INTERPRET=1 must be set before
  any @triton.jit is decorated, so it is set here, before test modules import handwritten/).
- Every test gets fresh random inputs: the seed is drawn anew each run and printed, so a failure
  can be replayed with INSPECTOR_TEST_SEED=<seed>.
- Tests marked `gpu` are skipped when CUDA is absent.
- One Inductor cache directory is shared by the whole session (a cold CPU compile takes ~15-30 s).
"""

import atexit
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import torch

HAS_CUDA = torch.cuda.is_available()
if not HAS_CUDA:
    os.environ.setdefault("TRITON_INTERPRET", "1")

_SESSION_CACHE = os.environ.get("INSPECTOR_TEST_CACHE") or os.path.join(
    tempfile.gettempdir(), "inductor-inspector-test-cache"
)
os.environ["INSPECTOR_TEST_CACHE"] = _SESSION_CACHE
# Device locks per test process (each xdist worker): a capture's timing waits for every compile
# under the same lock, and captures in another worker would hold it for their whole compiles.
os.environ["INSPECTOR_LOCK_DIR"] = tempfile.mkdtemp(prefix=f"inspector-test-locks-{os.getpid()}-")
atexit.register(shutil.rmtree, os.environ["INSPECTOR_LOCK_DIR"], True)
# in-process torch.compile calls in tests (bench) share it too; capture subprocesses get it passed
os.environ.setdefault("TORCHINDUCTOR_CACHE_DIR", os.path.join(_SESSION_CACHE, "inductor"))
os.environ.setdefault("TRITON_CACHE_DIR", os.path.join(_SESSION_CACHE, "triton"))


def pytest_collection_modifyitems(config, items):
    if HAS_CUDA:
        return
    skip = pytest.mark.skip(reason="needs a CUDA GPU")
    for item in items:
        if "gpu" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def fresh_seed(request):
    seed = int(os.environ.get("INSPECTOR_TEST_SEED", random.SystemRandom().randrange(2**31)))
    torch.manual_seed(seed)
    random.seed(seed)
    print(f"[seed] {request.node.nodeid}: INSPECTOR_TEST_SEED={seed}")
    yield seed


@pytest.fixture
def device() -> str:
    """'cuda' on a GPU machine, else 'cpu' (Triton kernels then run in the interpreter)."""
    return "cuda" if HAS_CUDA else "cpu"


@pytest.fixture(scope="session")
def inductor_cache_dir() -> str:
    """One Inductor/Triton cache for the whole test session, so each kernel compiles once."""
    os.makedirs(_SESSION_CACHE, exist_ok=True)
    return _SESSION_CACHE


@pytest.fixture
def offline_build(tmp_path):
    """Run a Python script that builds kernels for a GPU this machine may not have (Triton's compiler
    and the wheel's ptxas) in a subprocess without TRITON_INTERPRET and with a fresh Triton cache;
    it must exit 0 and print "built". Skips where the wheel has no ptxas."""
    def run(script: str) -> None:
        env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
        env["TRITON_CACHE_DIR"] = str(tmp_path)
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
        if "ptxas" in result.stderr and "not found" in result.stderr:
            pytest.skip("no ptxas in this triton wheel")
        assert result.returncode == 0 and "built" in result.stdout, result.stderr[-2000:]
    return run
