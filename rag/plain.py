"""How the public words a question and how a notice words the same thing.

"我家孩子三岁" is answered by "对0-6岁的残疾儿童…": a notice says 儿童 where a parent says 孩子, and
states an age as a range. A question term is held by a sentence when the sentence has the term, a
word notices use for it, or — for an age — a range or limit that includes it. Pure functions; the
vocabulary is everyday Chinese against the register of government notices, nothing of one corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.lexical import known_word

# Everyday word → the words notices use for it. Only words with one clear meaning in a question
# about a policy; a word is never mapped to a broader one that would match most sentences.
_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    # a verb of one character keeps its meaning where a question says it plainly ("能把地租给我吗",
    # "最多能租多少年"): the notice says 租赁/租期
    "租": ("租赁", "租期", "出租", "承租"),
    # "超载了，会扣补奖资金吗？扣多少" is answered by "逾期未减畜的，扣发当年草畜平衡奖励资金的50%"
    "扣": ("扣发", "扣减", "扣除", "扣回", "核减"),
    "地租": ("租赁", "租期", "出租"),
    "租给": ("租赁", "出租"),  # "想租给别人用"  # "把地租给我": jieba reads 地租
    "贷": ("贷款",),
    "罚": ("罚款", "处罚"),
    "卖": ("出售", "销售", "转让"),
    "装": ("安装", "加装"),
    "办证": ("审批", "核发", "发证"),
    "孩子": ("儿童", "子女", "幼儿", "婴幼儿"),
    "小孩": ("儿童", "子女", "幼儿", "婴幼儿"),
    "宝宝": ("婴幼儿", "婴儿", "幼儿"),
    "老人": ("老年人",),
    "病床": ("床位",),
    "看病": ("就医", "医疗", "诊疗"),
    "出生证": ("出生医学证明",),
    "打疫苗": ("预防接种", "疫苗接种"),
    "上户口": ("户口登记", "落户", "户籍登记"),
    "办医保": ("医保参保", "参保"),
    "上学": ("入学", "就学", "就读"),
    "暑假": ("暑期",),
    "寒假": ("寒期",),
    "找工作": ("就业", "求职"),
    "工作岗位": ("就业岗位",),
    "房子": ("住房", "房屋"),
    "老房子": ("住房", "房屋", "农房"),
    "老屋": ("住房", "房屋", "农房"),
    # "在开平有两套房…这套老屋能申请吗" is asked of "申请补助的住房应为农户在本市的唯一住房"
    "两套房": ("唯一住房", "多套住房", "2套以上住房"),
    "两套": ("唯一住房", "多套", "2套以上"),
    "套房": ("唯一住房", "多套住房", "2套以上住房"),  # (jieba reads 两/套房)
    "生孩子": ("生育",),
    "买房": ("购房",),
    "租房": ("租赁住房", "租房", "租赁"),  # "租房补贴" is a 租赁补贴
    "开店": ("个体工商户", "经营"),
    "做生意": ("经营", "个体工商户"),
    "种地": ("种植", "耕地"),
    "农民": ("农户", "农村居民"),
    "供暖": ("供热",),
    "暖气": ("供热", "供暖"),
    "个体户": ("个体工商户",),
    "执照": ("营业执照", "登记"),
    "低保户": ("低保", "最低生活保障"),
    "低保家庭": ("低保", "最低生活保障"),
    "低保": ("最低生活保障",),
    "总共": ("合计", "共计", "总计"),  # "一年总共能拿到多少": a table's 合计 column
    "一共": ("合计", "共计", "总计"),
    "加起来": ("合计", "共计", "总计"),
    "私立": ("民办",),  # "私立幼儿园" is a 民办幼儿园 to a notice
    "公立": ("公办",),
    # a child whose parents are dead is an orphan to a notice ("孩子爸妈都不在了": 孤儿)
    "爸妈都不在": ("孤儿", "事实无人抚养"),
    "父母都不在": ("孤儿", "事实无人抚养"),
    "爸妈都去世": ("孤儿",),
    "父母都去世": ("孤儿",),
    "父母双亡": ("孤儿",),
    "停车位": ("停车泊位", "泊位"),
    "路边": ("路内", "道路停车"),  # "停在店门口路边的停车位上" is a 路内泊位
    "残疾孩子": ("残疾儿童",),
    "手续费": ("费用", "收费", "收取"),
    "学校": ("校园",),
    "怀孕": ("孕期", "孕妇", "妊娠"),
    "卖钱": ("交易", "出售", "收益"),
    "指标": ("配额",),
    "煤炉": ("燃煤", "锅炉", "炉灶"),
    "炉子": ("锅炉", "炉灶"),
    "澡堂": ("洗浴", "浴池", "茶浴"),
    "澡堂子": ("洗浴", "浴池", "茶浴"),
    "红绿灯": ("信号灯", "交通信号"),
    "烧煤": ("燃煤",),
    "卧床": ("失能",),
    "瘫痪": ("失能",),
    "乡下": ("农村", "乡村"),
    "眼睛": ("眼保健", "视力", "眼健康"),
    "小学": ("入学",),  # "等上了小学": the notice says 入学
    "收割机": ("农机具", "农业机械", "农机"),
    "拖拉机": ("农机具", "农业机械", "农机"),
    # "不太会用智能手机" is answered by "解决老年人运用智能技术困难"
    "智能手机": ("智能技术", "智能设备", "数字鸿沟"),
    "果树": ("经济林", "果园", "林木"),  # "十来亩果树林子": "经济林"
    "果树林": ("经济林", "果园", "林木"),
    "羊": ("牲畜", "畜禽", "滩羊", "肉羊"),  # "几十只快出栏的羊": "存栏待售的牲畜"
    "出栏": ("存栏", "出栏", "待售"),
    "钓鱼": ("垂钓",),
    "鞭炮": ("烟花爆竹", "爆竹"),  # "春节能在楼下放鞭炮吗" is asked of a 禁止燃放烟花爆竹 通告
    "放鞭炮": ("燃放烟花爆竹", "燃放"),
    "老婆": ("配偶", "夫妻"),  # "老婆名下有一套房" is asked of "本人及其配偶…无自有住房"
    "老公": ("配偶", "夫妻"),  # "我和老公都交公积金" is asked of the "夫妻双方缴存" row
    "两口子": ("夫妻", "配偶"),
    "户口": ("户籍",),  # "户口不在柳州…能领补贴吗" is asked of "补贴不限户籍"
    "审完": ("审核", "初审", "复核", "审查"),
    # "年纪大的有没有多给" is asked of "年满55周岁的船东、船员…每人另加3000元"
    "多给": ("另加", "增加", "增发", "加发", "提高"),
    # "申请有时间限制吗" is answered by the span one applies within: "应在困难发生之日起3个月内提出"
    "时间限制": ("个月内", "日内", "天内", "之日起", "期限", "时限"),
    # "是每个月发还是几个月发一次" is answered by "按季度发放", "按月发放"
    "每个月": ("每月", "按月"),
    "几个月": ("季度", "按季", "每季", "半年", "按月"),
    "灾后": ("灾害发生后", "灾害发生之日", "受灾后"),  # "灾后多少天内要申请": "农户应在灾害发生后60日内…提出申请"
    "大病": ("重特大疾病", "重大疾病", "大病"),  # "这种大病能补多少钱" is asked of the 重特大疾病 row  # "交上去以后多久能审完" is asked of "…10个工作日内完成初审"
    "发到手": ("发放", "发放到位", "到账"),  # "秋季学期什么时候能发到手": "秋季学期于11月30日前发放到位"
    # "钱什么时候到账" is asked of "…于每年12月31日前…发放至…账户", "验收合格后30日内打入“一卡通”"
    "到账": ("发放至", "拨付至", "账户", "打入", "存入", "拨入"),
    # "钱什么时候能发下来" is asked of "…于次年3月31日前通过“一卡通”发放到户" (where it goes, not "追回已发放资金")
    # "除了基本补助还能多拿吗" is answered by "…独居老人户…每户另增加补助300元"
    "多拿": ("另增加", "另外增加", "增加补助", "额外", "加发", "增发", "另行补助", "再补助"),
    "基本补助": ("补助标准", "每户补助", "每人补助", "基本补助"),
    "发下来": ("发放到", "发放至", "发放给", "拨付到", "拨付至", "兑付到", "兑付给", "到账"),
    "第一次买房": ("首套",),  # "第一次买房" is a 首套住房
    "第一套": ("首套",),
    "媳妇": ("配偶",),
    "妻子": ("配偶",),
    "丈夫": ("配偶",),
    "手机": ("APP", "App", "客户端", "小程序", "掌上"),  # "用手机在哪儿办" is answered by "登录“i洛阳”APP"
    "河滩": ("滩地", "河道滩地"),
    "老二": ("二孩",),  # "我家老二一岁半…每个月能补多少" is asked of "二孩，每人每月400元"
    "老三": ("三孩",),
    "二胎": ("二孩",),
    "三胎": ("三孩",),
    "无人机": ("无人驾驶航空器", "航空器"),  # "用无人机航拍，可以飞吗" is asked of a 禁飞 通告
    "请吃": ("宴请",),  # "请吃顿饭、再送点东西" is asked of "不得收受检查对象的财物和宴请"
    "化验": ("检验",),  # "化验结果换个医院是不是还得重做" is asked of "医学检验结果互认"
    "重做": ("互认", "重复检查"),
    "片子": ("影像", "阅片"),  # "拍了片子…让县里的大夫远程帮着看" is asked of "远程阅片"
    "东西": ("财物", "物品", "礼品"),  # "查完再送点东西" is asked of "不得收受检查对象的财物"
    "顿饭": ("每餐", "宴请"),  # "一顿饭补几块钱": 每餐补贴; "请吃顿饭": 宴请
    "公交车": ("公共汽车",),  # "坐公交车是免费还是半价" is asked of "免费乘坐…城市公共汽车"
    "公交": ("公共汽车",),
    # "到哪里递交材料、领取结果" is asked of "…审批“一口进件”…审批结果“一口出件”"
    "递交": ("进件", "受理", "提交"),
    "领取结果": ("出件", "送达"),
    "拿结果": ("出件", "送达"),
    # "家里攒的废纸箱、塑料瓶这些能拿去换点东西吗" is asked of "可回收垃圾积分存折…兑换商品"
    "纸箱": ("可回收垃圾", "可回收物", "废品"),
    "塑料瓶": ("可回收垃圾", "可回收物", "废品"),
    "废品": ("可回收垃圾", "可回收物"),
    "换点": ("兑换", "积分"),
    "换东西": ("兑换", "积分"),
    # "已经领了自治区的…补贴。它还能再领市里的吗" is asked of "…有下列情形之一的，不得享受专项资金补贴：
    # （一）已经获得自治区…专项资金的"
    "领了": ("获得", "领取", "享受"),
    "再领": ("重复享受", "不得享受", "重复领取", "不得重复", "再次申请", "再次享受"),
    "玩水": ("溺水", "防溺水", "涉水", "戏水"),  # "孩子放假玩水" is asked of "开展防溺水宣传教育"
    "戏水": ("溺水", "防溺水", "涉水"),
    # "前面审批已经交过的资料…还要不要再交" is asked of "凡是前置审批已提交的资料，后续审批时不再要求企业提供"
    "交过": ("已提交", "提交"),
    "再交": ("不再要求", "重复提交", "重复提供"),
}
# Everyday words of time and manner, not of a topic: they help tell a notice's sentence apart but a
# lexical search does not look for them (one that looked for 每月 found every notice paying something
# monthly: "一个月最多补多少" of a 老年助餐 question found a 托育补贴).
_PHRASING_WORDS: dict[str, tuple[str, ...]] = {
    "不够": ("不足",),  # "电容量不够" is "电力容量不足"
    "不让": ("阻挠", "阻止", "拒绝", "禁止"),  # "物业不让装" is answered by "不得…阻挠业主安装"
    "分成": ("划分", "分为", "分类"),  # "分成哪几类" is answered by "划分为5类"
    "分担": ("承担", "负担", "比例"),  # "资金怎么分担" is answered by "所需资金由市级财政承担60%"
    "谁出钱": ("承担", "负担", "财政"),
    "缩短": ("压缩",),  # "办证时间有没有缩短" is answered by "将法定审批时限压缩三分之一"
    "一块儿": ("联办", "一件事", "一次办", "一窗"),  # "这些事能一块儿办吗"
    "一起办": ("联办", "一件事", "一次办", "一窗"),
    "挨着": ("跑一次", "一次办", "联办"),  # "一个部门一个部门挨着跑"
    "一年": ("年度", "每年", "全年"),
    "收钱": ("收费", "收取", "免收"),
    "花钱": ("收费", "费用", "免费"),
    "要钱": ("收费", "费用", "免费"),
    "停了": ("停止", "停热", "停暖", "停用", "暂停", "停业", "停运"),  # "暖气停了还要交钱吗": "停热期间…缴纳"
    "帮交": ("代缴", "代交", "代为缴纳"),  # "政府能帮着交吗？帮交多少" is asked of "…按每人每年200元的标准为其代缴"
    "帮着交": ("代缴", "代交", "代为缴纳"),
    "补交": ("补缴", "缴费", "缴纳"),  # "今年3月份才补交上" is asked of "集中缴费期结束后参保缴费的…"
    # "交完马上看病就能报销吗" is asked of "…自缴费次月起设置3个月待遇等待期"
    "马上": ("等待期", "立即", "即时", "当即"),
    "交钱": ("缴纳", "缴费", "交纳", "付费", "支付", "收费", "费用"),  # "先看病、后交钱": "先诊疗后付费"  # "停了还要交钱吗" is asked of "…按照面积热价的20%缴纳基本热费"
    "达标": ("标准", "不低于"),
    "不到": ("不予", "不得", "取消"),  # "拿不到补助" is answered by "…的不予补助"
    "排队": ("优先",),  # "能不能少排队" is answered by "优先就诊"
    "不达标": ("达不到标准", "不达标", "低于"),
    "一个月": ("每月", "月度"),
    "补钱": ("补助", "补贴"),
    # "拆掉改作停车场，之前领的补贴要退吗" is answered by "未满3年拆除或改作他用的，按未满年限比例收回补贴资金"
    "拆掉": ("拆除", "拆迁", "拆毁"),
    "要退": ("收回", "退回", "退还", "追回", "返还"),
    "退钱": ("收回", "退回", "退还", "追回", "返还"),
    "一天": ("每天", "每日"),  # "一天吃三顿，是不是每顿都能补贴" is answered by "每人每天限补贴1餐"
    "每顿": ("每餐", "餐"),
    "三顿": ("餐",),
    # "每天在长者饭堂吃午饭和晚饭，一天能补多少" is asked of "每人每餐补贴…；每人每日享受助餐补贴不超过2餐"
    "午饭": ("餐", "就餐", "助餐"),
    "晚饭": ("餐", "就餐", "助餐"),
    "早饭": ("餐", "就餐", "助餐"),
    "吃饭": ("就餐", "助餐", "用餐"),
    "随时": ("时间", "集中受理"),  # "是不是随时都能申请" is answered by "申请时间为每季度首月1—15日"
    "超出": ("以上", "超过"),  # "超出第一档的那部分" is the 第二档 "360立方米以上"
    "一方": ("立方米",),  # "多少钱一方"
    "度电": ("千瓦时",),  # "每度电补多少" is answered by "每千瓦时补贴0.3元"
    "一度电": ("千瓦时",),
    "一季": ("季度", "每季", "采暖季"),  # "一季最多能拿多少" of a heating season: "每户每个采暖季最高…"
    "电费": ("用电量", "千瓦时", "电价"),  # "电费补贴每度电补多少" is asked of "按…实际用电量每千瓦时补贴0.3元"
    "气费": ("用气量", "立方米", "气价"),
    "考": ("考取", "发证地", "取得"),  # "电工证是在成都考的" is asked of "证书发证地不限"
    "发到": ("发放",),
    "卡上": ("账户", "社会保障卡", "银行卡", "现金"),  # "能不能把钱打到他卡上" is asked of "…不向老年人发放现金"
    "几号": ("日前", "号前"),  # "钱几号到" is answered by "每月20日前到账"
    "开始": ("起发放", "起享受", "起计发", "起施行", "起执行", "起按照"),  # "从什么时候开始发": "自…次月起发放"
    "按新": ("新标准",),  # "从哪个月开始按新标准发": jieba reads 按新 / 标准
    "房租": ("租金",),  # "房租怎么算" is asked of "…按照市场租金的30%计收"
    "能退": ("退还", "退回", "退费"),  # "多交的房租能退吗" is answered by "此前已缴纳的租金不予退还"
    "多交": ("已缴纳", "已缴", "多缴"),
    "能住": ("租住", "入住", "居住"),  # "最多能住几年" is answered by "累计租住期限不超过5年"
    "私人": ("个人", "自用"),  # "私人充电桩能领补贴吗" is asked of "个人自用充电设施不纳入补贴范围"
    "自己家": ("自用", "个人", "自有"),
    "照常": ("不影响", "继续", "照常"),  # "住在外地还能照常领吗" is answered by "居住地不影响领取"  # "钱是怎么发到我手里的" is answered by "…直接发放至申请人本人社会保障卡银行账户"
    "便宜": ("普惠", "优惠", "减免", "免费"),
    "私下": ("暗箱", "场外"),  # "能不能私下谈" is answered by "必须公开进行，防止暗箱操作"
    "审核": ("审查", "审定", "审批"),
    # the short names of offices, spelled out in the notices ("人社部门" of "人力资源和社会保障部门")
    "人社": ("人力资源和社会保障", "人力资源社会保障"),
    "卫健": ("卫生健康",),
    "发改": ("发展和改革", "发展改革"),
    "住建": ("住房和城乡建设", "住房城乡建设"),
    "网上": ("网络", "在线", "线上", "网站"),
    "当面": ("来访", "现场", "窗口"),
    "查出": ("检查", "筛查", "检测"),
    "记在": ("录入", "记录", "存档", "档案", "登记"),  # "结果记在哪儿" is answered by "…信息及时录入,进行电子存档"
    "接着": ("继续", "延续", "衔接", "转移", "转接"),  # "上了小学还能接着用吗": "随…入学实时转移"
    # "要先自己垫钱吗" is answered by whether one pays first or the bill is cut at once ("出院结算时直接减免")
    "垫钱": ("垫付", "垫资", "先行支付", "直接减免", "直接结算", "即时结算"),
    "外地": ("本市以外", "市外", "外省", "省外", "异地", "外市"),  # "在外地住院用了血": "在本市以外医疗机构临床用血的"
    # an asker from another province, or from another city of the province (``rag.query.elsewhere``): a
    # table tiered by where one comes from has a row for each ("山西省外", "山西省内长治市外")
    "外省": ("省外", "外省", "本市以外", "本省以外", "外地", "异地", "市外", "外市", "县外"),
    "外市": ("市外", "外市", "本市以外", "外地", "异地"),
    "晚上": ("夜间", "夜晚"),  # "晚上11点打车起步价多少" is answered by the 夜间运价
    "夜里": ("夜间", "夜晚"),
    "半夜": ("夜间", "夜晚"),
    "打电话": ("来电", "热线", "电话"),  # "我要是打电话投诉" is answered by "受到群众来电、来信、来访投诉…"
    "处罚": ("罚款", "扣除", "扣减", "问责"),  # "会受什么处罚": "每宗扣除1000元—3000元"
    "老百姓": ("群众", "公众", "社会"),  # "让我们老百姓参与盯着" is asked of "热心群众…担任社会监督员"
    "做生意": ("经营", "营业", "工作秩序"),
    "马路边": ("路内", "道路"),  # "停在马路边的停车位上" is a 路内泊位
    "马路": ("路内", "道路"),
    "合用": ("共享", "共用"),
    "送到": ("配送", "送达"),  # "把药送到家门口" is asked of "…委托第三方机构配送处方所列药品"
    "耽误": ("影响", "延误"),  # "来查会不会耽误我开门做生意" is asked of "不得因检查影响…正常工作秩序"
    "开门": ("营业", "经营", "工作秩序"),
    # "还要再把家里收入查一遍吗": "不再重复核对家庭经济状况" (and 查询, 检查 as before)
    "查": ("查询", "检查", "查看", "抽查", "核对", "核查", "核实", "调查", "审核"),
    "收入": ("经济状况", "收入"),
    "查完": ("检查",),
    "能收": ("托位", "床位", "招收", "接收", "收托"),  # "一个点能收多少个孩子": "每个设施设置托位不少于20个"
}
PLAIN_WORDS: dict[str, tuple[str, ...]] = {**_TOPIC_WORDS, **_PHRASING_WORDS}


def with_notice_words(question: str) -> str:
    """The question with the words notices use for its everyday words added, for a lexical search
    ("几十只快出栏的羊，十来亩果树林子" finds "存栏待售的牲畜、经济林")."""
    added = [w for plain, words in _TOPIC_WORDS.items() if plain in question for w in words if w not in question]
    return f"{question} {' '.join(dict.fromkeys(added))}" if added else question


_CN_NUM = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# An age in a question: "3岁", "三岁", "十二周岁", "60周岁".
AGE_IN_QUESTION = re.compile(r"(\d{1,3}|[零〇一二两三四五六七八九十]{1,3})\s*(?:周岁|岁)")
_AGE = r"(?:周岁|岁)"


@dataclass(frozen=True)
class _Bounds:
    """How notices bound a counted measure (an age in 周岁/岁, a building's storeys in 层)."""
    range: re.Pattern[str]  # "80至89周岁", "5层至6层"
    below: re.Pattern[str]  # "6周岁以下", "3层以下"
    under: re.Pattern[str]  # "未满3周岁", "不足4层": under it, not including it
    above: re.Pattern[str]  # "年满60周岁", "7层及以上"
    exact: re.Pattern[str]  # "3岁", "4层"
    up_to: re.Pattern[str]  # "年满60周岁不满80周岁": from one up to, not including, another


def _bounds(unit: str, digits: int = 3) -> _Bounds:
    n = rf"(?<![\d.,，])(\d{{1,{digits}}})"
    return _Bounds(
        range=re.compile(rf"{n}\s*{unit}?\s*(?:（含）|\(含\))?\s*(?:-|—|–|－|~|～|至|到)\s*{n}\s*{unit}"),
        below=re.compile(rf"{n}\s*{unit}\s*(?:（含）|\(含\))?(?:及?以下|以内|之前)"),
        under=re.compile(rf"(?:未满|不满|不足|(?:至|到)[\u4e00-\u9fff]{{0,4}}?满)\s*{n}\s*{unit}"),
        above=re.compile(rf"(?:年满|已满){n}\s*{unit}|{n}\s*{unit}\s*(?:（含）|\(含\))?(?:及?以上)"),
        exact=re.compile(rf"(?<![\d.]){n}\s*{unit}"),
        up_to=re.compile(rf"(?:年满|已满)?{n}\s*{unit}\s*(?:（含）|\(含\))?(?:及?以上)?\s*[、，,至到]?\s*"
                         rf"(?:不满|未满|不足|低于)\s*{n}\s*{unit}"),
    )


_AGE_BOUNDS = _bounds(_AGE)
# An age a notice's condition sets ("年满70周岁", "未满16周岁", "65周岁以上"): a figure an amendment may
# change, and the condition of a sum granted on top ("年满70周岁…每月增发50元")
AGE_SET_BY = r"(?:年满|未满|不满)\d{1,3}周岁"
CONDITION_AGE = re.compile(r"(?<=年满|未满|不满)\d{1,3}周岁|\d{1,3}周岁(?=及?以上|以下)")
# A building's storeys in a question ("一栋4层的老楼", "住六层"), carried as one term ("6层"), held by the
# row or clause whose storeys include it ("5层至6层", "4层及以上")
_STOREYS = "层"
_STOREY_BOUNDS = _bounds(_STOREYS)
STOREYS_IN_QUESTION = re.compile(r"(?<![\d第多这那上再更每])(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*层(?![级次面保意含关])")
STOREY_TERM = re.compile(r"(\d{1,2})层")
# An area in a question ("一块一千平方米左右的冰场", "800平米"), carried as one term ("1000平方米"), held by the row or
# clause whose areas include it ("面积600平方米以上、不足1800平方米")
_AREA = "(?:平方米|平米|㎡)"
_AREA_BOUNDS = _bounds(_AREA, digits=6)
AREA_IN_QUESTION = re.compile(r"(?:(?<![\d.,第每])(\d{1,6})|(?<![\d第每几上数近成零〇一二两三四五六七八九十百千万])"
                              r"([零〇一二两三四五六七八九十百千万]{1,8}))\s*(?:平方米|平米|㎡)")
AREA_TERM = re.compile(r"(\d{1,6})平方米")
# A length in a question ("船长15米的渔船"), carried as one term ("15米"), held by the row whose lengths include it
# ("船长12米（含）至24米"; not 平方米, 立方米, 千米 or 厘米)
_LENGTH_BOUNDS = _bounds("米")
LENGTH_IN_QUESTION = re.compile(r"(?<![\d.,第每])(\d{1,3})\s*米(?![\d])")
LENGTH_TERM = re.compile(r"(\d{1,3})米")


def chinese_number(text: str) -> int | None:
    """A small Chinese numeral (零 to 九十九): "三" → 3, "十二" → 12, "二十" → 20; digits as they are."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_NUM and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN_NUM[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:  # ("十十": no number)
        return None
    return (_CN_NUM[tens] if tens else 1) * 10 + (_CN_NUM[ones] if ones else 0)


_SPAN_BOUND = r"(?:不足|不满|少于|不少于|低于|超过|满)"
# A length of time the asker tells ("已经13个月了", "满2年"), carried as one term ("13个月").
SPAN_IN_QUESTION = re.compile(r"(?<![\d.])(\d{1,3})\s*(个月|年|天|个工作日)(?![度级前后底内])")


# A time of day the asker tells ("早上7点半", "晚上8点", "19:30"), carried as one term ("钟07:30"), held by a
# sentence whose hours include it ("工作日7:00至8:30早高峰时段", "晚间托管（17:30至20:00）").
_CN_HOUR = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
# (an hour in words only after a time of day or before 点钟/点半: "有两点要求", "一时半会儿" are none)
CLOCK_IN_QUESTION = re.compile(
    r"(?P<part>早上|早晨|上午|中午|下午|傍晚|晚上|夜里|凌晨)?\s*(?:"
    rf"(?P<h>(?<![第有满这那几每\d])\d{{1,2}}|(?<=早上|早晨|上午|中午|下午|傍晚|晚上|夜里|凌晨)(?:{_CN_HOUR})|"
    rf"(?:{_CN_HOUR})(?=点钟|点半))"
    r"\s*(?:点钟?|(?<=\d)时)(?![间候期段要内注意建事措说])(?P<m>半|一刻|\d{1,2}分?)?|(?P<hh>\d{1,2})[:：](?P<mm>\d{2}))(?!\d)")
CLOCK_TERM = re.compile(r"钟(\d\d):(\d\d)")
_CLOCK_RANGE = re.compile(r"(?<!\d)(\d{1,2})(?:[:：](\d{2})|时(?:(\d{1,2})分)?)\s*(?:至|到|-|—|–|~|～)\s*"
                          r"(?:次日)?(\d{1,2})(?:[:：](\d{2})|时(?:(\d{1,2})分)?)")


def question_clocks(question: str) -> list[str]:
    """The times of day a question states, as terms ("早上7点半" → ["钟07:30"], "晚上8点" → ["钟20:00"])."""
    out = []
    for m in CLOCK_IN_QUESTION.finditer(question):
        if m.group("hh") is not None:
            hour, minute = int(m.group("hh")), int(m.group("mm"))
        else:
            h = chinese_number(m.group("h"))
            if h is None:
                continue
            said = m.group("m") or ""
            hour = h
            minute = 30 if said == "半" else 15 if said == "一刻" else int(said.rstrip("分")) if said else 0
            if (m.group("part") in ("下午", "傍晚") and hour < 12) or (m.group("part") in ("晚上", "夜里") and 6 <= hour < 12):
                hour += 12
            elif m.group("part") in ("晚上", "夜里", "凌晨") and hour == 12:
                hour = 0  # (midnight: "晚上12点")
        if 0 <= hour <= 24 and 0 <= minute < 60 and (term := f"钟{hour:02d}:{minute:02d}") not in out:
            out.append(term)
    return out


def covers_clock(sentence: str, hour: int, minute: int) -> bool:
    """Whether the hours a sentence states include a time of day ("7:00至8:30" includes 7:30)."""
    t = hour * 60 + minute
    for m in _CLOCK_RANGE.finditer(sentence):
        start = int(m.group(1)) * 60 + int(m.group(2) or m.group(3) or 0)
        end = int(m.group(4)) * 60 + int(m.group(5) or m.group(6) or 0)
        if start <= t <= end or (end < start and (t >= start or t <= end)):  # (20:00至次日6:00)
            return True
    return False


def age_term(years: int) -> str:
    """The term an age of the question is carried as: "3岁"."""
    return f"{years}岁"


def question_storeys(question: str) -> list[str]:
    """The storeys a question states, as terms ("一栋4层的老楼" → ["4层"])."""
    out = []
    for m in STOREYS_IN_QUESTION.finditer(question):
        n = chinese_number(m.group(1))
        if n is not None and f"{n}{_STOREYS}" not in out:
            out.append(f"{n}{_STOREYS}")
    return out


def counted(text: str) -> int | None:
    """A count in digits or in Chinese numerals up to the ten thousands: "1000", "一千", "两千五百", "三百五"."""
    if text.isdigit():
        return int(text)
    total, rest = 0, text
    for unit, size in (("万", 10000), ("千", 1000), ("百", 100)):
        if unit in rest:
            head, rest = rest.split(unit, 1)
            head = head.lstrip("零〇")
            n = chinese_number(head) if head else 1
            if n is None or n > 9:
                return None
            total += n * size
            if rest and len(rest) == 1 and rest in _CN_NUM:  # "两千五" is 2500
                return total + _CN_NUM[rest] * size // 10
    if rest:
        n = chinese_number(rest.lstrip("零〇"))
        if n is None:
            return None
        total += n
    return total or None


def question_areas(question: str) -> list[str]:
    """The areas a question states, as terms ("一块一千平方米左右的冰场" → ["1000平方米"])."""
    out = []
    for m in AREA_IN_QUESTION.finditer(question):
        n = counted(m.group(1) or m.group(2))
        if n is not None and f"{n}平方米" not in out:
            out.append(f"{n}平方米")
    return out


def question_ages(question: str) -> list[int]:
    """The ages a question states ("我家孩子三岁" → [3])."""
    out = []
    for m in AGE_IN_QUESTION.finditer(question):
        n = chinese_number(m.group(1))
        if n is not None and n not in out:
            out.append(n)
    return out


def covers_age(sentence: str, years: int) -> bool:
    """Whether a sentence states an age, a range or a limit that includes ``years``:
    "0-6岁" and "6周岁以下" include 3, "年满60周岁" includes 65, "3岁" is 3; "年满60周岁不满80周岁"
    does not include 82."""
    return _covers(sentence, years, _AGE_BOUNDS)


def covers_area(sentence: str, area: int) -> bool:
    """Whether a sentence states an area, a range or a limit that includes ``area``: "600平方米以上、不足1800平方米"
    includes 1000, "1800平方米以上" does not."""
    return _covers(sentence, area, _AREA_BOUNDS)


def question_lengths(question: str) -> list[str]:
    """The lengths a question states, as terms ("船长15米" → ["15米"])."""
    return list(dict.fromkeys(f"{int(m.group(1))}米" for m in LENGTH_IN_QUESTION.finditer(question)))


def covers_length(sentence: str, metres: int) -> bool:
    """Whether a sentence states a length, a range or a limit that includes ``metres``: "12米（含）至24米" includes
    15, "24米（含）以上" does not."""
    return _covers(sentence, metres, _LENGTH_BOUNDS)


def covers_storeys(sentence: str, storeys: int) -> bool:
    """Whether a sentence states storeys, a range or a limit that includes ``storeys``: "5层至6层" and
    "4层及以上" include 6, "4层" is 4."""
    return _covers(sentence, storeys, _STOREY_BOUNDS)


def _covers(sentence: str, n: int, b: _Bounds) -> bool:
    for m in b.up_to.finditer(sentence):
        if int(m.group(1)) <= n < int(m.group(2)):
            return True
    sentence = b.up_to.sub(" ", sentence)
    if any(n < int(m.group(1)) for m in b.under.finditer(sentence)):
        return True
    sentence = b.under.sub(" ", sentence)
    for m in b.range.finditer(sentence):
        if int(m.group(1)) <= n <= int(m.group(2)):
            return True
    if any(n <= int(m.group(1)) for m in b.below.finditer(sentence)):
        return True
    if any(n >= int(m.group(1) or m.group(2)) for m in b.above.finditer(sentence)):
        return True
    return any(int(m.group(1)) == n for m in b.exact.finditer(sentence))


def states_ages(sentence: str) -> bool:
    """Whether a sentence states ages: a range, a limit, an age ("3至6周岁在园幼儿", "年满60周岁")."""
    b = _AGE_BOUNDS
    return any(p.search(sentence) for p in (b.up_to, b.under, b.range, b.below, b.above, b.exact))


def excludes_age(sentence: str, ages: list[int]) -> bool:
    """Whether a sentence states ages (a range, a limit, an age) none of which includes an age the
    question gives: "60至79周岁老年人 2元" for a father of 82."""
    if not ages:
        return False
    return states_ages(sentence) and not any(covers_age(sentence, n) for n in ages)


AGE_TERM = re.compile(r"(\d{1,3})岁")  # an age as a question term ("85岁")
# "几类", "几项": how many kinds, held by a count of them
_HOW_MANY_KINDS = re.compile(r"几([类项种批级档])")
_COUNT_DIGITS = "一二三四五六七八九十两"


# a sum in 万 said without 元 ("我花22万买了一辆车"; not "20万人"): carried as one term ("22万")
WAN_IN_QUESTION = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万)(?![元人户个余多])")


_WITHIN_PROVINCE = re.compile(r"(?:省|自治区)内(?!外)[^，,。；;\t]{0,10}?市外")


# those just above a group in need, a group of their own: "低保边缘家庭", "特困边缘户"
_EDGE_GROUP = re.compile(r"(?:低保|特困|贫困|困难)边缘")


def holds(sentence: str, term: str) -> bool:
    """Whether a sentence holds a question term: the term itself, a word notices use for it, or
    (for an age or a sum of money) a range or limit that includes it."""
    money = SUM_IN_QUESTION.fullmatch(term) or WAN_IN_QUESTION.fullmatch(term)  # ("花了22万": 22万元)
    if money:  # "3万元" is not held by "13万元"
        return bool(re.search(rf"(?<![\d.]){re.escape(term)}", sentence)) or covers_sum(
            sentence, to_yuan(money.group(1), "万元" if money.group(2) == "万" else money.group(2)))
    if term == "外省" and _WITHIN_PROVINCE.search(sentence):
        # one from another province is outside the city too, but not in the row for the province's own
        # other cities ("山西省内长治市外")
        return False
    if len(term) == 1 and term in PLAIN_WORDS:
        # a one-character verb is held by the notice's words for it, not by any word holding the
        # character ("装" is not in "服装" or "装修")
        return any(word in sentence for word in PLAIN_WORDS[term])
    if term in sentence:
        # (not where the sentence says it only as what a thing is not: "非承重构件受损" holds no 承重)
        return len(term) < 2 or term[0] == "非" or any(
            sentence[i - 1:i] != "非" for i in (m.start() for m in re.finditer(re.escape(term), sentence)))
    m = AGE_TERM.fullmatch(term)
    if m:
        return covers_age(sentence, int(m.group(1)))
    m = STOREY_TERM.fullmatch(term)
    if m:
        return covers_storeys(sentence, int(m.group(1)))
    m = AREA_TERM.fullmatch(term)
    if m:
        return covers_area(sentence, int(m.group(1)))
    m = LENGTH_TERM.fullmatch(term)
    if m:
        return covers_length(sentence, int(m.group(1)))
    m = CLOCK_TERM.fullmatch(term)
    if m:
        return covers_clock(sentence, int(m.group(1)), int(m.group(2)))
    m = SPAN_IN_QUESTION.fullmatch(term)
    if m:  # "已经13个月了" is held by the time limit in months: "自证书核发之日起12个月内提出申请";
        # "只去了8天" by the floor in days: "当月实际出勤不足10天的，当月不予补贴"
        unit = m.group(2)
        return re.search(rf"\d+\s*{unit}(?:内|以内|之内|以上|以下)|{_SPAN_BOUND}\s*\d+\s*{unit}", sentence) is not None
    m = _HOW_MANY_KINDS.fullmatch(term)
    if m:  # "几类" is held by "划分为5类", "三类"
        return re.search(rf"[\d{_COUNT_DIGITS}]\s*{m.group(1)}", sentence) is not None
    return any(word in sentence for word in PLAIN_WORDS.get(term, ())) or bool(
        (short := _abbreviation(term)) and short.search(sentence))


@lru_cache(maxsize=2048)
def _abbreviation(term: str) -> re.Pattern[str] | None:
    """The words a three-character term no dictionary holds may shorten, as people shorten them: "保教费"
    for 保育教育费 (its characters in order, a word or two between); None for any other term."""
    if len(term) != 3 or not re.fullmatch(r"[\u4e00-\u9fff]{3}", term):
        return None
    if known_word(term):
        return None
    a, b, c = term[0], term[1], term[2]
    # (a place shortened to its kind: "普惠园" of 普惠性民办幼儿园, "公办园" of 公办幼儿园)
    last = 5 if c in "园校院所站馆" else 2
    return re.compile(rf"{a}[\u4e00-\u9fff]{{0,2}}{b}[\u4e00-\u9fff]{{0,{last}}}{c}")


# A sum of money: "300万元" is held by "单项追加资金100万元-1000万元（含1000万元）的".
_YUAN = {"元": 1.0, "千元": 1e3, "万元": 1e4, "亿元": 1e8}
_SUM = r"(?<![\d.,，])(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元)"
SUM_IN_QUESTION = re.compile(_SUM)  # a sum in a question, and the term it is carried as
_INCLUDED = r"\s*(?:（含[^）]{0,12}）|\(含[^)]{0,12}\))?\s*"
# ("10万元（含）至20万元": a bracket's lower end included)
_SUM_RANGE = re.compile(rf"(?<![\d.,，])(\d+(?:\.\d+)?)\s*(亿元|万元|千元|元)?{_INCLUDED}(?:-|—|–|－|~|～|至|到)\s*{_SUM}")
# "100万元以上500万元以下": one bracket, not two limits
_SUM_BETWEEN = re.compile(rf"{_SUM}{_INCLUDED}及?以上[^。；;，,]{{0,6}}?{_SUM}{_INCLUDED}(?:及?以下|以内)")
_SUM_BELOW = re.compile(rf"{_SUM}{_INCLUDED}(?:及?以下|以内)")
_SUM_ABOVE = re.compile(rf"{_SUM}{_INCLUDED}及?以上")


def to_yuan(number: str, unit: str) -> float:
    """A sum as written ("16", "万元") in yuan."""
    return float(number) * _YUAN[unit]


# A sum the asker names as what he has, asking what comes on top of it ("在市里每月1500元之外还能再加
# 多少", "在3000元的基础上再补多少"): that sum is his, not the answer.
_SUM_BEYOND = re.compile(rf"{_SUM}\s*(?:之外|以外|外|的基础上|基础上)")
# Words of a rule adding to a sum: "在此基础上再给予500元", "另行补贴", "额外发放".
_ADDED = re.compile(r"再(?:给予|发放|补贴|增加|加发|奖励)|另行|额外|加发|上浮|叠加")


def told_sums_beyond(clause: str) -> list[str]:
    """The sums a clause names as the base of what it asks on top of: ["1500元"]."""
    return [sum_term(m.group(1), m.group(2)) for m in _SUM_BEYOND.finditer(clause)]


def adds_to_told_sum(sentence: str, clause: str) -> bool | None:
    """For a clause asking what comes on top of a sum it names, whether a sentence states such an
    addition ("在此基础上再给予500元", "另行补贴"); ``None`` for any other clause. "每月1500元" restates the
    asker's base, and "每户每月300元" is another group's rate: neither is an addition."""
    if not told_sums_beyond(clause):
        return None
    return _ADDED.search(re.sub(r"\s+", "", sentence)) is not None


def sum_term(number: str, unit: str) -> str:
    """The term a sum of the question is carried as: "300万元"."""
    return f"{number}{unit}"


def covers_sum(sentence: str, yuan: float) -> bool:
    """Whether a sentence states a range or a limit of money that includes ``yuan`` ("100万元-1000万元",
    "500万元（含）以下", "1亿元及以上"): the bracket a sum falls in."""
    for m in _SUM_RANGE.finditer(sentence):
        high = to_yuan(m.group(3), m.group(4))
        low = to_yuan(m.group(1), m.group(2) or m.group(4))
        if low <= yuan <= high:
            return True
    for m in _SUM_BETWEEN.finditer(sentence):
        if to_yuan(m.group(1), m.group(2)) <= yuan <= to_yuan(m.group(3), m.group(4)):
            return True
    sentence = _SUM_BETWEEN.sub("", sentence)
    if any(yuan <= to_yuan(m.group(1), m.group(2)) for m in _SUM_BELOW.finditer(sentence)):
        return True
    return any(yuan >= to_yuan(m.group(1), m.group(2)) for m in _SUM_ABOVE.finditer(sentence))


# "非居民用户", "非营利性", "非本市户籍": a question about the complement of a category.
_NEGATED = re.compile(r"非(?![常法遗洲凡但要得议典])([\u4e00-\u9fff]{2,4}?(?:用户|单位|企业|人员|机构|户籍|性|类))")


# ... or by saying the asker's is not of it: "建的是单体钢架大棚，不是连栋的" → 连栋
_NOT_THE_ONE = re.compile(r"(?:[，,。；;]|^)(?:但|而|可|并)?不是([\u4e00-\u9fff]{2,6}?)的(?=[，,。？?；;！!]|$)")


def negated_categories(question: str) -> set[str]:
    """The categories a question names by their complement: "非居民用户" → {居民用户}."""
    return {m.group(1) for m in _NEGATED.finditer(question)}


_NOT_A_CATEGORY = re.compile(r"[我你他她这那]|本人|自己|今年|去年|本地|外地")


def denied_categories(question: str) -> set[str]:
    """The categories the asker says theirs is not: "…单体钢架大棚，不是连栋的" → {连栋}. (A table's row of that
    category is another's; a sentence naming it may name theirs too.)"""
    return {m.group(1) for m in _NOT_THE_ONE.finditer(question) if not _NOT_A_CATEGORY.search(m.group(1))}


def other_category(sentence: str, negated: set[str], title: str = "") -> bool:
    """Whether a sentence speaks of a category the question excludes ("居民用户供热费…" for a
    question on 非居民用户) without speaking of its complement; or, naming neither, stands in a notice
    whose ``title`` is about that category alone ("面积热价由每平方米22.00元调整为24.50元" of a
    "…居民供热价格调整政策问答")."""
    for w in negated:
        if f"非{w}" in sentence:
            continue
        if w in sentence:
            return True
        head = _CATEGORY_HEAD.sub("", w)
        if len(head) >= 2 and head != w and head in title and f"非{head}" not in title:
            return True
    return False


# the kind of party a category names, after what tells it apart ("居民用户": 居民)
_CATEGORY_HEAD = re.compile(r"(?:用户|单位|企业|人员|机构)$")


# Money paid to a person or a project (a subsidy, an award) and money a person pays (a
# contribution, a fee, a fine): "财政补助多少" is not answered by "个人缴费标准为400元".
_PAID_TO = ("补助", "补贴", "资助", "救助金", "奖励", "奖补", "扶持资金", "发放", "能补", "补多少")
_PAID_BY = ("缴费", "缴纳", "自付", "罚款", "收取", "计费", "服务费", "电费",  # (a price one pays: "按电量计费的每千瓦时…")
            "要花", "得花",  # (what the asker pays: "找人清掏要花多少钱"; not a budget's "一年最多花多少钱")
            "价格", "单价", "气价", "电价", "水价")  # (a price: "天然气居民价格每立方米多少钱")


def money_flow(text: str) -> str | None:
    """Which way the money of a text flows: "to" a person (补助, 补贴, 奖励 …), "by" a person
    (缴费, 缴纳, 罚款 …), or None where it names both or neither."""
    to = any(w in text for w in _PAID_TO)
    by = any(w in text for w in _PAID_BY)
    return "to" if to and not by else "by" if by and not to else None


def other_flow(sentence: str, clause: str) -> bool:
    """Whether a sentence's money flows the other way from the money a question clause asks about
    ("个人缴费标准为每人每年400元" for "财政对每个参保居民补助多少钱")."""
    asked = money_flow(clause)
    said = money_flow(sentence)
    return asked is not None and said is not None and asked != said


# Who a benefit is for, as notices restrict it: a claim that restates such a sentence for someone
# the question does not say is in that group ("三岁在中宁县能领…补助" from "对0-6岁的残疾儿童…给予补助")
# tells everyone they qualify.
CONDITIONS = ("残疾", "低保", "最低生活保障", "特困", "孤儿", "困境", "贫困", "脱贫", "建档立卡", "退役军人", "优抚",
              "失能", "失独", "独生子女", "计划生育", "留守", "重度", "烈士", "伤残", "农村户籍", "城镇户籍")


# The group askers say they belong to: "我们是侨眷家庭" (侨眷), "我家是低保户" (低保), "我是困难归侨" (困难归侨)
_ASKER_GROUP = re.compile(r"我(?:们家|们|家)?(?:(?:是|属于|都是)([\u4e00-\u9fff]{2,6}?)(?:家庭|户|人员|身份)?(?=[，,。；;？?！!]|$)|"
                          r"[（(]([\u4e00-\u9fff]{2,6}?)(?:家庭|户|人员|对象)[)）]|"
                          # (or the kind of what they built or did: "我家改的是双瓮式厕所", "我们做的是条带耕作")
                          r"(?:改|做|建|装|种|养|选|用)的是([\u4e00-\u9fff]{2,10})(?=[，,。；;？?！!]|$))")


def asker_groups(question: str) -> list[str]:
    """The groups the asker says they (or their family) belong to, as words a table's row would hold ("我们是低保户",
    "我家（脱贫户）"), and the kind of what they built or did ("我家改的是双瓮式厕所")."""
    return list(dict.fromkeys(m.group(1) or m.group(2) or m.group(3) for m in _ASKER_GROUP.finditer(question)))


def unstated_conditions(texts: Sequence[str], question: str) -> list[str]:
    """The groups the texts restrict what they grant to ("残疾" in "对0-6岁的残疾儿童…给予补助")
    that the question does not say the asker belongs to."""
    source = "".join(texts)
    return [c for c in CONDITIONS if c in source and c not in question]


# "每个参保居民", "所有企业": a question about everyone in a group.
_EVERYONE = re.compile(r"每个(?!月|工作日|季|年|小时|星期|周|天|学期|阶段|时段|供暖季|供热期|采暖季|采暖期)|每位|每名|每一个(?!月)|所有(?!权|制)|全体")


def narrower_group(sentence: str, question: str) -> bool:
    """Whether a sentence speaks of a restricted group ("特困人员…低保对象…资助200元") where the
    question asks about everyone ("对每个参保居民补助多少钱") and names no such group."""
    if not _EVERYONE.search(question):
        return False
    return bool(unstated_conditions([sentence], question))


# Kinds of one category that notices list side by side: a sentence that names only other kinds than
# the asker's is about someone else ("为视力残疾儿童开展视功能训练…2000元" for a child with 听力残疾).
# A kind may go by several words ("私人|自用|自家": a charger for one's own parking space).
_KINDS: tuple[tuple[str, ...], ...] = (
    ("视力", "听力", "言语", "肢体", "智力", "精神残疾", "精神障碍", "孤独症"),  # not the 精神 of 会议精神
    # "私人充电桩" is not answered by "公共充电设施建设企业…补贴" (公共卫生, 公共服务 are no facility)
    ("私人|自用|自家|家用", "公共充电|公用充电|公共停车|公用停车|公共设施|公用设施"),
    # "住院费用的报销比例" is not answered by the 门诊 rates of a notice on outpatient care
    ("门诊", "住院"),
    # a degree: "刚毕业的硕士" is not answered by "博士研究生，每人每月1500元"
    ("博士", "硕士", "本科|本、专科|本专科", "大专|专科|本、专科|本专科"),  # "大学本、专科毕业生" is both
    # a family in need by its kind: "我家是低保户" is not answered by the row of "低保边缘家庭幼儿" or of
    # "特困供养幼儿、孤儿"
    ("低保|最低生活保障", "低保边缘", "特困", "孤儿|事实无人抚养"),
)


# A benefit named with the level of government that pays it: "市级育儿补贴", "国家育儿补贴", "省级奖补资金"
_LEVELLED = re.compile(r"(国家|中央|省级|省|市级|县级|区级)([\u4e00-\u9fff]{2,6}?(?:补贴|补助|奖励|奖补|津贴|资金))")


def other_level(sentence: str, question: str) -> bool:
    """Whether a sentence speaks of a benefit paid at another level of government than the one the
    question asks of: "市级育儿补贴一年能领多少" is not answered by "国家育儿补贴标准为每孩每年3600元"."""
    asked = {(m.group(1), m.group(2)) for m in _LEVELLED.finditer(question)}
    said = {(m.group(1), m.group(2)) for m in _LEVELLED.finditer(sentence)}
    return any(thing == t and level != lv for level, thing in said for lv, t in asked) and not asked & said


def other_kind(sentence: str, question: str) -> bool:
    """Whether a sentence names kinds of a category (残疾 types; private or public) that the
    question names, but not the kind the question names."""
    def says(text: str, kind: str) -> bool:  # (低保 is not said by "低保边缘家庭")
        return any(w in (text if "边缘" in w else _EDGE_GROUP.sub("", text)) for w in kind.split("|"))

    worded = with_notice_words(question)  # ("孩子爸妈都不在了" asks of an orphan's row)
    for kinds in _KINDS:
        asked = [k for k in kinds if says(worded, k)]
        named = [k for k in kinds if says(sentence, k)]
        if asked and named and not any(k in named for k in asked):
            return True
    return False
