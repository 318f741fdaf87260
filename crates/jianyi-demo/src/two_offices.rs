//! The two-office demo: the county's committee office (the events of
//! `county`) and one township station, 城关镇人大代表联络站, each loadable in
//! its own browser profile. They trust each other from the start and have
//! exchanged once: the station holds what the committee office's packets
//! gave it (the directories, its deputies' items, their numbers and the
//! units handling those assigned), and has news of its own for the
//! committee office (two citizens' opinions, and a deputy's suggestion
//! drafted from one, co-signed on paper and submitted), ready to go in its
//! first packet.
//!
//! The keys below are demo keys, public on purpose, so both profiles make
//! the same offices on any machine: never use them for a real office.

use chrono::{Days, NaiveDate};

use jianyi_core::exchange::scope::travels;
use jianyi_core::exchange::{OfficeCard, PartnerScope};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::{Draft, OpinionFields, RaisingCommand, SuggestionKind};
use jianyi_core::review::ReviewCommand;
use jianyi_core::{Actor, DeputyId, Desk, Event, How, OfficeId, Runner, State, StationId, Uuid};

/// The station's office code (what its events carry).
pub const STATION_OFFICE: &str = "城关镇联络站";
/// The station as its profile and packets name it.
pub const STATION_NAME: &str = "示范县城关镇人大代表联络站";
/// The directory's station it is bound to.
pub const STATION_ENTRY: &str = "城关镇人大代表联络站";

/// The committee office as its profile and packets name it.
pub const COMMITTEE_NAME: &str = "示范县人大常委会代表工作委员会";

/// The committee office's id in the demo.
pub const COMMITTEE_ID: OfficeId =
    OfficeId(Uuid::from_u128(0xd3e0_0000_0000_4000_8000_0000_0000_0001));
/// The committee office's demo key (32 bytes, hex).
pub const COMMITTEE_SECRET: &str =
    "d3e0c0111177ee0ff1ce00000000000000000000000000000000000000000001";
/// The station's id in the demo.
pub const STATION_ID: OfficeId =
    OfficeId(Uuid::from_u128(0xd3e0_0000_0000_4000_8000_0000_0000_0002));
/// The station's demo key (32 bytes, hex).
pub const STATION_SECRET: &str = "d3e05a7a71000000000000000000000000000000000000000000000000000002";

/// The title of the suggestion the station has ready for the committee.
pub const STATION_DRAFT_TITLE: &str = "关于城关镇老旧小区加装电梯的建议";

/// What the station's browser holds.
pub struct StationDemo {
    /// The directory entry the station is bound to.
    pub station: StationId,
    /// The committee office's events the station holds (as its packets
    /// gave them): those that travel to a station bound to its entry.
    pub from_committee: Vec<Event>,
    /// The station's own events: its profile, then its news.
    pub own: Vec<Event>,
}

/// The station bound to `station`, as scopes read it (only its role and
/// binding count there).
fn station_card(station: StationId) -> OfficeCard {
    OfficeCard {
        id: STATION_ID,
        name: STATION_NAME.into(),
        role: OfficeRole::Station,
        unit: None,
        station: Some(station),
        delegation: None,
        leader: None,
        public_key: String::new(),
    }
}

