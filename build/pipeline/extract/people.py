"""People named in an item: printed titles before a name, name lists, titles after a name,
and the people register. Byline names are their own kind and are not extracted here.

A Chinese name is a surname and one or two more characters; which of the two is decided by
what follows the name (a verb such as 主持, a particle, punctuation), since news text always
continues a name with one of a small set of words.
"""

from __future__ import annotations

import re

from ..model import Person, RegisterEntry
from ..text import HAN, LIST_LEAD
from .mentions import leftmost, occurrences
from .words import everyday

# Compound surnames of the Hundred Family Surnames still borne today; those that are also
# everyday words (第五, 百里, 东门, 西门) are left out: more often the word. 司空 is in, but
# not where the idiom 司空见惯 is printed (WORD_NOT_SURNAME).
SURNAMES_2 = ["欧阳", "司马", "司空", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙", "长孙", "宇文", "轩辕", "端木",
              "万俟", "闻人", "赫连", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "仲孙", "钟离", "鲜于",
              "闾丘", "亓官", "司寇", "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋", "宰父", "谷梁", "呼延",
              "羊舌", "微生", "梁丘", "左丘", "南宫", "公羊", "完颜", "纳兰", "段干", "贺兰", "第五", "独孤", "东郭",
              # Manchu clan names (富察思远, 那拉春燕)
              "富察", "那拉", "钮祜", "赫舍", "瓜尔",
              # Yi clan names, which Yi names open with (吉克阿木, 阿牛木呷, 曲比阿果)
              "吉克", "阿牛", "曲比", "沙马", "吉木", "海来", "巴莫", "俄底", "勒格", "阿苏", "阿的", "阿苦", "俄木", "尔古",
              "吉伍", "阿约", "倮伍", "瓦扎", "罗洪", "曲木", "阿侯", "果基", "加拉", "莫色", "阿鲁", "吉史", "金古", "克惹",
              "苏呷", "比曲", "曲尼"]
# single-character surnames, commonest first (the order ranks them when names are cut apart)
SURNAME_ORDER = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲"
    "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀"
    "郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴"
    "丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富"
    "尧闭由习承锁纳鄂"
    # Hui surnames (妥建军, 喇明亮, 把丽华, 虎振东, 撒彦斌) and 铁, and the Miao and Buyi 卯
    # (卯玲), read as names only where a title or list puts them
    "妥喇把铁虎撒卯"
    # rare surnames met in new bulletins (肇峰)
    "肇"
    # surnames of Yunnan and Shaanxi (起丽萍, 矣建平, 杞兴平, 者永红, 拓文博, 折小燕)
    "起矣杞者拓折"
    # Korean surnames not among the commonest (玄春花)
    "玄"
    # rare surnames whose characters are seldom anything else (眭, 禚, 仉, 郗…)
    "眭禚隗郇仉郗钭郏逄郦酆訾闾厍乜蒯竺缑笪谯邴郄羿殳蓟蒉濮夔桓巢暴牧弘沃禄墨綦蹇璩庹贲"
    # and rare ones whose character is a word too, read as names where a title or a list puts them
    # (凡立群, 资文娟 of Hunan)
    "凡资"
)
SURNAMES_1 = set(SURNAME_ORDER)
# Japanese family names, which open four-character names (田中健一, 山本由纪) that Han names of
# a one-character surname and a two-character given name would cut one short
_JAPANESE = (
    "田中山本佐藤铃木高桥渡边伊藤中村小林加藤吉田山田山口松本井上木村清水山崎池田桥本阿部石川前田藤田小川冈田后藤村上近藤石井坂本远藤青木藤井西村福田太田三浦藤原冈本"
    "松田中川中野原田小野田村竹内金子和田中山石田上田森田柴田酒井工藤横山宫崎宫本内田高木安藤岛田谷口大野丸山今井高田藤本武田村田上野杉山增田平野千叶久保松井小岛岩崎"
    "樱井野口松尾野村木下菊地佐野大西杉本新井浅野北村川口星野黑田森本西田松冈荒木"
)
JAPANESE_SURNAMES = {_JAPANESE[k: k + 2] for k in range(0, len(_JAPANESE), 2)}
# ...and the three-character ones (佐佐木亮介, 长谷川健一)
JAPANESE_SURNAMES_3 = {"佐佐木", "长谷川", "五十岚", "小野寺", "宇都宫", "大久保", "久保田", "小笠原", "阿久津", "东海林"}
# Characters that spell foreign names in Chinese (普里马科夫, 克雷蒂安): a span made of them is a
# transliteration, which is neither cut into Han names nor given a surname.
TRANSLIT = set("斯夫尔亚拉娜维基特诺德科里蒂克塔尼卡萨莫雅琳丽莎伊奥埃乌迪妮瓦戈托洛罗米汉姆森顿逊布莱普")
# ...and Mongolian and Tibetan names (布仁巴雅尔, 娜仁高娃, 扎西卓玛): four or more characters all of
# these (some are Han surnames too, so fewer are not enough)
STEPPE = TRANSLIT | set("巴仁布音赛朝图高娃吉格木其苏日那达楞呼和敖宝额登查干琪兰毕力勒扎西卓玛次旦增曲珍央金哈嘎"
                         "索朗旺堆根云珠措罗强平杰多白孟鲁门顺敦包满都仓坦泽"
                         # Tibetan names (才让卓玛, 次仁央宗, 格桑德吉, 洛桑益西)
                         "才让次仁尼桑顿德措姆洛益贡嘎拉宗"
                         # and more Mongolian ones (斯琴图雅, 乌日娜)
                         "琴东主"
                         # and of Gansu's and Qinghai's Tibetans and Mongols (索南才让, 尕藏卓玛, 更登嘉措, 敖登格日乐)
                         "南尕藏更嘉毛草乐"
                         # and names met since (阿拉坦仓, 仁青措姆, 阿旺次仁; the Yi 阿西木呷; 巴雅尔赛罕)
                         "阿青呷罕")
