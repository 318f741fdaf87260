//! The domain of 建议通 Jianyi: what a suggestion is, the rules it follows,
//! and the settings those rules read.
//!
//! Commands in, events out, state is the fold of events:
//! `decide(&State, Command, &Ctx) -> Result<Vec<Event>, Rejection>` and
//! `State::apply(&mut self, &Event) -> Result<(), Conflict>`.
//!
//! This crate does no IO, reads no clock and draws no randomness: time, ids and
//! the acting office come in through `Ctx`, so every result is reproducible.

pub mod checks;
pub mod clock;
pub mod command;
pub mod dates;
pub mod decide;
pub mod demo;
pub mod event;
pub mod ids;
pub mod import;
pub mod list;
pub mod records;
pub mod runner;
pub mod settings;
pub mod state;

pub use clock::Stamp;
pub use command::{
    Command, CommitteeFields, Ctx, DeputyFields, LeaderFields, OpinionFields, Rejection,
    StationFields, UnitFields,
};
pub use decide::decide;
pub use event::{Event, EventKind, UnknownEvent};
pub use ids::{
    CommitteeId, DelegationId, DeputyId, EventId, IdSource, LeaderId, OpinionId, SessionId,
    StationId, SuggestionId, UnitId,
};
pub use import::Directory;
pub use records::*;
pub use runner::Runner;
pub use settings::{Deadlines, NegativeItem, Period, Settings};
pub use state::{Conflict, State};
