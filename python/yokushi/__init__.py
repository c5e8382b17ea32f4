"""yokushi: the nuclear deterrence simulator's C library (libyokushi)
from Python.

    >>> import yokushi
    >>> s = yokushi.load("ukraine-2022")
    >>> r = s.run("crisis", seed=7, replicates=2000)
    >>> r["results"]["crisis"][0]["p_attack"]["mean"]
    0.999

Every number is computed by the C library and comes back through its own
JSON writer, so it is the number `yokushi crisis ukraine-2022 --seed 7
--replicates 2000 --format json` prints. The library is found through
$YOKUSHI_LIB, next to this package, in a source checkout's build/, or by
the dynamic linker (libyokushi.so.0).
"""

from ._core import Error, Result, Scenario, engines, load, report, solve, version

__all__ = ["Error", "Result", "Scenario", "engines", "load", "report", "solve", "version"]
for _name in ("Error", "Result", "Scenario"):  # shown as yokushi.Error, not yokushi._core.Error
    globals()[_name].__module__ = __name__
__version__ = version()
