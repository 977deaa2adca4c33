//! The schema as the question engine sees it: each table's words, key, label column and
//! columns by role (keys, numbers, times, text), the foreign-key edges between tables, and
//! the glossary terms sorted into measures, dimensions and conditions.

use std::collections::VecDeque;

use crate::ask::corpus::{Corpus, Table};
use crate::ask::vocab::{identifier_words, stem, table_words, Segmenter};

mod inferred;
use inferred::inferred_edges;
mod labels;
use labels::label_column;
mod modules;
use modules::modules;
mod terms;
use terms::term_kind;
mod typed;
mod values;

/// What a column can stand for in a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A key or a foreign key: joins, never a measure.
    Key,
    Number,
    Time,
    Text,
    Other,
}

#[derive(Debug, Clone)]
pub struct ColumnModel {
    pub name: String,
    /// Stemmed words of the name.
    pub words: Vec<String>,
    pub role: Role,
    /// As PostgreSQL formats it.
    pub data_type: String,
    /// The values sampled of a text column with few, most frequent first.
    pub values: Vec<String>,
    /// Whether it may be NULL.
    pub nullable: bool,
    /// The share of rows that hold a value, when the table was analyzed.
    pub filled: Option<f32>,
    /// For each of `values`, the share of the rows with a value that hold it (empty when
    /// not known).
    pub shares: Vec<f32>,
    /// A yes/no kept as a number (`is_active smallint`, 0 or 1), read as a flag.
    pub number_flag: bool,
    /// A time kept as Unix epoch seconds (`created_epoch bigint`): read as the timestamp
    /// it stands for (`data_type` says so), and written `to_timestamp(…)`.
    pub epoch: bool,
    /// A date kept as an integer `yyyymmdd` (`lesson_date_key integer`, 20240315), as a
    /// warehouse loader leaves it without a calendar table: read as the date it stands
    /// for, and written `to_date(…::text, 'YYYYMMDD')`.
    pub date_key: bool,
}

#[derive(Debug, Clone)]
pub struct TableModel {
    /// The name used as alias in generated SQL (quoted where needed).
    pub alias: String,
    pub qualified: String,
    /// `schema.name` unquoted, as value sources name it.
    pub plain: String,
    pub name: String,
    /// Stemmed words of the name ("order_lines" → order, line).
    pub words: Vec<String>,
    /// The words of the name as spelled, in lower case ("shipping", "line"): a stem
    /// ("ship") may be another word.
    pub spelled: Vec<String>,
    /// The single-column primary key.
    pub key: Option<String>,
    /// The columns that name a row (`product_name`; `title`; `first_name`, `last_name`);
    /// empty when none does.
    pub label: Vec<String>,
    pub columns: Vec<ColumnModel>,
    /// The column an application marks a row removed with instead of deleting it
    /// (Laravel's `deleted_at`, a `discarded_at`, an `is_deleted` flag): rows marked so
    /// are gone for every question that does not ask about them.
    pub removed: Option<String>,
    /// The flag that marks the current version of a row kept in several versions (a
    /// warehouse's slowly changing dimension: `is_current` beside `valid_from`).
    pub current_version: Option<String>,
    /// The first of `words` only names the module that owns the table (`ops_` of
    /// `ops_downtime_events`, shared by other tables, naming none): the rest names it too.
    pub module: bool,
}

/// A foreign key: `child.columns` reference `parent.ref_columns`.
#[derive(Debug, Clone)]
pub struct Edge {
    pub child: usize,
    pub columns: Vec<String>,
    pub parent: usize,
    pub ref_columns: Vec<String>,
}

/// What a glossary term is, read from its SQL.
#[derive(Debug, Clone, PartialEq)]
pub enum TermKind {
    /// An aggregate expression over `tables`.
    Measure { sql: String, tables: Vec<usize> },
    /// One column (`customers.segment`).
    Dimension { table: usize, column: String },
    /// A row condition on `tables`, without dates.
    Condition { sql: String, tables: Vec<usize> },
    /// A condition on one date column (`column`, as `table.column` in `sql`) that holds
    /// of any date: a day of the week, a season.
    TimeCondition { sql: String, column: String },
    /// Anything else (an ORDER BY, a window, a fixed period): not used by the engine.
    Other,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub tables: Vec<TableModel>,
    pub edges: Vec<Edge>,
    pub terms: Vec<TermKind>,
}

