//! `Engine`: the one command queue. Each command is decided against the
//! current state, its events persisted in one IndexedDB transaction, then
//! applied to the in-memory state, strictly one after the other, so a double
//! click or a slow disk can never produce two conflicting events.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use chrono::NaiveDate;
use futures_channel::oneshot;
use jianyi_core::{Actor, Command, Ctx, Event, IdSource, Rejection, State, Stored, UnknownEvent};
use leptos::prelude::*;
use thiserror::Error;

use crate::platform;

thread_local! {
    /// The subdomains this entry page decides (`app::start` sets them), so
    /// a page links only the rules of its own work.
    static DECIDERS: std::cell::Cell<jianyi_core::decide::Deciders> =
        const { std::cell::Cell::new(jianyi_core::decide::Deciders::NONE) };
}

/// Sets the subdomains this page decides.
pub fn set_deciders(d: jianyi_core::decide::Deciders) {
    DECIDERS.with(|c| c.set(d));
}

fn deciders() -> jianyi_core::decide::Deciders {
    DECIDERS.with(std::cell::Cell::get)
}
use crate::storage::{EventStore, ImportWrite, StoreError, StoredRecord};

/// Why a dispatched command did not take effect.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum DispatchError {
    #[error("rejected: {0}")]
    Rejected(Rejection),
    #[error("storage: {0}")]
    Store(StoreError),
    #[error("this tab is read-only")]
    ReadOnly,
    #[error("the command queue was dropped")]
    Dropped,
}

impl DispatchError {
    /// The sentence a clerk reads.
    pub fn message_zh(&self) -> String {
        match self {
            DispatchError::Rejected(r) => r.message_zh(),
            DispatchError::Store(e) => e.message_zh(),
            DispatchError::ReadOnly => {
                "本标签页为只读：建议通已在另一个标签页中打开。请在那个标签页中操作，或关闭它后刷新本页。".into()
            }
            DispatchError::Dropped => "操作被中断，没有保存。请重试。".into(),
        }
    }
}

struct Job {
    command: Command,
    actor: Actor,
    business_date: NaiveDate,
    reply: oneshot::Sender<Result<Vec<Event>, DispatchError>>,
}

#[derive(Default)]
struct Queue {
    busy: bool,
    jobs: VecDeque<Job>,
}

/// The store, the folded state, and the queue between them.
#[derive(Clone)]
pub struct Engine {
    store: EventStore,
    state: RwSignal<State>,
    office: Rc<str>,
    read_only: bool,
    queue: Rc<RefCell<Queue>>,
}

/// The stored form of an event.
pub fn record_of(event: &Event) -> StoredRecord {
    StoredRecord {
        id: event.id.to_string(),
        stamp: event.stamp.sort_key(),
        body: event.to_json(),
        seal: None,
    }
}

/// Folds stored records: readable events in stamp order; events of an
/// older format through their migrations (in the migrate worker, loaded
/// only when there are such events); unreadable ones are kept in
/// `State::unknown`, never dropped.
pub async fn fold(records: &[StoredRecord]) -> State {
    let mut events = Vec::with_capacity(records.len());
    let mut unknown = Vec::new();
    let mut older = Vec::new();
    for record in records {
        match Event::read(&record.body) {
            Stored::Current(event) => events.push(*event),
            Stored::Older { .. } => older.push(record),
            Stored::Unknown(u) => unknown.push(keep_id(u, record)),
        }
    }
    if !older.is_empty() {
        let raws: Vec<String> = older.iter().map(|r| r.body.clone()).collect();
        match platform::migrate_events(&raws).await {
            Ok(answers) => {
                for (record, answer) in older.iter().zip(answers) {
                    match Event::from_migrated(&record.body, answer) {
                        Ok(read) => events.extend(read),
                        Err(u) => unknown.push(keep_id(u, record)),
                    }
                }
            }
            Err(reason) => {
                for record in older {
                    unknown.push(UnknownEvent {
                        id: record.id.clone(),
                        raw: record.body.clone(),
                        reason: reason.clone(),
                    });
                }
            }
        }
    }
    let mut state = State::from_events(events);
    state.unknown = unknown;
    state
}

fn keep_id(mut u: UnknownEvent, record: &StoredRecord) -> UnknownEvent {
    if u.id.is_empty() {
        u.id = record.id.clone();
    }
    u
}

impl Engine {
    /// An engine over an opened store whose records were folded into `state`.
    /// `office` is this installation's code, written into every stamp.
    pub fn new(store: EventStore, state: RwSignal<State>, office: &str, read_only: bool) -> Engine {
        Engine {
            store,
            state,
            office: office.into(),
            read_only,
            queue: Rc::default(),
        }
    }

    /// The folded state, reactive and read-only: only the queue writes it.
    pub fn state(&self) -> ReadSignal<State> {
        self.state.read_only()
    }

    /// Closes the database connection; later commands fail with a storage
    /// error rather than write.
    pub fn close(&self) {
        self.store.close();
    }

