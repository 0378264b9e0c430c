//! Tools on top of the candidate generator, run by hand (ignored tests, not part of
//! the suite): the feature dump that `tools/fit_person_weights.py` fits the weights
//! on, and a per-sentence explanation of candidates and scores for debugging.

use std::fmt::Write as _;
use std::ops::Range;

use super::Tables;
use super::candidates::{self, Candidate, Marks};
use crate::dictionary::{EntryTable, Lexicon, compile_lexicon};
use crate::normalize::View;
use crate::recognize::{Sentence, is_han};
use crate::segment;

/// Runs the candidate generator over every sentence of `text`, calling `each` with the
/// view, the sentence's range in it, the sentence and its candidates.
fn each_sentence(
    lexicon: &Lexicon,
    tables: &Tables,
    text: &str,
    mut each: impl FnMut(&View<'_>, Range<usize>, &Sentence<'_>, &[Candidate]),
) {
    let view = View::new(text);
    let (mut marks, mut cands, mut words) = (Marks::default(), Vec::new(), Vec::new());
    for range in segment::sentences(view.text()) {
        let st = &view.text()[range.clone()];
        if !st.chars().any(is_han) {
            continue;
        }
        words.clear();
        segment::words(st, &mut words);
        let mut hits = Vec::new();
        lexicon.find_in_words(st, &words, &mut hits);
        let s = Sentence {
            text: st,
            words: &words,
            hits: &hits,
        };
        marks.load(&s);
        cands.clear();
        candidates::collect(tables, &s, &marks, &mut cands, &mut candidates::Seen::default());
        each(&view, range, &s, &cands);
    }
}

/// Input (`PERSON_DUMP_IN`): one document a line, `<text>\t<start>:<end>,...` with the
/// byte spans of the gold names in `<text>`. Output (`PERSON_DUMP_OUT`): one candidate
/// a line, `<line> <kind> <label> <start> <end> <features...>`.
#[test]
#[ignore = "a tool for fitting weights, run by tools/fit_person_weights.py"]
fn dump_candidate_features() {
    let (Ok(input), Ok(output)) = (std::env::var("PERSON_DUMP_IN"), std::env::var("PERSON_DUMP_OUT")) else {
        panic!("set PERSON_DUMP_IN and PERSON_DUMP_OUT");
    };
    let lexicon = compile_lexicon(&[], &EntryTable::default()).unwrap();
    let tables = Tables::embedded().unwrap();
    let body = std::fs::read_to_string(input).unwrap();
    let mut out = String::new();
    for (line_no, line) in body.lines().enumerate() {
        let (text, spans) = line.split_once('\t').unwrap_or((line, ""));
        let gold: Vec<(usize, usize)> = spans
            .split(',')
            .filter_map(|p| p.split_once(':'))
            .map(|(a, b)| (a.parse().unwrap(), b.parse().unwrap()))
            .collect();
        each_sentence(&lexicon, &tables, text, |view, range, _, cands| {
            for c in cands {
                let span = view.original_span(range.start + c.start..range.start + c.end);
                let label = u8::from(gold.contains(&(span.start, span.end)));
                let _ = write!(out, "{line_no} {} {label} {} {}", c.kind.name(), span.start, span.end);
                for v in &c.features[..c.kind.features().len()] {
                    let _ = write!(out, " {v}");
                }
                out.push('\n');
            }
        });
    }
    std::fs::write(output, out).unwrap();
}

/// Prints every candidate of `PERSON_EXPLAIN` with its features and score.
#[test]
#[ignore = "a debugging aid: PERSON_EXPLAIN=<text> cargo test --lib explain_candidates -- --ignored --nocapture"]
fn explain_candidates() {
    let text = std::env::var("PERSON_EXPLAIN").expect("set PERSON_EXPLAIN");
    let lexicon = compile_lexicon(&[], &EntryTable::default()).unwrap();
    let tables = Tables::embedded().unwrap();
    let weights = super::Weights::embedded().unwrap();
    each_sentence(&lexicon, &tables, &text, |_, _, s, cands| {
        println!(
            "{}",
            s.words.iter().map(|w| &s.text[w.clone()]).collect::<Vec<_>>().join("/")
        );
        for c in cands {
            let shown: Vec<String> = (c.kind.features().iter().zip(&c.features))
                .filter(|(_, v)| **v != 0.0)
                .map(|(n, v)| format!("{n}={v:.2}"))
                .collect();
            let text = &s.text[c.start..c.end];
            println!("{:>8.2} {text} {} {}", weights.score(c), c.kind.name(), shown.join(" "));
        }
    });
}

/// Times jieba and the person pass over the sentences of `PERSON_TIME` (a UTF-8 file).
#[test]
#[ignore = "a measurement: PERSON_TIME=<file> cargo test --release --lib time_person_pass -- --ignored --nocapture"]
fn time_person_pass() {
    use std::time::{Duration, Instant};
    let text = std::fs::read_to_string(std::env::var("PERSON_TIME").expect("set PERSON_TIME")).unwrap();
    let lexicon = compile_lexicon(&[], &EntryTable::default()).unwrap();
    let model = super::PersonModel::embedded().unwrap();
    let view = View::new(&text);
    let (mut words, mut found) = (Vec::new(), Vec::new());
    segment::words("预热", &mut words);
    let (mut jieba, mut persons) = (Duration::ZERO, Duration::ZERO);
    for range in segment::sentences(view.text()) {
        let st = &view.text()[range];
        let t0 = Instant::now();
        words.clear();
        segment::words(st, &mut words);
        jieba += t0.elapsed();
        let mut hits = Vec::new();
        lexicon.find_in_words(st, &words, &mut hits);
        let s = Sentence {
            text: st,
            words: &words,
            hits: &hits,
        };
        let t1 = Instant::now();
        model.find(&s, &mut found, &mut Vec::new(), (0, &mut Vec::new()));
        persons += t1.elapsed();
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "{mb:.1} MB: jieba {:.1} MB/s, persons {:.1} MB/s ({:.1}% of jieba), {} names",
        mb / jieba.as_secs_f64(),
        mb / persons.as_secs_f64(),
        100.0 * persons.as_secs_f64() / jieba.as_secs_f64(),
        found.len()
    );
}
