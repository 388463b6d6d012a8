//! [`Notice`]: what the organisers changed (each value as it was and as it is now) and the note
//! they wrote, shown at the top of a mail about a change or a cancellation.

use super::When;

/// One value a coordinator's change altered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Changed {
    /// The time moved.
    Time {
        /// As it was.
        was: When,
        /// As it is now.
        now: When,
    },
    /// The place (room, venue address or video link) changed.
    Place {
        /// As it was.
        was: String,
        /// As it is now.
        now: String,
    },
}

/// What the organisers say about a change: the values it altered and their own note (both may
/// be empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notice {
    /// The values altered, in the order the mail lists them.
    pub changes: Vec<Changed>,
    /// The coordinator's note, as typed (may hold line breaks).
    pub note: String,
}

impl Notice {
    /// Nothing changed that the mail must name, and no note.
    pub const NONE: Notice = Notice {
        changes: Vec::new(),
        note: String::new(),
    };

    /// Only a note.
    pub fn note(note: &str) -> Self {
        Self {
            changes: Vec::new(),
            note: note.trim().to_owned(),
        }
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.note.is_empty()
    }

    /// The note's lines, for the HTML part (which keeps the coordinator's line breaks).
    pub fn note_lines(&self) -> Vec<&str> {
        self.note.lines().collect()
    }
}
