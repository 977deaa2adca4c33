//! Phrases read as one: a lower-case schema word sampled as a name, a count asked last,
//! two tables side by side ("product category"), and rates ("no-show rate").

use super::*;

/// "the price of our most expensive product": a word typed in lower case that names a
/// column or a measure is that word, not the person or place of that name a sample holds
/// (a customer named Price).
pub(super) fn words_not_names(model: &Model, literals: &mut Vec<Literal>, units: &mut [Folded]) {
    let mut index = 0;
    let mut dropped = Vec::new();
    for k in 0..units.len() {
        let Folded::Placeholder(_) = units[k] else {
            continue;
        };
        // "How many jobs did we open in 2023?": a verb after its subject, no value.
        let subject = |w: &Folded| matches!(w, Folded::Word { word, .. } if grammar::is_subject_pronoun(word));
        let auxiliary = |w: &Folded| matches!(w, Folded::Word { word, .. } if matches!(word.as_str(), "has" | "have" | "had"));
        let after_subject = (k > 0 && subject(&units[k - 1]))
            || (k > 1 && auxiliary(&units[k - 1]) && subject(&units[k - 2]));
        let literal = &literals[index];
        index += 1;
        let LiteralValue::Value(value) = &literal.value else {
            continue;
        };
        let text = literal.text.as_str();
        let single = text.chars().all(|c| c.is_ascii_lowercase()) && text.len() > 2;
        let names = value.sources.iter().all(|s| {
            model
                .tables
                .iter()
                .find(|t| t.plain == s.table)
                .is_some_and(|t| t.label.contains(&s.column) || s.column.ends_with("name"))
        });
        // ("paid sales" where `sale_status(code, label)` holds 'Paid': a status said.)
        let status = value.sources.iter().any(|s| {
            let lookup = model.tables.iter().position(|t| t.plain == s.table);
            // (Only the tables that point to it: warehouses hold thousands.)
            lookup.is_some_and(|l| {
                model
                    .edges
                    .iter()
                    .any(|e| e.parent == l && model.status_lookup(e.child, l))
            })
        });
        let names = names && !status;
        let stemmed = stem(text);
        let schema_word = measure_word(text).is_some()
            || model.tables.iter().any(|t| {
                t.words.contains(&stemmed) || t.columns.iter().any(|c| c.words.contains(&stemmed))
            });
        // "the highest paid teachers" is no `lunch_status = 'Paid'` of students nobody
        // named: a measure word ranked is a word unless its table is named.
        let table_named = value.sources.iter().any(|s| {
            model
                .tables
                .iter()
                .find(|t| t.plain == s.table)
                .is_some_and(|t| {
                    units
                        .iter()
                        .any(|u| matches!(u, Folded::Word { stem, .. } if t.words.contains(stem)))
                })
        });
        let ranked = k > 0
            && matches!(&units[k - 1], Folded::Word { word, .. }
                if grammar::rank_word(word).is_some() || matches!(word.as_str(), "best" | "worst" | "well"));
        let measure =
            ranked && measure_word(text).is_some_and(|m| !m.kinds.is_empty()) && !table_named;
        // "top 5" is no supplier type `TOP`: a rank before a number.
        let ranks_number = grammar::rank_word(&text.to_lowercase()).is_some()
            && literals.get(index).is_some_and(|l| {
                matches!(l.value, LiteralValue::Number(_))
                    || l.text.chars().all(|c| c.is_ascii_digit())
            })
            && matches!(units.get(k + 1), Some(Folded::Placeholder(_)));
        // "per tariff plan" is `tariff_plans`, not an item type `PLAN`.
        let word_stem = |u: Option<&Folded>| match u {
            Some(Folded::Word { stem, .. }) => Some(stem.clone()),
            _ => None,
        };
        let in_table_name = [
            k.checked_sub(1)
                .and_then(|b| word_stem(units.get(b)))
                .map(|before| vec![before, stemmed.clone()]),
            word_stem(units.get(k + 1)).map(|after| vec![stemmed.clone(), after]),
        ]
        .into_iter()
        .flatten()
        // ("waiting list applications" of `waiting_list_entry`: two words within a name.)
        .any(|pair| {
            model
                .tables
                .iter()
                .any(|t| t.words.windows(2).any(|w| w == pair))
        });
        // "CMV negative" where a flag is `is_cmv_negative`: the word after another of the
        // column's name is that name's.
        let in_column_name = k > 0
            && word_stem(units.get(k - 1)).is_some_and(|before| {
                model.tables.iter().any(|t| {
                    t.columns.iter().any(|c| {
                        c.words
                            .windows(2)
                            .any(|w| w[0] == before && w[1] == stemmed)
                    })
                })
            });
        if ranks_number
            || single
                && (names || after_subject || measure || in_table_name || in_column_name)
                && schema_word
        {
            let word = text.to_lowercase();
            units[k] = Folded::Word {
                stem: stem(&word),
                word,
            };
            dropped.push(index - 1);
        }
    }
    for i in dropped.into_iter().rev() {
        literals.remove(i);
    }
}

