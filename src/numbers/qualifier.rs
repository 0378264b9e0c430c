//! Qualifiers: the words before or after a number that make it approximate or a
//! bound (约, 近, 至少, 左右, 以上 ...), from the dictionary `qualifiers.txt`.

use crate::dictionary::parse;
use crate::{Error, Qualifier};

const SOURCE: (&str, &str) = (
    "dictionaries/qualifiers.txt",
    include_str!("../../dictionaries/qualifiers.txt"),
);

#[derive(Clone, Debug)]
struct Word {
    word: &'static str,
    qualifier: Qualifier,
    /// Characters that, right before the word, make it part of another word (签约, 最近).
    not_after: &'static str,
    /// Words ending in one of those characters that leave the word its own (人口约2万人,
    /// 损失约186亿元: 口约 and 失约 are words, 人口 and 损失 end before 约), `|`-separated.
    but_after: &'static str,
    /// Only after a span of time (24小时内): elsewhere the word starts another (3个内设机构).
    time_only: bool,
    /// Characters that, right after the word, make it part of another word (十年内乱).
    not_before: &'static str,
    /// A bound that may stand before the verb of its number (至少召开1次, 最多安排3人).
    before_verb: bool,
}

/// Verbs a bound may stand before (每季度至少召开1次会议, 至少有3人): the bound is the number's.
const BOUND_VERBS: &[&str] = &[
    "召开", "举行", "开展", "组织", "进行", "安排", "完成", "检查", "抽查", "需要", "需", "要", "有", "达到", "达",
    "投入", "保持", "提供", "配备", "设置", "培训", "参加",
];

/// Modals between a bound and its verb (最多可填报3个, 约可容纳1200人).
const MODALS: &[&str] = &["可以", "能够", "只能", "可", "能", "须", "需", "应", "要"];

/// Verbs of holding a bound may stand before (至少具有3年经验).
const HOLD: &[&str] = &["具有", "具备", "拥有"];

/// One bit for the low six bits of the last byte of each word of `lists`: a text whose last
/// byte's bit is clear ends with none of them (most texts before a number, which are spared
/// the comparisons with each word).
const fn last_bytes(lists: &[&[&str]]) -> u64 {
    let mut bits = 0u64;
    let mut i = 0;
    while i < lists.len() {
        let mut j = 0;
        while j < lists[i].len() {
            let b = lists[i][j].as_bytes();
            bits |= 1 << (b[b.len() - 1] & 0x3F);
            j += 1;
        }
        i += 1;
    }
    bits
}

/// The last bytes of the verbs [`verb_before`] looks for, and of the modals.
const VERB_ENDS: u64 = last_bytes(&[BOUND_VERBS, HOLD, SHARE_VERBS]);
const MODAL_ENDS: u64 = last_bytes(&[MODALS]);

/// May `text` end with a word whose last byte's bit is in `ends` (see [`last_bytes`])?
fn may_end_with(text: &str, ends: u64) -> bool {
    text.as_bytes().last().is_some_and(|&b| ends >> (b & 0x3F) & 1 != 0)
}

/// The verb 占 may take its whole as a 的-phrase (约占全市人口的三成, 约占在校生的15%): the
/// number is still the verb's, so its qualifier stands before 占. The phrase is short.
const SHARE_VERBS: &[&str] = &["占到", "占"];

/// How long the 的-phrase after 占 may be, in characters (全市常住人口 and a little more).
const SHARE_OBJECT: usize = 10;

/// `head` (the text before a number) cut before the number's verb, where a bound may stand
/// before it: a verb of [`BOUND_VERBS`] or 具有/具备/拥有, with 过 or 了 after it (至少完成过1个);
/// any verb of one or two characters after a modal (最多可填报3个); 占 with a short 的-phrase
/// (约占全市人口的三成). Never across punctuation, so a qualifier reaches over no clause.
fn verb_before(head: &str) -> Option<&str> {
    // 占 … 的: the verb's object, its whole, stands between (no punctuation, no number).
    if let Some(object) = head.strip_suffix('的') {
        let at = object
            .char_indices()
            .rev()
            .take(SHARE_OBJECT)
            .take_while(|&(_, c)| is_han(c) || c.is_ascii_alphabetic())
            .find_map(|(k, _)| {
                let before = &object[..k];
                SHARE_VERBS.iter().find(|v| before.ends_with(*v)).map(|v| k - v.len())
            })?;
        return Some(&head[..at]);
    }
    let bare = head.strip_suffix(['过', '了']).unwrap_or(head);
    // The longest verb (具有, not 有).
    if may_end_with(bare, VERB_ENDS)
        && let Some(v) = BOUND_VERBS
            .iter()
            .chain(HOLD)
            .chain(SHARE_VERBS)
            .filter(|v| bare.ends_with(*v))
            .max_by_key(|v| v.len())
    {
        let rest = &bare[..bare.len() - v.len()];
        // 至少要有: the modal before the verb.
        return Some(MODALS.iter().find_map(|m| rest.strip_suffix(m)).unwrap_or(rest));
    }
    // A modal, then a verb of one or two characters: 最多可|填报|3个.
    for (k, c) in bare.char_indices().rev().take(2) {
        // (A `matches!`, not a walk over a string of them: this runs for every number.)
        if !is_han(c) || matches!(c, '的' | '之' | '是' | '和' | '与' | '及' | '或') || super::numeral::is_start(c)
        {
            break;
        }
        if may_end_with(&bare[..k], MODAL_ENDS)
            && let Some(rest) = MODALS.iter().find_map(|m| bare[..k].strip_suffix(m))
        {
            return Some(rest);
        }
    }
    None
}

