//! Words read before the schema's phrases: what frames the question ("successful", "of
//! all time", "do we run"), what the business itself is ("in the group"), and words whose
//! reading a schema phrase would get wrong ("the total amount of", "net sales", "month by
//! month", "never opened a ticket", "were opened in 2023").

use super::*;

/// The limit of a ranking that only orders ("cheapest first"): no answer holds more rows.
pub(in crate::ask::intent) const ORDERED_ALL: u64 = 1000;

/// Words that frame the question, read before anything else: how many units they take.
pub(super) fn frame_words(
    model: &Model,
    reading: &mut Reading,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    // "successful payments": the attempts that went through.
    if matches!(word, "successful" | "successfully")
        && model.tables.iter().any(|t| {
            t.columns.iter().any(|c| {
                c.values
                    .iter()
                    .any(|v| crate::ask::vocab::business::is_success_value(v))
            })
        })
    {
        reading.successful = true;
        return Some(1);
    }
    // "in chronological order", "in date order", "oldest first", "chronologically": the
    // order of time, checked against the answer's shape once it is known.
    let next = (word_at(units, i + 1), word_at(units, i + 2));
    let taken = match (word, next) {
        ("chronologically", _) => Some(1),
        (
            "in",
            (
                Some("chronological" | "date" | "time" | "calendar" | "month" | "year"),
                Some("order"),
            ),
        ) => Some(3),
        ("oldest" | "earliest", (Some("first"), _)) => Some(2),
        // "oldest year first".
        ("oldest" | "earliest", (Some(grain), Some("first")))
            if grammar::grain_word(grain).is_some() =>
        {
            reading.chronological = true;
            return Some(1);
        }
        // "in order" closing the question ("month by month for 2023, in order").
        ("in", (Some("order"), None)) => Some(2),
        _ => None,
    };
    if let Some(n) = taken {
        reading.chronological = true;
        return Some(n);
    }
    // "cheapest first", "most popular first": every row, in that order (as many as an
    // answer holds).
    // "Rank the cuisines by number of orders": all of them, highest first.
    if i == 0 && matches!(word, "rank" | "sort") && matches!(next.0, Some("the" | "all" | "our")) {
        reading.direction = Some(Direction::Highest);
        reading.limit = Some(ORDERED_ALL);
        return Some(1);
    }
    if word == "first"
        && next.0.is_none()
        && reading.direction.is_some()
        && reading.limit.is_none_or(|l| l == ORDERED_ALL)
        && !reading.rank_time
    {
        reading.limit = Some(ORDERED_ALL);
        return Some(1);
    }
    // "Which 3 … had the smallest …, lightest first?": the order said again.
    let said_again = i > 0
        && word_at(units, i - 1).is_some_and(|before| {
            let ranks =
                grammar::rank_word(before).or_else(|| measure_word(before).and_then(|m| m.rank));
            ranks.is_some() && ranks == reading.direction
        });
    if word == "first" && next.0.is_none() && said_again {
        return Some(1);
    }
    if word == "first" && next.0.is_none() && reading.chronological {
        return Some(1);
    }
    // "the products we no longer sell", "staff who no longer work here": rows whose
    // active flag is off or whose end date is set; the verb after it says no more.
    if (word, next.0) == ("no", Some("longer")) || (word, next.0) == ("not", Some("anymore")) {
        // "reps who are no longer active": the column said, negated as after "not".
        if let Some((Ref::Columns(_), _, _)) = super::words::schema_phrase(model, units, i + 2) {
            return None;
        }
        if matches!(units.get(i + 2), Some(Folded::Placeholder(_))) {
            return None;
        }
        reading.no_longer = true;
        let verb = next.1.is_some_and(|v| {
            let activity = measure_word(v).is_some_and(|m| !m.tables.is_empty());
            let named = matches!(
                super::words::schema_phrase(model, units, i + 2),
                Some((Ref::Table(_), _, _))
            );
            !is_stop_word(v) && (activity || !named)
        });
        return Some(if verb { 3 } else { 2 });
    }
    // "current employees", "currently on the payroll": checked once the rows are known;
    // not a column's word ("current balance") nor a period ("the current year").
    let grain_next = word_at(units, i + 1).is_some_and(|n| grammar::grain_word(n).is_some());
    // "headcount": the staff there now, where the rows say who is.
    if word == "headcount" {
        reading.headcount = true;
        return Some(1);
    }
    if matches!(word, "current" | "currently")
        && !grain_next
        && super::words::schema_phrase(model, units, i).is_none()
    {
        reading.current = true;
        return Some(1);
    }
    // "listings that can be booked instantly" of a flag `instantbook`: what the rows
    // allow, said by the flag, not bookings that happened.
    if matches!(word, "can" | "could") && word_at(units, i + 1) == Some("be") {
        if let Some(verb) = word_at(units, i + 2) {
            let s = stem(verb);
            let flagged = model.tables.iter().any(|t| {
                t.columns.iter().any(|c| {
                    c.data_type == "boolean" && c.words.iter().any(|w| *w == s || same_stem(w, &s))
                })
            });
            if flagged {
                return Some(3);
            }
        }
    }
    // "since the start of 2023": the period's own start, not a column named `start`.
    if matches!(word, "beginning" | "start")
        && word_at(units, i + 1) == Some("of")
        && matches!(units.get(i + 2), Some(Folded::Placeholder(_)))
    {
        return Some(2);
    }
    // "of all time": what every answer already is.
    if (word, word_at(units, i + 1), word_at(units, i + 2)) == ("of", Some("all"), Some("time")) {
        return Some(3);
    }
    None
}

