//! The on-disk embeddings cache: one file per (model, text), named by the SHA-256 of both,
//! so a restart with an unchanged corpus asks the endpoint for nothing. An entry carries
//! its own checksum; a truncated or damaged entry reads as missing and is rewritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

const MAGIC: &[u8; 4] = b"APE1";
const CHECKSUM_LEN: usize = 32;

#[derive(Debug, Clone)]
pub struct EmbeddingCache {
    dir: PathBuf,
}

impl EmbeddingCache {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// `cache_dir` from the configuration, or `~/.cache/askpg/embeddings` when empty;
    /// `None` when empty and there is no home directory.
    pub fn from_config_dir(cache_dir: &str) -> Option<Self> {
        if !cache_dir.trim().is_empty() {
            return Some(Self::new(cache_dir));
        }
        let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
        Some(Self::new(Path::new(&home).join(".cache/askpg/embeddings")))
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

    /// The cached vector, or `None` when missing or unreadable.
    pub fn get(&self, key: &str) -> Option<Vec<f32>> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        let decoded = decode(&bytes);
        if decoded.is_none() {
            tracing::debug!(key, "ignoring a damaged embeddings cache entry");
        }
        decoded
    }

    /// Stores a vector: written to a temporary file and renamed, so readers never see half
    /// an entry.
    pub fn put(&self, key: &str, vector: &[f32]) -> std::io::Result<()> {
        let path = self.path(key);
        let dir = path.parent().unwrap_or(&self.dir);
        std::fs::create_dir_all(dir)?;
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        file.write_all(&encode(vector))?;
        file.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }
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
}
