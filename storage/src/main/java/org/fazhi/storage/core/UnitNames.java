package org.fazhi.storage.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.CellText;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;

/**
 * Finds the unit a spreadsheet cell means, among the units the user may see: by id ("12"), by name
 * ("清河县司法局"), or by both ("办公室(编号12)", as exports write names that several units share).
 * A name must be unambiguous; the message then lists the candidates with their ids. The units are
 * read once per import, so 100,000 rows cost 100,000 map look-ups.
 */
public final class UnitNames {
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern NAME_AND_ID = Pattern.compile("(.*?)\\s*\\(\\s*编号\\s*:?\\s*(\\d{1,18})\\s*\\)");

    private final OrgService orgs;
    private final Actor actor;
    private final OrgTree tree;
    private final Map<String, List<Org>> byName = new HashMap<>();
    private final Map<Long, String> outside = new HashMap<>();
    /** Cells already resolved: a file names the same few units over and over. */
    private final Map<String, Object> seen = new HashMap<>();

    public UnitNames(OrgService orgs, Actor actor) {
        this.orgs = orgs;
        this.actor = actor;
        this.tree = new OrgTree(orgs.visible(actor));
        for (OrgTree.Node n : tree.flatten()) {
            byName.computeIfAbsent(key(n.org().name()), k -> new ArrayList<>()).add(n.org());
        }
    }

    /** The unit's id; a {@link ValidationException} (field null) says why the cell names none. */
    public long resolve(String cell, String label) {
        Object known = seen.get(label + '\u0000' + cell);
        if (known == null) {
            try {
                known = find(cell, label);
            } catch (ValidationException e) {
                known = e;
            }
            seen.put(label + '\u0000' + cell, known);
        }
        if (known instanceof ValidationException e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
        return (Long) known;
    }

    private long find(String cell, String label) {
        String s = CellText.of(cell);
        if (s == null) {
            throw new ValidationException(null, label + "不能为空");
        }
        String v = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        if (ID.matcher(v).matches()) {
            return byId(Long.parseLong(v), label);
        }
        Matcher m = NAME_AND_ID.matcher(v);
        if (m.matches()) {
            long id = byId(Long.parseLong(m.group(2)), label);
            if (!m.group(1).isBlank() && !key(m.group(1)).equals(key(tree.find(id).orElseThrow().name()))) {
                throw new ValidationException(null, label + "“" + shorten(s) + "”的名称与编号不符:编号 " + id
                        + " 是“" + tree.find(id).orElseThrow().name() + "”");
            }
            return id;
        }
        List<Org> found = byName.getOrDefault(key(v), List.of());
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            throw new ValidationException(null, label + "“" + shorten(s) + "”不存在或不在本账号管辖范围内,请核对名称或改填单位编号");
        }
        String candidates = found.stream().map(this::describe).collect(Collectors.joining("、"));
        throw new ValidationException(null, label + "名称“" + shorten(s) + "”有" + found.size() + "个同名单位:"
                + candidates + ",请改填单位编号,如“" + found.get(0).id() + "”");
    }

    /** How an export names a unit so that the import finds it again: the name, with the id when the name is shared. */
    public String label(long id) {
        Org o = tree.find(id).orElse(null);
        if (o == null) {
            return String.valueOf(id);
        }
        return byName.getOrDefault(key(o.name()), List.of()).size() > 1 ? o.name() + "(编号" + id + ")" : o.name();
    }

    /**
     * The label of a unit of the user's own (their scope's unit, else the first they see), for a template's
     * example rows, so that an example imports as it is; {@code fallback} when they see none.
     */
    public String ownUnitLabel(String fallback) {
        return tree.flatten().stream().map(OrgTree.Node::org)
                .filter(o -> actor.scopeOrgId() == null || o.id().equals(actor.scopeOrgId())).findFirst()
                .or(() -> tree.flatten().stream().map(OrgTree.Node::org).findFirst())
                .map(o -> label(o.id())).orElse(fallback);
    }

    public String name(long id) {
        return tree.find(id).map(Org::name).orElse(null);
    }

    private long byId(long id, String label) {
        if (tree.find(id).isPresent()) {
            return id;
        }
        // Not among the visible units: tell "no such unit" from "not yours" (asked once per id).
        String why = outside.computeIfAbsent(id, k -> {
            try {
                orgs.get(actor, k);
                return null;
            } catch (NotFoundException e) {
                return "编号为 " + k + " 的单位不存在";
            } catch (AccessDeniedException e) {
                return "编号为 " + k + " 的单位不在本账号管辖范围内,不能导入";
            }
        });
        throw new ValidationException(null, label + ":" + (why == null ? "编号为 " + id + " 的单位无法使用" : why));
    }

    private String describe(Org o) {
        String parent = o.parentId() == null ? null : tree.find(o.parentId()).map(Org::name).orElse(null);
        return "编号" + o.id() + (parent == null ? "" : "(" + parent + "下)");
    }

    private static String shorten(String v) {
        return v == null ? "" : v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    /** Names compare without spaces and with full-width brackets folded, as people type them differently. */
    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
