//! The values sampled of a schema's text columns, read as the states of its rows: the one
//! status of success among failures, and coded values (`ACT`) a word spells out.

use super::{Model, Role};
use crate::ask::intent::ColumnRef;

impl Model {
    /// The status column of table `t` whose values say that some attempts failed, with
    /// its one value of success (`payments.status = 'succeeded'`).
    pub fn succeeded(&self, t: usize) -> Option<(ColumnRef, String)> {
        use crate::ask::vocab::business::{is_failure_value, is_success_value};
        let failing = self.tables[t]
            .columns
            .iter()
            .any(|c| c.role == Role::Text && c.values.iter().any(|v| is_failure_value(v)));
        if !failing {
            return None;
        }
        self.one_value(t, is_success_value)
    }

    /// The one text column of table `t` with exactly one sampled value that `keep` keeps,
    /// with that value; None when no column or several have one.
    pub fn one_value(&self, t: usize, keep: impl Fn(&str) -> bool) -> Option<(ColumnRef, String)> {
        let found: Vec<(ColumnRef, String)> = self.tables[t]
            .columns
            .iter()
            .filter(|c| c.role == Role::Text)
            .filter_map(|c| {
                let kept: Vec<&String> = c.values.iter().filter(|v| keep(v)).collect();
                match kept[..] {
                    [one] => Some((
                        ColumnRef {
                            table: t,
                            column: c.name.clone(),
                        },
                        one.clone(),
                    )),
                    _ => None,
                }
            })
            .collect();
        match &found[..] {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The coded values (`ACT`) of text columns of `tables` (all tables when empty) that
    /// abbreviate `word` ("active"), one per column.
    pub fn codes_for(&self, tables: &[usize], word: &str) -> Vec<(ColumnRef, String)> {
        let all: Vec<usize> = (0..self.tables.len()).collect();
        let tables = if tables.is_empty() { &all[..] } else { tables };
        let mut found = Vec::new();
        for &t in tables {
            for c in self.tables[t]
                .columns
                .iter()
                .filter(|c| c.role == Role::Text)
            {
                let coded: Vec<&String> = c
                    .values
                    .iter()
                    .filter(|v| v.chars().all(|ch| ch.is_ascii_uppercase()))
                    .filter(|v| crate::ask::vocab::business::abbreviates(v, word))
                    .collect();
                if let [one] = coded[..] {
                    found.push((
                        ColumnRef {
                            table: t,
                            column: c.name.clone(),
                        },
                        one.clone(),
                    ));
                }
            }
        }
        found
    }
}
