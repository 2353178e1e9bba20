"""Likely misreadings of a scan are proposed for an editor, never applied, and clean text
gets none: the proposals are judged on sentences of our own, misread and as printed."""

import pytest
from conftest import read_text
from pipeline.extract.ocr import suspects
from pipeline.extract.words import word_frequencies


def propose(text: str, names=lambda i: False) -> list[tuple[str, str]]:
    return [(c.sic, c.corr) for c in suspects(text, *word_frequencies(), names)]


@pytest.mark.parametrize(("misread", "fix"), [
    ("园区二期工程己经全面完工。", ("己经", "已经")),
    ("企业将把目光投向末来的海外市场。", ("末来", "未来")),
    ("签约仪式在会展中心举衍。", ("举衍", "举行")),
    # a number with its unit, the quantity a reader checks
    ("全年共接待游客23O0人次。", ("23O0人", "2300人")),
    ("钢板厚度误差控制在0.l毫米以内。", ("0.l毫米", "0.1毫米")),
    ("项目总投资5O亿元，新增就业2OO余名。", ("5O亿元", "50亿元")),
    ("3月12曰上午，园区召开推进会。", ("3月12曰", "3月12日")),
    ("他找到了一处只有0.5亳米宽的法兰裂缝。", ("亳米", "毫米")),
    # misreadings jieba's dictionary holds as rare words of their own (收人, 时侯)
    ("全年实现营业收人872亿元。", ("收人", "收入")),
    ("群众来办事的时侯不用再排队。", ("时侯", "时候")),
    ("新签约亿元以上顶目27个。", ("顶目", "项目")),
    ("计划总投资200亿兀以上。", ("亿兀", "亿元")),
    # shapes a scan confuses beyond the first pairs (咸/成, 徽/微, 仝/全, 兔/免, 荻/获, 竟/竞, 増/增, 釆/采, 椐/据, 武/式, 幸/辛)
    ("去年全区取得了不俗的咸绩。", ("咸绩", "成绩")),
    ("某某徽电子有限公司扩产。", ("徽电子", "微电子")),
    ("要仝面落实各项惠企政策。", ("仝面落实", "全面落实")),
    ("社区为老人提供兔费体检。", ("兔费", "免费")),
    ("企业的核心竟争力不断增强。", ("竟争力", "竞争力")),
    ("园区数椐中心正式上线。", ("数椐中心", "数据中心")),
    # a misprint jieba's list kept as a word (自已): its twin, hundreds of times commoner, decides
    ("她把压力都扛在自已肩上。", ("自已", "自己")),
    ("其中8个项自已开工建设。", ("项自", "项目")),
    # an old variant a scan reads for the common form (髙, 冃)
    ("企业落户髙新区满三年。", ("髙新区", "高新区")),
    ("该项冃由本地企业投资。", ("项冃", "项目")),
])
def test_a_misread_character_is_proposed_with_its_word(misread, fix):
    assert fix in propose(misread)


@pytest.mark.parametrize("clean", [
    "周末来园区参观的市民络绎不绝。",  # 末 in 周末: no misreading
    "他把自己经营多年的作坊交给了儿子。",  # 己 in 自己
    "进入参观区前请佩戴安全帽。",
    "生产线每天下线三千部手机，已经销往二十多个国家。",
    "该项目总投资10.5亿元，预计2026年底建成投产。",
    "型号为IO-2的传感器已通过检测。",
    "磷肥中P2O5含量达到46%。",  # a formula's letters are no misread digits
    "亳州的中药材市场全国闻名。",  # 亳 of the city, a word of its own
    "像马天福这样敢闯敢干的企业家越来越多。",  # a phrase of two parallel halves
    "竟然有这么多企业落户园区。",  # 竟 in 竟然
    "他们起早贪黑，幸运地赶上了好政策。",  # 幸 in 幸运
    "安徽的企业家来园区考察。",  # 徽 in 安徽
])
def test_clean_text_gets_no_proposal(clean):
    assert propose(clean) == []


def test_a_name_is_never_corrected(registers):
    line = "据技术员申子轩介绍，设备运行良好。"
    assert any("申" in sic for sic, _ in propose(line))  # read as words, 申子 looks like 甲子
    assert not any("申" in sic for sic, _ in propose(line, names=lambda i: 4 <= i < 7))
    b = read_text("# 某区企业扩产\n\n本报讯（记者 周文）3月2日，技术员冶国华说，新线己经投产。\n", registers)
    (it,) = b.items
    assert [(c.sic, c.corr, c.by) for c in it.corrections] == [("己经", "已经", "ocr")]
    assert "己经" in it.body and not it.decisions  # proposed, never applied
