package org.fazhi.web.pages;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.model.ConflictException;
import org.fazhi.model.PossibleDuplicateException;
import org.fazhi.model.ValidationException;

/**
 * What the user typed and what was wrong with it, so a refused form comes back filled in with the
 * message beside the field at fault. Templates read {@code form.v.name} and {@code form.e.name}.
 */
public final class FormState {
    private final Map<String, String> v = new HashMap<>();
    private final Map<String, String> e = new HashMap<>();
    private String general;
    private Duplicate duplicate;

    /**
     * The stored record a refused save looks like ({@link PossibleDuplicateException}): the form shows
     * "可能重复,仍要保存?" with a link to it and the 仍要保存 checkbox (partial duplicate-confirm).
     */
    public record Duplicate(long id, String label) {
    }

    public static FormState of(MultivaluedMap<String, String> form) {
        FormState s = new FormState();
        form.forEach((k, vals) -> {
            if (!k.equals("_csrf") && !vals.isEmpty()) {
                s.v.put(k, vals.get(0));
            }
        });
        return s;
    }

    public static FormState empty() {
        return new FormState();
    }

    public FormState value(String key, Object value) {
        v.put(key, value == null ? "" : String.valueOf(value));
        return this;
    }

    public String get(String key) {
        String s = v.get(key);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Puts a refusal beside its field, or at the top of the form when it names none. */
    public FormState fail(RuntimeException ex) {
        if (ex instanceof PossibleDuplicateException d) {
            // Nothing to correct: the user confirms or goes to the stored record instead.
            duplicate = new Duplicate(d.existingId(), d.existing());
            v.remove(PossibleDuplicateException.FIELD);
        } else if (ex instanceof ValidationException ve) {
            ve.all().forEach(p -> place(p.field(), p.getMessage()));
        } else {
            place(ex instanceof ConflictException ce ? ce.field() : null, ex.getMessage());
        }
        return this;
    }

    private void place(String field, String message) {
        if (field != null && !field.isEmpty() && !"version".equals(field)) {
            e.putIfAbsent(field, message);
        } else if (general == null) {
            general = message;
        }
    }

    /** The status of a refused form: 409 when it clashed with what is stored, else 400. */
    public static int status(RuntimeException ex) {
        return ex instanceof ConflictException ? 409 : 400;
    }

    /** The version the edited record had when the form was loaded (a hidden field); blank is null. */
    public Integer version() {
        return org.fazhi.web.api.Params.optionalInt(get("version"), "version", "版本号");
    }

    public Map<String, String> getV() {
        return v;
    }

    public Map<String, String> getE() {
        return e;
    }

    public String getGeneral() {
        return general;
    }

    public Duplicate getDuplicate() {
        return duplicate;
    }

    /** Whether the user ticked 仍要保存 for a record that looks like a stored one. */
    public boolean confirmsDuplicate() {
        return Duplicates.confirmed(get(PossibleDuplicateException.FIELD));
    }

    public boolean isFailed() {
        return general != null || !e.isEmpty();
    }
}
