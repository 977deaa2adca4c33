//! What the values a question names do besides filtering: set against each other they
//! group ("senior vs under 18"); named as the verb of a date they leave the rows to that
//! date ("permits issued in Q4").

use super::*;

/// "average fee for senior vs under 18 teams": a measure for each of the values set
/// against each other; "the average discount for new, used and certified cars" is each
/// value apart or all together, and is refused (two values joined by "and" are taken
/// together: "orders shipped to France and Spain").
pub(super) fn values_apart(
    reading: &Reading,
    shape: &mut Shape,
    filters: &[Filter],
) -> Result<(), Unread> {
    let Shape::Aggregate { groups, .. } = shape else {
        return Ok(());
    };
    let mut columns: Vec<(&ColumnRef, usize)> = Vec::new();
    for f in filters {
        if let Filter::Equals { column, .. } = f {
            let values = filters
                .iter()
                .filter(|g| matches!(g, Filter::Equals { column: c, .. } if c == column))
                .count();
            if values >= 2 && !columns.iter().any(|(c, _)| *c == column) {
                columns.push((column, values));
            }
        }
    }
    for (column, values) in columns {
        if groups
            .iter()
            .any(|g| matches!(g, Group::Column(c) if c == column))
        {
            continue;
        }
        if reading.versus {
            groups.push(Group::Column(column.clone()));
        } else if reading.values_joined && values >= 3 {
            return Err(Unread::Ambiguous {
                what: format!("values of {} joined by \"and\"", column.column),
                readings: vec![
                    format!("for each {} apart", column.column),
                    "for all of them together".into(),
                ],
                rephrase: Vec::new(),
            });
        }
    }
    Ok(())
}

/// "permits issued in Q4 2024": those whose `issued_on` falls then, whatever their status
/// says now (`Issued`, or since `Expired`); a status value named as its date's verb is
/// left to the date.
pub(super) fn event_over_status(model: &Model, filters: &mut Vec<Filter>) {
    let dated: Vec<ColumnRef> = filters
        .iter()
        .filter_map(|f| match f {
            Filter::Period { column, .. } => Some(column.clone()),
            _ => None,
        })
        .collect();
    filters.retain(|f| {
        let Filter::Equals { column, value } = f else {
            return true;
        };
        let said = stem(&value.to_lowercase());
        !dated.iter().any(|d| {
            d.table == column.table
                && model
                    .column(d.table, &d.column)
                    .is_some_and(|c| c.words.contains(&said))
        })
    });
}

/// "parts with stock below their reorder level": two numbers or two dates of a row.
pub(super) fn push_against(
    model: &Model,
    reading: &Reading,
    parts: &mut Parts,
) -> Result<(), Unread> {
    if let Some((column, comparison, other)) = &reading.against {
        let role = |c: &ColumnRef| model.column(c.table, &c.column).map(|m| m.role);
        match (role(column), role(other)) {
            (Some(a), Some(b)) if a == b && matches!(a, Role::Number | Role::Time) => {
                parts.filters.push(Filter::Versus {
                    column: column.clone(),
                    comparison: *comparison,
                    other: other.clone(),
                })
            }
            _ => {
                return Err(Unread::Unsupported(format!(
                    "{} compared with {}",
                    column.column, other.column
                )))
            }
        }
    }
    Ok(())
}

/// "Which of our donor centres took the fewest donations": the rows a value names right
/// after "which" (`sites` whose type is 'donor centre'), each ranked by what is measured.
pub(super) fn ranked_value_rows(
    model: &Model,
    reading: &Reading,
    bases: &[usize],
    rank: Option<(Direction, u64)>,
    shape: &mut Shape,
) {
    let (Some(_), Shape::Aggregate { measures, groups }) = (rank, shape) else {
        return;
    };
    if !groups.is_empty() || !reading.which_first || measures.len() != 1 {
        return;
    }
    // The first value, said before any table.
    let first = reading
        .literals
        .iter()
        .enumerate()
        .find_map(|(k, l)| match &l.value {
            LiteralValue::Value(v) => Some((k, v)),
            _ => None,
        });
    let Some((k, value)) = first else {
        return;
    };
    if reading.literal_tables.get(k).copied().flatten().is_some() {
        return;
    }
    let mut tables: Vec<usize> = model
        .source_columns(&value.sources)
        .iter()
        .map(|c| c.table)
        .collect();
    tables.dedup();
    let [t] = tables[..] else {
        return;
    };
    let reached = bases
        .iter()
        .all(|&b| b != t && model.paths(b).get(t).cloned().flatten().is_some());
    if !model.tables[t].label.is_empty() && reached {
        groups.push(Group::Entity(t));
    }
}

/// "How many students have studied Spanish?" of a value in `students.nationality` and in
/// `programmes.language`: right after a verb the value may be what the rows did, not what
/// they are. A value of several tables' columns, said as a verb's object and placed on a
/// column the verb does not name, is refused.
pub(super) fn check_value_after_verb(
    model: &Model,
    reading: &Reading,
    filters: &[Filter],
) -> Result<(), Unread> {
    if reading.verbs.is_empty() {
        return Ok(());
    }
    for (n, literal) in reading.literals.iter().enumerate() {
        let LiteralValue::Value(value) = &literal.value else {
            continue;
        };
        // ("courses taught in French": the courses' own language.)
        if !reading.verb_objects.contains(&n) {
            continue;
        }
        let sources = model.source_columns(&value.sources);
        let mut tables: Vec<usize> = sources.iter().map(|c| c.table).collect();
        tables.sort_unstable();
        tables.dedup();
        if tables.len() < 2 {
            continue;
        }
        let placed = filters.iter().find_map(|f| match f {
            Filter::Equals { column, .. } if sources.contains(column) => Some(column),
            _ => None,
        });
        let Some(placed) = placed else { continue };
        let words = model
            .column(placed.table, &placed.column)
            .map(|c| c.words.clone())
            .unwrap_or_default();
        let named = |verb: &String| {
            let s = stem(verb);
            words
                .iter()
                .any(|w| *w == s || crate::ask::vocab::nominalizes(w, &s))
        };
        if let Some(verb) = reading.verbs.iter().find(|v| !named(v)) {
            return Err(Unread::Ambiguous {
                what: format!("\"{}\" after \"{verb}\"", literal.text),
                readings: sources
                    .iter()
                    .map(|c| format!("{}.{}", model.tables[c.table].name, c.column))
                    .collect(),
                rephrase: Vec::new(),
            });
        }
    }
    Ok(())
}

/// "turnover by year and invoice category": the groups in the order the question names
/// them (a period's grain is placed after the columns otherwise).
pub(super) fn groups_as_said(reading: &Reading, shape: &mut Shape) {
    let Shape::Aggregate { groups, .. } = shape else {
        return;
    };
    let said_at = |g: &Group| {
        reading
            .items
            .iter()
            .position(|i| match (&i.what, g) {
                (Ref::Grain(said), Group::Time { grain, .. }) => said == grain,
                (Ref::Columns(cs), Group::Column(c)) => i.grouped && cs.contains(c),
                (Ref::Table(t), Group::Entity(e)) => i.grouped && t == e,
                _ => false,
            })
            .unwrap_or(usize::MAX)
    };
    groups.sort_by_key(said_at);
}
