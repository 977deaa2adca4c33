//! Verbs and what they relate: where a verb ends the question, what it follows, and the
//! words before a column that say it is held ("with a coupon code").

use super::*;

/// Whether nothing but function words follow unit `i`.
pub(super) fn ends_here(units: &[Folded], i: usize) -> bool {
    units[i + 1..].iter().all(|u| match u {
        Folded::Word { word, .. } => is_stop_word(word),
        _ => false,
    })
}

/// "advisors with no customers assigned to them", "trainers by number of classes taught":
/// a verb that ends the question right after a table (nothing but function words after)
/// relates it to another table named.
pub(super) fn ends_after_table(reading: &Reading, units: &[Folded], i: usize) -> bool {
    let function_word = |u: &Folded| match u {
        Folded::Word { word, .. } => is_stop_word(word) || grammar::is_neutral_word(word),
        _ => false,
    };
    let last = units[i + 1..].iter().all(function_word);
    // "employees still employed" says what the employees are, not what happened to them.
    let verb = stem(word_at(units, i).unwrap_or_default());
    let after_table = reading.items.last().is_some_and(|item| match item.what {
        Ref::Table(_) => !same_stem(&stem(&item.text), &verb) && !item.text.starts_with(&verb),
        _ => false,
    });
    let still = i > 0 && matches!(word_at(units, i - 1), Some("still" | "currently" | "not"));
    // It relates two tables named ("advisors with no customers assigned"); of one table
    // alone ("How many orders were refunded?") it would be a condition dropped.
    let tables = reading
        .items
        .iter()
        .filter(|item| matches!(item.what, Ref::Table(_)))
        .count();
    last && after_table && !still && tables >= 2
}

/// "How many shipments did each carrier handle?": a verb that ends a question asked with
/// "did", "does" or "has", after a count and what it is counted by, relates the two.
pub(super) fn ends_asked(reading: &Reading, units: &[Folded], i: usize) -> bool {
    let last = ends_here(units, i);
    let asked = units[..i].iter().any(|u| {
        matches!(u, Folded::Word { word, .. }
            if matches!(word.as_str(), "did" | "does" | "do" | "has" | "have" | "had"))
    });
    let counted = reading
        .items
        .iter()
        .any(|item| matches!(item.what, Ref::Table(_)) && item.aggregate.is_some());
    let by = reading.items.iter().any(|item| item.grouped);
    last && asked && counted && by
}

/// Whether the words before `i`, past an article, are "with", "used", "has", "have" or
/// "had": what is named at `i` is held ("orders with a coupon code").
pub(super) fn said_to_hold(units: &[Folded], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match word_at(units, j) {
            Some("a" | "an" | "any" | "the" | "some") => continue,
            Some("with" | "used" | "has" | "have" | "had") => return true,
            _ => return false,
        }
    }
    false
}

/// Whether the first word from `j` on that is no stop word names something: a value or
/// period, a table or column, a glossary term, or a grouping ("each", "by").
pub(super) fn links_to_what_follows(model: &Model, units: &[Folded], mut j: usize) -> bool {
    while let Some(unit) = units.get(j) {
        match unit {
            Folded::Placeholder(_) | Folded::Term(_) => return true,
            Folded::Count => return false,
            Folded::Word { word, .. } => {
                // "logged the most hours": a ranking or an aggregate of what follows.
                if matches!(word.as_str(), "by" | "per" | "each" | "every")
                    || grammar::rank_word(word).is_some()
                    || grammar::aggregate_word(word).is_some()
                    || grammar::comparison_word(word).is_some()
                {
                    return true;
                }
                if !is_stop_word(word) {
                    return schema_phrase(model, units, j).is_some();
                }
            }
        }
        j += 1;
    }
    false
}
