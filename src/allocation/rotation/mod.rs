//! Speed-networking rotation: employers' tables stay, participants rotate.
//!
//! 1. Which meetings: a max-weight b-matching by min-cost flow (each participant supplies one
//!    unit per round they are present → table, at most once → sink, seats × rounds present), with
//!    lexicographic costs: most distinct meetings; then fewest repeated employers (an employer
//!    with several tables is met again only when nothing else fills a round); then employers
//!    participants asked for (each wish counts once, however many tables); then meetings spread
//!    evenly over participants and over tables; then the seeded lottery.
//!    When every round and seat can be filled, the same optimum comes quicker ([`fill`]): the
//!    wanted meetings fixed by a small flow, the rest filled by a max-flow.
//! 2. When: the chosen meetings are coloured into rounds ([`colouring`]). Each table is split
//!    into as few seat nodes as its meetings need (ceil(meetings / rounds present), at most its
//!    seats), so every round seats about as many there as the next (no table crowded in one
//!    round and idle in another), every node has at most as many meetings as rounds, and König's
//!    theorem says that many colours suffice: without absences every chosen meeting gets a
//!    round. Absences are colours a node may not use; a meeting no swap can place is dropped and
//!    counted.
//! 3. The plan people read ([`layout`]): meetings, itineraries, table cards, quality figures.
//!
//! Re-planning between rounds is the same call with `first_round` set and each participant's
//! `met` tables, for the people present.

mod checks;
mod colouring;
mod fill;
mod layout;
pub mod model;
mod plan;

pub use model::{
    Itinerary, Meeting, Rotation, RotationError, RotationInput, RotationQuality, Rotator, Stop,
    TableCard, TableRound, TableSpec,
};
pub use plan::rotate;

#[cfg(test)]
mod tests;
