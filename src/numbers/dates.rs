//! Calendar dates: 2018年7月, 2019年7月份, １９９８年１月１日, 二〇一九年五月四日, 12月31日,
//! 十二月, 8日, 1998年度, 2019-07-01, 2019.7.1, 2019/7/1.
//!
//! A date is read before any other reading of its numerals, so 2018年 is a year and
//! not a duration of 2018 years; its numerals are still reported as numbers.

use std::ops::Range;

use super::numeral::{self, Numeral};

/// One numeral of a date with the character that marks it (年, 月, 日, 号, or - . /).
#[derive(Clone, Debug)]
pub(crate) struct Part {
    pub(crate) range: Range<usize>,
    pub(crate) value: i128,
    pub(crate) unit: &'static str,
}

/// A date read from the view.
#[derive(Clone, Debug)]
pub(crate) struct Date {
    pub(crate) range: Range<usize>,
    pub(crate) year: Option<i32>,
    pub(crate) month: Option<u8>,
    pub(crate) day: Option<u8>,
    pub(crate) parts: Vec<Part>,
}

#[inline(always)]
fn char_at(text: &str, i: usize, limit: usize) -> Option<char> {
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

/// An integer numeral at `pos` with no approximation, decimal or sign.
fn integer(text: &str, pos: usize, limit: usize) -> Option<(Numeral, i128)> {
    let c = char_at(text, pos, limit)?;
    if !numeral::is_start(c) {
        return None;
    }
    let n = numeral::read(text, pos, limit, &|_| 0)?;
    if n.decimal || n.bounds.is_some() || (n.arabic && n.chinese) {
        return None;
    }
    let v = n.value.to_i128()?;
    Some((n, v))
}

/// One to two ASCII digits at `pos`: their value and end.
fn small_digits(text: &str, pos: usize, limit: usize) -> Option<(i128, usize)> {
    let b = &text.as_bytes()[pos.min(limit)..limit];
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&n) {
        return None;
    }
    Some((text[pos..pos + n].parse().ok()?, pos + n))
}

/// The month and day that may follow at `pos` (a year's 年 already read), appended to `d`.
fn month_day(text: &str, pos: usize, limit: usize, d: &mut Date) {
    let Some((m, mv)) = integer(text, pos, limit) else {
        return;
    };
    if !(1..=12).contains(&mv) || m.sequence || char_at(text, m.range.end, limit) != Some('月') {
        return;
    }
    let mut end = m.range.end + '月'.len_utf8();
    d.parts.push(Part {
        range: m.range.start..end,
        value: mv,
        unit: "月",
    });
    d.month = Some(mv as u8);
    d.range.end = end;
    if text[end..limit].starts_with('份') {
        d.range.end = end + '份'.len_utf8();
        return;
    }
    let Some((day, dv)) = integer(text, end, limit) else {
        return;
    };
    let mark = char_at(text, day.range.end, limit);
    if (1..=31).contains(&dv) && !day.sequence && matches!(mark, Some('日' | '号' | '號')) {
        let mark = mark.unwrap_or('日');
        end = day.range.end + mark.len_utf8();
        d.parts.push(Part {
            range: day.range.start..end,
            value: dv,
            unit: if mark == '日' { "日" } else { "号" },
        });
        d.day = Some(dv as u8);
        d.range.end = end;
    }
}

/// Words before a number of days that make it a span, not a day of the month (为期3日,
/// 共5日, 历时7日, 不少于15日).
pub(crate) const SPAN_WORDS: &[&str] = &[
    "共",
    "为期",
    "历时",
    "连续",
    "长达",
    "历经",
    "用时",
    "耗时",
    "需",
    "仅用",
    "满",
    "期限",
    "不少于",
    "不超过",
    "不得超过",
    "不得少于",
    "不低于",
    "至少",
    "最多",
    "最长",
    "超过",
];

/// Is the number of days from `start` to `day_end` (after 日) a span of days rather than a
/// day of the month? More than 31 days (不少于90日), a span's word before it (为期3日), or
/// 内, 以内, 之内 after it (15日内提交); not 日内瓦 (Geneva) nor 日内 starting a word.
pub(crate) fn day_span(text: &str, start: usize, value: i128, day_end: usize, limit: usize) -> bool {
    let after = &text[day_end.min(limit)..limit];
    let within = ["以内", "之内", "内"].iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|rest| !rest.starts_with(['瓦', '蒙', '地', '部', '外', '江', '阁']))
    });
    value > 31 || within || SPAN_WORDS.iter().any(|w| text[..start].ends_with(w))
}