/// "customers in Canada, how many?": a count asked last counts the first table named;
/// "the fewest flights, and how many?" asks for the count already there.
pub(super) fn trailing_count(model: &Model, reading: &mut Reading, pending: &mut Pending) {
    if pending.aggregate != Some(Aggregate::Count) || pending.kept_for.is_some() {
        return;
    }
    // "How many Sales Reps are there?": the rows of the one table that holds the value.
    if reading.items.is_empty() {
        let tables: Vec<usize> = reading
            .literals
            .iter()
            .filter_map(|l| match &l.value {
                LiteralValue::Value(v) => Some(&v.sources),
                _ => None,
            })
            .flatten()
            .filter_map(|s| model.tables.iter().position(|t| t.plain == s.table))
            .collect();
        // ("How many laptops are in use": the devices in use whose model is a laptop, the
        // one table the others are above.)
        let above_all = |t: usize| {
            tables.iter().all(|&o| {
                o == t
                    || model
                        .paths(t)
                        .get(o)
                        .cloned()
                        .flatten()
                        .is_some_and(|p| !p.is_empty() && p.iter().all(|(_, up)| *up))
            })
        };
        let mut below: Vec<usize> = tables.iter().copied().filter(|&t| above_all(t)).collect();
        below.dedup();
        let tables = match below[..] {
            [one] => vec![one],
            _ => tables,
        };
        if let [t, ref rest @ ..] = tables[..] {
            if rest.iter().all(|r| *r == t) {
                let t = events_of_kind(model, reading, t).unwrap_or(t);
                let mut item = take_item(pending, Ref::Table(t), false);
                item.aggregate = Some(Aggregate::Count);
                reading.items.push(item);
                return;
            }
        }
    }
    if reading.items.iter().any(|i| i.aggregate.is_some()) {
        pending.aggregate = None;
        return;
    }
    if let Some(first) = reading.items.first_mut() {
        if matches!(first.what, Ref::Table(_)) && !first.grouped && !first.absent {
            first.aggregate = pending.aggregate.take();
        }
    }
}

/// "Orders placed in the fourth quarter of 2022", "tickets opened since March": a bare
/// noun phrase of rows in a period asks how many of them there are.
pub(super) fn terse_count(model: &Model, reading: &mut Reading) {
    let period = reading.recent.is_some() || reading.literals.iter().any(|l| l.period().is_some());
    let measured = reading.items.iter().any(|i| {
        i.aggregate.is_some() || matches!(i.what, Ref::Measure(_) | Ref::Term(_) | Ref::Grain(_))
    });
    // (Dates the verb names may be said; columns asked for make it a listing.)
    let asked = reading.items.iter().any(|i| match &i.what {
        Ref::Columns(cs) => {
            let verb = i.text.split(' ').next().is_some_and(|w| {
                w.ends_with("ed") || grammar::is_past_verb(w) || w.ends_with("ing")
            });
            i.grouped
                || !verb
                || !cs.iter().all(|c| {
                    model
                        .column(c.table, &c.column)
                        .is_some_and(|m| m.role == Role::Time)
                })
        }
        _ => i.grouped,
    });
    if reading.opened
        || !period
        || measured
        || asked
        || reading.shows_more
        || reading.direction.is_some()
    {
        return;
    }
    if let Some(first) = reading.items.first_mut() {
        // (Not rows said by a word of money: "sales for March" may be their total.)
        let money = measure_word(&first.text).is_some_and(|m| !m.kinds.is_empty());
        if matches!(first.what, Ref::Table(_))
            && !first.absent
            && first.compared.is_none()
            && !money
        {
            first.aggregate = Some(Aggregate::Count);
        }
    }
}

