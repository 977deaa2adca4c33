//! Loading the corpus: the upstream's schema ([`introspect`](super::introspect)) and the
//! corpus directory's `glossary.yaml`, `examples.yaml` and Markdown notes, checked against
//! each other and cut into [`Chunk`](super::corpus::Chunk)s.
//!
//! A file that cannot be read or parsed fails the load (with the file and line); a piece
//! that is wrong — an example the upstream rejects, a glossary term naming an unknown
//! column, a duplicate id — is left out and reported as a [`LoadIssue`].

mod chunks;
mod notes;

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::de::DeserializeOwned;
use tokio_postgres::Client;

use super::corpus::{Corpus, Example, GlossaryEntry, LoadIssue, Note};
use super::introspect::{introspect, IntrospectOptions};
use super::validate::{check_generated, explain};
use crate::config::Config;
use crate::guard::Guard;
use crate::role_audit::{side_connection, AuditError};
use crate::upstream::UpstreamError;

pub use chunks::glossary_slug;
pub use notes::slug;

pub const GLOSSARY_FILE: &str = "glossary.yaml";
pub const EXAMPLES_FILE: &str = "examples.yaml";

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot reach the upstream to load the corpus: {0}")]
    Unreachable(#[source] UpstreamError),
    #[error("cannot introspect the upstream schema: {0}")]
    Introspect(#[source] tokio_postgres::Error),
    #[error("the upstream connection closed while the corpus examples were being checked")]
    ConnectionLost,
    #[error("corpus directory {}: {source}", .path.display())]
    Dir { path: PathBuf, source: io::Error },
    #[error("cannot read {}: {source}", .path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("{}{}: {message}", .path.display(), location(.line, .column))]
    Yaml {
        path: PathBuf,
        /// 1-based, when the parser knows it.
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
}

fn location(line: &Option<usize>, column: &Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!(" line {line}, column {column}"),
        (Some(line), None) => format!(" line {line}"),
        _ => String::new(),
    }
}

/// Loads the corpus over a new side connection with the configured role.
pub async fn load(config: &Config, guard: &Guard) -> Result<Corpus, LoadError> {
    let client = side_connection(config).await.map_err(|err| match err {
        AuditError::Unreachable(err) => LoadError::Unreachable(err),
        other => LoadError::Unreachable(UpstreamError::Protocol(other.to_string())),
    })?;
    load_with(&client, config, guard).await
}

/// Loads the corpus through `client`, which must be connected with the role askpg's
/// sessions use: what it cannot read is not shown.
pub async fn load_with(
    client: &Client,
    config: &Config,
    guard: &Guard,
) -> Result<Corpus, LoadError> {
    let started = Instant::now();
    // Files first: a typo in a YAML file fails fast, before any upstream work.
    let files = read_corpus_dir(&config.corpus.dir).await?;
    let tables = introspect(client, &IntrospectOptions::from_config(config))
        .await
        .map_err(LoadError::Introspect)?;
    let mut corpus = Corpus {
        tables,
        notes: files.notes,
        ..Default::default()
    };
    let mut issues = files.issues;
    corpus.glossary = known_glossary(&corpus, files.glossary, &mut issues);
    let examples = distinct_examples(files.examples, &mut issues);
    corpus.examples = if config.corpus.validate_examples {
        valid_examples(client, guard, &corpus, examples, config, &mut issues).await?
    } else {
        examples
    };
    corpus.chunks = chunks::build(&corpus);
    corpus.version = chunks::version(&corpus);
    for issue in &issues {
        tracing::warn!(source = %issue.source, "corpus: {}; left out", issue.message);
    }
    corpus.issues = issues;
    tracing::info!(
        version = %corpus.version,
        elapsed = ?started.elapsed(),
        "corpus loaded: {}",
        corpus.summary()
    );
    Ok(corpus)
}

/// What the corpus directory holds, before it is checked against the schema.
#[derive(Debug, Default)]
struct Files {
    glossary: Vec<GlossaryEntry>,
    examples: Vec<Example>,
    notes: Vec<Note>,
    issues: Vec<LoadIssue>,
}

async fn read_corpus_dir(dir: &str) -> Result<Files, LoadError> {
    if dir.trim().is_empty() {
        return Ok(Files::default());
    }
    let dir = PathBuf::from(dir);
    let path = dir.clone();
    match tokio::task::spawn_blocking(move || read_files(&dir)).await {
        Ok(files) => files,
        Err(err) => match err.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(err) => Err(LoadError::Dir {
                path,
                source: io::Error::other(err),
            }),
        },
    }
}

