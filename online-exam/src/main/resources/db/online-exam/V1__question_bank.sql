-- online-exam V1: the question bank. One row per question; its laws in a table of their own, so that a paper rule
-- can ask for questions on given laws and the bank can be filtered by law. Options are a JSON array (labelled A, B,
-- C… in order); the answer is in its canonical form (Question.canonicalAnswer). A question used in a paper is kept
-- as asked in the exam's own snapshot, so editing or retiring it here never changes a past result.

CREATE TABLE questions (
    id         INTEGER PRIMARY KEY,
    type       TEXT    NOT NULL CHECK (type IN ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'CASE')),
    stem       TEXT    NOT NULL,
    options    TEXT    NOT NULL DEFAULT '[]',
    answer     TEXT    NOT NULL,
    points     INTEGER NOT NULL CHECK (points BETWEEN 1 AND 100),
    difficulty TEXT    NOT NULL CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
    analysis   TEXT,
    -- 0: retired (停用): kept for its history, never drawn into a new paper.
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
-- Paper assembly draws the active questions of one type; the bank lists newest first.
CREATE INDEX questions_type ON questions (type, active, id);

CREATE TABLE question_laws (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    law         TEXT    NOT NULL,
    -- The laws' order as the editor gave them (0, 1, 2…).
    seq         INTEGER NOT NULL,
    PRIMARY KEY (question_id, law)
);
CREATE INDEX question_laws_law ON question_laws (law, question_id);

-- The files imported into the bank, so the same file twice is noticed (storage's ImportHistory).
CREATE TABLE question_imports (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    target      INTEGER,
    file_name   TEXT,
    rows        INTEGER NOT NULL,
    user_id     INTEGER,
    username    TEXT    NOT NULL,
    imported_at TEXT    NOT NULL
);
CREATE INDEX question_imports_sha ON question_imports (sha256, kind);