# Words that print before a name and say who the person is.
TITLES = ["总书记", "副书记", "书记", "总支书记", "支部书记", "副主任", "主任", "副主席", "主席", "副局长", "局长", "副处长", "处长", "副科长", "科长", "副镇长", "镇长", "乡长", "县长", "副市长", "市长", "副区长", "区长", "省长", "部长", "厅长", "副院长", "院长", "校长", "所长", "站长", "组长", "会长", "副会长", "董事长", "总经理", "经理", "负责人", "法人", "主管", "调研员", "秘书长", "总裁", "理事长", "馆长", "队长", "行长", "社长", "总编辑", "厂长", "村长", "支书", "主委", "委员长", "区领导", "市领导", "省领导", "县领导", "镇领导", "常委", "总工程师", "副总裁", "副总经理", "副总监", "副总工程师", "创始人", "合伙人", "联系人", "执行董事", "总监", "主编",
          "工程师", "研究员", "科学家", "设计师", "技术员", "专家", "教师", "医生", "医师", "护士长", "班长",
          "主任医师", "讲师", "教授", "院士", "博士", "导演", "教练", "董事", "理事", "监事", "网格员", "总工",
          "编辑", "律师", "会计师", "经济师", "规划师", "建筑师", "营养师", "高级工程师", "首席科学家", "带头人", "博士后",
          # occupations printed before a name in news (制片人孙健君, 国务院总理温家宝, 实习生王昭)
          "总理", "副总理", "司长", "副司长", "委员", "顾问", "助理", "主持人", "演员", "主演", "导演", "制片人", "编剧",
          "作者", "作家", "诗人", "画家", "艺术家", "书法家", "歌手", "选手", "运动员", "教练", "助教", "大师", "学者",
          "历史学家", "经济学家", "分析师", "领事", "大使", "参赞", "记者", "通讯员", "实习生", "摄影师", "调解员",
          "民警", "警官", "法官", "检察官", "村医", "护士", "讲解员", "厨师", "技师", "工匠", "农艺师", "药师", "副总",
          # company officers printed before a name (首席执行官Daniyar Bekov, 首席技术官李明)
          "首席执行官", "首席技术官", "首席运营官", "首席财务官", "首席专家", "执行官",
          # and more met since (博士生导师温如玉, 机长阚小满, 调香师高桥美穗)
          "导师", "博士生导师", "硕士生导师", "机长", "店长", "调香师", "工艺师", "技术顾问",
          # members of a body, listed (领导班子成员彭文彬、欧家骏)
          "成员"]
TITLE_RE = "|".join(sorted(TITLES, key=len, reverse=True))
_TITLE_AT = re.compile(f"(?:{TITLE_RE})")
# a speech excerpt's lead: the speaker, who they are in brackets, a colon, then what they said
SPEAKER_LEAD = re.compile(r"^\s*([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})[（(]([^（）()\n]{2,40})[)）]\s*[:：]\s*\S")
# a list after its lead's colon, up to the end of its sentence (…的还有：甲（某局局长）、乙（…）。)
LIST_TAIL = re.compile(r"[：:]([^。：:！？]{6,})(?:。|$)")
# an office in brackets after a name in a list: 聂 鑫（区纪工委书记）, not 朱丽萍（某小学）
BRACKETED_OFFICE = re.compile(rf"\s*[（(]([^（）()]{{1,30}}(?:{TITLE_RE}))[)）]")
TITLE_BEFORE = re.compile(f"(?:{TITLE_RE})$")  # a title ending just here
# Titles printed after a name (张明博士, 李华教授). Those of AFTER_TITLES only ever follow a
# person, so the patterns take the characters before them as a name; ROLES_AFTER also follow
# offices (管委会主任), so they give a role only to a name found otherwise.
AFTER_TITLES = ["总书记", "博士", "副教授", "教授", "院士", "副研究员", "研究员"]
ROLES_AFTER = [*AFTER_TITLES, "高级工程师", "工程师", "导演", "主任", "书记", "局长", "区长", "市长", "县长", "镇长",
               "董事长", "总经理", "总监", "院长", "校长", "所长", "厂长", "老师", "医生", "主任医师", "会长", "经理",
               "主席", "处长", "科长", "站长", "队长", "行长", "社长", "部长", "委员", "老人"]
ROLE_AFTER = re.compile("副?(?:" + "|".join(sorted(ROLES_AFTER, key=len, reverse=True)) + ")")  # 吴嘉禾副主任
NOT_NAMES = {"高新", "高新区", "党员", "全区", "全市", "全省", "全镇", "全县", "干部", "万企"}
# What may follow a name in running text.
FOLLOW = ["正在", "主持", "出席", "参加", "列席", "陪同", "表示", "指出", "强调", "要求", "带队", "带领", "一行", "授课", "告诉", "高兴", "代表", "首先", "结合", "召开", "介绍", "莅临", "莅", "调研", "视察", "参观", "看望", "慰问", "主讲", "提出", "总结", "汇报", "发言", "解读", "认为", "坦言", "透露", "宣布", "致辞", "讲话", "宣读", "说", "等", "在", "于", "对", "向", "为", "和", "与", "及", "同", "率", "还", "也", "则", "称", "就", "到", "是", "并", "作", "做", "给", "把", "将", "已", "从", "听", "来", "去", "带", "先", "又", "都", "主动", "随后", "当即", "详细", "深入", "实地", "分别", "亲自", "同时", "现场", "接受", "回忆", "笑着", "感慨", "激动", "指导", "检查", "考察", "会见", "送", "曾", "负责", "创办", "牵头", "带头", "组织", "担任", "荣获", "获评", "领衔", "正", "被", "领学", "领读", "专程", "专门", "特意", "原来", "曾经", "一直", "如今", "今年", "目前", "已经", "博士", "教授", "同志", "总书记", "先生", "女士",
          # more that news prints after a titled name (主任仝心怡通报…, 教授仝雅琴评价说)
          "通报", "评价", "点评", "部署", "补充", "回答", "谈到", "提到", "寄语", "呼吁", "表态", "说明", "指着", "带着",
          "来到", "走进", "分析", "解释", "观察", "观摩", "参与", "出任", "当选", "获得", "入选", "共同",
          "反映", "建议", "希望", "回应", "承诺", "直言", "说道", "讲述",
          # and what a name heads (教授仲夏团队, 李明夫妇)
          "团队", "课题组", "夫妇", "一家"]
