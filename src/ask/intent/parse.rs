//! Question → intent. The question's literals come from `literals::extract` and its words
//! are folded onto glossary terms by `vocab::Synonyms`; then one left-to-right pass places
//! every word: an aggregate, a ranking, a grouping marker, a grain, a comparison, a table or
//! column of the schema, a glossary term, or a word that changes nothing. A word left over
//! makes the question unreadable ([`Unread::Unplaced`]); [`assemble`] then decides the
//! shape and refuses when two readings are plausible ([`Unread::Ambiguous`]).

use crate::ask::literals::{extract, Literal, LiteralValue, ValueIndex};
use crate::ask::vocab::business::related;
use crate::ask::vocab::grammar::{self, Aggregate, Comparison, Direction, Grain};
use crate::ask::vocab::measures::{measure_word, MeasureWord};
use crate::ask::vocab::{
    is_shape_stop_word, is_stop_word, nominalizes, raw_words, stem, Folded, Synonyms,
};

use super::schema::{Model, Role};
use super::ColumnRef;

mod values;
mod words;

use values::*;
use words::*;

/// Why a question has no intent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// Words that name nothing askpg knows.
    Unplaced(Vec<String>),
    /// Two or more readings; each described in a few words, and the replacements (words as
    /// typed → other words) that would ask for one reading.
    Ambiguous {
        what: String,
        readings: Vec<String>,
        rephrase: Vec<(String, String)>,
    },
    /// The words are known but do not make a question askpg can compile.
    Unsupported(String),
}

/// What a run of words refers to.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Ref {
    Table(usize),
    /// Candidate columns; more than one until the context decides.
    Columns(Vec<ColumnRef>),
    Term(usize),
    Grain(Grain),
    /// A measure word of the vocabulary ("revenue", "spent"), placed on a column later.
    Measure(&'static MeasureWord),
    /// The time between a row's start and end ("stay", "duration", "nights").
    Duration,
    /// A foreign key named by its role (`destination_airport_id` for "destination"), of
    /// two or more between one pair of tables: the path goes along it.
    Role(usize),
}

/// One placed reference and how it was introduced.
#[derive(Debug, Clone)]
pub(super) struct Item {
    pub what: Ref,
    /// After "by", "per", "each", "every".
    pub grouped: bool,
    /// After "per" ("average payment per customer").
    pub per: bool,
    pub aggregate: Option<Aggregate>,
    pub distinct: bool,
    /// After a comparison: the comparison and its number.
    pub compared: Option<(Comparison, String)>,
    /// After "never" / "without".
    pub absent: bool,
    /// After "with", "used", "has" ("orders that used a coupon code"): a column that
    /// holds a value.
    pub filled: bool,
    /// The word as typed equals its stem (singular).
    pub singular: bool,
    /// The words as typed (lower case).
    pub text: String,
    /// The activity word after a measure word ("units sold"): the tables that record it.
    pub activity: Option<&'static MeasureWord>,
}

/// Everything placed in one question.
#[derive(Debug, Clone, Default)]
pub(super) struct Reading {
    pub items: Vec<Item>,
    pub literals: Vec<Literal>,
    /// For each literal, the table named last before it ("customers who placed an order
    /// in 2023": orders).
    pub literal_tables: Vec<Option<usize>>,
    /// For each period literal opened by "since", "after", "before" or "until": its index
    /// in `literals` and the bound.
    pub bounds: Vec<(usize, Bound)>,
    /// "the last 30 days": how many of which grain, up to the latest date.
    pub recent: Option<(u64, Grain)>,
    /// "longer than 150": the word of the column compared, the comparison and the number.
    pub compared_by: Option<(&'static str, Comparison, String)>,
    pub limit: Option<u64>,
    pub direction: Option<Direction>,
    /// The measure word a ranking adjective names ("expensive" → a price).
    pub rank_by: Option<&'static MeasureWord>,
    /// "value" or "worth" was said: what is measured must be money.
    pub valued: bool,
    /// The ranking word ranks by a date ("the latest order").
    pub rank_time: bool,
    /// "When …?": the answer is a date.
    pub when: bool,
    /// "… and when": the date is asked beside what is named.
    pub and_when: bool,
    /// "How much …?": an amount is totalled.
    pub how_much: bool,
    /// "payments received": rows of amounts are money that came in, totalled.
    pub received: bool,
    /// "reservations made in 2023": a verb of creating the rows was said; their date of
    /// creation (`created_at`) is the one a period applies to.
    pub creation: bool,
    /// "expenses over 1000": a table's amount compared with a number.
    pub amount_compared: Option<(usize, Comparison, String)>,
    /// Verbs read as relating the rows named after them ("taught", "submitted"), as
    /// typed.
    pub verbs: Vec<String>,
    /// A share asked as a percentage.
    pub percent: bool,
    /// Where the words of the last table named end (a unit index).
    pub last_table_end: Option<usize>,
    /// Indices in `literals` of the values negated ("not in Germany").
    pub negated: Vec<usize>,
    /// The units said after compared numbers ("hour" in "longer than 3 hours").
    pub units: Vec<&'static str>,
    /// A change between two periods was asked ("difference", "growth"), with the words
    /// that asked it; as a percentage when [`Self::percent`].
    pub change: Option<(grammar::Change, String)>,
    /// "average number of orders per customer": the measure is averaged over the entity
    /// it is grouped by.
    pub averaged: bool,
}

/// An open-ended period: from a period's start ("since 2023"), after its end ("after
/// 2023"), or before its start ("before 2023", "until 2023").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    Since,
    After,
    Before,
}

