//! Brands and abbreviations right before a title held by a named person
//! (工行董事长甲, 华谊兄弟首席法律顾问乙): no head word marks them as
//! organisations, but the title and the person do.

use std::ops::Range;

use super::head::{is_chinese_digit, is_party_word};
use super::{INSIDE, LINKING_CHARS, OrgMention, OrgModel, is_org_word, with_word_class};
use crate::OrgKind;
use crate::dictionary::tag;
use crate::recognize::role::{CALLINGS, is_discipline};
use crate::recognize::{Sentence, TRADES, is_han};

impl OrgModel {
    /// Companies and bodies written by their brand or abbreviation alone right before a
    /// title held by a named person (工行董事长甲, 华谊兄弟首席法律顾问乙,
    /// SCEA市场总监…): no head word marks them, but the title and the person do.
    /// Read leftwards from the title over at most four words: proper nouns, words the
    /// segmenter had to guess, Latin letters, and common nouns after one of those. So are
    /// listed companies written by their short name before their stock code.
    pub(super) fn brands_before_titles(
        &self,
        s: &Sentence<'_>,
        persons: &[Range<usize>],
        out: &mut Vec<OrgMention>,
        first: usize,
        cues: crate::recognize::Cues,
    ) {
        let mut found = Vec::new();
        for (i, h) in s.hits.iter().enumerate() {
            if !h.entry.is(tag::TITLE | tag::MODIFIER | tag::FUNCTION) || h.entry.is(tag::BYLINE) {
                continue;
            }
            // Only where a title starts: not after another title word.
            if i > 0
                && s.hits[i - 1].end == h.start
                && s.hits[i - 1].entry.is(tag::TITLE | tag::MODIFIER | tag::FUNCTION)
            {
                continue;
            }
            let Some(end) = s.held_title_at(h.start, persons) else {
                continue;
            };
            // Held only through a unit's post after 、 (副总经理、权益投资部总监甲), the words
            // before are a brand only when a trade ends them (明川基金, 瀚海证券).
            let through_unit = || s.held_title_run(h.start, persons, false).is_none();
            // A calling is no post of a brand (科普|作家甲: a field).
            if out[first..].iter().any(|o| o.range.end == h.start)
                || CALLINGS.iter().any(|c| s.text[h.start..end].ends_with(c))
            {
                continue;
            }
            // A village before a post held in it (柳沟村|第一书记).
            if let Some(range) = super::head::village_ending_at(s, h.start, persons) {
                found.push(OrgMention::named(range, OrgKind::Government));
                continue;
            }
            // (Not where one is stationed: 驻村|第一书记 is 'stationed in the village', 驻|奥克兰|
            // 总领事 'consul-general in Auckland'.)
            if let Some(mut range) = self
                .brand_ending_at(s, h.start, persons)
                .filter(|r| !s.text[r.clone()].starts_with('驻') && !s.text[..r.start].ends_with('驻'))
                .filter(|r| TRADES.iter().any(|t| s.text[r.clone()].ends_with(t)) || !through_unit())
            {
                // A unit's short name after its organisation (市中院|刑二庭): the
                // organisation is the parent.
                let parent = out[first..]
                    .iter()
                    .find(|o| o.range.end == range.start && o.named && !o.bare && !o.in_title)
                    .map(|o| (o.range.clone(), o.kind));
                if let Some((p, _)) = &parent {
                    range.start = p.start;
                }
                found.push(OrgMention {
                    parent,
                    ..OrgMention::named(range, OrgKind::Other)
                });
            }
        }
        // A listed company's short name written before its stock code (青禾科技（股票代码：
        // 300888）), where no organisation ends there.
        // (Looked for only where the scan of the sentence's characters met a `(`: the
        // search for one cost more than the rest of this reader. Not a search of no text
        // either: its set-up and first step were a call all the same.)
        if cues.open {
            for (at, _) in s.text.match_indices('(') {
                if !stock_code_at(&s.text[at..]) || out[first..].iter().any(|o| o.range.end == at) {
                    continue;
                }
                if let Some(range) = self
                    .brand_ending_at(s, at, persons)
                    .or_else(|| short_name_ending_at(s, at, persons))
                {
                    found.push(OrgMention::named(range, OrgKind::Company));
                }
            }
        }
        // A listed company's short name opening a report on its filing (青禾科技今日晚间公告称):
        // a brand that ends in a trade, at the sentence's start.
        // (Looked for only where the scan of the sentence's characters met a 告.)
        if cues.notice
            && let Some(at) = super::alias::announcement_subject_end(s.text)
            && !out[first..].iter().any(|o| o.range.end == at)
            && let Some(range) = self
                .brand_ending_at(s, at, persons)
                .or_else(|| word_and_trade_before(s, at))
                .filter(|r| {
                    s.text[..r.start].chars().all(|c| !c.is_alphanumeric())
                        && TRADES.iter().any(|t| s.text[r.clone()].ends_with(t))
                })
        {
            found.push(OrgMention::named(range, OrgKind::Company));
        }
        if !found.is_empty() {
            // The brand replaces a known name it starts with (腾讯 in 腾讯青禾).
            let kept: Vec<OrgMention> = out
                .drain(first..)
                .filter(|o| {
                    !found
                        .iter()
                        .any(|f| f.range.start <= o.range.start && o.range.end < f.range.end)
                })
                .collect();
            out.extend(kept);
            out.extend(found);
            out[first..].sort_by_key(|o| o.range.start);
        }
    }

