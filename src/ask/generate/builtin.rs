//! The built-in generator: no language model, only the corpus examples. A question is
//! answered when it has the shape of an example (see [`matching`]) and its literals — years,
//! quarters, months, dates, numbers, known column values — can be put into the example's
//! SQL with certainty ([`rebind`]); a follow-up of a conversation the question engine
//! answered is read as the question it makes with the earlier ones ([`follow`]: "and by
//! status?", "what about 2023?"), and one that only changes literals re-binds the previous
//! answer. Anything else is refused with the closest example questions as a hint.

mod follow;
mod matching;
#[cfg(test)]
mod tests;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use self::matching::{pair_literals, Fit, Shape};
use super::{Generation, GenerationRequest, Generator};
use crate::ask::corpus::{Corpus, Example};
use crate::ask::explain::values_query;
use crate::ask::intent::{help, Engine, Understood};
use crate::ask::literals::{
    extract, plain_skeleton, rebind, Date, Literal, Template, ValueIndex, ValueSource,
};
use crate::ask::vocab::grammar;
use crate::ask::vocab::Synonyms;
use crate::ask::{AskError, Turn};

/// Model name reported for built-in answers.
pub const MODEL: &str = "builtin";

/// How many example questions a refusal suggests.
const HINT_EXAMPLES: usize = 5;

/// Answers questions that match a corpus example; see the module documentation.
#[derive(Default)]
pub struct BuiltinGenerator {
    /// The derived data of the last corpus seen, rebuilt when the corpus changes.
    prepared: Mutex<Option<Arc<Prepared>>>,
    data_end: Option<Date>,
}

/// What the generator derives from one corpus.
struct Prepared {
    key: String,
    engine: Engine,
    values: ValueIndex,
    synonyms: Synonyms,
    examples: Vec<PreparedExample>,
}

struct PreparedExample {
    template: Template,
    shape: Shape,
}

/// An example whose shape fits the question.
struct Candidate {
    example: usize,
    fit: Fit,
    identical: bool,
}

impl BuiltinGenerator {
    pub fn new() -> Self {
        Self::default()
    }

    /// Resolves relative periods ("last quarter") against data ending on `end` instead of
    /// the end date learned from the corpus.
    pub fn with_data_end(end: Date) -> Self {
        BuiltinGenerator {
            prepared: Mutex::new(None),
            data_end: Some(end),
        }
    }

    /// The intent of a standalone question and its SQL; None for a follow-up, a request
    /// for help, or a question the engine cannot read.
    pub fn understand(&self, request: &GenerationRequest<'_>) -> Option<Understood> {
        let prepared = self.prepared(request.corpus);
        let question = request.question;
        if grammar::is_help_request(&words(&question.to_lowercase())) {
            return None;
        }
        let template = extract(question, &prepared.values);
        if Shape::of(&prepared.synonyms, &template.skeleton).is_follow_up() {
            return None;
        }
        let found = found_values(request);
        prepared.engine.understand_with(question, &found).ok()
    }

