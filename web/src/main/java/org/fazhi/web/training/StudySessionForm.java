package org.fazhi.web.training;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.time.Years;
import org.fazhi.training.study.AttachmentKind;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.training.study.AttendanceStatus;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.api.Params;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Options;
import org.fazhi.web.imports.Upload;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * Reads the session form: the fields, the ticked people with how each took part, and the guests by
 * name, into a session and its attendee list; and writes a stored record back into ticks for editing.
 */
final class StudySessionForm {
    private StudySessionForm() {
    }

    private static final String GUEST_SPLIT = "[、,，;；\\n\\r]+";

    static StudySessionPages.PersonRow personRow(long id, String name, String position, Ticks ticks) {
        AttendanceStatus st = ticks.status(id);
        return new StudySessionPages.PersonRow(id, name, position == null ? "" : position, ticks.checked(id),
                Options.of(AttendanceStatus.class, (st == null ? AttendanceStatus.PRESENT : st).name()));
    }

    static String rateText(String expected, String attended) {
        try {
            int e = Integer.parseInt(expected == null ? "" : expected);
            int a = Integer.parseInt(attended == null ? "" : attended);
            return e <= 0 || a < 0 ? "—" : Percent.of(a, e).text();
        } catch (NumberFormatException ex) {
            return "—";
        }
    }

    /** Refusals beside their fields; problems of one attendee are shown beside the attendee list. */
    static FormState fail(FormState form, RuntimeException e) {
        if (e instanceof ValidationException ve) {
            List<ValidationException> all = ve.all().stream()
                    .map(p -> p.field() != null && p.field().startsWith("attendees.")
                            ? new ValidationException("attendees", p.getMessage()) : p)
                    .toList();
            return form.fail(new ValidationException(all));
        }
        return form.fail(e);
    }

    // ---- reading the form ----

    record Parsed(StudySession session, List<Attendee> attendees) {
    }

    static Parsed parse(FormState f, Ticks ticks) {
        return parse(f, ticks, List.of(), null);
    }

    /** As {@link #parse(FormState, Ticks)}, with the attached files checked too, so every problem shows at once. */
    static Parsed parse(FormState f, Ticks ticks, List<AttachmentService.Material> materials, AttachmentService files) {
        FieldErrors errors = new FieldErrors();
        for (AttachmentService.Material m : materials) {
            errors.run(() -> files.check(m));
        }
        Long orgId = errors.check(() -> Params.optionalOrg(f.get("orgId")));
        LocalDate date = errors.check(() -> Years.parseDate(f.get("date"), "date", "日期"));
        StudyKind kind = errors.check(() -> StudyKind.parse(f.get("kind")));
        Integer minutes = errors.check(() -> Params.optionalInt(f.get("minutes"), "minutes", "时长"));
        List<Attendee> attendees = new ArrayList<>();
        boolean changedUnit = orgId != null && ticks.any() && !String.valueOf(orgId).equals(f.get("peopleOrgId"));
        if (changedUnit) {
            errors.run(() -> {
                throw new ValidationException("attendees", "单位已更改,请重新勾选该单位的参加人员");
            });
        } else {
            ticks.checkedIds().forEach(id -> attendees.add(new Attendee(id, null, ticks.status(id), false)));
        }
        for (String name : split(f.get("guests"))) {
            errors.run(() -> attendees.add(new Attendee(null, checkGuest(name), AttendanceStatus.PRESENT, true)));
        }
        int[] counts = new int[2];
        if (attendees.stream().anyMatch(a -> !a.guest())) {
            // 应到/实到 come from the ticked people; what was typed in the number fields is not used.
            counts[0] = (int) attendees.stream().filter(a -> !a.guest()).count();
            counts[1] = (int) attendees.stream().filter(a -> !a.guest() && a.status().attended()).count();
        } else {
            Integer e = errors.check(() -> Params.optionalInt(f.get("expected"), "expected", "应到人数"));
            Integer a = errors.check(() -> Params.optionalInt(f.get("attended"), "attended", "实到人数"));
            counts[0] = e == null ? 0 : e;
            counts[1] = a == null ? 0 : a;
        }
        StudySession s = errors.check(() -> new StudySession(null, orgId == null ? 0 : orgId, date, kind, f.get("topic"),
                StudySession.split(f.get("laws")), f.get("lecturer"), f.get("lecturerUnit"), minutes, counts[0],
                counts[1], f.get("note"), 0));
        errors.throwIfAny();
        return new Parsed(s, attendees);
    }

