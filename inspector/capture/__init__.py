"""Capture: the only package that sets torch's debug settings or touches torch._dynamo/_inductor.

`inspector.capture(name)` is also the in-process API (see inprocess.py): the package module is
callable, so the name works whether or not a submodule of this package has been imported.
"""

import sys
import types


class _CallableModule(types.ModuleType):
    def __call__(self, name: str, **options):
        """inspector.capture(name, out="captured_kernels", fresh=True): a context manager that
        captures what torch.compile generates inside the block."""
        from inspector.capture.inprocess import Capture

        return Capture(name, **options)


sys.modules[__name__].__class__ = _CallableModule
