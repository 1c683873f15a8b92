package org.fazhi.web.backup;

import org.fazhi.storage.backup.BackupSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * /api/settings/backup {keep, lastBackupAt, lastBackupFile, lastError}: how many daily archives are kept
 * and how the last daily backup went. Admins only, reading included (the status names files of the
 * data folder); PUT changes {@code keep} alone, the other fields are the program's to write.
 */
@Path("/api/settings/backup")
@Produces(MediaType.APPLICATION_JSON)
public record BackupSettingsResource(BackupSettings settings) {
    public record BackupSettingsJson(int keep, Instant lastBackupAt, String lastBackupFile, String lastError) {
        static BackupSettingsJson of(BackupSettings.Status s) {
            return new BackupSettingsJson(s.keep(), s.lastBackupAt(), s.lastBackupFile(), s.lastError());
        }
    }

    /** What a PUT may change; anything else sent back from a GET is ignored. */
    public record KeepJson(Integer keep) {
    }

    @GET
    public BackupSettingsJson get(@Context ContainerRequestContext ctx) {
        CurrentUser.admin(ctx);
        return BackupSettingsJson.of(settings.status());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BackupSettingsJson update(@Context ContainerRequestContext ctx, KeepJson body) {
        // Refused before the body is judged: a non-admin learns nothing about valid values.
        Actor actor = CurrentUser.admin(ctx).actor();
        return BackupSettingsJson.of(settings.setKeep(actor, Params.requireBody(body).keep()));
    }
}
