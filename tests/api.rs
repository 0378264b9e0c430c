//! The public API's promises: thread-safety markers on every public type, and the
//! builder's handling of good, odd and bad dictionaries.

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::path::PathBuf;
use std::time::Instant;

use zh_extract::{
    Bounds, CharIndex, DateMention, Decimal, Error, ErrorKind, Extraction, Extractor, ExtractorBuilder, Fact,
    NumberKind, NumberMention, Org, OrgKind, ParseDecimalError, Person, Place, Qualifier, Role, Rule, SiValue, Span,
    Subject, Triple, UnitKind,
};

// ---------------------------------------------------------------------------
// Auto traits

fn send_sync_unwind_safe<T: Send + Sync + UnwindSafe + RefUnwindSafe>() {}
fn clone<T: Clone>() {}

#[test]
fn every_public_type_is_send_sync_and_unwind_safe() {
    send_sync_unwind_safe::<Extractor>();
    send_sync_unwind_safe::<ExtractorBuilder>();
    send_sync_unwind_safe::<Error>();
    send_sync_unwind_safe::<ErrorKind>();
    send_sync_unwind_safe::<Extraction<'static>>();
    send_sync_unwind_safe::<Person<'static>>();
    send_sync_unwind_safe::<Role<'static>>();
    send_sync_unwind_safe::<Org<'static>>();
    send_sync_unwind_safe::<Place<'static>>();
    send_sync_unwind_safe::<OrgKind>();
    send_sync_unwind_safe::<Triple<'static>>();
    send_sync_unwind_safe::<Rule>();
    send_sync_unwind_safe::<Fact<'static>>();
    send_sync_unwind_safe::<NumberMention<'static>>();
    send_sync_unwind_safe::<NumberKind>();
    send_sync_unwind_safe::<DateMention<'static>>();
    send_sync_unwind_safe::<Subject<'static>>();
    send_sync_unwind_safe::<SiValue<'static>>();
    send_sync_unwind_safe::<Bounds>();
    send_sync_unwind_safe::<Qualifier>();
    send_sync_unwind_safe::<UnitKind>();
    send_sync_unwind_safe::<Decimal>();
    send_sync_unwind_safe::<ParseDecimalError>();
    send_sync_unwind_safe::<Span>();
    send_sync_unwind_safe::<CharIndex<'static>>();
}

#[test]
fn extractors_builders_and_records_are_clone() {
    clone::<Extractor>();
    clone::<ExtractorBuilder>();
    clone::<Extraction<'static>>();
    clone::<Person<'static>>();
    clone::<Role<'static>>();
    clone::<Org<'static>>();
    clone::<Place<'static>>();
    clone::<Triple<'static>>();
    clone::<Fact<'static>>();
    clone::<NumberMention<'static>>();
    clone::<DateMention<'static>>();
    clone::<Subject<'static>>();
    clone::<SiValue<'static>>();
    clone::<Bounds>();
    clone::<Decimal>();
    clone::<Span>();
    clone::<CharIndex<'static>>();
    clone::<ErrorKind>();
}

#[test]
fn results_outlive_the_text_once_owned() {
    let owned = {
        let text = String::from("青山大学副校长王建国出席会议。");
        Extractor::new().extract(&text).into_owned()
    };
    assert_eq!(owned.persons[0].text, "王建国");
    assert_eq!(owned.roles[0].text, "副校长");
}

#[cfg(feature = "serde")]
#[test]
fn extractions_round_trip_through_json() {
    let text = "青山市财政局、教育局局长王建国出席会议。记者 李丽华";
    let found = Extractor::new().extract(text);
    assert!(!found.triples.is_empty());
    let json = serde_json::to_string(&found).unwrap();
    let back: Extraction<'_> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, found);
}

// ---------------------------------------------------------------------------
// Builder: entries given one by one

