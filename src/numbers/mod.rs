//! Numbers: numerals, numeric facts with units and classifiers, and dates.
//!
//! The characters a number can start with (most text has none) are found where the text
//! is read anyway: the person scan notes them in each sentence it reads, and
//! [`number_starts`] looks for them in the others (no pass over the view of its own). At
//! each the reader reads, in order:
//!
//! 1. a date ([`dates`]): 2018年7月, 1月1日, 2019-07-01 — its numerals are numbers, not facts;
//! 2. a quantity ([`quantity`]): a numeral ([`numeral`]) with its sign, 第, fraction,
//!    per-cent form, unit or classifier ([`units`]) and a range's second number;
//! 3. guards: set phrases ([`traps`]), a lone Chinese digit with no unit that is part of a
//!    word (统一, 一些), identifiers (5G, K2000, phone numbers, 0371), quoted code names (“211”);
//! 4. qualifiers before and after it ([`qualifier`]) and the counted subject ([`subject`]).
//!
//! Every number becomes a [`NumberMention`]; one with a unit or classifier (not an
//! ordinal, not a date) also becomes a [`Fact`].

mod dates;
pub(crate) mod numeral;
mod qualifier;
mod quantity;
mod subject;
mod traps;
mod units;

use std::borrow::Cow;
use std::ops::Range;

use crate::charset::CharSet;
use crate::normalize::View;
use crate::recognize::{is_han, one_of};
use crate::{
    Bounds, DateMention, Decimal, Error, Fact, NumberKind, NumberMention, Qualifier, SiValue, Span, Subject, UnitKind,
};
use numeral::Approx;
use qualifier::Qualifiers;
use quantity::{Quantity, Simple};
use traps::Traps;
use units::Units;

/// Currencies named before an amount in 元 (人民币5000万元, 新台币12亿元), with their
/// ISO 4217 codes.
const YUAN_CURRENCIES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("港币", "HKD"),
    ("港元", "HKD"),
    ("澳门币", "MOP"),
    ("澳门元", "MOP"),
];

/// What the number reader knows; built once per extractor.
#[derive(Clone, Debug)]
pub(crate) struct NumberModel {
    units: Units,
    qualifiers: Qualifiers,
    traps: Traps,
    /// One bit per character of the Basic Multilingual Plane: set for the ideographs after
    /// which a Chinese digit is read as nothing but a lone digit inside a word (see
    /// [`NumberModel::lone_in_word`]).
    inert: Box<[u64]>,
}

/// The numbers of one document, in text order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Numbers<'t> {
    pub(crate) facts: Vec<Fact<'t>>,
    pub(crate) numbers: Vec<NumberMention<'t>>,
    pub(crate) dates: Vec<DateMention<'t>>,
}

#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<char> {
    three_bytes(text.as_bytes(), i).or_else(|| text.get(i..)?.chars().next())
}

#[inline(always)]
fn char_before(text: &str, i: usize) -> Option<char> {
    i.checked_sub(3)
        .and_then(|k| three_bytes(text.as_bytes(), k))
        .or_else(|| text.get(..i)?.chars().next_back())
}

/// The character of three bytes in UTF-8 starting at byte `i` of `bytes` (of a `str`), if
/// one does: most characters around numbers are ideographs, decoded so from their bytes
/// at once, where a `str`'s iterator takes a test of each length.
#[inline(always)]
fn three_bytes(bytes: &[u8], i: usize) -> Option<char> {
    match *bytes.get(i..i + 3)? {
        [x, y, z] if x & 0xF0 == 0xE0 => {
            char::from_u32(u32::from(x & 0x0F) << 12 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F))
        }
        _ => None,
    }
}

/// Every non-ASCII character a number can start with (the characters of
/// [`starts_number`]): the Chinese digits of [`numeral::digit`], 十 拾 廿 卅, and the
/// words that start a number only in some places (百分之, 近万, 半百, 对折, 数百, 几十).
/// All are three bytes long in UTF-8, with lead bytes E2 (○), E3 (〇) and E4..E9.
const SCAN_CHARS: &str = "零〇○一壹弌二贰貳两兩倆俩三叁弎四肆五伍六陆陸七柒八捌九玖十拾廿卅百千万萬亿半对数几翻";

/// The characters of [`SCAN_CHARS`], built at compile time, so the scan decides a Chinese
/// character with one table load and no decoding.
static SCAN: CharSet = CharSet::of(SCAN_CHARS);

/// Is `c` a character other than an ASCII digit or `.` that a number may start with (one
/// of [`SCAN_CHARS`])? The person scan, which reads every character of a sentence, notes
/// where each stands (see [`number_starts`]).
#[inline]
pub(crate) fn starts_numeral(c: char) -> bool {
    SCAN.contains(c)
}

/// Appends to `out` the offsets in `range` of `text` where a number may start (an ASCII
/// digit, `.`, or a character of [`SCAN_CHARS`]), in order: what [`NumberModel::extract_at`]
/// is handed for a sentence the person scan did not read. `range` starts and ends at
/// character boundaries.
pub(crate) fn number_starts(text: &str, range: Range<usize>, out: &mut Vec<usize>) {
    let bytes = &text.as_bytes()[..range.end];
    let mut pos = range.start;
    while pos < bytes.len() {
        pos = next_candidate(bytes, pos);
        if pos < bytes.len() {
            out.push(pos);
            // (Every place a number may start is one byte or three long.)
            pos += if bytes[pos] < 0x80 { 1 } else { 3 };
        }
    }
}

/// The offset of the first byte at or after `pos` where a number may start (an ASCII
/// digit, `.`, or a character of [`SCAN_CHARS`]), or `bytes.len()`. Reads whole
/// characters by their lead byte; `bytes` is valid UTF-8.
fn next_candidate(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(&b) = bytes.get(pos) {
        if b < 0x80 {
            if b.is_ascii_digit() || b == b'.' {
                return pos;
            }
            pos += 1;
        } else if b & 0xF0 == 0xE0 {
            // A run of three-byte characters (nearly all of Chinese text) is read in a
            // loop of its own, one bounds test a character.
            while let Some(&[x, y, z]) = bytes.get(pos..pos + 3)
                && x & 0xF0 == 0xE0
            {
                if SCAN.contains_utf8(x, y, z) {
                    return pos;
                }
                pos += 3;
            }
            // (A character cut short ends the text.)
            if bytes.len() < pos + 3 && bytes.get(pos).is_some_and(|&b| b & 0xF0 == 0xE0) {
                return bytes.len();
            }
        } else if b >= 0xF0 {
            pos += 4;
        } else {
            pos += 2;
        }
    }
    bytes.len()
}

