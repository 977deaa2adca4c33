//! The side connections of the asker — a small pool on the server's runtime, for EXPLAIN
//! checks and value lookups — and the lookup of a question's values beyond the sample.

use std::time::Instant;

use tokio_postgres::Client;

use super::{ms, Asker, Report, RoleSlot, View, EXPLAIN_POOL};
use crate::ask::lookup::{self, FoundValue};

impl Asker {
    /// The question's values found upstream beyond the sample (`corpus.lookup_values`).
    pub(super) async fn look_up_values(
        &self,
        view: &View,
        question: &str,
        vector: &[f32],
        report: &mut Report,
    ) -> Vec<FoundValue> {
        let corpus = &self.config.corpus;
        if !corpus.lookup_values || corpus.lookup_max_columns == 0 {
            return Vec::new();
        }
        let knowledge = &view.knowledge;
        let columns =
            knowledge.lookup_columns(question, vector, corpus.lookup_max_columns as usize);
        if columns.is_empty() {
            return Vec::new();
        }
        let started = Instant::now();
        let role = view.role.as_deref();
        let found = match self.side_client(role).await {
            Ok(client) => {
                let found = lookup::look_up(
                    &client,
                    &knowledge.corpus,
                    question,
                    &columns,
                    corpus.lookup_timeout,
                )
                .await;
                self.give_back(client, role);
                found
            }
            Err(err) => {
                tracing::debug!(error = %err, "value lookup: no side connection");
                Vec::new()
            }
        };
        report.timings_ms.insert("lookup", ms(started.elapsed()));
        found
    }

    /// A side connection from the pool, or a new one made on the server's runtime; as
    /// `role` when given.
    pub(super) async fn side_client(&self, role: Option<&RoleSlot>) -> Result<Client, String> {
        if let Some(slot) = role {
            return self.role_client(slot).await;
        }
        let pooled = self
            .explain_pool
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .pop()
            .filter(|c| !c.is_closed());
        if let Some(client) = pooled {
            return Ok(client);
        }
        let config = self.config.clone();
        match self
            .runtime
            .spawn(async move { crate::role_audit::side_connection(&config).await })
            .await
        {
            Ok(Ok(client)) => Ok(client),
            Ok(Err(e)) => Err(e.to_string()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Returns a side connection to its pool, unless it closed or the pool is full.
    pub(super) fn give_back(&self, client: Client, role: Option<&RoleSlot>) {
        if let Some(slot) = role {
            return self.give_back_role(slot, client);
        }
        if !client.is_closed() {
            let mut pool = self.explain_pool.lock().unwrap_or_else(|p| p.into_inner());
            if pool.len() < EXPLAIN_POOL {
                pool.push(client);
            }
        }
    }
}