/// A sentence no embedded dictionary knows how to read, and the additions that make it readable.
const CUSTOM: &str = "青禾观察首席可持续发展官欧阳子涵出席发布会。";

fn custom_triple(ex: &Extractor) -> Option<(String, String, Option<String>)> {
    ex.extract(CUSTOM)
        .triples
        .iter()
        .find(|t| t.person.text == "欧阳子涵")
        .map(|t| {
            (
                t.person.text.to_string(),
                t.role.text.to_string(),
                t.org.as_ref().map(|o| o.name.to_string()),
            )
        })
}

fn expected_custom() -> Option<(String, String, Option<String>)> {
    Some(("欧阳子涵".into(), "首席可持续发展官".into(), Some("青禾观察".into())))
}

#[test]
fn runtime_entries_change_the_result() {
    assert_eq!(custom_triple(&Extractor::new()), None);
    let ex = Extractor::builder()
        .add_title("首席可持续发展官")
        .add_org("青禾观察", OrgKind::Media)
        .add_person("欧阳子涵")
        .build()
        .unwrap();
    assert_eq!(custom_triple(&ex), expected_custom());
    let org = &ex.extract(CUSTOM).orgs[0];
    assert_eq!(org.kind, OrgKind::Media);
}

#[test]
fn a_runtime_org_is_no_longer_read_as_a_person() {
    const TEXT: &str = "奥尔萨诺则是球迷眼中的弱旅。";
    let names = |ex: &Extractor| {
        ex.extract(TEXT)
            .persons
            .iter()
            .map(|p| p.text.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&Extractor::new()), ["奥尔萨诺"]);
    let ex = Extractor::builder().add_org("奥尔萨诺", OrgKind::Team).build().unwrap();
    assert!(names(&ex).is_empty());
    let orgs = ex.extract(TEXT).orgs;
    assert_eq!((&*orgs[0].text, orgs[0].kind), ("奥尔萨诺", OrgKind::Team));
}

#[test]
fn an_alias_names_the_full_organisation() {
    let ex = Extractor::builder()
        .add_org_alias("青大", "青山大学", OrgKind::School)
        .build()
        .unwrap();
    let text = "青大副校长王建国出席。";
    let found = ex.extract(text);
    let org = found
        .orgs
        .iter()
        .find(|o| o.text == "青大")
        .expect("the alias is read as an organisation");
    assert_eq!((org.name.as_ref(), org.kind), ("青山大学", OrgKind::School));
    assert_eq!(&text[org.span.range()], "青大");
}

#[test]
fn a_filing_s_posts_name_its_company_in_full() {
    // The company's name on its own line under the filing's codes, over the filing's title:
    // the text calls it 公司 from then on.
    let text = "证券代码：600999　证券简称：青禾精工　公告编号：临2025-018\n\n青禾精工股份有限公司\n\
                关于选举董事长及聘任高级管理人员的公告\n\n2025年3月6日，公司召开第三届董事会第一次会议，\
                选举闵建军先生为公司第三届董事会董事长，选举蒯小雨女士为副董事长；聘任阙立新先生为董事会秘书。";
    let found = Extractor::new().extract(text);
    let post = |name: &str, title: &str| {
        found
            .triples
            .iter()
            .find(|t| t.person.text == name && t.role.text == title)
            .and_then(|t| t.org.as_ref())
            .map(|o| (o.text.to_string(), text[o.span.range()] == o.text))
    };
    let company = Some(("青禾精工股份有限公司".to_string(), true));
    assert_eq!(post("闵建军", "董事长"), company);
    assert_eq!(post("蒯小雨", "副董事长"), company);
    assert_eq!(post("阙立新", "董事会秘书"), company);
    // The mention 公司 is an organisation of its own, with the full name.
    assert!(
        found
            .orgs
            .iter()
            .any(|o| o.text == "公司" && o.name == "青禾精工股份有限公司")
    );
}

