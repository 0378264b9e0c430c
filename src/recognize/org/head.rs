//! Reading an organisation name leftwards from its head word (局, 委员会, 有限公司 ...).
//!
//! Reading stops at punctuation, a person, a title, a numeral with its classifier and
//! words that stand before names rather than inside them; the learned statistics of
//! [`OrgModel`] decide the rest. A name starts with its place: left of a place, only
//! more places and a parent organisation belong to it. An organisation met while
//! reading (青山大学 in 青山大学化学与材料学院) becomes the parent.

use crate::charset::{ends_with_one_of, starts_with_one_of};
use std::ops::Range;
use std::sync::LazyLock;

use super::known::{bare_unit_start, lends_to_title};
use super::{CLASS_INSIDE, INSIDE, LINKING_CHARS, NAME_CLASSES, OrgMention, OrgModel, with_word_class};
use crate::OrgKind;
use crate::dictionary::{Hit, PlaceLevel, before_own_title, later_unit_set_up, tag};
use crate::recognize::person::FastSet;
use crate::recognize::{ADMIN_UNITS, CLOSING_MARKS, Sentence, coordinates, is_bare_unit, is_han, one_of};

/// Longest organisation name read, in bytes (32 characters: working groups are
/// named after their whole remit).
pub(super) const MAX_ORG: usize = 96;

/// Most words read leftwards from a head word.
pub(super) const MAX_WORDS: usize = 14;

/// Company names hold industry verbs (防水科技有限公司, 投资控股集团), and so do
/// department names right before their head word (技术改造处, 住建局): there a
/// class as verb-like as @v still reads as inside.
pub(super) const VERB_CLASS_INSIDE: f32 = 0.2;

/// Verb classes of jieba-rs: inside a name only next to the head word or, in a company
/// name, between its brand and its head word.
const VERB_CLASSES: &[&str] = &["v", "vn", "vd", "vi", "vg"];

/// Classes a word ending in a head character must have to be an organisation (建局/n,
/// 地质部/nt), not a verb or an idiom (部署/v, 统揽全局/i).
pub(super) const NOMINAL_CLASSES: &[&str] = &[
    "n", "nt", "ns", "nz", "nr", "nrt", "j", "OOV", "x", "eng", "vn", "an", "l",
];

/// Common-noun classes: a word of these before 与/和 may join two nouns of one name.
pub(super) const COMMON_NOUN_CLASSES: &[&str] = &["n", "vn", "an", "b", "l"];

/// Sectors that bodies are named after, which jieba-rs tags as proper nouns (abbreviated:
/// 文化广电和旅游局, 文广旅局; or not: 网络安全/nz|和|信息化委员会): common nouns for a
/// name's conjunction.
const SECTORS_TAGGED_PROPER: &[&str] = &["广电", "文广", "卫健", "网络安全"];

/// Function-word classes (prepositions, conjunctions, particles, pronouns ...):
/// a single character of these never starts reading a name.
pub(super) const FUNCTION_CLASSES: &[&str] = &[
    "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "m", "q", "y", "e", "o", "f", "t",
];

/// Words jieba-rs's dictionary tags as adverbs that stand inside the names of bodies
/// (特别委员会, 共同基金, 立法会, 高新区, 首都医科大学): counted in the annotated names of
/// the dev data — and 更新, a remit of today's bodies (城市更新局, 城乡更新研究会).
const NAMING_ADVERBS: &[&str] = &["特别", "共同", "立法", "高新", "首都", "更新"];

/// Verbs that name the purpose of a working group or command post
/// (改进城市管理…领导小组, 综合改造指挥部): inside such names, not before them.
pub(super) const PURPOSE_VERBS: &[&str] = &[
    "改进", "改善", "改造", "整治", "推进", "建设", "管理", "保护", "治理", "促进", "防治", "防控", "应对", "处置",
    "创建", "提升", "扶贫", "开发", "改革", "发展", "协调", "监督", "检查", "评估", "规划", "救灾", "抗震", "防汛",
    "抗旱", "指挥", "领导", "服务", "创新", "振兴", "保障", "整顿", "普查", "筹备", "组织", "实施", "推广", "应急",
    "防火", "防灾", "减灾", "禁毒", "搬迁", "攻坚", "防疫", "验收", "评审", "督查", "考核", "巡查", "督导", "鉴定",
    "调查", "征兵", "拆迁", "安置", "维稳", "编纂", "灭火", "督察", "整改",
    // (Not a purpose, but what the remit is about: 突发|公共卫生事件|应急处置|工作领导小组.)
    "突发",
];

/// Verbs that govern an organisation as their object (汇报…指挥部工作, 组建…领导小组):
/// they stand before names, never inside them, even before a working group's name.
pub(super) const CLAUSE_VERBS: &[&str] = &[
    // (Leaving a post: 申请|辞去|公司董事职务 — no company 申请辞去公司.)
    "辞去",
    // (Setting units up under a body: 指挥部|下设|工程技术组.)
    "下设",
    "免去",
    "免除",
    "汇报",
    "听取",
    "报告",
    "介绍",
    "通报",
    "宣布",
    "表示",
    "指出",
    "强调",
    "要求",
    "批准",
    "同意",
    "决定",
    "召开",
    "举行",
    "举办",
    "主持",
    "出席",
    "参加",
    "会见",
    "视察",
    "考察",
    "调研",
    "走访",
    "慰问",
    "看望",
    "成立",
    "组建",
    "设立",
    "建立",
    "撤销",
    // A notice's changes to a body's members (调整集团安全生产委员会组成人员, 调整充实…).
    "调整",
    "充实",
    "对接",
    "签约",
    "支持",
    "邀请",
    "委托",
    "协助",
    "配合",
    "督促",
    "牵头",
    "负责",
    // A leader's portfolio: the bodies one oversees or keeps in touch with (分管县财政局,
    // 联系县税务局; jieba-rs files 联系 as a noun).
    "分管",
    "联系",
    "主管",
    "走进",
    // Where a body's office sits (领导小组办公室|设在|县财政局): the host body after it.
    "设在",
    // A match's result, between two sides (北辰队大胜|青山队).
    "大胜",
    "险胜",
    "完胜",
    "力克",
    "惜败",
    "战胜",
    "击败",
    "不敌",
    "负于",
    "逼平",
    "战平",
    "输给",
    "憾负",
    "小胜",
    "横扫",
    "来到",
    "前往",
    "进入",
    "加入",
    "加盟",
    "会同",
    "依托",
    "通过",
    "经过",
    "根据",
    "按照",
    "代表",
    "担任",
    // Sending staff to a post (省财政厅选派|预算处副处长甲): the sender is the subject.
    "选派",
    "委派",
    "抽调",
    // A parent's unit named after 所属 'its own' (集团所属|青山路桥建设有限公司).
    "所属",
    "发挥",
    "鼓励",
    "扶持",
    "帮助",
    "允许",
    "禁止",
    "加强",
    "进一步",
];

/// Set phrases of official speech that jieba-rs reads as nouns and that start a clause
/// (充分发挥|体育中介公司的作用), and the words of an interview's headline (对话|青山银行
/// 行长助理甲, 专访…), and the words of when a post is held it files as nouns (现任|县|财政局
/// 副局长: no county 现任县).
const CLAUSE_PHRASES: &[&str] = &[
    "充分发挥",
    "对话",
    "专访",
    "访谈",
    "现任",
    "时任",
    "新任",
    "前任",
    "原任",
    "历任",
    "后任",
];

/// [`CLAUSE_VERBS`], [`CLAUSE_PHRASES`] and [`AIMS`], and [`PURPOSE_VERBS`], as sets: the reading of
/// a name looks up every word before its head, and a walk over the lists compared the
/// word with most of their words (callgrind: 14 M calls of `memcmp` a pass of the pd dev
/// set).
static CLAUSE_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| CLAUSE_VERBS.iter().chain(CLAUSE_PHRASES).chain(AIMS).copied().collect());

/// What a plan says a kind of body should become (建设|高水平|理工大学, 一流大学): no part of
/// a name, whatever jieba-rs tags them (高水平/nr).
/// Nor the level a kind of body is of (省级|卫视, 市级|医疗救治专家组).
const AIMS: &[&str] = &[
    "高水平",
    "一流",
    "世界一流",
    "国际一流",
    "高质量",
    "高素质",
    "省级",
    "市级",
    "县级",
    "国家级",
];
/// The last characters of [`AIMS`] (a test keeps them in step).
const AIMS_LAST_CHARS: &[char] = &['平', '流', '量', '质', '级'];
static PURPOSE_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| PURPOSE_VERBS.iter().copied().collect());

/// One-character words for the institution the text is about (校党委: the university's
/// party committee; 院纪委), before the name of one of its bodies.
pub(super) const INSTITUTION_UNITS: [char; 2] = ['校', '院'];

/// Is `word` a bureau's word for itself in its own notices, 局, glued by jieba-rs to a
/// linking character before it (经|局党组研究, 任命甲为|局办公室主任)?
fn glued_bureau(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(l), Some('局'), None) if glued_before_unit(l))
}

/// Is the word at `w` of `text` a works project's line or phase: 号线 ('line'), the number
/// right before it (3|号线), or a phase (一期, 二期)?
fn names_project_part(text: &str, w: Range<usize>) -> bool {
    let word = &text[w.clone()];
    let numeral = |t: &str| !t.is_empty() && t.chars().all(numbers_project);
    word == "号线"
        || word.strip_suffix("号线").is_some_and(numeral)
        || word.strip_suffix('期').is_some_and(numeral)
        || (numeral(word) && text[w.end..].starts_with("号线"))
}

/// Does `name` hold a works project's line or phase (3号线, 一期)?
fn names_a_project_part(name: &str) -> bool {
    name.contains("号线")
        || name
            .match_indices('期')
            .any(|(k, _)| name[..k].chars().next_back().is_some_and(numbers_project))
}

/// Can `c` number a project's line or phase: a digit, Arabic or Chinese?
fn numbers_project(c: char) -> bool {
    c.is_ascii_digit() || is_chinese_digit(c)
}

/// Nouns of a relation between parties (控股股东|青禾集团, 合作伙伴|青禾银行): in apposition
/// before the name of the party, never a word of it.
const RELATION_NOUNS: &[&str] = &[
    "股东",
    "合作伙伴",
    "伙伴",
    "客户",
    "对手",
    "供应商",
    "债权人",
    "投资方",
    "买家",
    "卖家",
    // The parties of an event or a work (主办方|青山星耀文化传媒有限公司).
    "主办方",
    "承办方",
    "协办方",
    "出品方",
    "制片方",
    "发行方",
    "运营方",
    // A company's relation to the one it names (母公司|青禾控股集团, 保荐机构|青禾证券…).
    "母公司",
    "子公司",
    "控股方",
    "合作方",
    "保荐机构",
    "承销商",
    "主承销商",
    "中标单位",
    // The parties of a works project or an event by their part in it (监理单位|青山监理有限
    // 公司, 承办单位|…).
    "监理单位",
    "施工单位",
    "建设单位",
    "设计单位",
    "勘察单位",
    "代建单位",
    "承建单位",
    "主办单位",
    "承办单位",
    "协办单位",
    "指导单位",
    "牵头单位",
    "中标人",
    "竞得人",
    "受让方",
    "转让方",
];

/// `before`, the text before a company's name, less the company's kind written in
/// apposition to it and a qualifier of two characters at most (中德|合资企业).
pub(crate) fn less_company_kind(before: &str) -> &str {
    let Some(rest) = COMPANY_KINDS.iter().find_map(|k| before.strip_suffix(k)) else {
        return before;
    };
    let unqualified = rest.trim_end_matches(is_han);
    if rest[unqualified.len()..].chars().count() <= 2 {
        unqualified
    } else {
        rest
    }
}

/// The characters an old-style shop's name ends in (同仁堂, 荣宝斋): its brand before them.
const SHOP_SIGNS: &str = "堂斋轩阁坊";

/// A company's kind, written before its name in apposition (中德合资企业|澜华…有限公司,
/// 经纪公司|北斗…有限公司): no part of a company's name — though it may name an
/// association of such companies (民营企业|商会, 上市公司|协会).
const COMPANY_KINDS: &[&str] = &[
    "合资企业",
    "独资企业",
    "外资企业",
    "合资公司",
    "经纪公司",
    "上市公司",
    "民营企业",
    "国有企业",
    "龙头企业",
];

/// Does `name` end with a noun of a relation between parties (公司全资子公司, 控股股东): it
/// describes the party named after it, and is none itself.
pub(crate) fn names_a_relation(name: &str) -> bool {
    // (The last character first: most names end in none of the nouns'.)
    ends_with_one_of(name, RELATION_LAST_CHARS) && RELATION_NOUNS.iter().any(|r| name.ends_with(r))
}

/// The last characters of [`RELATION_NOUNS`].
const RELATION_LAST_CHARS: &[char] = &['东', '伴', '户', '手', '商', '人', '方', '家', '构', '司', '位'];

/// Determiners that start words (各级, 这所, 每个): glued to a head word they make a
/// description (各级|党委, 这所|学校), and before a classifier they count like numerals.
const DETERMINER_WORDS: &[char] = &['各', '该', '每', '此', '这', '那', '某', '诸'];

/// Determiners a head word can follow as a character of their own (各|街道办事处, 本|公司,
/// 全|厅); 本 and 全 also start names (全国|总工会), so only alone.
const DETERMINERS: &[char] = &['各', '该', '本', '每', '此', '这', '那', '某', '诸', '全'];

/// Conjunctions that may join two nouns inside an institution's name
/// (材料科学与工程学院) but more often join two names.
pub(super) const CONJUNCTIONS: &[&str] = &["与", "和", "及"];

impl OrgModel {
    /// Is this head-word hit really the end of an organisation name? It must end a
    /// jieba word (局 in 局面 does not), and a longer word it ends must be a noun that
    /// is not an ordinary word (干部, 部署, 统揽全局 are not organisations).
    pub(super) fn is_head(&self, s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
        if hit.entry.before_byline && !self.before_byline_heads(s, hit) {
            return false;
        }
        if hit.entry.org_kind == OrgKind::Company && names_a_field(s, hit) {
            return false;
        }
        // A national side names the event it plays in (全国男篮甲A联赛, 四国女足邀请赛): no team.
        if hit.entry.org_kind == OrgKind::Team && names_an_event(&s.text[hit.start..hit.end], &s.text[hit.end..]) {
            return false;
        }
        let Some(w) = s.word_at(hit.end - 1).map(|i| s.words[i].clone()) else {
            return false;
        };
        // What a plan says a kind of body should become names none (建设|高水平|理工大学).
        // (The last character first: every aim ends in one of AIMS_LAST_CHARS, and the text
        // before most heads in none.)
        if s.word_at(hit.start).is_some_and(|i| {
            let before = &s.text[..s.words[i].start];
            ends_with_one_of(before, AIMS_LAST_CHARS) && AIMS.iter().any(|a| before.ends_with(a))
        }) {
            return false;
        }
        // A linking character jieba-rs glued to a group's head's first, its last glued to the
        // title (由甲任专|班组长), leaves it the group's word for itself, which the clause
        // refers back by; no name ends there. (A town's party organ is read with the glue
        // dropped: 由镇|党委书记.)
        if hit.entry.org_kind == OrgKind::Group
            && w.end > hit.end
            && s.word_at(hit.start).is_some_and(|i| {
                let g = s.words[i].clone();
                g.start < hit.start
                    && g.end < hit.end
                    && s.text[g.start..hit.start].chars().count() == 1
                    && s.text[g.start..hit.start].chars().all(glued_before_unit)
            })
        {
            return false;
        }
        // A party's relation to another is no body (其母公司, 的子公司) — unless a name
        // comes before it (青禾银行贷款|子公司).
        // (The last character first: a relation noun ends in one of RELATION_LAST_CHARS.)
        if ends_with_one_of(&s.text[w.clone()], RELATION_LAST_CHARS)
            && RELATION_NOUNS.contains(&&s.text[w.clone()])
            && !s.text[..w.start].ends_with(|c: char| is_han(c) && !"其该的之为是".contains(c))
        {
            return false;
        }
        // A department's head (系) ends a noun of a discipline (中文系, 社会学系) or stands
        // alone (心理学|系); two-character words (关系, 体系) and phrases (密切联系) are
        // ordinary words.
        if hit.entry.sub_unit {
            let word = &s.text[w.clone()];
            let discipline = word.chars().count() >= 3 && with_word_class(word, |c| ["n", "nt", "nz"].contains(&c));
            if !(discipline || w == (hit.start..hit.end)) {
                return false;
            }
        }
        // 技术改造处处长: jieba-rs keeps 处处长 one word, across the head and the title
        // (or its modifier: 建设/部副/部长, 事务所律师).
        let across_title = s.hit_starting_at(hit.end).is_some_and(|t| {
            // The title may go on past the word (银行|行长助理, jieba-rs: 银行行长/助理)
            // when the word holds two characters of it at least (部|门将 does not) — or
            // only its deputy's 副 (北辰区|委副|书记).
            t.entry.is(tag::TITLE | tag::MODIFIER)
                && (t.end == w.end
                    || (t.end > w.end
                        && (s.text[hit.end..w.end].chars().nth(1).is_some() || s.text[hit.end..w.end] == *"副")))
        });
        // So does the label of a list of the body's members (专家/组成员/：甲、乙).
        let across_member_label = s.text[hit.end..w.end] == *"成员" && s.text[w.end..].starts_with(':');
        // And a sender's 驻 before the mission it sends (农村|局驻|石门镇工作组).
        let across_stationed = s.text[hit.end..w.end] == *"驻";
        // And the body's party organ (支队|党委, one word of jieba-rs's dictionary).
        let across_organ = super::PARTY_ORGANS.contains(&&s.text[hit.end..w.end]);
        if w.end != hit.end && !across_title && !across_member_label && !across_stationed && !across_organ {
            return false;
        }
        // The head may span words of its own (纪检监察/nr|组/zg): judged as one.
        let word = &s.text[w.start.min(hit.start)..hit.end];
        if word.len() == hit.end - hit.start {
            // The head is a word of its own (局 in 农业/农村/局): judged by the name before
            // it — but a multi-character head can be an ordinary word too (学会 'learn'),
            // and after a number it counts things (一万二千|部).
            if counted(s, w.start) || counts_places(s, hit) {
                return false;
            }
            // An ordinary word as a head (博物馆, 国家队, 政协) needs a name right before
            // it (青山大学|博物馆, 巴西|国家队). Not a business's (宾馆, 商场, 工厂):
            // there the annotated news we learn from sees a place, not an organisation.
            // A business named for a post in it is a body, though (白沙信用社|主任).
            // (Before the word the head starts inside, when jieba-rs cut it so: 渭岚市|歌舞剧|
            // 院|院长 is named by 渭岚市.)
            let named_from = s.word_at(hit.start).map_or(w.start, |k| s.words[k].start.min(w.start));
            return hit.end - hit.start <= 4
                || !self.not_heads.contains(word)
                // (Or a unit a body sets up, listed after another after 下设: 下设综合组和|督导组.)
                || later_unit_set_up(&s.text[..w.start])
                || (hit.entry.org_kind != OrgKind::Company
                    && (names_before(s, named_from) || named_before_own_title(s, hit, w.start)))
                // (A business's brand the segmenter had to guess counts: 沅城|宾馆|总经理.)
                || ((names_before(s, w.start)
                    || name_word_before(s, w.start, hit.entry.org_kind == OrgKind::Company)
                    || brand_after_place(s, w.start))
                    && s.title_starts_at(hit.end))
                || labels_line(s, hit)
                // A quoted name is a name (“五方联动”小组，由甲任组长; 区“双改”办主任) where the
                // body has posts: a pupils' “爱心奉献”小组 or a “友谊”饭店 is named so as well.
                || (hit.entry.org_kind != OrgKind::Company
                    && s.text[..w.start].ends_with('”')
                    && self.enclosed_before(s, w.start).is_some()
                    && (s.title_starts_at(hit.end) || posts_filled_after(s, hit)))
                // A group set up, its posts filled after it (成立…协调|小组，由甲任组长).
                || (hit.entry.org_kind == OrgKind::Group
                    && w.start.checked_sub(1).and_then(|p| s.word_at(p)).is_some_and(|k| set_up_object(s, k, hit)));
        }
        // A bureau's short name the learned list holds because news writes it bare (环保局/j)
        // is one again after a name (青山市|环保局). Not other short names: 三总部, 中西部,
        // 党和政府 are no bodies after a place either.
        let named_short = || word.ends_with('局') && with_word_class(word, |c| c == "j") && names_before(s, w.start);
        // The bureau's word for itself glued to a linking character (为|局, 经|局) heads no
        // name: it starts the name of one of its units (为|局基础教育股, 经|局党组).
        if glued_bureau(word) {
            return false;
        }
        // A delegation is a body where a post in it is named (澄港市友好代表团|团长, 代表团|副
        // 团长), though news names most delegations by their country alone.
        let delegation = || word == "代表团" && ["团长", "副团长"].iter().any(|t| s.text[hit.end..].starts_with(t));
        (!self.ends_ordinary_word(word) || named_short() || delegation())
            && (with_word_class(word, |c| NOMINAL_CLASSES.contains(&c))
                // Before a post in it: a department named by its number (监管二部|主任), not
                // a count (分三部, 四处寻访); an office's short name jieba-rs files as a set
                // phrase (扶贫办/i|主任).
                || ((numbered_unit(word) || with_word_class(word, |c| c == "i" || c == "l"))
                    && s.title_starts_at(hit.end)))
    }

