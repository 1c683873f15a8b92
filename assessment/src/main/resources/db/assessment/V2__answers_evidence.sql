-- assessment V2: a unit's self-assessment. One answer per unit and leaf of the round's system (the row
-- appears with its first save: version 1; an unsaved leaf is version 0), and its evidence: files (by
-- SHA-256 under attachments/assessment), links and notes. Scores are tenths of a point.

CREATE TABLE assessment_answers (
    round_id     INTEGER NOT NULL,
    org_id       INTEGER NOT NULL,
    code         TEXT    NOT NULL,
    self_tenths  INTEGER CHECK (self_tenths >= 0),
    explanation  TEXT,
    version      INTEGER NOT NULL,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL,
    PRIMARY KEY (round_id, org_id, code),
    FOREIGN KEY (round_id, org_id) REFERENCES assessment_round_units (round_id, org_id)
);

CREATE TABLE assessment_evidence (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL,
    org_id       INTEGER NOT NULL,
    code         TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('FILE', 'IMAGE', 'VIDEO', 'LINK', 'NOTE')),
    title        TEXT    NOT NULL,
    url          TEXT,
    text         TEXT,
    file_name    TEXT,
    content_type TEXT,
    size         INTEGER,
    sha256       TEXT,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    FOREIGN KEY (round_id, org_id) REFERENCES assessment_round_units (round_id, org_id),
    CHECK ((kind IN ('FILE', 'IMAGE', 'VIDEO')) = (sha256 IS NOT NULL)),
    CHECK ((kind = 'LINK') = (url IS NOT NULL)),
    CHECK ((kind = 'NOTE') = (text IS NOT NULL))
);
CREATE INDEX assessment_evidence_answer ON assessment_evidence (round_id, org_id, code);
CREATE INDEX assessment_evidence_sha256 ON assessment_evidence (sha256);
