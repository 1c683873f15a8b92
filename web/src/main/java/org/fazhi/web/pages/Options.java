package org.fazhi.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.Coded;
import org.fazhi.model.org.OrgTree;

/** The choices of a select box, with the current one marked. */
public final class Options {
    private Options() {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** Units as an indented tree, so the hierarchy shows in the drop-down. */
    public static List<Option> orgs(OrgTree tree, String selected) {
        List<Option> out = new ArrayList<>();
        for (OrgTree.Node n : tree.flatten()) {
            String id = String.valueOf(n.org().id());
            out.add(new Option(id, "　".repeat(n.depth()) + n.org().name(), id.equals(selected)));
        }
        return out;
    }

    public static <E extends Enum<E> & Coded> List<Option> of(Class<E> type, String selected) {
        List<Option> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(new Option(e.name(), e.label(), e.name().equals(selected)));
        }
        return out;
    }
}