/// Words read before the schema's phrases at `i`: how many units they take, when they
/// take any.
pub(super) fn before_phrases(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    // "What is the total amount of ticket sales?": the column named `total_amount`,
    // summed, when "total" opens the question's measure (not "their total amount", "the
    // highest total amount").
    let opens = i == 0
        || matches!(
            word_at(units, i - 1),
            Some("the" | "our" | "what" | "is" | "was" | "show" | "give" | "me" | "get")
        );
    // "orders that had a total between 100 and 200": each row's total, compared.
    let noun = i > 0 && matches!(word_at(units, i - 1), Some("a" | "an" | "its" | "their"));
    let compared_next = matches!(
        word_at(units, i + 1),
        Some(
            "between"
                | "over"
                | "under"
                | "above"
                | "below"
                | "exceeding"
                | "greater"
                | "more"
                | "less"
        )
    );
    if let (true, true, true, Some(t)) = (word == "total", noun, compared_next, last_table(reading))
    {
        if let Ok(column) = crate::ask::intent::resolve::table_measure(model, t) {
            push_item(
                reading,
                pending,
                Ref::Columns(vec![column]),
                false,
                word.to_owned(),
            );
            return Some(1);
        }
    }
    if word == "total" && opens && pending.aggregate.is_none() {
        if let Some((Ref::Columns(columns), 2.., _)) = schema_phrase(model, units, i) {
            let named_total = columns.iter().all(|c| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.words.first().is_some_and(|w| w == "total"))
            });
            if named_total {
                pending.set_aggregate(Aggregate::Sum);
            }
        }
    }
    // "How many hypermarkets do we run?", "wines do we carry": what the business has.
    let having = matches!(
        word,
        "run" | "operate" | "carry" | "stock" | "own" | "employ" | "offer" | "manage"
    ) && i > 0
        && matches!(word_at(units, i - 1), Some("we" | "you"))
        && word_at(units, i + 1).is_none_or(is_stop_word);
    if having && !matches!(schema_phrase(model, units, i), Some((Ref::Table(_), _, _))) {
        return Some(1);
    }
    // "month by month", "year over year": one grouping by that grain, before any column
    // of a calendar named `month`.
    if let Some(grain) = grammar::grain_word(word) {
        let repeated = matches!(word_at(units, i + 1), Some("by" | "over" | "after"))
            && word_at(units, i + 2) == Some(word);
        if repeated {
            push_item(reading, pending, Ref::Grain(grain), true, word.to_owned());
            return Some(3);
        }
    }
    // "net sales", "gross revenue": the sales' own `net_amount`, summed, when the word
    // before the measure names one number column of the rows the measure word names.
    if let Some((Ref::Columns(columns), 1, _)) = schema_phrase(model, units, i) {
        let next = word_at(units, i + 1);
        let measured = next
            .and_then(measure_word)
            .is_some_and(|m| is_measure(m) && m.aggregate.is_some());
        if let ([column], true) = (&columns[..], measured) {
            let rows = match schema_phrase(model, units, i + 1) {
                Some((Ref::Table(t), n, _)) if t == column.table => Some(n),
                _ => None,
            };
            // `net_amount`: the word and an amount; `unit_price` is no "units sold".
            let stemmed = stem(word);
            let number = model.column(column.table, &column.column).is_some_and(|c| {
                c.role == Role::Number
                    && c.words.contains(&stemmed)
                    && c.words.iter().all(|w| {
                        *w == stemmed
                            || matches!(w.as_str(), "amount" | "total" | "valu" | "value" | "sum")
                    })
            });
            if let (Some(n), true) = (rows, number) {
                if pending.aggregate.is_none() {
                    pending.set_aggregate(Aggregate::Sum);
                }
                let text = format!("{word} {}", next.unwrap_or_default());
                push_item(reading, pending, Ref::Columns(columns), false, text);
                return Some(1 + n);
            }
        }
    }
    // "users who have never opened a ticket": the verb relates the users to the tickets
    // named after it; it is no `offices.opened_on`.
    let relating_verb = pending.absent
        && (word.ends_with("ed") || grammar::is_past_verb(word))
        && table_named_after(model, units, i);
    // (A verb that names nothing at all relates them too: "volunteers who haven't worked
    // a single shift".)
    if relating_verb
        && match schema_phrase(model, units, i) {
            Some((Ref::Columns(_), 1, _)) => true,
            None => measure_word(word).is_none() && !grammar::is_neutral_word(word),
            _ => false,
        }
    {
        reading.verbs.push(word.to_owned());
        return Some(1);
    }
    // "in the group": the business, unless a table or column is named so outright (a
    // word of its kind, `team`, is not enough).
    if names_the_business(units, i, word) {
        let stemmed = stem(word);
        let named = model.tables.iter().any(|t| {
            t.words.contains(&stemmed) || t.columns.iter().any(|c| c.words.contains(&stemmed))
        });
        if !named {
            return Some(1);
        }
    }
    // "How many invoices did we raise in 2024?": the rows counted, made by us then.
    let made_by_us = matches!(
        word,
        "raise" | "issue" | "create" | "place" | "submit" | "file" | "open" | "make"
    ) && i > 0
        && matches!(word_at(units, i - 1), Some("we" | "you" | "they"))
        && reading.items.last().is_some_and(|l| {
            // (Not where the verb names a date of theirs: "did we issue" of `issued_on`.)
            let dated = |t: usize| {
                !model
                    .columns_where(&[t], |c| {
                        let said = stem(word);
                        let base = said.trim_end_matches('e');
                        c.role == Role::Time && c.words.iter().any(|w| w.starts_with(base))
                    })
                    .is_empty()
            };
            matches!(l.what, Ref::Table(t) if !dated(t)) && l.aggregate == Some(Aggregate::Count)
        });
    if made_by_us {
        reading.creation = true;
        return Some(1);
    }
    // "tickets were opened in 2023", "have been raised since June": a verb of making the
    // rows said of them dates them by their creation; it is no `offices.opened_on` of
    // rows not named.
    let made_of_named = matches!(
        word,
        "made" | "placed" | "created" | "submitted" | "opened" | "issued" | "raised" | "filed"
    ) && i > 0
        && matches!(
            word_at(units, i - 1),
            Some("were" | "was" | "been" | "got" | "get" | "are" | "is")
        )
        && reading
            .items
            .iter()
            .rev()
            .find_map(|item| match item.what {
                Ref::Table(t) => Some(t),
                _ => None,
            })
            .is_some_and(|named| match schema_phrase(model, units, i) {
                None => true,
                Some((Ref::Columns(columns), 1, _)) => columns.iter().all(|c| c.table != named),
                _ => false,
            });
    if made_of_named {
        return Some(1);
    }
    None
}

