//! Intent → SQL: one SELECT from the base table the measures count from, joined along the
//! foreign-key paths to every table a grouping or filter needs. A join that fans out (from
//! a row to its many children) would count rows twice, so only counts of distinct keys may
//! cross one; anything else is refused.

use super::assemble::base_tables;
use super::parse::Unread;
use super::schema::{Model, TermKind};
use super::{Aggregate, ColumnRef, Direction, Filter, Grain, Group, Intent, Measure, Shape};

mod calendar;
mod every;
mod filters;
mod labels;
mod listing;
mod live;

use calendar::*;
pub(super) use filters::filter_target;
use filters::*;
use labels::*;
use listing::*;

/// The joins from a base table.
struct From {
    sql: String,
    /// Whether a join walks from a row to its children.
    fans_out: bool,
    /// The tables joined, the base first.
    joined: Vec<usize>,
}

pub fn compile(model: &Model, intent: &Intent) -> Result<String, Unread> {
    let numbered = number_flags(model, intent);
    let intent = &numbered;
    match &intent.shape {
        Shape::Aggregate { measures, groups } if intent.averaged => {
            let inner = aggregate(model, intent, measures, groups)?;
            let base = pick_base(model, &base_tables(model, &intent.shape))?;
            let name = measure_sql(model, intent, &measures[0], base, false)?.1;
            let name = crate::ask::corpus::quote_ident(&name);
            let average =
                crate::ask::corpus::quote_ident(&format!("average_{}", name.trim_matches('"')));
            Ok(format!(
                "SELECT AVG(per_entity.{name}) AS {average}\nFROM (\n{inner}\n) AS per_entity"
            ))
        }
        Shape::Aggregate { measures, groups } if intent.every => {
            every::counts(model, measures, groups)
        }
        Shape::Aggregate { measures, groups } => aggregate(model, intent, measures, groups),
        Shape::List { table, by, shown } => list(model, intent, *table, by.as_ref(), shown),
    }
}

fn unsupported(what: &str) -> Unread {
    Unread::Unsupported(what.to_owned())
}

fn column_sql(model: &Model, column: &ColumnRef) -> String {
    epoch_sql(
        model,
        column,
        format!(
            "{}.{}",
            model.tables[column.table].alias,
            crate::ask::corpus::quote_ident(&column.column)
        ),
    )
}

/// A column as written in SQL (`sql`), as the timestamp it stands for when it keeps Unix
/// epoch seconds, or the date when it keeps `yyyymmdd`.
fn epoch_sql(model: &Model, column: &ColumnRef, sql: String) -> String {
    match model.column(column.table, &column.column) {
        Some(c) if c.epoch => format!("to_timestamp({sql})"),
        Some(c) if c.date_key => format!("to_date({sql}::text, 'YYYYMMDD')"),
        _ => sql,
    }
}

fn quote_literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// The FROM clause from `base` reaching `needed`.
fn from_clause(model: &Model, base: usize, needed: &[usize]) -> Result<From, Unread> {
    let paths = model.paths(base);
    let mut joined = vec![base];
    let mut sql = format!(
        "{} AS {}",
        model.tables[base].qualified, model.tables[base].alias
    );
    let mut fans_out = false;
    for &t in needed {
        let path =
            paths.get(t).cloned().flatten().ok_or_else(|| {
                unsupported("tables with no single foreign-key path between them")
            })?;
        let mut at = base;
        for (e, upward) in path {
            let edge = &model.edges[e];
            let next = if upward { edge.parent } else { edge.child };
            fans_out |= !upward;
            if !joined.contains(&next) {
                let (n, a) = (&model.tables[next], &model.tables[at]);
                let on = if upward {
                    on_sql(edge, a, n)
                } else {
                    on_sql(edge, n, a)
                };
                sql.push_str(&format!(
                    "\nJOIN {} AS {} ON {}",
                    n.qualified,
                    n.alias,
                    on.join(" AND ")
                ));
                joined.push(next);
            }
            at = next;
        }
    }
    Ok(From {
        sql,
        fans_out,
        joined,
    })
}

/// The conditions joining a foreign key's `child` rows to their `parent`.
fn on_sql(
    edge: &super::schema::Edge,
    child: &super::schema::TableModel,
    parent: &super::schema::TableModel,
) -> Vec<String> {
    edge.columns
        .iter()
        .zip(&edge.ref_columns)
        .map(|(cc, pc)| {
            format!(
                "{}.{} = {}.{}",
                child.alias,
                crate::ask::corpus::quote_ident(cc),
                parent.alias,
                crate::ask::corpus::quote_ident(pc)
            )
        })
        .collect()
}

