//! Words placed last, when nothing else placed them: a noun made of a value ("completions",
//! "cardiologists"), a verb after the number it produced ("tax withheld"), a word a name
//! shortens (`mandtry`, `categ`) or begins with ("promo"), and a flag said by another word
//! ("failed" of `passed`, "enabled" of `active`).

use super::*;

/// Places `word` at `i` when nothing else did; how many units it took.
pub(super) fn place_last(
    model: &Model,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    word: &str,
) -> Option<usize> {
    // "how many staff left in 2024" of `terminated_on` (or `left_on`, `leave_date`): the
    // date people left, the one such date of the rows named.
    if matches!(word, "left" | "quit" | "resigned" | "leave") {
        let tables: Vec<usize> = match last_table(reading).or_else(|| next_table(model, units, i)) {
            Some(t) => vec![t],
            None => (0..model.tables.len()).collect(),
        };
        let ends = model.columns_where(&tables, |c| {
            c.role == Role::Time
                && c.words.iter().any(|w| {
                    ["left", "leav", "terminat", "termin", "resign", "exit"]
                        .iter()
                        .any(|e| w.starts_with(e))
                })
        });
        if let [one] = &ends[..] {
            push_item(
                reading,
                pending,
                Ref::Columns(vec![one.clone()]),
                false,
                word.to_owned(),
            );
            return Some(1);
        }
    }
    // "the tutors …, with their rate" of `hourly_rate`: a word too common to name a
    // column alone names the one column of the rows just named that has it.
    if i > 0 && matches!(word_at(units, i - 1), Some("their" | "its")) {
        if let Some(t) = last_table(reading) {
            if let [one] = &own_columns(model, t, &stem(word))[..] {
                let singular = stem(word) == word;
                push_item(
                    reading,
                    pending,
                    Ref::Columns(vec![one.clone()]),
                    singular,
                    word.to_owned(),
                );
                return Some(1);
            }
        }
    }
    // "training completions" of attendance whose status is `COMPL` (or 'Completed'): the
    // rows of the one status value the noun is made of.
    if let Some((table, value, people)) = nominalized_value(model, word) {
        push_value(reading, value, word.to_owned(), Some(table));
        // "cardiologists" where 'Cardiology' names a row of `specialties`: the doctors
        // that refer to it.
        if let Some(people) = people {
            push_item(reading, pending, Ref::Table(people), false, word.to_owned());
        }
        return Some(1);
    }
    // "income tax withheld", "hours logged": a verb right after the number column it
    // says how the number came about.
    let after_number = i > 0
        && reading.items.last().is_some_and(|l| {
            word_at(units, i - 1) == l.text.split(' ').next_back()
                && matches!(&l.what, Ref::Columns(cs) if cs.iter().all(|c| {
                    model
                        .column(c.table, &c.column)
                        .is_some_and(|m| m.role == Role::Number)
                }))
        });
    if after_number && (word.ends_with("ed") || grammar::is_past_verb(word)) {
        return Some(1);
    }
    // "mandatory courses" of `mandtry`, "category" of `categ`: the one word of a name
    // that shortens the question's word.
    if let Some(what) = shortened_name(model, word) {
        let singular = stem(word) == word;
        push_item(reading, pending, what, singular, word.to_owned());
        return Some(1);
    }
    // "inspections we failed" where a flag says `passed`: the flag not set; "enabled"
    // where it says `active`: set.
    // ("presses still in service", "out of service": `is_active` set or not.)
    let before = |k: usize| i.checked_sub(k).and_then(|k| word_at(units, k));
    let in_service = match (word, before(1), before(2)) {
        ("service", Some("in"), _) => Some(("active", true)),
        ("service", Some("of"), Some("out")) => Some(("active", false)),
        _ => None,
    };
    if let Some((flag, set)) = grammar::flag_word(word).or(in_service) {
        let flags: Vec<ColumnRef> = matching_columns(model, &[stem(flag)], false)
            .into_iter()
            .filter(|c| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.data_type == "boolean")
            })
            .collect();
        // Of the rows named last, where several tables have such a flag.
        let named = reading.items.iter().rev().find_map(|i| match i.what {
            Ref::Table(t) => Some(t),
            _ => None,
        });
        // ("terminals in service": the terminals' own flag, never another table's.)
        let said_of_named = in_service.is_some() && grammar::flag_word(word).is_none();
        let flags = match named {
            Some(t) if flags.len() > 1 || said_of_named => {
                flags.into_iter().filter(|c| c.table == t).collect()
            }
            _ => flags,
        };
        if flags.len() == 1 {
            pending.absent = !set;
            push_item(
                reading,
                pending,
                Ref::Columns(flags),
                false,
                word.to_owned(),
            );
            return Some(1);
        }
    }
    None
}

