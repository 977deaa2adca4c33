//! A mapped user on another database of the upstream (`[databases]`): askpg takes the
//! user's role there too, and audits the role in that database before its first session
//! there.

use std::sync::OnceLock;

use super::setup::{self, code, tls_connect, EU_PASSWORD, EU_ROLE, EU_USER};
use super::setup::{OPS_PASSWORD, OPS_ROLE, OPS_USER};
use crate::common::{simple_rows, Proxy, DATABASE};

/// identity_eu may read `gadgets` here, identity_ops may INSERT into `inbox`.
const OTHER: &str = "identity_other";

/// Creates the other database once.
fn other_database() {
    static DONE: OnceLock<()> = OnceLock::new();
    setup::roles();
    DONE.get_or_init(|| {
        setup::as_superuser("postgres", format!("CREATE DATABASE {OTHER}"));
        setup::as_superuser(
            OTHER,
            format!(
                "CREATE TABLE gadgets (id int PRIMARY KEY, name text);
                 INSERT INTO gadgets VALUES (1, 'sprocket'), (2, 'gear');
                 GRANT SELECT ON gadgets TO {EU_ROLE};
                 CREATE TABLE inbox (id int);
                 GRANT SELECT, INSERT ON inbox TO {OPS_ROLE};"
            ),
        );
    });
}

async fn row(client: &tokio_postgres::Client, sql: &str) -> Vec<String> {
    simple_rows(client.simple_query(sql).await.unwrap()).remove(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mapped_user_takes_its_role_on_another_database() {
    other_database();
    let mut config = setup::mapped_config();
    config.databases.allowed = vec![OTHER.into()];
    let proxy = Proxy::start(config).await;

    let erin = tls_connect(proxy.port(), EU_USER, EU_PASSWORD, OTHER)
        .await
        .unwrap();
    assert_eq!(
        row(
            &erin,
            "SELECT current_database(), current_user, session_user, \
             (SELECT count(*) FROM gadgets)"
        )
        .await,
        [OTHER, EU_ROLE, setup::GATEWAY, "2"]
    );
    // The role's grants of that database apply: inbox is identity_ops's.
    let err = erin.simple_query("SELECT * FROM inbox").await.unwrap_err();
    assert_eq!(code(&err), "42501", "{err}");
    erin.simple_query("RESET ALL").await.unwrap();
    assert_eq!(row(&erin, "SELECT current_user").await, [EU_ROLE]);

    // identity_ops can write in that database: its sessions there are refused with the
    // findings of the audit there, while its sessions on the primary database go on.
    for _ in 0..2 {
        let Err(err) = tls_connect(proxy.port(), OPS_USER, OPS_PASSWORD, OTHER).await else {
            panic!("oscar's session on {OTHER} was served");
        };
        let db = err.as_db_error().expect("a server error");
        assert_eq!(db.code().code(), "42501", "{err}");
        assert!(
            db.message()
                .contains(&format!("askpg refuses upstream role \"{OPS_ROLE}\"")),
            "{}",
            db.message()
        );
        let detail = db.detail().unwrap_or_default();
        assert!(detail.contains("INSERT on public.inbox"), "{detail}");
    }
    let oscar = tls_connect(proxy.port(), OPS_USER, OPS_PASSWORD, DATABASE)
        .await
        .unwrap();
    assert_eq!(
        row(&oscar, "SELECT current_user, (SELECT count(*) FROM sales)").await,
        [OPS_ROLE, "12"]
    );
}
