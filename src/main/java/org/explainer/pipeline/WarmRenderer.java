package org.explainer.pipeline;

import org.explainer.base.BuildFailure;
import org.explainer.base.Problem;
import org.explainer.base.ProjectConfig;
import org.explainer.jbake.JBakeRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Keeps one JBake renderer, with Freemarker's parsed templates, across the preview's rebuilds, and makes
 * a new one when a template changes. It is made on another thread, so that on two cores JBake's
 * start-up overlaps reading and checking the content.
 */
final class WarmRenderer {

    /** The renderer for this build, and a snapshot of the templates it renders with, to tell pages made with others. */
    record Ready(JBakeRenderer renderer, String templates) {
    }

    private final Path projectDir;
    private final Path templatesDir;
    private JBakeRenderer renderer;
    private String templates = "";
    private CompletableFuture<Ready> preparation;

    WarmRenderer(Path projectDir, Path templatesDir) {
        this.projectDir = projectDir;
        this.templatesDir = templatesDir;
    }

    void prepareInBackground() {
        if (preparation == null) {
            preparation = CompletableFuture.supplyAsync(this::prepare);
        }
    }

    Ready await() {
        prepareInBackground();
        try {
            return preparation.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            preparation = null;
        }
    }

    /**
     * Waits for a renderer being made, for a build that fails before it needs one: a one-off build then ends
     * with nothing left running on its project (a test's folder is deleted after it, and JBake, finding no
     * templates there, would print a stack trace). A renderer made stays for the next build.
     */
    void settle() {
        CompletableFuture<Ready> made = preparation;
        if (made != null && made.handle((ready, failure) -> failure == null).join() == Boolean.FALSE) {
            preparation = null;
        }
    }

    private synchronized Ready prepare() {
        if (!Files.isDirectory(templatesDir)) {
            // JBake would print a stack trace, then throw an exception that names no file a writer knows.
            throw new BuildFailure(Problem.in(projectDir.relativize(templatesDir).toString().replace('\\', '/'),
                    "the templates folder is missing; it holds a template for each type of page (template.folder in "
                            + ProjectConfig.FILE_NAME + " names it)"));
        }
        String templatesNow = FolderSnapshot.of(templatesDir);
        boolean changed = renderer == null || !templatesNow.equals(templates);
        if (changed) {
            templates = templatesNow;
            renderer = new JBakeRenderer(projectDir);
        }
        return new Ready(renderer, templates);
    }
}
