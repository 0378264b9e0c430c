//! A generator of realistic official-news text, for benches and property tests.
//!
//! Every place, person and organisation here is made up from small word lists
//! written for this file; the sentence templates imitate the genre (meetings,
//! appointments, bylines, investment figures, statistics) without copying any
//! real report. The output is deterministic for a given seed.
//!
//! Shared by `tests/properties.rs` and `benches/throughput.rs` through `#[path]`.

#![allow(dead_code)]

/// SplitMix64: a small, fast, deterministic generator (no dependency needed).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

const PROVINCES: &[&str] = &["南岭省", "西川省", "东海省", "北原省"];
const CITIES: &[&str] = &["青山市", "临河市", "白沙市", "云港市", "石门市", "丰城市", "柳州湾市"];
const COUNTIES: &[&str] = &["东湖区", "西坪县", "开发区", "南关区", "北山县", "经开区"];
const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
    "郑", "梁", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "曾", "田", "欧阳", "司马",
];
const GIVEN: &[&str] = &[
    "建国", "志强", "丽华", "文斌", "海燕", "国栋", "晓明", "秀英", "德胜", "春林", "新民", "玉兰", "永康", "子涵",
    "明", "磊", "静", "涛", "芳", "军", "峰", "婷", "宏伟", "立新", "雪梅", "卫东", "嘉怡", "振华",
];
const GOV_UNITS: &[&str] = &[
    "人民政府",
    "财政局",
    "教育局",
    "发展和改革委员会",
    "住房和城乡建设局",
    "生态环境局",
    "交通运输局",
    "卫生健康委员会",
    "统计局",
    "党工委",
    "管委会",
    "市场监督管理局",
    "应急管理局",
    "自然资源和规划局",
];
const GOV_TITLES: &[&str] = &[
    "局长",
    "副局长",
    "主任",
    "常务副主任",
    "党组书记",
    "副书记",
    "调研员",
    "处长",
    "科长",
];
const CITY_TITLES: &[&str] = &["市长", "副市长", "市委书记", "市委副书记", "常务副市长"];
const COMPANIES: &[&str] = &[
    "青禾科技股份有限公司",
    "长风电力集团",
    "润通物流有限公司",
    "华岭建设工程有限公司",
    "远帆新材料有限公司",
    "金穗农业发展集团",
];
const COMPANY_TITLES: &[&str] = &["董事长", "总经理", "副总经理", "党委书记", "首席执行官", "财务总监"];
const SCHOOLS: &[&str] = &[
    "青山大学",
    "临河师范学院",
    "白沙理工大学",
    "云港职业技术学院",
    "南岭医科大学",
];
const SCHOOL_TITLES: &[&str] = &["校长", "副校长", "党委书记", "院长", "教授", "研究员"];
const INSTITUTES: &[&str] = &["农业科学研究院", "环境监测中心", "规划设计研究院"];
const MEDIA: &[&str] = &["青山日报", "临河广播电视台", "南岭晚报"];
const PROJECTS: &[&str] = &[
    "污水处理厂",
    "城市快速路",
    "保障性住房",
    "智慧园区",
    "乡村振兴示范带",
    "综合管廊",
    "老旧小区改造",
    "高标准农田",
];
const THINGS: &[&str] = &["企业", "项目", "学校", "村庄", "社区", "合作社", "养老机构"];
const COUNTERS: &[&str] = &["家", "个", "所", "处", "名", "间", "座"];
const UNITS: &[&str] = &["平方米", "立方米", "公里", "吨", "亩", "千瓦时", "公顷"];
const MONEY_UNITS: &[&str] = &["万元", "亿元", "元", "万美元"];
const QUALIFIERS: &[&str] = &["约", "近", "超过", "", "", ""];
const MORE: &[&str] = &["余", "多", ""];
const FILLER: &[&str] = &[
    "会议强调，各级各部门要认真贯彻落实上级部署，切实抓好各项工作落实。",
    "与会人员围绕优化营商环境、推动高质量发展等议题进行了深入交流。",
    "下一步，将持续加大投入力度，不断提升群众的获得感和幸福感。",
    "活动现场气氛热烈，参加活动的群众纷纷表示收获很大。",
    "据介绍，该项目建成后将有效缓解周边交通压力。",
    "会上通报了上半年重点工作推进情况，并对下阶段工作作出安排。",
    "他要求，要坚持问题导向，压实工作责任，确保各项任务按期完成。",
];
const CHINESE_DIGITS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九"];

fn name(r: &mut Rng) -> String {
    format!("{}{}", r.pick(SURNAMES), r.pick(GIVEN))
}

fn place(r: &mut Rng) -> String {
    match r.below(3) {
        0 => r.pick(PROVINCES).to_string(),
        1 => r.pick(CITIES).to_string(),
        _ => format!("{}{}", r.pick(CITIES), r.pick(COUNTIES)),
    }
}

