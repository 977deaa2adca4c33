//! Which of several columns a word names: what the rest of the question says (a value it
//! holds, a period, a verb), the tables named, the rows measured so far, and a table of
//! amounts the word begins.

use super::*;

/// What the rest of the question says of a word naming several columns.
pub(super) enum Narrowed {
    /// "shipped to France": the one column holding a value the question names; "shipped
    /// in 1997", "not shipped": the one date column, beside a period or a negation.
    One(ColumnRef),
    /// "shipped by Speedy Express": a verb whose columns hold none of the values named,
    /// while a value of another table says who did it; the verb adds nothing.
    Verb,
    Same,
}

pub(super) fn narrowed(
    model: &Model,
    reading: &Reading,
    item: &Item,
    candidates: &[ColumnRef],
) -> Narrowed {
    let verb = item.text.ends_with("ed");
    let mut holding = Vec::new();
    let mut elsewhere = false;
    let mut period = false;
    for literal in &reading.literals {
        match &literal.value {
            LiteralValue::Value(value) => {
                for source in &value.sources {
                    let held = candidates.iter().find(|c| {
                        model.tables[c.table].plain == source.table && c.column == source.column
                    });
                    match held {
                        Some(c) if !holding.contains(c) => holding.push(c.clone()),
                        Some(_) => {}
                        None => {
                            elsewhere |= !candidates
                                .iter()
                                .any(|c| model.tables[c.table].plain == source.table)
                        }
                    }
                }
            }
            LiteralValue::Year(_)
            | LiteralValue::Quarter { .. }
            | LiteralValue::Month { .. }
            | LiteralValue::Date(_)
            | LiteralValue::DateRange { .. } => period = true,
            _ => {}
        }
    }
    if let [one] = &holding[..] {
        return Narrowed::One(one.clone());
    }
    let times: Vec<&ColumnRef> = candidates
        .iter()
        .filter(|c| model.column(c.table, &c.column).map(|m| m.role) == Some(Role::Time))
        .collect();
    // "orders not shipped": the one date of the shipping is missing; "the latest order
    // shipped": its date.
    let dated = period || (item.absent && verb) || reading.rank_time || reading.when;
    match (&times[..], dated, holding.is_empty(), elsewhere) {
        ([one], true, true, _) => Narrowed::One((*one).clone()),
        (_, _, true, true) if verb => Narrowed::Verb,
        _ => Narrowed::Same,
    }
}

/// The column of `candidates` the context picks, else the one nearest what is measured,
/// else the amount of a table of amounts the word names.
pub(super) fn resolve_near(
    model: &Model,
    reading: &Reading,
    context: &[usize],
    item: &Item,
    candidates: &[ColumnRef],
    parts: &Parts,
) -> Result<ColumnRef, Unread> {
    resolve_columns(model, context, item, candidates).or_else(|unread| {
        nearest_measured(model, parts, candidates)
            .or_else(|| amounts_named(model, reading, context, item))
            .or_else(|| of_value_named(model, item, parts, candidates))
            .ok_or(unread)
    })
}

