"""References to user code: static checks in the parent, loading and wrapping in the subprocess."""

from pathlib import Path

import pytest
import torch

from experiments._spec import Experiment
from inspector.targets import TargetError, check_ref, folder_name, load_target

USER = "tests/fixtures/user_code/block.py"


def test_builtin_names_are_their_own_folder():
    assert folder_name("rmsnorm") == "rmsnorm"


@pytest.mark.parametrize("ref, folder", [
    (f"{USER}:block", "block.block"),
    ("tests.fixtures.user_code.block:rows", "block.rows"),
    ("tests.fixtures.faulty_experiments:MISMATCH", "faulty_experiments.MISMATCH"),
])
def test_folder_is_file_stem_dot_name(ref, folder):
    assert check_ref(ref).folder == folder


@pytest.mark.parametrize("ref, message", [
    ("tests/fixtures/user_code/nope.py:block", "no such file"),
    (f"{USER}:missing", "defines no 'missing'"),
    ("no_such_package_xyz.mod:thing", "cannot find module"),
    (f"{USER}:", "is not FILE.py:NAME"),
])
def test_static_errors_name_the_problem(ref, message):
    with pytest.raises(TargetError, match=message):
        check_ref(ref)


def test_static_check_does_not_run_user_code(tmp_path):
    user = tmp_path / "explodes.py"
    user.write_text("raise SystemExit('imported!')\ndef f():\n    pass\n")
    assert check_ref(f"{user}:f").folder == "explodes.f"


def test_module_target_becomes_an_experiment():
    spec = load_target(f"{USER}:block", "cpu")
    assert isinstance(spec, Experiment) and spec.name == "block.block"
    (x,) = spec.make_inputs((), torch.float32, "cpu", None)
    out = spec.eager(x)
    assert out.shape == x.shape
    assert spec.check(out, (x,), torch.float32).passed
    assert not spec.check(out + 1, (x,), torch.float32).passed


def test_kwargs_are_bound():
    spec = load_target(f"{USER}:with_kwargs", "cpu")
    (x,) = spec.make_inputs((), torch.float32, "cpu", None)
    assert spec.check(spec.eager(x), (x,), torch.float32).passed


def test_shape_taking_factory_makes_new_inputs():
    spec = load_target(f"{USER}:rows", "cpu")
    assert spec.default_shape("cpu") == (16, 48)
    assert spec.parse_shape("24x48x2") == (24, 48, 2)
    (x,) = spec.make_inputs((24, 48), torch.float32, "cpu", None)
    assert x.shape == (24, 48)


def test_experiment_reference_is_returned_as_is():
    from tests.fixtures.faulty_experiments import MISMATCH

    assert load_target("tests.fixtures.faulty_experiments:MISMATCH", "cpu") is MISMATCH


@pytest.mark.parametrize("attr, message", [
    ("not_a_pair", "returned Tensor; expected a tuple"),
    ("NUMBER", "is a int"),
])
def test_wrong_return_is_explained(attr, message):
    with pytest.raises(TargetError, match=message):
        load_target(f"{USER}:{attr}", "cpu")


def test_user_exception_keeps_the_user_traceback():
    with pytest.raises(TargetError, match="raised RuntimeError: weights file missing") as info:
        load_target(f"{USER}:broken", "cpu")
    tb = info.value.user_traceback
    assert "helper_that_fails" in tb and "block.py" in tb
    assert "targets.py" not in tb