/// What a word says of the money or the rows, whatever else it is: money that came in
/// ("collected", "revenue", "paid us"), a passive verb, a verb of making the rows.
pub(super) fn note_money_and_verbs(reading: &mut Reading, units: &[Folded], i: usize, word: &str) {
    // "payments received per month": money that came in, whatever column "received"
    // also names (`received_on`).
    reading.received |= word == "received";
    reading.collected |= matches!(word, "collected" | "collect" | "received" | "receive")
        // "taken in payments": money that came in.
        || (matches!(word, "take" | "taken" | "took" | "takes") && word_at(units, i + 1) == Some("in"));
    reading.earned |= matches!(
        word,
        "revenue" | "revenues" | "income" | "earned" | "earnings"
    );
    // "How much did they pay us", "spent with us": money that came in.
    let to_us = match word_at(units, i + 1) {
        Some("us") => true,
        Some("to" | "with") => word_at(units, i + 2) == Some("us"),
        _ => false,
    };
    reading.earned |= matches!(word, "pay" | "paid" | "spent" | "spend" | "spends") && to_us;
    reading.we_spent |= matches!(word, "spent" | "spend" | "spending")
        && i > 0
        && matches!(word_at(units, i - 1), Some("we" | "our"));
    let participle = matches!(word, "were" | "was")
        && word_at(units, i + 1)
            .is_some_and(|next| next.ends_with("ed") || grammar::is_past_verb(next));
    reading.passive |= participle;
    let irregular = matches!(
        word_at(units, i + 1),
        Some("left" | "paid" | "made" | "lost")
    );
    if matches!(word, "were" | "was") && (participle || irregular) {
        reading.passive_verb = word_at(units, i + 1).map(str::to_owned);
    }
    // "how many cars did we wash": the rows counted are what the verb was done to, as in
    // the passive ("were washed").
    // ("How many lots have we sold": goods, each sold once; the verb of trade counts
    // them.)
    let traded = word_at(units, i + 2)
        .and_then(measure_word)
        .is_some_and(|m| !m.tables.is_empty());
    reading.passive |= matches!(word, "did" | "do" | "have")
        && matches!(word_at(units, i + 1), Some("we" | "you" | "they"))
        && !traded
        && reading.items.last().is_some_and(|l| {
            // ("How many different suppliers did we order from": those, once each.)
            matches!(l.what, Ref::Table(_)) && l.aggregate == Some(Aggregate::Count) && !l.distinct
        });
    reading.and_when |= word == "when" && i > 0 && word_at(units, i - 1) == Some("and");
    reading.creation |= matches!(
        word,
        "made"
            | "placed"
            | "created"
            | "submitted"
            | "booked"
            | "make"
            | "opened"
            | "issued"
            | "raised"
            | "filed"
            | "new"
    );
}

