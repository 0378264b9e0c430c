//! Numerals: Arabic (`1,050,000`, `2.5`, `12.32e+14`, `15k`), Chinese (`二百五`,
//! `五十五兆一十二亿`, `壹佰`, `一九九八`) and mixed (`3万4000`, `1.2万亿`, `2千零30万`),
//! read into exact decimals, with the approximations written inside them
//! (`十几万`, `80多`, `500余万`, `两三`).
//!
//! The reader works on the normalised view (half-width digits) and never allocates:
//! a numeral is read into a fixed array of tokens, then evaluated by splitting at its
//! largest scale word, so `一万五千亿` is (一万五千) × 亿 and `四万万` is (四万) × 万.

use std::ops::Range;

use crate::Decimal;

/// The value of a Chinese digit character (plain, financial or traditional form).
pub(crate) fn digit(c: char) -> Option<u8> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '弌' => 1,
        '二' | '贰' | '貳' | '两' | '兩' | '倆' | '俩' => 2,
        '三' | '叁' | '弎' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// A digit, 十, 廿 or 卅 in its everyday form: the only characters that may make a numeral
/// on their own (壹, 陆, 伍, 肆, 拾 alone are words: 陆地, 队伍, 放肆, 拾起).
pub(crate) fn plain(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两' | '兩' | '廿' | '卅'
    )
}

/// A character that writes a numeral or a part of one (digits, 十百千万亿 and their forms).
pub(crate) fn is_numeral_char(c: char) -> bool {
    digit(c).is_some() || small_scale(c).is_some() || big_scale(c).is_some()
}

fn is_two(c: char) -> bool {
    matches!(c, '两' | '兩' | '倆' | '俩')
}

/// 十 1, 百 2, 千 3 (powers of ten).
pub(crate) fn small_scale(c: char) -> Option<u32> {
    match c {
        '十' | '拾' => Some(1),
        '百' | '佰' => Some(2),
        '千' | '仟' => Some(3),
        _ => None,
    }
}

/// 万 4, 亿 8, 兆 12 (powers of ten; 兆 as a numeral is 10¹², its traditional value,
/// while 兆 before a unit — 兆瓦, 兆字节 — is the unit's own prefix, 10⁶).
pub(crate) fn big_scale(c: char) -> Option<u32> {
    match c {
        '万' | '萬' => Some(4),
        '亿' | '億' => Some(8),
        '兆' => Some(12),
        _ => None,
    }
}

/// True when a numeral may start with a bare 百, 千, 万 or 亿 at `start`: right after
/// 近, 上, 逾, 过, 破, 超 or 不足 (近万人, 上千家, 不足百起), not in 成千上万; or right before 余 or 多
/// (万余人, 百多年) where no numeral stands before it.
pub(crate) fn bare_scale_allowed(text: &str, start: usize) -> bool {
    let head = &text[..start];
    // 万余人, 千余家, 百多名: one of the scale, and more.
    let mut after = text[start..].chars();
    if after
        .next()
        .is_some_and(|c| big_scale(c).is_some() || small_scale(c).is_some_and(|p| p >= 2))
        && matches!(after.next(), Some('余' | '多'))
        && !head.ends_with(|c: char| is_start(c) || "百千万亿萬億数几成上".contains(c))
    {
        return true;
    }
    if let Some(rest) = head.strip_suffix('上') {
        // 上 of 以上, 马上, 晚上, 网上 ... is no 'reaching'.
        return !rest.ends_with(|c: char| "成以马之向往早晚路身头会网线地手台楼世市街镇县省区厂桌岸面".contains(c));
    }
    // A bound before it counts too: 不足百起, 不到千人, 超过万元.
    head.ends_with(['近', '逾', '过', '破', '超']) || ["不足", "不到", "不满", "未满"].iter().any(|w| head.ends_with(w))
}

/// Characters a numeral can start with.
pub(crate) fn is_start(c: char) -> bool {
    c.is_ascii_digit() || digit(c).is_some() || matches!(c, '十' | '拾' | '廿' | '卅')
}

/// An approximation written inside a numeral.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Approx {
    /// None: 三百, 44666.
    #[default]
    None,
    /// 多 or 余 after a round number: 80多, 20余, 十多万 (more than the number written).
    More,
    /// 来 after a round number: 20来 (about the number written).
    About,
    /// 几 in place of a digit: 十几, 二十几万 (more than the number written, within bounds).
    Few,
    /// 几 or 数 leading: 几十, 数百 (several tens, hundreds).
    Several,
    /// Two neighbouring digits: 两三, 三四十, 十五六 (a range).
    Pair,
}

