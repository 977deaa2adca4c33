//! A [`Reading`] into an [`Intent`]: which references are measures, groupings, filters or
//! the listed table; which column a value or a period applies to. Where the schema offers
//! two equally close answers the question is refused as ambiguous.

use crate::ask::vocab::grammar::{Aggregate, Change, Direction};

use crate::ask::literals::LiteralValue;
use crate::ask::vocab::measures::{column_measures, Measure as Kind};
use crate::ask::vocab::stem;

use super::context::{context_tables, rephrased, resolve_column, value_tables, year_column};
use super::parse::{Item, Reading, Ref, Unread};
use super::schema::{Model, Role, TermKind};
use super::{periods, resolve};
use super::{ColumnRef, Filter, Group, Growth, Intent, Measure, Shape};

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
    /// The ranking became the measure's MIN or MAX ("the highest rental rate").
    rank_used: bool,
    /// Glossary conditions on a date ("weekend"), applied to the period's date.
    time_terms: Vec<usize>,
    /// An entity grouping opened by "per".
    per_entity: bool,
    /// Counts per row compared with a number ([`Filter::Counted`]).
    counted: Vec<Filter>,
    /// The columns that hold a value the question names.
    value_columns: Vec<ColumnRef>,
    /// Verbs read as relating rows ("shipped by Speedy Express").
    verbs: Vec<String>,
    /// "How much": amounts are totalled.
    how_much: bool,
    /// Text columns named but neither grouped by nor listed: each must be the column of
    /// a value the question names, or the question is refused.
    unused: Vec<ColumnRef>,
}

