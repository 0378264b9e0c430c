//! Properties every extraction must have, whatever the input:
//!
//! * it never panics, on random or adversarial Unicode;
//! * every item's span indexes the input on character boundaries and
//!   `&input[item.span.range()] == item.text` (persons, roles, organisations and their
//!   parents, every part of a triple, facts and their subjects, numbers, dates);
//! * it is deterministic: twice the same call, any thread count, any batch split,
//!   16 threads sharing one extractor — always the same output;
//! * it is local: a separate paragraph appended after a document does not change
//!   what is found in the document;
//! * it takes linear time: 4× the input costs at most ~8× the CPU time (quadratic work costs 16×).

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/invariants.rs"]
mod invariants;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use corpus::Rng;
use invariants::span_errors;
use zh_extract::{Extraction, Extractor, Span};

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

// ---------------------------------------------------------------------------
// The span invariant (checked by `support/invariants.rs`)

/// Extracts `text`, catching a panic; returns the problems found (empty when all is well).
fn problems(ex: &Extractor, text: &str) -> Vec<String> {
    match catch_unwind(AssertUnwindSafe(|| ex.extract(text))) {
        Ok(found) => span_errors(text, &found),
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| p.downcast_ref::<&str>().copied())
                .unwrap_or("(non-string panic)");
            vec![format!("panicked: {msg}")]
        }
    }
}

/// A short, printable description of an input for failure messages.
fn describe(text: &str) -> String {
    let head: String = text.chars().take(60).collect();
    format!("{} bytes, starting {head:?}", text.len())
}

fn assert_all_clean(cases: &[(String, String)]) {
    let ex = &*EX;
    let mut report = String::new();
    for (name, text) in cases {
        let p = problems(ex, text);
        if !p.is_empty() {
            report.push_str(&format!("\n[{name}] ({}):\n", describe(text)));
            for line in p.iter().take(10) {
                report.push_str(&format!("    {line}\n"));
            }
        }
    }
    assert!(report.is_empty(), "span invariant or panic failures:{report}");
}

#[test]
fn the_span_checker_catches_broken_items() {
    use zh_extract::{Org, OrgKind, Person};
    let text = "青山市财政局局长王明";
    let mut ex = Extraction::default();
    assert!(span_errors(text, &ex).is_empty());
    ex.persons.push(Person {
        text: "王明".into(),
        span: Span::new(24, 30),
    });
    assert!(span_errors(text, &ex).is_empty());
    ex.persons.push(Person {
        text: "王".into(),
        span: Span::new(24, 25), // not on a char boundary
    });
    ex.persons.push(Person {
        text: "局长".into(),
        span: Span::new(0, 6), // spells 青山
    });
    ex.orgs.push(Org {
        text: "财政局".into(),
        span: Span::new(9, 18),
        name: "青山市财政局".into(),
        kind: OrgKind::Government,
        parent: Some(Box::new(Org {
            text: "青山".into(),
            span: Span::new(0, 99), // outside the text
            name: "青山".into(),
            kind: OrgKind::Government,
            parent: None,
        })),
    });
    let errors = span_errors(text, &ex);
    assert_eq!(errors.len(), 4, "{errors:#?}"); // three bad spans, and persons out of order
}

// ---------------------------------------------------------------------------
// Random input

/// Pieces random documents are made of: the words the recognisers look for, numerals
/// and units, punctuation of both widths (separated by spaces here) ...
const WORDS: &str = "王 李 欧阳 张 新亭 明 华 主任 副主任 常务副 局长 书记 市长 副市长 记者 通讯员 董事长 总经理 校长 组长 \
    委员 同志 局 委员会 管委会 党工委 有限公司 集团 大学 学院 研究院 协会 办公室 领导小组 省 市 区 县 青山市 东湖区 兼 任 \
    担任 由 为 出席 表示 指出 以下简称 简称 “公司” 公司 本公司 及 和 党组成员 任命： 被任命为 调任 接替 曾任 现任 \
    男， 女士， 1972年出生 年生 中院 一中 北京 分行 宣传部 市委 技术员 车间主任 梅开二度 有朝一日 新华社 电( 讯( 政协 人大 英超 主队 vs 届 八届 日讯经 原告 · 驻 派驻 驻沪 纪检监察组 联社 扶贫办 裁判 中宣部 成立 调整 设在 如下： 副组长： 免去 的 职务 先生简历： 外长 宣布 萨利姆 图雷尔 说 大夫 老汉 ·卡维诺 主帅 多 法 \
    约 近 余 多 超过 不足 至少 左右 第 一 二 两 三 十 百 千 万 亿 零 〇 几 半 点 分之 百分之 个百分点 成 倍 至 到 - ~ — \
    0 1 5 9 12 800 3.5 1,100.9 . ． % ％ ０ ５ １２ 平方米 立方米 公里 元 万元 亿元 美元 吨 公斤 个 家 名 次 间 年 月 日 号 \
    岁 ℃ 小时 GB km m² \
    。 ， 、 ； ： ？ ！ “ ” （ ） ( ) 《 》 【 】 … …… Ａ ｂ Ω ع שָׁלוֹם 𠀀 𪚥 😀 🇨🇳";

