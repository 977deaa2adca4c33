//! A [`Reading`] into an [`Intent`]: which references are measures, groupings, filters or
//! the listed table; which column a value or a period applies to. Where the schema offers
//! two equally close answers the question is refused as ambiguous.

use crate::ask::literals::{Literal, LiteralValue, Period};
use crate::ask::vocab::grammar::{Aggregate, Direction};
use crate::ask::vocab::measures::{column_measures, Measure as Kind, MeasureWord};

use super::parse::{Item, Reading, Ref, Unread};
use super::schema::{Model, Role, TermKind};
use super::{ColumnRef, Filter, Group, Intent, Measure, Shape};

/// What the items of a reading became, before the shape is decided.
#[derive(Default)]
struct Parts {
    measures: Vec<Measure>,
    groups: Vec<Group>,
    grains: Vec<crate::ask::vocab::grammar::Grain>,
    filters: Vec<Filter>,
    tables: Vec<(usize, bool)>,
    columns: Vec<ColumnRef>,
    numbers: Vec<ColumnRef>,
    time: Option<ColumnRef>,
    absent: Vec<usize>,
    share: Option<usize>,
}

pub(super) fn assemble(model: &Model, reading: &Reading) -> Result<Intent, Unread> {
    let mut parts = Parts::default();
    let context = context_tables(model, &reading.items);
    for item in &reading.items {
        place_item(model, &context, item, &mut parts)?;
    }
    let shape = shape(model, reading, &mut parts)?;
    let bases = base_tables(model, &shape);
    let mut share_of = Vec::new();
    for literal in &reading.literals {
        let filter = literal_filter(model, &bases, &context, &parts, literal)?;
        match (&filter, parts.share) {
            (Filter::Equals { .. }, Some(_)) => share_of.push(filter),
            _ => parts.filters.push(filter),
        }
    }
    parts.filters.sort();
    parts.filters.dedup();
    let rank = match reading.direction {
        None if reading.limit.is_some() => {
            return Err(Unread::Unsupported(
                "a number of rows without an order".into(),
            ))
        }
        None => None,
        Some(direction) => Some((direction, reading.limit.unwrap_or(1))),
    };
    let shape = with_time_groups(model, &bases, &parts, shape)?;
    Ok(Intent {
        shape,
        filters: parts.filters,
        share_of,
        rank,
    })
}

/// Tables named outright or through glossary terms: they decide between columns.
fn context_tables(model: &Model, items: &[Item]) -> Vec<usize> {
    let mut tables = Vec::new();
    for item in items {
        match &item.what {
            Ref::Table(t) => tables.push(*t),
            Ref::Term(t) => match &model.terms[*t] {
                TermKind::Measure { tables: ts, .. } | TermKind::Condition { tables: ts, .. } => {
                    tables.extend(ts)
                }
                TermKind::Dimension { table, .. } => tables.push(*table),
                TermKind::Other => {}
            },
            _ => {}
        }
    }
    tables
}

fn resolve_column(context: &[usize], candidates: &[ColumnRef]) -> Result<ColumnRef, Unread> {
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
        }),
    }
}

fn place_item(
    model: &Model,
    context: &[usize],
    item: &Item,
    parts: &mut Parts,
) -> Result<(), Unread> {
    let column = match &item.what {
        Ref::Grain(grain) => {
            parts.grains.push(*grain);
            return Ok(());
        }
        Ref::Table(t) => {
            place_table(*t, item, parts);
            return Ok(());
        }
        Ref::Term(t) => match &model.terms[*t] {
            TermKind::Measure { sql, tables } => {
                match (item.aggregate, counted_table(sql, tables)) {
                    (Some(Aggregate::Share), Some(t)) => parts.share = Some(t),
                    (None | Some(Aggregate::Sum | Aggregate::Count), _) => {
                        parts.measures.push(Measure::Term { term: *t })
                    }
                    _ => {
                        return Err(Unread::Unsupported(
                            "another aggregate of a glossary measure".into(),
                        ))
                    }
                }
                return Ok(());
            }
            TermKind::Condition { .. } => {
                parts.filters.push(Filter::Term { term: *t });
                return Ok(());
            }
            TermKind::Dimension { table, column } => ColumnRef {
                table: *table,
                column: column.clone(),
            },
            TermKind::Other => {
                return Err(Unread::Unsupported(
                    "a glossary term that is not a measure, a column or a condition".into(),
                ))
            }
        },
        Ref::Columns(candidates) => resolve_column(context, candidates)?,
    };
    place_column(model, column, item, parts)
}

