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
    """Visible once its panel's tab is shown (other tabs' pages are hidden by the tabs); None:
    a row of a style the draft has never had, not made yet."""
    return widget is not None and widget.isVisibleTo(panel)


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
            "classification": shown(w.get("classification"), header),
            "source": shown(w.get("source"), header),
            "reporter": shown(w.get("reporter"), header),
            "quorum": shown(w.get("quorum"), header),
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


def test_a_styles_rows_are_made_when_first_needed_in_their_places(qtbot, editor) -> None:
    """A news report opens without the 纪要 and board rows (style_rows.later: they are not on
    the start-up path). Chosen later, they come where a 纪要 or board draft has them, on screen
    and on Tab, showing the values the draft already holds."""
    news = editor.open_paths([EXAMPLES / "seed-report.minutes"])[0]
    activate(qtbot, news)
    header = news.panels["header"]
    w = header.widgets
    assert "classification" not in w and "quorum" not in w and "printed_by" not in w
    news.session.apply_set(("colophon", "printed_by"), "县政府办公室")  # e.g. an import

    def tab_order() -> list[str]:
        names = {id(widget): name for name, widget in w.items()}
        order, widget = [], w["style"]
        while len(order) < len(names) - 1 and widget is not None:
            widget = widget.nextInFocusChain()
            name = names.get(id(widget)) or names.get(id(widget.parentWidget()))
            if name is not None and name not in order and name != "style":
                order.append(name)
        return order

    qtbot.keyClick(news, Qt.Key.Key_1, CTRL)
    choose(qtbot, w["style"], DocumentStyle.JIYAO)
    choose(qtbot, w["style"], DocumentStyle.BOARD)
    board = editor.open_paths([EXAMPLES / "board-minutes.minutes"])[0]  # made the other way round
    for style in (DocumentStyle.JIYAO, DocumentStyle.NEWS):
        choose(qtbot, board.panels["header"].widgets["style"], style)

    def rows(panel) -> list[str]:
        form = panel.widgets["style"].parentWidget().layout()
        named = {id(widget): name for name, widget in panel.widgets.items()}
        fields = (form.itemAt(row, form.ItemRole.FieldRole) for row in range(form.rowCount()))
        return [named.get(id(item.widget()), "?") for item in fields if item is not None]

    assert rows(header) == rows(board.panels["header"]) == [
        "style", "locale", "issue_number", "classification", "urgency", "signer", "source",
        "published", "reporter", "recorder", "quorum", "agenda_approved", "initials_in_header",
        "next_meeting",
    ]
    order = tab_order()
    assert order[: len(rows(header)) - 1] == rows(header)[1:]
    assert order.index("recorder") < order.index("quorum") < order.index("copy_label")
    assert w["printed_by"].text() == "县政府办公室"
