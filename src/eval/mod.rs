//! `askpg eval`: how often questions are answered right with this corpus, model and askpg.
//!
//! A golden file lists questions with the SQL that answers each. Every question goes
//! through the same pipeline as an `ASK` (built from the same configuration as
//! `askpg serve`); its SQL and the gold SQL run on the upstream in a read-only session, and
//! the question is right when the rows are the same.
//!
//! - [`golden`]: reading and checking the golden file, before anything runs;
//! - [`score`]: one question asked, both SQL run, the status decided;
//! - [`compare`]: rows compared as multisets or sequences, numbers at the gold's precision;
//! - [`summary`]: the totals, the JSON document and the text table;
//! - `progress`: the progress bar on stderr.

pub mod compare;
pub mod golden;
mod progress;
pub mod score;
pub mod summary;

use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::ask::pipeline::Asker;
use crate::config::{Config, ConfigError, Overrides};
use crate::guard::Guard;
use golden::{Entry, GoldenError};
use score::{ReadOnlySession, Scored, Status};
use summary::{RunInfo, Summary};

/// How the results are printed on stdout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table per question and the totals.
    #[default]
    Text,
    /// One JSON document.
    Json,
}

/// What `askpg eval` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub golden: PathBuf,
    pub config: Option<PathBuf>,
    pub upstream: Option<String>,
    pub format: Format,
    /// Also write the JSON document here.
    pub report: Option<PathBuf>,
    /// Least accuracy, in percent, for a passing run.
    pub min_accuracy: f64,
    /// Questions in flight at once.
    pub concurrency: usize,
    /// Consult and fill the semantic cache as `ASK` does (off: every question is generated).
    pub cache: bool,
}

/// How a run that completed compares with `--min-accuracy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Accuracy reached the minimum (exit 0).
    Passed,
    /// Accuracy fell below it (exit 1).
    BelowMinimum,
}