impl Model {
    pub fn build(corpus: &Corpus) -> Model {
        let segmenter = corpus.segmenter();
        // One-word names by their first three letters: one begins another only where they
        // share them (warehouses hold thousands of tables).
        let mut one_word: std::collections::HashMap<String, Vec<String>> =
            std::collections::HashMap::new();
        for t in &corpus.tables {
            if let [one] = &table_words(&t.name)[..] {
                let one = one.to_lowercase();
                one_word.entry(opening(&one)).or_default().push(one);
            }
        }
        // (Stemmed once: warehouses hold thousands of tables.)
        let column_names: std::collections::HashSet<String> = corpus
            .tables
            .iter()
            .flat_map(|t| {
                t.columns
                    .iter()
                    .map(|c| stem(&c.name.to_lowercase().replace('_', "")))
            })
            .collect();
        let mut tables: Vec<TableModel> = corpus
            .tables
            .iter()
            .map(|t| table_model(t, &segmenter, &one_word, &column_names))
            .collect();
        // `ticketing.orders` beside `ops.orders`: a name two schemas share is told apart
        // by its schema's words ("ticket orders").
        // (Counted once per name: warehouses hold thousands of tables.)
        let mut schemas: std::collections::HashMap<&str, std::collections::HashSet<&str>> =
            std::collections::HashMap::new();
        for table in &corpus.tables {
            schemas
                .entry(&table.name)
                .or_default()
                .insert(&table.schema);
        }
        for (k, table) in corpus.tables.iter().enumerate() {
            if schemas[table.name.as_str()].len() > 1 {
                let mut words = stemmed(&table.schema);
                words.append(&mut tables[k].words);
                tables[k].words = words;
            }
        }
        modules(&mut tables);
        let mut edges = Vec::new();
        for (child, table) in corpus.tables.iter().enumerate() {
            for fk in &table.foreign_keys {
                let parent = corpus
                    .tables
                    .iter()
                    .position(|t| t.schema == fk.ref_schema && t.name == fk.ref_table);
                if let Some(parent) = parent {
                    edges.push(Edge {
                        child,
                        columns: fk.columns.clone(),
                        parent,
                        ref_columns: fk.ref_columns.clone(),
                    });
                }
            }
        }
        edges.extend(inferred_edges(&corpus.tables, &tables));
        // `brnch_id` refers to `branches`.
        for edge in &edges {
            let parent = tables[edge.parent].words.clone();
            for c in tables[edge.child]
                .columns
                .iter_mut()
                .filter(|c| edge.columns.contains(&c.name))
            {
                spell_out(&mut c.words, &parent);
            }
        }
        let edges = without_role_edges(edges);
        let terms = corpus
            .glossary
            .iter()
            .map(|g| term_kind(corpus, g.sql.as_deref(), &g.columns))
            .collect();
        Model {
            tables,
            edges,
            terms,
        }
    }

    /// The columns of `tables` that `keep` keeps.
    /// The tables whose rows refer to `t`'s, in order, each once.
    pub fn children(&self, t: usize) -> Vec<usize> {
        let mut children: Vec<usize> = self
            .edges
            .iter()
            .filter(|e| e.parent == t && e.child != t)
            .map(|e| e.child)
            .collect();
        children.sort_unstable();
        children.dedup();
        children
    }

    /// The columns of this schema a value was found in.
    pub fn source_columns(
        &self,
        sources: &[crate::ask::literals::ValueSource],
    ) -> Vec<super::ColumnRef> {
        sources
            .iter()
            .filter_map(|s| {
                let t = self.tables.iter().position(|t| t.plain == s.table)?;
                Some(super::ColumnRef {
                    table: t,
                    column: s.column.clone(),
                })
            })
            .collect()
    }

