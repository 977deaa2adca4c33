//! askpg: a PostgreSQL-wire proxy that relays read-only SQL to an upstream PostgreSQL, byte
//! for byte, and (in later layers) answers plain-English questions with guarded SQL.
//!
//! # Layout
//!
//! Following one client session from the socket to the upstream:
//!
//! - [`server`]: the accept loop, connection limit and graceful drain.
//! - [`session`]: one connection from its first byte: negotiation, authentication, upstream
//!   session, the startup answer, then the relay.
//! - [`frontend`]: the client leg before the relay: TLS (SSLRequest, direct TLS, GSSENC),
//!   startup parameters, cancel requests; [`frontend::auth`] for SCRAM/md5/trust.
//! - [`upstream`]: the upstream leg: connect, TLS, authenticate with the read-only role,
//!   collect ParameterStatus and the backend key; cancel targets.
//! - [`relay`]: the two relay directions, and the sentinel mechanism for refused messages.
//! - [`guard`]: the read-only guard every statement passes before it reaches the upstream.
//! - [`role_audit`]: the upstream role audit at start, and the catalog the guard needs.
//! - [`protocol`]: framing shared by both legs; messages stay bytes.
//! - [`error`]: the errors askpg itself sends, with their SQLSTATEs.
//! - [`cancel`]: askpg's cancel keys mapped to upstream backends.
//! - [`metrics`]: Prometheus metrics and the `/metrics`, `/healthz` endpoint.
//! - [`config`]: the TOML file, `ASKPG_*` variables and flags.
//! - [`tls`]: rustls configuration for both legs.
//! - [`workers`]: the session threads (one single-threaded runtime each).
//! - [`cluster`]: a private PostgreSQL cluster from the system's binaries (demo and tests).
//! - [`demo`]: `askpg demo`.

pub mod admin;
pub mod ask;
pub mod cancel;
pub mod cluster;
pub mod config;
pub mod demo;
pub mod error;
pub mod frontend;
#[doc(hidden)]
pub mod fuzzing;
pub mod guard;
pub mod metrics;
pub mod protocol;
pub mod relay;
pub mod role_audit;
pub mod server;
pub mod session;
pub mod tls;
pub mod upstream;
pub mod workers;

pub use config::Config;
pub use server::Server;

/// Initializes logging from the configuration; `RUST_LOG` wins over `log.level`.
pub fn init_tracing(config: &config::LogConfig) {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&config.level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match config.format {
        config::LogFormat::Json => builder.json().try_init(),
        config::LogFormat::Human => builder.try_init(),
    };
}

/// Runs the proxy until SIGTERM or SIGINT, then drains.
pub async fn run(config: Config) -> Result<(), server::ServerError> {
    let server = Server::bind(config).await?;
    server.run(server::termination_signal()).await;
    Ok(())
}
