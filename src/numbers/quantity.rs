//! One number as written, with what makes it a quantity: its sign (负, -, 零下), the
//! ordinal 第, a currency sign ($, ￥), fractions (三分之一, 3又一千分之23, 1 3/5),
//! per cent and its relatives (百分之, %, ‰, 千分之, 个百分点, 成, 折), the unit or
//! classifier after it (个, 平方米, 一个多月, 三斤半) and explicit ranges (3至5年, 5-20%).

use std::ops::Range;

use super::numeral::{self, Approx, Numeral, char_at, skip_spaces};
use super::units::{Unit, Units};
use crate::{Decimal, NumberKind, UnitKind};

pub(crate) const PERCENT: Unit = Unit::fixed("%", UnitKind::Percent);
pub(crate) const PERCENTAGE_POINT: Unit = Unit::fixed("百分点", UnitKind::PercentagePoint);

/// A number read with its suffixes.
#[derive(Clone, Debug)]
pub(crate) struct Simple {
    /// The number as written, sign, 第, currency sign and unit included.
    pub(crate) range: Range<usize>,
    /// The main numeral (the numerator's for fractions), for the callers' guards.
    pub(crate) numeral: Numeral,
    pub(crate) value: Decimal,
    pub(crate) bounds: Option<(Decimal, Decimal)>,
    pub(crate) approx: Approx,
    pub(crate) kind: NumberKind,
    pub(crate) unit: Option<Unit>,
    /// Where the unit is written.
    pub(crate) unit_range: Option<Range<usize>>,
    /// 多 between a classifier and a time word: 一个多月.
    pub(crate) more: bool,
}

/// A number, or an explicit range of two.
#[derive(Clone, Debug)]
pub(crate) struct Quantity {
    pub(crate) first: Simple,
    pub(crate) second: Option<Simple>,
}

impl Quantity {
    pub(crate) fn range(&self) -> Range<usize> {
        self.first.range.start..self.second.as_ref().map_or(self.first.range.end, |s| s.range.end)
    }
}

/// Matches `word` at `pos` allowing spaces between its characters and reading 個/點 as
/// 个/点 (`六   个 百 分点`); returns the end.
fn spaced(text: &str, pos: usize, limit: usize, word: &str) -> Option<usize> {
    let mut i = pos;
    for (k, w) in word.chars().enumerate() {
        if k > 0 {
            i = skip_spaces(text, i, limit);
        }
        let c = char_at(text, i, limit)?;
        let c = match c {
            '個' => '个',
            '點' => '点',
            c => c,
        };
        if c != w {
            return None;
        }
        i += text[i..].chars().next()?.len_utf8();
    }
    Some(i)
}

/// Characters after 成 that make it a word, not a tenth (成员, 成本, 成千上万).
fn not_tenths(c: char) -> bool {
    matches!(
        c,
        '员' | '本'
            | '果'
            | '功'
            | '立'
            | '为'
            | '绩'
            | '交'
            | '型'
            | '就'
            | '熟'
            | '长'
            | '都'
            | '人'
            | '年'
            | '品'
            | '千'
            | '万'
            | '效'
            | '批'
            | '片'
            | '群'
            | '套'
            | '像'
            | '份'
            | '色'
            | '分'
            | '语'
            | '败'
            | '全'
            | '家'
            | '事'
            | '形'
    )
}

/// Characters after 折 that make it a word, not a discount (折合, 折扣, 折旧).
fn not_discount(c: char) -> bool {
    matches!(
        c,
        '合' | '扣' | '算' | '旧' | '射' | '腾' | '叠' | '返' | '损' | '价' | '成' | '半' | '中' | '服' | '磨'
    )
}

/// 百分之 (2), 千分之 (3), 万分之 (4), 万万分之 and 亿分之 (8) at `pos`: the power of
/// the denominator and the offset after 之.
fn ratio_prefix(text: &str, pos: usize, limit: usize) -> Option<(u32, usize)> {
    if !matches!(char_at(text, pos, limit), Some('百' | '千' | '万' | '萬' | '亿')) {
        return None;
    }
    for (word, p) in [
        ("百分之", 2),
        ("千分之", 3),
        ("万分之", 4),
        ("萬分之", 4),
        ("万万分之", 8),
        ("亿分之", 8),
    ] {
        if let Some(end) = spaced(text, pos, limit, word) {
            return Some((p, end));
        }
    }
    None
}

