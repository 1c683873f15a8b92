package org.fazhi.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the problems of several fields before giving up, so that a person correcting a form sees
 * every wrong field at once instead of one per try.
 */
public final class FieldErrors {
    private final List<ValidationException> problems = new ArrayList<>();

    /** The checked value, or null after recording the problem. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            problems.addAll(e.all());
            return null;
        }
    }

    /**
     * The checked value, or null after recording the problem. A record's compact constructor that
     * replaces a parameter with its checked value (e.g. stripped text) passes the value in, since a
     * parameter it assigns cannot be captured by a lambda.
     */
    public <T, R> R check(T value, Function<T, R> check) {
        return check(() -> check.apply(value));
    }

    /**
     * Records the problem {@code message} of {@code field} when {@code wrong}: a rule between fields (a date after
     * another, a flag that excludes a value) stated in one line. The message is built before the test, so it may
     * only name values that are there whether or not the rule is broken.
     */
    public void refuseIf(boolean wrong, String field, String message) {
        if (wrong) {
            problems.add(new ValidationException(field, message));
        }
    }

    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Throws the problems found, the first one per field (a parse error, not its echo "cannot be empty"). */
    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<ValidationException> distinct = new ArrayList<>();
        for (ValidationException p : problems) {
            if (p.field() == null || seen.add(p.field())) {
                distinct.add(p);
            }
        }
        throw new ValidationException(distinct);
    }
}
