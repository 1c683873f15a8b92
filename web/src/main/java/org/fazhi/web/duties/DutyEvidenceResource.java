package org.fazhi.web.duties;

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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.duties.Evidence;
import org.fazhi.duty.duties.EvidenceKind;
import org.fazhi.duty.duties.EvidenceService;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.errors.ApiError;
import org.fazhi.web.errors.HttpProblem;
import org.fazhi.web.imports.Upload;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * /api/duties/{id}/evidence: the item's evidence (GET), and adding one piece (POST) as JSON
 * {kind:"LINK"|"NOTE", title, url|text, effectiveDate}, as a multipart form (field {@code file} with
 * {@code title} and {@code effectiveDate}; or, without a file, {@code kind} with url or text), or as
 * the raw file body with {@code ?name=&title=&effectiveDate=}. Answers 201 with the stored evidence.
 */
@Path("/api/duties/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public record DutyEvidenceResource(EvidenceService evidence) {
    public record EvidenceInput(String kind, String title, String url, String text, String effectiveDate) {
    }

    @GET
    public List<EvidenceJson> list(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return evidence.list(CurrentUser.of(ctx).actor(), Params.pathId(id, "职责事项")).stream().map(EvidenceJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addJson(@Context ContainerRequestContext ctx, @PathParam("id") String id, EvidenceInput body) {
        EvidenceInput in = Params.requireBody(body);
        return created(linkOrNote(CurrentUser.of(ctx).actor(), Params.pathId(id, "职责事项"), in.kind(), in.title(),
                in.url(), in.text(), in.effectiveDate()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addForm(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                            @FormDataParam("file") FormDataBodyPart file, @FormDataParam("kind") String kind,
                            @FormDataParam("title") String title, @FormDataParam("url") String url,
                            @FormDataParam("text") String text, @FormDataParam("effectiveDate") String effectiveDate) {
        Actor actor = CurrentUser.of(ctx).actor();
        long itemId = Params.pathId(id, "职责事项");
        // Upload repairs a Chinese file name that the multipart parser read as ISO-8859-1.
        Upload upload = Upload.of(file);
        boolean hasFile = upload != null && (upload.fileName() != null || !upload.isEmpty());
        if (!hasFile && kind != null && !kind.isBlank() && EvidenceKind.parse(kind) != EvidenceKind.FILE) {
            return created(linkOrNote(actor, itemId, kind, title, url, text, effectiveDate));
        }
        if (!hasFile) {
            throw new ValidationException("file", "请选择要上传的文件");
        }
        return created(file(actor, itemId, upload.fileName(), upload.bytes(), title, effectiveDate));
    }

    /** The file as the request body: {@code ?name=会议纪要.pdf&title=…&effectiveDate=2024-05-20}. */
    @POST
    @Consumes({"image/*", "application/*", "video/*"})
    public Response addRaw(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @QueryParam("name") String name, @QueryParam("title") String title,
                           @QueryParam("effectiveDate") String effectiveDate, byte[] body) {
        return created(file(CurrentUser.of(ctx).actor(), Params.pathId(id, "职责事项"), name, body, title, effectiveDate));
    }

    private Evidence file(Actor actor, long itemId, String name, byte[] bytes, String title, String effectiveDate) {
        if (bytes != null && bytes.length > EvidenceService.MAX_BYTES) {
            throw new HttpProblem(413, ApiError.TOO_LARGE,
                    "文件过大(上限 " + EvidenceService.MAX_BYTES / 1024 / 1024 + " MB)", "file");
        }
        return evidence.addFile(actor, itemId, name, bytes, title, date(effectiveDate));
    }

    private Evidence linkOrNote(Actor actor, long itemId, String kind, String title, String url, String text,
                                String effectiveDate) {
        EvidenceKind k = EvidenceKind.parse(kind);
        return switch (k) {
            case LINK -> evidence.addLink(actor, itemId, title, url, date(effectiveDate));
            case NOTE -> evidence.addNote(actor, itemId, title, text, date(effectiveDate));
            case FILE -> throw new ValidationException("kind", "上传文件请用 multipart 表单(字段 file)或直接以文件作为请求内容");
        };
    }

    /**
     * The evidence's 材料形成日期 as the API and the item page's forms take it. A missing date is left to the
     * service, which names it together with any other missing field.
     */
    static LocalDate date(String text) {
        return Params.optionalDate(text, "effectiveDate", "材料形成日期");
    }

    private static Response created(Evidence e) {
        return Crud.created("/api/duty-evidence/", EvidenceJson.of(e), EvidenceJson::id);
    }
}