fn place_table(t: usize, item: &Item, parts: &mut Parts) {
    if item.absent {
        parts.absent.push(t);
    } else if item.aggregate == Some(Aggregate::Share) {
        parts.share = Some(t);
    } else if matches!(item.aggregate, Some(Aggregate::Count)) || item.distinct {
        parts.measures.push(Measure::Rows { table: t });
    } else if item.grouped {
        parts.groups.push(Group::Entity(t));
    } else {
        parts.tables.push((t, item.singular));
    }
}

fn place_column(
    model: &Model,
    column: ColumnRef,
    item: &Item,
    parts: &mut Parts,
) -> Result<(), Unread> {
    let role = model.column(column.table, &column.column).map(|c| c.role);
    if let Some((comparison, number)) = &item.compared {
        parts.filters.push(Filter::Compare {
            column,
            comparison: *comparison,
            number: number.clone(),
        });
        return Ok(());
    }
    match (role, item.aggregate, item.grouped) {
        (Some(Role::Number), Some(aggregate), _) if aggregate != Aggregate::Share => {
            let aggregate = if item.distinct && aggregate == Aggregate::Count {
                Aggregate::CountDistinct
            } else {
                aggregate
            };
            parts.measures.push(Measure::Column { aggregate, column });
        }
        (Some(Role::Time), None, false) => parts.time = Some(column),
        (Some(Role::Number), None, false) => parts.numbers.push(column),
        (Some(Role::Text), None, true) | (Some(Role::Number), None, true) => {
            parts.groups.push(Group::Column(column))
        }
        (Some(Role::Text), None, false) => parts.columns.push(column),
        _ => {
            return Err(Unread::Unsupported(format!(
                "what to do with column {}",
                column.column
            )))
        }
    }
    Ok(())
}

/// The table a glossary count counts: `COUNT(DISTINCT t.key)` or `COUNT(*)` over one table.
fn counted_table(sql: &str, tables: &[usize]) -> Option<usize> {
    let lower = sql.to_lowercase().replace(' ', "");
    match tables {
        [one]
            if lower.starts_with("count(") && lower.ends_with(')') && !lower.contains("filter") =>
        {
            Some(*one)
        }
        _ => None,
    }
}

/// Measures (grouped by what else was named) or a listing of one table.
fn shape(model: &Model, reading: &Reading, parts: &mut Parts) -> Result<Shape, Unread> {
    if let Some(t) = parts.share {
        parts.measures.push(Measure::Share { table: t });
    }
    if parts.measures.is_empty() && parts.tables.is_empty() {
        if let ([column], Some(direction)) = (&parts.numbers[..], reading.direction) {
            let aggregate = match direction {
                Direction::Highest => Aggregate::Max,
                Direction::Lowest => Aggregate::Min,
            };
            parts.measures.push(Measure::Column {
                aggregate,
                column: column.clone(),
            });
            return Ok(Shape::Aggregate {
                measures: std::mem::take(&mut parts.measures),
                groups: std::mem::take(&mut parts.groups),
            });
        }
    }
    if parts.measures.is_empty() {
        return list_shape(model, reading, parts);
    }
    if !parts.numbers.is_empty() {
        return Err(Unread::Unsupported(
            "a number column next to a measure".into(),
        ));
    }
    // "Which country has the most customers": what is named beside a ranked measure is
    // what the measure is grouped by.
    let counted: Vec<usize> = parts
        .measures
        .iter()
        .filter_map(|m| match m {
            Measure::Rows { table } => Some(*table),
            _ => None,
        })
        .collect();
    let bases = base_tables(
        model,
        &Shape::Aggregate {
            measures: parts.measures.clone(),
            groups: Vec::new(),
        },
    );
    for (t, _) in std::mem::take(&mut parts.tables) {
        if !counted.contains(&t) && !bases.contains(&t) && reading.direction.is_some() {
            parts.groups.push(Group::Entity(t));
        }
    }
    let filtered: Vec<ColumnRef> = filter_columns(&parts.filters);
    for column in std::mem::take(&mut parts.columns) {
        if !filtered.contains(&column) && reading.direction.is_some() {
            parts.groups.push(Group::Column(column));
        }
    }
    Ok(Shape::Aggregate {
        measures: std::mem::take(&mut parts.measures),
        groups: std::mem::take(&mut parts.groups),
    })
}

