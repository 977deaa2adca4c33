//! Validation of generated SQL: the strict policy (one query, only the relations askpg
//! introspected, a function allowlist, a bounded LIMIT) on top of the guard, then EXPLAIN
//! upstream in a read-only transaction so that PostgreSQL itself checks names and types.

use std::collections::HashSet;
use std::ops::ControlFlow;

use sqlparser::ast::{
    Expr, LimitClause, ObjectName, Query, Statement, TableFactor, Value, Visit, Visitor,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

use super::corpus::Corpus;
use super::Attempt;
use crate::error::sqlstate;
use crate::guard::Guard;

/// Functions generated SQL may call (lower case): aggregates, window functions, date/time,
/// text, math and conversion functions that read nothing but their arguments.
const ALLOWED_FUNCTIONS: &[&str] = &[
    // aggregates
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "stddev",
    "stddev_pop",
    "stddev_samp",
    "variance",
    "var_pop",
    "var_samp",
    "bool_and",
    "bool_or",
    "every",
    "string_agg",
    "array_agg",
    "percentile_cont",
    "percentile_disc",
    "mode",
    "corr",
    "covar_pop",
    "covar_samp",
    "regr_slope",
    "regr_intercept",
    "json_agg",
    "jsonb_agg",
    "json_object_agg",
    "jsonb_object_agg",
    // window functions
    "row_number",
    "rank",
    "dense_rank",
    "percent_rank",
    "cume_dist",
    "ntile",
    "lag",
    "lead",
    "first_value",
    "last_value",
    "nth_value",
    // conditionals and comparisons
    "coalesce",
    "nullif",
    "greatest",
    "least",
    // math
    "abs",
    "round",
    "trunc",
    "ceil",
    "ceiling",
    "floor",
    "power",
    "sqrt",
    "cbrt",
    "exp",
    "ln",
    "log",
    "log10",
    "mod",
    "sign",
    "div",
    "width_bucket",
    // date and time
    "date_trunc",
    "date_part",
    "extract",
    "age",
    "make_date",
    "make_interval",
    "make_timestamp",
    "to_char",
    "to_date",
    "to_timestamp",
    "to_number",
    "date_bin",
    "justify_days",
    "justify_hours",
    "justify_interval",
    "isfinite",
    "generate_series",
    // text
    "lower",
    "upper",
    "initcap",
    "length",
    "char_length",
    "character_length",
    "concat",
    "concat_ws",
    "substring",
    "substr",
    "left",
    "right",
    "trim",
    "btrim",
    "ltrim",
    "rtrim",
    "replace",
    "position",
    "strpos",
    "split_part",
    "lpad",
    "rpad",
    "format",
    "regexp_replace",
    "regexp_match",
    "regexp_matches",
    "starts_with",
    "reverse",
    "repeat",
    "translate",
    "md5",
    // json
    "json_build_object",
    "jsonb_build_object",
    "json_build_array",
    "jsonb_build_array",
    "jsonb_extract_path_text",
    "json_extract_path_text",
    "jsonb_array_length",
    "json_array_length",
    "to_json",
    "to_jsonb",
    // arrays
    "array_length",
    "cardinality",
    "unnest",
    "array_to_string",
    "array_position",
    // casts written as calls
    "cast",
    "numeric",
    "int4",
    "int8",
    "float8",
    "text",
    "date",
];

/// Special expressions sqlparser shows as functions that need no allowlist entry.
const SQL_KEYWORD_FUNCTIONS: &[&str] = &[
    "current_date",
    "current_timestamp",
    "localtimestamp",
    "now",
    "current_time",
    "localtime",
];

/// Checks generated SQL against the guard and the strict policy and returns the SQL to
/// run: trimmed, with a LIMIT of at most `max_rows`. The error is the rejection to give
/// back to the generator.
pub fn check_generated(
    guard: &Guard,
    corpus: &Corpus,
    sql: &str,
    max_rows: u64,
) -> Result<String, Attempt> {
    let sql = sql.trim().trim_end_matches(';').trim_end().to_owned();
    let reject = |code: &str, error: String| Attempt {
        sql: sql.clone(),
        code: code.to_owned(),
        error,
    };
    if sql.is_empty() {
        return Err(reject(
            sqlstate::SYNTAX_ERROR,
            "the answer holds no SQL".into(),
        ));
    }
    let statements = Parser::parse_sql(&PostgreSqlDialect {}, &sql)
        .map_err(|e| reject(sqlstate::SYNTAX_ERROR, format!("SQL does not parse: {e}")))?;
    let [Statement::Query(query)] = statements.as_slice() else {
        return Err(reject(
            sqlstate::INSUFFICIENT_PRIVILEGE,
            format!(
                "generated SQL must be exactly one SELECT query, got {} statement(s)",
                statements.len()
            ),
        ));
    };
    if let Err(err) = guard.check(&sql) {
        return Err(reject(err.code, err.message.clone()));
    }
    let mut policy = Policy {
        corpus,
        ctes: HashSet::new(),
    };
    collect_ctes(query, &mut policy.ctes);
    if let ControlFlow::Break(error) = query.visit(&mut policy) {
        return Err(reject(sqlstate::INSUFFICIENT_PRIVILEGE, error));
    }
    Ok(bound_limit(&sql, query, max_rows))
}

struct Policy<'a> {
    corpus: &'a Corpus,
    ctes: HashSet<String>,
}

