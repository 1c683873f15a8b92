package org.fazhi.web.training;

import org.fazhi.storage.core.ReceivedUnitException;
import org.fazhi.web.exchange.ReceivedPages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.exchange.Provenance;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;
import org.fazhi.training.study.Attendee;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.fazhi.training.study.AttachmentService;
import org.fazhi.training.study.StudySessionService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;
import org.fazhi.web.pages.FormSubmission;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * /study-sessions: the 学法 ledger — a list filtered by unit subtree, year, kind and text, and the form
 * to record or correct a session with the laws studied and who attended. Works without scripts;
 * study-form.js adds law type-ahead, live 参学率 and loading a unit's people without a reload.
 */
@Path("/study-sessions")
@Produces(MediaType.TEXT_HTML)
public record StudySessionPages(CoreServices core, StudySessionService sessions, AttachmentService attachments, Clock clock,
                                Provenance provenance) {
    /** People listed for ticking; a unit larger than this is unusual for a 学法 sign-in sheet. */
    static final int PEOPLE_LIMIT = 500;

    public record Row(long id, String date, long orgId, String orgName, String kind, String kindFull, String topic,
                      String laws, String lecturer, String minutes, int expected, int attended, String rate,
                      boolean lowRate, boolean received) {
    }

    /** One person of the unit in the attendee list: ticked or not, with how they took part. */
    public record PersonRow(long id, String name, String position, boolean checked, List<Options.Option> statuses) {
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("orgId") String orgId,
                     @QueryParam("year") String year, @QueryParam("kind") String kind, @QueryParam("q") String q,
                     @QueryParam("unitOnly") String unitOnly, @QueryParam("offset") String offset,
                     @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        SessionFilter f = TrainingParams.sessionFilter(orgId, year, kind, q, unitOnly);
        Page page = Pager.page(offset);
        PageResult<StudySession> result = sessions.list(user.actor(), f, page);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        Set<Long> received = result.items().isEmpty() ? Set.of() : provenance.receivedUnits();
        List<Row> rows = result.items().stream().map(s -> row(tree, s, received.contains(s.orgId()))).toList();
        String selectedOrg = f.orgId() == null ? null : String.valueOf(f.orgId());
        String filterQuery = QueryString.of("orgId", selectedOrg, "year", f.year() == null ? null : f.year().toString(),
                "kind", f.kind() == null ? null : f.kind().name(), "q", f.q(),
                "unitOnly", f.unitOnly() && f.orgId() != null ? "true" : null);
        return PageModel.of(user, "学法台账", "study")
                .put("tab_list", true)
                .put("rows", rows)
                .put("pager", Pager.of(uri, page, result.total()))
                .put("orgPicker", OrgPicker.filter(tree, selectedOrg))
                .put("yearOptions", YearChoices.toNextYear(f.year(), clock))
                .put("kindOptions", Options.of(StudyKind.class, f.kind() == null ? null : f.kind().name()))
                .put("q", f.q())
                .put("unitOnly", f.unitOnly() && f.orgId() != null)
                .put("withSubtreeQuery", QueryString.of("orgId", selectedOrg, "year", f.year() == null ? null : f.year().toString(),
                        "kind", f.kind() == null ? null : f.kind().name(), "q", f.q()))
                .put("filtered", f.orgId() != null || f.year() != null || f.kind() != null || f.q() != null)
                .put("exportQuery", filterQuery)
                .put("newQuery", QueryString.of("orgId", selectedOrg))
                .put("boardQuery", QueryString.of("orgId", selectedOrg, "year", f.year() == null ? null : f.year().toString()))
                .put("flash", TrainingViews.FLASH.text(msg))
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), f.orgId()))
                .view("study-sessions");
    }

    private static Row row(OrgTree tree, StudySession s, boolean received) {
        Percent rate = s.attendanceRate();
        return new Row(s.id(), s.date().toString(), s.orgId(), TrainingViews.orgName(tree, s.orgId()), s.kind().shortLabel(),
                s.kind().label(), s.topic(), String.join("、", s.laws()), s.lecturer() == null ? "" : s.lecturer(),
                s.minutes() == null ? "" : s.minutes() + "分钟", s.expected(), s.attended(), rate.text(),
                rate.defined() && rate.value().doubleValue() < 80.0, received);
    }

    /** One line of the attendee list on the record's page. */
    public record AttendeeRow(String name, String status, boolean attended, boolean guest) {
    }

    /** The record as the ledger keeps it, attendees included; read-only, with edit and delete for writers. */
    @GET
    @Path("{id}")
    public View show(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        return record(user, Params.pathId(id, "学法记录"), msg, null);
    }

    /** The record page; {@code uploadError} is why a material just sent was refused, shown beside the upload form. */
    View record(CurrentUser user, long id, String msg, String uploadError) {
        StudySessionService.Recorded r = sessions.get(user.actor(), id);
        StudySession s = r.session();
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        List<AttendeeRow> people = r.attendees().stream().filter(a -> !a.guest())
                .map(a -> new AttendeeRow(a.name(), a.status().label(), a.status().attended(), false)).toList();
        List<AttendeeRow> guests = r.attendees().stream().filter(Attendee::guest)
                .map(a -> new AttendeeRow(a.name(), "列席", true, true)).toList();
        return PageModel.of(user, s.date() + " " + s.kind().shortLabel(), "study")
                .put("tab_list", true)
                .put("s", s)
                .put("orgName", TrainingViews.orgName(tree, s.orgId()))
                .put("kind", s.kind().label())
                .put("laws", s.laws())
                .put("minutes", s.minutes() == null ? "" : s.minutes() + " 分钟")
                .put("rate", s.attendanceRate().text())
                .put("people", people)
                .put("guests", guests)
                .put("hasGuests", !guests.isEmpty())
                .put("peopleCount", people.isEmpty() ? null
                        : people.size() + " 人,实到 " + people.stream().filter(AttendeeRow::attended).count() + " 人")
                .put("listQuery", QueryString.of("orgId", String.valueOf(s.orgId()), "year", String.valueOf(s.date().getYear())))
                .put("materials", StudyAttachmentPages.rows(attachments.list(user.actor(), s.id())))
                .put("materialKinds", StudyAttachmentPages.kinds())
                .put("materialFlash", "uploaded".equals(msg) ? "材料已上传。" : "deleted".equals(msg) ? "材料已删除。" : null)
                .put("materialError", uploadError)
                .put("receivedFrom", provenance.ofRecord("study_sessions", s.id(), s.orgId()).orElse(null))
                .view("study-session");
    }

    // ---- the form ----

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                        @QueryParam("kind") String kind, @QueryParam("date") String date, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.writer(ctx);
        FormState form = FormState.empty().value("orgId", orgId).value("kind", kind == null ? usualKind(user, orgId) : kind)
                .value("date", date == null ? LocalDate.now(clock).toString() : date);
        return form(user, form, null, StudySessionForm.storedAttendees(List.of()), TrainingViews.FLASH.text(msg));
    }

    @POST
    public Response create(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        return create(CurrentUser.of(ctx), params, List.of());
    }

    /**
     * The new-session form as the page sends it (multipart, the CSRF and one-time tokens in the action):
     * its fields, and the materials attached (the {@code file} field, of the kind chosen in {@code fileKind}),
     * saved with the session or, when one is refused, not at all.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createWithMaterials(@Context ContainerRequestContext ctx, FormDataMultiPart multipart) {
        StudySessionForm.Sent sent = StudySessionForm.Sent.of(multipart);
        return create(CurrentUser.of(ctx), sent.fields(), sent.materials());
    }

    private Response create(CurrentUser user, MultivaluedMap<String, String> params, List<AttachmentService.Material> materials) {
        FormState form = FormState.of(params);
        StudySessionForm.Ticks ticks = StudySessionForm.Ticks.of(params);
        // Whenever the form comes back unsaved, the browser cannot be given the chosen files back: the form
        // names them, to be chosen again.
        form.value("filesDropped", materials.isEmpty() ? null : StudySessionForm.names(materials));
        if (params.containsKey("_reload")) {
            return Response.ok(form(user, form, null, ticks, null)).build();
        }
        try {
            return FormSubmission.attempt(() -> {
                StudySessionForm.Parsed p = StudySessionForm.parse(form, ticks, materials, attachments);
                StudySessionService.Recorded r = sessions.create(user.actor(), p.session(), p.attendees(),
                        form.confirmsDuplicate(), materials);
                return afterSave(params, r.session(), "created");
            }, e -> FormSubmission.refused(e, form(user, StudySessionForm.fail(form, e), null, ticks, null)));
        } catch (ReceivedUnitException e) {
            // A unit received by 报送 is read-only here: still 403, but the form comes back as typed, the refusal at
            // the unit field, so nothing typed is lost and another unit can be chosen.
            return Response.status(Response.Status.FORBIDDEN).entity(form(user,
                    StudySessionForm.fail(form, new ValidationException("orgId", e.getMessage())), null, ticks, null)).build();
        }
    }

    @GET
    @Path("{id}/edit")
    public View editForm(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        CurrentUser user = CurrentUser.writer(ctx);
        StudySessionService.Recorded r = sessions.get(user.actor(), Params.pathId(id, "学法记录"));
        StudySession s = r.session();
        List<String> guests = r.attendees().stream().filter(Attendee::guest).map(Attendee::name).toList();
        FormState form = FormState.empty().value("orgId", s.orgId()).value("date", s.date()).value("kind", s.kind().name())
                .value("topic", s.topic()).value("laws", String.join("、", s.laws())).value("lecturer", s.lecturer())
                .value("lecturerUnit", s.lecturerUnit()).value("minutes", s.minutes()).value("expected", s.expected())
                .value("attended", s.attended()).value("note", s.note()).value("guests", String.join("、", guests))
                .value("version", s.version()).value("peopleOrgId", s.orgId());
        return form(user, form, s, StudySessionForm.storedAttendees(r.attendees()), null);
    }

    @POST
    @Path("{id}")
    public Response update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long sessionId = Params.pathId(id, "学法记录");
        StudySession current = sessions.get(user.actor(), sessionId).session();
        FormState form = FormState.of(params);
        StudySessionForm.Ticks ticks = StudySessionForm.Ticks.of(params);
        if (params.containsKey("_reload")) {
            return Response.ok(form(user, form, current, ticks, null)).build();
        }
        return FormSubmission.attempt(() -> {
            StudySessionForm.Parsed p = StudySessionForm.parse(form, ticks);
            StudySessionService.Recorded r = sessions.update(user.actor(), sessionId, p.session(), p.attendees(),
                    form.version(), form.confirmsDuplicate());
            return afterSave(params, r.session(), "saved");
        }, e -> FormSubmission.refused(e, form(user, StudySessionForm.fail(form, e), current, ticks, null)));
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @QueryParam("back") String back) {
        sessions.delete(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法记录"));
        return Redirects.backTo(back, "/study-sessions", "deleted");
    }

    /** Back to the unit's list for the session's year, where the new row shows; or straight to the next entry. */
    private static Response afterSave(MultivaluedMap<String, String> params, StudySession s, String msg) {
        if ("next".equals(params.getFirst("_then"))) {
            return Redirects.to("/study-sessions/new?" + QueryString.of("orgId", String.valueOf(s.orgId()),
                    "kind", s.kind().name(), "date", s.date().toString(), "msg", msg));
        }
        return Redirects.to("/study-sessions?" + QueryString.of("orgId", String.valueOf(s.orgId()),
                "year", String.valueOf(s.date().getYear()), "msg", msg));
    }

    /** No kind is chosen for the clerk unless the unit's kind makes one likely (StudyKind.usualFor). */
    private String usualKind(CurrentUser user, String orgId) {
        if (orgId == null || !orgId.matches("\\d{1,18}")) {
            return null;
        }
        return core.visibleOrgs().tree(user.actor()).find(Long.parseLong(orgId))
                .map(o -> StudyKind.usualFor(o.kind())).map(Enum::name).orElse(null);
    }

    /** "id:kind,…" of the units offered, so the form can suggest the usual kind when the unit changes. */
    private static String unitKinds(OrgTree tree) {
        StringBuilder b = new StringBuilder();
        tree.flatten().forEach(n -> {
            StudyKind usual = StudyKind.usualFor(n.org().kind());
            if (usual != null) {
                b.append(b.length() == 0 ? "" : ",").append(n.org().id()).append(':').append(usual.name());
            }
        });
        return b.toString();
    }

    private View form(CurrentUser user, FormState form, StudySession editing, StudySessionForm.Ticks ticks, String flash) {
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        Long orgId = null;
        try {
            orgId = Params.optionalOrg(form.get("orgId"));
        } catch (ValidationException ignored) {
            // the field error is shown already; list nobody
        }
        List<PersonRow> people = new ArrayList<>();
        if (orgId != null && tree.find(orgId).isPresent()) {
            // StudySessionForm.Ticks typed for another unit (the unit was changed without reloading) do not carry over.
            boolean sameUnit = String.valueOf(orgId).equals(form.get("peopleOrgId")) || ticks.stored();
            Set<Long> listed = new HashSet<>();
            for (Person p : unitPeople(user, orgId)) {
                listed.add(p.id());
                people.add(StudySessionForm.personRow(p.id(), p.name(), p.position(), sameUnit ? ticks : StudySessionForm.Ticks.NONE));
            }
            if (sameUnit) {
                // Someone recorded earlier who has since moved stays visible, so saving does not drop them silently.
                ticks.names().forEach((pid, name) -> {
                    if (!listed.contains(pid)) {
                        people.add(StudySessionForm.personRow(pid, name, "(已不在本单位)", ticks));
                    }
                });
            }
            form.value("peopleOrgId", orgId);
        }
        String rate = StudySessionForm.rateText(form.get("expected"), form.get("attended"));
        return PageModel.form(user, "新增学法记录", "修改学法记录", "study", form, editing)
                .put("orgPicker", OrgPicker.field(tree, form, "orgId").mustChoose()
                        .writable(provenance.receivedUnits()))
                .put("kindOptions", Options.of(StudyKind.class, form.get("kind")))
                .put("unitKinds", editing == null ? unitKinds(tree) : "")
                .put("people", people)
                .put("unitChosen", orgId != null)
                .put("derived", people.stream().anyMatch(PersonRow::checked))
                .put("rate", rate)
                .put("maxLaws", StudySession.LAWS_MAX)
                .put("flash", flash)
                .put("duplicatePath", "/study-sessions/")
                .put("fileKinds", StudyAttachmentPages.kinds())
                .put("maxFileMb", AttachmentService.MAX_BYTES / 1024 / 1024)
                .put("receivedFrom", editing == null ? null
                        : provenance.ofRecord("study_sessions", editing.id(), editing.orgId()).orElse(null))
                .view("study-form");
    }

    /** A person of the unit, as the form's script lists them for ticking. */
    public record UnitPerson(long id, String name, String position) {
    }

    /**
     * The people of exactly this unit (not its subtree), for the form's script when the unit changes;
     * filtered here so a county government's own few people are not looked for among thousands.
     */
    @GET
    @Path("unit-people")
    @Produces(MediaType.APPLICATION_JSON)
    public List<UnitPerson> unitPeople(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId) {
        CurrentUser user = CurrentUser.of(ctx);
        Long id = Params.optionalOrg(orgId);
        if (id == null) {
            throw new ValidationException("orgId", "请先选择单位");
        }
        core.orgs().get(user.actor(), id);
        return unitPeople(user, id).stream().map(p -> new UnitPerson(p.id(), p.name(), p.position())).toList();
    }

    private List<Person> unitPeople(CurrentUser user, long orgId) {
        return core.people().list(user.actor(), PersonService.Filter.ofUnit(orgId), new Page(PEOPLE_LIMIT, 0)).items();
    }
}