/// The measure table every other base table is reachable from going up foreign keys.
fn pick_base(model: &Model, bases: &[usize]) -> Result<usize, Unread> {
    bases
        .iter()
        .copied()
        .find(|&b| {
            let paths = model.paths(b);
            bases.iter().all(|o| {
                paths
                    .get(*o)
                    .cloned()
                    .flatten()
                    .is_some_and(|p| p.iter().all(|(_, up)| *up))
            })
        })
        .ok_or_else(|| unsupported("measures from tables that do not join without fan-out"))
}

fn measure_sql(
    model: &Model,
    intent: &Intent,
    m: &Measure,
    base: usize,
    fans_out: bool,
) -> Result<(String, String), Unread> {
    Ok(match m {
        Measure::Rows { table } => {
            let t = &model.tables[*table];
            let name = t.name.clone();
            if fans_out || *table != base {
                let key = t
                    .key
                    .as_ref()
                    .ok_or_else(|| unsupported("a count of rows without a key"))?;
                (
                    format!(
                        "COUNT(DISTINCT {}.{})",
                        t.alias,
                        crate::ask::corpus::quote_ident(key)
                    ),
                    name,
                )
            } else {
                ("COUNT(*)".into(), name)
            }
        }
        Measure::Column {
            aggregate,
            column,
            times,
        } => {
            let mut c = column_sql(model, column);
            // PostgreSQL's `money` has no average: averaged as a number (summed, and
            // ranked, as money).
            if matches!(aggregate, Aggregate::Average | Aggregate::Median)
                && model
                    .column(column.table, &column.column)
                    .is_some_and(|m| m.data_type == "money")
            {
                c = format!("{c}::numeric");
            }
            if let Some(times) = times {
                c = format!(
                    "{c} * {}.{}",
                    model.tables[column.table].alias,
                    crate::ask::corpus::quote_ident(times)
                );
            }
            // "in hours" of `duration_ms`: the length converted to the unit asked.
            let converted = intent.unit.as_deref().and_then(|to| {
                let from = crate::ask::vocab::grammar::column_unit(&column.column)?;
                let (from_ms, to_ms) = (
                    crate::ask::vocab::grammar::unit_millis(from)?,
                    crate::ask::vocab::grammar::unit_millis(to)?,
                );
                (from != to && !matches!(aggregate, Aggregate::Count | Aggregate::CountDistinct))
                    .then(|| (format!("{c} * {from_ms}.0 / {to_ms}"), to))
            });
            if let Some((scaled, _)) = &converted {
                c = scaled.clone();
            }
            // "revenue in euros" of `total_cents`.
            if intent.in_currency
                && crate::ask::vocab::grammar::in_minor_units(&column.column)
                && !matches!(aggregate, Aggregate::Count | Aggregate::CountDistinct)
            {
                c = format!("{c} / 100.0");
            }
            let (f, name) = aggregate_sql(*aggregate, &c, fans_out)?;
            match converted {
                Some((_, to)) => (f, format!("{name}_{}_{to}s", column.column)),
                None => (f, format!("{name}_{}", column.column)),
            }
        }
        Measure::Duration {
            aggregate,
            table,
            start,
            end,
        } => {
            let t = &model.tables[*table];
            let column =
                |name: &str| format!("{}.{}", t.alias, crate::ask::corpus::quote_ident(name));
            let dates = [start, end].iter().all(|c| {
                model
                    .column(*table, c)
                    .is_some_and(|m| m.data_type == "date")
            });
            // Whole days between two dates; days and their fraction between timestamps.
            let days = if dates {
                format!("({} - {})", column(end), column(start))
            } else {
                format!(
                    "EXTRACT(EPOCH FROM ({} - {})) / 86400",
                    column(end),
                    column(start)
                )
            };
            let (f, name) = aggregate_sql(*aggregate, &days, fans_out)?;
            (f, format!("{name}_days"))
        }
        Measure::Term { term } => match &model.terms[*term] {
            TermKind::Measure { sql, .. } if !fans_out => (sql.clone(), format!("measure_{term}")),
            _ => return Err(unsupported("a glossary measure across a fan-out join")),
        },
        Measure::Share { .. } => {
            if fans_out || intent.share_of.is_empty() {
                return Err(unsupported("a share without a condition"));
            }
            let conditions = conditions_sql(model, &intent.share_of, None, &[]);
            (
                format!(
                    "{}COUNT(*) FILTER (WHERE {})::numeric / NULLIF(COUNT(*), 0)",
                    if intent.percent { "100 * " } else { "" },
                    conditions?.join(" AND ")
                ),
                if intent.percent { "percent" } else { "share" }.into(),
            )
        }
    })
}