/// 负 or - before `pos` (after `floor`): the offset where the sign starts.
pub(crate) fn sign_before(text: &str, floor: usize, pos: usize) -> Option<usize> {
    let head = &text[floor..pos];
    if let Some(rest) = head.strip_suffix('-') {
        // Not a hyphen in a name: f-35, 苏-27, 歼-10, 东风-41, 3-5.
        let prev = rest.chars().next_back();
        let hyphen = prev.is_some_and(|c| c.is_ascii_alphanumeric() || "-.苏歼运轰强直风征".contains(c));
        return (!hyphen).then_some(pos - 1);
    }
    for w in ["负", "負"] {
        if let Some(rest) = head.strip_suffix(w) {
            let prev = rest.chars().next_back();
            let word = prev.is_some_and(|c| "胜正抱欺辜自担肩身不".contains(c));
            return (!word).then_some(pos - w.len());
        }
    }
    head.strip_suffix("零下").map(|_| pos - "零下".len())
}

/// A currency sign before `pos`: its start and unit name.
fn currency_before(text: &str, floor: usize, pos: usize) -> Option<(usize, &'static str)> {
    let head = &text[floor..pos];
    for (sign, name) in [
        ("US$", "美元"),
        ("HK$", "港元"),
        ("NT$", "新台币"),
        ("$", "美元"),
        ("￥", "元"),
        ("¥", "元"),
        ("€", "欧元"),
        ("£", "英镑"),
    ] {
        if head.ends_with(sign) {
            return Some((pos - sign.len(), name));
        }
    }
    None
}

/// Reads a numeral at `pos`, with a sign written right before it inside an expression
/// (分之负一百五十七).
fn signed_numeral(text: &str, pos: usize, limit: usize, units: &Units) -> Option<(Numeral, Decimal)> {
    let (neg, pos) = match char_at(text, pos, limit) {
        Some(c @ ('负' | '負')) => (true, pos + c.len_utf8()),
        Some('-') => (true, pos + 1),
        _ => (false, pos),
    };
    let c = char_at(text, pos, limit)?;
    if !numeral::is_start(c) {
        return None;
    }
    let n = numeral::read(text, pos, limit, &|i| units.chars_at(text, i, limit))?;
    let v = if neg { n.value.neg() } else { n.value };
    Some((n, v))
}

/// A duration written in hours, minutes and seconds at `at`, after the numeral `n`
/// (2小时08分15秒, 16小时28分, 3分42秒): one duration valued in its smallest unit (7695 秒,
/// 988 分钟, 222 秒), so no part is lost or read alone. Hours are 小时 (10时25分 is a clock
/// time); the minutes and seconds after the first part are below 60, and up to three
/// digits right after 秒 are a race time's fraction of a second (1分8秒42 is 68.42 秒).
/// Returns the unit's name, the value and the end.
fn compound_duration(
    text: &str,
    n: &Numeral,
    at: usize,
    limit: usize,
    units: &Units,
) -> Option<(&'static str, Decimal, usize)> {
    let rest = &text[at..limit];
    // The cheap test first: most units are neither hours nor minutes.
    let hours = ["个小时", "小时"].into_iter().find(|w| rest.starts_with(w));
    if hours.is_none() && !rest.starts_with('分') || !n.value.is_integer() || n.bounds.is_some() || n.sequence {
        return None;
    }
    let sixty = Decimal::from_int(60);
    // A part after the first: a numeral below 60 (whole, but for seconds) and its mark.
    let part = |from: usize, marks: &[&str], whole: bool| -> Option<(Decimal, usize)> {
        let c = char_at(text, from, limit)?;
        if !numeral::is_start(c) {
            return None;
        }
        let m = numeral::read(text, from, limit, &|_| 0)?;
        let ok = m.bounds.is_none() && !m.sequence && m.value < sixty && (!whole || m.value.is_integer());
        let mark = marks.iter().find(|w| text[m.range.end..limit].starts_with(*w))?;
        ok.then_some((m.value, m.range.end + mark.len()))
    };
    let (minutes, end) = match hours {
        Some(h) => {
            let (m, e) = part(at + h.len(), &["分钟", "分"], true)?;
            (n.value.checked_mul(&sixty)?.checked_add(&m)?, e)
        }
        None => {
            let e = at + '分'.len_utf8();
            (
                n.value,
                if text[e..limit].starts_with('钟') {
                    e + '钟'.len_utf8()
                } else {
                    e
                },
            )
        }
    };
    let seconds = part(end, &["秒钟", "秒"], false);
    if hours.is_none() && seconds.is_none() {
        return None;
    }
    match seconds {
        Some((s, e)) => {
            let mut total = minutes.checked_mul(&sixty)?.checked_add(&s)?;
            // A race time writes its hundredths after 秒 (1分8秒42 is 68.42 s).
            let digits = text[e..limit].bytes().take_while(u8::is_ascii_digit).count();
            let mut end = e;
            let after = e + digits;
            let own_number = char_at(text, after, limit)
                .is_some_and(|c| matches!(c, '.' | '%') || numeral::is_start(c) || is_scale(c))
                || units.at(text, after, limit).is_some();
            if (1..=3).contains(&digits) && s.is_integer() && !own_number {
                let fraction = Decimal::new(text[e..e + digits].parse().ok()?, digits as u32)?;
                total = total.checked_add(&fraction)?;
                end = e + digits;
            }
            Some(("秒", total, end))
        }
        None => Some(("分钟", minutes, end)),
    }
}