fn read_files(dir: &Path) -> Result<Files, LoadError> {
    let dir_error = |source| LoadError::Dir {
        path: dir.to_owned(),
        source,
    };
    if !std::fs::metadata(dir).map_err(dir_error)?.is_dir() {
        return Err(dir_error(io::Error::other("not a directory")));
    }
    std::fs::read_dir(dir).map_err(dir_error)?;
    let mut files = Files {
        glossary: read_yaml(&dir.join(GLOSSARY_FILE))?,
        examples: read_yaml(&dir.join(EXAMPLES_FILE))?,
        ..Default::default()
    };
    files.notes = read_notes(dir, &mut files.issues);
    Ok(files)
}

/// A YAML list; a missing file is an empty list.
fn read_yaml<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, LoadError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(LoadError::Read {
                path: path.to_owned(),
                source,
            })
        }
    };
    // An empty file (or one with only comments) is a null document: no entries.
    match serde_norway::from_str::<Option<Vec<T>>>(&text) {
        Ok(list) => Ok(list.unwrap_or_default()),
        Err(err) => {
            let at = err.location();
            let mut message = err.to_string();
            if let Some(at) = &at {
                let suffix = format!(" at line {} column {}", at.line(), at.column());
                if let Some(stripped) = message.strip_suffix(&suffix) {
                    message = stripped.to_owned();
                }
            }
            Err(LoadError::Yaml {
                path: path.to_owned(),
                line: at.as_ref().map(|l| l.line()),
                column: at.as_ref().map(|l| l.column()),
                message,
            })
        }
    }
}

/// Every `*.md` under `dir` (not a top-level README.md, not hidden), split into sections,
/// in path order.
fn read_notes(dir: &Path, issues: &mut Vec<LoadIssue>) -> Vec<Note> {
    let mut paths = Vec::new();
    markdown_files(dir, dir, &mut paths, issues);
    let mut files: Vec<(String, PathBuf)> = paths
        .into_iter()
        .map(|path| (relative(dir, &path), path))
        .collect();
    files.sort();
    let mut notes = Vec::new();
    for (name, path) in files {
        match std::fs::read_to_string(&path) {
            Ok(text) => notes.extend(notes::sections(&name, &text)),
            Err(err) => issues.push(LoadIssue {
                source: name,
                message: format!("cannot read the note: {err}"),
            }),
        }
    }
    notes
}

fn markdown_files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>, issues: &mut Vec<LoadIssue>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            issues.push(LoadIssue {
                source: format!("{}/", relative(root, dir)),
                message: format!("cannot read the directory: {err}"),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with('.') {
            continue;
        }
        // Symbolic links to directories are not followed (no cycles); links to files are.
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        if file_type.is_dir() {
            markdown_files(root, &path, out, issues);
        } else if name.to_ascii_lowercase().ends_with(".md")
            && !(dir == root && name.eq_ignore_ascii_case("README.md"))
            && std::fs::metadata(&path).is_ok_and(|m| m.is_file())
        {
            out.push(path);
        }
    }
}

/// `path` relative to `root`, with `/` between parts.
fn relative(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Glossary entries whose term is new and whose columns all exist.
fn known_glossary(
    corpus: &Corpus,
    entries: Vec<GlossaryEntry>,
    issues: &mut Vec<LoadIssue>,
) -> Vec<GlossaryEntry> {
    let mut seen = HashSet::new();
    let mut kept = Vec::with_capacity(entries.len());
    for (n, entry) in entries.into_iter().enumerate() {
        let slug = glossary_slug(&entry.term);
        let unknown: Vec<&str> = entry
            .columns
            .iter()
            .map(String::as_str)
            .filter(|c| !column_exists(corpus, c))
            .collect();
        let problem = if slug.is_empty() || entry.definition.trim().is_empty() {
            "a term and a definition are required".to_owned()
        } else if !unknown.is_empty() {
            format!(
                "unknown column(s) {}; columns are written table.column",
                unknown.join(", ")
            )
        } else if !seen.insert(slug) {
            "the term is defined twice; the first definition is kept".to_owned()
        } else {
            kept.push(entry);
            continue;
        };
        issues.push(LoadIssue {
            source: format!("{GLOSSARY_FILE}: {}", label(&entry.term, n)),
            message: problem,
        });
    }
    kept
}

/// `table.column` or `schema.table.column` names a column of an introspected relation.
fn column_exists(corpus: &Corpus, reference: &str) -> bool {
    let Some((table, column)) = reference.trim().rsplit_once('.') else {
        return false;
    };
    corpus.table(table).is_some_and(|(_, t)| {
        t.columns
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(column))
    })
}

/// How an entry is named in an issue: its id or term, or its position when it has none.
fn label(name: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("entry {}", index + 1)
    } else {
        name.to_owned()
    }
}

