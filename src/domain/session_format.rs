//! [`Format`]: the four kinds of session.

/// The four session formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// 1:1 interviews in slots cut from each volunteer's availability.
    MockInterview,
    /// Employer tables stay, participants rotate through rounds.
    SpeedNetworking,
    /// Taster days at employers, each with a capacity.
    Placement,
    /// A workshop or info session with one capacity.
    Group,
}

impl Format {
    /// Every format, in the order forms list them.
    pub const ALL: [Format; 4] = [
        Self::MockInterview,
        Self::SpeedNetworking,
        Self::Placement,
        Self::Group,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MockInterview => "mock_interview",
            Self::SpeedNetworking => "speed_networking",
            Self::Placement => "placement",
            Self::Group => "group",
        }
    }

    /// The name people read.
    pub fn label(self) -> &'static str {
        match self {
            Self::MockInterview => "Mock interviews",
            Self::SpeedNetworking => "Speed networking",
            Self::Placement => "Taster-day placements",
            Self::Group => "Group session (workshop, info session)",
        }
    }

    /// The id of its name in the coordinators' texts (`coordinator.ftl`).
    pub fn text_id(self) -> &'static str {
        match self {
            Self::MockInterview => "coord-format-mock_interview",
            Self::SpeedNetworking => "coord-format-speed_networking",
            Self::Placement => "coord-format-placement",
            Self::Group => "coord-format-group",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

/// The text is not a session format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a session format")]
pub struct UnknownFormat(pub String);

impl std::str::FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text).ok_or_else(|| UnknownFormat(text.to_owned()))
    }
}
