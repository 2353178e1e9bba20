"""What a Chinese name looks like (build/pipeline/extract/names.py): the checks and cuts the
build applies to a model's names, on made-up text."""

from __future__ import annotations

from pipeline.extract import people_in
from pipeline.extract.names import complete, looks_like_name, roster, split_run, transliterated
from pipeline.extract.statistical import _TITLES, person_spans
from pipeline.extract.taggers import _follows_name


def model_people(text: str, registers) -> set[str]:
    """The people the default build (the model with the patterns) finds in a one-item text."""
    from conftest import read_text
    return {p.name for p in read_text(text, registers, tagger="lac-crf").items[0].people}


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


def test_people_in_latin_letters_are_found_by_what_the_page_says_of_them():
    from pipeline.extract import people_in

    text = ("德国专家Hans Weber在车间指导。项目设计师Ron介绍了方案，Berg先生也到场。"
            "意大利球员梅内兹（Menez）发言。公司总裁CEO出席，Python与Java课程开班，Moonlight乐队演出。")
    names = {p.name: p for p in people_in(text, None, set(), [], set())}
    assert {"Hans Weber", "Ron", "Berg"} <= set(names)
    assert names["Ron"].roles and "设计师" in names["Ron"].roles[0]
    for word in ("CEO", "Python", "Java", "Moonlight", "Moon"):
        assert word not in names
    # with a transliterated name found before its brackets, the original is the same person,
    # printed again: a mention of it, not a second person
    spans = [(text.index("梅内兹"), text.index("梅内兹") + 3, "PER")]
    found = {p.name: p for p in people_in(text, spans, set(), [], set())}
    assert "Menez" not in found and (text.index("Menez"), text.index("Menez") + 5) in found["梅内兹"].mentions
    # a name printed as a whole word only: Moon is not a mention inside Moonlight
    from pipeline.extract.latin import mentions

    assert mentions("Moon和Moonlight", "Moon") == [(0, 4)]


def test_a_name_printed_as_the_start_of_a_place_or_institution_is_not_a_person():
    from pipeline.extract.statistical import more_people

    text = "盖蒂中心展出藏品。游客在海渔广场合影。技术员周立波讲解。"
    spans = [(0, 2, "PER"), (12, 14, "PER"), (text.index("周立波"), text.index("周立波") + 3, "PER")]
    assert [p.name for p in more_people(text, spans, [], set(), set())] == ["周立波"]


def test_compound_surnames_keep_their_names_whole_and_alone_are_no_one():
    from pipeline.extract.people import find_people

    names = [p.name for p in find_people("区领导闻人立新、南宫雪梅、申屠建平参加会议。", set(), [])]
    assert names == ["闻人立新", "南宫雪梅", "申屠建平"]
    text = "党工委书记南宫雪梅出席。"  # a model that read the name without the surname's first half
    assert text[slice(*complete(text, 6, 9, _follows_name))] == "南宫雪梅"
    assert not looks_like_name("公冶", _TITLES) and not looks_like_name("澹台", _TITLES)


def test_a_name_ends_where_a_title_after_it_begins():
    from pipeline.extract.people import find_people

    assert [p.name for p in find_people("公司负责人李明远总经理说，订单排到了年底。", set(), [])] == ["李明远"]
    assert [p.name for p in find_people("中国工程院院士邝鸿钧为基地揭牌。", set(), [])] == ["邝鸿钧"]  # not 程院


def test_dotted_names_and_transliterations_end_where_the_sentence_goes_on():
    text = "工程师艾力·买买提负责系统的维护。"
    assert [text[a:b] for a, b in person_spans(text, [(3, 5, "PER")])] == ["艾力·买买提"]
    text = "在包装工段,乌日娜正和工友们把成品装箱。"  # a model that took the adverb into the name
    assert [text[a:b] for a, b in person_spans(text, [(6, 10, "PER")])] == ["乌日娜"]


def test_a_company_officer_in_latin_letters_is_found_by_the_title_before():
    from pipeline.extract.latin import latin_people

    text = "某物流公司首席执行官Daniyar Bekov说,公司计划扩大运力。"
    assert [p.name for p in latin_people(text, [], set())] == ["Daniyar Bekov"]


def test_what_follows_a_name_is_not_taken_into_it():
    text = "某公司总经理魏来说，订单排到了年底。"  # a model that read 魏来说 as one name
    assert [text[a:b] for a, b in person_spans(text, [(6, 9, "PER")])] == ["魏来"]
    text = "公司生产总监阿斯罕说。"  # 阿 starts this name: it is no 阿 of address (阿强)
    assert [text[a:b] for a, b in person_spans(text, [(6, 9, "PER")])] == ["阿斯罕"]


def test_a_name_printed_before_a_zone_is_the_zones():
    from pipeline.extract.statistical import more_people

    text = "金山高新区营收增长。金山高新区将继续推进。"
    assert more_people(text, [(0, 2, "PER")], [], set(), set()) == []


def test_a_common_word_is_judged_the_same_in_a_fresh_process():
    """jieba loads its dictionary on the first cut: the word frequencies must be there before,
    or the first items a process reads are judged without them."""
    import subprocess
    import sys

    from conftest import ROOT

    code = ("import sys; sys.path.insert(0, sys.argv[1]);"
            "from pipeline.extract.statistical import _common_word; from pipeline.extract.words import load_jieba;"
            "first = _common_word('毕业'); load_jieba()[0].lcut('某区召开会议'); print(first, _common_word('毕业'))")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "build")], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]


def test_a_roster_line_is_names_through_and_through_and_a_headline_is_not():
    from pipeline.extract.names import roster_line

    assert roster_line("丁一凡 马晓雯 王梓豪 卞学军") and roster_line("孔繁星赵一鸣沈丽娟袁浩然")
    assert not roster_line("高新区召开党政联席会议")  # cuts into 高新|区召开|党政联|席会议, but no roster
    assert not roster_line("奋进新征程 建功新时代 共筑中国梦 同心向未来")


def test_one_title_before_several_names_is_each_ones():
    from pipeline.extract import people_in

    text = "市发改委副主任阚佳明、戚秋实陪同调研。"
    roles = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert roles == {"阚佳明": ["市发改委副主任"], "戚秋实": ["市发改委副主任"]}


def test_a_given_name_may_open_with_a_word_that_never_ends_one():
    # 向东, 为民: a preposition after a surname is the model's slip, a given name's first
    # character is not
    assert looks_like_name("郜向东", _TITLES) and looks_like_name("冼为民", _TITLES)
    assert not looks_like_name("郜向", _TITLES) and not looks_like_name("冼在东", _TITLES)


def test_a_resident_quoted_by_name_is_a_person_and_the_place_they_live_is_not():
    from pipeline.extract import people_in

    text = "“路修好了，出门方便多了。”村民承秀英说。果农揭海涛一边装箱一边介绍。居民楼里，市民广场上人来人往。"
    names = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert names == {"承秀英": ["村民"], "揭海涛": ["果农"]}


def test_a_name_before_a_verb_and_an_institution_is_a_persons_and_one_before_its_institution_is_not():
    from pipeline.extract import people_in

    text = "院长甄立行，区委书记焦卫国共同为研究院揭牌。工程师努尔兰·别克是公司的技术骨干。参观了罗丹中心。"
    spans = [(2, 5, "PER"), (10, 13, "PER"), (25, 31, "PER"), (43, 45, "PER")]
    assert [text[a:b] for a, b, _ in spans] == ["甄立行", "焦卫国", "努尔兰·别克", "罗丹"]
    names = {p.name for p in people_in(text, spans, set(), [], set())}
    assert {"焦卫国", "努尔兰·别克"} <= names and "罗丹" not in names


