//! The name slot right after a byline word or a title: 记者欣屏、通讯员伍宣, 本报记者晓风
//! 深圳报道, 建筑设计师隈研吾构思. Names there often have no Chinese surname (pen names,
//! Japanese and Western names), so the statistical candidates miss them; the slot is
//! bounded instead by what ends it — an enumeration mark, a bracket, a place before
//! 报道, 文/图 after a byline — and every character of it must look like part of a name.
//! A byline may list several names (记者甲、乙): each item is a slot of its own.
//! Personnel notices have one more slot: the name before 任 and a title (由甲任组长,
//! 乙、丙任副组长) and after a verb of removal (免去甲的…职务); pictures and excerpts another,
//! the bracketed credit (（丁画）).

use crate::charset::{ends_with_one_of, trimmed_start};
use std::ops::Range;

use super::candidates::{Seen, char_at, speaks};
use super::tables::{RARE_BELOW, Tables, class, pair};
use crate::dictionary::tag;
use crate::normalize::{item_number_len, resume_opener};
use crate::recognize::{
    ADMIN_UNITS, APPOINTING_VERBS, CLOSING_MARKS, HONORIFICS, Sentence, before_honorific, is_han,
    starts_with_honorific, strip_personal_note,
};
use crate::segment::{JIEBA, delivers, with_word_class};

/// The score of a name after a byline word: bylines are nearly always followed by names.
pub(crate) const BYLINE_NAME_SCORE: f32 = 3.0;

/// The score of a name after a title read past what jieba-rs took for a conjunction or a
/// word (副县长王春和、李四; 主席陈海平|等在): the shorter readings of its start are dropped
/// too (see [`find`]'s `read_past`).
const READ_PAST_NAME_SCORE: f32 = 3.5;

/// The score of a name after a title: above a weak statistical reading of the same place,
/// below a confident one.
pub(crate) const TITLE_NAME_SCORE: f32 = 1.5;

/// The score of a name an appointment names: between an appointing verb and 为 (选举甲、乙为…)
/// or opening a clause before an appointment verb (甲调任…). The verb makes it nearly sure,
/// and jieba-rs glues the verb's first character to the name (乙为) so that the statistics
/// read a three-character name — or glues the name's last to 为 (选举王立|本为…), when they
/// read a two-character one as confidently as 2.9: the slot outranks that.
const APPOINTEE_SCORE: f32 = 4.0;

/// Given-name ratios below this at every position rule a character out of a slot (的, 了).
const MIN_GIVEN: f32 = -1.5;

/// Words that end a byline after the name (记者甲报道, 记者乙文/图, 记者丙发自北京).
const BYLINE_ENDS: &[&str] = &["报道", "摄", "文/", "文／", "发自", "电"];

/// Words that firmly end a name slot after a title (设计师甲构思, 画家乙、丙等): marks (the
/// normalised view writes a full-width （ as (), the speech verbs that follow a named
/// official (副主任甲称, 处长乙强调, 主任丙谈) or acts in official news (书记甲作报告,
/// 市长乙主持, 镇长丙陪同调研, 局长丁带队检查, 主任戊一边过秤一边算账, 传承人己领衔主演),
/// 任/兼 before the next post (导师丁任项目负责人), and the times and verbs that open what the official did (主席甲当晚
/// 也在现场, 副教授乙参与编写), and what befalls the holder (原局长甲退休后). Commas and the like
/// end it weakly (see [`End`]).
#[rustfmt::skip]
const TITLE_ENDS: &[&str] = &[
    "、", "。", "(", "等", "的", "说", "称", "谈", "表示", "认为", "指出", "强调", "介绍", "透露", "坦言", "告诉",
    "回忆", "解释", "建议", "分析", "任", "兼", "以", "作", "讲话", "发言", "致辞", "发表", "主持", "出席", "宣布", "提出",
    "会见", "视察", "看望", "率", "陪同", "参加", "带队", "带领", "调研", "考察", "检查", "慰问", "走访", "参观", "签订", "签署",
    "一行", "汇报", "听取", "要求", "深入", "前往", "来到", "接见", "宣读", "通报", "部署", "到会", "莅临", "到场", "主讲", "点评",
    "颁奖", "当晚", "当天", "当日", "昨天", "昨日", "日前", "近日", "参与", "负责", "担任", "亲自", "一边", "一面", "领衔主演", "主演",
    "执导", "饰演",
    // (And what befalls a holder: 原局长甲退休后…, 县长乙到任.)
    "退休", "离休", "去世", "逝世", "病逝", "辞职", "卸任", "离任", "到任", "上任", "履新",
];

/// How what follows a name closes its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    /// A byline's end, or a word or mark that ends a name after a title.
    Firm,
    /// After a title: a comma, colon or semicolon, the sentence end or a function
    /// character (董事长甲为…). It may just as well close a clause (市长抓供热，), so the
    /// name must start like one.
    Weak,
}

/// Lexicon tags that a slot may not overlap.
const BLOCKING: u16 = tag::TITLE | tag::BYLINE | tag::ORG | tag::ORG_SUFFIX | tag::PLACE;

/// Most names read in one list after a byline or a title.
const MAX_LISTED: usize = 6;

/// Appends the slot names of `s` (byte ranges) to `out`, each with its score in `scores`;
/// those read past what jieba-rs took for a conjunction or a word also to `read_past`.
pub(crate) fn find(
    t: &Tables,
    s: &Sentence<'_>,
    seen: &Seen,
    out: &mut Vec<Range<usize>>,
    scores: &mut Vec<f32>,
    read_past: &mut Vec<Range<usize>>,
) {
    let text = s.text;
    for h in s.hits.iter().filter(|h| h.entry.tags & (tag::TITLE | tag::BYLINE) != 0) {
        // A credit names its people after a colon (责任编辑：甲, 摄影: 乙), as a byline does.
        let colon = text[h.end..].strip_prefix([':', '：']);
        let byline = h.entry.is(tag::BYLINE) || colon.is_some();
        // A line of a form may set its name apart by blanks too, after a title opening the line
        // (审判长　　甲: a judgment's signatures).
        let signed = colon.is_none() && text[h.end..].starts_with(BLANKS) && opens_line(text, h.start);
        // A byline's names may stand after a blank too (记者 甲 乙).
        let rest = colon.unwrap_or_else(|| {
            if h.entry.is(tag::BYLINE) || signed {
                &text[h.end..]
            } else {
                ""
            }
        });
        let mut at = if rest.is_empty() {
            // (After a short note on the post: 副部长（主持工作）|甲.)
            text[h.end..]
                .strip_prefix('(')
                .and_then(|r| r.split_once(')'))
                .filter(|(note, _)| (1..=MAX_POST_NOTE).contains(&note.chars().count()) && !note.contains('('))
                .map_or(h.end, |(_, after)| text.len() - after.len())
        } else {
            text.len() - rest.trim_start_matches(BLANKS).len()
        };
        // A byline lists names: 记者甲、乙、丙, 通讯员 甲 乙.
        for _ in 0..MAX_LISTED {
            // (A line's end closes a signature's slot as firmly as a byline's.)
            let Some(name) = slot_at(t, s, at, byline || signed) else {
                break;
            };
            let end = name.end;
            // The signature is the line's last word.
            let line_rest = text[end..].trim_start_matches(BLANKS);
            if signed && !(line_rest.is_empty() || line_rest.starts_with('\n')) {
                break;
            }
            // An interview's speaker label is no credit: 主持人：王总，您… — a list's
            // entry is (副主任：甲（副县长）), and so is a résumé's under its post (党委书记：甲，
            // 男，1979年10月生).
            if colon.is_some()
                && !text[end..].trim_start_matches(BLANKS).is_empty()
                && !text[end..].starts_with([' ', '\u{3000}', '、', '(', ')', '\t', '\n'])
                && !text[end..]
                    .strip_prefix([',', '，'])
                    .is_some_and(crate::normalize::life_facts_start)
            {
                break;
            }
            // A verb of one character standing as a word of its own after the name (会长张丽|
            // 作|报告, 局长王伟|说) ends it as surely as a byline's end: a reading that takes the
            // verb into the name (张丽作) is wrong however well it scores.
            let verb_after = text[name.end..].starts_with(['作', '任', '说', '称', '谈', '率', '兼'])
                && s.word_starting_at(name.end).is_some_and(|w| w.len() == 3);
            // A name read past what jieba-rs took for a conjunction or a word (王春和、,
            // 陈海平|等在) is as sure: the reading that stops short is wrong.
            let past = text[..end].char_indices().next_back().is_some_and(|(k, _)| {
                    conjunction_closes_name(s, k) || (byline && conjunction_before_blank(text, k))
                }) || glued_etc(s, end)
                    // (Or read past a verb jieba-rs glued the last character to: 阚立|新任|副组长.)
                    || glued_speech_verb(s, end);
            if past {
                read_past.push(name.clone());
            }
            out.push(name);
            scores.push(if past {
                READ_PAST_NAME_SCORE
            } else if byline || verb_after {
                BYLINE_NAME_SCORE
            } else {
                TITLE_NAME_SCORE
            });
            let rest = &text[end..];
            let next = if let Some(r) = rest.strip_prefix('、') {
                r
            } else if rest.starts_with(BLANKS) {
                // (Blanks set a form's names apart: 理　事：甲　乙　丙.)
                rest.trim_start_matches(BLANKS)
            } else {
                break;
            };
            // After a title, officials are listed by 、 too (副市长甲、乙): an item that
            // starts with a surname is the next name.
            let listed = rest.starts_with('、')
                && (next.chars().next().is_some_and(|c| t.get(c).is_surname)
                    || compound_surname_at(t, text, text.len() - next.len()));
            if !(byline || listed) || next.is_empty() {
                break;
            }
            at = text.len() - next.len();
        }
    }
    // The readers that search the sentence for a mark run only where the candidate scan saw
    // it: most sentences hold none.
    appointees(t, s, seen, out, scores);
    if seen.open {
        credits(t, s, out, scores);
    }
    if seen.colon {
        labelled(t, s, out, scores);
    }
    if seen.blanks {
        column_entry(t, s, out, scores);
        column_last(t, s, out, scores);
    }
    if seen.speech {
        speakers(t, s, out, scores);
    }
    resume_subject(t, s, out, scores);
    if seen.sui {
        aged(t, s, out, scores);
    }
    if seen.mou {
        anonymised(t, s, out, scores);
    }
}

