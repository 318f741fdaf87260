//! `LedgerImport`: an office's existing ledger (台账, .xlsx or CSV) read
//! in the import worker (of a workbook, its 台账 sheet), its columns mapped
//! to ours (guessed, the clerk's choices remembered in localStorage), each
//! row checked (`ledger::preview`) and the items it would create checked
//! too (`ledger::import` on a copy), then stored in one transaction. Rows
//! the office holds already are listed and added nothing; the gaps in the
//! ledger's own numbers are listed, never filled.

use jianyi_core::ids::{CategoryId, IdSource};
use jianyi_core::ledger::{self, Field, LedgerPreview};
use jianyi_core::review::ReviewEvent;
use jianyi_core::{Ctx, Event, EventKind};
use leptos::prelude::*;

use crate::components::{DeskNotice, Notice, Tone};
use crate::{platform, prefs};

/// The rows of the preview table shown at most (every error is listed).
const SHOWN_ROWS: usize = 200;

/// A file read: its name and rows of text.
#[derive(Clone, Debug)]
struct Read {
    name: String,
    rows: Vec<Vec<String>>,
}

/// How many items `events` create.
fn items_in(events: &[Event]) -> usize {
    events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Review(ReviewEvent::Imported { .. })))
        .count()
}

/// The events of `read` under `mapping`, on a copy of the state: what
/// importing now would store, or why not.
fn checked(
    app: crate::state::AppState,
    read: &Read,
    head: usize,
    mapping: &[Option<Field>],
    category: Option<CategoryId>,
) -> (LedgerPreview, Result<Vec<Event>, ledger::ImportRefused>) {
    let engine = app.engine();
    app.domain.with(|s| {
        let p = ledger::preview(s, &read.rows, head, mapping);
        let ctx = Ctx {
            now_ms: platform::now_ms(),
            office: engine.installation(),
            actor: app.actor(),
            business_date: platform::china_today(),
            ids: IdSource::new(platform::random_u128()),
        };
        // A row that cannot be read holds the whole file back, as in the
        // directory import: nothing is imported around it.
        let made = if p.errors.is_empty() && p.file_errors.is_empty() {
            ledger::import(s, &read.name, &p.rows, category, &ctx)
        } else {
            Err(ledger::ImportRefused::default())
        };
        (p, made)
    })
}

