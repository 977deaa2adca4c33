//! Which statements pass: queries, EXPLAIN without ANALYZE, SHOW, COPY … TO STDOUT,
//! cursors, transaction control in READ ONLY modes, and session statements with value
//! rules. Everything else is refused: write-class statements with 25006, the rest with
//! 42501.

use sqlparser::ast::{
    CopySource, CopyTarget, DiscardObject, Expr, ObjectName, ResetStatement, Set, Statement,
    TransactionAccessMode, TransactionMode, UtilityOption, Value,
};

use super::{denied, walk, write_refused, Catalog, Guard, Verdict};
use crate::error::ClientError;

pub(super) fn check(
    statement: &Statement,
    guard: &Guard,
    catalog: &Catalog,
) -> Result<Verdict, ClientError> {
    let ok = Ok(Verdict::default());
    let resets = Ok(Verdict {
        resets_session: true,
    });
    match statement {
        Statement::Query(query) => walk::check_query(query, guard, catalog).and(ok),
        Statement::Explain {
            analyze,
            statement,
            options,
            ..
        } => {
            if *analyze || options.as_deref().is_some_and(has_analyze) {
                return Err(write_refused("EXPLAIN ANALYZE (it executes the statement)"));
            }
            match statement.as_ref() {
                Statement::Query(query) => walk::check_query(query, guard, catalog).and(ok),
                other => Err(refusal(other)),
            }
        }
        Statement::ShowVariable { .. } | Statement::ShowVariables { .. } => ok,
        Statement::Set(set) => check_set(set, guard).and(ok),
        Statement::Reset(reset) => match reset {
            ResetStatement {
                reset: sqlparser::ast::Reset::ALL,
            } => resets,
            ResetStatement {
                reset: sqlparser::ast::Reset::ConfigurationParameter(name),
            } => check_setting(&last_name(name), guard).and(ok),
            ResetStatement {
                reset: sqlparser::ast::Reset::SessionAuthorization,
            } => Err(denied(
                "RESET SESSION AUTHORIZATION is not allowed through askpg".into(),
            )),
        },
        Statement::StartTransaction {
            modes, statements, ..
        } if statements.is_empty() => check_transaction_modes(modes).and(ok),
        Statement::Commit { .. }
        | Statement::Rollback { .. }
        | Statement::Savepoint { .. }
        | Statement::ReleaseSavepoint { .. }
        | Statement::Deallocate { .. }
        | Statement::Close { .. }
        | Statement::UNLISTEN { .. } => ok,
        Statement::Discard { object_type } => match object_type {
            DiscardObject::ALL => resets,
            _ => ok,
        },
        Statement::Declare { stmts } => {
            for declare in stmts {
                if declare.hold == Some(true) {
                    return Err(denied("DECLARE … WITH HOLD is not allowed through askpg (a held cursor outlives its transaction)".into()));
                }
                match &declare.for_query {
                    Some(query) => walk::check_query(query, guard, catalog)?,
                    None => {
                        return Err(denied(
                            "DECLARE without a cursor query is not allowed".into(),
                        ))
                    }
                }
            }
            ok
        }
        Statement::Fetch { into: None, .. } => ok,
        Statement::Copy {
            source, to, target, ..
        } => check_copy(source, *to, target, guard, catalog).and(ok),
        other => Err(refusal(other)),
    }
}

fn has_analyze(options: &[UtilityOption]) -> bool {
    options.iter().any(|option| {
        option.name.value.eq_ignore_ascii_case("analyze")
            && !option.arg.as_ref().is_some_and(|arg| {
                let text = arg.to_string().to_ascii_lowercase();
                matches!(text.as_str(), "false" | "off" | "0")
            })
    })
}

fn check_copy(
    source: &CopySource,
    to: bool,
    target: &CopyTarget,
    guard: &Guard,
    catalog: &Catalog,
) -> Result<(), ClientError> {
    if !to {
        return Err(match target {
            CopyTarget::Stdin => super::copy_from_stdin_refused(),
            _ => write_refused("COPY FROM"),
        });
    }
    match target {
        CopyTarget::Stdout => {}
        CopyTarget::File { .. } => {
            return Err(denied(
                "COPY TO a server file is not allowed through askpg".into(),
            ))
        }
        CopyTarget::Program { .. } => {
            return Err(denied(
                "COPY TO PROGRAM is not allowed through askpg".into(),
            ))
        }
        CopyTarget::Stdin => return Err(write_refused("COPY")),
    }
    match source {
        CopySource::Query(query) => walk::check_query(query, guard, catalog),
        CopySource::Table { table_name, .. } => walk::check_relation(guard, catalog, table_name),
    }
}

