package org.fazhi.storage;

/**
 * The database engine a ledger lives on: SQLite, one file in the data folder (a county's office PC,
 * the default), or PostgreSQL (a city's or a province's shared instance, and the 信创 databases that
 * follow it). Code that must say something differently per engine asks {@link Database#engine()}.
 */
public enum Engine {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Engine(String folder) {
        this.folder = folder;
    }

    /** The sub-folder of a module's migration folder holding the scripts this engine needs of its own. */
    public String scriptFolder() {
        return folder;
    }
}