def test_mongolian_and_tibetan_names_are_names_without_a_han_surname():
    assert looks_like_name("苏日娜其其格", _TITLES) and looks_like_name("巴图吉日嘎", _TITLES)
    assert looks_like_name("扎西卓玛", _TITLES)
    assert not looks_like_name("王建国同志", _TITLES)  # five characters of a Han name and more


def test_a_roster_under_a_label_and_a_name_padded_for_alignment():
    from pipeline.extract.names import roster_names

    assert roster_names("二等奖：祁海生 闵　悦 柯一帆") == ["祁海生", "闵悦", "柯一帆"]
    assert roster_names("一等奖:祁海生 柯一帆") == ["祁海生", "柯一帆"]
    assert roster_names("主办单位：高新区 管委会") == [] and roster_names("会议指出：要加强 项目") == []


def test_a_grid_of_names_padded_to_one_width_holds_names_of_any_surname():
    """岩　温　　俸　强　　李建华: two-character names padded to the width of three say the row is
    names, those of a surname no list holds (Dai 岩/玉 names, 俸, 字) too; a grid of words does not."""
    from pipeline.extract.names import roster_names

    assert roster_names("岩　温　　俸　强　　柏云飞　　郑春梅　　邰志刚") == ["岩温", "俸强", "柏云飞", "郑春梅", "邰志刚"]
    assert roster_names("玉　香　　龚晓云　　卜　宁　　褚国平") == ["玉香", "龚晓云", "卜宁", "褚国平"]
    assert roster_names("高　新　　区　委　　党　校　　产　业") == []
    assert roster_names("科　技　　创　新　　发　展　　开　放") == []


def test_latin_names_with_particles_after_a_noun_of_who_they_are():
    """荷兰教授Jan de Vries and 化学家Oliver Grant: a surname's particle is part of the name, and a
    noun of a trade or a field (…家, …师, …员) before the name says it is a person's."""
    from pipeline.extract import people_in

    text = ("比利时教授Anne van der Berg来访。英国化学家Oliver Grant和团队合作。公司引进了Siemens PLC。"
            "俄罗斯客户代表Ivan Petrov也到场。")
    assert {p.name for p in people_in(text, None, set(), [], set())} == {"Anne van der Berg", "Oliver Grant", "Ivan Petrov"}


def test_forms_of_address_trades_and_grammar_after_a_surname_are_no_names():
    """林叔 and 黄伯 are how someone is addressed, 蔗农 who someone is, 和队友 and 陶并称 a surname's
    character before grammar or an everyday word; 动力工程系教授 names a department's professor,
    not 程系. 于海洋 and 向明亮 stay names: 于 and 向 are common surnames."""
    from pipeline.extract.statistical import plausible

    text = "村里人都叫他林叔，黄伯也来了。蔗农正在管护甘蔗。他和队友们调试设备。紫陶与荣昌陶并称名陶。"
    for word in ("林叔", "黄伯", "蔗农", "和队友", "陶并"):
        assert not plausible(text, word), word
    assert plausible("管委会主任把丽华主持会议。", "把丽华")  # 把 is a Hui surname
    names = "于海洋说，设备运行平稳。向明亮介绍了方案。"
    assert plausible(names, "于海洋") and plausible(names, "向明亮")
    got = {p.name for p in people_in("清华大学能源与动力工程系教授司徒宏出席。", None, set(), [], set())}
    assert got == {"司徒宏"}


def test_a_list_led_by_who_its_people_are_then_shi_and_a_colon():
    """受表彰的“最美志愿者”是：… leads a list of names, spaced ones and words among them (乌 云);
    一个主要问题是：资金、人才、土地 leads a list of things."""
    text = ("受表彰的“最美志愿者”是:邬淑芬、李和平、巴 图、宫 雪、迟国庆、乌 云。一个主要问题是：资金、人才、土地。"
            "获评的“最美家庭”是：柴玉兰家庭（某社区）、訾德发家庭（某街道）。\n")
    assert {p.name for p in people_in(text, None, set(), [], set())} == {"邬淑芬", "李和平", "巴图", "宫雪", "迟国庆", "乌云", "柴玉兰", "訾德发"}


def test_a_given_name_of_a_yunnan_people_after_a_description_naming_the_people():
    """布朗族茶农岩坎, 拉祜族返乡青年扎发: names of peoples whose names have no surname of the Han
    lists, read where the description says the person's people; 各族群众期盼 names none."""
    text = "在布朗族茶农岩坎的茶园里，技术员正在讲解。拉祜族返乡青年扎发在村里直播。回应各族群众期盼。\n"
    got = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert got == {"岩坎": ["布朗族茶农"], "扎发": ["拉祜族返乡青年"]}


def test_tibetan_and_mongolian_names_of_gansu_and_qinghai():
    """索南才让, 尕藏卓玛, 更登嘉措 and 敖登格日乐 are names of four or five characters no Han
    surname starts; 云南藏区 is a place, no one."""
    text = ("成员有：索南才让（某公司）、尕藏卓玛（某科学院）。牧民的丈夫更登嘉措说，家里有牦牛60头。"
            "区领导敖登格日乐出席。他常去云南藏区调研。\n")
    got = {p.name for p in people_in(text, None, set(), [], set())}
    assert {"索南才让", "尕藏卓玛", "更登嘉措", "敖登格日乐"} <= got and not any("藏区" in n for n in got)


def test_a_period_and_its_task_is_no_person_and_a_person_of_that_surname_is():
    from pipeline.extract import people_in

    text = "园区实行“日巡查、周督办、月讲评”。项目推行周会商、月通报。周立华说，每周会商解决难题。"
    spans = [(9, 12, "PER"), (22, 25, "PER"), (30, 33, "PER"), (36, 39, "PER")]
    assert [text[a:b] for a, b, _ in spans] == ["周督办", "周会商", "周立华", "周会商"]
    assert [p.name for p in people_in(text, spans, set(), [], set())] == ["周立华"]


def test_a_mongolian_name_after_a_title_or_a_description_and_a_farmer_at_work():
    from pipeline.extract.people import find_people

    text = ("园区党工委书记巴特尔吉日嘎主持会议。六年级学生苏日娜其其格在展区看得入迷。"
            "果农岑德华正在为果树施肥。“今年收成好。”村民莫丽娟说。")
    got = {p.name: p.roles for p in find_people(text, set(), [])}
    assert got == {"巴特尔吉日嘎": ["园区党工委书记"], "苏日娜其其格": [], "岑德华": [], "莫丽娟": []}


def test_a_word_in_a_run_of_quoted_words_is_no_person_and_a_quoted_name_alone_may_be():
    from pipeline.extract import people_in

    text = "一只只“苏燕”“龙头蜈蚣”风筝飞上天。文中“韦俊明”应为“韦立明”。"
    spans = [(4, 6, "PER"), (29, 32, "PER")]
    assert [text[a:b] for a, b, _ in spans] == ["苏燕", "韦立明"]
    assert [p.name for p in people_in(text, spans, set(), [], set())] == ["韦立明"]


def test_a_roster_line_may_hold_a_dotted_name_and_hui_surnames():
    from pipeline.extract.names import roster_names

    assert roster_names("艾力·买合木提　郝建国　锁志坚　纳玉兰") == ["艾力·买合木提", "郝建国", "锁志坚", "纳玉兰"]
    assert roster_names("艾力·买合木提　约翰·史密斯　玛丽·安　彼得·潘") == []  # no Han name: not read as a roster


def test_a_minority_name_the_model_cut_short_is_made_whole_and_a_name_does_not_take_zheng_of_zhengzai():
    from pipeline.extract import people_in

    text = "总工程师索朗旺堆博士介绍，工艺已定型。90后工程师苗蔓正在检测一批样品。"
    spans = [(4, 7, "PER"), (25, 28, "PER")]
    assert [text[a:b] for a, b, _ in spans] == ["索朗旺", "苗蔓正"]
    assert {p.name for p in people_in(text, spans, set(), [], set())} == {"索朗旺堆", "苗蔓"}


