//! What a listing shows beside each row when the question lists it: generic words ("date",
//! "amount") and two columns sharing one noun ("start and end dates").

use super::*;

/// "the disputed invoices with their invoice number, date and amount": a generic word
/// ("date", "amount") in the list of what to show beside each row is the listed rows' one
/// such column.
pub(super) fn shown_generic(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    let before = word_at(units, i.checked_sub(1)?)?;
    // (Or right after the column listed before it: "invoice number, date".)
    let after_listed = reading.items.last().is_some_and(|l| {
        matches!(l.what, Ref::Columns(_)) && l.text.split(' ').next_back() == Some(before)
    });
    let listing = matches!(before, "and" | "their" | "its" | "with" | "the") || after_listed;
    if !reading.shows_more || !listing {
        return None;
    }
    let listed = reading.items.iter().find_map(|item| match item.what {
        Ref::Table(t) if item.aggregate.is_none() && !item.grouped => Some(t),
        _ => None,
    })?;
    let unknown = || None;
    let column = match word {
        "amount" | "value" | "total" => {
            match crate::ask::intent::resolve::table_measure(model, listed) {
                Ok(column) => column,
                Err(_) => return unknown(),
            }
        }
        // The one date, else the one named after the rows (`invoice_date`) or plainly
        // `date`.
        "date" => {
            let dates = model.columns_where(&[listed], |c| {
                c.role == Role::Time && !crate::ask::intent::periods::is_bookkeeping(&c.words)
            });
            let own = &model.tables[listed].words;
            let named: Vec<&ColumnRef> = dates
                .iter()
                .filter(|c| {
                    model.column(c.table, &c.column).is_some_and(|m| {
                        m.words == ["date"]
                            || (m.words.len() == 2
                                && m.words[1] == "date"
                                && own.contains(&m.words[0]))
                    })
                })
                .collect();
            match (&dates[..], &named[..]) {
                ([one], _) => one.clone(),
                (_, [one]) => (*one).clone(),
                _ => return unknown(),
            }
        }
        _ => return None,
    };
    push_item(
        reading,
        pending,
        Ref::Columns(vec![column]),
        false,
        word.to_owned(),
    );
    Some(1)
}

/// "their start and end dates": the first of two words sharing the noun after the second
/// names the column the noun makes with it (`start_date`, then `end_date`).
pub(super) fn elliptical(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    if word_at(units, i + 1) != Some("and") || is_stop_word(word) {
        return None;
    }
    let (second, noun) = (word_at(units, i + 2)?, word_at(units, i + 3)?);
    let columns_of = |a: &str| matching_columns(model, &[stem(a), stem(noun)], false);
    let first = columns_of(word);
    if first.is_empty()
        || columns_of(second).is_empty()
        || !matching_columns(model, &[stem(word)], false).is_empty() && first.len() > 1
    {
        return None;
    }
    // Of the rows named already, where they have it.
    let named: Vec<usize> = reading
        .items
        .iter()
        .filter_map(|item| match item.what {
            Ref::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    let own: Vec<ColumnRef> = first
        .iter()
        .filter(|c| named.contains(&c.table))
        .cloned()
        .collect();
    let first = if own.is_empty() { first } else { own };
    push_item(
        reading,
        pending,
        Ref::Columns(first),
        true,
        format!("{word} {noun}"),
    );
    Some(2)
}

/// Whether the words at `i` ask for more of each row than its name: "with invoice number,
/// date and amount", "with their …", "along with", "including".
pub(super) fn note_shown(reading: &mut Reading, units: &[Folded], i: usize, word: &str) {
    let next = word_at(units, i + 1);
    // "list the freelancers who joined in 2025 and where they're from".
    // ("invoices where the amount is over 500" filters.)
    reading.place_asked |= word == "where"
        && i > 0
        && matches!(
            next,
            Some("they" | "they're" | "theyre" | "it" | "it's" | "he" | "she" | "each" | "these")
        );
    // "with invoice number, date and amount": the columns to show, listed.
    let enumerated = word == "with"
        && next.is_some_and(|n| !matches!(n, "a" | "an" | "no" | "any" | "more" | "less" | "at"))
        && (i + 2..i + 6).any(|k| word_at(units, k) == Some("and"))
        && !(i + 1..i + 6).any(|k| matches!(units.get(k), Some(Folded::Placeholder(_))));
    reading.shows_more |= enumerated
        || (word == "with" && matches!(next, Some("their" | "its" | "the")))
        || (word == "and" && next == Some("their"))
        // "Which boats …, and what's the job?": more of each row asked after its name.
        || (word == "and" && reading.which_first && matches!(next, Some("what's" | "whats")))
        || (matches!(word, "along" | "together") && next == Some("with"))
        || word == "including"
        // "Which pipelines have never run? Show the repo and the name.": a second
        // sentence asking what to show.
        || (matches!(word, "show" | "give" | "include") && i > 2 && matches!(next, Some("the" | "their" | "its" | "me")));
}
