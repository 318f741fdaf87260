//! The demo county (示范县): a fictional county generated deterministically
//! from a seed, through the same commands a clerk would give, with dates
//! relative to the given day. No real person's name appears: names are
//! drawn from common surnames and given-name characters.

use chrono::{Datelike, Days, Months, NaiveDate};

use jianyi_core::calendar::deadline;
use jianyi_core::directory::{
    CommitteeFields, DeputyFields, DirectoryCommand, Gender, LeaderFields, Organ, SessionFields,
    StationFields, StationKind, UnitFields, UnitKind,
};
use jianyi_core::handling::{
    Communication, Delivery, Disclosure, Feedback, Handling, HandlingCommand, Meeting, Method,
    PlanStep, Promise, Rating, ReplyFields,
};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::{Draft, OpinionFields, RaisingCommand, RaisingEvent, SuggestionKind};
use jianyi_core::review::{MotionDecision, ReviewCommand, ReviewStep, Series, Stage};
use jianyi_core::supervision::{
    FollowUpFields, GroupFields, Owner, Participants, PlanFields, ProcuratorialFields,
    ProcuratorialStatus, RecordFields, RecordKind, SupervisionCommand, SupervisionEvent,
};
use jianyi_core::{
    Actor, CategoryId, Command, CommitteeId, DelegationId, DeputyId, Desk, Event, EventKind, How,
    LeaderId, OpinionId, Runner, SessionId, StationId, SuggestionId, SupervisionRecordId, UnitId,
};

pub mod two_offices;

/// The office code the demo's events carry.
pub const DEMO_OFFICE: &str = "示范县";

/// A small deterministic generator (the core's SplitMix64, which also
/// draws the department review's sample); the demo's only source of
/// variety.
#[derive(Debug, Clone)]
pub struct SplitMix(jianyi_core::evaluation::SplitMix64);

