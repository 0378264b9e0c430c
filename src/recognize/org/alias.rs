//! Short names a document defines for an organisation: 青山智能装备股份有限公司（以下简称
//! “公司”）, 青山市人民政府办公室（简称“市政府办”）. Company filings and official
//! documents name the body in full once, then by the short name only; without the
//! definition, 公司 in 聘任甲为公司总经理 names no one, and a brand-like short name
//! (青山智能) is no organisation at all.
//!
//! Definitions are read right after an organisation, in brackets: an optional 以下 or
//! 下, then 简称 or 称, an optional colon or 为, and the short names — quoted, joined by
//! 或, 、 or commas (“公司”或“本公司”), or one unquoted name. Later sentences of the
//! document then hold mentions of the organisation wherever a short name stands on
//! word boundaries (本公司 too, but not 子公司 or 公司法).

use std::ops::Range;

use super::OrgMention;
use crate::OrgKind;
use crate::charset::Trimmed;
use crate::recognize::{Sentence, is_han};

/// Longest short name read, in characters.
const MAX_ALIAS: usize = 12;

/// Most short names kept for one document: a filing defines a handful, and each is looked
/// for in every later sentence, so the count bounds the work per sentence.
const MAX_DEFINED: usize = 64;

/// The short names of one document, each with the organisation it stands for.
#[derive(Debug, Default)]
pub(crate) struct Aliases {
    defined: Vec<Alias>,
}

#[derive(Debug)]
struct Alias {
    short: String,
    /// The full name, as the organisation's record names it.
    name: String,
    kind: OrgKind,
}

impl Aliases {
    /// Records the short names defined in `s` right after one of its organisations.
    /// `next_line` gives the line of the text after the sentence's (see [`line_after`]),
    /// read only for a company alone on its line.
    pub(crate) fn define<'n>(&mut self, s: &Sentence<'_>, orgs: &[OrgMention], next_line: impl Fn() -> &'n str) {
        for o in orgs {
            let shorts = match definition(&s.text[o.range.end..]) {
                Some(shorts) => shorts,
                // A filing's title defines them without saying so (青山科技股份有限公司关于…的公告).
                None if heads_filing(s.text, o, &next_line) => vec!["公司"],
                None => continue,
            };
            let name = o.name(s.text);
            for short in shorts {
                if self.defined.len() < MAX_DEFINED && short != name && !self.defined.iter().any(|a| a.short == short) {
                    self.defined.push(Alias {
                        short: short.to_string(),
                        name: name.to_string(),
                        kind: o.kind,
                    });
                }
            }
        }
    }

    /// Removes from `persons` the names read across a short name defined so far (任云岫 in
    /// 任|云岫投资|财务部经理, where 云岫投资 is defined): the name reader knows no
    /// definitions, and a verb or a word before the short name (任, 曾) looks like a surname.
    pub(crate) fn claim(&self, s: &Sentence<'_>, persons: &mut Vec<Range<usize>>) {
        if self.defined.is_empty() || persons.is_empty() {
            return;
        }
        // (Each short name searched once, however many names: the text is scanned per name.)
        for a in self.defined.iter().filter(|a| a.short.chars().nth(1).is_some()) {
            for (at, _) in s.text.match_indices(a.short.as_str()) {
                let end = at + a.short.len();
                // Across its start, not around it.
                persons.retain(|p| !(p.start < at && at < p.end && p.end < end));
            }
        }
    }

    /// Adds to `orgs` (kept in order) a mention of each short name defined so far that
    /// stands in `s` on word boundaries, outside persons, organisations and definitions,
    /// and gives the full name to organisations read that are written as a short name.
    pub(crate) fn mentions(&self, s: &Sentence<'_>, persons: &[Range<usize>], orgs: &mut Vec<OrgMention>) {
        if self.defined.is_empty() {
            return;
        }
        // A short name read as an organisation of its own (市政府办) is the defined one.
        for o in orgs
            .iter_mut()
            .filter(|o| o.full_name.is_none() && !inside_definition(s.text, o.range.start))
        {
            if let Some(a) = self.defined.iter().find(|a| a.short == s.text[o.range.clone()]) {
                o.full_name = Some(a.name.clone());
                o.kind = a.kind;
                o.named = true;
            }
        }
        let before = orgs.len();
        for a in &self.defined {
            for (at, _) in s.text.match_indices(a.short.as_str()) {
                let mut r = at..at + a.short.len();
                // A name read from inside a short name (岫投资财务部 in 任云|岫投资财务部,
                // jieba-rs's cut) starts where the short name does: the unit is the defined
                // body's. (Then it overlaps the short name, which is no mention of its own.)
                if a.short.chars().nth(1).is_some() {
                    for o in orgs[..before]
                        .iter_mut()
                        .filter(|o| at < o.range.start && o.range.start < r.end && r.end < o.range.end)
                    {
                        o.range.start = at;
                        o.named = true;
                    }
                }
                let overlaps = |o: &Range<usize>| o.start < r.end && r.start < o.end;
                if persons.iter().any(overlaps)
                    || orgs.iter().any(|o| overlaps(&o.range))
                    || !on_word_boundaries(s, &r)
                    || counted_or_any(&s.text[..at])
                    || inside_definition(s.text, at)
                {
                    continue;
                }
                // The mention takes its determiner (本|公司, 该行).
                if s.text[..at].ends_with(['本', '该']) {
                    r.start = at - '本'.len_utf8();
                }
                orgs.push(OrgMention {
                    full_name: Some(a.name.clone()),
                    ..OrgMention::named(r, a.kind)
                });
            }
        }
        if orgs.len() > before {
            orgs.sort_by_key(|o| o.range.start);
        }
    }
}

