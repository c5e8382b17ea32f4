"""yokushi.report and Result.charts(): the page and the charts of
`yokushi report`, byte for byte, from Python."""

import os

from conftest import cli

import yokushi


def test_report_is_the_programs(ukraine, tmp_path):
    """The page built from Python results is the program's, given the same
    command line to show."""
    cascade = yokushi.load("neglect-2025")
    results = [ukraine.run("crisis", replicates=500),
               cascade.run("cascade", replicates=300, years="2025:2030")]
    path = str(tmp_path / "r.html")
    cli("report", "ukraine-2022", "--replicates", "500", "-o", path)
    command = "yokushi report ukraine-2022 --replicates 500 -o " + path
    page = yokushi.report(results[:1], title="yokushi report: ukraine-2022", command=command)
    with open(path, encoding="utf-8") as f:
        assert page == f.read()
    both = yokushi.report(results)
    assert both.count('<section class="scenario"') == 2
    assert both.count("<figure") == 1 + 4
    assert "http" not in both and "//" not in both and "<script" not in both


def test_charts(ukraine, tmp_path):
    r = ukraine.run("crisis", replicates=500)
    charts = r.charts()
    assert [name for name, _ in charts] == ["ukraine-2022"]
    svg = charts[0][1]
    assert svg.startswith('<?xml version="1.0"') and "<svg xmlns=" in svg
    path = str(tmp_path / "c")
    cli("report", "ukraine-2022", "--replicates", "500", "-o", path + ".html",
        "--charts", path)
    with open(os.path.join(path, "ukraine-2022.crisis.1-ukraine-2022.svg"),
              encoding="utf-8") as f:
        assert f.read() == svg
    assert ukraine.run("crisis", signal=True).charts() == []
