//! Items as they are placed: the aggregate, grouping, comparison and absence pending
//! from the words before pass to the item named next.

use super::*;

/// What a run of words refers to.
#[derive(Debug, Clone, PartialEq)]
pub(in crate::ask::intent) enum Ref {
    Table(usize),
    /// Candidate columns; more than one until the context decides.
    Columns(Vec<ColumnRef>),
    Term(usize),
    Grain(Grain),
    /// A measure word of the vocabulary ("revenue", "spent"), placed on a column later.
    Measure(&'static MeasureWord),
    /// The time between a row's start and end ("stay", "duration", "nights").
    Duration,
    /// A foreign key named by its role (`destination_airport_id` for "destination"), of
    /// two or more between one pair of tables: the path goes along it.
    Role(usize),
}

/// One placed reference and how it was introduced.
#[derive(Debug, Clone)]
pub(in crate::ask::intent) struct Item {
    pub what: Ref,
    /// After "by", "per", "each", "every".
    pub grouped: bool,
    /// After "per" ("average payment per customer").
    pub per: bool,
    /// After "each" or "every" ("how many projects has each client had").
    pub each: bool,
    pub aggregate: Option<Aggregate>,
    pub distinct: bool,
    /// After a comparison: the comparison and its number.
    pub compared: Option<(Comparison, String)>,
    /// After "never" / "without".
    pub absent: bool,
    /// After "with", "used", "has" ("orders that used a coupon code"): a column that
    /// holds a value.
    pub filled: bool,
    /// The word as typed equals its stem (singular).
    pub singular: bool,
    /// The words as typed (lower case).
    pub text: String,
    /// The activity word after a measure word ("units sold"): the tables that record it.
    pub activity: Option<&'static MeasureWord>,
}

/// Places an item. An aggregate that passed over a table goes to the next column or
/// measure word ("average book price"); before anything else, to that table ("total
/// payments per month").
pub(super) fn push_item(
    reading: &mut Reading,
    pending: &mut Pending,
    what: Ref,
    singular: bool,
    text: String,
) {
    let takes_aggregate = matches!(
        what,
        Ref::Columns(_) | Ref::Measure(_) | Ref::Term(_) | Ref::Duration
    ) && !pending.grouped;
    if !takes_aggregate {
        settle_aggregate(reading, pending);
    }
    // "parts with stock below their reorder level": the column compared with the one
    // named before it, of the same row and kind.
    // "returned after their due date": a date after or before another.
    let dated = match pending.bound {
        Some(Bound::After) => Some(Comparison::Above),
        Some(Bound::Before) => Some(Comparison::Below),
        _ => None,
    };
    if let (Ref::Columns(right), Some(comparison), None) =
        (&what, pending.comparison.or(dated), &pending.compared)
    {
        let left = reading.items.last().and_then(|l| match &l.what {
            Ref::Columns(cs) if l.aggregate.is_none() && !l.grouped => cs.first().cloned(),
            _ => None,
        });
        if let (Some(left), [right]) = (left, &right[..]) {
            if left.table == right.table && left != *right && reading.against.is_none() {
                reading.items.pop();
                reading.against = Some((left, comparison, right.clone()));
                pending.comparison = None;
                pending.bound = None;
                return;
            }
        }
    }
    // "wait before answer", "before tax": a bound followed by a thing, not a date, is no
    // bound of a period.
    if let (Ref::Columns(columns), Some(_)) = (&what, dated) {
        reading.bounded.extend(columns.iter().cloned());
    }
    if matches!(what, Ref::Columns(_) | Ref::Table(_) | Ref::Measure(_)) {
        pending.bound = None;
    }
    let is_table = matches!(what, Ref::Table(_));
    // "any dish on the menus": a second name of the rows just named says nothing more.
    let plain = |i: &Item| {
        i.aggregate.is_none() && !i.grouped && !i.per && !i.absent && i.compared.is_none()
    };
    let renamed = reading
        .items
        .last()
        .is_some_and(|last| last.what == what && is_table && plain(last) && last.text != text);
    if renamed
        && pending.aggregate.is_none()
        && !pending.grouped
        && !pending.per
        && !pending.absent
        && pending.compared.is_none()
        && pending.comparison.is_none()
    {
        return;
    }
    let mut item = take_item(pending, what, singular);
    item.text = text;
    // "the average delay caused by an incident, in minutes", "a delay between 10 and 20
    // minutes": one column named twice (`delay_minutes`) is one item; "average asking
    // rent" (`listed_rent`, then any rent), "minutes subscribers watched" (any minutes,
    // then `watch_minutes`): the one column both name.
    if let Ref::Columns(new) = &item.what {
        let earlier = reading.items.iter_mut().find(|e| {
            let Ref::Columns(old) = &e.what else {
                return false;
            };
            // (A unit alone, "in minutes", chooses no column among several lengths.)
            let unit = crate::ask::vocab::grammar::unit_word(&item.text).is_some();
            let same = (old.len() == 1 && new.contains(&old[0]))
                || (new.len() == 1 && old.contains(&new[0]) && (old.len() == 1 || !unit));
            same && e.grouped == item.grouped
                && (e.compared.is_none() || item.compared.is_none())
                && (e.aggregate.is_none() || item.aggregate.is_none())
        });
        if let Some(earlier) = earlier {
            if let (Ref::Columns(old), [one]) = (&earlier.what, &new[..]) {
                if old.len() > 1 {
                    earlier.what = Ref::Columns(vec![one.clone()]);
                }
            }
            earlier.compared = earlier.compared.take().or(item.compared);
            earlier.aggregate = earlier.aggregate.or(item.aggregate);
            return;
        }
    }
    pending.kept_for = match pending.aggregate {
        Some(_) if is_table && item.aggregate.is_none() => Some(reading.items.len()),
        Some(_) => pending.kept_for,
        None => None,
    };
    reading.items.push(item);
}

pub(super) fn settle_aggregate(reading: &mut Reading, pending: &mut Pending) {
    if let Some(k) = pending.kept_for.take() {
        reading.items[k].aggregate = pending.aggregate.take();
    }
}

pub(super) fn take_item(pending: &mut Pending, what: Ref, singular: bool) -> Item {
    // "average book price": an aggregate of a column passes over the table before it.
    let keeps_aggregate = matches!(what, Ref::Table(_))
        && !matches!(
            pending.aggregate,
            None | Some(Aggregate::Count | Aggregate::Share)
        );
    let kept = if keeps_aggregate {
        pending.aggregate.take()
    } else {
        None
    };
    let item = Item {
        what,
        grouped: std::mem::take(&mut pending.grouped),
        per: std::mem::take(&mut pending.per),
        each: std::mem::take(&mut pending.each),
        aggregate: pending.aggregate.take(),
        distinct: std::mem::take(&mut pending.distinct),
        compared: match pending.compare_column {
            None => pending.compared.take(),
            Some(_) => None,
        },
        absent: std::mem::take(&mut pending.absent),
        filled: false,
        singular,
        text: String::new(),
        activity: None,
    };
    pending.aggregate = pending.aggregate.or(kept);
    item
}

/// Keeps a value a word names, with the table of its first column.
pub(super) fn push_known(
    model: &Model,
    reading: &mut Reading,
    value: crate::ask::literals::KnownValue,
    text: &str,
) {
    let t = value
        .sources
        .first()
        .and_then(|s| model.tables.iter().position(|t| t.plain == s.table));
    push_value(reading, value, text.to_owned(), t);
}

/// Keeps a value the words name without typing it ("5-star", "concerts", "cancellation
/// rate"), with the table it is in: a literal of no span in the question.
pub(super) fn push_value(
    reading: &mut Reading,
    value: crate::ask::literals::KnownValue,
    text: String,
    table: Option<usize>,
) {
    reading.literal_tables.push(table);
    reading.literals.push(Literal {
        kind: crate::ask::literals::LiteralKind::Value,
        span: 0..0,
        text,
        value: LiteralValue::Value(value),
        relative: None,
    });
}

/// Places an item beside what is pending, which stays for the words after it: a role
/// ("destination"), an empty end date ("still open"), a negated flag ("inactive").
pub(super) fn push_aside(reading: &mut Reading, what: Ref, absent: bool, text: &str) {
    let mut idle = Pending {
        absent,
        ..Pending::default()
    };
    let mut item = take_item(&mut idle, what, true);
    item.text = text.to_owned();
    reading.items.push(item);
}

/// The table named last among the items read so far.
pub(super) fn last_table(reading: &Reading) -> Option<usize> {
    reading.items.iter().rev().find_map(|item| match item.what {
        Ref::Table(t) => Some(t),
        _ => None,
    })
}

/// The table the words right after unit `i` name, if they name one.
pub(super) fn next_table(model: &Model, units: &[Folded], i: usize) -> Option<usize> {
    match schema_phrase(model, units, i + 1) {
        Some((Ref::Table(t), _, _)) => Some(t),
        _ => None,
    }
}

/// Keeps `value` of `column` as a value the question names, said as `text`.
pub(super) fn push_column_value(
    model: &Model,
    reading: &mut Reading,
    column: &ColumnRef,
    value: String,
    text: String,
) {
    let known = crate::ask::literals::KnownValue {
        key: value.to_lowercase(),
        sources: vec![crate::ask::literals::ValueSource {
            table: model.tables[column.table].plain.clone(),
            column: column.column.clone(),
            value,
        }],
    };
    push_value(reading, known, text, Some(column.table));
}

/// A comparison left at the end: of the column its word named ("longer than 150"), of
/// the last column or measure, or of the amount of each row of the last table ("expenses
/// over 1000").
pub(super) fn settle_compared(reading: &mut Reading, pending: &mut Pending) {
    if let Some(column) = pending.compare_column.take() {
        if let Some((comparison, number)) = pending.compared.take() {
            reading.compared_by = Some((column, comparison, number));
        }
    }
    if let (Some(compared), Some(last)) = (&pending.compared, reading.items.last_mut()) {
        if matches!(last.what, Ref::Columns(_) | Ref::Measure(_))
            && last.compared.is_none()
            && !last.grouped
        {
            last.compared = Some(compared.clone());
            pending.compared = None;
        } else if let (Ref::Table(t), None, false) = (&last.what, &last.compared, last.grouped) {
            // "expenses over 1000": the amount of each expense.
            reading.amount_compared = Some((*t, compared.0, compared.1.clone()));
            pending.compared = None;
        }
    }
}
