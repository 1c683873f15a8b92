package org.fazhi.web.exchange;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fazhi.exchange.Exchange;
import org.fazhi.exchange.PackageImporter;
import org.fazhi.exchange.SigningKey;
import org.fazhi.exchange.TrustedKeys;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;
import org.fazhi.web.pages.Display;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * /packages, for admins: this instance's key (fingerprint, PEM download), the trusted senders' keys with a form
 * to trust one (pasted PEM or an uploaded file), a form to receive a package, the packages received, the 报送
 * status of the units below a unit for a year (from {@link Exchange#status}), and exporting a unit's year.
 * The upload forms are multipart, the CSRF token in their action; each success redirects back with a message.
 */
@Path("/packages")
@Produces(MediaType.TEXT_HTML)
public record PackagePages(Packages packages, CoreServices core, Clock clock) {
    /** A pasted or uploaded PEM key is a few hundred bytes; anything far bigger is not one. */
    private static final int MAX_PEM = 16 * 1024;
    private static final Map<String, String> MESSAGES = Map.of("trusted", "已信任该发送方的公钥。",
            "received", "已接收报送包。", "replaced", "已接收报送包,替换了此前接收的版本。",
            "unchanged", "该报送包此前已接收,未作改动。");

    public record StatusRow(String orgName, String code, boolean sent, String exportedAt, String receivedAt, String sha256,
                            int records, boolean late, boolean sentLate) {
        static StatusRow of(Exchange.UnitStatus s, ZoneId zone) {
            Exchange.Received r = s.latest();
            return new StatusRow(s.orgName(), s.code(), r != null, r == null ? null : Display.minute(r.exportedAt(), zone),
                    r == null ? null : Display.minute(r.receivedAt(), zone), r == null ? null : r.sha256(), r == null ? 0 : r.records(),
                    s.late(), s.sentLate());
        }
    }

    /** A received package as the page lists it, its times in the ledger's zone. */
    public record ReceivedRow(String orgName, int year, String signerName, String signer, String exportedAt,
                              String receivedAt, int records, String sha256) {
        static ReceivedRow of(Exchange.Received r, ZoneId zone) {
            return new ReceivedRow(r.orgName(), r.year(), r.signerName(), r.signer(), Display.minute(r.exportedAt(), zone),
                    Display.minute(r.receivedAt(), zone), r.records(), r.sha256());
        }
    }

    /** A trusted sender's key as the page lists it, the time it was trusted in the ledger's zone. */
    public record TrustedRow(String name, String fingerprint, String trustedBy, String trustedAt) {
        static TrustedRow of(TrustedKeys.Trusted t, ZoneId zone) {
            return new TrustedRow(t.name(), t.fingerprint(), t.trustedBy(), Display.minute(t.trustedAt(), zone));
        }
    }

    @GET
    public View show(@Context ContainerRequestContext ctx, @QueryParam("msg") String msg, @QueryParam("orgId") String orgId,
                     @QueryParam("year") String year) {
        CurrentUser user = CurrentUser.admin(ctx);
        return view(user, MESSAGES.get(msg == null ? "" : msg), orgId, year, FormState.empty(), FormState.empty());
    }

    @GET
    @Path("key.pem")
    @Produces("application/x-pem-file")
    public Response keyPem(@Context ContainerRequestContext ctx) {
        CurrentUser.admin(ctx);
        SigningKey.PublicInfo k = packages.exchange().publicKey();
        return Response.ok(k.pem().getBytes(StandardCharsets.US_ASCII), "application/x-pem-file")
                .header("Content-Disposition", Downloads.attachment("fazhi-key-" + k.fingerprint() + ".pem",
                        "报送公钥-" + k.fingerprint() + ".pem"))
                .build();
    }

    @POST
    @Path("keys")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response trust(@Context ContainerRequestContext ctx, @FormDataParam("name") String name,
                          @FormDataParam("publicKey") String publicKey, @FormDataParam("file") InputStream file) {
        CurrentUser user = CurrentUser.admin(ctx);
        FormState typed = FormState.empty().value("name", name).value("publicKey", publicKey);
        return FormSubmission.submit(typed, form -> {
            String pem = publicKey == null || publicKey.isBlank() ? read(file) : publicKey;
            if (pem == null || pem.isBlank()) {
                throw new ValidationException("publicKey", "请粘贴发送方的公钥(PEM),或选择对方导出的公钥文件");
            }
            packages.exchange().trustedKeys().trust(user.actor(), name, pem);
            return "/packages?msg=trusted";
        }, (form, e) -> FormSubmission.refused(e, view(user, null, null, null, form, FormState.empty())));
    }

    @POST
    @Path("receive")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response receive(@Context ContainerRequestContext ctx, @FormDataParam("file") InputStream file) {
        CurrentUser user = CurrentUser.admin(ctx);
        return FormSubmission.submit(FormState.empty(), form -> {
            if (file == null) {
                throw new ValidationException("file", "请选择要接收的报送包文件");
            }
            PackageImporter.Imported r = packages.receive(user.actor(), file);
            // Back to the status of the units beside the one received, where it now shows as sent.
            Long parent = core.visibleOrgs().tree(user.actor()).find(r.orgId()).map(Org::parentId).orElse(null);
            return "/packages?msg=" + (r.unchanged() ? "unchanged" : r.replaced() ? "replaced" : "received")
                    + (parent == null ? "" : "&orgId=" + parent) + "&year=" + r.year();
        }, (form, e) -> FormSubmission.refused(e, view(user, null, null, null, FormState.empty(), form)));
    }

    @GET
    @Path("export")
    @Produces(Packages.ZIP)
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId, @QueryParam("year") String year) {
        CurrentUser user = CurrentUser.admin(ctx);
        return packages.export(user.actor(), requiredOrg(orgId), requiredYear(year));
    }

    static long requiredOrg(String orgId) {
        Long id = Params.optionalOrg(orgId);
        if (id == null) {
            throw new ValidationException("orgId", "请选择报送单位");
        }
        return id;
    }

    static int requiredYear(String year) {
        Integer y = Params.optionalYear(year);
        if (y == null) {
            throw new ValidationException("year", "请填写年度");
        }
        return y;
    }

    private static String read(InputStream file) {
        if (file == null) {
            return null;
        }
        try (InputStream in = file) {
            byte[] bytes = in.readNBytes(MAX_PEM + 1);
            if (bytes.length > MAX_PEM) {
                throw new ValidationException("file", "公钥文件过大,请选择对方用“导出公钥”下载的 .pem 文件");
            }
            return new String(bytes, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private View view(CurrentUser user, String flash, String orgId, String year, FormState trustForm, FormState receiveForm) {
        SigningKey.PublicInfo key = packages.exchange().publicKey();
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        int y = Params.yearOr(year, today.getYear() - 1);
        Long chosen = Params.optionalOrg(orgId);
        List<Org> roots = tree.roots();
        long root = chosen != null ? chosen : roots.isEmpty() ? 0 : roots.get(0).id();
        List<StatusRow> status = root == 0 ? List.of()
                : packages.exchange().status(user.actor(), root, y, today).stream().map(r -> StatusRow.of(r, zone)).toList();
        String rootName = root == 0 ? null : tree.find(root).map(Org::name).orElse(null);
        return PageModel.of(user, "报送", "packages")
                .put("flash", flash)
                .put("keyPem", key.pem())
                .put("fingerprint", key.fingerprint())
                .put("trusted", packages.exchange().trustedKeys().list().stream().map(t -> TrustedRow.of(t, zone)).toList())
                .put("received", packages.visible(user.actor()).stream().map(r -> ReceivedRow.of(r, zone)).toList())
                .put("trustForm", trustForm)
                .put("receiveForm", receiveForm)
                .put("year", y)
                .put("deadline", (y + 1) + "年3月1日")
                .put("rootName", rootName)
                .put("status", status)
                .put("orgPicker", OrgPicker.of(tree, "orgId", root == 0 ? "" : String.valueOf(root)).mustChoose())
                .view("packages");
    }
}
