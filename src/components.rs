//! Reusable pieces of the UI, one component per file.

pub mod app_header;
pub mod command_result;
pub mod cosign_panel;
pub mod demo_banner;
pub mod directory_import;
pub mod draft_checks;
pub mod entry_form;
pub mod entry_table;
pub mod notice;
pub mod office_profile_form;
pub mod retire_button;
pub mod review_panel;

pub use app_header::AppHeader;
pub use command_result::CommandResult;
pub use cosign_panel::CosignPanel;
pub use demo_banner::DemoBanner;
pub use directory_import::DirectoryImport;
pub use draft_checks::DraftChecks;
pub use entry_form::{Editor, EntryForm};
pub use entry_table::EntryTable;
pub use notice::{Notice, Tone};
pub use office_profile_form::OfficeProfileForm;
pub use retire_button::RetireButton;
pub use review_panel::ReviewPanel;