    pub fn columns_where(
        &self,
        tables: &[usize],
        keep: impl Fn(&ColumnModel) -> bool,
    ) -> Vec<super::ColumnRef> {
        tables
            .iter()
            .flat_map(|&t| {
                self.tables[t]
                    .columns
                    .iter()
                    .filter(|c| keep(c))
                    .map(move |c| super::ColumnRef {
                        table: t,
                        column: c.name.clone(),
                    })
            })
            .collect()
    }

    /// The column `name` of table `t`.
    pub fn column(&self, t: usize, name: &str) -> Option<&ColumnModel> {
        self.tables[t].columns.iter().find(|c| c.name == name)
    }

    /// The foreign key named by its role `word` (`destination_airport_id` for
    /// "destination", `home_club_id` for "home"): the one whose column, less the referenced
    /// table's name and "id", is that word.
    pub fn role_edge(&self, word: &str) -> Option<usize> {
        let named: Vec<usize> = (0..self.edges.len())
            .filter(|&e| {
                let edge = &self.edges[e];
                let [column] = &edge.columns[..] else {
                    return false;
                };
                let siblings = self
                    .edges
                    .iter()
                    .filter(|o| o.child == edge.child && o.parent == edge.parent)
                    .count();
                let Some(words) = self.column(edge.child, column).map(|c| &c.words) else {
                    return false;
                };
                let words = words.strip_suffix(&["id".to_owned()]).unwrap_or(words);
                let parent = &self.tables[edge.parent].words;
                let role = words.strip_suffix(&parent[..]).unwrap_or(words);
                // `category_id` of `courses_category` names its table, not a role.
                siblings >= 1 && role.len() == 1 && role[0] == word && !parent.ends_with(role)
            })
            .collect();
        match named[..] {
            [e] => Some(e),
            _ => None,
        }
    }

