//! Value sampling: the distinct values of low-cardinality text columns, most frequent
//! first, so a generator can match "from Brazil" to `country = 'Brazil'`. Sensitive
//! columns are never read.

use std::collections::HashMap;

use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, SimpleQueryMessage};

use super::IntrospectOptions;
use crate::ask::corpus::Table;

/// Planner statistics of the introspected columns: `n_distinct` and `null_frac` per
/// (relation, column). For a partitioned table only the statistics over its whole
/// hierarchy exist.
const DISTINCT_STATS: &str = "
SELECT c.oid, s.attname::text, s.n_distinct::float8, s.null_frac::float8
FROM pg_stats s
JOIN pg_namespace n ON n.nspname = s.schemaname
JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename
WHERE c.oid = ANY($1) AND s.inherited = (c.relkind = 'p')";

/// Fills in `values` (and their shares) of every text-like, non-sensitive column that has
/// at most `max_distinct_values` distinct values, and the share of rows each analyzed
/// column fills.
pub(super) async fn sample_columns(
    client: &Client,
    oids: &[u32],
    tables: &mut [Table],
    text_like: &[Vec<bool>],
    options: &IntrospectOptions,
) -> Result<(), tokio_postgres::Error> {
    let stats: HashMap<(u32, String), (f64, f64)> = client
        .query(DISTINCT_STATS, &[&oids])
        .await?
        .into_iter()
        .map(|row| ((row.get(0), row.get(1)), (row.get(2), row.get(3))))
        .collect();
    let limit = options.max_distinct_values as usize;
    for (t, table) in tables.iter_mut().enumerate() {
        for column in &mut table.columns {
            if let Some((_, null_frac)) = stats.get(&(oids[t], column.name.clone())) {
                column.filled = Some((1.0 - null_frac) as f32);
            }
        }
        for (c, text) in text_like[t].iter().enumerate() {
            let column = &table.columns[c];
            // An analyzed empty table has nothing to sample: one query saved per column.
            if !text || column.sensitive || limit == 0 || table.row_estimate == 0 {
                continue;
            }
            let n_distinct = stats.get(&(oids[t], column.name.clone())).map(|s| s.0);
            if estimated_distinct(n_distinct, table.row_estimate) > Some(2.0 * limit as f64) {
                continue;
            }
            let Some(values) = distinct_values(client, table, c, options).await? else {
                continue;
            };
            let rows: u64 = values.iter().map(|(_, n)| n).sum();
            let kept = values
                .into_iter()
                .filter(|(v, _)| v.chars().count() <= options.max_value_length as usize);
            let (kept, shares): (Vec<String>, Vec<f32>) = kept
                .map(|(v, n)| (v, n as f32 / rows.max(1) as f32))
                .unzip();
            table.columns[c].values = kept;
            table.columns[c].value_shares = shares;
        }
    }
    Ok(())
}

/// What `pg_stats.n_distinct` says: a count when positive, a fraction of the rows when
/// negative, nothing known when zero or absent.
fn estimated_distinct(n_distinct: Option<f64>, row_estimate: i64) -> Option<f64> {
    match n_distinct? {
        n if n > 0.0 => Some(n),
        n if n < 0.0 && row_estimate > 0 => Some(-n * row_estimate as f64),
        _ => None,
    }
}

/// The column's distinct non-null values with their number of rows, most frequent first,
/// or `None` when there are more than allowed or the query did not finish within the
/// sampling timeout.
async fn distinct_values(
    client: &Client,
    table: &Table,
    column: usize,
    options: &IntrospectOptions,
) -> Result<Option<Vec<(String, u64)>>, tokio_postgres::Error> {
    let limit = options.max_distinct_values as usize;
    let name = &table.columns[column].name;
    let select = format!(
        "SELECT {col}::text, count(*) FROM {schema}.{table} WHERE {col} IS NOT NULL \
         GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT {more}",
        col = quoted(name),
        schema = quoted(&table.schema),
        table = quoted(&table.name),
        more = limit + 1,
    );
    let begin = format!(
        "BEGIN READ ONLY; SET LOCAL statement_timeout = {}",
        options.sample_timeout.as_millis().max(1)
    );
    // Three messages pipelined on the connection: one round trip, and the timeout is
    // local to this transaction whatever the session's own setting.
    let (begun, selected, ended) = tokio::join!(
        client.batch_execute(&begin),
        client.simple_query(&select),
        client.batch_execute("ROLLBACK"),
    );
    begun?;
    ended?;
    let where_ = format!("{}.{}.{}", table.schema, table.name, name);
    let messages = match selected {
        Ok(messages) => messages,
        Err(err) if err.code() == Some(&SqlState::QUERY_CANCELED) => {
            tracing::debug!(column = %where_, timeout = ?options.sample_timeout, "value sampling timed out; column not sampled");
            return Ok(None);
        }
        Err(err) if err.as_db_error().is_some() => {
            tracing::warn!(column = %where_, error = %err, "value sampling failed; column not sampled");
            return Ok(None);
        }
        Err(err) => return Err(err),
    };
    let values: Vec<(String, u64)> = messages
        .iter()
        .filter_map(|m| match m {
            SimpleQueryMessage::Row(row) => {
                let count = row.get(1).and_then(|n| n.parse().ok()).unwrap_or(0);
                row.get(0).map(|v| (v.to_owned(), count))
            }
            _ => None,
        })
        .collect();
    Ok((values.len() <= limit).then_some(values))
}

