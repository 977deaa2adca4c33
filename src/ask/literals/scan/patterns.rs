//! The literal patterns tried at a token: dates and date ranges, months, quarters, years,
//! relative periods ("last 3 months") and numbers, written as digits or words.

use super::super::calendar::{month_number, Date, Relative, Unit};
use super::{Tok, TokKind};

fn word(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i)
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.lower.as_str())
}

/// Token `i` is `p`, glued to the token before it.
fn glued_punct(toks: &[Tok], i: usize, p: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Punct && t.lower == p && !t.space_before)
}

fn glued_word(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i)
        .filter(|t| !t.space_before)
        .and_then(|_| word(toks, i))
}

fn digits(w: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (len.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
}

/// A day of the month, as a number or an ordinal (`1`, `1st`, `22nd`, `31st`).
fn day_of(w: &str) -> Option<u32> {
    let number = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| w.strip_suffix(suffix))
        .unwrap_or(w);
    digits(number, 1..=2)
}

fn year_of(w: &str) -> Option<i32> {
    digits(w, 4..=4)
        .map(|y| y as i32)
        .filter(|y| (1900..=2100).contains(y))
}

/// A four-digit year from 1900 to 2100 standing alone.
pub(super) fn year_word(toks: &[Tok], i: usize) -> Option<i32> {
    let year = year_of(word(toks, i)?)?;
    let glued_digits = glued_punct(toks, i + 1, "-") && glued_word(toks, i + 2).is_some();
    (!glued_digits).then_some(year)
}

/// `2025-11-24`, `November 24, 2025`, `24 November 2025`.
pub(super) fn date_at(toks: &[Tok], i: usize) -> Option<(Date, usize)> {
    let iso = || {
        let year = year_of(word(toks, i)?)?;
        let month = (glued_punct(toks, i + 1, "-")).then(|| glued_word(toks, i + 2))??;
        let day = (glued_punct(toks, i + 3, "-")).then(|| glued_word(toks, i + 4))??;
        let date = Date::new(year, digits(month, 2..=2)?, digits(day, 2..=2)?)?;
        Some((date, i + 5))
    };
    let month_first = || {
        let month = month_number(word(toks, i)?)?;
        let day = day_of(word(toks, i + 1)?)?;
        let at = if glued_punct(toks, i + 2, ",") {
            i + 3
        } else {
            i + 2
        };
        let date = Date::new(year_of(word(toks, at)?)?, month, day)?;
        Some((date, at + 1))
    };
    let day_first = || {
        let day = day_of(word(toks, i)?)?;
        let month = month_number(word(toks, i + 1)?)?;
        let date = Date::new(year_of(word(toks, i + 2)?)?, month, day)?;
        Some((date, i + 3))
    };
    iso().or_else(month_first).or_else(day_first)
}

/// Two dates joined by `to`, `through`, `until`, `and` or a dash; both bounds inclusive.
/// The first may leave its year to the second: `June 1 and August 31, 2022`, `1 March and
/// 31 May 2024`.
pub(super) fn date_range_at(toks: &[Tok], i: usize) -> Option<(Date, Date, usize)> {
    let yearless = || {
        let month_first = || {
            let month = month_number(word(toks, i)?)?;
            let day = day_of(word(toks, i + 1)?)?;
            Some((month, day, i + 2))
        };
        let day_first = || {
            let day = day_of(word(toks, i)?)?;
            let month = month_number(word(toks, i + 1)?)?;
            Some((month, day, i + 2))
        };
        month_first().or_else(day_first)
    };
    let (from, after) = match date_at(toks, i) {
        Some((from, after)) => (Some(from), after),
        None => {
            let (_, _, after) = yearless()?;
            (None, after)
        }
    };
    let joined = matches!(
        word(toks, after),
        Some("to" | "through" | "thru" | "until" | "till" | "and")
    ) || toks
        .get(after)
        .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.lower.as_str(), "-" | "–" | "—"));
    if !joined {
        return None;
    }
    let (to, next) = date_at(toks, after + 1)?;
    let from = match from {
        Some(from) => from,
        None => {
            let (month, day, _) = yearless()?;
            Date::new(to.year, month, day)?
        }
    };
    (from <= to).then_some((from, to, next))
}

/// Two months joined as a range, the first leaving its year to the second: `March and May
/// 2023`, `March to May 2023`, `March 2023 through May 2023`; from the first day of the
/// first to the last day of the second.
pub(super) fn month_range_at(toks: &[Tok], i: usize) -> Option<(Date, Date, usize)> {
    let (first_year, first_month, after) = match month_at(toks, i) {
        Some((year, month, after)) => (Some(year), month, after),
        None => (None, month_number(word(toks, i)?)?, i + 1),
    };
    if !matches!(
        word(toks, after),
        Some("to" | "through" | "thru" | "until" | "till" | "and")
    ) {
        return None;
    }
    let (year, month, next) = month_at(toks, after + 1)?;
    let from = Date::new(first_year.unwrap_or(year), first_month, 1)?;
    let to = (28..=31)
        .rev()
        .find_map(|day| Date::new(year, month, day))?;
    (from < to).then_some((from, to, next))
}

