//! The domain of 建议通 Jianyi: what a suggestion is, the rules it follows,
//! and the settings those rules read.
//!
//! Commands in, events out, state is the fold of events:
//! `decide(&State, Command, &Ctx) -> Result<Vec<Event>, Rejection>` and
//! `State::apply(&mut self, &Event) -> Result<(), Conflict>`.
//!
//! One module per subdomain — `office`, `directory`, `raising`, `review`,
//! `exchange`, `conflict` — each owning its commands, events, rejections, slice of
//! `State`, and its decide and apply; `decide` and `state` at the top only
//! route, batch and stamp. `changes` makes edits safe to exchange; `migrate`
//! reads events of older formats; `exchange` also reads and writes packets,
//! says which role may author which kind (`exchange::authority`) and judges
//! a packet's events before they are stored (`exchange::judge`); `conflict`
//! lets a person resolve what two offices changed at once, by an event
//! that travels.
//!
//! This crate does no IO, reads no clock and draws no randomness: time, ids and
//! the acting office come in through `Ctx`, so every result is reproducible.

// The derive `ReadJson` names its helpers `::jianyi_core::read`, here too.
extern crate self as jianyi_core;

pub mod actor;
pub mod backup;
pub mod calendar;
pub mod changes;
pub mod clock;
pub mod command;
pub mod conflict;
pub mod dates;
pub mod decide;
pub mod directory;
pub mod disclosure;
pub mod evaluation;
pub mod event;
pub mod exchange;
pub mod figures;
pub mod handling;
pub mod ids;
pub mod input;
pub mod ledger;
pub mod list;
pub mod migrate;
pub mod office;
pub mod raising;
pub mod read;
pub mod review;
pub mod runner;
pub mod settings;
pub mod state;
pub mod supervision;
pub mod testkit;

pub use actor::{Actor, Desk, How};
pub use clock::Stamp;
pub use command::{Command, Ctx, Rejection};
pub use decide::decide;
pub use event::{Event, EventKind, FORMAT, Stored, UnknownEvent};
pub use ids::{
    CategoryId, CommitteeId, DelegationId, DeputyId, EventId, GroupId, IdSource, LeaderId,
    OfficeId, OpinionId, ProcuratorialId, SessionId, StationId, SuggestionId, SupervisionRecordId,
    UnitId,
};
pub use input::InputRejection;
pub use runner::Runner;
pub use settings::{Deadlines, NegativeItem, Period, Settings, SettingsGroup};
pub use state::{Conflict, State};
pub use uuid::Uuid;
