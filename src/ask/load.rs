//! Placeholder until the corpus loader lands (branch ask-corpus).
use super::corpus::Corpus;
use crate::config::Config;
use crate::guard::Guard;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct LoadError(String);

pub async fn load(_config: &Config, _guard: &Guard) -> Result<Corpus, LoadError> {
    let _ = LoadError(String::new());
    Ok(Corpus::default())
}