/// Can a number start at `pos` (where `c` is)? Numeral characters, 百分之-style ratios,
/// 数/几 before a scale word, 翻 of 翻一番, and `.5`.
fn starts_number(text: &str, pos: usize, c: char) -> bool {
    if numeral::is_start(c) {
        return true;
    }
    let rest = &text[pos + c.len_utf8()..];
    match c {
        '百' | '千' | '万' | '萬' | '亿' => {
            let rest = rest.trim_start_matches(' ');
            rest.starts_with('分') || (c == '万' && rest.starts_with("万分")) || numeral::bare_scale_allowed(text, pos)
        }
        '半' => rest.starts_with(['百', '折']),
        // 翻一番, 翻了两番.
        '翻' => rest.trim_start_matches('了').chars().nth(1) == Some('番'),
        '对' => rest.starts_with('折') && text[..pos].ends_with('打'),
        '数' | '几' => rest
            .chars()
            .next()
            .is_some_and(|n| numeral::small_scale(n).is_some() || numeral::big_scale(n).is_some()),
        '.' => {
            rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && !char_before(text, pos).is_some_and(|p| p.is_ascii_alphanumeric() || p == '.')
        }
        _ => false,
    }
}

/// Is `c` a character after which a Chinese digit is a lone digit inside a word, for
/// every reader of [`NumberModel::read_at`]: an ideograph (so the digit does not stand
/// apart) that is none of the words a digit stands apart before (和, 那, 这), goes on no
/// numeral (digits, 十 百 千 万 亿, 几, 多 余 来, 点), starts no unit or classifier (个, 年,
/// 小时, 分), no date (年 月 日), fraction or per-cent (分之, 又, 百分点, 成, 折) and no range
/// (至, 到)?
fn is_inert(units: &Units, c: char) -> bool {
    is_han(c)
        && !one_of("和与或及那这", c)
        && numeral::digit(c).is_none()
        && numeral::small_scale(c).is_none()
        && numeral::big_scale(c).is_none()
        && !one_of("十拾廿卅几数多余来点點分又个個百成折小至到年月日", c)
        && !units.starts_unit(c)
}

/// Words before a number that make an ASCII digit string an identifier (电话 0371…, 编号 12…).
const ID_WORDS: &[&str] = &[
    "电话", "传真", "热线", "手机", "号码", "编号", "邮编", "代码", "账号", "QQ", "微信",
];

impl NumberModel {
    /// The model built from the embedded dictionaries.
    pub(crate) fn embedded() -> Result<NumberModel, Error> {
        let units = Units::embedded()?;
        let mut inert = vec![0u64; 0x1_0000 / 64].into_boxed_slice();
        for c in (0..0x1_0000)
            .filter_map(char::from_u32)
            .filter(|&c| is_inert(&units, c))
        {
            inert[c as usize / 64] |= 1 << (c as usize % 64);
        }
        Ok(NumberModel {
            units,
            qualifiers: Qualifiers::embedded()?,
            traps: Traps::embedded()?,
            inert,
        })
    }

    /// Is `c` inert: an ideograph no numeral, unit, date, fraction or range goes on with
    /// (the table built from [`is_inert`])?
    fn is_inert(&self, c: char) -> bool {
        let code = c as usize;
        code < 0x1_0000 && self.inert[code / 64] >> (code % 64) & 1 != 0
    }

    /// A Chinese digit at `pos` that the readers of [`NumberModel::read_at`] would read as
    /// a lone digit inside a word (统一, 一些, 两国 are no numbers) and pass over:
    /// where it ends. `None` where they must look (most digits before a unit, a date's,
    /// a range's, an ordinal's).
    ///
    /// The character after the digit decides: an ideograph that goes on no numeral, no
    /// unit, no date, no fraction, per-cent or range, and no word that stands a digit
    /// apart (和, 这: see [`is_inert`]). Then no reader finds more than the digit, which
    /// stands inside a word (or is no everyday digit), and is passed over. The character
    /// before must make no ordinal (第一, 第一、二), nor end a currency sign ($一).
    // (Nearly a quarter of the places the scan stops at in People's Daily text, each of
    // which the readers took some 1,600 instructions to pass over.)
    fn lone_in_word(&self, text: &str, pos: usize, limit: usize) -> Option<usize> {
        let c = char_at(text, pos)?;
        // (零 and 〇 make a token of their own.)
        if numeral::digit(c).is_none_or(|d| d == 0) {
            return None;
        }
        let end = pos + c.len_utf8();
        let next = char_at(text, end)?;
        // (The character after must lie before the limit, where the readers see it.)
        if !self.is_inert(next) || end + next.len_utf8() > limit {
            return None;
        }
        let ordinal_or_currency = matches!(char_before(text, pos), Some('第' | '、' | '$' | '￥' | '¥' | '€' | '£'));
        (!ordinal_or_currency).then_some(end)
    }

