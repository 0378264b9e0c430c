//! Person names.
//!
//! Names are found without a name list: candidates come from surnames
//! (`dictionaries/surnames.txt`) and from runs of characters typical of
//! transliterated names, and each is scored by a logistic model over evidence
//! learned from annotated news text — how typical each character is at its
//! given-name position, the characters and titles around the span, and how jieba
//! segmented it (a span inside a longer word, like 高新 in 开发区, is rarely a name).
//! Names the user added (`person` entries) are always taken.
//!
//! * [`tables`] — the learned statistics, in dense per-character arrays;
//! * [`candidates`] — candidate spans and their features;
//! * [`gate`] — a quick filter that spares most Chinese candidates the full features;
//! * [`scoring`] — the weights and the choice among overlapping candidates;
//! * [`lists`] — names in enumerations of companies or of plain words, dropped;
//! * [`latin`] — names in Latin letters right after a title;
//! * [`joined`] — transliterated names joined by a middle dot or a hyphen;
//! * [`readdressed`] — a full name before its own surname and a title (王诚王总);
//! * [`familiar`] — 老 or 小 before a surname (老张, 小许);
//! * [`japanese`] — Japanese family and given names (森田正彦);
//! * [`dharma`] — a monastic's 释 and the two characters given at ordination (释宏愿);
//! * [`slot`] — the name right after a byline word or a title (记者欣屏、通讯员伍宣),
//!   or before 任 and a title (由甲任组长);
//! * [`given`] — a name read one character longer than a name given before, shortened;
//! * [`repeats`] — a name given once, found again where it stands bare (外长萨利姆 … 萨利姆说);
//! * [`places`] — run after the reader: a name before a facility or a public body's
//!   head word names that place (东关家属院, 东关办事处).

mod candidates;
mod dharma;
#[cfg(test)]
mod dump;
mod familiar;
mod gate;
mod given;
mod japanese;
mod joined;
mod latin;
mod lists;
mod mongolian;
mod places;
mod readdressed;
mod repeats;
mod scoring;
mod slot;
mod tables;

pub(crate) use candidates::is_dot;
pub(crate) use familiar::KIN_CUE_CHARS;
pub(crate) use given::GivenNames;
pub(crate) use places::addresses_by_title;
pub(crate) use repeats::KnownNames;
pub(crate) use tables::{FastMap, FastSet, pair};

use crate::charset::{Trimmed, ends_with_one_of};
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use super::{Cues, Sentence};
use crate::Error;
use crate::dictionary::tag;
use candidates::Marks;
use scoring::{Choice, Scored, Scorer, Weights};
use tables::Tables;

/// A user-added name outranks any candidate it overlaps.
const USER_NAME_SCORE: f32 = 1.0e4;

/// What the person recogniser knows; built once per extractor, cheap to clone.
#[derive(Clone, Debug)]
pub(crate) struct PersonModel {
    tables: Arc<Tables>,
    weights: Weights,
}

/// Buffers reused from sentence to sentence on one thread.
#[derive(Default)]
struct Scratch {
    marks: Marks,
    scored: Vec<Scored>,
    choice: Choice,
    chosen: Vec<(usize, usize)>,
    /// Names found by rules (Latin letters, joined parts).
    ruled: Vec<Range<usize>>,
    /// Names in the slot after a byline or title, and their scores.
    slots: Vec<Range<usize>>,
    slot_scores: Vec<f32>,
    /// The slot names read past a conjunction or a word (王春和、).
    read_past: Vec<Range<usize>>,
    /// What the candidate scan saw: the characters that may join name parts, the marks
    /// the slot readers look for.
    seen: candidates::Seen,
    /// The last walk over a list's items (see [`lists::ListWalk`]).
    list_walk: lists::ListWalk,
    /// The sentence's names while the list readers amend them, and which of them stand
    /// before a title another holds (split off the caller's vector and a vector of flags
    /// allocated for every sentence that named someone).
    names: Vec<Range<usize>>,
    dropped: Vec<bool>,
}