/// ... and blanks, line breaks and Unicode that trips up byte/char arithmetic
/// (combining marks, ZWJ, bidi controls, non-BMP, BOM, NUL).
const SPECIAL: &str = " |\u{3000}|\t|\n|\r|\r\n|\n\n|\u{2028}|\u{2029}|\u{85}|\u{A0}|\u{301}|\u{308}|\u{200D}|\u{200B}|\
    \u{200E}|\u{200F}|\u{202E}|\u{2066}|\u{FEFF}|\u{0}|\u{7F}|e\u{301}|👨\u{200D}👩\u{200D}👧|\u{FFFD}|\u{10FFFF}";

static FRAGMENTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| WORDS.split_whitespace().chain(SPECIAL.split('|')).collect());

/// Any Unicode scalar value, weighted towards the interesting planes.
fn random_char(r: &mut Rng) -> char {
    let cp = match r.below(6) {
        0 => r.range(0, 0x7F),
        1 => r.range(0x80, 0x7FF),
        2 => r.range(0x3000, 0x9FFF),
        3 => r.range(0xFF00, 0xFFFF),
        4 => r.range(0x1_0000, 0x10_FFFF),
        _ => r.range(0, 0x10_FFFF),
    } as u32;
    char::from_u32(cp).unwrap_or('\u{FFFD}')
}

fn random_doc(r: &mut Rng, max_pieces: usize) -> String {
    let n = r.range(0, max_pieces);
    let mut s = String::new();
    for _ in 0..n {
        match r.below(10) {
            0 => s.push(random_char(r)),
            1 => s.push_str(&corpus::sentence(r)),
            _ => s.push_str(r.pick(&FRAGMENTS)),
        }
    }
    s
}

#[test]
fn random_fragment_soup_keeps_the_span_invariant() {
    let mut r = Rng::new(0x5EED_0001);
    let cases: Vec<(String, String)> = (0..3000)
        .map(|i| {
            (
                format!("random #{i}"),
                random_doc(&mut r, if i % 10 == 0 { 400 } else { 60 }),
            )
        })
        .collect();
    assert_all_clean(&cases);
}

#[test]
fn random_scalar_values_keep_the_span_invariant() {
    let mut r = Rng::new(0x5EED_0002);
    let cases: Vec<(String, String)> = (0..500)
        .map(|i| {
            let n = r.range(0, 200);
            (format!("scalars #{i}"), (0..n).map(|_| random_char(&mut r)).collect())
        })
        .collect();
    assert_all_clean(&cases);
}

#[test]
fn generated_news_keeps_the_span_invariant() {
    let cases: Vec<(String, String)> = corpus::documents(7, 200, 600)
        .into_iter()
        .enumerate()
        .map(|(i, d)| (format!("news #{i}"), d))
        .collect();
    assert_all_clean(&cases);
}

// ---------------------------------------------------------------------------
// Adversarial input

