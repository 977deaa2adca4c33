//! Readings refused or narrowed once the parts are placed: a value too far from what is
//! measured, a status said as a verb of other rows, a date compared with another row's,
//! a grouping held to one value, a period beside child rows that have dates of their own,
//! a count of dated rows grouped by what they do not refer to.

use super::*;

/// Whether the value `literal` (a condition on `column`) is near enough what is measured
/// to be what the question means: false for a value to drop ("new customers"), an error for
/// one too far ("flights still open" is no flight with a booking with an open invoice: a
/// value two or more tables down from the rows measured, on a table not named).
pub(super) fn value_near(
    model: &Model,
    reading: &Reading,
    context: &[usize],
    bases: &[usize],
    index: usize,
    literal: &crate::ask::literals::Literal,
    column: &ColumnRef,
) -> Result<bool, Unread> {
    let far = bases.iter().any(|&b| {
        model
            .paths(b)
            .get(column.table)
            .cloned()
            .flatten()
            .is_some_and(|p| {
                // "new customers" are no customers with a ticket whose status is
                // new: a kind of row (no name) below, on a table not named, too.
                let named_row = model.tables[column.table].label.contains(&column.column);
                // ("lessons … fuel" is no lessons of an instructor who has claimed fuel
                // expenses: up to a row they share, then down to other rows, to a value
                // of a table not named. Orders of laptops go down to their lines and up.)
                let up_then_down = p
                    .iter()
                    .position(|(_, up)| *up)
                    .is_some_and(|first_up| p[first_up..].iter().any(|(_, up)| !up));
                let roundabout = p.len() >= 3 && up_then_down;
                roundabout
                    || (p.len() >= 2
                        || (!p.is_empty() && !named_row && !reading.items.iter().any(|i| i.absent)))
                        && p.iter().all(|(_, up)| !up)
            })
    });
    // "new customers": rows made, dated by the period if any, unless what is
    // measured or named holds the value (`vehicle.condition` for "new cars").
    let named = context.contains(&column.table) || bases.contains(&column.table);
    if !named && literal.text.eq_ignore_ascii_case("new") {
        return Ok(false);
    }
    // "how many parcels each carrier has shipped": the orders' status `SHIPPED`
    // is not what the carriers did, on rows nobody named.
    // (A table of statuses the rows measured point to, `enrolment.status_code` to
    // `enrolment_status(code, label)`, holds their own state: "completed enrolments".)
    let own_status = bases.iter().any(|&b| model.status_lookup(b, column.table));
    let done = reading.done_values.contains(&index)
        && !bases.contains(&column.table)
        && !context.contains(&column.table)
        && !own_status;
    if done {
        return Err(Unread::Unsupported(format!(
            "\"{}\" said of what was done, on {}",
            literal.text, model.tables[column.table].name
        )));
    }
    // "the biggest payment we've ever received" where an order's status may be
    // 'received', "shipments … with each carrier" where it may be 'shipped': a
    // verb (or its noun) that is a status of rows up the keys, named by nothing,
    // says what was done to what is measured, not which rows.
    // (A status said as a verb, 'received', or by its noun, "shipments" of
    // 'shipped'; not a kind of row, "cardiologists" of 'Cardiology'.)
    let verbal = match &literal.value {
        LiteralValue::Value(v) => {
            v.key.ends_with("ed")
                && (literal.span.is_empty() || literal.text.chars().all(|c| c.is_lowercase()))
        }
        _ => false,
    };
    let above = bases.iter().any(|&b| {
        model
            .paths(b)
            .get(column.table)
            .cloned()
            .flatten()
            .is_some_and(|p| !p.is_empty() && p.iter().all(|(_, up)| *up))
    });
    // (Not where the rows measured keep that verb's date, `shipments.delivered_at`.)
    let own_date = bases.iter().any(|&b| {
        let verb = stem(&literal.text.to_lowercase());
        model.tables[b].columns.iter().any(|c| {
            c.role == Role::Time
                && c.words
                    .iter()
                    .any(|w| verb.starts_with(w.as_str()) && w.len() >= 4)
        })
    });
    if verbal
        && above
        && !own_date
        && !own_status
        && !context.contains(&column.table)
        && !bases.contains(&column.table)
    {
        return Err(Unread::Unsupported(format!(
            "\"{}\" said of what is measured, or of the {} it belongs to",
            literal.text, model.tables[column.table].name
        )));
    }
    if far && !context.contains(&column.table) {
        return Err(Unread::Unsupported(format!(
            "\"{}\" on {}, far from what is measured",
            literal.text, model.tables[column.table].name
        )));
    }
    Ok(true)
}

