//! From key presses to actions, through the keymap.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::{Context, Key, Keymap, Lookup};
use crate::tui::action::{Action, Command};

/// Turns key presses into actions, holding the first key of a sequence (`g` of `g g`).
#[derive(Debug, Default)]
pub struct KeyInput {
    pending: Vec<Key>,
}

impl KeyInput {
    /// The action a key event triggers in `ctx`, if any. Only presses count: Windows also reports
    /// releases, which would double every key.
    pub fn press(&mut self, keymap: &Keymap, ctx: Context, ev: &KeyEvent) -> Option<Action> {
        if ev.kind != KeyEventKind::Press {
            return None;
        }
        let key = Key::from_event(ev);
        self.pending.push(key);
        match keymap.lookup(ctx, &self.pending) {
            Lookup::Run(cmd) => {
                self.pending.clear();
                Some(to_action(cmd, key))
            }
            Lookup::Prefix => None,
            Lookup::Unbound => {
                let retry = self.pending.len() > 1;
                self.pending.clear();
                if retry {
                    // `g` then `j`: the abandoned prefix must not swallow the `j`.
                    return self.press(keymap, ctx, ev);
                }
                match key.code {
                    KeyCode::Char(c)
                        if matches!(ctx, Context::Input | Context::Note) && !key.ctrl && !key.alt =>
                    {
                        Some(Action::Input(c))
                    }
                    _ => None,
                }
            }
        }
    }

    /// True while a sequence has begun.
    pub fn is_pending(&self) -> bool {
        !self.pending.is_empty()
    }
}

fn to_action(cmd: Command, key: Key) -> Action {
    match (cmd, key.code) {
        (Command::JumpSource, KeyCode::Char(c)) => match c.to_digit(10) {
            Some(n) => Action::Jump(n as usize),
            None => Action::Command(cmd),
        },
        _ => Action::Command(cmd),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn km() -> Keymap {
        Keymap::embedded().expect("the embedded keymap parses")
    }

    fn press(input: &mut KeyInput, km: &Keymap, ctx: Context, code: KeyCode) -> Option<Action> {
        input.press(km, ctx, &KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn sequences_digits_and_typing() {
        let km = km();
        let mut input = KeyInput::default();
        let ch = KeyCode::Char;
        assert!(press(&mut input, &km, Context::Sources, ch('g')).is_none());
        assert!(input.is_pending());
        assert!(matches!(
            press(&mut input, &km, Context::Sources, ch('g')),
            Some(Action::Command(Command::Top))
        ));
        // An abandoned prefix does not eat the next key.
        assert!(press(&mut input, &km, Context::Sources, ch('g')).is_none());
        assert!(matches!(
            press(&mut input, &km, Context::Sources, ch('j')),
            Some(Action::Command(Command::Down))
        ));
        assert!(matches!(
            press(&mut input, &km, Context::Article, ch('3')),
            Some(Action::Jump(3))
        ));
        assert!(matches!(
            press(&mut input, &km, Context::Input, ch('j')),
            Some(Action::Input('j'))
        ));
        assert!(press(&mut input, &km, Context::Sources, ch('x')).is_none());
        let release = KeyEvent {
            kind: KeyEventKind::Release,
            ..KeyEvent::new(ch('q'), KeyModifiers::NONE)
        };
        assert!(input.press(&km, Context::Sources, &release).is_none());
    }
}
