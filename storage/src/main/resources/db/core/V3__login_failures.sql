-- Failed sign-ins, counted per account and per address. In the database rather than in memory, so every
-- app node of a shared instance counts them together and a restart does not reset a guesser's pause.
-- Written once for both engines.
CREATE TABLE login_failures (
    key          TEXT    PRIMARY KEY,
    failures     INTEGER NOT NULL,
    last_failure TEXT    NOT NULL,
    locked_until TEXT
);
CREATE INDEX login_failures_last ON login_failures (last_failure);
