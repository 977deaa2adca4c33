//! Usage statistics learned from SQL: how many statements read each relation, each join,
//! each column, each pair of relations together, and each aggregate expression. Counts
//! only — never result rows, never literals. Every map is bounded: past its bound a new
//! key is not counted (the ones seen first and most stay).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::parse::Observation;

/// Keys kept at most per map.
const MAX_KEYS: usize = 20_000;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct UsageStats {
    /// Statements learned from.
    pub statements: u64,
    /// relation → statements reading it.
    pub tables: HashMap<String, u64>,
    /// `a|b` (relations in name order) → statements reading both.
    pub pairs: HashMap<String, u64>,
    /// `a.x=b.y` (sides in name order, columns comma-separated) → statements joining so.
    pub joins: HashMap<String, u64>,
    /// `relation.column` → statements reading it.
    pub columns: HashMap<String, u64>,
    /// Aggregate expression → statements using it.
    pub expressions: HashMap<String, u64>,
}

fn count(map: &mut HashMap<String, u64>, key: String) {
    if let Some(n) = map.get_mut(&key) {
        *n += 1;
    } else if map.len() < MAX_KEYS {
        map.insert(key, 1);
    }
}

impl UsageStats {
    pub fn add(&mut self, observation: &Observation) {
        self.statements += 1;
        for table in &observation.tables {
            count(&mut self.tables, table.clone());
        }
        let tables: Vec<&String> = observation.tables.iter().collect();
        for (i, a) in tables.iter().enumerate() {
            for b in &tables[i + 1..] {
                count(&mut self.pairs, format!("{a}|{b}"));
            }
        }
        for ((a, a_columns), (b, b_columns)) in &observation.joins {
            let key = format!("{a}.{}={b}.{}", a_columns.join(","), b_columns.join(","));
            count(&mut self.joins, key);
        }
        for column in &observation.columns {
            count(&mut self.columns, column.clone());
        }
        for expression in &observation.expressions {
            count(&mut self.expressions, expression.clone());
        }
    }

    /// Statements reading both relations.
    pub fn together(&self, a: &str, b: &str) -> u64 {
        let key = if a <= b {
            format!("{a}|{b}")
        } else {
            format!("{b}|{a}")
        };
        self.pairs.get(&key).copied().unwrap_or(0)
    }
}

/// One side of a learned join: a relation and its columns.
pub type JoinSide<'a> = (&'a str, Vec<&'a str>);

/// A learned join key split back into its two sides.
pub fn split_join(key: &str) -> Option<(JoinSide<'_>, JoinSide<'_>)> {
    let (a, b) = key.split_once('=')?;
    Some((join_side(a)?, join_side(b)?))
}

fn join_side(side: &str) -> Option<JoinSide<'_>> {
    let (relation, columns) = side.rsplit_once('.')?;
    Some((relation, columns.split(',').collect()))
}

#[cfg(test)]
mod tests {
    use super::super::parse::observe;
    use super::*;

    #[test]
    fn counts_statements_pairs_joins_and_expressions() {
        let mut stats = UsageStats::default();
        let sql =
            "SELECT SUM(i.total) FROM invoice i JOIN customer c ON c.customer_id = i.customer_id";
        stats.add(&observe(sql).unwrap());
        stats.add(&observe(sql).unwrap());
        stats.add(&observe("SELECT * FROM invoice").unwrap());
        assert_eq!(stats.statements, 3);
        assert_eq!(stats.tables["invoice"], 3);
        assert_eq!(stats.together("invoice", "customer"), 2);
        let (join, n) = stats.joins.iter().next().unwrap();
        assert_eq!(
            (join.as_str(), *n),
            ("customer.customer_id=invoice.customer_id", 2)
        );
        let ((a, ac), (b, bc)) = split_join(join).unwrap();
        assert_eq!(
            (a, ac, b, bc),
            (
                "customer",
                vec!["customer_id"],
                "invoice",
                vec!["customer_id"]
            )
        );
        assert_eq!(stats.expressions["sum(invoice.total)"], 2);
    }
}