/// Most characters of a note on a post in brackets between the title and its holder
/// (（主持工作）, （挂职）).
const MAX_POST_NOTE: usize = 6;

/// The places of `mark` in `text`, searched only when the candidate scan `saw` one.
fn marks_in(text: &str, mark: char, saw: bool) -> impl Iterator<Item = usize> + '_ {
    saw.then(|| text.match_indices(mark).map(|(at, _)| at))
        .into_iter()
        .flatten()
}

/// What follows 某 when it means 'a certain' (某日, 某种, 某些, 某一), not a withheld name.
const NOT_AFTER_ANONYMISED: &str = "一日年月天时种些个处地项方次件位家人物";

/// A name withheld by court and police reports: a surname and 某 or 某某 (张某, 李某某,
/// 欧阳某) — not 于某日 ('on a certain day'), where 某 qualifies what follows.
fn anonymised(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    let mut from = 0;
    while let Some(k) = text[from..].find('某').map(|k| from + k) {
        let mut end = k + '某'.len_utf8();
        if text[end..].starts_with('某') {
            end += '某'.len_utf8();
        }
        from = end;
        if text[end..].starts_with(|c: char| NOT_AFTER_ANONYMISED.contains(c)) {
            continue;
        }
        let Some(surname) = text[..k]
            .chars()
            .next_back()
            .filter(|&c| t.get(c).is_surname && c != '某')
        else {
            continue;
        };
        let start = k - surname.len_utf8();
        // A compound surname (欧阳某) when the two characters before make one.
        let start = text[..start]
            .chars()
            .next_back()
            .filter(|&c| t.is_compound(pair(c, surname)))
            .map_or(start, |c| start - c.len_utf8());
        // The surname starts a word: 江苏|某律师事务所 and 该区某 hold no name.
        if s.word_at(start).is_some_and(|w| s.words[w].start < start) {
            continue;
        }
        out.push(start..end);
        scores.push(BYLINE_NAME_SCORE);
    }
}

/// The name a résumé opens with (钟海,男,1972年出生; 李娜女士：1980年出生; 上官弘,男, a
/// compound surname): the sentence's
/// [`resume_opener`] less its form of address. Company filings and personnel files write
/// their subjects so; nothing else is written there.
fn resume_subject(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    // (A sentence opening with a character of three bytes from U+4000 on, an ideograph as
    // most do, opens with no blank: none of the Unicode blanks lies there.)
    let lead = if text.as_bytes().first().is_some_and(|&b| b >= 0xE4) {
        0
    } else {
        text.len() - trimmed_start(text).len()
    };
    let lead = lead + item_number_len(&text[lead..]);
    // The name opens with a surname: a sentence that does not is not searched for the mark
    // after the opener and the facts of a life (most sentences).
    let surname_at =
        |at: usize| char_at(text, at).is_some_and(|c| t.get(c).is_surname) || compound_surname_at(t, text, at);
    if !surname_at(lead) {
        return;
    }
    let Some(head) = resume_opener(&text[lead..]) else {
        return;
    };
    let span = before_honorific(head);
    let end = lead + span.len();
    if (2..=4).contains(&span.chars().count())
        && span.chars().all(|c| t.class(c) & class::HAN != 0 && !never_in_slot(c))
        && plausible(t, s, lead..end, false)
    {
        out.push(lead..end);
        scores.push(BYLINE_NAME_SCORE);
    }
}

/// The name before a person's age, as filings and profiles give it (公告显示，甲现年48岁):
/// a surname and one or two characters after a clause boundary, then 现年, a number and 岁.
fn aged(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    // (Only where an age is given: called where the candidate scan saw a 岁, as few
    // sentences hold one.)
    let text = s.text;
    for (at, _) in text.match_indices("现年") {
        let age = text[at + "现年".len()..]
            .trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        if age.len() == text.len() - at - "现年".len() || !age.starts_with('岁') {
            continue;
        }
        if let Some(name) = name_opening_clause(t, s, at, ",。; \n", false) {
            out.push(name);
            scores.push(BYLINE_NAME_SCORE);
        }
    }
}

/// The name of two or three characters ending at byte `at` right after a clause boundary (one
/// of `boundaries`, or the start): a surname first, ideographs that may stand in a name.
fn name_opening_clause(
    t: &Tables,
    s: &Sentence<'_>,
    at: usize,
    boundaries: &str,
    strict: bool,
) -> Option<Range<usize>> {
    let text = s.text;
    name_ending_at(text, at, |start, span| {
        text[..start].chars().next_back().is_none_or(|c| boundaries.contains(c))
            && span.chars().next().is_some_and(|c| t.get(c).is_surname)
            && span.chars().all(|c| t.class(c) & class::HAN != 0)
            && !span.contains(never_in_slot)
            && plausible(t, s, start..at, strict)
    })
}

/// Verbs that tell how words were spoken, before 道 (笑道, 叹道, 问道).
const MANNERS_OF_SPEAKING: &str = "笑叹喊答问说写骂叫嚷哭怒吼念讲劝";

/// The speaker before a verb of speech and the words spoken (王明答：…, 李华道：“…”), as
/// interviews and stories write one: a surname and one or two characters right after a
/// clause boundary.
fn speakers(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    // Read from the words (a word may hold the name too: 王明答), not by another scan.
    for w in s.words {
        // The cheap test first: a mark may follow (the first byte of :, " or “).
        if !matches!(text.as_bytes().get(w.end), Some(b':' | b'"' | 0xE2)) {
            continue;
        }
        let Some((k, verb)) = text[w.clone()].char_indices().next_back() else {
            continue;
        };
        if !speaks(verb, text[w.end..].chars().next()) {
            continue;
        }
        let at = w.start + k;
        // 笑道, 叹道, 问道: the manner of speaking stands between the name and 道.
        let at = match text[..at].chars().next_back() {
            Some(m) if verb == '道' && MANNERS_OF_SPEAKING.contains(m) => at - m.len_utf8(),
            _ => at,
        };
        if let Some(name) = name_opening_clause(t, s, at, "。,”!?:; \n", true) {
            out.push(name);
            scores.push(TITLE_NAME_SCORE);
        }
    }
}

/// Verbs of a credit in brackets after the author's name: (甲画), (乙摄), (丙摘).
const CREDIT_VERBS: &[&str] = &["画", "绘", "摄", "摘", "书", "撰文", "撰"];

/// The name in a bracketed credit (春游图（甲画）, （乙摄）): two or three characters that
/// could stand in a name, then a credit verb and the closing bracket.
fn credits(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    for (open, _) in text.match_indices('(') {
        let start = open + '('.len_utf8();
        let Some(close) = text[start..].find(')').map(|k| start + k) else {
            continue;
        };
        let Some(end) = CREDIT_VERBS
            .iter()
            .find_map(|v| text[start..close].strip_suffix(v))
            .map(|n| start + n.len())
        else {
            continue;
        };
        let n = text[start..end].chars().count();
        let name_like_all = text[start..end]
            .chars()
            .enumerate()
            .all(|(k, c)| t.class(c) & class::HAN != 0 && name_like(t, c, k == 0));
        if (2..=3).contains(&n)
            && name_like_all
            && text[start..end].chars().next().is_some_and(|c| t.get(c).is_surname)
            && plausible(t, s, start..end, false)
        {
            out.push(start..end);
            scores.push(BYLINE_NAME_SCORE);
        }
    }
}

/// Labels of a form's field that holds a person's name (姓名：甲, 联系人: 乙).
const NAME_LABELS: &[&str] = &["姓名", "联系人", "申请人", "当事人"];

/// The name a form gives after its label and a colon, as résumés and registers write it
/// (姓名：闻立新): two to four ideographs up to the end of the field, starting with a surname.
fn labelled(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    // From the colons (few, and found by a byte search): this runs on every sentence.
    for (colon, _) in text.match_indices(':') {
        if !NAME_LABELS.iter().any(|l| text[..colon].ends_with(l)) {
            continue;
        }
        let value = text[colon + 1..].trim_start_matches(' ');
        let (start, end) = han_run(t, text, text.len() - value.len());
        let span = &text[start..end];
        // A surname and a title (联系人：李科长) is no full name.
        let titled = s
            .hits
            .iter()
            .any(|h| h.start > start && h.start < end && h.entry.is(tag::TITLE));
        if (2..=4).contains(&span.chars().count())
            && span.chars().next().is_some_and(|c| t.get(c).is_surname)
            && !t.not_names.contains(span)
            && !titled
        {
            out.push(start..end);
            scores.push(BYLINE_NAME_SCORE);
        }
    }
}

