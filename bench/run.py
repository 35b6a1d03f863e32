"""Benchmarks and budgets: ``python bench/run.py [--quick] [--size N] [--only NAMES]``.

Prints one JSON object per figure on stdout:
``{"name", "median_ms", "worst_ms", "baseline", "baseline_median_ms", "ratio", "peak_rss_mb",
"baseline_peak_rss_mb", "budget", "ok", "runs"}`` (null where a field does not apply; an
``error`` field when a figure could not be measured; ``baseline_skipped`` naming an optional
baseline, such as pandoc, that is not installed, whose fields are then null). Each figure is the median of several runs
after a warm-up, and its baseline runs interleaved with it (ours, baseline, ours, baseline …)
because absolute times drift on shared machines; ratios are what the budgets are set on.

Peak RSS: in-process figures reset the kernel's high-water mark (``/proc/self/clear_refs``)
before each of our runs and read ``VmHWM`` after it; children that print ``peak_kb=`` (the
editor, the bare window, the probes) report their own ``VmHWM``, others take ``ru_maxrss`` from
``os.wait4`` (which on Linux starts from the bench's own size at the fork: a big bench process
would show as every child's peak). The GUI figures run the real editor in a child process
(``bench/run.py --probe ...``, offscreen unless ``QT_QPA_PLATFORM`` says otherwise).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import drafts  # noqa: E402
from bench.baselines import libreoffice, pandoc, plain_json  # noqa: E402

BARE_WINDOW = ROOT / "bench" / "baselines" / "bare_window.py"
SEED_DRAFT = ROOT / "resources" / "examples" / "seed-report.minutes"
SIZES = (10, 100, 1000)
BIG = 1000


# Budgets ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Budget:
    """A limit on one field of a row: ``ratio <= 0.6``, ``median_ms <= 150`` …"""

    field: str
    limit: float

    def __str__(self) -> str:
        return f"{self.field} <= {self.limit:g}"

    def check(self, row: dict[str, Any]) -> bool | None:
        value = row.get(self.field)
        return None if value is None else value <= self.limit


@dataclass(frozen=True)
class AllOf:
    """Several limits on one row (the PDF seed: under a second and a third of LibreOffice)."""

    budgets: tuple[Budget, ...]

    def __str__(self) -> str:
        return " and ".join(str(b) for b in self.budgets)

    def check(self, row: dict[str, Any]) -> bool | None:
        results = [b.check(row) for b in self.budgets]
        return None if None in results else all(results)


# Limits from issue 6; those we beat by a wide margin are tightened (the limit after
# "was"), keeping about twice our measured figure as headroom for a shared machine.
BUDGETS = {
    "startup": Budget("ratio", 1.8),  # issue 10: no start-up tricks, ordinary means only
    f"export_docx_{BIG}": Budget("ratio", 0.3),  # was 0.6; we measure about 0.12
    f"export_docx_{BIG}_pandoc": Budget("ratio", 0.5),  # was 1.0; about 0.2
    f"export_html_{BIG}": Budget("median_ms", 150),
    f"load_save_{BIG}": Budget("median_ms", 80),  # was 100; 31-53 ms since msgspec
    f"import_{BIG}": Budget("median_ms", 150),  # was 300; about 45-90 ms
    "import_wrapped_zh": Budget("median_ms", 2000),  # issue 15: 1.6 MB in under 2 s
    "import_wrapped_en": Budget("median_ms", 2000),
    f"keystroke_{BIG}": Budget("median_ms", 8),  # was 16; about 1.3 ms
    f"typing_stall_{BIG}": Budget("worst_ms", 100),  # ours: no key waits a perceptible 0.1 s
    "preview_seed": Budget("median_ms", 25),  # was 50; about 5 ms
    f"gui_rss_{BIG}": Budget("peak_rss_mb", 250),
    # issue 13: a PDF of the seed under a second and at least 3x faster than LibreOffice
    # converting our .docx (measured 0.29). The 1000-section 纪要 (547 pages) is where
    # WeasyPrint loses: 2.6x LibreOffice's time (layout ~25 pages/s here, and its tagging step
    # grows with pages x tagged boxes); a guard against regressions, not a target met.
    "export_pdf_seed": AllOf((Budget("median_ms", 1000), Budget("ratio", 0.333))),
    f"export_pdf_{BIG}": Budget("ratio", 4.0),
}


# Measuring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    ms: float | None
    rss_mb: float | None = None


@dataclass(frozen=True)
class Settings:
    name: str
    warmup: int
    min_runs: int
    max_runs: int
    seconds: float  # time to aim for per figure, warm-up excluded

    def runs_for(self, warm_seconds: float) -> int:
        if warm_seconds <= 0:
            return self.max_runs
        return max(self.min_runs, min(self.max_runs, int(self.seconds / warm_seconds)))


QUICK = Settings("quick", warmup=1, min_runs=3, max_runs=9, seconds=3.0)
STARTUP_MIN_RUNS = 11  # start-up rounds take about 1 s; fewer medians swing with the machine
FULL = Settings("full", warmup=2, min_runs=7, max_runs=31, seconds=20.0)
SETTINGS = {s.name: s for s in (QUICK, FULL)}

_CLEAR_REFS = Path("/proc/self/clear_refs")


def _reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where the kernel does not allow it."""
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def _status_kb(key: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _peak_rss_mb(was_reset: bool) -> float:
    hwm = _status_kb("VmHWM") if was_reset else None
    if hwm is None:  # no reset possible: the process's lifetime peak is the honest figure
        hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return hwm / 1024


def in_process(fn: Callable[[], object]) -> Callable[[], Sample]:
    def sample() -> Sample:
        gc.collect()
        was_reset = _reset_peak_rss()
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        return Sample(elapsed * 1000, _peak_rss_mb(was_reset))

    return sample


@dataclass
class Finished:
    stdout: str
    stderr: str
    returncode: int
    started: float  # time.time() just before the spawn
    wall_ms: float
    peak_rss_mb: float


def spawn(
    argv: list[str], *, label: str, env: dict[str, str] | None = None, timeout: float = 120
) -> Finished:
    """Run a child to the end; its own peak RSS comes from ``wait4`` (no psutil needed)."""
    with tempfile.TemporaryFile() as errors:
        started = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=ROOT)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            assert proc.stdout is not None
            out = proc.stdout.read()
            proc.stdout.close()
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        errors.seek(0)
        err = errors.read().decode("utf-8", "replace")
    result = Finished(
        out.decode("utf-8", "replace"), err, proc.returncode, started, elapsed * 1000,
        usage.ru_maxrss / 1024,
    )
    if result.returncode != 0:
        tail = (err.strip().splitlines() or ["(no output)"])[-1]
        raise RuntimeError(f"{label} exited with {result.returncode}: {tail}")
    return result


