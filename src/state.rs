//! `AppState`, the one store of the UI (`provide_app_state` /
//! `use_app_state`), and `boot`, which opens the data set, takes the writer
//! lock and folds the event log once at start-up. Outside IndexedDB the
//! office database leaves a marker (`backup::DataMarker`, in localStorage
//! and the Cache Storage) while it holds events; `boot` finding the
//! database empty under such a marker says the data was cleared
//! (`AppState::lost`) instead of opening as a new office.

use jianyi_core::backup::{self, DataMarker};
use jianyi_core::{Actor, Command, Desk, Event, How, State, Stored};
use leptos::prelude::*;

use crate::engine::{DispatchError, Engine, fold};
use crate::platform::{self, StorageFigures};
use crate::prefs;
use crate::storage::{EventStore, StoreError};

/// The office's real data.
pub const REAL_DB: &str = "jianyi";
/// The demo county's committee office, kept apart so it can be left or
/// cleared safely.
pub const DEMO_DB: &str = "jianyi-demo";
/// The demo county's township station (the two-office demo).
pub const DEMO_STATION_DB: &str = "jianyi-demo-station";
/// The Web Lock the writing tab holds.
const WRITER_LOCK: &str = "jianyi-writer";
/// The meta key of this installation's office code.
const INSTALLATION: &str = "installation";
/// The demo county's seed: every demo is the same county.
pub const DEMO_SEED: u64 = 20_261_127;

/// What start-up found.
#[derive(Clone)]
pub struct Booted {
    pub engine: Engine,
    pub demo: bool,
    /// How this tab was chosen (or not) as the one that writes.
    pub writer: platform::Writer,
    /// Stored records that could not be read (kept, shown).
    pub load_errors: Vec<String>,
    /// The office database is empty, but its marker says it held events.
    pub lost: Option<DataMarker>,
    /// A marker store that refused to be read (shown once).
    pub marker_warning: Option<String>,
}

/// The office database's marker: from localStorage, or failing that from
/// the Cache Storage (a cleanup tool may clear one and not the other).
async fn read_marker() -> (Option<DataMarker>, Option<String>) {
    let mut warning = None;
    let local = prefs::marker(REAL_DB).unwrap_or_else(|e| {
        warning = Some(e);
        None
    });
    if local.is_some() {
        return (local, warning);
    }
    match platform::cached_marker().await {
        Ok(text) => (text.and_then(|t| serde_json::from_str(&t).ok()), warning),
        Err(e) => (None, warning.or(Some(e))),
    }
}

/// Opens the data set chosen in the preferences, folds it, and (in a fresh
/// demo database) writes the demo county first.
pub async fn boot() -> Result<Booted, StoreError> {
    let demo = prefs::demo();
    let which = prefs::demo_office();
    let writer_mode = platform::hold_writer(WRITER_LOCK).await;
    let writer = writer_mode.may_write();
    let store = EventStore::open(if demo { which.database() } else { REAL_DB }).await?;
    let office = match store.meta(INSTALLATION).await? {
        Some(code) => code,
        None => {
            let code = if demo {
                which.office_code().to_string()
            } else {
                format!("{:08x}", platform::random_u128() as u32)
            };
            if writer {
                store.set_meta(INSTALLATION, &code).await?;
            }
            code
        }
    };
    let (records, bad) = store.load().await?;
    // The demo database has no marker: clearing it is never a loss.
    let (lost, marker_warning) = if !demo && records.is_empty() {
        let (marker, warning) = read_marker().await;
        (marker.filter(|m| backup::lost_data(0, Some(m))), warning)
    } else {
        (None, None)
    };
    let state = RwSignal::new(fold(&records).await);
    let engine = Engine::new(store, state, &office, !writer);
    // A demo database is filled once; its exchange set-up (key, trust,
    // seals) is done again if a start was cut short after the events.
    let set_up_missing = engine
        .state()
        .with_untracked(|s| s.exchange.own.is_none() || s.exchange.known.is_empty());
    if demo && writer && (records.is_empty() || set_up_missing) {
        // The generator runs in a worker loaded only now: it is not part of
        // the first load. Both offices of the demo make the same county in
        // the same month (`two_offices::demo_day`), so their packets agree.
        let day = jianyi_demo::two_offices::demo_day(platform::china_today());
        let made = platform::demo_events(
            DEMO_SEED,
            day,
            jianyi_demo::two_offices::now_ms_of(day),
            which.code(),
        )
        .await
        .map_err(StoreError::Failed)?;
        let events = made
            .events
            .iter()
            .map(|(json, _, _)| match Event::read(json) {
                Stored::Current(event) => Ok(*event),
                Stored::Older { format } => Err(StoreError::Failed(format!(
                    "示范数据的格式版本 {format} 不是当前版本"
                ))),
                Stored::Unknown(u) => Err(StoreError::Failed(u.reason)),
            })
            .collect::<Result<Vec<_>, _>>()?;
        if records.is_empty() {
            let read: Vec<(Event, String)> = events
                .iter()
                .cloned()
                .zip(made.events.iter().map(|(json, _, _)| json.clone()))
                .collect();
            engine
                .append_read_and_apply(read)
                .await
                .map_err(|e| match e {
                    DispatchError::Store(s) => s,
                    other => StoreError::Failed(other.message_zh()),
                })?;
        }
        crate::demo::set_up(&engine, which, &events, &made)
            .await
            .map_err(StoreError::Failed)?;
    }
    Ok(Booted {
        engine,
        demo,
        writer: writer_mode,
        load_errors: bad.iter().map(StoreError::message_zh).collect(),
        lost,
        marker_warning,
    })
}

