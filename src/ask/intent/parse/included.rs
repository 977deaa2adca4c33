//! Words that say what is in the answer without being a condition or a measure:
//! "cancelled ones included", "tax included", the unit a length is asked in ("in hours");
//! and "how many hours", which no column may count. "Counting cancelled ones too",
//! "including no-shows" are rewritten to that form first.

use super::*;

/// "in minutes": the unit the answer is asked in, kept; whether the word is taken so
/// ("longest stay, in nights" names no `nightly_rate`: the unit asked, of no column kept
/// in another).
pub(super) fn asked_unit(
    model: &Model,
    reading: &mut Reading,
    units: &[Folded],
    i: usize,
    word: &str,
) -> bool {
    if let (Some(unit), true) = (
        grammar::unit_word(word),
        i > 0 && word_at(units, i - 1) == Some("in"),
    ) {
        reading.asked_units.push(unit);
        let kept_so =
            |c: &ColumnRef| crate::ask::vocab::grammar::column_unit(&c.column) == Some(unit);
        if let Some((Ref::Columns(columns), 1, _)) = schema_phrase(model, units, i) {
            if !columns.iter().any(kept_so) {
                return true;
            }
        }
    }
    false
}

/// "cancelled ones included", "tax included", "how many hours": the units taken.
pub(super) fn included_or_counted_time(
    model: &Model,
    reading: &mut Reading,
    units: &[Folded],
    i: usize,
    word: &str,
    unplaced: &mut Vec<String>,
) -> Option<usize> {
    // "how many hours did it run": a length of time summed, never the rows counted, and
    // no column carries it.
    let counted_time = matches!(word, "hours" | "minutes" | "seconds" | "weeks")
        && i > 0
        && matches!(units[i - 1], Folded::Count);
    if counted_time {
        unplaced.push(format!("{word} (how many, of no column kept in {word})"));
        return Some(1);
    }
    if word == "ones" && ones_included(model, reading, units, i) {
        return Some(2);
    }
    // "Total invoiced in 2023, tax included": the tax is in the total, not what is
    // totalled.
    if word == "included" && i > 0 {
        let said_before = reading.items.last().is_some_and(|l| {
            !l.grouped
                && Some(l.text.rsplit(' ').next().unwrap_or_default()) == word_at(units, i - 1)
                && matches!(&l.what, Ref::Columns(cs) if cs.iter().all(|c| {
                    model.column(c.table, &c.column).is_some_and(|m| m.role == Role::Number)
                }))
        });
        // "no-shows included" of `no_show`: every row, whatever the flag.
        if flag_said_last(model, reading, units, i) {
            reading.items.pop();
            return Some(1);
        }
        if said_before {
            // (A total passed on to it goes back to the rows before it.)
            let taken = reading.items.pop().and_then(|l| l.aggregate);
            if let Some(rows) = reading.items.last_mut().filter(|r| {
                matches!(r.what, Ref::Table(_)) && r.aggregate.is_none() && taken.is_some()
            }) {
                rows.aggregate = taken;
            }
            return Some(1);
        }
    }
    None
}

/// "cancelled ones included" at `i` ("ones"): every row, whatever the value or flag just
/// said (no condition). Whether it was read so.
pub(super) fn ones_included(
    model: &Model,
    reading: &mut Reading,
    units: &[Folded],
    i: usize,
) -> bool {
    if i == 0 || word_at(units, i + 1) != Some("included") {
        return false;
    }
    if matches!(units[i - 1], Folded::Placeholder(_)) {
        let last = reading.literals.len().checked_sub(1);
        let free = last.is_some_and(|k| {
            !reading.negated.contains(&k)
                && !reading.done_values.contains(&k)
                && !reading.bounds.iter().any(|(b, _)| *b == k)
                && matches!(reading.literals[k].value, LiteralValue::Value(_))
        });
        if free {
            reading.literals.pop();
            reading.literal_tables.pop();
            return true;
        }
    }
    // (Of a flag: "cancelled ones included" of `is_cancelled`.)
    if flag_said_last(model, reading, units, i) {
        reading.items.pop();
        return true;
    }
    false
}

