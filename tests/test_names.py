"""What a Chinese name looks like (build/pipeline/extract/names.py): the checks and cuts the
build applies to a model's names, on made-up text."""

from __future__ import annotations

from pipeline.extract.names import complete, looks_like_name, roster, split_run, transliterated
from pipeline.extract.statistical import _TITLES, person_spans
from pipeline.extract.taggers import _follows_name


def test_a_run_of_names_is_cut_into_names_and_one_name_is_not():
    assert split_run("周海鸣吴雪琴") == ["周海鸣", "吴雪琴"]
    assert split_run("欧阳振华") is None  # a compound surname's four-character name
    assert split_run("周海鸣") is None
    assert split_run("普里马科夫") is None  # a transliteration is one name


def test_a_roster_without_separators_becomes_its_names():
    text = "名单：邱振华潘秋月龚立强严若兰向东明卜雨晴薛志文"
    model = [(3, 10), (10, 16), (16, 19)]  # a model that lost the edges inside the run
    got = [text[a:b] for a, b in roster(text, model)]
    assert got == ["邱振华", "潘秋月", "龚立强", "严若兰", "向东明", "卜雨晴", "薛志文"]


def test_ordinary_text_with_two_names_is_not_a_roster():
    text = "邱振华和潘秋月一起走进车间查看生产情况"
    spans = [(0, 3), (4, 7)]
    assert roster(text, spans) == spans


def test_what_a_model_cut_off_is_put_back():
    text = "他向东方亦白博士请教。"
    assert text[slice(*complete(text, 3, 6, _follows_name))] == "东方亦白"
    text = "部长孙立新出席。"  # 长孙 is a compound surname, but 部长 is a title here
    assert text[slice(*complete(text, 2, 5, _follows_name))] == "孙立新"


def test_names_a_reader_would_not_look_up_are_not_people():
    assert not looks_like_name("欧阳", _TITLES)  # a surname alone
    assert not looks_like_name("刘家村", _TITLES)  # a village
    assert not looks_like_name("成立的", _TITLES)  # a particle in the given name
    assert looks_like_name("邱振华", _TITLES)
    assert looks_like_name("安娜·卡列尼娜", _TITLES)
    assert transliterated("克里斯蒂娜")


def test_honorifics_and_lone_surnames_from_a_model_are_dropped():
    text = "李总和张奶奶都来了，邱振华也来了。"
    spans = [(0, 2, "PER"), (3, 6, "PER"), (10, 13, "PER")]
    assert [text[a:b] for a, b in person_spans(text, spans)] == ["邱振华"]
