-- A stand-in for a module that keeps files (study materials, duty evidence): rows naming a stored file by SHA-256.
CREATE TABLE test_files (
    id     INTEGER PRIMARY KEY,
    label  TEXT NOT NULL,
    sha256 TEXT
);