impl SplitMix {
    pub fn new(seed: u64) -> SplitMix {
        SplitMix(jianyi_core::evaluation::SplitMix64::new(seed))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
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

/// Given names of the units' people — their heads (签发人) and the
/// contact persons their replies name — none of them in `GIVEN`, so no
/// one of a unit bears a deputy's or a leader's name.
const STAFF_GIVEN: [&str; 30] = [
    "卫国", "建华", "志刚", "丽华", "永强", "海波", "文斌", "红梅", "建军", "新民", "晓峰", "国华",
    "玉兰", "光明", "爱民", "少华", "维东", "春燕", "亚男", "保军", "金龙", "敏杰", "立军", "桂香",
    "伟民", "小燕", "志军", "宏斌", "继红", "华平",
];

/// Distinct names of the units' people, drawn on a stream of their own so
/// the rest of the county stays as it was.
struct Staff {
    rng: SplitMix,
    used: std::collections::BTreeSet<String>,
}

impl Staff {
    fn new(seed: u64) -> Staff {
        Staff {
            rng: SplitMix::new(seed ^ 0x5EA1_0F0F_F1CE),
            used: std::collections::BTreeSet::new(),
        }
    }

    /// A name not drawn before.
    fn name(&mut self) -> String {
        loop {
            let name = format!(
                "{}{}",
                self.rng.pick(&SURNAMES),
                self.rng.pick(&STAFF_GIVEN)
            );
            if self.used.insert(name.clone()) {
                return name;
            }
        }
    }

    /// An office telephone number of the county.
    fn phone(&mut self) -> String {
        format!("0376-62{:05}", self.rng.below(100_000))
    }
}

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
    /// On the month and day of the year before today's: its reply falls
    /// in that year, and its year end is past whatever the day.
    LastYear(u32, u32),
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
/// standing for the item's town). A unit's act is keyed in from paper at
/// the committee office; approving an extension is the office's own.
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
    /// The unit talks with every lead deputy of the item (办前沟通).
    Communicate(&'static str, &'static Talk),
    /// The unit sets its plan: each step with its target, `n` days after
    /// the plan.
    SetPlan(&'static str, &'static [(&'static str, u64)]),
    /// The unit reports progress, which the deputies see.
    ReportProgress(&'static str, &'static str),
    /// The lead unit asks a co-unit to countersign its draft reply (会签).
    AskCountersign(&'static str, &'static str, &'static str),
    /// The co-unit countersigns, with its comment.
    Countersign(&'static str, &'static str),
    /// The unit asks for more time, with its reason, to five months from
    /// the assignment (the maximum is six).
    AskExtension(&'static str, &'static str),
    /// The office approves the extension asked, with its comment.
    ApproveExtension(&'static str, &'static str),
    /// The unit files its reply, signed by its head.
    Reply(&'static str, &'static Answer),
    /// Every letter of the unit's reply reaches its deputy, `how`.
    Deliver(&'static str, Delivery),
    /// The unit publishes its reply, and where.
    Disclose(&'static str, &'static str),
    /// A proposer's feedback on the unit's reply (征询意见), the deputy's
    /// own act.
    Feedback(&'static str, Proposer, &'static Rated),
    /// The unit records the meeting on the item sent back (二次办理座谈):
    /// who took part, what was concluded.
    Meeting(&'static str, &'static str, &'static str),
    /// The unit's promise is done (已办成), with the evidence.
    Realised(&'static str, &'static str),
    /// The office carries the unit's open commitment into the next year
    /// with the step plan the directors' meeting approved: each step with
    /// its month and day of that year, and the meeting.
    CarryOver(
        &'static str,
        &'static [(&'static str, u32, u32)],
        &'static str,
    ),
    /// The office closes the item (办结).
    Close,
}

/// Which proposer gives feedback: a lead (the item's own first, then a
/// merged item's) or a co-signer, by their order.
#[derive(Clone, Copy)]
enum Proposer {
    Lead(usize),
    Cosigner(usize),
}

/// How a deputy's feedback reached the office.
#[derive(Clone, Copy)]
enum Form {
    /// The paper 征询意见表, keyed in at the committee office.
    Paper,
    /// The deputy at the office's PC.
    InPerson,
}

/// A deputy's feedback: how it came, the three ratings and the comment.
struct Rated {
    form: Form,
    communication: Rating,
    attitude: Rating,
    result: Rating,
    comment: &'static str,
}

/// By when a commitment promises its matter.
#[derive(Clone, Copy)]
enum By {
    /// `n` days after the reply.
    Days(u64),
    /// The end of the year after the reply's (明年年底前).
    NextYearEnd,
}

/// A communication with the deputies, `{镇}` standing for the item's town.
struct Talk {
    method: Method,
    participants: &'static str,
    focus: &'static str,
    direction: &'static str,
    agreed: &'static str,
}

/// How a reply is disclosed.
#[derive(Clone, Copy)]
enum Public {
    Full,
    Summary(&'static str),
    Not(&'static str),
}

/// A reply as a unit writes it, `{镇}` standing for the item's town: its
/// class, text, the prefix and number of its 发文字号 (the year is the
/// reply's), its disclosure and the passages kept out of it, and a
/// commitment's promise (B and C). The signer is the unit's head; the
/// contact person and phone are drawn.
struct Answer {
    class: &'static str,
    text: &'static str,
    doc: (&'static str, u32),
    public: Public,
    private: &'static [&'static str],
    promise: Option<(&'static str, By)>,
}

/// A second item on the same matter, raised by another deputy of the
/// town, merged (并案) into the first at the committee office's review.
struct Merged {
    title: &'static str,
    basis: &'static str,
    ask: &'static str,
    measures: &'static str,
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
    /// Deputies of the town who co-signed it.
    cosigners: usize,
    /// An item merged into it.
    merged: Option<&'static Merged>,
    assigned: Assigned,
    units: Units,
    acts: &'static [(On, Act)],
}

/// The demo's assigned items, one for each point of the warning board:
/// red, yellow twice (its deadline near, with a co-unit's opinion in time
/// and another's late; a unit not signed for it past its return window),
/// and green ones just assigned, signed for, returned and reassigned,
/// with a return refused, and in 分办 with three units; and one for each
/// point of handling with the deputy (三办): communicated, planned with
/// progress reported, extended by the office, replied in each class A, B,
/// C and D (some letters delivered, replies disclosed in full, in summary
/// or not public), and one with another item merged into it, answered to
/// its two leads; and one for each point of the life after the reply:
/// feedback from the deputies (满意, 基本满意, one still awaited), a second
/// handling (B, 不满意, the meeting, A, 满意), a commitment realised, one
/// carried into this year (answered last year, so its December is past
/// whatever the day), and one without feedback in time, closed. Those of
/// 城关镇 are raised by deputies serving at its station, which sees which
/// units handle them. The other accepted items wait for assignment.
const HANDLED: [Handled; 19] = [
    // Red: assigned four months ago, its three months long past.
    Handled {
        topic: "饮水水压不足",
        town: 0,
        cosigners: 0,
        merged: None,
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
        cosigners: 0,
        merged: None,
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
        cosigners: 0,
        merged: None,
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
        cosigners: 0,
        merged: None,
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
        cosigners: 0,
        merged: None,
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
        cosigners: 0,
        merged: None,
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
    // Not signed for yet, within the return window.
    Handled {
        topic: "残疾人康复",
        town: 4,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(4),
        units: Units::Joint("县残疾人联合会", &["县卫生健康委员会"]),
        acts: &[],
    },
    // Just assigned, not signed for yet.
    Handled {
        topic: "中心小学门前",
        town: 0,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(1),
        units: Units::Joint("县公安局", &["县教育体育局"]),
        acts: &[],
    }, // 三办: communicated before handling, on a site visit.
    Handled {
        topic: "特色种植",
        town: 2,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(14),
        units: Units::Joint("县农业农村局", &["县商务局"]),
        acts: &[
            (On::After(1), Act::SignFor("县农业农村局")),
            (On::After(2), Act::SignFor("县商务局")),
            (
                On::Ago(5),
                Act::Communicate(
                    "县农业农村局",
                    &Talk {
                        method: Method::SiteVisit,
                        participants: "县农业农村局副局长、产业发展股股长，{镇}分管副乡长，种植大户代表二人",
                        focus: "产地冷链仓储设施的选址和规模，引进加工企业、推行订单种植的可行性",
                        direction: "结合农产品产地冷藏保鲜设施建设项目补齐仓储短板，以龙头企业带动订单种植",
                        agreed: "县农业农村局牵头申报产地冷藏保鲜设施项目，三个月内完成选址论证；县商务局对接电商平台，组织两期电商培训；每月向代表通报一次进展",
                    },
                ),
            ),
        ],
    },
    // Planned, with progress reported and the co-unit's opinion in time.
    Handled {
        topic: "寄宿制学校",
        town: 3,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(55),
        units: Units::Joint("县教育体育局", &["县财政局"]),
        acts: &[
            (On::After(1), Act::SignFor("县教育体育局")),
            (On::After(2), Act::SignFor("县财政局")),
            (
                On::After(4),
                Act::Communicate(
                    "县教育体育局",
                    &Talk {
                        method: Method::Meeting,
                        participants: "县教育体育局局长、计划财务股股长，{镇}初级中学校长",
                        focus: "学生宿舍拥挤、冬季无供暖、淋浴设施不足三个问题的轻重缓急",
                        direction: "列入义务教育薄弱环节改善项目，先解决供暖和淋浴，再改造宿舍",
                        agreed: "先安装供暖设施、建设淋浴间，再分期改造学生宿舍；施工方案征求代表和家长意见；配齐生活老师",
                    },
                ),
            ),
            (
                On::After(7),
                Act::SetPlan(
                    "县教育体育局",
                    &[
                        ("完成供暖设施和淋浴间建设方案设计及预算评审", 20),
                        ("完成供暖设备采购安装并试运行，淋浴间投入使用", 60),
                        ("完成学生宿舍改造，配齐生活老师", 240),
                    ],
                ),
            ),
            (
                On::After(18),
                Act::SendOpinion(
                    "县财政局",
                    "改造资金可从义务教育薄弱环节改善与能力提升补助资金中统筹安排，不足部分列入明年县级预算。",
                ),
            ),
            (
                On::After(26),
                Act::ReportProgress(
                    "县教育体育局",
                    "供暖设施和淋浴间建设方案已完成设计，预算经县财政投资评审中心评审通过，正在办理政府采购手续。",
                ),
            ),
            (
                On::Ago(6),
                Act::ReportProgress(
                    "县教育体育局",
                    "供暖设备已进场安装，预计两周内试运行；淋浴间主体已完工；宿舍改造已列入明年薄弱学校改造计划。",
                ),
            ),
        ],
    },
    // Extended: its three months would have passed; the office approved
    // five, with the unit's reason shown to the deputy.
    Handled {
        topic: "养殖污染",
        town: 6,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(105),
        units: Units::Joint("市生态环境局示范县分局", &["县农业农村局"]),
        acts: &[
            (On::After(1), Act::SignFor("市生态环境局示范县分局")),
            (On::After(2), Act::SignFor("县农业农村局")),
            (
                On::After(6),
                Act::Communicate(
                    "市生态环境局示范县分局",
                    &Talk {
                        method: Method::Forum,
                        participants: "市生态环境局示范县分局副局长，县农业农村局畜牧股股长，{镇}分管副镇长，养殖户代表三人",
                        focus: "规模养殖场粪污外溢的点位和整改时限",
                        direction: "先排查、限期整改，再推广粪污资源化利用",
                        agreed: "一个月内完成全镇规模养殖场排查，对不达标的下达限期整改通知；粪污处理设备补贴纳入畜禽粪污资源化利用项目",
                    },
                ),
            ),
            (
                On::After(10),
                Act::SetPlan(
                    "市生态环境局示范县分局",
                    &[
                        ("完成全镇规模养殖场粪污处理设施排查，建立问题台账", 25),
                        ("对不达标养殖场下达限期整改通知并逐一复查", 70),
                        ("申报畜禽粪污资源化利用项目，落实设备补贴", 130),
                    ],
                ),
            ),
            (
                On::After(24),
                Act::SendOpinion(
                    "县农业农村局",
                    "我局将{镇}纳入畜禽粪污资源化利用整县推进项目，对配套粪污处理设备的养殖场按规定给予补贴，并指导粪污还田利用。",
                ),
            ),
            (
                On::After(35),
                Act::ReportProgress(
                    "市生态环境局示范县分局",
                    "已完成全镇27家规模养殖场排查，其中9家粪污处理设施不完善，已全部下达限期整改通知。",
                ),
            ),
            (
                On::After(78),
                Act::AskExtension(
                    "市生态环境局示范县分局",
                    "9家养殖场的储粪棚和污水收集池改造需待畜禽粪污资源化利用项目补贴资金下达后实施，整改完成并复查合格后方能答复。",
                ),
            ),
            (
                On::After(81),
                Act::ApproveExtension(
                    "市生态环境局示范县分局",
                    "同意延期。请按计划推进整改，每月向代表通报一次进展。",
                ),
            ),
            (
                On::Ago(9),
                Act::ReportProgress(
                    "市生态环境局示范县分局",
                    "9家养殖场中已有6家完成整改并通过复查，其余3家正在建设储粪棚和污水收集池。",
                ),
            ),
        ],
    },
    // Replied, A: solved. Co-signed; the co-unit countersigned the draft;
    // the letters delivered, the reply disclosed without a private passage.
    Handled {
        topic: "垃圾收运",
        town: 0,
        cosigners: 2,
        merged: None,
        assigned: Assigned::Ago(75),
        units: Units::Joint("县城市管理局", &["{镇}人民政府"]),
        acts: &[
            (On::After(1), Act::SignFor("县城市管理局")),
            (On::After(1), Act::SignFor("{镇}人民政府")),
            (
                On::After(5),
                Act::Communicate(
                    "县城市管理局",
                    &Talk {
                        method: Method::Meeting,
                        participants: "县城市管理局副局长、环境卫生管理所所长，{镇}分管副镇长",
                        focus: "收集点不足的村组、破损垃圾桶和清运频次",
                        direction: "按服务半径补设收集点，提高清运频次，纳入人居环境考核",
                        agreed: "一个月内完成收集点补设和破损垃圾桶更换；夏季每日清运、其他季节隔日清运；清运情况纳入乡镇人居环境考核",
                    },
                ),
            ),
            (
                On::After(14),
                Act::SendOpinion(
                    "{镇}人民政府",
                    "镇政府负责协调收集点用地，并将各村保洁员纳入清运巡查，发现满溢及时报告。",
                ),
            ),
            (
                On::After(30),
                Act::ReportProgress(
                    "县城市管理局",
                    "已在{镇}12个村组补设垃圾收集点42个，更换破损垃圾桶320只。",
                ),
            ),
            (
                On::After(50),
                Act::AskCountersign(
                    "县城市管理局",
                    "{镇}人民政府",
                    "关于完善{镇}生活垃圾收运设施建议的答复（送审稿）",
                ),
            ),
            (
                On::After(52),
                Act::Countersign("{镇}人民政府", "同意，无补充意见。"),
            ),
            (
                On::After(55),
                Act::Reply(
                    "县城市管理局",
                    &Answer {
                        class: "A",
                        text: "该建议对改善农村人居环境很有意义。收到建议后，我局会同{镇}人民政府逐村核查了垃圾收集点设置和清运情况。一是按照服务半径不超过300米的要求，在{镇}12个村组补设垃圾收集点42个，更换破损垃圾桶320只；二是调整清运安排，夏季每日清运一次、其他季节隔日清运一次，由镇环卫所建立清运台账；三是将垃圾清运情况纳入乡镇人居环境整治月度考核，考核结果每月通报。目前所提问题已经解决。今后如发现清运不及时，可拨打12319城市管理服务热线反映，也可联系镇环卫所值班手机15800002468。感谢您对城市管理工作的关心和支持。",
                        doc: ("示城管函", 23),
                        public: Public::Full,
                        private: &["也可联系镇环卫所值班手机15800002468。"],
                        promise: None,
                    },
                ),
            ),
            (
                On::After(57),
                Act::Deliver("县城市管理局", Delivery::InPerson),
            ),
            (
                On::After(60),
                Act::Disclose("县城市管理局", "县城市管理局网站政务公开栏目"),
            ),
            (
                On::After(62),
                Act::Feedback(
                    "县城市管理局",
                    Proposer::Lead(0),
                    &Rated {
                        form: Form::Paper,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::Satisfied,
                        comment: "收集点补齐、清运及时后，村里环境明显好转，群众反映很好。",
                    },
                ),
            ),
            (
                On::After(63),
                Act::Feedback(
                    "县城市管理局",
                    Proposer::Cosigner(0),
                    &Rated {
                        form: Form::InPerson,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::BasicallySatisfied,
                        comment: "个别偏远村组收集点仍偏少，希望继续补设。",
                    },
                ),
            ),
        ],
    },
    // Replied, B: in the plan, days ago; published in summary when it is
    // disclosed, its letter not delivered yet.
    Handled {
        topic: "老旧小区改造",
        town: 1,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(70),
        units: Units::Joint("县住房和城乡建设局", &["{镇}人民政府"]),
        acts: &[
            (On::After(1), Act::SignFor("县住房和城乡建设局")),
            (On::After(2), Act::SignFor("{镇}人民政府")),
            (
                On::After(5),
                Act::Communicate(
                    "县住房和城乡建设局",
                    &Talk {
                        method: Method::SiteVisit,
                        participants: "县住房和城乡建设局副局长、城建股股长，{镇}分管副镇长，小区居民代表",
                        focus: "各小区管网、楼道和物业管理中最突出的问题",
                        direction: "按基础类、完善类、提升类分类改造，先改管网",
                        agreed: "摸清全部老旧小区底数，按轻重缓急分两批列入改造计划；改造方案入户征求居民意见",
                    },
                ),
            ),
            (
                On::After(8),
                Act::SetPlan(
                    "县住房和城乡建设局",
                    &[
                        ("完成{镇}老旧小区摸底调查，建立改造项目库", 30),
                        ("编制第一批小区改造方案并入户征求居民意见", 90),
                        ("第一批小区开工改造", 200),
                    ],
                ),
            ),
            (
                On::After(16),
                Act::SendOpinion(
                    "{镇}人民政府",
                    "镇政府负责组织入户调查和居民意见征集，改造后指导成立业主委员会或居民自治小组。",
                ),
            ),
            (
                On::After(35),
                Act::ReportProgress(
                    "县住房和城乡建设局",
                    "已完成{镇}14个老旧小区摸底，其中6个小区管网老化严重，列为第一批改造对象。",
                ),
            ),
            (
                On::Ago(4),
                Act::Reply(
                    "县住房和城乡建设局",
                    &Answer {
                        class: "B",
                        text: "经调查，{镇}现有建成于2000年以前的老旧小区14个，普遍存在管网老化、楼道破损、无物业管理等问题。我局已将其中管网老化最严重的6个小区列入明年城镇老旧小区改造计划，以更换供排水管网、修缮楼道和增设路灯为主，计划于明年年底前完工；其余8个小区列入后年改造计划。改造方案将入户征求居民意见，改造后由{镇}人民政府指导成立业主委员会或居民自治小组，落实长效管理。我局将每季度向您通报一次进展。",
                        doc: ("示建函", 41),
                        public: Public::Summary(
                            "{镇}6个老旧小区列入明年改造计划，明年年底前完工；其余8个小区列入后年改造计划。",
                        ),
                        private: &[],
                        promise: Some(("{镇}管网老化最严重的6个老旧小区完成改造", By::NextYearEnd)),
                    },
                ),
            ),
        ],
    },
    // Replied, C: waits for conditions; not public, with the reason; the
    // letter delivered by post.
    Handled {
        topic: "传统村落",
        town: 5,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(85),
        units: Units::Joint("县文化广电和旅游局", &["县住房和城乡建设局"]),
        acts: &[
            (On::After(1), Act::SignFor("县文化广电和旅游局")),
            (On::After(2), Act::SignFor("县住房和城乡建设局")),
            (
                On::After(4),
                Act::Communicate(
                    "县文化广电和旅游局",
                    &Talk {
                        method: Method::Forum,
                        participants: "县文化广电和旅游局副局长、文物股股长，县住房和城乡建设局村镇股股长，{镇}党委委员，村民代表",
                        focus: "濒危老宅修缮的资金来源和保护规划的编制主体",
                        direction: "先申报省级传统村落、争取保护资金，再推进文旅开发",
                        agreed: "年内完成省级传统村落申报材料；对三处濒危老宅先行排险加固",
                    },
                ),
            ),
            (
                On::After(20),
                Act::SendOpinion(
                    "县住房和城乡建设局",
                    "传统村落保护利用规划可结合村庄规划一并编制，我局负责技术指导和传统建筑修缮的质量监督。",
                ),
            ),
            (
                On::After(40),
                Act::ReportProgress(
                    "县文化广电和旅游局",
                    "三处濒危老宅已完成排险加固，省级传统村落申报材料正在编制。",
                ),
            ),
            (
                On::After(70),
                Act::Reply(
                    "县文化广电和旅游局",
                    &Answer {
                        class: "C",
                        text: "{镇}明清民居群具有较高的历史文化价值。经与您座谈并实地查看，我局已对三处濒危老宅完成排险加固。编制传统村落保护利用规划、开展整体修缮，需列入省级传统村落名录后方可申请中央和省级保护资金，县级财力目前难以单独承担，待申报成功、资金落实后逐步实施；研学和乡村旅游线路开发需在修缮完成后统筹推进。我局将继续做好申报工作，并及时向您通报结果。",
                        doc: ("示文旅函", 9),
                        public: Public::Not(
                            "答复涉及尚在申报中的省级传统村落名录材料和村民房屋产权情况，暂不公开。",
                        ),
                        private: &[],
                        promise: Some((
                            "完成{镇}省级传统村落申报，保护资金落实后编制保护利用规划并启动整体修缮",
                            By::NextYearEnd,
                        )),
                    },
                ),
            ),
            (
                On::After(73),
                Act::Deliver("县文化广电和旅游局", Delivery::Post),
            ),
            (
                On::After(78),
                Act::Feedback(
                    "县文化广电和旅游局",
                    Proposer::Lead(0),
                    &Rated {
                        form: Form::Paper,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::BasicallySatisfied,
                        comment: "濒危老宅排险及时，希望抓紧省级传统村落申报，争取早日启动修缮。",
                    },
                ),
            ),
        ],
    },
    // Replied, D: not solvable under the law as asked, kept for reference;
    // delivered through the station, disclosed in full. Replied 55 days
    // ago, the deputy gave no feedback within the 20 working days; the
    // office closed it (办结) after the window.
    Handled {
        topic: "营商环境",
        town: 7,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(95),
        units: Units::Joint("县市场监督管理局", &[]),
        acts: &[
            (On::After(2), Act::SignFor("县市场监督管理局")),
            (
                On::After(6),
                Act::Communicate(
                    "县市场监督管理局",
                    &Talk {
                        method: Method::Phone,
                        participants: "县市场监督管理局副局长、登记注册股股长",
                        focus: "群众和个体工商户需多次往返县城办理的证照事项",
                        direction: "能下放的下放，依法不能下放的实行帮办代办和网上办理",
                        agreed: "梳理可下放事项清单；对依法须在县级办理的事项，在{镇}便民服务中心设帮办代办窗口",
                    },
                ),
            ),
            (
                On::After(40),
                Act::Reply(
                    "县市场监督管理局",
                    &Answer {
                        class: "D",
                        text: "经梳理，您提出的个体工商户登记已委托{镇}便民服务中心办理。食品经营许可、特种设备使用登记等事项，依照《中华人民共和国食品安全法》《中华人民共和国特种设备安全法》等法律规定，须由县级市场监督管理部门审查办理，不能下放乡镇。为减少群众往返，我局已在{镇}便民服务中心设立帮办代办窗口，群众可就近提交材料，由窗口人员代为办理并邮寄证照，也可通过网上办理。您的建议我们将留作今后深化改革的工作参考。",
                        doc: ("示市监函", 17),
                        public: Public::Full,
                        private: &[],
                        promise: None,
                    },
                ),
            ),
            (
                On::After(43),
                Act::Deliver("县市场监督管理局", Delivery::Station),
            ),
            (
                On::After(45),
                Act::Disclose(
                    "县市场监督管理局",
                    "示范县人民政府网站建议提案办理结果公开专栏",
                ),
            ),
            (On::Ago(5), Act::Close),
        ],
    },
    // 并案: another deputy's item merged into it at the committee office's
    // review; the unit talked with both leads and answered each on the
    // item they raised, through the station.
    Handled {
        topic: "村卫生室建设",
        town: 0,
        cosigners: 0,
        merged: Some(&Merged {
            title: "关于解决{镇}乡村医生后继乏人问题的建议",
            basis: "{镇}现有乡村医生四十余人，平均年龄超过五十五岁，近五年仅新增两人，部分村卫生室只有一名年过六旬的医生坚守，一旦退休将无人接续，群众对就近看病的担忧较大。",
            ask: "加大{镇}乡村医生培养和引进力度，稳定乡村医生队伍。",
            measures: "一是实施乡村医生定向培养，学成后回村服务；二是落实乡村医生基本养老保险补助；三是提高村卫生室运行经费补助标准。",
        }),
        assigned: Assigned::Ago(65),
        units: Units::Joint("县卫生健康委员会", &["{镇}人民政府"]),
        acts: &[
            (On::After(1), Act::SignFor("县卫生健康委员会")),
            (On::After(2), Act::SignFor("{镇}人民政府")),
            (
                On::After(5),
                Act::Communicate(
                    "县卫生健康委员会",
                    &Talk {
                        method: Method::Forum,
                        participants: "县卫生健康委员会副主任、基层卫生健康股股长，{镇}分管副镇长，乡村医生代表",
                        focus: "村卫生室用房和药品配备，乡村医生队伍的接续",
                        direction: "两件建议并案办理：用房按标准化建设推进，队伍以定向培养和待遇保障稳定",
                        agreed: "未达标村卫生室用房改造分两年实施；每年为{镇}定向培养乡村医生两名；乡村医生养老保险补助按规定落实",
                    },
                ),
            ),
            (
                On::After(15),
                Act::SendOpinion(
                    "{镇}人民政府",
                    "镇政府负责协调村卫生室改造用地，并将乡村医生养老保险补助的镇级配套列入预算。",
                ),
            ),
            (
                On::After(50),
                Act::Reply(
                    "县卫生健康委员会",
                    &Answer {
                        class: "B",
                        text: "您的建议与{镇}另一位代表提出的建议内容相关，经县人大常委会代表工作委员会并案，由我委会同{镇}人民政府办理，现就村卫生室建设和乡村医生队伍建设一并答复。一是将{镇}8个未达标村卫生室的用房改造列入两年标准化建设计划，第一批4个于明年年底前完工，同步扩大基本药物配备种类；二是实施乡村医生定向培养计划，每年为{镇}定向培养2名，毕业后回村服务不少于6年；三是乡村医生基本养老保险补助已列入县级预算，由{镇}人民政府按季度发放。以上事项正在推进，我委将每季度向您通报一次进展。",
                        doc: ("示卫健函", 33),
                        public: Public::Full,
                        private: &[],
                        promise: Some(("{镇}第一批4个未达标村卫生室完成用房改造", By::NextYearEnd)),
                    },
                ),
            ),
            (
                On::After(52),
                Act::Deliver("县卫生健康委员会", Delivery::Station),
            ),
            (
                On::After(55),
                Act::Disclose(
                    "县卫生健康委员会",
                    "示范县人民政府网站建议提案办理结果公开专栏",
                ),
            ),
            (
                On::After(58),
                Act::Feedback(
                    "县卫生健康委员会",
                    Proposer::Lead(0),
                    &Rated {
                        form: Form::InPerson,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::Satisfied,
                        comment: "",
                    },
                ),
            ),
            (
                On::After(60),
                Act::Feedback(
                    "县卫生健康委员会",
                    Proposer::Lead(1),
                    &Rated {
                        form: Form::Paper,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::BasicallySatisfied,
                        comment: "定向培养的乡村医生要确保回得来、留得住，建议同步落实周转住房。",
                    },
                ),
            ),
        ],
    },
    // Replied, B, and realised: the unit's promise (a DR by three months
    // after the reply) marked done a month ago; the lead basically
    // satisfied.
    Handled {
        topic: "卫生院诊疗能力",
        town: 4,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(150),
        units: Units::Joint("县卫生健康委员会", &[]),
        acts: &[
            (On::After(2), Act::SignFor("县卫生健康委员会")),
            (
                On::After(6),
                Act::Communicate(
                    "县卫生健康委员会",
                    &Talk {
                        method: Method::Meeting,
                        participants: "县卫生健康委员会副主任、医政医管股股长，县人民医院副院长，{镇}卫生院院长",
                        focus: "卫生院影像设备的配置和专科医生短缺",
                        direction: "影像设备列入县级采购计划，专科医生由县人民医院派驻",
                        agreed: "数字化X线摄影系统（DR）列入今年县级医疗设备采购计划；县人民医院每周派内科、儿科医生到{镇}卫生院坐诊两天",
                    },
                ),
            ),
            (
                On::After(45),
                Act::Reply(
                    "县卫生健康委员会",
                    &Answer {
                        class: "B",
                        text: "收到建议后，我委会同县人民医院到{镇}卫生院实地调研。一是已将{镇}卫生院数字化X线摄影系统（DR）列入今年县级医疗设备采购计划，三个月内完成采购安装并投入使用；二是自本月起，县人民医院每周派内科、儿科医生各一名到{镇}卫生院坐诊两天，并开通远程会诊；三是落实基层医务人员绩效工资倾斜政策，今年为{镇}卫生院招聘医学类毕业生两名。设备采购安装进展我委将及时向您通报。",
                        doc: ("示卫健函", 12),
                        public: Public::Full,
                        private: &[],
                        promise: Some((
                            "为{镇}卫生院配置数字化X线摄影系统（DR）并投入使用",
                            By::Days(90),
                        )),
                    },
                ),
            ),
            (
                On::After(47),
                Act::Deliver("县卫生健康委员会", Delivery::InPerson),
            ),
            (
                On::After(50),
                Act::Disclose(
                    "县卫生健康委员会",
                    "示范县人民政府网站建议提案办理结果公开专栏",
                ),
            ),
            (
                On::After(55),
                Act::Feedback(
                    "县卫生健康委员会",
                    Proposer::Lead(0),
                    &Rated {
                        form: Form::Paper,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::BasicallySatisfied,
                        comment: "专科医生坐诊已经落实，希望DR设备尽快安装到位。",
                    },
                ),
            ),
            (
                On::After(100),
                Act::ReportProgress(
                    "县卫生健康委员会",
                    "{镇}卫生院DR设备已完成政府采购，正在安装调试。",
                ),
            ),
            (
                On::After(120),
                Act::Realised(
                    "县卫生健康委员会",
                    "{镇}卫生院数字化X线摄影系统（DR）已安装调试完毕，经县卫生健康委员会组织验收合格后投入使用，至今已为群众拍片检查300余人次。",
                ),
            ),
        ],
    },
    // 二次办理: answered B, its lead 不满意 on the result, which sent it
    // back; the meeting on it, a new reply A within the second handling's
    // month, and the lead's new feedback 满意.
    Handled {
        topic: "互助养老",
        town: 6,
        cosigners: 0,
        merged: None,
        assigned: Assigned::Ago(130),
        units: Units::Joint("县民政局", &["{镇}人民政府"]),
        acts: &[
            (On::After(1), Act::SignFor("县民政局")),
            (On::After(2), Act::SignFor("{镇}人民政府")),
            (
                On::After(6),
                Act::Communicate(
                    "县民政局",
                    &Talk {
                        method: Method::SiteVisit,
                        participants: "县民政局副局长、养老服务股股长，{镇}分管副镇长，村民代表",
                        focus: "留守老人吃饭难、照料难的村组分布，闲置村部和校舍可否利用",
                        direction: "利用闲置村部、校舍改建互助养老服务点，提供助餐和日间照料",
                        agreed: "县民政局牵头摸清全镇留守老人和闲置房屋底数，一个月内提出服务点选址方案；镇政府负责协调房屋和运营人员",
                    },
                ),
            ),
            (
                On::After(20),
                Act::SendOpinion(
                    "{镇}人民政府",
                    "镇政府已摸排可利用的闲置村部和校舍五处，负责协调改建用房，并组织村级志愿者参与助餐服务。",
                ),
            ),
            (
                On::After(40),
                Act::Reply(
                    "县民政局",
                    &Answer {
                        class: "B",
                        text: "经摸底，{镇}共有留守老人620余人，可利用的闲置村部和校舍五处。我局已将{镇}农村互助养老服务点建设纳入明年全县农村养老服务设施建设计划，明年分两批在五个村建设互助养老服务点，提供助餐、日间照料服务，建设补贴由县级养老服务体系建设资金安排。建设进展我局将及时向您通报。",
                        doc: ("示民函", 27),
                        public: Public::Full,
                        private: &[],
                        promise: Some((
                            "明年在{镇}五个村建成农村互助养老服务点，提供助餐和日间照料服务",
                            By::NextYearEnd,
                        )),
                    },
                ),
            ),
            (On::After(42), Act::Deliver("县民政局", Delivery::Post)),
            (
                On::After(45),
                Act::Disclose("县民政局", "示范县人民政府网站建议提案办理结果公开专栏"),
            ),
            (
                On::After(50),
                Act::Feedback(
                    "县民政局",
                    Proposer::Lead(0),
                    &Rated {
                        form: Form::InPerson,
                        communication: Rating::BasicallySatisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::Dissatisfied,
                        comment: "留守老人吃饭难是眼下的问题，答复只把服务点建设列入明年计划，今冬没有可以落实的措施，对办理结果不满意，请求重新办理。",
                    },
                ),
            ),
            (
                On::After(56),
                Act::Meeting(
                    "县民政局",
                    "县人大常委会代表工作委员会副主任，县民政局局长、养老服务股股长，{镇}镇长，领衔代表，村民代表三人",
                    "利用{镇}敬老院富余用房和已腾空的两处村部先行开办老年助餐点，一个月内开餐；服务点运营补贴提前到今年拨付；其余村部的改建仍按计划实施",
                ),
            ),
            (
                On::After(66),
                Act::ReportProgress(
                    "县民政局",
                    "{镇}敬老院和两处村部的助餐点已完成厨房改造，招募村级志愿者18名。",
                ),
            ),
            (
                On::After(75),
                Act::Reply(
                    "县民政局",
                    &Answer {
                        class: "A",
                        text: "按照二次办理座谈商定的方案，我局会同{镇}人民政府利用{镇}敬老院富余用房和两处已腾空的村部，开办老年助餐点3个，已于本月开餐，每日为85名留守老人提供午餐，其中80岁以上和特困老人免费，其他老人每餐个人负担3元；助餐点同时提供日间休息和文体活动场所，由敬老院工作人员和村级志愿者值守。助餐点运营补贴已从今年县级养老服务体系建设资金中拨付。所提留守老人吃饭难问题已经解决；原答复承诺的五个村互助养老服务点仍按计划于明年建成。",
                        doc: ("示民函", 41),
                        public: Public::Full,
                        private: &[],
                        promise: None,
                    },
                ),
            ),
            (On::After(77), Act::Deliver("县民政局", Delivery::InPerson)),
            (
                On::After(80),
                Act::Disclose("县民政局", "示范县人民政府网站建议提案办理结果公开专栏"),
            ),
            (
                On::After(85),
                Act::Feedback(
                    "县民政局",
                    Proposer::Lead(0),
                    &Rated {
                        form: Form::Paper,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::Satisfied,
                        comment: "助餐点已经开餐，留守老人吃上了热饭，群众很满意。",
                    },
                ),
            ),
        ],
    },
    // 结转: raised and answered B last year, the promise due by the end of
    // this year; in December the directors' meeting approved its step plan
    // and the office carried it into this year's follow-up list.
    Handled {
        topic: "高标准农田",
        town: 7,
        cosigners: 0,
        merged: None,
        assigned: Assigned::LastYear(8, 20),
        units: Units::Joint("县农业农村局", &[]),
        acts: &[
            (On::After(2), Act::SignFor("县农业农村局")),
            (
                On::After(7),
                Act::Communicate(
                    "县农业农村局",
                    &Talk {
                        method: Method::Phone,
                        participants: "县农业农村局副局长、农田建设管理股股长",
                        focus: "未改造耕地的分布，机井、渠系和田间道路的现状",
                        direction: "纳入高标准农田建设项目库，统筹整合涉农资金建设",
                        agreed: "一个月内完成{镇}耕地现状摸底；符合条件的地块全部纳入明年项目库；建后管护由村集体经济组织负责",
                    },
                ),
            ),
            (
                On::After(35),
                Act::ReportProgress(
                    "县农业农村局",
                    "已完成{镇}耕地现状摸底，未改造耕地1.2万亩，其中灌溉设施老化的8000亩列为优先改造地块。",
                ),
            ),
            (
                On::After(60),
                Act::Reply(
                    "县农业农村局",
                    &Answer {
                        class: "B",
                        text: "经摸底，{镇}现有未改造耕地1.2万亩，主要问题是机井老化、渠系不配套、田间道路不通。我局已将这1.2万亩耕地全部纳入全县高标准农田建设项目库，列入明年建设计划，计划新打和修复机井60眼、衬砌渠道15公里、硬化田间道路20公里，资金由中央和省级补助资金与县级整合的涉农资金共同保障，明年年底前建成；建成后由村集体经济组织负责管护，管护经费列入县级预算。我局将按季度向您通报项目进展。",
                        doc: ("示农函", 56),
                        public: Public::Summary(
                            "{镇}1.2万亩未改造耕地已纳入明年高标准农田建设计划，明年年底前建成。",
                        ),
                        private: &[],
                        promise: Some(("{镇}1.2万亩未改造耕地建成高标准农田", By::NextYearEnd)),
                    },
                ),
            ),
            (
                On::After(62),
                Act::Deliver("县农业农村局", Delivery::Station),
            ),
            (
                On::After(65),
                Act::Disclose("县农业农村局", "县农业农村局网站政务公开栏目"),
            ),
            (
                On::After(70),
                Act::Feedback(
                    "县农业农村局",
                    Proposer::Lead(0),
                    &Rated {
                        form: Form::Paper,
                        communication: Rating::Satisfied,
                        attitude: Rating::Satisfied,
                        result: Rating::BasicallySatisfied,
                        comment: "希望开春前完成设计和招标，不误农时。",
                    },
                ),
            ),
            // December 18th: the year's last directors' meeting.
            (
                On::After(120),
                Act::CarryOver(
                    "县农业农村局",
                    &[
                        ("完成{镇}高标准农田项目初步设计和预算评审", 3, 31),
                        ("完成施工招标，机井和渠系工程开工", 5, 31),
                        ("完成田间道路硬化，项目竣工验收", 11, 30),
                    ],
                    "县人大常委会第三十二次主任会议",
                ),
            ),
        ],
    },
];

/// The topic (a part of its title) of the 城关镇 citizen's opinion the
/// demo traces to its result.
pub const TRACED_OPINION_TOPIC: &str = "垃圾收运";

/// The index in `TOPICS` of the topic whose title contains `part`.
fn topic_of(part: &str) -> usize {
    TOPICS
        .iter()
        .position(|t| t.title.contains(part))
        .expect("each assigned item names a demo topic")
}

/// Who does an act of the demo's handling, all keyed in at the committee
/// office: the office itself, a unit (from its paper), or a deputy (with
/// how the feedback came).
#[derive(Clone)]
enum Doer {
    Office,
    Unit(String),
    Deputy(String, Form),
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

/// Raises the items of `HANDLED` in recess, each by a deputy of its town
/// (some co-signed by others of the town), accepts them (in the order of
/// their dates, so their numbers follow), merges into one of them another
/// deputy's item on the same matter, assigns them and keys in what their
/// units and the office did, in the order of the business dates: the
/// assignments of one day are one batch (a 交办会), the units' acts keyed
/// in from paper at the committee office, their replies signed by the
/// unit's head and naming a contact person of `staff`; the deputies'
/// feedback keyed in from the paper form or given in person, each for
/// the deputy. Dates relative to `today`, as the office's settings compute
/// the deadlines, so the warning colours hold whatever the day.
fn handled(
    r: &mut Runner,
    rng: &mut SplitMix,
    today: NaiveDate,
    deputies: &[(DeputyId, String, &str)],
    opinions: &[(OpinionId, usize, &str)],
    staff: &mut Staff,
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
        Assigned::LastYear(m, d) => {
            NaiveDate::from_ymd_opt(today.year() - 1, m, d).unwrap_or_else(|| days_before(400))
        }
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
        let as_deputy = |name: &str| Actor {
            operator: "示范数据".into(),
            acting_for: Some(name.to_string()),
            desk: Desk::Deputy,
            how: How::PaperKeyedIn,
        };
        r.actor = as_deputy(name);
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
            r.run_on(RaisingCommand::CreateDraft(draft.clone()), drafted),
        ))
        .expect("CreateDraft makes DraftCreated");
        // Co-signed on paper by other deputies of the town.
        let mut signers: Vec<&(DeputyId, String, &str)> = Vec::new();
        while signers.len() < h.cosigners {
            let d = *rng.pick(&of_town);
            if d.0 != *deputy && !signers.iter().any(|s| s.0 == d.0) {
                signers.push(d);
            }
        }
        if !signers.is_empty() {
            valid(r.run_on(
                RaisingCommand::NameCosigners {
                    id,
                    deputies: signers.iter().map(|s| s.0).collect(),
                },
                drafted,
            ));
            for (d, signer, _) in &signers {
                r.actor = as_deputy(signer);
                valid(r.run_on(
                    RaisingCommand::ConfirmCosign {
                        id,
                        deputy: *d,
                        how: How::PaperKeyedIn,
                    },
                    drafted,
                ));
            }
            r.actor = as_deputy(name);
        }
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
        // Another deputy of the town raised the same matter: the committee
        // office merges it into the accepted item at its review (并案).
        if let Some(m) = h.merged {
            let (other, other_name, _) = loop {
                let d = *rng.pick(&of_town);
                if d.0 != *deputy && !signers.iter().any(|s| s.0 == d.0) {
                    break d;
                }
            };
            r.actor = as_deputy(other_name);
            let raised = drafted + Days::new(2);
            let merged = jianyi_core::decide::created_suggestion(&valid(r.run_on(
                RaisingCommand::CreateDraft(Draft {
                    title: fill(m.title, town),
                    basis: fill(m.basis, town),
                    ask: fill(m.ask, town),
                    measures: fill(m.measures, town),
                    lead_deputy: *other,
                    opinions: Vec::new(),
                    ..draft
                }),
                raised,
            )))
            .expect("CreateDraft makes DraftCreated");
            valid(r.run_on(ReviewCommand::SubmitDraft { id: merged }, raised));
            while let Stage::InReview(step) = r.state.stage(merged) {
                r.actor = at_desk(step.desk());
                let command = if step.is_final() {
                    ReviewCommand::Merge {
                        id: merged,
                        into: id,
                    }
                } else {
                    ReviewCommand::PassReview {
                        id: merged,
                        comment: "同意提交。".into(),
                    }
                };
                valid(r.run_on(command, accepted));
            }
        }
        items.push((id, town, assigned, h));
    }

    // The timeline: (date, the assignment first, who acts, command).
    let mut steps: Vec<(NaiveDate, u8, Doer, HandlingCommand)> = Vec::new();
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
            Doer::Office,
            HandlingCommand::Assign { item, handling },
        ));
        // Its proposers, the leads (its own and the merged item's) first:
        // the deputies a unit talks with and writes to.
        let proposers = r
            .state
            .proposers_marked(&r.state.raising.suggestions[&item]);
        let leads: Vec<DeputyId> = proposers
            .iter()
            .filter(|(_, role)| role.leads())
            .map(|(d, _)| *d)
            .collect();
        let cosigners: Vec<DeputyId> = proposers
            .iter()
            .filter(|(_, role)| !role.leads())
            .map(|(d, _)| *d)
            .collect();
        // An extension reaches five months from the assignment: later than
        // three months, within the six the office may grant.
        let extended = assigned
            .checked_add_months(Months::new(5))
            .unwrap_or(assigned);
        for (on, act) in h.acts {
            let on = match on {
                On::After(n) => plus(assigned, *n),
                On::Ago(n) => days_before(*n),
            }
            .min(today);
            let (doer, commands) = match *act {
                Act::SignFor(u) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::SignFor {
                        item,
                        unit: unit(r, u),
                    }],
                ),
                Act::AskReturn(u, reason) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::AskReturn {
                        item,
                        unit: unit(r, u),
                        reason: reason.into(),
                    }],
                ),
                Act::ApproveReturn(u, to, comment) => (
                    Doer::Office,
                    vec![HandlingCommand::ApproveReturn {
                        item,
                        unit: unit(r, u),
                        to: unit(r, to),
                        comment: comment.into(),
                    }],
                ),
                Act::RefuseReturn(u, reason) => (
                    Doer::Office,
                    vec![HandlingCommand::RefuseReturn {
                        item,
                        unit: unit(r, u),
                        reason: reason.into(),
                    }],
                ),
                Act::SendOpinion(u, text) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::SendOpinion {
                        item,
                        unit: unit(r, u),
                        text: fill(text, town),
                    }],
                ),
                Act::Communicate(u, talk) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::Communicate {
                        item,
                        unit: unit(r, u),
                        communication: Communication {
                            method: talk.method,
                            deputies: leads.clone(),
                            participants: fill(talk.participants, town),
                            focus: fill(talk.focus, town),
                            direction: fill(talk.direction, town),
                            agreed: fill(talk.agreed, town),
                        },
                    }],
                ),
                Act::SetPlan(u, plan) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::SetPlan {
                        item,
                        unit: unit(r, u),
                        steps: plan
                            .iter()
                            .map(|(what, n)| PlanStep {
                                what: fill(what, town),
                                by: plus(on, *n),
                            })
                            .collect(),
                    }],
                ),
                Act::ReportProgress(u, text) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::ReportProgress {
                        item,
                        unit: unit(r, u),
                        text: fill(text, town),
                    }],
                ),
                Act::AskCountersign(u, co, draft) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::AskCountersign {
                        item,
                        unit: unit(r, u),
                        co: unit(r, co),
                        draft: fill(draft, town),
                    }],
                ),
                Act::Countersign(u, comment) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::Countersign {
                        item,
                        unit: unit(r, u),
                        comment: comment.into(),
                    }],
                ),
                Act::AskExtension(u, reason) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::AskExtension {
                        item,
                        unit: unit(r, u),
                        until: extended,
                        reason: fill(reason, town),
                    }],
                ),
                Act::ApproveExtension(u, comment) => (
                    Doer::Office,
                    vec![HandlingCommand::ApproveExtension {
                        item,
                        unit: unit(r, u),
                        until: extended,
                        comment: comment.into(),
                    }],
                ),
                Act::Reply(u, answer) => {
                    let id = unit(r, u);
                    let (prefix, n) = answer.doc;
                    let fields = ReplyFields {
                        class: answer.class.into(),
                        text: fill(answer.text, town),
                        signer: r.state.directory.units[&id].head.clone(),
                        doc_number: format!("{prefix}〔{}〕{n}号", on.year()),
                        contact: staff.name(),
                        phone: staff.phone(),
                        disclosure: match answer.public {
                            Public::Full => Disclosure::Full,
                            Public::Summary(summary) => Disclosure::Summary {
                                summary: fill(summary, town),
                            },
                            Public::Not(reason) => Disclosure::NotPublic {
                                reason: reason.into(),
                            },
                        },
                        private_passages: answer.private.iter().map(|p| fill(p, town)).collect(),
                        promise: answer.promise.map(|(what, by)| Promise {
                            what: fill(what, town),
                            by: match by {
                                By::Days(n) => plus(on, n),
                                By::NextYearEnd => {
                                    NaiveDate::from_ymd_opt(on.year() + 1, 12, 31).unwrap_or(on)
                                }
                            },
                        }),
                    };
                    (
                        Doer::Unit(fill(u, town)),
                        vec![HandlingCommand::Reply {
                            item,
                            unit: id,
                            fields,
                        }],
                    )
                }
                Act::Deliver(u, how) => (
                    Doer::Unit(fill(u, town)),
                    proposers
                        .iter()
                        .map(|(deputy, _)| HandlingCommand::DeliverLetter {
                            item,
                            unit: unit(r, u),
                            deputy: *deputy,
                            how,
                        })
                        .collect(),
                ),
                Act::Disclose(u, place) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::Disclose {
                        item,
                        unit: unit(r, u),
                        place: place.into(),
                    }],
                ),
                Act::Feedback(u, who, rated) => {
                    let deputy = match who {
                        Proposer::Lead(i) => leads[i],
                        Proposer::Cosigner(i) => cosigners[i],
                    };
                    (
                        Doer::Deputy(r.state.deputy_name(deputy).to_string(), rated.form),
                        vec![HandlingCommand::GiveFeedback {
                            item,
                            unit: unit(r, u),
                            deputy,
                            feedback: Feedback {
                                communication: rated.communication,
                                attitude: rated.attitude,
                                result: rated.result,
                                comment: rated.comment.into(),
                            },
                        }],
                    )
                }
                Act::Meeting(u, participants, conclusions) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::RecordMeeting {
                        item,
                        unit: unit(r, u),
                        meeting: Meeting {
                            participants: fill(participants, town),
                            conclusions: fill(conclusions, town),
                        },
                    }],
                ),
                Act::Realised(u, evidence) => (
                    Doer::Unit(fill(u, town)),
                    vec![HandlingCommand::MarkRealised {
                        item,
                        unit: unit(r, u),
                        evidence: fill(evidence, town),
                    }],
                ),
                Act::CarryOver(u, plan, approval) => {
                    let year = on.year() + 1;
                    (
                        Doer::Office,
                        vec![HandlingCommand::CarryOver {
                            item,
                            unit: unit(r, u),
                            year,
                            steps: plan
                                .iter()
                                .map(|(what, m, d)| PlanStep {
                                    what: fill(what, town),
                                    by: NaiveDate::from_ymd_opt(year, *m, *d).unwrap_or(on),
                                })
                                .collect(),
                            approval: approval.into(),
                        }],
                    )
                }
                Act::Close => (Doer::Office, vec![HandlingCommand::Close { item }]),
            };
            for command in commands {
                steps.push((on, 1, doer.clone(), command));
            }
        }
    }
    steps.sort_by_key(|(on, rank, _, _)| (*on, *rank));
    let mut steps = steps.into_iter().peekable();
    while let Some((on, rank, doer, command)) = steps.next() {
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
        r.actor = match doer {
            Doer::Unit(unit) => Actor {
                operator: "示范数据".into(),
                acting_for: Some(unit),
                desk: Desk::CommitteeOffice,
                how: How::PaperKeyedIn,
            },
            // The deputy's own act: the paper form keyed in at the
            // committee office, or given at its PC in person.
            Doer::Deputy(name, form) => Actor {
                operator: "示范数据".into(),
                acting_for: Some(name),
                desk: match form {
                    Form::Paper => Desk::CommitteeOffice,
                    Form::InPerson => Desk::Deputy,
                },
                how: match form {
                    Form::Paper => How::PaperKeyedIn,
                    Form::InPerson => How::InPerson,
                },
            },
            Doer::Office => at_desk(Desk::CommitteeOffice),
        };
        valid(r.run_on(command, on));
    }
}