def as_process(
    argv: list[str], label: str, env: dict[str, str] | None = None
) -> Callable[[], Sample]:
    def sample() -> Sample:
        done = spawn(argv, label=label, env=env)
        return Sample(done.wall_ms, done.peak_rss_mb)

    return sample


def rounds(samplers: list[Callable[[], Sample]], settings: Settings) -> list[list[Sample]]:
    """Warm up, then run the samplers in turn, round after round, so all see the same drift."""
    warm = time.perf_counter()
    for _ in range(settings.warmup):
        for sampler in samplers:
            sampler()
    per_round = (time.perf_counter() - warm) / max(settings.warmup, 1)
    out: list[list[Sample]] = [[] for _ in samplers]
    for _ in range(settings.runs_for(per_round)):
        for sampler, samples in zip(samplers, out, strict=True):
            samples.append(sampler())
    return out


def interleaved(
    ours: Callable[[], Sample], baseline: Callable[[], Sample] | None, settings: Settings
) -> tuple[list[Sample], list[Sample]]:
    """Ours and the baseline alternating (ours, baseline, ours …) after a warm-up."""
    if baseline is None:
        return rounds([ours], settings)[0], []
    mine, theirs = rounds([ours, baseline], settings)
    return mine, theirs


def _median(samples: list[Sample]) -> float | None:
    values = [s.ms for s in samples if s.ms is not None]
    return round(statistics.median(values), 3) if values else None


def _worst(samples: list[Sample]) -> float | None:
    values = [s.ms for s in samples if s.ms is not None]
    return round(max(values), 3) if values else None


def _peak(samples: list[Sample]) -> float | None:
    values = [s.rss_mb for s in samples if s.rss_mb is not None]
    return round(max(values), 1) if values else None


def make_row(
    name: str,
    ours: list[Sample],
    baseline: str | None = None,
    theirs: list[Sample] | None = None,
    *,
    ratio_of: str = "ms",
) -> dict[str, Any]:
    theirs = theirs or []
    row: dict[str, Any] = {
        "name": name,
        "median_ms": _median(ours),
        "worst_ms": _worst(ours),
        "baseline": baseline,
        "baseline_median_ms": _median(theirs),
        "ratio": None,
        "peak_rss_mb": _peak(ours),
        "baseline_peak_rss_mb": _peak(theirs),
        "budget": None,
        "ok": None,
        "runs": len(ours),
    }
    mine, other = (
        (row["median_ms"], row["baseline_median_ms"])
        if ratio_of == "ms"
        else (row["peak_rss_mb"], row["baseline_peak_rss_mb"])
    )
    if mine is not None and other:
        # Three significant figures: a tiny ratio (0.0435) keeps its precision.
        row["ratio"] = float(f"{mine / other:.3g}")
    budget = BUDGETS.get(name)
    if budget:
        row["budget"] = str(budget)
        row["ok"] = budget.check(row)
    return row


