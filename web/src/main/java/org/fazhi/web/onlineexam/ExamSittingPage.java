package org.fazhi.web.onlineexam;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;

/**
 * /exam: the candidates' page, with no account: the code entry, then the paper (one list, for a phone at 390 px
 * and a PC), answers saved as they change with a visible 已保存 and retries while offline, the countdown from the
 * server's end time, submit with a confirmation and automatically at 0. Everything it does goes through
 * /api/exam-login and /api/exam/* ({@code static/exam.js}); the page itself holds no data.
 */
@Path("/exam")
@Produces(MediaType.TEXT_HTML)
public final class ExamSittingPage {
    @GET
    public View page() {
        return PageModel.anonymous("在线考试").view("exam-sitting");
    }
}
