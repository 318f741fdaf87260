//! `ImportPage` (导入): a packet or a whole backup chosen or dropped,
//! checked in the exchange worker, judged (`exchange::judge`) and shown as
//! a preview (new, already held, held back with reasons, by record; the
//! sender's fingerprint to compare when it is not yet known), stored when
//! the clerk accepts; the events held back by imports. Its own entry page,
//! so the judgement and the migrations of older events are not part of
//! the exchange page's first load.

use jianyi_core::exchange::{PacketScope, Preview, SenderStatus};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{Notice, Tone};
use crate::exchange::{self, HeldLine, Opened};
use crate::pages::exchange_page::History;
use crate::platform;
use crate::router::Route;
use crate::state::use_app_state;

/// The import page.
#[component]
pub fn ImportPage() -> impl IntoView {
    let refresh = RwSignal::new(0u32);
    view! {
        <section class="page exchange-page">
            <h1>"导入"</h1>
            <p class="note">"导入其他单位发来的交换包，或本单位的整库备份：先核对签名、预览将新增和暂缓的内容，确认后才保存。本单位以往的 Excel 台账请到"<a href=Route::Ledger.href()>"台账导入"</a>"。"<a href=Route::Exchange.href()>"返回交换"</a></p>
            <Import refresh/>
            <HeldEvents refresh/>
            <History refresh/>
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
    // Judged again only when the packet, the clerk's word or the state
    // changes, and then always new: comparing two previews would link the
    // equality of every event kind (6 KB) for nothing.
    let preview = Memo::new_with_compare(
        move |_| {
            let o = opened.get()?;
            let c = confirm.get();
            app.domain.with(|s| {
                holding.with_value(|h| h.as_ref().map(|h| exchange::preview(s, h, &o, c)))
            })
        },
        |_, _| true,
    );
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
