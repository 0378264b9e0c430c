//! Numbers, numeric facts and dates.

use std::borrow::Cow;

use super::own;
use crate::{Decimal, Span};

/// How a number is qualified in the text.
///
/// 以上, 以下 and 以内 include the number itself, as Chinese law reads them (民法典 §1259),
/// so 18岁以上 is `AtLeast` 18; 超过 and 不满 exclude it. A range written inside a numeral
/// (两三家, 几十个) is `About`, with its [`Bounds`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Qualifier {
    /// No qualifier: 44666立方米.
    #[default]
    Exact,
    /// 约, 大约, 左右, 上下, 来: 约800立方米, 20来亩.
    About,
    /// 近, 将近, 接近: 近500平方米.
    Nearly,
    /// 余, 多, 几, 超过, 逾: 20余间, 80多个, 十几万.
    MoreThan,
    /// 至少, 不少于, 以上: 至少两次, 18岁以上.
    AtLeast,
    /// 最多, 不超过, 以下, 以内: 最多三人, 2‰以内.
    AtMost,
    /// 不到, 不足, 不满: 不足80人.
    LessThan,
}

impl Qualifier {
    /// The snake_case name used in JSON (`exact`, `about`, `more_than` ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
        }
    }
}

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum UnitKind {
    /// A counting classifier (个, 家, 名, 次, 间 ...).
    Count,
    /// 平方米, 公顷, 亩 ...
    Area,
    /// 立方米, 升 ...
    Volume,
    /// 米, 公里 ...
    Length,
    /// 吨, 公斤 ...
    Mass,
    /// 元, 美元 ...
    Money,
    /// Per cent (%, 百分之, 成, 折, and 千分之 and ‰ turned into per cent): unit `%`.
    Percent,
    /// Percentage points (个百分点): unit `百分点`, which is not per cent.
    PercentagePoint,
    /// A ratio that is not per cent (reserved; per mille is given as per cent).
    Ratio,
    /// 年, 个月, 天, 小时 ...
    Duration,
    /// 岁, 周岁.
    Age,
    /// 摄氏度, ℃ ...
    Temperature,
    /// 千瓦时, 度 (of electricity) ...
    Energy,
    /// 千瓦, 兆瓦 ...
    Power,
    /// 字节, GB ...
    Data,
    /// 公里每小时 ...
    Speed,
    /// A unit of no other kind.
    Other,
}

impl UnitKind {
    /// The snake_case name used in dictionaries and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::Count => "count",
            UnitKind::Area => "area",
            UnitKind::Volume => "volume",
            UnitKind::Length => "length",
            UnitKind::Mass => "mass",
            UnitKind::Money => "money",
            UnitKind::Percent => "percent",
            UnitKind::PercentagePoint => "percentage_point",
            UnitKind::Ratio => "ratio",
            UnitKind::Duration => "duration",
            UnitKind::Age => "age",
            UnitKind::Temperature => "temperature",
            UnitKind::Energy => "energy",
            UnitKind::Power => "power",
            UnitKind::Data => "data",
            UnitKind::Speed => "speed",
            UnitKind::Other => "other",
        }
    }

    /// Reads a kind name as written in a dictionary.
    pub fn from_name(name: &str) -> Option<UnitKind> {
        Some(match name {
            "count" => UnitKind::Count,
            "area" => UnitKind::Area,
            "volume" => UnitKind::Volume,
            "length" => UnitKind::Length,
            "mass" => UnitKind::Mass,
            "money" => UnitKind::Money,
            "percent" => UnitKind::Percent,
            "percentage_point" => UnitKind::PercentagePoint,
            "ratio" => UnitKind::Ratio,
            "duration" => UnitKind::Duration,
            "age" => UnitKind::Age,
            "temperature" => UnitKind::Temperature,
            "energy" => UnitKind::Energy,
            "power" => UnitKind::Power,
            "data" => UnitKind::Data,
            "speed" => UnitKind::Speed,
            "other" => UnitKind::Other,
            _ => return None,
        })
    }
}

/// What sort of number a [`NumberMention`] is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NumberKind {
    /// A plain amount: 五, 44666, 1.2万.
    #[default]
    Cardinal,
    /// A rank: 第一批, 第３名.
    Ordinal,
    /// A percentage or ratio: 12.5%, 百分之十二点五, 九成.
    Percent,
    /// A fraction: 三分之一.
    Fraction,
    /// A range: 3至5年, 十几万, 两三家.
    Range,
    /// A numeral of a calendar date: 2018 and 7 in 2018年7月; or the year of a cohort
    /// (2026届 graduates, 2022级 entrants), which is no count.
    Date,
}

impl NumberKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Percent => "percent",
            NumberKind::Fraction => "fraction",
            NumberKind::Range => "range",
            NumberKind::Date => "date",
        }
    }
}

/// Lower and upper bound of a range or an approximation: 3至5年 → 3..=5, 两三家 → 2..=3,
/// 十几万 → 110000..=190000. For 多 and 余 the high bound is the next round number, which
/// the quantity stays below: 80多个 → 80..90, 500余万 → 5000000..6000000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Bounds {
    /// Lower bound, inclusive.
    pub low: Decimal,
    /// Upper bound, inclusive.
    pub high: Decimal,
}