/// Examples with an id, a question and SQL, the first of each id.
fn distinct_examples(examples: Vec<Example>, issues: &mut Vec<LoadIssue>) -> Vec<Example> {
    let mut seen = HashSet::new();
    let mut kept = Vec::with_capacity(examples.len());
    for (n, example) in examples.into_iter().enumerate() {
        let problem = if [&example.id, &example.question, &example.sql]
            .iter()
            .any(|s| s.trim().is_empty())
        {
            "an id, a question and SQL are required"
        } else if !seen.insert(example.id.clone()) {
            "duplicate id; the first example with this id is kept"
        } else {
            kept.push(example);
            continue;
        };
        issues.push(LoadIssue {
            source: format!("{EXAMPLES_FILE}: {}", label(&example.id, n)),
            message: problem.to_owned(),
        });
    }
    kept
}

/// Examples that pass the strict policy for generated SQL and the upstream's EXPLAIN:
/// an example is shown to the generator as a model answer, so it must be one.
async fn valid_examples(
    client: &Client,
    guard: &Guard,
    corpus: &Corpus,
    examples: Vec<Example>,
    config: &Config,
    issues: &mut Vec<LoadIssue>,
) -> Result<Vec<Example>, LoadError> {
    let mut kept = Vec::with_capacity(examples.len());
    for example in examples {
        let checked = match check_generated(guard, corpus, &example.sql, config.ask.max_rows) {
            Ok(sql) => explain(client, &sql).await,
            Err(rejected) => Err(rejected),
        };
        match checked {
            Ok(()) => kept.push(example),
            Err(_) if client.is_closed() => return Err(LoadError::ConnectionLost),
            Err(rejected) => issues.push(LoadIssue {
                source: format!("{EXAMPLES_FILE}: {}", example.id),
                message: format!("SQLSTATE {}: {}", rejected.code, rejected.error),
            }),
        }
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn yaml_errors_name_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            GLOSSARY_FILE,
            "- term: revenue\n  definition: money\n- term: margin\n  definition: a: b\n",
        );
        let err = read_files(dir.path()).unwrap_err();
        let LoadError::Yaml { line, .. } = &err else {
            panic!("{err:?}");
        };
        assert_eq!(*line, Some(4), "{err}");
        let text = err.to_string();
        assert!(text.contains("glossary.yaml line 4"), "{text}");

        write(
            dir.path(),
            GLOSSARY_FILE,
            "- term: revenue\n  definition: money\n  colour: blue\n",
        );
        let text = read_files(dir.path()).unwrap_err().to_string();
        assert!(text.contains("glossary.yaml line 3"), "{text}");
        assert!(text.contains("colour"), "{text}");
    }

    #[test]
    fn missing_and_empty_files_are_empty_lists() {
        let dir = tempfile::tempdir().unwrap();
        let files = read_files(dir.path()).unwrap();
        assert!(files.glossary.is_empty() && files.examples.is_empty() && files.notes.is_empty());
        write(dir.path(), EXAMPLES_FILE, "# nothing yet\n");
        write(dir.path(), GLOSSARY_FILE, "");
        let files = read_files(dir.path()).unwrap();
        assert!(files.glossary.is_empty() && files.examples.is_empty());
        let err = read_files(&dir.path().join("absent")).unwrap_err();
        assert!(matches!(err, LoadError::Dir { .. }), "{err}");
        assert!(err.to_string().contains("absent"), "{err}");
    }

    #[test]
    fn notes_come_from_every_markdown_file_but_the_top_readme() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "README.md", "# About\nNot a note.\n");
        write(dir.path(), "b.md", "# B\nBee.\n");
        write(dir.path(), "notes/a.md", "# A\nAy.\n## A two\nMore.\n");
        write(dir.path(), "notes/README.md", "# Sub readme\nIs a note.\n");
        write(dir.path(), "notes/skip.txt", "# Not markdown\n");
        write(dir.path(), ".hidden/c.md", "# C\nHidden.\n");
        let files = read_files(dir.path()).unwrap();
        let ids: Vec<&str> = files.notes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "b.md#b",
                "notes/README.md#sub-readme",
                "notes/a.md#a",
                "notes/a.md#a-two"
            ]
        );
        assert!(files.issues.is_empty());
    }

    #[test]
    fn duplicate_and_incomplete_examples_are_issues() {
        let example = |id: &str, sql: &str| Example {
            id: id.into(),
            question: "q?".into(),
            sql: sql.into(),
        };
        let mut issues = Vec::new();
        let kept = distinct_examples(
            vec![
                example("a", "SELECT 1"),
                example("b", "SELECT 2"),
                example("a", "SELECT 3"),
                example("", "SELECT 4"),
                example("c", " "),
            ],
            &mut issues,
        );
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0].sql, "SELECT 1");
        let sources: Vec<&str> = issues.iter().map(|i| i.source.as_str()).collect();
        assert_eq!(
            sources,
            [
                "examples.yaml: a",
                "examples.yaml: entry 4",
                "examples.yaml: c"
            ]
        );
        assert!(issues[0].message.contains("duplicate id"));
    }
}
