//! The OpenAI-compatible generator: chat completions through async-openai, against OpenAI,
//! Azure OpenAI, or any compatible base URL (Ollama, vLLM, a LiteLLM gateway).

use async_openai::config::{AzureConfig, OpenAIConfig};
use async_openai::error::OpenAIError;
use async_openai::types::chat::{
    ChatCompletionRequestSystemMessage, ChatCompletionRequestUserMessage,
    CreateChatCompletionRequest, CreateChatCompletionResponse,
};
use async_openai::Client;

use super::prompt::{self, Parsed};
use super::{Generation, GenerationRequest, Generator};
use crate::ask::AskError;
use crate::config::LlmConfig;

enum Api {
    OpenAi(Client<OpenAIConfig>),
    Azure(Client<AzureConfig>),
}

pub struct OpenAiGenerator {
    api: Api,
    config: LlmConfig,
}

/// Makes ring rustls's process-wide provider (the HTTP client needs one).
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl OpenAiGenerator {
    pub fn new(config: &LlmConfig) -> Self {
        install_crypto_provider();
        let http = reqwest_client(config.timeout);
        let api = if config.azure_api_version.is_empty() {
            let mut openai =
                OpenAIConfig::new().with_api_base(config.base_url.trim_end_matches('/'));
            if !config.api_key.is_empty() {
                openai = openai.with_api_key(config.api_key.expose());
            }
            Api::OpenAi(Client::with_config(openai).with_http_client(http))
        } else {
            let azure = AzureConfig::new()
                .with_api_base(config.base_url.trim_end_matches('/'))
                .with_api_version(&config.azure_api_version)
                .with_deployment_id(&config.model)
                .with_api_key(config.api_key.expose());
            Api::Azure(Client::with_config(azure).with_http_client(http))
        };
        Self {
            api,
            config: config.clone(),
        }
    }

    async fn complete(
        &self,
        request: CreateChatCompletionRequest,
    ) -> Result<CreateChatCompletionResponse, OpenAIError> {
        match &self.api {
            Api::OpenAi(client) => client.chat().create(request).await,
            Api::Azure(client) => client.chat().create(request).await,
        }
    }
}

fn reqwest_client(timeout: std::time::Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(std::time::Duration::from_secs(10)))
        .build()
        .unwrap_or_default()
}

/// A readable account of an API failure (never the key or the request body).
pub fn describe_error(err: &OpenAIError, base_url: &str) -> String {
    match err {
        OpenAIError::ApiError(api) => format!(
            "{base_url} answered HTTP {}: {}",
            api.status_code, api.api_error.message
        ),
        OpenAIError::Reqwest(e) if e.is_timeout() => format!("{base_url} did not answer in time"),
        OpenAIError::Reqwest(e) => match e.status() {
            Some(status) => format!("{base_url} answered HTTP {status}"),
            None => format!("cannot reach {base_url}: {}", without_url(e)),
        },
        OpenAIError::JSONDeserialize(e, _) => {
            format!("{base_url} sent an answer that is not a valid chat completion ({e})")
        }
        other => format!("{base_url}: {other}"),
    }
}

fn without_url(e: &reqwest::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut last = e.to_string();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}

#[async_trait::async_trait]
impl Generator for OpenAiGenerator {
    fn name(&self) -> &'static str {
        "openai"
    }

    async fn generate(&self, request: &GenerationRequest<'_>) -> Result<Generation, AskError> {
        let messages = vec![
            ChatCompletionRequestSystemMessage::from(prompt::system(request.max_rows)).into(),
            ChatCompletionRequestUserMessage::from(prompt::user(request).as_str()).into(),
        ];
        let chat = CreateChatCompletionRequest {
            model: self.config.model.clone(),
            messages,
            temperature: Some(self.config.temperature),
            max_completion_tokens: Some(self.config.max_tokens),
            ..Default::default()
        };
        let started = std::time::Instant::now();
        let response = tokio::time::timeout(self.config.timeout, self.complete(chat)).await;
        crate::metrics::METRICS.llm_request_done(started.elapsed());
        let response = match response {
            Err(_) => {
                crate::metrics::METRICS.llm_error("timeout");
                return Err(AskError::Service(format!(
                    "{} did not answer within llm.timeout ({:?})",
                    self.config.base_url, self.config.timeout
                )));
            }
            Ok(Err(err)) => {
                crate::metrics::METRICS.llm_error("http");
                return Err(AskError::Service(describe_error(
                    &err,
                    &self.config.base_url,
                )));
            }
            Ok(Ok(response)) => response,
        };
        let parsed_ok = !response.choices.is_empty();
        let (prompt_tokens, completion_tokens) = response.usage.as_ref().map_or((0, 0), |u| {
            (u.prompt_tokens as u64, u.completion_tokens as u64)
        });
        crate::metrics::METRICS.llm_tokens(
            prompt_tokens,
            completion_tokens,
            self.config.prompt_price_per_million,
            self.config.completion_price_per_million,
        );
        let content = response
            .choices
            .first()
            .and_then(|c| c.message.content.clone())
            .unwrap_or_default();
        let generation = |sql: String| Generation {
            intent: None,
            sql,
            model: if response.model.is_empty() {
                self.config.model.clone()
            } else {
                response.model.clone()
            },
            prompt_tokens,
            completion_tokens,
            derived_from: None,
            route: "llm",
        };
        let parsed = prompt::parse_answer(&content);
        if parsed_ok && parsed != Parsed::Nothing {
            crate::metrics::METRICS.llm_ok();
        }
        match parsed {
            Parsed::Sql(sql) => Ok(generation(sql)),
            Parsed::CannotAnswer(reason) => Err(AskError::Unanswerable {
                message: format!("the language model cannot answer this question: {reason}"),
                hint: "Rephrase the question in terms of the tables and columns askpg exposes; EXPLAIN ASK shows the context it used.".into(),
            }),
            Parsed::Nothing => {
                crate::metrics::METRICS.llm_error("malformed");
                // An answer without SQL goes back as a rejected attempt (repairable).
                Ok(generation(String::new()))
            }
        }
    }
}
