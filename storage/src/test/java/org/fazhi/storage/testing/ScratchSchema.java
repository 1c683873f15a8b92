package org.fazhi.storage.testing;

import org.fazhi.storage.PostgresTarget;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new, empty schema in the test database for one test, dropped with everything in it after the test, for
 * the tests that open PostgreSQL themselves (*OnPostgresTest):
 *
 * <pre>{@code
 * @RegisterExtension
 * final ScratchSchema scratch = new ScratchSchema();
 * final PostgresTarget schema = scratch.target();
 * }</pre>
 */
public final class ScratchSchema implements AfterEachCallback {
    private final PostgresTarget target = TestEngine.newSchema();

    public PostgresTarget target() {
        return target;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestEngine.dropSchema(target);
    }
}