/// Why no measurement came out: the configuration, the golden file, or what askpg needs
/// before the first question (the upstream, its role, the corpus). The exit code is 2.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Golden(#[from] GoldenError),
    #[error("{0}")]
    Setup(String),
    #[error("--report {}: {source}", .path.display())]
    Report {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Runs the golden set and prints the results; the verdict decides the exit code.
pub async fn run(options: Options) -> Result<Verdict, EvalError> {
    let config = load_config(&options)?;
    crate::init_tracing(&config.log);
    let entries = golden::read(&options.golden)?;
    let mut report = match &options.report {
        Some(path) => Some((path, open_report(path)?)),
        None => None,
    };
    let asker = prepare(&config, &entries, &options.golden).await?;
    let scored = score_all(&asker, &config, &entries, options.concurrency).await;
    let summary = Summary::of(&scored, &config.llm);
    let run = run_info(&asker, &config, &options);
    let json = summary::json(&run, &summary, &entries, &scored);
    let printed = match options.format {
        Format::Json => format!("{json}\n"),
        Format::Text => summary::text(&run, &summary, &entries, &scored),
    };
    // A closed stdout (`| head`) loses the table, not the verdict.
    let _ = std::io::stdout().lock().write_all(printed.as_bytes());
    if let Some((path, file)) = &mut report {
        write_report(file, &json).map_err(|source| EvalError::Report {
            path: path.to_path_buf(),
            source,
        })?;
    }
    Ok(match summary.meets(options.min_accuracy) {
        true => Verdict::Passed,
        false => Verdict::BelowMinimum,
    })
}

/// What produced the answers.
fn run_info(asker: &Asker, config: &Config, options: &Options) -> RunInfo {
    RunInfo {
        askpg_version: env!("CARGO_PKG_VERSION"),
        golden: options.golden.display().to_string(),
        generator: asker.generator_name(),
        model: match asker.generator_name() {
            "builtin" => "builtin".to_owned(),
            _ => config.llm.model.clone(),
        },
        corpus_version: asker
            .knowledge()
            .map(|k| k.corpus.version.clone())
            .unwrap_or_default(),
        cache: config.cache.enabled,
    }
}

/// The configuration `askpg serve` would use, but for the keys about clients: eval serves
/// none, so `listen`, `auth` and `metrics.listen` must not stop it. Without `--cache`,
/// questions bypass the semantic cache.
fn load_config(options: &Options) -> Result<Config, ConfigError> {
    let mut env: Vec<(String, String)> = std::env::vars().collect();
    env.push(("ASKPG_AUTH_METHOD".into(), "trust".into()));
    let overrides = Overrides {
        listen: Some("127.0.0.1:0".into()),
        upstream_url: options.upstream.clone(),
        metrics_listen: Some(String::new()),
    };
    let mut config = Config::load(options.config.as_deref(), env, &overrides)?;
    if !options.cache {
        config.cache.enabled = false;
    }
    Ok(config)
}

/// Opened before anything runs, so an unwritable path stops the run at once; emptied
/// only when the new report is written.
fn open_report(path: &Path) -> Result<std::fs::File, EvalError> {
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(|source| EvalError::Report {
            path: path.to_owned(),
            source,
        })
}

fn write_report(file: &mut std::fs::File, json: &str) -> std::io::Result<()> {
    file.set_len(0)?;
    file.rewind()?;
    file.write_all(json.as_bytes())?;
    file.write_all(b"\n")
}

/// What `askpg serve` does before its first session — audit the upstream role, load the
/// guard's catalog, load the corpus — with the gold SQL checked by the guard in between.
async fn prepare(
    config: &Config,
    entries: &[Entry],
    golden: &Path,
) -> Result<Arc<Asker>, EvalError> {
    let guard = Arc::new(Guard::new(&config.guard));
    let (catalog, findings) = crate::role_audit::run(config)
        .await
        .map_err(|e| EvalError::Setup(e.to_string()))?;
    for finding in &findings {
        tracing::warn!(finding = %finding, "upstream role can write (guard.allow_writable_upstream = true)");
    }
    guard.set_catalog(catalog);
    golden::check_with_guard(entries, &guard).map_err(|problems| GoldenError {
        path: golden.to_owned(),
        problems,
    })?;
    let asker = Asker::from_config(config, guard).map_err(EvalError::Setup)?;
    asker
        .reload()
        .await
        .map_err(|e| EvalError::Setup(format!("cannot load the corpus: {e}")))?;
    Ok(Arc::new(asker))
}

/// Scores every entry with `concurrency` workers, each with its own read-only session;
/// the results come back in the golden file's order.
async fn score_all(
    asker: &Arc<Asker>,
    config: &Config,
    entries: &[Entry],
    concurrency: usize,
) -> Vec<Scored> {
    let shared: Arc<[Entry]> = entries.into();
    let next = Arc::new(AtomicUsize::new(0));
    let (done, mut results) = tokio::sync::mpsc::unbounded_channel();
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..concurrency.clamp(1, entries.len()) {
        let (asker, entries, next, done) =
            (asker.clone(), shared.clone(), next.clone(), done.clone());
        let mut session = ReadOnlySession::new(config);
        workers.spawn(async move {
            loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(entry) = entries.get(index) else {
                    break;
                };
                let scored = score::score(&asker, entry, &mut session).await;
                if done.send((index, scored)).is_err() {
                    break;
                }
            }
        });
    }
    drop(done);
    let mut progress = progress::Progress::new(entries.len());
    let mut scored: Vec<Option<Scored>> = vec![None; entries.len()];
    while let Some((index, result)) = results.recv().await {
        progress.record(&entries[index].id, &result);
        scored[index] = Some(result);
    }
    progress.finish();
    while let Some(joined) = workers.join_next().await {
        if let Err(err) = joined {
            tracing::error!(error = %err, "an evaluation worker failed");
        }
    }
    scored
        .into_iter()
        .map(|s| {
            s.unwrap_or_else(|| Scored {
                status: Status::Error,
                sql: None,
                repairs: 0,
                cache: String::new(),
                latency: std::time::Duration::ZERO,
                prompt_tokens: 0,
                completion_tokens: 0,
                detail: Some("the evaluation worker scoring this question failed".into()),
            })
        })
        .collect()
}
