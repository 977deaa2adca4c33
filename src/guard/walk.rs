//! The walk over a whole query tree: every CTE, subquery, expression and FROM item.
//! Refused: `INTO`, locking clauses, data-modifying statements anywhere (`WITH x AS
//! (DELETE …)`), denied functions in any spelling, relations outside the exposed schemas.

use std::ops::ControlFlow;

use sqlparser::ast::{Expr, ObjectName, Query, Select, Statement, TableFactor, Visit, Visitor};

use super::{denied, functions, write_refused, Catalog, Guard};
use crate::error::ClientError;

struct Walker<'a> {
    guard: &'a Guard,
    catalog: &'a Catalog,
}

pub(super) fn check_query(
    query: &Query,
    guard: &Guard,
    catalog: &Catalog,
) -> Result<(), ClientError> {
    match query.visit(&mut Walker { guard, catalog }) {
        ControlFlow::Continue(()) => Ok(()),
        ControlFlow::Break(err) => Err(err),
    }
}

impl Visitor for Walker<'_> {
    type Break = ClientError;

    /// Reached only for statements nested in a query: data-modifying CTEs and the like.
    fn pre_visit_statement(&mut self, statement: &Statement) -> ControlFlow<ClientError> {
        match statement {
            Statement::Query(_) => ControlFlow::Continue(()),
            other => {
                let kind = other
                    .to_string()
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_uppercase();
                ControlFlow::Break(write_refused(&format!(
                    "a data-modifying {kind} inside a query"
                )))
            }
        }
    }

    fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<ClientError> {
        if !query.locks.is_empty() {
            return ControlFlow::Break(write_refused("SELECT … FOR UPDATE/SHARE (it locks rows)"));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_select(&mut self, select: &Select) -> ControlFlow<ClientError> {
        if select.into.is_some() {
            return ControlFlow::Break(write_refused("SELECT INTO (it creates a table)"));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<ClientError> {
        if let Expr::Function(function) = expr {
            if let Err(err) = functions::check(
                &function.name,
                Some(&function.args),
                self.guard,
                self.catalog,
            ) {
                return ControlFlow::Break(err);
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<ClientError> {
        let result = match factor {
            TableFactor::Table {
                name,
                args: Some(_),
                ..
            }
            | TableFactor::Function { name, .. } => {
                functions::check(name, None, self.guard, self.catalog)
            }
            TableFactor::Table {
                name, args: None, ..
            } => check_relation(self.guard, self.catalog, name),
            _ => Ok(()),
        };
        match result {
            Ok(()) => ControlFlow::Continue(()),
            Err(err) => ControlFlow::Break(err),
        }
    }
}

pub(super) fn check_relation(
    guard: &Guard,
    catalog: &Catalog,
    name: &ObjectName,
) -> Result<(), ClientError> {
    let parts: Vec<String> = name
        .0
        .iter()
        .filter_map(|p| p.as_ident())
        .map(|i| i.value.clone())
        .collect();
    check_relation_parts(guard, catalog, &parts)
}

/// A relation is readable when its schema is exposed; an unqualified name is refused when
/// every relation of that name lives in a schema that is not.
pub(super) fn check_relation_parts(
    guard: &Guard,
    catalog: &Catalog,
    parts: &[String],
) -> Result<(), ClientError> {
    let Some(relation) = parts.last() else {
        return Ok(());
    };
    let hidden = match parts.len() {
        1 => catalog
            .relations
            .get(&relation.to_lowercase())
            .is_some_and(|schemas| !schemas.iter().any(|s| guard.schema_exposed(s))),
        n => !guard.schema_exposed(&parts[n - 2]),
    };
    if hidden {
        return Err(denied(format!(
            "relation {} is not exposed through askpg",
            parts.join(".")
        ))
        .with_hint("Only the schemas in guard.exposed_schemas (and pg_catalog, information_schema) can be read."));
    }
    Ok(())
}
