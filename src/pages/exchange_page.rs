//! `ExchangePage` (交换): this office's identity and fingerprint, export
//! (a whole backup, or a packet for a partner office), import with a
//! preview (new, already held, held back with reasons, by record; the
//! sender's fingerprint to compare when it is not yet known), the events
//! held back, and the history of packets in and out.

use jianyi_core::exchange::{OfficeCard, PacketScope, Preview, SenderStatus};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{Notice, Tone};
use crate::exchange::{self, HeldLine, Opened, PacketLine};
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
            <Import refresh/>
            <HeldEvents refresh/>
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
    let target = RwSignal::new(String::from("backup"));
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

/// Import: a file chosen or dropped, checked, previewed, then stored or
/// cancelled.
#[component]
fn Import(refresh: RwSignal<u32>) -> impl IntoView {
    let app = use_app_state();
    let opened = RwSignal::new(None::<Opened>);
    let holding = StoredValue::new_local(None::<exchange::Holding>);
    let confirm = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let reading = RwSignal::new(false);
    let take = move |file: web_sys::File| {
        opened.set(None);
        error.set(None);
        done.set(None);
        confirm.set(false);
        reading.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let result = async {
                let o = exchange::open(app, file).await?;
                let h = exchange::holding(app).await?;
                Ok::<_, String>((o, h))
            }
            .await;
            match result {
                Ok((o, h)) => {
                    holding.set_value(Some(h));
                    opened.set(Some(o));
                }
                Err(e) => error.set(Some(e)),
            }
            reading.set(false);
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take(file);
        }
    };
    let preview = Memo::new(move |_| {
        let o = opened.get()?;
        let c = confirm.get();
        app.domain
            .with(|s| holding.with_value(|h| h.as_ref().map(|h| exchange::preview(s, h, &o, c))))
    });
    let accept = Action::new_local(move |_: &()| async move {
        let (Some(o), Some(p)) = (opened.get_untracked(), preview.get_untracked()) else {
            return Err("没有可导入的交换包".to_string());
        };
        exchange::accept(app, &o, &p).await
    });
    Effect::new(move |_| match accept.value().get() {
        Some(Ok(imported)) => {
            opened.set(None);
            refresh.update(|n| *n += 1);
            done.set(Some(if imported.new == 0 && imported.held == 0 {
                format!(
                    "这个交换包的 {} 个事件本机都已有，没有新增。",
                    imported.already
                )
            } else {
                format!(
                    "已导入：新增 {} 个事件，{} 个本机已有，{} 个暂缓（见下方“暂缓的事件”）；保存并重新汇总用时 {} 秒。",
                    imported.new,
                    imported.already,
                    imported.held,
                    platform::decimals(imported.ms / 1000.0, 2)
                )
            }));
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    view! {
        <section aria-labelledby="import-h">
            <h2 id="import-h">"导入"</h2>
            <div class="dropzone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label for="packet-file">"选择交换包文件（也可把文件拖到此处）"</label>
                <input id="packet-file" type="file" accept=".json,application/json" on:change=on_file disabled=app.read_only/>
            </div>
            {move || reading.get().then(|| view! { <Notice tone=Tone::Info>"正在读取并核验签名……"</Notice> })}
            {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || done.get().map(|d| view! { <Notice tone=Tone::Success>{d}</Notice> })}
            {move || preview.get().map(|p| {
                let o = opened.get_untracked();
                view! {
                    <PreviewView preview=p opened=o confirm/>
                    <div class="actions">
                        <button type="button" on:click=move |_| { accept.dispatch(()); }
                            disabled=move || accept.pending().get() || preview.with(|p| p.as_ref().is_none_or(|p| p.refused.is_some()))>
                            "确认导入"
                        </button>
                        <button type="button" class="secondary" on:click=move |_| { opened.set(None); error.set(None); }>"取消"</button>
                    </div>
                }
            })}
        </section>
    }
}

/// The preview of one packet.
#[component]
fn PreviewView(preview: Preview, opened: Option<Opened>, confirm: RwSignal<bool>) -> impl IntoView {
    let sender = preview.sender.clone();
    let status = match sender.status {
        SenderStatus::Own => "本单位",
        SenderStatus::Known => "已确认的单位",
        SenderStatus::KeyMismatch => "密钥与已登记的不符",
        SenderStatus::Unknown => "尚未确认的单位",
    };
    let unknown = sender.status == SenderStatus::Unknown;
    let figures = opened.map(|o| {
        format!(
            "文件“{}”，{}；{} 个事件，核验签名用时 {} 秒（全部读取、核验、比对用时 {} 秒）。",
            o.file,
            platform::human_bytes(o.bytes as f64),
            o.verified.events.len(),
            platform::decimals(o.verified.verify_ms / 1000.0, 2),
            platform::decimals(o.ms / 1000.0, 2),
        )
    });
    let role = sender.card.role.label();
    view! {
        <div class="preview" role="region" aria-label="导入预览">
            <h3>"导入预览"</h3>
            <p>{figures}</p>
            <table class="data keyvalue">
                <tbody>
                    <tr><th scope="row">"发送单位"</th><td>{format!("{}（{}），{}", sender.card.name, role, status)}</td></tr>
                    <tr><th scope="row">"发送单位密钥指纹"</th><td class="fingerprint">{sender.fingerprint.clone()}</td></tr>
                    <tr><th scope="row">"内容"</th><td>{if preview.scope == PacketScope::Backup { "整库备份" } else { "交换包" }}</td></tr>
                    <tr><th scope="row">"制作时间"</th><td>{preview.made_at.replace('T', " ").trim_end_matches("+08:00").to_string()}</td></tr>
                </tbody>
            </table>
            {preview.refused.clone().map(|r| view! { <Notice tone=Tone::Error>{r}</Notice> })}
            {preview.addressed_elsewhere.then(|| view! { <Notice tone=Tone::Warning>"这个交换包是发给其他单位的；导入前请确认没有拿错文件。"</Notice> })}
            {preview.restore.then(|| view! { <Notice tone=Tone::Info>"本机还没有数据：将从备份恢复该单位的全部数据和密钥，本机作为该单位的一个新安装。"</Notice> })}
            {unknown.then(|| view! {
                <label class="check confirm-sender">
                    <input type="checkbox" prop:checked=move || confirm.get()
                        on:change=move |ev| confirm.set(event_target_checked(&ev))/>
                    {format!("已与对方电话核对上面的密钥指纹，确认其为{role}")}
                </label>
            })}
            <p class="counts">
                {format!("新增 {} 个事件；本机已有 {} 个；暂缓 {} 个", preview.new.len(), preview.already, preview.held.len())}
                {(!preview.conflicts.is_empty()).then(|| format!("；导入后有 {} 处冲突待人工处理", preview.conflicts.len()))}
            </p>
            {(!preview.groups.is_empty()).then(|| view! {
                <table class="data">
                    <caption>"按记录"</caption>
                    <thead><tr><th scope="col">"记录"</th><th scope="col">"新增"</th><th scope="col">"暂缓"</th><th scope="col">"暂缓原因"</th></tr></thead>
                    <tbody>
                        {preview.groups.iter().map(|g| view! {
                            <tr>
                                <td>{g.title.clone()}</td>
                                <td class="num">{g.new}</td>
                                <td class="num">{g.held}</td>
                                <td>{g.reasons.join("；")}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            {(!preview.conflicts.is_empty()).then(|| view! {
                <ul class="conflicts" aria-label="冲突">
                    {preview.conflicts.iter().map(|c| view! { <li>{c.reason.clone()}</li> }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// The events held back: kept, not applied, with the reason.
#[component]
fn HeldEvents(refresh: RwSignal<u32>) -> impl IntoView {
    let app = use_app_state();
    let lines = LocalResource::new(move || {
        refresh.track();
        exchange::held(app)
    });
    view! {
        <section aria-labelledby="held-h">
            <h2 id="held-h">"暂缓的事件"</h2>
            <p class="note">"以下事件随交换包到达，但未通过签名或权限核验：原样保留，不计入数据。确认相关单位后再次导入，可重新核验。"</p>
            {move || lines.get().map(|r| match r {
                Ok(lines) if lines.is_empty() => view! { <p>"没有暂缓的事件。"</p> }.into_any(),
                Ok(lines) => view! { <HeldTable lines/> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{e}</Notice> }.into_any(),
            })}
        </section>
    }
}

#[component]
fn HeldTable(lines: Vec<HeldLine>) -> impl IntoView {
    view! {
        <table class="data">
            <thead><tr><th scope="col">"事件"</th><th scope="col">"记录"</th><th scope="col">"原因"</th></tr></thead>
            <tbody>
                {lines.into_iter().map(|l| view! {
                    <tr><td>{l.label}</td><td>{l.title}</td><td>{l.reason}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The history of packets in and out, newest first.
#[component]
fn History(refresh: RwSignal<u32>) -> impl IntoView {
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
