//! The number reader, through `extract`: each input byte picks a piece of a numeral-heavy
//! alphabet (digits of both widths, Chinese numerals and scale words, decimal points,
//! per cent, fractions, ranges, qualifiers, units, date words, separators), so the fuzzer
//! explores number syntax instead of random bytes. No panic, no overflow, and every
//! number, fact and date keeps the span invariant and an exact value that reads back.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use zh_extract::Extractor;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

const PIECES: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "０", "１", "２", "５", "９", "零", "〇", "一", "二", "两", "三",
    "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "兆", "壹", "贰", "拾", "佰", "仟", "廿", "几",
    "半", "余", "多", "来", "约", "近", "超过", "不足", "至少", "最多", "左右", "上下", ".", "．", "点", ",", "，", "%",
    "％", "‰", "百分之", "千分之", "分之", "个百分点", "成", "倍", "至", "到", "-", "~", "～", "—", "第", "年", "月",
    "日", "号", "时", "岁", "元", "万元", "亿元", "美元", "港币", "吨", "公斤", "克", "米", "公里", "平方米", "平方公里",
    "立方米", "亩", "公顷", "个", "家", "名", "人", "次", "间", "项", "℃", "度", "千瓦时", "GB", "km", "kg", "m²", "e",
    "E", "+", "/", "、", "。", " ", "\n", "\r\n", "\u{3000}", "王", "主任", "的", "和", "共", "其中", "同比增长",
];

fuzz_target!(|data: &[u8]| {
    let text: String = data.iter().map(|&b| PIECES[b as usize % PIECES.len()]).collect();
    let found = EX.extract(&text);
    let errors = invariants::span_errors(&text, &found);
    assert!(errors.is_empty(), "{text:?}: {errors:#?}");
});