/// Odd input. `kb` sets the size of the long runs: ~256 KB in the default (debug) run,
/// 1 MB in the `full_size_*` tests that CI runs in release.
fn adversarial(kb: usize) -> Vec<(String, String)> {
    let n = kb * 1000;
    let mut v: Vec<(String, String)> = vec![
        ("empty".into(), String::new()),
        ("one space".into(), " ".into()),
        ("non-BMP names".into(), "𠀀𪚥主任𠀁𠀂出席。王𠀀主任说。".into()),
        (
            "combining marks".into(),
            "王\u{301}新亭主任、李\u{308}明局长\u{301}，约8\u{301}00立方米\u{301}。".into(),
        ),
        ("combining mark first".into(), "\u{301}主任赵文博".into()),
        (
            "zwj".into(),
            "王\u{200D}新亭主任\u{200D}出席，共3\u{200D}5家\u{200D}企业。".into(),
        ),
        (
            "rtl marks".into(),
            "\u{200F}赵文博\u{202E}主任\u{202C}，\u{2067}约800平方米\u{2069}。".into(),
        ),
        ("arabic and hebrew".into(), "مرحبا 主任王明 שָׁלוֹם 约800平方米".into()),
        ("lone cr".into(), "主任\r赵文博\r约\r800\r立方米\r".into()),
        ("lone lf".into(), "主任\n赵文博\n约\n800\n立方米\n".into()),
        ("only cr".into(), "\r".into()),
        ("only lf".into(), "\n".into()),
        (
            "crlf between every char".into(),
            "东\r\n湖\r\n区\r\n财\r\n政\r\n局\r\n局\r\n长\r\n王\r\n明".into(),
        ),
        (
            "short digit runs".into(),
            "共有123456789012345678901234567890123456789012345人".into(),
        ),
        ("100k line breaks".into(), "\n".repeat(100_000)),
        ("100k crlf".into(), "\r\n".repeat(100_000)),
    ];
    // Long runs of one shape, about `n` bytes each.
    let runs: &[(&str, &str)] = &[
        ("breaks between han", "王\n"),
        ("breaks between digits", "8\n"),
        ("breaks and titles", "主任\n\n"),
        ("一", "一"),
        ("王", "王"),
        ("王主任", "王主任"),
        ("九", "九"),
        ("万", "万"),
        ("零", "零"),
        ("digits with separators", "1,"),
        ("dots", "1."),
        ("percents", "%百分之"),
        ("only full-width punctuation", "。，、；：？！“”（）《》【】…—～"),
        ("only half-width punctuation", ".,;:?!\"'()[]<>-~"),
        ("、-coordinated organisations", "青山市财政局、"),
        ("coordinated suffixes", "局、委、办、"),
        ("titles without names", "主任副主任局长书记常务副市长记者"),
        ("titles with commas", "主任，"),
        ("appointment verbs", "任命为担任兼任"),
        ("brackets unclosed", "（"),
        ("brackets closed", "（记者王明）"),
        ("ideographic spaces", "\u{3000}"),
        ("nul bytes", "\0"),
        ("bom everywhere", "\u{FEFF}王明主任"),
        ("replacement chars", "\u{FFFD}"),
        ("emoji zwj sequences", "👨\u{200D}👩\u{200D}👧主任"),
        ("dates", "2023年13月45日1998年2月30日0年0月0日"),
        ("unit soup", "平方米立方米公里万元亿元"),
    ];
    for (name, unit) in runs {
        let mut text = unit.repeat(n / unit.len() + 1);
        if name.contains("organisations") {
            text.push_str("教育局主任李明出席会议。");
        }
        v.push((format!("{kb} KB of {name}"), text));
    }
    // A long sentence of realistic words and no punctuation at all.
    let mut r = Rng::new(11);
    let mut no_punct = String::new();
    while no_punct.len() < n {
        let s = corpus::sentence(&mut r);
        no_punct.extend(
            s.chars()
                .filter(|c| !matches!(c, '。' | '，' | '、' | '；' | '：' | '（' | '）' | '“' | '”')),
        );
    }
    v.push((format!("{kb} KB of news without punctuation"), no_punct));
    v
}

/// Long runs of digits: one number of thousands of digits, digits only, full-width digits.
fn digit_runs(kb: usize) -> Vec<(String, String)> {
    let n = kb * 1000;
    vec![
        (format!("{kb} KB of digits"), "0123456789".repeat(n / 10)),
        (format!("{kb} KB of 9 before 万亿元"), "9".repeat(n) + "万亿元"),
        (format!("0. and {kb} KB of zeros"), format!("0.{}平方米", "0".repeat(n))),
        (
            format!("{kb} KB of full-width digits"),
            "０１２３４５６７８９".repeat(n / 30),
        ),
    ]
}

