"""collect.copy_compiled: a Triton kernel's PTX, cubin and metadata from the private Triton cache,
also for a kernel whose name is longer than the cache's file names (Triton cuts them to 150)."""

from pathlib import Path

from inspector.capture.collect import TRITON_FILE_NAME, copy_compiled
from inspector.core.records import KernelRecord


def _cache(tmp_path: Path, name: str, cache_hash: str) -> Path:
    cache = tmp_path / "triton"
    folder = cache / cache_hash
    folder.mkdir(parents=True)
    stem = name[:TRITON_FILE_NAME]
    (folder / f"{stem}.json").write_text('{"num_warps": 8, "num_stages": 1, "shared": 128}')
    (folder / f"{stem}.ptx").write_text("// ptx")
    (folder / f"{stem}.cubin").write_bytes(b"\x7fELF")
    return cache


def _record(name: str, cache_hash: str) -> KernelRecord:
    return KernelRecord(name=name, file=f"kernels/{name}.py", backend="triton", cache_hash=cache_hash,
                        launch_config={"num_warps": 8, "num_stages": 1})


def test_a_kernel_name_longer_than_tritons_file_names_still_finds_its_files(tmp_path):
    name = "triton_red_fused__log_softmax__log_softmax_backward_data__to_copy__unsafe_view_arange_eq_expand_" \
           "nll_loss_backward_nll_loss_forward_scalar_tensor_view_where_0"
    assert len(name) > TRITON_FILE_NAME
    cache = _cache(tmp_path, name, "5L4E6VI3")
    kernels = tmp_path / "kernels"
    kernels.mkdir()
    record = _record(name, "5L4E6VI3")
    copy_compiled(record, cache, kernels)
    assert sorted(record.compiled_files) == sorted(f"kernels/{name}{ext}" for ext in (".ptx", ".cubin", ".meta.json"))
    assert (kernels / f"{name}.ptx").read_text() == "// ptx" and record.shared_bytes == 128


def test_a_short_name_is_found_as_it_is(tmp_path):
    name = "triton_poi_fused_gelu_0"
    cache = _cache(tmp_path, name, "AB12")
    kernels = tmp_path / "kernels"
    kernels.mkdir()
    record = _record(name, "AB12")
    copy_compiled(record, cache, kernels)
    assert len(record.compiled_files) == 3
