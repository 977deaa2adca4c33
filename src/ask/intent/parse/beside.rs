//! Words said beside others: values listed as examples of a column, a count said beside
//! a total, a share asked as a percentage.

use super::*;

/// A word followed by two or more values of one column, listed as examples of it ("by
/// format (live, online or timed)", "each style (red, white, rosé and so on)").
pub(super) struct ExampleList {
    /// The unit of the word that names the column.
    pub(super) word: usize,
    pub(super) column: ColumnRef,
    /// The units of the values and the words joining them.
    pub(super) values: Vec<usize>,
}

pub(super) fn example_lists(
    model: &Model,
    units: &[Folded],
    literals: &[Literal],
) -> Vec<ExampleList> {
    let mut lists = Vec::new();
    let mut placeholder_at = Vec::new();
    let mut seen = 0;
    for unit in units {
        placeholder_at.push(matches!(unit, Folded::Placeholder(_)).then(|| {
            seen += 1;
            seen - 1
        }));
    }
    let mut i = 0;
    while i + 2 < units.len() {
        let Some(word) = word_at(units, i) else {
            i += 1;
            continue;
        };
        if is_stop_word(word) {
            i += 1;
            continue;
        }
        let mut values = Vec::new();
        let mut sources: Option<Vec<ColumnRef>> = None;
        let mut k = i + 1;
        while k < units.len() {
            match (&units[k], placeholder_at[k]) {
                (Folded::Placeholder(_), Some(n)) => {
                    let LiteralValue::Value(value) = &literals[n].value else {
                        break;
                    };
                    let columns = model.source_columns(&value.sources);
                    sources = Some(match sources {
                        None => columns,
                        Some(common) => {
                            common.into_iter().filter(|c| columns.contains(c)).collect()
                        }
                    });
                    values.push(k);
                }
                (Folded::Word { word, .. }, _) if matches!(word.as_str(), "or" | "and") => {
                    values.push(k);
                }
                _ => break,
            }
            k += 1;
        }
        let count = values
            .iter()
            .filter(|&&v| matches!(units[v], Folded::Placeholder(_)))
            .count();
        match sources.as_deref() {
            Some([column]) if count >= 2 => {
                while values
                    .last()
                    .is_some_and(|&v| !matches!(units[v], Folded::Placeholder(_)))
                {
                    values.pop();
                }
                lists.push(ExampleList {
                    word: i,
                    column: column.clone(),
                    values,
                });
                i = k;
            }
            _ => i += 1,
        }
    }
    lists
}

/// "the count and total amount": the count is of the rows named before, beside the
/// aggregate that follows (never dropped for it); refused when no rows were named.
pub(super) fn count_beside(
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) {
    let after_and = i > 0 && word_at(units, i - 1) == Some("and");
    if !after_and
        || pending.aggregate != Some(Aggregate::Count)
        || grammar::aggregate_word(word).is_none_or(|a| a == Aggregate::Count)
    {
        return;
    }
    let rows = reading
        .items
        .iter_mut()
        .rev()
        .find(|l| matches!(l.what, Ref::Table(_)) && l.aggregate.is_none() && !l.grouped);
    match rows {
        Some(rows) => rows.aggregate = Some(Aggregate::Count),
        None => reading.unplaced_count = true,
    }
    pending.aggregate = None;
}

/// Whether a word asking for a share asks for it as a percentage ("percentage",
/// "percent"); a share, a proportion or a fraction stays one (the demo's golden set reads
/// "what share of orders were refunded" as 0.0334).
pub(super) fn as_percentage(word: &str) -> bool {
    word.starts_with("percent")
}
