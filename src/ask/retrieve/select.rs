//! Choosing the tables for a question from their scores, and connecting them.

use std::collections::HashSet;

use super::joins::Connection;
use super::score::{Scores, TableScore, EXAMPLE_TABLES_FROM};
use super::Knowledge;

/// Evidence from which a table or column is taken as asked for.
pub(super) const STRONG: f32 = 0.5;
/// Weaker evidence that, with vector similarity, still chooses a table.
const SUPPORTED: f32 = 0.35;
/// Tables chosen at most before adding bridge tables.
const MAX_TABLES: usize = 6;
/// Tables chosen at most on vector similarity alone, and from which strength.
const MAX_BY_VECTOR: usize = 2;
const BY_VECTOR_FROM: f32 = 0.8;
/// A table is chosen only with at least this share of the best table's score.
const SHARE_OF_BEST: f32 = 0.35;
/// A group of tables no foreign key ties to the strongest group stays only with this
/// share of its strength.
const SHARE_OF_STRONGEST_GROUP: f32 = 0.6;

/// The tables chosen for a question, strongest first, and how they connect.
#[derive(Debug, Clone, Default)]
pub(super) struct Selection {
    /// (table, score), strongest first; bridge tables after the table they connect.
    pub tables: Vec<(usize, f32)>,
    pub bridges: HashSet<usize>,
    /// Indices into the foreign-key graph's joins connecting chosen tables.
    pub joins: Vec<usize>,
}

/// Chooses the tables: those with strong evidence (or, for a question only the vectors
/// understand, the closest), then the bridge tables on foreign-key paths between them;
/// groups of tables no key connects to the strongest one are kept only when about as
/// strong.
pub(super) fn select_tables(knowledge: &Knowledge, scores: &Scores) -> Selection {
    let all_scores: Vec<f32> = scores.tables.iter().map(TableScore::score).collect();
    let mut ranked: Vec<(usize, f32)> = all_scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| *s > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let Some(&(_, best)) = ranked.first() else {
        return Selection::default();
    };
    let mut vector_only = 0;
    let mut chosen: Vec<(usize, f32)> = Vec::new();
    for &(t, score) in &ranked {
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
    let Connection {
        tables,
        bridges,
        joins,
        groups,
    } = knowledge.graph.connect(&chosen, &all_scores);
    // Drop groups the foreign keys do not tie to the strongest and that are much weaker.
    let strongest_group = groups.iter().map(|g| g.1).fold(0.0f32, f32::max);
    let weak: HashSet<usize> = groups
        .iter()
        .filter(|g| g.1 < SHARE_OF_STRONGEST_GROUP * strongest_group)
        .flat_map(|g| g.0.iter().copied())
        .collect();
    Selection {
        tables: tables
            .into_iter()
            .filter(|(t, _)| !weak.contains(t))
            .collect(),
        bridges: bridges.into_iter().filter(|t| !weak.contains(t)).collect(),
        joins: joins
            .into_iter()
            .filter(|j| {
                let join = knowledge.graph.join(*j);
                !weak.contains(&join.from_table) && !weak.contains(&join.to_table)
            })
            .collect(),
    }
}