/// The state of the pass between words.
#[derive(Default)]
struct Pending {
    /// "average number of …", "average total …": the average of what comes next, per
    /// entity.
    outer_average: bool,
    bound: Option<Bound>,
    /// The column word of a comparative ("longer" → length).
    compare_column: Option<&'static str>,
    /// The grouping was opened by "per".
    per: bool,
    /// The item of the table an aggregate passed over ("total payments by month").
    kept_for: Option<usize>,
    grouped: bool,
    aggregate: Option<Aggregate>,
    distinct: bool,
    comparison: Option<Comparison>,
    compared: Option<(Comparison, String)>,
    absent: bool,
    /// A number before a table ("the 3 branches"), the limit if a ranking follows.
    limit: Option<(u64, String)>,
    /// A share asked of a total or an average.
    share_of_total: bool,
}

impl Pending {
    /// A new aggregate; one of counts or totals after "average" is averaged per entity.
    fn set_aggregate(&mut self, aggregate: Aggregate) {
        if self.aggregate == Some(Aggregate::Average)
            && matches!(aggregate, Aggregate::Count | Aggregate::Sum)
        {
            self.outer_average = true;
        }
        // "what percentage of total revenue": a share of a total, which askpg does not
        // compile; never the total alone.
        if self.aggregate == Some(Aggregate::Share) && aggregate != Aggregate::Share {
            self.share_of_total = true;
        }
        self.aggregate = Some(aggregate);
    }
}

