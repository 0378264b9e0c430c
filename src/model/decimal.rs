//! Exact decimal values: an integer mantissa and a power-of-ten scale.
//!
//! Numbers are never computed through `f64`: `16.4亿` is `164 × 10^8`, exactly
//! `1640000000`, where float arithmetic gives cn2an's `1639999999`.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// An exact decimal number: `mantissa × 10^-scale`.
///
/// Values are kept normalised (no trailing zero in the mantissa when `scale > 0`),
/// so equal numbers compare equal field by field.
///
/// ```
/// use zh_extract::Decimal;
/// let v: Decimal = "16.4".parse().unwrap();
/// let v = v.checked_mul(&Decimal::pow10(8)).unwrap();
/// assert_eq!(v.to_string(), "1640000000");
/// assert_eq!(v.to_f64(), 1_640_000_000.0);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// Largest scale kept; deeper fractions are not written in the texts we read.
const MAX_SCALE: u32 = 30;

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal { mantissa: 0, scale: 0 };

    /// `mantissa × 10^-scale`, normalised. `None` when `scale` exceeds 30.
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        if scale > MAX_SCALE {
            return None;
        }
        Some(Decimal { mantissa, scale }.normalised())
    }

    /// An integer.
    pub fn from_int(v: i128) -> Decimal {
        Decimal { mantissa: v, scale: 0 }
    }

    /// `10^exp` (exp ≤ 38).
    pub fn pow10(exp: u32) -> Decimal {
        Decimal {
            mantissa: 10i128.pow(exp.min(38)),
            scale: 0,
        }
    }

    /// The integer mantissa.
    pub fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// The number of decimal places.
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// True for a negative value.
    pub fn is_negative(&self) -> bool {
        self.mantissa < 0
    }

    /// True for zero.
    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    /// True when the value has no fractional part.
    pub fn is_integer(&self) -> bool {
        self.scale == 0
    }

    /// The value as an `i128` when it is an integer.
    pub fn to_i128(&self) -> Option<i128> {
        (self.scale == 0).then_some(self.mantissa)
    }

    /// The nearest `f64`, rounded once from the exact decimal text (no arithmetic on floats).
    pub fn to_f64(&self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    fn normalised(mut self) -> Decimal {
        if self.mantissa == 0 {
            self.scale = 0;
        }
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// Both values brought to the larger scale, or `None` on overflow.
    fn aligned(&self, other: &Decimal) -> Option<(i128, i128, u32)> {
        let scale = self.scale.max(other.scale);
        // The value at the larger scale keeps its mantissa: no 128-bit multiplication.
        let widen = |d: &Decimal| match scale - d.scale {
            0 => Some(d.mantissa),
            e => d.mantissa.checked_mul(10i128.checked_pow(e)?),
        };
        Some((widen(self)?, widen(other)?, scale))
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(&self, other: &Decimal) -> Option<Decimal> {
        let (a, b, scale) = self.aligned(other)?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// `self - other`, or `None` on overflow.
    pub fn checked_sub(&self, other: &Decimal) -> Option<Decimal> {
        let (a, b, scale) = self.aligned(other)?;
        Decimal::new(a.checked_sub(b)?, scale)
    }

    /// `self × other`, or `None` on overflow.
    pub fn checked_mul(&self, other: &Decimal) -> Option<Decimal> {
        let m = self.mantissa.checked_mul(other.mantissa)?;
        let scale = self.scale + other.scale;
        if scale > MAX_SCALE {
            return None;
        }
        Decimal::new(m, scale)
    }

    /// `self ÷ other` when the quotient is a finite decimal of at most 30 places
    /// (1/4 = 0.25 but 1/3 is `None`); `None` also on division by zero or overflow.
    pub fn checked_div_exact(&self, other: &Decimal) -> Option<Decimal> {
        if other.mantissa == 0 {
            return None;
        }
        // self/other = (a / b) × 10^(other.scale - self.scale)
        let (mut a, b) = (self.mantissa, other.mantissa);
        let mut scale: i64 = self.scale as i64 - other.scale as i64;
        let mut guard = 0;
        while a % b != 0 {
            a = a.checked_mul(10)?;
            scale += 1;
            guard += 1;
            if guard > MAX_SCALE {
                return None;
            }
        }
        let q = a / b;
        if scale >= 0 {
            Decimal::new(q, scale as u32)
        } else {
            Decimal::new(q.checked_mul(10i128.checked_pow((-scale) as u32)?)?, 0)
        }
    }

    /// `self ÷ other`: exact when [`checked_div_exact`](Self::checked_div_exact) is, otherwise
    /// rounded half away from zero to `places` decimal places (at most 30): 1/3 → 0.333…3.
    /// `None` on division by zero or overflow.
    ///
    /// ```
    /// use zh_extract::Decimal;
    /// let third = Decimal::from_int(1).checked_div_rounded(&Decimal::from_int(3), 4).unwrap();
    /// assert_eq!(third.to_string(), "0.3333");
    /// ```
    pub fn checked_div_rounded(&self, other: &Decimal, places: u32) -> Option<Decimal> {
        if let Some(q) = self.checked_div_exact(other) {
            return Some(q);
        }
        if other.mantissa == 0 || places > MAX_SCALE {
            return None;
        }
        // self/other = (a/b) × 10^(sb - sa); scaled by 10^places and rounded.
        let e = places as i64 + other.scale as i64 - self.scale as i64;
        let (mut n, mut d) = (self.mantissa, other.mantissa);
        if e >= 0 {
            n = n.checked_mul(10i128.checked_pow(e as u32)?)?;
        } else {
            d = d.checked_mul(10i128.checked_pow((-e) as u32)?)?;
        }
        if d < 0 {
            (n, d) = (n.checked_neg()?, d.checked_neg()?);
        }
        let half = d / 2;
        let q = if n >= 0 {
            n.checked_add(half)? / d
        } else {
            n.checked_sub(half)? / d
        };
        Decimal::new(q, places)
    }

    /// `self` raised to `exp` (negative exponents divide, rounded to 30 places when not exact).
    pub fn checked_powi(&self, exp: i32) -> Option<Decimal> {
        let mut r = Decimal::from_int(1);
        for _ in 0..exp.unsigned_abs().min(200) {
            r = r.checked_mul(self)?;
        }
        if exp.unsigned_abs() > 200 {
            return None;
        }
        if exp < 0 {
            Decimal::from_int(1).checked_div_rounded(&r, MAX_SCALE)
        } else {
            Some(r)
        }
    }

    /// The negated value.
    pub fn neg(&self) -> Decimal {
        Decimal {
            mantissa: -self.mantissa,
            scale: self.scale,
        }
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match self.aligned(other) {
            Some((a, b, _)) => a.cmp(&b),
            // Too large to align: compare through the decimal text as floats.
            None => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = self.scale as usize;
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        if digits.len() > scale {
            let (int, frac) = digits.split_at(digits.len() - scale);
            write!(f, "{sign}{int}.{frac}")
        } else {
            write!(f, "{sign}0.{}{digits}", "0".repeat(scale - digits.len()))
        }
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({self})")
    }
}

/// The text is not a plain decimal number (`-12.50`, `3`, `0.001`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a decimal number: {0:?}")]
pub struct ParseDecimalError(String);

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Parses ASCII decimal notation: optional sign, digits, optional `.` and digits.
    fn from_str(s: &str) -> Result<Decimal, ParseDecimalError> {
        let err = || ParseDecimalError(s.to_string());
        let (neg, body) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() && frac.is_empty() {
            return Err(err());
        }
        if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let mut mantissa: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add((b - b'0') as i128))
                .ok_or_else(err)?;
        }
        let scale = u32::try_from(frac.len()).map_err(|_| err())?;
        let v = Decimal::new(mantissa, scale).ok_or_else(err)?;
        Ok(if neg { v.neg() } else { v })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Decimal {
    /// Serialised as its exact decimal text, e.g. `"1640000000"` or `"16.4"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn scale_words_fold_without_rounding() {
        assert_eq!(
            d("16.4").checked_mul(&Decimal::pow10(8)).unwrap(),
            Decimal::from_int(1_640_000_000)
        );
        assert_eq!(
            d("1100.9").checked_mul(&Decimal::pow10(8)).unwrap().to_string(),
            "110090000000"
        );
        assert_eq!(d("0.1").checked_add(&d("0.2")).unwrap(), d("0.3"));
    }

    #[test]
    fn display_round_trips() {
        for s in ["0", "5", "-32", "12.5", "0.003", "-0.5", "1640000000"] {
            assert_eq!(d(s).to_string(), s);
        }
        assert_eq!(d("12.50").to_string(), "12.5");
        assert_eq!(d("007").to_string(), "7");
    }

    #[test]
    fn exact_division_only_when_finite() {
        assert_eq!(d("1").checked_div_exact(&d("4")), Some(d("0.25")));
        assert_eq!(d("1").checked_div_exact(&d("3")), None);
        assert_eq!(d("1").checked_div_exact(&d("0")), None);
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        for s in ["", ".", "1.2.3", "1e5", "abc", "--1"] {
            assert!(s.parse::<Decimal>().is_err(), "{s}");
        }
    }

    #[test]
    fn overflow_is_none_not_a_panic() {
        let big = Decimal::from_int(i128::MAX);
        assert_eq!(big.checked_add(&Decimal::from_int(1)), None);
        assert_eq!(big.checked_mul(&Decimal::from_int(10)), None);
        assert!("9".repeat(60).parse::<Decimal>().is_err());
    }

    #[test]
    fn rounded_division_and_powers() {
        assert_eq!(d("1").checked_div_rounded(&d("3"), 4), Some(d("0.3333")));
        assert_eq!(d("2").checked_div_rounded(&d("3"), 2), Some(d("0.67")));
        assert_eq!(d("-2").checked_div_rounded(&d("3"), 2), Some(d("-0.67")));
        assert_eq!(d("157").checked_div_rounded(&d("-3"), 3), Some(d("-52.333")));
        assert_eq!(
            d("1").checked_div_rounded(&d("8"), 1),
            Some(d("0.125")),
            "exact quotients are not rounded"
        );
        assert_eq!(d("2").checked_powi(5), Some(d("32")));
        assert_eq!(d("2").checked_powi(-1), Some(d("0.5")));
        assert_eq!(d("1.1").checked_powi(2), Some(d("1.21")));
    }

    #[test]
    fn ordering_is_numeric() {
        assert!(d("2.5") < d("10"));
        assert!(d("-3") < d("0.1"));
    }
}
