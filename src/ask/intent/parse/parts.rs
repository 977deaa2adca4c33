//! A word that is only part of a table's longer name: "tuition" of `tuition_payments`,
//! "lines" of `order_lines`, "passes … sold" of `pass_sales`, "bar takings" of `bar_sales`,
//! "calls" beside `call_types`; and tables named otherwise than the word ("customers" kept
//! as `accounts`, "orders" as `tickets` with their lines).

use super::*;

/// The one table whose longer name starts with `stem` ("tuition" for `tuition_payments`)
/// or ends with it ("lines" for `order_lines`; a measure word only after an app's prefix).
pub(super) fn part_of_table_name(model: &Model, stem: &str, written: &str) -> Option<usize> {
    // "in" names no `trade_in`.
    if is_stop_word(written) || is_stop_word(stem) {
        return None;
    }
    let part_of = |last: bool| -> Vec<usize> {
        (0..model.tables.len())
            .filter(|&t| {
                let words = &model.tables[t].words;
                let word = if last { words.last() } else { words.first() };
                // "ship" names no `shipping_lines`: the name's word is another one.
                let spelled = if last {
                    model.tables[t].spelled.last()
                } else {
                    model.tables[t].spelled.first()
                };
                // ("booked" does name `tour_booking`: the verb of its gerund.)
                let other_word = spelled.is_some_and(|s| {
                    s.ends_with("ing") && !written.ends_with("ing") && !written.ends_with("ed")
                });
                words.len() > 1 && word.is_some_and(|w| w == stem) && !other_word
            })
            .collect()
    };
    // "game" names no `game_masters`: the first word of people's table is what they
    // deal with, not them.
    let people = |t: &usize| {
        model.tables[*t].columns.iter().any(|c| {
            let w: Vec<&str> = c.words.iter().map(String::as_str).collect();
            matches!(
                w[..],
                ["first", "name"] | ["last", "name"] | ["full", "name"] | ["surnam"] | ["surname"]
            )
        })
    };
    let leading: Vec<usize> = part_of(false).into_iter().filter(|t| !people(t)).collect();
    // A measure word ends a name only after an app's prefix (`billing_payment` beside
    // `billing_plan`).
    let app_prefix = |t: &usize| {
        let first = &model.tables[*t].words[0];
        model
            .tables
            .iter()
            .filter(|o| o.words.len() > 1 && o.words[0] == *first)
            .count()
            >= 3
    };
    // ("order" is no measure: an activity's verb, of no kind of amount.)
    let trailing = match measure_word(written) {
        Some(m) if !m.kinds.is_empty() => part_of(true).into_iter().filter(app_prefix).collect(),
        _ => part_of(true),
    };
    match (&leading[..], &trailing[..]) {
        ([t], []) | ([], [t]) => Some(*t),
        ([t], [u]) if t == u => Some(*t),
        // "sessions" of `SkateSession` beside `SessionType`: the rows those kinds sort.
        ([k], [t])
            if kinds_of(model, *k)
                && model.edges.iter().any(|e| e.child == *t && e.parent == *k) =>
        {
            Some(*t)
        }
        // `courses_course` beside `courses_lesson`: a word that begins several names is
        // their app's prefix (Django), the one name it ends is the table's.
        ([_, _, ..], [t]) => Some(*t),
        _ => None,
    }
}

/// "calls" beside `call_types`: the rows of the one dated table those kinds classify (the
/// incidents), not the kinds; else the table named.
pub(super) fn rows_of_kinds(model: &Model, t: usize, stem: &str, written: &str) -> usize {
    if !kinds_of(model, t)
        || stem == written
        || !written.ends_with('s')
        || model.tables[t].words[0] != stem
    {
        return t;
    }
    let dated: Vec<usize> = crate::ask::intent::periods::dated_children(model, t);
    // (Not rows that keep a date or more of that word: "outcomes" of an intake's
    // `outcome_date` are a stage of it.)
    let staged = |c: usize| {
        model.tables[c]
            .columns
            .iter()
            .any(|m| m.role != Role::Key && m.words.iter().any(|w| w == stem))
    };
    match dated[..] {
        [one] if !staged(one) => one,
        _ => t,
    }
}