    /// Is `word` (a jieba-rs word ending in a head character) an ordinary word, or such a
    /// word the segmenter glued to a verb or adverb before it (离休|干部, 重新|部署)? The
    /// learned list holds the frequent words, not every phrase they end.
    fn ends_ordinary_word(&self, word: &str) -> bool {
        self.not_heads.contains(word)
            // (A town's centre is a place: 位于|市中心.)
            || DOWNTOWNS.contains(&word)
            // (Nor a class of a school's course, which jieba-rs keeps one word: 大专班.)
            || ["大专班", "中专班"].contains(&word)
            // (Nor how a body is run, which jieba-rs files as nouns ending in 办: 党支部|领办|
            // 合作社 'runs', 民办|学校 'privately run'.)
            || RUN_BY.contains(&word)
            // (Not a body's name jieba-rs knows: 越共/d|中央, 解放/v|军队 in 越共中央/nt.)
            || !with_word_class(word, |c| c == "nt") && word.char_indices().skip(2).any(|(i, _)| {
                let (before, rest) = word.split_at(i);
                rest.chars().nth(1).is_some()
                    && self.not_heads.contains(rest)
                    && with_word_class(before, |c| matches!(c, "v" | "vd" | "d" | "ad" | "a"))
            })
    }

    /// Is the occupation `word`, right before the word at `start` that ends in a head,
    /// part of the body's name (裁判|委员会, 发言人|办公室)? Only a common noun before a
    /// common-noun head word of two characters or more.
    fn names_body_of_kind(&self, s: &Sentence<'_>, word: &str, start: usize) -> bool {
        with_word_class(word, |c| matches!(c, "n" | "vn" | "l"))
            && s.word_starting_at(start).is_some_and(|n| {
                let head = &s.text[n];
                head.chars().nth(1).is_some() && with_word_class(head, |c| matches!(c, "n" | "vn" | "l"))
            })
    }

    /// A head flagged `before_byline` (网) heads a name right before a byline word
    /// (环球网记者), or before a title when it is a word of its own or ends a proper noun
    /// (北方粮油|网|首席分析师, 青禾网总编辑) — not an ordinary word (互联网专家).
    fn before_byline_heads(&self, s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
        // (Also past the paper's closing title mark: 《临江财经报》记者.)
        let after = s.text[hit.end..]
            .strip_prefix('》')
            .map_or(hit.end, |r| s.text.len() - r.len());
        if s.hit_starting_at(after).is_some_and(|h| h.entry.is(tag::BYLINE)) {
            return true;
        }
        // So does a dateline's 讯 and the byline's bracket or blank (禾浦新闻网讯（记者 甲）,
        // 临沣网讯 记者乙报道).
        if let Some(r) = s.text[hit.end..]
            .strip_prefix('讯')
            .and_then(|r| r.strip_prefix(['（', '(', ' ', '\u{3000}']))
        {
            let at = s.text.len() - r.trim_start().len();
            return s.hit_starting_at(at).is_some_and(|h| h.entry.is(tag::BYLINE));
        }
        // A title, or modifiers and a title (副总编), not a modifier alone (建网|第一线).
        s.title_starts_at(hit.end)
            && s.word_at(hit.start).is_some_and(|k| {
                let w = s.words[k].clone();
                w.end == hit.end
                    && (w.start == hit.start || with_word_class(&s.text[w], |c| ["nz", "nt", "OOV"].contains(&c)))
            })
    }