/// The ledger import, on the import page.
#[component]
pub fn LedgerImport() -> impl IntoView {
    let app = crate::state::use_app_state();
    let read = RwSignal::new(None::<Read>);
    let head = RwSignal::new(0usize);
    let mapping = RwSignal::new(Vec::<Option<Field>>::new());
    let category = RwSignal::new(None::<CategoryId>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let reading = RwSignal::new(false);
    let guess = move |rows: &[Vec<String>], at: usize| {
        let headings = rows.get(at).cloned().unwrap_or_default();
        mapping.set(ledger::guess_mapping(&headings, &prefs::ledger_columns()));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = platform::chosen_file(&ev) else {
            return;
        };
        read.set(None);
        error.set(None);
        done.set(None);
        reading.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let rows = match platform::file_bytes(&file).await {
                Ok(bytes) => platform::import_rows(&file.name(), bytes, "台账").await,
                Err(e) => Err(e),
            };
            reading.set(false);
            match rows {
                Ok(rows) => {
                    let at = ledger::heading_row(&rows).unwrap_or(0);
                    head.set(at);
                    guess(&rows, at);
                    read.set(Some(Read {
                        name: file.name(),
                        rows,
                    }));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    // Checked again whenever the file, the mapping, the default category
    // or the state changes; never compared (a preview is new each time).
    let check = Memo::new_with_compare(
        move |_| {
            let r = read.get()?;
            let m = mapping.get();
            // The acting desk and operator are the import's actor.
            app.desk.track();
            app.operator.track();
            let (p, made) = checked(app, &r, head.get(), &m, category.get());
            Some((p, made.map(|events| items_in(&events))))
        },
        |_, _| true,
    );
    // Asked outside the preview, so that it keeps its focus while the
    // preview is checked again; only while a new row has no category.
    let needs_category = Memo::new(move |_| {
        check.with(|c| {
            c.as_ref().is_some_and(|(p, _)| {
                p.rows
                    .iter()
                    .any(|r| r.category.is_none() && !p.known.contains(&r.line))
            })
        })
    });
    let save = Action::new_local(move |_: &()| async move {
        let Some(r) = read.get_untracked() else {
            return Err("没有可导入的台账".to_string());
        };
        let (p, made) = checked(
            app,
            &r,
            head.get_untracked(),
            &mapping.get_untracked(),
            category.get_untracked(),
        );
        let events = made.map_err(|_| "台账有问题未改正，没有保存任何内容".to_string())?;
        let items = items_in(&events);
        if items > 0 {
            app.engine()
                .append_and_apply(events)
                .await
                .map_err(|e| e.message_zh())?;
        }
        Ok((r.name, items, p.known.len()))
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok((name, items, known))) => {
            read.set(None);
            error.set(None);
            done.set(Some(if items == 0 {
                format!("台账“{name}”中的 {known} 件建议本单位都已有，没有新增。")
            } else {
                format!(
                    "已从台账“{name}”导入 {items} 件建议；{known} 件本单位已有，未重复导入。各件的办理记录注明“台账导入”。"
                )
            }));
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let registering = move || {
        app.domain
            .with(|s| jianyi_core::office::registering_desk(s, platform::china_today()))
    };
    view! {
        <section aria-labelledby="ledger-h">
            <h2 id="ledger-h">"导入已有台账"</h2>
            <p class="note">"把本单位以往在 Excel 中登记的建议办理台账（.xlsx 或 CSV，UTF-8 或 GBK 编码）导入建议通：每行一件，按台账所载建立到相应阶段（立案、交办、答复及类别、满意度、办成），办理记录注明“台账导入”及文件名和日期。届次、类型和案号相同的建议本单位已有的不再导入，同一台账导入两次不会重复；台账自身缺少的案号只列出，不补。"</p>
            {move || match registering() {
                Some(desk) if desk != app.desk.get() => Some(view! { <DeskNotice what="台账由立案编号的机关导入" desk/> }.into_any()),
                None => Some(view! { <Notice tone=Tone::Warning>"只有立案编号的机关（代表工委，乡镇为人大主席团）可以导入台账。"</Notice> }.into_any()),
                Some(_) => None,
            }}
            <div class="field">
                <label for="ledger-file">"选择台账文件（工作簿中有名为“台账”的工作表时读取该表，否则读取第一个工作表）"</label>
                <input id="ledger-file" type="file" accept=".xlsx,.csv,.txt,.xls,.et" on:change=on_file disabled=move || app.read_only || reading.get()/>
            </div>
            {move || reading.get().then(|| view! { <Notice tone=Tone::Info>"正在读取台账……"</Notice> })}
            {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || done.get().map(|d| view! { <Notice tone=Tone::Success>{d}</Notice> })}
            {move || read.get().map(|r| view! {
                <Mapping read=r.clone() head mapping guess/>
                {move || needs_category.get().then(|| view! { <CategoryChoice category/> })}
                {move || check.get().map(|(p, made)| view! {
                    <LedgerPreviewView name=r.name.clone() preview=p made/>
                    <div class="actions">
                        <button type="button" class="primary"
                            disabled=move || app.read_only || save.pending().get()
                                || check.with(|c| !matches!(c, Some((_, Ok(n))) if *n > 0))
                            on:click=move |_| { save.dispatch(()); }>
                            {move || check.with(|c| match c {
                                Some((_, Ok(n))) => format!("导入 {n} 件"),
                                _ => "导入".to_string(),
                            })}
                        </button>
                        <button type="button" on:click=move |_| read.set(None)>"取消"</button>
                    </div>
                })}
            })}
        </section>
    }
}

/// The mapping step: which row holds the headings, and for each column
/// what it holds; a choice is remembered for the heading.
#[component]
fn Mapping(
    read: Read,
    head: RwSignal<usize>,
    mapping: RwSignal<Vec<Option<Field>>>,
    guess: impl Fn(&[Vec<String>], usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = crate::state::use_app_state();
    let rows = StoredValue::new(read.rows.clone());
    let lines = read.rows.len().min(10);
    view! {
        <section class="preview" aria-label="列的对应关系">
            <h3>{format!("台账“{}”：列的对应关系", read.name)}</h3>
            <div class="field">
                <label for="ledger-head">"表头所在行"</label>
                <select id="ledger-head" on:change=move |ev| {
                    let at = event_target_value(&ev).parse().unwrap_or(0);
                    head.set(at);
                    rows.with_value(|r| guess(r, at));
                }>
                    {(0..lines).map(|i| view! {
                        <option value=i.to_string() selected=move || head.get() == i>{format!("第{}行", i + 1)}</option>
                    }).collect_view()}
                </select>
            </div>
            <table class="data">
                <thead><tr><th scope="col">"台账的列"</th><th scope="col">"第一行数据"</th><th scope="col">"导入为"</th></tr></thead>
                <tbody>
                    {move || {
                        let at = head.get();
                        rows.with_value(|r| {
                            let headings = r.get(at).cloned().unwrap_or_default();
                            let sample = r.get(at + 1).cloned().unwrap_or_default();
                            headings.into_iter().enumerate().map(|(i, h)| {
                                let id = format!("ledger-col-{i}");
                                let heading = h.trim().to_string();
                                let shown = if heading.is_empty() { format!("（第{}列，无表头）", i + 1) } else { heading.clone() };
                                let choose = move |ev: leptos::ev::Event| {
                                    let v = event_target_value(&ev);
                                    let f = Field::from_label(&v);
                                    let mut given_up: Vec<usize> = Vec::new();
                                    mapping.update(|m| {
                                        if m.len() <= i {
                                            m.resize(i + 1, None);
                                        }
                                        // Each field once: another column holding it gives it up,
                                        // and is remembered so.
                                        if f.is_some() {
                                            for (j, x) in m.iter_mut().enumerate() {
                                                if *x == f && j != i {
                                                    *x = None;
                                                    given_up.push(j);
                                                }
                                            }
                                        }
                                        m[i] = f;
                                    });
                                    let mut kept = true;
                                    rows.with_value(|r| {
                                        for j in given_up.drain(..) {
                                            let h = r.get(head.get_untracked()).and_then(|h| h.get(j)).map_or("", |h| h.trim());
                                            if !h.is_empty() {
                                                kept &= prefs::remember_ledger_column(h, None);
                                            }
                                        }
                                    });
                                    if !heading.is_empty() {
                                        kept &= prefs::remember_ledger_column(&heading, f);
                                    }
                                    if !kept {
                                        app.pref_warning.set(Some(
                                            "浏览器拒绝保存台账各列的对应关系（可能处于隐私模式）：本次导入不受影响，下次导入需重新选择。".into(),
                                        ));
                                    }
                                };
                                view! {
                                    <tr>
                                        <td><label for=id.clone()>{shown}</label></td>
                                        <td>{sample.get(i).cloned().unwrap_or_default()}</td>
                                        <td>
                                            <select id=id on:change=choose>
                                                <option value="" selected=move || mapping.with(|m| m.get(i).copied().flatten().is_none())>"不导入"</option>
                                                {Field::ALL.into_iter().map(|f| view! {
                                                    <option value=f.label() selected=move || mapping.with(|m| m.get(i).copied().flatten() == Some(f))>
                                                        {if f.required() { format!("{}（必填）", f.label()) } else { f.label().to_string() }}
                                                    </option>
                                                }).collect_view()}
                                            </select>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()
                        })
                    }}
                </tbody>
            </table>
        </section>
    }
}

/// What the ledger holds and what importing it would do.
#[component]
fn LedgerPreviewView(
    name: String,
    preview: LedgerPreview,
    made: Result<usize, ledger::ImportRefused>,
) -> impl IntoView {
    let app = crate::state::use_app_state();
    let p = preview;
    let mut problems: Vec<String> = p.file_errors.clone();
    problems.extend(p.errors.iter().map(|e| e.message_zh()));
    let (new, refused) = match &made {
        Ok(n) => (*n, None),
        Err(r) => (0, Some(r.clone())),
    };
    if p.errors.is_empty()
        && p.file_errors.is_empty()
        && let Some(r) = &refused
    {
        problems.extend(r.file_errors.iter().cloned());
        problems.extend(r.errors.iter().map(|e| e.message_zh()));
    }
    let known = p.known.clone();
    let names = app.domain.with_untracked(|s| {
        p.rows
            .iter()
            .take(SHOWN_ROWS)
            .map(|r| {
                let deputy = r
                    .lead_deputy
                    .and_then(|d| s.directory.deputies.get(&d))
                    .map(|d| d.record.name.clone())
                    .unwrap_or_default();
                let units = r
                    .lead_units
                    .iter()
                    .filter_map(|(u, _)| s.directory.units.get(u))
                    .map(|u| u.record.name.clone())
                    .collect::<Vec<_>>()
                    .join("、");
                let status = if known.contains(&r.line) {
                    "本单位已有，不再导入"
                } else if r.replied_on.is_some() {
                    "已答复"
                } else if !r.lead_units.is_empty() {
                    "已交办"
                } else {
                    "已立案"
                };
                (
                    r.line,
                    jianyi_core::review::series_name(s, r.series()),
                    s.settings().format_number(r.number),
                    r.title.clone(),
                    deputy,
                    units,
                    r.classes.join("；"),
                    status,
                )
            })
            .collect::<Vec<_>>()
    });
    let rows = p.rows.len();
    view! {
        <section class="preview" aria-label="台账预览">
            <h3>{format!("导入预览：{name}")}</h3>
            <p class="counts">{format!(
                "可读的行 {rows} 行：将新增 {new} 件建议，{} 件本单位已有；有问题的 {} 处。",
                p.known.len(),
                problems.len()
            )}</p>
            {(!p.ignored.is_empty()).then(|| view! {
                <Notice tone=Tone::Info>{format!("以下列不导入：{}", p.ignored.join("、"))}</Notice>
            })}
            {(!p.gaps.is_empty()).then(|| view! {
                <div class="notice notice-warning" role="note">
                    <p>"案号有空缺（连同本单位已有的案号计算；只列出，不补；此后的编号接在该系列最大的案号之后）："</p>
                    <ul>{p.gaps.iter().map(|(series, missing, all)| {
                        let listed = missing.iter().map(|n| n.to_string()).collect::<Vec<_>>().join("、");
                        let more = if *all > missing.len() { format!("等，共 {all} 个") } else { format!("，共 {all} 个") };
                        view! { <li>{format!("{series}：缺第 {listed} 号{more}")}</li> }
                    }).collect_view()}</ul>
                </div>
            })}
            {(!problems.is_empty()).then(|| view! {
                <div class="notice notice-error" role="alert">
                    <p>{format!("发现 {} 处问题，请在台账中改正后重新选择文件（或调整上面的对应关系）：", problems.len())}</p>
                    <ul>{problems.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </div>
            })}
            <table class="data">
                <caption>{if rows > SHOWN_ROWS { format!("台账各行（显示前 {SHOWN_ROWS} 行，共 {rows} 行）") } else { "台账各行".to_string() }}</caption>
                <thead><tr>
                    <th scope="col">"行号"</th><th scope="col">"届次"</th><th scope="col">"案号"</th><th scope="col">"标题"</th>
                    <th scope="col">"领衔代表"</th><th scope="col">"主办单位"</th><th scope="col">"答复类别"</th><th scope="col">"导入为"</th>
                </tr></thead>
                <tbody>
                    {names.into_iter().map(|(line, series, number, title, deputy, units, classes, status)| view! {
                        <tr>
                            <td class="num">{line}</td><td>{series}</td><td>{number}</td><td>{title}</td>
                            <td>{deputy}</td><td>{units}</td><td>{classes}</td><td>{status}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// The category for rows that name none.
#[component]
fn CategoryChoice(category: RwSignal<Option<CategoryId>>) -> impl IntoView {
    let app = crate::state::use_app_state();
    let categories: Vec<(CategoryId, String)> = app.domain.with_untracked(|s| {
        s.directory
            .categories
            .iter()
            .filter(|(_, e)| !e.retired)
            .map(|(id, e)| (*id, e.record.name.clone()))
            .collect()
    });
    view! {
                <div class="field">
                    <label for="ledger-category">"未填类别的建议归入"</label>
                    <select id="ledger-category" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        category.set(categories.iter().find(|(id, _)| id.0.to_string() == v).map(|(id, _)| *id));
                    }>
                        <option value="" selected=move || category.get().is_none()>"（请选择）"</option>
                        {categories.iter().map(|(id, n)| {
                            let id = *id;
                            view! { <option value=id.0.to_string() selected=move || category.get() == Some(id)>{n.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
    }
}
