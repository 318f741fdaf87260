//! `ExchangePage` (交换): this office's identity and fingerprint, the
//! partners, export (a whole backup, or a packet for a partner office), and
//! the history of packets in and out. Import is its own page
//! (`ImportPage`, import.html), so neither carries the other's code.

use jianyi_core::exchange::OfficeCard;
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::exchange::{self, PacketLine};
use crate::platform;
use crate::router::Route;
use crate::state::use_app_state;

/// The exchange page.
#[component]
pub fn ExchangePage() -> impl IntoView {
    let refresh = RwSignal::new(0u32);
    view! {
        <section class="page exchange-page">
            <h1>"交换"</h1>
            <p class="note">"与其他单位之间用交换包（JSON 文件）传递数据：用 U 盘、电子邮件或即时通信发送。每个事件都带有制作单位的签名；导入前先预览，确认后才保存。"</p>
            <Identity/>
            <Partners refresh/>
            <Export refresh/>
            <p class="actions"><a class="button primary" href=Route::Import.href()>"导入交换包或整库备份"</a></p>
            <History refresh/>
        </section>
    }
}

/// This office's identity: made on first visit, its fingerprint in groups
/// a clerk reads over the phone.
#[component]
fn Identity() -> impl IntoView {
    let app = use_app_state();
    let error = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let make = move || {
        if app.read_only || working.get_untracked() {
            return;
        }
        working.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            error.set(exchange::ensure_identity(app).await.err());
            working.set(false);
        });
    };
    // Made on first use: opening this page with a profile and no identity.
    Effect::new(move |_| {
        let needed = app
            .domain
            .with(|s| s.office.profile.is_some() && s.exchange.own.is_none());
        if needed {
            make();
        }
    });
    let card = move || app.domain.with(jianyi_core::exchange::own_card);
    let installation = app.engine().installation();
    view! {
        <section aria-labelledby="identity-h">
            <h2 id="identity-h">"本单位身份"</h2>
            {move || match card() {
                Some(card) => {
                    let fingerprint = app.domain.with(|s| s.exchange.own.as_ref().map(|o| o.fingerprint.clone()).unwrap_or_default());
                    view! {
                        <table class="data keyvalue">
                            <tbody>
                                <tr><th scope="row">"单位"</th><td>{card.name.clone()}</td></tr>
                                <tr><th scope="row">"单位类型"</th><td>{card.role.label()}</td></tr>
                                <tr><th scope="row">"单位编号"</th><td class="mono">{card.id.to_string()}</td></tr>
                                <tr><th scope="row">"本机安装编号"</th><td class="mono">{installation.clone()}</td></tr>
                                <tr><th scope="row">"密钥指纹"</th><td class="fingerprint" aria-label="密钥指纹">{fingerprint}</td></tr>
                            </tbody>
                        </table>
                        <p class="note">"对方第一次导入本单位的交换包时，请在电话中逐组念出密钥指纹，供对方核对。"</p>
                    }.into_any()
                }
                None => view! {
                    <p>
                        {move || if working.get() { "正在生成本单位密钥……" } else { "本单位尚未生成密钥。" }}
                        " "<a href=Route::Settings.href()>"先在设置中填写本机单位"</a>
                    </p>
                }.into_any(),
            }}
            {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
        </section>
    }
}

/// The offices this one exchanges with: name, role, the entry it is bound
/// to, fingerprint, on what basis it is trusted, the last packets both
/// ways and how many events it said it holds.
#[component]
fn Partners(refresh: RwSignal<u32>) -> impl IntoView {
    let app = use_app_state();
    let lines = LocalResource::new(move || {
        refresh.track();
        // Again when an import trusts an office.
        app.domain.with(|s| s.exchange.known.len());
        exchange::partner_lines(app)
    });
    view! {
        <section aria-labelledby="partners-h">
            <h2 id="partners-h">"交换单位"</h2>
            {move || lines.get().map(|r| match r {
                Ok(lines) if lines.is_empty() => view! {
                    <p>"还没有信任的交换单位：导入对方的第一个交换包时，电话核对对方的密钥指纹后确认。"</p>
                }.into_any(),
                Ok(lines) => view! { <PartnersTable lines/> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{e}</Notice> }.into_any(),
            })}
        </section>
    }
}

