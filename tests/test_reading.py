"""Bulletins of our own making, laid out differently from the samples: other break points,
other banners, other heading styles, bylines at the other end. The rules must read them too."""

import re
import shutil

from conftest import CONTENT, read_text
from pipeline.link import flat


def titles(b):
    return [it.title for it in b.items]


FEATURE = """
## 喜迎新春 共谋发展

# 示范区召开经济工作会议

本报讯(记者 张明远 通讯员 李华)3月5日上午,示范区召开经济工作会议。区党工委书记王建国主持会议并讲话。

会议强调,要坚定信心、全力以赴推动

开局起步

经济高质量发展,确保完成全年目标任务。

王建国指出,要加强项目建设,狠抓招商

引资,扩大有效投资。



3月6日,某某科技有限公司的工人在生产线上忙碌。

通讯员 赵小六 摄

奋力冲刺二季度

新材料产业园区:

园区企业订单饱满

本报讯 近日,新材料产业园区多家企业订单饱满,生产线满负荷运转。

记者 孙晓东
"""


def test_banner_inside_a_sentence_is_layout_and_the_sentence_is_joined(registers):
    b = read_text(FEATURE, registers)
    first = b.items[0]
    assert first.title == "示范区召开经济工作会议"
    assert first.kicker == "喜迎新春 共谋发展"  # printed right above the title
    assert "推动经济高质量发展" in first.body
    assert "开局起步" not in first.body
    assert "招商引资,扩大有效投资" in first.body
    assert "开局起步" in [f.text for f in b.fragments]


def test_bylines_at_both_ends_and_credits(registers):
    b = read_text(FEATURE, registers)
    art, photo, last = b.items
    assert art.reporters == ["张明远"] and art.correspondents == ["李华"]
    assert photo.kind == "photo" and photo.photographers == ["赵小六"] and photo.byline == "通讯员 赵小六 摄"
    assert photo.date is None  # 3月6日, but no year printed and no sidecar: unknown
    assert last.reporters == ["孙晓东"] and last.byline == "记者 孙晓东"
    assert last.title == "园区企业订单饱满" and last.kicker == "新材料产业园区:"
    assert "奋力冲刺二季度" in [f.text for f in b.fragments]
    assert [p.name for p in art.people] == ["王建国"]


def test_heading_levels_are_hints_not_rules(registers):
    # the same page with no Markdown at all, and with levels the other way round
    # no Markdown at all, every line at the same level, and levels on a few lines only:
    # where the levels single out no line, the position in the heading group decides
    plain = re.sub(r"(?m)^#+ ", "", FEATURE)
    flat_levels = re.sub(r"(?m)^(?!本报讯|记者|通讯员)(?=[^,。\n]+$)", "## ", plain)
    partial = plain.replace("园区企业订单饱满", "### 园区企业订单饱满")
    for text in (plain, flat_levels, partial):
        b = read_text(text, registers)
        assert [it.kind for it in b.items] == ["article", "photo", "article"]
        assert b.items[0].title == "示范区召开经济工作会议"
        assert b.items[2].title == "园区企业订单饱满"


HEADLINE_AFTER = """本报讯(记者 周文)4月2日下午,某区召开安全生产工作会议,部署下阶段安全生产工作。

会议要求,要压实责任,确保安全。

某区召开安全生产工作会议

抓项目 促发展

某区重点项目建设提速

本报讯(记者 周文)今年以来,某区聚焦重点项目建设,加快推进

项目开工。截至目前,已有12个项目开工建设,总投资

45亿元。

某区启动春季植树活动
"""


def test_headline_printed_after_its_article(registers):
    b = read_text(HEADLINE_AFTER, registers)
    assert titles(b) == ["某区召开安全生产工作会议", "某区重点项目建设提速"]
    assert b.items[1].kicker == "抓项目 促发展"
    assert "加快推进项目开工" in b.items[1].body
    assert "总投资45亿元" in flat(b.items[1].body)
    # a trailing headline that matches no title-less article stays layout text
    assert "某区启动春季植树活动" in [f.text for f in b.fragments]


TRUNCATED = """# 园区服务再升级

本报讯 近日,园区推出“一站式”服务,企业办事时间大幅缩短,园区负责人介绍说,下一步将继续

# 企业技改加速

本报讯 今年以来,区内企业加快技术改造步伐。
"""


def test_article_cut_off_by_the_page_is_marked(registers):
    b = read_text(TRUNCATED, registers)
    assert [it.truncated for it in b.items] == [True, False]
    assert b.items[0].body.endswith("下一步将继续")


SUBTITLE_AND_SECTIONS = """
奋进新征程 建功新时代
——某高新区2023年工作综述

2023年,某高新区坚持创新驱动,经济运行稳中向好。

抓创新 增动能

该区加大研发投入,新增高新技术企业20家。

优服务 强保障

该区深化“放管服”改革,营商环境持续优化。

(本报记者 钱立 通讯员 孙一)



走进新车间

5月4日,工人在新车间调试设备。 吴青 摄
"""


def test_feature_with_subtitle_and_section_heads(registers):
    b = read_text(SUBTITLE_AND_SECTIONS, registers)
    feat, photo = b.items
    assert feat.title == "奋进新征程 建功新时代"
    assert feat.subtitle == "——某高新区2023年工作综述"
    assert [p.text for p in feat.paragraphs if p.head] == ["抓创新 增动能", "优服务 强保障"]
    assert feat.reporters == ["钱立"] and feat.correspondents == ["孙一"]
    assert photo.kind == "photo" and photo.title == "走进新车间" and photo.photographers == ["吴青"]
    assert photo.body == "5月4日,工人在新车间调试设备。"


def test_caption_set_right_under_an_article(registers):
    text = "本报讯 3月1日,某区开展植树活动。\n\n参与群众达500人。\n\n3月1日,志愿者在栽种树苗。\n\n本报记者 郑一 摄\n"
    b = read_text(text, registers)
    assert [it.kind for it in b.items] == ["article", "photo"]
    assert b.items[1].body == "3月1日,志愿者在栽种树苗。"
    assert b.items[0].body.endswith("参与群众达500人。")


def test_dates_with_publication_date_across_new_year(registers):
    text = "本报讯 12月30日,某区召开年终总结会。\n\n本报讯 1月2日,某区召开新年第一会。\n"
    b = read_text(text, registers, meta={"date": "2024-01-03"})
    assert [it.date for it in b.items] == ["2023-12-30", "2024-01-02"]
    # the year follows from the exact publication date the sidecar gives: not marked as a guess
    assert not any(it.date_inferred for it in b.items)
    assert all("出版日期 2024-01-03" in (it.date_evidence or "") for it in b.items)
    b = read_text("本报讯 2022年8月8日,某区召开会议。\n", registers)
    assert b.items[0].date == "2022-08-08" and b.items[0].date_inferred is False
    b = read_text("本报讯 8月8日,某区召开会议。\n", registers)
    assert b.items[0].date is None  # no year anywhere: unknown, not guessed
    # a line OCR spaced out a character at a time keeps its date
    b = read_text("3 月 2 5 日 ， 区 市 场 监 督 管 理 局 开 展 专 项 检 查。\n", registers, meta={"date": "2024-03-29"})
    assert b.items[0].date == "2024-03-25"


def test_district_from_clues_with_evidence_and_sidecar_first(registers):
    b = read_text("本报讯 鹰城高新区召开会议,平顶山市领导出席。\n", registers)
    assert b.district.value == "pingdingshan" and b.district.inferred
    assert any("鹰城" in e for e in b.district.evidence)
    b = read_text("本报讯 鹰城高新区召开会议。\n", registers, meta={"district": "zhengzhou"})
    assert b.district.value == "zhengzhou" and not b.district.inferred
    b = read_text("本报讯 某地高新区召开会议。\n", registers)
    assert b.district.value is None


def test_people_with_titles_lists_and_no_false_names(registers):
    text = ("本报讯 5月6日,市委副书记、区党工委书记陈立新主持召开会议,区领导马骏、何静、"
            "欧阳明出席会议。会议指出,要为群众解难题,高度重视安全。陈立新强调,党员干部要带头。\n")
    b = read_text(text, registers)
    people = {p.name: p for p in b.items[0].people}
    assert set(people) == {"陈立新", "马骏", "何静", "欧阳明"}
    assert "市委副书记、区党工委书记" in people["陈立新"].roles
    assert len(people["陈立新"].mentions) == 2


def test_recombined_bulletins_with_fresh_damage_read_back(registers):
    """The samples' items, laid out anew (other heading styles, column breaks at random
    places, banners between items, captions after big gaps) in 200 bulletins: the reader
    finds the same items and titles almost every time."""
    import random
    import sys

    from conftest import CONTENT, ROOT

    sys.path.insert(0, str(ROOT / "bench"))
    import synth

    pool = synth.pool(CONTENT)
    rng = random.Random(11)
    right, titles, total = 0, 0, 0
    for _ in range(200):
        chosen = [it for _, it in rng.sample(pool, rng.randint(3, 8))]
        parts = []
        for j, it in enumerate(chosen):
            if j and rng.random() < 0.3:
                parts.append("\n\n".join(rng.sample(synth.BANNERS, rng.randint(1, 3))) + "\n\n\n")
            parts.append(synth.render_item(it, rng, 3))
        b = read_text("\n\n".join(parts), registers)
        got = [it.title for it in b.items]
        right += len(b.items) == len(chosen)
        titles += sum(1 for it in chosen if it.title in got or it.title is None)
        total += len(chosen)
    assert right >= 0.97 * 200, right
    assert titles >= 0.97 * total, (titles, total)


def test_sidecar_segmentation_fixes(registers):
    text = ("本报讯 3月1日,某区召开会议,部署全年工作。\n\n"        # line 1
            "会议要求,各部门要抓好落实。\n\n"                      # line 3
            "某区举办招聘会,提供岗位300个。\n\n"                   # line 5: a second report printed without dateline
            "全力以赴\n\n"                                         # line 7: looks like a section head
            "现场达成意向120人。\n")
    plain = read_text(text, registers)
    assert len(plain.items) == 1
    fixed = read_text(text, registers, meta={"item_starts": [5], "layout_lines": [7]})
    assert [it.body.split("\n\n")[0][:6] for it in fixed.items] == ["本报讯 3月", "某区举办招聘"]
    assert [f.text for f in fixed.fragments] == ["全力以赴"]
    assert fixed.items[1].body.endswith("现场达成意向120人。")


def test_photo_credit_forms(registers):
    from pipeline.text import credit_names

    for credit, names in (("本报记者 马雅宁 摄", ["马雅宁"]), ("（记者 王伟 摄）", ["王伟"]), ("图/本报记者 张三", ["张三"]),
                          ("摄影：李四 王五", ["李四", "王五"]), ("李骁迪 摄", ["李骁迪"])):
        b = read_text(f"\n\n\n3月1日,工人在车间忙碌。\n\n{credit}\n", registers)
        assert [it.kind for it in b.items] == ["photo"], credit
        assert b.items[0].photographers == names and b.items[0].byline == credit
        assert credit_names(credit)["photographers"] == names
        b = read_text(f"3月1日,工人在车间忙碌。{credit}\n", registers)
        assert b.items[0].kind == "photo" and b.items[0].body == "3月1日,工人在车间忙碌。", credit


def test_dateline_forms(registers):
    text = ("# 甲\n\n本报郑州12月7日讯（记者 张明 通讯员 李强）当日,某区召开会议。\n\n"
            "# 乙\n\n新华社北京12月8日电（记者 王立）某部门发布通知。\n\n# 丙\n\n本报讯 近日,某区开展活动。\n")
    b = read_text(text, registers, meta={"year": 2017})
    assert [it.title for it in b.items] == ["甲", "乙", "丙"]
    assert b.items[0].reporters == ["张明"] and b.items[0].correspondents == ["李强"]
    assert b.items[1].reporters == ["王立"]
    assert [it.date for it in b.items] == ["2017-12-07", "2017-12-08", None]


def test_byline_printed_under_the_headline(registers):
    text = "# 某区召开会议\n\n记者 周文 通讯员 何方\n\n3月2日,某区召开会议。\n\n会议要求抓好落实。\n\n# 另一篇\n\n本报讯 近日,某区开展活动。\n"
    b = read_text(text, registers)
    first = b.items[0]
    assert first.title == "某区召开会议" and first.reporters == ["周文"] and first.correspondents == ["何方"]
    assert first.byline == "记者 周文 通讯员 何方" and first.body.startswith("3月2日")
    assert first.body.endswith("会议要求抓好落实。") and not b.fragments


def test_a_banner_set_between_big_gaps_inside_an_article_is_layout(registers):
    """A page whose headlines sit on their text prints a line alone between big gaps as a
    banner: the article it falls into goes on after it."""
    text = ("# 某区召开项目推进会\n本报讯(记者 周文)3月2日,某区召开项目推进会。\n\n会议听取了各项目进展情况。\n\n\n\n"
            "凝心聚力谋发展 砥砺奋进新征程\n\n\n\n会议要求,各部门要压实责任,确保项目早日投产。\n\n"
            "# 另一篇报道\n本报讯(记者 何方)3月3日,某区开展培训。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开项目推进会", "另一篇报道"]
    assert b.items[0].body.endswith("确保项目早日投产。") and b.items[0].reporters == ["周文"]
    assert "凝心聚力谋发展 砥砺奋进新征程" in [f.text for f in b.fragments]
    # where headlines stand apart from their text too, the gaps say nothing: a headline
    spaced = text.replace("项目推进会\n本报讯", "项目推进会\n\n\n本报讯").replace("报道\n本报讯", "报道\n\n\n本报讯")
    assert titles(read_text(spaced, registers)) == ["某区召开项目推进会", "凝心聚力谋发展 砥砺奋进新征程", "另一篇报道"]


def test_a_marked_headline_after_a_dated_report_starts_the_next_item(registers):
    text = ("# 某区召开会议\n\n本报讯(记者 周文)3月2日,某区召开会议。\n\n区领导赵一、钱二参加会议。\n\n▲ 一座工厂的十年\n\n"
            "走进某某科技有限公司的车间,机器轰鸣。\n\n（记者 何方）\n")
    b = read_text(text, registers)
    assert len(b.items) == 2 and b.items[0].body.endswith("参加会议。")
    assert b.items[1].title.endswith("一座工厂的十年") and b.items[1].reporters == ["何方"]


def test_a_dateline_broken_over_two_lines_opens_one_item(registers):
    text = "# 某区召开推进会\n\n本报洛水3月\n\n2日讯(记者 周文)当日,某区召开推进会。\n\n会议要求抓好落实。\n"
    b = read_text(text, registers, meta={"year": 2024})
    assert titles(b) == ["某区召开推进会"] and not b.fragments
    first = b.items[0]
    assert first.body.startswith("本报洛水3月2日讯") and first.date == "2024-03-02" and first.reporters == ["周文"]


def test_a_masthead_line_is_layout_not_a_kicker(registers):
    masthead = "某某日报 2024年3月5日 星期二 第4版 高新区专刊"
    b = read_text(f"{masthead}\n\n# 某区召开推进会\n\n本报讯(记者 周文)3月2日,某区召开推进会。\n", registers)
    assert b.items[0].title == "某区召开推进会" and b.items[0].kicker is None
    assert masthead in [f.text for f in b.fragments]


def test_supplied_pictures_signed_pieces_and_commentaries(registers):
    text = ("# 车间里的新设备\n\n3月1日,工人在车间调试新设备。\n通讯员 章明 供图\n\n"
            "3月2日,市民在展馆参观。\n图片由某某科技有限公司提供\n\n"
            "# 让服务跑在需求前面\n\n文/江川\n\n一张服务卡,解决了企业的大难题。\n\n"
            "# 以实干赢得发展\n\n本报评论员\n\n发展是第一要务。\n")
    b = read_text(text, registers)
    photo1, photo2, signed, comment = b.items
    assert photo1.kind == "photo" and photo1.photographers == ["章明"]
    assert photo2.kind == "photo" and photo2.photographers == [] and photo2.body == "3月2日,市民在展馆参观。"
    assert signed.title == "让服务跑在需求前面" and signed.subtitle is None and signed.reporters == ["江川"]
    assert comment.title == "以实干赢得发展" and comment.subtitle is None and comment.byline == "本报评论员"
    assert comment.reporters == [] and comment.body == "发展是第一要务。"


def test_a_reprint_under_its_headline_after_a_dated_report_is_its_own_item(registers):
    text = ("# 甲\n\n新华社北京3月1日电（记者 王立）某部门发布通知。\n\n通知要求抓好落实。\n\n某区入选示范园区\n\n"
            "据《某某日报》报道 日前,某区入选首批示范园区。\n")
    b = read_text(text, registers)
    assert titles(b) == ["甲", "某区入选示范园区"] and b.items[1].body.startswith("据《某某日报》报道")


def test_a_list_on_its_leads_line_and_a_table_stay_in_their_article(registers):
    text = ("# 某区表彰先进\n\n本报讯(记者 周文)3月2日,某区表彰一批先进个人。\n\n获评“创新之星”的有:欧阳立新　濮阳辰　缪晓丹\n\n"
            "获评“金牌工匠”的有:孔繁星赵一鸣沈丽娟\n\n会议要求再接再厉。\n\n# 某区新增企业\n\n本报讯(记者 何方)近日,某区新增企业。以下为部分企业:\n\n"
            "企业名称\n所属领域\n某某微电子有限公司\n集成电路\n\n● 声谷\n# 语音产业势头强\n\n本报讯(记者 何方)走进声谷,展厅里人头攒动。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区表彰先进", "某区新增企业", "语音产业势头强"]
    assert b.items[0].body.endswith("会议要求再接再厉。") and b.items[2].kicker == "声谷"  # the mark is layout
    assert "集成电路" in b.items[1].body
    names = [p.name for p in b.items[0].people]
    assert names == ["欧阳立新", "濮阳辰", "缪晓丹", "孔繁星", "赵一鸣", "沈丽娟"]


def test_a_column_label_in_brackets_is_no_title(registers):
    b = read_text("【镜头·园区】\n\n生产线上赶订单\n3月8日,工人在检查产品。\n本报记者 冉秋 摄\n", registers)
    assert b.items[0].title == "生产线上赶订单" and b.items[0].kind == "photo"


def test_page_and_web_furniture_is_layout_and_the_masthead_gives_the_year(registers):
    text = ("某某日报  2024年4月9日  星期二\n高新区专刊\n\n首页 > 新闻中心 > 高新区专版\n\n# 某区召开推进会\n\n"
            "本报讯（记者 周文）4月8日上午，某区召开推进会，要求逐项明确责任\n7\n2024年4月9日 星期二  高新区专刊  8\n"
            "人和完成时限。\n\n责任编辑：齐东\n\n# 另一篇报道\n\n本报讯（记者 何方）4月7日，某区开展培训。\n\n"
            "编辑：付琪 审核：齐东\n\n【字号 大 中 小】 【打印本页】 【关闭窗口】\n\n（下转第6版）\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开推进会", "另一篇报道"] and b.items[0].kicker is None
    assert "逐项明确责任人和完成时限。" in b.items[0].body
    assert [it.date for it in b.items] == ["2024-04-08", "2024-04-07"]  # the year of the masthead
    layout = [f.text for f in b.fragments]
    assert {"高新区专刊", "7", "责任编辑：齐东", "编辑：付琪 审核：齐东", "（下转第6版）"} <= set(layout)


def test_a_correction_notice_is_its_own_item(registers):
    text = "# 某区开展检查\n\n本报讯（记者 周文）近日，某区开展消防检查。\n\n更正：本报3月7日第5版一文中，“韦俊明”应为“韦峻明”，特此更正。\n"
    b = read_text(text, registers)
    assert len(b.items) == 2 and b.items[1].body.startswith("更正：")
    assert b.items[0].body == "本报讯（记者 周文）近日，某区开展消防检查。"


def test_rosters_printed_with_spaces_or_nothing_between_names_are_text_and_people(registers):
    text = ("# 某区表彰先进\n\n本报讯（记者 周文）3月2日，某区表彰优秀科技工作者，名单如下。\n\n"
            "丁一凡 马晓雯 王梓豪 卞学军 刘嘉怡\n\n孔繁星赵一鸣沈丽娟袁浩然\n\n会议要求再接再厉。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区表彰先进"] and b.items[0].body.endswith("会议要求再接再厉。")
    assert [p.name for p in b.items[0].people] == ["丁一凡", "马晓雯", "王梓豪", "卞学军", "刘嘉怡",
                                                    "孔繁星", "赵一鸣", "沈丽娟", "袁浩然"]


def test_a_credit_is_found_at_the_end_of_a_long_line_as_in_the_whole_line():
    """The credit is looked for in the line's tail only (from every space of a long line of
    names the pattern read on to the end): same finds as the whole line, on long lines."""
    from pipeline.text import CREDIT, credit_search

    body = "3月1日,工人在车间忙碌,生产线满负荷运转。" * 12
    for credit in ("本报记者 张三 摄", "（本报记者 张三 李四 王五 通讯员 赵六 摄）", "图/本报记者 李四", "通讯员 祁元 供图",
                   "图片由某某科技有限公司提供", "张三 李四 " * 3 + "摄x", ""):
        line = body + credit
        whole, tail = CREDIT.search(line), credit_search(line)
        assert (whole and whole.span()) == (tail and tail.span()), credit


def test_a_roster_under_its_own_heading_stays_in_the_article_that_announces_it(registers):
    text = ("# 某区召开表彰大会\n\n本报讯（记者 周文）3月2日，某区召开表彰大会，宣读了表彰名单。\n\n"
            "2024年度“优秀科技工作者”名单\n（按姓氏笔画排序）\n丁一凡 马晓雯 王梓豪 卞学军 刘嘉怡\n\n会议要求再接再厉。\n\n"
            "# 另一篇报道\n\n本报讯（记者 何方）3月3日，某区开展培训。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开表彰大会", "另一篇报道"] and b.items[0].body.endswith("会议要求再接再厉。")
    assert [p.name for p in b.items[0].people] == ["丁一凡", "马晓雯", "王梓豪", "卞学军", "刘嘉怡"]
    heads = [p.text for p in b.items[0].paragraphs if p.head]
    assert heads == ["2024年度“优秀科技工作者”名单", "（按姓氏笔画排序）"]


def test_an_editors_note_under_a_headline_belongs_to_the_report_it_introduces(registers):
    text = ("某某日报 2024年9月4日 星期三\n\n# 聚焦园区新动能\n\n编者按：即日起，本报推出系列报道，记录园区企业的奋斗故事。\n\n"
            "本报讯（记者 罗青山 通讯员 甘小雨）9月3日，某区一家传感器企业新产线投产。\n\n"
            "# 某区举办招聘会\n\n本报讯（记者 罗青山）9月2日，某区举办秋季招聘会。\n")
    b = read_text(text, registers)
    assert titles(b) == ["聚焦园区新动能", "某区举办招聘会"]
    first = b.items[0]
    assert first.body.startswith("编者按：") and "9月3日，某区一家传感器企业" in first.body
    assert (first.reporters, first.correspondents) == (["罗青山"], ["甘小雨"])
    assert first.date is not None and first.date.endswith("-09-03")


def test_a_correction_gives_no_event_date(registers):
    text = ("某某日报 2024年5月9日 星期四\n\n# 某区开展检查\n\n本报讯（记者 周文）5月8日，某区开展消防检查。\n\n"
            "更正：本报5月7日第5版一文中，“韦俊明”应为“韦峻明”，特此更正。\n")
    b = read_text(text, registers)
    assert b.items[0].date is not None and b.items[0].date.endswith("-05-08")
    assert b.items[1].date is None


def test_a_pull_quote_is_layout_and_its_sentence_is_read_where_it_stands(registers):
    text = ("# 某区召开人才工作会\n\n本报讯（记者 周文）4月2日，某区召开人才工作会议。\n\n"
            "“人才是第一资源，也是最活跃的要素”\n\n"
            "会上，区委书记郑怀远说：“人才是第一资源，也是最活跃的要素。我们要拿出真金白银。”\n\n"
            "# “人才是第一资源”的三个注脚\n\n本报评论员 近日，某区召开人才工作会议。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开人才工作会", "“人才是第一资源”的三个注脚"]
    assert "最活跃的要素”\n" not in b.items[0].body and b.items[0].body.count("人才是第一资源") == 1
    assert any(f.text == "“人才是第一资源，也是最活跃的要素”" for f in b.fragments)


def test_an_article_continued_on_another_page_is_one_item(registers):
    text = ("某某日报 2024年9月4日 星期三\n\n# 园区产业链加速成链\n\n"
            "本报讯（记者 罗青山）9月3日，记者走进某区电子产业园。今年以来，园区新落地项目\n\n（下转第6版）\n\n\n"
            "# 某区举办招聘会\n\n本报讯（记者 甘小雨）9月2日，某区举办秋季招聘会。\n\n\n"
            "某某日报专版  第6版\n\n（上接第5版）\n\n"
            "19个，总投资额超过150亿元。“配套全了，成本降了。”企业负责人景文轩说。\n\n\n"
            "# 某区启动消防检查\n\n本报讯（记者 甘小雨）9月1日，某区启动消防检查。\n")
    b = read_text(text, registers)
    assert titles(b) == ["园区产业链加速成链", "某区举办招聘会", "某区启动消防检查"]
    first = b.items[0]
    assert "园区新落地项目19个，总投资额超过150亿元" in first.body and not first.truncated
    assert "景文轩" in [p.name for p in first.people]
    assert {f.text for f in b.fragments} >= {"（下转第6版）", "（上接第5版）"}
    assert [it.body.count("招聘会") for it in b.items] == [0, 1, 0]


def test_a_jump_line_before_a_new_report_does_not_join_it(registers):
    text = ("# 园区产业链加速成链\n\n本报讯（记者 罗青山）9月3日，记者走进某区电子产业园。\n\n（下转第6版）\n\n\n"
            "（上接第5版）\n\n# 某区举办招聘会\n\n本报讯（记者 甘小雨）9月2日，某区举办秋季招聘会。\n")
    b = read_text(text, registers)
    assert titles(b) == ["园区产业链加速成链", "某区举办招聘会"]


