//! The listing shape: rows of one table by their label, ranked, filtered or named by a
//! value of theirs.

use super::*;

pub(super) fn list_shape(
    model: &Model,
    reading: &Reading,
    parts: &mut Parts,
) -> Result<Shape, Unread> {
    // "How much did we invoice for …" asks for an amount, never for rows.
    if reading.how_much && reading.direction.is_none() {
        return Err(Unread::Unsupported(
            "an amount asked, but rows found".into(),
        ));
    }
    parts.unused.append(&mut parts.columns);
    let mut shown = Vec::new();
    // "Which of our schools are charter schools?": one table named twice is one set of
    // rows (not of a table that refers to itself, where two mentions may be two roles).
    let self_referring = |t: usize| model.edges.iter().any(|e| e.child == t && e.parent == t);
    let mut seen = Vec::new();
    parts.tables.retain(|&(t, _)| {
        let again = seen.contains(&t) && !self_referring(t);
        seen.push(t);
        !again
    });
    // "employees never assigned to a project": the projects are what they have none of.
    if parts.tables.len() > 1 {
        let absent = parts.absent.clone();
        let first = parts.tables[0].0;
        // "never assigned to a project" of `assignments` (employee, project): each
        // assignment names a project (or, up required keys, a call type), so the project
        // says nothing more unless a value of it is named.
        let valued = |t: usize| parts.value_columns.iter().any(|c| c.table == t);
        let object = |t: usize| {
            !valued(t)
                && !reading.shows_more
                && absent.iter().any(|&a| {
                    model
                        .edges
                        .iter()
                        .any(|e| e.child == a && e.parent == first)
                        && required_up(model, a, t)
                })
        };
        parts
            .tables
            .retain(|(t, _)| *t == first || !(absent.contains(t) || object(*t)));
    }
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
                } else if !conditioned(model, reading, parts, first, t) {
                    // "discontinued products and their supplier": the supplier's name
                    // beside each product, the row each refers to.
                    let label = &model.tables[t].label;
                    if reading.shows_more && !label.is_empty() && reaches(model, first, t) {
                        shown.extend(label.iter().map(|l| ColumnRef {
                            table: t,
                            column: l.clone(),
                        }));
                        continue;
                    }
                    // "unavailable dishes and at which restaurant": not said as a row's
                    // own, askpg does not show it.
                    return Err(Unread::Unsupported(format!(
                        "the {} beside each of the {} listed",
                        model.tables[t].name, model.tables[first].name
                    )));
                }
            }
            parts.tables.truncate(1);
        }
    }
    // "What is the price of the Tiramisu?": the table of the row named by its name.
    if let ([], [column]) = (&parts.tables[..], &parts.numbers[..]) {
        let label = &model.tables[column.table].label;
        let named = parts
            .value_columns
            .iter()
            .any(|v| v.table == column.table && label.contains(&v.column));
        if named {
            parts.tables.push((column.table, true));
        }
    }
    // "Which movie is the longest?": rows named only by a value of theirs (`title_type`),
    // ranked or with a number asked ("and for Brazil?" alone lists nothing).
    if parts.tables.is_empty() && (reading.direction.is_some() || !parts.numbers.is_empty()) {
        let mut valued: Vec<usize> = parts.value_columns.iter().map(|c| c.table).collect();
        valued.sort_unstable();
        valued.dedup();
        if let [t] = valued[..] {
            if parts.numbers.iter().all(|c| c.table == t) {
                parts.tables.push((t, false));
            }
        }
    }
    // "fermenters that have never had a batch in them" of `tank_type` 'fermenter': the
    // rows the value names, those the absent rows would refer to.
    if parts.tables.is_empty() && !parts.absent.is_empty() {
        let mut valued: Vec<usize> = parts.value_columns.iter().map(|c| c.table).collect();
        valued.sort_unstable();
        valued.dedup();
        if let [t] = valued[..] {
            let refers = |a: &usize| model.edges.iter().any(|e| e.child == *a && e.parent == t);
            if parts.absent.iter().all(refers) && !parts.absent.contains(&t) {
                parts.tables.push((t, false));
            }
        }
    }
    // "list the overdue invoice numbers": the rows named by the label said, in the plural.
    if parts.tables.is_empty() {
        let labels: Vec<usize> = reading
            .items
            .iter()
            .filter_map(|i| match &i.what {
                Ref::Columns(cs) if !i.singular && !i.grouped && i.aggregate.is_none() => {
                    match &cs[..] {
                        [c] if model.tables[c.table].label == [c.column.clone()] => Some(c.table),
                        _ => None,
                    }
                }
                _ => None,
            })
            .collect();
        if let [t] = labels[..] {
            parts
                .unused
                .retain(|c| c.table != t || !model.tables[t].label.contains(&c.column));
            parts.tables.push((t, true));
        }
    }
    // "Which vendors sell alcohol?" of `vendors.sells_alcohol`: a flag said after the
    // name of its own table, the rows of that table having it.
    if parts.tables.is_empty() {
        let flagged: Vec<usize> = reading
            .items
            .iter()
            .filter_map(|i| match &i.what {
                Ref::Columns(cs) if i.aggregate.is_none() && !i.grouped => match &cs[..] {
                    [c] if is_flag(model, c) && starts_with_table(model, c.table, &i.text) => {
                        Some(c.table)
                    }
                    _ => None,
                },
                _ => None,
            })
            .collect();
        if let [t] = flagged[..] {
            parts.tables.push((t, false));
        }
    }
    let [(table, _)] = parts.tables[..] else {
        return Err(Unread::Unsupported(
            "no measure and not exactly one table to list".into(),
        ));
    };
    // "the mechanics with their specialty" of `mechanics`, keyed by the `people` row
    // each is: named by that row's name.
    if model.tables[table].label.is_empty() {
        if let Some(parent) = supertable(model, table) {
            shown.extend(model.tables[parent].label.iter().map(|l| ColumnRef {
                table: parent,
                column: l.clone(),
            }));
        }
    }
    // (Rows without a name may still be listed by what is asked beside each.)
    let unlabelled =
        model.tables[table].label.is_empty() && !reading.shows_more && shown.is_empty();
    if unlabelled || !parts.groups.is_empty() || !parts.grains.is_empty() {
        return Err(Unread::Unsupported("a listing askpg cannot label".into()));
    }
    // "Which trucks have never been fuelled? Registrations please.": no row is listed by
    // a name it lacks; the negation was of something else.
    let nameless = parts.filters.iter().any(|f| {
        matches!(f, Filter::Missing { column }
            if column.table == table && model.tables[table].label.contains(&column.column))
    });
    if nameless {
        return Err(Unread::Unsupported(
            "rows listed by a name they lack".into(),
        ));
    }
    // "list discontinued products" of a number column `discontinued`: a state said of
    // the rows (which number means it?), not the number shown beside them.
    if reading.direction.is_none() {
        for column in &parts.numbers {
            let stated = reading.items.iter().find(|i| {
                matches!(&i.what, Ref::Columns(cs) if cs.contains(column))
                    && i.text
                        .split(' ')
                        .next_back()
                        .is_some_and(|w| w.ends_with("ed"))
            });
            if let Some(item) = stated {
                return Err(Unread::Unsupported(format!(
                    "\"{}\" said of the number {}",
                    item.text, column.column
                )));
            }
        }
    }
    for child in std::mem::take(&mut parts.absent) {
        parts.filters.push(Filter::Absent { table: child });
    }
    // "List the invoices with their subtotal and tax": numbers shown beside each row, in
    // the order asked.
    if reading.direction.is_none()
        && reading.shows_more
        && !parts.numbers.is_empty()
        && parts.numbers.iter().all(|c| reaches(model, table, c.table))
    {
        shown.append(&mut parts.numbers);
    }
    let ranked = |word| resolve::ranked_column(model, table, word).ok();
    let extreme = reading.direction.is_some() && reading.limit.is_none();
    let by = match (&parts.numbers[..], reading.rank_by) {
        ([column], None)
            if column.table == table
                && !(reading.any && extreme)
                && (!reading.rank_time || time_like(model, column)) =>
        {
            Some(column.clone())
        }
        // "the price of our most expensive product": the top value of the column ranked;
        // "the lowest monthly fee of any plan": the lowest fee.
        // ("the longest running time" of `running_time_minutes`: no `length`, the number
        // said is what "longest" ranks.)
        ([column], rank_by)
            if rank_by.is_some_and(|word| {
                ranked(word).as_ref() == Some(column)
                    || (word.column.is_some() && ranked(word).is_none() && column.table == table)
            }) || (rank_by.is_none() && column.table == table && reading.any && extreme) =>
        {
            // ("the priciest product, by retail price": ranked by it, the product asked.)
            let by_said = reading
                .items
                .iter()
                .any(|i| i.grouped && matches!(&i.what, Ref::Columns(cs) if cs.contains(column)));
            // ("Which production has the longest running time?": the production; "the
            // cheapest venue to hire", "the most expensive dish on our price list": the
            // rows named before the number, as "the price of the most expensive dish" is
            // the number.)
            let at = |f: &dyn Fn(&Ref) -> bool| reading.items.iter().position(|i| f(&i.what));
            let table_first = match (
                at(&|w| *w == Ref::Table(table)),
                at(&|w| matches!(w, Ref::Columns(cs) if cs.contains(column))),
            ) {
                (Some(t), Some(c)) => t < c,
                _ => false,
            };
            let rows_asked = (reading.which_first && !reading.any) || table_first;
            if reading.limit.is_none() && !by_said && !rows_asked {
                parts.rank_used = true;
                let aggregate = match reading.direction {
                    Some(Direction::Lowest) => Aggregate::Min,
                    _ => Aggregate::Max,
                };
                return Ok(Shape::Aggregate {
                    measures: vec![Measure::Column {
                        aggregate,
                        column: column.clone(),
                        times: None,
                    }],
                    groups: Vec::new(),
                });
            }
            Some(column.clone())
        }
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
        // "Which 3 dispositions were used least": ranked by how many rows of the one
        // dated table that refers to them there are.
        let events: Vec<usize> = periods::dated_children(model, table);
        // (Asked of rows, "which …"; "How much was the biggest order" is its amount.)
        // (Nor other rows named: "the most attended bookings" counts those.)
        let others = reading
            .items
            .iter()
            .any(|i| matches!(i.what, Ref::Table(t) if t != table));
        let asked = reading.which_first && !reading.how_much && !others;
        if let ([child], false, true, true) = (
            &events[..],
            model.tables[table].label.is_empty(),
            shown.is_empty(),
            asked,
        ) {
            return Ok(Shape::Aggregate {
                measures: vec![Measure::Rows { table: *child }],
                groups: vec![Group::Entity(table)],
            });
        }
        return Err(Unread::Unsupported("a ranking without a column".into()));
    }
    // "… and where they're from": a place asked, none shown.
    let place = |c: &ColumnRef| {
        model.column(c.table, &c.column).is_some_and(|m| {
            m.words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "country"
                        | "city"
                        | "state"
                        | "region"
                        | "town"
                        | "location"
                        | "address"
                        | "postcode"
                        | "zip"
                        | "county"
                        | "province"
                        | "countri"
                        | "citi"
                )
            })
        })
    };
    if reading.place_asked && !shown.iter().any(place) {
        return Err(Unread::Unsupported("where the rows listed are".into()));
    }
    // "Which boats have a yard job still in progress, and what's the job?": more asked
    // beside each row, and nothing shown but the rows' names, answers less than asked.
    let related_rows = parts
        .filters
        .iter()
        .any(|f| matches!(f, Filter::Present { .. }));
    if reading.shows_more && shown.is_empty() && by.is_none() && related_rows {
        return Err(Unread::Unsupported(
            "what is asked beside each of the rows listed".into(),
        ));
    }
    Ok(Shape::List { table, by, shown })
}

