"""Small predicates on printed Chinese text, shared by the text stages."""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import lazy_pinyin

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』)）》】\"'"
# the titles a byline gives (longest first: 全媒体记者 is one title, not a name 全媒体 and 记者)
# (a trainee, 实习生, is the paper's own and writes as its reporters do; a reader's or a
# resident's picture, 读者 某某 摄, is theirs under that label)
ROLE_WORDS = ("全媒体记者", "融媒体记者", "新媒体记者", "摄影记者", "见习记者", "实习记者", "特约记者", "首席记者", "本报记者",
              "记者", "特约撰稿人", "撰稿人", "特约通讯员", "通讯员", "实习生", "读者", "市民", "网友")
CORRESPONDENTS = ("特约通讯员", "通讯员")
ROLE = "|".join(ROLE_WORDS)
# a name, or one spaced out a character at a time (曾 卫, 黎 思 雨: OCR, or padding for alignment)
NAME = rf"(?:[{HAN}]{{2,6}}·[{HAN}]{{2,6}}|[{HAN}·]{{2,4}}|[{HAN}](?:[ \u3000]{{1,2}}[{HAN}]){{1,2}}(?![{HAN}]))"
SEP = r"[\s\u3000、,，]+"

# 本报讯, 本报郑州讯, 本报郑州12月7日讯, 新华社北京12月7日电
# and a zone's or a county's own dateline before its byline: 高新区讯（通讯员 马娟）
# (讯 of 通讯员 is no dateline's: 本报特约通讯员 某某 is a byline)
_DATELINE = rf"^(?:[【\[]本报[{HAN}0-9]{{0,12}}讯[】\]]|本报[{HAN}0-9]{{0,12}}(?<!通)讯(?!员)|新华社[{HAN}0-9]{{0,14}}电|[{HAN}]{{2,6}}讯(?=\s*[（(]))"
DATELINE = re.compile(_DATELINE)
# a headline the copy glued onto the first line of its text (OCR): 左脚舞跳起来 8月21日，…;
# 高新区召开推进会 本报讯（记者 …）…
# (quotes are a headline's too when a space and a report's opening follow: ■“小巨人”企业家进校园　6月4日，…)
# the openings of a report that gives no date: 近日，…, 上周，…
_LATELY = r"(?:近日|日前|近期|连日来|上周|本周|昨天|今天|昨日|今日|今年以来|年初以来)"
# (a briefs page may run a place's label into the headline, and quote in it: 吕陵镇：农机“体检”迎“三夏”　本报讯（…）)
GLUED = re.compile(rf"^(?!据|本报[{HAN}0-9]{{0,12}}讯|新华社)(?P<head>(?=[^“”]*$|[^\s]{{4,36}}[ \u3000]+(?:\d{{1,2}}月\d{{1,2}}日|{_LATELY}|{_DATELINE[1:]}))"
                   rf"(?:[^\s。！？!?，,；;：:“”]{{2,12}}[：:])?"
                   rf"[^\s。！？!?，,；;：:]{{4,30}}(?:[ \u3000][^\s。！？!?，,；;：:“”]{{2,20}})?)"
                   rf"(?:[ \u3000]+(?=(?:{_DATELINE[1:]}|\d{{1,2}}月\d{{1,2}}日(?:至\d{{1,2}}日)?[，,上下午晚]|{_LATELY}[，,]))"
                   # (OCR may lose the space too: 某区召开科技创新大会本报讯（记者…）)
                   rf"|(?=(?:本报|新华社)[{HAN}0-9]{{0,12}}[讯电][（(]))"
                   # (a headline in quotes, 家门口看上“专家号”本报讯（…）, when nothing else stands between)
                   # (led by its place's label too: 某某村:大棚草莓“红”了致富路本报讯(…))
                   rf"|^(?P<quoted>(?:[^\s。！？!?，,；;：:“”]{{2,12}}[：:])?[^\s。！？!?，,；;：:]{{4,30}})(?=(?:本报|新华社)[{HAN}0-9]{{0,12}}[讯电][（(])"
                   # ...a brief's rubric of a word or two after its mark: ▲招商　5月10日，…
                   rf"|^(?P<rubric>[■●◆▲◇□◎★][^\s。！？!?，,；;：:“”]{{2,3}})(?=[ \u3000]+(?:\d{{1,2}}月\d{{1,2}}日|{_LATELY}[，,]|{_DATELINE[1:]}))"
                   # ...a subtitle of figures, with its comma, run into the dateline by OCR:
                   # 12个项目集中签约，总投资86.5亿元本报讯（记者…）
                   rf"|^(?P<facts>[^\s。！？!?；;：:“”（）()]{{4,20}}[，,][^\s。！？!?，,；;：:“”（）()]*\d[^\s。！？!?，,；;：:“”（）()]{{0,8}})"
                   rf"(?=(?:本报|新华社)[{HAN}0-9]{{0,12}}[讯电][（(])"
                   # ...a correction's heading run into its notice: 更正本报6月25日…
                   r"|^(?P<fix>更正)(?=[ \u3000]*(?:本报|本版))"
                   # ...a briefs column's label run into its first brief: 高新简讯▲7月2日，…
                   rf"|^(?P<column>[^\s。，,]{{0,8}}(?:简讯|快讯|速递|短讯|短波|动态))(?=[■●◆▲◇□◎★]\S)"
                   # ...and a brief's title in brackets run into its text: 【某区开展“送清凉”活动】近日，…
                   rf"|^(?P<bracketed>【[^【】\s]{{4,30}}】)(?=[^\s【】][^\n]{{6,}}?[，。])"
                   # ...or with no space at all before the day that opens the text (OCR): 某区表彰一批优秀教师9月7日，…
                   rf"|^(?!本报|新华社)(?P<tight>[^\s。！？!?，,；;：:“”（）()【】《》\d]{{7,29}}[^\s。！？!?，,；;：:“”（）()【】《》\d为于在至到是从自止即的了和与及或等当])(?=\d{{1,2}}月\d{{1,2}}日(?:[上下]午|晚上?)?[，,])"
                   # ...or in bold, in a Markdown list of briefs: - **某区开展消防演练** 23日，…
                   rf"|^(?P<bullet>[-*+][ \u3000]+)?(?P<bold>\*\*[^*\s][^*\n]{{2,38}}[^*\s：:]\*\*)(?=[ \u3000]*[^\s*][^\n]{{6,}}?[，。])")
