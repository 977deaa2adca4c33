//! Nouns that say which rows rather than name them: the first of two tables named together
//! ("vessel calls"), and a status word whose own date is compared ("paid after their due
//! date").

use super::*;

/// "vessel calls", "lift passes": of two tables named one right after the other, the
/// first only says which kind of the second's rows (English puts the head noun last), and
/// adds nothing. `table_ended`: the item and the unit after the last table named alone.
pub(super) fn compound_noun(
    model: &Model,
    reading: &mut Reading,
    table_ended: &mut Option<(usize, usize)>,
    before: usize,
    i: usize,
    step: usize,
) {
    let plain = |item: &Item| {
        matches!(item.what, Ref::Table(_))
            && item.aggregate.is_none_or(|a| a == Aggregate::Count)
            && !item.grouped
            && !item.per
            && !item.absent
            && !item.filled
    };
    // "How many wash sites" of `washed_at`: one word of a column, counted, naming the
    // kind of the rows after it.
    let counted_word = |item: &Item| {
        matches!(item.what, Ref::Columns(_))
            && item.aggregate == Some(Aggregate::Count)
            && !item.distinct
            && !item.text.contains(' ')
            && !item.text.ends_with("ed")
            && !(item.grouped || item.per || item.absent || item.filled)
            && item.compared.is_none()
    };
    // ("at least 10 charger faults": a modifier compared, the comparison its head's.)
    if reading.items.len() != before + 1 {
        *table_ended = None;
        return;
    }
    if !plain(&reading.items[before]) {
        *table_ended = counted_word(&reading.items[before]).then_some((before, i + step));
        return;
    }
    if let Some((earlier, end)) = *table_ended {
        let first = &reading.items[earlier];
        let counted = first.aggregate == Some(Aggregate::Count) && !first.grouped && !first.absent;
        // ("different customers ordered": a verb after the rows, no second noun.)
        let is_noun = |text: &str| {
            let word = text.split(' ').next_back().unwrap_or_default();
            !word.ends_with("ed")
                && !word.ends_with("ing")
                && !grammar::is_past_verb(word)
                && measure_word(word).is_none_or(|m| m.tables.is_empty())
        };
        // (Nor "most borrowed titles": a verb before them.)
        // ("How many charging sites": a gerund naming the kind, when counted.)
        let modifier =
            |text: &str| is_noun(text) || (counted && !text.contains(' ') && text.ends_with("ing"));
        let noun = is_noun(&reading.items[before].text) && modifier(&first.text);
        if end == i
            && noun
            && earlier + 1 == before
            && first.what != reading.items[before].what
            && (counted || first.aggregate.is_none())
            && reading.items[before].aggregate.is_none()
        {
            // ("equipment items" of `ops_equipment` and a kind of product: a head said
            // by a word of another kind, not its table's own, says less than the first.)
            let own = |item: &Item| match item.what {
                Ref::Table(t) => item
                    .text
                    .split(' ')
                    .next_back()
                    .is_some_and(|w| model.tables[t].words.contains(&stem(w))),
                _ => true,
            };
            if !own(&reading.items[before]) && own(&reading.items[earlier]) {
                reading.items.remove(before);
                *table_ended = Some((earlier, i + step));
                return;
            }
            // "How many vessel calls": the count goes to the head.
            let removed = reading.items.remove(earlier);
            reading.items[earlier].aggregate = removed.aggregate;
            reading.items[earlier].distinct |= removed.distinct;
            // ("more than one payout account": the comparison goes with it.)
            if reading.items[earlier].compared.is_none() {
                reading.items[earlier].compared = removed.compared;
            }
            *table_ended = Some((earlier, i + step));
            return;
        }
    }
    *table_ended = Some((before, i + step));
}