/// Whether the rows of `table` refer to one row of `t` (itself, or up the foreign keys).
pub(super) fn reaches(model: &Model, table: usize, t: usize) -> bool {
    t == table
        || model
            .paths(table)
            .get(t)
            .cloned()
            .flatten()
            .is_some_and(|p| p.iter().all(|(_, up)| *up))
}

/// Whether a condition of the question is on `t`'s rows or on rows reached through them
/// from `first` ("dishes of the Taj Mahal restaurant", "wines from Italian producers": the
/// producers' region).
fn conditioned(model: &Model, reading: &Reading, parts: &Parts, first: usize, t: usize) -> bool {
    let mut tables: Vec<usize> = reading
        .literals
        .iter()
        .filter_map(|l| match &l.value {
            crate::ask::literals::LiteralValue::Value(v) => Some(v),
            _ => None,
        })
        .flat_map(|v| v.sources.iter())
        .filter_map(|s| model.tables.iter().position(|m| m.plain == s.table))
        .collect();
    tables.extend(parts.value_columns.iter().map(|c| c.table));
    tables.extend(
        parts
            .filters
            .iter()
            .filter_map(crate::ask::intent::compile::filter_target),
    );
    tables.iter().any(|&c| {
        c == t
            || model
                .path_tables(first, c)
                .is_some_and(|path| path.contains(&t))
    })
}

