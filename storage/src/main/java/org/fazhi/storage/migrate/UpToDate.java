package org.fazhi.storage.migrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.fazhi.storage.Engine;
import org.jdbi.v3.core.Jdbi;

/**
 * The everyday start: every component's history already holds every script, with the checksum Flyway
 * wrote for it. Read with one query per component, that is known in milliseconds, without starting
 * Flyway (whose per-component set-up, validation and history reads cost half a second at every start of
 * an office PC). Anything else — a pending script, a changed one, a newer database, a failed row, a
 * legacy ledger — answers false, and Flyway does the work and says what is wrong.
 */
final class UpToDate {
    private UpToDate() {
    }

    static boolean check(Jdbi jdbi, Engine engine, SchemaTables tables, List<MigrationSet> sets) {
        for (MigrationSet set : sets) {
            if (!tables.contains(set.historyTable()) || !current(jdbi, engine, set)) {
                return false;
            }
        }
        return true;
    }

    private static boolean current(Jdbi jdbi, Engine engine, MigrationSet set) {
        record Row(String version, String type, Integer checksum, boolean success) {
        }
        List<Row> rows = jdbi.withHandle(h -> h.createQuery("SELECT version, type, checksum, success FROM " + set.historyTable())
                .map((rs, ctx) -> {
                    int checksum = rs.getInt(3);
                    Integer orNull = rs.wasNull() ? null : checksum;
                    return new Row(rs.getString(1), rs.getString(2), orNull, rs.getBoolean(4));
                })
                .list());
        int baseline = 0;
        Map<Integer, Integer> applied = new HashMap<>();
        for (Row r : rows) {
            if (!r.success()) {
                return false;
            }
            if (r.version() == null) {
                continue;
            }
            int v = Integer.parseInt(r.version());
            if (v > set.latestVersion()) {
                return false;
            }
            if (r.type().contains("BASELINE")) {
                baseline = Math.max(baseline, v);
            } else {
                applied.put(v, r.checksum());
            }
        }
        for (Migration m : set.migrations(engine)) {
            if (m.version() > baseline && !Integer.valueOf(checksum(m.sql())).equals(applied.get(m.version()))) {
                return false;
            }
        }
        return true;
    }

    /** Flyway's checksum of a script: CRC-32 over its lines' UTF-8 bytes without line breaks (and without a BOM). */
    static int checksum(String sql) {
        CRC32 crc = new CRC32();
        try (BufferedReader in = new BufferedReader(new StringReader(sql))) {
            String line = in.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = in.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
