"""Damaged and hostile input is refused with one clear ``ImportFailed`` (issue 15, D1-D3, D5),
and unwrapping hard-wrapped text does work in proportion to its length (D2)."""

from __future__ import annotations

import io
import os
import textwrap
import zipfile
from pathlib import Path

import hostile_docx
import pytest

from minutes_app.importers import ImportCancelled, ImportFailed, import_bytes, import_file, wrapping
from minutes_app.importers.docx_package import MAX_PART_BYTES, checked_package
from minutes_app.importers.lines import split_lines

BASE = hostile_docx.valid_docx()

EXPECTED = {
    "xml-syntax-error": "its XML cannot be read",
    "billion-laughs": "declares a DTD or entities",
    "external-entity": "declares a DTD or entities",
    "deep-tables": "nested too deeply",
    "zip-bomb": "would unpack to 200 MB",
    "truncated": "not a readable .docx",
}


@pytest.mark.parametrize("kind", sorted(hostile_docx.HOSTILE))
def test_each_hostile_docx_is_one_clear_import_failure(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(hostile_docx.HOSTILE[kind](BASE))
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert EXPECTED[kind] in caught.value.message
    assert "Traceback" not in str(caught.value)


def test_a_part_that_expands_too_much_is_refused_before_it_is_read() -> None:
    # 8 MB of one repeated paragraph: under the size limit, but it compresses 500 times.
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    blob = paragraph * (8 * 1_048_576 // len(paragraph))
    data = hostile_docx.replace_part(BASE, hostile_docx.DOCUMENT, blob, level=9)
    with pytest.raises(ImportFailed, match="expands [0-9]+ times when unpacked"):
        import_bytes(data, "bomb.docx")


def test_the_size_limit_counts_the_unpacked_size() -> None:
    data = hostile_docx.zip_bomb(BASE, megabytes=MAX_PART_BYTES // 1_048_576 + 1)
    assert len(data) < MAX_PART_BYTES // 100  # small on disk
    with pytest.raises(ImportFailed, match="would unpack to"):
        import_bytes(data, "bomb.docx")


def test_parts_not_needed_for_the_text_are_never_inflated() -> None:
    # The picture inflates to 200 MB: reading it would be refused (and slow); it is skipped.
    data = hostile_docx.with_picture_bomb(megabytes=200)
    result = import_bytes(data, "picture.docx")
    assert result.document.header.title == "会议纪要"
    package = zipfile.ZipFile(io.BytesIO(checked_package(data)))
    media = [i for i in package.infolist() if i.filename.startswith("word/media/")]
    assert media and all(i.file_size == 0 for i in media)
    assert package.read(hostile_docx.DOCUMENT) == zipfile.ZipFile(io.BytesIO(data)).read(
        hostile_docx.DOCUMENT
    )


def test_the_checked_package_keeps_a_normal_documents_text() -> None:
    assert [p for p in import_bytes(BASE, "ok.docx").document.header.title.split()] == ["会议纪要"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ImportFailed, match="not a regular file"):
        import_file(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_without_reading_it() -> None:
    with pytest.raises(ImportFailed, match="not a regular file"):
        import_file("/dev/zero")


def test_progress_names_the_stages_and_may_cancel(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    path.write_bytes(BASE)
    stages: list[str] = []
    import_file(path, progress=stages.append)
    assert stages == ["reading", "unpacking", "structuring"]

    def cancel(stage: str) -> None:
        if stage == "structuring":
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_file(path, progress=cancel)


# Linear unwrapping: the work is counted, not timed --------------------------------------------

_WORDS = "the board noted the report and agreed that the committee should review the budget".split()


def _one_paragraph(size: int) -> str:
    """The worst case: one paragraph with no sentence end, hard-wrapped at 72 columns."""
    words = " ".join(_WORDS[k % len(_WORDS)] for k in range(size // 5))
    return "\n".join(textwrap.wrap(words, 72))


def _chinese(size: int) -> str:
    sentence = "会议听取了关于全市重点项目推进情况的汇报，研究部署下一阶段工作，要求各部门抓好落实"
    text = "\u3000\u3000" + (sentence * (size // len(sentence.encode()) + 1))
    return "\n".join(text[i : i + 36] for i in range(0, len(text) // 3, 36))


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Characters the join checks look at, and characters of the lines unwrap builds."""
    seen = [0, 0]
    real_continues, real_glue, real_line = wrapping.continues, wrapping.glue_between, wrapping.Line

    def continues(previous: str, following: str, **kw: bool) -> bool:
        seen[0] += len(previous) + len(following)
        return real_continues(previous, following, **kw)

    def glue_between(previous: str, following: str) -> str:
        seen[0] += len(previous) + len(following)
        return real_glue(previous, following)

    def line(no: int, text: str, *args: bool) -> wrapping.Line:
        seen[1] += len(text)
        return real_line(no, text, *args)

    lines = split_lines(text)
    with monkeypatch.context() as patch:
        patch.setattr(wrapping, "continues", continues)
        patch.setattr(wrapping, "glue_between", glue_between)
        patch.setattr(wrapping, "Line", line)
        out = wrapping.unwrap(lines)
    assert len(out) < len(lines) / 10  # it really joined the lines
    return seen[0], seen[1]


@pytest.mark.parametrize("make", [_one_paragraph, _chinese], ids=["english", "chinese"])
def test_unwrapping_work_grows_linearly_from_100_kb_to_1_6_mb(make, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = [100_000, 200_000, 400_000, 800_000, 1_600_000]
    work = [_work(make(size), monkeypatch) for size in sizes]
    for kind in (0, 1):
        small, large = work[0][kind], work[-1][kind]
        assert small > 0
        assert large <= 16 * 1.25 * small, (kind, work)  # 16 times the text, about 16 times the work
        for before, after in zip(work, work[1:], strict=False):
            assert after[kind] <= 2.5 * before[kind], (kind, work)
