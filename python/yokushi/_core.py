"""Scenarios, engines and games over libyokushi. Every number comes from
the C library, through its own JSON and CSV writers; this module only
moves text and handles across."""

import json
import threading

from ._ffi import ffi, lib

_FORMATS = {"text": lib.YK_FORMAT_TEXT, "json": lib.YK_FORMAT_JSON, "csv": lib.YK_FORMAT_CSV}


class Error(Exception):
    """A failure the library reported.

    str(error) is the library's message: "FILE:LINE:COL: path: message"
    for each problem, one per line, with the parts it knows. ``status`` is
    the yk_status name ("YK_E_SCHEMA", ...), ``errors`` the problems as
    dicts (file, line, col, path, message).
    """

    def __init__(self, status, errors, dropped=0):
        self.status = ffi.string(ffi.cast("yk_status", status))
        self.errors = [_error_dict(e) for e in errors]
        lines = [_format(e) for e in errors] or [_text(lib.yk_status_str(status))]
        if dropped:
            lines.append("(%d more problems not shown)" % dropped)
        super().__init__("\n".join(lines))


def _text(p):
    return ffi.string(p).decode("utf-8", "replace") if p != ffi.NULL else None


def _format(err):
    n = lib.yk_error_format(err, ffi.NULL, 0)
    buf = ffi.new("char[]", n + 1)
    lib.yk_error_format(err, buf, n + 1)
    return _text(buf)


def _error_dict(err):
    return {"file": _text(err.file), "line": err.line, "col": err.col,
            "path": _text(err.path), "message": _text(err.message)}


def _check(status, err):
    """Raises Error for a failed status; err is the yk_error it filled."""
    if status != lib.YK_OK:
        # a call may fail before it fills err (out of memory)
        raise Error(status, [err] if err.message[0] != b"\0" else [])


def _take_string(p, n):
    """The text of a yk_malloc'd string, which is then freed."""
    try:
        return ffi.unpack(p[0], n[0]).decode("utf-8")
    finally:
        lib.yk_free(p[0])


def version():
    """The running library's version ("0.1.0")."""
    return _text(lib.yk_version())


def _engine_list():
    return [lib.yk_engine_at(i) for i in range(lib.yk_engine_count())]


def engines():
    """The registered engines, in the library's order: a list of dicts
    (name, summary, options: [{name, value, help}]), as `yokushi --help`
    lists them."""
    out = []
    for e in _engine_list():
        opts = [lib.yk_engine_option_at(e, i) for i in range(lib.yk_engine_option_count(e))]
        out.append({"name": _text(lib.yk_engine_name(e)),
                    "summary": _text(lib.yk_engine_summary(e)),
                    "options": [{"name": _text(o.name), "value": _text(o.value),
                                 "help": _text(o.help)} for o in opts]})
    return out


class _LoadOptions:
    """yk_load_options naming every engine and every engine's
    coefficients, so a scenario is checked as the program checks it."""

    def __init__(self, allow_files):
        es = _engine_list()
        self._names = [ffi.new("char[]", ffi.string(lib.yk_engine_name(e))) for e in es]
        self.engines = ffi.new("const char *[]", self._names + [ffi.NULL])
        tables = []
        for e in es:
            n = ffi.new("size_t *")
            specs = lib.yk_engine_coefficients(e, n)
            tables.append((specs, n[0]))
        total = sum(n for _, n in tables)
        self.specs = ffi.new("yk_coefficient_spec[]", max(total, 1))
        k = 0
        for specs, n in tables:
            if n:
                ffi.memmove(self.specs + k, specs, n * ffi.sizeof("yk_coefficient_spec"))
                k += n
        self.opt = ffi.new("yk_load_options *", {
            "allow_files": allow_files, "engines": self.engines,
            "coefficients": self.specs, "n_coefficients": total})


def load(spec, allow_files=True):
    """Loads a scenario: a built-in's name ("ukraine-2022") or a path to a
    YAML file. Every problem in the file raises one Error that lists them
    all, each located as FILE:LINE:COL."""
    lo = _LoadOptions(allow_files)
    out = ffi.new("yk_scenario **")
    diag = ffi.new("yk_diag *")
    lib.yk_diag_init(diag)
    try:
        st = lib.yk_scenario_load(str(spec).encode(), lo.opt, out, diag)
        if st != lib.YK_OK:
            lib.yk_diag_sort(diag)  # in file order, as the program prints them
            raise Error(st, [diag.items + i for i in range(diag.count)], diag.dropped)
    finally:
        lib.yk_diag_free(diag)
    return Scenario(ffi.gc(out[0], lib.yk_scenario_free), lo)


