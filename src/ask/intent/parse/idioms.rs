//! Idioms placed before and after the schema is consulted: units after numbers, "which
//! month", "in percent", "type of class", ratings, "worth", open rows; durations, "bring
//! in", phrases that add nothing, "the first", "once", "non-zero", negations after a
//! value, units of a column, negated flags, kinds of a column, plural values, and "never"
//! before a verb.

use super::*;

/// Idioms read before the word is looked up in the schema: "1000 square feet" is a unit,
/// not `square_feet`; "each type of class" is `class_type`. Returns the units taken.
pub(super) fn before_schema(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    // "longer than 5000 km", "bigger than 1000 square feet": the unit of the number just
    // compared.
    if grammar::unit_word(word).is_some_and(|u| reading.units.contains(&u))
        && i > 0
        && matches!(units[i - 1], Folded::Placeholder(_))
    {
        let area = word == "square"
            && matches!(
                word_at(units, i + 1),
                Some("feet" | "foot" | "ft" | "meters" | "metres" | "m")
            );
        // "more than 30 hours per week": unless the unit begins a column's name
        // (`hours_per_week`).
        let longer = schema_phrase(model, units, i).is_some_and(|(_, n, _)| n > 1);
        if area || !longer {
            return Some(if area { 2 } else { 1 });
        }
    }
    // "email address", "phone number": the kind of the column just named (not another
    // table's `addr_ln`).
    if matches!(
        word,
        "address" | "number" | "name" | "code" | "time" | "date"
    ) && i > 0
        && reading.items.last().is_some_and(|l| {
            matches!(l.what, Ref::Columns(_))
                && word_at(units, i - 1) == l.text.split(' ').next_back()
        })
    {
        return Some(1);
    }
    // "star rating": the rating.
    if matches!(word, "star" | "stars")
        && matches!(word_at(units, i + 1), Some("rating" | "ratings"))
        && matching_columns(model, &[stem(word)], true).is_empty()
    {
        return Some(1);
    }
    // "When did the first candidate sign up?": the rows made, not a column named sign;
    // "customer signups per month": the customers made.
    if matches!(word, "sign" | "signs" | "signed" | "signing")
        && word_at(units, i + 1) == Some("up")
        && schema_phrase(model, units, i).is_none_or(|(_, n, _)| n <= 1)
    {
        reading.creation = true;
        return Some(2);
    }
    if matches!(word, "signups" | "signup") && schema_phrase(model, units, i).is_none() {
        reading.creation = true;
        if let Some(last) = reading.items.last_mut() {
            if matches!(last.what, Ref::Table(_)) && last.aggregate.is_none() {
                last.aggregate = pending.aggregate.take().or(Some(Aggregate::Count));
            }
        }
        return Some(1);
    }
    // "clients based in Lyon": where they are, not `base_salary`.
    if matches!(
        word,
        "based" | "located" | "situated" | "living" | "live" | "lives"
    ) && matches!(word_at(units, i + 1), Some("in" | "at"))
    {
        return Some(1);
    }
    if matches!(word, "last" | "past") && matches!(units.get(i + 1), Some(Folded::Placeholder(_))) {
        // "the last 30 days": read with the number ([`recent_period`]).
        return Some(1);
    }
    // "Which month had the most orders": grouped by the grain, ranked.
    let asked_which = i > 0 && matches!(word_at(units, i - 1), Some("which" | "what"));
    if asked_which && grammar::grain_word(word).is_some() {
        pending.grouped = true;
    }
    // "in percent", "as a percentage": the share is shown as a percentage.
    let last_words = ends_here(units, i);
    let confirmed = reading.percent
        && reading
            .items
            .iter()
            .any(|i| i.aggregate == Some(Aggregate::Share));
    if matches!(word, "percent" | "percentage")
        && ((i > 0 && matches!(word_at(units, i - 1), Some("in" | "a" | "as")) && last_words)
            || confirmed)
    {
        reading.percent = true;
        return Some(1);
    }
    let grain_column =
        matches!(schema_phrase(model, units, i), Some((Ref::Columns(_), n, _)) if n > 1);
    // "per booking year": the year of the rows just named, which only said whose.
    let after_grouped_table = i > 0
        && reading.last_table_end == Some(i)
        && reading
            .items
            .last()
            .is_some_and(|l| matches!(l.what, Ref::Table(_)) && l.grouped && l.aggregate.is_none());
    if let Some(n) = grain_of_date(model, reading, pending, units, i, word, grain_column) {
        return Some(n);
    }
    if after_grouped_table && grammar::grain_word(word).is_some() && !grain_column {
        let table = reading.items.pop().expect("the table item");
        pending.grouped = true;
        pending.per |= table.per;
        return Some(place_function_word(model, reading, pending, units, i, word).unwrap_or(1));
    }
    if pending.grouped && grammar::grain_word(word).is_some() && !grain_column {
        // "per year" is a time grain, not a column such as `terms.term_year`; "by annual
        // budget" is the column `annual_budget`.
        return Some(place_function_word(model, reading, pending, units, i, word).unwrap_or(1));
    }
    // "each type of class": the class's own `class_type`.
    if GENERIC.contains(&word) && word_at(units, i + 1) == Some("of") {
        let mut j = i + 2;
        while matches!(word_at(units, j), Some("a" | "an" | "the")) {
            j += 1;
        }
        if let Some((Ref::Table(t), n, singular)) = schema_phrase(model, units, j) {
            if let [own] = &own_columns(model, t, word)[..] {
                let text = format!("{word} of {}", word_at(units, j).unwrap_or_default());
                push_item(
                    reading,
                    pending,
                    Ref::Columns(vec![own.clone()]),
                    singular,
                    text,
                );
                return Some(j + n - i);
            }
        }
    }
    // "the 5-star reviews": the number is a rating.
    if matches!(word, "star" | "stars") {
        // "1 or 2 star ratings" is two ratings: left unread.
        let number = i > 0
            && matches!(units[i - 1], Folded::Placeholder(_))
            && !(i > 1 && matches!(word_at(units, i - 2), Some("or" | "and" | "to")));
        if let Some(n) = pending.limit.as_ref().map(|(n, _)| *n).filter(|_| number) {
            let all: Vec<usize> = (0..model.tables.len()).collect();
            let ratings = model.columns_where(&all, |c| {
                c.role == Role::Number
                    && c.words
                        .iter()
                        .any(|w| matches!(w.as_str(), "rating" | "star" | "stars"))
            });
            // `rating` beside `cleanliness_rating`: the rating unqualified.
            let plain: Vec<ColumnRef> = ratings
                .iter()
                .filter(|c| {
                    model
                        .column(c.table, &c.column)
                        .is_some_and(|m| m.words.len() == 1)
                })
                .cloned()
                .collect();
            let ratings = if ratings.len() > 1 && plain.len() == 1 {
                plain
            } else {
                ratings
            };
            if let [rating] = &ratings[..] {
                pending.limit = None;
                let value = crate::ask::literals::KnownValue {
                    key: n.to_string(),
                    sources: vec![crate::ask::literals::ValueSource {
                        table: model.tables[rating.table].plain.clone(),
                        column: rating.column.clone(),
                        value: n.to_string(),
                    }],
                };
                push_value(reading, value, format!("{n}-{word}"), Some(rating.table));
                return Some(1);
            }
        }
    }
    // "courses worth more than 3 credits": the comparison says it all.
    if word == "worth"
        && word_at(units, i + 1)
            .is_some_and(|n| grammar::comparison_word(n).is_some() || n == "between")
    {
        return Some(1);
    }
    // "successful payments": the one status value of success of the payments; "offers
    // turned down": the one value of refusal.
    let turned_down = word == "turned" && word_at(units, i + 1) == Some("down");
    if matches!(word, "successful" | "succeeded" | "successfully") || turned_down {
        let taken = if turned_down { 2 } else { 1 };
        let table = next_table(model, units, i).or_else(|| last_table(reading));
        let found = table.and_then(|t| match turned_down {
            true => model.one_value(t, |v| {
                matches!(
                    v.to_lowercase().as_str(),
                    "declined" | "rejected" | "refused"
                )
            }),
            false => model.succeeded(t),
        });
        if let Some((status, value)) = found {
            push_column_value(model, reading, &status, value, word.to_owned());
            return Some(taken);
        }
    }
    // "active lines" with `lines.status_cd = 'ACT'`: a coded value the word spells out,
    // of the table named next or last, else the one in the schema.
    let next = next_table(model, units, i);
    // Said of rows: before their table ("suspended accounts"), after "are"/"were"/"got"
    // ("bookings were cancelled") or right after the rows ("payments failed").
    let after_rows = reading.last_table_end == Some(i);
    let of_rows = next.is_some()
        || after_rows
        || (i > 0
            && matches!(
                word_at(units, i - 1),
                Some("are" | "is" | "were" | "was" | "got" | "get" | "been")
            ));
    // "lines were activated in 2022": the date the verb names (`activation_dt`), not a
    // status `ACT`.
    let said = stem(word);
    let dated = word.ends_with("ed")
        && [next, last_table(reading)].into_iter().flatten().any(|t| {
            !model
                .columns_where(&[t], |c| {
                    c.role == Role::Time
                        && c.words
                            .iter()
                            .any(|w| same_stem(w, &said) || nominalizes(w, &said))
                })
                .is_empty()
        });
    // ("the most expensive package" is no code `EXP`: a word of measure or rank.)
    let measuring = measure_word(word).is_some() || grammar::rank_word(word).is_some();
    if word.len() > 3 && of_rows && !dated && !measuring {
        let codes = [next, last_table(reading)]
            .into_iter()
            .flatten()
            .map(|t| model.codes_for(&[t], word))
            .find(|codes| !codes.is_empty())
            .unwrap_or_else(|| model.codes_for(&[], word));
        if let [(column, code)] = &codes[..] {
            push_column_value(model, reading, column, code.clone(), word.to_owned());
            return Some(1);
        }
    }
    // "accounts still open", "open maintenance requests": rows whose end date is empty.
    let verb = after_subject(units, i);
    if matches!(word, "open" | "ongoing" | "unresolved") && !verb {
        let table = last_table(reading).or_else(|| next_table(model, units, i));
        if let Some(end) = table.and_then(|t| crate::ask::intent::periods::end_date(model, t)) {
            push_aside(reading, Ref::Columns(vec![end]), true, word);
            return Some(1);
        }
    }
    None
}