def test_a_running_header_of_paper_and_date_is_layout_and_the_sentence_it_cut_is_joined(registers):
    text = ("# 园区产业链加速成链\n\n本报讯（记者 罗青山）9月3日，记者走进某区电子产业园。今年园区实现产值4\n\n"
            "某某日报·高新区专刊                              2024年9月4日\n\n"
            "86亿元，同比增长12%。\n")
    b = read_text(text, registers)
    assert "产值486亿元" in b.items[0].body and "某某日报" not in b.items[0].body
    assert any("某某日报·高新区专刊" in f.text for f in b.fragments)


def test_text_by_one_and_pictures_by_another_is_a_byline_not_a_headline(registers):
    text = ("# 海湾里的追光者\n\n文/本报记者 苗青禾 图/本报记者 滕远山\n\n"
            "在海湾畔的一家光电企业实验室里，一束激光穿过层层镜片。\n")
    b = read_text(text, registers)
    it = b.items[0]
    assert it.title == "海湾里的追光者" and it.reporters == ["苗青禾"] and it.photographers == ["滕远山"]


def test_a_dateline_naming_its_reporter_without_brackets_gives_the_byline(registers):
    text = "# 夜校开课\n\n本报讯 记者 苗青禾\n5月10日晚，某区“人才夜校”春季班开课。\n"
    b = read_text(text, registers)
    assert b.items[0].reporters == ["苗青禾"] and b.items[0].title == "夜校开课"


def test_a_subtitle_with_a_comma_over_a_bare_dateline_stays_in_the_headline(registers):
    text = ("某某日报 2024年6月18日 星期二\n\n\n中意机器人合作项目落户某区\n总投资8亿元，主要生产协作机器人关节\n本报讯\n"
            "6月14日，意方企业与某区管委会签署合作协议。\n")
    b = read_text(text, registers)
    assert len(b.items) == 1
    it = b.items[0]
    assert (it.title, it.subtitle) == ("中意机器人合作项目落户某区", "总投资8亿元，主要生产协作机器人关节")
    assert it.body.startswith("本报讯") and it.date is not None and it.date.endswith("-06-14")


def test_marks_and_a_briefs_column_label_are_layout(registers):
    text = ("# 某区召开大会\n\n本报讯（记者 周文）3月2日，某区召开大会。\n\n\n■园区简讯\n\n"
            "●3月6日，某区举办校企对接会，32家企业与高校签约。\n\n●近日，某区政务服务中心推出一窗通服务。\n\n\n"
            "▲某区启动消防检查\n\n本报讯（记者 周文）3月1日，某区启动消防检查。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开大会", None, None, "某区启动消防检查"]
    assert b.items[1].body.startswith("3月6日") and b.items[2].body.startswith("近日")
    assert {"■园区简讯", "●", "▲"} <= {f.text for f in b.fragments}


def test_a_reposts_ornament_rows_lead_in_and_briefs_under_triangles(registers):
    """A WeChat repost of the page: 点击蓝字 关注我们 and its lead-in pointing down (一起来看↓↓↓) are
    the repost's; ◆ ◆ ◆ between stories is a rule, no kicker; under a 快报 column's label each
    ▶ brief is an item of its own."""
    text = ("某区发布\n某区发布　2024年05月07日 07:45　河北\n\n点击蓝字 关注我们\n\n今天出版的《某日报》第5版刊发某区专版，一起来看↓↓↓\n\n"
            "某区召开项目推进会\n\n本报讯（记者 钮 岩）5月6日，某区召开项目推进会，部署二季度工作。\n\n◆ ◆ ◆\n\n"
            "某区人才公寓交付\n\n本报讯（记者 钮 岩）5月5日，某区首批人才公寓交付，120名青年人才拎包入住。\n\n◆ ◆ ◆\n\n"
            "园区快报\n\n▶5月4日，某区举办直播带货培训班，80名学员参加。\n\n▶近日，某公司获评省级绿色工厂。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区召开项目推进会", "某区人才公寓交付", None, None]
    assert [it.kicker for it in b.items[:2]] == [None, None]
    assert b.items[2].body.startswith("5月4日") and b.items[3].body.startswith("近日")
    assert {"点击蓝字 关注我们", "今天出版的《某日报》第5版刊发某区专版，一起来看↓↓↓", "◆ ◆ ◆", "园区快报"} <= {f.text for f in b.fragments}


def test_a_features_visit_subtitle_stays_under_its_title_and_a_wrapped_section_goes_on(registers):
    """一座工厂的“追光”之路 / 走进某光伏科技有限公司: a feature's title over where the reporter
    went, though the lead walks in there too; in a copy wrapped at a narrow measure a section head
    between two paragraphs is followed by text at the measure, not by a second headline."""
    text = ("某日报\n2024年3月8日 星期五\n\n一座工厂的“追光”之路\n走进某光伏科技有限公司\n禹 川/文　仉 岩/图\n"
            "3月6日，走进某光伏科技有限公司的\n生产车间，一排排电池片在传送带上\n缓缓移动，机械臂上下翻飞，工人们\n"
            "各司其职，一派繁忙景象。公司今年\n一季度的订单已经排到了六月，产品\n销往东南亚和中东的十多个国家和地\n"
            "区，出口额同比增长了四成以上。\n"
            "车间里的“师徒档”\n质检组长訾海龙和徒弟綦小雨都在车\n间上班，一个管外观检测，一个管数\n"
            "据记录。“她学得快，三个月就能独\n当一面了。”訾海龙说。\n")
    b = read_text(text, registers)
    assert len(b.items) == 1
    it = b.items[0]
    assert (it.kicker, it.title, it.subtitle) == (None, "一座工厂的“追光”之路", "走进某光伏科技有限公司")
    assert "质检组长訾海龙和徒弟綦小雨都在车间上班" in it.body
    assert "\n车间里的“师徒档”\n" in it.body


def test_a_list_announced_with_a_colon_under_text_and_a_latin_name_the_measure_broke(registers):
    """　　受表彰的“某区工匠”（8名）： set in under the lead announces the grid below, no headline;
    a copy wrapped at its measure breaks a Latin name between its words (工程师Lukas / Braun已…),
    which the join puts back with its space."""
    text = ("某日报\n2024年5月9日　星期四\n\n某区表彰首届“某区工匠”\n\n"
            "　　本报讯（记者 邬 宁）5月7日，某区召开首届“某区工匠”表彰大会。\n"
            "　　受表彰的首届“某区工匠”（9名）：\n　　岩　温　　俸　强　　柏云飞　　郑春梅　　邰志刚\n"
            "　　玉　香　　龚晓云　　卜　宁　　褚国平\n"
            "　　来自德国的设备工程师Lukas\nBraun已在某区工作三年。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区表彰首届“某区工匠”"]
    it = b.items[0]
    assert "Lukas Braun" in it.body
    assert {"岩温", "俸强", "柏云飞", "郑春梅", "玉香", "龚晓云", "卜宁", "褚国平", "Lukas Braun"} <= {p.name for p in it.people}


def test_a_word_exports_bullets_picture_labels_tab_table_and_a_theme_over_a_meeting(registers):
    """A Word export: •<tab> before each brief under a column's label, （图） before a photo's
    caption, a table set apart by tabs whose names are padded (邬　岩) and whose last column is
    the award, and a theme over the meeting's headline (the meeting is the title)."""
    text = ("\ufeff某日报\r\n2025年5月22日　星期四\r\n\r\n稳链强链 聚力攻坚\r\n某区召开新材料产业链推进会\r\n"
            "本报讯（记者 戚 远）5月20日，某区召开新材料产业链推进会，部署下一阶段工作。\r\n\r\n"
            "某区表彰科技创新奖\r\n本报讯（记者 戚 远）5月19日，某区表彰一批科技创新成果。获奖名单如下：\r\n"
            "序号\t获奖人\t所在单位\t奖项\r\n1\t邬　岩\t某新材料有限公司\t特等奖\r\n2\t南宫静\t某科技有限公司\t一等奖\r\n\r\n"
            "园区简讯\r\n•\t5月14日，某区举办安全生产月启动仪式。\r\n•\t近日，某区2家企业入选省级数字化车间。\r\n\r\n"
            "（图）5月19日，在某石墨公司生产车间，技术人员正在检查产品质量。　本报记者 戚 远 摄\r\n")
    b = read_text(text, registers)
    first, award, *rest = b.items
    assert (first.kicker, first.title) == ("稳链强链 聚力攻坚", "某区召开新材料产业链推进会")
    assert {p.name for p in award.people} == {"邬岩", "南宫静"}
    assert [it.body.split("，")[0] for it in rest] == ["5月14日", "近日", "5月19日"]
    assert rest[-1].kind == "photo" and rest[-1].photographers == ["戚远"]
    assert {"•", "（图）"} <= {f.text for f in b.fragments}


def test_the_lines_of_a_prize_list_stay_apart_and_name_their_people(registers):
    text = ("# 创客大赛落幕\n\n本报讯（记者 周文）3月2日，某区创客大赛落幕。获奖名单如下：\n\n"
            "一等奖：祁海生 柯一帆\n二等奖：闵　悦 甘若水 岑立新\n\n据悉，获奖项目将获得扶持资金。\n")
    b = read_text(text, registers)
    assert "柯一帆\n" in b.items[0].body or "柯一帆\n\n" in b.items[0].body
    assert {p.name for p in b.items[0].people} == {"祁海生", "柯一帆", "闵悦", "甘若水", "岑立新"}


def test_a_short_line_wrapped_tight_in_a_running_sentence_is_text_and_a_spaced_banner_is_not(registers):
    wrapped = ("# 新材料项目开工\n\n本报讯（记者 周文）4月7日，总投资15.8亿\n元的新材料产业化项目在某区\n"
               "开工建设。项目建成后，将形成年产催化材料200吨的能力。\n")
    b = read_text(wrapped, registers)
    assert "总投资15.8亿元的新材料产业化项目在某区开工建设" in b.items[0].body and not b.fragments
    banner = ("# 新材料项目开工\n\n本报讯（记者 周文）4月7日，总投资15.8亿元的新材料项目在某区\n\n"
              "奋进新征程 建功新时代\n\n开工建设。项目建成后，将形成年产催化材料200吨的能力。\n")
    b = read_text(banner, registers)
    assert "在某区开工建设" in b.items[0].body and [f.text for f in b.fragments] == ["奋进新征程 建功新时代"]


def test_the_papers_name_on_a_line_of_its_own_over_the_date_is_masthead(registers):
    text = ("某某晚报\n2025年6月17日 星期二\n高新区专版\n\n某区召开科技创新大会\n表彰一批创新企业和科技人才\n\n"
            "本报讯（记者 周文）6月16日，某区召开科技创新大会。\n")
    b = read_text(text, registers)
    assert (b.items[0].kicker, b.items[0].title, b.items[0].subtitle) == (None, "某区召开科技创新大会", "表彰一批创新企业和科技人才")
    assert "某某晚报" in [f.text for f in b.fragments]


def test_a_marked_section_head_of_a_feature_keeps_its_words_and_drops_its_mark(registers):
    text = ("# 光谷飞地里的速度\n\n从武汉到某区，开车不过三个多小时。\n\n▲从“借梯登高”到“自立门户”\n\n"
            "9月中旬，走进某光电公司的洁净车间，工人正在作业。\n\n▲从“单打独斗”到“抱团发展”\n\n"
            "在龙头企业带动下，园区已聚集光电子企业30余家。\n")
    b = read_text(text, registers)
    heads = [p.text for p in b.items[0].paragraphs if p.head]
    assert heads == ["从“借梯登高”到“自立门户”", "从“单打独斗”到“抱团发展”"]
    assert [f.text for f in b.fragments] == ["▲", "▲"]


def test_a_column_break_inside_a_name_after_its_title_is_no_section_head(registers):
    text = ("# 暑期托管乐在家门口\n\n暑假一到，社区里热闹起来。\n\n"
            "桥东社区党委书记阙丽\n\n梅介绍，今年暑期社区联合高校开办托管班。\n\n"
            "一份清单管到底\n\n托管班每天开设课程。\n")
    b = read_text(text, registers)
    it = b.items[0]
    assert "社区党委书记阙丽梅介绍" in it.body
    assert [p.text for p in it.paragraphs if p.head] == ["一份清单管到底"]


def test_a_one_line_brief_signed_at_its_end_gives_its_byline(registers):
    text = ("■园区简讯\n\n人才公寓交付使用\n本报讯　6月10日，某区首批人才公寓交付使用。“离单位骑车只要十分钟。”（记者苗青禾）\n\n"
            "服务专员上岗\n本报讯　6月7日，某区为86家企业配备服务专员。（通讯员滕远山）\n")
    b = read_text(text, registers)
    assert [(it.title, it.reporters, it.correspondents) for it in b.items] == [
        ("人才公寓交付使用", ["苗青禾"], []), ("服务专员上岗", [], ["滕远山"])]
    assert b.items[0].body.endswith("十分钟。”") and not b.items[0].truncated


def test_three_headline_lines_set_together_are_kicker_title_and_subtitle_under_a_spaced_banner(registers):
    text = ("聚力创新　勇攀高峰\n\n主动融入国家战略 加快建设科创高地\n某区召开科技创新大会\n表彰一批先进单位和个人\n\n"
            "本报讯（记者 周文）6月12日，某区召开科技创新大会。\n")
    it = read_text(text, registers).items[0]
    assert (it.kicker, it.title, it.subtitle) == ("主动融入国家战略 加快建设科创高地", "某区召开科技创新大会", "表彰一批先进单位和个人")