/// Words of a market index's move or level before its points (收于3108.52点, 下跌23点).
const INDEX_WORDS: &[&str] = &[
    "涨", "跌", "收于", "收报", "报收", "报", "升", "降", "回落", "反弹", "指数",
];

/// Is 点 after the numeral `n` (ending at `unit_end`) an index's points, not a clock's hour
/// (上午10点, 10点30分)? Only a decimal, a number above 24, or one right after an index's
/// word (跌了12点, 指数为12点; 据报道，10点 is a clock); never before minutes.
fn index_points(text: &str, start: usize, n: &Numeral, unit_end: usize, limit: usize) -> bool {
    let rest = &text[unit_end..limit];
    if rest.starts_with(['半', '钟', '整', '多'])
        || rest.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with('分')
    {
        return false;
    }
    let head = text[..start].trim_end_matches(['了', '到', '至', '为', '在']);
    n.decimal || n.value > Decimal::from_int(24) || INDEX_WORDS.iter().any(|w| head.ends_with(w))
}

/// The bases a rate is given per, written after a slash (发病率为105.83/10万, 3.2/万).
/// (Only bases with a scale word: 1/10000 is a fraction.)
const RATE_BASES: &[&str] = &["/100万", "/10万", "/1万", "/万", "/千", "/十万", "/百万"];

/// A rate's slash and base at `at` (/10万): its unit (kind other, named after the base) and
/// end; not where a digit runs on (/10万5千 is no base).
fn rate_base(text: &str, at: usize, limit: usize) -> Option<(Unit, usize)> {
    let rest = &text[at..limit];
    if !rest.starts_with('/') {
        return None;
    }
    let base = RATE_BASES.iter().find(|b| rest.starts_with(*b))?;
    let after = rest[base.len()..].chars().next();
    if after.is_some_and(|c| c.is_ascii_digit() || numeral::is_start(c) || is_scale(c)) {
        return None;
    }
    Some((Unit::fixed(base, UnitKind::Other), at + base.len()))
}

