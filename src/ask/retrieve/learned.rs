//! What SQL seen through askpg adds to a question's context ([`crate::ask::learn`]): the
//! tables usually read with the chosen ones, the joins used between shown tables where no
//! foreign key says so, and the usual aggregate expressions over them. Learned names
//! resolve against the corpus as written in SQL: `schema.table`, or a table name that only
//! one schema has.

use std::collections::HashMap;

use super::{Join, Knowledge};
use crate::ask::corpus::Corpus;
use crate::ask::learn::stats::split_join;
use crate::ask::learn::UsageStats;

/// Statements that must have read two tables together, and the share of the chosen
/// table's statements, before the other comes along.
const TOGETHER_FROM: u64 = 2;
const SHARE_FROM: f32 = 0.3;
/// A companion's score: this much plus a share of how often it comes along.
const COMPANION_BASE: f32 = 0.35;
const COMPANION_SHARE: f32 = 0.3;
/// Expressions shown at most.
const MAX_EXPRESSIONS: usize = 5;

/// Names learned SQL may use for each table: `schema.table`, and `table` when unique.
pub(super) fn names(corpus: &Corpus) -> HashMap<String, usize> {
    let mut names: HashMap<String, usize> = HashMap::new();
    let mut clashing: Vec<String> = Vec::new();
    for (t, table) in corpus.tables.iter().enumerate() {
        names.insert(format!("{}.{}", table.schema, table.name).to_lowercase(), t);
        let short = table.name.to_lowercase();
        if names.insert(short.clone(), t).is_some() {
            clashing.push(short);
        }
    }
    for short in clashing {
        names.remove(&short);
    }
    names
}

/// Tables read with a chosen one often enough: (table, score, the chosen table, statements).
pub(super) fn companions(
    knowledge: &Knowledge,
    stats: &UsageStats,
    chosen: &[(usize, f32)],
) -> Vec<(usize, f32, usize, u64)> {
    let mut found: Vec<(usize, f32, usize, u64)> = Vec::new();
    for (pair, &together) in &stats.pairs {
        if together < TOGETHER_FROM {
            continue;
        }
        let Some((a, b)) = pair.split_once('|') else {
            continue;
        };
        let (Some(&ta), Some(&tb)) = (knowledge.names.get(a), knowledge.names.get(b)) else {
            continue;
        };
        for (with, other, with_name) in [(ta, tb, a), (tb, ta, b)] {
            if !chosen.iter().any(|(t, _)| *t == with) || chosen.iter().any(|(t, _)| *t == other) {
                continue;
            }
            let uses = stats
                .tables
                .get(with_name)
                .copied()
                .unwrap_or(together)
                .max(1);
            let share = together as f32 / uses as f32;
            if share < SHARE_FROM {
                continue;
            }
            let score = COMPANION_BASE + COMPANION_SHARE * share.min(1.0);
            match found.iter_mut().find(|f| f.0 == other) {
                Some(f) if f.1 >= score => {}
                Some(f) => *f = (other, score, with, together),
                None => found.push((other, score, with, together)),
            }
        }
    }
    found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    found
}

/// Learned joins between two of `tables` that no foreign key gives, with their counts.
pub(super) fn joins(
    knowledge: &Knowledge,
    stats: &UsageStats,
    tables: &[(usize, f32)],
    foreign: &[usize],
) -> Vec<(Join, u64)> {
    let shown = |t: usize| tables.iter().any(|(s, _)| *s == t);
    let mut found: Vec<(Join, u64)> = Vec::new();
    for (key, &n) in &stats.joins {
        let Some(((a, a_columns), (b, b_columns))) = split_join(key) else {
            continue;
        };
        let (Some(&ta), Some(&tb)) = (knowledge.names.get(a), knowledge.names.get(b)) else {
            continue;
        };
        if !shown(ta) || !shown(tb) {
            continue;
        }
        let join = Join {
            from_table: ta,
            from_columns: a_columns.iter().map(|c| c.to_string()).collect(),
            to_table: tb,
            to_columns: b_columns.iter().map(|c| c.to_string()).collect(),
        };
        let by_key = foreign.iter().any(|&j| {
            let fk = knowledge.graph.join(j);
            same_join(fk, &join)
        });
        if !by_key {
            found.push((join, n));
        }
    }
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.from_table.cmp(&b.0.from_table)));
    found
}

fn same_join(a: &Join, b: &Join) -> bool {
    let forward = a.from_table == b.from_table
        && a.to_table == b.to_table
        && a.from_columns == b.from_columns
        && a.to_columns == b.to_columns;
    let backward = a.from_table == b.to_table
        && a.to_table == b.from_table
        && a.from_columns == b.to_columns
        && a.to_columns == b.from_columns;
    forward || backward
}

/// The usual aggregate expressions over `tables` (every relation they name is shown),
/// most used first.
pub(super) fn expressions(
    knowledge: &Knowledge,
    stats: &UsageStats,
    tables: &[(usize, f32)],
) -> Vec<(String, u64)> {
    let shown: Vec<&str> = tables
        .iter()
        .map(|(t, _)| knowledge.corpus.tables[*t].name.as_str())
        .collect();
    let mut found: Vec<(String, u64)> = stats
        .expressions
        .iter()
        .filter(|(expression, n)| {
            **n >= TOGETHER_FROM && {
                let relations = relations_named(expression);
                !relations.is_empty()
                    && relations.iter().all(|r| {
                        knowledge.names.get(*r).is_some_and(|&t| {
                            shown.contains(&knowledge.corpus.tables[t].name.as_str())
                        })
                    })
            }
        })
        .map(|(e, n)| (e.clone(), *n))
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found.truncate(MAX_EXPRESSIONS);
    found
}

/// The relations an expression's `relation.column` references name.
fn relations_named(expression: &str) -> Vec<&str> {
    expression
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .filter_map(|word| word.rsplit_once('.').map(|(relation, _)| relation))
        .filter(|r| !r.is_empty())
        .collect()
}