def failed_row(name: str, error: str) -> dict[str, Any]:
    row = make_row(name, [])
    row["ok"] = False if row["budget"] else None
    row["error"] = error
    return row


# The work -----------------------------------------------------------------------------------


@dataclass
class Workspace:
    """Generated drafts and the baselines' equivalent inputs, made once per run."""

    folder: Path
    _docs: dict[int, Any] = field(default_factory=dict)

    def doc(self, size: int) -> Any:
        if size not in self._docs:
            self._docs[size] = drafts.make_draft(size)
        return self._docs[size]

    def draft_file(self, size: int) -> Path:
        path = self.folder / f"draft-{size}.minutes"
        if not path.exists():
            from minutes_app.storage import save_draft

            save_draft(self.doc(size), path, backup=False)
        return path

    def markdown_file(self, size: int) -> Path:
        path = self.folder / f"draft-{size}.md"
        if not path.exists():
            path.write_text(drafts.markdown(self.doc(size)), encoding="utf-8")
        return path

    def child_env(self, **extra: str) -> dict[str, str]:
        """Children see our sources and a fresh private home each (no real settings, no
        recovery prompt left by an earlier child)."""
        env = dict(os.environ, **extra)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        # Bytecode as an installed copy has it (pip compiles on install): the warm-up run
        # writes it into the workspace, for ours and the baselines alike, whatever the
        # environment says (this VM sets PYTHONDONTWRITEBYTECODE).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(self.folder / "pycache")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        home = Path(tempfile.mkdtemp(prefix="home-", dir=self.folder))
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache"),
                         ("MINUTES_DATA_DIR", "minutes"), ("MINUTES_CONFIG_DIR", "minutes-config")):
            env[var] = str(home / sub)
        return env


@dataclass(frozen=True)
class Planned:
    name: str  # the row's name
    family: str | tuple[str, ...]  # what --only also accepts
    run: Callable[[Workspace, Settings], dict[str, Any] | list[dict[str, Any]]]
    slow: bool = False  # minutes a round: left out of --quick unless --only names it

    @property
    def families(self) -> tuple[str, ...]:
        return (self.family,) if isinstance(self.family, str) else self.family


def export_docx(size: int) -> Callable[[Workspace, Settings], dict[str, Any]]:
    def run(ws: Workspace, settings: Settings) -> dict[str, Any]:
        from bench.baselines import python_docx_script  # python-docx: not in the GUI probes
        from minutes_app.export import ExportOptions, write_docx

        doc, paragraphs = ws.doc(size), drafts.plain_paragraphs(ws.doc(size))
        ours_path, theirs_path = ws.folder / "ours.docx", ws.folder / "script.docx"
        mine, theirs = interleaved(
            in_process(lambda: write_docx(doc, ours_path, ExportOptions())),
            in_process(lambda: python_docx_script.write_docx(paragraphs, theirs_path)),
            settings,
        )
        return make_row(f"export_docx_{size}", mine, "python-docx script, eastAsia font run by run", theirs)

    return run


def export_docx_pandoc(size: int) -> Callable[[Workspace, Settings], dict[str, Any]]:
    def run(ws: Workspace, settings: Settings) -> dict[str, Any]:
        from minutes_app.export import ExportOptions, write_docx

        doc = ws.doc(size)
        ours_path, out = ws.folder / "ours.docx", ws.folder / "pandoc.docx"
        argv = pandoc.argv(ws.markdown_file(size), out, "docx", drafts.plain_paragraphs(doc)[0][1])
        mine, theirs = interleaved(
            in_process(lambda: write_docx(doc, ours_path, ExportOptions())),
            as_process(argv, "pandoc"),
            settings,
        )
        return make_row(f"export_docx_{size}_pandoc", mine, "pandoc Markdown -> docx", theirs)

    return run


def export_html(size: int) -> Callable[[Workspace, Settings], dict[str, Any]]:
    def run(ws: Workspace, settings: Settings) -> dict[str, Any]:
        from minutes_app.export import ExportOptions, write_html

        doc = ws.doc(size)
        ours_path, out = ws.folder / "ours.html", ws.folder / "pandoc.html"
        argv = pandoc.argv(ws.markdown_file(size), out, "html", drafts.plain_paragraphs(doc)[0][1])
        mine, theirs = interleaved(
            in_process(lambda: write_html(doc, ours_path, ExportOptions())),
            as_process(argv, "pandoc") if pandoc.available() else None,
            settings,
        )
        if theirs:
            return make_row(f"export_html_{size}", mine, "pandoc Markdown -> standalone HTML", theirs)
        # pandoc is an optional baseline: without it the row has ours alone, and says why.
        row = make_row(f"export_html_{size}", mine)
        row["baseline_skipped"] = f"pandoc Markdown -> standalone HTML ({pandoc.PANDOC} not installed)"
        return row

    return run


