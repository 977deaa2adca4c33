//! A [`Reading`] into an [`Intent`]: which references are measures, groupings, filters or
//! the listed table; which column a value or a period applies to. Where the schema offers
//! two equally close answers the question is refused as ambiguous.

use crate::ask::vocab::grammar::{Aggregate, Change, Comparison, Direction};

use crate::ask::literals::LiteralValue;
use crate::ask::vocab::measures::{column_measures, Measure as Kind};
use crate::ask::vocab::stem;

use super::context::{context_tables, rephrased, resolve_column, value_tables, year_column};
use super::parse::{Bound, Item, Reading, Ref, Unread};
use super::schema::{Model, Role, TermKind};
use super::{periods, resolve};
use super::{ColumnRef, Filter, Group, Growth, Intent, Measure, Shape};

mod asked;
mod checks;
mod columns;
mod columns_placed;
mod dated;
mod guards;
mod list;
mod place;
mod shape;
mod shares;
mod status;
mod tables;
mod units;
mod values;
mod verbs;

use asked::*;
use checks::*;
use columns::*;
use columns_placed::*;
use dated::*;
use guards::*;
use list::*;
use place::*;
use shape::*;
use shares::*;
use status::*;
pub(super) use tables::base_tables;
use tables::*;
use units::*;
use values::*;
use verbs::*;

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
    /// "What did … come to?": the rows named are totalled by their one amount.
    came_to: bool,
    /// A number column is named ("what did parts come to": the parts' cost, not the rows').
    number_named: bool,
    /// The table whose rows a date named as an event counts ("hires": `hired_on`).
    dated_count: Option<usize>,
    /// Measures whose aggregate the measure word implied ("spend": a total).
    implied: Vec<Measure>,
    /// Text columns named but neither grouped by nor listed: each must be the column of
    /// a value the question names, or the question is refused.
    unused: Vec<ColumnRef>,
}

pub(super) use asked::check_roles_taken;