CORRECTION = re.compile(r"^\s*更正\s*(?:[:：]|(?=本报|本版))")  # a correction notice (更正：…, 更正本报…)
CORRECTION_TITLE = re.compile(r"[【\[]?(?:更正|更正启事|更正声明|勘误)[】\]]?")  # a correction under its own heading
# An editor's note printed between a headline and the report it introduces
EDITORS_NOTE = re.compile(r"^\s*[【\[〔(（]?\s*编(?:者|辑)(?:按|的话|手记)\s*[】\]〕)）]?\s*[:：]?")


def report_lead(paragraphs) -> str:
    """The paragraph a report opens with (its dateline, if any): the first that is not a
    heading nor an editor's note."""
    return next((p.text for p in paragraphs if not p.head and not EDITORS_NOTE.match(p.text)), "")
# (the paper may print its own name for 本报: 泰安日报首席记者 司马琳)
OWN_PAPER = rf"(?:[{HAN}]{{2,6}})?(?:日报|晚报|时报|商报|早报)"  # (晚报记者: the paper calls itself 晚报 too)
_NAMES = rf"(?:本报|{OWN_PAPER})?(?:{ROLE})\s*{NAME}(?:(?:{SEP})(?:(?:本报)?(?:{ROLE})\s*)?{NAME})*"  # …　本报通讯员 某某
# 本报讯(记者 张三), and 本报讯 记者 张三 报道 with no brackets
# and 本报讯 记者 张三 with the dateline's text on the next line (the walk joins it: 张三5月10日晚)
DATELINE_CREDIT = re.compile(_DATELINE + rf"\s*(?:[(（]([^()（）]{{1,60}})[)）]|\s*({_NAMES})\s*报道|\s*({_NAMES})(?=\s|\d|$))")


def dateline_credit(text: str) -> tuple[int, int] | None:
    """Where the names of a dateline's byline are printed (本报讯(记者 张三)…), if it has any."""
    m = DATELINE_CREDIT.match(text)
    return m.span(next(g for g in (1, 2, 3) if m.group(g) is not None)) if m else None
# Marks papers print before a byline line (■本报记者 张三) and the forms of "text and photo by".
MARK = r"[□■●▲◆◇★☆○◎▼△▶►▷•▪▍▌❖📌🔹🔸👉\U0001F300-\U0001FAFF]"  # (and any pictograph: 🔗 相关链接)
TEXT_PHOTO = r"(?:文/图|文／图|图/文|图／文|文[·・]图|图[·・]文|文图|图文)"
BYLINE = re.compile(
    rf"^{MARK}?\s*[(（]?\s*(?:{TEXT_PHOTO}\s*[:：]?\s*)?{_NAMES}"
    rf"(?:\s*(?:文/图|文／图|图/文|文图|文|图|摄影?|报道|整理))?\s*[)）]?$"
    rf"|^{MARK}?\s*{TEXT_PHOTO}\s*[/／:：]?\s*{NAME}(?:{SEP}{NAME})*$"
    # a signed piece (文/江小舟, 文：某某) and the paper's commentator (本报评论员)
    rf"|^{MARK}?\s*文\s*[/／:：]\s*{NAME}(?:{SEP}{NAME})*$"
    # ...and one signed in brackets at its end, with who the writer is ((文/记者 吴颖欣))
    rf"|^\s*[(（]\s*文\s*[/／:：]\s*{_NAMES}\s*[)）]$"
    # text by some, pictures by others: 文/本报记者 林晓彤 图/本报记者 钟伟强
    rf"|^{MARK}?\s*[(（]?\s*文\s*[/／:：]\s*(?:{_NAMES}|{NAME})\s+图\s*[/／:：]\s*(?:{_NAMES}|{NAME}|[{HAN}]{{2,20}})\s*(?<=[{HAN}])[)）]?$"
    # ...and with the part after the name: 蒋 涛/文　韦 丹/图
    rf"|^{MARK}?\s*{NAME}\s*[/／]\s*文(?:[ \u3000]+{NAME}\s*[/／]\s*图)?$"
    # ...each name after who they are: 本报记者 姚 远/文　通讯员 卫晓峰/图
    rf"|^{MARK}?\s*(?:本报|{OWN_PAPER})?(?:{ROLE})\s*{NAME}\s*[/／]\s*文[ \u3000]+(?:本报|{OWN_PAPER})?(?:{ROLE})?\s*{NAME}\s*[/／]\s*图$"
    rf"|^{MARK}?\s*[(（]?(?:本报|特约)?(?:特约)?评论员(?!文章$)(?:\s*{NAME})?[)）]?$"  # (本报评论员文章: a rubric)
    # a web page's author line (作者：本报记者 钟一鸣 通讯员 沈洁)
    rf"|^\s*作者\s*[:：]\s*(?:{_NAMES}|(?:[{HAN}]{{4,30}}[ \u3000]+)?{NAME}(?:{SEP}{NAME})*)$"  # (…学院教授 钟　磬)
)
# a signed comment's author alone under the paper's mark (□欧阳晓岚), if the name is one (segment/lines.py
# asks: a marked column label, ◆园区观察, has the same shape)
MARKED_NAME = re.compile(rf"^(?:{MARK}\s*({NAME})|[(（]\s*({NAME})\s*[)）])$")  # ...or in brackets, closing a piece: （杜 鹃）
# (记者 张三) printed at the end of an article's last paragraph
END_BYLINE = re.compile(rf"(?<=[{SENTENCE_END}{CLOSERS}])\s*([(（]\s*{_NAMES}\s*[)）])\s*$")
# A photo credit at the end of a line: "本报记者 马雅宁 摄", "李骁迪 摄", "…交流。 孙战浩 摄",
# "（记者 王伟 摄）", "图/本报记者 张三", "摄影：李四".
_CREDIT_NAMES = rf"(?:本报|{OWN_PAPER})?(?:(?:{ROLE})\s*)?{NAME}(?:(?:{SEP})(?:(?:{ROLE})\s*)?{NAME})*"
PHOTO_PREFIX = r"(?:(?:图|摄影|摄)\s*[/／:：]\s*|摄影[ \u3000]+)"  # 图/某某, 摄影：某某, 摄影 某某
# and a picture supplied rather than taken: "通讯员 祁元 供图", "图片由某某公司提供"
# (by a body that gave it: 延安高新区管委会供图, 某某公司供图)
_GIVER = rf"[{HAN}]{{2,24}}?(?:管委会|公司|集团|中心|局|委员会|政府|办公室|协会|学会|大学|学院|医院|街道办事处|街道|社区|镇|村)"
PHOTO_GIVEN = rf"图片由[^\s。，,；;]{{2,30}}提供|(?:(?:{_CREDIT_NAMES}|{_GIVER})\s*)?供图"
# how the picture was taken, said before its credit (无人机航拍　某某供图, 资料图片　记者 某某 摄)
_FILE_PICTURE = r"资料(?:图片?|照片)"  # a picture from the paper's files, by no one named
FILE_PICTURE = re.compile(rf"[(（]?\s*{_FILE_PICTURE}\s*[)）]?")
_SHOT = rf"(?:(?:无人机)?航拍|{_FILE_PICTURE}|手机拍摄)[ \u3000]*"
# a credit for a group of pictures printed together (（本组图片由本报记者 某某 摄）): each picture's
GROUP_CREDIT = r"(?:本组|以上|上述)(?:图片|照片)由\s*"
CREDIT = re.compile(
    rf"(?:^|(?<=[{SENTENCE_END}{CLOSERS}\s]))\s*((?:{_SHOT})?(?:"
    rf"[(（]?\s*(?:{GROUP_CREDIT})?{_CREDIT_NAMES}\s*(?:[/／]\s*)?摄影?(?:报道)?\s*[)）]?"  # (符阳/摄: the slash of 文/图)
    rf"|[(（]?\s*{PHOTO_PREFIX}{_CREDIT_NAMES}\s*[)）]?"
    rf"|[(（]?\s*(?:{PHOTO_GIVEN})\s*[)）]?"
    rf")|[(（]\s*{_FILE_PICTURE}\s*[)）])\s*$"  # （资料图片）: a file picture, by no one named
)
CREDIT_TAIL = 120  # no credit is longer: 「（本报记者 张三 李四 王五 通讯员 赵六 摄）」 is 27 characters