/// The one sampled value a noun is made of: a status in "-ion" ("completions": `COMPL` or
/// 'Completed'; "cancellations": 'cancelled'), a field of people ("cardiologists":
/// 'Cardiology'); with its table.
fn nominalized_value(
    model: &Model,
    word: &str,
) -> Option<(usize, crate::ask::literals::KnownValue, Option<usize>)> {
    // "cardiologists" of 'Cardiology': the people of a field.
    let field = word
        .strip_suffix("ists")
        .or_else(|| word.strip_suffix("ist"))
        .filter(|b| b.ends_with("olog") && b.len() >= 6)
        .map(|b| format!("{b}y"));
    let field_of_people = field.is_some();
    let verbs: Vec<String> = match field {
        Some(field) => vec![field],
        None => {
            let base = word
                .strip_suffix("ions")
                .or_else(|| word.strip_suffix("ion"))?;
            if base.len() < 4 {
                return None;
            }
            let bare = base.strip_suffix("at").unwrap_or(base);
            [base, bare]
                .iter()
                .flat_map(|b| {
                    [
                        format!("{b}ed"),
                        format!("{b}ted"),
                        format!("{b}e"),
                        (*b).to_owned(),
                    ]
                })
                .collect()
        }
    };
    let mut found = Vec::new();
    for (t, table) in model.tables.iter().enumerate() {
        for c in table.columns.iter().filter(|c| c.role == Role::Text) {
            for v in &c.values {
                let lower = v.to_lowercase();
                let names = verbs.iter().any(|verb| {
                    lower == *verb
                        || crate::ask::vocab::business::abbreviates(v, verb) && verb.ends_with("ed")
                });
                if names {
                    found.push((t, c.name.clone(), v.clone()));
                }
            }
        }
    }
    let [(t, column, value)] = &found[..] else {
        return None;
    };
    // People of a field named in a table of fields (`specialties.specialty_name`): the one
    // table that refers to it.
    let lookup = model.tables[*t].label.contains(column);
    let mut children: Vec<usize> = model
        .edges
        .iter()
        .filter(|e| e.parent == *t && e.child != *t)
        .map(|e| e.child)
        .collect();
    children.dedup();
    let people = match (field_of_people, lookup, &children[..]) {
        (true, true, [one]) => Some(*one),
        (true, true, _) => return None,
        _ => None,
    };
    Some((
        *t,
        crate::ask::literals::KnownValue {
            key: value.to_lowercase(),
            sources: vec![crate::ask::literals::ValueSource {
                table: model.tables[*t].plain.clone(),
                column: column.clone(),
                value: value.clone(),
            }],
        },
        people,
    ))
}

/// The one table or column with a word that shortens `word` (`categ`, `mandtry`, `tmsht`):
/// its first letters (four or more), or its first letter and others in order, ending on its
/// last, at least half as long, with at most one vowel after the first letter.
fn shortened_name(model: &Model, word: &str) -> Option<Ref> {
    let forms = [word.to_owned(), stem(word)];
    let shortens = |short: &str| {
        forms.iter().any(|full| {
            let (s, f) = (short.as_bytes(), full.as_bytes());
            if s.len() < 3 || f.len() <= s.len() || s[0] != f[0] || !short.is_ascii() {
                return false;
            }
            // `categ` of "category", not `time` of "timeentries"; not `grant` of
            // "grantees", `train` of "trainers" (who it is done to, or who does it).
            if let Some(rest) = full.strip_prefix(short) {
                let agent = matches!(rest, "ee" | "ees" | "er" | "ers");
                return s.len() >= 4 && s.len() * 2 >= f.len() && !agent;
            }
            let mut rest = full.chars();
            let in_order = short.chars().all(|c| rest.any(|x| x == c));
            let vowels = short[1..].chars().filter(|c| "aeiou".contains(*c)).count();
            // (A word of three letters with a vowel, `pay` of `paid_at`, is a word, not
            // the letters of "played".)
            let word_like = s.len() == 3 && vowels > 0;
            in_order && s.len() * 2 >= f.len() && s.last() == f.last() && vowels <= 1 && !word_like
        })
    };
    // "promo" of `promotions`: the question's word shortens the name's.
    let shortened = |w: &str| word.len() >= 5 && w.len() > word.len() && w.starts_with(word);
    let shortens = |w: &str| shortens(w) || shortened(w);
    let mut found: Vec<Ref> = Vec::new();
    for (t, table) in model.tables.iter().enumerate() {
        if table.words.iter().any(|w| shortens(w)) {
            found.push(Ref::Table(t));
        }
        for c in table.columns.iter().filter(|c| c.role != Role::Key) {
            if c.words.iter().any(|w| shortens(w)) {
                found.push(Ref::Columns(vec![ColumnRef {
                    table: t,
                    column: c.name.clone(),
                }]));
            }
        }
    }
    match &found[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}
