package org.fazhi.web.pages;

import java.util.HashMap;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.web.auth.CurrentUser;

/**
 * The model every page shares with the layout: title, the signed-in user, the CSRF token for its
 * forms and which navigation entry is active; pages add their own entries.
 */
public final class PageModel {
    private final Map<String, Object> model = new HashMap<>();

    private PageModel(String title) {
        model.put("title", title);
        model.put("appVersion", Version.current());
    }

    /** A page for a signed-in user; {@code nav} names the active navigation entry. */
    public static PageModel of(CurrentUser user, String title, String nav) {
        PageModel p = new PageModel(title);
        if (user != null) {
            Map<String, Object> u = new HashMap<>();
            u.put("name", user.account().displayName() == null ? user.account().username() : user.account().displayName());
            u.put("username", user.account().username());
            u.put("role", user.account().role().label());
            u.put("admin", user.account().role() == Role.ADMIN);
            u.put("writer", user.account().role().canWrite());
            p.model.put("user", u);
            p.model.put("csrf", user.csrfToken());
            // {{#once}}{{/once}}: a new one-time token for each form on the page (FormOnce).
            p.model.put("once", org.fazhi.web.auth.FormOnce.tokens());
        }
        p.model.put("nav_" + nav, Boolean.TRUE);
        return p;
    }

    /**
     * A record's form page ({@code form}, {@code editing}): titled for a new record ({@code editing} null)
     * or for the stored one.
     */
    public static PageModel form(CurrentUser user, String newTitle, String editTitle, String nav, FormState form,
                                 Object editing) {
        return of(user, editing == null ? newTitle : editTitle, nav).put("form", form).put("editing", editing);
    }

    /** A page without a signed-in user (login, setup, errors before sign-in). */
    public static PageModel anonymous(String title) {
        return new PageModel(title);
    }

    public PageModel put(String key, Object value) {
        model.put(key, value);
        return this;
    }

    public View view(String template) {
        return new View(template, model);
    }
}
