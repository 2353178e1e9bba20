"""A copy that sets the paper's full-width punctuation in half-width: read as the paper printed
it, every text given back in the copy's own characters."""

from conftest import read_text
from pipeline.halfwidth import half_width_copy, narrowed, widened
from pipeline.link import flat

REPORT = ('某区召开"夏季攻势"推进会\n本报讯(记者 吴 越)6月3日,某区召开"夏季攻势"推进会,通报项目进度.区委书记卢明远出席会议.\n'
          "会议要求,各部门要倒排工期,确保6月底前完成投资12.5亿元;要抓好安全生产.\n\n"
          '某镇新建农机服务中心\n本报讯(通讯员 乔 丹)近日,某镇农机服务中心投用,可提供代耕代收服务.镇长骆文清介绍,中心年服务面积达3.2万亩.\n'
          "有农户说:以后种地省心了!\n\n"
          "高新动态\n\n某镇:农机检修忙  连日来,某镇组织农机手检修农机具120台,确保夏收顺利.(通讯员 龙 飞)\n\n"
          '某街道:书屋飘书香  近日,某街道"共享书屋"开放,藏书3000册,居民可免费借阅.(通讯员 梅 青)\n')


def test_a_copy_of_half_width_marks_is_told_from_one_that_holds_the_papers_own():
    assert half_width_copy(REPORT * 2)
    assert not half_width_copy(REPORT.replace("推进会,", "推进会，") * 2)  # one wide mark: read as printed
    assert not half_width_copy("Version 3.2, released 10:30 (UTC).\n" * 20)  # no Chinese text around the marks


def test_a_half_width_point_ends_a_sentence_after_chinese_text_or_its_quote():
    from pipeline.text import ends_sentence

    assert ends_sentence("组织扑救.") and ends_sentence('打造成服务群众的"前哨".') and ends_sentence("他说:“好.”")
    assert not ends_sentence("第3.") and not ends_sentence("见 No.") and not ends_sentence('"A".')


def test_widening_keeps_every_character_in_its_place_and_numbers_as_printed():
    wide = widened(REPORT)
    assert len(wide) == len(REPORT) and narrowed(wide) == REPORT
    assert "12.5亿元" in wide and "3.2万亩" in wide and "6月3日，" in wide
    assert "“夏季攻势”推进会，" in wide and "（记者 吴 越）" in wide and "出席会议。" in wide


def test_a_half_width_copy_is_read_as_the_paper_and_given_back_as_printed(registers):
    b = read_text(REPORT, registers)
    assert [it.title for it in b.items][:2] == ['某区召开"夏季攻势"推进会', "某镇新建农机服务中心"]
    first, second, *briefs = b.items
    # each brief ends at its credit in brackets: two items, each with its correspondent
    assert [it.correspondents for it in briefs] == [["龙飞"], ["梅青"]]
    assert first.body.endswith("要抓好安全生产.") and not first.truncated
    assert second.correspondents == ["乔丹"]
    assert "骆文清" in {p.name for p in second.people} and "卢明远" in {p.name for p in first.people}
    # a title begins after the sentence before it ends, at a half-width stop too
    assert {p.name: p.roles for p in first.people}["卢明远"] == ["区委书记"]
    assert {p.name: p.roles for p in second.people}["骆文清"] == ["镇长"]
    # every character of the copy is where the copy printed it: none widened in the edition
    texts = [t for it in b.items for t in (it.title, it.body, it.byline) if t] + [f.text for f in b.fragments]
    assert not any(c in t for t in texts for c in "，。：；（）“”？！")
    assert sorted(flat(REPORT)) == sorted(flat("".join(texts)))
