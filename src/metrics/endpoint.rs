//! The HTTP endpoint: `/metrics`, `/healthz` and `/readyz`.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response, StatusCode};
use tokio::net::TcpListener;
use tracing::{debug, info, warn};

use super::{MetricsError, Readiness, ReadyReport, METRICS};

/// Serves `/metrics`, `/healthz` and `/readyz` on an already bound listener until the task
/// is dropped.
pub async fn serve(listener: TcpListener, readiness: Arc<dyn Readiness>) {
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
        let readiness = readiness.clone();
        tokio::spawn(async move {
            let service =
                hyper::service::service_fn(move |request| respond(request, readiness.clone()));
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
    readiness: Arc<dyn Readiness>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (status, content_type, body) = match request.uri().path() {
        "/metrics" => (
            StatusCode::OK,
            "text/plain; version=0.0.4",
            METRICS.render(),
        ),
        "/healthz" => (StatusCode::OK, "text/plain", "ok\n".to_owned()),
        "/readyz" => {
            let ReadyReport { ready, report } = readiness.readiness().await;
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
pub async fn bind(addr: &str) -> Result<TcpListener, MetricsError> {
    let parsed: SocketAddr = addr.parse().map_err(|e| MetricsError::Bind {
        addr: addr.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidInput, e),
    })?;
    TcpListener::bind(parsed)
        .await
        .map_err(|source| MetricsError::Bind {
            addr: addr.to_owned(),
            source,
        })
}
