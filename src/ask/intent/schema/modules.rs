//! Tables grouped in modules by a shared prefix (`sales_packages`, `sales_transactions`,
//! `ops_downtime_events`): the prefix names the module, and the rest of the name the table.

use super::TableModel;

/// Marks the tables whose first word is a module's prefix: the first word of two tables
/// or more, and no table's own (no table is named by it alone or ends in it).
pub(super) fn modules(tables: &mut [TableModel]) {
    use std::collections::{HashMap, HashSet};
    let mut firsts: HashMap<&str, usize> = HashMap::new();
    let mut owned: HashSet<&str> = HashSet::new();
    for t in tables.iter() {
        if let [first, _, ..] = &t.words[..] {
            *firsts.entry(first.as_str()).or_default() += 1;
        }
        if let Some(last) = t.words.last() {
            owned.insert(last.as_str());
        }
    }
    let prefixes: HashSet<String> = firsts
        .into_iter()
        .filter(|(w, n)| *n >= 2 && !owned.contains(w))
        .map(|(w, _)| w.to_owned())
        .collect();
    for t in tables.iter_mut() {
        t.module = t.words.len() >= 2 && prefixes.contains(&t.words[0]);
    }
}
