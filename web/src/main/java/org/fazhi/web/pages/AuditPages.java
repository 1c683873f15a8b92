package org.fazhi.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.web.api.AuditResource;
import org.fazhi.web.auth.CurrentUser;

/** /audit: the audit log for admins, filterable by user, record type, action and dates. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public record AuditPages(AuditLog audit) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, String> ACTIONS = actions();

    /** One entry as the page shows it: the record's kind and name in Chinese, and only what changed. */
    public record Row(long id, String at, String username, String action, String entity, String name,
                      String summary, List<AuditText.Change> changes) {
        public boolean hasDetail() {
            return !changes.isEmpty();
        }
    }

    public record Choice(String value, String label, boolean selected) {
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri,
                     @QueryParam("username") String username, @QueryParam("entity") String entity,
                     @QueryParam("action") String action, @QueryParam("from") String from,
                     @QueryParam("to") String to, @QueryParam("offset") String offset) {
        CurrentUser user = CurrentUser.of(ctx);
        Page page = Pager.page(offset);
        String error = null;
        AuditFilter f;
        try {
            f = AuditResource.filter(username, entity, null, action, from, to);
        } catch (ValidationException e) {
            error = e.getMessage();
            f = AuditFilter.NONE;
        }
        PageResult<AuditEntry> result = audit.find(user.actor(), f, page);
        return PageModel.of(user, "操作日志", "audit")
                .put("rows", rows(audit, result.items()))
                .put("pager", Pager.of(uri, page, result.total()))
                .put("username", username).put("from", from).put("to", to)
                .put("entityOptions", choices(AuditText.ENTITIES, entity))
                .put("actionOptions", choices(ACTIONS, action))
                .put("error", error)
                .view("audit");
    }

    static List<Row> rows(AuditLog audit, List<AuditEntry> entries) {
        return entries.stream().map(e -> new Row(e.id(), TIME.format(e.at().atZone(audit.zone())), e.username(),
                ACTIONS.getOrDefault(e.action(), e.action()), AuditText.entity(e.entity()),
                AuditText.name(e.beforeJson(), e.afterJson()), e.summary(),
                AuditText.changes(e.entity(), e.beforeJson(), e.afterJson(), audit.zone())))
                .toList();
    }

    private static List<Choice> choices(Map<String, String> labels, String selected) {
        return labels.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue(), e.getKey().equals(selected))).toList();
    }

    private static Map<String, String> actions() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(AuditLog.CREATE, "新建");
        m.put(AuditLog.UPDATE, "修改");
        m.put(AuditLog.DELETE, "删除");
        m.put(AuditLog.LOGIN, "登录");
        m.put(AuditLog.LOGIN_FAILED, "登录失败");
        m.put(AuditLog.LOGOUT, "退出");
        m.put(AuditLog.PASSWORD, "改密码");
        return java.util.Collections.unmodifiableMap(m);
    }
}