def load_save(size: int) -> Callable[[Workspace, Settings], dict[str, Any]]:
    def run(ws: Workspace, settings: Settings) -> dict[str, Any]:
        from minutes_app.storage import load_draft, save_draft

        source = ws.draft_file(size)
        ours_path, plain_path = ws.folder / "saved.minutes", ws.folder / "plain.json"
        mine, theirs = interleaved(
            in_process(lambda: save_draft(load_draft(source), ours_path)),
            in_process(lambda: plain_json.load_save(source, plain_path)),
            settings,
        )
        return make_row(f"load_save_{size}", mine, "bare json.loads + json.dumps + write", theirs)

    return run


def import_figure(size: int) -> Callable[[Workspace, Settings], dict[str, Any]]:
    def run(ws: Workspace, settings: Settings) -> dict[str, Any]:
        from minutes_app.importers import import_text

        text = drafts.import_text(ws.doc(size))
        result = import_text(text)
        found = len(result.document.body.sections)
        if found != size:  # timing an importer that misreads the text would mean nothing
            raise RuntimeError(f"import found {found} sections in a {size}-section text")
        mine, _ = interleaved(in_process(lambda: import_text(text)), None, settings)
        return make_row(f"import_{size}", mine)

    return run


WRAPPED_BYTES = 1_600_000  # issue 15, D2: 1.6 MB of hard-wrapped text imports in under 2 s
WRAPPED_SECTIONS = 1700  # a 纪要 of 1700 sections, wrapped at 36 characters: about 1.6 MB


def import_wrapped(language: str) -> Callable[[Workspace, Settings], dict[str, Any]]:
    """1.6 MB of hard-wrapped text imported from a file as the editor does (``import_file``:
    bounded read, decoding, unwrapping, recognising): a 纪要 wrapped at 36 characters, or
    English minutes wrapped at 72 columns in paragraphs between blank lines."""

    def run(ws: Workspace, settings: Settings) -> dict[str, Any]:
        from minutes_app.importers import import_file

        if language == "zh":
            source = drafts.make_draft(WRAPPED_SECTIONS)
            text = drafts.wrapped_import_text(source)
        else:
            text, _paragraphs = drafts.wrapped_english(WRAPPED_BYTES)
        path = ws.folder / f"wrapped-{language}.txt"
        path.write_text(text, encoding="utf-8")
        if path.stat().st_size < WRAPPED_BYTES:
            raise RuntimeError(f"{path.name} is {path.stat().st_size} bytes, not 1.6 MB")
        doc = import_file(path).document
        if language == "zh":  # timing an importer that misreads the text would mean nothing
            # Every character of each body, in order; a line ending a sentence exactly at the
            # margin may stay a paragraph break (the text cannot say otherwise).
            found = [section.body.replace("\n", "") for section in doc.body.sections]
            if found != [section.body for section in source.body.sections]:
                raise RuntimeError(f"import found {len(found)} sections, not {WRAPPED_SECTIONS} rejoined")
        else:  # the heading names the meeting; every word after it, in order, in the body
            body = text.split("\n\n", 1)[1]
            if "".join(body.split()) != "".join("".join(doc.body.free_paragraphs).split()):
                raise RuntimeError("the import lost or moved words of the English text")
        mine, _ = interleaved(in_process(lambda: import_file(path)), None, settings)
        return make_row(f"import_wrapped_{language}", mine)

    return run


# Start-up and GUI figures (children) -------------------------------------------------------

_SHOWN = re.compile(r"(?i)shown\s+(\d+\.\d+)")
_PEAK = re.compile(r"peak_kb=(\d+)")


def _shown_at(stdout: str) -> float:
    """The timestamp a child printed when its window was shown (time.time() or monotonic)."""
    for line in reversed(stdout.strip().splitlines()):
        match = _SHOWN.search(line)
        if match:
            return float(match.group(1))
    raise RuntimeError(f"the child printed no timestamp: {stdout.strip()[:200]!r}")


