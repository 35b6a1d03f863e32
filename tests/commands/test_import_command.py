"""``minutes import FILE -o OUT``: warnings as FILE:LINE lines, exit status, no clobbering."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.model import DocumentStyle
from minutes_app.storage import load_draft

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"


def test_import_writes_the_draft_and_reports_warnings_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "report.txt"
    source.write_text(
        SEED.read_text(encoding="utf-8").replace(
            "会议以视频形式", "附件：会议日程安排表\n\n会议以视频形式"
        ),
        encoding="utf-8",
    )
    target = tmp_path / "report.minutes"
    assert main(["import", str(source), "-o", str(target)]) == 0
    doc = load_draft(target)
    assert doc.header.style == DocumentStyle.NEWS and len(doc.body.sections) == 6
    out, err = capsys.readouterr()
    assert out.strip() == f"{target}: imported news draft (zh_CN): 6 sections, 7 people, 3 warnings"
    lines = err.splitlines()
    assert len(lines) == 3
    assert (
        f"{source}:29: not recognised, kept as a free paragraph: “附件：会议日程安排表”" in lines
    )
    assert any(line.startswith(f"{source}:33: web page footer removed (6 line(s) from") for line in lines)


def test_file_wide_warnings_have_no_line_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "gbk.txt"
    source.write_bytes("出席：张三、李四\n".encode("gbk"))
    assert main(["import", str(source), "-o", str(tmp_path / "out.minutes")]) == 0
    assert capsys.readouterr().err == f"{source}: not UTF-8: read as GBK (Chinese) text\n"


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.minutes"
    target.write_text("my unsaved notes", encoding="utf-8")
    assert main(["import", str(SEED), "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "my unsaved notes"
    assert "already exists (use --force" in capsys.readouterr().err
    assert main(["import", str(SEED), "-o", str(target), "--force"]) == 0
    assert load_draft(target).header.meeting_name.startswith("市委第二十四次")
    assert (tmp_path / "report.minutes.bak").read_text(encoding="utf-8") == "my unsaved notes"


def test_never_overwrites_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("会议纪要\n出席：张三", encoding="utf-8")
    assert main(["import", str(source), "-o", str(source), "--force"]) == 1
    assert source.read_text(encoding="utf-8") == "会议纪要\n出席：张三"
    assert "is the input file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xd0\xcf\x11\xe0" + bytes(100), "old binary Word .doc"), (None, "no such file")],
)
def test_unreadable_input_fails_with_one_line(
    content: bytes | None, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.txt"
    if content is not None:
        source.write_bytes(content)
    target = tmp_path / "out.minutes"
    assert main(["import", str(source), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{source}: ") and message in err and err.count("\n") == 1
    assert not target.exists()


def test_runs_as_a_program(tmp_path: Path) -> None:
    target = tmp_path / "seed.minutes"
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app.cli", "import", str(SEED), "-o", str(target)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("\n") == 2  # the organisation guess and the footer
    assert load_draft(target).people.presiders[0].name == "李正印"


INLINE_YAO = (
    Path(__file__).resolve().parents[1] / "importers" / "data" / "corpus" / "zh-county-inline-yao.txt"
)


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_inline_yao_list_and_a_yearless_date_survive_import_and_export(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """会议指出，一要…二要…三要…四要… in one paragraph: four sections, their heading phrases,
    会议指出， as the lead-in; 6月3号 (no year) printed as written in the export."""
    draft, out = tmp_path / "county.minutes", tmp_path / f"county.{fmt}"
    assert main(["import", str(INLINE_YAO), "-o", str(draft)]) == 0
    doc = load_draft(draft)
    sections = doc.body.sections
    assert [s.heading for s in sections] == ["提高政治站位", "压实工作责任", "强化隐患排查", "做好应急准备"]
    assert [s.lead_in for s in sections] == ["会议指出，", "", "", ""]
    assert [s.marker for s in sections] == ["一要", "二要", "三要", "四要"]
    assert doc.header.date is None and doc.header.date_text == "6月3号上午"
    assert main(["export", str(draft), "-o", str(out)]) == 0
    if fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    else:
        text = out.read_text(encoding="utf-8")
    assert "6月3号上午，县政府召开第12次常务会议" in text
    assert "会议指出，一要提高政治站位。各部门要把安全生产放在首位。二要压实工作责任；" in text
    assert "县直有关部门干部职工等80多人参加会议。" in text
