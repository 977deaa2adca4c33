//! Roles are audited again on reload: a mapped role that became writable is refused from
//! then on, and a passthrough login's kept verdict is dropped, so its next login is
//! audited again.

use super::setup::{self, tls_client, url, PT_READER_PASSWORD};
use crate::common::{fixture, wire::Wire, Proxy};
use askpg::upstream::UpstreamError;

/// Mapped to a role whose grants this test changes.
const SID: &str = "sid";
const SID_PASSWORD: &str = "sid-secret";
const SHIFTY_ROLE: &str = "identity_shifty";
/// A passthrough login whose grants this test changes.
const PT_SHIFTY: &str = "identity_pt_shifty";

/// The SQLSTATE of a login refused by askpg, or `None` when it is accepted.
async fn login(port: u16, user: &str, password: &str) -> Option<String> {
    match Wire::connect(&url(port, user, password, "require"), &[]).await {
        Ok(_) => None,
        Err(UpstreamError::Refused { code, .. }) => Some(code),
        Err(other) => panic!("{user}: {other}"),
    }
}

async fn reload(client: &tokio_postgres::Client) -> Result<(), String> {
    client
        .simple_query("ASKPG RELOAD")
        .await
        .map(drop)
        .map_err(|e| {
            e.as_db_error()
                .map_or(e.to_string(), |d| d.message().to_owned())
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_audits_mapped_roles_and_passthrough_logins_again() {
    let admin = fixture().superuser().await;
    let mut config = setup::mapped_config();
    config
        .auth
        .users
        .push(setup::mapped(SID, SID_PASSWORD, SHIFTY_ROLE));
    config.admin.users = vec![SID.into()];
    let proxy = Proxy::start(config).await;
    let sid = tls_client(proxy.port(), SID, SID_PASSWORD).await;
    admin
        .batch_execute(&format!("GRANT INSERT ON sales TO {SHIFTY_ROLE}"))
        .await
        .unwrap();
    let err = reload(&sid).await.unwrap_err();
    assert!(err.contains("reload failed"), "{err}");
    assert_eq!(
        login(proxy.port(), SID, SID_PASSWORD).await.as_deref(),
        Some("42501")
    );
    admin
        .batch_execute(&format!("REVOKE INSERT ON sales FROM {SHIFTY_ROLE}"))
        .await
        .unwrap();
    reload(&sid).await.unwrap();
    assert_eq!(login(proxy.port(), SID, SID_PASSWORD).await, None);

    let mut config = setup::passthrough_config();
    config.admin.users = vec![PT_SHIFTY.into()];
    let proxy = Proxy::start(config).await;
    let shifty = tls_client(proxy.port(), PT_SHIFTY, PT_READER_PASSWORD).await;
    admin
        .batch_execute(&format!("GRANT INSERT ON sales TO {PT_SHIFTY}"))
        .await
        .unwrap();
    // The verdict of its first login is kept until the reload.
    assert_eq!(
        login(proxy.port(), PT_SHIFTY, PT_READER_PASSWORD).await,
        None
    );
    reload(&shifty).await.unwrap();
    let refused = login(proxy.port(), PT_SHIFTY, PT_READER_PASSWORD).await;
    admin
        .batch_execute(&format!("REVOKE INSERT ON sales FROM {PT_SHIFTY}"))
        .await
        .unwrap();
    assert_eq!(refused.as_deref(), Some("42501"));
}
