//! Introspection of the exposed schemas through a side connection: the relations the role
//! can read, their columns, comments, keys and row estimates, and the values of
//! low-cardinality text columns ([`sample`]). Relations the role cannot SELECT from are
//! left out, so nothing askpg shows a generator is something its queries could not read.

mod sample;

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use tokio_postgres::Client;

use super::corpus::{Column, ForeignKey, Table};
use crate::config::Config;

pub use sample::SensitiveColumns;

/// Bound on one sampling query; a column that takes longer is not sampled.
pub const SAMPLE_TIMEOUT: Duration = Duration::from_secs(2);

/// What to introspect and how to sample.
#[derive(Debug, Clone)]
pub struct IntrospectOptions {
    /// Schemas to read (compared case-insensitively); empty: every non-system schema.
    pub schemas: Vec<String>,
    pub sample_values: bool,
    /// A column is sampled only when it has at most this many distinct non-null values.
    pub max_distinct_values: u32,
    /// Longer values (in characters) are left out of the sample.
    pub max_value_length: u32,
    /// Columns never sampled and marked sensitive.
    pub sensitive: SensitiveColumns,
    /// statement_timeout of each sampling query.
    pub sample_timeout: Duration,
}

impl IntrospectOptions {
    pub fn from_config(config: &Config) -> Self {
        Self {
            schemas: config
                .guard
                .exposed_schemas
                .iter()
                .map(|s| s.to_lowercase())
                .collect(),
            sample_values: config.corpus.sample_values,
            max_distinct_values: config.corpus.max_distinct_values,
            max_value_length: config.corpus.max_value_length,
            sensitive: SensitiveColumns::new(&config.corpus.sensitive_columns),
            sample_timeout: SAMPLE_TIMEOUT,
        }
    }
}

/// Relations of the chosen schemas that the role may SELECT from, with the planner's row
/// estimate, and the size on disk of a table never analyzed (no estimate yet: a database
/// just loaded). Partitions are left out: their partitioned table stands for them.
const RELATIONS: &str = "
SELECT c.oid, n.nspname::text, c.relname::text, c.relkind::text,
       obj_description(c.oid, 'pg_class'), c.reltuples::float8,
       CASE WHEN c.reltuples < 0 AND c.relkind IN ('r', 'm') THEN pg_relation_size(c.oid) END
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f')
  AND NOT c.relispartition
  AND CASE WHEN cardinality($1::text[]) > 0 THEN lower(n.nspname) = ANY($1::text[])
           ELSE n.nspname NOT IN ('pg_catalog', 'information_schema')
                AND n.nspname NOT LIKE 'pg\\_toast%'
                AND n.nspname NOT LIKE 'pg\\_temp\\_%' END
  AND has_schema_privilege(n.oid, 'USAGE')
  AND has_table_privilege(c.oid, 'SELECT')
ORDER BY 2, 3";

/// Columns in order; `text_like` is true for string types and enums (and domains over
/// them), the types whose values are worth sampling.
const COLUMNS: &str = "
SELECT a.attrelid, a.attname::text, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
       col_description(a.attrelid, a.attnum),
       (b.typcategory = 'S' OR b.typtype = 'e') AS text_like
FROM pg_attribute a
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
WHERE a.attrelid = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum";

/// Primary and foreign keys with their columns in key order. Constraints cloned onto
/// partitions (conparentid <> 0) are left out: the parent's constraint stands for them.
const KEYS: &str = "
SELECT con.conrelid, con.contype::text,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
             ORDER BY k.ord),
       con.confrelid,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
             ORDER BY k.ord)
FROM pg_constraint con
WHERE con.conrelid = ANY($1) AND con.contype IN ('p', 'f') AND con.conparentid = 0
ORDER BY con.conrelid, con.contype DESC, con.conname";

/// The leading column of each index of the introspected relations: where an equality
/// lookup of a value is cheap.
const INDEXED: &str = "
SELECT i.indrelid, a.attname::text
FROM pg_index i
JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
WHERE i.indrelid = ANY($1) AND i.indisvalid";

/// A table this small is scanned quickly enough to look a value up without an index.
const SCANNED_ROWS: i64 = 100_000;

/// The readable relations of the chosen schemas, ordered by schema and name.
pub async fn introspect(
    client: &Client,
    options: &IntrospectOptions,
) -> Result<Vec<Table>, tokio_postgres::Error> {
    let (oids, mut tables) = relations(client, options).await?;
    let index: HashMap<u32, usize> = oids.iter().enumerate().map(|(i, &o)| (o, i)).collect();
    let text_like = columns(client, &oids, &index, &mut tables, options).await?;
    keys(client, &oids, &index, &mut tables).await?;
    if options.sample_values {
        sample::sample_columns(client, &oids, &mut tables, &text_like, options).await?;
    }
    searchable(client, &oids, &index, &mut tables, &text_like).await?;
    Ok(tables)
}

