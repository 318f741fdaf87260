//! Reusable pieces of the UI, one component per file.

pub mod app_header;
pub mod category_directory;
pub mod command_result;
pub mod committee_directory;
pub mod cosign_panel;
pub mod delegation_directory;
pub mod demo_banner;
pub mod deputy_directory;
pub mod directory_import;
pub mod draft_checks;
pub mod leader_directory;
pub mod notice;
pub mod office_profile_form;
pub mod retire_button;
pub mod review_panel;
pub mod session_directory;
pub mod station_directory;
pub mod unit_directory;

pub use app_header::AppHeader;
pub use category_directory::CategoryDirectory;
pub use command_result::CommandResult;
pub use committee_directory::CommitteeDirectory;
pub use cosign_panel::CosignPanel;
pub use delegation_directory::DelegationDirectory;
pub use demo_banner::DemoBanner;
pub use deputy_directory::DeputyDirectory;
pub use directory_import::DirectoryImport;
pub use draft_checks::DraftChecks;
pub use leader_directory::LeaderDirectory;
pub use notice::{Notice, Tone};
pub use office_profile_form::OfficeProfileForm;
pub use retire_button::RetireButton;
pub use review_panel::ReviewPanel;
pub use session_directory::SessionDirectory;
pub use station_directory::StationDirectory;
pub use unit_directory::UnitDirectory;
