//! Numbers as written: digits with thousands separators and decimals, number words, scale words.
//!
//! Amounts are kept as exact decimals (mantissa and scale) so that `$1.52 billion` normalises to
//! `1520000000`, not to a float's approximation of it.

use std::sync::LazyLock;

use crate::text::Lower;

/// An exact decimal: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub scale: u32,
}

impl Decimal {
    /// Parse `1,520.5`, `430,000`, `6.1`, `12`. Commas must group thousands; `None` otherwise.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, f),
            None => (s, ""),
        };
        if int.is_empty()
            || (s.contains('.') && frac.is_empty())
            || !frac.chars().all(|c| c.is_ascii_digit())
            || frac.len() > 12
        {
            return None;
        }
        let groups: Vec<&str> = int.split(',').collect();
        if groups.len() > 1 {
            let first_ok = (1..=3).contains(&groups[0].len());
            let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
            if !first_ok || !rest_ok {
                return None;
            }
        }
        let digits: String = groups.concat();
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() > 24 {
            return None;
        }
        let mantissa: i128 = format!("{digits}{frac}").parse().ok()?;
        Some(Decimal {
            mantissa,
            scale: frac.len() as u32,
        })
    }

    pub fn from_int(n: i128) -> Decimal {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }

    /// Multiply by `10^exp` exactly (scale words: million = 6).
    pub fn shifted(self, exp: u32) -> Decimal {
        if self.scale >= exp {
            Decimal {
                mantissa: self.mantissa,
                scale: self.scale - exp,
            }
        } else {
            let factor = 10i128.checked_pow(exp - self.scale).unwrap_or(i128::MAX);
            Decimal {
                mantissa: self.mantissa.saturating_mul(factor),
                scale: 0,
            }
        }
    }

    pub fn to_f64(self) -> f64 {
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }

    /// Half of the last written digit: `1.52` → 0.005, `430000` → 0.5. Shifting keeps it in step.
    pub fn half_written_unit(self) -> f64 {
        0.5 / 10f64.powi(self.scale as i32)
    }

    /// Plain decimal without exponent or trailing zeros after the point: `1520000000`, `6.1`.
    pub fn to_plain(self) -> String {
        let neg = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let mut s = if scale == 0 {
            digits
        } else if digits.len() > scale {
            let (i, f) = digits.split_at(digits.len() - scale);
            format!("{i}.{f}")
        } else {
            format!("0.{}{}", "0".repeat(scale - digits.len()), digits)
        };
        if s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.pop();
            }
        }
        if neg { format!("-{s}") } else { s }
    }
}

/// Half of the last significant digit of a value: 430000 → 5000, 180 → 5, 183 → 0.5, 6.1 → 0.05.
/// "About 430,000" is read as rounded there.
pub fn half_significant_unit(value: f64) -> f64 {
    let v = value.abs();
    if v == 0.0 || !v.is_finite() {
        return 0.5;
    }
    let mut unit = 1.0f64;
    if v.fract() == 0.0 {
        while unit < 1e15 && (v / (unit * 10.0)).fract() == 0.0 {
            unit *= 10.0;
        }
    } else {
        while unit > 1e-9 && ((v / unit) - (v / unit).round()).abs() > 1e-6 {
            unit /= 10.0;
        }
    }
    unit / 2.0
}

/// The power of ten of a scale word after a sum of money: the scale words, and the financial
/// press's "MM" (a thousand thousand: "$21MM", "$140-150MM"), which after a plain number is
/// millimetres.
pub fn money_scale_word(word: &str) -> Option<u32> {
    scale_word(word).or_else(|| word.eq_ignore_ascii_case("mm").then_some(6))
}

/// The power of ten of a scale word after a number ("1.52 billion", "110bn", "3m").
pub fn scale_word(word: &str) -> Option<u32> {
    Some(match word.to_ascii_lowercase().as_str() {
        "thousand" | "k" => 3,
        "million" | "millions" | "mn" | "mln" | "m" => 6,
        "billion" | "billions" | "bn" | "b" => 9,
        "trillion" | "trillions" | "tn" | "tr" => 12,
        _ => return None,
    })
}

/// The shapes of a list's words, each its first letter, last letter and length: a word of
/// another shape is none of them, told without comparing strings. The number words are asked
/// of nearly every word of a briefing ("the" and "said" among them), and comparing each with
/// the lists was 3% of the analysis.
struct Shapes {
    /// Bit `len` of entry `first * 26 + last` (letters `a`..`z`), for words shorter than 32 bytes.
    lengths: Vec<u32>,
}