    /// [`NumberModel::extract_at`] with the places found by a look of its own at the
    /// whole view (for the tests).
    #[cfg(test)]
    pub(crate) fn extract<'t>(&self, view: &View<'t>, skip: &[Range<usize>], out: &mut Numbers<'t>) {
        let mut starts = Vec::new();
        number_starts(view.text(), 0..view.text().len(), &mut starts);
        self.extract_at(view, skip, &starts, out);
    }

    /// Reads the numbers of `view`, skipping the view ranges in `skip` (person names
    /// such as 姚四海), and appends them to `out` with spans of the original text.
    /// `starts` are the offsets where a number may start in `view` (every one, in order,
    /// as [`number_starts`] finds them), which the scans of the sentences noted: the text
    /// is not read again to find them.
    pub(crate) fn extract_at<'t>(
        &self,
        view: &View<'t>,
        skip: &[Range<usize>],
        starts: &[usize],
        out: &mut Numbers<'t>,
    ) {
        let text = view.text();
        let mut pos = 0;
        let mut floor = 0;
        let mut next_skip = 0;
        let mut next_start = 0;
        while pos < text.len() {
            // The first place at or after `pos` where a number may start.
            while starts.get(next_start).is_some_and(|&k| k < pos) {
                next_start += 1;
            }
            pos = starts.get(next_start).copied().unwrap_or(text.len());
            if pos >= text.len() {
                break;
            }
            while next_skip < skip.len() && skip[next_skip].end <= pos {
                next_skip += 1;
            }
            if let Some(r) = skip.get(next_skip)
                && r.start <= pos
            {
                pos = r.end;
                floor = pos;
                continue;
            }
            let Some(c) = char_at(text, pos) else { break };
            if !starts_number(text, pos, c) {
                pos += c.len_utf8();
                continue;
            }
            let limit = skip.get(next_skip).map_or(text.len(), |r| r.start);
            let mut w = Writer { view, out: &mut *out };
            match self.read_at(&mut w, floor, pos, limit) {
                Step::Took(end) => {
                    pos = end.max(pos + c.len_utf8());
                    floor = pos;
                }
                Step::Passed(end) => pos = end.max(pos + c.len_utf8()),
            }
        }
    }

    /// Reads what starts at `pos` and records it.
    fn read_at<'t>(&self, w: &mut Writer<'_, '_, 't>, floor: usize, pos: usize, limit: usize) -> Step {
        let view = w.view;
        let text = view.text();
        match self.lone_in_word(text, pos, limit) {
            Some(end) => Step::Passed(end),
            None => self.read_all(w, floor, pos, limit),
        }
    }

    /// [`NumberModel::read_at`] by every reader.
    fn read_all<'t>(&self, w: &mut Writer<'_, '_, 't>, floor: usize, pos: usize, limit: usize) -> Step {
        let view = w.view;
        let text = view.text();
        if let Some(end) = ocr_spaced(text.as_bytes(), floor, pos, limit) {
            return Step::Passed(end);
        }
        if let Some(d) = dates::read(text, pos, limit) {
            // A day in Chinese numerals inside a set phrase (有朝一日) is no date.
            let chinese = !text[d.range.clone()].bytes().any(|b| b.is_ascii_digit());
            if chinese && self.traps.hit(text, floor, d.range.clone(), d.range.clone(), limit) {
                return Step::Passed(d.range.end);
            }
            w.date(&d);
            return Step::Took(d.range.end);
        }
        if let Some(h) = quantity::half(text, pos, limit).or_else(|| quantity::doubling(text, pos, limit, &self.units))
        {
            let q = Quantity { first: h, second: None };
            return Step::Took(self.record(w, floor, limit, &q));
        }
        // Read in place (a quantity is large: moving it out of the option costs copies).
        let mut found = quantity::read(text, floor, pos, limit, &self.units);
        while let Some(q) = &found
            && let Some(cut) = full_width_comma(view, &q.first.numeral.range)
            && cut > pos
        {
            found = quantity::read(text, floor, pos, cut, &self.units);
        }
        let Some(q) = &found else {
            return Step::Passed(numeral::run_end(text, pos, limit));
        };
        let f = &q.first;
        let n = &f.numeral;
        let start = f.range.start;
        let end = q.range().end;
        // Identifiers: 5G, K2000, 0371, 13812345678, 电话 6835888, 400-800-1234.
        if n.arabic && !n.chinese {
            let before = char_before(text, start);
            let after = char_at(text, n.range.end);
            let digits = n.int_digits;
            let grouped = text[n.range.clone()].contains(',');
            let id_word = || {
                let head = text[floor..start].trim_end_matches([':', ' ']);
                ID_WORDS.iter().any(|w| head.ends_with(w))
            };
            let letter_after = after.is_some_and(|c| c.is_ascii_alphabetic()) && f.unit.is_none();
            let integer = !n.decimal && !grouped;
            let dashed = integer
                && digits >= 3
                && text[end..limit].starts_with('-')
                && char_at(text, end + 1).is_some_and(|c| c.is_ascii_digit());
            let is_id = before.is_some_and(|c| {
                c.is_ascii_alphabetic() && integer || matches!(c, '#' | '_' | '=' | '%' | '/' | '@' | '\\')
            }) || letter_after
                || n.leading_zero
                || (integer && digits >= 11 && f.unit.is_none())
                || (digits >= 5 && id_word())
                || dashed;
            if let Some(end) = clock_time(text, floor, n.range.clone(), limit) {
                return Step::Passed(end);
            }
            // A section number opening a line or clause, glued to its text (3.4本次招标,
            // 2.3个人所得税, 5.2份额): a count is no decimal, so the classifier is the text's
            // first character. (户均2.3个 mid-sentence is an average; 2.3万人 a count.)
            let section = n.decimal
                && f.unit.is_some_and(|u| u.kind == UnitKind::Count)
                && text[n.range.clone()].bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && text[..start]
                    .trim_end_matches([' ', '\t', '\u{3000}'])
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '\n' | '\r' | '。' | '；' | ';'));
            if section {
                return Step::Passed(n.range.end);
            }
            if is_id {
                let run = text[pos..limit]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
                    .map_or(limit, |k| pos + k);
                return Step::Passed(run);
            }
        }
        // A lone Chinese digit: a number only before a unit or standing apart (“一”和“五”),
        // never inside a word (统一, 唯一, 一些, 两侧, 陆地).
        if n.is_single_char() && !matches!(f.kind, NumberKind::Fraction | NumberKind::Percent) {
            let c = char_at(text, n.range.start).unwrap_or(' ');
            if !numeral::plain(c) {
                return Step::Passed(n.range.end);
            }
            if f.unit.is_none() && f.kind != NumberKind::Ordinal && q.second.is_none() {
                let before = char_before(text, start);
                let after = char_at(text, n.range.end);
                let apart_before = !before.is_some_and(is_han)
                    || before.is_some_and(|c| matches!(c, '是' | '和' | '与' | '或' | '及'));
                let apart_after = !after.is_some_and(is_han)
                    || after.is_some_and(|c| matches!(c, '和' | '与' | '或' | '及' | '那' | '这'));
                if !(apart_before && apart_after) {
                    return Step::Passed(n.range.end);
                }
            }
        }
        // Set phrases written with numerals: 一头, 一批, 十分, 进一步 (after the cheaper test
        // above, which passes over the same characters).
        if n.chinese && self.traps.hit(text, floor, f.range.clone(), n.range.clone(), limit) {
            return Step::Passed(n.range.end);
        }
        // Reduplication: 一幅幅, 一册册 (one after another), not a count of one. Written with a
        // Chinese numeral: after digits the classifier's character starts the next word
        // (241.5分|分列第三, 312分|分别领先).
        if let Some(u) = &f.unit_range
            && n.chinese
            && f.unit.is_some_and(|u| u.kind == UnitKind::Count)
            && text[u.end..limit].starts_with(&text[u.clone()])
        {
            return Step::Passed(u.end);
        }
        // One after another, 一 and a unit twice with 比, 又 or 接 between (日子一年比一年好过,
        // 一次又一次, 一个接一个): no count of one; both are passed over.
        if let Some(u) = &f.unit_range
            && q.second.is_none()
            && &text[n.range.clone()] == "一"
            && let Some(end) = one_after_another(&text[u.end..limit], &text[u.clone()])
        {
            return Step::Passed(u.end + end);
        }
        // Code names in quotes: “211”, “985”.
        if matches!(char_before(text, start), Some('“' | '"' | '「' | '『'))
            && matches!(char_at(text, end), Some('”' | '"' | '」' | '』'))
            && f.unit.is_none()
            && n.arabic
            && n.int_digits >= 3
        {
            return Step::Passed(end);
        }
        // A body's term or a meeting's session (十四届人大, 三次会议, 二中全会), or a level of
        // response (三级应急响应): an ordinal written without 第.
        if let Some(u) = &f.unit_range
            && q.second.is_none()
            && (numbers_a_session(&text[..start], &text[u.clone()], &text[u.end..limit])
                || names_a_level(&text[floor..start], &text[u.clone()], &text[u.end..limit])
                || top_places(&text[..start], &text[u.clone()]))
        {
            let mut ordinal = q.clone();
            ordinal.first.kind = NumberKind::Ordinal;
            return Step::Took(self.record(w, floor, limit, &ordinal));
        }
        // The base of a rate (每10万人口12.5例, 每千人拥有): no count of people.
        if population_base(text, floor, q) {
            return Step::Passed(end);
        }
        let took = self.record(w, floor, limit, q);
        Step::Took(took)
    }

    /// The measure a price is by, written as 每 and a unit right before `pos` (每公斤68元):
    /// where 每 starts, and the unit.
    fn per_before(&self, text: &str, floor: usize, pos: usize) -> Option<(usize, Range<usize>)> {
        let head = &text[floor..pos];
        // The unit is one to four characters long.
        head.char_indices().rev().take(4).find_map(|(k, _)| {
            let at = floor + k;
            let unit = self.per_unit(text, at, pos)?;
            let mei = text[floor..at].strip_suffix('每')?;
            (unit.end == pos).then_some((floor + mei.len(), unit))
        })
    }

    /// The measure after a unit, written as / and a unit right at `pos` (元/公斤).
    fn per_after(&self, text: &str, pos: usize, limit: usize) -> Option<Range<usize>> {
        let at = pos + text[pos..limit].strip_prefix('/').map(|_| 1)?;
        self.per_unit(text, at, limit)
    }

    /// A unit or classifier a quantity may be by, at `at` (公斤, 股, 人次), or a span of
    /// time no unit list holds alone (学年, 晚, 月), not running past `limit`.
    fn per_unit(&self, text: &str, at: usize, limit: usize) -> Option<Range<usize>> {
        const TIME: &[&str] = &["学年", "学期", "年度", "季度", "晚", "月", "周", "日"];
        let unit = self.units.at(text, at, limit).map(|(_, end)| at..end);
        let time = || {
            TIME.iter()
                .find(|w| text[at..limit].starts_with(*w))
                .map(|w| at..at + w.len())
        };
        unit.or_else(time)
    }

    /// Records the number mentions of `q` and, when it has a unit, its fact; returns
    /// where the fact's text ends.
    fn record<'t>(&self, w: &mut Writer<'_, '_, 't>, floor: usize, limit: usize, q: &Quantity) -> usize {
        let view = w.view;
        let text = view.text();
        let f = &q.first;
        let range = q.range();
        let ordinal = f.kind == NumberKind::Ordinal;
        let mut qualifier = None;
        // The currency named before the amount (不超过人民币5000万元): the qualifier and
        // the subject stand before it; the fact's text takes it only after a qualifier.
        // Amounts in 元 named after another currency of the yuan family (新台币12亿元,
        // 港币300亿元) are in that currency.
        let named = match f.unit {
            Some(u) if u.kind == UnitKind::Money && !ordinal => YUAN_CURRENCIES
                .iter()
                .find(|(name, _)| text[floor..range.start].ends_with(name)),
            _ => None,
        };
        let mut currency = named.map_or(range.start, |(name, _)| range.start - name.len());
        // A price by a measure written before it (每公斤68元, 约每晚460元): the qualifier stands
        // before 每, and the fact's text starts there.
        let per_before = match f.unit {
            Some(u) if u.kind == UnitKind::Money && !ordinal && named.is_none() => {
                self.per_before(text, floor, range.start)
            }
            _ => None,
        };
        if let Some((at, _)) = &per_before {
            currency = *at;
        }
        // A count by a population written before it (每10万人口12.5例): 例/10万人口.
        let per_before = per_before.or_else(|| match f.unit {
            Some(u) if u.kind == UnitKind::Count && !ordinal && named.is_none() => {
                per_population(text, floor, range.start)
            }
            _ => None,
        });
        if let Some((at, _)) = &per_before {
            currency = *at;
        }
        let named_code = named
            .filter(|_| f.unit.is_some_and(|u| u.name == "元"))
            .map(|&(_, code)| code);
        let mut fact_start = per_before.as_ref().map_or(range.start, |&(at, _)| at);
        let mut fact_end = range.end;
        // …or after it (72元/公斤, 1200元/学年, 120次/分钟): any unit by another.
        let per_after = match f.unit {
            Some(_) if !ordinal && per_before.is_none() => self.per_after(text, range.end, limit),
            _ => None,
        };
        if let Some(d) = &per_after {
            fact_end = d.end;
        }
        let per = per_before.map(|(_, d)| d).or(per_after);
        if !ordinal && let Some((qq, s)) = self.qualifiers.before(text, floor, currency) {
            // 近三年来, 近5年中, 按近6个月…, 近三年，…: the recent years, not nearly three.
            let recent = &text[s..range.start] == "近"
                && f.unit.is_some_and(|u| u.kind == UnitKind::Duration)
                && (text[range.end..limit].starts_with(['来', '以', '中', '内', '里', '间'])
                    || recent_period(
                        &text[..s],
                        f.unit_range.as_ref().map_or("", |u| &text[u.clone()]),
                        &text[range.end..limit],
                    ));
            if !recent {
                qualifier = Some(qq);
                fact_start = s;
            }
        } else if !ordinal
            && f.numeral.chars > 0
            && text[f.numeral.range.start..]
                .starts_with(|c: char| numeral::big_scale(c).is_some() || matches!(c, '百' | '千' | '佰' | '仟'))
            && numeral::bare_scale_allowed(text, f.numeral.range.start)
        {
            // (Only a bare scale: 经过三天 is 'after three days'.)
            // 上千家 (about a thousand), 过万 and 破万 (more than ten thousand).
            let head = &text[floor..f.numeral.range.start];
            if let Some(w) = ['上', '过', '破'].into_iter().find(|&w| head.ends_with(w)) {
                qualifier = Some(if w == '上' {
                    Qualifier::About
                } else {
                    Qualifier::MoreThan
                });
                fact_start = range.start - w.len_utf8();
            }
        }
        let measure = f.unit.is_some_and(|u| u.kind != UnitKind::Count) && f.approx == Approx::None && !f.more;
        // (20余天内 stays more than 20 days: 内 bounds only a number written whole.)
        let time = f.unit.is_some_and(|u| u.kind == UnitKind::Duration)
            && per.is_none()
            && !matches!(f.approx, Approx::More | Approx::Few)
            && !f.more;
        if !ordinal
            && q.second.is_none()
            && let Some((qq, e)) = self.qualifiers.after(text, fact_end, limit, measure, time)
        {
            qualifier.get_or_insert(qq);
            fact_end = e;
        }
        let qualifier = qualifier.unwrap_or(match f.approx {
            Approx::More | Approx::Few => Qualifier::MoreThan,
            Approx::About | Approx::Several | Approx::Pair => Qualifier::About,
            Approx::None if f.more => Qualifier::MoreThan,
            Approx::None => Qualifier::Exact,
        });
        // 2026届, 2022级: the cohort of a year (its graduates, its entrants), no count.
        let cohort = f.unit.is_some_and(|u| matches!(u.name, "届" | "级"))
            && f.numeral.arabic
            && f.numeral.int_digits == 4
            && f.value.to_i128().is_some_and(|y| (1900..2100).contains(&y));
        let kind = if q.second.is_some() {
            NumberKind::Range
        } else if cohort {
            NumberKind::Date
        } else {
            f.kind
        };
        w.number(f, kind);
        if let Some(s) = &q.second {
            w.number(s, NumberKind::Range);
        }
        if let Some(unit) = f.unit
            && !matches!(f.kind, NumberKind::Ordinal | NumberKind::Fraction)
            && !cohort
            && !(unit.kind == UnitKind::Count
                && qualifier == Qualifier::Exact
                && q.second.is_none()
                && per.is_none()
                && (!matches!(unit.name, "人" | "名" | "例")
                    || unit.name == "名" && says_what(&text[floor..range.start]))
                && as_article(
                    &text[..f.numeral.range.start],
                    &text[f.numeral.range.clone()],
                    f.unit_range.as_ref().map_or("", |u| &text[u.clone()]),
                    &text[range.end..limit],
                ))
        {
            let subject = match (unit.kind, &f.unit_range) {
                (UnitKind::Count, Some(u)) => match subject::after(text, u.end.max(range.end), limit) {
                    subject::After::Noun(r) => Some(r),
                    subject::After::Other => None,
                    subject::After::Nothing => subject::before(text, floor, fact_start),
                },
                _ => subject::before(text, floor, fact_start.min(currency)),
            };
            // A measure by another converts as neither.
            let si = unit.si.filter(|_| per.is_none()).and_then(|s| {
                Some(SiValue {
                    value: s.convert(f.value)?,
                    unit: Cow::Borrowed(s.symbol),
                })
            });
            let span = w.span(fact_start..fact_end);
            let fact = Fact {
                text: w.text(span),
                span,
                // A range's value is its low bound, also when written high to low.
                value: match (&q.second, f.bounds) {
                    (Some(_), Some((low, _))) => low,
                    _ => f.value,
                },
                unit: match &per {
                    Some(d) => Cow::Owned(format!("{}/{}", unit.name, &text[d.clone()])),
                    None => Cow::Borrowed(unit.name),
                },
                unit_kind: unit.kind,
                currency: named_code.or(unit.currency).map(Cow::Borrowed),
                qualifier,
                bounds: bounds(f.bounds),
                subject: subject.map(|r| {
                    let span = w.span(r);
                    Subject {
                        text: w.text(span),
                        span,
                    }
                }),
                si,
            };
            w.out.facts.push(fact);
        }
        fact_end
    }
}

