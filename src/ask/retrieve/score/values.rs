//! Evidence from values: sampled values the question names, values found upstream beyond
//! the sample, values several tables hold, and which columns to look values up in.

use std::collections::{HashMap, HashSet};

use super::{Scorer, Scores, AMBIGUOUS_VALUE, CODE_MATCH, LOOKED_UP, OTHER_SUPPORT};
use crate::ask::retrieve::Knowledge;
use crate::ask::vocab::{self, business};

/// A sampled value the question names: its table, column and value, and where the
/// question names it (start and length in terms).
struct ValueHit {
    table: usize,
    column: usize,
    value: usize,
    start: usize,
    len: usize,
    score: f32,
}

impl Scorer<'_> {
    /// Sampled values the question names. Where one is part of a longer one named at the
    /// same place, only the longer counts: "GB-month" is a usage unit, not also the
    /// country code "GB".
    pub(super) fn value_evidence(&self, scores: &mut Scores) {
        let mut hits = Vec::new();
        for (t, table) in self.knowledge.corpus.tables.iter().enumerate() {
            let columns = table.columns.iter().zip(&self.lexicon.tables[t].columns);
            for (c, (column, terms)) in columns.enumerate() {
                if column.sensitive {
                    continue;
                }
                for (v, value_terms) in terms.values.iter().enumerate() {
                    for (start, len, score) in
                        self.value_occurrences(&column.values[v], value_terms)
                    {
                        hits.push(ValueHit {
                            table: t,
                            column: c,
                            value: v,
                            start,
                            len,
                            score,
                        });
                    }
                }
            }
        }
        for hit in &hits {
            let covered = hits.iter().any(|other| {
                other.len > hit.len
                    && other.start <= hit.start
                    && hit.start + hit.len <= other.start + other.len
            });
            if covered {
                continue;
            }
            let value =
                &self.knowledge.corpus.tables[hit.table].columns[hit.column].values[hit.value];
            let table = &mut scores.tables[hit.table];
            let column = &mut table.columns[hit.column];
            column.value = column.value.max(hit.score);
            if !table
                .matched_values
                .iter()
                .any(|(c, v)| *c == hit.column && v == value)
            {
                table.matched_values.push((hit.column, value.clone()));
            }
        }
    }

    /// Values found upstream count as sampled values named exactly.
    pub(super) fn found_values(&self, scores: &mut Scores) {
        for found in self.found {
            let Some(table) = scores.tables.get_mut(found.table) else {
                continue;
            };
            let Some(column) = table.columns.get_mut(found.column) else {
                continue;
            };
            column.value = column.value.max(LOOKED_UP);
            if !table
                .matched_values
                .iter()
                .any(|(c, v)| *c == found.column && *v == found.value)
            {
                table
                    .matched_values
                    .push((found.column, found.value.clone()));
                table.looked_up.push(found.column);
            }
        }
    }

    /// A value named in the question that several tables hold counts fully only where
    /// something else in the question points at the table too.
    pub(super) fn ambiguous_values(&self, scores: &mut Scores) {
        let mut holders: HashMap<String, HashSet<usize>> = HashMap::new();
        for (t, table) in scores.tables.iter().enumerate() {
            for (_, value) in &table.matched_values {
                holders.entry(value.to_lowercase()).or_default().insert(t);
            }
        }
        // Tables a foreign key joins hold the value as one: `products.product_line` refers
        // to `productlines`.
        let graph = &self.knowledge.graph;
        let ambiguous_value = |held: &HashSet<usize>| {
            held.len() > 1 && {
                let tables: Vec<usize> = held.iter().copied().collect();
                !tables
                    .iter()
                    .all(|&t| graph.near(&[t], 1).is_superset(held))
            }
        };
        for table in &mut scores.tables {
            let ambiguous: Vec<usize> = table
                .matched_values
                .iter()
                .filter(|(_, v)| ambiguous_value(&holders[&v.to_lowercase()]))
                .map(|(c, _)| *c)
                .collect();
            if ambiguous.is_empty() {
                continue;
            }
            let other = table
                .columns
                .iter()
                .enumerate()
                .map(|(c, s)| {
                    let value = if ambiguous.contains(&c) { 0.0 } else { s.value };
                    s.name.max(s.glossary).max(s.glossary_vector).max(value)
                })
                .fold(table.name.max(table.comment), f32::max);
            if other < OTHER_SUPPORT {
                for c in ambiguous {
                    let column = &mut table.columns[c];
                    column.value = column.value.min(AMBIGUOUS_VALUE);
                }
            }
        }
    }

    /// Where the question names a sampled value: its terms consecutively (typos allowed on
    /// long words), as (start, length, match). Two-letter codes (`BR`, `DE`) count only
    /// as written.
    fn value_occurrences(&self, value: &str, value_terms: &[String]) -> Vec<(usize, usize, f32)> {
        if value_terms.is_empty() {
            return Vec::new();
        }
        if value_terms.iter().any(|t| self.best_match(t) == 0.0) {
            return self.value_prefix_occurrences(value_terms);
        }
        let trimmed = value.trim();
        if trimmed.chars().count() <= 2 {
            let as_written = self
                .question
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == trimmed);
            if !as_written {
                return Vec::new();
            }
            return (0..self.terms.len())
                .filter(|&i| self.terms[i] == value_terms[0])
                .map(|i| (i, 1, CODE_MATCH))
                .collect();
        }
        vocab::phrase_occurrences(value_terms, &self.terms)
            .into_iter()
            .map(|(start, score)| (start, value_terms.len(), score))
            .collect()
    }

    /// Where the question names the start of a longer value, two terms at least and most
    /// of it ("sales managers" for 'Sales Manager (EMEA)'), counting less than all of it.
    fn value_prefix_occurrences(&self, value_terms: &[String]) -> Vec<(usize, usize, f32)> {
        let said = value_terms
            .iter()
            .take_while(|t| self.best_match(t) > 0.0)
            .count();
        if said < 2 || 3 * said < 2 * value_terms.len() {
            return Vec::new();
        }
        vocab::phrase_occurrences(&value_terms[..said], &self.terms)
            .into_iter()
            .map(|(start, score)| (start, said, PREFIX_MATCH * score))
            .collect()
    }
}

/// A value's start named, not all of it.
const PREFIX_MATCH: f32 = 0.8;

/// The searchable columns to look the question's values up in, at most `max`, best
/// first: a column whose name says it holds names, on a table near those the question
/// points at (a customer's name for "how much did Mary Smith pay"), on a table the
/// question points at itself.
pub(in crate::ask::retrieve) fn searchable_columns(
    knowledge: &Knowledge,
    scores: &Scores,
    max: usize,
) -> Vec<(usize, usize)> {
    let named = scores.named_tables();
    let near = knowledge.graph.near(&named, LOOKUP_HOPS);
    let mut columns: Vec<(f32, usize, usize)> = Vec::new();
    for (t, table) in knowledge.corpus.tables.iter().enumerate() {
        for (c, column) in table.columns.iter().enumerate() {
            if !column.searchable || column.sensitive {
                continue;
            }
            let named = business::is_name_like(&knowledge.lexicon.tables[t].columns[c].name);
            let rank = 0.5 * f32::from(u8::from(named))
                + 0.3 * f32::from(u8::from(near.contains(&t)))
                + 0.2 * scores.tables[t].score().min(1.0);
            columns.push((rank, t, c));
        }
    }
    columns.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    columns
        .into_iter()
        .take(max)
        .map(|(_, t, c)| (t, c))
        .collect()
}

/// Joins from the tables a question points at within which its values are looked for first.
const LOOKUP_HOPS: usize = 3;