/// "payments that came in after the due date": a date compared with a date of other rows,
/// which askpg does not do.
pub(super) fn check_bounded_dates(model: &Model, reading: &Reading) -> Result<(), Unread> {
    // (Not "wait before answer" of `calls.answered_at` beside the calls' own wait.)
    let named_otherwise = |t: usize| {
        reading.items.iter().any(|i| match &i.what {
            Ref::Table(u) => *u == t,
            Ref::Columns(cs) => cs
                .iter()
                .any(|c| c.table == t && !reading.bounded.contains(c)),
            _ => false,
        })
    };
    if let Some(date) = reading.bounded.iter().find(|c| {
        model
            .column(c.table, &c.column)
            .is_some_and(|m| m.role == Role::Time)
            && !named_otherwise(c.table)
    }) {
        return Err(Unread::Unsupported(format!(
            "a date compared with {} of another row",
            date.column
        )));
    }
    Ok(())
}

/// A grouping by a column held to exactly one value.
pub(super) fn check_held_groups(shape: &Shape, filters: &[Filter]) -> Result<(), Unread> {
    // "how does the waiting list break down by status?" where a status is 'waiting': a
    // grouping by a column held to one value of it says the value was no condition.
    if let Shape::Aggregate { groups, .. } = shape {
        // (Two values or more, "senior vs under 18 teams", are the groups compared.)
        let held = groups.iter().any(|g| {
            matches!(g, Group::Column(c) if filters.iter().filter(
                |f| matches!(f, Filter::Equals { column, .. } if column == c)).count() == 1)
        });
        if held {
            return Err(Unread::Unsupported(
                "a grouping by a column held to one value".into(),
            ));
        }
    }
    Ok(())
}

/// A period on a date above the rows measured beside child rows with dates of their own.
pub(super) fn check_child_periods(
    model: &Model,
    shape: &Shape,
    filters: &[Filter],
) -> Result<(), Unread> {
    // "bikes booked in since March" where the bookings (`repair_tickets`) have a date:
    // the period is theirs, not a date of the bikes' owners.
    for f in filters {
        let Filter::Present { table: child } = f else {
            continue;
        };
        // (A date of the rows' own parents, `customers.joined_on` of bikes; a date the
        // child reaches, `flights` of "a booking on a flight departing in 2023", is fine.)
        let bases = base_tables(model, shape);
        let above = |t: usize| {
            bases.iter().any(|&b| {
                model
                    .paths(b)
                    .get(t)
                    .cloned()
                    .flatten()
                    .is_some_and(|p| p.iter().all(|(_, up)| *up))
            })
        };
        let elsewhere = filters.iter().any(|g| {
            matches!(g, Filter::Period { column, .. } | Filter::Recent { column, .. }
                if column.table != *child && above(column.table))
        });
        if elsewhere && !periods::dates_of(model, *child).is_empty() {
            return Err(Unread::Unsupported(format!(
                "a period beside {} that have dates of their own",
                model.tables[*child].name
            )));
        }
    }
    Ok(())
}

/// "Number of hires per client industry": recruiters hired are no hires of clients; a
/// count of dated events grouped by what their rows do not refer to is refused.
pub(super) fn check_dated_count_groups(
    model: &Model,
    shape: &Shape,
    dated_count: Option<usize>,
) -> Result<(), Unread> {
    if let (Some(counted), Shape::Aggregate { groups, .. }) = (dated_count, shape) {
        let far = groups.iter().any(|g| {
            let t = match g {
                Group::Column(c) | Group::Time { column: c, .. } => c.table,
                Group::Entity(t) => *t,
            };
            t != counted && related(model, &[counted], t) != Related::Parent
        });
        if far {
            return Err(Unread::Unsupported(format!(
                "{} counted by a group they do not belong to",
                model.tables[counted].name
            )));
        }
    }

    Ok(())
}

/// Whether the question names a date column as a date ("the date rented", "start time").
pub(super) fn named_as_date(reading: &Reading, time: &ColumnRef) -> bool {
    reading.items.iter().any(|i| {
        matches!(&i.what, Ref::Columns(cs) if cs.contains(time))
            && i.text
                .split(' ')
                .any(|w| matches!(w, "date" | "dates" | "time" | "times" | "day"))
    })
}
