"""The package's hand-copied declarations (python/yokushi/_ffi.py) match
the C headers: every struct's size and member offsets, every enum value,
measured by compiling against include/yokushi; and every declared
function is in the library. A header that changes without _ffi.py fails
here instead of corrupting memory."""

import os
import re
import subprocess

import pytest
from conftest import ROOT, tool_env

from yokushi._ffi import CDEF, ffi, lib

STRUCTS = sorted(set(re.findall(r"typedef struct (\w+) \{", CDEF)))
ENUMS = sorted(set(re.findall(r"typedef enum (\w+) \{", CDEF)))
FUNCTIONS = sorted(set(re.findall(r"^[\w ]+?\**\s*\**(yk_\w+)\(", CDEF, re.M)))


def c_layout(tmp_path):
    """name -> number, as the C compiler sees the headers."""
    lines = ["#include <stddef.h>", "#include <stdio.h>",
             "#include <yokushi/yokushi.h>", "#include <yokushi/engine.h>",
             "#include <yokushi/game.h>", "#include <yokushi/report.h>",
             "int main(void) {"]
    for s in STRUCTS:
        lines.append('printf("%s %%zu\\n", sizeof(%s));' % (s, s))
        for name, _ in ffi.typeof(s).fields:
            lines.append('printf("%s.%s %%zu\\n", offsetof(%s, %s));' % (s, name, s, name))
    for e in ENUMS:
        for value in ffi.typeof(e).relements:
            lines.append('printf("%s %%d\\n", (int)%s);' % (value, value))
    lines.append("return 0; }")
    src = tmp_path / "layout.c"
    src.write_text("\n".join(lines) + "\n")
    exe = tmp_path / "layout"
    cc = os.environ.get("YK_CC", "cc")
    subprocess.run([cc, "-std=c11", "-I", os.path.join(ROOT, "include"), str(src), "-o",
                    str(exe)], check=True, env=tool_env())
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True,
                         env=tool_env()).stdout
    return {k: int(v) for k, v in (line.split() for line in out.splitlines())}


def py_layout():
    got = {}
    for s in STRUCTS:
        got[s] = ffi.sizeof(s)
        for name, field in ffi.typeof(s).fields:
            got["%s.%s" % (s, name)] = field.offset
    for e in ENUMS:
        got.update(ffi.typeof(e).relements)
    return got


def test_structs_and_enums_match_the_headers(tmp_path):
    assert len(STRUCTS) >= 7 and len(ENUMS) >= 3
    assert py_layout() == c_layout(tmp_path)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_functions_are_exported(name):
    assert getattr(lib, name) is not None