/// Reads the words of `question`.
pub(super) fn read(
    model: &Model,
    values: &ValueIndex,
    synonyms: &Synonyms,
    question: &str,
) -> Result<Reading, Unread> {
    let mut template = extract(question, values);
    let mut units = synonyms.fold(&template.skeleton);
    words_not_names(model, &mut template.literals, &mut units);
    let mut reading = Reading {
        literals: Vec::new(),
        ..Default::default()
    };
    let mut pending = Pending::default();
    let mut unplaced = Vec::new();
    let mut literal_index = 0;
    let mut i = 0;
    while i < units.len() {
        let step = match &units[i] {
            Folded::Placeholder(_) => {
                let literal = template.literals[literal_index].clone();
                literal_index += 1;
                if let Some(recent) = recent_period(&units, i, &literal) {
                    reading.recent = Some(recent);
                    i += 2;
                    continue;
                }
                // "consultation fee": a value ("consultation") that begins a column's name
                // with the word after it is that column.
                if let (LiteralValue::Value(_), Some(Folded::Word { word, stem: next })) =
                    (&literal.value, units.get(i + 1))
                {
                    let mut phrase: Vec<String> =
                        raw_words(&literal.text).iter().map(|w| stem(w)).collect();
                    phrase.push(next.clone());
                    let columns = matching_columns(model, &phrase, false);
                    if !columns.is_empty() {
                        let text = format!("{} {word}", literal.text.to_lowercase());
                        push_item(
                            &mut reading,
                            &mut pending,
                            Ref::Columns(columns),
                            true,
                            text,
                        );
                        i += 2;
                        continue;
                    }
                }
                place_literal(
                    &mut reading,
                    &mut pending,
                    &units,
                    i,
                    literal,
                    &mut unplaced,
                );
                1
            }
            Folded::Term(t) => {
                push_item(
                    &mut reading,
                    &mut pending,
                    Ref::Term(*t),
                    true,
                    String::new(),
                );
                1
            }
            Folded::Count => {
                pending.set_aggregate(Aggregate::Count);
                1
            }
            Folded::Word { .. } => place_word(
                model,
                values,
                &mut reading,
                &mut pending,
                &units,
                i,
                &mut unplaced,
            ),
        };
        i += step;
    }
    // "the average payment", "total payments": an aggregate left after the last table
    // applies to that table; "a credit limit above 100000": a comparison left after the
    // last column applies to that column.
    settle_aggregate(&mut reading, &mut pending);
    trailing_count(model, &mut reading, &mut pending);
    if let Some((limit, text)) = pending.limit.take() {
        match (reading.direction, reading.limit) {
            (Some(_), None) => reading.limit = Some(limit),
            _ => unplaced.push(text),
        }
    }
    reading.averaged = pending.outer_average;
    if let Some(column) = pending.compare_column.take() {
        if let Some((comparison, number)) = pending.compared.take() {
            reading.compared_by = Some((column, comparison, number));
        }
    }
    if let (Some(compared), Some(last)) = (&pending.compared, reading.items.last_mut()) {
        if matches!(last.what, Ref::Columns(_) | Ref::Measure(_))
            && last.compared.is_none()
            && !last.grouped
        {
            last.compared = Some(compared.clone());
            pending.compared = None;
        } else if let (Ref::Table(t), None, false) = (&last.what, &last.compared, last.grouped) {
            // "expenses over 1000": the amount of each expense.
            reading.amount_compared = Some((*t, compared.0, compared.1.clone()));
            pending.compared = None;
        }
    }
    if pending.share_of_total {
        return Err(Unread::Unsupported(
            "a percentage of a total or an average".into(),
        ));
    }
    if pending.aggregate.is_some()
        || pending.comparison.is_some()
        || pending.compared.is_some()
        || pending.absent
        || pending.bound.is_some()
    {
        unplaced.push("(a word that qualifies nothing after it)".into());
    }
    if !unplaced.is_empty() {
        return Err(Unread::Unplaced(unplaced));
    }
    Ok(reading)
}

