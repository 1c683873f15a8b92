package org.fazhi.web.signin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.fazhi.exchange.Provenance;
import java.util.Optional;
import org.fazhi.model.ValidationException;
import org.fazhi.training.signin.SignInService;
import org.fazhi.training.study.StudySession;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;

/**
 * /study-sessions/{id}/sign-in: the organiser's 扫码签到 page — open sign-in (how long, the 迟到 time), the QR
 * code with the countdown and the list filling live (signin.js polls the JSON status every 2.5 s), 结束签到 —
 * and /projector, the code large with the session's topic and the count, for the meeting room's screen.
 */
@Path("/study-sessions/{id}/sign-in")
@Produces(MediaType.TEXT_HTML)
public record SignInPages(SignInService signIn, SignInLinks links, Clock clock, Provenance provenance) {
    static final int DEFAULT_MINUTES = 30;

    @GET
    public View show(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id) {
        CurrentUser user = CurrentUser.of(ctx);
        return page(user, uri, Params.pathId(id, "学法记录"), null, "study-signin");
    }

    @GET
    @Path("projector")
    public View projector(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id) {
        CurrentUser user = CurrentUser.of(ctx);
        return page(user, uri, Params.pathId(id, "学法记录"), null, "signin-projector");
    }

    /** Opens sign-in (again: a new code) from the form's minutes and 迟到 time, then shows the code. */
    @POST
    public Response open(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id,
                         MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long sessionId = Params.pathId(id, "学法记录");
        FormState form = FormState.of(params);
        return FormSubmission.submit(form, f -> {
            Integer minutes = Params.optionalInt(f.get("minutes"), "minutes", "签到时长");
            if (minutes == null) {
                throw new ValidationException("minutes", "请填写签到时长(分钟)");
            }
            links.remember(signIn.open(user.actor(), sessionId, minutes, SignInService.parseLateAfter(f.get("lateAfter"))));
            return "/study-sessions/" + sessionId + "/sign-in";
        }, (FormState failed) -> page(user, uri, sessionId, failed, "study-signin"));
    }

    /** 结束签到: the arrivals become the session's attendees; {@code markAbsent} ticked lists the rest 缺席. */
    @POST
    @Path("close")
    public Response close(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                          MultivaluedMap<String, String> params) {
        long sessionId = Params.pathId(id, "学法记录");
        signIn.close(CurrentUser.of(ctx).actor(), sessionId, params.containsKey("markAbsent"));
        links.forget(sessionId);
        return Redirects.to("/study-sessions/" + sessionId + "/sign-in");
    }

    private View page(CurrentUser user, UriInfo uri, long sessionId, FormState form, String template) {
        SignInService.Status s = signIn.status(user.actor(), sessionId);
        StudySession session = s.session();
        // A received unit's session (报送) is read-only here: no code to scan, no window to open or close.
        Provenance.ReceivedFrom receivedFrom = provenance.ofRecord("study_sessions", session.id(), session.orgId()).orElse(null);
        boolean writer = user.account().role().canWrite() && receivedFrom == null;
        Optional<String> token = writer ? links.token(sessionId, s.window(), s.open()) : Optional.empty();
        PageModel m = PageModel.of(user, "扫码签到 · " + session.topic(), "study")
                .put("tab_list", true)
                .put("s", session)
                .put("status", SignInJson.status(s, clock))
                .put("arrivals", s.signIns().stream().map(x -> SignInJson.arrival(x, clock)).toList())
                .put("form", form == null ? FormState.empty().value("minutes", DEFAULT_MINUTES) : form)
                .put("statusUrl", "/api/study-sessions/" + sessionId + "/sign-in")
                .put("receivedFrom", receivedFrom);
        token.ifPresent(t -> {
            PhoneAddress phone = PhoneAddress.of(uri.getBaseUri(), PhoneSignInPages.path(t));
            m.put("qr", QrSvg.of(phone.url(), "签到二维码")).put("phone", phone)
                    .put("otherUrls", phone.urls().subList(1, phone.urls().size()));
        });
        // Open, but the code was issued by another server process: it can only be issued anew.
        m.put("lostCode", writer && s.open() && token.isEmpty());
        return m.view(template);
    }
}
