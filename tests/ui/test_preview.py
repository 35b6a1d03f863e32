"""The live preview: rendered off the GUI thread after a pause, bounded delay, scroll kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from ui_driving import type_into, type_text

from minutes_app.model import Section
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft, save_draft
from minutes_app.ui.preview import IDLE_MS, LONG_PAUSE_MS, MAX_WAIT_MS

SEED = EXAMPLES / "seed-report.minutes"
WAIT = 30_000  # ms before a test gives up waiting for a render (a loaded machine is slow)


class FakeClock:
    """The preview's clock: it moves only when the test says (whole milliseconds, no drift)."""

    def __init__(self) -> None:
        self.ms = 0

    def __call__(self) -> float:
        return self.ms / 1000

    def advance(self, ms: int) -> None:
        self.ms += ms


@pytest.fixture
def window(qtbot, editor):
    window = editor.open_paths([SEED])[0]
    qtbot.waitUntil(lambda: window.preview is not None and bool(window.preview.html), timeout=WAIT)
    qtbot.waitUntil(lambda: window.preview.idle, timeout=WAIT)  # the opening's renders are in
    return window


def _keys_every_100_ms(place, clock: FakeClock, count: int, preview) -> list[int]:
    """Type ``count`` characters 100 ms apart on the fake clock, with no event-loop turn in
    between (so no timer can fire); the refresh delay the pane chose after each key."""
    place.setFocus()
    delays = []
    for _ in range(count):
        type_text(place, "会")
        delays.append(preview.timer.interval())
        clock.advance(100)
    return delays


def test_edits_reach_the_preview_after_a_pause(qtbot, window) -> None:
    preview = window.preview
    heading = window.panels["sections"].editor.widgets["heading"]
    window.show_page("sections")
    type_into(qtbot, heading, "疫情防控要毫不放松")
    assert preview.timer.isActive()  # waiting for the pause, not rendering per keystroke
    assert "一是疫情防控要毫不放松。" not in preview.text()
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        pass
    assert "一是疫情防控要毫不放松。" in preview.text()


def test_continuous_typing_still_refreshes_within_a_second(qtbot, window) -> None:
    preview = window.preview
    preview.clock = clock = FakeClock()
    # A page cheap to show: what showing the seed cost is measured, and on a loaded machine it
    # can pass the budget, which rightly puts the pane in wait-for-a-pause mode.
    preview._swap_cost_ms = 0.0
    delays = _keys_every_100_ms(window.panels["header"].widgets["place"], clock, 11, preview)
    # Each key waits for a 250 ms pause, but never past a second after the first unseen edit:
    # the key typed at 1.0 s lets the refresh run at once although typing goes on.
    assert (IDLE_MS, MAX_WAIT_MS) == (250, 1000)
    assert delays == [250] * 8 + [200, 100, 0]
    assert preview.timer.isActive()
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        pass
    assert "会" * 11 in preview.text()


def test_scroll_position_survives_a_refresh(qtbot, window) -> None:
    preview = window.preview
    window.resize(1200, 700)
    bar = preview.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400, timeout=WAIT)
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    window.session.set(("body", "remarks", 0, "verb"), "指出", "edit")
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: bar.value() == position, timeout=WAIT)
    assert "王立伟就做好当前各项重点工作指出" in preview.text()


def test_style_choice_and_hostile_text(qtbot, window) -> None:
    preview = window.preview
    window.session.set(("body", "sections", 0, "body"), '<script>alert(1)</script><img src="http://x/y.png">', "edit")
    board = preview.style_box.findData("board")
    preview.style_box.setCurrentIndex(board)
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        preview.style_box.activated.emit(board)
    assert '<script>alert(1)</script><img src="http://x/y.png">' in preview.text()  # shown as text
    assert "<script>" not in preview.html
    assert preview.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("http://x/y.png")) is None
    assert not preview.browser.openLinks() and not preview.browser.openExternalLinks()
    assert window.session.doc.header.style == "news"  # the preview's choice is not the document's


def test_a_failing_render_shows_a_message(qtbot, window, monkeypatch) -> None:
    import minutes_app.export as export

    def broken(*_args, **_kwargs):
        raise ValueError("template exploded")

    monkeypatch.setattr(export, "to_preview_pieces", broken)
    window.refresh_preview()
    assert "could not be shown" in window.preview.status.text() and "F5" in window.preview.status.text()
    assert "template exploded" not in window.preview.status.text()  # in the log and the tooltip
    assert "template exploded" in window.preview.status.toolTip()
    assert not window.preview.status.isHidden()


