//! The question engine: a plain-English question read into a typed [`Intent`] over the
//! schema ([`schema::Model`]: tables, keys, foreign keys, sampled values and the glossary),
//! then compiled to one deterministic SQL statement ([`compile`]). It answers offline, keys
//! the semantic cache, and refuses rather than guess: a word it cannot place, or two
//! plausible readings, make it refuse with rephrasings it can answer ([`help`]).
//!
//! - [`parse`]: question → the words placed (or the reason they cannot be);
//! - `assemble`: the placed words → intent: measures, groupings, filters, ranking;
//! - `context`: the tables a question names, which decide between readings, and the
//!   rephrasings of an ambiguity;
//! - `resolve`: which column a measure word ("revenue") or a ranking ("cheapest") means;
//! - `periods`: which column a period or a value applies to;
//! - [`compile`]: intent → SQL, with joins along foreign-key paths and `EXISTS` where a
//!   join would repeat rows;
//! - [`help`]: what can be asked on this database, and the rephrasings of a refusal.

mod assemble;
#[cfg(test)]
mod bowling_tests;
#[cfg(test)]
mod campsite_tests;
#[cfg(test)]
mod coded_tests;
pub mod compile;
#[cfg(test)]
mod compound_tests;
mod context;
#[cfg(test)]
mod desk_tests;
#[cfg(test)]
mod each_tests;
#[cfg(test)]
mod fleet_tests;
pub mod help;
#[cfg(test)]
mod legacy_tests;
#[cfg(test)]
mod media_tests;
pub mod parse;
#[cfg(test)]
mod payroll_tests;
mod periods;
#[cfg(test)]
mod prefix_tests;
mod resolve;
pub mod schema;
#[cfg(test)]
mod school_tests;
#[cfg(test)]
mod shop_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trade_tests;
#[cfg(test)]
mod travel_tests;
#[cfg(test)]
mod verb_tests;
#[cfg(test)]
mod versions_tests;
#[cfg(test)]
mod warehouse_tests;
#[cfg(test)]
mod wine_tests;

use serde::Serialize;

use crate::ask::corpus::Corpus;
use crate::ask::literals::{plain_skeleton, ValueIndex, ValueSource};
pub use crate::ask::vocab::grammar::{Aggregate, Comparison, Direction, Grain};
use crate::ask::vocab::Synonyms;

/// A column of a table of the [`schema::Model`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ColumnRef {
    pub table: usize,
    pub column: String,
}

/// What is measured.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Rows of a table (COUNT), or its distinct keys through a join.
    Rows { table: usize },
    /// An aggregate of a numeric column; times another column of its table when `times`
    /// names one (a line's unit price times its quantity).
    Column {
        aggregate: Aggregate,
        column: ColumnRef,
        #[serde(skip_serializing_if = "Option::is_none")]
        times: Option<String>,
    },
    /// A glossary measure, as its SQL says.
    Term { term: usize },
    /// An aggregate of the days between a row's start and end dates ("the average stay":
    /// `check_out - check_in`).
    Duration {
        aggregate: Aggregate,
        table: usize,
        start: String,
        end: String,
    },
    /// The share of a table's rows that meet the conditions in [`Intent::share_of`].
    Share { table: usize },
}

/// One grouping of the result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Column(ColumnRef),
    /// A table's rows, shown by their label column.
    Entity(usize),
    Time {
        column: ColumnRef,
        grain: Grain,
    },
}

/// One condition on the rows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Filter {
    Equals {
        column: ColumnRef,
        value: String,
    },
    /// The column holds another value ("customers not in Germany").
    NotEquals {
        column: ColumnRef,
        value: String,
    },
    /// `from <= column < until`.
    Period {
        column: ColumnRef,
        from: String,
        until: String,
    },
    Compare {
        column: ColumnRef,
        comparison: Comparison,
        number: String,
    },
    /// A glossary condition.
    Term {
        term: usize,
    },
    /// A glossary condition on a date, applied to `column`.
    TimeTerm {
        term: usize,
        column: ColumnRef,
    },
    /// No row of `table` refers to this one (never, without).
    Absent {
        table: usize,
    },
    /// Some row of `table` refers to this one ("employees who submitted expenses").
    Present {
        table: usize,
    },
    /// The last `count` grains up to the column's latest value ("the last 30 days").
    Recent {
        column: ColumnRef,
        count: u64,
        grain: Grain,
    },
    /// The column holds no value (not returned, without an email).
    Missing {
        column: ColumnRef,
    },
    /// The column holds a value ("orders that used a coupon code").
    Filled {
        column: ColumnRef,
    },
    /// A column compared with another of the same row ("parts with stock below their
    /// reorder level", "items returned after their due date").
    Versus {
        column: ColumnRef,
        comparison: Comparison,
        other: ColumnRef,
    },
    /// The number of rows of `table` that refer to this one compares with a number
    /// ("students with more than 7 enrollments").
    Counted {
        table: usize,
        comparison: Comparison,
        number: String,
    },
}

