//! The `zh-extract` binary under faults: every input line gets exactly one output
//! line, in order; bad lines get `{"id", "line", "error"}` records and exit status 1
//! while every good line around them is still processed.

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_zh-extract");

/// Runs the binary with `args`, feeding `input` on stdin from another thread
/// (so a large input cannot deadlock against a full stdout pipe).
fn run(args: &[&str], input: Vec<u8>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("the binary runs");
    writer.join().unwrap();
    out
}

/// The output lines of a `--jsonl` run, parsed.
fn jsonl(input: &[u8], threads: usize) -> (Vec<Value>, Output) {
    let out = run(&["--jsonl", "--threads", &threads.to_string()], input.to_vec());
    let text = String::from_utf8(out.stdout.clone()).expect("output is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "every output line ends with a line break"
    );
    let lines = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (lines, out)
}

fn line(id: impl Into<Value>, text: &str) -> String {
    json!({"id": id.into(), "text": text}).to_string() + "\n"
}

fn assert_error(v: &Value, id: Value, number: usize, fragment: &str) {
    let obj = v.as_object().unwrap_or_else(|| panic!("not an object: {v}"));
    assert_eq!(obj.len(), 3, "an error record has exactly id, line and error: {v}");
    assert_eq!((&v["id"], &v["line"]), (&id, &json!(number)), "{v}");
    let msg = v["error"].as_str().unwrap_or_else(|| panic!("no error message: {v}"));
    assert!(msg.contains(fragment), "{msg:?} does not mention {fragment:?}");
}

fn assert_result(v: &Value, id: Value) {
    assert_eq!(v["id"], id, "{v}");
    assert!(v.get("error").is_none(), "{v}");
    for key in ["persons", "roles", "orgs", "triples", "facts", "numbers", "dates"] {
        assert!(v[key].is_array(), "{key} missing in {v}");
    }
}

#[test]
fn each_line_gets_one_output_line_in_order() {
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&line(i, &format!("青山大学副校长王建国第{i}次出席会议。")));
    }
    for threads in [1, 3] {
        let (out, o) = jsonl(input.as_bytes(), threads);
        assert!(o.status.success(), "{o:?}");
        assert_eq!(out.len(), 300);
        for (i, v) in out.iter().enumerate() {
            assert_result(v, json!(i));
            assert_eq!(v["triples"][0]["person"]["text"], "王建国");
        }
    }
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let mut input = String::new();
    for i in 0..200 {
        let text = match i % 4 {
            0 => "青山市财政局、教育局局长王建国出席会议。".to_string(),
            1 => format!("记者 李丽华 {i}"),
            2 => "约800立方米".to_string(),
            _ => "".to_string(),
        };
        input.push_str(&line(i, &text));
    }
    input.push_str("not json\n");
    let one = run(&["--jsonl", "--threads", "1"], input.clone().into_bytes());
    let four = run(&["--jsonl", "--threads", "4"], input.into_bytes());
    assert_eq!(one.stdout, four.stdout);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(four.status.code(), Some(1));
}

#[test]
fn a_truncated_last_line_is_still_processed() {
    let input = line("a", "记者 李丽华") + &json!({"id": "b", "text": "记者 王建国"}).to_string();
    let (out, o) = jsonl(input.as_bytes(), 2);
    assert!(o.status.success());
    assert_eq!(out.len(), 2);
    assert_result(&out[1], json!("b"));
    assert_eq!(out[1]["persons"][0]["text"], "王建国");
}

#[test]
fn crlf_line_ends_are_accepted() {
    let input = line(1, "记者 李丽华").replace('\n', "\r\n") + &line(2, "记者 王建国").replace('\n', "\r\n");
    let (out, o) = jsonl(input.as_bytes(), 1);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(out[1]["persons"][0]["text"], "王建国");
}

