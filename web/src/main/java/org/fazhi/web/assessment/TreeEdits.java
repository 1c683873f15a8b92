package org.fazhi.web.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fazhi.assessment.system.Indicator;

/**
 * The edits the system pages make to an indicator list, in the list's order (a parent before what is below
 * it): add one after its parent's last descendant, replace one (its children follow a changed code; a changed
 * parent moves it with everything below it), remove one with everything below it. The service then checks the
 * whole list as a tree.
 */
final class TreeEdits {
    private TreeEdits() {
    }

    /** {@code code} and the codes of everything below it. */
    static Set<String> subtree(List<Indicator> list, String code) {
        Set<String> out = new LinkedHashSet<>();
        out.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Indicator i : list) {
                if (i.parentCode() != null && out.contains(i.parentCode()) && out.add(i.code())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    /** {@code node} after its parent's last descendant (at the end for a 一级 one, or when its parent is unknown). */
    static List<Indicator> added(List<Indicator> list, Indicator node) {
        List<Indicator> out = new ArrayList<>(list);
        out.add(insertAt(out, node.parentCode()), node);
        return out;
    }

    /** {@code code} replaced by {@code node}: its children follow a new code; a new parent moves its whole branch. */
    static List<Indicator> replaced(List<Indicator> list, String code, Indicator node) {
        Set<String> branch = subtree(list, code);
        List<Indicator> out = new ArrayList<>();
        List<Indicator> moved = new ArrayList<>();
        boolean moves = !Objects.equals(node.parentCode(), list.get(indexOf(list, code)).parentCode());
        for (Indicator i : list) {
            Indicator changed = i.code().equals(code) ? node
                    : code.equals(i.parentCode()) ? reparented(i, node.code()) : i;
            (moves && branch.contains(i.code()) ? moved : out).add(changed);
        }
        if (moves) {
            out.addAll(insertAt(out, node.parentCode()), moved);
        }
        return out;
    }

    /** Without {@code code} and everything below it. */
    static List<Indicator> removed(List<Indicator> list, String code) {
        Set<String> gone = subtree(list, code);
        return list.stream().filter(i -> !gone.contains(i.code())).toList();
    }

    /** Every indicator with children gets its points left blank: the service sets them to the children's sum. */
    static List<Indicator> summed(List<Indicator> list) {
        Set<String> parents = new LinkedHashSet<>();
        list.forEach(i -> {
            if (i.parentCode() != null) {
                parents.add(i.parentCode());
            }
        });
        return list.stream().map(i -> parents.contains(i.code()) && i.points() != null
                ? new Indicator(i.code(), i.parentCode(), i.title(), i.standard(), null, i.evidenceKinds(), i.appliesTo(),
                i.veto(), i.binding()) : i).toList();
    }

    /** The place of the first indicator with {@code code}, or -1. */
    static int indexOf(List<Indicator> list, String code) {
        for (int n = 0; n < list.size(); n++) {
            if (list.get(n).code().equals(code)) {
                return n;
            }
        }
        return -1;
    }

    private static int insertAt(List<Indicator> list, String parentCode) {
        if (parentCode == null || indexOf(list, parentCode) < 0) {
            return list.size();
        }
        Set<String> branch = subtree(list, parentCode);
        int at = 0;
        for (int n = 0; n < list.size(); n++) {
            if (branch.contains(list.get(n).code())) {
                at = n + 1;
            }
        }
        return at;
    }

    private static Indicator reparented(Indicator i, String parentCode) {
        return new Indicator(i.code(), parentCode, i.title(), i.standard(), i.points(), i.evidenceKinds(), i.appliesTo(),
                i.veto(), i.binding());
    }
}
