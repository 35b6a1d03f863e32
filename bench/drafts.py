"""Deterministic benchmark drafts and the equivalent inputs the baselines get.

``make_draft(n)`` builds, with the model classes, a 纪要 of ``n`` directive sections (a heading
phrase and a 300-character CJK body each) and 50 attendees in 出席 / 列席 / 请假 groups. The text
comes from a seeded generator over a fixed phrase pool, so every run and every machine measures
the same document. The other helpers derive from that draft what a user without Minutes would
feed their own tools: the paragraphs a python-docx script writes, Markdown for pandoc, and a
plain 一、… text for the importer.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap

from minutes_app.export.numbering import chinese_number
from minutes_app.model import (
    AttendeeGroup,
    Body,
    DocumentStyle,
    GroupRole,
    Header,
    MeetingDocument,
    People,
    Person,
    Report,
    Section,
    Speaker,
)

SEED = 20200313
BODY_CHARS = 300
ATTENDEES = 50  # 35 出席, 10 列席, 5 请假

# Two- to four-character words of the genre; punctuation is added by the generator.
_SUBJECTS = (
    "疫情防控 复工复产 脱贫攻坚 稳岗就业 安全生产 森林防火 项目建设 招商引资 生态保护 乡村振兴 "
    "营商环境 财政预算 教育事业 医疗卫生 城市管理 交通运输 粮食生产 防汛抗旱 环境整治 民生保障 "
    "基层治理 文化旅游 科技创新 国企改革 金融服务 市场监管 信访维稳 干部作风 党风廉政 社会救助"
).split()
_ADVERBS = (
    "丝毫不松 切实抓紧 尽锐出战 千方百计 落细落实 统筹推进 久久为功 全面加强 持续深化 "
    "精准施策 狠抓落实 守住底线 提质增效 严之又严 常抓不懈 务求实效"
).split()
_WORDS = (
    "各县市区 各部门 要 认真 按照 市委 部署 层层 压实 责任 加快 推进 工作 落实 当前 抓好 "
    "春耕 备耕 生产 全面 铺开 造林 绿化 发挥 专业 合作社 载体 作用 实现 增收 双赢 多措并举 "
    "促进 农产品 销售 既要 对接 市内 企业 又要 对外 开拓 市场 线上 线下 机关单位 驻村 工作队 "
    "扎实 做好 消费 扶贫 加强 调度 助力 群众 坚持 统筹 长短期 结合 劳动力 重点 群体 就业 "
    "精准 摸清 底数 关键 技能 培训 持证 组织 开展 深度 挖掘 岗位 公益 模式 道路 养护 水利 "
    "工程 农田 建设 支持 创办 小微企业 就近 就地 高度 重视 边缘户 监测户 易返贫 家庭 能力 "
    "督查 指导 力度 问题 排查 解决 到位 逐项 逐人 细化 强化 专班 进驻 食品 安全 监管 保卫 "
    "时刻 紧绷 这根弦 坚决 守好 底线 杜绝 火灾 发生 提升 治理 防范 重大 风险 隐患 契机 层级 "
    "领域 短板 整改 春季 冻融期 地质 灾害 防治 公共卫生 体系 防灾减灾 预警 预案 平战结合 "
    "专群结合 水平 坚守 初心 使命 勇于 担当 作为 过硬 作风 务实 交出 优异 答卷"
).split()
_SURNAMES = "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
_GIVEN = "正印立伟广勇稳科建国忠安林磊雅萍红梅志强海燕晓东丽华振华秀英建华明辉玉兰文斌国庆春生德胜永刚"
_TITLES = (
    "市委常委、常务副市长", "市委常委、秘书长", "副市长", "市政府秘书长", "市发展改革委主任",
    "市财政局局长", "市教育局局长", "市卫生健康委主任", "市应急管理局局长", "市公安局局长",
)


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
        name = rng.choice(_SURNAMES) + given
        if name not in used:
            used.add(name)
            return name


def _body(rng: random.Random, length: int = BODY_CHARS) -> str:
    """Clauses of 8-20 characters joined by ，；。, cut to exactly ``length`` characters."""
    out: list[str] = []
    size = clause = 0
    target = rng.randint(8, 20)
    while size < length:
        word = rng.choice(_WORDS)
        out.append(word)
        size += len(word)
        clause += len(word)
        if clause >= target:
            stop = rng.choices("，；。", weights=(6, 1, 3))[0]
            out.append(stop)
            size += 1
            clause = 0
            target = rng.randint(8, 20)
    text = "".join(out)[: length - 1]
    if text[-1] in "，；。":  # no "，。" at the end
        text = text[:-1] + "实"
    return text + "。"


def _heading(rng: random.Random) -> str:
    return rng.choice(_SUBJECTS) + "要" + rng.choice(_ADVERBS)


def make_draft(sections: int, *, seed: int = SEED) -> MeetingDocument:
    """A 纪要 draft with ``sections`` directive sections and 50 attendees, same for a given seed."""
    rng = random.Random(f"{seed}:{sections}")
    used: set[str] = set()
    presider = Person(name=_name(rng, used), title="市委副书记、市长")
    present = [Person(name=_name(rng, used), title=rng.choice(_TITLES)) for _ in range(35)]
    attending = [Person(name=_name(rng, used), title=rng.choice(_TITLES)) for _ in range(10)]
    away = [Person(name=_name(rng, used), note="因公请假") for _ in range(5)]
    assert len(present) + len(attending) + len(away) == ATTENDEES
    header = Header(
        organisation="吕梁市人民政府办公室",
        meeting_name="市政府第二十四次常务会议",
        session_number=24,
        meeting_kind="常务会议",
        date=dt.date(2020, 3, 13),
        start_time=dt.time(9, 0),
        place="市政府常务会议室",
        purpose="研究部署当前疫情防控和经济社会发展重点工作",
        locale="zh_CN",
        style=DocumentStyle.JIYAO,
        issue_number=24,
        recorder=_name(rng, used),
    )
    people = People(
        presiders=[presider],
        speakers=[Speaker(name=present[0].name, title=present[0].title, contribution="作具体安排")],
        groups=[
            AttendeeGroup(role=GroupRole.PRESENT, people=present),
            AttendeeGroup(role=GroupRole.IN_ATTENDANCE, people=attending),
            AttendeeGroup(role=GroupRole.APOLOGIES, people=away),
        ],
    )
    body = Body(
        reports=[Report(speaker="各县市区主要负责同志", subject="近期重点工作进展情况")],
        requirements_by=presider.name,
        requirements_topic="做好当前疫情防控和经济社会发展重点工作",
        sections=[Section(heading=_heading(rng), body=_body(rng)) for _ in range(sections)],
    )
    return MeetingDocument(header=header, people=people, body=body)


def _title(doc: MeetingDocument) -> str:
    return f"{doc.header.meeting_name}纪要"


def _lead(doc: MeetingDocument) -> str:
    header, presider = doc.header, doc.people.presiders[0]
    date = f"{header.date.year}年{header.date.month}月{header.date.day}日" if header.date else ""
    return (
        f"{date}，{presider.title}{presider.name}在{header.place}主持召开{header.meeting_name}，"
        f"{header.purpose}。现将会议议定事项纪要如下："
    )


_GROUP_LABELS = {GroupRole.PRESENT: "出席", GroupRole.IN_ATTENDANCE: "列席", GroupRole.APOLOGIES: "请假"}


def _attendance(doc: MeetingDocument) -> list[str]:
    lines = []
    for group in doc.people.groups:
        names = "、".join(
            p.name + (f"（{p.note}）" if p.note else "") for p in group.people
        )
        lines.append(f"{group.label or _GROUP_LABELS.get(group.role, '')}：{names}")
    return lines


def plain_paragraphs(doc: MeetingDocument) -> list[tuple[str, str]]:
    """(kind, text) pairs a hand-written python-docx script would write for this 纪要.

    kind is ``title``, ``heading`` (一、…) or ``body``: the same paragraphs our exporter writes,
    without its page setup, so the baseline does strictly less work than we do.
    """
    paragraphs = [("title", _title(doc)), ("body", _lead(doc))]
    for number, section in enumerate(doc.body.sections, start=1):
        paragraphs.append(("heading", f"{chinese_number(number)}、{section.heading}"))
        paragraphs.append(("body", section.body))
    paragraphs.extend(("body", line) for line in _attendance(doc))
    return paragraphs


def markdown(doc: MeetingDocument) -> str:
    """The same paragraphs as Markdown, the input a pandoc user would write."""
    out = []
    for kind, text in plain_paragraphs(doc):
        prefix = {"title": "# ", "heading": "## "}.get(kind, "")
        out.append(prefix + text)
    return "\n\n".join(out) + "\n"


def import_text(doc: MeetingDocument) -> str:
    """A plain 纪要 text as a clerk would paste it: title, lead, 一、… sections, attendance."""
    lines = [_title(doc), "", _lead(doc), ""]
    for number, section in enumerate(doc.body.sections, start=1):
        lines += [f"{chinese_number(number)}、{section.heading}", section.body, ""]
    lines += _attendance(doc)
    return "\n".join(lines) + "\n"


def wrapped_import_text(doc: MeetingDocument, width: int = 36) -> str:
    """``import_text`` as a hard-wrapped copy gives it (a PDF or a fixed-width e-mail): every
    section body broken into lines of ``width`` characters (issue 15, D2)."""
    lines = [_title(doc), "", _lead(doc), ""]
    for number, section in enumerate(doc.body.sections, start=1):
        body = section.body
        lines.append(f"{chinese_number(number)}、{section.heading}")
        lines += [body[i : i + width] for i in range(0, len(body), width)]
        lines.append("")
    lines += _attendance(doc)
    return "\n".join(lines) + "\n"


def wrapped_english(size: int, *, seed: int = SEED) -> tuple[str, int]:
    """About ``size`` bytes of English minutes hard-wrapped at 72 columns, paragraphs of
    six sentences between blank lines; returns the text and its number of paragraphs."""
    rng = random.Random(seed)
    words = _ENGLISH.split()
    paragraphs = ["Minutes of the Board"]
    total = len(paragraphs[0])
    while total < size:
        sentences = []
        for _ in range(6):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(12, 24)))
            sentences.append(sentence.capitalize() + ".")
        paragraph = textwrap.fill(" ".join(sentences), 72)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n", len(paragraphs) - 1


_ENGLISH = (
    "the board noted report of finance committee and agreed that budget should be reviewed "
    "again before end year trustees asked for risk register staff costs reserves members hall "
    "lease renewal contract tender safety volunteers grant forecast accounts audit premises"
)