/// The run of ideographs of `text` that starts at byte `start`: its start and end.
fn han_run(t: &Tables, text: &str, start: usize) -> (usize, usize) {
    let rest = &text[start..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| t.class(c) & class::HAN == 0)
        .map_or(rest.len(), |(k, _)| k);
    (start, start + len)
}

/// How far into a column after a name its first body or title may end, in bytes (青山县
/// 财政局: a place and a head word).
const MAX_COLUMN_LEAD: usize = 30;

/// The name a list's line opens with, its posts in a column after blanks, as notices list
/// a group's members (成员：申屠明  县公安局副局长, or on the lines under the label): two to
/// four ideographs starting with a surname, then two blanks at least, then a body, a
/// place's unit or a title.
fn column_entry(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    let blank = |c: char| matches!(c, ' ' | '\u{3000}' | '\t');
    let line = text.trim_start_matches(blank);
    // Most sentences are no list line: a run of two blanks is looked for first (the view
    // holds no full-width blank) — or a line of a name, one blank and posts alone (名单:
    // 甲　青山港务集团有限公司第三装卸队队长), see `one_blank` below.
    if !line.contains(' ') && !line.contains('\t') {
        return;
    }
    let value = match crate::normalize::list_label(line) {
        Some((len, _)) => line[len..].trim_start_matches([':', '：']).trim_start_matches(blank),
        None => line,
    };
    let (start, end) = han_run(t, text, text.len() - value.len());
    let posts = text.len() - text[end..].trim_start_matches(blank).len();
    let gap = text[end..posts].chars().count();
    let span = &text[start..end];
    // Or a body's head word or a title further in the column, after a place of no list
    // (青山县|财政局局长).
    let column = &text[posts..];
    let column = &column[..column.find(|c: char| blank(c) || !is_han(c)).unwrap_or(column.len())];
    let post_follows = s.hit_starting_at(posts).is_some_and(|h| {
        h.entry
            .is(tag::ORG | tag::ORG_SUFFIX | tag::TITLE | tag::PLACE | tag::MODIFIER)
    }) || text[posts..].starts_with(ADMIN_UNITS)
        || s.hits.iter().any(|h| {
            h.start > posts
                && h.end <= posts + column.len().min(MAX_COLUMN_LEAD)
                && h.entry.is(tag::ORG_SUFFIX | tag::TITLE)
        });
    // One blank sets the name apart when the rest of the line is posts: ideographs (and 、
    // or a comma between posts) to the line's end, where a title ends — perhaps before a
    // note in brackets (副主任(主持工作)).
    let one_blank = || {
        let rest = text[posts..].split('\n').next().unwrap_or("").trim_end();
        let rest = match rest.strip_suffix(')').and_then(|r| r.rfind('(')) {
            Some(note) => &rest[..note],
            None => rest,
        };
        let line_end = posts + rest.len();
        !rest.is_empty()
            && rest.chars().all(|c| is_han(c) || matches!(c, '、' | ','))
            && s.hits.iter().any(|h| h.end == line_end && h.entry.is(tag::TITLE))
    };
    if (gap >= 2 || (gap == 1 && one_blank()))
        && post_follows
        && (2..=4).contains(&span.chars().count())
        && (span.chars().next().is_some_and(|c| t.get(c).is_surname) || compound_surname_at(t, text, start))
        && !t.not_names.contains(span)
        && !t.common_words.contains_key(span)
        // (Not a roster of units: 白云区　分管副区长, 高铁站　站长.)
        && !names_a_unit(s, start..end)
    {
        out.push(start..end);
        scores.push(BYLINE_NAME_SCORE);
    }
}

/// The name a list's line closes with after its posts and a blank (副组长：街道党工委副书记、
/// 办事处主任 甘露, or on the lines under the label): two to four ideographs to the line's
/// end, starting with a surname, after a title — a name though it be a word (甘露).
fn column_last(t: &Tables, s: &Sentence<'_>, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    let line = text.trim_end_matches(['\n', ' ', '。', '；', ';']);
    let Some(blank) = line.rfind(' ') else { return };
    let start = blank + ' '.len_utf8();
    let span = &line[start..];
    let posts = match crate::normalize::list_label(line) {
        Some((len, _)) => line.get(len..blank).unwrap_or(""),
        None => &line[..blank],
    };
    let posts = posts.trim_start_matches([':', '：', ' ']);
    if (2..=4).contains(&span.chars().count())
        && span.chars().all(is_han)
        && !posts.is_empty()
        && posts.chars().all(|c| is_han(c) || c == '、')
        && s.hits.iter().any(|h| h.end == blank && h.entry.is(tag::TITLE))
        && (span.chars().next().is_some_and(|c| t.get(c).is_surname) || compound_surname_at(t, text, start))
        && !t.not_names.contains(span)
        && !names_a_unit(s, start..line.len())
        && !out.contains(&(start..line.len()))
    {
        out.push(start..line.len());
        scores.push(BYLINE_NAME_SCORE);
    }
}

/// Does the span at `at` name a place or a unit, not a person: a place of the lexicon, or a
/// name ending in a unit no given name ends with (白云区, 黄石镇, 高铁站, 青山街道 — not 省:
/// 黎三省 is a name)?
fn names_a_unit(s: &Sentence<'_>, at: Range<usize>) -> bool {
    let span = &s.text[at.clone()];
    ends_with_one_of(span, &['区', '县', '市', '镇', '乡', '站'])
        || span.ends_with("街道")
        || s.hits
            .iter()
            .any(|h| h.start <= at.start && at.end <= h.end && h.entry.is(tag::PLACE))
}

