"""Property: an import drops, rewrites and reorders nothing. For any text built from the pieces
minutes are made of (headlines, dated leads, inline and line-start lists, attendance lines and
sentences, council minute numbers, closing lines, stray words), every character the importer
does not remove as web furniture appears in every style's export, in the source's order."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_helpers import in_order

from minutes_app.export import ExportOptions, render
from minutes_app.importers import import_text
from minutes_app.importers.boilerplate import strip_boilerplate
from minutes_app.importers.lines import split_lines
from minutes_app.model import DocumentStyle, Signatory

ZH_NUMBERS = "一二三四五六"
ZH_PIECES = [
    "县政府召开第12次常务会议",
    "6月3号上午，县政府召开第12次常务会议，县长王明主持会议并讲话。",
    "2024年5月8日，市委书记李正印主持召开市委常委会会议。",
    "会议传达学习了省政府常务会议精神。",
    "县委副书记李强，副县长赵刚、孙丽，各乡镇主要负责人等80多人参加会议。",
    "出席：张三、李四、王五",
    "列席：县水务局、县财政局主要负责同志",
    "请假：赵六（出差）",
    "记录：孙丽",
    "现将会议议定事项纪要如下：",
    "会议还研究了其他事项。",
    "会议以视频形式召开，各县区设分会场。",
    "来源：县政府办公室　发布时间：2024-11-22 16:30:00",
    "【打印本页】【关闭窗口】",
    "扫一扫在手机打开当前页面",
]
ZH_CLAUSES = ["要压实责任", "加强隐患排查", "做好应急准备；要层层落实", "确保安全。要全面排查"]
EN_PIECES = [
    "Ashcombe Parish Council",
    "Minutes of the meeting held on the 3rd March 2025 at 7.30pm in the Village Hall",
    "Present: Cllrs. B. Smith in the Chair, J Jones and 4 members of the public",
    "Apologies: Cllr T. Harris",
    "Directors present were Maria Lopez, James Carter and Tom Becker.",
    "RESOLVED that the accounts be approved. Proposed by J Jones, seconded by P. Patel; carried.",
    "Action: Clerk to write to the county council by 30 June 2025.",
    "The Meeting Closed at 9.05pm",
    "Signed: ................ (Chair)",
    "Skip to navigation",
]


@st.composite
def zh_list(draw) -> str:
    """An inline list: a lead-in, then markers of one form each followed by its clause."""
    form = draw(st.sampled_from(["{}是", "{}要", "第{}，"]))
    count = draw(st.integers(min_value=1, max_value=5))
    items = [
        form.format(ZH_NUMBERS[i]) + draw(st.sampled_from(ZH_CLAUSES)) + "。"
        for i in range(count)
    ]
    lead = draw(st.sampled_from(["会议指出，", "会议要求：", "王明强调，", ""]))
    return lead + "".join(items)


@st.composite
def numbered_lines(draw) -> str:
    form = draw(st.sampled_from(["{}、关于", "（{}）", "{}.", "2503-0{} "]))
    count = draw(st.integers(min_value=1, max_value=4))
    numbers = ZH_NUMBERS if "关于" in form or "（" in form else "123456"
    return "\n".join(
        form.format(numbers[i]) + draw(st.sampled_from(ZH_CLAUSES + ["Footpaths", "Finance"]))
        for i in range(count)
    )


noise = st.text(
    alphabet=st.sampled_from(list("会议要求的一是二要第，。：；、（）1234 abcAB.-:") + ["\n"]),
    max_size=30,
)
paragraph = st.one_of(
    st.sampled_from(ZH_PIECES), st.sampled_from(EN_PIECES), zh_list(), numbered_lines(), noise
)
texts = st.lists(paragraph, min_size=1, max_size=12).map("\n".join)


def _kept(text: str) -> str:
    """The source as the importer reads it (normalised), less what it removes as furniture."""
    lines, _warnings = strip_boilerplate(split_lines(text))
    return "\n".join(line.text for line in lines)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_character_read_is_exported_in_order(text: str) -> None:
    doc = import_text(text).document
    source = _kept(text)
    for style in DocumentStyle:
        exported = render(doc, ExportOptions(style=style)).plain_text()
        assert in_order(source, exported) == "", style


def test_the_check_itself_sees_a_dropped_or_moved_word() -> None:
    assert in_order("会议指出，一要提高站位。", "会议指出，提高站位。") == "一要提高站位。"
    assert in_order("甲乙", "乙甲") == "乙"
    assert in_order("a b", "ab") == ""


def test_without_the_record_the_composed_export_would_rewrite() -> None:
    """What the record prevents: the styles' own wording loses the clerk's (here 参加会议)."""
    text = ZH_PIECES[1] + "\n" + ZH_PIECES[4]
    doc = import_text(text).document
    assert in_order(_kept(text), render(doc).plain_text()) == ""
    doc.body.as_written = []
    assert in_order(_kept(text), render(doc).plain_text()) != ""


def test_a_signature_line_prints_once_in_place_of_the_styles_own() -> None:
    """ "Signed: …… (Chair)" and "Approved as a correct record." stand for the board style's
    approval and signature lines: printed as written, not beside a second set; once the clerk
    edits the signatories, the style's lines print instead."""
    text = "\n".join(
        [
            "Oakfield Trust",
            "Minutes of the Trustees Meeting held on 4 June 2024",
            "Present: A. Brown (Chair), C. Dean",
            "1. Accounts",
            "The accounts were approved.",
            "Signed: ................ (Chair)",
            "Approved as a correct record.",
        ]
    )
    doc = import_text(text).document
    exported = render(doc, ExportOptions(style=DocumentStyle.BOARD)).plain_text()
    assert exported.count("Approved as a correct record.") == 1
    assert exported.endswith("Signed: ................ (Chair)\nApproved as a correct record.")
    doc.people.signatories = [Signatory(role="Chair", name="A. Brown")]
    edited = render(doc, ExportOptions(style=DocumentStyle.BOARD)).plain_text()
    assert "Signed: ......" not in edited and "Chair: ____" in edited