    /// The tables around the one table of lines (a quantity and two parents: one dated,
    /// the other not): the dated parent is what the lines make up (an order, a ticket, a
    /// sale), the other what they list (a product, a dish). None without exactly one.
    pub fn line_parents(&self) -> Option<(usize, usize)> {
        // Dated by an event of its own: no framework's `created_at` or `updated_at`.
        let dated = |t: usize| {
            self.tables[t].columns.iter().any(|c| {
                c.role == Role::Time
                    && !super::periods::is_bookkeeping(&c.words)
                    && !super::periods::is_framework_created(&c.name)
            })
        };
        let found: Vec<(usize, usize)> = (0..self.tables.len())
            .filter(|&t| {
                self.tables[t].columns.iter().any(|c| {
                    c.role == Role::Number && c.words.iter().any(|w| w == "quantity" || w == "qty")
                })
            })
            .filter_map(|t| {
                let parents: Vec<usize> = self
                    .edges
                    .iter()
                    .filter(|e| e.child == t && e.parent != t)
                    .map(|e| e.parent)
                    .collect();
                match parents[..] {
                    [a, b] if dated(a) && !dated(b) => Some((a, b)),
                    [a, b] if dated(b) && !dated(a) => Some((b, a)),
                    _ => None,
                }
            })
            .collect();
        match found[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// This model without the foreign keys that parallel the ones chosen by their role
    /// (the same child and parent), so that paths go along the chosen ones.
    pub fn with_roles(&self, chosen: &[usize]) -> Model {
        let edges = self
            .edges
            .iter()
            .enumerate()
            .filter(|(e, edge)| {
                chosen.contains(e)
                    || !chosen.iter().any(|&c| {
                        self.edges[c].child == edge.child && self.edges[c].parent == edge.parent
                    })
            })
            .map(|(_, edge)| edge.clone())
            .collect();
        Model {
            tables: self.tables.clone(),
            edges,
            terms: self.terms.clone(),
        }
    }

    /// The tables the shortest foreign-key path from `from` to `to` walks through, `to`
    /// included and `from` not; None without one such path.
    pub fn path_tables(&self, from: usize, to: usize) -> Option<Vec<usize>> {
        let path = self.paths(from).get(to).cloned().flatten()?;
        let tables = path
            .into_iter()
            .map(|(e, upward)| {
                let edge = &self.edges[e];
                if upward {
                    edge.parent
                } else {
                    edge.child
                }
            })
            .collect();
        Some(tables)
    }

    /// The tables reachable from `from` over foreign keys, each with the edges of its
    /// shortest path (in walking order, with whether each edge is walked child → parent);
    /// None for a table reached by two different shortest paths.
    pub fn paths(&self, from: usize) -> Vec<Option<Vec<(usize, bool)>>> {
        let n = self.tables.len();
        let mut paths: Vec<Option<Vec<(usize, bool)>>> = vec![None; n];
        let mut depth = vec![usize::MAX; n];
        let mut ambiguous = vec![false; n];
        paths[from] = Some(Vec::new());
        depth[from] = 0;
        let mut queue = VecDeque::from([from]);
        while let Some(t) = queue.pop_front() {
            let here = paths[t].clone().unwrap_or_default();
            for (e, edge) in self.edges.iter().enumerate() {
                let (next, upward) = match (edge.child == t, edge.parent == t) {
                    (true, _) => (edge.parent, true),
                    (_, true) => (edge.child, false),
                    _ => continue,
                };
                if depth[next] == usize::MAX {
                    depth[next] = depth[t] + 1;
                    let mut path = here.clone();
                    path.push((e, upward));
                    paths[next] = Some(path);
                    ambiguous[next] = ambiguous[t];
                    queue.push_back(next);
                } else if depth[next] == depth[t] + 1 && next != t {
                    ambiguous[next] = true;
                }
            }
        }
        for (t, path) in paths.iter_mut().enumerate() {
            if ambiguous[t] {
                *path = None;
            }
        }
        paths
    }
}

/// Of two foreign keys between the same two tables (`film.language_id` and
/// `film.original_language_id`), the one named as the key it references is the table's
/// plain link; the other names a role and is left out of the paths. Without such a plain
/// link, both stay (and paths between the tables are ambiguous).
fn without_role_edges(edges: Vec<Edge>) -> Vec<Edge> {
    let plain = |e: &Edge| e.columns == e.ref_columns;
    edges
        .iter()
        .filter(|e| {
            plain(e)
                || !edges.iter().any(|o| {
                    o.child == e.child && o.parent == e.parent && !std::ptr::eq(*e, o) && plain(o)
                })
        })
        .cloned()
        .collect()
}

/// The first three letters of a name.
fn opening(name: &str) -> String {
    name.chars().take(3).collect()
}

fn table_model(
    table: &Table,
    segmenter: &Segmenter,
    one_word: &std::collections::HashMap<String, Vec<String>>,
    columns_named: &std::collections::HashSet<String>,
) -> TableModel {
    let key = match &table.primary_key[..] {
        [one] => Some(one.clone()),
        _ => None,
    };
    let fk_columns: Vec<&String> = table.foreign_keys.iter().flat_map(|f| &f.columns).collect();
    let columns = table
        .columns
        .iter()
        .map(|c| {
            let identifier = ["_id", "_code", "_number", "_no", "_key", "_uuid"]
                .iter()
                .any(|suffix| c.name.ends_with(suffix));
            // A text key that is a name (`product_line`) is a dimension too.
            // (A date in a key, as a partitioned table's key holds its partition's date,
            // is a date.)
            let named_key = matches!(role_of(&c.data_type), Role::Text | Role::Time) && !identifier;
            let is_key = (table.primary_key.contains(&c.name) || fk_columns.contains(&&c.name))
                && !named_key
                || c.name.ends_with("_id")
                || c.name == "id";
            // `created_epoch bigint`, `paid_unix`: seconds since 1970, a time.
            let words: Vec<String> = segmenter.words(&c.name).iter().map(|w| stem(w)).collect();
            let epoch = role_of(&c.data_type) == Role::Number
                && !is_key
                && words.iter().any(|w| matches!(w.as_str(), "epoch" | "unix"));
            let date_key = !is_key && !epoch && is_date_key(&c.data_type, &words);
            let words = match date_key {
                // "lesson date key": the lesson date.
                true => words
                    .into_iter()
                    .filter(|w| !matches!(w.as_str(), "key" | "id" | "int" | "yyyymmdd"))
                    .collect(),
                false => words,
            };
            ColumnModel {
                name: c.name.clone(),
                words,
                data_type: match (epoch, date_key) {
                    (true, _) => "timestamp with time zone".into(),
                    (_, true) => "date".into(),
                    _ => c.data_type.clone(),
                },
                epoch,
                date_key,
                values: c.values.clone(),
                nullable: c.nullable,
                filled: c.filled,
                shares: c.value_shares.clone(),
                number_flag: false,
                role: match role_of(&c.data_type) {
                    _ if is_key => Role::Key,
                    _ if epoch || date_key => Role::Time,
                    // An enum (`lot_status`) holds text values, sampled as text's are.
                    Role::Other if !c.values.is_empty() || c.searchable => Role::Text,
                    role => role,
                },
            }
        })
        .collect::<Vec<_>>();
    // `brnch_nm` of `branches` is the branch's name.
    let mut spelled: Vec<String> = table_words(&table.name)
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    // (Not a table of the values a column of that name holds: `productlines` beside
    // `products.productLine` is read as that column's words run together.)
    if let [one] = &spelled[..] {
        let lookup = columns_named.contains(&stem(one));
        let near = one_word.get(&opening(one)).map_or(&[][..], Vec::as_slice);
        if let Some(parts) = segmenter.table_parts(one, near).filter(|_| !lookup) {
            spelled = parts;
        }
    }
    let own_words: Vec<String> = spelled.iter().map(|w| stem(w)).collect();
    let mut columns = columns;
    for c in &mut columns {
        spell_out(&mut c.words, &own_words);
    }
    typed::table_prefix(&mut columns, &own_words);
    typed::type_prefixes(&mut columns);
    let label = label_column(table, &columns);
    typed::number_flags(&mut columns);
    let current_version = typed::current_version(&columns);
    let removed = columns
        .iter()
        .find(|c| typed::marks_removed(&c.name, &c.data_type, c.nullable))
        .map(|c| c.name.clone());
    TableModel {
        alias: crate::ask::corpus::quote_ident(&table.name),
        qualified: table.qualified(),
        plain: format!("{}.{}", table.schema, table.name),
        name: table.name.clone(),
        words: own_words,
        spelled,
        key,
        label,
        columns,
        removed,
        current_version,
        module: false,
    }
}

/// Words of a column's name that abbreviate a word of `names` (its table's or the table it
/// refers to) by its consonants: `brnch` is "branch", `pymnt` "payment" (`shipped` is no
/// shipment).
fn spell_out(words: &mut [String], names: &[String]) {
    for w in words.iter_mut().filter(|w| !names.contains(w)) {
        let skeleton = w.len() >= 3 && w.chars().skip(1).all(|c| !"aeiouy".contains(c));
        let found = names
            .iter()
            .find(|n| skeleton && crate::ask::vocab::business::abbreviates(w, n));
        if let Some(n) = found {
            *w = n.clone();
        }
    }
}

pub fn stemmed(name: &str) -> Vec<String> {
    identifier_words(name).iter().map(|w| stem(w)).collect()
}

/// An integer column named as a date (`lesson_date_key`, `hired_date`, `date_yyyymmdd`):
/// a date kept as `yyyymmdd`. (`days_to_due_date` ends in no date; a date's key into a
/// calendar table is a foreign key, not this.)
fn is_date_key(data_type: &str, words: &[String]) -> bool {
    let integer =
        ["integer", "bigint", "int4", "int8"].contains(&data_type.to_lowercase().as_str());
    let named = match words {
        [.., last] if last == "yyyymmdd" => true,
        [.., date, key] if date == "date" => matches!(key.as_str(), "key" | "int" | "id"),
        [.., date] => date == "date",
        [] => false,
    };
    integer && named
}

fn role_of(data_type: &str) -> Role {
    let t = data_type.to_lowercase();
    if t.starts_with("date") || t.starts_with("timestamp") {
        Role::Time
    } else if [
        "int", "numeric", "decimal", "real", "double", "smallint", "bigint", "money",
    ]
    .iter()
    .any(|n| t.starts_with(n))
    {
        Role::Number
    } else if t.starts_with("text") || t.starts_with("character") || t.starts_with("varchar") {
        Role::Text
    } else {
        Role::Other
    }
}
