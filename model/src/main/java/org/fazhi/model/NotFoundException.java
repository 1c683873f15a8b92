package org.fazhi.model;

/** The record asked for does not exist (an unknown id): HTTP 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, long id) {
        return new NotFoundException(what + "不存在(编号 " + id + ")");
    }
}
