//! Refusals of what the question asked against the shape it compiles to: a year that is
//! also a column's value, a count nobody asked for, one number where rows are listed, an
//! order of time on what has none, and a count of the one row each group refers to.

use super::*;

/// "goals per month in 2023" where a season is named '2023': the calendar year, or that
/// season? Both are plausible, and they need not cover the same days.
pub(super) fn check_year_values(model: &Model, filters: &[Filter]) -> Result<(), Unread> {
    for f in filters {
        if let Filter::Equals { column, value } = f {
            // A column of years (`release_year`) holds the year itself.
            let of_years = model
                .column(column.table, &column.column)
                .is_some_and(|c| c.words.iter().any(|w| w == "year"));
            let year = !of_years
                && value.len() == 4
                && value.bytes().all(|b| b.is_ascii_digit())
                && (value.starts_with("19") || value.starts_with("20"));
            if year {
                return Err(Unread::Ambiguous {
                    what: format!("\"{value}\""),
                    readings: vec![
                        format!("the year {value}"),
                        format!(
                            "{}.{} = '{value}'",
                            model.tables[column.table].name, column.column
                        ),
                    ],
                    rephrase: Vec::new(),
                });
            }
        }
    }
    Ok(())
}

/// Whether "which" or "who" asks for rows, with no count and no ranking said.
pub(super) fn asks_rows(reading: &Reading) -> bool {
    let count_said = reading.items.iter().any(|i| {
        matches!(
            i.aggregate,
            Some(Aggregate::Count | Aggregate::CountDistinct)
        )
    });
    reading.which && reading.direction.is_none() && !count_said
}

/// Who and which ask for rows, "List" for rows, "in chronological order" for periods.
pub(super) fn check_asked(
    model: &Model,
    reading: &Reading,
    shape: &Shape,
    rank: Option<(Direction, u64)>,
) -> Result<(), Unread> {
    // "Who is the pharmacist in charge at each store?": people asked for, never a count
    // nobody asked for.
    let count_said = reading.items.iter().any(|i| {
        matches!(
            i.aggregate,
            Some(Aggregate::Count | Aggregate::CountDistinct)
        )
    });
    if reading.which && reading.direction.is_none() && !count_said {
        if let Shape::Aggregate { measures, groups } = shape {
            if !groups.is_empty() && measures.iter().all(|m| matches!(m, Measure::Rows { .. })) {
                return Err(Unread::Unsupported(
                    "a count where rows are asked for".into(),
                ));
            }
        }
    }
    // "Which massages are on the menu and what do they cost?": rows asked, never one
    // total of them.
    if reading.which_first && reading.direction.is_none() && !count_said {
        if let Shape::Aggregate { groups, .. } = shape {
            if groups.is_empty() {
                return Err(Unread::Unsupported(
                    "one number where rows are asked for".into(),
                ));
            }
        }
    }
    // "List everyone hired since 2023": rows, not how many there are.
    if reading.list_asked && matches!(shape, Shape::Aggregate { groups, .. } if groups.is_empty()) {
        return Err(Unread::Unsupported(
            "one number where a listing is asked".into(),
        ));
    }
    // "the 3 timekeepers with the lowest billing rates": the rows ranked are the ones
    // named first; an answer ranking something else answers another question.
    // ("Which clients …" listing the matters is no answer either.)
    let asked_rows = rank.is_some() || (reading.which_first && matches!(shape, Shape::List { .. }));
    // ("Who are our 5 biggest-spending subscribers?": the first rows named, after the
    // measure that ranks them.)
    let first_rows = reading
        .items
        .iter()
        .find(|i| matches!(i.what, Ref::Table(_)) || i.grouped);
    if let (true, Some(first)) = (asked_rows, first_rows) {
        if let (Ref::Table(t), None, false) = (&first.what, first.aggregate, first.absent) {
            let ranked = match shape {
                Shape::List { table, .. } => table == t,
                Shape::Aggregate { groups, .. } => groups.iter().any(|g| match g {
                    Group::Entity(e) => e == t,
                    // (Or the measured rows' own column of their name: `customer_name`.)
                    Group::Column(c) => {
                        c.table == *t
                            || model
                                .column(c.table, &c.column)
                                .is_some_and(|m| m.words.starts_with(&model.tables[*t].words))
                    }
                    Group::Time { .. } => false,
                }),
            };
            if !ranked {
                return Err(Unread::Unsupported(format!(
                    "other rows than the {} asked for",
                    first.text
                )));
            }
        }
    }
    // "in chronological order": the order a grouping by period has, and no other.
    if reading.chronological {
        let by_period = matches!(shape, Shape::Aggregate { groups, .. }
            if groups.iter().any(|g| matches!(g, Group::Time { .. })));
        if !by_period || rank.is_some() {
            return Err(Unread::Unsupported(
                "an order of time on what is not grouped by period".into(),
            ));
        }
    }
    Ok(())
}

