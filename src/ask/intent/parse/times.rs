//! "booked a court more than 20 times": a number of times a verb was done, which counts
//! the rows the verb records per row named; and a grain said after a date ("bookings per
//! arrival month").

use super::*;

/// Places "times" after a compared number: the rows the verb before it names, counted per
/// row listed or counted. Returns the units taken; the comparison is left waiting (and the
/// question refused) when no verb named rows.
pub(super) fn times_counted(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    if word != "times" || i == 0 || !matches!(units[i - 1], Folded::Placeholder(_)) {
        return None;
    }
    let compared = pending.compared.take()?;
    let event = |it: &Item| {
        matches!(it.what, Ref::Table(_))
            && (it.text.ends_with("ed") || grammar::is_past_verb(&it.text))
    };
    let Some(k) = reading.items.iter().rposition(event) else {
        pending.compared = Some(compared);
        return Some(1);
    };
    let Ref::Table(rows) = reading.items[k].what else {
        unreachable!("an event item names a table")
    };
    // "booked a court …": the court is what each booking refers to, no more rows.
    let object = |it: &Item| {
        matches!(it.what, Ref::Table(o) if model.edges.iter().any(|e| e.child == rows && e.parent == o))
            && it.aggregate.is_none()
            && !it.grouped
            && it.compared.is_none()
    };
    if reading.items.len() == k + 2 && object(&reading.items[k + 1]) {
        reading.items.pop();
    }
    match reading.items.get_mut(k) {
        Some(item) if item.compared.is_none() => item.compared = Some(compared),
        _ => pending.compared = Some(compared),
    }
    Some(1)
}

/// "bookings per arrival month": the month of the date just named, grouped by; the units
/// taken.
pub(super) fn grain_of_date(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
    grain_column: bool,
) -> Option<usize> {
    let after_grouped_date = i > 0
        && reading.items.last().is_some_and(|l| {
            l.grouped
                && l.aggregate.is_none()
                && matches!(&l.what, Ref::Columns(cs) if !cs.is_empty() && cs.iter().all(|c| {
                    model.column(c.table, &c.column).is_some_and(|m| m.role == Role::Time)
                }))
        });
    if after_grouped_date && grammar::grain_word(word).is_some() && !grain_column {
        let mut date = reading.items.pop().expect("the date item");
        pending.grouped = true;
        pending.per |= date.per;
        let n = place_function_word(model, reading, pending, units, i, word).unwrap_or(1);
        date.grouped = false;
        date.per = false;
        reading.items.push(date);
        return Some(n);
    }
    None
}