FOLLOW_RE = "|".join(sorted(FOLLOW, key=len, reverse=True))
FOLLOW_2 = {w for w in FOLLOW if len(w) == 2}
SINGLE_FOLLOW = set("说等在于对向为和与及同率还也则称就到是并作做给把将已从听来去带先又都送曾被")
PUNCT = ",，、。；;:：!！?？“”\"()（）《》 \u3000\t\n"
LIST_NAMES = re.compile(rf"{LIST_LEAD.pattern}[ \t\u3000]*([{HAN} \t\u3000、,，]+)")
# 出席活动的还有谭永辉、区美玲、司徒慧。: names after who attended, taken when all of the run are names
ATTENDED = re.compile(rf"(?:出席|参加|陪同|参与)[^。，；\n]{{0,12}}的(?:还)?有([{HAN}、]+)[。；;\n]")
# who speaks right after a quotation (……。”李想笑着说): a person, titled or not
AFTER_QUOTE = re.compile("[”」』][ \u3000]*")
# how a unit's name ends, an institution's or a village's, where a list names its person
# beside it (某某电器有限公司, 某某职业技术学院, 某镇某村)
UNIT_ENDS = "公司|集团|学院|大学|学校|小学|中学|幼儿园|医院|中心|研究院|研究所|村|社区|街道|局|厂|站|协会|合作社|银行"
# a name after a list's separator or 是, with its unit in brackets after it
UNIT_AFTER = re.compile(rf"(?:(?<=[、：:；;])|(?<=的是))([{HAN}]{{2,3}}|[{HAN}][ \u3000][{HAN}])[（(][^（）()\n]{{2,30}}?"
                        rf"(?:{UNIT_ENDS})[)）]")
# a name given as what someone is called (有个小伙子叫高原，…; 名叫安康) or after an age (28岁的安康是…)
CALLED = "(?:名|小伙子?|姑娘|女孩|男孩|孩子|老人|同学|学生|徒弟)叫|叫[做作]"
NAMED_AS = re.compile(rf"(?:{CALLED}|(?<=岁的))([{HAN}]{{2,3}}?)"
                      rf"(?=[，,。；]|是|说|告诉|表示|介绍|笑着|正在|已经)")
# who speaks, named alone after a sentence, a quotation or an age (…岁的), the way of speaking
# in between (……。”焦福来乐呵呵地说, 今年63岁的苗守义说): a full name of three
SAID = re.compile(rf"(?:^|(?<=[”」』。，,；;：:\n])|(?<=岁的))([{HAN}]{{3,4}}?)((?:[{HAN}]{{1,3}}地|笑着|一边)?)(?:说|告诉|表示|介绍)")
# Who a person is, printed before the name, when that is no title (家长揭晓红说, 养殖户初长海一边…):
# a name after one of these is taken only when the person then speaks or acts in a way news
# reports of people (居民楼里 is a place, not 楼里 the resident)
DESCRIBED = re.compile("(?:" + "|".join(sorted(
    ["家长", "养殖户", "种植户", "农户", "果农", "菜农", "茶农", "渔民", "牧民", "村民", "居民", "市民", "学生", "大学生",
     "毕业生", "员工", "职工", "工人", "农民", "农民工", "游客", "志愿者", "患者", "老人", "群众", "业主", "商户", "店主",
     "摊主", "创业者", "求职者", "消费者", "乘客", "退役军人", "参赛者", "学员", "选手", "小伙", "小伙子", "姑娘",
     "研究生", "硕士生", "博士生", "女孩", "男孩", "艺人", "家属", "工作人员", "操作工", "老板", "大户", "徒弟", "师傅", "妻子",
     "丈夫", "母亲", "父亲", "大姐", "大妈", "大爷", "大叔", "阿姨", "焊工", "电工", "车工", "钳工", "传承人", "骨干",
     "副总", "老党员", "质检员", "操作员", "网格员", "快递员", "驾驶员", "讲解员", "安全员", "巡检员", "调度员", "营业员",
     "销售员", "服务员", "保洁员", "绣娘", "儿子", "女儿", "同事", "经营户", "青年", "同乡", "参农", "药农",
     "花农", "蔗农", "棉农", "烟农", "蜂农", "客商", "采购商", "民宿主", "婆婆", "公公", "老药工",
     "社工", "主播", "技术员",
     # kin and neighbours (和老伴刘秀珍, 邻居吴凤英, 他的孙子梁子轩)
     "老伴", "老伴儿", "爱人", "媳妇", "儿媳", "女婿", "邻居", "孙子", "孙女", "外孙", "外孙女", "侄子", "侄女", "表妹", "表弟", "表哥", "表姐", "弟弟",
     "妹妹", "哥哥", "姐姐", "爷爷", "奶奶", "外公", "外婆", "工友", "战友", "同学",
     # and trades (外卖骑手, 帮办员, 消防员, 老茶师, 会计, 学生代表)
     "骑手", "帮办员", "消防员", "茶师", "老茶师", "会计", "出纳", "学生代表", "职工代表", "村民代表", "厨师", "护士", "教师",
     "保安", "司机", "快递小哥"], key=len, reverse=True))
    # and any trade of a few characters and 员 (潜航员, 飞行员, 检验员), but a group's member,
    # staff, a party's or an official (成员, 人员, 党员, 官员) and a verb (动员)
    + f"|[{HAN}]{{1,2}}(?<![成人会党团官动全满议])员" + ")")
