//! Placing a literal of the question: a number that ranks or compares, a value, a
//! period (opened by "since", "before"), or "the last 30 days".

use super::*;

pub(super) fn place_literal(
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    literal: Literal,
    unplaced: &mut Vec<String>,
) {
    let before = i.checked_sub(1).and_then(|b| word_at(units, b));
    if before == Some("no") && literal.text.eq_ignore_ascii_case("one") {
        // "no one ordered": the "no" before it is the absence.
        return;
    }
    let number = match &literal.value {
        // A number that is also a code somewhere ("top 5") is a number.
        LiteralValue::Value(_) if literal.text.chars().all(|c| c.is_ascii_digit()) => {
            Some(literal.text.clone())
        }
        LiteralValue::Number(n) => Some(n.clone()),
        _ => None,
    };
    match &literal.value {
        _ if number.is_some() => {
            let n = number.unwrap_or_default();
            let next = word_at(units, i + 1).unwrap_or_default();
            let ranks = matches!(before, Some("top" | "bottom" | "first" | "which"))
                || grammar::rank_word(next).is_some()
                || measure_word(next).is_some_and(|m| m.rank.is_some());
            let limit = n.parse::<u64>().ok().filter(|l| *l > 0);
            let number_at = |k: usize| matches!(units.get(k), Some(Folded::Placeholder(_)));
            if before == Some("between") && next == "and" && number_at(i + 2) {
                // "between 50,000 and 70,000": both bounds, once the second is read.
                pending.range_low = Some(n);
            } else if let (Some("and"), Some(low)) = (before, pending.range_low.take()) {
                pending.compared = Some((Comparison::Between, format!("{low} AND {n}")));
            } else if let Some(comparison) = pending.comparison.take() {
                pending.compared = Some((comparison, n.clone()));
                // "longer than 3 hours": the number is in hours.
                if let Some(unit) = grammar::unit_word(next) {
                    reading.units.push(unit);
                }
            } else if let (true, Some(limit), None) = (ranks, limit, reading.limit) {
                reading.limit = Some(limit);
            } else if let LiteralValue::Value(_) = literal.value {
                push_literal(reading, literal);
            } else if let (Some(limit), None, Some(Folded::Word { .. })) =
                (limit, reading.limit, units.get(i + 1))
            {
                // "the 3 branches holding the least money": a limit when a ranking follows.
                pending.limit = Some((limit, literal.text.clone()));
            } else {
                unplaced.push(literal.text.clone());
            }
        }
        LiteralValue::Relative(_) | LiteralValue::Text(_) => unplaced.push(literal.text.clone()),
        LiteralValue::Value(_) => {
            // "customers not in Germany", "excluding cancelled orders".
            if std::mem::take(&mut pending.absent) {
                reading.negated.push(reading.literals.len());
            }
            push_literal(reading, literal)
        }
        _ => {
            if let Some(bound) = pending.bound.take() {
                reading.bounds.push((reading.literals.len(), bound));
            }
            push_literal(reading, literal);
        }
    }
}

/// Keeps a literal with the table named last before it.
fn push_literal(reading: &mut Reading, literal: Literal) {
    reading.literal_tables.push(last_table(reading));
    reading.literals.push(literal);
}

/// "last 30 days", "past 6 months": the number at `i` after "last" or "past" and before
/// a grain.
pub(super) fn recent_period(units: &[Folded], i: usize, literal: &Literal) -> Option<(u64, Grain)> {
    let before = i.checked_sub(1).and_then(|b| word_at(units, b))?;
    if !matches!(before, "last" | "past") {
        return None;
    }
    let n = match &literal.value {
        LiteralValue::Number(n) => n,
        LiteralValue::Value(_) => &literal.text,
        _ => return None,
    };
    let grain = grammar::grain_word(&stem(word_at(units, i + 1)?))?;
    Some((n.parse().ok().filter(|n| *n > 0)?, grain))
}

/// A word that opens an open-ended period.
pub(super) fn bound_word(word: &str) -> Option<Bound> {
    match word {
        "since" => Some(Bound::Since),
        "after" => Some(Bound::After),
        "before" | "until" => Some(Bound::Before),
        _ => None,
    }
}
