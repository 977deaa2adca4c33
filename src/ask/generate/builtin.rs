//! Placeholder until the built-in generator lands (branch ask-builtin).
use super::{Generation, GenerationRequest, Generator};
use crate::ask::AskError;

#[derive(Default)]
pub struct BuiltinGenerator;

impl BuiltinGenerator {
    pub fn new() -> Self {
        Self
    }
}

#[async_trait::async_trait]
impl Generator for BuiltinGenerator {
    fn name(&self) -> &'static str {
        "builtin"
    }
    async fn generate(&self, _request: &GenerationRequest<'_>) -> Result<Generation, AskError> {
        Err(AskError::Unanswerable {
            message: "not built yet".into(),
            hint: String::new(),
        })
    }
}
