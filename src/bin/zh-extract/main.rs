//! `zh-extract`: the command-line face of the library.
//!
//! ```text
//! zh-extract --jsonl            JSON lines {"id", "text"} on stdin → one JSON object per line on stdout
//! zh-extract [--json] [FILE…]   each file (or stdin) one document → a table (or one JSON object each)
//! ```

mod json;
mod line;
mod table;

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use line::{error_line, process_line};
use serde_json::Value;
use zh_extract::Extractor;

const USAGE: &str = "\
zh-extract: person–role–organisation triples and numeric facts from Chinese text

USAGE:
    zh-extract --jsonl [--threads N]      read JSON lines {\"id\", \"text\"} from stdin,
                                          write one JSON object per input line, in order
    zh-extract [--json] [FILE ...]        one document per file (stdin when none):
                                          a readable table, or one JSON object each with --json
OPTIONS:
    --threads N    worker threads (default: all cores)
    -h, --help     this text
    -V, --version  the version

A --jsonl line that is not valid UTF-8 or JSON, or has no string \"text\", yields
{\"id\": ..., \"line\": N, \"error\": \"...\"} in its place; the exit status is then 1.";

/// Lines per batch, and bytes per batch, whichever is reached first: batches bound
/// memory on endless input and are flushed as soon as they are written.
const BATCH_LINES: usize = 1024;
const BATCH_BYTES: usize = 4 << 20;

struct Options {
    jsonl: bool,
    json: bool,
    threads: usize,
    files: Vec<String>,
}

fn parse_args() -> Result<Option<Options>, String> {
    let mut o = Options {
        jsonl: false,
        json: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jsonl" => o.jsonl = true,
            "--json" => o.json = true,
            "--threads" => {
                let n = args.next().ok_or("--threads needs a number")?;
                o.threads = n
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or(format!("--threads: {n:?} is not a positive number"))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("zh-extract {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s:?}\n\n{USAGE}")),
            _ => o.files.push(a),
        }
    }
    if o.jsonl && !o.files.is_empty() {
        return Err("--jsonl reads stdin only; give no files".into());
    }
    Ok(Some(o))
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(Some(o)) => o,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zh-extract: {e}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let result = if options.jsonl {
        run_jsonl(&extractor, options.threads)
    } else {
        run_documents(&extractor, &options)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A closed stdout (`| head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zh-extract: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One input line of `--jsonl`, numbered from 1.
struct Line {
    number: usize,
    bytes: Vec<u8>,
}

/// Streams JSON lines: a reader thread fills batches, workers extract, the main
/// thread writes each batch in input order and flushes it. Returns whether every
/// line succeeded.
fn run_jsonl(extractor: &Extractor, threads: usize) -> io::Result<bool> {
    let (tx, rx) = mpsc::sync_channel::<io::Result<Vec<Line>>>(1);
    let reader = std::thread::spawn(move || {
        let stdin = io::stdin();
        let mut input = stdin.lock();
        let mut number = 0;
        loop {
            let mut batch = Vec::new();
            let mut bytes = 0;
            while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
                let mut buf = Vec::new();
                match input.read_until(b'\n', &mut buf) {
                    Ok(0) => break,
                    Ok(_) => {
                        number += 1;
                        bytes += buf.len();
                        batch.push(Line { number, bytes: buf });
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        return;
                    }
                }
            }
            let done = batch.len() < BATCH_LINES && bytes < BATCH_BYTES;
            if !batch.is_empty() && tx.send(Ok(batch)).is_err() {
                return;
            }
            if done {
                return;
            }
        }
    });
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut all_ok = true;
    for batch in rx {
        let batch = batch?;
        let outputs = process_batch(extractor, &batch, threads);
        for (text, ok) in outputs {
            all_ok &= ok;
            out.write_all(text.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    drop(reader.join());
    Ok(all_ok)
}

/// Extracts every line of a batch on `threads` threads; outputs in input order.
fn process_batch(extractor: &Extractor, batch: &[Line], threads: usize) -> Vec<(String, bool)> {
    let next = AtomicUsize::new(0);
    let threads = threads.clamp(1, batch.len().max(1));
    let mut results: Vec<Option<(String, bool)>> = vec![None; batch.len()];
    let chunks: Vec<Vec<(usize, (String, bool))>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(line) = batch.get(i) else { break };
                        // A panic is a bug in the library; it costs this line, not the run.
                        let out = std::panic::catch_unwind(|| process_line(extractor, line.number, &line.bytes))
                            .unwrap_or_else(|_| {
                                (
                                    error_line(
                                        line::id_of(&line.bytes).as_ref(),
                                        line.number,
                                        "internal error: the extractor panicked",
                                    ),
                                    false,
                                )
                            });
                        done.push((i, out));
                    }
                    done
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    for (i, r) in chunks.into_iter().flatten() {
        results[i] = Some(r);
    }
    results
        .into_iter()
        .zip(batch)
        .map(|(r, line)| {
            r.unwrap_or_else(|| {
                (
                    error_line(None, line.number, "internal error: line not processed"),
                    false,
                )
            })
        })
        .collect()
}

/// Whole documents from files or stdin, as tables or JSON.
fn run_documents(extractor: &Extractor, options: &Options) -> io::Result<bool> {
    let mut docs: Vec<(String, String)> = Vec::new();
    let mut all_ok = true;
    if options.files.is_empty() {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf)?;
        docs.push(("-".into(), String::from_utf8_lossy(&buf).into_owned()));
    }
    for f in &options.files {
        match std::fs::read(f) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => docs.push((f.clone(), text)),
                Err(_) => {
                    eprintln!("zh-extract: {f}: not valid UTF-8");
                    all_ok = false;
                }
            },
            Err(e) => {
                eprintln!("zh-extract: {f}: {e}");
                all_ok = false;
            }
        }
    }
    let texts: Vec<&str> = docs.iter().map(|(_, t)| t.as_str()).collect();
    let found = extractor.extract_batch_with_threads(&texts, options.threads);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for ((name, text), ex) in docs.iter().zip(&found) {
        if options.json {
            writeln!(
                out,
                "{}",
                json::extraction(Some(&Value::String(name.clone())), text, ex)
            )?;
        } else {
            table::write(&mut out, name, ex)?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}
