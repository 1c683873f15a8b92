package org.fazhi.storage.exchange;

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
 *     (for {@code substr(date, 1, 4) = :yearText} on ISO dates); child tables name their parent's condition
 * @param refs column → the table it points at: {@code orgs}, {@code people}, this table or a table before it
 *     in its slice (or in a slice before it); a column pointing at shared reference data (a catalogue both
 *     ledgers were born with) is left out and kept as it is
 * @param fileColumn the column holding an attachment's SHA-256 in the slice's file folder, or null
 * @param leftOut columns the package does not carry: links the receiver cannot follow (they are left null there)
 */
public record SliceTable(String table, String belongs, Map<String, String> refs, String fileColumn, Set<String> leftOut) {
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
    }

    public static SliceTable of(String table, String belongs, Map<String, String> refs) {
        return new SliceTable(table, belongs, refs, null, Set.of());
    }

    public SliceTable withFiles(String column) {
        return new SliceTable(table, belongs, refs, column, leftOut);
    }

    /** This table without the given columns in the package. */
    public SliceTable leaving(String... columns) {
        return new SliceTable(table, belongs, refs, fileColumn, Set.of(columns));
    }
}
