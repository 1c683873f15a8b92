-- reconsideration V2: indexes that answer the year's figures (StatsDao) from the index alone. With 100,000 cases
-- the counts read 20,000 table rows a year through V1's one-column date indexes, and a county's subtree had no
-- index on (respondent, decided_on) at all, so SQLite built a temporary one over the whole year on every
-- recount. One script for SQLite and PostgreSQL.

-- Received in the year, per category, with how many accepted; also serves the list's newest-first order.
CREATE INDEX reconsiderations_received_figures ON reconsiderations (received_on, category, accepted_on);
DROP INDEX reconsiderations_received;

-- Decided in the year, per respondent and decision, on time and corrected: the whole ledger's figures.
CREATE INDEX reconsiderations_decided_figures
    ON reconsiderations (decided_on, respondent_org_id, decision, due_on, corrected_indirectly);
DROP INDEX reconsiderations_decided;

-- The same within a subtree: each respondent unit's decisions in the year.
CREATE INDEX reconsiderations_respondent_decided
    ON reconsiderations (respondent_org_id, decided_on, decision, due_on, corrected_indirectly);
