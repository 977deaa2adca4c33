//! The on-disk embeddings cache: one file per (model, text), named by the SHA-256 of both,
//! so a restart with an unchanged corpus asks the endpoint for nothing. An entry carries
//! its own checksum; a truncated or damaged entry reads as missing and is rewritten.
//!
//! Every question asked adds an entry, so the cache is bounded: past `max_bytes` the entries
//! used longest ago (a hit refreshes an entry's modification time) are deleted until the
//! cache is back under nine tenths of the bound.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

const MAGIC: &[u8; 4] = b"APE1";
const CHECKSUM_LEN: usize = 32;

#[derive(Debug, Clone)]
pub struct EmbeddingCache {
    dir: PathBuf,
    /// Most bytes the entries may take; 0 = no bound.
    max_bytes: u64,
    /// Bytes the entries take, as far as this process knows: learnt by a scan of the
    /// directory at the first write, then counted. `None` until then.
    used: Arc<Mutex<Option<u64>>>,
}

/// What one pruning pass did.
#[derive(Debug, Default, PartialEq, Eq)]
struct Pruned {
    entries: u64,
    bytes: u64,
    /// Bytes the entries take afterwards.
    left: u64,
}

impl EmbeddingCache {
    /// A cache without a size bound.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self::bounded(dir, 0)
    }

    /// A cache that deletes its least recently used entries past `max_bytes` (0 = no bound).
    pub fn bounded(dir: impl Into<PathBuf>, max_bytes: u64) -> Self {
        Self {
            dir: dir.into(),
            max_bytes,
            used: Arc::new(Mutex::new(None)),
        }
    }

    /// `cache_dir` from the configuration, or `~/.cache/askpg/embeddings` when empty;
    /// `None` when empty and there is no home directory.
    pub fn from_config_dir(cache_dir: &str, max_bytes: u64) -> Option<Self> {
        if !cache_dir.trim().is_empty() {
            return Some(Self::bounded(cache_dir, max_bytes));
        }
        let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
        Some(Self::bounded(
            Path::new(&home).join(".cache/askpg/embeddings"),
            max_bytes,
        ))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The content hash naming the entry of `text` embedded by `model`.
    pub fn key(model: &str, text: &str) -> String {
        let mut hasher = Sha256::new();
        hasher.update(model.as_bytes());
        hasher.update([0u8]);
        hasher.update(text.as_bytes());
        hex(&hasher.finalize())
    }

    /// Where the entry for `key` lives.
    pub fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2.min(key.len())]).join(key)
    }

    /// The cached vector, or `None` when missing or unreadable. A hit marks the entry as
    /// used now, so a bounded cache keeps it over entries nobody asked for since.
    pub fn get(&self, key: &str) -> Option<Vec<f32>> {
        let path = self.path(key);
        let bytes = std::fs::read(&path).ok()?;
        let decoded = decode(&bytes);
        if decoded.is_none() {
            tracing::debug!(key, "ignoring a damaged embeddings cache entry");
        } else if self.max_bytes > 0 {
            // Best effort: a read-only cache directory still serves hits.
            let _ = std::fs::File::options()
                .write(true)
                .open(&path)
                .and_then(|f| f.set_modified(SystemTime::now()));
        }
        decoded
    }

    /// Stores a vector: written to a temporary file and renamed, so readers never see half
    /// an entry. Past the bound, the least recently used entries are deleted.
    pub fn put(&self, key: &str, vector: &[f32]) -> std::io::Result<()> {
        let path = self.path(key);
        let dir = path.parent().unwrap_or(&self.dir);
        std::fs::create_dir_all(dir)?;
        let bytes = encode(vector);
        // Only a bounded cache counts what it holds.
        let replaced = if self.max_bytes > 0 {
            std::fs::metadata(&path).map_or(0, |m| m.len())
        } else {
            0
        };
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        file.write_all(&bytes)?;
        file.persist(&path).map_err(|e| e.error)?;
        if self.max_bytes > 0 {
            self.account(bytes.len() as u64, replaced);
        }
        Ok(())
    }

    /// Counts a write of `added` bytes over an entry of `replaced` bytes, and prunes when the
    /// cache went past its bound.
    fn account(&self, added: u64, replaced: u64) {
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        let total = match *used {
            Some(total) => total.saturating_sub(replaced) + added,
            None => self.entries().iter().map(|e| e.bytes).sum(),
        };
        *used = Some(total);
        if total <= self.max_bytes {
            return;
        }
        let started = std::time::Instant::now();
        let pruned = self.prune(self.max_bytes / 10 * 9);
        *used = Some(pruned.left);
        tracing::info!(
            removed_entries = pruned.entries,
            removed_bytes = pruned.bytes,
            left_bytes = pruned.left,
            max_bytes = self.max_bytes,
            elapsed_ms = started.elapsed().as_millis() as u64,
            dir = %self.dir.display(),
            "embeddings cache pruned: least recently used entries deleted"
        );
    }

    /// Deletes the least recently used entries until the rest take at most `target` bytes.
    fn prune(&self, target: u64) -> Pruned {
        let mut entries = self.entries();
        let mut left: u64 = entries.iter().map(|e| e.bytes).sum();
        entries.sort_by_key(|e| e.used);
        let mut pruned = Pruned::default();
        for entry in entries {
            if left <= target {
                break;
            }
            match std::fs::remove_file(&entry.path) {
                Ok(()) => {
                    pruned.entries += 1;
                    pruned.bytes += entry.bytes;
                    left -= entry.bytes;
                }
                // Another askpg sharing the directory deleted it first.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => left -= entry.bytes,
                Err(e) => tracing::warn!(
                    error = %e,
                    path = %entry.path.display(),
                    "could not delete an embeddings cache entry"
                ),
            }
        }
        pruned.left = left;
        pruned
    }

    /// The entries on disk: files in the two-character subdirectories, without the
    /// temporary files of writes in progress.
    fn entries(&self) -> Vec<Entry> {
        let mut entries = Vec::new();
        let Ok(subdirs) = std::fs::read_dir(&self.dir) else {
            return entries;
        };
        for subdir in subdirs.flatten() {
            let Ok(files) = std::fs::read_dir(subdir.path()) else {
                continue;
            };
            for file in files.flatten() {
                if file.file_name().to_string_lossy().starts_with('.') {
                    continue;
                }
                let Ok(meta) = file.metadata() else { continue };
                if meta.is_file() {
                    entries.push(Entry {
                        path: file.path(),
                        bytes: meta.len(),
                        used: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                    });
                }
            }
        }
        entries
    }
}

