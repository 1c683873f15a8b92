package org.fazhi.web.court;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.fazhi.duty.court.AppearanceService;
import org.fazhi.duty.court.CourtSettings;
import org.fazhi.duty.court.Denominator;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * /api/settings/court {denominator: HEARD|NOTIFIED|HEARINGS, flagThreshold}: what 出庭率 divides by and
 * the rate below which a unit goes on the 约谈 list. Everyone reads them; only admins change them
 * (403 otherwise), either or both at once; a wrong value saves neither.
 */
@Path("/api/settings/court")
@Produces(MediaType.APPLICATION_JSON)
public record CourtSettingsResource(AppearanceService appearance) {
    public record SettingsJson(String denominator, String denominatorLabel, BigDecimal flagThreshold) {
        static SettingsJson of(CourtSettings s) {
            return new SettingsJson(s.denominator().name(), s.denominator().label(), s.flagThreshold());
        }
    }

    @GET
    public SettingsJson get() {
        return SettingsJson.of(appearance.settings());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson update(@Context ContainerRequestContext ctx, SettingsJson body) {
        SettingsJson in = Params.requireBody(body);
        // Refused before the body is judged: a non-admin learns nothing about valid values.
        Actor actor = CurrentUser.admin(ctx).actor();
        Denominator d = in.denominator() == null || in.denominator().isBlank() ? null : Denominator.parse(in.denominator());
        return SettingsJson.of(appearance.saveSettings(actor, d, in.flagThreshold()));
    }
}
