package org.fazhi.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.PossibleDuplicateException;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.StorageFault;
import org.fazhi.storage.core.ConstraintErrors;

/** Turns any exception into the status and {error, message, field} the user sees. */
public final class Problems {
    private Problems() {
    }

    /** The status and body for an exception; {@code status >= 500} means it is our fault. */
    public record Answer(int status, ApiError body) {
        public boolean serverFault() {
            return status >= 500 && !storageFault();
        }

        /** The disk is full, read-only or failing: worth a warning in the log, not a stack trace. */
        public boolean storageFault() {
            return ApiError.DISK_FULL.equals(body.error()) || ApiError.READ_ONLY.equals(body.error())
                    || ApiError.STORAGE_ERROR.equals(body.error());
        }
    }

    public static Answer classify(Throwable e) {
        if (e instanceof HttpProblem p) {
            return new Answer(p.status(), new ApiError(p.code(), p.getMessage(), p.field()));
        }
        if (e instanceof ValidationException v) {
            List<ApiError.FieldProblem> all = v.all().size() < 2 ? null
                    : v.all().stream().map(p -> new ApiError.FieldProblem(p.field(), p.getMessage())).toList();
            return new Answer(400, new ApiError(ApiError.INVALID, v.getMessage(), v.field(), all));
        }
        if (e instanceof NotFoundException) {
            return new Answer(404, new ApiError(ApiError.NOT_FOUND, e.getMessage(), null));
        }
        if (e instanceof PossibleDuplicateException d) {
            return new Answer(409, new ApiError(ApiError.POSSIBLE_DUPLICATE, d.getMessage(), d.field(), null, d.existingId()));
        }
        if (e instanceof ConflictException c) {
            return new Answer(409, new ApiError(ApiError.CONFLICT, c.getMessage(), c.field()));
        }
        if (e instanceof AccessDeniedException) {
            return new Answer(403, new ApiError(ApiError.FORBIDDEN, e.getMessage(), null));
        }
        Throwable json = find(e, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem((JsonProcessingException) json);
        }
        if (e instanceof WebApplicationException w) {
            return webProblem(w);
        }
        Throwable inner = find(e, HttpProblem.class);
        if (inner != null) {
            return classify(inner);
        }
        StorageFault fault = StorageFault.of(e);
        if (fault != null) {
            return storageProblem(fault);
        }
        if (ConstraintErrors.busy(e)) {
            return new Answer(503, new ApiError(ApiError.INTERNAL, "系统繁忙,未能保存,请稍后重试", null));
        }
        if (e instanceof StorageException) {
            return new Answer(503, new ApiError(ApiError.INTERNAL, e.getMessage(), null));
        }
        return new Answer(500, new ApiError(ApiError.INTERNAL, "服务器内部错误,请联系管理员查看日志", null));
    }

    /**
     * The disk, not the request, is at fault: 507 Insufficient Storage when it is full, else 503
     * (the server stays up and keeps answering reads; a retry works once the disk is fixed).
     */
    private static Answer storageProblem(StorageFault fault) {
        return switch (fault) {
            case DISK_FULL -> new Answer(507, new ApiError(ApiError.DISK_FULL, fault.message(), null));
            case READ_ONLY -> new Answer(503, new ApiError(ApiError.READ_ONLY, fault.message(), null));
            case IO_ERROR -> new Answer(503, new ApiError(ApiError.STORAGE_ERROR, fault.message(), null));
        };
    }

    private static Answer jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !(e.getCause() instanceof JsonProcessingException)
                && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            String msg = (e instanceof InvalidFormatException || e instanceof MismatchedInputException)
                    ? "字段 " + field + " 的类型或格式不正确" : "字段 " + field + " 无法识别";
            return new Answer(400, new ApiError(ApiError.INVALID, msg, field));
        }
        if (e instanceof MismatchedInputException) {
            return new Answer(400, new ApiError(ApiError.INVALID, "请求内容应为一个 JSON 对象", null));
        }
        return new Answer(400, new ApiError(ApiError.MALFORMED, "请求内容不是有效的 JSON", null));
    }

    private static Answer webProblem(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        if (w instanceof jakarta.ws.rs.NotFoundException) {
            return new Answer(404, new ApiError(ApiError.NOT_FOUND, "请求的地址不存在", null));
        }
        if (w instanceof NotAllowedException) {
            return new Answer(405, new ApiError(ApiError.NOT_ALLOWED, "该地址不支持此请求方法", null));
        }
        if (w instanceof NotSupportedException) {
            return new Answer(415, new ApiError(ApiError.UNSUPPORTED, "不支持的请求内容类型,请使用 application/json", null));
        }
        if (w instanceof NotAcceptableException) {
            return new Answer(406, new ApiError(ApiError.INVALID, "无法以所要求的格式返回", null));
        }
        if (status >= 400 && status < 500) {
            return new Answer(status, new ApiError(ApiError.INVALID, "请求无效", null));
        }
        return new Answer(status < 400 ? 500 : status, new ApiError(ApiError.INTERNAL, "服务器内部错误,请联系管理员查看日志", null));
    }

    private static Throwable find(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
