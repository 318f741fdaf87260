//! Reusable pieces of the UI, one component per file.

pub mod app_header;
pub mod command_result;
pub mod delegation_directory;
pub mod demo_banner;
pub mod deputy_directory;
pub mod notice;
pub mod office_profile_form;
pub mod session_directory;
pub mod unit_directory;

pub use app_header::AppHeader;
pub use command_result::CommandResult;
pub use delegation_directory::DelegationDirectory;
pub use demo_banner::DemoBanner;
pub use deputy_directory::DeputyDirectory;
pub use notice::{Notice, Tone};
pub use office_profile_form::OfficeProfileForm;
pub use session_directory::SessionDirectory;
pub use unit_directory::UnitDirectory;
