//! Data-driven golden tests: every `tests/golden/*.txt` file is a list of cases,
//! each a text and what must (or must not) be extracted from it.
//!
//! ```text
//! # comment
//! > 开发区党工委、管委会主任赵文博出席会议。
//! triple 赵文博 | 主任 | 开发区党工委
//! triple 赵文博 | 主任 | 开发区管委会        (org matched by text or full name)
//! place 林海涛 | 副市长 | 青山市              (the triple's place, by name; - for none)
//! rule 宫晓燕 | 局长 | removal                (the rule id of the person's triple with that role)
//! person 赵文博
//! !person 开发区
//! org 开发区党工委
//! !org 管委
//! parent 青山大学化学学院 | 青山大学          (an organisation and its parent, by text or name)
//! role 主任
//! fact 约800立方米 = 800 立方米 about       (text = exact value, unit, qualifier)
//! fact 五个 = 5 个 exact subject=办事处
//! !fact 一头                                (no fact or number whose text contains it)
//! number 第一批 = 1 ordinal
//! date 2018年7月 = 2018-07
//! facts 3                                   (exactly this many facts)
//! triples 2                                 (exactly this many triples)
//! ```
//!
//! A case is a `>` line followed by expectation lines, up to the next `>` line.
//! `\n` inside a `>` line stands for a line break. All failures of all files are
//! reported together, each with its file and line.

use std::fmt::Write as _;
use std::path::Path;

use zh_extract::{Extraction, Extractor};

struct Case {
    file: String,
    line: usize,
    text: String,
    expects: Vec<(usize, String)>,
}

fn load(path: &Path) -> Vec<Case> {
    let body = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut cases: Vec<Case> = Vec::new();
    for (i, raw) in body.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(text) = line.strip_prefix("> ") {
            cases.push(Case {
                file: file.clone(),
                line: i + 1,
                text: text.replace("\\n", "\n"),
                expects: Vec::new(),
            });
        } else {
            let case = cases
                .last_mut()
                .unwrap_or_else(|| panic!("{file}:{}: expectation before any `>` line", i + 1));
            case.expects.push((i + 1, line.to_string()));
        }
    }
    cases
}

fn org_matches(o: &zh_extract::Org<'_>, want: &str) -> bool {
    o.text == want || o.name == want
}

