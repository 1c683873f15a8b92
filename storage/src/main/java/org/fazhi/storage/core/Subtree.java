package org.fazhi.storage.core;

/**
 * The SQL fragments that confine a query to one unit's subtree (a recursive walk down
 * {@code orgs.parent_id}) or to nothing. Values come from code only, never from a request.
 */
public record Subtree(String cte, String join) {
    private static final String CTE =
            "WITH RECURSIVE sub(id) AS (SELECT :root UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) ";

    public static Subtree all() {
        return new Subtree("", "");
    }

    /** Joins {@code sub} on the given column, e.g. {@code s.org_id}. */
    public static Subtree of(Long root, String orgColumn) {
        return root == null ? all() : new Subtree(CTE, "JOIN sub ON sub.id = " + orgColumn);
    }
}
