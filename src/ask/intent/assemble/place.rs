//! Placing one reference of a reading: a table, a measure word, a glossary term or a
//! column, and which of several columns a word names.

use super::*;

pub(super) fn place_item(
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
        // Chose the path already ([`Model::with_roles`]).
        Ref::Role(_) => return Ok(()),
        Ref::Duration => {
            let (table, start, end) = periods::span(model, context)?;
            let aggregate = match (item.aggregate, reading.direction) {
                (Some(a @ (Aggregate::Sum | Aggregate::Average | Aggregate::Median)), _) => a,
                (Some(a @ (Aggregate::Min | Aggregate::Max)), _) => a,
                (None, Some(direction)) if reading.limit.is_none() => {
                    parts.rank_used = true;
                    match direction {
                        Direction::Highest => Aggregate::Max,
                        Direction::Lowest => Aggregate::Min,
                    }
                }
                _ => {
                    return Err(Unread::Unsupported(format!(
                        "which total or average of the \"{}\"",
                        item.text
                    )))
                }
            };
            parts.measures.push(Measure::Duration {
                aggregate,
                table,
                start,
                end,
            });
            return Ok(());
        }
        // "How many lots have we sold": a verb of the rows counted, no amount sold.
        Ref::Measure(_) if verb_of_rows_counted(model, reading, parts, item) => {
            parts.verbs.push(item.text.clone());
            return Ok(());
        }
        // "How many litres of diesel did we sell": the litres counted are what was sold.
        Ref::Measure(word) if verb_of_units_counted(model, reading, item, word) => {
            parts.verbs.push(item.text.clone());
            return Ok(());
        }
        Ref::Measure(word) => {
            let column = resolve::measure_column(
                model,
                measure_context,
                word,
                item.activity,
                reading.we_spent,
            )
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
                return place_column(model, reading, column, item, parts);
            }
            // "how many units": a count of a quantity is its sum.
            let quantity = word
                .kinds
                .first()
                .is_some_and(|(k, _)| *k == Kind::Quantity);
            // ("How many monthly passes have we sold" is no sum of fares: only a column
            // of units counts so.)
            let counts_units = model.column(column.table, &column.column).is_some_and(|m| {
                column_measures(&m.words, &m.data_type)
                    .iter()
                    .any(|(k, _)| *k == Kind::Quantity)
            });
            let asked = match item.aggregate {
                Some(Aggregate::Count) if quantity && counts_units => Some(Aggregate::Sum),
                Some(Aggregate::Count) if quantity => {
                    return Err(Unread::Unsupported(format!(
                        "a count of \"{}\" from {}, which holds no units",
                        item.text, column.column
                    )))
                }
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
            // "what did we spend on maintenance": the cost of each request, which has no
            // quantity, is what it cost.
            let cost_of_row = model.column(column.table, &column.column).is_some_and(|c| {
                c.words.iter().any(|w| w == "cost")
                    && !c
                        .words
                        .iter()
                        .any(|w| matches!(w.as_str(), "unit" | "price" | "rate"))
            }) && resolve::line_quantity(model, &column).is_err();
            // (A trip's price is what was paid for it: there is nothing to multiply.)
            let paid = resolve::price_paid(model, measure_context).as_ref() == Some(&column);
            if aggregate == Aggregate::Sum
                && is_unit_price(model, &column)
                && !paid
                && !word.kinds.iter().any(|(k, _)| *k == Kind::Price)
                && !cost_of_row
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
            let measure = Measure::Column {
                aggregate,
                column,
                times,
            };
            if asked.is_none() {
                parts.implied.push(measure.clone());
            }
            parts.measures.push(measure);
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
        // "Name and how many" beside a groomer (a value of `staff.role`): a bare "name"
        // is of the rows the question names, never of another table's.
        Ref::Columns(candidates) if matches!(item.text.as_str(), "name" | "names") => {
            let named: Vec<ColumnRef> = candidates
                .iter()
                .filter(|c| {
                    measure_context.contains(&c.table)
                        || parts.value_columns.iter().any(|v| v.table == c.table)
                })
                .cloned()
                .collect();
            if named.is_empty() {
                return Err(Unread::Unsupported(
                    "a name of rows the question does not name".into(),
                ));
            }
            resolve_near(model, reading, context, item, &named, parts)?
        }
        Ref::Columns(candidates) if candidates.len() > 1 && !item.grouped => {
            // "How much in fees": money (`fee_amount`), not a percentage of it.
            let money: Vec<ColumnRef> = candidates
                .iter()
                .filter(|c| carries_money(model, c))
                .cloned()
                .collect();
            let candidates = match (parts.how_much, &money[..]) {
                (true, [_, ..]) if item.aggregate.is_none() => &money[..],
                _ => &candidates[..],
            };
            match narrowed(model, reading, item, candidates) {
                Narrowed::One(column) => column,
                Narrowed::Verb => {
                    parts.verbs.push(item.text.clone());
                    return Ok(());
                }
                Narrowed::Same => resolve_near(model, reading, context, item, candidates, parts)?,
            }
        }
        Ref::Columns(candidates) => resolve_near(model, reading, context, item, candidates, parts)?,
    };
    place_column(model, reading, column, item, parts)
}