/// The station's browser, from the committee office's `county` (the same
/// seed and day give the same county in both profiles).
pub fn station(county: &[Event], seed: u64, today: NaiveDate) -> StationDemo {
    let state = State::from_events(county.to_vec());
    let station = state
        .directory
        .stations
        .iter()
        .find(|(_, e)| e.name == STATION_ENTRY)
        .map(|(id, _)| *id)
        .expect("the demo county has 城关镇人大代表联络站");
    let scope = PartnerScope::of(&state, &station_card(station));
    let from_committee: Vec<Event> = county
        .iter()
        .filter(|e| travels(e) && scope.may_see(e))
        .cloned()
        .collect();

    let mut r = Runner::new(STATION_OFFICE, today, u128::from(seed) << 64 | 0x57);
    r.state = State::from_events(from_committee.clone());
    r.now_ms = county.last().map_or(0, |e| e.stamp.wall_ms) + 3_600_000;
    let ok = |res: Result<Vec<Event>, jianyi_core::Rejection>| {
        res.expect("the demo station only gives valid commands")
    };
    let days_before = |n: u64| today.checked_sub_days(Days::new(n)).unwrap_or(today);
    r.actor = Actor {
        operator: "示范数据".into(),
        acting_for: None,
        desk: Desk::Deputy,
        how: How::Operator,
    };
    ok(r.run_on(
        OfficeCommand::SetProfile(OfficeProfile {
            station: Some(station),
            ..OfficeProfile::new(
                STATION_NAME,
                "示范县城关镇",
                OfficeLevel::Township,
                OfficeRole::Station,
            )
        }),
        days_before(30),
    ));
    let opinion = |r: &mut Runner, topic: &str, text: &str, contact: &str, on: NaiveDate| {
        let events = ok(r.run_on(
            RaisingCommand::RecordOpinion(OpinionFields {
                station,
                received_on: on,
                topic: topic.into(),
                text: text.into(),
                contact: contact.into(),
            }),
            on,
        ));
        jianyi_core::OpinionId::from(
            events
                .first()
                .and_then(|e| e.kind.created_id())
                .expect("RecordOpinion adds an opinion"),
        )
    };
    let lift = opinion(
        &mut r,
        "老旧小区加装电梯",
        "城关镇东街三个上世纪九十年代建成的小区都是六层楼，没有电梯，住在高层的老人上下楼困难，希望政府支持加装电梯。",
        "13700001234",
        days_before(12),
    );
    opinion(
        &mut r,
        "西街菜市场周边停车难",
        "西街菜市场周边早上车辆乱停，堵塞道路，希望划定临时停车位并加强管理。",
        "13700005678",
        days_before(6),
    );

    // A deputy serving at the station drafts from the first opinion, two
    // other deputies of the station co-sign on paper, and it is submitted.
    let serving: Vec<(DeputyId, String)> = r
        .state
        .directory
        .deputies
        .iter()
        .filter(|(_, d)| !d.retired && d.stations.contains(&station))
        .map(|(id, d)| (*id, d.name.clone()))
        .collect();
    let (lead, lead_name) = serving[0].clone();
    let category = r
        .state
        .directory
        .categories_in_order()
        .find(|c| c.name == "城市建设")
        .map(|c| c.id)
        .expect("the demo's categories are defaults");
    let negative: Vec<String> = r
        .state
        .settings()
        .negative_list
        .iter()
        .map(|n| n.title.clone())
        .collect();
    let day = days_before(3);
    r.actor = Actor {
        operator: "示范数据".into(),
        acting_for: Some(lead_name),
        desk: Desk::Deputy,
        how: How::PaperKeyedIn,
    };
    let id = jianyi_core::decide::created_suggestion(&ok(r.run_on(
        RaisingCommand::CreateDraft(Draft {
            title: STATION_DRAFT_TITLE.into(),
            basis: "城关镇东街三个建于上世纪九十年代的小区均为六层住宅，没有电梯，六十岁以上居民占三成以上，群众多次到联络站反映上下楼困难。".into(),
            ask: "建议县政府出台老旧小区加装电梯的支持办法，优先在城关镇东街开展试点。".into(),
            measures: "由县住房和城乡建设局会同城关镇政府今年内摸清需求，明确财政补助标准和审批流程，明年完成首批试点。".into(),
            category,
            kind: SuggestionKind::Suggestion,
            session: None,
            lead_deputy: lead,
            by_delegation: false,
            opinions: vec![lift],
            negative_confirmed: negative,
        }),
        day,
    )))
    .expect("CreateDraft makes DraftCreated");
    let cosigners: Vec<(DeputyId, String)> = serving.iter().skip(1).take(2).cloned().collect();
    ok(r.run_on(
        RaisingCommand::NameCosigners {
            id,
            deputies: cosigners.iter().map(|(d, _)| *d).collect(),
        },
        day,
    ));
    for (deputy, name) in cosigners {
        r.actor.acting_for = Some(name);
        ok(r.run_on(
            RaisingCommand::ConfirmCosign {
                id,
                deputy,
                how: How::PaperKeyedIn,
            },
            day,
        ));
    }
    r.actor.acting_for = None;
    ok(r.run_on(ReviewCommand::SubmitDraft { id }, day));
    StationDemo {
        station,
        from_committee,
        own: r.events,
    }
}

/// The numbers (`Seal::seq`) the committee office's seals give the events
/// of `county`: 1, 2, 3 … over those that travel, in the log's order (the
/// demo committee seals them all on loading, as a first export would); none
/// for the office's own business and private data, sealed later if ever.
pub fn committee_seqs(county: &[Event]) -> Vec<Option<u64>> {
    let mut next = 0;
    county
        .iter()
        .map(|e| {
            travels(e).then(|| {
                next += 1;
                next
            })
        })
        .collect()
}

/// Each event of the station's browser with the number the committee
/// office's seal gives it (its own events: none, not sealed yet).
pub fn station_seqs(county: &[Event], demo: &StationDemo) -> Vec<Option<u64>> {
    let by_id: std::collections::BTreeMap<jianyi_core::EventId, u64> = county
        .iter()
        .zip(committee_seqs(county))
        .filter_map(|(e, seq)| Some((e.id, seq?)))
        .collect();
    demo.from_committee
        .iter()
        .map(|e| by_id.get(&e.id).copied())
        .chain(demo.own.iter().map(|_| None))
        .collect()
}

/// The demo's day: the first of `today`'s month. Both profiles opened in
/// the same month make the same county, event for event (ids come from the
/// seed, texts from the day), so their packets agree.
pub fn demo_day(today: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    today.with_day(1).unwrap_or(today)
}

/// The day's stamp clock for both demo offices: midnight of `today` in
/// China (16:00 UTC the day before), so two profiles with the same demo day
/// make the same county, event for event.
pub fn now_ms_of(today: NaiveDate) -> u64 {
    let midnight_utc = today
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp_millis());
    u64::try_from(midnight_utc - 8 * 3_600_000).unwrap_or(0)
}