    /// This installation's code, written into every stamp.
    pub fn installation(&self) -> String {
        self.office.to_string()
    }

    /// The store (the exchange reads the whole log and writes imports).
    pub fn store(&self) -> &EventStore {
        &self.store
    }

    /// The events `commands` decide into, stamped after everything held,
    /// without storing them: an import stores them together with the
    /// packet's events in one transaction (`import`).
    pub fn decide_all(
        &self,
        commands: Vec<Command>,
        actor: &Actor,
        business_date: NaiveDate,
    ) -> Result<Vec<Event>, DispatchError> {
        let mut state = self.state.get_untracked();
        let mut out = Vec::new();
        for command in commands {
            let ctx = Ctx {
                now_ms: platform::now_ms(),
                office: self.office.to_string(),
                actor: actor.clone(),
                business_date,
                ids: IdSource::new(platform::random_u128()),
            };
            let events = jianyi_core::decide::decide_with(&state, command, &ctx, &deciders())
                .map_err(DispatchError::Rejected)?;
            for event in &events {
                let _ = state.apply(event);
            }
            out.extend(events);
        }
        Ok(out)
    }

    /// Writes an import in one transaction, then folds the whole log again
    /// (a packet's events may be older than those held, and the fold is in
    /// stamp order).
    pub async fn import(&self, write: &ImportWrite) -> Result<(), DispatchError> {
        if self.read_only {
            return Err(DispatchError::ReadOnly);
        }
        self.store
            .import(write)
            .await
            .map_err(DispatchError::Store)?;
        let (records, _) = self.store.load().await.map_err(DispatchError::Store)?;
        self.state.set(fold(&records).await);
        Ok(())
    }

    /// Whether commands are refused because another tab writes.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Queues a command; resolves once it is stored and applied, or refused.
    pub async fn dispatch(
        &self,
        command: Command,
        actor: Actor,
        business_date: NaiveDate,
    ) -> Result<Vec<Event>, DispatchError> {
        if self.read_only {
            return Err(DispatchError::ReadOnly);
        }
        let (reply, answer) = oneshot::channel();
        let start = {
            let mut q = self.queue.borrow_mut();
            q.jobs.push_back(Job {
                command,
                actor,
                business_date,
                reply,
            });
            !std::mem::replace(&mut q.busy, true)
        };
        if start {
            let engine = self.clone();
            wasm_bindgen_futures::spawn_local(async move { engine.drain().await });
        }
        answer.await.unwrap_or(Err(DispatchError::Dropped))
    }

    async fn drain(&self) {
        loop {
            let job = {
                let mut q = self.queue.borrow_mut();
                match q.jobs.pop_front() {
                    Some(job) => job,
                    None => {
                        q.busy = false;
                        return;
                    }
                }
            };
            let result = self
                .process(job.command, job.actor, job.business_date)
                .await;
            let _ = job.reply.send(result);
        }
    }

    async fn process(
        &self,
        command: Command,
        actor: Actor,
        business_date: NaiveDate,
    ) -> Result<Vec<Event>, DispatchError> {
        let ctx = Ctx {
            now_ms: platform::now_ms(),
            office: self.office.to_string(),
            actor,
            business_date,
            ids: IdSource::new(platform::random_u128()),
        };
        // Decide first; only then open the transaction and await its puts.
        let events = self
            .state
            .with_untracked(|s| jianyi_core::decide::decide_with(s, command, &ctx, &deciders()))
            .map_err(DispatchError::Rejected)?;
        self.append_and_apply(events).await
    }

    /// Stores events in one transaction, then folds them in. Used for
    /// each command's events, made here.
    pub async fn append_and_apply(&self, events: Vec<Event>) -> Result<Vec<Event>, DispatchError> {
        let records: Vec<StoredRecord> = events.iter().map(record_of).collect();
        self.store_and_apply(records, events).await
    }

    /// Stores events read from text with that very text (the demo county's
    /// bulk load): an event read is never written again, so what was
    /// sealed is what is stored, byte for byte — an evaluation event kept
    /// unread (`EvaluationEvent::Kept`) would not write back the same.
    pub async fn append_read_and_apply(
        &self,
        events: Vec<(Event, String)>,
    ) -> Result<Vec<Event>, DispatchError> {
        let records: Vec<StoredRecord> = events
            .iter()
            .map(|(e, body)| StoredRecord {
                body: body.clone(),
                ..record_of(e)
            })
            .collect();
        let events = events.into_iter().map(|(e, _)| e).collect();
        self.store_and_apply(records, events).await
    }

    async fn store_and_apply(
        &self,
        records: Vec<StoredRecord>,
        events: Vec<Event>,
    ) -> Result<Vec<Event>, DispatchError> {
        self.store
            .append(&records)
            .await
            .map_err(DispatchError::Store)?;
        self.state.update(|s| {
            for event in &events {
                if let Err(conflict) = s.apply(event) {
                    s.conflicts.push(conflict);
                }
            }
        });
        Ok(events)
    }
}
