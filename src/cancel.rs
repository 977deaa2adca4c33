//! Cancel keys: askpg issues its own BackendKeyData per session and maps a client's
//! CancelRequest to the upstream backend of that session.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::upstream::CancelTarget;

#[derive(Default)]
pub struct CancelRegistry {
    sessions: Mutex<HashMap<i32, (i32, CancelTarget)>>,
}

/// A registered session key; dropping it unregisters the session.
pub struct CancelKey {
    pub pid: i32,
    pub secret: i32,
    registry: Arc<CancelRegistry>,
}

impl Drop for CancelKey {
    fn drop(&mut self) {
        self.registry.lock().remove(&self.pid);
    }
}

impl CancelRegistry {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i32, (i32, CancelTarget)>> {
        // A panic while holding this short lock cannot leave the map inconsistent.
        self.sessions.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Issues a fresh (pid, secret) for a session whose upstream backend is `target`.
    pub fn register(self: &Arc<Self>, target: CancelTarget) -> CancelKey {
        let mut sessions = self.lock();
        let pid = loop {
            let candidate = rand::random::<i32>() & 0x7fff_ffff;
            if candidate != 0 && !sessions.contains_key(&candidate) {
                break candidate;
            }
        };
        let secret = rand::random::<i32>();
        sessions.insert(pid, (secret, target));
        CancelKey {
            pid,
            secret,
            registry: self.clone(),
        }
    }

    /// The upstream target for a client's cancel key, if the key is valid.
    pub fn lookup(&self, pid: i32, secret: i32) -> Option<CancelTarget> {
        match self.lock().get(&pid) {
            Some((expected, target)) if *expected == secret => Some(target.clone()),
            _ => None,
        }
    }
}