def _shown_sample(
    argv: list[str], label: str, env: Callable[[], dict[str, str]]
) -> Callable[[], Sample]:
    """Process start to the child's "shown" timestamp; RSS is the child's own peak."""

    def sample() -> Sample:
        child_env = env()
        spawn_mono = time.monotonic()
        done = spawn(argv, label=label, env=child_env)
        shown = _shown_at(done.stdout)
        # An epoch timestamp is compared with the spawn's time.time(), a monotonic one with ours.
        origin = done.started if shown > 1e9 else spawn_mono
        peak = _PEAK.search(done.stdout)
        return Sample((shown - origin) * 1000, int(peak.group(1)) / 1024 if peak else done.peak_rss_mb)

    return sample


def editor_argv(*files: Path) -> list[str]:
    """The editor as its ``minutes-app`` launcher starts it."""
    code = "import sys; from minutes_app.ui.app import main; sys.argv[0] = 'minutes-app'; sys.exit(main())"
    return [sys.executable, "-c", code, *map(str, files)]


def startup(ws: Workspace, settings: Settings) -> list[dict[str, Any]]:
    """The editor on the seed draft against the bare window; and, as a floor, the bare window
    that first imports our model and loads the same draft."""
    seed = ws.folder / "seed-report.minutes"
    shutil.copyfile(SEED_DRAFT, seed)
    bare = [sys.executable, str(BARE_WINDOW)]
    if settings.min_runs != settings.max_runs:  # not a fixed --runs: enough rounds to outlast
        # the machine's drift (3 quick rounds of 1 s gave ratios from 1.5 to 1.8)
        settings = replace(settings, min_runs=max(settings.min_runs, STARTUP_MIN_RUNS),
                           max_runs=max(settings.max_runs, STARTUP_MIN_RUNS))
    mine, theirs, floor = rounds(
        [
            _shown_sample(editor_argv(seed), "the editor",
                          lambda: ws.child_env(MINUTES_EXIT_AFTER_SHOW="1")),
            _shown_sample(bare, "the bare window", ws.child_env),
            _shown_sample([*bare, "--draft", str(seed)], "the bare window with the model",
                          ws.child_env),
        ],
        settings,
    )
    label = "bare PySide6 window with a few inputs"
    return [
        make_row("startup", mine, label, theirs),
        make_row("startup_floor", floor, label, theirs),
    ]


_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def startup_instructions(ws: Workspace, settings: Settings) -> dict[str, Any]:
    """Instructions from process start to the shown window, just before the event loop runs:
    the editor on the seed draft against the bare window, counted by valgrind's callgrind.
    Unlike times, the count is the same on a busy machine and an idle one. Each child runs
    once plainly first, so both find their bytecode compiled, as an installed copy would."""
    seed = ws.folder / "seed-report.minutes"
    shutil.copyfile(SEED_DRAFT, seed)
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    children = [
        (editor_argv(seed), ws.child_env(MINUTES_EXIT_AFTER_SHOW="before-loop", PYTHONHASHSEED="0")),
        ([sys.executable, str(BARE_WINDOW), "--before-loop"], ws.child_env(PYTHONHASHSEED="0")),
    ]
    for argv, env in children:
        subprocess.run(argv, env=env, capture_output=True, timeout=120, check=True)
    running = [subprocess.Popen([*valgrind, *argv], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True) for argv, env in children]
    counts = []
    for child in running:  # both at once: the counts do not depend on sharing the machine
        _out, err = child.communicate(timeout=600)
        found = _COLLECTED.findall(err)
        if child.returncode != 0 or not found:
            raise RuntimeError(f"callgrind run failed ({child.returncode}): {err.strip()[-300:]}")
        counts.append(int(found[-1]))
    ours, theirs = counts
    row = make_row("startup_instructions", [], "bare PySide6 window with a few inputs")
    row.update(median_ms=None, worst_ms=None, ratio=float(f"{ours / theirs:.3g}"), runs=1,
               instructions=ours, baseline_instructions=theirs)
    return row


def gui_rss(size: int) -> Callable[[Workspace, Settings], list[dict[str, Any]]]:
    """The editor on the big draft until its own preview is in: peak memory, and the time."""

    def run(ws: Workspace, settings: Settings) -> list[dict[str, Any]]:
        draft = ws.draft_file(size)
        probe = [sys.executable, str(Path(__file__).resolve()), "--probe", "open", str(draft)]
        mine, theirs = interleaved(
            _shown_sample(probe, "the editor", ws.child_env),
            _shown_sample([sys.executable, str(BARE_WINDOW)], "the bare window", ws.child_env),
            Settings(settings.name, 0, settings.min_runs, settings.min_runs, 0),
        )
        bare = "bare PySide6 window with a few inputs"
        return [
            make_row(f"gui_rss_{size}", [Sample(None, s.rss_mb) for s in mine], bare,
                     [Sample(None, s.rss_mb) for s in theirs], ratio_of="rss"),
            make_row(f"open_{size}", [Sample(s.ms) for s in mine], bare,
                     [Sample(s.ms) for s in theirs]),
        ]

    return run


