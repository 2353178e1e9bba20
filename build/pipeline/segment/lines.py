"""What one printed line is, read with its neighbours: the predicates the segmenter asks of a line
(a marked name, a pull quote, a wrapped line at the copy's measure, a kicker over its title…)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extract.names import name_cell, name_column, roster_line, unit_list
from ..extract.people import FOLLOW_RE, TITLE_RE
from ..marks import LEAD_MARK
from ..model import Line
from ..repair import ISSUER, SIGN_CONTACT, SIGN_DATE
from ..text import (
    BYLINE,
    CONTENTS_LABEL,
    CORRECTION,
    DATELINE,
    FIELD,
    FIELD_NAMES,
    FURNITURE,
    HAN,
    MARK,
    MARKED_NAME,
    MASTHEAD,
    MAX_HEADING,
    ORDINAL_HEAD,
    PAPER_NAME,
    SIDEBAR_WORDS,
    TEXT_PHOTO,
    credit_form,
    credit_search,
    ends_sentence,
    field_name,
    is_headingish,
    label,
    ocr_digits,
    plain,
)

TITLE_THEN_SURNAME = re.compile(f"(?:{TITLE_RE})[{HAN}]{{1,2}}$")


NAME_END_THEN_VERB = re.compile(f"[{HAN}]{{1,2}}(?:{FOLLOW_RE})")


# a headline run onto the end of a paragraph: after its last sentence, some words with no stop
RUN_ON_HEAD = re.compile(r"[。！？]([^。！？!?，,；;：:\s”」][^。！？!?，,；;：:\s]{5,29})$")


# what names a page's section, as a masthead's second line does (高新区专刊, 第5版), not a slogan
SECTION_LINE = re.compile(r"专刊|专版|特刊|周刊|副刊|第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]+\s*版|^\s*\S{1,8}\s*$")


QUOTE_MARK = re.compile(r"^\s*>\s*")


# (or with a holiday: 国庆假期，…)
BRIEF_LEDE = re.compile(r"^\s*(?:\d{1,2}月\d{1,2}日|近日|日前|近期|本月|上周|(?:国庆|春节|五一|端午|中秋|元旦|清明)(?:假期|期间|前夕)，)")


SIDEBAR = re.compile(rf"{MARK}?\s*[【\[]?(?:{SIDEBAR_WORDS}|编后|短评)[】\]]?")


PAGE_END = re.compile(r"^\s*(?:上一篇|下一篇|分享到|责任编辑)\s*[:：]")


SPACES = re.compile(r"\s{2,}")  # a running header spaces its parts out across the page


BIG_GAP = 2  # blank lines that separate unrelated blocks on these pages


CLOSE_QUOTES = ("”", "」", "』")


# what follows a quotation in its own sentence: who said it (…周海燕笑着说。, 带队老师王静怡说) or
# the date of a report that opens with a quotation (“…！”4月11日，…)
SAID_NEXT = re.compile(r"^\s*(?:[^，,。；;：:“”]{0,30}?(?:说|表示|介绍|告诉记者|坦言|感慨道?)[，,。：:]|\d{1,2}月\d{1,2}日)")


ROSTER_HEAD = re.compile(r"(?:名单|名录)\s*(?:[（(][^）)]{0,12}[)）])?\s*[:：]?\s*$")  # …名单（按姓氏笔画排序）


# A line that announces a list (获奖名单如下：): the short lines after it are the list.
LIST_INTRO = re.compile(r"(?:如下|名单|分别是|分别为|包括|有)\s*[:：]\s*$")


def classify(line: Line, forced_layout: set[int], forced_start: set[int]) -> str:
    t = line.text
    p = plain(t)  # *本报记者 李 想*: a Markdown copy's emphasis says nothing of what the line is
    if line.no not in forced_layout and SIDEBAR.fullmatch(label(p.strip())):
        return "head"  # 记者手记 is a sidebar's label, not a reporter named 手记
    if line.no not in forced_layout and (field := FIELD.match(t)) and not FURNITURE.match(t):
        # an e-paper's labelled field: the label says what the line is
        kind, rest = FIELD_NAMES[field_name(field)], t[field.end():].strip()
        if kind in ("picture", "count", "column") or not rest:
            return "layout"
        return {"byline": "byline", "caption": "body", "text": "body", "credit": "credit"}.get(kind, "head")
    if line.no in forced_layout or masthead(p, line.level) or PAPER_NAME.fullmatch(label(p)) or FURNITURE.match(t) \
            or FURNITURE.match(p):
        return "layout"
    if CORRECTION.match(t):
        return "dateline"  # 更正：本报…: a correction notice is an item of its own
    if DATELINE.match(t) or (line.no in forced_start and not is_headingish(t, line.level)):
        return "dateline"
    t = p
    m = credit_search(t)
    if m and m.start(1) == 0 and len(t) <= 30:
        return "credit"
    if len(t) <= 40 and not line.level and (BYLINE.match(credit_form(t)) or marked_name(t)):
        return "byline"
    if is_headingish(t, line.level) or LABELLED_HEAD.match(t):
        return "head"
    return "body"


def box_label(text: str) -> bool:
    """Is a line, or an item's title, a box's label (链接, 小贴士, **知识链接**, 【记者手记】)?"""
    return SIDEBAR.fullmatch(label(plain(text).strip())) is not None


def marked_name(t: str) -> bool:
    """□欧阳晓岚: a name alone under a mark, the author of a signed comment; （杜 鹃） under a
    piece, its author."""
    m = MARKED_NAME.match(t)
    return m is not None and name_cell(re.sub(r"[ \u3000]", "", m.group(1) or m.group(2)))


# a rubric's label and its headline on one line, the headline with a comma in it:
# 【短评】“店小二”要当好，更要当久
_HEAD_AFTER_LABEL = r"[^。！？!?；;：:【】]{4,30}$"


LABELLED_HEAD = re.compile(rf"^\s*【[^】\s]{{1,6}}】{_HEAD_AFTER_LABEL}")


# ...a commentary's, which heads an item of its own after any report
RUBRIC_HEAD = re.compile(rf"^\s*【(?:短评|评论|时评|快评|微评|述评|社评|编后语?|点评|小评)】{_HEAD_AFTER_LABEL}")


def masthead(text: str, level: int) -> bool:
    """The paper's masthead: its date with the weekday or page, on a line of no sentence (an
    OCR'd one too: 泸州日报 2O25年3月2O日 星期四)."""
    return MASTHEAD.search(ocr_digits(text)) is not None and (
        is_headingish(SPACES.sub(" ", text), level) or (len(text) <= 60 and not re.search("[。！？，,；]", text)))


