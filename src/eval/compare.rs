//! Scoring by result rows: an answer is right when its rows equal the gold SQL's, as a
//! multiset (or a sequence when order matters), column names aside. Values are compared as
//! PostgreSQL's text output; a number is first rounded to the precision of the gold in its
//! column, so `12.345` answers a gold `12.35` but not a gold `12.3450`, and a timestamp at
//! midnight (`2024-03-01 00:00:00`, `2024-03-01 00:00:00+00`) is the date it starts, so a
//! month's start answers alike as a date or as a timestamp. An answer may show up to
//! [`MAX_EXTRA_COLUMNS`] columns more than the gold (the measure beside a top-N listing,
//! the date a listing was filtered on): it is right when the gold's columns, in their
//! order, are among its columns with the same rows.

use std::cmp::Ordering;

/// A result as PostgreSQL prints it: each value as text, NULL as `None`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResultSet {
    pub columns: usize,
    pub rows: Vec<Vec<Option<String>>>,
}

type Row = Vec<Option<String>>;

/// How many more columns than the gold an answer may show and still be right.
pub const MAX_EXTRA_COLUMNS: usize = 2;

/// `Ok` when the answer's rows are the gold's (with a note when it shows more columns than
/// the gold), otherwise how they differ.
pub fn compare(
    gold: &ResultSet,
    answer: &ResultSet,
    order_matters: bool,
) -> Result<Option<String>, String> {
    let exact = compare_same_shape(gold, answer, order_matters);
    let extra = answer.columns.saturating_sub(gold.columns);
    if exact.is_ok() || extra == 0 || extra > MAX_EXTRA_COLUMNS || gold.columns == 0 {
        return exact.map(|()| None);
    }
    for picked in column_subsets(answer.columns, gold.columns) {
        let projected = ResultSet {
            columns: gold.columns,
            rows: answer
                .rows
                .iter()
                .map(|row| picked.iter().map(|&i| row[i].clone()).collect())
                .collect(),
        };
        if compare_same_shape(gold, &projected, order_matters).is_ok() {
            let shown: Vec<String> = picked.iter().map(|i| (i + 1).to_string()).collect();
            return Ok(Some(format!(
                "{extra} column{} more than the gold; its columns {} are the gold's",
                plural(extra),
                shown.join(", ")
            )));
        }
    }
    exact.map(|()| None)
}

/// Every choice of `k` of `n` column positions, each in increasing order.
fn column_subsets(n: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut picked = Vec::with_capacity(k);
    fn walk(from: usize, n: usize, k: usize, picked: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if picked.len() == k {
            out.push(picked.clone());
            return;
        }
        for i in from..n {
            if n - i < k - picked.len() {
                break;
            }
            picked.push(i);
            walk(i + 1, n, k, picked, out);
            picked.pop();
        }
    }
    walk(0, n, k, &mut picked, &mut out);
    out
}

fn compare_same_shape(
    gold: &ResultSet,
    answer: &ResultSet,
    order_matters: bool,
) -> Result<(), String> {
    if gold.columns != answer.columns {
        return Err(format!(
            "the answer has {} column{}, the gold {}",
            answer.columns,
            plural(answer.columns),
            gold.columns
        ));
    }
    if gold.rows.len() != answer.rows.len() {
        return Err(format!(
            "the answer has {} row{}, the gold {}",
            answer.rows.len(),
            plural(answer.rows.len()),
            gold.rows.len()
        ));
    }
    let scales = column_scales(gold);
    let gold_rows = normalize(&gold.rows, &scales);
    let answer_rows = normalize(&answer.rows, &scales);
    if order_matters {
        if let Some(i) = (0..gold_rows.len()).find(|&i| gold_rows[i] != answer_rows[i]) {
            if first_unmatched(&gold_rows, &answer_rows).is_none() {
                return Err("the same rows in another order".into());
            }
            return Err(format!(
                "row {} differs: gold {}, answer {}",
                i + 1,
                show(&gold.rows[i]),
                show(&answer.rows[i])
            ));
        }
        return Ok(());
    }
    match first_unmatched(&gold_rows, &answer_rows) {
        None => Ok(()),
        Some((missing, extra)) => Err(format!(
            "the answer lacks the gold row {} and has {} instead",
            show(&gold.rows[missing]),
            show(&answer.rows[extra])
        )),
    }
}

/// Positions of `rows` in sorted order.
fn sorted_order(rows: &[Row]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| rows[a].cmp(&rows[b]));
    order
}

