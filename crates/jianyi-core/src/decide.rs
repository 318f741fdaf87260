//! `decide`: a command against the state gives events, or a `Rejection`.
//! It only reads; the caller persists the events and then applies them.

use chrono::NaiveDate;

use crate::clock::Stamp;
use crate::command::{Command, Ctx, Rejection};
use crate::event::{Event, EventKind};
use crate::ids::{DelegationId, DeputyId, SessionId, SuggestionId, UnitId};
use crate::records::{Delegation, Deputy, Draft, OfficeProfile, Organ, Session, Unit};
use crate::settings::Settings;
use crate::state::State;

/// Longest name of a directory entry, in characters.
pub const MAX_NAME: usize = 60;
/// Longest element of a draft, in characters.
pub const MAX_TEXT: usize = 20_000;

/// Decides a command: the events it makes, or why it is refused.
pub fn decide(state: &State, command: Command, ctx: &Ctx) -> Result<Vec<Event>, Rejection> {
    let kinds = match command {
        Command::SetOfficeProfile(profile) => vec![set_office_profile(profile)?],
        Command::ChangeSettings(settings) => vec![change_settings(state, settings)?],
        Command::AddDelegation { name } => {
            let name = name_field("代表团名称", &name)?;
            unique_delegation(state, &name, None)?;
            vec![EventKind::DelegationAdded {
                delegation: Delegation {
                    id: ctx.ids.next(),
                    name,
                },
            }]
        }
        Command::EditDelegation { id, name } => {
            let old = state
                .delegations
                .get(&id)
                .ok_or(Rejection::UnknownDelegation)?;
            let name = name_field("代表团名称", &name)?;
            unique_delegation(state, &name, Some(id))?;
            let delegation = Delegation { id, name };
            changed(old, &delegation)?;
            vec![EventKind::DelegationEdited { delegation }]
        }
        Command::AddDeputy { name, delegation } => {
            let deputy = deputy(state, ctx.ids.next(), &name, delegation)?;
            vec![EventKind::DeputyAdded { deputy }]
        }
        Command::EditDeputy {
            id,
            name,
            delegation,
        } => {
            let old = state.deputies.get(&id).ok_or(Rejection::UnknownDeputy)?;
            let deputy = deputy(state, id, &name, delegation)?;
            changed(old, &deputy)?;
            vec![EventKind::DeputyEdited { deputy }]
        }
        Command::AddUnit { name, organ } => {
            let unit = unit(state, ctx.ids.next(), &name, organ)?;
            vec![EventKind::UnitAdded { unit }]
        }
        Command::EditUnit { id, name, organ } => {
            let old = state.units.get(&id).ok_or(Rejection::UnknownUnit)?;
            let unit = unit(state, id, &name, organ)?;
            changed(old, &unit)?;
            vec![EventKind::UnitEdited { unit }]
        }
        Command::AddSession { name, starts, ends } => {
            let session = session(state, ctx.ids.next(), &name, starts, ends)?;
            vec![EventKind::SessionAdded { session }]
        }
        Command::EditSession {
            id,
            name,
            starts,
            ends,
        } => {
            let old = state.sessions.get(&id).ok_or(Rejection::UnknownSession)?;
            let session = session(state, id, &name, starts, ends)?;
            changed(old, &session)?;
            vec![EventKind::SessionEdited { session }]
        }
        Command::CreateDraft(draft) => {
            let draft = check_draft(state, draft)?;
            vec![EventKind::DraftCreated {
                id: ctx.ids.next(),
                draft,
            }]
        }
        Command::EditDraft { id, draft } => {
            let old = state
                .suggestions
                .get(&id)
                .ok_or(Rejection::UnknownSuggestion)?;
            let draft = check_draft(state, draft)?;
            changed(&old.draft, &draft)?;
            vec![EventKind::DraftEdited { id, draft }]
        }
    };
    Ok(stamp_all(state, kinds, ctx))
}

