//! The walk over a whole query tree: every CTE, subquery, expression and FROM item, in
//! whatever construct PostgreSQL's grammar put them (see [`super::tree`]). Refused: `INTO`,
//! locking clauses, statements other than SELECT anywhere below the top (`WITH x AS
//! (DELETE …)`), denied functions in any spelling, `set_config` of a setting SET could not
//! change, VOLATILE user functions (also called as `row.function`), and relations outside
//! the exposed schemas.

use serde::Serialize;

use super::settings::Change;
use super::tree::{self, Stop, Visit};
use super::{denied, functions, names, write_refused, Catalog, Guard};
use crate::error::ClientError;

/// Checks a query (or any subtree holding queries and expressions).
pub(super) fn check_query<T: Serialize + ?Sized>(
    query: &T,
    guard: &Guard,
    catalog: &Catalog,
) -> Result<(), ClientError> {
    let mut walker = Walker {
        guard,
        catalog,
        refusal: None,
        functions: Vec::new(),
        relations: Vec::new(),
    };
    match tree::walk(&mut walker, query) {
        Ok(()) => Ok(()),
        Err(Stop) => Err(walker
            .refusal
            .unwrap_or_else(|| denied("askpg could not check the statement".into()))),
    }
}

struct Walker<'a> {
    guard: &'a Guard,
    catalog: &'a Catalog,
    refusal: Option<ClientError>,
    /// The names of the function calls being walked (innermost last).
    functions: Vec<Vec<String>>,
    /// The relations being walked: catalog, schema and relation name.
    relations: Vec<[String; 3]>,
}

impl Walker<'_> {
    fn refuse(&mut self, err: ClientError) -> Result<(), Stop> {
        self.refusal = Some(err);
        Err(Stop)
    }

    fn outcome(&mut self, result: Result<(), ClientError>) -> Result<(), Stop> {
        match result {
            Ok(()) => Ok(()),
            Err(err) => self.refuse(err),
        }
    }
}

impl Visit for Walker<'_> {
    fn enter(&mut self, node: &'static str) -> Result<(), Stop> {
        match node {
            "SelectStmt" => Ok(()),
            "IntoClause" => self.refuse(write_refused("SELECT INTO (it creates a table)")),
            "LockingClause" => {
                self.refuse(write_refused("SELECT … FOR UPDATE/SHARE (it locks rows)"))
            }
            "FuncCall" => {
                self.functions.push(Vec::new());
                Ok(())
            }
            "RangeVar" => {
                self.relations.push(Default::default());
                Ok(())
            }
            statement if statement.ends_with("Stmt") => self.refuse(write_refused(&format!(
                "a data-modifying {} inside a query",
                names::label(statement)
            ))),
            _ => Ok(()),
        }
    }

    fn field<T: Serialize + ?Sized>(
        &mut self,
        node: &'static str,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        match (node, key) {
            ("FuncCall", "funcname") => {
                let name = tree::strings(value);
                let is_set_config = name
                    .last()
                    .is_some_and(|n| n.eq_ignore_ascii_case("set_config"));
                if !is_set_config {
                    let result = functions::check(&name, self.guard, self.catalog);
                    self.outcome(result)?;
                }
                if let Some(current) = self.functions.last_mut() {
                    *current = name;
                }
                Ok(())
            }
            ("FuncCall", "args") => {
                let is_set_config = self
                    .functions
                    .last()
                    .and_then(|name| name.last())
                    .is_some_and(|n| n.eq_ignore_ascii_case("set_config"));
                if is_set_config {
                    let result = check_set_config(&literal_args(value), self.guard);
                    self.outcome(result)?;
                }
                tree::walk(self, value)
            }
            ("RangeVar", "catalogname" | "schemaname" | "relname") => {
                let part = tree::strings(value).concat();
                if let Some(relation) = self.relations.last_mut() {
                    let slot = match key {
                        "catalogname" => 0,
                        "schemaname" => 1,
                        _ => 2,
                    };
                    relation[slot] = part;
                }
                Ok(())
            }
            ("ColumnRef", "fields") => {
                // `row.f` calls f(row) when the row has no column f.
                let fields = tree::strings(value);
                match fields.last().map(|f| f.to_lowercase()) {
                    Some(f)
                        if fields.len() >= 2 && self.catalog.volatile_functions.contains(&f) =>
                    {
                        self.refuse(functions::volatile(&f))
                    }
                    _ => Ok(()),
                }
            }
            _ => tree::walk(self, value),
        }
    }

    fn leave(&mut self, node: &'static str) -> Result<(), Stop> {
        match node {
            "FuncCall" => {
                self.functions.pop();
                Ok(())
            }
            "RangeVar" => {
                let relation = self.relations.pop().unwrap_or_default();
                let parts: Vec<String> = relation.into_iter().filter(|p| !p.is_empty()).collect();
                let result = check_relation_parts(self.guard, self.catalog, &parts);
                self.outcome(result)
            }
            _ => Ok(()),
        }
    }
}

/// `set_config(name, value, is_local)` follows SET's rules: the name must be a literal
/// naming a setting SET could change, to the value given (a literal where the setting's
/// rule depends on it).
pub(super) fn check_set_config(args: &[Arg], guard: &Guard) -> Result<(), ClientError> {
    let Some(Arg::Literal(name)) = args.first() else {
        return Err(denied(
            "set_config() is allowed only with a literal setting name".into(),
        ));
    };
    let value = match args.get(1) {
        Some(Arg::Literal(value)) => Some(value.clone()),
        _ => None,
    };
    guard.settings.check(name, &Change::To(&[value]))
}

/// One argument of a function call, as far as the checks need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Arg {
    /// A string literal.
    Literal(String),
    /// An unqualified column reference.
    Column(String),
    Other,
}

/// The arguments of a call (a list of nodes).
pub(super) fn literal_args<T: Serialize + ?Sized>(args: &T) -> Vec<Arg> {
    let mut reader = Args::default();
    let _ = tree::walk(&mut reader, args);
    reader.args
}

/// Reads a list of argument nodes: `Node > AConst > String` is a string literal, `Node >
/// ColumnRef > Node > String` a column reference; anything else, or anything more, is
/// another expression.
#[derive(Default)]
struct Args {
    args: Vec<Arg>,
    path: Vec<&'static str>,
    strings: usize,
}

impl Visit for Args {
    fn enter(&mut self, node: &'static str) -> Result<(), Stop> {
        if self.path.is_empty() {
            self.args.push(Arg::Other);
            self.strings = 0;
        }
        self.path.push(node);
        Ok(())
    }

    fn leave(&mut self, _node: &'static str) -> Result<(), Stop> {
        self.path.pop();
        Ok(())
    }

    fn string(&mut self, value: &str) -> Result<(), Stop> {
        self.strings += 1;
        let read = match self.path.as_slice() {
            ["Node", "AConst", "String"] if self.strings == 1 => Arg::Literal(value.to_owned()),
            ["Node", "ColumnRef", "Node", "String"] if self.strings == 1 => {
                Arg::Column(value.to_owned())
            }
            _ => Arg::Other,
        };
        if let Some(last) = self.args.last_mut() {
            *last = read;
        }
        Ok(())
    }
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
