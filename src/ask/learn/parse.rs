//! What one SQL statement says about how the schema is used: the relations it reads, the
//! column equalities that join two of them, the columns it reads, and its aggregate
//! expressions that hold no literal. Names are kept as written (lower case), aliases
//! resolved; literals are never kept.

use std::collections::{BTreeSet, HashMap};
use std::ops::ControlFlow;

use sqlparser::ast::{
    BinaryOperator, Expr, Function, Query, Statement, TableFactor, Value, ValueWithSpan, Visit,
    Visitor,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

/// A join seen: two (relation, columns) sides, in name order.
pub type JoinKey = ((String, Vec<String>), (String, Vec<String>));

/// What one statement reads.
#[derive(Debug, Default, PartialEq)]
pub struct Observation {
    pub tables: BTreeSet<String>,
    pub joins: BTreeSet<JoinKey>,
    /// `relation.column`.
    pub columns: BTreeSet<String>,
    /// Aggregates over columns only, with aliases replaced by relation names.
    pub expressions: BTreeSet<String>,
}

/// Reads a SELECT (or WITH … SELECT); anything else, or what does not parse, says nothing.
pub fn observe(sql: &str) -> Option<Observation> {
    let statements = Parser::parse_sql(&PostgreSqlDialect {}, sql).ok()?;
    let mut observation = Observation::default();
    for statement in &statements {
        let Statement::Query(query) = statement else {
            continue;
        };
        read_query(query, &mut observation);
    }
    (!observation.tables.is_empty()).then_some(observation)
}

fn read_query(query: &Query, observation: &mut Observation) {
    let mut names = Names::default();
    let _ = query.visit(&mut names);
    let relation = |qualifier: &str| names.aliases.get(qualifier).cloned();
    let single = (names.relations.len() == 1).then(|| names.relations[0].clone());
    observation.tables.extend(names.relations.iter().cloned());
    let mut reader = Reader {
        relation: &relation,
        single: single.as_deref(),
        observation,
    };
    let _ = query.visit(&mut reader);
}

/// Relations and their aliases (CTE names are not relations).
#[derive(Default)]
struct Names {
    ctes: BTreeSet<String>,
    relations: Vec<String>,
    aliases: HashMap<String, String>,
}

impl Visitor for Names {
    type Break = ();

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
        if let Some(with) = &query.with {
            for cte in &with.cte_tables {
                self.ctes.insert(cte.alias.name.value.to_lowercase());
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<()> {
        if let TableFactor::Table { name, alias, .. } = factor {
            let parts: Vec<String> = name
                .0
                .iter()
                .filter_map(|p| p.as_ident())
                .map(|i| i.value.to_lowercase())
                .collect();
            let full = parts.join(".");
            if self.ctes.contains(&full) {
                return ControlFlow::Continue(());
            }
            if let Some(last) = parts.last() {
                self.aliases.insert(last.clone(), full.clone());
            }
            if let Some(alias) = alias {
                self.aliases
                    .insert(alias.name.value.to_lowercase(), full.clone());
            }
            if !self.relations.contains(&full) {
                self.relations.push(full);
            }
        }
        ControlFlow::Continue(())
    }
}

struct Reader<'a, F: Fn(&str) -> Option<String>> {
    relation: &'a F,
    single: Option<&'a str>,
    observation: &'a mut Observation,
}

impl<F: Fn(&str) -> Option<String>> Reader<'_, F> {
    /// `relation.column` of a column reference, when its relation is known.
    fn column(&self, expr: &Expr) -> Option<(String, String)> {
        match expr {
            Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                let n = parts.len();
                let relation = (self.relation)(&parts[n - 2].value.to_lowercase())?;
                Some((relation, parts[n - 1].value.to_lowercase()))
            }
            Expr::Identifier(ident) => Some((self.single?.to_owned(), ident.value.to_lowercase())),
            _ => None,
        }
    }

    /// The aggregate's text with relation names for aliases; none when it holds a literal.
    fn expression(&self, function: &Function) -> Option<String> {
        let name = function.name.to_string().to_lowercase();
        if !["sum", "avg", "count", "min", "max"].contains(&name.as_str()) {
            return None;
        }
        let mut literal = LiteralFinder(false);
        let _ = function.visit(&mut literal);
        if literal.0 {
            return None;
        }
        let mut text = function.to_string();
        let mut columns = ColumnFinder(Vec::new());
        let _ = function.visit(&mut columns);
        for parts in columns.0 {
            if let [qualifier, column] = parts.as_slice() {
                let relation = (self.relation)(&qualifier.to_lowercase())?;
                text = text.replace(
                    &format!("{qualifier}.{column}"),
                    &format!("{relation}.{}", column.to_lowercase()),
                );
            }
        }
        Some(text.to_lowercase())
    }
}

