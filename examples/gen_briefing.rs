//! Write a synthetic briefing of N sources with planted agreements and disagreements:
//!
//! ```sh
//! cargo run --release --example gen_briefing -- 10000 /tmp/storm-10k
//! parallax report /tmp/storm-10k
//! ```
//!
//! The articles, and what the analysis must find in them, are `support/synth.rs`'s.

#[path = "support/synth.rs"]
#[allow(dead_code)]
mod synth;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1)) else {
        eprintln!("usage: gen_briefing N FOLDER");
        return std::process::ExitCode::from(2);
    };
    match synth::write(std::path::Path::new(dir), n) {
        Ok(bytes) => {
            eprintln!("{n} sources, {bytes} bytes in {dir}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_briefing: {dir}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
