//! The generator used when an LLM is configured: `ask.route` decides whether the intent
//! engine answers offline (`auto`: when it reads the question; `builtin`: always the
//! built-in generator) or the LLM does (`llm`, and `auto` when the engine cannot read the
//! question). Whatever answers, the compiled intent goes into the LLM's prompt as structure.

use super::builtin::{BuiltinGenerator, MODEL};
use super::{Generation, GenerationRequest, Generator, SecondOpinion};
use crate::ask::AskError;
use crate::config::Route;

pub struct RoutedGenerator {
    route: Route,
    llm: Box<dyn Generator>,
    builtin: BuiltinGenerator,
}

impl RoutedGenerator {
    pub fn new(route: Route, llm: Box<dyn Generator>, builtin: BuiltinGenerator) -> Self {
        RoutedGenerator {
            route,
            llm,
            builtin,
        }
    }
}

#[async_trait::async_trait]
impl Generator for RoutedGenerator {
    fn name(&self) -> &'static str {
        self.llm.name()
    }

    async fn generate(&self, request: &GenerationRequest<'_>) -> Result<Generation, AskError> {
        if self.route == Route::Builtin {
            return self.builtin.answer(request);
        }
        let understood = self.builtin.understand(request);
        match &understood {
            // A repair goes to the LLM: the compiled SQL was the attempt rejected.
            Some(u) if self.route == Route::Auto && request.rejected.is_empty() => Ok(Generation {
                sql: u.sql.clone(),
                model: MODEL.to_owned(),
                intent: Some(u.intent.key()),
                route: "intent",
                ..Default::default()
            }),
            _ => {
                let request = GenerationRequest {
                    intent: understood.as_ref(),
                    ..*request
                };
                self.llm.generate(&request).await
            }
        }
    }

    /// The LLM's SQL when the question engine answered, the engine's when the LLM did (and
    /// the engine reads the question): EXPLAIN ASK shows where they disagree.
    async fn second_opinion(
        &self,
        request: &GenerationRequest<'_>,
        answered: &Generation,
    ) -> Option<SecondOpinion> {
        let understood = self.builtin.understand(request);
        match answered.route {
            "intent" => {
                let request = GenerationRequest {
                    intent: understood.as_ref(),
                    ..*request
                };
                let sql = match self.llm.generate(&request).await {
                    Ok(generation) => Ok(generation.sql),
                    Err(err) => Err(err.to_string()),
                };
                Some(SecondOpinion { route: "llm", sql })
            }
            "llm" => understood.map(|u| SecondOpinion {
                route: "intent",
                sql: Ok(u.sql),
            }),
            _ => None,
        }
    }
}