/// Reads one number at `pos` (a numeral start, or 百/千/万 of 百分之), with `start` the
/// beginning of what was read before it (sign, 第, currency sign) and `negative` its sign.
pub(crate) fn simple(
    text: &str,
    start: usize,
    pos: usize,
    limit: usize,
    negative: bool,
    units: &Units,
    preset: Option<Unit>,
) -> Option<Simple> {
    let unit_at = |i: usize| units.chars_at(text, i, limit);
    let sign = |v: Decimal| if negative { v.neg() } else { v };
    // 百分之五, 千分之一, 万万分之七: per cent of the numeral after it.
    if let Some((p, after)) = ratio_prefix(text, pos, limit) {
        let after = skip_spaces(text, after, limit);
        if char_at(text, after, limit) == Some('百') {
            // 百分之百
            let n = Numeral::word(after..after + 3, Decimal::from_int(100));
            return Some(percent(start, after + 3, n, sign(Decimal::from_int(100)), None));
        }
        let (n, v) = signed_numeral(text, after, limit, units)?;
        let v = v
            .checked_mul(&Decimal::from_int(100))?
            .checked_div_rounded(&Decimal::pow10(p), 20)?;
        let bounds = n.bounds.and_then(|(a, b)| {
            let f = |x: Decimal| {
                x.checked_mul(&Decimal::from_int(100))?
                    .checked_div_rounded(&Decimal::pow10(p), 20)
            };
            // A negative range turns over: -百分之三四 runs from -4% to -3%.
            Some(if negative {
                (sign(f(b)?), sign(f(a)?))
            } else {
                (f(a)?, f(b)?)
            })
        });
        // The value of a range is its low bound.
        let v = bounds.map_or(sign(v), |(low, _)| low);
        return Some(percent(start, n.range.end, n, v, bounds));
    }
    let mut n = numeral::read(text, pos, limit, &unit_at)?;
    if n.sequence {
        // Digits read one by one mean something only as a discount (九五折); years are
        // dates. Two digits may be a digit and a word (唯一|一所: read the first alone);
        // a longer run (一二三四, 九九九九…) is nothing, and is skipped whole by the caller.
        let next = char_at(text, skip_spaces(text, n.range.end, limit), limit);
        if !(n.chars == 2 && next == Some('折')) {
            if n.chars > 2 {
                return None;
            }
            let one = text[pos..].chars().next()?.len_utf8();
            n = numeral::read(text, pos, pos + one, &unit_at)?;
        }
    }
    let bounds = n
        .bounds
        .map(|(a, b)| if negative { (b.neg(), a.neg()) } else { (a, b) });
    // The value of a range is its low bound (-两三个 is -3 to -2: value -3).
    let mut value = if negative {
        bounds.map_or(sign(n.value), |(low, _)| low)
    } else {
        n.value
    };
    let mut end = n.range.end;
    let j = skip_spaces(text, end, limit);
    // The character after the numeral, read once: each word below is matched only after
    // its first character (most numerals are followed by none of them).
    let next = char_at(text, j, limit);
    // Fractions: 三分之一, 一百分之二, 负３分之负一百五十七.
    if next == Some('分')
        && let Some(k) = spaced(text, j, limit, "分之")
    {
        let k = skip_spaces(text, k, limit);
        let (m, num) = signed_numeral(text, k, limit, units)?;
        let v = num.checked_div_rounded(&n.value, 15)?;
        return Some(fraction(start, m.range.end, n, sign(v)));
    }
    // Mixed fractions: 3又一千分之23, 一百万又五十万分之二十五.
    if next == Some('又') {
        let k = skip_spaces(text, j + '又'.len_utf8(), limit);
        if let Some((den, _)) = signed_numeral(text, k, limit, units) {
            let s = skip_spaces(text, den.range.end, limit);
            if let Some(t) = spaced(text, s, limit, "分之") {
                let t = skip_spaces(text, t, limit);
                let (m, num) = signed_numeral(text, t, limit, units)?;
                let v = n.value.checked_add(&num.checked_div_rounded(&den.value, 15)?)?;
                return Some(fraction(start, m.range.end, n, sign(v)));
            }
        }
    }
    // A rate per a population (发病率为105.83/10万): a slash and a base, no fraction.
    if let Some((unit, e)) = rate_base(text, j, limit) {
        return Some(Simple {
            range: start..e,
            approx: n.approx,
            bounds,
            numeral: n,
            value,
            kind: NumberKind::Cardinal,
            unit: Some(unit),
            unit_range: Some(j..e),
            more: false,
        });
    }
    // Arabic fractions: 1/3, 1 3/5.
    if n.arabic && !n.chinese && n.value.is_integer() {
        let slash = |at: usize| -> Option<(Decimal, usize)> {
            if char_at(text, at, limit) != Some('/') {
                return None;
            }
            let d = numeral::arabic(text, at + 1, limit)?;
            let after = char_at(text, d.end, limit);
            (d.value.is_integer() && !d.value.is_zero() && !after.is_some_and(|c| c == '/' || c.is_ascii_digit()))
                .then_some((d.value, d.end))
        };
        if let Some((den, e)) = slash(end) {
            let v = sign(n.value.checked_div_rounded(&den, 15)?);
            return Some(fraction(start, e, n, v));
        }
        if char_at(text, end, limit) == Some(' ')
            && char_at(text, end + 1, limit).is_some_and(|c| c.is_ascii_digit())
            && let Some(b) = numeral::arabic(text, end + 1, limit)
            && let Some((den, e)) = slash(b.end)
        {
            let v = n.value.checked_add(&b.value.checked_div_rounded(&den, 15)?)?;
            return Some(fraction(start, e, n, sign(v)));
        }
    }
    // Per cent and its relatives.
    let pj = j;
    match next {
        Some('%') => return Some(percent(start, pj + 1, n, value, bounds)),
        Some('‰') => {
            let tenth = |v: Decimal| v.checked_div_exact(&Decimal::from_int(10));
            let b = bounds.and_then(|(a, b)| Some((tenth(a)?, tenth(b)?)));
            return Some(percent(start, pj + '‰'.len_utf8(), n, tenth(value)?, b));
        }
        _ => {}
    }
    if matches!(next, Some('个' | '個' | '百'))
        && let Some(e) = spaced(text, pj, limit, "个百分点").or_else(|| spaced(text, pj, limit, "百分点"))
    {
        let mut s = percent(start, e, n, value, bounds);
        s.unit = Some(PERCENTAGE_POINT);
        return Some(s);
    }
    let ten = Decimal::from_int(10);
    match next {
        Some('成') if !n.sequence && value <= ten && !value.is_negative() => {
            let after = pj + '成'.len_utf8();
            let next = char_at(text, after, limit);
            if !next.is_some_and(not_tenths) {
                let mut v = value.checked_mul(&ten)?;
                let mut e = after;
                // 七成六 = 76%
                let d_at = skip_spaces(text, after, limit);
                if n.value.is_integer()
                    && let Some(d) = char_at(text, d_at, limit).and_then(numeral::digit)
                    && d > 0
                    && !char_at(text, d_at + 3, limit)
                        .is_some_and(|c| numeral::is_start(c) || numeral::small_scale(c).is_some())
                {
                    v = v.checked_add(&Decimal::from_int(d as i128))?;
                    e = d_at + 3;
                }
                let b = bounds.and_then(|(a, b)| Some((a.checked_mul(&ten)?, b.checked_mul(&ten)?)));
                return Some(percent(start, e, n, v, b));
            }
        }
        Some('折') if !value.is_negative() => {
            let after = pj + '折'.len_utf8();
            if !char_at(text, after, limit).is_some_and(not_discount) {
                let v = if n.sequence { value } else { value.checked_mul(&ten)? };
                if n.sequence || value <= ten {
                    return Some(percent(start, after, n, v, None));
                }
            }
        }
        _ => {}
    }
    // The unit or classifier.
    let mut unit = None;
    let mut unit_range = None;
    let mut more = false;
    let uj = if n.chinese
        || text[end..].starts_with(' ') && char_at(text, end + 1, limit).is_some_and(|c| c.is_ascii_alphabetic())
    {
        if n.chinese { j } else { end + 1 }
    } else {
        end
    };
    if let Some((name, v, e)) = compound_duration(text, &n, uj, limit, units)
        && let Some(u) = units.get(name)
    {
        value = sign(v);
        unit = Some(u);
        unit_range = Some(uj..e);
        end = e;
    } else if let Some((u, e)) = units.at(text, uj, limit)
        && !(u.arabic_only && (n.chinese || !n.arabic))
        // 90年代 is a decade, not ninety years; 一年级 a school's first year; 万余群众
        // counts people, not groups.
        && !(u.name == "年" && text[e..limit].starts_with(['代', '级']))
        && !(u.name == "群" && text[e..limit].starts_with(['众', '体']))
        && (u.name != "点" || index_points(text, start, &n, e, limit))
        // 日 after digits is a day of the month where the date reader saw none (10.30日):
        // a span of days only where a span is meant (共5日, 90日, 15日内); 三百六十五日 is one.
        && (u.name != "日"
            || !n.arabic
            || super::dates::day_span(text, start, n.value.to_i128().unwrap_or(0), e, limit))
    {
        unit = Some(u);
        unit_range = Some(uj..e);
        end = e;
        // 一个多月, 两个半小时: 个, then 多 or 半, then a time word.
        if u.name == "个" {
            for (mark, half) in [("多", false), ("半", true)] {
                let Some(rest) = text[e..limit].strip_prefix(mark) else {
                    continue;
                };
                let at = e + mark.len();
                let word = ["月", "小时", "钟头", "星期", "礼拜", "季度"]
                    .into_iter()
                    .find(|w| rest.starts_with(w));
                if let Some(w) = word
                    && let Some(t) = units.get(&["个", w].concat())
                {
                    unit = Some(t);
                    unit_range = Some(uj..at + w.len());
                    end = at + w.len();
                    if half {
                        value = value.checked_add(&Decimal::new(5, 1)?)?;
                    } else {
                        more = true;
                    }
                }
                break;
            }
        }
        // 三块五, 5元3角, 2元5角8分: yuan with jiao and fen after them.
        if let Some(u) = unit
            && matches!(u.name, "元" | "块" | "块钱")
            && value.is_integer()
            && n.bounds.is_none()
        {
            let digit_at = |i: usize| -> Option<(u8, usize)> {
                let c = char_at(text, i, limit)?;
                let d = numeral::digit(c).or_else(|| c.to_digit(10).map(|d| d as u8))?;
                let e = i + c.len_utf8();
                let next = char_at(text, e, limit);
                (!next.is_some_and(|c| c.is_ascii_digit() || numeral::is_start(c) || numeral::small_scale(c).is_some()))
                    .then_some((d, e))
            };
            if let Some((jiao, e)) = digit_at(end) {
                let after = &text[e..limit];
                let marked = after.starts_with(['角', '毛']);
                let bare = !marked && units.at(text, e, limit).is_none_or(|(u, _)| u.kind == UnitKind::Money);
                if marked || bare && u.name != "元" {
                    let mut cents = jiao as i128 * 10;
                    let mut e2 = if marked { e + '角'.len_utf8() } else { e };
                    if marked
                        && let Some((fen, e3)) = digit_at(e2)
                        && text[e3..limit].starts_with('分')
                    {
                        cents += fen as i128;
                        e2 = e3 + '分'.len_utf8();
                    }
                    value = value.checked_add(&Decimal::new(cents, 2)?)?;
                    end = e2;
                    if text[end..limit].starts_with('钱') {
                        end += '钱'.len_utf8();
                    }
                }
            }
        }
        // 1米8, 一米七五: a height in metres and centimetres spoken as digits. A sports mark
        // writes any metres or seconds so, in Arabic digits (6米42, 18米96, 10秒28).
        let height =
            unit.is_some_and(|u| u.name == "米") && value >= Decimal::from_int(1) && value < Decimal::from_int(3);
        let mark = unit.is_some_and(|u| matches!(u.name, "米" | "秒"))
            && n.arabic
            && !n.chinese
            && char_at(text, end, limit).is_some_and(|c| c.is_ascii_digit());
        if (height || mark) && n.value.is_integer() && n.bounds.is_none() && n.approx == Approx::None {
            let mut digits = 0i128;
            let mut k = 0u32;
            let mut e = end;
            while k < 2 {
                let Some(c) = char_at(text, e, limit) else { break };
                let Some(d) = numeral::digit(c)
                    .filter(|_| !matches!(c, '两' | '兩'))
                    .or_else(|| c.to_digit(10).map(|d| d as u8))
                else {
                    break;
                };
                digits = digits * 10 + d as i128;
                k += 1;
                e += c.len_utf8();
            }
            let next = char_at(text, e, limit);
            // Nothing that makes the digits a number of their own: more digits, a point, a
            // unit, 余 or 多 (300米50余户). A ranking's verb is no unit, though its first
            // character is a classifier (55秒10列第三, 10秒28位列第二).
            let rank = ["列第", "位列", "名列", "排名", "排第", "排在", "居第"]
                .iter()
                .any(|w| text[e..limit].starts_with(w));
            let clean = !next.is_some_and(|c| {
                c.is_ascii_digit()
                    || numeral::is_start(c)
                    || numeral::small_scale(c).is_some()
                    || numeral::big_scale(c).is_some()
                    || ".．%％‰/:：-~～余多来几".contains(c)
            }) && (rank || units.at(text, e, limit).is_none());
            if k > 0 && clean {
                value = value.checked_add(&Decimal::new(digits, k)?)?;
                end = e;
            }
        }
        // 三斤半, 一年半: half a unit more.
        if let Some(u) = unit
            && u.kind != UnitKind::Count
            && n.value.is_integer()
            && n.bounds.is_none()
            && !more
            && !value.is_negative()
            && text[end..limit].starts_with('半')
            && !text[end + '半'.len_utf8()..limit]
                .starts_with(['数', '岛', '径', '导', '场', '边', '天', '年', '月', '载'])
        {
            value = value.checked_add(&Decimal::new(5, 1)?)?;
            end += '半'.len_utf8();
        }
    } else if let Some(p) = preset {
        unit = Some(p);
    }
    let kind = if n.bounds.is_some() && matches!(n.approx, Approx::Pair | Approx::Few | Approx::Several) {
        NumberKind::Range
    } else {
        NumberKind::Cardinal
    };
    Some(Simple {
        range: start..end,
        approx: n.approx,
        numeral: n,
        value,
        bounds,
        kind,
        unit,
        unit_range,
        more,
    })
}