/// Does the numeral `numeral`, 一 with a counting classifier after it, read as an article
/// ('a': 交出了一份成绩单, 成立一个工作小组, 一位退休教师说) rather than a count of one? It is
/// still a number; it is a fact only where a word before it counts (仅一家, 新增一个, 共一名,
/// 其中一所). Measures (一公里, 一年) are no classifiers, and counts of people (一人死亡,
/// 一名, 一例) are told as counts: both stay facts. `classifier` is the classifier as
/// written, `after` the text after it: a list of counts may follow (正本一份，副本四份).
fn as_article(before: &str, numeral: &str, classifier: &str, after: &str) -> bool {
    const COUNTING: &[&str] = &[
        "仅", "只", "只有", "仅有", "唯一", "新增", "增加", "减少", "共", "共有", "共计", "合计", "其中", "另", "另有",
        "又", "再", "还有", "达",
    ];
    // Listed with other counts (三名村干部和一位市领导): a count too.
    let listed = || {
        before.strip_suffix(['和', '、', '及', '与']).is_some_and(|b| {
            b.chars()
                .rev()
                .take(LISTED_WITHIN)
                .any(|c| c.is_ascii_digit() || "两二三四五六七八九十百千万".contains(c))
        })
    };
    // A list of counts written after their nouns (上诉状正本一份，副本四份): 一 and the
    // classifier end a clause, and the next clause counts with the same classifier. (Alone
    // before a comma 一 and a classifier are most often no count: 有一次，迈出重要的一步，打成一片.)
    let listed_after = || {
        let Some(rest) = after
            .strip_prefix(['，', '、', '；', ',', ';'])
            .filter(|_| !classifier.is_empty())
        else {
            return false;
        };
        let window: String = rest.chars().take(LISTED_WITHIN).collect();
        window.match_indices(classifier).any(|(k, _)| {
            window[..k]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || "两二三四五六七八九十百".contains(c))
        })
    };
    numeral == "一" && !COUNTING.iter().any(|w| before.ends_with(w)) && !listed() && !listed_after()
}