    /// Reads the head word at `s.hits[i]` leftwards into a full name.
    pub(super) fn headed(
        &self,
        s: &Sentence<'_>,
        i: usize,
        persons: &[Range<usize>],
        found: &[OrgMention],
    ) -> Option<OrgMention> {
        let head = &s.hits[i];
        let kind = head.entry.org_kind;
        // The head may sit at the end of a longer jieba word (住/建局, 上海音乐学院):
        // the name starts at that word at least.
        let mut start = s
            .word_at(head.start)
            .map_or(head.start, |w| s.words[w].start.min(head.start));
        // A term of office jieba-rs glued to it (八届全国政协/nt): the body is the same from
        // term to term.
        start += term_of_office(&s.text[start..head.start]);
        // A determiner jieba-rs glued to it (各|街道办事处, 各级|党委, 这所|学校): a description.
        let glued = &s.text[start..head.start];
        if (glued.chars().count() == 1 && starts_with_one_of(glued, DETERMINERS))
            || starts_with_one_of(glued, DETERMINER_WORDS)
        {
            return None;
        }
        // A name jieba-rs glued to the head (杂志社长|杨建科: 科 after a given name) is no
        // organisation — unless a company is named after the person (田书海集团).
        if persons.iter().any(|p| p.start < head.start && start < p.end)
            && !(kind == OrgKind::Company && persons.iter().any(|p| p.end == head.start))
        {
            return None;
        }
        let mut named = kind == OrgKind::Media || kind == OrgKind::Group;
        // A bracket inside the name ((深圳)) names it, but a verb may still come before
        // the bracket (大成律师（深圳）事务所): it counts only once reading is done.
        let mut bracketed = false;
        let mut prefix_start = None;
        if start < head.start {
            let inner = &s.text[start..head.start];
            if s.hit_starting_at(start)
                .is_some_and(|h| h.entry.is(tag::PLACE) && h.end <= head.start)
            {
                prefix_start = Some(start);
                named = true;
            } else if with_word_class(&s.text[start..head.end], |c| c == "nt" || c == "OOV")
                && inner.chars().count() > 1
            {
                // A word jieba-rs knows as an organisation, or a name it had to guess.
                named = true;
            }
        }
        // Whether a proper noun was read (青禾|地产, 青禾|银行): the name's own word.
        let mut proper = false;
        let mut parent = None;
        let mut words = 0;
        // Where the name stood before a verb read right next to the head word (转化 in
        // 技术改造处): the verb stays only if more is read before it (走进 + 学校 is no name).
        let mut before_verb = None;
        // Right after a bracket, a title word is part of the name (国浩律师（上海）事务所).
        let mut after_bracket = false;
        // A term of office read over between the place and the body (青山市|第五届|政协).
        let mut term: Option<Range<usize>> = None;
        // A publication's title in book marks before its office (《青山》杂志社|社长): the
        // name is read whole, marks and all. (Not one lending its last character to a title,
        // 《青山》杂志社长: a title does not hold the book marks.)
        if kind == OrgKind::Media
            && start == head.start
            && !lends_to_title(s, head.end)
            && let Some(open) = s.text[..start].strip_suffix('》').and_then(|b| b.rfind('《'))
            && head.end - open <= MAX_ORG
            && s.text[open..start]
                .chars()
                .skip(1)
                .take_while(|&c| c != '》')
                .all(|c| is_han(c) || c.is_ascii_alphanumeric())
        {
            start = open;
            named = true;
            words = MAX_WORDS;
        }
        while words < MAX_WORDS {
            // A bracketed place or company form (（上海）, （集团）) or a quoted name (“双改”)
            // inside the name.
            if let Some(open) = self.enclosed_before(s, start)
                && head.end - open <= MAX_ORG
            {
                start = open;
                bracketed = true;
                words += 1;
                after_bracket = true;
                continue;
            }
            let Some(wi) = start.checked_sub(1).and_then(|p| s.word_at(p)) else {
                break;
            };
            let w = s.words[wi].clone();
            let word = &s.text[w.clone()];
            // A term of office between the place and the body (青山市|第五届|政协, 省|十四届|
            // 人大常委会): the body is the same from term to term, so the name is read over
            // the term and given without it.
            // (The congress itself only before a post of it: 白沙镇|第十九届|人民代表大会|主席;
            // its session is an event: …人民代表大会第一次会议.)
            let read = &s.text[start..head.end];
            let term_body = TERM_BODIES.contains(&read)
                || (read == "人民代表大会" && s.title_starts_at(head.end))
                || (read == "委员会"
                    && political_consultative_before(s, w.start)
                    && !opens_session(&s.text[head.end..]));
            if term.is_none() && term_body && term_of_office(word) == word.len() && place_ends_at(s, w.start) {
                term = Some(w.clone());
                start = w.start;
                words += 1;
                continue;
            }
            if head.end - w.start > MAX_ORG
                || !word.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                || is_between_names(word)
            {
                break;
            }
            if std::mem::take(&mut after_bracket) && s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::TITLE)) {
                start = w.start;
                words += 1;
                continue;
            }
            if let Some(p) = persons.iter().find(|p| p.start < w.end && w.start < p.end) {
                // Bodies are often named after a person or a brand the name reader took for
                // one (韩雪梅集团, 青禾|钢铁信息研究中心): the name is the start — unless a title
                // or byline makes the name a person's (记者滕志远|…).
                let titled = s
                    .hit_ending_at(p.start)
                    .is_some_and(|h| h.entry.is(tag::TITLE | tag::BYLINE | tag::MODIFIER));
                if p.end == start
                    && ((kind == OrgKind::Company && words == 0)
                        || (!titled && names_after_person(s, start, head.start)))
                {
                    start = p.start;
                    named = true;
                    words += 1;
                }
                break;
            }
            // An organisation found just before: it becomes the parent, and reading goes on.
            if let Some(o) = found
                .iter()
                .rev()
                // (Or a place's party committee alone before a name jieba-rs had to guess:
                // 市委|两新/OOV|工委.)
                .find(|o| {
                    o.range.end == start
                        && !o.in_title
                        && (!o.bare
                            || (words > 0
                                && matches!(&s.text[o.range.clone()], "市委" | "县委" | "区委" | "省委")
                                && s.word_starting_at(start)
                                    .is_some_and(|w| with_word_class(&s.text[w], |c| c == "OOV"))))
                })
            {
                // A league's team (意甲|球队) is one of its clubs, not a body of its own; an
                // association after another and a place is a second one (…学会|湖南省张家界市
                // 社科联), unless a branch (…协会|青山|分会).
                // A relation (全资子公司|云岭华康…有限公司) names the party after it in apposition.
                // The party's name before a school or a company (中共|青山学院) names the
                // party's organisation in it, not the body's parent; before a body of the
                // party in one (中共|青山学院|第三次代表大会) the body in it stays the parent.
                let party = matches!(&s.text[o.range.clone()], "中共" | "中国共产党");
                if (kind == OrgKind::Team && o.kind == OrgKind::Association)
                    || (matches!(kind, OrgKind::School | OrgKind::Company)
                        && party
                        && !s.text[head.start..head.end].ends_with("党校"))
                    || RELATION_NOUNS.iter().any(|r| s.text[o.range.clone()].ends_with(r))
                    || (kind == OrgKind::Company && COMPANY_KINDS.iter().any(|k| s.text[o.range.clone()].ends_with(k)))
                    || (kind == OrgKind::Association
                        && prefix_start.is_some()
                        && !s.text[head.start..].starts_with('分'))
                {
                    break;
                }
                if !(party && parent.is_some()) {
                    parent = Some((o.range.clone(), o.kind));
                }
                start = o.range.start;
                named = true;
                words += 1;
                // A parent that starts with its place starts the name too (项目合作单位|青山省
                // 农业科学院|马铃薯研究所): left of a place, only what the parent's reading took —
                // or a body's short name (武警|河北省总队|五支队, 民航|西藏区局), or the mission's
                // sender (县纪委监委|派驻|县教育局|纪检监察组).
                let stationed = || {
                    s.word_at(start.wrapping_sub(1))
                        .is_some_and(|k| s.words[k].end == start && is_stationed(&s.text[s.words[k].clone()]))
                };
                if o.prefix.as_ref().is_some_and(|p| p.start == o.range.start)
                    && !short_name_ends_at(s, start)
                    && !stationed()
                {
                    break;
                }
                continue;
            }
            // A mission or office stationed elsewhere is named after its sender (中国|驻|美国
            // 大使馆, 省审计厅|驻|青山特派办, 县纪委监委|派驻|…纪检监察组): 驻 joins them.
            if (words > 0 || start < head.start) && is_stationed(word) && sender_ends_at(s, w.start, found) {
                start = w.start;
                words += 1;
                continue;
            }
            let hit = s.hit_at(w.clone());
            // A title or a name ending the word stops the reading; a modifier only when it
            // is the whole word (副 stops, 天正 ending in 正 does not).
            let ending = s.hit_ending_at(w.end).filter(|h| h.start >= w.start);
            // An ordinal right before the head numbers the body (第一|中学), though 第一
            // is a title's modifier too (第一书记); so does one right after the body it
            // belongs to (青山市人民检察院|第二|检察部), or a word or two before the head
            // (第一|检察|部) — not a session of a meeting it holds (…|第四次|妇女代表大会).
            let after_body = || found.iter().any(|o| o.range.end == w.start && !o.bare && !o.in_title);
            let counted = || word.strip_prefix('第').is_some_and(all_digits);
            // (A working group's 第N次 numbers the census or survey it runs: 区|第五次|全国经济普查
            // 领导小组.)
            let census = || head.entry.org_kind == OrgKind::Group && is_session(word);
            let ordinal = numbers_a_body(word)
                && (words == 0 || (!word.ends_with('次') && after_body()) || (words <= 2 && counted()) || census());
            // So does a bare number between a body and its unit (交警支队|一|大队, 消防救援
            // 支队|三|中队): the unit is the body's, numbered — a body named by more than its
            // head word (not 一|总队|十|支队, whose 总队 is numbered too).
            let named_body = || {
                found.iter().any(|o| {
                    o.range.end == w.start && !o.bare && !o.in_title && s.text[o.range.clone()].chars().count() > 2
                })
            };
            // Or a unit of police or troops numbered after the area or road it serves (城区|三|
            // 中队, 高速公路|一|大队): the noun names it with the number.
            let numbered_unit = || {
                NUMBERED_UNITS.contains(&&s.text[head.start..head.end])
                    && wi.checked_sub(1).is_some_and(|k| {
                        let p = &s.text[s.words[k].clone()];
                        s.words[k].end == w.start
                            && p.chars().count() >= 2
                            && p.chars().all(is_han)
                            && with_word_class(p, |c| matches!(c, "n" | "ns" | "nz" | "l"))
                    })
            };
            if words == 0 && word.chars().count() <= 2 && all_digits(word) && (named_body() || numbered_unit()) {
                start = w.start;
                words += 1;
                continue;
            }
            // Or an office numbered within a line of work right after its body's name
            // (省委组织部|干部|二|处, 县城管执法局|执法|一|中队): the line of work, a word of two
            // of any class, is read over to the body's name.
            if words == 0 && word.chars().count() == 1 && all_digits(word) && numbered_office(s, wi, head, found) {
                start = s.words[wi - 1].start;
                words += 2;
                continue;
            }
            // A board's committees are named by the verb of their remit (审计|委员会,
            // 提名|委员会, 薪酬与考核|委员会), which no other body's name is read over.
            if words == 0 && &s.text[head.start..head.end] == "委员会" && BOARD_REMITS.contains(&word) {
                start = w.start;
                words += 1;
                continue;
            }
            // A body is often named after the people it gathers or serves (律师|协会,
            // 导演|协会, 裁判|委员会, 教师|进修学校, 发言人|办公室): an occupation right
            // before its head word is inside the name. An association is always named so;
            // another body only after a common noun (领导|抗日军政大学, 常委|政法委 are
            // the person's posts) before a common-noun head of two characters or more
            // (医生|处 is the doctor's place).
            // (Also a common noun ending in one: 交通警察|支队, 新闻工作者|协会 — not a
            // committee's post: 市委常委|总工会.)
            let occupation = hit.is_some_and(|h| h.entry.is(tag::TITLE) && h.start == w.start && h.end == w.end)
                || ending.is_some_and(|h| {
                    h.entry.is(tag::TITLE)
                        && h.start > w.start
                        && !s.text[w.start..h.start].ends_with('委')
                        && with_word_class(word, |c| c == "n")
                });
            // (So does one naming a trade: 律师|行业党委, 会计师|行业协会.)
            let trade = || s.text[w.end..].starts_with("行业");
            if occupation
                && ((words == 0 && (kind == OrgKind::Association || self.names_body_of_kind(s, word, start)))
                    || trade())
            {
                start = w.start;
                words += 1;
                continue;
            }
            // A zone's rank stands between its own name and its kind (云雾山|国家级|自然保护区,
            // 省级|风景名胜区): the name goes on before it, though 国家级 qualifies a post too
            // (国家级教练).
            if ZONE_RANKS.contains(&word)
                && s.word_starting_at(start)
                    .is_some_and(|z| ends_with_one_of(&s.text[z], &['区', '园']))
            {
                start = w.start;
                words += 1;
                // The zone's own name the segmenter cut apart (黔南|石|门坎|国家级…): the nouns
                // back to the place it is in are its name.
                if let Some(place) = zone_place_before(s, wi) {
                    start = place;
                    named = true;
                    words += 1;
                }
                continue;
            }
            // A working group's remit may be a change of term or an election, which the lexicon
            // knows as an appointment's words (镇|换届|工作|领导小组办公室, 换届|选举|工作…) — not
            // any verb before its 工作 (县里|成立|工作领导小组).
            if kind == OrgKind::Group
                && matches!(word, "换届" | "选举")
                && ["工作", "选举"].iter().any(|n| s.text[w.end..].starts_with(n))
            {
                start = w.start;
                words += 1;
                continue;
            }
            // (A company's region qualifies a post before one, 亚太区|总裁, and is read
            // inside the name of a unit it has: 亚太区|固定收益部.)
            if hit.is_some_and(|h| {
                h.entry.is(tag::TITLE | tag::PERSON | tag::APPOINT)
                    || (h.entry.is(tag::MODIFIER) && !ordinal && !s.text[h.start..h.end].ends_with('区'))
            }) || ending.is_some_and(|h| h.entry.is(tag::TITLE | tag::PERSON | tag::APPOINT))
            {
                // (Not in a group's name a verb of setting up opens, its posts filled after it:
                // 成立县质量监督提升|领导|工作小组，由甲任组长.)
                let title = hit.is_some_and(|h| h.entry.is(tag::TITLE));
                // (Nor a post whose holders' matters the body is for: 校长|职级评审|委员会,
                // 教师|资格认定|中心.)
                let their_matters = || words > 0 && PERSONNEL_MATTERS.iter().any(|m| s.text[w.end..].starts_with(m));
                if !(title && (head.entry.org_kind == OrgKind::Group && set_up_object(s, wi, head) || their_matters()))
                {
                    break;
                }
            }
            if ordinal && words > 0 {
                start = w.start;
                words += 1;
                continue;
            }
            let hit = hit.or(ending);
            // A city's name jieba-rs cut across (据桐|山市, 沅|州市): its first character
            // glued to a preposition before it, or left alone; or a place's name glued to one
            // before its unit (访青禾/nr|县委). The name starts with it.
            // (Runs for every word read: the word's characters first.)
            let city_tail = || {
                s.word_at(start).is_some_and(|k| {
                    let next = &s.text[s.words[k].clone()];
                    s.words[k].start == start && next.chars().count() == 2 && ends_with_one_of(next, &['市', '县'])
                })
            };
            let unit_after = || starts_with_one_of(&s.text[start..], &ADMIN_UNITS);
            let mut chars = word.chars();
            let split = match (chars.next(), chars.next(), chars.next(), chars.next()) {
                (Some(p), Some(_), third, None)
                    if CITY_PREPOSITION.contains(p)
                        && (third.is_none() && city_tail() || unit_after())
                        // A word jieba-rs made of the two (据桐/ng, 访青禾/nr), not a place or a
                        // word of its own (于都/ns|县, 同心/n|县).
                        && with_word_class(word, |c| matches!(c, "ng" | "nr" | "nrt" | "nrfg" | "OOV" | "j" | "zg"))
                        && !s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::PLACE)) =>
                {
                    Some(w.start + p.len_utf8())
                }
                // (Not a bare unit before a common noun: 县|城市|管理局 is the county's.)
                // (A character bound to others, never a word alone: 溱/g|阳市, 霁/vg|州市.)
                (Some(c), None, ..)
                    if !matches!(c, '省' | '市' | '县' | '区')
                        && city_tail()
                        && with_word_class(word, |c| matches!(c, "zg" | "ng" | "g" | "vg" | "ag" | "OOV" | "j")) =>
                {
                    Some(w.start)
                }
                // A city's name jieba-rs left as two characters, neither a word, before a
                // body named by its unit (黔/j|湄/zg|市委, 沅/j|澧/zg|县政府) — or as a pair it
                // guessed and a character (吕讷|堡|市议会).
                (Some(c), None, ..)
                    if !matches!(c, '省' | '市' | '县' | '区')
                        && unit_after()
                        && lone_morpheme(word, false)
                        && wi > 0
                        && s.words[wi - 1].end == w.start
                        && (lone_morpheme(&s.text[s.words[wi - 1].clone()], true)
                            || guessed_pair(&s.text[s.words[wi - 1].clone()])) =>
                {
                    Some(s.words[wi - 1].start)
                }
                // A body named by a unit and a short name of two characters, the first of which
                // jieba-rs glued to the unit as a noun (县民/n|宗/nr|局局长: 县民宗局, the county's
                // bureau of ethnic and religious affairs): no body's name is one character.
                (Some(u), Some(_), None, _)
                    if matches!(u, '省' | '市' | '县' | '区')
                        && s.text[start..head.start].chars().count() == 1
                        && with_word_class(word, |c| c == "n") =>
                {
                    Some(w.start)
                }
                // A whole place jieba-rs glued to 为, 由, the pronoun 其 or a verb of going before it
                // (当选|为澜溪市|人民政府, 免去|其潇阳市|广播电视台…, 赴青山县): no place starts with
                // one.
                (Some(p), Some(_), Some(_), Some(_))
                    if (p == '为' || p == '受' || p == '由' || p == '经' || p == '其' || PLACE_VERBS.contains(p))
                        && ends_with_one_of(word, &ADMIN_UNITS)
                        && with_word_class(word, |c| matches!(c, "ns" | "nr" | "OOV")) =>
                {
                    Some(w.start + p.len_utf8())
                }
                _ => None,
            };
            if let Some(a) = split {
                prefix_start = Some(a);
                start = a;
                named = true;
                words += 1;
                break;
            }
            // A school's or company's own name of two characters jieba-rs glued to a linking
            // character before it and had to guess (由嘉澜/OOV|理工大学): the name is the two.
            // So is a community's, glued to 任 too (任桂香|社区|居民委员会).
            let community = || ["社区", "街道", "小区"].iter().any(|c| s.text[start..].starts_with(c));
            // A community named as a lane is (幸福|里|社区): 里 ends the name, no 'inside'.
            if word == "里"
                && community()
                && let Some(name) = noun_of_place_before(s, wi)
            {
                start = name;
                named = true;
                words += 2;
                break;
            }
            // A farm or a reserve named after a hill, a ridge or a bay, whose landform jieba-rs
            // cut off as a word of its own (青松/n|岭/n|林场, 白鹭/n|湾|农场): the noun and the
            // landform are the name, and the reading goes on before them (国有|青松岭林场).
            if words == 0
                && LANDFORMS.contains(&word)
                && let Some(name) = noun_of_place_before(s, wi).filter(|&n| head.end - n <= MAX_ORG)
            {
                start = name;
                named = true;
                words += 2;
                continue;
            }
            // So is any body's after 经 'as approved by', opening an announcement's clause
            // (经青禾/nr|乡村|教育|基金会|理事会…审议).
            // (Where a clause opens: not inside a place's name, 青山|经开区/OOV, nor a street's
            // number, 济南|经二纬/OOV|二老邮局; nor a zone's short name, 经开区 'the economic
            // development zone'.)
            let approved = |p: char| {
                p == '经'
                    && s.text[..w.start].chars().next_back().is_none_or(|c| !is_han(c))
                    && !ends_with_one_of(word, &ADMIN_UNITS)
                    && !word.chars().any(is_chinese_digit)
                    && with_word_class(word, |c| matches!(c, "nr" | "OOV"))
            };
            // So is a registered company's brand glued to a particle or a preposition before it
            // (听取了|了鸿钧/nr|置业|有限公司).
            let registered = |p: char| {
                (CITY_PREPOSITION.contains(p) || matches!(p, '了' | '为' | '任'))
                    && s.text[head.start..head.end].ends_with("有限公司")
                    && with_word_class(word, |c| matches!(c, "nr" | "nz" | "OOV"))
            };
            // (The word's own characters first: this runs for every word read.)
            if let Some(p) = word.chars().next()
                && word.chars().count() == 3
                && word.chars().all(is_han)
                && (approved(p)
                    || registered(p)
                    || (CITY_PREPOSITION.contains(p) || p == '为' || p == '任')
                        && (words == 0 && matches!(kind, OrgKind::School | OrgKind::Company | OrgKind::Research)
                            || community())
                        && with_word_class(word, |c| c == "OOV"))
            {
                start = w.start + p.len_utf8();
                named = true;
                words += 1;
                break;
            }
            // An abbreviation jieba-rs cut across, its first character glued to the bare unit
            // before it into a word of its own (县城|管|执法局: 'county town', where the name is
            // 县|城管 'urban management'): the unit starts the name.
            if let Some(unit_word) = glued_unit_before_abbreviation(s, wi).filter(|u| head.end - u.start <= MAX_ORG) {
                start = unit_word.start;
                named = true;
                words += 2;
                // The place the unit is of, right before it (青山|县城|管…), starts the name.
                if let Some(place) = wi
                    .checked_sub(2)
                    .map(|k| s.words[k].clone())
                    .filter(|p| p.end == start && head.end - p.start <= MAX_ORG && is_place_word(s, p))
                {
                    start = place.start;
                    words += 1;
                }
                prefix_start = Some(start);
                continue;
            }
            // A bare administrative prefix (县自然资源住建局, 省工信厅): it starts the name.
            // jieba-rs may glue it to a linking character or a determiner before it (为/市
            // read as 为市, 该省保监局: the province's bureau).
            let admin = |c: char| ADMIN_UNITS.contains(&c);
            let mut chars = word.chars();
            let (c1, c2, c3) = (chars.next(), chars.next(), chars.next());
            let admin_start = match (c1, c2, c3) {
                // 校|党委, 院|纪委: a university's or institute's own body, written as a
                // county's is (县|纪委).
                (Some(a), None, _) if admin(a) || INSTITUTION_UNITS.contains(&a) => Some(w.start),
                // A bureau's notice calls it 局 (局党组, 局基础教育股), glued to a linking
                // character before it (为|局, 经|局).
                (Some(l), Some(a), None)
                    if (glued_before_unit(l) && admin(a))
                        || glued_bureau(word)
                        || (matches!(l, '该' | '本' | '此')
                            && matches!(a, '省' | '市' | '区')
                            && !s.text[start..].starts_with(a)) =>
                {
                    Some(w.start + l.len_utf8())
                }
                _ => None,
            };
            if let Some(a) = admin_start {
                // 各市、县人民政府, 各区、县教育局, 各市|州党委: every such body, one named by none.
                let every = |head: &str| {
                    s.word_at(head.len().saturating_sub(1))
                        .is_some_and(|k| s.words[k].end == head.len() && s.text[s.words[k].clone()].starts_with('各'))
                };
                if a == w.start && (s.text[..a].strip_suffix('、').is_some_and(every) || every(&s.text[..a])) {
                    return None;
                }
                prefix_start = Some(a);
                start = a;
                named = true;
                // Counted: a verb next to the head stays after it (省|审计|厅).
                words += 1;
                // The place the character ends (青山/市 read apart): it starts the name;
                // then only more places may come before it. (Not a form of address or a
                // verb, which close the name before it: 免去甲同志|县职业中专…, 联系|县税务局.)
                if a == w.start
                    && let Some(pw) = wi.checked_sub(1).map(|k| s.words[k].clone())
                    && pw.end == a
                    && !crate::recognize::HONORIFICS.contains(&&s.text[pw.clone()])
                    // (A village named by a verb is read as one: 前进|村.)
                    && let Some(place) = matches!(&s.text[w.clone()], "村" | "乡" | "镇")
                        .then(|| unknown_village(s, wi - 1, persons))
                        .flatten()
                        .or_else(|| {
                            (!with_word_class(&s.text[pw.clone()], |c| c == "v")
                                && (with_word_class(&s.text[pw.clone()], |c| c == "ns")
                                    || self.unknown_place(s, wi - 1)
                                    || unknown_city(s, wi - 1, persons)
                                    // (A prefecture's first character, bound to others and never
                                    // a word alone: 霁/vg|州/n|恒信律师事务所.)
                                    || (&s.text[w.clone()] == "州"
                                        && s.text[pw.clone()].chars().nth(1).is_none()
                                        && with_word_class(&s.text[pw.clone()], |c| matches!(c, "g" | "vg" | "ag" | "zg" | "ng")))))
                            .then_some(pw.start)
                        })
                        .or_else(|| split_city_before_unit(s, wi))
                {
                    // (A preposition jieba-rs glued to the name it guessed, 决定|对柏溪/ns|镇,
                    // is no part of it.)
                    let place = place + glued_preposition(&s.text[place..pw.end]);
                    prefix_start = Some(place);
                    start = place;
                    words += 1;
                    continue;
                }
                break;
            }
            // 各乡镇|人民政府, 每个|部门: a determiner makes what follows a description; a
            // date's last character the segmenter glued to the next word (7|日讯经|国务院…)
            // ends a dateline, which no name runs across.
            // (Not a place that starts like one: 那曲.)
            let place = || s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::PLACE));
            if (starts_with_one_of(word, DETERMINER_WORDS) && !place()) || ends_date(s, wi) {
                break;
            }
            if hit.is_some_and(|h| h.entry.is(tag::PLACE)) || is_place_name(word) {
                prefix_start = Some(w.start);
                start = w.start;
                named = true;
                words += 1;
                continue;
            }
            // A name starts with its place (郑州开发区…, 河南阳光防水…): left of a place,
            // only more places and a parent organisation belong to it — and, for a
            // company's branch named by its place alone or with its trade, the brand it
            // belongs to (青禾乐居|北京|公司, 青禾银行|上海|分行, 国网|湖北省|电力|有限公司).
            if prefix_start == Some(start)
                && kind == OrgKind::Company
                && s.hit_starting_at(start)
                    .is_some_and(|h| h.entry.place_level != PlaceLevel::Country)
                && is_brand_word(s, &w)
                // With its trade between, a brand of two characters (国网, 华能): not a
                // word learned to stand before names (本报讯), nor a person's name.
                && (words == 1
                    || (words == 2
                        && word.chars().count() == 2
                        && !self.inside.get(word).is_some_and(|&p| p < INSIDE)
                        && !persons.iter().any(|p| p.start < w.end && w.start < p.end)))
            {
                start = w.start;
                named = true;
                words += 1;
                continue;
            }
            // A zone is named after its place (青山|经开区, 浦东|新区): a place word of jieba-rs
            // our place list lacks still starts the name there.
            if prefix_start == Some(start)
                && s.hit_starting_at(start)
                    .is_some_and(|h| h.entry.is(tag::PLACE) && h.entry.place_level == PlaceLevel::District)
                && with_word_class(word, |c| c == "ns")
            {
                prefix_start = Some(w.start);
                start = w.start;
                words += 1;
                continue;
            }
            if prefix_start == Some(start) || is_classifier_phrase(s, &w) {
                break;
            }
            // Between an appointee's 为 and the post, all is the body's name, a verb too
            // (聘任甲为|合成/v|生物学|研究|中心|主任).
            if with_word_class(word, |c| VERB_CLASSES.contains(&c))
                && s.text[..w.start]
                    .strip_suffix('为')
                    .is_some_and(|b| persons.iter().any(|p| p.end == b.len()))
                && s.title_starts_at(head.end)
            {
                start = w.start;
                words += 1;
                continue;
            }
            let (inside, name_part) = self.word_inside(s, wi, start, head, (words, named, proper), persons, found);
            if !inside {
                break;
            }
            // (执法|大队|大队长: the unit's title says the verb names it.)
            // (So does a line's label: 审计|委员会：甲（主任委员）.)
            let own_title_follows =
                words == 0 && (before_own_title(s.text, head.start, head.end) || labels_line(s, head));
            if words == 0 && name_part == Some(false) && !own_title_follows {
                before_verb = Some(start);
            }
            named |= name_part == Some(true);
            proper |= name_part == Some(true);
            // 梧桐|办事处: the word right before names the place, whatever it is.
            named |= words == 0 && head.entry.place_named && word.chars().nth(1).is_some();
            named |= own_title_follows;
            // 1205|钻井队, 301|医院: a number of three digits or more right before the head
            // word, with no classifier (a count has one: 24个|队, 5支钻井队), numbers the unit.
            named |= words == 0
                && w.end == s.word_at(head.start).map_or(head.start, |k| s.words[k].start)
                && !s.text[w.end..].starts_with(|c: char| "个名家位所间座项批种类支只条多余几".contains(c))
                && word.len() >= 3
                && word.bytes().all(|b| b.is_ascii_digit());
            start = w.start;
            words += 1;
        }
        // A department of one character named by a term the reading stopped inside (区疾控中心|
        // 免疫/v|规划|科): right after its body, the words between name it.
        if parent.is_none()
            && DEPARTMENT_HEADS.contains(&&s.text[head.start..head.end])
            && start < head.start
            && let Some(o) = found.iter().rev().find(|o| {
                o.range.end < start
                    && !o.bare
                    && !o.in_title
                    && s.text[o.range.end..start].chars().count() <= MAX_TERM_GAP
                    && department_term(s, o.range.end, start)
            })
        {
            parent = Some((o.range.clone(), o.kind));
            start = o.range.start;
            named = true;
            before_verb = None;
        }
        // An ordinal written with digits (第|79|集团军): 第 stands apart from them.
        if s.text[start..].starts_with(|c: char| c.is_ascii_digit()) && s.text[..start].ends_with('第') {
            start -= '第'.len_utf8();
            named = true;
        }
        // A unit an army names by 某 after the formation it belongs to (新疆军区|某|汽车团).
        if head.entry.before_own_title
            && start < head.start
            && let Some(before) = s.text[..start].strip_suffix('某')
            && let Some(o) = found.iter().rev().find(|o| o.range.end == before.len() && !o.bare)
        {
            parent = Some((o.range.clone(), o.kind));
            start = o.range.start;
            named = true;
        }
        // A registered company's name runs from its place over its trade name, whatever its
        // words (临江|老|灶台|餐饮|管理|有限公司, 临江|八号|院|餐饮|有限公司): the law writes it
        // place, brand, trade, legal form.
        // (Not when a place was read: a one-character unit is none, 八号|院|餐饮….)
        let placed = prefix_start.is_some_and(|p| {
            s.hit_starting_at(p).is_some_and(|h| h.entry.is(tag::PLACE))
                || s.word_at(p)
                    .is_some_and(|k| with_word_class(&s.text[s.words[k].clone()], |c| c == "ns"))
        });
        if !placed
            && LEGAL_FORMS.contains(&&s.text[head.start..head.end])
            && let Some(place) = registered_place_before(s, start, persons)
        {
            prefix_start = Some(place);
            start = place;
            named = true;
        }
        // A registered company's name opening a clause runs to the clause's start over the
        // nouns of its brand (雪域/n|鲜冷链/a|科技有限公司): nothing else stands there.
        if LEGAL_FORMS.contains(&&s.text[head.start..head.end])
            && prefix_start.is_none()
            && parent.is_none()
            && let Some(brand) = brand_opening_clause(s, start, persons)
        {
            start = brand;
            named = true;
        }
        // A company's brand of two characters the segmenter cut in two, opening a clause
        // (校友代表、鹏|远|重工集团): nothing else stands there.
        if kind == OrgKind::Company
            && prefix_start.is_none()
            && parent.is_none()
            && let Some(brand) = split_brand_opening(s, start, persons)
        {
            start = brand;
            named = true;
        }
        // A village's name the segmenter cut before its last character, glued to 村 (王家|营村|
        // 党支部): the word before is the name's start.
        if ["党支部", "党总支", "村委会", "党委", "村民委员会"].contains(&&s.text[head.start..head.end])
            && let Some(k) = s.word_at(start).filter(|&k| s.words[k].start == start)
            && let village = &s.text[s.words[k].clone()]
            && village.chars().count() == 2
            && village.ends_with('村')
            && let Some(p) = k.checked_sub(1).map(|p| s.words[p].clone())
            && p.end == start
            && (s.text[p.clone()].chars().count() == 2 && names_village(&s.text[p.clone()], &p, persons)
                // (Or a character of its own where a list item or clause opens: 、立|新村|党支部.)
                || village_initial(s, &p, persons))
            && !s.hit_at(p.clone()).is_some_and(|h| h.entry.is(tag::TITLE))
        {
            start = p.start;
            prefix_start = Some(p.start);
            named = true;
        }
        named |= bracketed;
        // A body an election gives its members is named by it, though by its line of work
        // alone (选举产生|第三届|青年工作委员会).
        named |= start < head.start && elected_at(s.text, start);
        // A town named after a family's market (刘集镇) that the segmenter cut before 集镇,
        // 'market town', a word of its own (刘|集镇|党委): the name starts with the family.
        if s.text[start..].starts_with("集镇")
            && let Some(k) = start.checked_sub(1).and_then(|p| s.word_at(p))
            && let mut chars = s.text[s.words[k].clone()].chars()
            && let (Some(c), None) = (chars.next(), chars.next())
            && is_han(c)
            && !NOT_FAMILY_CHARS.contains(c)
        {
            start = s.words[k].start;
            named = true;
        }
        // A mission named after the place it is stationed in (县农业农村局|驻|石门镇|工作组):
        // the reading stopped at the place; the sender and 驻 join it, the sender its parent.
        if prefix_start == Some(start)
            && let Some(stationed) = s.text[..start].strip_suffix('驻')
            && let Some(sender) = found
                .iter()
                .rev()
                .find(|o| o.range.end == stationed.len() && !o.in_title)
        {
            parent = Some((sender.range.clone(), sender.kind));
            start = sender.range.start;
        }
        // The CPPCC's committee of a place opens with 政协 before the place and its term
        // (政协|青山市|第九届|委员会).
        if term.is_some()
            && &s.text[head.start..head.end] == "委员会"
            && let Some(opening) = CPPCC_OPENINGS.iter().find(|o| s.text[..start].ends_with(*o))
        {
            start -= opening.len();
        }
        // A line's label names the body in full, words the reader stopped at included
        // (提名与|薪酬考核委员会：甲（主任委员）).
        if labels_line(s, head) {
            start = label_start(s.text, head.start).min(start);
        }
        // So does the verb that sets a working group up, words the reader stopped at
        // included (成立|青禾县文化和旅游局创建国家全域旅游示范区工作领导小组).
        if let Some(from) = set_up_name_start(s, start, head, persons, found) {
            start = from;
            named = true;
        }
        // A term read with nothing before it stays out of the name.
        if let Some(t) = &term
            && start == t.start
        {
            start = t.end;
            term = None;
        }
        if let Some(b) = before_verb
            && words == 1
        {
            start = b;
        }
        // A department (中文系) is one only inside the body named right before it — or after
        // 该校, 本院 …, which name a body the text named before (该校|化学系).
        let determined = ["该校", "本校", "该院", "本院"]
            .iter()
            .any(|d| s.text[..start].ends_with(d));
        // (A department named at length whose post a named person holds stands alone:
        // 计算机科学与技术系|主任甲, the school's the text is about.)
        let held_at_length =
            || s.text[start..head.start].chars().count() >= 4 && s.held_title_at(head.end, persons).is_some();
        // (So does one a résumé's verb gives a post in: 曾任|中文系|主任, the school's the text
        // is about.)
        let resume_post = || {
            let before = s.hit_ending_at(start);
            s.title_starts_at(head.end)
                && (s.text[..start].ends_with('任') || before.is_some_and(|h| h.entry.is(tag::APPOINT)))
                && !before.is_some_and(|h| h.entry.is(tag::TITLE))
        };
        if head.entry.sub_unit && parent.is_none() && !determined && !held_at_length() && !resume_post() {
            return None;
        }
        let bare = start == head.start && parent.is_none();
        // A bare head after a name with a place, in one coordination (县应急管理局、公安局),
        // takes that place from it (see `coordinate`).
        let coordinated = || {
            found
                .last()
                .is_some_and(|o| o.prefix.is_some() && coordinates(&s.text[o.range.end..start]))
                || in_list_of_posts(s, head, found)
        };
        // (Nor a unit a body sets up listed after another after 下设: 下设综合组和|督导组.)
        if bare
            && !head.entry.standalone
            && !coordinated()
            && !super::heads_held_title(s, head, persons)
            && !later_unit_set_up(&s.text[..start])
        {
            return None;
        }
        // An organisation inside the name (中共中央 in 中共中央政治局), when no parent was met.
        if parent.is_none() {
            parent = self.inner_org(s, start, head.start);
            named |= parent.is_some();
        }
        // The party's committee in a school or a company written in full (中共青山学院委员会)
        // is the body's 党委, as the text goes on to call it (党委书记、院长甲).
        let party_committee = parent
            .as_ref()
            .filter(|(p, k)| {
                &s.text[head.start..head.end] == "委员会"
                    && p.end == head.start
                    && matches!(k, OrgKind::School | OrgKind::Company)
                    && ["中共", "中国共产党"]
                        .iter()
                        .any(|w| s.text[start..p.start].ends_with(w))
            })
            .map(|(p, _)| format!("{}党委", &s.text[p.clone()]));
        Some(OrgMention {
            range: start..head.end,
            kind,
            parent,
            inner: None,
            prefix: prefix_start.map(|p| p..prefix_end(s, p, head.start)),
            full_name: term
                .map(|t| format!("{}{}", &s.text[start..t.start], &s.text[t.end..head.end]))
                .or(party_committee),
            bare,
            named: named || head.entry.standalone,
            in_title: lends_to_title(s, head.end),
            organ_body: false,
        })
    }

    /// Is word `wi`, right before a bare unit character (石岭|镇), a place name the segmenter
    /// did not know? A word of two or three characters it guessed or took for a name
    /// (蕉岭/nrt), after a known place (河源市|石岭|镇): towns and villages are too many for
    /// any dictionary.
    fn unknown_place(&self, s: &Sentence<'_>, wi: usize) -> bool {
        let w = s.words[wi].clone();
        let n = s.text[w.clone()].chars().count();
        (2..=3).contains(&n)
            && with_word_class(&s.text[w.clone()], |c| ["OOV", "nr", "nrt", "nz"].contains(&c))
            && wi.checked_sub(1).is_some_and(|k| {
                let p = s.words[k].clone();
                p.end == w.start && is_place_word(s, &p)
            })
    }

    /// Is word `wi` (right before `start`) inside the name being read? `(words, branded,
    /// proper)`: how many words were read so far, whether one of them names it (a place, a
    /// parent, a proper noun or brand: 星河|公司, 阳光|防水…) — verbs stand after such a
    /// word only — and whether one is a proper noun the reading met itself.
    /// Also says whether the word names (Some(true)) or was taken only as a verb next to
    /// the head (Some(false)).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn word_inside(
        &self,
        s: &Sentence<'_>,
        wi: usize,
        start: usize,
        head: &Hit<'_>,
        (words, branded, proper): (usize, bool, bool),
        persons: &[Range<usize>],
        found: &[OrgMention],
    ) -> (bool, Option<bool>) {
        let w = s.words[wi].clone();
        let word = &s.text[w.clone()];
        let kind = head.entry.org_kind;
        // Is the head a department's, named so far by a short line of work (危重症医学|科)?
        let department = || {
            DEPARTMENT_HEADS.contains(&&s.text[head.start..head.end])
                && s.text[start..head.start].chars().count() <= MAX_TERM_GAP + 2
                && s.text[start..head.start].chars().all(is_han)
        };
        // A verb that moves someone into the body after it is never its line of work
        // (甘长工|调入|电力部, 甲|加入|青禾集团), nor one of holding a post there (jieba-rs
        // tags 现任 a noun: 现任|镇|人大|副主席).
        if MOVES_INTO.contains(&word) || crate::segment::POST_VERBS.contains(&word) {
            return (false, None);
        }
        if CONJUNCTIONS.contains(&word) {
            // 材料科学与工程学院: read on only between two plain nouns.
            return (
                self.conjunction_inside(s, wi, start, department(), persons, found),
                None,
            );
        }
        // The first of a department's two lines of work, its conjunction read (呼吸/v|与|…科).
        if department()
            && s.word_starting_at(start)
                .is_some_and(|c| CONJUNCTIONS.contains(&&s.text[c]))
            && line_of_work(word)
        {
            return (true, None);
        }
        // (A relation noun may span two words: 保荐|机构.)
        // (The last character first: it must end one of them.)
        let relation = ends_with_one_of(word, RELATION_LAST_CHARS)
            && RELATION_NOUNS
                .iter()
                .any(|r| r.ends_with(word) && s.text[..w.end].ends_with(r));
        // A word for a kind of body before a name's own word describes the body, no part of
        // its name (中甲|球队|江岭海鸥足球俱乐部, 民营|企业|青山科技有限公司) — but a body may be
        // named for one (企业|制度试点工作领导小组). A company's kind (合资企业) is none before any.
        let describes = || {
            BODY_KINDS.contains(&word)
                && s.word_starting_at(w.end)
                    .is_some_and(|n| with_word_class(&s.text[n], |c| matches!(c, "ns" | "nr" | "nz" | "nt" | "OOV")))
        };
        // (Nor a form of address: 免去甲同志|青禾城建集团有限公司党委书记职务.)
        if CLAUSE_WORDS.contains(word)
            || relation
            || (kind == OrgKind::Company && COMPANY_KINDS.contains(&word))
            || (words > 0 && describes())
            || is_party_word(word)
            || crate::recognize::HONORIFICS.contains(&word)
        {
            return (false, None);
        }
        // A company's unit named after its site (…物业管理有限公司|玉兰|湾|服务中心, …有限公司|
        // 滨江|分公司): the few words between the company and the unit's head name it,
        // whatever the segmenter made of them.
        if SITE_UNITS.contains(&&s.text[head.start..head.end])
            && found.iter().any(|o| {
                o.kind == OrgKind::Company
                    && o.range.end <= w.start
                    && s.text[o.range.end..head.start].chars().all(is_han)
                    && (1..=MAX_SITE_NAME).contains(&s.text[o.range.end..head.start].chars().count())
            })
        {
            return (true, Some(true));
        }
        // A shop's old-style brand ends in its sign (瑞和堂|医药连锁有限公司).
        if kind == OrgKind::Company
            && (3..=4).contains(&word.chars().count())
            && word.ends_with(|c| one_of(SHOP_SIGNS, c))
        {
            return (true, Some(true));
        }
        // A works group is named after the project's line and phase (轨道交通|3|号线|一期|工程
        // 建设攻坚指挥部), and a group set up with its posts filled by all its verb's object
        // (成立|城东|片区|拆迁|安置|指挥部，由甲任总指挥): whatever its words' classes, they
        // name it.
        if kind == OrgKind::Group && (names_project_part(s.text, w.clone()) || set_up_object(s, wi, head)) {
            return (true, None);
        }
        // An adverb, preposition, conjunction or pronoun of the dictionary belongs to the
        // clause (项目|已经|市政府…研究通过, 根据|…), as its single characters do (below) —
        // but for the few words jieba-rs tags adverbs that name bodies (特别|委员会) and places
        // it tags so (首尔/d, 约旦/d).
        if word.chars().nth(1).is_some()
            && with_word_class(word, |c| matches!(c, "d" | "p" | "c" | "r"))
            && !NAMING_ADVERBS.contains(&word)
            && !s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::PLACE | tag::ORG))
        {
            // A company's brand may be any word before its trade and a company's head word
            // (长远/d|机械|有限公司) — not before the head itself (不少|公司).
            let brand = kind == OrgKind::Company
                && s.text[head.start..head.end].contains("公司")
                && with_word_class(word, |c| c == "d")
                && s.word_at(start).is_some_and(|k| {
                    let trade = s.words[k].clone();
                    trade.start == start && trade.end <= head.start && with_word_class(&s.text[trade], |c| c == "n")
                });
            return (brand, brand.then_some(true));
        }
        // A bureau merged from several is named by their lines of work in a row (县|文化|旅游|
        // 广电|体育局, 市|自然资源|规划局): a line of work (a noun, not a verb of the clause:
        // 推动|…局) before another word read inside is one.
        if kind == OrgKind::Government
            && words > 0
            && MERGED_HEADS.iter().any(|h| s.text[..head.end].ends_with(h))
            // (The head ends a word of its own line of work, 体育局: not 评委, 战局, 餐厅.)
            && s.word_at(head.end - 1).is_some_and(|k| {
                s.words[k].end == head.end && s.text[s.words[k].clone()].chars().count() >= 3
            })
            && line_of_work(word)
            && with_word_class(word, |c| c == "n" || c == "vn")
        {
            return (true, None);
        }
        // A remit's first character the segmenter cut from it (森林|防|灭火|指挥部: 防灭火
        // 'prevent and fight fires'): with the remit read inside, it is too.
        if matches!(word, "防" | "抗")
            && s.word_starting_at(start)
                .is_some_and(|r| PURPOSE_VERBS.contains(&&s.text[r]))
        {
            return (true, None);
        }
        // (Not before the project's line or phase: 检查|轨道交通3号线一期…指挥部 — the verb
        // of the clause.)
        if kind == OrgKind::Group && PURPOSE_WORDS.contains(word) {
            return (!names_a_project_part(&s.text[start..head.start]), None);
        }
        // A place's first character the segmenter left alone as a morpheme, before the rest
        // of its name and unit it read as a word (溱/g|阳区|财政局, 渼/zg|阳区), or before the
        // rest alone, the unit opening the next word (浈/g|溪/n|县委): the name is read on over it.
        // (Or a common noun's character before a place jieba-rs knows, but a unit's and a word
        // of time's: 溪/n|南县/ns|化肥厂 — not 经|城区/n, 国|城市 (a place to jieba-rs), 市|南县,
        // 原|南县.)
        let morpheme = || with_word_class(word, |c| matches!(c, "g" | "zg" | "OOV"));
        let noun = || {
            with_word_class(word, |c| c == "n")
                && !word.starts_with(ADMIN_UNITS)
                && !matches!(word, "原" | "前" | "现" | "新" | "老")
        };
        if word.chars().nth(1).is_none()
            && s.word_starting_at(w.end).is_some_and(|n| {
                let next = &s.text[n.clone()];
                n.end <= head.start
                    && match next.chars().count() {
                        2 => {
                            next.ends_with(ADMIN_UNITS)
                                && (morpheme()
                                    || noun() && next != "城市" && with_word_class(next, |c| c == "ns" || c == "OOV"))
                        }
                        1 => next.chars().all(is_han) && s.text[n.end..].starts_with(ADMIN_UNITS) && morpheme(),
                        _ => false,
                    }
            })
        {
            return (true, Some(true));
        }
        // The verb of a remit whose conjunction was read (住房保障|和…).
        if PURPOSE_WORDS.contains(word)
            && s.word_at(start)
                .is_some_and(|k| CONJUNCTIONS.contains(&&s.text[s.words[k].clone()]))
        {
            return (true, None);
        }
        with_word_class(word, |class| {
            // A prefix (非/h of 非|物质文化遗产) belongs to the word after it.
            if class == "h" {
                return (true, None);
            }
            let class = common_noun_class(word, class);
            // A season a working group is set up for (成立|秋冬季|传染病防控工作专班, 组建|汛期|
            // 安全生产领导小组) names it; elsewhere a time word opens the clause.
            if class == "t" && kind == OrgKind::Group && set_up_before(s, wi) {
                return (true, None);
            }
            // A working group's remit may be a set phrase (县|扶贫开发/i|领导小组, 招商引资/i).
            if class == "i" && kind == OrgKind::Group {
                return (true, None);
            }
            let name_part = NAME_CLASSES.contains(&class).then_some(true);
            // An abbreviating single character (住 in 自然资源住建局) belongs to the name when
            // it is no function word and what follows is short (建局), not a whole word (学校).
            if word.chars().nth(1).is_none() && word.chars().all(is_han) && !self.inside.contains_key(word) {
                let next_short = s.text[start..].chars().take_while(|&c| is_han(c)).take(3).count() <= 2
                    || s.word_at(start).is_some_and(|k| {
                        s.words[k].len() <= 6 && s.words[k].end == head.end && s.words[k].start < head.start
                    })
                    // A one-character head read alone, jieba-rs having glued it to the
                    // title (住|建|局局长): 建 abbreviates as it does in 住建局.
                    || (start == head.start && head.end - head.start == 3 && s.title_starts_at(head.end));
                // Two such characters make a company's brand jieba-rs cut apart (青山|鸿|远|
                // 运输有限公司), or the place an institute or a school is named by (在|黔/j|岭/n|
                // 生态环境研究院): each is read with the other.
                let single = |k: usize| {
                    s.words.get(k).is_some_and(|x| {
                        let c = &s.text[x.clone()];
                        c.chars().count() == 1
                            && c.chars().all(is_han)
                            && with_word_class(c, |c| !FUNCTION_CLASSES.contains(&c) && !VERB_CLASSES.contains(&c))
                            && !LINKING_CHARS.contains(c)
                            && !PLACE_VERBS.contains(c)
                    })
                };
                // A shop's old-style last character ends its brand (长青|堂|医药连锁有限公司).
                let shop_sign = kind == OrgKind::Company && SHOP_SIGNS.contains(word) && words > 0;
                let named_by_pair = match kind {
                    OrgKind::Company => s.text[head.start..head.end].contains("公司"),
                    OrgKind::Research | OrgKind::School => true,
                    _ => false,
                };
                let brand_pair = named_by_pair
                    && (wi.checked_sub(1).is_some_and(single)
                        || (s.words.get(wi + 1).is_some_and(|x| x.start == start) && single(wi + 1)));
                // Right after a bare unit or a place's name and unit, a noun's character names
                // the line of work (县|茶/n|产业发展领导小组, the county's tea industry; 鹤|沙县/ns|
                // 茶|产业协会).
                let after_unit = class == "n"
                    && wi.checked_sub(1).is_some_and(|k| {
                        let unit = &s.text[s.words[k].clone()];
                        s.words[k].end == w.start
                            && (is_bare_unit(unit)
                                || ends_with_one_of(unit, &ADMIN_UNITS) && with_word_class(unit, |c| c == "ns"))
                    });
                // 女 before the occupation of those a body gathers names them (女|企业家|商会,
                // 女|法官|协会, 女|科技工作者|协会).
                let women = word == "女"
                    && (kind == OrgKind::Association
                        || s.hit_starting_at(w.end).is_some_and(|h| h.entry.is(tag::TITLE)));
                // Right after a title it is the holder's surname (县委书记|宦|海军).
                let after_title = s.hit_ending_at(w.start).is_some_and(|h| h.entry.is(tag::TITLE));
                // (A character jieba-rs's dictionary tags a classifier for a rare use, 泓 of
                // 一泓清水, is a brand's like any other: 全资子公司|泓|川|数控科技有限公司 — one
                // that counts bodies is not: 三|家|科技公司.)
                let brand_char = brand_pair && class == "q" && !word.chars().any(|c| COUNT_CLASSIFIERS.contains(c));
                let ok = shop_sign
                    || (next_short || name_part.is_some() || brand_pair || after_unit || women)
                        && (!FUNCTION_CLASSES.contains(&class) || brand_char)
                        && !LINKING_CHARS.contains(word)
                        && !PLACE_VERBS.contains(word)
                        && !after_title;
                // A verb's character stays only if more is read before it (住 of
                // 自然资源住建局 does; 率 of 徐有芳率|省委 'led the committee' does not).
                return (ok, name_part.or(VERB_CLASSES.contains(&class).then_some(false)));
            }
            // Left of a proper noun a name holds places, parents, words learned to stand
            // inside names (国际|足联) and words after its place (青山|金色|湖畔…): another
            // unknown common word belongs to the clause (上述|青禾银行, 被告|青禾商务公司).
            let place_before = || wi.checked_sub(1).is_some_and(|k| is_place_word(s, &s.words[k]));
            let named_before = || {
                place_before()
                    || wi.checked_sub(1).is_some_and(|k| {
                        let p = s.words[k].clone();
                        is_bare_unit(&s.text[p.clone()]) || found.iter().any(|o| o.range.end == p.end)
                    })
            };
            // A company's number or direction (华通|四方|房产…) still reads as below.
            // So is a school's, a paper's or an institute's compass direction (南方|理工大学,
            // 南方|日报社; not 最近/f 'recently').
            let named_by_kind = (kind == OrgKind::Company && (class == "m" || class == "f"))
                || (class == "f"
                    && word.chars().all(|c| "东南西北中华方部".contains(c))
                    && matches!(kind, OrgKind::School | OrgKind::Media | OrgKind::Research));
            if proper && name_part.is_none() && !named_by_kind && !self.inside.contains_key(word) && !named_before() {
                return (false, None);
            }
            if self.reads_inside(word, class, CLASS_INSIDE) || (named_by_kind && kind != OrgKind::Company) {
                return (true, name_part);
            }
            // Industry verbs stand between a company's brand and its head word
            // (阳光|防水|科技有限公司), never before the brand (包括|星河电子公司).
            let verb = VERB_CLASSES.contains(&class);
            // ... unless the place the name starts with comes right before (浙江|飞跃|明光…).
            // Next to the head word, a verb (技术改造|处), a direction (南部|司令部) or an
            // ordinal (第二|中学) reads as inside too.
            // An ordinal alone (no classifier: 第一个, 第四次 count) numbers the body a word or
            // two from its head too (第二|实验|中学, 第三|生态环境保护|督察组).
            let ordinal = || word.strip_prefix('第').is_some_and(|n| !n.is_empty() && all_digits(n));
            // (Not a verb before a head that opens with its place's unit, a whole body's
            // name: 选举|市委|副书记 — 大会选举市委 is no name.)
            let unit_head = s.text[head.start..].starts_with(crate::recognize::ADMIN_UNITS);
            let next_to_head = (words == 0 && ((verb && !unit_head) || class == "f" || numbers_a_body(word)))
                || (words <= 2 && ordinal());
            // A company is named by its trade (防水, 投资), a direction (南方航空) or a number
            // (八一|棉纺织厂, 联达|四方…), not by times (目前, 上周) or quantities (多数, 一些).
            let number = class == "m" && !word.contains(['多', '数', '些', '几', '余', '每', '各', '半']);
            let in_company = kind == OrgKind::Company && (verb || class == "f" || number);
            let verb_like = (in_company || next_to_head) && !(verb && branded && !place_before());
            // A unit its head's title follows is a body for sure, and the verbs before it its
            // line of work (执法|大队|大队长, 支付|结算|司|司长) — not a verb of one character
            // (既|是|烟草专卖局|局长).
            // So is a line's label naming a body (审计|委员会：甲（主任委员）、乙).
            let titled = words < 2
                && verb
                && word.chars().nth(1).is_some()
                && (before_own_title(s.text, head.start, head.end) || labels_line(s, head));
            if (verb_like && self.reads_inside(word, class, VERB_CLASS_INSIDE)) || titled {
                return (
                    true,
                    // A verb alone before a company's head (收到|公司) is no trade.
                    if kind == OrgKind::Company && !verb {
                        name_part
                    } else {
                        name_part.or(Some(false))
                    },
                );
            }
            (false, None)
        })
    }

    /// A conjunction at word `wi` is inside a name when the part read after it does not
    /// start with a place (中国国家旅游局 is a whole name) and the word before it is a
    /// common noun, not a name (王兆国及中共中央, 机构和…).
    pub(super) fn conjunction_inside(
        &self,
        s: &Sentence<'_>,
        wi: usize,
        start: usize,
        department: bool,
        persons: &[Range<usize>],
        found: &[OrgMention],
    ) -> bool {
        let Some(mut prev) = wi.checked_sub(1).map(|k| s.words[k].clone()) else {
            return false;
        };
        // A word jieba-rs glued to a head word before it (青山|大学化学|与材料学院): the
        // part after the head word is the noun joined.
        if let Some(h) = s
            .hits
            .iter()
            .find(|h| h.entry.is(tag::ORG_SUFFIX) && prev.start < h.end && h.end < prev.end && h.start >= prev.start)
        {
            prev.start = h.end;
        }
        let word = &s.text[prev.clone()];
        // (A form of address ends the name before it: 领导同志|和|中央扶贫领导小组.)
        if crate::recognize::HONORIFICS.contains(&word) {
            return false;
        }
        let typed = s.hit_ending_at(prev.end).is_some_and(|h| {
            h.entry
                .is(tag::PLACE | tag::ORG | tag::ORG_SUFFIX | tag::TITLE | tag::PERSON)
                && !(h.entry.org_kind == OrgKind::Company && names_a_field(s, h))
        });
        let named = persons.iter().any(|p| p.end == prev.end) || found.iter().any(|o| o.range.end == prev.end);
        let right_is_place = s.hit_starting_at(start).is_some_and(|h| h.entry.is(tag::PLACE))
            || s.word_at(start)
                .is_some_and(|k| is_place_name(&s.text[s.words[k].clone()]));
        // (Nor when a known body's name starts after it: 市场信息|及|国务院证券委员会.)
        let right_is_body = s.hit_starting_at(start).is_some_and(|h| h.entry.is(tag::ORG));
        let common_noun = |word: &str| {
            SECTORS_TAGGED_PROPER.contains(&word)
                || word.chars().all(is_han)
                    && with_word_class(word, |c| {
                        COMMON_NOUN_CLASSES.contains(&c) && self.reads_inside(word, c, CLASS_INSIDE)
                    })
        };
        // A remit of a noun and its verb (住房保障|和|房屋管理局, 环境保护|和…) joins too.
        let remit = || {
            PURPOSE_VERBS.contains(&word)
                && wi
                    .checked_sub(2)
                    .is_some_and(|k| s.words[k].end == prev.start && common_noun(&s.text[s.words[k].clone()]))
        };
        // Two disciplines (民族学|与|人类学|研究所, 经济学与管理学院).
        let disciplines = || {
            let discipline = |w: &str| w.ends_with('学') && w.chars().count() >= 2 && w.chars().all(is_han);
            discipline(word) && s.words.get(wi + 1).is_some_and(|n| discipline(&s.text[n.clone()]))
        };
        // A department's two lines of work (呼吸/v|与|危重症医学科, 研究与发展处).
        let lines_of_work = department && line_of_work(word);
        !typed
            && !named
            && !right_is_place
            && !right_is_body
            && (common_noun(word) || remit() || disciplines() || lines_of_work)
    }

    /// The longest organisation that `start..limit` begins with: a known
    /// organisation, or a name ending in a head word that is not an ordinary word.
    pub(super) fn inner_org(&self, s: &Sentence<'_>, start: usize, limit: usize) -> Option<(Range<usize>, OrgKind)> {
        s.hits
            .iter()
            .filter(|h| h.start >= start && h.end <= limit)
            // Not one ending inside brackets (华安工业（集团）公司 has no parent 华安工业（集团).
            .filter(|h| s.text[start..h.end].matches('(').count() == s.text[start..h.end].matches(')').count())
            .rfind(|h| {
                h.entry.is(tag::ORG)
                    || (h.entry.is(tag::ORG_SUFFIX)
                        && h.start > start
                        && (self.is_head(s, h) || school_glued_to_discipline(s, h)))
            })
            .map(|h| (start..h.end, h.entry.org_kind))
    }

    /// The start of a bracket or quote that ends right before `start` and reads as part
    /// of a name: （上海）, （集团） — a place or a head word — or “双改”, a short quoted name.
    pub(super) fn enclosed_before(&self, s: &Sentence<'_>, start: usize) -> Option<usize> {
        let before = &s.text[..start];
        let (open, close) = match before.chars().next_back()? {
            ')' => ('(', ')'),
            '”' => ('“', '”'),
            _ => return None,
        };
        let inner_end = start - close.len_utf8();
        let open_at = before[..inner_end].rfind(open)?;
        let inner = &before[open_at + open.len_utf8()..inner_end];
        let n = inner.chars().count();
        if n == 0 || n > 8 || !inner.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) {
            return None;
        }
        let inner_start = open_at + open.len_utf8();
        let fits = close == '”'
            || s.hits.iter().any(|h| {
                h.start >= inner_start && h.end <= inner_end && h.entry.is(tag::PLACE | tag::ORG_SUFFIX | tag::ORG)
            })
            || with_word_class(inner, |c| c == "ns");
        fits.then_some(open_at)
    }
}