/// The one date column of the value's table named by the value's word ("paid" →
/// `paid_date` beside a status 'PAID'), when "after"/"before their …" follows it.
pub(super) fn value_date_compared(
    model: &Model,
    units: &[Folded],
    i: usize,
    literal: &Literal,
) -> Option<ColumnRef> {
    let LiteralValue::Value(value) = &literal.value else {
        return None;
    };
    let compared = matches!(word_at(units, i + 1), Some("after" | "before"))
        && matches!(word_at(units, i + 2), Some("their" | "its" | "the"));
    if !compared || literal.text.contains(' ') {
        return None;
    }
    let word = stem(&literal.text.to_lowercase());
    let tables = model.source_columns(&value.sources);
    let mut tables: Vec<usize> = tables.iter().map(|c| c.table).collect();
    tables.sort_unstable();
    tables.dedup();
    let dates = model.columns_where(&tables, |c| c.role == Role::Time && c.words.contains(&word));
    match &dates[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// A value literal at `i` whose words name something of the schema instead: the table
/// they name ("serious adverse events" beside a `withdrawal_reason` 'Adverse event'; not a
/// participle, "refunded" is a status), the number column ("the lowest per-visit fee"
/// beside a `payment_type` 'Per-Visit Fee'), the date its word names before "after their
/// due date" (`paid_date` for a status 'PAID'), or, with the word after it, a table
/// ("Customs holds" beside a `hold_agency` 'CUSTOMS') or a column ("consultation fee").
/// Returns what is named, whether it groups, its text and the units taken.
pub(super) fn value_as_name(
    model: &Model,
    units: &[Folded],
    i: usize,
    literal: &Literal,
) -> Option<(Ref, bool, String, usize)> {
    let LiteralValue::Value(_) = &literal.value else {
        return None;
    };
    let text = literal.text.to_lowercase();
    let participle = text.ends_with("ed") || text.ends_with("ing");
    let phrase: Vec<String> = raw_words(&literal.text)
        .iter()
        .map(|w| stem(&w.to_lowercase()))
        .collect();
    if !participle {
        if let Some(t) = model.tables.iter().position(|t| t.words == phrase) {
            return Some((Ref::Table(t), false, text, 1));
        }
        let all: Vec<usize> = (0..model.tables.len()).collect();
        let numbers = model.columns_where(&all, |c| c.role == Role::Number && c.words == phrase);
        if let [number] = &numbers[..] {
            return Some((Ref::Columns(vec![number.clone()]), true, text, 1));
        }
    }
    if let Some(date) = value_date_compared(model, units, i, literal) {
        return Some((Ref::Columns(vec![date]), true, text, 1));
    }
    let Some(Folded::Word { word, stem: next }) = units.get(i + 1) else {
        return None;
    };
    let mut phrase = phrase;
    phrase.push(next.clone());
    let text = format!("{text} {word}");
    if let Some(t) = model.tables.iter().position(|t| t.words == phrase) {
        return Some((Ref::Table(t), false, text, 2));
    }
    let columns = matching_columns(model, &phrase, false);
    (!columns.is_empty()).then_some((Ref::Columns(columns), true, text, 2))
}

/// "Top 3 productions by tickets sold": rows ranked "by" other rows named after them are
/// ranked by how many of those there are, as "the most tickets" says it.
pub(super) fn ranked_by_rows(reading: &mut Reading) {
    if reading.direction.is_none() {
        return;
    }
    let tables: Vec<usize> = reading
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i.what, Ref::Table(_)))
        .map(|(k, _)| k)
        .collect();
    let [first, by] = tables[..] else {
        return;
    };
    let (ranked, counted) = (&reading.items[first], &reading.items[by]);
    let plain = |i: &Item| i.aggregate.is_none() && !i.absent && i.compared.is_none();
    if plain(ranked)
        && !ranked.grouped
        && plain(counted)
        && counted.grouped
        && !counted.per
        && ranked.what != counted.what
        // ("Top 5 products by sales": money, as "sales" says it.)
        && counted
            .text
            .split(' ')
            .all(|w| measure_word(w).is_none_or(|m| m.kinds.is_empty()))
    {
        let counted = &mut reading.items[by];
        counted.grouped = false;
        counted.aggregate = Some(Aggregate::Count);
    }
}
