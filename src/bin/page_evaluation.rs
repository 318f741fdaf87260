//! The evaluation page (评议): the lead deputies' satisfaction surveys of
//! the handling (满意度测评), the tasks a survey below the threshold sets
//! in motion, and the survey form. Its own page, so the pages it does not
//! concern carry none of it.

use jianyi::pages::{SurveyPage, SurveysPage};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::evaluation;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Evaluation,
        Deciders {
            evaluation: evaluation::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Surveys => view! { <SurveysPage/> }.into_any(),
            Route::SurveyOn(id) => view! { <SurveyPage id/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
