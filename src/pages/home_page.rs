//! `HomePage`: on first run, the choice between setting up the office and
//! opening the demo county; afterwards, the office's figures, what the
//! chosen desk does and, but for 公众 and the demo, the backup reminder.

use jianyi_core::Desk;
use jianyi_core::review::{ReviewStep, Stage};
use leptos::prelude::*;

use crate::components::{BackupReminder, Notice, OfficeProfileForm, Tone};
use crate::demo::DemoOffice;
use crate::router::{Directory, Route, hash_href};
use crate::state::use_app_state;
use crate::{platform, prefs, text};

/// The landing view.
#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app_state();
    let first_run = move || app.domain.with(|s| s.event_count == 0) && !app.demo;
    move || {
        if first_run() {
            view! { <FirstRun/> }.into_any()
        } else {
            view! { <Overview/> }.into_any()
        }
    }
}

/// Nothing stored yet: set up the office, or look around the demo county.
#[component]
fn FirstRun() -> impl IntoView {
    let app = use_app_state();
    let refused = RwSignal::new(false);
    let open_demo = move |office: DemoOffice| {
        if prefs::open_demo(office) {
            platform::reload();
        } else {
            refused.set(true);
        }
    };
    view! {
        <section class="page">
            <h1>"欢迎使用建议通"</h1>
            <p class="lead">{text::PRODUCT_TAGLINE}"：从家站点收集的群众意见，到起草、联名、三级审查、交办、办理、答复、征询意见、督办和测评。"</p>
            <p class="note">{text::OFFLINE_NOTE}</p>
            <div class="choices">
                <div class="choice">
                    <h2>"先看看示范县"</h2>
                    <p>"载入一个虚构的“示范县”：2个会次、8个代表团、40名代表、35个承办单位、群众意见，以及100件处在起草、联名、审查、退回、并案、立案各环节的建议。示范数据与本单位数据分开保存，可随时退出或清除。"</p>
                    <button type="button" class="primary" disabled=app.read_only on:click=move |_| open_demo(DemoOffice::Committee)>"载入示范数据"</button>
                    <p class="note">"示范县分为两个单位，可在两个浏览器（或同一浏览器的两个用户）中分别打开、互相交换：县人大常委会代表工委（上面的按钮），和城关镇人大代表联络站（下面的按钮）。两边已互相信任，同一个月内打开即可导出、导入交换包。"</p>
                    <button type="button" disabled=app.read_only on:click=move |_| open_demo(DemoOffice::Station)>"载入示范联络站（城关镇）"</button>
                    {move || refused.get().then(|| view! {
                        <Notice tone=Tone::Error>"浏览器拒绝保存偏好设置（可能处于隐私模式），无法切换到示范数据。"</Notice>
                    })}
                </div>
                <div class="choice">
                    <h2>"设置本机单位"</h2>
                    <p>"填写本单位信息后即可录入名册和建议。"</p>
                    <OfficeProfileForm/>
                </div>
            </div>
        </section>
    }
}

fn desk_intro(desk: Desk) -> &'static str {
    match desk {
        Desk::Deputy => {
            "代表工作台：起草建议，查看自己领衔或联名的建议，对承办单位的答复表明满意与否（征询意见）。"
        }
        Desk::Delegation => "代表团/主席团工作台：会前对本团代表的建议进行初审。",
        Desk::Committee => "委室工作台：会中对包联代表团的建议进行再审，督办本领域建议。",
        Desk::MotionsGroup => "议案组工作台：对建议进行政策和法律方面的终审。",
        Desk::CommitteeOffice => "代表工委工作台：登记、审查、编号、交办、督办、测评、公开和统计。",
        Desk::Unit => "承办单位工作台：签收、办前沟通、办理和答复交办的建议。",
        Desk::Leader => "领导工作台：领办或督办重点建议。",
        Desk::Public => "公众：查看已公开的重点建议清单和答复。目前尚无已公开的内容。",
    }
}

