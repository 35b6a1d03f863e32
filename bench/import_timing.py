"""Import timings, in-process: ``python bench/import_timing.py [--runs N] [--size N]``.

Builds texts of ``--size`` numbered sections (1000 by default, 300 CJK characters or about 60
English words a body) in the importer's main shapes and prints, for each, the first (cold) call
and the median of N warm calls of ``import_text`` (budget, issue 6: well under 300 ms at 1000
sections). It also imports a tenth and four times the size: the time per section must stay
flat, or some recogniser scans quadratically. ``bench/run.py --only import_1000`` is the
interleaved measurement with its budget; this script is the importer's own quick look.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from minutes_app.export.numbering import chinese_number  # noqa: E402
from minutes_app.importers import import_bytes, import_text  # noqa: E402

_CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研"
_WORDS = (
    "the board discussed budget report plan trustees agreed review risk policy staff income "
    "costs reserves hall members meeting proposal quarter update contract tender safety "
    "volunteers grant forecast accounts audit premises lease renewal strategy"
).split()
_NAMES = ["Jane Roe", "Peter Okonkwo", "Susan Blake", "Tom Harris", "Ravi Mehta", "Amy Lee"]


def _zh(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_CJK) for _ in range(n))


def news_text(size: int, rng: random.Random) -> str:
    """The seed's shape: headline, source line, lead, then 一是…N是 paragraphs, remark, format."""
    lines = [
        "市委第二十四次专题会议召开",
        "",
        "来源:吕梁日报 更新时间:2020-03-14 11:30:53",
        "",
        "(记者 李雅萍) 3月13日,市委书记李正印主持召开市委第二十四次专题会议,研究部署重点工作。"
        "市长王立伟作具体安排。市领导张广勇、张稳科、李建国出席会议。",
        "",
        "李正印就做好当前重点工作提出具体要求。",
        "",
    ]
    for n in range(1, size + 1):
        lines += [f"{chinese_number(n)}是{_zh(rng, 10)}。{_zh(rng, 290)}。", ""]
    lines += [
        f"王立伟就做好当前各项重点工作强调,{_zh(rng, 200)}。",
        "",
        "会议以视频形式召开,各县市区设分会场。",
    ]
    return "\n".join(lines) + "\n"


def jiyao_text(size: int, rng: random.Random) -> str:
    """A 纪要: 一、 headings with two （一） sub-items each, then labelled attendance."""
    lines = [
        "市人民政府常务会议纪要",
        "第12期",
        "市人民政府办公室    2024年5月8日",
        "2024年5月8日上午,市长陈建华主持召开市政府第十二次常务会议,研究有关工作。现将会议议定事项纪要如下:",
    ]
    for n in range(1, size + 1):
        lines += [f"{chinese_number(n)}、关于{_zh(rng, 12)}", f"{_zh(rng, 100)}。"]
        lines += [f"(一){_zh(rng, 30)}。{_zh(rng, 40)}。", f"(二){_zh(rng, 30)}。{_zh(rng, 40)}。"]
    lines += ["出席:陈建华、刘志强、王丽、赵国庆", "请假:李明(在省委党校学习)", "记录:张晓燕"]
    return "\n".join(lines) + "\n"


def board_text(size: int, rng: random.Random) -> str:
    """English board minutes: numbered items with a motion and an action each."""

    def sentence(words: int) -> str:
        text = " ".join(rng.choice(_WORDS) for _ in range(words))
        return text[:1].upper() + text[1:] + "."

    lines = [
        "Harbourside Community Trust",
        "Minutes of the Meeting of the Board of Trustees",
        "Date: Wednesday, 12 March 2025    Time: 18:30–20:10    Place: Committee Room 2",
        "Present: " + ", ".join(f"{name} (Trustee)" for name in _NAMES),
        "Apologies: Jonathan Reeve (family commitment)",
        "",
    ]
    for n in range(1, size + 1):
        mover, seconder = rng.sample(_NAMES, 2)
        lines += [
            f"{n}. {sentence(4)[:-1]}",
            sentence(30) + " " + sentence(25),
            f"Resolved: That the {rng.choice(_WORDS)} be approved. Proposed by {mover}, "
            f"seconded by {seconder}; carried.",
            f"Action: {mover} to circulate the {rng.choice(_WORDS)} by 30 April 2025.",
            "",
        ]
    lines += ["The meeting closed at 8.10 pm.", "Next meeting: 11 June 2025 at 18:30."]
    return "\n".join(lines) + "\n"


def docx_bytes(text: str) -> bytes:
    """The same text as a .docx, one paragraph a line."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def timed(call: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(first call, median and best of ``runs`` further calls), in milliseconds.

    The best run is what the code costs; the median adds what else the machine was doing."""
    start = time.perf_counter()
    call()
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times), min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", type=int, default=1000)
    args = parser.parse_args(argv)
    rng = random.Random(6)
    shapes = {
        "news (一是)": news_text,
        "纪要 (一、/（一）)": jiyao_text,
        "board (1./motions)": board_text,
    }
    print(f"import_text, {args.size} sections: first call / median / best of {args.runs} (ms)")
    slowest = best_slowest = 0.0
    for label, make in shapes.items():
        text = make(args.size, rng)
        sections = len(import_text(text).document.body.sections)
        if sections != args.size:
            print(f"  {label}: read {sections} sections, expected {args.size}", file=sys.stderr)
            return 1
        first, median, best = timed(lambda text=text: import_text(text), args.runs)
        slowest, best_slowest = max(slowest, median), max(best_slowest, best)
        print(f"  {label:<22} {len(text):>9,} chars  {first:7.1f} / {median:7.1f} / {best:7.1f}")
        per_section = []
        for size in (max(1, args.size // 10), args.size * 4):
            scaled = make(size, rng)
            _, _, ms = timed(lambda scaled=scaled: import_text(scaled), max(3, args.runs // 2))
            per_section.append(f"{size}: {ms / size * 1000:.0f} µs/section")
        print(f"  {'':<22} scaling  " + ", ".join(per_section))
    data = docx_bytes(jiyao_text(args.size, rng))
    first, median, best = timed(lambda: import_bytes(data, "bench.docx"), args.runs)
    print(
        f"  {'纪要 as .docx':<22} {len(data):>9,} bytes  {first:7.1f} / {median:7.1f} / {best:7.1f}"
    )
    budget = 300.0
    verdict = "ok" if slowest < budget else "busy machine?" if best_slowest < budget else "OVER"
    print(
        f"slowest text: median {slowest:.1f} ms, best {best_slowest:.1f} ms (budget {budget:.0f} ms): {verdict}"
    )
    return 0 if best_slowest < budget else 1


if __name__ == "__main__":
    sys.exit(main())