/// The date starting at `pos`, if one does.
pub(crate) fn read(text: &str, pos: usize, limit: usize) -> Option<Date> {
    // Most numbers are no date: look past the numeral characters for a date mark first.
    // The run of numeral characters before the mark decides most of it: a date's
    // numeral is that whole run, so a year is four characters (four ASCII digits before
    // - . / or a range word), a month or a day at most three (十二, 三十一).
    let (mut run, mut ascii, mut mark) = (0usize, true, None);
    for c in text[pos..limit].chars().take(16) {
        if !(c.is_ascii_digit() || numeral::digit(c).is_some() || matches!(c, '十' | '拾')) {
            mark = Some(c);
            break;
        }
        run += 1;
        ascii &= c.is_ascii_digit();
    }
    let may_be_date = match mark {
        Some('年') => run == 4,
        Some('月' | '日') => run <= 3,
        Some('-' | '.' | '/' | '至' | '到' | '—' | '～' | '~') => run == 4 && ascii,
        _ => false,
    };
    if !may_be_date {
        return None;
    }
    let Some((n, v)) = integer(text, pos, limit) else {
        // 2016.09 reads as a decimal numeral: its year is the four digits before the point.
        if mark == Some('.') && run == 4 && ascii {
            let end = pos + 4;
            let d = Date {
                range: pos..end,
                year: None,
                month: None,
                day: None,
                parts: Vec::new(),
            };
            return separated(text, (pos..end, text[pos..end].parse().ok()?), '.', limit, d);
        }
        return None;
    };
    let end = n.range.end;
    let next = char_at(text, end, limit);
    let mut d = Date {
        range: pos..end,
        year: None,
        month: None,
        day: None,
        parts: Vec::new(),
    };
    // A year: four Arabic digits or four Chinese digits read one by one, then 年.
    let year_like = (n.arabic && n.int_digits == 4 && !n.leading_zero && (1000..=2999).contains(&v))
        || (n.sequence && n.chars == 4 && (1000..=2999).contains(&v));
    if year_like && next == Some('年') {
        let after = end + '年'.len_utf8();
        let next2 = char_at(text, after, limit);
        if next2 == Some('代') {
            return None;
        }
        d.year = Some(v as i32);
        d.parts.push(Part {
            range: pos..after,
            value: v,
            unit: "年",
        });
        d.range.end = if next2 == Some('度') {
            after + '度'.len_utf8()
        } else {
            after
        };
        if next2 != Some('度') {
            month_day(text, after, limit, &mut d);
        }
        return Some(d);
    }
    // 1998-2000年, 1998至2000年: the first year of a span of years.
    if year_like
        && n.arabic
        && let Some(c) = next.filter(|c| matches!(c, '-' | '至' | '到' | '—' | '～' | '~'))
    {
        let k = end + c.len_utf8();
        if let Some((m, mv)) = integer(text, k, limit)
            && m.arabic
            && m.int_digits == 4
            && (1000..=2999).contains(&mv)
            && char_at(text, m.range.end, limit) == Some('年')
        {
            d.year = Some(v as i32);
            d.parts.push(Part {
                range: pos..end,
                value: v,
                unit: "年",
            });
            return Some(d);
        }
    }
    // 2019-07-01, 2019.7.1, 2019/7/1: one separator throughout.
    if year_like && n.arabic && matches!(next, Some('-' | '.' | '/')) {
        return separated(text, (pos..end, v), next?, limit, d);
    }
    if n.sequence {
        return None;
    }
    // A month, with the day that may follow: 7月, 7月份, 十二月, 1月1日.
    // (6月龄 is an age in months.)
    if next == Some('月') && (1..=12).contains(&v) && !text[end..limit].starts_with("月龄") {
        month_day(text, pos, limit, &mut d);
        return d.month.is_some().then_some(d);
    }
    // A day of the month alone: 8日 (not 8日元, nor 为期3日 or 15日内, spans of days).
    let after = end + '日'.len_utf8();
    if next == Some('日') && (1..=31).contains(&v) && !day_span(text, pos, v, after, limit) {
        if matches!(char_at(text, after, limit), Some('元' | '圆' | '币')) {
            return None;
        }
        d.day = Some(v as u8);
        d.range.end = after;
        d.parts.push(Part {
            range: pos..after,
            value: v,
            unit: "日",
        });
        return Some(d);
    }
    None
}

