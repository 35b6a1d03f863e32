"""Export timings, in-process: ``python bench/export_timing.py [--runs N] [--size N]``.

Prints the first (cold) call and the median of N warm calls for:
- the seed draft to .docx and to HTML in each style (budget: well under 100 ms each);
- the benchmark 纪要 of ``--size`` sections (300 CJK characters a body, 50 attendees) to .docx
  (well under 0.6 s) and HTML (under 150 ms), with the plain python-docx script on the same
  paragraphs for comparison.
The full, interleaved measurements with budgets are ``bench/run.py`` (issue 6); this script is
the exporter's own quick look. It also prints the module import cost the editor pays at start-up.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first call, median of ``runs`` further calls), in milliseconds."""
    start = time.perf_counter()
    call()
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times)


def import_cost() -> float:
    """Milliseconds to import minutes_app.export in a fresh interpreter (model excluded)."""
    code = (
        "import time, minutes_app.model; t = time.perf_counter(); import minutes_app.export; "
        "print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return float(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="warm runs per figure (default 15)")
    parser.add_argument("--size", type=int, default=1000, help="sections of the big draft")
    args = parser.parse_args()

    from bench import drafts
    from bench.baselines import python_docx_script
    from minutes_app.export import ExportOptions, write_docx, write_html
    from minutes_app.model import DocumentStyle
    from minutes_app.resources import EXAMPLES
    from minutes_app.storage import load_draft

    print(f"import minutes_app.export: {import_cost():6.1f} ms")
    seed = load_draft(EXAMPLES / "seed-report.minutes")
    big = drafts.make_draft(args.size)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        print(f"{'figure':<34}{'first ms':>10}{'median ms':>11}")
        for style in DocumentStyle:
            options = ExportOptions(style=style)
            for fmt, writer in (("docx", write_docx), ("html", write_html)):
                first, median = timed(
                    lambda w=writer, o=options, f=fmt: w(seed, out / f"seed.{f}", o), args.runs
                )
                print(f"{f'seed -> {style.value} {fmt}':<34}{first:>10.1f}{median:>11.1f}")
        runs = max(3, args.runs // 3)
        for fmt, writer in (("docx", write_docx), ("html", write_html)):
            first, median = timed(lambda w=writer, f=fmt: w(big, out / f"big.{f}"), runs)
            print(f"{f'{args.size} sections -> jiyao {fmt}':<34}{first:>10.1f}{median:>11.1f}")
        paragraphs = drafts.plain_paragraphs(big)
        first, median = timed(
            lambda: python_docx_script.write_docx(paragraphs, out / "script.docx"), 3
        )
        print(f"{f'{args.size} sections, python-docx script':<34}{first:>10.1f}{median:>11.1f}")


if __name__ == "__main__":
    main()
