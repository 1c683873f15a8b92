package org.fazhi.web.pages;

import java.util.List;
import java.util.Set;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;

/**
 * The one unit picker of the pages (template {@code org-picker}): a plain select box while the actor's
 * scope has at most {@link #SELECT_UP_TO} units, else a text field that searches {@code /api/orgs/search}
 * (static/org-picker.js) and a hidden field carrying the unit's id under the same name the select had, so
 * the whole tree is never sent. A page puts one in its model as {@code orgPicker} and writes
 * {@code {{#orgPicker}}{{>org-picker}}{{/orgPicker}}} where the select was.
 */
public final class OrgPicker {
    /** Scopes this small keep the select box: every unit is one click away and the page stays small. */
    public static final int SELECT_UP_TO = 30;

    private final String name;
    private final String value;
    private OrgTree tree;
    private String blank;
    private boolean required;
    private boolean invalid;
    private Options.Option special;

    private OrgPicker(OrgTree tree, String name, String value) {
        this.tree = tree;
        this.name = name;
        this.value = value == null ? "" : value;
    }

    /** A picker for the query or form parameter {@code name} over the units of {@code tree}, {@code value} chosen. */
    public static OrgPicker of(OrgTree tree, String name, String value) {
        return new OrgPicker(tree, name, value);
    }

    /** A list filter {@code orgId}: empty is every unit in the actor's scope, shown as "全部". */
    public static OrgPicker filter(OrgTree tree, String value) {
        return of(tree, "orgId", value).blank("全部");
    }

    /** A form's unit field {@code name} over the units the actor may see, empty shown as "(请选择)". */
    public static OrgPicker field(CoreServices core, Actor actor, FormState form, String name) {
        return of(core.visibleOrgs().tree(actor), name, form.get(name)).blank("(请选择)").invalid(form, name);
    }

    /** A form's unit field {@code name} over the units of {@code tree}, empty shown as "(请选择)". */
    public static OrgPicker field(OrgTree tree, FormState form, String name) {
        return of(tree, name, form.get(name)).blank("(请选择)").invalid(form, name);
    }

    /**
     * Offers none of {@code received} (the units received by 报送, read-only here, whose records every save refuses)
     * but the one already chosen — a received record's own unit, its form shown read-only. Only the select box is
     * narrowed; the search field finds every unit, and a save for a received one comes back refused at the field.
     */
    public OrgPicker writable(Set<Long> received) {
        if (!received.isEmpty()) {
            String chosen = value.strip();
            tree = new OrgTree(tree.flatten().stream().map(OrgTree.Node::org)
                    .filter(o -> !received.contains(o.id()) || String.valueOf(o.id()).equals(chosen)).toList());
        }
        return this;
    }

    /** What the empty choice reads; without one a unit must stay chosen. */
    public OrgPicker blank(String label) {
        this.blank = label;
        return this;
    }

    /** The browser asks for a unit before sending the form (the server checks anyway). */
    public OrgPicker mustChoose() {
        this.required = true;
        return this;
    }

    /** One more choice before the units, e.g. ALL = 全部单位 for an account's scope. */
    public OrgPicker special(String specialValue, String label) {
        this.special = new Options.Option(specialValue, label, specialValue.equals(value));
        return this;
    }

    private OrgPicker invalid(FormState form, String field) {
        this.invalid = form.getE().containsKey(field);
        return this;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public String getBlankLabel() {
        return blank;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public Options.Option getSpecial() {
        return special;
    }

    /** True when the scope is small enough for the plain select box ({@link #getOptions()}). */
    public boolean isSelect() {
        return tree.size() <= SELECT_UP_TO;
    }

    /** The select box's units as an indented tree, the chosen one marked. */
    public List<Options.Option> getOptions() {
        return Options.orgs(tree, value);
    }

    /** The chosen unit, when it is one of the actor's. */
    private Org chosen() {
        try {
            return value.isEmpty() ? null : tree.find(Long.parseLong(value.strip())).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The text the search field opens with: the chosen unit's name, the special choice's label, or empty. */
    public String getText() {
        if (special != null && special.selected()) {
            return special.label();
        }
        Org org = chosen();
        return org == null ? "" : org.name();
    }

    /** The chosen unit's path from the top of the scope, " / " between, so that same-named units differ. */
    public String getPath() {
        Org org = chosen();
        return org == null ? "" : String.join(" / ", tree.path(org.id()).stream().map(Org::name).toList());
    }
}
