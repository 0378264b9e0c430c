//! Names that are the first part of a place's or a public body's name.
//!
//! A name-shaped string right before a facility word (东关家属院) or the head word
//! of a public body (东关办事处) names that place, not a person. It runs after the
//! name reader, because it needs the lexicon's head words and titles around the span.

use std::ops::Range;

use super::tables::{Tables, class};
use crate::OrgKind;
use crate::charset::CharSet;
use crate::dictionary::{PlaceLevel, tag};
use crate::recognize::{Sentence, TRADES};
use crate::segment::with_word_class;

/// Words for the places people live and gather (东关家属院, 启明小区): a name before
/// one names the place.
const FACILITIES: &[&str] = &[
    "家属院",
    "家属区",
    "小区",
    "花园",
    "大厦",
    "广场",
    "公寓",
    "新村",
    "社区",
    "园区",
    "大院",
    "山庄",
    "别墅",
    // (And where they stay: 云栖|度假酒店, 澜庭|宾馆.)
    "酒店",
    "宾馆",
    "饭店",
    "度假",
    "市场",
    "商场",
    "医院",
    "公园",
    "大街",
    "路",
    "街",
    "村",
    "镇",
    "乡",
    "庄",
    "桥",
    "湖",
    "河",
    "山",
];

/// The land a family's village stands on, after its surname and 家 (王家岭, 刘家渡, 李家沟).
const VILLAGE_LANDS: &str = "岭渡庄湾坪沟屯坝营店集堡寨峪洼墩窑铺塘垭坳圩岗坡嘴河桥";

/// Words for the ground by a place (张家湾|河边, 李家沟|一带).
const LOCALITIES: &[&str] = &["河边", "边", "头", "里", "旁", "畔", "一带", "附近", "村"];

/// The words [`names_a_place_or_body`] compares the text after a name with, one by one.
const WORDS_AFTER_NAME: [&[&str]; 3] = [TRADES, FACILITIES, &["银行"]];

/// The first characters of [`WORDS_AFTER_NAME`] (built at compile time): a name followed
/// by none of them is told from the words by one load, instead of some seventy comparisons.
static FIRSTS_AFTER_NAME: CharSet = CharSet::of_first_characters(&WORDS_AFTER_NAME);

/// Does one of [`WORDS_AFTER_NAME`] start with `c`?
fn starts_word_after_name(c: char) -> bool {
    FIRSTS_AFTER_NAME.contains(c)
}

/// Is the name at `p` (no user-added name) a surname and a title (覃镇长, 欧阳主任): a form
/// of address, which [`crate::relate`] resolves to the full name given before, no name?
pub(crate) fn addresses_by_title(s: &Sentence<'_>, p: &Range<usize>) -> bool {
    !s.hit_at(p.clone()).is_some_and(|h| h.entry.is(tag::PERSON))
        && s.hit_ending_at(p.end).is_some_and(|h| {
            h.entry.is(tag::TITLE) && h.start > p.start && s.text[p.start..h.start].chars().count() <= 2
        })
}