fn check_transaction_modes(modes: &[TransactionMode]) -> Result<(), ClientError> {
    if modes.iter().any(|m| {
        matches!(
            m,
            TransactionMode::AccessMode(TransactionAccessMode::ReadWrite)
        )
    }) {
        return Err(write_refused("a READ WRITE transaction"));
    }
    Ok(())
}

fn check_set(set: &Set, guard: &Guard) -> Result<(), ClientError> {
    match set {
        Set::SingleAssignment { variable, .. } => check_setting(&last_name(variable), guard),
        Set::ParenthesizedAssignments { variables, .. } => variables
            .iter()
            .try_for_each(|v| check_setting(&last_name(v), guard)),
        Set::MultipleAssignments { assignments } => assignments
            .iter()
            .try_for_each(|a| check_setting(&last_name(&a.name), guard)),
        Set::SetTimeZone { .. } => check_setting("timezone", guard),
        Set::SetNames { charset_name, .. } => {
            let name = charset_name
                .value
                .replace(['-', '_'], "")
                .to_ascii_uppercase();
            if name == "UTF8" || name == "UNICODE" {
                Ok(())
            } else {
                Err(denied(format!(
                    "client encoding {} is not allowed: askpg speaks UTF8 only",
                    charset_name.value
                )))
            }
        }
        Set::SetTransaction {
            modes, snapshot, ..
        } => {
            if snapshot.is_some() {
                return Err(denied(
                    "SET TRANSACTION SNAPSHOT is not allowed through askpg".into(),
                ));
            }
            check_transaction_modes(modes)
        }
        Set::SetRole { .. } => Err(denied("SET ROLE is not allowed through askpg".into())),
        Set::SetSessionAuthorization(_) => Err(denied(
            "SET SESSION AUTHORIZATION is not allowed through askpg".into(),
        )),
        other => Err(denied(format!(
            "{} is not allowed through askpg",
            first_words(&other.to_string(), 2)
        ))),
    }
}

pub(super) fn check_setting(name: &str, guard: &Guard) -> Result<(), ClientError> {
    if guard.setting_allowed(name) {
        Ok(())
    } else {
        Err(ClientError::error(
            crate::error::sqlstate::INSUFFICIENT_PRIVILEGE,
            format!("setting \"{name}\" cannot be changed through askpg"),
        )
        .with_hint(guard.allowed_settings_hint()))
    }
}

fn last_name(name: &ObjectName) -> String {
    name.0
        .last()
        .and_then(|part| part.as_ident())
        .map(|ident| ident.value.to_lowercase())
        .unwrap_or_default()
}

/// The refusal for a statement kind askpg does not run: write-class kinds get 25006, the
/// rest 42501; the message names the kind by its first words.
fn refusal(statement: &Statement) -> ClientError {
    let (words, writes) = match statement {
        Statement::Insert(_)
        | Statement::Update(_)
        | Statement::Delete(_)
        | Statement::Merge(_)
        | Statement::Truncate(_)
        | Statement::Lock(_)
        | Statement::Vacuum(_)
        | Statement::Analyze(_)
        | Statement::Call(_)
        | Statement::Comment { .. }
        | Statement::Grant(_)
        | Statement::Revoke(_) => (1, true),
        Statement::CreateTable(_)
        | Statement::CreateView { .. }
        | Statement::CreateIndex(_)
        | Statement::CreateSchema { .. }
        | Statement::CreateDatabase { .. }
        | Statement::CreateFunction(_)
        | Statement::CreateSequence { .. }
        | Statement::CreateType { .. }
        | Statement::AlterTable(_)
        | Statement::Drop { .. } => (2, true),
        Statement::CreateRole(_) | Statement::AlterRole { .. } => (2, false),
        _ => (1, false),
    };
    let construct = first_words(&statement.to_string(), words);
    if writes {
        write_refused(&construct)
    } else {
        denied(format!("{construct} is not allowed through askpg"))
    }
}

fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// A string literal argument, if the expression is one.
pub(super) fn string_literal(expr: &Expr) -> Option<&str> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s)
            | Value::EscapedStringLiteral(s)
            | Value::DollarQuotedString(sqlparser::ast::DollarQuotedString { value: s, .. }) => {
                Some(s)
            }
            _ => None,
        },
        _ => None,
    }
}