/// A numeral read from the view.
#[derive(Clone, Debug)]
pub(crate) struct Numeral {
    /// Byte range in the view.
    pub(crate) range: Range<usize>,
    /// The value; the number as written before 多/余/几 (十几万 → 100000), the low end of a pair.
    pub(crate) value: Decimal,
    /// Bounds of an approximation or a pair.
    pub(crate) bounds: Option<(Decimal, Decimal)>,
    pub(crate) approx: Approx,
    /// Holds an Arabic digit.
    pub(crate) arabic: bool,
    /// Holds a Chinese digit or scale word.
    pub(crate) chinese: bool,
    /// Characters read, spaces left out.
    pub(crate) chars: u32,
    /// Digits of the integer part when the numeral is one Arabic number (`0371` → 4).
    pub(crate) int_digits: u32,
    /// An Arabic number written with a leading zero (`0371`, not `0.5`).
    pub(crate) leading_zero: bool,
    /// Written with a decimal point or exponent.
    pub(crate) decimal: bool,
    /// Chinese digits read one by one, with no scale word (一九九八, 二〇一九, 九五).
    pub(crate) sequence: bool,
}

impl Numeral {
    /// A number written as a word: 半百 (50), 对折 (5 tenths).
    pub(crate) fn word(range: Range<usize>, value: Decimal) -> Numeral {
        Numeral {
            range,
            value,
            bounds: None,
            approx: Approx::None,
            arabic: false,
            chinese: true,
            chars: 2,
            int_digits: 0,
            leading_zero: false,
            decimal: false,
            sequence: false,
        }
    }

    /// One character that is a plain digit or 十 and nothing else (一, 三, 十).
    pub(crate) fn is_single_char(&self) -> bool {
        self.chars == 1 && self.chinese
    }
}

/// The length in characters of the unit that begins at a byte offset (0 for none).
/// A unit that starts with a scale character stops the numeral there: 千克, 千米, 兆瓦,
/// 兆字节 are units, so 三千克 is 3 千克 and 五十兆字节 50 兆字节.
pub(crate) type UnitAt<'a> = &'a dyn Fn(usize) -> usize;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    /// An Arabic number, or one Chinese digit 1–9.
    Num {
        v: Decimal,
        arabic: bool,
    },
    /// 零 〇: a gap between scales, or the digit 0 in a sequence.
    Zero,
    Small(u32),
    Big(u32),
    /// 几 or 数 standing for an unknown digit.
    Ji,
    /// 多 余 来 after a number.
    Approx(Approx),
}

/// Tokens read at most: the longest numeral written in full (五十五兆一十二亿四万五千二百…)
/// has about twenty; a longer run is cut and read in parts.
const MAX_TOKENS: usize = 28;

/// A fixed-size token buffer with the byte end of each token.
struct Toks {
    t: [Tok; MAX_TOKENS],
    end: [usize; MAX_TOKENS],
    len: usize,
}

impl Toks {
    fn new() -> Toks {
        Toks {
            t: [Tok::Zero; MAX_TOKENS],
            end: [0; MAX_TOKENS],
            len: 0,
        }
    }

    fn push(&mut self, t: Tok, end: usize) -> bool {
        if self.len == MAX_TOKENS {
            return false;
        }
        self.t[self.len] = t;
        self.end[self.len] = end;
        self.len += 1;
        true
    }

    fn last(&self) -> Option<Tok> {
        self.len.checked_sub(1).map(|i| self.t[i])
    }

    fn as_slice(&self) -> &[Tok] {
        &self.t[..self.len]
    }
}

/// The character at byte `i` of `text`, read no further than `limit`.
#[inline(always)]
pub(super) fn char_at(text: &str, i: usize, limit: usize) -> Option<char> {
    // (A character of three bytes, the most common, from its bytes at once; `limit` is
    // where a character starts, as `get` wants it.)
    if i + 3 <= limit
        && text.is_char_boundary(limit)
        && let Some(c) = super::three_bytes(text.as_bytes(), i)
    {
        return Some(c);
    }
    text.get(i..limit)?.chars().next()
}

/// Skips a short run of spaces (as in `7 万5 千4 百`), returning the offset after it.
pub(super) fn skip_spaces(text: &str, i: usize, limit: usize) -> usize {
    let mut j = i;
    while j < limit && j - i < 4 && text.as_bytes()[j] == b' ' {
        j += 1;
    }
    j
}

/// A Chinese numeral character that may follow a space inside a numeral.
fn continues_after_space(c: char) -> bool {
    is_numeral_char(c) || matches!(c, '余' | '多' | '几')
}

