//! `decide` for evaluation. The committee office (a township presidium in
//! township mode) records evaluations (domain.md §6), in its own copy: the
//! lead deputy's satisfaction survey at its desk from the survey sheet, or
//! at the deputy desk with the lead deputy in person or on paper; a failed
//! survey's tasks at its desk, the unit's explanation and rectification
//! also at the unit's desk.

use crate::actor::{Desk, How};
use crate::calendar::deadline;
use crate::command::{Ctx, Rejection};
use crate::dates::zh;
use crate::evaluation::command::EvaluationCommand;
use crate::evaluation::event::{
    EvaluationEvent, GroupBallots, ItemNote, MeetingOpinion, Subject, SurveyAnswer, SurveyTask,
    VoteRow,
};
use crate::evaluation::rejection::EvaluationRejection;
use crate::evaluation::{
    SAMPLE_ALGORITHM, draw, review_items, review_since, sample_size, sent_back, sent_back_reason,
    survey_rate,
};
use crate::event::EventKind;
use crate::ids::{DeputyId, SuggestionId};
use crate::input;
use crate::office::registering_desk;
use crate::state::State;

/// Decides an evaluation command.
pub fn decide(
    state: &State,
    command: EvaluationCommand,
    ctx: &Ctx,
) -> Result<Vec<EventKind>, Rejection> {
    let on = ctx.business_date;
    let Some(office) = registering_desk(state, on) else {
        return Err(EvaluationRejection::NotTheRegisteringOffice.into());
    };
    let event = match command {
        EvaluationCommand::HoldSurvey {
            item,
            deputy,
            answers,
            resurvey_of,
        } => {
            leads_act(state, ctx, office, item, deputy)?;
            if answers.is_empty() {
                return Err(EvaluationRejection::NoAnswers.into());
            }
            let mut named: Vec<SurveyAnswer> = Vec::new();
            for (i, a) in answers.into_iter().enumerate() {
                let name = a.name.trim().to_string();
                if name.is_empty() {
                    return Err(EvaluationRejection::Unnamed { n: i + 1 }.into());
                }
                if named.iter().any(|x| x.name == name) {
                    return Err(EvaluationRejection::AnsweredTwice { name }.into());
                }
                named.push(SurveyAnswer {
                    name,
                    rating: a.rating,
                });
            }
            if let Some(prev) = resurvey_of {
                let p = state
                    .evaluation
                    .surveys
                    .get(&prev)
                    .ok_or(EvaluationRejection::UnknownSurvey)?;
                if p.item != item {
                    return Err(EvaluationRejection::OtherItem.into());
                }
                if !p.failed() {
                    return Err(EvaluationRejection::NoTasks.into());
                }
                if let Some((_, when)) = p.resurveyed {
                    return Err(EvaluationRejection::AlreadyResurveyed { on: zh(when) }.into());
                }
                let Some((rectified, _)) = p.done.get(&SurveyTask::Rectification) else {
                    return Err(EvaluationRejection::NotRectified.into());
                };
                if on < *rectified {
                    return Err(
                        EvaluationRejection::BeforeRectification { on: zh(*rectified) }.into(),
                    );
                }
            } else if let Some(open) = state
                .evaluation
                .surveys
                .values()
                .find(|x| x.item == item && x.failed() && x.resurveyed.is_none())
            {
                // A failed survey waits for its rectification and re-survey.
                return Err(EvaluationRejection::FailedOpen { on: zh(open.on) }.into());
            }
            let settings = state.office.settings_on(on);
            let (basis, threshold) = (
                settings.evaluation.satisfaction_basis,
                settings.evaluation.satisfaction_threshold_percent,
            );
            let rectify_by = survey_rate(&named, basis).below(threshold).then(|| {
                deadline(
                    &settings.calendar.holidays,
                    on,
                    settings.deadlines.rectification,
                    settings.calendar.counting,
                )
                .due
            });
            EvaluationEvent::SurveyHeld {
                id: ctx.ids.next(),
                item,
                deputy,
                answers: named,
                basis,
                threshold,
                rectify_by,
                resurvey_of,
            }
        }
        EvaluationCommand::CompleteSurveyTask { survey, task, note } => {
            let desk = ctx.actor.desk;
            let unit_may = desk == Desk::Unit && task != SurveyTask::Report;
            if desk != office && !unit_may {
                return Err(EvaluationRejection::WrongDesk {
                    asked: desk.label(),
                    desks: "代表工委（承办单位的说明和整改也可在承办单位工作台）",
                }
                .into());
            }
            let s = state
                .evaluation
                .surveys
                .get(&survey)
                .ok_or(EvaluationRejection::UnknownSurvey)?;
            if !s.failed() {
                return Err(EvaluationRejection::NoTasks.into());
            }
            if let Some((when, _)) = s.done.get(&task) {
                return Err(EvaluationRejection::TaskDone { on: zh(*when) }.into());
            }
            if on < s.on {
                return Err(EvaluationRejection::BeforeSurvey { on: zh(s.on) }.into());
            }
            EvaluationEvent::SurveyTaskDone {
                survey,
                item: s.item,
                task,
                note: input::required_text("完成情况", &note)?,
            }
        }
        EvaluationCommand::ReportEvaluation {
            item,
            deputy,
            grade,
            text,
        } => {
            leads_act(state, ctx, office, item, deputy)?;
            // The deputy's own words and grade: under the deputy's name,
            // given in person or from the deputy's paper, at either desk.
            let name = state.deputy_name(deputy).to_string();
            if ctx.actor.acting_for.as_deref().map(str::trim) != Some(name.as_str())
                || !matches!(ctx.actor.how, How::InPerson | How::PaperKeyedIn)
            {
                return Err(EvaluationRejection::ReportForAnother { deputy: name }.into());
            }
            if let Some(r) = state.evaluation.reports.get(&(item, deputy)) {
                return Err(EvaluationRejection::ReportedTwice { on: zh(r.on) }.into());
            }
            EvaluationEvent::EvaluationReported {
                item,
                deputy,
                grade,
                text: input::required_text("评价报告", &text)?,
            }
        }
        EvaluationCommand::ReportSelfCheck {
            session,
            subject,
            text,
        } => {
            at_office(ctx, office)?;
            if let Some(id) = session {
                state
                    .directory
                    .in_use(crate::directory::EntryRef::Session(id), true)?;
            }
            subject_in_use(state, subject)?;
            if let Some(r) = state
                .evaluation
                .self_checks
                .iter()
                .find(|r| r.session == session && r.subject == subject)
            {
                return Err(EvaluationRejection::ReportedTwice { on: zh(r.on) }.into());
            }
            EvaluationEvent::SelfCheckReported {
                session,
                subject,
                text: input::required_text("自查报告", &text)?,
            }
        }
        EvaluationCommand::HoldMeeting {
            title,
            rows,
            opinions,
        } => {
            at_office(ctx, office)?;
            let settings = &state.office.settings_on(on).evaluation;
            if rows.is_empty() {
                return Err(EvaluationRejection::NoRows.into());
            }
            for (i, r) in rows.iter().enumerate() {
                subject_in_use(state, r.subject)?;
                let name = crate::evaluation::subject_name(state, r.subject);
                if rows[..i].iter().any(|x| x.subject == r.subject) {
                    return Err(EvaluationRejection::SubjectTwice { name }.into());
                }
                for (group, g) in [("常委会组成人员", r.members), ("列席代表", r.deputies)]
                {
                    if g.scored() != settings.meeting_scores {
                        return Err(EvaluationRejection::WrongKind {
                            name,
                            scores: settings.meeting_scores,
                        }
                        .into());
                    }
                    if g.cast() == 0 {
                        return Err(EvaluationRejection::NothingCast { name, group }.into());
                    }
                    if let GroupBallots::Scores { sheets, total } = g
                        && u64::from(total) > 100 * u64::from(sheets)
                    {
                        return Err(EvaluationRejection::ScoreOver { name, group }.into());
                    }
                }
            }
            let mut checked = Vec::new();
            for (i, o) in opinions.into_iter().enumerate() {
                state
                    .directory
                    .in_use(crate::directory::EntryRef::Unit(o.unit), false)?;
                if o.due < on {
                    return Err(EvaluationRejection::DueBeforeMeeting { n: i + 1 }.into());
                }
                let text = o.text.trim().to_string();
                if text.is_empty() {
                    return Err(EvaluationRejection::OpinionEmpty { n: i + 1 }.into());
                }
                checked.push(MeetingOpinion { text, ..o });
            }
            let (weight, basis, threshold) = (
                settings.meeting_members_weight_percent,
                settings.satisfaction_basis,
                settings.meeting_threshold,
            );
            // A unit below the line: its items rated 不满意 go back to it
            // for second handling, in the same act.
            let title = input::required_text("会议名称", &title)?;
            let back = sent_back(state, &rows, weight, basis, threshold, on);
            let mut events: Vec<EventKind> = Vec::new();
            for x in &back {
                let reason =
                    sent_back_reason(state, &title, &rows, x.unit, weight, basis, threshold);
                if let Some(e) = crate::handling::sent_back_event(state, x.item, x.unit, reason, on)
                {
                    events.push(e.into());
                }
            }
            events.insert(
                0,
                EvaluationEvent::MeetingHeld {
                    id: ctx.ids.next(),
                    title,
                    weight,
                    basis,
                    threshold,
                    sent_back: back,
                    rows,
                    opinions: checked,
                }
                .into(),
            );
            return Ok(events);
        }
        EvaluationCommand::CompleteOpinion {
            meeting,
            index,
            note,
        } => {
            let desk = ctx.actor.desk;
            if desk != office && desk != Desk::Unit {
                return Err(EvaluationRejection::WrongDesk {
                    asked: desk.label(),
                    desks: "代表工委或承办单位",
                }
                .into());
            }
            let m = state
                .evaluation
                .meetings
                .get(&meeting)
                .filter(|m| (index as usize) < m.opinions.len())
                .ok_or(EvaluationRejection::UnknownOpinion)?;
            if let Some((when, _)) = m.done.get(&index) {
                return Err(EvaluationRejection::OpinionDone { on: zh(*when) }.into());
            }
            if on < m.on {
                return Err(EvaluationRejection::BeforeMeeting { on: zh(m.on) }.into());
            }
            EvaluationEvent::OpinionDone {
                meeting,
                index,
                note: input::required_text("落实情况", &note)?,
            }
        }
        EvaluationCommand::CountVote {
            title,
            attendance,
            first,
            second,
            clerks,
        } => {
            at_office(ctx, office)?;
            if attendance == 0 {
                return Err(EvaluationRejection::NoAttendance.into());
            }
            let clerks: Vec<String> = clerks.iter().map(|c| c.trim().to_string()).collect();
            if clerks.len() != 2 || clerks.iter().any(String::is_empty) || clerks[0] == clerks[1] {
                return Err(EvaluationRejection::TwoClerks.into());
            }
            if first.is_empty() {
                return Err(EvaluationRejection::NoRows.into());
            }
            if let Some(what) = entries_differ(state, &first, &second) {
                return Err(EvaluationRejection::EntriesDiffer { what }.into());
            }
            for (i, r) in first.iter().enumerate() {
                subject_in_use(state, r.subject)?;
                let name = crate::evaluation::subject_name(state, r.subject);
                if first[..i].iter().any(|x| x.subject == r.subject) {
                    return Err(EvaluationRejection::SubjectTwice { name }.into());
                }
                let cast = r.ballots.total();
                if cast == 0 {
                    return Err(EvaluationRejection::NoBallots { name }.into());
                }
                if cast > attendance {
                    return Err(EvaluationRejection::OverAttendance {
                        name,
                        cast,
                        attendance,
                    }
                    .into());
                }
            }
            EvaluationEvent::VoteCounted {
                id: ctx.ids.next(),
                title: input::required_text("测评名称", &title)?,
                attendance,
                basis: state.office.settings_on(on).evaluation.satisfaction_basis,
                rows: first,
                clerks,
            }
        }
        EvaluationCommand::DrawDepartmentReview { unit } => {
            at_office(ctx, office)?;
            state
                .directory
                .in_use(crate::directory::EntryRef::Unit(unit), true)?;
            if let Some(open) = state
                .evaluation
                .reviews
                .values()
                .find(|r| r.unit == unit && r.concluded.is_none())
            {
                return Err(EvaluationRejection::ReviewOpen { on: zh(open.on) }.into());
            }
            // The office's id generator (random in the browser) gives the
            // seed: no clerk picks it, and it is recorded for the check.
            let seed = ctx.ids.next_uuid().as_u64_pair().1;
            let rule = state
                .office
                .settings_on(on)
                .evaluation
                .department_review
                .clone();
            let since = review_since(on, rule.years);
            let items = review_items(state, unit, since, on);
            if items.is_empty() {
                return Err(EvaluationRejection::NoItemsToReview { since: zh(since) }.into());
            }
            let k = sample_size(items.len() as u32, &rule) as usize;
            let sample = draw(items.len(), k, seed)
                .into_iter()
                .map(|i| items[i])
                .collect();
            EvaluationEvent::DepartmentReviewDrawn {
                id: ctx.ids.next(),
                unit,
                since,
                items,
                rule,
                seed,
                algorithm: SAMPLE_ALGORITHM.to_string(),
                sample,
            }
        }
        EvaluationCommand::ConcludeDepartmentReview {
            id,
            phoned,
            findings,
            result,
        } => {
            at_office(ctx, office)?;
            let r = state
                .evaluation
                .reviews
                .get(&id)
                .ok_or(EvaluationRejection::UnknownReview)?;
            if let Some(c) = &r.concluded {
                return Err(EvaluationRejection::ReviewConcluded { on: zh(c.on) }.into());
            }
            if on < r.on {
                return Err(EvaluationRejection::BeforeDraw { on: zh(r.on) }.into());
            }
            let phoned = notes_for(state, &r.items, phoned, "电话回访记录")?;
            let findings = notes_for(state, &r.sample, findings, "实地检查情况")?;
            EvaluationEvent::DepartmentReviewConcluded {
                id,
                phoned,
                findings,
                result,
            }
        }
    };
    Ok(vec![event.into()])
}

