package org.fazhi.model.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory view of the organisation tree: children, subtrees, ancestors, depth-first order.
 * Statistics roll up the tree ("全市" is the whole subtree), so these walks are the basic operation.
 */
public final class OrgTree {
    /** Siblings as a county lists them: by kind (departments before townships…), then in the order entered. */
    private static final Comparator<Org> SIBLING_ORDER = Comparator.comparing(Org::kind).thenComparing(Org::id);

    private final Map<Long, Org> byId = new HashMap<>();
    private final Map<Long, List<Org>> children = new HashMap<>();
    private final List<Org> roots = new ArrayList<>();

    public OrgTree(Collection<Org> orgs) {
        for (Org o : orgs) {
            if (o.id() == null) {
                throw new IllegalArgumentException("stored orgs only: " + o.name());
            }
            byId.put(o.id(), o);
        }
        for (Org o : orgs) {
            if (o.parentId() == null || !byId.containsKey(o.parentId())) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        roots.sort(SIBLING_ORDER);
        children.values().forEach(list -> list.sort(SIBLING_ORDER));
    }

    public Optional<Org> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Org> roots() {
        return List.copyOf(roots);
    }

    public List<Org> children(long id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** The unit and everything below it, depth-first; empty if the id is unknown. */
    public List<Org> subtree(long id) {
        Org top = byId.get(id);
        if (top == null) {
            return List.of();
        }
        List<Org> out = new ArrayList<>();
        walk(top, 0, (o, d) -> out.add(o));
        return out;
    }

    public Set<Long> subtreeIds(long id) {
        Set<Long> ids = new LinkedHashSet<>();
        subtree(id).forEach(o -> ids.add(o.id()));
        return ids;
    }

    /** True when {@code candidate} is {@code ancestor} itself or lies below it. */
    public boolean isWithin(long candidate, long ancestor) {
        Long cur = candidate;
        Set<Long> seen = new LinkedHashSet<>();
        while (cur != null && seen.add(cur)) {
            if (cur == ancestor) {
                return true;
            }
            Org o = byId.get(cur);
            cur = o == null ? null : o.parentId();
        }
        return false;
    }

    /** From the root down to the unit itself, e.g. 某县人民政府 › 县司法局. */
    public List<Org> path(long id) {
        List<Org> path = new ArrayList<>();
        Org cur = byId.get(id);
        Set<Long> seen = new LinkedHashSet<>();
        while (cur != null && seen.add(cur.id())) {
            path.add(0, cur);
            cur = cur.parentId() == null ? null : byId.get(cur.parentId());
        }
        return path;
    }

    /** Every unit depth-first with its depth, roots first, siblings in kind then entry order: how a tree is drawn. */
    public List<Node> flatten() {
        List<Node> out = new ArrayList<>();
        for (Org r : roots) {
            walk(r, 0, (o, d) -> out.add(new Node(o, d)));
        }
        return out;
    }

    public int size() {
        return byId.size();
    }

    private void walk(Org o, int depth, Visitor v) {
        v.visit(o, depth);
        for (Org c : children.getOrDefault(o.id(), List.of())) {
            walk(c, depth + 1, v);
        }
    }

    private interface Visitor {
        void visit(Org org, int depth);
    }

    /** One row of a drawn tree. */
    public record Node(Org org, int depth) {
    }
}