/// "On average, how many guests come per booking?" where each booking has one guest: a
/// count of the rows each group refers to is one, so the question means something else (a
/// number of guests kept on the booking).
pub(super) fn check_counted_parents(model: &Model, shape: &Shape) -> Result<(), Unread> {
    if let Shape::Aggregate { measures, groups } = shape {
        // "the total purchase price of every truck": one row's own number summed per row.
        for m in measures {
            let Measure::Column {
                aggregate: Aggregate::Sum,
                column,
                ..
            } = m
            else {
                continue;
            };
            if groups.contains(&Group::Entity(column.table)) {
                return Err(Unread::Unsupported(format!(
                    "a total of {} per row of its own",
                    column.column
                )));
            }
        }
        let counted = measures.iter().filter_map(|m| match m {
            Measure::Rows { table } => Some(*table),
            _ => None,
        });
        for m in counted {
            for g in groups {
                let Group::Entity(g) = g else { continue };
                // "treatments by each vet" read as each treatment: one row per group.
                if *g == m {
                    return Err(Unread::Unsupported(format!(
                        "a count of the {} per {0}",
                        model.tables[m].name
                    )));
                }
                let upward = model
                    .paths(*g)
                    .get(m)
                    .cloned()
                    .flatten()
                    .is_some_and(|p| !p.is_empty() && p.iter().all(|(_, up)| *up));
                if upward {
                    return Err(Unread::Unsupported(format!(
                        "a count of the {} each {} refers to",
                        model.tables[m].name, model.tables[*g].name
                    )));
                }
            }
        }
    }
    Ok(())
}

/// "average number of enrollments per student": one count or total per entity, unranked.
/// "the average number of driving faults", grouped by nothing, of a number column that
/// counts them on each row: the column averaged over the rows. Whether it was so.
pub(super) fn average_of_counts(shape: &mut Shape) -> bool {
    let Shape::Aggregate { measures, groups } = shape else {
        return false;
    };
    match &mut measures[..] {
        [Measure::Column {
            aggregate: aggregate @ Aggregate::Sum,
            times: None,
            ..
        }] if groups.is_empty() => {
            *aggregate = Aggregate::Average;
            true
        }
        _ => false,
    }
}

