"""What the CLI needs to know about the built-in experiments without importing torch (~2-5 s).

`inspect list` and the checks of `inspect run` (is the name known, does the shape have the right
dims, is the dtype supported, is there a backward) read catalog.json, which is generated from
the registry and committed:

    python -m experiments._catalog          # rewrite catalog.json from experiments.REGISTRY
    python -m experiments._catalog --check  # exit 1 when catalog.json is out of date

tests/test_experiments.py checks that it matches the registry. Nothing here imports torch.
"""

from __future__ import annotations

import difflib
import json
import sys
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

PATH = Path(__file__).with_name("catalog.json")
DEVICES = ("cuda", "cpu")

# every spelling `--dtype` takes -> the short name experiments and captures record
DTYPE_ALIASES: dict[str, str] = {
    "fp32": "fp32", "float32": "fp32",
    "fp16": "fp16", "float16": "fp16",
    "bf16": "bf16", "bfloat16": "bf16",
}


def dtype_name(dtype: object) -> str:
    """torch.float32 -> 'fp32' (the short name captures record); other dtypes by torch's name. Works on
    str(dtype), so the catalog stays torch-free."""
    full = str(dtype).removeprefix("torch.")
    return DTYPE_ALIASES.get(full, full)


def format_shape(shape: Sequence[int]) -> str:
    return "x".join(str(d) for d in shape)


def parse_shape(name: str, shape_names: Sequence[str], text: str) -> tuple[int, ...]:
    """'8192x4096' -> (8192, 4096); raises ValueError naming the expected dims of experiment
    `name`. shape_names ("dims",) takes any number of dims."""
    parts = text.lower().replace("×", "x").replace(",", "x").split("x")
    want = "x".join(shape_names)
    try:
        shape = tuple(int(p) for p in parts)
    except ValueError:
        raise ValueError(f"shape {text!r} is not {len(shape_names)} integers like {want}") from None
    if len(shape) != len(shape_names) and tuple(shape_names) != ("dims",):
        raise ValueError(f"{name} takes a shape {want} ({len(shape_names)} numbers), got {text!r}")
    if any(d <= 0 for d in shape):
        raise ValueError(f"every dimension of {text!r} must be positive")
    return shape


def unknown(name: str, known: Iterable[str]) -> KeyError:
    """The KeyError for an unknown experiment name, with close matches in its message."""
    known = list(known)
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(known)}"
    return KeyError(f"unknown experiment {name!r}{hint}")


@dataclass(frozen=True)
class Entry:
    """One experiment as the CLI sees it before any torch import (dtypes by short name)."""

    name: str
    summary: str
    shape_names: tuple[str, ...]
    default_shapes: dict[str, tuple[int, ...]]
    default_dtypes: dict[str, str]
    dtypes: tuple[str, ...]
    handwritten: str | None
    supports_backward: bool
    handwritten_passes: tuple[str, ...] = ()  # what the handwritten launcher computes (forward, step, ...)

    def default_shape(self, device: str) -> tuple[int, ...]:
        return self.default_shapes.get(device, self.default_shapes["cpu"])

    def default_dtype(self, device: str) -> str:
        return self.default_dtypes.get(device, "fp32")

    def parse_shape(self, text: str) -> tuple[int, ...]:
        return parse_shape(self.name, self.shape_names, text)

    def to_json(self) -> dict:
        data = asdict(self)
        data["default_shapes"] = {d: list(s) for d, s in self.default_shapes.items()}
        data["shape_names"], data["dtypes"] = list(self.shape_names), list(self.dtypes)
        data["handwritten_passes"] = list(self.handwritten_passes)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Entry":
        return cls(
            name=data["name"], summary=data.get("summary", ""), shape_names=tuple(data.get("shape_names") or ()),
            default_shapes={d: tuple(s) for d, s in (data.get("default_shapes") or {}).items()},
            default_dtypes=dict(data.get("default_dtypes") or {}), dtypes=tuple(data.get("dtypes") or ()),
            handwritten=data.get("handwritten"), supports_backward=bool(data.get("supports_backward")),
            handwritten_passes=tuple(data.get("handwritten_passes") or ()),
        )


@dataclass(frozen=True)
class DistributedEntry:
    """One distributed experiment as `inspect list` shows it before any torch import."""

    name: str
    summary: str
    default_nproc: int
    backward: bool
    requires: tuple[str, str, str] | None  # (module, attribute, why): what the installed torch must have

    def unavailable(self) -> str | None:
        """Why the installed torch cannot run it, judged from the files on sys.path (the module is
        looked up, not imported; its attribute is checked when the experiment runs)."""
        if self.requires is None or module_present(self.requires[0]):
            return None
        return self.requires[2]


def module_present(dotted: str) -> bool:
    """Whether module `dotted` can be found, without importing it or its parents."""
    from importlib.machinery import PathFinder

    path = None
    for part in dotted.split("."):
        spec = PathFinder.find_spec(part, path)
        if spec is None:
            return False
        path = spec.submodule_search_locations
    return True


@lru_cache(maxsize=1)
def distributed() -> dict[str, DistributedEntry]:
    data = json.loads(PATH.read_text())
    return {e["name"]: DistributedEntry(e["name"], e.get("summary", ""), int(e.get("default_nproc") or 2), bool(e.get("backward")),
                                        tuple(e["requires"]) if e.get("requires") else None)
            for e in data.get("distributed") or []}


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    """The committed catalog, in registry order."""
    data = json.loads(PATH.read_text())
    return {e["name"]: Entry.from_json(e) for e in data["experiments"]}


def get(name: str) -> Entry:
    """The catalog entry of `name`; KeyError with close matches in its message otherwise."""
    try:
        return entries()[name]
    except KeyError:
        raise unknown(name, entries()) from None


def build() -> list[dict]:
    """The catalog from the real registry (imports torch and every experiment)."""
    import experiments

    out = []
    for spec in experiments.REGISTRY.values():
        out.append(Entry(
            name=spec.name, summary=spec.summary, shape_names=tuple(spec.shape_names),
            default_shapes={d: tuple(spec.default_shape(d)) for d in DEVICES},
            default_dtypes={d: dtype_name(spec.default_dtype(d)) for d in DEVICES},
            dtypes=tuple(dtype_name(d) for d in spec.dtypes), handwritten=spec.handwritten,
            supports_backward=bool(spec.supports_backward),
            handwritten_passes=spec.served_passes if spec.handwritten else (),
        ).to_json())
    return out


def build_distributed() -> list[dict]:
    """The distributed experiments from their registry (imports torch)."""
    import experiments
    from experiments._distributed import Requires

    return [{"name": spec.name, "summary": spec.summary, "default_nproc": spec.default_nproc, "backward": spec.backward,
             "requires": [spec.unavailable.module, spec.unavailable.attr, spec.unavailable.why]
             if isinstance(spec.unavailable, Requires) else None}
            for spec in experiments.DISTRIBUTED.values()]


def render() -> str:
    """catalog.json's text: one experiment per line, so a change reads as a one-line diff."""
    rows = ",\n".join("  " + json.dumps(entry) for entry in build())
    dist = ",\n".join("  " + json.dumps(entry) for entry in build_distributed())
    return (f'{{"generated_by": "python -m experiments._catalog",\n "experiments": [\n{rows}\n],\n'
            f' "distributed": [\n{dist}\n]}}\n')


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if PATH.read_text() != text:
            print(f"{PATH} is out of date: run python -m experiments._catalog", file=sys.stderr)
            return 1
        return 0
    PATH.write_text(text)
    print(f"wrote {PATH} ({len(json.loads(text)['experiments'])} experiments)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