/// Idioms read once the word names nothing in the schema and is no function word.
/// Returns the units taken.
pub(super) fn idioms(
    model: &Model,
    values: &ValueIndex,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    // "the average stay", "total nights": the days between a row's start and end.
    let after_number = i > 0 && matches!(units[i - 1], Folded::Placeholder(_));
    // "delivery time in days".
    let in_days = word_at(units, i + 1) == Some("in")
        && matches!(word_at(units, i + 2), Some("days" | "nights"));
    let duration_word = matches!(word, "stay" | "stays" | "duration" | "length")
        || (word == "time" && in_days)
        || (matches!(word, "nights" | "days") && !after_number && !pending.grouped);
    if duration_word {
        let said = reading
            .items
            .last()
            .is_some_and(|l| l.what == Ref::Duration);
        if !said {
            // "average delivery time": the average is of the time, not of the date named.
            if let Some(last) = reading.items.last_mut() {
                let dates = matches!(&last.what, Ref::Columns(cs) if cs.iter().all(|c| {
                    model.column(c.table, &c.column).is_some_and(|m| m.role == Role::Time)
                }));
                if dates && pending.aggregate.is_none() {
                    pending.aggregate = last.aggregate.take();
                }
            }
            // "How many days does it take to close a request?": how long one takes, on
            // average.
            let takes = matches!(word_at(units, i + 1), Some("does" | "did" | "do"))
                && word_at(units, i + 2) == Some("it")
                && matches!(word_at(units, i + 3), Some("take" | "took"));
            if takes && matches!(pending.aggregate, None | Some(Aggregate::Count)) {
                pending.aggregate = Some(Aggregate::Average);
                pending.outer_average = false;
            }
            if pending.aggregate == Some(Aggregate::Count) {
                // "the number of nights": their total.
                pending.aggregate = Some(Aggregate::Sum);
            }
            push_item(reading, pending, Ref::Duration, true, word.to_owned());
            if takes {
                return Some(4);
            }
        }
        return Some(1);
    }
    // Phrases that add nothing: "right now", "break down", "taken out", "classes
    // (that) last longer than".
    let next = word_at(units, i + 1);
    // "What did paid orders bring in": money that came in.
    if matches!(
        word,
        "bring" | "brings" | "brought" | "take" | "took" | "takes"
    ) && next == Some("in")
    {
        reading.received = true;
        return Some(2);
    }
    // "leave out cancelled deals", "leaving out refunds": what follows is excluded.
    if matches!(word, "leave" | "leaving") && next == Some("out") {
        pending.absent = true;
        return Some(2);
    }
    // "not counting cancelled ones": the rows named, without the value just negated
    // ("refunded ones included" is no filter, and is left unread).
    if word == "ones"
        && i > 0
        && matches!(units[i - 1], Folded::Placeholder(_))
        && reading
            .literals
            .len()
            .checked_sub(1)
            .is_some_and(|last| reading.negated.contains(&last))
    {
        return Some(1);
    }
    // "(completed deals only)": the rows just named, no follow-up.
    if word == "only"
        && i > 0
        && (reading.last_table_end == Some(i) || matches!(units[i - 1], Folded::Placeholder(_)))
    {
        return Some(1);
    }
    if names_the_business(units, i, word) {
        return Some(1);
    }
    let skip = match (word, next) {
        // "clients based in Lyon": where they are.
        // "events that took place in May".
        ("took" | "take" | "takes" | "taking", Some("place")) => 2,
        // "earn more than $60,000 a year": the number's period, said of the column.
        ("year" | "month" | "hour" | "week", _)
            if i > 1
                && matches!(word_at(units, i - 1), Some("a" | "an" | "per"))
                && matches!(units.get(i - 2), Some(Folded::Placeholder(_))) =>
        {
            1
        }
        // "reps who are no longer active": not active.
        ("longer", _) if i > 0 && word_at(units, i - 1) == Some("no") => 1,
        // "How many clients do we work with?".
        ("work" | "works" | "worked", Some("with")) => 2,
        // "collected through each payment method": by each.
        ("through" | "via", Some("each" | "every")) => 1,
        // "their email addresses": the email.
        ("address" | "addresses", _)
            if i > 0 && matches!(word_at(units, i - 1), Some("email" | "e-mail" | "mail")) =>
        {
            1
        }
        // "Break down the boxes by carrier": how many of them in each.
        ("break" | "broken", Some("down")) => {
            reading.breakdown = true;
            2
        }
        ("right", Some("now")) | ("ended", Some("up")) => 2,
        // "results that came back abnormal": what they turned out to be.
        ("back", _)
            if i > 0
                && matches!(
                    word_at(units, i - 1),
                    Some("came" | "come" | "comes" | "coming")
                ) =>
        {
            1
        }
        ("split", Some("by")) => 1,
        ("out", _)
            if i > 0
                && matches!(
                    word_at(units, i - 1),
                    Some("taken" | "took" | "take" | "paid" | "pay" | "payed")
                ) =>
        {
            1
        }
        ("last" | "lasted" | "lasting", Some(n)) if grammar::comparative(n).is_some() => 1,
        _ => 0,
    };
    if skip > 0 {
        return Some(skip);
    }
    // "the first maintenance request", "Which branch opened first?": the earliest (the
    // last: the latest) by date.
    let before = i.checked_sub(1).and_then(|b| word_at(units, b));
    let ends = ends_here(units, i);
    // The verb before, past a particle ("signed up last").
    let verb = (0..i)
        .rev()
        .filter_map(|k| word_at(units, k))
        .find(|w| !matches!(*w, "up" | "in" | "out" | "off"));
    // "the first", "our very first".
    let the = matches!(before, Some("the" | "our"))
        || (before == Some("very")
            && i > 1
            && matches!(word_at(units, i - 2), Some("the" | "our")));
    let ordinal = (the && matches!(units.get(i + 1), Some(Folded::Word { .. })))
        || (ends && verb.is_some_and(|b| b.ends_with("ed")));
    if matches!(word, "first" | "last") && ordinal && reading.direction.is_none() {
        reading.direction = Some(if word == "first" {
            Direction::Lowest
        } else {
            Direction::Highest
        });
        reading.rank_time = true;
        return Some(1);
    }
    // "more than once", "at least twice": a number of times.
    if let (Some(comparison), Some(n)) = (
        pending.comparison,
        match word {
            "once" => Some("1"),
            "twice" => Some("2"),
            "thrice" => Some("3"),
            _ => None,
        },
    ) {
        pending.comparison = None;
        let compared = (comparison, n.to_owned());
        // "customers who ordered more than once": the orders named, counted per customer.
        match reading.items.last_mut() {
            Some(last) if matches!(last.what, Ref::Table(_)) && last.compared.is_none() => {
                last.compared = Some(compared)
            }
            _ => pending.compared = Some(compared),
        }
        return Some(1);
    }
    // "the lowest non-zero fee": above zero.
    if matches!(word, "nonzero" | "non-zero")
        || (word == "non" && word_at(units, i + 1) == Some("zero"))
    {
        pending.compared = Some((Comparison::Above, "0".to_owned()));
        return Some(if word == "non" { 2 } else { 1 });
    }
    // "not counting cancelled orders": the "not" negates what follows.
    if matches!(word, "counting" | "including") && i > 0 && word_at(units, i - 1) == Some("not") {
        return Some(1);
    }
    // "cancelled orders excluded": the value just named is negated.
    if matches!(word, "excluded" | "aside" | "omitted") && !reading.literals.is_empty() {
        let last = reading.literals.len() - 1;
        if matches!(reading.literals[last].value, LiteralValue::Value(_))
            && !reading.negated.contains(&last)
        {
            reading.negated.push(last);
            return Some(1);
        }
    }
    // "the route distance in km": the unit the column just named says it is in.
    if let (Some(unit), Some(Ref::Columns(columns))) = (
        grammar::unit_word(word),
        reading.items.last().map(|l| &l.what),
    ) {
        let says = |c: &ColumnRef| {
            model
                .column(c.table, &c.column)
                .is_some_and(|m| m.words.iter().any(|w| w.starts_with(unit)))
        };
        if i > 0 && word_at(units, i - 1) == Some("in") && columns.iter().all(says) {
            return Some(1);
        }
    }
    // "the longest trip in km": the rows' one number in that unit (`distance_km`).
    if let (Some(unit), Some(Ref::Table(t)), true) = (
        grammar::unit_word(word),
        reading.items.last().map(|l| l.what.clone()),
        i > 0 && word_at(units, i - 1) == Some("in"),
    ) {
        let columns = model.columns_where(&[t], |c| {
            c.role == Role::Number && c.words.iter().any(|w| w.starts_with(unit))
        });
        if let [_] = columns[..] {
            push_item(
                reading,
                pending,
                Ref::Columns(columns),
                true,
                word.to_owned(),
            );
            return Some(1);
        }
    }
    // "inactive customers", "unpaid invoices", "deactivated accounts", "disabled users": a
    // yes/no column said negated.
    for prefix in ["in", "un", "non", "de", "dis"] {
        let Some(rest) = word.strip_prefix(prefix).filter(|r| r.len() > 3) else {
            continue;
        };
        // "deactivated" undoes "activated", the verb of `is_active`.
        let adjective = rest
            .strip_suffix("ated")
            .filter(|_| matches!(prefix, "de" | "dis"))
            .map(|root| format!("{root}e"));
        let said = adjective.unwrap_or_else(|| stem(rest));
        let flags: Vec<ColumnRef> = matching_columns(model, &[said], true)
            .into_iter()
            .filter(|c| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.data_type == "boolean")
            })
            .collect();
        if !flags.is_empty() {
            // "count of inactive customers": the count is still of what follows.
            push_aside(reading, Ref::Columns(flags), true, word);
            return Some(1);
        }
        // "unpaid fines": the one date of their payment is empty (`paid_on`).
        if let Some(t) = next_table(model, units, i).or_else(|| last_table(reading)) {
            let said = stem(rest);
            let dates = model.columns_where(&[t], |c| {
                c.role == Role::Time && c.nullable && c.words.first() == Some(&said)
            });
            if let [_] = dates[..] {
                push_aside(reading, Ref::Columns(dates), true, word);
                return Some(1);
            }
        }
    }
    // "sold out concerts" where a category is `concert`: a value said in the plural.
    let singular = stem(word);
    if singular != word {
        if let [value] = values.one_word_values(|key| key == singular)[..] {
            push_known(model, reading, value.clone(), word);
            count_value_rows(model, reading, pending, units, i);
            return Some(1);
        }
    }
    // "Which promo codes have never been used?": a verb that ends the question after
    // "never" is about the one table whose rows refer to the rows named.
    if pending.absent && grammar::is_past_verb(word) && ends_here(units, i) {
        let named = last_table(reading);
        if let Some(t) = named {
            if let [child] = model.children(t)[..] {
                push_item(reading, pending, Ref::Table(child), false, word.to_owned());
                return Some(1);
            }
        }
    }
    None
}