    /** The names of the files sent, for the message asking to choose them again. */
    static String names(List<AttachmentService.Material> materials) {
        return String.join("、", materials.stream().map(AttachmentService.Material::fileName).toList());
    }

    /** A multipart new-session form: its plain fields, and the files of its {@code file} field. */
    record Sent(MultivaluedMap<String, String> fields, List<AttachmentService.Material> materials) {
        static Sent of(FormDataMultiPart multipart) {
            MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
            List<FormDataBodyPart> files = new ArrayList<>();
            if (multipart != null) {
                multipart.getFields().forEach((name, parts) -> parts.forEach(part -> {
                    if ("file".equals(name)) {
                        files.add(part);
                    } else if (part.isSimple()) {
                        fields.add(name, part.getValue());
                    }
                }));
            }
            AttachmentKind kind = AttachmentKind.parse(fields.getFirst("fileKind"));
            List<AttachmentService.Material> materials = new ArrayList<>();
            for (FormDataBodyPart part : files) {
                Upload upload = Upload.of(part);
                // A file input left empty still sends a part, without a name and without bytes.
                if (upload != null && upload.fileName() != null && !upload.fileName().isBlank()) {
                    materials.add(new AttachmentService.Material(kind, upload.fileName(), upload.bytes()));
                }
            }
            return new Sent(fields, materials);
        }
    }

    static String checkGuest(String name) {
        if (name.length() > 30) {
            throw new ValidationException("guests", "列席人员姓名“" + name.substring(0, 10) + "…”过长(最多30字)");
        }
        return name;
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String p : text.split(GUEST_SPLIT)) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    /** The ticked people ({@code attendee} values) and their statuses ({@code status_ID}), from a form or the stored record. */
    record Ticks(Map<Long, AttendanceStatus> statuses, Set<Long> checked, Map<Long, String> names, boolean stored) {
        static final Ticks NONE = new Ticks(Map.of(), Set.of(), Map.of(), false);

        static Ticks of(MultivaluedMap<String, String> params) {
            Set<Long> checked = new java.util.LinkedHashSet<>();
            List<String> values = params.get("attendee");
            if (values != null) {
                for (String v : values) {
                    try {
                        long id = Long.parseLong(v.strip());
                        if (id > 0) {
                            checked.add(id);
                        }
                    } catch (NumberFormatException ignored) {
                        // not a person id: ignore, as a browser never sends one
                    }
                }
            }
            Map<Long, AttendanceStatus> statuses = new HashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith("status_") && !v.isEmpty()) {
                    try {
                        statuses.put(Long.parseLong(k.substring(7)), AttendanceStatus.parse(v.get(0)));
                    } catch (RuntimeException ignored) {
                        // an unknown status falls back to 出席
                    }
                }
            });
            return new Ticks(statuses, checked, Map.of(), false);
        }

        boolean checked(long id) {
            return checked.contains(id);
        }

        AttendanceStatus status(long id) {
            AttendanceStatus s = statuses.get(id);
            return s == null ? AttendanceStatus.PRESENT : s;
        }

        List<Long> checkedIds() {
            return List.copyOf(checked);
        }

        boolean any() {
            return !checked.isEmpty();
        }
    }

    static Ticks storedAttendees(List<Attendee> attendees) {
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        Set<Long> checked = new java.util.LinkedHashSet<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Attendee a : attendees) {
            if (a.personId() != null) {
                checked.add(a.personId());
                statuses.put(a.personId(), a.status());
                names.put(a.personId(), a.name());
            }
        }
        return new Ticks(statuses, checked, names, true);
    }
}