    /// The answer for one request, without awaiting anything.
    pub fn answer(&self, request: &GenerationRequest<'_>) -> Result<Generation, AskError> {
        let corpus = request.corpus;
        let prepared = self.prepared(corpus);
        let lower = request.question.to_lowercase();
        if grammar::is_help_request(&words(&lower)) {
            let rows = help::help_rows(&prepared.engine);
            return Ok(generation(&values_query(&["kind", "item"], &rows), None));
        }
        let template = extract(request.question, &prepared.values);
        let shape = Shape::of(&prepared.synonyms, &template.skeleton);
        let rejected: Vec<String> = request.rejected.iter().map(|a| squeeze(&a.sql)).collect();
        let mut refusal = None;
        for candidate in self.candidates(&prepared, request, &template, &shape) {
            let example = &corpus.examples[candidate.example];
            let from_example = &prepared.examples[candidate.example].template.literals;
            let sql = pair_literals(&template.literals, from_example)
                .and_then(|(from, to)| rebind(&example.sql, &from, &to));
            match sql {
                Some(sql) if rejected.contains(&squeeze(&sql)) => {
                    refusal.get_or_insert(Refusal::Rejected(candidate.example));
                }
                Some(sql) => return Ok(generation(sql.trim(), Some(example))),
                None => {
                    refusal.get_or_insert(Refusal::Unbindable(candidate.example));
                }
            }
        }
        let understood = prepared
            .engine
            .understand_with(request.question, &found_values(request));
        // An example of the same shape sets this question's conventions: the engine does
        // not answer in its place with a reading of its own, unless the glossary defines
        // every measure of that reading (and so the conventions the examples follow).
        match &understood {
            Ok(u)
                if (prepared.engine.glossary_defined(&u.intent)
                    || (refusal.is_none() && !close_to_an_example(&prepared, &shape)))
                    && !rejected.contains(&squeeze(&u.sql)) =>
            {
                let mut answer = generation(&u.sql, None);
                answer.intent = Some(u.intent.key());
                answer.route = "intent";
                return Ok(answer);
            }
            _ => {}
        }
        if let Some(answer) = follow_up_by_intent(&prepared, request, &rejected) {
            return Ok(answer);
        }
        if shape.is_follow_up() {
            match follow_up(&prepared, &template, request.history) {
                Some(sql) if !rejected.contains(&squeeze(&sql)) => {
                    return Ok(generation(sql.trim(), None));
                }
                _ => {
                    refusal.get_or_insert(Refusal::FollowUp);
                }
            }
        }
        let refused = self.refuse(
            &prepared,
            request,
            &shape,
            refusal.unwrap_or(Refusal::NoMatch),
        );
        match (refused, understood) {
            (AskError::Unanswerable { message, hint }, Err(unread)) => {
                let (why, rephrasings) = help::refusal(&prepared.engine, request.question, &unread);
                Err(AskError::Unanswerable {
                    message: format!("{why}; {message}"),
                    hint: format!("{rephrasings}\n{hint}"),
                })
            }
            (refused, _) => Err(refused),
        }
    }

    /// The derived data for `corpus`, from the cache when the corpus has not changed.
    fn prepared(&self, corpus: &Corpus) -> Arc<Prepared> {
        let key = corpus_key(corpus);
        let mut cached = self.prepared.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(prepared) = cached.as_ref().filter(|p| p.key == key) {
            return Arc::clone(prepared);
        }
        let prepared = Arc::new(self.prepare(corpus, key));
        *cached = Some(Arc::clone(&prepared));
        prepared
    }

    fn prepare(&self, corpus: &Corpus, key: String) -> Prepared {
        let mut values = ValueIndex::build(corpus);
        if let Some(end) = self.data_end {
            values = values.with_data_end(end);
        }
        let synonyms = Synonyms::build(&corpus.glossary, |p| plain_skeleton(p, &values));
        let examples = corpus
            .examples
            .iter()
            .map(|e| {
                let template = extract(&e.question, &values);
                let shape = Shape::of(&synonyms, &template.skeleton);
                PreparedExample { template, shape }
            })
            .collect();
        Prepared {
            key,
            engine: Engine::new(corpus, values.clone()),
            values,
            synonyms,
            examples,
        }
    }

    /// Examples whose shape fits, best first: the same word order before a reordering, the
    /// same literals before re-bound ones, retrieved examples before the others.
    fn candidates(
        &self,
        prepared: &Prepared,
        request: &GenerationRequest<'_>,
        template: &Template,
        shape: &Shape,
    ) -> Vec<Candidate> {
        let mut candidates: Vec<Candidate> = example_order(request)
            .into_iter()
            .filter_map(|example| {
                let prepared_example = &prepared.examples[example];
                let fit = shape.fit(&prepared_example.shape)?;
                let identical = template.literals.len() == prepared_example.template.literals.len()
                    && template
                        .literals
                        .iter()
                        .zip(&prepared_example.template.literals)
                        .all(|(a, b)| a.same_value(b));
                Some(Candidate {
                    example,
                    fit,
                    identical,
                })
            })
            .collect();
        candidates.sort_by_key(|c| (c.fit, !c.identical));
        candidates
    }

