package org.fazhi.web.training;

import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers the JSON API of law-training (study sessions, compliance, quota rules, test batches and results, statistics, law catalogue). */
public final class TrainingApi {
    private TrainingApi() {
    }

    public static void register(ResourceConfig rc, CoreServices core, LawTraining training) {
        // Each resource of this part is added here as it is built.
    }
}
