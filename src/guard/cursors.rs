//! Cursors `WITH HOLD` outlive their transaction and keep their rows on the upstream until
//! they are closed or the session ends, so each session may hold only
//! `guard.max_held_cursors` of them. The guard reports which held cursors a text declares
//! and which cursors it closes ([`CursorChange`]); [`HeldCursors`] keeps one session's
//! count from those reports.
//!
//! The count follows names, so re-declaring a name (a driver reusing its statement's
//! cursor name) never counts twice. It can only over-count: a held cursor whose DECLARE
//! failed upstream, or whose transaction rolled back, still counts until the client closes
//! it by name, runs `CLOSE ALL` or `DISCARD ALL`, or the session ends.

use std::collections::HashSet;
use std::sync::Arc;

use crate::error::{sqlstate, ClientError};

/// What one statement does to the session's cursors.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CursorChange {
    /// `DECLARE name … WITH HOLD`.
    DeclareHeld(Arc<str>),
    /// `CLOSE name`.
    Close(Arc<str>),
    /// `CLOSE ALL`, `DISCARD ALL`.
    CloseAll,
}

/// The held cursors of one session.
#[derive(Debug, Default)]
pub struct HeldCursors {
    names: HashSet<Arc<str>>,
}

impl HeldCursors {
    /// Applies the cursor changes of one Query or Parse text, in order. When the text would
    /// leave more than `limit` held cursors open it is refused whole and nothing changes.
    pub fn apply(&mut self, changes: &[CursorChange], limit: usize) -> Result<(), ClientError> {
        if changes.is_empty() {
            return Ok(());
        }
        let mut names = self.names.clone();
        for change in changes {
            match change {
                CursorChange::DeclareHeld(name) => {
                    if !names.contains(name) && names.len() >= limit {
                        return Err(too_many(limit));
                    }
                    names.insert(name.clone());
                }
                CursorChange::Close(name) => {
                    names.remove(name);
                }
                CursorChange::CloseAll => names.clear(),
            }
        }
        self.names = names;
        Ok(())
    }

    /// How many held cursors the session has open.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

fn too_many(limit: usize) -> ClientError {
    ClientError::error(
        sqlstate::CONFIGURATION_LIMIT_EXCEEDED,
        format!("too many cursors WITH HOLD: askpg allows {limit} per session"),
    )
    .with_hint("Close held cursors that are no longer needed (CLOSE name, or CLOSE ALL); guard.max_held_cursors sets the limit.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declare(name: &str) -> CursorChange {
        CursorChange::DeclareHeld(name.into())
    }

    fn close(name: &str) -> CursorChange {
        CursorChange::Close(name.into())
    }

    #[test]
    fn held_cursors_are_counted_by_name_up_to_the_limit() {
        let mut held = HeldCursors::default();
        held.apply(&[declare("a"), declare("b")], 2).unwrap();
        assert_eq!(held.len(), 2);
        // Re-declaring an open name does not count twice.
        held.apply(&[declare("a")], 2).unwrap();
        let err = held.apply(&[declare("c")], 2).unwrap_err();
        assert_eq!(err.code, "53400");
        assert!(err.message.contains("2 per session"), "{}", err.message);
        held.apply(&[close("a"), declare("c")], 2).unwrap();
        assert_eq!(held.len(), 2);
        held.apply(&[CursorChange::CloseAll], 2).unwrap();
        assert!(held.is_empty());
    }

    #[test]
    fn a_refused_text_changes_nothing() {
        let mut held = HeldCursors::default();
        held.apply(&[declare("a")], 2).unwrap();
        assert!(held
            .apply(&[close("a"), declare("b"), declare("c"), declare("d")], 2)
            .is_err());
        assert_eq!(held.len(), 1);
        held.apply(&[declare("b")], 2).unwrap();
        assert_eq!(held.len(), 2);
    }

    #[test]
    fn a_zero_limit_refuses_every_held_cursor() {
        let mut held = HeldCursors::default();
        assert!(held.apply(&[declare("a")], 0).is_err());
        held.apply(&[close("a"), CursorChange::CloseAll], 0)
            .unwrap();
    }
}
