-- assessment V4 as PostgreSQL runs it (the SQLite script beside it rebuilds the table, which SQLite needs
-- to change a CHECK): evidence of kind RECORD, a reference to one of the unit's own ledger records.

ALTER TABLE assessment_evidence DROP CONSTRAINT assessment_evidence_kind_check;
ALTER TABLE assessment_evidence ADD CONSTRAINT assessment_evidence_kind_check
    CHECK (kind IN ('FILE', 'IMAGE', 'VIDEO', 'LINK', 'NOTE', 'RECORD'));
ALTER TABLE assessment_evidence ADD COLUMN record_kind TEXT;
ALTER TABLE assessment_evidence ADD COLUMN record_id BIGINT;
ALTER TABLE assessment_evidence ADD CONSTRAINT assessment_evidence_record_check
    CHECK ((kind = 'RECORD') = (record_kind IS NOT NULL AND record_id IS NOT NULL));