/// Does `r` start and end on jieba word boundaries (a short name may be several words:
/// 青禾|科技) — or end one that starts with a determiner (本公司, 该行: jieba-rs keeps them
/// one word)?
fn on_word_boundaries(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    let (Some(first), Some(last)) = (s.word_at(r.start), s.word_at(r.end - 1)) else {
        return false;
    };
    let (first, last) = (s.words[first].clone(), s.words[last].clone());
    last.end == r.end
        && (first.start == r.start || (first.start < r.start && matches!(&s.text[first.start..r.start], "本" | "该")))
}

/// Does `before` end with a numeral, a classifier or a determiner that makes the short
/// name a common noun again (三家公司, 各公司, 其他公司)?
fn counted_or_any(before: &str) -> bool {
    before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两几多家个所各每诸某他".contains(c))
}

/// Is byte `at` inside a bracketed definition of short names (…（以下简称“公司”）)?
fn inside_definition(text: &str, at: usize) -> bool {
    let Some(open) = text[..at].rfind('(') else {
        return false;
    };
    !text[open..at].contains(')') && definition(&text[open..]).is_some()
}

/// Does the bracket at the start of `after` make the organisation before it the writer of
/// the document (（以下简称“公司”）, “本公司”)? A filing's posts that name no body are the
/// filer's (原副总经理甲, 历任…副总经理).
pub(crate) fn names_the_filer<'n>(text: &str, o: &OrgMention, next_line: impl Fn() -> &'n str) -> bool {
    heads_filing(text, o, &next_line)
        || (o.kind == OrgKind::Company
            && text[..o.range.start].chars().all(|c| !c.is_alphanumeric())
            && announcement_subject_end(text) == Some(o.range.end)
            // (A company's name: an exchange announces of the companies it lists, 上海证券交易所
            // 发布公告称，公司董事长甲被公开谴责.)
            && super::is_company_name(&text[o.range.clone()]))
        || definition(&text[o.range.end..]).is_some_and(|shorts| shorts.iter().any(|s| matches!(*s, "公司" | "本公司")))
}

/// Is company `o` the one whose filing sentence `text` is the title of: opening the line,
/// which ends as a filing's title does (青山科技股份有限公司关于…的公告, …2026年半年度报告)
/// — or alone on its line over such a title (青山科技股份有限公司\n关于…的公告), the line
/// `next_line` gives — or the listed company a report names with its stock code? The text then
/// calls it 公司 and 本公司.
fn heads_filing<'n>(text: &str, o: &OrgMention, next_line: &dyn Fn() -> &'n str) -> bool {
    let after = &text[o.range.end..];
    let title = after.trimmed_end();
    o.kind == OrgKind::Company
        // A listed company named with its stock code is the one the text reports on (青禾科技
        // （股票代码：300888）发布公告称，公司…).
        && (super::brand::stock_code_at(after)
            || (opens_line(&text[..o.range.start])
                && (is_filing_title(title) || (title.is_empty() && after.contains('\n') && is_filing_title(next_line())))))
}

/// Where the subject of a report on a filing ends (青禾科技|今日晚间公告称, 青禾科技|发布公告):
/// before 公告 and the words of time or the verb between, if they are all that stands there.
pub(crate) fn announcement_subject_end(text: &str) -> Option<usize> {
    // (Within a short name's and a time's reach of the start: a sentence is not searched whole.)
    let (at, _) = text
        .char_indices()
        .take(MAX_SUBJECT_REACH)
        .find(|&(i, c)| c == '公' && text[i + '公'.len_utf8()..].starts_with('告'))?;
    // (The verb, the part of the day, then the words of time a news item opens with.)
    let before = &text[..at];
    let before = before.strip_suffix("发布").unwrap_or(before);
    let before = before.strip_suffix("晚间").unwrap_or(before);
    let before = crate::normalize::TIME_WORDS
        .iter()
        .chain(&["昨晚"])
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    (before.len() < at || text[at..].starts_with("公告称") || text[at..].starts_with("公告显示"))
        .then_some(before.len())
}

