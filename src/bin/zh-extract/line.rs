//! One `--jsonl` input line in, one JSON object out.
//!
//! Kept apart from the I/O loop so that unit tests and the fuzz target can drive it
//! directly: whatever the bytes, it returns exactly one line of JSON and never panics.

use serde_json::{Value, json};
use zh_extract::Extractor;

use crate::json;

/// Processes input line `number` (1-based), given with or without its line end.
/// Returns the JSON text (no line end) and whether it is a result rather than an
/// error record `{"id", "line", "error"}`.
pub(crate) fn process_line(extractor: &Extractor, number: usize, bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    // A byte-order mark before the first line (files saved by Windows editors).
    let bytes = if number == 1 {
        bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes)
    } else {
        bytes
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            // Still name the document when its id can be read around the bad bytes.
            let lossy = String::from_utf8_lossy(bytes);
            let id = serde_json::from_str::<Value>(&lossy)
                .ok()
                .and_then(|v| v.get("id").cloned());
            let message = format!(
                "the line is not valid UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            );
            return (error_line(id.as_ref(), number, &message), false);
        }
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) if text.trim().is_empty() => {
            return (error_line(None, number, "empty line: expected a JSON object"), false);
        }
        Err(e) => return (error_line(None, number, &format!("not valid JSON: {e}")), false),
    };
    let Value::Object(obj) = &value else {
        return (error_line(None, number, "not a JSON object"), false);
    };
    let id = obj.get("id");
    let Some(Value::String(doc)) = obj.get("text") else {
        let msg = if obj.contains_key("text") {
            "\"text\" is not a string"
        } else {
            "no \"text\" field"
        };
        return (error_line(id, number, msg), false);
    };
    let found = extractor.extract(doc);
    (
        json::extraction(Some(id.unwrap_or(&Value::Null)), doc, &found).to_string(),
        true,
    )
}

/// The id of the document on a line, if the line is a JSON object that names one: for the
/// error record of a line whose extraction failed after it was read.
pub(crate) fn id_of(bytes: &[u8]) -> Option<Value> {
    serde_json::from_slice::<Value>(bytes).ok()?.get("id").cloned()
}

/// The error record for line `number`.
pub(crate) fn error_line(id: Option<&Value>, number: usize, message: &str) -> String {
    json!({"id": id.cloned().unwrap_or(Value::Null), "line": number, "error": message}).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_id_of_a_line_for_its_error_record() {
        assert_eq!(id_of(br#"{"id": "d7", "text": "x"}"#), Some(json!("d7")));
        assert_eq!(id_of(br#"{"text": "x"}"#), None);
        assert_eq!(id_of(b"not json"), None);
    }

    fn run(number: usize, bytes: &[u8]) -> (Value, bool) {
        let (out, ok) = process_line(&Extractor::new(), number, bytes);
        assert!(!out.contains('\n'), "one output line: {out}");
        (serde_json::from_str(&out).expect("output is JSON"), ok)
    }

    fn error(number: usize, bytes: &[u8]) -> (Value, String) {
        let (v, ok) = run(number, bytes);
        assert!(!ok);
        assert_eq!(v["line"], number);
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys.len(), 3, "{v}");
        (v["id"].clone(), v["error"].as_str().unwrap().to_string())
    }

    #[test]
    fn a_good_line_gives_the_extraction_with_its_id() {
        let (v, ok) = run(
            3,
            "{\"id\": 7, \"text\": \"青山大学副校长王建国出席。\"}\r\n".as_bytes(),
        );
        assert!(ok);
        assert_eq!(v["id"], 7);
        assert_eq!(v["triples"][0]["person"]["text"], "王建国");
        assert_eq!(v["triples"][0]["person"]["char_start"], 7);
        let (v, ok) = run(1, "\u{FEFF}{\"text\": \"记者 李丽华\"}".as_bytes());
        assert!(ok, "a BOM before the first line is skipped");
        assert_eq!(v["id"], Value::Null);
    }

    #[test]
    fn id_comes_first_in_results_and_errors() {
        let ex = Extractor::new();
        for input in [&b"{\"text\": \"x\", \"id\": 5}"[..], b"{\"text\": 1, \"id\": 5}", b"[]"] {
            let (out, _) = process_line(&ex, 1, input);
            assert!(out.starts_with("{\"id\":"), "{out}");
        }
        let (out, _) = process_line(&ex, 1, b"[]");
        assert_eq!(out, r#"{"id":null,"line":1,"error":"not a JSON object"}"#);
    }

    #[test]
    fn bad_lines_give_error_records() {
        assert_eq!(error(1, b"").1, "empty line: expected a JSON object");
        assert_eq!(error(2, b"  \r\n").1, "empty line: expected a JSON object");
        assert!(error(3, b"{\"text\": ").1.starts_with("not valid JSON"));
        assert_eq!(error(4, b"[1, 2]").1, "not a JSON object");
        assert_eq!(error(5, b"\"text\"").1, "not a JSON object");
        assert_eq!(
            error(6, b"{\"id\": \"a\", \"text\": 5}"),
            (json!("a"), "\"text\" is not a string".into())
        );
        assert_eq!(
            error(7, b"{\"id\": [1], \"body\": \"x\"}"),
            (json!([1]), "no \"text\" field".into())
        );
        assert_eq!(
            error(8, b"{\"id\": null, \"text\": null}").1,
            "\"text\" is not a string"
        );
        let (id, msg) = error(9, b"{\"id\": \"doc-9\", \"text\": \"\xe7\x8e\x8b\xff\"}");
        assert_eq!(id, json!("doc-9"), "the id is recovered around invalid UTF-8");
        assert!(msg.starts_with("the line is not valid UTF-8"), "{msg}");
        assert_eq!(error(10, b"\xff\xfe").0, Value::Null);
        assert!(
            error(2, "\u{FEFF}{\"text\": \"x\"}".as_bytes())
                .1
                .starts_with("not valid JSON"),
            "BOM only on line 1"
        );
    }

    /// Replays what the `cli_line` fuzz target found (tests/fuzz_regressions/cli_line):
    /// each input must give one line of JSON, `id` first.
    #[test]
    fn fuzz_regressions_give_one_json_line() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions/cli_line");
        let ex = Extractor::new();
        let mut replayed = 0;
        for entry in std::fs::read_dir(&dir).expect("the regression folder exists") {
            let data = std::fs::read(entry.unwrap().path()).unwrap();
            let Some((&n, bytes)) = data.split_first() else {
                continue;
            };
            let number = 1 + n as usize % 3;
            let (out, _) = process_line(&ex, number, bytes);
            assert!(!out.contains('\n'));
            let v: Value = serde_json::from_str(&out).unwrap();
            assert_eq!(v.as_object().unwrap().keys().next().map(String::as_str), Some("id"));
            replayed += 1;
        }
        assert!(replayed > 0);
    }
}