/// Marks the text columns whose values a question may name but sampling did not keep
/// (too many of them) and that an equality lookup reads cheaply: the leading column of an
/// index, or any column of a small table. Sensitive columns never are.
async fn searchable(
    client: &Client,
    oids: &[u32],
    index: &HashMap<u32, usize>,
    tables: &mut [Table],
    text_like: &[Vec<bool>],
) -> Result<(), tokio_postgres::Error> {
    let mut indexed: HashSet<(usize, String)> = HashSet::new();
    for row in client.query(INDEXED, &[&oids]).await? {
        if let Some(&t) = index.get(&row.get::<_, u32>(0)) {
            indexed.insert((t, row.get(1)));
        }
    }
    for (t, table) in tables.iter_mut().enumerate() {
        let small = (0..=SCANNED_ROWS).contains(&table.row_estimate);
        for (c, column) in table.columns.iter_mut().enumerate() {
            column.searchable = text_like[t][c]
                && !column.sensitive
                && column.values.is_empty()
                && lookup_type(&column.data_type)
                && (small || indexed.contains(&(t, column.name.clone())));
        }
    }
    Ok(())
}

/// Types compared with a text parameter by equality, using their index: text, varchar,
/// char and citext (enums and domains are left out: a label they lack is an error).
pub fn lookup_type(data_type: &str) -> bool {
    let t = data_type.to_ascii_lowercase();
    t == "text" || t == "citext" || t.starts_with("character") || t.starts_with("varchar")
}

async fn relations(
    client: &Client,
    options: &IntrospectOptions,
) -> Result<(Vec<u32>, Vec<Table>), tokio_postgres::Error> {
    let rows = client.query(RELATIONS, &[&options.schemas]).await?;
    let mut oids = Vec::with_capacity(rows.len());
    let mut tables = Vec::with_capacity(rows.len());
    for row in rows {
        oids.push(row.get::<_, u32>(0));
        let kind = match row.get::<_, &str>(3) {
            "r" => "table",
            "v" => "view",
            "m" => "materialized view",
            "p" => "partitioned table",
            _ => "foreign table",
        };
        tables.push(Table {
            schema: row.get(1),
            name: row.get(2),
            kind: kind.to_owned(),
            comment: row.get(4),
            row_estimate: row_estimate(row.get(5), row.get(6)),
            columns: Vec::new(),
            primary_key: Vec::new(),
            foreign_keys: Vec::new(),
        });
    }
    Ok((oids, tables))
}

/// Bytes of a heap row, headers and alignment included, for a rough estimate of the rows of
/// a table never analyzed.
const ROW_BYTES: i64 = 100;

/// The planner's estimate of a relation's rows; for a table never analyzed (-1), a rough
/// one from its size on disk, so that a freshly loaded small table counts as small; -1
/// (unknown) otherwise.
fn row_estimate(reltuples: f64, bytes: Option<i64>) -> i64 {
    match bytes {
        Some(bytes) if reltuples < 0.0 => (bytes + ROW_BYTES - 1) / ROW_BYTES,
        _ => reltuples.round() as i64,
    }
}

/// Fills in the columns and returns, per table, which columns are text-like.
async fn columns(
    client: &Client,
    oids: &[u32],
    index: &HashMap<u32, usize>,
    tables: &mut [Table],
    options: &IntrospectOptions,
) -> Result<Vec<Vec<bool>>, tokio_postgres::Error> {
    let mut text_like = vec![Vec::new(); tables.len()];
    for row in client.query(COLUMNS, &[&oids]).await? {
        let Some(&t) = index.get(&row.get::<_, u32>(0)) else {
            continue;
        };
        let table = &mut tables[t];
        let name: String = row.get(1);
        let sensitive = options.sensitive.matches(&table.schema, &table.name, &name);
        table.columns.push(Column {
            name,
            data_type: row.get(2),
            nullable: row.get(3),
            comment: row.get(4),
            values: Vec::new(),
            sensitive,
            searchable: false,
            filled: None,
            value_shares: Vec::new(),
        });
        text_like[t].push(row.get::<_, bool>(5));
    }
    Ok(text_like)
}

/// Fills in primary keys and the foreign keys between introspected relations; a foreign
/// key to a relation the role cannot read (or that is not exposed) is left out, like
/// that relation.
async fn keys(
    client: &Client,
    oids: &[u32],
    index: &HashMap<u32, usize>,
    tables: &mut [Table],
) -> Result<(), tokio_postgres::Error> {
    for row in client.query(KEYS, &[&oids]).await? {
        let Some(&t) = index.get(&row.get::<_, u32>(0)) else {
            continue;
        };
        let columns: Vec<String> = row.get(2);
        if row.get::<_, &str>(1) == "p" {
            tables[t].primary_key = columns;
            continue;
        }
        let Some(&r) = index.get(&row.get::<_, u32>(3)) else {
            continue;
        };
        let foreign_key = ForeignKey {
            columns,
            ref_schema: tables[r].schema.clone(),
            ref_table: tables[r].name.clone(),
            ref_columns: row.get(4),
        };
        tables[t].foreign_keys.push(foreign_key);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::row_estimate;

    #[test]
    fn a_table_never_analyzed_is_estimated_from_its_size() {
        assert_eq!(row_estimate(1234.4, None), 1234);
        assert_eq!(row_estimate(0.0, None), 0);
        assert_eq!(row_estimate(-1.0, Some(0)), 0);
        assert_eq!(row_estimate(-1.0, Some(16_384)), 164);
        assert_eq!(row_estimate(-1.0, None), -1);
        assert_eq!(row_estimate(5.0, Some(8192)), 5);
    }
}
