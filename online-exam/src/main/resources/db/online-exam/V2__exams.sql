-- online-exam V2: online exams. One exam per test batch (law-training's test_batches); the rule it was set up with;
-- each variant's questions as asked (a snapshot: editing or retiring a bank question never changes a paper or a
-- result); the candidates with their one-time codes and sitting tokens (SHA-256 hashes only), the variant drawn by
-- lot and their order of questions and options; their answers as given (canonical letters) with the points each
-- earned. Times are ISO-8601 instants to the second (comparable as text); points are kept in tenths, so half
-- points of partial credit stay exact. Written once for SQLite and PostgreSQL (postgresql/ has the identity ids).

CREATE TABLE exams (
    id             INTEGER PRIMARY KEY,
    batch_id       INTEGER NOT NULL UNIQUE REFERENCES test_batches (id),
    minutes        INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 300),
    -- "A" or "A,B"…
    variants       TEXT    NOT NULL,
    -- 1: a multiple choice answer naming some right options and no wrong one earns half the points.
    partial_credit INTEGER NOT NULL DEFAULT 0 CHECK (partial_credit IN (0, 1)),
    -- The parts and laws as set up (JSON), for the setup page and the audit.
    rule           TEXT    NOT NULL,
    total_points   INTEGER NOT NULL,
    -- OPEN: candidates may sign in; CLOSED: the organiser closed it, the absent were marked 缺考.
    status         TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    version        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

CREATE TABLE exam_questions (
    id          INTEGER PRIMARY KEY,
    exam_id     INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
    variant     TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    -- The bank question it was drawn from (no foreign key: the bank may delete it; the snapshot stays).
    question_id INTEGER,
    type        TEXT    NOT NULL CHECK (type IN ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'CASE')),
    stem        TEXT    NOT NULL,
    options     TEXT    NOT NULL DEFAULT '[]',
    answer      TEXT    NOT NULL,
    points      INTEGER NOT NULL,
    laws        TEXT    NOT NULL DEFAULT '[]',
    UNIQUE (exam_id, variant, position)
);
CREATE INDEX exam_questions_bank ON exam_questions (question_id);

CREATE TABLE exam_candidates (
    id             INTEGER PRIMARY KEY,
    exam_id        INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    org_id         INTEGER NOT NULL REFERENCES orgs (id),
    person_id      INTEGER REFERENCES people (id),
    current_post   TEXT,
    proposed_post  TEXT,
    retake_of      INTEGER REFERENCES test_results (id),
    variant        TEXT    NOT NULL,
    -- JSON: the exam_questions ids in the candidate's order, and per question with options the canonical index
    -- shown at each position ({"12":[2,0,3,1]}).
    question_order TEXT    NOT NULL,
    option_orders  TEXT    NOT NULL,
    code_hash      TEXT    UNIQUE,
    token_hash     TEXT    UNIQUE,
    status         TEXT    NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'SITTING', 'SUBMITTED', 'ABSENT')),
    started_at     TEXT,
    ends_at        TEXT,
    submitted_at   TEXT,
    -- Points in tenths once every answer is marked; result_id the law-training result it became.
    score_tenths   INTEGER,
    result_id      INTEGER REFERENCES test_results (id),
    created_at     TEXT    NOT NULL
);
CREATE INDEX exam_candidates_exam ON exam_candidates (exam_id, id);
-- The sweep looks for sittings whose time is up.
CREATE INDEX exam_candidates_sitting ON exam_candidates (status, ends_at);

CREATE TABLE exam_answers (
    candidate_id     INTEGER NOT NULL REFERENCES exam_candidates (id) ON DELETE CASCADE,
    exam_question_id INTEGER NOT NULL REFERENCES exam_questions (id) ON DELETE CASCADE,
    -- Canonical letters (T/F for true/false), or the text of a case answer; null: not answered.
    answer           TEXT,
    saved_at         TEXT,
    -- Points earned, in tenths: set at submit for objective questions, by a marker for case questions.
    points_tenths    INTEGER,
    note             TEXT,
    marked_by        TEXT,
    marked_at        TEXT,
    PRIMARY KEY (candidate_id, exam_question_id)
);
CREATE INDEX exam_answers_question ON exam_answers (exam_question_id);
