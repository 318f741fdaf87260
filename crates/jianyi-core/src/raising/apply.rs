//! `apply` for raising. A confirmation names the revision it read, so it
//! counts only while the text it read stands, in whatever order events
//! arrive; an edit before submission voids earlier confirmations, a
//! revision after a review's return keeps them and records the text before.

use crate::changes::Versioned;
use crate::directory::apply::set_private;
use crate::event::Event;
use crate::ids::SuggestionId;
use crate::raising::RaisingSlice;
use crate::raising::event::RaisingEvent;
use crate::raising::records::{CoSigner, Confirmation, Revision, Suggestion};
use crate::review::{ReviewSlice, Stage};
use crate::state::Conflict;

/// Folds a raising event into its slice; the review slice says where each
/// suggestion stands.
pub fn apply(
    slice: &mut RaisingSlice,
    review: &ReviewSlice,
    e: &RaisingEvent,
    event: &Event,
) -> Result<(), Conflict> {
    match e {
        RaisingEvent::OpinionRecorded { opinion } => {
            if slice.opinions.contains_key(&opinion.id) {
                return Err(Conflict::new(event, "记录已存在"));
            }
            slice
                .opinions
                .insert(opinion.id, Versioned::new(opinion.clone()));
            Ok(())
        }
        RaisingEvent::OpinionEdited { id, base, changes } => {
            let Some(o) = slice.opinions.get_mut(id) else {
                return Err(Conflict::new(event, "要修改的群众意见不存在"));
            };
            o.edit(*base, changes, event, |o| format!("群众意见“{}”", o.topic))
                .map(|_| ())
                .map_err(|c| Conflict::clash(event, *c))
        }
        RaisingEvent::OpinionContactSet { id, base, contact } => {
            let Some(o) = slice.opinions.get(id) else {
                return Err(Conflict::new(event, "群众意见不存在"));
            };
            let name = format!("群众意见“{}”", o.topic);
            let slot = slice
                .contacts
                .entry(*id)
                .or_insert_with(|| Versioned::new(String::new()));
            set_private(slot, *base, contact, event, name, "群众联系方式")
        }
        RaisingEvent::DraftCreated { id, draft } => {
            if slice.suggestions.contains_key(id) {
                return Err(Conflict::new(event, "记录已存在"));
            }
            slice.suggestions.insert(
                *id,
                Suggestion {
                    id: *id,
                    draft: draft.clone(),
                    created_on: event.business_date,
                    updated_on: event.business_date,
                    revision: 0,
                    cosigners: Vec::new(),
                    revisions: Vec::new(),
                    text_edits: Vec::new(),
                    versions: Default::default(),
                },
            );
            slice.link_opinions(*id, &[], &draft.opinions);
            Ok(())
        }
        RaisingEvent::DraftEdited { id, base, changes } => {
            let Some(s) = slice.suggestions.get_mut(id) else {
                return Err(Conflict::new(event, "要修改的建议不存在"));
            };
            let returned = match review.stage(*id) {
                Stage::Draft => false,
                Stage::Returned(_) => true,
                Stage::InReview(_) | Stage::Accepted | Stage::Merged(_) | Stage::NotAccepted => {
                    return Err(Conflict::new(event, "建议已提交审查，不能修改"));
                }
            };
            let changes = changes.clone().without_same(&s.draft);
            let fields = changes.fields();
            if let Some((field, mark)) = s.versions.changed_since(*base, &fields) {
                let (their_value, our_value) = changes.clash_values(&s.draft, field);
                return Err(Conflict::clash(
                    event,
                    crate::changes::Clash {
                        record: format!("建议“{}”", s.draft.title),
                        field: crate::raising::DraftChanges::label(field),
                        theirs: mark.by.clone(),
                        their_version: mark.version,
                        their_value,
                        ours: crate::changes::Source::of(event),
                        our_value,
                    },
                ));
            }
            if fields.is_empty() {
                return Ok(());
            }
            let before = s.draft.clone();
            changes.apply_to(&mut s.draft);
            s.versions.record(&fields, event);
            s.revision += 1;
            s.updated_on = event.business_date;
            if returned {
                // A revision asked for by a review keeps the signatures;
                // each signer is shown what changed.
                s.revisions.push(Revision {
                    revision: s.revision,
                    on: event.business_date,
                    before: before.clone(),
                });
            } else if before.text_differs(&s.draft) {
                // An edit by the drafter voids the signatures given so far.
                s.text_edits.push((s.revision, event.business_date));
            }
            let new_links = s.draft.opinions.clone();
            slice.link_opinions(*id, &before.opinions, &new_links);
            Ok(())
        }
        RaisingEvent::CosignersNamed { id, deputies } => {
            let s = draft_mut(slice, review, id, event)?;
            for d in deputies {
                if !s.cosigners.iter().any(|c| c.deputy == *d) {
                    s.cosigners.push(CoSigner {
                        deputy: *d,
                        named_on: event.business_date,
                        confirmed: None,
                        seen_revision: None,
                    });
                }
            }
            Ok(())
        }
        RaisingEvent::CosignerRemoved { id, deputy } => {
            let s = draft_mut(slice, review, id, event)?;
            s.cosigners.retain(|c| c.deputy != *deputy);
            Ok(())
        }
        RaisingEvent::CosignConfirmed {
            id,
            deputy,
            how,
            revision,
        } => {
            let s = draft_mut(slice, review, id, event)?;
            let Some(c) = s.cosigners.iter_mut().find(|c| c.deputy == *deputy) else {
                return Err(Conflict::new(event, "不是联名代表"));
            };
            // The confirmation of the latest text read wins, whatever the
            // order of arrival.
            if c.confirmed.as_ref().is_none_or(|k| k.revision <= *revision) {
                c.confirmed = Some(Confirmation {
                    on: event.business_date,
                    how: *how,
                    revision: *revision,
                });
            }
            Ok(())
        }
        RaisingEvent::CosignWithdrawn { id, deputy } => {
            let Some(s) = slice.suggestions.get_mut(id) else {
                return Err(Conflict::new(event, "建议不存在"));
            };
            s.cosigners.retain(|c| c.deputy != *deputy);
            Ok(())
        }
        RaisingEvent::RevisionAcknowledged {
            id,
            deputy,
            revision,
        } => {
            let c = slice
                .suggestions
                .get_mut(id)
                .and_then(|s| s.cosigners.iter_mut().find(|c| c.deputy == *deputy));
            let Some(c) = c else {
                return Err(Conflict::new(event, "不是联名代表"));
            };
            if c.seen_revision.is_none_or(|r| r < *revision) {
                c.seen_revision = Some(*revision);
            }
            Ok(())
        }
    }
}

fn draft_mut<'a>(
    slice: &'a mut RaisingSlice,
    review: &ReviewSlice,
    id: &SuggestionId,
    event: &Event,
) -> Result<&'a mut Suggestion, Conflict> {
    match slice.suggestions.get_mut(id) {
        Some(s) if review.stage(*id) == Stage::Draft => Ok(s),
        Some(_) => Err(Conflict::new(event, "建议已提交，不再是草稿")),
        None => Err(Conflict::new(event, "建议不存在")),
    }
}
