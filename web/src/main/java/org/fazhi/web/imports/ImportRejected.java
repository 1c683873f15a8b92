package org.fazhi.web.imports;

/** An import refused as a whole: nothing was written. Answered as {@link ImportProblem} JSON. */
public final class ImportRejected extends RuntimeException {
    private final int status;
    private final ImportProblem problem;

    public ImportRejected(int status, ImportProblem problem) {
        super(problem.message(), null, false, false);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public ImportProblem problem() {
        return problem;
    }
}
