//! Which conditions of a share are its numerator's and which narrow the rows shared out.

use super::*;

/// "what percentage of completed results were abnormal": a flag said after the rows is
/// the share's condition, a value before them (`narrowing`) narrows them; with no value
/// said to be the share's, a flag or a column said to hold a value is.
pub(super) fn share_conditions(
    model: &Model,
    parts: &mut Parts,
    share_of: &mut Vec<Filter>,
    narrowing: &mut Vec<Filter>,
) {
    // "what percentage of completed results were abnormal": a flag said after the rows is
    // the share's condition, the value before them narrows them.
    let share_flag = |f: &Filter| match f {
        Filter::Equals { column, .. } => is_flag(model, column),
        Filter::Filled { .. } | Filter::Missing { .. } => true,
        _ => false,
    };
    let flagged = parts.filters.iter().any(share_flag);
    match share_of.is_empty() && !flagged {
        true => share_of.append(narrowing),
        false => parts.filters.append(narrowing),
    }
    // "What percentage of products are discontinued": a flag named, or a column said to
    // hold a value or none, is the share's condition.
    if parts.share.is_some() && share_of.is_empty() {
        let (flags, rest): (Vec<Filter>, Vec<Filter>) = std::mem::take(&mut parts.filters)
            .into_iter()
            // "what percent of orders used a coupon code": a column said to hold a value.
            .partition(share_flag);
        *share_of = flags;
        parts.filters = rest;
        // "What percentage of inspections passed" where inspections not yet done have no
        // verdict: the share of those with one.
        for f in share_of.iter() {
            if let Filter::Equals { column, .. } = f {
                let unknown = model.column(column.table, &column.column).is_some_and(|c| {
                    c.data_type == "boolean" && c.nullable && c.filled.is_none_or(|f| f < 0.999)
                });
                if unknown {
                    parts.filters.push(Filter::Filled {
                        column: column.clone(),
                    });
                }
            }
        }
    }
}

/// "What percentage of the moves we completed in 2024 were premium": of two values of
/// different columns, the one said last is the share's, the first narrows the rows.
pub(super) fn last_value_is_the_share(share_of: &mut Vec<Filter>, narrowing: &mut Vec<Filter>) {
    if let Some(Filter::Equals { column: last, .. }) = share_of.last().cloned() {
        let (earlier, kept): (Vec<Filter>, Vec<Filter>) = share_of
            .drain(..)
            .partition(|f| matches!(f, Filter::Equals { column, .. } if *column != last));
        *share_of = kept;
        narrowing.extend(earlier);
    }
}
