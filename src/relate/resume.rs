//! Résumés: a paragraph that opens with a name and the facts of a life (张明，男，汉族，
//! 1970年5月生……) is about that person; the posts its later sentences give no holder
//! (现任青山市人民政府副市长, 2012年起任青山银行副行长) are that person's.

use crate::charset::trimmed_start;
use std::ops::Range;

use super::{Mentions, Unheld};
use crate::normalize::{life_facts_follow, life_facts_start};
use crate::recognize::{CLOSING_MARKS, HONORIFICS, Sentence};

/// The person (by index into `persons`) whose résumé sentence `s` opens: a name at the
/// start, a comma, then the facts of a life.
pub(crate) fn opens_resume(s: &Sentence<'_>, persons: &[Range<usize>]) -> Option<usize> {
    let lead = s.text.len() - trimmed_start(s.text).len();
    let lead = lead + crate::normalize::item_number_len(&s.text[lead..]);
    // A team's profiles may open each under its post, as a list's label (党委书记：甲，男，…),
    // and a filing's résumé with the post (独立董事甲女士，1965年出生).
    let p = persons.iter().position(|p| p.start == lead).or_else(|| {
        let lead = lead + label_len(&s.text[lead..]);
        persons
            .iter()
            .position(|p| p.start == lead || s.title_end(lead) == Some(p.start))
    })?;
    // A form of address may follow the name (李娜女士，1980年出生), and a filing names
    // the résumé (郑海涛先生简历：男，1972年出生); so may a title an obituary addresses the
    // dead by (甲教授1935年生于辽宁).
    // A biography gives the years of the life in brackets (柏某（1931—2009），男，…).
    let after = life_span_after(&s.text[persons[p].end..]);
    let addressed = HONORIFICS
        .iter()
        .find_map(|h| after.strip_prefix(h))
        .or_else(|| s.title_end(persons[p].end).map(|end| &s.text[end..]));
    let after = addressed.unwrap_or(after);
    // An obituary's or a notice's form of address runs on into the birth (甘某同志1939年3月
    // 出生，…): no mark is needed there.
    // So it does after the birthplace (甘某同志是湖南浏阳人，1939年3月出生).
    let born = |t: &str| t.starts_with(|c: char| c.is_ascii_digit()) && life_facts_start(t);
    let after_origin = after.strip_prefix('是').and_then(|r| {
        let k = r.find('人').filter(|&k| (2..=6).contains(&r[..k].chars().count()))?;
        r[k + '人'.len_utf8()..].strip_prefix([',', '，'])
    });
    // Or into when the life's work began (甘某同志是湖南浏阳人，1938年参加革命: obituaries).
    let began = |t: &str| {
        let clause = &t[..t.find([',', '，', '。']).unwrap_or(t.len())];
        t.starts_with(|c: char| c.is_ascii_digit())
            && ["参加革命", "参加工作", "入党"].iter().any(|w| clause.ends_with(w))
    };
    if addressed.is_some() && (born(after) || after_origin.is_some_and(|t| born(t) || began(t))) {
        return Some(p);
    }
    // A biography may open by telling the life (甲1972年生于山东。甲毕业于中国政法大学。):
    // a birth right after the name, or where the person was born or schooled.
    if born(after) || NARRATIVE_OPENINGS.iter().any(|w| after.starts_with(w)) {
        return Some(p);
    }
    let after = after.strip_prefix('的').unwrap_or(after);
    let after = ["个人简历", "简历"]
        .iter()
        .find_map(|h| after.strip_prefix(h))
        .unwrap_or(after);
    let rest = after.strip_prefix([',', '，', ':', '：'])?;
    life_facts_follow(rest).then_some(p)
}

/// The length in bytes of the list label `text` opens with and its colon (党委书记：), 0 for
/// none.
fn label_len(text: &str) -> usize {
    crate::normalize::list_label(text).map_or(0, |(len, _)| len + text[len..].chars().next().map_or(0, char::len_utf8))
}