/// What the scan of a sentence's every character (the candidates') noted for the readers
/// after the person readers, so that they need not read the sentence again to skip it.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Scanned {
    /// The characters the organisation readers and others look for.
    pub(crate) cues: Cues,
    /// The sentence holds the character of an administrative unit (省, 市, 县 …: see
    /// [`ADMIN_UNITS`](crate::recognize::ADMIN_UNITS)), which any place it names by its unit ends with.
    pub(crate) admin_unit: bool,
    /// The sentence holds a colon (the view writes every colon `:`), which any label or
    /// form's field it opens with ends with.
    pub(crate) colon: bool,
    /// The sentence holds 职, of 职务, which closes every removal's clause (免去甲的…职务:
    /// see [`relate`](crate::relate::relate)).
    pub(crate) zhi: bool,
    /// The sentence holds 长, which every title that jieba-rs keeps one word with its
    /// body's name ends with (国防部长: see [`role::find`](crate::recognize::role::find)).
    pub(crate) chang: bool,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl PersonModel {
    /// The model built from the embedded dictionaries.
    pub(crate) fn embedded() -> Result<PersonModel, Error> {
        let tables = Tables::embedded()?;
        let weights = Weights::embedded()?.bound(&tables);
        Ok(PersonModel {
            tables: Arc::new(tables),
            weights,
        })
    }

    /// Appends the person names of `s` to `out`, as sorted, non-overlapping ranges relative to `s.text`.
    /// Names inside 《…》 go to `in_titles` instead: a title names a work, often after a
    /// character (《白雪公主》), and only the rest of the paragraph can tell that it names
    /// a real person (《许文强诗选》 beside 许文强 in the text).
    ///
    /// Returns what its scan of every character noted for the readers after it, and appends
    /// to `numerals.1` the byte offsets where a number may start in `s` (see
    /// [`number_starts`](crate::numbers::number_starts)), shifted by `numerals.0`.
    pub(crate) fn find(
        &self,
        s: &Sentence<'_>,
        out: &mut Vec<Range<usize>>,
        in_titles: &mut Vec<Range<usize>>,
        (offset, numerals): (usize, &mut Vec<usize>),
    ) -> Scanned {
        let found = |scratch: &Scratch, numerals: &mut Vec<usize>| {
            numerals.extend(scratch.seen.numerals.iter().map(|&i| offset + i));
            scratch.seen.scanned()
        };
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => {
                self.find_with(s, &mut scratch, out, in_titles);
                found(&scratch, numerals)
            }
            Err(_) => {
                let mut scratch = Scratch::default();
                self.find_with(s, &mut scratch, out, in_titles);
                found(&scratch, numerals)
            }
        })
    }

    fn find_with(
        &self,
        s: &Sentence<'_>,
        sc: &mut Scratch,
        out: &mut Vec<Range<usize>>,
        in_titles: &mut Vec<Range<usize>>,
    ) {
        sc.marks.load(s);
        sc.scored.clear();
        let mut scorer = Scorer {
            weights: &self.weights,
            out: &mut sc.scored,
        };
        sc.seen.clear();
        candidates::collect(&self.tables, s, &sc.marks, &mut scorer, &mut sc.seen);
        for h in s.hits.iter().filter(|h| h.entry.is(tag::PERSON)) {
            sc.scored.push(Scored {
                start: h.start,
                end: h.end,
                score: USER_NAME_SCORE,
            });
        }
        sc.ruled.clear();
        latin::find(s, &mut sc.ruled);
        let latin = sc.ruled.len();
        joined::find(&self.tables, s, &sc.seen.joiners, &mut sc.ruled);
        let joined = sc.ruled.len();
        // The parts of a joined name are no names of their own (萨曼莎 and 詹宁斯 in
        // 萨曼莎·詹宁斯), however well each scores alone.
        let parts_of = &sc.ruled[latin..joined];
        sc.scored.retain(|c| {
            c.score >= USER_NAME_SCORE
                || !parts_of
                    .iter()
                    .any(|j| j.start <= c.start && c.end <= j.end && j.len() > c.end - c.start)
        });
        readdressed::find(&self.tables, s, sc.seen.surname_repeat, &mut sc.ruled);
        sc.scored.extend(sc.ruled.iter().enumerate().map(|(k, r)| Scored {
            start: r.start,
            end: r.end,
            score: if k < latin {
                latin::LATIN_NAME_SCORE
            } else if k < joined {
                joined::JOINED_NAME_SCORE
            } else {
                readdressed::READDRESSED_NAME_SCORE
            },
        }));
        let before = sc.ruled.len();
        familiar::find(&self.tables, s, sc.seen.cues, sc.seen.familiar, &mut sc.ruled);
        score_from(&sc.ruled, before, familiar::FAMILIAR_NAME_SCORE, &mut sc.scored);
        let before = sc.ruled.len();
        japanese::find(s, &sc.marks, &sc.seen.japanese, &mut sc.ruled);
        score_from(&sc.ruled, before, japanese::JAPANESE_NAME_SCORE, &mut sc.scored);
        // (Only where the scan saw a 释: most sentences hold none, and a search for it,
        // whose last byte is one of the commonest in Chinese text, stopped at every such byte.)
        if sc.seen.shi {
            let before = sc.ruled.len();
            dharma::find(s, &mut sc.ruled);
            score_from(&sc.ruled, before, dharma::DHARMA_NAME_SCORE, &mut sc.scored);
        }
        sc.slots.clear();
        sc.slot_scores.clear();
        sc.read_past.clear();
        slot::find(
            &self.tables,
            s,
            &sc.seen,
            &mut sc.slots,
            &mut sc.slot_scores,
            &mut sc.read_past,
        );
        // A name read past what jieba-rs took for a conjunction or a word (王春和、) is the
        // one reading of its start: the readings that stop short are wrong.
        for r in &sc.read_past {
            sc.scored
                .retain(|c| c.score >= USER_NAME_SCORE || !(c.start == r.start && c.end < r.end));
        }
        // An appointee's name read before its 为 (聘任…吴海|为总经理) is not read with the 为:
        // the statistics' longer reading (吴海为) leaves the clause no verb. (Not before a
        // second 为: 任命王有为|为局长.)
        for r in &sc.slots {
            if let Some(after) = s.text[r.end..].strip_prefix('为')
                && !after.starts_with('为')
                && s.title_starts_at(r.end + '为'.len_utf8())
            {
                let with_wei = r.end + '为'.len_utf8();
                sc.scored
                    .retain(|c| c.score >= USER_NAME_SCORE || !(c.start == r.start && c.end == with_wei));
            }
        }
        sc.scored
            .extend(sc.slots.iter().zip(&sc.slot_scores).map(|(r, &score)| Scored {
                start: r.start,
                end: r.end,
                score,
            }));
        prefer_compound_surnames(&self.tables, s, &mut sc.scored);
        sc.chosen.clear();
        scoring::choose(&mut sc.scored, &mut sc.choice, &mut sc.chosen);
        mongolian::extend(s.text, &mut sc.chosen);
        let chosen = &sc.chosen;
        // Read only once a name needs them, as many sentences' names never do.
        let mut titles = None;
        sc.list_walk.clear();
        let first = out.len();
        for r in chosen
            .iter()
            .map(|&(a, b)| with_dangling_dot(s.text, without_preposition(s.text, a..b)))
        {
            if s.hit_at(r.clone()).is_some_and(|h| h.entry.is(tag::PERSON)) {
                out.push(r);
            } else if preposition_after_verb(s, &r) {
                // 毕业|于|汐川|师范学院: 于 'at' after the verb it serves, then a place.
            } else if opens_with_appointment_verb(s, &r) {
                // 曾任|华为技术有限公司: the verb's 曾 and 任 are a surname and a given name
                // only to the statistics.
            } else if common_word_before_addressed_surname(&self.tables, s, &r) {
                // 谢谢|闵|局长: one of the most frequent words, then a surname its title
                // addresses (闵局长), no name of three.
            } else if is_function_word(s, &r) {
                // 曾多次, 何以见得: a word jieba-rs knows as an adverb, pronoun, conjunction or
                // preposition, whole, is no name however its characters score.
            } else if is_unit_word(s, &r) {
                // 医院|麻醉科|副主任: a unit of the body named right before it.
            } else if is_place_word(s, &r) {
                // 武夷山, 洪崖洞: a place jieba-rs's dictionary lists, whole, where no title
                // vouches for a person.
            } else if names_a_state_or_city(s, &r) {
                // 阿尔西亚|共和国, 港口城市|奥兹涅茨: a country's or a city's name,
                // however foreign it reads.
            } else if inside_known_org_or_place(s, &r) {
                // 阿森纳, 苏富比, 布里斯班: what the lexicon knows as an organisation or a
                // place is no person.
            } else if !lists::drop_listed(&self.tables, s, &r, chosen, &mut sc.list_walk) {
                // (None without a 《, which the candidate scan noted: no search of the text.)
                let book_title = sc.seen.cues.book_title;
                let titles = titles.get_or_insert_with(|| if book_title { s.book_titles() } else { Vec::new() });
                if titles.iter().any(|t| t.start <= r.start && r.end <= t.end) {
                    in_titles.push(r);
                } else {
                    out.push(r);
                }
            }
        }
        let names = &mut sc.names;
        names.clear();
        names.extend(out.drain(first..));
        lists::add_between_names(&self.tables, s, names);
        lists::close_byline_gaps(&self.tables, s, names);
        // 阿尔西亚|总统|安德烈·马卡林: what stands before a title its holder's name follows
        // is the post's place or body, not a second holder.
        if names.len() > 1 {
            let dropped = &mut sc.dropped;
            dropped.clear();
            dropped.extend(
                names
                    .iter()
                    .map(|r| !reads_chinese(&self.tables, &s.text[r.clone()]) && stands_before_held_title(s, r, names)),
            );
            let mut dropped = dropped.iter();
            names.retain(|_| !dropped.next().is_some_and(|&d| d));
        }
        out.append(names);
    }
}

