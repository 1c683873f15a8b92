-- This instance's signing key (one row, created on first use), the senders' keys it trusts, the packages it
-- has received and which of its rows came from them.
CREATE TABLE exchange_own_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  TEXT    NOT NULL,
    private_key TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE exchange_trusted_keys (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    public_key  TEXT    NOT NULL,
    fingerprint TEXT    NOT NULL UNIQUE,
    trusted_by  TEXT    NOT NULL,
    trusted_at  TEXT    NOT NULL
);

CREATE TABLE exchange_packages (
    id          INTEGER PRIMARY KEY,
    root_org_id INTEGER NOT NULL REFERENCES orgs (id),
    root_code   TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    sha256      TEXT    NOT NULL,
    signer      TEXT    NOT NULL,
    signer_name TEXT    NOT NULL,
    exported_at TEXT    NOT NULL,
    received_at TEXT    NOT NULL,
    records     INTEGER NOT NULL,
    counts      TEXT    NOT NULL
);
CREATE INDEX exchange_packages_root ON exchange_packages (root_code, year, signer, exported_at);

-- The rows a package wrote (units, people and ledger records): shown as received, read-only here.
CREATE TABLE exchange_received (
    table_name TEXT    NOT NULL,
    row_id     INTEGER NOT NULL,
    package_id INTEGER NOT NULL REFERENCES exchange_packages (id),
    PRIMARY KEY (table_name, row_id)
);
CREATE INDEX exchange_received_package ON exchange_received (package_id);
