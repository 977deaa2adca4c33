//! What is decided before or instead of relaying: TLS negotiation forms, authentication
//! methods on both legs, startup parameters, refused messages and statements, size caps.

mod common;

use std::sync::Arc;
use std::time::Duration;

use askpg::config::{AuthMethod, Secret, UserEntry};
use bytes::{Buf, BufMut, BytesMut};
use common::wire::{self, batch, bind, execute, parse, sync, tags, Msg, Wire};
use common::{
    base_config, fixture, Proxy, CLIENT_PASSWORD, CLIENT_USER, DATABASE, READER_PASSWORD,
};
use postgres_protocol::authentication::sasl::{ChannelBinding, ScramSha256, SCRAM_SHA_256};
use postgres_protocol::message::frontend;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

fn proxy_url(proxy: &Proxy, user: &str, password: &str, sslmode: &str) -> String {
    format!(
        "postgres://{user}:{password}@127.0.0.1:{}/{DATABASE}?sslmode={sslmode}",
        proxy.port()
    )
}

fn refused_code(err: askpg::upstream::UpstreamError) -> String {
    match err {
        askpg::upstream::UpstreamError::Refused { code, .. } => code,
        other => panic!("expected an ErrorResponse, got {other}"),
    }
}

async fn login(proxy: &Proxy) -> Wire {
    Wire::connect(
        &proxy_url(proxy, CLIENT_USER, CLIENT_PASSWORD, "disable"),
        &[],
    )
    .await
    .expect("login")
}

fn error_of(msgs: &[Msg]) -> &Msg {
    msgs.iter()
        .find(|m| m.tag == b'E')
        .unwrap_or_else(|| panic!("no ErrorResponse in {msgs:?}"))
}

#[tokio::test]
async fn replication_options_and_unknown_startup_parameters_are_refused() {
    let proxy = Proxy::with_defaults().await;
    let url = proxy_url(&proxy, CLIENT_USER, CLIENT_PASSWORD, "disable");
    let cases: &[(&[(&str, &str)], &str)] = &[
        (&[("replication", "database")], "0A000"),
        (
            &[("options", "-c default_transaction_read_only=off")],
            "42501",
        ),
        (&[("statement_timeout", "0")], "42501"),
        (&[("client_encoding", "LATIN1")], "22023"),
    ];
    for (params, expected) in cases {
        let err = Wire::connect(&url, params).await.err().expect("refused");
        assert_eq!(refused_code(err), *expected, "{params:?}");
    }
    // Allowed parameters reach the upstream.
    let mut ok = Wire::connect(
        &url,
        &[("application_name", "door-test"), ("DateStyle", "SQL, DMY")],
    )
    .await
    .unwrap();
    let msgs = ok
        .query("SELECT current_setting('application_name'), current_setting('DateStyle')")
        .await;
    let row = String::from_utf8_lossy(&msgs[1].body).into_owned();
    assert!(
        row.contains("door-test") && row.contains("SQL, DMY"),
        "{row}"
    );
}

#[tokio::test]
async fn function_call_is_refused_and_the_session_continues() {
    let proxy = Proxy::with_defaults().await;
    let mut conn = login(&proxy).await;
    let mut body = BytesMut::new();
    body.put_i32(1299); // now()
    body.put_i16(0);
    body.put_i16(0);
    body.put_i16(0);
    let mut msg = BytesMut::new();
    msg.put_u8(b'F');
    msg.put_i32(body.len() as i32 + 4);
    msg.put_slice(&body);
    conn.send(&msg).await;
    let msgs = conn.until_ready().await;
    assert_eq!(tags(&msgs), "EZ");
    assert_eq!(msgs[0].field(b'C').as_deref(), Some("0A000"));
    assert_eq!(tags(&conn.query("SELECT 1").await), "TDCZ");
}

