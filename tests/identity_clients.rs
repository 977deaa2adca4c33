//! The real clients of tests/clients (psycopg 3, asyncpg, node-postgres, pgJDBC), pg_dump
//! and psqlODBC through askpg over TLS in both identity modes: a user mapped to a role that
//! askpg takes with SET ROLE after logging in as the gateway, and a passthrough login
//! checked by the upstream with scram-sha-256. Each script also checks that its
//! statements run as the expected role. A binary of its own: the identity tests' tables
//! would change what the scripts list in the public schema.

mod common;
mod identity {
    pub mod setup;
}

use askpg::config::{AuthMethod, Config};
use common::clients::{self, ClientScript};
use common::Proxy;
use identity::setup::{self, CLIENTS_PASSWORD, CLIENTS_ROLE, CLIENTS_USER};
use identity::setup::{PT_CLIENTS, PT_CLIENTS_PASSWORD};

/// askpg as the gateway, with CLIENTS_USER mapped to CLIENTS_ROLE.
fn mapped_config() -> Config {
    setup::client_roles();
    let mut config = setup::gateway_config();
    config.auth.users = vec![setup::mapped(CLIENTS_USER, CLIENTS_PASSWORD, CLIENTS_ROLE)];
    config
}

/// askpg with passthrough logins.
fn passthrough_config() -> Config {
    setup::client_roles();
    let mut config = setup::gateway_config();
    config.auth.method = AuthMethod::Passthrough;
    config
}

/// Runs `script` as the mapped user; its statements run as the mapped role on the
/// gateway's login.
async fn mapped(script: &ClientScript) {
    let proxy = Proxy::start(mapped_config()).await;
    script
        .run(
            proxy.port(),
            CLIENTS_USER,
            CLIENTS_PASSWORD,
            CLIENTS_ROLE,
            setup::GATEWAY,
        )
        .await;
}

/// Runs `script` as the passthrough login; its statements run as that login.
async fn passthrough(script: &ClientScript) {
    let proxy = Proxy::start(passthrough_config()).await;
    script
        .run(
            proxy.port(),
            PT_CLIENTS,
            PT_CLIENTS_PASSWORD,
            PT_CLIENTS,
            PT_CLIENTS,
        )
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psycopg3_with_a_mapped_role() {
    mapped(&clients::PSYCOPG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psycopg3_with_passthrough() {
    passthrough(&clients::PSYCOPG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asyncpg_with_a_mapped_role() {
    mapped(&clients::ASYNCPG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asyncpg_with_passthrough() {
    passthrough(&clients::ASYNCPG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_postgres_with_a_mapped_role() {
    mapped(&clients::NODE_PG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_postgres_with_passthrough() {
    passthrough(&clients::NODE_PG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pgjdbc_with_a_mapped_role() {
    mapped(&clients::JDBC).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pgjdbc_with_passthrough() {
    passthrough(&clients::JDBC).await;
}

/// pg_dump's schema and data dumps equal a direct dump in both modes (askpg re-pins the
/// timeouts pg_dump turns off).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_dump_in_both_modes_matches_a_direct_dump() {
    let mut config = mapped_config();
    config.guard.repin_timeout_changes = true;
    let proxy = Proxy::start(config).await;
    clients::assert_dumps_match_direct(proxy.port(), CLIENTS_USER, CLIENTS_PASSWORD).await;
    let mut config = passthrough_config();
    config.guard.repin_timeout_changes = true;
    let proxy = Proxy::start(config).await;
    clients::assert_dumps_match_direct(proxy.port(), PT_CLIENTS, PT_CLIENTS_PASSWORD).await;
}

/// psqlODBC's reads through held cursors (DECLARE … WITH HOLD, FETCH) in both modes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psqlodbc_with_declare_fetch_in_both_modes() {
    let proxy = Proxy::start(mapped_config()).await;
    clients::assert_isql_reads(proxy.port(), CLIENTS_USER, CLIENTS_PASSWORD).await;
    let proxy = Proxy::start(passthrough_config()).await;
    clients::assert_isql_reads(proxy.port(), PT_CLIENTS, PT_CLIENTS_PASSWORD).await;
}