#[component]
fn PartnersTable(lines: Vec<exchange::PartnerLine>) -> impl IntoView {
    let app = use_app_state();
    let packet = |l: Option<PacketLine>| {
        l.map_or_else(
            || "—".to_string(),
            |l| {
                format!(
                    "{}，{} 个事件",
                    platform::china_time_text(l.at_ms),
                    l.events
                )
            },
        )
    };
    view! {
        <table class="data" aria-label="交换单位">
            <thead><tr>
                <th scope="col">"单位"</th><th scope="col">"类型"</th><th scope="col">"对应名册"</th>
                <th scope="col">"密钥指纹"</th><th scope="col">"信任依据"</th>
                <th scope="col">"上次发出"</th><th scope="col">"上次收到"</th><th scope="col">"对方已有"</th>
            </tr></thead>
            <tbody>
                {lines.into_iter().map(|l| {
                    let card = l.heard.as_ref().and_then(|h| h.card.clone()).unwrap_or_else(|| l.card.clone());
                    let bound = app.domain.with_untracked(|s| {
                        let d = &s.directory;
                        card.unit.and_then(|u| d.units.get(&u).map(|e| e.name.clone()))
                            .or_else(|| card.station.and_then(|u| d.stations.get(&u).map(|e| e.name.clone())))
                            .or_else(|| card.delegation.and_then(|u| d.delegations.get(&u).map(|e| e.name.clone())))
                            .or_else(|| card.leader.filter(|l| d.leaders.contains_key(l)).map(|l| jianyi_core::supervision::leader_label(s, l)))
                            .unwrap_or_else(|| "—".into())
                    });
                    view! {
                        <tr>
                            <th scope="row">{l.card.name.clone()}</th>
                            <td>{l.card.role.label()}</td>
                            <td>{bound}</td>
                            <td class="fingerprint">{l.fingerprint.clone()}</td>
                            <td>{format!("{}（{}）", l.basis, jianyi_core::dates::ymd(l.trusted_on))}</td>
                            <td>{packet(l.last_out.clone())}</td>
                            <td>{packet(l.last_in.clone())}</td>
                            <td class="num">{l.heard.as_ref().map_or_else(|| "未知".to_string(), |h| format!("{} 个事件", h.holds.count()))}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <p class="note">"发给某单位的交换包只含对方类型可见、且对方上次来包时尚未持有的事件；未收到的包由下一个包补上。代表电话、群众联系方式只在整库备份中。"</p>
    }
}

/// Export: a whole backup, or a packet for a partner (or for no named
/// office).
#[component]
fn Export(refresh: RwSignal<u32>) -> impl IntoView {
    let app = use_app_state();
    // A partner named in the address (`?to=`, from a unit's 交办清单).
    let target = RwSignal::new(
        crate::router::use_router()
            .url()
            .param("to")
            .map_or_else(|| String::from("backup"), str::to_string),
    );
    let partners = move || app.domain.with(exchange::partners);
    let run = Action::new_local(move |_: &()| {
        let choice = target.get_untracked();
        let to: Option<OfficeCard> = app.domain.with_untracked(|s| {
            exchange::partners(s)
                .into_iter()
                .find(|c| c.id.to_string() == choice)
        });
        let backup = choice == "backup";
        async move {
            let out = exchange::export(app, to, backup).await;
            refresh.update(|n| *n += 1);
            out
        }
    });
    view! {
        <section aria-labelledby="export-h">
            <h2 id="export-h">"导出"</h2>
            <form class="form inline" aria-label="导出交换包" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                run.dispatch(());
            }>
                <div class="field">
                    <label for="export-target">"导出内容"</label>
                    <select id="export-target" on:change=move |ev| target.set(event_target_value(&ev))>
                        <option value="backup" selected=move || target.get() == "backup">"整库备份（含全部数据和本单位密钥）"</option>
                        <option value="anyone" selected=move || target.get() == "anyone">"交换包：不指定接收单位"</option>
                        {move || partners().into_iter().map(|c| {
                            let id = c.id.to_string();
                            let selected = { let id = id.clone(); move || target.get() == id };
                            view! { <option value=id selected=selected>{format!("交换包：发给{}（{}）", c.name, c.role.label())}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="actions">
                    <button type="submit" disabled=move || run.pending().get() || app.read_only>"导出"</button>
                </div>
            </form>
            {move || (target.get() == "backup").then(|| view! {
                <Notice tone=Tone::Warning>"整库备份含本单位的私钥和代表电话、群众联系方式：请妥善保管，不要发给其他单位。"</Notice>
            })}
            {move || run.pending().get().then(|| view! { <Notice tone=Tone::Info>"正在签名并导出……"</Notice> })}
            {move || run.value().get().map(|r| match r {
                Ok(out) => view! {
                    <Notice tone=Tone::Success>{format!(
                        "已导出“{}”：{} 个事件，{}，用时 {} 秒。",
                        out.file_name, out.events, platform::human_bytes(out.bytes as f64), platform::decimals(out.ms / 1000.0, 1)
                    )}</Notice>
                }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{e}</Notice> }.into_any(),
            })}
        </section>
    }
}

/// The history of packets in and out, newest first.
#[component]
pub fn History(refresh: RwSignal<u32>) -> impl IntoView {
    let app = use_app_state();
    let lines = LocalResource::new(move || {
        refresh.track();
        exchange::history(app)
    });
    view! {
        <section aria-labelledby="history-h">
            <h2 id="history-h">"交换记录"</h2>
            {move || lines.get().map(|r| match r {
                Ok(lines) if lines.is_empty() => view! { <p>"还没有导出或导入过交换包。"</p> }.into_any(),
                Ok(lines) => view! { <HistoryTable lines/> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{e}</Notice> }.into_any(),
            })}
        </section>
    }
}

#[component]
fn HistoryTable(lines: Vec<PacketLine>) -> impl IntoView {
    view! {
        <table class="data">
            <thead><tr>
                <th scope="col">"时间"</th><th scope="col">"方向"</th><th scope="col">"对方单位"</th>
                <th scope="col">"内容"</th><th scope="col">"事件"</th><th scope="col">"新增"</th><th scope="col">"暂缓"</th>
                <th scope="col">"大小"</th><th scope="col">"文件"</th>
            </tr></thead>
            <tbody>
                {lines.into_iter().map(|l| view! {
                    <tr>
                        <td>{platform::china_time_text(l.at_ms)}</td>
                        <td>{if l.direction == "in" { "导入" } else { "导出" }}</td>
                        <td>{if l.office.is_empty() { "—".to_string() } else { l.office }}</td>
                        <td>{if l.backup { "整库备份" } else { "交换包" }}</td>
                        <td class="num">{l.events}</td>
                        <td class="num">{if l.direction == "in" { l.new.to_string() } else { "—".into() }}</td>
                        <td class="num">{if l.direction == "in" { l.held.to_string() } else { "—".into() }}</td>
                        <td class="num">{platform::human_bytes(l.bytes as f64)}</td>
                        <td>{l.file}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