/// Does `before` end with a verb that says what someone is (作为, 身为, 成为, 是: 作为一名
/// 教师, 他是一名医生)? 一名 after it is an article, though 名 counts people elsewhere.
fn says_what(before: &str) -> bool {
    ["作为", "身为", "成为", "是"].iter().any(|w| before.ends_with(w))
}

/// Where 比, 又 or 接 and 一 with the same `unit` end in `rest`, the text after 一 and
/// `unit` (一年|比一年, 一次|又一次, 一个|接一个): one after another.
fn one_after_another(rest: &str, unit: &str) -> Option<usize> {
    let link = ["比一", "又一", "接一"].into_iter().find(|l| rest.starts_with(l))?;
    rest[link.len()..].starts_with(unit).then_some(link.len() + unit.len())
}

/// How far before 和 another count makes 一 one of a list of counts, in characters.
const LISTED_WITHIN: usize = 8;

/// Does the classifier `unit` with `after` it number a body's term or a meeting's session
/// (届 before 人大, 全国, 理事会; 次 before 会议, 全会 after the body's name: 人大三次会议,
/// not 召开了三次会议, three meetings)?
fn numbers_a_session(before: &str, unit: &str, after: &str) -> bool {
    const TERMS: &[&str] = &[
        "人大",
        "政协",
        "全国",
        "中央",
        "省委",
        "市委",
        "县委",
        "党代会",
        "代表大会",
        "委员会",
        "理事会",
        "董事会",
        "监事会",
        "常委会",
        "运动会",
        "全运会",
        "亚运会",
        "奥运会",
        "世界杯",
        "中国",
    ];
    const SESSIONS: &[&str] = &["会议", "全会", "全体会议", "常委会", "代表大会", "党代会"];
    // A session numbered after its term (十三届|三次会议).
    let session_after = || {
        after
            .trim_start_matches(|c: char| c.is_ascii_digit() || numeral::digit(c).is_some())
            .strip_prefix('次')
            .is_some_and(|rest| rest.len() < after.len() - 3 && SESSIONS.iter().any(|t| rest.starts_with(t)))
    };
    match unit {
        "届" => TERMS.iter().any(|t| after.starts_with(t)) || session_after(),
        "次" => {
            SESSIONS.iter().any(|t| after.starts_with(t))
                && [
                    "人大",
                    "政协",
                    "届",
                    "常委会",
                    "委员会",
                    "党代会",
                    "代表大会",
                    "理事会",
                    "中央",
                ]
                .iter()
                .any(|b| before.ends_with(b))
        }
        _ => false,
    }
}