/// "List the overdue invoices with their amount and due date": the columns named but
/// otherwise unused that `asked` keeps, shown beside each row listed (its own, or a row's
/// it refers to), in the order the question names them later.
pub(super) fn show_asked(
    model: &Model,
    shape: &mut Shape,
    unused: &mut Vec<ColumnRef>,
    asked: impl Fn(&ColumnRef) -> bool,
) {
    let Shape::List { table, shown, .. } = shape else {
        return;
    };
    let columns: Vec<ColumnRef> = unused
        .iter()
        .filter(|c| asked(c) && reaches(model, *table, c.table))
        .cloned()
        .collect();
    for c in columns {
        unused.retain(|u| *u != c);
        if !shown.contains(&c) {
            shown.push(c);
        }
    }
}

/// Whether every row of `from` leads to a row of `to` up foreign keys that are never empty.
pub(super) fn required_up(model: &Model, from: usize, to: usize) -> bool {
    let mut seen = vec![from];
    let mut next = vec![from];
    while let Some(t) = next.pop() {
        for e in model.edges.iter().filter(|e| e.child == t) {
            let required = e
                .columns
                .iter()
                .all(|c| model.column(t, c).is_some_and(|c| !c.nullable));
            if required && !seen.contains(&e.parent) {
                if e.parent == to {
                    return true;
                }
                seen.push(e.parent);
                next.push(e.parent);
            }
        }
    }
    false
}