def credit_search(text: str) -> re.Match | None:
    """A photo credit ending the line, looked for in its last characters only: from every
    space of a long line of names (张三 李四 …) the pattern read on to the end, which made
    one hostile line quadratic."""
    return CREDIT.search(text, max(0, len(text) - CREDIT_TAIL))


MAX_HEADING = 48
# What announces the list that follows on the same line (获评先进的有:, 名单如下：)
# (extract/people.py reads the names after it)
# (受表彰的“最美志愿者”是：… too: who the list is, then 是 and a colon)
LIST_LEAD = re.compile(r"(?:的有|[员者人]有|名单|如下|分别是|分别为|以下为|以下是|依次为|依次是|获奖者|获得者|(?:他|她)们是"
                       r"|的[^，。：:；\n]{0,16}(?:是|为)"
                       # a list's class and its count (乡土人才（3名）：某村某某、…)
                       r"|[（(][0-9０-９一二三四五六七八九十]{1,3}\s*[名人位个项家][)）])"
                       # (and a note on the list's order between: 获得表彰的是（按姓氏笔画排序）：)
                       r"(?:[ \u3000]*[（(][^（）()\n]{1,12}[)）])?[ \t\u3000]*[:：]")
# How a news report's first paragraph opens: a date, 近日/日前/近年来…, a dateline.
# A masthead line: the paper's date with its weekday or page (包头日报 2025年3月27日 星期四 第6版)
_PAPER = r"[\u4e00-\u9fff]{1,8}(?:日报|晚报|特区报|时报|商报|都市报|早报)"
# the paper's name alone on a line: the masthead's (马鞍山日报数字报: its web edition's)
PAPER_NAME = re.compile(rf"\s*{_PAPER}(?:\s*[·・|｜]?\s*(?:数字报刊平台|数字报刊|数字报|电子报|电子版|数字版|网络版))?\s*")  # 丽江日报 · 数字报刊平台
_FULL_DATE = r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
# (a masthead is short: ".*" from every date of a long line to its end was quadratic)
MASTHEAD = re.compile(rf"{_FULL_DATE}.{{0,40}}(?:星期|礼拜|周)[一二三四五六日天]|{_FULL_DATE}.{{0,40}}第\s*[0-9０-９一二三四五六七八九十]+\s*版"
                      rf"|(?:星期|周)[一二三四五六日天].{{0,40}}{_FULL_DATE}|第\s*[0-9０-９一二三四五六七八九十]+\s*版.{{0,40}}{_FULL_DATE}"
                      # a running header: the paper's name and the date (淄博日报·高新区专刊   2025年3月12日)
                      rf"|{_PAPER}.{{0,40}}{_FULL_DATE}|{_FULL_DATE}.{{0,40}}{_PAPER}")
# The labelled fields of an e-paper system's export (【引题】…, 【标题】…, 【副题】…, 【作者】…, 【正文】,
# 【图片】, 【图片说明】…): the label says what the line is; it is layout, its text the field's
FIELD_NAMES = {"引题": "kicker", "肩题": "kicker", "标题": "title", "主题": "title", "主标题": "title", "副题": "subtitle",
               "副标题": "subtitle", "作者": "byline", "正文": "text", "图片": "picture", "图片说明": "caption", "图说": "caption",
               "字数": "count", "栏目": "column", "序号": "count", "摄影": "credit", "类型": "count"}