/// Does 近 before a number of `unit` (年, 个月, 月, 周, 天), with `before` the text before 近,
/// mean "the last N …" (exact) rather than "nearly N"? Where 近 opens a clause (近三年，全县…)
/// or follows a word that introduces a period (按近6个月, 在近两年, 过去近十年, 的近三年);
/// after a verb it is "nearly" (历时近两年, 用了近两年), and so is 在近N年的… (在近70年的革命生涯中:
/// a span of nearly seventy years); `after` is the text after the unit.
fn recent_period(before: &str, unit: &str, after: &str) -> bool {
    const OPENERS: &[&str] = &["按", "在", "过去", "的"];
    if !["年", "个月", "月", "周", "天"].contains(&unit) || before.ends_with('在') && after.starts_with('的') {
        return false;
    }
    let opens = before
        .chars()
        .next_back()
        .is_none_or(|c| "，。；：、！？,;:!?（(“\"\n ".contains(c));
    opens || OPENERS.iter().any(|w| before.ends_with(w))
}

/// Is `q` the base of a rate, 每 and a round number of people (每10万人口, 每千人, 每100人):
/// the number counts no one.
fn population_base(text: &str, floor: usize, q: &Quantity) -> bool {
    let f = &q.first;
    let round = [100, 1000, 10000, 100000, 1000000]
        .into_iter()
        .any(|b| f.value == Decimal::from_int(b));
    q.second.is_none()
        && round
        && f.approx == Approx::None
        && f.unit_range.as_ref().is_some_and(|u| &text[u.clone()] == "人")
        && text[floor..f.range.start].ends_with('每')
}

/// The population a count is by, written right before it (每10万人口12.5例, 每万人中3人):
/// where 每 starts, and the base (10万人口).
fn per_population(text: &str, floor: usize, pos: usize) -> Option<(usize, Range<usize>)> {
    let head = &text[floor..pos];
    let head = head.strip_suffix('中').unwrap_or(head);
    let people = head.strip_suffix("人口").or_else(|| head.strip_suffix('人'))?;
    let number = people.trim_end_matches(|c: char| c.is_ascii_digit() || "十百千万".contains(c));
    if number.len() == people.len() {
        return None;
    }
    let mei = number.strip_suffix('每')?;
    let base_start = floor + number.len();
    let base_end = floor + head.len();
    Some((floor + mei.len(), base_start..base_end))
}

/// Does the classifier `unit` after 前 (the end of `before`) name the top places of a
/// ranking (前四名, 前三位, 前１０名), not a count? Not where 前 means 'ago' or ends a word
/// (三年前|两名游客, 不久前, 目前|三名, 赛前|两名).
fn top_places(before: &str, unit: &str) -> bool {
    let Some(head) = before.strip_suffix('前') else {
        return false;
    };
    matches!(unit, "名" | "位")
        && !head.chars().next_back().is_some_and(|c| {
            c.is_ascii_digit()
                || numeral::digit(c).is_some()
                || "年月天日周期时钟秒久以之此从提目当眼面跟门生战赛会节午晚早先事".contains(c)
        })
}

