"""Fuzzing the loader: random bytes, mutated drafts and random JSON; only DraftError escapes."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app import model as model_package
from minutes_app.model import MeetingDocument, Node, field_names
from minutes_app.resources import EXAMPLES
from minutes_app.storage import DraftError, loads_draft

SEEDS = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.minutes"))]
V1 = Path(__file__).resolve().parent / "data" / "v1-prototype.minutes"
TOKENS = [b"[", b"]", b"{", b"}", b'"', b"\\", b",", b":", b"NaN", b"-Infinity", b"1e999",
          b"-0", b"null", b"true", b"\x00", b"\xff", b"\\ud800", b"\\u0000", b"9" * 40,
          b'"schema_version": 5', b'"extra": 1', "𠮷".encode(), b"\xef\xbb\xbf"]


def outcome(data: bytes | str) -> str:
    """Load ``data``; a document or a DraftError are the only acceptable results."""
    try:
        doc = loads_draft(data, "fuzz.minutes")
    except DraftError as exc:
        assert str(exc).startswith("fuzz.minutes: ")
        return "refused"
    assert isinstance(doc, MeetingDocument)
    return "loaded"


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def _insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + rng.choice(TOKENS) * rng.randint(1, 3) + data[at:]


def _cut(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data))
    return data[:a] + data[a + rng.randint(1, 200) :]


def _repeat(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data))
    return data[:a] + data[a : a + rng.randint(1, 300)] * 2 + data[a:]


MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [_flip, _truncate, _insert, _cut, _repeat]


def test_random_bytes_and_mutated_drafts_only_raise_draft_error() -> None:
    rng = random.Random(8_5_2024)
    seen = {"loaded": 0, "refused": 0}
    for _ in range(500):
        seen[outcome(rng.randbytes(rng.randint(0, 300)))] += 1
    for _ in range(2500):
        data = rng.choice([*SEEDS, V1.read_bytes()])
        for _ in range(rng.randint(1, 3)):
            data = rng.choice(MUTATIONS)(rng, data) or b" "
        seen[outcome(data)] += 1
    assert seen["refused"] > 1500 and seen["loaded"] > 50, seen  # both paths exercised


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12), st.floats(allow_nan=False),
    st.text(max_size=8), st.sampled_from(["2024-05-08", "09:30", "2024-05-08T09:30:00", "news",
                                          "present", "carried", "zh_CN", "\ud800", "\x00"]),
)
# Keys a draft really uses (so random trees reach deep validation), plus strangers.
FIELD_NAMES = sorted({
    name
    for obj in vars(model_package).values()
    if isinstance(obj, type) and issubclass(obj, Node)
    for name in field_names(obj)
} | {"x", "extra", ""})
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(FIELD_NAMES), inner, max_size=4),
    max_leaves=20,
)


def _replace_somewhere(node: Any, value: Any, choice: int) -> Any:
    """``node`` with one of its values (picked by ``choice``) replaced by ``value``."""
    slots: list[tuple[Any, Any]] = []

    def walk(n: Any) -> None:
        if isinstance(n, dict):
            slots.extend((n, k) for k in n)
            for v in n.values():
                walk(v)
        elif isinstance(n, list):
            slots.extend((n, i) for i in range(len(n)))
            for v in n:
                walk(v)

    walk(node)
    parent, key = slots[choice % len(slots)]
    parent[key] = value
    return node


TREES = [json.loads(SEEDS[0]), json.loads(V1.read_bytes())]  # current and version 1 drafts


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=json_values, choice=st.integers(0, 10_000), which=st.sampled_from(TREES),
       as_text=st.booleans())
def test_any_json_in_any_place_only_raises_draft_error(
    value: Any, choice: int, which: Any, as_text: bool
) -> None:
    tree = _replace_somewhere(json.loads(json.dumps(which)), value, choice)
    text = json.dumps(tree, ensure_ascii=as_text)
    outcome(text if not as_text else text.encode("utf-8"))
    outcome(json.dumps({"format": "minutes-draft", "schema_version": 2, "document": value}))