/// Is the bare head word `head` a body in a list of one holder's posts, after a body named
/// with its place (石桥村党支部书记、村委会主任)? It is that place's (see `coordinate`) —
/// when a post of it follows too. Or a working group after a post (书记、领导小组组长), or
/// opening a clause on who leads it (领导小组由甲任组长).
pub(super) fn in_list_of_posts(s: &Sentence<'_>, head: &Hit<'_>, found: &[OrgMention]) -> bool {
    // A working group too, after any post (区委书记、领导小组组长甲): the group the text
    // named before (see `Context`).
    let after_post = || {
        s.text[..head.start]
            .strip_suffix('、')
            .and_then(|b| s.hit_ending_at(b.len()))
            .is_some_and(|h| h.entry.is(tag::TITLE))
    };
    // (Not an office: 新闻发言人、办公室主任 is the office's post in the body.)
    let group = WORKING_GROUPS.contains(&&s.text[head.start..head.end]);
    if group && s.title_starts_at(head.end) && after_post() {
        return true;
    }
    // A unit's post after 兼 (首席经济学家兼研究所所长甲): a unit of the body before — not
    // an office, which joins the title (副组长兼办公室主任).
    let after_concurrent = || {
        s.text[..head.start]
            .strip_suffix('兼')
            .and_then(|b| s.hit_ending_at(b.len()))
            .is_some_and(|h| h.entry.is(tag::TITLE))
    };
    if s.title_starts_at(head.end)
        && !crate::recognize::role::OFFICES.contains(&&s.text[head.start..head.end])
        && after_concurrent()
    {
        return true;
    }
    // Or the group opening a clause that says who leads it (领导小组由甲、乙任组长).
    let opens_clause = s.text[..head.start].is_empty() || ends_with_one_of(&s.text[..head.start], &[',', ';', ':']);
    if group && opens_clause && s.text[head.end..].starts_with('由') {
        return true;
    }
    // (Or after a party organ's post, the organ named with no place: 党工委副书记、办事处
    // 主任 — the organ and the office of one street.)
    let organ_and_office = |o: &OrgMention| {
        super::PARTY_ORGANS.iter().any(|p| s.text[o.range.clone()].ends_with(p))
            && PUBLIC_OFFICES.contains(&&s.text[head.start..head.end])
    };
    found.last().is_some_and(|o| {
        (o.prefix.as_ref().is_some_and(|p| !p.is_empty()) || organ_and_office(o))
            // (Not after 兼: 领导小组副组长兼办公室主任 is the group's office's post.)
            && s.text[..head.start].ends_with('、')
            && super::coordinate::after_posts_in(s, o, head.start)
            && s.title_starts_at(head.end)
    })
}