/// The texts in one folder of tests/fuzz_regressions.
fn regression_texts(folder: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(folder);
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the regression folder exists") {
        let path = entry.unwrap().path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        cases.push((path.display().to_string(), text));
    }
    assert!(!cases.is_empty());
    cases
}

/// Replays what the fuzz targets found and what has been fixed (tests/fuzz_regressions/extract).
#[test]
fn fuzz_regressions_keep_the_span_invariant() {
    assert_all_clean(&regression_texts("extract"));
}

#[test]
fn adversarial_inputs_keep_the_span_invariant() {
    assert_all_clean(&adversarial(256));
    assert_all_clean(&digit_runs(256));
}

/// The same at 1 MB a run; run by CI in release (`cargo test --release -- --ignored full_size`).
#[test]
#[ignore = "slow in debug builds; CI runs it in release"]
fn full_size_adversarial_inputs_keep_the_span_invariant() {
    assert_all_clean(&adversarial(1000));
    assert_all_clean(&digit_runs(1000));
}

/// 10 MB with no punctuation: one sentence after another with nothing to split on
/// but the length cap.
#[test]
#[ignore = "slow in debug builds; CI runs it in release"]
fn full_size_ten_megabytes_without_punctuation() {
    assert_clean_without_punctuation(10_000_000);
}

/// 2 MB with no punctuation in the default run.
#[test]
fn two_megabytes_without_punctuation() {
    assert_clean_without_punctuation(2_000_000);
}

/// At least `bytes` of news-like text with no punctuation keep the span invariant.
fn assert_clean_without_punctuation(bytes: usize) {
    let unit = "青山市人民政府常务副市长王建国在东湖区调研时指出要加快推进城市快速路建设投资约十二亿元";
    let text = unit.repeat(bytes / unit.len() + 1);
    let found = EX.extract(&text);
    let errors = span_errors(&text, &found);
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(10)]);
}

// ---------------------------------------------------------------------------
// Determinism

fn sample_docs() -> Vec<String> {
    let mut docs = corpus::documents(21, 60, 800);
    let mut r = Rng::new(22);
    docs.extend((0..40).map(|_| random_doc(&mut r, 80)));
    docs.push(String::new());
    docs.push("王".repeat(5000));
    docs
}

#[test]
fn extracting_twice_gives_identical_results() {
    for doc in sample_docs() {
        assert_eq!(EX.extract(&doc), EX.extract(&doc), "{}", describe(&doc));
    }
}

#[test]
fn a_builder_with_no_additions_and_clones_agree_with_new() {
    let built = Extractor::builder().build().unwrap();
    let cloned = EX.clone();
    for doc in sample_docs().iter().take(30) {
        let expected = EX.extract(doc);
        assert_eq!(built.extract(doc), expected);
        assert_eq!(cloned.extract(doc), expected);
    }
}

#[test]
fn batch_output_is_identical_whatever_the_thread_count() {
    let docs = sample_docs();
    let expected: Vec<Extraction<'_>> = docs.iter().map(|d| EX.extract(d)).collect();
    for threads in [1, 2, 3, 16, 1000] {
        assert_eq!(
            EX.extract_batch_with_threads(&docs, threads),
            expected,
            "threads = {threads}"
        );
    }
    assert_eq!(EX.extract_batch(&docs), expected);
    let empty: [&str; 0] = [];
    assert!(EX.extract_batch_with_threads(&empty, 0).is_empty());
    assert_eq!(EX.extract_batch_with_threads(&docs[..1], 0), expected[..1]);
}

#[test]
fn batch_output_is_identical_whatever_the_split() {
    let docs = sample_docs();
    let expected: Vec<Extraction<'_>> = docs.iter().map(|d| EX.extract(d)).collect();
    for chunk in [1, 2, 7, 50] {
        let mut got = Vec::new();
        for part in docs.chunks(chunk) {
            got.extend(EX.extract_batch_with_threads(part, 2));
        }
        assert_eq!(got, expected, "chunks of {chunk}");
    }
}

