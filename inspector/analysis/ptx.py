"""The PTX instruction mix of one compiled Triton kernel: static counts of all instructions, of
global loads and stores by access width (a 128-bit vector load moves 4x the bytes of a 32-bit
one per instruction; atomics count as stores), and of special-function ops. Read from a capture's .ptx file or from the
PTX compiled offline for a handwritten kernel (offline_ptx.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

SPECIAL_PTX = ("ex2", "lg2", "rsqrt", "sqrt", "rcp", "sin", "cos", "tanh")


@dataclass
class PtxMix:
    """Static instruction counts of one kernel's PTX (not dynamic counts: loops run many times)."""

    instructions: int
    global_loads: dict[int, int]  # access width in bits -> count
    global_stores: dict[int, int]
    special: dict[str, int]  # ex2, rsqrt, ... (MUFU ops on the SM's special-function units)
    origin: str = "captured"

    @property
    def max_load_bits(self) -> int:
        return max(self.global_loads, default=0)

    @property
    def max_store_bits(self) -> int:
        return max(self.global_stores, default=0)


# atom/red (atomics: scatter_add) are read-modify-writes, counted with the stores; their
# semantics and scope qualifiers may come before or after .global
_GLOBAL = re.compile(r"\b(ld|st|atom|red)((?:\.[\w:]+)*?)\.global((?:\.[\w:]+)*)")
_WIDTH = re.compile(r"\.(?:b|u|s|f)(8|16|32|64)\b")
_VEC = re.compile(r"\.v(2|4|8)\b")
_SPECIAL = re.compile(r"^\s*(?:@!?%p\d+\s+)?(" + "|".join(SPECIAL_PTX) + r")\.")
_INSTR = re.compile(r"^\s*(?:@!?%p\d+\s+)?[a-z][\w.:]*[\s;]")


def ptx_mix(ptx: str, origin: str = "captured") -> PtxMix:
    loads: dict[int, int] = {}
    stores: dict[int, int] = {}
    special: dict[str, int] = {}
    count = 0
    for line in ptx.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("//", ".", "{", "}", "$")) or stripped.endswith(":"):
            continue
        if not _INSTR.match(line):
            continue
        count += 1
        g = _GLOBAL.search(line)
        if g:
            mods = g.group(2) + g.group(3)
            width = _WIDTH.findall(mods)
            vec = _VEC.search(mods)
            bits = (int(width[-1]) if width else 32) * (int(vec.group(1)) if vec else 1)
            target = loads if g.group(1) == "ld" else stores
            target[bits] = target.get(bits, 0) + 1
        s = _SPECIAL.match(line)
        if s:
            special[s.group(1)] = special.get(s.group(1), 0) + 1
    return PtxMix(count, loads, stores, special, origin)
