#!/usr/bin/env bash
# SIGKILL a process in the middle of saving state, again and again, and check the state file always
# holds the old state or the new one, whole (tests/kill_state.rs has the details).
#
#   tests/kill_state.sh [TRIALS]        # default 200; KILL_SEED=N reproduces a run
#
# CARGO picks the cargo to run (e.g. a wrapper that serialises builds on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/.."
export KILL_TRIALS="${1:-200}"
exec "${CARGO:-cargo}" test --test kill_state -- --ignored --nocapture --test-threads=1 \
    --exact sigkill_during_saves_keeps_the_old_or_the_new_state