fn percent(start: usize, end: usize, n: Numeral, value: Decimal, bounds: Option<(Decimal, Decimal)>) -> Simple {
    Simple {
        range: start..end,
        approx: n.approx,
        numeral: n,
        value,
        bounds,
        kind: NumberKind::Percent,
        unit: Some(PERCENT),
        unit_range: None,
        more: false,
    }
}

fn fraction(start: usize, end: usize, n: Numeral, value: Decimal) -> Simple {
    Simple {
        range: start..end,
        numeral: n,
        value,
        bounds: None,
        approx: Approx::None,
        kind: NumberKind::Fraction,
        unit: None,
        unit_range: None,
        more: false,
    }
}

/// 半百 (50), and the discounts 半折 and 打对折 (50%), at `pos` (at 半 or 对).
pub(crate) fn half(text: &str, pos: usize, limit: usize) -> Option<Simple> {
    let rest = &text[pos..limit];
    let word = |len: usize, v: i128| Numeral::word(pos..pos + len, Decimal::from_int(v));
    if rest.starts_with("半百") {
        let n = word("半百".len(), 50);
        return Some(Simple {
            range: n.range.clone(),
            numeral: n,
            value: Decimal::from_int(50),
            bounds: None,
            approx: Approx::None,
            kind: NumberKind::Cardinal,
            unit: None,
            unit_range: None,
            more: false,
        });
    }
    if rest.starts_with("半折") || rest.starts_with("对折") && text[..pos].ends_with('打') {
        let n = word("半折".len(), 5);
        return Some(percent(pos, pos + "半折".len(), n, Decimal::from_int(50), None));
    }
    None
}

