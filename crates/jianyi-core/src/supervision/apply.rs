//! `apply` for supervision: writes only `SupervisionSlice`.

use crate::event::Event;
use crate::state::Conflict;
use crate::supervision::event::SupervisionEvent;
use crate::supervision::{
    Done, Group, KeyMark, Lifted, ManualWarning, Plan, Principle, Procuratorial, Referral,
    Responsibilities, SupervisionRecord, SupervisionSlice,
};

/// Folds a supervision event in.
pub fn apply(
    slice: &mut SupervisionSlice,
    e: &SupervisionEvent,
    event: &Event,
) -> Result<(), Conflict> {
    let on = event.business_date;
    match e {
        SupervisionEvent::PrincipleWritten { session, text } => {
            slice.principles.insert(
                *session,
                Principle {
                    text: text.clone(),
                    written_on: on,
                },
            );
        }
        SupervisionEvent::ResponsibilitiesSet {
            item,
            leading,
            supervising,
            following,
        } => {
            let o = slice.items.entry(*item).or_default();
            let before = [o.responsibilities.leading, o.responsibilities.supervising];
            for l in before.into_iter().flatten() {
                if Some(l) != *leading && Some(l) != *supervising {
                    o.former.push((l, on));
                }
            }
            o.responsibilities = Responsibilities {
                leading: *leading,
                supervising: *supervising,
                following: *following,
                set_on: Some(on),
            };
        }
        SupervisionEvent::KeyMarked { item, committee } => {
            let o = slice.items.entry(*item).or_default();
            if o.key.is_some() {
                return Err(Conflict::new(
                    event,
                    "这件建议已经是重点建议，重复的确定未生效",
                ));
            }
            o.key = Some(KeyMark {
                marked_on: on,
                committee: *committee,
            });
        }
        SupervisionEvent::KeyUnmarked { item, .. } => match slice.items.get_mut(item) {
            Some(o) if o.key.is_some() => o.key = None,
            _ => return Err(Conflict::new(event, "这件建议不是重点建议，取消未生效")),
        },
        SupervisionEvent::WarningRaised {
            item,
            reason,
            deputy,
        } => {
            slice
                .items
                .entry(*item)
                .or_default()
                .warnings
                .push(ManualWarning {
                    id: event.id,
                    raised_on: on,
                    raised_by: event.actor.shown(),
                    deputy: *deputy,
                    reason: reason.clone(),
                    lifted: None,
                });
        }
        SupervisionEvent::WarningLifted {
            item,
            warning,
            reason,
            ..
        } => {
            let w = slice
                .items
                .get_mut(item)
                .and_then(|o| o.warnings.iter_mut().find(|w| w.id == *warning));
            match w {
                Some(w) if w.lifted.is_none() => {
                    w.lifted = Some(Lifted {
                        on,
                        by: event.actor.shown(),
                        reason: reason.clone(),
                    });
                }
                // Lifted twice (two offices at once): the first stands.
                Some(_) => {
                    return Err(Conflict::new(
                        event,
                        "这条人工预警已经解除，重复的解除未生效",
                    ));
                }
                None => return Err(Conflict::new(event, "没有找到要解除的人工预警，解除未生效")),
            }
        }
        SupervisionEvent::Supervised { id, record } => {
            if slice.records.contains_key(id) {
                return Err(Conflict::new(
                    event,
                    "这条督办记录已经登记，重复的登记未生效",
                ));
            }
            slice.records.insert(
                *id,
                SupervisionRecord {
                    id: *id,
                    on,
                    by: event.actor.shown(),
                    fields: record.clone(),
                    done: vec![None; record.follow_ups.len()],
                },
            );
        }
        SupervisionEvent::ActivityPlanned { id, plan } => {
            if slice.plans.contains_key(id) {
                return Err(Conflict::new(
                    event,
                    "这项督办活动已经安排，重复的安排未生效",
                ));
            }
            slice.plans.insert(
                *id,
                Plan {
                    id: *id,
                    planned_on: on,
                    fields: plan.clone(),
                },
            );
        }
        SupervisionEvent::FollowUpDone {
            record,
            index,
            note,
            ..
        } => {
            let slot = slice
                .records
                .get_mut(record)
                .and_then(|r| r.done.get_mut(*index as usize));
            match slot {
                Some(slot @ None) => {
                    *slot = Some(Done {
                        on,
                        note: note.clone(),
                    });
                }
                // Done twice (two desks at once): the first stands.
                Some(Some(_)) => {
                    return Err(Conflict::new(
                        event,
                        "这项督办事项已经办结，重复的办结未生效",
                    ));
                }
                None => return Err(Conflict::new(event, "没有找到这项督办事项，办结未生效")),
            }
        }
        SupervisionEvent::Referred { item, what } => {
            if slice.referrals.contains_key(item) {
                return Err(Conflict::new(
                    event,
                    "这件建议已经移送检察机关，重复的移送未生效",
                ));
            }
            slice.referrals.insert(
                *item,
                Referral {
                    on,
                    what: what.clone(),
                    statuses: Vec::new(),
                },
            );
        }
        SupervisionEvent::ProcuratorialStatusRecorded { item, status } => {
            match slice.referrals.get_mut(item) {
                Some(r) => r.statuses.push((on, status.clone())),
                None => {
                    return Err(Conflict::new(
                        event,
                        "这件建议尚未移送检察机关，办理情况未生效",
                    ));
                }
            }
        }
        SupervisionEvent::ProcuratorialRegistered { id, fields } => {
            if slice.procuratorial.contains_key(id) {
                return Err(Conflict::new(
                    event,
                    "这件检察建议已经登记，重复的登记未生效",
                ));
            }
            slice.procuratorial.insert(
                *id,
                Procuratorial {
                    id: *id,
                    received: Some(on),
                    fields: fields.clone(),
                    items: Vec::new(),
                },
            );
        }
        SupervisionEvent::ProcuratorialLinked {
            source,
            fields,
            item,
        } => {
            let p = slice
                .procuratorial
                .entry(*source)
                .or_insert_with(|| Procuratorial {
                    id: *source,
                    received: None,
                    fields: fields.clone(),
                    items: Vec::new(),
                });
            if !p.items.contains(item) {
                p.items.push(*item);
            }
        }
        SupervisionEvent::GroupFormed { id, group } => {
            if slice.groups.contains_key(id) {
                return Err(Conflict::new(event, "这个督办组已经成立，重复的成立未生效"));
            }
            slice.groups.insert(
                *id,
                Group {
                    id: *id,
                    formed_on: on,
                    fields: group.clone(),
                },
            );
        }
    }
    Ok(())
}