/// The name before 任 and a title, as personnel notices write it (由甲任组长，乙、丙任
/// 副组长): a surname and one or two characters between a clause boundary (the start,
/// 由, 、, a comma) and the verb; or between an appointing verb and 为 (选举乙为董事长,
/// 聘任丙先生为…). jieba-rs often glues the verb to the name (丙任, 乙为).
fn appointees(t: &Tables, s: &Sentence<'_>, seen: &Seen, out: &mut Vec<Range<usize>>, scores: &mut Vec<f32>) {
    let text = s.text;
    let surname_first = |span: &str| span.chars().next().is_some_and(|c| t.get(c).is_surname);
    let all_han = |span: &str| span.chars().all(|c| t.class(c) & class::HAN != 0);
    let mut found = |name: Option<Range<usize>>, score: f32| {
        if let Some(name) = name {
            out.push(name);
            scores.push(score);
        }
    };
    // (Read only where a 为 or a 职 was seen: most sentences have neither.)
    let lead = || text.len() - trimmed_start(text).len();
    // (Where the candidate scan saw 为: no search of the text.)
    for at in seen
        .wei
        .iter()
        .copied()
        .filter(|&at| !text[at + '为'.len_utf8()..].starts_with('为'))
    {
        // Less a note on the person (任命甲（女）为…) and a form of address.
        let before = strip_personal_note(&text[..at]);
        let name_end = before_honorific(before).len();
        // After 以 a post must follow 为 (以甲为组长; 以白色调为主 names no one).
        let post_follows = s.title_starts_at(at + '为'.len_utf8());
        // A line of an appointment list (甲为青山省教育厅厅长；): the name opens the
        // sentence, and a post closes its clause.
        let list_line = || post_closes_clause(s, at + '为'.len_utf8());
        let mut fits = |start: usize, span: &str| {
            // (The span's own characters first, the cheapest test: before most 为 (作为, 成为,
            // 认为) stands no name, and the verbs before it are then not looked for.)
            if !((surname_first(span) || compound_surname_at(t, text, start)) && all_han(span)) {
                return false;
            }
            // 任命：甲为… — the verb may close a heading with a colon.
            let before = text[..start].trim_end_matches([':', '：']);
            let by_verb = APPOINTING_VERBS
                .iter()
                .any(|v| before.ends_with(v) && (*v != "以" || post_follows))
                || listed_after_appointing_verb(&text[..start])
                || titled_after_appointing_verb(s, start)
                // The verb goes on over the clauses of its list (任命甲为…局长，乙为…局长;
                // 选举甲为主席，乙、丙为副主席，丁为秘书长).
                || (ends_with_one_of(before, &[',', '，', ';', '；'])
                    && list_line()
                    && ["任命", "聘任", "委任", "选举", "推选", "补选", "增补", "增选", "聘请"]
                        .iter()
                        .any(|v| before.contains(v)));
            let on_list_line = start == lead() && list_line();
            (by_verb || on_list_line)
                && !before_wei(span, start + span.len() == at).contains(never_in_slot)
                // There a common word may be a name too (任命：甘露为…主任；).
                && (plausible(t, s, start..name_end, false) || (list_line() && !t.not_names.contains(span)))
        };
        // Or four characters with a compound surname (任命司徒明远为…).
        let compound = |fits: &mut dyn FnMut(usize, &str) -> bool| {
            let (start, _) = text[..name_end].char_indices().rev().nth(3)?;
            (compound_surname_at(t, text, start) && fits(start, &text[start..name_end])).then_some(start..name_end)
        };
        let name = name_ending_at(text, name_end, &mut fits).or_else(|| compound(&mut fits));
        // The names listed before it after the verb are appointees too (任命甲和乙为…, 选举
        // 甲、乙及丙为…): the statistics may leave one before 和 unread.
        let first = name.as_ref().map(|n| n.start);
        found(name, APPOINTEE_SCORE);
        let items = listed_before(
            text,
            first,
            &['、', '和', '及'],
            listed_after_appointing_verb,
            |start, span| {
                surname_first(span)
                    && all_han(span)
                    && !span.contains(never_in_slot)
                    && (ends_with_one_of(&text[..start], &['、', '和', '及'])
                        || APPOINTING_VERBS.iter().any(|v| text[..start].ends_with(v)))
            },
        );
        for item in items {
            found(Some(item), APPOINTEE_SCORE);
        }
    }
    // 甲调任…局长, 乙同志被任命为…: a name opening a clause before a verb of appointment
    // (not 任命, whose appointee follows it) and a post in the same clause.
    for h in s.hits.iter().filter(|h| h.entry.is(tag::APPOINT)) {
        // Or the post opens the clause, before 由 (组长由甲担任, 副组长由乙、丙担任).
        let post_before = || {
            let clause = text[..h.start]
                .rfind([',', '，', '。', ';', '；', ':', '：'])
                .map_or(0, |k| k + 1);
            s.hits.iter().any(|t| {
                t.start >= clause
                    && t.end <= h.start
                    && t.entry.is(tag::TITLE)
                    && text[t.end..h.start].starts_with('由')
            })
        };
        if &text[h.start..h.end] == "任命" || !(post_in_clause(s, h.end, MAX_VERB_TO_POST) || post_before()) {
            continue;
        }
        let mut end = before_honorific(&text[..h.start]).len();
        // The names listed before the verb are appointees each (由乙、丙担任).
        for _ in 0..MAX_LISTED {
            let name = name_ending_at(text, end, |start, span| {
                (text[..start].trim_end().is_empty()
                    || ends_with_one_of(&text[..start], &[',', '，', '。', '、', ';', '；', ':', '：', '由']))
                    && surname_first(span)
                    // 曾|先后担任, 曾|多次出任: an adverb after a surname-like character.
                    && !span
                        .char_indices()
                        .nth(1)
                        .is_some_and(|(k, _)| with_word_class(&span[k..], |c| ["d", "ad", "p", "c", "r", "m", "t", "f"].contains(&c)))
                    && all_han(span)
                    && !span.contains(never_in_slot)
                    && plausible(t, s, start..end, false)
            });
            let listed = name
                .as_ref()
                .and_then(|n| text[..n.start].strip_suffix('、'))
                .map(str::len);
            found(name, APPOINTEE_SCORE);
            match listed {
                Some(before) => end = before,
                None => break,
            }
        }
    }
    // 免去甲的…职务, 免去乙同志的…职务: the name a removal names, between the verb and 的
    // or a form of address, with 职务 closing the clause.
    let mut removed = |from: usize, line: bool| {
        // (Not even the clause is searched for where the scan saw no 职: most sentences.)
        if !seen.zhi {
            return;
        }
        let rest = &text[from..];
        let clause = rest.find([';', '。', '，', '；', ',']).unwrap_or(rest.len());
        // (First, as it runs on every sentence's start: a line of a removal's list under its
        // heading, 免去：|甲的…职务；, ends with it.)
        let post = rest[..clause].trim_end();
        if !(post.contains("职务") && (!line || post.ends_with("职务"))) {
            return;
        }
        // Or before the post's place (免去甲|县教育局局长职务), a name of three characters
        // first: a two-character one does not leave a unit after it as often.
        let closes = |k: usize| rest[k..].starts_with('的') || starts_with_honorific(&rest[k..]);
        let place_follows = |k: usize| {
            rest[k..].starts_with(ADMIN_UNITS) || s.hit_starting_at(from + k).is_some_and(|h| h.entry.is(tag::PLACE))
        };
        let ends: Vec<usize> = rest.char_indices().skip(2).take(2).map(|(k, _)| k).collect();
        let Some(end) = ends
            .iter()
            .copied()
            .find(|&k| closes(k))
            .or_else(|| ends.iter().rev().copied().find(|&k| !line && place_follows(k)))
            .map(|k| from + k)
        else {
            return;
        };
        let span = &text[from..end];
        // (向 is a surname too: right after the verb, with 的 or a form of address and 职务
        // after it, it starts a name, 免去向长河的…职务.)
        let given = span.strip_prefix('向').unwrap_or(span);
        if surname_first(span) && all_han(span) && !given.contains(never_in_slot) && plausible(t, s, from..end, false) {
            found(Some(from..end), APPOINTEE_SCORE);
        }
    };
    // One scan for the verbs' shared first character: most sentences have none.
    for at in marks_in(text, '免', seen.mian) {
        for verb in ["免去", "免除"].into_iter().filter(|v| text[at..].starts_with(v)) {
            // (Past a heading's colon: 免去：|甲的…职务.)
            let after = &text[at + verb.len()..];
            let heading = after.len() - after.trim_start_matches([':', '：', '\n', ' ', '\u{3000}']).len();
            removed(at + verb.len() + heading, false);
        }
    }
    if seen.zhi {
        removed(lead(), true);
    }
    // 任 right before a title (甲任组长), or before a body and its post (甲任集团公司党委副书记,
    // a word of its own: not 任命, 任务).
    let before_titles = s
        .hits
        .iter()
        .filter(|h| h.entry.tags & (tag::TITLE | tag::MODIFIER) != 0)
        .filter_map(|h| text[..h.start].strip_suffix('任').map(str::len));
    let before_bodies = seen.ren.iter().copied().filter(|&at| {
        let after = at + '任'.len_utf8();
        // (Nor the end of a word jieba-rs cut apart, 全曾|任: 曾任, 现任, 兼任, 主任.)
        let verb_ends = text[..at].chars().next_back().is_some_and(|c| BEFORE_REN.contains(c));
        !s.title_starts_at(after)
            && !verb_ends
            && s.word_at(at).is_some_and(|k| s.words[k] == (at..after))
            && s.hit_starting_at(after)
                .is_some_and(|h| h.entry.is(tag::ORG | tag::ORG_SUFFIX | tag::PLACE))
            && post_in_clause(s, after, MAX_BODY_BEFORE_POST)
    });
    for verb in before_titles.chain(before_bodies) {
        // 任 ending a two-character word (关于|新任|董事会秘书, 现任) is no verb; jieba-rs
        // gluing a name to it (邵海任) does not count.
        if s.word_at(verb).is_some_and(|k| {
            let w = &text[s.words[k].clone()];
            s.words[k].start < verb && w.chars().count() == 2 && JIEBA.has_word(w)
        }) {
            continue;
        }
        let opens_item = |start: usize| start == 0 || ends_with_one_of(&text[..start], &['由', '、', ',', ';']);
        // (A name may end in 和 right before 任, as before 为: 由局长甲成和任总指挥.)
        let name = name_ending_at(text, verb, |start, span| {
            opens_item(start)
                && surname_first(span)
                && all_han(span)
                && !before_wei(span, true).contains(never_in_slot)
                && plausible(t, s, start..verb, false)
        });
        // The names listed before it hold the post too (由甲、乙任组长; ，甲、乙任副总指挥):
        // the list vouches for them, though jieba-rs may glue 由 to the first (由黎|慕华).
        let first = name.as_ref().map(|n| n.start);
        found(name, TITLE_NAME_SCORE);
        let items = listed_before(
            text,
            first,
            &['、'],
            |_| true,
            |start, span| {
                opens_item(start)
                    && surname_first(span)
                    && all_han(span)
                    && !span.contains(never_in_slot)
                    && !t.not_names.contains(span)
            },
        );
        for item in items {
            found(Some(item), TITLE_NAME_SCORE);
        }
    }
    // 由甲兼任, 由甲担任 and a post, perhaps with its body between (由甲兼任市安委会办公室
    // 常务副主任): a verb of two characters after the name, which jieba-rs may glue to 由
    // (由严/a|少华).
    // (Where the candidate scan saw a 由: most sentences hold none.)
    let you = seen.you.then(|| text.match_indices('由'));
    for (at, _) in you.into_iter().flatten() {
        let from = at + '由'.len_utf8();
        let name = [2, 3].into_iter().find_map(|len| {
            let end = from + text[from..].char_indices().nth(len)?.0;
            let verb = ["兼任", "担任"].into_iter().find(|v| text[end..].starts_with(v))?;
            let span = &text[from..end];
            (surname_first(span)
                && all_han(span)
                && !span.contains(never_in_slot)
                && post_in_clause(s, end + verb.len(), MAX_BODY_BEFORE_POST)
                && plausible(t, s, from..end, false))
            .then_some(from..end)
        });
        found(name, TITLE_NAME_SCORE);
    }
}