/// More digits than an exact decimal holds: such a run is no number we can read.
const MAX_DIGITS: usize = 38;

/// The end of the run of numeral characters (digits, Chinese digits and scale words)
/// starting at `pos`, so that a run read as nothing is skipped whole, not character by
/// character (which would make a megabyte of digits quadratic).
pub(crate) fn run_end(text: &str, pos: usize, limit: usize) -> usize {
    let tail = &text[pos..limit];
    let len = tail
        .find(|c: char| {
            !(c.is_ascii_digit() || digit(c).is_some() || small_scale(c).is_some() || big_scale(c).is_some())
        })
        .unwrap_or(tail.len());
    pos + len
}

/// An Arabic number: digits with optional comma groups, decimal part, exponent and
/// `k`; `start` is at a digit or at a `.` before one.
pub(crate) struct Arabic {
    pub(crate) end: usize,
    pub(crate) value: Decimal,
    pub(crate) int_digits: u32,
    pub(crate) leading_zero: bool,
    pub(crate) decimal: bool,
}

pub(crate) fn arabic(text: &str, start: usize, limit: usize) -> Option<Arabic> {
    let b = &text.as_bytes()[..limit];
    // Counting stops past what an i128 can hold, so a megabyte of digits costs no more
    // per position than a short number (the caller then skips the whole run).
    let digits_from = |i: usize| {
        b[i..]
            .iter()
            .take(MAX_DIGITS + 1)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut mantissa: i128 = 0;
    let push = |d: u8, m: &mut i128| -> Option<()> {
        *m = m.checked_mul(10)?.checked_add((d - b'0') as i128)?;
        Some(())
    };
    let mut i = start;
    let n = digits_from(i);
    if n > MAX_DIGITS {
        return None;
    }
    let leading_zero = n > 1 && b[i] == b'0';
    for k in 0..n {
        push(b[i + k], &mut mantissa)?;
    }
    let mut int_digits = n as u32;
    i += n;
    // Comma groups: 1,050,000 (first group of 1–3 digits, then groups of exactly 3).
    if (1..=3).contains(&n) {
        while b.get(i) == Some(&b',') && digits_from(i + 1) == 3 {
            for k in 0..3 {
                push(b[i + 1 + k], &mut mantissa)?;
            }
            int_digits += 3;
            i += 4;
        }
    }
    let mut scale = 0u32;
    let mut decimal = false;
    // Decimal part: `.` (or `·`, as in print: 88·5%) then digits, unless another `.digit`
    // follows (2019.7.1, 2222.2222.22: dotted groups are separate numbers).
    let point_len = if b.get(i) == Some(&b'.') {
        1
    } else if text[i..limit].starts_with('·') {
        '·'.len_utf8()
    } else {
        0
    };
    // A group after a dot (the 22 of 2222.22.3) takes no decimal part either.
    let dotted_before = start >= 2 && b[start - 1] == b'.' && b[start - 2].is_ascii_digit();
    if point_len > 0 && !dotted_before && i + point_len < b.len() && b[i + point_len].is_ascii_digit() {
        let f = digits_from(i + point_len);
        if f > MAX_DIGITS {
            return None;
        }
        let after = i + point_len + f;
        let dotted = b.get(after) == Some(&b'.') && b.get(after + 1).is_some_and(u8::is_ascii_digit);
        if !dotted || n == 0 {
            for k in 0..f {
                push(b[i + point_len + k], &mut mantissa)?;
            }
            scale = f as u32;
            decimal = true;
            i = after;
        }
    }
    if n == 0 && !decimal {
        return None;
    }
    let mut value = Decimal::new(mantissa, scale)?;
    // Exponent: 2e5, -127.32e13, 2.789e-1 (not 5e in 5element).
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        let neg = b.get(j) == Some(&b'-');
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = digits_from(j);
        if (1..=2).contains(&k) && !b.get(j + k).is_some_and(|c| c.is_ascii_alphanumeric()) {
            let e: u32 = text[j..j + k].parse().ok()?;
            let p = Decimal::pow10(e);
            value = if neg {
                value.checked_div_exact(&p)?
            } else {
                value.checked_mul(&p)?
            };
            decimal = true;
            i = j + k;
        }
    }
    // Power: 2^5, 2^-1, 1.1^+23.
    if b.get(i) == Some(&b'^') {
        let mut j = i + 1;
        let neg = b.get(j) == Some(&b'-');
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = digits_from(j);
        if (1..=2).contains(&k) {
            let e: i32 = text[j..j + k].parse().ok()?;
            value = value.checked_powi(if neg { -e } else { e })?;
            decimal = true;
            i = j + k;
        }
    }
    // k for thousand: 15k, 3.2k, 52.5 k (not km, kg, KB).
    let k_at = if b.get(i) == Some(&b' ') { i + 1 } else { i };
    if matches!(b.get(k_at), Some(b'k' | b'K'))
        && !text[k_at + 1..limit]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '·' | '.' | '$'))
    {
        value = value.checked_mul(&Decimal::pow10(3))?;
        i = k_at + 1;
    }
    Some(Arabic {
        end: i,
        value,
        int_digits,
        leading_zero,
        decimal,
    })
}

