"""The vocabulary of Chinese reports and minutes, as compiled patterns.

Each pattern is built around a fixed verb or label (主持召开, 出席会议, 作了汇报,
提出具体要求, 强调, 来源：, 第X期, 设分会场) with open slots for names, titles and topics, so
it matches the form of a sentence, never one report's wording. The recognisers that use them
are ``chinese`` (body paragraphs, remarks), ``chinese_header``, ``chinese_labelled``,
``chinese_lists`` and ``chinese_sentences``.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .numerals import CHINESE_NUMERAL_CHARS
from .people import HAN, NAME, TITLE_END

ZH_NUM = f"[{CHINESE_NUMERAL_CHARS}]+|\\d+"

# -- header zone -------------------------------------------------------------------------------

META_LABEL = re.compile(
    r"(?P<label>信息来源|文章来源|稿件来源|来源|更新时间|发布时间|发布日期|发表时间|时间|日期|"
    r"作者|责任编辑|编辑|撰稿|供稿|浏览次数|点击数|阅读数)\s*[：:]"
)
META_STRONG = re.compile(r"来源\s*[：:]|更新时间|发布时间|发布日期|发表时间")
ISSUE = re.compile(
    f"^(?:[^，。]{{0,20}}?)第\\s*(?P<n>{ZH_NUM})\\s*期(?:\\s*[（(]总第\\s*\\d+\\s*期[）)])?$"
)
# "（2024年第8次）" under a 纪要's title: the session number.
SESSION_LINE = re.compile(f"^[（(]?(?:\\d{{4}}年)?第\\s*(?P<n>{ZH_NUM})\\s*次[）)]?$")
ORG_WORDS = (
    r"办公室|办公厅|委员会|人民政府|政府|党委|党组|党工委|市委|县委|区委|省委|局|厅|委|公司|"
    r"集团|中心|协会|学会|大学|学院|学校|医院|研究院|研究所|支部|总支"
)
ORG_LINE = re.compile(
    f"^(?P<org>[{HAN}A-Za-z0-9（）()]{{2,30}}?(?:{ORG_WORDS}))(?:[\\s\u3000]*(?P<date>[\\d〇零○一二三四五六七八九十]{{2,4}}年.{{1,8}}日))?$"
)
DATE_LINE = re.compile(
    r"^[\d〇零○一二三四五六七八九十]{2,4}年[\d〇零○一二三四五六七八九十]{1,3}月[\d〇零○一二三四五六七八九十]{1,3}日$"
)
JIYAO_MARK = re.compile(r"纪要$|^纪\s*要$")
STANDALONE_BYLINE = re.compile(
    f"^(?:本报|本台|本网)?记者[\\s\u3000：:]*(?P<r>[{HAN}\\s\u3000、]{{2,30}}?)(?:[\\s\u3000]*报道)?$"
)
BYLINE = re.compile(
    r"^(?P<prefix>(?:[^（(【\[]{0,16}?(?:讯|电))?)\s*[（(【\[]\s*(?:本报|本台|本网)?记者[\s\u3000：:]*"
    r"(?P<r>[^）)】\]]{1,40}?)\s*[）)】\]]\s*"
)
BAOXUN = re.compile(r"^(?:本报讯|本台讯|本网讯)\s*")
# A wire dateline: 新华社北京12月8日电 / 本报北京3月5日讯.
DATELINE = re.compile(
    f"^(?:[{HAN}]{{1,10}}?(?:社|网|台|报))?[{HAN}]{{0,6}}?"
    f"(?P<date>(?:\\d{{4}}年)?\\d{{1,2}}月\\d{{1,2}}日)(?:电|讯)[\\s\u3000]*"
)
# Standard closing sentences of a report: kept as closing notes, not as unplaced text.
CLOSING_PHRASE = re.compile(
    r"^会议还(?:研究|讨论|审议|通报|部署)了?(?:其他|有关|相关|其它)?(?:事项|工作)。?$"
)

# -- body: labelled lines ----------------------------------------------------------------------

LABEL = re.compile(
    r"^(?P<label>出席(?:人员|会议人员|会议)?|参加(?:人员|会议人员|会议)?|参会(?:人员|领导)?|"
    r"与会(?:人员|领导)?|列席(?:人员|会议人员)?|请\s*假(?:人员)?|缺\s*席(?:人员)?|"
    r"记\s*录(?:人)?|主\s*持(?:人)?|时\s*间|会议时间|地\s*点|会议地点|会议名称|会议主题|"
    r"抄\s*送|分\s*送|发\s*送)\s*[：:]\s*(?P<value>.*)$"
)

# -- body: sentences ---------------------------------------------------------------------------

VERB_TAIL = re.compile(r"(?:并|并作|并发表|并作了|并发表了)(?:重要)?讲话$")
CONVENE_PLACE = re.compile(r"^(?P<who>.+?)在(?P<place>[^，。]{2,30})$")
CONVENE = re.compile(
    r"^(?P<org>[^，。]{0,30}?)(?:于[^，。]{0,20}?)?(?:在(?P<place>[^，。]{2,30}?))?(?:召开|举行)(?:了)?"
    r"(?P<name>[^，。]{0,60}?(?:会议|会|座谈|论坛))$"
)
NAME_CONVENED = re.compile(
    r"^(?P<name>[^，。]{2,60}?(?:会议|会))(?:于[^，。]{0,20}?)?(?:在(?P<place>[^，。]{2,30}?))?(?:召开|举行)$"
)
PRESIDED_BY = re.compile(r"^会议由(?P<who>[^，。]+?)主持(?P<tail>[^，。]*)$")
# The presider named before the attendance in one sentence: 县长张三主持会议并讲话，…出席会议
PRESIDER_CLAUSE = re.compile(
    r"^(?P<who>[^，。、]+?)主持(?:会议|本次会议)?(?:并讲话|并作讲话|并发表讲话|并作重要讲话)?[、，,；;]"
)
WHO_PRESIDED = re.compile(
    r"^(?P<who>[^，。]+?)主持(?:会议|本次会议)?(?P<tail>并讲话|并作讲话|并发表讲话|并作重要讲话)?$"
)
CONTRIBUTION = (
    r"(?:作|做)[^，。]{0,12}?(?:安排|讲话|部署|说明|汇报|报告|总结|发言|点评|动员|解读)|"
    r"(?:发表)?(?:重要)?讲话|出席(?:会议)?并(?:作|发表)?(?:重要)?讲话|传达[^。]{1,80}|通报[^。]{1,80}|宣读[^。]{1,80}|"
    r"解读[^。]{1,80}|介绍[^。]{1,80}"
)
SPEAKER = re.compile(
    f"^(?:会上，|会议上，|随后，)?(?P<person>(?:.*{TITLE_END})?{NAME})(?:在会上|在会议上|随后|同时|还|也)?"
    f"(?P<what>{CONTRIBUTION})$"
)
ATTEND = re.compile(
    r"^(?P<body>[^。]+?)(?:分别)?(?P<verb>出席|列席|参加|参会)(?:了)?(?P<obj>会议|本次会议|会议并讲话)?$"
)
# A day alone before a lead's convening clause: "15日", "15日上午", "十五日下午".
DAY_ONLY = re.compile(r"^(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]\s*(?:上午|下午|晚上|晚|早上|中午)?$")
# An attendance clause inside a longer one: "院长钱进出席会议，纪委书记赵立列席会议".
EARLIER_ATTENDANCE = re.compile(r"(?:出席|列席|参加|参会)(?:了)?(?:会议|本次会议|会议并讲话)?[，,；;]")
# Words that make "…参加会议" an instruction, not an attendance list (主要负责同志 is fine).
NOT_PEOPLE = re.compile(
    r"要求|强调|指出|(?<![主重需])要|应当|必须|须|积极|均|都|全程|准时|邀请|(?<!党)组织|在[^，]{0,10}会场"
)
REPORT_NO_SUBJECT = re.compile(
    r"^(?:会上，|会议上，)?(?P<speaker>[^，。]{2,80}?)(?:分别|先后|依次)?(?:作|做)(?:了)?"
    r"(?:交流|表态|典型|专题|工作)?(?:发言|汇报)$"
)
REPORT = re.compile(
    r"^(?P<intro>会上，|会议上，|会上|会议上|随后，|会议首先)?(?P<speaker>[^，。]{2,60}?)(?:分别)?(?:围绕|就)"
    r"(?P<subject>[^。]{2,200}?)(?:作了|做了|作|做|进行了)(?:专题|工作|情况|交流|表态)?(?:汇报|报告|发言)$"
)
HEARD = re.compile(
    r"^(?:会上，|会议)?(?:先后|首先|还|分别)?听取了?(?P<list>.+?)(?:的)?(?:情况|工作)?(?:汇报|报告)$"
)
HEARD_ITEM = re.compile(
    r"(?P<speaker>[^，、和及。]{2,40}?)关于(?P<subject>[^，。]+?)的?(?:汇报|报告)?$"
)
REQUIREMENTS = re.compile(
    r"^(?P<by>[^，。]{2,40}?)(?:在讲话中|在会上|最后)?(?:就|对)(?P<topic>[^。]{2,200}?)(?:提出|作出|作了|进行了)(?:了)?"
    r"(?:具体|明确|几点|[一二三四五六七八九十两]点)?(?:要求|部署|安排)$"
)
INTRO = re.compile(
    r"^(?P<who>[^，。]{2,40}?)(?:在讲话中|在会上|在总结讲话中|最后)?(?:强调|指出|要求|表示|提出|认为|明确|议定|决定)"
    r"(?:如下|以下几点|几点意见|[一二三四五六七八九十两]点意见)?[，：:]?$"
)
REMARK = re.compile(
    r"^(?P<speaker>[^，。；：]{2,40}?)(?:就(?P<topic>[^，。；]{2,120}?))?"
    r"(?P<verb>(?:在讲话中|在会上|在总结讲话中|在讲话时|最后)?(?:强调|指出|要求|表示|认为|说|提出))[，：:]"
    r"(?P<text>.+)$"
)
MEETING_SPEAKER = re.compile(r"^(?:会议|会上|本次会议|与会人员|与会同志)$")
# "会议研究了以下事项：" before a list of items: the items say it.
LIST_INTRO = re.compile(
    r"^(?:现将)?会议(?:主要)?(?:研究|讨论|审议|议定|决定|听取|部署|确定|明确)(?:了)?(?:的)?"
    r"(?:(?:以下|如下|下列)(?:[一二三四五六七八九十两几]项)?(?:事项|问题|议题|几个问题|工作|意见)?"
    r"|(?:[一二三四五六七八九十两几]项)?(?:事项|问题|议题|意见)?(?:纪要)?如下"
    r"|(?:的)?(?:事项|问题|议题|意见))[：:。]?$"
)
# The 纪要 style prints its own "现将会议议定事项纪要如下：".
JIYAO_INTRO = re.compile(
    r"^(?:现将|现)?(?:本次)?(?:会议)?(?:议定|研究|决定|主要)?(?:的)?(?:事项|情况|精神|内容)?纪要如下[：:]?$"
)
PURPOSE_SENTENCE = re.compile(
    r"^会议(?P<purpose>(?:传达|学习|研究|审议|听取|通报|部署|分析|总结|讨论|贯彻|安排)[^。]+)。?$"
)

VIDEO = re.compile(r"视频|网络会议|线上|云会议|远程")
HYBRID = re.compile(
    r"线上线下|线下线上|现场\s*[+＋和与]\s*视频|视频\s*[+＋和与]\s*现场|现场会议和视频"
)
MAIN_VENUE = re.compile(
    r"主会场设在(?P<a>[^，。；]+)|在(?P<b>[^，。；]+?)设(?:立)?主会场|(?P<c>[^，。；]+?)设(?:立)?主会场"
)
BRANCH_VENUE = re.compile(
    r"分会场设在(?P<a>[^，。；]+)|在(?P<b>[^，。；]+?)设(?:立)?分会场|(?P<c>[^，。；]+?)设(?:立)?分会场"
)
FORMAT_CLAUSE = re.compile(
    r"^会议(?:以|采取|采用|通过)[^，。]*(?:形式|方式)(?:召开|举行|进行)?$|^会议(?:以|采取|采用|通过)?[^，。]{0,8}视频[^，。]*$"
)
SESSION = re.compile(f"第(?P<n>{ZH_NUM})次(?P<kind>[{HAN}]{{0,6}}?会议)?")
BODY_WORDS = re.compile(
    r"^(?P<body>[市县区省州盟旗镇乡]?(?:委|政府|人大常委会|人大|政协|纪委|委员会|常委会))"
)
PLACE_FROM_SOURCE = re.compile(
    f"^(?P<place>[{HAN}]{{2,3}}?)(?:日报|晚报|新闻网|电视台|广播电视台|融媒体中心|发布|在线)"
)


MINUTES_OF = re.compile(f"^(?P<meeting>[{HAN}0-9（）]{{2,40}}?(?:会议|会))纪要$")


def split_date_prefix(text: str) -> tuple[str, str]:
    """ "3月13日（星期二）下午市委" -> ("3月13日（星期二）下午", "市委"), the date read by ``dates``."""
    found = find_dates(text)
    if not found or found[0].start != 0:
        return "", text
    end = found[0].end
    return text[:end], text[end:].lstrip()


def split_date_suffix(text: str) -> tuple[str, str]:
    """ "中共中央政治局12月8日（星期五）" -> ("中共中央政治局", "12月8日（星期五）")."""
    found = find_dates(text)
    if not found or found[-1].end != len(text):
        return text, ""
    start = found[-1].start
    return text[:start], text[start:]


def strip_end(text: str) -> str:
    """A clause without its closing punctuation."""
    return text.rstrip("。；;，, \u3000")
