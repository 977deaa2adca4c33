//! The date a period applies to, from what the question says of the rows: their own verb
//! of making ("invoiced in Q3"), money collected, a status reached ("completed in Q3"), the
//! rows that refer to rows counted as different, and the date a verb names.

use super::*;

/// Sets `parts.time` when the question says which date its period applies to.
pub(super) fn date_of_period(model: &Model, reading: &Reading, bases: &[usize], parts: &mut Parts) {
    // Of the rows measured only: "customers who placed an order in 2023" dates the order.
    let others_named = reading
        .items
        .iter()
        .any(|i| matches!(i.what, Ref::Table(t) if !bases.contains(&t)));
    // "amount invoiced in Q3": the rows' own verb dates them when they were made
    // (`issued_on`, not `paid_on`).
    let own_verb = reading.items.iter().any(|i| {
        matches!(i.what, Ref::Table(t) if bases.contains(&t))
            && !i.text.contains(' ')
            && i.text.len() > 4
            && i.text.ends_with("ed")
    });
    if parts.time.is_none() && (reading.creation || own_verb) && !others_named {
        parts.time = periods::creation_date(model, bases);
    }
    // "fine money collected per year": the date it was paid (`paid_on`), not assessed.
    if parts.time.is_none() && reading.collected {
        if let [one] = &paid_dates(model, bases)[..] {
            parts.time = Some(one.clone());
        }
    }
    // "work orders completed in Q3": the date of that status (`completed_at`), when a
    // period is asked and the rows have one such date.
    let periods_asked = reading.recent.is_some()
        || reading
            .literals
            .iter()
            .any(|l| !matches!(l.value, LiteralValue::Value(_) | LiteralValue::Number(_)));
    // "How many different members took a trip in 2024": rows counted as different are
    // counted across the rows that refer to them, which the period dates: the one such
    // table named, or the one that has a date.
    if parts.time.is_none() && periods_asked {
        if let Some(t) = reading.items.iter().find_map(|i| match i.what {
            Ref::Table(t) if i.distinct && i.aggregate == Some(Aggregate::Count) => Some(t),
            _ => None,
        }) {
            let children = model.children(t);
            let named: Vec<usize> = children
                .iter()
                .copied()
                .filter(|&c| reading.items.iter().any(|i| i.what == Ref::Table(c)))
                .collect();
            let dated: Vec<usize> = children
                .iter()
                .copied()
                .filter(|&c| !periods::dates_of(model, c).is_empty())
                .collect();
            // Or the one whose date the verb says ("paid": `payments.paid_on`).
            let said: Vec<String> = reading
                .items
                .iter()
                .filter(|i| matches!(i.what, Ref::Measure(_)))
                .map(|i| stem(&i.text))
                .chain(reading.verbs.iter().map(|v| stem(v)))
                .collect();
            let verbed: Vec<usize> = dated
                .iter()
                .copied()
                .filter(|&c| {
                    periods::dates_of(model, c).iter().any(|d| {
                        model
                            .column(d.table, &d.column)
                            .and_then(|m| m.words.first())
                            .is_some_and(|w| said.contains(w))
                    })
                })
                .collect();
            let chosen = match (&named[..], &verbed[..], &dated[..]) {
                ([one], _, _) | ([], [one], _) | ([], [], [one]) => Some(*one),
                _ => None,
            };
            if let Some(c) = chosen {
                if let [date] = &periods::dates_of(model, c)[..] {
                    parts.time = Some(date.clone());
                }
            }
        }
    }
    if parts.time.is_none() && periods_asked {
        let said: Vec<String> = reading
            .literals
            .iter()
            .filter(|l| matches!(l.value, LiteralValue::Value(_)))
            .map(|l| stem(&l.text.to_lowercase()))
            .collect();
        let dated = model.columns_where(bases, |c| {
            c.role == Role::Time
                && c.words.iter().any(|w| {
                    said.iter()
                        .any(|s| w == s || crate::ask::vocab::nominalizes(w, s))
                })
        });
        if let [one] = &dated[..] {
            parts.time = Some(one.clone());
        }
    }
    // "lots we sold since July": the date the verb names (`sales.sold_at`), of a table
    // joined to the rows measured, when it is the one date it names.
    if parts.time.is_none() && periods_asked {
        let verbs: Vec<String> = reading
            .items
            .iter()
            .filter(|i| matches!(i.what, Ref::Measure(_)) && i.aggregate.is_none())
            .map(|i| stem(&i.text))
            .filter(|v| v.len() > 3)
            .collect();
        let joined: Vec<usize> = (0..model.tables.len())
            .filter(|&t| {
                bases
                    .iter()
                    .any(|&b| b == t || model.paths(b).get(t).cloned().flatten().is_some())
            })
            .collect();
        let dated = model.columns_where(&joined, |c| {
            c.role == Role::Time && c.words.first().is_some_and(|w| verbs.contains(w))
        });
        if let [one] = &dated[..] {
            parts.time = Some(one.clone());
        }
    }
}

