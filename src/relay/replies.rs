//! The queue of pending replies: one entry for every message that makes the upstream end
//! its answer with a ReadyForQuery (Query, Sync, FunctionCall), in the order they went
//! upstream. The client-reading direction appends; the client-writing direction reads the
//! entry at the front while it relays that reply and removes it at the ReadyForQuery.
//!
//! An entry says what the client must see of its reply: the client's own statements are
//! relayed as they are, askpg's own re-pin is hidden, a question's reply starts with its
//! notice and ends with its audit line, and the upstream's error for a sentinel (a refused
//! message, see the module above) is swapped for askpg's own error.
//!
//! In the extended protocol a batch is open until its Sync: an entry is made as soon as the
//! batch holds something to remember (a refusal, a question), since the upstream may answer
//! a Flush before the Sync arrives; the Sync then closes that entry.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use bytes::BytesMut;

use crate::ask::session::QuestionReply;
use crate::error::ClientError;

/// What a reply is.
pub(super) enum ReplyKind {
    /// Answers to the client's own statements.
    Client,
    /// askpg's own statement (the re-pin after a reset): the client must not see it.
    Internal,
    /// The SQL (or sentinel) standing for a question; taken by the client-writing side when
    /// the reply starts.
    Question(Box<QuestionReply>),
}

/// One pending reply.
struct Reply {
    kind: ReplyKind,
    /// When its closing message went upstream; `None` while its batch is open.
    closed_at: Option<Instant>,
    /// Sentinels sent in this batch, with the error each stands for.
    refusals: Vec<(String, BytesMut)>,
}

/// A reply whose ReadyForQuery arrived.
pub(super) struct Completed {
    /// How long the upstream took, from the closing message to its ReadyForQuery.
    pub elapsed: std::time::Duration,
}

#[derive(Default)]
pub(super) struct Replies {
    queue: Mutex<VecDeque<Reply>>,
    /// Entries with a question not yet taken or refusals: the client-writing side looks
    /// into the queue between ReadyForQuerys only while this is not zero.
    marked: AtomicUsize,
    next_token: AtomicU64,
}

impl Replies {
    fn queue(&self) -> MutexGuard<'_, VecDeque<Reply>> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The open entry at the back (made when there is none).
    fn open(queue: &mut VecDeque<Reply>) -> &mut Reply {
        if queue.back().is_none_or(|r| r.closed_at.is_some()) {
            queue.push_back(Reply {
                kind: ReplyKind::Client,
                closed_at: None,
                refusals: Vec::new(),
            });
        }
        queue.back_mut().expect("just made")
    }

    /// A Query, Sync or FunctionCall went upstream: it closes the open batch.
    pub fn close(&self) {
        let mut queue = self.queue();
        Self::open(&mut queue).closed_at = Some(Instant::now());
    }

    /// askpg sends a statement of its own after the current message; its reply is hidden.
    pub fn internal(&self) {
        self.queue().push_back(Reply {
            kind: ReplyKind::Internal,
            closed_at: Some(Instant::now()),
            refusals: Vec::new(),
        });
    }

    /// A question's SQL (or sentinel) goes upstream in the open batch.
    pub fn question(&self, reply: Box<QuestionReply>) {
        let mut queue = self.queue();
        let open = Self::open(&mut queue);
        if matches!(open.kind, ReplyKind::Client) {
            open.kind = ReplyKind::Question(reply);
            self.marked.fetch_add(1, Ordering::AcqRel);
        }
    }

    /// Registers a refusal in the open batch and returns the token the sentinel names.
    pub fn refuse(&self, error: &ClientError) -> String {
        let token = self.token();
        let mut queue = self.queue();
        Self::open(&mut queue)
            .refusals
            .push((token.clone(), error.to_bytes()));
        self.marked.fetch_add(1, Ordering::AcqRel);
        token
    }

    /// Registers a refusal in the reply being relayed now (the upstream asked for COPY
    /// data), for the error that askpg's CopyFail will cause.
    pub fn refuse_current(&self, error: &ClientError) -> String {
        let token = self.token();
        let mut queue = self.queue();
        if let Some(front) = queue.front_mut() {
            front.refusals.push((token.clone(), error.to_bytes()));
            self.marked.fetch_add(1, Ordering::AcqRel);
        }
        token
    }

    fn token(&self) -> String {
        let n = self.next_token.fetch_add(1, Ordering::Relaxed);
        format!("askpg_refused_{n}")
    }