/// An identifier in double quotes, always: correct for any name, keywords included.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Column patterns from `corpus.sensitive_columns`: `column`, `table.column` or
/// `schema.table.column`, case-insensitive, where `*` matches any run of characters
/// (so a lone `*` matches any name).
#[derive(Debug, Clone, Default)]
pub struct SensitiveColumns {
    /// (schema, table, column) globs in lower case; `None` matches any name.
    patterns: Vec<[Option<String>; 3]>,
}

impl SensitiveColumns {
    pub fn new(patterns: &[String]) -> Self {
        let patterns = patterns
            .iter()
            .filter_map(|pattern| {
                let parts: Vec<String> = pattern
                    .trim()
                    .split('.')
                    .map(|p| p.trim().to_lowercase())
                    .collect();
                if parts.iter().any(String::is_empty) || parts.len() > 3 {
                    tracing::warn!(%pattern, "corpus.sensitive_columns: not column, table.column or schema.table.column; ignored");
                    return None;
                }
                let mut full = [None, None, None];
                for (slot, part) in full[3 - parts.len()..].iter_mut().zip(parts) {
                    *slot = Some(part);
                }
                Some(full)
            })
            .collect();
        Self { patterns }
    }

    pub fn matches(&self, schema: &str, table: &str, column: &str) -> bool {
        let names = [
            schema.to_lowercase(),
            table.to_lowercase(),
            column.to_lowercase(),
        ];
        self.patterns.iter().any(|pattern| {
            pattern
                .iter()
                .zip(&names)
                .all(|(p, name)| p.as_deref().is_none_or(|p| glob(p, name)))
        })
    }
}

/// `*` matches any run of characters; everything else matches itself.
fn glob(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let name: Vec<char> = name.chars().collect();
    let (mut p, mut n) = (0, 0);
    // Where the last `*` was, and the name position it is currently standing for.
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, n));
            p += 1;
        } else if p < pattern.len() && pattern[p] == name[n] {
            p += 1;
            n += 1;
        } else if let Some((sp, sn)) = star {
            p = sp + 1;
            n = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_patterns_match_by_part_case_insensitively() {
        let s = SensitiveColumns::new(&[
            "*.email".into(),
            "public.Customers.Phone".into(),
            "hr.*.*".into(),
            "ssn".into(),
            "teams.owner_*".into(),
            "bad..pattern".into(),
        ]);
        assert!(s.matches("public", "customers", "email"));
        assert!(s.matches("sales", "Leads", "EMAIL"));
        assert!(!s.matches("public", "customers", "email_verified"));
        assert!(s.matches("public", "customers", "phone"));
        assert!(!s.matches("crm", "customers", "phone"));
        assert!(s.matches("hr", "salaries", "amount"));
        assert!(s.matches("any", "people", "ssn"));
        assert!(s.matches("public", "teams", "owner_email"));
        assert!(s.matches("public", "teams", "owner_name"));
        assert!(!s.matches("public", "teams", "team_name"));
        assert!(!s.matches("bad", "", "pattern"));
        assert!(!SensitiveColumns::new(&[]).matches("public", "t", "c"));
    }

    #[test]
    fn glob_handles_stars_anywhere() {
        assert!(glob("*", ""));
        assert!(glob("*", "anything"));
        assert!(glob("a*c", "abbbc"));
        assert!(glob("*_id", "customer_id"));
        assert!(!glob("*_id", "customer_idx"));
        assert!(glob("a*b*c", "aXbYbZc"));
        assert!(!glob("abc", "abcd"));
    }

    #[test]
    fn estimates_come_from_counts_or_fractions() {
        assert_eq!(estimated_distinct(Some(4.0), 1000), Some(4.0));
        assert_eq!(estimated_distinct(Some(-1.0), 2000), Some(2000.0));
        assert_eq!(estimated_distinct(Some(-0.5), -1), None);
        assert_eq!(estimated_distinct(Some(0.0), 10), None);
        assert_eq!(estimated_distinct(None, 10), None);
    }

    #[test]
    fn identifiers_are_always_quoted() {
        assert_eq!(quoted("order"), "\"order\"");
        assert_eq!(quoted("My \"Table\""), "\"My \"\"Table\"\"\"");
    }
}
