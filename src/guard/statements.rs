//! Which statements pass, by the kind of node PostgreSQL's parser made of them: queries,
//! EXPLAIN without ANALYZE, SHOW, COPY … TO STDOUT, cursors (held ones counted per
//! session), `LOCK … IN ACCESS SHARE MODE`, transaction control in READ ONLY modes, and
//! session statements with the value rules of [`super::settings`]. Everything else is
//! refused by name: statements that would write with 25006, the rest with 42501.

use pg_query::protobuf::node::Node as NodeEnum;
use pg_query::protobuf::{
    a_const, AConst, CopyStmt, ExplainStmt, LockStmt, Node, SelectStmt, TransactionStmtKind,
    VariableSetKind, VariableSetStmt,
};

use super::cursors::CursorChange;
use super::settings::Change;
use super::{denied, names, walk, write_refused, Catalog, Guard};
use crate::error::ClientError;

/// `CURSOR_OPT_HOLD` of PostgreSQL's `DeclareCursorStmt.options`.
const CURSOR_OPT_HOLD: i32 = 0x0020;

/// `AccessShareLock`, the lock every SELECT takes.
const ACCESS_SHARE_LOCK: i32 = 1;

/// What a passed statement does beyond running.
#[derive(Debug, Default)]
pub(super) struct Effects {
    /// It resets session settings (RESET ALL, DISCARD ALL): askpg re-pins after it.
    pub(super) resets_session: bool,
    /// It resets the session's role to the login role (DISCARD ALL).
    pub(super) resets_role: bool,
    /// It changes a pinned timeout, which askpg re-pins right after it
    /// (`guard.repin_timeout_changes`); it must end its text.
    pub(super) changes_timeout: bool,
    pub(super) cursor: Option<CursorChange>,
    /// The verdict depends on the value of a literal in the text (a SET value, an EXPLAIN
    /// option).
    pub(super) depends_on_literals: bool,
}

pub(super) fn check(
    node: &NodeEnum,
    guard: &Guard,
    catalog: &Catalog,
) -> Result<Effects, ClientError> {
    let none = Ok(Effects::default());
    match node {
        NodeEnum::SelectStmt(select) => check_select(select, guard, catalog).and(none),
        NodeEnum::ExplainStmt(explain) => {
            check_explain(explain, guard, catalog)?;
            Ok(Effects {
                depends_on_literals: !explain.options.is_empty(),
                ..Effects::default()
            })
        }
        NodeEnum::VariableShowStmt(_) => none,
        NodeEnum::VariableSetStmt(set) => check_set(set, guard).map(|effects| Effects {
            depends_on_literals: true,
            ..effects
        }),
        NodeEnum::TransactionStmt(transaction) => {
            match TransactionStmtKind::try_from(transaction.kind) {
                Ok(TransactionStmtKind::TransStmtBegin | TransactionStmtKind::TransStmtStart) => {
                    check_transaction_modes(&transaction.options).and(none)
                }
                Ok(
                    TransactionStmtKind::TransStmtCommit
                    | TransactionStmtKind::TransStmtRollback
                    | TransactionStmtKind::TransStmtSavepoint
                    | TransactionStmtKind::TransStmtRelease
                    | TransactionStmtKind::TransStmtRollbackTo,
                ) => none,
                _ => Err(denied(
                    "two-phase commit (PREPARE TRANSACTION, COMMIT/ROLLBACK PREPARED) is not allowed through askpg"
                        .into(),
                )),
            }
        }
        NodeEnum::DeclareCursorStmt(declare) => {
            walk::check_query(&declare.query, guard, catalog)?;
            let held = declare.options & CURSOR_OPT_HOLD != 0;
            Ok(Effects {
                cursor: held.then(|| CursorChange::DeclareHeld(declare.portalname.as_str().into())),
                ..Effects::default()
            })
        }
        NodeEnum::ClosePortalStmt(close) => Ok(Effects {
            // CLOSE ALL leaves the name empty.
            cursor: Some(if close.portalname.is_empty() {
                CursorChange::CloseAll
            } else {
                CursorChange::Close(close.portalname.as_str().into())
            }),
            ..Effects::default()
        }),
        NodeEnum::FetchStmt(_) | NodeEnum::DeallocateStmt(_) | NodeEnum::UnlistenStmt(_) => none,
        NodeEnum::DiscardStmt(discard) => {
            let all = discard.target == pg_query::protobuf::DiscardMode::DiscardAll as i32;
            Ok(Effects {
                resets_session: all,
                resets_role: all,
                cursor: all.then_some(CursorChange::CloseAll),
                ..Effects::default()
            })
        }
        NodeEnum::CopyStmt(copy) => check_copy(copy, guard, catalog).and(none),
        NodeEnum::LockStmt(lock) => check_lock(lock, guard, catalog).and(none),
        NodeEnum::DoStmt(_) => Err(denied("DO is not allowed through askpg".into()).with_hint(
            "DO runs a procedural block askpg cannot check statement by statement; send the queries themselves.",
        )),
        NodeEnum::AlterSystemStmt(_) => Err(denied(
            "ALTER SYSTEM is not allowed through askpg".into(),
        )
        .with_hint("ALTER SYSTEM changes the server's configuration; clients of askpg can only read and tune their own session.")),
        other => Err(refusal(other)),
    }
}

