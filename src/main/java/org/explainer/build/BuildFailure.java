package org.explainer.build;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped because of problems in the sources; nothing was published. */
public class BuildFailure extends RuntimeException {

    public BuildFailure(List<Problem> problems) {
        super(describe(problems));
    }

    public BuildFailure(Problem problem) {
        this(List.of(problem));
    }

    private static String describe(List<Problem> problems) {
        String list = problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The site was not built: " + count + " to fix.\n" + list;
    }
}
