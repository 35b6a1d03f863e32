"""Web page furniture around a copied report: footers, breadcrumbs, print/share links.

A page copied from a government or newspaper site ends in a footer (扫一扫…, 网站地图,
版权所有, ICP备, 主办/承办, addresses and phone numbers) and may carry breadcrumbs and
"打印本页 / 关闭窗口" links. We recognise the kind of line rather than one site's wording:
a trailing run of footer-like lines that holds at least one unmistakable footer line is
dropped whole; unmistakable web furniture elsewhere is dropped line by line. Each drop is
reported, so nothing disappears silently.
"""

from __future__ import annotations

import re

from .lines import HAN_RE, Line
from .result import N_, ImportWarning, preview

# Lines only a web page has. Short lines only: a long line is prose that mentions the word.
# Two patterns, so English lines skip the Chinese alternatives (issue 6: thousands of lines).
_CHROME_ZH = re.compile(
    r"扫一扫|扫描二维码|扫码(?:阅读|分享|关注)|在手机(?:上)?打开|分享到|"
    r"网站地图|网站声明|网站纠错|联系我们|关于我们|隐私(?:政策|声明)|无障碍|"
    r"版权所有|©|ICP备|ICP证|公网安备|网站标识码|"
    r"打印本页|关闭窗口|【\s*打印\s*】|【\s*关闭\s*】|返回顶部|"
    r"字号[：:]?\s*(?:【)?\s*大\s*(?:】\s*【)?\s*中\s*(?:】\s*【)?\s*小|字体[：:]\s*大|"
    r"浏览次数|阅读次数|点击(?:量|数|次数)|责任编辑|上一篇|下一篇|相关(?:阅读|新闻|链接)|"
    r"当前位置|您(?:现在)?的位置|^首页\s*[>＞»›]|"
    # the page's editing credits: "（编辑：王芳）", "审核：李明", "校对 张三"
    r"^[（(【\[]?\s*(?:编辑|责编|审核|审校|校对|初审|复审|终审|监制|值班编辑)\s*[：:\s]"
)
_CHROME_EN = re.compile(
    r"©|\b(?:copyright|all rights reserved|share this (?:page|article)|print this page|"
    r"back to top|cookie (?:policy|settings)|privacy (?:policy|notice)|skip to (?:main )?"
    r"(?:content|navigation|menu)|accessibility statement|sitemap|site map)\b|"
    r"^(?:home|menu)\s*(?:[|›»>/]\s*[\w'’ -]{1,30}){2,}$",
    re.I,
)


def _chrome(text: str) -> bool:
    if len(text) > _MAX_CHROME_LINE:
        return False
    return bool((HAN_RE.search(text) and _CHROME_ZH.search(text)) or _CHROME_EN.search(text))


# Lines that belong to a footer once we know we are in one.
_FOOTER_ONLY = re.compile(
    r"主办|承办|技术支持|运营维护|维护单位|地址|电话|邮编|邮箱|传真|e-?mail|tel\b|网址|"
    r"微信|微博|公众号|客户端|新闻热线|举报|违法和不良信息|互联网新闻信息|"
    r"[|｜]|^首页",
    re.I,
)
_MAX_CHROME_LINE = 90


def strip_boilerplate(lines: list[Line]) -> tuple[list[Line], list[ImportWarning]]:
    """The lines without web furniture, and one warning listing what was removed."""
    end = len(lines)
    start = end
    strong = False
    while start > 0:
        text = lines[start - 1].text
        if len(text) > _MAX_CHROME_LINE:
            break
        if _chrome(text):
            strong = True
        elif not _FOOTER_ONLY.search(text):
            break
        start -= 1
    footer = lines[start:] if strong and start < end else []
    if footer:
        end = start
    kept: list[Line] = []
    removed: list[Line] = []
    for line in lines[:end]:
        (removed if _chrome(line.text) else kept).append(line)
    if not removed and not footer:
        return kept, []
    what = "; ".join(f"“{preview(line.text)}”" for line in removed)
    first = (removed or footer)[0].no
    count = len(removed) + len(footer)
    if not footer:
        template = N_("web page text removed (%(count)s line(s)): %(what)s")
    elif removed:
        template = N_(
            "web page text removed (%(count)s line(s)): %(what)s; the footer from “%(footer)s” (%(footer_count)s line(s))"
        )
    else:
        template = N_("web page footer removed (%(count)s line(s) from “%(footer)s”)")
    footer_text = preview(footer[0].text) if footer else ""
    warning = ImportWarning.of(
        first, template, count=count, what=what, footer=footer_text, footer_count=len(footer)
    )
    return kept, [warning]
