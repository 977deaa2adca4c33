//! Choosing the tables for a question from their scores, and connecting them.
//!
//! Tables come in by kinds of reason ([`Reason`]): their own evidence; the bridge tables
//! on foreign-key paths between them; the dated table a measure's table takes its date
//! from, when the question names a period; the next best candidates, shown compactly; and,
//! when the whole schema fits the budget comfortably, every other table.

use std::collections::HashSet;

use super::joins::Connection;
use super::learned;
use super::score::{Scores, TableScore, EXAMPLE_TABLES_FROM};
use super::{Join, Knowledge};
use crate::ask::learn::UsageStats;

/// Evidence from which a table or column is taken as asked for.
pub(super) const STRONG: f32 = 0.5;
/// Weaker evidence that, with vector similarity, still chooses a table.
const SUPPORTED: f32 = 0.35;
/// Tables chosen at most on their evidence, before bridges and candidates.
const MAX_TABLES: usize = 10;
/// Tables chosen at most on vector similarity alone, and from which strength.
const MAX_BY_VECTOR: usize = 2;
const BY_VECTOR_FROM: f32 = 0.8;
/// A table is chosen only with at least this share of the best table's score.
const SHARE_OF_BEST: f32 = 0.35;
/// A group of tables no foreign key ties to the strongest group goes after the others
/// when it has less than this share of its strength.
const SHARE_OF_STRONGEST_GROUP: f32 = 0.6;
/// Further candidates shown after the chosen tables, at most, and from which evidence.
const MAX_CANDIDATES: usize = 10;
const CANDIDATE_FROM: f32 = 0.25;
/// The whole schema is given when its estimate takes at most this share of the budget.
const WHOLE_SCHEMA_SHARE: f32 = 0.5;

/// Why a table is in the context, besides its scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reason {
    /// Its own evidence (names, values, vocabulary, glossary, examples, vectors).
    Evidence,
    /// On a foreign-key path between chosen tables.
    Bridge,
    /// The dated table that this chosen table of a measure belongs to (its date, status
    /// and buyer are there).
    DateOf(usize),
    /// Read with this chosen table in so many statements seen through askpg.
    Learned(usize, u64),
    /// The next best by score, shown after the chosen tables.
    Candidate,
    /// The whole schema fits the budget comfortably.
    Schema,
}

/// The tables chosen for a question, strongest first, and how they connect.
#[derive(Debug, Clone, Default)]
pub(super) struct Selection {
    /// (table, score), strongest first; bridge tables after the table they connect.
    pub tables: Vec<(usize, f32)>,
    /// Why each table of `tables` is there, in the same order.
    pub reasons: Vec<Reason>,
    pub bridges: HashSet<usize>,
    /// Indices into the foreign-key graph's joins connecting chosen tables.
    pub joins: Vec<usize>,
    /// Joins between shown tables learned from SQL (no foreign key gives them), with the
    /// statements that used each.
    pub learned_joins: Vec<(Join, u64)>,
    /// Usual aggregate expressions over the shown tables, learned from SQL.
    pub expressions: Vec<(String, u64)>,
}

impl Selection {
    fn push(&mut self, table: usize, score: f32, reason: Reason) {
        if !self.tables.iter().any(|(t, _)| *t == table) {
            self.tables.push((table, score));
            self.reasons.push(reason);
        }
    }
}