/// The offices that govern a place beside its party organ (街道党工委 and 办事处, 村党支部
/// and 村委会).
const PUBLIC_OFFICES: &[&str] = &["办事处", "管委会", "村委会", "居委会", "人民政府", "政府"];

/// The legal forms that end a registered company's name.
const LEGAL_FORMS: &[&str] = &["有限公司", "有限责任公司", "股份有限公司", "株式会社"];

/// Most characters between a registered company's place and the name read so far.
const MAX_BRAND: usize = 6;

/// The start of the place a registered company's name opens with, a few words before
/// byte `start` where reading stopped: Han words only, no name or title among them, no
/// verb of setting one up (成立, 投资).
fn registered_place_before(s: &Sentence<'_>, start: usize, persons: &[Range<usize>]) -> Option<usize> {
    let place = |k: usize| {
        let w = s.words[k].clone();
        s.hit_starting_at(w.start)
            .is_some_and(|h| h.entry.is(tag::PLACE) && h.end == w.end)
            || with_word_class(&s.text[w], |c| c == "ns")
    };
    // A brand of two characters the segmenter did not know comes cut in two, whatever it
    // tags them (江苏|南通|泓/q|润/v|食品…): a character beside another is no verb of its own.
    let lone = |k: usize| {
        s.words.get(k).is_some_and(|x| {
            let c = &s.text[x.clone()];
            c.chars().count() == 1 && c.chars().all(is_han) && !LINKING_CHARS.contains(c)
        })
    };
    let brand_char = |k: usize| lone(k) && (k.checked_sub(1).is_some_and(lone) || lone(k + 1));
    let mut at = start;
    while let Some(k) = at.checked_sub(1).and_then(|p| s.word_at(p)) {
        let w = s.words[k].clone();
        let word = &s.text[w.clone()];
        if place(k) {
            if at == start {
                return None;
            }
            // The place may be written in two words (临江|德顺/ns|楼|餐饮…, 浙江|杭州|…): it
            // starts with the first.
            let mut first = k;
            while let Some(p) = first
                .checked_sub(1)
                .filter(|&p| s.words[p].end == s.words[first].start && place(p))
            {
                first = p;
            }
            return Some(s.words[first].start);
        }
        // A county or city the segmenter does not know, its unit a word of its own (青禾|县).
        if matches!(word, "县" | "市" | "区")
            && let Some(p) = k.checked_sub(1).filter(|&p| s.words[p].end == w.start)
            && unknown_city(s, p, persons)
        {
            return (at < start).then_some(s.words[p].start);
        }
        if start - w.start > MAX_BRAND * 3
            || !word.chars().all(is_han)
            || (with_word_class(word, |c| c == "v" || c == "p" || c == "c" || c == "uj") && !brand_char(k))
            // (Nor another body: 城投集团子公司|青禾建设有限公司 names two; nor the kind of
            // company the name is in apposition to: 中|德|合资企业|澜华…有限公司.)
            || COMPANY_KINDS.contains(&word)
            || s.hit_at(w.clone())
                .is_some_and(|h| h.entry.is(tag::TITLE | tag::PLACE | tag::ORG | tag::ORG_SUFFIX))
            || s.hit_ending_at(w.end).is_some_and(|h| h.entry.is(tag::ORG | tag::ORG_SUFFIX))
            || persons.iter().any(|p| p.start < w.end && w.start < p.end)
        {
            return None;
        }
        at = w.start;
    }
    None
}

