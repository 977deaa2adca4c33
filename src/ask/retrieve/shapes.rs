//! The shapes of a schema that the business vocabulary reads, found once per corpus: which
//! columns carry money, prices, costs or quantities, which tables have a date (or refer to
//! a table that has one), and which refer to whoever buys. A sales table is a money column
//! on a dated table that refers to a customer, whatever its name.

use std::collections::HashMap;

use super::index::Lexicon;
use super::joins::ForeignKeyGraph;
use crate::ask::corpus::Corpus;
use crate::ask::vocab::business;
use crate::ask::vocab::measures::{self, Measure};

pub(super) struct Shapes {
    /// Per measure, the columns carrying it: (table, column, how surely).
    pub measures: HashMap<Measure, Vec<(usize, usize, f32)>>,
    /// Per table, its first time-typed column that is not a key.
    pub time_column: Vec<Option<usize>>,
    /// Per table, the tables it refers to by foreign key.
    pub parents: Vec<Vec<usize>>,
    /// Per table: it refers to a buyer's table (`customers`, `clients`…), or to a table
    /// that does.
    pub buyer_side: Vec<bool>,
}

impl Shapes {
    pub fn build(corpus: &Corpus, lexicon: &Lexicon, graph: &ForeignKeyGraph) -> Self {
        let mut measures: HashMap<Measure, Vec<(usize, usize, f32)>> = HashMap::new();
        let mut time_column = Vec::with_capacity(corpus.tables.len());
        for (t, table) in corpus.tables.iter().enumerate() {
            let terms = &lexicon.tables[t];
            let outgoing = measures::is_outgoing(&terms.name);
            let mut first_time = None;
            // A sales line has a price (not a cost) and a quantity.
            let mut lines = SalesLine::default();
            for (c, column) in table.columns.iter().enumerate() {
                if terms.columns[c].key {
                    continue;
                }
                for (measure, strength) in
                    measures::column_measures(&terms.columns[c].name, &column.data_type)
                {
                    if !(outgoing && measure == Measure::Money) {
                        measures.entry(measure).or_default().push((t, c, strength));
                    }
                    let cost = measures::is_outgoing(&terms.columns[c].name);
                    match measure {
                        Measure::Price if strength >= 0.8 && !cost => lines.prices.push(c),
                        Measure::Quantity => lines.quantities.push(c),
                        _ => {}
                    }
                }
                if first_time.is_none() && business::is_time_type(&column.data_type) {
                    first_time = Some(c);
                }
            }
            time_column.push(first_time);
            if !lines.prices.is_empty() && !lines.quantities.is_empty() {
                // Price times quantity is revenue: both carry money surely.
                let money = measures.entry(Measure::Money).or_default();
                money.retain(|m| m.0 != t);
                money.extend(
                    lines
                        .prices
                        .iter()
                        .chain(&lines.quantities)
                        .map(|&c| (t, c, 1.0)),
                );
            }
        }
        let parents = graph.parents(corpus.tables.len());
        let buyer = |t: usize| business::is_buyer(&lexicon.tables[t].name);
        // A sales line refers to its sale, which refers to the buyer.
        let buyer_side = parents
            .iter()
            .map(|ps| {
                ps.iter()
                    .any(|&p| buyer(p) || parents[p].iter().any(|&g| g != p && buyer(g)))
            })
            .collect();
        Self {
            measures,
            time_column,
            parents,
            buyer_side,
        }
    }

    /// Whether table `t` has a date, or refers to a table that has one (an order line's
    /// date is its order's).
    pub fn dated(&self, t: usize) -> bool {
        self.time_column[t].is_some() || self.dated_parent(t).is_some()
    }

    /// The table `t` refers to that has a date, when `t` has none itself.
    pub fn dated_parent(&self, t: usize) -> Option<usize> {
        if self.time_column[t].is_some() {
            return None;
        }
        self.parents[t]
            .iter()
            .copied()
            .find(|&p| p != t && self.time_column[p].is_some())
    }
}

/// The price and quantity columns of one table.
#[derive(Default)]
struct SalesLine {
    prices: Vec<usize>,
    quantities: Vec<usize>,
}
