package org.explainer.base;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped because of problems in the sources; nothing was published. */
public class BuildFailure extends RuntimeException {

    private final List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public BuildFailure(Problem problem) {
        this(List.of(problem));
    }

    /** Each problem, for the preview's page overlay. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String list = problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The site was not built: " + count + " to fix.\n" + list;
    }
}