def _probe(kind: str, draft: Path) -> Callable[[Workspace, Settings], list[dict[str, Any]]]:
    """A figure measured inside the real editor: ``run.py --probe KIND DRAFT`` in a child."""

    def run(ws: Workspace, settings: Settings) -> list[dict[str, Any]]:
        if draft.name.isdigit():
            path = ws.draft_file(int(draft.name))
        else:  # a copy: the editor locks what it opens, and resources/ is not ours to write in
            path = ws.folder / draft.name
            shutil.copyfile(draft, path)
        argv = [sys.executable, str(Path(__file__).resolve()), "--probe", kind, str(path),
                "--settings", settings.name]
        if settings.min_runs == settings.max_runs:
            argv += ["--runs", str(settings.max_runs)]
        done = spawn(argv, label=f"the {kind} probe", env=ws.child_env(), timeout=600)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        mine = [Sample(*pair) for pair in result["ours"]]
        theirs = [Sample(*pair) for pair in result["theirs"]]
        suffix = draft.name if draft.name.isdigit() else "seed"
        rows = [make_row(f"{kind}_{suffix}", mine, result["baseline"], theirs)]
        for extra, values in result["extra"].items():
            rows.append(make_row(f"{extra}_{suffix}", [Sample(ms) for ms in values]))
        return rows

    return run


def _run_probe(kind: str, draft: str, settings: Settings) -> int:
    """In the child: start the real editor (its own ``main``) on ``draft``, let its start-up
    (the first preview included) finish, then measure instead of entering the event loop.
    ``open`` only prints when that start-up was done and quits."""
    from PySide6.QtWidgets import QApplication

    def measure(app: QApplication) -> int:
        from PySide6.QtTest import QTest

        from minutes_app.ui.draft_window import DraftWindow

        sys.excepthook = _die  # the editor's hook would open a modal dialog and hang the bench

        windows = [w for w in app.topLevelWidgets() if isinstance(w, DraftWindow)]
        if len(windows) != 1:
            raise RuntimeError(f"expected one editor window, found {len(windows)}")
        window = windows[0]
        deadline = time.monotonic() + 120
        while window.preview is None or not window.preview.html:  # the editor's own start-up
            QTest.qWait(5)
            if time.monotonic() > deadline:
                raise RuntimeError("the preview never rendered")
        if kind == "open":  # the window and its preview are in: when, and the memory now
            print(f"shown {time.time():.6f} peak_kb={_status_kb('VmHWM')}", flush=True)
            os._exit(0)
        setup = PROBES[kind](app, window)
        mine, other = interleaved(setup.ours, setup.theirs, settings)
        warm = settings.warmup
        print(json.dumps({
            "baseline": setup.baseline,
            "ours": [(s.ms, s.rss_mb) for s in mine],
            "theirs": [(s.ms, s.rss_mb) for s in other],
            "extra": {name: values[warm:] for name, values in setup.extra.items()},
        }), flush=True)
        os._exit(0)  # the editor's tear-down is not measured, and must not hang the bench

    QApplication.exec = measure  # main() below runs the probe instead of the event loop
    from minutes_app.ui.app import main

    try:
        return main(["minutes-app", draft])
    except Exception:
        _die(*sys.exc_info())
        raise