def _option_text(value):
    """An option's value as the command line writes it: flags true/false,
    a pair (FROM, TO) as FROM:TO, anything else as str()."""
    if value is True or value is None:
        return None
    if value is False:
        return "false"
    if isinstance(value, (tuple, list)):
        return ":".join(str(v) for v in value)
    return str(value)


class Scenario:
    """A loaded scenario. Results of its runs point into it; they keep it
    alive for as long as they are used."""

    def __init__(self, handle, load_options):
        self._s = handle
        # The scenario keeps pointers into its load options (the engine
        # names and coefficient tables) and reads them again when it
        # resolves other years (src/world/scenario.c): they live as long
        # as it does.
        self._load_options = load_options

    name = property(lambda self: _text(lib.yk_scenario_name(self._s)))
    kind = property(lambda self: _text(lib.yk_scenario_kind(self._s)))
    origin = property(lambda self: _text(lib.yk_scenario_origin(self._s)))
    description = property(lambda self: _text(lib.yk_scenario_description(self._s)))
    seed = property(lambda self: int(lib.yk_scenario_seed(self._s)))
    sha256 = property(lambda self: _text(lib.yk_scenario_sha256(self._s)))

    def __repr__(self):
        return "<yokushi.Scenario %s (%s) sha256 %s...>" % (self.name, self.origin,
                                                            self.sha256[:16])

    def run(self, engine, **options):
        """Runs a registered engine ("crisis", "cascade", see engines()) with
        options as `yokushi ENGINE --help` lists them (seed, threads,
        replicates and the engine's own; a trailing _ is dropped, so
        lambda_=2 is --lambda 2, and - may be written _). Returns a Result:
        the dict of the JSON document the program prints. Ctrl-C stops the
        run between blocks of work (KeyboardInterrupt)."""
        e = lib.yk_engine_find(str(engine).encode())
        if e == ffi.NULL:
            known = ", ".join(x["name"] for x in engines())
            _raise(lib.YK_E_NOTFOUND, "no engine \"%s\" (engines: %s)" % (engine, known))
        err = ffi.new("yk_error *")
        o = ffi.gc(lib.yk_run_options_new(), lib.yk_run_options_free)
        if o == ffi.NULL:
            raise MemoryError("yokushi: out of memory")
        for key, value in options.items():
            name = key.rstrip("_").replace("_", "-")
            text = _option_text(value)
            _check(lib.yk_run_options_set(o, name.encode(),
                                          text.encode() if text is not None else ffi.NULL,
                                          err), err)
        out = ffi.new("yk_engine_result **")
        stop = ffi.new("volatile int *")
        lib.yk_run_options_stop(o, stop)
        _check(_interruptible(lambda: lib.yk_engine_run(e, self._s, o, out, err), stop), err)
        # The result points into the scenario: its destructor holds the
        # scenario's handle, so the scenario is freed after it, never before.
        return Result(self, ffi.gc(out[0], lambda r, s=self._s: lib.yk_engine_result_free(r)))


def _interruptible(call, stop):
    """call() in a worker thread, so that Ctrl-C (KeyboardInterrupt in the
    main thread, which a C call would hold off until it returned) sets
    *stop: the library polls it between blocks of work and returns
    YK_E_INTERRUPTED, and the KeyboardInterrupt goes on."""
    box = {}
    done = threading.Event()

    def work():
        try:
            box["status"] = call()
        finally:
            done.set()

    threading.Thread(target=work, daemon=True).start()
    # An Event, not Thread.join: a join that KeyboardInterrupt breaks can
    # leave the thread looking finished (CPython 3.11), and the run would
    # go on behind the caller's back.
    try:
        while not done.wait(0.05):
            pass
    except KeyboardInterrupt:
        stop[0] = 1
        done.wait()
        raise
    return box["status"]


def _raise(status, message):
    """Raises an Error of the library's kind for a problem found here."""
    err = ffi.new("yk_error *")
    err.status = status
    err.message = message.encode()[:ffi.sizeof(err.message) - 1]
    raise Error(status, [err])


