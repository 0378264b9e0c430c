//! Units of measure and counting classifiers: the dictionaries `units.txt` and
//! `classifiers.txt`, matched leftmost-longest right after a number, and the
//! conversion of a value to SI units.

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind, StartKind, dfa};

use crate::dictionary::parse;
use crate::{Decimal, Error, UnitKind};

const UNITS: (&str, &str) = ("dictionaries/units.txt", include_str!("../../dictionaries/units.txt"));
const CLASSIFIERS: (&str, &str) = (
    "dictionaries/classifiers.txt",
    include_str!("../../dictionaries/classifiers.txt"),
);

/// How to bring a value to SI units: `(value + offset) × num / den` in `symbol`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Si {
    num: Decimal,
    den: Decimal,
    offset: Decimal,
    pub(crate) symbol: &'static str,
}

impl Si {
    /// The value in SI units; a conversion that is not a finite decimal is rounded to 12 places.
    pub(crate) fn convert(&self, value: Decimal) -> Option<Decimal> {
        value
            .checked_add(&self.offset)?
            .checked_mul(&self.num)?
            .checked_div_rounded(&self.den, 12)
    }
}

/// A unit as reported: its name, what it measures, and how it converts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The name reported as the fact's unit (个, 平方米, %, 美元 for 美圆).
    pub(crate) name: &'static str,
    pub(crate) kind: UnitKind,
    pub(crate) si: Option<Si>,
    pub(crate) currency: Option<&'static str>,
    /// Only after Arabic digits.
    pub(crate) arabic_only: bool,
}

impl Unit {
    /// A unit made by the reader rather than read from a dictionary (%, 百分点).
    pub(crate) const fn fixed(name: &'static str, kind: UnitKind) -> Unit {
        Unit {
            name,
            kind,
            si: None,
            currency: None,
            arabic_only: false,
        }
    }
}

/// The unit and classifier dictionaries, compiled for anchored longest matching.
#[derive(Clone, Debug)]
pub(crate) struct Units {
    /// Walked byte by byte from the unit's start (see [`Units::at`]): the general
    /// searcher's set-up cost more than the walk over a unit's few bytes.
    matcher: dfa::DFA,
    units: Vec<Unit>,
    /// The first character of every unit's word, sorted: a character outside starts none.
    firsts: Vec<char>,
}

fn decimal_or_fraction(s: &str) -> Option<(Decimal, Decimal)> {
    match s.split_once('/') {
        Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
        None => Some((s.parse().ok()?, Decimal::from_int(1))),
    }
}

impl Units {
    /// The units of the embedded dictionaries.
    pub(crate) fn embedded() -> Result<Units, Error> {
        let mut words: Vec<&'static str> = Vec::new();
        let mut units = Vec::new();
        for (source, text, classifiers) in [(UNITS.0, UNITS.1, false), (CLASSIFIERS.0, CLASSIFIERS.1, true)] {
            for line in parse::lines(source, text)? {
                let bad = |msg: String| Error::dictionary(source, line.number, msg);
                let word = line.fields[0];
                let rest = if classifiers {
                    &line.fields[1..]
                } else {
                    line.fields.get(2..).unwrap_or(&[])
                };
                let kind = if classifiers {
                    UnitKind::Count
                } else {
                    let k = line.fields.get(1).ok_or_else(|| bad(format!("{word:?} has no kind")))?;
                    UnitKind::from_name(k).ok_or_else(|| bad(format!("unknown kind {k:?}")))?
                };
                let mut unit = Unit {
                    name: word,
                    kind,
                    si: None,
                    currency: None,
                    arabic_only: false,
                };
                let mut offset = Decimal::ZERO;
                for f in rest {
                    match f.split_once('=') {
                        Some(("as", name)) => unit.name = name,
                        Some(("currency", c)) => unit.currency = Some(c),
                        Some(("offset", o)) => offset = o.parse().map_err(|_| bad(format!("bad offset {o:?}")))?,
                        Some(("si", v)) => {
                            let (factor, symbol) = v
                                .split_once(':')
                                .ok_or_else(|| bad(format!("si={v:?} needs FACTOR:SYMBOL")))?;
                            let (num, den) =
                                decimal_or_fraction(factor).ok_or_else(|| bad(format!("bad factor {factor:?}")))?;
                            unit.si = Some(Si {
                                num,
                                den,
                                offset: Decimal::ZERO,
                                symbol,
                            });
                        }
                        None if *f == "arabic" => unit.arabic_only = true,
                        _ => return Err(bad(format!("unknown field {f:?}"))),
                    }
                }
                if let Some(si) = &mut unit.si {
                    si.offset = offset;
                }
                if words.contains(&word) {
                    return Err(bad(format!("{word:?} is listed twice")));
                }
                words.push(word);
                units.push(unit);
            }
        }
        let matcher = dfa::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .prefilter(false)
            .build(&words)
            .map_err(|e| Error::build(format!("unit matcher: {e}")))?;
        let mut firsts: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        Ok(Units { matcher, units, firsts })
    }

    /// Does a unit's word start with `c`? When none does, [`Units::at`] finds no unit
    /// where `c` stands.
    pub(crate) fn starts_unit(&self, c: char) -> bool {
        self.firsts.binary_search(&c).is_ok()
    }

