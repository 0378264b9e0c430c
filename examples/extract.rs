//! Reads a news paragraph and prints who holds which post where, and the figures in it.
//!
//! ```text
//! cargo run --example extract            # the paragraph below
//! cargo run --example extract -- FILE    # any UTF-8 text file
//! ```

use zh_extract::Extractor;

/// A made-up local news report: bylines, coordinated organisations, titles before
/// and after names, a post of a place, an appointment, figures with units and qualifiers.
const PARAGRAPH: &str = "本报讯（记者 林晓峰 通讯员 周雅琴）3月18日，青山市召开全市重点项目建设推进会。\
市发展和改革委员会、住房和城乡建设局主要负责同志参加会议，青山市常务副市长郑国栋出席会议并讲话。\
会议通报，今年一季度全市完成固定资产投资约128.6亿元，同比增长12.5%；新开工项目47个，\
其中投资超过10亿元的项目9个。东湖区委书记陈志远介绍，该区已建成标准厂房36万平方米，\
引进科技型企业200余家。青山大学副校长韩雪梅表示，学校将与园区共建3个联合实验室。\
经研究决定，任命宋立新为青山市交通运输局局长。";

/// Pads `s` to `width` terminal columns (CJK characters take two).
fn pad(s: &str, width: usize) -> String {
    let cols: usize = s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    format!("{s}{}", " ".repeat(width.saturating_sub(cols)))
}

fn main() -> std::io::Result<()> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => PARAGRAPH.to_string(),
    };
    // Build once, reuse for every document: the first call compiles the dictionaries.
    let extractor = Extractor::new();
    let found = extractor.extract(&text);

    println!("{} triples", found.triples.len());
    println!(
        "  {}{}{}rule",
        pad("person", 10),
        pad("role", 16),
        pad("organisation or place", 32)
    );
    for t in &found.triples {
        // A post of a place the text names with no body (青山市常务副市长) has a place instead.
        let org = match (&t.org, &t.place) {
            (Some(o), _) => o.name.to_string(),
            (None, Some(p)) => format!("{} (place)", p.name),
            (None, None) => "—".to_string(),
        };
        println!(
            "  {}{}{}{}",
            pad(&t.person.text, 10),
            pad(&t.role.text, 16),
            pad(&org, 32),
            t.rule.id()
        );
    }

    println!("\n{} facts", found.facts.len());
    println!(
        "  {}{}{}{}qualifier",
        pad("text", 20),
        pad("value", 14),
        pad("unit", 10),
        pad("kind", 10)
    );
    for f in &found.facts {
        println!(
            "  {}{}{}{}{}",
            pad(&f.text, 20),
            pad(&f.value.to_string(), 14),
            pad(&f.unit, 10),
            pad(f.unit_kind.as_str(), 10),
            f.qualifier.as_str()
        );
    }

    println!("\nevery span indexes the input:");
    for p in &found.persons {
        let chars = p.span.char_range(&text);
        println!("  {} bytes {:?} chars {:?}", p.text, p.span.range(), chars);
        assert_eq!(&text[p.span.range()], p.text);
    }
    Ok(())
}