DESCRIBED_BEFORE = re.compile(f"(?:{DESCRIBED.pattern})$")
# what a description keeps of the words before a name: the noun phrase after its last 的 or
# conjunction, or after 在 (在车间干了二十多年的装配工人 -> 装配工人; 厂长李明和工人王强 -> 工人;
# 在服务中心工作人员詹思怡的帮助下 -> 服务中心工作人员)
DESCRIPTION_HEAD = re.compile(r"^(?:.*[的和与及、着了过在])")  # …带着徒弟郝鹏 -> 徒弟, 村民们在无人机操作员… -> 无人机操作员
SPEAKS = re.compile("说|告诉|表示|介绍|笑着|感慨|坦言|高兴地|回忆|一边|指着|正在")
# what a described person does next, beyond speaking (村民单玉芹和姐妹们正忙着, 村民沙马伍各正和妻子…,
# 她和丈夫邓志刚创办了…, 徒弟那雪晴负责…)
DESCRIBED_NEXT = re.compile(f"{SPEAKS.pattern}|[和正也还已都等家]|今年|如今|创办|负责|带头|牵头|组织|担任|荣获|获评|领衔|来到|主动"
                            "|回村|回乡|回到|大学|毕业|从小|放弃|辞去")
# what follows a surname in a form of address, not a given name (邓师傅, 张总, 王姐)
ADDRESS = {"师傅", "老师", "先生", "女士", "大姐", "大哥", "大妈", "大爷", "大叔", "阿姨", "大夫", "医生", "大娘", "大婶", "大嫂", "总", "工", "姐", "哥", "叔", "师", "老"}
# a workshop or a station named after its master, opening a quotation or a list item
STUDIO = re.compile(rf"(?<=[“「、《])([{HAN}]{{2,4}}?)(?:院士专家|院士|技能大师|劳模创新|劳模|职工创新|创新|名师|大师|技师)(?:工作站|工作室)")
# surnames that are far more often an adverb after a plural (负责人都提到, 职工全部…)
ADVERB_SURNAMES = set("都全")
# what ends an abstract noun made of a quality, never a given name (幸福感, 满意度, 积极性)
ABSTRACT_END = set("感度性率")
# 区领导毋建军、酒 宏、茹志刚、原 野出席会议: after a title, a run of names closed by what the
# listed did. One list is of one kind: where most of it reads as names, a name of a surname the
# table lacks (图门) or printed with a space (原 野) is one among them.
# (the shortest reading that the list goes on after: 李四出席。 is 李四 before 出席)
LIST_ELEM = rf"[{HAN}](?:[ \u3000]{{0,2}}[{HAN}]){{1,3}}?|[{HAN}]{{1,8}}(?:[·・][{HAN}]{{1,8}}?)+"
TITLED_RUN = re.compile(rf"[ \u3000：:]?((?:{LIST_ELEM})(?:、[ \u3000]?(?:{LIST_ELEM}))+)"
                        r"(?=出席|参加|列席|陪同|参与|一同|分别|等|[。，；]|\n|$)")
NOT_LISTED_END = ("成员", "代表", "干部", "群众", "职工", "企业", "部门", "单位", "同志", "领导", "负责人")
SPACED = re.compile(rf"([{HAN}])[ \u3000]([{HAN}])(?=[、，,。；;])")
PADDED_ROW = re.compile(rf"^[ \t\u3000]*([{HAN}][ \u3000]{{1,2}}[{HAN}])[ \t\u3000]")
# a name printed with a space between its characters after a title (OCR and justified type:
# 党委书记周 立 新介绍, 局长 邹 国 安现场指导)
SPACED_OUTS = [re.compile(rf"[ \u3000]?([{HAN}]{{{a}}})[ \u3000]([{HAN}]{{{b}}})" + (rf"[ \u3000]([{HAN}])" if c else ""))
               for a, b, c in ((1, 1, 1), (1, 2, 0), (2, 1, 0), (2, 2, 0), (1, 1, 0))]
ROLE_STOP = re.compile(r"^.*?(?:落实|聘请了|聘请|邀请|专访了|专访|采访了|采访|走访了|拜访了|拜访|安排|选派|派出|抽调|建有|拥有|引进了|引进|会见|陪同|看望|随同|听取|由|受|的还有|的有)")


WORD_NOT_SURNAME = ("司空见惯",)


def _surname_len(text: str, i: int) -> int:
    if text[i : i + 2] in SURNAMES_2 and not text.startswith(WORD_NOT_SURNAME, i):
        return 2
    return 1 if text[i : i + 1] in SURNAMES_1 else 0


FOLLOW_AT = re.compile(FOLLOW_RE)


def _follows(text: str, j: int) -> bool:
    if j >= len(text) or text[j] in PUNCT:
        return True
    # matched in place: a copy of the rest of the text per name was quadratic; a title
    # printed after the name ends it too (负责人宗政言总经理说)
    return FOLLOW_AT.match(text, j) is not None or ROLE_AFTER.match(text, j) is not None


# a Uyghur or Kazakh name: parts of two to six characters joined by dots (阿不都热合曼·吾守尔)
DOTTED_RUN = re.compile(rf"[{HAN}]{{2,6}}(?:[·・•][{HAN}]{{2,6}})*[·・•]")


# words that say what kind of doctor or professor someone is, where a two-character name
# would stand before the title (全职博士, 青年教授, 特聘研究员)
QUALIFIERS = {"全职", "兼职", "在职", "优秀", "青年", "知名", "年轻", "资深", "外籍", "首席", "特聘", "客座", "高级",
              "名誉", "双聘", "引进", "应届", "留学", "海归", "海外", "女性", "博导", "专职", "退休", "驻站", "驻企"}


def dotted_at(text: str, i: int) -> str | None:
    """The dotted name starting at i, its last part ended by punctuation or a word of two
    characters or more that follows a name (…·吾守尔|要求); a single character may be the
    name's own (托马斯·布伦纳用|略带…: no end is sure, and a model's reading decides)."""
    m = DOTTED_RUN.match(text, i)
    if not m:
        return None
    if (title := _TITLE_AT.match(text, i)) and title.end() <= text.index(m.group(0)[-1], i) - 2:
        return None  # 经理|马可·贝利尼: a title over the name, not the name's first part
    for n in range(2, 7):
        end = m.end() + n
        if not re.fullmatch(rf"[{HAN}]{{{n}}}", text[m.end(): end]):
            return None
        if end >= len(text) or text[end] in PUNCT or ROLE_AFTER.match(text, end) or \
                ((f := FOLLOW_AT.match(text, end)) is not None and (len(f.group(0)) >= 2 or f.group(0) in "说等正")):
            return text[i:end]
        if f is not None and f.group(0) != "都":  # 阿不|都拉: 都 is the name's own
            return None  # 布伦纳用略|带: a word of one character that may be the name's own
    return None