/// The two kinds of answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// Measures, optionally grouped.
    Aggregate {
        measures: Vec<Measure>,
        groups: Vec<Group>,
    },
    /// Rows of one table by their label, optionally ranked by a column, with the columns
    /// asked beside each (of the row or of a row it refers to).
    List {
        table: usize,
        by: Option<ColumnRef>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        shown: Vec<ColumnRef>,
    },
}

/// What a question asks, independent of its wording.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Intent {
    pub shape: Shape,
    /// Sorted, so that word order does not matter.
    pub filters: Vec<Filter>,
    /// Conditions of a share's numerator.
    pub share_of: Vec<Filter>,
    /// Ranking: which end and how many.
    pub rank: Option<(Direction, u64)>,
    /// A share given as a percentage.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub percent: bool,
    /// The one measure averaged over the entities it is grouped by ("average number of
    /// orders per customer").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub averaged: bool,
    /// The one measure compared between two periods of one date ("the change in orders
    /// from 2022 to 2023").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub growth: Option<Growth>,
    /// The unit of time a length is asked in ("the average run time in minutes"), when
    /// the columns measured keep it in another (`duration_ms`): converted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The decimal places the measures are rounded to ("to one decimal place").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u8>,
    /// "How many projects has each client had": every row grouped by is answered, those
    /// no row refers to with 0.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub every: bool,
    /// Amounts kept in cents asked in the currency ("in euros"): converted.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub in_currency: bool,
}

/// A change between two periods: `after`'s measure less `before`'s, or that difference as
/// a percentage of `before`'s.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Growth {
    /// Two [`Filter::Period`]s of one column, earlier first.
    pub before: Filter,
    pub after: Filter,
    pub percent: bool,
}

