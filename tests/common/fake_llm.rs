//! A real HTTP server speaking the OpenAI chat-completions and embeddings API with scripted
//! answers: the one stand-in the tests use (no LLM is reachable from the test machines).
//!
//! Chat answers come from a queue of [`Reply`]s, then from an optional responder that sees
//! the request; every request body is recorded so tests can inspect prompts. Embeddings are
//! deterministic hashed bags of words, so similar texts get similar vectors.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use serde_json::{json, Value};

/// One scripted chat answer.
#[derive(Clone, Debug)]
pub enum Reply {
    /// A normal completion whose message content is this text.
    Content(String),
    /// An HTTP error status with this body.
    Status(u16, String),
    /// A 200 response whose body is not a chat completion.
    Malformed(String),
    /// Wait, then answer.
    Delay(Duration, Box<Reply>),
}

type Responder = Box<dyn Fn(&Value) -> Reply + Send>;

#[derive(Default)]
struct State {
    script: VecDeque<Reply>,
    responder: Option<Responder>,
    chat_requests: Vec<Value>,
    /// Path and query of each chat request.
    chat_paths: Vec<String>,
    embedding_requests: Vec<Value>,
    /// How embeddings requests are answered instead of with vectors (errors, delays).
    embedding_reply: Option<Reply>,
    /// Authorization headers seen (to check that the configured key is sent).
    authorizations: Vec<String>,
}

