//! Placing a table the question names: its rows counted, shared out, summed by their
//! amount or said to be absent; and the words and values that named it.

use super::*;

/// The words that named table `t` in the question, as typed.
pub(super) fn parts_text(reading: &Reading, t: usize) -> Option<String> {
    reading
        .items
        .iter()
        .find(|i| i.what == Ref::Table(t) && !i.text.is_empty())
        .map(|i| i.text.clone())
}

/// The columns holding the values the question names.
pub(super) fn value_columns(model: &Model, reading: &Reading) -> Vec<ColumnRef> {
    reading
        .literals
        .iter()
        .filter_map(|l| match &l.value {
            LiteralValue::Value(value) => Some(model.source_columns(&value.sources)),
            _ => None,
        })
        .flatten()
        .collect()
}

/// A table named: its rows counted, shared out, summed by their amount, compared by how
/// many refer to each, or said to be absent.
pub(super) fn place_table(
    model: &Model,
    t: usize,
    item: &Item,
    parts: &mut Parts,
) -> Result<(), Unread> {
    // "never placed an order": the orders are those absent already.
    if parts.absent.contains(&t) && !item.absent && item.aggregate.is_none() && !item.grouped {
        return Ok(());
    }
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
        && (resolve::holds_amounts(model, t) || (parts.came_to && !parts.number_named))
    {
        // "How much did we receive in payments": their amounts summed.
        let column = resolve::table_measure(model, t)?;
        parts.measures.push(Measure::Column {
            aggregate: Aggregate::Sum,
            column,
            times: None,
        });
    } else if item.aggregate == Some(Aggregate::Sum) && !resolve::holds_amounts(model, t) {
        // "total orders": how many; "the total of successful top-ups", "total refunded":
        // their amounts.
        let verb = item.text.ends_with("ed") && !item.text.contains(' ');
        let measure = resolve::table_measure(model, t)
            .or_else(|e| resolve::own_amount(model, t).filter(|_| verb).ok_or(e));
        match measure {
            Ok(column) if parts.how_much || verb => parts.measures.push(Measure::Column {
                aggregate: Aggregate::Sum,
                column,
                times: None,
            }),
            _ => parts.measures.push(Measure::Rows { table: t }),
        }
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

/// "turnover by region", "top 5 customers by revenue" of a wide table of sales lines that
/// keeps `region` and `customer_name` itself, with no foreign key to `regions` or
/// `customers`: each group named by a table the measured rows cannot reach is the
/// measured table's own column of that name, when it has exactly one.
pub(super) fn own_columns_for_groups(model: &Model, shape: &mut Shape) {
    let bases = base_tables(model, shape);
    let Shape::Aggregate { groups, .. } = shape else {
        return;
    };
    let [base] = bases[..] else {
        return;
    };
    let paths = model.paths(base);
    for group in groups.iter_mut() {
        let Group::Entity(t) = group else {
            continue;
        };
        if *t == base || paths.get(*t).is_some_and(|p| p.is_some()) {
            continue;
        }
        let words = &model.tables[*t].words;
        let own: Vec<&super::super::schema::ColumnModel> = model.tables[base]
            .columns
            .iter()
            .filter(|c| {
                c.role == Role::Text
                    && c.words.starts_with(words)
                    && matches!(&c.words[words.len()..], [] | [_])
                    && c.words[words.len()..].iter().all(|w| w == "name")
            })
            .collect();
        if let [one] = own[..] {
            *group = Group::Column(ColumnRef {
                table: base,
                column: one.name.clone(),
            });
        }
    }
}

/// The tables a measure or listing counts from: where periods and values attach.
pub(in crate::ask::intent) fn base_tables(model: &Model, shape: &Shape) -> Vec<usize> {
    let mut tables = Vec::new();
    match shape {
        Shape::List { table, .. } => tables.push(*table),
        Shape::Aggregate { measures, .. } => {
            for m in measures {
                match m {
                    Measure::Rows { table } | Measure::Share { table } => tables.push(*table),
                    Measure::Column { column, .. } => tables.push(column.table),
                    Measure::Duration { table, .. } => tables.push(*table),
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