/// An aggregate of the expression `c`, and the aggregate's name; refused when a join
/// would count the rows twice.
fn aggregate_sql(
    aggregate: Aggregate,
    c: &str,
    fans_out: bool,
) -> Result<(String, String), Unread> {
    let safe = matches!(
        aggregate,
        Aggregate::Min | Aggregate::Max | Aggregate::CountDistinct
    );
    if fans_out && !safe {
        return Err(unsupported("a measure that a join would count twice"));
    }
    let f = match aggregate {
        Aggregate::Sum => format!("SUM({c})"),
        Aggregate::Average => format!("AVG({c})"),
        Aggregate::Min => format!("MIN({c})"),
        Aggregate::Max => format!("MAX({c})"),
        Aggregate::Median => format!("percentile_cont(0.5) WITHIN GROUP (ORDER BY {c})"),
        Aggregate::Count => format!("COUNT({c})"),
        Aggregate::CountDistinct => format!("COUNT(DISTINCT {c})"),
        Aggregate::Share => return Err(unsupported("a share of a column")),
    };
    let name = serde_json::to_value(aggregate)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    Ok((f, name))
}

/// `one_year`: the rows are of one calendar year, so its quarters are numbered; and with
/// `ranked` ("which month of 2023 had the most"), its months too.
fn group_sql(
    model: &Model,
    group: &Group,
    one_year: bool,
    ranked: bool,
    keyed: bool,
) -> Result<(String, Vec<String>), Unread> {
    Ok(match group {
        Group::Column(c) => {
            let sql = column_sql(model, c);
            (sql.clone(), vec![sql])
        }
        // Averaged per entity, an unnamed entity is grouped by its key alone.
        Group::Entity(t) if keyed && model.tables[*t].label.is_empty() => {
            let table = &model.tables[*t];
            let key = table
                .key
                .as_ref()
                .ok_or_else(|| unsupported("a table without a name column or key"))?;
            let sql = format!("{}.{}", table.alias, crate::ask::corpus::quote_ident(key));
            (sql.clone(), vec![sql])
        }
        Group::Entity(t) => {
            let table = &model.tables[*t];
            let labels = label_sql(model, *t)?;
            let mut by = labels.clone();
            by.extend(
                table
                    .key
                    .as_ref()
                    .map(|k| format!("{}.{}", table.alias, crate::ask::corpus::quote_ident(k))),
            );
            (labels.join(", "), by)
        }
        Group::Time { column, grain } if calendar_parts(model, column, *grain).is_some() => {
            let parts = calendar_parts(model, column, *grain).unwrap_or_default();
            (parts.join(", "), parts)
        }
        Group::Time { column, grain } => {
            let c = column_sql(model, column);
            // The start of each period in the column's own type: a date for a date, a
            // timestamp for a timestamp.
            let cast = match model.column(column.table, &column.column) {
                Some(m) if m.data_type.starts_with("timestamp") => "",
                _ => "::date",
            };
            let sql = match grain {
                Grain::Year => format!("EXTRACT(YEAR FROM {c})::int"),
                Grain::Quarter if one_year => format!("EXTRACT(QUARTER FROM {c})::int"),
                Grain::Quarter => format!("date_trunc('quarter', {c}){cast}"),
                Grain::Month if one_year && ranked => format!("EXTRACT(MONTH FROM {c})::int"),
                Grain::Month => format!("date_trunc('month', {c}){cast}"),
                Grain::Week => format!("date_trunc('week', {c}){cast}"),
                Grain::Day => format!("{c}::date"),
            };
            (sql.clone(), vec![sql])
        }
    })
}