/// `the first half of 2023`, `second half 2024`, `H1 2024`, `2024 H2`: January to June or
/// July to December of the year.
pub(super) fn half_year_at(toks: &[Tok], i: usize) -> Option<(Date, Date, usize)> {
    let first = word(toks, i)?;
    let h_word = |w: &str| match w {
        "h1" => Some(1),
        "h2" => Some(2),
        _ => None,
    };
    let (half, year, next) = if let Some(half) = h_word(first) {
        let at = if word(toks, i + 1) == Some("of") {
            i + 2
        } else {
            i + 1
        };
        (half, year_of(word(toks, at)?)?, at + 1)
    } else if let (Some(year), Some(half)) = (year_of(first), word(toks, i + 1).and_then(h_word)) {
        (half, year, i + 2)
    } else {
        let half = match first {
            "first" | "1st" => 1,
            "second" | "2nd" | "last" | "latter" => 2,
            _ => return None,
        };
        if word(toks, i + 1) != Some("half") {
            return None;
        }
        let mut at = i + 2;
        if matches!(word(toks, at), Some("of" | "in")) || glued_punct(toks, at, ",") {
            at += 1;
        }
        (half, year_of(word(toks, at)?)?, at + 1)
    };
    let (from, to) = match half {
        1 => (Date::new(year, 1, 1)?, Date::new(year, 6, 30)?),
        _ => (Date::new(year, 7, 1)?, Date::new(year, 12, 31)?),
    };
    Some((from, to, next))
}

/// `March 2025`, `March of 2025`, `2025-03`.
pub(super) fn month_at(toks: &[Tok], i: usize) -> Option<(i32, u32, usize)> {
    if let Some(year) = word(toks, i).and_then(year_of) {
        let month = glued_punct(toks, i + 1, "-")
            .then(|| glued_word(toks, i + 2))
            .flatten()
            .and_then(|m| digits(m, 2..=2))
            .filter(|m| (1..=12).contains(m))?;
        let day_follows = glued_punct(toks, i + 3, "-");
        return (!day_follows).then_some((year, month, i + 3));
    }
    let month = month_number(word(toks, i)?)?;
    let mut at = i + 1;
    if word(toks, at) == Some("of") || glued_punct(toks, at, ",") {
        at += 1;
    }
    let year = year_of(word(toks, at)?)?;
    Some((year, month, at + 1))
}

fn quarter_number(w: &str) -> Option<u32> {
    let n = match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        // "the last quarter of 2023" (with a year; alone it is relative).
        "fourth" | "4th" | "last" | "final" => 4,
        _ => return None,
    };
    Some(n)
}

fn q_word(w: &str) -> Option<u32> {
    w.strip_prefix('q')
        .and_then(|n| digits(n, 1..=1))
        .filter(|n| (1..=4).contains(n))
}

/// `Q3 2024`, `Q3-2024`, `Q3 of 2024`, `2024 Q3`, `2024-Q3`, `2024Q3`,
/// `third quarter of 2024`, `3rd quarter 2024`, `last quarter of 2023`.
pub(super) fn quarter_at(toks: &[Tok], i: usize) -> Option<(i32, u32, usize)> {
    let first = word(toks, i)?;
    if let Some(quarter) = q_word(first) {
        let mut at = i + 1;
        if word(toks, at) == Some("of") || glued_punct(toks, at, "-") || glued_punct(toks, at, ",")
        {
            at += 1;
        }
        let year = year_of(word(toks, at)?)?;
        return Some((year, quarter, at + 1));
    }
    // "2024q3": four digits then the quarter, all ASCII (so the split is a char boundary).
    if first.len() == 6 && first.is_ascii() {
        if let (Some(year), Some(quarter)) = (year_of(&first[..4]), q_word(&first[4..])) {
            return Some((year, quarter, i + 1));
        }
    }
    if let Some(year) = year_of(first) {
        let at = if glued_punct(toks, i + 1, "-") {
            i + 2
        } else {
            i + 1
        };
        let quarter = q_word(word(toks, at)?)?;
        return Some((year, quarter, at + 1));
    }
    let quarter = quarter_number(first)?;
    if word(toks, i + 1) != Some("quarter") {
        return None;
    }
    let mut at = i + 2;
    if matches!(word(toks, at), Some("of" | "in")) || glued_punct(toks, at, ",") {
        at += 1;
    }
    let year = year_of(word(toks, at)?)?;
    Some((year, quarter, at + 1))
}

