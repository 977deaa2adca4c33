//! Foreign keys a schema names but does not declare.

use super::{stem, Edge, Table, TableModel};

/// Foreign keys a schema does not declare (ported from MySQL's MyISAM, or never added) but
/// names: `beer_id` of `brew_batches` refers to `beers`, whose primary key is `beer_id`, or
/// to a table named `beer`/`beers` keyed by `id`. Only a column no declared key covers, of
/// the parent key's type, and only where exactly one table fits.
pub(super) fn inferred_edges(tables: &[Table], models: &[TableModel]) -> Vec<Edge> {
    let mut edges = Vec::new();
    for (child, table) in tables.iter().enumerate() {
        let declared: Vec<&String> = table.foreign_keys.iter().flat_map(|f| &f.columns).collect();
        for column in &table.columns {
            let lower = column.name.to_lowercase();
            let Some(base) = lower.strip_suffix("_id").filter(|b| !b.is_empty()) else {
                continue;
            };
            if declared.contains(&&column.name) || table.primary_key == [column.name.clone()] {
                continue;
            }
            let base_words: Vec<String> = base.split('_').map(stem).collect();
            let parents: Vec<usize> = (0..tables.len())
                .filter(|&p| p != child)
                .filter(|&p| {
                    let [key] = &tables[p].primary_key[..] else {
                        return false;
                    };
                    let same_type = tables[p]
                        .columns
                        .iter()
                        .find(|c| c.name == *key)
                        .is_some_and(|k| k.data_type == column.data_type);
                    let named = key.eq_ignore_ascii_case(&column.name)
                        || (key.eq_ignore_ascii_case("id") && models[p].words == base_words);
                    same_type && named
                })
                .collect();
            if let [parent] = parents[..] {
                edges.push(Edge {
                    child,
                    columns: vec![column.name.clone()],
                    parent,
                    ref_columns: tables[parent].primary_key.clone(),
                });
            }
        }
    }
    edges
}
