package org.fazhi.web.signin;

import java.time.Clock;
import org.fazhi.exchange.Provenance;
import org.fazhi.storage.core.LoginThrottle;
import org.fazhi.training.signin.SignInService;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers QR sign-in for study sessions: its JSON API, the organiser's pages and the public phone page. */
public final class SignInWeb {
    private SignInWeb() {
    }

    /**
     * {@code throttle} counts unknown phone addresses per caller, as it counts wrong exam codes; {@code provenance}
     * says which sessions are a received unit's (报送), whose page offers no sign-in.
     */
    public static void register(ResourceConfig rc, SignInService signIn, LoginThrottle throttle, Clock clock,
                                Provenance provenance) {
        SignInLinks links = new SignInLinks();
        rc.register(new SignInResource(signIn, links, clock));
        rc.register(new SignInPages(signIn, links, clock, provenance));
        rc.register(new PhoneSignInPages(signIn, clock, throttle));
    }
}
