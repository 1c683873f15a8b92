package org.fazhi.web.pages;

import org.fazhi.web.auth.CurrentUser;

/** The HTML page for an error met while browsing (404, 403, 409, 500). */
public final class ErrorPage {
    public View view(CurrentUser user, int status, String message) {
        String title = switch (status) {
            case 404 -> "页面或记录不存在";
            case 403 -> "没有权限";
            case 409 -> "操作未完成";
            case 413 -> "内容过大";
            case 429 -> "请稍后再试";
            default -> status >= 500 ? "系统出错" : "请求有误";
        };
        return PageModel.of(user, title, "none")
                .put("status", status)
                .put("message", message)
                .view("error");
    }
}
