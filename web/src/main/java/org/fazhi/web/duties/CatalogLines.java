package org.fazhi.web.duties;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.duty.duties.CatalogEntry;
import org.fazhi.duty.duties.CatalogVersion;
import org.fazhi.duty.duties.DutyFrequency;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.person.LeaderCategory;

/**
 * The catalogue as the publish form edits it: one duty a line, six fields separated by "|":
 * {@code 代码|职责事项|频次|适用人员|依据|截止日}. Frequency and categories are accepted by code or by
 * Chinese label; several categories are separated by "、" or ","; 依据 and 截止日 may be left empty.
 */
final class CatalogLines {
    static final String SEPARATOR = "|";
    private static final String CATEGORY_SPLIT = "[、,,;;]+";

    private CatalogLines() {
    }

    /** A wrong line and what is wrong with it. */
    record LineError(int line, String message) {
    }

    /** Parsed entries and, for each, the line it came from (1-based, counting blank lines). */
    record Parsed(List<CatalogEntry> entries, List<Integer> lines) {
    }

    /** Thrown with every wrong line, so the admin corrects them all at once. */
    static final class Refused extends RuntimeException {
        private final transient List<LineError> errors;

        Refused(List<LineError> errors) {
            super(errors.isEmpty() ? "" : errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        List<LineError> errors() {
            return errors;
        }
    }

    /** The lines of a published version, as the form shows them for editing. */
    static String format(CatalogVersion v) {
        return v.entries().stream().map(CatalogLines::format).collect(Collectors.joining("\n"));
    }

    static String format(CatalogEntry e) {
        return String.join(SEPARATOR, e.code(), e.title(), e.frequency().name(),
                e.appliesTo().stream().map(Enum::name).collect(Collectors.joining(",")),
                e.legalBasis() == null ? "" : e.legalBasis(), e.dueDay());
    }

    /**
     * Reads the text, skipping blank lines.
     *
     * @throws Refused naming each wrong line
     */
    static Parsed parse(String text) {
        List<CatalogEntry> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] raw = text == null ? new String[0] : text.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int n = i + 1;
            try {
                entries.add(entry(line));
                lines.add(n);
            } catch (ValidationException e) {
                for (ValidationException p : e.all()) {
                    errors.add(new LineError(n, "第" + n + "行:" + p.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return new Parsed(entries, lines);
    }

    private static CatalogEntry entry(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length < 4 || f.length > 6) {
            throw new ValidationException("entries", "应为“代码|职责事项|频次|适用人员|依据|截止日”六项(依据、截止日可空),这一行有 "
                    + f.length + " 项" + (f.length > 6 ? "(依据中不能含有竖线 |)" : ""));
        }
        FieldErrors errors = new FieldErrors();
        DutyFrequency frequency = errors.check(() -> DutyFrequency.parse(f[2].strip()));
        List<LeaderCategory> categories = errors.check(() -> categories(f[3]));
        errors.throwIfAny();
        String basis = f.length > 4 ? f[4].strip() : null;
        String due = f.length > 5 ? f[5].strip() : null;
        return new CatalogEntry(f[0].strip(), f[1].strip(), frequency, categories,
                basis == null || basis.isEmpty() ? null : basis, due);
    }

    private static List<LeaderCategory> categories(String text) {
        List<LeaderCategory> out = new ArrayList<>();
        for (String part : text.strip().split(CATEGORY_SPLIT)) {
            if (!part.isBlank()) {
                out.add(LeaderCategory.parse(part.strip()));
            }
        }
        return out;
    }

    /**
     * Where the service's error about {@code entries.N…} points: the line of entry N. Other fields
     * (label, fromYear) have no line.
     */
    static Integer lineOf(String field, Parsed parsed) {
        if (field == null || !field.startsWith("entries.")) {
            return null;
        }
        String rest = field.substring("entries.".length());
        int dot = rest.indexOf('.');
        try {
            int index = Integer.parseInt(dot < 0 ? rest : rest.substring(0, dot));
            return index >= 0 && index < parsed.lines().size() ? parsed.lines().get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