/// How far into a sentence, in characters, a report's subject and 公告 may reach.
const MAX_SUBJECT_REACH: usize = 20;

/// Does the text `before` a name end a line, hold nothing but blanks, or only the codes a
/// filing heads its first page with (证券代码：600000 证券简称：青禾科技 公告编号：临2024-031,
/// which the view joins to the name's line)?
fn opens_line(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\u{3000}', '\t']);
    before.is_empty()
        || before.ends_with('\n')
        || (FILING_CODES.iter().any(|c| before.contains(c))
            && before.chars().count() <= MAX_FILING_HEADER
            && !before.contains([',', '。', ';']))
}

/// Labels of the codes over a filing's title.
const FILING_CODES: &[&str] = &["公告编号", "证券代码", "股票代码", "债券代码"];

/// Longest run of codes over a filing's title, in characters.
const MAX_FILING_HEADER: usize = 80;

/// Does `line` read as the title of a company's filing: a phrase, no sentence, ending with
/// one of [`FILING_TITLES`]?
fn is_filing_title(line: &str) -> bool {
    FILING_TITLES.iter().any(|t| line.ends_with(t)) && !line.contains([',', '。', ';', ':'])
}

/// The line of `text` after byte `end`, less its blanks: the next line that holds
/// anything but blanks, when a line ends right at `end` or after blanks, and the line is
/// short enough for a title; else "". (Bounded: it never reads a long line to its end.)
pub(crate) fn line_after(text: &str, end: usize) -> &str {
    const BLANKS: [char; 4] = [' ', '\u{3000}', '\t', '\r'];
    let Some(rest) = text.get(end..) else {
        return "";
    };
    if !text[..end].ends_with('\n') && !rest.trim_start_matches(BLANKS).starts_with('\n') {
        return "";
    }
    let rest = rest.trim_start_matches(|c| BLANKS.contains(&c) || c == '\n');
    let head = rest
        .char_indices()
        .nth(MAX_TITLE_LINE)
        .map_or(rest, |(k, _)| &rest[..k]);
    match head.find('\n') {
        Some(k) => head[..k].trim(),
        None if head.len() == rest.len() => head.trim(),
        None => "",
    }
}

/// Longest line read as a filing's title, in characters.
const MAX_TITLE_LINE: usize = 120;

/// Last words of the titles of a company's filings (and of its official documents'
/// letterhead: 青禾能源集团有限公司文件).
const FILING_TITLES: &[&str] = &["公告", "报告", "报告书", "摘要", "公告书", "文件"];

/// The short names a bracket at the start of `after` defines, if it is a definition.
fn definition(after: &str) -> Option<Vec<&str>> {
    let rest = after.strip_prefix('(')?;
    let close = rest.find(')')?;
    let inner = &rest[..close];
    let inner = inner
        .strip_prefix("以下")
        .or_else(|| inner.strip_prefix('下'))
        .unwrap_or(inner);
    let inner = inner.strip_prefix("简称").or_else(|| inner.strip_prefix('称'))?;
    let inner = inner.trim_start_matches([':', '：', '为', ' ']);
    let mut shorts = Vec::new();
    if inner.starts_with(['“', '"', '‘', '\'', '「']) {
        // Quoted names, joined by 或, 、 or commas.
        for part in inner.split(['或', '、', ',', '，']) {
            let name = part.trim().trim_matches(['“', '”', '"', '‘', '’', '\'', '「', '」']);
            if is_short_name(name) {
                shorts.push(name);
            }
        }
    } else if is_short_name(inner) {
        shorts.push(inner);
    }
    (!shorts.is_empty()).then_some(shorts)
}

/// A short name is one to [`MAX_ALIAS`] ideographs, Latin letters or digits.
fn is_short_name(name: &str) -> bool {
    let n = name.chars().count();
    (1..=MAX_ALIAS).contains(&n) && name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_in_brackets() {
        assert_eq!(definition("(以下简称“公司”)董事会"), Some(vec!["公司"]));
        assert_eq!(definition("(以下简称:“公司”或“本公司”)"), Some(vec!["公司", "本公司"]));
        assert_eq!(definition("(简称“青山智能”)"), Some(vec!["青山智能"]));
        assert_eq!(definition("(下称\"青山银行\")"), Some(vec!["青山银行"]));
        assert_eq!(definition("(以下简称市政府办)"), Some(vec!["市政府办"]));
        assert_eq!(definition("(集团)"), None);
        assert_eq!(definition("(上海)事务所"), None);
        assert_eq!(definition("(以下简称“"), None);
    }
}
