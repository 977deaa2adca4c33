//! Words read before the schema's phrases: the verb of the rows just counted ("How many
//! boxes did we ship", "donations did we collect"), the number one compared ("more than
//! one payout account"), a currency said in words ("in euros", "euro merchants"), and
//! "total" before what it totals.

use super::*;

/// Whether the word at `i` follows its subject ("did we ship").
pub(super) fn after_subject(units: &[Folded], i: usize) -> bool {
    i > 0 && word_at(units, i - 1).is_some_and(grammar::is_subject_pronoun)
}

/// The verb of the rows just counted, or "one" after a comparison: the units taken.
pub(super) fn counted_verb_or_one(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    // "How many boxes did we ship": the verb of the rows counted (`box_shipments`), no
    // column of theirs (`shipping_cost`).
    if let Some(Item {
        what: Ref::Table(t),
        aggregate: Some(Aggregate::Count),
        ..
    }) = reading.items.last()
    {
        let after_subject = after_subject(units, i);
        let stemmed = stem(word);
        let own_verb = model.tables[*t]
            .words
            .last()
            .is_some_and(|w| *w == stemmed || nominalizes(w, &stemmed));
        if after_subject && own_verb {
            return Some(1);
        }
    }
    // "more than one payout account": the number one, compared.
    if word == "one" {
        if let Some(comparison) = pending.comparison.take() {
            pending.compared = Some((comparison, "1".to_owned()));
            return Some(1);
        }
    }
    None
}

/// "How many donations did we collect": the verb of the rows counted, no money.
pub(super) fn collected_rows(reading: &Reading, units: &[Folded], i: usize, word: &str) -> bool {
    let counted_rows = reading
        .items
        .last()
        .is_some_and(|l| matches!(l.what, Ref::Table(_)) && l.aggregate == Some(Aggregate::Count));
    let after_subject = after_subject(units, i);
    let money_in = matches!(
        word,
        "collect" | "collected" | "receive" | "received" | "raise" | "raised"
    );
    counted_rows && after_subject && money_in
}

/// A currency said in words: nothing where the rows are in one currency; where they are
/// in several, the rows in that one (the value of their currency column).
pub(super) fn currency(
    model: &Model,
    values: &ValueIndex,
    reading: &mut Reading,
    word: &str,
) -> Option<usize> {
    // "more than 50 euros", "in dollars": the currency an amount is said in, unless a
    // column says which currency each row is in ("accounts held in euros").
    let code = grammar::currency_code(word)?;
    reading.currency_said = true;
    // Kept only where rows are in several currencies, this one among them.
    let kept = model.tables.iter().any(|t| {
        t.columns.iter().any(|c| {
            c.values.len() > 1
                && c.values.iter().any(|v| {
                    let v = v.to_lowercase();
                    v == code || grammar::currency_code(&v) == Some(code)
                })
        })
    });
    if !kept {
        return Some(1);
    }
    // "euro merchants", "paid out in pounds": the rows in that currency.
    if let [value] = values.one_word_values(|key| key == code)[..] {
        push_known(model, reading, value.clone(), word);
        return Some(1);
    }
    None
}

/// "total" before what it totals: "the total of paid invoices", "total amount of
/// payments", "Total amount invoiced" of `inv_total_amt`. Returns the units taken when it
/// is read here.
pub(super) fn total_word(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    if word != "total" {
        return None;
    }
    // "the total of paid invoices": their amounts summed, whatever column is named total.
    if word_at(units, i + 1) == Some("of") {
        pending.set_aggregate(Aggregate::Sum);
        reading.how_much = true;
        return Some(2);
    }
    // "total amount of payments": an aggregate before what it totals, even where a column
    // is named `total`.
    if word_at(units, i + 1).is_some_and(|next| {
        !is_stop_word(next) && !grammar::is_neutral_word(next) || next == "amount"
    }) && schema_phrase(model, units, i).is_some_and(|(_, n, _)| n == 1)
    {
        pending.set_aggregate(Aggregate::Sum);
        return Some(1);
    }
    // "Total amount invoiced in Q3" of `inv_total_amt`: the column named by the words
    // that begin with "total", summed (unless their rows' own total is asked of each).
    if pending.aggregate.is_none()
        && i.checked_sub(1)
            .and_then(|b| word_at(units, b))
            .is_none_or(|b| !matches!(b, "their" | "its" | "each" | "whose"))
        && matches!(schema_phrase(model, units, i), Some((Ref::Columns(_), n, _)) if n >= 2)
    {
        pending.set_aggregate(Aggregate::Sum);
    }
    None
}

