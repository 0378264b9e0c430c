//! The CLI's `--jsonl` line handler (`src/bin/zh-extract/line.rs`, compiled in here
//! with its JSON writer): any bytes give exactly one line of JSON — a result with
//! `id` first, or an error record `{"id", "line", "error"}` — and never a panic.
#![no_main]

#[path = "../../src/bin/zh-extract/json.rs"]
mod json;
// The CLI's panic path reads a failed line's id with `line::id_of`; this target
// drives `process_line` only, so that helper is unused here.
#[allow(dead_code)]
#[path = "../../src/bin/zh-extract/line.rs"]
mod line;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use zh_extract::Extractor;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fuzz_target!(|data: &[u8]| {
    let Some((&n, bytes)) = data.split_first() else { return };
    let number = 1 + n as usize % 3;
    let (out, ok) = line::process_line(&EX, number, bytes);
    assert!(!out.contains('\n'), "one line: {out}");
    let v: Value = serde_json::from_str(&out).expect("the output is JSON");
    let obj = v.as_object().expect("the output is an object");
    assert_eq!(obj.keys().next().map(String::as_str), Some("id"), "{out}");
    if ok {
        assert!(obj.get("error").is_none() && obj["persons"].is_array(), "{out}");
    } else {
        assert_eq!(obj.len(), 3, "{out}");
        assert_eq!(obj["line"], number, "{out}");
        assert!(obj["error"].is_string(), "{out}");
    }
});
