//! Set phrases written with numeral characters that are not numbers: 一是, 一头, 进一步,
//! 一系列, 之一, 统一, 一批 ('a number of'), 双一流, 十分, 万一, 全国两会, 观摩组一行 ...
//!
//! Most such words need no entry: a lone Chinese digit counts only before a unit or a
//! classifier, or standing apart (see `mod.rs`), so 一些, 一直, 唯一, 两侧 fall away by
//! themselves. The list holds the phrases whose second character *is* a classifier or a
//! unit (一头, 一批, 一行, 十分, 一下, 一起), idioms, and names (张三, 周一, 十三五).

use aho_corasick::Anchored;
use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;

use crate::Error;

/// `(phrase, not_before, not_after)`: the phrase is a trap unless one of the characters
/// of `not_before` stands right before it or one of `not_after` right after it
/// (第一批 is an ordinal; 一头牛 is one ox; 十分钟 is ten minutes; 一点五 is 1.5).
const TRAPS: &[(&str, &str, &str)] = &[
    ("一是", "", ""),
    ("二是", "", ""),
    ("三是", "", ""),
    ("四是", "", ""),
    ("五是", "", ""),
    ("一头", "", "牛猪羊驴象鹿狮熊骆马骡"),
    ("一股", "", ""),
    ("一批", "第", ""),
    ("一批批", "", ""),
    ("一行", "", ""),
    ("一系列", "", ""),
    ("进一步", "", ""),
    ("下一步", "", ""),
    // 上一场, 上一年, 下一次: the previous or next one, no count (上一千人 is a count).
    ("上一", "", "十百千万亿"),
    ("下一", "", "十百千万亿"),
    // 无一人, 没有一个: none at all, no count of one (无一千人 is a count).
    ("无一", "", "十百千万亿"),
    ("没有一", "", "十百千万亿"),
    // 最后一名, 最后一天, 最后一公里: the last one, no count.
    ("最后一", "", "十百千万亿"),
    // Names of a policy or a principle: 一个中国原则, 中央八项规定.
    ("一个中国", "", ""),
    ("八项规定", "", ""),
    // A county's four leading bodies (四套班子, 四大班子) and a five-year plan's name after
    // its ordinal (第十五个五年规划) or alone (编制五年规划): no counts.
    ("四套班子", "", ""),
    ("四大班子", "", ""),
    ("五年规划", "", ""),
    ("五年计划", "", ""),
    // 新一届: the new term; 两级法院: the two tiers of a hierarchy; 一级文物: a grade.
    ("新一届", "", ""),
    ("两级", "", "以及或"),
    ("一级文物", "", ""),
    // 一级抓一级: each level sees to the one below, no grade.
    ("一级抓一级", "", ""),
    ("二级文物", "", ""),
    ("三级文物", "", ""),
    // 每一场, 每一次: every one (每一万人 is per ten thousand).
    ("每一", "", "十百千万亿"),
    // 算一笔账 'to reckon up'.
    ("一笔账", "", ""),
    ("一步步", "", ""),
    ("一步一", "", ""),
    ("之一", "分", ""),
    ("统一", "", ""),
    ("唯一", "", ""),
    ("一流", "", ""),
    ("双一流", "", ""),
    ("一些", "", ""),
    ("一直", "", ""),
    ("一定", "", ""),
    ("万一", "", ""),
    ("十分", "", "钟之"),
    ("一起", "", ""),
    ("一下", "", ""),
    ("一番", "", ""),
    ("一道", "", ""),
    ("一度", "", "电"),
    ("一口气", "", ""),
    ("一口咬定", "", ""),
    ("一把手", "", ""),
    ("一点", "", "钟零一二三四五六七八九两"),
    ("一次性", "", ""),
    ("一部分", "", ""),
    ("一连串", "", ""),
    ("一回事", "", ""),
    ("一声不", "", ""),
    ("一门心思", "", ""),
    ("一条心", "", ""),
    ("一条龙", "", ""),
    ("一席之地", "", ""),
    ("一个个", "", ""),
    ("一件件", "", ""),
    ("一项项", "", ""),
    ("一桩桩", "", ""),
    ("一次次", "", ""),
    ("一遍遍", "", ""),
    ("一片片", "", ""),
    ("一层层", "", ""),
    ("一一", "唯统之第万逐", ""),
    ("逐一", "", ""),
    ("一律", "", ""),
    ("一同", "", ""),
    ("一向", "", ""),
    ("一贯", "", ""),
    ("一并", "", ""),
    ("一概", "", ""),
    ("一旦", "", ""),
    ("一切", "", ""),
    ("一致", "", ""),
    ("一般", "", ""),
    ("一样", "", ""),
    ("一再", "", ""),
    ("一味", "", ""),
    ("一举", "", ""),
    ("一面", "", ""),
    ("一边", "", ""),
    ("一方面", "", ""),
    ("一带", "", ""),
    ("一线", "", ""),
    ("一体", "", ""),
    ("一时", "", ""),
    ("一阵", "", ""),
    ("一路", "", ""),
    ("一国两制", "", ""),
    ("两岸", "", ""),
    ("两会", "", ""),
    ("两委", "", ""),
    ("两新", "", ""),
    ("两学一做", "", ""),
    ("三农", "", ""),
    // The three sectors of an economy (三次产业结构), not three times.
    ("三次产业", "", ""),
    // Grades of a profession, a hospital or a university's admission tier: no counts
    // (国家一级演员, 二级运动员, 三级甲等医院, 一本上线).
    ("一级演员", "", ""),
    ("二级演员", "", ""),
    ("三级演员", "", ""),
    ("一级运动员", "", ""),
    ("二级运动员", "", ""),
    ("一级教师", "", ""),
    ("一级建造师", "", ""),
    ("二级建造师", "", ""),
    ("一级作家", "", ""),
    ("一级编剧", "", ""),
    ("一级导演", "", ""),
    ("一级美术师", "", ""),
    ("三级甲等", "", ""),
    ("二级甲等", "", ""),
    ("三级医院", "", ""),
    ("二级医院", "", ""),
    ("二级以上医院", "", ""),
    ("一本上线", "", ""),
    ("二本上线", "", ""),
    ("一本线", "", ""),
    ("二本线", "", ""),
    // A bank's capital tiers (核心一级资本充足率, 二级资本工具): no grades.
    ("一级资本", "", ""),
    ("二级资本", "", ""),
    // Combined events named by their number of events (十项全能冠军, 现代五项): no counts.
    ("十项全能", "", ""),
    ("七项全能", "", ""),
    ("五项全能", "", ""),
    ("现代五项", "", ""),
    ("铁人三项", "", ""),
    ("冬季两项", "", ""),
    ("北欧两项", "", ""),
    ("三下乡", "", ""),
    ("三部曲", "", ""),
    ("三位一体", "", ""),
    ("一年一度", "", ""),
    // All the time, all year round, day by day: no span of one year or day (一年到头,
    // 一年四季, 一天到晚, 一天天长大). 一年年均 is a year's average.
    ("一年到头", "", ""),
    ("一年四季", "", ""),
    ("一天到晚", "", ""),
    ("一天天", "", ""),
    ("一年年", "", "底末初均中终内"),
    ("一期", "第每", ""),
    ("二期", "第每", ""),
    ("三期", "第每", ""),
    ("一块儿", "", ""),
    ("二次", "", ""),
    // A quarter's name (三季度) or the period up to it (前三季度, 后三季度): no duration;
    // 连续三季度 and 三个季度 are.
    ("一季度", "近连每", ""),
    ("二季度", "近连每", ""),
    ("三季度", "近连每", ""),
    ("四季度", "近连每", ""),
    ("三轮车", "", ""),
    ("十三陵", "", ""),
    ("两节", "", "课车"),
    ("三峡", "", ""),
    ("三门峡", "", ""),
    ("四川", "", ""),
    ("四周", "", ""),
    ("五台山", "", ""),
    // Places named with a numeral and a classifier (三台县委书记: no three machines). A
    // rule (numeral, classifier, 县/市/区 …) would also take 三名村干部, 一位市领导.
    ("三台县", "", ""),
    ("三台镇", "", ""),
    ("五台县", "", ""),
    ("九台市", "", ""),
    ("九台区", "", ""),
    ("八步区", "", ""),
    ("五角大楼", "", ""),
    ("九寨沟", "", ""),
    ("十堰", "", ""),
    ("六盘水", "", ""),
    ("七台河", "", ""),
    ("八达岭", "", ""),
    ("二连浩特", "", ""),
    ("十之八九", "", ""),
    ("三三两两", "", ""),
    ("半斤八两", "", ""),
    ("一成不变", "", ""),
    ("成千上万", "", ""),
    ("千千万万", "", ""),
    ("一五一十", "", ""),
    ("接二连三", "", ""),
    ("三番五次", "", ""),
    ("三令五申", "", ""),
    ("三天两头", "", ""),
    // Idioms of jieba-rs's dictionary (tag i) that read as a count or a unit (一波三折 is
    // no 30 % discount, 梅开二度 no angle): the list was made by running every idiom with
    // a numeral through the extractor.
    ("一人之下", "", ""),
    ("一家之言", "", ""),
    ("一步登天", "", ""),
    ("一波三折", "", ""),
    ("一片汪洋", "", ""),
    ("一笔勾销", "", ""),
    ("七张八嘴", "", ""),
    ("三头六臂", "", ""),
    ("乱七八糟", "", ""),
    ("五花八门", "", ""),
    ("低三下四", "", ""),
    ("判若两人", "", ""),
    ("十万火急", "", ""),
    ("十年寒窗", "", ""),
    ("危机四伏", "", ""),
    ("反咬一口", "", ""),
    ("四处奔波", "", ""),
    ("孤身一人", "", ""),
    ("小事一桩", "", ""),
    ("成百上千", "", ""),
    ("有朝一日", "", ""),
    ("火冒三丈", "", ""),
    ("略知一二", "", ""),
    ("空无一人", "", ""),
    ("约法三章", "", ""),
    ("胡说八道", "", ""),
    ("说三道四", "", ""),
    ("梅开二度", "", ""),
    ("梅开三度", "", ""),
    ("九牛一毛", "", ""),
    ("一年半载", "", ""),
    // 一分一秒地 'every minute and second', no duration of 61 s.
    ("一分一秒", "", ""),
    // 字 counts characters (3万字); these are no counts of them: a cross (十字路口, 红十字会),
    // a shape or a horoscope (八字方针, 生辰八字) and idioms.
    ("十字", "一二三四五六七八九两百千万", ""),
    ("八字", "十百千万", ""),
    ("一字之差", "", ""),
    ("一字不", "", ""),
    ("一字排开", "", ""),
    ("一字一句", "", ""),
    ("一字千金", "", ""),
    ("一字一顿", "", ""),
    ("三字经", "", ""),
    ("三八", "", ""),
    ("五一", "", ""),
    ("五四", "", ""),
    ("六一", "", ""),
    ("七一", "", ""),
    ("八一", "", ""),
    ("九一八", "", ""),
    ("双十一", "", ""),
    ("十一五", "", ""),
    ("十二五", "", ""),
    ("十三五", "", ""),
    ("十四五", "", ""),
    ("十五五", "", ""),
    ("张三", "", ""),
    ("李四", "", ""),
    ("王五", "", ""),
    ("赵六", "", ""),
    ("周一", "", ""),
    ("周二", "", ""),
    ("周三", "", ""),
    ("周四", "", ""),
    ("周五", "", ""),
    ("周六", "", ""),
    ("星期一", "", ""),
    ("星期二", "", ""),
    ("星期三", "", ""),
    ("星期四", "", ""),
    ("星期五", "", ""),
    ("星期六", "", ""),
    ("礼拜一", "", ""),
    ("礼拜二", "", ""),
    ("礼拜三", "", ""),
    ("礼拜四", "", ""),
    ("礼拜五", "", ""),
    ("礼拜六", "", ""),
    ("初一", "", ""),
    ("初二", "", ""),
    ("初三", "", ""),
    ("高一", "", ""),
    ("高二", "", ""),
    ("高三", "", ""),
    ("第一时间", "", ""),
    ("第一线", "", ""),
    ("第一手", "", ""),
];