# a character that may follow a name but, printed after it and then a stop, ends no sentence
# (李四等。, 王强说：, 张三来。): no evidence the longer reading is the name
_NOT_CLOSING = set("说称等来去到")
NEARBY = 3000


def _closed_nearby(text: str, longer: str, i: int) -> bool:
    """Whether the longer reading of a name is printed close by with a stop right after it
    (沙马拉则： opening the answers of an interview, …主任沙马拉则。): then 沙马拉则表示 is that
    name too, not 沙马拉 and the adverb 则. Looked for in a window: a huge text stays linear."""
    if longer[-1] in _NOT_CLOSING:
        return False
    lo, hi = max(0, i - NEARBY), i + NEARBY
    k = text.find(longer, lo, hi)
    while k >= 0:
        if text[k + len(longer): k + len(longer) + 1] in "，。、；：:！？）)\n" and k + len(longer) < len(text):
            return True
        k = text.find(longer, k + 1, hi)
    return False


def name_at(text: str, i: int) -> str | None:
    """The name starting at i, if what follows it shows where it ends."""
    if DOTTED_RUN.match(text, i):
        return dotted_at(text, i)  # never the first part alone (阿不 of 阿不都热合曼·吾守尔)
    if text[i: i + 3] in JAPANESE_SURNAMES_3:
        for n in (6, 5):  # 佐佐木亮介, 长谷川健太郎
            if re.fullmatch(rf"[{HAN}]{{{n}}}", text[i: i + n]) and _follows(text, i + n) and not _follows(text, i + n - 1):
                return text[i: i + n]
    if text[i: i + 2] in JAPANESE_SURNAMES:
        for n in (5, 4):  # 佐藤健太郎, 田中健一: a Japanese name, not 田中健 before a word 一
            # (也 ends many a Japanese given name: 伊藤拓也, 渡边和也)
            ya = n == 4 and text[i + 3: i + 4] == "也"
            if re.fullmatch(rf"[{HAN}]{{{n}}}", text[i: i + n]) and (text[i + n - 1] not in SINGLE_FOLLOW or ya) \
                    and _follows(text, i + n) and (ya or not _follows(text, i + n - 1)):
                return text[i: i + n]
    s = _surname_len(text, i)
    if not s:
        return None
    ok = []
    for given in (2, 1):
        j = i + s + given
        cand = text[i:j]
        if given == 2 and text[j - 1: j + 1] == "正在":
            continue  # 叶蔓|正在检测: the adverb, not the name's
        if given == 2 and cand[-1] == "地":
            continue  # 主任高兴地说: an adverb before the verb (地 ends no given name)
        if cand in NOT_NAMES or cand[s:] in ADDRESS:
            continue  # (王大叔, 李医生, 张总: what someone is called, not a name)
        if given == 1 and s == 1 and cand[0] in ADVERB_SURNAMES and not (j >= len(text) or text[j] in PUNCT):
            continue  # 企业负责人都|提到: the adverb, not the surname 都
        if len(cand) == s + given and re.fullmatch(rf"[{HAN}]+", cand) and _follows(text, j):
            ok.append(cand)
    if not ok:
        return None
    # 赵东来|作工作报告: 来 ends many a name (东来, 春来), and only comes as a verb into a word (来到)
    came = len(ok) == 2 and ok[0][-1] == "来" and text[i + len(ok[1]): i + len(ok[1]) + 2] not in FOLLOW_2
    if len(ok) == 2 and not came and (ok[0][-1] in SINGLE_FOLLOW | {"主", "出", "参", "表", "陪", "带", "共"}
                         # 巴音|认为, not 巴音认|为 (but 张国强|调研 over 张国|强调: a word after either)
                         or (text[i + len(ok[1]): i + len(ok[1]) + 2] in FOLLOW_2
                             and text[i + len(ok[0]): i + len(ok[0]) + 2] not in FOLLOW_2)
                         or (ok[0][-1] == "正" and text[i + len(ok[0]): i + len(ok[0]) + 1] not in PUNCT + "说")
                         or ROLE_AFTER.match(text, i + len(ok[1]))) and not _closed_nearby(text, ok[0], i):
        return ok[1]  # 宗政言|总经理: the longer reading ends inside a title
    return ok[0]


def _longer_steppe(text: str, i: int, name: str | None) -> str | None:
    """A Mongolian name that opens like a Han one (那仁满|都拉: 那 is a surname, 都 may follow a
    name): the whole steppe name where it goes on past the Han reading."""
    if name and len(name) <= 3 and (steppe := steppe_at(text, i)) and len(steppe) > len(name) and steppe.startswith(name) \
            and all(c in STEPPE for c in name):
        return steppe
    return name


# what follows a name and never 和 the conjunction (巴图孟和是…, 巴图孟和说)
SAID_AFTER = re.compile(f"是|{SPEAKS.pattern}")


def steppe_at(text: str, i: int, described: bool = False) -> str | None:
    """A Mongolian or Tibetan name of four to six characters starting at i (乌力吉巴图), ended by
    what follows a name: these have no Han surname for name_at to start from. One of three
    (其木格, 巴特尔) only where a stop ends it, or, after who the person is (`described`: 蒙古族
    女孩其其格已经…), what a described person does. A name may end in 和 where a verb follows
    (巴图孟和是…, 巴图孟和说), where 和 joins nothing."""
    for n in (6, 5, 4, 3):
        cand = text[i : i + n]
        if len(cand) != n or not all(c in STEPPE for c in cand) or (n == 3 and _surname_len(text, i)):
            continue
        said = SAID_AFTER.match(text, i + n) is not None
        if cand[-1] in SINGLE_FOLLOW and not (cand[-1] == "和" and said):
            continue
        if n > 3 and (_follows(text, i + n) or said):
            return cand
        nxt = text[i + n: i + n + 1]
        if n == 3 and (nxt in "，。；、等" or (described and (DESCRIBED_NEXT.match(text, i + n) is not None or nxt == "的"))):
            return cand
    return None