pub(super) fn assemble(model: &Model, reading: &Reading) -> Result<Intent, Unread> {
    if reading.unplaced_count {
        return Err(Unread::Unsupported("a count of rows not named".into()));
    }
    check_bounded_dates(model, reading)?;
    let mut parts = Parts {
        value_columns: value_columns(model, reading),
        verbs: reading.verbs.clone(),
        // "the total value of top-ups": money, as "how much".
        how_much: reading.how_much || reading.valued,
        came_to: reading.came_to,
        number_named: reading.items.iter().any(|i| match &i.what {
            Ref::Columns(cs) => cs.iter().any(|c| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|c| c.role == Role::Number)
            }),
            _ => false,
        }),
        ..Parts::default()
    };
    push_against(model, reading, &mut parts)?;
    let context = context_tables(model, &reading.items);
    // Measures are looked for near the values named too ("Lambda cost": cloud costs).
    let mut measure_context = context.clone();
    measure_context.extend(value_tables(model, &reading.literals));
    for item in &reading.items {
        place_item(model, &context, &measure_context, reading, item, &mut parts)?;
    }
    // "What do clients spend on average per booking": the average said, not also the
    // total the word implies.
    let implied = std::mem::take(&mut parts.implied);
    let implied_all = implied.clone();
    let explicit = |column: &ColumnRef, implied_aggregate: Aggregate| {
        parts.measures.iter().any(|m| {
            matches!(m, Measure::Column { column: c, aggregate, .. }
                if c == column && *aggregate != implied_aggregate)
        })
    };
    let dropped: Vec<Measure> = implied
        .into_iter()
        .filter(|m| matches!(m, Measure::Column { column, aggregate, .. } if explicit(column, *aggregate)))
        .collect();
    parts.measures.retain(|m| !dropped.contains(m));
    // "What percentage of on-board takings was paid in cash?": a share of money, not of
    // rows, which askpg does not compute.
    if parts.share.is_some() && implied_all.iter().any(|m| parts.measures.contains(m)) {
        return Err(Unread::Unsupported("a share of a total of money".into()));
    }
    let year_column = year_column(model, reading, &mut parts.numbers);
    let mut shape = shape(model, reading, &mut parts)?;
    // "Which department's majors paid the most tuition": ranked by the money paid, not
    // also by the number of payments named beside it.
    if let (Shape::Aggregate { measures, .. }, Some(_)) = (&mut shape, reading.direction) {
        let summed: Vec<usize> = measures
            .iter()
            .filter_map(|m| match m {
                Measure::Column {
                    aggregate: Aggregate::Sum,
                    column,
                    ..
                } => Some(column.table),
                _ => None,
            })
            .collect();
        if measures.len() > 1 {
            measures.retain(|m| !matches!(m, Measure::Rows { table } if summed.contains(table)));
        }
    }
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
    date_of_period(model, reading, &bases, &mut parts);
    let mut share_of = Vec::new();
    let mut narrowing = Vec::new();
    for (index, literal) in reading.literals.iter().enumerate() {
        let bound = reading
            .bounds
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, b)| *b);
        let near: Vec<usize> = context.iter().chain(&bases).copied().collect();
        // "customers who never received a shipment": a verb, not the status `received`
        // of purchase orders that no foreign key joins to what is asked.
        if let LiteralValue::Value(value) = &literal.value {
            let verb = literal.text.len() > 4
                && literal.text.ends_with("ed")
                && !literal.text.contains(' ');
            let unjoined = value.sources.iter().all(|s| {
                model
                    .tables
                    .iter()
                    .position(|t| t.plain == s.table)
                    .is_some_and(|t| {
                        bases
                            .iter()
                            .all(|&b| b != t && model.paths(b).get(t).cloned().flatten().is_none())
                    })
            });
            // (A negated one says "never": what it would deny is not known.)
            if verb && unjoined && !bases.is_empty() && !reading.negated.contains(&index) {
                continue;
            }
        }
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
            // "born between 1980 and 1989": the years bound the column, both included.
            (LiteralValue::Year(low), Some(column)) if reading.between => {
                let Some(LiteralValue::Year(high)) =
                    reading.literals.get(index + 1).map(|l| &l.value)
                else {
                    continue;
                };
                Filter::Compare {
                    column: column.clone(),
                    comparison: Comparison::Between,
                    number: format!("{low} AND {high}"),
                }
            }
            (LiteralValue::Year(year), Some(column)) => match bound {
                None => Filter::Equals {
                    column: column.clone(),
                    value: year.to_string(),
                },
                // "buildings built before 1960": a year column compared.
                Some(bound) => Filter::Compare {
                    column: column.clone(),
                    comparison: match bound {
                        Bound::Since => Comparison::AtLeast,
                        Bound::After => Comparison::Above,
                        Bound::Before => Comparison::Below,
                    },
                    number: year.to_string(),
                },
            },
            _ => {
                let named = periods::Named {
                    time: parts.time.as_ref(),
                    before: reading.literal_tables.get(index).copied().flatten(),
                };
                periods::literal_filter(model, &bases, &near, named, literal, bound)?
            }
        };
        if let Filter::Equals { column, .. } = &filter {
            if !value_near(model, reading, &context, &bases, index, literal, column)? {
                continue;
            }
        }
        let filter = match filter {
            Filter::Equals { column, value } if reading.negated.contains(&index) => {
                // "invoices that haven't been paid" where a status is 'unpaid' (beside
                // 'part_paid'): that status.
                let opposite = model.column(column.table, &column.column).and_then(|c| {
                    let lower = value.to_lowercase();
                    c.values
                        .iter()
                        .find(|v| {
                            let v = v.to_lowercase();
                            ["un", "not_", "not ", "non", "non_", "non-"]
                                .iter()
                                .any(|p| v.strip_prefix(p) == Some(lower.as_str()))
                        })
                        .cloned()
                });
                match opposite {
                    Some(value) => Filter::Equals { column, value },
                    None => Filter::NotEquals { column, value },
                }
            }
            _ if reading.negated.contains(&index) => {
                return Err(Unread::Unsupported(format!(
                    "\"not\" before {}",
                    literal.text
                )))
            }
            filter => filter,
        };
        if let (Filter::Equals { column, value }, None) = (&filter, &parts.time) {
            check_status_date(model, column, value)?;
        }
        match (&filter, parts.share) {
            // "What percentage of completed inspections failed": a value said before the
            // rows shared out narrows them, when another is the share's condition.
            (Filter::Equals { .. } | Filter::NotEquals { .. }, Some(t))
                if reading.literal_tables.get(index).copied().flatten() != Some(t) =>
            {
                narrowing.push(filter)
            }
            (Filter::Equals { .. } | Filter::NotEquals { .. }, Some(_)) => share_of.push(filter),
            _ => parts.filters.push(filter),
        }
    }
    last_value_is_the_share(&mut share_of, &mut narrowing);
    share_conditions(model, &mut parts, &mut share_of, &mut narrowing);
    if let Some((table, comparison, number)) = &reading.amount_compared {
        // "reviews that gave fewer than 3 stars": the number column the unit names.
        let by_unit = || match &model.columns_where(&[*table], |c| {
            c.role == Role::Number
                && c.words
                    .iter()
                    .any(|w| reading.units.iter().any(|u| w.starts_with(u)))
        })[..]
        {
            [one] => Some(one.clone()),
            _ => None,
        };
        let column = match by_unit() {
            Some(column) => column,
            None => resolve::table_measure(model, *table)?,
        };
        parts.filters.push(Filter::Compare {
            column,
            comparison: *comparison,
            number: number.clone(),
        });
    }
    if let Some((word, comparison, number)) = &reading.compared_by {
        // "routes longer than 5000 km": else the one number column whose name says the
        // unit (`distance_km`).
        let column = resolve::named_number(model, &bases, word).or_else(|e| {
            match &model.columns_where(&bases, |c| {
                c.role == Role::Number
                    && c.words
                        .iter()
                        .any(|w| reading.units.iter().any(|u| w.starts_with(u)))
            })[..]
            {
                [one] => Ok(one.clone()),
                _ => Err(e),
            }
        })?;
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
    let listed = match &shape {
        Shape::List { table, .. } => Some(*table),
        _ => None,
    };
    let listed_label = |c: &ColumnRef| {
        listed.is_some_and(|t| c.table == t && model.tables[t].label.contains(&c.column))
    };
    if reading.shows_more {
        show_asked(model, &mut shape, &mut parts.unused, |c| {
            !filtered.contains(c) && !listed_label(c)
        });
    }
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
    check_year_values(model, &parts.filters)?;
    check_units(model, reading, &shape, &parts.filters)?;
    check_verbs(model, &parts.verbs, &shape, &parts.filters)?;
    check_never(model, &bases, &parts.filters)?;
    check_passive_count(model, reading, &shape, &parts.filters)?;
    check_dated_verb(model, reading, &bases, &context, &parts.filters)?;
    check_value_after_verb(model, reading, &parts.filters)?;
    check_different_dated(model, reading, &parts.filters)?;
    counted_units(model, reading, &mut shape);
    counted_each_value(reading, &mut shape, &parts.filters);
    check_counted_value(model, reading, &shape)?;
    check_passive_date(model, reading, &bases, &parts.filters)?;
    check_dated_count_groups(model, &shape, parts.dated_count)?;
    compared_periods(reading, &mut parts);
    let growth = growth(
        reading,
        &shape,
        !parts.grains.is_empty(),
        &mut parts.filters,
    )?;
    parts.filters.sort();
    parts.filters.dedup();
    event_over_status(model, &mut parts.filters);
    values_apart(reading, &mut shape, &parts.filters)?;
    own_columns_for_groups(model, &mut shape);
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
    let mut shape =
        periods::with_time_groups(model, &bases, parts.time.as_ref(), &parts.grains, shape)?;
    groups_as_said(reading, &mut shape);
    ranked_value_rows(model, reading, &bases, rank, &mut shape);
    // "Which category had the highest revenue in each year": the top of each group, not
    // the top pair.
    if let (Some(_), Shape::Aggregate { groups, .. }) = (rank, &shape) {
        if groups.len() > 1 {
            return Err(Unread::Unsupported(
                "a ranking within each of several groups".into(),
            ));
        }
    }
    listed_when_asked(model, reading, &mut shape, rank);
    check_asked(model, reading, &shape, rank)?;
    if reading.current {
        current_only(model, &bases, &mut parts.filters)?;
    } else if reading.headcount {
        // (Where nothing says who left, every row is the staff.)
        let mut filters = parts.filters.clone();
        if current_only(model, &bases, &mut filters).is_ok() {
            parts.filters = filters;
        }
    }
    if reading.no_longer {
        no_longer_active(model, &bases, &mut parts.filters)?;
    }
    if reading.successful {
        successful_only(model, &bases, &mut parts.filters)?;
    }
    // "revenue" of payments that may fail: the ones that went through.
    if reading.collected || reading.earned {
        succeeded_only(model, &shape, &mut parts.filters, reading.collected);
    }
    // "medications that have been prescribed": a date named for nothing else says the
    // event happened; on the rows measured it would be dropped, so it is refused, as is
    // any other date named for nothing ("accounts still open": `opened_on`).
    let said = |time: &ColumnRef, event: bool| {
        reading.items.iter().any(|i| {
            matches!(&i.what, Ref::Columns(c) if c.contains(time))
                && (!event || i.text.ends_with("ed"))
        })
    };
    // "the most prescribed medication": the rows of the event the verb names are counted
    // ("How many orders were shipped?" names the orders, and is no count of them all).
    let counted = |time: &ColumnRef| {
        bases.contains(&time.table)
            && !reading
                .items
                .iter()
                .any(|i| i.what == Ref::Table(time.table))
    };
    if let Some(time) = parts
        .time
        .as_ref()
        .filter(|t| said(t, false) && !counted(t))
    {
        if !time_used(time, &shape, &parts.filters) {
            match related(model, &bases, time.table) {
                // "permits filed by applicants": a verb of making said of the rows
                // measured is no other rows' date (`appeals.filed_on`), unless they are
                // named.
                Related::Child
                    if said(time, true)
                        && reading.creation
                        && !reading
                            .items
                            .iter()
                            .any(|i| i.what == Ref::Table(time.table)) => {}
                // ("never had a matter opened": the rows said never there.)
                Related::Child
                    if said(time, true)
                        && (parts.absent.contains(&time.table)
                            || parts
                                .filters
                                .contains(&Filter::Absent { table: time.table })) => {}
                Related::Child if said(time, true) => {
                    parts.filters.push(Filter::Present { table: time.table })
                }
                // "employees who work in Berlin": a verb that partly names another table's
                // date (`work_date`) relates rows; only the rows measured are at stake.
                _ if !said(time, true) && !bases.contains(&time.table) => {}
                // "… never returned? Show the date rented": a date asked for by its name,
                // shown beside each row listed.
                _ if reading.shows_more
                    && named_as_date(reading, time)
                    && matches!(&shape, Shape::List { table, .. }
                        if list::reaches(model, *table, time.table)) =>
                {
                    if let Shape::List { shown, .. } = &mut shape {
                        if !shown.contains(time) {
                            shown.push(time.clone());
                        }
                    }
                }
                // "how many customers have churned?": the rows whose date of it is there.
                _ if said(time, true) && bases.contains(&time.table) && parts.share.is_none() => {
                    parts.filters.push(Filter::Filled {
                        column: time.clone(),
                    })
                }
                // "the overdue invoices with their due date": shown beside each one.
                _ if reading.shows_more
                    && matches!(&shape, Shape::List { table, .. }
                        if list::reaches(model, *table, time.table)) =>
                {
                    if let Shape::List { shown, .. } = &mut shape {
                        if !shown.contains(time) {
                            shown.push(time.clone());
                        }
                    }
                }
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
    show_when(model, reading, &mut shape, &parts.filters)?;
    list::order_shown(model, reading, &mut shape);
    check_held_groups(&shape, &parts.filters)?;
    check_child_periods(model, &shape, &parts.filters)?;
    check_counted_parents(model, &shape)?;
    check_average_per_number(model, reading, &shape)?;
    check_fewest(model, reading, &shape)?;
    check_activity_period(model, reading, &shape, &parts.filters)?;
    let averaged = reading.averaged && !average_of_counts(&mut shape);
    if averaged {
        check_averaged(&shape, rank)?;
    }
    let percent = reading.percent && share_of_rows(&shape);
    if growth.is_some() && (rank.is_some() || averaged) {
        return Err(Unread::Unsupported(
            "a change between periods of a ranking or an average per entity".into(),
        ));
    }
    let unit = converted_unit(reading, &shape);
    let in_currency = reading.currency_said && units::in_currency(&shape, &mut parts.filters);
    let every = asked::counts_of_each(model, reading, &shape)
        && parts.filters.is_empty()
        && share_of.is_empty()
        && rank.is_none()
        && !averaged
        && !percent
        && growth.is_none();
    Ok(Intent {
        shape,
        filters: parts.filters,
        share_of,
        rank,
        percent,
        averaged,
        growth,
        unit,
        decimals: reading.decimals,
        every,
        in_currency,
    })
}