/// Checks one expectation; `Err` says what was found instead.
fn check(ex: &Extraction<'_>, expect: &str) -> Result<(), String> {
    let (negated, expect) = match expect.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, expect),
    };
    let (kind, arg) = expect.split_once(' ').unwrap_or((expect, ""));
    let arg = arg.trim();
    let found = match kind {
        "person" => ex.persons.iter().any(|p| p.text == arg),
        "org" => ex.orgs.iter().any(|o| org_matches(o, arg)),
        "role" => ex.roles.iter().any(|r| r.text == arg),
        "parent" => {
            let Some((org, parent)) = arg.split_once('|').map(|(o, p)| (o.trim(), p.trim())) else {
                return Err(format!("bad parent expectation {arg:?}"));
            };
            ex.orgs
                .iter()
                .any(|o| org_matches(o, org) && o.parent.as_deref().is_some_and(|p| org_matches(p, parent)))
        }
        "triple" | "place" | "rule" => {
            // triple 甲 | 局长 | 青山市公安局, place 甲 | 副市长 | 青山市 (`-` for none),
            // rule 甲 | 局长 | removal.
            let parts: Vec<&str> = arg.split('|').map(str::trim).collect();
            let [person, role, third] = parts[..] else {
                return Err(format!("bad {kind} expectation {arg:?}"));
            };
            ex.triples.iter().any(|t| {
                let third_matches = match kind {
                    "triple" => t.org.as_ref().map_or(third == "-", |o| org_matches(o, third)),
                    "place" => t.place.as_ref().map_or(third == "-", |p| p.name == third),
                    _ => t.rule.id() == third,
                };
                t.person.text == person && t.role.text == role && third_matches
            })
        }
        "fact" | "number" => {
            let (text, rest) = arg.split_once(" = ").unwrap_or((arg, ""));
            let mut fields = rest.split_whitespace();
            let value = fields.next();
            let want: Vec<&str> = fields.collect();
            if negated && rest.is_empty() {
                // !fact X: no fact or number whose text contains X.
                let hit =
                    ex.facts.iter().any(|f| f.text.contains(text)) || ex.numbers.iter().any(|n| n.text.contains(text));
                return if hit { Err(describe(ex)) } else { Ok(()) };
            }
            if kind == "fact" {
                ex.facts.iter().any(|f| {
                    f.text == text
                        && value.is_none_or(|v| f.value.to_string() == v)
                        && want.iter().all(|w| match w.split_once('=') {
                            Some(("subject", s)) => f.subject.as_ref().is_some_and(|x| x.text == s),
                            Some(("kind", k)) => f.unit_kind.as_str() == k,
                            Some(("si", v)) => f.si.as_ref().is_some_and(|si| format!("{}{}", si.value, si.unit) == v),
                            Some(("range", r)) => f.bounds.is_some_and(|b| format!("{}..{}", b.low, b.high) == r),
                            Some(("currency", c)) => f.currency.as_deref() == Some(c),
                            _ => *w == f.unit || *w == f.qualifier.as_str(),
                        })
                })
            } else {
                ex.numbers.iter().any(|n| {
                    n.text == text
                        && value.is_none_or(|v| n.value.to_string() == v)
                        && want.iter().all(|w| match w.split_once('=') {
                            Some(("range", r)) => n.bounds.is_some_and(|b| format!("{}..{}", b.low, b.high) == r),
                            Some(("unit", u)) => n.unit.as_deref() == Some(u),
                            _ => *w == n.kind.as_str(),
                        })
                })
            }
        }
        "date" => {
            let (text, value) = arg.split_once(" = ").unwrap_or((arg, ""));
            ex.dates
                .iter()
                .any(|d| d.text == text && (value.is_empty() || d.iso() == value))
        }
        "facts" | "triples" | "persons" => {
            let n: usize = arg.parse().map_err(|_| format!("bad count {arg:?}"))?;
            let got = match kind {
                "facts" => ex.facts.len(),
                "triples" => ex.triples.len(),
                _ => ex.persons.len(),
            };
            if (got == n) != negated {
                return Ok(());
            }
            return Err(format!("{got} {kind}: {}", describe(ex)));
        }
        _ => return Err(format!("unknown expectation kind {kind:?}")),
    };
    if found != negated { Ok(()) } else { Err(describe(ex)) }
}

/// A compact listing of what was extracted, for failure messages.
fn describe(ex: &Extraction<'_>) -> String {
    let mut s = String::new();
    let persons: Vec<&str> = ex.persons.iter().map(|p| &*p.text).collect();
    let orgs: Vec<String> = ex
        .orgs
        .iter()
        .map(|o| {
            if o.text == o.name {
                o.text.to_string()
            } else {
                format!("{}={}", o.text, o.name)
            }
        })
        .collect();
    let roles: Vec<&str> = ex.roles.iter().map(|r| &*r.text).collect();
    let _ = write!(
        s,
        "\n      persons {persons:?}\n      orgs {orgs:?}\n      roles {roles:?}"
    );
    for t in &ex.triples {
        let _ = write!(
            s,
            "\n      triple {} | {} | {} ({})",
            t.person.text,
            t.role.text,
            t.org.as_ref().map_or("-", |o| &o.name),
            t.rule.id()
        );
    }
    for f in &ex.facts {
        let subject = f
            .subject
            .as_ref()
            .map_or(String::new(), |x| format!(" subject={}", x.text));
        let _ = write!(
            s,
            "\n      fact {} = {} {} {} {}{subject}",
            f.text,
            f.value,
            f.unit,
            f.qualifier.as_str(),
            f.unit_kind.as_str()
        );
    }
    for n in &ex.numbers {
        let _ = write!(s, "\n      number {} = {} {}", n.text, n.value, n.kind.as_str());
    }
    for d in &ex.dates {
        let _ = write!(s, "\n      date {} = {}", d.text, d.iso());
    }
    s
}

#[test]
fn golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let only = std::env::var("GOLDEN").ok();
    let extractor = Extractor::new();
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in files {
        if only.as_deref().is_some_and(|o| !path.to_string_lossy().contains(o)) {
            continue;
        }
        for case in load(&path) {
            let ex = extractor.extract(&case.text);
            for (line, expect) in &case.expects {
                checked += 1;
                // Every reported span indexes the input to the item's text.
                if let Err(found) = check(&ex, expect) {
                    failures.push(format!(
                        "{}:{line}: {expect}\n    in {:?} (case at line {}); found:{found}",
                        case.file, case.text, case.line
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} golden expectations failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