/// Reads the numeral starting at `start` (a character for which [`is_start`] holds, or
/// 数/几 before a scale word), not reading past `limit`.
pub(crate) fn read(text: &str, start: usize, limit: usize, unit_at: UnitAt<'_>) -> Option<Numeral> {
    let mut toks = Toks::new();
    let mut i = start;
    let (mut arabic_seen, mut chinese_seen) = (false, false);
    let mut first_arabic: Option<Arabic> = None;
    let mut pair: Option<usize> = None;
    // A bare scale word after 近, 上, 逾, 过, 破, 超 is one of it: 近万人, 上千家, 逾百万.
    if let Some(c) = char_at(text, start, limit)
        && (small_scale(c).is_some_and(|p| p >= 2) || big_scale(c).is_some())
        && bare_scale_allowed(text, start)
    {
        toks.push(
            Tok::Num {
                v: Decimal::from_int(1),
                arabic: false,
            },
            start,
        );
    }
    while let Some(c) = char_at(text, i, limit) {
        let prev = toks.last();
        if c == ' ' {
            // A space inside a numeral only next to Chinese numeral characters.
            let j = skip_spaces(text, i, limit);
            let next = char_at(text, j, limit);
            let prev_chinese = matches!(prev, Some(t) if !matches!(t, Tok::Num { arabic: true, .. }));
            let next_chinese = next.is_some_and(continues_after_space);
            let next_arabic = next.is_some_and(|d| d.is_ascii_digit());
            if prev.is_some() && (next_chinese || prev_chinese && next_arabic) {
                i = j;
                continue;
            }
            break;
        }
        if matches!(prev, Some(Tok::Approx(_))) && big_scale(c).is_none() {
            break;
        }
        let w = c.len_utf8();
        if c.is_ascii_digit() || (c == '.' && toks.len == 0) {
            let after_scale = toks.as_slice().iter().any(|t| matches!(t, Tok::Small(_) | Tok::Big(_)));
            if matches!(prev, Some(Tok::Num { .. } | Tok::Ji)) || prev == Some(Tok::Zero) && !after_scale {
                break;
            }
            let Some(a) = arabic(text, i, limit) else { break };
            if !toks.push(
                Tok::Num {
                    v: a.value,
                    arabic: true,
                },
                a.end,
            ) {
                break;
            }
            i = a.end;
            arabic_seen = true;
            if first_arabic.is_none() && toks.len == 1 {
                first_arabic = Some(a);
            }
            continue;
        }
        if let Some(d) = digit(c) {
            match prev {
                Some(Tok::Num { arabic: true, .. }) => break,
                // Two digits in a row: a pair (两三, 五六) or a sequence (一九九八).
                Some(Tok::Num { v, arabic: false }) if d != 0 => {
                    let p = v.to_i128().unwrap_or(0) as u8;
                    let only_digits = toks
                        .as_slice()
                        .iter()
                        .all(|t| matches!(t, Tok::Num { arabic: false, .. } | Tok::Zero));
                    let is_pair =
                        pair.is_none() && (d == p + 1 || (p == 3 && is_two(c))) && !(only_digits && toks.len > 1);
                    if is_pair {
                        pair = Some(toks.len - 1);
                    } else if !only_digits || pair.is_some() {
                        break;
                    }
                }
                Some(Tok::Small(_) | Tok::Big(_)) if is_two(c) => {
                    // 两 after a scale is a unit (两万两: 20000 taels), not an abbreviated digit,
                    // unless a scale follows (一万两千).
                    let next = char_at(text, i + w, limit);
                    if !next.is_some_and(|n| small_scale(n).is_some() || big_scale(n).is_some()) {
                        break;
                    }
                }
                _ => {}
            }
            let t = if d == 0 {
                Tok::Zero
            } else {
                Tok::Num {
                    v: Decimal::from_int(d as i128),
                    arabic: false,
                }
            };
            if !toks.push(t, i + w) {
                break;
            }
        } else if matches!(c, '廿' | '卅') {
            if prev.is_some() {
                break;
            }
            toks.push(
                Tok::Num {
                    v: Decimal::from_int(if c == '廿' { 2 } else { 3 }),
                    arabic: false,
                },
                i + w,
            );
            toks.push(Tok::Small(1), i + w);
        } else if let Some(p) = small_scale(c) {
            if unit_at(i) > 1 || matches!(prev, Some(Tok::Small(q)) if q <= p) {
                break;
            }
            toks.push(Tok::Small(p), i + w);
        } else if let Some(p) = big_scale(c) {
            if prev.is_none() || unit_at(i) > 1 {
                break;
            }
            toks.push(Tok::Big(p), i + w);
        } else if c == '几' || (c == '数' && prev.is_none()) {
            let next_scale =
                char_at(text, i + w, limit).is_some_and(|n| small_scale(n).is_some() || big_scale(n).is_some());
            let after_ten = matches!(prev, Some(Tok::Small(_) | Tok::Zero));
            if !(next_scale && prev.is_none() || after_ten && c == '几') {
                break;
            }
            toks.push(Tok::Ji, i + w);
        } else if matches!(c, '多' | '余' | '来') {
            let round = match prev {
                Some(Tok::Small(_) | Tok::Big(_)) => true,
                Some(Tok::Num { v, arabic: true }) => {
                    v.is_integer() && v >= Decimal::from_int(10) && (c == '余' || v.mantissa() % 10 == 0)
                }
                _ => false,
            };
            let next = char_at(text, i + w, limit);
            let next_big = next.is_some_and(|n| big_scale(n).is_some());
            // 来 only before a unit or a scale word (20来亩), never 300来自.
            let ok = round && (c != '来' || next_big || unit_at(i + w) > 0);
            if !ok || toks.as_slice().iter().any(|t| matches!(t, Tok::Approx(_) | Tok::Ji)) || pair.is_some() {
                break;
            }
            toks.push(Tok::Approx(if c == '来' { Approx::About } else { Approx::More }), i + w);
        } else {
            break;
        }
        if !matches!(toks.last(), Some(Tok::Num { arabic: true, .. })) {
            chinese_seen = true;
        }
        i += w;
    }
    // Drop what cannot end a numeral: a trailing zero after scales, a lone Ji.
    while let Some(t) = toks.last() {
        let ends_badly = match t {
            Tok::Zero => toks.as_slice().iter().any(|t| matches!(t, Tok::Small(_) | Tok::Big(_))),
            Tok::Ji => toks.len == 1,
            _ => false,
        };
        if !ends_badly {
            break;
        }
        toks.len -= 1;
    }
    while toks.len > 0 {
        let read = Read {
            pair: pair.filter(|&p| p + 1 < toks.len),
            arabic_seen,
            chinese_seen,
            first: first_arabic.as_ref(),
            unit_at,
        };
        if let Some(n) = finish(text, start, limit, &toks, &read) {
            return Some(n);
        }
        toks.len -= 1;
    }
    None
}

