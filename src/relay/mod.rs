//! One client session after startup: two tasks, one per direction, relaying messages as
//! bytes. Neither direction waits on the other, so a client that pipelines while a large
//! result streams back cannot deadlock the session.
//!
//! When askpg refuses a message it does not write the error itself: it sends the upstream a
//! *sentinel* in the message's place — a statement that fails to parse, named by a unique
//! token — and swaps the upstream's ErrorResponse for askpg's own on the way back. The
//! upstream then applies PostgreSQL's exact rules (skip to Sync, abort the transaction
//! block, ReadyForQuery status) and ordering with pipelined messages stays correct.

mod halves;
mod mailbox;
mod row_cap;
mod to_client;
mod to_upstream;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::BytesMut;
use tokio::sync::watch;

use mailbox::Mailbox;

use crate::error::ClientError;
use crate::upstream::{BoxStream, CancelTarget};

/// Server lifecycle as seen by sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Running,
    /// Idle sessions end with 57P01; busy ones finish their current work first.
    Draining,
    /// The grace period is over: every session ends now.
    Closing,
}

/// Per-session settings taken from the configuration.
#[derive(Clone)]
pub struct RelayLimits {
    pub max_message_bytes: usize,
    /// Bound on reaching the upstream for a cancel request.
    pub cancel_timeout: std::time::Duration,
    /// The statement guard; `None` only in tests that prove the upstream layers alone.
    pub guard: Option<Arc<crate::guard::Guard>>,
    /// Statements that pin the session read-only, re-sent after RESET ALL / DISCARD ALL.
    pub pin_sql: Arc<str>,
    /// Row cap per statement (0: none).
    pub max_rows: u64,
    /// Answers ASK statements; `None` when questions are not served.
    pub ask: Option<AskSession>,
    /// Answers admin statements (SHOW askpg.*, ASKPG RELOAD …).
    pub admin: Option<crate::admin::Admin>,
    /// The session's span. The relay does not run inside it (entering a span on every poll
    /// is a measurable cost per statement); what the relay logs, it logs in this span.
    pub span: tracing::Span,
}

/// What a session needs to answer questions.
#[derive(Clone)]
pub struct AskSession {
    pub asker: Arc<crate::ask::pipeline::Asker>,
    pub user: String,
    pub application_name: String,
    /// Session number (log and audit correlation).
    pub session_id: u64,
    /// Woken by a CancelRequest for this session: stops an ASK in flight.
    pub cancel: Arc<crate::cancel::AskCancel>,
}

/// An ASK whose SQL (or refusal) went upstream: the client-writing side sends its notice
/// first, counts its rows and finishes its audit line at its ReadyForQuery.
struct AskSlot {
    /// The sync point whose answer this is.
    slot: u64,
    explain: bool,
    /// NoticeResponse carrying the generated SQL, sent before the first answer message.
    notice: Option<BytesMut>,
    audit: Option<(
        Arc<crate::ask::audit::AuditLog>,
        crate::ask::audit::AuditRecord,
    )>,
    /// When the question arrived.
    started: std::time::Instant,
    /// When its SQL went upstream.
    sent: std::time::Instant,
    rows: u64,
    error: Option<String>,
}

/// A refused message awaiting its upstream error.
struct Sentinel {
    token: String,
    /// Number of the ReadyForQuery after which the sentinel can no longer appear.
    closes_at: u64,
    replacement: BytesMut,
}

/// State both directions read: sync points sent and refused messages in flight.
#[derive(Default)]
struct Shared {
    /// Query, Sync and FunctionCall messages forwarded: each yields one ReadyForQuery.
    sync_points_sent: AtomicU64,
    next_token: AtomicU64,
    /// Number of entries in `sentinels`, so the common case takes no lock.
    pending: AtomicU64,
    sentinels: Mutex<Vec<Sentinel>>,
    /// Sync points of askpg's own statements (re-pinning), whose answers the client
    /// must not see.
    internal: Mutex<Vec<u64>>,
    internal_count: AtomicU64,
    /// When each outstanding sync point was forwarded, oldest first (for latency).
    sent_at: Mutex<std::collections::VecDeque<std::time::Instant>>,
    asks: Mutex<Vec<AskSlot>>,
    ask_count: AtomicU64,
}