    fn refuse(
        &self,
        prepared: &Prepared,
        request: &GenerationRequest<'_>,
        shape: &Shape,
        refusal: Refusal,
    ) -> AskError {
        let examples = &request.corpus.examples;
        let lead = "askpg's built-in generator (no language model configured) only answers \
                    questions close to the corpus examples";
        let describe =
            |i: usize| format!("\"{}\" (example:{})", examples[i].question, examples[i].id);
        let message = match refusal {
            Refusal::NoMatch if examples.is_empty() => {
                format!("{lead}, and the corpus has no examples")
            }
            Refusal::NoMatch => format!(
                "{lead}; this question matches none of its {} examples",
                examples.len()
            ),
            Refusal::Unbindable(i) => format!(
                "{lead}; this question has the shape of {}, but its values cannot be put \
                 into that example's SQL with certainty",
                describe(i)
            ),
            Refusal::Rejected(i) => format!(
                "{lead}; the SQL derived from {} was rejected and there is no other match",
                describe(i)
            ),
            Refusal::FollowUp if request.history.is_empty() => format!(
                "{lead}; this reads as a follow-up, but there is no earlier question in this \
                 session to apply it to"
            ),
            Refusal::FollowUp => format!(
                "{lead}; this reads as a follow-up, but the earlier question does not name \
                 exactly one value of the same kind to replace with it"
            ),
        };
        AskError::Unanswerable {
            message,
            hint: hint(prepared, examples, shape),
        }
    }
}

#[async_trait::async_trait]
impl Generator for BuiltinGenerator {
    fn name(&self) -> &'static str {
        MODEL
    }

    async fn generate(&self, request: &GenerationRequest<'_>) -> Result<Generation, AskError> {
        self.answer(request)
    }
}

/// Why no SQL came out.
#[derive(Debug, Clone, Copy)]
enum Refusal {
    NoMatch,
    /// The best example fits, but its SQL cannot be re-bound safely.
    Unbindable(usize),
    /// The only SQL that came out was rejected before.
    Rejected(usize),
    /// Only literals, but they do not fit the conversation's last question.
    FollowUp,
}

/// The values of the question retrieval found in the chosen tables' columns (sampled or
/// looked up upstream), for the engine to place.
fn found_values(request: &GenerationRequest<'_>) -> Vec<ValueSource> {
    let tables = &request.corpus.tables;
    request
        .context
        .tables
        .iter()
        .flat_map(|chosen| {
            let table = &tables[chosen.table];
            chosen
                .matched_values
                .iter()
                .filter_map(move |(column, value)| {
                    Some(ValueSource {
                        table: format!("{}.{}", table.schema, table.name),
                        column: table.columns.get(*column)?.name.clone(),
                        value: value.clone(),
                    })
                })
        })
        .collect()
}

fn generation(sql: &str, example: Option<&Example>) -> Generation {
    Generation {
        sql: sql.to_owned(),
        model: MODEL.to_owned(),
        prompt_tokens: 0,
        completion_tokens: 0,
        derived_from: example.map(|e| format!("example:{}", e.id)),
        intent: None,
        route: if example.is_some() {
            "example"
        } else {
            "builtin"
        },
    }
}

/// Retrieved examples first (the retriever's order), then every other example.
fn example_order(request: &GenerationRequest<'_>) -> Vec<usize> {
    let count = request.corpus.examples.len();
    let mut order: Vec<usize> = Vec::with_capacity(count);
    for scored in &request.context.examples {
        if scored.index < count && !order.contains(&scored.index) {
            order.push(scored.index);
        }
    }
    let rest: Vec<usize> = (0..count).filter(|i| !order.contains(i)).collect();
    order.extend(rest);
    order
}

/// The SQL for a follow-up that only names new literals: the previous answer with each new
/// literal in place of the one literal of its slot type the conversation last named. Earlier
/// turns are searched only through follow-ups, back to the last full question.
fn follow_up(prepared: &Prepared, template: &Template, history: &[Turn]) -> Option<String> {
    let last = history.last()?;
    let turns: Vec<Template> = history
        .iter()
        .rev()
        .map(|turn| extract(&turn.question, &prepared.values))
        .collect();
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut from: Vec<Literal> = Vec::new();
    for literal in &template.literals {
        let (turn, at) = previous_literal(prepared, &turns, literal)?;
        if used.contains(&(turn, at)) {
            return None;
        }
        used.push((turn, at));
        from.push(turns[turn].literals[at].clone());
    }
    rebind(&last.sql, &from, &template.literals)
}

