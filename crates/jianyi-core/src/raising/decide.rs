//! `decide` for raising: opinions, drafts and co-signing.

use crate::actor::{Desk, How};
use crate::command::{Ctx, Rejection};
use crate::directory::{DirectoryRejection, EntryRef};
use crate::ids::{OpinionId, SuggestionId};
use crate::input::{self, InputRejection};
use crate::raising::RaisingRejection;
use crate::raising::command::{OpinionFields, RaisingCommand};
use crate::raising::event::{DraftChanges, OpinionChanges, RaisingEvent};
use crate::raising::records::{Draft, Opinion, Suggestion};
use crate::review::Stage;
use crate::state::State;

/// Decides a raising command.
pub fn decide(
    state: &State,
    command: RaisingCommand,
    ctx: &Ctx,
) -> Result<Vec<RaisingEvent>, Rejection> {
    let events = match command {
        RaisingCommand::RecordOpinion(fields) => {
            let id: OpinionId = ctx.ids.next();
            let contact = input::text("群众联系方式", &fields.contact)?;
            let opinion = opinion(state, id, fields, ctx)?;
            let mut out = vec![RaisingEvent::OpinionRecorded { opinion }];
            if !contact.is_empty() {
                out.push(RaisingEvent::OpinionContactSet {
                    id,
                    base: Some(0),
                    contact,
                });
            }
            out
        }
        RaisingCommand::EditOpinion { id, fields } => {
            let old = state
                .raising
                .opinions
                .get(&id)
                .ok_or(RaisingRejection::UnknownOpinion)?;
            let contact = input::text("群众联系方式", &fields.contact)?;
            let changes = OpinionChanges::between(old, &opinion(state, id, fields, ctx)?);
            let contact_changed = contact != state.raising.contact(id);
            input::changed(changes.is_empty() && !contact_changed)?;
            let mut out = Vec::new();
            if !changes.is_empty() {
                out.push(RaisingEvent::OpinionEdited {
                    id,
                    base: Some(old.versions.version),
                    changes,
                });
            }
            if contact_changed {
                let base = state
                    .raising
                    .contacts
                    .get(&id)
                    .map_or(0, |c| c.versions.version);
                out.push(RaisingEvent::OpinionContactSet {
                    id,
                    base: Some(base),
                    contact,
                });
            }
            out
        }
        RaisingCommand::CreateDraft(draft) => {
            by_delegation_at_its_desk(draft.by_delegation, false, ctx)?;
            let draft = check_draft(state, draft, None, ctx)?;
            vec![RaisingEvent::DraftCreated {
                id: ctx.ids.next(),
                draft,
            }]
        }
        RaisingCommand::EditDraft { id, draft } => {
            let old = suggestion(state, id)?;
            let stage = state.stage(id);
            if !stage.editable() {
                return Err(RaisingRejection::NotDraft {
                    stage: stage.label(),
                }
                .into());
            }
            by_delegation_at_its_desk(draft.by_delegation, old.draft.by_delegation, ctx)?;
            let draft = check_draft(state, draft, Some(&old.draft), ctx)?;
            let changes = DraftChanges::between(&old.draft, &draft);
            input::changed(changes.is_empty())?;
            vec![RaisingEvent::DraftEdited {
                id,
                base: Some(old.versions.version),
                changes,
            }]
        }
        RaisingCommand::NameCosigners { id, deputies } => {
            let s = a_draft(state, id)?;
            let mut named = Vec::new();
            for d in deputies {
                let name = state.deputy_name(d).to_string();
                state.directory.in_use(EntryRef::Deputy(d), false)?;
                if d == s.draft.lead_deputy {
                    return Err(RaisingRejection::LeadCannotCosign.into());
                }
                if s.cosigners.iter().any(|c| c.deputy == d) || named.contains(&d) {
                    return Err(RaisingRejection::AlreadyCosigner { name }.into());
                }
                named.push(d);
            }
            if named.is_empty() {
                return Err(InputRejection::Missing {
                    field: "联名代表"
                }
                .into());
            }
            vec![RaisingEvent::CosignersNamed {
                id,
                deputies: named,
            }]
        }
        RaisingCommand::RemoveCosigner { id, deputy } => {
            let s = a_draft(state, id)?;
            if !s.cosigners.iter().any(|c| c.deputy == deputy) {
                return Err(RaisingRejection::NotCosigner {
                    name: state.deputy_name(deputy).into(),
                }
                .into());
            }
            vec![RaisingEvent::CosignerRemoved { id, deputy }]
        }
        RaisingCommand::ConfirmCosign { id, deputy, how } => {
            let s = a_draft(state, id)?;
            let name = state.deputy_name(deputy).to_string();
            if deputy == s.draft.lead_deputy {
                return Err(RaisingRejection::LeadCannotCosign.into());
            }
            let c = s
                .cosigners
                .iter()
                .find(|c| c.deputy == deputy)
                .ok_or(RaisingRejection::NotCosigner { name: name.clone() })?;
            if matches!(s.signature(c), crate::raising::Signature::Confirmed(_)) {
                return Err(RaisingRejection::AlreadyConfirmed { name }.into());
            }
            match how {
                How::InPerson | How::PaperKeyedIn => {}
                How::Operator | How::Packet | How::Ledger => {
                    return Err(RaisingRejection::PersonalActOnly.into());
                }
            }
            vec![RaisingEvent::CosignConfirmed {
                id,
                deputy,
                how,
                revision: s.revision,
            }]
        }
        RaisingCommand::WithdrawCosign { id, deputy } => {
            let s = suggestion(state, id)?;
            let Stage::Returned(_) = state.stage(id) else {
                return Err(RaisingRejection::NotReturned.into());
            };
            if !s.cosigners.iter().any(|c| c.deputy == deputy) {
                return Err(RaisingRejection::NotCosigner {
                    name: state.deputy_name(deputy).into(),
                }
                .into());
            }
            vec![RaisingEvent::CosignWithdrawn { id, deputy }]
        }
        RaisingCommand::AcknowledgeRevision { id, deputy } => {
            let s = suggestion(state, id)?;
            let c = s.cosigners.iter().find(|c| c.deputy == deputy).ok_or(
                RaisingRejection::NotCosigner {
                    name: state.deputy_name(deputy).into(),
                },
            )?;
            match s.revisions.last() {
                Some(r) if c.seen_revision.is_none_or(|seen| seen < r.revision) => {
                    vec![RaisingEvent::RevisionAcknowledged {
                        id,
                        deputy,
                        revision: r.revision,
                    }]
                }
                Some(_) | None => return Err(RaisingRejection::NothingToAcknowledge.into()),
            }
        }
    };
    Ok(events)
}