/// What the token reader noticed besides the tokens.
struct Read<'a> {
    /// Index of the first digit of a pair (两三).
    pair: Option<usize>,
    arabic_seen: bool,
    chinese_seen: bool,
    /// The first token when it is an Arabic number.
    first: Option<&'a Arabic>,
    unit_at: UnitAt<'a>,
}

/// Evaluates the tokens read, with the Chinese decimal part (点五) that may follow.
fn finish(text: &str, start: usize, limit: usize, toks: &Toks, read: &Read<'_>) -> Option<Numeral> {
    let (pair_at, arabic_seen, chinese_seen, first) = (read.pair, read.arabic_seen, read.chinese_seen, read.first);
    let t = toks.as_slice();
    let mut end = toks.end[toks.len - 1];
    // A bare scale (近万) counts its implied 一, so it is never a lone character.
    let bare = toks.end[0] == start;
    let count_chars = |end: usize| text[start..end].chars().filter(|&c| c != ' ').count() as u32 + bare as u32;
    let only_arabic = t.len() == 1 && matches!(t[0], Tok::Num { arabic: true, .. });
    let has_chinese = chinese_seen && t.iter().any(|t| !matches!(t, Tok::Num { arabic: true, .. }));
    let has_arabic = arabic_seen && t.iter().any(|t| matches!(t, Tok::Num { arabic: true, .. }));
    // A sequence of Chinese digits: 一九九八, 二〇一九.
    let digits_only = t.len() >= 2
        && t.iter()
            .all(|t| matches!(t, Tok::Num { arabic: false, .. } | Tok::Zero));
    if digits_only && pair_at.is_none() {
        let mut v: i128 = 0;
        for tok in t {
            let d = match tok {
                Tok::Num { v, .. } => v.to_i128()?,
                _ => 0,
            };
            v = v.checked_mul(10)?.checked_add(d)?;
        }
        return Some(Numeral {
            range: start..end,
            value: Decimal::from_int(v),
            bounds: None,
            approx: Approx::None,
            arabic: false,
            chinese: true,
            chars: count_chars(end),
            int_digits: 0,
            leading_zero: false,
            decimal: false,
            sequence: true,
        });
    }
    let approx_at = t.iter().position(|t| matches!(t, Tok::Approx(_) | Tok::Ji));
    // Evaluates the tokens rewritten by `f` (a pair's other digit left out, 几 given a
    // value); only approximations and pairs need it.
    let eval_with = |f: &dyn Fn(usize, Tok) -> Option<Tok>| -> Option<Decimal> {
        let mut buf = [Tok::Zero; MAX_TOKENS];
        let mut n = 0;
        for (k, tok) in t.iter().enumerate() {
            if let Some(x) = f(k, *tok) {
                buf[n] = x;
                n += 1;
            }
        }
        eval(&buf[..n])
    };
    let ji = |d: i128| {
        move |_: usize, tok: Tok| match tok {
            Tok::Ji => Some(Tok::Num {
                v: Decimal::from_int(d),
                arabic: false,
            }),
            Tok::Approx(_) => None,
            t => Some(t),
        }
    };
    let mut approx = Approx::None;
    let mut bounds = None;
    let mut value;
    if let Some(p) = pair_at {
        value = eval_with(&|k, tok| (k != p + 1).then_some(tok))?;
        let high = eval_with(&|k, tok| (k != p).then_some(tok))?;
        approx = Approx::Pair;
        // 三两 (two or three) is written high first.
        let low = value.min(high);
        bounds = Some((low, value.max(high)));
        value = low;
    } else if let Some(k) = approx_at {
        match t[k] {
            Tok::Ji if k == 0 => {
                value = eval_with(&ji(2))?;
                bounds = Some((value, eval_with(&ji(9))?));
                approx = Approx::Several;
            }
            Tok::Ji => {
                value = eval_with(&ji(0))?;
                bounds = Some((eval_with(&ji(1))?, eval_with(&ji(9))?));
                approx = Approx::Few;
            }
            Tok::Approx(a) => {
                value = eval_with(&ji(0))?;
                approx = a;
                if a == Approx::More {
                    let place = match t[k - 1] {
                        // 1.3万余: the last digit written counts thousands, not tens of thousands.
                        Tok::Small(p) | Tok::Big(p) => match k.checked_sub(2).map(|j| t[j]) {
                            Some(Tok::Num { v, .. }) => {
                                Decimal::pow10(p).checked_div_exact(&Decimal::pow10(v.scale()))?
                            }
                            _ => Decimal::pow10(p),
                        },
                        Tok::Num { v, .. } => {
                            let m = v.to_i128()?;
                            let mut z = 0;
                            while z < 30 && m % 10i128.pow(z + 1) == 0 {
                                z += 1;
                            }
                            Decimal::pow10(z)
                        }
                        _ => Decimal::from_int(1),
                    };
                    let mut span = place;
                    for tok in &t[k + 1..] {
                        if let Tok::Big(p) = tok {
                            span = span.checked_mul(&Decimal::pow10(*p))?;
                        }
                    }
                    bounds = Some((value, value.checked_add(&span)?));
                }
            }
            _ => return None,
        }
    } else {
        value = eval(t)?;
    }
    let mut decimal = first.is_some_and(|a| a.decimal) && only_arabic;
    // 点 and Chinese digits after the integer part: 十五点七, 一千六点五, 四百亿点零五零, 两百点两.
    if approx == Approx::None && !matches!(t.last(), Some(Tok::Num { arabic: true, .. })) {
        let j = skip_spaces(text, end, limit);
        if matches!(char_at(text, j, limit), Some('点' | '點')) {
            let mut k = skip_spaces(text, j + '点'.len_utf8(), limit);
            let mut mantissa: i128 = 0;
            let mut places = 0u32;
            let mut frac_end = end;
            while let Some(c) = char_at(text, k, limit) {
                let Some(d) = digit(c) else {
                    if c == ' ' && places > 0 {
                        let s = skip_spaces(text, k, limit);
                        if char_at(text, s, limit).is_some_and(|c| digit(c).is_some()) {
                            k = s;
                            continue;
                        }
                    }
                    break;
                };
                if places >= 20 {
                    break;
                }
                mantissa = mantissa * 10 + d as i128;
                places += 1;
                k += c.len_utf8();
                frac_end = k;
            }
            if places > 0 {
                value = value.checked_add(&Decimal::new(mantissa, places)?)?;
                end = frac_end;
                decimal = true;
                // 三点五万, 一点二万亿: scale words after the decimal part, when the integer
                // part has none (not 四百亿点零五).
                if !t.iter().any(|t| matches!(t, Tok::Small(_) | Tok::Big(_))) {
                    while let Some(c) = char_at(text, end, limit) {
                        let p = match (big_scale(c), small_scale(c)) {
                            (Some(p), _) => p,
                            (None, Some(3)) if (read.unit_at)(end) <= 1 => 3,
                            _ => break,
                        };
                        value = value.checked_mul(&Decimal::pow10(p))?;
                        end += c.len_utf8();
                    }
                }
            }
        }
    }
    let (int_digits, leading_zero) = match first {
        Some(a) if only_arabic => (a.int_digits, a.leading_zero),
        _ => (0, false),
    };
    Some(Numeral {
        range: start..end,
        value,
        bounds,
        approx,
        arabic: has_arabic,
        chinese: has_chinese,
        chars: count_chars(end),
        int_digits,
        leading_zero,
        decimal,
        sequence: false,
    })
}

