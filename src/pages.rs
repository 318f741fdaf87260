//! The views, one per route, one component per file.

pub mod assign_list_page;
pub mod assign_page;
pub mod conflicts_page;
pub mod directory_page;
pub mod draft_page;
pub mod exchange_page;
pub mod home_page;
pub mod import_page;
pub mod inbox_page;
pub mod not_found_page;
pub mod opinions_page;
pub mod print_page;
pub mod reviews_page;
pub mod settings_page;
pub mod suggestions_page;
pub mod warnings_page;

pub use assign_list_page::AssignListPage;
pub use assign_page::AssignPage;
pub use conflicts_page::ConflictsPage;
pub use directory_page::DirectoryPage;
pub use draft_page::DraftPage;
pub use exchange_page::ExchangePage;
pub use home_page::HomePage;
pub use import_page::ImportPage;
pub use inbox_page::InboxPage;
pub use not_found_page::NotFoundPage;
pub use opinions_page::OpinionsPage;
pub use print_page::PrintPage;
pub use reviews_page::ReviewsPage;
pub use settings_page::SettingsPage;
pub use suggestions_page::SuggestionsPage;
pub use warnings_page::WarningsPage;