PULL_QUOTE = re.compile(r"^\s*(?:「([^「」]{8,60})」|“([^“”]{8,60})”|『([^『』]{8,60})』)\s*$")


QUOTE_MARKS = re.compile(r"[\s「」『』“”‘’\"'。！？!?，,]")


PULL_WINDOW = 6  # lines either side in which a pull quote's sentence is printed


def pull_quote(lines: Sequence[Line], i: int) -> bool:
    """「创新不是选择题，而是必答题」 set apart inside an article: a sentence of the text near it,
    printed again large in quote marks. It is layout; the sentence is read where it stands."""
    m = PULL_QUOTE.match(lines[i].text)
    if not m:
        return False
    core = QUOTE_MARKS.sub("", next(g for g in m.groups() if g))
    before = "".join(lines[k].text for k in range(max(0, i - PULL_WINDOW), i))
    after = "".join(lines[k].text for k in range(i + 1, min(len(lines), i + PULL_WINDOW + 1)))
    # each side on its own: the line itself is not searched, nor a sentence made across it
    return len(core) >= 8 and (core in QUOTE_MARKS.sub("", before) or core in QUOTE_MARKS.sub("", after))


def name_cut(line: str, nxt: str) -> bool:
    """马家桥社区党委书记鞠红 / 梅介绍，…: a line that ends in a title and the start of a name, over
    a line that ends the name and goes on with what follows a name, is a sentence the column cut
    inside the name, not a section head."""
    return TITLE_THEN_SURNAME.search(line.strip()) is not None and NAME_END_THEN_VERB.match(nxt.strip()) is not None


# a table's row set with full-width spaces (延边大学　　　　南昌镐　崔英兰)
_CELL = r"[^\s\u3000。！？；][^\u3000。！？；]{0,29}"  # a cell: no sentence, single spaces inside (王 东)


SPACED_ROW = re.compile(rf"^\s*{_CELL}(?:\u3000+{_CELL})*\u3000{{2,}}{_CELL}(?:\u3000+{_CELL})*\s*$")