/// A year of four digits (`year`: where, and its value), `sep` after it, and a month and
/// a day written with the same separator (2019-07-01, 2019.7.1, 2019/7/1) or a month alone
/// (2008.09: see [`year_month`]).
fn separated(text: &str, year: (Range<usize>, i128), sep: char, limit: usize, mut d: Date) -> Option<Date> {
    let (y, v) = year;
    let (mv, m_end) = small_digits(text, y.end + 1, limit)?;
    if !(1..=12).contains(&mv) {
        return None;
    }
    if char_at(text, m_end, limit) != Some(sep) {
        let month = y.end + 1..m_end;
        return year_month(text, (y, v), (month, mv), limit, d);
    }
    let (dv, d_end) = small_digits(text, m_end + 1, limit)?;
    let after = char_at(text, d_end, limit);
    if !(1..=31).contains(&dv) || after.is_some_and(|c| c.is_ascii_digit() || c == sep) {
        return None;
    }
    d.year = Some(v as i32);
    d.month = Some(mv as u8);
    d.day = Some(dv as u8);
    d.range.end = d_end;
    d.parts = vec![
        Part {
            range: y.clone(),
            value: v,
            unit: "年",
        },
        Part {
            range: y.end + 1..m_end,
            value: mv,
            unit: "月",
        },
        Part {
            range: m_end + 1..d_end,
            value: dv,
            unit: "日",
        },
    ];
    Some(d)
}

/// A year and a month of two digits, as résumés and chronologies write them (2008.09—2012.06
/// 青山大学, 1985.07参加工作, 2015/03): a date only where nothing of a number follows — 2016.09万元 is
/// an amount.
fn year_month(
    text: &str,
    year: (Range<usize>, i128),
    month: (Range<usize>, i128),
    limit: usize,
    mut d: Date,
) -> Option<Date> {
    let ((y, yv), (m, mv)) = (year, month);
    let after = char_at(text, m.end, limit);
    let ends_entry = match after {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || "—–-~～至到起,，。;；、:：)）".contains(c)
                // The verb an entry starts with (1985.07参加工作, 2012.06毕业于, 2015.03任…).
                || "参毕任在就进从调考获入".contains(c)
        }
    };
    if m.len() != 2 || !(1900..=2099).contains(&yv) || !ends_entry {
        return None;
    }
    d.year = Some(yv as i32);
    d.month = Some(mv as u8);
    d.range.end = m.end;
    d.parts = vec![
        Part {
            range: y,
            value: yv,
            unit: "年",
        },
        Part {
            range: m,
            value: mv,
            unit: "月",
        },
    ];
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<(String, &str)> {
        let d = read(text, 0, text.len())?;
        let s = format!("{:?}-{:?}-{:?}", d.year, d.month, d.day);
        Some((s, &text[d.range]))
    }

    #[test]
    fn dates_of_every_shape() {
        assert_eq!(iso("2018年7月,"), Some(("Some(2018)-Some(7)-None".into(), "2018年7月")));
        assert_eq!(
            iso("2019年7月份以来"),
            Some(("Some(2019)-Some(7)-None".into(), "2019年7月份"))
        );
        assert_eq!(
            iso("1998年1月1日起"),
            Some(("Some(1998)-Some(1)-Some(1)".into(), "1998年1月1日"))
        );
        assert_eq!(
            iso("二〇一九年五月四日"),
            Some(("Some(2019)-Some(5)-Some(4)".into(), "二〇一九年五月四日"))
        );
        assert_eq!(iso("十二月初"), Some(("None-Some(12)-None".into(), "十二月")));
        assert_eq!(iso("8日在伦敦"), Some(("None-None-Some(8)".into(), "8日")));
        assert_eq!(iso("1998年度"), Some(("Some(1998)-None-None".into(), "1998年度")));
        assert_eq!(
            iso("2019-07-01"),
            Some(("Some(2019)-Some(7)-Some(1)".into(), "2019-07-01"))
        );
        assert_eq!(iso("2019.7.1"), Some(("Some(2019)-Some(7)-Some(1)".into(), "2019.7.1")));
        assert_eq!(iso("1998-2000年"), Some(("Some(1998)-None-None".into(), "1998")));
        assert_eq!(iso("3年"), None);
        assert_eq!(iso("80年代"), None);
        assert_eq!(iso("1990年代"), None);
        assert_eq!(iso("5日元"), None);
        assert_eq!(iso("13月"), None);
    }
}