#[test]
fn sixteen_threads_sharing_one_extractor_agree_with_one() {
    let docs = sample_docs();
    let ex = Extractor::new();
    let expected: Vec<Extraction<'_>> = docs.iter().map(|d| ex.extract(d)).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..16)
            .map(|t| {
                let (ex, docs, expected) = (&ex, &docs, &expected);
                scope.spawn(move || {
                    // Each thread walks the documents from a different starting point.
                    for k in 0..docs.len() {
                        let i = (k + t * 7) % docs.len();
                        assert_eq!(ex.extract(&docs[i]), expected[i], "thread {t}, document {i}");
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().expect("a worker thread panicked");
        }
    });
}

// ---------------------------------------------------------------------------
// Locality

/// The items of `ex` whose spans end at or before `end`, as comparable debug strings.
fn items_before(ex: &Extraction<'_>, end: usize) -> Vec<String> {
    fn keep<T: std::fmt::Debug>(items: &[T], span: impl Fn(&T) -> Span, end: usize, out: &mut Vec<String>) {
        out.extend(items.iter().filter(|x| span(x).end <= end).map(|x| format!("{x:?}")));
    }
    let mut v = Vec::new();
    keep(&ex.persons, |x| x.span, end, &mut v);
    keep(&ex.roles, |x| x.span, end, &mut v);
    keep(&ex.orgs, |x| x.span, end, &mut v);
    keep(&ex.triples, |x| x.evidence, end, &mut v);
    keep(&ex.facts, |x| x.span, end, &mut v);
    keep(&ex.numbers, |x| x.span, end, &mut v);
    keep(&ex.dates, |x| x.span, end, &mut v);
    v
}

#[test]
fn appending_a_paragraph_does_not_change_what_is_found_before_it() {
    let mut r = Rng::new(31);
    let mut docs = corpus::documents(32, 80, 500);
    docs.extend((0..80).map(|_| random_doc(&mut r, 50)));
    let mut failures = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        // A document is closed by a sentence end and a line break; what follows is a new paragraph.
        let head = format!("{doc}。\n");
        let alone = EX.extract(&head);
        let tail = if i % 2 == 0 {
            corpus::paragraph(&mut r)
        } else {
            random_doc(&mut r, 40)
        };
        let both_text = format!("{head}{tail}");
        let both = EX.extract(&both_text);
        let before = items_before(&alone, head.len());
        let after = items_before(&both, head.len());
        if before != after {
            failures.push(format!(
                "doc #{i} ({}) + {:?}:\n  alone: {before:?}\n  with tail: {after:?}",
                describe(&head),
                tail
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(3)].join("\n")
    );
}

// ---------------------------------------------------------------------------
// Linear time

/// CPU time this thread has used: `/proc/thread-self/schedstat` where the kernel has it
/// (immune to other processes' load), wall-clock time elsewhere.
fn cpu_time() -> Duration {
    static START: LazyLock<Instant> = LazyLock::new(Instant::now);
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| START.elapsed(), Duration::from_nanos)
}

/// The CPU time of one run of `f` on `text`: the least of three batches, each repeating
/// `f` for at least 50 ms, since the kernel updates a thread's CPU time only at scheduler
/// ticks (a few milliseconds apart).
fn cost(f: &dyn Fn(&str), text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let (cpu, wall) = (cpu_time(), Instant::now());
            let mut runs = 0;
            while runs == 0 || wall.elapsed() < Duration::from_millis(50) {
                f(std::hint::black_box(text));
                runs += 1;
            }
            cpu_time().saturating_sub(cpu) / runs
        })
        .min()
        .unwrap_or_default()
}

/// Whether 4× the input costs `f` at most 8× the time (quadratic work would cost 16×).
/// A noisy machine can make one measurement look bad; a real regression fails every time,
/// so three tries are allowed. `Err` holds the ratios measured.
// (8×, not 6×: a large input's output outgrows the caches. 240 KB of `共12345人，` costs
// 3.7× the instructions of 60 KB — linear — but 5–6.3× the time on this machine.)
fn linear(f: &dyn Fn(&str), unit: &str, base_bytes: usize) -> Result<(), String> {
    let small = unit.repeat(base_bytes / unit.len() + 1);
    let large = unit.repeat(4 * (base_bytes / unit.len() + 1));
    let mut ratios = Vec::new();
    for _ in 0..3 {
        let (a, b) = (cost(f, &small), cost(f, &large));
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
        if ratio <= 8.0 {
            return Ok(());
        }
        ratios.push(format!("{ratio:.1} ({a:?} → {b:?})"));
    }
    Err(ratios.join(", "))
}

