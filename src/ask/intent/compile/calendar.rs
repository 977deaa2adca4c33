//! A star schema's calendar dimension (`dim_date`): periods grouped by its own columns.

use super::*;

/// A period of a calendar dimension (`dim_date`) as its own columns: the year, and the
/// quarter or month within it, as a star schema is queried.
pub(super) fn calendar_parts(
    model: &Model,
    column: &ColumnRef,
    grain: Grain,
) -> Option<Vec<String>> {
    if !crate::ask::intent::periods::is_calendar(model, column.table) {
        return None;
    }
    let part = |word: &str| {
        model.tables[column.table]
            .columns
            .iter()
            .find(|c| c.role == crate::ask::intent::schema::Role::Number && c.words == [word])
            .map(|c| {
                column_sql(
                    model,
                    &ColumnRef {
                        table: column.table,
                        column: c.name.clone(),
                    },
                )
            })
    };
    match grain {
        Grain::Year => Some(vec![part("year")?]),
        Grain::Quarter => Some(vec![part("year")?, part("quarter")?]),
        Grain::Month => Some(vec![part("year")?, part("month")?]),
        Grain::Week | Grain::Day => None,
    }
}

/// Of a calendar's year beside its quarters or months ("per quarter, year by year"), the
/// year alone adds nothing: the finer grouping shows it.
pub(super) fn redundant_year(model: &Model, group: &Group, groups: &[Group]) -> bool {
    let Group::Time {
        column,
        grain: Grain::Year,
    } = group
    else {
        return false;
    };
    calendar_parts(model, column, Grain::Year).is_some()
        && groups.iter().any(|g| {
            matches!(g, Group::Time { column: c, grain: Grain::Quarter | Grain::Month } if c == column)
        })
}
