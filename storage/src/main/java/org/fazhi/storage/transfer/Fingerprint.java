package org.fazhi.storage.transfer;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A table's row count and a hash of its content that does not depend on row order (the two engines
 * sort text differently): the sum of every row's SHA-256, each row written as its values in column
 * order with numbers in one spelling whichever type the driver returns.
 */
record Fingerprint(long rows, long hash) {
    static Fingerprint of(Connection c, String table) throws SQLException {
        MessageDigest md = sha256();
        try (Statement st = c.createStatement()) {
            // PostgreSQL's driver reads a whole result into memory unless given a fetch size (inside a
            // transaction): a province's 500,000 study sessions would not fit the 256 MB an office PC gives.
            st.setFetchSize(1000);
            return of(st.executeQuery(columnsInNameOrder(c, table, table)), md);
        }
    }

    private static Fingerprint of(ResultSet rs, MessageDigest md) throws SQLException {
        long rows = 0;
        long sum = 0;
        try (rs) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(spell(rs.getObject(i))).append('\u001f');
                }
                byte[] digest = md.digest(row.toString().getBytes(StandardCharsets.UTF_8));
                sum += ByteBuffer.wrap(digest).getLong();
                rows++;
            }
        }
        return new Fingerprint(rows, sum);
    }

    /** SELECT of every column sorted by name, so both engines list them alike whatever their table's column order. */
    private static String columnsInNameOrder(Connection c, String table, String alias) throws SQLException {
        java.util.TreeSet<String> columns = new java.util.TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return "SELECT " + String.join(", ", columns) + " FROM " + alias;
    }

    private static String spell(Object v) {
        if (v == null) {
            return "\u0000";
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Long.toString(((Number) v).longValue());
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString() : Double.toString(d.doubleValue());
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) + ".0" : Double.toString(d);
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return v.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
