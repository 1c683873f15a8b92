package org.fazhi.web.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.fazhi.web.pages.Options;

/**
 * The round form's 参评单位: every unit below the assessing unit (the default), or the ones ticked. The units are
 * those below the assessing unit within the user's scope, as a tree whose branches fold away (a {@code <details>}
 * per unit with units below it), narrowed to one unit kind; 全选/全不选 tick or clear the units shown. Everything
 * works as plain form posts (the buttons post the form back to be drawn again, nothing is stored then), so it
 * needs no script. Ticked units the kind filter hides are kept as hidden fields.
 */
public final class UnitChooser {
    /** The field of the ticked units (several), the choice between all and the ticked ones, the kind shown. */
    static final String UNITS = "unitIds";
    static final String MODE = "units";
    static final String KIND = "unitKind";

    /**
     * One line: a unit with its checkbox (when its kind is shown), opening a foldable branch when units are below
     * it; {@code close} ends that many branches after it.
     */
    public record Line(long id, String name, String kind, int depth, boolean checkbox, boolean checked, boolean opens,
                       boolean open, List<Integer> close) {
    }

    /** A ticked unit the kind filter hides, kept as a hidden field. */
    public record Kept(long id) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Kept> kept = new ArrayList<>();
    private final String orgName;
    private final boolean chosen;
    private final List<Options.Option> kinds = new ArrayList<>();
    private int shown;
    private int ticked;

    /**
     * @param tree    the units of the user's scope (no unit outside it is ever drawn)
     * @param orgId   the assessing unit; null or outside the tree: no units yet
     * @param checked the ticked units
     * @param kind    the unit kind shown, or null for every kind
     * @param chosen  whether the round covers the ticked units only
     */
    UnitChooser(OrgTree tree, Long orgId, Set<Long> checked, OrgKind kind, boolean chosen) {
        this.chosen = chosen;
        Org assessing = orgId == null ? null : tree.find(orgId).orElse(null);
        orgName = assessing == null ? null : assessing.name();
        Set<OrgKind> present = new LinkedHashSet<>();
        if (assessing != null) {
            for (Org child : tree.children(assessing.id())) {
                walk(tree, child, 0, checked, kind, present);
            }
            Set<Long> below = tree.subtreeIds(assessing.id());
            for (Long id : checked) {
                if (below.contains(id) && lines.stream().noneMatch(l -> l.id() == id && l.checkbox())) {
                    kept.add(new Kept(id));
                }
            }
        }
        for (OrgKind k : OrgKind.values()) {
            if (present.contains(k)) {
                kinds.add(new Options.Option(k.name(), k.label(), k == kind));
            }
        }
    }

    /** Draws {@code org} and what is below it; answers whether anything of the shown kind was drawn. */
    private boolean walk(OrgTree tree, Org org, int depth, Set<Long> checked, OrgKind kind, Set<OrgKind> present) {
        present.add(org.kind());
        boolean mine = kind == null || org.kind() == kind;
        List<Org> children = tree.children(org.id());
        int at = lines.size();
        lines.add(null);
        boolean any = false;
        for (Org child : children) {
            any |= walk(tree, child, depth + 1, checked, kind, present);
        }
        if (!mine && !any) {
            lines.subList(at, lines.size()).clear();
            return false;
        }
        boolean opens = lines.size() > at + 1;
        boolean tick = mine && checked.contains(org.id());
        if (mine) {
            shown++;
            ticked += tick ? 1 : 0;
        }
        boolean open = opens && lines.subList(at + 1, lines.size()).stream().anyMatch(Line::checked);
        lines.set(at, new Line(org.id(), org.name(), org.kind().label(), depth, mine, tick, opens, open, List.of()));
        if (opens) {
            Line last = lines.get(lines.size() - 1);
            List<Integer> close = new ArrayList<>(last.close());
            close.add(depth);
            lines.set(lines.size() - 1, new Line(last.id(), last.name(), last.kind(), last.depth(), last.checkbox(),
                    last.checked(), last.opens(), last.open(), close));
        }
        return true;
    }

    /** The ids {@code action} leaves ticked: "all" adds the units shown, "none" clears them, else as they were. */
    static Set<Long> after(String action, Set<Long> checked, UnitChooser shown) {
        Set<Long> out = new LinkedHashSet<>(checked);
        for (Line l : shown.lines) {
            if (l.checkbox()) {
                if ("all".equals(action)) {
                    out.add(l.id());
                } else if ("none".equals(action)) {
                    out.remove(l.id());
                }
            }
        }
        return out;
    }

    public List<Line> getRows() {
        return lines;
    }

    /** Whether an assessing unit within the user's scope is chosen (its units are drawn). */
    public boolean isAssessing() {
        return orgName != null;
    }

    public List<Kept> getKept() {
        return kept;
    }

    public List<Options.Option> getKinds() {
        return kinds;
    }

    public String getOrgName() {
        return orgName;
    }

    public boolean isChosen() {
        return chosen;
    }

    public int getShown() {
        return shown;
    }

    public int getTicked() {
        return ticked;
    }
}
