//! Evidence from the business vocabulary: a question that asks for a measure ("revenue",
//! "spent", "units sold", "priciest") points at the columns that carry it, and more surely
//! at those on a sales table's shape (a date, a buyer referred to) and near the tables the
//! question names ("revenue per agent": the money that an employee's table connects to).

use super::{Scorer, Scores};
use crate::ask::retrieve::select::STRONG;
use crate::ask::vocab::business::{self, Measure};

/// A column carrying a measure the question asks for, both surely, counts this much…
const MEASURE_BASE: f32 = 0.42;
/// …plus this on a table with a date (its own or its parent's)…
const DATED: f32 = 0.08;
/// …plus this for money on a table that refers to a buyer…
const BUYER_SIDE: f32 = 0.06;
/// …plus this within [`NEAR_HOPS`] joins of a table the question names.
const NEAR: f32 = 0.15;
const NEAR_HOPS: usize = 2;
const MEASURE_MAX: f32 = 0.8;

impl Scorer<'_> {
    /// Lends the columns of each measure the question asks for their evidence.
    pub(super) fn measure_evidence(&self, scores: &mut Scores) {
        let said = business::measures_said(&self.terms);
        if said.is_empty() {
            return;
        }
        let named: Vec<usize> = scores
            .tables
            .iter()
            .enumerate()
            .filter(|(_, s)| s.lexical() >= STRONG)
            .map(|(t, _)| t)
            .collect();
        let near = self.knowledge.graph.near(&named, NEAR_HOPS);
        let shapes = &self.knowledge.shapes;
        for (measure, asked, word) in said {
            let Some(columns) = shapes.measures.get(&measure) else {
                continue;
            };
            for &(t, c, carried) in columns {
                let mut evidence = MEASURE_BASE * asked * carried;
                if shapes.dated(t) {
                    evidence += DATED;
                }
                if measure == Measure::Money && shapes.buyer_side[t] {
                    evidence += BUYER_SIDE;
                }
                if near.contains(&t) {
                    evidence += NEAR;
                }
                let column = &mut scores.tables[t].columns[c];
                let evidence = evidence.min(MEASURE_MAX);
                if evidence > column.measure {
                    column.measure = evidence;
                    column.measure_word = Some(word.clone());
                }
            }
        }
    }
}
