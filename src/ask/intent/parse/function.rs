//! Function words: aggregates, rankings, groupings, grains, comparisons, changes,
//! distinct, absence and open-ended periods.

use super::*;

/// Aggregates, rankings, groupings, grains, comparisons, absence and activity verbs.
pub(super) fn place_function_word(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    let next = word_at(units, i + 1);
    let ends = next.is_none_or(is_stop_word);
    if word == "total" && i > 0 && word_at(units, i - 1) == Some("in") && ends {
        // "how much did they pay in total": the sum is asked already.
        return Some(1);
    }
    // "On average, how many users does an account have?": the users per account,
    // averaged; "… have on average" says the same at its end.
    let counted_before = units[..i].iter().any(|u| matches!(u, Folded::Count));
    let on_average_after = (i + 1..units.len())
        .any(|k| word_at(units, k) == Some("on") && word_at(units, k + 1) == Some("average"));
    let closes = (i + 2..units.len()).all(|k| word_at(units, k).is_none());
    if word == "on" && next == Some("average") && counted_before && closes {
        pending.outer_average = true;
        return Some(2);
    }
    let closes_here = (i + 1..units.len()).all(|k| word_at(units, k).is_none());
    if word == "average"
        && i > 0
        && word_at(units, i - 1) == Some("on")
        && counted_before
        && closes_here
    {
        pending.outer_average = true;
        return Some(1);
    }
    if matches!(word, "does" | "do" | "did")
        && matches!(next, Some("a" | "an" | "one"))
        && counted_before
        && (pending.outer_average || on_average_after)
    {
        pending.grouped = true;
        pending.per = true;
        return Some(2);
    }
    // "What do all the unpaid bills add up to?": their total.
    if matches!(word, "add" | "adds") && next == Some("up") {
        match reading.items.last_mut() {
            Some(last) if matches!(last.what, Ref::Table(_)) && last.aggregate.is_none() => {
                last.aggregate = Some(Aggregate::Sum)
            }
            _ => pending.set_aggregate(Aggregate::Sum),
        }
        return Some(if word_at(units, i + 2) == Some("to") {
            3
        } else {
            2
        });
    }
    // "the five most common diagnoses": the values ranked by how many rows hold them.
    if matches!(word, "common" | "frequent" | "popular")
        && i > 0
        && matches!(word_at(units, i - 1), Some("most" | "least"))
    {
        pending.grouped = true;
        return Some(1);
    }
    if word == "and" && reading.items.last().is_some_and(|i| i.grouped) {
        pending.grouped = true;
        return Some(1);
    }
    // "top 5 cities by number of bookings": ranked by the measure, not grouped by it.
    let measure_next = matches!(units.get(i + 1), Some(Folded::Count))
        || next.is_some_and(|n| grammar::aggregate_word(n).is_some() || n == "amount");
    if word == "by" && reading.direction.is_some() && measure_next {
        return Some(1);
    }
    // "permits filed by applicants from Lakeside": who filed them, no grouping ("sales
    // broken down by region", "grouped by", "by each" group).
    let after_verb = i > 0
        && word_at(units, i - 1).is_some_and(|v| {
            (v.ends_with("ed")
                || matches!(
                    v,
                    "made"
                        | "done"
                        | "sold"
                        | "bought"
                        | "written"
                        | "taken"
                        | "given"
                        | "paid"
                        | "held"
                        | "sent"
                        | "won"
                        | "led"
                        | "brought"
                        | "taught"
                        | "kept"
                ))
                && !matches!(
                    v,
                    "grouped"
                        | "sorted"
                        | "ordered"
                        | "ranked"
                        | "split"
                        | "broken"
                        | "bucketed"
                        | "organized"
                        | "categorized"
                        | "segmented"
                        | "summarized"
                        | "listed"
                        | "counted"
                        | "averaged"
                        | "totaled"
                        | "totalled"
                        | "compared"
                        | "filtered"
                )
        });
    // ("payments received by payment method": a kind of row, not who received them.)
    let texts = |cs: &[ColumnRef]| {
        cs.iter().all(|c| {
            model
                .column(c.table, &c.column)
                .is_some_and(|m| m.role == Role::Text)
        })
    };
    let kind_next = match schema_phrase(model, units, i + 1) {
        Some((Ref::Columns(cs), _, _)) => texts(&cs),
        // "by payment method" of `billing_payment.method`: the table's word, then its column.
        Some((Ref::Table(t), n, _)) => matches!(schema_phrase(model, units, i + 1 + n),
            Some((Ref::Columns(cs), _, _)) if texts(&cs) && cs.iter().any(|c| c.table == t)),
        _ => false,
    };
    let grouping_next = kind_next
        || next.is_some_and(|n| matches!(n, "each" | "every") || grammar::grain_word(n).is_some());
    if word == "by" && after_verb && !grouping_next {
        return Some(1);
    }
    if word == "by" && next == Some("how") {
        // "by how much did it change": no grouping.
        return Some(1);
    }
    if matches!(word, "by" | "per" | "each" | "every") || (word == "for" && next == Some("each")) {
        pending.grouped = true;
        pending.per = word == "per";
        // "How many teams does each club run?": each the subject of the verb counted, every
        // one of them; not "in each city" (where there are some), nor "for each port that
        // holds auctions" (only those that do).
        let restricted = (i + 2..i + 5).any(|k| {
            matches!(
                word_at(units, k),
                Some("that" | "which" | "who" | "whose" | "where")
            )
        });
        let subject = i > 0
            && matches!(
                word_at(units, i - 1),
                Some("has" | "have" | "had" | "does" | "do" | "did")
            );
        pending.each = matches!(word, "each" | "every") && subject && !restricted;
        pending.each_of = matches!(word, "each" | "every") && next == Some("of");
        return Some(if word == "for" { 2 } else { 1 });
    }
    if let Some(grain) = grammar::grain_word(word) {
        // "our busiest month", "the best year": the periods ranked.
        let ranked = i > 0
            && matches!(
                word_at(units, i - 1),
                Some("busiest" | "quietest" | "best" | "worst")
            );
        if pending.grouped || word.ends_with("ly") || word == "annual" || ranked {
            push_item(reading, pending, Ref::Grain(grain), true, word.to_owned());
            return Some(1);
        }
        return None;
    }
    if word == "at" && matches!(next, Some("least" | "most")) {
        pending.comparison = Some(if next == Some("least") {
            Comparison::AtLeast
        } else {
            Comparison::AtMost
        });
        return Some(2);
    }
    if let (Some((comparison, column)), Some("than")) = (grammar::comparative(word), next) {
        pending.comparison = Some(comparison);
        pending.compare_column = Some(column);
        return Some(2);
    }
    if let Some(comparison) = grammar::comparison_word(word)
        .filter(|_| next == Some("than") || !matches!(word, "more" | "less" | "fewer" | "greater"))
    {
        pending.comparison = Some(comparison);
        return Some(if next == Some("than") { 2 } else { 1 });
    }
    if let Some(change) = grammar::change_word(word) {
        // "percentage change": the change as a percentage, not a share of rows.
        if pending.aggregate == Some(Aggregate::Share) {
            pending.aggregate = None;
        }
        reading.change = Some((change, word.to_owned()));
        return Some(1);
    }
    if word == "count" && pending.aggregate.is_none() && i > 0 {
        // "film count by category": the count of the table just named.
        let previous = word_at(units, i - 1);
        // "top 5 artists by album count": ranked by the count, not grouped by albums.
        let ranked = reading.direction.is_some();
        if let Some(last) = reading.items.last_mut().filter(|l| {
            matches!(l.what, Ref::Table(_))
                && l.aggregate.is_none()
                && (!l.grouped || ranked)
                && previous.is_some_and(|p| l.text.ends_with(p))
        }) {
            last.aggregate = Some(Aggregate::Count);
            last.grouped = false;
            last.per = false;
            return Some(1);
        }
    }
    // "the hammer total", "the fee total for each month": the total of the number just
    // named.
    // ("donation totals for each quarter": the donations' amounts, totalled.)
    let totals = word == "totals";
    if (word == "total" || totals) && pending.aggregate.is_none() && i > 0 {
        let previous = word_at(units, i - 1);
        if let Some(last) = reading.items.last_mut().filter(|l| {
            (matches!(&l.what, Ref::Columns(cs) if cs.len() == 1)
                || (totals && matches!(l.what, Ref::Table(_) | Ref::Measure(_))))
                && l.aggregate.is_none()
                && !l.grouped
                && previous.is_some_and(|p| l.text.ends_with(p))
        }) {
            last.aggregate = Some(Aggregate::Sum);
            return Some(1);
        }
    }
    // "Only count orders that were received", "counting only paid ones": which rows
    // count, not a count asked for.
    let only = (i > 0 && word_at(units, i - 1) == Some("only")) || next == Some("only");
    if matches!(word, "count" | "counting") && only {
        return Some(1);
    }
    if let Some(aggregate) = grammar::aggregate_word(word) {
        pending.set_aggregate(aggregate);
        reading.percent |= aggregate == Aggregate::Share && as_percentage(word);
        return Some(1);
    }
    // "our youngest student", "the oldest member" of a table that keeps birth dates: the
    // latest or earliest birth date ranks them (not the date they came).
    if matches!(word, "youngest" | "oldest") {
        let born = model.columns_where(&(0..model.tables.len()).collect::<Vec<_>>(), |c| {
            c.role == Role::Time
                && c.words
                    .iter()
                    .any(|w| matches!(w.as_str(), "birth" | "dob" | "born" | "birthday"))
        });
        if !born.is_empty() {
            reading.direction = Some(match word {
                "youngest" => Direction::Highest,
                _ => Direction::Lowest,
            });
            reading.rank_time = true;
            let text = word.to_owned();
            push_item(reading, pending, Ref::Columns(born), true, text);
            return Some(1);
        }
    }
    // "from highest to lowest": the order said first.
    let ordered_from = i > 0 && word_at(units, i - 1) == Some("to") && reading.direction.is_some();
    if grammar::rank_word(word).is_some() && ordered_from {
        return Some(1);
    }
    if let Some(direction) = grammar::rank_word(word) {
        reading.fewest |= matches!(word, "fewest" | "fewer");
        reading.direction = Some(direction);
        reading.rank_time |= grammar::ranks_by_time(word);
        return Some(1);
    }
    if let Some(by) = measure_word(word).filter(|m| m.rank.is_some()) {
        // "the least expensive": the other end of what "expensive" ranks by.
        let least = i > 0 && matches!(word_at(units, i - 1), Some("least" | "fewest"));
        reading.direction = match (by.rank, least) {
            (Some(Direction::Highest), true) => Some(Direction::Lowest),
            (Some(Direction::Lowest), true) => Some(Direction::Highest),
            (rank, _) => rank,
        };
        reading.rank_by = Some(by);
        return Some(1);
    }
    if grammar::is_distinct_word(word) {
        pending.distinct = true;
        return Some(1);
    }
    // "activity no-shows" of `is_no_show`: the word opens the flag's name (its words as
    // spelled: a "no" in a name is read as a number elsewhere).
    if let (Some(next), "no") = (next, word) {
        let flags: Vec<ColumnRef> = model
            .tables
            .iter()
            .enumerate()
            .flat_map(|(t, table)| table.columns.iter().map(move |c| (t, c)))
            .filter(|(_, c)| {
                let spelled = crate::ask::vocab::raw_words(&c.name.replace('_', " "));
                c.data_type == "boolean"
                    && spelled
                        .windows(2)
                        .any(|w| w[0] == "no" && stem(&w[1]) == stem(next))
            })
            .map(|(t, c)| ColumnRef {
                table: t,
                column: c.name.clone(),
            })
            .collect();
        if !flags.is_empty() {
            let singular = stem(next) == next;
            // ("How many activity no-shows": the no-shows counted, "activity" says whose.)
            let modifier = match reading.items.last() {
                Some(last) if last.singular && !singular && !last.grouped => match last.what {
                    Ref::Table(t) => flags.iter().all(|f| {
                        model
                            .edges
                            .iter()
                            .any(|e| e.child == f.table && e.parent == t)
                    }),
                    _ => false,
                },
                _ => false,
            };
            if modifier {
                let last = reading.items.pop().expect("the table item");
                if let Some(aggregate) = last.aggregate {
                    pending.set_aggregate(aggregate);
                }
            }
            push_item(
                reading,
                pending,
                Ref::Columns(flags),
                singular,
                format!("no {next}"),
            );
            return Some(2);
        }
    }
    if grammar::is_absence_word(word) {
        pending.absent = true;
        return Some(1);
    }
    if let Some(bound) = bound_word(word) {
        pending.bound = Some(bound);
        return Some(1);
    }
    None
}

/// Whether a measure word names a kind of measure surely enough to stand for a column.
pub(super) fn is_measure(word: &MeasureWord) -> bool {
    word.kinds.iter().any(|(_, strength)| *strength >= 0.8)
}