/// The value of a token list without approximations: split at the largest scale word
/// (the last one when repeated: 四万万 = 四万 × 万), recursively.
fn eval(t: &[Tok]) -> Option<Decimal> {
    match t {
        [] => return None,
        // One number (most numerals): what `small` makes of it (0 + v, and values are
        // kept normalised, so v itself), without the scale search.
        [Tok::Num { v, .. }] => return Some(*v),
        _ => {}
    }
    let mut best: Option<(usize, u32)> = None;
    for (i, tok) in t.iter().enumerate() {
        if let Tok::Big(p) = *tok
            && best.is_none_or(|(_, q)| p >= q)
        {
            best = Some((i, p));
        }
    }
    let Some((i, p)) = best else { return small(t) };
    if i == 0 {
        return None;
    }
    let left = eval(&t[..i])?;
    let v = left.checked_mul(&Decimal::pow10(p))?;
    let right = &t[i + 1..];
    match right {
        [] => Some(v),
        // 一万三 = 13000, 两亿三 = 230000000: a lone digit right after the scale.
        [Tok::Num { v: d, arabic: false }] => v.checked_add(&d.checked_mul(&Decimal::pow10(p - 1))?),
        [Tok::Zero, rest @ ..] | rest => {
            let r = eval(rest)?;
            if r >= Decimal::pow10(p) {
                return None;
            }
            v.checked_add(&r)
        }
    }
}

