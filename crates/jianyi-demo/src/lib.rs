//! The demo county (示范县): a fictional county generated deterministically
//! from a seed, through the same commands a clerk would give, with dates
//! relative to the given day. No real person's name appears: names are
//! drawn from common surnames and given-name characters.

use chrono::{Days, NaiveDate};

use jianyi_core::calendar::deadline;
use jianyi_core::directory::{
    CommitteeFields, DeputyFields, DirectoryCommand, Gender, LeaderFields, Organ, SessionFields,
    StationFields, StationKind, UnitFields, UnitKind,
};
use jianyi_core::handling::{Handling, HandlingCommand};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::{Draft, OpinionFields, RaisingCommand, RaisingEvent, SuggestionKind};
use jianyi_core::review::{MotionDecision, ReviewCommand, ReviewStep, Series, Stage};
use jianyi_core::{
    Actor, CategoryId, Command, DelegationId, DeputyId, Desk, Event, EventKind, How, OpinionId,
    Runner, SessionId, StationId, SuggestionId, UnitId,
};

pub mod two_offices;

/// The office code the demo's events carry.
pub const DEMO_OFFICE: &str = "示范县";

/// A small deterministic generator (SplitMix64); the demo's only source of
/// variety.
#[derive(Debug, Clone)]
pub struct SplitMix(u64);