/// The demo county's events: office profile, two sessions, 17 stations,
/// 8 delegations of 5 deputies, 4 committee bodies, 37 units with their
/// heads, 9 leaders, 100 drafts at every stage up to acceptance, and 19
/// items raised in recess and assigned (`HANDLED`) with one more merged
/// into one of them, from `seed`, dated around `today`, stamped from
/// `now_ms`.
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
    // The directories were set up half a year ago, and before the June of
    // last year: before the earliest assigned item was raised.
    let setup_day = days_before(180)
        .min(NaiveDate::from_ymd_opt(today.year() - 1, 6, 1).unwrap_or_else(|| days_before(540)));

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
    // Each unit with its head (签发人), who signs its replies.
    let mut staff = Staff::new(seed);
    let township: Vec<(String, UnitKind)> = TOWNS
        .iter()
        .map(|town| (format!("{town}人民政府"), UnitKind::Township))
        .collect();
    let units = UNITS
        .iter()
        .map(|(name, kind)| (name.to_string(), *kind))
        .chain(township);
    for (name, kind) in units {
        ok(r.run_on(
            DirectoryCommand::AddUnit(UnitFields {
                head: staff.name(),
                ..UnitFields::new(&name, kind)
            }),
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
    // The first of 城关镇 is on its rubbish collection: the item drafted
    // from it was answered A and rated (a citizen's opinion traced to its
    // result); the second on its school gate, whose item was just
    // assigned; the others are drawn.
    let mut opinions: Vec<(OpinionId, usize, &str)> = Vec::new();
    for (i, town) in TOWNS.iter().enumerate() {
        for n in 0..3 {
            let mut topic = rng.below(TOPICS.len());
            let mut received_on = days_before(60 + rng.below(30) as u64);
            if i == 0 && n == 0 {
                topic = topic_of(TRACED_OPINION_TOPIC);
                received_on = days_before(100);
            }
            // The second, on the school gate: its item waits for 县公安局
            // (the after-reply journey follows it to its result).
            if i == 0 && n == 1 {
                topic = topic_of("中心小学门前");
                received_on = days_before(90);
            }
            let t = &TOPICS[topic];
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
        // elements, a negative-list keyword, an enumeration of asks. The
        // first five are one of each, whatever the seed; the rest at
        // random.
        let drawn = rng.below(100);
        let variant = [50, 5, 15, 20, 25].get(drafts).copied().unwrap_or(drawn);
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
        &mut staff,
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
    supervised(&mut r, today);
    surveyed(&mut r, today);
    appraised(&mut r, today);
    r.events
}

/// The rest of 三评: the lead deputies' graded reports on up to 18 items
/// replied three days ago or more,
/// the government's self-check report, 固始's October committee meeting
/// (two ballot groups for the units handling most items, one below the
/// meeting's line, with deliberation opinions, one carried out), the
/// congress's anonymous vote on the four organs, and a concluded
/// department review of the unit with most items with its drawn sample.
fn appraised(r: &mut Runner, today: NaiveDate) {
    use jianyi_core::directory::Organ;
    use jianyi_core::evaluation::{
        Ballots, EvaluationCommand, EvaluationEvent, Grade, GroupBallots, ItemNote, MeetingOpinion,
        MeetingRow, Subject, VoteRow,
    };
    let days_before = |n: u64| today.checked_sub_days(Days::new(n)).unwrap_or(today);
    // Graded reports on the items replied a month ago or more.
    let mut replied: Vec<(NaiveDate, SuggestionId)> = r
        .state
        .handling
        .assignments
        .keys()
        .filter_map(|i| {
            let f = jianyi_core::handling::facts(&r.state, *i, today)?;
            f.replied.filter(|d| *d <= days_before(3)).map(|d| (d, *i))
        })
        .collect();
    replied.sort();
    const GRADES: [Grade; 6] = [
        Grade::Excellent,
        Grade::Good,
        Grade::Excellent,
        Grade::Fair,
        Grade::Good,
        Grade::Poor,
    ];
    const WORDS: [&str; 4] = [
        "承办单位办前主动沟通，答复具体，措施已落实，群众认可。",
        "沟通及时，答复内容具体，部分措施仍在推进中。",
        "答复基本回应了建议，但落实进度偏慢，需加强跟踪。",
        "答复以解释为主，实际问题没有解决，建议二次办理。",
    ];
    for (n, (_, item)) in replied.iter().take(18).enumerate() {
        let grade = GRADES[n % GRADES.len()];
        let lead = r.state.raising.suggestions[item].draft.lead_deputy;
        r.actor = Actor {
            acting_for: Some(r.state.deputy_name(lead).to_string()),
            how: How::PaperKeyedIn,
            ..at_desk(Desk::Deputy)
        };
        let words = match grade {
            Grade::Excellent => WORDS[0],
            Grade::Good => WORDS[1],
            Grade::Fair => WORDS[2],
            Grade::Poor => WORDS[3],
        };
        valid(r.run_on(
            EvaluationCommand::ReportEvaluation {
                item: *item,
                deputy: lead,
                grade,
                text: words.into(),
            },
            days_before(2),
        ));
    }
    r.actor = at_desk(Desk::CommitteeOffice);
    let session = r.state.directory.sessions.keys().next().copied();
    valid(
        r.run_on(
            EvaluationCommand::ReportSelfCheck {
                session,
                subject: Subject::Organ(Organ::Government),
                text: "县人民政府对本次会议交办的代表建议逐件自查：已全部按期答复，\
                   A类（已解决）和B类（正在解决）占多数；对代表不满意的建议已组织二次办理。"
                    .into(),
            },
            days_before(40),
        ),
    );

    // The units answering for most items, most first.
    let mut counts: std::collections::BTreeMap<UnitId, usize> = Default::default();
    for a in r.state.handling.assignments.values() {
        for t in a.current().filter(|t| t.role.replies()) {
            *counts.entry(t.unit).or_default() += 1;
        }
    }
    let mut busiest: Vec<(usize, UnitId)> = counts.into_iter().map(|(u, n)| (n, u)).collect();
    busiest.sort_by(|a, b| b.cmp(a));
    let units: Vec<UnitId> = busiest.iter().take(6).map(|(_, u)| *u).collect();
    let counts = |s, b, d| {
        GroupBallots::Counts(Ballots {
            satisfied: s,
            basically: b,
            dissatisfied: d,
        })
    };
    // 29 members and 21 attending deputies; the fifth unit below 60 %.
    const MEMBERS: [(u32, u32, u32); 6] = [
        (22, 6, 1),
        (20, 7, 2),
        (18, 8, 3),
        (15, 9, 5),
        (8, 7, 14),
        (19, 6, 4),
    ];
    const DEPUTIES: [(u32, u32, u32); 6] = [
        (15, 5, 1),
        (13, 6, 2),
        (12, 6, 3),
        (10, 6, 5),
        (5, 4, 12),
        (14, 5, 2),
    ];
    let rows: Vec<MeetingRow> = units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let (m, d) = (MEMBERS[i], DEPUTIES[i]);
            MeetingRow {
                subject: Subject::Unit(*u),
                members: counts(m.0, m.1, m.2),
                deputies: counts(d.0, d.1, d.2),
            }
        })
        .collect();
    let meeting_day = days_before(35);
    let opinions: Vec<MeetingOpinion> = units
        .iter()
        .skip(3)
        .take(2)
        .enumerate()
        .map(|(i, u)| MeetingOpinion {
            unit: *u,
            text: [
                "对答复中承诺的事项制定时间表，按月报告进度",
                "对代表不满意的建议召开督办会，限期二次办理并书面报告",
            ][i]
                .into(),
            due: [
                days_before(5),
                today.checked_add_days(Days::new(25)).unwrap_or(today),
            ][i],
        })
        .collect();
    if !rows.is_empty() {
        let batch = EvaluationCommand::HoldMeeting {
            title: "县人大常委会第二十三次会议".into(),
            rows,
            opinions,
        };
        let events = valid(r.run_on(batch, meeting_day));
        let meeting = events.iter().find_map(|e| match &e.kind {
            EventKind::Evaluation(EvaluationEvent::MeetingHeld { id, .. }) => Some(*id),
            _ => None,
        });
        if let Some(meeting) = meeting
            && units.len() > 3
        {
            r.actor = at_desk(Desk::Unit);
            valid(r.run_on(
                EvaluationCommand::CompleteOpinion {
                    meeting,
                    index: 0,
                    note: "已制定落实时间表，每月向代表工委报告".into(),
                },
                days_before(12),
            ));
            r.actor = at_desk(Desk::CommitteeOffice);
        }
    }

    // The congress's anonymous vote, 198 deputies present.
    let votes: Vec<VoteRow> = Organ::ALL
        .into_iter()
        .zip([(142, 41, 15), (160, 30, 8), (151, 36, 11), (155, 33, 9)])
        .map(|(o, (s, b, d))| VoteRow {
            subject: Subject::Organ(o),
            ballots: Ballots {
                satisfied: s,
                basically: b,
                dissatisfied: d,
            },
        })
        .collect();
    valid(r.run_on(
        EvaluationCommand::CountVote {
            title: "县第十八届人民代表大会第二次会议".into(),
            attendance: 198,
            first: votes.clone(),
            second: votes,
            clerks: vec!["孙敏".into(), "周丽".into()],
        },
        days_before(60),
    ));

    // A small demo county: its units answer for two items at most, so it
    // ranks those with two or more (the default, 5, would rank none).
    valid(r.run_on(
        jianyi_core::office::OfficeCommand::ChangeSettings(
            jianyi_core::settings::SettingsGroup::Evaluation(jianyi_core::settings::Evaluation {
                advanced_unit_min_items: 2,
                ..Default::default()
            }),
        ),
        days_before(1),
    ));

    // A department review of the unit with most items, concluded.
    if let Some(unit) = units.first().copied() {
        let on = days_before(20);
        let events = valid(r.run_on(EvaluationCommand::DrawDepartmentReview { unit }, on));
        if let Some((id, items, sample)) = events.iter().find_map(|e| match &e.kind {
            EventKind::Evaluation(EvaluationEvent::DepartmentReviewDrawn {
                id,
                items,
                sample,
                ..
            }) => Some((*id, items.clone(), sample.clone())),
            _ => None,
        }) {
            let note = |items: &[SuggestionId], text: &str| -> Vec<ItemNote> {
                items
                    .iter()
                    .map(|i| ItemNote {
                        item: *i,
                        note: text.into(),
                    })
                    .collect()
            };
            valid(r.run_on(
                EvaluationCommand::ConcludeDepartmentReview {
                    id,
                    phoned: note(&items, "电话回访领衔代表，对办理过程表示认可"),
                    findings: note(&sample, "实地查看，答复事项已落实或正在推进"),
                    result: Rating::BasicallySatisfied,
                },
                days_before(8),
            ));
        }
    }
}

/// 博爱's satisfaction surveys on items replied at least 46 days ago: one
/// below 80 % reported, explained, rectified and surveyed again at 100 %;
/// one below 80 % ten days ago, its tasks open; one at 80 %, nothing to do.
fn surveyed(r: &mut Runner, today: NaiveDate) {
    use jianyi_core::evaluation::{EvaluationCommand, EvaluationEvent, SurveyAnswer, SurveyTask};
    let days_before = |n: u64| today.checked_sub_days(Days::new(n)).unwrap_or(today);
    let mut replied: Vec<(NaiveDate, SuggestionId)> = r
        .state
        .handling
        .assignments
        .keys()
        .filter_map(|i| {
            let f = jianyi_core::handling::facts(&r.state, *i, today)?;
            f.replied.filter(|d| *d <= days_before(46)).map(|d| (d, *i))
        })
        .collect();
    replied.sort();
    const NAMES: [&str; 5] = ["周明", "吴芳", "郑强", "王丽", "冯涛"];
    // The first `good` 满意, the next 基本满意, the rest 不满意.
    let answers = |good: usize| -> Vec<SurveyAnswer> {
        NAMES
            .iter()
            .enumerate()
            .map(|(i, n)| SurveyAnswer {
                name: (*n).into(),
                rating: match i {
                    i if i < good => Rating::Satisfied,
                    i if i == good => Rating::BasicallySatisfied,
                    _ => Rating::Dissatisfied,
                },
            })
            .collect()
    };
    let hold = |r: &mut Runner, item: SuggestionId, good: usize, of, on| {
        let lead = r.state.raising.suggestions[&item].draft.lead_deputy;
        r.actor = Actor {
            acting_for: Some(r.state.deputy_name(lead).to_string()),
            how: How::PaperKeyedIn,
            ..at_desk(Desk::Deputy)
        };
        let events = valid(r.run_on(
            EvaluationCommand::HoldSurvey {
                item,
                deputy: lead,
                answers: answers(good),
                resurvey_of: of,
            },
            on,
        ));
        r.actor = at_desk(Desk::CommitteeOffice);
        events.iter().find_map(|e| match &e.kind {
            EventKind::Evaluation(EvaluationEvent::SurveyHeld { id, .. }) => Some(*id),
            _ => None,
        })
    };
    let mut items = replied.into_iter().map(|(_, i)| i);
    if let Some(item) = items.next()
        && let Some(id) = hold(r, item, 2, None, days_before(45))
    {
        for (task, note, n) in [
            (SurveyTask::Report, "领衔代表已书面报告代表工委", 44),
            (
                SurveyTask::Explanation,
                "承办单位书面说明：资金下达延后，工期顺延",
                40,
            ),
            (SurveyTask::Rectification, "已完成整改，设施投入使用", 20),
        ] {
            valid(r.run_on(
                EvaluationCommand::CompleteSurveyTask {
                    survey: id,
                    task,
                    note: note.into(),
                },
                days_before(n),
            ));
        }
        hold(r, item, 5, Some(id), days_before(15));
    }
    // 2 of 5 (40 %), and 4 of 5 (exactly 80 %).
    if let Some(item) = items.next() {
        hold(r, item, 1, None, days_before(10));
    }
    if let Some(item) = items.next() {
        hold(r, item, 3, None, days_before(12));
    }
}

/// 濮阳's written principle, as the demo's session writes it.
const PRINCIPLE: &str = "围绕县委、县政府中心工作和群众反映强烈的热点难点问题，\
优先选择联名代表多、涉及面广、经过努力能够解决的建议；每位县级领导领办或督办一件，\
常委会有关工作委员会负责跟踪督办。";

/// Supervision in the session with the most accepted items: its written
/// principle; up to 14 key items (濮阳's number), candidates first, each
/// with a leading
/// government leader, a supervising standing-committee leader and a
/// committee body (the last one still without its supervising leader, so
/// the key list shows what is missing); the four responsibilities on
/// every item assigned and open; and a proposer's manual warning on the
/// overdue one.
fn supervised(r: &mut Runner, today: NaiveDate) {
    let ok = |res: Result<Vec<Event>, jianyi_core::Rejection>| {
        res.expect("the demo county only gives valid commands")
    };
    let accepted = |r: &Runner, session: SessionId| -> Vec<SuggestionId> {
        let mut out: Vec<&jianyi_core::raising::Suggestion> = r
            .state
            .raising
            .suggestions
            .values()
            .filter(|x| x.draft.session == Some(session) && r.state.stage(x.id) == Stage::Accepted)
            .collect();
        out.sort_by_key(|x| {
            (
                std::cmp::Reverse(r.state.key_candidate(x)),
                r.state
                    .review_file(x.id)
                    .and_then(|f| f.number)
                    .map(|(_, n)| n),
            )
        });
        out.into_iter().map(|x| x.id).collect()
    };
    let Some(session) = r
        .state
        .directory
        .sessions
        .keys()
        .copied()
        .max_by_key(|s| accepted(r, *s).len())
    else {
        return;
    };
    let items = accepted(r, session);
    if items.is_empty() {
        return;
    }
    r.actor = at_desk(Desk::CommitteeOffice);
    let on = today.checked_sub_days(Days::new(20)).unwrap_or(today);
    ok(r.run_on(
        SupervisionCommand::WritePrinciple {
            session,
            text: PRINCIPLE.into(),
        },
        on,
    ));
    let leaders = |organ: Option<Organ>| -> Vec<LeaderId> {
        r.state
            .directory
            .leaders
            .values()
            .filter(|e| e.organ == organ)
            .map(|e| e.id)
            .collect()
    };
    let (government, congress) = (leaders(Some(Organ::Government)), leaders(None));
    let committees: Vec<CommitteeId> = r.state.directory.committees.keys().copied().collect();
    // 濮阳's fourteen, or as many as the session accepted.
    let n = items.len().min(14);
    let key: Vec<SuggestionId> = items.iter().take(n).copied().collect();
    for (i, item) in key.iter().enumerate() {
        let committee = (!committees.is_empty()).then(|| committees[i % committees.len()]);
        ok(r.run_on(
            SupervisionCommand::MarkKey {
                item: *item,
                committee,
            },
            on,
        ));
        let last = i + 1 == key.len() && key.len() > 1;
        ok(r.run_on(
            SupervisionCommand::SetResponsibilities {
                item: *item,
                leading: (!government.is_empty()).then(|| government[i % government.len()]),
                supervising: (!congress.is_empty() && !last).then(|| congress[i % congress.len()]),
                following: committee,
            },
            on,
        ));
    }
    // Gushi's four responsibilities on every item assigned and open (the
    // handled items are raised in recess); the overdue one's lead deputy
    // warns of slow progress.
    let open: Vec<SuggestionId> = r
        .state
        .handling
        .assignments
        .values()
        .filter(|a| a.closed.is_none() && r.state.stage(a.item) == Stage::Accepted)
        .map(|a| a.item)
        .collect();
    for (i, item) in open.iter().enumerate() {
        let committee = (!committees.is_empty()).then(|| committees[i % committees.len()]);
        ok(r.run_on(
            SupervisionCommand::SetResponsibilities {
                item: *item,
                leading: (!government.is_empty()).then(|| government[i % government.len()]),
                supervising: (!congress.is_empty()).then(|| congress[(i + 1) % congress.len()]),
                following: committee,
            },
            on,
        ));
    }
    // On the overdue item, whose colour the warning leaves as it was.
    let red = |id: &SuggestionId| {
        let a = &r.state.handling.assignments[id];
        jianyi_core::handling::warning(&r.state, a, today).colour
            == jianyi_core::handling::Colour::Red
    };
    let warned = open.iter().copied().find(red).or(open.first().copied());
    if let Some(item) = warned {
        let s = &r.state.raising.suggestions[&item];
        let lead = s.draft.lead_deputy;
        r.actor = Actor {
            acting_for: Some(r.state.deputy_name(lead).to_string()),
            how: How::PaperKeyedIn,
            ..at_desk(Desk::Deputy)
        };
        ok(r.run_on(
            SupervisionCommand::RaiseWarning {
                item,
                reason: "承办单位答应的实地调研至今没有安排，进展缓慢".into(),
                deputy: Some(lead),
            },
            today.checked_sub_days(Days::new(3)).unwrap_or(today),
        ));
    }
    r.actor = at_desk(Desk::CommitteeOffice);
    grouped(r, &key, &open, &congress, on);
    recorded(r, today, &key, &open, &government);
    procuratorial(r, today, &key, &open);
}

/// 濮阳's two-way link with the procuratorate: an open item referred as a
/// public-interest lead, received and put on file; a procuratorial
/// suggestion registered, the last key item raised from it.
fn procuratorial(r: &mut Runner, today: NaiveDate, key: &[SuggestionId], open: &[SuggestionId]) {
    let days_before = |n: u64| today.checked_sub_days(Days::new(n)).unwrap_or(today);
    if let Some(item) = open.get(1).or(open.first()) {
        valid(r.run_on(
            SupervisionCommand::ReferToProcuratorate {
                item: *item,
                what:
                    "建议反映的问题涉及生态环境和群众公共利益，移送检察机关作为公益诉讼线索".into(),
            },
            days_before(40),
        ));
        for (ago, status) in [
            (35, ProcuratorialStatus::Received),
            (25, ProcuratorialStatus::CaseOpened),
        ] {
            valid(r.run_on(
                SupervisionCommand::RecordProcuratorialStatus {
                    item: *item,
                    status,
                },
                days_before(ago),
            ));
        }
    }
    let e = valid(r.run_on(
        SupervisionCommand::RegisterProcuratorial(ProcuratorialFields {
            number: "示检行公建〔2026〕3号".into(),
            title: "关于加强农村饮用水水源地保护的检察建议".into(),
            summary: "部分乡镇饮用水水源地未设隔离防护设施，周边存在养殖污染隐患，建议有关部门依法整治。"
                .into(),
        }),
        days_before(60),
    ));
    let source = match &e[0].kind {
        EventKind::Supervision(SupervisionEvent::ProcuratorialRegistered { id, .. }) => *id,
        _ => unreachable!("a registration makes ProcuratorialRegistered"),
    };
    if let Some(item) = key.last() {
        valid(r.run_on(
            SupervisionCommand::LinkProcuratorial {
                source,
                item: *item,
            },
            days_before(20),
        ));
    }
}

/// 博爱's supervision groups: up to eight, each led by a standing-committee
/// leader, the key items dealt among them; the last also follows two
/// items in handling.
fn grouped(
    r: &mut Runner,
    key: &[SuggestionId],
    open: &[SuggestionId],
    congress: &[LeaderId],
    on: NaiveDate,
) {
    const NAMES: [&str; 8] = [
        "第一督办组",
        "第二督办组",
        "第三督办组",
        "第四督办组",
        "第五督办组",
        "第六督办组",
        "第七督办组",
        "第八督办组",
    ];
    let n = key.len().min(NAMES.len());
    if n == 0 || congress.is_empty() {
        return;
    }
    // The last group also follows two items in handling (raised in
    // recess), so a group's page shows their warning colours.
    let groups = (0..n)
        .map(|g| GroupFields {
            name: NAMES[g].into(),
            leader: congress[g % congress.len()],
            items: key
                .iter()
                .skip(g)
                .step_by(n)
                .chain(open.iter().take(if g + 1 == n { 2 } else { 0 }))
                .copied()
                .collect(),
        })
        .collect();
    valid(r.run_on(SupervisionCommand::FormGroups { groups }, on));
}

/// Records of every kind: a face-to-face meeting on two key items with
/// seven participants and five unit heads; a September inspection over
/// the open assigned items and their units; a hearing, a research visit,
/// a site visit, a phone call and a supervision meeting; follow-ups done,
/// open and overdue.
fn recorded(
    r: &mut Runner,
    today: NaiveDate,
    key: &[SuggestionId],
    open: &[SuggestionId],
    government: &[LeaderId],
) {
    let days_before = |n: u64| today.checked_sub_days(Days::new(n)).unwrap_or(today);
    let plus = |d: NaiveDate, n: u64| d.checked_add_days(Days::new(n)).unwrap_or(d);
    let proposers = |r: &Runner, items: &[SuggestionId]| -> Vec<DeputyId> {
        let mut out = Vec::new();
        for i in items {
            for d in r.state.proposers(&r.state.raising.suggestions[i]) {
                if !out.contains(&d) {
                    out.push(d);
                }
            }
        }
        out
    };
    let units: Vec<UnitId> = r
        .state
        .directory
        .units
        .values()
        .filter(|u| u.kind == UnitKind::GovernmentDepartment)
        .map(|u| u.id)
        .take(5)
        .collect();
    let record = |r: &mut Runner, on: NaiveDate, fields: RecordFields| -> SupervisionRecordId {
        let e = valid(r.run_on(SupervisionCommand::RecordSupervision(fields), on));
        match &e[0].kind {
            EventKind::Supervision(SupervisionEvent::Supervised { id, .. }) => *id,
            _ => unreachable!("a record makes Supervised"),
        }
    };
    let follow_up = |what: &str, owner: Owner, due: NaiveDate| FollowUpFields {
        what: what.into(),
        owner,
        due,
    };
    // 濮阳's face-to-face meeting on two key items: three deputies, two
    // entrepreneurs and two citizens' representatives (7), five unit
    // heads, the leading leader.
    if key.len() >= 2 && units.len() == 5 {
        let items = key[..2].to_vec();
        let mut deputies = proposers(r, &items);
        deputies.truncate(3);
        let held = days_before(12);
        let id = record(
            r,
            held,
            RecordFields {
                kind: RecordKind::FaceToFace,
                place: "县人大常委会第一会议室".into(),
                items,
                units: vec![],
                participants: Participants {
                    deputies: deputies.clone(),
                    leaders: government.iter().take(1).copied().collect(),
                    unit_heads: units.clone(),
                    entrepreneurs: 2,
                    citizens: 7 - deputies.len() as u32 - 2,
                    others: String::new(),
                },
                findings: "代表和群众反映信号盲区集中在山区村组，新建基站用地审批慢；\
                           企业家代表反映宽带资费偏高。"
                    .into(),
                decisions: "工信、自然资源部门联合梳理基站选址，年底前完成首批用地审批；\
                            运营商拿出资费优惠方案。"
                    .into(),
                follow_ups: vec![
                    follow_up("报送基站选址清单", Owner::Unit(units[0]), plus(held, 7)),
                    follow_up(
                        "完成首批基站用地审批",
                        Owner::Unit(units[1]),
                        plus(held, 40),
                    ),
                ],
            },
        );
        valid(r.run_on(
            SupervisionCommand::CompleteFollowUp {
                record: id,
                index: 0,
                note: "已报送12处基站选址清单".into(),
            },
            plus(held, 6),
        ));
    }
    // 固始: the report of the key items to the county party secretary, and
    // the secretary's instructions on it, turned into a follow-up.
    if !key.is_empty() {
        let held = days_before(8);
        record(
            r,
            held,
            RecordFields {
                kind: RecordKind::Instruction,
                place: String::new(),
                items: key.to_vec(),
                units: vec![],
                participants: Participants {
                    others: "县委书记".into(),
                    ..Participants::default()
                },
                findings: "请县政府各位领办领导逐件推进，年底前向县委报告办理结果；\
                           对进度滞后的重点建议，县人大常委会要加大督办力度。"
                    .into(),
                decisions: String::new(),
                follow_ups: vec![follow_up(
                    "向县委报告重点建议办理结果",
                    Owner::Office,
                    plus(held, 30),
                )],
            },
        );
    }
    // A site visit planned for next week, a leader invited.
    if let Some(item) = key.first() {
        valid(r.run_on(
            SupervisionCommand::PlanActivity(PlanFields {
                kind: RecordKind::SiteVisit,
                planned_for: plus(today, 7),
                place: "项目现场".into(),
                items: vec![*item],
                invited: Participants {
                    leaders: government.iter().take(1).copied().collect(),
                    ..Participants::default()
                },
            }),
            today,
        ));
    }
    if open.is_empty() {
        return;
    }
    // 固始's September inspection over the open assigned items.
    let september = NaiveDate::from_ymd_opt(today.year(), 9, 16)
        .filter(|d| *d < today)
        .or_else(|| NaiveDate::from_ymd_opt(today.year() - 1, 9, 16))
        .unwrap_or(today);
    let held_units: Vec<UnitId> = open
        .iter()
        .filter_map(|i| r.state.handling.assignments.get(i))
        .flat_map(|a| a.current().map(|t| t.unit))
        .fold(Vec::new(), |mut v, u| {
            if !v.contains(&u) {
                v.push(u);
            }
            v
        });
    // Items assigned by September only.
    let inspected: Vec<SuggestionId> = open
        .iter()
        .copied()
        .filter(|i| r.state.handling.assignments[i].assigned_on <= september)
        .collect();
    if !inspected.is_empty() {
        let deputies = proposers(r, &inspected).into_iter().take(6).collect();
        record(
            r,
            september,
            RecordFields {
                kind: RecordKind::Inspection,
                place: "各承办单位及项目现场".into(),
                items: inspected,
                units: held_units.clone(),
                participants: Participants {
                    deputies,
                    leaders: Vec::new(),
                    unit_heads: held_units.iter().take(3).copied().collect(),
                    entrepreneurs: 0,
                    citizens: 0,
                    others: "县人大常委会代表工委全体人员".into(),
                },
                findings: "集中视察各单位承办建议办理情况：多数单位按计划推进，\
                           个别单位办前沟通不充分、办理进度滞后。"
                    .into(),
                decisions: "进度滞后的单位十日内书面说明原因并报送整改计划。".into(),
                follow_ups: vec![follow_up(
                    "进度滞后的单位书面说明原因并报送整改计划",
                    Owner::Office,
                    plus(september, 10),
                )],
            },
        );
    }
    // The other kinds, on the first open item, each on its own day.
    let item = open[0];
    let unit = r.state.handling.assignments[&item]
        .current()
        .next()
        .map(|t| t.unit);
    let lead = r.state.raising.suggestions[&item].draft.lead_deputy;
    let kinds = [
        (
            RecordKind::Hearing,
            "县人大常委会第二会议室",
            "听取承办单位办理进展汇报，方案已确定，资金尚未落实。",
            30,
        ),
        (
            RecordKind::Research,
            "相关乡镇",
            "专题调研问题成因，涉及多个部门职责交叉。",
            25,
        ),
        (
            RecordKind::SiteVisit,
            "项目现场",
            "实地察看，现场尚未开工。",
            20,
        ),
        (
            RecordKind::PhoneCall,
            "",
            "电话回访领衔代表，代表对进度不满意。",
            15,
        ),
        (
            RecordKind::Meeting,
            "县人大常委会第一会议室",
            "召开督办会，要求承办单位倒排工期。",
            10,
        ),
    ];
    for (kind, place, findings, ago) in kinds {
        let held = days_before(ago);
        let follow_ups = match (kind, unit) {
            // An overdue follow-up: red on the list.
            (RecordKind::Meeting, Some(u)) => {
                vec![follow_up("报送倒排工期计划", Owner::Unit(u), plus(held, 5))]
            }
            _ => Vec::new(),
        };
        record(
            r,
            held,
            RecordFields {
                kind,
                place: place.into(),
                items: vec![item],
                units: vec![],
                participants: Participants {
                    deputies: vec![lead],
                    leaders: Vec::new(),
                    unit_heads: unit.into_iter().collect(),
                    entrepreneurs: 0,
                    citizens: 0,
                    others: String::new(),
                },
                findings: findings.into(),
                decisions: String::new(),
                follow_ups,
            },
        );
    }
}
