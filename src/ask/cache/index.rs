//! The semantic tier's vector index: skeleton embeddings under HNSW (hnsw_rs, cosine
//! distance), one point per entry id. HNSW cannot delete, so entries that leave the cache
//! leave dead points behind; the owner rebuilds the index from the live entries when the
//! dead ones outnumber them (see `Scoped::store`).

use std::sync::atomic::{AtomicUsize, Ordering};

use hnsw_rs::prelude::{DistCosine, Hnsw};

/// Neighbours kept per node, layers, and the candidate list while inserting. Smaller than
/// the corpus index's: entries arrive one by one on the question path.
const CONNECTIONS: usize = 16;
const LAYERS: usize = 16;
const EF_CONSTRUCTION: usize = 64;
/// Candidate list while searching (at least the number of neighbours asked for).
const EF_SEARCH: usize = 48;

pub(super) struct SkeletonIndex {
    hnsw: Hnsw<'static, f32, DistCosine>,
    /// Dimension of the vectors, fixed by the first one (0 while empty).
    dimensions: AtomicUsize,
    points: AtomicUsize,
}

impl SkeletonIndex {
    pub(super) fn new(expected_points: usize) -> Self {
        SkeletonIndex {
            hnsw: Hnsw::new(
                CONNECTIONS,
                expected_points.max(16),
                LAYERS,
                EF_CONSTRUCTION,
                DistCosine,
            ),
            dimensions: AtomicUsize::new(0),
            points: AtomicUsize::new(0),
        }
    }

    fn usable(vector: &[f32]) -> bool {
        !vector.is_empty()
            && vector.iter().all(|x| x.is_finite())
            && vector.iter().any(|x| *x != 0.0)
    }

    /// Adds entry `id`'s vector; a vector that is empty, not finite, zero or of another
    /// dimension than the first is left out (that entry is then only found exactly).
    pub(super) fn insert(&self, id: u64, vector: &[f32]) -> bool {
        if !Self::usable(vector) {
            return false;
        }
        let dimensions = match self.dimensions.compare_exchange(
            0,
            vector.len(),
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => vector.len(),
            Err(existing) => existing,
        };
        let Ok(data_id) = usize::try_from(id) else {
            return false;
        };
        if dimensions != vector.len() {
            return false;
        }
        self.hnsw.insert_slice((vector, data_id));
        self.points.fetch_add(1, Ordering::AcqRel);
        true
    }

    /// The `k` entry ids nearest to `vector`, with cosine similarity, closest first.
    pub(super) fn nearest(&self, vector: &[f32], k: usize) -> Vec<(u64, f32)> {
        let dimensions = self.dimensions.load(Ordering::Acquire);
        if self.points() == 0 || vector.len() != dimensions || !Self::usable(vector) {
            return Vec::new();
        }
        let mut found: Vec<(u64, f32)> = self
            .hnsw
            .search(vector, k, EF_SEARCH.max(k))
            .into_iter()
            .map(|n| (n.d_id as u64, 1.0 - n.distance))
            .collect();
        found.sort_by(|a, b| b.1.total_cmp(&a.1));
        found
    }

    /// Points inserted, dead ones included.
    pub(super) fn points(&self) -> usize {
        self.points.load(Ordering::Acquire)
    }
}
