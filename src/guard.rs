//! Statement checks applied before anything reaches the upstream. For now: `COPY … FROM
//! STDIN` is refused at the door (askpg never enters COPY-in mode). The full read-only policy
//! of SECURITY.md builds on this module.

use sqlparser::ast::{CopyTarget, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

use crate::error::{sqlstate, ClientError};

/// Checks one Query or Parse text.
pub fn check(sql: &str) -> Result<(), ClientError> {
    if !mentions_copy_from_stdin(sql) {
        return Ok(());
    }
    match Parser::parse_sql(&PostgreSqlDialect {}, sql) {
        Ok(statements) if !statements.iter().any(is_copy_from_stdin) => Ok(()),
        // Unparseable text that names COPY and STDIN is refused: fail closed.
        _ => Err(copy_from_stdin_refused()),
    }
}

/// Cheap pre-filter so ordinary statements never pay for a parse here.
fn mentions_copy_from_stdin(sql: &str) -> bool {
    let lower = sql.to_ascii_lowercase();
    lower.contains("copy") && lower.contains("stdin")
}

fn is_copy_from_stdin(statement: &Statement) -> bool {
    matches!(
        statement,
        Statement::Copy {
            to: false,
            target: CopyTarget::Stdin,
            ..
        }
    )
}

pub fn copy_from_stdin_refused() -> ClientError {
    ClientError::error(
        sqlstate::READ_ONLY_SQL_TRANSACTION,
        "COPY FROM STDIN is not allowed: askpg is read-only",
    )
    .with_hint("COPY (query) TO STDOUT is allowed.")
}

pub fn function_call_refused() -> ClientError {
    ClientError::error(
        sqlstate::FEATURE_NOT_SUPPORTED,
        "the FunctionCall protocol message is not supported by askpg",
    )
    .with_hint("Call functions from a SELECT statement instead.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_from_stdin_is_refused_in_any_position() {
        for sql in [
            "COPY customers FROM STDIN",
            "select 1; copy customers (id) from stdin with (format csv)",
            "copy  customers  from\nstdin garbage garbage (",
        ] {
            assert_eq!(
                check(sql).unwrap_err().code,
                sqlstate::READ_ONLY_SQL_TRANSACTION,
                "{sql}"
            );
        }
        for sql in [
            "COPY (SELECT 1) TO STDOUT",
            "select 'copy from stdin'",
            "SELECT * FROM customers",
        ] {
            assert!(check(sql).is_ok(), "{sql}");
        }
    }
}