fn collect_ctes(query: &Query, names: &mut HashSet<String>) {
    struct Ctes<'a>(&'a mut HashSet<String>);
    impl Visitor for Ctes<'_> {
        type Break = ();
        fn pre_visit_query(&mut self, query: &Query) -> ControlFlow<()> {
            if let Some(with) = &query.with {
                for cte in &with.cte_tables {
                    self.0.insert(cte.alias.name.value.to_lowercase());
                }
            }
            ControlFlow::Continue(())
        }
    }
    let _ = query.visit(&mut Ctes(names));
}

fn name_parts(name: &ObjectName) -> Vec<String> {
    name.0
        .iter()
        .filter_map(|p| p.as_ident())
        .map(|i| i.value.to_lowercase())
        .collect()
}

impl Visitor for Policy<'_> {
    type Break = String;

    fn pre_visit_table_factor(&mut self, factor: &TableFactor) -> ControlFlow<String> {
        if let TableFactor::Table { name, args, .. } = factor {
            let parts = name_parts(name);
            if args.is_some() {
                return check_function(&parts);
            }
            let known = match parts.as_slice() {
                [one] => self.ctes.contains(one) || self.corpus.table(one).is_some(),
                [.., schema, table] => self.corpus.table(&format!("{schema}.{table}")).is_some(),
                [] => true,
            };
            if !known {
                return ControlFlow::Break(format!(
                    "relation {} is not one of the tables askpg may query; use only the tables in the schema context",
                    parts.join(".")
                ));
            }
        }
        if let TableFactor::Function { name, .. } = factor {
            return check_function(&name_parts(name));
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, expr: &Expr) -> ControlFlow<String> {
        if let Expr::Function(function) = expr {
            return check_function(&name_parts(&function.name));
        }
        ControlFlow::Continue(())
    }
}

fn check_function(parts: &[String]) -> ControlFlow<String> {
    let name = parts.last().map(String::as_str).unwrap_or_default();
    let schema_ok = parts.len() == 1 || (parts.len() == 2 && parts[0] == "pg_catalog");
    if schema_ok && (ALLOWED_FUNCTIONS.contains(&name) || SQL_KEYWORD_FUNCTIONS.contains(&name)) {
        return ControlFlow::Continue(());
    }
    ControlFlow::Break(format!(
        "function {}() is not allowed in generated SQL; use standard aggregates, date/time, text and math functions",
        parts.join(".")
    ))
}

