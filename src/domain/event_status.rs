//! [`EventStatus`]: where an event is in its life, and which changes a coordinator may make.

use std::str::FromStr;

/// An event's state (stored as text; the database's CHECK lists the same values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventStatus {
    /// Being prepared; participants cannot see it yet.
    Draft,
    /// Open to participants with a link.
    Published,
    /// No more bookings or changes by participants; existing bookings stand.
    Closed,
    /// Called off: every booking was cancelled. Final.
    Cancelled,
}

/// What a coordinator can do to an event's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusAction {
    /// Open it to participants.
    Publish,
    /// Stop bookings.
    Close,
    /// Reopen a closed event.
    Reopen,
    /// Call it off and cancel every booking.
    Cancel,
}

/// The text is not a status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not an event status")]
pub struct ParseStatusError(pub String);

impl EventStatus {
    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Closed => "closed",
            Self::Cancelled => "cancelled",
        }
    }

    /// The id of its name in the coordinators' texts.
    pub fn text_id(self) -> &'static str {
        match self {
            Self::Draft => "coord-status-draft",
            Self::Published => "coord-status-published",
            Self::Closed => "coord-status-closed",
            Self::Cancelled => "coord-status-cancelled",
        }
    }

    /// The status after `action`, or `None` when the action does not apply now.
    pub fn after(self, action: StatusAction) -> Option<Self> {
        match (self, action) {
            (Self::Draft, StatusAction::Publish) => Some(Self::Published),
            (Self::Published, StatusAction::Close) => Some(Self::Closed),
            (Self::Closed, StatusAction::Reopen) => Some(Self::Published),
            (Self::Cancelled, _) => None,
            (_, StatusAction::Cancel) => Some(Self::Cancelled),
            _ => None,
        }
    }

    /// The actions that apply now, in the order a page offers them.
    pub fn actions(self) -> Vec<StatusAction> {
        [
            StatusAction::Publish,
            StatusAction::Close,
            StatusAction::Reopen,
            StatusAction::Cancel,
        ]
        .into_iter()
        .filter(|action| self.after(*action).is_some())
        .collect()
    }

    /// Whether its details may still be edited.
    pub fn editable(self) -> bool {
        self != Self::Cancelled
    }
}

impl FromStr for EventStatus {
    type Err = ParseStatusError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "draft" => Ok(Self::Draft),
            "published" => Ok(Self::Published),
            "closed" => Ok(Self::Closed),
            "cancelled" => Ok(Self::Cancelled),
            other => Err(ParseStatusError(other.to_owned())),
        }
    }
}

impl StatusAction {
    /// The action's name in forms and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Publish => "publish",
            Self::Close => "close",
            Self::Reopen => "reopen",
            Self::Cancel => "cancel",
        }
    }

    /// Reads an action's name.
    pub fn parse(text: &str) -> Option<Self> {
        [Self::Publish, Self::Close, Self::Reopen, Self::Cancel]
            .into_iter()
            .find(|action| action.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_goes_from_draft_to_published_to_closed_and_back() {
        let published = EventStatus::Draft.after(StatusAction::Publish).unwrap();
        let closed = published.after(StatusAction::Close).unwrap();
        assert_eq!(closed.after(StatusAction::Reopen), Some(published));
        assert_eq!(EventStatus::Draft.after(StatusAction::Close), None);
    }

    #[test]
    fn a_cancelled_event_stays_cancelled() {
        for action in [
            StatusAction::Publish,
            StatusAction::Close,
            StatusAction::Reopen,
            StatusAction::Cancel,
        ] {
            assert_eq!(EventStatus::Cancelled.after(action), None);
        }
        assert!(EventStatus::Cancelled.actions().is_empty());
        assert!(!EventStatus::Cancelled.editable());
    }

    #[test]
    fn statuses_and_actions_read_back_what_they_write() {
        for status in ["draft", "published", "closed", "cancelled"] {
            assert_eq!(status.parse::<EventStatus>().unwrap().as_str(), status);
        }
        assert_eq!(StatusAction::parse("cancel"), Some(StatusAction::Cancel));
        assert_eq!(StatusAction::parse("delete"), None);
    }
}
