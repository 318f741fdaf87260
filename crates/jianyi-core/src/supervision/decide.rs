//! `decide` for supervision. The principle, key items and the
//! responsibilities are the registering office's acts at its desk (in
//! township mode, the presidium's, at the delegation desk), keyed in from
//! paper like any record it keeps. A manual warning is a supervisor's: the
//! committee office, a committee body (委室), a leader, or a proposer of
//! the item at the deputy desk. A leader's office's own copy, bound to its
//! leader, holds that leader's supervision at the leader desk: records,
//! planned activities, follow-ups done and warnings, on the items the
//! leader answers for.

use chrono::NaiveDate;

use crate::actor::{Desk, How};
use crate::command::{Ctx, Rejection};
use crate::dates::zh;
use crate::directory::EntryRef;
use crate::ids::{CommitteeId, LeaderId, SuggestionId};
use crate::input;
use crate::office::OfficeRejection;
use crate::raising::decide::suggestion;
use crate::review::Stage;
use crate::state::State;
use crate::supervision::command::SupervisionCommand;
use crate::supervision::event::SupervisionEvent;
use crate::supervision::records::{
    FollowUpFields, GroupFields, Owner, Participants, PlanFields, ProcuratorialFields,
    ProcuratorialStatus, RecordFields, RecordKind,
};
use crate::supervision::rejection::SupervisionRejection;
use crate::supervision::{leader_label, leader_role, leaders_office};

/// The desks that may raise or lift a manual warning.
const WARNING_DESKS: [Desk; 4] = [
    Desk::CommitteeOffice,
    Desk::Committee,
    Desk::Leader,
    Desk::Deputy,
];

