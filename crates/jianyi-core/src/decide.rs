//! `decide`: a command against the state gives events, or a `Rejection`.
//! It only reads; the caller persists the events and then applies them.

use chrono::NaiveDate;

use crate::clock::Stamp;
use crate::command::{
    Command, CommitteeFields, Ctx, DeputyFields, LeaderFields, OpinionFields, Rejection,
    StationFields, UnitFields,
};
use crate::event::{Event, EventKind};
use crate::ids::{
    CommitteeId, DelegationId, DeputyId, LeaderId, OpinionId, SessionId, StationId, SuggestionId,
    UnitId,
};
use crate::records::{
    CommitteeBody, Delegation, Deputy, Draft, EntryRef, How, Leader, OfficeProfile, Opinion,
    ReviewStep, Session, Stage, Station, StationKind, Suggestion, SuggestionKind, Unit,
};
use crate::settings::Settings;
use crate::state::State;

/// Longest name of a directory entry, in characters.
pub const MAX_NAME: usize = 60;
/// Longest element of a draft, in characters.
pub const MAX_TEXT: usize = 20_000;

/// Decides a command: the events it makes, or why it is refused.
pub fn decide(state: &State, command: Command, ctx: &Ctx) -> Result<Vec<Event>, Rejection> {
    match command {
        Command::Batch(commands) => decide_batch(state, commands, ctx),
        single => {
            let kinds = decide_kinds(state, single, ctx)?;
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
        if matches!(command, Command::Batch(_)) {
            return Err(wrap(Rejection::EmptyBatch));
        }
        let kinds = decide_kinds(&scratch, command, ctx).map_err(wrap)?;
        for event in stamp_all(scratch.last_stamp.as_ref(), kinds, ctx) {
            scratch
                .apply(&event)
                .map_err(|c| wrap(Rejection::InvalidSettings { reason: c.reason }))?;
            events.push(event);
        }
    }
    Ok(events)
}

fn decide_kinds(state: &State, command: Command, ctx: &Ctx) -> Result<Vec<EventKind>, Rejection> {
    let kinds =
        match command {
            Command::Batch(_) => return Err(Rejection::EmptyBatch),
            Command::SetOfficeProfile(profile) => vec![set_office_profile(profile)?],
            Command::ChangeSettings(settings) => vec![change_settings(state, settings)?],
            Command::AddDelegation { name } => {
                let name = name_field("代表团名称", &name)?;
                unique_delegation(state, &name, None)?;
                vec![EventKind::DelegationAdded {
                    delegation: Delegation {
                        id: ctx.ids.next(),
                        name,
                        retired: false,
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
                let delegation = Delegation {
                    id,
                    name,
                    retired: old.retired,
                };
                changed(old, &delegation)?;
                vec![EventKind::DelegationEdited { delegation }]
            }
            Command::AddDeputy(fields) => {
                let deputy = deputy(state, ctx.ids.next(), fields, None)?;
                vec![EventKind::DeputyAdded { deputy }]
            }
            Command::EditDeputy { id, fields } => {
                let old = state.deputies.get(&id).ok_or(Rejection::UnknownDeputy)?;
                let deputy = deputy(state, id, fields, Some(old))?;
                changed(old, &deputy)?;
                vec![EventKind::DeputyEdited { deputy }]
            }
            Command::AddCommittee(fields) => {
                let committee = committee(state, ctx.ids.next(), fields, None)?;
                vec![EventKind::CommitteeAdded { committee }]
            }
            Command::EditCommittee { id, fields } => {
                let old = state
                    .committees
                    .get(&id)
                    .ok_or(Rejection::UnknownCommittee)?;
                let committee = committee(state, id, fields, Some(old))?;
                changed(old, &committee)?;
                vec![EventKind::CommitteeEdited { committee }]
            }
            Command::AddUnit(fields) => {
                let unit = unit(state, ctx.ids.next(), fields, false)?;
                vec![EventKind::UnitAdded { unit }]
            }
            Command::EditUnit { id, fields } => {
                let old = state.units.get(&id).ok_or(Rejection::UnknownUnit)?;
                let unit = unit(state, id, fields, old.retired)?;
                changed(old, &unit)?;
                vec![EventKind::UnitEdited { unit }]
            }
            Command::AddLeader(fields) => {
                let leader = leader(state, ctx.ids.next(), fields, false)?;
                vec![EventKind::LeaderAdded { leader }]
            }
            Command::EditLeader { id, fields } => {
                let old = state.leaders.get(&id).ok_or(Rejection::UnknownLeader)?;
                let leader = leader(state, id, fields, old.retired)?;
                changed(old, &leader)?;
                vec![EventKind::LeaderEdited { leader }]
            }
            Command::AddSession { name, starts, ends } => {
                let session = session(state, ctx.ids.next(), &name, starts, ends, false)?;
                vec![EventKind::SessionAdded { session }]
            }
            Command::EditSession {
                id,
                name,
                starts,
                ends,
            } => {
                let old = state.sessions.get(&id).ok_or(Rejection::UnknownSession)?;
                let session = session(state, id, &name, starts, ends, old.retired)?;
                changed(old, &session)?;
                vec![EventKind::SessionEdited { session }]
            }
            Command::AddStation(fields) => {
                let station = station(state, ctx.ids.next(), fields, false)?;
                vec![EventKind::StationAdded { station }]
            }
            Command::EditStation { id, fields } => {
                let old = state.stations.get(&id).ok_or(Rejection::UnknownStation)?;
                let station = station(state, id, fields, old.retired)?;
                changed(old, &station)?;
                vec![EventKind::StationEdited { station }]
            }
            Command::AddCategory { name } => {
                let name = name_field("类别名称", &name)?;
                if state.settings.categories.contains(&name) {
                    return Err(Rejection::DuplicateCategory { name });
                }
                vec![EventKind::CategoryAdded { name }]
            }
            Command::Retire(entry) => {
                let name = state.entry_name(&entry);
                match state.retired(&entry) {
                    None => return Err(unknown(&entry)),
                    Some(true) => return Err(Rejection::AlreadyRetired { name }),
                    Some(false) => vec![EventKind::EntryRetired { entry }],
                }
            }
            Command::Reinstate(entry) => {
                let name = state.entry_name(&entry);
                match state.retired(&entry) {
                    None => return Err(unknown(&entry)),
                    Some(false) => return Err(Rejection::NotRetired { name }),
                    Some(true) => vec![EventKind::EntryReinstated { entry }],
                }
            }
            Command::CreateDraft(draft) => {
                let draft = check_draft(state, draft, None)?;
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
                if !old.stage.editable() {
                    return Err(Rejection::NotDraft {
                        stage: old.stage.label(),
                    });
                }
                let draft = check_draft(state, draft, Some(&old.draft))?;
                changed(&old.draft, &draft)?;
                vec![EventKind::DraftEdited { id, draft }]
            }
            Command::RecordOpinion(fields) => {
                let opinion = opinion(state, ctx.ids.next(), fields, Vec::new(), ctx)?;
                vec![EventKind::OpinionRecorded { opinion }]
            }
            Command::EditOpinion { id, fields } => {
                let old = state.opinions.get(&id).ok_or(Rejection::UnknownOpinion)?;
                let opinion = opinion(state, id, fields, old.suggestions.clone(), ctx)?;
                changed(old, &opinion)?;
                vec![EventKind::OpinionEdited { opinion }]
            }
            Command::NameCosigners { id, deputies } => {
                let s = a_draft(state, id)?;
                let mut named = Vec::new();
                for d in deputies {
                    let name = state.deputy_name(d).to_string();
                    in_use(state, EntryRef::Deputy(d), false)?;
                    if d == s.draft.lead_deputy {
                        return Err(Rejection::LeadCannotCosign);
                    }
                    if s.cosigners.iter().any(|c| c.deputy == d) || named.contains(&d) {
                        return Err(Rejection::AlreadyCosigner { name });
                    }
                    named.push(d);
                }
                if named.is_empty() {
                    return Err(Rejection::Missing {
                        field: "联名代表"
                    });
                }
                vec![EventKind::CosignersNamed {
                    id,
                    deputies: named,
                }]
            }
            Command::RemoveCosigner { id, deputy } => {
                let s = a_draft(state, id)?;
                if !s.cosigners.iter().any(|c| c.deputy == deputy) {
                    return Err(Rejection::NotCosigner {
                        name: state.deputy_name(deputy).into(),
                    });
                }
                vec![EventKind::CosignerRemoved { id, deputy }]
            }
            Command::ConfirmCosign { id, deputy, how } => {
                let s = a_draft(state, id)?;
                let name = state.deputy_name(deputy).to_string();
                let c = s
                    .cosigners
                    .iter()
                    .find(|c| c.deputy == deputy)
                    .ok_or(Rejection::NotCosigner { name: name.clone() })?;
                if c.confirmed.is_some() {
                    return Err(Rejection::AlreadyConfirmed { name });
                }
                match how {
                    How::InPerson | How::PaperKeyedIn => {}
                    How::Operator | How::Packet => return Err(Rejection::PersonalActOnly),
                }
                vec![EventKind::CosignConfirmed {
                    id,
                    deputy,
                    how,
                    revision: s.revision,
                }]
            }
            Command::SubmitDraft { id } => {
                let s = a_draft(state, id)?;
                let check = crate::checks::check(state, &s.draft, Some(id), s.signers() as u32);
                let missing = check.missing();
                if !missing.is_empty() {
                    return Err(Rejection::Incomplete { missing });
                }
                in_use(state, EntryRef::Deputy(s.draft.lead_deputy), false)?;
                vec![EventKind::DraftSubmitted { id }]
            }
            Command::PassReview { id, comment } => {
                let (_, step) = in_review(state, id)?;
                if step.is_final() {
                    return Err(Rejection::FinalStepPasses);
                }
                vec![EventKind::ReviewPassed {
                    id,
                    step,
                    comment: text_field("审查意见", &comment)?,
                }]
            }
            Command::ReturnForImprovement { id, comment } => {
                let (_, step) = in_review(state, id)?;
                let comment = text_field("退回意见", &comment)?;
                if comment.is_empty() {
                    return Err(Rejection::Missing {
                        field: "退回意见"
                    });
                }
                vec![EventKind::ReviewReturned { id, step, comment }]
            }
            Command::Resubmit { id } => {
                let s = state
                    .suggestions
                    .get(&id)
                    .ok_or(Rejection::UnknownSuggestion)?;
                let Stage::Returned(_) = s.stage else {
                    return Err(Rejection::NotReturned);
                };
                let missing =
                    crate::checks::check(state, &s.draft, Some(id), s.signers() as u32).missing();
                if !missing.is_empty() {
                    return Err(Rejection::Incomplete { missing });
                }
                vec![EventKind::Resubmitted { id }]
            }
            Command::WithdrawCosign { id, deputy } => {
                let s = state
                    .suggestions
                    .get(&id)
                    .ok_or(Rejection::UnknownSuggestion)?;
                let Stage::Returned(_) = s.stage else {
                    return Err(Rejection::NotReturned);
                };
                if !s.cosigners.iter().any(|c| c.deputy == deputy) {
                    return Err(Rejection::NotCosigner {
                        name: state.deputy_name(deputy).into(),
                    });
                }
                vec![EventKind::CosignWithdrawn { id, deputy }]
            }
            Command::AcknowledgeRevision { id, deputy } => {
                let s = state
                    .suggestions
                    .get(&id)
                    .ok_or(Rejection::UnknownSuggestion)?;
                let c = s.cosigners.iter().find(|c| c.deputy == deputy).ok_or(
                    Rejection::NotCosigner {
                        name: state.deputy_name(deputy).into(),
                    },
                )?;
                match s.revisions.last() {
                    Some(r) if c.seen_revision.is_none_or(|seen| seen < r.revision) => {
                        vec![EventKind::RevisionAcknowledged {
                            id,
                            deputy,
                            revision: r.revision,
                        }]
                    }
                    _ => return Err(Rejection::NothingToAcknowledge),
                }
            }
            Command::Accept { id } => {
                let (s, step) = in_review(state, id)?;
                final_step(step)?;
                match &state.office {
                    None => return Err(Rejection::NoOffice),
                    Some(o) if !o.numbering => return Err(Rejection::NotNumberingOffice),
                    Some(_) => {}
                }
                let series = state.series_of(s, ctx.business_date);
                vec![EventKind::Accepted {
                    id,
                    series,
                    number: state.next_number(series),
                }]
            }
            Command::ConvertToSuggestion { id } => {
                let (s, step) = in_review(state, id)?;
                final_step(step)?;
                if s.draft.kind != SuggestionKind::Motion {
                    return Err(Rejection::NotMotion);
                }
                vec![EventKind::ConvertedToSuggestion { id }]
            }
            Command::Merge { id, into } => {
                let (_, step) = in_review(state, id)?;
                final_step(step)?;
                if id == into {
                    return Err(Rejection::MergeIntoSelf);
                }
                let target = state
                    .suggestions
                    .get(&into)
                    .ok_or(Rejection::UnknownSuggestion)?;
                match target.stage {
                    Stage::InReview(_) | Stage::Returned(_) | Stage::Accepted => {}
                    Stage::Draft | Stage::Merged(_) | Stage::NotAccepted => {
                        return Err(Rejection::MergeTargetClosed);
                    }
                }
                vec![EventKind::Merged { id, into }]
            }
            Command::NotAccept { id, reason } => {
                let (_, step) = in_review(state, id)?;
                final_step(step)?;
                let reason = text_field("不予立案理由", &reason)?;
                if reason.is_empty() {
                    return Err(Rejection::Missing {
                        field: "不予立案理由",
                    });
                }
                vec![EventKind::NotAccepted { id, reason }]
            }
        };
    Ok(kinds)
}

/// A suggestion waiting at a review step.
fn in_review(state: &State, id: SuggestionId) -> Result<(&Suggestion, ReviewStep), Rejection> {
    let s = state
        .suggestions
        .get(&id)
        .ok_or(Rejection::UnknownSuggestion)?;
    match s.stage {
        Stage::InReview(step) => Ok((s, step)),
        other => Err(Rejection::NotInReview {
            stage: other.describe(),
        }),
    }
}

fn final_step(step: ReviewStep) -> Result<(), Rejection> {
    if step.is_final() {
        Ok(())
    } else {
        Err(Rejection::NotFinalStep { step: step.label() })
    }
}

/// A suggestion that is still a draft.
fn a_draft(state: &State, id: SuggestionId) -> Result<&Suggestion, Rejection> {
    let s = state
        .suggestions
        .get(&id)
        .ok_or(Rejection::UnknownSuggestion)?;
    match s.stage {
        Stage::Draft => Ok(s),
        Stage::InReview(_)
        | Stage::Returned(_)
        | Stage::Accepted
        | Stage::Merged(_)
        | Stage::NotAccepted => Err(Rejection::NotDraft {
            stage: s.stage.label(),
        }),
    }
}

fn opinion(
    state: &State,
    id: OpinionId,
    f: OpinionFields,
    suggestions: Vec<SuggestionId>,
    ctx: &Ctx,
) -> Result<Opinion, Rejection> {
    in_use(state, EntryRef::Station(f.station), false)?;
    let topic = name_field("意见主题", &f.topic)?;
    let text = text_field("意见内容", &f.text)?;
    if text.is_empty() {
        return Err(Rejection::Missing {
            field: "意见内容"
        });
    }
    if f.received_on > ctx.business_date {
        return Err(Rejection::OpinionInFuture);
    }
    Ok(Opinion {
        id,
        station: f.station,
        received_on: f.received_on,
        topic,
        text,
        contact: text_field("群众联系方式", &f.contact)?,
        suggestions,
    })
}

fn unknown(entry: &EntryRef) -> Rejection {
    match entry {
        EntryRef::Deputy(_) => Rejection::UnknownDeputy,
        EntryRef::Delegation(_) => Rejection::UnknownDelegation,
        EntryRef::Committee(_) => Rejection::UnknownCommittee,
        EntryRef::Unit(_) => Rejection::UnknownUnit,
        EntryRef::Leader(_) => Rejection::UnknownLeader,
        EntryRef::Session(_) => Rejection::UnknownSession,
        EntryRef::Station(_) => Rejection::UnknownStation,
        EntryRef::Category(name) => Rejection::UnknownCategory {
            category: name.clone(),
        },
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
        numbering: profile.numbering,
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

/// Refuses a reference to an entry that is not there, or retired (unless
/// the record already had it).
fn in_use(state: &State, entry: EntryRef, kept: bool) -> Result<(), Rejection> {
    match state.retired(&entry) {
        None => Err(unknown(&entry)),
        Some(true) if !kept => Err(Rejection::Retired {
            name: state.entry_name(&entry),
        }),
        Some(_) => Ok(()),
    }
}

/// References to entries, each once, each in use (or already held by the
/// record being edited, `kept`).
fn distinct_in_use<T: Copy + PartialEq>(
    state: &State,
    items: Vec<T>,
    kept: &[T],
    entry: fn(T) -> EntryRef,
) -> Result<Vec<T>, Rejection> {
    let mut out = Vec::new();
    for item in items {
        in_use(state, entry(item), kept.contains(&item))?;
        if !out.contains(&item) {
            out.push(item);
        }
    }
    Ok(out)
}

fn deputy(
    state: &State,
    id: DeputyId,
    f: DeputyFields,
    old: Option<&Deputy>,
) -> Result<Deputy, Rejection> {
    let name = name_field("代表姓名", &f.name)?;
    let group = state
        .delegations
        .get(&f.delegation)
        .ok_or(Rejection::UnknownDelegation)?;
    in_use(
        state,
        EntryRef::Delegation(f.delegation),
        old.is_some_and(|o| o.delegation == f.delegation),
    )?;
    let clash = state
        .deputies
        .values()
        .any(|d| d.name == name && d.delegation == f.delegation && d.id != id);
    if clash {
        return Err(Rejection::DuplicateDeputy {
            name,
            delegation: group.name.clone(),
        });
    }
    let kept = old.map_or(&[][..], |o| &o.stations[..]);
    let stations = distinct_in_use(state, f.stations, kept, EntryRef::Station)?;
    Ok(Deputy {
        id,
        name,
        delegation: f.delegation,
        gender: f.gender,
        term: text_field("届别", &f.term)?,
        stations,
        phone: text_field("电话", &f.phone)?,
        retired: old.is_some_and(|o| o.retired),
    })
}

fn committee(
    state: &State,
    id: CommitteeId,
    f: CommitteeFields,
    old: Option<&CommitteeBody>,
) -> Result<CommitteeBody, Rejection> {
    let name = name_field("委室名称", &f.name)?;
    if state
        .committees
        .values()
        .any(|c| c.name == name && c.id != id)
    {
        return Err(Rejection::DuplicateCommittee { name });
    }
    let kept = old.map_or(&[][..], |o| &o.covers[..]);
    let covers = distinct_in_use(state, f.covers, kept, EntryRef::Delegation)?;
    Ok(CommitteeBody {
        id,
        name,
        covers,
        retired: old.is_some_and(|o| o.retired),
    })
}

fn unit(state: &State, id: UnitId, f: UnitFields, retired: bool) -> Result<Unit, Rejection> {
    let name = name_field("单位名称", &f.name)?;
    if state.units.values().any(|u| u.name == name && u.id != id) {
        return Err(Rejection::DuplicateUnit { name });
    }
    Ok(Unit {
        id,
        name,
        kind: f.kind,
        organ: f.organ,
        retired,
    })
}

fn leader(
    state: &State,
    id: LeaderId,
    f: LeaderFields,
    retired: bool,
) -> Result<Leader, Rejection> {
    let name = name_field("领导姓名", &f.name)?;
    let post = name_field("职务", &f.post)?;
    if state
        .leaders
        .values()
        .any(|l| l.name == name && l.post == post && l.id != id)
    {
        return Err(Rejection::DuplicateLeader { name, post });
    }
    Ok(Leader {
        id,
        name,
        post,
        organ: f.organ,
        duties: text_field("领办督办领域", &f.duties)?,
        retired,
    })
}

fn session(
    state: &State,
    id: SessionId,
    name: &str,
    starts: NaiveDate,
    ends: NaiveDate,
    retired: bool,
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
        retired,
    })
}

fn station(
    state: &State,
    id: StationId,
    f: StationFields,
    retired: bool,
) -> Result<Station, Rejection> {
    let name = name_field("站点名称", &f.name)?;
    if state
        .stations
        .values()
        .any(|s| s.name == name && s.id != id)
    {
        return Err(Rejection::DuplicateStation { name });
    }
    let field = f.field.trim().to_string();
    match f.kind {
        StationKind::Professional => {
            if field.is_empty() {
                return Err(Rejection::Missing {
                    field: "专业领域"
                });
            }
            if !state.settings.professional_stations.contains(&field) {
                return Err(Rejection::UnknownField { field });
            }
        }
        StationKind::Home | StationKind::LiaisonStation | StationKind::LiaisonPoint => {}
    }
    Ok(Station {
        id,
        name,
        kind: f.kind,
        field,
        retired,
    })
}

/// A draft may be incomplete while written; it needs a title, a known lead
/// deputy, a known session (or recess) and a configured category. Retired
/// entries are refused unless the draft already had them.
fn check_draft(state: &State, draft: Draft, old: Option<&Draft>) -> Result<Draft, Rejection> {
    let title = name_field("案由", &draft.title)?;
    in_use(
        state,
        EntryRef::Deputy(draft.lead_deputy),
        old.is_some_and(|o| o.lead_deputy == draft.lead_deputy),
    )?;
    if let Some(session) = draft.session {
        in_use(
            state,
            EntryRef::Session(session),
            old.is_some_and(|o| o.session == Some(session)),
        )?;
    }
    let category = draft.category.trim().to_string();
    if category.is_empty() {
        return Err(Rejection::Missing { field: "类别" });
    }
    if !state.settings.categories.contains(&category) {
        return Err(Rejection::UnknownCategory { category });
    }
    in_use(
        state,
        EntryRef::Category(category.clone()),
        old.is_some_and(|o| o.category == category),
    )?;
    let mut opinions = Vec::new();
    for o in draft.opinions {
        if !state.opinions.contains_key(&o) {
            return Err(Rejection::UnknownOpinion);
        }
        if !opinions.contains(&o) {
            opinions.push(o);
        }
    }
    let negative_confirmed = state
        .settings
        .negative_list
        .iter()
        .filter(|n| draft.negative_confirmed.contains(&n.title))
        .map(|n| n.title.clone())
        .collect();
    Ok(Draft {
        title,
        basis: text_field("案据", &draft.basis)?,
        ask: text_field("建议", &draft.ask)?,
        measures: text_field("对策", &draft.measures)?,
        category,
        kind: draft.kind,
        session: draft.session,
        lead_deputy: draft.lead_deputy,
        by_delegation: draft.by_delegation,
        opinions,
        negative_confirmed,
    })
}

/// The id a `CreateDraft` decided, for callers that open the new draft.
pub fn created_suggestion(events: &[Event]) -> Option<SuggestionId> {
    events.iter().find_map(|e| match &e.kind {
        EventKind::DraftCreated { id, .. } => Some(*id),
        _ => None,
    })
}
