//! The glossary's terms read from their SQL: measures, dimensions, conditions and
//! conditions on dates.

use crate::ask::corpus::Corpus;

use super::{role_of, Role, TermKind};

const AGGREGATES: &[&str] = &["sum(", "count(", "avg(", "min(", "max("];

/// Reads a glossary term's SQL: a measure when it aggregates (and has no window or
/// subquery), a dimension when it is one `table.column`, a condition when it is a row
/// predicate without literal dates or years.
pub(super) fn term_kind(corpus: &Corpus, sql: Option<&str>, columns: &[String]) -> TermKind {
    let Some(sql) = sql.map(str::trim) else {
        return TermKind::Other;
    };
    let lower = sql.to_lowercase();
    let tables: Vec<usize> = columns
        .iter()
        .filter_map(|c| c.rsplit_once('.').map(|(t, _)| t))
        .filter_map(|t| corpus.table(t).map(|(i, _)| i))
        .fold(Vec::new(), |mut v, t| {
            if !v.contains(&t) {
                v.push(t);
            }
            v
        });
    if tables.is_empty()
        || lower.contains(" over ")
        || lower.contains("select ")
        || lower.starts_with("order by")
    {
        return TermKind::Other;
    }
    if AGGREGATES.iter().any(|a| lower.contains(a)) {
        return TermKind::Measure {
            sql: sql.to_owned(),
            tables,
        };
    }
    if let Some((t, c)) = sql.split_once('.') {
        let plain = !c.contains(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'));
        if let (true, Some((table, _))) = (plain, corpus.table(t)) {
            return TermKind::Dimension {
                table,
                column: c.to_owned(),
            };
        }
    }
    let dated = lower.contains("date ") || lower.contains("year") || has_year(&lower);
    if dated || !(lower.contains('=') || lower.contains(" in (")) {
        return TermKind::Other;
    }
    // "weekend": a condition on one date says something of any date.
    if let [column] = columns {
        let is_time = column.rsplit_once('.').is_some_and(|(t, c)| {
            corpus.table(t).is_some_and(|(_, table)| {
                table
                    .columns
                    .iter()
                    .any(|tc| tc.name == c && role_of(&tc.data_type) == Role::Time)
            })
        });
        if is_time && sql.contains(column.as_str()) {
            return TermKind::TimeCondition {
                sql: sql.to_owned(),
                column: column.clone(),
            };
        }
    }
    TermKind::Condition {
        sql: sql.to_owned(),
        tables,
    }
}

fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
}