    /// The longest unit starting exactly at `pos`, with its end, not reading past `limit`.
    /// A unit in Latin letters (m, kg) must not run on into more letters (5min).
    pub(crate) fn at(&self, text: &str, pos: usize, limit: usize) -> Option<(Unit, usize)> {
        if pos >= limit {
            return None;
        }
        let (pattern, end) = self.longest_at(&text.as_bytes()[..limit], pos)?;
        let unit = self.units[pattern];
        let last = text[..end].chars().next_back()?;
        let next = text[end..limit].chars().next();
        if last.is_ascii_alphanumeric() && next.is_some_and(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        // 分 counts points (得到19分); not where it starts a word (2分别, 3分之1, 5分钱, 第8分队,
        // 3分局) or gives a clock's or a race time's minutes (10时30分, 1分58秒).
        if unit.name == "分" {
            let after = &text[end..limit];
            let seconds = after.trim_start_matches(|c: char| c.is_ascii_digit());
            let race_time = seconds.len() < after.len() && seconds.starts_with('秒');
            if next.is_some_and(|c| POINTS_NOT_BEFORE.contains(c)) || after_clock_hour(&text[..pos]) || race_time {
                return None;
            }
        }
        Some((unit, end))
    }

    /// The longest unit of the list starting at byte `pos` of `hay`: its index and end.
    /// The anchored leftmost-longest search of `AhoCorasick::find` (the last match
    /// state the walk passes before the automaton dies, a match that starts at `pos`),
    /// run straight on the automaton.
    fn longest_at(&self, hay: &[u8], pos: usize) -> Option<(usize, usize)> {
        let dfa = &self.matcher;
        let mut sid = dfa.start_state(Anchored::Yes).ok()?;
        let mut found = None;
        if dfa.is_match(sid) {
            found = Some((dfa.match_pattern(sid, 0).as_usize(), pos));
        }
        for (at, &b) in hay.iter().enumerate().skip(pos) {
            sid = dfa.next_state(Anchored::Yes, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    let pattern = dfa.match_pattern(sid, 0);
                    // (A match state may carry a shorter word ending here that starts
                    // later: no match of an anchored search.)
                    if at + 1 - dfa.pattern_len(pattern) <= pos {
                        found = Some((pattern.as_usize(), at + 1));
                    }
                }
            }
        }
        found
    }

    /// The unit written exactly as `word`.
    pub(crate) fn get(&self, word: &str) -> Option<Unit> {
        self.at(word, 0, word.len())
            .filter(|&(_, end)| end == word.len())
            .map(|(u, _)| u)
    }

    /// The length in characters of the unit starting at `pos` (0 for none), for the
    /// numeral reader: 千克 and 兆瓦 stop a numeral at their scale character.
    pub(crate) fn chars_at(&self, text: &str, pos: usize, limit: usize) -> usize {
        self.at(text, pos, limit)
            .map_or(0, |(_, end)| text[pos..end].chars().count())
    }
}

/// Characters after 分 that make it the first of a word, not points (分别, 分之, 分钱, 分析, 分队,
/// 分局, 分行, 分公司 …).
const POINTS_NOT_BEFORE: &str = "之钱钟别析布配享红散批期段类级队局行会院校店厂部社站公";

/// Does `before` (the text up to a unit) end with a number after a clock's hour (10时30, 8点15)?
fn after_clock_hour(before: &str) -> bool {
    let number = before.trim_end_matches(|c: char| c.is_ascii_digit() || super::numeral::is_start(c) || c == '零');
    number.len() < before.len() && number.ends_with(['时', '点'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_no_word_clock_or_race_time() {
        let u = Units::embedded().unwrap();
        let unit = |t: &str, at: usize| u.at(t, at, t.len()).map(|(u, _)| u.name);
        assert_eq!(unit("得到19分", 8), Some("分"));
        assert_eq!(unit("白2分别占领", 4), None);
        assert_eq!(unit("10时30分开始", 8), None);
        assert_eq!(unit("以1分58秒", 4), None);
        assert_eq!(unit("第8分队", 4), None);
    }

    #[test]
    fn dictionaries_parse_and_match_longest() {
        let u = Units::embedded().unwrap();
        let t = "平方米个月人民币";
        assert_eq!(u.at(t, 0, t.len()).map(|(u, e)| (u.name, e)), Some(("平方米", 9)));
        assert_eq!(
            u.at(t, 9, t.len()).map(|(u, _)| (u.name, u.kind)),
            Some(("个月", UnitKind::Duration))
        );
        assert_eq!(u.at(t, 15, t.len()).map(|(u, _)| u.currency), Some(Some("CNY")));
        assert_eq!(u.at("5min", 1, 4), None);
        assert_eq!(u.at("5m,", 1, 3).map(|(u, _)| u.name), Some("米"));
        assert_eq!(u.chars_at("三千克", 3, 9), 2);
        assert_eq!(u.chars_at("三千万", 3, 9), 0);
    }

    #[test]
    fn si_conversions_are_exact_where_they_can_be() {
        let u = Units::embedded().unwrap();
        let si = |w: &str, v: &str| {
            let (unit, _) = u.at(w, 0, w.len()).unwrap();
            let s = unit.si.unwrap();
            format!("{}{}", s.convert(v.parse().unwrap()).unwrap(), s.symbol)
        };
        assert_eq!(si("亩", "3"), "2000m²");
        assert_eq!(si("公里", "1.5"), "1500m");
        assert_eq!(si("℃", "20"), "293.15K");
        assert_eq!(si("华氏度", "212"), "373.15K");
        assert_eq!(si("吨", "2.5"), "2500kg");
    }
}