/// Decides a supervision command.
pub fn decide(
    state: &State,
    command: SupervisionCommand,
    ctx: &Ctx,
) -> Result<Vec<SupervisionEvent>, Rejection> {
    let event = match command {
        SupervisionCommand::WritePrinciple { session, text } => {
            registering_office(state, ctx)?;
            state.directory.in_use(EntryRef::Session(session), false)?;
            let text = input::required_text("遴选原则", &text)?;
            input::changed(
                state
                    .supervision
                    .principles
                    .get(&session)
                    .is_some_and(|p| p.text == text),
            )?;
            SupervisionEvent::PrincipleWritten { session, text }
        }
        SupervisionCommand::SetResponsibilities {
            item,
            leading,
            supervising,
            following,
        } => {
            registering_office(state, ctx)?;
            accepted(state, item)?;
            let held = state
                .supervision
                .of(item)
                .map(|o| o.responsibilities.clone())
                .unwrap_or_default();
            leader_in_use(state, leading, held.leading)?;
            leader_in_use(state, supervising, held.supervising)?;
            if let (Some(a), Some(b)) = (leading, supervising)
                && a == b
            {
                return Err(SupervisionRejection::SameLeader {
                    name: state.directory.entry_name(&EntryRef::Leader(a)),
                }
                .into());
            }
            committee_in_use(state, following, held.following)?;
            if held.set_on.is_some()
                && (held.leading, held.supervising, held.following)
                    == (leading, supervising, following)
            {
                return Err(SupervisionRejection::NothingChanged.into());
            }
            SupervisionEvent::ResponsibilitiesSet {
                item,
                leading,
                supervising,
                following,
            }
        }
        SupervisionCommand::MarkKey { item, committee } => {
            registering_office(state, ctx)?;
            let s = accepted(state, item)?;
            if state.supervision.is_key(item) {
                return Err(SupervisionRejection::AlreadyKey.into());
            }
            if let Some(session) = s.draft.session
                && !state.supervision.principles.contains_key(&session)
            {
                return Err(SupervisionRejection::NoPrinciple {
                    session: state.session_name(Some(session)).to_string(),
                }
                .into());
            }
            committee_in_use(state, committee, None)?;
            SupervisionEvent::KeyMarked { item, committee }
        }
        SupervisionCommand::UnmarkKey { item, reason } => {
            registering_office(state, ctx)?;
            if !state.supervision.is_key(item) {
                return Err(SupervisionRejection::NotKey.into());
            }
            let reason = input::required_text("取消的理由", &reason)?;
            SupervisionEvent::KeyUnmarked { item, reason }
        }
        SupervisionCommand::RaiseWarning {
            item,
            reason,
            deputy,
        } => {
            warning_desk(state, ctx)?;
            leaders_items(state, &[item])?;
            let s = suggestion(state, item)?;
            let Some(a) = state.handling.assignments.get(&item) else {
                return Err(SupervisionRejection::NotAssigned.into());
            };
            if a.closed.is_some() {
                return Err(SupervisionRejection::Closed.into());
            }
            let deputy = match (ctx.actor.desk, deputy) {
                (Desk::Deputy, None) => return Err(SupervisionRejection::NoDeputy.into()),
                (Desk::Deputy, Some(d)) => {
                    deputys_act(ctx)?;
                    if !state.proposers(s).contains(&d) {
                        return Err(SupervisionRejection::NotAProposer {
                            deputy: state.deputy_name(d).to_string(),
                        }
                        .into());
                    }
                    Some(d)
                }
                // Another desk raises in its own name.
                (_, _) => None,
            };
            let reason = input::required_text("预警理由", &reason)?;
            SupervisionEvent::WarningRaised {
                item,
                reason,
                deputy,
            }
        }
        SupervisionCommand::LiftWarning {
            item,
            warning,
            reason,
            deputy,
        } => {
            warning_desk(state, ctx)?;
            let w = state
                .supervision
                .of(item)
                .and_then(|o| o.warnings.iter().find(|w| w.id == warning))
                .ok_or(SupervisionRejection::UnknownWarning)?;
            if let Some(l) = &w.lifted {
                return Err(SupervisionRejection::AlreadyLifted { on: zh(l.on) }.into());
            }
            not_before(ctx, w.raised_on, "发出这条预警的日期")?;
            // A leader's office lifts its own kind of warning on its
            // leader's items, never a deputy's.
            leaders_items(state, &[item])?;
            if leaders_office(state).is_some()
                && let Some(d) = w.deputy
            {
                return Err(SupervisionRejection::NotItsWarning {
                    deputy: state.deputy_name(d).to_string(),
                }
                .into());
            }
            // At the deputy desk, a deputy lifts only their own warning.
            let deputy = match ctx.actor.desk {
                Desk::Deputy => {
                    deputys_act(ctx)?;
                    match (w.deputy, deputy) {
                        (Some(raised), Some(d)) if raised == d => Some(d),
                        _ => {
                            return Err(SupervisionRejection::WrongDesk {
                                asked: ctx.actor.desk.label(),
                                desks: "发出这条预警的代表本人或督办方",
                            }
                            .into());
                        }
                    }
                }
                _ => None,
            };
            let reason = input::required_text("解除的理由", &reason)?;
            SupervisionEvent::WarningLifted {
                item,
                warning,
                reason,
                deputy,
            }
        }
        SupervisionCommand::RecordSupervision(fields) => {
            supervising_desk(state, ctx)?;
            SupervisionEvent::Supervised {
                id: ctx.ids.next(),
                record: checked_record(state, fields, ctx)?,
            }
        }
        SupervisionCommand::PlanActivity(plan) => {
            supervising_desk(state, ctx)?;
            if plan.planned_for < ctx.business_date {
                return Err(SupervisionRejection::PlannedInThePast {
                    on: zh(ctx.business_date),
                }
                .into());
            }
            if plan.items.is_empty() {
                return Err(SupervisionRejection::NoItems.into());
            }
            let dir = &state.directory;
            let p = plan.invited;
            SupervisionEvent::ActivityPlanned {
                id: ctx.ids.next(),
                plan: PlanFields {
                    kind: plan.kind,
                    planned_for: plan.planned_for,
                    place: input::text("地点", &plan.place)?,
                    items: {
                        let items = distinct_accepted(state, plan.items)?;
                        leaders_items(state, &items)?;
                        items
                    },
                    invited: Participants {
                        deputies: dir.distinct_in_use(p.deputies, &[], EntryRef::Deputy)?,
                        leaders: dir.distinct_in_use(p.leaders, &[], EntryRef::Leader)?,
                        unit_heads: dir.distinct_in_use(p.unit_heads, &[], EntryRef::Unit)?,
                        entrepreneurs: p.entrepreneurs,
                        citizens: p.citizens,
                        others: input::text("其他受邀人员", &p.others)?,
                    },
                },
            }
        }
        SupervisionCommand::HoldActivity { plan, record } => {
            supervising_desk(state, ctx)?;
            if !state.supervision.plans.contains_key(&plan) {
                return Err(SupervisionRejection::UnknownPlan.into());
            }
            if let Some(r) = state.supervision.records.get(&plan) {
                return Err(SupervisionRejection::AlreadyHeld { on: zh(r.on) }.into());
            }
            SupervisionEvent::Supervised {
                id: plan,
                record: checked_record(state, record, ctx)?,
            }
        }
        SupervisionCommand::CompleteFollowUp {
            record,
            index,
            note,
        } => {
            supervising_desk(state, ctx)?;
            let r = state
                .supervision
                .records
                .get(&record)
                .ok_or(SupervisionRejection::UnknownRecord)?;
            match r.done.get(index as usize) {
                None => return Err(SupervisionRejection::UnknownFollowUp.into()),
                Some(Some(d)) => {
                    return Err(SupervisionRejection::FollowUpDone { on: zh(d.on) }.into());
                }
                Some(None) => {}
            }
            not_before(ctx, r.on, "这次督办的日期")?;
            leaders_item_among(state, &r.fields.items)?;
            SupervisionEvent::FollowUpDone {
                record,
                index,
                items: r.fields.items.clone(),
                note: input::required_text("落实情况", &note)?,
            }
        }
        SupervisionCommand::FormGroups { groups } => {
            registering_office(state, ctx)?;
            if groups.is_empty() {
                return Err(SupervisionRejection::NoGroups.into());
            }
            let mut names: Vec<String> = state
                .supervision
                .groups
                .values()
                .map(|g| g.fields.name.clone())
                .collect();
            let mut events = Vec::new();
            for g in groups {
                let name = input::name("督办组名称", &g.name)?;
                if names.contains(&name) {
                    return Err(SupervisionRejection::GroupNameTaken { name }.into());
                }
                state.directory.in_use(EntryRef::Leader(g.leader), false)?;
                if state
                    .directory
                    .leaders
                    .get(&g.leader)
                    .is_some_and(|l| l.organ.is_some())
                {
                    return Err(SupervisionRejection::NotACongressLeader {
                        name: state.directory.entry_name(&EntryRef::Leader(g.leader)),
                    }
                    .into());
                }
                if g.items.is_empty() {
                    return Err(SupervisionRejection::EmptyGroup { name }.into());
                }
                let items = distinct_accepted(state, g.items)?;
                names.push(name.clone());
                events.push(SupervisionEvent::GroupFormed {
                    id: ctx.ids.next(),
                    group: GroupFields {
                        name,
                        leader: g.leader,
                        items,
                    },
                });
            }
            return Ok(events);
        }
        SupervisionCommand::ReferToProcuratorate { item, what } => {
            registering_office(state, ctx)?;
            accepted(state, item)?;
            if let Some(r) = state.supervision.referrals.get(&item) {
                return Err(SupervisionRejection::AlreadyReferred { on: zh(r.on) }.into());
            }
            SupervisionEvent::Referred {
                item,
                what: input::required_text("移送的线索", &what)?,
            }
        }
        SupervisionCommand::RecordProcuratorialStatus { item, status } => {
            registering_office(state, ctx)?;
            let r = state
                .supervision
                .referrals
                .get(&item)
                .ok_or(SupervisionRejection::NotReferred)?;
            if let Some(s) = r.latest().filter(|s| s.ends()) {
                return Err(SupervisionRejection::ReferralEnded { status: s.label() }.into());
            }
            match r.statuses.last() {
                Some((on, _)) => not_before(ctx, *on, "上一次登记的办理情况")?,
                None => not_before(ctx, r.on, "移送检察机关的日期")?,
            }
            let status = match status {
                ProcuratorialStatus::Declined { reason } => ProcuratorialStatus::Declined {
                    reason: input::required_text("不予立案的理由", &reason)?,
                },
                other => other,
            };
            SupervisionEvent::ProcuratorialStatusRecorded { item, status }
        }
        SupervisionCommand::RegisterProcuratorial(fields) => {
            registering_office(state, ctx)?;
            let number = input::name("文号", &fields.number)?;
            if state
                .supervision
                .procuratorial
                .values()
                .any(|p| p.fields.number == number)
            {
                return Err(SupervisionRejection::ProcuratorialTaken { number }.into());
            }
            SupervisionEvent::ProcuratorialRegistered {
                id: ctx.ids.next(),
                fields: ProcuratorialFields {
                    number,
                    title: input::name("标题", &fields.title)?,
                    summary: input::required_text("主要内容", &fields.summary)?,
                },
            }
        }
        SupervisionCommand::LinkProcuratorial { source, item } => {
            registering_office(state, ctx)?;
            suggestion(state, item)?;
            let p = state
                .supervision
                .procuratorial
                .get(&source)
                .ok_or(SupervisionRejection::UnknownProcuratorial)?;
            if p.items.contains(&item) {
                return Err(SupervisionRejection::AlreadyLinked.into());
            }
            SupervisionEvent::ProcuratorialLinked {
                source,
                fields: p.fields.clone(),
                item,
            }
        }
    };
    Ok(vec![event])
}

