-- duty-tracking V5: every stored spreadsheet import, by the SHA-256 of the file, so the same file
-- imported again is recognised and refused unless forced.

CREATE TABLE duty_imports (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL,
    -- court-cases
    kind        TEXT    NOT NULL,
    -- null: a court file has no single target
    target      INTEGER,
    file_name   TEXT,
    rows        INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    username    TEXT    NOT NULL,
    imported_at TEXT    NOT NULL
);
CREATE INDEX duty_imports_sha ON duty_imports (sha256, kind, target);
