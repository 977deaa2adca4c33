//! The tables and columns a SQL query reads, found by parsing it: qualified column
//! references resolve through the query's table aliases, unqualified ones to the single
//! referenced table that has such a column (output aliases like `revenue` resolve to none).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::ControlFlow;

use sqlparser::ast::{Expr, TableFactor, Visit, Visitor};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

#[derive(Default)]
struct References {
    /// alias or table name (lower case) → table name.
    aliases: HashMap<String, String>,
    tables: BTreeSet<String>,
    /// Aliases of subqueries in FROM.
    derived: BTreeSet<String>,
    qualified: Vec<(String, String)>,
    unqualified: Vec<String>,
}

impl Visitor for References {
    type Break = ();

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<()> {
        if let TableFactor::Derived {
            alias: Some(alias), ..
        } = factor
        {
            // A subquery's columns are read from its own tables, visited on their own.
            self.derived.insert(alias.name.value.to_lowercase());
        }
        if let TableFactor::Table { name, alias, .. } = factor {
            if let Some(table) = name.0.last().and_then(|p| p.as_ident()) {
                let table = table.value.to_lowercase();
                self.aliases.insert(table.clone(), table.clone());
                if let Some(alias) = alias {
                    self.aliases
                        .insert(alias.name.value.to_lowercase(), table.clone());
                }
                self.tables.insert(table);
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<()> {
        match expr {
            Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                let n = parts.len();
                self.qualified.push((
                    parts[n - 2].value.to_lowercase(),
                    parts[n - 1].value.to_lowercase(),
                ));
            }
            Expr::Identifier(ident) => self.unqualified.push(ident.value.to_lowercase()),
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

/// table → columns read, for tables `known` lists (`known(table)` gives its columns).
pub fn columns_used(
    sql: &str,
    known: impl Fn(&str) -> Option<Vec<String>>,
) -> BTreeMap<String, BTreeSet<String>> {
    let statements = Parser::parse_sql(&PostgreSqlDialect {}, sql)
        .unwrap_or_else(|e| panic!("gold SQL does not parse: {e}\n{sql}"));
    let mut refs = References::default();
    let _ = statements.visit(&mut refs);
    let mut used: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let columns: HashMap<String, Vec<String>> = refs
        .tables
        .iter()
        .filter_map(|t| known(t).map(|c| (t.clone(), c)))
        .collect();
    for table in columns.keys() {
        used.entry(table.clone()).or_default();
    }
    for (qualifier, column) in &refs.qualified {
        if refs.derived.contains(qualifier) {
            continue;
        }
        let table = refs
            .aliases
            .get(qualifier)
            .unwrap_or_else(|| panic!("unknown qualifier {qualifier} in\n{sql}"));
        assert!(
            columns.get(table).is_some_and(|c| c.contains(column)),
            "{table}.{column} does not exist ({sql})"
        );
        used.entry(table.clone())
            .or_default()
            .insert(column.clone());
    }
    for column in &refs.unqualified {
        let owners: Vec<&String> = columns
            .iter()
            .filter(|(_, cols)| cols.contains(column))
            .map(|(t, _)| t)
            .collect();
        if let [table] = owners.as_slice() {
            used.entry((*table).clone())
                .or_default()
                .insert(column.clone());
        }
    }
    used
}
