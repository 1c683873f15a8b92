package org.fazhi.web.assessment;

import org.fazhi.assessment.Assessment;
import org.fazhi.web.server.Ledgers;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/** The assessment's indicator systems, rounds and results on the server: their JSON API and pages. */
final class AssessmentAdmin {
    private AssessmentAdmin() {
    }

    static void register(ResourceConfig rc, Assessment assessment, Ledgers l) {
        rc.register(new SystemResource(assessment));
        rc.register(new SystemResource.Sample(assessment));
        rc.register(new SystemResource.Import(assessment));
        rc.register(new SystemResource.Export(assessment));
        rc.register(new SystemResource.Template());
        rc.register(new RoundResource(assessment));
        rc.register(new AssessmentPages.Rounds(assessment, l.core()));
        rc.register(new SystemPages.Systems(assessment));
        rc.register(new SystemPages.SystemView(assessment));
        rc.register(new SystemPages.SystemImport(assessment));
        rc.register(new AssessmentPages.Overview(assessment));
        rc.register(new RoundFormPage(assessment, l.core()));
        rc.register(new ResultPages.ResultsPage(assessment));
        rc.register(new ResultPages.Matrix(assessment));
        rc.register(new ResultPages.Feedback(assessment));
        rc.register(new SystemEditPages.NewSystem(assessment));
        rc.register(new SystemEditPages.LoadSample(assessment));
        rc.register(new SystemEditPages.EditSystem(assessment));
        rc.register(new SystemEditPages.IndicatorForm(assessment));
        rc.register(new SystemEditPages.NewVersion(assessment));
        // Registering a feature twice is harmless: Jersey keeps one.
        rc.register(MultiPartFeature.class);
    }
}
