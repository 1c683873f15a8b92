-- assessment V5: indexes the results read. A round's results sum every answer's score that counts (the
-- reviewer's, else the unit's own): an index holding those columns lets that read (200,000 answers in a
-- province round) scan the index alone instead of the rows with their explanations. 典型经验做法 are few:
-- a partial index finds them without a scan. Both engines run this script.
CREATE INDEX assessment_answers_scores ON assessment_answers (round_id, org_id, code, self_tenths, review_tenths);
CREATE INDEX assessment_answers_typical ON assessment_answers (round_id) WHERE typical = 1;
