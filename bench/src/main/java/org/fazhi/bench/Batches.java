package org.fazhi.bench;

import org.jdbi.v3.core.statement.PreparedBatch;

/** The generators' batched inserts, written out table by table. */
final class Batches {
    private Batches() {
    }

    /**
     * Executes the batches that hold rows, in the order given: parents first, so that the rows whose foreign
     * keys need them find them.
     */
    static void execute(PreparedBatch... parentsFirst) {
        for (PreparedBatch batch : parentsFirst) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }
}