/// The desks that hold supervision: in the registering office's copy its
/// own, a committee body's (委室) and a leader's; in a leader's office's
/// copy, the leader's desk once the copy is bound to its leader.
fn supervising_desk(state: &State, ctx: &Ctx) -> Result<(), Rejection> {
    if let Some(bound) = leaders_office(state) {
        if ctx.actor.desk != Desk::Leader {
            return Err(SupervisionRejection::WrongDesk {
                asked: ctx.actor.desk.label(),
                desks: Desk::Leader.label(),
            }
            .into());
        }
        return bound
            .map(|_| ())
            .ok_or(SupervisionRejection::NoLeaderBound.into());
    }
    let own = registering_desk(state, ctx)?;
    if ctx.actor.desk == own || matches!(ctx.actor.desk, Desk::Committee | Desk::Leader) {
        return Ok(());
    }
    Err(SupervisionRejection::WrongDesk {
        asked: ctx.actor.desk.label(),
        desks: if own == Desk::Delegation {
            "主席团、委室或领导"
        } else {
            "代表工委、委室或领导"
        },
    }
    .into())
}

/// In a leader's office's copy, every item is one its leader answers for
/// (leads, supervises, or follows as a group's leader).
fn leaders_items(state: &State, items: &[SuggestionId]) -> Result<(), Rejection> {
    let Some(Some(leader)) = leaders_office(state) else {
        return Ok(());
    };
    match items
        .iter()
        .find(|i| leader_role(state, leader, **i).is_none())
    {
        Some(item) => Err(not_the_leaders(state, leader, *item)),
        None => Ok(()),
    }
}

