-- Units whose records arrive in 报送 packages (the exchange module marks them): read-only at this instance,
-- since the next package from below replaces their year. Written once for both engines.
CREATE TABLE received_units (
    org_id      BIGINT NOT NULL PRIMARY KEY REFERENCES orgs (id),
    received_at TEXT   NOT NULL
);
