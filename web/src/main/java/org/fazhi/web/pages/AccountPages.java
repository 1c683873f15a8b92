package org.fazhi.web.pages;

import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.jetty.server.Request;
import org.fazhi.web.api.ClientAddress;
import org.fazhi.web.auth.Authenticator;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.errors.HttpProblem;

/** /account/password: every signed-in user, whatever the role, changes their own password here. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public final class AccountPages {
    private final Authenticator auth;

    @Context
    private Provider<Request> jettyRequest;

    public AccountPages(Authenticator auth) {
        this.auth = auth;
    }

    @GET
    @Path("password")
    public View passwordForm(@Context ContainerRequestContext ctx, @QueryParam("msg") String msg) {
        return form(CurrentUser.of(ctx), FormState.empty(), Flash.message(msg));
    }

    @POST
    @Path("password")
    public Response changePassword(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        FormState typed = FormState.of(params);
        try {
            return FormSubmission.submit(typed, form -> {
                auth.changeOwnPassword(user, form.getV().get("currentPassword"), form.getV().get("newPassword"),
                        java.util.Objects.toString(form.getV().get("confirmPassword"), ""), ClientAddress.of(jettyRequest));
                return "/account/password?msg=saved";
            }, failed -> form(user, blank(failed), null));
        } catch (HttpProblem paused) {
            // Throttled after wrong current passwords: told on the form, beside the field, with its 429.
            return Response.status(paused.status()).entity(form(user, blank(typed.fail(
                    new org.fazhi.model.ValidationException(paused.field(), paused.getMessage()))), null)).build();
        }
    }

    /** A password is never sent back to the browser, not even one that was refused. */
    private static FormState blank(FormState form) {
        return form.value("currentPassword", "").value("newPassword", "").value("confirmPassword", "");
    }

    private static View form(CurrentUser user, FormState form, String flash) {
        return PageModel.of(user, "修改密码", "account").put("form", form).put("flash", flash).view("account-password");
    }
}