struct Entry {
    path: PathBuf,
    bytes: u64,
    used: SystemTime,
}

fn encode(vector: &[f32]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(8 + vector.len() * 4 + CHECKSUM_LEN);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&(vector.len() as u32).to_le_bytes());
    for x in vector {
        bytes.extend_from_slice(&x.to_le_bytes());
    }
    let checksum = Sha256::digest(&bytes);
    bytes.extend_from_slice(&checksum);
    bytes
}

fn decode(bytes: &[u8]) -> Option<Vec<f32>> {
    let body_len = bytes.len().checked_sub(CHECKSUM_LEN)?;
    let (body, checksum) = bytes.split_at(body_len);
    if body.len() < 8 || &body[..4] != MAGIC || Sha256::digest(body).as_slice() != checksum {
        return None;
    }
    let dimensions = u32::from_le_bytes(body[4..8].try_into().ok()?) as usize;
    let floats = &body[8..];
    if dimensions == 0 || floats.len() != dimensions * 4 {
        return None;
    }
    let vector: Vec<f32> = floats
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    vector.iter().all(|x| x.is_finite()).then_some(vector)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_damage_reads_as_missing() {
        let dir = tempfile::tempdir().unwrap();
        let cache = EmbeddingCache::new(dir.path());
        let key = EmbeddingCache::key("m", "hello");
        assert_ne!(key, EmbeddingCache::key("other-model", "hello"));
        assert!(cache.get(&key).is_none());
        cache.put(&key, &[0.6, 0.8]).unwrap();
        assert_eq!(cache.get(&key), Some(vec![0.6, 0.8]));

        let path = cache.path(&key);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[9] ^= 0xff;
        std::fs::write(&path, &bytes).unwrap();
        assert!(cache.get(&key).is_none());
        std::fs::write(&path, b"APE1").unwrap();
        assert!(cache.get(&key).is_none());

        cache.put(&key, &[1.0]).unwrap();
        assert_eq!(cache.get(&key), Some(vec![1.0]));
    }

    /// Sets an entry's last use `age_s` seconds back.
    fn age(cache: &EmbeddingCache, key: &str, age_s: u64) {
        let when = SystemTime::now() - std::time::Duration::from_secs(age_s);
        std::fs::File::options()
            .write(true)
            .open(cache.path(key))
            .and_then(|f| f.set_modified(when))
            .unwrap();
    }

    #[test]
    fn a_bounded_cache_deletes_the_entries_used_longest_ago() {
        let dir = tempfile::tempdir().unwrap();
        let vector = [0.5f32; 16];
        let entry = encode(&vector).len() as u64;
        // Room for four entries; a prune leaves at most nine tenths, three entries.
        let cache = EmbeddingCache::bounded(dir.path(), entry * 4);
        let keys: Vec<String> = (0..5)
            .map(|i| EmbeddingCache::key("m", &format!("question {i}")))
            .collect();
        for (i, key) in keys[..4].iter().enumerate() {
            cache.put(key, &vector).unwrap();
            age(&cache, key, 100 - i as u64 * 10);
        }
        // Rewriting an entry does not count it twice.
        cache.put(&keys[3], &vector).unwrap();
        assert!(keys[..4].iter().all(|k| cache.path(k).exists()));
        // Entry 0 is the oldest, but a hit makes it the most recently used.
        assert!(cache.get(&keys[0]).is_some());
        cache.put(&keys[4], &vector).unwrap();

        let kept: Vec<bool> = keys.iter().map(|k| cache.path(k).exists()).collect();
        assert_eq!(kept, [true, false, false, true, true]);
        let on_disk: u64 = cache.entries().iter().map(|e| e.bytes).sum();
        assert_eq!(on_disk, entry * 3);
        assert_eq!(*cache.used.lock().unwrap(), Some(entry * 3));
    }

    #[test]
    fn a_cache_over_its_bound_at_start_is_pruned_at_the_first_write() {
        let dir = tempfile::tempdir().unwrap();
        let vector = [0.25f32; 8];
        let entry = encode(&vector).len() as u64;
        let unbounded = EmbeddingCache::new(dir.path());
        for i in 0..10 {
            let key = EmbeddingCache::key("m", &i.to_string());
            unbounded.put(&key, &vector).unwrap();
            age(&unbounded, &key, 1000 - i * 10);
        }
        // A write in progress by another process is not an entry.
        let partial = unbounded
            .path(&EmbeddingCache::key("m", "0"))
            .with_file_name(".tmp-partial");
        std::fs::write(&partial, b"x").unwrap();

        let bounded = EmbeddingCache::bounded(dir.path(), entry * 5);
        bounded
            .put(&EmbeddingCache::key("m", "new"), &vector)
            .unwrap();
        let left: Vec<String> = bounded
            .entries()
            .iter()
            .map(|e| e.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left.len(), 4, "{left:?}");
        for i in 0..7 {
            assert!(!bounded
                .path(&EmbeddingCache::key("m", &i.to_string()))
                .exists());
        }
        assert!(bounded.path(&EmbeddingCache::key("m", "new")).exists());
        assert!(partial.exists());
        // No bound: nothing is ever deleted.
        assert_eq!(
            unbounded.prune(u64::MAX),
            Pruned {
                left: entry * 4,
                ..Default::default()
            }
        );
    }
}
