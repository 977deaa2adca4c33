//! Which table or columns a run of words names: as written or stemmed, partly, by the
//! first or last word of a longer name, or by a word of the same kind.

use super::*;

/// The longest run of words at `i` naming a table or columns (as written or stemmed), or
/// an activity verb after "never" naming a table; with its length and whether it was
/// written singular.
pub(super) fn schema_phrase(
    model: &Model,
    units: &[Folded],
    i: usize,
) -> Option<(Ref, usize, bool)> {
    // "at least one booking" names no `booked_at` (the bookings' date less their name):
    // a preposition alone names nothing.
    if matches!(word_at(units, i), Some("at" | "on")) {
        return None;
    }
    let mut stems: Vec<String> = Vec::new();
    let mut written: Vec<&str> = Vec::new();
    for unit in units.iter().skip(i).take(3) {
        let Folded::Word { word, stem } = unit else {
            break;
        };
        stems.push(stem.clone());
        written.push(word);
    }
    // "years of experience" (`years_experience`), "type of interview" (`interview_type`):
    // the column named by the two words around "of", in either order.
    if stems.len() == 3 && written[1] == "of" {
        for pair in [
            [stems[0].clone(), stems[2].clone()],
            [stems[2].clone(), stems[0].clone()],
        ] {
            let columns = matching_columns(model, &pair, false);
            if let [_] = columns[..] {
                return Some((Ref::Columns(columns), 3, stem(written[2]) == written[2]));
            }
        }
    }
    // "minutes watched", "hours worked": the column named by the verb first
    // (`watch_minutes`, `worked_hours`).
    if stems.len() >= 2 && (written[1].ends_with("ed") || grammar::is_past_verb(written[1])) {
        let reversed = [stems[1].clone(), stems[0].clone()];
        let in_order = matching_columns(model, &stems[..2], false);
        let columns = matching_columns(model, &reversed, false);
        if let ([], [_]) = (&in_order[..], &columns[..]) {
            return Some((Ref::Columns(columns), 2, false));
        }
    }
    for n in (1..=stems.len()).rev() {
        let phrase = &stems[..n];
        let singular = stem(written[n - 1]) == written[n - 1];
        // "list the sellers" names no `listings`: a request's verb alone names nothing
        // (after an article it is a noun: "give me the show" of `shows`).
        let noun = i > 0
            && matches!(
                word_at(units, i - 1),
                Some("the" | "a" | "an" | "each" | "every" | "their" | "its" | "our")
            );
        let request = n == 1 && is_stop_word(written[0]) && !noun;
        if let Some(t) = model
            .tables
            .iter()
            .position(|t| t.words == phrase && !request)
        {
            return Some((Ref::Table(t), n, singular));
        }
        // "downtime events" of `ops_downtime_events`: the name less its module's prefix.
        let unprefixed: Vec<usize> = (0..model.tables.len())
            .filter(|&t| model.tables[t].module && model.tables[t].words[1..] == *phrase)
            .collect();
        if let ([t], false) = (&unprefixed[..], request) {
            return Some((Ref::Table(*t), n, singular));
        }
        // "check-ins" for `bookings_checkin`: the words of the name's last run together.
        // (A column the words name, `products.product_line`, comes first.)
        if n >= 2 && matching_columns(model, phrase, false).is_empty() {
            let letters = stem(&written[..n].concat());
            let run: Vec<usize> = (0..model.tables.len())
                .filter(|&t| model.tables[t].words.last() == Some(&letters))
                .collect();
            if let [t] = run[..] {
                return Some((Ref::Table(t), n, singular));
            }
        }
        // "prescriptions filled" for `prescriptionfills`: two words run together, as
        // unquoted PascalCase leaves a table's name.
        // (A column the two words name, `products.productLine`, comes first.)
        if n == 2 && matching_columns(model, phrase, false).is_empty() {
            let run_together = format!("{}{}", phrase[0], phrase[1]);
            if let Some(t) = model
                .tables
                .iter()
                .position(|t| t.words == [run_together.clone()])
            {
                return Some((Ref::Table(t), 2, false));
            }
        }
        // "top-ups" for `topups`: two words written as one.
        let table_word = |w: &String| model.tables.iter().any(|t| t.words.contains(w));
        if n == 2 && !phrase.iter().any(table_word) {
            let joined = stem(&format!("{}{}", written[0], written[1]));
            if let Some(t) = model
                .tables
                .iter()
                .position(|t| t.words == [joined.clone()])
            {
                return Some((Ref::Table(t), 2, false));
            }
        }
        // "repair requests", "repair tickets" for `maintenance_requests`: each word the
        // table's or one of its kind.
        if n >= 2 {
            let kin: Vec<usize> =
                (0..model.tables.len())
                    .filter(|&t| {
                        let words = &model.tables[t].words;
                        // "passes sold" for `pass_sales`: the last word the verb of its noun.
                        let last_verb = |k: usize, w: &String, p: &String| {
                            k == n - 1 && k > 0 && crate::ask::vocab::nominalizes(w, p)
                        };
                        words.len() == n
                            && words.iter().zip(phrase).enumerate().all(|(k, (w, p))| {
                                w == p || related(p, w) > 0.0 || last_verb(k, w, p)
                            })
                    })
                    .collect();
            if let [t] = kin[..] {
                return Some((Ref::Table(t), n, singular));
            }
        }
        // "invoice amount": the table's own column the last word names
        // (`invoices.total_amount`), before another table's `amount`.
        let last = &phrase[n - 1];
        // "products priced above 200" names the products, then their price.
        let verb = written[n - 1].ends_with("ed")
            || written[n - 1].ends_with("ing")
            || grammar::is_past_verb(written[n - 1]);
        let content =
            last.len() > 2 && !is_stop_word(last) && !is_stop_word(written[n - 1]) && !verb;
        if let Some(t) = model
            .tables
            .iter()
            .position(|t| n >= 2 && content && t.words[..] == phrase[..n - 1])
        {
            let own: Vec<ColumnRef> = matching_columns(model, &phrase[n - 1..], true)
                .into_iter()
                .chain(own_columns(model, t, &phrase[n - 1]))
                .filter(|c| c.table == t)
                .collect();
            let mut own = own;
            // "invoice amount", "order value": the one total of invoices that have no
            // column of that name (`total` beside `subtotal` and `tax`).
            if own.is_empty() && matches!(phrase[n - 1].as_str(), "amount" | "valu" | "value") {
                own.extend(crate::ask::intent::resolve::table_measure(model, t).ok());
            }
            // "booking date": the one date of the bookings (`booked_at`).
            if own.is_empty() && matches!(phrase[n - 1].as_str(), "date" | "time") {
                own = model.columns_where(&[t], |c| {
                    c.role == Role::Time && !crate::ask::intent::periods::is_bookkeeping(&c.words)
                });
            }
            own.sort();
            own.dedup();
            // "refund requests", "job openings": the plural noun of the date every row
            // has (`requested_at`, `opened_on`) is the rows themselves.
            let every_rows_event = |c: &ColumnRef| {
                model.column(c.table, &c.column).is_some_and(|m| {
                    m.role == Role::Time
                        && !m.nullable
                        && !matches!(phrase[n - 1].as_str(), "date" | "time" | "day")
                })
            };
            let plural_noun = !singular && written[n - 1].ends_with('s');
            if let ([own], true) = (&own[..], plural_noun) {
                if every_rows_event(own) {
                    return Some((Ref::Table(t), n, singular));
                }
            }
            // "vessel arrivals": the rows referring to the vessels whose every row has that
            // date (`port_call.arrival_ts`).
            if own.is_empty() && plural_noun {
                let events: Vec<usize> = model
                    .children(t)
                    .into_iter()
                    .filter(|&c| {
                        model
                            .columns_where(&[c], |m| {
                                m.role == Role::Time && m.words.first() == Some(&phrase[n - 1])
                            })
                            .iter()
                            .any(every_rows_event)
                    })
                    .collect();
                if let [child] = events[..] {
                    return Some((Ref::Table(child), n, singular));
                }
            }
            if let [_] = own[..] {
                return Some((Ref::Columns(own), n, singular));
            }
        }
        // "invoiced" for `invoices` (not `invoice_status`): a verb is the rows it records;
        // "invoiced amount" their own amount (`total_amount`, not `payments.amount`).
        let verb = written[0].ends_with("ed") && written[0].len() > 4;
        // Not the table named before it: "employees still employed" says something of
        // the employees.
        let named_before = |w: &str| {
            units[..i]
                .iter()
                .any(|u| matches!(u, Folded::Word { stem, .. } if stem == w))
        };
        let recorded: Vec<usize> = (0..model.tables.len())
            .filter(|&t| {
                matches!(&model.tables[t].words[..], [w] if same_stem(w, &stems[0]) && !named_before(w))
            })
            .collect();
        if let ([t], true) = (&recorded[..], verb) {
            if n == 1 {
                return Some((Ref::Table(*t), 1, false));
            }
            if let ([own], 2) = (&own_columns(model, *t, &phrase[1])[..], n) {
                return Some((Ref::Columns(vec![own.clone()]), 2, singular));
            }
        }
        // "average menu price" names no `average_prep_minutes`, "lowest bid" no
        // `estimate_low`: an aggregate's or a ranking's word names a column only whole.
        let partial = n == 1
            && grammar::aggregate_word(written[0]).is_none()
            && grammar::rank_word(written[0]).is_none();
        let mut columns = matching_columns(model, phrase, partial);
        // "amount billed" names no `billing_type`: a participle names a text column only
        // by itself (`referred_by`), not a kind or status of the thing it did.
        // (After a noun only: "patients who have visited" may say which visits count.)
        let after_noun = i > 0
            && matches!(&units[i - 1], Folded::Word { word, .. }
                if !is_stop_word(word) && !grammar::is_subject_pronoun(word)
                    && !matches!(word.as_str(), "have" | "has" | "had" | "was" | "were" | "been" | "is" | "are" | "be"));
        let participle = n == 1 && written[0].len() > 4 && written[0].ends_with("ed") && after_noun;
        let kind_of = |c: &ColumnRef| {
            model.column(c.table, &c.column).is_some_and(|m| {
                m.role == Role::Text
                    && m.words.iter().any(|w| {
                        *w != stems[0] && !matches!(w.as_str(), "by" | "via" | "to" | "from")
                    })
            })
        };
        if participle && columns.iter().all(kind_of) {
            columns.clear();
        }
        // "guided tours" are no tours' `guide_name`: a participle before the rows it says
        // something of names a column only by that very word.
        let before_rows = n == 1
            && written[0].ends_with("ed")
            && matches!(units.get(i + 1), Some(Folded::Word { stem: next, .. })
                if model.tables.iter().any(|t| t.words.last() == Some(next)))
            && !columns.iter().any(|c| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.words.contains(&stems[0]))
            });
        // "grant" for `awards`, whose rows are named by their `grant_no`: a table called by
        // the word of its label's number.
        if let ([one], 1) = (&columns[..], n) {
            let table = &model.tables[one.table];
            let number_of = |m: &crate::ask::intent::schema::ColumnModel| {
                m.role == Role::Text
                    && m.words.len() == 2
                    && matches!(m.words[1].as_str(), "no" | "number" | "num")
            };
            // Its label, or its one such number where no name labels it.
            let identifies = table.label == [one.column.clone()]
                || (table.label.is_empty()
                    && table.columns.iter().filter(|m| number_of(m)).count() == 1);
            let numbered = identifies
                && model
                    .column(one.table, &one.column)
                    .is_some_and(|m| number_of(m) && m.words[0] == stems[0]);
            // Only as a noun before another ("grant applications", "grant amount"); "never
            // applied for a grant" asks nothing of the awards.
            let modifies = matches!(
                schema_phrase(model, units, i + 1),
                Some((Ref::Table(_), _, _)) | Some((Ref::Columns(_), _, _))
            ) || matches!(units.get(i + 1), Some(Folded::Word { word, .. }) if matches!(word.as_str(), "amount" | "size" | "value" | "total"));
            if numbered && modifies && !table.words.contains(&stems[0]) {
                return Some((Ref::Table(one.table), 1, singular));
            }
        }
        // "members who booked a court" are the rows of `court_bookings`: a verb names its
        // rows' table before the channel it was booked through (`booked_via`) or another
        // table's noun (`booking_window_days`); a number, date or flag of theirs it names.
        if n == 1 && written[0].ends_with("ed") && written[0].len() > 4 && !columns.is_empty() {
            let rows: Vec<usize> = (0..model.tables.len())
                .filter(|&t| {
                    model.tables[t]
                        .words
                        .last()
                        .is_some_and(|w| *w == stems[0] || nominalizes(w, &stems[0]))
                })
                .collect();
            // "booked a lesson": the lessons are the rows booked, when they refer to none.
            let object = (i + 1..units.len().min(i + 4)).find_map(|k| {
                match schema_phrase(model, units, k) {
                    Some((Ref::Table(o), _, _)) => Some(o),
                    _ => None,
                }
            });
            let refers_to = |t: usize, o: usize| {
                o == t || model.edges.iter().any(|e| e.child == t && e.parent == o)
            };
            let rows = match rows[..] {
                [t] if object.is_none_or(|o| refers_to(t, o)) => Some(t),
                _ => None,
            };
            if let Some(t) = rows {
                let names_column = |c: &ColumnRef| {
                    model.column(c.table, &c.column).is_some_and(|m| {
                        if c.table == t {
                            m.role != Role::Text
                        } else {
                            c.column.to_lowercase().contains(written[0])
                        }
                    })
                };
                if !columns.iter().any(names_column) {
                    return Some((Ref::Table(t), 1, false));
                }
            }
        }
        if !columns.is_empty() && !before_rows {
            // "a section" is `course_sections`, not `course_sections.section_number`, which
            // the word only partly names.
            // "payments" is `billing_payment`, not `paid_at` and `price_paid`, which the
            // word only partly names either.
            if let (1, Some(t)) = (n, part_of_table_name(model, &stems[0], written[0])) {
                // "bookings" are `court_bookings`, not a reference table's
                // `booking_window_days`, where the word qualifies another; "discounts" are
                // `discount_amount`.
                let plural = !singular && written[0].ends_with('s');
                let shares_word = columns.iter().any(|c| {
                    c.table != t
                        && model.column(c.table, &c.column).is_some_and(|m| {
                            let mut rest = m.words.iter().filter(|w| **w != stems[0]);
                            // (Rows of events whose columns say "call" may be the calls.)
                            let events = model.tables[c.table]
                                .columns
                                .iter()
                                .any(|o| o.role == Role::Time);
                            m.words.contains(&stems[0])
                                && (!plural
                                    || events
                                    || rest.all(|w| GENERIC.contains(&w.as_str())))
                        })
                });
                if !shares_word && !full_match(model, &columns, written[0]) {
                    let t = rows_of_kinds(model, t, &stems[0], written[0]);
                    return Some((Ref::Table(t), 1, singular));
                }
            }
            // "boxes we shipped" of `box_shipments` beside `box_editions`: the one table
            // the word begins whose last word a verb soon after names.
            if n == 1 && !singular {
                if let Some(t) = begun_and_verbed(model, units, i, &stems[0], written[0]) {
                    return Some((Ref::Table(t), 1, singular));
                }
            }
            return Some((Ref::Columns(columns), n, singular));
        }
    }
    if stems.is_empty() {
        return None;
    }
    // "cars removed from the fleet", "deleted members": the mark of rows removed.
    if matches!(written[0], "removed" | "deleted" | "discarded") {
        let marks: Vec<ColumnRef> = (0..model.tables.len())
            .filter_map(|t| {
                model.tables[t].removed.as_ref().map(|c| ColumnRef {
                    table: t,
                    column: c.clone(),
                })
            })
            .collect();
        if !marks.is_empty() {
            return Some((Ref::Columns(marks), 1, false));
        }
    }
    if let Some(found) = nominalized(model, &stems[0], written[0]) {
        return Some(found);
    }
    // "kilos donated", "tonnes shipped": the numbers kept in that unit (`weight_kg`),
    // which the context narrows.
    if let Some(unit) =
        grammar::unit_word(written[0]).filter(|u| matches!(*u, "kg" | "km" | "mile"))
    {
        let all: Vec<usize> = (0..model.tables.len()).collect();
        // "between 5 and 10 a kilo": a rate per unit (`price_per_kg`), nothing else.
        if i > 0 && matches!(word_at(units, i - 1), Some("a" | "an" | "per")) {
            let rates = model.columns_where(&all, |c| {
                c.role == Role::Number && c.words.windows(2).any(|w| w[0] == "per" && w[1] == unit)
            });
            return (!rates.is_empty()).then_some((Ref::Columns(rates), 1, false));
        }
        // (Not a rate per unit, `value_per_kg`, nor what something holds, `capacity_kg`.)
        let kept = model.columns_where(&all, |c| {
            c.role == Role::Number
                && c.words.last().is_some_and(|w| w == unit)
                && !c.words.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "per" | "capac" | "capacity" | "max" | "min" | "limit"
                    )
                })
        });
        if !kept.is_empty() {
            return Some((Ref::Columns(kept), 1, false));
        }
    }
    if let Some(edge) = model.role_edge(&stems[0]) {
        return Some((Ref::Role(edge), 1, true));
    }
    if let Some(t) = part_of_table_name(model, &stems[0], written[0]) {
        let t = rows_of_kinds(model, t, &stems[0], written[0]);
        return Some((Ref::Table(t), 1, stem(written[0]) == written[0]));
    }
    if let Some(t) = begun_and_verbed(model, units, i, &stems[0], written[0]) {
        return Some((Ref::Table(t), 1, stem(written[0]) == written[0]));
    }
    // "teams" for `agent_groups`: the one longer name that ends in a word of its kind.
    if !is_stop_word(written[0]) && measure_word(written[0]).is_none() {
        let kin: Vec<usize> = (0..model.tables.len())
            .filter(|&t| {
                let words = &model.tables[t].words;
                words.len() > 1 && words.last().is_some_and(|w| related(&stems[0], w) > 0.0)
            })
            .collect();
        if let [t] = kin[..] {
            return Some((Ref::Table(t), 1, stem(written[0]) == written[0]));
        }
    }
    // "repayments" for `loan_payment`: a table named by the word less its "re", when
    // that is a word of money ("revenue" is no `venues`, "reviews" no `views`).
    let again = written[0].strip_prefix("re").filter(|r| {
        r.len() > 4
            && measure_word(written[0]).is_none()
            && measure_word(r).is_some_and(|m| !m.kinds.is_empty())
    });
    if let Some(rest) = again {
        let rest = stem(rest);
        let tables: Vec<usize> = (0..model.tables.len())
            .filter(|&t| model.tables[t].words.last() == Some(&rest))
            .collect();
        if let [t] = tables[..] {
            return Some((Ref::Table(t), 1, false));
        }
    }
    let tables = measure_word(written.first()?).map_or(&[][..], |m| m.tables);
    for phrase in tables {
        let words: Vec<String> = phrase.split(' ').map(stem).collect();
        if let Some(t) = model.tables.iter().position(|t| t.words == words) {
            return Some((Ref::Table(t), 1, false));
        }
    }
    // "people", "persons": the one table of people (named by first and last names).
    // Of several, the one whose column the next word names ("people joined": the
    // members, by `joined_on`; not the trainers).
    if stems[0] == "person" {
        let people: Vec<usize> = (0..model.tables.len())
            .filter(|&t| model.tables[t].label.len() == 2)
            .collect();
        let next = match units.get(i + 1) {
            Some(Folded::Word { stem, .. }) if !is_stop_word(stem) => Some(stem.clone()),
            _ => None,
        };
        let did: Vec<usize> = people
            .iter()
            .copied()
            .filter(|&t| {
                // Its own column, or one of the rows that refer to it ("people enrolled":
                // the users, by their enrolments' `enrolled_at`).
                let own_or_children =
                    |u: usize| u == t || model.edges.iter().any(|e| e.parent == t && e.child == u);
                next.as_ref().is_some_and(|n| {
                    (0..model.tables.len())
                        .filter(|&u| own_or_children(u))
                        .any(|u| {
                            model.tables[u].columns.iter().any(|c| {
                                c.role != Role::Key
                                    && c.words.first().is_some_and(|w| same_stem(w, n))
                            })
                        })
                })
            })
            .collect();
        if let ([t], _) | (_, [t]) = (&people[..], &did[..]) {
            return Some((Ref::Table(*t), 1, false));
        }
    }
    // "movies" for `film`, "clients" for `customers`: one table of the word's kind.
    // ("show me" asks; it names no show.)
    if is_stop_word(written[0]) {
        return None;
    }
    let kin: Vec<usize> = (0..model.tables.len())
        .filter(|&t| matches!(&model.tables[t].words[..], [w] if related(&stems[0], w) > 0.0))
        .collect();
    let singular = stem(written[0]) == written[0];
    match kin[..] {
        [t] => Some((Ref::Table(t), 1, singular)),
        [] => line_parent(model, &stems[0])
            .or_else(|| buyer_table(model, &stems[0]))
            .or_else(|| {
                // "repairs" for `maintenance_requests`: the one table whose name begins
                // with a word of its kind.
                let first: Vec<usize> = (0..model.tables.len())
                    .filter(|&t| {
                        let words = &model.tables[t].words;
                        words.len() > 1 && related(&stems[0], &words[0]) > 0.0
                    })
                    .collect();
                match first[..] {
                    [t] => Some(t),
                    _ => None,
                }
            })
            .map(|t| (Ref::Table(t), 1, singular)),
        _ => None,
    }
}