def boxed_label(lines: Sequence[Line], i: int, layout: set[int], start: set[int]) -> bool:
    """【数说高新】 over a box's text, with no headline and no marked briefs under it: the box's
    title, not a column's label."""
    if not re.fullmatch(r"\s*【[^】]{2,8}】\s*", lines[i].text) or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return classify(nxt, layout, start) == "body" and not LEAD_MARK.match(nxt.text) and not BRIEF_LEDE.match(nxt.text)


def spaced_rows(lines: Sequence[Line], i: int) -> bool:
    """Is line i one of three rows or more in a row whose cells are set apart by full-width
    spaces, or of two under a head row naming a column of names (单位　　姓名)?"""
    def row(k: int) -> bool:
        return 0 <= k < len(lines) and SPACED_ROW.match(lines[k].text) is not None
    if not row(i):
        return False
    three = any(row(k) and row(k + 1) and row(k + 2) for k in (i - 2, i - 1, i))
    headed = (row(i - 1) and name_column(lines[i - 1].text) is not None) or (row(i + 1) and name_column(lines[i].text) is not None)
    return three or headed


def at_measure(text: str, measure: int) -> bool:
    """Does a line fill a narrow copy's measure (a mark may hang past it, a figure take less)?"""
    return measure - 1 <= len(text.strip()) <= measure + 2


def wrapped_text(lines: Sequence[Line], i: int, measure: int, before: str | None, layout: set[int], start: set[int]) -> bool:
    """In a copy wrapped at a narrow measure, is line i, shaped like a headline, a line of the
    text? `before`: the kind of the unit above it."""
    line, prev = lines[i], lines[i - 1]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    t = line.text.strip()
    if SIDEBAR.fullmatch(label(prev.text.strip())):
        # 链接 / 锂电铜箔是锂离子电池负极集流体的主要材 / 料，…: the box's text, wrapped
        return len(t) >= measure - 1 and nxt is not None and not nxt.gap
    if line.gap:
        return False
    if before == "body" and at_measure(prev.text, measure) and not ends_sentence(prev.text):
        return True  # …江西瑞华新能源 / 科技有限公司投资12亿元建设的锂电池隔膜二期项: the sentence goes on
    if before == "body" and nxt is not None and not nxt.gap and re.match(r"[A-Za-z]", t[-1:]) and re.match(r"[A-Za-z]", nxt.text.strip()):
        # …的德国工程师Markus / Becker已是…: the measure broke between two Latin words, short of its end
        return True
    if before == "body" and len(t) >= measure and t[-1] not in "。！？!?”」" and nxt is not None \
            and classify(nxt, layout, start) == "layout" and next_kind(lines, i + 2, layout, start) == "body":
        return True  # …区领导甲、乙、丙 / (the running header) / 参加会议。: a full line whose sentence goes on
    # 此次签约的项目包括：深圳云帆科技集团投资15亿 set tight under text, or under a part's heading
    # (三、优秀企业家（6名）), and over a full line: a paragraph's first line at the measure
    # ...or under a section head set between two paragraphs (…4000多万元。 / 车间里的“夫妻档” /
    # 班组长某某和妻子某某都在公司上 / 班，…): the head is one line, the text goes on at the measure
    section = before == "heads" and i >= 2 and not prev.gap and classify(lines[i - 2], layout, start) == "body" \
        and ends_sentence(lines[i - 2].text) and not at_measure(prev.text, measure)
    return (before == "body" or section or (before == "heads" and ORDINAL_HEAD.match(prev.text) is not None)) \
        and at_measure(t, measure) and not ends_sentence(t) and nxt is not None and not nxt.gap and at_measure(nxt.text, measure)


def opens_as_caption(text: str) -> bool:
    """Does a paragraph open as a photo's caption does (6月20日，…; 近日，…; 图为…)?"""
    return BRIEF_LEDE.match(text) is not None or text.startswith("图为")


def subtitle_shaped(text: str) -> bool:
    t = text.strip()
    return 0 < len(t) <= MAX_HEADING and not any(c in t for c in "。！？!?") and t[-1] not in "，,；;、：:“‘《（(【「『"


def next_kind(lines: Sequence[Line], i: int, layout: set[int], start: set[int]) -> str | None:
    """The kind of the first line from i on that is no page furniture (a web page's 来源… line and
    controls may stand between a headline and its dateline)."""
    for k in range(i, min(len(lines), i + 4)):
        kind = classify(lines[k], layout, start)
        if kind != "layout":
            return kind
    return None