impl Intent {
    /// The canonical text of the intent: equal for equal intents whatever the wording.
    pub fn key(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The key with every literal value blanked (values, periods, numbers, the N of a
    /// ranking): equal for questions that differ only in literals the cache can re-bind.
    pub fn structure_key(&self) -> String {
        let mut blank = self.clone();
        for filters in [&mut blank.filters, &mut blank.share_of] {
            filters.iter_mut().for_each(Filter::blank_literal);
            filters.sort();
        }
        if let Some((_, n)) = &mut blank.rank {
            *n = 0;
        }
        if let Some(growth) = &mut blank.growth {
            growth.before.blank_literal();
            growth.after.blank_literal();
        }
        blank.key()
    }
}

impl Filter {
    fn blank_literal(&mut self) {
        match self {
            Filter::Equals { value, .. } | Filter::NotEquals { value, .. } => value.clear(),
            Filter::Period { from, until, .. } => {
                from.clear();
                until.clear();
            }
            Filter::Compare { number, .. } | Filter::Counted { number, .. } => number.clear(),
            Filter::Recent { count, .. } => *count = 0,
            Filter::Term { .. }
            | Filter::TimeTerm { .. }
            | Filter::Absent { .. }
            | Filter::Present { .. }
            | Filter::Missing { .. }
            | Filter::Filled { .. }
            | Filter::Versus { .. } => {}
        }
    }
}

/// The question engine over one corpus.
pub struct Engine {
    pub model: schema::Model,
    values: ValueIndex,
    synonyms: Synonyms,
}

/// A question understood: its intent and the SQL it compiles to.
#[derive(Debug, Clone)]
pub struct Understood {
    pub intent: Intent,
    pub sql: String,
}

impl Engine {
    pub fn new(corpus: &Corpus, values: ValueIndex) -> Engine {
        let synonyms = Synonyms::build(&corpus.glossary, |p| plain_skeleton(p, &values));
        Engine {
            model: schema::Model::build(corpus),
            values,
            synonyms,
        }
    }

    /// Whether the glossary defines all an intent asks beyond time: every measure is a
    /// glossary measure, a share of rows, or the aggregate of a column a glossary measure
    /// is (`SUM(cloud_costs.cost_usd)`), and it groups by time grains only. Groupings by
    /// other columns follow conventions only the examples show (cloud services are
    /// provider and service).
    pub fn glossary_defined(&self, intent: &Intent) -> bool {
        let Shape::Aggregate { measures, groups } = &intent.shape else {
            return false;
        };
        if groups.iter().any(|g| !matches!(g, Group::Time { .. })) {
            return false;
        }
        measures.iter().all(|m| match m {
            Measure::Term { .. } | Measure::Share { .. } => true,
            Measure::Duration { .. } => false,
            Measure::Column {
                aggregate,
                column,
                times: None,
            } => {
                let function = match aggregate {
                    Aggregate::Sum => "sum",
                    Aggregate::Average => "avg",
                    Aggregate::Min => "min",
                    Aggregate::Max => "max",
                    _ => return false,
                };
                let table = &self.model.tables[column.table].name;
                let sql = format!("{function}({table}.{})", column.column);
                self.model.terms.iter().any(|t| {
                    matches!(t, schema::TermKind::Measure { sql: term, .. }
                        if term.to_lowercase().replace(' ', "") == sql)
                })
            }
            Measure::Column { .. } | Measure::Rows { .. } => false,
        })
    }

    /// The intent of `question` and its SQL, or why there is none.
    pub fn understand(&self, question: &str) -> Result<Understood, parse::Unread> {
        self.read_with(&self.values, question)
    }

    /// [`Self::understand`] knowing values the question names that were found upstream
    /// beyond the sample ("Ernst Handel" in `customers.company_name`).
    pub fn understand_with(
        &self,
        question: &str,
        found: &[ValueSource],
    ) -> Result<Understood, parse::Unread> {
        // A value spelled like a word of the schema or of the question's grammar ("Total",
        // "Orders") is read as that word.
        let found: Vec<&ValueSource> = found
            .iter()
            .filter(|f| !self.names_something(&f.value))
            .collect();
        if found.is_empty() {
            return self.understand(question);
        }
        self.read_with(&self.values.with_found(found), question)
    }

    /// Whether every word of `text` names a table or column, a measure or a word that
    /// shapes questions.
    fn names_something(&self, text: &str) -> bool {
        let words = crate::ask::vocab::raw_words(text);
        !words.is_empty()
            && words.iter().all(|w| {
                let stem = crate::ask::vocab::stem(w);
                crate::ask::vocab::is_stop_word(w)
                    || crate::ask::vocab::measures::measure_word(w).is_some()
                    || crate::ask::vocab::grammar::aggregate_word(w).is_some()
                    || crate::ask::vocab::grammar::rank_word(w).is_some()
                    || self.model.tables.iter().any(|t| {
                        t.words.contains(&stem) || t.columns.iter().any(|c| c.words.contains(&stem))
                    })
            })
    }

    fn read_with(&self, values: &ValueIndex, question: &str) -> Result<Understood, parse::Unread> {
        let reading = parse::read(&self.model, values, &self.synonyms, question)?;
        tracing::debug!(question, ?reading, "question read");
        // "destination cities": the foreign key named picks the path to its table.
        let roles: Vec<usize> = reading
            .items
            .iter()
            .filter_map(|i| match i.what {
                parse::Ref::Role(edge) => Some(edge),
                _ => None,
            })
            .collect();
        let restricted = (!roles.is_empty()).then(|| self.model.with_roles(&roles));
        let model = restricted.as_ref().unwrap_or(&self.model);
        let understood = assemble::assemble(model, &reading).and_then(|intent| {
            assemble::check_roles_taken(&self.model, model, &reading, &intent)?;
            let sql = compile::compile(model, &intent)?;
            Ok(Understood { intent, sql })
        });
        tracing::debug!(question, ?understood, "question understood");
        understood
    }
}