fn is_han(c: char) -> bool {
    crate::recognize::is_han(c)
}

/// The qualifier words, longest first on each side.
#[derive(Clone, Debug)]
pub(crate) struct Qualifiers {
    before: Vec<Word>,
    after: Vec<Word>,
    /// Last characters of the `before` words and first characters of the `after` words:
    /// one look at a single character rules out most numbers.
    before_ends: Vec<char>,
    after_starts: Vec<char>,
    /// The last character of each word of `before` and its index there, sorted: a number
    /// tests only the words that end in the character before it (there are a hundred).
    by_last: Vec<(char, usize)>,
}

fn qualifier(name: &str) -> Option<Qualifier> {
    Some(match name {
        "about" => Qualifier::About,
        "nearly" => Qualifier::Nearly,
        "more_than" => Qualifier::MoreThan,
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        "less_than" => Qualifier::LessThan,
        "exact" => Qualifier::Exact,
        _ => return None,
    })
}

impl Qualifiers {
    pub(crate) fn embedded() -> Result<Qualifiers, Error> {
        let (source, text) = SOURCE;
        let mut q = Qualifiers {
            before: Vec::new(),
            after: Vec::new(),
            before_ends: Vec::new(),
            after_starts: Vec::new(),
            by_last: Vec::new(),
        };
        for line in parse::lines(source, text)? {
            let bad = |msg: String| Error::dictionary(source, line.number, msg);
            let [word, side, name, ref rest @ ..] = line.fields[..] else {
                return Err(bad("expected `<word> <before|after> <qualifier>`".into()));
            };
            let mut w = Word {
                word,
                qualifier: qualifier(name).ok_or_else(|| bad(format!("unknown qualifier {name:?}")))?,
                not_after: "",
                but_after: "",
                time_only: false,
                not_before: "",
                before_verb: false,
            };
            for f in rest {
                match f.split_once('=') {
                    Some(("not_after", chars)) => w.not_after = chars,
                    Some(("but_after", words)) => w.but_after = words,
                    Some(("not_before", chars)) => w.not_before = chars,
                    None if *f == "time_only" => w.time_only = true,
                    None if *f == "before_verb" => w.before_verb = true,
                    _ => return Err(bad(format!("unknown field {f:?}"))),
                }
            }
            match side {
                "before" => q.before.push(w),
                "after" => q.after.push(w),
                _ => return Err(bad(format!("side {side:?} is neither before nor after"))),
            }
        }
        q.before_ends = q.before.iter().filter_map(|w| w.word.chars().next_back()).collect();
        q.after_starts = q.after.iter().filter_map(|w| w.word.chars().next()).collect();
        // Sorted, for a binary search per number.
        q.before_ends.sort_unstable();
        q.before_ends.dedup();
        q.after_starts.sort_unstable();
        q.after_starts.dedup();
        q.before.sort_by_key(|w| std::cmp::Reverse(w.word.len()));
        q.by_last = q
            .before
            .iter()
            .enumerate()
            .filter_map(|(k, w)| Some((w.word.chars().next_back()?, k)))
            .collect();
        q.by_last.sort_unstable();
        q.after.sort_by_key(|w| std::cmp::Reverse(w.word.len()));
        Ok(q)
    }

