"""What an export is asked to produce."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the editor imports this package at start-up: keep it light
    from ..model.document import DocumentStyle


@dataclass(frozen=True)
class ExportOptions:
    """``None`` means the document header's own style or locale."""

    style: DocumentStyle | None = None
    locale: str | None = None  # zh_CN / en_GB / en_US
