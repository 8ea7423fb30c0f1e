package org.explainer.base;

import java.util.ArrayList;
import java.util.List;

/** Gathers every problem of a build step, so a writer sees all of them in one run, not one per run. */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void at(String file, int line, String message) {
        add(Problem.at(file, line, message));
    }

    public void in(String file, String message) {
        add(Problem.in(file, message));
    }

    /** Takes over the problems another collector gathered (on another thread, say). */
    public void addAll(ProblemCollector other) {
        problems.addAll(other.problems);
    }

    public int size() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Ends the step: throws if anything was found. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }
}
