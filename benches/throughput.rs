//! Throughput benches (criterion, `Throughput::Bytes`).
//!
//! The long text is a ~2 MB corpus generated from templates (`tests/support/corpus.rs`:
//! made-up officials, organisations and figures in official-news sentences), one
//! document of about 1 KB a line. Set `ZH_EXTRACT_BENCH_CORPUS=/path/to/file` (UTF-8,
//! one document a line) to run the long-text benches on real news instead;
//! `tools/bench_corpus.py` writes such a file from the People's Daily dev set.
//!
//! Groups:
//! * `throughput/jieba_cut_hmm` — the baseline: jieba-rs `cut(doc, true)` (HMM on) on each
//!   document of the corpus, whole; `throughput/extract` — `Extractor::extract` on the
//!   same documents. Their ratio is the cost of everything beyond segmentation.
//! * `build/builder_one_entry` — `Extractor::builder().add_title(..).build()`: a full
//!   compile of the embedded dictionaries plus one entry; `build/new_warm` — `Extractor::new()`
//!   once the process-wide default exists (a reference-count bump). The first
//!   `Extractor::new()` and the first extraction (which loads jieba-rs's dictionary) are
//!   one-offs per process: they are timed once at start-up and printed, not benched.
//! * `short/extract` — one news sentence.
//! * `long_document/one_document` vs `long_document/split_1kb` — the whole corpus as one
//!   ~2 MB document vs the same text cut into ~1 KB documents at sentence ends, one
//!   thread: equal throughput means no long-text regression.
//! * `batch/one_thread` vs `batch/all_threads` — `extract_batch_with_threads(docs, 1)` vs
//!   `extract_batch(docs)` on the ~1 KB documents.
//!
//! The extractor is built outside every timed loop.

#[path = "../tests/support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput};
use jieba_rs::Jieba;
use zh_extract::Extractor;

/// Size of the generated corpus, and the most read from `ZH_EXTRACT_BENCH_CORPUS`.
const CORPUS_BYTES: usize = 2_000_000;

/// The documents of the long text and where they came from.
struct Corpus {
    source: String,
    docs: Vec<String>,
}

impl Corpus {
    fn load() -> Corpus {
        match std::env::var_os("ZH_EXTRACT_BENCH_CORPUS") {
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("ZH_EXTRACT_BENCH_CORPUS={}: {e}", path.to_string_lossy()));
                let mut docs = Vec::new();
                let mut bytes = 0;
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    if bytes >= CORPUS_BYTES {
                        break;
                    }
                    bytes += line.len();
                    docs.push(line.to_string());
                }
                Corpus {
                    source: path.to_string_lossy().into_owned(),
                    docs,
                }
            }
            None => {
                let mut r = corpus::Rng::new(1998);
                let mut docs = Vec::new();
                let mut bytes = 0;
                while bytes < CORPUS_BYTES {
                    let d = corpus::document(&mut r, 1000);
                    bytes += d.len();
                    docs.push(d);
                }
                Corpus {
                    source: "generated".into(),
                    docs,
                }
            }
        }
    }

    fn bytes(&self) -> u64 {
        self.docs.iter().map(|d| d.len() as u64).sum()
    }

    /// All documents as one, a line break between two.
    fn joined(&self) -> String {
        self.docs.join("\n")
    }
}

/// Cuts `text` into documents of about `size` bytes, each ending at a sentence end.
fn split(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if end - start >= size && matches!(c, '。' | '！' | '？' | '\n') {
            out.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The one-off costs of a process, timed once: they cannot be repeated in one process.
fn one_off_costs() -> Jieba {
    let t = Instant::now();
    let _ = black_box(Extractor::new());
    let new = t.elapsed();
    let t = Instant::now();
    let _ = black_box(Extractor::new().extract("青山市财政局局长王建国出席会议。"));
    let first = t.elapsed();
    let t = Instant::now();
    let jieba = Jieba::new();
    let jieba_new = t.elapsed();
    eprintln!(
        "one-off costs of this process: first Extractor::new() {new:.1?} (compiles the embedded dictionaries), \
         first extract {first:.1?} (loads jieba-rs's dictionary), Jieba::new() for the baseline {jieba_new:.1?}"
    );
    jieba
}

/// A group of benches that take a good part of a second per iteration: ten flat samples.
fn slow_group<'c>(c: &'c mut Criterion, name: &str, bytes: u64) -> BenchmarkGroup<'c, WallTime> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(15));
    g
}

fn throughput(c: &mut Criterion, corpus: &Corpus, jieba: &Jieba, ex: &Extractor) {
    let mut g = slow_group(c, "throughput", corpus.bytes());
    g.bench_function("jieba_cut_hmm", |b| {
        b.iter(|| {
            for d in &corpus.docs {
                black_box(jieba.cut(black_box(d), true));
            }
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            for d in &corpus.docs {
                black_box(ex.extract(black_box(d)));
            }
        })
    });
    g.finish();
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("builder_one_entry", |b| {
        b.iter(|| {
            black_box(
                Extractor::builder()
                    .add_title(black_box("首席可持续发展官"))
                    .build()
                    .unwrap(),
            )
        })
    });
    g.bench_function("new_warm", |b| b.iter(|| black_box(Extractor::new())));
    g.finish();
}

fn short(c: &mut Criterion, ex: &Extractor) {
    let text = "青山市发展和改革委员会、财政局负责同志出席会议，常务副市长王建国讲话，全年完成投资约12.5亿元。";
    let mut g = c.benchmark_group("short");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("extract", |b| b.iter(|| black_box(ex.extract(black_box(text)))));
    g.finish();
}

fn long_document(c: &mut Criterion, whole: &str, pieces: &[&str], ex: &Extractor) {
    let mut g = slow_group(c, "long_document", whole.len() as u64);
    g.bench_function("one_document", |b| b.iter(|| black_box(ex.extract(black_box(whole)))));
    g.bench_function("split_1kb", |b| {
        b.iter(|| {
            for p in pieces {
                black_box(ex.extract(black_box(p)));
            }
        })
    });
    g.finish();
}

fn batch(c: &mut Criterion, docs: &[&str], ex: &Extractor) {
    let bytes = docs.iter().map(|d| d.len() as u64).sum();
    let mut g = slow_group(c, "batch", bytes);
    g.bench_function("one_thread", |b| {
        b.iter(|| black_box(ex.extract_batch_with_threads(docs, 1)))
    });
    g.bench_function("all_threads", |b| b.iter(|| black_box(ex.extract_batch(docs))));
    g.finish();
}

fn main() {
    let jieba = one_off_costs();
    let corpus = Corpus::load();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    eprintln!(
        "corpus: {}, {} documents, {} bytes; {threads} threads available",
        corpus.source,
        corpus.docs.len(),
        corpus.bytes()
    );
    let ex = Extractor::new();
    let mut c = Criterion::default().configure_from_args();
    throughput(&mut c, &corpus, &jieba, &ex);
    build(&mut c);
    short(&mut c, &ex);
    let whole = corpus.joined();
    let pieces = split(&whole, 1024);
    long_document(&mut c, &whole, &pieces, &ex);
    batch(&mut c, &pieces, &ex);
    c.final_summary();
}