def titled_list(text: str, i: int) -> list[tuple[str, int, int]]:
    """The names of a list after a title ending at i (区领导甲、乙、丙出席), each with where it is
    printed, or none when the run is not a list of names."""
    m = TITLED_RUN.match(text, i)
    if not m:
        return []
    out, at = [], m.start(1)
    for printed in m.group(1).split("、"):
        lead = len(printed) - len(printed.lstrip(" \u3000"))
        name = re.sub(r"[ \u3000]", "", printed)
        out.append((name, at + lead, at + len(printed)))
        at += len(printed) + 1
    def read(name: str) -> bool:  # a name the surname table or the steppe letters read
        return name_at(name + "，", 0) is not None or steppe_at(name + "，", 0) == name or "·" in name

    def shaped(name: str) -> bool:
        if name in NOT_NAMES or name.endswith(NOT_LISTED_END) or TITLE_BEFORE.search(name):
            return False
        return "·" in name or len(name) <= 3 or _surname_len(name, 0) == 2 or all(c in STEPPE for c in name)
    if not all(shaped(n) for n, _, _ in out) or 2 * sum(read(n) for n, _, _ in out) < len(out):
        return []
    return out


# a people's name before who someone is (拉祜族研究生, 布朗族茶农): the names of Yunnan's and
# Guangxi's peoples (岩三, 玉香, 娜倮, 扎约) often have no surname of the Han lists
# (各族, 民族, 家族, 上班族 name no people)
ETHNONYM_BEFORE = re.compile(rf"[{HAN}]{{1,3}}(?<![各民家种宗班])族[{HAN}]{{0,6}}$")


def minority_name(text: str, start: int, i: int) -> str | None:
    """The given name of two characters after a description that names the person's people
    (布朗族茶农|岩三|的茶园), if what follows it ends a name; else None."""
    if not ETHNONYM_BEFORE.search(text, max(0, start - 9), start + 1) and not ETHNONYM_BEFORE.search(text, max(0, i - 12), i):
        return None
    name = text[i: i + 2]
    if not re.fullmatch(rf"[{HAN}]{{2}}", name) or name in NOT_NAMES or any(c in "的和是在了" for c in name) or everyday(name, 100):
        return None  # (汉族学生工作，…: a word)
    after = text[i + 2: i + 3]
    return name if after in "，。、；的" or DESCRIBED_NEXT.match(text, i + 2) or FOLLOW_AT.match(text, i + 2) else None


def role_before(text: str, start: int) -> str:
    k = start
    while k > 0 and text[k - 1] not in ",，。；;:：!！?？“”\n" and start - k < 48:
        k -= 1
    chain = text[k:start].strip().lstrip("—－-").strip()  # (——某公司总经理 某某: the dash marks who said it)
    chain = ROLE_STOP.sub("", chain) if ROLE_STOP.match(chain) and ROLE_STOP.sub("", chain) else chain
    # two people side by side (副总裁让-皮埃尔·杜邦与管委会主任仝心怡): the role starts after 与
    if (m := re.search(r".*[与同跟](?=[^与同跟]*$)", chain)) and TITLE_BEFORE.search(chain[m.end():]) \
            and (any(TITLE_BEFORE.search(chain[: m.end() - 1 - n]) for n in (2, 3, 4)) or "·" in chain[: m.end()]):
        chain = chain[m.end():]
    # titles joined by 、 are one person's (市委常委、高新区党工委书记); a part that ends in no
    # title ends in the person before (董事长任建军、项目负责人乌兰): the role starts after it
    parts = chain.split("、")
    keep = parts[-1:]
    for part in reversed(parts[:-1]):
        if not TITLE_BEFORE.search(part):
            break
        keep.insert(0, part)
    return "、".join(keep)


def description_before(text: str, start: int) -> str | None:
    """Who the person is, printed before the name when that is no title (76岁的村民王桂英 ->
    村民, 来自凉山的彝族小伙吉克阿木 -> 彝族小伙), or None."""
    if not DESCRIBED_BEFORE.search(text, max(0, start - 8), start):
        return None
    return DESCRIPTION_HEAD.sub("", role_before(text, start)) or None


HEADED_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,8}(?:[·・][\u4e00-\u9fff]{1,8})+")