/// Appends to `scored` the names a rule reader appended to `ruled` after its first `before`,
/// each at the reader's `score`.
fn score_from(ruled: &[Range<usize>], before: usize, score: f32, scored: &mut Vec<Scored>) {
    scored.extend(ruled[before..].iter().map(|r| Scored {
        start: r.start,
        end: r.end,
        score,
    }));
}

/// `r`, and the middle dot after it where the text is cut off right after the dot (…的拉塞尔·):
/// the dot is the name's, as the part the text lost would be. (Not a name set between two
/// dots, ·甘立群·, an author's credit.)
fn with_dangling_dot(text: &str, r: Range<usize>) -> Range<usize> {
    let rest = &text[r.end..];
    let set_off = text[..r.start].chars().next_back().is_some_and(candidates::is_dot);
    match rest.chars().next() {
        Some(dot) if candidates::is_dot(dot) && !set_off && rest[dot.len_utf8()..].trimmed().is_empty() => {
            r.start..r.end + dot.len_utf8()
        }
        _ => r,
    }
}

/// Does `r` open with 于 'at' right after a verb it serves (毕业于, 工作于, 任教于, 就职于):
/// a surname there is no surname (毕业|于|汐川|师范学院)?
fn preposition_after_verb(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    s.text[r.start..].starts_with('于')
        && crate::recognize::VERBS_BEFORE_YU
            .iter()
            .any(|v| s.text[..r.start].ends_with(v))
}

