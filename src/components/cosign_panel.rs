//! `CosignPanel`: the co-signers of a draft. The lead deputy names them;
//! each confirms "已阅知内容" in person at this PC or from a paper signature
//! keyed in; an edit by the drafter voids the signatures and says so.

use jianyi_core::raising::{RaisingCommand, Signature};
use jianyi_core::review::Stage;
use jianyi_core::{Actor, Command, DeputyId, How, SuggestionId};
use leptos::prelude::*;

use crate::components::{BusinessDateField, Notice, Tone, read_business_date, today_value};
use crate::state::use_app_state;

/// One co-signer's line; a line is redrawn only when it changed.
#[derive(Clone, PartialEq, Eq, Hash)]
struct CosignRow {
    deputy: DeputyId,
    name: String,
    delegation: String,
    status: String,
    confirmed: bool,
    voided: bool,
    unseen: bool,
}

/// Co-signers of one suggestion.
#[component]
pub fn CosignPanel(id: SuggestionId) -> impl IntoView {
    let app = use_app_state();
    let chosen = RwSignal::new(String::new());
    let date = today_value();
    let local_error = RwSignal::new(None::<String>);
    let act = Action::new_local(
        move |(cmd, acting_for, on): &(Command, Option<String>, chrono::NaiveDate)| {
            let (cmd, on) = (cmd.clone(), *on);
            let actor = Actor {
                acting_for: acting_for.clone(),
                how: match &cmd {
                    Command::Raising(RaisingCommand::ConfirmCosign { how, .. }) => *how,
                    _ => How::Operator,
                },
                ..app.actor()
            };
            async move { app.dispatch_as(cmd, actor, on).await.map(|_| ()) }
        },
    );
    // Every act here may be keyed in from paper: it carries the date on
    // the paper (today by default).
    let send = move |cmd: Command, acting_for: Option<String>| {
        local_error.set(None);
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                act.dispatch((cmd, acting_for, on));
            }
            Err(e) => local_error.set(Some(e)),
        }
    };
    let is_draft = move || app.domain.with(|s| s.stage(id) == Stage::Draft);
    let is_returned = move || {
        app.domain
            .with(|s| matches!(s.stage(id), Stage::Returned(_)))
    };
    let latest_revision = move || {
        app.domain.with(|s| {
            s.raising
                .suggestions
                .get(&id)
                .and_then(|x| x.revisions.last().map(|r| r.revision))
        })
    };
    // What the latest revision asked for by a review changed, element by
    // element, so every signer sees it.
    let changes = move || {
        app.domain.with(|s| {
            let Some(x) = s.raising.suggestions.get(&id) else {
                return Vec::new();
            };
            let Some(r) = x.revisions.last() else {
                return Vec::new();
            };
            let pairs = [
                ("案由", &r.before.title, &x.draft.title),
                ("案据", &r.before.basis, &x.draft.basis),
                ("建议", &r.before.ask, &x.draft.ask),
                ("对策", &r.before.measures, &x.draft.measures),
            ];
            pairs
                .into_iter()
                .filter(|(_, a, b)| a != b)
                .map(|(label, a, b)| (label, a.clone(), b.clone(), jianyi_core::dates::ymd(r.on)))
                .collect::<Vec<_>>()
        })
    };
    let rows = move || {
        app.domain.with(|s| {
            s.raising
                .suggestions
                .get(&id)
                .map(|x| {
                    x.listed_cosigners()
                        .map(|c| {
                            let unseen = x
                                .revisions
                                .last()
                                .is_some_and(|r| c.seen_revision.is_none_or(|v| v < r.revision));
                            let signature = x.signature(c);
                            let status = match &signature {
                                Signature::Confirmed(_) if unseen => {
                                    "已联名；审查退回后的修改待阅知".to_string()
                                }
                                Signature::Confirmed(k) => format!(
                                    "已确认阅知（{}，{}）",
                                    k.how.label(),
                                    jianyi_core::dates::ymd(k.on)
                                ),
                                Signature::Voided { on } => format!(
                                    "领衔代表于{}修改了内容，原签名失效，待重新确认",
                                    jianyi_core::dates::ymd(*on)
                                ),
                                Signature::Pending => "待确认".to_string(),
                            };
                            let delegation = s
                                .directory
                                .deputies
                                .get(&c.deputy)
                                .map(|d| s.delegation_name(d.delegation).to_string())
                                .unwrap_or_default();
                            CosignRow {
                                deputy: c.deputy,
                                name: s.deputy_name(c.deputy).to_string(),
                                delegation,
                                status,
                                confirmed: matches!(signature, Signature::Confirmed(_)),
                                voided: matches!(signature, Signature::Voided { .. }),
                                unseen,
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let candidates = move || {
        app.domain.with(|s| {
            let Some(x) = s.raising.suggestions.get(&id) else {
                return Vec::new();
            };
            s.directory
                .delegations_in_order()
                .map(|g| {
                    let people: Vec<(String, String)> = s
                        .directory
                        .deputies_of(g.id)
                        .into_iter()
                        .filter(|d| {
                            !d.retired
                                && d.id != x.draft.lead_deputy
                                && !x.cosigners.iter().any(|c| c.deputy == d.id)
                        })
                        .map(|d| (d.id.to_string(), d.name.clone()))
                        .collect();
                    (g.name.clone(), people)
                })
                .filter(|(_, p)| !p.is_empty())
                .collect::<Vec<_>>()
        })
    };
    let counts = move || {
        app.domain.with(|s| {
            s.raising.suggestions.get(&id).map(|x| {
                (
                    x.signers(),
                    x.listed_cosigners().count(),
                    s.settings().rules.key_candidate_min_deputies,
                    s.key_candidate(x),
                )
            })
        })
    };
    let name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Ok(d) = chosen.get_untracked().parse::<DeputyId>() {
            send(
                RaisingCommand::NameCosigners {
                    id,
                    deputies: vec![d],
                }
                .into(),
                None,
            );
            chosen.set(String::new());
        }
    };
    view! {
        <section class="cosign" aria-label="联名代表">
            <h2>"联名代表"</h2>
            {move || counts().map(|(signers, named, need, key)| view! {
                <p class="note">
                    {format!("已确认联名 {signers} 人（含领衔代表），邀请 {named} 人。{need} 人以上（含领衔代表）联名为重点建议候选。")}
                    {key.then(|| view! { <span class="mark key">"重点候选"</span> })}
                </p>
            })}
            <div class="form inline">
                <BusinessDateField id="c-date" value=date label="签名日期（据纸质签名录入时填签名日期）"/>
            </div>
            <table class="data">
                <thead><tr><th scope="col">"联名代表"</th><th scope="col">"代表团"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
                <tbody>
                    <For each=rows key=|r: &CosignRow| r.clone() let:row>{{
                        let CosignRow { deputy, name, delegation, status, confirmed, voided, unseen } = row;
                        let acting = Some(name.clone());
                        let acting2 = acting.clone();
                        view! {
                            <tr class:voided=voided>
                                <th scope="row">{name.clone()}</th>
                                <td>{delegation}</td>
                                <td>{status}</td>
                                <td class="ops">
                                    {(!confirmed).then(|| view! {
                                        <button type="button" class="link" aria-label=format!("{name}本人在场确认")
                                            disabled=move || act.pending().get() || app.read_only || !is_draft()
                                            on:click=move |_| { send(RaisingCommand::ConfirmCosign { id, deputy, how: How::InPerson }.into(), acting.clone()); }>
                                            "本人在场确认"
                                        </button>
                                        <button type="button" class="link" aria-label=format!("{name}据纸质签名录入")
                                            disabled=move || act.pending().get() || app.read_only || !is_draft()
                                            on:click=move |_| { send(RaisingCommand::ConfirmCosign { id, deputy, how: How::PaperKeyedIn }.into(), acting2.clone()); }>
                                            "据纸质签名录入"
                                        </button>
                                    })}
                                    {(unseen && latest_revision().is_some()).then(|| view! {
                                        <button type="button" class="link" aria-label=format!("{name}阅知修改")
                                            disabled=move || act.pending().get() || app.read_only
                                            on:click=move |_| { send(RaisingCommand::AcknowledgeRevision { id, deputy }.into(), None); }>
                                            "阅知修改"
                                        </button>
                                    })}
                                    {(confirmed && is_returned()).then(|| view! {
                                        <button type="button" class="link" aria-label=format!("{name}撤回联名")
                                            disabled=move || act.pending().get() || app.read_only
                                            on:click=move |_| { send(RaisingCommand::WithdrawCosign { id, deputy }.into(), None); }>
                                            "撤回联名"
                                        </button>
                                    })}
                                    <button type="button" class="link" aria-label=format!("取消{name}的联名") style:display=move || if is_draft() { "" } else { "none" }
                                        disabled=move || act.pending().get() || app.read_only || !is_draft()
                                        on:click=move |_| { send(RaisingCommand::RemoveCosigner { id, deputy }.into(), None); }>
                                        "取消"
                                    </button>
                                </td>
                            </tr>
                        }
                    }}</For>
                </tbody>
            </table>
            {move || {
                let list = changes();
                (!list.is_empty()).then(|| view! {
                    <div class="changes" role="region" aria-label="退回后的修改">
                        <h3>"审查退回后的修改（联名代表可阅知，或撤回联名）"</h3>
                        {list.into_iter().map(|(label, before, after, on)| view! {
                            <div class="change">
                                <strong>{format!("{label}（{on}修改）")}</strong>
                                <div class="before"><span class="visually-hidden">"修改前："</span>{before}</div>
                                <div class="after"><span class="visually-hidden">"修改后："</span>{after}</div>
                            </div>
                        }).collect_view()}
                    </div>
                })
            }}
            {move || is_draft().then(|| view! {
                <form class="form inline" on:submit=name aria-label="联名邀请">
                    <div class="field">
                        <label for="cosigner">"邀请联名代表"</label>
                        <select id="cosigner" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            <option value="" selected=move || chosen.get().is_empty()>"请选择"</option>
                            {move || candidates().into_iter().map(|(group, people)| view! {
                                <optgroup label=group>
                                    {people.into_iter().map(|(v, n)| view! { <option value=v>{n}</option> }).collect_view()}
                                </optgroup>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="submit" disabled=move || act.pending().get() || app.read_only>"邀请"</button>
                    </div>
                </form>
            })}
            {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || act.value().get().and_then(|r| r.err()).map(|e| view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> })}
        </section>
    }
}