fn filter_columns(filters: &[Filter]) -> Vec<ColumnRef> {
    filters
        .iter()
        .filter_map(|f| match f {
            Filter::Equals { column, .. } => Some(column.clone()),
            _ => None,
        })
        .collect()
}

fn list_shape(model: &Model, reading: &Reading, parts: &mut Parts) -> Result<Shape, Unread> {
    let [(table, _)] = parts.tables[..] else {
        return Err(Unread::Unsupported(
            "no measure and not exactly one table to list".into(),
        ));
    };
    if model.tables[table].label.is_none() || !parts.groups.is_empty() || !parts.grains.is_empty() {
        return Err(Unread::Unsupported("a listing askpg cannot label".into()));
    }
    for child in std::mem::take(&mut parts.absent) {
        parts.filters.push(Filter::Absent { table: child });
    }
    let by = match (&parts.numbers[..], reading.rank_by) {
        ([column], None) if column.table == table => Some(column.clone()),
        ([], Some(word)) => Some(ranked_column(model, table, word)?),
        ([], None) => None,
        _ => return Err(Unread::Unsupported("which column to rank by".into())),
    };
    if by.is_none() && reading.direction.is_some() {
        return Err(Unread::Unsupported("a ranking without a column".into()));
    }
    Ok(Shape::List { table, by })
}