/// "how much", "how many and how much", "what did … come to": a total asked, of amounts;
/// the units taken.
pub(super) fn how_much(
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    // "Refunds by reason: how many of each, and for what total amount?": the rows named
    // before are counted, and the total after "and" is of their amounts.
    if word == "and" && pending.aggregate == Some(Aggregate::Count) {
        let added_up = (i + 1..(i + 6).min(units.len())).any(|k| adds_up(units, k));
        let total_next = (i + 1..(i + 4).min(units.len()))
            .any(|k| matches!(word_at(units, k), Some("total" | "sum" | "average")))
            || added_up;
        let rows = reading
            .items
            .iter()
            .rposition(|l| matches!(l.what, Ref::Table(_)) && l.aggregate.is_none() && !l.grouped);
        if let (true, Some(rows)) = (total_next, rows) {
            reading.items[rows].aggregate = Some(Aggregate::Count);
            // ("… and what did they add up to?": the same rows totalled.)
            if added_up {
                let mut total = reading.items[rows].clone();
                total.aggregate = Some(Aggregate::Sum);
                reading.items.push(total);
            }
            pending.aggregate = None;
            pending.grouped = false;
            return Some(1);
        }
    }
    if word == "how" && word_at(units, i + 1) == Some("much") {
        // "payments by method: how many and how much": the rows named before, counted
        // and totalled.
        if i > 0
            && word_at(units, i - 1) == Some("and")
            && pending.aggregate == Some(Aggregate::Count)
        {
            let rows =
                reading.items.iter().rev().find(|l| {
                    matches!(l.what, Ref::Table(_)) && l.aggregate.is_none() && !l.grouped
                });
            match rows.cloned() {
                Some(mut rows) => {
                    pending.aggregate = None;
                    if let Some(first) = reading.items.iter_mut().find(|l| l.what == rows.what) {
                        first.aggregate = Some(Aggregate::Count);
                    }
                    rows.aggregate = Some(Aggregate::Sum);
                    reading.items.push(rows);
                }
                None => reading.unplaced_count = true,
            }
        }
        // "How much did we receive in payments": a total, of amounts.
        reading.how_much = true;
        return Some(2);
    }
    // "What did confirmed bookings come to?": their total, of amounts.
    if matches!(word, "come" | "came" | "comes")
        && word_at(units, i + 1) == Some("to")
        && word_at(units, 0) == Some("what")
    {
        reading.how_much = true;
        reading.came_to = true;
        return Some(2);
    }
    // "… and what did they add up to?": the same.
    if adds_up(units, i) && (0..i).any(|k| word_at(units, k) == Some("what")) {
        reading.how_much = true;
        reading.came_to = true;
        return Some(3);
    }
    None
}

/// Whether "add up to" (or "adds", "added") begins at `i`.
fn adds_up(units: &[Folded], i: usize) -> bool {
    matches!(word_at(units, i), Some("add" | "adds" | "added"))
        && word_at(units, i + 1) == Some("up")
        && word_at(units, i + 2) == Some("to")
}

/// "How many appointments did patients miss?": a status said as its verb, where the one
/// value of that form (`missed`, `shipped`, `returned`) is a state, not a name. Only of
/// things measured: which rows a listing names, and by what, is another matter.
pub(super) fn verb_of_state(
    model: &Model,
    values: &ValueIndex,
    reading: &mut Reading,
    pending: &Pending,
    word: &str,
) -> Option<usize> {
    let measured =
        pending.aggregate.is_some() || reading.items.iter().any(|i| i.aggregate.is_some());
    if !measured
        || word.len() < 3
        || !word.chars().all(|c| c.is_ascii_lowercase())
        || word.ends_with("ed")
    {
        return None;
    }
    let last = word.chars().last()?;
    let forms = [
        format!("{word}ed"),
        format!("{word}d"),
        format!("{word}{last}ed"),
    ];
    let found = values.one_word_values(|key| forms.iter().any(|f| f == key));
    let [value] = found[..] else {
        return None;
    };
    let state = value.sources.iter().all(|s| {
        model
            .tables
            .iter()
            .find(|t| t.plain == s.table)
            .is_some_and(|t| !t.label.contains(&s.column) && !s.column.ends_with("name"))
    });
    if !state {
        return None;
    }
    push_known(model, reading, value.clone(), word);
    Some(1)
}