/// For two multisets of rows of equal size that differ: the position of the first row of
/// `gold` (in sorted order) the answer lacks, and of the first row of `answer` the gold
/// lacks.
fn first_unmatched(gold: &[Row], answer: &[Row]) -> Option<(usize, usize)> {
    let (gold_order, answer_order) = (sorted_order(gold), sorted_order(answer));
    let (mut missing, mut extra) = (None, None);
    let (mut g, mut a) = (0, 0);
    while g < gold.len() && a < answer.len() && (missing.is_none() || extra.is_none()) {
        let (gi, ai) = (gold_order[g], answer_order[a]);
        match gold[gi].cmp(&answer[ai]) {
            Ordering::Equal => (g, a) = (g + 1, a + 1),
            Ordering::Less => {
                missing.get_or_insert(gi);
                g += 1;
            }
            Ordering::Greater => {
                extra.get_or_insert(ai);
                a += 1;
            }
        }
    }
    let missing = missing.or(gold_order.get(g).copied())?;
    let extra = extra.or(answer_order.get(a).copied())?;
    Some((missing, extra))
}

/// The most decimals a gold number has in each column (`None`: no number there).
fn column_scales(gold: &ResultSet) -> Vec<Option<u32>> {
    let mut scales = vec![None; gold.columns];
    for row in &gold.rows {
        for (scale, value) in scales.iter_mut().zip(row) {
            if let Some(number) = value.as_deref().and_then(Number::parse) {
                let decimals = number.decimals();
                *scale = Some(scale.map_or(decimals, |s: u32| s.max(decimals)));
            }
        }
    }
    scales
}

/// Rows with every number of a numeric column rounded to the column's scale and written
/// canonically; other values as they are.
fn normalize(rows: &[Row], scales: &[Option<u32>]) -> Vec<Row> {
    rows.iter()
        .map(|row| {
            row.iter()
                .zip(scales)
                .map(|(value, scale)| match (value.as_deref(), scale) {
                    (Some(text), Some(scale)) => match Number::parse(text) {
                        Some(number) => Some(number.rounded(*scale)),
                        None => Some(text.to_owned()),
                    },
                    (Some(text), None) => Some(midnight_as_date(text).to_owned()),
                    _ => value.clone(),
                })
                .collect()
        })
        .collect()
}