/// A verb for the one table, else the columns, named by the noun made of it: "prescribed"
/// for `prescriptions`, "departing" for `scheduled_departure`.
fn nominalized(model: &Model, stem: &str, written: &str) -> Option<(Ref, usize, bool)> {
    let verb = (written.len() > 4 && (written.ends_with("ing") || written.ends_with("ed")))
        || grammar::is_past_verb(written);
    if !verb {
        return None;
    }
    let tables: Vec<usize> = (0..model.tables.len())
        .filter(|&t| {
            model.tables[t]
                .words
                .last()
                .is_some_and(|w| nominalizes(w, stem))
        })
        .collect();
    if let [t] = tables[..] {
        return Some((Ref::Table(t), 1, false));
    }
    let all: Vec<usize> = (0..model.tables.len()).collect();
    let columns = model.columns_where(&all, |c| {
        c.role != Role::Key && c.words.iter().any(|w| nominalizes(w, stem))
    });
    (!columns.is_empty()).then_some((Ref::Columns(columns), 1, true))
}

/// Whether two stems are one word: equal, one of five letters or more the other's start
/// but for a letter or two ("creat" of "created", `create_date`), or a verb in -e and its
/// -ed ("hire" of "hired").
pub(super) fn same_stem(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // ("grantee" is no "grant", "trainee" no "train": the one it is done to.)
    let agent = long.ends_with("ee") && !short.ends_with("ee");
    a == b
        || (short.len() >= 5 && long.len() - short.len() <= 2 && long.starts_with(short) && !agent)
        // "hired" of `hire_date`: a verb in -e whose -ed the stemmer keeps.
        || (short.len() >= 4 && short.ends_with('e') && long.len() == short.len() + 1
            && long.starts_with(short) && long.ends_with('d'))
}

/// Whether one of `columns` is named `word` outright (not only by one of its words).
pub(super) fn full_match(model: &Model, columns: &[ColumnRef], word: &str) -> bool {
    let stemmed = stem(word);
    columns.iter().any(|c| {
        let table = &model.tables[c.table];
        model.column(c.table, &c.column).is_some_and(|m| {
            m.words == [stemmed.clone()]
                || m.words.strip_prefix(&table.words[..]) == Some(&[stemmed.clone()][..])
        })
    })
}

/// The non-key columns of table `t` one of whose words is `word`, generic ones included
/// (`total_amount` for "amount").
pub(super) fn own_columns(model: &Model, t: usize, word: &str) -> Vec<ColumnRef> {
    model.columns_where(&[t], |c| {
        c.role != Role::Key && c.words.iter().any(|w| w == word)
    })
}

/// Words that name no column on their own: the generic last words of column names, and
/// time grains ("per year" is no `release_year`).
pub(super) const GENERIC: &[&str] = &[
    "name", "id", "date", "on", "at", "code", "count", "number", "type", "usd", "amount", "value",
    "total", "rate", "year", "month", "day", "week", "quarter", "first", "last", "epoch",
];