/// The UI's state: the folded domain state and what the operator chose.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The folded domain state, read-only: views change it only by
    /// dispatching commands to the queue.
    pub domain: ReadSignal<State>,
    pub desk: RwSignal<Desk>,
    pub operator: RwSignal<String>,
    pub demo: bool,
    pub read_only: bool,
    /// How this tab was chosen as the writer (settings shows it).
    pub writer: platform::Writer,
    /// The writing tab has closed: this read-only tab may reload to write.
    pub writer_released: RwSignal<bool>,
    pub figures: RwSignal<Option<StorageFigures>>,
    pub load_errors: StoredValue<Vec<String>>,
    /// A preference (or the database's marker) the browser refused to
    /// keep, shown once.
    pub pref_warning: RwSignal<Option<String>>,
    /// The office database was found emptied: what its marker said. The
    /// shell shows the notice while the database stays empty.
    pub lost: RwSignal<Option<DataMarker>>,
    engine: StoredValue<Engine, LocalStorage>,
}

impl AppState {
    /// The actor of the operator's own acts at the chosen desk.
    pub fn actor(&self) -> Actor {
        let operator = self.operator.get_untracked();
        Actor {
            operator: if operator.trim().is_empty() {
                "未署名操作员".into()
            } else {
                operator
            },
            acting_for: None,
            desk: self.desk.get_untracked(),
            how: How::Operator,
        }
    }

    /// Runs a command through the queue as the operator, dated today.
    pub async fn dispatch(&self, command: impl Into<Command>) -> Result<Vec<Event>, DispatchError> {
        self.dispatch_as(command.into(), self.actor(), platform::china_today())
            .await
    }

    /// Runs a command with an explicit actor and business date.
    pub async fn dispatch_as(
        &self,
        command: Command,
        actor: Actor,
        business_date: chrono::NaiveDate,
    ) -> Result<Vec<Event>, DispatchError> {
        let engine = self.engine.get_value();
        engine.dispatch(command, actor, business_date).await
    }

    /// An action that runs a command as the operator, dated today; its value
    /// is the outcome, and it is pending while the queue works.
    pub fn command_action(&self) -> Action<Command, Result<(), DispatchError>> {
        let app = *self;
        Action::new_local(move |command: &Command| {
            let command = command.clone();
            async move { app.dispatch(command).await.map(|_| ()) }
        })
    }

    /// The engine: the exchange reads the store and writes imports through it.
    pub fn engine(&self) -> Engine {
        self.engine.get_value()
    }

    /// Closes the database connection (before deleting the demo county).
    pub fn close_store(&self) {
        self.engine.with_value(|e| e.close());
    }