/// The names listed before the name that starts at byte `first` (甲、乙、|丙任…), last first:
/// each closed by one of `separators`, while `goes_on` holds for the text up to it, and
/// each of two or three characters that `fits` (its start and its text) — the walk stops at
/// the first item that does not.
fn listed_before<'a>(
    text: &'a str,
    first: Option<usize>,
    separators: &'a [char],
    goes_on: impl Fn(&str) -> bool + 'a,
    mut fits: impl FnMut(usize, &str) -> bool + 'a,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut end = first;
    std::iter::from_fn(move || {
        let before = &text[..end?];
        let item_end = before.strip_suffix(separators)?.len();
        if !goes_on(before) {
            return None;
        }
        let item = name_ending_at(text, item_end, &mut fits)?;
        end = Some(item.start);
        Some(item)
    })
}

/// How far into the clause after an appointing verb its post may start, in bytes (16
/// characters: 调任|青山市财政局局长).
const MAX_VERB_TO_POST: usize = 48;

/// Characters that make a word with 任 after them (曾任, 现任, 历任, 兼任, 担任, 主任, 责任):
/// a 任 after one is no verb after a name.
const BEFORE_REN: &str = "曾现历兼担出调升改转连留接继拟新原主责信就再";

/// How far into the clause after 由甲兼任 its post may start, in bytes (市交通运输安全生产
/// 委员会办公室常务副|主任: a body of fifteen characters and a modifier).
const MAX_BODY_BEFORE_POST: usize = 72;

/// Does a title start in the clause that starts at byte `from`, within `within` bytes?
fn post_in_clause(s: &Sentence<'_>, from: usize, within: usize) -> bool {
    let rest = &s.text[from..];
    let end = from
        + rest
            .find([';', '。', ',', '，', '；', '、'])
            .unwrap_or(rest.len())
            .min(within);
    s.hits
        .iter()
        .any(|h| h.start >= from && h.start < end && h.entry.is(tag::TITLE))
}

/// Does a title end the clause that starts at byte `from` (…为|青山省教育厅厅长；)?
fn post_closes_clause(s: &Sentence<'_>, from: usize) -> bool {
    let rest = &s.text[from..];
    let end = from + rest.find([';', '。', ',', '，', '；']).unwrap_or(rest.trim_end().len());
    s.hit_ending_at(end)
        .is_some_and(|h| h.start >= from && h.entry.is(tag::TITLE))
}

/// Does a title held by the name at `start` stand between it and an appointing verb, with
/// the title's body (推选临江市疾控中心营养所所长|阮红为监事长): the appointee's present post.
fn titled_after_appointing_verb(s: &Sentence<'_>, start: usize) -> bool {
    let Some(title) = s.hit_ending_at(start).filter(|h| h.entry.is(tag::TITLE)) else {
        return false;
    };
    let clause = &s.text[..title.start];
    let clause = clause.rsplit(CLOSING_MARKS).next().unwrap_or(clause);
    APPOINTING_VERBS.iter().filter(|v| **v != "以").any(|v| {
        clause.rfind(v).is_some_and(|k| {
            let body = &clause[k + v.len()..];
            body.chars().count() <= MAX_TITLED_BODY && body.chars().all(is_han)
        })
    })
}

/// Most characters of the body of a post between an appointing verb and the appointee.
const MAX_TITLED_BODY: usize = 20;

/// The characters of `span`, a name before 为, that must stand in a name: a name may end in
/// 为 itself (任命王有为为局长), or in 和 right before 为 (`at_wei`), where no conjunction
/// stands (任命邬春和为镇长).
fn before_wei(span: &str, at_wei: bool) -> &str {
    let span = span.trim_end_matches('为');
    match span.strip_suffix('和') {
        Some(rest) if at_wei => rest,
        _ => span,
    }
}

/// Does `before` end with a list of names after an appointing verb (选举甲、乙、|丙为…):
/// items of two to six ideographs (a name, perhaps with 先生 or 女士), each closed by 、?
fn listed_after_appointing_verb(before: &str) -> bool {
    // (The last item may follow 和 or 及: 任命甲、乙和丙为….)
    let Some(list) = before.strip_suffix(['、', '和', '及']) else {
        return false;
    };
    let mut rest = list;
    for _ in 0..8 {
        let item = rest.rfind('、').map_or(rest, |k| &rest[k + '、'.len_utf8()..]);
        let head = &rest[..rest.len() - item.len()];
        // The first item: the verb ends the text before it.
        if let Some(verb) = APPOINTING_VERBS.iter().filter(|v| **v != "以").find_map(|v| {
            let k = item.rfind(v)?;
            Some(&item[k + v.len()..])
        }) && head.is_empty()
        {
            // (Or a later clause of the same appointment: 选举甲为主任，|乙、丙为副主任.)
            let first = match verb
                .char_indices()
                .rfind(|&(_, c)| matches!(c, ',' | '，' | ';' | '；'))
            {
                Some((k, c)) if verb[..k].contains('为') => &verb[k + c.len_utf8()..],
                _ => verb,
            };
            return (2..=6).contains(&first.chars().count()) && first.chars().all(is_han);
        }
        if head.is_empty() || !(2..=6).contains(&item.chars().count()) || !item.chars().all(is_han) {
            return false;
        }
        rest = head.strip_suffix('、').unwrap_or(head);
    }
    false
}

/// The name of two characters, else three, that ends at byte `end` and that `fits`
/// accepts (given where it starts and its text).
fn name_ending_at(text: &str, end: usize, mut fits: impl FnMut(usize, &str) -> bool) -> Option<Range<usize>> {
    for n in [2, 3] {
        let (start, _) = text[..end].char_indices().rev().nth(n - 1)?;
        if fits(start, &text[start..end]) {
            return Some(start..end);
        }
    }
    None
}

/// The name of two or three characters at byte `at`, if something that ends a slot
/// follows it and each of its characters could be part of a name.
fn slot_at(t: &Tables, s: &Sentence<'_>, at: usize, byline: bool) -> Option<Range<usize>> {
    let text = s.text;
    // The slot starts a word: 摄影|家拍摄 is no byline — unless jieba-rs guessed a word
    // of the title's last character and the name (首席财务|官周敏).
    if !starts_word(s, at) && !glued_to_title(s, at) {
        return None;
    }
    // After a title, a verb or a preposition of one character standing as a word of its
    // own opens what is said of the holder (对农民|有|感情, 班长|比|亲哥还亲), not a name —
    // unless it is a surname.
    if !byline
        && let Some(w) = s.word_starting_at(at)
        && let mut chars = text[w.clone()].chars()
        && let (Some(first), None) = (chars.next(), chars.next())
        && !t.get(first).is_surname
        && with_word_class(&text[w], |c| matches!(c, "v" | "p" | "d" | "c" | "r"))
    {
        return None;
    }
    let mut end = at;
    let mut unlike = false;
    let mut foreign = true;
    // The third character is 和, 与 or 及 joined to nothing after it (副县长王春和、李四).
    let mut conjunction_ends = false;
    for count in 1..=MAX_FOREIGN {
        let c = char_at(text, end).filter(|&c| t.class(c) & class::HAN != 0)?;
        // A one-character modifier may stand inside a name (秋原), not first (原董事长).
        let blocking = if count == 1 { BLOCKING | tag::MODIFIER } else { BLOCKING };
        // A byline's slot is closed firmly and nearly always holds a name: any character
        // but a function word's may stand in it (记者郗文年), as long as the whole is
        // plausible; after a title each character must look like part of a name.
        let like = name_like(t, c, count == 1);
        // After a title, a given-name character rare at its place may stand after a surname
        // when a firm end closes the slot (主任孙前虎谈).
        let after_surname = count > 1 && text[at..].chars().next().is_some_and(|f| t.get(f).is_surname);
        // 向 is a surname as well as 'towards': after a title it starts a name only before a
        // given name jieba-rs reads as a proper noun (主任向|宏达/nz|作…; not 主任向|大家…), and
        // then, as a character unlike a name's, only before a firm end (below).
        let xiang = count == 1
            && c == '向'
            && !byline
            && s.word_starting_at(end + c.len_utf8()).is_some_and(|w| {
                text[w.clone()].chars().count() == 2
                    && with_word_class(&text[w], |k| matches!(k, "nr" | "nrt" | "nrfg" | "nz" | "OOV"))
            });
        let fits =
            like || xiang || ((byline || after_surname) && !never_in_slot(c)) || (count == 3 && conjunction_ends);
        // Then the slot must start like a name (a rare character, a surname …), as after a
        // weak end.
        unlike |= !like;
        foreign &= t.class(c) & class::TRANSLIT != 0;
        // Past four characters only a transliterated name goes on (贝鲁斯科尼); the fourth
        // of a name that is not all transliteration characters must be one (穆罕默德), or
        // the name start with two surnames (陈方安生) or a compound one (司徒浩然) — not
        // 李秀兰|管的村, where 兰 is in 米兰 too.
        let two_surnames = || {
            let mut chars = text[at..].chars();
            chars.next().is_some_and(|a| t.get(a).is_surname) && chars.next().is_some_and(|b| t.get(b).is_surname)
        };
        let chinese_four = || two_surnames() || compound_surname_at(t, text, at);
        if (count > 4 || (count == 4 && t.class(c) & class::TRANSLIT == 0 && !chinese_four())) && !foreign {
            return None;
        }
        // (A compound surname's first character may be a word of the lexicon: 司 of 司徒.)
        // Nor is a unit's one character inside a transliteration (贝鲁斯|科|尼).
        let blocked = s.hit_starting_at(end).is_some_and(|h| {
            h.entry.tags & blocking != 0
                && !(foreign && count > 2 && h.end == end + c.len_utf8() && !h.entry.is(tag::TITLE))
        }) && !(count == 1 && compound_surname_at(t, text, at))
            // (Nor a word of the lexicon jieba-rs's word made of the name's last character
            // and a preposition lies over: 主任覃少|华为|中队授奖旗, 华为 a company's name.)
            && !(count == 3 && glued_speech_verb(s, end + c.len_utf8()));
        if !fits || blocked {
            return None;
        }
        end += c.len_utf8();
        // A two-character name ends on a word boundary; a third character glued to a verb
        // of speech after it (主任车玉|明说) is the name's own, read on.
        let speech_after = count == 2 && glued_speech_verb(s, end + char_at(text, end).map_or(0, char::len_utf8));
        conjunction_ends = count == 2 && conjunction_closes_name(s, end);
        conjunction_ends |= byline && count == 2 && conjunction_before_blank(text, end);
        if count >= 2
            && !speech_after
            && !conjunction_ends
            && let Some(how) = slot_end(s, at, end, byline)
                .or_else(|| dictionary_name(t, s, at, end).then_some(End::Firm))
                .or_else(|| (foreign && count >= 3 && foreign_run_ends(t, s, end)).then_some(End::Weak))
                // A compound surname and a given name before a word of the dictionary
                // (司徒|浩然|领衔主演).
                .or_else(|| {
                    (count >= 3
                        && compound_surname_at(t, text, at)
                        && s.word_starting_at(end).is_some_and(|w| JIEBA.has_word(&text[w])))
                    .then_some(End::Weak)
                })
            && (byline || !unlike || how == End::Firm || (count == 3 && glued_speech_verb(s, end)))
            // Never inside a dictionary word (记者昨晚致|电: 致电) — but a credit's 文/
            // is no part of one (记者韦建明|文/摄, jieba-rs: 明文), nor is a verb of speech
            // the segmenter glued to the name's last character (支队长韩明|说, jieba-rs: 明说).
            && (!s.cuts_dictionary_word(end)
                || (byline && ["文/", "文／"].iter().any(|c| text[end..].starts_with(c)))
                || glued_speech_verb(s, end)
                || and_next_title(s, end)
                || glued_etc(s, end))
            && (plausible(t, s, at..end, how == End::Weak || unlike)
                || framed_byline_name(t, s, at..end, byline)
                || listed_official(t, s, at..end))
            // Four characters end in no verb (主任王海|宣读了) and start with no adverb or
            // verb of the dictionary (委员|自觉努力|的结果).
            && !(count == 4 && (ends_in_verb(s, at, end) || opens_with_modifier(s, at)))
        {
            return Some(at..end);
        }
        // Past three characters only a transliterated name goes on (隈研吾 is three), or
        // one with a compound surname (司徒浩然); see the fourth character's test above.
        if count == 3 && t.class(c) & class::TRANSLIT == 0 && !compound_surname_at(t, text, at) {
            return None;
        }
    }
    None
}