def test_yi_names_open_with_their_clan_name_and_a_model_that_cut_one_is_made_whole():
    from pipeline.extract import people_in

    assert looks_like_name("吉克阿依", _TITLES) and looks_like_name("曲比拉哈", _TITLES)
    text = "来自凉山的彝族小伙吉克阿依说，他在这里学会了编程。"
    spans = [(9, 11, "PER"), (11, 13, "PER")]
    assert [text[a:b] for a, b, _ in spans] == ["吉克", "阿依"]
    assert [p.name for p in people_in(text, spans, set(), [], set())] == ["吉克阿依"]


def test_a_name_spaced_out_in_a_list_after_a_title_is_a_name():
    from pipeline.extract.people import find_people

    got = {p.name: p.roles for p in find_people("区领导郝志刚、阙 慧、欧阳振华参加观摩。", set(), [])}
    assert got == {"郝志刚": ["区领导"], "阙慧": ["区领导"], "欧阳振华": ["区领导"]}


def test_who_an_untitled_person_is_is_kept_as_their_role_without_the_clause_before_it():
    from pipeline.extract import people_in

    text = ("在车间干了二十多年的装配工人邵大勇说，年轻人让他刮目相看。当天，76岁的村民庞桂香一边排队一边聊天。"
            "“现在在家门口就解决了。”患者家属柴晓梅说。在服务中心工作人员郁思怡的帮助下，他办完了手续。")
    a = text.index("郁思怡")
    roles = {p.name: p.roles for p in people_in(text, [(a, a + 3, "PER")], set(), [], set())}
    assert roles["邵大勇"] == ["装配工人"] and roles["庞桂香"] == ["村民"]
    assert roles["柴晓梅"] == ["患者家属"] and roles["郁思怡"] == ["服务中心工作人员"]


def test_a_name_spaced_out_after_a_title_is_read_whole_and_linked_where_it_is_printed():
    from pipeline.extract import people_in

    text = "镇党委书记 宁 卫 东介绍，全镇有竹林五万亩。窗口工作人员 冼 可 欣说，材料一次交齐。局长　苗强说，演练有序。"
    found = {p.name: p for p in people_in(text, None, set(), [], set())}
    assert set(found) == {"宁卫东", "冼可欣", "苗强"}
    assert found["宁卫东"].roles == ["镇党委书记"] and found["冼可欣"].roles == ["窗口工作人员"]
    assert found["苗强"].roles == ["局长"]
    a, b = found["宁卫东"].mentions[0]
    assert text[a:b] == "宁 卫 东"


def test_a_japanese_name_keeps_its_fourth_character_and_a_han_name_before_a_verb_does_not_take_it():
    from pipeline.extract import people_in
    from pipeline.extract.names import complete
    from pipeline.extract.people import _follows

    text = "企业聘请了日本籍技术顾问松井健一。顾问山本由纪介绍，技术顾问田中华说，设备已调试。"
    found = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert found == {"松井健一": ["日本籍技术顾问"], "山本由纪": ["顾问"], "田中华": ["技术顾问"]}
    said = "“很多问题讲一遍就懂。”松井健一说。"
    a = said.index("松井")
    assert complete(said, a, a + 3, _follows) == (a, a + 4)  # a model's 松井健| made whole


def test_a_model_span_printed_only_inside_a_name_found_is_no_second_person():
    from pipeline.extract import people_in

    text = "管委会主任符史琼表示，将用好政策。高新区领导符史琼、邢维政出席。\n买买提·吐尔逊　李建国　田志勇　马玉兰"
    spans = [(text.index("史琼、"), text.index("史琼、") + 2, "PER"), (text.index("买提·"), text.index("　李"), "PER")]
    names = {p.name for p in people_in(text, spans, set(), [], set())}
    assert names == {"符史琼", "邢维政", "买买提·吐尔逊", "李建国", "田志勇", "马玉兰"}
    # printed on its own somewhere, the shorter name is a person of its own
    # (where the model reads it there too: the span inside 符史琼 is read whole, after a title)
    alone = text + "史琼说，项目已开工。"
    there = [*spans, (len(text), len(text) + 2, "PER")]
    assert "史琼" in {p.name for p in people_in(alone, there, set(), [], set())}


def test_names_after_who_attended_and_after_a_quotation_and_hui_surnames_after_a_title():
    from pipeline.extract import people_in

    def names(text):
        return {p.name for p in people_in(text, None, set(), [], set())}

    assert names("出席活动的还有濮永辉、区美玲、司徒慧。") == {"濮永辉", "区美玲", "司徒慧"}
    assert names("参加活动的还有高校师生、企业员工。") == set()  # a run not all names is no list
    assert names("“奶奶说我是她的小医生。”闵想笑着说。“有事就打电话。”布仁巴雅尔说。") == {"闵想", "布仁巴雅尔"}
    assert names("“他很认真。”高新区相关负责人说。") == set()
    assert names("领导班子成员彭文彬、欧家骏参加会议。区领导妥建军、喇明亮出席。局长铁军强调，要抓好落实。") == \
        {"彭文彬", "欧家骏", "妥建军", "喇明亮", "铁军"}


def test_a_hyphened_french_name_is_whole_and_a_foreign_name_named_again_by_its_surname_is_one_person():
    from pipeline.extract import people_in

    text = "集团亚太区总裁让-皮埃尔·勒克莱尔表示，将设立中心。瑞士籍科学家托马斯·布伦纳说，这里很好。布伦纳博士告诉记者，他爱爬山。"
    a, t, b = text.index("皮埃尔"), text.index("托马斯"), text.index("布伦纳博士")
    spans = [(a, a + 8, "PER"), (t, t + 7, "PER"), (b, b + 3, "PER")]
    found = {p.name: p for p in people_in(text, spans, set(), [], set())}
    assert set(found) == {"让-皮埃尔·勒克莱尔", "托马斯·布伦纳"}
    assert found["让-皮埃尔·勒克莱尔"].roles == ["集团亚太区总裁"]
    assert "博士" in found["托马斯·布伦纳"].roles and len(found["托马斯·布伦纳"].mentions) == 2


def test_a_place_or_a_regions_epithet_is_no_person():
    from pipeline.extract import people_in

    text = "深入实施“孔孟之乡英才计划”。走进马金铺片区，企业在马金铺片区落户。"
    spans = [(text.index("孔孟"), text.index("孔孟") + 2, "PER"), (text.index("马金"), text.index("马金") + 2, "PER")]
    assert people_in(text, spans, set(), [], set()) == []


