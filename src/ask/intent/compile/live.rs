//! The rows an answer keeps of every table joined: not those marked removed, and of a
//! table kept in versions, its current ones.

use super::*;

impl From {
    /// The conditions that leave out the rows marked removed of every table joined, but
    /// those the question asks about.
    pub(super) fn live(&self, model: &Model, intent: &Intent) -> Vec<String> {
        let mut live: Vec<String> = self
            .joined
            .iter()
            .filter(|&&t| !asks_removed(model, intent, t))
            .filter_map(|&t| live_sql(model, t, &model.tables[t].alias))
            .collect();
        // The rows of a table kept in versions are its current ones, when they are what
        // is counted or listed (rows joined from events keep the version of their day).
        if let Some(&base) = self.joined.first() {
            let table = &model.tables[base];
            if let Some(flag) = &table.current_version {
                let asked = intent
                    .filters
                    .iter()
                    .filter_map(filters::condition_column)
                    .any(|c| c.table == base && c.column == *flag);
                if !asked {
                    let number = model.column(base, flag).is_some_and(|c| c.number_flag);
                    let flag = crate::ask::corpus::quote_ident(flag);
                    live.push(match number {
                        true => format!("{}.{flag} <> 0", table.alias),
                        false => format!("{}.{flag} IS TRUE", table.alias),
                    });
                }
            }
        }
        live
    }
}