/// 翻一番 (doubles), 翻两番 (four times over), 翻了三番: the factor 2ⁿ, in 倍.
pub(crate) fn doubling(text: &str, pos: usize, limit: usize, units: &Units) -> Option<Simple> {
    let after = text[pos..limit].strip_prefix('翻')?;
    let times = after.strip_prefix('了').unwrap_or(after);
    let mut chars = times.chars();
    let c = chars.next()?;
    let n = numeral::digit(c).filter(|d| (1..=4).contains(d))?;
    if chars.next() != Some('番') {
        return None;
    }
    let end = limit - times.len() + c.len_utf8() + '番'.len_utf8();
    let factor = Decimal::from_int(1i128 << n);
    Some(Simple {
        range: pos..end,
        numeral: Numeral::word(pos..end, factor),
        value: factor,
        bounds: None,
        approx: Approx::None,
        kind: NumberKind::Cardinal,
        unit: units.get("倍"),
        unit_range: Some(end - '番'.len_utf8()..end),
        more: false,
    })
}

fn is_scale(c: char) -> bool {
    numeral::small_scale(c).is_some() || numeral::big_scale(c).is_some()
}

fn is_big(c: char) -> bool {
    numeral::big_scale(c).is_some()
}

/// Connectors of an explicit range: 3至5年, 两到三个, 5-20%, 1998～2000.
fn connector(text: &str, end: usize, limit: usize, arabic: bool) -> Option<usize> {
    let j = if arabic { skip_spaces(text, end, limit) } else { end };
    let c = char_at(text, j, limit)?;
    let ok = match c {
        '至' | '到' => true,
        '~' | '～' | '〜' | '—' | '–' => true,
        '-' => arabic,
        _ => false,
    };
    if !ok {
        return None;
    }
    let mut k = j + c.len_utf8();
    if c == '—' && text[k..limit].starts_with('—') {
        k += '—'.len_utf8();
    }
    Some(if arabic { skip_spaces(text, k, limit) } else { k })
}