def test_a_correction_under_its_own_heading_is_an_item_after_a_commentary(registers):
    text = ("# 让园区更有温度\n\n本报评论员\n\n温度来自细节，细节决定成败。\n\n更正\n"
            "本报6月7日第5版一文中，“成交额21亿元”应为“成交额12亿元”。特此更正。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["让园区更有温度", "更正"]
    assert b.items[0].body.endswith("细节决定成败。") and b.items[1].date is None


def test_a_web_pages_header_and_footer_are_layout_and_end_its_article(registers):
    text = ("某某日报数字报 | 2025年03月19日\n首页 > 第07版：高新区专刊 > 正文\n\n某区召开推进大会\n"
            "来源：某某日报　　作者：记者 苗青禾　　发布时间：2025-03-14 09:30\n阅读量：2316\n\n"
            "　　本报讯（记者 苗青禾）3月13日，某区召开推进大会。\n\n分享到：微信　微博　QQ空间\n上一篇：返回目录\n"
            "下一篇：一束光，照亮一条产业链\n责任编辑：滕远山\n\n一束光，照亮一条产业链\n——某区光电产业发展纪实\n\n"
            "　　走进某区光电产业园，一束激光正在切割钢板。\n")
    b = read_text(text, registers)
    assert [(it.title, it.subtitle) for it in b.items] == [("某区召开推进大会", None),
                                                           ("一束光，照亮一条产业链", "——某区光电产业发展纪实")]
    assert b.items[0].body == "本报讯（记者 苗青禾）3月13日，某区召开推进大会。"
    layout = [f.text for f in b.fragments]
    assert "阅读量：2316" in layout and "分享到：微信　微博　QQ空间" in layout


def test_a_pdf_page_break_with_its_footer_and_header_inside_a_sentence_is_joined(registers):
    text = ("某某日报　2024年9月20日　星期五　第7版\n高新区专版\n某区光伏企业扩产\n"
            "本报讯（记者 苗青禾）9月18日，某区一家光伏企业的新产线投产。公司总工\n— 7 —\n"
            "某某日报　2024年9月20日　星期五　第8版\n高新区专版\n"
            "程师阙立新介绍，新产线年产电池片5吉瓦。出席仪式的还有区领导郝丽娜、苏日娜其其格、丁永福。\n")
    b = read_text(text, registers)
    it = b.items[0]
    assert "公司总工程师阙立新介绍" in it.body and "— 7 —" in [f.text for f in b.fragments]
    assert {p.name: p.roles for p in it.people if p.name != "阙立新"} == {
        "郝丽娜": ["区领导"], "苏日娜其其格": ["区领导"], "丁永福": ["区领导"]}


def test_an_editors_note_then_a_byline_line_then_the_report_is_one_item_and_an_inline_jump_is_layout(registers):
    text = ("## 向“新”而行 逐“绿”而进\n\n### ——某区一季度经济运行观察\n\n编者按：今起，本报推出系列报道。\n\n"
            "本报记者　苗青禾　通讯员　滕远山\n\n4月18日，某区一家船舶动力企业车间内，工人们正在忙碌。\n\n"
            "“开局稳，关键在于早谋划。”企业董事长（下转第6版）\n\n## 德国专家的新工作\n\n文/图　本报记者　苗青禾\n\n"
            "4月16日下午，在某区产业园的一间实验室里，一位德国工程师正在调试设备。\n")
    b = read_text(text, registers)
    first = b.items[0]
    assert [it.title for it in b.items] == ["向“新”而行 逐“绿”而进", "德国专家的新工作"]
    assert (first.reporters, first.correspondents) == (["苗青禾"], ["滕远山"])
    assert first.body.endswith("企业董事长") and first.truncated
    assert "（下转第6版）" in [f.text for f in b.fragments]


def test_names_spaced_out_a_character_at_a_time_are_read_in_bylines_and_credits(registers):
    text = ("某某日报 2023年11月8日 星期三\n\n# 某区观摩重点项目\n\n本报讯（记者 甘 卫 通讯员 滕 思 雨）11月6日，某区观摩重点项目。\n\n"
            "\n# 新产线投产\n\n11月2日，某区一家企业的新产线投产。\n\n阙 敏　摄\n")
    b = read_text(text, registers)
    assert (b.items[0].reporters, b.items[0].correspondents) == (["甘卫"], ["滕思雨"])
    assert b.items[1].photographers == ["阙敏"]


def test_a_roster_set_as_a_table_of_name_and_description_is_text_and_names_its_people(registers):
    text = ("# 某区公布首批英才名单\n\n本报讯　4月15日，某区公布首批英才名单。\n\n首批英才名单（按姓氏笔画排序）\n\n"
            "　　阚文韬　某船舶动力研究院副院长\n　　苏日娜其其格　某新能源科技公司首席科学家\n　　端木晓峰　某光伏企业总工程师\n\n"
            "（记者　苗青禾）\n\n# 李白故里 迎来新馆长\n\n本报讯　4月14日，某地文化馆迎来新馆长。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区公布首批英才名单", "李白故里 迎来新馆长"]
    first = b.items[0]
    assert first.reporters == ["苗青禾"]
    assert {p.name: p.roles for p in first.people} == {
        "阚文韬": ["某船舶动力研究院副院长"], "苏日娜其其格": ["某新能源科技公司首席科学家"], "端木晓峰": ["某光伏企业总工程师"]}


def test_a_sidebar_label_inside_a_feature_opens_an_item_of_its_own(registers):
    text = ("# 老园区焕发新活力\n\n走进某区工业园，一排排厂房焕然一新。\n\n一家食品企业的负责人深有感触。\n\n"
            "# 链接\n\n某区于1991年经批准设立，规划面积36平方公里。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["老园区焕发新活力", "链接"]
    assert b.items[1].body.startswith("某区于1991年")


def test_indented_briefs_on_consecutive_lines_are_items_each(registers):
    text = ("某区简讯\n\n　　●3月12日，某区与一所大学签署合作协议。\n　　●3月13日，某区“企业家服务日”活动举行。\n"
            "　　●近日，某区一家企业研发的激光芯片通过鉴定。\n")
    b = read_text(text, registers)
    assert [it.body[:6] for it in b.items] == ["3月12日，", "3月13日，", "近日，某区一"]


def test_an_article_ending_in_its_roster_is_not_cut_off_and_a_headed_correction_has_no_event_date(registers):
    text = ("某某日报 2024年6月14日 星期五\n\n# 某区表彰先进\n\n本报讯（记者 周文）6月12日，某区表彰一批先进个人，名单如下：\n\n"
            "丁一凡 马晓雯 王梓豪 卞学军\n\n\n更正\n本报6月7日第5版一文中，“21亿元”应为“12亿元”。特此更正。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区表彰先进", "更正"]
    assert not b.items[0].truncated and b.items[1].date is None


def test_of_two_unmarked_headline_lines_the_one_the_lead_reports_is_the_title(registers):
    text = ("某某日报 2024年11月7日 星期四\n\n\n扩大两岸科技交流合作\n青年创新中心在某区揭牌\n"
            "本报讯（记者 周文）11月5日，青年创新中心在某区白沙湾正式揭牌。中心设有实验室区。\n\n\n"
            "某区召开科技创新大会\n表彰年度创新先进单位和个人\n"
            "本报讯（记者 周文）11月6日，某区召开科技创新大会，部署全年任务。\n")
    b = read_text(text, registers)
    assert [(it.kicker, it.title, it.subtitle) for it in b.items] == [
        ("扩大两岸科技交流合作", "青年创新中心在某区揭牌", None),
        (None, "某区召开科技创新大会", "表彰年度创新先进单位和个人")]


def test_a_web_copys_menu_controls_and_picture_marks_are_layout_and_its_reporters_titles_are_titles(registers):
    text = ("某某日报数字报\n首页 | 要闻 | 专版\n当前位置：首页 > 数字报 > 第A06版\n\n"
            "某区新材料产业加速成势\n来源：某某日报　　作者：记者 汪文\n编辑：吴兰　　发布时间：2023-11-09 08:45:12\n【字体：大 中 小】\n"
            "本报讯（全媒体记者 汪文 特约通讯员 鲍琪）11月7日，某区召开产业推进会。\n[图片]\n会议指出，要抓项目。\n"
            "分享到：微信　微博\n")
    b = read_text(text, registers)
    assert len(b.items) == 1
    it = b.items[0]
    assert (it.kicker, it.title) == (None, "某区新材料产业加速成势")
    assert it.reporters == ["汪文"] and it.correspondents == ["鲍琪"]
    assert "[图片]" not in it.body and {"[图片]", "【字体：大 中 小】", "某某日报数字报"} <= {f.text for f in b.fragments}


def test_the_text_after_a_jump_from_another_page_is_never_the_article_above(registers):
    text = ("某区专版　第5版\n\n某区召开大会\n\n本报讯（记者 周文）3月2日，某区召开大会。今年以来，新落地项目\n\n（下转第6版）\n\n"
            "某区专版　第6版\n\n某区启动消防检查\n\n本报讯（记者 周文）3月1日，某区启动消防检查。\n\n（上接第5版）\n\n"
            "19个，总投资超过150亿元。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开大会", "某区启动消防检查"]
    assert flat(b.items[0].body).endswith("新落地项目19个，总投资超过150亿元。")
    assert flat(b.items[1].body).endswith("启动消防检查。")
    assert {"某区专版　第5版", "某区专版　第6版"} <= {f.text for f in b.fragments}


def test_a_briefs_columns_label_ends_the_article_above_and_a_banner_over_it_heads_no_brief(registers):
    text = ("某区召开大会\n\n本报讯（记者 周文）3月2日，某区召开大会。\n下一步，某区将推动产业融合。\n\n"
            "建设新城市  某区在行动\n\n区域动态\n　　■6月8日，某区举办人才招聘会，现场达成就业意向593人。\n\n"
            "　　■近日，某镇志愿服务队走进企业，开设暑期托管班。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开大会", None, None]
    assert flat(b.items[0].body).endswith("推动产业融合。")
    assert b.items[1].body.startswith("6月8日") and b.items[2].body.startswith("近日")
    assert {"区域动态", "建设新城市  某区在行动"} <= {f.text for f in b.fragments}


def test_full_width_dates_are_read_and_an_event_late_in_the_year_before_a_january_page_is_that_years(registers):
    text = ("某某日报　２０２４年５月２３日　星期四　第３版\n\n某区新材料产业园开工\n"
            "本报讯（记者 周文）５月２１日，某区新材料产业园二期开工。\n\n\n"
            "某区召开年终总结会\n本报讯（记者 周文）12月31日，某区召开年终总结会。\n")
    b = read_text(text, registers)
    assert b.items[0].date == "2024-05-21" and "５月２１日" in b.items[0].date_evidence
    january = text.replace("２０２４年５月２３日", "２０２５年１月３日")
    b = read_text(january, registers)
    assert b.items[0].date == "2025-05-21"  # a plan later in the year: the page's year
    assert b.items[1].date == "2024-12-31"


def test_a_question_headline_heads_its_article_and_a_bracketed_dateline_is_a_dateline(registers):
    text = ("某区召开大会\n本报讯（记者 周文）3月2日，某区召开大会。\n“你们怎么做到的？”\n他笑着回答了。\n\n"
            "企业为何争抢“科技副总”？\n　　【本报讯】“沈教授一来，问题三个星期就解决了。”近日，某企业负责人说。\n"
            "记者：为什么选择这里？\n答：这里环境好。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区召开大会", "企业为何争抢“科技副总”？"]
    assert "你们怎么做到的" in b.items[0].body
    assert b.items[1].body.startswith("【本报讯】") and "记者：为什么选择这里？" in b.items[1].body


def test_on_a_page_set_tight_a_line_after_a_blank_line_heads_a_new_item_not_a_section(registers):
    text = ("某区的“追光者”\n文/记者 周文\n在某区的车间里，工人正在组装耳机。\n从“打工妹”到“女老板”\n她出生在农村，后来外出打工。\n"
            "把工厂搬回家乡\n2021年，她决定回乡创业。\n如今，公司产品销往60多个国家。\n\n"
            "某区2024年度“十佳科技工作者”名单\n经个人申报、专家评审，决定授予以下10人称号：\n王　磊　某新材料公司高级工程师\n\n"
            "关于第二批科技型企业入库名单的公示\n根据有关办法，拟将以下企业入库。\n联系人：钟晓雯\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区的“追光者”", "某区2024年度“十佳科技工作者”名单", "关于第二批科技型企业入库名单的公示"]
    assert [p.text for p in b.items[0].paragraphs if p.head] == ["从“打工妹”到“女老板”", "把工厂搬回家乡"]


def test_a_byline_naming_the_paper_a_page_label_with_the_papers_name_and_a_credit_over_its_caption(registers):
    text = ("某某日报　第7版　高新区专刊\n某区新能源产业链加速成势\n某某日报首席记者　司马琳　通讯员　孟凡超　颜　蕾\n"
            "　　11月6日，走进某区储能公司，生产线满负荷运转。\n\n智能产线添动能\n图/李宗泽\n"
            "　　11月5日，某公司的焊接机器人正在作业。\n今年以来，生产效率提升40%以上。\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title) for it in b.items] == [("article", "某区新能源产业链加速成势"), ("photo", "智能产线添动能")]
    assert b.items[0].reporters == ["司马琳"] and b.items[0].correspondents == ["孟凡超", "颜蕾"]
    assert b.items[1].photographers == ["李宗泽"] and flat(b.items[1].body).endswith("提升40%以上。")
    assert "某某日报　第7版　高新区专刊" in {f.text for f in b.fragments}


def test_a_copy_reflowed_to_a_paragraph_a_line_starts_an_item_at_each_short_line_after_a_report(registers):
    lead = "本报讯（记者 林文）12月3日，某区鞋服产业数字化转型现场推进会召开，与会人员观摩了柔性生产线，听取了企业介绍。"
    text = (f"某区打造鞋服智造新高地\n{lead}\n会议要求，各部门要加快推进企业数字化改造，力争明年实现规上企业全覆盖，形成示范。\n"
            "一双鞋的“数字旅程”\n踏云鞋业的车间里，机械臂正按照电脑里的3D图纸给鞋底喷胶，几名工人在一旁盯着屏幕，不时记录数据。\n"
            "【高新简讯】\n◆12月2日，某区举办项目签约仪式，现场签约项目11个，总投资额超过六十亿元，涉及多个领域。\n"
            "◆11月29日，某区人才驿站正式启用，可为来求职的高校毕业生提供最长14天的免费住宿服务。\n")
    b = read_text(text, registers)
    assert titles(b) == ["某区打造鞋服智造新高地", "一双鞋的“数字旅程”", None, None]
    assert b.items[2].body.startswith("12月2日") and "【高新简讯】" in {f.text for f in b.fragments}


def test_a_captioned_photo_set_apart_under_a_feature_is_its_own_item_and_an_ocr_spaced_date_is_read(registers):
    text = ("某某日报 2022年8月25日 星期四\n\n某区项目建设跑出加速度\n本报讯（记者 王蕾）8月2 3日，某区召开经济运行分析会。\n\n"
            "一块晶片的“突围”路\n本报记者 张帆\n走进某公司的洁净车间，一台台晶体生长炉整齐排列。\n“园区帮我们对接了银行。”他说。\n\n"
            "8月21日晚，市民在某区河畔夜市品尝特色小吃。（本报记者 张帆 摄）\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title) for it in b.items] == [("article", "某区项目建设跑出加速度"), ("article", "一块晶片的“突围”路"), ("photo", None)]
    assert b.items[0].date == "2022-08-23"
    assert b.items[2].photographers == ["张帆"] and flat(b.items[1].body).endswith("他说。")


def test_in_a_hard_wrapped_copy_a_quotation_goes_on_with_who_said_it(registers):
    text = ("某区“工业上楼”腾出新空间\n本报讯（记者 钱溪）走进某镇智造园，6幢\n高标准厂房拔地而起，货梯直通五楼车间。\n"
            "今年以来，该镇盘活低效用地412亩，新\n建厂房27.6万平方米，已有19家中小企\n业签约入驻。“大件设备用货梯直接运上\n"
            "楼，租金还比原来便宜三成。”\n正在新车间里调试设备的周海燕笑着说。\n“我们很满意。”\n下一步，该镇将按照“建\n"
            "一栋、招一栋、满一栋”的思路，再\n建设标准厂房10万平方米，推动更多\n中小企业上楼发展。\n")
    b = read_text(text, registers)
    body = b.items[0].body
    assert "便宜三成。”正在新车间里调试设备的周海燕笑着说。" in body
    assert "“我们很满意。”\n\n下一步" in body  # a quotation not followed by its speaker ends its paragraph


def test_a_notices_signature_stays_with_the_notice_a_line_apart(registers):
    text = ("关于第三批科技企业名单的公示\n\n经企业自评、部门审核，拟将12家企业列入名单，现予以公示。如有异议，请在公示期内反映。\n"
            "联系人：韦晓岚　联系电话：0771-1234567\n某高新区科技创新局\n2024年9月26日\n\n\n某区举行人才招聘会\n"
            "本报讯（记者 林文）9月25日，某区举行人才招聘会。\n")
    b = read_text(text, registers)
    assert titles(b) == ["关于第三批科技企业名单的公示", "某区举行人才招聘会"]
    assert [p.text for p in b.items[0].paragraphs][-3:] == ["联系人：韦晓岚　联系电话：0771-1234567", "某高新区科技创新局", "2024年9月26日"]


def test_a_box_of_figures_under_a_rubric_is_one_item_a_line_each_and_a_headline_after_briefs_heads_an_item(registers):
    text = ("【图解】\n\n三季度亮点\n\n58亿元——数字产业营收，同比增长12.5%\n\n37家——新增专精特新企业\n\n9个——新建研发平台\n\n"
            "某区举办创新大赛\n\n本报讯（记者 谭悦）10月8日，某区举办创新大赛决赛。\n\n高新快讯\n\n"
            "▲10月7日，某镇组织志愿者开展植树活动，栽植苗木800余株。\n\n老厂房变身文创园　烟火气里有新意\n\n"
            "国庆以来，由老纺织厂改造的文创园迎来不少游客。\n\n“改造没有大拆大建。”街道办事处主任严向东介绍。\n")
    b = read_text(text, registers)
    assert titles(b) == ["三季度亮点", "某区举办创新大赛", None, "老厂房变身文创园　烟火气里有新意"]
    assert [p.text for p in b.items[0].paragraphs] == ["58亿元——数字产业营收，同比增长12.5%", "37家——新增专精特新企业", "9个——新建研发平台"]
    assert b.items[0].kicker is None and "【图解】" in {f.text for f in b.fragments}
    assert b.items[2].body.endswith("800余株。")


def test_a_page_header_with_its_editors_inside_a_sentence_is_layout_and_the_sentence_goes_on(registers):
    text = ("某市日报\n2024年4月18日　星期四\n某区专版·05\n德企加码投资\n本报讯（记者 陆岚）4月12\n日，某公司二期项目在\n"
            "某区开工，总投资1.5亿\n元。“八年里三次追加投\n资，这里的营商环境让\n我们很有信\n第5版\n2024年4月18日　星期四\n"
            "某区专版·06\n责任编辑：邵佳怡　美术编辑：钱 晨\n心。”该公司总裁在开工\n仪式上说。\n")
    b = read_text(text, registers)
    assert len(b.items) == 1 and "很有信心。”该公司总裁在开工仪式上说。" in b.items[0].body
    assert not b.items[0].people and "责任编辑：邵佳怡　美术编辑：钱 晨" in {f.text for f in b.fragments}


def test_a_web_pages_author_line_under_the_headline_is_the_byline_of_the_report_that_follows(registers):
    text = ("某市日报数字报\n首页 | 电子版 | 往期回顾\n\n擦亮“金名片”\n某区召开经济形势分析会\n——力争“双过半”\n作者：本报记者 钟一鸣 通讯员 沈洁\n"
            "发布时间：2024-06-13\n【字体：大 中 小】　【打印本页】\n本报讯（记者 钟一鸣 通讯员 沈　洁）6月12日下午，某区召开分析会。\n"
            "分享到：微信 微博\n\n十年磨一“芯”\n作者：本报记者 罗佳琪\n发布时间：2024-06-13\n文/图 本报记者 罗佳琪\n"
            "6月5日一早，位于某区的光电公司车间里一派繁忙。\n分享到：微信 微博\n\n作者：\n发布时间：2024-06-13\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title) for it in b.items] == [("article", "某区召开经济形势分析会"), ("article", "十年磨一“芯”")]
    assert b.items[0].reporters == ["钟一鸣"] and b.items[0].correspondents == ["沈洁"]
    assert b.items[0].body.startswith("本报讯")
    assert b.items[1].reporters == ["罗佳琪"] and b.items[1].photographers == ["罗佳琪"]
    assert "作者：" in {f.text for f in b.fragments}


def test_a_title_wrapped_over_two_lines_is_one_title_when_the_lead_says_it(registers):
    text = ("聚焦“链长制” 打好产业牌\n某区召开产业链\n推进工作会议\n——年内新引进企业30家以上\n\n本报记者 贺君 通讯员 颜斌\n"
            "本报讯 11月14日上午，某区召开产业链推进工作会议，听取汇报。\n\n彝族文化进校园\n左脚舞跳起来\n\n"
            "8月21日，某镇紫溪社区举办舞蹈大赛，300多名群众参加。\n")
    b = read_text(text, registers)
    first, second = b.items
    assert (first.kicker, first.title, first.subtitle) == ("聚焦“链长制” 打好产业牌", "某区召开产业链推进工作会议", "——年内新引进企业30家以上")
    assert second.title != "彝族文化进校园左脚舞跳起来"  # two lines the lead does not repeat stay two parts


def test_a_long_title_wrapped_at_a_narrow_measure_is_one_title_and_a_long_subtitle_stays_one(registers):
    # a PDF column of 18 characters wraps a long title after 暨, and wraps the lead too: the lead
    # still says the two lines as one; a longer second line the lead does not repeat is a subtitle
    text = ("某区召开2023年度总结表彰暨\n2024年工作部署大会\n本报讯（记者 曾 皓）12月19日上\n午，某区召开2023年度总结表彰暨2\n"
            "024年工作部署大会，回顾总结今年\n工作，表彰先进集体和先进个人。\n\n"
            "某区四个项目集中签约\n总投资38.5亿元，涵盖新能源和医药等领域\n本报讯（记者 曾 皓）12月16日，某区\n"
            "举行重大项目集中签约仪式，4个项\n目现场签约。\n")
    b = read_text(text, registers)
    first, second = b.items
    assert (first.title, first.subtitle) == ("某区召开2023年度总结表彰暨2024年工作部署大会", None)
    assert (second.title, second.subtitle) == ("某区四个项目集中签约", "总投资38.5亿元，涵盖新能源和医药等领域")
    text = ("某区召开四季度项目推进会\n全力冲刺确保全年目标完成\n本报讯（记者 曾 皓）10月9日，某区召开项目推\n进会，"
            "通报前三季度进展。\n")
    only, = read_text(text, registers).items
    assert (only.title, only.subtitle) == ("某区召开四季度项目推进会", "全力冲刺确保全年目标完成")


def test_a_paragraph_of_a_narrow_copy_that_opens_at_the_full_measure_is_text_not_a_headline(registers):
    # hard-wrapped at 18: a paragraph whose first line fills the measure with a colon and no
    # stop (…包括：某集团投资15亿) and the lines it wraps onto stay the article's text
    lines = ["某区四个项目集中签约", "本报讯（记者 曾 皓）12月16日，某区", "举行重大项目集中签约仪式，4个项目",
             "现场签约，总投资38.5亿元。", "此次签约的项目包括：某集团投资15亿", "元建设的智能仓储装备制造基地、某新",
             "能源科技有限公司投资12亿元建设的隔", "膜项目，以及某医药公司建设的提取中", "心。", "",
             "某区开展安全生产大检查", "本报讯（记者 曾 皓）12月20日，某区", "开展岁末年初安全生产大检查。"]
    b = read_text("\n".join(lines) + "\n", registers)
    assert [it.title for it in b.items] == ["某区四个项目集中签约", "某区开展安全生产大检查"]
    assert "此次签约的项目包括：某集团投资15亿元建设的智能仓储装备制造基地" in b.items[0].body
    assert b.items[0].body.endswith("提取中心。")


def test_a_double_spaced_copy_reads_its_blank_lines_as_the_spacing_not_as_gaps(registers):
    # a PDF copy with a blank line after every line, wrapped at 16, paragraphs set in: the
    # wrapped lines of a paragraph join, and so do a number and a name the wrap cut
    lines = ["某区项目建设热火朝天", "本报讯（记者 冯子墨）4月20日，某区各", "重点项目工地塔吊林立，全区共安排重点",
             "项目46个，开复工率达到82", ".6%。", "　　在某产业园项目现场，项目经理白光", "明告诉记者，确保6月底前主体完工。",
             "某区举办春季招聘会", "本报讯（记者 冯子墨）4月21日，某区举", "办春季招聘会，86家企业提供岗位2100", "个。"]
    b = read_text("\n\n".join(lines) + "\n", registers)
    assert [it.title for it in b.items] == ["某区项目建设热火朝天", "某区举办春季招聘会"]
    first = b.items[0]
    assert [p.text for p in first.paragraphs] == [
        "本报讯（记者 冯子墨）4月20日，某区各重点项目工地塔吊林立，全区共安排重点项目46个，开复工率达到82.6%。",
        "在某产业园项目现场，项目经理白光明告诉记者，确保6月底前主体完工。"]
    assert b.items[1].body.endswith("岗位2100个。")
    from pipeline.read import split_lines

    spaced = split_lines("\n\n".join(lines * 2) + "\n")  # (twenty lines or more tell the spacing)
    assert {ln.gap for ln in spaced} == {0}
    wider = split_lines("\n\n".join(lines) + "\n\n\n" + "\n\n".join(lines) + "\n")
    assert [ln.gap for ln in wider][len(lines)] == 1  # two blank lines: one is the spacing, one a gap
    assert {ln.gap for ln in split_lines("\n".join(lines * 2))} == {0}  # a copy set close is left as it is
    paragraphs = split_lines("\n\n".join(["在某产业园项目现场，项目经理白光明告诉记者，确保6月底前主体完工，力争年内投产。"] * 25))
    assert [ln.gap for ln in paragraphs][1:] == [1] * 24  # a paragraph a line: the blank lines part paragraphs


def test_a_title_wrapped_where_the_lead_repeats_its_second_line_whole_is_one_title(registers):
    # the lead words the first line differently (高新区 … 联合 against 某区与…), but repeats
    # the second line whole: one title over its subtitle, not a kicker over a title
    text = ("某区与三所高校联合签约\n共建中试基地\n将设立两个联合实验室\n"
            "本报9月3日讯（记者 何 川）今天，某区与三所高校合作共建中试基地签约仪式在某区举行。\n\n"
            "某区举办“金秋送岗”\n专场招聘会\n本报讯 9月5日，某区“金秋送岗”专场招聘会举行，86家企业提供岗位2100个。\n")
    b = read_text(text, registers)
    first, second = b.items
    assert (first.kicker, first.title, first.subtitle) == (None, "某区与三所高校联合签约共建中试基地", "将设立两个联合实验室")
    assert (second.kicker, second.title, second.subtitle) == (None, "某区举办“金秋送岗”专场招聘会", None)


def test_on_a_page_that_sets_paragraphs_in_a_line_set_in_opens_text_not_a_headline(registers):
    text = ("某区召开产业链推进会\n本报讯 11月14日上午，某区召开产业链推进会，\n听取八条产业链汇报。\n\n相关链接\n"
            "　　某区聚焦电子信息、输变电装\n备、生物医药、新材料八条产业链，\n每条产业链由一名区级领导担任“链长”。\n\n"
            "王家湾村有了新账本\n□本报记者 李默\n　　11月9日，记者走进某街道王家湾村。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区召开产业链推进会", "相关链接", "王家湾村有了新账本"]
    assert b.items[1].body.startswith("某区聚焦电子信息、输变电装备、生物医药")


def test_an_e_papers_labelled_fields_say_what_each_line_is(registers):
    text = ("【引题】锚定目标 奋勇争先\n【标题】某区召开半年经济工作分析会\n【副题】\n【作者】本报记者 艾尔肯·吐尔逊 通讯员 马娟\n【正文】\n"
            "本报讯（记者 艾尔肯·吐尔逊 通讯员 马　娟）6月8日，某区召开分析会。\n\n【引题】\n【标题】戈壁滩上“种”太阳\n【副题】\n"
            "【作者】通讯员 吐尔洪·买买提\n【正文】\n【图片】\n【图片说明】6月7日，工人在某产业园安装光伏支架。\n\n"
            "【引题】\n【标题】村里的“牛”日子\n【副题】\n【作者】通讯员 马娟\n【正文】\n高新区讯（通讯员 马娟）\n6月5日一大早，村民就来到牛棚。\n")
    b = read_text(text, registers)
    first, photo, third = b.items
    assert (first.kicker, first.title, first.subtitle) == ("锚定目标 奋勇争先", "某区召开半年经济工作分析会", None)
    assert first.reporters == ["艾尔肯·吐尔逊"] and first.correspondents == ["马娟"] and first.body.startswith("本报讯")
    assert photo.kind == "photo" and photo.photographers == ["吐尔洪·买买提"] and photo.body.startswith("6月7日")
    assert third.title == "村里的“牛”日子" and third.body.startswith("高新区讯（通讯员 马娟）6月5日")
    assert {"【正文】", "【图片】", "【图片说明】", "【标题】"} <= {f.text for f in b.fragments}


def test_a_jump_to_another_page_ends_the_article_so_a_sidebar_below_is_an_item(registers):
    text = ("小番茄“红”透大世界\n走进某公司，番茄香味扑面而来。\n何川博士带领团队，从番茄皮渣中提\n（下转第8版）\n\n新闻链接\n"
            "专精特新“小巨人”企业是指专注于细分市场的中小企业。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["小番茄“红”透大世界", "新闻链接"]
    assert b.items[0].truncated and b.items[1].body.startswith("专精特新")


def test_a_table_of_people_keeps_a_row_a_line_and_gives_its_names(registers):
    text = ("某区公布“高新英才”名单\n本报讯（记者 其其格）11月5日，某区公布年度人才名单。\n\n入选名单\n\n"
            "姓  名       工作单位                 类  别\n巴特尔       某绒业有限公司           领军人才\n"
            "乌  兰       某煤化工有限公司         创新人才\n欧阳晓芳     某氢能研究院             青年人才\n\n\n"
            "谷子地里来了“科技小院”\n文/图  本报记者  马  骁\n初秋时节，走进某村，千亩谷子地一片金黄。\n")
    b = read_text(text, registers)
    first, second = b.items
    assert {p.name for p in first.people} == {"巴特尔", "乌兰", "欧阳晓芳"}
    assert [p.text for p in first.paragraphs][-3:] == ["巴特尔       某绒业有限公司           领军人才",
                                                     "乌  兰       某煤化工有限公司         创新人才",
                                                     "欧阳晓芳     某氢能研究院             青年人才"]
    assert second.title == "谷子地里来了“科技小院”" and second.reporters == ["马骁"] and second.photographers == ["马骁"]


def test_labels_with_their_characters_spaced_out_are_read_as_labels(registers):
    text = ("通 化 日 报\n2024年8月22日 星期四\n\n某区召开学习会\n本报讯（记者 姜 涛）8月20日，某区召开学习会。\n\n简 讯\n\n"
            "■8月15日，某区举办“中医药文化进社区”活动。\n\n■8月13日，某区与某大学签订人才培养合作协议。\n\n更　正\n\n"
            "本版8月15日刊发的《某区新增两家工程研究中心》一文中，“东昌区”应为“二道江区”。特此更正。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区召开学习会", None, None, "更　正"]
    assert {"通 化 日 报", "简 讯"} <= {f.text for f in b.fragments}


def test_in_a_copy_wrapped_at_a_narrow_measure_short_lines_inside_a_sentence_and_under_a_byline_are_text(registers):
    text = ("某日报\n2024年10月17日  星期四\n责任编辑：普  琳    审核：杨  卫\n\n某区召开民营企业家座谈会\n"
            "本报讯（通讯员 李 敏）10月9\n日下午，某区召开民营企业家座谈\n会，倾听企业诉求。\n座谈会上，某食品有限公司董\n"
            "事长龙建华、某包装材料有\n限公司总经理杞兴平、某生物\n科技有限公司董事长杨向东等8位企\n业家先后发言，提出意见建议\n"
            "12条。\n\n花香里的“彩虹工坊”\n——走进某区一家玫瑰深加工企业\n文/图  本报记者  普丽华\n"
            "走进某生物科技有限公司玫瑰\n精油车间，一股浓郁的花香扑面\n而来。80多名员工在这里工作。\n")
    b = read_text(text, registers)
    assert [(it.title, it.subtitle) for it in b.items] == [("某区召开民营企业家座谈会", None), ("花香里的“彩虹工坊”", "——走进某区一家玫瑰深加工企业")]
    assert "董事长龙建华、某包装材料有限公司总经理杞兴平" in b.items[0].body
    assert {p.name for p in b.items[0].people} >= {"龙建华", "杞兴平", "杨向东"}
    assert b.items[1].body.startswith("走进某生物科技有限公司玫瑰精油车间") and b.items[1].photographers == ["普丽华"]
    assert "责任编辑：普  琳    审核：杨  卫" in {f.text for f in b.fragments}


def test_a_headline_glued_onto_its_texts_first_line_and_bracketed_brief_titles(registers):
    text = ("某日报　2022年8月25日　星期四\n\n某区召开下半年重点工作推进会 本报讯（记者 杞晓红）8月23日，某区召开推进会，\n"
            "回顾上半年工作。\n\n左脚舞跳起来 8月21日，某镇举办彝族左脚舞大赛，12支代表队参赛。\n者文静 摄\n\n"
            "据《某某日报》报道 日前，某厅公布示范园区名单。\n\n记者手记\n\n走访中，记者最深的感受是“快”。\n\n高新动态\n\n"
            "【某区开展“送清凉”活动】近日，某区总工会深入企业一线慰问职工。\n\n【某区获评省级双创示范基地】9月21日，记者从某区科技局获悉此事。\n\n"
            "更　正\n本报8月18日第3版《某区举办企业家沙龙》\n一文中，“副主任”应为“党工委委员、副主任”，特此更正。\n")
    b = read_text(text, registers)
    got = [(it.kind, it.title) for it in b.items]
    assert got[:2] == [("article", "某区召开下半年重点工作推进会"), ("photo", "左脚舞跳起来")]
    assert b.items[0].body.startswith("本报讯") and b.items[0].reporters == ["杞晓红"] and b.items[1].photographers == ["者文静"]
    assert "据《某某日报》报道 日前" in b.items[2].body  # a source's credit is no headline
    assert ("article", "记者手记") in got and all("手记" not in it.reporters for it in b.items)
    assert ("article", "【某区开展“送清凉”活动】") in got and ("article", "【某区获评省级双创示范基地】") in got
    last = b.items[-1]
    assert last.title == "更　正" and last.body.startswith("本报8月18日第3版") and last.date is None


def test_a_briefs_page_runs_each_places_label_and_headline_into_its_text(registers):
    # 某镇：标题　本报讯（…）…: the place, a colon, a headline that may quote, a space, then the
    # report; under a column's label (…传真), which is layout, not the first brief's headline
    text = ("某区召开项目推进会\n本报讯（记者 卢 岩）5月14日，某区召开项目推进会，部署下一阶段工作。\n\n园区镇街传真\n\n"
            "某镇：农机“体检”迎“三夏”　本报讯（通讯员 甘 雨）连日来，某镇组织农机服务队深入各村检修农机。"
            "“提前检修好，心里踏实多了。”农机手蒋金山说。\n\n"
            "某街道：“共享书屋”飘书香　本报5月10日讯（通讯员 柏 青）今天，某街道共享书屋开放，藏书3000册。\n\n"
            "某园区：“村BA”赛出精气神　5月11日晚，某园区篮球联赛开赛，24支队伍参赛。（通讯员 甘 雨）\n\n"
            "某产业园：校企共建实训基地　上周，某产业园与某学院签订合作协议，共建实训基地。（通讯员 柏 青）\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区召开项目推进会", "某镇：农机“体检”迎“三夏”", "某街道：“共享书屋”飘书香",
                                             "某园区：“村BA”赛出精气神", "某产业园：校企共建实训基地"]
    assert [it.correspondents for it in b.items[1:]] == [["甘雨"], ["柏青"], ["甘雨"], ["柏青"]]
    assert b.items[1].body.startswith("本报讯（通讯员") and b.items[2].body.startswith("本报5月10日讯")
    assert b.items[3].body.startswith("5月11日晚")
    assert "园区镇街传真" in {f.text for f in b.fragments}


def test_a_wrapped_copys_cuts_are_joined_across_a_list_a_stub_line_and_a_page_header(registers):
    text = ("乡村振兴·高新实践\n谷子地里来了“科技小院”\n文/图 本报记者 马骁\n初秋时节，走进某村，千亩谷子地一片金\n黄。“跟着老马干，错不了！”这句话在村里\n传\n\n"
            "开了。团队在老党员马生福家的五亩地里搞\n起对比试验。荣获“高新工匠”称号的有：郝亮、常\n青、贺强、乔伟。汉斯-于尔根·科赫介\n"
            "绍了德国在化工园区循环化改造方面的\n\n某市日报·高新区专版\nA6\n\n经验，他说：“这里有资源、有市场。”\n")
    b = read_text(text, registers)
    assert len(b.items) == 1 and (b.items[0].kicker, b.items[0].title) == ("乡村振兴·高新实践", "谷子地里来了“科技小院”")
    body = b.items[0].body
    for joined in ("在村里传开了。", "郝亮、常青、贺强", "科赫介绍了德国", "改造方面的经验，他说"):
        assert joined in body, joined
    assert {"常青", "贺强", "马生福"} <= {p.name for p in b.items[0].people}
    assert {"某市日报·高新区专版", "A6"} <= {f.text for f in b.fragments}


def test_a_jump_at_the_start_of_a_line_of_text_and_a_headline_of_who_said_it(registers):
    text = ("## 项目建设跑出“加速度”\n\n（上接第1版）记者在某公司年产40万吨项目现场看到，工人们正在吊装设备。\n\n"
            "## 张卫东在某区调研科技创新工作时强调\n\n## 以科技创新引领能源化工产业转型升级\n\n本报讯（记者 贺丽娜）3月18日，张卫东到某区调研。\n")
    b = read_text(text, registers)
    first, second = b.items
    assert first.body.startswith("记者在某公司") and "（上接第1版）" in {f.text for f in b.fragments}
    assert (second.kicker, second.title) == ("张卫东在某区调研科技创新工作时强调", "以科技创新引领能源化工产业转型升级")


def test_a_line_over_a_roster_after_a_list_intro_is_the_head_of_its_part(registers):
    text = ("某区表彰“创新之星”\n\n本报讯（记者 李 岩）6月13日，某区召开表彰大会，名单如下：\n\n优秀企业家（3名）\n\n"
            "金哲洙　某碳谷新材料有限公司董事长\n玄春花　某食品有限公司董事长\n欧阳晨　某数据科技有限公司总经理\n")
    b = read_text(text, registers)
    paras = b.items[0].paragraphs
    assert [(p.text, p.head) for p in paras[1:3]] == [("优秀企业家（3名）", True), ("金哲洙　某碳谷新材料有限公司董事长", False)]
    people = {p.name: p.roles for p in b.items[0].people}
    assert people["玄春花"] == ["某食品有限公司董事长"] and people["金哲洙"] == ["某碳谷新材料有限公司董事长"]


def test_a_headline_run_onto_the_end_of_the_paragraph_above_its_dateline(registers):
    text = ("高校实验室“搬”进园区\n本报讯（记者 王 蕾）8月19日，某区与某大学共建的实验室揭牌。\n"
            "据悉，实验室已与区内9家企业签订技术合作协议。某区举办首届“沂蒙英才”招聘会\n"
            "本报讯 8月20日，某区首届“沂蒙英才”校园招聘会在某大学体育馆举行。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["高校实验室“搬”进园区", "某区举办首届“沂蒙英才”招聘会"]
    assert b.items[0].body.endswith("签订技术合作协议。") and not b.items[0].truncated


def test_a_caption_wrapped_over_lines_with_its_credit_after_it_is_a_photo_by_the_papers_correspondent(registers):
    text = ("某区召开推进会\n本报讯（记者 李默）11月14日，某区召开推进会。\n\n智能产线赶订单\n11月13日，在某区某智能科技有限公司，工人在智\n"
            "能化生产线上组装伺服电机。今年以来，该公司订单量同比增长35%，\n产品供不应求。\n图/文 本报通讯员 颜斌\n")
    b = read_text(text, registers)
    photo = b.items[1]
    assert (photo.kind, photo.title, photo.photographers) == ("photo", "智能产线赶订单", ["颜斌"])


def test_a_byline_ending_in_wen_tu_and_a_paragraph_start_the_column_broke_in_a_wrapped_copy(registers):
    text = ("花香里的“彩虹工坊”\n本报记者 苏 雅 文/图\n走进某公司玫瑰精油车间，一\n股浓郁的花香扑面而来。大家\n都把车间叫作“彩虹工坊”。\n"
            "藏族小伙扎西\n\n次仁从迪庆来到玉溪，负责企\n业的冷链物流。他说，这里气\n候好，他很喜欢这份工作。\n")
    b = read_text(text, registers)
    assert len(b.items) == 1 and b.items[0].reporters == ["苏雅"] and b.items[0].photographers == ["苏雅"]
    assert "藏族小伙扎西次仁从迪庆来到玉溪" in b.items[0].body


def test_a_markdown_copys_emphasis_pictures_rules_and_bullets_and_a_web_pages_breadcrumb_date(registers):
    text = ("**2025年3月14日 星期五 ｜ 第7版 ｜ 高新区专版**\n\n当前位置：首页 > 某市日报 > 2025年03月14日 > 第A07版：高新区\n\n"
            "## 给油田装上“智慧大脑”\n\n*本报记者 李 想*\n\n"
            "3月11日，走进某公司的指挥中心，大屏上跳动着数据。到2026年，公司将全面建成智能油田。\n\n![图片](images/0617_07_01.jpg)\n\n"
            "*本报记者 王 燕 摄*\n\n3月12日，某区职工在植树。\n\n---\n\n### 高新简讯\n\n- 3月9日，某区与某大学签署人才培养合作协议。\n"
            "- 近日，某公司入选自治区级“专精特新”中小企业名单。\n\n## 【链接】某区\n\n某区是国家级高新区。\n")
    b = read_text(text, registers)
    first = b.items[0]
    assert first.title == "给油田装上“智慧大脑”" and first.reporters == ["李想"] and first.date == "2025-03-11"
    assert b.items[1].kind == "photo" and b.items[1].photographers == ["王燕"]
    assert [it.body[:5] for it in b.items[2:4]] == ["3月9日，", "近日，某公"]
    assert b.items[-1].title == "【链接】某区"
    assert {"![图片](images/0617_07_01.jpg)", "---"} <= {f.text for f in b.fragments}


def test_a_web_pages_title_list_a_question_headline_with_a_comma_and_unmarked_briefs_set_in(registers):
    text = ("本版导读\n·某区部署一季度重点工作\n·一台设备，如何卖到60多个国家？\n\n某区部署一季度重点工作\n"
            "本报讯（记者 韩 冬）3月11日，某区召开会议。\n\n一台设备，如何卖到60多个国家？\n作者：本报记者 宋佳音\n"
            "走进某公司的展厅，一台台设备整齐排列。\n\n高新简讯\n　　9月4日，某区举办融资对接会，12家金融机构与46家企业现场\n"
            "对接。\n　　9月6日，某区税务局开展政策辅导，走访企业8\n家。\n　　近日，某公司入选首台（套）重大技术装备名单。\n\n"
            "彩灯点亮“夜经济”\n9月9日晚，市民在某区彩灯公园游玩。\n图/文 本报记者 谢明轩\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区部署一季度重点工作", "一台设备，如何卖到60多个国家？", None, None, None, "彩灯点亮“夜经济”"]
    assert b.items[1].reporters == ["宋佳音"] and [it.body[:5] for it in b.items[2:5]] == ["9月4日，", "9月6日，", "近日，某公"]
    assert b.items[5].photographers == ["谢明轩"] and b.items[5].reporters == ["谢明轩"]
    assert "·某区部署一季度重点工作" in {f.text for f in b.fragments}


def test_a_subtitle_of_facts_a_slogan_on_the_title_or_set_apart_under_the_masthead_and_glued_headings(registers):
    text = ("某市日报\n2023年11月23日　星期四　第A6版　高新区专版\n锚定目标不放松　攻坚决战四季度\n某区召开经济运行调度会\n"
            "本报讯（记者 林晓薇）11月20日下午，某区召开调度会。\n台资光学元件项目落户某镇\n总投资8.6亿元，达产后年产值将超10亿元\n"
            "　　本报11月17日讯（记者 林晓薇）今天，某光电公司总投资8.6亿元的项目签约落户某镇，达产后年产值将超10亿元。\n"
            "家门口看上“专家号”本报讯（记者 沈 洁）“以前带老母亲去上海看病，天不亮就得出门。”\n"
            "更正本报6月25日第5版《某区新签约项目38个》一文中，“总投资8”应为“总投资9”，特此更正。\n")
    b = read_text(text, registers)
    assert [(it.kicker, it.title, it.subtitle) for it in b.items] == [
        ("锚定目标不放松　攻坚决战四季度", "某区召开经济运行调度会", None),
        (None, "台资光学元件项目落户某镇", "总投资8.6亿元，达产后年产值将超10亿元"),
        (None, "家门口看上“专家号”", None), (None, "更正", None)]
    assert b.items[2].body.startswith("本报讯") and b.items[3].body.startswith("本报6月25日") and b.items[3].date is None
    text = "某市日报　2024年5月23日　星期四\n建设共同富裕试验区　打造世界级产业基地\n\n某产业园二期项目开工\n本报讯（记者 刘洋）5月21日，某产业园开工。\n"
    b = read_text(text, registers)
    assert (b.items[0].kicker, b.items[0].title) == (None, "某产业园二期项目开工")


def test_unmarked_briefs_stay_apart_when_a_wrapped_line_inside_one_looks_like_a_heading(registers):
    text = ("高新简讯\n　　9月4日，某区举办融资对接会，12家金融机构与46家企业现场\n对接。\n"
            "　　9月6日，某区税务局联合区科技和人\n才局开展研发费用政策“上门辅导”\n活动，走访企业8家。\n"
            "　　近日，某公司研发的余热回收装置入选\n省首台（套）重大技术装备名单。\n")
    b = read_text(text, registers)
    assert [it.body[:5] for it in b.items] == ["9月4日，", "9月6日，", "近日，某公"]


def test_a_headline_with_a_bracketed_label_is_no_brief_run_into_its_text(registers):
    text = "## 【产业观察】给油田装上“智慧大脑”\n\n*本报记者 李 想*\n\n6月10日，走进某公司的指挥中心，大屏上跳动着数据。\n"
    b = read_text(text, registers)
    assert b.items[0].title == "【产业观察】给油田装上“智慧大脑”" and b.items[0].reporters == ["李想"]


def test_a_date_misread_by_ocr_is_read_and_a_date_a_count_runs_up_to_is_not_the_events(registers):
    b = read_text("某日报　2024年8月22日　星期四\n\n某区召开学习会\n本报讯（记者 姜 涛）8月20曰，某区召开学习会。\n\n"
                  "【链接】\n某区2015年获批升格为国家高新区。截至今年6月30日，全区累计集聚企业1200家。\n\n"
                  "某区举办招聘会\n本报讯（记者 姜 涛）8月2l日，某区举办招聘会。\n", registers)
    assert b.items[0].date == "2024-08-20" and b.items[1].date is None
    assert b.items[2].date == "2024-08-21" and "8月2l日" in (b.items[2].date_evidence or "")  # l for 1, shown as printed


def test_a_bold_markdown_headline_and_an_ocr_masthead_with_letters_for_digits(registers):
    text = ("泸州日报   2O25年3月2O日 星期四\n\n某区召开人才工作大会\n本报讯（记者 王 敏）3月18日，某区召开大会。\n\n"
            "**智能产线赶订单**\n\n3月17日，某公司的工人在组装电机。\n\n*本报记者 李 想 摄*\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区召开人才工作大会", "智能产线赶订单"]
    assert "泸州日报   2O25年3月2O日 星期四" in {f.text for f in b.fragments} and "**" in {f.text for f in b.fragments}


def test_unmarked_briefs_in_a_copy_that_sets_nothing_in(registers):
    text = ("高新简讯\n8月10日，某区组织开展防汛\n应急演练，检验了应急队伍\n能力。\n近日，某区获评“知识产\n"
            "权强省建设示范园区”。\n8月9日，某学院胡蝶博士团队\n与某公司签约。\n")
    b = read_text(text, registers)
    assert [it.body[:5] for it in b.items] == ["8月10日", "近日，某区", "8月9日，"]


def test_a_page_footer_of_staff_credits_with_its_page_number_inside_a_sentence_is_layout(registers):
    text = ("茶溪村：一片茶叶富了一方百姓\n本报讯（记者 刘 芳）8月8日，记者走进\n茶溪村，茶园里一片繁忙。村里的茶叶\n"
            "注册了“茶溪云\n责任编辑：舒 畅　美编：龙 飞　校对：刘 芳　　3\n雾”商标，远销各地。\n")
    b = read_text(text, registers)
    assert "“茶溪云雾”商标" in b.items[0].body


def test_a_markdown_blockquote_sidebar_and_bold_section_heads(registers):
    text = ("## 一颗“小芯片”的突围之路\n\n本报记者 黄晓雯\n\n走进某公司的洁净车间，一台台设备整齐排列。\n\n**从“跟跑”到“并跑”**\n\n"
            "十年前，公司只能做封装测试。\n\n> **链接**\n>\n> “专精特新”企业是指具有专业化、精细化特征的中小企业。\n\n"
            "## 某区表彰首批“高新工匠”\n\n本报讯（记者 刘思远）4月15日，某区召开表彰会。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["一颗“小芯片”的突围之路", "链接", "某区表彰首批“高新工匠”"]
    assert ("从“跟跑”到“并跑”", True) in [(p.text, p.head) for p in b.items[0].paragraphs]
    assert b.items[1].body.startswith("“专精特新”企业是指")


def test_a_long_masthead_a_bracketed_correction_heading_and_a_sidebar_with_no_event_date(registers):
    text = ("本溪日报 2021年6月24日 星期四 第4版 本溪高新区（中国药都）专版\n【要闻】\n某区召开表彰大会\n"
            "本报讯（记者 关 山）6月22日，某区召开表彰大会。\n【链接】\n中药配方颗粒自2021年11月1日起实施新的国家标准。\n"
            "【更正】\n本报6月17日第4版《某区新增市场主体》一文中，“1.2万户”应为“1.3万户”，特此更正。\n")
    b = read_text(text, registers)
    assert [(it.title, it.date) for it in b.items] == [("某区召开表彰大会", "2021-06-22"), ("【链接】", None), ("【更正】", None)]
    assert "本溪日报 2021年6月24日 星期四 第4版 本溪高新区（中国药都）专版" in {f.text for f in b.fragments}


def test_a_markdown_heading_of_the_titles_level_after_a_report_heads_the_next_item(registers):
    text = ("## 某区表彰首批“高新工匠”\n\n本报讯（记者 刘思远）4月15日，某区召开表彰会。\n\n## 槐荫村：“空心村”变身“网红村”\n\n"
            "“五一”还没到，槐荫村的民宿已经被订满了。\n\n### 从“空心村”到“网红村”\n\n几年前，槐荫村还是一个典型的“空心村”。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区表彰首批“高新工匠”", "槐荫村：“空心村”变身“网红村”"]
    assert ("从“空心村”到“网红村”", True) in [(p.text, p.head) for p in b.items[1].paragraphs]


def test_a_photos_credit_over_its_caption_under_a_finished_report(registers):
    text = ("石桥子村：满族剪纸剪出“幸福花”\n本报讯（特约通讯员 佟 丽）一把剪刀、一张红纸，村民剪出了好日子。\n"
            "近年来，石桥子村依托满族剪纸成立了合作社。\n村民佟春燕和她的婆婆关凤英都是合作社的社员。\n"
            "图/文 宋 雨\n6月20日，在某区中医药博物馆，小朋友们在体验制作香囊。\n【药都快讯】\n◆6月17日，某区获评省级示范园区。\n")
    b = read_text(text, registers)
    assert [it.kind for it in b.items] == ["article", "photo", "article"]
    assert b.items[0].body.endswith("都是合作社的社员。") and b.items[1].photographers == ["宋雨"]
    assert b.items[1].body.startswith("6月20日")


def test_title_wrapping_a_page_header_of_staff_and_a_subtitle_over_web_furniture(registers):
    text = ("第6版 · 高新区专刊      编辑 唐 静  校对 周 明\n\n湘西南数字经济产业园\n二期开工\n总投资32亿元，预计2025年建成投用\n"
            "本报8月14日讯（记者 向 阳）\n湘西南数字经济产业园二期项目今天在高新区正式开工建设。\n\n德国某精密驱动系统项目落户高新区\n"
            "总投资15亿元，主要生产新能源汽车电驱动系统核心部件\n来源：某日报　作者：记者 梁嘉欣　发布时间：2024-11-08\n"
            "【字号：大 中 小】【打印】【关闭】\n本报讯（记者 梁嘉欣）11月7日，德国某精密驱动系统项目签约落户。\n")
    b = read_text(text, registers)
    assert [(it.title, it.subtitle) for it in b.items] == [
        ("湘西南数字经济产业园二期开工", "总投资32亿元，预计2025年建成投用"),
        ("德国某精密驱动系统项目落户高新区", "总投资15亿元，主要生产新能源汽车电驱动系统核心部件")]
    assert "第6版 · 高新区专刊      编辑 唐 静  校对 周 明" in {f.text for f in b.fragments}


def test_a_zone_no_register_holds_is_the_district_the_page_names(registers, tmp_path):
    """A city with no national zone (none in the built-in table) is read from the page itself,
    marked inferred with its evidence, and gets its district page; a city named once in passing
    does not outweigh it."""
    text = ("云岭日报\n2025年3月6日　第5版　高新区专版\n\n# 石岭山高新区举办招聘会\n\n"
            "本报讯（记者 周文）3月2日，石岭山高新区举办春季招聘会。在石岭山高新区工作三年的技术员说，"
            "他曾在深圳打工，如今回到石岭山。\n\n# 石岭山市高新区新增企业12家\n\n本报讯 近日，全市高新区建设提速，石岭山高新区新增企业12家。\n")
    b = read_text(text, registers)
    assert b.district.value == "shilingshan" and b.district.inferred
    assert any("石岭山高新区" in e for e in b.district.evidence) and b.zone.name == "石岭山高新区"
    # a passing mention of a zone is no district
    once = read_text("# 某区开展检查\n\n本报讯（记者 周文）近日，记者在石岭山高新区采访时了解到…\n", registers)
    assert once.zone is None

    from pipeline.cli import build
    content = tmp_path / "content"
    (content / "bulletins").mkdir(parents=True)
    shutil.copytree(CONTENT / "registers", content / "registers")
    (content / "bulletins" / "x.txt").write_text(text, encoding="utf-8")
    build(content, tmp_path / "docs")
    page = (tmp_path / "docs" / "districts" / "shilingshan.md").read_text(encoding="utf-8")
    assert "石岭山高新区" in page and "省" not in page.split("公报")[0].split("gx-meta")[-1]


def test_a_reposts_title_header_and_lead_in_are_layout_and_its_paper_names_the_district(registers):
    """A WeChat repost opens with the post's title and 原创 某报 某报 2024-03-28 07:45 省 over its
    lead-in (…一起来看——) and a lone ▼: the account's, not the page's. The paper it names
    (《石岭山日报》) is the masthead, so its city's zone, named once, outweighs another city's
    name printed in firms' names (吉林某公司) again and again."""
    text = ("今日《石岭山日报》｜高新区专版：招聘会举行……\n原创 石岭山日报 石岭山日报 2024-03-28 07:45 吉林\n\n"
            "点击上方蓝字 关注我们\n\n▼\n\n今天出版的《石岭山日报》第5版推出高新区专版，一起来看——\n\n"
            "某区举办春季招聘会\n\n本报讯（记者 甄 远）3月26日，石岭山高新区举办春季招聘会，"
            "吉林某科技有限公司、吉林某农业有限公司和吉林某药业有限公司等60家企业参加。\n\n"
            "某区新增企业12家\n\n本报讯（记者 甄 远）3月25日，记者从某区获悉，吉林某新材料有限公司等12家企业落户。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区举办春季招聘会", "某区新增企业12家"]
    assert {"点击上方蓝字 关注我们", "▼", "今天出版的《石岭山日报》第5版推出高新区专版，一起来看——",
            "原创 石岭山日报 石岭山日报 2024-03-28 07:45 吉林"} <= {f.text for f in b.fragments}
    assert b.district.value == "shilingshan" and b.district.inferred


def test_briefs_under_a_kuaidi_label_each_open_with_a_day_or_a_holiday(registers):
    """高新快递 labels a briefs column as 快讯 does; under it, a line set tight that opens with its
    day, 近日, or a holiday (国庆假期，…) is the next brief."""
    text = ("某区召开大会\n\n本报讯（记者 甄 远）10月12日，某区召开大会。\n\n高新快递\n\n"
            "10月11日，某区开展秋季防火专项检查，排查火灾隐患21处。\n近日，某区农机孵化器获评省级孵化器。\n"
            "国庆假期，某区文化创意产业园接待游客2.6万人次。\n")
    b = read_text(text, registers)
    assert [it.body.split("，")[0] for it in b.items[1:]] == ["10月11日", "近日", "国庆假期"]
    assert "高新快递" in {f.text for f in b.fragments}


def test_a_web_pages_numbered_contents_and_platform_name_are_layout_and_a_spaced_title_line_joins_the_next(registers):
    """The web page's 某日报 · 数字报刊平台 and its numbered list of the page's titles (01 … / 02 …)
    are the site's; a title whose first line the page spaced out a character at a time
    (某 区 表 彰 首 届) goes on in the line set tight under it."""
    text = ("某日报 · 数字报刊平台\n首页 > 2025年05月22日 > 第05版：高新区\n本版标题导航\n01 某区表彰首届“某区工匠”\n"
            "02 某区新增企业12家\n03 图片新闻\n────────────────\n\n某 区 表 彰 首 届\n“某区工匠”和“创业之星”\n\n"
            "本报讯（记者 甄 远）5月20日，某区表彰首届“某区工匠”和“创业之星”，20人获表彰。\n\n"
            "某区新增企业12家\n\n本报讯（记者 甄 远）5月19日，某区新增企业12家。\n")
    b = read_text(text, registers)
    assert [(it.kicker, it.title) for it in b.items] == [(None, "某 区 表 彰 首 届“某区工匠”和“创业之星”"), (None, "某区新增企业12家")]
    assert {"01 某区表彰首届“某区工匠”", "03 图片新闻", "某日报 · 数字报刊平台"} <= {f.text for f in b.fragments}


def test_a_double_spaced_reposts_captions_correspondent_bylines_and_end_credits(registers):
    """A repost with a blank line after every line: a caption with its credit after a section
    number and [图片] is a photo of its own, though no extra blank line sets it apart; 本报特约
    通讯员 某某 记者 某某 is a byline (讯 of 通讯员 is no dateline's); — END — and the post's
    credits under it (来源丨, 记者丨, 编辑丨) are the account's."""
    text = ("某区召开大会\n\n本报讯（记者 甄 远）10月12日，某区召开大会，部署四季度工作。\n\n相关链接\n\n"
            "某区科创中心建有中试车间和检测实验室，目前有科研人员56名。\n\n03\n\n[图片]\n\n"
            "▲10月12日，在某区一家咖啡企业，工人正在晾晒咖啡豆。记者 邵 岚 摄\n\n04\n\n"
            "某村：古茶园里的“新茶人”\n\n本报特约通讯员 訾丽娟　记者 邵 岚\n\n"
            "日前，记者走进某村，村民们正忙着采摘秋茶。\n\n— END —\n\n来源丨某日报\n\n"
            "记者丨邵岚 甄远\n\n编辑丨李 娜　审核丨刀建明\n")
    b = read_text(text, registers)
    kinds = [(it.kind, it.title) for it in b.items]
    assert kinds == [("article", "某区召开大会"), ("article", "相关链接"), ("photo", None), ("article", "某村：古茶园里的“新茶人”")]
    photo, story = b.items[2], b.items[3]
    assert photo.photographers == ["邵岚"] and photo.body.startswith("10月12日")
    assert (story.correspondents, story.reporters) == (["訾丽娟"], ["邵岚"]) and story.body == "日前，记者走进某村，村民们正忙着采摘秋茶。"
    assert {"— END —", "记者丨邵岚 甄远"} <= {f.text for f in b.fragments}


def test_a_subtitle_of_figures_set_apart_by_a_space_a_page_header_in_numerals_and_pinned_section_heads(registers):
    """总投资25亿元　达产后年产值可达60亿元 under a headline is its subtitle of facts, the space
    standing for a comma; 第五版 高新区专版　　责编:某某 is the page's header; 版面导航：… is the
    site's; a feature's section heads pinned with 📌 are heads, the pin layout."""
    text = ("第五版 某区专版　　责编:邵 岩　美编:洪 波\n版面导航：01版 要闻　02版 综合　05版 某区专版\n\n"
            "锌基新材料产业园开工\n总投资25亿元　达产后年产值可达60亿元\n\n"
            "本报讯 6月18日，某集团锌基新材料产业园项目在某区开工。\n\n"
            "一粒玉米的“千变万化”\n\n3月25日，记者走进某玉米生物科技有限公司，一股甜香扑面而来。\n\n"
            "📌“两万块钱起家”\n\n公司董事长邬春华2006年凑了两万块钱办厂。\n\n📌让农民多卖钱\n\n公司每年从周边农户收购玉米60多万吨。\n")
    b = read_text(text, registers)
    first, feature = b.items
    assert (first.kicker, first.title, first.subtitle) == (None, "锌基新材料产业园开工", "总投资25亿元　达产后年产值可达60亿元")
    paragraphs = feature.body.split("\n\n")
    assert "“两万块钱起家”" in paragraphs and "让农民多卖钱" in paragraphs
    assert {"第五版 某区专版　　责编:邵 岩　美编:洪 波", "📌"} <= {f.text for f in b.fragments}
    assert any(f.text.startswith("版面导航：") for f in b.fragments)


def test_a_name_alone_in_brackets_closing_a_text_is_its_author(registers):
    """…成为全市首家绿色工厂。（蒋 帆） at a brief's end, or under a 记者手记, names who wrote it;
    （左二） or （图） after a sentence names no one."""
    text = ("某区召开大会\n\n本报讯（记者 甄 远）4月2日，某区召开大会。\n\n园区简讯\n\n"
            "近日，某专用汽车有限公司获评国家级绿色工厂，成为全市首家绿色工厂。（蒋 帆）\n\n"
            "记者手记\n\n采访中，记者听到最多的是“农时”。农时不等人。（于 洋）\n\n"
            "4月1日，某区技术员在检修设备。（左二）\n")
    b = read_text(text, registers)
    brief, note = b.items[1], b.items[2]
    assert brief.reporters == ["蒋帆"] and brief.body.endswith("首家绿色工厂。")
    assert note.title == "记者手记" and note.reporters == ["于洋"] and note.body.endswith("农时不等人。")
    assert b.items[-1].body.endswith("（左二）") and not b.items[-1].reporters


def test_a_place_led_headline_in_quotes_glued_onto_its_dateline(registers):
    """OCR lost the line break between 某某村:大棚草莓“红”了致富路 and 本报讯(…): the headline,
    place label and quotes and all, heads a report of its own."""
    text = ("某区召开表彰大会\n本报讯(记者 杜 衡)4月14日,某区召开表彰大会,20名企业家获表彰。\n\n"
            "柳家窝棚村:大棚草莓“红”了致富路本报讯(记者 杜 衡)4月12日,某区柳家窝棚村的草莓大棚里一派繁忙。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区召开表彰大会", "柳家窝棚村:大棚草莓“红”了致富路"]
    assert b.items[1].body.startswith("本报讯(记者 杜 衡)4月12日") and b.items[1].reporters == ["杜衡"]


def test_a_box_of_figures_under_shudu_and_a_photos_numbered_captions(registers):
    """数读 labels a box of figures, each a number and what it counts set apart by a space
    (218.6亿元 前三季度工业总产值), lines of one item; a photo's captions numbered for its
    pictures (①…, ②…) keep their words, the numbers layout."""
    text = ("某区召开大会\n本报讯（记者 甄 远）10月12日，某区召开大会，部署四季度工作。\n\n数读\n"
            "218.6亿元 前三季度规模以上工业总产值\n96.4亿元 光电产业产值\n26项 某团队获授权发明专利\n\n"
            "“智慧农机”春耕忙\n①4月13日，在某村，农机手邬凡军驾驶播种机播种。\n②村民们在无人机操作员贺晓洋的指导下学习操作。\n潘 登 摄\n")
    b = read_text(text, registers, tagger="lac-crf")
    assert [(it.kind, it.title) for it in b.items] == [("article", "某区召开大会"), ("article", "数读"), ("photo", "“智慧农机”春耕忙")]
    assert b.items[1].body.split("\n\n") == ["218.6亿元 前三季度规模以上工业总产值", "96.4亿元 光电产业产值", "26项 某团队获授权发明专利"]
    photo = b.items[2]
    assert photo.body.startswith("4月13日") and "\n\n村民们" in photo.body
    assert {p.name: p.roles for p in photo.people}.get("贺晓洋") == ["无人机操作员"]


def test_a_file_pictures_label_ends_its_caption_and_names_no_one(registers):
    """▲某某（右二）和学生们在一起。（资料图片） under a report is a photo of its own, credited to no
    one; 上图：…（资料图片） over 下图：… / 本报记者 某某 摄 is one photo of two pictures."""
    text = ("某区表彰优秀教师\n\n本报讯（记者 甄 远）9月8日，某区表彰一批优秀教师。\n\n"
            "▲某区小学教师邬晓梅（右二）和学生们在一起。（资料图片）\n\n\n十年巨变\n\n"
            "上图：2011年的某区核心区，大片农田和零星的村舍。（资料图片）\n下图：2021年10月，同一位置，高楼林立。\n本报记者 曹 宁 摄\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title) for it in b.items] == [("article", "某区表彰优秀教师"), ("photo", None), ("photo", "十年巨变")]
    file_photo, pair = b.items[1], b.items[2]
    assert file_photo.body.startswith("某区小学教师邬晓梅") and not (file_photo.photographers or file_photo.reporters)
    assert pair.photographers == ["曹宁"] and pair.body.endswith("高楼林立。")


def test_an_interviews_question_wrapped_at_the_measure_is_no_headline(registers):
    """In a copy wrapped at a narrow measure, 记者：新能源转型对传统零部件企业冲击很 / 大，…？ is the
    interviewer's question, wrapped, and the interview goes on under it."""
    text = ("“让每一辆车都跑出某区速度”\n——访某区党工委书记冷 岩\n□本报记者 尚 文\n"
            "今年以来，某区聚焦汽车关键零部件\n和智能网联汽车产业，新签约项目31个，\n规模以上工业产值同比增长14.3%。\n"
            "记者：某区被称为“车城”，在汽车产业\n链上有哪些新布局？\n冷岩：过去我们的优势在整车，短板在关\n键零部件。这两年我们盯住电驱、电控\n"
            "、热管理三个环节精准招商。\n记者：新能源转型对传统零部件企业冲击很\n大，某区如何帮企业“转身”？\n"
            "冷岩：转型不是“另起炉灶”，而是“老树\n发新枝”。我们设立了2亿元的技改专项资\n金，对企业购置智能化设备给予补贴。\n")
    b = read_text(text, registers)
    assert len(b.items) == 1
    assert "记者：新能源转型对传统零部件企业冲击很大，某区如何帮企业“转身”？" in b.items[0].body
    assert b.items[0].body.endswith("给予补贴。")


def test_an_exports_picture_count_photographer_field_and_a_continuation_under_its_own_labels(registers):
    """An e-paper export whose records end with 【图片】N (how many pictures: the item stays an
    article), a picture's record credited in 【摄影】, and a record that continues a story from
    another page, its （上接…） leading the text under its own labels: that record joins the story
    it continues, not the record after it."""
    rec = "-" * 40
    text = (f"某日报数字报 · 稿件导出\n{rec}\n【序号】01\n【栏目】高新故事\n【引题】\n【主题】一颗苹果的“智慧”蝶变\n【副题】\n"
            "【作者】本报记者 程 瑶\n【正文】\n11月20日，记者走进某果业公司的智能分拣车间。公司总经理毛雅楠的儿子\n（下转07版）\n"
            f"【图片】2\n【字数】300\n{rec}\n【序号】02\n【主题】冬储大葱装车忙\n"
            "【图片说明】11月22日，在某物流园，工人正在将大葱装车外运。\n【摄影】本报记者 程 瑶\n"
            f"【图片】1\n{rec}\n【序号】01\n【主题】一颗苹果的“智慧”蝶变\n【作者】\n【正文】\n"
            "（上接06版）大学毕业后回到家乡做直播。\n【图片】0\n"
            f"{rec}\n【序号】02\n【主题】某区组织企业家赴杨凌考察\n【作者】（记者 柳建华）\n【正文】\n"
            "11月17日至19日，某区组织企业负责人赴杨凌考察学习。\n【图片】0\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title) for it in b.items] == [
        ("article", "一颗苹果的“智慧”蝶变"), ("photo", "冬储大葱装车忙"), ("article", "某区组织企业家赴杨凌考察")]
    story, photo, visit = b.items
    assert story.reporters == ["程瑶"] and story.body.endswith("大学毕业后回到家乡做直播。")
    assert photo.photographers == ["程瑶"] and not photo.reporters
    assert visit.reporters == ["柳建华"] and visit.body.startswith("11月17日至19日")
    assert {"【序号】01", "【图片】2"} <= {f.text for f in b.fragments}


def test_a_web_pages_unnumbered_contents_a_box_under_its_record_header_and_a_meeting_over_its_aim(registers):
    """A web copy lists the page's titles under 本版标题 (no numbers) up to a blank line; under a
    record's header (【第06版：某区】 稿件来源：某日报 2024-09-26) a box's label 记者手记 opens the box;
    [点击查看大图] is the site's; a meeting's headline over what it aims at keeps its title."""
    text = ("某日报数字报\n2024年9月26日　星期四\n本版共2篇稿件　〉切换版面\n本版标题\n某区召开三季度经济运行调度会\n记者手记\n\n"
            "【第06版：某区】　稿件来源：某日报　　2024-09-26\n某区召开三季度经济运行调度会\n力争全年新签约项目总投资突破300亿元\n"
            "本报讯（记者 黄春妮）9月23日，某区召开三季度经济运行调度会，力争全年新签约项目总投资突破300亿元。\n\n"
            "【第06版：某区】　稿件来源：某日报　　2024-09-26\n记者手记\n采访中，记者最深的感受是一个“变”字。\n\n"
            "高温下的坚守\n[点击查看大图]\n6月8日，某区一处工地上，工人们顶着高温作业。　本报记者 覃 磊 摄\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title, it.subtitle) for it in b.items] == [
        ("article", "某区召开三季度经济运行调度会", "力争全年新签约项目总投资突破300亿元"),
        ("article", "记者手记", None), ("photo", "高温下的坚守", None)]
    assert {"[点击查看大图]", "本版共2篇稿件　〉切换版面"} <= {f.text for f in b.fragments}


def test_a_quotation_the_line_broke_off_in_a_headline_and_a_bracketed_text_and_picture_byline(registers):
    """某区召开“抓项目 / 稳增长”攻坚行动动员大会: the quotation the narrow copy broke off goes on in
    the next line, one title; （文/本报记者 黄 婧 图/通讯员 廖 勇） under a text signs it."""
    text = ("长鼓“敲”开大湾区市场\n\n“年轻人喜欢有文化味的东西。”盘秀梅告诉记者。\n\n（文/本报记者 黄 婧 图/通讯员 廖 勇）\n\n"
            "某区召开“抓项目\n稳增长”攻坚行动动员大会\n本报讯（记者 梁 斌）5月16日，\n某区召开动员大会。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["长鼓“敲”开大湾区市场", "某区召开“抓项目稳增长”攻坚行动动员大会"]
    feature, meeting = b.items
    assert (feature.reporters, feature.photographers) == (["黄婧"], ["廖勇"]) and meeting.kicker is None


def test_a_web_copys_dates_in_figures_name_the_year_over_a_year_in_the_text(registers):
    """2025-04-10 08:26:41　来源：某日报 over a web copy, and its list of other posts (2025-04-03),
    give the year: the 2017年 a firm moved in is history, and 4月8日 in the lead is 2025's."""
    text = ("某新闻网 — 某日报社主办\n2025-04-10 08:26:41　来源：某日报　　浏览次数：1863\n\n"
            "某区与某院共建种业创新中心\n本报讯（记者 贾 宁）4月8日，某区与某院签约共建种业创新中心。"
            "公司董事长哈建国2017年把企业搬到某区。\n\n· 某区一季度经济运行稳中向好（2025-04-03）\n")
    b = read_text(text, registers)
    assert b.year.value == "2025" and b.items[0].date == "2025-04-08"


def test_a_web_post_reposting_a_page_its_title_editors_note_and_breadcrumbs_are_the_sites(registers):
    """A news site reposts the page whole as one post: its breadcrumbs (您当前的位置 : …), the
    post's title over its 来源 line, and 编者按：…本报第5版刊发某区专版，现将全部稿件转发如下。 are
    the site's; the page's first headline and its subtitle are the first item's."""
    text = ("某新闻网\n您当前的位置 : 首页 > 县区 > 某区\n\n【高新专版】种薯“芯片”扎根陇中 药都产业提质增效\n"
            "2025-04-10 08:26:41　来源：某日报　　浏览次数：1863\n【大 中 小】【打印】【关闭】\n\n"
            "　　编者按：4月10日，本报第5版刊发某区专版，现将全部稿件转发如下。\n\n"
            "某区与某院共建马铃薯种业创新中心\n将建成西北最大的脱毒种薯繁育基地\n\n"
            "　　本报讯（记者 贾 宁）4月8日，某区与某院共建的马铃薯种业创新中心揭牌。\n")
    b = read_text(text, registers)
    assert [(it.kicker, it.title, it.subtitle) for it in b.items] == [
        (None, "某区与某院共建马铃薯种业创新中心", "将建成西北最大的脱毒种薯繁育基地")]
    texts = {f.text for f in b.fragments}
    assert "【高新专版】种薯“芯片”扎根陇中 药都产业提质增效" in texts and any(t.startswith("编者按") for t in texts)
    assert "【大 中 小】【打印】【关闭】" in texts


def test_a_sum_on_its_own_line_over_what_happened_is_the_kicker(registers):
    """总投资8.6亿元 / 两个种业项目签约落地: the sum is the kicker over the event's title."""
    text = ("某区召开大会\n本报讯（记者 郭永明）9月16日，某区召开大会。\n\n总投资8.6亿元\n两个种业项目签约落地\n"
            "本报9月18日讯（记者 郭永明）\n今天上午，某区种业项目集中签约\n仪式在区政务服务中心举行，两\n"
            "个项目现场签约，总投资8.6亿元。\n")
    b = read_text(text, registers)
    assert (b.items[1].kicker, b.items[1].title, b.items[1].subtitle) == ("总投资8.6亿元", "两个种业项目签约落地", None)


def test_an_apps_count_of_the_pages_articles_heads_nothing(registers):
    """本版共12篇稿件　〉切换版面 over an app's first headline is the app's, no kicker."""
    text = ("某日报\n2025年6月13日　星期五\n第04版：某区专版\n本版共12篇稿件　〉切换版面\n\n某区召开“招大引强”攻坚推进会\n力争全年新签约项目总投资突破300亿元\n"
            "某日报　2025-06-13 07:00　阅读 3826\n本报讯（记者 覃思思）昨日，某区召开“招大引强”攻坚推进会，确保全年新签约项目总投资突破300亿元。\n")
    b = read_text(text, registers)
    assert [(it.kicker, it.title, it.subtitle) for it in b.items] == [
        (None, "某区召开“招大引强”攻坚推进会", "力争全年新签约项目总投资突破300亿元")]


def test_a_table_of_people_under_a_name_column_is_text_and_its_names_people(registers):
    """A roster set as a table (a Markdown table, or cells set apart by tabs) stays in its
    article row by row, and every cell under the 姓名 column is a person, names that are
    words (谷雨) and Tibetan names (旦增平措) included; the other columns are not."""
    md = ("# 某区表彰“最美职工”\n\n本报讯（记者 周文）3月2日，某区表彰5名“最美职工”。\n\n"
          "| 姓名 | 单位 |\n| --- | --- |\n| 谷雨 | 某区政务服务中心 |\n| 旦增平措 | 某区消防救援站 |\n| 韩立新 | 某某精工有限公司 |\n\n"
          "区领导为获奖者颁发证书。\n")
    tabs = md.split("| 姓名")[0] + "姓名\t单位\n谷雨\t某区政务服务中心\n旦增平措\t某区消防救援站\n韩立新\t某某精工有限公司\n\n区领导为获奖者颁发证书。\n"
    for text in (md, tabs):
        b = read_text(text, registers)
        (it,) = b.items
        assert {"谷雨", "旦增平措", "韩立新"} <= {p.name for p in it.people}
        assert not {"单位", "姓名"} & {p.name for p in it.people}
        assert it.body.endswith("区领导为获奖者颁发证书。") and "韩立新" in it.body
        rows = [p for p in it.body.split("\n\n") if "谷雨" in p or "韩立新" in p]
        assert len(rows) == 2  # each row its own line, not run together


def test_a_year_a_scan_misread_is_read_as_its_digits(registers):
    text = "某州日报    2O22年7月14日 星期四\n\n# 某区召开动员会\n\n本报讯（记者 周文）7月12日，某区召开动员会。\n"
    b = read_text(text, registers)
    assert b.year.value == "2022" and b.items[0].date == "2022-07-12"


def test_a_web_pages_controls_and_footer_are_layout_and_leave_the_headline_alone(registers):
    """A digital edition's page copied from the browser: its row of controls, its index of
    titles and its site footer are layout, and the headline under them keeps its title and its
    unmarked subtitle (the controls were read as a kicker, shifting the title down)."""
    text = ("某某日报数字报\n首页　>　某某日报　>　第06版\n[上一版]　[下一版]　[版面导航]　[PDF下载]\n本版标题导航\n"
            "· 某区召开新材料产业推进会\n\n某区召开新材料产业推进会\n全年力争产业规模突破300亿元\n"
            "来源：某某日报　　发布时间：2024-06-13 07:40\n本报讯（记者 周文）6月11日，某区召开新材料产业推进会。\n"
            "分享到：　微信　微博\n\n【关闭窗口】　【打印本页】　【返回顶部】\n某某日报社版权所有　皖ICP备05003017号\n"
            "本网站所刊登的新闻、信息和各种专题专栏资料，未经授权不得转载\n")
    b = read_text(text, registers)
    (it,) = b.items
    assert (it.kicker, it.title, it.subtitle) == (None, "某区召开新材料产业推进会", "全年力争产业规模突破300亿元")
    assert it.body == "本报讯（记者 周文）6月11日，某区召开新材料产业推进会。"
    layout = {f.text for f in b.fragments}
    assert {"[上一版]　[下一版]　[版面导航]　[PDF下载]", "本版标题导航", "某某日报社版权所有　皖ICP备05003017号"} <= layout


def test_a_briefs_run_in_headline_in_quotes_is_its_title(registers):
    """■“小巨人”企业家进校园　6月4日，…: a run-in headline is the brief's title whether or not it
    holds quotes; the brief's text starts at its date."""
    text = ("高新简讯\n\n■6月5日，某区举办银企对接会，9家银行参加。\n\n"
            "■“小巨人”企业家进校园　6月4日，某公司董事长包文斌走进某学院讲授创业课。\n\n"
            "■某区启动“夏季送清凉”活动　6月8日，某区总工会启动送清凉活动。\n")
    b = read_text(text, registers)
    titles = [(it.title, it.body[:5]) for it in b.items]
    assert titles[1:] == [("“小巨人”企业家进校园", "6月4日，"), ("某区启动“夏季送清凉”活动", "6月8日，")]


def test_a_paragraph_a_line_copy_of_short_lines_starts_a_report_after_a_feature(registers):
    """A copy of a paragraph a line with no blank lines, whose many short lines (titles, a
    roster's rows) keep the median line short: a line over a report's dated opening after a
    feature heads that report, not a section of the feature."""
    para = "公司的员工里，一半以上是周边村里的妇女，她们在分拣车间干了好多年，都说在家门口上班真好。"
    text = "\n".join([
        "某某日报 2021年12月16日 第5版", "某区表彰先进", "本报讯（记者 周文）12月14日，某区召开表彰大会，15个集体受到表彰。",
        "名单", "某某公司研发部", "某某大学", "某某医药公司", "【人物】", "金顺姬：把人参做成“高科技”", "本报记者 周文",
        para, para, para, "今年，公司产值突破1.2亿元，带动周边1200多户参农增收，金顺姬说下一步要建新生产线。",
        "外地企业考察团来某区洽谈合作", "12月9日，由12家企业组成的考察团到某区考察，双方就木材深加工、海产品冷链物流等领域深入交流。",
        "某区举办冰雪运动嘉年华", "本报讯（记者 韩雪松）12月11日，某区首届冰雪运动嘉年华开幕，雪地足球、冰上拔河等项目吸引市民踊跃参加。"])
    b = read_text(text, registers)
    titles = [it.title for it in b.items]
    assert "外地企业考察团来某区洽谈合作" in titles
    visit = b.items[titles.index("外地企业考察团来某区洽谈合作")]
    assert visit.body.startswith("12月9日，") and visit.date.endswith("12-09")


def test_a_roster_in_numbered_parts_with_columns_set_by_full_width_spaces(registers):
    """一、… / 二、… parts and a table whose columns are set apart by full-width spaces, under
    the roster's headline: the parts open the text (never a subtitle), each row stays a line,
    and every name in the 姓名 column's cells is a person, two to a row and spaced ones too."""
    rows = ["单位　　　　　　　　姓名", "某某生物科技有限公司　　金英男　赵雪梅", "某某食品有限公司　　　　朴顺姬　王 东",
            "某某大学　　　　　　　　南昌镐　崔英兰", "某区管委会　　　　　　　玄京淑　刘 洋"]
    text = "\n".join(["某区2021年度先进集体和先进个人名单", "一、先进集体（3个）", "某某公司研发部　某某大学药学院　某区政务服务中心",
                      "二、先进个人（8名，排名不分先后）", *rows, "", "某区召开表彰大会",
                      "本报讯（记者 周文）12月14日，某区召开表彰大会，先进集体和先进个人受到表彰。"])
    b = read_text(text, registers)
    roster = b.items[0]
    assert roster.title == "某区2021年度先进集体和先进个人名单" and roster.subtitle is None
    assert roster.body.startswith("一、先进集体（3个）")
    lines = roster.body.split("\n\n")
    assert all(r in lines for r in rows[1:])
    assert {"金英男", "赵雪梅", "朴顺姬", "王东", "南昌镐", "崔英兰", "玄京淑", "刘洋"} <= {p.name for p in roster.people}
    assert b.items[1].title == "某区召开表彰大会"


def test_numbered_briefs_with_run_in_headlines_and_an_event_headline_over_a_slogan(registers):
    """Under a column label (某区一周), 1.标题 8月3日至5日，… opens a brief whose title is the
    headline without its number; a report's headline over a slogan line is the title, the
    slogan its subtitle."""
    text = ("某区召开“招商引资攻坚月”动员会\n锁定目标抓落实 全力以赴拼项目\n\n本报讯（记者 周文）8月9日，某区召开动员会。\n\n"
            "某区一周\n\n1.某区新增两家专精特新企业 近日，工信部公布名单，某区两家企业入选。\n"
            "2.某区开展消防安全大检查 8月3日至5日，某区应急管理局开展检查。\n"
            "3.某区举办专场招聘会 8月6日，某区举办招聘会，56家企业参加。\n")
    b = read_text(text, registers)
    first = b.items[0]
    assert (first.kicker, first.title, first.subtitle) == (None, "某区召开“招商引资攻坚月”动员会", "锁定目标抓落实 全力以赴拼项目")
    assert [(it.title, it.body[:4]) for it in b.items[1:]] == [
        ("某区新增两家专精特新企业", "近日，工"), ("某区开展消防安全大检查", "8月3日"), ("某区举办专场招聘会", "8月6日")]
    assert {"某区一周", "1.", "2.", "3."} <= {f.text for f in b.fragments}


def test_a_rubric_label_and_a_headline_with_a_comma_on_one_line_head_a_commentary(registers):
    text = ("# 某区召开营商环境大会\n\n本报讯（记者 周文）3月12日，某区召开大会。\n\n"
            "【短评】“店小二”要当好，更要当久\n\n从首次洽谈到正式签约只用47天，企业的感慨道出了服务的分量。\n\n"
            "营商环境只有起点，没有终点。\n")
    b = read_text(text, registers)
    assert len(b.items) == 2
    note = b.items[1]
    assert "“店小二”要当好，更要当久" in (note.title or "") and note.body.startswith("从首次洽谈")


def test_numbered_briefs_rules_between_items_and_a_notice_run_into_its_heading(registers):
    """Under a column label, 1．12月3日，… and 2．近日，… are briefs of their own, their numbers
    layout; a rule (————————) between items ends the one above and is layout; 更正　本报… is
    a notice headed 更正."""
    rule = "—" * 20
    text = "\n".join(["某区简讯", "", "1．12月3日，某区举办职工技能大赛，200余名职工参赛。",
                      "2．近日，某区获评省级知识产权示范园区。", "", rule, "", "冬日建设忙",
                      "12月5日，某区一处在建项目现场，工人们正在浇筑混凝土。", "本报记者 周文 摄", "", rule, "",
                      "更正　本报12月2日第4版《某区新增企业28家》一文中，“28家”应为“32家”，特此更正。"])
    b = read_text(text, registers)
    assert [it.body[:6] for it in b.items] == ["12月3日，", "近日，某区获", "12月5日，", "本报12月2"]
    assert b.items[2].title == "冬日建设忙" and b.items[2].kind == "photo"
    assert b.items[3].title == "更正" and [(c.sic, c.corr) for c in b.items[3].corrections] == [("28家", "32家")]
    assert {"1．", "2．", rule} <= {f.text for f in b.fragments}


def test_a_caption_wrapped_at_a_narrow_measure_stays_one_photo(registers):
    """A PDF copy wrapped all through: the caption's line after 图为 is its text, not the
    headline of a photo of its own."""
    lines = ["某区一季度项目建设提速", "本报讯（记者 周文）3月2日，某区召开项目推进", "会，部署一季度重点工作，要求各部门加快", "推进项目建设。",
             "", "科普进校园", "9月16日，某区科协在德山小学开展", "“科技梦·少年强”科普活动。图为", "某某学院教授司马卫东（右）为学生",
             "演示机器人编程。", "覃明慧 摄"]
    b = read_text("\n".join(lines), registers)
    photo = b.items[-1]
    assert photo.kind == "photo" and photo.title == "科普进校园" and photo.photographers == ["覃明慧"]
    assert photo.body.endswith("图为某某学院教授司马卫东（右）为学生演示机器人编程。")


def test_a_masthead_a_scan_misread_is_layout(registers):
    text = "某同日报  2022年7月l4日 星期四\n第6版  高新区专版\n\n“中国数谷”扬帆正当时\n（上接第1版）\n的数据中心集群，目前已投运标准机架3.2万个。\n"
    b = read_text(text, registers)
    assert "某同日报  2022年7月l4日 星期四" in {f.text for f in b.fragments}
    assert b.items[0].title == "“中国数谷”扬帆正当时"


def test_two_spaced_names_in_a_byline_and_a_commentators_rubric(registers):
    """本报记者 马 骁　金 戈 is two reporters, each spaced out; 本报评论员文章 over a commentary is
    its rubric, and 文章 is no one's name."""
    from pipeline.text import credit_names

    assert credit_names("本报记者 马 骁　金 戈")["reporters"] == ["马骁", "金戈"]
    assert credit_names("记者 曾 卫　周 立 新")["reporters"] == ["曾卫", "周立新"]
    text = ("某区召开推进大会\n本报讯（记者 马 骁）6月16日，某区召开推进大会。\n\n"
            "本报评论员文章\n以“二次创业”的闯劲再造发展新优势\n\n推动二次创业，关键在干。\n")
    b = read_text(text, registers)
    assert b.items[0].reporters == ["马骁"]
    assert all("文章" not in it.reporters for it in b.items)


def test_bylines_with_the_part_after_the_name_a_marked_author_and_a_readers_picture(registers):
    """蒋 涛/文　韦 丹/图, 文·图/冼 宁, □欧阳晓岚 (a signed comment's author under the paper's
    mark), 特约撰稿人, … 整理, a trainee (实习生) writing as the paper's own, and 读者 X 摄, where
    读者 is the label, not a name; a marked column label (◆园区观察) is still no byline."""
    from pipeline.text import credit_names

    assert credit_names("蒋 涛/文　韦 丹/图") == {"reporters": ["蒋涛"], "correspondents": [], "photographers": ["韦丹"]}
    assert credit_names("文·图/冼 宁") == {"reporters": ["冼宁"], "correspondents": [], "photographers": ["冼宁"]}
    assert credit_names("读者 上官思雨 摄")["photographers"] == ["上官思雨"]
    assert credit_names("本报融媒体记者 庞 博 整理")["reporters"] == ["庞博"]
    assert credit_names("某市日报全媒体记者　高　原　摄影报道") == {"reporters": ["高原"], "correspondents": [], "photographers": ["高原"]}
    assert credit_names("记者 曹 宁 实习生 柯雨桐") == {"reporters": ["曹宁", "柯雨桐"], "correspondents": [], "photographers": []}
    text = ("以“小切口”撬动营商环境“大提升”\n□欧阳晓岚\n\n优化营商环境，没有最好，只有更好。\n\n"
            "“向海图强”，高新区大有可为\n特约撰稿人　司马文渊\n\n北海因海而生、向海而兴。\n\n"
            "◆园区观察\n\n“小巨人”是怎样炼成的\n本报记者 孙 岩\n\n走进车间，机器轰鸣。\n\n"
            "暑期科普营里的“小小工程师”\n蒋 涛/文　韦 丹/图\n\n“按下这个按钮，机器人就会分拣积木！”\n")
    b = read_text(text, registers)
    got = [(it.title, it.reporters, it.photographers) for it in b.items]
    assert got == [("以“小切口”撬动营商环境“大提升”", ["欧阳晓岚"], []), ("“向海图强”，高新区大有可为", ["司马文渊"], []),
                   ("“小巨人”是怎样炼成的", ["孙岩"], []), ("暑期科普营里的“小小工程师”", ["蒋涛"], ["韦丹"])]
    assert b.items[2].kicker in ("◆园区观察", "园区观察")


def test_a_reposts_credits_and_staff_lines_set_off_by_a_bar(registers):
    """文字｜X 摄影｜Y, 文｜X, 作者｜affiliation X and 图片｜an office, and the staff lines
    编辑｜X 审核｜Y at the end: the bar does what a slash or a colon does."""
    from pipeline.text import FURNITURE, credit_names

    assert credit_names("文字｜某市日报全媒体记者 邬　桐　摄影｜蔡　禾") == {"reporters": ["邬桐"], "correspondents": [],
                                                                    "photographers": ["蔡禾"]}
    assert credit_names("作者｜某师范学院经济与管理学院教授 钟　磬")["reporters"] == ["钟磬"]
    assert all(FURNITURE.match(t) for t in ("编辑｜苏　苏", "审核｜巫　山", "来源｜某日报（2024年8月30日第5版）",
                                            "5  高新区专版  编辑：富 丽  校对：苗 青", "图片", "视频", "PART 03",
                                            "XIANNING DAILY 咸宁日报社出版"))
    assert not FURNITURE.match("图片新闻展")
    text = ("某区召开理论学习中心组学习会\n文字｜某市日报全媒体记者 邬　桐　摄影｜蔡　禾\n\n8月27日，某区召开学习会。\n\n"
            "以新质生产力引领高质量发展\n作者｜某师范学院经济与管理学院教授 钟　磬\n\n新质生产力是创新起主导作用的先进生产力。\n\n"
            "老机床厂的“数字新生”\n文字｜某市日报全媒体记者 邬　桐　图片｜某区融媒体中心\n\n走进车间，机器轰鸣。\n\n编辑｜苏　苏\n审核｜巫　山\n")
    b = read_text(text, registers)
    assert [(it.title, it.reporters, it.photographers) for it in b.items] == [
        ("某区召开理论学习中心组学习会", ["邬桐"], ["蔡禾"]), ("以新质生产力引领高质量发展", ["钟磬"], []),
        ("老机床厂的“数字新生”", ["邬桐"], [])]
    assert b.items[2].body == "走进车间，机器轰鸣。" and {"编辑｜苏　苏", "审核｜巫　山"} <= {f.text for f in b.fragments}


def test_the_counted_parts_of_a_list_stay_apart_and_the_list_ends_before_its_issuer(registers):
    text = ("2024年第二批“某城英才”认定名单\n\n经个人申报、专家评审和公示，认定以下5名同志为第二批“某城英才”：\n\n"
            "B类（2名）：申屠嘉树（某精工机床有限公司）、阿苏尔古（某钒钛新材料有限公司）\n"
            "C类（3名）：庄　园（某区人民医院）、骆　驼（某钒钛新材料有限公司）、付　饶（某区企业服务中心）\n\n"
            "某区人才工作领导小组办公室\n2024年8月28日\n")
    b = read_text(text, registers)
    paragraphs = [p.text for p in b.items[0].paragraphs]
    assert paragraphs[1].startswith("B类") and paragraphs[1].endswith("（某钒钛新材料有限公司）")
    assert paragraphs[2].startswith("C类") and paragraphs[2].endswith("（某区企业服务中心）")
    assert paragraphs[3:] == ["某区人才工作领导小组办公室", "2024年8月28日"]
    assert {"申屠嘉树", "阿苏尔古", "庄园", "骆驼", "付饶"} <= {p.name for p in b.items[0].people}


def test_a_digital_editions_fields_labelled_with_a_colon_and_its_rules_of_equals_signs(registers):
    """引题：/标题：/副题：/作者：/字数： each say what their line is (字数 and an empty field are
    layout), a rule of = signs parts the articles, and a list of names with their units ends its
    article: the page's pictures after the rule are items of their own."""
    rule = "=" * 60
    text = (f"{rule}\n引题：对话·企业家\n标题：“我们要做锂电池的‘体检医生’”\n副题：——访某科技有限公司董事长漆雕明远\n"
            "作者：本报记者　孔令晗\n字数：1468\n\n　　记者：公司成立几年了？\n　　漆雕明远：五年。\n"
            f"本版责编：颜　冰\n\n{rule}\n引题：\n标题：某区第二批“锂电工匠”名单公布\n副题：\n作者：通讯员　褚　蓓\n字数：402\n\n"
            "　　本报讯（通讯员　褚　蓓）日前，某区公布第二批“锂电工匠”名单。名单如下：\n"
            "　　孔令军（某锂能有限公司）　颜　静（某新能源科技有限公司）　逄　博（某锂能有限公司）\n"
            f"本版责编：颜　冰\n\n{rule}\n本版图片\n图片说明：11月15日，某区负责人在某公司调研。　本报记者　孔令晗　摄\n")
    b = read_text(text, registers)
    first, second, *photos = b.items
    assert (first.kicker, first.title, first.subtitle) == ("对话·企业家", "“我们要做锂电池的‘体检医生’”", "——访某科技有限公司董事长漆雕明远")
    assert first.reporters == ["孔令晗"] and first.body.startswith("记者：")
    assert (second.kicker, second.title, second.subtitle) == (None, "某区第二批“锂电工匠”名单公布", None)
    assert second.body.endswith("逄　博（某锂能有限公司）") and {"孔令军", "颜静", "逄博"} <= {p.name for p in second.people}
    assert [p.kind for p in photos] == ["photo"] and photos[0].photographers == ["孔令晗"]
    assert {"字数：1468", "字数：402", rule} <= {f.text for f in b.fragments}


def test_an_export_labels_its_column_and_text_and_a_photographers_byline_makes_a_photo(registers):
    """栏目：… (the column the system files a story under) and 正文： (over the text) are the
    export's labels, layout like 字数：; a record whose 作者： names a photographer alone (记者 某某
    摄) is a picture with its caption."""
    rule = "=" * 40
    text = (f"某日报数字报 稿件导出\n日期：2024-03-06\n\n{rule}\n【第1篇】\n引题：稳中求进开新局\n标题：某区召开一季度项目调度会\n"
            "副题：\n作者：本报记者 甘 棠\n栏目：要闻\n字数：88\n正文：\n"
            "本报讯（记者 甘 棠）3月4日，某区召开一季度项目调度会，梳理在建项目进度。\n"
            "会议要求，各项目要倒排工期，确保按时完工。\n\n"
            f"{rule}\n【第2篇】\n引题：\n标题：春耕备耕正当时\n副题：\n作者：本报记者 宓 园 摄\n栏目：图片新闻\n字数：40\n正文：\n"
            "3月5日，某区一处农机合作社里，农机手正在检修播种机。\n\n"
            f"{rule}\n【第3篇】\n引题：\n标题：某区举办招聘会\n副题：\n作者：通讯员 卞 舟\n栏目：民生\n字数：50\n"
            "正文：本报讯（通讯员 卞 舟）3月2日，某区举办春季招聘会，60家企业提供岗位1200个。\n")
    b = read_text(text, registers)
    first, photo, third = b.items
    assert (first.kicker, first.title, first.subtitle) == ("稳中求进开新局", "某区召开一季度项目调度会", None)
    assert first.body.startswith("本报讯") and first.body.endswith("确保按时完工。")
    assert (photo.kind, photo.title, photo.photographers, photo.reporters) == ("photo", "春耕备耕正当时", ["宓园"], [])
    assert third.kind == "article" and third.body.startswith("本报讯（通讯员 卞 舟）3月2日")
    assert {"栏目：要闻", "栏目：图片新闻", "正文："} <= {f.text for f in b.fragments}


def test_a_web_pages_row_of_the_articles_facts_and_its_copyright_sentence_are_layout(registers):
    """[ 2024-05-09 ] [ 某日报 ] [ 浏览：1,024 ] under a web copy's headline, and the site's
    notice that its articles are its own (…版权所有，未经授权，禁止转载。), are the web page's."""
    text = ("某日报数字报\n2024年05月09日　星期四\n\n某区新能源产业园开园\n[ 2024-05-09 ] [ 某日报 ] [ 浏览：1,024 ]\n"
            "本报讯（记者 危 澜）5月8日，某区新能源产业园开园，首批12家企业入驻。\n"
            "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为某日报社版权所有，未经协议授权，禁止下载使用。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区新能源产业园开园"]
    assert b.items[0].body.endswith("首批12家企业入驻。")
    assert "[ 2024-05-09 ] [ 某日报 ] [ 浏览：1,024 ]" in {f.text for f in b.fragments}


def test_a_page_that_prints_every_headline_after_its_text(registers):
    """A PDF read box by box gives each text before its headline: the page opens on a report
    with no headline over it and ends on a headline with nothing under it. Each headline goes to
    the text above it, a byline opens the text under it, a photo's title follows its credit,
    and a box's label under a headline opens the box."""
    text = ("某日报\n2024年6月18日 星期二\n6 某高新区·园区镇街\n\n"
            "本报讯（记者 甘霖）6月14日，某区举行重点项目“擂台比武”活动，23个项目同台比拼。\n"
            "评委现场打分，某智能装备有限公司二期项目获第一名，某锂电项目和某新材料项目分获第二、三名。\n"
            "活动采取“现场观摩+集中比武”的方式进行，各项目负责人现场汇报进度、亮出目标、接受点评。\n"
            "区领导指出，“擂台比武”比的是进度，拼的是作风，要以比促干，确保二季度实现“双过半”。\n决战二季度 确保“双过半”\n23个重点项目同台“打擂”\n"
            "□本报记者 游子衿\n走进某生物科技有限公司的生产车间，桂花香气扑面而来，工人们正忙着把鲜花送进萃取设备。\n"
            "目前，公司已拥有发明专利11项，产品涵盖精油、浸膏和食品添加剂，远销二十多个国家和地区。\n"
            "一朵桂花的“香”飘之路\n——探访某生物科技有限公司\n相关链接\n某地桂花栽培历史悠久，已有2000多年历史，是全国四大桂花产区之一，年产鲜花2万吨。\n"
            "本报讯（记者 甘霖）6月13日，某学院产教融合研究院揭牌，首批15家企业与学院签约结对，共建实训基地和联合实验室。\n产教融合研究院揭牌\n"
            "6月16日，某湿地公园内，千亩荷花竞相绽放，吸引众多市民前来观赏拍照，感受夏日风光。\n特约通讯员 邹 莉 摄\n荷塘映日\n")
    b = read_text(text, registers)
    got = [(it.kind, it.kicker, it.title, it.subtitle) for it in b.items]
    assert got == [("article", "决战二季度 确保“双过半”", "23个重点项目同台“打擂”", None),
                   ("article", None, "一朵桂花的“香”飘之路", "——探访某生物科技有限公司"),
                   ("article", None, "相关链接", None), ("article", None, "产教融合研究院揭牌", None),
                   ("photo", None, "荷塘映日", None)]
    assert b.items[1].reporters == ["游子衿"] and b.items[1].body.startswith("走进某生物")
    assert b.items[2].body.startswith("某地桂花栽培历史悠久") and b.items[4].photographers == ["邹莉"]
    assert "6 某高新区·园区镇街" in {f.text for f in b.fragments}


def test_a_short_line_with_a_comma_set_apart_over_text_is_a_headline(registers):
    text = ("老谢的“中国时间”\n本报记者 佟 鑫\n谈起未来，谢尔盖说：“我的孩子在这里出生、上学，这里就是我的第二故乡。”\n\n"
            "他们，都是最美高新人\n除了上面几位，首届“最美高新人”中还有这样一群身影，他们在平凡岗位上默默付出。\n"
            "32岁的褚一帆是某智能科技有限公司创始人，他带领团队研发工业视觉系统。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["老谢的“中国时间”", "他们，都是最美高新人"]
    assert b.items[1].body.startswith("除了上面几位") and b.items[0].body.endswith("第二故乡。”")


def test_a_photos_caption_under_a_feature_with_no_dateline_is_the_photos(registers):
    text = ("焊花里的三十年\n本报记者 柯 敏\n\n欧阳铁生在焊工岗位上干了三十年，带出徒弟四十多人。\n\n"
            "他说，焊缝就是焊工的脸面，马虎不得。\n\n夕阳西下，车间里的焊花依旧闪烁。\n\n"
            "9月16日，欧阳铁生（右）在车间指导徒弟向春燕练习仰焊。\n本报记者 柯 敏 摄\n\n"
            "人物名片\n欧阳铁生，1970年生，某公司高级技师。\n")
    b = read_text(text, registers)
    feature, photo, card = b.items
    assert feature.kind == "article" and feature.body.endswith("焊花依旧闪烁。") and feature.photographers == []
    assert photo.kind == "photo" and photo.body.startswith("9月16日，欧阳铁生（右）") and photo.photographers == ["柯敏"]
    assert card.title == "人物名片"
    text = ("链接\n印制电路板是电子元器件的支撑体，被称为“电子产品之母”。\n\n"
            "3月26日，在某区一家线路板企业的生产车间，工人正在检测产品。\n记者  尹剑  摄\n")
    box, photo = read_text(text, registers).items
    assert box.kind == "article" and box.title == "链接" and box.photographers == []
    assert photo.kind == "photo" and photo.photographers == ["尹剑"] and photo.body.startswith("3月26日")


def test_a_markdown_briefs_bold_run_in_headline_is_its_title_without_the_marks(registers):
    text = ("## 高新速递\n\n**3个项目集中签约 总投资21亿元**　12月9日，某区举行第四季度重大项目集中签约仪式。\n\n"
            "**首条园区公交线路开通**　12月10日，某区首条园区公交线路正式开通运营。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["3个项目集中签约 总投资21亿元", "首条园区公交线路开通"]
    assert [f.text for f in b.fragments].count("**") == 4 and b.items[0].body.startswith("12月9日")


def test_a_documents_title_after_a_dated_report_heads_the_document(registers):
    text = ("某区与某大学共建研究院\n\n本报讯（通讯员 蒲 丽）8月7日，某区与某大学签约共建研究院。\n\n"
            "副校长景宏、区领导雷鸣出席签约仪式。\n\n某区2025年度“高新英才”认定名单\n\n"
            "经个人申报、单位推荐、专家评审和公示，以下6人被认定为“高新英才”：\n\n领军人才（2名）：车飞、南宫平\n\n"
            "青年英才（4名）：卜凡、晁阳、仝小雨、蔺佳\n")
    b = read_text(text, registers)
    report, roster = b.items
    assert report.body.endswith("出席签约仪式。") and roster.title == "某区2025年度“高新英才”认定名单"
    assert {"车飞", "南宫平", "卜凡", "蔺佳"} <= {p.name for p in roster.people}
    assert not {"车飞", "卜凡"} & {p.name for p in report.people}


def test_a_name_alone_in_brackets_under_a_piece_signs_it_but_not_inside_a_wrapped_list(registers):
    text = ("记者手记\n采访中，记者最深的感受是，“最美”就在身边。\n（杜 鹃）\n\n"
            "某区事迹报告会走进企业\n本报讯（记者 杜 鹃）5月20日，某区“最美高新人”事迹报告会走进企业。\n\n"
            "某区十佳摄影作品揭晓\n本报讯 获奖作品为：《晨曦中的工地》（白冰）、《果园新农人》\n（宇文晓燕）、《新绿》（申屠一诺）。\n")
    b = read_text(text, registers)
    note, report, awards = b.items
    assert note.title == "记者手记" and note.reporters == ["杜鹃"] and note.body.endswith("就在身边。")
    assert report.kicker is None and report.title == "某区事迹报告会走进企业"
    assert awards.reporters == [] and "《果园新农人》（宇文晓燕）" in awards.body


def test_a_reposts_list_of_earlier_posts_at_its_foot_is_layout(registers):
    text = ("某区召开推进会\n\n本报讯（记者 薛 峰）8月11日，某区召开推进会，部署下半年工作。\n\n编辑：郑 悦\n\n往期推荐\n\n"
            "某区上半年经济运行“成绩单”出炉\n\n@高校毕业生，某区3000个岗位等你来！\n\n分享 收藏 点赞 在看\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区召开推进会"] and b.items[0].body.endswith("部署下半年工作。")
    assert {"往期推荐", "某区上半年经济运行“成绩单”出炉", "@高校毕业生，某区3000个岗位等你来！"} <= {f.text for f in b.fragments}


def test_a_marked_caption_under_a_report_that_credits_its_photographer_is_the_picture(registers):
    text = ("某区召开理论学习中心组学习会\n\n文字｜某市日报全媒体记者 邬　桐　摄影｜蔡　禾\n\n"
            "8月27日，某区召开理论学习中心组学习会，深入学习全会精神。\n\n会议要求，要把学习成果转化为实际成效。\n\n"
            "▲8月27日，某区召开理论学习中心组学习会。\n\n高新简讯\n\n▲8月26日，某区召开安全生产会议。\n\n"
            "▲8月25日，某区举办招聘会，提供岗位300个。\n")
    b = read_text(text, registers)
    report, photo, *briefs = b.items
    assert report.body.endswith("转化为实际成效。") and report.photographers == ["蔡禾"]
    assert photo.kind == "photo" and photo.body == "8月27日，某区召开理论学习中心组学习会。"
    assert [it.kind for it in briefs] == ["article", "article"]  # a column's ▲ briefs credit no photographer


def test_a_headline_that_exclaims_over_its_dateline_is_a_headline(registers):
    text = ("某区经济运行“双过半”\n\n本报讯（记者 薛 峰）8月5日，某区发布上半年经济运行情况，主要指标实现“双过半”。\n\n"
            "“人才新政十条”来了！一文读懂怎么申请\n\n本报讯（记者 薛 峰）8月8日，某区出台《支持人才创新创业若干措施》。\n\n"
            "一、支持力度有多大？\n\n新引进的博士每人给予20万元安家补贴。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某区经济运行“双过半”", "“人才新政十条”来了！一文读懂怎么申请"]
    assert b.items[0].body.endswith("实现“双过半”。") and "一、支持力度有多大？" in b.items[1].body


def test_a_new_zone_whose_pinyin_a_known_one_has_gets_an_id_of_its_own(registers):
    text = ("玉林日报\n2025年3月6日　第5版　高新区专版\n\n# 玉林高新区举办招聘会\n\n"
            "本报讯（记者 周文）3月2日，玉林高新区举办春季招聘会，玉林高新区30家企业参加。\n")
    b = read_text(text, registers)
    assert "yulin" in registers.districts and registers.districts["yulin"].city == "榆林"
    assert b.district.value == "yulin-2" and b.zone.city == "玉林"


def test_a_byline_of_two_papers_roles_and_a_boxed_labels_title(registers):
    """本报记者 某某　本报通讯员 某 某 under a headline is the byline; 【数说高新】 over a box of
    figures with no headline of its own is the box's title."""
    text = ("“企业码”扫出服务加速度\n本报记者 叶知秋　本报通讯员 潘 悦\n“老蓝，你们的贷款批下来了。”电话里传来好消息。\n\n"
            "【数说高新】\n1至4月，某区实现规上工业产值168.5亿元；\n新签约项目14个，总投资62.3亿元。\n")
    b = read_text(text, registers)
    story, box = b.items
    assert story.reporters == ["叶知秋"] and story.correspondents == ["潘悦"] and story.body.startswith("“老蓝")
    assert box.title in ("数说高新", "【数说高新】") and box.body.startswith("1至4月")


def test_a_pointing_headline_under_a_photos_credit_and_a_correspondents_own_picture(registers):
    """▲ 标题 under a photo's caption and credit is that photo's title (▲ points at the picture
    above), not the next one's; **图/文　通讯员 某某** under a caption credits a photo, and the
    correspondent stays a correspondent."""
    text = ("![](a.jpg)\n\n5月16日，某公司研发总监调试水下巡检机器人。\n\n**摄影　谭 晖**\n\n**▲ 潜入深海的“眼睛”**\n\n"
            "![](b.jpg)\n\n### 群英竞技\n\n5月20日，某区首届海洋科技创新大赛决赛落幕。\n\n**图/文　通讯员 何婉仪**\n")
    b = read_text(text, registers)
    first, second = b.items
    assert first.kind == "photo" and first.title == "潜入深海的“眼睛”"  # its mark ▲ is layout
    assert first.photographers == ["谭晖"]
    assert second.title == "群英竞技" and second.kind == "photo"
    assert second.correspondents == ["何婉仪"] and second.photographers == ["何婉仪"] and second.reporters == []


def test_a_sidebars_text_wrapped_at_a_narrow_measure_is_not_its_headline(registers):
    """A PDF copy wrapped at 19 characters: 链接 over lines of the box's text, the first of them
    as long as the measure and set tight on the next: that line is text, not a headline."""
    lines = ["某区举办职业技能大赛", "本报讯（记者 周文）9月12日，某区举办首届", "有色金属行业职业技能大赛，来自12家企业的",
             "86名选手参赛，比赛设电解工、化验工等三", "个工种，获奖选手将参加自治区级竞赛。", "", "链接",
             "锂电铜箔是锂离子电池负极集流体的主要材", "料，其厚度越薄，电池的能量密度越高。目", "前，国内主流锂电铜箔厚度为6微米。"]
    b = read_text("\n".join(lines), registers)
    box = b.items[-1]
    assert box.title == "链接" and box.body.startswith("锂电铜箔是锂离子电池负极集流体的主要材料，")


def test_briefs_numbered_in_chinese_and_a_markdown_columns_label_over_its_title(registers):
    text = ("## 某区观察\n\n### 人才为何愿意“留在铜都”？\n\n□ 本报记者　凌 云\n\n人才来了，更要留得住。\n\n"
            "某区简讯\n一、12月14日，某区组织开展冬季安全生产检查。\n二、近日，某公司获评省级专精特新企业。\n")
    b = read_text(text, registers)
    assert b.items[0].title == "人才为何愿意“留在铜都”？" and b.items[0].reporters == ["凌云"]
    assert [it.body[:7] for it in b.items[1:]] == ["12月14日，", "近日，某公司获"]
    assert {"一、", "二、"} <= {f.text for f in b.fragments}


def test_a_question_that_goes_on_a_wrapped_sentence_is_no_headline(registers):
    lines = ["“芯”火燎原正当时", "——访某区党工委书记", "本报记者 蒲 阳", "今年以来，某区电子信息产业产值",
             "同比增长31.2%，增速居全省高新区", "前列。这个以油气化工起家的园区，如何", "在短短三年里长出一条电子信息产业链？",
             "日前，记者专访了某区党工委副书", "记、管委会主任沙马拉则。"]
    (it,) = read_text("\n".join(lines), registers).items
    assert "如何在短短三年里长出一条电子信息产业链？日前，记者专访了" in it.body.replace("\n", "")


def test_a_full_line_of_a_narrow_copy_that_starts_a_sentence_goes_on_past_the_page_header(registers):
    # wrapped at 18: the line of names is a full line set tight under the text, and its sentence
    # goes on after the running header; it is no headline of an item 参加调研。
    text = ("某县召开秋季招商推进会\n本报讯（记者吴越）9月9日，某县召开\n秋季招商推进会，通报了前三季度签约项\n目情况，安排了第四季度重点工作。县委\n"
            "常委、常务副县长乔立新作具体部署。\n县领导彭卫东、邝晓梅、丰子恺、柏林峰\n\n某某日报　2024年9月10日　第3版\n\n"
            "参加会议。\n\n某县新建5G基站120座\n本报讯（记者吴越）近日，某县新建5G\n基站120座，实现乡镇全覆盖，信号更强\n。\n")
    b = read_text(text, registers)
    assert [it.title for it in b.items] == ["某县召开秋季招商推进会", "某县新建5G基站120座"]
    assert flat(b.items[0].body).endswith("县领导彭卫东、邝晓梅、丰子恺、柏林峰参加会议。")
    assert {"彭卫东", "邝晓梅", "柏林峰"} <= {p.name for p in b.items[0].people}


def test_two_names_spaced_out_with_single_spaces_in_a_byline_are_two_people():
    from pipeline.text import credit_names

    # a paper spaces a name of two to fill three: four single characters are two such names
    assert credit_names("本报讯（通讯员 葛 青 沈 岚）")["correspondents"] == ["葛青", "沈岚"]
    assert credit_names("记者 欧 立 新 通讯员 管 卫")["reporters"] == ["欧立新"]  # three are one name


def test_an_official_document_printed_whole_under_its_issuers_and_signed_by_two(registers):
    # a Word export: paragraphs set in with a tab, the headline centred with spaces (one line of
    # it by three, as many as an indent): issuers, the document's own title, its number
    text = ("某区召开年度表彰大会\n\t本报讯（记者 甲乙）3月2日，某区召开年度表彰大会。会上宣读了表彰决定。\n\n"
            "            中共某某高新区工作委员会\n              某某高新区管理委员会\n"
            "   关于表彰2023年度科技创新先进单位的决定\n                某高工发〔2024〕7号\n\n"
            "各部门、各单位：\n\n\t2023年，全区科技创新工作成效明显。经研究，决定对某某公司等3家单位予以表彰。\n\n"
            "\t希望受到表彰的单位再接再厉。\n\n                    中共某某高新区工作委员会\n"
            "                      某某高新区管理委员会\n                          2024年3月1日\n\n"
            "                      春耕时节\n\t3月5日，某村村民在田间忙碌。\n                    记者 甲乙 摄\n")
    b = read_text(text, registers)
    doc = b.items[1]
    assert doc.title == "关于表彰2023年度科技创新先进单位的决定"
    assert doc.kicker is not None and flat(doc.kicker) == "中共某某高新区工作委员会某某高新区管理委员会"
    assert doc.subtitle == "某高工发〔2024〕7号"
    assert flat(doc.body).startswith("各部门、各单位：")
    # the signature (two issuers over one date) ends the document; the photo after it keeps no part of it
    assert flat(doc.body).endswith("某某高新区管理委员会2024年3月1日")
    photo = b.items[2]
    assert photo.kind == "photo" and photo.title == "春耕时节" and photo.kicker is None


def test_a_headline_centred_by_as_many_spaces_as_an_indent_is_no_paragraph_when_the_page_indents_with_tabs():
    from pipeline.read import split_lines

    lines = split_lines("   某区新材料产业园开园\n\t本报讯 3月2日，园区开园。\n\t首批企业入驻。\n  二段\n\t其余。\n")
    assert [ln.indent for ln in lines] == [False, True, True, False, True]
    # a page that sets in with spaces keeps them as its indent
    assert [ln.indent for ln in split_lines("标题\n  第一段。\n  第二段。\n")] == [False, True, True]


def test_a_photo_report_and_a_picture_given_by_a_body_are_photos(registers):
    text = ("腰鼓声声闹新春\n\n　　2月3日，某区文化广场上锣鼓喧天，表演队员们跳起欢快的舞蹈。队长某某说，他们排练了一个月。\n\n"
            "某某日报全媒体记者　王　石　摄影报道\n\n夜色中的园区\n\n　　4月15日夜，某区科创大厦灯火璀璨。\n\n"
            "无人机航拍　某某高新区管委会供图\n\n某企业扩产\n\n本报讯（记者 甲乙）5月1日，某企业扩产项目开工。\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title) for it in b.items] == [("photo", "腰鼓声声闹新春"), ("photo", "夜色中的园区"), ("article", "某企业扩产")]
    assert b.items[0].photographers == ["王石"] and b.items[0].reporters == ["王石"]
    assert b.items[1].photographers == [] and b.items[2].kicker is None  # a body's name is no photographer's


def test_in_a_narrow_copy_that_sets_paragraphs_in_a_full_line_over_a_line_not_set_in_is_text(registers):
    # wrapped at 16, paragraphs set in with two full-width spaces: the caption's second sentence
    # starts a line that fills the measure and looks like a headline
    report = ("　　本报讯（记者 甲乙）4月18日，某区新材料产业园开园，首批入驻企业12家，总投资46亿元。园区负责人说，"
              "今年将再引进项目20个，力争年底产值突破百亿元。据了解，园区规划面积3.2平方公里，分三期建设。")
    report += "　　" + report[14:] + "　　" + report[14:]  # (a double-spaced copy is told from twenty lines on)
    wrapped = [report[k:k + 20] for k in range(0, len(report), 20)]
    text = "\n\n".join(["某区新材料产业园开园", *wrapped, "企业开放日　市民走进车间",
                       "　　4月20日，某公司举办开放日活动，80余名", "市民走进生产车间，了解单晶硅生产过程。",
                       "公司设备部部长杜一凡（左二）为市民讲解单晶", "炉的工作原理。", "特约通讯员　惠　民　摄"]) + "\n"
    it = read_text(text, registers).items[-1]
    assert it.kind == "photo" and it.title == "企业开放日　市民走进车间" and it.photographers == ["惠民"]
    assert flat(it.body).endswith("公司设备部部长杜一凡（左二）为市民讲解单晶炉的工作原理。")


def test_a_features_section_head_over_many_paragraphs_that_end_on_a_photo_caption_stays_in_the_feature(registers):
    # a copy of a paragraph a line: the feature's last section ends on a photo's caption and
    # credit set tight under it; the line over the section is its head, not the photo's headline
    paras = ["“这辈子就干好这一件事”"] + [f"第{n}段，某某说，他干这一行已经{n}十年了，从没想过离开。" for n in range(1, 7)]
    text = ("老焊工的三十年\n——记某公司高级技师某甲\n□本报记者 甲乙\n\n某公司车间里，焊花飞溅，戴着面罩的技师半跪在动臂旁。\n\n"
            "“焊”不住的少年心\n\n1970年，他出生在一个铁匠之家。\n\n" + "\n\n".join(paras)
            + "\n\n9月16日，技师（右）在车间指导徒弟练习仰焊。\n本报记者 甲乙 摄\n")
    b = read_text(text, registers)
    assert [(it.kind, it.title) for it in b.items] == [("article", "老焊工的三十年"), ("photo", None)]
    assert "“这辈子就干好这一件事”" in [p.text for p in b.items[0].paragraphs if p.head]


def test_a_zone_with_a_name_of_its_own_is_filed_under_the_city_of_the_paper(registers):
    from pipeline.extract.district import infer_district
    from pipeline.model import Bulletin
    from pipeline.read import split_lines

    # 红嘴高新区 is 四平's zone (四平红嘴高新区): the district is the city's, named as printed
    text = ("某平新闻网\n您现在的位置：某平新闻网 > 某平日报 > 第05版：红桃高新区\n\n红桃高新区召开2024年工作会议\n"
            "本报讯 1月15日，某平红桃高新区召开工作会议。红桃高新区党工委书记某某出席。\n")
    b = Bulletin(file="bulletins/t.txt", lines=split_lines(text), meta={}, sha="0")
    got = infer_district(b, registers)
    assert got.value == "mouping" and got.inferred
    assert b.zone is not None and b.zone.name == "某平红桃高新区" and b.zone.city == "某平"


def test_an_award_list_under_its_wrapped_title_opens_on_its_first_part_and_the_speeches_after_it_are_their_own_item(registers):
    text = ("某区召开表彰大会\n本报讯（记者 甲乙）2月17日，某区召开表彰大会，表彰先进集体和先进个人。\n\n"
            "某区2024年度高质量发展\n先进集体和先进个人名单\n\n先进集体（3个）\n某某微电子有限公司、某某新能源科技有限公司、某区行政审批局、某某精密机械有限公司、某镇人民政府\n\n"
            "优秀企业家（2名）\n仲玉洁（某某微电子有限公司）、桑德全（某某新能源科技有限公司）\n\n先进代表发言摘登\n\n"
            "仲玉洁（优秀企业家代表、某某微电子有限公司董事长）：十年前，我们带着3个人来到这里。\n\n"
            "（记者 甲乙 整理）\n\n总投资30亿元\n新能源电池结构件项目开工本报讯（记者 甲乙）2月15日，某项目开工。\n\n"
            "节后开工忙\n2月10日，某公司车间内，工人们正在赶制订单。（通讯员 丙丁 摄）\n")
    items = read_text(text, registers).items
    roster, speeches, project, photo = items[1:5]
    assert roster.title == "某区2024年度高质量发展先进集体和先进个人名单" and roster.subtitle is None
    assert roster.paragraphs[0].head and roster.paragraphs[0].text == "先进集体（3个）"
    assert {p.name for p in roster.people} == {"仲玉洁", "桑德全"} and roster.reporters == []
    assert speeches.title == "先进代表发言摘登" and flat(speeches.body).startswith("仲玉洁（优秀企业家代表")
    assert (project.kicker, project.title) == ("总投资30亿元", "新能源电池结构件项目开工")
    assert (photo.kind, photo.title, photo.photographers) == ("photo", "节后开工忙", ["丙丁"])


def test_a_markdown_page_box_briefs_in_bold_and_a_caption_in_italics(registers):
    text = ("# 某某日报\n\n2021年11月30日　星期二　｜　第6版\n\n## 某区召开推进会\n\n本报讯（记者 甲乙）26日，某区召开推进会。\n\n"
            "> **知识链接**\n>\n> 竹缠绕复合材料是以竹材为基材的新型材料。\n\n## 金沙社区：夜话聊出邻里情\n\n"
            "每周三晚上，社区的“夜话”准时开讲。社区党委书记廖荣生介绍，居民大多是搬迁来的。\n\n"
            "*11月23日，在某公司，技术人员正在检测新产品。（本报记者 丙丁 摄）*\n\n## 高新简讯\n\n"
            "- **某区开展冬季消防演练** 23日，某区开展消防演练，模拟仓库起火后的疏散。\n"
            "- **某区召开民营企业座谈会** 昨日上午，某区召开座谈会，听取企业意见。\n")
    items = read_text(text, registers).items
    assert [(it.kind, it.title) for it in items] == [
        ("article", "某区召开推进会"), ("article", "知识链接"), ("article", "金沙社区：夜话聊出邻里情"), ("photo", None),
        ("article", "某区开展冬季消防演练"), ("article", "某区召开民营企业座谈会")]
    assert items[0].date == "2021-11-26" and items[0].date_inferred  # the day alone: the page's month
    assert items[3].photographers == ["丙丁"] and flat(items[3].body) == "11月23日，在某公司，技术人员正在检测新产品。"
    assert flat(items[4].body).startswith("23日，某区开展消防演练") and items[4].date == "2021-11-23"
    assert items[5].date == "2021-11-29"  # 昨日: the day before the page's


def test_on_a_page_that_sets_paragraphs_in_a_line_not_set_in_after_a_dated_report_heads_the_next(registers):
    text = ("某区智能家居产业园开工\n\n　　本报讯（记者 甲乙）10月12日，某区智能家居产业园开工。\n　　据介绍，项目明年投产。\n\n"
            "“企业家接待日”上解难题\n\n　　昨日上午，某区第十期“企业家接待日”活动举行。\n　　据了解，活动每月举办一次。\n"
            "　　（记者 丙丁）\n")
    items = read_text(text, registers).items
    assert [it.title for it in items] == ["某区智能家居产业园开工", "“企业家接待日”上解难题"]
    assert items[1].reporters == ["丙丁"] and items[0].reporters == ["甲乙"]


def test_an_app_copys_furniture_is_layout_and_its_headline_keeps_its_subtitle(registers):
    text = ("某州日报客户端\n〈 返回　　　　数字报　　　　···\n2023年06月16日　星期五　｜　第05版：某州高新区\n\n"
            "东盟企业家代表团到高新区考察\n28名客商走进宝石、六堡茶企业寻商机\n某州日报　2023-06-16 07:30\n字号 A－　A＋\n"
            "本报讯（记者 甲乙）6月13日，东盟企业家代表团到高新区考察。\n\n区领导甘露参加活动。\n\n"
            "阅读 1.3万　　点赞 86　　评论 12\n打开某州日报APP，查看更多精彩内容 〉\n\n"
            "高新区表彰一批优秀教师和教育工作者9月7日，某区召开教育工作大会，表彰优秀教师。\n\n大赛报名截止时间为5月31日，获奖项目可入驻孵化器。\n")
    items = read_text(text, registers).items
    assert [(it.title, it.subtitle) for it in items] == [("东盟企业家代表团到高新区考察", "28名客商走进宝石、六堡茶企业寻商机"),
                                                         ("高新区表彰一批优秀教师和教育工作者", None)]
    assert flat(items[0].body).endswith("区领导甘露参加活动。") and not items[0].truncated
    # (a day in the middle of a sentence is no headline's end: …截止时间为5月31日，…)
    assert flat(items[1].body).endswith("大赛报名截止时间为5月31日，获奖项目可入驻孵化器。")


def test_section_heads_and_briefs_headlines_set_in_as_the_text_is_and_a_pages_reaction_bar(registers):
    text = ("一片抹茶的“出海记”\n本报记者　甲乙\n\n　　在某公司的车间里，工人们正在研磨抹茶。\n　　一缕茶香飘出国门\n"
            "　　“我们生产的抹茶，有七成以上出口。”公司总经理张文博告诉记者。\n　　一片茶叶富了茶农\n"
            "　　公司在周边建立了茶叶基地，带动茶农1.5万户。\n👍 52　　☆ 收藏　　↗ 分享\n"
            "【打印本文】　【关闭窗口】　　上一篇：无　　下一篇：某区新闻\n\n高新短波\n"
            "　　◎高新区新增2家省级企业技术中心\n　　近日，某省公布省级企业技术中心名单，高新区2家企业入选。\n"
            "　　◎区人社局开展冬季“送岗位”活动\n　　11月9日，区人社局开展“送岗位”活动。\n")
    items = read_text(text, registers).items
    assert [it.title for it in items] == ["一片抹茶的“出海记”", "高新区新增2家省级企业技术中心", "区人社局开展冬季“送岗位”活动"]
    assert [p.text.strip() for p in items[0].paragraphs if p.head] == ["一缕茶香飘出国门", "一片茶叶富了茶农"]
    assert flat(items[0].body).endswith("带动茶农1.5万户。")
    assert flat(items[1].body) == "近日，某省公布省级企业技术中心名单，高新区2家企业入选。"


def test_an_app_share_copy_a_caption_inside_its_report_a_markdown_interview_and_a_qa_piece(registers):
    text = ("永州日报\n打开APP，阅读体验更佳 >\n字号 A- A A+　　　　　收藏　　　分享\n\n从“流水线女工”到“车间主任”\n"
            "某州日报 2024-03-28 07:05　阅读 5109\n唐 甜/文　邓子豪/图\n清晨7点半，某公司的厂区里已经忙碌起来。\n[图片]\n"
            "▲工人在车间检测电路板。\n在组装车间，车间主任盘秀英正在给新员工讲解。\n【责任编辑：唐 婉】\n"
            "点赞 31　　分享至　微信　朋友圈　QQ　微博\n\n一位老侨商的“回乡账”\n\n*某某日报记者 李晓岚*\n\n"
            "10月21日，某项目在高新区签约。\n\n**记者：** 您为什么选择回来投资？\n\n**司徒振邦：** 我父亲生前常说，“树高千丈，落叶归根”。\n\n"
            "2025年高新区惠企政策问答\n问：企业引进博士有什么补贴？\n答：每人30万元安家补贴。\n\n热门评论（2）\n"
            "潇湘夜雨：为家乡的高新区点赞！\n零陵老街：拉面馆我去吃过。\n")
    items = read_text(text, registers).items
    assert [it.title for it in items] == ["从“流水线女工”到“车间主任”", "一位老侨商的“回乡账”", "2025年高新区惠企政策问答"]
    feature, interview, qa = items
    assert "▲工人在车间检测电路板。" in feature.body and flat(feature.body).endswith("正在给新员工讲解。")
    assert flat(interview.body).endswith("“树高千丈，落叶归根”。") and interview.kind == "article"
    assert flat(qa.body).endswith("答：每人30万元安家补贴。")  # the readers' comments are the page's, not the piece's


def test_a_meetings_headline_a_features_question_a_box_after_a_box_and_quotes_with_their_speakers(registers):
    text = ("高新区召开产业发展大会\n发布“链长制”工作方案 18家企业获表彰\n本报讯（记者 甲乙）9月12日，高新区召开产业发展大会。\n\n"
            "一年签约项目86个，高新区靠什么“圈粉”客商？\n■本报记者 丙丁\n\n12月30日，高新区举行项目集中签约，签约项目12个。\n\n"
            "一年签约86个项目，靠的是什么？\n\n“链”上招商找准方向\n\n“过去是‘捡到篮子里都是菜’，现在是围绕产业链招商。”\n\n"
            "小贴士\n灯影牛肉是达州传统名菜。消费者如发现问题，可拨打12315投诉举报。\n\n—7—\n\n【企业心声】\n"
            "“以前办一个许可证要跑好几个部门，现在三天就拿到了。”\n——四川某锂业集团项目经理 杜明亮\n"
            "“园区给我们配了服务专员，比亲戚还亲。”\n——某机械有限公司总经理 万 红\n")
    items = read_text(text, registers).items
    assert [(it.kicker, it.title, it.subtitle) for it in items] == [
        (None, "高新区召开产业发展大会", "发布“链长制”工作方案 18家企业获表彰"),
        (None, "一年签约项目86个，高新区靠什么“圈粉”客商？", None), (None, "小贴士", None), (None, "【企业心声】", None)]
    feature, _, voices = items[1:]
    assert "一年签约86个项目，靠的是什么？" in [p.text for p in feature.paragraphs if not p.head]
    assert [p.text for p in feature.paragraphs if p.head] == ["“链”上招商找准方向"]
    assert {p.name: p.roles for p in voices.people} == {"杜明亮": ["四川某锂业集团项目经理"], "万红": ["某机械有限公司总经理"]}
    assert not voices.truncated and voices.body.count("\n\n") == 3  # each quote and each speaker a paragraph


def test_a_list_after_a_box_is_an_item_of_its_own(registers):
    text = ("相关链接\n\n“最美高新人”评选活动由某区联合主办，今年是第三届。\n\n2025年度某区“最美高新人”名单\n\n"
            "申卫华（某某轻量化科技有限公司）\n\n綦晓彤（某街道綦家村）\n\n佘　莉（某街道和美社区）\n")
    box, roster = read_text(text, registers).items
    assert box.title == "相关链接" and flat(box.body).endswith("今年是第三届。")
    assert roster.title == "2025年度某区“最美高新人”名单" and {p.name for p in roster.people} == {"申卫华", "綦晓彤", "佘莉"}


def test_a_line_after_a_page_break_under_a_finished_dated_report_heads_the_next(registers):
    text = ("海寨社区：彝家新居笑声多\n\n本报讯（通讯员 甲乙）9月4日，社区举行火把节活动。\n\n社区党总支书记普建华介绍，广场上要跳上几天几夜的左脚舞。\n\n"
            "—7—\n某某日报 2022年9月8日 星期四 高新区\n\n新学期新老师\n\n今年秋季学期，高新区新招聘教师186名。\n\n（记者 丙丁）\n")
    first, second = read_text(text, registers).items
    assert second.title == "新学期新老师" and second.reporters == ["丙丁"] and first.reporters == []


def test_a_title_wrapped_after_a_word_that_wants_what_follows_and_a_credit_under_the_papers_short_name(registers):
    # a PDF copy wrapped at 12: the title's lines stop on 的 and on 召开; the text never says the title
    text = ("英国“洋女婿”的\n汕头玩具梦\n本报记者 甲乙\n9月10日，在某公司的设计室里，\n一位英国小伙正在画图纸。\n\n"
            "某某高新区召开\n2022年科技创新大会\n本报讯（记者 甲乙）9月15日，\n大会表彰了一批企业。\n\n"
            "夜校课堂受欢迎\n3月19日晚，执业药师石慧（右）向学员讲解中药材鉴别方法。（晚报记者 韩 冰 摄）\n")
    items = read_text(text, registers).items
    assert [it.title for it in items] == ["英国“洋女婿”的汕头玩具梦", "某某高新区召开2022年科技创新大会", "夜校课堂受欢迎"]
    assert items[2].photographers == ["韩冰"]


def test_a_section_head_in_quotes_may_hold_a_comma(registers):
    text = ("从“地下”到“云端”\n本报记者　甲乙\n\n　　老矿工转岗到数据中心已经三年了。\n\n　　“学电脑，比挖煤还难”\n\n"
            "　　刚来时，他连鼠标都不会用。\n\n　　“井下的活，我闭着眼都知道”\n\n　　如今，他已是机房的骨干。\n")
    (item,) = read_text(text, registers).items
    assert [p.text.strip() for p in item.paragraphs if p.head] == ["“学电脑，比挖煤还难”", "“井下的活，我闭着眼都知道”"]
    # a quoted sentence that ends as one is text (“好，我们马上办！”)
    (item,) = read_text("某区新闻\n本报讯 某企业负责人说：\n\n“好，我们马上办！”\n\n随后问题得到解决。\n", registers).items
    assert not any(p.head for p in item.paragraphs)


def test_a_headline_with_a_comma_under_a_reposts_section_number_over_its_byline(registers):
    text = ("小知识\n宣笔始于秦汉，盛于唐宋。\n\n04\n企业关心的“亩均”问题，听听权威解答\n本报记者　汤　敏\n"
            "评价结果出来后，企业最关心哪些问题？记者采访了有关负责人。\n问：主要看哪些指标？\n答：主要看亩均税收。\n")
    box, qa = read_text(text, registers).items
    assert flat(box.body) == "宣笔始于秦汉，盛于唐宋。"
    assert qa.title == "企业关心的“亩均”问题，听听权威解答" and qa.reporters == ["汤敏"]


def test_a_headline_of_three_lines_in_a_copy_that_sets_a_blank_line_after_every_line(registers):
    text = ("深耕长三角　招大引强\n\n高性能有机硅新材料项目签约落户\n\n总投资18亿元，达产后年产值30亿元\n\n"
            "本报讯（记者 甲乙）11月4日，某项目在高新区签约。\n\n据介绍，项目达产后年产值30亿元。\n")
    (item,) = read_text(text, registers).items
    assert (item.kicker, item.title, item.subtitle) == ("深耕长三角　招大引强", "高性能有机硅新材料项目签约落户", "总投资18亿元，达产后年产值30亿元")


def test_a_markdown_copys_front_matter_its_page_line_and_an_advertisement_are_layout(registers):
    text = ("---\nsource: 某新日报\nedition: 2025-05-13\npage: 04\n---\n\n# 某新日报 · 第04版 · 高新区专版\n\n"
            "#### 聚焦液压主导产业 精准开展“敲门招商”\n\n## 某新高新区赴长三角招商签约项目6个\n\n"
            "本报讯（记者 甲乙）5月8日，某新高新区在上海举行招商推介会。\n\n【广告】某农商银行“惠企贷”火热办理中，详询96888\n")
    (item,) = read_text(text, registers).items
    assert (item.kicker, item.title) == ("聚焦液压主导产业 精准开展“敲门招商”", "某新高新区赴长三角招商签约项目6个")
    assert flat(item.body) == "本报讯（记者甲乙）5月8日，某新高新区在上海举行招商推介会。" and not item.truncated


def test_a_village_story_after_an_interview_and_a_page_header_of_staff_without_colons(registers):
    text = ("5 高新区专版 责任编辑 杜 鹃 美术编辑 邵 阳\n\n让企业办事像网购一样便捷\n——访某区管委会副主任南宫雪\n\n本报记者 甲乙\n\n"
            "今年以来，某区持续优化营商环境。\n\n记者：下一步还有什么打算？\n\n南宫雪：我们将推动更多事项集成办理。\n\n"
            "塘湾村：“共享菜园”种出邻里情\n\n6月10日清晨6点，塘湾村的“共享菜园”里已经热闹起来。\n")
    interview, village = read_text(text, registers).items
    assert interview.kicker is None and interview.title == "让企业办事像网购一样便捷"
    assert village.title == "塘湾村：“共享菜园”种出邻里情" and flat(interview.body).endswith("集成办理。")


def test_a_title_that_ends_on_a_verb_with_its_subject_is_whole_over_its_subtitle(registers):
    # 建设, 启动 and a meeting named before 召开 end a title; only a line that stops before what it
    # wants (的, 某区召开 / …大会) is the first half of one
    for title, sub in (("全力推进重点项目建设", "确保全年目标完成"), ("高新区2024年工作会议召开", "部署全年重点任务")):
        text = f"{title}\n{sub}\n本报讯（记者 甲乙）2月1日，某区召开会议，部署全年工作。\n"
        (item,) = read_text(text, registers).items
        assert (item.title, item.subtitle) == (title, sub)


def test_a_person_the_page_introduced_is_known_again_in_its_other_items(registers):
    text = ("# 草原上的奶粉厂\n\n本报讯(记者 周文)5月2日,公司董事长扎巴多吉在车间里检查奶粉灌装。"
            "牧民俄吉草和丈夫罗布家有牦牛60头。\n\n公司今年产值增长两成。\n\n"
            "# 记者手记\n\n从俄吉草家的牛圈到扎巴多吉的生产线,不过几十公里。司马骏也来看过。"
            "在这里,扎巴多吉·旺堆的名字人人知道。\n\n"
            "# 金沙园新厂房投用\n\n本报讯(记者 何方)5月3日,高新区金沙园新厂房投用。"
            "园区企业代表司马骏参加仪式。\n")
    b = read_text(text, registers, meta={"year": 2024}, tagger="lac-crf")
    feature, notes, plant = b.items
    assert {"扎巴多吉", "俄吉草"} <= {p.name for p in feature.people}
    again = {p.name: p for p in notes.people}
    # the sidebar prints them with no title: the feature introduced them
    assert {"扎巴多吉", "俄吉草"} <= set(again)
    assert [m for m in again["扎巴多吉"].mentions if notes.body[m[0]:m[1]] == "扎巴多吉"]
    # ...but not inside a longer name, and not a name the page never introduced as a person
    assert all(notes.body[b_:b_ + 1] != "·" for _, b_ in again["扎巴多吉"].mentions)
    assert "马骏" not in again and "金沙园" not in {p.name for p in plant.people}


def test_briefs_under_a_news_column_each_open_with_a_rubric_word(registers):
    text = ("# 某区召开大会\n\n本报讯(记者 周文)3月2日,某区召开大会。\n\n会议部署全年工作。\n\n高新要闻\n\n"
            "▲招商　3月5日，某区在上海举办推介会，签约项目6个。\n\n"
            "▲党建　近日，某区启动党建品牌创建活动。\n\n"
            "▲民生　3月8日，某区人才公寓交付使用。\n")
    b = read_text(text, registers, meta={"year": 2024})
    assert titles(b) == ["某区召开大会", "招商", "党建", "民生"]
    assert b.items[1].body.startswith("3月5日，") and b.items[1].date == "2024-03-05"
    assert b.items[2].body.startswith("近日，") and "高新要闻" not in b.items[0].body


def test_a_sidebar_prints_its_own_headline_with_a_comma_under_its_label(registers):
    text = ("# 茶园里的新农人\n\n本报讯(记者 周文)5月2日,茶园里一片繁忙。\n\n合作社今年增收三成。\n\n"
            "记者手记\n年轻人回来了，村子就活了\n\n在村里采访，最深的感受是年轻人多了。\n\n（周文）\n")
    b = read_text(text, registers, meta={"year": 2024})
    notes = b.items[-1]
    assert notes.title == "年轻人回来了，村子就活了" and notes.kicker == "记者手记"
    assert notes.body.startswith("在村里采访")
    # ...and over its text set in, with no blank line between
    text = ("茶园里的新农人\n　　本报讯(记者 周文)5月2日,茶园里一片繁忙。\n　　合作社今年增收三成。\n\n"
            "记者手记\n年轻人回来了，村子就活了\n　　在村里采访，最深的感受是年轻人多了。\n　　（周文）\n")
    notes = read_text(text, registers, meta={"year": 2024}).items[-1]
    assert notes.title == "年轻人回来了，村子就活了" and notes.body.startswith("在村里采访")


def test_a_name_read_also_without_its_last_character_is_one_person(registers):
    text = "# 记者手记\n\n如今，卜晓宇们带着技术回来。从卜晓宇的无人机，到卜金水的民宿，村子变了样。\n"
    people = {p.name for p in read_text(text, registers, tagger="lac-crf").items[0].people}
    assert not any(len(n) == 2 and any(m.startswith(n) and m != n for m in people) for n in people)


def test_a_page_whose_zone_has_a_name_of_its_own_is_its_mastheads_citys(registers):
    text = ("云梦日报\n2024年3月5日　第5版　楚王湾科技城·高新区专版\n\n# 科技城召开推进会\n\n"
            "本报讯(记者 周文)3月4日,楚王湾科技城召开推进会,云梦市副市长出席。"
            "来自郑州的客商参加会议。\n\n科技城与云梦学院、云梦职业技术学院签约。云梦港扩建同日开工。\n")
    b = read_text(text, registers)
    assert b.district.value == "yunmeng" and b.district.inferred
    assert any("报头" in e for e in b.district.evidence)
    # ...but a masthead's city the text barely names gives way to the register's clues
    b = read_text(text.replace("云梦学院、云梦职业技术学院", "两所学院").replace("云梦港", "新港"), registers)
    assert b.district.value != "yunmeng"


def test_a_reposts_numbered_pieces_each_start_an_item(registers):
    text = ("点击上方蓝字　关注我们\n\n— 01 —\n\n某区召开推进会\n\n本报讯(记者 周文)6月2日，某区召开推进会。\n\n会议部署全年工作。\n\n"
            "— 02 —\n\n某地的“新农人”\n\n6月9日，在某村的茶园里，记者见到了返乡青年。\n\n茶园今年增收三成。\n\n"
            "— 03 —\n\n首批“某某英才”名单出炉\n\n日前，某区首届“某某英才”评选结果揭晓。\n\n"
            "— 04 —\n\n某某速递\n\n▍6月7日，某区举办对接会。\n\n▍6月8日，某区举办招聘会。\n")
    b = read_text(text, registers, meta={"year": 2023})
    assert titles(b) == ["某区召开推进会", "某地的“新农人”", "首批“某某英才”名单出炉", None, None]
    assert [it.body[:5] for it in b.items[3:]] == ["6月7日，", "6月8日，"]


def test_a_question_over_its_dashed_subtitle_and_a_title_wrapped_after_de_are_headlines(registers):
    text = ("“某某之都”如何炼成？\n——专访某区管委会主任某某某\n\n本报记者　周文\n\n短短五年，某区从一片农田成长为产业基地。\n\n"
            "记者：最大的底气是什么？\n\n答：一是资源，二是能源。\n\n"
            "一坛老泡菜里的\n“科技味”\n\n何方/文\n\n6月9日，在某公司的车间里，记者看到了新设备。\n")
    b = read_text(text, registers, meta={"year": 2023})
    assert [(it.title, it.subtitle) for it in b.items] == [("“某某之都”如何炼成？", "——专访某区管委会主任某某某"),
                                                          ("一坛老泡菜里的“科技味”", None)]


def test_a_paragraphs_first_line_that_the_next_goes_on_from_is_no_headline(registers):
    text = ("某市日报\n2025年4月22日　星期二\n第6版 · 高新区专版\n本版编辑：某 某　美编：某 某\n━━━━━━━━━━━━━━━━\n某区表彰2024年度“科技创新奖”\n"
            "本报讯（记者 丁学勇）4月17日，某区召开科技创新大会，对获奖项目进行表彰。\n\n"
            "某某乳业有限公司马晓燕团队完成的“高蛋白奶酪发酵工艺研究”\n等3个项目获一等奖；某某大学冶金花教授获先进个人称号。\n")
    b = read_text(text, registers, meta={"year": 2025})
    assert titles(b) == ["某区表彰2024年度“科技创新奖”"] and b.items[0].kicker is None
    assert "马晓燕团队完成的“高蛋白奶酪发酵工艺研究”等3个项目" in b.items[0].body


def test_an_exports_fields_spaced_to_width_and_wrapped_and_its_record_of_the_page(registers):
    text = ("某市日报数字报 · 版面稿件导出（Word）\n报纸名称：某市日报\n出版日期：2024年12月3日　星期二\n版　　次：第03版\n"
            "版　　名：某区专版\n导出时间：2024-12-03 16:42:08\n稿件数量：2\n========\n\n【稿件01】\n栏　　目：要闻\n"
            "引　　题：抢抓冬季施工“窗口期”\n主　　题：某某新材料产业园\n　　　　　二期主体工程封顶\n副　　题：总投资26亿元\n"
            "作　　者：本报记者 赵雪松　通讯员 李 明\n正　　文：\n　　本报讯 12月1日，某某产业园二期项目主体工程封顶。\n--------\n\n"
            "【稿件02】\n类　　型：图片\n主　　题：冰雪运动进校园\n图片说明：11月28日，某区小学的学生们练习短道速滑。\n摄　　影：通讯员 李 明\n")
    b = read_text(text, registers)
    first, photo = b.items
    assert (first.kicker, first.title, first.subtitle) == ("抢抓冬季施工“窗口期”", "某某新材料产业园二期主体工程封顶", "总投资26亿元")
    assert first.reporters == ["赵雪松"] and first.correspondents == ["李明"] and first.body.startswith("本报讯 12月1日")
    assert photo.kind == "photo" and photo.title == "冰雪运动进校园" and photo.body.startswith("11月28日")


def test_a_web_pages_row_of_staff_controls_and_counts_is_furniture(registers):
    text = ("某区召开推进会\n\n本报讯(记者 周文)3月2日,某区召开推进会。\n\n会议部署全年工作。\n\n"
            "【责任编辑：刘 颖】　　【打印本页】　【关闭窗口】　　浏览次数：2316\n\n某区举办招聘会\n\n"
            "本报讯(记者 何方)3月3日,某区举办招聘会。\n\n【责任编辑：刘 颖】　　【打印本页】　【关闭窗口】　　浏览次数：754\n")
    b = read_text(text, registers, meta={"year": 2024})
    assert [(it.kicker, it.title) for it in b.items] == [(None, "某区召开推进会"), (None, "某区举办招聘会")]
    assert b.items[0].body.endswith("会议部署全年工作。") and b.items[1].body.endswith("某区举办招聘会。")


def test_a_web_pages_links_to_the_next_article_and_a_tables_rule_are_furniture(registers):
    text = ("某区召开推进会\n\n本报讯(记者 周文)3月2日,某区召开推进会。\n\n| 姓名 | 单位 |\n| --- | --- |\n| 储国栋 | 某某公司 |\n\n"
            "【返回顶部】　【上一篇：某区召开大会】　【下一篇：某区举办招聘会】\n\n某区举办招聘会\n\n"
            "本报讯(记者 何方)3月3日,某区举办招聘会。\n")
    b = read_text(text, registers, meta={"year": 2024})
    assert titles(b) == ["某区召开推进会", "某区举办招聘会"]
    assert "| --- |" not in b.items[0].body and "储国栋" in b.items[0].body and "返回顶部" not in b.items[0].body


def test_a_subtitle_of_figures_run_into_its_dateline_and_titled_slash_credits(registers):
    text = ("某区氢能产业发展大会召开\n12个项目集中签约，总投资86.5亿元本报讯（记者 郝 蕾 通讯员 段晓阳）9月26日，某区氢能大会召开。\n\n"
            "会议部署全年工作。\n\n河东追梦人\n一位“洋博士”的苹果经\n——某镇果农之子返乡创业记\n本报记者 姚 远/文　通讯员 卫晓峰/图\n"
            "六月的某镇，漫山遍野的苹果树挂满了幼果。\n")
    b = read_text(text, registers, meta={"year": 2021})
    first, feature = b.items
    assert (first.title, first.subtitle, first.reporters) == ("某区氢能产业发展大会召开", "12个项目集中签约，总投资86.5亿元", ["郝蕾"])
    assert feature.title == "一位“洋博士”的苹果经" and feature.reporters == ["姚远"] and feature.photographers == ["卫晓峰"]


def test_a_title_wrapped_over_three_lines_is_one_title(registers):
    text = ("开局就是决战 起步就是冲刺\n某某湾科技城召开\n一季度招商引资\n工作推进会\n"
            "　本报讯（记者 符 阳）3月15日，某某湾科技城召开一季度招商引资工作推进会，部署下一阶段工作。\n")
    b = read_text(text, registers, meta={"year": 2023})
    assert (b.items[0].kicker, b.items[0].title) == ("开局就是决战 起步就是冲刺", "某某湾科技城召开一季度招商引资工作推进会")


def test_a_photo_credit_with_a_slash_before_its_verb(registers):
    text = ("某区召开推进会\n\n本报讯(记者 周文)3月2日,某区召开推进会。\n\n会议部署全年工作。\n\n"
            "　3月15日，在某某育种基地，某大学学生记录水稻生长数据。\n符 阳/摄\n")
    b = read_text(text, registers, meta={"year": 2023})
    assert [it.kind for it in b.items] == ["article", "photo"] and b.items[1].photographers == ["符阳"]


def test_a_list_on_its_leads_line_goes_on_where_a_bracket_is_still_open(registers):
    text = ("某区接待考察团\n　　本报讯（记者　郭　佳）7月6日，某省客商考察团一行12人来到\n某区，实地考察产业园。\n"
            "　　考察团成员有：钟国栋（某某氢能集团董事\n长）、叶枫（某某材料有限公司副总裁）等。\n　　座谈会上，双方签约。\n")
    item = read_text(text, registers, meta={"year": 2021}).items[0]
    assert "钟国栋（某某氢能集团董事长）、叶枫" in item.body
    assert {p.name: p.roles for p in item.people}["钟国栋"] == ["某某氢能集团董事长"]


def test_a_strip_of_pictures_under_one_group_credit_is_each_a_photo(registers):
    text = ("某区召开推进会\n\n本报讯(记者 周文)5月2日,某区召开推进会。\n\n会议部署全年工作。\n\n一周镜头\n\n"
            "海上“牧场”\n5月12日，在某某海域，某区企业的深远海养殖平台投放鱼苗。\n\n"
            "夜校上新\n5月14日晚，某区“青年夜校”开设短视频制作等课程。\n\n"
            "龙舟训练忙\n5月16日，某区职工龙舟队在东湖开展训练。\n（本组图片由本报记者　缪思远　摄）\n\n小贴士\n\n某区人才公寓如何申请？可在小程序提交申请。\n")
    b = read_text(text, registers, meta={"year": 2024})
    photos = [it for it in b.items if it.kind == "photo"]
    assert [it.title for it in photos] == ["海上“牧场”", "夜校上新", "龙舟训练忙"]
    assert all(it.photographers == ["缪思远"] for it in photos)
    assert b.items[-1].title == "小贴士" and b.items[-1].kicker is None


def test_a_footer_of_section_name_and_page_number_inside_a_sentence_is_layout(registers):
    text = ("苗绣“绣”出致富路\n本报讯（记者 陶 静）绣娘张光翠是工坊的“元老”。刚满20岁的陶小芬是工坊里最年轻的\n"
            "绣娘，她在网上开设的苗绣直播\n高新区专版　　　　　　　　　　　　　　　　　5\n间已有5万多粉丝。\n")
    b = read_text(text, registers, meta={"year": 2024})
    assert len(b.items) == 1 and "苗绣直播间已有5万多粉丝" in b.items[0].body
    assert any("高新区专版" in f.text for f in b.fragments)


def test_a_person_named_again_after_a_companys_name_and_a_citys_name_alone_is_no_person(registers):
    text = ("# 新品投产\n\n本报讯(记者 周文)5月2日,某某食品有限公司质检部经理马秋菊介绍,丰宁是优质牧场所在地。"
            "丰宁市民都爱喝这家的酸奶。\n\n"
            "# 表彰大会召开\n\n本报讯(记者 何方)5月3日,某某食品有限公司马秋菊团队获一等奖。"
            "教授司马秋雨出席。\n")
    b = read_text(text, registers, meta={"year": 2024}, tagger="lac-crf")
    _first, awards = b.items
    # 司 ends 公司 there: no compound surname 司马 before the name
    assert "马秋菊" in {p.name for p in awards.people}
    # a name the page prints as its city's (丰宁市) is the city where printed alone
    assert "丰宁" not in {p.name for it in b.items for p in it.people}


def test_a_qualifier_before_a_doctor_a_partys_school_and_a_form_of_address_are_no_names(registers):
    text = ("本报讯 对新引进的全职博士给予安家补贴。省委党校教授贲晓立作报告。某某研究院甘雨博士说,"
            "76岁的居民陈奶奶也来听。潜航员陶海军已下潜200余次。区消防大队大队长虎振国讲解要点。\n")
    people = {p.name for p in read_text(text, registers, tagger="lac-crf").items[0].people}
    assert {"贲晓立", "甘雨", "陶海军", "虎振国"} <= people
    assert not people & {"全职", "党校", "陈奶奶", "振国"}


def test_an_epapers_controls_its_page_list_and_its_articles_facts_row_are_furniture(registers):
    text = ("某市日报数字报\n第05版：某高新区　　上一版　　下一版　　　　PDF版下载\n"
            "第01版：要闻　第02版：要闻　第03版：综合　第04版：民生　第05版：某高新区\n\n本版标题：\n1. 某区召开推进会\n"
            "2. 某区举办招聘会\n3. 小贴士\n\n"
            "第05版：某高新区　　　　[打印本页]　[关闭窗口]\n凝心聚力 开局起跑\n某区召开推进会\n"
            "作者：周文　何方　　来源：某市日报　　日期：2024-03-02　　浏览：1326次\n\n"
            "本报讯（记者 周 文 通讯员 何 方）3月2日，某区召开推进会。\n\n会议部署全年工作。\n\n"
            "【纠错】　分享到：微信　朋友圈　微博　QQ空间　复制链接\n\n"
            "第05版：某高新区　　　　[打印本页]　[关闭窗口]\n某区举办招聘会\n作者：本报　　来源：某市日报　　日期：2024-03-02\n\n"
            "3月3日，某区举办招聘会，提供岗位300个。获评名单如下：\n\n技能人才（3名）：某村丁宇航、某村蔡丽君、某村饶立新\n\n"
            "上一篇：某区召开推进会　　下一篇：小贴士\n")
    b = read_text(text, registers, meta={"year": 2024})
    first, second = b.items
    assert (first.kicker, first.title) == ("凝心聚力 开局起跑", "某区召开推进会")
    # the web page's author row names whom it likes; the report's own dateline says who did what
    assert (first.reporters, first.correspondents) == (["周文"], ["何方"])
    assert first.body.endswith("会议部署全年工作。") and second.reporters == []
    # a list's class and its count before the names is a line of the list, not the next headline
    assert second.title == "某区举办招聘会" and second.body.endswith("某村饶立新")


def test_a_reposts_title_over_its_header_and_a_marked_list_of_earlier_posts_are_layout(registers):
    text = ("重磅！今天的《某市日报》，某区“上新”了\n某区发布　2025年04月17日 07:46　四川\n\n"
            "某区召开推进会\n\n本报讯（记者 薛 峰）4月11日，某区召开推进会，部署二季度工作。\n\n"
            "🔗 相关链接\n\n某区去年完成投资120亿元，增长15%。\n\n▼ 往期推荐 ▼\n"
            "某区一季度“成绩单”出炉！\n总投资27.4亿元！9个项目集中开工\n")
    b = read_text(text, registers, meta={"year": 2025})
    assert [it.title for it in b.items] == ["某区召开推进会", "相关链接"]
    assert b.items[1].body == "某区去年完成投资120亿元，增长15%。"
    layout = {f.text for f in b.fragments}
    assert {"重磅！今天的《某市日报》，某区“上新”了", "某区一季度“成绩单”出炉！"} <= layout


def test_a_web_copys_furniture_set_tight_does_not_make_its_paragraphs_tight(registers):
    furniture = ("当前位置：首页 > 数字报 > 某市日报 > A07版：某区专版\n{title}\n"
                 "发布时间：2023-06-15 07:58:21　来源：某市日报　作者：谷雨　浏览次数：3120\n"
                 "【字号 大 中 小】　【打印本页】　【关闭窗口】\n")
    foot = ("责任编辑：周婉\n【纠错】　分享到：微信　朋友圈　微博\n上一篇：某某\n下一篇：某某\n"
            "首页 | 要闻 | 区县 | 专版\n版权所有 某市日报社\n未经授权不得转载\n\n")
    text = (furniture.format(title="某区召开推进会") + "\n本报讯（记者 孟 凡）6月13日，某区召开推进会。\n\n" + foot
            + furniture.format(title="一双鞋的“数字化”突围\n——某区鞋服产业转型见闻") + "谷雨/文　鲁思远/图\n\n"
            "6月12日上午，某鞋业公司的智能车间里，设备有序运转。\n\n从“代工”到“品牌”\n\n"
            "邵东平是本地人，2004年在晋江的鞋厂打工起家。\n\n老师傅学会“扫码”\n\n车间里，缝纫工正在平板电脑上查看任务。\n\n" + foot)
    b = read_text(text, registers, meta={"year": 2023})
    _report, feature = b.items
    assert feature.title == "一双鞋的“数字化”突围" and feature.body.endswith("查看任务。")
    assert [p.text for p in feature.paragraphs if p.head] == ["从“代工”到“品牌”", "老师傅学会“扫码”"]


def test_a_dateline_on_its_own_line_over_its_byline_then_a_narrow_columns_short_first_line(registers):
    text = ("某区召开推进会\n本报讯（记者 覃 云）4月15日，某区召开推进会。\n\n"
            "产业园集中签约7个项目\n总投资23.5亿元\n本报某市4月12日讯\n全媒体记者 田 甜\n某市产业园项目集中签约仪式\n"
            "今天在高新区举行，7个项目现场签约，\n总投资23.5亿元。\n")
    b = read_text(text, registers, meta={"year": 2025})
    _first, signing = b.items
    assert (signing.title, signing.reporters, signing.date) == ("产业园集中签约7个项目", ["田甜"], "2025-04-12")
    assert signing.body.startswith("本报某市4月12日讯") and signing.body.endswith("总投资23.5亿元。")
    assert "某市产业园项目集中签约仪式今天在高新区举行" in signing.body and not signing.truncated


def test_a_markdown_heading_over_a_byline_heads_an_item_and_a_pandoc_picture_is_layout(registers):
    text = ("# 某区上半年经济指标跑赢大盘\n\n本报讯（记者 叶 坤）7月9日，某区召开经济运行分析会。\n\n会议部署下半年工作。\n\n"
            "## 总投资30亿元！新型模组项目签约\n\n记者 叶 坤 通讯员 仲 宣 报道\n\n7月8日，某项目签约。\n\n"
            '![](media/image1.jpeg){width="6.3in" height="3.9in"}\n\n*这是7月8日拍摄的某区湿地。　本报记者 王 炜 摄*\n')
    b = read_text(text, registers, meta={"year": 2024})
    report, signing, photo = b.items
    assert report.body.endswith("会议部署下半年工作。")
    assert (signing.title, signing.reporters, signing.correspondents) == ("总投资30亿元！新型模组项目签约", ["叶坤"], ["仲宣"])
    assert photo.kind == "photo" and photo.photographers == ["王炜"]
    assert '![](media/image1.jpeg){width="6.3in" height="3.9in"}' in {f.text for f in b.fragments}


def test_a_new_zones_city_broken_over_two_lines_by_a_narrow_column_is_read_whole(registers):
    text = ("某某日报\n2025年4月17日　第5版\n\n某区召开分析会\n本报讯（记者 周文）4月15日，云岭湾高新区\n召开分析会。"
            "云岭湾高新区30家企业参加，今年云岭湾高新区将新建厂房12万平方米，云\n岭湾高新区“一部手机办”平台入选。\n")
    b = read_text(text, registers)
    assert b.zone.city == "云岭湾" and b.district.value == "yunlingwan"


def test_a_reposts_source_card_a_dateline_with_its_day_before_today_and_a_bracketed_signature(registers):
    text = ("某日报·高新区专版｜某产业园二期开工\n某区发布 2025年04月24日 08:30 广东\n以下文章来源于某某日报 ，作者某某日报\n"
            "某某日报.\n某某日报社官方公众号，第一时间发布权威资讯。\n\n点击蓝字 关注我们\n\n"
            "某项目签约落户\n\n本报4月21日讯 今天，总投资18亿元的某项目在某区签约。\n\n项目明年投产。\n\n"
            "某研发中心落户\n\n9月16日，某集团研发中心签约。\n\n（文/记者 吴颖欣）\n")
    b = read_text(text, registers, meta={"year": 2025})
    signing, centre = b.items
    assert (signing.title, signing.subtitle, signing.date) == ("某项目签约落户", None, "2025-04-21")
    assert signing.body.startswith("本报4月21日讯 今天")
    assert centre.reporters == ["吴颖欣"] and centre.body == "9月16日，某集团研发中心签约。"
    assert {"以下文章来源于某某日报 ，作者某某日报", "某某日报.", "某某日报社官方公众号，第一时间发布权威资讯。"} <= {f.text for f in b.fragments}


def test_one_character_under_a_headline_line_is_the_end_of_that_line(registers):
    text = ("某区召开推进会\n本报讯（记者 郑 凯）9月13日，某区召开推进会。\n\n"
            "从“挖煤人”到“石墨匠”\n——记某区石墨新材料企业车间主任王德\n顺\n□本报记者 吕 萍\n9月10日清晨，车间里机器轰鸣。\n")
    b = read_text(text, registers, meta={"year": 2021})
    _report, feature = b.items
    assert (feature.title, feature.subtitle) == ("从“挖煤人”到“石墨匠”", "——记某区石墨新材料企业车间主任王德顺")
    assert feature.reporters == ["吕萍"]


def test_a_news_sites_name_and_search_box_are_layout_and_figures_with_enumeration_commas_a_subtitle(registers):
    text = ("某某新闻网\n首页 | 新闻 | 时政 | 高新\n请输入关键字　　搜索\n\n某区氢能产业链招商大会举行\n现场签约项目9个、总投资52亿元\n"
            "本报讯（记者 陈志伟）11月14日，2023某区氢能产业链招商大会举行，现场签约项目9个、总投资52亿元。\n")
    b = read_text(text, registers, meta={"year": 2023})
    (item,) = b.items
    assert (item.kicker, item.title, item.subtitle) == (None, "某区氢能产业链招商大会举行", "现场签约项目9个、总投资52亿元")
    assert {"某某新闻网", "请输入关键字　　搜索"} <= {f.text for f in b.fragments}


def test_a_closing_byline_in_brackets_a_line_break_cut_in_two_signs_its_text(registers):
    text = ("某区表彰首批工匠\n6月12日，某区召开表彰大会，为\n首批20名工匠颁发证书，并将优\n先推荐参评省级工匠。（记者 韩\n"
            "笑 通讯员 贺婷）\n\n青瓷新品上市\n6月10日，某区陶瓷产业园里，工人\n们正在包装新品青瓷。\n")
    b = read_text(text, registers, meta={"year": 2023})
    awards, _photo = b.items
    assert (awards.reporters, awards.correspondents) == (["韩笑"], ["贺婷"])
    assert awards.body.endswith("推荐参评省级工匠。") and not awards.truncated


def test_a_box_of_marked_figures_is_text_not_a_row_of_headlines(registers):
    text = ("某区储能项目落户\n本报讯（记者 郝 强）6月14日，某储能项目签约。\n\n■链接\n某区新能源产业“成绩单”\n"
            "●2023年新能源装备产业营业收入突破900亿元\n●拥有国家级专精特新“小巨人”企业28家\n"
            "●国家级、省级研发平台136个\n●光伏组件产品远销50多个国家\n\n“小发明”里的“大梦想”\n"
            "本报记者 田 甜\n走进某公司的实验室，一台机器正在运转。\n")
    b = read_text(text, registers, meta={"year": 2024})
    titles = [it.title for it in b.items]
    assert "拥有国家级专精特新“小巨人”企业28家" not in titles and titles[-1] == "“小发明”里的“大梦想”"
    assert any("光伏组件产品远销50多个国家" in it.body for it in b.items)
