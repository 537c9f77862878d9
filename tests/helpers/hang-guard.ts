/**
 * The longest a test may run before it counts as hung. Property runs, the fuzz pass, parallel CLI
 * processes and page loads in a cold Chromium take seconds alone and many times longer beside a
 * build on a shared 2-core machine: this is a hang guard, not a timing test (jest's default of
 * 5 s failed tests under load).
 */
const HANG_GUARD_MS = 180_000;

jest.setTimeout(HANG_GUARD_MS);