#[test]
fn invalid_runtime_entries_are_rejected() {
    type Add = fn(&mut ExtractorBuilder) -> &mut ExtractorBuilder;
    let cases: [(&str, Add); 7] = [
        ("empty", |b| b.add_title("")),
        ("space", |b| b.add_title("首席 科学家")),
        ("ideographic space", |b| b.add_org("青禾\u{3000}观察", OrgKind::Media)),
        ("tab", |b| b.add_person("王\t明")),
        ("line break", |b| b.add_place("青山\n")),
        ("control", |b| b.add_org_alias("青\u{7}大", "青山大学", OrgKind::School)),
        ("zero-width space", |b| b.add_person("王\u{200B}明")),
    ];
    for (name, add) in cases {
        let mut b = Extractor::builder();
        add(&mut b);
        let err = b.build().expect_err(name);
        assert_eq!(err.kind(), ErrorKind::InvalidEntry, "{name}: {err}");
        assert!(err.to_string().starts_with("invalid "), "{name}: {err}");
        assert_eq!((err.line(), err.source_name()), (None, None));
    }
}

#[test]
fn single_character_entries_are_accepted_and_harmless() {
    let ex = Extractor::builder()
        .add_title("官")
        .add_person("明")
        .add_place("青")
        .add_org("局", OrgKind::Government)
        .build()
        .unwrap();
    let text = "青山市财政局局长王明、文化官明出席会议。";
    let found = ex.extract(text);
    for p in &found.persons {
        assert_eq!(&text[p.span.range()], p.text);
    }
    assert!(found.persons.iter().any(|p| p.text == "明"), "{:?}", found.persons);
}

#[test]
fn the_builder_is_reusable_and_later_additions_do_not_leak_into_earlier_extractors() {
    let mut b = Extractor::builder();
    b.add_title("首席可持续发展官");
    let first = b.build().unwrap();
    b.add_org("青禾观察", OrgKind::Media).add_person("欧阳子涵");
    let second = b.build().unwrap();
    assert_eq!(custom_triple(&second), expected_custom());
    let title_only = Extractor::builder().add_title("首席可持续发展官").build().unwrap();
    assert_eq!(first.extract(CUSTOM), title_only.extract(CUSTOM));
    assert_ne!(first.extract(CUSTOM), second.extract(CUSTOM));
}

// ---------------------------------------------------------------------------
// Builder: dictionaries

const CUSTOM_DICT: &str = "首席可持续发展官 title\n青禾观察 org media\n欧阳子涵 person\n";

#[test]
fn a_dictionary_text_changes_the_result() {
    let ex = Extractor::builder()
        .add_dictionary("custom.dict", CUSTOM_DICT)
        .build()
        .unwrap();
    assert_eq!(custom_triple(&ex), expected_custom());
}

#[test]
fn a_malformed_line_names_the_source_and_line() {
    let text = "# my titles\n首席可持续发展官 title\n\n欧阳子涵 person\n青禾观察 newspaper\n";
    let err = Extractor::builder()
        .add_dictionary("user.dict", text)
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Dictionary);
    assert_eq!(err.source_name(), Some("user.dict"));
    assert_eq!(err.line(), Some(5));
    assert!(err.to_string().starts_with("user.dict:5: "), "{err}");
    assert!(err.to_string().contains("newspaper"), "{err}");
}

#[test]
fn the_first_bad_source_is_reported() {
    let err = Extractor::builder()
        .add_dictionary("good.dict", CUSTOM_DICT)
        .add_dictionary("bad.dict", "\n\n\n青禾观察\n")
        .build()
        .unwrap_err();
    assert_eq!((err.source_name(), err.line()), (Some("bad.dict"), Some(4)));
}

