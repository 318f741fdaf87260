//! `Runner`: decides and applies commands in series against an in-memory
//! state, keeping the events. The given/when/then tests and the demo county
//! are both written through it, so both only ever contain what real
//! commands can produce.

use chrono::NaiveDate;

use crate::actor::{Actor, Desk, How};
use crate::command::{Command, Ctx, Rejection};
use crate::decide::decide;
use crate::event::Event;
use crate::ids::IdSource;
use crate::state::State;

/// An in-memory office: state, its events, and a clock that advances one
/// second per command.
#[derive(Debug)]
pub struct Runner {
    pub state: State,
    pub events: Vec<Event>,
    pub office: String,
    pub now_ms: u64,
    pub today: NaiveDate,
    pub actor: Actor,
    ids: IdSource,
}

impl Runner {
    /// A fresh office `office` whose business date is `today`, with ids
    /// drawn from `seed`.
    pub fn new(office: &str, today: NaiveDate, seed: u128) -> Runner {
        Runner {
            state: State::default(),
            events: Vec::new(),
            office: office.to_string(),
            now_ms: 1_700_000_000_000,
            today,
            actor: Actor {
                operator: "测试操作员".into(),
                acting_for: None,
                desk: Desk::CommitteeOffice,
                how: How::Operator,
            },
            ids: IdSource::new(seed),
        }
    }

    /// Decides and applies `command` on the business date `today`.
    pub fn run(&mut self, command: impl Into<Command>) -> Result<Vec<Event>, Rejection> {
        let date = self.today;
        self.run_on(command, date)
    }

    /// Decides and applies `command` on a given business date.
    pub fn run_on(
        &mut self,
        command: impl Into<Command>,
        business_date: NaiveDate,
    ) -> Result<Vec<Event>, Rejection> {
        let command = command.into();
        self.now_ms += 1_000;
        let ctx = Ctx {
            now_ms: self.now_ms,
            office: self.office.clone(),
            actor: self.actor.clone(),
            business_date,
            ids: IdSource::new(self.ids.next_uuid().as_u128()),
        };
        let events = decide(&self.state, command, &ctx)?;
        for event in &events {
            #[cfg(debug_assertions)]
            reads_back(event);
            self.state
                .apply(event)
                .expect("a locally decided event always applies");
        }
        self.events.extend(events.iter().cloned());
        Ok(events)
    }
}

/// Panics unless `event`, written as it is stored, reads back equal through
/// both readers: the pages' `ReadJson` (`Event::read`) and serde's
/// `Deserialize` (the workers'). Every test and the demo's making run
/// through here, so each kind of event they make is checked.
#[cfg(debug_assertions)]
fn reads_back(event: &Event) {
    let json = event.to_json();
    match Event::read(&json) {
        crate::event::Stored::Current(read) => {
            assert_eq!(*read, *event, "ReadJson differs: {json}")
        }
        other => panic!("ReadJson could not read {json}: {other:?}"),
    }
    let serde: Event = serde_json::from_str(&json).expect("serde reads what it wrote");
    assert_eq!(serde, *event, "serde differs: {json}");
}
