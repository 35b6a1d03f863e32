"""The form shows the fields the draft's style prints: no 来源/记者 in a 纪要, no 版记 in a news
report, quorum and minute numbers only in board minutes; values survive a style switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_driving import activate, choose

from minutes_app.model import DocumentStyle
from minutes_app.resources import EXAMPLES

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(widget, panel) -> bool:
    """Visible once its panel's tab is shown (other tabs' pages are hidden by the tabs)."""
    return widget.isVisibleTo(panel)


def test_each_style_shows_only_the_fields_it_prints(qtbot, editor) -> None:
    window = editor.open_paths([EXAMPLES / "jiyao-example.minutes"])[0]
    activate(qtbot, window)
    header = window.panels["header"]
    w = header.widgets
    text, people, section_panel = (window.panels[k] for k in ("text", "people", "sections"))
    colophon_box = w["printed_by"].parentWidget()
    sections = window.panels["sections"].editor.widgets
    attachments = window.panels["text"].lists["attachments"]
    signatures = window.panels["people"].lists["signatories"]

    def visible() -> dict[str, bool]:
        return {
            "classification": shown(w["classification"], header),
            "source": shown(w["source"], header),
            "reporter": shown(w["reporter"], header),
            "quorum": shown(w["quorum"], header),
            "colophon": shown(colophon_box, header),
            "attachments": shown(attachments, text),
            "minute_ref": shown(sections["minute_ref"], section_panel),
            "signatories": shown(signatures, people),
        }

    jiyao = {"classification": True, "colophon": True, "attachments": True}
    news = {"source": True, "reporter": True}
    board = {"quorum": True, "minute_ref": True, "signatories": True}
    everything_off = dict.fromkeys(visible(), False)
    assert visible() == everything_off | jiyao
    assert shown(w["recorder"], header)  # every style prints the recorder

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    choose(qtbot, w["style"], DocumentStyle.NEWS)
    assert window.session.doc.header.style == DocumentStyle.NEWS
    assert visible() == everything_off | news
    choose(qtbot, w["style"], DocumentStyle.BOARD)
    assert visible() == everything_off | board
    # Hidden fields keep their values, and undo brings the 纪要 form back.
    assert window.session.doc.colophon.printed_by == "云川市人民政府办公室"
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert visible() == everything_off | jiyao