/// The set-phrase list, compiled for overlapping search in a small window.
#[derive(Clone, Debug)]
pub(crate) struct Traps {
    /// A DFA walked byte by byte: the window is a few dozen bytes, where the set-up of a
    /// library search would cost more than the walk.
    dfa: DFA,
    /// A hashed set of the pairs of neighbouring characters in the phrases: a phrase
    /// overlapping a number holds a pair with one character in the number, so a number
    /// none of whose pairs is here meets no phrase (most numbers: 三个, 2000年 ...).
    pairs: [u64; PAIR_WORDS],
}

/// Words of the pair filter (64 bits each): 65536 bits, of which the phrases' 440-odd pairs
/// set under one in a hundred. (At 4096 bits, one in ten: a number with a few pairs
/// passed the filter on a false one often, and the window was walked for nothing.)
const PAIR_WORDS: usize = 1024;

/// The bit of the pair filter for the characters `a`, `b`.
fn pair_bit(a: char, b: char) -> usize {
    let h = (a as u32).wrapping_mul(0x9E37_79B1) ^ (b as u32);
    (h.wrapping_mul(0x85EB_CA6B) >> 16) as usize % (PAIR_WORDS * 64)
}

impl Traps {
    pub(crate) fn embedded() -> Result<Traps, Error> {
        let dfa = DFA::builder()
            .build(TRAPS.iter().map(|t| t.0))
            .map_err(|e| Error::build(format!("set-phrase matcher: {e}")))?;
        let mut pairs = [0u64; PAIR_WORDS];
        for (phrase, _, _) in TRAPS {
            let chars: Vec<char> = phrase.chars().collect();
            for w in chars.windows(2) {
                let bit = pair_bit(w[0], w[1]);
                pairs[bit / 64] |= 1 << (bit % 64);
            }
        }
        Ok(Traps { dfa, pairs })
    }

