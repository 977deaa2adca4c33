//! Literals in questions and in SQL: what a question names (years, quarters, months, dates,
//! date ranges, relative periods, numbers, quoted strings, known column values), the
//! question's *skeleton* with those literals replaced by typed placeholders, and
//! [`rebind`], which rewrites an example's SQL for other literals of the same kinds.
//!
//! The built-in generator and the semantic cache both rely on this, so the rule is
//! correctness over recall: when the mapping between a question literal and the SQL it
//! produced is not certain, [`rebind`] refuses.
//!
//! Relative periods are resolved against the date the data ends on ("today" of the data,
//! never the wall clock), with these meanings:
//! - `this year` / `current year` / `this calendar year`: the year that contains it;
//! - `last year` / `previous year` / `prior year`: the year before;
//! - `this quarter` / `this month` (and `current …`): the quarter or month that contains it;
//! - `last quarter` / `last month` (and `previous`, `prior`, `latest`, `most recent`): the
//!   latest *complete* quarter or month — with data ending 2025-12-31, Q4 2025 and
//!   December 2025.
//!
//! That end date is learned from the corpus itself: every glossary term and example question
//! that names exactly one relative period, and whose SQL binds exactly one period of that
//! length, narrows the possible end dates (the demo corpus pins it to 2025-12-31). A phrase
//! that still means different periods over the remaining range stays unresolved and only
//! matches itself. [`ValueIndex::with_data_end`] sets the date explicitly.

mod calendar;
mod scan;
mod sql;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

pub use calendar::{DataClock, Date, Period, Relative, Unit};
pub use scan::extract;
pub use sql::{mentions, rebind, rebindable};

use super::corpus::Corpus;

/// What kind of literal a slot holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LiteralKind {
    Year,
    Quarter,
    Month,
    Date,
    DateRange,
    Number,
    /// A quoted string that is not a known value.
    Text,
    /// A value of a sampled column.
    Value,
    /// A relative period that could not be resolved to a calendar period.
    Relative,
}

impl LiteralKind {
    /// The placeholder in skeletons, e.g. `{year}` (see [`crate::ask::vocab::is_placeholder`]).
    pub fn placeholder(self) -> &'static str {
        match self {
            LiteralKind::Year => "{year}",
            LiteralKind::Quarter => "{quarter}",
            LiteralKind::Month => "{month}",
            LiteralKind::Date => "{date}",
            LiteralKind::DateRange => "{date_range}",
            LiteralKind::Number => "{number}",
            LiteralKind::Text => "{text}",
            LiteralKind::Value => "{value}",
            LiteralKind::Relative => "{relative}",
        }
    }
}

/// The skeleton of a phrase that names no literal ("net sales"); None for a phrase that
/// does ("Q4 2025") or says nothing. Glossary phrases are read this way to be folded.
pub fn plain_skeleton(phrase: &str, index: &ValueIndex) -> Option<String> {
    let template = extract(phrase, index);
    (template.literals.is_empty() && !template.skeleton.is_empty()).then_some(template.skeleton)
}

/// Where a known value was sampled, and how it is stored there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueSource {
    /// `schema.table`.
    pub table: String,
    pub column: String,
    /// The value exactly as stored.
    pub value: String,
}

/// A known column value named in a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownValue {
    /// Lower-cased words joined by single spaces (`united states`); the identity of the value.
    pub key: String,
    /// Every column that holds it (a city and a country can share a name).
    pub sources: Vec<ValueSource>,
}

impl KnownValue {
    /// The value as stored in `column`, if that column holds it.
    pub fn stored_in(&self, column: &str) -> Option<&str> {
        self.sources
            .iter()
            .find(|s| s.column.eq_ignore_ascii_case(column))
            .map(|s| s.value.as_str())
    }

    /// Whether the two values can stand in the same column.
    pub fn shares_column(&self, other: &KnownValue) -> bool {
        self.sources.iter().any(|s| {
            other
                .sources
                .iter()
                .any(|o| o.table == s.table && o.column == s.column)
        })
    }
}

/// The normalized value of a literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiteralValue {
    Year(i32),
    Quarter {
        year: i32,
        quarter: u32,
    },
    Month {
        year: i32,
        month: u32,
    },
    Date(Date),
    /// Both bounds inclusive, as typed ("from 2025-11-24 to 2025-12-03").
    DateRange {
        from: Date,
        to: Date,
    },
    /// Canonical decimal text: `10`, `1.5`.
    Number(String),
    Text(String),
    Value(KnownValue),
    /// Canonical phrase of an unresolved relative period, e.g. `last quarter`.
    Relative(String),
}

/// One literal found in a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    pub kind: LiteralKind,
    /// Byte range in the question.
    pub span: Range<usize>,
    /// The text as typed.
    pub text: String,
    pub value: LiteralValue,
    /// For a period resolved from a relative phrase: the canonical phrase (`last quarter`).
    pub relative: Option<String>,
}