/// The number column of `table` a ranking word points at: the one whose name holds its
/// column word ("longest" → `length`), or the one carrying its kind of measure clearly
/// more surely than any other ("expensive" → `list_price` over `unit_cost`).
fn ranked_column(model: &Model, table: usize, by: &MeasureWord) -> Result<ColumnRef, Unread> {
    let mut scored: Vec<(f32, &str)> = Vec::new();
    for c in model.tables[table]
        .columns
        .iter()
        .filter(|c| c.role == Role::Number)
    {
        let score = match by.column {
            Some(word) => f32::from(u8::from(c.words.iter().any(|w| w == word))),
            None => carried(&c.words, &c.data_type, by.kinds),
        };
        if score > 0.0 {
            scored.push((score, &c.name));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    match &scored[..] {
        [(_, one)] => Ok(ColumnRef {
            table,
            column: (*one).to_owned(),
        }),
        [(best, one), (next, _), ..] if best - next >= CLEARLY => Ok(ColumnRef {
            table,
            column: (*one).to_owned(),
        }),
        _ => Err(Unread::Ambiguous {
            what: format!("the column \"{}\" ranks by", by.word),
            readings: scored.iter().map(|(_, c)| (*c).to_owned()).collect(),
        }),
    }
}

/// How much more surely one column must carry a measure than the next to be chosen.
pub(super) const CLEARLY: f32 = 0.25;

/// How surely a column (its stemmed name words and type) carries one of `kinds`, weighted
/// by how surely the question asked for each.
pub(super) fn carried(words: &[String], data_type: &str, kinds: &[(Kind, f32)]) -> f32 {
    column_measures(words, data_type)
        .iter()
        .flat_map(|(m, carried)| {
            kinds
                .iter()
                .filter(move |(k, _)| k == m)
                .map(move |(_, asked)| carried * asked)
        })
        .fold(0.0, f32::max)
}

/// The tables a measure or listing counts from: where periods and values attach.
pub(super) fn base_tables(model: &Model, shape: &Shape) -> Vec<usize> {
    let mut tables = Vec::new();
    match shape {
        Shape::List { table, .. } => tables.push(*table),
        Shape::Aggregate { measures, .. } => {
            for m in measures {
                match m {
                    Measure::Rows { table } | Measure::Share { table } => tables.push(*table),
                    Measure::Column { column, .. } => tables.push(column.table),
                    Measure::Term { term } => {
                        if let TermKind::Measure { tables: ts, .. } = &model.terms[*term] {
                            tables.extend(ts);
                        }
                    }
                }
            }
        }
    }
    tables
}

/// The time column nearest the base tables (or the one named).
fn time_column(model: &Model, bases: &[usize], parts: &Parts) -> Result<ColumnRef, Unread> {
    if let Some(column) = &parts.time {
        return Ok(column.clone());
    }
    let mut best: Option<(usize, Vec<ColumnRef>)> = None;
    for base in bases {
        let paths = model.paths(*base);
        for (t, table) in model.tables.iter().enumerate() {
            let Some(Some(path)) = paths.get(t) else {
                continue;
            };
            for column in table.columns.iter().filter(|c| c.role == Role::Time) {
                let column = ColumnRef {
                    table: t,
                    column: column.name.clone(),
                };
                match &mut best {
                    Some((d, list)) if *d == path.len() => {
                        if !list.contains(&column) {
                            list.push(column)
                        }
                    }
                    Some((d, _)) if *d < path.len() => {}
                    _ => best = Some((path.len(), vec![column])),
                }
            }
        }
    }
    match best {
        Some((_, list)) if list.len() == 1 => Ok(list[0].clone()),
        Some((_, list)) => Err(Unread::Ambiguous {
            what: "the date a period applies to".into(),
            readings: list
                .iter()
                .map(|c| format!("{}.{}", model.tables[c.table].name, c.column))
                .collect(),
        }),
        None => Err(Unread::Unsupported("a period, but no date column".into())),
    }
}

fn literal_filter(
    model: &Model,
    bases: &[usize],
    context: &[usize],
    parts: &Parts,
    literal: &Literal,
) -> Result<Filter, Unread> {
    let (from, until) = match &literal.value {
        LiteralValue::Value(value) => {
            let candidates: Vec<ColumnRef> = value
                .sources
                .iter()
                .filter_map(|s| {
                    let t = model.tables.iter().position(|t| t.plain == s.table)?;
                    Some(ColumnRef {
                        table: t,
                        column: s.column.clone(),
                    })
                })
                .collect();
            let mut near = context.to_vec();
            near.extend(bases);
            let column = resolve_column(&near, &candidates)?;
            let stored = value
                .stored_in(&column.column)
                .unwrap_or(&value.key)
                .to_owned();
            return Ok(Filter::Equals {
                column,
                value: stored,
            });
        }
        LiteralValue::Year(_) | LiteralValue::Quarter { .. } | LiteralValue::Month { .. } => {
            let period: Period = literal.period().expect("a calendar literal");
            (period.start(), period.end())
        }
        LiteralValue::Date(date) => (*date, date.add_days(1)),
        LiteralValue::DateRange { from, to } => (*from, to.add_days(1)),
        _ => return Err(Unread::Unplaced(vec![literal.text.clone()])),
    };
    Ok(Filter::Period {
        column: time_column(model, bases, parts)?,
        from: from.to_string(),
        until: until.to_string(),
    })
}

/// Grains become time groups on the period's column.
fn with_time_groups(
    model: &Model,
    bases: &[usize],
    parts: &Parts,
    shape: Shape,
) -> Result<Shape, Unread> {
    if parts.grains.is_empty() {
        return Ok(shape);
    }
    let Shape::Aggregate {
        measures,
        mut groups,
    } = shape
    else {
        return Err(Unread::Unsupported("a time grain on a listing".into()));
    };
    let column = time_column(model, bases, parts)?;
    for grain in &parts.grains {
        groups.push(Group::Time {
            column: column.clone(),
            grain: *grain,
        });
    }
    Ok(Shape::Aggregate { measures, groups })
}