/// "the price of our most expensive product": a word typed in lower case that names a
/// column or a measure is that word, not the person or place of that name a sample holds
/// (a customer named Price).
fn words_not_names(model: &Model, literals: &mut Vec<Literal>, units: &mut [Folded]) {
    let mut index = 0;
    let mut dropped = Vec::new();
    for unit in units.iter_mut() {
        let Folded::Placeholder(_) = unit else {
            continue;
        };
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
        let stemmed = stem(text);
        let schema_word = measure_word(text).is_some()
            || model.tables.iter().any(|t| {
                t.words.contains(&stemmed) || t.columns.iter().any(|c| c.words.contains(&stemmed))
            });
        if single && names && schema_word {
            *unit = Folded::Word {
                word: text.to_owned(),
                stem: stemmed,
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
fn trailing_count(model: &Model, reading: &mut Reading, pending: &mut Pending) {
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
        if let [t, ref rest @ ..] = tables[..] {
            if rest.iter().all(|r| *r == t) {
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

/// Places an item. An aggregate that passed over a table goes to the next column or
/// measure word ("average book price"); before anything else, to that table ("total
/// payments per month").
fn push_item(
    reading: &mut Reading,
    pending: &mut Pending,
    what: Ref,
    singular: bool,
    text: String,
) {
    let takes_aggregate = matches!(
        what,
        Ref::Columns(_) | Ref::Measure(_) | Ref::Term(_) | Ref::Duration
    ) && !pending.grouped;
    if !takes_aggregate {
        settle_aggregate(reading, pending);
    }
    let is_table = matches!(what, Ref::Table(_));
    let mut item = take_item(pending, what, singular);
    item.text = text;
    pending.kept_for = match pending.aggregate {
        Some(_) if is_table && item.aggregate.is_none() => Some(reading.items.len()),
        Some(_) => pending.kept_for,
        None => None,
    };
    reading.items.push(item);
}

fn settle_aggregate(reading: &mut Reading, pending: &mut Pending) {
    if let Some(k) = pending.kept_for.take() {
        reading.items[k].aggregate = pending.aggregate.take();
    }
}

fn take_item(pending: &mut Pending, what: Ref, singular: bool) -> Item {
    // "average book price": an aggregate of a column passes over the table before it.
    let keeps_aggregate = matches!(what, Ref::Table(_))
        && !matches!(
            pending.aggregate,
            None | Some(Aggregate::Count | Aggregate::Share)
        );
    let kept = if keeps_aggregate {
        pending.aggregate.take()
    } else {
        None
    };
    let item = Item {
        what,
        grouped: std::mem::take(&mut pending.grouped),
        per: std::mem::take(&mut pending.per),
        aggregate: pending.aggregate.take(),
        distinct: std::mem::take(&mut pending.distinct),
        compared: match pending.compare_column {
            None => pending.compared.take(),
            Some(_) => None,
        },
        absent: std::mem::take(&mut pending.absent),
        filled: false,
        singular,
        text: String::new(),
        activity: None,
    };
    pending.aggregate = pending.aggregate.or(kept);
    item
}

fn word_at(units: &[Folded], i: usize) -> Option<&str> {
    match units.get(i) {
        Some(Folded::Word { word, .. }) => Some(word.as_str()),
        _ => None,
    }
}

/// Places the word at `i`; returns how many units it took.
fn place_word(
    model: &Model,
    values: &ValueIndex,
    reading: &mut Reading,
    pending: &mut Pending,
    units: &[Folded],
    i: usize,
    unplaced: &mut Vec<String>,
) -> usize {
    let word = word_at(units, i).unwrap_or_default();
    reading.when |= word == "when";
    reading.and_when |= word == "when" && i > 0 && word_at(units, i - 1) == Some("and");
    reading.creation |= matches!(
        word,
        "made"
            | "placed"
            | "created"
            | "submitted"
            | "booked"
            | "opened"
            | "issued"
            | "raised"
            | "filed"
            | "new"
    );
    if word == "how" && word_at(units, i + 1) == Some("many") {
        pending.set_aggregate(Aggregate::Count);
        return 2;
    }
    if let Some(n) = rate(model, values, reading, pending, units, i) {
        return n;
    }
    if word == "how" && word_at(units, i + 1) == Some("much") {
        // "How much did we receive in payments": a total, of amounts.
        reading.how_much = true;
        return 2;
    }
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
            return if area { 2 } else { 1 };
        }
    }
    if matches!(word, "last" | "past") && matches!(units.get(i + 1), Some(Folded::Placeholder(_))) {
        // "the last 30 days": read with the number ([`recent_period`]).
        return 1;
    }
    // "Which month had the most orders": grouped by the grain, ranked.
    let asked_which = i > 0 && matches!(word_at(units, i - 1), Some("which" | "what"));
    if asked_which && grammar::grain_word(word).is_some() {
        pending.grouped = true;
    }
    // "in percent", "as a percentage": the share is shown as a percentage.
    let last_words = units[i + 1..].iter().all(|u| match u {
        Folded::Word { word, .. } => is_stop_word(word),
        _ => false,
    });
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
        return 1;
    }
    if pending.grouped && grammar::grain_word(word).is_some() {
        // "per year" is a time grain, not a column such as `terms.term_year`.
        return place_function_word(reading, pending, units, i, word).unwrap_or(1);
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
                return j + n - i;
            }
        }
    }
    // "the 5-star reviews": the number is a rating.
    if matches!(word, "star" | "stars") {
        let number = i > 0 && matches!(units[i - 1], Folded::Placeholder(_));
        if let Some(n) = pending.limit.as_ref().map(|(n, _)| *n).filter(|_| number) {
            let all: Vec<usize> = (0..model.tables.len()).collect();
            let ratings = model.columns_where(&all, |c| {
                c.role == Role::Number
                    && c.words
                        .iter()
                        .any(|w| matches!(w.as_str(), "rating" | "star" | "stars"))
            });
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
                reading.literal_tables.push(Some(rating.table));
                reading.literals.push(Literal {
                    kind: crate::ask::literals::LiteralKind::Value,
                    span: 0..0,
                    text: format!("{n}-{word}"),
                    value: LiteralValue::Value(value),
                    relative: None,
                });
                return 1;
            }
        }
    }
    // "courses worth more than 3 credits": the comparison says it all.
    if word == "worth"
        && word_at(units, i + 1).is_some_and(|n| grammar::comparison_word(n).is_some())
    {
        return 1;
    }
    // "accounts still open", "open maintenance requests": rows whose end date is empty.
    if matches!(word, "open" | "ongoing" | "unresolved") {
        let table = reading
            .items
            .iter()
            .rev()
            .find_map(|item| match item.what {
                Ref::Table(t) => Some(t),
                _ => None,
            })
            .or_else(|| match schema_phrase(model, units, i + 1) {
                Some((Ref::Table(t), _, _)) => Some(t),
                _ => None,
            });
        if let Some(end) = table.and_then(|t| super::periods::end_date(model, t)) {
            let mut idle = Pending {
                absent: true,
                ..Pending::default()
            };
            let mut item = take_item(&mut idle, Ref::Columns(vec![end]), true);
            item.text = word.to_owned();
            reading.items.push(item);
            return 1;
        }
    }
    let summed = measure_word(word).filter(|m| is_measure(m) && m.aggregate.is_some());
    let schema = schema_phrase(model, units, i).filter(|(what, n, _)| {
        // "daily cost": a measure word beats a column it only partly names (`cost_usd`).
        !(summed.is_some()
            && *n == 1
            && matches!(what, Ref::Columns(c) if !full_match(model, c, word)))
    });
    if let Some((Ref::Role(edge), n, singular)) = schema {
        // "by destination city": the role leaves what is pending to the words after it.
        let mut idle = Pending::default();
        let mut item = take_item(&mut idle, Ref::Role(edge), singular);
        item.text = word.to_owned();
        reading.items.push(item);
        return n;
    }
    if let Some((what, n, singular)) = schema {
        // "business class bookings": the column of the value just named says what the
        // value is; the count is of the bookings.
        if let (Ref::Columns(columns), Some(Folded::Placeholder(_)), Some(last)) = (
            &what,
            i.checked_sub(1).map(|b| &units[b]),
            reading.literals.last(),
        ) {
            if let LiteralValue::Value(value) = &last.value {
                let holds = value.sources.iter().any(|s| {
                    columns
                        .iter()
                        .any(|c| c.column == s.column && model.tables[c.table].plain == s.table)
                });
                if holds {
                    return n;
                }
            }
        }
        // "destination country": the country of the table the role refers to.
        let what = match (what, reading.items.last().map(|l| &l.what)) {
            (Ref::Columns(columns), Some(Ref::Role(edge))) => {
                let parent = model.edges[*edge].parent;
                let own: Vec<ColumnRef> = columns
                    .iter()
                    .filter(|c| c.table == parent)
                    .cloned()
                    .collect();
                Ref::Columns(if own.is_empty() { columns } else { own })
            }
            (what, _) => what,
        };
        if let Ref::Columns(_) = what {
            if word == "count" && pending.aggregate.is_none() && n == 1 {
                pending.aggregate = Some(Aggregate::Count);
                return 1;
            }
        }
        let text = (i..i + n)
            .filter_map(|k| word_at(units, k))
            .collect::<Vec<_>>();
        let columns = matches!(what, Ref::Columns(_));
        let table = match what {
            Ref::Table(t) => Some(t),
            _ => None,
        };
        push_item(reading, pending, what, singular, text.join(" "));
        if let Some(t) = table {
            compound(model, reading, t, i);
            // "how many vegetarian bookings": the count is of the rows the flag qualifies.
            let n_items = reading.items.len();
            if n_items >= 2 {
                let flag = matches!(&reading.items[n_items - 2].what, Ref::Columns(cs)
                    if cs.iter().all(|c| model.column(c.table, &c.column)
                        .is_some_and(|m| m.data_type == "boolean")));
                if flag && reading.items[n_items - 1].aggregate.is_none() {
                    let count = reading.items[n_items - 2].aggregate.take();
                    reading.items[n_items - 1].aggregate = count;
                }
            }
            reading.last_table_end = Some(i + n);
        }
        // "have a coupon code", not "have visited" (`visit_type`).
        let verb = text[0].ends_with("ed") || text[0].ends_with("ing");
        if let (true, false, Some(item)) = (columns, verb, reading.items.last_mut()) {
            item.filled = said_to_hold(units, i);
        }
        return n;
    }
    // "the most orders"; "the most prescribed medication": the date a verb names counts
    // the rows of its table.
    let counted_next = match schema_phrase(model, units, i + 1) {
        Some((Ref::Table(_), _, _)) => true,
        Some((Ref::Columns(columns), 1, _)) => {
            word_at(units, i + 1).is_some_and(|w| w.ends_with("ed"))
                && columns.iter().all(|c| {
                    model
                        .column(c.table, &c.column)
                        .is_some_and(|m| m.role == Role::Time)
                })
        }
        _ => false,
    };
    if grammar::counts_what_follows(word) && counted_next {
        reading.direction = grammar::rank_word(word);
        pending.aggregate = Some(Aggregate::Count);
        return 1;
    }
    if let Some(n) = place_function_word(reading, pending, units, i, word) {
        return n;
    }
    if let Some(measure) = measure_word(word).filter(|m| is_measure(m)) {
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
            matches!(l.what, Ref::Columns(_))
                && !l.grouped
                && (inflected || (adjacent && carried(l)))
        }) {
            return 1;
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
        return 1;
    }
    if is_stop_word(word) || is_shape_stop_word(word) || grammar::is_neutral_word(word) {
        reading.valued |= matches!(word, "value" | "worth");
        reading.received |= word == "received";
        return 1;
    }
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
            if pending.aggregate == Some(Aggregate::Count) {
                // "the number of nights": their total.
                pending.aggregate = Some(Aggregate::Sum);
            }
            push_item(reading, pending, Ref::Duration, true, word.to_owned());
        }
        return 1;
    }
    // Phrases that add nothing: "right now", "break down", "taken out", "the beginning
    // of 2024", "classes (that) last longer than".
    let next = word_at(units, i + 1);
    // "What did paid orders bring in": money that came in.
    if matches!(word, "bring" | "brings" | "brought") && next == Some("in") {
        reading.received = true;
        return 2;
    }
    let skip = match (word, next) {
        ("right", Some("now"))
        | ("break", Some("down"))
        | ("broken", Some("down"))
        | ("ended", Some("up")) => 2,
        ("split", Some("by")) => 1,
        ("out", _) if i > 0 && matches!(word_at(units, i - 1), Some("taken" | "took" | "take")) => {
            1
        }
        ("beginning" | "start", Some("of"))
            if matches!(units.get(i + 2), Some(Folded::Placeholder(_))) =>
        {
            2
        }
        ("last" | "lasted" | "lasting", Some(n)) if grammar::comparative(n).is_some() => 1,
        _ => 0,
    };
    if skip > 0 {
        return skip;
    }
    // "the first maintenance request", "Which branch opened first?": the earliest (the
    // last: the latest) by date.
    let before = i.checked_sub(1).and_then(|b| word_at(units, b));
    let ends = units[i + 1..].iter().all(|u| match u {
        Folded::Word { word, .. } => is_stop_word(word),
        _ => false,
    });
    // The verb before, past a particle ("signed up last").
    let verb = (0..i)
        .rev()
        .filter_map(|k| word_at(units, k))
        .find(|w| !matches!(*w, "up" | "in" | "out" | "off"));
    let the = before == Some("the")
        || (before == Some("very") && i > 1 && word_at(units, i - 2) == Some("the"));
    let ordinal = (the && matches!(units.get(i + 1), Some(Folded::Word { .. })))
        || (ends && verb.is_some_and(|b| b.ends_with("ed")));
    if matches!(word, "first" | "last") && ordinal && reading.direction.is_none() {
        reading.direction = Some(if word == "first" {
            Direction::Lowest
        } else {
            Direction::Highest
        });
        reading.rank_time = true;
        return 1;
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
        return 1;
    }
    // "the lowest non-zero fee": above zero.
    if matches!(word, "nonzero" | "non-zero")
        || (word == "non" && word_at(units, i + 1) == Some("zero"))
    {
        pending.compared = Some((Comparison::Above, "0".to_owned()));
        return if word == "non" { 2 } else { 1 };
    }
    // "not counting cancelled orders": the "not" negates what follows.
    if matches!(word, "counting" | "including") && i > 0 && word_at(units, i - 1) == Some("not") {
        return 1;
    }
    // "cancelled orders excluded": the value just named is negated.
    if matches!(word, "excluded" | "aside") && !reading.literals.is_empty() {
        let last = reading.literals.len() - 1;
        if matches!(reading.literals[last].value, LiteralValue::Value(_))
            && !reading.negated.contains(&last)
        {
            reading.negated.push(last);
            return 1;
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
            return 1;
        }
    }
    // "inactive customers", "unpaid invoices": a yes/no column said negated.
    for prefix in ["in", "un", "non"] {
        let Some(rest) = word.strip_prefix(prefix).filter(|r| r.len() > 3) else {
            continue;
        };
        let flags: Vec<ColumnRef> = matching_columns(model, &[stem(rest)], true)
            .into_iter()
            .filter(|c| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.data_type == "boolean")
            })
            .collect();
        if !flags.is_empty() {
            // "count of inactive customers": the count is still of what follows.
            let mut idle = Pending {
                absent: true,
                ..Pending::default()
            };
            let mut item = take_item(&mut idle, Ref::Columns(flags), true);
            item.text = word.to_owned();
            reading.items.push(item);
            return 1;
        }
    }
    // "email address", "phone number": the kind of the column just named.
    if matches!(
        word,
        "address" | "number" | "name" | "code" | "time" | "date"
    ) && i > 0
        && reading.items.last().is_some_and(|l| {
            matches!(l.what, Ref::Columns(_))
                && word_at(units, i - 1) == l.text.split(' ').next_back()
        })
    {
        return 1;
    }
    // "sold out concerts" where a category is `concert`: a value said in the plural.
    let singular = stem(word);
    if singular != word {
        if let [value] = values.one_word_values(|key| key == singular)[..] {
            let value = value.clone();
            let t = value
                .sources
                .first()
                .and_then(|s| model.tables.iter().position(|t| t.plain == s.table));
            reading.literal_tables.push(t);
            reading.literals.push(Literal {
                kind: crate::ask::literals::LiteralKind::Value,
                span: 0..0,
                text: word.to_owned(),
                value: LiteralValue::Value(value),
                relative: None,
            });
            return 1;
        }
    }
    // "Which promo codes have never been used?": a verb that ends the question after
    // "never" is about the one table whose rows refer to the rows named.
    if pending.absent && grammar::is_past_verb(word) && ends_here(units, i) {
        let named = reading.items.iter().rev().find_map(|item| match item.what {
            Ref::Table(t) => Some(t),
            _ => None,
        });
        if let Some(t) = named {
            let mut children: Vec<usize> = model
                .edges
                .iter()
                .filter(|e| e.parent == t && e.child != t)
                .map(|e| e.child)
                .collect();
            children.dedup();
            if let [child] = children[..] {
                push_item(reading, pending, Ref::Table(child), false, word.to_owned());
                return 1;
            }
        }
    }
    // Unless it may be a value spelled otherwise ("cancelled" where a status is
    // `canceled`): dropped, it would count rows it excludes.
    if grammar::is_past_verb(word)
        && !values.resembles(word)
        && (links_to_what_follows(model, units, i + 1)
            || ends_asked(reading, units, i)
            || ends_after_table(reading, units, i))
    {
        // "sections taught online", "instructors who never taught a section": the verb
        // relates rows the words after it name.
        reading.verbs.push(word.to_owned());
        return 1;
    }
    unplaced.push(word.to_owned());
    1
}