#[tokio::test]
async fn copy_from_stdin_is_refused_whole_in_both_protocols() {
    let proxy = Proxy::with_defaults().await;
    let mut conn = login(&proxy).await;
    let msgs = conn.query("SELECT 1; COPY customers FROM STDIN").await;
    assert_eq!(tags(&msgs), "EZ", "nothing of the string ran: {msgs:?}");
    let err = error_of(&msgs);
    assert_eq!(err.field(b'C').as_deref(), Some("25006"));
    assert!(err.field(b'M').unwrap().contains("COPY FROM STDIN"));
    assert!(err.field(b'H').is_some());
    // In a transaction block the refusal aborts the block, as any error does.
    conn.query("BEGIN").await;
    let msgs = conn
        .query("copy customers (id) from stdin with (format csv)")
        .await;
    assert_eq!(msgs.last().unwrap().body, b"E");
    assert_eq!(tags(&conn.query("ROLLBACK").await), "CZ");
    // Extended protocol: the refused Parse fails and the rest is skipped until Sync.
    let pipeline = batch(&[
        parse("", "COPY customers FROM STDIN", &[]),
        bind("", "", &[], &[], &[]),
        execute("", 0),
        sync(),
        parse("", "SELECT 42", &[]),
        bind("", "", &[], &[], &[]),
        execute("", 0),
        sync(),
    ]);
    conn.send(&pipeline).await;
    let first = conn.until_ready().await;
    assert_eq!(tags(&first), "EZ");
    assert_eq!(first[0].field(b'C').as_deref(), Some("25006"));
    let second = conn.until_ready().await;
    assert_eq!(tags(&second), "12DCZ");
    // The upstream table is untouched and copy-out still works.
    let out = conn
        .query("COPY (SELECT count(*) FROM customers) TO STDOUT")
        .await;
    assert_eq!(tags(&out), "HdcCZ");
    assert_eq!(out[1].body, b"1000\n");
}

#[tokio::test]
async fn oversized_messages_end_the_session_with_54000() {
    let mut config = base_config();
    config.limits.max_message_bytes = 4096;
    let proxy = Proxy::start(config).await;
    let mut conn = login(&proxy).await;
    conn.send(&wire::query(&format!("SELECT '{}'", "x".repeat(5000))))
        .await;
    let msg = conn.recv().await.expect("an error before closing");
    assert_eq!(msg.tag, b'E');
    assert_eq!(msg.field(b'C').as_deref(), Some("54000"));
    assert_eq!(msg.field(b'S').as_deref(), Some("FATAL"));
    assert!(conn.recv().await.is_none(), "connection closed");
}

#[tokio::test]
async fn silent_connections_are_closed_at_the_startup_deadline() {
    let mut config = base_config();
    config.limits.startup_timeout = Duration::from_millis(200);
    let proxy = Proxy::start(config).await;
    let mut tcp = TcpStream::connect(proxy.addr).await.unwrap();
    let mut buf = [0u8; 16];
    let n = tokio::time::timeout(Duration::from_secs(20), tcp.read(&mut buf))
        .await
        .expect("closed by askpg");
    assert_eq!(n.unwrap_or(0), 0);
}

