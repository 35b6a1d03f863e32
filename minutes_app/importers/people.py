"""People as minutes write them: titles split from names, lists, notes in parentheses.

Chinese puts the title before the name with nothing between (市委书记、市疫情防控工作领导小组
组长李正印); the name is then the trailing two or three Han characters after a word that ends a
title (书记, 组长, 市长, 主任 …, or any …长). English writes "Jane Roe (Treasurer)" or
"Jane Roe, Treasurer". Notes in parentheses (leave reasons, arrival times) are told from titles
by a small vocabulary.
"""

from __future__ import annotations

import re

from ..model.document import Person

HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# A Chinese personal name: two to four Han characters, or a transliterated name with a dot.
NAME = f"(?:[{HAN}]{{1,6}}[·•‧][{HAN}]{{1,8}}|[{HAN}]{{2,3}})"
_TITLE_WORDS = (
    "书记|组长|主任|委员|常委|同志|秘书长|主席|院长|校长|所长|馆长|站长|行长|社长|会长|"
    "理事长|董事长|经理|总裁|总监|总工程师|总会计师|总经济师|政委|司令员|检察长|审判长|"
    "专员|巡视员|调研员|督学|参事|主编|总编辑|成员|代表|负责人|负责同志|领导|干部|"
    f"指导员|教授|研究员|主管|助理|秘书|干事|科员|董事|监事|召集人|联络员|[{HAN}]长"
)
TITLE_END = f"(?:{_TITLE_WORDS})"
# Words that make a title a group label when it heads a list of bare names (市领导张三、李四).
_GROUP_WORDS = re.compile(r"(?:领导|领导同志|负责同志|负责人|同志|成员|代表|委员|常委)$")
_TITLE_THEN_NAME = re.compile(f"^(?P<title>.*{TITLE_END})[ \u3000]*(?P<name>{NAME})$")
_EXPLICIT_TITLE_END = re.compile(
    "(?:" + _TITLE_WORDS.rsplit("|", 1)[0] + "|市长|县长|区长|省长|局长|处长|科长|厅长|部长|"
    "司长|镇长|乡长|村长|组长|队长|厂长)$"
)
_BARE_NAME = re.compile(f"^{NAME}$|^[{HAN}]{{4}}$")
_PADDED_NAME = re.compile(f"(?<![{HAN}])([{HAN}])[ \u3000]{{1,2}}([{HAN}])(?![{HAN}])")
_ORG_END = re.compile(
    r"(?:委|局|办|厅|署|院|部|处|科|室|站|所|中心|公司|集团|银行|政府|委员会|大学|学校|医院|"
    r"协会|学会|街道|社区|镇|乡|县|区|市|省|单位|部门|机关|系统|小组|组)$"
)
_PAREN = re.compile(r"[（(]([^（）()]*)[)）]")
_ZH_NOTE = re.compile(
    r"请假|因|出差|公务|病|事假|公假|休假|产假|会议|外出|学习|培训|迟到|早退|离会|到会|代|委托|"
    r"缺席|调研|出访|陪同|列席|记录|参加|视频|线上|远程|书面|另有|途中|至|起|后|前"
)
_EN_TITLE_WORDS = re.compile(
    r"^(?:chair|chairman|chairwoman|chairperson|vice[- ]chair|co-chair|deputy|treasurer|secretary|"
    r"clerk|director|trustee|governor|head|manager|officer|chief|ceo|cfo|coo|cto|president|"
    r"vice[- ]president|member|councillor|headteacher|head teacher|principal|auditor|observer|"
    r"minute[- ]taker|coordinator|co-ordinator|lead|representative|rep|adviser|advisor|"
    r"consultant|partner|accountant|solicitor|administrator|executive|editor|founder|"
    r"senior|assistant|acting|interim|company|finance|non-executive|independent|parent|staff|"
    r"student|associate|general|honorary|hon\.?|registrar|bursar|convenor|convener|warden|"
    r"vicar|rector|mayor|deputy mayor)$",
    re.I,
)
_EN_TITLE_TAIL = re.compile(
    r"\b(?:chair|chairman|chairwoman|chairperson|treasurer|secretary|clerk|director|trustee|"
    r"governor|manager|officer|executive|president|member|councillor|headteacher|principal|"
    r"auditor|observer|coordinator|representative|adviser|advisor|consultant|accountant|"
    r"solicitor|administrator|editor|registrar|bursar|convenor|convener|warden|lead|head)s?$",
    re.I,
)
_EN_NAME = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|cllr|rev|sir|dame|lord|lady|hon)\.?\s+)*"
    r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|da|del|der|la|le|di|du|bin|al|ter))*$"
)
_NOBODY = re.compile(r"^(?:none|nil|n/a|nobody|no apologies|无|没有|暂无)$", re.I)
_ZH_SPLIT = re.compile("[、，,；;]")
_EN_AND = re.compile(r"\s+(?:and|&)\s+", re.I)


