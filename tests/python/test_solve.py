"""yokushi.solve: a Gambit .efg/.nfg solved by the library, the document
`yokushi solve --format json` prints; bad files as located errors."""

import os

import pytest
from conftest import DATA, cli

import yokushi

GAMES = os.path.join(DATA, "gambit", "games")


@pytest.mark.parametrize("game, method", [
    ("e17.efg", "lcp"), ("e17.efg", "enumpure"), ("cent4.efg", "bi"), ("cent4.efg", None),
    ("2x2.nfg", "lcp"), ("pd.nfg", "enumpure"), ("2x2.nfg", "logit"),
])
def test_solve_is_the_programs(game, method):
    path = os.path.join(GAMES, game)
    args = ["solve", path] + (["--method", method] if method else [])
    assert yokushi.solve(path, method=method) == __import__("json").loads(
        cli(*args, "--format", "json").stdout)
    assert yokushi.solve(path, method=method, format="gambit") == cli(*args).stdout


def test_a_stalled_logit_path_is_an_error():
    # the program exits 1 there too: its last point is not an equilibrium
    path = os.path.join(GAMES, "2x2x2.nfg")
    with pytest.raises(yokushi.Error, match="stalled"):
        yokushi.solve(path, method="logit")


def test_solve_options_are_the_programs():
    path = os.path.join(GAMES, "e17.efg")
    got = yokushi.solve(path, method="logit", end_only=True, decimals=10, format="gambit")
    assert got == cli("solve", path, "--method", "logit", "-e", "--decimals", "10").stdout
    got = yokushi.solve(path, method="enumpure", strategic=True, format="gambit")
    assert got == cli("solve", path, "--method", "enumpure", "-S").stdout


def test_solution_has_numbers():
    doc = yokushi.solve(os.path.join(GAMES, "e17.efg"), method="lcp")
    assert len(doc["equilibria"]) == 1
    assert doc["equilibria"][0]["regret"] == 0


def bad_games():
    d = os.path.join(DATA, "bad-games")
    return sorted(f[:-7] for f in os.listdir(d) if f.endswith(".expect"))


@pytest.mark.parametrize("name", bad_games())
def test_bad_games(name, monkeypatch):
    monkeypatch.chdir(DATA)
    with open(os.path.join("bad-games", name + ".expect")) as f:
        want = f.read().rstrip("\n")
    with pytest.raises(yokushi.Error) as e:
        yokushi.solve(os.path.join("bad-games", name))
    assert str(e.value) == want


def test_method_a_game_does_not_take():
    with pytest.raises(yokushi.Error) as e:
        yokushi.solve(os.path.join(GAMES, "e17.efg"), method="bi")
    assert str(e.value).startswith(os.path.join(GAMES, "e17.efg"))


@pytest.mark.parametrize("method", ["nash", ""])
def test_unknown_method(method):
    with pytest.raises(yokushi.Error) as e:
        yokushi.solve(os.path.join(GAMES, "e17.efg"), method=method)
    assert e.value.status == "YK_E_ARG"


def test_missing_file(tmp_path):
    with pytest.raises(yokushi.Error) as e:
        yokushi.solve(tmp_path / "no-such.efg")
    assert e.value.status == "YK_E_IO"
    assert str(e.value).startswith(str(tmp_path / "no-such.efg") + ": ")
