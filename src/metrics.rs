//! Prometheus metrics (every name defined here, once, with its help text; labels only from
//! fixed sets) and the HTTP endpoint serving `/metrics` and `/healthz`.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::LazyLock;

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response, StatusCode};
use prometheus::{Encoder, IntCounter, IntCounterVec, IntGauge, Opts, Registry, TextEncoder};
use tokio::net::TcpListener;
use tracing::{debug, info, warn};

/// How a client connection ended its startup.
#[derive(Debug, Clone, Copy)]
pub enum ConnectionOutcome {
    Accepted,
    RefusedLimit,
    StartupFailed,
    AuthFailed,
    UpstreamFailed,
    Cancel,
}

impl ConnectionOutcome {
    const ALL: [ConnectionOutcome; 6] = [
        Self::Accepted,
        Self::RefusedLimit,
        Self::StartupFailed,
        Self::AuthFailed,
        Self::UpstreamFailed,
        Self::Cancel,
    ];

    fn label(self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::RefusedLimit => "refused_limit",
            Self::StartupFailed => "startup_failed",
            Self::AuthFailed => "auth_failed",
            Self::UpstreamFailed => "upstream_failed",
            Self::Cancel => "cancel",
        }
    }
}

pub struct Metrics {
    registry: Registry,
    pub client_sessions: IntGauge,
    connections: IntCounterVec,
    pub upstream_connect_errors: IntCounter,
    pub bytes_to_client: IntCounter,
    pub bytes_to_upstream: IntCounter,
}

impl Metrics {
    fn new() -> Self {
        let registry = Registry::new();
        let client_sessions = IntGauge::new(
            "askpg_client_sessions",
            "Client sessions currently relaying",
        )
        .unwrap();
        let connections = IntCounterVec::new(
            Opts::new(
                "askpg_client_connections_total",
                "Client connections by startup outcome",
            ),
            &["outcome"],
        )
        .unwrap();
        let upstream_connect_errors = IntCounter::new(
            "askpg_upstream_connect_errors_total",
            "Upstream connections that could not be opened or authenticated",
        )
        .unwrap();
        let relayed = IntCounterVec::new(
            Opts::new(
                "askpg_relayed_bytes_total",
                "Protocol bytes relayed, by direction",
            ),
            &["direction"],
        )
        .unwrap();
        for outcome in ConnectionOutcome::ALL {
            connections.with_label_values(&[outcome.label()]);
        }
        let bytes_to_client = relayed.with_label_values(&["to_client"]);
        let bytes_to_upstream = relayed.with_label_values(&["to_upstream"]);
        registry
            .register(Box::new(client_sessions.clone()))
            .unwrap();
        registry.register(Box::new(connections.clone())).unwrap();
        registry
            .register(Box::new(upstream_connect_errors.clone()))
            .unwrap();
        registry.register(Box::new(relayed)).unwrap();
        Self {
            registry,
            client_sessions,
            connections,
            upstream_connect_errors,
            bytes_to_client,
            bytes_to_upstream,
        }
    }

    pub fn connection(&self, outcome: ConnectionOutcome) {
        self.connections.with_label_values(&[outcome.label()]).inc();
    }

    /// The text exposition of every metric.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

/// The process-wide metrics.
pub static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

/// Serves `/metrics`, `/healthz` and `/readyz` on an already bound listener until the task
/// is dropped.
pub async fn serve(listener: TcpListener, shared: std::sync::Arc<crate::server::Shared>) {
    if let Ok(addr) = listener.local_addr() {
        info!(%addr, "metrics endpoint listening");
    }
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(e) => {
                warn!(error = %e, "metrics accept failed");
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                continue;
            }
        };
        let shared = shared.clone();
        tokio::spawn(async move {
            let service =
                hyper::service::service_fn(move |request| respond(request, shared.clone()));
            let io = hyper_util::rt::TokioIo::new(stream);
            if let Err(e) = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await
            {
                debug!(%peer, error = %e, "metrics connection ended");
            }
        });
    }
}

async fn respond(
    request: Request<hyper::body::Incoming>,
    shared: std::sync::Arc<crate::server::Shared>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (status, content_type, body) = match request.uri().path() {
        "/metrics" => (
            StatusCode::OK,
            "text/plain; version=0.0.4",
            METRICS.render(),
        ),
        "/healthz" => (StatusCode::OK, "text/plain", "ok\n".to_owned()),
        "/readyz" => {
            let (ready, report) = shared.readiness().await;
            let status = if ready {
                StatusCode::OK
            } else {
                StatusCode::SERVICE_UNAVAILABLE
            };
            (status, "application/json", format!("{report}\n"))
        }
        _ => (
            StatusCode::NOT_FOUND,
            "text/plain",
            "not found: try /metrics, /healthz or /readyz\n".to_owned(),
        ),
    };
    let response = Response::builder()
        .status(status)
        .header("content-type", content_type)
        .body(Full::new(Bytes::from(body)))
        .expect("static response parts are valid");
    Ok(response)
}

/// Binds the metrics address (an error names it).
pub async fn bind(addr: &str) -> Result<TcpListener, crate::server::ServerError> {
    let parsed: SocketAddr = addr.parse().map_err(|e| crate::server::ServerError::Bind {
        addr: addr.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidInput, e),
    })?;
    TcpListener::bind(parsed)
        .await
        .map_err(|source| crate::server::ServerError::Bind {
            addr: addr.to_owned(),
            source,
        })
}