/// A query. `SELECT set_config(name, …) FROM pg_settings WHERE name = '…'` (pgAdmin,
/// pg_dump) names its setting through the WHERE clause, and is checked as if the name
/// were written in the call.
fn check_select(select: &SelectStmt, guard: &Guard, catalog: &Catalog) -> Result<(), ClientError> {
    match set_config_from_pg_settings(select, catalog) {
        Some(bound) => walk::check_query(&bound, guard, catalog),
        None => walk::check_query(select, guard, catalog),
    }
}

/// For `SELECT … set_config(name, …) … FROM pg_settings WHERE name = 'x'` with nothing
/// else around it, the same query with `'x'` in place of `name` in the set_config calls of
/// its target list: there `name` can only be `x`. An unqualified `pg_settings` must be
/// the catalog's: no other schema may hold a relation of that name.
fn set_config_from_pg_settings(select: &SelectStmt, catalog: &Catalog) -> Option<SelectStmt> {
    let plain = select.with_clause.is_none()
        && select.larg.is_none()
        && select.group_clause.is_empty()
        && select.having_clause.is_none()
        && select.window_clause.is_empty()
        && select.values_lists.is_empty()
        && select.distinct_clause.is_empty();
    let [from] = select.from_clause.as_slice() else {
        return None;
    };
    let Some(NodeEnum::RangeVar(relation)) = &from.node else {
        return None;
    };
    let only_the_catalogs = || {
        catalog
            .relations
            .get("pg_settings")
            .is_none_or(|schemas| schemas.iter().all(|s| s == "pg_catalog"))
    };
    let pg_settings = relation.relname == "pg_settings"
        && relation.catalogname.is_empty()
        && match relation.schemaname.as_str() {
            "pg_catalog" => true,
            "" => only_the_catalogs(),
            _ => false,
        };
    let setting = name_equals(select.where_clause.as_deref()?)?;
    if !(plain && pg_settings) {
        return None;
    }
    let mut bound = select.clone();
    for target in &mut bound.target_list {
        let Some(NodeEnum::ResTarget(target)) = &mut target.node else {
            continue;
        };
        let Some(NodeEnum::FuncCall(call)) = target.val.as_mut().and_then(|v| v.node.as_mut())
        else {
            continue;
        };
        let is_set_config =
            names_last(&call.funcname).is_some_and(|n| n.eq_ignore_ascii_case("set_config"));
        if is_set_config
            && walk::literal_args(&call.args[..call.args.len().min(1)])
                == [walk::Arg::Column("name".into())]
        {
            call.args[0] = string_constant(&setting);
        }
    }
    Some(bound)
}

/// `x` when `node` is `name = 'x'` or `'x' = name`.
fn name_equals(node: &Node) -> Option<String> {
    let Some(NodeEnum::AExpr(expr)) = &node.node else {
        return None;
    };
    let operator = names_last(&expr.name)?;
    if expr.kind != pg_query::protobuf::AExprKind::AexprOp as i32 || operator != "=" {
        return None;
    }
    let sides = [expr.lexpr.as_deref()?, expr.rexpr.as_deref()?];
    let args = walk::literal_args(&sides[..]);
    match args.as_slice() {
        [walk::Arg::Column(c), walk::Arg::Literal(x)]
        | [walk::Arg::Literal(x), walk::Arg::Column(c)]
            if c == "name" =>
        {
            Some(x.clone())
        }
        _ => None,
    }
}

