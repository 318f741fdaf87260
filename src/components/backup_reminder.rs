//! `BackupReminder`: on 首页, how long ago this browser last exported a
//! whole backup, and a reminder with a link to the export once the
//! interval of 设置 › 交换 has passed (`backup::backup_reminder`). The
//! last backup is the newest "out" line of the packet history that is a
//! whole backup.

use jianyi_core::backup::backup_reminder;
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::exchange::{self, PacketLine};
use crate::platform;
use crate::router::Route;
use crate::state::use_app_state;

/// The China date of the newest whole backup exported here.
fn last_backup(lines: &[PacketLine]) -> Option<chrono::NaiveDate> {
    lines
        .iter()
        .filter(|l| l.direction == "out" && l.backup)
        .map(|l| l.at_ms)
        .max()
        .map(platform::china_date)
}

/// The reminder, or a quiet line when none is due.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let app = use_app_state();
    let lines = LocalResource::new(move || exchange::history(app));
    move || {
        lines.get().map(|read| match read {
            Ok(lines) => {
                let (every, holds_data) = app.domain.with(|s| {
                    (s.settings().exchange.backup_reminder_days, s.event_count > 0)
                });
                let r = backup_reminder(
                    last_backup(&lines),
                    platform::china_today(),
                    every,
                    holds_data,
                );
                if r.due {
                    view! {
                        <Notice tone=Tone::Warning>
                            <strong>{r.text}</strong>
                            {format!("。建议每 {every} 天导出一次整库备份，存到U盘或另一台电脑：浏览器中的数据可能被清理软件清除。")}
                            " "<a href=Route::Exchange.href()>"导出整库备份"</a>
                        </Notice>
                    }
                    .into_any()
                } else {
                    view! { <p class="note">{r.text}</p> }.into_any()
                }
            }
            Err(e) => view! {
                <Notice tone=Tone::Error>{format!("无法读取交换记录，不能判断上次备份的时间：{e}")}</Notice>
            }
            .into_any(),
        })
    }
}