/// In a leader's office's copy, one of the items at least is one its
/// leader answers for (a record it follows up may cover others').
fn leaders_item_among(state: &State, items: &[SuggestionId]) -> Result<(), Rejection> {
    let Some(Some(leader)) = leaders_office(state) else {
        return Ok(());
    };
    if items
        .iter()
        .any(|i| leader_role(state, leader, *i).is_some())
    {
        return Ok(());
    }
    match items.first() {
        Some(item) => Err(not_the_leaders(state, leader, *item)),
        None => Ok(()),
    }
}

fn not_the_leaders(state: &State, leader: LeaderId, item: SuggestionId) -> Rejection {
    SupervisionRejection::NotTheLeadersItem {
        title: state
            .raising
            .suggestions
            .get(&item)
            .map_or_else(|| "（未知建议）".to_string(), |s| s.draft.title.clone()),
        leader: leader_label(state, leader),
    }
    .into()
}

/// An act dated on or after what it acts on (`since`, described `what`).
fn not_before(ctx: &Ctx, since: NaiveDate, what: &'static str) -> Result<(), Rejection> {
    if ctx.business_date < since {
        return Err(SupervisionRejection::DatedBefore {
            what,
            on: zh(since),
        }
        .into());
    }
    Ok(())
}

/// Items each accepted, each once.
fn distinct_accepted(
    state: &State,
    items: Vec<SuggestionId>,
) -> Result<Vec<SuggestionId>, Rejection> {
    let mut out = Vec::new();
    for item in items {
        let s = accepted(state, item)?;
        if out.contains(&item) {
            return Err(SupervisionRejection::ItemTwice {
                title: s.draft.title.clone(),
            }
            .into());
        }
        out.push(item);
    }
    Ok(out)
}