/// Is `n`, at `pos`, a member of a list of ordinals that writes 第 once (第二、|三名,
/// 第一、二、|三等奖, 第2、|3位)? Such a list counts up: 一个排第三、一个排第七 is no list.
fn elided_ordinal(text: &str, pos: usize, n: &Simple) -> bool {
    let mut head = &text[..pos];
    let mut previous = None;
    // A few members at most (第一、二、三、四).
    for _ in 0..4 {
        let Some(rest) = head.strip_suffix('、') else {
            return false;
        };
        let member = rest.trim_end_matches(|c: char| c.is_ascii_digit() || numeral::digit(c).is_some() || c == '十');
        let len = rest.len() - member.len();
        // One to three characters of a numeral (二, 十二, 12).
        if len == 0 || len > 9 {
            return false;
        }
        previous.get_or_insert(member.len()..rest.len());
        if member.ends_with('第') {
            let Some(p) = previous else { return false };
            return numeral::read(text, p.start, p.end, &|_| 0).is_some_and(|m| m.value < n.numeral.value);
        }
        head = member;
    }
    false
}

/// Reads the number at `pos` with what stands before it (from `floor`): 第, a sign, a
/// currency sign; then a second number when a range connector follows.
pub(crate) fn read(text: &str, floor: usize, pos: usize, limit: usize, units: &Units) -> Option<Quantity> {
    let mut start = pos;
    let mut negative = false;
    let mut ordinal = false;
    let mut preset = None;
    if text[floor..pos].ends_with('第') {
        ordinal = true;
        start -= '第'.len_utf8();
    } else {
        if let Some((s, name)) = currency_before(text, floor, pos) {
            preset = units.get(name);
            start = s;
        }
        if let Some(s) = sign_before(text, floor, start) {
            negative = true;
            start = s;
        }
    }
    let mut first = simple(text, start, pos, limit, negative, units, preset)?;
    // (第 belongs to the list's first member: this one's text starts at its numeral.)
    if !ordinal && !negative && preset.is_none() && elided_ordinal(text, pos, &first) {
        ordinal = true;
    }
    // 度 is a temperature where the words before say so: 气温25度, 华氏温度100度, 零下5度.
    if first.unit.is_some_and(|u| u.name == "度") {
        let head = &text[floor..first.range.start];
        let head = &head[head.char_indices().rev().nth(7).map_or(0, |(i, _)| i)..];
        let scale = if head.contains("华氏") {
            Some("华氏度")
        } else if ["摄氏", "温", "零下"].iter().any(|w| head.contains(w)) {
            Some("摄氏度")
        } else if head.contains('电') {
            // 用电300度, 发电量12亿度: kilowatt-hours.
            Some("千瓦时")
        } else {
            None
        };
        if let Some(t) = scale.and_then(|w| units.get(w)) {
            first.unit = Some(Unit { name: "度", ..t });
        }
    }
    // 时速350公里, 时速达到120千米: a speed, in kilometres an hour.
    if first.unit.is_some_and(|u| matches!(u.name, "公里" | "千米"))
        && {
            let head = &text[floor..first.range.start];
            head[head.char_indices().rev().nth(4).map_or(0, |(i, _)| i)..].contains("时速")
        }
        && let Some(t) = first.unit.and_then(|u| units.get(&[u.name, "/小时"].concat()))
    {
        first.unit = Some(t);
    }
    if ordinal {
        first.kind = NumberKind::Ordinal;
        return Some(Quantity { first, second: None });
    }
    // An explicit range: a second number of the same sort after a connector. Per cents
    // written in full start with 百分之 at both ends (百分之五到百分之八).
    let arabic = first.numeral.arabic && !first.numeral.chinese;
    let ratio_at = |i: usize| ratio_prefix(text, i, limit).is_some();
    if first.kind != NumberKind::Fraction
        && first.numeral.bounds.is_none()
        && let Some(k) = connector(text, first.range.end, limit, arabic)
        && (char_at(text, k, limit).is_some_and(numeral::is_start) || ratio_at(pos) && ratio_at(k))
        && super::dates::read(text, k, limit).is_none()
        && let Some(second) = simple(text, k, k, limit, false, units, preset)
        && second.numeral.arabic == first.numeral.arabic
        && second.numeral.bounds.is_none()
        && second.kind != NumberKind::Fraction
    {
        let same_unit = match (first.unit, second.unit) {
            (Some(a), Some(b)) => a.name == b.name,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (None, None) => true,
        };
        // 3-5万元, 三到五万: the scale word written once counts for both ends.
        let mut low = first.value;
        if first.unit.is_none() && !text[first.numeral.range.clone()].contains(is_scale) {
            let mut factor = Decimal::from_int(1);
            for c in text[second.numeral.range.clone()].chars().rev() {
                let Some(p) = numeral::big_scale(c) else { break };
                factor = factor.checked_mul(&Decimal::pow10(p))?;
            }
            if !text[second.numeral.range.clone()]
                .trim_end_matches(is_big)
                .contains(is_scale)
            {
                low = low.checked_mul(&factor)?;
            }
        }
        // A range written high to low (8000美元至2000美元不等): with 至 or 到 and the unit
        // written at both ends, or 不等 or 之间 after it; a score (5-3) is none.
        let descending = second.value < low
            && first.unit.is_some()
            && second.unit.is_some()
            && (text[first.range.end..k].contains(['至', '到'])
                || text[second.range.end..limit].starts_with("不等")
                || text[second.range.end..limit].starts_with("之间"));
        // (Written high to low, each number keeps its value — a unit is written at both ends,
        // so `low` is the first's — and the fact takes the low bound: see `record`.)
        let bounds = if descending {
            Some((second.value, low))
        } else {
            (second.value > low).then_some((low, second.value))
        };
        if same_unit && let Some(bounds) = bounds {
            let (mut first, mut second) = (first, second);
            first.value = low;
            if first.unit.is_none() {
                first.unit = second.unit;
                if second.kind == NumberKind::Percent {
                    first.kind = NumberKind::Percent;
                }
            }
            first.bounds = Some(bounds);
            second.bounds = Some(bounds);
            return Some(Quantity {
                first,
                second: Some(second),
            });
        }
    }
    Some(Quantity { first, second: None })
}