/// Chooses the tables: those with strong evidence (or, for a question only the vectors
/// understand, the closest), the dated tables their measures need, then the bridge tables
/// on foreign-key paths between them, then candidates, then — when it fits — the rest of
/// the schema. Groups of tables no key connects to the strongest one go after it unless
/// about as strong.
pub(super) fn select_tables(
    knowledge: &Knowledge,
    scores: &Scores,
    budget: usize,
    learned: Option<&UsageStats>,
) -> Selection {
    let all_scores: Vec<f32> = scores.tables.iter().map(TableScore::score).collect();
    let mut ranked: Vec<(usize, f32)> = all_scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| *s > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut selection = Selection::default();
    if let Some(&(_, best)) = ranked.first() {
        let chosen = chosen_tables(scores, &ranked, best);
        let mut extra = dates_for(knowledge, scores, &chosen, &all_scores);
        if let Some(stats) = learned {
            for (t, score, with, n) in learned::companions(knowledge, stats, &chosen) {
                if !extra.iter().any(|e| e.0 == t) {
                    extra.push((t, score, Reason::Learned(with, n)));
                }
            }
        }
        connect(knowledge, &chosen, &extra, &all_scores, &mut selection);
        for &(t, score) in &ranked {
            if selection
                .reasons
                .iter()
                .filter(|r| **r == Reason::Candidate)
                .count()
                >= MAX_CANDIDATES
            {
                break;
            }
            if scores.tables[t].lexical() >= CANDIDATE_FROM {
                selection.push(t, score, Reason::Candidate);
            }
        }
    }
    if knowledge.schema_tokens as f32 <= WHOLE_SCHEMA_SHARE * budget as f32 {
        for &(t, score) in &ranked {
            selection.push(t, score, Reason::Schema);
        }
        for t in 0..knowledge.corpus.tables.len() {
            selection.push(t, 0.0, Reason::Schema);
        }
    }
    selection.joins = knowledge.graph.joins_among(&selection.tables);
    if let Some(stats) = learned {
        selection.learned_joins =
            learned::joins(knowledge, stats, &selection.tables, &selection.joins);
        selection.expressions = learned::expressions(knowledge, stats, &selection.tables);
    }
    selection
}

/// The tables whose own evidence chooses them, strongest first.
fn chosen_tables(scores: &Scores, ranked: &[(usize, f32)], best: f32) -> Vec<(usize, f32)> {
    let mut vector_only = 0;
    let mut chosen: Vec<(usize, f32)> = Vec::new();
    for &(t, score) in ranked {
        let s = &scores.tables[t];
        let lexical = s.lexical();
        let by_evidence = lexical >= STRONG
            || s.example >= 0.7 * EXAMPLE_TABLES_FROM
            || (lexical >= SUPPORTED && score >= STRONG + 0.05);
        let by_vector = s.vector >= BY_VECTOR_FROM && vector_only < MAX_BY_VECTOR;
        if chosen.len() < MAX_TABLES && score >= SHARE_OF_BEST * best && (by_evidence || by_vector)
        {
            vector_only += usize::from(!by_evidence);
            chosen.push((t, score));
        }
    }
    if chosen.is_empty() {
        chosen.push(ranked[0]);
    }
    chosen
}

/// The dated table each chosen table of a measure belongs to (an order line's order:
/// its date, status and buyer), as (table, score, why).
fn dates_for(
    knowledge: &Knowledge,
    scores: &Scores,
    chosen: &[(usize, f32)],
    all_scores: &[f32],
) -> Vec<(usize, f32, Reason)> {
    chosen
        .iter()
        .filter(|(t, _)| {
            scores.tables[*t]
                .columns
                .iter()
                .any(|c| c.measure >= STRONG)
        })
        .filter_map(|&(t, _)| {
            let parent = knowledge.shapes.dated_parent(t)?;
            (!chosen.iter().any(|(c, _)| *c == parent))
                .then(|| (parent, all_scores[parent], Reason::DateOf(t)))
        })
        .collect()
}

/// Connects the chosen tables (and the `extra` tables they need, with why) through
/// foreign keys into `selection`; groups no key ties to the strongest and much weaker go
/// last.
fn connect(
    knowledge: &Knowledge,
    chosen: &[(usize, f32)],
    extra: &[(usize, f32, Reason)],
    all_scores: &[f32],
    selection: &mut Selection,
) {
    let mut wanted = chosen.to_vec();
    wanted.extend(extra.iter().map(|&(t, score, _)| (t, score)));
    let Connection {
        tables,
        bridges,
        groups,
        ..
    } = knowledge.graph.connect(&wanted, all_scores);
    let strongest_group = groups.iter().map(|g| g.1).fold(0.0f32, f32::max);
    let weak: HashSet<usize> = groups
        .iter()
        .filter(|g| g.1 < SHARE_OF_STRONGEST_GROUP * strongest_group)
        .flat_map(|g| g.0.iter().copied())
        .collect();
    let reason = |t: usize| {
        if bridges.contains(&t) {
            Reason::Bridge
        } else if let Some(&(_, _, why)) = extra.iter().find(|d| d.0 == t) {
            why
        } else {
            Reason::Evidence
        }
    };
    for &(t, score) in tables.iter().filter(|(t, _)| !weak.contains(t)) {
        selection.push(t, score, reason(t));
    }
    for &(t, score) in tables.iter().filter(|(t, _)| weak.contains(t)) {
        selection.push(t, score, reason(t));
    }
    selection.bridges = bridges;
}