pub(super) fn place_column(
    model: &Model,
    reading: &Reading,
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
        // "medications never prescribed", "customers who never placed an order": the date
        // a verb names is of rows of another table that are not there; of the rows the
        // question is about ("rentals not returned"), it is empty.
        let subject = reading.items.iter().find_map(|i| match i.what {
            Ref::Table(t) => Some(t),
            _ => None,
        });
        // ("never been checked out": the verb before its particle.)
        let verb = item.text.split(' ').next().unwrap_or_default();
        if role == Some(Role::Time)
            && subject != Some(column.table)
            && subject.is_some()
            && (verb.ends_with("ed") || crate::ask::vocab::grammar::is_past_verb(verb))
        {
            parts.absent.push(column.table);
            return Ok(());
        }
        // "visits that flagged no concerns" of a 'Y'/'N' column: the flag unset.
        if let (Some((_, no)), None) = (flag_values(model, &column), item.aggregate) {
            parts.filters.push(Filter::Equals { column, value: no });
            return Ok(());
        }
        // "rentals not returned", "customers without an email": no value.
        return match role {
            Some(Role::Time | Role::Text) if item.aggregate.is_none() && !item.grouped => {
                parts.filters.push(Filter::Missing { column });
                Ok(())
            }
            // "lots with no reserve price": a number left empty on some rows (one that is
            // never empty says none by a zero, which askpg does not guess).
            Some(Role::Number)
                if item.aggregate.is_none()
                    && !item.grouped
                    && model
                        .column(column.table, &column.column)
                        .is_some_and(|c| c.nullable && c.filled.is_some_and(|f| f < 0.999)) =>
            {
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
        // "invoices over 10,000 issued in May": the invoices' amount is compared, the
        // date dates them.
        if role == Some(Role::Time) {
            parts.filters.push(Filter::Compare {
                column: resolve::table_measure(model, column.table)?,
                comparison: *comparison,
                number: number.clone(),
            });
            parts.time = Some(column);
            return Ok(());
        }
        // "gifts between £5,000 and £20,000" of a yes/no `gift_aid`: no number is said,
        // the rows' amount is compared.
        let column = match role {
            Some(Role::Number) => column,
            _ => resolve::table_measure(model, column.table)?,
        };
        // "How many admissions cost between $10,000 and $20,000": the rows, counted.
        if item.aggregate == Some(Aggregate::Count) && !item.distinct {
            parts.measures.push(Measure::Rows {
                table: column.table,
            });
        }
        parts.filters.push(Filter::Compare {
            column,
            comparison: *comparison,
            number: number.clone(),
        });
        return Ok(());
    }
    // "orders that used a coupon code", "customers with an email": a value is there.
    // (Not "with the seller's shop name": what is asked beside each row.)
    if item.filled
        && !reading.shows_more
        && role == Some(Role::Text)
        && item.aggregate.is_none()
        && !item.grouped
        && !parts.value_columns.contains(&column)
    {
        parts.filters.push(Filter::Filled { column });
        return Ok(());
    }
    // "site visits that flagged concerns" of `concerns_flag` 'Y'/'N': the flag set, as a
    // boolean's would be.
    if let (Some(Role::Text), Some((yes, _)), false) =
        (role, flag_values(model, &column), item.grouped)
    {
        match item.aggregate {
            None => {
                parts.filters.push(Filter::Equals { column, value: yes });
                return Ok(());
            }
            Some(Aggregate::Share) => {
                parts.share = Some(column.table);
                parts.filters.push(Filter::Equals { column, value: yes });
                return Ok(());
            }
            _ => {}
        }
    }
    match (role, item.aggregate, item.grouped) {
        // "average rent by number of bedrooms": grouped by the number a column holds.
        (Some(Role::Number), Some(Aggregate::Count), true) if !item.distinct => {
            parts.groups.push(Group::Column(column))
        }
        (Some(Role::Number), Some(aggregate), _) if aggregate != Aggregate::Share => {
            // "how many hours were logged": the hours summed, not the rows that have some;
            // "how many calls" is no sum of `call_secs`, whose unit is not what was said.
            use crate::ask::vocab::grammar::unit_word;
            let unit_of_column = crate::ask::vocab::raw_words(&column.column.replace('_', " "))
                .last()
                .and_then(|w| unit_word(&w.to_lowercase()));
            let said_unit = crate::ask::vocab::raw_words(&item.text)
                .iter()
                .any(|w| unit_word(w).is_some() && unit_word(w) == unit_of_column);
            if aggregate == Aggregate::Count
                && !item.distinct
                && unit_of_column.is_some()
                && !said_unit
            {
                // "How many delays did we log" where `disruptions.kind` holds 'delay': the
                // rows of that kind, counted.
                if let Some((kind, value)) = kind_named(model, column.table, &item.text) {
                    parts.measures.push(Measure::Rows {
                        table: column.table,
                    });
                    parts.filters.push(Filter::Equals {
                        column: kind,
                        value,
                    });
                    return Ok(());
                }
                return Err(Unread::Unsupported(format!(
                    "a count of \"{}\" from {}",
                    item.text, column.column
                )));
            }
            // "How many fares were paid": the payments, counted; money is never a count
            // of its units.
            let money = carries_money(model, &column)
                || carries_cost(model, &column)
                || is_unit_price(model, &column);
            // ("How many units were scrapped": units, summed.)
            let said_units = item.text.split(' ').any(|w| {
                crate::ask::vocab::measures::measure_word(w)
                    .is_some_and(|m| m.kinds.iter().any(|(k, _)| *k == Kind::Quantity))
            });
            if aggregate == Aggregate::Count && !item.distinct && money && !said_units {
                parts.measures.push(Measure::Rows {
                    table: column.table,
                });
                return Ok(());
            }
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
        // "how many objects" is no count of the kinds of object (`object_type`): a column
        // that sorts rows into kinds, named without its kind word.
        (Some(Role::Text), Some(Aggregate::Count), false)
            if model.column(column.table, &column.column).is_some_and(|c| {
                c.words.last().is_some_and(|last| {
                    matches!(
                        last.as_str(),
                        "type"
                            | "categori"
                            | "category"
                            | "status"
                            | "kind"
                            | "class"
                            | "code"
                            | "level"
                            | "tier"
                            | "method"
                            | "channel"
                            | "mode"
                    ) && !crate::ask::vocab::raw_words(&item.text)
                        .iter()
                        .any(|w| crate::ask::vocab::stem(w) == *last)
                })
            }) =>
        {
            return Err(Unread::Unsupported(format!(
                "a count of \"{}\": the rows, or the kinds of {}",
                item.text, column.column
            )));
        }
        // "how many (different) clients": the distinct values of a text column.
        (Some(Role::Text), Some(Aggregate::Count), false) => {
            parts.measures.push(Measure::Column {
                aggregate: Aggregate::CountDistinct,
                column,
                times: None,
            });
        }
        // "What percentage of inspections passed": the share whose flag is set.
        (Some(Role::Other), Some(Aggregate::Share), false) if is_flag(model, &column) => {
            parts.share = Some(column.table);
            parts.filters.push(Filter::Equals {
                column,
                value: "true".into(),
            })
        }
        (Some(Role::Other), None, false) if is_flag(model, &column) => {
            // "discontinued products": the flag is set.
            parts.filters.push(Filter::Equals {
                column,
                value: "true".into(),
            })
        }
        // "with their start and end dates": a second date is shown too.
        (Some(Role::Time), None, false)
            if reading.shows_more && parts.time.as_ref().is_some_and(|t| *t != column) =>
        {
            parts.unused.push(column)
        }
        (Some(Role::Time), None, false) => parts.time = Some(column),
        // "the total of paid invoices issued in 2023": the total passed over the invoices
        // to the verb dating them.
        (Some(Role::Time), Some(aggregate @ (Aggregate::Sum | Aggregate::Average)), false) => {
            parts.measures.push(Measure::Column {
                aggregate,
                column: resolve::table_measure(model, column.table)?,
                times: None,
            });
            parts.time = Some(column);
        }
        // "How many hires in 2023?": the rows of the date's table, dated by it (a noun
        // in the plural; "class" of `class_date` before "sections" is no count of classes).
        (Some(Role::Time), Some(Aggregate::Count), false) if !modifies_table(reading, item) => {
            parts.measures.push(Measure::Rows {
                table: column.table,
            });
            parts.dated_count = Some(column.table);
            parts.time = Some(column);
        }
        // "How much have we refunded": money that went out is totalled alike.
        (Some(Role::Number), None, false)
            if parts.how_much
                && (carries_money(model, &column) || carries_cost(model, &column)) =>
        {
            parts.measures.push(Measure::Column {
                aggregate: Aggregate::Sum,
                column,
                times: None,
            })
        }
        (Some(Role::Number), None, false) => parts.numbers.push(column),
        // "Top 5 schools by annual budget": the rows named, ranked by their own number.
        (Some(Role::Number), None, true)
            if reading.direction.is_some()
                && !item.per
                && reading
                    .items
                    .iter()
                    .any(|i| i.what == Ref::Table(column.table) && !i.grouped) =>
        {
            parts.numbers.push(column)
        }
        // "Top 5 clients by placement fees": ranked by the money summed, never grouped by
        // each amount.
        (Some(Role::Number), None, true)
            if reading.direction.is_some() && !item.per && adds_up(model, &column) =>
        {
            parts.measures.push(Measure::Column {
                aggregate: Aggregate::Sum,
                column,
                times: None,
            })
        }
        // "Top 3 lots by hammer price" (a price of their sales): no grouping by each
        // price; ranking rows by another table's number is not built.
        (Some(Role::Number), None, true)
            if reading.direction.is_some()
                && !item.per
                && reading.items.iter().any(|i| {
                    matches!(i.what, Ref::Table(t) if t != column.table) && !i.grouped
                }) =>
        {
            return Err(Unread::Unsupported(
                "rows ranked by a number of other rows".into(),
            ));
        }
        (Some(Role::Text), None, true) | (Some(Role::Number), None, true) => {
            parts.groups.push(Group::Column(column))
        }
        // "incidents caused a delay": a verb of the rows named, not their `cause`, when no
        // value of the column is named. (A verb of rows not named, "patients visited", may
        // say which of those rows count: not read past.)
        (Some(Role::Text), None, false)
            if item.text.len() > 4
                && !item.text.contains(' ')
                && item.text.ends_with("ed")
                && !parts.value_columns.contains(&column)
                && reading
                    .items
                    .iter()
                    .any(|i| i.what == Ref::Table(column.table)) =>
        {
            parts.verbs.push(item.text.clone())
        }
        (Some(Role::Text), None, false) => parts.columns.push(column),
        // "how many wine club members": the rows whose flag says so, counted.
        (Some(Role::Other), Some(Aggregate::Count), false)
            if is_flag(model, &column) && !item.distinct =>
        {
            parts.measures.push(Measure::Rows {
                table: column.table,
            });
            parts.filters.push(Filter::Equals {
                column,
                value: "true".into(),
            })
        }
        _ => {
            return Err(Unread::Unsupported(format!(
                "what to do with column {}",
                column.column
            )))
        }
    }
    Ok(())
}

/// Whether a word in the singular qualifies the table named right after it ("class
/// sections").
fn modifies_table(reading: &Reading, item: &Item) -> bool {
    let at = reading.items.iter().position(|i| std::ptr::eq(i, item));
    item.singular
        && at.is_some_and(|k| {
            reading
                .items
                .get(k + 1)
                .is_some_and(|next| matches!(next.what, Ref::Table(_)))
        })
}

/// The one text column of `table` with a sampled value that is the word said, in the
/// singular ("delays": 'delay'), and that value.
fn kind_named(model: &Model, table: usize, text: &str) -> Option<(ColumnRef, String)> {
    let said = stem(text);
    let found: Vec<(ColumnRef, String)> = model.tables[table]
        .columns
        .iter()
        .filter(|c| c.role == Role::Text)
        .flat_map(|c| {
            c.values
                .iter()
                .filter(|v| stem(&v.to_lowercase()) == said)
                .map(|v| {
                    let column = ColumnRef {
                        table,
                        column: c.name.clone(),
                    };
                    (column, v.clone())
                })
        })
        .collect();
    match &found[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}
