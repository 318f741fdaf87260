//! `decide`: a command against the state gives events, or a `Rejection`.
//! The top level only routes each command to its subdomain, decides a
//! batch in order, and stamps the events; the caller persists them and
//! then applies them. A caller that acts on a few subdomains only (an
//! entry page of the app) names their deciders (`Deciders`) and
//! `decide_with` them, so the others are not linked into its code.

use crate::clock::Stamp;
use crate::command::{Command, Ctx, Rejection};
use crate::event::{Event, EventKind, FORMAT};
use crate::ids::SuggestionId;
use crate::raising::RaisingEvent;
use crate::state::State;
use crate::{
    conflict, directory, evaluation, exchange, handling, office, raising, review, supervision,
};

/// A subdomain's decide.
pub type Decider<C, E> = fn(&State, C, &Ctx) -> Result<Vec<E>, Rejection>;

/// The decide of each subdomain a caller acts on; the others refuse
/// (`Rejection::NotHere`).
#[derive(Clone, Copy)]
pub struct Deciders {
    pub office: Decider<office::OfficeCommand, office::OfficeEvent>,
    pub directory: Decider<directory::DirectoryCommand, directory::DirectoryEvent>,
    pub raising: Decider<raising::RaisingCommand, raising::RaisingEvent>,
    pub review: Decider<review::ReviewCommand, review::ReviewEvent>,
    pub exchange: Decider<exchange::ExchangeCommand, exchange::ExchangeEvent>,
    pub conflict: Decider<conflict::ConflictCommand, conflict::ConflictEvent>,
    pub handling: Decider<handling::HandlingCommand, handling::HandlingEvent>,
    pub supervision: Decider<supervision::SupervisionCommand, supervision::SupervisionEvent>,
    /// Evaluation's acts may carry another subdomain's consequence (a
    /// meeting's second handling): its events are already `EventKind`s.
    pub evaluation: Decider<evaluation::EvaluationCommand, EventKind>,
}

impl Deciders {
    /// Every subdomain.
    pub const ALL: Deciders = Deciders {
        office: office::decide,
        directory: directory::decide,
        raising: raising::decide,
        review: review::decide,
        exchange: exchange::decide,
        conflict: conflict::decide,
        handling: handling::decide,
        supervision: supervision::decide,
        evaluation: evaluation::decide,
    };
    /// None: start from it and name those used.
    pub const NONE: Deciders = Deciders {
        office: not_here,
        directory: not_here,
        raising: not_here,
        review: not_here,
        exchange: not_here,
        conflict: not_here,
        handling: not_here,
        supervision: not_here,
        evaluation: not_here,
    };
}

fn not_here<C, E>(_: &State, _: C, _: &Ctx) -> Result<Vec<E>, Rejection> {
    Err(Rejection::NotHere)
}

/// Decides a command: the events it makes, or why it is refused.
pub fn decide(state: &State, command: Command, ctx: &Ctx) -> Result<Vec<Event>, Rejection> {
    decide_with(state, command, ctx, &Deciders::ALL)
}

/// Decides a command with the deciders of `d`.
pub fn decide_with(
    state: &State,
    command: Command,
    ctx: &Ctx,
    d: &Deciders,
) -> Result<Vec<Event>, Rejection> {
    match command {
        Command::Batch(commands) => decide_batch(state, commands, ctx, d),
        single => {
            let kinds = route(state, single, ctx, d)?;
            Ok(stamp_all(state.last_stamp.as_ref(), kinds, ctx))
        }
    }
}

/// Each command is decided against the state the previous ones left; any
/// refusal refuses the whole batch, naming the item.
fn decide_batch(
    state: &State,
    commands: Vec<Command>,
    ctx: &Ctx,
    d: &Deciders,
) -> Result<Vec<Event>, Rejection> {
    if commands.is_empty() {
        return Err(Rejection::EmptyBatch);
    }
    let mut scratch = state.clone();
    let mut events = Vec::new();
    for (index, command) in commands.into_iter().enumerate() {
        let wrap = |rejection| Rejection::InBatch {
            index,
            rejection: Box::new(rejection),
        };
        let kinds = route(&scratch, command, ctx, d).map_err(wrap)?;
        for event in stamp_all(scratch.last_stamp.as_ref(), kinds, ctx) {
            // Not `expect`: formatting the conflict would link every
            // event's Debug into the pages.
            if scratch.apply(&event).is_err() {
                unreachable!("a locally decided event always applies");
            }
            events.push(event);
        }
    }
    Ok(events)
}

/// Hands a command to the subdomain that owns it.
fn route(
    state: &State,
    command: Command,
    ctx: &Ctx,
    d: &Deciders,
) -> Result<Vec<EventKind>, Rejection> {
    fn kinds<E: Into<EventKind>>(events: Vec<E>) -> Vec<EventKind> {
        events.into_iter().map(Into::into).collect()
    }
    match command {
        Command::Batch(_) => Err(Rejection::EmptyBatch),
        Command::Office(c) => (d.office)(state, c, ctx).map(kinds),
        Command::Directory(c) => (d.directory)(state, c, ctx).map(kinds),
        Command::Raising(c) => (d.raising)(state, c, ctx).map(kinds),
        Command::Review(c) => (d.review)(state, c, ctx).map(kinds),
        Command::Exchange(c) => (d.exchange)(state, c, ctx).map(kinds),
        Command::Conflict(c) => (d.conflict)(state, c, ctx).map(kinds),
        Command::Handling(c) => (d.handling)(state, c, ctx).map(kinds),
        Command::Supervision(c) => (d.supervision)(state, c, ctx).map(kinds),
        Command::Evaluation(c) => (d.evaluation)(state, c, ctx).map(kinds),
    }
}

/// Wraps kinds into events with ids and successive hybrid-clock stamps.
fn stamp_all(last: Option<&Stamp>, kinds: Vec<EventKind>, ctx: &Ctx) -> Vec<Event> {
    let dated = kinds.into_iter().map(|k| (ctx.business_date, k)).collect();
    stamp_dated(last, dated, ctx)
}

/// The same with a business date each: acts of the past read from a
/// record (a ledger's assignment, reply and feedback on their own days).
pub fn stamp_dated(
    last: Option<&Stamp>,
    kinds: Vec<(chrono::NaiveDate, EventKind)>,
    ctx: &Ctx,
) -> Vec<Event> {
    let mut last = last.cloned();
    kinds
        .into_iter()
        .map(|(business_date, kind)| {
            let stamp = Stamp::next(last.as_ref(), ctx.now_ms, &ctx.office);
            last = Some(stamp.clone());
            Event {
                format: FORMAT,
                id: ctx.ids.next(),
                stamp,
                office: ctx.office.clone(),
                actor: ctx.actor.clone(),
                business_date,
                kind,
            }
        })
        .collect()
}

/// The id a `CreateDraft` decided, for callers that open the new draft.
pub fn created_suggestion(events: &[Event]) -> Option<SuggestionId> {
    events.iter().find_map(|e| match &e.kind {
        EventKind::Raising(RaisingEvent::DraftCreated { id, .. }) => Some(*id),
        _ => None,
    })
}
