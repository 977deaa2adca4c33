//! Checks that make the engine refuse rather than guess: units, verbs standing for
//! relations, dates named for nothing, and the change between two periods.

use super::*;

/// Whether the intent uses the date column named: a period, a grouping, a measure or a
/// ranking on it.
pub(super) fn time_used(time: &ColumnRef, shape: &Shape, filters: &[Filter]) -> bool {
    let in_filters = filters.iter().any(|f| match f {
        Filter::Period { column, .. }
        | Filter::Recent { column, .. }
        | Filter::TimeTerm { column, .. }
        | Filter::Missing { column }
        | Filter::Filled { column }
        | Filter::Compare { column, .. } => column == time,
        _ => false,
    });
    let in_shape = match shape {
        Shape::Aggregate { measures, groups } => {
            measures.iter().any(|m| match m {
                Measure::Column { column, .. } => column == time,
                // "delivery time in days": the end of the span measured.
                Measure::Duration {
                    table, start, end, ..
                } => *table == time.table && (*start == time.column || *end == time.column),
                _ => false,
            })
                || groups
                    .iter()
                    .any(|g| matches!(g, Group::Time { column, .. } | Group::Column(column) if column == time))
        }
        Shape::List { by, .. } => by.as_ref() == Some(time),
    };
    in_filters || in_shape
}

/// "never" beside a condition on rows that refer to the rows counted: a condition on the
/// way to the rows never there is about them ("passengers who never flew first class");
/// any other may belong inside the absence or outside it, and is refused.
pub(super) fn check_never(
    model: &Model,
    bases: &[usize],
    filters: &[Filter],
) -> Result<(), Unread> {
    let absent: Vec<usize> = filters
        .iter()
        .filter_map(|f| match f {
            Filter::Absent { table } => Some(*table),
            _ => None,
        })
        .collect();
    if absent.is_empty() {
        return Ok(());
    }
    // On the way to one table of "never" ("never ordered in 2023"), the condition is
    // about those rows: it goes inside the absence.
    let on_the_way = |t: usize| {
        let ways = absent.iter().filter(|&&a| {
            bases
                .iter()
                .all(|&b| model.path_tables(b, a).is_some_and(|p| p.contains(&t)))
        });
        ways.count() == 1
    };
    let below = filters.iter().any(|f| match f {
        Filter::Equals { column, .. }
        | Filter::NotEquals { column, .. }
        | Filter::Period { column, .. }
        | Filter::Compare { column, .. }
        | Filter::Missing { column }
        | Filter::Filled { column } => {
            related(model, bases, column.table) == Related::Child && !on_the_way(column.table)
        }
        _ => false,
    });
    if below {
        return Err(Unread::Unsupported(
            "\"never\" beside a condition on the rows it is about".into(),
        ));
    }
    Ok(())
}