/// Is the name at `p` (no user-added name) really the first part of an
/// organisation's or a place's name: followed by an organisation head word that is
/// no title, of a public body (东关办事处; companies are often named after people:
/// 田书海公司), or by a facility word (东关家属院)? A title right before or after it
/// keeps it a name (主任赵文博办公室, 王刚村长).
pub(crate) fn names_a_place_or_body(s: &Sentence<'_>, p: &Range<usize>, t: &Tables) -> bool {
    if s.hit_at(p.clone()).is_some_and(|h| h.entry.is(tag::PERSON)) {
        return false;
    }
    // A department jieba-rs knows as a word and tags a name (麻醉科/nr|主任医师): a field
    // it also knows and 科 (names in its dictionary end in 科 too, 蒋建科; so do
    // transliterations, 布兰|科, whose field holds transliteration characters only).
    let name = &s.text[p.clone()];
    if let Some(field) = name.strip_suffix('科')
        && field.chars().count() == 2
        && !field.chars().all(|c| t.class(c) & class::TRANSLIT != 0)
        && with_word_class(field, |c| c != "OOV")
        && with_word_class(name, |c| c != "OOV")
    {
        return true;
    }
    // A family's village is named by its surname, 家 and the land it stands on (王家岭, 刘家渡,
    // 李家沟): no given name ends so — but after a title a name may (语文教师|林家河|带领…),
    // unless a place by it follows (民警|张家湾|河边救起…).
    let mut chars = name.chars();
    let village = matches!(
        (chars.next(), chars.next(), chars.next(), chars.next()),
        (Some(_), Some('家'), Some(land), None) if VILLAGE_LANDS.contains(land)
    );
    // A province's or a country's name of two characters opening a name of three that runs
    // on into more words (江西|赣|鄱交通投资集团…) is the place's: a name after it would stop.
    if name.chars().count() == 3
        && s.hit_starting_at(p.start).is_some_and(|h| {
            h.end == p.start + name.chars().take(2).map(char::len_utf8).sum::<usize>()
                && h.entry.is(tag::PLACE)
                && matches!(h.entry.place_level, PlaceLevel::Province | PlaceLevel::Country)
        })
        && s.text[p.end..].starts_with(crate::recognize::is_han)
        && !s.title_starts_at(p.end)
    {
        return true;
    }
    let titled = s.hit_ending_at(p.start).is_some_and(|h| h.entry.is(tag::TITLE));
    if village && (!titled || LOCALITIES.iter().any(|l| s.text[p.end..].starts_with(l))) {
        return true;
    }
    if titled {
        return false;
    }
    if s.hit_starting_at(p.end).is_some_and(|h| h.entry.is(tag::TITLE)) {
        return false;
    }
    let rest = &s.text[p.end..];
    // A place of two characters jieba-rs tags so or does not know (宁川) before a body's name
    // and a post in it (宁川|广播|电视台|台长|甲): the body's place, as no name stands right
    // before a body and its post. (A name of three is more often a person's, in a caption
    // with where they work: 刘启|青云中学学生.)
    if name.chars().count() == 2 && with_word_class(name, |c| c == "ns" || c == "OOV") && body_and_post_after(s, p.end)
    {
        return true;
    }
    // A town jieba-rs tags as a name (白沙镇/nr) before a village or community of it (白沙镇|
    // 竹园村|党支部书记): no given name ends with a town's unit right before a village's name.
    if name.chars().count() == 3
        && name.ends_with(['镇', '乡'])
        && s.word_starting_at(p.end).is_some_and(|w| {
            let village = &s.text[w.clone()];
            village.chars().count() >= 2 && (village.ends_with('村') || village.ends_with("社区"))
        })
    {
        return true;
    }
    // An administration named after its leader (克林顿政府, 叶利钦内阁) names the leader: a
    // transliterated name is no place's.
    if (rest.starts_with("政府") || rest.starts_with("内阁")) && name.chars().all(|c| t.class(c) & class::TRANSLIT != 0)
    {
        return false;
    }
    let head = s.hit_starting_at(p.end).is_some_and(|h| {
        h.entry.is(tag::ORG_SUFFIX) && matches!(h.entry.org_kind, OrgKind::Government | OrgKind::Group)
    });
    // Most names are followed by no word below: their next character starts none.
    if !rest.chars().next().is_some_and(starts_word_after_name) {
        return head;
    }
    // A brand of two characters, its trade and a post in it or a company's head word
    // (汉威|电子|董事长, 宏泰|化工|集团有限公司): a company.
    let trade_then_company = |from: &str, trades: &dyn Fn(&&str) -> bool| {
        TRADES.iter().filter(|i| trades(i)).any(|i| {
            from.strip_prefix(i).is_some_and(|after| {
                s.hit_starting_at(s.text.len() - after.len()).is_some_and(|h| {
                    h.entry.is(tag::TITLE | tag::MODIFIER | tag::PLACE)
                        || (h.entry.is(tag::ORG_SUFFIX) && h.entry.org_kind == OrgKind::Company)
                })
            })
        })
    };
    // (Or a brand of two characters read with the first of a trade of three: 华晟|新材料|股份
    // 有限公司 read as 华晟新.)
    let brand = match name.chars().count() {
        2 => trade_then_company(rest, &|_| true),
        3 => name
            .chars()
            .next_back()
            .is_some_and(|c| trade_then_company(&s.text[p.end - c.len_utf8()..], &|t| t.chars().count() == 3)),
        _ => false,
    };
    // (A bank is never named after a person: 瑞丰|银行.)
    head || brand || rest.starts_with("银行") || FACILITIES.iter().any(|f| rest.starts_with(f))
}

