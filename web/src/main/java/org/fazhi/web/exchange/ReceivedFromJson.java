package org.fazhi.web.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.exchange.Provenance;
import org.fazhi.web.json.JsonMapper;

/**
 * Adds {@code receivedFrom: {unit, at, packageSha256, date}} — where a received record came from, as the pages'
 * "由 X 于 D 报送(包 …),只读" notice says it ({@link Provenance.ReceivedFrom}) — to the JSON GETs of the records a
 * 报送 package carries, lists and single records alike: study sessions, test batches and results, duty items,
 * 述法, 整改, court cases and hearings, 行政复议, units, people, a unit's assessment answers and its annual report. A record of
 * this instance's own has no
 * {@code receivedFrom}, and its JSON is left exactly as the resource answered it.
 *
 * <p>One place for every kind, so the resources stay as they are: the answer's records are read through their
 * {@code id()} and unit accessor. The cost is the same for a list of 2,000 as for one record: one query for the
 * received units; only when some rows belong to one, one query for the packages that wrote those rows and one per
 * received unit among them for the rows no package wrote (a unit's record kept from before it was received).
 */
public final class ReceivedFromJson implements ContainerResponseFilter {
    private static final ObjectMapper JSON = JsonMapper.create();

    /**
     * A JSON GET answering records of a table: its path (a list, or one record), and the accessor naming the unit;
     * or, for rows without an id of their own (a unit's assessment answers), {@link #UNIT_IN_PATH}: the path's
     * first group is the unit, and every row says where the unit's data came from.
     */
    record Route(Pattern path, String table, String unit) {
        Route(String path, String table, String unit) {
            this(Pattern.compile(path), table, unit);
        }
    }

    static final String UNIT_IN_PATH = "<path>";
    /** The table of a record that stands for its unit's data as a whole: it came from the unit's newest package. */
    static final String WHOLE_UNIT = "<unit>";

    static final List<Route> ROUTES = List.of(
            new Route("api/study-sessions(/[0-9]+)?", "study_sessions", "orgId"),
            new Route("api/test-batches(/[0-9]+)?", "test_batches", "orgId"),
            new Route("api/test-batches/[0-9]+/results|api/test-results/[0-9]+", "test_results", "orgId"),
            new Route("api/duties(/[0-9]+)?", "duty_items", "orgId"),
            new Route("api/law-reports(/[0-9]+)?", "law_reports", "orgId"),
            new Route("api/rectifications(/[0-9]+)?", "rectifications", "orgId"),
            new Route("api/court-cases(/[0-9]+)?", "court_cases", "defendantOrgId"),
            // A hearing names its case, not a unit: it says which package wrote it.
            new Route("api/court-cases/[0-9]+/hearings|api/court-hearings/[0-9]+", "court_hearings", null),
            new Route("api/reconsiderations(/[0-9]+)?", "reconsiderations", "respondentOrgId"),
            new Route("api/orgs(/[0-9]+)?", "orgs", "id"),
            new Route("api/people(/[0-9]+)?", "people", "orgId"),
            new Route("api/assessment-rounds/[0-9]+/units/([0-9]+)/answers", "assessment_answers", UNIT_IN_PATH),
            // A unit's annual report is written from its records, so a received unit's says where they came from.
            new Route("api/reports/annual", WHOLE_UNIT, "orgId"));

    private static final Map<String, Method> ACCESSORS = new ConcurrentHashMap<>();

    private final Provenance provenance;

    public ReceivedFromJson(Provenance provenance) {
        this.provenance = provenance;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || response.getEntity() == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        Route route = null;
        Matcher m = null;
        for (Route r : ROUTES) {
            m = r.path().matcher(relative);
            if (m.matches()) {
                route = r;
                break;
            }
        }
        if (route == null) {
            return;
        }
        Object entity = response.getEntity();
        List<?> rows = entity instanceof List<?> l ? l : List.of(entity);
        Map<Integer, Provenance.ReceivedFrom> origins = UNIT_IN_PATH.equals(route.unit())
                ? ofUnit(Long.parseLong(m.group(1)), rows.size())
                : WHOLE_UNIT.equals(route.table()) ? ofUnits(route, rows) : origins(route, rows);
        if (origins.isEmpty()) {
            return;
        }
        JsonNode tree = JSON.valueToTree(entity);
        origins.forEach((i, from) -> ((ObjectNode) (entity instanceof List<?> ? tree.get(i) : tree)).set("receivedFrom", json(from)));
        response.setEntity(tree);
    }

    /** Every one of {@code count} rows of unit {@code orgId}: where the unit's data came from, or nothing. */
    private Map<Integer, Provenance.ReceivedFrom> ofUnit(long orgId, int count) {
        Map<Integer, Provenance.ReceivedFrom> out = new HashMap<>();
        if (count > 0 && provenance.receivedUnits().contains(orgId)) {
            provenance.ofUnit(orgId).ifPresent(from -> {
                for (int i = 0; i < count; i++) {
                    out.put(i, from);
                }
            });
        }
        return out;
    }

    /** Each row that stands for a received unit's data as a whole: where the unit's data came from. */
    private Map<Integer, Provenance.ReceivedFrom> ofUnits(Route route, List<?> rows) {
        Map<Integer, Provenance.ReceivedFrom> out = new HashMap<>();
        Set<Long> received = rows.isEmpty() ? Set.of() : provenance.receivedUnits();
        for (int i = 0; i < rows.size() && !received.isEmpty(); i++) {
            Long unit = value(rows.get(i), route.unit());
            if (unit != null && received.contains(unit)) {
                int place = i;
                provenance.ofUnit(unit).ifPresent(from -> out.put(place, from));
            }
        }
        return out;
    }

    /** Where each received row came from, by its place in {@code rows}; empty when none was received. */
    private Map<Integer, Provenance.ReceivedFrom> origins(Route route, List<?> rows) {
        Map<Integer, Provenance.ReceivedFrom> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        Set<Long> received = provenance.receivedUnits();
        if (received.isEmpty()) {
            return out;
        }
        List<Integer> places = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Long unit = route.unit() == null ? null : value(rows.get(i), route.unit());
            Long id = value(rows.get(i), "id");
            if (id != null && (route.unit() == null || (unit != null && received.contains(unit)))) {
                places.add(i);
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, Provenance.ReceivedFrom> byRow = provenance.ofRecords(route.table(), ids);
        Map<Long, Optional<Provenance.ReceivedFrom>> byUnit = new HashMap<>();
        for (int k = 0; k < places.size(); k++) {
            int i = places.get(k);
            Provenance.ReceivedFrom from = byRow.get(ids.get(k));
            if (from == null && route.unit() != null) {
                from = byUnit.computeIfAbsent(value(rows.get(i), route.unit()), provenance::ofUnit).orElse(null);
            }
            if (from != null) {
                out.put(i, from);
            }
        }
        return out;
    }

    static ObjectNode json(Provenance.ReceivedFrom from) {
        return JSON.createObjectNode().put("unit", from.unit()).put("at", from.at()).put("packageSha256", from.packageSha256())
                .put("date", from.date());
    }

    /** The number a record's accessor {@code name} gives (id, orgId, …), or null. */
    private static Long value(Object row, String name) {
        Method m = ACCESSORS.computeIfAbsent(row.getClass().getName() + "#" + name, k -> {
            try {
                Method found = row.getClass().getMethod(name);
                found.setAccessible(true); // a public record nested in a package-private class
                return found;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(row.getClass() + " answers a route of ReceivedFromJson without " + name + "()", e);
            }
        });
        try {
            Object v = m.invoke(row);
            return v == null ? null : ((Number) v).longValue();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
