-- assessment V4: evidence that is a reference to one of the unit's own ledger records (kind RECORD:
-- record_kind, a figures.RecordKind name, and record_id, the record's id in its ledger), picked from the
-- ledger's list rather than retyped. SQLite cannot change a CHECK, so the evidence table is rebuilt with
-- the same rows and ids; PostgreSQL replaces its kind check instead (postgresql/V4 beside this).

CREATE TABLE assessment_evidence_v4 (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL,
    org_id       INTEGER NOT NULL,
    code         TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('FILE', 'IMAGE', 'VIDEO', 'LINK', 'NOTE', 'RECORD')),
    title        TEXT    NOT NULL,
    url          TEXT,
    text         TEXT,
    file_name    TEXT,
    content_type TEXT,
    size         INTEGER,
    sha256       TEXT,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    record_kind  TEXT,
    record_id    INTEGER,
    FOREIGN KEY (round_id, org_id) REFERENCES assessment_round_units (round_id, org_id),
    CHECK ((kind IN ('FILE', 'IMAGE', 'VIDEO')) = (sha256 IS NOT NULL)),
    CHECK ((kind = 'LINK') = (url IS NOT NULL)),
    CHECK ((kind = 'NOTE') = (text IS NOT NULL)),
    CHECK ((kind = 'RECORD') = (record_kind IS NOT NULL AND record_id IS NOT NULL))
);
INSERT INTO assessment_evidence_v4 (id, round_id, org_id, code, kind, title, url, text, file_name, content_type, size,
                                    sha256, created_at, created_by)
SELECT id, round_id, org_id, code, kind, title, url, text, file_name, content_type, size, sha256, created_at, created_by
FROM assessment_evidence;
DROP TABLE assessment_evidence;
ALTER TABLE assessment_evidence_v4 RENAME TO assessment_evidence;
CREATE INDEX assessment_evidence_answer ON assessment_evidence (round_id, org_id, code);
CREATE INDEX assessment_evidence_sha256 ON assessment_evidence (sha256);