/// Wraps kinds into events with ids and successive hybrid-clock stamps.
fn stamp_all(state: &State, kinds: Vec<EventKind>, ctx: &Ctx) -> Vec<Event> {
    let mut last = state.last_stamp.clone();
    kinds
        .into_iter()
        .map(|kind| {
            let stamp = Stamp::next(last.as_ref(), ctx.now_ms, &ctx.office);
            last = Some(stamp.clone());
            Event {
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

fn changed<T: PartialEq>(old: &T, new: &T) -> Result<(), Rejection> {
    if old == new {
        Err(Rejection::NothingChanged)
    } else {
        Ok(())
    }
}

/// A name: trimmed, present, not too long.
fn name_field(field: &'static str, value: &str) -> Result<String, Rejection> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Rejection::Missing { field });
    }
    let len = value.chars().count();
    if len > MAX_NAME {
        return Err(Rejection::TooLong {
            field,
            len,
            max: MAX_NAME,
        });
    }
    Ok(value.to_string())
}

fn text_field(field: &'static str, value: &str) -> Result<String, Rejection> {
    let value = value.trim();
    let len = value.chars().count();
    if len > MAX_TEXT {
        return Err(Rejection::TooLong {
            field,
            len,
            max: MAX_TEXT,
        });
    }
    Ok(value.to_string())
}

fn set_office_profile(profile: OfficeProfile) -> Result<EventKind, Rejection> {
    let profile = OfficeProfile {
        name: name_field("单位名称", &profile.name)?,
        region: name_field("行政区域", &profile.region)?,
        level: profile.level,
    };
    Ok(EventKind::OfficeProfileSet { profile })
}

fn change_settings(state: &State, settings: Box<Settings>) -> Result<EventKind, Rejection> {
    if settings.categories.iter().all(|c| c.trim().is_empty()) {
        return Err(Rejection::InvalidSettings {
            reason: "至少需要一个类别".into(),
        });
    }
    if !settings.number_format.contains("{n}") {
        return Err(Rejection::InvalidSettings {
            reason: "案号格式中须含有 {n}（序号的位置）".into(),
        });
    }
    if settings.satisfaction_threshold_percent > 100
        || settings.meeting_members_weight_percent > 100
    {
        return Err(Rejection::InvalidSettings {
            reason: "百分比须在 0 到 100 之间".into(),
        });
    }
    changed(&state.settings, &settings)?;
    Ok(EventKind::SettingsChanged { settings })
}

fn unique_delegation(
    state: &State,
    name: &str,
    except: Option<DelegationId>,
) -> Result<(), Rejection> {
    let clash = state
        .delegations
        .values()
        .any(|d| d.name == name && Some(d.id) != except);
    if clash {
        return Err(Rejection::DuplicateDelegation {
            name: name.to_string(),
        });
    }
    Ok(())
}

fn deputy(
    state: &State,
    id: DeputyId,
    name: &str,
    delegation: DelegationId,
) -> Result<Deputy, Rejection> {
    let name = name_field("代表姓名", name)?;
    let group = state
        .delegations
        .get(&delegation)
        .ok_or(Rejection::UnknownDelegation)?;
    let clash = state
        .deputies
        .values()
        .any(|d| d.name == name && d.delegation == delegation && d.id != id);
    if clash {
        return Err(Rejection::DuplicateDeputy {
            name,
            delegation: group.name.clone(),
        });
    }
    Ok(Deputy {
        id,
        name,
        delegation,
    })
}

fn unit(state: &State, id: UnitId, name: &str, organ: Option<Organ>) -> Result<Unit, Rejection> {
    let name = name_field("单位名称", name)?;
    if state.units.values().any(|u| u.name == name && u.id != id) {
        return Err(Rejection::DuplicateUnit { name });
    }
    Ok(Unit { id, name, organ })
}

fn session(
    state: &State,
    id: SessionId,
    name: &str,
    starts: NaiveDate,
    ends: NaiveDate,
) -> Result<Session, Rejection> {
    let name = name_field("会次名称", name)?;
    if ends < starts {
        return Err(Rejection::SessionEndsBeforeStart);
    }
    if state
        .sessions
        .values()
        .any(|s| s.name == name && s.id != id)
    {
        return Err(Rejection::DuplicateSession { name });
    }
    Ok(Session {
        id,
        name,
        starts,
        ends,
    })
}

/// A draft may be incomplete while written; it needs a title, a known lead
/// deputy, a known session (or recess) and a configured category.
fn check_draft(state: &State, draft: Draft) -> Result<Draft, Rejection> {
    let title = name_field("案由", &draft.title).map_err(|e| match e {
        Rejection::TooLong { len, .. } => Rejection::TooLong {
            field: "案由",
            len,
            max: MAX_NAME,
        },
        other => other,
    })?;
    if !state.deputies.contains_key(&draft.lead_deputy) {
        return Err(Rejection::UnknownDeputy);
    }
    if draft
        .session
        .is_some_and(|s| !state.sessions.contains_key(&s))
    {
        return Err(Rejection::UnknownSession);
    }
    let category = draft.category.trim().to_string();
    if category.is_empty() {
        return Err(Rejection::Missing { field: "类别" });
    }
    if !state.settings.categories.contains(&category) {
        return Err(Rejection::UnknownCategory { category });
    }
    Ok(Draft {
        title,
        basis: text_field("案据", &draft.basis)?,
        ask: text_field("建议", &draft.ask)?,
        measures: text_field("对策", &draft.measures)?,
        category,
        kind: draft.kind,
        session: draft.session,
        lead_deputy: draft.lead_deputy,
    })
}

/// The id a `CreateDraft` decided, for callers that open the new draft.
pub fn created_suggestion(events: &[Event]) -> Option<SuggestionId> {
    events.iter().find_map(|e| match &e.kind {
        EventKind::DraftCreated { id, .. } => Some(*id),
        _ => None,
    })
}
