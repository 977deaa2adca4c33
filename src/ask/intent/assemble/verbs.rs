//! Measure words said as the verb of what is counted: "How many lots have we sold" counts
//! lots, "How many litres of diesel did we sell" sums the litres; neither asks for another
//! amount.

use super::*;

/// "How many lots have we sold": a verb in the past of the rows counted (of a table that
/// keeps no quantity), no amount sold.
pub(super) fn verb_of_rows_counted(
    model: &Model,
    reading: &Reading,
    parts: &Parts,
    item: &Item,
) -> bool {
    item.aggregate.is_none()
        && item.compared.is_none()
        && reading.amount_compared.is_none()
        && (item.text.ends_with("ed")
            || matches!(item.text.as_str(), "sold" | "paid" | "spent")
            || crate::ask::vocab::grammar::is_past_verb(&item.text))
        && !parts.how_much
        // (Not rows of what was sold by the unit: "tickets sold" of sales with a quantity
        // may be either.)
        && reading.items.iter().any(|i| {
            matches!(i.what, Ref::Table(t) if resolve::quantity_columns(model, t).next().is_none())
                && i.aggregate == Some(Aggregate::Count)
        })
}

/// "How many litres of diesel did we sell": a verb of trade after a number column counted;
/// the litres are what was sold.
pub(super) fn verb_of_units_counted(
    model: &Model,
    reading: &Reading,
    item: &Item,
    word: &crate::ask::vocab::measures::MeasureWord,
) -> bool {
    let numbers = |cs: &[ColumnRef]| {
        !cs.is_empty()
            && cs.iter().all(|c| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.role == Role::Number)
            })
    };
    item.aggregate.is_none()
        && !word.tables.is_empty()
        && reading.items.iter().any(|i| {
            i.aggregate == Some(Aggregate::Count)
                && matches!(&i.what, Ref::Columns(cs) if numbers(cs))
        })
}
