//! What the cache reads in a question: its template (skeleton and literals), the key of the
//! exact tier, the *signature* a semantic hit must share, the text whose embedding the
//! semantic tier indexes, and whether it reads as a follow-up.
//!
//! The signature is the guard against the classic semantic-cache failure: two questions
//! that embed close together but mean different things ("top 5 customers" and "bottom 5
//! customers", "revenue" and "units sold" by country). Only filler may differ between a
//! question and the entry that answers it: words of asking ("show me", "what was our
//! total"), prepositions that only attach a period ("in 2024", "for 2024"), spelling
//! (glossary synonyms fold onto their term, plurals onto their stem), and where the literals
//! stand. Every other word must be there, in the same order. A word the cache does not
//! know is never filler ([`crate::ask::vocab::is_filler`] lists what is).
//!
//! A question the intent engine ([`crate::ask::intent`]) reads has an intent key as well:
//! questions of one intent share an entry whatever their wording, and a semantic hit
//! between two read questions needs intents equal but for their literals. Questions with a
//! relative period ("last month") have none, since what they mean moves with the data.

use crate::ask::corpus::Corpus;
use crate::ask::intent::Engine;
use crate::ask::literals::{extract, plain_skeleton, Literal, LiteralKind, Template, ValueIndex};
use crate::ask::vocab::{
    continues_conversation, is_filler, is_literal_follow_up, is_period_preposition, refers_back,
    that_points_back, Folded, Synonyms,
};

/// One unit of a signature.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Token {
    /// A meaning-bearing word: a stem, a glossary term (`g:3`) or `count`.
    Word(String),
    /// A literal's slot type (see [`Literal::slot`]).
    Slot(String),
}

/// What two questions must share for one's SQL to answer the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Signature {
    /// Meaning-bearing words and slots, in question order.
    sequence: Vec<Token>,
}

impl Signature {
    fn words(&self) -> impl Iterator<Item = &Token> {
        self.sequence.iter().filter(|t| matches!(t, Token::Word(_)))
    }

    fn slots(&self) -> Vec<&Token> {
        let mut slots: Vec<&Token> = self
            .sequence
            .iter()
            .filter(|t| matches!(t, Token::Slot(_)))
            .collect();
        slots.sort_by_key(|t| match t {
            Token::Slot(s) | Token::Word(s) => s.as_str(),
        });
        slots
    }

    /// Two slots of one type: which literal fills which is only clear in question order.
    fn repeats_a_slot(&self) -> bool {
        self.slots().windows(2).any(|w| w[0] == w[1])
    }

    /// The same words in the same order and the same slots. Literals may move ("2024
    /// revenue" is "revenue in 2024") unless a slot type repeats, which pins the whole
    /// order ("from 2024 to 2025" is not "from 2025 to 2024").
    pub(super) fn matches(&self, other: &Signature) -> bool {
        if self.repeats_a_slot() || other.repeats_a_slot() {
            return self.sequence == other.sequence;
        }
        self.words().eq(other.words()) && self.slots() == other.slots()
    }

    /// Whether the question says anything beyond its literals and filler.
    fn has_words(&self) -> bool {
        self.words().next().is_some()
    }
}

/// A question as the cache reads it.
#[derive(Debug, Clone)]
pub(super) struct Analysis {
    pub template: Template,
    /// Key of the exact tier: the skeleton and the literals' values.
    pub exact_key: String,
    pub signature: Signature,
    /// The skeleton with glossary phrases as their term, words stemmed and typed slots, for
    /// embedding.
    pub embedding_text: String,
    /// Why the question must not be cached on its own, when it must not.
    pub follow_up: Option<&'static str>,
    /// The question's intent, when the engine reads it.
    pub intent: Option<IntentKey>,
}

/// The keys of a question's intent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct IntentKey {
    /// What the question asks, literals included ([`crate::ask::intent::Intent::key`]).
    pub full: String,
    /// The same with literals blanked: what a re-bound entry must share.
    pub structure: String,
}

/// What the cache needs of a corpus to read questions.
pub(super) struct Reader {
    values: ValueIndex,
    synonyms: Synonyms,
    /// Glossary terms, lower case, by entry index.
    terms: Vec<String>,
    engine: Engine,
}

impl Reader {
    pub(super) fn new(corpus: &Corpus) -> Self {
        let values = ValueIndex::build(corpus);
        let synonyms = Synonyms::build(&corpus.glossary, |p| plain_skeleton(p, &values));
        let terms = corpus
            .glossary
            .iter()
            .map(|g| g.term.to_lowercase())
            .collect();
        Reader {
            engine: Engine::new(corpus, values.clone()),
            values,
            synonyms,
            terms,
        }
    }