/// A section below 万: digits, 十 百 千 and 零, with the spoken abbreviation 二百五 = 250.
fn small(t: &[Tok]) -> Option<Decimal> {
    let mut acc = Decimal::ZERO;
    let mut pending: Option<(Decimal, bool)> = None;
    let mut last: Option<u32> = None;
    let mut zero = false;
    for tok in t {
        match *tok {
            Tok::Zero => {
                if pending.is_some() {
                    return None;
                }
                zero = true;
            }
            Tok::Num { v, arabic } => {
                if pending.is_some() {
                    return None;
                }
                pending = Some((v, arabic));
            }
            Tok::Small(p) => {
                if last.is_some_and(|l| p >= l) {
                    return None;
                }
                let m = match pending.take() {
                    Some((v, _)) => v,
                    None if p == 1 => Decimal::from_int(1),
                    None => return None,
                };
                acc = acc.checked_add(&m.checked_mul(&Decimal::pow10(p))?)?;
                last = Some(p);
                zero = false;
            }
            _ => return None,
        }
    }
    if let Some((d, arabic)) = pending {
        let abbreviated = !arabic && !zero && last.is_some_and(|l| l >= 2);
        let d = if abbreviated {
            d.checked_mul(&Decimal::pow10(last? - 1))?
        } else {
            d
        };
        acc = acc.checked_add(&d)?;
    }
    Some(acc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_unit(_: usize) -> usize {
        0
    }

    fn val(s: &str) -> String {
        let n = read(s, 0, s.len(), &no_unit).unwrap_or_else(|| panic!("{s}: no numeral"));
        format!(
            "{}{}",
            n.value,
            if n.range.end == s.len() {
                String::new()
            } else {
                format!(" |{}", &s[n.range.end..])
            }
        )
    }

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("一百五十二", "152"),
            ("壹佰伍拾", "150"),
            ("两千四百五", "2450"),
            ("一百零一万一千", "1011000"),
            ("七十八万五佰零六", "780506"),
            ("倆千两百贰拾二", "2222"),
            ("一万三", "13000"),
            ("一万零二百五十", "10250"),
            ("九百万零四百", "9000400"),
            ("四千零五万", "40050000"),
            ("四千万零六千", "40006000"),
            ("五十五兆一十二亿四万五千二", "55001200045200"),
            ("十万柒仟捌佰伍拾肆", "107854"),
            ("四万万", "400000000"),
            ("一万五千亿", "1500000000000"),
            ("一百零十万", "1100000"),
            ("零十", "10"),
            ("一千陆", "1600"),
            ("二百五", "250"),
            ("十五点七", "15.7"),
            ("一千六点五", "1600.5"),
            ("四百亿点零五零", "40000000000.05"),
            ("两百点两", "200.2"),
            ("三点五万", "35000"),
            ("一点二万亿", "1200000000000"),
            ("八千 三百 八十五 万 二千 三百 二十六 点三三", "83852326.33"),
            ("廿三", "23"),
        ] {
            assert_eq!(val(s), v, "{s}");
        }
    }

    #[test]
    fn arabic_and_mixed_numerals() {
        for (s, v) in [
            ("1,050,000,000", "1050000000"),
            ("4,565", "4565"),
            ("2.5", "2.5"),
            (".5", "0.5"),
            ("2e5", "200000"),
            ("12.32e+14", "1232000000000000"),
            ("2.7890e-1", "0.2789"),
            ("2^5", "32"),
            ("2^-1", "0.5"),
            ("15k", "15000"),
            ("3万4000", "34000"),
            ("1.2万亿", "1200000000000"),
            ("2千零30万", "20300000"),
            ("25万6千", "256000"),
            ("7 万5 千4 百", "75400"),
            ("10万万", "1000000000"),
            ("5亿1万4千6百", "500014600"),
            ("88·5", "88.5"),
        ] {
            assert_eq!(val(s), v, "{s}");
        }
        assert_eq!(val("1, 234"), "1 |, 234");
        assert_eq!(val("2222.2222.22"), "2222 |.2222.22");
        assert_eq!(val("1,2"), "1 |,2");
        assert_eq!(val("5km"), "5 |km");
    }

    #[test]
    fn approximations_inside_numerals() {
        let r = |s: &str| read(s, 0, s.len(), &no_unit).unwrap();
        let n = r("十几万");
        assert_eq!((n.value.to_string(), n.approx), ("100000".into(), Approx::Few));
        assert_eq!(
            n.bounds.map(|(a, b)| format!("{a}..{b}")),
            Some("110000..190000".into())
        );
        let n = r("80多");
        assert_eq!((n.value.to_string(), n.approx), ("80".into(), Approx::More));
        assert_eq!(n.bounds.map(|(a, b)| format!("{a}..{b}")), Some("80..90".into()));
        let n = r("500余万");
        assert_eq!(n.value.to_string(), "5000000");
        assert_eq!(
            n.bounds.map(|(a, b)| format!("{a}..{b}")),
            Some("5000000..6000000".into())
        );
        let n = r("十 余 万");
        assert_eq!(n.value.to_string(), "100000");
        let n = r("两三");
        assert_eq!((n.value.to_string(), n.approx), ("2".into(), Approx::Pair));
        let n = r("三四十");
        assert_eq!(n.bounds.map(|(a, b)| format!("{a}..{b}")), Some("30..40".into()));
        let n = r("十五六");
        assert_eq!(n.bounds.map(|(a, b)| format!("{a}..{b}")), Some("15..16".into()));
        let n = r("一千五百零几万");
        assert_eq!(n.value.to_string(), "15000000");
        let n = r("几十");
        assert_eq!((n.value.to_string(), n.approx), ("20".into(), Approx::Several));
        // 多 after a number that is not round is not an approximation.
        assert_eq!(val("25多"), "25 |多");
        assert_eq!(val("300来自"), "300 |来自");
    }

    #[test]
    fn sequences_and_stops() {
        let r = |s: &str| read(s, 0, s.len(), &no_unit).unwrap();
        let n = r("一九九八");
        assert!(n.sequence);
        assert_eq!(n.value.to_string(), "1998");
        let n = r("二〇一九");
        assert_eq!((n.value.to_string(), n.sequence), ("2019".into(), true));
        assert_eq!(val("两万两"), "20000 |两");
        assert_eq!(val("一万两千"), "12000");
        assert_eq!(val("3五"), "3 |五");
        assert!(read("千克", 0, 6, &no_unit).is_none());
        let unit = |i: usize| if i == 3 { 2 } else { 0 };
        let n = read("三千克", 0, 9, &unit).unwrap();
        assert_eq!(n.range, 0..3);
    }
}
