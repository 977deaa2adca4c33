//! The columns a run of words names: as written, less the table's words, run together,
//! by their first words, or partly, with the ties a name column or an actual one breaks.

use super::*;

/// Non-key columns named by `phrase`: all its words, or (for one word) one word of the
/// column's name that is not generic.
/// Whether `word` is only the last word of a flag (`is_season_pass`): "a pass scanned"
/// says nothing of the flag, whose last word names the thing it sorts (a participle,
/// `sla_breached`, is the flag itself); or only the participle a flag qualifies
/// (`booked_online`): "appointments booked" are not those booked online.
fn flag_head(
    column: &crate::ask::intent::schema::ColumnModel,
    unflagged: &[String],
    word: &str,
) -> bool {
    // (Cheap checks first: this runs for every column a partial phrase is tried on.)
    if column.data_type != "boolean"
        || unflagged.len() < 2
        || column.name.to_lowercase().ends_with("ed")
    {
        return false;
    }
    let qualified = || {
        unflagged.first().is_some_and(|w| same_stem(w, word))
            && crate::ask::vocab::raw_words(&column.name)
                .iter()
                .find(|w| !matches!(w.as_str(), "is" | "has" | "was"))
                .is_some_and(|first| first.ends_with("ed"))
    };
    unflagged.last().is_some_and(|w| same_stem(w, word)) || qualified()
}

