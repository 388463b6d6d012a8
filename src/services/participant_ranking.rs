//! What a participant's page shows of a preferences session's ranking: the form with its
//! options and problems, a ranking sent with problems as typed, and why no place was given.

/// A preferences session's ranking form.
pub struct RankingView {
    /// Why choices cannot be made now (shown instead of the form).
    pub closed: Option<&'static str>,
    /// The options with the rank given so far ("" for none), best suited first.
    pub options: Vec<RankOption>,
    /// Choices needed.
    pub needed: usize,
    /// The highest rank (the number of options).
    pub max: usize,
    /// Problems with what was sent, to show above the form.
    pub errors: Vec<String>,
    /// Choices stored now.
    pub saved: usize,
    /// Why the committed allocation gave them no place, in their words (none while nothing is
    /// committed, or when they got one).
    pub no_place: Option<String>,
}

/// One option to rank.
pub struct RankOption {
    /// The slot, for the field name.
    pub slot_id: uuid::Uuid,
    /// When.
    pub when: String,
    /// With whom.
    pub with: String,
    /// Why it suits less well, if it does.
    pub note: Option<&'static str>,
    /// The rank given, as text.
    pub rank: String,
}

/// A ranking sent with problems, shown again as typed.
pub struct TypedRanking {
    /// The session it was for.
    pub session_id: uuid::Uuid,
    /// `(slot, rank as typed)`.
    pub entries: Vec<(uuid::Uuid, String)>,
    /// What is wrong.
    pub errors: Vec<crate::domain::fields::FieldError>,
}
