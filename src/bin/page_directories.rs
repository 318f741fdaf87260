//! The directories page: the eight directories (名册) and their import.

use jianyi::pages::DirectoryPage;
use jianyi::router::{Page, Route};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Directories, |route| match route {
        Route::Directory(directory) => view! { <DirectoryPage directory/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
