//! What the reader can be asked to do: [`Command`]s are bound to keys in the keymap; [`Action`]s are
//! everything [`App::update`](super::app::App::update) accepts, commands plus text input, mouse,
//! resize and the analysis arriving.

use crate::analysis::{Analysis, Progress};

macro_rules! commands {
    ($($variant:ident = $name:literal),* $(,)?) => {
        /// A key-bindable command, named in `assets/keymap.toml` by its snake_case name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Command {
            $($variant),*
        }

        impl Command {
            /// Every command, so a test can check each one is bound and described.
            pub const ALL: &'static [Command] = &[$(Command::$variant),*];

            /// The name used in the keymap file.
            pub fn name(self) -> &'static str {
                match self {
                    $(Command::$variant => $name),*
                }
            }

            /// The command a keymap name stands for.
            pub fn from_name(name: &str) -> Option<Command> {
                match name {
                    $($name => Some(Command::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

commands! {
    Quit = "quit",
    Help = "help",
    Back = "back",
    FocusNext = "focus_next",
    FocusPrev = "focus_prev",
    FocusLeft = "focus_left",
    FocusRight = "focus_right",
    JumpSource = "jump_source",
    PrevSource = "prev_source",
    NextSource = "next_source",
    OpenFilter = "open_filter",
    ShowEntities = "show_entities",
    ShowClaims = "show_claims",
    NextMention = "next_mention",
    PrevMention = "prev_mention",
    Down = "down",
    Up = "up",
    HalfPageDown = "half_page_down",
    HalfPageUp = "half_page_up",
    PageDown = "page_down",
    PageUp = "page_up",
    Top = "top",
    Bottom = "bottom",
    Select = "select",
    Confirm = "confirm",
    DeleteChar = "delete_char",
    ClearInput = "clear_input",
    ToggleRead = "toggle_read",
    CycleFlag = "cycle_flag",
    WriteNote = "write_note",
    OpenLink = "open_link",
    CopyLink = "copy_link",
    CopyClaim = "copy_claim",
    // Between the article and the claims (issue 17.5).
    SearchText = "search_text",
    NextHit = "next_hit",
    PrevHit = "prev_hit",
    NextValue = "next_value",
    PrevValue = "prev_value",
    CompareValue = "compare_value",
    JumpBack = "jump_back",
    Timeline = "timeline",
    Matrix = "matrix",
    PrevColumn = "prev_column",
    NextColumn = "next_column",
}

/// Which way the mouse wheel turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wheel {
    Up,
    Down,
}

/// One change request to the reader's state.
#[derive(Debug)]
pub enum Action {
    /// A bound command. `JumpSource` carries its 1-based number in `Jump`.
    Command(Command),
    /// Open the n-th (1-based) listed source.
    Jump(usize),
    /// A character typed into the filter, the help search or a note.
    Input(char),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// Left click at column, row.
    Click(u16, u16),
    /// Wheel turned over column, row.
    Wheel(u16, u16, Wheel),
    /// The sources are read and ready to show; their analysis is next.
    Sources(Box<super::incoming::Incoming>),
    /// Reading the files or the analysis reports progress.
    Progress(Progress),
    /// The analysis is done.
    Loaded(Box<Analysis>),
    /// The analysis failed; the reason is shown and the text stays readable.
    Failed(String),
    /// A problem to show in the status bar and keep among the notices (`?`).
    Notice(String),
}

impl From<Command> for Action {
    fn from(c: Command) -> Action {
        Action::Command(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &c in Command::ALL {
            assert_eq!(Command::from_name(c.name()), Some(c));
        }
        assert_eq!(Command::from_name("no_such_command"), None);
    }
}
