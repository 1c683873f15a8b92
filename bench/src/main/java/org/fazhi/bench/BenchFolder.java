package org.fazhi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scratch folder of a benchmark that builds a ledger in process and then times a server process on it: the server
 * jar copied in ({@link ProvinceBench#builtJar}), the ledger's data folder, and the machine's load taken before any
 * of it.
 */
record BenchFolder(Path dir, Path jar, Path data, String loadBefore) {
    /** Bridges the server's logging, notes the load, creates {@code fazhi-NAME-bench…} and copies the jar into it. */
    static BenchFolder create(String name) throws IOException {
        org.fazhi.web.cli.Logging.bridgeJul();
        String load = Machine.load();
        Path dir = Files.createTempDirectory("fazhi-" + name + "-bench");
        return new BenchFolder(dir, ProvinceBench.builtJar(dir), dir.resolve("data"), load);
    }

    /** The server jar started on the data folder, its output in {@code outputFile} of the folder. */
    ServerProcess server(String outputFile) throws Exception {
        return ServerProcess.ledger(jar, data, dir.resolve(outputFile));
    }
}