# (字数: a digital edition's count of the article's characters, read by no one; 栏目: the column
# the system files the story under, which the page does not print over it)
# ...in brackets (【引题】…), or with a colon where the label can be nothing else (引题：…, 字数：2186,
# 正文： over the text)
# (类型：图片: the system's kind of the piece, read by no one; a two-character label may be
# spaced out to the width of a four-character one: 主　　题：…, 作　　者：…)
_COLON_FIELDS = ("引题", "肩题", "标题", "主标题", "副题", "副标题", "作者", "图片说明", "字数", "栏目", "正文",
                 "主题", "摄影", "类型")
_SPACED = "[ \u3000]{0,4}"
FIELD = re.compile(r"^\s*(?:【(" + "|".join(sorted(FIELD_NAMES, key=len, reverse=True)) + r")】"
                   r"|(" + "|".join(_SPACED.join(f) if len(f) == 2 else f for f in sorted(_COLON_FIELDS, key=len, reverse=True))
                   + r")\s*[:：]"
                   r"|[（(](图|图片)[）)](?=\s*\S))\s*")  # ...and （图）5月19日，…: a caption's label before it


def field_name(m: re.Match) -> str:
    """The label a FIELD match read, in any form."""
    return re.sub("[ \u3000]", "", m.group(1) or m.group(2) or "图说")
# A jump to or from another page: (下转第6版), (上接第5版); the page is group 1
_JUMP = r"\s*[（(]\s*(?:{way})第?\s*([0-9０-９一二三四五六七八九十A-Za-z]+)\s*版\s*[)）]\s*"
JUMP_TO = re.compile(_JUMP.format(way="下转|转") + "$")  # also at the end of a line of text
JUMP_FROM = re.compile("^" + _JUMP.format(way="上接|接") + "$")
JUMP_LEAD = re.compile("^" + _JUMP.format(way="上接|接"))  # ...and at the start of a line of text
# a Markdown copy's picture on a line of its own: ![图片](images/…jpg)
# the controls of a web page or an e-paper, bracketed or not (【纠错】, [打印本页], 上一版, 分享到：微信)
_CONTROL = (r"(?:【[^】\n]{1,12}】|[\[［][^\]］\n]{1,8}[\]］]|上一版|下一版|上一篇|下一篇|上一期|下一期|版面导航|标题导航"
            r"|PDF版?下载|PDF版|往期回顾|返回目录|返回顶部|返回首页|返回主站|打印本页|关闭窗口|复制链接|分享到\s*[:：]?"
            r"|微信|朋友圈|微博|QQ空间|QQ|收藏|打印|纠错|[<>«»‹›]{1,2})")
