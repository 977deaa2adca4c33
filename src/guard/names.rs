//! The words a refusal names a statement by (`DELETE`, `CREATE TABLE`, `ALTER SYSTEM`),
//! taken from the parse tree's node names: `AlterSystemStmt` reads `ALTER SYSTEM`, and the
//! nodes whose names do not say what the statement looks like are spelled out.

use pg_query::protobuf::node::Node as NodeEnum;

use super::tree::{self, Stop, Visit};

/// The words for a top-level statement.
pub(super) fn statement(node: &NodeEnum) -> String {
    match node {
        NodeEnum::VacuumStmt(v) if !v.is_vacuumcmd => "ANALYZE".into(),
        NodeEnum::GrantStmt(g) if !g.is_grant => "REVOKE".into(),
        NodeEnum::GrantRoleStmt(g) if !g.is_grant => "REVOKE".into(),
        _ => label(node_name(node)),
    }
}

/// The words for a statement node named `node` (`InsertStmt` → `INSERT`).
pub(super) fn label(node: &str) -> String {
    let spelled = match node {
        "CreateStmt" => "CREATE TABLE",
        "IndexStmt" => "CREATE INDEX",
        "ViewStmt" => "CREATE VIEW",
        "RuleStmt" => "CREATE RULE",
        "DefineStmt" => "CREATE",
        "CreateSeqStmt" => "CREATE SEQUENCE",
        "AlterSeqStmt" => "ALTER SEQUENCE",
        "CreateTrigStmt" => "CREATE TRIGGER",
        "CreateEventTrigStmt" => "CREATE EVENT TRIGGER",
        "CreatePlangStmt" => "CREATE LANGUAGE",
        "CreatedbStmt" => "CREATE DATABASE",
        "DropdbStmt" => "DROP DATABASE",
        "AlterDatabaseSetStmt" => "ALTER DATABASE",
        "RefreshMatViewStmt" => "REFRESH MATERIALIZED VIEW",
        "CheckPointStmt" => "CHECKPOINT",
        "SecLabelStmt" => "SECURITY LABEL",
        "RenameStmt" => "ALTER … RENAME",
        "AlterRoleSetStmt" => "ALTER ROLE",
        "GrantRoleStmt" => "GRANT",
        "VacuumStmt" => "VACUUM",
        "CreateTableAsStmt" => "CREATE TABLE AS",
        _ => "",
    };
    if !spelled.is_empty() {
        return spelled.to_owned();
    }
    let base = node.strip_suffix("Stmt").unwrap_or(node);
    let mut words = String::new();
    for (i, c) in base.char_indices() {
        if i > 0 && c.is_ascii_uppercase() {
            words.push(' ');
        }
        words.push(c.to_ascii_uppercase());
    }
    words
}

/// The Rust name of the node type inside `node` (`SelectStmt`, `DoStmt`, …): the first
/// struct a walk enters, with the walk stopped right there.
pub(super) fn node_name(node: &NodeEnum) -> &'static str {
    struct First(&'static str);
    impl Visit for First {
        fn enter(&mut self, node: &'static str) -> Result<(), Stop> {
            self.0 = node;
            Err(Stop)
        }
    }
    let mut first = First("");
    let _ = tree::walk(&mut first, node);
    first.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_statement(sql: &str) -> String {
        let tree = pg_query::parse(sql, 0).unwrap().protobuf;
        let node = tree.stmts[0].stmt.as_ref().unwrap().node.as_ref().unwrap();
        statement(node)
    }

    #[test]
    fn statements_are_named_as_written() {
        for (sql, words) in [
            ("DELETE FROM t", "DELETE"),
            ("INSERT INTO t VALUES (1)", "INSERT"),
            ("CREATE TABLE t (a int)", "CREATE TABLE"),
            ("ALTER SYSTEM SET fsync = off", "ALTER SYSTEM"),
            ("DO $$ BEGIN END $$", "DO"),
            ("ANALYZE t", "ANALYZE"),
            ("VACUUM t", "VACUUM"),
            ("REVOKE SELECT ON t FROM PUBLIC", "REVOKE"),
            ("REFRESH MATERIALIZED VIEW v", "REFRESH MATERIALIZED VIEW"),
            (
                "IMPORT FOREIGN SCHEMA x FROM SERVER y INTO z",
                "IMPORT FOREIGN SCHEMA",
            ),
            ("CREATE ROLE r", "CREATE ROLE"),
        ] {
            assert_eq!(first_statement(sql), words, "{sql}");
        }
    }
}