def _die(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    import traceback

    traceback.print_exception(kind, exc, tb)
    sys.stderr.flush()
    os._exit(3)


@dataclass
class ProbeSetup:
    ours: Callable[[], Sample]
    theirs: Callable[[], Sample]
    baseline: str
    # further figures (ours only) the samplers record as they run, warm-up included
    extra: dict[str, list[float]] = field(default_factory=dict)


KEY_INTERVAL_MS = 100  # about ten keys a second


def _keystroke_probe(app: Any, window: Any) -> ProbeSetup:
    """One key typed into the body of the middle section, to the model updated.

    Qt delivers the key synchronously (key press -> text changed -> undo command -> model),
    so the timed call ends with the model updated; the debounced preview and the repaint run
    afterwards, untimed, before the next key, typed at a typist's pace. Baseline: the same key
    into a bare QPlainTextEdit holding the same text.

    Also ``typing_stall``: for each key, its own time plus how far the pause after it overran
    (the GUI thread was busy, e.g. a preview render holding the GIL): how long a key typed
    then would have waited."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    sections = window.session.doc.body.sections
    row = len(sections) // 2
    window.show_page("sections")
    panel = window.panels["sections"]
    panel.list.select_row(row)
    app.processEvents()
    body = panel.editor.widgets["body"]
    if body.toPlainText() != sections[row].body:
        raise RuntimeError("the section editor does not show the selected section")
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    bare = QPlainTextEdit()
    bare.setPlainText(sections[row].body)
    bare.moveCursor(QTextCursor.MoveOperation.End)
    bare.resize(body.size())
    bare.show()

    def typed(
        widget: Any, check: Callable[[], bool], stalls: list[float] | None
    ) -> Callable[[], Sample]:
        def type_one() -> None:
            QTest.keyClick(widget, Qt.Key.Key_A)

        timed = in_process(type_one)
        pause = QEventLoop()
        timer = QTimer(pause)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(KEY_INTERVAL_MS)
        timer.timeout.connect(pause.quit)

        def sample() -> Sample:
            result = timed()
            if not check():
                raise RuntimeError("the key did not reach the model")
            timer.start()
            # A typist's pace: repaint, autosave, the debounced preview and Qt's deferred
            # deletes run between keys, untimed (a background preview may still compete).
            start = time.perf_counter()
            pause.exec()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            overran = (time.perf_counter() - start) * 1000 - KEY_INTERVAL_MS
            if stalls is not None:
                stalls.append(round((result.ms or 0) + max(0.0, overran), 3))
            return result

        return sample

    stalls: list[float] = []  # the bare editor shares our process and GIL: no baseline here
    return ProbeSetup(
        typed(body, lambda: window.session.doc.body.sections[row].body.endswith("a"), stalls),
        typed(bare, lambda: bare.toPlainText().endswith("a"), None),
        "the same key into a bare QPlainTextEdit",
        {"typing_stall": stalls},
    )


def _preview_probe(app: Any, window: Any) -> ProbeSetup:
    """The preview's refresh (HTML render + setHtml) against setHtml of the same page alone
    in a bare QTextBrowser of the same size: the share Qt's own HTML layout takes."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTextBrowser

    preview = window.preview
    bare = QTextBrowser()
    bare.resize(preview.browser.size())
    bare.show()
    from minutes_app.export import to_html

    html = to_html(window.session.doc, preview.options(), preview=True)  # the page, whole

    def settled(fn: Callable[[], object]) -> Callable[[], Sample]:
        timed = in_process(fn)

        def sample() -> Sample:
            result = timed()
            QTest.qWait(10)  # untimed: layout steps, and the replaced page's deferred delete
            return result

        return sample

    return ProbeSetup(
        settled(preview.render_now),
        settled(lambda: bare.setHtml(html)),
        "setHtml of the same page in a bare QTextBrowser",
    )


PROBES = {"keystroke": _keystroke_probe, "preview": _preview_probe}


def export_pdf(label: str, size: int | None) -> Callable[[Workspace, Settings], dict[str, Any]]:
    """Our PDF (WeasyPrint, in-process) against LibreOffice converting our .docx (a child);
    the seed (``size`` None) and the generated drafts as 纪要. LibreOffice gets the .docx of
    the "lines" grid, which it lays out as 22 x 28."""

    def run(ws: Workspace, settings: Settings) -> dict[str, Any]:
        from minutes_app.export import ExportOptions, write_docx, write_pdf
        from minutes_app.model import DocumentStyle
        from minutes_app.storage import load_draft

        name = f"export_pdf_{label}"
        doc = load_draft(SEED_DRAFT) if size is None else ws.doc(size)
        options = ExportOptions(style=DocumentStyle.JIYAO)
        ours_path = ws.folder / f"ours-{label}.pdf"
        docx = ws.folder / f"for-libreoffice-{label}.docx"
        write_docx(doc, docx, ExportOptions(style=DocumentStyle.JIYAO, grid="lines"))
        if size is not None and size >= BIG:  # tens of seconds a round: one warm-up, three runs
            settings = replace(
                settings, warmup=min(settings.warmup, 1), min_runs=min(settings.min_runs, 3),
                max_runs=min(settings.max_runs, 3),
            )
        baseline = None
        if libreoffice.available():
            out_dir = ws.folder / "libreoffice"
            out_dir.mkdir(exist_ok=True)
            argv = libreoffice.argv(docx, out_dir, ws.folder / "libreoffice-profile")
            baseline = as_process(argv, "soffice")
        mine, theirs = interleaved(
            in_process(lambda: write_pdf(doc, ours_path, options)), baseline, settings
        )
        if theirs:
            return make_row(name, mine, "LibreOffice (soffice --headless) converting our .docx", theirs)
        row = make_row(name, mine)
        row["baseline_skipped"] = "LibreOffice converting our .docx (soffice not installed)"
        return row

    return run


# Plan and main ------------------------------------------------------------------------------


def plan(sizes: tuple[int, ...]) -> list[Planned]:
    big = sizes[-1]
    out = [Planned("startup", "startup", startup)]
    if shutil.which("valgrind"):
        out.append(Planned("startup_instructions", ("startup", "startup_instructions"),
                           startup_instructions))
    out += [Planned(f"export_docx_{n}", "export_docx", export_docx(n)) for n in sizes]
    if pandoc.available():
        out.append(Planned(f"export_docx_{big}_pandoc", "export_docx_pandoc", export_docx_pandoc(big)))
    out += [Planned(f"export_html_{n}", "export_html", export_html(n)) for n in sizes]
    out.append(Planned("export_pdf_seed", "export_pdf", export_pdf("seed", None)))
    out.append(Planned(f"export_pdf_{big}", "export_pdf", export_pdf(str(big), big), slow=big >= BIG))
    out += [Planned(f"load_save_{n}", "load_save", load_save(n)) for n in sizes]
    out.append(Planned(f"import_{big}", "import", import_figure(big)))
    out += [Planned(f"import_wrapped_{lang}", "import_wrapped", import_wrapped(lang)) for lang in ("zh", "en")]
    out.append(Planned(f"keystroke_{big}", ("keystroke", "typing_stall"),
                       _probe("keystroke", Path(str(big)))))
    out.append(Planned("preview_seed", ("preview", "preview_seed"), _probe("preview", SEED_DRAFT)))
    out.append(Planned(f"preview_{big}", "preview", _probe("preview", Path(str(big)))))
    out.append(Planned(f"gui_rss_{big}", "gui_rss", gui_rss(big)))
    return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (under two minutes)")
    parser.add_argument("--size", type=int, help="one draft size instead of 10, 100 and 1000")
    parser.add_argument(
        "--only",
        help="comma-separated figures: row names (export_docx_1000) or families "
        "(startup, startup_instructions, export_docx, export_docx_pandoc, export_html, export_pdf, load_save, import, import_wrapped, keystroke, "
        "typing_stall, preview, preview_seed, gui_rss)",
    )
    parser.add_argument("--runs", type=int, help="exactly this many timed runs per figure")
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    parser.add_argument("--table", action="store_true", help="also print a Markdown table on stderr")
    parser.add_argument(
        "--table-from", metavar="JSONL", type=Path,
        help="print the Markdown table of a saved run (its stdout) and exit",
    )
    parser.add_argument("--probe", nargs=2, metavar=("KIND", "DRAFT"), help=argparse.SUPPRESS)
    parser.add_argument("--settings", choices=sorted(SETTINGS), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def markdown_table(rows: list[dict[str, Any]]) -> str:
    def cell(value: Any) -> str:
        if value is None:
            return "–"
        if isinstance(value, bool):
            return "yes" if value else "**NO**"
        return f"{value:.3g}" if isinstance(value, float) and value < 100 else (
            f"{value:.0f}" if isinstance(value, float) else str(value))

    head = ["figure", "ours ms", "worst ms", "baseline", "baseline ms", "ratio", "peak RSS MB",
            "baseline RSS MB", "budget", "ok"]
    keys = ["name", "median_ms", "worst_ms", "baseline", "baseline_median_ms", "ratio",
            "peak_rss_mb", "baseline_peak_rss_mb", "budget", "ok"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(r.get(k)) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.table_from:
        lines = args.table_from.read_text(encoding="utf-8").splitlines()
        print(markdown_table([json.loads(line) for line in lines if line.strip()]))
        return 0
    settings = SETTINGS[args.settings] if args.settings else QUICK if args.quick else FULL
    if args.runs:
        settings = Settings(settings.name, 1, args.runs, args.runs, 0)
    if args.probe:
        return _run_probe(*args.probe, settings)
    sizes = (args.size,) if args.size else SIZES
    planned = plan(sizes)
    if args.only:
        wanted = {w.strip() for w in args.only.split(",") if w.strip()}
        known = {p.name for p in planned} | {f for p in planned for f in p.families}
        unknown = wanted - known
        if unknown:
            print(f"run.py: unknown figure(s): {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        planned = [p for p in planned if p.name in wanted or wanted & set(p.families)]
    elif settings is QUICK:
        planned = [p for p in planned if not p.slow]
    if args.list:
        for p in planned:
            print(f"{p.name}\t{BUDGETS.get(p.name) or ''}")
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as folder:
        ws = Workspace(Path(folder))
        for p in planned:
            try:
                made = p.run(ws, settings)
            except Exception as exc:  # one broken figure must not hide the others
                made = failed_row(p.name, f"{type(exc).__name__}: {exc}")
            for row in made if isinstance(made, list) else [made]:
                rows.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
    if args.table:
        print(markdown_table(rows), file=sys.stderr)
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
