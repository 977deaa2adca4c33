//! Cancel keys: askpg issues its own BackendKeyData per session and maps a client's
//! CancelRequest to the upstream backend of that session.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::upstream::CancelTarget;

#[derive(Default)]
pub struct CancelRegistry {
    sessions: Mutex<HashMap<i32, Entry>>,
}

/// Stops an ASK in flight: questions are answered before anything runs upstream, so the
/// upstream cancel alone would not reach them.
#[derive(Default)]
pub struct AskCancel {
    notify: tokio::sync::Notify,
    in_flight: std::sync::atomic::AtomicBool,
}

impl AskCancel {
    /// Runs `work` as the session's ASK in flight; `None` when a cancel ended it.
    pub async fn run<T>(&self, work: impl std::future::Future<Output = T>) -> Option<T> {
        let cancelled = self.notify.notified();
        tokio::pin!(cancelled);
        cancelled.as_mut().enable();
        self.in_flight
            .store(true, std::sync::atomic::Ordering::Release);
        let result = tokio::select! {
            result = work => Some(result),
            _ = &mut cancelled => None,
        };
        self.in_flight
            .store(false, std::sync::atomic::Ordering::Release);
        result
    }

    /// Cancels the ASK in flight; false when there is none.
    pub fn cancel(&self) -> bool {
        if !self.in_flight.load(std::sync::atomic::Ordering::Acquire) {
            return false;
        }
        self.notify.notify_waiters();
        true
    }
}

/// Who a session is, for `SHOW askpg.sessions`.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    pub user: String,
    /// The upstream role the session's statements run as (mapped, passthrough or the
    /// role of `upstream.url`).
    pub upstream_role: String,
    /// The database the client connected to, as it named it.
    pub database: String,
    pub application_name: String,
    pub tls: bool,
    pub connected_at: std::time::SystemTime,
}

struct Entry {
    info: SessionInfo,
    secret: i32,
    target: CancelTarget,
    /// Woken to stop an ASK in flight (questions are answered before anything runs
    /// upstream, so the upstream cancel alone would not reach them).
    ask: Arc<AskCancel>,
}

/// What a valid cancel key reaches.
pub struct CancelHandles {
    pub target: CancelTarget,
    pub ask: Arc<AskCancel>,
    /// The client user and upstream role of the session (for the cancel's log line).
    pub user: String,
    pub upstream_role: String,
}

/// A registered session key; dropping it unregisters the session.
pub struct CancelKey {
    pub pid: i32,
    pub secret: i32,
    /// Notified when a CancelRequest arrives for this session.
    pub ask: Arc<AskCancel>,
    registry: Arc<CancelRegistry>,
}

impl Drop for CancelKey {
    fn drop(&mut self) {
        self.registry.lock().remove(&self.pid);
    }
}

impl CancelRegistry {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i32, Entry>> {
        // A panic while holding this short lock cannot leave the map inconsistent.
        self.sessions.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Issues a fresh (pid, secret) for a session whose upstream backend is `target`.
    pub fn register(self: &Arc<Self>, target: CancelTarget, info: SessionInfo) -> CancelKey {
        let mut sessions = self.lock();
        let pid = loop {
            let candidate = rand::random::<i32>() & 0x7fff_ffff;
            if candidate != 0 && !sessions.contains_key(&candidate) {
                break candidate;
            }
        };
        let secret = rand::random::<i32>();
        let ask = Arc::new(AskCancel::default());
        sessions.insert(
            pid,
            Entry {
                info,
                secret,
                target,
                ask: ask.clone(),
            },
        );
        CancelKey {
            pid,
            secret,
            ask,
            registry: self.clone(),
        }
    }

    /// The sessions running now, with their askpg process ids, oldest first.
    pub fn sessions(&self) -> Vec<(i32, SessionInfo)> {
        let mut sessions: Vec<(i32, SessionInfo)> = self
            .lock()
            .iter()
            .map(|(pid, e)| (*pid, e.info.clone()))
            .collect();
        sessions.sort_by_key(|(_, info)| info.connected_at);
        sessions
    }

    /// What a client's cancel key reaches, if the key is valid.
    pub fn lookup(&self, pid: i32, secret: i32) -> Option<CancelHandles> {
        match self.lock().get(&pid) {
            Some(entry) if entry.secret == secret => Some(CancelHandles {
                target: entry.target.clone(),
                ask: entry.ask.clone(),
                user: entry.info.user.clone(),
                upstream_role: entry.info.upstream_role.clone(),
            }),
            _ => None,
        }
    }
}