    /// The brand or abbreviation ending at `end`, if the words before it read as one.
    pub(super) fn brand_ending_at(
        &self,
        s: &Sentence<'_>,
        end: usize,
        persons: &[Range<usize>],
    ) -> Option<Range<usize>> {
        let mut start = end;
        let mut has_name = false;
        for w in words_leftwards(s, end).take(4) {
            let word = &s.text[w.clone()];
            // A known name starts a longer brand (腾讯 + 青禾).
            let known = s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::ORG));
            if known && w.end == start && start < end {
                has_name = true;
                start = w.start;
                continue;
            }
            if w.end != start
                || !word.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                || word.chars().all(|c| c.is_ascii_digit())
                || persons.iter().any(|p| p.start < w.end && w.start < p.end)
                || s.hits.iter().any(|h| {
                    // Head words inside a word jieba-rs knows as an organisation's, right
                    // before the title (中央美院/nt, 中宣部/nt: no name was read from them),
                    // do not make it a description — a head word of one character that
                    // ends inside the word heads nothing (科 of 科技).
                    h.start < w.end
                        && w.start < h.end
                        && !(h.entry.is(tag::ORG_SUFFIX)
                            && h.end < w.end
                            && s.text[h.start..h.end].chars().nth(1).is_none())
                        && !h.entry.is(tag::PLACE)
                        // (Nor does a trade that heads companies by itself: 瑞丰|基金|基金经理.)
                        && !(h.entry.is(tag::ORG_SUFFIX)
                            && w.end == end
                            && (is_org_word(word) || TRADES.contains(&word)))
                })
                || self.inside.get(word).is_some_and(|&p| p < INSIDE)
                || word.chars().any(|c| LINKING_CHARS.contains(c)) && word.chars().count() <= 2
                // A verb with its preposition (改编自|作家, 毕业于|…): whence, no brand.
                || word.chars().count() > 1 && word.ends_with(['自', '于'])
                // A term (上届/j|会长, 历届): when, not where.
                || word.ends_with('届')
                || counts_the_great(word)
                // A party to the deal (领投方|远桥资本|合伙人): who, not which.
                || is_party_word(word)
            {
                break;
            }
            // A discipline before an academic title (社会科学院|经济学|研究员) is the post's field.
            if start == end
                && is_discipline(s, &w)
                && crate::recognize::role::ACADEMIC_TITLES
                    .iter()
                    .any(|t| s.text[end..].starts_with(t))
            {
                return None;
            }
            // A place's unit, alone or ending a word (北辰|市|副市长, 岳麓区/nr|副区长): the
            // words are a place.
            if crate::recognize::is_bare_unit(word) || (start == end && place_before_its_head(word, &s.text[end..])) {
                return None;
            }
            // A numbered school is a name (北京|四中), but what stands after it is then a
            // subject, not part of it (昆明八中|生物教师).
            if is_numbered_school(word) && start < end {
                return None;
            }
            let place = s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::PLACE));
            // A place the segmenter tagged as a person's name (乌干达/nr, 乌克兰/nr|总统) is a
            // place still: the head of its state, not of a brand.
            let name = !place
                && (word.chars().all(|c| c.is_ascii_alphanumeric())
                    || is_numbered_school(word)
                    || with_word_class(word, |c| {
                        matches!(c, "nz" | "nr" | "nrt" | "nrfg" | "j" | "OOV" | "eng" | "x" | "nt")
                    }));
            // A common noun belongs only after a name word (华谊 + 兄弟), never alone;
            // a place may stand before the brand (北京 + 华太). So does a trade, whatever
            // its class (艾瑞|咨询/vn|分析师).
            if name {
                has_name = true;
            } else if !(place || (!has_name && (with_word_class(word, |c| c == "n") || TRADES.contains(&word)))) {
                break;
            }
            start = w.start;
        }
        // (A single character is a country's abbreviation: 英|外交大臣, 美|总统.)
        (has_name && (2..=10).contains(&s.text[start..end].chars().count())).then_some(start..end)
    }
}