pub(super) fn assemble(model: &Model, reading: &Reading) -> Result<Intent, Unread> {
    let mut parts = Parts {
        value_columns: value_columns(model, reading),
        verbs: reading.verbs.clone(),
        how_much: reading.how_much,
        ..Parts::default()
    };
    let context = context_tables(model, &reading.items);
    // Measures are looked for near the values named too ("Lambda cost": cloud costs).
    let mut measure_context = context.clone();
    measure_context.extend(value_tables(model, &reading.literals));
    for item in &reading.items {
        place_item(model, &context, &measure_context, reading, item, &mut parts)?;
    }
    let year_column = year_column(model, reading, &mut parts.numbers);
    let shape = shape(model, reading, &mut parts)?;
    if !parts.counted.is_empty() {
        let counts_rows = match &shape {
            Shape::Aggregate { measures, groups } => {
                groups.is_empty() && matches!(measures[..], [Measure::Rows { .. }])
            }
            Shape::List { .. } => true,
        };
        if !counts_rows {
            return Err(Unread::Unsupported(
                "a count per row beside anything but a count or a listing".into(),
            ));
        }
        parts.filters.append(&mut parts.counted);
    }
    let bases = base_tables(model, &shape);
    let mut share_of = Vec::new();
    for (index, literal) in reading.literals.iter().enumerate() {
        let bound = reading
            .bounds
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, b)| *b);
        let near: Vec<usize> = context.iter().chain(&bases).copied().collect();
        // "how many expenses were approved": the expenses' flag, not a status of
        // approved leave elsewhere.
        if let Some(column) = flag_named(model, &bases, &literal.text) {
            let set = !reading.negated.contains(&index);
            let filter = Filter::Equals {
                column,
                value: set.to_string(),
            };
            match parts.share {
                Some(_) => share_of.push(filter),
                None => parts.filters.push(filter),
            }
            continue;
        }
        let filter = match (&literal.value, &year_column) {
            (LiteralValue::Year(year), Some(column)) if bound.is_none() => Filter::Equals {
                column: column.clone(),
                value: year.to_string(),
            },
            _ => {
                periods::literal_filter(model, &bases, &near, parts.time.as_ref(), literal, bound)?
            }
        };
        let filter = match filter {
            Filter::Equals { column, value } if reading.negated.contains(&index) => {
                Filter::NotEquals { column, value }
            }
            _ if reading.negated.contains(&index) => {
                return Err(Unread::Unsupported(format!(
                    "\"not\" before {}",
                    literal.text
                )))
            }
            filter => filter,
        };
        match (&filter, parts.share) {
            (Filter::Equals { .. } | Filter::NotEquals { .. }, Some(_)) => share_of.push(filter),
            _ => parts.filters.push(filter),
        }
    }
    // "What percentage of products are discontinued": a flag named is the share's
    // condition.
    if parts.share.is_some() && share_of.is_empty() {
        let (flags, rest): (Vec<Filter>, Vec<Filter>) = std::mem::take(&mut parts.filters)
            .into_iter()
            .partition(|f| matches!(f, Filter::Equals { column, .. } if is_flag(model, column)));
        share_of = flags;
        parts.filters = rest;
    }
    if let Some((table, comparison, number)) = &reading.amount_compared {
        parts.filters.push(Filter::Compare {
            column: resolve::table_measure(model, *table)?,
            comparison: *comparison,
            number: number.clone(),
        });
    }
    if let Some((word, comparison, number)) = &reading.compared_by {
        let column = resolve::named_number(model, &bases, word)?;
        parts.filters.push(Filter::Compare {
            column,
            comparison: *comparison,
            number: number.clone(),
        });
    }
    if let Some((count, grain)) = reading.recent {
        let column = periods::time_column(model, &bases, parts.time.as_ref())?;
        parts.filters.push(Filter::Recent {
            column,
            count,
            grain,
        });
    }
    for term in std::mem::take(&mut parts.time_terms) {
        let column = periods::time_column(model, &bases, parts.time.as_ref())?;
        parts.filters.push(Filter::TimeTerm { term, column });
    }
    // "How many customer countries": a column that is neither grouped, listed nor
    // filtered would be dropped from the answer.
    let filtered = filter_columns(parts.filters.iter().chain(&share_of));
    let listed_label = |c: &ColumnRef| match &shape {
        Shape::List { table, .. } => {
            c.table == *table && model.tables[*table].label.contains(&c.column)
        }
        _ => false,
    };
    if let Some(column) = parts
        .unused
        .iter()
        .find(|c| !filtered.contains(c) && !listed_label(c))
    {
        return Err(Unread::Unsupported(format!(
            "what the column {} is asked for",
            column.column
        )));
    }
    check_units(model, reading, &parts.filters)?;
    check_verbs(model, &parts.verbs, &shape, &parts.filters)?;
    let growth = growth(reading, &shape, &mut parts.filters)?;
    parts.filters.sort();
    parts.filters.dedup();
    let rank = match reading.direction {
        _ if parts.rank_used => None,
        None if reading.limit.is_some() => {
            return Err(Unread::Unsupported(
                "a number of rows without an order".into(),
            ))
        }
        None => None,
        Some(direction) => Some((direction, reading.limit.unwrap_or(1))),
    };
    let shape =
        periods::with_time_groups(model, &bases, parts.time.as_ref(), &parts.grains, shape)?;
    // "medications that have been prescribed": a date named for nothing else says the
    // event happened; on the rows measured it would be dropped, so it is refused.
    let said_as_event = |time: &ColumnRef| {
        reading.items.iter().any(|i| {
            matches!(&i.what, Ref::Columns(c) if c.contains(time)) && i.text.ends_with("ed")
        })
    };
    if let Some(time) = parts.time.as_ref().filter(|t| said_as_event(t)) {
        if !time_used(time, &shape, &parts.filters) {
            match related(model, &bases, time.table) {
                Related::Child => parts.filters.push(Filter::Present { table: time.table }),
                _ => {
                    return Err(Unread::Unsupported(format!(
                        "what the date {} is asked for",
                        time.column
                    )))
                }
            }
            parts.filters.sort();
            parts.filters.dedup();
        }
    }
    let averaged = reading.averaged;
    if averaged {
        // "average number of enrollments per student": one count or total per entity.
        let per_entity = match &shape {
            Shape::Aggregate { measures, groups } => {
                matches!(groups[..], [Group::Entity(_)])
                    && matches!(
                        measures[..],
                        [Measure::Rows { .. }]
                            | [Measure::Column {
                                aggregate: Aggregate::Sum | Aggregate::Count,
                                ..
                            }]
                    )
            }
            Shape::List { .. } => false,
        };
        if !per_entity || rank.is_some() {
            return Err(Unread::Unsupported(
                "an average of something other than one count or total per entity".into(),
            ));
        }
    }
    let percent = reading.percent && share_of_rows(&shape);
    if growth.is_some() && (rank.is_some() || averaged) {
        return Err(Unread::Unsupported(
            "a change between periods of a ranking or an average per entity".into(),
        ));
    }
    Ok(Intent {
        shape,
        filters: parts.filters,
        share_of,
        rank,
        percent,
        averaged,
        growth,
    })
}