/// Does a body's name start at byte `at`: Chinese characters, a few at most, then a head
/// word of a body right before a title (广播|电视台|台长, 艺术|学院|院长)? Not one that a
/// place opens: a caption names a person and where they work (杨松华|北京|工业大学|副教授).
fn body_and_post_after(s: &Sentence<'_>, at: usize) -> bool {
    if s.hit_starting_at(at).is_some_and(|h| h.entry.is(tag::PLACE))
        || s.word_starting_at(at)
            .is_some_and(|w| with_word_class(&s.text[w], |c| c == "ns"))
    {
        return false;
    }
    /// The most characters of the body's name before its head word.
    const MAX_BEFORE_HEAD: usize = 8;
    let i = s.hits.partition_point(|h| h.start < at);
    s.hits[i..]
        .iter()
        .take_while(|h| s.text[at..h.start].chars().count() <= MAX_BEFORE_HEAD)
        .any(|h| {
            h.entry.is(tag::ORG_SUFFIX)
                && s.hit_starting_at(h.end).is_some_and(|t| t.entry.is(tag::TITLE))
                && names_only(s, at, h.start)
        })
}

/// Are the words from byte `from` to byte `to` nouns of a name (广播/vn, 艺术/n): no
/// verb, preposition or particle (简明轩|为|县…局局长, 甲|在|市…局局长), nor a word jieba-rs
/// guessed (程玉山|为市/OOV|科协主席)?
fn names_only(s: &Sentence<'_>, from: usize, to: usize) -> bool {
    let Some(first) = s.word_at(from).filter(|&k| s.words[k].start == from) else {
        return false;
    };
    s.words[first..].iter().take_while(|w| w.end <= to).all(|w| {
        let word = &s.text[w.clone()];
        // (Nor a place, where the body's name would start, nor a verb of holding a post that
        // jieba-rs tags a noun: 钟海|现任/n|青山/ns|公司董事.)
        word.chars().all(crate::recognize::is_han)
            && !word.ends_with('任')
            && with_word_class(word, |c| matches!(c, "n" | "nz" | "nt" | "vn" | "j" | "b"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_characters_are_exactly_the_words_first_characters() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let starts = WORDS_AFTER_NAME
                .iter()
                .any(|list| list.iter().any(|w| w.starts_with(c)));
            assert_eq!(starts_word_after_name(c), starts, "{c}");
        }
        assert!(!starts_word_after_name('\u{1F600}'));
    }

    /// Is the name at the start of `text` (its first `len` characters) read as a place's?
    fn names_place(text: &str, len: usize) -> bool {
        let end = text.char_indices().nth(len).map_or(text.len(), |(k, _)| k);
        super::super::with_sentence(text, |s, t| names_a_place_or_body(s, &(0..end), t))
    }

    #[test]
    fn an_administration_named_after_its_leader_names_the_leader() {
        // A transliterated name before 政府 or 内阁 is the leader's.
        assert!(!names_place("萨巴蒂尼政府将推迟改革。", 4));
        assert!(!names_place("萨巴蒂尼内阁宣布辞职。", 4));
        // A name-shaped place before a public body's head is the place's.
        assert!(names_place("东关办事处今天开会。", 2));
    }

    #[test]
    fn a_family_village_is_a_place() {
        assert!(names_place("邱家岭隧道出口", 3));
        assert!(!names_place("邱家明说", 3));
    }
}