#[test]
fn bad_lines_get_error_records_and_good_lines_around_them_are_processed() {
    let good = |i: usize| line(format!("g{i}"), "青山大学副校长王建国出席会议。");
    let mut input: Vec<u8> = Vec::new();
    input.extend(good(1).as_bytes()); // line 1
    input.extend(b"{\"id\": \"u\", \"text\": \"\xe7\x8e\x8b\xff\xfe\"}\n"); // 2: invalid UTF-8
    input.extend(good(3).as_bytes()); // 3
    input.extend(b"\n"); // 4: empty
    input.extend(b"[\"a JSON array\"]\n"); // 5: valid JSON, not an object
    input.extend(b"42\n"); // 6
    input.extend(b"{\"id\": 7, \"text\": 7}\n"); // 7: text not a string
    input.extend(b"{\"id\": {\"k\": 8}, \"body\": \"x\"}\n"); // 8: no text
    input.extend(b"{\"id\": 9, \"text\": \"unterminated}\n"); // 9: not JSON
    input.extend(good(10).as_bytes()); // 10
    input.extend(b"{\"text\": null}\n"); // 11
    input.extend(good(12).as_bytes()); // 12
    let (out, o) = jsonl(&input, 2);
    assert_eq!(o.status.code(), Some(1), "a failed line makes the exit status 1");
    assert_eq!(out.len(), 12);
    for i in [1, 3, 10, 12] {
        assert_result(&out[i - 1], json!(format!("g{i}")));
        assert_eq!(out[i - 1]["triples"][0]["person"]["text"], "王建国");
    }
    assert_error(&out[1], json!("u"), 2, "UTF-8");
    assert_error(&out[3], Value::Null, 4, "empty line");
    assert_error(&out[4], Value::Null, 5, "not a JSON object");
    assert_error(&out[5], Value::Null, 6, "not a JSON object");
    assert_error(&out[6], json!(7), 7, "\"text\" is not a string");
    assert_error(&out[7], json!({"k": 8}), 8, "no \"text\" field");
    assert_error(&out[8], Value::Null, 9, "not valid JSON");
    assert_error(&out[10], Value::Null, 11, "\"text\" is not a string");
    assert!(o.stderr.is_empty(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn only_good_lines_exit_zero_and_empty_input_prints_nothing() {
    let (out, o) = jsonl(line(1, "记者 李丽华").as_bytes(), 1);
    assert_eq!((out.len(), o.status.code()), (1, Some(0)));
    let (out, o) = jsonl(b"", 1);
    assert_eq!((out.len(), o.status.code()), (0, Some(0)));
}

#[test]
fn a_fifty_megabyte_line_is_processed() {
    let head = "青山大学副校长王建国出席会议。";
    let tail = "。记者 李丽华";
    let padding = "abc def xyz, ".repeat(50_000_000 / 13);
    let text = format!("{head}{padding}{tail}");
    let mut input = line("before", "记者 王建国").into_bytes();
    input.extend(line("big", &text).into_bytes());
    input.extend(line("after", "记者 王建国").into_bytes());
    assert!(input.len() > 50_000_000);
    let (out, o) = jsonl(&input, 2);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(out.len(), 3);
    assert_result(&out[0], json!("before"));
    assert_result(&out[2], json!("after"));
    let big = &out[1];
    assert_result(big, json!("big"));
    let persons: Vec<(&str, u64, u64)> = big["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["text"].as_str().unwrap(),
                p["start"].as_u64().unwrap(),
                p["char_start"].as_u64().unwrap(),
            )
        })
        .collect();
    let last_start = (head.len() + padding.len() + tail.len() - "李丽华".len()) as u64;
    let last_char = (head.chars().count() + padding.len() + tail.chars().count() - 3) as u64;
    assert_eq!(persons, vec![("王建国", 21, 7), ("李丽华", last_start, last_char)]);
}

#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let mut child = Command::new(BIN)
        .args(["--jsonl", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let one = line(1, "青山大学副校长王建国出席会议。青山市财政局、教育局局长李丽华讲话。");
        for _ in 0..200_000 {
            if stdin.write_all(one.as_bytes()).is_err() {
                return; // the reader has gone: expected
            }
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"{\"id\":1"), "{}", String::from_utf8_lossy(&first));
    drop(stdout); // like `| head -c 64`
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert!(status.success(), "status {status:?}, stderr {stderr:?}");
    assert!(stderr.is_empty(), "no message for a closed pipe: {stderr:?}");
}

/// A file in the temporary directory, removed when dropped.
struct TempFile(std::path::PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("zh-extract-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        std::fs::remove_file(&self.0).ok();
    }
}

#[test]
fn files_print_tables_or_json() {
    let a = TempFile::new("a.txt", "青山大学副校长王建国出席会议。".as_bytes());
    let b = TempFile::new("b.txt", "记者 李丽华".as_bytes());
    let out = run(&[a.path(), b.path()], Vec::new());
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains(&format!("== {}", a.path())) && table.contains(&format!("== {}", b.path())),
        "{table}"
    );
    assert!(
        table.contains("王建国") && table.contains("副校长") && table.contains("青山大学"),
        "{table}"
    );
    let out = run(&["--json", a.path(), b.path()], Vec::new());
    assert!(out.status.success());
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], a.path());
    assert_eq!(docs[1]["persons"][0]["text"], "李丽华");
}

