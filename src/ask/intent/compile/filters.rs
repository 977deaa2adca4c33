//! The WHERE clause: each filter as a condition, with EXISTS and NOT EXISTS over the
//! foreign-key path where a join would repeat rows, and the refusals of conditions that
//! say nothing of the rows asked for.

use super::*;

/// The tables a filter needs joined to `base`; none for a value reached only through a
/// join that fans out, which becomes an `EXISTS` instead ([`exists_sql`]).
pub(super) fn filter_tables(model: &Model, base: usize, filter: &Filter) -> Vec<usize> {
    match filter {
        Filter::Equals { column, .. } if fans_out_to(model, base, column.table) => vec![],
        Filter::Equals { column, .. }
        | Filter::NotEquals { column, .. }
        | Filter::Period { column, .. }
        | Filter::Compare { column, .. } => vec![column.table],
        Filter::Term { term } => match &model.terms[*term] {
            TermKind::Condition { tables, .. } => tables.clone(),
            _ => vec![],
        },
        Filter::TimeTerm { column, .. }
        | Filter::Missing { column }
        | Filter::Filled { column }
        | Filter::Recent { column, .. }
        | Filter::Versus { column, .. } => vec![column.table],
        Filter::Absent { .. } | Filter::Present { .. } | Filter::Counted { .. } => vec![],
    }
}

pub(super) fn filter_sql(
    model: &Model,
    filter: &Filter,
    listed: Option<usize>,
) -> Result<String, Unread> {
    Ok(match filter {
        Filter::Equals { column, value } => match listed {
            Some(base) if fans_out_to(model, base, column.table) => {
                let (from, link) = path_sql(model, base, column.table)?;
                let inner = inner_alias(model, column.table);
                let name = crate::ask::corpus::quote_ident(&column.column);
                format!(
                    "EXISTS (SELECT 1 FROM {from} WHERE {link} AND {inner}.{name} = {})",
                    quote_literal(value)
                )
            }
            _ => format!("{} = {}", column_sql(model, column), quote_literal(value)),
        },
        Filter::NotEquals { column, .. } => {
            if listed.is_some_and(|base| fans_out_to(model, base, column.table)) {
                // None of its rows, or not all of them?
                return Err(unsupported("\"not\" on a value of rows that fan out"));
            }
            condition(filter, &column_sql(model, column))?
        }
        Filter::Period { column, .. }
        | Filter::Compare { column, .. }
        | Filter::Missing { column }
        | Filter::Filled { column } => condition(filter, &column_sql(model, column))?,
        Filter::Term { term } => match &model.terms[*term] {
            TermKind::Condition { sql, .. } => format!("({sql})"),
            _ => return Err(unsupported("a glossary term as a condition")),
        },
        Filter::TimeTerm { term, column } => match &model.terms[*term] {
            TermKind::TimeCondition {
                sql,
                column: written,
            } => {
                format!(
                    "({})",
                    sql.replace(written.as_str(), &column_sql(model, column))
                )
            }
            _ => return Err(unsupported("a glossary term as a date condition")),
        },
        Filter::Recent {
            column,
            count,
            grain,
        } => {
            let (n, unit) = match grain {
                Grain::Day => (*count, "days"),
                Grain::Week => (*count, "weeks"),
                Grain::Month => (*count, "months"),
                Grain::Quarter => (*count * 3, "months"),
                Grain::Year => (*count, "years"),
            };
            let name = epoch_sql(
                model,
                column,
                crate::ask::corpus::quote_ident(&column.column),
            );
            format!(
                "{} > (SELECT max({name}) FROM {}) - INTERVAL '{n} {unit}'",
                column_sql(model, column),
                model.tables[column.table].qualified
            )
        }
        Filter::Versus {
            column,
            comparison,
            other,
        } => {
            let op = serde_json::to_value(comparison).unwrap_or_default();
            // A timestamp against a date compares their days ("returned after the due
            // date" is a later day, not a later hour of the same one).
            let is_date = |c: &ColumnRef| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.data_type == "date")
            };
            let is_stamp = |c: &ColumnRef| {
                model
                    .column(c.table, &c.column)
                    .is_some_and(|m| m.data_type.starts_with("timestamp"))
            };
            let side = |c: &ColumnRef, against: &ColumnRef| {
                let sql = column_sql(model, c);
                match is_stamp(c) && is_date(against) {
                    true => format!("{sql}::date"),
                    false => sql,
                }
            };
            format!(
                "{} {} {}",
                side(column, other),
                op.as_str().unwrap_or("="),
                side(other, column)
            )
        }
        Filter::Absent { table: absent } => {
            let listed = listed.ok_or_else(|| unsupported("\"never\" outside a listing"))?;
            absent_sql(model, listed, *absent, &[])?
        }
        Filter::Present { table } => {
            let listed = listed.ok_or_else(|| unsupported("a row's rows outside a listing"))?;
            let (from, link) = path_sql(model, listed, *table)?;
            format!("EXISTS (SELECT 1 FROM {from} WHERE {link})")
        }
        Filter::Counted {
            table,
            comparison,
            number,
        } => {
            let listed = listed.ok_or_else(|| unsupported("a count compared outside a listing"))?;
            counted_condition(model, listed, *table, *comparison, number, &[])?
        }
    })
}

