package org.fazhi.assessment.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.fazhi.model.org.OrgKind;

/**
 * A checked indicator tree: every code once, every parent present, at most three levels, each parent's
 * points the sum of its children's, veto flags, bindings and evidence kinds on leaves only. {@link #check}
 * finds every problem of a list at once, each at the indicator it concerns, so a form or a sheet is
 * corrected in one go.
 */
public final class IndicatorTree {
    public static final int MAX_LEVEL = 3;
    public static final int MAX_INDICATORS = 2000;

    /** A problem of the indicator at {@code index} (its position in the list), on one of its fields. */
    public record Problem(int index, String field, String message) {
    }

    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final Map<String, List<Indicator>> children = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();

    private IndicatorTree(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        for (Indicator i : this.indicators) {
            byCode.put(i.code(), i);
            if (i.parentCode() != null) {
                children.computeIfAbsent(i.parentCode(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Indicator i : this.indicators) {
            levels.put(i.code(), depth(i, byCode));
        }
    }

    /**
     * The problems of a list; empty when it makes a good tree.
     *
     * @param place names an indicator by its index for messages about two of them ("第3行", "第3项")
     */
    public static List<Problem> check(List<Indicator> list, IntFunction<String> place) {
        List<Problem> out = new ArrayList<>();
        if (list == null || list.isEmpty()) {
            out.add(new Problem(-1, "indicators", "指标体系不能为空,至少应有一项指标"));
            return out;
        }
        if (list.size() > MAX_INDICATORS) {
            out.add(new Problem(-1, "indicators", "指标体系最多" + MAX_INDICATORS + "项指标,而不是" + list.size() + "项"));
            return out;
        }
        Map<String, Integer> first = new HashMap<>();
        Map<String, Indicator> byCode = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            Integer earlier = first.putIfAbsent(ind.code(), i);
            if (earlier != null) {
                out.add(new Problem(i, "code", "编码 " + ind.code() + " 重复(" + place.apply(earlier) + "已有)"));
            } else {
                byCode.put(ind.code(), ind);
            }
        }
        // A repeated code is reported once, at the repeat; the rest of the tree is judged without it.
        Map<String, List<Indicator>> kids = new HashMap<>();
        for (Indicator ind : byCode.values()) {
            if (ind.parentCode() != null) {
                kids.computeIfAbsent(ind.parentCode(), k -> new ArrayList<>()).add(ind);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            if (first.get(ind.code()) != i) {
                continue;
            }
            String parent = ind.parentCode();
            if (parent != null && !byCode.containsKey(parent)) {
                out.add(new Problem(i, "parentCode", "上级编码 " + parent + " 不存在"));
                continue;
            }
            int depth = depth(ind, byCode);
            if (depth == 0) {
                continue;
            }
            if (depth < 0) {
                out.add(new Problem(i, "parentCode", "上级编码 " + parent + " 构成循环(指标不能是自己的下级)"));
                continue;
            }
            if (depth > MAX_LEVEL) {
                out.add(new Problem(i, "parentCode", "指标“" + ind.title() + "”在第" + depth + "级,指标体系最多三级(一级/二级/三级)"));
                continue;
            }
            List<Indicator> below = kids.getOrDefault(ind.code(), List.of());
            if (below.isEmpty()) {
                if (ind.points() == null) {
                    out.add(new Problem(i, "points", "末级指标的分值不能为空"));
                } else if (ind.points().signum() == 0) {
                    out.add(new Problem(i, "points", "末级指标的分值应大于0"));
                }
                continue;
            }
            if (ind.veto()) {
                out.add(new Problem(i, "veto", "一票否决只能设在末级指标上,“" + ind.title() + "”有下级指标"));
            }
            if (ind.binding() != null) {
                out.add(new Problem(i, "binding", "关联台账指标只能设在末级指标上,“" + ind.title() + "”有下级指标"));
            }
            if (!ind.evidenceKinds().isEmpty()) {
                out.add(new Problem(i, "evidenceKinds", "佐证材料只对末级指标填写,“" + ind.title() + "”有下级指标"));
            }
            BigDecimal sum = sum(ind, kids);
            if (sum != null && ind.points() != null && ind.points().compareTo(sum) != 0) {
                out.add(new Problem(i, "points", "分值 " + Points.text(ind.points()) + " 与下级指标分值之和 "
                        + Points.text(sum) + " 不符"));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Problem::index));
        return out;
    }

    /**
     * The tree of a list {@link #check} found nothing wrong with; parents left without points get the sum
     * of their children's.
     */
    public static IndicatorTree of(List<Indicator> list) {
        Map<String, List<Indicator>> kids = new HashMap<>();
        for (Indicator ind : list) {
            if (ind.parentCode() != null) {
                kids.computeIfAbsent(ind.parentCode(), k -> new ArrayList<>()).add(ind);
            }
        }
        List<Indicator> filled = new ArrayList<>(list.size());
        for (Indicator ind : list) {
            filled.add(ind.points() == null ? ind.withPoints(sum(ind, kids)) : ind);
        }
        return new IndicatorTree(filled);
    }

    /** The sum of the children's points (theirs summed first where left blank); null when one is missing. */
    private static BigDecimal sum(Indicator parent, Map<String, List<Indicator>> kids) {
        List<Indicator> below = kids.getOrDefault(parent.code(), List.of());
        if (below.isEmpty()) {
            return parent.points();
        }
        BigDecimal total = BigDecimal.ZERO.setScale(1);
        for (Indicator c : below) {
            BigDecimal p = c.points() != null ? c.points() : sum(c, kids);
            if (p == null) {
                return null;
            }
            total = total.add(p);
        }
        return total;
    }

    /**
     * 1 for a root, 2 below it…; -1 when the parents go round in a circle; 0 when a parent further up is
     * missing (reported at that indicator).
     */
    private static int depth(Indicator ind, Map<String, Indicator> byCode) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        int depth = 1;
        for (Indicator at = ind; at.parentCode() != null; depth++) {
            if (!seen.add(at.code())) {
                return -1;
            }
            at = byCode.get(at.parentCode());
            if (at == null) {
                return 0;
            }
        }
        return depth;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Indicator get(String code) {
        return byCode.get(code);
    }

    public boolean isLeaf(String code) {
        return !children.containsKey(code);
    }

    /** 1, 2 or 3. */
    public int level(String code) {
        return levels.get(code);
    }

    public List<Indicator> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The leaves, in the list's order. */
    public List<Indicator> leaves() {
        return indicators.stream().filter(i -> isLeaf(i.code())).toList();
    }

    /** The total points: the sum of the roots'. */
    public BigDecimal total() {
        return indicators.stream().filter(i -> i.parentCode() == null).map(Indicator::points)
                .reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    /** Whether the indicator applies to units of this kind: it and every indicator above it do. */
    public boolean appliesTo(String code, OrgKind kind) {
        for (Indicator at = byCode.get(code); at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
            if (!at.appliesTo().isEmpty() && !at.appliesTo().contains(kind)) {
                return false;
            }
        }
        return true;
    }

    /** The leaves a unit of this kind answers. */
    public List<Indicator> leavesFor(OrgKind kind) {
        return leaves().stream().filter(i -> appliesTo(i.code(), kind)).toList();
    }
}
