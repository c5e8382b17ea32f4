"""pytest set-up for the Python package's tests: the package from this
checkout (python/), the built program to compare with ($YK_CLI, else
build/yokushi), the test data. CTest sets YOKUSHI_LIB to the library it
built; run by hand, the package finds build/libyokushi.so.0 itself."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir, os.pardir))
sys.path.insert(0, os.path.join(ROOT, "python"))
DATA = os.path.join(ROOT, "tests", "data")


def cli_path():
    return os.environ.get("YK_CLI") or os.path.join(ROOT, "build", "yokushi")


def tool_env():
    """The environment for programs the tests start: without the ASan
    runtime that the sanitized build preloads into python (an instrumented
    program brings its own)."""
    env = dict(os.environ)
    env.pop("LD_PRELOAD", None)
    return env


def cli(*args, cwd=None, check=True):
    """What the program prints on stdout for these arguments."""
    p = subprocess.run([cli_path(), *args], cwd=cwd, capture_output=True, text=True,
                       env=tool_env())
    if check and p.returncode != 0:
        raise AssertionError("yokushi %s: exit %d\n%s" % (" ".join(args), p.returncode, p.stderr))
    return p


def cli_json(*args):
    return json.loads(cli(*args, "--format", "json").stdout)


@pytest.fixture(scope="session")
def ukraine():
    import yokushi

    return yokushi.load("ukraine-2022")