/// Two periods of one date: the change between them when the question asks for one
/// ("the difference in orders between 2022 and 2023"), else refused: both together, each
/// apart, or the change are all plausible, and the rows of both periods at once are none.
pub(super) fn growth(
    reading: &Reading,
    shape: &Shape,
    grouped_by_time: bool,
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
    // "Compare takings in 2023 with 2024": the two periods side by side, grouped by
    // their grain, when they meet.
    if let ([i, j], true, true, None) = (
        &periods[..],
        clash,
        reading.compared && grouped_by_time,
        &reading.change,
    ) {
        return match join_periods(filters, *i, *j) {
            true => Ok(None),
            false => Err(Unread::Unsupported(
                "a comparison of periods that do not meet".into(),
            )),
        };
    }
    let Some((change, word)) = &reading.change else {
        // "players born between 1990 and 1995": one period from the first to the last.
        if let ([i, j], true, true) = (&periods[..], clash, reading.between) {
            if let (
                Filter::Period {
                    column,
                    from: a,
                    until: b,
                },
                Filter::Period {
                    from: c, until: d, ..
                },
            ) = (&filters[*i], &filters[*j])
            {
                let merged = Filter::Period {
                    column: column.clone(),
                    from: a.clone().min(c.clone()),
                    until: b.clone().max(d.clone()),
                };
                filters[*i] = merged;
                filters.remove(*j);
                return Ok(None);
            }
        }
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
    if grouped_by_time {
        // "How did payments change from 2023 to 2024? Give the total for each year": the
        // totals of each period, side by side; two periods apart would bring in the
        // ones between them.
        return match periods[..] {
            [i, j] if same_column(&filters[i], &filters[j]) => {
                if !join_periods(filters, i, j) {
                    return Err(Unread::Unsupported(format!(
                        "a \"{word}\" by time between periods that do not meet"
                    )));
                }
                Ok(None)
            }
            _ => Err(Unread::Unsupported(format!(
                "a \"{word}\" by time without two periods of one date"
            ))),
        };
    }
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

/// A verb read as relating rows stands for the relation askpg joins along only when that
/// relation is the plain one — each foreign key named after the table it refers to
/// (`instructor_id`) — or one the verb names (`ship_via` for "shipped"). "Which
/// instructor taught the most students" is no count of the students an instructor
/// advises (`advisor_id`).
pub(super) fn check_verbs(
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
    // "How many accounts are deactivated?": a verb that ends the rows' state, relating
    // them to nothing else, says something askpg did not read.
    if tables.iter().all(|&t| t == base) {
        let words = &model.tables[base].words;
        let unread: Vec<&String> = verbs
            .iter()
            .zip(&stems)
            .filter(|(v, s)| {
                crate::ask::vocab::grammar::ends_a_state(v)
                    && !words
                        .iter()
                        .any(|w| w == *s || crate::ask::vocab::nominalizes(w, s))
            })
            .map(|(v, _)| v)
            .collect();
        if let Some(verb) = unread.first() {
            return Err(Unread::Unsupported(format!(
                "what \"{verb}\" says of the {}",
                model.tables[base].name
            )));
        }
    }
    let paths = model.paths(base);
    for t in tables {
        let Some(Some(path)) = paths.get(t) else {
            continue;
        };
        for (e, _) in path {
            let edge = &model.edges[*e];
            let parent = &model.tables[edge.parent];
            let plain = edge.columns.iter().zip(&edge.ref_columns).all(|(c, r)| {
                // `category_id` of `category` or of `courses_category`.
                c == r
                    || c.strip_suffix("_id").is_some_and(|named| {
                        named == stem(&parent.name)
                            || parent.words.last().is_some_and(|w| *w == stem(named))
                    })
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

/// "How many books were checked out in Q3?": the checkouts, or the distinct books? A count
/// of rows dated by rows that refer to them, in the passive, is refused.
pub(super) fn check_passive_count(
    model: &Model,
    reading: &Reading,
    shape: &Shape,
    filters: &[Filter],
) -> Result<(), Unread> {
    let Shape::Aggregate { measures, .. } = shape else {
        return Ok(());
    };
    let ([Measure::Rows { table }], true) = (&measures[..], reading.passive) else {
        return Ok(());
    };
    for f in filters {
        let (Filter::Period { column, .. } | Filter::Recent { column, .. }) = f else {
            continue;
        };
        let below = model
            .paths(*table)
            .get(column.table)
            .cloned()
            .flatten()
            .is_some_and(|p| !p.is_empty() && p.iter().all(|(_, up)| !up));
        if below {
            let (rows, dated) = (&model.tables[*table].name, &model.tables[column.table].name);
            return Err(Unread::Ambiguous {
                what: format!("a count of {rows} dated by their {dated}"),
                readings: vec![
                    format!("the number of {dated}"),
                    format!("the number of different {rows}"),
                ],
                rephrase: Vec::new(),
            });
        }
    }
    Ok(())
}

/// "customers who bought a car in 2022": the year the customers came, or the year of what
/// the verb relates them to? A period on the rows measured, beside a verb and another
/// dated table the question names, is refused.
pub(super) fn check_dated_verb(
    model: &Model,
    reading: &Reading,
    bases: &[usize],
    context: &[usize],
    filters: &[Filter],
) -> Result<(), Unread> {
    // "patients who had a prescription filled in 2024": rows that refer to those
    // measured, said beside a period, may be what the period dates.
    let present = filters.iter().any(|f| matches!(f, Filter::Present { .. }));
    if reading.verbs.is_empty() && !present {
        return Ok(());
    }
    for f in filters {
        let Filter::Period { column, .. } = f else {
            continue;
        };
        if !bases.contains(&column.table) {
            continue;
        }
        // Rows that refer to the rows measured (their purchases), not those they refer
        // to (a ticket's agent).
        let paths = model.paths(column.table);
        let below = |t: &usize| {
            paths
                .get(*t)
                .cloned()
                .flatten()
                .is_some_and(|p| p.first().is_some_and(|(_, up)| !up))
        };
        // With the rows between ("bought a car": the sales of the cars).
        let mut others: Vec<ColumnRef> = Vec::new();
        let related = filters.iter().filter_map(|f| match f {
            Filter::Present { table } => Some(*table),
            _ => None,
        });
        let context: Vec<usize> = context.iter().copied().chain(related).collect();
        for &t in context.iter().filter(|t| !bases.contains(t) && below(t)) {
            for between in model.path_tables(column.table, t).unwrap_or_default() {
                for date in crate::ask::intent::periods::dates_of(model, between) {
                    if !others.contains(&date) {
                        others.push(date);
                    }
                }
            }
        }
        // "How many guests stayed with us in 2022?": a verb that names neither the date
        // nor the rows, nor their making, is what happened in that period, and the
        // rows that refer to them may be it (their bookings), not the date of their own.
        if others.is_empty()
            && reading
                .verbs
                .iter()
                .any(|v| !dates_itself(model, column, v))
        {
            for (t, _) in model.tables.iter().enumerate() {
                if t != column.table && below(&t) && paths[t].as_ref().is_some_and(|p| p.len() == 1)
                {
                    others.extend(crate::ask::intent::periods::dates_of(model, t));
                }
            }
        }
        if !others.is_empty() {
            return Err(Unread::Ambiguous {
                what: "the date a period applies to".into(),
                readings: std::iter::once(column)
                    .chain(&others)
                    .map(|c| format!("{}.{}", model.tables[c.table].name, c.column))
                    .collect(),
                rephrase: Vec::new(),
            });
        }
    }
    Ok(())
}

/// Whether `verb` says what `column`'s date is: a word of the column ("hired" of
/// `hire_date`), of its table ("ordered" of `orders`), or the making of the rows.
pub(super) fn dates_itself(model: &Model, column: &ColumnRef, verb: &str) -> bool {
    const MAKING: &[&str] = &[
        "made",
        "placed",
        "created",
        "submitted",
        "booked",
        "opened",
        "issued",
        "raised",
        "filed",
        "joined",
        "registered",
        "added",
        "signed",
        "enrolled",
        "founded",
    ];
    let s = stem(verb);
    let names = |words: &[String]| {
        words
            .iter()
            .any(|w| *w == s || crate::ask::vocab::nominalizes(w, &s))
    };
    MAKING.contains(&verb)
        || model
            .column(column.table, &column.column)
            .is_some_and(|c| names(&c.words))
        // (Of the table's head noun: `sales_packages` are packages, not sales.)
        || names(model.tables[column.table].words.last().map_or(&[][..], std::slice::from_ref))
}

/// "How many different patients did we see in 2024": rows counted as "different" are
/// counted across other rows (their visits); a period on their own date (when they
/// registered) is not what was asked, when other rows that refer to them are dated.
pub(super) fn check_different_dated(
    model: &Model,
    reading: &Reading,
    filters: &[Filter],
) -> Result<(), Unread> {
    for item in reading.items.iter().filter(|i| i.distinct) {
        let Ref::Table(t) = item.what else {
            continue;
        };
        let own_period = filters
            .iter()
            .any(|f| matches!(f, Filter::Period { column, .. } if column.table == t));
        let dated_children = model.edges.iter().any(|e| {
            e.parent == t && !crate::ask::intent::periods::dates_of(model, e.child).is_empty()
        });
        if own_period && dated_children {
            return Err(Unread::Unsupported(format!(
                "different {} over a period of their own dates",
                item.text
            )));
        }
    }
    Ok(())
}

/// "How many laptops were ordered in 2023": the orders, or the laptops (units)? A value
/// counted beside the verb of the rows counted is refused.
pub(super) fn check_counted_value(
    model: &Model,
    reading: &Reading,
    shape: &Shape,
) -> Result<(), Unread> {
    if let (true, Shape::Aggregate { measures, .. }) = (reading.counted_value, &shape) {
        let by_verb = |t: usize| {
            reading
                .items
                .iter()
                .any(|i| i.what == Ref::Table(t) && i.text.ends_with("ed"))
        };
        if let [Measure::Rows { table }] = measures[..] {
            if by_verb(table) {
                return Err(Unread::Ambiguous {
                    what: format!("what is counted beside {}", model.tables[table].name),
                    readings: vec![
                        format!("the number of {}", model.tables[table].name),
                        "the number of things of that value".into(),
                    ],
                    rephrase: Vec::new(),
                });
            }
        }
    }
    Ok(())
}

/// Joins the periods `filters[i]` and `filters[j]` of one date into one from the first's
/// start to the last's end, when one ends where the other begins.
fn join_periods(filters: &mut Vec<Filter>, i: usize, j: usize) -> bool {
    let (
        Filter::Period {
            from: a,
            until: b,
            column,
        },
        Filter::Period {
            from: c, until: d, ..
        },
    ) = (&filters[i], &filters[j])
    else {
        return false;
    };
    let joined = match (b == c, d == a) {
        (true, _) if !a.is_empty() && !d.is_empty() => Some((a.clone(), d.clone())),
        (_, true) if !c.is_empty() && !b.is_empty() => Some((c.clone(), b.clone())),
        _ => None,
    };
    let Some((from, until)) = joined else {
        return false;
    };
    let column = column.clone();
    filters.remove(j);
    filters[i] = Filter::Period {
        column,
        from,
        until,
    };
    true
}
