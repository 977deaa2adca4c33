//! Evidence from the business vocabulary: a question that asks for a measure ("revenue",
//! "spent", "units sold", "priciest") points at the columns that carry it, and more surely
//! at those on a sales table's shape (a date, a buyer referred to, many rows) and near the
//! tables the question names ("revenue per agent": the money an employee's table connects
//! to).

use super::{Scorer, Scores};
use crate::ask::vocab::measures::{self, Measure};

/// A column carrying a measure the question asks for, both surely, counts this much…
const MEASURE_BASE: f32 = 0.42;
/// …plus this on a table with a date (its own or its parent's), and more when the
/// question names a period…
const DATED: f32 = 0.08;
const DATED_FOR_PERIOD: f32 = 0.04;
/// …plus this for money on a table that refers to a buyer…
const BUYER_SIDE: f32 = 0.06;
/// …plus this within [`NEAR_HOPS`] joins of a table the question names, or this within
/// [`CONNECTED_HOPS`]…
const NEAR: f32 = 0.15;
const NEAR_HOPS: usize = 2;
const CONNECTED: f32 = 0.1;
const CONNECTED_HOPS: usize = 4;
/// …plus up to this for a table with many rows (a million or more): facts are big.
const ROWS: f32 = 0.06;
const MEASURE_MAX: f32 = 0.8;

impl Scorer<'_> {
    /// Lends the columns of each measure the question asks for their evidence.
    pub(super) fn measure_evidence(&self, scores: &mut Scores) {
        let said = measures::measures_said(&self.terms);
        if said.is_empty() {
            return;
        }
        let named = scores.named_tables();
        let near = self.knowledge.graph.near(&named, NEAR_HOPS);
        let connected = self.knowledge.graph.near(&named, CONNECTED_HOPS);
        let shapes = &self.knowledge.shapes;
        for (measure, asked, word) in said {
            let Some(columns) = shapes.measures.get(&measure) else {
                continue;
            };
            for &(t, c, carried) in columns {
                let mut evidence = MEASURE_BASE * asked * carried;
                if shapes.dated(t) {
                    evidence += DATED + if scores.period { DATED_FOR_PERIOD } else { 0.0 };
                }
                if measure == Measure::Money && shapes.buyer_side[t] {
                    evidence += BUYER_SIDE;
                }
                if near.contains(&t) {
                    evidence += NEAR;
                } else if connected.contains(&t) {
                    evidence += CONNECTED;
                }
                evidence += ROWS * size(self.knowledge.corpus.tables[t].row_estimate);
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

/// How big a table is, 0 (empty or unknown) to 1 (a million rows or more), by magnitude.
fn size(rows: i64) -> f32 {
    if rows <= 0 {
        return 0.0;
    }
    ((rows as f32 + 1.0).log10() / 6.0).min(1.0)
}