/// "drivers who completed more than 30 rides": the count of `table`'s rows of a listed
/// row, with the conditions of the rows counted, compared with the number.
fn counted_condition(
    model: &Model,
    listed: usize,
    table: usize,
    comparison: crate::ask::vocab::grammar::Comparison,
    number: &str,
    inside: &[&Filter],
) -> Result<String, Unread> {
    let op = serde_json::to_value(comparison).unwrap_or_default();
    let op = op.as_str().unwrap_or("=");
    Ok(format!(
        "{} {op} {number}",
        counted_sql(model, listed, table, inside)?
    ))
}

/// The number of `table`'s rows that refer to a `listed` row, down the foreign keys; or
/// the distinct rows that one table of such rows refers to ("projects with more than 15
/// people assigned": the employees of its assignments). Counting the products of a
/// customer's orders would count their lines.
pub(super) fn counted_sql(
    model: &Model,
    listed: usize,
    table: usize,
    inside: &[&Filter],
) -> Result<String, Unread> {
    let path = model.paths(listed).get(table).cloned().flatten();
    Ok(match path.as_deref() {
        Some(p) if !p.is_empty() && p.iter().all(|(_, upward)| !upward) => {
            let (from, link) = path_sql(model, listed, table)?;
            let mut conditions = vec![link];
            conditions.extend(inner_conditions(model, inside)?);
            format!(
                "(SELECT COUNT(*) FROM {from} WHERE {})",
                conditions.join(" AND ")
            )
        }
        Some(&[(down, false), (up, true)])
            if model.edges[up].columns.len() == 1 && inside.is_empty() =>
        {
            let middle = model.edges[down].child;
            let (from, link) = path_sql(model, listed, middle)?;
            let key = format!(
                "{}.{}",
                inner_alias(model, middle),
                crate::ask::corpus::quote_ident(&model.edges[up].columns[0])
            );
            format!("(SELECT COUNT(DISTINCT {key}) FROM {from} WHERE {link})")
        }
        _ => {
            return Err(unsupported(
                "a count of rows that do not refer to the rows counted",
            ))
        }
    })
}

/// The conditions of a subquery's rows, on its inner aliases.
fn inner_conditions(model: &Model, inside: &[&Filter]) -> Result<Vec<String>, Unread> {
    inside
        .iter()
        .map(|filter| {
            let column = condition_column(filter)
                .ok_or_else(|| unsupported("a condition of a subquery on more than one column"))?;
            let c = epoch_sql(
                model,
                column,
                format!(
                    "{}.{}",
                    inner_alias(model, column.table),
                    crate::ask::corpus::quote_ident(&column.column)
                ),
            );
            condition(filter, &c)
        })
        .collect()
}

/// Whether `table` is a cousin of `base`: its foreign-key path goes up to a parent and
/// ends down at another of that parent's children ("expenses" to "leave requests" through
/// their employee). A condition or grouping there says nothing about `base`'s rows that a
/// question means; a bridge table crossed on the way up again (`film_category`) is fine.
pub(super) fn is_cousin(model: &Model, base: usize, table: usize) -> bool {
    let Some(Some(path)) = model.paths(base).get(table).cloned() else {
        return false;
    };
    let went_up = path.iter().any(|(_, upward)| *upward);
    went_up && path.last().is_some_and(|(_, upward)| !upward)
}

