//! The directories page: the eight directories (名册) and their import.

use jianyi::pages::DirectoryPage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::directory;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Directories,
        Deciders {
            directory: directory::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Directory(directory) => view! { <DirectoryPage directory/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
