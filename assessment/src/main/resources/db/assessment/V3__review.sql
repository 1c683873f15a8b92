-- assessment V3: review. The reviewer's score and reason per answer (a reason for every deduction), leaves
-- returned to the unit for 补充材料 (returned = 1 until the unit resubmits), answers marked 典型经验做法,
-- the confirmation of a unit's scores, and the 整改 items deductions opened in duty-tracking's ledger
-- (the link is kept here, so the 整改 ledger needs no change: looked up by rectification id).

ALTER TABLE assessment_answers ADD COLUMN review_tenths INTEGER;
ALTER TABLE assessment_answers ADD COLUMN reason TEXT;
ALTER TABLE assessment_answers ADD COLUMN reviewed_at TEXT;
ALTER TABLE assessment_answers ADD COLUMN reviewed_by TEXT;
ALTER TABLE assessment_answers ADD COLUMN returned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessment_answers ADD COLUMN return_comment TEXT;
ALTER TABLE assessment_answers ADD COLUMN typical INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assessment_round_units ADD COLUMN confirmed_at TEXT;
ALTER TABLE assessment_round_units ADD COLUMN confirmed_by TEXT;

CREATE TABLE assessment_rectifications (
    rectification_id BIGINT  NOT NULL PRIMARY KEY,
    round_id         BIGINT  NOT NULL,
    org_id           BIGINT  NOT NULL,
    code             TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    FOREIGN KEY (round_id, org_id, code) REFERENCES assessment_answers (round_id, org_id, code)
);
CREATE INDEX assessment_rectifications_answer ON assessment_rectifications (round_id, org_id, code);