/// "Break down the boxes we shipped by carrier": the rows named first, counted, when
/// nothing else is measured.
pub(super) fn breakdown_count(reading: &mut Reading) {
    let measured = reading
        .items
        .iter()
        .any(|i| i.aggregate.is_some() || matches!(i.what, Ref::Measure(_) | Ref::Term(_)));
    // (Only with a grouping read: "by who cancelled them" is none.)
    let grouped = reading.items.iter().any(|i| i.grouped);
    if !reading.breakdown || measured || !grouped {
        return;
    }
    if let Some(first) = reading
        .items
        .iter_mut()
        .find(|i| matches!(i.what, Ref::Table(_)) && !i.grouped && !i.absent)
    {
        first.aggregate = Some(Aggregate::Count);
    }
}

/// "How many laptops have never been checked out": a value counted as the question's
/// noun stands for the rows it is a value of (the devices whose model is a laptop),
/// counted before the words after it say more of them. Called once the value is placed.
pub(super) fn count_value_rows(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
) {
    let counted = pending.aggregate == Some(Aggregate::Count)
        && reading.items.is_empty()
        && i > 0
        && matches!(units[i - 1], Folded::Count);
    // (Not a value before the rows or a column it qualifies: "Lyon customers", "Gold PPO
    // members".)
    let qualifies = schema_phrase(model, units, i + 1).is_some();
    // (Nor before a verb of other rows: "How many laptops were ordered" may count the
    // orders.)
    let passive = matches!(word_at(units, i + 1), Some("were" | "was" | "got" | "get"));
    let Some(LiteralValue::Value(value)) = reading.literals.last().map(|l| &l.value) else {
        return;
    };
    if !counted || qualifies || passive {
        return;
    }
    let mut tables: Vec<usize> = value
        .sources
        .iter()
        .filter_map(|s| model.tables.iter().position(|t| t.plain == s.table))
        .collect();
    tables.dedup();
    let [t] = tables[..] else {
        return;
    };
    let t = events_of_kind(model, reading, t).unwrap_or(t);
    // (Rows that keep a quantity may count units: "how many growler fills did we sell".)
    if crate::ask::intent::resolve::quantity_columns(model, t)
        .next()
        .is_some()
    {
        return;
    }
    let mut item = take_item(pending, Ref::Table(t), false);
    item.aggregate = Some(Aggregate::Count);
    reading.items.push(item);
}