impl SplitMix {
    pub fn new(seed: u64) -> SplitMix {
        SplitMix(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

const TOWNS: [&str; 8] = [
    "城关镇",
    "东关镇",
    "南湖乡",
    "北山镇",
    "西河乡",
    "柳林镇",
    "三河镇",
    "桥头乡",
];

const SURNAMES: [&str; 24] = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢",
];

const GIVEN: [&str; 40] = [
    "建国", "秀英", "文华", "丽娟", "志强", "海燕", "春生", "桂兰", "国庆", "晓东", "玉梅", "红军",
    "明远", "淑芬", "德胜", "雪梅", "永福", "金凤", "立新", "翠萍", "长青", "慧敏", "振华", "秋菊",
    "树林", "艳红", "卫东", "素珍", "学军", "凤英", "宏伟", "晓丽", "家乐", "静怡", "子豪", "思源",
    "瑞芳", "泽宇", "雨桐", "俊杰",
];

const UNITS: [(&str, UnitKind); 29] = [
    ("县发展和改革委员会", UnitKind::GovernmentDepartment),
    ("县教育体育局", UnitKind::GovernmentDepartment),
    ("县公安局", UnitKind::GovernmentDepartment),
    ("县民政局", UnitKind::GovernmentDepartment),
    ("县财政局", UnitKind::GovernmentDepartment),
    ("县人力资源和社会保障局", UnitKind::GovernmentDepartment),
    ("县自然资源局", UnitKind::GovernmentDepartment),
    ("县住房和城乡建设局", UnitKind::GovernmentDepartment),
    ("县交通运输局", UnitKind::GovernmentDepartment),
    ("县水利局", UnitKind::GovernmentDepartment),
    ("县农业农村局", UnitKind::GovernmentDepartment),
    ("县商务局", UnitKind::GovernmentDepartment),
    ("县文化广电和旅游局", UnitKind::GovernmentDepartment),
    ("县卫生健康委员会", UnitKind::GovernmentDepartment),
    ("县应急管理局", UnitKind::GovernmentDepartment),
    ("县市场监督管理局", UnitKind::GovernmentDepartment),
    ("县城市管理局", UnitKind::GovernmentDepartment),
    ("县医疗保障局", UnitKind::GovernmentDepartment),
    ("县司法局", UnitKind::GovernmentDepartment),
    ("市生态环境局示范县分局", UnitKind::GovernmentDepartment),
    ("县监察委员会", UnitKind::SupervisoryCommission),
    ("县人民法院", UnitKind::Court),
    ("县人民检察院", UnitKind::Procuratorate),
    ("国网示范县供电公司", UnitKind::Utility),
    ("示范县移动通信分公司", UnitKind::Utility),
    ("共青团示范县委员会", UnitKind::PartyOrMass),
    ("县妇女联合会", UnitKind::PartyOrMass),
    ("县残疾人联合会", UnitKind::PartyOrMass),
    ("县人大常委会办公室", UnitKind::Congress),
];

/// Committee bodies and the towns whose delegations each covers (包联).
const COMMITTEES: [(&str, [usize; 2]); 4] = [
    ("县人大常委会法制委员会", [0, 1]),
    ("县人大常委会财政经济委员会", [2, 3]),
    ("县人大常委会教育科学文化卫生委员会", [4, 5]),
    ("县人大常委会农业农村委员会", [6, 7]),
];

/// Leaders: post, organ, what they lead or supervise.
const LEADERS: [(&str, Option<Organ>, &str); 9] = [
    (
        "县长",
        Some(Organ::Government),
        "政府全面工作；领办重点建议",
    ),
    (
        "常务副县长",
        Some(Organ::Government),
        "发展改革、财政、自然资源",
    ),
    ("副县长", Some(Organ::Government), "教育、卫生健康、民政"),
    (
        "副县长",
        Some(Organ::Government),
        "农业农村、水利、交通运输",
    ),
    ("县人大常委会主任", None, "督办重点建议"),
    ("县人大常委会副主任", None, "督办道路交通、城市建设类建议"),
    (
        "县监察委员会主任",
        Some(Organ::SupervisoryCommission),
        "监察工作",
    ),
    ("县人民法院院长", Some(Organ::Court), "审判工作"),
    (
        "县人民检察院检察长",
        Some(Organ::Procuratorate),
        "检察工作；公益诉讼衔接",
    ),
];

/// One topic a deputy may raise, with `{镇}` standing for a town.
struct Topic {
    category: &'static str,
    title: &'static str,
    basis: &'static str,
    ask: &'static str,
    measures: &'static str,
}

const TOPICS: [Topic; 24] = [
    Topic {
        category: "道路交通",
        title: "关于改造{镇}主干道破损路面的建议",
        basis: "{镇}主干道建成已逾十五年，路面坑槽、沉陷多达数十处，雨天积水严重，去年以来发生多起电动车摔倒事故，沿街群众和过往司机反映强烈。代表走访沿线商户和村民三十余户，意见集中。",
        ask: "将{镇}主干道路面改造纳入明年县道路改造计划，优先解决积水和坑槽问题。",
        measures: "一是由县交通运输局会同{镇}政府对破损路段逐段测量登记；二是结合雨污管网改造同步施工，避免反复开挖；三是施工期间分段半幅通行，并提前公告。",
    },
    Topic {
        category: "道路交通",
        title: "关于在{镇}中心小学门前增设交通安全设施的建议",
        basis: "{镇}中心小学紧邻县道，上下学时段车流人流交织，门前既无减速带也无人行横道和信号灯，家长接送车辆随意停放，存在较大安全隐患。",
        ask: "在{镇}中心小学门前路段增设交通安全设施，规范上下学时段交通秩序。",
        measures: "一是施划人行横道并设置减速带和警示标志；二是安装学校路段信号灯；三是由交警部门在上下学高峰安排警力或护学岗，并划定临时接送停车区。",
    },
    Topic {
        category: "道路交通",
        title: "关于开通{镇}至县城城乡公交的建议",
        basis: "{镇}距县城二十余公里，目前仅有私人客车不定时往返，票价高、班次少，学生、老人进城就医办事很不方便，群众多次通过代表联络站反映。",
        ask: "开通{镇}至县城的城乡公交线路，实现城乡客运公交化运营。",
        measures: "一是由县交通运输局开展客流调查，合理设置站点和班次；二是对城乡公交给予运营补贴，执行与城区一致的票价；三是对老年人、学生实行乘车优惠。",
    },
    Topic {
        category: "农业农村",
        title: "关于加快{镇}高标准农田建设的建议",
        basis: "{镇}耕地面积较大，但部分地块灌溉设施老化、田间道路不通，旱涝保收能力弱。今年夏季干旱期间，部分村组灌溉用水困难，群众要求改善生产条件的呼声很高。",
        ask: "将{镇}未改造的耕地优先纳入高标准农田建设项目。",
        measures: "一是由县农业农村局对{镇}耕地现状摸底建档；二是统筹整合涉农资金，配套建设机井、渠系和田间道路；三是建立建后管护机制，明确管护主体和经费。",
    },
    Topic {
        category: "农业农村",
        title: "关于扶持{镇}特色种植产业发展的建议",
        basis: "{镇}近年发展特色种植两千余亩，但缺少冷链仓储和加工环节，产品多以初级形态外销，价格受市场波动影响大，种植户增收不稳定。",
        ask: "加大对{镇}特色种植产业链建设的扶持力度，补齐仓储加工短板。",
        measures: "一是规划建设产地冷链仓储设施；二是引进或培育农产品加工企业，推行订单种植；三是组织电商培训，拓宽线上销售渠道。",
    },
    Topic {
        category: "农业农村",
        title: "关于解决{镇}农村饮水水压不足问题的建议",
        basis: "{镇}部分地势较高的村组，每逢用水高峰自来水水压不足，早晚时段经常断水，群众只能储水使用，影响正常生活。",
        ask: "对{镇}农村供水管网进行改造提升，解决高地势村组用水难问题。",
        measures: "一是由县水利局对供水管网水压进行检测；二是增设加压泵站，更换老化管网；三是建立供水故障快速报修和处理机制。",
    },
    Topic {
        category: "城市建设",
        title: "关于推进{镇}老旧小区改造的建议",
        basis: "{镇}有老旧小区十余个，建成于上世纪九十年代，普遍存在管网老化、楼道破损、无物业管理等问题，居民多为老年人，改造愿望强烈。",
        ask: "将{镇}老旧小区列入年度改造计划，分批实施改造。",
        measures: "一是由县住房和城乡建设局开展老旧小区摸底；二是按照基础类、完善类、提升类分类改造；三是改造后引入物业服务或实行居民自治管理。",
    },
    Topic {
        category: "城市建设",
        title: "关于增加{镇}集镇停车泊位的建议",
        basis: "{镇}集镇逢集日车辆大量涌入，现有停车位严重不足，车辆沿街乱停，造成道路拥堵，赶集群众和商户意见较大。",
        ask: "统筹规划建设{镇}集镇公共停车场，增加停车泊位。",
        measures: "一是利用闲置土地建设公共停车场；二是在次要道路施划临时停车位；三是逢集日安排专人疏导交通。",
    },
    Topic {
        category: "城市建设",
        title: "关于完善{镇}生活垃圾收运设施的建议",
        basis: "{镇}部分村组垃圾收集点设置不足，垃圾桶破损后长期未更换，清运不及时，夏季异味明显，影响人居环境。",
        ask: "完善{镇}生活垃圾收集、转运设施，提高清运频次。",
        measures: "一是按服务半径补设垃圾收集点并更换破损垃圾桶；二是夏季每日清运一次；三是将清运情况纳入乡镇人居环境考核。",
    },
    Topic {
        category: "教育",
        title: "关于改善{镇}寄宿制学校生活条件的建议",
        basis: "{镇}初级中学寄宿生四百余人，宿舍拥挤，冬季无供暖，淋浴设施不足，学生生活条件亟待改善。代表实地查看并与师生座谈，情况属实。",
        ask: "改善{镇}初级中学寄宿条件，保障寄宿学生基本生活需要。",
        measures: "一是由县教育体育局安排资金新建或改造学生宿舍；二是配套建设淋浴间和供暖设施；三是配齐生活老师，加强寄宿管理。",
    },
    Topic {
        category: "教育",
        title: "关于补充{镇}乡村学校音体美教师的建议",
        basis: "{镇}各村小普遍缺少专职音乐、体育、美术教师，相关课程多由其他学科教师兼任，部分学校开不齐开不足课程。",
        ask: "补充{镇}乡村学校音体美专职教师，开齐开足国家规定课程。",
        measures: "一是在教师招聘中单列音体美岗位；二是推行县域内教师走教制度；三是利用线上资源开展同步课堂。",
    },
    Topic {
        category: "医疗卫生",
        title: "关于提升{镇}卫生院诊疗能力的建议",
        basis: "{镇}卫生院缺少影像设备和专科医生，群众常见病也需到县城就诊，往返费时费钱，基层首诊难以落实。",
        ask: "加强{镇}卫生院设备配置和人才队伍建设，提升基层诊疗能力。",
        measures: "一是配置数字化影像设备；二是由县医院定期派驻专科医生坐诊；三是落实基层医务人员待遇，稳定人才队伍。",
    },
    Topic {
        category: "医疗卫生",
        title: "关于加强{镇}村卫生室建设的建议",
        basis: "{镇}部分村卫生室用房狭小，药品种类少，乡村医生年龄偏大，后继乏人，群众就近看病不便。",
        ask: "加强{镇}村卫生室标准化建设和乡村医生队伍建设。",
        measures: "一是按标准改造村卫生室用房；二是扩大基本药物配备种类；三是定向培养乡村医生并落实养老保障。",
    },
    Topic {
        category: "社会事业",
        title: "关于在{镇}建设农村互助养老服务点的建议",
        basis: "{镇}六十岁以上老人占常住人口三成以上，多数子女外出务工，留守老人吃饭难、照料难问题突出。",
        ask: "在{镇}有条件的村建设农村互助养老服务点。",
        measures: "一是利用闲置村部、校舍改建互助养老服务点；二是提供助餐、日间照料服务；三是给予建设和运营补贴，引导社会力量参与。",
    },
    Topic {
        category: "社会事业",
        title: "关于完善{镇}残疾人康复服务的建议",
        basis: "{镇}持证残疾人数百人，康复服务主要集中在县城，乡镇缺少康复场所和专业人员，残疾人康复需求难以满足。",
        ask: "在{镇}设立残疾人康复服务站，提供就近康复服务。",
        measures: "一是依托卫生院建设康复服务站；二是组织康复人员定期下乡服务；三是落实残疾人辅助器具适配补贴。",
    },
    Topic {
        category: "经济发展",
        title: "关于支持{镇}返乡创业园建设的建议",
        basis: "{镇}外出务工人员较多，近年返乡创业意愿增强，但缺少标准厂房、融资渠道和创业指导，项目落地难。",
        ask: "支持{镇}建设返乡创业园，优化返乡创业服务。",
        measures: "一是规划建设标准化厂房；二是落实创业担保贷款贴息政策；三是组建创业导师团提供全程指导。",
    },
    Topic {
        category: "经济发展",
        title: "关于优化{镇}营商环境便民服务的建议",
        basis: "{镇}群众和个体工商户办理部分证照仍需多次往返县城，乡镇便民服务中心可办事项少，网上办理操作复杂。",
        ask: "推动更多审批服务事项下放{镇}便民服务中心办理。",
        measures: "一是梳理高频事项清单下放乡镇；二是设立帮办代办窗口；三是加强乡镇窗口人员业务培训。",
    },
    Topic {
        category: "生态环境",
        title: "关于加强{镇}河道综合治理的建议",
        basis: "{镇}境内河道部分河段淤积严重，岸坡垮塌，沿岸有生活垃圾倾倒现象，汛期排洪能力不足。",
        ask: "对{镇}境内河道开展清淤疏浚和综合治理。",
        measures: "一是由县水利局组织清淤疏浚和岸坡加固；二是落实河长巡河制度；三是在沿岸村组设置垃圾收集点并加强宣传。",
    },
    Topic {
        category: "生态环境",
        title: "关于治理{镇}养殖污染的建议",
        basis: "{镇}部分规模养殖场粪污处理设施不完善，雨天粪污外溢，周边群众反映异味大、污染水体。",
        ask: "加强{镇}畜禽养殖污染治理，推进粪污资源化利用。",
        measures: "一是对养殖场粪污处理设施逐一排查；二是对不达标的限期整改；三是推广粪污还田利用模式，给予设备补贴。",
    },
    Topic {
        category: "文化旅游",
        title: "关于保护开发{镇}传统村落的建议",
        basis: "{镇}有保存较好的明清传统民居群，但部分老宅年久失修，缺乏保护规划，文旅资源未得到有效利用。",
        ask: "编制{镇}传统村落保护利用规划，推动文旅融合发展。",
        measures: "一是申报省级传统村落并争取保护资金；二是对濒危老宅抢救性修缮；三是开发研学和乡村旅游线路。",
    },
    Topic {
        category: "文化旅游",
        title: "关于丰富{镇}群众文化活动设施的建议",
        basis: "{镇}综合文化站设施陈旧，村级文化广场缺少健身器材和照明，群众文体活动场所不足。",
        ask: "提升{镇}综合文化站和村级文化广场设施水平。",
        measures: "一是更新文化站设备；二是为村级文化广场配置健身器材和照明；三是定期开展送戏下乡和群众文体活动。",
    },
    Topic {
        category: "法治",
        title: "关于加强{镇}农村法律服务的建议",
        basis: "{镇}群众在土地流转、婚姻家庭、劳务报酬等方面法律需求较多，但村级法律顾问服务频次低，群众咨询不便。",
        ask: "加强{镇}公共法律服务工作站建设，提高村级法律顾问服务质量。",
        measures: "一是明确村级法律顾问每月驻村时间；二是开通法律咨询热线；三是结合典型案例开展普法宣传。",
    },
    Topic {
        category: "法治",
        title: "关于规范{镇}农村土地流转管理的建议",
        basis: "{镇}土地流转面积逐年增加，但部分流转合同不规范、租金拖欠，纠纷时有发生。",
        ask: "规范{镇}农村土地流转，建立流转服务和纠纷调处机制。",
        measures: "一是推行土地流转示范合同文本；二是建立乡镇土地流转服务中心；三是完善土地承包经营纠纷调解仲裁机制。",
    },
    Topic {
        category: "其他",
        title: "关于改善{镇}移动通信信号覆盖的建议",
        basis: "{镇}部分山区村组手机信号弱，通话经常中断，网络难以使用，影响群众生活和农产品网上销售。",
        ask: "加快{镇}山区村组通信基站建设，改善信号覆盖。",
        measures: "一是由通信运营企业对信号盲区进行测试；二是统筹建设共享基站；三是在基站建设用地、用电方面给予支持。",
    },
];

/// When an item of the demo's handling was assigned.
#[derive(Clone, Copy)]
enum Assigned {
    /// `n` days before today.
    Ago(u64),
    /// About three months less ten days before today: its reply deadline
    /// falls within the yellow warning's 15 days.
    DeadlineNear,
    /// A few weeks before today: its return window closed some days ago.
    ReturnWindowClosed,
}

/// When a unit's or the office's act on an assigned item happened.
#[derive(Clone, Copy)]
enum On {
    /// `n` days after the assignment.
    After(u64),
    /// `n` days before today.
    Ago(u64),
}

/// An act on an assigned item, its units named as in `UNITS` (`{镇}`
/// standing for the item's town).
#[derive(Clone, Copy)]
enum Act {
    /// The unit signs for the item (签收).
    SignFor(&'static str),
    /// The unit asks to return it (申请退办), with its reason.
    AskReturn(&'static str, &'static str),
    /// The office approves the return and gives the item to another unit,
    /// with its comment.
    ApproveReturn(&'static str, &'static str, &'static str),
    /// The office refuses the return, with its reason.
    RefuseReturn(&'static str, &'static str),
    /// A co-unit sends its written opinion to the lead unit.
    SendOpinion(&'static str, &'static str),
}

/// How an item is handled: a lead unit and co-units, or 分办.
#[derive(Clone, Copy)]
enum Units {
    Joint(&'static str, &'static [&'static str]),
    Separate(&'static [&'static str]),
}

/// An item raised in recess by a deputy of its town, accepted by the
/// committee office, assigned, and what was done on it since.
struct Handled {
    /// A part of its topic's title.
    topic: &'static str,
    /// Its town, in `TOWNS`.
    town: usize,
    assigned: Assigned,
    units: Units,
    acts: &'static [(On, Act)],
}

/// The demo's assigned items, one for each point of the warning board:
/// red, yellow twice (its deadline near; a unit not signed for it past its
/// return window), and green ones just assigned, signed for, returned and
/// reassigned, with a return refused, and in 分办 with three units. Those
/// of 城关镇 are raised by deputies serving at its station, which sees
/// which units handle them. The other accepted items wait for assignment.
const HANDLED: [Handled; 11] = [
    // Red: assigned four months ago, its three months long past.
    Handled {
        topic: "饮水水压不足",
        town: 0,
        assigned: Assigned::Ago(125),
        units: Units::Joint("县水利局", &["{镇}人民政府"]),
        acts: &[
            (On::After(2), Act::SignFor("县水利局")),
            (On::After(3), Act::SignFor("{镇}人民政府")),
        ],
    },
    // Yellow, near its deadline; its last co-unit signed for it late, a
    // week ago, so there is recent progress and the deadline is the reason.
    Handled {
        topic: "移动通信信号",
        town: 3,
        assigned: Assigned::DeadlineNear,
        units: Units::Joint(
            "示范县移动通信分公司",
            &["县自然资源局", "国网示范县供电公司"],
        ),
        acts: &[
            (On::After(1), Act::SignFor("示范县移动通信分公司")),
            (On::After(2), Act::SignFor("县自然资源局")),
            (
                On::After(20),
                Act::SendOpinion(
                    "县自然资源局",
                    "基站选址涉及的用地已纳入国土空间规划，可按公用设施用地办理。",
                ),
            ),
            (On::Ago(7), Act::SignFor("国网示范县供电公司")),
            (
                On::Ago(7),
                Act::SendOpinion(
                    "国网示范县供电公司",
                    "新建基站的供电接入由我公司开辟绿色通道，随报随接。",
                ),
            ),
        ],
    },
    // Yellow: a co-unit has not signed for it, its return window closed
    // (逾期未签收).
    Handled {
        topic: "集镇停车泊位",
        town: 1,
        assigned: Assigned::ReturnWindowClosed,
        units: Units::Joint("县城市管理局", &["县公安局", "{镇}人民政府"]),
        acts: &[
            (On::After(1), Act::SignFor("县城市管理局")),
            (On::After(2), Act::SignFor("{镇}人民政府")),
        ],
    },
    // The rest were assigned at a 交办会 four days ago.
    // 分办: three units each answering.
    Handled {
        topic: "河道综合治理",
        town: 5,
        assigned: Assigned::Ago(4),
        units: Units::Separate(&["县水利局", "市生态环境局示范县分局", "{镇}人民政府"]),
        acts: &[
            (On::Ago(3), Act::SignFor("县水利局")),
            (On::Ago(3), Act::SignFor("市生态环境局示范县分局")),
            (On::Ago(2), Act::SignFor("{镇}人民政府")),
        ],
    },
    // Returned by the court and reassigned to 县司法局, which signed.
    Handled {
        topic: "农村法律服务",
        town: 0,
        assigned: Assigned::Ago(4),
        units: Units::Joint("县人民法院", &[]),
        acts: &[
            (
                On::Ago(3),
                Act::AskReturn(
                    "县人民法院",
                    "村级法律顾问和公共法律服务工作站由司法行政部门管理，不属于人民法院职责，申请退回重新交办。",
                ),
            ),
            (
                On::Ago(2),
                Act::ApproveReturn("县人民法院", "县司法局", "同意退办，改由县司法局主办。"),
            ),
            (On::Ago(1), Act::SignFor("县司法局")),
        ],
    },
    // A return refused: the lead unit keeps the item and signs for it.
    Handled {
        topic: "城乡公交",
        town: 2,
        assigned: Assigned::Ago(4),
        units: Units::Joint("县交通运输局", &["县财政局"]),
        acts: &[
            (On::Ago(3), Act::SignFor("县财政局")),
            (
                On::Ago(3),
                Act::AskReturn(
                    "县交通运输局",
                    "城乡公交运营补贴需财政资金保障，建议改由县财政局主办。",
                ),
            ),
            (
                On::Ago(2),
                Act::RefuseReturn(
                    "县交通运输局",
                    "线路开通和运营组织属交通运输部门职责，运营补贴由县财政局协办落实，请县交通运输局继续主办。",
                ),
            ),
            (On::Ago(1), Act::SignFor("县交通运输局")),
        ],
    },
    // Signed for.
    Handled {
        topic: "卫生院诊疗能力",
        town: 4,
        assigned: Assigned::Ago(4),
        units: Units::Joint("县卫生健康委员会", &[]),
        acts: &[(On::Ago(2), Act::SignFor("县卫生健康委员会"))],
    },
    Handled {
        topic: "互助养老",
        town: 6,
        assigned: Assigned::Ago(4),
        units: Units::Joint("县民政局", &["{镇}人民政府"]),
        acts: &[
            (On::Ago(3), Act::SignFor("县民政局")),
            (On::Ago(3), Act::SignFor("{镇}人民政府")),
        ],
    },
    // Not signed for yet, within the return window.
    Handled {
        topic: "残疾人康复",
        town: 4,
        assigned: Assigned::Ago(4),
        units: Units::Joint("县残疾人联合会", &["县卫生健康委员会"]),
        acts: &[],
    },
    // Just assigned, not signed for yet.
    Handled {
        topic: "高标准农田",
        town: 7,
        assigned: Assigned::Ago(1),
        units: Units::Joint("县农业农村局", &[]),
        acts: &[],
    },
    Handled {
        topic: "中心小学门前",
        town: 0,
        assigned: Assigned::Ago(1),
        units: Units::Joint("县公安局", &["县教育体育局"]),
        acts: &[],
    },
];

/// The index in `TOPICS` of the topic whose title contains `part`.
fn topic_of(part: &str) -> usize {
    TOPICS
        .iter()
        .position(|t| t.title.contains(part))
        .expect("each assigned item names a demo topic")
}

/// The station clerk who keys in opinions.
fn clerk() -> Actor {
    Actor {
        operator: "示范数据".into(),
        acting_for: None,
        desk: Desk::Deputy,
        how: How::Operator,
    }
}

/// The id of the record the first event of a command added.
fn added<T: From<jianyi_core::Uuid>>(events: Vec<Event>) -> T {
    let id = events.first().and_then(|e| e.kind.created_id());
    T::from(id.expect("an add command makes an added event"))
}

/// The id of a category by its name (the demo's topics name defaults).
fn category_named(r: &Runner, name: &str) -> CategoryId {
    r.state
        .directory
        .categories_in_order()
        .find(|c| c.name == name)
        .map(|c| c.id)
        .expect("the demo's categories are defaults")
}

fn fill(template: &str, town: &str) -> String {
    template.replace("{镇}", town)
}

/// A command the demo county only gives when it is valid.
fn valid(res: Result<Vec<Event>, jianyi_core::Rejection>) -> Vec<Event> {
    res.expect("the demo county only gives valid commands")
}

/// An operator at `desk`.
fn at_desk(desk: Desk) -> Actor {
    Actor {
        operator: "示范数据".into(),
        acting_for: None,
        desk,
        how: How::Operator,
    }
}

fn unit_named(r: &Runner, name: &str) -> UnitId {
    r.state
        .directory
        .units
        .iter()
        .find(|(_, e)| e.name == name)
        .map(|(id, _)| *id)
        .expect("the demo's assigned items name demo units")
}

/// Raises the items of `HANDLED` in recess, each by a deputy of its town,
/// accepts them (in the order of their dates, so their numbers follow),
/// assigns them and keys in what their units and the office did, in the
/// order of the business dates: the assignments of one day are one batch
/// (a 交办会), the units' acts keyed in from paper at the committee
/// office. Dates relative to `today`, as the office's settings compute
/// the deadlines, so the warning colours hold whatever the day.
fn handled(
    r: &mut Runner,
    rng: &mut SplitMix,
    today: NaiveDate,
    deputies: &[(DeputyId, String, &str)],
    opinions: &[(OpinionId, usize, &str)],
) {
    let days_before = |n: u64| today.checked_sub_days(Days::new(n)).unwrap_or(today);
    let plus = |d: NaiveDate, n: u64| d.checked_add_days(Days::new(n)).unwrap_or(d);
    let due = |r: &Runner, start: NaiveDate, return_window: bool| {
        let s = r.state.settings_on(start);
        let period = if return_window {
            s.deadlines.return_window
        } else {
            s.deadlines.reply
        };
        deadline(&s.calendar.holidays, start, period, s.calendar.counting).due
    };
    let assigned_on = |r: &Runner, when: Assigned| match when {
        Assigned::Ago(n) => days_before(n),
        // The latest day whose reply deadline is at most 12 days ahead.
        Assigned::DeadlineNear => (60..120)
            .map(days_before)
            .find(|d| due(r, *d, false) <= plus(today, 12))
            .unwrap_or_else(|| days_before(80)),
        // The latest day whose return window closed at least 3 days ago.
        Assigned::ReturnWindowClosed => (10..28)
            .map(days_before)
            .find(|d| plus(due(r, *d, true), 2) < today)
            .unwrap_or_else(|| days_before(21)),
    };
    let mut planned: Vec<(&Handled, NaiveDate)> = HANDLED
        .iter()
        .map(|h| (h, assigned_on(r, h.assigned)))
        .collect();
    planned.sort_by_key(|(_, on)| *on);
    let negative: Vec<String> = r
        .state
        .settings()
        .negative_list
        .iter()
        .map(|n| n.title.clone())
        .collect();
    let mut items = Vec::new();
    for (h, assigned) in planned {
        let accepted = days_before(6).min(assigned - Days::new(3));
        let drafted = accepted - Days::new(10);
        let town = TOWNS[h.town];
        let topic = topic_of(h.topic);
        let t = &TOPICS[topic];
        let of_town: Vec<&(DeputyId, String, &str)> =
            deputies.iter().filter(|d| d.2 == town).collect();
        let (deputy, name, _) = *rng.pick(&of_town);
        r.actor = Actor {
            operator: "示范数据".into(),
            acting_for: Some(name.clone()),
            desk: Desk::Deputy,
            how: How::PaperKeyedIn,
        };
        let draft = Draft {
            title: fill(t.title, town),
            basis: fill(t.basis, town),
            ask: fill(t.ask, town),
            measures: fill(t.measures, town),
            category: category_named(r, t.category),
            kind: SuggestionKind::Suggestion,
            session: None,
            lead_deputy: *deputy,
            by_delegation: false,
            opinions: opinions
                .iter()
                .filter(|(_, ot, otown)| *ot == topic && *otown == town)
                .map(|(id, _, _)| *id)
                .collect(),
            negative_confirmed: negative.clone(),
        };
        let id = jianyi_core::decide::created_suggestion(&valid(
            r.run_on(RaisingCommand::CreateDraft(draft), drafted),
        ))
        .expect("CreateDraft makes DraftCreated");
        valid(r.run_on(ReviewCommand::SubmitDraft { id }, drafted));
        while let Stage::InReview(step) = r.state.stage(id) {
            r.actor = at_desk(step.desk());
            let command = if step.is_final() {
                ReviewCommand::Accept { id }
            } else {
                ReviewCommand::PassReview {
                    id,
                    comment: "同意提交。".into(),
                }
            };
            valid(r.run_on(command, accepted));
        }
        items.push((id, town, assigned, h));
    }

    // The timeline: (date, the assignment first, unit keyed in, command).
    let mut steps: Vec<(NaiveDate, u8, Option<String>, HandlingCommand)> = Vec::new();
    for (item, town, assigned, h) in items {
        let unit = |r: &Runner, name: &str| unit_named(r, &fill(name, town));
        let handling = match h.units {
            Units::Joint(lead, co) => Handling::Joint {
                lead: unit(r, lead),
                co: co.iter().map(|u| unit(r, u)).collect(),
            },
            Units::Separate(units) => Handling::Separate {
                units: units.iter().map(|u| unit(r, u)).collect(),
            },
        };
        steps.push((
            assigned,
            0,
            None,
            HandlingCommand::Assign { item, handling },
        ));
        for (on, act) in h.acts {
            let on = match on {
                On::After(n) => plus(assigned, *n),
                On::Ago(n) => days_before(*n),
            }
            .min(today);
            let (by_unit, command) = match *act {
                Act::SignFor(u) => (
                    Some(u),
                    HandlingCommand::SignFor {
                        item,
                        unit: unit(r, u),
                    },
                ),
                Act::AskReturn(u, reason) => (
                    Some(u),
                    HandlingCommand::AskReturn {
                        item,
                        unit: unit(r, u),
                        reason: reason.into(),
                    },
                ),
                Act::ApproveReturn(u, to, comment) => (
                    None,
                    HandlingCommand::ApproveReturn {
                        item,
                        unit: unit(r, u),
                        to: unit(r, to),
                        comment: comment.into(),
                    },
                ),
                Act::RefuseReturn(u, reason) => (
                    None,
                    HandlingCommand::RefuseReturn {
                        item,
                        unit: unit(r, u),
                        reason: reason.into(),
                    },
                ),
                Act::SendOpinion(u, text) => (
                    Some(u),
                    HandlingCommand::SendOpinion {
                        item,
                        unit: unit(r, u),
                        text: text.into(),
                    },
                ),
            };
            steps.push((on, 1, by_unit.map(|u| fill(u, town)), command));
        }
    }
    steps.sort_by_key(|(on, rank, _, _)| (*on, *rank));
    let mut steps = steps.into_iter().peekable();
    while let Some((on, rank, by_unit, command)) = steps.next() {
        if rank == 0 {
            let mut batch = vec![Command::from(command)];
            while let Some((_, _, _, next)) = steps.next_if(|s| s.0 == on && s.1 == 0) {
                batch.push(next.into());
            }
            r.actor = at_desk(Desk::CommitteeOffice);
            let command = if batch.len() == 1 {
                batch.remove(0)
            } else {
                Command::Batch(batch)
            };
            valid(r.run_on(command, on));
            continue;
        }
        r.actor = match by_unit {
            Some(unit) => Actor {
                operator: "示范数据".into(),
                acting_for: Some(unit),
                desk: Desk::CommitteeOffice,
                how: How::PaperKeyedIn,
            },
            None => at_desk(Desk::CommitteeOffice),
        };
        valid(r.run_on(command, on));
    }
}

/// The demo county's events: office profile, two sessions, 17 stations,
/// 8 delegations of 5 deputies, 4 committee bodies, 37 units, 9 leaders,
/// 100 drafts at every stage up to acceptance, and 11 items raised in
/// recess and assigned (`HANDLED`), from `seed`, dated around `today`,
/// stamped from `now_ms`.
pub fn county(seed: u64, today: NaiveDate, now_ms: u64) -> Vec<Event> {
    let mut rng = SplitMix::new(seed);
    let mut r = Runner::new(DEMO_OFFICE, today, u128::from(seed) << 64 | 0xD3);
    r.now_ms = now_ms.saturating_sub(24 * 3600 * 1000);
    r.actor = Actor {
        operator: "示范数据".into(),
        acting_for: None,
        desk: Desk::CommitteeOffice,
        how: How::Operator,
    };
    let ok = |res: Result<Vec<Event>, jianyi_core::Rejection>| {
        res.expect("the demo county only gives valid commands")
    };
    let days_before = |n: u64| today.checked_sub_days(Days::new(n)).unwrap_or(today);
    // The directories were set up half a year ago, before the earliest
    // assigned item was raised.
    let setup_day = days_before(180);

    ok(r.run_on(
        OfficeCommand::SetProfile(OfficeProfile {
            name: "示范县人大常委会代表工作委员会".into(),
            region: "示范县".into(),
            level: OfficeLevel::County,
            role: OfficeRole::CommitteeOffice,
            numbering: true,
            ..OfficeProfile::new(
                "示范县人大常委会代表工作委员会",
                "示范县",
                OfficeLevel::County,
                OfficeRole::CommitteeOffice,
            )
        }),
        setup_day,
    ));
    let last_year = days_before(320);
    ok(r.run_on(
        DirectoryCommand::AddSession(SessionFields {
            name: "示范县第十五届人民代表大会第二次会议".into(),
            starts: last_year,
            ends: last_year
                .checked_add_days(Days::new(3))
                .unwrap_or(last_year),
        }),
        setup_day,
    ));
    let starts = today.checked_add_days(Days::new(40)).unwrap_or(today);
    let ends = starts.checked_add_days(Days::new(3)).unwrap_or(starts);
    let session: SessionId = added(ok(r.run_on(
        DirectoryCommand::AddSession(SessionFields {
            name: "示范县第十五届人民代表大会第三次会议".into(),
            starts,
            ends,
        }),
        setup_day,
    )));

    // Stations: the county's 代表之家, a 联络站 per town, a 联络点 in two
    // towns, and the six professional stations.
    let home: StationId = added(ok(r.run_on(
        DirectoryCommand::AddStation(StationFields {
            name: "示范县人大代表之家".into(),
            kind: StationKind::Home,
            field: String::new(),
        }),
        setup_day,
    )));
    let mut town_stations = Vec::new();
    for town in TOWNS {
        town_stations.push(added::<StationId>(ok(r.run_on(
            DirectoryCommand::AddStation(StationFields {
                name: format!("{town}人大代表联络站"),
                kind: StationKind::LiaisonStation,
                field: String::new(),
            }),
            setup_day,
        ))));
    }
    for town in &TOWNS[..2] {
        ok(r.run_on(
            DirectoryCommand::AddStation(StationFields {
                name: format!("{town}社区人大代表联络点"),
                kind: StationKind::LiaisonPoint,
                field: String::new(),
            }),
            setup_day,
        ));
    }
    let mut professional = Vec::new();
    for field in r.state.settings().professional_stations.clone() {
        professional.push(added::<StationId>(ok(r.run_on(
            DirectoryCommand::AddStation(StationFields {
                name: format!("{field}专业代表工作站"),
                kind: StationKind::Professional,
                field,
            }),
            setup_day,
        ))));
    }

    let mut delegations: Vec<(DelegationId, &str)> = Vec::new();
    for town in TOWNS {
        let id = added(ok(r.run_on(
            DirectoryCommand::AddDelegation {
                name: format!("{town}代表团"),
            },
            setup_day,
        )));
        delegations.push((id, town));
    }
    for (name, towns) in COMMITTEES {
        ok(r.run_on(
            DirectoryCommand::AddCommittee(CommitteeFields {
                name: name.into(),
                covers: towns.iter().map(|t| delegations[*t].0).collect(),
            }),
            setup_day,
        ));
    }
    let mut deputies: Vec<(DeputyId, String, &str)> = Vec::new();
    for (i, (delegation, town)) in delegations.iter().enumerate() {
        let mut added_here = 0;
        while added_here < 5 {
            let name = format!("{}{}", rng.pick(&SURNAMES), rng.pick(&GIVEN));
            let mut stations = vec![town_stations[i]];
            if rng.chance(30) {
                stations.push(*rng.pick(&professional));
            }
            if i == 0 && rng.chance(50) {
                stations.push(home);
            }
            let fields = DeputyFields {
                name: name.clone(),
                delegation: *delegation,
                gender: Some(if rng.chance(40) {
                    Gender::Female
                } else {
                    Gender::Male
                }),
                term: "第十五届".into(),
                stations,
                phone: format!("1390000{:04}", rng.below(10_000)),
            };
            if let Ok(events) = r.run_on(DirectoryCommand::AddDeputy(fields), setup_day) {
                deputies.push((added(events), name, town));
                added_here += 1;
            }
        }
    }
    for (name, kind) in UNITS {
        ok(r.run_on(
            DirectoryCommand::AddUnit(UnitFields::new(name, kind)),
            setup_day,
        ));
    }
    for town in TOWNS {
        ok(r.run_on(
            DirectoryCommand::AddUnit(UnitFields::new(
                &format!("{town}人民政府"),
                UnitKind::Township,
            )),
            setup_day,
        ));
    }
    for (post, organ, duties) in LEADERS {
        let name = format!("{}{}", rng.pick(&SURNAMES), rng.pick(&GIVEN));
        ok(r.run_on(
            DirectoryCommand::AddLeader(LeaderFields {
                name,
                post: post.into(),
                organ,
                duties: duties.into(),
            }),
            setup_day,
        ));
    }

    // Citizen opinions collected at the town stations, three per town.
    let mut opinions: Vec<(OpinionId, usize, &str)> = Vec::new();
    for (i, town) in TOWNS.iter().enumerate() {
        for _ in 0..3 {
            let topic = rng.below(TOPICS.len());
            let t = &TOPICS[topic];
            let received_on = days_before(60 + rng.below(30) as u64);
            let fields = OpinionFields {
                station: town_stations[i],
                received_on,
                topic: fill(t.title, town)
                    .replace("关于", "")
                    .replace("的建议", ""),
                text: fill(t.basis, town),
                contact: format!("1370000{:04}", rng.below(10_000)),
            };
            r.actor = clerk();
            let events = ok(r.run_on(RaisingCommand::RecordOpinion(fields), received_on));
            if let Some(EventKind::Raising(RaisingEvent::OpinionRecorded { opinion })) =
                events.first().map(|e| &e.kind)
            {
                opinions.push((opinion.id, topic, town));
            }
        }
    }

    // The assigned items' topics and towns are theirs alone.
    let mut used: std::collections::BTreeSet<(usize, &str)> = HANDLED
        .iter()
        .map(|h| (topic_of(h.topic), TOWNS[h.town]))
        .collect();
    let mut drafts = 0;
    let all_negative: Vec<String> = r
        .state
        .settings()
        .negative_list
        .iter()
        .map(|n| n.title.clone())
        .collect();
    while drafts < 100 {
        let (deputy, deputy_name, town) = rng.pick(&deputies).clone();
        let topic = rng.below(TOPICS.len());
        if !used.insert((topic, town)) {
            continue;
        }
        let t = &TOPICS[topic];
        let in_recess = rng.chance(15);
        let motion = !in_recess && rng.chance(6);
        // Drafts in every checklist state: complete, missing or thin
        // elements, a negative-list keyword, an enumeration of asks.
        let variant = rng.below(100);
        let measures = if variant < 12 {
            String::new()
        } else {
            fill(t.measures, town)
        };
        let mut basis = fill(t.basis, town);
        let mut ask = fill(t.ask, town);
        if (12..18).contains(&variant) {
            basis = basis.chars().take_while(|c| *c != '，').collect::<String>() + "。";
        } else if (18..23).contains(&variant) {
            basis.push_str("群众已多次信访反映。");
        } else if (23..28).contains(&variant) {
            ask = format!(
                "一是{}二是加强日常管理和维护。",
                ask.trim_end_matches('。').to_string() + "；"
            );
        }
        let linked: Vec<OpinionId> = opinions
            .iter()
            .filter(|(_, ot, otown)| *ot == topic && otown == &town)
            .map(|(id, _, _)| *id)
            .collect();
        let draft = Draft {
            title: fill(t.title, town),
            basis,
            ask,
            measures,
            category: category_named(&r, t.category),
            kind: if motion {
                SuggestionKind::Motion
            } else {
                SuggestionKind::Suggestion
            },
            session: if in_recess { None } else { Some(session) },
            lead_deputy: deputy,
            by_delegation: motion && rng.chance(50),
            opinions: linked,
            negative_confirmed: if rng.chance(70) {
                all_negative.clone()
            } else {
                Vec::new()
            },
        };
        // Raising in a delegation's name is the delegation desk's act.
        r.actor = Actor {
            operator: "示范数据".into(),
            acting_for: Some(deputy_name),
            desk: if draft.by_delegation {
                Desk::Delegation
            } else {
                Desk::Deputy
            },
            how: How::PaperKeyedIn,
        };
        let day = days_before(rng.below(60) as u64);
        let id = jianyi_core::decide::created_suggestion(&ok(
            r.run_on(RaisingCommand::CreateDraft(draft), day)
        ))
        .expect("CreateDraft makes DraftCreated");
        r.actor.desk = Desk::Deputy;

        // About a third are co-signed; some by enough deputies to be key
        // candidates.
        if rng.chance(35) {
            let wanted = if rng.chance(40) {
                9 + rng.below(4)
            } else {
                2 + rng.below(5)
            };
            let mut names = Vec::new();
            while names.len() < wanted {
                let (d, _, _) = rng.pick(&deputies);
                if *d != deputy && !names.contains(d) {
                    names.push(*d);
                }
            }
            ok(r.run_on(
                RaisingCommand::NameCosigners {
                    id,
                    deputies: names.clone(),
                },
                day,
            ));
            for d in names {
                if rng.chance(85) {
                    let how = if rng.chance(50) {
                        How::InPerson
                    } else {
                        How::PaperKeyedIn
                    };
                    r.actor.acting_for = Some(r.state.deputy_name(d).to_string());
                    ok(r.run_on(RaisingCommand::ConfirmCosign { id, deputy: d, how }, day));
                }
            }
        }
        if rng.chance(75) {
            // Submitted when complete; a refusal leaves it a draft.
            let _ = r.run_on(ReviewCommand::SubmitDraft { id }, day);
        }
        drafts += 1;
    }

    // Items assigned, on a separate stream of the seed so the drafts and
    // reviews stay as they were.
    handled(
        &mut r,
        &mut SplitMix::new(seed ^ 0x4A1A_0B5E),
        today,
        &deputies,
        &opinions,
    );

    // Reviews: items waiting at every step, returned ones with comments,
    // conversions, merges, one not accepted, and accepted numbered items.
    let submitted: Vec<SuggestionId> = r
        .state
        .raising
        .suggestions
        .keys()
        .filter(|id| matches!(r.state.stage(**id), Stage::InReview(_)))
        .copied()
        .collect();
    let review_day = days_before(5);
    let desk = |d: Desk| Actor {
        operator: "示范数据".into(),
        acting_for: None,
        desk: d,
        how: How::Operator,
    };
    let mut accepted_titles: Vec<(SuggestionId, String, Series)> = Vec::new();
    let mut not_accepted = false;
    for id in submitted {
        let step = |r: &Runner| match r.state.stage(id) {
            Stage::InReview(step) => Some(step),
            _ => None,
        };
        if step(&r) == Some(ReviewStep::Delegation) {
            if rng.chance(25) {
                continue;
            }
            r.actor = desk(Desk::Delegation);
            ok(r.run_on(
                ReviewCommand::PassReview {
                    id,
                    comment: "经代表团会前协商，同意提交。".into(),
                },
                review_day,
            ));
        }
        if step(&r) == Some(ReviewStep::Committee) {
            if rng.chance(20) {
                continue;
            }
            r.actor = desk(Desk::Committee);
            if rng.chance(15) {
                ok(r.run_on(
                    ReviewCommand::ReturnForImprovement {
                        id,
                        comment: "案据中请补充近两年的具体数据和群众反映情况，对策请明确牵头单位和时间安排。".into(),
                    },
                    review_day,
                ));
                continue;
            }
            ok(r.run_on(
                ReviewCommand::PassReview {
                    id,
                    comment: "要素齐全，同意提交议案组。".into(),
                },
                review_day,
            ));
        }
        if step(&r).is_some_and(|s| s.is_final()) {
            if rng.chance(20) {
                continue;
            }
            let final_desk = if step(&r) == Some(ReviewStep::Recess) {
                Desk::CommitteeOffice
            } else {
                Desk::MotionsGroup
            };
            r.actor = desk(final_desk);
            let s = &r.state.raising.suggestions[&id];
            let title = s.draft.title.clone();
            let short = s.draft.kind == SuggestionKind::Motion
                && !s.draft.by_delegation
                && s.signers() < r.state.settings().motion_threshold() as usize;
            // A motion that falls short is converted here, or by its
            // acceptance, which says so on the trail.
            if short && rng.chance(50) {
                ok(r.run_on(ReviewCommand::ConvertToSuggestion { id }, review_day));
            }
            let s = &r.state.raising.suggestions[&id];
            let series = r.state.series_of(s, review_day);
            // A related item of the same series, already accepted, takes
            // this one in (并案).
            let related = accepted_titles
                .iter()
                .find(|(_, t, k)| {
                    *k == series && jianyi_core::raising::checks::similarity(t, &title) >= 60
                })
                .map(|(other, _, _)| *other);
            if let Some(into) = related {
                ok(r.run_on(ReviewCommand::Merge { id, into }, review_day));
            } else if !not_accepted && accepted_titles.len() >= 3 {
                not_accepted = true;
                ok(r.run_on(
                    ReviewCommand::NotAccept {
                        id,
                        reason: "所提问题属于个案诉求，已转有关部门作为来信处理。".into(),
                    },
                    review_day,
                ));
            } else {
                ok(r.run_on(ReviewCommand::Accept { id }, review_day));
                let number = r.state.review_file(id).and_then(|f| f.number);
                if let Some((series, _)) = number {
                    accepted_titles.push((id, title, series));
                }
                // The presidium decides on some accepted motions.
                if r.state.awaits_motion_decision(id) {
                    let decision = match rng.below(3) {
                        0 => Some(MotionDecision::PutOnAgenda),
                        1 => Some(MotionDecision::HandleAsSuggestion),
                        _ => None,
                    };
                    if let Some(decision) = decision {
                        ok(r.run_on(ReviewCommand::DecideMotion { id, decision }, review_day));
                    }
                }
            }
        }
    }
    r.events
}