/// A lead deputy's own act on an item (a survey, an evaluation report):
/// at the deputy desk in person or from paper, or keyed in at the
/// registering office's desk; the deputy a lead of the item, replied, and
/// dated after the reply.
fn leads_act(
    state: &State,
    ctx: &Ctx,
    office: Desk,
    item: SuggestionId,
    deputy: DeputyId,
) -> Result<(), Rejection> {
    let on = ctx.business_date;
    match ctx.actor.desk {
        Desk::Deputy => match ctx.actor.how {
            How::InPerson | How::PaperKeyedIn => {}
            How::Operator | How::Packet | How::Ledger => {
                return Err(EvaluationRejection::NotPersonal.into());
            }
        },
        desk if desk == office => {}
        desk => {
            return Err(EvaluationRejection::WrongDesk {
                asked: desk.label(),
                desks: "领衔代表（代表工作台）或代表工委",
            }
            .into());
        }
    }
    crate::raising::decide::suggestion(state, item)?;
    if !crate::handling::lead_deputies(state, item).contains(&deputy) {
        return Err(EvaluationRejection::NotALead {
            deputy: state.deputy_name(deputy).to_string(),
        }
        .into());
    }
    let Some(replied) = crate::handling::facts(state, item, on).and_then(|f| f.replied) else {
        return Err(EvaluationRejection::NotReplied.into());
    };
    if on < replied {
        return Err(EvaluationRejection::BeforeReply { on: zh(replied) }.into());
    }
    Ok(())
}