/// The last string of a list of `String` nodes (a qualified name).
fn names_last(parts: &[Node]) -> Option<&str> {
    match &parts.last()?.node {
        Some(NodeEnum::String(s)) => Some(s.sval.as_str()),
        _ => None,
    }
}

fn string_constant(value: &str) -> Node {
    Node {
        node: Some(NodeEnum::AConst(AConst {
            isnull: false,
            location: -1,
            val: Some(a_const::Val::Sval(pg_query::protobuf::String {
                sval: value.to_owned(),
            })),
        })),
    }
}

fn check_explain(
    explain: &ExplainStmt,
    guard: &Guard,
    catalog: &Catalog,
) -> Result<(), ClientError> {
    let analyze = explain.options.iter().any(|option| match &option.node {
        Some(NodeEnum::DefElem(def)) => {
            def.defname.eq_ignore_ascii_case("analyze") && !is_false(def.arg.as_deref())
        }
        _ => true,
    });
    if analyze {
        return Err(write_refused("EXPLAIN ANALYZE (it executes the statement)"));
    }
    match explain.query.as_ref().and_then(|q| q.node.as_ref()) {
        Some(NodeEnum::SelectStmt(select)) => check_select(select, guard, catalog),
        Some(other) => Err(refusal(other)),
        None => Err(denied("EXPLAIN without a statement".into())),
    }
}

/// Whether an option's argument is certainly false (`false`, `off`, `0`), as PostgreSQL
/// reads boolean options.
fn is_false(arg: Option<&Node>) -> bool {
    boolean(arg) == Some(false)
}

/// Whether an option's argument is certainly true (`true`, `on`, `1`).
fn is_true(arg: Option<&Node>) -> bool {
    boolean(arg) == Some(true)
}

/// A boolean option argument as PostgreSQL reads it; `None` when it is not one.
fn boolean(arg: Option<&Node>) -> Option<bool> {
    let word = |s: &str| match s.to_ascii_lowercase().as_str() {
        "true" | "on" => Some(true),
        "false" | "off" => Some(false),
        _ => None,
    };
    let number = |i: i32| match i {
        0 => Some(false),
        1 => Some(true),
        _ => None,
    };
    match arg?.node.as_ref()? {
        NodeEnum::String(s) => word(&s.sval),
        NodeEnum::Integer(i) => number(i.ival),
        NodeEnum::Boolean(b) => Some(b.boolval),
        NodeEnum::AConst(c) => match c.val.as_ref()? {
            a_const::Val::Sval(s) => word(&s.sval),
            a_const::Val::Ival(i) => number(i.ival),
            a_const::Val::Boolval(b) => Some(b.boolval),
            _ => None,
        },
        _ => None,
    }
}

/// Transaction modes: only READ ONLY transactions (any isolation level, DEFERRABLE or not).
fn check_transaction_modes(options: &[Node]) -> Result<(), ClientError> {
    for option in options {
        let Some(NodeEnum::DefElem(def)) = &option.node else {
            return Err(denied("unknown transaction mode".into()));
        };
        match def.defname.as_str() {
            "transaction_read_only" if !is_true(def.arg.as_deref()) => {
                return Err(write_refused("a READ WRITE transaction"))
            }
            "transaction_read_only" | "transaction_isolation" | "transaction_deferrable" => {}
            other => return Err(denied(format!("transaction mode {other} is not allowed"))),
        }
    }
    Ok(())
}