/// Two tables named side by side, the first only qualifying the second: "per product
/// category" groups by the product's category (a parent); "loan repayments" are the
/// `loan_payment` rows (a table whose name begins with the first). The second item, just
/// pushed at unit `i`, takes the first one's place.
fn compound(model: &Model, reading: &mut Reading, second: usize, i: usize) {
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
    let grouped = reading.items[n - 2].grouped;
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
    item.text = format!("{} {}", qualifier.text, item.text);
}

/// "no-show rate", "cancellation rate", "attendance rate": the share of rows with the value
/// named (or the value or yes/no column the noun is made of: `cancelled`, `attended`), as
/// a percentage. Returns the words taken.
fn rate(
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
    // "no-show rate": the value just named.
    if matches!(word, "rate" | "rates") && i > 0 && matches!(units[i - 1], Folded::Placeholder(_)) {
        let LiteralValue::Value(value) = &reading.literals.last()?.value else {
            return None;
        };
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
    let found = values.one_word_values(|key| made_of(&stem(key)));
    let [value] = found[..] else {
        return None;
    };
    let t = table_of(&value.sources)?;
    reading.literal_tables.push(Some(t));
    reading.literals.push(Literal {
        kind: crate::ask::literals::LiteralKind::Value,
        span: 0..0,
        text: value.key.clone(),
        value: LiteralValue::Value(value.clone()),
        relative: None,
    });
    share_of(reading, pending, t);
    Some(2)
}

/// Whether nothing but function words follow unit `i`.
fn ends_here(units: &[Folded], i: usize) -> bool {
    units[i + 1..].iter().all(|u| match u {
        Folded::Word { word, .. } => is_stop_word(word),
        _ => false,
    })
}

/// "advisors with no customers assigned to them", "trainers by number of classes taught":
/// a verb that ends the question right after a table (nothing but function words after)
/// relates it to another table named.
fn ends_after_table(reading: &Reading, units: &[Folded], i: usize) -> bool {
    let function_word = |u: &Folded| match u {
        Folded::Word { word, .. } => is_stop_word(word) || grammar::is_neutral_word(word),
        _ => false,
    };
    let last = units[i + 1..].iter().all(function_word);
    // "employees still employed" says what the employees are, not what happened to them.
    let verb = stem(word_at(units, i).unwrap_or_default());
    let after_table = reading.items.last().is_some_and(|item| match item.what {
        Ref::Table(_) => !same_stem(&stem(&item.text), &verb) && !item.text.starts_with(&verb),
        _ => false,
    });
    let still = i > 0 && matches!(word_at(units, i - 1), Some("still" | "currently" | "not"));
    // It relates two tables named ("advisors with no customers assigned"); of one table
    // alone ("How many orders were refunded?") it would be a condition dropped.
    let tables = reading
        .items
        .iter()
        .filter(|item| matches!(item.what, Ref::Table(_)))
        .count();
    last && after_table && !still && tables >= 2
}

/// "How many shipments did each carrier handle?": a verb that ends a question asked with
/// "did", "does" or "has", after a count and what it is counted by, relates the two.
fn ends_asked(reading: &Reading, units: &[Folded], i: usize) -> bool {
    let last = units[i + 1..].iter().all(|u| match u {
        Folded::Word { word, .. } => is_stop_word(word),
        _ => false,
    });
    let asked = units[..i].iter().any(|u| {
        matches!(u, Folded::Word { word, .. }
            if matches!(word.as_str(), "did" | "does" | "do" | "has" | "have" | "had"))
    });
    let counted = reading
        .items
        .iter()
        .any(|item| matches!(item.what, Ref::Table(_)) && item.aggregate.is_some());
    let by = reading.items.iter().any(|item| item.grouped);
    last && asked && counted && by
}

/// Whether the words before `i`, past an article, are "with", "used", "has", "have" or
/// "had": what is named at `i` is held ("orders with a coupon code").
fn said_to_hold(units: &[Folded], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        match word_at(units, j) {
            Some("a" | "an" | "any" | "the" | "some") => continue,
            Some("with" | "used" | "has" | "have" | "had") => return true,
            _ => return false,
        }
    }
    false
}

