package org.fazhi.web.backup;

import org.fazhi.storage.backup.BackupSettings;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.backup.BackupResult;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Display;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.FormSubmission;

/**
 * /settings/backup, for admins: how many daily archives to keep, how the last daily backup went, and
 * the files in the data folder's backups/ (daily, before-upgrade and restore copies) with their sizes.
 */
@jakarta.ws.rs.Path("/settings/backup")
@Produces(MediaType.TEXT_HTML)
public record BackupPage(BackupSettings settings, Path backups, ZoneId zone) {

    public record FileRow(String name, String size, String modified) {
    }

    @GET
    public View show(@Context ContainerRequestContext ctx, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.admin(ctx);
        return view(user, "saved".equals(msg) ? "已保存。" : null, null);
    }

    @POST
    public Response save(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        return FormSubmission.validate(FormState.of(params), form -> {
            settings.setKeep(user.actor(), parseKeep(form.get("keep")));
            return "/settings/backup?msg=saved";
        }, failed -> view(user, null, failed));
    }

    private static Integer parseKeep(String s) {
        if (s == null || !s.matches("\\d{1,4}")) {
            throw new ValidationException("keep", "保留份数应为1到" + BackupSettings.MAX_KEEP + "之间的整数");
        }
        return Integer.valueOf(s);
    }

    private View view(CurrentUser user, String flash, FormState form) {
        BackupSettings.Status s = settings.status();
        FormState f = form != null ? form : FormState.empty().value("keep", s.keep());
        return PageModel.of(user, "数据备份", "backup")
                .put("form", f)
                .put("flash", flash)
                .put("lastAt", Display.minute(s.lastBackupAt(), zone))
                .put("lastFile", s.lastBackupFile())
                .put("lastError", s.lastError())
                .put("folder", backups.toString())
                .put("files", files())
                .view("backup-settings");
    }

    private List<FileRow> files() {
        List<FileRow> rows = new ArrayList<>();
        try (Stream<Path> s = Files.list(backups)) {
            for (Path p : s.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList()) {
                if (p.getFileName().toString().startsWith(".")) {
                    continue; // a backup being written
                }
                rows.add(new FileRow(p.getFileName().toString(), BackupResult.humanSize(Files.size(p)),
                        Display.minute(Files.getLastModifiedTime(p).toInstant(), zone)));
            }
        } catch (IOException e) {
            // an unreadable folder shows as an empty list; the status above still says what happened
        }
        return rows;
    }
}