/// The table a filter's condition is about.
pub(in crate::ask::intent) fn filter_target(filter: &Filter) -> Option<usize> {
    match filter {
        Filter::Equals { column, .. }
        | Filter::NotEquals { column, .. }
        | Filter::Period { column, .. }
        | Filter::Compare { column, .. }
        | Filter::TimeTerm { column, .. }
        | Filter::Missing { column }
        | Filter::Filled { column }
        | Filter::Recent { column, .. }
        | Filter::Versus { column, .. } => Some(column.table),
        Filter::Absent { table } | Filter::Present { table } | Filter::Counted { table, .. } => {
            Some(*table)
        }
        Filter::Term { .. } => None,
    }
}

/// Refuses conditions and groupings on cousins of `base` ([`is_cousin`]).
pub(super) fn no_cousins(
    model: &Model,
    intent: &Intent,
    base: usize,
    groups: &[Group],
) -> Result<(), Unread> {
    let filters = intent.filters.iter().chain(&intent.share_of);
    let grouped = groups.iter().map(|g| match g {
        Group::Column(c) | Group::Time { column: c, .. } => c.table,
        Group::Entity(t) => *t,
    });
    for t in filters.filter_map(filter_target).chain(grouped) {
        if is_cousin(model, base, t) {
            return Err(Unread::Unsupported(format!(
                "{} beside {}, related only through a row they share",
                model.tables[t].name, model.tables[base].name
            )));
        }
    }
    Ok(())
}

/// Whether the foreign-key path from `base` to `table` walks from a row to its children
/// (joining it would repeat `base`'s rows).
pub(super) fn fans_out_to(model: &Model, base: usize, table: usize) -> bool {
    model
        .paths(base)
        .get(table)
        .cloned()
        .flatten()
        .is_some_and(|path| path.iter().any(|(_, upward)| !upward))
}

/// The alias of table `t` inside a subquery: a `_x` suffix, so it never clashes with the
/// outer query's.
pub(super) fn inner_alias(model: &Model, t: usize) -> String {
    crate::ask::corpus::quote_ident(&format!("{}_x", model.tables[t].name))
}

/// A condition of one column on `c`, the column as SQL: the outer query's, or a
/// subquery's inner alias.
fn condition(filter: &Filter, c: &str) -> Result<String, Unread> {
    Ok(match filter {
        Filter::Equals { value, .. } => format!("{c} = {}", quote_literal(value)),
        Filter::NotEquals { value, .. } => format!("{c} <> {}", quote_literal(value)),
        Filter::Period { from, until, .. } => match (from.is_empty(), until.is_empty()) {
            (false, false) => format!("{c} >= DATE '{from}' AND {c} < DATE '{until}'"),
            (false, true) => format!("{c} >= DATE '{from}'"),
            (true, false) => format!("{c} < DATE '{until}'"),
            (true, true) => return Err(unsupported("a period without bounds")),
        },
        Filter::Compare {
            comparison, number, ..
        } => {
            let op = serde_json::to_value(comparison).unwrap_or_default();
            format!("{c} {} {number}", op.as_str().unwrap_or("="))
        }
        Filter::Missing { .. } => format!("{c} IS NULL"),
        Filter::Filled { .. } => format!("{c} IS NOT NULL"),
        _ => return Err(unsupported("a condition on more than one column")),
    })
}

/// The column a condition of one column is on.
pub(super) fn condition_column(filter: &Filter) -> Option<&ColumnRef> {
    match filter {
        Filter::Equals { column, .. }
        | Filter::NotEquals { column, .. }
        | Filter::Period { column, .. }
        | Filter::Compare { column, .. }
        | Filter::Missing { column }
        | Filter::Filled { column } => Some(column),
        _ => None,
    }
}

