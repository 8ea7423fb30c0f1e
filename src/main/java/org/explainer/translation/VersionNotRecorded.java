package org.explainer.translation;

import org.explainer.base.Problem;

/** The translated command recorded nothing, for the reason given with the file it concerns; no file was changed. */
public final class VersionNotRecorded extends RuntimeException {

    VersionNotRecorded(Problem problem) {
        super(problem.toString());
    }
}