def normalise_padded_names(text: str) -> str:
    """ "王　伟" -> "王伟": two-character names are padded to three in official lists."""
    return _PADDED_NAME.sub(r"\1\2", text)


def split_title_name(text: str) -> tuple[str, str] | None:
    """(title, name) when ``text`` is a title followed by a name, else None."""
    text = text.strip()
    # Greedy: the name is what follows the *last* title word (组长李正印, 副市长马长江).
    match = _TITLE_THEN_NAME.match(text)
    if match and not _EXPLICIT_TITLE_END.search(match["name"]):  # not 市人大常委 + 会主任
        title = match["title"].rstrip("、， \u3000")
        if title:
            return title, match["name"]
    parts = re.split("[ \u3000]+", text)
    if len(parts) == 2 and is_bare_name(parts[1]):
        return parts[0].rstrip("、，"), parts[1]  # "副市长 张三"
    if len(parts) == 2 and is_bare_name(parts[0]) and re.search(f"{TITLE_END}$", parts[1]):
        return parts[1], parts[0]  # "张三 市发改委主任"
    return None


def is_bare_name(text: str) -> bool:
    """A name alone: 张三, 欧阳修文, 阿依古丽·买买提 (not 市发改委, not 有关同志)."""
    return (
        bool(_BARE_NAME.match(text))
        and not _ORG_END.search(text)
        and not _GROUP_WORDS.search(text)
        and not _EXPLICIT_TITLE_END.search(text)
    )


def is_title(text: str) -> bool:
    """A title with no name: 市委常委, 副市长."""
    return bool(re.fullmatch(f"[{HAN}、（）]*{TITLE_END}", text)) and split_title_name(text) is None


def _split_parens(text: str, english: bool) -> tuple[str, str, str]:
    """Text outside parentheses, and what the parentheses hold sorted into (title, note)."""
    titles: list[str] = []
    notes: list[str] = []
    for inner in _PAREN.findall(text):
        for part in re.split("[，,；;]" if not english else "[;]", inner):
            part = part.strip()
            if not part:
                continue
            is_title = looks_like_english_title(part) if english else _is_zh_title(part)
            (titles if is_title else notes).append(part)
    outside = _PAREN.sub("", text).strip(" \u3000")
    join = ", " if english else "，"
    return outside, join.join(titles), join.join(notes)


def _is_zh_title(text: str) -> bool:
    """（市发改委主任）, （市财政局） are titles; （因公请假）, （在省委党校学习） are notes."""
    if _ZH_NOTE.search(text) and not re.search(f"{TITLE_END}$", text):
        return False
    return bool(re.search(f"{TITLE_END}$", text) or _ORG_END.search(text))


def parse_person(text: str, english: bool = False) -> Person:
    """One list item: 张三（市发改委主任）, 市发改委主任张三, Jane Roe (Treasurer)."""
    text = text.strip(" \u3000.。")
    outside, paren_title, note = _split_parens(text, english)
    title, name = paren_title, outside
    if english:
        if "," in outside:
            head, _, tail = outside.partition(",")
            if looks_like_english_title(tail.strip()):
                name, title = head.strip(), _join(tail.strip(), paren_title, ", ")
    else:
        split = split_title_name(outside)
        if split:
            title, name = _join(split[0], paren_title, "，"), split[1]
    return Person(name=name, title=title, note=note)


def _join(first: str, second: str, sep: str) -> str:
    return sep.join(part for part in (first, second) if part)


def looks_like_english_title(text: str) -> bool:
    if not text:
        return False
    words = text.split()
    first = words[0].lower().strip(",")
    return bool(_EN_TITLE_WORDS.match(first) or _EN_TITLE_TAIL.search(text)) and len(words) <= 8


def looks_like_english_name(text: str) -> bool:
    text = _PAREN.sub("", text).strip()
    if not text or len(text.split()) > 6 or looks_like_english_title(text):
        return False
    return bool(_EN_NAME.match(text))


