"""A correction notice (更正) announces what the paper got wrong elsewhere: the edition reads the
withdrawn and the right reading from its words and keeps them on the notice, never marking
the notice's own text (which is right as printed) and never touching another item."""

import pytest
from conftest import read_text
from pipeline.extract.errata import errata
from pipeline.model import Item, Paragraph


def notice(body: str, title: str | None = "更正") -> Item:
    return Item(kind="article", title=title, paragraphs=[Paragraph(body, [])])


@pytest.mark.parametrize(("body", "pairs"), [
    ("本报4月2日第6版《某区新建两座变电站》一文中，“装机容量12兆瓦”应为“装机容量21兆瓦”，特此更正。",
     [("装机容量12兆瓦", "装机容量21兆瓦")]),
    # the right reading first: “B”误为“A”
    ("本报5月9日A3版《园区企业获评示范》中，“北辰微纳科技”误为“北晨微纳科技”，特此更正并致歉。",
     [("北晨微纳科技", "北辰微纳科技")]),
    ("本刊第12期《某某中心揭牌》一文，“副主任韩如松”系“主任韩如松”之误，谨此更正。", [("副主任韩如松", "主任韩如松")]),
    # two readings in one notice, a reading the page wrapped, 「」 quotes and 均应为
    ("本报6月1日第2版《上半年经济运行》一文中，标题及正文中的「7.3%」均应为「3.7%」，“新增企业\n45家”应为“新增企业54家”。特此更正。",
     [("7.3%", "3.7%"), ("新增企业45家", "新增企业54家")]),
])
def test_a_notice_gives_what_it_withdraws_and_what_replaces_it(body, pairs):
    found = errata(notice(body))
    assert [(c.sic, c.corr) for c in found] == pairs
    assert all(c.by == "notice" and not c.in_text for c in found)
    if "《" in body:  # the article and issue the notice names are kept with it
        assert all("《" in c.note and "》" in c.note for c in found)


def test_only_a_notice_is_read_for_corrections():
    quote = "专家说，“年产量10万吨”应为“年产量12万吨”才能达到设计要求。"
    assert errata(notice(quote, title="某区新材料项目投产")) == []
    assert [(c.sic, c.corr) for c in errata(notice("更正：本报3月7日第5版一文中，“甲”应为“乙”。", title=None))] == [("甲", "乙")]


def test_a_notice_in_a_bulletin_keeps_its_text_and_its_neighbour_is_untouched(registers):
    text = ("# 某区召开科技大会\n\n本报讯（记者 周文）3月2日，某区召开科技大会，新增企业45家。\n\n"
            "更正\n\n本报2月20日第3版《某区新增企业》一文中，“新增企业45家”应为“新增企业54家”，特此更正。\n")
    b = read_text(text, registers)
    report, fix = b.items
    assert report.corrections == [] and "新增企业45家" in report.body
    assert [(c.sic, c.corr, c.by) for c in fix.corrections] == [("新增企业45家", "新增企业54家", "notice")]
    assert fix.body.startswith("本报2月20日") and fix.title == "更正" and not fix.decisions
