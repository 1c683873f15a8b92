-- law-training V2: every stored spreadsheet import, by the SHA-256 of the file, so the same file
-- imported again is recognised and refused unless forced.

CREATE TABLE training_imports (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL,
    -- study-sessions or exam-results
    kind        TEXT    NOT NULL,
    -- the batch of exam results; null for study sessions
    target      INTEGER,
    file_name   TEXT,
    rows        INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    username    TEXT    NOT NULL,
    imported_at TEXT    NOT NULL
);
CREATE INDEX training_imports_sha ON training_imports (sha256, kind, target);