/// Does `r` open with an appointment verb jieba-rs reads as a word (曾任, 现任, 历任) and
/// go on past it?
fn opens_with_appointment_verb(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    // (Each of the verbs is two ideographs, the second 任: the words are searched only
    // where its bytes stand second.)
    // (Or read as two words when the rules cut 任 from the place after it: 曾|任|鹤沙县….)
    s.text.as_bytes().get(r.start + 3..r.start + 6) == Some("任".as_bytes())
        && r.end > r.start + 6
        && s.text
            .get(r.start..r.start + 6)
            .is_some_and(|v| VERB_WORDS.contains(&v))
        && (s.word_starting_at(r.start).is_some_and(|w| w.end == r.start + 6)
            || s.word_starting_at(r.start + 3).is_some_and(|w| w.end == r.start + 6))
}

/// Appointment verbs whose characters are a surname and a given name too (曾, 任).
/// (Each two ideographs, the second 任: see [`opens_with_appointment_verb`].)
const VERB_WORDS: &[&str] = &[
    "曾任", "现任", "历任", "兼任", "后任", "改任", "调任", "升任", "出任", "转任", "继任",
];

// (Checked when compiling: the look at the bytes in `opens_with_appointment_verb` holds.)
const _: () = {
    let mut k = 0;
    while k < VERB_WORDS.len() {
        let b = VERB_WORDS[k].as_bytes();
        assert!(
            b.len() == 6 && b[3] == 0xE4 && b[4] == 0xBB && b[5] == 0xBB,
            "two ideographs, the second 任"
        );
        k += 1;
    }
};