    pub(super) fn values(&self) -> &ValueIndex {
        &self.values
    }

    pub(super) fn analyze(&self, question: &str) -> Analysis {
        let template = extract(question, &self.values);
        let folded = self.synonyms.fold(&template.skeleton);
        let signature = signature(&folded, &template.literals);
        let follow_up = follow_up(&template, &folded, &signature);
        let intent = self.intent(question, &template);
        Analysis {
            intent,
            exact_key: exact_key(&template),
            embedding_text: self.embedding_text(&folded),
            signature,
            follow_up,
            template,
        }
    }

    fn intent(&self, question: &str, template: &Template) -> Option<IntentKey> {
        let relative = template
            .literals
            .iter()
            .any(|l| l.kind == LiteralKind::Relative);
        if relative {
            return None;
        }
        let intent = self.engine.understand(question).ok()?.intent;
        Some(IntentKey {
            full: intent.key(),
            structure: intent.structure_key(),
        })
    }

    fn embedding_text(&self, folded: &[Folded]) -> String {
        let parts: Vec<String> = folded
            .iter()
            .map(|f| match f {
                Folded::Placeholder(p) => format!("slot{}", p.trim_matches(['{', '}'])),
                Folded::Term(t) => self.terms.get(*t).cloned().unwrap_or_default(),
                Folded::Count => "count".to_owned(),
                Folded::Word { stem, .. } => stem.clone(),
            })
            .collect();
        parts.join(" ")
    }
}

/// Why the question must not be cached on its own, when it must not.
fn follow_up(
    template: &Template,
    folded: &[Folded],
    signature: &Signature,
) -> Option<&'static str> {
    let words: Vec<&str> = template.skeleton.split(' ').collect();
    let continuing = words
        .first()
        .is_some_and(|first| continues_conversation(first, words.get(1).copied()));
    let referring = words
        .iter()
        .enumerate()
        .any(|(i, word)| refers_back(word) || (*word == "that" && points_back(&words, i)));
    if continuing || referring || is_literal_follow_up(folded) {
        Some("the question reads as a follow-up of an earlier one")
    } else if !signature.has_words() {
        Some("the question names nothing beyond its literals")
    } else {
        None
    }
}

/// Whether the "that" at `i` stands for an earlier answer.
fn points_back(words: &[&str], i: usize) -> bool {
    let before = i.checked_sub(1).map(|b| words[b]);
    that_points_back(before, words.get(i + 1).copied())
}

fn is_period(kind: LiteralKind) -> bool {
    matches!(
        kind,
        LiteralKind::Year
            | LiteralKind::Quarter
            | LiteralKind::Month
            | LiteralKind::Date
            | LiteralKind::DateRange
            | LiteralKind::Relative
    )
}

fn signature(folded: &[Folded], literals: &[Literal]) -> Signature {
    let mut sequence = Vec::with_capacity(folded.len());
    let mut next_literal = literals.iter();
    // The kind of the literal each placeholder stands for, to spot period prepositions.
    let mut placeholder_kinds = literals.iter().map(|l| l.kind);
    let mut kinds_ahead: Vec<Option<LiteralKind>> = Vec::with_capacity(folded.len());
    for f in folded {
        kinds_ahead.push(match f {
            Folded::Placeholder(_) => placeholder_kinds.next(),
            _ => None,
        });
    }
    for (i, f) in folded.iter().enumerate() {
        match f {
            Folded::Placeholder(p) => {
                let slot = next_literal
                    .next()
                    .map(Literal::slot)
                    .unwrap_or_else(|| p.clone());
                sequence.push(Token::Slot(slot));
            }
            Folded::Term(t) => sequence.push(Token::Word(format!("g:{t}"))),
            Folded::Count => sequence.push(Token::Word("count".to_owned())),
            Folded::Word { word, stem } => {
                let word = word.as_str();
                let before_period = kinds_ahead
                    .get(i + 1)
                    .copied()
                    .flatten()
                    .is_some_and(is_period);
                let filler = is_filler(word) || (before_period && is_period_preposition(word));
                if !filler {
                    sequence.push(Token::Word(stem.clone()));
                }
            }
        }
    }
    Signature { sequence }
}

/// The skeleton and each literal's kind and normalized value (its spelling aside).
fn exact_key(template: &Template) -> String {
    let mut key = template.skeleton.clone();
    for literal in &template.literals {
        key.push_str(" | ");
        key.push_str(&format!("{:?}", literal.value));
    }
    key
}