impl Shapes {
    fn of<'a>(words: impl IntoIterator<Item = &'a &'a str>) -> Shapes {
        let mut lengths = vec![0u32; 26 * 26];
        for w in words {
            let slot = Shapes::slot(w).expect("the number words are lower-case ASCII, under 32 bytes");
            lengths[slot] |= 1 << w.len();
        }
        Shapes { lengths }
    }

    /// The entry of a word's shape, its first and last letters taken in lower case.
    fn slot(w: &str) -> Option<usize> {
        let b = w.as_bytes();
        let (f, l) = (b.first()?.to_ascii_lowercase(), b.last()?.to_ascii_lowercase());
        (f.is_ascii_lowercase() && l.is_ascii_lowercase() && b.len() < 32)
            .then(|| usize::from(f - b'a') * 26 + usize::from(l - b'a'))
    }

    /// Whether a word of `w`'s shape is listed (`w` may still not be), in any case.
    fn admits(&self, w: &str) -> bool {
        Shapes::slot(w).is_some_and(|s| self.lengths[s] >> w.len() & 1 == 1)
    }

    /// `word` in lower case when a listed word may be it or `also` holds of it; `None` else.
    /// An ASCII word is judged as written, before it is lower-cased (most words are turned away
    /// here): lower-casing it keeps its length, hyphens, digits and letters' shape.
    fn lowered(&self, word: &str, also: impl Fn(&str) -> bool) -> Option<Lower> {
        let fits = |w: &str| self.admits(w) || also(w);
        if word.is_ascii() {
            return fits(word).then(|| Lower::new(word));
        }
        let w = Lower::new(word);
        fits(&w).then_some(w)
    }
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A cardinal number word or hyphenated compound: "twelve" → 12, "forty-seven" → 47, "dozen" → 12.
pub fn cardinal_word(word: &str) -> Option<i128> {
    static SHAPES: LazyLock<Shapes> =
        LazyLock::new(|| Shapes::of(UNITS.iter().chain(&TENS).chain(&["dozen", "hundred"])));
    let w = SHAPES.lowered(word, |w| w.contains('-'))?;
    let w = &*w;
    if w == "dozen" {
        return Some(12);
    }
    if w == "hundred" {
        return Some(100);
    }
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as i128);
    }
    if let Some(i) = TENS.iter().position(|t| *t == w) {
        return Some(20 + 10 * i as i128);
    }
    let (tens, unit) = w.split_once('-')?;
    let t = TENS.iter().position(|x| *x == tens)?;
    let u = UNITS[1..10].iter().position(|x| *x == unit)?;
    Some(20 + 10 * t as i128 + u as i128 + 1)
}

const ORD_UNITS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORD_TENS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// An ordinal word or numeral: "third" → 3, "twenty-first" → 21, "60th" → 60, "1st" → 1.
pub fn ordinal(word: &str) -> Option<i128> {
    static SHAPES: LazyLock<Shapes> =
        LazyLock::new(|| Shapes::of(ORD_UNITS.iter().chain(&ORD_TENS).chain(&["hundredth"])));
    // Past the listed words, an ordinal is hyphenated ("twenty-first") or starts with a digit.
    let beyond = |w: &str| w.contains('-') || w.starts_with(|c: char| c.is_ascii_digit());
    let w = SHAPES.lowered(word, beyond)?;
    let w = &*w;
    if let Some(i) = ORD_UNITS.iter().position(|u| *u == w) {
        return (i > 0).then_some(i as i128);
    }
    if let Some(i) = ORD_TENS.iter().position(|t| *t == w) {
        return Some(20 + 10 * i as i128);
    }
    if w == "hundredth" {
        return Some(100);
    }
    if let Some((tens, unit)) = w.split_once('-') {
        let t = TENS.iter().position(|x| *x == tens)?;
        let u = ORD_UNITS[1..10].iter().position(|x| *x == unit)?;
        return Some(20 + 10 * t as i128 + u as i128 + 1);
    }
    let digits_end = w.find(|c: char| !c.is_ascii_digit())?;
    if digits_end == 0 || digits_end > 6 {
        return None;
    }
    let (num, suffix) = w.split_at(digits_end);
    let n: i128 = num.parse().ok()?;
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    (suffix == expected && n > 0).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_parse_and_normalise() {
        let cases = [
            ("430,000", Some("430000")),
            ("1,520.5", Some("1520.5")),
            ("6.1", Some("6.1")),
            ("12", Some("12")),
            ("1,52", None),
            ("12,3456", None),
            ("1.", None),
        ];
        for (input, want) in cases {
            assert_eq!(
                Decimal::parse(input).map(|d| d.to_plain()),
                want.map(String::from),
                "{input}"
            );
        }
    }

    #[test]
    fn scale_words_shift_exactly() {
        let cases = [
            ("1.52", 9, "1520000000"),
            ("110", 9, "110000000000"),
            ("3", 12, "3000000000000"),
            ("500", 6, "500000000"),
            ("0.5", 3, "500"),
        ];
        for (digits, exp, want) in cases {
            let d = Decimal::parse(digits).expect("valid digits").shifted(exp);
            assert_eq!(d.to_plain(), want, "{digits}e{exp}");
        }
    }

    #[test]
    fn significant_units() {
        let cases = [
            (430000.0, 5000.0),
            (180.0, 5.0),
            (183.0, 0.5),
            (6.1, 0.05),
            (1500.0, 50.0),
        ];
        for (v, want) in cases {
            assert!((half_significant_unit(v) - want).abs() < 1e-9, "{v}");
        }
    }

    #[test]
    fn number_words() {
        let cases = [
            ("twelve", Some(12)),
            ("Forty-seven", Some(47)),
            ("ninety", Some(90)),
            ("dozen", Some(12)),
            // Judged by shape before lower-casing: capitals must not turn a word away.
            ("TWELVE", Some(12)),
            ("Dozen", Some(12)),
            ("twenty-zero", None),
            ("lots", None),
            ("the", None),
            ("éight", None),
        ];
        for (w, want) in cases {
            assert_eq!(cardinal_word(w), want, "{w}");
        }
    }

    #[test]
    fn ordinals() {
        let cases = [
            ("third", Some(3)),
            ("eleventh", Some(11)),
            ("Sixtieth", Some(60)),
            ("THIRD", Some(3)),
            ("Twenty-First", Some(21)),
            ("twenty-first", Some(21)),
            ("60th", Some(60)),
            ("1st", Some(1)),
            ("22nd", Some(22)),
            ("13th", Some(13)),
            ("11st", None),
            ("3th", None),
            ("first-ever", None),
            ("zeroth", None),
        ];
        for (w, want) in cases {
            assert_eq!(ordinal(w), want, "{w}");
        }
    }
}