/// The registering office's own act, at its desk.
fn at_office(ctx: &Ctx, office: Desk) -> Result<(), Rejection> {
    if ctx.actor.desk == office {
        Ok(())
    } else {
        Err(EvaluationRejection::WrongDesk {
            asked: ctx.actor.desk.label(),
            desks: office.label(),
        }
        .into())
    }
}

/// A unit in the directory (an organ always is).
fn subject_in_use(state: &State, subject: Subject) -> Result<(), Rejection> {
    if let Subject::Unit(u) = subject {
        state
            .directory
            .in_use(crate::directory::EntryRef::Unit(u), true)?;
    }
    Ok(())
}

/// Where the second entry of a vote differs from the first, said as a
/// clerk checks it (None: the same).
fn entries_differ(state: &State, first: &[VoteRow], second: &[VoteRow]) -> Option<String> {
    for (i, r) in second.iter().enumerate() {
        if second[..i].iter().any(|x| x.subject == r.subject) {
            return Some(format!(
                "第二遍“{}”填写了两次",
                crate::evaluation::subject_name(state, r.subject)
            ));
        }
    }
    for r in first {
        let name = crate::evaluation::subject_name(state, r.subject);
        let Some(s) = second.iter().find(|x| x.subject == r.subject) else {
            return Some(format!("第二遍没有“{name}”"));
        };
        let (a, b) = (r.ballots, s.ballots);
        for (what, x, y) in [
            ("满意", a.satisfied, b.satisfied),
            ("基本满意", a.basically, b.basically),
            ("不满意", a.dissatisfied, b.dissatisfied),
        ] {
            if x != y {
                return Some(format!("“{name}”的{what}票，第一遍{x}张、第二遍{y}张"));
            }
        }
    }
    second
        .iter()
        .find(|x| !first.iter().any(|r| r.subject == x.subject))
        .map(|x| {
            format!(
                "第一遍没有“{}”",
                crate::evaluation::subject_name(state, x.subject)
            )
        })
}

/// A note for each of `items` (and only those), trimmed, in their order.
fn notes_for(
    state: &State,
    items: &[SuggestionId],
    notes: Vec<ItemNote>,
    what: &'static str,
) -> Result<Vec<ItemNote>, Rejection> {
    if notes.iter().any(|n| !items.contains(&n.item)) {
        return Err(EvaluationRejection::NotInReview.into());
    }
    items
        .iter()
        .map(|item| {
            let note = notes
                .iter()
                .find(|n| n.item == *item)
                .map(|n| n.note.trim().to_string())
                .filter(|n| !n.is_empty());
            match note {
                Some(note) => Ok(ItemNote { item: *item, note }),
                None => Err(EvaluationRejection::Missing {
                    item: state
                        .raising
                        .suggestions
                        .get(item)
                        .map(|s| {
                            let n = state.number_label(s).unwrap_or_default();
                            format!("{n} {}", s.draft.title)
                        })
                        .unwrap_or_default(),
                    what,
                }
                .into()),
            }
        })
        .collect()
}