    /// May a phrase overlap `range`? False only when none of the pairs of characters
    /// with one in `range` (read between `floor` and `limit`) is in a phrase.
    fn may_hit(&self, text: &str, floor: usize, range: &std::ops::Range<usize>, limit: usize) -> bool {
        let mut prev = text[floor..range.start].chars().next_back();
        for c in text[range.start..limit]
            .chars()
            .take(text[range.clone()].chars().count() + 1)
        {
            if let Some(p) = prev {
                let bit = pair_bit(p, c);
                if self.pairs[bit / 64] & (1 << (bit % 64)) != 0 {
                    return true;
                }
            }
            prev = Some(c);
        }
        false
    }

    /// True when a set phrase overlaps `range` (view bytes: a number with its unit) and is
    /// not inside `numeral` (万一 is no trap in 一万一千). Only a few characters around
    /// the number are searched, from `floor` to `limit`.
    pub(crate) fn hit(
        &self,
        text: &str,
        floor: usize,
        range: std::ops::Range<usize>,
        numeral: std::ops::Range<usize>,
        limit: usize,
    ) -> bool {
        if !self.may_hit(text, floor, &range, limit) {
            return false;
        }
        let mut from = range.start;
        for _ in 0..4 {
            match text[floor..from].chars().next_back() {
                Some(c) => from -= c.len_utf8(),
                None => break,
            }
        }
        let mut to = range.end;
        for _ in 0..4 {
            match text[to..limit].chars().next() {
                Some(c) => to += c.len_utf8(),
                None => break,
            }
        }
        let Ok(mut state) = self.dfa.start_state(Anchored::No) else {
            return false;
        };
        // Every match ending at each byte, as an overlapping search reports them.
        for (k, &b) in text.as_bytes()[from..to].iter().enumerate() {
            state = self.dfa.next_state(Anchored::No, state, b);
            if !self.dfa.is_match(state) {
                continue;
            }
            let end = from + k + 1;
            for i in 0..self.dfa.match_len(state) {
                let pattern = self.dfa.match_pattern(state, i);
                let start = end - self.dfa.pattern_len(pattern);
                if trap_at(text, floor, limit, pattern.as_usize(), start..end, &range, &numeral) {
                    return true;
                }
            }
        }
        false
    }
}