pub struct FakeLlm {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl FakeLlm {
    /// Starts the server on a free port, on its own thread and runtime.
    pub fn start() -> FakeLlm {
        let state = Arc::new(Mutex::new(State::default()));
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let shared = state.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let accept = async {
                    loop {
                        let Ok((tcp, _)) = listener.accept().await else {
                            continue;
                        };
                        let state = shared.clone();
                        tokio::spawn(async move {
                            let service = hyper::service::service_fn(move |req| {
                                let state = state.clone();
                                async move { Ok::<_, Infallible>(answer(req, state).await) }
                            });
                            let _ = hyper::server::conn::http1::Builder::new()
                                .serve_connection(hyper_util::rt::TokioIo::new(tcp), service)
                                .await;
                        });
                    }
                };
                tokio::select! {
                    _ = accept => {}
                    _ = stopped => {}
                }
            });
        });
        let addr = addr_rx.recv().unwrap();
        FakeLlm {
            addr,
            state,
            stop: Some(stop),
        }
    }

    /// The base URL to configure as `llm.base_url` / `embeddings.base_url`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues chat answers, used in order before the responder.
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        self.state().script.extend(replies);
    }

    /// Queues answers whose content is SQL in a code fence with some prose around it.
    pub fn script_sql(&self, sqls: &[&str]) {
        self.script(
            sqls.iter()
                .map(|sql| Reply::Content(format!("Here is the query:\n```sql\n{sql}\n```\n"))),
        );
    }

    /// Answers chat requests the script does not cover.
    pub fn respond_with(&self, responder: impl Fn(&Value) -> Reply + Send + 'static) {
        self.state().responder = Some(Box::new(responder));
    }

    /// Chat request bodies received so far.
    pub fn chat_requests(&self) -> Vec<Value> {
        self.state().chat_requests.clone()
    }

    /// All message contents of chat request `i`, joined.
    pub fn prompt(&self, i: usize) -> String {
        let requests = self.chat_requests();
        requests[i]["messages"]
            .as_array()
            .map(|m| {
                m.iter()
                    .map(|m| m["content"].as_str().unwrap_or_default().to_owned())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default()
    }

    /// Answers every later embeddings request with `reply`: a `Status` or `Malformed`
    /// body, or a `Delay` before it (a `Content` at the end of a delay means vectors).
    pub fn answer_embeddings_with(&self, reply: Reply) {
        self.state().embedding_reply = Some(reply);
    }

    /// Path and query string of each chat request.
    pub fn chat_paths(&self) -> Vec<String> {
        self.state().chat_paths.clone()
    }

    pub fn embedding_requests(&self) -> Vec<Value> {
        self.state().embedding_requests.clone()
    }

    pub fn authorizations(&self) -> Vec<String> {
        self.state().authorizations.clone()
    }
}

impl Drop for FakeLlm {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

fn response(status: u16, body: String) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .unwrap()
}

async fn answer(req: Request<Incoming>, state: Arc<Mutex<State>>) -> Response<Full<Bytes>> {
    let path = req.uri().path().to_owned();
    let path_and_query = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let auth = req
        .headers()
        .get("authorization")
        .or_else(|| req.headers().get("api-key"))
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = req.into_body().collect().await.map(|b| b.to_bytes());
    let Ok(body) = body else {
        return response(400, "{}".into());
    };
    let Ok(request): Result<Value, _> = serde_json::from_slice(&body) else {
        return response(400, r#"{"error":{"message":"body is not JSON"}}"#.into());
    };
    if path.ends_with("/embeddings") {
        let inputs: Vec<String> = match &request["input"] {
            Value::String(s) => vec![s.clone()],
            Value::Array(items) => items
                .iter()
                .map(|v| v.as_str().unwrap_or_default().to_owned())
                .collect(),
            _ => Vec::new(),
        };
        let mut reply = {
            let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
            state.embedding_requests.push(request.clone());
            state.authorizations.push(auth);
            state.embedding_reply.clone()
        };
        while let Some(Reply::Delay(wait, next)) = reply {
            tokio::time::sleep(wait).await;
            reply = Some(*next);
        }
        match reply {
            Some(Reply::Status(status, body)) => return response(status, body),
            Some(Reply::Malformed(body)) => return response(200, body),
            _ => {}
        }
        let data: Vec<Value> = inputs
            .iter()
            .enumerate()
            .map(|(i, text)| json!({"object": "embedding", "index": i, "embedding": embedding(text)}))
            .collect();
        let tokens: usize = inputs.iter().map(|t| t.len() / 4 + 1).sum();
        let body = json!({
            "object": "list",
            "data": data,
            "model": request["model"],
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}
        });
        return response(200, body.to_string());
    }
    if !path.ends_with("/chat/completions") {
        return response(404, r#"{"error":{"message":"unknown path"}}"#.into());
    }
    let reply = {
        let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
        state.chat_requests.push(request.clone());
        state.chat_paths.push(path_and_query);
        state.authorizations.push(auth);
        match state.script.pop_front() {
            Some(reply) => reply,
            None => match &state.responder {
                Some(responder) => responder(&request),
                None => Reply::Status(500, r#"{"error":{"message":"no scripted answer"}}"#.into()),
            },
        }
    };
    let mut reply = reply;
    loop {
        match reply {
            Reply::Delay(wait, next) => {
                tokio::time::sleep(wait).await;
                reply = *next;
            }
            Reply::Status(status, body) => return response(status, body),
            Reply::Malformed(body) => return response(200, body),
            Reply::Content(content) => {
                let prompt_chars: usize = request["messages"]
                    .as_array()
                    .map(|m| {
                        m.iter()
                            .map(|m| m["content"].as_str().map_or(0, str::len))
                            .sum()
                    })
                    .unwrap_or(0);
                let body = json!({
                    "id": "chatcmpl-askpg-test",
                    "object": "chat.completion",
                    "created": 1_700_000_000,
                    "model": request["model"],
                    "choices": [{
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop"
                    }],
                    "usage": {
                        "prompt_tokens": prompt_chars / 4,
                        "completion_tokens": content.len() / 4,
                        "total_tokens": prompt_chars / 4 + content.len() / 4
                    }
                });
                return response(200, body.to_string());
            }
        }
    }
}

/// The question a chat request asks: the line after `### Question` in the user message.
pub fn asked_question(request: &Value) -> Option<&str> {
    request["messages"][1]["content"]
        .as_str()?
        .split("### Question\n")
        .nth(1)?
        .lines()
        .next()
}

/// A deterministic 64-dimension hashed bag of lower-case words, unit length.
fn embedding(text: &str) -> Vec<f32> {
    let mut v = vec![0f32; 64];
    for word in text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut h: u64 = 0xcbf29ce484222325;
        for b in word.bytes() {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        v[(h % 64) as usize] += 1.0;
    }
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
    v.iter().map(|x| x / norm).collect()
}