/// Whether a table is named right after the word at `i`, past an article ("never opened
/// a ticket").
fn table_named_after(model: &Model, units: &[Folded], i: usize) -> bool {
    let mut j = i + 1;
    while matches!(
        word_at(units, j),
        Some("a" | "an" | "any" | "the" | "single")
    ) {
        j += 1;
    }
    matches!(schema_phrase(model, units, j), Some((Ref::Table(_), _, _)))
}

/// "clients who have never booked a treatment": a value that is a single past-tense verb
/// (a status `booked`), after "never", before the rows it relates the rows named to.
pub(super) fn relates_rows_named_after(
    model: &Model,
    units: &[Folded],
    i: usize,
    literal: &Literal,
) -> bool {
    let text = literal.text.as_str();
    // (Said of what was never done; "excluding cancelled orders" leaves rows out.)
    let mut k = i;
    while k > 0
        && matches!(
            word_at(units, k - 1),
            Some("have" | "has" | "had" | "ever" | "yet" | "actually" | "been" | "even")
        )
    {
        k -= 1;
    }
    let never = k > 0
        && matches!(
            word_at(units, k - 1),
            Some("never" | "not" | "haven't" | "hasn't" | "didn't" | "havent" | "hasnt" | "didnt")
        );
    never
        && matches!(literal.value, LiteralValue::Value(_))
        && text.len() > 4
        && text.ends_with("ed")
        && text.chars().all(|c| c.is_ascii_lowercase())
        && table_named_after(model, units, i)
}

/// "dealerships in the group", "cars on the lot": the business itself, after "in" or "on".
pub(super) fn names_the_business(units: &[Folded], i: usize, word: &str) -> bool {
    // "in the group", "across the chain", "joined the platform".
    let in_or_on = |k: usize| {
        matches!(
            word_at(units, k),
            Some("in" | "on" | "across" | "joined" | "join" | "left" | "leave" | "use" | "using")
        )
    };
    let said_in = i >= 1 && in_or_on(i - 1)
        || i >= 2 && matches!(word_at(units, i - 1), Some("the" | "our")) && in_or_on(i - 2);
    said_in && crate::ask::vocab::business::names_whole_business(word)
}
