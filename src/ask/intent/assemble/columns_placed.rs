//! Placing one column the question names: a condition on it (absent, compared, filled,
//! a flag set), a measure of it, a group by it, the date of the rows, or what a listing
//! ranks by.

use super::*;

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
            // "rooms that haven't reopened" of `closures.reopened_at`, empty on some
            // closures: no closure, or a closure not yet over; askpg does not guess.
            let sometimes_empty = model
                .column(column.table, &column.column)
                .is_some_and(|c| c.nullable && c.filled.is_some_and(|f| f < 0.999));
            if sometimes_empty {
                return Err(Unread::Unsupported(format!(
                    "\"not\" before {verb}, a date some {} lack",
                    model.tables[column.table].name
                )));
            }
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
            let unit_of_column = crate::ask::vocab::grammar::column_unit(&column.column);
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
                // ("How many tips were left" of a `tip_amount` some rows lack: the rows
                // that have one.)
                let nullable = model
                    .column(column.table, &column.column)
                    .is_some_and(|c| c.nullable);
                parts.measures.push(match nullable {
                    true => Measure::Column {
                        aggregate: Aggregate::Count,
                        column,
                        times: None,
                    },
                    false => Measure::Rows {
                        table: column.table,
                    },
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
