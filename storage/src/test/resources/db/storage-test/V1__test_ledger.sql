-- A stand-in for a domain module's ledger (law-training, duty-tracking): rows that point at people
-- and units, so deleting a person or unit that a ledger still uses must be refused.
CREATE TABLE test_ledger (
    id        INTEGER PRIMARY KEY,
    org_id    INTEGER NOT NULL REFERENCES orgs (id),
    person_id INTEGER REFERENCES people (id),
    note      TEXT    NOT NULL
);