_PICTURE = r"^\s*!\[[^\]]*\]\([^)]*\)(?:\{[^}\n]*\})?\s*$"  # (and pandoc's size after it: {width="6.3in"})
PICTURE = re.compile(_PICTURE)
# a rule set between items (————————, ━━━━)
# (a web copy's ====== between articles; a repost's ◆ ◆ ◆ or ★★★)
_RULE = r"^\s*(?:[—－]{6,}|[━─═]{3,}|={6,}|~{6,}|#{6,}|(?:[◆◇●○■□★☆♦◈❖✦✧◎][ \u3000]*){3,})\s*$"
RULE = re.compile(_RULE)
# the labels of a sidebar box (链接, 相关阅读…), bracketed or not
SIDEBAR_WORDS = "链接|相关链接|新闻链接|知识链接|背景链接|相关阅读|延伸阅读|小贴士|记者手记|数读"
# the label over a web page's list of the page's titles (本版导读, 本版标题, 标题导航)
_CONTENTS_LABEL = r"(?:本版|本期|版面)?(?:标题|导读|目录|标题导航|版面导航|新闻导航|标题索引)"
CONTENTS_LABEL = re.compile(_CONTENTS_LABEL)
# Lines of the page's or the web page's furniture, never an item's text: staff credits
# (责任编辑：某某, 编辑：某某 审核：某某, 来源：某报), a jump to or from another page ((下转第6版)),
# a web page's controls (【字号 大 中 小】【打印本页】, 上一篇：…)
FURNITURE = re.compile(
    r"^\s*(?:[A-Da-d]?\d{1,3}[ \u3000]{2,})?(?:[\u4e00-\u9fff·・]{2,12}(?:专版|专刊|特刊|周刊)[ \u3000]{2,})?"
    r"(?:(?:本版责编|本版编辑|本期编辑|执行编辑|文字编辑|责任编辑|责编|美术编辑|图片编辑|值班编辑|主编|副主编|编辑|审核|校对|美编"
    r"|版式设计|版式|排版|组版|终审|审校|签发|来源|新闻热线|热线电话|投稿邮箱)"
    # 责任编辑：刘 畅　美编：孙 昊　3, and a repost's 审核｜巫 山
    r"\s*[:：｜|]\s*[^\s:：，,。；｜|]{1,24}(?:[ \u3000]{1,2}[^\s:：，,。；｜|]{1,2}(?![:：｜|]))?\s*)+(?:[A-Da-d]?\d{1,3}\s*)?$"
    rf"|^{_JUMP.format(way='下转|上接|转|接')}$"
    # ...and a row of its controls, its article's staff and links to the next, and its counts:
    # 【字号 大 中 小】【打印本页】, 【责任编辑：刘 颖】　【关闭窗口】　浏览次数：2316, 【返回顶部】　【上一篇：…】
    r"|^\s*(?:(?:【[^】]*(?:字号|字体|打印|关闭|收藏|分享|返回|纠错|推荐)[^】]*】|【\s*大\s*中\s*小\s*】"
    r"|【(?:责任编辑|编辑|责编|审核|校对|值班编辑|来源)\s*[:：][^】\n]{1,20}】|【(?:上一篇|下一篇)[:：][^】\n]{0,40}】)\s*)+"
    r"(?:(?:浏览次数|阅读次数|点击数|浏览量|阅读量|阅读)[:：]?\s*\d+\s*)*$"
    # ...and its row of the article's facts: [ 2023-09-14 ] [ 某日报 ] [ 浏览：1,286 ]
    r"|^(?=[^\n]*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|浏览|阅读|点击|来源|作者))\s*(?:[\[［][^\]］\n]{1,24}[\]］]\s*){2,}$"
    r"|^\s*(?:【[^】\n]*(?:上一版|下一版|版面|PDF|上一期|下一期|往期)[^】\n]*】\s*){2,}$"
    # a web site's footer: 某报社版权所有　皖ICP备05003017号, 未经授权不得转载, © 2024
    r"|^[^。！？\n]{0,40}(?:版权所有|ICP备|ICP证|Copyright|©)[^。！？\n]{0,80}。?$"
    r"|^[^。！？\n]{0,40}未经[^。！？\n]{0,4}(?:授权|许可)[^。！？\n]{0,20}(?:不得|禁止|严禁)[^。！？\n]{0,30}。?$"
    r"|^\s*(?:返回顶部|返回目录|返回首页|关闭窗口|打印本页)\s*$"
    r"|^\s*(?:字号|字体)\s*[:：]\s*(?:[大中小]\s*){2,3}$"  # 字号：大 中 小, without brackets
    r"|^\s*[\[【［](?:图片|图|视频|组图)[\]】］]\s*$|^\s*(?:图片|视频)\s*$"  # [图片]: where the web page showed a picture
    r"|^\s*[\[【［](?:点击)?(?:查看|放大)?(?:大图|原图|图片)[\]】］]\s*$"  # [点击查看大图]
    # a repost's note that its text is the paper's page (编者按：本文内容选自《某日报》…第4版…专版。)
    r"|^\s*编者按\s*[:：](?=[^\n]*(?:第\s*[0-9０-９一二三四五六七八九十]+\s*版|专版))(?=[^\n]*(?:选自|转发|转载|刊发|摘自))[^\n]{0,120}$"
    r"|^\s*(?:当前位置|您的位置|你的位置|您现在的位置|现在位置|您当前的位置|您当前位置)\s*[:：]"
    r"|^\s*首页\s*[|｜丨]"  # the site's menu (首页 | 要闻 | 区县)
    r"|^\s*(?:上一篇|下一篇)\s*[:：]"
    r"|^\s*首页\s*[>＞»]"  # a web page's breadcrumbs (首页 > 新闻中心 > 高新区专版)
    # a web page's header and footer: 来源：某报　作者：…　发布时间：…, 阅读量：2316, 分享到：微信 微博
    r"|^\s*来源\s*[:：][^\n]{0,60}?(?:作者|发布时间|发布日期|时间)\s*[:：]"
    r"|^\s*(?:责任编辑|编辑|作者)\s*[:：][^\n]{0,40}?(?:发布时间|发布日期)\s*[:：]"  # 编辑：吴岚　发布时间：…
    r"|^\s*作者\s*[:：][^\n]{0,40}?[ \u3000](?:来源|日期|浏览|浏览次数|点击)\s*[:：]"  # 作者：某某　　来源：某报　　日期：…
    # a web page's row of controls, after the page's number and name or not: [上一版]　[下一版]　[PDF下载],
    # 【纠错】　分享到：微信　朋友圈, 第A06版：某高新区　　[打印本页]　[关闭窗口], << 上一版　　下一版 >>
    rf"|^\s*(?:第\s*[A-Za-z]?[0-9０-９]{{1,3}}\s*版\s*[:：]?\s*[^\s:：]{{0,16}}[ \u3000]+)?(?:{_CONTROL}\s*){{2,}}$"
    # ...and its list of the paper's pages (第01版：要闻　第02版：要闻　第03版：综合…)
    r"|^\s*(?:第\s*[A-Za-z]?[0-9０-９]{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff]{2,8}[ \u3000]*){3,}$"
    r"|^\s*(?:发布时间|发布日期)\s*[:：]\s*[0-9０-９]"
    r"|^\s*(?:阅读量|阅读数|浏览量|浏览次数|点击量|点击数)\s*[:：]\s*[0-9０-９,，.万+]+\s*(?:次)?\s*$"
    r"|^\s*分享到\s*[:：]"
    r"|^\s*点击(?:上方|下方)?(?:蓝字|蓝色字|关注)[^。\n]{0,12}$"  # a WeChat repost's 点击蓝字 关注我们
    # ...the card of the account it was taken from: 以下文章来源于某日报 ，作者某日报 / 某日报. / 某日报社官方公众号，…
    r"|^\s*以下文章来源于"
    r"|^\s*[\u4e00-\u9fff]{2,8}(?:新闻网|日报网|晚报网|新闻中心)\s*$"  # a news site's name over its page (云浮新闻网)
    r"|^\s*(?:请输入|输入)?(?:关键字|关键词|搜索内容)?[ \u3000]*(?:搜索|检索)\s*$"  # ...and its search box (请输入关键字　搜索)
    rf"|^\s*{_PAPER}[.．]\s*$"
    r"|^[^。！？，,\n]{0,20}(?:官方)?(?:微信)?公众号[，,][^\n]{0,60}$"
    # ...its header: the account, when it posted and from where (某区发布　2024年07月16日 07:45　河北)
    r"|^[^。，,\n]{0,40}[ \u3000]+(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[ \u3000]+\d{1,2}:\d{2}(?:[ \u3000]+[\u4e00-\u9fff]{2,3})?\s*$"
    r"|^[^\n]{0,60}(?:[↓⬇👇][ \u3000]*){2,}$"  # ...and its lead-in pointing down at the page: 一起来看↓↓↓
    r"|^[^。\n]{0,80}(?:一起来看|快来看|请看)[——－\-—：:…。！!↓⬇👇\s]*$"  # 今天出版的《某日报》第5版…，一起来看——
    r"|^\s*[▼▽↓⬇👇]\s*$"  # a lone arrow down at what follows
    # a page's footer or running head: its section's name and its number set apart by spaces
    # (高新区专版　　　　　5, 6　　　　　某日报·高新区专版)
    r"|^\s*[\u4e00-\u9fff·・]{0,8}(?:专版|专刊|特刊|周刊)[ \u3000]{2,}[A-Da-d]?\d{1,3}\s*$"
    r"|^\s*[A-Da-d]?\d{1,3}[ \u3000]{2,}[\u4e00-\u9fff·・]{0,12}(?:专版|专刊|特刊|周刊)\s*$"
    # an export's record of the page and the export (报纸名称：…, 版　　次：第03版, 导出时间：…), and its title
    r"|^\s*(?:报纸名称|报纸|出版日期|版[ \u3000]{0,4}次|版[ \u3000]{0,4}名|导出时间|稿件数量|稿件数)\s*[:：]"
    r"|^[^。，,\n]{0,20}稿件导出[^。，,\n]{0,12}$"
    r"|^\s*[【\[]广告[】\]]"  # 【广告】某银行“惠企贷”火热办理中…: an advertisement set among the articles
    # a page header's staff set apart by spaces alone: 5 高新区专版 责任编辑 杜 鹃 美术编辑 邵 阳
    r"|^[^。！？，,\n]{0,20}(?:责任编辑|编辑|责编)[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}[ \u3000]+"
    r"(?:美术编辑|美编|校对|版式|组版|审核)[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,2}\s*$"
    # an app's article furniture: 字号 A－　A＋, 阅读 1.3万　点赞 86　评论 12, 打开某某日报APP，查看更多精彩内容 〉
    r"|^\s*字号\s*[:：]?\s*(?:A\s*[－\-+＋]?[ \u3000]*){1,3}(?:(?:收藏|分享|打印)[ \u3000]*)*$"
    r"|^[^。！？\n]{0,20}分享至[ \u3000:：]*(?:(?:微信|朋友圈|QQ空间|QQ|微博|钉钉)[ \u3000]*)+$"  # 点赞 31　分享至　微信　朋友圈
    rf"|^\s*{_PAPER}(?:新闻)?(?:客户端|APP|App)\s*$"  # 梧州日报客户端: the app's name over its page
    # its bar of reactions: 👍 52　　☆ 收藏　　↗ 分享 (a mark or a count before each word)
    r"|^(?=[^\n]*(?:收藏|分享|转发|点赞|在看|[\U0001F300-\U0001FAFF]))"
    r"\s*(?:[^\s\w]{0,2}\s*[0-9０-９.,万]*\s*(?:点赞|收藏|分享|转发|评论|在看|赞)?[ \u3000]*){2,}$(?<=[\d赞藏享发论看])"
    # a web page's controls before its links to the articles either side: 【打印本文】　【关闭窗口】　上一篇：…
    r"|^\s*(?:【[^】\n]{1,8}】[ \u3000]*)+(?:上一篇|下一篇)\s*[:：]"
    rf"|^\s*{_PAPER}[ \u3000]+\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \u3000]+\d{{1,2}}:\d{{2}})?[ \u3000]+(?:阅读|浏览)\s*[0-9０-９.,万]+\s*$"
    r"|^\s*[〈<‹]\s*返回(?:[ \u3000]|$)"  # 〈 返回　数字报　···: the app's top bar
    r"|^\s*(?:(?:阅读|点赞|评论|转发|分享|在看|收藏|浏览)\s*[:：]?\s*[0-9０-９.,万wW+]+[ \u3000]*){2,}$"
    r"|^[^。！？\n]{0,20}(?:打开|下载)[^。！？\n]{0,20}(?:APP|App|app|客户端)[^。！？\n]{0,6}(?:查看|阅读|看)[^。！？\n]{0,20}$"
    rf"|{_PICTURE}"
    # a web page's list of the page's titles: 本版导读 / ·高新区部署一季度重点工作
    rf"|^\s*{_CONTENTS_LABEL}\s*[:：]?\s*$|^\s*[·•]\s*[^\s·•][^·•]{{1,40}}(?<!。)$"
    r"|^\s*(?:-\s*){3,}$|^\s*(?:\*\s*){3,}$|^\s*(?:_\s*){3,}$|^\s*>\s*$"  # its rules (---) and empty quote lines
    r"|^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$"  # ...and a table's rule under its head row (| --- | --- |)
    rf"|{_RULE}"
    r"|^\s*作者\s*[:：]\s*$"  # a web page's author line left empty
    r"|^\s*[A-Da-d]?[0-9０-９]{1,3}\s*$"  # a page number on a line of its own (7, A6)
    r"|^\s*(?:PART|Part|part)\s*[.．]?\s*[0-9０-９]{1,2}\s*$"  # a repost's numbered block (PART 03)
    r"|^[^。，,！？\n]{0,30}报社(?:出版|主办|编辑出版)\s*$"  # the paper's imprint at the page's foot (XIANNING DAILY 咸宁日报社出版)
    r"|^\s*[A-Da-d]?[0-9０-９]{1,2}[ \u3000]+[\u4e00-\u9fff]{2,10}[·・][\u4e00-\u9fff]{2,10}\s*$"  # ...before the page's section (6 某高新区·园区镇街)
    rf"|^\s*{_PAPER}\s*[·・]?\s*[\u4e00-\u9fff]{{2,12}}(?:专版|专刊|特刊|周刊)\s*$"  # 榆林日报·高新区专版
    rf"|^\s*{_PAPER}[ \u3000]+\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:[ \u3000]+\d{{1,2}}:\d{{2}})?\s*$"  # an app's 梧州日报　2023-06-16 07:30
    # the page's section and number (高新区专版　第6版, 第A06版：高新区专版)
    rf"|^\s*(?:{_PAPER}\s*[·・|｜]?\s*)?(?:[\u4e00-\u9fff]{{2,12}}(?:专版|专刊|特刊|周刊)\s*[·・|｜]?\s*)?第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{{1,3}}\s*版"
    r"(?:\s*[:：·・|｜]?\s*[\u4e00-\u9fff]{2,12}(?:专版|专刊|特刊|周刊))?\s*$"
    r"|^\s*[—－\-–]{1,2}\s*[0-9０-９]{1,3}\s*[—－\-–]{1,2}\s*$"  # — 7 —
    # a page's header of section and staff (第6版 · 高新区专刊      编辑 唐 静  校对 周 明)
    r"|^\s*第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版[^。，,；]{0,30}?(?:责任编辑|编辑|责编|校对|美编)\s*[:：]?\s*[\u4e00-\u9fff][^。，,；]{0,30}$"
    r"|^\s*(?:版面导航|版面目录|本期导航)\s*[:：]"  # 版面导航：01版 要闻　02版 要闻…
    r"|^\s*本版共\s*\d+\s*篇(?:稿件|文章)?(?:[ \u3000]*[〉>»]?\s*切换版面)?\s*$"  # an app's 本版共12篇稿件　〉切换版面
    r"|^\s*第\s*[0-9０-９]{1,3}\s*页\s*(?:[/／共]\s*[0-9０-９]{1,3}\s*页?)?\s*$"  # 第7页 / 共12页
)
LEDE = re.compile(r"^(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|近日|日前|近年来|今年以来|年初以来|本报|新华社"
                  r"|据[《<][^》>]{1,20}[》>](?:报道|消息))")