/// The text after the bracketed years of a life right after a name (（1931—2009）, （1952— ）,
/// (1931-2009)), else all of `after`.
fn life_span_after(after: &str) -> &str {
    let Some(inner) = after.strip_prefix(['（', '(']) else {
        return after;
    };
    let Some(close) = inner.find(['）', ')']) else {
        return after;
    };
    let years = &inner[..close];
    let digits = years.chars().filter(char::is_ascii_digit).count();
    let life = (4..=16).contains(&digits)
        && years
            .chars()
            .all(|c| c.is_ascii_digit() || "—–-－~～年月 .\u{3000}".contains(c));
    let bracket = inner[close..].chars().next().map_or(0, char::len_utf8);
    if life { &inner[close + bracket..] } else { after }
}

/// The posts of a profile that opens with its person's name and lists them clause by clause
/// (闻一鸣，主任医师，教授，青山市第一人民医院心血管内科主任。): the person (by index into
/// `m.persons`) and each post whose clause is only the post, its body before it, or posts
/// joined by 、 — no name, no verb.
pub(crate) fn profile_posts(s: &Sentence<'_>, m: &Mentions<'_>) -> Option<(usize, Vec<Unheld>)> {
    let lead = s.text.len() - trimmed_start(s.text).len();
    let p = m.persons.iter().position(|p| p.start == lead)?;
    // (A blank may set the name apart at a line's start instead, before a bare title: 甲
    // 教授、博士生导师，… — a body after it makes a list's entry, read as such.)
    let after = &s.text[m.persons[p].end..];
    let blank = after
        .strip_prefix(' ')
        .filter(|rest| s.title_starts_at(s.text.len() - rest.len()));
    let first = after.strip_prefix(['，', ',']).or(blank)?;
    // (A degree may come first: 甲，医学博士，主任医师，教授.)
    let first = degree_clause_len(first).map_or(first, |k| &first[k..]);
    let first = s.text.len() - first.len();
    // The profile's first clause is a post, perhaps once held and written with its body
    // (柯某，原安溪县政协常委、…): no other sentence shape opens so.
    let first = once_held(s.text, first);
    if m.persons.len() > 1 {
        return None;
    }
    let first = if s.title_starts_at(first) || opens_with_post_of_body(m, first) {
        first
    } else if crate::normalize::life_facts_start(&s.text[first..]) {
        // A résumé's opening may list the posts after the facts of the life (甲，1950年生，
        // 原南平市政协副主席、…): from the first clause that is a post of a body, or one once
        // held — with no verb of holding a post before it (历任…, whose reading gives them).
        s.text[first..]
            .match_indices([',', '，'])
            .map(|(k, c)| first + k + c.len())
            .find(|&k| {
                let post = once_held(s.text, k);
                !s.text[first..k].contains('任')
                    && (opens_with_post_of_body(m, post) || (post > k && s.title_starts_at(post)))
            })
            .map(|k| once_held(s.text, k))?
    } else {
        return None;
    };
    let posts = posts_from(s, m, first);
    (!posts.is_empty()).then_some((p, posts))
}

/// The length in bytes of the degree clause `text` opens with and its comma (医学博士，,
/// 硕士，), if it does.
fn degree_clause_len(text: &str) -> Option<usize> {
    let comma = text.find(['，', ','])?;
    let clause = &text[..comma];
    (clause.chars().count() <= MAX_DEGREE && ["博士", "硕士", "学士"].iter().any(|d| clause.ends_with(d)))
        .then(|| comma + text[comma..].chars().next().map_or(0, char::len_utf8))
}

/// Most characters in a degree's clause (经济学博士, 工商管理硕士).
const MAX_DEGREE: usize = 6;