pub(super) fn matching_columns(model: &Model, phrase: &[String], partial: bool) -> Vec<ColumnRef> {
    let mut full = Vec::new();
    let mut part = Vec::new();
    for (t, table) in model.tables.iter().enumerate() {
        for column in table.columns.iter().filter(|c| c.role != Role::Key) {
            let column_ref = ColumnRef {
                table: t,
                column: column.name.clone(),
            };
            let words = &column.words;
            let without_table = words.strip_prefix(&table.words[..]).unwrap_or(words);
            // "leave requests by type" for `lv_req.lvtype`: the column less the table's
            // first word.
            let without_head = table.words.len() > 1
                && words.len() == 2
                && !is_stop_word(&phrase[0])
                && !matches!(phrase[0].as_str(), "at" | "on" | "date" | "time")
                && (words[0] == table.words[0] || Some(&words[0]) == table.words.last())
                && words[1..] == *phrase;
            let prefixed = phrase.len() > table.words.len()
                && phrase.starts_with(&table.words)
                && &phrase[table.words.len()..] == without_table;
            // "check-out time" for `checked_out_at`: the name less its generic last word,
            // said with a word of time.
            let bare = |words: &[String]| -> Vec<String> {
                let mut words = words.to_vec();
                while words.len() > 1
                    && words.last().is_some_and(|w| {
                        matches!(w.as_str(), "at" | "on" | "date" | "time" | "epoch")
                    })
                {
                    words.pop();
                }
                words
            };
            let timed = phrase
                .last()
                .is_some_and(|w| matches!(w.as_str(), "date" | "time"));
            let untimed = timed && bare(words) == bare(phrase) && bare(words) != *words;
            // "cancellation reason" for `cancel_reason`: a word the noun of the column's.
            let nominal = phrase.len() >= 2
                && words.len() == phrase.len()
                && words.iter().zip(phrase).any(|(w, p)| w == p)
                && words
                    .iter()
                    .zip(phrase)
                    .all(|(w, p)| w == p || nominalizes(p, w));
            // "wine club members" for `isWineClubMember`: a flag named without its "is".
            let flag = column.data_type == "boolean"
                && words.len() > phrase.len()
                && matches!(words[0].as_str(), "is" | "has")
                && words[1..] == *phrase;
            // "superhosts" for `issuperhost` split as is, superhost; "check-in date" for
            // `checkindate`: the same letters run together.
            let letters = |ws: &[String]| ws.concat();
            let unflagged = match words.first().map(String::as_str) {
                Some("is" | "has") if column.data_type == "boolean" => &words[1..],
                _ => &words[..],
            };
            // Only where one side runs words together that the other separates.
            let same = |a: &[String], b: &[String]| a.len() != b.len() && letters(a) == letters(b);
            let joined = words.len() > phrase.len()
                && !phrase.is_empty()
                && (same(phrase, unflagged)
                    || same(phrase, &bare(unflagged))
                    || (timed && same(&bare(phrase), &bare(unflagged))));
            // "hourly rate" of `hourly_rate_gbp`, "running time" of `running_time_minutes`:
            // the name less the unit it is kept in.
            let unit = |w: &String| {
                matches!(
                    w.as_str(),
                    "gbp"
                        | "usd"
                        | "eur"
                        | "chf"
                        | "cad"
                        | "aud"
                        | "cent"
                        | "kg"
                        | "km"
                        | "eu"
                        | "minute"
                        | "min"
                        | "hour"
                        | "hr"
                        | "second"
                        | "sec"
                        | "ml"
                        | "litre"
                        | "liter"
                        | "mile"
                        | "lb"
                )
            };
            let unitless = words.len() > phrase.len()
                && phrase.len() >= 2
                && words[phrase.len()..].iter().all(unit)
                && words[..phrase.len()] == *phrase;
            if words == phrase
                || unitless
                || without_table == phrase
                || prefixed
                || untimed
                || nominal
                || flag
                || joined
                || without_head
            {
                full.push(column_ref);
            } else if partial
                && !flag_head(column, unflagged, &phrase[0])
                && !GENERIC.contains(&phrase[0].as_str())
                && !is_stop_word(&phrase[0])
                && phrase[0].len() > 2
                && words
                    .iter()
                    .any(|w| !GENERIC.contains(&w.as_str()) && same_stem(w, &phrase[0]))
            {
                part.push(column_ref);
            }
        }
    }
    super::super::resolve::prefer_actual(model, &mut full);
    super::super::resolve::prefer_actual(model, &mut part);
    if !full.is_empty() {
        return full;
    }
    // "each client" of `client_name` and `client_type`: the one naming it.
    if let [word] = phrase {
        let named: Vec<&ColumnRef> = part
            .iter()
            .filter(|c| {
                model.column(c.table, &c.column).is_some_and(|m| {
                    m.words.len() == 2 && m.words[0] == *word && m.words[1] == "name"
                })
            })
            .collect();
        // The others sort its rows into kinds (`client_type`), not its address
        // (`ship_city` beside `ship_name`, where "shipped" is a verb).
        let all_of_it = part.iter().all(|c| {
            model.column(c.table, &c.column).is_some_and(|m| {
                m.words.first() == Some(word)
                    && m.words.len() == 2
                    && matches!(
                        m.words[1].as_str(),
                        "name"
                            | "type"
                            | "categori"
                            | "category"
                            | "segment"
                            | "tier"
                            | "class"
                            | "kind"
                            | "group"
                            | "status"
                    )
            })
        });
        if let ([one], true, true) = (&named[..], all_of_it, part.len() > 1) {
            return vec![(*one).clone()];
        }
    }
    if !part.is_empty() || !partial {
        return part;
    }
    // "priced" (stem "pric") of `list_price`: a verb whose stem lost the final "e" of a
    // column's word, when no table has two such columns ("graded" is no `letter_grade`
    // beside `grade_points`).
    let word = &phrase[0];
    let weak = model.columns_where(&(0..model.tables.len()).collect::<Vec<_>>(), |c| {
        c.role != Role::Key
            && word.len() >= 4
            && c.words
                .iter()
                .any(|w| w.strip_suffix('e') == Some(word.as_str()))
    });
    // "vegetarian" for `is_veg`, "customer" for `cust_…`: a column's word of three letters
    // or more that the question's word begins with, abbreviated.
    let weak = if weak.is_empty() {
        model.columns_where(&(0..model.tables.len()).collect::<Vec<_>>(), |c| {
            c.role != Role::Key
                && c.words.iter().any(|w| {
                    w.len() >= 3
                        && word.len() >= w.len() + 3
                        && word.starts_with(w.as_str())
                        && !GENERIC.contains(&w.as_str())
                        && !is_stop_word(w)
                })
        })
    } else {
        weak
    };
    // "cancellation reason" for `cancel_reason`: the noun of a column's verb.
    let weak = if weak.is_empty() {
        model.columns_where(&(0..model.tables.len()).collect::<Vec<_>>(), |c| {
            c.role != Role::Key && c.words.iter().any(|w| nominalizes(word, w))
        })
    } else {
        weak
    };
    // "job" for `role`, "wage" for `salary`: a column's word of the same kind, when no
    // table is of that kind ("restaurants" are `branches`, not `branch_name`).
    let names_table = model
        .tables
        .iter()
        .any(|t| t.words.iter().any(|w| related(word, w) > 0.0));
    let weak = if weak.is_empty() && !GENERIC.contains(&word.as_str()) && !names_table {
        model.columns_where(&(0..model.tables.len()).collect::<Vec<_>>(), |c| {
            c.role != Role::Key && c.words.iter().any(|w| related(word, w) > 0.0)
        })
    } else {
        weak
    };
    let one_per_table = weak
        .iter()
        .all(|c| weak.iter().filter(|o| o.table == c.table).count() == 1);
    if one_per_table {
        weak
    } else {
        Vec::new()
    }
}
