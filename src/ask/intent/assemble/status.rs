//! Statuses and the money that went through: the rows whose status says they succeeded
//! ("revenue", "successful payments"), the dates of payment, and a status whose date was
//! kept for other rows too.

use super::*;

/// "How much have we collected": money summed from rows whose status says some attempts
/// failed counts the ones that went through (the one value of success), unless the
/// question names a status.
pub(super) fn succeeded_only(
    model: &Model,
    shape: &Shape,
    filters: &mut Vec<Filter>,
    by_paid_date: bool,
) {
    let Shape::Aggregate { measures, .. } = shape else {
        return;
    };
    for m in measures {
        let Measure::Column {
            aggregate: Aggregate::Sum,
            column,
            ..
        } = m
        else {
            continue;
        };
        let Some((status, value)) = model.succeeded(column.table) else {
            if !by_paid_date {
                continue;
            }
            // "rent collected": the rows with a date of payment (`paid_date`), when the
            // amounts are due before they are paid.
            let paid = paid_dates(model, &[column.table]);
            if let [paid] = &paid[..] {
                let dated = filters.iter().any(|f| {
                    matches!(f, Filter::Period { column, .. } | Filter::Missing { column }
                        | Filter::Filled { column } if column == paid)
                });
                if !dated {
                    filters.push(Filter::Filled {
                        column: paid.clone(),
                    });
                }
            }
            continue;
        };
        status_unless_named(filters, status, value);
    }
}

/// `status = value` among `filters`, unless the question names a status already.
fn status_unless_named(filters: &mut Vec<Filter>, status: ColumnRef, value: String) {
    let named = filters.iter().any(|f| {
        matches!(f, Filter::Equals { column, .. } | Filter::NotEquals { column, .. }
            if *column == status)
    });
    if !named {
        filters.push(Filter::Equals {
            column: status,
            value,
        });
    }
}

/// The dates of `tables` that say when money came in (`paid_on`, `received_at`).
pub(super) fn paid_dates(model: &Model, tables: &[usize]) -> Vec<ColumnRef> {
    model.columns_where(tables, |c| {
        c.role == Role::Time
            && c.words.iter().any(|w| {
                ["paid", "collected", "received"]
                    .iter()
                    .any(|p| crate::ask::vocab::stem(p) == *w)
            })
    })
}

/// "tickets resolved" where `status` may be `Resolved` and `resolved_at` is kept: the rows
/// in that status now, or every row that ever reached it (and may have moved on, to
/// `Closed`). The statistics tell whether the two are the same rows; when their sizes
/// differ, askpg does not choose.
pub(super) fn check_status_date(
    model: &Model,
    column: &ColumnRef,
    value: &str,
) -> Result<(), Unread> {
    let Some(status) = model.column(column.table, &column.column) else {
        return Ok(());
    };
    let Some(share) = status
        .values
        .iter()
        .position(|v| v == value)
        .and_then(|at| status.shares.get(at))
    else {
        return Ok(());
    };
    let share = share * status.filled.unwrap_or(1.0);
    let word = stem(&value.to_lowercase());
    if word.len() < 4 || word.contains(' ') {
        return Ok(());
    }
    let dates = model.columns_where(&[column.table], |c| {
        c.role == Role::Time && c.words.contains(&word)
    });
    for date in dates {
        let Some(filled) = model
            .column(date.table, &date.column)
            .and_then(|c| c.filled)
        else {
            continue;
        };
        if (share - filled).abs() > 0.05_f32.max(0.2 * filled.max(share)) {
            let rows = &model.tables[column.table].name;
            return Err(Unread::Ambiguous {
                what: format!("\"{value}\""),
                readings: vec![
                    format!("{rows} whose {} is {value} now", status.name),
                    format!("{rows} with a {} (that reached it)", date.column),
                ],
                rephrase: Vec::new(),
            });
        }
    }
    Ok(())
}

/// "successful payments": the rows measured whose status says they went through; refused
/// when none of them has such a status.
pub(super) fn successful_only(
    model: &Model,
    bases: &[usize],
    filters: &mut Vec<Filter>,
) -> Result<(), Unread> {
    let mut found = false;
    for &t in bases {
        if let Some((status, value)) = model.succeeded(t) {
            found = true;
            status_unless_named(filters, status, value);
        }
    }
    if !found {
        return Err(Unread::Unsupported(
            "\"successful\" of rows without a status that says so".into(),
        ));
    }
    Ok(())
}

