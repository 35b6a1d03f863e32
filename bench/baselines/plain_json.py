"""Reading and writing the same draft as bare JSON: no validation, no atomic replace, no fsync.

The floor under ``load_draft`` + ``save_draft``; what we add on top of it is the safety.
"""

from __future__ import annotations

import json
from pathlib import Path


def load_save(source: Path, target: Path) -> None:
    data = json.loads(source.read_bytes())
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
