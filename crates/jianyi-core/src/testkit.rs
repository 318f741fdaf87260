//! Given / when / then, the one helper every suite of the core is written
//! with (after cqrs-es's `TestFramework`): given stored events or commands
//! that succeed, when a command, then the events it makes or the rejection
//! it names — and, on a rejection, nothing stored.
//!
//! ```
//! use jianyi_core::testkit::Given;
//! use jianyi_core::directory::{DirectoryCommand, DirectoryRejection};
//!
//! let mut t = Given::office();
//! t.given(DirectoryCommand::AddDelegation { name: "城关镇代表团".into() });
//! t.when(DirectoryCommand::AddDelegation { name: "城关镇代表团".into() })
//!     .then_refused(DirectoryRejection::DuplicateDelegation { name: "城关镇代表团".into() });
//! ```

use chrono::NaiveDate;

use crate::actor::{Actor, Desk, How};
use crate::command::{Command, Rejection};
use crate::event::Event;
use crate::ids::CategoryId;
use crate::runner::Runner;
use crate::state::State;

/// The business date tests run on unless they say otherwise.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("a valid date")
}

/// A date, for tests.
pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// An office in memory and what was given to it.
#[derive(Debug)]
pub struct Given {
    pub runner: Runner,
}

impl Given {
    /// A fresh office, 测试县, on `today()`, with fixed ids.
    pub fn office() -> Given {
        Given::office_named("测试县", 1)
    }

    /// A fresh office with its own code and id seed (two offices of one
    /// test must differ in both).
    pub fn office_named(code: &str, seed: u128) -> Given {
        Given {
            runner: Runner::new(code, today(), seed),
        }
    }

    /// An office whose store already holds `events` (as a browser's does).
    pub fn events(events: Vec<Event>) -> Given {
        Given::office().with_events(events)
    }

    /// This office with `events` in its store instead of what it had: a
    /// second office of a test starts from the first one's events with
    /// `Given::office_named(code, seed).with_events(first.events_so_far().to_vec())`.
    pub fn with_events(mut self, events: Vec<Event>) -> Given {
        self.runner.state = State::from_events(events.clone());
        self.runner.events = events;
        self
    }

    /// Given a command that succeeds; its events. Panics, naming the
    /// rejection, if it is refused: a test's premise must hold.
    pub fn given(&mut self, command: impl Into<Command>) -> Vec<Event> {
        let date = self.runner.today;
        self.given_on(date, command)
    }

    /// Given a command on a business date.
    pub fn given_on(&mut self, date: NaiveDate, command: impl Into<Command>) -> Vec<Event> {
        let command = command.into();
        match self.runner.run_on(command.clone(), date) {
            Ok(events) => events,
            Err(r) => panic!("given {command:?} was refused: {}", r.message_zh()),
        }
    }

    /// Given a command that adds a record; the record's id.
    pub fn added<T: From<uuid::Uuid>>(&mut self, command: impl Into<Command>) -> T {
        let events = self.given(command);
        let id = events
            .iter()
            .find_map(|e| e.kind.created_id())
            .expect("the command adds a record");
        T::from(id)
    }

    /// Acts at `desk` from now on, as the operator.
    pub fn at_desk(&mut self, desk: Desk) -> &mut Given {
        self.runner.actor = Actor {
            operator: "测试操作员".into(),
            acting_for: None,
            desk,
            how: How::Operator,
        };
        self
    }

    /// Acts at `desk` for the person `name`, given `how` (in person at the
    /// PC, or on paper keyed in), until the next `at_desk`.
    pub fn acting_for(&mut self, desk: Desk, name: &str, how: How) -> &mut Given {
        self.runner.actor = Actor {
            operator: "测试操作员".into(),
            acting_for: Some(name.into()),
            desk,
            how,
        };
        self
    }