impl<F: Fn(&str) -> Option<String>> Visitor for Reader<'_, F> {
    type Break = ();

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        match expr {
            Expr::BinaryOp {
                left,
                op: BinaryOperator::Eq,
                right,
            } => {
                if let (Some(a), Some(b)) = (self.column(left), self.column(right)) {
                    if a.0 != b.0 {
                        let (a, b) = ((a.0, vec![a.1]), (b.0, vec![b.1]));
                        let key = if a <= b { (a, b) } else { (b, a) };
                        self.observation.joins.insert(key);
                    }
                }
            }
            Expr::Function(function) => {
                if let Some(text) = self.expression(function) {
                    self.observation.expressions.insert(text);
                }
            }
            _ => {
                if let Some((relation, column)) = self.column(expr) {
                    self.observation
                        .columns
                        .insert(format!("{relation}.{column}"));
                }
            }
        }
        ControlFlow::Continue(())
    }
}

struct LiteralFinder(bool);

impl Visitor for LiteralFinder {
    type Break = ();

    fn pre_visit_value(&mut self, value: &ValueWithSpan) -> ControlFlow<()> {
        self.0 |= !matches!(value.value, Value::Null);
        ControlFlow::Continue(())
    }
}

/// Qualified column references as written: `[qualifier, column]`.
struct ColumnFinder(Vec<Vec<String>>);

impl Visitor for ColumnFinder {
    type Break = ();

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        if let Expr::CompoundIdentifier(parts) = expr {
            self.0.push(parts.iter().map(|p| p.value.clone()).collect());
        }
        ControlFlow::Continue(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_columns_and_expressions_without_literals() {
        let o = observe(
            "SELECT c.country, SUM(i.total), COUNT(*) FROM invoice i
             JOIN customer c ON c.customer_id = i.customer_id
             WHERE i.billing_country = 'Brazil' AND i.total > 10 GROUP BY c.country",
        )
        .unwrap();
        assert_eq!(o.tables.iter().collect::<Vec<_>>(), ["customer", "invoice"]);
        let join = (
            ("customer".to_owned(), vec!["customer_id".to_owned()]),
            ("invoice".to_owned(), vec!["customer_id".to_owned()]),
        );
        assert!(o.joins.contains(&join), "{:?}", o.joins);
        assert!(
            o.columns.contains("invoice.billing_country"),
            "{:?}",
            o.columns
        );
        assert!(o.columns.contains("customer.country"));
        assert!(
            o.expressions.contains("sum(invoice.total)"),
            "{:?}",
            o.expressions
        );
        let text = format!("{o:?}");
        assert!(!text.contains("Brazil") && !text.contains("10"), "{text}");
    }

    #[test]
    fn only_queries_count() {
        assert!(observe("UPDATE t SET a = 1").is_none());
        assert!(observe("not sql at all").is_none());
        assert!(observe("SELECT 1").is_none());
        let o = observe("WITH x AS (SELECT * FROM sales.orders) SELECT * FROM x").unwrap();
        assert_eq!(o.tables.iter().collect::<Vec<_>>(), ["sales.orders"]);
    }
}