fn check_set(set: &VariableSetStmt, guard: &Guard) -> Result<Effects, ClientError> {
    let name = set.name.to_ascii_lowercase();
    let change = match VariableSetKind::try_from(set.kind) {
        Ok(VariableSetKind::VarResetAll) => {
            return Ok(Effects {
                resets_session: true,
                ..Effects::default()
            })
        }
        Ok(VariableSetKind::VarSetMulti) => {
            return match name.as_str() {
                "transaction" | "session characteristics" => {
                    check_transaction_modes(&set.args).map(|()| Effects::default())
                }
                "transaction snapshot" => Err(denied(
                    "SET TRANSACTION SNAPSHOT is not allowed through askpg".into(),
                )),
                _ => Err(denied(format!(
                    "SET {} is not allowed through askpg",
                    set.name
                ))),
            };
        }
        Ok(VariableSetKind::VarSetValue) => set.args.iter().map(setting_value).collect(),
        _ => Vec::new(),
    };
    match name.as_str() {
        "role" => return Err(denied("SET ROLE is not allowed through askpg".into())),
        "session_authorization" => {
            return Err(denied(
                "SET SESSION AUTHORIZATION is not allowed through askpg".into(),
            ))
        }
        _ => {}
    }
    let how = if set.kind == VariableSetKind::VarSetValue as i32 {
        Change::To(&change)
    } else {
        Change::Default
    };
    match guard.settings.check(&name, &how) {
        Ok(()) => Ok(Effects::default()),
        Err(_) if guard.repin_timeout_changes && guard.settings.pinned_timeout(&name).is_some() => {
            Ok(Effects {
                changes_timeout: true,
                resets_session: true,
                ..Effects::default()
            })
        }
        Err(err) => Err(err),
    }
}

/// A SET value as text: a string, a number or a boolean literal; `None` for anything else
/// (`INTERVAL '1' HOUR` for a time zone).
fn setting_value(node: &Node) -> Option<String> {
    let Some(NodeEnum::AConst(constant)) = &node.node else {
        return None;
    };
    match constant.val.as_ref()? {
        a_const::Val::Sval(s) => Some(s.sval.clone()),
        a_const::Val::Ival(i) => Some(i.ival.to_string()),
        a_const::Val::Fval(f) => Some(f.fval.clone()),
        a_const::Val::Boolval(b) => Some(b.boolval.to_string()),
        a_const::Val::Bsval(_) => None,
    }
}

fn check_copy(copy: &CopyStmt, guard: &Guard, catalog: &Catalog) -> Result<(), ClientError> {
    if copy.is_from {
        return Err(if copy.filename.is_empty() && !copy.is_program {
            super::copy_from_stdin_refused()
        } else {
            write_refused("COPY FROM")
        });
    }
    if copy.is_program {
        return Err(denied(
            "COPY TO PROGRAM is not allowed through askpg".into(),
        ));
    }
    if !copy.filename.is_empty() {
        return Err(denied(
            "COPY TO a server file is not allowed through askpg".into(),
        ));
    }
    walk::check_query(&copy.query, guard, catalog)?;
    walk::check_query(&copy.relation, guard, catalog)
}

/// `LOCK … IN ACCESS SHARE MODE` takes the lock a SELECT takes (pg_dump locks the tables
/// it dumps so); stronger modes are refused.
fn check_lock(lock: &LockStmt, guard: &Guard, catalog: &Catalog) -> Result<(), ClientError> {
    if lock.mode != ACCESS_SHARE_LOCK {
        return Err(write_refused("LOCK (other than IN ACCESS SHARE MODE)"));
    }
    walk::check_query(&lock.relations, guard, catalog)
}

/// The refusal for a statement kind askpg does not run: statements about roles, the
/// server or procedural code get 42501, every other kind (they write or change the schema)
/// 25006, as a read-only transaction would refuse them.
fn refusal(node: &NodeEnum) -> ClientError {
    let privileged = matches!(
        node,
        NodeEnum::CreateRoleStmt(_)
            | NodeEnum::AlterRoleStmt(_)
            | NodeEnum::AlterRoleSetStmt(_)
            | NodeEnum::DropRoleStmt(_)
            | NodeEnum::GrantRoleStmt(_)
            | NodeEnum::ReassignOwnedStmt(_)
            | NodeEnum::AlterDatabaseSetStmt(_)
            | NodeEnum::PrepareStmt(_)
            | NodeEnum::ExecuteStmt(_)
            | NodeEnum::ListenStmt(_)
            | NodeEnum::NotifyStmt(_)
            | NodeEnum::LoadStmt(_)
            | NodeEnum::CheckPointStmt(_)
            | NodeEnum::ConstraintsSetStmt(_)
    );
    let construct = names::statement(node);
    if privileged {
        denied(format!("{construct} is not allowed through askpg"))
    } else {
        write_refused(&construct)
    }
}