/// The posts of a sentence of a résumé's paragraph that holds posts alone, with no name and
/// no verb (甲，男，1935年生，湖南湘潭人。原青溪化工厂厂长、党委书记。): each post whose clause is
/// only the post, its body before it, or posts joined by 、 — none when the first clause is
/// not a post of a body.
pub(crate) fn bare_posts(s: &Sentence<'_>, m: &Mentions<'_>) -> Vec<Unheld> {
    if !m.persons.is_empty() {
        return Vec::new();
    }
    let lead = s.text.len() - trimmed_start(s.text).len();
    let first = once_held(s.text, lead);
    if !opens_with_post_of_body(m, first) {
        return Vec::new();
    }
    let posts = posts_from(s, m, first);
    // (Every clause a post: a sentence that goes on otherwise is told of someone.)
    let last = posts.last().map_or(first, |u| m.roles[u.role].range.end);
    if s.text[last..].trim_start_matches(CLOSING_MARKS).trim().is_empty() {
        posts
    } else {
        Vec::new()
    }
}

/// Byte `at` of `text`, past a word saying the post after it is once or now held (原|…,
/// 现|…, 前|…).
fn once_held(text: &str, at: usize) -> usize {
    ["原", "现", "前"]
        .iter()
        .find_map(|w| text[at..].strip_prefix(w))
        .map_or(at, |rest| text.len() - rest.len())
}

/// Does a body open at byte `at`, a title right after it (青溪化工厂|厂长)?
fn opens_with_post_of_body(m: &Mentions<'_>, at: usize) -> bool {
    m.orgs
        .iter()
        .any(|o| o.range.start == at && m.roles.iter().any(|r| r.range.start == o.range.end))
}

/// The posts listed from byte `first` of `s` clause by clause: see [`profile_posts`].
fn posts_from(s: &Sentence<'_>, m: &Mentions<'_>, first: usize) -> Vec<Unheld> {
    let mut posts = Vec::new();
    let mut clause = first;
    for (r, role) in m.roles.iter().enumerate().filter(|(_, r)| r.range.start >= first) {
        if role.range.start < clause {
            continue;
        }
        let before = &s.text[clause..role.range.start];
        let org = m
            .orgs
            .iter()
            .position(|o| o.range.start == clause && o.range.end == role.range.start);
        let after = &s.text[role.range.end..];
        let closes = after.is_empty() || after.starts_with(CLOSING_MARKS);
        if !closes || !(before.is_empty() || before == "、" || org.is_some() || role.place.is_some()) {
            // A clause of words no reader took in (硕士|研究生|导师) is passed over; the
            // profile ends at the sentence's end.
            match after.find(['，', ',']) {
                Some(k) if !after[..k].contains(['。', '\n']) => {
                    let comma = after[k..].chars().next().map_or(0, char::len_utf8);
                    clause = role.range.end + k + comma;
                    continue;
                }
                _ => break,
            }
        }
        posts.push(Unheld {
            role: r,
            org,
            evidence: clause..role.range.end,
        });
        clause = role.range.end + after.chars().next().map_or(0, char::len_utf8);
        if after.starts_with(['。', '\n']) {
            break;
        }
    }
    posts
}

/// What a biography that tells the life opens with after the name.
const NARRATIVE_OPENINGS: &[&str] = &["出生于", "生于", "毕业于"];

/// The person (by index into `persons`) a form names in its name field (姓名：闻立新): the
/// subject of a résumé laid out as fields and dated lines.
pub(crate) fn opens_form(s: &Sentence<'_>, persons: &[Range<usize>]) -> Option<usize> {
    // From the colons (few, and found by a byte search): this runs on every sentence.
    let colon = s.text.match_indices(':').map(|(k, _)| k).find(|&k| {
        let label = s.text[..k].trim_end_matches(' ');
        label.strip_suffix("姓名").is_some_and(|before| {
            // The field starts a line (a heading may stand on the line before: 简历).
            before.is_empty() || before.ends_with(['\n', ' ', '\u{3000}', '\t'])
        })
    })?;
    let at = s.text.len() - s.text[colon + 1..].trim_start().len();
    persons.iter().position(|p| p.start == at)
}