#[test]
fn malformed_lines_of_every_kind_are_errors() {
    for (line, fragment) in [
        ("青禾观察", "no type"),
        ("青禾观察 org media 青禾 extra", "unexpected"),
        ("局 org_suffix", "needs a kind"),
        ("局 org_suffix ministry", "unknown organisation kind"),
        ("局 org_suffix government alone", "standalone"),
        ("青山 place galaxy", "unknown place level"),
        ("主任 title extra", "too many fields"),
        ("表示 context", "needs a side"),
        ("坏\u{7}词 title", "control"),
        ("零\u{200B}宽 title", "U+200B"),
        ("全\u{3000}角 title", "whitespace"),
    ] {
        let text = format!("首席可持续发展官 title\n{line}\n");
        let err = Extractor::builder().add_dictionary("d", &text).build().unwrap_err();
        assert_eq!(
            (err.kind(), err.line()),
            (ErrorKind::Dictionary, Some(2)),
            "{line:?}: {err}"
        );
        assert!(err.to_string().contains(fragment), "{line:?}: {err}");
    }
}

#[test]
fn duplicate_entries_and_repeated_types_are_fine() {
    let text = "首席可持续发展官 title\n首席可持续发展官 title\n青禾观察 org media\n青禾观察 org media\n欧阳子涵 person\n欧阳子涵 person\n";
    let ex = Extractor::builder().add_dictionary("dup.dict", text).build().unwrap();
    assert_eq!(custom_triple(&ex), expected_custom());
    // The same entry from a file, a second source and the builder.
    let ex = Extractor::builder()
        .add_dictionary("a", CUSTOM_DICT)
        .add_dictionary("b", CUSTOM_DICT)
        .add_title("首席可持续发展官")
        .add_person("欧阳子涵")
        .build()
        .unwrap();
    assert_eq!(custom_triple(&ex), expected_custom());
}

#[test]
fn an_empty_dictionary_changes_nothing() {
    let docs = ["青山大学副校长王建国出席会议。", CUSTOM, "记者 李丽华", ""];
    for empty in ["", "\n\n", "# only a comment\n", "\u{FEFF}", "\r\n", "   \t  \n"] {
        let ex = Extractor::builder().add_dictionary("empty", empty).build().unwrap();
        for d in docs {
            assert_eq!(ex.extract(d), Extractor::new().extract(d), "{empty:?} on {d:?}");
        }
    }
}

/// A file in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("zh-extract-api-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        std::fs::remove_file(&self.0).ok();
    }
}

#[test]
fn crlf_and_bom_files_load_without_stray_characters() {
    let crlf = CUSTOM_DICT.replace('\n', "\r\n");
    for (name, body) in [
        ("crlf.dict", crlf.clone()),
        ("bom.dict", format!("\u{FEFF}{CUSTOM_DICT}")),
        ("bom-crlf.dict", format!("\u{FEFF}{crlf}")),
        ("no-final-newline.dict", CUSTOM_DICT.trim_end().to_string()),
        ("tabs.dict", CUSTOM_DICT.replace(' ', "\t\t")),
    ] {
        let file = TempFile::new(name, body.as_bytes());
        let ex = Extractor::builder().add_dictionary_file(&file.0).build().unwrap();
        assert_eq!(custom_triple(&ex), expected_custom(), "{name}");
    }
}

#[test]
fn a_malformed_file_line_names_the_path_and_line() {
    let file = TempFile::new(
        "bad-line.dict",
        "\u{FEFF}首席可持续发展官 title\r\n\r\n青禾观察 org media 甲 乙\r\n".as_bytes(),
    );
    let err = Extractor::builder().add_dictionary_file(&file.0).build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Dictionary);
    assert_eq!(err.line(), Some(3));
    let path = file.0.display().to_string();
    assert_eq!(err.source_name(), Some(path.as_str()));
    assert!(err.to_string().starts_with(&format!("{path}:3: ")), "{err}");
}