/// Most characters of a transliterated name read in a slot (贝鲁斯科尼 is five).
const MAX_FOREIGN: usize = 7;

/// Does a run of transliteration characters end at byte `end` — a word starts there with a
/// character that is none (老板贝鲁斯科尼|这几年)? Then the run is the name after a title.
fn foreign_run_ends(t: &Tables, s: &Sentence<'_>, end: usize) -> bool {
    char_at(s.text, end).is_some_and(|c| t.class(c) & class::TRANSLIT == 0) && starts_word(s, end)
}

/// Does a compound surname (司徒, 欧阳) start at byte `at`?
pub(super) fn compound_surname_at(t: &Tables, text: &str, at: usize) -> bool {
    let mut chars = text[at..].chars();
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if t.is_compound(pair(a, b)))
}

/// Is `at..end` a Chinese full name jieba-rs's dictionary knows as one word tagged as a
/// person's (党组书记|甲|逝世, 甲 such a name): right after a title, that closes the slot
/// whatever follows. Three characters, the first a surname, a given name not all transliteration
/// characters (明星|高尔夫 is a sport) and no transliteration character after it: jieba-rs
/// also knows parts of foreign names (主帅|马扎|里, 导演|麦克|纽华尔).
fn dictionary_name(t: &Tables, s: &Sentence<'_>, at: usize, end: usize) -> bool {
    let text = s.text;
    let mut chars = text[at..end].chars();
    let (Some(first), Some(g1), Some(g2), None) = (chars.next(), chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    let translit = |c: char| t.class(c) & class::TRANSLIT != 0;
    t.get(first).is_surname
        && !(translit(g1) && translit(g2))
        && char_at(text, end).is_none_or(|c| t.class(c) & class::TRANSLIT == 0)
        && s.word_starting_at(at).is_some_and(|w| {
            let word = &text[w.clone()];
            // A word outside the dictionary has the class OOV.
            w.end == end && with_word_class(word, |c| c.starts_with("nr"))
        })
}

/// Does 和, 与 or 及 at byte `end` join the name before it to the next post (市长张立平|和|副市长
/// 王海: jieba-rs reads 平和)? Officials are listed so.
fn and_next_title(s: &Sentence<'_>, end: usize) -> bool {
    let text = s.text;
    after_conjunction(text, end).is_some_and(|rest| {
        let at = text.len() - rest.len();
        s.hit_starting_at(at)
            .is_some_and(|h| h.entry.is(tag::TITLE | tag::MODIFIER) && !h.entry.is(tag::BYLINE))
    })
}

/// Is 和, 与 or 及 at byte `end` the last character of the name before it — joined to no
/// conjunct after it, since a mark or an official's act follows (副县长王春和、李四, 副县长
/// 鲍清和出席)? A conjunction there would join the name to nothing.
fn conjunction_closes_name(s: &Sentence<'_>, end: usize) -> bool {
    let text = s.text;
    let Some(rest) = after_conjunction(text, end) else {
        return false;
    };
    // (Or before the post the name is given: 局长甲成和|任总指挥 — no conjunction stands right
    // before 任 or 为 and a title.)
    let given = || {
        ["任", "为", "担任"].iter().any(|v| {
            rest.strip_prefix(v)
                .is_some_and(|r| s.title_starts_at(text.len() - r.len()))
        })
    };
    rest.is_empty() || rest.starts_with(CLOSING_MARKS) || ACTS.iter().any(|a| rest.starts_with(a)) || given()
}

/// Does the word at byte `start` open its line: nothing but blanks before it since the last
/// line break or the sentence's start?
fn opens_line(text: &str, start: usize) -> bool {
    let line = text[..start].rsplit('\n').next().unwrap_or("");
    line.chars().all(|c| BLANKS.contains(&c) || c == '\t')
}

/// Does 和, 与 or 及 at byte `at` stand before a blank? In a byline's names set apart by
/// blanks it is a name's last character, not a conjunction (记者 岳清和 冯梓萱).
fn conjunction_before_blank(text: &str, at: usize) -> bool {
    after_conjunction(text, at).is_some_and(|rest| rest.starts_with([' ', '\u{3000}', '\t']))
}

/// The text after 和, 与 or 及 at byte `at`, if one stands there: a name's last character
/// jieba-rs may read as a conjunction.
fn after_conjunction(text: &str, at: usize) -> Option<&str> {
    ["和", "与", "及"].iter().find_map(|c| text[at..].strip_prefix(c))
}

/// An official's acts after a name (鲍清和|出席): no person is named so.
const ACTS: &[&str] = &[
    "出席", "主持", "讲话", "致辞", "陪同", "参加", "表示", "指出", "强调", "介绍", "宣布", "会见", "视察", "调研",
];

/// Is the word cut at `end` the name's last character and 等 'and others' (陈海|平等|在主席台
/// 就座: jieba-rs reads 平等 'equal'), closed by what follows a list of people — a mark,
/// 人, 同志, a preposition or an official's act?
fn glued_etc(s: &Sentence<'_>, end: usize) -> bool {
    s.word_at(end).is_some_and(|k| {
        let w = s.words[k].clone();
        w.start < end && w.start + 3 == end && &s.text[end..w.end] == "等" && {
            let rest = &s.text[w.end..];
            rest.is_empty()
                || rest.starts_with(CLOSING_MARKS)
                || ["人", "同志", "领导", "在", "于", "到", "一行"]
                    .iter()
                    .any(|a| rest.starts_with(a))
                || ACTS.iter().any(|a| rest.starts_with(a))
        }
    })
}

/// Is the word cut at `end` two characters, the name's last and a verb of speech (明|说,
/// 杰|称, 强|作 before 讲话) or of appointment before a post (新|任 before 副组长)?
fn glued_speech_verb(s: &Sentence<'_>, end: usize) -> bool {
    s.word_at(end).is_some_and(|k| {
        let w = s.words[k].clone();
        w.start < end
            && s.text[w.clone()].chars().count() == 2
            && match &s.text[end..w.end] {
                "说" | "称" => true,
                // 作 only before what one delivers (作总结讲话, not 著|作).
                "作" => delivers(&s.text[w.end..]),
                // 任 before the post it gives (局长房立|新任|副组长: 新任 'newly appointed') —
                // not a verb of appointment itself (甲|改任|青训总监).
                "任" => s.title_starts_at(w.end) && !POSTING_VERBS.contains(&&s.text[w.clone()]),
                // And a preposition before the one it serves (总经理曹舟|南向|有关各方: 南向
                // 'southward').
                "向" | "为" | "给" | "对" => super::serves(&s.text[w.end..]) || awards_ahead(&s.text[w.end..]),
                _ => false,
            }
    })
}

/// Does the clause `rest` opens go on to an award or an unveiling (副省长潘立行|为|受表彰集体
/// 颁奖, 主任覃少华|为|中队授奖旗: 行为, 华为 are words)? Then 为 before it is 'for', the
/// name's last character the one before.
fn awards_ahead(rest: &str) -> bool {
    const AWARDS: &[&str] = &[
        "颁奖", "授奖", "授旗", "授牌", "颁发", "颁证", "揭牌", "揭幕", "剪彩", "题词", "佩戴",
    ];
    let clause = rest.split(['，', ',', '。', '；', ';', '：', ':']).next().unwrap_or("");
    clause.chars().count() <= 20 && AWARDS.iter().any(|a| clause.contains(a))
}

/// Two-character verbs that give a post, ending in 任: a name before one ends before it.
const POSTING_VERBS: &[&str] = &[
    "改任", "调任", "升任", "兼任", "出任", "担任", "接任", "转任", "继任", "连任", "留任", "就任", "荣任", "历任",
    "现任", "曾任", "后任", "原任", "聘任", "委任", "选任", "专任", "拟任",
];

/// Does `at..end` end with a two-character dictionary verb of its own (王海|宣读)?
fn ends_in_verb(s: &Sentence<'_>, at: usize, end: usize) -> bool {
    s.word_at(end - 1).is_some_and(|k| {
        let w = &s.words[k];
        w.start > at
            && s.text[w.clone()].chars().count() == 2
            && s.dictionary_verb_at(w.start) == Some(w.clone())
            && w.end == end
    })
}

/// Is the word starting at `at` a two-character dictionary word that modifies or acts
/// (自觉/d, 认真/ad, 积极/a, 继续/v): no four-character name starts so.
fn opens_with_modifier(s: &Sentence<'_>, at: usize) -> bool {
    s.word_starting_at(at).is_some_and(|w| {
        let word = &s.text[w];
        word.chars().count() == 2
            && JIEBA.has_word(word)
            && with_word_class(word, |c| matches!(c, "d" | "ad" | "a" | "v" | "vd" | "c" | "p"))
    })
}

/// Does a jieba word start at byte `i` (or the sentence end there)?
fn starts_word(s: &Sentence<'_>, i: usize) -> bool {
    i >= s.text.len() || s.word_starting_at(i).is_some()
}

/// Is byte `at`, right after a title, inside a word jieba-rs made up (no dictionary word)
/// that starts inside the title (首席财务|官周敏)?
fn glued_to_title(s: &Sentence<'_>, at: usize) -> bool {
    s.word_at(at).map(|i| s.words[i].clone()).is_some_and(|w| {
        w.start < at && s.hit_ending_at(at).is_some_and(|h| h.start <= w.start) && !JIEBA.has_word(&s.text[w])
    })
}

/// Could `c` stand in a name: a transliteration character, a character rare in ordinary
/// text, or one not strongly against given names at its place (a surname, too, in first
/// place)? Function characters never do (记者|发稿时, 警察|被打伤).
fn name_like(t: &Tables, c: char, first: bool) -> bool {
    if never_in_slot(c) {
        return false;
    }
    let st = t.get(c);
    let given = if first {
        st.given_first
    } else {
        st.given_second.max(st.given_single)
    };
    t.class(c) & class::TRANSLIT != 0 || st.seen < RARE_BELOW || (first && st.is_surname) || given > MIN_GIVEN
}

/// Is `c` a character of function words and verbs that follow titles: never in a slot
/// name? (A `match`, compiled to a few comparisons: `str::contains` on a set of characters
/// outside ASCII is a substring search, and this runs for nearly every slot character.)
#[rustfmt::skip]
fn never_in_slot(c: char) -> bool {
    matches!(c,
        '被' | '因' | '时' | '们' | '在' | '的' | '了' | '是' | '将' | '已' | '也' | '都' | '还' | '就' | '和'
        | '与' | '及' | '对' | '从' | '把' | '向' | '为' | '说' | '等' | '则' | '却' | '仍' | '并' | '不')
}

/// Blanks that set names apart in a byline or a form (记者 甲 乙; 理　事：甲　乙).
const BLANKS: [char; 2] = [' ', '\u{3000}'];

/// No ordinary word or known non-name (记者获悉, 记者昨天); a dictionary word only when it
/// starts with a surname (记者马力) or is all transliteration characters (画家塞尚).
/// `strict`: the name must also start like one — with a surname, a transliteration or a
/// rare character, in a word jieba-rs does not know, a name word, or a surname standing alone
/// (濮|韶华) — not with an ordinary word (宿舍里, 学者阐释道).
/// Is `r` a byline's name framed on both sides — a byline word before it, another byline
/// word or a bracket's close after it (记者马力通讯员…) — that starts with a surname? Then
/// a common word is a name too (马力 'horsepower', 高峰 'peak'): nothing else stands there.
/// So is one word jieba-rs reads as a person's, or had to guess, before a credit's end
/// (记者由曦发自北京).
fn framed_byline_name(t: &Tables, s: &Sentence<'_>, r: Range<usize>, byline: bool) -> bool {
    let span = &s.text[r.clone()];
    // Blanks may stand between the name and what closes it (记者 高峰 通讯员 乙; 记者 高峰）),
    // and after a blank a credit's end closes it too (记者 田野 报道), or the byline's last
    // name of two or three characters before its bracket (记者 马力 周婷）).
    let rest = s.text[r.end..].trim_start_matches(BLANKS);
    let next = s.text.len() - rest.len();
    let last_name_follows = || {
        let n = rest.chars().take_while(|&c| is_han(c)).count();
        (2..=3).contains(&n) && rest.chars().nth(n) == Some(')')
    };
    let closed = s.hit_starting_at(next).is_some_and(|h| h.entry.is(tag::BYLINE))
        || rest.starts_with(')')
        || (next > r.end && (BYLINE_ENDS.iter().any(|e| rest.starts_with(e)) || last_name_follows()));
    // A credit's end closes it too (记者由曦|发自北京), where the name is one word jieba-rs
    // reads as a person's or had to guess: rare surnames (由, 但) are in no list.
    let credited = || {
        BYLINE_ENDS.iter().any(|e| s.text[r.end..].starts_with(e))
            && s.word_starting_at(r.start).is_some_and(|w| w.end == r.end)
            && with_word_class(span, |c| c.starts_with("nr") || c == "OOV")
    };
    byline
        && (closed || credited())
        && span.chars().count() <= 3
        && (span.chars().next().is_some_and(|c| t.get(c).is_surname) || credited())
        // A word that is no name elsewhere (田野, 高峰) is one between two byline words.
        && (closed || !t.not_names.contains(span))
}

fn plausible(t: &Tables, s: &Sentence<'_>, r: Range<usize>, strict: bool) -> bool {
    let starts_like_a_name = || {
        let Some(c) = s.text[r.start..].chars().next() else {
            return false;
        };
        // A compound surname starts a name whatever its first character is alone (端 of
        // 端木, no surname of its own: 主任端木|静，…); jieba-rs knows most as words (司徒|浩然).
        if compound_surname_at(t, s.text, r.start) {
            return true;
        }
        if t.class(c) & class::TRANSLIT == 0 && !t.get(c).is_surname && t.get(c).seen >= RARE_BELOW {
            return false;
        }
        // A word jieba-rs made up of the title's last character and the name (财务|官周敏)
        // starts it as well as one of its own would.
        if glued_to_title(s, r.start) {
            return true;
        }
        let Some(w) = s
            .word_at(r.start)
            .map(|k| s.words[k].clone())
            .filter(|w| w.start == r.start)
        else {
            return false;
        };
        // A dictionary word the slot would cut (普遍|认为) starts no name; a word jieba-rs
        // guessed across the name's end (邵立群称) may.
        if w.end > r.end {
            return !JIEBA.has_word(&s.text[w.clone()]);
        }
        let word = &s.text[w.clone()];
        // An ordinary word the name would go on past starts none (主任|黄河|宣读了).
        if w.end < r.end && t.common_words.contains_key(word) {
            return false;
        }
        let single_surname = word.chars().nth(1).is_none() && word.chars().all(|c| t.get(c).is_surname);
        // Or a surname whose name's last character jieba-rs glued to the verb after it
        // (局长陆家|豪作|工作部署: 陆家 is a word of its own).
        let glued_verb = || t.get(c).is_surname && glued_speech_verb(s, r.end);
        single_surname || with_word_class(word, |c| c == "OOV" || NAME_TAGS.contains(&c)) || glued_verb()
    };
    let span = &s.text[r.clone()];
    let surname_first = span.chars().next().is_some_and(|c| t.get(c).is_surname);
    let foreign = || span.chars().all(|c| t.class(c) & class::TRANSLIT != 0);
    !t.common_words.contains_key(span)
        && !t.not_names.contains(span)
        && !HONORIFICS.iter().any(|h| span.ends_with(h))
        && (surname_first || foreign() || !JIEBA.has_word(span))
        && (!strict || starts_like_a_name())
}

/// Is the span `r`, a word too (严冬, 高山), a name all the same for the list of officials
/// around it: a title right before it, a comma or 、 after it, then a body and its post (县水利局
/// 副局长|严冬|，县公安局…大队长…) or a post (党组书记|陆海|、秘书长…)? Two or three characters,
/// a surname first.
fn listed_official(t: &Tables, s: &Sentence<'_>, r: Range<usize>) -> bool {
    let span = &s.text[r.clone()];
    let Some(after) = s.text[r.end..].strip_prefix([',', '，', '、']) else {
        return false;
    };
    let next = s.text.len() - after.len();
    (2..=3).contains(&span.chars().count())
        && span.chars().next().is_some_and(|c| t.get(c).is_surname)
        && !t.not_names.contains(span)
        && !HONORIFICS.iter().any(|h| span.ends_with(h))
        && s.hit_ending_at(r.start).is_some_and(|h| h.entry.is(tag::TITLE))
        && match s.hit_starting_at(next) {
            // (Or the next official's post right after the mark: 主席甲、党组书记|陆海|、秘书长乙.)
            Some(h) if h.entry.is(tag::TITLE) => true,
            h => {
                (h.is_some_and(|h| h.entry.is(tag::ORG | tag::PLACE)) || after.starts_with(ADMIN_UNITS))
                    && post_in_clause(s, next, MAX_BODY_BEFORE_POST)
            }
        }
}

/// How far past a listed body's first two characters its post may start, in bytes (a body
/// of ten characters, as the comma before it is read; see [`slot_end`]).
const MAX_LISTED_BODY: usize = 24;

/// The first characters of [`TITLE_ENDS`] and [`HONORIFICS`].
static TITLE_END_FIRSTS: std::sync::LazyLock<super::FastSet<char>> = std::sync::LazyLock::new(|| {
    TITLE_ENDS
        .iter()
        .chain(HONORIFICS)
        .filter_map(|w| w.chars().next())
        .collect()
});

/// jieba-rs tags of words that may start a name: person and place names, other proper nouns.
const NAME_TAGS: &[&str] = &["nr", "nrt", "nrfg", "ns", "nz"];

/// Does what follows byte `end` close the name slot starting at `at`, and how?
fn slot_end(s: &Sentence<'_>, at: usize, end: usize, byline: bool) -> Option<End> {
    let text = s.text;
    let rest = &text[end..];
    let Some(next) = rest.chars().next() else {
        // The sentence ends with the name: a byline, or a caption (图为主持人甲).
        return Some(if byline { End::Firm } else { End::Weak });
    };
    if byline {
        let ends = matches!(next, '、' | '（' | '(' | '）' | ')' | ' ' | '　' | '，' | ',' | '\n')
            || BYLINE_ENDS.iter().any(|w| rest.starts_with(w))
            // Another byline (记者甲通讯员乙).
            || s.hit_starting_at(end).is_some_and(|h| h.entry.is(tag::BYLINE))
            // A place of two to four characters before 报道 (记者甲深圳报道), a word of its own.
            || (starts_word(s, end) && {
                let place: String = rest.chars().take(6).collect();
                place.find("报道").is_some_and(|k| {
                    (6..=12).contains(&k) && place[..k].chars().all(|c| c >= '\u{4E00}') && starts_word(s, end + k)
                })
            });
        return ends.then_some(End::Firm);
    }
    // A form of address closes it as firmly (教授甲先生, 局长乙同志) — each a word of its
    // own, not the start of a longer one (军士长来保证|作品).
    let next_word = s.word_starting_at(end);
    let longer_word = |w: &str| {
        next_word
            .as_ref()
            .is_some_and(|x| x.len() > w.len() && JIEBA.has_word(&text[x.clone()]))
    };
    // (The words are looked at only when one starts with the next character: most names
    // are followed by none of them.)
    if TITLE_END_FIRSTS.contains(&next)
        && TITLE_ENDS
            .iter()
            .chain(HONORIFICS)
            .any(|w| rest.starts_with(w) && !longer_word(w))
    {
        return Some(End::Firm);
    }
    // A comma before the next official's post or body closes it as firmly: officials are
    // listed so (县长甲，县人大常委会主任乙，副县长丙).
    if next == ',' {
        let after = end + 1;
        let unit = text[after..]
            .chars()
            .next()
            .filter(|c| ADMIN_UNITS.contains(c))
            .map_or(0, char::len_utf8);
        if [after, after + unit].iter().any(|&a| {
            s.hit_starting_at(a)
                .is_some_and(|h| h.entry.is(tag::TITLE | tag::MODIFIER | tag::ORG | tag::ORG_SUFFIX))
        }) {
            return Some(End::Firm);
        }
        // (Or a body the lexicon does not know, then its post: 总编辑甲，潇阳网总经理乙 — after a
        // name that opens with no ordinary word: 大学生|宿舍|里，….)
        let opens_with_word = s.word_starting_at(at).is_some_and(|w| {
            w.end < end
                && text[w.clone()].chars().nth(1).is_some()
                && !with_word_class(&text[w], |c| c.starts_with("nr"))
        });
        // (The body's name holds two characters at least.)
        let past_two = text[after..]
            .char_indices()
            .nth(2)
            .filter(|_| text[after..].chars().take(2).all(crate::recognize::is_han));
        if !opens_with_word && past_two.is_some_and(|(k, _)| post_in_clause(s, after + k, MAX_LISTED_BODY)) {
            return Some(End::Firm);
        }
    }
    // So does 到 before where the official goes (县委副书记甲到县自然资源局调研, …到临沅市): a
    // place's unit, a place or a body right after it.
    if next == '到' {
        let after = end + '到'.len_utf8();
        if text[after..].starts_with(ADMIN_UNITS)
            || s.hit_starting_at(after)
                .is_some_and(|h| h.entry.is(tag::PLACE | tag::ORG | tag::ORG_SUFFIX))
            || s.word_starting_at(after)
                .is_some_and(|w| with_word_class(&text[w], |c| c == "ns"))
        {
            return Some(End::Firm);
        }
    }
    // A function character after the name (董事长甲为…, 律师乙在…) closes it too.
    // So does a verb after a name jieba-rs guessed as one word (教授林强|逝世) — not any
    // word, which may be the rest of the name (陈方|安生).
    let guessed = s
        .word_starting_at(at)
        .is_some_and(|w| w.end == end && !JIEBA.has_word(&text[w]));
    let word_follows = s.dictionary_verb_at(end).is_some();
    (",:;".contains(next) || never_in_slot(next) || (guessed && word_follows)).then_some(End::Weak)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        super::super::ruled_names(text, |t, s, out| {
            // The marks the candidate scan sees, as in the recogniser.
            let mut marks = super::super::candidates::Marks::default();
            marks.load(s);
            let mut seen = Seen::default();
            let mut candidates: Vec<super::super::candidates::Candidate> = Vec::new();
            super::super::candidates::collect(t, s, &marks, &mut candidates, &mut seen);
            find(t, s, &seen, out, &mut Vec::new(), &mut Vec::new())
        })
    }

    #[test]
    fn names_after_bylines() {
        assert_eq!(
            names("本报讯（记者雨田、通讯员柯心、李小云）昨天，"),
            vec!["雨田", "柯心", "李小云"]
        );
        assert_eq!(names("□本报记者秋原广州报道"), vec!["秋原"]);
        assert_eq!(names("记者获悉，该项目已经开工。"), Vec::<&str>::new());
    }

    #[test]
    fn appointees_listed_before_one_verb() {
        assert!(listed_after_appointing_verb("选举苗青、"));
        assert!(listed_after_appointing_verb("会议选举苗青先生、邵平女士、"));
        assert!(!listed_after_appointing_verb("苗青、"));
        assert!(!listed_after_appointing_verb("选举了很多很多很多人、"));
        assert!(listed_after_appointing_verb("选举甲为主任，苗青、"));
        assert!(listed_after_appointing_verb("选举甲为主任,苗青、"));
        assert!(!listed_after_appointing_verb("选举甲，苗青、"));
        assert!(listed_after_appointing_verb("任命苗青和"));
        // The names listed before the last are the slot's too.
        assert_eq!(names("选举苗青、邵海为公司董事。"), vec!["邵海", "苗青"]);
        assert_eq!(names("任命苗青和邵海为副局长。"), vec!["邵海", "苗青"]);
    }

    #[test]
    fn names_with_a_compound_surname_after_titles() {
        assert_eq!(names("演员闵晓雯、司徒浩然领衔主演。"), vec!["闵晓雯", "司徒浩然"]);
    }

    #[test]
    fn appointees_before_the_verb_任() {
        assert_eq!(names("由苗青任组长,邵海任副组长。"), vec!["苗青", "邵海"]);
        // 任 ending a word is no verb: 关于|新任|董事会秘书 names no one.
        assert_eq!(names("关于新任董事会秘书的公告"), Vec::<&str>::new());
    }

    #[test]
    fn names_after_titles() {
        assert_eq!(names("日本建筑设计师坂田茂的作品"), vec!["坂田茂"]);
        assert_eq!(names("由建筑设计师坂田茂构思。"), Vec::<&str>::new());
        assert_eq!(names("画家们的作品"), Vec::<&str>::new());
    }

    #[test]
    fn a_name_jieba_glued_to_the_title_end() {
        assert_eq!(names("集团副总经理、首席财务官周敏,集团总工程师出席。"), vec!["周敏"]);
    }
}