/// "current employees", "currently on the payroll": the rows whose state has not ended.
/// A condition said of them already is it ("currently active", "current open tickets");
/// else, when no status or flag says which rows are active, the one nullable date that
/// ends a row (`termdate`, `end_date`, `left_on`) is empty; else askpg does not guess.
pub(super) fn current_only(
    model: &Model,
    bases: &[usize],
    filters: &mut Vec<Filter>,
) -> Result<(), Unread> {
    // The rows measured, or those counted per row listed ("departments with more than
    // 5 current employees").
    let mut tables: Vec<usize> = bases.to_vec();
    tables.extend(filters.iter().filter_map(|f| match f {
        Filter::Counted { table, .. } => Some(*table),
        _ => None,
    }));
    // A state said already ("currently active", "current open tickets"): a status or a
    // flag, or a date said to be set or empty; "current female staff" says none.
    let stated = |column: &ColumnRef| {
        // (A flag of what the rows have, `has_hgv_licence`, is no state: "current staff
        // with a licence" still says who is current.)
        let attribute = |w: &[String]| w.first().is_some_and(|f| f == "has" || f == "can");
        model.column(column.table, &column.column).is_some_and(|c| {
            (c.data_type == "boolean" && !attribute(&c.words))
                || c.role == Role::Time
                || c.words
                    .iter()
                    .any(|w| matches!(w.as_str(), "status" | "state" | "stage"))
        })
    };
    let said = |t: usize| {
        filters.iter().any(|f| match f {
            Filter::Equals { column, .. }
            | Filter::NotEquals { column, .. }
            | Filter::Missing { column }
            | Filter::Filled { column } => column.table == t && stated(column),
            _ => false,
        })
    };
    if tables.iter().any(|&t| said(t)) {
        return Ok(());
    }
    let of = |tables: &mut dyn Iterator<Item = usize>| -> Vec<Filter> {
        tables
            .filter_map(|t| {
                current_state(model, t).or_else(|| {
                    current_end(model, t).map(|end| Filter::Missing {
                        column: ColumnRef {
                            table: t,
                            column: end,
                        },
                    })
                })
            })
            .collect()
    };
    // The rows counted per row first: "current" is said of them.
    let counted = of(&mut tables.iter().copied().filter(|t| !bases.contains(t)));
    let current = match counted.len() {
        1 => counted,
        _ => of(&mut tables.iter().copied()),
    };
    match &current[..] {
        [filter] => {
            filters.push(filter.clone());
            filters.sort();
            filters.dedup();
            Ok(())
        }
        _ => Err(Unread::Unsupported(format!(
            "what \"current\" says of the {}",
            tables
                .iter()
                .map(|&t| model.tables[t].name.as_str())
                .collect::<Vec<_>>()
                .join(" or ")
        ))),
    }
}

/// "products we no longer sell": the rows measured whose one active flag is off, else
/// whose one ending date is set; refused where neither says it.
pub(super) fn no_longer_active(
    model: &Model,
    bases: &[usize],
    filters: &mut Vec<Filter>,
) -> Result<(), Unread> {
    let [t] = bases else {
        return Err(Unread::Unsupported(
            "\"no longer\" of several tables".into(),
        ));
    };
    let flags = model.columns_where(&[*t], |c| {
        c.data_type == "boolean"
            && c.words
                .iter()
                .any(|w| w.starts_with("activ") || w == "current" || w == "availabl")
    });
    if let [flag] = &flags[..] {
        filters.push(Filter::Equals {
            column: flag.clone(),
            value: "false".into(),
        });
        return Ok(());
    }
    match current_end(model, *t) {
        Some(end) if flags.is_empty() => {
            filters.push(Filter::Filled {
                column: ColumnRef {
                    table: *t,
                    column: end,
                },
            });
            Ok(())
        }
        _ => Err(Unread::Unsupported(format!(
            "what \"no longer\" says of the {}",
            model.tables[*t].name
        ))),
    }
}

/// The one nullable date that ends a row of `t` (`termdate`, `end_date`, `left_on`), when
/// no status or flag of `t` says which rows are active.
/// The one condition that keeps a table's current rows by their state: an active flag
/// set (`bln_active`, `is_current`), or the one status value that says so (`'active'`).
fn current_state(model: &Model, t: usize) -> Option<Filter> {
    let table = &model.tables[t];
    let mut found = Vec::new();
    for c in &table.columns {
        let column = ColumnRef {
            table: t,
            column: c.name.clone(),
        };
        if c.data_type == "boolean"
            && c.words
                .iter()
                .any(|w| w.starts_with("activ") || w == "current")
        {
            found.push(Filter::Equals {
                column,
                value: "true".into(),
            });
        } else if c.role == Role::Text {
            let values: Vec<&String> = c
                .values
                .iter()
                .filter(|v| {
                    let v = v.to_lowercase();
                    v == "active" || v == "current" || v == "employed"
                })
                .collect();
            if let [value] = values[..] {
                found.push(Filter::Equals {
                    column,
                    value: value.clone(),
                });
            }
        }
    }
    match found.len() {
        1 => found.pop(),
        _ => None,
    }
}

fn current_end(model: &Model, t: usize) -> Option<String> {
    const ENDING: &[&str] = &[
        "end", "term", "left", "leav", "exit", "resign", "clos", "cancel", "expir", "until",
        "churn", "separat", "discharg",
    ];
    let table = &model.tables[t];
    let active = |c: &crate::ask::intent::schema::ColumnModel| {
        let flag = c.data_type == "boolean"
            && c.words
                .iter()
                .any(|w| w.starts_with("activ") || w == "current");
        let status = c.values.iter().any(|v| {
            let v = v.to_lowercase();
            v.starts_with("activ") || v == "current" || v == "employed"
        });
        flag || status
    };
    if table.columns.iter().any(active) {
        return None;
    }
    let ends: Vec<&crate::ask::intent::schema::ColumnModel> = table
        .columns
        .iter()
        .filter(|c| {
            c.role == Role::Time
                && c.nullable
                && c.words
                    .iter()
                    .any(|w| ENDING.iter().any(|e| w.starts_with(e)))
        })
        .collect();
    match ends[..] {
        [end] => Some(end.name.clone()),
        _ => None,
    }
}

/// The values of a yes/no column kept as text (`'Y'`/`'N'`, `'yes'`/`'no'`, `'T'`/`'F'`), as
/// stored: (yes, no).
pub(super) fn flag_values(model: &Model, column: &ColumnRef) -> Option<(String, String)> {
    let c = model.column(column.table, &column.column)?;
    let [a, b] = &c.values[..] else {
        return None;
    };
    let yes_no = |v: &str| match v.to_lowercase().as_str() {
        "y" | "yes" | "t" | "true" => Some(true),
        "n" | "no" | "f" | "false" => Some(false),
        _ => None,
    };
    match (yes_no(a)?, yes_no(b)?) {
        (true, false) => Some((a.clone(), b.clone())),
        (false, true) => Some((b.clone(), a.clone())),
        _ => None,
    }
}