/// Whether the first word from `j` on that is no stop word names something: a value or
/// period, a table or column, a glossary term, or a grouping ("each", "by").
fn links_to_what_follows(model: &Model, units: &[Folded], mut j: usize) -> bool {
    while let Some(unit) = units.get(j) {
        match unit {
            Folded::Placeholder(_) | Folded::Term(_) => return true,
            Folded::Count => return false,
            Folded::Word { word, .. } => {
                // "logged the most hours": a ranking or an aggregate of what follows.
                if matches!(word.as_str(), "by" | "per" | "each" | "every")
                    || grammar::rank_word(word).is_some()
                    || grammar::aggregate_word(word).is_some()
                    || grammar::comparison_word(word).is_some()
                {
                    return true;
                }
                if !is_stop_word(word) {
                    return schema_phrase(model, units, j).is_some();
                }
            }
        }
        j += 1;
    }
    false
}

/// Aggregates, rankings, groupings, grains, comparisons, absence and activity verbs.
fn place_function_word(
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
    if word == "by" && next == Some("how") {
        // "by how much did it change": no grouping.
        return Some(1);
    }
    if matches!(word, "by" | "per" | "each" | "every") || (word == "for" && next == Some("each")) {
        pending.grouped = true;
        pending.per = word == "per";
        return Some(if word == "for" { 2 } else { 1 });
    }
    if let Some(grain) = grammar::grain_word(word) {
        if pending.grouped || word.ends_with("ly") || word == "annual" {
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
    if let Some(aggregate) = grammar::aggregate_word(word) {
        pending.set_aggregate(aggregate);
        reading.percent |= aggregate == Aggregate::Share && word.starts_with("percent");
        return Some(1);
    }
    if let Some(direction) = grammar::rank_word(word) {
        reading.direction = Some(direction);
        reading.rank_time |= grammar::ranks_by_time(word);
        return Some(1);
    }
    if let Some(by) = measure_word(word).filter(|m| m.rank.is_some()) {
        reading.direction = by.rank;
        reading.rank_by = Some(by);
        return Some(1);
    }
    if grammar::is_distinct_word(word) {
        pending.distinct = true;
        return Some(1);
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
fn is_measure(word: &MeasureWord) -> bool {
    word.kinds.iter().any(|(_, strength)| *strength >= 0.8)
}
