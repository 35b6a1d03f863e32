"""Locale work for the rendering pass: Babel dates and lists, labels, sentence punctuation.

Dates use Babel's named formats (never the ``YYYY`` week-year pattern): zh_CN ``2020年3月13日``,
en_GB ``13 March 2020``, en_US ``March 13, 2020``. Chinese name lists are joined with Babel's
list-middle separator ``、`` throughout (官方 name lists never switch to ``和`` before the last
name); English lists use Babel's standard pattern (``A, B and C`` / ``A, B, and C``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .labels import LABELS
from .numbering import NumberStyle, format_number

_ZH_STOPS = frozenset("。！？；：，、…")
_EN_STOPS = frozenset(".!?;:,…")
_CLOSERS = frozenset("”’」』\"')）)")


@lru_cache(maxsize=8)
def _babel_locale(locale: str):  # -> babel.Locale; imported lazily, the editor starts without it
    from babel import Locale

    return Locale.parse(locale)


class LocaleText:
    """Formats dates, times, lists and labels for one locale (zh_CN, en_GB, en_US)."""

    def __init__(
        self,
        locale: str,
        style_labels: Mapping[str, Mapping[str, str]] | None = None,
        *,
        clock24: bool = False,
    ) -> None:
        """``style_labels``: an export style's own words, by language ("zh", "en") and locale."""
        self.locale = locale
        # The draft writes its own times on the 24-hour clock (…closed the meeting at 20:10):
        # the times the export writes follow it, so one page never mixes 6:30 PM and 20:10.
        self.clock24 = clock24
        self.chinese = locale.startswith("zh")
        self.language_tag = locale.replace("_", "-")
        language = "zh" if self.chinese else "en"
        labels = dict(LABELS[language])
        labels.update(LABELS.get(locale, {}))
        for key in (language, locale):
            labels.update((style_labels or {}).get(key, {}))
        self._labels = labels
        self._babel = _babel_locale(locale)
        patterns = self._babel.list_patterns["standard"]
        self._list_middle = patterns["middle"].replace("{0}", "").replace("{1}", "")

    # --- labels -------------------------------------------------------------------------

    def label(self, key: str, **values: object) -> str:
        text = self._labels[key]
        return text.format(**values) if values else text

    # --- dates and times ----------------------------------------------------------------

    def date_long(self, value: dt.date) -> str:
        from babel.dates import format_date

        return format_date(value, "long", locale=self._babel)

    def date_full(self, value: dt.date) -> str:
        """With the weekday, as board minutes head their date: Friday, 13 March 2020."""
        from babel.dates import format_date

        return format_date(value, "full", locale=self._babel)

    def date_month_day(self, value: dt.date) -> str:
        """A news lead's date: 3月13日 (year omitted by convention); English keeps the year."""
        if not self.chinese:
            return self.date_long(value)
        from babel.dates import format_skeleton

        return format_skeleton("MMMd", value, locale=self._babel)

    def time_short(self, value: dt.time) -> str:
        from babel.dates import format_time

        if self.clock24 and not self.chinese:
            return format_time(value, "HH:mm", locale=self._babel)
        return format_time(value, "short", locale=self._babel)

    # --- lists and sentences --------------------------------------------------------------

    @property
    def list_separator(self) -> str:
        """The separator between the names of a Chinese list (、, Babel's list-middle)."""
        return self._list_middle

    def join(self, items: Iterable[str]) -> str:
        names = [item for item in items if item]
        if self.chinese:
            return self._list_middle.join(names)
        if not names:
            return ""
        from babel.lists import format_list

        return format_list(names, style="standard", locale=self._babel)

    def sentence(self, text: str) -> str:
        """``text`` ending in a stop: 。 for Chinese, . for English, unless already punctuated.

        A Chinese document quoting a wholly Latin sentence (an English venue, a motion) ends
        it with a full stop, not 。."""
        if not text or self.is_punctuated(text):
            return text
        if self.chinese and not any(ord(ch) >= 0x2E80 for ch in text):
            return text + "."
        return text + self.label("stop")

    def is_punctuated(self, text: str) -> bool:
        stops = _ZH_STOPS if self.chinese else _EN_STOPS
        last = text.rstrip()[-1:] if text.strip() else ""
        if last in stops:
            return True
        if last in _CLOSERS:
            before = text.rstrip()[-2:-1]
            return before in _ZH_STOPS or before in _EN_STOPS
        return False

    def join_sentences(self, sentences: Iterable[str]) -> str:
        glue = "" if self.chinese else " "
        return glue.join(s for s in sentences if s)

    def number(self, n: int, style: NumberStyle) -> str:
        return format_number(n, style, chinese_text=self.chinese)
