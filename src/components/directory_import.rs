//! `DirectoryImport`: a directory's template download, file choice, and the
//! preview that shows every problem by row and column before anything is
//! stored; accepting stores all rows in one transaction, or none.

use jianyi_core::directory::import::{self, Directory, Preview};
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::platform;
use crate::state::use_app_state;

/// The import panel of one directory.
#[component]
pub fn DirectoryImport(directory: Directory) -> impl IntoView {
    let app = use_app_state();
    let preview = RwSignal::new(None::<Preview>);
    let file_error = RwSignal::new(None::<String>);
    let file_name = RwSignal::new(String::new());
    let input_id = format!("import-{}", directory.code());

    let download = move |_| {
        let name = format!("{}导入模板.csv", directory.label());
        if let Err(e) = platform::download(
            &name,
            &jianyi_formats::csv::write(&[import::template_headers(directory)]),
            "text/csv;charset=utf-8",
        ) {
            file_error.set(Some(e));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        preview.set(None);
        file_error.set(None);
        let Some(file) = platform::chosen_file(&ev) else {
            return;
        };
        file_name.set(file.name());
        wasm_bindgen_futures::spawn_local(async move {
            let bytes = match platform::file_bytes(&file).await {
                Ok(b) => b,
                Err(e) => {
                    file_error.set(Some(e));
                    return;
                }
            };
            match platform::import_rows(&file.name(), bytes, "").await {
                Ok(rows) => preview.set(Some(
                    app.domain
                        .with_untracked(|s| import::preview(directory, s, &rows)),
                )),
                Err(e) => file_error.set(Some(e)),
            }
        });
    };
    let accept = Action::new_local(move |_: &()| async move {
        let Some((command, rows)) = preview
            .get_untracked()
            .and_then(|p| p.command().map(|c| (c, p.rows.len())))
        else {
            return Err("没有可导入的内容".to_string());
        };
        // One record per row; a row may make several events (a deputy's
        // phone is an event of its own).
        app.dispatch(command)
            .await
            .map(|_| rows)
            .map_err(|e| e.message_zh())
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = accept.value().get() {
            preview.set(None);
        }
    });

    let columns = directory.columns();
    let header = columns
        .iter()
        .map(|c| {
            if c.required {
                format!("{}（必填）", c.header)
            } else {
                c.header.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("、");

    view! {
        <details class="import">
            <summary>{format!("从文件导入{}（CSV 或 Excel .xlsx）", directory.label())}</summary>
            <p class="note">{format!("表头：{header}。CSV 可为 UTF-8 或 GBK 编码（Excel、WPS 另存的 CSV 均可）；.xls、.et 请先另存为 .xlsx。导入前会逐行检查，全部无误才能导入，且一次全部保存。")}</p>
            <div class="form inline">
                <button type="button" on:click=download>{format!("下载{}导入模板", directory.label())}</button>
                <div class="field">
                    <label for=input_id.clone()>"选择文件"</label>
                    <input id=input_id type="file" accept=".csv,.xlsx,.xls,.et,.txt" on:change=on_file disabled=app.read_only/>
                </div>
            </div>
            {move || file_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || accept.value().get().map(|r| match r {
                Ok(n) => view! { <Notice tone=Tone::Success>{format!("已导入 {n} 条记录")}</Notice> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{format!("导入失败，没有保存任何记录：{e}")}</Notice> }.into_any(),
            })}
            {move || preview.get().map(|p| {
                let errors: Vec<String> = p.errors().map(|e| e.message_zh()).collect();
                let clean = p.is_clean();
                let count = p.rows.len();
                view! {
                    <section class="preview" aria-label="导入预览">
                        <h3>{format!("导入预览：{}，共 {} 行", file_name.get_untracked(), count)}</h3>
                        {(!p.file_errors.is_empty()).then(|| view! {
                            <div class="notice notice-error" role="alert"><ul>{p.file_errors.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul></div>
                        })}
                        {(!p.ignored_columns.is_empty()).then(|| view! {
                            <Notice tone=Tone::Warning>{format!("以下列不属于模板，将被忽略：{}", p.ignored_columns.join("、"))}</Notice>
                        })}
                        {(!errors.is_empty()).then(|| view! {
                            <div class="notice notice-error" role="alert">
                                <p>{format!("发现 {} 处问题，请在文件中改正后重新选择文件：", errors.len())}</p>
                                <ul>{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                            </div>
                        })}
                        <table class="data">
                            <thead><tr>
                                <th scope="col">"行号"</th>
                                {columns.iter().map(|c| view! { <th scope="col">{c.header}</th> }).collect_view()}
                                <th scope="col">"检查结果"</th>
                            </tr></thead>
                            <tbody>
                                {p.rows.iter().map(|r| {
                                    let bad = !r.errors.is_empty();
                                    let result = if bad {
                                        r.errors.iter().map(|e| format!("{}：{}", e.column, e.message)).collect::<Vec<_>>().join("；")
                                    } else {
                                        "可导入".to_string()
                                    };
                                    view! {
                                        <tr class:row-error=bad>
                                            <td class="num">{r.line}</td>
                                            {r.values.iter().map(|v| view! { <td>{v.clone()}</td> }).collect_view()}
                                            <td>{result}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                        <div class="actions">
                            <button type="button" class="primary" disabled=move || !clean || accept.pending().get() || app.read_only
                                on:click=move |_| { accept.dispatch(()); }>
                                {format!("全部导入（{count} 条）")}
                            </button>
                            <button type="button" on:click=move |_| preview.set(None)>"取消"</button>
                        </div>
                    </section>
                }
            })}
        </details>
    }
}
