package org.fazhi.web.pages;

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
import java.util.List;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** /users: accounts for admins: create, change role and scope, disable, reset a password. */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
public record UserPages(CoreServices core) {
    public record Row(long id, String username, String displayName, String role, String scope, boolean disabled) {
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        List<Row> rows = core.users().list(user.actor()).stream().map(u -> new Row(u.id(), u.username(),
                u.displayName() == null ? "" : u.displayName(), u.role().label(),
                u.orgId() == null ? "全部单位" : tree.find(u.orgId()).map(Org::name).orElse("单位 " + u.orgId()),
                u.disabled())).toList();
        return PageModel.of(user, "账号", "users").put("rows", rows).put("flash", Flash.message(msg)).view("users");
    }

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx) {
        CurrentUser user = CurrentUser.of(ctx);
        core.users().list(user.actor());
        return form(user, FormState.empty().value("role", "ORGANISER"), null);
    }

    @POST
    public Response create(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        return FormSubmission.submit(params, form -> {
            // Every wrong field in one answer: the account's own fields, its scope and both passwords.
            FieldErrors errors = new FieldErrors();
            Role role = errors.check(() -> Role.parse(form.get("role")));
            Long scope = errors.check(() -> scope(form, role));
            UserAccount draft = errors.check(() -> new UserAccount(null, form.get("username"), form.get("displayName"),
                    role, scope, false, 0));
            String password = form.getV().get("password");
            errors.check(() -> UserAccount.checkPassword(password));
            errors.refuseIf(!String.valueOf(password).equals(form.getV().get("password2")), "password2", "两次输入的密码不一致");
            errors.throwIfAny();
            core.users().create(user.actor(), draft, password);
            return "/users?msg=created";
        }, failed -> form(user, failed.value("password", "").value("password2", ""), null));
    }

    @GET
    @Path("{id}/edit")
    public View editForm(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        CurrentUser user = CurrentUser.of(ctx);
        UserAccount u = core.users().get(user.actor(), Params.pathId(id, "账号"));
        FormState form = FormState.empty().value("displayName", u.displayName()).value("role", u.role().name())
                .value("orgId", u.orgId() == null ? ALL : String.valueOf(u.orgId())).value("disabled", u.disabled() ? "on" : "").value("version", u.version());
        return form(user, form, u);
    }

    @POST
    @Path("{id}")
    public Response update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long userId = Params.pathId(id, "账号");
        UserAccount current = core.users().get(user.actor(), userId);
        return FormSubmission.submit(params, form -> {
            String pw = form.getV().get("password");
            boolean reset = pw != null && !pw.isEmpty();
            // A new password is checked, and its confirmation with it, before anything is saved: a typo in
            // either must not leave the account saved with its other changes and the old password.
            if (reset) {
                FieldErrors errors = new FieldErrors();
                errors.check(() -> UserAccount.checkPassword(pw));
                errors.refuseIf(!pw.equals(form.getV().get("password2")), "password2", "两次输入的新密码不一致");
                errors.throwIfAny();
            }
            Role role = Role.parse(form.get("role"));
            UserAccount changes = new UserAccount(userId, current.username(), form.get("displayName"), role,
                    scope(form, role), form.get("disabled") != null, 0);
            core.users().update(user.actor(), userId, changes, OrgPages.version(form));
            if (reset) {
                core.users().setPassword(user.actor(), userId, pw);
            }
            return "/users?msg=saved";
        }, failed -> form(user, failed.value("password", "").value("password2", ""), current));
    }

    /** The scope option that means every unit: chosen on purpose, never the default of a new account. */
    static final String ALL = "ALL";

    /**
     * The account's 管辖范围: a unit's subtree, or every unit only when 全部单位 was chosen. An organiser or
     * viewer saved without a choice is refused rather than given the whole ledger by default. Whether one is
     * needed is the role's to say: a role that could not be read ({@code role} null) has its own message, and
     * no second one about the scope.
     */
    private static Long scope(FormState form, Role role) {
        String chosen = form.get("orgId");
        if (ALL.equals(chosen)) {
            return null;
        }
        if ((chosen == null || chosen.isBlank()) && role != null && role != Role.ADMIN) {
            throw new ValidationException("orgId", "请选择管辖范围:全部单位,或某一单位及其下级单位");
        }
        return Params.optionalId(chosen, "orgId", "所属单位");
    }

    private View form(CurrentUser user, FormState form, UserAccount editing) {
        return PageModel.form(user, "新建账号", "修改账号", "users", form, editing)
                .put("disabledChecked", "on".equals(form.getV().get("disabled")))
                .put("roleOptions", Options.of(Role.class, form.get("role")))
                .put("orgPicker", OrgPicker.field(core, user.actor(), form, "orgId").special(ALL, "全部单位"))
                .view("user-form");
    }
}
