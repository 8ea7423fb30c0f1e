package org.explainer.preview;

import org.explainer.base.Problem;

import java.util.List;

/**
 * The outcome of the preview's latest build, numbered, so an open page can tell that a build happened
 * and whether it failed. Builds record into it; the browser's requests wait on it.
 */
final class BuildStatus {

    /** One build's outcome: its number (from 1) and its problems, sorted as the terminal lists them; none if it succeeded. */
    record Outcome(long build, List<Problem> problems) {
        Outcome {
            problems = problems.stream().sorted().toList();
        }

        boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private Outcome latest = new Outcome(0, List.of());

    synchronized void succeeded() {
        record(List.of());
    }

    synchronized void failed(List<Problem> problems) {
        record(problems);
    }

    private void record(List<Problem> problems) {
        latest = new Outcome(latest.build() + 1, problems);
        notifyAll();
    }


    /**
     * Waits until a build other than {@code seen} has finished, or {@code timeoutMillis} have passed, and
     * returns the latest outcome either way: a page that has seen nothing yet gets it at once.
     */
    synchronized Outcome after(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long left = timeoutMillis;
        while (latest.build() == seen && left > 0) {
            wait(left);
            left = deadline - System.currentTimeMillis();
        }
        return latest;
    }
}
