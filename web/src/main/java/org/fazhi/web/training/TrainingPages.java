package org.fazhi.web.training;

import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the pages of law-training (/study-sessions, /tests, the compliance board, quota rules). */
public final class TrainingPages {
    private TrainingPages() {
    }

    public static void register(ResourceConfig rc, CoreServices core, LawTraining training) {
        // Each resource of this part is added here as it is built.
    }
}