/// Is the phrase `TRAPS[pattern]`, found at `at`, a trap for the number at `range`?
fn trap_at(
    text: &str,
    floor: usize,
    limit: usize,
    pattern: usize,
    at: std::ops::Range<usize>,
    range: &std::ops::Range<usize>,
    numeral: &std::ops::Range<usize>,
) -> bool {
    let (start, end) = (at.start, at.end);
    if !(start < range.end && range.start < end) || (numeral.start <= start && end <= numeral.end) {
        return false;
    }
    let (_, not_before, not_after) = TRAPS[pattern];
    let before = text[floor..start].trim_end_matches(' ').chars().next_back();
    let after = text[end..limit].trim_start_matches(' ').chars().next();
    !before.is_some_and(|c| not_before.contains(c)) && !after.is_some_and(|c| not_after.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(text: &str, numeral: &str) -> bool {
        let t = Traps::embedded().unwrap();
        let start = text.find(numeral).unwrap();
        t.hit(
            text,
            0,
            start..start + numeral.len(),
            start..start + numeral.len(),
            text.len(),
        )
    }

    #[test]
    fn set_phrases_and_their_exceptions() {
        assert!(hit("一头连着创业企业", "一"));
        assert!(!hit("养了一头牛", "一"));
        assert!(hit("拥有一批高层次人才", "一"));
        assert!(!hit("第一批项目", "一"));
        assert!(hit("他十分重视", "十"));
        assert!(!hit("用了十分钟", "十"));
        assert!(hit("要进一步改进", "一"));
        assert!(hit("比上一场更加稳固", "一"));
        assert!(hit("下一次会议", "一"));
        let t = Traps::embedded().unwrap();
        let text = "唯一一所大学";
        let second = text.find("一所").unwrap();
        assert!(
            !t.hit(text, 0, second..second + 6, second..second + 3, text.len()),
            "唯一 covers only the first 一"
        );
        assert!(t.hit(text, 0, 3..6, 3..6, text.len()));
        let text = "一万一千";
        assert!(!t.hit(text, 0, 0..12, 0..12, text.len()), "万一 inside a numeral");
        assert!(!hit("三分之一的", "三"));
    }
}