/// Is `word` (three characters or more) a place whose unit the post after it heads
/// (岳麓区|副区长, not 中国区|首席经济学家)?
fn place_before_its_head(word: &str, post: &str) -> bool {
    let Some(unit) = word.chars().next_back().filter(|c| "省市县区".contains(*c)) else {
        return false;
    };
    // (Within the post's first characters: 副区长, 常务副县长.)
    let mut head = post.chars().take(5).skip_while(|&c| c != unit);
    word.chars().count() >= 3 && head.next().is_some() && head.next() == Some('长')
}

/// Is `word` a count of the great ones (两大|前锋, 十大|歌手): a numeral and 大, no name.
fn counts_the_great(word: &str) -> bool {
    word.strip_suffix('大')
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| is_chinese_digit(c) || c == '两'))
}

/// Does `word` end in a school's short name by its number (一中, 十二中, 二小: a town's No. 1
/// middle school, No. 2 primary school; jieba-rs knows some with their town: 北京四中)?
fn is_numbered_school(word: &str) -> bool {
    word.strip_suffix(['中', '小']).is_some_and(|rest| {
        let number = rest.chars().rev().take_while(|&c| is_chinese_digit(c)).count();
        (1..=3).contains(&number)
    })
}

/// Does `text` open with a bracketed stock code of the mainland's exchanges (（股票代码：
/// 300888）, (证券代码:600001), （600000）, (600000.SH))?
pub(super) fn stock_code_at(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('(') else {
        return false;
    };
    let rest = ["股票代码", "证券代码"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .map_or(rest, |r| r.trim_start_matches([':', '：', ' ']));
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let after = [".SH", ".SZ", ".BJ", ".sh", ".sz"]
        .iter()
        .find_map(|x| after.strip_prefix(x))
        .unwrap_or(after);
    digits == 6 && after.starts_with(')')
}

/// A word of two to four ideographs and a trade ending at `end` (远航/v|智能): a listed
/// company's short name whatever the word's class but a common noun's or a function word's,
/// where it opens a report on its filing (not 多家|地产, 部分|科技公告称: several companies).
fn word_and_trade_before(s: &Sentence<'_>, end: usize) -> Option<Range<usize>> {
    let k = s.word_at(end.checked_sub(1)?)?;
    let (trade, word) = (s.words[k].clone(), s.words[k.checked_sub(1)?].clone());
    let name = &s.text[word.clone()];
    (trade.end == end
        && word.end == trade.start
        && TRADES.contains(&&s.text[trade])
        && (2..=4).contains(&name.chars().count())
        && name.chars().all(is_han)
        && !with_word_class(name, |c| {
            matches!(c, "n" | "m" | "r" | "f" | "d" | "q" | "p" | "c" | "u" | "t" | "s")
        }))
    .then_some(word.start..end)
}

/// A listed company's short name ending at `end`: up to four words of ideographs or Latin
/// letters — a name, a place or a noun (青禾|科技, 北辰|股份) — one at least a name or a
/// place, no longer than [`MAX_SHORT_NAME`] characters and no person's name.
fn short_name_ending_at(s: &Sentence<'_>, end: usize, persons: &[Range<usize>]) -> Option<Range<usize>> {
    let mut start = end;
    let mut named = false;
    for w in words_leftwards(s, end).take(4) {
        let word = &s.text[w.clone()];
        let class_ok = |c: &str| matches!(c, "nz" | "nr" | "nrt" | "ns" | "j" | "OOV" | "eng" | "nt" | "n");
        if w.end != start
            || !word.chars().all(|c| is_han(c) || c.is_ascii_alphabetic())
            || persons.iter().any(|p| p.start < w.end && w.start < p.end)
            || !with_word_class(word, class_ok)
        {
            break;
        }
        named |= with_word_class(word, |c| c != "n");
        start = w.start;
    }
    (named && (2..=MAX_SHORT_NAME).contains(&s.text[start..end].chars().count())).then_some(start..end)
}

/// Longest short name of a listed company read before its code, in characters.
const MAX_SHORT_NAME: usize = 8;

/// The words of `s` before byte `end`, from the nearest leftwards: each the word holding
/// the byte before the previous one's start (the first may reach past `end`).
fn words_leftwards<'a>(s: &'a Sentence<'_>, end: usize) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut at = end;
    std::iter::from_fn(move || {
        let w = s.words[s.word_at(at.checked_sub(1)?)?].clone();
        at = w.start;
        Some(w)
    })
}