/// Whether a table holds kinds of something (`call_types`, `expense_categories`).
fn kinds_of(model: &Model, t: usize) -> bool {
    let words = &model.tables[t].words;
    words.len() == 2 && is_kind_word(&words[1])
}

/// A last word of a table's name that makes its rows kinds of something (`call_types`,
/// `expense_categories`).
pub(super) fn is_kind_word(word: &str) -> bool {
    matches!(word, "type" | "kind" | "categori" | "category" | "class")
}

/// "passes … sold" for `pass_sales` beside `pass_types`: of the two-word names the word at
/// `i` begins, the one whose last word a verb soon after it names.
pub(super) fn begun_and_verbed(
    model: &Model,
    units: &[Folded],
    i: usize,
    stem: &str,
    written: &str,
) -> Option<usize> {
    if is_stop_word(written) {
        return None;
    }
    let begun: Vec<usize> = (0..model.tables.len())
        .filter(|&t| matches!(&model.tables[t].words[..], [first, _] if first == stem))
        .collect();
    if begun.len() < 2 {
        return None;
    }
    // (A bare verb after its subject too: "did we ship".)
    let verbs: Vec<&str> = (i + 1..units.len().min(i + 6))
        .filter_map(|k| match &units[k] {
            Folded::Word { word, stem }
                if word != stem || grammar::is_past_verb(word) || after_subject(units, k) =>
            {
                Some(stem.as_str())
            }
            _ => None,
        })
        .collect();
    // "bar takings" of `bar_sales` beside `bar_products`: the one whose money the
    // measure word right after names.
    let measured = match units.get(i + 1) {
        Some(Folded::Word { word, .. }) => measure_word(word)
            .filter(|m| !m.kinds.is_empty() && m.aggregate.is_some())
            .map(|m| m.kinds),
        _ => None,
    };
    let carries = |t: usize| {
        measured.is_some_and(|kinds| {
            // (A catalog's price is no takings.)
            model.tables[t].columns.iter().any(|c| {
                !crate::ask::intent::resolve::is_price(&c.words, &c.data_type)
                    && crate::ask::vocab::measures::column_measures(&c.words, &c.data_type)
                        .iter()
                        .any(|(k, _)| kinds.iter().any(|(m, _)| m == k))
            })
        })
    };
    let named: Vec<usize> = begun
        .into_iter()
        .filter(|&t| {
            let last = &model.tables[t].words[1];
            verbs.iter().any(|v| nominalizes(last, v)) || carries(t)
        })
        .collect();
    match named[..] {
        [t] => Some(t),
        _ => None,
    }
}

/// Words for what lines make up and what they list, in a schema that names them otherwise
/// ("orders" kept in `tickets` whose `ticket_lines` list `dishes`).
const MADE_OF_LINES: &[&str] = &["order", "transaction", "ticket", "receipt"];
const LISTED_ON_LINES: &[&str] = &["product", "item", "article", "goods", "merchandise", "dish"];

/// "customers" kept as `accounts` (or `members`, `subscribers`): the one table named
/// for whoever buys, or the one such table the others belong to, when no table is named
/// for customers.
pub(super) fn buyer_table(model: &Model, stem: &str) -> Option<usize> {
    if related(stem, "customer") == 0.0 && stem != "customer" {
        return None;
    }
    let buyers: Vec<usize> = (0..model.tables.len())
        .filter(|&t| matches!(&model.tables[t].words[..], [w] if crate::ask::vocab::business::is_buyer(std::slice::from_ref(w))))
        .collect();
    match buyers[..] {
        [t] => Some(t),
        // `subscribers` beside their `accounts`: the people the others belong to.
        [_, _, ..] => {
            let root: Vec<usize> = buyers
                .iter()
                .copied()
                .filter(|&t| {
                    buyers.iter().all(|&o| {
                        o == t || model.edges.iter().any(|e| e.child == o && e.parent == t)
                    })
                })
                .collect();
            match root[..] {
                [t] => Some(t),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The parent of the one table of lines that `stem` names by what it is.
pub(super) fn line_parent(model: &Model, stem: &str) -> Option<usize> {
    let (header, item) = model.line_parents()?;
    let is = |words: &[&str]| words.iter().any(|w| super::stem(w) == stem);
    if is(MADE_OF_LINES) {
        Some(header)
    } else if is(LISTED_ON_LINES) {
        Some(item)
    } else {
        None
    }
}
