package org.fazhi.web.pages;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;

/**
 * The one way a page takes a posted form: parse it, save it, and on success redirect (303) to the page
 * the save names; when the service refuses it (a {@link ValidationException}, 400, or a
 * {@link ConflictException}, 409), show the form again with what was typed and each message beside
 * its field.
 */
public final class FormSubmission {
    private FormSubmission() {
    }

    /** Stores what the form holds and answers the path to go to next. */
    @FunctionalInterface
    public interface Save {
        String run(FormState form);
    }

    /** A change that answers with its own response (a redirect, usually). */
    @FunctionalInterface
    public interface Change {
        Response run();
    }

    /** Saves the posted form; a refusal shows {@code reshow} of the form as typed, with its messages. */
    public static Response submit(MultivaluedMap<String, String> params, Save save, Function<FormState, ?> reshow) {
        return submit(FormState.of(params), save, reshow);
    }

    /** Saves the form; a refusal shows {@code reshow} of the form as typed, with its messages. */
    public static Response submit(FormState form, Save save, Function<FormState, ?> reshow) {
        return attempt(() -> Redirects.to(save.run(form)), e -> refused(e, reshow.apply(form.fail(e))));
    }

    /** Saves the form; a refusal is answered by {@code refused}, given the form with its messages and the refusal. */
    public static Response submit(FormState form, Save save,
                                  BiFunction<FormState, RuntimeException, Response> refused) {
        return attempt(() -> Redirects.to(save.run(form)), e -> refused.apply(form.fail(e), e));
    }

    /**
     * As {@link #submit(FormState, Save, Function)} for a form whose save can only be refused as invalid
     * (400): a conflict is not the form's to show and goes on to the error page.
     */
    public static Response validate(FormState form, Save save, Function<FormState, ?> reshow) {
        try {
            return Redirects.to(save.run(form));
        } catch (ValidationException e) {
            return refused(e, reshow.apply(form.fail(e)));
        }
    }

    /** Runs a change; its refusal (invalid or conflicting) is answered by {@code refused}. */
    public static Response attempt(Change change, Function<RuntimeException, Response> refused) {
        try {
            return change.run();
        } catch (ValidationException | ConflictException e) {
            return refused.apply(e);
        }
    }

    /** The answer to a refused form: 409 when it clashed with what is stored, else 400, with the page again. */
    public static Response refused(RuntimeException e, Object page) {
        return Response.status(FormState.status(e)).entity(page).build();
    }
}
