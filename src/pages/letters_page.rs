//! `LettersPage`: a unit's reply on an item as its 答复函, one A4 letter
//! per proposer (merged items answered separately, each lead on the item
//! they raised): the document number at the top left, the item's number
//! and reply class at the top right, the deputy by name, the opening
//! sentence, the text, the unit, the date, the signer and the contact
//! person; every letter with the 征询意见表 attached, for the deputy who
//! answers on paper (the station or the committee office keys it in).

use jianyi_core::handling::letters;
use jianyi_core::{SuggestionId, UnitId};
use leptos::prelude::*;

use crate::router::Route;
use crate::state::use_app_state;

#[component]
pub fn LettersPage(id: String, unit: String) -> impl IntoView {
    let app = use_app_state();
    let (Ok(item), Ok(unit)) = (id.parse::<SuggestionId>(), unit.parse::<UnitId>()) else {
        return view! { <section class="page"><h1>"没有这份答复"</h1></section> }.into_any();
    };
    let doc = move || app.domain.with(|s| letters(s, item, unit));
    view! {
        <section class="page print-doc letters">
            <div class="no-print actions">
                <button type="button" class="primary" on:click=|_| { let _ = window().print(); }>"打印"</button>
                <a class="button" href=Route::Handle(item.to_string()).href()>"返回办理"</a>
            </div>
            {move || {
                let letters = doc();
                if letters.is_empty() {
                    return view! { <p class="empty">"该单位尚未答复这件建议。"</p> }.into_any();
                }
                letters.into_iter().map(|l| {
                    let number = l.item_number.clone().unwrap_or_default();
                    let form = {
                        let rows = ["沟通联系情况", "办理态度", "办理结果"];
                        view! {
                            <article class="sheet feedback-form" aria-label=format!("{}代表建议办理情况征询意见表", l.salutation.trim_end_matches("代表："))>
                                <h2 class="doc-title">"代表建议办理情况征询意见表"</h2>
                                <table class="doc-head">
                                    <tbody>
                                        <tr><th scope="row">"案号"</th><td>{number.clone()}</td><th scope="row">"答复类别"</th><td>{l.class.clone()}</td></tr>
                                        <tr><th scope="row">"案由"</th><td colspan="3">{l.title.clone()}</td></tr>
                                        <tr><th scope="row">{l.role.label()}</th><td>{l.salutation.trim_end_matches('：').to_string()}</td><th scope="row">"承办单位"</th><td>{l.unit.clone()}</td></tr>
                                    </tbody>
                                </table>
                                <table class="doc-head ratings">
                                    <thead><tr><th scope="col">"征询事项"</th><th scope="col">"满意"</th><th scope="col">"基本满意"</th><th scope="col">"不满意"</th></tr></thead>
                                    <tbody>{rows.into_iter().map(|r| view! {
                                        <tr><th scope="row">{r}</th><td>"□"</td><td>"□"</td><td>"□"</td></tr>
                                    }).collect_view()}</tbody>
                                </table>
                                <p class="write-in">"具体意见和建议："</p>
                                <p class="signature">"代表签名：　　　　　　　　日期：　　年　　月　　日"</p>
                                <p class="hint">{format!("请于{}前填写，交所在代表联络站或县人大常委会代表工委录入（不交承办单位）。对办理结果不满意的，请写明原因。", l.feedback_due)}</p>
                            </article>
                        }
                    };
                    view! {
                        <article class="sheet letter" aria-label=format!("致{}的答复函", l.salutation.trim_end_matches('：'))>
                            <div class="letter-head">
                                <span class="doc-number">{l.doc_number.clone()}</span>
                                <span class="letter-marks">
                                    <span>{format!("案号：{number}")}</span>
                                    <span>{format!("答复类别：{}", l.class)}</span>
                                </span>
                            </div>
                            <h2 class="doc-title">{format!("{}对{}的答复", l.unit, number)}</h2>
                            <p class="salutation">{l.salutation.clone()}</p>
                            <p class="doc-text">{l.opening.clone()}</p>
                            {l.body.split('\n').filter(|p| !p.trim().is_empty()).map(|p| view! { <p class="doc-text">{p.to_string()}</p> }).collect_view()}
                            <div class="letter-foot">
                                <p>{l.unit.clone()}</p>
                                <p>{l.date.clone()}</p>
                                <p>{format!("签发人：{}", l.signer)}</p>
                            </div>
                            <p class="contact">{l.contact.clone()}</p>
                        </article>
                        {form}
                    }
                }).collect_view().into_any()
            }}
        </section>
    }
    .into_any()
}
