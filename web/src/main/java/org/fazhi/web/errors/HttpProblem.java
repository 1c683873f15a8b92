package org.fazhi.web.errors;

/**
 * An error raised by the web layer itself (bad credentials, a missing CSRF token, a body too
 * large), carrying its status and code; domain errors use the model's exceptions instead.
 */
public class HttpProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public HttpProblem(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static HttpProblem badRequest(String field, String message) {
        return new HttpProblem(400, ApiError.INVALID, message, field);
    }

    public static HttpProblem unauthorized(String message) {
        return new HttpProblem(401, ApiError.UNAUTHORIZED, message, null);
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, ApiError.FORBIDDEN, message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