def test_a_stray_space_inside_a_name_after_a_title_and_yi_clan_names_and_a_branch_secretary():
    from pipeline.extract import people_in

    def found(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    assert found("管委会主任戚 玉福致辞。") == {"戚玉福": ["管委会主任"]}
    assert found("村党总支书记海来 阿支说，村里变了。") == {"海来阿支": ["村党总支书记"]}
    assert found("藏族大学生泽仁 拉姆说，她很高兴。") == {"泽仁拉姆": ["藏族大学生"]}
    assert found("区领导胡德明、阿苦拉且、俄木阿呷出席。") == {"胡德明": ["区领导"], "阿苦拉且": ["区领导"], "俄木阿呷": ["区领导"]}


def test_a_roster_row_with_a_padded_two_character_name_is_a_person_linked_where_printed():
    from pipeline.extract import people_in

    text = "经评审，授予以下人员称号：\n王　磊　某新材料有限公司高级工程师\n欧阳志鹏　某研究院研究员"
    found = {p.name: p for p in people_in(text, None, set(), [], set())}
    assert set(found) == {"王磊", "欧阳志鹏"}
    assert found["王磊"].roles == ["某新材料有限公司高级工程师"]
    a, b = found["王磊"].mentions[0]
    assert text[a:b] == "王　磊"


def test_described_people_who_act_rather_than_speak_and_lists_after_a_description():
    from pipeline.extract import people_in

    def found(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    assert found("茶园里，茶农龚秀兰和乡亲们正忙着采摘。") == {"龚秀兰": ["茶农"]}
    assert found("2019年，她和丈夫卢振东创办了这家厂。") == {"卢振东": ["丈夫"]}
    assert found("窗口安排业务骨干屈雅婷、宝音巴特尔为群众答疑。") == {"屈雅婷": ["业务骨干"], "宝音巴特尔": ["业务骨干"]}
    assert found("焊工蒋立伟、电工温晓燕等8人获奖。") == {"蒋立伟": ["焊工"], "温晓燕": ["电工"]}
    # a form of address and a word after a description are no names
    assert found("一线工人邓师傅已经干了七年。员工宿舍和食堂都已建成。群众满意、放心。") == {}


def test_a_contact_after_a_colon_and_a_roster_row_with_a_given_name_opened_by_xiang():
    from pipeline.extract import people_in

    found = {p.name: p.roles for p in people_in("联系人：韦晓岚　联系电话：0771-1234567\n严向东　某铜业公司总工程师", None, set(), [], set())}
    assert found == {"韦晓岚": ["联系人"], "严向东": ["某铜业公司总工程师"]}


def test_a_role_before_a_name_stops_at_who_interviewed_the_person():
    from pipeline.extract import people_in

    found = {p.name: p.roles for p in people_in("近日，本报记者专访了市委常委、高新区党工委书记戴启文。", None, set(), [], set())}
    assert found == {"戴启文": ["市委常委、高新区党工委书记"]}


def test_a_model_span_that_is_a_village_part_of_a_long_word_a_term_or_a_byline_name_is_no_person():
    from pipeline.extract import people_in

    text = ("本报讯（记者 吉克拉且）走进达觉村，果园飘香。达觉是个彝族聚居村。鄂尔多斯的企业来了。"
            "实行“周调度、季拉练”，抓项目不能“叶公好龙”。全日制博士可享受补贴。")
    spans = [(text.index(w), text.index(w) + len(w), "PER") for w in ("拉且", "达觉", "鄂尔", "季拉练", "叶公", "全日制")]
    assert people_in(text, spans, {"吉克拉且"}, [], set()) == []


def test_a_name_of_a_company_is_no_person_even_with_a_word_between():
    from pipeline.extract import people_in

    text = "寒风中，雪兰达食品有限公司的车间里一片繁忙，“雪兰达”泡菜卖到了全国。"
    spans = [(text.index("雪兰达"), text.index("雪兰达") + 3, "PER")]
    assert people_in(text, spans, set(), [], set()) == []


def test_a_quality_of_the_people_described_is_no_name():
    from pipeline.extract import people_in

    assert people_in("要不断提升群众幸福感和满意度，让员工满意度也更高。", None, set(), [], set()) == []


def test_an_adverb_after_a_plural_a_platform_before_a_zone_and_a_verb_before_a_title_are_no_names():
    from pipeline.extract import people_in

    text = "采访中，不少企业负责人都提到一个词。中心建有中国工程院院士潘立衡领衔的工作站。"
    assert {p.name: p.roles for p in people_in(text, None, set(), [], set())} == {"潘立衡": ["中国工程院院士"]}
    text = "秦岭源咸阳高新区创新促进中心揭牌运行。"
    assert people_in(text, [(0, 3, "PER")], set(), [], set()) == []


def test_uyghur_and_kazakh_names_are_whole_after_a_title_or_cut_by_the_model():
    from pipeline.extract import people_in

    def found(text, model=()):
        spans = [(text.index(w), text.index(w) + len(w), "PER") for w in model]
        return {p.name: p.roles for p in people_in(text, spans, set(), [], set())}

    text = "管委会主任阿不都热合曼·吾守尔要求，各部门加快进度。"
    assert found(text) == {"阿不都热合曼·吾守尔": ["管委会主任"]}
    assert found(text, ["阿不都"]) == {"阿不都热合曼·吾守尔": ["管委会主任"]}
    assert found("来自新疆大学的热依拉·艾买提教授发言。", ["艾买提"]) == {"热依拉·艾买提": ["教授"]}
    # a word of one character after the last part may be the name's own: the model decides
    assert found("瑞士籍科学家托马斯·布伦纳用略带口音的中文说。") == {}


def test_tibetan_and_mongolian_names_and_a_half_of_one_named_again():
    from pipeline.extract import people_in

    text = "车间主任萨仁高娃正挨个检查设备。高娃在这个车间干了21年。藏族姑娘才让卓玛是车间里的新面孔。"
    spans = [(text.index("高娃在"), text.index("高娃在") + 2, "PER")]
    people = {p.name: p for p in people_in(text, spans, set(), [], set())}
    assert set(people) == {"萨仁高娃", "才让卓玛"}
    assert len(people["萨仁高娃"].mentions) == 2 and people["才让卓玛"].roles == ["藏族姑娘"]
    assert {p.name for p in people_in("布仁巴雅尔　内蒙古某煤化公司总工程师", None, set(), [], set())} == {"布仁巴雅尔"}


def test_surnames_of_the_south_west_and_a_name_before_zheng_and_a_described_apprentice():
    from pipeline.extract import people_in

    def found(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    assert found("区领导者永红、矣建平、起丽萍出席。") == {"者永红": ["区领导"], "矣建平": ["区领导"], "起丽萍": ["区领导"]}
    text = "车间主任薛刚正带着徒弟郝鹏调试设备。"
    spans = [(text.index("郝鹏"), text.index("郝鹏") + 2, "PER")]
    assert {p.name: p.roles for p in people_in(text, spans, set(), [], set())} == {"薛刚": ["车间主任"], "郝鹏": ["徒弟"]}
    assert found("副校长王建正说，双方将共建实验室。") == {"王建正": ["副校长"]}


def test_a_brand_a_side_in_a_deal_and_a_boss_by_address_are_no_people():
    from pipeline.extract import people_in

    text = "该公司“扁鹊”牌针灸针畅销，“孙思邈本草”系列饮片出口。公司向哈方输出技术。他说公司的张总常跟他们讲。"
    spans = [(text.index(w), text.index(w) + len(w), "PER") for w in ("扁鹊", "孙思邈", "哈方", "张总常")]
    assert people_in(text, spans, set(), [], set()) == []


def test_names_by_appointment_in_a_list_of_honours_in_a_workshops_name_and_japanese_given_names_of_three():
    from pipeline.extract import people_in

    def found(text, model=()):
        spans = [(text.index(w), text.index(w) + len(w), "PER") for w in model]
        return {p.name: p.roles for p in people_in(text, spans, set(), [], set())}

    assert set(found("宣读了市委决定：其木格同志任高新区党工委副书记；额尔敦巴雅尔同志不再担任该职务。")) == {"其木格", "额尔敦巴雅尔"}
    # in a list of names, a name that is also a common word is a name; before a title it is not
    assert set(found("获“创新之星”称号的有：周晓峰、李想、高原、张扬。")) == {"周晓峰", "李想", "高原", "张扬"}
    assert found("董事长任建军、项目负责人乌兰参加交流。", ["项目"]) == {"任建军": ["董事长"], "乌兰": ["项目负责人"]}
    assert set(found("区里新建“薛刚技能大师工作室”“樊继红创新工作室”等平台。")) == {"薛刚", "樊继红"}
    assert found("在调试区，日本专家佐藤健太郎正带着年轻工程师优化程序。", ["佐藤健太郎"]) == {"佐藤健太郎": ["日本专家"]}
    assert found("近日，某区第一小学教师党小红被评为省级优秀教师。") == {"党小红": ["某区第一小学教师"]}
    assert found("在李家堡村，参农全光日正用手机查看参园。同乡沙马阿依也在车间上班。") == {"全光日": ["参农"], "沙马阿依": ["同乡"]}


def test_a_tibetan_name_a_model_finds_is_a_name_though_it_has_no_han_surname():
    from pipeline.extract import people_in

    text = "来自日喀则的次仁央宗，去年从职业技术学院毕业。“这里就是我的家。”次仁央宗说。"
    spans = [(text.index("次仁央宗"), text.index("次仁央宗") + 4, "PER")]
    assert {p.name for p in people_in(text, spans, set(), [], set())} == {"次仁央宗"}


def test_list_names_with_their_units_padded_names_latin_names_by_description_and_forms_of_address():
    from pipeline.extract import people_in

    def found(text, model=()):
        spans = [(text.index(w), text.index(w) + len(w), "PER") for w in model]
        return {p.name: p for p in people_in(text, spans, set(), [], set())}

    text = "获评首批“高新工匠”的有：林　芳（某光电公司）、覃美玲（某茶业公司）、陈　静（某生物公司）等。"
    people = found(text)
    assert set(people) == {"林芳", "覃美玲", "陈静"}
    a, b = people["陈静"].mentions[0]
    assert text[a:b] == "陈　静"
    assert set(found("记者遇到了前来考察的印度尼西亚客商Suryadi。")) == {"Suryadi"}
    assert found("同事们都叫他“老克”。大家都叫她“阿霞姐”。社区有汉、维吾尔、哈萨克等民族。", ["老克", "阿霞", "维吾尔"]) == {}
    assert set(found("陕西秦创半导体材料有限公司董事长发言。", ["秦创"])) == set()
    assert set(found("返乡青年费思远回村创办了茶文化研学基地。")) == {"费思远"}
    assert set(found("德国工程师克劳斯·施密特正和同事们讨论。", ["克劳斯·施密特正"])) == {"克劳斯·施密特"}


def test_a_latin_name_with_a_hyphened_given_name_is_whole():
    from pipeline.extract import people_in

    assert {p.name for p in people_in("韩国某药业株式会社代表理事Park Ji-hoon出席签约仪式。", None, set(), [], set())} == {"Park Ji-hoon"}


def test_a_list_with_units_holds_word_names_and_steppe_names_and_a_short_steppe_name_after_a_title():
    from pipeline.extract import people_in

    text = "获得表彰的有：诸葛文涛（某局）、白云（某物流公司）、赵 刚（某执法局）、额尔敦毕力格（某制药公司）。"
    assert {p.name for p in people_in(text, None, set(), [], set())} == {"诸葛文涛", "白云", "赵刚", "额尔敦毕力格"}
    text = "入职的还有来自肃北的技术员其木格。总经理才让东主表示，企业将加大投入。"
    people = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert set(people) == {"其木格", "才让东主"} and people["其木格"][0].endswith("技术员") and people["才让东主"] == ["总经理"]


def test_a_list_after_those_it_honours_have_a_colon():
    from pipeline.extract import people_in

    text = "受到表彰的优秀共产党员有：佟玉梅（某制药公司）、朴英姬（某社区）、白云（某物流公司）。"
    assert {p.name for p in people_in(text, None, set(), [], set())} == {"佟玉梅", "朴英姬", "白云"}


def test_a_name_spaced_out_in_a_sentence_is_one_person_linked_where_printed(registers):
    """夏 青, 周 立 新: a name set with spaces in running text is read without them, its title
    beside it and its mention on the printed characters; a roster of spaced names in a sentence
    (高嘉俊 蒲晓川 易芸芸 罗斌 等) is not glued into one."""
    from conftest import read_text

    text = ("# 某乡开展防汛演练\n\n本报讯（记者 周文）6月10日，某乡组织防汛应急演练。乡党委书记夏 青现场指挥，"
            "镇长周 立 新介绍了预案。\n\n在她带出的徒弟中，高嘉俊 蒲晓川 易芸芸 罗斌 等12人已成长为高级技师。\n")
    (it,) = read_text(text, registers, tagger="lac-crf").items  # the default build's extractor
    people = {p.name: p for p in it.people}
    assert {"夏青", "周立新"} <= set(people) and "罗斌等" not in people
    assert "乡党委书记" in people["夏青"].roles
    a, b = people["周立新"].mentions[0]
    assert it.body[a:b] == "周 立 新"


def test_rarer_compound_and_manchu_surnames_open_whole_names_but_not_words():
    text = ("白马镇党委书记段干文博介绍，技术员贺兰秋月、工程师第五春雷参加。副区长富察思远出席，村民独孤明说好。"
            "在贺兰山东麓，第五届论坛开幕。\n")
    got = {p.name for p in people_in(text, None, set(), [], set())}
    assert {"段干文博", "贺兰秋月", "第五春雷", "富察思远"} <= got
    assert not got & {"干文博", "兰秋月", "五春雷", "察思远", "贺兰山", "第五届"}


def test_steppe_and_yi_names_after_a_title_and_a_name_heading_its_team():
    text = ("区应急管理局局长阿拉坦仓带队检查。主治医师仁青措姆为职工测量血压。区领导阿西木呷、黎星辰出席。"
            "志愿者其木格等20人参加。清华大学教授仲夏团队与某公司合作。\n")
    got = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert got["阿拉坦仓"] == ["区应急管理局局长"] and got["仁青措姆"] == ["主治医师"] and got["仲夏"] == ["清华大学教授"]
    assert {"阿西木呷", "黎星辰", "其木格"} <= set(got)
    assert not {"阿拉伯", "阿里巴巴"} & {p.name for p in people_in("他去过阿拉伯，在阿里巴巴工作。\n", None, set(), [], set())}


def test_a_japanese_name_with_a_three_character_family_name_is_one_name():
    got = {p.name for p in people_in("日本籍工程师佐佐木亮介说，这里的工人学得很快。顾问长谷川健一表示赞同。\n", None, set(), [], set())}
    assert {"佐佐木亮介", "长谷川健一"} <= got and not got & {"佐佐木", "佐佐", "长谷川"}


def test_more_titles_a_korean_given_name_opening_on_zai_and_a_spaced_contact():
    text = ("重庆大学教授、博士生导师温如玉作主旨演讲。挤压车间机长阚小满是他带出来的徒弟。公司聘请了日籍调香师高桥美穗。"
            "韩国成均馆大学教授郑在勋则更看重回收利用。导师和在校学生一起参加。\n联系人：雷　霆　　联系电话：0716-8123456\n")
    got = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert got["温如玉"] == ["重庆大学教授、博士生导师"] and got["阚小满"] == ["挤压车间机长"]
    assert got["高桥美穗"] == ["日籍调香师"] and got["郑在勋"] == ["韩国成均馆大学教授"] and got["雷霆"] == ["联系人"]
    assert "和在校" not in got


def test_a_word_between_a_title_and_what_a_person_does_is_a_name():
    text = ("区总工会常务副主席成功带队走访。团工委书记向前表示，要办好活动。副市长吕建设宣布项目开工。"
            "学院院长江南介绍了研究院。区委书记高度评价这项工作，主任高度重视。\n")
    got = {p.name: p.roles for p in people_in(text, None, set(), [], set())}
    assert got == {"成功": ["区总工会常务副主席"], "向前": ["团工委书记"], "吕建设": ["副市长"], "江南": ["学院院长"]}


def test_a_word_named_once_after_a_title_is_a_name_wherever_else_it_acts_alone():
    """A word printed as a name once between a title and what the person does is the name where
    it stands alone before what a person does, or opens an interview's answer; printed inside a
    phrase (高原上, 好收成) it is the word, and no mention of the person."""
    text = ("管委会主任丰收主持会议。丰收要求，各部门要抓好落实。今年某村又是一个好丰收年。\n"
            "记者专访了区科技局局长江山。\n江山：今年我们主要做了三件事。\n"
            "市商务局局长安宁，区发展改革局局长彭越出席。\n")
    got = {p.name: p for p in people_in(text, None, set(), [], set())}
    assert {"丰收", "江山", "安宁", "彭越"} <= set(got)
    assert [text[a:b] for a, b in got["丰收"].mentions] == ["丰收", "丰收"]
    assert got["丰收"].mentions[1][0] == text.index("丰收要求")
    # a word after a title, nowhere acting as a person does, stays a word
    assert not {p.name for p in people_in("区委书记高度评价这项工作。主任高兴地说，项目进展顺利。\n", None, set(), [], set())}


def test_a_full_name_alone_before_the_verb_of_saying_after_a_quotation_or_an_age():
    """……”蔺德旺乐呵呵地说 and 今年58岁的濮存海说: the person who speaks, titled or not; a
    surname's character before a word (，向网友介绍) or before 则说 is none."""
    text = ("“日子越过越有奔头。”蔺德旺乐呵呵地说。“手艺不能丢。”今年58岁的濮存海说。\n"
            "他打开直播，向网友介绍新米。丁敏说要早起；邬海则说，他想晚一点。\n")
    got = {p.name for p in people_in(text, None, set(), [], set())}
    assert {"蔺德旺", "濮存海"} <= got
    assert not got & {"向网友", "邬海则"}


def test_a_name_ends_where_a_word_of_what_people_do_begins():
    got = {p.name for p in people_in("联盟秘书长巴音认为，集群发展很快。局长张国强调研时说，要抓落实。\n", None, set(), [], set())}
    assert got == {"巴音", "张国强"}


def test_rare_single_surnames_open_names_after_a_title_but_not_words():
    got = {p.name for p in people_in("管委会主任凡立群主持会议。院士贲振东、教授庹红艳出席。平凡的岗位上，凡事都要认真。\n",
                                     None, set(), [], set())}
    assert got == {"凡立群", "贲振东", "庹红艳"}


def test_a_paragraph_that_is_only_a_list_of_names_with_their_units_names_them_all():
    """An award list with no lead, every entry a name and its unit (or a unit and its name):
    each name counts, a name that is a word (温暖, 万里) or spaced with a full-width space
    (饶　勇) too, linked where printed; a sentence holding such an entry is no list."""
    text = ("五、招商引资突出贡献奖（5名）\n饶　勇（区招商局）、温　暖（区招商局驻上海招商组）、万里（区城管局）、"
            "才让旦增（某新能源科技有限公司）、谌晓丽（崇岗镇）\n某电子有限公司（涂永红）、某装备有限公司（陈　默）\n")
    got = {p.name: p for p in people_in(text, None, set(), [], set())}
    assert {"饶勇", "温暖", "万里", "才让旦增", "谌晓丽", "涂永红", "陈默"} <= set(got)
    assert text[slice(*got["饶勇"].mentions[0])] == "饶　勇"
    spaced = "　　孔令军（某锂能有限公司）　颜　静（某新能源科技有限公司）　乌云其木格（某隔膜科技有限公司）\n"
    assert [p.name for p in people_in(spaced, None, set(), [], set())] == ["孔令军", "颜静", "乌云其木格"]
    numbered = "二、先进个人（3名）\n1．\t王　赫（某区经济发展局）\n2．\t令狐佳音（某区招商服务中心）\n3．\t江　山（某区规划建设局）\n"
    got = {p.name: p for p in people_in(numbered, None, set(), [], set())}
    assert set(got) == {"王赫", "令狐佳音", "江山"} and numbered[slice(*got["江山"].mentions[0])] == "江　山"
    led = "10人获此殊荣。他们是：关德顺（某石化芳烃车间）、白　露（某区政务服务中心）、夏　至（某镇小屯村）。\n"
    assert {"关德顺", "白露", "夏至"} <= {p.name for p in people_in(led, None, set(), [], set())}
    prose = "会上，温暖（区招商局）作了发言，大家备受鼓舞。\n"
    assert "温暖" not in {p.name for p in people_in(prose, None, set(), [], set())}


def test_a_roster_of_names_each_with_its_unit_in_brackets_is_text_and_people(registers):
    """获评…的是： / 唐建新（某大队） / 方 圆（某公司）: each row a name and its unit, read as the
    report's text (not as headlines or banners) and every name a person, spaced ones too."""
    from conftest import read_text

    text = ("# 某区评出“最美职工”\n\n本报讯（记者 周文）6月12日，某区“最美职工”评选结果揭晓。\n\n获评“最美职工”的是：\n\n"
            "方 圆（某某智造科技有限公司）\n付海燕（某区政务服务中心）\n禹成龙（某某新材料有限公司）\n唐建新（某区消防救援大队）\n"
            "彭丽华（某某锂能科技有限公司）\n\n获奖者中，既有一线技术骨干，也有社区工作者。\n")
    (it,) = read_text(text, registers).items
    assert {"方圆", "付海燕", "禹成龙", "唐建新", "彭丽华"} <= {p.name for p in it.people}
    assert it.body.endswith("也有社区工作者。") and "唐建新（某区消防救援大队）" in it.body
    a, b = next(p for p in it.people if p.name == "方圆").mentions[0]
    assert it.body[a:b] == "方 圆"


def test_a_titled_name_before_a_verb_of_reporting_is_read_whole(registers):
    """The name after a title ends where a verb news prints after names begins: 通报, 评价,
    点评, 部署… (a rare surname gives the model nothing to go on: the title and the verb do)."""
    from conftest import read_text

    text = ("# 某区召开推进会\n\n本报讯（记者 周文）6月12日，某区召开推进会。区党工委副书记、管委会主任仝心怡通报了项目进展，"
            "某某大学教授郜雅琴点评说，项目推进有力。\n")
    (it,) = read_text(text, registers).items
    roles = {p.name: p.roles for p in it.people}
    assert roles.get("仝心怡") == ["区党工委副书记、管委会主任"] and roles.get("郜雅琴") == ["某某大学教授"]


def test_hyphened_foreign_names_two_people_side_by_side_and_steppe_names_that_open_like_han_ones(registers):
    """汉斯-约阿希姆·克劳斯 and 让-皮埃尔·杜邦 are one name each (the first part alone, 汉斯, is the same
    person); the role of the second of two people joined by 与 starts after 与; 那仁满都拉 is not
    那仁满 before 都; 李明共同 is 李明."""
    from conftest import read_text

    text = ("# 某区签约\n\n本报讯（记者 周文）6月12日，某集团亚太区总裁汉斯-约阿希姆·克劳斯表示看好某区。"
            "某集团执行副总裁让-皮埃尔·杜邦与高新区管委会主任仝心怡代表双方签约。汉斯说，项目年内开工。"
            "区人力资源和社会保障局局长那仁满都拉介绍了用工服务。市科技局局长王强与中国科学院院士李明共同揭牌。\n")
    (it,) = read_text(text, registers, tagger="lac-crf").items
    roles = {p.name: p.roles for p in it.people}
    assert "汉斯" not in roles and roles["汉斯-约阿希姆·克劳斯"] == ["某集团亚太区总裁"]
    assert roles["让-皮埃尔·杜邦"] == ["某集团执行副总裁"] and roles["仝心怡"] == ["高新区管委会主任"]
    assert roles["那仁满都拉"] == ["区人力资源和社会保障局局长"] and "那仁满" not in roles
    assert roles["李明"] == ["中国科学院院士"] and roles["王强"] == ["市科技局局长"]


def test_the_figure_of_a_quoted_saying_is_no_person(registers):
    from conftest import read_text

    text = "# 某区优化服务\n\n本报讯（记者 周文）企业有难处时，服务专员能“说曹操曹操到”，区政务服务中心主任林海说。\n"
    (it,) = read_text(text, registers, tagger="lac-crf").items
    names = {p.name for p in it.people}
    assert "曹操" not in names and "林海" in names


def test_a_doctor_called_by_surname_and_title_is_no_name(registers):
    """金大夫, 李医生, 王大叔: what neighbours call someone, not a name, whoever finds it."""
    from conftest import read_text

    text = ("# 社区里的好医生\n\n“我们都是来找金大夫的。”居民赵玉兰说。她说的“金大夫”，是中心的全科医生金英顺。"
            "“李医生人真好。”王大叔说。\n")
    (it,) = read_text(text, registers, tagger="lac-crf").items
    names = {p.name for p in it.people}
    assert {"赵玉兰", "金英顺"} <= names and not names & {"金大夫", "李医生", "王大叔", "金大", "李医"}


def test_the_compound_surname_sikong_but_not_the_idiom(registers):
    from conftest import read_text

    text = ("# 某区举办论坛\n\n本报讯（记者 周文）3月2日，某区举办论坛。某某大学教授司空明远认为，数字服务外包前景广阔。"
            "企业排长队办事的现象曾经司空见惯。\n")
    (it,) = read_text(text, registers).items
    names = {p.name for p in it.people}
    assert "司空明远" in names and not any(n.startswith("司空见") for n in names)


def test_a_lists_last_name_that_is_a_word_runs_into_what_the_listed_did(registers):
    """区领导甲、乙、江山参加观摩: the last of a list of names is one too, though 江山 is a word and
    the list runs on into 参加; a rare surname (肇) opens the list."""
    from conftest import read_text

    text = "# 某区观摩项目\n\n本报讯（记者 周文）3月2日，某区观摩重点项目。区领导肇峰、滕文波、江山参加观摩。\n"
    (it,) = read_text(text, registers).items
    roles = {p.name: p.roles for p in it.people}
    assert roles.get("江山") == ["区领导"] and roles.get("肇峰") == ["区领导"]


def test_a_list_after_a_collective_head_is_names_of_one_kind():
    from pipeline.extract import people_in

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    # a surname the table lacks, a name printed with a space, a name that is a word: among
    # names that read as names after 县领导, each one is a person with the head as role
    got = people("会上，县领导蓟明远、骆 平、甘晓燕、原 野出席会议。")
    assert set(got) == {"蓟明远", "骆平", "甘晓燕", "原野"}
    assert all(r == ["县领导"] for r in got.values())
    assert set(people("市领导 车 明、安然、宗政云帆等参加调研。")) == {"车明", "安然", "宗政云帆"}
    # the last name ends where what the listed did begins, also for a dotted name
    assert set(people("区领导帕尔哈提·艾买提、钱晓出席。")) == {"帕尔哈提·艾买提", "钱晓"}
    # a list of bodies, or one with a part no name could be, is no list of people
    assert people("区领导班子成员、各部门负责人参加会议。") == {}
    assert people("县领导和企业代表、专家学者参加。") == {}


def test_a_name_ending_in_a_word_that_may_follow_a_name_is_read_whole_where_printed_so_nearby():
    from pipeline.extract import people_in

    def people(text):
        return {p.name for p in people_in(text, None, set(), [], set())}

    # 则 may be the adverb after a name (主任吉克阿则表示 read alone is 吉克阿 + 则); printed
    # with a stop right after it nearby, the longer reading is the name
    assert people("主任吉克阿则表示，要抓项目。") == {"吉克阿"}
    assert people("记者专访了管委会主任吉克阿则。主任吉克阿则表示，要抓项目。") == {"吉克阿则"}
    # a word that ends no sentence after a name is no such evidence (李四等。)
    assert people("局长李四等。局长李四等出席。") == {"李四"}


def test_a_name_that_is_a_word_or_a_place_is_a_name_where_it_is_printed_with_a_space_inside():
    from pipeline.extract import people_in

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    # a paper spaces out a two-character name to a name's width; it never spaces out a word
    assert people("某市副市长华 山宣布项目开工。") == {"华山": ["某市副市长"]}
    assert people("运维班组长江 南带领队员登上运维船。") == {"江南": ["运维班组长"]}
    # printed tight, the word or the place stays a word
    assert people("运维班组长江南带领队员登上运维船。") == {}


def test_a_name_ending_in_lai_a_dotted_name_under_its_title_and_families_in_an_award_list():
    from pipeline.extract import people_in
    from pipeline.extract.names import unit_list

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    # 来 ends many a name (东来, 春来); as a verb after a name it opens a word (来到)
    assert people("管委会主任赵东来作工作报告。") == {"赵东来": ["管委会主任"]}
    assert people("管委会主任王刚来到企业调研。") == {"王刚": ["管委会主任"]}
    # a title over a dotted name is no part of it, nor a verb after it (反映)
    assert people("公司副总经理马可·贝利尼反映，企业用工紧张。") == {"马可·贝利尼": ["公司副总经理"]}
    # a family honoured by its head's name, in a list under a label with quotes; a counted label too
    families = "受表彰的“最美家庭”是：金英子家庭（条子河街道）、王德发家庭（红嘴社区）、赵 磊家庭（某公司）。"
    assert [n for n, _, _ in unit_list(families)] == ["金英子", "王德发", "赵磊"]
    assert [families[a:b] for _, a, b in unit_list(families)] == ["金英子", "王德发", "赵 磊"]
    assert [n for n, _, _ in unit_list("B类（2名）：申屠嘉树（某公司）、司徒海峰（某集团）")] == ["申屠嘉树", "司徒海峰"]


def test_a_list_after_its_leads_colon_inside_a_paragraph_names_people_with_their_offices():
    from pipeline.extract import people_in

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    text = ("会上，三人作交流发言。出席会议的还有：韦建林（区党工委副书记）、聂 鑫（区纪工委书记）、"
            "梅 花（区党工委委员、组织人事部部长）。")
    assert people(text) == {"韦建林": ["区党工委副书记"], "聂鑫": ["区纪工委书记"], "梅花": ["区党工委委员、组织人事部部长"]}
    # a unit in brackets is no role, and the list may close on 等
    assert people("受表彰的教师代表有：朱丽萍（某第一小学）、者 荣（某小学）、资文娟（某幼儿园）等。") == {
        "朱丽萍": [], "者荣": [], "资文娟": []}


def test_kin_and_neighbours_before_a_name_and_an_old_person_after_it_are_roles():
    from pipeline.extract import people_in

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    assert people("邻居吴凤英今年62岁，每天都来帮忙。") == {"吴凤英": ["邻居"]}
    assert people("他的孙子梁子轩说，爷爷的茶最好喝。") == {"梁子轩": ["孙子"]}
    # (a name the tagger finds takes the word after it as its role: 胡桂英老人)
    from conftest import CONTENT, read_text
    from pipeline.read import read_registers

    (item,) = read_text("某社区新貌\n82岁的胡桂英老人说，住着舒心多了。\n", read_registers(CONTENT), tagger="lac-crf").items
    assert {p.name: p.roles for p in item.people} == {"胡桂英": ["老人"]}


def test_a_speech_excerpt_led_by_its_speaker_and_who_they_are_names_them():
    from pipeline.extract import people_in

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    # a name that is a word too (关爱) is a name where it leads what it said, with who it is
    assert people("关爱（招商引资先进个人代表、某局副局长）：去年，我和同事们跑了12个省。") == {
        "关爱": ["招商引资先进个人代表、某局副局长"]}
    assert people("常 青（优秀产业工人代表）：我是一名普通的工人。") == {"常青": ["优秀产业工人代表"]}
    assert people("高新区（经开区）：今年以来，各项工作成效明显。") == {}  # a place and its other name


def test_a_japanese_given_name_may_end_in_ya_and_a_longer_one_is_never_read_with_the_word_after_it():
    from pipeline.extract import people_in

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    assert people("技术顾问渡边和也参加了投产仪式。") == {"渡边和也": ["技术顾问"]}
    assert people("技术顾问中村浩二也参加了仪式。") == {"中村浩二": ["技术顾问"]}  # 也: also, after the name


def test_a_trade_before_a_name_is_its_role():
    from pipeline.extract import people_in

    def people(text):
        return {p.name: p.roles for p in people_in(text, None, set(), [], set())}

    assert people("外卖骑手蒋小军说，驿站里能喝上热水。") == {"蒋小军": ["外卖骑手"]}
    assert people("帮办员邱晓燕介绍，企业一天就能拿到执照。") == {"邱晓燕": ["帮办员"]}


def test_a_dotted_name_the_model_cut_inside_a_part_is_whole(registers):
    text = ("本报讯 在花园乡，老瓜农伊明·沙吾提老人家的房梁上找到了种子。工坊负责人阿米娜·托乎提是刺绣传承人。"
            "队长买合木提·艾则孜带领队员服务。新疆姑娘迪丽娜尔·阿不都拿着许可证。丈夫叶尔肯·哈布都拉家的草场很大。"
            "马来西亚客商阿卜杜勒·拉赫曼则对加工很感兴趣。\n")
    people = model_people(text, registers)
    assert {"伊明·沙吾提", "阿米娜·托乎提", "买合木提·艾则孜", "迪丽娜尔·阿不都", "叶尔肯·哈布都拉", "阿卜杜勒·拉赫曼"} <= people
    assert not any(n.endswith("则") or n in ("伊明·沙吾", "合木提·艾则孜") for n in people)


def test_japanese_names_in_a_sentence_about_japan_are_whole(registers):
    text = ("本报讯 日本籍工艺顾问石川和彦常驻公司指导。日方技术顾问渡边次郎原计划停留一周。"
            "日本某某株式会社专务董事高桥诚表示，将引入新技术。日方负责人小野寺健正在检查设备。"
            "日本某某株式会社总经理中村惠美子也签了约。日本客商铃木健一连续三年来采购。"
            "日本客商参观了中山路上的田中间小学。日本某田工具株式会社社长中田修平表示，将扩大投资。"
            "日本高桥化成株式会社的项目落户。\n")
    people = model_people(text, registers)
    assert {"石川和彦", "渡边次郎", "高桥诚", "小野寺健", "中村惠美子", "铃木健一", "中田修平"} <= people
    assert not people & {"边次郎", "高桥诚表示", "小野寺健正", "中山", "田中间", "高桥化成"}


def test_a_titled_name_whose_given_name_is_a_word_is_a_name(registers):
    text = ("本报讯 区应急管理局局长汤海军现场点评。区委书记高质量完成了任务。"
            "某地地处长江经济带，交通便利。\n")
    people = model_people(text, registers)
    assert "汤海军" in people and not people & {"高质量", "江经济"}


def test_a_three_character_name_the_model_cut_one_short_is_whole(registers):
    text = ("本报讯 父亲卜德才种了几亩茶，母亲赵金凤做针线。周末常带着孙子焦子航坐车去公园。"
            "肖军拿着图纸走进车间。赵阳帮村民卖菜。\n")
    people = model_people(text, registers)
    assert {"卜德才", "焦子航"} <= people
    assert not people & {"卜德", "焦子", "肖军拿", "赵阳帮"}


def test_names_whole_by_their_shape_and_not_the_words_around_them(registers):
    text = ("本报讯 “设备比学校的还先进。”阿里·汗用流利的中文说。尼泊尔客商拉杰什·夏尔马前来订货。"
            "鲜于蓓蓓，1995年出生。\n\n鲜于蓓蓓：我奶奶做了一辈子腊肉。\n\n爱人闻人静也是本地人。"
            "公司董事长向前博士拿起一片芯片。向前是土生土长的本地人。蒙古族牧民额尔敦孟和是中心的老客户。"
            "“以前放羊靠经验。”额尔敦孟和说。10岁的蒙古族女孩其其格已经学了三年。"
            "印度籍工程师维克拉姆在调试设备。他在原石凹村煤矿干了二十年，王石凹煤矿也关了。\n")
    people = model_people(text, registers)
    assert {"阿里·汗", "拉杰什·夏尔马", "鲜于蓓蓓", "闻人静", "向前", "额尔敦孟和", "其其格"} <= people
    assert not people & {"阿里·汗用", "拉杰什·夏尔马前", "于蓓蓓", "额尔敦孟", "印度籍", "王石凹"}


def test_lists_led_by_de_shi_units_before_names_and_names_given_as_what_someone_is_called(registers):
    from conftest import read_text
    text = ("本报讯 获得表彰的是（按姓氏笔画排序）：于桂新　马德山　付强　宁静　关慧敏　纪元　金成浩。\n\n"
            "青年拔尖人才（3名）：某某科技有限公司高原、某某材料有限公司董晓丽、某某职业技术学院智慧\n\n"
            "有个小伙子叫平安，26岁，理工大学毕业。75岁的满族老人那桂芝是课堂的老学员。帮助村民把杨桃卖到全国各地。\n\n"
            "获得“最美高新人”称号的是：付冬\n梅（某某有限公司）、乌云其其格（某某有限公司）、欧阳小芳（某某公司）\n")
    people = {p.name for it in read_text(text, registers, tagger="lac-crf").items for p in it.people}
    assert {"宁静", "纪元", "马德山", "高原", "智慧", "董晓丽", "平安", "那桂芝", "付冬梅"} <= people
    assert not people & {"桂芝", "把杨桃", "付冬"}


def test_an_office_is_no_name_between_titles_and_a_title_is_no_part_of_a_foreign_name(registers):
    text = ("本报讯 研究中心在高新区揭牌，单立新教授任中心主任。丹麦企业技术顾问拉斯·尼尔森说，风很好。"
            "蒙古国某大学副校长巴雅尔赛罕一行到高新区考察。\n")
    people = model_people(text, registers)
    assert {"单立新", "拉斯·尼尔森", "巴雅尔赛罕"} <= people
    assert not people & {"任中心", "顾问拉斯·尼尔森", "巴雅尔"}


def test_a_word_after_a_title_and_before_a_word_of_its_own_is_a_name_where_it_also_speaks(registers):
    from conftest import read_text
    said = "本报讯 室外零下38摄氏度，测试工程师高原裹着厚厚的军大衣。“冷的时候能不能启动。”高原说。\n"
    alone = "本报讯 测试工程师高原裹着厚厚的军大衣。主任高原地区的发展很好。\n"
    assert "高原" in {p.name for p in read_text(said, registers, tagger="lac-crf").items[0].people}
    assert "高原" not in {p.name for p in read_text(alone, registers, tagger="lac-crf").items[0].people}


def test_a_name_after_a_lists_separator_with_its_unit_in_brackets_is_a_person(registers):
    text = ("本报讯 获得一等奖的是何家明（佛山某某智能装备有限公司）；获得二等奖的是植嘉欣（佛山美居电器有限公司）；"
            "获得三等奖的是黎国强（某公司）、罗 斌（某某装备有限公司）。会议由本报（记者站）承办。\n")
    people = model_people(text, registers)
    assert {"植嘉欣", "罗斌"} <= people and "本报" not in people