#[test]
fn table_columns_stay_apart_when_a_value_is_long() {
    let out = run(&[], "增速提高0.3个百分点，总额2,856.3亿元。".as_bytes().to_vec());
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    // A regression: percentage_point ran into the qualifier (percentage_pointexact).
    assert!(
        table.contains("percentage_point ") && !table.contains("pointexact"),
        "{table}"
    );
    assert!(table.contains("285630000000 "), "{table}");
}

#[test]
fn table_cells_hold_one_line_and_a_post_of_a_place_shows_the_place() {
    let out = run(
        &[],
        "会上，副县长邓\n建华讲话。海州市副市长张立伟出席。".as_bytes().to_vec(),
    );
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    // The name a print break ran through is printed whole, on one row.
    assert!(table.contains("  邓建华 ") && !table.contains("邓\n"), "{table}");
    assert!(table.contains("海州市 (place)"), "{table}");
}

#[test]
fn stdin_is_one_document_without_files() {
    let out = run(
        &["--json"],
        "记者 李丽华\n青山大学副校长王建国出席会议。".as_bytes().to_vec(),
    );
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], "-");
    assert_eq!(doc["persons"].as_array().unwrap().len(), 2, "{doc}");
}

#[test]
fn an_unreadable_or_non_utf8_file_fails_but_the_others_are_read() {
    let good = TempFile::new("good.txt", "记者 李丽华".as_bytes());
    let latin = TempFile::new("latin.txt", b"\xca\xd7\xcf\xaf");
    let missing = std::env::temp_dir().join("zh-extract-cli-no-such-file.txt");
    let out = run(
        &["--json", latin.path(), missing.to_str().unwrap(), good.path()],
        Vec::new(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("not valid UTF-8") && stderr.contains("no-such-file"),
        "{stderr}"
    );
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["persons"][0]["text"], "李丽华");
}

#[test]
fn usage_errors_exit_two() {
    for args in [
        &["--nonsense"][..],
        &["--threads", "0"],
        &["--threads"],
        &["--threads", "x"],
        &["--jsonl", "file.txt"],
    ] {
        let out = run(args, Vec::new());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).starts_with("zh-extract: "),
            "{args:?}"
        );
        assert!(out.stdout.is_empty());
    }
    for args in [&["--help"][..], &["-V"]] {
        let out = run(args, Vec::new());
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("zh-extract"));
    }
}

#[test]
fn a_forms_padded_label_is_written_as_its_title() {
    let (out, _) = jsonl(line("f", "董　事：林海涛、苏明远").as_bytes(), 1);
    let role = &out[0]["roles"][0];
    assert_eq!(role["text"], json!("董事"));
    // The offsets still cover the label as written, padding and all.
    assert_eq!(
        (role["char_start"].as_u64(), role["char_end"].as_u64()),
        (Some(0), Some(3))
    );
}

#[test]
fn a_lists_padded_name_is_written_as_read() {
    let (out, _) = jsonl(line("n", "董　事：祁　明、苏明远").as_bytes(), 1);
    let person = &out[0]["persons"][0];
    assert_eq!(person["text"], json!("祁明"));
    assert_eq!(out[0]["triples"][0]["person"]["text"], json!("祁明"));
    // The offsets still cover the name as written, padding and all.
    assert_eq!(
        (person["char_start"].as_u64(), person["char_end"].as_u64()),
        (Some(4), Some(7))
    );
}

#[test]
fn a_triples_body_that_shares_a_head_is_written_by_its_name() {
    let (out, _) = jsonl(line("c", "县委、县政府督查室主任鞠晓东到场。").as_bytes(), 1);
    let orgs: Vec<&Value> = out[0]["triples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["org"]["text"])
        .collect();
    assert_eq!(orgs, [&json!("县委督查室"), &json!("县政府督查室")]);
    // The offsets of the first still cover 县委 as written; the list of bodies keeps it so.
    let first = &out[0]["triples"][0]["org"];
    assert_eq!(
        (first["char_start"].as_u64(), first["char_end"].as_u64()),
        (Some(0), Some(2))
    );
    assert_eq!(out[0]["orgs"][0]["text"], json!("县委"));
}
