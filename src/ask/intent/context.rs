//! What decides between readings of a question: the tables it names outright, through
//! glossary terms or through the values it names; the column a value or a year applies
//! to; and, when the schema still offers two readings, the rephrasings that ask for one.

use crate::ask::literals::LiteralValue;

use super::parse::{Item, Reading, Ref, Unread};
use super::schema::{Model, TermKind};
use super::ColumnRef;

/// "released in 2006" with a `release_year` number column: the one year column named,
/// which the question's one year (or two, "between") filters (taken out of the other
/// numbers).
pub(super) fn year_column(
    model: &Model,
    reading: &Reading,
    numbers: &mut Vec<ColumnRef>,
) -> Option<ColumnRef> {
    let years = reading
        .literals
        .iter()
        .filter(|l| matches!(l.value, LiteralValue::Year(_)))
        .count();
    let [column] = &numbers[..] else {
        return None;
    };
    let is_year = model
        .column(column.table, &column.column)
        .is_some_and(|c| c.words.iter().any(|w| w == "year"));
    // "born between 1980 and 1989": both years bound the one column.
    let one = years == 1 || (years == 2 && reading.between);
    if !one || !is_year {
        return None;
    }
    numbers.pop()
}

/// Gives an ambiguity the replacements of `text` that ask for each reading: the reading
/// (`table.column`) in words ("payment amount"), shaped by `shape`.
pub(super) fn rephrased(unread: Unread, text: &str, shape: impl Fn(String) -> String) -> Unread {
    match unread {
        Unread::Ambiguous { what, readings, .. } if !text.is_empty() => {
            let rephrase = readings
                .iter()
                .map(|r| {
                    let words = r.replace(['.', '_'], " ");
                    (text.to_owned(), shape(words))
                })
                .collect();
            Unread::Ambiguous {
                what,
                readings,
                rephrase,
            }
        }
        other => other,
    }
}

/// The tables whose columns hold the values the question names ("Lambda": the cloud
/// costs).
pub(super) fn value_tables(
    model: &Model,
    literals: &[crate::ask::literals::Literal],
) -> Vec<usize> {
    let mut tables = Vec::new();
    for literal in literals {
        if let crate::ask::literals::LiteralValue::Value(value) = &literal.value {
            for source in &value.sources {
                if let Some(t) = model.tables.iter().position(|t| t.plain == source.table) {
                    if !tables.contains(&t) {
                        tables.push(t);
                    }
                }
            }
        }
    }
    tables
}

/// Tables named outright or through glossary terms: they decide between columns.
pub(super) fn context_tables(model: &Model, items: &[Item]) -> Vec<usize> {
    let mut tables = Vec::new();
    for item in items {
        match &item.what {
            Ref::Table(t) => tables.push(*t),
            Ref::Columns(columns) if columns.len() == 1 => tables.push(columns[0].table),
            Ref::Term(t) => match &model.terms[*t] {
                TermKind::Measure { tables: ts, .. } | TermKind::Condition { tables: ts, .. } => {
                    tables.extend(ts)
                }
                TermKind::Dimension { table, .. } => tables.push(*table),
                TermKind::TimeCondition { .. } | TermKind::Other => {}
            },
            _ => {}
        }
    }
    tables
}

pub(super) fn resolve_column(
    context: &[usize],
    candidates: &[ColumnRef],
) -> Result<ColumnRef, Unread> {
    let near: Vec<&ColumnRef> = candidates
        .iter()
        .filter(|c| context.contains(&c.table))
        .collect();
    match (&near[..], candidates) {
        ([one], _) => Ok((*one).clone()),
        ([], [one]) => Ok(one.clone()),
        _ => Err(Unread::Ambiguous {
            what: "a column".into(),
            readings: candidates.iter().map(|c| c.column.clone()).collect(),
            rephrase: Vec::new(),
        }),
    }
}