    /// When a command, on `today()`.
    pub fn when(&mut self, command: impl Into<Command>) -> Then<'_> {
        let date = self.runner.today;
        self.when_on(date, command)
    }

    /// When a command, on a business date.
    pub fn when_on(&mut self, date: NaiveDate, command: impl Into<Command>) -> Then<'_> {
        let before = self.runner.state.clone();
        let stored = self.runner.events.len();
        let result = self.runner.run_on(command, date);
        Then {
            result,
            before,
            stored,
            given: self,
        }
    }

    /// A draft of `lead` with every element written and every item of the
    /// negative list in force on `today()` confirmed, filed under 城市建设:
    /// ready to submit.
    pub fn complete_draft(
        &self,
        lead: crate::ids::DeputyId,
        session: Option<crate::ids::SessionId>,
        title: &str,
    ) -> crate::raising::Draft {
        let mut d = crate::raising::Draft::empty(lead, session, self.category("城市建设"));
        d.title = title.into();
        d.basis =
            "城关镇多个老旧小区道路破损严重，雨天积水，群众出行不便。代表走访三十余户，意见集中。"
                .into();
        d.ask = "将城关镇老旧小区道路纳入年度改造计划。".into();
        d.measures = "由住建部门牵头摸底登记，结合管网改造同步施工，分两批实施并提前公告。".into();
        d.negative_confirmed = self
            .state()
            .settings_on(self.runner.today)
            .negative_list
            .iter()
            .map(|n| n.title.clone())
            .collect();
        d
    }

    /// The state so far.
    pub fn state(&self) -> &State {
        &self.runner.state
    }

    /// Every event so far, in order.
    pub fn events_so_far(&self) -> &[Event] {
        &self.runner.events
    }

    /// The id of the category named `name` (a default one, or one added).
    /// Panics if there is none: a test's premise must hold.
    pub fn category(&self, name: &str) -> CategoryId {
        self.state()
            .directory
            .categories_in_order()
            .find(|c| c.name == name)
            .map(|c| c.id)
            .unwrap_or_else(|| panic!("no category named {name}"))
    }
}

/// What a command did.
#[derive(Debug)]
pub struct Then<'a> {
    pub result: Result<Vec<Event>, Rejection>,
    before: State,
    stored: usize,
    given: &'a Given,
}

impl Then<'_> {
    /// Then the command succeeds; its events.
    pub fn then_ok(self) -> Vec<Event> {
        match self.result {
            Ok(events) => events,
            Err(r) => panic!(
                "expected events, the command was refused: {}",
                r.message_zh()
            ),
        }
    }

    /// Then events of these kinds, in order (each named by its label, as a
    /// clerk's history reads: 新增代表, 登记代表电话…); the events.
    pub fn then_events(self, labels: &[&str]) -> Vec<Event> {
        let events = self.then_ok();
        let got: Vec<&str> = events.iter().map(|e| e.kind.label()).collect();
        assert_eq!(got, labels, "the kinds of events made");
        events
    }

    /// Then this rejection, and nothing stored or changed.
    pub fn then_refused(self, expected: impl Into<Rejection>) {
        let expected = expected.into();
        self.then_refused_where(|r| *r == expected, &format!("{expected:?}"));
    }

    /// Then a rejection that `is` accepts (for rejections carrying a
    /// message built from data), and nothing stored or changed.
    pub fn then_refused_where(self, is: impl Fn(&Rejection) -> bool, what: &str) {
        match &self.result {
            Ok(events) => panic!("expected the rejection {what}, got events {events:?}"),
            Err(r) => assert!(is(r), "expected the rejection {what}, got {r:?}"),
        }
        assert_eq!(
            self.given.runner.events.len(),
            self.stored,
            "nothing stored"
        );
        assert!(self.given.runner.state == self.before, "nothing changed");
    }

    /// The rejection's sentence, for tests of the wording a clerk reads.
    pub fn then_message(self) -> String {
        match self.result {
            Ok(events) => panic!("expected a rejection, got {events:?}"),
            Err(r) => r.message_zh(),
        }
    }
}