    /// Chooses a desk and remembers it.
    pub fn choose_desk(&self, desk: Desk) {
        self.desk.set(desk);
        if !prefs::set_desk(desk) {
            self.pref_warning.set(Some(
                "浏览器拒绝保存偏好设置（可能处于隐私模式），所选工作台在刷新后不会保留；数据本身不受影响。".into(),
            ));
        }
    }

    /// Starts as a new office after a lost database: forgets the marker, so
    /// the notice goes and does not come back.
    pub fn start_afresh(&self) {
        let app = *self;
        if let Err(e) = prefs::clear_marker(REAL_DB) {
            app.pref_warning.set(Some(e));
        }
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = platform::forget_cached_marker().await {
                app.pref_warning.set(Some(e));
            }
            app.lost.set(None);
        });
    }

    /// Sets the operator's name and remembers it.
    pub fn set_operator(&self, name: String) {
        if !prefs::set_operator(&name) {
            self.pref_warning.set(Some(
                "浏览器拒绝保存偏好设置（可能处于隐私模式），操作员姓名在刷新后不会保留；数据本身不受影响。".into(),
            ));
        }
        self.operator.set(name);
    }
}

/// Provides the app state for a booted data set and starts asking the
/// browser to keep the data persistent.
pub fn provide_app_state(booted: Booted) -> AppState {
    let app = AppState {
        domain: booted.engine.state(),
        desk: RwSignal::new(prefs::desk()),
        operator: RwSignal::new(prefs::operator()),
        demo: booted.demo,
        read_only: booted.engine.read_only(),
        writer: booted.writer,
        writer_released: RwSignal::new(false),
        figures: RwSignal::new(None),
        load_errors: StoredValue::new(booted.load_errors),
        pref_warning: RwSignal::new(booted.marker_warning),
        lost: RwSignal::new(booted.lost),
        engine: StoredValue::new_local(booted.engine),
    };
    provide_context(app);
    if !app.demo {
        keep_marker(app);
    }
    if app.read_only {
        let released = app.writer_released;
        platform::on_writer_released(WRITER_LOCK, move || released.set(true));
    }
    let figures = app.figures;
    wasm_bindgen_futures::spawn_local(async move {
        figures.set(Some(platform::request_persistence().await));
    });
    app
}

/// Keeps the office database's marker while it holds events: after boot
/// and after commits, in localStorage when the count or the name changed
/// (one small synchronous write), in the Cache Storage when
/// `DataMarker::replaces` says so. An empty database writes nothing, so a
/// lost database's marker stays until the office starts afresh or holds
/// events again. A store that refuses is said once; nothing else breaks.
fn keep_marker(app: AppState) {
    let local = StoredValue::new(None::<DataMarker>);
    let cached = StoredValue::new(None::<DataMarker>);
    let warned = StoredValue::new(false);
    let warn = move |e: String| {
        if !warned.get_value() {
            warned.set_value(true);
            app.pref_warning.set(Some(e));
        }
    };
    Effect::new(move |_| {
        let (office, events) = app.domain.with(|s| {
            let name = s.office.profile.as_ref().map(|p| p.name.clone());
            (name.unwrap_or_default(), s.event_count)
        });
        let Some(marker) = DataMarker::of(&office, events, platform::now_ms()) else {
            return;
        };
        let changed = local.with_value(|l| {
            l.as_ref()
                .is_none_or(|l| (&l.office, l.events) != (&marker.office, marker.events))
        });
        if changed {
            local.set_value(Some(marker.clone()));
            if let Err(e) = prefs::set_marker(REAL_DB, &marker) {
                warn(e);
            }
        }
        if cached.with_value(|c| marker.replaces(c.as_ref())) {
            cached.set_value(Some(marker.clone()));
            if let Ok(text) = serde_json::to_string(&marker) {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = platform::cache_marker(&text).await {
                        warn(e);
                    }
                });
            }
        }
    });
}

/// Runs `then` each time `action` succeeds (to clear a form).
pub fn on_success(action: Action<Command, Result<(), DispatchError>>, then: impl Fn() + 'static) {
    Effect::new(move |_| {
        if let Some(Ok(())) = action.value().get() {
            then();
        }
    });
}

/// The app state provided by `provide_app_state`.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