/// Does the unit 级 between `before` and `after` name a level, not a measure: of an
/// emergency response or a warning (一级响应, 三级应急响应, 二级预警), a rank in a post's
/// title (四级调研员, 一级主任科员, 三级警长, 二级教授) or an exam's level (英语六级, 计算机二级)?
/// An earthquake's magnitude (6级地震) and the wind's force (风力5级) are measures.
fn names_a_level(before: &str, unit: &str, after: &str) -> bool {
    const LEVELS: &[&str] = &["响应", "应急", "预警", "警报", "警戒", "防汛", "防控"];
    // Tiers a system sorts its members into (二级单位, 四级手术, 三级医院, 一级公路).
    const TIERS: &[&str] = &["单位", "手术", "医院", "公路", "学科", "资质", "护理", "预算单位"];
    // Ranks of civil servants, police, judges and prosecutors, teachers and researchers,
    // soldiers, and the grades of an honour (一级英雄模范).
    const RANKS: &[&str] = &[
        "调研员",
        "巡视员",
        "主任科员",
        "科员",
        "警长",
        "警督",
        "警司",
        "警监",
        "警员",
        "高级警长",
        "法官",
        "高级法官",
        "检察官",
        "高级检察官",
        "教授",
        "研究员",
        "律师",
        "士官",
        "军士长",
        "英雄模范",
    ];
    const EXAMS: &[&str] = &[
        "英语",
        "外语",
        "计算机",
        "日语",
        "俄语",
        "法语",
        "德语",
        "韩语",
        "普通话",
        "钢琴",
    ];
    unit == "级"
        && (LEVELS.iter().chain(TIERS).chain(RANKS).any(|w| after.starts_with(w))
            || EXAMS.iter().any(|w| before.ends_with(w)))
}

/// Where a run of digits spaced out one by one ends (OCR text: `3 . 5 亿 元`, `9 0 % 以 上`),
/// when the digits at `pos` are part of one. Such a run is passed over whole: read in
/// pieces it gives wrong values (5亿元, 0%). A mixed fraction (1 3/5) is no such run.
/// Byte tests only; runs for numbers that start with an ASCII digit.
fn ocr_spaced(bytes: &[u8], floor: usize, pos: usize, limit: usize) -> Option<usize> {
    let digit_at = |i: usize| i < limit && bytes.get(i).is_some_and(u8::is_ascii_digit);
    if !digit_at(pos) {
        return None;
    }
    let digits_end = |mut i: usize| {
        while digit_at(i) {
            i += 1;
        }
        i
    };
    let end = digits_end(pos);
    // A digit or a point, a space, then these digits.
    let before =
        pos >= floor + 2 && bytes[pos - 1] == b' ' && (bytes[pos - 2].is_ascii_digit() || bytes[pos - 2] == b'.');
    // These digits, a space, then a digit (not a fraction's numerator), a point or %.
    let after = end + 1 < limit
        && bytes[end] == b' '
        && match bytes[end + 1] {
            b'0'..=b'9' => bytes.get(digits_end(end + 1)) != Some(&b'/'),
            b'.' => bytes.get(end + 2) == Some(&b' ') && digit_at(end + 3) || digit_at(end + 2),
            b'%' => true,
            _ => false,
        };
    if !(before || after) {
        return None;
    }
    let mut i = pos;
    let mut last = end;
    while i < limit && matches!(bytes[i], b'0'..=b'9' | b' ' | b'.' | b'%') {
        if bytes[i] != b' ' {
            last = i + 1;
        }
        i += 1;
    }
    Some(last)
}

/// Where a time of day ends (14:30, 9:05) when the digits at `hour` start one: an hour,
/// a colon and two digits of minutes. Not a score (以3:1获胜, 比分21:18): a score's words
/// stand just before it.
fn clock_time(text: &str, floor: usize, hour: Range<usize>, limit: usize) -> Option<usize> {
    // (Runs for every Arabic number: the colon first.)
    let rest = text.get(hour.end..limit)?.strip_prefix(':')?;
    let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
    let h: u32 = text.get(hour.clone())?.parse().ok()?;
    let m: u32 = rest.get(..minutes)?.parse().ok()?;
    let head = &text[floor..hour.start];
    let head = &head[head.char_indices().rev().nth(3).map_or(0, |(i, _)| i)..];
    let score = head.contains(['比', '以', '胜', '负', '战']);
    (hour.len() <= 2 && minutes == 2 && h <= 24 && m <= 59 && !score).then_some(hour.end + 1 + minutes)
}

/// A comma in an Arabic numeral that was a full-width `，` after a half-width digit in the
/// original: Chinese punctuation between two numbers ($20，300美圆), not a digit group
/// separator (４，５６５ keeps its group). Returns where the numeral must stop.
fn full_width_comma(view: &View<'_>, range: &Range<usize>) -> Option<usize> {
    let text = view.text();
    // (Most numerals hold no comma, and are a few bytes long: a look at their bytes says
    // so, where the search's set-up cost more.)
    if !text.as_bytes()[range.clone()].contains(&b',') {
        return None;
    }
    for (k, _) in text[range.clone()].match_indices(',') {
        let at = range.start + k;
        let comma = view.original_span(at..at + 1);
        // (The digit's span only where the comma was full-width: each is a search of the
        // view's edits.)
        if &view.original()[comma.range()] == "，" && view.original()[view.original_span(at - 1..at).range()].is_ascii()
        {
            return Some(at);
        }
    }
    None
}

fn bounds(b: Option<(Decimal, Decimal)>) -> Option<Bounds> {
    b.map(|(low, high)| Bounds { low, high })
}

/// What the reader did at a position.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    /// Recorded something that ends here.
    Took(usize),
    /// Recorded nothing; reading goes on from here.
    Passed(usize),
}

/// Turns view ranges into records of the original text.
struct Writer<'a, 'v, 't> {
    view: &'v View<'t>,
    out: &'a mut Numbers<'t>,
}

impl<'t> Writer<'_, '_, 't> {
    fn span(&self, r: Range<usize>) -> Span {
        self.view.original_span(r)
    }