#[test]
fn an_unreadable_file_is_an_io_error_naming_the_path() {
    let missing = std::env::temp_dir().join("zh-extract-api-no-such-file.dict");
    for path in [missing, std::env::temp_dir()] {
        let err = Extractor::builder().add_dictionary_file(&path).build().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io, "{}", path.display());
        assert!(err.to_string().contains(&path.display().to_string()), "{err}");
        assert!(
            std::error::Error::source(&err).is_some(),
            "the io::Error is kept as the source"
        );
    }
}

#[test]
fn a_non_utf8_file_is_an_error_naming_the_line() {
    let file = TempFile::new("latin1.dict", b"\xef\xbb\xbf# GBK below\n\xca\xd7\xcf\xaf title\n");
    let err = Extractor::builder().add_dictionary_file(&file.0).build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Dictionary);
    assert_eq!(err.line(), Some(2));
    assert!(err.to_string().contains("UTF-8"), "{err}");
}

#[test]
fn files_are_read_at_build_time() {
    let file = TempFile::new("late.dict", b"");
    let mut b = Extractor::builder();
    b.add_dictionary_file(&file.0);
    std::fs::write(&file.0, CUSTOM_DICT).unwrap();
    assert_eq!(custom_triple(&b.build().unwrap()), expected_custom());
}

// ---------------------------------------------------------------------------
// A large user dictionary

/// `n` distinct made-up five-character entries (up to 39⁴ of them).
fn synthetic_words(n: usize) -> Vec<String> {
    let chars: Vec<char> = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星云山川河海松竹梅兰"
        .chars()
        .collect();
    let k = chars.len();
    let words: Vec<String> = (0..n)
        .map(|i| (0..4).map(|d| chars[i / k.pow(d) % k]).chain(['禾']).collect())
        .collect();
    let distinct: std::collections::HashSet<&String> = words.iter().collect();
    assert_eq!(distinct.len(), n, "the generator repeats itself");
    words
}

#[test]
fn a_hundred_thousand_entry_dictionary_builds_and_works() {
    let words = synthetic_words(100_000);
    let mut text = String::with_capacity(3_000_000);
    for (i, w) in words.iter().enumerate() {
        let kind = ["title", "person", "org media", "place", "modifier"][i % 5];
        text.push_str(&format!("{w} {kind}\n"));
    }
    let start = Instant::now();
    let ex = Extractor::builder().add_dictionary("big.dict", &text).build().unwrap();
    let took = start.elapsed();
    eprintln!("100k-entry user dictionary ({} bytes) built in {took:?}", text.len());
    // words[2] is an org (media), words[0] a title, words[1] a person.
    let sentence = format!("{}{}{}出席会议。", words[2], words[0], words[1]);
    let found = ex.extract(&sentence);
    let t = found
        .triples
        .first()
        .unwrap_or_else(|| panic!("no triple in {sentence}: {found:?}"));
    assert_eq!(
        (
            t.person.text.as_ref(),
            t.role.text.as_ref(),
            t.org.as_ref().map(|o| o.name.as_ref())
        ),
        (words[1].as_str(), words[0].as_str(), Some(words[2].as_str()))
    );
}

// ---------------------------------------------------------------------------
// Posts of places, and when they are held

#[test]
fn a_post_of_a_place_carries_the_place_and_its_time_word() {
    let ex = Extractor::new();
    let text = "原青山市副市长王大海、湖南省长林立新出席。";
    let found = ex.extract(text);
    let t = &found.triples[0];
    assert_eq!((&*t.person.text, &*t.role.text), ("王大海", "副市长"));
    let place = t.place.as_ref().expect("a place");
    assert_eq!((&*place.text, &*place.name), ("青山市", "青山市"));
    assert_eq!(&text[place.span.range()], "青山市");
    // 原 stands before the place, outside the title's text, and still qualifies the post.
    assert_eq!(t.role.modifiers, ["原", "副"]);
    assert!(t.evidence.contains(place.span));
    let t = &found.triples[1];
    let place = t.place.as_ref().expect("a place");
    // The province lent its unit to the title: the name takes it back.
    assert_eq!((&*place.text, &*place.name), ("湖南", "湖南省"));
    // The post is held in the place's government: the org is the place, named in full.
    let org = t.org.as_ref().expect("the place as org");
    assert_eq!(
        (&*org.text, &*org.name, org.kind),
        ("湖南", "湖南省", OrgKind::Government)
    );
    assert_eq!(org.span, place.span);
    // …and no organisation mention of the text.
    assert!(found.orgs.iter().all(|o| o.span != place.span));
}

