"""The form shows the fields the draft's style prints: no 来源/记者 in a 纪要, no 版记 in a news
report, quorum and minute numbers only in board minutes; values survive a style switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_driving import activate, choose

from minutes_app.model import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.ui.pages import PAGES

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


def test_the_motions_page_follows_the_style(qtbot, editor) -> None:
    """Board minutes show the Motions page; a 纪要 or news report shows it only while it holds
    a motion or action (every style prints them: nothing the clerk wrote is hidden)."""
    window = editor.open_paths([EXAMPLES / "jiyao-example.minutes"])[0]
    activate(qtbot, window)
    decisions = list(PAGES).index("decisions")
    view_item = window.actions["page_decisions"]

    def motions_page() -> bool:
        assert window.tabs.isTabVisible(decisions) == view_item.isVisible()
        return window.tabs.isTabVisible(decisions)

    assert not motions_page()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # the hidden page's key does nothing
    assert window.tabs.currentWidget() is window.panels.holder("header")
    header = window.panels["header"]
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    choose(qtbot, header.widgets["style"], DocumentStyle.BOARD)
    assert motions_page()
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert window.tabs.currentWidget() is window.panels.holder("decisions")
    panel = window.panels["decisions"]
    panel.places.setFocus()
    qtbot.keyClick(panel.places, Qt.Key.Key_Down)  # the first section
    panel.lists["action_items"].table.setFocus()
    qtbot.keyClick(panel.lists["action_items"].table, Qt.Key.Key_Insert)
    assert window.session.doc.body.sections[0].actions
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    choose(qtbot, header.widgets["style"], DocumentStyle.JIYAO)
    assert motions_page()  # it holds an action now
    # Removing the last action on the page itself leaves the page until the clerk turns away.
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert panel.current_place() == 0  # still the first section
    actions = panel.lists["action_items"].table
    actions.setFocus()
    qtbot.keyClick(actions, Qt.Key.Key_Delete)
    assert not window.session.doc.body.sections[0].actions
    assert motions_page() and window.tabs.currentWidget() is window.panels.holder("decisions")
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert not motions_page()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the action back: the page too
    assert window.session.doc.body.sections[0].actions
    assert motions_page()
    while window.session.doc.body.sections[0].actions:  # undo back past the action
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.session.doc.header.style == DocumentStyle.BOARD
    assert motions_page()
    while window.session.doc.header.style != DocumentStyle.JIYAO:  # and past the board style
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert not motions_page()
    assert window.tabs.currentWidget() is not window.panels.holder("decisions")

    # The Sections page's way to the Motions page follows it.
    way = window.show_page("sections").editor.decisions_button
    assert not way.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    choose(qtbot, header.widgets["style"], DocumentStyle.BOARD)
    assert way.isVisibleTo(window.panels["sections"])

    news = editor.open_paths([EXAMPLES / "seed-report.minutes"])[0]
    assert not news.tabs.isTabVisible(decisions)
    board = editor.open_paths([EXAMPLES / "board-minutes.minutes"])[0]
    assert board.tabs.isTabVisible(decisions)
