"""README.md's Python session, run as a doctest from the top of the
checkout: the output it shows is the output the package gives."""

import doctest
import re

from conftest import ROOT


def session():
    with open(ROOT + "/README.md") as f:
        text = f.read()
    blocks = re.findall(r"```python\n(>>> .*?)```", text, re.S)
    assert len(blocks) == 1, "README.md has one ```python block of >>> lines"
    return blocks[0]


def test_readme_session(monkeypatch):
    monkeypatch.chdir(ROOT)
    text = session()
    assert len(re.findall(r"^>>> ", text, re.M)) == 5
    test = doctest.DocTestParser().get_doctest(text, {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries == 5