def signature(lines: Sequence[Line], i: int, signs: set[int]) -> bool:
    """Is line i a line of a notice's signature: contact lines, the issuer over the date, the
    date under the issuer? (Whether it follows the notice's text is the caller's to see.)"""
    t = lines[i].text
    if SIGN_CONTACT.match(t):
        return True
    if ISSUER.match(t):
        # (two or three issuers stacked over one date sign a joint document)
        k = next((k for k in range(i + 1, min(i + 4, len(lines))) if not ISSUER.match(lines[k].text)), len(lines))
        return k < len(lines) and SIGN_DATE.match(lines[k].text) is not None
    return SIGN_DATE.match(t) is not None and (i - 1) in signs


def split_dateline(line: str, nxt: str) -> bool:
    """本报景德镇11月 / 5日讯(记者…): a dateline the layout broke over two lines (the walk joins
    them, as any sentence cut at a column's end)."""
    head = line.strip()
    return head.startswith(("本报", "新华社")) and not DATELINE.match(head) and DATELINE.match(head + nxt.strip()) is not None


# a repost's list of its account's earlier posts, at the foot of the post
# (and the post's end mark, — END —, over its credits: 来源丨…, 记者丨…, 编辑丨…)
MORE_POSTS = re.compile(rf"^\s*(?:{MARK}\s*)*(?:往期推荐|往期回顾|往期精彩|推荐阅读|精彩推荐|相关推荐|[—－\-–·•\s]*(?:END|End)[—－\-–·•\s]*"
                        rf"|(?:热门|精彩|网友|最新|全部)评论(?:\s*[（(]\d+[)）])?)(?:\s*{MARK})*\s*$")  # ...and its readers' comments


def front_matter(lines: Sequence[Line]) -> set[int]:
    """A Markdown conversion's front matter (--- / source: 某某日报 / page: 04 / ---) at the top of the
    copy: the converter's record of the page, none of its printed text."""
    if not lines or lines[0].text.strip() != "---":
        return set()
    for k in range(1, min(len(lines), 30)):
        if lines[k].text.strip() == "---":
            return {lines[j].no for j in range(k + 1)} if k > 1 else set()
        if not re.match(r"^[A-Za-z_][\w-]*\s*:", lines[k].text):
            return set()
    return set()


def post_header(lines: Sequence[Line]) -> set[int]:
    """A repost's first lines: the account's name over the line that says who posted it and
    when (某区发布 / 某区发布　2024年07月16日 07:45　河北), the account's, not the page's."""
    for k in range(1, min(len(lines), 4)):
        header = lines[k].text
        if FURNITURE.match(header) and re.search(r"\d{1,2}:\d{2}\s*[\u4e00-\u9fff]{0,3}\s*$", header) \
                and not re.search(r"[\u4e00-\u9fff]\s*[:：]", header) and all("。" not in ln.text for ln in lines[:k]):
            # (an account's line, not a web page's 来源：…　发布时间：… under its article's title; the
            # post's own title may stand over it, and be all that does: 整版聚焦！今天的《某日报》…;
            # no sentence of the page stands before the header)
            return {lines[j].no for j in range(k)}
    return set()


# a line of a page's table of contents: its number and an article's title (01 某区召开…会, 3. 某某)
_CONTENTS_LINE = re.compile(r"^\s*(\d{1,2})(?:[.．、]\s*|\s+)\S")


def contents_list(lines: Sequence[Line]) -> set[int]:
    """A web page's list of the page's articles, numbered in order (01 某区召开… / 02 …), three
    lines or more at the top, before any sentence: the page's contents, none of its text (a
    numbered list inside an article comes after its text has begun)."""
    out: set[int] = set()
    k, n = 0, next((i for i, ln in enumerate(lines[:40]) if "。" in ln.text), min(len(lines), 40))
    # (or unnumbered, under the list's label and up to a blank line: 本版标题 / 奋战四季度… / 记者手记)
    label = next((i for i in range(n) if CONTENTS_LABEL.fullmatch(lines[i].text.strip().rstrip("：:"))), None)
    if label is not None:
        j = label + 1
        while j < n and not lines[j].gap and len(lines[j].text) <= 50:
            out.add(lines[j].no)
            j += 1
    while k < n:
        run, want = [], 1
        while k < n and (m := _CONTENTS_LINE.match(lines[k].text)) and int(m.group(1)) == want and len(lines[k].text) <= 50:
            run.append(lines[k].no)
            want += 1
            k += 1
        if len(run) >= 3:
            out.update(run)
        k += not run
    return out


