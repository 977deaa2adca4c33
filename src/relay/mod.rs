//! One client session after startup: two tasks, one per direction, relaying messages as
//! bytes. Neither direction waits on the other, so a client that pipelines while a large
//! result streams back cannot deadlock the session. The client-reading direction
//! ([`to_upstream`]) appends to the queue of pending replies ([`replies`]) what the
//! client-writing direction ([`to_client`]) must know of each reply.
//!
//! When askpg refuses a message it does not write the error itself: it sends the upstream a
//! *sentinel* in the message's place — a statement that fails to parse, named by a unique
//! token — and swaps the upstream's ErrorResponse for askpg's own on the way back. The
//! upstream then applies PostgreSQL's exact rules (skip to Sync, abort the transaction
//! block, ReadyForQuery status) and ordering with pipelined messages stays correct.

mod halves;
mod mailbox;
mod replies;
mod row_cap;
mod to_client;
mod to_upstream;

use std::sync::Arc;

use tokio::sync::watch;

use mailbox::Mailbox;
use replies::Replies;

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
pub struct RelayLimits {
    pub max_message_bytes: usize,
    /// Bound on reaching the upstream for a cancel request.
    pub cancel_timeout: std::time::Duration,
    /// The statement guard; `None` only in tests that prove the upstream layers alone.
    pub guard: Option<Arc<crate::guard::Guard>>,
    /// Statements that pin the session read-only, re-sent after RESET ALL / DISCARD ALL.
    pub pin_sql: Arc<str>,
    /// The session holds a mapped role (`SET ROLE` in `pin_sql`): DISCARD ALL, which drops
    /// it, is accepted only where the re-pin follows it at once (a simple Query).
    pub mapped_role: bool,
    /// Row cap per statement (0: none).
    pub max_rows: u64,
    /// Answers the session's questions; `None` when questions are not served.
    pub questions: Option<crate::ask::session::Questions>,
    /// Answers admin statements (SHOW askpg.*, ASKPG RELOAD …).
    pub admin: Option<crate::admin::Admin>,
    /// The session's span. The relay does not run inside it (entering a span on every poll
    /// is a measurable cost per statement); what the relay logs, it logs in this span.
    pub span: tracing::Span,
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
    let replies = Arc::new(Replies::default());
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
        replies.clone(),
        limits,
        to_client_box.clone(),
        to_upstream_box.clone(),
    ));
    let ending = to_client::run(
        row_cap::RowCap::new(max_rows),
        start,
        upstream_read,
        client_write,
        replies,
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
