"""inductor-inspector: what torch.compile generates, what it costs, and how it compares with
handwritten Triton kernels. `inspector.capture(name)` captures a compile in your own process."""

from inspector import capture  # noqa: F401  (callable: see inspector/capture/__init__.py)
