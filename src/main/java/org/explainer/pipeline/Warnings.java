package org.explainer.pipeline;

import org.explainer.site.Site;

/** Prints a build's warnings for the writer, in the same file:line form as errors. */
public final class Warnings {

    private Warnings() {
    }

    public static void print(Site site) {
        if (site.warnings().isEmpty()) {
            return;
        }
        System.out.println(site.warnings().size() == 1 ? "1 warning:" : site.warnings().size() + " warnings:");
        site.warnings().stream().sorted().forEach(warning -> System.out.println("  warning: " + warning));
    }
}