class Result(dict):
    """One engine run: the dict of its JSON document (envelope: yokushi,
    scenario, scenario_sha256, seed, results), plus the same run written
    by the library in its other formats."""

    def __init__(self, scenario, handle):
        self._scenario = scenario  # its name and load options stay at hand
        self._r = handle
        super().__init__(json.loads(self.write("json")))

    def __reduce__(self):
        """Pickled or copied, a result is its plain dict."""
        return dict, (dict(self),)

    def write(self, fmt="text"):
        """The document as `yokushi ENGINE --format FMT` prints it
        (text, json or csv)."""
        text = ffi.new("char **")
        n = ffi.new("size_t *")
        st = lib.yk_engine_result_to_string(self._r, _FORMATS[fmt], text, n)
        if st != lib.YK_OK:
            raise Error(st, [])
        return _take_string(text, n)

    def charts(self):
        """The run's charts as `yokushi report --charts` writes them: a list
        of (name, svg) pairs, each svg a standalone SVG document. Empty for
        a run that has none (a crisis study at the means)."""
        charts = []

        @ffi.callback("int(void *, const char *, const yk_chart *)")
        def take(ud, name, chart):
            text = ffi.new("char **")
            n = ffi.new("size_t *")
            if lib.yk_chart_svg(chart, True, text, n) != lib.YK_OK:
                return 1
            charts.append((_text(name), _take_string(text, n)))
            return 0

        st = lib.yk_engine_result_charts(self._r, take, ffi.NULL)
        if st == lib.YK_E_ARG:
            return []
        if st != lib.YK_OK:
            raise Error(st, [])
        return charts

    def to_frame(self):
        """The run's CSV (the tidy long table, docs/CLI.md: scenario,
        scenario_sha256, seed, version, engine, measure, id, year, variant,
        mean, lo, hi) as a pandas DataFrame; needs pandas. An empty id or
        variant stays "" (never NaN); an empty year, mean, lo or hi is NaN."""
        import io

        import pandas

        text = ("scenario", "scenario_sha256", "version", "engine", "measure", "id",
                "variant")
        return pandas.read_csv(io.StringIO(self.write("csv")),
                               dtype={c: str for c in text}, keep_default_na=False,
                               na_values={c: [""] for c in ("year", "mean", "lo", "hi")})


def report(results, title="yokushi report", command=""):
    """One self-contained HTML page of results (Result objects), as
    `yokushi report` writes it: per scenario (consecutive results of the
    same scenario share its section) the identity, per result the headline
    numbers, charts, full output and the inputs with their provenance.
    command is shown as the run's command line. Returns the page (str)."""
    h = ffi.gc(lib.yk_html_report_new(title.encode(), command.encode()),
               lib.yk_html_report_free)
    if h == ffi.NULL:
        raise MemoryError("yokushi: out of memory")
    current = None
    for r in results:
        if r._scenario is not current:
            current = r._scenario
            st = lib.yk_html_report_scenario(h, current._s)
            if st != lib.YK_OK:
                raise Error(st, [])
        st = lib.yk_html_report_result(h, r._r, ffi.NULL, ffi.NULL, ffi.NULL)
        if st != lib.YK_OK:
            raise Error(st, [])
    text = ffi.new("char **")
    n = ffi.new("size_t *")
    st = lib.yk_html_report_finish(h, text, n)
    if st != lib.YK_OK:
        raise Error(st, [])
    return _take_string(text, n)


_SOLUTION_FORMATS = {"gambit": lib.YK_SOLUTION_GAMBIT, "json": lib.YK_SOLUTION_JSON,
                     "text": lib.YK_SOLUTION_TEXT}


def solve(path, method=None, format="json", decimals=0, end_only=False,
          strategic=False, max_profiles=0):
    """Reads a Gambit game (.efg or .nfg) and solves it, as `yokushi solve
    PATH --method METHOD --format json` does: bi, enumpure, lcp or logit
    (None: the program's default for the game); end_only is -e, strategic
    -S. Returns the JSON document as a dict; format="gambit" or "text"
    returns the program's text instead. Ctrl-C stops the solver."""
    args = ffi.new("yk_game_solve_args *")
    keep = ffi.new("char[]", method.encode()) if method is not None else ffi.NULL
    args.method = keep
    args.format = _SOLUTION_FORMATS[format]
    args.decimals = decimals
    args.options.end_only = bool(end_only)
    args.options.strategic = bool(strategic)
    args.options.max_profiles = max_profiles
    text = ffi.new("char **")
    n = ffi.new("size_t *")
    err = ffi.new("yk_error *")
    stop = ffi.new("volatile int *")
    args.options.stop = stop
    _check(_interruptible(lambda: lib.yk_game_solve_to_string(str(path).encode(), args, text,
                                                              n, err), stop), err)
    doc = _take_string(text, n)
    return json.loads(doc) if format == "json" else doc
