"""``minutes export``: formats, styles, locales, output names, one-line errors and exit codes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.resources import EXAMPLES
from minutes_app.storage import DraftError, load_draft

SEED = EXAMPLES / "seed-report.minutes"


def test_docx_in_the_drafts_own_style(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.docx"
    assert main(["export", str(SEED), "-o", str(out)]) == 0  # format from the extension
    assert capsys.readouterr().out == f"{out}: news docx (zh_CN)\n"
    with zipfile.ZipFile(out) as archive:
        assert "李正印主持召开市委第二十四次专题会议" in archive.read("word/document.xml").decode()


def test_style_locale_and_format_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "minutes.page"
    code = main(
        [
            "export",
            str(SEED),
            "--format",
            "html",
            "--style",
            "board",
            "--locale",
            "en_US",
            "-o",
            str(out),
        ]
    )
    assert code == 0 and capsys.readouterr().out == f"{out}: board html (en_US)\n"
    html = out.read_text(encoding="utf-8")
    # English labels on the seed's Chinese text: the page is tagged as the Chinese it is.
    assert '<html lang="zh-CN">' in html and "Date: </strong>Friday, March 13, 2020" in html


def test_default_output_name_next_to_the_draft(tmp_path: Path) -> None:
    draft = tmp_path / "meeting.minutes"
    draft.write_bytes(SEED.read_bytes())
    assert (
        main(["export", str(draft), "--format", "docx", "--style", "jiyao", "--grid", "lines"]) == 0
    )
    assert (tmp_path / "meeting.docx").stat().st_size > 5000


def test_unreadable_draft_prints_the_draft_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.minutes"
    bad.write_text(
        '{"format": "minutes-draft", "schema_version": 2, "document": {"header": {"date": 5}}}',
        "utf-8",
    )
    assert main(["export", str(bad), "-o", str(tmp_path / "x.docx")]) == 1
    err = capsys.readouterr().err
    with pytest.raises(DraftError) as loading:
        load_draft(bad)
    assert err == f"{loading.value}\n" and "header.date" in err  # one line, as the loader says it
    assert main(["export", str(tmp_path / "missing.minutes"), "-o", str(tmp_path / "x.html")]) == 1
    assert "missing.minutes" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


def test_unwritable_output_is_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no-such-folder" / "x.docx"
    assert main(["export", str(SEED), "-o", str(out)]) == 3
    assert capsys.readouterr().err == f"{out}: folder {out.parent} does not exist\n"


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", str(SEED), "-o", str(tmp_path / "x.odt")])
    assert caught.value.code == 2 and "--format docx|html|pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["export", str(SEED), "--style", "memo", "-o", str(tmp_path / "x.docx")])
    assert caught.value.code == 2