SPACED_LABEL = re.compile(rf"[{HAN}](?:[ \u3000]{{1,3}}[{HAN}]){{1,7}}")


EMPHASIS = re.compile(r"^\s*([*_]{1,3})(\S(?:.*\S)?)\1\s*$")


def plain(text: str) -> str:
    """A line without the Markdown emphasis around it (*本报记者 李 想*, **2025年6月17日…**), to be
    known for what it is; the line itself keeps its marks."""
    t = re.sub(r"^\s*>\s*", "", text)  # and a blockquote's mark (> **链接**)
    m = EMPHASIS.match(t)
    return m.group(2) if m else t


# letters a scan reads for the digits they look like
LETTER_DIGITS = str.maketrans("OoIl〇", "00110")
# a number as a scan may have read it: digits and such letters, a decimal point between them,
# no word of letters around it (a number only where it holds a digit: 2O25, 1O.5, 0.l)
SCANNED_NUMBER = re.compile(r"(?<![A-Za-z.．\dOoIl〇])[\dOoIl〇](?:[.．]?[\dOoIl〇])*(?![A-Za-z])")


def ocr_digits(text: str) -> str:
    """Letters OCR reads for digits inside a number (2O25年3月2O日, 7月l4日, 2OO5年) read as the digits."""
    if not re.search(r"\d[Oo〇lI]|[Oo〇lI]\d", text):
        return text
    return SCANNED_NUMBER.sub(lambda m: m[0].translate(LETTER_DIGITS) if re.search(r"\d", m[0]) else m[0], text)


