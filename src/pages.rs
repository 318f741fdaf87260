//! The views, one per route, one component per file.

pub mod appraisals_page;
pub mod assign_list_page;
pub mod assign_page;
pub mod conflicts_page;
pub mod directory_page;
pub mod draft_page;
pub mod exchange_page;
pub mod feedback_list_page;
pub mod feedback_page;
pub mod figures_page;
pub mod follow_ups_page;
pub mod groups_page;
pub mod handle_page;
pub mod home_page;
pub mod import_page;
pub mod inbox_page;
pub mod key_items_page;
pub mod letters_page;
pub mod not_found_page;
pub mod opinions_page;
pub mod oversight_page;
pub mod print_page;
pub mod procuratorate_page;
pub mod record_page;
pub mod records_page;
pub mod report_page;
pub mod reviews_page;
pub mod settings_page;
pub mod suggestions_page;
pub mod surveys_page;
pub mod warnings_page;

pub use appraisals_page::{
    AppraisalsPage, DepartmentReviewPage, EvaluationReportsPage, MeetingPage, RankingPage,
    ScreenPage, VotePage,
};
pub use assign_list_page::AssignListPage;
pub use assign_page::AssignPage;
pub use conflicts_page::ConflictsPage;
pub use directory_page::DirectoryPage;
pub use draft_page::DraftPage;
pub use exchange_page::ExchangePage;
pub use feedback_list_page::FeedbackListPage;
pub use feedback_page::FeedbackPage;
pub use figures_page::FiguresPage;
pub use follow_ups_page::FollowUpsPage;
pub use groups_page::{ActionsPage, GroupPage, GroupsPage};
pub use handle_page::HandlePage;
pub use home_page::HomePage;
pub use import_page::ImportPage;
pub use inbox_page::InboxPage;
pub use key_items_page::KeyItemsPage;
pub use letters_page::LettersPage;
pub use not_found_page::NotFoundPage;
pub use opinions_page::OpinionsPage;
pub use oversight_page::OversightPage;
pub use print_page::PrintPage;
pub use procuratorate_page::ProcuratoratePage;
pub use record_page::{RecordPage, SummaryPage};
pub use records_page::{NewRecordPage, RecordsPage};
pub use report_page::{MinePage, ReportPage};
pub use reviews_page::ReviewsPage;
pub use settings_page::SettingsPage;
pub use suggestions_page::SuggestionsPage;
pub use surveys_page::{SurveyPage, SurveysPage};
pub use warnings_page::WarningsPage;