/// "longest delay, in minutes" of `disruptions.delay_minutes` and
/// `routes.scheduled_minutes`, where `disruptions.kind` holds 'delay': the one column of
/// a table whose value the question names.
fn of_value_named(
    model: &Model,
    item: &Item,
    parts: &Parts,
    candidates: &[ColumnRef],
) -> Option<ColumnRef> {
    // (Numbers measured only: "how many jobs are still open" names no `opened_by` of
    // the disputes, whose status may be 'open'.)
    let numbers = candidates.iter().all(|c| {
        model
            .column(c.table, &c.column)
            .is_some_and(|m| m.role == Role::Number)
    });
    if !numbers || item.aggregate == Some(Aggregate::Count) {
        return None;
    }
    let valued: Vec<&ColumnRef> = candidates
        .iter()
        .filter(|c| parts.value_columns.iter().any(|v| v.table == c.table))
        .collect();
    match valued[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// "rent collected", "rent due in March": of `leases.monthly_rent` and
/// `units.listed_rent`, the amount of the table of amounts whose name begins with the word
/// (`rent_payments`), when money came in or the table is named otherwise.
fn amounts_named(
    model: &Model,
    reading: &Reading,
    context: &[usize],
    item: &Item,
) -> Option<ColumnRef> {
    let [word] = &crate::ask::vocab::raw_words(&item.text)[..] else {
        return None;
    };
    let stem = crate::ask::vocab::stem(word);
    let tables: Vec<usize> = (0..model.tables.len())
        .filter(|&t| {
            let words = &model.tables[t].words;
            words.len() > 1 && words[0] == stem && resolve::holds_amounts(model, t)
        })
        .collect();
    match tables[..] {
        [t] if reading.collected || context.contains(&t) => resolve::table_measure(model, t).ok(),
        _ => None,
    }
}

/// "2024 sales broken down by city": of `branches.city` and `suppliers.city`, the one
/// nearest (by a join at least) the rows measured so far, when no table is named.
fn nearest_measured(model: &Model, parts: &Parts, candidates: &[ColumnRef]) -> Option<ColumnRef> {
    let measured: Vec<usize> = parts
        .measures
        .iter()
        .filter_map(|m| match m {
            Measure::Column { column, .. } => Some(column.table),
            Measure::Rows { table } | Measure::Duration { table, .. } => Some(*table),
            Measure::Term { .. } | Measure::Share { .. } => None,
        })
        .collect();
    if measured.is_empty() {
        return None;
    }
    let mut by_distance: Vec<(usize, &ColumnRef)> = candidates
        .iter()
        .map(|c| (resolve::distance(model, &measured, c.table), c))
        .collect();
    by_distance.sort_by_key(|(d, _)| *d);
    match by_distance[..] {
        [(near, column), (far, _), ..] if near < far && near != usize::MAX => Some(column.clone()),
        _ => None,
    }
}

pub(super) fn resolve_columns(
    model: &Model,
    context: &[usize],
    item: &Item,
    candidates: &[ColumnRef],
) -> Result<ColumnRef, Unread> {
    // "flights scheduled in 2023": of `scheduled_departure` and `scheduled_arrival`, the
    // start of the flight.
    let starts = crate::ask::intent::periods::starts_only(model, candidates.to_vec());
    let candidates = &starts[..];
    resolve_column(context, candidates).map_err(|e| {
        let phrases: Vec<String> = candidates
            .iter()
            .map(|c| format!("{}.{}", model.tables[c.table].name, c.column))
            .collect();
        match e {
            Unread::Ambiguous { what, .. } => rephrased(
                Unread::Ambiguous {
                    what,
                    readings: phrases,
                    rephrase: Vec::new(),
                },
                &item.text,
                |reading| reading,
            ),
            other => other,
        }
    })
}
/// Whether a number column holds money or units that add up (`fee_amount`, `qty`), not a
/// rate or a price of one thing.
/// Whether a column's name says it holds money that went out: a cost (`cost`), or an
/// amount named for money going out (`refund_amount`).
pub(super) fn carries_cost(model: &Model, column: &ColumnRef) -> bool {
    use crate::ask::vocab::measures::{column_measures, is_outgoing, Measure};
    model.column(column.table, &column.column).is_some_and(|c| {
        let kinds = column_measures(&c.words, &c.data_type);
        let cost = kinds.iter().any(|(k, s)| *k == Measure::Cost && *s >= 0.9);
        let amount = is_outgoing(&c.words)
            && c.words
                .iter()
                .any(|w| matches!(w.as_str(), "amount" | "amt" | "total" | "valu" | "value"));
        (cost || amount)
            && kinds.iter().any(|(k, _)| *k == Measure::Cost)
            && !resolve::is_price(&c.words, &c.data_type)
    })
}

pub(super) fn carries_money(model: &Model, column: &ColumnRef) -> bool {
    model.column(column.table, &column.column).is_some_and(|c| {
        crate::ask::vocab::measures::column_measures(&c.words, &c.data_type)
            .iter()
            .any(|(k, s)| {
                matches!(
                    k,
                    crate::ask::vocab::measures::Measure::Money
                        | crate::ask::vocab::measures::Measure::Quantity
                ) && *s >= 0.9
            })
            && !resolve::is_price(&c.words, &c.data_type)
    })
}

/// Whether a number column adds up across rows to rank by: money, or a quantity such as
/// hours or units ("top 3 timekeepers by hours worked"), not a price.
pub(super) fn adds_up(model: &Model, column: &ColumnRef) -> bool {
    carries_money(model, column)
        || model.column(column.table, &column.column).is_some_and(|c| {
            crate::ask::vocab::measures::column_measures(&c.words, &c.data_type)
                .iter()
                .any(|(k, s)| *k == crate::ask::vocab::measures::Measure::Quantity && *s >= 0.8)
                && !resolve::is_price(&c.words, &c.data_type)
        })
}

pub(super) fn is_unit_price(model: &Model, column: &ColumnRef) -> bool {
    model
        .column(column.table, &column.column)
        .is_some_and(|c| resolve::is_price(&c.words, &c.data_type))
        || resolve::per_unit(model, column).is_some()
}

/// The one yes/no column of `bases` a word names ("approved" → `expenses.approved`).
pub(super) fn flag_named(model: &Model, bases: &[usize], text: &str) -> Option<ColumnRef> {
    let words = crate::ask::intent::schema::stemmed(text);
    // `is_cancelled` for "cancelled".
    let bare = |w: &[String]| -> Vec<String> {
        match w {
            [first, rest @ ..]
                if !rest.is_empty() && matches!(first.as_str(), "is" | "has" | "was") =>
            {
                rest.to_vec()
            }
            _ => w.to_vec(),
        }
    };
    match &model.columns_where(bases, |c| {
        c.data_type == "boolean" && bare(&c.words) == words
    })[..]
    {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// Whether a column is a yes/no flag (`boolean`).
pub(super) fn is_flag(model: &Model, column: &ColumnRef) -> bool {
    model
        .column(column.table, &column.column)
        .is_some_and(|c| c.data_type == "boolean")
}

/// Whether a number column keeps a time ("oldest" ranks by `built_year`, by an `age`),
/// as no other number does.
pub(super) fn time_like(model: &Model, c: &ColumnRef) -> bool {
    model.column(c.table, &c.column).is_some_and(|m| {
        m.words
            .iter()
            .any(|w| matches!(w.as_str(), "year" | "yr" | "age" | "date" | "dob"))
    })
}
