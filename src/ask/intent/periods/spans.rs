//! Dates that start and end one event: which of a row's dates a period applies to when
//! another ends what it starts, and the span a stay or a duration measures.

use crate::ask::vocab::stem;

use super::super::parse::Unread;
use super::super::schema::{Model, Role};
use super::super::ColumnRef;
use super::{is_birth, is_bookkeeping};

/// Dates that start and end one event, as words of their names: "flights in 2023" are the
/// flights that departed then, "stays in May" the ones checked in then.
const START_END: &[(&str, &str)] = &[
    ("start", "end"),
    ("start", "finish"),
    ("begin", "end"),
    ("departure", "arrival"),
    ("depart", "arrive"),
    ("in", "out"),
    ("from", "to"),
    ("from", "until"),
    ("open", "close"),
    ("opened", "closed"),
    ("admission", "discharge"),
    ("admitted", "discharged"),
    ("admit", "discharge"),
    ("entry", "exit"),
    ("enter", "exit"),
    ("entered", "exited"),
    ("pickup", "dropoff"),
    ("pickup", "delivery"),
    ("issue", "due"),
    ("issued", "due"),
    ("checkout", "due"),
    ("checkout", "return"),
    // `checked_out_at`, `due_date`, `returned_at` of a loan.
    ("out", "due"),
    ("out", "return"),
    ("open", "respond"),
    ("open", "response"),
    ("open", "resolve"),
    ("opened", "resolved"),
    ("opened", "closed"),
    ("created", "resolved"),
    ("created", "closed"),
    // A ticket's first response and its deadline come after it was opened.
    ("created", "response"),
    ("created", "due"),
    ("opened", "response"),
    ("opened", "due"),
    ("raised", "response"),
    ("raised", "due"),
    ("reported", "response"),
    ("reported", "due"),
    ("reported", "resolved"),
    ("reported", "closed"),
    ("raised", "resolved"),
    ("requested", "picked"),
    ("requested", "accepted"),
    ("requested", "dropped"),
    ("picked", "dropped"),
    ("loan", "return"),
    ("borrow", "return"),
    ("rental", "return"),
    ("rent", "return"),
    ("shipped", "delivered"),
    ("ship", "deliver"),
    ("sent", "delivered"),
    ("dispatched", "delivered"),
    // An order placed, then picked up, shipped or delivered.
    ("placed", "picked"),
    ("placed", "shipped"),
    ("placed", "delivered"),
    ("ordered", "delivered"),
    // What happened, then when someone told of it.
    ("occurred", "reported"),
    ("happened", "reported"),
];

/// Words of a date column's name that say something ended: never the date a period
/// applies to when the row has another.
pub(super) const ENDINGS: &[&str] = &[
    "resolved",
    "closed",
    "ended",
    "completed",
    "finished",
    "expired",
    "terminated",
    "deactivated",
    "churned",
    "cancelled",
    "canceled",
    "returned",
    "delivered",
    "discharged",
    "dropped",
];

/// The one table among `tables` (all tables when none is named) whose dates start and end
/// an event ([`START_END`]), with its start and end columns: what "stay" or "nights"
/// measure.
pub(in crate::ask::intent) fn span(
    model: &Model,
    tables: &[usize],
) -> Result<(usize, String, String), Unread> {
    let all: Vec<usize> = (0..model.tables.len()).collect();
    let tables = if tables.is_empty() { &all[..] } else { tables };
    let mut spans = Vec::new();
    for &t in tables {
        let dates: Vec<&super::super::schema::ColumnModel> = model.tables[t]
            .columns
            .iter()
            .filter(|c| c.role == Role::Time && !is_bookkeeping(&c.words))
            .collect();
        let has = |c: &super::super::schema::ColumnModel, word: &str| c.words.contains(&stem(word));
        for (start, end) in START_END {
            let starts: Vec<_> = dates
                .iter()
                .filter(|c| has(c, start) && !has(c, end))
                .collect();
            let ends: Vec<_> = dates
                .iter()
                .filter(|c| has(c, end) && !has(c, start))
                .collect();
            if let ([s], [e]) = (&starts[..], &ends[..]) {
                let found = (t, s.name.clone(), e.name.clone());
                if !spans.contains(&found) {
                    spans.push(found);
                }
            }
        }
    }
    match &spans[..] {
        [one] => Ok(one.clone()),
        [] => Err(Unread::Unsupported(
            "a duration without a start and an end date".into(),
        )),
        _ => Err(Unread::Ambiguous {
            what: "the dates a duration runs between".into(),
            readings: spans
                .iter()
                .map(|(t, s, e)| format!("{0}.{1} to {0}.{2}", model.tables[*t].name, s, e))
                .collect(),
            rephrase: Vec::new(),
        }),
    }
}

/// The one date of table `t` that ends what its rows record (`closed_on`, `end_date`),
/// when another of its dates starts it: empty while the row is still open.
pub(in crate::ask::intent) fn end_date(model: &Model, t: usize) -> Option<ColumnRef> {
    let dates: Vec<ColumnRef> = model.columns_where(&[t], |c| {
        c.role == Role::Time && !is_bookkeeping(&c.words) && !is_birth(&c.words)
    });
    let starts = starts_only(model, dates.clone());
    let ends: Vec<&ColumnRef> = dates.iter().filter(|c| !starts.contains(c)).collect();
    match ends[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// `columns` without the dates that end an event one of the others starts: a period or a
/// grain applies to when it started (`scheduled_departure`, not `scheduled_arrival`).
pub(in crate::ask::intent) fn starts_only(
    model: &Model,
    columns: Vec<ColumnRef>,
) -> Vec<ColumnRef> {
    let words = |c: &ColumnRef| -> Vec<String> {
        model
            .column(c.table, &c.column)
            .filter(|m| m.role == Role::Time)
            .map(|m| m.words.clone())
            .unwrap_or_default()
    };
    let has = |c: &ColumnRef, word: &str| words(c).contains(&stem(word));
    let ends_another = |c: &ColumnRef| {
        START_END.iter().any(|(start, end)| {
            has(c, end)
                && !has(c, start)
                && columns
                    .iter()
                    .any(|o| o != c && o.table == c.table && has(o, start) && !has(o, end))
        })
    };
    // `resolved_on` beside `occurred_at`: a date that ends what another date starts.
    let ending = |c: &ColumnRef| {
        words(c)
            .iter()
            .any(|w| ENDINGS.iter().any(|e| stem(e) == *w))
    };
    let ends_by_word = |c: &ColumnRef| {
        ending(c)
            && columns
                .iter()
                .any(|o| o != c && o.table == c.table && !ending(o))
    };
    let kept: Vec<ColumnRef> = columns
        .iter()
        .filter(|c| !ends_another(c) && !ends_by_word(c))
        .cloned()
        .collect();
    if kept.is_empty() {
        columns
    } else {
        kept
    }
}
