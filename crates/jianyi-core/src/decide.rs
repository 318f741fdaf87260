//! `decide`: a command against the state gives events, or a `Rejection`.
//! The top level only routes each command to its subdomain, decides a
//! batch in order, and stamps the events; the caller persists them and
//! then applies them.

use crate::clock::Stamp;
use crate::command::{Command, Ctx, Rejection};
use crate::event::{Event, EventKind, FORMAT};
use crate::ids::SuggestionId;
use crate::raising::RaisingEvent;
use crate::state::State;
use crate::{conflict, directory, exchange, handling, office, raising, review};

/// Decides a command: the events it makes, or why it is refused.
pub fn decide(state: &State, command: Command, ctx: &Ctx) -> Result<Vec<Event>, Rejection> {
    match command {
        Command::Batch(commands) => decide_batch(state, commands, ctx),
        single => {
            let kinds = route(state, single, ctx)?;
            Ok(stamp_all(state.last_stamp.as_ref(), kinds, ctx))
        }
    }
}

/// Each command is decided against the state the previous ones left; any
/// refusal refuses the whole batch, naming the item.
fn decide_batch(state: &State, commands: Vec<Command>, ctx: &Ctx) -> Result<Vec<Event>, Rejection> {
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
        let kinds = route(&scratch, command, ctx).map_err(wrap)?;
        for event in stamp_all(scratch.last_stamp.as_ref(), kinds, ctx) {
            scratch
                .apply(&event)
                .expect("a locally decided event always applies");
            events.push(event);
        }
    }
    Ok(events)
}

/// Hands a command to the subdomain that owns it.
fn route(state: &State, command: Command, ctx: &Ctx) -> Result<Vec<EventKind>, Rejection> {
    fn kinds<E: Into<EventKind>>(events: Vec<E>) -> Vec<EventKind> {
        events.into_iter().map(Into::into).collect()
    }
    match command {
        Command::Batch(_) => Err(Rejection::EmptyBatch),
        Command::Office(c) => office::decide(state, c, ctx).map(kinds),
        Command::Directory(c) => directory::decide(state, c, ctx).map(kinds),
        Command::Raising(c) => raising::decide(state, c, ctx).map(kinds),
        Command::Review(c) => review::decide(state, c, ctx).map(kinds),
        Command::Exchange(c) => exchange::decide(state, c, ctx).map(kinds),
        Command::Conflict(c) => conflict::decide(state, c, ctx).map(kinds),
        Command::Handling(c) => handling::decide(state, c, ctx).map(kinds),
    }
}

/// Wraps kinds into events with ids and successive hybrid-clock stamps.
fn stamp_all(last: Option<&Stamp>, kinds: Vec<EventKind>, ctx: &Ctx) -> Vec<Event> {
    let mut last = last.cloned();
    kinds
        .into_iter()
        .map(|kind| {
            let stamp = Stamp::next(last.as_ref(), ctx.now_ms, &ctx.office);
            last = Some(stamp.clone());
            Event {
                format: FORMAT,
                id: ctx.ids.next(),
                stamp,
                office: ctx.office.clone(),
                actor: ctx.actor.clone(),
                business_date: ctx.business_date,
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
