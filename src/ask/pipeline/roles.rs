//! Questions of sessions that reach the upstream as their own role (a mapped role or a
//! passthrough login): each role gets its own view, so nothing a question sees comes from
//! what another role may read.
//!
//! A role's view is built over a side connection as that role (mapped roles in the
//! background at start and after a reload, [`Asker::prepare_mapped_roles`]; otherwise at
//! the role's first question): introspection (privileges and row-level security decide
//! which tables, columns and sampled values it holds), corpus examples checked with
//! EXPLAIN as the role, the index, and a semantic cache of its own. Its EXPLAIN checks and value lookups run as the role
//! too, and what its sessions' SQL teaches stays in its own learner (in memory). A reload
//! drops every view.
//!
//! Side connections of a mapped role log in as the role of `upstream.url` and take the
//! role with `SET ROLE`. A passthrough role's password is not kept: the connection opened
//! at its login ([`Asker::adopt_login`]) is what its questions use, for as long as one of
//! the role's sessions lasts ([`RoleLease`]); when it has closed, the role's next login
//! opens another.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use tokio_postgres::Client;

use super::{Asker, EXPLAIN_POOL};
use crate::ask::cache::QuestionCache;
use crate::ask::learn::Learner;
use crate::ask::retrieve::Knowledge;
use crate::ask::AskError;
use crate::identity::Identity;

/// How long a passthrough role's question waits for the role's side connection.
const PASSTHROUGH_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// One role's side connections, learner and view.
pub(super) struct RoleSlot {
    pub(super) role: String,
    /// Side connections log in as the configured role and take this one with SET ROLE
    /// (false: passthrough, only connections handed over at login).
    mapped: bool,
    pool: Mutex<Vec<Client>>,
    /// Sessions of a passthrough role now running; its connections close with the last.
    sessions: std::sync::atomic::AtomicUsize,
    /// Woken when a connection returns to the pool (a passthrough role's questions wait
    /// for its connection instead of opening one).
    returned: tokio::sync::Notify,
    pub(super) learner: Learner,
    view: tokio::sync::Mutex<Option<RoleView>>,
}

/// What a role's questions are answered from.
#[derive(Clone)]
struct RoleView {
    knowledge: Arc<Knowledge>,
    cache: Option<Arc<QuestionCache>>,
}

/// The roles whose questions askpg has answered (bounded by the mapped roles and the
/// passthrough users that logged in).
#[derive(Default)]
pub(super) struct RoleSlots(Mutex<HashMap<String, Arc<RoleSlot>>>);

/// What one question is answered from.
pub(super) struct View {
    pub(super) knowledge: Arc<Knowledge>,
    pub(super) cache: Option<Arc<QuestionCache>>,
    /// The role's slot; `None`: the configured role's knowledge, cache and connections.
    pub(super) role: Option<Arc<RoleSlot>>,
}