/// `this year`, `last quarter`, `most recent month`…, with its canonical phrase.
pub(super) fn relative_at(toks: &[Tok], i: usize) -> Option<(Relative, String, usize)> {
    let unit_at = |j: usize| {
        let w = word(toks, j)?;
        let w = w.strip_suffix("'s").or(w.strip_suffix("’s")).unwrap_or(w);
        match w {
            "year" => Some(Unit::Year),
            "quarter" => Some(Unit::Quarter),
            "month" => Some(Unit::Month),
            _ => None,
        }
    };
    let (relative, next) = match word(toks, i)? {
        "this" | "current" => {
            if word(toks, i + 1) == Some("calendar") && unit_at(i + 2) == Some(Unit::Year) {
                (Relative::This(Unit::Year), i + 3)
            } else {
                (Relative::This(unit_at(i + 1)?), i + 2)
            }
        }
        "last" | "previous" | "prior" => (Relative::Last(unit_at(i + 1)?), i + 2),
        "latest" | "recent" => match unit_at(i + 1)? {
            Unit::Year => return None,
            unit => (Relative::Last(unit), i + 2),
        },
        "most" if word(toks, i + 1) == Some("recent") => match unit_at(i + 2)? {
            Unit::Year => return None,
            unit => (Relative::Last(unit), i + 3),
        },
        _ => return None,
    };
    let phrase = match relative {
        Relative::This(unit) => format!("this {}", unit_name(unit)),
        Relative::Last(unit) => format!("last {}", unit_name(unit)),
    };
    Some((relative, phrase, next))
}

fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Year => "year",
        Unit::Quarter => "quarter",
        Unit::Month => "month",
    }
}

/// An integer or decimal (`1,000`, `2.5`), or a number word (`ten`), canonicalized; times a
/// scale said after it ("2.5 million"), or after the number it ranges to ("between 1 and 2
/// million").
pub(super) fn number_at(toks: &[Tok], i: usize) -> Option<(String, usize)> {
    let (number, at) = plain_number_at(toks, i)?;
    if let Some(zeros) = scale_word(word(toks, at)) {
        return Some((scaled(&number, zeros), at + 1));
    }
    let ranged = matches!(word(toks, at), Some("and" | "to"))
        || toks
            .get(at)
            .is_some_and(|t| t.kind == TokKind::Punct && t.lower == "-");
    if ranged {
        if let Some((to, end)) = plain_number_at(toks, at + 1) {
            // "between 1 and 2 million", not "between 500 and 2 thousand".
            let lower = |n: &str| n.parse::<f64>().ok();
            let below = matches!((lower(&number), lower(&to)), (Some(a), Some(b)) if a < b);
            if let Some(zeros) = scale_word(word(toks, end)).filter(|_| below) {
                return Some((scaled(&number, zeros), at));
            }
        }
    }
    Some((number, at))
}

/// The zeros a scale word stands for.
fn scale_word(w: Option<&str>) -> Option<usize> {
    match w? {
        "thousand" => Some(3),
        "million" | "millions" => Some(6),
        "billion" | "billions" => Some(9),
        _ => None,
    }
}

/// A canonical number times ten to the `zeros`.
fn scaled(number: &str, zeros: usize) -> String {
    let (integer, fraction) = number.split_once('.').unwrap_or((number, ""));
    let mut digits = format!("{integer}{fraction}");
    let point = integer.len() + zeros;
    while digits.len() < point {
        digits.push('0');
    }
    let (i, f) = digits.split_at(point);
    canonical_number(i, f)
}

fn plain_number_at(toks: &[Tok], i: usize) -> Option<(String, usize)> {
    let first = word(toks, i)?;
    if let Some(n) = number_word(first) {
        return Some((n.to_string(), i + 1));
    }
    if !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut integer = first.to_owned();
    let mut at = i + 1;
    while first.len() <= 3 && glued_punct(toks, at, ",") {
        match glued_word(toks, at + 1).filter(|g| digits(g, 3..=3).is_some()) {
            Some(group) => {
                integer.push_str(group);
                at += 2;
            }
            None => break,
        }
    }
    let mut fraction = String::new();
    if glued_punct(toks, at, ".") {
        if let Some(f) = glued_word(toks, at + 1).filter(|f| f.bytes().all(|b| b.is_ascii_digit()))
        {
            fraction = f.to_owned();
            at += 2;
        }
    }
    Some((canonical_number(&integer, &fraction), at))
}

/// `007` → `7`, `2.50` → `2.5`, `3.0` → `3`.
pub(in crate::ask::literals) fn canonical_number(integer: &str, fraction: &str) -> String {
    let integer = integer.trim_start_matches('0');
    let integer = if integer.is_empty() { "0" } else { integer };
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        integer.to_owned()
    } else {
        format!("{integer}.{fraction}")
    }
}

fn number_word(w: &str) -> Option<u32> {
    const SMALL: [&str; 20] = [
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
        "twenty",
    ];
    if let Some(i) = SMALL.iter().position(|s| *s == w) {
        return Some(i as u32 + 1);
    }
    match w {
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "hundred" => Some(100),
        _ => None,
    }
}
