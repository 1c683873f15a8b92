package org.fazhi.web.duties;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.duty.duties.CatalogEntry;
import org.fazhi.duty.duties.CatalogVersion;
import org.fazhi.duty.duties.DutyFrequency;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;

/** The duty catalogue as the API sends and receives it. */
final class CatalogJson {
    private CatalogJson() {
    }

    /**
     * One duty: {code, title, frequency, appliesTo:[category…]} as docs/API.md names them, plus
     * frequencyLabel, legalBasis, dueDay (MM-dd), orgKinds (the kinds of unit whose leaders it binds; empty
     * for every kind) and the catalogue version it belongs to.
     */
    record EntryJson(String code, String title, String frequency, String frequencyLabel, List<String> appliesTo,
                     String legalBasis, String dueDay, List<String> orgKinds, int version) {
        static EntryJson of(CatalogEntry e, int version) {
            return new EntryJson(e.code(), e.title(), e.frequency().name(), e.frequency().label(),
                    e.appliesTo().stream().map(Enum::name).toList(), e.legalBasis(), e.dueDay(),
                    e.orgKinds().stream().map(Enum::name).toList(), version);
        }
    }

    record VersionJson(long id, int version, String label, int fromYear, Instant createdAt, String createdBy,
                       List<EntryJson> entries) {
        static VersionJson of(CatalogVersion v) {
            return new VersionJson(v.id(), v.version(), v.label(), v.fromYear(), v.createdAt(), v.createdBy(),
                    CatalogJson.entries(v));
        }
    }

    static List<EntryJson> entries(CatalogVersion v) {
        return v.entries().stream().map(e -> EntryJson.of(e, v.version())).toList();
    }

    /** An entry of a version to publish; appliesTo, orgKinds and frequency by code or Chinese label. */
    record EntryInput(String code, String title, String frequency, List<String> appliesTo, String legalBasis,
                      String dueDay, List<String> orgKinds) {
        CatalogEntry toEntry() {
            FieldErrors errors = new FieldErrors();
            DutyFrequency f = errors.check(() -> DutyFrequency.parse(frequency));
            List<LeaderCategory> categories = errors.check(() -> appliesTo == null ? null
                    : appliesTo.stream().map(c -> c == null ? null : LeaderCategory.parse(c)).toList());
            List<OrgKind> kinds = errors.check(() -> orgKinds == null ? List.of()
                    : orgKinds.stream().map(k -> org.fazhi.model.Coded.parse(OrgKind.class, k, "orgKinds", "适用单位类型")).toList());
            // Built even when a code did not parse, so every wrong field is reported (the parse error leads).
            CatalogEntry e = errors.check(() -> new CatalogEntry(code, title, f, categories, legalBasis, dueDay, kinds));
            errors.throwIfAny();
            return e;
        }
    }

    /** POST /api/duty-catalog/versions. */
    record VersionInput(String label, Integer fromYear, List<EntryInput> entries) {
        /** The entries, with an error naming its entry ("entries.2.title") for the first wrong one. */
        List<CatalogEntry> toEntries() {
            if (entries == null) {
                return null;
            }
            List<CatalogEntry> out = new ArrayList<>();
            FieldErrors errors = new FieldErrors();
            for (int i = 0; i < entries.size(); i++) {
                EntryInput in = entries.get(i);
                String prefix = "entries." + i + ".";
                int n = i + 1;
                CatalogEntry e = errors.check(() -> {
                    if (in == null) {
                        throw new ValidationException("entries." + (n - 1), "第" + n + "项职责为空");
                    }
                    try {
                        return in.toEntry();
                    } catch (ValidationException v) {
                        List<ValidationException> renamed = v.all().stream()
                                .map(p -> new ValidationException(prefix + p.field(), "第" + n + "项:" + p.getMessage()))
                                .toList();
                        throw new ValidationException(renamed);
                    }
                });
                out.add(e);
            }
            errors.throwIfAny();
            return out;
        }
    }
}