/// Whether the last item read is a yes/no column named by the word before `i`, and
/// nothing more ("cancelled" of `is_cancelled`, "no-shows" of `no_show`).
fn flag_said_last(model: &Model, reading: &Reading, units: &[Folded], i: usize) -> bool {
    reading.items.last().is_some_and(|l| {
        l.text.rsplit(' ').next() == word_at(units, i - 1)
            && l.aggregate.is_none()
            && !l.grouped
            && matches!(&l.what, Ref::Columns(cs) if cs.iter().all(|c| {
                model.column(c.table, &c.column).is_some_and(|m| m.data_type == "boolean")
            }))
    })
}

/// "counting cancelled ones too", "including the cancelled ones", "cancelled ones as
/// well": "cancelled ones included", every row whatever was said.
pub(super) fn ones_too(question: &str) -> String {
    let (words, lower) = lower_words(question);
    let word = |k: usize| lower.get(k).map(String::as_str);
    for k in 1..lower.len() {
        if lower[k] != "ones" || word(k + 1) == Some("included") {
            continue;
        }
        let mut first = k - 1;
        if lower[first] == "the" {
            continue;
        }
        let said_before = |f: usize| {
            let at = |d: usize| f.checked_sub(d).map(|j| lower[j].as_str());
            // ("not counting cancelled ones": none of them.)
            let (from, negated) = match (at(1), at(2)) {
                (Some("the"), Some("counting" | "including" | "plus")) => (f - 2, at(3)),
                (Some("counting" | "including" | "plus"), _) => (f - 1, at(2)),
                _ => return None,
            };
            (negated != Some("not")).then_some(from)
        };
        let after = match (word(k + 1), word(k + 2)) {
            (Some("too" | "also"), _) => Some(k + 1),
            (Some("as"), Some("well")) => Some(k + 2),
            _ => None,
        };
        let before = said_before(first);
        let negated = first.checked_sub(1).is_some_and(|b| lower[b] == "not");
        if (before.is_none() && after.is_none()) || negated {
            continue;
        }
        first = before.unwrap_or(first);
        let last = after.unwrap_or(k);
        let value = &question[words[k - 1].0..words[k - 1].1];
        let mut out = question[..words[first].0].to_owned();
        out.push_str(&format!("{value} ones included"));
        out.push_str(&question[words[last].1..]);
        return out;
    }
    question.to_owned()
}

/// "counting no-shows too", "including no-shows", "plus walk-ins as well": "no-shows
/// included", the rows whatever the flag or value said (one word, or two joined by a
/// hyphen, ending the phrase).
pub(super) fn counting_too(question: &str) -> String {
    let (words, lower) = lower_words(question);
    let word = |k: usize| lower.get(k).map(String::as_str);
    for k in 0..lower.len() {
        let opened = matches!(lower[k].as_str(), "counting" | "including" | "plus")
            && (k == 0 || lower[k - 1] != "not");
        let Some(&(start, end)) = words.get(k + 1).filter(|_| opened) else {
            continue;
        };
        if matches!(word(k + 1), Some("the" | "all" | "any" | "only" | "just")) {
            continue;
        }
        let last = match words.get(k + 2) {
            Some(&(next, _)) if &question[end..next] == "-" => k + 2,
            _ => k + 1,
        };
        let end = words[last].1;
        let through = match (word(last + 1), word(last + 2)) {
            (Some("too" | "also"), _) => Some(words[last + 1].1),
            (Some("as"), Some("well")) => Some(words[last + 2].1),
            (None, _) => Some(end),
            _ => question[end..]
                .trim_start()
                .starts_with([',', '?', '.', ';', ')'])
                .then_some(end),
        };
        if let Some(through) = through {
            return format!(
                "{}{} included{}",
                &question[..words[k].0],
                &question[start..end],
                &question[through..]
            );
        }
    }
    question.to_owned()
}
