//! How rows are named in an answer (their label, their own number or code beside it) and
//! how flags kept as numbers are said.

use super::*;
use crate::ask::intent::schema::Role;

/// The intent with its yes/no conditions on flags kept as numbers said as 1 and 0.
pub(super) fn number_flags(model: &Model, intent: &Intent) -> Intent {
    let mut intent = intent.clone();
    for filter in intent.filters.iter_mut().chain(intent.share_of.iter_mut()) {
        if let Filter::Equals { column, value } | Filter::NotEquals { column, value } = filter {
            if model
                .column(column.table, &column.column)
                .is_some_and(|c| c.number_flag)
            {
                match value.as_str() {
                    "true" => *value = "1".into(),
                    "false" => *value = "0".into(),
                    _ => {}
                }
            }
        }
    }
    intent
}

/// The column that identifies a row of table `t` beside its name, qualified: its own
/// number or code (`part_number` of `part`, `matter_no` of `matters`, `sku`), or a text
/// primary key (`client_code`). Not a number of something else (`postal_code`).
pub(super) fn identifier_sql(model: &Model, t: usize) -> Option<String> {
    let table = &model.tables[t];
    let own = |c: &crate::ask::intent::schema::ColumnModel| {
        let Some((last, rest)) = c.words.split_last() else {
            return false;
        };
        let identifies = matches!(
            last.as_str(),
            "number" | "no" | "num" | "code" | "ref" | "sku"
        );
        identifies
            && rest.iter().all(|w| table.words.contains(w))
            && matches!(c.role, Role::Text | Role::Number | Role::Key)
    };
    let text_key = |c: &crate::ask::intent::schema::ColumnModel| {
        table.key.as_deref() == Some(c.name.as_str())
            && c.data_type != "integer"
            && c.role == Role::Text
    };
    let found: Vec<&crate::ask::intent::schema::ColumnModel> = table
        .columns
        .iter()
        .filter(|c| !table.label.contains(&c.name) && (own(c) || text_key(c)))
        .filter(|c| {
            !model
                .edges
                .iter()
                .any(|e| e.child == t && e.columns.contains(&c.name))
        })
        .collect();
    match found[..] {
        [one] => Some(format!(
            "{}.{}",
            table.alias,
            crate::ask::corpus::quote_ident(&one.name)
        )),
        _ => None,
    }
}

/// The label columns of table `t`, qualified.
pub(super) fn label_sql(model: &Model, t: usize) -> Result<Vec<String>, Unread> {
    let table = &model.tables[t];
    if table.label.is_empty() {
        return Err(unsupported("a table without a name column"));
    }
    Ok(table
        .label
        .iter()
        .map(|l| format!("{}.{}", table.alias, crate::ask::corpus::quote_ident(l)))
        .collect())
}
