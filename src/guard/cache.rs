//! A session's memory of the guard's verdicts, and its count of held cursors.

use std::collections::HashMap;

use super::{normalize, Guard, HeldCursors, Verdict};
use crate::error::ClientError;

/// A session's memory of statement texts that passed, so that drivers re-sending the same
/// Parse (or a dashboard repeating a query) are not parsed again.
#[derive(Default)]
pub struct VerdictCache {
    generation: u64,
    /// foldhash rather than SipHash: the keys are the session's own statements, and the
    /// hash runs for every relayed statement, where SipHash's cost is measurable.
    passed: HashMap<Box<[u8]>, Verdict, foldhash::fast::RandomState>,
    /// The key being looked up, reused from statement to statement.
    key: Vec<u8>,
    /// The exact-text key, reused likewise.
    exact: Vec<u8>,
    /// The last text that passed, as sent: drivers re-send the same Parse for every
    /// execution, and comparing it costs less than normalizing it.
    last: Vec<u8>,
    last_verdict: Option<Verdict>,
    /// The session's open cursors WITH HOLD, bounded by `guard.max_held_cursors`.
    held: HeldCursors,
    /// Whether the last text checked was new to this session (the guard itself ran).
    fresh: bool,
}

impl VerdictCache {
    const CAPACITY: usize = 256;

    /// The guard's verdict on `sql`, from the cache when the text passed before. A text
    /// that would open more held cursors than `guard.max_held_cursors` is refused.
    pub fn check(&mut self, guard: &Guard, sql: &str) -> Result<Verdict, ClientError> {
        let verdict = self.verdict(guard, sql)?;
        self.held
            .apply(verdict.cursor_changes(), guard.max_held_cursors)?;
        Ok(verdict)
    }

    /// Whether the last text checked was new to this session: the guard parsed it rather
    /// than the cache answering. What askpg learns from relayed SQL is taken from such
    /// texts only, so a repeated statement costs nothing more.
    pub fn last_was_fresh(&self) -> bool {
        self.fresh
    }

    /// The session's open cursors WITH HOLD.
    pub fn held_cursors(&self) -> &HeldCursors {
        &self.held
    }

    fn verdict(&mut self, guard: &Guard, sql: &str) -> Result<Verdict, ClientError> {
        self.fresh = false;
        let generation = guard.generation();
        if generation != self.generation {
            self.passed.clear();
            self.last_verdict = None;
            self.generation = generation;
        }
        if let Some(verdict) = self
            .last_verdict
            .as_ref()
            .filter(|_| self.last == sql.as_bytes())
        {
            return Ok(verdict.clone());
        }
        // Numeric literals do not change most verdicts, so statements that differ only in
        // them (a dashboard's or pgbench's literal SQL) share one entry; verdicts that
        // depend on them are stored under the exact text, which a leading zero byte (never
        // part of a statement) keeps apart from normalized keys.
        let normalized = normalize::normalize_into(sql, &mut self.key);
        let mut cached = None;
        if normalized {
            cached = self.passed.get(self.key.as_slice()).cloned();
        }
        if cached.is_none() {
            self.exact.clear();
            self.exact.push(0);
            self.exact.extend_from_slice(sql.as_bytes());
            cached = self.passed.get(self.exact.as_slice()).cloned();
        }
        let verdict = match cached {
            Some(verdict) => verdict,
            None => {
                let verdict = guard.check(sql)?;
                self.fresh = true;
                if self.passed.len() >= Self::CAPACITY {
                    self.passed.clear();
                }
                let key = if normalized && !verdict.depends_on_literals {
                    &self.key
                } else {
                    &self.exact
                };
                self.passed.insert(key.as_slice().into(), verdict.clone());
                verdict
            }
        };
        self.last.clear();
        self.last.extend_from_slice(sql.as_bytes());
        self.last_verdict = Some(verdict.clone());
        Ok(verdict)
    }
}