/// "how many different customers bought from us in 2025": the customers' own date
/// (`opened_on`) is not when they bought. A period on the rows counted or listed, beside
/// a verb of money or goods that names neither that date nor those rows, is refused.
pub(super) fn check_activity_period(
    model: &Model,
    reading: &Reading,
    shape: &Shape,
    filters: &[Filter],
) -> Result<(), Unread> {
    let counted: Vec<usize> = match shape {
        Shape::Aggregate { measures, .. } => measures
            .iter()
            .filter_map(|m| match m {
                Measure::Rows { table } => Some(*table),
                _ => None,
            })
            .collect(),
        Shape::List { table, .. } => vec![*table],
    };
    for f in filters {
        let Filter::Period { column, .. } = f else {
            continue;
        };
        if !counted.contains(&column.table) {
            continue;
        }
        // (Verbs of what customers do with money or goods; "reviews posted in 2024" are
        // dated by their own date.)
        let dealt = |v: &&String| {
            matches!(
                v.as_str(),
                "bought"
                    | "sold"
                    | "purchased"
                    | "spent"
                    | "paid"
                    | "ordered"
                    | "shopped"
                    | "rented"
                    | "borrowed"
                    | "donated"
            )
        };
        // ("How many Full Details have we sold": a measure word of the trade, too.)
        let said: Vec<String> = reading
            .items
            .iter()
            .filter_map(|i| match &i.what {
                Ref::Measure(m) => Some(m.word.to_owned()),
                _ => None,
            })
            .chain(reading.verbs.iter().cloned())
            .collect();
        if let Some(verb) = said
            .iter()
            .filter(dealt)
            .find(|v| !dates_itself(model, column, v))
        {
            return Err(Unread::Unsupported(format!(
                "\"{verb}\" in a period of {}.{}, which dates the {} themselves",
                model.tables[column.table].name, column.column, model.tables[column.table].name
            )));
        }
    }
    Ok(())
}

/// "Compare takings in 2023 with 2024": grouped by the grain the two periods share.
pub(super) fn compared_periods(reading: &Reading, parts: &mut Parts) {
    if reading.compared && parts.grains.is_empty() && reading.change.is_none() {
        parts.grains.extend(compared_grain(&parts.filters));
    }
}

/// The grain two compared periods of one date share: years, quarters or months.
fn compared_grain(filters: &[Filter]) -> Option<crate::ask::vocab::grammar::Grain> {
    use crate::ask::vocab::grammar::Grain;
    let grain_of = |from: &str, until: &str| -> Option<Grain> {
        fn ymd(d: &str) -> Option<(i32, i32, &str)> {
            Some((
                d.get(..4)?.parse().ok()?,
                d.get(5..7)?.parse().ok()?,
                d.get(8..10)?,
            ))
        }
        let ((y1, m1, d1), (y2, m2, d2)) = (ymd(from)?, ymd(until)?);
        if d1 != "01" || d2 != "01" {
            return None;
        }
        match (y2 * 12 + m2) - (y1 * 12 + m1) {
            12 if m1 == 1 => Some(Grain::Year),
            3 if m1 % 3 == 1 => Some(Grain::Quarter),
            1 => Some(Grain::Month),
            _ => None,
        }
    };
    let grains: Vec<Option<Grain>> = filters
        .iter()
        .filter_map(|f| match f {
            Filter::Period { from, until, .. } => Some(grain_of(from, until)),
            _ => None,
        })
        .collect();
    match grains[..] {
        [Some(a), Some(b)] if a == b => Some(a),
        _ => None,
    }
}
