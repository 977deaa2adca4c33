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

mod beside;
mod columns;
mod counted;
mod early;
mod function;
mod idioms;
mod included;
mod items;
mod last;
mod measures;
mod nouns;
mod parts;
mod pending;
mod phrasal;
mod phrases;
mod reading;
mod shown;
mod times;
mod values;
mod verbs;
mod words;

use beside::*;
use columns::*;
use counted::*;
use early::*;
use function::*;
use idioms::*;
use included::*;
use items::*;
pub(super) use items::{Item, Ref};
use last::*;
use measures::*;
use nouns::*;
use parts::*;
use pending::*;
use phrasal::*;
use phrases::*;
pub(super) use reading::{Bound, Reading};
use shown::*;
use times::*;
use values::*;
use verbs::*;
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

/// Reads the words of `question`.
pub(super) fn read(
    model: &Model,
    values: &ValueIndex,
    synonyms: &Synonyms,
    question: &str,
) -> Result<Reading, Unread> {
    let (question, decimals) = rounding(&rewritten(model, question));
    let mut template = extract(&question, values);

    let mut units = synonyms.fold(&template.skeleton);
    words_not_names(model, &mut template.literals, &mut units);
    let mut reading = Reading {
        literals: Vec::new(),
        decimals,
        currency_said: question.contains(['$', '€', '£']),
        ..Default::default()
    };
    let mut pending = Pending::default();
    let mut unplaced = Vec::new();
    let examples = example_lists(model, &units, &template.literals);
    let mut literal_index = 0;
    let mut table_ended = None;
    let mut i = 0;
    while i < units.len() {
        // "by format (live, online or timed)": the column the values show, which are
        // examples of it, not a condition.
        if let Some(list) = examples.iter().find(|l| l.word == i) {
            push_item(
                &mut reading,
                &mut pending,
                Ref::Columns(vec![list.column.clone()]),
                true,
                word_at(&units, i).unwrap_or_default().to_owned(),
            );
            i += 1;
            continue;
        }
        if examples.iter().any(|l| l.values.contains(&i)) {
            if matches!(units[i], Folded::Placeholder(_)) {
                literal_index += 1;
            }
            i += 1;
            continue;
        }
        let before = reading.items.len();
        let step = match &units[i] {
            Folded::Placeholder(_) => {
                let literal = template.literals[literal_index].clone();
                literal_index += 1;
                // "How many laptops were ordered": a value counted.
                let counted = matches!(literal.value, LiteralValue::Value(_))
                    && i > 0
                    && matches!(units[i - 1], Folded::Count);
                reading.counted_value |= counted;
                // "How many hot chocolates did the café sell": a product's name counted.
                reading.counted_name |= counted
                    && matches!(&literal.value, LiteralValue::Value(v) if !v.sources.is_empty()
                    && v.sources.iter().all(|s| model.tables.iter().any(|t| {
                        t.plain == s.table && t.label.contains(&s.column)
                    })));
                // "each carrier has shipped": a value said as what someone has done.
                if matches!(literal.value, LiteralValue::Value(_))
                    && i > 0
                    && matches!(word_at(&units, i - 1), Some("has" | "have" | "had"))
                    && literal.text.to_lowercase().ends_with("ed")
                {
                    reading.done_values.push(reading.literals.len());
                }
                if i > 0
                    && word_at(&units, i - 1).is_some_and(|w| reading.verbs.iter().any(|v| v == w))
                {
                    reading.verb_objects.push(reading.literals.len());
                }
                if let Some(recent) = recent_period(&units, i, &literal) {
                    reading.recent = Some(recent);
                    i += 2;
                    continue;
                }
                // A value whose words name a table or a column ("serious adverse events",
                // "Customs holds", "consultation fee").
                if let Some((what, grouped, text, n)) = value_as_name(model, &units, i, &literal) {
                    push_item(&mut reading, &mut pending, what, grouped, text);
                    i += n;
                    continue;
                }
                // "clients who have never booked a treatment": the verb relates the clients
                // to the treatments named after it, whatever status `booked` also is.
                if pending.absent && relates_rows_named_after(model, &units, i, &literal) {
                    reading.verbs.push(literal.text.to_lowercase());
                    i += 1;
                    continue;
                }
                place_literal(
                    &mut reading,
                    &mut pending,
                    &units,
                    i,
                    literal,
                    &mut unplaced,
                );
                count_value_rows(model, &mut reading, &mut pending, &units, i);
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
                reading.counted_again |= units[..i].iter().any(|u| matches!(u, Folded::Count));
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
        compound_noun(model, &mut reading, &mut table_ended, before, i, step);
        i += step;
    }
    // "the average payment", "total payments": an aggregate left after the last table
    // applies to that table; "a credit limit above 100000": a comparison left after the
    // last column applies to that column.
    settle_aggregate(&mut reading, &mut pending);
    trailing_count(model, &mut reading, &mut pending);
    breakdown_count(&mut reading);
    terse_count(model, &mut reading);
    ranked_by_rows(&mut reading);
    if let Some((limit, text)) = pending.limit.take() {
        match (reading.direction, reading.limit) {
            (Some(_), None) => reading.limit = Some(limit),
            _ => unplaced.push(text),
        }
    }
    reading.averaged = pending.outer_average;
    settle_compared(&mut reading, &mut pending);
    if pending.share_of_total {
        return Err(Unread::Unsupported(
            "a percentage of a total or an average".into(),
        ));
    }
    if pending.aggregate.is_some()
        || pending.comparison.is_some()
        || pending.compared.is_some()
        || pending.range_low.is_some()
        || pending.absent
        || pending.bound.is_some()
        // "How many sales did each of our dispensing opticians make": no grouping read.
        || (pending.grouped && pending.each_of)
    {
        unplaced.push("(a word that qualifies nothing after it)".into());
    }
    if !unplaced.is_empty() {
        return Err(Unread::Unplaced(unplaced));
    }
    Ok(reading)
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
    if word == "and" && pending.range_low.is_some() {
        return 1;
    }
    if let Some(n) = times_counted(model, reading, pending, units, i, word) {
        return n;
    }
    if let Some(n) = counted_verb_or_one(model, reading, pending, units, i, word) {
        return n;
    }
    count_beside(reading, pending, units, i, word);
    reading.when |= word == "when";
    reading.versus |= matches!(word, "vs" | "versus");
    if i == 0 && matches!(word, "compare" | "comparing") {
        reading.compared = true;
        return 1;
    }
    reading.which |= matches!(word, "which" | "who");
    reading.which_first |= i == 0 && matches!(word, "which" | "who");
    reading.list_asked |= i == 0 && word == "list";
    // A question opened by a question word or a request, not a bare noun phrase.
    reading.opened |= i == 0
        && matches!(
            word,
            "list"
                | "show"
                | "display"
                | "give"
                | "find"
                | "get"
                | "name"
                | "which"
                | "who"
                | "what"
                | "where"
                | "are"
                | "is"
                | "do"
                | "does"
                | "did"
                | "when"
                | "how"
                | "tell"
                | "pull"
                | "fetch"
                | "any"
                | "have"
                | "has"
        );
    note_shown(reading, units, i, word);
    reading.between |=
        word == "between" && matches!(units.get(i + 1), Some(Folded::Placeholder(_)));
    let placeholder = |k: usize| matches!(units.get(k), Some(Folded::Placeholder(_)));
    reading.values_joined |= word == "and" && i > 0 && placeholder(i - 1) && placeholder(i + 1);
    reading.any |= word == "any";
    if asked_unit(model, reading, units, i, word) {
        return 1;
    }
    if let Some(n) = shown_generic(model, reading, pending, units, i, word) {
        return n;
    }
    if let Some(n) = elliptical(model, reading, pending, units, i, word) {
        return n;
    }
    if let Some(n) = frame_words(model, reading, units, i, word) {
        return n;
    }
    note_money_and_verbs(reading, units, i, word);
    if word == "how" && word_at(units, i + 1) == Some("many") {
        pending.set_aggregate(Aggregate::Count);
        return 2;
    }
    if let Some(n) = rate(model, values, reading, pending, units, i) {
        return n;
    }
    if let Some(n) = total_word(model, reading, pending, units, i, word) {
        return n;
    }
    // "percentage of customers", "average of": the aggregate, even where a column's name
    // says it (`pct_off` is "percent off").
    if let (Some(aggregate), Some("of")) = (grammar::aggregate_word(word), word_at(units, i + 1)) {
        pending.set_aggregate(aggregate);
        reading.percent |= aggregate == Aggregate::Share && as_percentage(word);
        return 1;
    }
    // "Which agent had the longest call, and how long was it?": the number ranked by,
    // shown beside the row.
    if word == "how"
        && i > 0
        && word_at(units, i - 1) == Some("and")
        && reading.direction.is_some()
        && matches!(
            word_at(units, i + 1),
            Some("long" | "big" | "large" | "old" | "high" | "heavy" | "far")
        )
    {
        return 2;
    }
    if let Some(n) = how_much(reading, pending, units, i, word) {
        return n;
    }
    if let Some(n) = before_schema(model, reading, pending, units, i, word) {
        return n;
    }
    if let Some(n) = before_phrases(model, reading, pending, units, i, word) {
        return n;
    }
    let summed = measure_word(word).filter(|m| is_measure(m) && m.aggregate.is_some());
    // "since March 2024" names no `customer_since`: a bound before a date.
    let bounds_date =
        bound_word(word).is_some() && matches!(units.get(i + 1), Some(Folded::Placeholder(_)));
    let schema = schema_phrase(model, units, i)
        .filter(|_| !bounds_date)
        .filter(|(what, n, _)| {
            // "daily cost": a measure word beats a column it only partly names (`cost_usd`).
            !(summed.is_some()
                && *n == 1
                && matches!(what, Ref::Columns(c) if !full_match(model, c, word)))
        });
    if let Some((Ref::Role(edge), n, _)) = schema {
        // "by destination city": the role leaves what is pending to the words after it.
        push_aside(reading, Ref::Role(edge), false, word);
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
        // "the highest score anyone got on a quiz": any one of the rows the column's own
        // rows refer to, not each of them.
        let any_one = i >= 2
            && matches!(word_at(units, i - 1), Some("a" | "an" | "any"))
            && matches!(word_at(units, i - 2), Some("on" | "in" | "for" | "at"));
        if let (Some(t), true, Some(Ref::Columns(last))) =
            (table, any_one, reading.items.last().map(|l| &l.what))
        {
            let parent = last.iter().all(|c| {
                model
                    .edges
                    .iter()
                    .any(|e| e.child == c.table && e.parent == t)
            });
            if parent {
                return n;
            }
        }
        let adjacent = reading.last_table_end == Some(i);
        push_item(reading, pending, what, singular, text.join(" "));
        if columns && adjacent {
            own_column_of_table_before(reading);
        }
        if columns {
            let before = i.checked_sub(1).and_then(|b| word_at(units, b));
            measure_of_column_after(model, reading, before);
        }
        if let Some(t) = table {
            compound(model, reading, t, i);
            // "how many vegetarian bookings": the count is of the rows the flag qualifies.
            let n_items = reading.items.len();
            // (Right after the flag: "season passes sold for the 2023/24 season" counts
            // no seasons.)
            let after_flag = n_items >= 2
                && i > 0
                && word_at(units, i - 1) == reading.items[n_items - 2].text.split(' ').next_back();
            if after_flag {
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
    // "annual budget", "monthly fee": a column so named, not a time grouping.
    let grain_column = grammar::grain_word(word).is_some()
        && matches!(schema_phrase(model, units, i), Some((Ref::Columns(_), n, _)) if n > 1);
    // "billed monthly and how many yearly" where `billing_cycle` holds 'annual': the
    // word may be a grouping by year or that value, and askpg does not guess.
    let grain_value = grammar::grain_word(word).is_some()
        && !pending.grouped
        && (word.ends_with("ly") || word == "annual")
        && model.tables.iter().any(|t| {
            t.columns.iter().any(|c| {
                c.values
                    .iter()
                    .any(|v| stem(&v.to_lowercase()) == stem(word))
            })
        });
    if grain_value {
        unplaced.push(format!("{word} (a grouping by period, or a value said so)"));
        return 1;
    }
    if !grain_column {
        if let Some(n) = place_function_word(model, reading, pending, units, i, word) {
            return n;
        }
    }
    if collected_rows(reading, units, i, word) {
        return 1;
    }
    if let Some(measure) = measure_word(word).filter(|m| is_measure(m)) {
        return place_measure_word(model, reading, pending, units, i, word, measure);
    }
    if let Some(n) = currency(model, values, reading, word) {
        return n;
    }
    // "How many trips did members take": the rows taken (not "does it take", a time).
    let before = i.checked_sub(1).and_then(|b| word_at(units, b));
    if matches!(word, "take" | "took") && before != Some("it") {
        return 1;
    }
    // "carried out", "handed out", "sent out": the verb's particle (not "out of stock").
    let after_verb = i
        .checked_sub(1)
        .and_then(|b| word_at(units, b))
        .is_some_and(|b| (b.len() > 4 && b.ends_with("ed")) || grammar::is_past_verb(b));
    if word == "out" && after_verb && word_at(units, i + 1) != Some("of") {
        return 1;
    }
    // "the partners" where a title is `Partner`: a value said in the plural, not the
    // trade's word for what the rows are.
    let plural_value = grammar::is_neutral_word(word) && {
        let singular = stem(word);
        singular != word && values.one_word_values(|key| key == singular).len() == 1
    };
    if let Some(n) = included_or_counted_time(model, reading, units, i, word, unplaced) {
        return n;
    }
    if !plural_value
        && (is_stop_word(word) || is_shape_stop_word(word) || grammar::is_neutral_word(word))
    {
        reading.valued |= matches!(word, "value" | "worth");
        reading.received |= word == "received";
        return 1;
    }
    if let Some(n) = idioms(model, values, reading, pending, units, i, word) {
        return n;
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
    if let Some(n) = place_last(model, reading, pending, units, i, word) {
        return n;
    }
    if let Some(n) = verb_of_state(model, values, reading, pending, word) {
        return n;
    }
    unplaced.push(word.to_owned());
    1
}
