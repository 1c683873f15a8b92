package org.fazhi.storage.migrate;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway exactly the scripts of one {@link MigrationSet} as one engine runs them, instead of
 * letting it scan the classpath: the set already knows its scripts (and which engine has its own),
 * scanning a shaded jar costs start-up time on every launch, and a scan would also find the other
 * engine's scripts lying beside them.
 */
final class ScriptResources implements ResourceProvider {
    /** No Java migrations: every module's schema is plain SQL. */
    static final ClassProvider<JavaMigration> NO_CLASSES = List::of;

    private final List<LoadableResource> scripts = new ArrayList<>();

    ScriptResources(String folder, List<Migration> migrations) {
        for (Migration m : migrations) {
            scripts.add(new Script(folder, "V" + m.version() + "__" + m.description().replace(' ', '_') + ".sql", m.sql()));
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getFilename().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> out = new ArrayList<>();
        for (LoadableResource s : scripts) {
            for (String suffix : suffixes) {
                if (s.getFilename().startsWith(prefix) && s.getFilename().endsWith(suffix)) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    private static final class Script extends LoadableResource {
        private final String folder;
        private final String name;
        private final String sql;

        Script(String folder, String name, String sql) {
            this.folder = folder;
            this.name = name;
            this.sql = sql;
        }

        @Override
        public Reader read() {
            return new StringReader(sql);
        }

        @Override
        public String getAbsolutePath() {
            return folder + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