fn extract(text: &str) {
    std::hint::black_box(EX.extract(text));
}

#[test]
fn the_linearity_check_catches_quadratic_work() {
    // Counts, for every character, the characters before it: O(n²).
    let quadratic = |text: &str| {
        let mut total = 0usize;
        for (i, _) in text.char_indices() {
            total += std::hint::black_box(&text[..i]).chars().count();
        }
        std::hint::black_box(total);
    };
    assert!(linear(&quadratic, "王", 6_000).is_err());
    let linear_work = |text: &str| {
        std::hint::black_box(text.chars().filter(|c| *c == '王').count());
    };
    assert!(linear(&linear_work, "王", 600_000).is_ok());
}

/// Asserts that every shape costs linear time, reporting all that do not.
fn assert_all_linear(shapes: &[(&str, &str)], base_bytes: usize) {
    EX.extract("王主任出席。"); // load the segmenter outside the measurements
    let mut failures = Vec::new();
    for (name, unit) in shapes {
        if let Err(ratios) = linear(&extract, unit, base_bytes) {
            failures.push(format!("{name}: 4× the input cost more than 8× the time: {ratios}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A document of `n` distinct short-name definitions, each used once after it.
fn short_name_definitions(n: usize) -> String {
    const CHARS: [char; 20] = [
        '青', '山', '白', '河', '金', '石', '华', '明', '远', '东', '西', '南', '北', '中', '天', '安', '康', '宁',
        '平', '和',
    ];
    (0..n)
        .map(|i| {
            let short: String = [i % 20, i / 20 % 20, i / 400 % 20].iter().map(|&k| CHARS[k]).collect();
            format!("{short}科技有限公司（以下简称“{short}”）与{short}签约。")
        })
        .collect()
}

/// Regression: every short name a document defined was looked for in every later
/// sentence, so a document of definitions cost definitions × sentences.
#[test]
fn many_short_name_definitions_cost_linear_time() {
    EX.extract("王主任出席。");
    let (small, large) = (short_name_definitions(1000), short_name_definitions(4000));
    let mut ratios = Vec::new();
    for _ in 0..3 {
        let (a, b) = (cost(&extract, &small), cost(&extract, &large));
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
        if ratio <= 8.0 {
            return;
        }
        ratios.push(format!("{ratio:.1} ({a:?} → {b:?})"));
    }
    panic!("4× the definitions cost more than 8× the time: {}", ratios.join(", "));
}

#[test]
fn time_is_linear_in_the_input() {
    let mut r = Rng::new(41);
    let news = corpus::document(&mut r, 20_000);
    let no_punct: String = news
        .chars()
        .filter(|c| !matches!(c, '。' | '，' | '、' | '；' | '\n'))
        .collect();
    let soup = random_doc(&mut Rng::new(42), 2000);
    assert_all_linear(
        &[
            ("news", &news),
            ("news without punctuation", &no_punct),
            ("fragment soup", &soup),
            ("一", "一"),
            ("王", "王"),
            ("coordinated organisations", "青山市财政局、"),
            ("short digit groups", "共12345人，"),
            // Once quadratic: an i128 overflow after 38 digits restarted the scan one
            // character on; and 王主任 searched every earlier name of the document.
            ("digits", "0123456789"),
            ("王主任", "王主任"),
            ("Chinese numerals", "一千二百三十四万五千六百七十八"),
            ("line breaks between characters", "王\n"),
            ("units and qualifiers", "约800平方米，近5万元，"),
        ],
        60_000,
    );
}

/// Regression: the pipeline once collected every earlier person of the document for each
/// sentence (to resolve 王主任-style titles), so a long document cost sentences × persons:
/// 1.25 MB of news took 0.16 s, 5 MB 1.4 s. Earlier names are now indexed once as they come.
#[test]
fn time_is_linear_on_long_news() {
    let news = corpus::documents(1998, 200, 1000).join("\n");
    assert_all_linear(&[("long news", &news)], 1_250_000);
}