/// For each filter, the subquery table it qualifies: a condition on a table the path from
/// `base` to a table it has none of walks through ("customers who never ordered in 2023":
/// no order in 2023; "passengers who never flew first class": no first-class booking of a
/// flight), which goes inside that `NOT EXISTS`; or a condition on the rows counted per
/// listed row ("drivers who completed more than 30 rides": the completed ones).
pub(super) fn within_absent(model: &Model, base: usize, filters: &[Filter]) -> Vec<Option<usize>> {
    let absent: Vec<(usize, Vec<usize>)> = filters
        .iter()
        .filter_map(|f| match f {
            Filter::Absent { table } => Some((*table, model.path_tables(base, *table)?)),
            Filter::Counted { table, .. } => Some((*table, vec![*table])),
            _ => None,
        })
        .collect();
    filters
        .iter()
        .map(|f| {
            let t = condition_column(f)?.table;
            let mut owners = absent.iter().filter(|(_, path)| path.contains(&t));
            match (owners.next(), owners.next()) {
                (Some((a, _)), None) => Some(*a),
                _ => None,
            }
        })
        .collect()
}

/// The filters `within` puts inside the subquery of `table`.
pub(super) fn inside_of<'a>(
    filters: &'a [Filter],
    within: &[Option<usize>],
    table: usize,
) -> Vec<&'a Filter> {
    (0..filters.len())
        .filter(|&j| within[j] == Some(table))
        .map(|j| &filters[j])
        .collect()
}

/// `NOT EXISTS` over the foreign-key path from `listed` to `absent` ("films never
/// rented": no inventory copy of the film has a rental), with the conditions on the rows
/// of that path that the absence is about.
pub(super) fn absent_sql(
    model: &Model,
    listed: usize,
    absent: usize,
    inside: &[&Filter],
) -> Result<String, Unread> {
    let (from, link) = path_sql(model, listed, absent)?;
    let mut conditions = vec![link];
    conditions.extend(inner_conditions(model, inside)?);
    Ok(format!(
        "NOT EXISTS (SELECT 1 FROM {from} WHERE {})",
        conditions.join(" AND ")
    ))
}

