//! A listing: rows by their label (or their own number), ranked, with what is asked
//! beside each.

use super::*;

/// The SQL listing the rows of `table`, by `by` when ranked, with `shown` beside each.
pub(super) fn list(
    model: &Model,
    intent: &Intent,
    table: usize,
    by: Option<&ColumnRef>,
    shown: &[ColumnRef],
) -> Result<String, Unread> {
    let t = &model.tables[table];
    // Rows without a name are listed by the columns asked beside them.
    let labels = match label_sql(model, table) {
        Err(_) if !shown.is_empty() => Vec::new(),
        labels => labels?,
    };
    no_cousins(model, intent, table, &[])?;
    let mut needed: Vec<usize> = shown.iter().map(|c| c.table).collect();
    let within = within_absent(model, table, &intent.filters);
    for (k, f) in intent.filters.iter().enumerate() {
        if within[k].is_none() {
            needed.extend(filter_tables(model, table, f));
        }
    }
    let from = from_clause(model, table, &needed)?;
    if from.fans_out {
        return Err(unsupported("a listing that a join would repeat"));
    }
    // "the annual fee of the Premium card": the row is named, its column is the answer.
    let named = !t.label.is_empty()
        && t.label.iter().all(|l| {
            intent.filters.iter().any(|f| {
                matches!(f, Filter::Equals { column, .. } if column.table == table && column.column == *l)
            })
        });
    let mut select = match (by, named, intent.rank) {
        (Some(_), true, None) => Vec::new(),
        // (Rows with no name but a number of their own, `invoice_no`: that number.)
        _ if labels.is_empty() => identifier_sql(model, table).into_iter().collect(),
        // "Which parts are below their reorder level?": each by its number and name.
        _ => identifier_sql(model, table)
            .into_iter()
            .chain(labels)
            .collect(),
    };
    select.extend(by.map(|c| column_sql(model, c)));
    for c in shown {
        let sql = column_sql(model, c);
        if !select.contains(&sql) {
            select.push(sql);
        }
    }
    // "restaurants with more than 12 tables": each one's number beside it.
    for (k, f) in intent.filters.iter().enumerate() {
        if let (Filter::Counted { table: counted, .. }, None) = (f, within[k]) {
            let inside = filters::inside_of(&intent.filters, &within, *counted);
            select.push(filters::counted_sql(model, table, *counted, &inside)?);
        }
    }
    // "campaigns with a budget over 40,000", "staff hired after 2020": the number or date
    // the rows were chosen by, beside each one.
    for f in &intent.filters {
        if let Filter::Compare { column, .. } | Filter::Period { column, .. } = f {
            let shown = column_sql(model, column);
            if column.table == table && by != Some(column) && !select.contains(&shown) {
                select.push(shown);
            }
        }
    }
    let mut sql = format!("SELECT {}\nFROM {}", select.join(", "), from.sql);
    push_where(
        model,
        intent,
        Some(table),
        &from.joined,
        &from.live(model, intent),
        &mut sql,
    )?;
    match (intent.rank, by) {
        (Some((direction, limit)), Some(c)) => {
            let dir = if direction == Direction::Highest {
                "DESC"
            } else {
                "ASC"
            };
            let key = t
                .key
                .iter()
                .map(|k| format!(", {}.{}", t.alias, crate::ask::corpus::quote_ident(k)))
                .collect::<String>();
            sql.push_str(&format!(
                "\nORDER BY {} {dir} NULLS LAST{key}\nLIMIT {limit}",
                column_sql(model, c)
            ));
        }
        (None, _) => {}
        (Some(_), None) => return Err(unsupported("a ranking without a column")),
    }
    Ok(sql)
}
