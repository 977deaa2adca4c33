//! A measure word of the question ("revenue", "sold", "paid"): what it measures, the
//! activity that records it, or the count of the rows a verb says happened.

use super::*;

/// Places the measure word `word` at `i`; returns the units taken.
pub(super) fn place_measure_word(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
    measure: &'static MeasureWord,
) -> usize {
    // "top 5 venues by tickets sold": ranked by the number of tickets; the verb says
    // what happened to them.
    let after_grouped_table = reading.direction.is_some()
        && (word.ends_with("ed") || grammar::is_past_verb(word) || !measure.tables.is_empty())
        && reading.items.last().is_some_and(|l| {
            matches!(l.what, Ref::Table(_))
                && l.grouped
                && l.aggregate.is_none()
                && word_at(units, i - 1) == l.text.split(' ').next_back()
        });
    if after_grouped_table {
        if let Some(last) = reading.items.last_mut() {
            last.grouped = false;
            last.per = false;
            last.aggregate = Some(Aggregate::Count);
        }
        return 1;
    }
    // "ticket volume", "call volume": the number of the rows just named, when no column
    // of theirs is a volume or a quantity.
    if word == "volume" {
        let named = reading.items.last().and_then(|l| match l.what {
            Ref::Table(t)
                if l.aggregate.is_none()
                    && word_at(units, i - 1) == l.text.split(' ').next_back() =>
            {
                Some(t)
            }
            _ => None,
        });
        if let Some(t) = named {
            let measured = model.tables[t].columns.iter().any(|c| {
                c.role == Role::Number
                    && c.words
                        .iter()
                        .any(|w| matches!(w.as_str(), "volume" | "quantity" | "qty" | "unit"))
            });
            if !measured {
                if let Some(last) = reading.items.last_mut() {
                    last.aggregate = Some(Aggregate::Count);
                }
                return 1;
            }
        }
    }
    // "sales revenue": the first of two measure words only qualifies the second.
    if word_at(units, i + 1)
        .and_then(measure_word)
        .is_some_and(|next| is_measure(next) && next.aggregate.is_some())
        && measure.aggregate.is_none()
    {
        return 1;
    }
    // "the cheapest fare anyone has paid": the verb of the column just named;
    // "hourly pay": the kind of measure the column just named carries.
    let inflected = stem(word) != word;
    let carried = |l: &Item| match &l.what {
        Ref::Columns(cs) => cs.iter().all(|c| {
            model.column(c.table, &c.column).is_some_and(|m| {
                crate::ask::vocab::measures::column_measures(&m.words, &m.data_type)
                    .iter()
                    .any(|(kind, _)| measure.kinds.iter().any(|(k, _)| k == kind))
            })
        }),
        _ => false,
    };
    let adjacent = i > 0
        && reading
            .items
            .last()
            .is_some_and(|l| word_at(units, i - 1) == l.text.split(' ').next_back());
    if reading.items.last().is_some_and(|l| {
        matches!(l.what, Ref::Columns(_)) && !l.grouped && (inflected || (adjacent && carried(l)))
    }) {
        // "price actually paid": the one column named by both words (`price_paid`), over
        // the column the first named alone (`lessons.price`).
        if let Some(last) = reading.items.last_mut() {
            let mut named: Vec<String> = last.text.split(' ').map(stem).collect();
            named.push(stem(word));
            let all: Vec<usize> = (0..model.tables.len()).collect();
            let both = model.columns_where(&all, |c| {
                c.role != Role::Key
                    && named.iter().all(|n| {
                        c.words
                            .iter()
                            .any(|w| w == n || (w.len() > 3 && n.starts_with(w.as_str())))
                    })
            });
            if let [one] = &both[..] {
                last.what = Ref::Columns(vec![one.clone()]);
            }
        }
        return 1;
    }
    // "invoices paid after their due date": the date the verb names, compared with the
    // other.
    let compared_date = matches!(word_at(units, i + 1), Some("after" | "before"))
        && matches!(word_at(units, i + 2), Some("their" | "its" | "the"));
    if compared_date && (word.ends_with("ed") || grammar::is_past_verb(word)) {
        let verb = stem(word);
        let all: Vec<usize> = (0..model.tables.len()).collect();
        let dates = model.columns_where(&all, |c| {
            c.role == Role::Time && c.words.iter().any(|w| *w == verb || same_stem(w, &verb))
        });
        if let [one] = &dates[..] {
            push_item(
                reading,
                pending,
                Ref::Columns(vec![one.clone()]),
                true,
                word.to_owned(),
            );
            return 1;
        }
    }
    // "units sold", "amount paid": the activity says where the measure is recorded.
    let activity = word_at(units, i + 1)
        .and_then(measure_word)
        .filter(|a| !a.tables.is_empty());
    let text = match activity {
        Some(a) => format!("{word} {}", a.word),
        None => word.to_owned(),
    };
    push_item(reading, pending, Ref::Measure(measure), true, text);
    if let (Some(a), Some(item)) = (activity, reading.items.last_mut()) {
        item.activity = Some(a);
        return 2;
    }
    1
}
