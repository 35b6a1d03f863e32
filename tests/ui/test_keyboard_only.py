"""A 纪要 made from start to export with the keyboard alone: header, three attendee groups, three
sections, a reorder, save and export. Every key goes where the focus is (or to the open menu),
as a clerk's keyboard would send it; the only stand-ins are the native file dialogs, and an
event filter proves that not a single mouse event reached the application."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView, QWidget
from ui_driving import type_text

from minutes_app.model import DocumentStyle, GroupRole
from minutes_app.storage import load_draft

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
MOUSE = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
}


class MouseWatch(QObject):
    """Counts every mouse button, wheel and context-menu event the application sees (and the
    key presses, to show it was listening)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []
        self.keys = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE:
            self.seen.append(event.type())
        elif event.type() == QEvent.Type.KeyPress:
            self.keys += 1
        return False


class Keyboard:
    """Keys to whatever has the focus (an open menu first), nothing else."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def target() -> QWidget:
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        return target

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)
        QApplication.processEvents()  # a turn of the event loop between keys, as for a clerk

    def alt(self, letter: str) -> None:
        self.press(Qt.Key(ord(letter.upper())), ALT)

    def ctrl(self, key: Qt.Key) -> None:
        self.press(key, CTRL)

    def type(self, text: str) -> None:
        type_text(self.target(), text)
        QApplication.processEvents()

    def tab_until(self, found, most: int = 200) -> QWidget:
        for _ in range(most):
            if found(QApplication.focusWidget()):
                return QApplication.focusWidget()
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached the field; at {QApplication.focusWidget()!r}")


def in_table(table: QTableView):
    return lambda w: w is table


def test_a_jiyao_from_start_to_export_without_the_mouse(qtbot, make_editor, tmp_path: Path) -> None:
    editor = make_editor(language="zh_CN")
    prompts = editor.prompts
    draft = tmp_path / "防汛工作会议.minutes"
    exported = tmp_path / "防汛工作会议.docx"
    prompts.queue("save_file", str(draft), str(exported))
    prompts.queue("choose_export", ("docx", "jiyao", "zh_CN", "chars"))
    prompts.queue("export_anyway", True)  # only if the checks find an error
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        window = editor.new_draft("jiyao")  # what the editor opens at start without files
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        keys = Keyboard(qtbot)
        doc = lambda: window.session.doc  # noqa: E731

        # Header: each field by its mnemonic (组织 Alt+O, 会议名称 Alt+M, 标题 Alt+T, 地点 Alt+P).
        keys.ctrl(Qt.Key.Key_1)
        for letter, text in (("O", "云川市人民政府"), ("M", "防汛工作会议"), ("P", "市政府第一会议室")):
            keys.alt(letter)
            keys.type(text)
        keys.alt("T")
        keys.type("市政府召开防汛工作会议")
        assert isinstance(QApplication.focusWidget(), QLineEdit)
        header = doc().header
        assert (header.organisation, header.meeting_name, header.place, header.title) == (
            "云川市人民政府", "防汛工作会议", "市政府第一会议室", "市政府召开防汛工作会议",
        )
        assert header.style == DocumentStyle.JIYAO

        # People: the presider, then a person in each of the three groups (Tab to each table,
        # Insert, type the name).
        keys.ctrl(Qt.Key.Key_2)
        people = window.panels["people"]
        assert QApplication.focusWidget() is people.lists["presiders"].table
        keys.press(Qt.Key.Key_F2)  # the template's empty presider row
        keys.type("李正印")
        keys.press(Qt.Key.Key_Return)
        names = ("王立伟", "张明", "陈建华")
        for editor_, name in zip(people.group_editors, names, strict=True):
            keys.tab_until(in_table(editor_.people.table))
            keys.press(Qt.Key.Key_Insert)
            keys.type(name)
            keys.press(Qt.Key.Key_Return)
        groups = doc().people.groups
        assert len(groups) == 3
        assert [g.people[0].name for g in groups] == list(names)
        assert doc().people.presiders[0].name == "李正印"
        # The third group's role, chosen with the arrow keys on its combo box.
        keys.tab_until(lambda w: w is people.group_editors[2].widgets["role"], most=400)
        while doc().people.groups[2].role != GroupRole.CUSTOM:
            keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Tab)
        keys.type("特邀代表")
        assert doc().people.groups[2].label == "特邀代表"

        # Sections: the first one's heading and body by mnemonic, two more by Insert.
        keys.ctrl(Qt.Key.Key_3)
        sections = window.panels["sections"]
        assert QApplication.focusWidget() is sections.list.table
        keys.alt("D")  # 标题
        keys.type("防汛准备要到位")
        keys.alt("B")  # 正文
        assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
        keys.type("会议要求各地抓紧排查隐患。")
        for heading, body in (("应急值守要严格", "会议强调严格执行领导带班制度。"),
                              ("信息报送要及时", "会议要求及时准确报送汛情。")):
            keys.ctrl(Qt.Key.Key_3)
            keys.press(Qt.Key.Key_End, CTRL)  # the last section: Insert adds after it
            keys.press(Qt.Key.Key_Insert)
            keys.type(heading)
            keys.press(Qt.Key.Key_Return)
            keys.alt("B")
            keys.type(body)
        headings = [s.heading for s in doc().body.sections]
        assert headings == ["防汛准备要到位", "应急值守要严格", "信息报送要及时"]

        # Reorder: the last section up to the second place.
        keys.ctrl(Qt.Key.Key_3)
        keys.press(Qt.Key.Key_End, CTRL)
        keys.ctrl(Qt.Key.Key_Up)
        headings = [s.heading for s in doc().body.sections]
        assert headings == ["防汛准备要到位", "信息报送要及时", "应急值守要严格"]
        assert sections.model.index(1, 0).data() == "二、 信息报送要及时"

        # Save (Ctrl+S asks where: the file dialog's answer is the only stand-in).
        keys.ctrl(Qt.Key.Key_S)
        assert draft.exists() and not window.isWindowModified()
        saved = load_draft(draft)
        assert [s.heading for s in saved.body.sections] == headings
        assert [g.people[0].name for g in saved.people.groups] == list(names)

        # Export through the menu: Alt+X opens 导出, W picks the Word document.
        keys.alt("X")
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.menus["export"])
        keys.press(Qt.Key.Key_W)
        qtbot.waitUntil(exported.exists, timeout=30_000)  # give up after, not a limit
        text = "\n".join(p.text for p in docx.Document(str(exported)).paragraphs)
        assert text.index("信息报送要及时") < text.index("应急值守要严格")
        assert "防汛准备要到位" in text and "会议强调严格执行领导带班制度" in text
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.seen == []
    assert watch.keys > 100  # every character typed passed the filter