impl Literal {
    /// The calendar period of a year, quarter or month literal.
    pub fn period(&self) -> Option<Period> {
        match self.value {
            LiteralValue::Year(year) => Some(Period::Year(year)),
            LiteralValue::Quarter { year, quarter } => Some(Period::Quarter { year, quarter }),
            LiteralValue::Month { year, month } => Some(Period::Month { year, month }),
            _ => None,
        }
    }

    /// Whether both literals denote the same thing (a value's spelling does not matter).
    pub fn same_value(&self, other: &Literal) -> bool {
        match (&self.value, &other.value) {
            (LiteralValue::Value(a), LiteralValue::Value(b)) => a.key == b.key,
            (a, b) => a == b,
        }
    }

    /// Whether `other` may fill this literal's slot: the same kind, for values a shared
    /// column, for unresolved relative periods the same phrase.
    pub fn fits_slot_of(&self, other: &Literal) -> bool {
        match (&self.value, &other.value) {
            (LiteralValue::Value(a), LiteralValue::Value(b)) => a.shares_column(b),
            (LiteralValue::Relative(a), LiteralValue::Relative(b)) => a == b,
            _ => self.kind == other.kind,
        }
    }

    /// The slot's type for cache keys: the kind, with the columns of a value or the phrase of
    /// an unresolved relative period.
    pub fn slot(&self) -> String {
        match &self.value {
            LiteralValue::Value(v) => {
                let mut columns: Vec<String> = v
                    .sources
                    .iter()
                    .map(|s| format!("{}.{}", s.table, s.column))
                    .collect();
                columns.sort();
                columns.dedup();
                format!("value({})", columns.join("|"))
            }
            LiteralValue::Relative(phrase) => format!("relative({phrase})"),
            _ => self.kind.placeholder().trim_matches(['{', '}']).to_owned(),
        }
    }
}

/// A question as a skeleton with typed slots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// Lower-cased words separated by single spaces, punctuation dropped (`&` becomes `and`,
    /// `%` becomes `percent`), each literal replaced by its kind's placeholder.
    pub skeleton: String,
    /// The literals in question order; the i-th placeholder is the i-th literal.
    pub literals: Vec<Literal>,
}

impl Template {
    /// Skeleton plus slot types: equal keys mean the same question shape with literals of the
    /// same kinds, so one SQL can be re-bound from one to the other.
    pub fn cache_key(&self) -> String {
        let slots: Vec<String> = self.literals.iter().map(Literal::slot).collect();
        format!("{} | {}", self.skeleton, slots.join(","))
    }
}

/// Known values of the corpus's sampled columns, the glossary vocabulary (which is never a
/// value) and what is known of the data's end date.
#[derive(Debug, Clone, Default)]
pub struct ValueIndex {
    values: Arc<HashMap<String, KnownValue>>,
    max_value_words: usize,
    vocabulary: Arc<HashSet<String>>,
    max_vocabulary_words: usize,
    clock: Option<DataClock>,
    /// Values of one question found beyond the sample ([`Self::with_found`]), looked up
    /// before the sampled ones.
    found: HashMap<String, KnownValue>,
}