fn aggregate(
    model: &Model,
    intent: &Intent,
    measures: &[Measure],
    groups: &[Group],
) -> Result<String, Unread> {
    let bases = base_tables(model, &intent.shape);
    let base = pick_base(model, &bases)?;
    no_cousins(model, intent, base, groups)?;
    // A share's conditions are inside its FILTER: on rows joined, never through EXISTS.
    if intent
        .share_of
        .iter()
        .filter_map(filter_target)
        .any(|t| fans_out_to(model, base, t))
    {
        return Err(unsupported(
            "a share of rows whose condition is on rows that fan out",
        ));
    }
    let mut needed = bases.clone();
    for g in groups {
        needed.push(match g {
            Group::Column(c) | Group::Time { column: c, .. } => c.table,
            Group::Entity(t) => *t,
        });
    }
    let within = within_absent(model, base, &intent.filters);
    for (k, f) in intent.filters.iter().enumerate() {
        if within[k].is_none() {
            needed.extend(filter_tables(model, base, f));
        }
    }
    for f in &intent.share_of {
        needed.extend(filter_tables(model, base, f));
    }
    let from = from_clause(model, base, &needed)?;
    let one_year = intent.filters.iter().any(|f| matches!(f, Filter::Period { from, until, .. } if from.ends_with("-01-01") && until.ends_with("-01-01") && from[..4].parse::<i32>().ok().map(|y| y + 1) == until[..4].parse().ok()));
    let mut select = Vec::new();
    let mut group_by = Vec::new();
    let mut time_order = Vec::new();
    let groups: Vec<Group> = groups
        .iter()
        .filter(|g| !redundant_year(model, g, groups))
        .cloned()
        .collect();
    let groups = &groups[..];
    for g in groups {
        let (sql, by) = group_sql(model, g, one_year, intent.rank.is_some(), intent.averaged)?;
        if matches!(g, Group::Time { .. }) {
            time_order.push(sql.clone());
        }
        select.push(sql);
        group_by.extend(by);
    }
    // A person's label is two columns (first and last name).
    let first_measure = 1 + groups
        .iter()
        .map(|g| match g {
            Group::Entity(t) => model.tables[*t].label.len().max(1),
            Group::Time { column, grain } => {
                calendar_parts(model, column, *grain).map_or(1, |p| p.len())
            }
            _ => 1,
        })
        .sum::<usize>();
    for m in measures {
        let (sql, name) = measure_sql(model, intent, m, base, from.fans_out)?;
        let (sql, name) = match &intent.growth {
            Some(growth) => growth_sql(model, growth, &sql, &name)?,
            None => (sql, name),
        };
        // "rounded to 1 decimal place": counts are whole already.
        let counted = matches!(
            m,
            Measure::Rows { .. }
                | Measure::Column {
                    aggregate: Aggregate::Count | Aggregate::CountDistinct,
                    ..
                }
        );
        let sql = match intent.decimals {
            Some(places) if !counted || intent.growth.is_some() => {
                format!("ROUND(({sql})::numeric, {places})")
            }
            _ => sql,
        };
        select.push(format!(
            "{sql} AS {}",
            crate::ask::corpus::quote_ident(&name)
        ));
    }
    let mut sql = format!("SELECT {}\nFROM {}", select.join(",\n       "), from.sql);
    push_where(
        model,
        intent,
        Some(base),
        &from.joined,
        &from.live(model, intent),
        &mut sql,
    )?;
    if !group_by.is_empty() {
        sql.push_str(&format!("\nGROUP BY {}", group_by.join(", ")));
    }
    match intent.rank {
        Some((_, _)) if groups.is_empty() => return Err(unsupported("a ranking without groups")),
        Some((direction, limit)) => {
            let dir = if direction == Direction::Highest {
                "DESC NULLS LAST"
            } else {
                "ASC NULLS LAST"
            };
            // Ties are broken by the groups' keys, so the same rows come back every time.
            let ties: String = tie_breakers(model, groups)
                .iter()
                .chain(&time_order)
                .map(|t| format!(", {t}"))
                .collect();
            sql.push_str(&format!(
                "\nORDER BY {first_measure} {dir}{ties}\nLIMIT {limit}"
            ));
        }
        None if !time_order.is_empty() => {
            sql.push_str(&format!("\nORDER BY {}", time_order.join(", ")))
        }
        None => {}
    }
    Ok(sql)
}

/// A measure's change between two periods, with FILTER: the later less the earlier, or
/// that as a percentage of the earlier.
fn growth_sql(
    model: &Model,
    growth: &super::Growth,
    measure: &str,
    name: &str,
) -> Result<(String, String), Unread> {
    let before = format!(
        "{measure} FILTER (WHERE {})",
        filter_sql(model, &growth.before, None)?
    );
    let after = format!(
        "{measure} FILTER (WHERE {})",
        filter_sql(model, &growth.after, None)?
    );
    Ok(if growth.percent {
        (
            format!("100 * ({after} - {before})::numeric / NULLIF({before}, 0)"),
            format!("percent_change_{name}"),
        )
    } else {
        (format!("{after} - {before}"), format!("change_{name}"))
    })
}

/// What orders rows of equal measure: each entity's key (else its label), each column.
fn tie_breakers(model: &Model, groups: &[Group]) -> Vec<String> {
    let mut ties = Vec::new();
    for g in groups {
        match g {
            Group::Entity(t) => {
                let table = &model.tables[*t];
                match &table.key {
                    Some(k) => ties.push(format!(
                        "{}.{}",
                        table.alias,
                        crate::ask::corpus::quote_ident(k)
                    )),
                    None => ties.extend(label_sql(model, *t).unwrap_or_default()),
                }
            }
            Group::Column(c) => ties.push(column_sql(model, c)),
            // By the grain's expression, which the caller adds.
            Group::Time { .. } => {}
        }
    }
    ties
}