/// Where a company's brand starts that the segmenter cut into two characters of a word each,
/// right after a clause's opening and before `start` (、鹏|远|重工集团), if it does. Not
/// numerals and determiners (，两|家|公司, 各|大|公司), nor a person's name.
fn split_brand_opening(s: &Sentence<'_>, start: usize, persons: &[Range<usize>]) -> Option<usize> {
    let lone = |k: usize| {
        let w = &s.text[s.words[k].clone()];
        let mut chars = w.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if is_han(c)
            && !LINKING_CHARS.contains(c)
            && !NOT_BRAND_CHARS.contains(c))
            && !with_word_class(w, |c| matches!(c, "m" | "r" | "p" | "c" | "d") || c.starts_with('u'))
    };
    let k = s.word_at(start.checked_sub(1)?)?;
    let first = k.checked_sub(1)?;
    let brand = s.words[first].start..s.words[k].end;
    (lone(first)
        && lone(k)
        && s.words[first].end == s.words[k].start
        && opens_clause_at(s.text, brand.start)
        && !persons.iter().any(|p| p.start < start && brand.start < p.end))
    .then_some(brand.start)
}

/// Does a clause, a list's item or a bracket open at byte `at` of `text` (after 、，：, a
/// blank, an opening bracket, or at the start)?
fn opens_clause_at(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.is_empty() || before.ends_with(CLOSING_MARKS) || before.ends_with(['(', ' ', '\u{3000}'])
}

/// Where the clause opens that `start` stands in, if no more than [`MAX_OPENING_BRAND`]
/// characters before it, all in words of a name's classes (nouns, adjectives, words jieba-rs
/// had to guess) and none a title, place, organisation or person.
fn brand_opening_clause(s: &Sentence<'_>, start: usize, persons: &[Range<usize>]) -> Option<usize> {
    let before = &s.text[..start];
    let open = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_han(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let brand = &before[open..];
    let n = brand.chars().count();
    if n == 0 || n > MAX_OPENING_BRAND || (open > 0 && !before[..open].ends_with(CLOSING_MARKS)) {
        return None;
    }
    let mut at = open;
    let mut words = 0;
    while at < start {
        let w = s.words[s.word_at(at)?].clone();
        if w.start != at
            || w.end > start
            || !with_word_class(&s.text[w.clone()], |c| {
                matches!(c, "n" | "nz" | "a" | "j" | "ng" | "zg" | "OOV")
            })
            || s.hit_at(w.clone())
                .is_some_and(|h| h.entry.is(tag::TITLE | tag::PLACE | tag::ORG | tag::ORG_SUFFIX))
            || persons.iter().any(|p| p.start < w.end && w.start < p.end)
        {
            return None;
        }
        at = w.end;
        words += 1;
    }
    // (A word alone may be a party the name is in apposition to, 合作方|北辰数据有限公司, or
    // a verb of posts, 曾任|华为技术有限公司.)
    let party =
        words == 1 && (RELATION_NOUNS.contains(&brand) || brand.ends_with(['方', '商', '户', '者', '人', '员', '任']));
    (!party).then_some(open)
}

/// Most characters of a brand [`brand_opening_clause`] reads before the rest of a company's
/// name.
const MAX_OPENING_BRAND: usize = 4;

/// Characters that start no brand cut in two: numerals, determiners and words of quantity
/// (两|家|公司, 各|大|公司, 每|家|公司).
const NOT_BRAND_CHARS: &str = "一二两三四五六七八九十百千万几数多各每某该本此这那诸全整大小";

/// Working groups' head words: a text names its group in full once, then by these alone.
pub(crate) const WORKING_GROUPS: &[&str] = &["领导小组", "工作组", "指挥部", "专班"];

/// Is word `wi`, right before 市, 县 or 区 and a body's name (沐川|市|人民政府, 沐川|市|住建局),
/// a city's, county's or district's name the segmenter took for a name or guessed: two
/// ideographs, not right after a title (whose holder it would be) nor across a person's name
/// (陈|华为|市审计局)? A city names its bodies, where a town needs a known place before it
/// ([`OrgModel::unknown_place`]).
pub(super) fn unknown_city(s: &Sentence<'_>, wi: usize, persons: &[Range<usize>]) -> bool {
    let w = s.words[wi].clone();
    let word = &s.text[w.clone()];
    // (Or a district: 安澜/nrfg|区, 安泰/nz|区, a district the segmenter does not know.)
    starts_with_one_of(&s.text[w.end..], &['市', '县', '区'])
        && !persons.iter().any(|p| p.start < w.end && w.start < p.end)
        && word.chars().count() == 2
        && word.chars().all(is_han)
        // (A county may be named by a common noun too: 梧桐/n|县.)
        && with_word_class(word, |c| {
            ["OOV", "nr", "nrt", "nrfg", "nz"].contains(&c) || (c == "n" && s.text[w.end..].starts_with('县'))
        })
        && !s.hit_ending_at(w.start).is_some_and(|h| h.entry.is(tag::TITLE))
        // (Not a verb of appointment jieba-rs files as a noun: 历任/n|县|农业局; nor a verb
        // that governs the body: 甲代表/n|县|人民政府作报告.)
        && !s.hit_at(w).is_some_and(|h| h.entry.is(tag::APPOINT))
        && !CLAUSE_WORDS.contains(word)
}

/// Is `word` one ideograph the segmenter did not take for a word of its own (黔/j, 湄/zg,
/// 溆/g) — or, when `first`, took for a surname (岚/nr|溆/g|县委)?
fn lone_morpheme(word: &str, first: bool) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(is_han)
        && chars.next().is_none()
        && with_word_class(word, |c| {
            matches!(c, "zg" | "ng" | "g" | "OOV" | "j") || (first && c == "nr")
        })
}

/// Where a city's name starts that jieba-rs left as two characters, neither a word, before
/// its unit written as a word of its own, word `wi` (现任|岚/nr|沣/zg|市|发展和改革委员会;
/// the unit glued to the body is read where the loop meets the characters: 黔|湄|市委).
fn split_city_before_unit(s: &Sentence<'_>, wi: usize) -> Option<usize> {
    let unit = &s.text[s.words[wi].clone()];
    if !["市", "县", "区", "州"].contains(&unit) || wi < 2 {
        return None;
    }
    let (first, second) = (s.words[wi - 2].clone(), s.words[wi - 1].clone());
    (first.end == second.start && lone_morpheme(&s.text[second], false) && lone_morpheme(&s.text[first.clone()], true))
        .then_some(first.start)
}

/// Is `word` two ideographs the segmenter did not know (吕讷/OOV|堡|市议会: a foreign city's
/// name of three)?
fn guessed_pair(word: &str) -> bool {
    word.chars().count() == 2
        && word.chars().all(is_han)
        // (Not a verb or a preposition glued to a name's first character: 任金/OOV|沅|县委.)
        && word.chars().next().is_some_and(|c| !CITY_PREPOSITION.contains(c) && !matches!(c, '任' | '为'))
        && with_word_class(word, |c| c == "OOV")
}

/// Does a body's short name (武警/j, 民航/j) or a body the lexicon knows end at byte `at`?
fn short_name_ends_at(s: &Sentence<'_>, at: usize) -> bool {
    s.hit_ending_at(at).is_some_and(|h| h.entry.is(tag::ORG))
        || s.word_at(at.wrapping_sub(1))
            .is_some_and(|k| s.words[k].end == at && with_word_class(&s.text[s.words[k].clone()], |c| c == "j"))
}

/// Where the village's name starts that ends with word `wi`, right before a bare 村 (白沙/nr|村|
/// 党支部, 李家/nrfg|村|村委会, 黄泥/n|村, 枫树|坪|村): two ideographs the segmenter took
/// for a person's name, a noun or did not know, or a noun of two and a character; no name
/// read there, nor a kind of village (贫困|村). Villages are too many for any list, and a
/// village's body follows. So are townships and towns (桃源/n|乡|中心小学).
fn unknown_village(s: &Sentence<'_>, wi: usize, persons: &[Range<usize>]) -> Option<usize> {
    let w = s.words[wi].clone();
    let word = &s.text[w.clone()];
    // (A verb of holding a post jieba-rs tags a noun names no town: 现任/n|镇|人大副主席.)
    if crate::segment::POST_VERBS.contains(&word) {
        return None;
    }
    let named = |w: &Range<usize>, word: &str| names_village(word, w, persons);
    // Villages of the collective era are named by verbs and adjectives (前进|村, 团结|村):
    // one such word of two, where a clause opens or after the town (西河镇|前进|村) — not a
    // verb of going there (走进|村委会, 来到…).
    // Towns too, and by common nouns and adverbs (分水|镇, 大同/d|镇): where a clause opens,
    // a word of two before a town that heads a body names it.
    let unit = s.words.get(wi + 1).map_or("", |u| &s.text[u.clone()]);
    let slogan = || {
        word.chars().count() == 2
            && word.chars().all(is_han)
            && with_word_class(word, |c| {
                matches!(c, "v" | "vn" | "a" | "ad") || (unit != "村" && matches!(c, "n" | "d"))
            })
            && !CLAUSE_WORDS.contains(word)
            && !persons.iter().any(|p| p.start < w.end && w.start < p.end)
            && (s.text[..w.start].chars().next_back().is_none_or(|c| !is_han(c))
                || ends_with_one_of(&s.text[..w.start], &['镇', '乡']))
    };
    match word.chars().count() {
        // (Or three: 李家湾/OOV|村, 张家庄|村.)
        2 | 3 => (named(&w, word) || slogan()).then_some(w.start),
        // A name of three read as a noun and a character (枫树|坪|村).
        1 if is_han(word.chars().next()?) && !starts_with_one_of(word, DETERMINERS) => {
            let p = s.words[wi.checked_sub(1)?].clone();
            let before = &s.text[p.clone()];
            (p.end == w.start && before.chars().count() == 2 && named(&p, before)).then_some(p.start)
        }
        _ => None,
    }
}

/// A village named right before a post held in it (大湾村|驻村第一书记, 柳沟村|第一书记): the
/// village holds the post as a body of its own, as its party branch does (大湾村|党支部). Read
/// as one word of three or four ideographs ending in 村 — no kind of village (新农村), no
/// name across it — or as a bare 村 after a village's name (白沙|村).
pub(super) fn village_ending_at(s: &Sentence<'_>, at: usize, persons: &[Range<usize>]) -> Option<Range<usize>> {
    let before = s.text[..at].strip_suffix('村')?;
    let k = s.word_at(before.len())?;
    let w = s.words[k].clone();
    if w.end != at {
        return None;
    }
    let word = &s.text[w.clone()];
    if word == "村" {
        let start = unknown_village(s, k.checked_sub(1)?, persons)?;
        return Some(start..at);
    }
    let name = word.strip_suffix('村')?;
    let kind = |n: &str| VILLAGE_KINDS.iter().any(|v| n.ends_with(v)) || n.ends_with(['农', '山', '渔', '乡']);
    (matches!(name.chars().count(), 2 | 3)
        && !starts_with_one_of(name, DETERMINERS)
        && !kind(name)
        && names_village(word, &w, persons))
    .then_some(w)
}

/// Is the word at `w` a village name's first character, cut off by the segmenter from the
/// word ending in 村 after it (立|新村): one Han character that links no clause and starts
/// no family's market, right where a list item or a clause opens, no name across it?
fn village_initial(s: &Sentence<'_>, w: &Range<usize>, persons: &[Range<usize>]) -> bool {
    let word = &s.text[w.clone()];
    let mut chars = word.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    is_han(c)
        && !NOT_FAMILY_CHARS.contains(c)
        && !LINKING_CHARS.contains(c)
        && s.text[..w.start].chars().next_back().is_none_or(|b| !is_han(b))
        && !persons.iter().any(|p| p.start < w.end && w.start < p.end)
}

/// Can the word `word` at `w` be (the start of) a village's name: Han characters, a noun or a
/// name, no person's name across it, no kind of village (贫困, 行政)?
fn names_village(word: &str, w: &Range<usize>, persons: &[Range<usize>]) -> bool {
    word.chars().all(is_han)
        && !persons.iter().any(|p| p.start < w.end && w.start < p.end)
        && !VILLAGE_KINDS.contains(&word)
        // (Villages are named after landscapes too: 黄泥, 桃花, 石门 are nouns.)
        && with_word_class(word, |c| ["OOV", "nr", "nrt", "nrfg", "nz", "n", "ns"].contains(&c))
}

/// Kinds of villages and towns (贫困村, 示范村, 行政村, 中心镇): before 村, 乡 or 镇 they describe
/// it, no name.
const VILLAGE_KINDS: &[&str] = &[
    "行政", "自然", "重点", "贫困", "示范", "试点", "中心", "文明", "先进", "后进", "落后", "边远", "偏远", "山区",
    "城中", "城郊", "空心", "明星", "富裕", "特色", "美丽", "民族", "移民", "革命", "老区", "传统", "历史", "文化",
    "生态", "乡村", "全国", "全省", "全市", "全县", "建制", "集镇",
];

/// Words for a kind of body, written before a body's name to describe it.
pub(crate) const BODY_KINDS: &[&str] = &[
    "球队",
    "企业",
    "单位",
    "机构",
    "高校",
    "院校",
    "上市公司",
    "国企",
    "民企",
    "球会",
];

/// The remits a company board's standing committees are named by, verbs to jieba-rs.
const BOARD_REMITS: &[&str] = &["审计", "提名", "考核"];

/// Matters of a post's holders a body may be named for, after the post (校长|职级评审委员会,
/// 教师|资格认定中心, 法官|遴选委员会).
pub(crate) const PERSONNEL_MATTERS: &[&str] = &[
    "职级", "职称", "资格", "遴选", "考核", "评审", "评聘", "培训", "选拔", "惩戒",
];

/// Prepositions jieba-rs glues to a place's name after them that open no place's name (unlike
/// 向, 从, 于 of [`CITY_PREPOSITIONS`]: 向阳, 从江, 于都).
const NO_PLACE_PREPOSITIONS: &str = "对在把被将据至赴到访";

/// The length of the preposition that opens `name`, a place's name of three characters
/// jieba-rs did not know and guessed with the preposition before it (对柏溪 of 决定对柏溪镇);
/// zero for any other.
fn glued_preposition(name: &str) -> usize {
    let mut chars = name.chars();
    match (chars.next(), chars.next(), chars.next(), chars.next()) {
        (Some(p), Some(_), Some(_), None)
            if NO_PLACE_PREPOSITIONS.contains(p) && with_word_class(name, |c| c == "OOV") =>
        {
            p.len_utf8()
        }
        _ => 0,
    }
}

/// Can `c` be glued by jieba-rs to a bare unit character after it (为|市 read as 为市, 经|县, 受|省, 到|市,
/// 20日|县, 调入|市)? A linking character, a preposition, or the end of a date.
pub(super) fn glued_before_unit(c: char) -> bool {
    // (One bit a character, built at compile time: asked of the first character of many
    // words, where the three strings were walked character by character.)
    static GLUED: crate::charset::CharSet =
        crate::charset::CharSet::of_all(&[LINKING_CHARS, PLACE_VERBS, "经按受日月年到入"]);
    GLUED.contains(c)
}

/// Does the side `head` (女足, 男篮 …) name the event that `rest`, the text after it, opens
/// (联赛, 甲A, 邀请赛, 锦标赛, 世界杯 …)?
fn names_an_event(head: &str, rest: &str) -> bool {
    ["女足", "男足", "女篮", "男篮", "女排", "男排"].contains(&head)
        && [
            "甲",
            "乙",
            "联赛",
            "邀请赛",
            "锦标赛",
            "超霸赛",
            "世界杯",
            "杯",
            "赛",
            "比赛",
            "联盟",
        ]
        .iter()
        .any(|e| rest.starts_with(e))
}

/// Is word `wi` right after a verb of setting a body up (成立, 组建, 设立)?
fn set_up_before(s: &Sentence<'_>, wi: usize) -> bool {
    wi.checked_sub(1)
        .is_some_and(|k| s.words[k].end == s.words[wi].start && SET_UP_VERBS.contains(&&s.text[s.words[k].clone()]))
}