/// Does `line` (the text after a line break) go on with a form: a field (性别：男,
/// 工作经历：, read as a notice's list label is), a dated entry, or a blank line?
pub(crate) fn form_goes_on(line: &str) -> bool {
    use crate::normalize::{list_label, starts_dated_line};
    let line = line.trim_start_matches([' ', '\u{3000}', '\t']);
    line.is_empty() || line.starts_with('\n') || list_label(line).is_some() || starts_dated_line(line)
}

/// Does `line` (the text after a line break) go on with a résumé: an entry of a table
/// (2001.03—2008.06 …), or a sentence of posts with no subject of its own (曾任…, 历任…)?
/// A line that opens otherwise (2015年起任…) may be about anyone.
pub(crate) fn resume_goes_on(line: &str) -> bool {
    use crate::normalize::starts_dated_line;
    let line = line.trim_start_matches([' ', '\u{3000}', '\t']);
    starts_dated_line(line) || POSTS_OPENINGS.iter().any(|w| line.starts_with(w))
}

/// Words a résumé's sentence of posts opens with.
const POSTS_OPENINGS: &[&str] = &["曾任", "历任", "现任", "先后任", "先后担任", "曾担任", "后任", "其后任"];

/// The holder of a post a verb gives no holder (`u`) in a life told clause by clause
/// (甲1990年任县长，1997年任副省长): the person of the post a verb gave before it in the
/// sentence, when the post's clause holds the verb and a date at most and no other name
/// stands between — not a clause with a subject of its own (，由班子成员担任组长).
pub(crate) fn chain_holder(
    st: &str,
    triples: &[super::TripleMention],
    persons: &[Range<usize>],
    u: &super::Unheld,
) -> Option<usize> {
    let t = triples
        .iter()
        .filter(|t| t.rule == crate::Rule::Appointment && t.evidence.end <= u.evidence.start)
        .max_by_key(|t| t.evidence.end)?;
    let named = &persons[t.person];
    let between = &st[t.evidence.end..u.evidence.start];
    let clause = between.rsplit(CLAUSE_MARKS).next().unwrap_or(between);
    (clause.len() < between.len()
        && dated_clause(clause)
        && !persons
            .iter()
            .any(|p| p.start >= named.end && p.end <= u.evidence.start))
    .then_some(t.person)
}

/// Does the text before a post's verb, from its clause's start, hold the verb and a date at
/// most (，1997年任, ，后兼任, 1983年起任, ，曾任, ，先后担任)?
pub(crate) fn dated_clause(before: &str) -> bool {
    let clause = before.rsplit(CLAUSE_MARKS).next().unwrap_or(before).trim_start();
    clause
        .trim_end_matches(|c: char| "任职兼调升改出担历起".contains(c))
        .chars()
        // (A span of years too, and a year's start, end or season: 1983年至1992年任, 1990年底任,
        // 1992年夏任.)
        .all(|c| {
            c.is_ascii_digit() || "年月日后又再并同次翌曾先〇零一二三四五六七八九十至—–-－～~底初末春夏秋冬".contains(c)
        })
}

/// Is a post a pronoun's (他此前担任…, 她1990年起任…, 1983年，其调任…) or the person's the
/// sentence before told of (。曾任…): does the text before it open with a personal pronoun
/// as the sentence's subject, or with the posts of a life when that person was the subject of
/// the sentence before (`subject_before`), in the post's clause or before
/// clauses of a date and the verb (他1958年参加工作，1983年起任…)? Not 他们, 其他, 其中 and
/// the like, and not where another clause brings a subject of its own (他表示，奥地利将担任…).
pub(crate) fn pronoun_holds(before: &str, subject_before: bool) -> bool {
    let text = before.trim_start();
    // A date may open the sentence (1983年，他…).
    let text = match text.split_once(CLAUSE_MARKS) {
        Some((date, rest)) if !date.is_empty() && date.chars().all(in_date) => rest.trim_start(),
        _ => text,
    };
    (opens_with_pronoun(text) || (subject_before && opens_with_posts(text)))
        && (!text.contains(CLAUSE_MARKS) || dated_clause(text))
}

