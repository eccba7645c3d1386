"""Optional: PTX of a handwritten kernel without a GPU, compiled by Triton for sm_90 offline.

`triton.compile(ASTSource(fn, signature, constexprs, attrs), target=GPUTarget("cuda", 90, 32))`
runs the whole pipeline down to PTX (and ptxas from the wheel down to a cubin) with no driver.
It runs in a subprocess: the handwritten module must be imported with TRITON_INTERPRET unset so
its kernels are JITFunctions (the test session sets it), and a failure must not take the caller
down. The signature is reconstructed from names, so the result is labelled with what was assumed:
pointers (`*_ptr`) get the capture's dtype (int64 for labels/targets/indices), scalars i32 (fp32 for eps/scale-like names, i64 for a
seed), every pointer and integer 16-divisible when the shape allows (Inductor's launch of an
8192x4096 tensor gets the same hint); constexprs the source does not fix get a guess (BLOCK-like
1024, ROWS-like 1, switches off). Tensor-descriptor (TMA) kernels are not attempted.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from typing import Any

from inspector.analysis.handwritten import Handwritten
from inspector.analysis.ptx import PtxMix, ptx_mix

INDEX_NAMES = ("label", "target", "index", "idx")
FLOAT_NAMES = ("eps", "scale", "alpha", "beta", "p", "temperature", "momentum")
DTYPES = {"bf16": "bf16", "fp16": "fp16", "fp32": "fp32", "bfloat16": "bf16", "float16": "fp16", "float32": "fp32"}
TIMEOUT_S = 180

_SCRIPT = r"""
import importlib, json, sys
spec = json.loads(sys.argv[1])
import triton
from triton.backends.compiler import GPUTarget
module = importlib.import_module(spec["module"])
fn = getattr(module, spec["kernel"])
if not isinstance(fn, triton.runtime.JITFunction):
    raise SystemExit(f"{spec['kernel']} is a {type(fn).__name__}, not a JITFunction (TRITON_INTERPRET set?)")
attrs = {(i,): [["tt.divisibility", 16]] for i in spec["divisible"]}
src = triton.compiler.ASTSource(fn=fn, signature=spec["signature"], constexprs=spec["constexprs"], attrs=attrs)
options = {"num_warps": spec["num_warps"]} if spec["num_warps"] else {}
k = triton.compile(src, target=GPUTarget("cuda", 90, 32), options=options)
print(json.dumps({"ptx": k.asm["ptx"], "shared": getattr(k.metadata, "shared", None)}))
"""


def _guess(name: str) -> Any:
    upper = name.upper()
    if "BLOCK" in upper:
        return 1024
    if upper in ("ROWS", "GROUP", "GROUP_M", "GROUP_SIZE_M") or upper.startswith("GROUP"):
        return 1
    return 0  # switches (PREFETCH, EVEN_N, RNG): off, the plainest variant


def plan(hw: Handwritten, kernel: str, dtype: str, shape: list[int] | None) -> tuple[dict[str, Any] | None, str]:
    """The compile request, or None with the reason it is not attempted."""
    f = hw.kernels.get(kernel)
    if f is None:
        return None, f"no kernel {kernel}"
    site = hw.site(kernel)
    known = dict(site.known) if site else {}
    ptr_type = "*" + DTYPES.get(dtype, "bf16")
    signature: dict[str, str] = {}
    constexprs: dict[str, Any] = {}
    divisible: list[int] = []
    guessed: list[str] = []
    even = bool(shape) and all(d % 16 == 0 for d in shape)
    for i, a in enumerate(f.args.args):
        name = a.arg
        if a.annotation is not None and "constexpr" in ast.unparse(a.annotation):
            signature[name] = "constexpr"
            if known.get(name) is not None:
                constexprs[name] = known[name]
            else:
                constexprs[name] = _guess(name)
                guessed.append(f"{name}={constexprs[name]}")
        elif name.endswith("_desc"):
            return None, "tensor-descriptor (TMA) kernels need host-side descriptors: not compiled offline"
        elif "ptr" in name:  # class labels and indices are int64 tensors (cross-entropy's labels_ptr)
            signature[name] = "*i64" if any(w in name.lower() for w in INDEX_NAMES) else ptr_type
            divisible.append(i)
        elif name.lower() in FLOAT_NAMES or name.lower().endswith("_scale"):
            signature[name] = "fp32"
        elif "seed" in name.lower():
            signature[name] = "i64"
        else:
            signature[name] = "i32"
            if even:
                divisible.append(i)
    note = "compiled offline for sm_90"
    if guessed:
        note += f", assumed {', '.join(guessed)}"
    request = {"module": hw.launcher.partition(":")[0], "kernel": kernel, "signature": signature,
               "constexprs": constexprs, "divisible": divisible, "num_warps": known.get("num_warps")}
    return request, note


def compile_ptx(hw: Handwritten, kernel: str, dtype: str, shape: list[int] | None) -> tuple[PtxMix | None, str]:
    """(instruction mix, note); (None, why) when Triton cannot compile it here."""
    request, note = plan(hw, kernel, dtype, shape)
    if request is None:
        return None, note
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    env.setdefault("TRITON_DEFAULT_FP_FUSION", "1")  # Triton 3.9 warns when unset; 1 is its default
    try:
        done = subprocess.run([sys.executable, "-c", _SCRIPT, json.dumps(request)], capture_output=True, text=True,
                              timeout=TIMEOUT_S, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"offline compile did not finish: {type(exc).__name__}"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["unknown error"])[-1]
        return None, f"offline compile failed: {last[:200]}"
    try:
        ptx = json.loads(done.stdout.strip().splitlines()[-1])["ptx"]
    except (ValueError, IndexError, KeyError):
        return None, "offline compile printed no PTX"
    return ptx_mix(ptx, origin=note), note