def parse_people(value: str, english: bool = False) -> list[Person]:
    """A labelled list: "张三、李四（因公请假）", "Jane Roe (Chair), John Smith, Treasurer"."""
    value = value.strip(" \u3000。.;；")
    if not value or _NOBODY.match(value):
        return []
    if english:
        return _parse_english_people(value)
    value = normalise_padded_names(value)
    pieces = split_outside_parens(value, _ZH_SPLIT)
    people: list[Person] = []
    pending_title = ""
    for piece in pieces:
        piece = piece.strip(" \u3000")
        if not piece:
            continue
        tokens = re.split("[ \u3000]+", _PAREN.sub("", piece))
        if len(tokens) > 1 and all(is_bare_name(t) for t in tokens) and not _PAREN.search(piece):
            for token in tokens:  # "张三　李四　王五": names separated by spaces
                people.append(Person(name=token, title=pending_title))
                pending_title = ""
            continue
        if is_title(piece):
            pending_title = _join(pending_title, piece, "、")  # 市委常委、副市长张三
            continue
        person = parse_person(piece)
        if pending_title:
            person.title = _join(pending_title, person.title, "、")
            pending_title = ""
        people.append(person)
    if pending_title:
        people.append(Person(name=pending_title))
    if not any(p.title or p.note or is_bare_name(p.name) for p in people):
        return [Person(name=value)]  # "各县（市、区）政府分管负责同志，市直有关部门…": one entry
    return _merge_units(people)


def _merge_units(people: list[Person]) -> list[Person]:
    """ "市政府办公室、市发改委、市财政局负责同志" is one entry, not three people."""
    merged: list[Person] = []
    run: list[str] = []
    for person in [*people, None]:
        if (
            person is not None
            and not person.title
            and not person.note
            and not is_bare_name(person.name)
        ):
            run.append(person.name)
            continue
        if run:
            merged.append(Person(name="、".join(run)))
            run = []
        if person is not None:
            merged.append(person)
    return merged


# Who came as a body, not as people: 各乡镇主要负责人, 干部职工等80多人, 全体机关干部.
_COLLECTIVE = re.compile(
    r"^(?:各|全体|有关|相关|部分|其他|以及|及)|等[^、，,；;]{0,12}人|[\d一二三四五六七八九十百千]+(?:余|多)?(?:名|人)|"
    r"(?:干部职工|工作人员|全体|代表们|群众|村民|师生)|"
    # 县直有关部门主要负责人, 镇村干部: people named by the body they come from
    r"(?:有关|相关|部门|单位|乡镇|街道|镇村|企业|学校|机关)[^、，,；;]{0,10}(?:负责人|负责同志|同志|干部|人员)$"
)
_LIST_SEP = re.compile("[、，,；;]|以及|及|和")


def split_collective(value: str) -> tuple[str, str]:
    """ "副县长赵刚、孙丽，各乡镇主要负责人，县直有关部门干部职工等80多人" -> the people part and,
    from the first piece that names a body or a count, the rest as written (a group's note)."""
    start = 0
    for separator in [*_LIST_SEP.finditer(value), None]:
        end = separator.start() if separator else len(value)
        text = value[start:end].strip(" \u3000")
        if text and _COLLECTIVE.search(text) and not split_title_name(text):
            head = re.sub("(?:[、，,；;]|以及|及|和)$", "", value[:start].rstrip(" \u3000"))
            return head, value[start:].strip(" \u3000。.")
        if separator:
            start = separator.end()
    return value, ""


def attendance_list(value: str) -> tuple[list[Person], str]:
    """An attendance list -> (people, note). Bodies and counts (各乡镇主要负责人, 等80多人) go to
    the note as written; a list that names no one (县水务局、县财政局主要负责同志) is all note."""
    head, note = split_collective(value)
    people = parse_people(head) if head else []
    if people and not any(is_bare_name(p.name) for p in people):
        return [], value.strip(" \u3000。.")
    return people, note


def group_label(people: list[Person]) -> str:
    """市领导张三、李四: the first entry's title heads the list -> return it as the label."""
    if len(people) < 2 or not people[0].title or any(p.title for p in people[1:]):
        return ""
    if _GROUP_WORDS.search(people[0].title) or not people[0].note:
        label = people[0].title
        people[0].title = ""
        return label
    return ""


def split_outside_parens(text: str, separator: re.Pattern[str]) -> list[str]:
    pieces: list[str] = []
    depth = 0
    start = 0
    for index, ch in enumerate(text):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and separator.match(ch):
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return pieces


def _parse_english_people(value: str) -> list[Person]:
    semicolons = ";" in _PAREN.sub("", value)
    pieces = split_outside_parens(value, re.compile(";" if semicolons else ","))
    people: list[Person] = []
    for piece in pieces:
        piece = re.sub(r"^(?:and|&)\s+", "", piece.strip(), flags=re.I)
        if not piece:
            continue
        if not semicolons and people and not people[-1].title and looks_like_english_title(piece):
            title, _, note = _split_parens(piece, english=True)
            people[-1].title = title  # "John Smith, Treasurer, Amy Lee"
            people[-1].note = _join(people[-1].note, note, ", ")
            continue
        parts = _EN_AND.split(piece)
        if len(parts) > 1 and all(looks_like_english_name(p) for p in parts):
            people.extend(parse_person(p, english=True) for p in parts)  # "Amy Lee and Raj Patel"
        else:
            people.append(parse_person(piece, english=True))
    return people