impl Shared {
    fn sentinels(&self) -> std::sync::MutexGuard<'_, Vec<Sentinel>> {
        self.sentinels.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers a refusal and returns the token to embed in the sentinel statement.
    fn refuse(&self, error: &ClientError, closes_at: u64) -> String {
        let n = self.next_token.fetch_add(1, Ordering::Relaxed);
        let token = format!("askpg_refused_{n}");
        let mut sentinels = self.sentinels();
        self.pending.fetch_add(1, Ordering::AcqRel);
        sentinels.push(Sentinel {
            token: token.clone(),
            closes_at,
            replacement: error.to_bytes(),
        });
        token
    }

    /// The replacement for an upstream ErrorResponse caused by a sentinel, if it is one.
    fn take_replacement(&self, error_body: &[u8]) -> Option<BytesMut> {
        if self.pending.load(Ordering::Acquire) == 0 {
            return None;
        }
        let mut sentinels = self.sentinels();
        let text = String::from_utf8_lossy(error_body);
        let index = sentinels
            .iter()
            .position(|s| contains_token(&text, &s.token))?;
        self.pending.fetch_sub(1, Ordering::AcqRel);
        Some(sentinels.swap_remove(index).replacement)
    }

    fn forwarded_sync_point(&self) {
        self.sent_at
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push_back(std::time::Instant::now());
    }

    /// Time since the oldest outstanding sync point was forwarded (it just completed).
    fn completed_sync_point(&self) -> Option<std::time::Duration> {
        let sent = self
            .sent_at
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop_front();
        sent.map(|at| at.elapsed())
    }

    fn add_internal(&self, sync_point: u64) {
        let mut internal = self.internal.lock().unwrap_or_else(|p| p.into_inner());
        internal.push(sync_point);
        self.internal_count.fetch_add(1, Ordering::AcqRel);
    }

    /// Whether the answer numbered `slot` belongs to askpg's own statement (and forgets it).
    fn take_internal(&self, slot: u64) -> bool {
        if self.internal_count.load(Ordering::Acquire) == 0 {
            return false;
        }
        let mut internal = self.internal.lock().unwrap_or_else(|p| p.into_inner());
        match internal.iter().position(|s| *s == slot) {
            Some(i) => {
                internal.swap_remove(i);
                self.internal_count.fetch_sub(1, Ordering::AcqRel);
                true
            }
            None => false,
        }
    }

    fn add_ask(&self, ask: AskSlot) {
        let mut asks = self.asks.lock().unwrap_or_else(|p| p.into_inner());
        asks.push(ask);
        self.ask_count.fetch_add(1, Ordering::AcqRel);
    }

    /// Whether any ASK awaits its answer (checked for every relayed message).
    fn has_asks(&self) -> bool {
        self.ask_count.load(Ordering::Acquire) > 0
    }

    /// The ASK answered at sync point `slot`, if any.
    /// Boxed: an AskSlot is large, and the client-writing side would otherwise move an
    /// `Option` of one for every message it relays.
    fn take_ask(&self, slot: u64) -> Option<Box<AskSlot>> {
        if self.ask_count.load(Ordering::Acquire) == 0 {
            return None;
        }
        let mut asks = self.asks.lock().unwrap_or_else(|p| p.into_inner());
        let index = asks.iter().position(|a| a.slot == slot)?;
        self.ask_count.fetch_sub(1, Ordering::AcqRel);
        Some(Box::new(asks.swap_remove(index)))
    }

    /// Drops sentinels whose batch has ended (their error was skipped by an earlier one).
    fn ready_for_query(&self, ready_count: u64) {
        if self.pending.load(Ordering::Acquire) == 0 {
            return;
        }
        let mut sentinels = self.sentinels();
        sentinels.retain(|s| s.closes_at > ready_count);
        self.pending
            .store(sentinels.len() as u64, Ordering::Release);
    }
}