pub(super) fn check_averaged(shape: &Shape, rank: Option<(Direction, u64)>) -> Result<(), Unread> {
    let per_entity = match shape {
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
    Ok(())
}

/// "Who have we hired since March 2024?": the rows, named, not how many.
pub(super) fn listed_when_asked(
    model: &Model,
    reading: &Reading,
    shape: &mut Shape,
    rank: Option<(Direction, u64)>,
) {
    if let Shape::Aggregate { measures, groups } = &*shape {
        if let ([Measure::Rows { table }], [], true, None) =
            (&measures[..], &groups[..], asks_rows(reading), rank)
        {
            if !model.tables[*table].label.is_empty() {
                *shape = Shape::List {
                    table: *table,
                    by: None,
                    shown: Vec::new(),
                };
            }
        }
    }
}

/// "Which beers have we retired, and when?": the date their condition is on, beside each
/// row listed; a listing that cannot say when is no answer (one ranked by a date says it).
pub(super) fn show_when(
    model: &Model,
    reading: &Reading,
    shape: &mut Shape,
    filters: &[Filter],
) -> Result<(), Unread> {
    let is_date = |c: &ColumnRef| {
        model
            .column(c.table, &c.column)
            .is_some_and(|m| m.role == Role::Time)
    };
    let by_date = matches!(&*shape, Shape::List { by: Some(by), .. } if is_date(by));
    let (Shape::List { table, shown, .. }, true, false) = (shape, reading.and_when, by_date) else {
        return Ok(());
    };
    let dated: Vec<ColumnRef> = filters
        .iter()
        .filter_map(|f| match f {
            Filter::Filled { column } | Filter::Period { column, .. } => Some(column),
            _ => None,
        })
        .filter(|c| c.table == *table && is_date(c))
        .cloned()
        .collect();
    match &dated[..] {
        [one] if shown.contains(one) => Ok(()),
        [one] => {
            shown.push(one.clone());
            Ok(())
        }
        _ if shown.iter().any(is_date) => Ok(()),
        _ => Err(Unread::Unsupported(
            "\"when\" beside a listing without one date".into(),
        )),
    }
}

/// "the average invoice value" of invoice lines (`invoice_no` on each line): an average
/// per invoice, of each one's total, not of the lines; refused rather than averaged over
/// the lines.
pub(super) fn check_average_per_number(
    model: &Model,
    reading: &Reading,
    shape: &Shape,
) -> Result<(), Unread> {
    let Shape::Aggregate { measures, .. } = shape else {
        return Ok(());
    };
    let averaged: Vec<&ColumnRef> = measures
        .iter()
        .filter_map(|m| match m {
            Measure::Column {
                aggregate: Aggregate::Average,
                column,
                ..
            } => Some(column),
            _ => None,
        })
        .collect();
    let numbered = |c: &ColumnRef| {
        model.tables[c.table].key.as_deref() != Some(c.column.as_str())
            && model.column(c.table, &c.column).is_some_and(|m| {
                matches!(m.role, Role::Text | Role::Key)
                    && m.words.last().is_some_and(|w| {
                        matches!(w.as_str(), "no" | "number" | "num" | "nr" | "ref")
                    })
            })
    };
    for item in &reading.items {
        let Ref::Columns(cs) = &item.what else {
            continue;
        };
        if item.aggregate == Some(Aggregate::Average)
            && cs.iter().any(numbered)
            && averaged.iter().any(|a| !cs.contains(a))
        {
            return Err(Unread::Unsupported(format!(
                "an average per \"{}\", of rows that share it",
                item.text
            )));
        }
    }
    Ok(())
}

/// "Which 3 packages have sold the fewest washes?": "fewest" ranks things counted, so an
/// answer ranking a total of money answers another question.
pub(super) fn check_fewest(model: &Model, reading: &Reading, shape: &Shape) -> Result<(), Unread> {
    let Shape::Aggregate { measures, .. } = shape else {
        return Ok(());
    };
    let summed_money = measures.iter().any(|m| match m {
        Measure::Column {
            aggregate: Aggregate::Sum,
            column,
            ..
        } => carries_money(model, column) || carries_cost(model, column),
        _ => false,
    });
    if reading.fewest && summed_money {
        return Err(Unread::Unsupported("\"fewest\" of a total of money".into()));
    }
    Ok(())
}

/// "How many projects has each client had?": rows counted per entity said after "each"
/// or "every", whose rows refer to it by one foreign key. Every entity is answered, those
/// with none too. (Tables kept in versions are not joined so.)
pub(super) fn counts_of_each(model: &Model, reading: &Reading, shape: &Shape) -> bool {
    let Shape::Aggregate { measures, groups } = shape else {
        return false;
    };
    let ([Measure::Rows { table }], [Group::Entity(entity)]) = (&measures[..], &groups[..]) else {
        return false;
    };
    let said_each = reading
        .items
        .iter()
        .any(|i| i.each && i.grouped && i.what == Ref::Table(*entity));
    said_each
        && model.tables[*table].current_version.is_none()
        && model.tables[*entity].current_version.is_none()
        && model.tables[*entity].key.is_some()
        && matches!(model.paths(*table).get(*entity), Some(Some(path))
            if matches!(path[..], [(_, true)]))
}

/// "How many hot chocolates did the café sell?": a product counted by its name, of rows
/// that say how many units each is (`quantity`), is the units summed.
pub(super) fn counted_units(model: &Model, reading: &Reading, shape: &mut Shape) {
    let Shape::Aggregate { measures, .. } = shape else {
        return;
    };
    let [Measure::Rows { table }] = measures[..] else {
        return;
    };
    // ("How many hot chocolate sales": the sales, the last word of `cafe_sales`; "sell",
    // "ordered": a verb of them.)
    let named = |t: usize| {
        let head = model.tables[t].words.last();
        reading.items.iter().any(|i| {
            i.what == Ref::Table(t)
                && head.is_some_and(|w| i.text.split(' ').any(|x| x.starts_with(w.as_str())))
        })
    };
    let quantities: Vec<_> = super::resolve::quantity_columns(model, table)
        .map(|c| c.name.clone())
        .collect();
    if let (true, false, [quantity]) = (reading.counted_name, named(table), &quantities[..]) {
        measures[0] = Measure::Column {
            aggregate: Aggregate::Sum,
            column: ColumnRef {
                table,
                column: quantity.clone(),
            },
            times: None,
        };
    }
}

/// "How many bookings were completed and how many were cancelled?": a count of each of
/// the values said of one column, grouped by it.
pub(super) fn counted_each_value(reading: &Reading, shape: &mut Shape, filters: &[Filter]) {
    let Shape::Aggregate { measures, groups } = shape else {
        return;
    };
    if !reading.counted_again
        || !groups.is_empty()
        || !matches!(measures[..], [Measure::Rows { .. }])
    {
        return;
    }
    let valued: Vec<&ColumnRef> = filters
        .iter()
        .filter_map(|f| match f {
            Filter::Equals { column, .. } => Some(column),
            _ => None,
        })
        .collect();
    // (The one column said with more than one value.)
    let mut several: Vec<&ColumnRef> = valued
        .iter()
        .filter(|c| valued.iter().filter(|o| o == c).count() > 1)
        .copied()
        .collect();
    several.dedup();
    if let [column] = several[..] {
        groups.push(Group::Column(column.clone()));
    }
}

/// "How many staff are optometrists?", where `appointments.optometrist_id` refers to
/// staff: a foreign key named by its role (`full` model's edge) says which path to take,
/// so the answer must take it; where no path of the answer (`model`, with the roles
/// chosen) walks it, the word said nothing askpg read.
pub(in crate::ask::intent) fn check_roles_taken(
    full: &Model,
    model: &Model,
    reading: &Reading,
    intent: &Intent,
) -> Result<(), Unread> {
    let mut tables = base_tables(model, &intent.shape);
    if let Shape::Aggregate { groups, .. } = &intent.shape {
        tables.extend(groups.iter().map(|g| match g {
            Group::Entity(t) => *t,
            Group::Column(c) | Group::Time { column: c, .. } => c.table,
        }));
    }
    if let Shape::List { by, shown, .. } = &intent.shape {
        tables.extend(by.iter().chain(shown).map(|c| c.table));
    }
    tables.extend(
        intent
            .filters
            .iter()
            .chain(&intent.share_of)
            .filter_map(crate::ask::intent::compile::filter_target),
    );
    let mut walked = tables.clone();
    for &from in &tables {
        for &to in &tables {
            walked.extend(model.path_tables(from, to).unwrap_or_default());
        }
    }
    for item in &reading.items {
        let Ref::Role(edge) = item.what else {
            continue;
        };
        let edge = &full.edges[edge];
        if !walked.contains(&edge.child) || !walked.contains(&edge.parent) {
            return Err(Unread::Unplaced(vec![item.text.clone()]));
        }
    }
    Ok(())
}

/// "How many tips were left in 2024?" where `stylist.left_on` is when a stylist left: the
/// participle said of the rows measured names another table's date, which a period cannot
/// be taken to date (the rows' own date may be meant).
pub(super) fn check_passive_date(
    model: &Model,
    reading: &Reading,
    bases: &[usize],
    filters: &[Filter],
) -> Result<(), Unread> {
    let Some(verb) = &reading.passive_verb else {
        return Ok(());
    };
    for f in filters {
        let Filter::Period { column, .. } = f else {
            continue;
        };
        let named = reading
            .items
            .iter()
            .any(|i| i.text == *verb && matches!(&i.what, Ref::Columns(cs) if cs.contains(column)));
        let own: Vec<ColumnRef> = bases
            .iter()
            .flat_map(|&b| crate::ask::intent::periods::dates_of(model, b))
            .collect();
        if named && !bases.contains(&column.table) && !own.is_empty() {
            return Err(Unread::Ambiguous {
                what: "the date a period applies to".into(),
                readings: std::iter::once(column)
                    .chain(&own)
                    .map(|c| format!("{}.{}", model.tables[c.table].name, c.column))
                    .collect(),
                rephrase: Vec::new(),
            });
        }
    }
    Ok(())
}