def reposts_tail(lines: Sequence[Line]) -> set[int]:
    """The lines from a repost's 往期推荐 to its end, near the foot of the copy: titles of other
    posts and the share bar, none of this page's text."""
    n = len(lines)
    for k in range(max(0, n - 20), n):
        if MORE_POSTS.match(lines[k].text):
            return {lines[j].no for j in range(k, n)}
    return set()


def text_and_photo(text: str) -> bool:
    """图/文 张三, 文/图 本报记者 李四: one person's text and picture."""
    return re.match(rf"{MARK}?\s*{TEXT_PHOTO}", plain(text)) is not None  # **图/文　某某**: bold says nothing


def slogan(text: str) -> bool:
    """Two parallel phrases side by side: “拼”字当头 “干”字当先, 送政策上门 解企业难题."""
    # figures are a subtitle's facts (总投资12亿元，主要生产…), not a slogan's
    return re.search(r"\S{3,}(?:\s|，|,)+\S{3,}", text.strip()) is not None and not re.search(r"\d", text)


def facts(text: str) -> bool:
    """A subtitle of facts: figures and a comma or an enumeration comma, or the space a headline
    sets for one (总投资8.6亿元，达产后年产值将超10亿元; 现场签约项目9个、总投资52亿元; 总投资25亿元　达产后…)."""
    return re.search(r"\d", text) is not None and re.search(r"[，,、]|\S(?:\u3000|  )\S", text.strip()) is not None


# a sum alone on a headline's line (总投资8.6亿元, 投资超12亿元)
AMOUNT = re.compile(r"(?:总投资|投资|总额|总产值|产值|合同额)?(?:超|达|近|逾)?[\d.]+\s*(?:万|亿)元")


def kicker_shaped(first: str, second: str) -> bool:
    """Of two unmarked headline lines, whether the first is a kicker over the title (a slogan,
    a label such as 高新区科技创新局：, a short column label, or a statement over a slogan
    title) rather than a title over its subtitle."""
    # a column label over the title (乡村振兴在行动), not a title over its subtitle of facts
    # (台资光学元件项目落户九湖 / 总投资8.6亿元，达产后年产值将超10亿元)
    short = len(first.strip()) <= 0.6 * len(second.strip()) and not facts(second)
    label = re.fullmatch(r"\s*[【\[][^】\]]+[】\]]\s*", first) is not None  # 【镜头·高新】
    # a column's name of two parts joined by a dot (乡村振兴·高新实践, 专精特新·企业故事)
    label = label or re.fullmatch(rf"\s*[{HAN}]{{2,6}}[·・][{HAN}]{{2,6}}\s*", first) is not None
    # who said it over what was said: 张卫东在高新区调研时强调 / 以科技创新引领…
    said = re.search(r"(?:强调|指出|要求|表示|提出)$", first.strip()) is not None
    # a report's headline over a slogan (高新区召开“招商引资攻坚月”动员会 / 锁定目标抓落实 全力以赴拼项目):
    # the event is the title, the slogan its subtitle
    if EVENT.search(first) and not EVENT.search(second) and not short and not label and not said:
        return False
    if MEETING.search(first.strip()) and not label and not said:
        return False  # 高新区召开产业发展大会 / 发布…方案 18家企业获表彰: a meeting's headline over what it did
    if AMOUNT.fullmatch(first.strip()) and EVENT.search(second):
        return True  # 总投资8.6亿元 / 两个种业项目签约落地: the sum over what happened
    if MEETING.search(second.strip()) and not EVENT.search(first) and not facts(first):
        return True  # 推动石墨产业向“新”向“高” / 高新区召开…推进会: the theme over the meeting's headline
    return slogan(first) or slogan(second) or first.rstrip().endswith((":", "：")) or short or label or said


# the title of a document a page prints whole (…认定名单, …公示, …征文启事)
DOCUMENT_TITLE = re.compile(r"(?:名单|公示|公告|启事|通告|通知|决定|倡议书)$")
# a part of a list, with its count, on a line of its own (先进集体（12个）, 优秀企业家（8名）)
COUNTED_HEAD = re.compile(r"^\s*[^\s，。：:、（(]{2,14}[（(]\d{1,3}\s*[名个人家项位][)）]\s*$")
# what ends the name of a firm or an office (某某微电子有限公司, 某区行政审批局)
_BODY_NAME = re.compile(r"(?:公司|集团|厂|局|委员会|管委会|政府|办公室|中心|研究院|研究所|学院|大学|学校|医院|协会|商会|银行|街道|社区|村|站|所|队|院)$")


