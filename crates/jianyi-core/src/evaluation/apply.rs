//! `apply` for evaluation: writes only `EvaluationSlice`.

use std::collections::BTreeMap;

use crate::evaluation::event::EvaluationEvent;
use crate::evaluation::{
    DepartmentReviewRecord, EvaluationSlice, Meeting, Report, ReviewConclusion, SelfCheck, Survey,
    Vote,
};
use crate::event::Event;
use crate::state::Conflict;

/// Folds an evaluation event in.
pub fn apply(
    slice: &mut EvaluationSlice,
    e: &EvaluationEvent,
    event: &Event,
) -> Result<(), Conflict> {
    let on = event.business_date;
    match e {
        EvaluationEvent::SurveyHeld {
            id,
            item,
            deputy,
            answers,
            basis,
            threshold,
            rectify_by,
            resurvey_of,
        } => {
            // Its tasks exist exactly when its rate is below its threshold.
            if crate::evaluation::survey_rate(answers, *basis).below(*threshold)
                != rectify_by.is_some()
            {
                return Err(Conflict::new(event, "测评结果与其满意率和标准不符"));
            }
            if let Some(p) = resurvey_of {
                let Some(prev) = slice.surveys.get_mut(p) else {
                    return Err(Conflict::new(event, "没有找到要重新测评的那次测评"));
                };
                if prev.resurveyed.is_some() {
                    return Err(Conflict::new(event, "这次测评已经重新测评过"));
                }
                if !prev
                    .done
                    .contains_key(&crate::evaluation::SurveyTask::Rectification)
                {
                    return Err(Conflict::new(event, "整改尚未完成，不能重新测评"));
                }
                prev.resurveyed = Some((*id, on));
            }
            slice.surveys.insert(
                *id,
                Survey {
                    id: *id,
                    item: *item,
                    deputy: *deputy,
                    on,
                    by: event.actor.shown(),
                    answers: answers.clone(),
                    basis: *basis,
                    threshold: *threshold,
                    rectify_by: *rectify_by,
                    resurvey_of: *resurvey_of,
                    resurveyed: None,
                    done: BTreeMap::new(),
                },
            );
        }
        EvaluationEvent::SurveyTaskDone {
            survey, task, note, ..
        } => {
            let Some(s) = slice.surveys.get_mut(survey) else {
                return Err(Conflict::new(event, "没有找到这次测评"));
            };
            if s.done.contains_key(task) {
                return Err(Conflict::new(event, "这项事项已经完成"));
            }
            s.done.insert(*task, (on, note.clone()));
        }
        EvaluationEvent::EvaluationReported {
            item,
            deputy,
            grade,
            text,
        } => {
            if slice.reports.contains_key(&(*item, *deputy)) {
                return Err(Conflict::new(event, "该领衔代表已经报告过对这件建议的评价"));
            }
            slice.reports.insert(
                (*item, *deputy),
                Report {
                    on,
                    by: event.actor.shown(),
                    grade: *grade,
                    text: text.clone(),
                },
            );
        }
        EvaluationEvent::SelfCheckReported {
            session,
            subject,
            text,
        } => {
            if slice
                .self_checks
                .iter()
                .any(|r| r.session == *session && r.subject == *subject)
            {
                return Err(Conflict::new(event, "这份自查报告已经登记"));
            }
            slice.self_checks.push(SelfCheck {
                on,
                by: event.actor.shown(),
                session: *session,
                subject: *subject,
                text: text.clone(),
            });
        }
        EvaluationEvent::MeetingHeld {
            id,
            title,
            weight,
            basis,
            threshold,
            rows,
            opinions,
            sent_back,
        } => {
            // Whoever made it: a known id is not overwritten, the ballots
            // are of one kind, each subject once, the weight a share.
            if slice.meetings.contains_key(id) {
                return Err(Conflict::new(event, "这次常委会测评已经登记"));
            }
            let kinds_differ = rows
                .iter()
                .flat_map(|r| [r.members.scored(), r.deputies.scored()])
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                > 1;
            let twice = rows
                .iter()
                .enumerate()
                .any(|(i, r)| rows[..i].iter().any(|x| x.subject == r.subject));
            if rows.is_empty() || kinds_differ || twice || *weight > 100 {
                return Err(Conflict::new(event, "测评结果不完整或前后不一致"));
            }
            slice.meetings.insert(
                *id,
                Meeting {
                    id: *id,
                    on,
                    by: event.actor.shown(),
                    title: title.clone(),
                    weight: *weight,
                    basis: *basis,
                    threshold: *threshold,
                    rows: rows.clone(),
                    opinions: opinions.clone(),
                    sent_back: sent_back.clone(),
                    done: BTreeMap::new(),
                },
            );
        }
        EvaluationEvent::OpinionDone {
            meeting,
            index,
            note,
        } => {
            let Some(m) = slice
                .meetings
                .get_mut(meeting)
                .filter(|m| (*index as usize) < m.opinions.len())
            else {
                return Err(Conflict::new(event, "没有找到这条审议意见"));
            };
            if m.done.contains_key(index) {
                return Err(Conflict::new(event, "这条审议意见已经落实"));
            }
            m.done.insert(*index, (on, note.clone()));
        }
        EvaluationEvent::VoteCounted {
            id,
            title,
            attendance,
            basis,
            rows,
            clerks,
        } => {
            if slice.votes.contains_key(id) {
                return Err(Conflict::new(event, "这次大会测评已经登记"));
            }
            // Counts never above attendance, whoever sent them; counted
            // twice by two clerks; each organ once.
            if rows.iter().any(|r| r.ballots.total() > *attendance) {
                return Err(Conflict::new(event, "票数超过到会人数"));
            }
            let twice = rows
                .iter()
                .enumerate()
                .any(|(i, r)| rows[..i].iter().any(|x| x.subject == r.subject));
            let clerks_ok = clerks.len() == 2
                && clerks.iter().all(|c| !c.trim().is_empty())
                && clerks[0].trim() != clerks[1].trim();
            if *attendance == 0 || rows.is_empty() || twice || !clerks_ok {
                return Err(Conflict::new(
                    event,
                    "计票记录不完整：须有到会人数、两位录入人员和各项票数",
                ));
            }
            slice.votes.insert(
                *id,
                Vote {
                    id: *id,
                    on,
                    by: event.actor.shown(),
                    title: title.clone(),
                    attendance: *attendance,
                    basis: *basis,
                    rows: rows.clone(),
                    clerks: clerks.clone(),
                },
            );
        }
        EvaluationEvent::DepartmentReviewDrawn {
            id,
            unit,
            since,
            items,
            rule,
            seed,
            algorithm,
            sample,
        } => {
            if slice.reviews.contains_key(id) {
                return Err(Conflict::new(event, "这次部门评议已经登记"));
            }
            // Anyone can draw the same sample again: of the size its rule
            // gives, from items each once; one the recorded seed does not
            // give is not applied.
            let unique = items
                .iter()
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                == items.len();
            let k = crate::evaluation::sample_size(items.len() as u32, rule) as usize;
            if !unique || sample.len() != k {
                return Err(Conflict::new(event, "抽样件数与评议规则不符"));
            }
            let redrawn: Vec<_> = crate::evaluation::draw(items.len(), k, *seed)
                .into_iter()
                .map(|i| items[i])
                .collect();
            if algorithm != crate::evaluation::SAMPLE_ALGORITHM || redrawn != *sample {
                return Err(Conflict::new(event, "抽样结果与记录的种子和算法不符"));
            }
            slice.reviews.insert(
                *id,
                DepartmentReviewRecord {
                    id: *id,
                    on,
                    by: event.actor.shown(),
                    unit: *unit,
                    since: *since,
                    items: items.clone(),
                    seed: *seed,
                    algorithm: algorithm.clone(),
                    sample: sample.clone(),
                    concluded: None,
                },
            );
        }
        EvaluationEvent::DepartmentReviewConcluded {
            id,
            phoned,
            findings,
            result,
        } => {
            let Some(r) = slice.reviews.get_mut(id) else {
                return Err(Conflict::new(event, "没有找到这次部门评议"));
            };
            if r.concluded.is_some() {
                return Err(Conflict::new(event, "这次部门评议已经形成结果"));
            }
            r.concluded = Some(ReviewConclusion {
                on,
                phoned: phoned.clone(),
                findings: findings.clone(),
                result: *result,
            });
        }
        // Not folded on a page that does not show evaluations.
        EvaluationEvent::Kept(_) => {}
    }
    Ok(())
}
