//! The values sampled of a schema's text columns, read as the states of its rows: the one
//! status of success among failures, and coded values (`ACT`) a word spells out.

use super::{Model, Role};
use crate::ask::intent::ColumnRef;

impl Model {
    /// Whether table `t` records events: nothing refers to its rows, and it keeps a date
    /// of its own beside any of when the row was written (`lessons.lesson_date`, not
    /// `created_at`). Its price is what each was charged, not a catalogue's.
    pub fn records_events(&self, t: usize) -> bool {
        let referred = self.edges.iter().any(|e| e.parent == t && e.child != t);
        let dated = self.tables[t].columns.iter().any(|c| {
            c.role == Role::Time
                && !c.words.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "created"
                            | "create"
                            | "updated"
                            | "update"
                            | "modified"
                            | "modify"
                            | "inserted"
                            | "insert"
                            | "deleted"
                            | "delete"
                    )
                })
        });
        !referred && dated
    }

    /// Whether `lookup` is a small table of the statuses of `base`'s rows: `base` points to
    /// it by a status column (`status_code`, `state_id`), and it holds little more than a
    /// code and what the code means (`enrolment_status(code, label)`).
    pub fn status_lookup(&self, base: usize, lookup: usize) -> bool {
        let small =
            self.tables[lookup].columns.len() <= 4 && !self.edges.iter().any(|e| e.child == lookup);
        small
            && self.edges.iter().any(|e| {
                e.child == base
                    && e.parent == lookup
                    && e.columns.iter().any(|c| {
                        self.column(base, c).is_some_and(|m| {
                            m.words
                                .iter()
                                .any(|w| matches!(w.as_str(), "status" | "state" | "stage"))
                        })
                    })
            })
    }

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
