"""yokushi.load, Scenario.run and engines(): the library's numbers, the
same as the program's, and its errors as yokushi.Error."""

import os
import re
import threading

import pytest
from conftest import DATA, ROOT, cli, cli_json

import yokushi


def test_version_is_the_headers():
    with open(os.path.join(ROOT, "include", "yokushi", "yokushi.h")) as f:
        want = re.search(r'#define YK_VERSION_STRING "([^"]+)"', f.read()).group(1)
    assert yokushi.version() == want == yokushi.__version__


def test_engines_are_the_table():
    es = {e["name"]: e for e in yokushi.engines()}
    assert {"crisis", "cascade"} <= set(es)
    assert all(e["summary"] for e in es.values())
    years = [o for o in es["cascade"]["options"] if o["name"] == "years"]
    assert years and years[0]["value"] == "FROM:TO"


def test_scenario_fields(ukraine):
    assert ukraine.name == "ukraine-2022"
    assert ukraine.origin == "builtin:ukraine-2022"
    assert re.fullmatch("[0-9a-f]{64}", ukraine.sha256)


def test_crisis_on_ukraine_is_the_programs(ukraine):
    """The acceptance check: the same document, every number, as
    `yokushi crisis ukraine-2022 --format json` (its own seed and
    replicates)."""
    got = ukraine.run("crisis")
    want = cli_json("crisis", "ukraine-2022")
    assert got == want
    p = got["results"]["crisis"][0]["p_attack"]
    assert 0 < p["lo"] < p["mean"] < p["hi"] < 1  # not a document of zeros


def test_cascade_with_options_is_the_programs():
    s = yokushi.load("neglect-2025")
    got = s.run("cascade", seed=7, replicates=2000, threads=2, years=(2025, 2035))
    want = cli_json("cascade", "neglect-2025", "--seed", "7", "--replicates", "2000",
                    "--threads", "2", "--years", "2025:2035")
    assert got == want
    assert got["seed"] == 7


def test_result_is_plain_data(ukraine):
    import copy
    import json
    import pickle

    r = ukraine.run("crisis", seed=7, replicates=200)
    assert isinstance(r, dict)
    for plain in (pickle.loads(pickle.dumps(r)), copy.deepcopy(r), json.loads(json.dumps(r))):
        assert type(plain) is dict and plain == r


def test_result_outlives_its_scenario():
    import gc

    r = yokushi.load("neglect-2025").run("cascade", seed=7, replicates=200,
                                         years=(2025, 2027))
    gc.collect()  # the Scenario object is gone; the C scenario must not be
    assert r.write("csv").startswith(
        "scenario,scenario_sha256,seed,version,engine,measure,id,year,variant,mean,lo,hi\n")
    del r
    gc.collect()


def test_ctrl_c_stops_a_run(ukraine):
    """KeyboardInterrupt during a run stops the library between blocks: a
    run of about a minute ends within seconds."""
    import _thread
    import time

    timer = threading.Timer(0.3, _thread.interrupt_main)
    start = time.monotonic()
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        ukraine.run("crisis", replicates=20000000)
    timer.cancel()
    assert time.monotonic() - start < 10
    # and the scenario runs again afterwards
    assert ukraine.run("crisis", seed=7, replicates=2000)["seed"] == 7


@pytest.mark.parametrize("fmt", ["text", "csv"])
def test_other_formats_are_the_programs(ukraine, fmt):
    r = ukraine.run("crisis", seed=7, replicates=2000)
    want = cli("crisis", "ukraine-2022", "--seed", "7", "--replicates", "2000",
               "--format", fmt).stdout
    assert r.write(fmt) == want


def test_to_frame_is_the_csv(ukraine):
    pandas = pytest.importorskip("pandas")
    r = ukraine.run("crisis", seed=7, replicates=2000)
    frame = r.to_frame()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["scenario", "scenario_sha256", "seed", "version", "engine",
                                   "measure", "id", "year", "variant", "mean", "lo", "hi"]
    assert len(frame) == len(r.write("csv").splitlines()) - 1
    row = frame[(frame.variant == "") & (frame.measure == "p_attack")].iloc[0]
    assert row["mean"] == r["results"]["crisis"][0]["p_attack"]["mean"]


def test_unknown_engine():
    with pytest.raises(yokushi.Error) as e:
        yokushi.load("ukraine-2022").run("ladder-of-doom")
    assert e.value.status == "YK_E_NOTFOUND"
    assert "crisis" in str(e.value)


@pytest.mark.parametrize("engine, options, status, message", [
    ("crisis", {"seed": -1}, "YK_E_ARG", 'seed: takes a whole number 0..2^53 (got "-1")'),
    ("crisis", {"replicates": 0}, "YK_E_ARG", "replicates: "),
    ("crisis", {"years": "2025:2030"}, "YK_E_ARG",
     "years: the crisis engine takes no option of this name"),
    ("cascade", {"years": "2030:2025"}, "YK_E_ARG", "years: takes FROM:TO"),
    ("cascade", {"no_such": 1}, "YK_E_NOTFOUND", "no-such: "),
])
def test_bad_options(ukraine, engine, options, status, message):
    with pytest.raises(yokushi.Error) as e:
        ukraine.run(engine, **options)
    assert e.value.status == status
    assert str(e.value).startswith(message)


def bad_scenarios():
    d = os.path.join(DATA, "bad")
    return sorted(f[:-7] for f in os.listdir(d) if f.endswith(".expect"))


@pytest.mark.parametrize("name", bad_scenarios())
def test_bad_scenario_files(name, monkeypatch):
    """Each tests/data/bad file raises one Error whose message is every
    located line the program prints (NAME.expect)."""
    d = os.path.join(DATA, "bad")
    monkeypatch.chdir(d)
    with open(name + ".expect") as f:
        want = f.read().rstrip("\n")
    with pytest.raises(yokushi.Error) as e:
        yokushi.load(name + ".yaml")
    assert str(e.value) == want
    first = e.value.errors[0]
    assert str(e.value).splitlines()[0].startswith(
        "%s:%d:%d: " % (first["file"], first["line"], first["col"]))


def test_unknown_builtin():
    with pytest.raises(yokushi.Error) as e:
        yokushi.load("no-such-world")
    assert e.value.status == "YK_E_NOTFOUND"


def test_extends_a_file_refused_when_files_are_not_allowed(tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text("scenario: base\nextends: world-2025\n")
    top = tmp_path / "top.yaml"
    top.write_text("scenario: top\nextends: ./base.yaml\n")
    assert yokushi.load(top).name == "top"
    with pytest.raises(yokushi.Error) as e:
        yokushi.load(top, allow_files=False)
    assert str(e.value).startswith(str(top) + ":2:")