impl ValueIndex {
    /// Indexes the sampled values of non-sensitive columns, minus any value that is also a
    /// glossary term or synonym, and learns the data's end date from the corpus.
    pub fn build(corpus: &Corpus) -> Self {
        let mut index = ValueIndex::default();
        for entry in &corpus.glossary {
            for phrase in std::iter::once(&entry.term).chain(&entry.synonyms) {
                let words = scan::words(phrase);
                // A synonym such as "2025" or "Q4 2025" is a literal, not vocabulary.
                if words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit()))
                    || scan::is_literal_phrase(phrase)
                {
                    continue;
                }
                index.max_vocabulary_words = index.max_vocabulary_words.max(words.len());
                Arc::make_mut(&mut index.vocabulary).insert(words.join(" "));
            }
        }
        for table in &corpus.tables {
            let qualified = format!("{}.{}", table.schema, table.name);
            for column in table.columns.iter().filter(|c| !c.sensitive) {
                for value in &column.values {
                    index.add(&qualified, &column.name, value);
                    // "Italian producers": the people or things of a country named.
                    for demonym in crate::ask::vocab::business::demonyms(&value.to_lowercase()) {
                        index.add_alias(&qualified, &column.name, value, demonym);
                    }
                    // "women", "male patients": the sex a gender column codes.
                    for said in sex_words(&column.name, value) {
                        index.add_alias(&qualified, &column.name, value, said);
                    }
                }
            }
        }
        index.clock = learn_clock(corpus);
        index
    }

    fn add(&mut self, table: &str, column: &str, value: &str) {
        self.add_alias(table, column, value, value);
    }

    /// Indexes `value` of a column under the words of `said` (the value itself, or what
    /// a question may say for it).
    fn add_alias(&mut self, table: &str, column: &str, value: &str, said: &str) {
        let words = scan::words(said);
        if words.is_empty() || value.trim() != value {
            return;
        }
        let key = words.join(" ");
        if self.vocabulary.contains(&key) {
            return;
        }
        self.max_value_words = self.max_value_words.max(words.len());
        let entry = Arc::make_mut(&mut self.values)
            .entry(key.clone())
            .or_insert(KnownValue {
                key,
                sources: Vec::new(),
            });
        let source = ValueSource {
            table: table.to_owned(),
            column: column.to_owned(),
            value: value.to_owned(),
        };
        if !entry.sources.contains(&source) {
            entry.sources.push(source);
            entry.sources.sort();
        }
    }

    /// This index with values one question names that were found upstream beyond the
    /// sample (`table` as `schema.name`, the column, the value as stored). The sampled
    /// values are shared, not copied.
    pub fn with_found<'a>(&self, found: impl IntoIterator<Item = &'a ValueSource>) -> ValueIndex {
        let mut index = self.clone();
        for source in found {
            let words = scan::words(&source.value);
            if words.is_empty() || source.value.trim() != source.value {
                continue;
            }
            let key = words.join(" ");
            if index.vocabulary.contains(&key) {
                continue;
            }
            index.max_value_words = index.max_value_words.max(words.len());
            let sampled = self.values.get(&key).cloned();
            let entry = index.found.entry(key.clone()).or_insert_with(|| {
                sampled.unwrap_or(KnownValue {
                    key,
                    sources: Vec::new(),
                })
            });
            if !entry.sources.contains(source) {
                entry.sources.push(source.clone());
                entry.sources.sort();
            }
        }
        index
    }

    /// The known value whose words are `key` (lower case, single spaces).
    pub(crate) fn get(&self, key: &str) -> Option<&KnownValue> {
        self.found.get(key).or_else(|| self.values.get(key))
    }

    /// Resolves relative periods against data ending on `end`, whatever the corpus says.
    pub fn with_data_end(mut self, end: Date) -> Self {
        self.clock = Some(DataClock::ending(end));
        self
    }

    /// What is known of the data's end date; None when the corpus does not pin it down.
    pub fn clock(&self) -> Option<DataClock> {
        self.clock
    }

    /// The known value spelled `text` (any case, any spacing).
    pub fn lookup(&self, text: &str) -> Option<&KnownValue> {
        self.get(&scan::words(text).join(" "))
    }

    /// Whether a word may be a known value spelled otherwise: a word of a value shares
    /// its first five letters (its first four, for shorter words) — "cancelled" and
    /// `canceled`, "completed" and `complete`.
    pub fn resembles(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let head: String = lower
            .chars()
            .take(5.min(lower.chars().count().saturating_sub(1)).max(4))
            .collect();
        self.values
            .keys()
            .chain(self.found.keys())
            .flat_map(|key| key.split(' '))
            .any(|w| w.starts_with(&head))
    }

    /// The known values of one word that `keep` accepts (by their key).
    /// A value found upstream stands for the sampled one of the same key.
    pub fn one_word_values(&self, keep: impl Fn(&str) -> bool) -> Vec<&KnownValue> {
        let sampled = self
            .values
            .iter()
            .filter(|(key, _)| !self.found.contains_key(*key));
        self.found
            .iter()
            .chain(sampled)
            .filter(|(key, _)| !key.contains(' ') && keep(key))
            .map(|(_, value)| value)
            .collect()
    }

    /// Whether `text` is a glossary term or synonym.
    pub fn is_vocabulary(&self, text: &str) -> bool {
        self.vocabulary.contains(&scan::words(text).join(" "))
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Narrows the data's end date with every corpus statement that binds one relative phrase
/// to one period of its length.
fn learn_clock(corpus: &Corpus) -> Option<DataClock> {
    let glossary = corpus
        .glossary
        .iter()
        .filter_map(|g| Some((g.term.as_str(), g.sql.as_deref()?)));
    let examples = corpus
        .examples
        .iter()
        .map(|e| (e.question.as_str(), e.sql.as_str()));
    let mut constraints = Vec::new();
    for (text, sql) in glossary.chain(examples) {
        let [relative] = scan::relative_phrases(text)[..] else {
            continue;
        };
        let unit = match relative {
            Relative::This(unit) | Relative::Last(unit) => unit,
        };
        let mut periods: Vec<Period> = Vec::new();
        for period in sql::bound_periods(sql) {
            if period.unit() == unit && !periods.contains(&period) {
                periods.push(period);
            }
        }
        if let [period] = periods[..] {
            constraints.extend(relative.end_dates_meaning(period));
        }
    }
    DataClock::from_constraints(&constraints)
}

/// What a question may say for a value of a gender or sex column ('F' → "women").
fn sex_words(column: &str, value: &str) -> &'static [&'static str] {
    let column = column.to_lowercase();
    if !(column.contains("gender") || column.contains("sex")) {
        return &[];
    }
    match value.to_lowercase().as_str() {
        "f" | "female" | "w" | "woman" => &["female", "females", "women", "woman"],
        "m" | "male" | "man" => &["male", "males", "men", "man"],
        _ => &[],
    }
}