def org_list(text: str) -> bool:
    """Three names of firms or offices or more, set apart by 、 and nothing else
    (某某公司、某区行政审批局、某镇人民政府): a list of units, never a headline."""
    entries = [e.strip() for e in re.split(r"[、；;]", text.strip().rstrip("。；;"))]
    return len(entries) >= 3 and all(0 < len(e) <= 30 and _BODY_NAME.search(e) and not re.search(r"[，,。！？：:\s]", e)
                                     for e in entries)


# a list's first entry, a name and its unit, with more after it (the line may break off
# inside a later entry: …、申屠雅 / 琳（某公司）)
UNIT_ENTRY_FIRST = re.compile(r"^\s*[^\s（）()、，,。]{1,12}(?:[ \u3000][^\s（）()、，,。]{1,3})?[（(][^（）()\n。]{2,40}[)）]\s*[、；;]")


def listing(text: str) -> bool:
    """Is a line a list's: a roster's row, names with their units, a list of units?"""
    return roster_line(text) or bool(unit_list(text)) or org_list(text)


# whom a document or letter is addressed to (各部门、各单位：, 尊敬的各位企业家：): its first line
SALUTATION = re.compile(r"^\s*(?:各|全体|尊敬的|亲爱的)[^。！？!?]{1,40}[:：]\s*$")
# a document's own title (关于表彰…的决定) and its number (荆高工发〔2023〕3号), as an official
# document printed whole sets them under the lines of its issuers
DOCUMENT_HEAD = re.compile(r"^\s*关于\S{4,}的(?:决定|通知|意见|通报|办法|方案|规定|批复|公告|决议|报告|实施细则)\s*$")
DOCUMENT_NUMBER = re.compile(rf"^\s*[{HAN}]{{2,10}}[〔\[［(（]\d{{4}}[〕\]］)）]\s*\d{{1,4}}\s*号\s*$")


# a story's headline led by its place, as village and community stories are titled (塘湾村：…)
PLACE_HEAD = re.compile(r"^\s*[\u4e00-\u9fff]{1,10}(?:村|镇|乡|街道|社区|小区)[：:]\S{4,}")
# the end of a headline's line that cannot end a headline: a word that wants what follows (的,
# 和…), or a meeting's verb before its meeting is named (某区召开 / …大会; but 工作会议召开 is whole)
HANGING = re.compile(r"(?:的|和|与|及|在|为|对|把|将|向|从)$|^(?!.*(?:会|仪式|论坛)).*(?:召开|举行|举办)$")
# a meeting's headline (某区召开产业发展大会, 某区举行签约仪式): a report's title, never its kicker
MEETING = re.compile(r"(?:召开|举行|举办)[^\s，,]{2,24}(?:会|会议|仪式|论坛|峰会)$")
# what a report's headline says happened (某区召开…会, 某项目开工)
EVENT = re.compile(r"(?:召开|举行|举办|开幕|闭幕|启动|签约|揭牌|开工|投产|落户|成立|召集|印发|出台|发布|表彰|评出|获批|通过)")


def trailing_credit(text: str) -> re.Match | None:
    m = credit_search(text)
    return m if m and m.start(1) > 0 else None


# a text that opens on its day (6月3日，…), as a brief does
DATED_OPENING = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:[上下]午|晚|凌晨)?[，,]")


# a number set alone between rules or dashes on its line: — 01 —, ｜02｜, NO.3, 04
_ITEM_NUMBER = re.compile(r"^\s*(?:[—－\-–_|｜·•]+\s*)?(?:NO\.?\s*|No\.?\s*)?0?(\d{1,2})(?:\s*[—－\-–_|｜·•]+)?\s*$")


def item_numbers(lines: Sequence[Line]) -> set[int]:
    """The numbers of the lines that number a repost's pieces one by one (— 01 —, — 02 —, …):
    three at least, counting up from one. Each starts a piece: what follows it is never the
    piece above going on. (A page's number, —7—, stands once, or twice the same.)"""
    found = [(ln.no, int(m.group(1))) for ln in lines if (m := _ITEM_NUMBER.match(ln.text))]
    run: list[int] = []
    want = 1
    for no, n in found:
        if n == want:
            run.append(no)
            want += 1
    return set(run) if len(run) >= 3 else set()