/// Raising in the name of a delegation (代表团名义) is the delegation's
/// act: only the delegation desk sets the flag; an edit from another desk
/// that leaves it as it was, or clears it, passes.
fn by_delegation_at_its_desk(new: bool, old: bool, ctx: &Ctx) -> Result<(), Rejection> {
    if new && !old && ctx.actor.desk != Desk::Delegation {
        return Err(RaisingRejection::ByDelegationAtDelegationDesk {
            desk: ctx.actor.desk.label(),
        }
        .into());
    }
    Ok(())
}

/// A suggestion, or the refusal of an unknown one.
pub fn suggestion(state: &State, id: SuggestionId) -> Result<&Suggestion, Rejection> {
    state
        .raising
        .suggestions
        .get(&id)
        .ok_or_else(|| RaisingRejection::UnknownSuggestion.into())
}

/// A suggestion that is still a draft.
fn a_draft(state: &State, id: SuggestionId) -> Result<&Suggestion, Rejection> {
    let s = suggestion(state, id)?;
    match state.stage(id) {
        Stage::Draft => Ok(s),
        stage @ (Stage::InReview(_)
        | Stage::Returned(_)
        | Stage::Accepted
        | Stage::Merged(_)
        | Stage::NotAccepted) => Err(RaisingRejection::NotDraft {
            stage: stage.label(),
        }
        .into()),
    }
}

fn opinion(
    state: &State,
    id: OpinionId,
    f: OpinionFields,
    ctx: &Ctx,
) -> Result<Opinion, Rejection> {
    state
        .directory
        .in_use(EntryRef::Station(f.station), false)?;
    let topic = input::name("意见主题", &f.topic)?;
    let text = input::required_text("意见内容", &f.text)?;
    if f.received_on > ctx.business_date {
        return Err(InputRejection::InFuture {
            field: "收集日期"
        }
        .into());
    }
    Ok(Opinion {
        id,
        station: f.station,
        received_on: f.received_on,
        topic,
        text,
    })
}

/// A draft may be incomplete while written; it needs a title, a known lead
/// deputy, a known session (or recess) and a category in use. Retired
/// entries are refused unless the draft already had them. The negative
/// list confirmed is the one in force on the business date.
fn check_draft(
    state: &State,
    draft: Draft,
    old: Option<&Draft>,
    ctx: &Ctx,
) -> Result<Draft, Rejection> {
    let dir = &state.directory;
    let title = input::name("案由", &draft.title)?;
    dir.in_use(
        EntryRef::Deputy(draft.lead_deputy),
        old.is_some_and(|o| o.lead_deputy == draft.lead_deputy),
    )?;
    if let Some(session) = draft.session {
        dir.in_use(
            EntryRef::Session(session),
            old.is_some_and(|o| o.session == Some(session)),
        )?;
    }
    if draft.category.0.is_nil() {
        return Err(InputRejection::Missing { field: "类别" }.into());
    }
    if !dir.categories.contains_key(&draft.category) {
        return Err(DirectoryRejection::UnknownCategory.into());
    }
    dir.in_use(
        EntryRef::Category(draft.category),
        old.is_some_and(|o| o.category == draft.category),
    )?;
    let mut opinions = Vec::new();
    for o in draft.opinions {
        if !state.raising.opinions.contains_key(&o) {
            return Err(RaisingRejection::UnknownOpinion.into());
        }
        if !opinions.contains(&o) {
            opinions.push(o);
        }
    }
    let negative_confirmed = state
        .office
        .settings_on(ctx.business_date)
        .negative_list
        .iter()
        .filter(|n| draft.negative_confirmed.contains(&n.title))
        .map(|n| n.title.clone())
        .collect();
    Ok(Draft {
        title,
        basis: input::text("案据", &draft.basis)?,
        ask: input::text("建议", &draft.ask)?,
        measures: input::text("对策", &draft.measures)?,
        category: draft.category,
        kind: draft.kind,
        session: draft.session,
        lead_deputy: draft.lead_deputy,
        by_delegation: draft.by_delegation,
        opinions,
        negative_confirmed,
    })
}