/// Is `r` one word of jieba-rs's dictionary tagged as a function word (d, r, c, p, u), of
/// three characters at least (two-character ones are names too: 高远)?
/// Is `r` three characters read across one of the most frequent words of two (谢谢, a name
/// to jieba-rs) and a surname right before a title (谢谢|闵|局长)?
fn common_word_before_addressed_surname(t: &Tables, s: &Sentence<'_>, r: &Range<usize>) -> bool {
    let mut chars = s.text[r.clone()].char_indices();
    let (Some(_), Some(_), Some((k, last)), None) = (chars.next(), chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    let split = r.start + k;
    t.get(last).is_surname
        && s.word_starting_at(r.start).is_some_and(|w| w.end == split)
        && t.common_words
            .get(&s.text[r.start..split])
            .is_some_and(|&c| c >= candidates::VERY_COMMON_FROM)
        && s.hit_starting_at(r.end).is_some_and(|h| h.entry.is(tag::TITLE))
}

fn is_function_word(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    s.text[r.clone()].chars().nth(2).is_some()
        && s.word_starting_at(r.start).is_some_and(|w| w.end == r.end)
        // (A word outside jieba-rs's dictionary has the class OOV.)
        && crate::segment::with_word_class(&s.text[r.clone()], |c| {
            matches!(c, "d" | "r" | "c" | "p" | "u" | "uj" | "ul")
        })
}

/// Is `r` a word of the dictionary made of a word and the head of a unit (科, 室, 股, 处),
/// right after a body's head word (医院|麻醉科, 公司|财务处)? A body's units are named so; a
/// name ending in 科 (杨建科) is no such word.
fn is_unit_word(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    let text = &s.text[r.clone()];
    let Some(stem) = text.strip_suffix(UNIT_HEADS) else {
        return false;
    };
    // (jieba-rs's tags call both 麻醉 and 麻醉科 names: its dictionary holding the whole
    // and its stem is the evidence.)
    stem.chars().count() == 2
        && crate::segment::JIEBA.has_word(stem)
        && crate::segment::JIEBA.has_word(text)
        && s.hit_ending_at(r.start)
            .is_some_and(|h| h.entry.is(tag::ORG_SUFFIX | tag::ORG))
}

/// Heads of a body's units, written after a word (麻醉|科, 档案|室, 财务|处).
const UNIT_HEADS: &[char] = &['科', '室', '股', '处'];

/// Is `r` one word of jieba-rs's dictionary tagged as a place (ns), of three characters
/// at least, ending in a feature of the land (山, 岭, 洞 …), with no title or byline right
/// before or after it? Places of other endings are as often names there (马建国, 奥巴马).
fn is_place_word(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    s.text[r.clone()].chars().nth(2).is_some()
        && ends_with_one_of(&s.text[r.clone()], LANDFORMS)
        && s.word_starting_at(r.start).is_some_and(|w| w.end == r.end)
        // (A word outside jieba-rs's dictionary has the class OOV.)
        && crate::segment::with_word_class(&s.text[r.clone()], |c| c == "ns")
        && !s
            .hit_ending_at(r.start)
            .is_some_and(|h| h.entry.is(tag::TITLE | tag::BYLINE))
        && !s.hit_starting_at(r.end).is_some_and(|h| h.entry.is(tag::TITLE))
}

/// Last characters of the names of mountains, caves, lakes and rivers.
const LANDFORMS: &[char] = &['山', '岭', '峰', '崮', '洞', '湖', '江', '河', '峡', '谷', '泉', '溪'];

/// Does `rest` open with the one a preposition after a name serves (为|大家, 向|记者)?
fn serves(rest: &str) -> bool {
    const SERVED: &[&str] = &[
        "一位", "一名", "一个", "每位", "这位", "那位", "大家", "群众", "患者", "老人", "孩子", "他", "她", "我", "你",
        "记者", "本报", "有关", "各方", "与会",
    ];
    SERVED.iter().any(|w| rest.starts_with(w))
}

/// `r` less a preposition jieba-rs guessed onto a name of two, before the one it serves
/// (闵浩为|一位老人查体: 闵浩 serves an old man; 为|大家, 向|群众, 向|他汇报).
fn without_preposition(text: &str, r: Range<usize>) -> Range<usize> {
    let name = &text[r.clone()];
    match name.char_indices().nth(2) {
        Some((k, c))
            if k + c.len_utf8() == name.len() && matches!(c, '为' | '向' | '给' | '替') && serves(&text[r.end..]) =>
        {
            r.start..r.start + k
        }
        _ => r,
    }
}

/// Does `name` read as a Chinese name: a surname and at most two characters, not all of
/// them of transliterations? (周恩来总理|曾亲临: the reading after the title may be the
/// wrong one, and a Chinese name before a title is its holder's as often.)
fn reads_chinese(t: &Tables, name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| t.get(c).is_surname)
        && name.chars().count() <= 3
        && !name.chars().all(|c| t.get(c).translit > tables::RUN_MIN)
}