    fn text(&self, span: Span) -> Cow<'t, str> {
        Cow::Borrowed(&self.view.original()[span.range()])
    }

    fn number(&mut self, s: &Simple, kind: NumberKind) {
        let span = self.span(s.range.clone());
        let n = NumberMention {
            text: self.text(span),
            span,
            value: s.value,
            kind,
            unit: s.unit.map(|u| Cow::Borrowed(u.name)),
            bounds: bounds(s.bounds),
        };
        self.out.numbers.push(n);
    }

    fn date(&mut self, d: &dates::Date) {
        for p in &d.parts {
            let span = self.span(p.range.clone());
            let n = NumberMention {
                text: self.text(span),
                span,
                value: Decimal::from_int(p.value),
                kind: NumberKind::Date,
                unit: Some(Cow::Borrowed(p.unit)),
                bounds: None,
            };
            self.out.numbers.push(n);
        }
        let span = self.span(d.range.clone());
        let date = DateMention {
            text: self.text(span),
            span,
            year: d.year,
            month: d.month,
            day: d.day,
        };
        self.out.dates.push(date);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static MODEL: std::sync::LazyLock<NumberModel> = std::sync::LazyLock::new(|| NumberModel::embedded().unwrap());

    fn run<'t>(text: &'t str, skip: &[Range<usize>]) -> Numbers<'t> {
        let model = &*MODEL;
        let view = View::new(text);
        let mut out = Numbers::default();
        model.extract(&view, skip, &mut out);
        out
    }

    /// Where the quick look passes a lone digit over, the readers pass it over too, and
    /// record nothing: after every kind of character before it, digit and sample of the
    /// characters after it.
    #[test]
    fn a_lone_digit_passed_over_at_once_is_one_the_readers_pass_over() {
        let model = &*MODEL;
        let inert = |c: char| model.is_inert(c);
        assert!(inert('些') && inert('国') && !inert('个') && !inert('年') && !inert('和') && !inert('分'));
        let afters: Vec<char> = (0x4E00..0xA000)
            .step_by(5)
            .chain("些国定致样大是岸直方".chars().map(|c| c as u32))
            .filter_map(char::from_u32)
            .collect();
        let mut passed = 0;
        for before in ["", "统", ",", "第", "、", "-", "负", "零下", "$", "人民币", "第一、"] {
            for digit in "一二三四五六七八九两兩壹贰陆俩〇零十".chars() {
                for &after in &afters {
                    let text = format!("{before}{digit}{after}的");
                    let view = View::new(&text);
                    assert_eq!(view.text(), text);
                    let pos = before.len();
                    let quick = model.lone_in_word(&text, pos, text.len());
                    let expected =
                        inert(after) && !before.ends_with(['第', '、', '$']) && !matches!(digit, '〇' | '零' | '十');
                    assert_eq!(quick.is_some(), expected, "{text}");
                    let Some(end) = quick else { continue };
                    let mut out = Numbers::default();
                    let mut w = Writer {
                        view: &view,
                        out: &mut out,
                    };
                    assert_eq!(model.read_all(&mut w, 0, pos, text.len()), Step::Passed(end), "{text}");
                    assert!(
                        out.numbers.is_empty() && out.facts.is_empty() && out.dates.is_empty(),
                        "{text}"
                    );
                    passed += 1;
                }
            }
        }
        assert!(passed > 10_000, "{passed}");
    }

    /// Every span indexes the original to the item's text.
    fn check_spans(text: &str, out: &Numbers<'_>) {
        for (span, t) in out
            .facts
            .iter()
            .map(|f| (f.span, &f.text))
            .chain(out.numbers.iter().map(|n| (n.span, &n.text)))
            .chain(out.dates.iter().map(|d| (d.span, &d.text)))
        {
            assert_eq!(&text[span.range()], t.as_ref(), "in {text:?}");
        }
        for f in &out.facts {
            if let Some(s) = &f.subject {
                assert_eq!(&text[s.span.range()], s.text.as_ref());
            }
        }
    }

    #[test]
    fn odd_input_never_panics_and_spans_hold() {
        let alphabet: Vec<char> = "㐀䀀䶵0123456789０１２５９.,，．-－%％‰ 　\n一二两三五十百千万亿兆零〇几多余来点分之又成折第个名家米平方立约近至到年月日号份度半对打负$￥kKe^/·“”壹拾陆李四唯统进步批头行了的𠀀😀é\u{301}"
            .chars()
            .collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..3000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let out = run(&text, &[]);
            check_spans(&text, &out);
        }
    }

    #[test]
    fn long_runs_take_linear_time() {
        // 300 KB of one numeral character or of digits: each run is read once, not once
        // per position (a debug build would take minutes if it were quadratic).
        for unit in [
            "0123456789",
            "9",
            "一",
            "九",
            "零",
            "万",
            "1,",
            "1.",
            "百分之",
            "两三",
            "十",
        ] {
            let text = unit.repeat(300_000 / unit.len());
            let start = std::time::Instant::now();
            let out = run(&text, &[]);
            check_spans(&text, &out);
            assert!(start.elapsed().as_secs() < 20, "{unit:?} took {:?}", start.elapsed());
        }
        let text = format!("0.{}平方米", "0".repeat(100_000));
        check_spans(&text, &run(&text, &[]));
    }

    #[test]
    fn the_scan_table_holds_exactly_the_number_starts() {
        let extra = |c: char| matches!(c, '百' | '千' | '万' | '萬' | '亿' | '半' | '对' | '数' | '几' | '翻');
        for c in ('\u{0}'..='\u{10FFFF}').filter(|c| !c.is_ascii()) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            let hit = next_candidate(s.as_bytes(), 0) == 0;
            assert_eq!(hit, numeral::is_start(c) || extra(c), "{c:?}");
        }
        for b in 0..0x80u8 {
            let hit = next_candidate(&[b], 0) == 0;
            assert_eq!(hit, b.is_ascii_digit() || b == b'.', "{b}");
        }
    }

    #[test]
    fn every_ideograph_block_is_scanned_safely() {
        // Extension A (U+3400..U+4DBF) shares its lead byte with the numerals' block.
        let text: String = [
            '\u{3400}', '\u{4000}', '\u{4DBF}', '\u{4DFF}', '三', '\u{9FFF}', '个', '\u{A000}', '\u{FFFF}',
        ]
        .iter()
        .collect();
        let out = run(&text, &[]);
        check_spans(&text, &out);
        assert_eq!(out.facts.len(), 0);
        let text = "䶵三个䀀";
        assert_eq!(run(text, &[]).facts.len(), 1);
    }

    #[test]
    fn nothing_inside_skipped_names() {
        let text = "管委会副主任姚四海出席,五个办事处参加。";
        let name = text.find("姚四海").unwrap();
        let skip: [Range<usize>; 1] = [Range {
            start: name,
            end: name + "姚四海".len(),
        }];
        let out = run(text, &skip);
        assert_eq!(out.numbers.len(), 1);
        assert_eq!(out.facts[0].text, "五个");
        let out = run(text, &[]);
        assert!(out.numbers.len() <= 2);
    }

    #[test]
    fn full_width_input_keeps_its_surface() {
        let text = "资金２５万元，增长４０％，１９９８年１月";
        let out = run(text, &[]);
        check_spans(text, &out);
        let texts: Vec<&str> = out.facts.iter().map(|f| f.text.as_ref()).collect();
        assert_eq!(texts, ["２５万元", "４０％"]);
        assert_eq!(out.dates[0].text, "１９９８年１月");
        assert_eq!(out.numbers.len(), 4);
    }
}
