package org.fazhi.web.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Reads what is left of a refused request's body before the answer goes out. A request can be refused
 * after a few bytes — JSON nested deeper than the parser allows, a missing sign-in, a throttled login —
 * and a server that closes a connection with unread data makes TCP reset it: the client then loses
 * the answer and sees a dropped connection instead of the 4xx (the hostile-input properties caught
 * this on /api/login). Bounded like {@link BodyLimitFilter}'s own draining; bodies past the route's
 * limit stop at it.
 */
@Priority(100)
public final class RefusedBodyDrain implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400) {
            return;
        }
        try {
            BodyLimitFilter.drain(request.getEntityStream());
        } catch (RuntimeException ignored) {
            // past the route's limit (the Limited stream drained and refused): nothing more to read
        }
    }
}
