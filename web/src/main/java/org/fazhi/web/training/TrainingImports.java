package org.fazhi.web.training;

import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.glassfish.jersey.server.ResourceConfig;

/** Registers import and export of study sessions and test results (.xlsx and CSV), with templates. */
public final class TrainingImports {
    private TrainingImports() {
    }

    public static void register(ResourceConfig rc, CoreServices core, LawTraining training) {
        // Each resource of this part is added here as it is built.
    }
}