/// A follow-up of a conversation the question engine answered, read as the question it
/// makes with the earlier ones ([`follow::compose`]) when the engine reads that question.
fn follow_up_by_intent(
    prepared: &Prepared,
    request: &GenerationRequest<'_>,
    rejected: &[String],
) -> Option<Generation> {
    let last = request.history.last()?;
    let previous = standalone(prepared, request.history)?;
    // The engine's reading of the earlier question must be what answered it.
    let earlier = prepared.engine.understand(&previous).ok()?;
    if !squeeze(&last.sql).starts_with(&squeeze(&earlier.sql)) {
        return None;
    }
    let composed = follow::compose(&prepared.values, &previous, request.question)?;
    let understood = prepared.engine.understand(&composed).ok()?;
    if rejected.contains(&squeeze(&understood.sql)) {
        return None;
    }
    let mut answer = generation(&understood.sql, None);
    answer.intent = Some(understood.intent.key());
    answer.route = "intent";
    answer.derived_from = Some(format!("follow-up, read as: {composed}"));
    Some(answer)
}

/// The conversation's latest question as one standing on its own: each turn the engine
/// cannot read alone is composed with the one before it.
fn standalone(prepared: &Prepared, history: &[Turn]) -> Option<String> {
    let mut current: Option<String> = None;
    for turn in history {
        current = Some(match current {
            Some(previous) if prepared.engine.understand(&turn.question).is_err() => {
                follow::compose(&prepared.values, &previous, &turn.question)
                    .unwrap_or_else(|| turn.question.clone())
            }
            _ => turn.question.clone(),
        });
    }
    current
}

/// The latest literal of the conversation (turn, literal index) whose slot `literal` fits;
/// None when a turn names two such literals or a full question names none.
fn previous_literal(
    prepared: &Prepared,
    turns: &[Template],
    literal: &Literal,
) -> Option<(usize, usize)> {
    for (t, turn) in turns.iter().enumerate() {
        let fitting: Vec<usize> = (0..turn.literals.len())
            .filter(|&i| turn.literals[i].fits_slot_of(literal))
            .collect();
        match fitting[..] {
            [one] => return Some((t, one)),
            [] if Shape::of(&prepared.synonyms, &turn.skeleton).is_follow_up() => continue,
            _ => return None,
        }
    }
    None
}

/// 3–5 example questions closest to the question, and where to go for open questions.
fn hint(prepared: &Prepared, examples: &[Example], shape: &Shape) -> String {
    let mut ranked: Vec<(usize, f32)> = prepared
        .examples
        .iter()
        .enumerate()
        .map(|(i, e)| (i, shape.similarity(&e.shape)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut hint = String::new();
    if !examples.is_empty() {
        hint.push_str(
            "The built-in generator answers questions like these corpus examples, also with \
             other years, quarters, months, dates, numbers or known values:",
        );
        for (i, _) in ranked.iter().take(HINT_EXAMPLES) {
            hint.push_str("\n  - ");
            hint.push_str(&examples[*i].question);
        }
        hint.push('\n');
    }
    hint.push_str(
        "To answer open questions, configure a language model: set llm.base_url (and \
         llm.model) in the configuration or ASKPG_LLM_BASE_URL.",
    );
    hint
}

/// SQL with runs of whitespace collapsed, to recognize an attempt that was rejected.
fn squeeze(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The corpus version, or a fingerprint of what the generator uses when there is none.
fn corpus_key(corpus: &Corpus) -> String {
    if !corpus.version.is_empty() {
        return corpus.version.clone();
    }
    let mut hasher = DefaultHasher::new();
    for example in &corpus.examples {
        (&example.id, &example.question, &example.sql).hash(&mut hasher);
    }
    for entry in &corpus.glossary {
        (&entry.term, &entry.synonyms, &entry.sql).hash(&mut hasher);
    }
    for table in &corpus.tables {
        (&table.schema, &table.name).hash(&mut hasher);
        for column in &table.columns {
            (&column.name, &column.values, column.sensitive).hash(&mut hasher);
        }
    }
    format!("unversioned:{:016x}", hasher.finish())
}

/// The lower-case words of a question, punctuation dropped.
fn words(question: &str) -> Vec<&str> {
    question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// How similar to an example's shape a question may be before that example's conventions
/// (which columns a grouping shows, which rows a measure counts) outrank the engine's.
const EXAMPLE_CONVENTION: f32 = 0.75;

/// Whether an example is so close to the question that its SQL, not the engine's reading,
/// sets what the answer looks like; such questions are refused when the example does not
/// re-bind.
fn close_to_an_example(prepared: &Prepared, shape: &Shape) -> bool {
    let closest = prepared
        .examples
        .iter()
        .map(|e| shape.similarity(&e.shape))
        .fold(0.0f32, f32::max);
    closest >= EXAMPLE_CONVENTION
}