/// A figure like `1.2`, `3600`, `45.6`, `12`, written in digits (sometimes full-width).
fn figure(r: &mut Rng) -> String {
    let s = match r.below(4) {
        0 => format!("{}", r.range(2, 99)),
        1 => format!("{}.{}", r.range(1, 99), r.range(1, 9)),
        2 => format!("{}", r.range(100, 99_999)),
        _ => format!("{},{:03}", r.range(1, 99), r.range(0, 999)),
    };
    if r.chance(10) { full_width(&s) } else { s }
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A number written in Chinese numerals: 三千六百, 十二, 两百多.
fn chinese_number(r: &mut Rng) -> String {
    match r.below(4) {
        0 => format!("{}十{}", r.pick(CHINESE_DIGITS), r.pick(CHINESE_DIGITS)),
        1 => format!("{}百{}十", r.pick(CHINESE_DIGITS), r.pick(CHINESE_DIGITS)),
        2 => format!("{}千{}百", r.pick(CHINESE_DIGITS), r.pick(CHINESE_DIGITS)),
        _ => format!("十{}", r.pick(&["几", "余", "多"])),
    }
}

fn date(r: &mut Rng) -> String {
    format!("{}年{}月{}日", r.range(2015, 2025), r.range(1, 12), r.range(1, 28))
}

/// An organisation with its usual title, as (organisation, title).
fn org_and_title(r: &mut Rng) -> (String, &'static str) {
    match r.below(6) {
        0 | 1 => (format!("{}{}", place(r), r.pick(GOV_UNITS)), r.pick(GOV_TITLES)),
        2 => (r.pick(COMPANIES).to_string(), r.pick(COMPANY_TITLES)),
        3 => (r.pick(SCHOOLS).to_string(), r.pick(SCHOOL_TITLES)),
        4 => (
            format!("{}{}", r.pick(CITIES), r.pick(INSTITUTES)),
            r.pick(&["院长", "主任", "研究员"]),
        ),
        _ => (r.pick(CITIES).to_string(), r.pick(CITY_TITLES)),
    }
}

/// One sentence of official news, ending with its punctuation.
pub fn sentence(r: &mut Rng) -> String {
    match r.below(14) {
        0 => {
            let p = place(r);
            let a = r.pick(GOV_UNITS);
            let b = r.pick(GOV_UNITS);
            format!("{p}{a}、{b}{}{}出席会议并讲话。", r.pick(GOV_TITLES), name(r))
        }
        1 => {
            let (org, title) = org_and_title(r);
            format!(
                "{org}{title}{}表示，{}年全市完成固定资产投资{}{}，同比增长{}%。",
                name(r),
                r.range(2016, 2024),
                figure(r),
                r.pick(MONEY_UNITS),
                figure(r)
            )
        }
        2 => {
            let n = name(r);
            format!(
                "{n}{}在调研时指出，要加快推进{}建设，确保年底前投入使用。",
                r.pick(CITY_TITLES),
                r.pick(PROJECTS)
            )
        }
        3 => {
            let (org, title) = org_and_title(r);
            format!("会议由{org}{title}{}主持。", name(r))
        }
        4 => {
            let p = place(r);
            let thing = r.pick(THINGS);
            let counter = r.pick(COUNTERS);
            let unit = r.pick(UNITS);
            format!(
                "截至{}，{p}累计新增{thing}{}{}{counter}，建成面积{}{}{unit}。",
                date(r),
                figure(r),
                r.pick(MORE),
                r.pick(QUALIFIERS),
                figure(r)
            )
        }
        5 => {
            let (org, title) = org_and_title(r);
            format!("经研究决定，任命{}为{org}{title}。", name(r))
        }
        6 => {
            let (org1, t1) = org_and_title(r);
            let (org2, t2) = org_and_title(r);
            format!("{org1}党组成员、{t1}{}，{org2}{t2}{}等参加活动。", name(r), name(r))
        }
        7 => format!("（记者 {} 通讯员 {}）", name(r), name(r)),
        8 => {
            let p = place(r);
            format!(
                "今年以来，{p}共接待游客{}万人次，实现旅游收入{}{}，较去年同期提高{}个百分点。",
                figure(r),
                figure(r),
                r.pick(MONEY_UNITS),
                r.range(1, 9)
            )
        }
        9 => {
            let n = name(r);
            let surname: String = n.chars().take(1).collect();
            let (org, title) = org_and_title(r);
            format!("{org}{title}{n}到现场察看施工进度。{surname}{title}要求，要严把质量关。")
        }
        10 => {
            let thing = r.pick(THINGS);
            format!(
                "全区{}{}{}参与了此次活动，发放宣传资料{}份。",
                chinese_number(r),
                r.pick(COUNTERS),
                thing,
                figure(r)
            )
        }
        11 => {
            let (org, _) = org_and_title(r);
            format!(
                "{}（以下简称“{}”）于{}正式挂牌成立。",
                org,
                org.chars().take(2).collect::<String>(),
                date(r)
            )
        }
        12 => format!("{}记者{}报道：", r.pick(MEDIA), name(r)),
        _ => r.pick(FILLER).to_string(),
    }
}

/// A paragraph of a few sentences (no line break).
pub fn paragraph(r: &mut Rng) -> String {
    let n = r.range(2, 7);
    (0..n).map(|_| sentence(r)).collect()
}

/// One document of about `bytes` bytes: paragraphs joined by line breaks.
pub fn document(r: &mut Rng, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 512);
    while out.len() < bytes {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&paragraph(r));
    }
    out
}

/// `count` documents of about `bytes` bytes each, from `seed`.
pub fn documents(seed: u64, count: usize, bytes: usize) -> Vec<String> {
    let mut r = Rng::new(seed);
    (0..count).map(|_| document(&mut r, bytes)).collect()
}
