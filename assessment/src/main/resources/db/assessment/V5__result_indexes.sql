-- assessment V5: indexes the results read. A round's results sum every answer's score that counts (the
-- reviewer's, else the unit's own) per unit and per leaf: an index holding those columns in each order lets
-- those sums (200,000 answers in a province round) run along the index alone, without sorting and without the
-- rows with their explanations; the score matrix reads a unit's scores from the first. 典型经验做法 are few: a
-- partial index finds them without a scan. Both engines run this script.
CREATE INDEX assessment_answers_scores ON assessment_answers (round_id, org_id, code, self_tenths, review_tenths);
CREATE INDEX assessment_answers_typical ON assessment_answers (round_id) WHERE typical = 1;
CREATE INDEX assessment_answers_leaves ON assessment_answers (round_id, code, self_tenths, review_tenths);