/// Adds `LIMIT max_rows` when the query has none, and lowers a larger or non-constant one.
fn bound_limit(sql: &str, query: &Query, max_rows: u64) -> String {
    if query.fetch.is_some() {
        return format!("SELECT * FROM (\n{sql}\n) AS askpg_bounded LIMIT {max_rows}");
    }
    let limit = match &query.limit_clause {
        None => return format!("{sql}\nLIMIT {max_rows}"),
        Some(LimitClause::LimitOffset { limit: None, .. }) => {
            return format!("{sql}\nLIMIT {max_rows}")
        }
        Some(LimitClause::LimitOffset {
            limit: Some(limit), ..
        })
        | Some(LimitClause::OffsetCommaLimit { limit, .. }) => limit,
    };
    let constant = match limit {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse::<u64>().ok(),
            _ => None,
        },
        _ => None,
    };
    match constant {
        Some(n) if n <= max_rows => sql.to_owned(),
        _ => format!("SELECT * FROM (\n{sql}\n) AS askpg_bounded LIMIT {max_rows}"),
    }
}

/// EXPLAIN of `sql` on the upstream inside a read-only transaction that is rolled back:
/// PostgreSQL checks names, types and permissions without running the query.
pub async fn explain(client: &tokio_postgres::Client, sql: &str) -> Result<(), Attempt> {
    let reject = |code: &str, error: String| Attempt {
        sql: sql.to_owned(),
        code: code.to_owned(),
        error,
    };
    let script = format!("BEGIN READ ONLY;\nEXPLAIN {sql};");
    let result = client.simple_query(&script).await;
    let _ = client.simple_query("ROLLBACK").await;
    match result {
        Ok(_) => Ok(()),
        Err(err) => match err.as_db_error() {
            Some(db) => {
                let mut message = db.message().to_owned();
                if let Some(hint) = db.hint() {
                    message.push_str(&format!(" (hint: {hint})"));
                }
                Err(reject(db.code().code(), message))
            }
            None => Err(reject(
                sqlstate::CONNECTION_FAILURE,
                format!("the upstream could not check the SQL: {err}"),
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::corpus::Table;

    fn corpus() -> Corpus {
        let table = |name: &str| Table {
            schema: "public".into(),
            name: name.into(),
            kind: "table".into(),
            comment: None,
            row_estimate: 10,
            columns: Vec::new(),
            primary_key: Vec::new(),
            foreign_keys: Vec::new(),
        };
        Corpus {
            tables: vec![table("orders"), table("customers")],
            ..Default::default()
        }
    }

    fn check(sql: &str) -> Result<String, Attempt> {
        let guard = Guard::new(&crate::config::GuardConfig::default());
        check_generated(&guard, &corpus(), sql, 100)
    }

    #[test]
    fn adds_or_lowers_the_limit() {
        assert_eq!(
            check("SELECT count(*) FROM orders;").unwrap(),
            "SELECT count(*) FROM orders\nLIMIT 100"
        );
        assert_eq!(
            check("SELECT * FROM orders ORDER BY 1 LIMIT 5").unwrap(),
            "SELECT * FROM orders ORDER BY 1 LIMIT 5"
        );
        assert!(check("SELECT * FROM orders LIMIT 5000")
            .unwrap()
            .ends_with("AS askpg_bounded LIMIT 100"));
        assert!(
            check("WITH x AS (SELECT 1 AS a FROM orders) SELECT a FROM x")
                .unwrap()
                .ends_with("LIMIT 100")
        );
    }

    #[test]
    fn refuses_what_the_strict_policy_forbids() {
        for (sql, needle) in [
            ("SELECT 1; SELECT 2", "exactly one"),
            ("SET search_path = x", "exactly one"),
            ("SELECT * FROM payroll", "payroll"),
            ("SELECT * FROM pg_catalog.pg_authid", "pg_authid"),
            ("SELECT pg_read_file('x') FROM orders", "pg_read_file"),
            ("SELECT version()", "version"),
            ("SELECT txid_current()", "txid_current"),
            ("DELETE FROM orders", "exactly one"),
            ("SELECT * FROM orders FOR UPDATE", "lock"),
            ("", "no SQL"),
        ] {
            let err = check(sql).unwrap_err();
            assert!(err.error.contains(needle), "{sql}: {}", err.error);
        }
        assert!(
            check("SELECT date_trunc('month', now()), count(*) FROM orders GROUP BY 1").is_ok()
        );
    }
}