#[tokio::test]
async fn passwords_are_checked_for_every_method() {
    // SCRAM: right, wrong, unknown user.
    let proxy = Proxy::with_defaults().await;
    assert!(Wire::connect(
        &proxy_url(&proxy, CLIENT_USER, CLIENT_PASSWORD, "require"),
        &[]
    )
    .await
    .is_ok());
    for (user, password) in [(CLIENT_USER, "wrong"), ("mallory", "anything")] {
        let err = Wire::connect(&proxy_url(&proxy, user, password, "require"), &[])
            .await
            .err()
            .unwrap();
        assert_eq!(refused_code(err), "28P01", "{user}");
    }
    // A SCRAM verifier (as stored in pg_authid) instead of a password.
    let verifier: String = fixture()
        .superuser()
        .await
        .query_one(
            "SELECT rolpassword FROM pg_authid WHERE rolname = $1",
            &[&common::READER],
        )
        .await
        .unwrap()
        .get(0);
    let mut config = base_config();
    config.auth.users.push(UserEntry {
        name: "bob".into(),
        scram_verifier: Secret::new(verifier),
        ..Default::default()
    });
    let proxy = Proxy::start(config).await;
    assert!(
        Wire::connect(&proxy_url(&proxy, "bob", READER_PASSWORD, "require"), &[])
            .await
            .is_ok()
    );
    assert!(
        Wire::connect(&proxy_url(&proxy, "bob", "nope", "require"), &[])
            .await
            .is_err()
    );
    // md5.
    let mut config = base_config();
    config.auth.method = AuthMethod::Md5;
    let proxy = Proxy::start(config).await;
    assert!(Wire::connect(
        &proxy_url(&proxy, CLIENT_USER, CLIENT_PASSWORD, "disable"),
        &[]
    )
    .await
    .is_ok());
    let err = Wire::connect(&proxy_url(&proxy, CLIENT_USER, "bad", "disable"), &[])
        .await
        .err()
        .unwrap();
    assert_eq!(refused_code(err), "28P01");
    // trust on loopback.
    let mut config = base_config();
    config.auth.method = AuthMethod::Trust;
    let proxy = Proxy::start(config).await;
    let mut conn = Wire::connect(
        &format!(
            "postgres://whoever@127.0.0.1:{}/{DATABASE}?sslmode=disable",
            proxy.port()
        ),
        &[],
    )
    .await
    .unwrap();
    assert_eq!(tags(&conn.query("SELECT 1").await), "TDCZ");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psql_uses_scram_channel_binding_over_tls() {
    let proxy = Proxy::with_defaults().await;
    let output = tokio::process::Command::new(fixture().psql())
        .args(["-X", "-At", "-c", "SELECT 'bound'"])
        .arg(format!(
            "{} channel_binding=require",
            proxy.conninfo("require")
        ))
        .output()
        .await
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "bound");
}

#[tokio::test]
async fn tls_require_refuses_plaintext() {
    let mut config = base_config();
    config.tls.require = true;
    let proxy = Proxy::start(config).await;
    let err = Wire::connect(
        &proxy_url(&proxy, CLIENT_USER, CLIENT_PASSWORD, "disable"),
        &[],
    )
    .await
    .err()
    .unwrap();
    assert_eq!(refused_code(err), "28000");
    assert!(Wire::connect(
        &proxy_url(&proxy, CLIENT_USER, CLIENT_PASSWORD, "require"),
        &[]
    )
    .await
    .is_ok());
}

#[tokio::test]
async fn upstream_roles_authenticate_with_md5_trust_and_tls() {
    let fx = fixture();
    for (role, sslmode) in [
        (common::MD5_READER, "disable"),
        (common::TRUSTED_READER, "disable"),
        (common::READER, "require"),
        (common::READER, "disable"),
    ] {
        let mut config = base_config();
        config.upstream.url = Secret::new(fx.upstream_url(role, sslmode));
        let proxy = Proxy::start(config).await;
        let mut conn = login(&proxy).await;
        let msgs = conn
            .query(
                "SELECT current_user, (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid())",
            )
            .await;
        let row = String::from_utf8_lossy(&msgs[1].body).into_owned();
        assert!(row.contains(role), "{role}: {row}");
        let expect_tls = if sslmode == "require" { "t" } else { "f" };
        assert!(row.ends_with(expect_tls), "{role} {sslmode}: {row}");
    }
}