/// `2024-03-01 00:00:00` (or `…+00`) as the date `2024-03-01`; any other text as it is.
fn midnight_as_date(text: &str) -> &str {
    let is_date = |d: &str| {
        d.len() == 10
            && d.char_indices().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    match text.split_once(' ') {
        Some((date, "00:00:00" | "00:00:00+00")) if is_date(date) => date,
        _ => text,
    }
}

fn show(row: &Row) -> String {
    const MAX: usize = 200;
    let values: Vec<&str> = row.iter().map(|v| v.as_deref().unwrap_or("NULL")).collect();
    let text = format!("({})", values.join(", "));
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A decimal number as PostgreSQL prints integers, numerics and floats: the value is
/// `digits × 10^-point`.
#[derive(Debug, Clone, PartialEq)]
struct Number {
    negative: bool,
    digits: Vec<u8>,
    point: i64,
}

/// Exponents beyond this are not treated as numbers (float8 reaches about ±308).
const MAX_EXPONENT: i64 = 400;

impl Number {
    /// `-12`, `3.50`, `1e+20`, `1.5e-07`; not `007`, `+1`, `.5`, `NaN` or `Infinity`, which
    /// PostgreSQL never prints for a finite number and which stay text.
    fn parse(text: &str) -> Option<Number> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (mantissa, exponent) = match rest.find(['e', 'E']) {
            Some(at) => (&rest[..at], Some(&rest[at + 1..])),
            None => (rest, None),
        };
        let (int, frac) = match mantissa.split_once('.') {
            Some((int, frac)) => (int, frac),
            None => (mantissa, ""),
        };
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(int) || (int.len() > 1 && int.starts_with('0')) {
            return None;
        }
        if mantissa.contains('.') && !all_digits(frac) {
            return None;
        }
        let exponent: i64 = match exponent {
            None => 0,
            Some(e) => {
                let unsigned = e.strip_prefix(['+', '-']).unwrap_or(e);
                if !all_digits(unsigned) || unsigned.len() > 4 {
                    return None;
                }
                e.parse().ok().filter(|e: &i64| e.abs() <= MAX_EXPONENT)?
            }
        };
        Some(Number {
            negative,
            digits: int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect(),
            point: frac.len() as i64 - exponent,
        })
    }

    /// Decimal places as written (`2.50` has two).
    fn decimals(&self) -> u32 {
        self.point.max(0) as u32
    }

    /// Rounded half away from zero to `scale` decimals, written canonically: no leading or
    /// trailing zeros, no exponent, `0` for any zero.
    fn rounded(&self, scale: u32) -> String {
        let scale = i64::from(scale);
        let mut digits = self.digits.clone();
        let mut point = self.point;
        if point > scale {
            let drop = (point - scale) as usize;
            let keep = digits.len().saturating_sub(drop);
            let round_up = drop <= digits.len() && digits[keep] >= 5;
            digits.truncate(keep);
            if round_up {
                increment(&mut digits);
            }
            point = scale;
        }
        canonical(self.negative, digits, point)
    }
}

/// Adds one to a decimal digit string.
fn increment(digits: &mut Vec<u8>) {
    for digit in digits.iter_mut().rev() {
        if *digit == 9 {
            *digit = 0;
        } else {
            *digit += 1;
            return;
        }
    }
    digits.insert(0, 1);
}

fn canonical(negative: bool, mut digits: Vec<u8>, point: i64) -> String {
    if point < 0 {
        digits.extend(std::iter::repeat_n(0, point.unsigned_abs() as usize));
    }
    let point = point.max(0) as usize;
    if digits.len() <= point {
        let pad = point + 1 - digits.len();
        digits.splice(0..0, std::iter::repeat_n(0, pad));
    }
    let (int, frac) = digits.split_at(digits.len() - point);
    let int_start = int.iter().position(|&d| d != 0).unwrap_or(int.len() - 1);
    let frac_end = frac.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
    let (int, frac) = (&int[int_start..], &frac[..frac_end]);
    let zero = int.iter().chain(frac).all(|&d| d == 0);
    let mut text = String::with_capacity(int.len() + frac.len() + 2);
    if negative && !zero {
        text.push('-');
    }
    text.extend(int.iter().map(|&d| char::from(b'0' + d)));
    if !frac.is_empty() {
        text.push('.');
        text.extend(frac.iter().map(|&d| char::from(b'0' + d)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(rows: &[&[Option<&str>]]) -> ResultSet {
        ResultSet {
            columns: rows.first().map_or(0, |r| r.len()),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|v| v.map(str::to_owned)).collect())
                .collect(),
        }
    }

    fn round(text: &str, scale: u32) -> String {
        Number::parse(text)
            .unwrap_or_else(|| panic!("{text} is a number"))
            .rounded(scale)
    }

    #[test]
    fn a_timestamp_at_midnight_is_its_date() {
        let gold = set(&[&[Some("2024-03-01"), Some("5")]]);
        for answer in ["2024-03-01 00:00:00", "2024-03-01 00:00:00+00"] {
            assert_eq!(
                compare(&gold, &set(&[&[Some(answer), Some("5")]]), true),
                Ok(None),
                "{answer}"
            );
        }
        for other in ["2024-03-01 12:00:00", "2024-03-01 00:00:00+02", "3"] {
            assert!(
                compare(&gold, &set(&[&[Some(other), Some("5")]]), true).is_err(),
                "{other}"
            );
        }
    }

    #[test]
    fn numbers_round_half_away_from_zero_to_canonical_text() {
        assert_eq!(round("12.345", 2), "12.35");
        assert_eq!(round("-12.345", 2), "-12.35");
        assert_eq!(round("12.344", 2), "12.34");
        assert_eq!(round("9.995", 2), "10");
        assert_eq!(round("0.004", 2), "0");
        assert_eq!(round("-0.004", 2), "0");
        assert_eq!(round("2.50", 2), "2.5");
        assert_eq!(round("1200", 0), "1200");
        assert_eq!(round("0", 3), "0");
        assert_eq!(round("1e+20", 0), "100000000000000000000");
        assert_eq!(round("1.5e-07", 7), "0.0000002");
        assert_eq!(round("1.5e-07", 6), "0");
        assert_eq!(round("0.5", 0), "1");
        assert_eq!(round("0.05", 0), "0");
        assert_eq!(round("123.456", 0), "123");
    }

    #[test]
    fn only_what_postgresql_prints_for_numbers_is_a_number() {
        for text in [
            "007",
            "+1",
            ".5",
            "1.",
            "NaN",
            "Infinity",
            "-Infinity",
            "1e",
            "2024-01-01",
            "1,5",
            "",
            "-",
            "1 2",
        ] {
            assert!(Number::parse(text).is_none(), "{text:?}");
        }
        assert_eq!(Number::parse("2.50").unwrap().decimals(), 2);
        assert_eq!(Number::parse("1e+20").unwrap().decimals(), 0);
        assert_eq!(Number::parse("1.5e-07").unwrap().decimals(), 8);
    }

    #[test]
    fn numbers_are_rounded_to_the_precision_of_the_gold_column() {
        let gold = set(&[&[Some("a"), Some("12.35")], &[Some("b"), Some("3")]]);
        // The column's precision is the most decimals of its gold values: two here.
        let close = set(&[&[Some("a"), Some("12.3499")], &[Some("b"), Some("3.004")]]);
        assert_eq!(compare(&gold, &close, true), Ok(None));
        let off = set(&[&[Some("a"), Some("12.35")], &[Some("b"), Some("3.2")]]);
        assert_eq!(
            compare(&gold, &off, true),
            Err("row 2 differs: gold (b, 3), answer (b, 3.2)".into())
        );
        let far = set(&[&[Some("a"), Some("12.3449")], &[Some("b"), Some("3")]]);
        assert_eq!(
            compare(&gold, &far, true),
            Err("row 1 differs: gold (a, 12.35), answer (a, 12.3449)".into())
        );
        // The gold's trailing zeros are precision: 12.3450 asks for four decimals.
        let precise = set(&[&[Some("a"), Some("12.3450")]]);
        assert!(compare(&precise, &set(&[&[Some("a"), Some("12.345")]]), true).is_ok());
        assert!(compare(&precise, &set(&[&[Some("a"), Some("12.35")]]), true).is_err());
    }

    #[test]
    fn text_and_nulls_compare_exactly() {
        let gold = set(&[&[Some("007"), None]]);
        assert!(compare(&gold, &set(&[&[Some("007"), None]]), true).is_ok());
        assert!(compare(&gold, &set(&[&[Some("7"), None]]), true).is_err());
        assert!(compare(&gold, &set(&[&[Some("007"), Some("")]]), true).is_err());
    }

    #[test]
    fn order_counts_only_when_it_matters() {
        let gold = set(&[
            &[Some("a"), Some("1")],
            &[Some("b"), Some("2")],
            &[Some("b"), Some("2")],
        ]);
        let shuffled = set(&[
            &[Some("b"), Some("2")],
            &[Some("a"), Some("1")],
            &[Some("b"), Some("2.00")],
        ]);
        assert_eq!(compare(&gold, &shuffled, false), Ok(None));
        assert_eq!(
            compare(&gold, &shuffled, true),
            Err("the same rows in another order".into())
        );
        // A multiset counts duplicates.
        let other = set(&[
            &[Some("a"), Some("1")],
            &[Some("a"), Some("1")],
            &[Some("b"), Some("2")],
        ]);
        assert_eq!(
            compare(&gold, &other, false),
            Err("the answer lacks the gold row (b, 2) and has (a, 1) instead".into())
        );
    }

    #[test]
    fn an_answer_may_show_a_few_more_columns_than_the_gold() {
        let gold = set(&[&[Some("Lyon")], &[Some("Nice")]]);
        let answer = set(&[&[Some("Nice"), Some("4")], &[Some("Lyon"), Some("9")]]);
        assert_eq!(
            compare(&gold, &answer, false),
            Ok(Some(
                "1 column more than the gold; its columns 1 are the gold's".into()
            ))
        );
        // In order, the extra column must not change the order of the gold's rows.
        assert!(compare(&gold, &answer, true).is_err());
        let ranked = set(&[
            &[Some("9"), Some("Ann"), Some("Lee")],
            &[Some("4"), Some("Bo"), Some("Kim")],
        ]);
        let names = set(&[&[Some("Ann"), Some("Lee")], &[Some("Bo"), Some("Kim")]]);
        assert_eq!(
            compare(&names, &ranked, true),
            Ok(Some(
                "1 column more than the gold; its columns 2, 3 are the gold's".into()
            ))
        );
        // The gold's columns keep their order; other rows are still wrong.
        let swapped = set(&[&[Some("Lee"), Some("Ann")], &[Some("Kim"), Some("Bo")]]);
        assert!(compare(&swapped, &ranked, true).is_err());
        let other = set(&[&[Some("Lyon"), Some("1")], &[Some("Paris"), Some("2")]]);
        assert_eq!(
            compare(&gold, &other, false),
            Err("the answer has 2 columns, the gold 1".into())
        );
        // More than MAX_EXTRA_COLUMNS extra columns is a different answer.
        let wide = set(&[
            &[Some("Lyon"), Some("1"), Some("2"), Some("3")],
            &[Some("Nice"), Some("1"), Some("2"), Some("3")],
        ]);
        assert!(compare(&gold, &wide, false).is_err());
    }

    #[test]
    fn shapes_must_match() {
        let gold = set(&[&[Some("a"), Some("1")]]);
        assert_eq!(
            compare(&gold, &set(&[&[Some("a")]]), false),
            Err("the answer has 1 column, the gold 2".into())
        );
        assert_eq!(
            compare(
                &gold,
                &set(&[&[Some("a"), Some("1")], &[Some("a"), Some("1")]]),
                false
            ),
            Err("the answer has 2 rows, the gold 1".into())
        );
        let empty = ResultSet {
            columns: 2,
            rows: Vec::new(),
        };
        assert_eq!(compare(&empty, &empty.clone(), true), Ok(None));
    }
}
