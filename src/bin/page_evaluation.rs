//! The evaluation page (评议): the lead deputies' satisfaction surveys of
//! the handling (满意度测评), the tasks a survey below the threshold sets
//! in motion, and the survey form. Its own page, so the pages it does not
//! concern carry none of it.

use jianyi::pages::{
    AppraisalsPage, DepartmentReviewPage, EvaluationReportsPage, MeetingPage, RankingPage,
    ScreenPage, SurveyPage, SurveysPage, VotePage,
};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::evaluation;
use leptos::prelude::*;

fn main() {
    // This page shows evaluations: their events are read and folded.
    jianyi_core::evaluation::event::read_evaluations_in_full();
    jianyi::app::start(
        Page::Evaluation,
        Deciders {
            evaluation: evaluation::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Surveys => view! { <SurveysPage/> }.into_any(),
            Route::SurveyOn(id) => view! { <SurveyPage id/> }.into_any(),
            Route::Appraisals => view! { <AppraisalsPage/> }.into_any(),
            Route::Meeting(id) => view! { <MeetingPage id/> }.into_any(),
            Route::Vote(id) => view! { <VotePage id/> }.into_any(),
            Route::DepartmentReview(id) => view! { <DepartmentReviewPage id/> }.into_any(),
            Route::Screen(kind, id) => view! { <ScreenPage kind id/> }.into_any(),
            Route::Ranking => view! { <RankingPage/> }.into_any(),
            Route::EvaluationReports => view! { <EvaluationReportsPage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