/// What a count counts: 办事处 in 五个办事处, 企业 in 企业10696家.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Subject<'t> {
    /// The subject as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it is written.
    pub span: Span,
}

/// A value converted to an SI unit: 800立方米 → 800 m³, 3亩 → 2000 m².
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SiValue<'t> {
    /// The exact value in `unit`.
    pub value: Decimal,
    /// The SI unit symbol: m², m³, m, kg, s, K, J, W, B.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub unit: Cow<'t, str>,
}

/// A number with a unit or a counting classifier.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Fact<'t> {
    /// The fact as written, qualifiers included: `约800立方米`.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it is written.
    pub span: Span,
    /// The exact value with scale words folded in: 5000万元 → 50000000. For an
    /// approximation, the number as written (十几万 → 100000, 20余间 → 20); for a range,
    /// its low end (3至5年 → 3); per cent for percentages (九成 → 90, 八五折 → 85).
    pub value: Decimal,
    /// The unit as written, scale words removed: 5000万元 → 元. Per cent in every form is
    /// `%`, percentage points `百分点`; a sign or a variant spelling gets the usual name:
    /// $45 → 美元, 300美圆 → 美元, 250m → 米, 個 → 个. A quantity by a measure names both,
    /// as a price is written after its amount or before it: 72元/公斤 and 每公斤72元 →
    /// `元/公斤`, 120次/分钟 → `次/分钟` (`unit_kind` is the first's; no SI value then).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub unit: Cow<'t, str>,
    /// What the unit measures.
    pub unit_kind: UnitKind,
    /// ISO 4217 code for money (CNY, USD, EUR, HKD, JPY ...).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub currency: Option<Cow<'t, str>>,
    /// 约, 近, 余, 至少 ... as a closed set.
    pub qualifier: Qualifier,
    /// Bounds of a range or approximation (3至5年, 十几万, 两三家).
    pub bounds: Option<Bounds>,
    /// What is counted or measured, when the text names it next to the number.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub subject: Option<Subject<'t>>,
    /// The value in SI units, for physical quantities.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub si: Option<SiValue<'t>>,
}

impl Fact<'_> {
    /// The value as the nearest `f64`.
    pub fn value_f64(&self) -> f64 {
        self.value.to_f64()
    }

    /// A copy independent of the input text.
    pub fn into_owned(self) -> Fact<'static> {
        Fact {
            text: own(self.text),
            span: self.span,
            value: self.value,
            unit: own(self.unit),
            unit_kind: self.unit_kind,
            currency: self.currency.map(own),
            qualifier: self.qualifier,
            bounds: self.bounds,
            subject: self.subject.map(|s| Subject {
                text: own(s.text),
                span: s.span,
            }),
            si: self.si.map(|s| SiValue {
                value: s.value,
                unit: own(s.unit),
            }),
        }
    }
}

/// Any number in the text, with or without a unit.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NumberMention<'t> {
    /// The number as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it is written.
    pub span: Span,
    /// Its exact value: as written before 多/余/几 (十几万 → 100000), the low bound of a
    /// pair (两三家 → 2), each end of an explicit range for itself (3至5年 gives 3 and 5),
    /// per cent for percentages (12.5% → 12.5). A fraction that is no finite decimal is
    /// rounded to 15 places (三分之一 → 0.333333333333333).
    pub value: Decimal,
    /// Cardinal, ordinal, percent, fraction, range, or a numeral of a date.
    pub kind: NumberKind,
    /// The unit or classifier, if one follows.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub unit: Option<Cow<'t, str>>,
    /// Bounds for ranges and approximations.
    pub bounds: Option<Bounds>,
}

impl NumberMention<'_> {
    /// A copy independent of the input text.
    pub fn into_owned(self) -> NumberMention<'static> {
        NumberMention {
            text: own(self.text),
            span: self.span,
            value: self.value,
            kind: self.kind,
            unit: self.unit.map(own),
            bounds: self.bounds,
        }
    }
}

/// A calendar date, possibly partial: 2018年7月 → year 2018, month 7.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateMention<'t> {
    /// The date as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it is written.
    pub span: Span,
    /// The year, when written.
    pub year: Option<i32>,
    /// The month (1–12), when written.
    pub month: Option<u8>,
    /// The day of the month (1–31), when written.
    pub day: Option<u8>,
}

impl DateMention<'_> {
    /// The ISO 8601-like value with unknown parts left out or marked:
    /// `2018-07`, `1998-01-01`, `--12-31` (month and day, year unknown), `2019`.
    pub fn iso(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, Some(d)) => format!("---{d:02}"),
            (None, None, None) => String::new(),
        }
    }

    /// A copy independent of the input text.
    pub fn into_owned(self) -> DateMention<'static> {
        DateMention {
            text: own(self.text),
            span: self.span,
            year: self.year,
            month: self.month,
            day: self.day,
        }
    }
}