#[test]
fn a_county_post_takes_the_county_out_of_a_town_named_before() {
    let ex = Extractor::new();
    // The town's county, not the town (宁陵县 of 宁陵县石桥镇), as text, name and span.
    let text = "10月8日，宁陵县石桥镇举办农民丰收节。县委常委、副县长冉静，镇长谷丰年出席。";
    let found = ex.extract(text);
    let place_of = |role: &str| {
        let t = found.triples.iter().find(|t| t.role.text == role).expect(role);
        let p = t.place.as_ref().expect("a place");
        assert_eq!(&text[p.span.range()], &*p.text);
        (p.text.to_string(), p.name.to_string())
    };
    assert_eq!(place_of("副县长"), ("宁陵县".to_string(), "宁陵县".to_string()));
    assert_eq!(
        place_of("镇长"),
        ("宁陵县石桥镇".to_string(), "宁陵县石桥镇".to_string())
    );
}

#[test]
fn a_word_of_time_before_a_list_of_posts_qualifies_each() {
    let ex = Extractor::new();
    let modifiers = |text: &str| -> Vec<(String, Vec<String>)> {
        ex.extract(text)
            .triples
            .iter()
            .map(|t| {
                (
                    t.role.text.to_string(),
                    t.role.modifiers.iter().map(|m| m.to_string()).collect(),
                )
            })
            .collect()
    };
    let own = |r: &str, m: &[&str]| (r.to_string(), m.iter().map(|m| m.to_string()).collect::<Vec<_>>());
    // 拟任 before the first body: every post of the list is proposed.
    assert_eq!(
        modifiers("俞文静现任北辰县副县长，拟任北辰县委常委、县政府常务副县长。"),
        [
            own("副县长", &["现任", "副"]),
            own("常委", &["拟任"]),
            own("常务副县长", &["拟任", "常务", "副"])
        ]
    );
    // 原 inside the first post, then another body's post: that one is held now.
    assert_eq!(
        modifiers("建设部原副部长、青山房地产协会名誉会长林海波出席。"),
        [own("副部长", &["原", "副"]), own("名誉会长", &["名誉"])]
    );
}

#[test]
fn a_word_of_time_qualifies_the_post_outside_the_title() {
    let ex = Extractor::new();
    let text = "青山银行原董事长林海波说。";
    let found = ex.extract(text);
    let t = &found.triples[0];
    assert_eq!(
        (&*t.person.text, &*t.role.text, &*t.role.core),
        ("林海波", "董事长", "董事长")
    );
    assert_eq!(&text[t.role.span.range()], "董事长");
    assert_eq!(t.role.modifiers, ["原"]);
    assert_eq!(t.org.as_ref().map(|o| &*o.text), Some("青山银行"));
    // The evidence still covers the word of time.
    assert_eq!(&text[t.evidence.range()], "青山银行原董事长林海波");
    // jieba-rs glues 原 to the place's unit here (青山|市原|副市长): still the post's.
    let found = ex.extract("法院宣判青山市原副市长石伟民受贿案。");
    let t = &found.triples[0];
    assert_eq!(&*t.role.text, "副市长");
    assert_eq!(t.role.modifiers, ["原", "副"]);
    assert_eq!(t.place.as_ref().map(|p| &*p.name), Some("青山市"));
}