/// Does `r` stand before a title (not a byline: 记者甲通讯员乙) with one of `names` right
/// after it (阿尔西亚总统安德烈·马卡林)?
fn stands_before_held_title(s: &Sentence<'_>, r: &Range<usize>, names: &[Range<usize>]) -> bool {
    let end = s.title_run_end(r.end);
    end > r.end
        && names.iter().any(|n| n.start == end)
        && !s
            .hits
            .iter()
            .any(|h| r.end <= h.start && h.end <= end && h.entry.is(tag::BYLINE))
}

/// Is `r` followed by the word for a state (阿尔西亚|共和国, 博兰特|王国) or preceded by the
/// word for a city or a capital (港口城市|奥兹涅茨, 首都|维斯堡)? No name stands there.
fn names_a_state_or_city(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    let after = &s.text[r.end..];
    STATES.iter().any(|w| after.starts_with(w)) || CITY_WORDS.iter().any(|w| s.text[..r.start].ends_with(w))
}

/// The words for a state, written after its name.
const STATES: [&str; 7] = ["共和国", "王国", "联邦", "合众国", "公国", "酋长国", "苏丹国"];

/// The words for a city, written before its name.
const CITY_WORDS: [&str; 3] = ["城市", "首都", "首府"];

/// Whether `r` lies inside a known organisation's or place's name (a lexicon `org` or
/// `place` entry).
fn inside_known_org_or_place(s: &Sentence<'_>, r: &Range<usize>) -> bool {
    // Hits do not overlap: only the last one starting at or before `r` can hold it.
    let i = s.hits.partition_point(|h| h.start <= r.start);
    i.checked_sub(1)
        .is_some_and(|i| s.hits[i].entry.is(tag::ORG | tag::PLACE) && r.end <= s.hits[i].end)
}