/// The labelled table whose row each row of `table` is: its key is also a foreign key
/// to that table's key (class-table inheritance: `drivers.id` → `people.id`).
pub(super) fn supertable(model: &Model, table: usize) -> Option<usize> {
    let key = model.tables[table].key.as_ref()?;
    let mut parents = model.edges.iter().filter(|e| {
        e.child == table
            && e.parent != table
            && e.columns == [key.clone()]
            && model.tables[e.parent]
                .key
                .as_ref()
                .is_some_and(|k| e.ref_columns == [k.clone()])
            && !model.tables[e.parent].label.is_empty()
    });
    match (parents.next(), parents.next()) {
        (Some(one), None) => Some(one.parent),
        _ => None,
    }
}

/// Whether `text` opens with the words of table `t`'s name ("vendors sell alcohol").
fn starts_with_table(model: &Model, t: usize, text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(stem).collect();
    let name = &model.tables[t].words;
    let name = if model.tables[t].module {
        &name[1..]
    } else {
        &name[..]
    };
    !name.is_empty() && words.len() > name.len() && words.starts_with(name)
}

/// Puts the columns shown beside a listing in the order the question says them; a name the
/// rows take from the row each is, unsaid, first ("the mechanics with their specialty" of
/// `people`).
pub(super) fn order_shown(model: &Model, reading: &Reading, shape: &mut Shape) {
    if let Shape::List { shown, table, .. } = shape {
        let label_of_super = |c: &ColumnRef| {
            model.tables[*table].label.is_empty()
                && supertable(model, *table) == Some(c.table)
                && model.tables[c.table].label.contains(&c.column)
        };
        // (Another row's name, where that row's table is said: "the customer".)
        let said_at = |c: &ColumnRef| {
            reading
                .items
                .iter()
                .position(|i| match &i.what {
                    Ref::Columns(cs) => cs.contains(c),
                    Ref::Table(t) => {
                        *t == c.table && *t != *table && model.tables[*t].label.contains(&c.column)
                    }
                    _ => false,
                })
                .map_or(usize::MAX, |p| p + 1)
                .min(if label_of_super(c) { 0 } else { usize::MAX })
        };
        shown.sort_by_key(said_at);
    }
}