impl RoleSlots {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<RoleSlot>>> {
        // A panic while holding this short lock cannot leave the map inconsistent.
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Asker {
    /// The view a question of `identity` is answered from.
    pub(super) async fn view(&self, identity: &Identity) -> Result<View, AskError> {
        let Some(role) = identity.scope() else {
            return Ok(View {
                knowledge: self.knowledge().map_err(AskError::NotReady)?,
                cache: self.cache.clone(),
                role: None,
            });
        };
        let slot = self.slot(role, matches!(identity, Identity::Mapped(_)));
        let mut view = slot.view.lock().await;
        let built = match &*view {
            Some(built) => built.clone(),
            None => {
                let built = self.build_view(&slot).await?;
                *view = Some(built.clone());
                built
            }
        };
        drop(view);
        Ok(View {
            knowledge: built.knowledge,
            cache: built.cache,
            role: Some(slot),
        })
    }

    pub(super) fn slot(&self, role: &str, mapped: bool) -> Arc<RoleSlot> {
        let mut slots = self.roles.lock();
        let slot = slots.entry(role.to_owned()).or_insert_with(|| {
            Arc::new(RoleSlot {
                role: role.to_owned(),
                mapped,
                pool: Mutex::new(Vec::new()),
                sessions: Default::default(),
                returned: tokio::sync::Notify::new(),
                learner: Learner::in_memory(&self.config, &self.runtime),
                view: tokio::sync::Mutex::new(None),
            })
        });
        Arc::clone(slot)
    }

    /// Introspects, indexes and seeds a cache as the role.
    async fn build_view(&self, slot: &RoleSlot) -> Result<RoleView, AskError> {
        let started = std::time::Instant::now();
        let client = self.role_client(slot).await.map_err(AskError::NotReady)?;
        let corpus = crate::ask::load::load_with(&client, &self.config, &self.guard).await;
        self.give_back_role(slot, client);
        let corpus = corpus.map_err(|e| {
            AskError::NotReady(format!("the corpus of role \"{}\": {e}", slot.role))
        })?;
        let knowledge = Knowledge::build(corpus, self.embedder.as_ref()).await?;
        let cache = match self.config.cache.enabled {
            true => {
                let cache = Arc::new(QuestionCache::new(
                    &self.config.cache,
                    Arc::clone(&self.embedder),
                ));
                if let Some(scope) = self.rescope(&cache, &knowledge.corpus, Some(slot)).await {
                    cache.activate(scope);
                }
                Some(cache)
            }
            false => None,
        };
        tracing::info!(
            role = %slot.role,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "role view built: {}",
            knowledge.corpus.summary()
        );
        Ok(RoleView {
            knowledge: Arc::new(knowledge),
            cache,
        })
    }

    /// A side connection as the role: pooled, or for a mapped role a new one. A
    /// passthrough role waits a little for its connection to come back when another
    /// question holds it.
    pub(super) async fn role_client(&self, slot: &RoleSlot) -> Result<Client, String> {
        if let Some(client) = pop_open(&slot.pool) {
            return Ok(client);
        }
        if !slot.mapped {
            let returned = slot.returned.notified();
            tokio::pin!(returned);
            returned.as_mut().enable();
            if let Some(client) = pop_open(&slot.pool) {
                return Ok(client);
            }
            let _ = tokio::time::timeout(PASSTHROUGH_WAIT, returned).await;
            return pop_open(&slot.pool).ok_or_else(|| {
                format!(
                    "askpg has no connection as role \"{}\" (it is opened at the role's \
                     login); reconnect and ask again",
                    slot.role
                )
            });
        }
        let config = self.config.clone();
        let set_role = crate::identity::set_role_sql(&slot.role);
        let connected = self
            .runtime
            .spawn(async move {
                let client = crate::role_audit::side_connection(&config)
                    .await
                    .map_err(|e| e.to_string())?;
                client
                    .batch_execute(&set_role)
                    .await
                    .map_err(|e| e.to_string())?;
                Ok::<Client, String>(client)
            })
            .await;
        connected.map_err(|e| e.to_string())?
    }

    /// Returns a role's side connection to its pool, unless it closed or the pool is full.
    pub(super) fn give_back_role(&self, slot: &RoleSlot, client: Client) {
        if !slot.mapped && slot.sessions.load(Ordering::Acquire) == 0 {
            // The role's last session has ended: its connection goes with it.
            return;
        }
        give_back_to(&slot.pool, client);
        slot.returned.notify_one();
    }

    /// Counts a session of passthrough role `role` until the lease is dropped; with the
    /// last one the role's side connections close.
    pub fn lease(&self, role: &str) -> RoleLease {
        let slot = self.slot(role, false);
        slot.sessions.fetch_add(1, Ordering::AcqRel);
        RoleLease(slot)
    }

    /// Whether a passthrough login of `role` should hand its connection over
    /// ([`Self::adopt_login`]): the role has none open.
    pub fn needs_login(&self, role: &str) -> bool {
        let slot = self.slot(role, false);
        let mut pool = slot.pool.lock().unwrap_or_else(|p| p.into_inner());
        pool.retain(|c| !c.is_closed());
        pool.is_empty()
    }

    /// Keeps a side connection a passthrough login opened as `role` (on the asker's
    /// runtime) for the role's questions.
    pub fn adopt_login(&self, role: &str, client: Client) {
        let slot = self.slot(role, false);
        self.give_back_role(&slot, client);
    }

    /// Builds the views of `roles` (mapped roles) one after the other, so their first
    /// questions need not wait for introspection and indexing; a failure is logged and
    /// the role's first question tries again.
    pub async fn prepare_mapped_roles(&self, roles: &[String]) {
        for role in roles {
            if let Err(err) = self.view(&Identity::Mapped(role.clone())).await {
                tracing::warn!(role = %role, error = %err, "role view not built; its first question builds it");
            }
        }
    }

    /// Drops every role's view (reload); connections and learners stay.
    pub(super) async fn forget_role_views(&self) {
        let slots: Vec<Arc<RoleSlot>> = self.roles.lock().values().cloned().collect();
        for slot in slots {
            *slot.view.lock().await = None;
        }
    }

    /// Rows for `SHOW askpg.corpus`: each role's view, by role name.
    pub fn role_status(&self) -> Vec<(&'static str, String)> {
        let mut slots: Vec<Arc<RoleSlot>> = self.roles.lock().values().cloned().collect();
        slots.sort_by(|a, b| a.role.cmp(&b.role));
        slots
            .iter()
            .map(|slot| {
                let view = match slot.view.try_lock() {
                    Ok(view) => match view.as_ref() {
                        Some(view) => view.knowledge.corpus.summary(),
                        None => "not built yet".to_owned(),
                    },
                    Err(_) => "being built".to_owned(),
                };
                ("role_corpus", format!("{}: {view}", slot.role))
            })
            .collect()
    }

    /// Clears every role's cache; the entries dropped.
    pub fn clear_role_caches(&self) -> u64 {
        let slots: Vec<Arc<RoleSlot>> = self.roles.lock().values().cloned().collect();
        let mut cleared = 0;
        for slot in slots {
            if let Ok(view) = slot.view.try_lock() {
                if let Some(cache) = view.as_ref().and_then(|v| v.cache.as_ref()) {
                    cleared += cache.clear().0;
                }
            }
        }
        cleared
    }
}

/// A running session of a passthrough role (see [`Asker::lease`]).
pub struct RoleLease(Arc<RoleSlot>);

impl Drop for RoleLease {
    fn drop(&mut self) {
        if self.0.sessions.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.0
                .pool
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clear();
        }
    }
}

fn pop_open(pool: &Mutex<Vec<Client>>) -> Option<Client> {
    let mut pool = pool.lock().unwrap_or_else(|p| p.into_inner());
    while let Some(client) = pool.pop() {
        if !client.is_closed() {
            return Some(client);
        }
    }
    None
}

fn give_back_to(pool: &Mutex<Vec<Client>>, client: Client) {
    if !client.is_closed() {
        let mut pool = pool.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < EXPLAIN_POOL {
            pool.push(client);
        }
    }
}
