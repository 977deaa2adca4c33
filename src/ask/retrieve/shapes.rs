//! The shapes of a schema that the business vocabulary reads, found once per corpus: which
//! columns carry money, prices, costs or quantities, which tables have a date (or refer to
//! a table that has one), and which refer to whoever buys. A sales table is a money column
//! on a dated table that refers to a customer, whatever its name.

use std::collections::HashMap;

use super::index::Lexicon;
use super::joins::ForeignKeyGraph;
use crate::ask::corpus::Corpus;
use crate::ask::vocab::business::{self, Measure};

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
            let outgoing = business::is_outgoing(&terms.name);
            let mut first_time = None;
            for (c, column) in table.columns.iter().enumerate() {
                if terms.columns[c].key {
                    continue;
                }
                for (measure, strength) in
                    business::column_measures(&terms.columns[c].name, &column.data_type)
                {
                    if !(outgoing && measure == Measure::Money) {
                        measures.entry(measure).or_default().push((t, c, strength));
                    }
                }
                if first_time.is_none() && business::is_time_type(&column.data_type) {
                    first_time = Some(c);
                }
            }
            time_column.push(first_time);
            sales_line(t, &mut measures);
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

/// A table with both a price and a quantity is a sales line: price times quantity is
/// revenue, so both carry money surely (`order_details.unit_price * quantity`).
fn sales_line(t: usize, measures: &mut HashMap<Measure, Vec<(usize, usize, f32)>>) {
    let of = |measures: &HashMap<Measure, Vec<(usize, usize, f32)>>, measure| -> Vec<usize> {
        measures
            .get(&measure)
            .map(|columns| columns.iter().filter(|c| c.0 == t).map(|c| c.1).collect())
            .unwrap_or_default()
    };
    let prices = of(measures, Measure::Price);
    let quantities = of(measures, Measure::Quantity);
    if prices.is_empty() || quantities.is_empty() {
        return;
    }
    let money = measures.entry(Measure::Money).or_default();
    money.retain(|c| c.0 != t);
    money.extend(prices.iter().chain(&quantities).map(|&c| (t, c, 1.0)));
}