def label(text: str) -> str:
    """A short label with its characters spaced out (通 化 日 报, 简 讯, 更　正) read without
    the spaces, to be known for what it is; any other text as it is."""
    t = text.strip()
    return re.sub(r"[ \u3000]", "", t) if SPACED_LABEL.fullmatch(t) else text


def ends_sentence(text: str) -> bool:
    """True when the paragraph closes a sentence (so the next paragraph is not its continuation),
    or a table's row."""
    t = text.rstrip().rstrip(CLOSERS)
    # (a copy that turned the paper's 。 into a half-width point: 组织扑救. or 的"前哨". — not 第3. nor No.)
    before = t[:-1].rstrip(CLOSERS)
    return bool(t) and (t[-1] in SENTENCE_END + ":：" or (t[-1] == "." and bool(before) and not before[-1].isascii())
                        or table_line(t[t.rfind("\n") + 1:]))


# the numbered parts of a text: 一、…, （一）…
ORDINAL_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|[（(][一二三四五六七八九十]{1,3}[)）])")
# a table's row: a Markdown table's (| 王磊 | 某公司 |) or cells set apart by tabs, no sentence in them
TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$|^[^\t。！？；]{1,40}(?:\t+[^\t。！？；]{1,40})+\s*$")


def table_line(text: str, spaced: bool = True) -> bool:
    """A table's row: a Markdown table's or one with tabs; with `spaced`, also a line whose
    cells are set apart by full-width spaces (which a headline's halves may be too: the
    segmenter asks for it only among rows like it)."""
    return (TABLE_LINE.match(text) is not None and (text.count("|") >= 3 or "\t" in text.strip())) or (
        spaced and len(text) <= 80 and re.search(r"[^\s\u3000]\u3000{2,}[^\s\u3000]", text) is not None
        and not re.search("[，。；！？]", text))


def is_headingish(text: str, level: int = 0) -> bool:
    """A short line that closes no sentence: a headline part, banner or section head."""
    t = text.strip()
    if not t or (len(t) > MAX_HEADING and not level):
        return False
    # a question headline (企业为何争抢“科技副总”？) closes only itself; a question said in
    # quotes or asked in an interview (记者：…？) is text
    question = t[-1] in "？?" and len(t) <= 30 and t[0] not in "“「『‘\"" and not re.search("[:：]", t)
    if level and "。" not in t:
        return True  # ## 总投资30亿元！某项目签约: a heading the delivery marked, whatever its marks
    if any(c in (t[:-1] if question else t) for c in "。！？!?"):
        return False
    if t[-1] in "，,；;、“‘《（(【「『":
        return False  # a line that stops after a comma or an opening quote is half a sentence
    if t[0] in "“「" and t[-1] in "”」" and len(t) <= 24 and not level and t.count(t[0]) == 1:
        return True  # “学电脑，比挖煤还难”: a section head in quotes, whose words may hold a comma
    if LIST_LEAD.search(t):
        return False  # 获评“金牌工匠”的有:孔繁星… — a list in the text, not a headline
    if level or question:
        return True  # (a question headline may hold a comma: 一台汽保设备，如何卖到60多个国家？)
    return not re.search(r"[，,；;]", t)


