"""Capture: the only package that sets torch's debug settings or touches torch._dynamo/_inductor.

`inspector.capture(name)` is the first name of the in-process API, `inspector.capture_compile`
(see inprocess.py). It clashes with this package, so the package module is made callable: the old
name keeps working whether or not a submodule of this package has been imported.
"""

import sys
import types


class _CallableModule(types.ModuleType):
    def __call__(self, name: str, **options):
        """inspector.capture(name, ...): the old name of inspector.capture_compile(name, ...)."""
        from inspector import capture_compile

        return capture_compile(name, **options)


sys.modules[__name__].__class__ = _CallableModule