/// Whole-token match, so `askpg_refused_1` does not match `askpg_refused_12`.
fn contains_token(text: &str, token: &str) -> bool {
    text.match_indices(token).any(|(i, _)| {
        !text[i + token.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Messages to the client-writing direction.
enum ToClient {
    /// From the client-reading direction: a fatal protocol error; send it and end the
    /// session.
    Fatal(ClientError),
    /// The server's phase changed.
    Phase(Phase),
}

/// Messages from the client-writing direction to the upstream-writing one.
enum ToUpstream {
    /// The upstream entered COPY-in mode: end it with CopyFail naming this token.
    AbortCopyIn(String),
    /// The session is ending: send Terminate and stop.
    Terminate,
}

/// Relays one session until either side ends it or the server shuts down.
pub async fn run(
    client: BoxStream,
    upstream: BoxStream,
    cancel: CancelTarget,
    limits: RelayLimits,
    mut phase: watch::Receiver<Phase>,
) {
    let (client_read, client_write) = halves::split(client);
    let (upstream_read, upstream_write) = halves::split(upstream);
    let shared = Arc::new(Shared::default());
    let to_client_box = Arc::new(Mailbox::default());
    let to_upstream_box = Arc::new(Mailbox::default());
    let start = *phase.borrow_and_update();
    // Changes of the server's phase reach the client-writing direction through its mailbox.
    let _watcher = tokio_util::task::AbortOnDropHandle::new(tokio::spawn({
        let mailbox = to_client_box.clone();
        async move {
            loop {
                let now = match phase.changed().await {
                    Ok(()) => *phase.borrow_and_update(),
                    Err(_) => Phase::Closing,
                };
                mailbox.post(ToClient::Phase(now));
                if now == Phase::Closing {
                    return;
                }
            }
        }
    }));

    let cancel_timeout = limits.cancel_timeout;
    let max_rows = limits.max_rows;
    let span = limits.span.clone();
    let mut upstream_task = tokio::spawn(to_upstream::run(
        client_read,
        upstream_write,
        shared.clone(),
        limits,
        to_client_box.clone(),
        to_upstream_box.clone(),
    ));
    let ending = to_client::run(
        row_cap::RowCap::new(max_rows),
        start,
        upstream_read,
        client_write,
        shared,
        to_client_box,
        to_upstream_box,
    )
    .await;
    if ending == to_client::Ending::UpstreamBusy {
        // The client is gone or the grace period is over: stop the upstream's work too.
        if let Err(err) = cancel.cancel(cancel_timeout).await {
            span.in_scope(|| {
                tracing::warn!(error = %err, "could not cancel the upstream query of an ended session")
            });
        }
    }
    // Give the other direction a moment to send Terminate upstream, then stop it.
    if tokio::time::timeout(std::time::Duration::from_secs(1), &mut upstream_task)
        .await
        .is_err()
    {
        upstream_task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::sqlstate;

    #[test]
    fn sentinels_match_whole_tokens_and_expire_at_their_sync_point() {
        let shared = Shared::default();
        let err = ClientError::error(sqlstate::FEATURE_NOT_SUPPORTED, "no");
        let mut tokens = Vec::new();
        for _ in 0..12 {
            tokens.push(shared.refuse(&err, 3));
        }
        let last = shared.refuse(&err, 5);
        let msg = format!("syntax error at or near \"{}\"", tokens[1]);
        assert!(shared.take_replacement(msg.as_bytes()).is_some());
        assert!(
            shared.take_replacement(msg.as_bytes()).is_none(),
            "taken once"
        );
        assert!(shared
            .take_replacement(b"syntax error at or near \"askpg_refused_123\"")
            .is_none());
        shared.ready_for_query(3);
        assert_eq!(shared.sentinels().len(), 1);
        assert!(shared.take_replacement(last.as_bytes()).is_some());
    }
}