/// Startup plus SCRAM-SHA-256 on a raw stream; returns the messages up to ReadyForQuery.
async fn raw_login<S: AsyncRead + AsyncWrite + Unpin>(stream: &mut S) -> (Vec<String>, Vec<Msg>) {
    let mut buf = BytesMut::new();
    frontend::startup_message([("user", CLIENT_USER), ("database", DATABASE)], &mut buf).unwrap();
    stream.write_all(&buf).await.unwrap();
    let mut reader = RawReader {
        buf: BytesMut::new(),
    };
    let sasl = reader.next(stream).await;
    assert_eq!(sasl.tag, b'R');
    let mechanisms: Vec<String> = sasl.body[4..]
        .split(|&b| b == 0)
        .filter(|m| !m.is_empty())
        .map(|m| String::from_utf8_lossy(m).into_owned())
        .collect();
    let mut scram = ScramSha256::new(CLIENT_PASSWORD.as_bytes(), ChannelBinding::unsupported());
    let mut out = BytesMut::new();
    frontend::sasl_initial_response(SCRAM_SHA_256, scram.message(), &mut out).unwrap();
    stream.write_all(&out).await.unwrap();
    let cont = reader.next(stream).await;
    assert_eq!(cont.tag, b'R', "SASLContinue expected, got {cont:?}");
    scram.update(&cont.body[4..]).unwrap();
    out.clear();
    frontend::sasl_response(scram.message(), &mut out).unwrap();
    stream.write_all(&out).await.unwrap();
    let mut rest = Vec::new();
    loop {
        let msg = reader.next(stream).await;
        let done = msg.tag == b'Z' || msg.tag == b'E';
        rest.push(msg);
        if done {
            return (mechanisms, rest);
        }
    }
}

struct RawReader {
    buf: BytesMut,
}

impl RawReader {
    async fn next<S: AsyncRead + Unpin>(&mut self, stream: &mut S) -> Msg {
        loop {
            if self.buf.len() >= 5 {
                let len = (&self.buf[1..5]).get_i32() as usize + 1;
                if self.buf.len() >= len {
                    let frame = self.buf.split_to(len);
                    return Msg {
                        tag: frame[0],
                        body: frame[5..].to_vec(),
                    };
                }
            }
            let n = tokio::time::timeout(Duration::from_secs(10), stream.read_buf(&mut self.buf))
                .await
                .expect("answer in time")
                .unwrap();
            assert!(n > 0, "connection closed");
        }
    }
}

#[tokio::test]
async fn direct_tls_with_alpn_and_gssenc_refusal() {
    let proxy = Proxy::with_defaults().await;
    // Direct TLS (PostgreSQL 17 sslnegotiation=direct): ClientHello first, ALPN postgresql.
    let mut client_config = (*askpg::tls::upstream_client_config("").unwrap()).clone();
    client_config.alpn_protocols = vec![b"postgresql".to_vec()];
    let connector = tokio_rustls::TlsConnector::from(Arc::new(client_config));
    let tcp = TcpStream::connect(proxy.addr).await.unwrap();
    let mut tls = connector
        .connect(askpg::tls::server_name("localhost").unwrap(), tcp)
        .await
        .unwrap();
    let (mechanisms, rest) = raw_login(&mut tls).await;
    assert_eq!(mechanisms, ["SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"]);
    assert_eq!(rest.last().unwrap().tag, b'Z', "{rest:?}");
    assert!(rest.iter().any(|m| m.tag == b'K'), "BackendKeyData issued");
    // GSSENCRequest is answered 'N' and the startup goes on in plaintext.
    let mut tcp = TcpStream::connect(proxy.addr).await.unwrap();
    tcp.write_all(&[0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x30])
        .await
        .unwrap();
    let mut answer = [0u8; 1];
    tcp.read_exact(&mut answer).await.unwrap();
    assert_eq!(&answer, b"N");
    let (mechanisms, rest) = raw_login(&mut tcp).await;
    assert_eq!(
        mechanisms,
        ["SCRAM-SHA-256"],
        "no channel binding without TLS"
    );
    assert_eq!(rest.last().unwrap().tag, b'Z');
}