/// "Number of structure fires" where 'Structure Fire' names a row of `call_types`: the
/// rows of the one dated table that refer to that kind (the incidents), not the one kind.
fn events_of_kind(model: &Model, reading: &Reading, t: usize) -> Option<usize> {
    let labelled = reading.literals.iter().any(|l| match &l.value {
        LiteralValue::Value(v) => v
            .sources
            .iter()
            .any(|s| s.table == model.tables[t].plain && model.tables[t].label.contains(&s.column)),
        _ => false,
    });
    // (Or a kind of a table without dates, when a period is asked: "structure fires in
    // 2023".)
    let periods = reading.literals.iter().any(|l| l.period().is_some());
    let undated = crate::ask::intent::periods::dates_of(model, t).is_empty();
    // (Or any value of a table of models or kinds: "laptops" of `device_model` are the
    // devices of those models.)
    let kinds = model.tables[t].words.len() > 1
        && model.tables[t]
            .words
            .last()
            .is_some_and(|w| w == "model" || is_kind_word(w));
    if !(labelled || kinds || (periods && undated)) {
        return None;
    }
    let dated: Vec<usize> = crate::ask::intent::periods::dated_children(model, t);
    match dated[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// Two tables named side by side, the first only qualifying the second: "per product
/// category" groups by the product's category (a parent); "loan repayments" are the
/// `loan_payment` rows (a table whose name begins with the first). The second item, just
/// pushed at unit `i`, takes the first one's place.
pub(super) fn compound(model: &Model, reading: &mut Reading, second: usize, i: usize) {
    let n = reading.items.len();
    if n < 2 || reading.last_table_end != Some(i) {
        return;
    }
    let Ref::Table(first) = reading.items[n - 2].what else {
        return;
    };
    let parent = model
        .edges
        .iter()
        .any(|e| e.child == first && e.parent == second);
    let named_after = model.tables[second]
        .words
        .starts_with(&model.tables[first].words)
        && model.tables[second].words.len() > model.tables[first].words.len();
    // "by customer segment", "subscription plans": a word in the singular before the
    // table its rows refer to only says which.
    // (Only a table named by a name or title: `productlines` described by a text is no
    // better than the products' own `product_line`.)
    let named = model.tables[second].label.iter().any(|l| {
        model.column(second, l).is_some_and(|c| {
            c.words
                .iter()
                .any(|w| w == "name" || w == "titl" || w == "title")
        })
    });
    let grouped = reading.items[n - 2].grouped || (reading.items[n - 2].singular && named);
    if !((parent && grouped) || named_after) || first == second {
        return;
    }
    let qualifier = reading.items.remove(n - 2);
    let item = &mut reading.items[n - 2];
    item.grouped |= qualifier.grouped;
    item.per |= qualifier.per;
    item.absent |= qualifier.absent;
    item.distinct |= qualifier.distinct;
    item.aggregate = item.aggregate.or(qualifier.aggregate);
    // ("more than one payout account": the comparison said before the qualifier.)
    item.compared = item.compared.take().or(qualifier.compared);
    item.text = format!("{} {}", qualifier.text, item.text);
}

/// "no-show rate", "cancellation rate", "attendance rate": the share of rows with the value
/// named (or the value or yes/no column the noun is made of: `cancelled`, `attended`), as
/// a percentage. Returns the words taken.
pub(super) fn rate(
    model: &Model,
    values: &ValueIndex,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
) -> Option<usize> {
    let word = word_at(units, i)?;
    let table_of = |sources: &[crate::ask::literals::ValueSource]| -> Option<usize> {
        let tables: Vec<usize> = sources
            .iter()
            .filter_map(|s| model.tables.iter().position(|t| t.plain == s.table))
            .collect();
        match tables[..] {
            [t, ref rest @ ..] if rest.iter().all(|r| *r == t) => Some(t),
            _ => None,
        }
    };
    let share_of = |reading: &mut Reading, pending: &mut Pending, t: usize| {
        pending.set_aggregate(Aggregate::Share);
        push_item(reading, pending, Ref::Table(t), false, word.to_owned());
        reading.percent = true;
    };
    // "scrap rate" beside `quantity_scrap`: the share of units or of rows? Left unread.
    let counted_in_units = |w: &str| {
        let all: Vec<usize> = (0..model.tables.len()).collect();
        !model
            .columns_where(&all, |c| {
                c.role == Role::Number && c.words.contains(&stem(w))
            })
            .is_empty()
    };
    // "no-show rate": the value just named.
    if matches!(word, "rate" | "rates") && i > 0 && matches!(units[i - 1], Folded::Placeholder(_)) {
        let literal = reading.literals.last()?;
        let LiteralValue::Value(value) = &literal.value else {
            return None;
        };
        if counted_in_units(&literal.text.to_lowercase()) {
            return None;
        }
        let t = table_of(&value.sources)?;
        share_of(reading, pending, t);
        return Some(1);
    }
    if !matches!(word_at(units, i + 1), Some("rate" | "rates")) {
        return None;
    }
    let noun = stem(word);
    let made_of = |w: &str| w == noun || nominalizes(&noun, w);
    let all: Vec<usize> = (0..model.tables.len()).collect();
    let flags = model.columns_where(&all, |c| {
        c.data_type == "boolean" && c.words.iter().any(|w| made_of(w))
    });
    if let [flag] = &flags[..] {
        share_of(reading, pending, flag.table);
        push_item(
            reading,
            pending,
            Ref::Columns(flags.clone()),
            true,
            word.to_owned(),
        );
        return Some(2);
    }
    if counted_in_units(word) {
        return None;
    }
    let found = values.one_word_values(|key| made_of(&stem(key)));
    let [value] = found[..] else {
        return None;
    };
    let t = table_of(&value.sources)?;
    push_value(reading, value.clone(), value.key.clone(), Some(t));
    share_of(reading, pending, t);
    Some(2)
}

/// "per dish category": a column of the rows named just before (by another of their
/// names: dishes for `menu_items`) is that table's own column; the table's word only said
/// whose, and gives the column how it was grouped.
pub(super) fn own_column_of_table_before(reading: &mut Reading) {
    let n = reading.items.len();
    if n < 2 {
        return;
    }
    let (before, after) = reading.items.split_at_mut(n - 1);
    let (table_item, column_item) = (&before[n - 2], &mut after[0]);
    let Ref::Table(t) = table_item.what else {
        return;
    };
    let Ref::Columns(columns) = &column_item.what else {
        return;
    };
    let own: Vec<ColumnRef> = columns.iter().filter(|c| c.table == t).cloned().collect();
    // "branch opened first", "products priced above 200": a verb says what the rows did.
    let verb = column_item.text.split(' ').any(|w| {
        (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) || grammar::is_past_verb(w)
    });
    if own.is_empty()
        || verb
        || table_item.aggregate.is_some()
        || table_item.absent
        || table_item.compared.is_some()
        || column_item.grouped
    {
        return;
    }
    column_item.what = Ref::Columns(own);
    column_item.grouped = table_item.grouped;
    column_item.per |= table_item.per;
    column_item.text = format!("{} {}", table_item.text, column_item.text);
    reading.items.remove(n - 2);
}

/// "gross fare takings", "total revenue from fares": a measure word just before the one
/// money column that carries its kind is that column (`fare_amount`), with the measure's
/// aggregate.
pub(super) fn measure_of_column_after(
    model: &Model,
    reading: &mut Reading,
    word_before: Option<&str>,
) {
    let n = reading.items.len();
    if n < 2 {
        return;
    }
    let (before, after) = reading.items.split_at_mut(n - 1);
    let (measure_item, column_item) = (&mut before[n - 2], &after[0]);
    let (Ref::Measure(word), Ref::Columns(columns)) = (&measure_item.what, &column_item.what)
    else {
        return;
    };
    // "per sales channel": a grouping by the column the measure word qualifies.
    let texts = columns.iter().all(|c| {
        model
            .column(c.table, &c.column)
            .is_some_and(|m| m.role == Role::Text)
    });
    let adjacent = word_before == Some(measure_item.text.as_str());
    if measure_item.grouped && texts && adjacent && !column_item.grouped {
        let mut column_item = reading.items.pop().expect("two items");
        let measure_item = reading.items.pop().expect("two items");
        column_item.grouped = true;
        column_item.per |= measure_item.per;
        column_item.text = format!("{} {}", measure_item.text, column_item.text);
        reading.items.push(column_item);
        return;
    }
    let [column] = &columns[..] else {
        return;
    };
    let carries = model.column(column.table, &column.column).is_some_and(|c| {
        crate::ask::vocab::measures::column_measures(&c.words, &c.data_type)
            .iter()
            .any(|(k, _)| word.kinds.iter().any(|(w, _)| w == k))
    });
    // Said right before it ("gross fare"), not apart ("cost more than 300 a night").
    if !carries
        || !adjacent
        || measure_item.grouped
        || column_item.grouped
        || column_item.aggregate.is_some()
        || measure_item.compared.is_some()
        || column_item.compared.is_some()
    {
        return;
    }
    let aggregate = measure_item.aggregate.or(word.aggregate);
    measure_item.what = Ref::Columns(vec![column.clone()]);
    measure_item.aggregate = aggregate;
    measure_item.text = format!("{} {}", measure_item.text, column_item.text);
    reading.items.pop();
}