def test_a_page_too_big_to_show_between_keys_waits_for_a_pause(qtbot, window) -> None:
    preview = window.preview
    preview.clock = clock = FakeClock()
    preview._swap_cost_ms = 300.0  # as for a thousand-section draft
    old_page = preview.html
    delays = _keys_every_100_ms(window.panels["header"].widgets["place"], clock, 15, preview)
    assert delays == [LONG_PAUSE_MS] * 15  # each key puts the refresh off to the next pause
    # A render that comes in while the clerk is still typing is not shown: it waits again.
    preview.render_in_background()
    qtbot.waitUntil(preview.timer.isActive, timeout=WAIT)
    assert preview.timer.interval() == LONG_PAUSE_MS
    assert preview.html == old_page
    clock.advance(LONG_PAUSE_MS + 1)  # the clerk pauses: it refreshes
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        pass
    assert "会" * 15 in preview.text()


# A long draft's page is built a piece per event-loop turn ----------------------------------------


@pytest.fixture
def long_window(qtbot, editor, tmp_path, monkeypatch):
    import minutes_app.ui.preview as preview_module

    monkeypatch.setattr(preview_module, "SLICE_MS", 0)  # a piece a turn, on any machine
    doc = load_draft(SEED)
    body = "各级各部门要压实责任，细化措施，确保各项工作落到实处。" * 12
    doc.body.sections = [Section(heading=f"第{i}项重点工作要抓紧", body=body) for i in range(300)]
    path = tmp_path / "long.minutes"
    save_draft(doc, path)
    window = editor.open_paths([path])[0]
    qtbot.waitUntil(lambda: window.preview is not None and bool(window.preview.html), timeout=WAIT)
    qtbot.waitUntil(lambda: window.preview.idle, timeout=WAIT)
    return window


def _whole_page_text(window) -> str:
    from minutes_app.export import to_html

    page = QTextDocument()
    page.setHtml(to_html(window.session.doc, window.preview.options(), preview=True))
    return page.toPlainText()


def _on_build_turns(preview, slot) -> None:
    """Call ``slot(build)`` after each event-loop turn that added pieces and left the page
    unfinished (connected after the pane's own handler, so it sees the turn's result)."""
    preview._build_timer.timeout.connect(
        lambda: preview._build is not None and slot(preview._build)
    )


def test_a_long_page_is_built_in_pieces_between_events(qtbot, long_window) -> None:
    preview = long_window.preview
    old_text = preview.text()
    turns = []
    _on_build_turns(preview, lambda build: turns.append((build.done, len(build.pieces), preview.text())))
    long_window.show_page("sections")
    type_into(qtbot, long_window.panels["sections"].editor.widgets["heading"], "抓落实")
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        pass
    assert turns, "the page was built in one go"
    assert all(0 < done < count for done, count, _ in turns) and turns[0][1] >= 5
    assert all(text == old_text for *_, text in turns)  # the old page stays until the new is in
    assert "抓落实" in preview.text()
    # SLICE_MS is 0: the first piece goes in as the page arrives, then exactly one piece a
    # turn (the last turn swaps the page in), so no turn held the whole cost.
    count = turns[0][1]
    assert [done for done, *_ in turns] == list(range(2, count))
    # The pieces give exactly the page that parsing it whole gives.
    assert preview.text() == _whole_page_text(long_window)


def test_an_edit_during_a_build_drops_it_and_the_newest_text_follows(qtbot, long_window) -> None:
    preview = long_window.preview
    long_window.show_page("sections")
    heading = long_window.panels["sections"].editor.widgets["heading"]
    dropped = []

    def type_meanwhile(build) -> None:
        if not dropped:
            dropped.append(build)
            type_text(heading, "乙")  # appended while the page for "甲" is half built

    _on_build_turns(preview, type_meanwhile)
    type_into(qtbot, heading, "甲")
    qtbot.waitUntil(lambda: bool(dropped), timeout=WAIT)
    assert preview._build is not dropped[0]
    with qtbot.waitSignal(preview.rendered, timeout=WAIT):
        pass
    assert "甲乙" in preview.text()


def test_a_short_draft_never_says_it_is_long(qtbot, window, monkeypatch) -> None:
    """Even on a machine slow enough that showing its page costs over the budget."""
    import minutes_app.ui.preview as preview_module

    slow = preview_module._PageBuild.note_slice

    def note_slow_slice(build, started):  # every slice costs 100 ms more, on a fake clock
        build.cost_ms += 100.0
        return slow(build, started) + 100.0

    monkeypatch.setattr(preview_module._PageBuild, "note_slice", note_slow_slice)
    preview = window.preview
    for _ in range(2):
        window.refresh_preview()
        assert preview.waits_for_pauses  # it does wait for pauses, quietly
    assert preview.status.isHidden()


def test_a_long_draft_says_so_when_its_page_is_slow(qtbot, long_window, monkeypatch) -> None:
    import minutes_app.ui.preview as preview_module

    monkeypatch.setattr(preview_module, "SWAP_BUDGET_MS", -1.0)  # any cost is over the budget
    preview = long_window.preview
    for _ in range(2):
        long_window.refresh_preview()
    assert not preview.status.isHidden()
    assert "long" in preview.status.text()