fn place_item(
    model: &Model,
    context: &[usize],
    measure_context: &[usize],
    reading: &Reading,
    item: &Item,
    parts: &mut Parts,
) -> Result<(), Unread> {
    let negatable = matches!(item.what, Ref::Table(_) | Ref::Columns(_));
    if item.absent && !negatable {
        return Err(Unread::Unsupported(
            "\"never\" or \"not\" before a measure".into(),
        ));
    }
    let column = match &item.what {
        Ref::Grain(grain) => {
            parts.grains.push(*grain);
            return Ok(());
        }
        Ref::Table(t) => return place_table(model, *t, item, parts),
        Ref::Measure(word) => {
            let column = resolve::measure_column(model, measure_context, word, item.activity)
                .map_err(|e| {
                    // "revenue by country" → "total payment amount by country".
                    let total = match item.aggregate.or(word.aggregate) {
                        Some(Aggregate::Average) => "average",
                        Some(Aggregate::Max) => "highest",
                        Some(Aggregate::Min) => "lowest",
                        _ => "total",
                    };
                    rephrased(e, &item.text, |reading| format!("{total} {reading}"))
                })?;
            if item.compared.is_some() {
                return place_column(model, column, item, parts);
            }
            // "how many units": a count of a quantity is its sum.
            let quantity = word
                .kinds
                .first()
                .is_some_and(|(k, _)| *k == Kind::Quantity);
            let asked = match item.aggregate {
                Some(Aggregate::Count) if quantity => Some(Aggregate::Sum),
                asked => asked,
            };
            let how_much = parts.how_much.then_some(Aggregate::Sum);
            let aggregate = match asked.or(word.aggregate).or(how_much) {
                Some(
                    a @ (Aggregate::Sum
                    | Aggregate::Average
                    | Aggregate::Min
                    | Aggregate::Max
                    | Aggregate::Median),
                ) => a,
                Some(_) => {
                    return Err(Unread::Unsupported(format!(
                        "a count or share of \"{}\"",
                        word.word
                    )))
                }
                None => {
                    return Err(Unread::Ambiguous {
                        what: format!("\"{}\"", word.word),
                        readings: vec![
                            format!("the total {}", word.word),
                            format!("the average {}", word.word),
                            format!("the number of {}", word.word),
                        ],
                        rephrase: ["total", "average"]
                            .iter()
                            .map(|a| (item.text.clone(), format!("{a} {}", item.text)))
                            .collect(),
                    })
                }
            };
            let mut times = None;
            if aggregate == Aggregate::Sum
                && is_unit_price(model, &column)
                && !word.kinds.iter().any(|(k, _)| *k == Kind::Price)
            {
                // "revenue" from order lines: each line's unit price times its quantity;
                // a sum of unit prices alone is no amount paid.
                times = Some(resolve::line_quantity(model, &column).map_err(|why| {
                    Unread::Unsupported(format!(
                        "\"{}\" from the prices of one unit ({}): {why}",
                        word.word, column.column
                    ))
                })?);
            }
            parts.measures.push(Measure::Column {
                aggregate,
                column,
                times,
            });
            return Ok(());
        }
        Ref::Term(t) => match &model.terms[*t] {
            TermKind::Measure { sql, tables } => {
                match (item.aggregate, counted_table(sql, tables)) {
                    // "per order", with "orders" a glossary count: the orders themselves.
                    (None, Some(t)) if item.grouped => return place_table(model, t, item, parts),
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
            TermKind::TimeCondition { .. } => {
                parts.time_terms.push(*t);
                return Ok(());
            }
            // A term for a table's name column ("team": `teams.team_name`) names its rows.
            TermKind::Dimension { table, column }
                if model.tables[*table].label == [column.clone()] =>
            {
                return place_table(model, *table, item, parts)
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
        Ref::Columns(candidates) if candidates.len() > 1 && !item.grouped => {
            match narrowed(model, reading, item, candidates) {
                Narrowed::One(column) => column,
                Narrowed::Verb => {
                    parts.verbs.push(item.text.clone());
                    return Ok(());
                }
                Narrowed::Same => resolve_columns(model, context, item, candidates)?,
            }
        }
        Ref::Columns(candidates) => resolve_columns(model, context, item, candidates)?,
    };
    place_column(model, column, item, parts)
}

/// Whether the intent uses the date column named: a period, a grouping, a measure or a
/// ranking on it.
fn time_used(time: &ColumnRef, shape: &Shape, filters: &[Filter]) -> bool {
    let in_filters = filters.iter().any(|f| match f {
        Filter::Period { column, .. }
        | Filter::Recent { column, .. }
        | Filter::TimeTerm { column, .. }
        | Filter::Missing { column }
        | Filter::Compare { column, .. } => column == time,
        _ => false,
    });
    let in_shape = match shape {
        Shape::Aggregate { measures, groups } => {
            measures
                .iter()
                .any(|m| matches!(m, Measure::Column { column, .. } if column == time))
                || groups
                    .iter()
                    .any(|g| matches!(g, Group::Time { column, .. } | Group::Column(column) if column == time))
        }
        Shape::List { by, .. } => by.as_ref() == Some(time),
    };
    in_filters || in_shape
}

/// The words that named table `t` in the question, as typed.
fn parts_text(reading: &Reading, t: usize) -> Option<String> {
    reading
        .items
        .iter()
        .find(|i| i.what == Ref::Table(t) && !i.text.is_empty())
        .map(|i| i.text.clone())
}

/// How a table named stands to the tables measured.
#[derive(Debug, PartialEq)]
enum Related {
    /// Its rows refer to theirs, down the foreign keys only.
    Child,
    /// Theirs refer to its, up the foreign keys only.
    Parent,
    Other,
}

fn related(model: &Model, bases: &[usize], t: usize) -> Related {
    let mut kinds = bases
        .iter()
        .map(|&b| match model.paths(b).get(t).cloned().flatten() {
            Some(path) if !path.is_empty() && path.iter().all(|(_, up)| !up) => Related::Child,
            Some(path) if !path.is_empty() && path.iter().all(|(_, up)| *up) => Related::Parent,
            _ => Related::Other,
        });
    match kinds.next() {
        Some(first) if kinds.all(|k| k == first) => first,
        _ => Related::Other,
    }
}

/// The columns holding the values the question names.
fn value_columns(model: &Model, reading: &Reading) -> Vec<ColumnRef> {
    let mut columns = Vec::new();
    for literal in &reading.literals {
        if let LiteralValue::Value(value) = &literal.value {
            for source in &value.sources {
                if let Some(t) = model.tables.iter().position(|t| t.plain == source.table) {
                    columns.push(ColumnRef {
                        table: t,
                        column: source.column.clone(),
                    });
                }
            }
        }
    }
    columns
}

/// What the rest of the question says of a word naming several columns.
enum Narrowed {
    /// "shipped to France": the one column holding a value the question names; "shipped
    /// in 1997", "not shipped": the one date column, beside a period or a negation.
    One(ColumnRef),
    /// "shipped by Speedy Express": a verb whose columns hold none of the values named,
    /// while a value of another table says who did it; the verb adds nothing.
    Verb,
    Same,
}

fn narrowed(model: &Model, reading: &Reading, item: &Item, candidates: &[ColumnRef]) -> Narrowed {
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

fn resolve_columns(
    model: &Model,
    context: &[usize],
    item: &Item,
    candidates: &[ColumnRef],
) -> Result<ColumnRef, Unread> {
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

fn place_table(model: &Model, t: usize, item: &Item, parts: &mut Parts) -> Result<(), Unread> {
    if let Some((comparison, number)) = &item.compared {
        // "students with more than 7 enrollments": a count per row of the rows counted or
        // listed, placed once the shape is known.
        if item.absent || item.grouped || item.aggregate.is_some() {
            return Err(Unread::Unsupported(format!(
                "a comparison of the number of {}",
                model.tables[t].name
            )));
        }
        parts.counted.push(Filter::Counted {
            table: t,
            comparison: *comparison,
            number: number.clone(),
        });
        return Ok(());
    }
    if item.absent {
        parts.absent.push(t);
    } else if item.aggregate == Some(Aggregate::Share) {
        parts.share = Some(t);
    } else if matches!(item.aggregate, Some(Aggregate::Count)) || item.distinct {
        parts.measures.push(Measure::Rows { table: t });
    } else if item.aggregate.is_none()
        && parts.how_much
        && !item.grouped
        && resolve::holds_amounts(model, t)
    {
        // "How much did we receive in payments": their amounts summed.
        let column = resolve::table_measure(model, t)?;
        parts.measures.push(Measure::Column {
            aggregate: Aggregate::Sum,
            column,
            times: None,
        });
    } else if item.aggregate == Some(Aggregate::Sum) && !resolve::holds_amounts(model, t) {
        // "total orders": how many.
        parts.measures.push(Measure::Rows { table: t });
    } else if let Some(aggregate) = item.aggregate {
        // "total payments", "the average payment": an aggregate of the table's amounts.
        let column = resolve::table_measure(model, t)?;
        parts.measures.push(Measure::Column {
            aggregate,
            column,
            times: None,
        });
    } else if item.grouped {
        parts.per_entity |= item.per;
        parts.groups.push(Group::Entity(t));
    } else {
        parts.tables.push((t, item.singular));
    }
    Ok(())
}

fn place_column(
    model: &Model,
    column: ColumnRef,
    item: &Item,
    parts: &mut Parts,
) -> Result<(), Unread> {
    let role = model.column(column.table, &column.column).map(|c| c.role);
    if item.absent {
        // "orders not shipped to France" is no order without a country.
        if parts.value_columns.contains(&column) {
            return Err(Unread::Unsupported(format!(
                "\"not\" before {} and a value of it",
                column.column
            )));
        }
        // "rentals not returned", "customers without an email": no value.
        return match role {
            Some(Role::Time | Role::Text) if item.aggregate.is_none() && !item.grouped => {
                parts.filters.push(Filter::Missing { column });
                Ok(())
            }
            Some(Role::Other) if is_flag(model, &column) && item.aggregate.is_none() => {
                parts.filters.push(Filter::Equals {
                    column,
                    value: "false".into(),
                });
                Ok(())
            }
            _ => Err(Unread::Unsupported(format!(
                "\"never\" or \"not\" on column {}",
                column.column
            ))),
        };
    }
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
            // "how many hours were logged": the hours summed, not the rows that have some.
            let aggregate = match aggregate {
                Aggregate::Count if item.distinct => Aggregate::CountDistinct,
                Aggregate::Count => Aggregate::Sum,
                other => other,
            };
            parts.measures.push(Measure::Column {
                aggregate,
                column,
                times: None,
            });
        }
        // "how many (different) clients": the distinct values of a text column.
        (Some(Role::Text), Some(Aggregate::Count), false) => {
            parts.measures.push(Measure::Column {
                aggregate: Aggregate::CountDistinct,
                column,
                times: None,
            });
        }
        (Some(Role::Other), None, false) if is_flag(model, &column) => {
            // "discontinued products": the flag is set.
            parts.filters.push(Filter::Equals {
                column,
                value: "true".into(),
            })
        }
        (Some(Role::Time), None, false) => parts.time = Some(column),
        // "How many hires in 2023?": the rows of the date's table, dated by it.
        (Some(Role::Time), Some(Aggregate::Count), false) => {
            parts.measures.push(Measure::Rows {
                table: column.table,
            });
            parts.time = Some(column);
        }
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

/// Two periods of one date: the change between them when the question asks for one
/// ("the difference in orders between 2022 and 2023"), else refused: both together, each
/// apart, or the change are all plausible, and the rows of both periods at once are none.
fn growth(
    reading: &Reading,
    shape: &Shape,
    filters: &mut Vec<Filter>,
) -> Result<Option<Growth>, Unread> {
    // "from 2022 to 2023 (2023 minus 2022)": a period said twice is one.
    let mut k = 0;
    while k < filters.len() {
        if filters[..k].contains(&filters[k]) {
            filters.remove(k);
        } else {
            k += 1;
        }
    }
    let periods: Vec<usize> = (0..filters.len())
        .filter(|&i| matches!(filters[i], Filter::Period { .. }))
        .collect();
    let same_column = |a: &Filter, b: &Filter| match (a, b) {
        (Filter::Period { column: x, .. }, Filter::Period { column: y, .. }) => x == y,
        _ => false,
    };
    let clash = periods.iter().enumerate().any(|(k, &i)| {
        periods[k + 1..]
            .iter()
            .any(|&j| same_column(&filters[i], &filters[j]))
    });
    let Some((change, word)) = &reading.change else {
        if clash {
            return Err(Unread::Ambiguous {
                what: "two periods of one date".into(),
                readings: vec![
                    "both periods together".into(),
                    "each period on its own".into(),
                    "the change from one to the other".into(),
                ],
                rephrase: Vec::new(),
            });
        }
        return Ok(None);
    };
    let one_measure = matches!(
        shape,
        Shape::Aggregate { measures, groups }
            if groups.is_empty()
                && matches!(measures[..], [Measure::Rows { .. } | Measure::Column { .. }])
    );
    let [i, j] = periods[..] else {
        return Err(Unread::Unsupported(format!(
            "a \"{word}\" without two periods to compare"
        )));
    };
    if !one_measure || !same_column(&filters[i], &filters[j]) {
        return Err(Unread::Unsupported(format!(
            "a \"{word}\" of anything but one measure between two periods of one date"
        )));
    }
    if *change == Change::Either && !reading.percent {
        return Err(Unread::Ambiguous {
            what: format!("\"{word}\""),
            readings: vec![
                "the difference between the periods".into(),
                "the difference as a percentage of the earlier period".into(),
            ],
            rephrase: vec![
                (word.clone(), "change".into()),
                (word.clone(), "percentage change".into()),
            ],
        });
    }
    let after = filters.remove(j);
    let before = filters.remove(i);
    let start = |f: &Filter| match f {
        Filter::Period { from, .. } => from.clone(),
        _ => String::new(),
    };
    let (before, after) = if start(&before) <= start(&after) {
        (before, after)
    } else {
        (after, before)
    };
    Ok(Some(Growth {
        before,
        after,
        percent: reading.percent,
    }))
}

fn is_unit_price(model: &Model, column: &ColumnRef) -> bool {
    model
        .column(column.table, &column.column)
        .is_some_and(|c| resolve::is_price(&c.words, &c.data_type))
}

/// A verb read as relating rows stands for the relation askpg joins along only when that
/// relation is the plain one — each foreign key named after the table it refers to
/// (`instructor_id`) — or one the verb names (`ship_via` for "shipped"). "Which
/// instructor taught the most students" is no count of the students an instructor
/// advises (`advisor_id`).
fn check_verbs(
    model: &Model,
    verbs: &[String],
    shape: &Shape,
    filters: &[Filter],
) -> Result<(), Unread> {
    if verbs.is_empty() {
        return Ok(());
    }
    let bases = base_tables(model, shape);
    let Some(&base) = bases.first() else {
        return Ok(());
    };
    let mut tables: Vec<usize> = bases.clone();
    match shape {
        Shape::Aggregate { groups, .. } => tables.extend(groups.iter().map(|g| match g {
            Group::Column(c) | Group::Time { column: c, .. } => c.table,
            Group::Entity(t) => *t,
        })),
        Shape::List { .. } => {}
    }
    tables.extend(filters.iter().filter_map(|f| match f {
        Filter::Equals { column, .. }
        | Filter::NotEquals { column, .. }
        | Filter::Compare { column, .. }
        | Filter::Period { column, .. } => Some(column.table),
        Filter::Absent { table } | Filter::Present { table } | Filter::Counted { table, .. } => {
            Some(*table)
        }
        _ => None,
    }));
    let stems: Vec<String> = verbs.iter().map(|v| stem(v)).collect();
    let paths = model.paths(base);
    for t in tables {
        let Some(Some(path)) = paths.get(t) else {
            continue;
        };
        for (e, _) in path {
            let edge = &model.edges[*e];
            let parent = &model.tables[edge.parent];
            let plain =
                edge.columns.iter().zip(&edge.ref_columns).all(|(c, r)| {
                    c == r || c.strip_suffix("_id") == Some(stem(&parent.name).as_str())
                });
            let named = edge
                .columns
                .iter()
                .any(|c| stems.iter().any(|v| v.len() >= 3 && c.contains(v.as_str())));
            if !plain && !named {
                return Err(Unread::Unsupported(format!(
                    "whether \"{}\" means the relation {}.{}",
                    verbs.join(" "),
                    model.tables[edge.child].name,
                    edge.columns.join(", ")
                )));
            }
        }
    }
    Ok(())
}

/// "longer than 3 hours": a number in a unit compares only with a column whose name says
/// that unit (`duration_hours`); a `length` may be in minutes or hours.
fn check_units(model: &Model, reading: &Reading, filters: &[Filter]) -> Result<(), Unread> {
    if reading.units.is_empty() {
        return Ok(());
    }
    for filter in filters {
        let Filter::Compare { column, .. } = filter else {
            continue;
        };
        let said = model.column(column.table, &column.column).is_some_and(|c| {
            c.words
                .iter()
                .any(|w| reading.units.iter().any(|u| w.starts_with(u)))
        });
        if !said {
            return Err(Unread::Unsupported(format!(
                "a number in {} compared with {}, whose unit its name does not say",
                reading.units.join(" or "),
                column.column
            )));
        }
    }
    Ok(())
}

/// Whether the answer is a share of rows.
fn share_of_rows(shape: &Shape) -> bool {
    matches!(shape, Shape::Aggregate { measures, .. } if measures.iter().any(|m| matches!(m, Measure::Share { .. })))
}

/// The one yes/no column of `bases` a word names ("approved" → `expenses.approved`).
fn flag_named(model: &Model, bases: &[usize], text: &str) -> Option<ColumnRef> {
    let words = super::schema::stemmed(text);
    match &model.columns_where(bases, |c| c.data_type == "boolean" && c.words == words)[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// Whether a column is a yes/no flag (`boolean`).
fn is_flag(model: &Model, column: &ColumnRef) -> bool {
    model
        .column(column.table, &column.column)
        .is_some_and(|c| c.data_type == "boolean")
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
    // "total tuition collected": the table's amount and the verb's are one measure.
    let mut k = 0;
    while k < parts.measures.len() {
        if parts.measures[..k].contains(&parts.measures[k]) {
            parts.measures.remove(k);
        } else {
            k += 1;
        }
    }
    if let Some(t) = parts.share {
        parts.measures.push(Measure::Share { table: t });
    }
    // "When was the latest order?", "When did the earliest project start?": the date of
    // the table named (the one named, when one is).
    if let ([(table, _)], true, [], None, None) = (
        &parts.tables[..],
        reading.rank_time,
        &parts.numbers[..],
        reading.limit,
        reading.rank_by,
    ) {
        // A table whose rows have names lists the latest one, unless "when" is asked.
        let dated = parts.time.as_ref().is_none_or(|t| t.table == *table);
        if parts.measures.is_empty()
            && parts.groups.is_empty()
            && dated
            && (model.tables[*table].label.is_empty() || reading.when)
        {
            parts.time = Some(periods::time_column(model, &[*table], parts.time.as_ref())?);
            parts.tables.clear();
        }
    }
    // "hours logged per quarter in 2023": a quantity or an amount named beside a grouping
    // or a period, with nothing else measured, is its total.
    if let (None, [], [column], None) = (
        parts.measures.first(),
        &parts.tables[..],
        &parts.numbers[..],
        reading.direction,
    ) {
        let period = reading.literals.iter().any(|l| l.period().is_some());
        let grouped = !parts.groups.is_empty() || !parts.grains.is_empty();
        let summable = model.column(column.table, &column.column).is_some_and(|c| {
            column_measures(&c.words, &c.data_type)
                .iter()
                .any(|(k, _)| matches!(k, Kind::Money | Kind::Quantity | Kind::Cost))
                && !resolve::is_price(&c.words, &c.data_type)
        });
        if (grouped || period) && summable {
            parts.measures.push(Measure::Column {
                aggregate: Aggregate::Sum,
                column: column.clone(),
                times: None,
            });
            parts.numbers.clear();
        }
    }
    // "hires per year", "How many hires in 2023?": a date named as an event counts its
    // table's rows.
    if let (None, [], [], Some(time)) = (
        parts.measures.first(),
        &parts.tables[..],
        &parts.numbers[..],
        &parts.time,
    ) {
        let period = reading.literals.iter().any(|l| l.period().is_some());
        if !parts.grains.is_empty() || period {
            parts.measures.push(Measure::Rows { table: time.table });
        }
    }
    if parts.measures.is_empty() && parts.tables.is_empty() {
        let ranked: Vec<ColumnRef> = parts.numbers.iter().chain(&parts.time).cloned().collect();
        if let ([column], Some(direction), None) = (&ranked[..], reading.direction, reading.limit) {
            let aggregate = match direction {
                Direction::Highest => Aggregate::Max,
                Direction::Lowest => Aggregate::Min,
            };
            parts.measures.push(Measure::Column {
                aggregate,
                column: column.clone(),
                times: None,
            });
            parts.rank_used = true;
            return Ok(Shape::Aggregate {
                measures: std::mem::take(&mut parts.measures),
                groups: std::mem::take(&mut parts.groups),
            });
        }
    }
    if parts.measures.is_empty() {
        if let [(table, _)] = parts.tables[..] {
            if !parts.groups.is_empty() || !parts.grains.is_empty() || reading.change.is_some() {
                // "customers by country", "monthly orders", "the change in orders from
                // 2022 to 2023": rows counted. Rows that are amounts ("payments per
                // quarter") may be counted or summed.
                if resolve::holds_amounts(model, table) {
                    let name = model.tables[table].name.replace('_', " ");
                    let said = parts_text(reading, table).unwrap_or_else(|| name.clone());
                    return Err(Unread::Ambiguous {
                        what: format!("\"{said}\""),
                        readings: vec![
                            format!("the number of {name}"),
                            format!("the total of {name}"),
                        ],
                        rephrase: vec![
                            (said.clone(), format!("number of {said}")),
                            (said.clone(), format!("total {said}")),
                        ],
                    });
                }
                parts.tables.clear();
                parts.measures.push(Measure::Rows { table });
            } else if let (true, Some(direction), None, None, []) = (
                model.tables[table].label.is_empty(),
                reading.direction,
                reading.limit,
                reading.rank_by,
                &parts.numbers[..],
            ) {
                // "the largest payment" of a table whose rows have no name: its measure's
                // MAX or MIN.
                let aggregate = match direction {
                    Direction::Highest => Aggregate::Max,
                    Direction::Lowest => Aggregate::Min,
                };
                let column = resolve::table_measure(model, table)?;
                parts.tables.clear();
                parts.measures.push(Measure::Column {
                    aggregate,
                    column,
                    times: None,
                });
                parts.rank_used = true;
            }
        }
    }
    // "Which employee logged the most hours": the hours of another table, summed per
    // employee.
    if let ([(table, _)], [column], Some(_), None) = (
        &parts.tables[..],
        &parts.numbers[..],
        reading.direction,
        reading.rank_by,
    ) {
        if parts.measures.is_empty() && column.table != *table {
            parts.measures.push(Measure::Column {
                aggregate: Aggregate::Sum,
                column: column.clone(),
                times: None,
            });
            parts.numbers.clear();
        }
    }
    if parts.measures.is_empty() {
        if reading.valued {
            return Err(Unread::Unsupported("a value of rows listed".into()));
        }
        return list_shape(model, reading, parts);
    }
    if !parts.numbers.is_empty() {
        return Err(Unread::Unsupported(
            "a number column next to a measure".into(),
        ));
    }
    if reading.valued && !parts.measures.iter().all(|m| measures_money(model, m)) {
        // "the value of our stock" is no sum of units in stock.
        return Err(Unread::Unsupported(
            "a value (money) of something askpg counts in units".into(),
        ));
    }
    // "average payment per customer": each customer's average, or the average of what
    // each customer paid?
    let averaged: Vec<usize> = parts
        .measures
        .iter()
        .filter_map(|m| match m {
            Measure::Column {
                aggregate, column, ..
            } if *aggregate == Aggregate::Average => Some(column.table),
            _ => None,
        })
        .collect();
    // "average freight per order" of a column of the orders: each order holds one value,
    // so the average per order is the average of the column.
    if parts.per_entity && !averaged.is_empty() {
        if let [Group::Entity(t)] = parts.groups[..] {
            if averaged.iter().all(|a| *a == t) && parts.measures.len() == averaged.len() {
                parts.groups.clear();
                parts.per_entity = false;
            }
        }
    }
    if !averaged.is_empty() && parts.per_entity {
        return Err(Unread::Ambiguous {
            what: "an average per entity".into(),
            readings: vec![
                "the average of each one's rows".into(),
                "the average of each one's total".into(),
            ],
            rephrase: vec![("per".into(), "by".into())],
        });
    }
    // "the 3 highest paid instructors": the rows of the table named, ranked by its own
    // column.
    if let (
        [Measure::Column {
            column,
            times: None,
            ..
        }],
        [(table, _)],
        Some(_),
        [],
        true,
    ) = (
        &parts.measures[..],
        &parts.tables[..],
        reading.direction,
        &parts.groups[..],
        parts.absent.is_empty(),
    ) {
        if column.table == *table && !model.tables[*table].label.is_empty() {
            let by = column.clone();
            parts.measures.clear();
            parts.tables.clear();
            let table = by.table;
            return Ok(Shape::List {
                table,
                by: Some(by),
            });
        }
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
        if counted.contains(&t) || bases.contains(&t) {
            continue;
        }
        if reading.direction.is_some() {
            parts.groups.push(Group::Entity(t));
            continue;
        }
        // "how many employees submitted expenses": the rows counted have such rows; a
        // parent named ("orders of customers") changes nothing. Anything else would be
        // dropped from the answer.
        match (&parts.measures[..], related(model, &bases, t)) {
            ([Measure::Rows { .. }], Related::Child) => {
                parts.filters.push(Filter::Present { table: t })
            }
            (_, Related::Parent) => {}
            _ => {
                return Err(Unread::Unsupported(format!(
                    "what {} has to do with what is measured",
                    model.tables[t].name
                )))
            }
        }
    }
    // "How many customers never ordered": the rows counted have no such row.
    for absent in std::mem::take(&mut parts.absent) {
        match &parts.measures[..] {
            [Measure::Rows { .. }] => parts.filters.push(Filter::Absent { table: absent }),
            _ => {
                return Err(Unread::Unsupported(
                    "\"never\" beside a measure other than a count".into(),
                ))
            }
        }
    }
    let filtered: Vec<ColumnRef> = filter_columns(&parts.filters);
    for column in std::mem::take(&mut parts.columns) {
        if !filtered.contains(&column) && reading.direction.is_some() {
            parts.groups.push(Group::Column(column));
        } else {
            parts.unused.push(column);
        }
    }
    Ok(Shape::Aggregate {
        measures: std::mem::take(&mut parts.measures),
        groups: std::mem::take(&mut parts.groups),
    })
}

/// Whether a measure is an amount of money: a glossary measure, or an aggregate of a
/// column whose name says it holds money, a price or a cost.
fn measures_money(model: &Model, measure: &Measure) -> bool {
    match measure {
        Measure::Term { .. } => true,
        Measure::Column {
            aggregate, column, ..
        } => {
            *aggregate != Aggregate::CountDistinct
                && model.column(column.table, &column.column).is_some_and(|c| {
                    column_measures(&c.words, &c.data_type)
                        .iter()
                        .any(|(kind, _)| *kind != Kind::Quantity)
                })
        }
        Measure::Rows { .. } | Measure::Share { .. } => false,
    }
}

fn filter_columns<'a>(filters: impl IntoIterator<Item = &'a Filter>) -> Vec<ColumnRef> {
    filters
        .into_iter()
        .filter_map(|f| match f {
            Filter::Equals { column, .. } | Filter::NotEquals { column, .. } => {
                Some(column.clone())
            }
            _ => None,
        })
        .collect()
}

fn list_shape(model: &Model, reading: &Reading, parts: &mut Parts) -> Result<Shape, Unread> {
    parts.unused.append(&mut parts.columns);
    // "Which employees submitted expenses": the first table named, having rows of the
    // others.
    if let [(first, _), ref rest @ ..] = parts.tables[..] {
        let relations: Vec<(usize, Related)> = rest
            .iter()
            .map(|&(t, _)| (t, related(model, &[first], t)))
            .collect();
        if !rest.is_empty() && relations.iter().all(|(_, r)| *r != Related::Other) {
            for (t, relation) in relations {
                if relation == Related::Child {
                    parts.filters.push(Filter::Present { table: t });
                }
            }
            parts.tables.truncate(1);
        }
    }
    let [(table, _)] = parts.tables[..] else {
        return Err(Unread::Unsupported(
            "no measure and not exactly one table to list".into(),
        ));
    };
    if model.tables[table].label.is_empty() || !parts.groups.is_empty() || !parts.grains.is_empty()
    {
        return Err(Unread::Unsupported("a listing askpg cannot label".into()));
    }
    for child in std::mem::take(&mut parts.absent) {
        parts.filters.push(Filter::Absent { table: child });
    }
    let by = match (&parts.numbers[..], reading.rank_by) {
        ([column], None) if column.table == table => Some(column.clone()),
        ([], Some(word)) => Some(resolve::ranked_column(model, table, word)?),
        ([], None) if reading.rank_time && reading.direction.is_some() => {
            Some(periods::time_column(
                model,
                &[table],
                parts.time.as_ref().filter(|t| t.table == table),
            )?)
        }
        ([], None) => None,
        _ => return Err(Unread::Unsupported("which column to rank by".into())),
    };
    if by.is_none() && reading.direction.is_some() {
        return Err(Unread::Unsupported("a ranking without a column".into()));
    }
    Ok(Shape::List { table, by })
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
