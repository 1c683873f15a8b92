package org.fazhi.storage.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One table of a module's {@link YearSlice}: which of its rows belong to a set of units and a year, and which
 * columns point at rows elsewhere, so that another ledger can take the rows in with ids of its own.
 *
 * @param table the table's name
 * @param belongs a SQL condition on the table's rows (no alias): {@code <units>} stands for the unit ids
 *     (a list for {@code IN (…)}), {@code :year} for the year as an integer and {@code :yearText} for it as text
 *     (for {@code substr(date, 1, 4) = :yearText} on ISO dates); child tables name their parent's condition, or
 *     its rows as {@code <rows:parent>} (the ids of the parent table's rows in the selection)
 * @param refs column → the table it points at: {@code orgs}, {@code people}, this table or a table before it
 *     in its slice (or in a slice before it); a column pointing at shared reference data (a catalogue both
 *     ledgers were born with) is left out and kept as it is
 * @param fileColumn the column holding an attachment's SHA-256 in the slice's file folder, or null
 * @param leftOut columns the package does not carry: links the receiver cannot follow (they are left null there)
 * @param key the columns that order the rows and tell them apart: {@code id} (a row the receiver gives an id of its
 *     own, which later tables and {@code <rows:table>} may name), or the columns of a table without an id (its
 *     rows are only found through their parents)
 * @param ownId a column the package does not carry that the receiver sets to the row's own new id (a first
 *     version naming itself as its lineage), or null
 * @param reachBack columns of {@code refs} that may point at a row of an earlier year, which this year's package
 *     does not carry (a retake in January of a test failed in December); the receiver leaves such a link empty
 *     instead of refusing the package
 */
public record SliceTable(String table, String belongs, Map<String, String> refs, String fileColumn, Set<String> leftOut,
                         List<String> key, String ownId, Set<String> reachBack) {
    /** The key of a table whose rows have an id. */
    public static final List<String> ID = List.of("id");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public SliceTable {
        if (!NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        refs = Map.copyOf(refs);
        for (Map.Entry<String, String> e : refs.entrySet()) {
            if (!NAME.matcher(e.getKey()).matches() || !NAME.matcher(e.getValue()).matches()) {
                throw new IllegalArgumentException("not a column or table name: " + e);
            }
        }
        if (fileColumn != null && !NAME.matcher(fileColumn).matches()) {
            throw new IllegalArgumentException("not a column name: " + fileColumn);
        }
        leftOut = Set.copyOf(leftOut);
        for (String c : leftOut) {
            if (!NAME.matcher(c).matches() || refs.containsKey(c)) {
                throw new IllegalArgumentException("not a column to leave out: " + c);
            }
        }
        key = List.copyOf(key);
        if (key.isEmpty() || !key.stream().allMatch(c -> NAME.matcher(c).matches())) {
            throw new IllegalArgumentException("not a key: " + key);
        }
        if (ownId != null && (!NAME.matcher(ownId).matches() || refs.containsKey(ownId) || !key.equals(ID))) {
            throw new IllegalArgumentException("not a column for the row's own id: " + ownId);
        }
        reachBack = Set.copyOf(reachBack);
        if (!refs.keySet().containsAll(reachBack)) {
            throw new IllegalArgumentException("not a link to an earlier year: " + reachBack);
        }
    }

    public static SliceTable of(String table, String belongs, Map<String, String> refs) {
        return new SliceTable(table, belongs, refs, null, Set.of(), ID, null, Set.of());
    }

    public SliceTable withFiles(String column) {
        return new SliceTable(table, belongs, refs, column, leftOut, key, ownId, reachBack);
    }

    /** This table without the given columns in the package. */
    public SliceTable leaving(String... columns) {
        return new SliceTable(table, belongs, refs, fileColumn, Set.of(columns), key, ownId, reachBack);
    }

    /** This table, whose rows have no id, told apart by {@code columns}. */
    public SliceTable keyedBy(String... columns) {
        return new SliceTable(table, belongs, refs, fileColumn, leftOut, List.of(columns), ownId, reachBack);
    }

    /** This table with {@code column} left out of the package and set, at the receiver, to the row's own new id. */
    public SliceTable ownIdIn(String column) {
        return new SliceTable(table, belongs, refs, fileColumn, leftOut, key, column, reachBack);
    }

    /** This table with {@code columns} (links of its {@code refs}) allowed to point at a row of an earlier year. */
    public SliceTable reachingBack(String... columns) {
        return new SliceTable(table, belongs, refs, fileColumn, leftOut, key, ownId, Set.of(columns));
    }

    /** Whether the rows have an id (the receiver gives them ids of its own). */
    public boolean hasId() {
        return key.equals(ID);
    }

    /** The columns the package does not carry: those left out and the own-id column. */
    public Set<String> notCarried() {
        if (ownId == null) {
            return leftOut;
        }
        Set<String> all = new java.util.HashSet<>(leftOut);
        all.add(ownId);
        return all;
    }

    /**
     * The table's condition with {@code <units>} and every {@code <rows:other>} filled in: the ids of the rows of
     * an earlier table of the selection ({@code NULL} when none), so a condition need not reach through tables the
     * receiver deletes before this one.
     */
    public String condition(String units, Map<String, List<Long>> rows) {
        String c = belongs.replace("<units>", units);
        java.util.regex.Matcher m = ROWS.matcher(c);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Long> ids = rows.get(m.group(1));
            if (ids == null) {
                throw new IllegalStateException(table + " names rows of " + m.group(1) + ", which does not come before it");
            }
            m.appendReplacement(out, ids.isEmpty() ? "NULL"
                    : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern ROWS = Pattern.compile("<rows:([a-z][a-z0-9_]*)>");
}
