//! The foreign-key graph, and the paths that connect the tables chosen for a question:
//! each table joins the tables already chosen by a shortest path, and the tables along it
//! come in as bridges (`customers` and `products` need `orders` and `order_lines`).

use std::collections::{HashMap, HashSet, VecDeque};

use super::Join;
use crate::ask::corpus::Corpus;

/// Longest path (in joins) looked for between two chosen tables.
const MAX_HOPS: usize = 4;

pub(super) struct ForeignKeyGraph {
    joins: Vec<Join>,
    /// Per table: (neighbouring table, join index), both directions.
    adjacency: Vec<Vec<(usize, usize)>>,
}

/// How the chosen tables connect.
#[derive(Debug, Default)]
pub(super) struct Connection {
    /// Chosen and bridge tables with their scores; a bridge follows the table it connects.
    pub tables: Vec<(usize, f32)>,
    pub bridges: HashSet<usize>,
    /// Joins (indices into the graph) whose two tables are both in `tables`.
    pub joins: Vec<usize>,
    /// Tables connected to each other, with the best score of a chosen table among them.
    pub groups: Vec<(Vec<usize>, f32)>,
}

impl ForeignKeyGraph {
    pub fn build(corpus: &Corpus) -> Self {
        let mut joins = Vec::new();
        let mut adjacency = vec![Vec::new(); corpus.tables.len()];
        // Foreign keys name their target exactly: one map instead of a scan per key.
        let by_name: HashMap<(&str, &str), usize> = corpus
            .tables
            .iter()
            .enumerate()
            .map(|(t, table)| ((table.schema.as_str(), table.name.as_str()), t))
            .collect();
        for (from, table) in corpus.tables.iter().enumerate() {
            for fk in &table.foreign_keys {
                let target = (fk.ref_schema.as_str(), fk.ref_table.as_str());
                let Some(&to) = by_name.get(&target) else {
                    continue;
                };
                let j = joins.len();
                joins.push(Join {
                    from_table: from,
                    from_columns: fk.columns.clone(),
                    to_table: to,
                    to_columns: fk.ref_columns.clone(),
                });
                if from != to {
                    adjacency[from].push((to, j));
                    adjacency[to].push((from, j));
                }
            }
        }
        Self { joins, adjacency }
    }

    pub fn join(&self, j: usize) -> &Join {
        &self.joins[j]
    }

    /// The tables each table refers to by foreign key.
    pub fn parents(&self, tables: usize) -> Vec<Vec<usize>> {
        let mut parents = vec![Vec::new(); tables];
        for join in &self.joins {
            if join.from_table != join.to_table
                && !parents[join.from_table].contains(&join.to_table)
            {
                parents[join.from_table].push(join.to_table);
            }
        }
        parents
    }

    /// The tables within `hops` joins of any of `start` (those included).
    pub fn near(&self, start: &[usize], hops: usize) -> HashSet<usize> {
        let mut seen: HashSet<usize> = start.iter().copied().collect();
        let mut frontier: Vec<usize> = start.to_vec();
        for _ in 0..hops {
            let mut next = Vec::new();
            for &t in &frontier {
                for &(n, _) in &self.adjacency[t] {
                    if seen.insert(n) {
                        next.push(n);
                    }
                }
            }
            frontier = next;
        }
        seen
    }

    /// The joins (indices) whose two tables are both in `tables`, nearest the front first.
    pub fn joins_among(&self, tables: &[(usize, f32)]) -> Vec<usize> {
        let rank: HashMap<usize, usize> = tables
            .iter()
            .enumerate()
            .map(|(r, (t, _))| (*t, r))
            .collect();
        let mut joins: Vec<usize> = (0..self.joins.len())
            .filter(|&j| {
                rank.contains_key(&self.joins[j].from_table)
                    && rank.contains_key(&self.joins[j].to_table)
            })
            .collect();
        joins.sort_by_key(|&j| {
            let join = &self.joins[j];
            let (a, b) = (rank[&join.from_table], rank[&join.to_table]);
            (a.max(b), a.min(b), j)
        });
        joins
    }

    /// Connects `chosen` (strongest first) through shortest foreign-key paths; `scores`
    /// holds every table's score (for bridges, and to prefer strong bridges on ties).
    pub fn connect(&self, chosen: &[(usize, f32)], scores: &[f32]) -> Connection {
        let mut connection = Connection::default();
        let mut group_of: HashMap<usize, usize> = HashMap::new();
        for &(t, score) in chosen {
            if let Some(&g) = group_of.get(&t) {
                // Already here as a bridge: it was asked for after all.
                connection.bridges.remove(&t);
                let group = &mut connection.groups[g];
                group.1 = group.1.max(score);
                continue;
            }
            let path = self.shortest_path(t, &group_of, scores);
            let g = match path.last().and_then(|end| group_of.get(end)) {
                Some(&g) => g,
                None => {
                    connection.groups.push((Vec::new(), 0.0));
                    connection.groups.len() - 1
                }
            };
            connection.tables.push((t, score));
            group_of.insert(t, g);
            connection.groups[g].0.push(t);
            connection.groups[g].1 = connection.groups[g].1.max(score);
            for &bridge in path.iter().skip(1) {
                if group_of.contains_key(&bridge) {
                    continue;
                }
                connection
                    .tables
                    .push((bridge, scores.get(bridge).copied().unwrap_or(0.0)));
                connection.bridges.insert(bridge);
                group_of.insert(bridge, g);
                connection.groups[g].0.push(bridge);
            }
        }
        connection.joins = self.joins_among(&connection.tables);
        connection
    }

    /// The shortest path from `start` to any table in `reached`, as tables from `start`
    /// to the one reached; empty when none is within [`MAX_HOPS`]. Among equally short
    /// paths, the one through stronger tables.
    fn shortest_path(
        &self,
        start: usize,
        reached: &HashMap<usize, usize>,
        scores: &[f32],
    ) -> Vec<usize> {
        if reached.is_empty() {
            return Vec::new();
        }
        let mut previous: HashMap<usize, usize> = HashMap::new();
        let mut queue = VecDeque::from([(start, 0usize)]);
        previous.insert(start, start);
        while let Some((table, hops)) = queue.pop_front() {
            if table != start && reached.contains_key(&table) {
                let mut path = vec![table];
                let mut at = table;
                while at != start {
                    at = previous[&at];
                    path.push(at);
                }
                path.reverse();
                return path;
            }
            if hops == MAX_HOPS {
                continue;
            }
            let mut next: Vec<usize> = self.adjacency[table].iter().map(|(n, _)| *n).collect();
            next.sort_by(|a, b| {
                let score = |t: &usize| scores.get(*t).copied().unwrap_or(0.0);
                // Tables already chosen first: a path ending there needs no bridge.
                reached
                    .contains_key(b)
                    .cmp(&reached.contains_key(a))
                    .then(score(b).total_cmp(&score(a)))
                    .then(a.cmp(b))
            });
            for n in next {
                if let std::collections::hash_map::Entry::Vacant(e) = previous.entry(n) {
                    e.insert(table);
                    queue.push_back((n, hops + 1));
                }
            }
        }
        Vec::new()
    }
}
