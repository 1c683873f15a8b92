package org.fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.web.support.Routes;
import org.junit.jupiter.api.Test;

/**
 * The project documents its own contract in {@code docs/API.md}; its route index must name exactly the
 * routes of the compiled resources, so a route added, renamed or removed without the document fails here.
 */
class ApiDocTest {
    static Path apiDoc() {
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return moduleDir.resolve(Path.of("..", "docs", "API.md")).normalize();
    }

    /** The lines of the fenced block under "## Route index" that read "METHOD /path". */
    static Set<String> documentedRoutes(String doc) {
        int index = doc.indexOf("## Route index");
        assertTrue(index >= 0, "docs/API.md has a route index");
        int open = doc.indexOf("```", index);
        int close = doc.indexOf("```", open + 3);
        Set<String> out = new TreeSet<>();
        for (String line : doc.substring(open + 3, close).split("\n")) {
            if (line.matches("(GET|POST|PUT|DELETE) /\\S*")) {
                out.add(line);
            } else {
                assertTrue(line.isBlank(), "a route index line is METHOD /path: '" + line + "'");
            }
        }
        return out;
    }

    @Test
    void theRouteIndexNamesEveryRouteOfTheServerAndNoOther() throws IOException {
        Set<String> documented = documentedRoutes(Files.readString(apiDoc(), StandardCharsets.UTF_8));
        Set<String> missing = new TreeSet<>(Routes.all());
        missing.removeAll(documented);
        Set<String> stale = new TreeSet<>(documented);
        stale.removeAll(Routes.all());
        assertEquals(Set.of(), missing, "routes of the server that docs/API.md does not list");
        assertEquals(Set.of(), stale, "routes docs/API.md lists that the server no longer has");
    }

    @Test
    void theIndexCheckBitesOnAStrayLine() {
        String doc = "## Route index\n```\nGET /api/health\nGET /api/no-such-route\n```\n";
        assertEquals(Set.of("GET /api/health", "GET /api/no-such-route"), documentedRoutes(doc));
        assertTrue(!Routes.all().contains("GET /api/no-such-route"));
    }
}
