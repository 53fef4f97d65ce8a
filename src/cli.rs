//! The binary's glue for the subcommands beyond the reader and `report` (only `main.rs`
//! includes this; it is no part of the library).

pub mod ner;
pub mod pager;