impl PersonModel {
    /// Is `c` a character of transliterated names (克, 林, 顿)?
    pub(crate) fn is_translit(&self, c: char) -> bool {
        self.tables.class(c) & tables::class::TRANSLIT != 0
    }

    /// Is the name at `p` really the first part of a place's or a body's name (东关办事处,
    /// 汉威电子董事长, 麻醉科主任)? See [`places::names_a_place_or_body`].
    pub(crate) fn names_a_place_or_body(&self, s: &Sentence<'_>, p: &Range<usize>) -> bool {
        places::names_a_place_or_body(s, p, &self.tables)
    }
}

/// Runs `f` on `text` read as one sentence with its words and the embedded lexicon's
/// hits (for the tests of the person modules).
#[cfg(test)]
pub(crate) fn with_sentence<R>(text: &str, f: impl FnOnce(&Sentence<'_>, &Tables) -> R) -> R {
    use crate::dictionary::{EntryTable, compile_lexicon};
    let tables = Tables::embedded().unwrap();
    let lexicon = compile_lexicon(&[], &EntryTable::default()).unwrap();
    let mut words = Vec::new();
    crate::segment::words(text, &mut words);
    let mut hits = Vec::new();
    lexicon.find_in_words(text, &words, &mut hits);
    let s = Sentence {
        text,
        words: &words,
        hits: &hits,
    };
    f(&s, &tables)
}

/// The names a rule pass `find` appends for `text` read as one sentence (for the tests of
/// the rule modules).
#[cfg(test)]
pub(crate) fn ruled_names(text: &str, find: impl FnOnce(&Tables, &Sentence<'_>, &mut Vec<Range<usize>>)) -> Vec<&str> {
    let mut out = Vec::new();
    with_sentence(text, |s, tables| find(tables, s, &mut out));
    out.into_iter().map(|r| &text[r]).collect()
}

/// A name that starts with a compound surname (司马|家骏) outranks the same name read from the
/// surname's second character (马家骏, which scores as well: 马 is a surname too) — the
/// first character would be left over, and a compound surname is no accident of the text.
///
/// And a compound surname's name of two characters more that ends inside a dictionary word
/// (司马|骏|陪同: 司马骏陪) yields to the name one character shorter that ends where the word
/// starts: jieba-rs knows the word, and a compound surname leaves the name room for one.
fn prefer_compound_surnames(t: &Tables, s: &Sentence<'_>, scored: &mut [Scored]) {
    let text = s.text;
    for k in 0..scored.len() {
        let c = scored[k];
        if !slot::compound_surname_at(t, text, c.start) {
            continue;
        }
        if text[c.start..c.end].chars().count() == 4
            && let Some(last) = text[..c.end].chars().next_back().map(|l| c.end - l.len_utf8())
            && s.word_starting_at(last)
                .is_some_and(|w| w.end > c.end && crate::segment::JIEBA.has_word(&text[w]))
            && let Some(shorter) = scored
                .iter()
                .filter(|o| o.start == c.start && o.end == last)
                .map(|o| o.score)
                .reduce(f32::max)
            && c.score < USER_NAME_SCORE
        {
            scored[k].score = scored[k].score.min(shorter - 0.01);
            continue;
        }
        let second = c.start + text[c.start..].chars().next().map_or(0, char::len_utf8);
        let shorter = scored
            .iter()
            .filter(|o| o.start == second && o.end == c.end)
            .map(|o| o.score)
            .fold(f32::MIN, f32::max);
        if shorter >= c.score && c.score < USER_NAME_SCORE {
            scored[k].score = shorter + 0.01;
        }
    }
}