/// What waits for a desk, each with the view that does it.
fn desk_work(desk: Desk, app: &crate::state::AppState) -> Vec<(String, String)> {
    app.domain.with(|s| {
        let count = |f: &dyn Fn(Stage) -> bool| {
            s.raising
                .suggestions
                .keys()
                .filter(|x| f(s.stage(**x)))
                .count()
        };
        let queue = |step: ReviewStep| {
            let n = count(&|st| st == Stage::InReview(step));
            (
                format!("待{}：{} 件", step.label(), n),
                hash_href(&["reviews"], &[("step", step.code())]),
            )
        };
        match desk {
            Desk::Deputy => vec![
                (
                    format!("草稿：{} 件", count(&|st| st == Stage::Draft)),
                    hash_href(&["suggestions"], &[("stage", "draft")]),
                ),
                (
                    format!(
                        "退回待修改：{} 件",
                        count(&|st| matches!(st, Stage::Returned(_)))
                    ),
                    hash_href(&["suggestions"], &[("stage", "returned")]),
                ),
                (
                    format!(
                        "待反馈的答复：{} 份",
                        jianyi_core::handling::awaiting_feedback(s).count()
                    ),
                    hash_href(&["feedback"], &[]),
                ),
            ],
            Desk::Delegation if s.settings().rules.township_mode => {
                vec![queue(ReviewStep::Presidium)]
            }
            Desk::Delegation => vec![queue(ReviewStep::Delegation)],
            Desk::Committee => vec![queue(ReviewStep::Committee)],
            Desk::MotionsGroup => vec![queue(ReviewStep::Final)],
            Desk::CommitteeOffice => vec![
                queue(ReviewStep::Recess),
                (
                    format!("已立案：{} 件", count(&|st| st == Stage::Accepted)),
                    hash_href(&["suggestions"], &[("stage", "accepted")]),
                ),
                (
                    format!(
                        "待反馈的答复：{} 份",
                        jianyi_core::handling::awaiting_feedback(s).count()
                    ),
                    hash_href(&["feedback"], &[]),
                ),
                (
                    format!(
                        "跟踪中的承诺事项：{} 项",
                        jianyi_core::handling::follow_ups(s)
                            .iter()
                            .filter(|f| f.realised.is_none())
                            .count()
                    ),
                    hash_href(&["followups"], &[]),
                ),
            ],
            Desk::Unit | Desk::Leader | Desk::Public => Vec::new(),
        }
    })
}

/// The office's figures and the desk's work.
#[component]
fn Overview() -> impl IntoView {
    let app = use_app_state();
    let figures = move || {
        app.domain.with(|s| {
            let count = |f: &dyn Fn(Stage) -> bool| {
                s.raising
                    .suggestions
                    .keys()
                    .filter(|x| f(s.stage(**x)))
                    .count()
            };
            let drafts = count(&|st| matches!(st, Stage::Draft | Stage::Returned(_)));
            let in_review = count(&|st| matches!(st, Stage::InReview(_)));
            let accepted = count(&|st| st == Stage::Accepted);
            vec![
                (
                    "会次",
                    s.directory.sessions.len(),
                    Route::Directory(Directory::Sessions),
                ),
                (
                    "代表团",
                    s.directory.delegations.len(),
                    Route::Directory(Directory::Delegations),
                ),
                (
                    "代表",
                    s.directory.deputies.len(),
                    Route::Directory(Directory::Deputies),
                ),
                (
                    "承办单位",
                    s.directory.units.len(),
                    Route::Directory(Directory::Units),
                ),
                ("草稿与退回修改", drafts, Route::Suggestions),
                ("审查中", in_review, Route::Reviews),
                ("已立案", accepted, Route::Suggestions),
            ]
        })
    };
    view! {
        <section class="page">
            <h1>{move || app.domain.with(|s| s.office.profile.as_ref().map(|o| o.name.clone())).unwrap_or_else(|| text::PRODUCT.into())}</h1>
            <p class="lead">{move || desk_intro(app.desk.get())}</p>
            {move || {
                let work = desk_work(app.desk.get(), &app);
                (!work.is_empty()).then(|| view! {
                    <ul class="desk-work" aria-label="待办">
                        {work.into_iter().map(|(text, href)| view! { <li><a href=href>{text}</a></li> }).collect_view()}
                    </ul>
                })
            }}
            {move || (app.desk.get() != Desk::Public).then(|| view! {
                <table class="data figures">
                    <caption>"本机数据概况"</caption>
                    <thead><tr>{figures().into_iter().map(|(label, _, _)| view! { <th scope="col">{label}</th> }).collect_view()}</tr></thead>
                    <tbody><tr>{figures().into_iter().map(|(_, n, route)| view! {
                        <td class="num"><a href=route.href()>{n}</a></td>
                    }).collect_view()}</tr></tbody>
                </table>
            })}
            {move || (app.desk.get() != Desk::Public && !app.demo).then(|| view! { <BackupReminder/> })}
            {move || app.domain.with(|s| s.office.profile.is_none()).then(|| view! {
                <Notice tone=Tone::Info>"尚未设置本机单位，请到“设置”中填写。"</Notice>
            })}
            <p class="note">{text::OFFLINE_NOTE}</p>
        </section>
    }
}
