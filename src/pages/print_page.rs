//! `PrintPage`: the accepted suggestion as an A4 代表建议书 — number, lead
//! deputy, co-signers (and the proposers of items merged into it, along a
//! chain, their leads marked), the four
//! elements, and the review trail — for the browser's print dialog.

use jianyi_core::SuggestionId;
use jianyi_core::review::ProposerRole;
use leptos::prelude::*;

use crate::router::Route;
use crate::state::use_app_state;

/// The printable 代表建议书 of one suggestion.
#[component]
pub fn PrintPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let Some(id) = id.parse::<SuggestionId>().ok().filter(|id| {
        app.domain
            .with_untracked(|s| s.raising.suggestions.contains_key(id))
    }) else {
        return view! {
            <section class="page"><h1>"没有这件建议"</h1><p><a href=Route::Suggestions.href()>"返回建议列表"</a></p></section>
        }
        .into_any();
    };
    let doc = move || {
        app.domain.with(|s| {
            let x = &s.raising.suggestions[&id];
            let lead = s.directory.deputies.get(&x.draft.lead_deputy);
            let lead_line = lead.map_or(String::new(), |d| {
                format!("{}（{}）", d.name, s.delegation_name(d.delegation))
            });
            // Every proposer along a chain of merges, each once; the leads of
            // merged items are marked as such.
            let proposers: Vec<String> = s
                .proposers_marked(x)
                .into_iter()
                .filter(|(_, role)| *role != ProposerRole::Lead)
                .map(|(d, role)| match role {
                    ProposerRole::MergedLead => {
                        format!("{}（{}）", s.deputy_name(d), role.label())
                    }
                    ProposerRole::Lead | ProposerRole::CoSigner => s.deputy_name(d).to_string(),
                })
                .collect();
            let trail: Vec<(String, &'static str, String, String)> = s
                .review_file(id)
                .map_or(&[][..], |f| &f.trail[..])
                .iter()
                .map(|t| {
                    (
                        jianyi_core::dates::ymd(t.on),
                        t.step.label(),
                        t.action.label().to_string(),
                        t.comment.clone(),
                    )
                })
                .collect();
            (
                s.office
                    .profile
                    .as_ref()
                    .map_or(String::new(), |o| o.region.clone()),
                s.session_name(x.draft.session).to_string(),
                s.number_label(x),
                x.draft.clone(),
                lead_line,
                proposers,
                trail,
                s.stage(id).describe(),
                s.category_name(x.draft.category).to_string(),
            )
        })
    };
    view! {
        <section class="page print-doc">
            <div class="no-print actions">
                <button type="button" class="primary" on:click=|_| { let _ = window().print(); }>"打印"</button>
                <a class="button" href=Route::Suggestion(id.to_string()).href()>"返回"</a>
            </div>
            {move || {
                let (region, session, number, d, lead, proposers, trail, stage, category) = doc();
                view! {
                    <h1 class="doc-title">{format!("{region}人大代表建议书")}</h1>
                    <table class="doc-head">
                        <tbody>
                            <tr><th scope="row">"案号"</th><td>{number.unwrap_or_else(|| format!("（未编号：{stage}）"))}</td>
                                <th scope="row">"类别"</th><td>{category}</td></tr>
                            <tr><th scope="row">"会次"</th><td colspan="3">{session}</td></tr>
                            <tr><th scope="row">"领衔代表"</th><td colspan="3">{lead}</td></tr>
                            <tr><th scope="row">"联名代表"</th><td colspan="3">{if proposers.is_empty() { "无".to_string() } else { proposers.join("、") }}</td></tr>
                            <tr><th scope="row">"案由"</th><td colspan="3">{d.title.clone()}</td></tr>
                        </tbody>
                    </table>
                    <h2>"案据"</h2><p class="doc-text">{d.basis.clone()}</p>
                    <h2>"建议"</h2><p class="doc-text">{d.ask.clone()}</p>
                    <h2>"对策"</h2><p class="doc-text">{d.measures.clone()}</p>
                    <h2>"审查记录"</h2>
                    <table class="data">
                        <thead><tr><th scope="col">"日期"</th><th scope="col">"环节"</th><th scope="col">"结果"</th><th scope="col">"意见"</th></tr></thead>
                        <tbody>{trail.into_iter().map(|(dt, step, action, comment)| view! {
                            <tr><td class="date">{dt}</td><td>{step}</td><td>{action}</td><td>{comment}</td></tr>
                        }).collect_view()}</tbody>
                    </table>
                }
            }}
        </section>
    }
    .into_any()
}