/// The FROM list of a subquery over the foreign-key path from `outer` to `to` (inner
/// aliases), and the condition linking its first table to the outer query's row.
pub(super) fn path_sql(model: &Model, outer: usize, to: usize) -> Result<(String, String), Unread> {
    let path = model
        .paths(outer)
        .get(to)
        .cloned()
        .flatten()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| unsupported("tables with no single foreign-key path between them"))?;
    let on = |edge: &crate::ask::intent::schema::Edge, child: &str, parent: &str| -> String {
        edge.columns
            .iter()
            .zip(&edge.ref_columns)
            .map(|(cc, pc)| {
                format!(
                    "{child}.{} = {parent}.{}",
                    crate::ask::corpus::quote_ident(cc),
                    crate::ask::corpus::quote_ident(pc)
                )
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let mut from = Vec::new();
    let mut link = String::new();
    let mut live = Vec::new();
    let mut at = outer;
    for (i, (e, upward)) in path.iter().enumerate() {
        let edge = &model.edges[*e];
        let next = if *upward { edge.parent } else { edge.child };
        let here = if i == 0 {
            model.tables[outer].alias.clone()
        } else {
            inner_alias(model, at)
        };
        let there = inner_alias(model, next);
        let (child, parent) = if *upward {
            (here.as_str(), there.as_str())
        } else {
            (there.as_str(), here.as_str())
        };
        let condition = on(edge, child, parent);
        let table = format!("{} AS {there}", model.tables[next].qualified);
        if i == 0 {
            from.push(table);
            link = condition;
        } else {
            from.push(format!("JOIN {table} ON {condition}"));
        }
        // Rows marked removed are none of those the subquery looks for.
        live.extend(live_sql(model, next, &there));
        at = next;
    }
    for condition in live {
        link = format!("{link} AND {condition}");
    }
    Ok((from.join(" "), link))
}

pub(super) fn push_where(
    model: &Model,
    intent: &Intent,
    listed: Option<usize>,
    joined: &[usize],
    live: &[String],
    sql: &mut String,
) -> Result<(), Unread> {
    let mut conditions = conditions_sql(model, &intent.filters, listed, joined)?;
    conditions.extend(live.iter().cloned());
    if !conditions.is_empty() {
        sql.push_str(&format!("\nWHERE {}", conditions.join("\n  AND ")));
    }
    Ok(())
}

/// The conditions of `filters` on the rows of `listed` (None: on the rows joined, as in
/// a share's FILTER). Two values of one column ("shipped to France and Germany",
/// "business or first class") are either of them, as no row holds both; through rows that
/// fan out, both or either are plausible.
pub(super) fn conditions_sql(
    model: &Model,
    filters: &[Filter],
    listed: Option<usize>,
    joined: &[usize],
) -> Result<Vec<String>, Unread> {
    let mut conditions = Vec::new();
    let mut done: Vec<&ColumnRef> = Vec::new();
    let within = match listed {
        Some(base) => within_absent(model, base, filters),
        None => vec![None; filters.len()],
    };
    for (k, f) in filters.iter().enumerate() {
        if within[k].is_some() {
            continue;
        }
        if let (Filter::Absent { table }, Some(base)) = (f, listed) {
            let inside = inside_of(filters, &within, *table);
            conditions.push(absent_sql(model, base, *table, &inside)?);
            continue;
        }
        if let (
            Filter::Counted {
                table,
                comparison,
                number,
            },
            Some(base),
        ) = (f, listed)
        {
            let inside = inside_of(filters, &within, *table);
            conditions.push(counted_condition(
                model,
                base,
                *table,
                *comparison,
                number,
                &inside,
            )?);
            continue;
        }
        let Filter::Equals { column, .. } = f else {
            conditions.push(filter_sql(model, f, listed)?);
            continue;
        };
        if done.contains(&column) {
            continue;
        }
        let values: Vec<&String> = filters
            .iter()
            .filter_map(|g| match g {
                Filter::Equals { column: c, value } if c == column => Some(value),
                _ => None,
            })
            .collect();
        // A value of rows the query joins already ("customers who bought in 2022, completed
        // deals": the sales dated) is a condition on those rows, not through EXISTS.
        if values.len() == 1 {
            let on = if joined.contains(&column.table) {
                None
            } else {
                listed
            };
            conditions.push(filter_sql(model, f, on)?);
            continue;
        }
        // "workers who don't have their certification": a flag both set and not is a
        // negation askpg did not read.
        if model
            .column(column.table, &column.column)
            .is_some_and(|c| c.data_type == "boolean")
        {
            return Err(unsupported("both values of a flag"));
        }
        if listed.is_some_and(|base| fans_out_to(model, base, column.table)) {
            return Err(Unread::Ambiguous {
                what: format!("two values of {}", column.column),
                readings: vec!["rows with both".into(), "rows with either".into()],
                rephrase: Vec::new(),
            });
        }
        let list: Vec<String> = values.iter().map(|v| quote_literal(v)).collect();
        conditions.push(format!(
            "{} IN ({})",
            column_sql(model, column),
            list.join(", ")
        ));
        done.push(column);
    }
    Ok(conditions)
}

/// The condition that keeps the rows of table `t` (as `alias`) that are not marked
/// removed, when it has such a mark.
pub(super) fn live_sql(model: &Model, t: usize, alias: &str) -> Option<String> {
    let column = model.tables[t].removed.as_ref()?;
    let data_type = model.column(t, column).map(|c| match c.number_flag {
        true => "integer",
        false => c.data_type.as_str(),
    });
    let name = crate::ask::corpus::quote_ident(column);
    Some(match data_type {
        Some("boolean") => format!("{alias}.{name} IS NOT TRUE"),
        Some("smallint" | "integer" | "bigint") => format!("COALESCE({alias}.{name}, 0) = 0"),
        _ => format!("{alias}.{name} IS NULL"),
    })
}

/// Whether the question asks about the rows of `t` marked removed ("cars removed from
/// the fleet"): a condition on that mark.
pub(super) fn asks_removed(model: &Model, intent: &Intent, t: usize) -> bool {
    let Some(mark) = &model.tables[t].removed else {
        return false;
    };
    intent
        .filters
        .iter()
        .chain(&intent.share_of)
        .filter_map(condition_column)
        .any(|c| c.table == t && c.column == *mark)
        || matches!(&intent.shape, Shape::List { by: Some(c), .. } if c.table == t && c.column == *mark)
}
