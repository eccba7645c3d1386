"""inductor-inspector: what torch.compile generates, what it costs, and how it compares with
handwritten Triton kernels. `inspector.capture_compile(name)` captures a compile in your own
process.

`inspector.capture(name)` is the same call under its first name. It clashes with the package
`inspector.capture`, which is why that package's module is made callable
(inspector/capture/__init__.py); new code should use `capture_compile`.
"""

from inspector import capture  # noqa: F401  (the old name of capture_compile: see above)


def capture_compile(name: str, **options):
    """A context manager that captures what torch.compile generates inside the block:
    `with inspector.capture_compile("my_block", out="captured_kernels", fresh=True) as cap:`.
    See inspector/capture/inprocess.py for what `cap` holds."""
    from inspector.capture.inprocess import Capture

    return Capture(name, **options)