/// Does word `wi` stand in the object of a verb of setting a body up, which runs to the
/// group's head (成立了|城东|片区|拆迁|安置|指挥部), with its posts filled after it (由甲任
/// 总指挥)? The posts make it a body of its own, not a generic one (组建招商专班). The
/// object must be a short run of ideographs (or letters and digits: 5G网络) with no function
/// word (成立了由甲任组长的…小组 names the group after 的).
fn set_up_object(s: &Sentence<'_>, wi: usize, head: &Hit<'_>) -> bool {
    (0..=wi).rev().take(MAX_SET_UP_WORDS).any(|k| {
        let object = &s.text[s.words[k].start..head.start];
        let before = &s.text[..s.words[k].start];
        let before = before.strip_suffix('了').unwrap_or(before);
        SET_UP_VERBS.iter().any(|v| before.ends_with(v))
            && object.chars().count() <= MAX_SET_UP_OBJECT
            && object
                .chars()
                .all(|c| (is_han(c) && !"的由在对为把将和与及了".contains(c)) || c.is_ascii_alphanumeric())
    }) && posts_filled_after(s, head)
}

/// Are posts filled after the head word `head` (…小组，由甲任组长)?
fn posts_filled_after(s: &Sentence<'_>, head: &Hit<'_>) -> bool {
    s.text[head.end..].contains('任') && s.hits.iter().any(|h| h.start >= head.end && h.entry.is(tag::TITLE))
}

/// Most words of a group's name after the verb that sets it up, less its head.
const MAX_SET_UP_WORDS: usize = 6;

/// Most characters of a group's name after the verb that sets it up, less its head.
const MAX_SET_UP_OBJECT: usize = 12;

/// Verbs of setting a body up: its name follows.
const SET_UP_VERBS: &[&str] = &["成立", "组建", "设立", "建立"];

/// Is `word` a line of work a department is named by: two to four Han characters jieba-rs
/// files as a verb or a noun (免疫, 呼吸, 规划), no verb of a clause?
fn line_of_work(word: &str) -> bool {
    (2..=4).contains(&word.chars().count())
        && word.chars().all(is_han)
        && !CLAUSE_WORDS.contains(word)
        && with_word_class(word, |c| matches!(c, "v" | "vn" | "n"))
}

/// A company's units named after the site they serve (…有限公司玉兰湾服务中心).
const SITE_UNITS: &[&str] = &["服务中心", "分公司"];

/// Most characters of a site's name between its company and its unit's head word.
const MAX_SITE_NAME: usize = 4;

/// The ranks of a zone, written between its name and its kind (国家级自然保护区).
const ZONE_RANKS: &[&str] = &["国家级", "省级", "市级", "县级", "自治区级"];

/// Where the place a zone's name opens with starts, when the words before its rank (word
/// `rank`) are a place and at most two nouns after it, few characters in all (黔南|石|门坎|
/// 国家级): the nouns are the zone's own name, however the segmenter cut it.
fn zone_place_before(s: &Sentence<'_>, rank: usize) -> Option<usize> {
    let end = s.words[rank].start;
    for k in (0..rank).rev().take(3) {
        let w = s.words[k].clone();
        let word = &s.text[w.clone()];
        if s.text[w.start..end].chars().count() > MAX_ZONE_NAME || !word.chars().all(is_han) {
            return None;
        }
        if is_place_word(s, &w) && k < rank - 1 {
            return Some(w.start);
        }
        if !with_word_class(word, |c| ["n", "nr", "nz", "ns", "OOV"].contains(&c)) {
            return None;
        }
    }
    None
}

/// Most characters of a zone's place and name before its rank (黔南石门坎).
const MAX_ZONE_NAME: usize = 6;

/// The head characters of the bureaus one government merges from several, named by their
/// lines of work in a row (文化旅游广电体育局).
const MERGED_HEADS: &[&str] = &["局", "厅", "委"];

/// The head characters of a body's departments: a line of work names them (免疫规划科,
/// 综合计划处).
const DEPARTMENT_HEADS: &[&str] = &["科", "处", "室", "股"];

/// Most characters of a department's term left of where the reading stopped (免疫 of
/// 免疫规划科).
const MAX_TERM_GAP: usize = 4;

/// Is `from..to` of `s` words of a line of work, whole words of Han characters that jieba-rs
/// files as verbs or nouns (免疫, 综合), no name, title or place among them?
fn department_term(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    let (Some(first), Some(last)) = (s.word_at(from), s.word_at(to - 1)) else {
        return false;
    };
    s.words[first].start == from
        && s.words[last].end == to
        && s.words[first..=last]
            .iter()
            .all(|w| line_of_work(&s.text[w.clone()]) && !s.hits.iter().any(|h| h.start < w.end && w.start < h.end))
}

/// Words of how a body is run that end in 办 ('office') and are nouns to jieba-rs: no
/// office.
const RUN_BY: &[&str] = &["领办", "经办", "公办", "民办"];

/// Is `word` a party to a deal or an event named by its part (领投方, 主办方, 甲方, 双方)?
/// It stands before a name, never inside one — a compass direction does (南方|日报,
/// 东方|航空), and so does a company's number (联达|四方).
pub(crate) fn is_party_word(word: &str) -> bool {
    word.strip_suffix('方').is_some_and(names_a_party)
}

/// Does `part` before 方 name a party's part (领投, 主办, 甲, 双), not a direction, a
/// number or the state (南方, 四方, 官方 'official')?
pub(crate) fn names_a_party(part: &str) -> bool {
    (1..=2).contains(&part.chars().count())
        && !matches!(
            part,
            "东" | "西" | "南" | "北" | "四" | "八" | "十" | "地" | "远" | "官"
        )
        && part.chars().all(crate::recognize::is_han)
}

/// Is `c` a Chinese digit as numbers of bodies, terms and dates write them (〇 to 十)?
pub(super) fn is_chinese_digit(c: char) -> bool {
    // (One bit a character, built at compile time: asked of every character of a term of
    // office and of many words, where `str::contains` ran a substring search for each.)
    static DIGITS: crate::charset::CharSet = crate::charset::CharSet::of("〇一二三四五六七八九十");
    DIGITS.contains(c)
}

/// Is `word` a department named by its number (二部, 三处: jieba-rs tags them numerals)?
fn numbered_unit(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next_back().is_some_and(|h| "部处科室".contains(h)) && {
        let number = chars.as_str();
        (1..=2).contains(&number.chars().count()) && number.chars().all(is_chinese_digit)
    }
}

/// Is `word` the 驻 'stationed in' of a mission's name: 驻, 派驻, 常驻, or 驻 glued to the
/// place's first character (驻沪, 驻市) — not a word of its own (驻地, 驻守)?
fn is_stationed(word: &str) -> bool {
    matches!(word, "驻" | "派驻" | "常驻")
        || (word.starts_with('驻')
            && word.chars().count() == 2
            && with_word_class(word, |c| matches!(c, "ns" | "j" | "OOV")))
}

/// Does a sender end at `at`: an organisation found there, or a place (中国|驻…)?
fn sender_ends_at(s: &Sentence<'_>, at: usize, found: &[OrgMention]) -> bool {
    found.iter().any(|o| o.range.end == at && !o.in_title)
        || s.hit_ending_at(at).is_some_and(|h| h.entry.is(tag::PLACE))
        || s.word_at(at.wrapping_sub(1)).is_some_and(|k| {
            let w = s.words[k].clone();
            w.end == at && with_word_class(&s.text[w], |c| c == "ns")
        })
}

/// Where the word before word `wi` starts, when it is two ideographs right before it that
/// name a place with it — a lane's (幸福|里), a ridge's (青松|岭): a noun, an adjective or a
/// name, or a word jieba-rs had to guess.
fn noun_of_place_before(s: &Sentence<'_>, wi: usize) -> Option<usize> {
    let before = s.words[wi.checked_sub(1)?].clone();
    let name = &s.text[before.clone()];
    (before.end == s.words[wi].start
        && name.chars().count() == 2
        && name.chars().all(is_han)
        && with_word_class(name, |c| matches!(c, "a" | "n" | "nz" | "ns" | "nr" | "OOV")))
    .then_some(before.start)
}

/// Landforms a place's name ends with, written as a word of their own before a body's head
/// (青松|岭|林场, 白鹭|湾|农场).
const LANDFORMS: &[&str] = &["岭", "山", "峰", "湾", "沟", "坡", "岗", "坪", "峪", "塘"];

/// Head words of the units of police and troops that are numbered (一大队, 三中队).
const NUMBERED_UNITS: &[&str] = &["大队", "中队", "分队", "小队"];

/// Head words of a body's offices numbered within a line of work (干部二处, 刑事二庭,
/// 执法一中队).
const NUMBERED_OFFICES: &[&str] = &["处", "科", "室", "股", "庭", "大队", "中队"];

/// Verbs that send, gather or set up a unit, standing between a body and the unit it
/// numbers (大队|调派|二中队): never its line of work.
const DISPATCHING: &[&str] = &[
    "调派", "抽调", "派出", "出动", "派遣", "调集", "增派", "组织", "下设", "新设",
];

/// Does a body's name end right before the line of work of two ideographs (word `wi - 1`)
/// that numbers the office headed by `head` with the digit at word `wi` (省委组织部|干部|二|处)?
fn numbered_office(s: &Sentence<'_>, wi: usize, head: &Hit<'_>, found: &[OrgMention]) -> bool {
    let Some(line) = wi.checked_sub(1).map(|k| s.words[k].clone()) else {
        return false;
    };
    let work = &s.text[line.clone()];
    NUMBERED_OFFICES.contains(&&s.text[head.start..head.end])
        && s.words[wi].end == head.start
        && line.end == s.words[wi].start
        && work.chars().count() == 2
        && work.chars().all(is_han)
        // (Not a verb that sends a unit: 县消防救援大队|调派|二中队, 交警支队|抽调|一大队.)
        && !DISPATCHING.contains(&work)
        && !CLAUSE_WORDS.contains(work)
        && found
            .last()
            .is_some_and(|o| o.range.end == line.start && !o.bare && !o.in_title)
}

/// Verbs that move someone or something into the body named after them.
const MOVES_INTO: &[&str] = &[
    "调入", "调到", "调至", "调回", "进入", "加入", "转入", "并入", "划入", "留在",
];

/// Verbs of going to, visiting, citing or reporting to a place's body (至|县人民医院, 访|青禾
/// 县委, 据|…, 报|省人民检察院批准): like the linking characters, never a character of a name.
const PLACE_VERBS: &str = "据至赴访调报";

/// Prepositions and verbs jieba-rs glues to the first character of a city's name after
/// them (据桐|山市, 至沅|州市, 报峪|州市委, 任命甲为澜|州市…) — not 经, which starts 经开区.
const CITY_PREPOSITIONS: &str = "据至访在对向从由与于将把被同赴到报为";

/// The characters of [`CITY_PREPOSITIONS`], one bit each (built at compile time: the first
/// character of many words is asked, where `str::contains` ran a substring search).
static CITY_PREPOSITION: crate::charset::CharSet = crate::charset::CharSet::of(CITY_PREPOSITIONS);

/// Does `word` stand between two names, never inside one: a match's "versus"
/// (青山队vs白水队), or a term of office before its body (九届|全国人大: the body is the
/// same from term to term)? Not the change of term a working group is for (镇|换届|工作
/// 领导小组).
fn is_between_names(word: &str) -> bool {
    ["vs", "v", "pk"].iter().any(|v| word.eq_ignore_ascii_case(v))
        || (word.ends_with('届') && !word.starts_with('第') && word != "换届")
}

/// Bodies elected for a term whose posts are held from term to term (not the congress
/// itself, 第九届人民代表大会, which meets: People's Daily counts it no organisation).
const TERM_BODIES: &[&str] = &[
    "政协",
    "人大",
    "人大常委会",
    "常委会",
    "人民代表大会常务委员会",
    "人大常务委员会",
];

/// Does `after` open a session of the body before it (第一次会议, 第三次全体会议): the
/// session is an event, and People's Daily tags no organisation in it.
fn opens_session(after: &str) -> bool {
    let counted = after.strip_prefix('第').unwrap_or(after);
    let number = counted.len()
        - counted
            .trim_start_matches(|c: char| is_chinese_digit(c) || c.is_ascii_digit())
            .len();
    number > 0 && counted[number..].starts_with('次')
}

/// How the CPPCC's name opens (政协|青山市|委员会).
const CPPCC_OPENINGS: [&str; 2] = ["政协", "中国人民政治协商会议"];

/// The longest place named between 政协 and its committee (政协|青山市|委员会).
const MAX_PLACE_CHARS: usize = 8;

/// Does the CPPCC's name open before a place ending at `at` (政协|青山市|第九届|委员会,
/// 中国人民政治协商会议|青山市|…): the committee of a place is named with its term.
fn political_consultative_before(s: &Sentence<'_>, at: usize) -> bool {
    let before = &s.text[..at];
    CPPCC_OPENINGS.iter().any(|opening| {
        before.rfind(opening).is_some_and(|k| {
            let place = &before[k + opening.len()..];
            (1..=MAX_PLACE_CHARS).contains(&place.chars().count()) && place.chars().all(is_han)
        })
    }) && place_ends_at(s, at)
}

/// Does a place end at `at`: a place of the lexicon or of jieba-rs, or a bare unit
/// character (省|十四届)?
fn place_ends_at(s: &Sentence<'_>, at: usize) -> bool {
    s.hit_ending_at(at).is_some_and(|h| h.entry.is(tag::PLACE))
        || at.checked_sub(1).and_then(|p| s.word_at(p)).is_some_and(|k| {
            let w = s.words[k].clone();
            let word = &s.text[w.clone()];
            w.end == at
                && (with_word_class(word, |c| c == "ns") || is_bare_unit(word) || ends_with_one_of(word, &ADMIN_UNITS))
        })
}

/// Verbs of an election that gives a body its members (选举产生第三届理事会).
const ELECTING: &[&str] = &["选举产生了", "选举产生", "选出了", "选出"];

/// The longest term of office, in characters (第二十三届).
const MAX_TERM_CHARS: usize = 6;

/// Does an election's verb stand before byte `at` of `text`, perhaps with a term of office
/// between, the longest read (选举产生|第三届|…, not 第|三届; 选举产生|新一届|…)?
pub(crate) fn elected_at(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let before = before.strip_suffix("新一届").unwrap_or(before);
    // (Runs for most names read: the last character first, a term's or a verb's.)
    if !ends_with_one_of(before, &['届', '生', '了', '出']) {
        return false;
    }
    let term = before
        .char_indices()
        .rev()
        .take(MAX_TERM_CHARS)
        .map(|(k, _)| k)
        .filter(|&k| term_of_office(&before[k..]) == before.len() - k)
        .last()
        .map_or(before, |k| &before[..k]);
    ELECTING.iter().any(|v| term.ends_with(v))
}

/// The length in bytes of the term of office `glued` starts with (八届, 第九届), or 0: read
/// over before a body (第五届政协) and between a body and its post (市文联第五届主席).
pub(crate) fn term_of_office(glued: &str) -> usize {
    // The number's characters are read up to the first that is none, which must be 届: the
    // same as a search for 届 and a test of all before it (届 is none of them), without the
    // search — for the last byte of 届, 0x8A, one of the commonest of Chinese text, it
    // stopped all over the words it was asked of (most of them hold no 届).
    let k = glued
        .char_indices()
        .find(|&(_, c)| !(c == '第' || c.is_ascii_digit() || is_chinese_digit(c)))
        .map_or(glued.len(), |(k, _)| k);
    if k > 0 && glued[k..].starts_with('届') {
        k + '届'.len_utf8()
    } else {
        0
    }
}

/// Do the words from `start` to the head word at `head_start` read as a name's own words
/// after a person or brand (青禾|钢铁信息研究|中心, 青禾|兄弟|公司): nouns, no place (a name
/// starts with its place: 滕志远|西安…中学 is a person before a school) and no verb (邵一平|送往|医院)
/// — but a trade of a company with its legal form (桂岭|交通|投资/vn|集团有限公司, …|建设|开发/vn|
/// 有限公司), which verbal nouns name.
fn names_after_person(s: &Sentence<'_>, start: usize, head_start: usize) -> bool {
    let Some(first) = s.word_at(start) else {
        return start == head_start;
    };
    let legal_form = || {
        let head = &s.text[head_start..];
        ["有限公司", "集团", "股份公司"].iter().any(|f| head.starts_with(f))
    };
    s.words[first..].iter().take_while(|w| w.start < head_start).all(|w| {
        let word = &s.text[w.clone()];
        !s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::PLACE | tag::ORG))
            && with_word_class(word, |c| {
                ["n", "nz", "OOV", "j", "nr", "nrt"].contains(&c) || (c == "vn" && legal_form())
            })
            && !word.chars().any(|c| LINKING_CHARS.contains(c))
    })
}

/// Does word `wi` start with the last character of a date (日, 月, 年) right after its
/// number (1月7|日讯, ７|日电)?
fn ends_date(s: &Sentence<'_>, wi: usize) -> bool {
    let word = &s.text[s.words[wi].clone()];
    starts_with_one_of(word, &['日', '月', '年'])
        && wi.checked_sub(1).is_some_and(|k| {
            let before = &s.text[s.words[k].clone()];
            before
                .chars()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c) || is_chinese_digit(c))
        })
}

/// Is the word at `w` a brand: a known organisation, or a word jieba-rs only guessed or
/// knows as a proper noun or abbreviation (乐居, 邮储), of two characters at least?
fn is_brand_word(s: &Sentence<'_>, w: &Range<usize>) -> bool {
    let word = &s.text[w.clone()];
    word.chars().nth(1).is_some()
        && word.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
        // 图为|北京…, 日电|泰国…: a caption's or a dateline's word glued by the segmenter.
        && !word.chars().any(|c| LINKING_CHARS.contains(c) || c == '电')
        && (s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::ORG))
            || with_word_class(word, |c| ["nz", "j", "OOV", "nt", "eng"].contains(&c)))
}