/// Does a sentence open with the posts of a life and no subject of its own (曾任…, 历任…),
/// the person the sentence before told of holding them (甲现年48岁，…。曾任…)?
fn opens_with_posts(text: &str) -> bool {
    POSTS_OPENINGS.iter().any(|w| text.starts_with(w))
}

/// Does a sentence open with a personal pronoun as its subject (他同…, 她说)?
pub(crate) fn opens_with_pronoun(text: &str) -> bool {
    let mut chars = trimmed_start(text).chars();
    matches!(chars.next(), Some('他' | '她' | '其'))
        && !chars.next().is_some_and(|c| "们人他中余实次后它与及".contains(c))
}

/// A character of a date (1983年, 二〇〇三年三月).
fn in_date(c: char) -> bool {
    c.is_ascii_digit() || "年月日初底〇零一二三四五六七八九十".contains(c)
}

/// Marks that end a clause of a life told clause by clause.
const CLAUSE_MARKS: [char; 4] = ['，', ',', '；', ';'];

#[cfg(test)]
mod tests {
    use super::*;

    /// Does `opener` find the person `name` of `text` (read as one sentence)?
    fn opens_with(opener: fn(&Sentence<'_>, &[Range<usize>]) -> Option<usize>, text: &str, name: &str) -> bool {
        let a = text.find(name).unwrap();
        let s = Sentence {
            text,
            words: &[],
            hits: &[],
        };
        let person: Range<usize> = a..a + name.len();
        opener(&s, std::slice::from_ref(&person)).is_some()
    }

    #[test]
    fn a_resume_opens_with_a_name_and_the_facts_of_a_life() {
        let opens = |text, name| opens_with(opens_resume, text, name);
        assert!(opens("张明,男,汉族,1970年5月生。", "张明"));
        assert!(opens("李红,1975年出生,经济学博士。", "李红"));
        assert!(opens("李娜女士,1980年出生,中国国籍。", "李娜"));
        assert!(opens("韩立峰先生简历：男，1972年出生，中国国籍。", "韩立峰"));
        assert!(opens("甘绍明同志1939年3月出生,湖南浏阳人。", "甘绍明"));
        assert!(!opens("甘绍明同志2019年3月调任省里。", "甘绍明"));
        assert!(opens("甘绍明同志是湖南浏阳人,1939年3月出生。", "甘绍明"));
        assert!(!opens("甘绍明同志是湖南浏阳人,2019年3月调任省里。", "甘绍明"));
        assert!(!opens("张明,你好。", "张明"));
        assert!(!opens("昨天张明,男女老少都来了。", "张明"));
        assert!(opens("张明（1931—2009），男，汉族，本县人。", "张明"));
        assert!(opens("李红（1952— ），女，1975年毕业于师范学院。", "李红"));
        assert!(!opens("张明（左二），男女老少都来了。", "张明"));
    }

    #[test]
    fn a_form_opens_with_its_name_field_and_goes_on_over_fields() {
        let opens = |text, name| opens_with(opens_form, text, name);
        assert!(opens("姓名:闻立新\n", "闻立新"));
        assert!(opens("简历 姓名: 闻立新\n", "闻立新"));
        assert!(!opens("他的姓名:闻立新\n", "闻立新"));
        assert!(form_goes_on("性别:男\n"));
        assert!(form_goes_on("\n2016.08—2021.06 中共北辰县委书记"));
        assert!(form_goes_on(""));
        assert!(!form_goes_on("会议强调,要做好工作。"));
    }
}
