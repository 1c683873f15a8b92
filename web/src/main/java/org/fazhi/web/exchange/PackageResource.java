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
import java.io.InputStream;
import java.util.List;
import org.fazhi.exchange.Exchange;
import org.fazhi.exchange.PackageImporter;
import org.fazhi.exchange.SigningKey;
import org.fazhi.exchange.TrustedKeys;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * 报送 JSON: this instance's public key, the trusted senders' keys, receiving a package (the file as the body,
 * or the multipart field {@code file}; BodyLimitFilter gives these paths {@code PACKAGE_LIMIT}), the received
 * packages, and exporting a unit's year. Administrators only, but for the list of received packages, which a
 * signed-in account sees within its scope.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public record PackageResource(Packages packages) {
    public record KeyJson(String publicKey, String fingerprint) {
    }

    public record TrustedJson(long id, String name, String publicKey, String fingerprint, String trustedBy, String trustedAt) {
        static TrustedJson of(TrustedKeys.Trusted t) {
            return new TrustedJson(t.id(), t.name(), t.publicKey(), t.fingerprint(), t.trustedBy(), t.trustedAt());
        }
    }

    public record TrustJson(String name, String publicKey) {
    }

    public record ReceivedJson(long orgId, int year, int records, boolean replaced, boolean unchanged) {
        static ReceivedJson of(PackageImporter.Imported r) {
            return new ReceivedJson(r.orgId(), r.year(), r.records(), r.replaced(), r.unchanged());
        }
    }

    public record PackageJson(long id, long orgId, String orgName, int year, String sha256, String signer, String signerName,
                              String exportedAt, String receivedAt, int records) {
        static PackageJson of(Exchange.Received r) {
            return new PackageJson(r.id(), r.orgId(), r.orgName(), r.year(), r.sha256(), r.signer(), r.signerName(),
                    r.exportedAt(), r.receivedAt(), r.records());
        }
    }

    @GET
    @Path("package-key")
    public KeyJson key(@Context ContainerRequestContext ctx) {
        CurrentUser.admin(ctx);
        SigningKey.PublicInfo k = packages.exchange().publicKey();
        return new KeyJson(k.pem(), k.fingerprint());
    }

    @GET
    @Path("package-keys")
    public List<TrustedJson> keys(@Context ContainerRequestContext ctx) {
        CurrentUser.admin(ctx);
        return packages.exchange().trustedKeys().list().stream().map(TrustedJson::of).toList();
    }

    @POST
    @Path("package-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response trust(@Context ContainerRequestContext ctx, TrustJson body) {
        // Refused before the body is judged: a non-admin learns nothing about valid values.
        Actor actor = CurrentUser.admin(ctx).actor();
        TrustJson b = Params.requireBody(body);
        if (b.publicKey() == null || b.publicKey().isBlank()) {
            throw new ValidationException("publicKey", "请填写发送方的公钥(PEM)");
        }
        return Response.status(201).entity(TrustedJson.of(packages.exchange().trustedKeys().trust(actor, b.name(), b.publicKey())))
                .build();
    }

    /** The package file as the whole body (application/zip or application/octet-stream). */
    @POST
    @Path("packages")
    @Consumes({Packages.ZIP, MediaType.APPLICATION_OCTET_STREAM})
    public ReceivedJson receive(@Context ContainerRequestContext ctx, InputStream body) {
        return ReceivedJson.of(packages.receive(CurrentUser.of(ctx).actor(), body));
    }

    /** The package file as the multipart field {@code file}, as a page's form sends it. */
    @POST
    @Path("packages")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ReceivedJson receiveForm(@Context ContainerRequestContext ctx, @FormDataParam("file") InputStream file) {
        Actor actor = CurrentUser.admin(ctx).actor();
        if (file == null) {
            throw new ValidationException("file", "请选择要接收的报送包文件(表单字段 file)");
        }
        return ReceivedJson.of(packages.receive(actor, file));
    }

    @GET
    @Path("packages")
    public List<PackageJson> list(@Context ContainerRequestContext ctx) {
        return packages.visible(CurrentUser.of(ctx).actor()).stream().map(PackageJson::of).toList();
    }

    /** The signed package of unit {@code orgId}'s subtree for {@code year}, as a download. */
    @GET
    @Path("packages/export")
    @Produces(Packages.ZIP)
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId, @QueryParam("year") String year) {
        Actor actor = CurrentUser.admin(ctx).actor();
        return packages.export(actor, PackagePages.requiredOrg(orgId), PackagePages.requiredYear(year));
    }
}
