package org.fazhi.web.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The error body of every 4xx/5xx answer of the API: {error, message, field}; {@code errors} when several
 * fields are wrong, {@code duplicateOf} (the stored record's id) with {@link #POSSIBLE_DUPLICATE}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, @JsonInclude(JsonInclude.Include.ALWAYS) String field,
                       List<FieldProblem> errors, Long duplicateOf) {
    public ApiError(String error, String message, String field) {
        this(error, message, field, null, null);
    }

    public ApiError(String error, String message, String field, List<FieldProblem> errors) {
        this(error, message, field, errors, null);
    }

    /** One wrong field, when a request has several. */
    public record FieldProblem(String field, String message) {
    }

    public static final String INVALID = "INVALID";
    public static final String MALFORMED = "MALFORMED_JSON";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CONFLICT = "CONFLICT";
    /** The record looks like one already stored (409): sent again with {@code ?confirmDuplicate=true} it is saved. */
    public static final String POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String UNSUPPORTED = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String TOO_MANY = "TOO_MANY_REQUESTS";
    public static final String INTERNAL = "INTERNAL";
    /** The disk under the data folder is full (507): nothing was saved. */
    public static final String DISK_FULL = "DISK_FULL";
    /** The data folder cannot be written (503): nothing was saved. */
    public static final String READ_ONLY = "READ_ONLY";
    /** The disk failed to read or write the database (503). */
    public static final String STORAGE_ERROR = "STORAGE_ERROR";
}
