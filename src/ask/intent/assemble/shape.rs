//! The shape of an answer: measures (grouped by what else was named) or a listing of one
//! table, and the tables it counts from.

use super::*;

/// How a table named stands to the tables measured.
#[derive(Debug, PartialEq)]
pub(super) enum Related {
    /// Its rows refer to theirs, down the foreign keys only.
    Child,
    /// Theirs refer to its, up the foreign keys only.
    Parent,
    Other,
}

pub(super) fn related(model: &Model, bases: &[usize], t: usize) -> Related {
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

/// Whether the answer is a share of rows.
pub(super) fn share_of_rows(shape: &Shape) -> bool {
    matches!(shape, Shape::Aggregate { measures, .. } if measures.iter().any(|m| matches!(m, Measure::Share { .. })))
}

/// The table a glossary count counts: `COUNT(DISTINCT t.key)` or `COUNT(*)` over one table.
pub(super) fn counted_table(sql: &str, tables: &[usize]) -> Option<usize> {
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
pub(super) fn shape(model: &Model, reading: &Reading, parts: &mut Parts) -> Result<Shape, Unread> {
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
            && (model.tables[*table].label.is_empty() || (reading.when && !reading.and_when))
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
    // "laptops per manufacturer": rows named only by a value of theirs, grouped by a
    // column of the same table, are counted.
    if parts.measures.is_empty() && parts.tables.is_empty() && parts.numbers.is_empty() {
        // "SLA breaches by priority": a flag's rows alike.
        let flagged = parts.filters.iter().filter_map(|f| match f {
            Filter::Equals { column, .. } if is_flag(model, column) => Some(column.table),
            _ => None,
        });
        let mut valued: Vec<usize> = parts
            .value_columns
            .iter()
            .map(|c| c.table)
            .chain(flagged)
            .collect();
        valued.sort_unstable();
        valued.dedup();
        let grouped_on = |t: usize| {
            !parts.groups.is_empty()
                && parts
                    .groups
                    .iter()
                    .all(|g| matches!(g, Group::Column(c) if c.table == t))
        };
        if let [t] = valued[..] {
            if grouped_on(t) {
                parts.tables.push((t, false));
            }
        }
    }
    if parts.measures.is_empty() && parts.tables.is_empty() {
        // "the biggest invoice total we've ever issued": the number, not the date the verb
        // names.
        // A date only by a word that ranks time ("the latest"): "which brand gets rented
        // the most" asks for no date.
        let ranked: Vec<ColumnRef> = match &parts.numbers[..] {
            [] if reading.rank_time => parts.time.iter().cloned().collect(),
            [] => Vec::new(),
            // ("Of the vessels in service, which is the oldest?" by no length named.)
            numbers if reading.rank_time && !numbers.iter().all(|c| time_like(model, c)) => {
                return Err(Unread::Unsupported(
                    "a ranking by time of rows with no date or year named".into(),
                ))
            }
            numbers => numbers.to_vec(),
        };
        if let ([column], Some(direction), None) = (&ranked[..], reading.direction, reading.limit) {
            // "Which dog is the heaviest we've had?": the row, by its name, ranked.
            if reading.which && !model.tables[column.table].label.is_empty() {
                return Ok(Shape::List {
                    table: column.table,
                    by: Some(column.clone()),
                    shown: Vec::new(),
                });
            }
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
            // ("Volunteer hours by role": a number said, not the volunteers counted.)
            let grouped = !parts.groups.is_empty() || !parts.grains.is_empty();
            if (grouped || reading.change.is_some()) && parts.numbers.is_empty() {
                // "customers by country", "monthly orders", "the change in orders from
                // 2022 to 2023": rows counted. Rows that are amounts ("payments per
                // quarter") may be counted or summed.
                // ("Toll charges per toll road" of `tolls`: rows said as money, too.)
                let said_as_money = parts_text(reading, table).is_some_and(|text| {
                    text.contains(' ')
                        && text.rsplit(' ').next().is_some_and(|last| {
                            crate::ask::vocab::measures::measure_word(last).is_some_and(|m| {
                                m.kinds.iter().any(|(k, s)| *k == Kind::Money && *s >= 0.6)
                            })
                        })
                });
                let amounts = resolve::holds_amounts(model, table) || said_as_money;
                // ("What did we take in each quarter", "how much per month": the money.)
                let money_said = reading.received || reading.collected || reading.how_much;
                if amounts && !money_said {
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
                // "payments received per quarter", "What did paid orders bring in each
                // month": money that came in, totalled; never a count of the rows.
                parts.measures.push(match amounts || reading.received {
                    true => Measure::Column {
                        aggregate: Aggregate::Sum,
                        column: resolve::table_measure(model, table)?,
                        times: None,
                    },
                    false => Measure::Rows { table },
                });
            } else if let (true, Some(direction), None, true, numbers) = (
                model.tables[table].label.is_empty(),
                reading.direction,
                reading.limit,
                // "the longest trip in km": the number said, whatever "longest" ranks by.
                reading.rank_by.is_none() || parts.numbers.len() == 1,
                &parts.numbers[..],
            ) {
                // "the longest trip in km": that number's MAX.
                let named = match numbers {
                    [] => None,
                    // "Which handset has the highest price" asks for the handset.
                    [one] if one.table == table && !reading.which => Some(one.clone()),
                    _ => {
                        return Err(Unread::Unsupported(
                            "a number column next to a ranking".into(),
                        ))
                    }
                };
                // "the largest payment" of a table whose rows have no name: its measure's
                // MAX or MIN; "the first booking": its date's.
                let aggregate = match direction {
                    Direction::Highest => Aggregate::Max,
                    Direction::Lowest => Aggregate::Min,
                };
                let column = match (named, reading.rank_time) {
                    (Some(column), _) => column,
                    (None, true) => periods::time_column(model, &[table], parts.time.as_ref())?,
                    (None, false) => resolve::table_measure(model, table)?,
                };
                parts.tables.clear();
                parts.numbers.clear();
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
    // "minutes watched per month", "labour cost per year": an amount that adds up, per
    // period or group, is totalled (a price or a wage per group is not: averaged or
    // listed, askpg does not choose).
    if let ([], [column]) = (&parts.measures[..], &parts.numbers[..]) {
        let grouped = !parts.groups.is_empty() || !parts.grains.is_empty();
        let kinds = model
            .column(column.table, &column.column)
            .map(|c| column_measures(&c.words, &c.data_type))
            .unwrap_or_default();
        // (A cost that may be a price only more weakly, `repair_cost`, adds up too; a
        // unit's price never does.)
        let strength = |kind: Kind| {
            kinds
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, s)| *s)
                .fold(0.0, f32::max)
        };
        let unit_price = strength(Kind::Price) > 0.0
            && strength(Kind::Price) >= strength(Kind::Money).max(strength(Kind::Cost));
        let adds_up = !kinds.is_empty()
            && !unit_price
            && kinds.iter().all(|(k, strength)| {
                matches!(k, Kind::Money | Kind::Cost | Kind::Quantity) || *strength < 0.9
            })
            && kinds.iter().any(|(k, strength)| {
                matches!(k, Kind::Money | Kind::Cost | Kind::Quantity) && *strength >= 0.9
            });
        // ("Volunteer hours by role": the hours of shifts, each a volunteer's.)
        let own = |&(t, singular): &(usize, bool)| {
            t == column.table || (singular && required_up(model, column.table, t))
        };
        // (Hours, too: "volunteer hours by role".)
        let adds_up = adds_up || super::columns::adds_up(model, column);
        if grouped && adds_up && parts.tables.iter().all(own) {
            parts.measures.push(Measure::Column {
                aggregate: Aggregate::Sum,
                column: column.clone(),
                times: None,
            });
            parts.numbers.clear();
            parts.tables.clear();
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
        // "Top 3 cities by total fares" is no city's own `base_fare`: a total said of
        // each row's own number is refused.
        let totalled = reading.items.iter().any(|i| {
            matches!(i.what, Ref::Columns(_) | Ref::Measure(_))
                && matches!(i.aggregate, Some(Aggregate::Sum))
        });
        if column.table == *table && totalled {
            return Err(Unread::Unsupported(format!(
                "a total of each {}'s own {}",
                model.tables[*table].name, column.column
            )));
        }
        if column.table == *table && !model.tables[*table].label.is_empty() {
            let by = column.clone();
            parts.measures.clear();
            parts.tables.clear();
            let table = by.table;
            return Ok(Shape::List {
                table,
                by: Some(by),
                shown: Vec::new(),
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
    let named: Vec<usize> = parts
        .tables
        .iter()
        .map(|(t, _)| *t)
        .chain(parts.absent.iter().copied())
        .collect();
    // "passengers who never booked a flight": the flight a booking refers to qualifies
    // the bookings named, and changes nothing.
    let of_named_child = |t: usize| {
        named.iter().any(|&c| {
            c != t
                && related(model, &bases, c) == Related::Child
                && related(model, &[c], t) == Related::Parent
        })
    };
    for (t, _) in std::mem::take(&mut parts.tables) {
        if counted.contains(&t) || bases.contains(&t) || of_named_child(t) {
            continue;
        }
        // Unless something else is ranked ("top 5 cities by bookings on flights": the
        // flights qualify the bookings).
        let other_ranked = !parts.columns.is_empty() || !parts.groups.is_empty();
        if reading.direction.is_some() && !other_ranked {
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
            // "How many rides used a promo code?": the rides whose own reference to one
            // may be empty have one.
            (_, Related::Parent) => parts.filters.extend(optional_reference(model, &bases, t)),
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
    // "How many cancellations for each cancellation reason": the rows that have a reason,
    // counted per reason; the different reasons in a group of one reason are one.
    for measure in &mut parts.measures {
        if let Measure::Column {
            aggregate: Aggregate::CountDistinct,
            column,
            ..
        } = measure
        {
            if parts.groups.contains(&Group::Column(column.clone())) {
                let column = column.clone();
                *measure = Measure::Rows {
                    table: column.table,
                };
                parts.filters.push(Filter::Filled { column });
            }
        }
    }
    Ok(Shape::Aggregate {
        measures: std::mem::take(&mut parts.measures),
        groups: std::mem::take(&mut parts.groups),
    })
}

/// Whether a measure is an amount of money: a glossary measure, or an aggregate of a
/// column whose name says it holds money, a price or a cost.
pub(super) fn measures_money(model: &Model, measure: &Measure) -> bool {
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
        Measure::Rows { .. } | Measure::Share { .. } | Measure::Duration { .. } => false,
    }
}

pub(super) fn filter_columns<'a>(filters: impl IntoIterator<Item = &'a Filter>) -> Vec<ColumnRef> {
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

/// The condition that a base row refers to a `parent` row, when its one foreign key to it
/// may be NULL: `promo_code_id IS NOT NULL`.
fn optional_reference(model: &Model, bases: &[usize], parent: usize) -> Option<Filter> {
    let [base] = bases else {
        return None;
    };
    let path = model.paths(*base).get(parent).cloned().flatten()?;
    let [(edge, true)] = path[..] else {
        return None;
    };
    let [column] = &model.edges[edge].columns[..] else {
        return None;
    };
    model
        .column(*base, column)
        .filter(|c| c.nullable)
        .map(|_| Filter::Filled {
            column: ColumnRef {
                table: *base,
                column: column.clone(),
            },
        })
}