def _spaced_names(tokens: list[str | None]) -> list[str]:
    """Single characters in a row are one name spaced out (曾 卫 -> 曾卫), not names of one
    character; four or six in a row are two-character names each (黄 鑫 饶 丹 -> 黄鑫, 饶丹): a
    paper spaces out a name of two to fill three, never a longer one."""
    out: list[str] = []
    run: list[str] = []

    def names(run: list[str]) -> list[str]:
        if len(run) in (4, 6):
            return ["".join(run[k: k + 2]) for k in range(0, len(run), 2)]
        return ["".join(run)] if run else []

    for tok in [x for x in tokens if x]:
        if len(tok) == 1 and re.match(f"[{HAN}]", tok):
            run.append(tok)
            continue
        if tok == "|":  # a wider space between two names spaced out (马 骁　金 戈)
            out += names(run)
            run = []
            continue
        out += names(run)
        run = []
        out.append(tok)
    return out + names(run)


# a web copy's credit labels set off by a bar (文字｜某某 摄影｜某某, 作者｜某某): the forms with a slash
_BAR_LABEL = re.compile(r"(文字|文|图片|图|摄影|摄|作者)\s*[｜|]\s*")
_AS_SLASH = {"文字": "文/", "文": "文/", "图片": "图/", "图": "图/", "摄影": "图/", "摄": "图/", "作者": "作者："}


def credit_form(text: str) -> str:
    """A credit's labels in the forms the byline patterns read (文字｜X 摄影｜Y as 文/X 图/Y);
    the names are not touched."""
    return _BAR_LABEL.sub(lambda m: _AS_SLASH[m.group(1)], text) if "|" in text or "｜" in text else text


def credit_names(text: str) -> dict[str, list[str]]:
    """Names in a byline or credit, by role: reporters, correspondents, photographers."""
    out: dict[str, list[str]] = {"reporters": [], "correspondents": [], "photographers": []}
    t = re.sub(rf"^{MARK}\s*", "", credit_form(plain(text)).strip())
    t = re.sub(rf"^{_SHOT}(?=\S)", "", t)  # 无人机航拍　记者 某某 摄: how it was taken, no one's name
    if FILE_PICTURE.fullmatch(t):
        return out  # （资料图片）: a file picture, no one named
    t = re.sub(r"^[(（]\s*|\s*[)）]$", "", t)
    t = re.sub(r"^(?:作者\s*[:：]|【作者】)\s*", "", t)  # a web page's or an e-paper's author line
    t = re.sub(r"^【摄影】\s*", "摄影：", t)  # ...and its photographer's field
    t = re.sub(rf"^{OWN_PAPER}(?={ROLE})", "", t)  # 泰安日报首席记者: the paper's name, no one's
    # 文/图 本报记者 张三, 通讯员 赵翔宇 文/图: text and pictures by the same people, each keeping
    # the role printed (no role: a reporter), and each a photographer too
    before, after = re.match(rf"{TEXT_PHOTO}\s*[/／:：]?\s*", t), re.search(rf"\s+(?:{TEXT_PHOTO})$", t)
    if before or after:
        names = credit_names(t[before.end():] if before else t[: after.start()])
        return {**names, "photographers": names["reporters"] + names["correspondents"] + names["photographers"]}
    after_name = re.match(r"(.+?)\s*[/／]\s*文(?:\s+(.+?)\s*[/／]\s*图)?$", t)
    if after_name:  # 蒋 涛/文　韦 丹/图: the writer, then who took the picture
        text_by = credit_names(after_name.group(1))
        photo_by = credit_names(after_name.group(2) or "")
        return {"reporters": text_by["reporters"], "correspondents": text_by["correspondents"],
                "photographers": [n for names in photo_by.values() for n in names]}
    if (story := re.search(r"\s*摄影报道$", t)) and story.start() > 0:
        # 全媒体记者 高 原 摄影报道: pictures and the words with them, by the same people
        names = credit_names(t[: story.start()])
        return {**names, "photographers": names["reporters"] + names["correspondents"]}
    split = re.match(r"文\s*[/／:：]\s*(.+?)\s+(图\s*[/／:：].+)$", t)
    if split:  # 文/本报记者 林晓彤 图/本报记者 钟伟强: each part its own role
        text_by, photo_by = credit_names(split.group(1)), credit_names(split.group(2))
        return {"reporters": text_by["reporters"], "correspondents": text_by["correspondents"],
                "photographers": photo_by["photographers"]}
    if re.match(r"图片由", t) or re.search(r"评论员$", t):
        return out  # a company's picture, the paper's commentator: no one's name
    photo = bool(re.search(r"摄影?$|供图$", t) or re.match(PHOTO_PREFIX, t))
    t = re.sub("^" + PHOTO_PREFIX + r"|^文\s*[/／:：]\s*|^(?:本报|特约)?评论员\s*", "", t)
    t = re.sub(r"\s*(文/图|文／图|图/文|文图|[/／]?\s*摄影|[/／]?\s*摄|供图|报道|整理)$", "", t)
    t = re.sub(r"\s+[文图]$", "", t)
    t = re.sub(rf"本报(?={ROLE})", "", t)  # 本报通讯员 颜斌: the paper's, no one's name
    role = None
    t = re.sub(rf"(?<=(?<![{HAN}])[{HAN}] [{HAN}])(?:\u3000+|\s{{2,}})(?=[{HAN}] [{HAN}](?![{HAN}]))", " | ", t)
    for tok in _spaced_names(re.split(rf"({ROLE})|{SEP}", t)):
        if not tok:
            continue
        if tok in ROLE_WORDS:
            role = "correspondents" if tok in CORRESPONDENTS else "reporters"
            continue
        if not re.fullmatch(NAME, tok):
            continue
        if photo:
            out["photographers"].append(tok)
        else:
            out[role or "reporters"].append(tok)
    return out


def bigrams(text: str) -> set[str]:
    t = re.sub(rf"[^{HAN}A-Za-z0-9]", "", text)
    return {t[i : i + 2] for i in range(len(t) - 1)}


def overlap(a: str, b: str) -> float:
    """Share of a's character bigrams that also occur in b."""
    ga = bigrams(a)
    return len(ga & bigrams(b)) / len(ga) if ga else 0.0


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """ASCII for ids and URLs: the pinyin of Chinese characters, other letters kept."""
    s = "".join(lazy_pinyin(text, errors=lambda x: [c for c in x]))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "x"
