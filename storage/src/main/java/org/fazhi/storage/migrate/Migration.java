package org.fazhi.storage.migrate;

/** One numbered SQL script of a component, with the checksum that pins its text once applied. */
public record Migration(String component, int version, String description, String sql, String checksum) {
}