    /// The qualifier word ending at `pos` (not reaching before `floor`), and where it starts.
    pub(crate) fn before(&self, text: &str, floor: usize, pos: usize) -> Option<(Qualifier, usize)> {
        let head = text.get(floor..pos)?;
        let last = head.chars().next_back()?;
        if self.before_ends.binary_search(&last).is_ok()
            && let Some(found) = self.right_before(head, pos)
        {
            return Some(found);
        }
        // A bound before the number's verb: 至少|召开|1次 (a few byte compares per number).
        let rest = verb_before(head)?;
        let (q, start) = self.right_before(rest, floor + rest.len())?;
        let w = self.before.iter().find(|w| w.before_verb && rest.ends_with(w.word))?;
        (start == floor + rest.len() - w.word.len()).then_some((q, start))
    }

    /// The qualifier word ending right at `pos`, the end of `head`.
    fn right_before(&self, head: &str, pos: usize) -> Option<(Qualifier, usize)> {
        // Only the words ending in the last character of `head` may end it; they are taken
        // in the order of `before` (longest first), as a walk over all of it would.
        let last = head.chars().next_back()?;
        let from = self.by_last.partition_point(|&(c, _)| c < last);
        let ending = self.by_last[from..].iter().take_while(|&&(c, _)| c == last);
        for w in ending.map(|&(_, k)| &self.before[k]) {
            if let Some(rest) = head.strip_suffix(w.word) {
                if rest.chars().next_back().is_some_and(|c| w.not_after.contains(c))
                    && !w.but_after.split('|').any(|b| !b.is_empty() && rest.ends_with(b))
                {
                    continue;
                }
                return Some((w.qualifier, pos - w.word.len()));
            }
        }
        None
    }

    /// The qualifier word starting at `pos` (not reaching past `limit`), and where it ends.
    /// `measure` tells whether 多 and 余 may follow here (after a measure: 一年多, 三斤多;
    /// not after a classifier: 3个多功能厅); `time` whether the number is a span of time.
    pub(crate) fn after(
        &self,
        text: &str,
        pos: usize,
        limit: usize,
        measure: bool,
        time: bool,
    ) -> Option<(Qualifier, usize)> {
        let tail = text.get(pos..limit)?;
        if self.after_starts.binary_search(&tail.chars().next()?).is_err() {
            return None;
        }
        for w in &self.after {
            if let Some(rest) = tail.strip_prefix(w.word) {
                if matches!(w.word, "多" | "余") && !measure || w.time_only && !time {
                    continue;
                }
                if rest.chars().next().is_some_and(|c| w.not_before.contains(c)) {
                    continue;
                }
                return Some((w.qualifier, pos + w.word.len()));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The look at the last byte lets every verb and modal through.
    #[test]
    fn the_last_bytes_let_every_word_through() {
        for v in BOUND_VERBS.iter().chain(HOLD).chain(SHARE_VERBS) {
            assert!(may_end_with(&format!("每季度至少{v}"), VERB_ENDS), "{v}");
        }
        for m in MODALS {
            assert!(may_end_with(&format!("最多{m}"), MODAL_ENDS), "{m}");
        }
        assert!(!may_end_with("", VERB_ENDS));
    }

    #[test]
    fn words_before_and_after() {
        let q = Qualifiers::embedded().unwrap();
        let t = "清理垃圾约800";
        assert_eq!(
            q.before(t, 0, t.find('8').unwrap()),
            Some((Qualifier::About, t.find('约').unwrap()))
        );
        let t = "签约3个";
        assert_eq!(q.before(t, 0, t.find('3').unwrap()), None);
        let t = "全乡人口约2万人";
        assert_eq!(
            q.before(t, 0, t.find('2').unwrap()).map(|x| x.0),
            Some(Qualifier::About)
        );
        let t = "每季度至少召开1次";
        assert_eq!(
            q.before(t, 0, t.find('1').unwrap()),
            Some((Qualifier::AtLeast, t.find('至').unwrap()))
        );
        let t = "最近3年";
        assert_eq!(q.before(t, 0, t.find('3').unwrap()), None);
        let t = "将近3年";
        assert_eq!(
            q.before(t, 0, t.find('3').unwrap()).map(|x| x.0),
            Some(Qualifier::Nearly)
        );
        let t = "300人左右";
        assert_eq!(
            q.after(t, 6, t.len(), false, false).map(|x| x.0),
            Some(Qualifier::About)
        );
        let t = "3个多功能厅";
        assert_eq!(q.after(t, 4, t.len(), false, false), None);
        assert_eq!(
            q.after("一年多", 6, 9, true, true).map(|x| x.0),
            Some(Qualifier::MoreThan)
        );
        let t = "24小时内就医";
        assert_eq!(q.after(t, 8, t.len(), true, true).map(|x| x.0), Some(Qualifier::AtMost));
        let t = "3个内设机构";
        assert_eq!(q.after(t, 4, t.len(), false, false), None);
    }
}