def find_people(text: str, exclude: set[str], known: list[RegisterEntry]) -> list[Person]:
    """People in text with roles and mentions. `exclude` holds byline names."""
    from .names import (  # names.py reads this module's surnames: imported here, no cycle
        FAMILY,
        PADDED,
        PLACES,
        cells_of,
        name_cell,
        name_column,
        roster_names,
        roster_row,
        split_run,
        table_row,
        unit_list,
        unit_row,
    )

    found: dict[str, Person] = {}

    def take(name: str, role: str | None) -> Person | None:
        if name in exclude:  # a byline name: the item's reporter, not a person it reports on
            return None
        p = found.setdefault(name, Person(name=name))
        if role and role not in p.roles:
            p.roles.append(role)
        return p

    spaced: dict[str, list[tuple[int, int]]] = {}  # where a name spaced out is printed

    def take_printed(name: str, role: str | None, a: int, b: int) -> None:
        """A name printed at a..b, with a space inside it or not (原 野): linked where printed."""
        take(name, role)
        if b - a != len(name):
            spaced.setdefault(name, []).append((a, b))

    def spaced_out(i: int) -> str | None:
        # a spaced name's shapes in turn: the first that what may follow a name ends (柏 林宣布: 柏林, not 柏林宣)
        m = next((m for pat in SPACED_OUTS if (m := pat.match(text, i)) and _follows(text, m.end())), None)
        if not m:
            return None
        name = "".join(g for g in m.groups() if g)
        if len(name) > 4 or name in exclude or name in NOT_NAMES or \
                (name_at(name + "，", 0) != name and steppe_at(name + "，", 0) != name):
            return None  # 马 玉福, 海来 阿支, 泽仁 拉姆: a stray space inside the name
        spaced.setdefault(name, []).append((m.start(1), m.end()))
        return name

    def listed_after(j: int, role: str | None) -> None:
        """The names that go on a list after one found at j (区领导杨有军、古冰涛、侯建华…)."""
        while j < len(text) and text[j] == "、":
            nxt = name_at(text, j + 1) or steppe_at(text, j + 1)
            printed = nxt
            if not nxt and (m2 := SPACED.match(text, j + 1)) and _surname_len(m2.group(0), 0):
                printed, nxt = m2.group(0), m2.group(1) + m2.group(2)  # 龚 慧: a name spaced out
            if not nxt:
                break
            # one title printed before several names is each one's (管委会副主任孔德昌、普云飞)
            take(nxt, role)
            j += 1 + len(printed)

    for m in re.finditer(TITLE_RE, text):
        i = m.end()
        if any(text.startswith(x, i) for x in exclude):
            continue  # 通讯员杨小向: a byline name, not 杨小 before the word 向
        for name, a, b in titled_list(text, i):
            if name not in exclude:
                take_printed(name, role_before(text, i), a, b)
        name = _longer_steppe(text, i, name_at(text, i)) or steppe_at(text, i) or spaced_out(i)
        if not name and text[i: i + 1] in " \u3000：:" and (name := name_at(text, i + 1) or spaced_out(i + 1)):
            i += 1  # 书记　王强, 联系人：钟晓雯, 联系人：雷　霆: a space or a colon between the title and the name
        if not name:
            continue
        role = role_before(text, m.end())
        take(name, role)
        listed_after(i + len(name), role)
    for m in DESCRIBED.finditer(text):
        i = m.end()
        k = _surname_len(text, i)
        for given in (2, 1) if k else ():
            name = text[i : i + k + given]
            if not re.fullmatch(rf"[{HAN}]+", name) or name in NOT_NAMES or name in exclude:
                continue
            # a three-character name may also open a list (业务骨干付晓彤、白音朝克图); a shorter
            # one before 、 is too often a word (群众满意、)
            if name[k:] in ADDRESS or name[k + 1:] in ADDRESS:
                break  # 工人邓师傅: a form of address, no name
            if name[-1] in ABSTRACT_END:
                continue  # 群众幸福感和…, 员工满意度也…: a quality of the people, no name
            # a shorter name than three characters must speak: 员工宿舍和食堂 is no 宿舍
            # (a compound surname and one character is a name's shape: 爱人闻人静也是…)
            if (SPEAKS if given == 1 and k == 1 else DESCRIBED_NEXT).match(text, i + k + given) \
                    or (given == 2 and text[i + k + given: i + k + given + 1] == "、"):
                take(name, None)
                listed_after(i + k + given, description_before(text, i))
                break
        else:
            if (steppe := steppe_at(text, i, described=True)) and steppe not in exclude:
                take(steppe, None)  # 五年级学生宝音德力格尔在…
            elif name := spaced_out(i):
                take(name, None)
            elif not k and (name := minority_name(text, m.start(), i)) and name not in exclude:
                take(name, None)  # 布朗族茶农岩三的茶园, 拉祜族返乡青年扎约在…
    for m in AFTER_QUOTE.finditer(text):
        i = m.end()
        name = _longer_steppe(text, i, name_at(text, i)) or steppe_at(text, i)
        if name and SPEAKS.match(text, i + len(name)) and name not in exclude:
            take(name, None)
    for m in UNIT_AFTER.finditer(text):
        # 获得二等奖的是植嘉欣（佛山某某电器有限公司）、罗 斌（…）: a name with its unit in brackets
        name = re.sub(r"[ \u3000]", "", m.group(1))
        if name_at(name + "，", 0) == name and name not in exclude:
            take_printed(name, None, m.start(1), m.end(1))
    for m in NAMED_AS.finditer(text):
        name = m.group(1)
        if name_at(name + "，", 0) == name and not DESCRIBED.fullmatch(name) and name not in exclude:
            take(name, None)
    for m in SAID.finditer(text):
        name = m.group(1)
        if everyday(name[_surname_len(name, 0):]) or everyday(name):
            continue  # ，向网友介绍: a surname's character before a word, no given name
        if name[-1] in SINGLE_FOLLOW and not m.group(2):
            continue  # ；佘莉则说: 则 may be the name's or the sentence's, and is the sentence's more often
        if len(name) == _surname_len(name, 0) + 2 and name_at(name + "，", 0) == name and name not in exclude:
            take(name, None)
    for m in re.finditer("|".join(AFTER_TITLES), text):
        if text.startswith("博士后", m.start()) or text[m.start() - 1: m.start() + 1] == "院院":
            continue  # 博士后科研工作站: a post; 工程院院士: the academy's name, not a person's
        for s in (3, 2, 4):
            i = m.start() - s
            if i > 0 and text[i - 1 : i + 1] in SURNAMES_2:
                i -= 1  # 东方|亦白博士
            # the name must end at the title: read as if a comma followed it (name_at reads
            # nothing before i, so a copy of the few characters from i is enough)
            if any(text[j: m.start()] in PLACES for j in range(max(0, i - 4), i)) or text[max(0, m.start() - 1): m.start()] in tuple("系所局厂处室站馆司校院"):
                break  # 比利时教授, 动力工程系教授, 省委党校教授: the end of a country's or an institution's name, no 利时, 程系 or 党校
            if i >= 0 and name_at(text[i : m.start()] + "，", 0) == text[i : m.start()]:
                if text[i: m.start()] in QUALIFIERS:
                    break  # 全职博士, 优秀博士: what kind of doctor, no name
                take(text[i : m.start()], m.group(0))
                break
    for m in STUDIO.finditer(text):
        # “樊继红创新工作室”, “薛刚技能大师工作室”: a workshop named after its master, who is a person
        name = m.group(1)
        if name_at(name + "，", 0) == name and name not in exclude:
            take(name, None)
    for m in re.finditer("同志", text):
        # 斯琴图雅同志任…, ；额尔敦毕力格同志不再担任…: a name the appointment calls comrade,
        # set off before it
        b = m.start()
        for n in (6, 5, 4, 3, 2):
            i = b - n
            cand = text[i:b] if i >= 0 else ""
            if not cand or not (i == 0 or text[i - 1] in PUNCT or TITLE_BEFORE.search(text, max(0, i - 8), i)):
                continue
            steppe = n >= 3 and all(c in STEPPE for c in cand)  # before 同志 a boundary holds it: 其木格
            if (steppe or (n <= 4 and name_at(cand + "，", 0) == cand)) and cand not in exclude:
                take(cand, None)
                break

    def listed(name: str) -> bool:
        if 4 <= len(name) <= 6 and all(c in STEPPE for c in name):
            return True  # 额尔敦毕力格 among the names of a list
        k = _surname_len(name, 0)
        return 2 <= len(name) <= 4 and k and len(name) > k and re.fullmatch(rf"[{HAN}]+", name) and name not in NOT_NAMES

    for m in LIST_NAMES.finditer(text):
        # 获评“青年科技之星”的有:濮阳辰　缪晓丹　岳鹏飞 — a list of names after its lead; each
        # name may carry its unit in brackets (林　芳（某公司）、覃美玲（某公司）…等。)
        end = text.find("。", m.start(1))
        run = text[m.start(1): end if 0 <= end - m.start(1) <= 400 else m.end(1)]
        run = re.sub(r"[（(][^（）()]{0,40}[）)]", "、", run)
        # (a copy's line break inside a name is none of the list's: 付冬 / 梅（某公司）、…; names a
        # line each run together, and split_run cuts them apart)
        run = re.sub(rf"(?<=[{HAN}])\n(?=[{HAN}])", "", run)
        toks = [FAMILY.sub("", re.sub("等$", "", t)) for t in re.split(r"[\s\u3000、,，]+", PADDED.sub(r"\1\2", run)) if t]
        if sum(map(everyday, toks)) * 2 > len(toks):
            continue  # 主要问题是：资金、人才、土地: a list of things, not of people
        for tok in toks:
            for name in split_run(tok) or [tok]:
                if listed(name):
                    take(name, None)
                    if len(name) == 2 and (pm := re.search(f"{name[0]}[ \u3000]{{1,2}}{name[1]}", text)):
                        spaced.setdefault(name, []).append((pm.start(), pm.end()))  # 陈　静: linked where printed
    for m in ATTENDED.finditer(text):
        names = m.group(1).split("、")
        if len(names) >= 2 and all(listed(n) and len(n) <= 3 + (_surname_len(n, 0) == 2) for n in names):
            for name in names:
                take(name, None)
    at = 0
    column: int | None = None  # under a table's head row that names a column 姓名
    for para in text.split("\n"):
        cells = cells_of(para)
        if (head := name_column(para)) is not None:
            column = head
        elif column is not None and len(cells) > column:
            # | 尤文斌 | 某公司 |: under 姓名 any name-sized cell is one (谷雨, 旦增平措), and so are
            # the cells after it where a row holds several (某公司　　金英男　赵雪梅); | --- | is no row
            for k, cell in enumerate(cells[column:]):
                name = re.sub(r"[ \u3000]", "", cell)
                # (only the column under the head may hold a name no list knows; 特等奖 after it is no one)
                if (name_cell(name) or (k == 0 and HEADED_NAME.fullmatch(name))) and name not in exclude:
                    take(name, None)
                    if name != cell and (k := text.find(cell, at)) >= 0:  # 王 东: linked where printed
                        spaced.setdefault(name, []).append((k, k + len(cell)))
        elif column is not None and para.strip():
            column = None  # the table has ended
        for name in roster_names(para):  # a roster on a line of its own: 丁一凡 马晓雯 王梓豪 卞学军
            take(name, None)
        # 饶　勇（区招商局）、胡　杨（区招商局驻深圳招商组）、…; a row 唐建新（高新区消防救援大队）, 方 圆（某公司）
        said = SPEAKER_LEAD.match(para)
        speaker = re.sub(r"[ \u3000]", "", said.group(1)) if said else ""
        if said and name_cell(speaker, given=False) and speaker not in exclude:
            # 关爱（招商引资先进个人代表、某局副局长）：去年，…: a speech excerpt led by its speaker and
            # who they are (a name that is a word too, 关爱, is a name here)
            take_printed(speaker, said.group(2), at + said.start(1), at + said.end(1))
        listed = [(name, a, b) for name, a, b in unit_list(para) or filter(None, [unit_row(para)])]
        if not listed:
            # …出席会议的还有：韦建林（区党工委副书记）、聂 鑫（区纪工委书记）。: a list after its
            # lead's colon, to the end of its sentence
            for tail in LIST_TAIL.finditer(para):
                listed += [(name, tail.start(1) + a, tail.start(1) + b) for name, a, b in unit_list(tail.group(1))]
        for name, a, b in listed:
            if name not in exclude:
                # (in brackets after the name, an office is the person's role; a unit is no role)
                office = BRACKETED_OFFICE.match(para, b)
                take_printed(name, office.group(1) if office else None, at + a, at + b)
        if (name := table_row(para)) and name not in exclude:  # 巴特尔   内蒙古某公司   领军人才
            take(name, None)
            if m := PADDED_ROW.match(para):  # 乌  兰   …: linked where printed
                spaced.setdefault(name, []).append((at + m.start(1), at + m.end(1)))
        elif row := roster_row(para):  # 马文韬　江苏某船舶动力研究院副院长: a roster set as a table
            take(*row)
            if (m := PADDED_ROW.match(para)) and row[0] not in exclude:  # 王　磊　…: linked where printed
                spaced.setdefault(row[0], []).append((at + m.start(1), at + m.end(1)))
        at += len(para) + 1
    for entry in known:
        for form in [entry.name, *entry.aliases]:
            if len(form) >= 2 and form in text and (p := take(entry.name, None)):
                p.id = entry.id
    starts = occurrences(text, set(found))
    for p in found.values():
        p.mentions = sorted(leftmost(starts[p.name], len(p.name)) + spaced.get(p.name, []))
    return sorted(found.values(), key=lambda p: (p.mentions[0][0] if p.mentions else 0, p.name))