    /// Whether the reply being relayed may hold something to look at.
    pub fn marked(&self) -> bool {
        self.marked.load(Ordering::Acquire) > 0
    }

    /// The question whose reply is being relayed, if it has one not yet taken.
    pub fn take_question(&self) -> Option<Box<QuestionReply>> {
        if !self.marked() {
            return None;
        }
        let mut queue = self.queue();
        let front = queue.front_mut()?;
        match std::mem::replace(&mut front.kind, ReplyKind::Client) {
            ReplyKind::Question(reply) => {
                self.marked.fetch_sub(1, Ordering::AcqRel);
                Some(reply)
            }
            other => {
                front.kind = other;
                None
            }
        }
    }

    /// Whether the reply after the one just completed is askpg's own.
    pub fn next_is_internal(&self) -> bool {
        matches!(
            self.queue().front(),
            Some(Reply {
                kind: ReplyKind::Internal,
                ..
            })
        )
    }

    /// The replacement for an upstream ErrorResponse caused by a sentinel of the reply
    /// being relayed, if it is one.
    pub fn take_replacement(&self, error_body: &[u8]) -> Option<BytesMut> {
        if !self.marked() {
            return None;
        }
        let mut queue = self.queue();
        let refusals = &mut queue.front_mut()?.refusals;
        let text = String::from_utf8_lossy(error_body);
        let index = refusals
            .iter()
            .position(|(token, _)| contains_token(&text, token))?;
        self.marked.fetch_sub(1, Ordering::AcqRel);
        Some(refusals.swap_remove(index).1)
    }

    /// The ReadyForQuery of the front reply arrived: it is done. Refusals whose error never
    /// came (an earlier error skipped the rest of the batch) go with it.
    pub fn complete(&self) -> Completed {
        let done = self.queue().pop_front();
        let elapsed = done
            .as_ref()
            .and_then(|r| r.closed_at)
            .map(|at| at.elapsed())
            .unwrap_or_default();
        if let Some(done) = done {
            let unmarked =
                done.refusals.len() + usize::from(matches!(done.kind, ReplyKind::Question(_)));
            if unmarked > 0 {
                self.marked.fetch_sub(unmarked, Ordering::AcqRel);
            }
        }
        Completed { elapsed }
    }

    /// Replies the upstream still owes: closed batches without their ReadyForQuery.
    pub fn outstanding(&self) -> usize {
        self.queue()
            .iter()
            .filter(|r| r.closed_at.is_some())
            .count()
    }
}

/// Whole-token match, so `askpg_refused_1` does not match `askpg_refused_12`.
fn contains_token(text: &str, token: &str) -> bool {
    text.match_indices(token).any(|(i, _)| {
        !text[i + token.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::sqlstate;

    #[test]
    fn sentinels_match_whole_tokens_and_end_with_their_reply() {
        let replies = Replies::default();
        let err = ClientError::error(sqlstate::FEATURE_NOT_SUPPORTED, "no");
        let tokens: Vec<String> = (0..12).map(|_| replies.refuse(&err)).collect();
        replies.close();
        let later = replies.refuse(&err);
        replies.close();
        assert_eq!(replies.outstanding(), 2);
        let msg = format!("syntax error at or near \"{}\"", tokens[1]);
        assert!(replies.take_replacement(msg.as_bytes()).is_some());
        assert!(
            replies.take_replacement(msg.as_bytes()).is_none(),
            "taken once"
        );
        assert!(replies
            .take_replacement(b"syntax error at or near \"askpg_refused_123\"")
            .is_none());
        assert!(
            replies.take_replacement(later.as_bytes()).is_none(),
            "a later batch's sentinel is not this reply's"
        );
        replies.complete();
        assert!(replies.marked(), "the later batch still has its refusal");
        assert!(replies.take_replacement(later.as_bytes()).is_some());
        replies.complete();
        assert!(!replies.marked());
        assert_eq!(replies.outstanding(), 0);
    }

    #[test]
    fn an_open_batch_is_not_outstanding_until_closed() {
        let replies = Replies::default();
        let err = ClientError::error(sqlstate::FEATURE_NOT_SUPPORTED, "no");
        let token = replies.refuse(&err);
        assert_eq!(replies.outstanding(), 0);
        assert!(
            replies.take_replacement(token.as_bytes()).is_some(),
            "an error answered before the Sync still finds its refusal"
        );
        replies.close();
        assert_eq!(replies.outstanding(), 1);
        replies.internal();
        replies.complete();
        assert!(replies.next_is_internal());
        replies.complete();
        assert_eq!(replies.outstanding(), 0);
    }
}
