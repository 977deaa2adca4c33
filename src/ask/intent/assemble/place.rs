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
            // (A trip's price is what was paid for it, as is a lesson's of a table of
            // lessons given: there is nothing to multiply.)
            let paid = resolve::price_paid(model, measure_context).as_ref() == Some(&column)
                || (model.records_events(column.table)
                    && resolve::quantity_columns(model, column.table)
                        .next()
                        .is_none()
                    && resolve::line_quantity(model, &column).is_err());
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