/// A record's fields checked: its items accepted, every entry named in
/// use, someone taking part, its texts trimmed, its follow-ups due on or
/// after the day it was held.
fn checked_record(state: &State, f: RecordFields, ctx: &Ctx) -> Result<RecordFields, Rejection> {
    if f.items.is_empty() {
        return Err(SupervisionRejection::NoItems.into());
    }
    let items = distinct_accepted(state, f.items)?;
    leaders_items(state, &items)?;
    let dir = &state.directory;
    let units = dir.distinct_in_use(f.units, &[], EntryRef::Unit)?;
    let p = f.participants;
    let participants = Participants {
        deputies: dir.distinct_in_use(p.deputies, &[], EntryRef::Deputy)?,
        leaders: dir.distinct_in_use(p.leaders, &[], EntryRef::Leader)?,
        unit_heads: dir.distinct_in_use(p.unit_heads, &[], EntryRef::Unit)?,
        entrepreneurs: p.entrepreneurs,
        citizens: p.citizens,
        others: input::text("其他参加人员", &p.others)?,
    };
    if participants.count() == 0 && participants.others.is_empty() {
        return Err(SupervisionRejection::NoParticipants.into());
    }
    let place = match f.kind {
        RecordKind::PhoneCall | RecordKind::Instruction => input::text("地点", &f.place)?,
        _ => input::required_text("地点", &f.place)?,
    };
    let mut follow_ups = Vec::new();
    for (i, x) in f.follow_ups.into_iter().enumerate() {
        let what = input::required_text("督办事项", &x.what)?;
        match x.owner {
            Owner::Unit(u) => dir.in_use(EntryRef::Unit(u), false)?,
            Owner::Committee(c) => dir.in_use(EntryRef::Committee(c), false)?,
            Owner::Office => {}
        }
        if x.due < ctx.business_date {
            return Err(SupervisionRejection::FollowUpBeforeRecord {
                n: i + 1,
                on: zh(ctx.business_date),
            }
            .into());
        }
        follow_ups.push(FollowUpFields {
            what,
            owner: x.owner,
            due: x.due,
        });
    }
    Ok(RecordFields {
        kind: f.kind,
        place,
        items,
        units,
        participants,
        findings: input::required_text("了解的情况和发现的问题", &f.findings)?,
        decisions: input::text("现场议定事项", &f.decisions)?,
        follow_ups,
    })
}

/// A deputy's own act: given in person at this PC or on paper keyed in.
fn deputys_act(ctx: &Ctx) -> Result<(), Rejection> {
    match ctx.actor.how {
        How::InPerson | How::PaperKeyedIn => Ok(()),
        How::Operator | How::Packet | How::Ledger => Err(SupervisionRejection::NotPersonal.into()),
    }
}

/// The registering office's desk: the committee office's; in township
/// mode, the presidium's (the delegation desk).
fn registering_desk(state: &State, ctx: &Ctx) -> Result<Desk, Rejection> {
    if state.office.profile.is_none() {
        return Err(OfficeRejection::NoOffice.into());
    }
    crate::office::registering_desk(state, ctx.business_date)
        .ok_or(SupervisionRejection::NotTheRegisteringOffice.into())
}

/// The registering office at its desk.
fn registering_office(state: &State, ctx: &Ctx) -> Result<(), Rejection> {
    let desk = registering_desk(state, ctx)?;
    if ctx.actor.desk != desk {
        return Err(SupervisionRejection::WrongDesk {
            asked: ctx.actor.desk.label(),
            desks: desk.label(),
        }
        .into());
    }
    Ok(())
}

/// A warning is a supervisor's in the registering office's copy (its
/// desk, a committee body's, a leader's), or a proposer's at the deputy
/// desk anywhere deputies are served.
fn warning_desk(state: &State, ctx: &Ctx) -> Result<(), Rejection> {
    let desk = ctx.actor.desk;
    // A leader's office serves its leader, not the deputies.
    if desk == Desk::Deputy && leaders_office(state).is_some() {
        return Err(SupervisionRejection::WrongDesk {
            asked: desk.label(),
            desks: Desk::Leader.label(),
        }
        .into());
    }
    if desk == Desk::Deputy
        || (WARNING_DESKS.contains(&desk) && supervising_desk(state, ctx).is_ok())
    {
        Ok(())
    } else {
        Err(SupervisionRejection::WrongDesk {
            asked: ctx.actor.desk.label(),
            desks: "代表工委、委室、领导或提出建议的代表",
        }
        .into())
    }
}

/// An accepted item (已立案), assigned or not.
fn accepted(state: &State, item: SuggestionId) -> Result<&crate::raising::Suggestion, Rejection> {
    let s = suggestion(state, item)?;
    match state.stage(item) {
        Stage::Accepted => Ok(s),
        stage => Err(SupervisionRejection::NotAccepted {
            stage: stage.label(),
        }
        .into()),
    }
}

/// A leader of the directory in use (or the one the item already had).
fn leader_in_use(
    state: &State,
    leader: Option<LeaderId>,
    held: Option<LeaderId>,
) -> Result<(), Rejection> {
    match leader {
        Some(l) => Ok(state
            .directory
            .in_use(EntryRef::Leader(l), held == Some(l))?),
        None => Ok(()),
    }
}

fn committee_in_use(
    state: &State,
    committee: Option<CommitteeId>,
    held: Option<CommitteeId>,
) -> Result<(), Rejection> {
    match committee {
        Some(c) => Ok(state
            .directory
            .in_use(EntryRef::Committee(c), held == Some(c))?),
        None => Ok(()),
    }
}
