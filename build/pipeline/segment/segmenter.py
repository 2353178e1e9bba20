"""The segmenter: one walk over the page's units that opens, adds to and closes items."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..extract.names import name_cell, roster_line, unit_list
from ..halfwidth import back_to_print, read_wide
from ..jumps import join_jumps
from ..marks import COLUMN, LEAD_MARK, NUMBERED_LEAD, lift_marks
from ..model import Bulletin, Fragment, Item, Line, Paragraph
from ..repair import ISSUER, attribution
from ..text import (
    CORRECTION_TITLE,
    DATELINE,
    EDITORS_NOTE,
    EMPHASIS,
    END_BYLINE,
    FIELD,
    FIELD_NAMES,
    FILE_PICTURE,
    GLUED,
    GROUP_CREDIT,
    HAN,
    JUMP_FROM,
    JUMP_LEAD,
    JUMP_TO,
    LEDE,
    MARK,
    ORDINAL_HEAD,
    PICTURE,
    RULE,
    credit_names,
    credit_search,
    ends_sentence,
    field_name,
    is_headingish,
    label,
    overlap,
    plain,
)
from .draft import Draft, brief_opening
from .lines import (
    BIG_GAP,
    BRIEF_LEDE,
    CLOSE_QUOTES,
    COUNTED_HEAD,
    DATED_OPENING,
    DOCUMENT_HEAD,
    DOCUMENT_NUMBER,
    DOCUMENT_TITLE,
    EVENT,
    HANGING,
    LIST_INTRO,
    MEETING,
    PAGE_END,
    PLACE_HEAD,
    QUOTE_MARK,
    ROSTER_HEAD,
    RUBRIC_HEAD,
    RUN_ON_HEAD,
    SAID_NEXT,
    SIDEBAR,
    UNIT_ENTRY_FIRST,
    box_label,
    facts,
    item_numbers,
    kicker_shaped,
    listing,
    name_cut,
    opens_as_caption,
    org_list,
    text_and_photo,
    trailing_credit,
)
from .units import Unit, Units, headline_gap, titles_after

# a web page's line of what it posted when, from where (2025-04-10 08:26:41　来源：某日报　浏览次数：1863)
WEB_META = re.compile(r"(?:来源|发布时间|发布日期|浏览次数|浏览|阅读)\s*[:：]")
# a name alone in brackets after the text's last sentence: its author (…企业。（蒋帅）)
BARE_END = re.compile(r"(?<=[。！？”」])\s*([(（]\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})\s*[)）])\s*$")
# a line spaced out a character at a time (高 新 区 表 彰), to fill the measure
LETTER_SPACED = re.compile(r"[\u4e00-\u9fff“”]( [\u4e00-\u9fff“”]){3,}")
# a feature's subtitle naming where the reporter went (走进…, 探访…, 记…, 直击…)
VISIT = re.compile(r"^\s*[—-]*\s*(?:走进|走近|探访|探秘|探营|直击|访|记)")


# a bracketed closing credit that is a photo's, not the text's byline ((通讯员 仲 伟 摄))
PHOTO_CREDIT_END = re.compile(r"(?:摄影?|供图)\s*[)）]$")
# the label of a column of pictures (一周镜头, 图片新闻, 镜头·高新, 视觉高新)
PICTURE_COLUMN = re.compile(r"镜头|图片新闻|图说|影像|视觉")


class Segmenter:
    def __init__(self, bulletin: Bulletin):
        self.b = bulletin
        self.units = Units(bulletin.lines, bulletin.meta)
        self.picture = False  # a Markdown copy's picture was just printed
        self.title_level = 0  # the Markdown level of the last title read
        self.column = False  # reading a column of briefs, under its label
        self.drafts: list[Draft] = []
        self.fragments: list[Fragment] = []
        self.pending: list[Line] = []  # heading lines waiting for the item they head
        self.unmarked: list[Item] = []  # read as a title over an unmarked subtitle, until the lead is known
        self.headline_gap = headline_gap(self.units)
        self.numbered = item_numbers(bulletin.lines)  # — 01 —, — 02 —…: each starts a piece
        self.titles_after = titles_after(self.units)
        # a page that sets its paragraphs tight and its blocks a blank line apart: there a line
        # after a blank line heads a new block, never a section of the article above
        gaps = [ln.gap for ln in bulletin.lines]
        # (read on the text's lines: a web copy's furniture sits tight over paragraphs a blank line apart)
        furniture = {ln.no for k in range(len(self.units)) if self.units.kind(k) == "layout" for ln in self.units[k].lines}
        text_gaps = [ln.gap for ln in bulletin.lines if ln.no not in furniture]
        self.tight = bool(text_gaps) and max(text_gaps) < BIG_GAP and text_gaps.count(0) > 2 * (len(text_gaps) - text_gaps.count(0))
        # a copy reflowed to a paragraph a line, with no blank lines: no sentence is broken
        # across lines, so a short line after a finished report's paragraph heads a new item
        # (a page of many short lines too: titles and rows, with every long line a whole paragraph)
        long = [ln.text for ln in bulletin.lines if len(ln.text) >= 40]
        whole = len(long) >= 5 and sum(map(ends_sentence, long)) >= 0.75 * len(long)
        self.reflowed = bool(gaps) and max(gaps) == 0 and (self.units.median >= 40 or whole)

        # a copy hard-wrapped at a narrow measure (a PDF's lines): a quotation's closing mark
        # at a line's end may be followed by who said it (…便宜三成。” / 正在调试设备的周海燕笑着说。)
        self.wrapped = bool(bulletin.lines) and self.units.median <= 30 and \
            sum(not ends_sentence(ln.text) for ln in bulletin.lines) * 2 > len(bulletin.lines)

    # -- helpers ---------------------------------------------------------------------
    @property
    def cur(self) -> Draft | None:
        d = self.drafts[-1] if self.drafts else None
        return d if d and not d.closed else None

    def close(self, d: Draft) -> None:
        d.flush()
        d.closed = True

    def fragment(self, line: Line) -> None:
        self.fragments.append(Fragment(text=line.text, line=line.no, after_item=len(self.drafts)))

    def open(self, kind: str, dated: bool, first: Line) -> Draft:
        if self.cur:
            self.close(self.cur)
        d = Draft(Item(kind=kind, first_line=first.no), dated)
        # 先进集体（12个） last under a list's headline, over its first row: the head of the
        # list's first part, which opens the text
        part = self.pending.pop() if len(self.pending) > 1 and COUNTED_HEAD.match(self.pending[-1].text) \
            and listing(first.text) else None
        # The heading lines are read before the item joins the list, so that a headline
        # printed after the previous article can still go back to it.
        self.title_level = 0
        self.headline(d.item)
        d.head_level = self.title_level
        self.drafts.append(d)
        if part is not None:
            d.item.first_line = part.no
            self.add(d, part.text, part, head=True)
        return d

    def add(self, d: Draft, text: str, line: Line, head: bool = False) -> None:
        goes_on = self.wrapped and d.last is not None and d.last.rstrip().endswith(CLOSE_QUOTES) and \
            SAID_NEXT.match(text) is not None
        d.add(text, line.no, head, goes_on)
        d.item.last_line = line.no

    def last_ends(self) -> bool:
        d = self.cur
        # a roster's row (王　磊　某公司高级工程师) ends as a sentence does: no text runs on from it
        # ...and so does a list of names with their units (孔令军（某公司）　颜　静（某公司）)
        return not d or d.last is None or ends_sentence(d.last) or (len(d.last) <= 80 and roster_line(d.last)) \
            or (d.last.rstrip()[-1:] in "）)" and bool(unit_list(d.last))) or org_list(d.last) or attribution(d.last)

    def run_ends_with_credit(self, i: int) -> bool:
        """Do the body lines from unit i on end in a photo credit before the next boundary?
        (Walks the units in place: copying the rest of the list at every headline made a
        page of banners between broken lines quadratic.)"""
        paragraphs = 0
        for k in range(i, len(self.units)):
            u = self.units[k]  # made here and let go: the table holds no Unit
            if k > i and u.line.gap >= BIG_GAP:
                return False  # a big gap ends the run before any credit
            if u.kind == "credit" or (u.kind == "byline" and text_and_photo(u.line.text)):
                return True
            if u.kind == "body":
                if trailing_credit(u.line.text):
                    return True
                # a caption is a paragraph or a few: a section's many paragraphs that end on a
                # photo's caption set tight under them are a feature's, the line over them its
                # section head (the credit takes its caption off the feature's end)
                paragraphs += bool(u.line.gap or u.line.indent)
                if paragraphs > 4:
                    return False
                continue
            return False
        return False

    # -- headlines -------------------------------------------------------------------
    def give_back(self, lines: list[Line], trailing: bool) -> list[Line]:
        """A headline printed after its title-less article goes back to that article."""
        prev = self.drafts[-1] if self.drafts else None
        if not lines or not prev or prev.item.title:
            return lines
        first = lines[0]
        # ▲ points at the picture above: a headline under a photo's credit is that photo's
        pointing = re.match(r"\s*▲", plain(first.text)) is not None and bool(prev.item.photographers)
        if prev.item.kind != "article" and not pointing:
            return lines
        if not trailing and len(lines) < 2 and not pointing:
            return lines
        if overlap(first.text, prev.body()) >= 0.5 or pointing:
            prev.item.title = self.unemphasized(first).text.strip() if pointing else first.text  # its bold marks layout
            return lines[1:]
        return lines

    def headline(self, item: Item, back: bool = True) -> None:
        lines, self.pending = self.pending, []
        if not lines:
            return
        lines = self.give_back(lines, trailing=False) if back else lines
        if not lines:
            return  # ▲ 某某: the photo above took its headline
        # Lines cut off from the rest by a big gap are page furniture, not this headline.
        cut = max((n for n, ln in enumerate(lines) if n and ln.gap >= BIG_GAP), default=0)
        for ln in lines[:cut]:
            self.fragment(ln)
        lines = lines[cut:]
        if len(lines) > 1 and COLUMN.match(label(lines[0].text)):
            self.fragment(lines[0])  # ■园区简讯 over the first brief's headline: the column's label
            lines = lines[1:]
        if any(FIELD.match(ln.text) for ln in lines):
            self.labelled(item, lines)
            return
        lines = [self.unemphasized(ln) for ln in lines]
        if self.document_head(item, lines):
            return
        for _ in range(3):  # a title wrapped over three lines or four (某区召开 / 一季度招商引资 / 工作推进会)
            joined = self.wrapped_title(lines)
            if len(joined) == len(lines):
                break
            lines = joined
        subs = [n for n, ln in enumerate(lines) if ln.text.startswith(("—", "--"))]
        mains = [n for n in range(len(lines)) if n not in subs]
        if not mains:
            mains, subs = subs[:1], subs[1:]
        levels = {lines[n].level for n in mains if lines[n].level}
        top = min(levels) if levels else 0
        by_level = [n for n in mains if lines[n].level == top] if top else []
        t = by_level[0] if len(by_level) == 1 else mains[-1]
        last = max(n for n in range(len(lines)) if n == 0 or lines[n].gap)  # from here, lines set tight over the text
        if len(lines) == 3 and {ln.gap for ln in lines[1:]} == {1} and facts(lines[-1].text):
            # (a copy that sets a blank line after every line sets its headline's lines apart evenly
            # too: under a title, a line of figures with a comma is its subtitle, the line above the kicker)
            last = 0
        if not subs and not levels and len(lines) - last == 3:
            t = last + 1  # three lines set together: kicker, title, subtitle
        if top and len(by_level) == 1 and len(plain(lines[t].text).strip()) <= 6 and t < mains[-1]:
            t = mains[-1]  # ## 高新观察 over ### 人才为何愿意“留在铜都”？: the column's label over the title
        # (a short label a blank line above a headline is no title over its subtitle: 镜头里的高新区 / (blank) / 春播正当时)
        label_over = lines[-1].gap and len(plain(lines[0].text).strip()) <= 8 and not EVENT.search(lines[0].text)
        if len(lines) == 2 and not subs and len(by_level) != 1 and not label_over \
                and not kicker_shaped(lines[0].text, lines[1].text):
            t = 0  # a headline and its unmarked subtitle
            self.unmarked.append(item)
        item.title = lines[t].text
        self.title_level = lines[t].level
        used = {t}
        if t - 1 >= 0 and t - 1 not in subs:
            item.kicker = lines[t - 1].text
            used.add(t - 1)
        sub = next((n for n in subs if n > t), None)
        if sub is None and t + 1 < len(lines):
            sub = t + 1
        if sub is not None:
            item.subtitle = lines[sub].text
            used.add(sub)
        for n, ln in enumerate(lines):
            if n not in used:
                self.fragment(ln)

    def document_head(self, item: Item, lines: list[Line]) -> bool:
        """An official document printed whole (中共某工委 / 某管委会 / 关于表彰…的决定 / 某发〔2023〕3号):
        its own title is the title, the issuers over it the kicker, its number the subtitle."""
        at = next((n for n, ln in enumerate(lines) if DOCUMENT_HEAD.match(ln.text)), None)
        if at is None or not all(ISSUER.match(ln.text) for ln in lines[:at]) \
                or not all(DOCUMENT_NUMBER.match(ln.text) for ln in lines[at + 1:]) or len(lines) - at > 2:
            return False
        item.title = lines[at].text.strip()
        if at:
            item.kicker = "\u3000".join(ln.text.strip() for ln in lines[:at])
        if at + 1 < len(lines):
            item.subtitle = lines[at + 1].text.strip()
        return True

    def unemphasized(self, line: Line) -> Line:
        """A headline line a Markdown copy set in bold (**智能产线赶订单**): its words, the marks
        around them layout."""
        text = line.text
        if quote := QUOTE_MARK.match(text):  # > **链接**: a Markdown blockquote's mark
            self.fragment(Line(line.no, quote.group(0).strip()))
            text = text[quote.end():]
        m = EMPHASIS.match(text)
        if m:
            self.fragment(Line(line.no, m.group(1)))
            self.fragment(Line(line.no, m.group(1)))
            text = m.group(2)
        return Line(line.no, text, line.level, line.gap, line.indent) if text != line.text else line

    def labelled(self, item: Item, lines: list[Line]) -> None:
        """Headline lines an e-paper labelled (【引题】…, 【标题】…, 【副题】…): each part where its
        label puts it, the label layout; an unlabelled line among them is a banner, but a short
        one set tight under a labelled part goes on with it (主　　题：石墨烯新材料产业园 /
        　　　　　二期主体工程封顶: the export wrapped the field)."""
        last = None
        for ln in lines:
            field = FIELD.match(ln.text)
            part = FIELD_NAMES[field_name(field)] if field else None
            if field is None and last and not ln.gap and len(ln.text.strip()) <= 20 and not re.search("[。！？；]", ln.text):
                setattr(item, last, getattr(item, last) + ln.text.strip())
                continue
            last = None
            if field is None or part not in ("kicker", "title", "subtitle") or getattr(item, part):
                self.fragment(ln)
                continue
            last = part
            self.fragment(Line(ln.no, field.group(0).strip()))
            setattr(item, part, ln.text[field.end():].strip())

    def wrapped_title(self, lines: list[Line]) -> list[Line]:
        """A title the page wrapped over two lines (高新区召开产业链 / 推进工作会议) as one line:
        two lines set tight, the second short, that together say what the text below them
        opens with (their character pairs all but all in its first lines)."""
        if len(lines) < 2:
            return lines
        lead = self.text_after(lines[-1].no, 160)
        best, at = 0.0, None
        for n in range(len(lines) - 1):
            a, b = lines[n].text, lines[n + 1].text
            if a.count("“") > a.count("”") and b.count("”") > b.count("“") and not lines[n + 1].gap and len(b) <= 24:
                # 河池高新区召开“抓项目 / 稳增长”攻坚行动动员大会: a quotation the line broke off goes on
                best, at = 1.0, n
                break
            if LETTER_SPACED.fullmatch(a.strip()) and not lines[n + 1].gap and not LETTER_SPACED.fullmatch(b.strip()) \
                    and not b.startswith(("—", "--")) and not re.search(r"[\s　，,。！？]", b.strip()):
                # 高 新 区 表 彰 第 二 届 / “某某工匠”和“某某带头人”: the page spaced the title's first
                # line out to the width of its second
                best, at = 1.0, n
                break
            if not lines[n + 1].gap and lines[n + 1].level == lines[n].level and len(a) >= 10 \
                    and re.fullmatch(f"[{HAN}]", b.strip()):
                # ——记某公司车间主任王德 / 顺: one character is no headline, but the end of the line above
                best, at = 1.0, n
                break
            if lines[n + 1].gap or lines[n + 1].level != lines[n].level or b.startswith(("—", "--")) \
                    or not (len(a) >= 6 and 2 <= len(b) <= 14) or re.search(r"[\s　，,。：:！？]", a + b):
                continue
            if HANGING.search(a) and (not b.startswith(("“", "「")) or a.endswith("的")) and len(b) >= 4:
                # 英国“洋女婿”的 / 汕头玩具梦, 汕头高新区召开 / 2022年科技创新大会: a line that stops on a
                # word wanting what follows (的, 召开…) was wrapped, no title of its own (and
                # 一坛东坡泡菜里的 / “科技味”: nothing but its noun ever follows 的)
                best, at = 1.0, n
                break
            if DOCUMENT_TITLE.search(b) and not DOCUMENT_TITLE.search(a) and a[-1] not in "”」》）)":
                # 某区2024年度高质量发展 / 先进集体和先进个人名单: a document's title the page wrapped
                # (the list under it never says its title again)
                best, at = 1.0, n
                break
            joined, tail = overlap(a + b, lead), overlap(b, lead)
            if len(b) > 8 and (joined < 0.8 or len(b) > len(a) or a[-3:] + b[:3] not in lead):
                # (a longer second line is a subtitle, unless the lead says the two as one, the
                # seam included: …表彰暨2024年工作… is one title, …会议，研究部署… two lines)
                continue
            # (or the second line whole in the lead, and the two more in it than not: 高新区举办
            # “晋才晋用” / 专场招聘会 over …“晋才晋用”高校毕业生专场招聘会…)
            if ((joined >= 0.8 and tail >= 0.5) or (joined >= 0.6 and tail >= 0.9)) and joined > best:
                best, at = joined, n
        if at is None:
            return lines
        one = Line(lines[at].no, lines[at].text + lines[at + 1].text, lines[at].level, lines[at].gap)
        return [*lines[:at], one, *lines[at + 2:]]

    def gap_before(self, no: int) -> int:
        """The blank lines printed before line `no`."""
        lines = self.b.lines
        k = bisect_left(lines, no, key=lambda ln: ln.no)
        return lines[k].gap if k < len(lines) and lines[k].no == no else 0

    def text_after(self, no: int, size: int) -> str:
        """Up to `size` characters of the lines printed after line `no`."""
        lines = self.b.lines
        k = bisect_left(lines, no, key=lambda ln: ln.no) + 1  # line numbers rise with the lines
        out, n = [], 0
        while k < len(lines) and n < size:
            out.append(lines[k].text)
            n += len(out[-1])
            k += 1
        return "".join(out)[:size]

    # -- the walk --------------------------------------------------------------------
    def body_line(self, line: Line, i: int) -> None:
        d = self.cur
        if d and line.gap >= BIG_GAP and self.last_ends() and not self.pending and self.starts_block(line, i):
            self.close(d)
            d = None
        elif d and self.last_ends() and not self.pending and LEAD_MARK.match(line.text) and brief_opening(d):
            self.close(d)  # ●…: the next brief of a column of briefs, each led by its mark
            d = None
        elif d and self.column and self.last_ends() and not self.pending and (line.indent or not self.units.set_in) \
                and (BRIEF_LEDE.match(line.text) or NUMBERED_LEAD.match(line.text)):
            # under a briefs column's label, with no marks: each paragraph set in (or, on a page
            # that sets none in, each line after a finished sentence) that opens with its date
            # (　　9月6日，…; 近日，…) is the next brief
            self.close(d)
            d = None
        if d and self.last_ends() and not self.pending and line.text.lstrip().startswith("▲") and d.item.kind == "article" \
                and d.item.photographers and (d.item.paragraphs or d.run) and not brief_opening(d) \
                and not self.text_goes_on(i):
            # ▲… under a report whose byline names its photographer (文字｜某某 摄影｜某某): the
            # report's picture, captioned under it, an item of its own
            self.close(d)
            d = self.open("photo", dated=False, first=line)
        if d is None or self.pending:
            d = self.open("article", dated=False, first=line)
        text = line.text
        if (quote := QUOTE_MARK.match(text)) and quote.end() < len(text):
            self.fragment(Line(line.no, quote.group(0).strip()))  # > 专精特新…: a Markdown blockquote's mark
            text = text[quote.end():]
        if (jump := JUMP_LEAD.match(text)) and jump.end() < len(text):
            self.fragment(Line(line.no, jump.group(0).strip()))  # （上接第1版）记者在…: the jump is layout
            text = text[jump.end():]
        if field := FIELD.match(text):  # 【图片说明】6月7日，…: the label is layout, the caption text
            self.fragment(Line(line.no, field.group(0).strip()))
            text = text[field.end():]
        jump = JUMP_TO.search(text)
        if jump and jump.start() > 0:  # 企业董事长（下转第6版）: the jump is layout, the text goes on elsewhere
            text = text[: jump.start()]
            self.fragment(Line(line.no, jump.group(0).strip()))
        tail = RUN_ON_HEAD.search(text)
        if tail and i + 1 < len(self.units) and self.units.kind(i + 1) == "dateline" and not self.units[i + 1].line.gap \
                and is_headingish(tail.group(1)) and not GLUED.match(self.units[i + 1].line.text):
            # …签订技术合作协议。某区举办首届招聘会 / 本报讯 8月20日，…: the copy lost the line break
            # before the next report's headline, which ran onto the end of this text
            text = text[: tail.start(1)]
            self.pending.append(Line(line.no, tail.group(1)))
            self.add(d, text, line)
            return
        if self.signed_at_end(d, text, line):
            return
        if (em := EMPHASIS.match(text)) and trailing_credit(em.group(2)):
            # *11月23日，…。（本报记者 某某 摄）*: a Markdown copy's caption in italics; the marks are layout
            self.fragment(Line(line.no, em.group(1)))
            self.fragment(Line(line.no, em.group(1)))
            text = em.group(2)
        m = trailing_credit(text)
        if m and (line.gap or (i and self.units.kind(i - 1) == "layout")) and d.pieces and d.item.kind == "article" \
                and self.last_ends() and text[: m.start(1)].strip():
            # a caption with its credit, set apart under a finished article (by a blank line, or
            # by a repost's section number and [图片]): a photo of its own
            self.close(d)
            d = self.open("photo", dated=False, first=line)
        if m:
            caption = text[: m.start(1)].rstrip()
            if caption:
                self.add(d, caption, line)
            self.credit(text[m.start(1):].strip(), line)
        else:
            self.add(d, text, line)

    def credit(self, text: str, line: Line) -> None:
        d = self.cur
        if d is None:
            d = self.open("photo", dated=False, first=line)
        elif d.dated or self.caption_closes(d):
            # A caption set under an article without a gap: it is the paragraphs since
            # the article's last finished sentence. (The walk's paragraphs are joined runs: a
            # run ends where a piece closed a sentence, so the caption is whole runs.)
            d.flush()
            paras, ends = d.item.paragraphs, d.ends
            k = len(paras) - 1
            while k > 0 and not ends[k - 1]:
                k -= 1
            caption = paras[k:] if paras and k > 0 else []
            if caption:
                caption_ends = ends[k:]
                del paras[k:], ends[k:]
                d.item.last_line = paras[-1].lines[-1] if paras else d.item.first_line
                self.close(d)
                d = self.open("photo", dated=False, first=line)
                d.item.paragraphs, d.ends = caption, caption_ends
                d.item.first_line = caption[0].lines[0]
        d.item.kind = "photo"
        d.sign(text)
        names = credit_names(text)
        for role in ("photographers", "reporters", "correspondents"):  # 图/文 本报记者 某某: the caption's words are theirs too
            d.credit(role, names[role])
        if re.search(GROUP_CREDIT, text):
            self.group_credit(names["photographers"])
        d.item.last_line = line.no
        # (a file picture's label, 上图：…（资料图片）, ends one caption of several: 下图：… goes on)
        more = FILE_PICTURE.search(text) is not None and re.match(r"\s*[上下左右中]图\s*[:：]", self.text_after(line.no, 4))
        if not (d.pieces == 0 and (d.item.title or self.picture)) and not more:
            self.close(d)  # a credit ends its caption, unless printed above it, under the photo's title or picture
        self.picture = False

    def group_credit(self, names: list[str]) -> None:
        """（本组图片由某某摄） under the last of a strip of captioned pictures (海上“牧场” / 5月12日，… /
        夜校上新 / 5月14日晚，…): the captions set just before it, each under its small title, one
        paragraph and no byline of its own, are pictures of the group too."""
        for p in reversed(self.drafts[:-1]):  # (the last draft is the credited caption itself)
            if not (p.item.kind == "photo" and not p.item.photographers) and (
                    p.item.kind != "article" or p.dated or not p.item.title or len(p.item.paragraphs) != 1
                    or p.item.byline_names() or len(p.item.paragraphs[0].text) > 150):
                break
            p.item.kind = "photo"
            p.credit("photographers", names)

    def heads(self, i: int, u: Unit) -> None:
        nxt = self.units[i + 1] if i + 1 < len(self.units) else None
        d = self.cur
        if d and not self.pending and bare_dateline(d):
            # 本报张家界4月12日讯 on a line of its own (over its byline): the text begins on the
            # next line, however short a narrow column makes it
            for ln in u.lines:
                self.add(d, ln.text, ln)
            return
        if self.titles_after and not self.pending:
            # a page that prints every headline after its text (a PDF read box by box): the
            # lines are the headline of the item just read, which they close; before any item
            # they are the page's furniture
            last = self.drafts[-1] if self.drafts else None
            target = d or last  # (a photo's credit closed it: 某某 摄 / 荷塘映日)
            if target is None or target.item.title is not None or not (target.item.paragraphs or target.run):
                for ln in u.lines:
                    self.fragment(ln)
                return
            lines = list(u.lines)
            box = next((n for n, ln in enumerate(lines) if n and box_label(ln.text)), len(lines))
            self.pending = lines[:box]
            self.headline(target.item, back=False)
            if not target.closed:
                self.close(target)
            self.pending = lines[box:]  # 相关链接 under that headline: the box's own label, over its text
            return
        if d and not d.dated and not self.pending and self.last_ends() and len(u.lines) > 1 and u.lines[1].gap \
                and u.line.text.rstrip().endswith(("？", "?")) and (d.item.paragraphs or d.run):
            # …均创历史新高。 / 一年签约86个项目，靠的是什么？ / (blank) / “链”上招商找准方向: a feature's
            # question set apart as a paragraph of its own, over its next section's head
            self.add(d, u.line.text, u.line)
            self.heads(i, Unit("heads", u.lines[1], u.lines[2:] or None))
            return
        into_body = nxt is not None and nxt.kind in ("body", "credit")
        photo_next = into_body and self.run_ends_with_credit(i + 1)
        # A banner dropped into a running sentence, unless the lines carry a subtitle (——) or
        # the text after them opens like a new report. (Markdown levels say nothing here:
        # deliveries mark banners as headings too.)
        intro = d is not None and d.last is not None and (LIST_INTRO.search(d.last) is not None
                                                          or d.last.rstrip().endswith((":", "：")))
        if d and not self.pending and (intro or LIST_INTRO.search(u.lines[0].text)):
            # 获奖名单如下： — the short lines after it are the list, not a headline, up to a big
            # gap, a marked line (● 中国声谷) or a Markdown heading: the next item's headline
            lines = u.lines
            cut = next((n for n, ln in enumerate(lines) if n and (ln.gap >= BIG_GAP or ln.level or re.match(MARK, ln.text))),
                       len(lines))
            # (one line over a roster is the head of its part of the list: 优秀企业家（10名）)
            over_roster = cut == 1 and nxt is not None and nxt.kind == "body" and roster_line(nxt.line.text)
            for ln in lines[:cut]:
                self.add(d, ln.text, ln, head=over_roster)
            if cut < len(lines):
                self.heads(i, Unit("heads", lines[cut], lines[cut + 1:] or None))
            return
        if d and not self.pending and into_body and ROSTER_HEAD.search(u.lines[0].text) and roster_line(nxt.line.text) \
                and not box_label(d.item.title or ""):  # (after a box, a list of its own)
            # 2024年度“优秀科技工作者”名单 / （按姓氏笔画排序） over a roster: the list's own
            # heading inside the article that announces it, not the next item's headline
            for ln in u.lines:
                self.add(d, ln.text, ln, head=True)
            return
        if d and not self.last_ends() and not self.pending and len(u.lines) == 1 and not u.line.gap and not u.line.level \
                and nxt is not None and nxt.kind == "layout" and self.body_after_furniture(i + 1):
            # 我们很有信 / 第5版 / 2024年4月18日 / 责任编辑：… / 心。”…: a sentence broken across a
            # page's header, not a headline over the next page
            self.add(d, u.line.text, u.line)
            return
        if self.wrapped and d and not self.pending and into_body and len(u.lines) == 1 and not u.line.gap \
                and not u.line.level and nxt.kind == "body" and 0 < nxt.line.gap < BIG_GAP and d.last is not None \
                and not LEAD_MARK.match(u.line.text) and not SIDEBAR.fullmatch(label(u.line.text.strip())):
            # …都叫她‘李姐’”。 / 藏族小伙扎西 / (blank) / 次仁从迪庆来到玉溪: in a copy wrapped all
            # through, a line set tight under the text, with no space before it as a headline has
            # and a column's blank line after it (a section head sits tight on its text), opens
            # the next paragraph, whose text the column broke
            self.add(d, u.line.text, u.line)
            return
        if self.signed_only() and into_body and len(u.lines) == 1 and not u.line.gap and not nxt.line.gap \
                and not u.line.level and nxt.kind == "body":
            # 文/图 本报记者 某某 / 走进某公司玫瑰 / 精油车间，…: under a headline and its byline, a
            # line set tight over the text is the text's first line, wrapped
            self.add(d, u.line.text, u.line)
            return
        marked = any(ln.text.startswith("——") for ln in u.lines)
        lede = into_body and LEDE.match(nxt.line.text) is not None
        # (in a copy wrapped all through, a caption's next line too: …科普活动。图为 / 某教授（右）为学生 / 演示…)
        wrapped_on = self.wrapped and nxt is not None and not u.line.gap and not nxt.line.gap and len(u.lines) == 1
        # (…and a question that goes on a sentence the measure broke, whatever opens the next line: 园区，如何 / 在短短三年里长出…？ / 日前，…)
        if d and not self.last_ends() and into_body and (not photo_next or wrapped_on) and not self.pending and not marked \
                and (not lede or wrapped_on):
            # (in a copy wrapped all through, the text under it may follow a column's blank line:
            # 藏族小伙扎西 / (blank) / 次仁从迪庆来到玉溪)
            tight = not u.line.gap and (not nxt.line.gap or (self.wrapped and nxt.line.gap < BIG_GAP)) \
                and not any(ln.level or ln.gap for ln in u.lines)
            # (a line of a character or two is never a banner: 传 / 开了。, the column cut there)
            stub = len(u.lines) == 1 and len(u.line.text.strip()) <= 2 and not u.line.level
            if (tight and (len(u.lines) == 1 or self.wrapped)) or stub:
                # set tight between the lines of a running sentence, with no space around it as
                # a banner has: short lines of text wrapped at a narrow column (PDF copy; in a
                # copy wrapped all through, several: 事长龙建华、玉溪市鑫源包装材料有 / 限公司…)
                for ln in u.lines:
                    self.add(d, ln.text, ln)
                return
            for ln in u.lines:
                self.fragment(ln)
            return
        if (
            d and self.last_ends() and into_body and not photo_next and len(u.lines) == 1 and not self.pending
            and u.line.gap >= BIG_GAP and nxt.line.gap >= BIG_GAP and not marked and not lede
            and self.headline_gap is not None and self.headline_gap < BIG_GAP
            and d.item.kind == "article" and (d.dated or d.item.title)
        ):
            # A line alone between big gaps inside an article, on a page whose headlines sit
            # on their text: a banner (奋进新征程 建功新时代) set into the article, which goes on.
            self.fragment(u.line)
            return
        if (
            d and self.last_ends() and into_body and not photo_next and len(u.lines) == 1
            and u.line.gap < BIG_GAP and d.last is not None and not self.pending
            and not (d.dated and (re.match(MARK, u.line.text) or lede))
            and not CORRECTION_TITLE.fullmatch(label(u.line.text.strip()))  # 更正 over its notice: an item of its own
            and not box_label(u.line.text)  # 链接 / 相关阅读 over a box: an item of its own
            and not (self.tight and u.line.gap) and not (self.reflowed and d.dated)
            # a document's title (…认定名单, …公示, …启事) after a finished report heads the document
            and not (d.dated and DOCUMENT_TITLE.search(u.line.text.strip()) and len(u.line.text.strip()) >= 6)
            # in a copy of a paragraph a line, a line over a report's dated opening (12月9日，…)
            # heads that report, even after a feature, where nothing else sets it apart
            and not (self.reflowed and into_body and DATED_OPENING.match(nxt.line.text))
            and not brief_opening(d)  # a brief (▲3月12日，…) has no section heads: the line heads what follows
            and not RUBRIC_HEAD.match(u.line.text)  # 【短评】…: a commentary of its own, after any report
            # on a page that sets its paragraphs in, a line set apart and not set in, over a
            # paragraph set in, after a dated report (which has no section heads): a headline
            and not (d.dated and u.line.gap and self.units.set_in and not u.line.indent and nxt.line.indent)
            # ...and after a page's furniture (—7— / its running header), under a finished dated report
            and not (d.dated and i and self.units.kind(i - 1) == "layout")
            # ...and after a repost's number of its next piece (— 04 —), under any item
            and not (i and self.units[i - 1].line.no in self.numbered)
            # ...and in a column of pictures (一周镜头 / 海上“牧场” / caption / 夜校上新 / caption): each
            # small title heads a picture of its own
            and not PICTURE_COLUMN.search(d.item.kicker or "")
            # a headline led by its place (塘湾村：“共享菜园”种出邻里情), as a page's village and
            # community stories are titled, heads a story of its own, not a section
            and not PLACE_HEAD.match(u.line.text)
            # a piece's title that names its form (…惠企政策问答, …政策解读) heads a piece of its own
            and not re.search(r"(?:问答|答问|答疑|政策解读|一图读懂)$", u.line.text.strip())
            # a line after a list and nothing else (名单), over text that is no list's, heads a
            # new item (先进代表发言摘登 after the award list)
            and not (self.list_only(d) and not listing(nxt.line.text) and not UNIT_ENTRY_FIRST.match(nxt.line.text))
            # a Markdown heading of the level of the item's own title heads the next item, and
            # any heading after a box (> **知识链接**, 小贴士) but its numbered parts (一、…)
            and not (u.line.level and d.head_level and u.line.level <= d.head_level)
            # ...and any line over a byline (## 某项目签约 / 记者 某某 报道): a section has none
            and not (nxt and nxt.kind == "byline" and not text_and_photo(nxt.line.text))
            and not ((u.line.level or not ORDINAL_HEAD.match(u.line.text)) and box_label(d.item.title or ""))
        ):
            # Between finished paragraphs: a section head in a long feature; in a dated news
            # report (which has none) a short line is the first half of a broken sentence,
            # unless the delivery marked it as a heading. A line led by ▲/■/● after a dated
            # report heads the next item (those marks lead the headlines of short reports),
            # as does a line over text that opens like a report (据《某报》报道, 近日…); in a
            # feature such a line is a section head whatever follows.
            # (a line over a roster, 创新人才（12名）, heads its part of the list in a report too)
            head = (not d.dated or u.line.level > 0 or roster_line(nxt.line.text)) and not name_cut(u.line.text, nxt.line.text)
            line = self.unemphasized(u.line) if head else u.line  # **从“跟跑”到“并跑”**: a bold section head
            self.add(d, line.text, line, head=head)
            return
        if d:
            self.close(d)
        if photo_next and not self.pending:
            # the photo under it takes no headline that repeats the article before it
            self.pending += self.give_back(u.lines, trailing=True)
            return
        self.pending += u.lines

    def past_furniture(self, k: int, near: bool = False) -> int:
        """The first unit from k on that is no page furniture (with `near`, furniture no big gap
        sets apart)."""
        while k < len(self.units) and self.units.kind(k) == "layout" and not (near and self.units[k].line.gap >= BIG_GAP):
            k += 1
        return k

    def text_goes_on(self, i: int) -> bool:
        """Does the text go on after unit i, a line of text led by another (▲ a picture's caption
        set between two paragraphs of its report: [图片] / ▲… / the report goes on)?"""
        k = self.past_furniture(i + 1, near=True)
        return k < len(self.units) and self.units.kind(k) == "body" and self.units[k].line.gap < BIG_GAP \
            and not self.units[k].line.text.lstrip().startswith("▲") and not trailing_credit(self.units[k].line.text)

    def heads_next(self, k: int) -> bool:
        """Do the heading lines of another headline come next from unit k on, past page
        furniture? (A subtitle, ——…, goes on the headline above the furniture.)"""
        k = self.past_furniture(k)
        return k < len(self.units) and self.units.kind(k) == "heads" \
            and not self.units[k].line.text.lstrip().startswith(("——", "--"))

    def list_only(self, d: Draft) -> bool:
        """Is the item being read a list and nothing else: its text all lists' lines, under the
        heads of their parts?"""
        d.flush()
        body = [p.text for p in d.item.paragraphs if not p.head]
        return bool(body) and all(listing(t) for t in body)

    def body_after_furniture(self, k: int) -> bool:
        """Do page furniture lines from unit k on (no column's label) lead straight to text?"""
        while k < len(self.units) and self.units.kind(k) == "layout":
            if COLUMN.match(label(self.units[k].line.text)) or self.units[k].line.gap >= BIG_GAP:
                return False
            k += 1
        return k < len(self.units) and self.units.kind(k) == "body" and self.units[k].line.gap < BIG_GAP

    def signed_across(self, d: Draft) -> None:
        """A byline in brackets closing the text that a line break cut in two (…参评“三秦工匠”。（记者 韩 /
        笑 通讯员 贺婷）): read one line at a time it was text; the joined paragraph ends in it."""
        paras = d.item.paragraphs
        if not paras or paras[-1].head or d.item.reporters or d.item.correspondents or len(paras[-1].lines) < 2:
            return
        last = paras[-1]
        end = END_BYLINE.search(last.text)
        if not end or end.start(1) == 0 or PHOTO_CREDIT_END.search(end.group(1)):
            return
        paras[-1] = Paragraph(last.text[: end.start(1)].rstrip(), last.lines, last.head)
        self._sign(d, Line(last.lines[-1], end.group(1)))

    def _sign(self, d: Draft, line: Line) -> None:
        d.sign(line.text)
        if re.search(r"\S\s*摄影报道\s*[)）]?\s*$", plain(line.text)):
            d.item.kind = "photo"  # 记者 高 原 摄影报道: a photo report, its pictures and their words by one hand
        for role, names in credit_names(line.text).items():
            d.credit(role, names)
        d.item.last_line = line.no

    def run(self) -> tuple[list[Item], list[Fragment]]:
        for i in range(len(self.units)):
            u = self.units[i]
            if u.kind == "layout":
                if (field := FIELD.match(u.line.text)) and FIELD_NAMES[field_name(field)] == "picture" and self.cur \
                        and not re.fullmatch(r"\s*\d+\s*", u.line.text[field.end():]):
                    self.pictured(self.cur)  # (【图片】2 after the text counts its pictures: the item stays what it is)
                if RULE.match(u.line.text) and self.cur and self.last_ends() and not self.pending:
                    self.close(self.cur)  # ————————: a rule the page sets between items ends the one above
                if self.pending and WEB_META.search(u.line.text) and self.heads_next(i + 1):
                    # 【高新专版】种薯“芯片”扎根陇中… / 2025-04-10 08:26:41　来源：某日报 / … / the first
                    # article's headline: the web post's title, over a page reposted whole
                    for ln in self.pending:
                        self.fragment(ln)
                    self.pending = []
                if PICTURE.match(u.line.text):
                    # ![图片](…): a Markdown copy's picture ends the text above; its caption and
                    # credit, in either order, are the photo's
                    if self.cur:
                        self.close(self.cur)
                    self.picture = True
                if COLUMN.match(label(u.line.text)):
                    self.column = True
                    for ln in self.pending:  # a banner over a briefs column heads no brief
                        self.fragment(ln)
                    self.pending = []
                self.fragment(u.line)
                if self.cur and ((PAGE_END.match(u.line.text) and self.last_ends()) or JUMP_FROM.match(u.line.text)
                                 or JUMP_TO.fullmatch(u.line.text) or COLUMN.match(label(u.line.text))):
                    # 上一篇：… / 分享到：…: the web page, and its article, end here; after （上接第5版）
                    # comes another article's second part, never the text above; a briefs column's
                    # label ends the article above it, and so does （下转第8版）, which sends the rest
                    # of it to another page. (责任编辑 in a page's header, in the middle of a
                    # sentence that goes on below it, ends nothing.)
                    self.close(self.cur)
            elif u.kind == "heads":
                self.heads(i, u)
                if self.pending:
                    self.column = False  # a headline: the briefs column, if any, has ended
            elif u.kind == "dateline" and self.signed_only():
                d = self.cur  # a headline and its byline (作者：…), then the report's dateline
                d.dated = True
                self.add(d, u.line.text, u.line)
            elif u.kind == "dateline" and self.noted():
                d = self.cur  # the report an editor's note under the headline introduces
                d.dated = True
                self.add(d, u.line.text, u.line)
            elif u.kind == "dateline":
                text = u.line.text
                glued = GLUED.match(text)
                d = self.open("article", dated=not glued or DATELINE.match(text, glued.end()) is not None, first=u.line)
                if glued and glued.group("column"):
                    self.fragment(Line(u.line.no, glued.group("column")))  # the column's label: layout
                    text = text[glued.end():]
                elif glued:
                    if glued.group("bullet"):
                        self.fragment(Line(u.line.no, glued.group("bullet").strip()))  # the list's mark: layout
                    self.unglue(d.item, u.line, glued.group("head") or glued.group("bracketed") or glued.group("quoted")
                                or glued.group("fix") or glued.group("bold") or glued.group("tight")
                                or glued.group("rubric") or glued.group("facts"))
                    text = text[glued.end():].lstrip(" \u3000")  # 更正　本报…: the space between is neither's
                if not self.signed_at_end(d, text, u.line):  # a brief on one line: …（记者韩冬雪）
                    self.add(d, text, u.line)
            elif u.kind == "body":
                self.body_line(u.line, i)
            elif u.kind in ("byline", "credit") and not self.pending and self.credit_over_caption(i):
                # 图/文 宋 雨 / 6月20日，在…: a photo's credit printed over its caption, under an
                # article already finished
                if self.cur:
                    self.close(self.cur)
                self.picture = True
                self.credit(u.line.text, u.line)
            elif u.kind == "byline" and self.photo_credit(u.line):
                self.credit(u.line.text, u.line)
            elif u.kind == "byline":
                self.byline(u.line)
            elif u.kind == "credit":
                if self.pending:
                    self.open("photo", dated=False, first=u.line)
                self.credit(u.line.text, u.line)
        if self.pending:
            rest = self.give_back(self.pending, trailing=True)
            self.pending = []
            for ln in rest:
                self.fragment(ln)
        for d in self.drafts:
            d.flush()
            self.signed_across(d)
            if d.signed:
                d.item.byline = "\n".join(d.signed).strip()
        for it in self.unmarked:
            lead = it.paragraphs[0].text.split("。")[0] if it.paragraphs else ""  # the lead's first sentence
            # (a subtitle of facts is a subtitle however much the lead repeats it)
            # (nor is a feature's visit, 一块屏幕的“智造”之旅 / 走进某光电科技有限公司, however much
            # the lead that walks in repeats it)
            # (nor a meeting's headline over what it aims at: 某区召开…推进会 / 力争全年…突破300亿元)
            if it.subtitle and not facts(it.subtitle) and not VISIT.match(it.subtitle) and not MEETING.search(it.title or "") \
                    and overlap(it.subtitle, lead) >= 0.6 and overlap(it.title or "", lead) < 0.3:
                # 深化珠澳科技创新合作 / 珠澳协同创新中心在高新区启用: the second line states what
                # the lead reports, the first the theme: a kicker over the title
                it.kicker, it.title, it.subtitle = it.title, it.subtitle, None
        items = [d.item for d in self.drafts]
        for n, it in enumerate(items, 1):
            it.seq = n
        return items, self.fragments

    def signed_at_end(self, d: Draft, text: str, line: Line) -> bool:
        """A line of text ending in its byline ((记者 张三)): the text into d, the byline signs
        and closes it. False, and nothing done, for any other line."""
        end = END_BYLINE.search(text)
        bare = None if end else BARE_END.search(text)
        if bare and bare.start(1) > 0 and name_cell(re.sub(r"[ \u3000]", "", bare.group(2))) \
                and not re.fullmatch(r"[左右中前后上下][一二三四五六七八九十]?|[左右]起.*", bare.group(2)):  # (左二: where in the picture)
            # …成为全市首家绿色工厂。（蒋帅）: a name alone in brackets closing the text is its author's
            self.add(d, text[: bare.start(1)].rstrip(), line)
            d.sign(bare.group(1))
            d.credit("reporters", [re.sub(r"[ \u3000]", "", bare.group(2))])
            self.close(d)
            return True
        if not (end and end.start(1) > 0) or PHOTO_CREDIT_END.search(end.group(1)):
            return False  # (…（通讯员 仲 伟 摄）: a photo's credit, which the caller reads as one)
        self.add(d, text[: end.start(1)].rstrip(), line)
        self._sign(d, Line(line.no, end.group(1)))
        self.close(d)
        return True

    def unglue(self, item: Item, line: Line, head: str) -> None:
        """The headline glued onto the first line of an item's text: its title, or its subtitle
        under a title printed above it. (**标题**　正文: a Markdown copy's bold is layout.)"""
        head = self.unemphasized(Line(line.no, head)).text
        if item.title is None:
            item.title = head
        elif item.kicker is None and item.subtitle is None and kicker_shaped(item.title, head):
            # 总投资30亿元 / 新能源电池结构件项目开工本报讯…: the line above is the kicker, as it
            # is when the title stands on a line of its own
            item.kicker, item.title = item.title, head
        elif item.subtitle is None:
            item.subtitle = head
        else:
            self.fragment(Line(line.no, head))

    def pictured(self, d: Draft) -> None:
        """An e-paper's 【图片】 under a headline: the item is a photo, whose author took it."""
        d.item.kind = "photo"
        for n in [*d.item.reporters, *d.item.correspondents]:
            if n not in d.item.photographers:
                d.item.photographers.append(n)
        d.item.reporters, d.item.correspondents = [], []

    def signed_only(self) -> bool:
        """Is the item being read a headline and a byline and nothing else yet?"""
        d = self.cur
        return d is not None and not self.pending and d.item.kind == "article" and bool(d.signed) \
            and not d.item.paragraphs and d.run is None and bool(d.item.title)

    def noted(self) -> bool:
        """Is the item being read a headline over an editor's note (编者按：…) and nothing else?
        The report the note introduces starts with its dateline after it, in the same item."""
        d = self.cur
        if d is None or self.pending or d.dated or d.item.kind != "article" or not d.item.title:
            return False
        count = len(d.item.paragraphs) + (1 if d.run else 0)
        return 0 < count <= 3 and EDITORS_NOTE.match(d.first_text()) is not None

    def starts_block(self, line: Line, i: int) -> bool:
        """After a big blank gap, does this body line start something new? A photo caption
        (its run ends in a credit) or text that opens like a report does; plain text that
        goes on is the same article, spaced out by the layout."""
        d = self.cur
        if d is None or d.item.kind != "article" or not (d.dated or d.item.title):
            return True
        return self.run_ends_with_credit(i) or LEDE.match(line.text) is not None

    def caption_closes(self, d: Draft) -> bool:
        """Does a feature (no dateline) of three paragraphs or more, or a box of one over a blank
        line, end on a photo's caption, one that opens as captions do (9月16日，某某（右）在…;
        图为…), after a finished sentence?"""
        d.flush()
        paras = d.item.paragraphs
        # (or of two, the caption set apart by a blank line: 链接 / its text / (blank) / caption)
        if len(paras) < 2 or not d.ends[-2] or (len(paras) == 2 and not self.gap_before(paras[-1].lines[0])):
            return False
        last = paras[-1].text
        return len(last) <= 150 and (opens_as_caption(last)
                                     or re.search(r"[（(](?:左|右|中|前|后)[一二三四五六七八九十]?[)）]", last) is not None)

    def credit_over_caption(self, i: int) -> bool:
        """Is unit i a photo's credit over its caption: a line 图/文 某某 or 某某 摄 after a finished
        sentence, over one paragraph that opens as captions do (6月20日，…; 图为…) and nothing
        more before the next heading?"""
        u, d = self.units[i], self.cur
        if not (text_and_photo(u.line.text) or credit_search(u.line.text)) or not self.last_ends() or d is None:
            return False
        if not d.dated and len(d.item.paragraphs) + (1 if d.run else 0) < 3:
            return False  # the item above may be the caption the credit closes
        if i + 1 >= len(self.units) or self.units.kind(i + 1) != "body":
            return False
        caption = self.units[i + 1].line.text
        if not opens_as_caption(caption) or not ends_sentence(caption):
            return False
        return i + 2 >= len(self.units) or self.units.kind(i + 2) != "body" or self.units[i + 2].line.gap >= BIG_GAP

    def photo_credit(self, line: Line) -> bool:
        """图/文 张三 under a caption credits a photo: text and picture by one person."""
        d = self.cur
        # (a caption is a paragraph or two, over however many lines a copy wraps it into)
        paragraphs = len(d.item.paragraphs) + (1 if d.run else 0) if d is not None else 0
        return (not self.pending and d is not None and not d.dated and paragraphs <= 2
                and text_and_photo(line.text) and not self.signed_only())

    def byline(self, line: Line) -> None:
        if self.titles_after and not re.match(r"\s*[(（]", line.text) and not (self.cur and self.signed_only()):
            # on a page of headlines after their texts, a byline line (not one in brackets,
            # which ends a text) opens the text it signs
            d = self.open("article", dated=False, first=line)
            self._sign(d, line)
            return
        if self.pending:
            # under a headline, before the text: the byline of the item that starts here; one
            # that names a photographer alone (本报记者 某某 摄) says the words below are a caption
            d = self.open("article", dated=False, first=line)
            self._sign(d, line)
            if d.item.photographers and not d.item.reporters and not d.item.correspondents:
                d.item.kind = "photo"
            return
        if self.noted() or self.signed_only() or (self.cur and bare_dateline(self.cur)):
            # under an editor's note, over the report it introduces; or a second byline line
            # under the headline (作者：本报记者 罗佳琪 / 文/图 本报记者 罗佳琪); or under a
            # dateline on a line of its own (本报张家界4月12日讯 / 全媒体记者 田 甜 / the text)
            self._sign(self.cur, line)
            return
        d = self.drafts[-1] if self.drafts else None
        # The byline closes the article it follows; a second byline line (通讯员 … on its own
        # line) joins the first.
        if d and (not d.closed or (d.signed and d.item.last_line == line.no - 1)):
            self._sign(d, line)
            self.close(d)
        else:
            self.b.warnings.append(f"{self.b.file}:{line.no}: byline {line.text!r} follows no article; kept as layout text")
            self.fragment(line)


def bare_dateline(d: Draft) -> bool:
    """Is all the draft holds a dateline on a line of its own (本报张家界4月12日讯), its text to come?"""
    last = (d.last or "").strip()
    return d.dated and d.pieces == 1 and (m := DATELINE.match(last)) is not None and m.end() == len(last)


def segment(bulletin: Bulletin) -> Bulletin:
    bulletin, own = read_wide(bulletin)  # a half-width copy read as the paper printed it
    bulletin.items, bulletin.fragments = Segmenter(bulletin).run()
    return back_to_print(join_jumps(lift_marks(bulletin)), own)
