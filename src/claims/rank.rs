//! Ranking: the order a reader meets the claims in, and their ids (`c1`, `c2`, … in that order).

use super::Claim;

/// Order the claims and number them.
pub fn rank(mut claims: Vec<Claim>) -> Vec<Claim> {
    claims.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.statements.len().cmp(&a.statements.len()))
            .then(first_position(a).cmp(&first_position(b)))
    });
    for (i, c) in claims.iter_mut().enumerate() {
        c.id = format!("c{}", i + 1);
    }
    claims
}

fn first_position(c: &Claim) -> (usize, usize) {
    c.statements
        .iter()
        .map(|s| (s.value.source, s.value.span.start))
        .min()
        .unwrap_or((usize::MAX, usize::MAX))
}