/// The class of `word` as a name reads it: jieba-rs files a few common nouns under a class
/// that names rarely hold — the age groups a body serves as times (老年/t|体育协会, 青年/t|
/// 联合会) and parts as numerals with a classifier (汽车|零部件/mq|有限公司, 零 read as zero).
fn common_noun_class<'c>(word: &str, class: &'c str) -> &'c str {
    const AGE_GROUPS: [&str; 6] = ["老年", "青年", "中年", "少年", "中老年", "青少年"];
    const PARTS: [&str; 3] = ["零件", "零部件", "零配件"];
    // Head words of bodies jieba-rs files as verbs: before a party organ they name the
    // branch the text is about (分行|党委书记, 支行|党支部).
    const UNITS: [&str; 4] = ["分行", "支行", "拍卖行", "促进会"];
    if AGE_GROUPS.contains(&word) || PARTS.contains(&word) || UNITS.contains(&word) {
        "n"
    } else {
        class
    }
}

/// Is `word` an administrative place name by its form: a place word of jieba-rs
/// ending in 省, 市, 县 ... (偃师市). Place words without such an ending are more often
/// common nouns (城市, 城镇); the place dictionary lists the names that matter.
pub(super) fn is_place_name(word: &str) -> bool {
    word.chars().count() >= 3
        && ends_with_one_of(word, &ADMIN_UNITS)
        && !starts_with_one_of(word, DETERMINER_WORDS)
        && with_word_class(word, |c| c == "ns")
}

/// The end of the run of place words starting at `start` (before `limit`).
pub(super) fn prefix_end(s: &Sentence<'_>, start: usize, limit: usize) -> usize {
    let mut end = start;
    while end < limit {
        match s
            .hit_starting_at(end)
            .filter(|h| h.entry.is(tag::PLACE) && h.end <= limit)
        {
            Some(h) => end = h.end,
            None => {
                // A place the dictionary lacks, known by its unit (青山|县, 石桥|村) or read as
                // a whole place word (偃师市/ns).
                if let Some(w) = s.word_starting_at(end).filter(|w| w.end <= limit) {
                    let unit = s.text[w.end..limit].chars().next().filter(|c| ADMIN_UNITS.contains(c));
                    if let Some(u) = unit.filter(|_| (2..=3).contains(&s.text[w.clone()].chars().count())) {
                        end = w.end + u.len_utf8();
                        continue;
                    }
                    if is_place_name(&s.text[w.clone()]) {
                        end = w.end;
                        continue;
                    }
                }
                if end == start && matches!(s.char_at(end), Some('省' | '市' | '区' | '县')) {
                    end += 3;
                }
                break;
            }
        }
    }
    end
}

/// Is `n` written in digits only, Chinese or Arabic (五, 12)?
/// Is `word` the number of a session, of a meeting or a census (第七次, 第5次)?
pub(crate) fn is_session(word: &str) -> bool {
    word.strip_prefix('第')
        .and_then(|n| n.strip_suffix('次'))
        .is_some_and(|n| !n.is_empty() && all_digits(n))
}

fn all_digits(n: &str) -> bool {
    n.chars().all(|c| is_chinese_digit(c) || c.is_ascii_digit())
}

/// Is `word` an ordinal numbering a body (第一|中学, 第二|分公司)? Not a term of office
/// (第九届|人民代表大会 names a term and its sessions; the body is the same from term to
/// term).
fn numbers_a_body(word: &str) -> bool {
    word.starts_with('第') && !word.ends_with('届')
}

/// Does a name end at byte `start`: a place, an organisation or its head word, or a
/// word jieba-rs knows as a proper noun?
fn names_before(s: &Sentence<'_>, start: usize) -> bool {
    let Some(k) = start.checked_sub(1).and_then(|p| s.word_at(p)) else {
        return false;
    };
    // An ordinal numbers the body after the name (青山市|第一|中学), a term of office
    // its members (青山市|第五届|政协): look past it.
    let word = &s.text[s.words[k].clone()];
    if k > 0 && (numbers_a_body(word) || term_of_office(word) == word.len()) {
        return names_before(s, s.words[k].start);
    }
    let w = s.words[k].clone();
    // A place's administrative unit written apart (青山/市), perhaps glued to the word
    // before it (当选|为市|工商联).
    // (Or a place's last character glued to its unit: 澜|州市, jieba-rs's word for an unknown
    // place ending in 州.)
    w.end == start
        && (bare_unit_start(word).is_some()
            || word == "州市"
            || s.hit_ending_at(start)
                .is_some_and(|h| h.entry.is(tag::PLACE | tag::ORG | tag::ORG_SUFFIX))
            || with_word_class(word, |c| {
                ["ns", "nt", "nz", "j"].contains(&c)
                    // (Or a city, a county or a province jieba-rs had to guess, with its unit:
                    // 渭岚市. A district's may be a block's: 天通苑北二区.)
                    || (c == "OOV"
                        && word.chars().count() >= 3
                        && word.chars().all(is_han)
                        && word.ends_with(['市', '县', '省', '州']))
            }))
}

/// Does a name jieba-rs took for a person's or had to guess (南屏/nr) stand right before
/// `start`, where a body whose head's title follows it starts (南屏|博物馆|馆长)? The title
/// makes the head a body's, and the name names it.
fn named_before_own_title(s: &Sentence<'_>, hit: &Hit<'_>, start: usize) -> bool {
    let last = s.text[..hit.end]
        .chars()
        .next_back()
        .map_or(hit.end, |c| hit.end - c.len_utf8());
    before_own_title(s.text, last, hit.end) && name_word_before(s, start, true)
}

/// Is the committee or group headed at `hit` a line's label, its name all the line holds
/// before a colon (审计委员会：甲（主任委员）、乙)? The list after it is its members, so it is a
/// body.
fn labels_line(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    // (The colon first: the line's start is searched for only where one follows — this runs
    // for many heads, several times each.)
    if !s.text[hit.end..].starts_with(':')
        // (A committee's or a group's: 所在学校：, 主管部门： are fields of a form.)
        || !LABELLING_BODIES.iter().any(|h| s.text[hit.start..hit.end].ends_with(h))
    {
        return false;
    }
    let name = &s.text[label_start(s.text, hit.start)..hit.start];
    (2..=10).contains(&name.chars().count()) && name.chars().all(is_han)
}

/// Verbs that set up a body or change its members, its name right after them (决定成立|…
/// 领导小组, 组建|…指挥部, 调整|…委员会组成人员).
pub(crate) const SETTING_UP: &[&str] = &["成立", "组建", "设立", "调整"];

/// The most characters of a working group's name after the verb that sets it up.
const MAX_SET_UP_NAME: usize = 40;

/// Where the name of the working group headed by `head` starts, read so far from `start`,
/// when a verb that sets it up stands before it in the same clause (决定成立|青禾县文化和
/// 旅游局创建国家全域旅游示范区|工作领导小组): right after the verb (and its 了), over
/// places, bodies and the group's remit, where one of them (or a proper noun) opens the name.
/// Not over a clause that describes the group (成立由甲任组长的领导小组: 的 and a name), a
/// count of groups (成立了…两个工作领导小组), other words after the verb (成立以来, 成立大会上),
/// nor across punctuation.
fn set_up_name_start(
    s: &Sentence<'_>,
    start: usize,
    head: &Hit<'_>,
    persons: &[Range<usize>],
    found: &[OrgMention],
) -> Option<usize> {
    let text = s.text;
    // (工作领导小组 is a head word of its own.)
    if !WORKING_GROUPS.iter().any(|g| text[head.start..head.end].ends_with(g)) {
        return None;
    }
    let before = &text[..start];
    // (From the name read so far, which may start right after the verb already.)
    let from = std::iter::once(start)
        .chain(
            before
                .char_indices()
                .rev()
                .take(MAX_SET_UP_NAME)
                .take_while(|&(_, c)| is_han(c) && !matches!(c, '的' | '个' | '等'))
                .map(|(k, _)| k),
        )
        .find(|&k| {
            let verb = text[..k].strip_suffix('了').unwrap_or(&text[..k]);
            SETTING_UP.iter().any(|v| verb.ends_with(v))
        })?;
    // (Only over a place, a body or the group's remit that opens the name: not 调整|充实…,
    // 成立|以来…, 成立|大会上…, 成立|工作专班和….)
    let opens_name = || {
        found.iter().any(|o| o.range.start == from)
            || s.hit_starting_at(from)
                .is_some_and(|h| h.entry.is(tag::PLACE | tag::ORG))
            || s.word_at(from).is_some_and(|w| {
                let word = &text[s.words[w].clone()];
                s.words[w].start == from
                    && (PURPOSE_VERBS.contains(&word)
                        || with_word_class(word, |c| matches!(c, "ns" | "nr" | "nrt" | "nt" | "nz" | "j" | "OOV")))
            })
    };
    // (Nor over a body read whole and a conjunction after it: 成立|安全生产委员会|和|防汛
    // 抗旱指挥部 sets up two bodies.)
    let joins_a_body = || {
        found.iter().any(|o| {
            from <= o.range.start
                && o.range.end < start
                && CONJUNCTIONS.iter().any(|c| text[o.range.end..].starts_with(c))
        })
    };
    (from < start && !persons.iter().any(|p| p.start < start && from < p.end) && opens_name() && !joins_a_body())
        .then_some(from)
}

/// Head words of the bodies whose name labels a line of their members (审计委员会：, 专家组：,
/// 理事会：, 指挥部：) — not of other bodies (所在学校：, 新京报： are a form's field, a source).
pub(crate) const LABELLING_BODIES: &[&str] = &["委员会", "组", "会", "指挥部"];

/// Where the label of the line holding byte `at` starts: the line's start, after its item
/// number (1、审计委员会：).
pub(crate) fn label_start(text: &str, at: usize) -> usize {
    let line = text[..at].rfind('\n').map_or(0, |k| k + 1);
    line + crate::normalize::item_number_len(&text[line..at])
}

/// Does a word of two characters or more that jieba-rs took for a name (南屏/nr, 白沙/nr) —
/// or, when `guessed` may be, had to guess — end right at `start`?
fn name_word_before(s: &Sentence<'_>, start: usize, guessed: bool) -> bool {
    start.checked_sub(1).and_then(|p| s.word_at(p)).is_some_and(|k| {
        let w = s.words[k].clone();
        w.end == start
            && w.len() >= 6
            && with_word_class(&s.text[w], |c| {
                matches!(c, "nr" | "nrt" | "nrfg" | "nz") || (guessed && c == "OOV")
            })
    })
}

/// Characters that stand alone before 集镇 and name no family's market (各|集镇, 在|集镇).
const NOT_FAMILY_CHARS: &str = "各在的于和与及从到向对为由将把被是了这那该本每全乡县市区省镇村大小新老";

/// Words for the centre of a town, which end in 中心 and are places, not bodies.
const DOWNTOWNS: &[&str] = &["市中心", "城中心", "镇中心", "城市中心"];

/// Does a business's own name end at byte `start`, a word jieba-rs had to guess right after
/// a place (临江|金悦|酒店, 北辰区|三和|面馆)?
fn brand_after_place(s: &Sentence<'_>, start: usize) -> bool {
    name_word_before(s, start, true)
        && s.word_at(start - 1).is_some_and(|k| {
            place_ends_at(s, s.words[k].start)
                || s.hit_ending_at(s.words[k].start)
                    .is_some_and(|h| h.entry.is(tag::PLACE))
        })
}

/// Does a head word standing alone at byte `start` count things (一万二千|部, 300|家)? The
/// word before it is a number of more than one character: a department numbered with
/// one (销售|二|部) keeps its head.
fn counted(s: &Sentence<'_>, start: usize) -> bool {
    let Some(k) = start.checked_sub(1).and_then(|p| s.word_at(p)) else {
        return false;
    };
    let word = &s.text[s.words[k].clone()];
    word.chars().nth(1).is_some()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || "零〇一二三四五六七八九十两百千万亿".contains(c))
}

/// Does a numeral count the places of the head word starting with their unit (沿淮|4|省政府,
/// 两|县政府: the governments of four provinces), one digit as well as more?
fn counts_places(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let Some(k) = hit.start.checked_sub(1).and_then(|p| s.word_at(p)) else {
        return false;
    };
    starts_with_one_of(&s.text[hit.start..], &ADMIN_UNITS)
        && s.text[s.words[k].clone()]
            .chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c))
}

/// Is the word at `w` a place: one of the lexicon's, or one jieba-rs tags a place (ns)?
fn is_place_word(s: &Sentence<'_>, w: &Range<usize>) -> bool {
    s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::PLACE)) || with_word_class(&s.text[w.clone()], |c| c == "ns")
}

/// The word before word `wi`, when it is a bare administrative unit and a character
/// (县城, 市区) that makes a word of the dictionary with word `wi`, a single character
/// (城|管 of 县城|管|执法局).
fn glued_unit_before_abbreviation(s: &Sentence<'_>, wi: usize) -> Option<Range<usize>> {
    let w = s.words[wi].clone();
    let mut chars = s.text[w.clone()].chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let p = s.words[wi.checked_sub(1)?].clone();
    let mut before = s.text[p.clone()].chars();
    let (Some(unit), Some(x), None) = (before.next(), before.next(), before.next()) else {
        return None;
    };
    if p.end != w.start || !is_han(c) || !ADMIN_UNITS.contains(&unit) {
        return None;
    }
    // (The pair is the bytes of the two words across their boundary: no string built.)
    let pair = &s.text[p.end - x.len_utf8()..w.end];
    crate::segment::JIEBA.has_word(pair).then_some(p)
}

/// The classifiers that count bodies and people (三家, 这所, 2040名).
static COUNT_CLASSIFIERS: crate::charset::CharSet = crate::charset::CharSet::of("个家名位所间座项批种类支只条");

/// Is the word a numeral or determiner with a classifier, or a classifier after one (5个,
/// 三家, 300余名, 这所)?
pub(super) fn is_classifier_phrase(s: &Sentence<'_>, w: &Range<usize>) -> bool {
    let word = &s.text[w.clone()];
    // (The two sets one bit a character, built at compile time: asked of many words, where
    // `str::contains` ran a substring search for each character.)
    static NUMERALS: crate::charset::CharSet = crate::charset::CharSet::of("一二三四五六七八九十两百千万几数多余");
    // Determiners count like numerals before a classifier (这所, 那家, 每个).
    let numeral = |c: char| c.is_ascii_digit() || NUMERALS.contains(c) || DETERMINER_WORDS.contains(&c);
    let classifier = |c: char| COUNT_CLASSIFIERS.contains(c);
    let (Some(first), Some(last)) = (word.chars().next(), word.chars().next_back()) else {
        return false;
    };
    // A classifier jieba-rs glued to the word after it (2040|名反|政府) counts too.
    let counted = || {
        classifier(first)
            && s.char_before(w.start)
                .is_some_and(|c| c.is_ascii_digit() || is_chinese_digit(c))
    };
    if word.chars().nth(1).is_none() {
        classifier(first) && s.char_before(w.start).is_some_and(numeral)
    } else {
        (numeral(first) && classifier(last)) || counted()
    }
}

/// Is `h` a school's head word jieba-rs glued to the discipline after it (青山|大学化学|与
/// 化工学院): it ends the parent inside a college's name all the same.
fn school_glued_to_discipline(s: &Sentence<'_>, h: &Hit<'_>) -> bool {
    h.entry.org_kind == OrgKind::School
        && s.word_starting_at(h.start).is_some_and(|w| {
            // (Not a word of students: 中学生, 大学生.)
            w.end > h.end && with_word_class(&s.text[w], |c| matches!(c, "nt" | "OOV"))
        })
}

/// Is the business's head word at `hit` a field of study joined to another in an
/// institute's or a school's name (信托|与|理财研究所, 银行和金融学院): a conjunction, then a few
/// ideographs and the institute's head?
fn names_a_field(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    // The head word is a word of its own (信托, 银行), not the end of one (房地产).
    if s.word_starting_at(hit.start).is_none_or(|w| w.end != hit.end) {
        return false;
    }
    let Some(rest) = CONJUNCTIONS.iter().find_map(|c| s.text[hit.end..].strip_prefix(c)) else {
        return false;
    };
    let from = s.text.len() - rest.len();
    let run = rest
        .char_indices()
        .find(|&(_, c)| !is_han(c))
        .map_or(rest.len(), |(k, _)| k);
    // No place or name between (银行与青山大学 joins two bodies), and the head is an
    // institute's or a college's, not a university's.
    let between = |h: &Hit<'_>| {
        s.hits
            .iter()
            .any(|o| o.start >= from && o.start < h.start && o.entry.is(tag::PLACE | tag::ORG))
    };
    s.hits.iter().any(|h| {
        h.start > from
            && h.end <= from + run
            && h.start - from <= 12
            && h.entry.is(tag::ORG_SUFFIX)
            && (h.entry.org_kind == OrgKind::Research || matches!(&s.text[h.start..h.end], "学院" | "系"))
            && !between(h)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The term of office read character by character is the one a search for 届 and a test
    /// of what stands before it reads.
    #[test]
    fn a_term_of_office_is_read_as_a_search_for_its_last_character_reads_it() {
        let searched = |glued: &str| {
            glued.find('届').map_or(0, |k| {
                let number = &glued[..k];
                let counted = !number.is_empty()
                    && number
                        .chars()
                        .all(|c| c == '第' || c.is_ascii_digit() || is_chinese_digit(c));
                if counted { k + '届'.len_utf8() } else { 0 }
            })
        };
        for glued in [
            "第九届",
            "八届",
            "12届",
            "第十二届全国人大",
            "届",
            "第届",
            "本届",
            "第九届第十届",
            "第九次",
            "",
            "第九",
            "九届届",
            "第五届政协",
            "a届",
            "历届",
            "十届三次",
        ] {
            assert_eq!(term_of_office(glued), searched(glued), "{glued}");
        }
        assert_eq!(term_of_office("第五届政协"), "第五届".len());
        assert_eq!(term_of_office("本届"), 0);
    }

    #[test]
    fn relation_nouns_end_in_their_last_characters() {
        for r in RELATION_NOUNS {
            assert!(r.ends_with(RELATION_LAST_CHARS), "{r}");
        }
    }

    #[test]
    fn aims_end_in_their_last_characters() {
        for a in AIMS {
            assert!(a.ends_with(AIMS_LAST_CHARS), "{a}");
        }
    }
}
