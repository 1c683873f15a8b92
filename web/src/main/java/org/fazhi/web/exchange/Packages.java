package org.fazhi.web.exchange;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.exchange.Exchange;
import org.fazhi.exchange.PackageImporter;
import org.fazhi.exchange.PackageWriter;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.Scope;
import org.fazhi.web.export.Downloads;

/**
 * What the 报送 API and page share: receiving a package (administrators only), the received packages an
 * account may see, and a unit's year exported as a signed package download.
 */
record Packages(Exchange exchange, CoreServices core) {
    static final String ZIP = "application/zip";

    /** Checks the whole package, then takes it in; refused before anything is read unless an administrator sends it. */
    PackageImporter.Imported receive(Actor actor, InputStream in) {
        Scope.requireAdmin(actor);
        return exchange.receive(actor, in);
    }

    /** The packages received whose root unit lies in the actor's scope, newest first. */
    List<Exchange.Received> visible(Actor actor) {
        List<Exchange.Received> all = exchange.received();
        if (!actor.scoped()) {
            return all;
        }
        Set<Long> ids = core.visibleOrgs().list(actor).stream().map(Org::id).collect(Collectors.toSet());
        return all.stream().filter(r -> ids.contains(r.orgId())).toList();
    }

    /**
     * The signed package of unit {@code orgId}'s subtree for {@code year} as a download. Written whole to a
     * temporary file first, so a refusal (no 统一社会信用代码, a unit out of reach) is an error answer, not a
     * broken download.
     */
    Response export(Actor actor, long orgId, int year) {
        Scope.requireAdmin(actor);
        Path tmp;
        PackageWriter.Written w;
        try {
            tmp = Files.createTempFile("fazhi-package-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            w = exchange.export(actor, orgId, year, out);
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        StreamingOutput body = out -> {
            try {
                Files.copy(tmp, out);
            } finally {
                delete(tmp);
            }
        };
        return Response.ok(body).type(ZIP)
                .header("Content-Disposition", Downloads.attachment("package-" + orgId + "-" + year + ".fazhi-package.zip",
                        w.rootName() + "-" + year + ".fazhi-package.zip"))
                .header("X-Content-SHA256", w.sha256())
                .build();
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the system's temporary files
        }
    }
}
