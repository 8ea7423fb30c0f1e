package org.explainer.pipeline;

import org.explainer.content.SourceFile;
import org.explainer.site.Page;
import org.explainer.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preview's shortcut: between two builds that differ only in some pages' own text, the other pages'
 * output cannot have changed, so they are copied from the last published build instead of rendered.
 * <p>
 * That holds while nothing another page shows has changed ({@link CrossPageFingerprint}), the templates
 * are the same, and a page's source is exactly what its published copy was rendered from; otherwise,
 * and for every first build, every page is rendered. A build that fails publishes nothing, so the next
 * build compares with the last one published: the writer's fix after a mistake costs one page, not the site.
 */
final class PageReuse {

    /** The fingerprint of the last published build, whose pages may be reused; null if none. */
    private String publishedFingerprint;
    private Map<String, OwnInputs> publishedSources = Map.of();
    private String buildingFingerprint;
    private Map<String, OwnInputs> buildingSources = Map.of();

    /**
     * What a page's output shows that no other page's does: its source file and, for a translation, where it stands
     * against its original (its notice). An edit to an original re-renders its translations, not the site.
     */
    private record OwnInputs(SourceFile source, String translation) {
        static OwnInputs of(Page page) {
            return new OwnInputs(page.source(), String.valueOf(page.getTranslationState()));
        }
    }

    /**
     * Which pages of this build to render, and which to copy from the published output; and of the pages to render,
     * those whose committed changes' comparison pages are copied too, since only the page's text changed.
     */
    record Plan(List<Page> render, List<Page> copy, Set<Page> comparisonsKept) {
    }

    /**
     * @param sharedFolders the folders every page's output depends on: the data and the site's interface text
     * @param templates     a snapshot of the templates this build renders with
     */
    Plan plan(Site site, List<Path> sharedFolders, String history, Path published, String templates) {
        buildingFingerprint = CrossPageFingerprint.of(site, sharedFolders, history) + " templates " + templates;
        buildingSources = new HashMap<>();
        site.pagesToRender().forEach(page -> buildingSources.put(page.getUri(), OwnInputs.of(page)));
        boolean reusable = buildingFingerprint.equals(publishedFingerprint) && Files.isDirectory(published);
        List<Page> render = new ArrayList<>();
        List<Page> copy = new ArrayList<>();
        Set<Page> comparisonsKept = new HashSet<>();
        for (Page page : site.pagesToRender()) {
            OwnInputs before = reusable ? publishedSources.get(page.getUri()) : null;
            if (before != null && before.equals(buildingSources.get(page.getUri())) && Files.isRegularFile(published.resolve(page.getUri()))) {
                copy.add(page);
                continue;
            }
            render.add(page);
            // A committed change's comparison shows the commits and the page's header, not its text in the work tree;
            // every page's header is in the fingerprint, so a build that may reuse at all has the header it was made with.
            if (before != null && page.committedComparisonFiles().stream().allMatch(file -> Files.isRegularFile(published.resolve(file)))) {
                comparisonsKept.add(page);
            }
        }
        return new Plan(render, copy, comparisonsKept);
    }

    /** Copies what this build does not render from the last published build. */
    static void copy(Plan plan, Path published, Path destination) {
        try {
            for (Page page : plan.copy()) {
                Path target = destination.resolve(page.getUri());
                Files.createDirectories(target.getParent());
                reuse(published.resolve(page.getUri()), target);
                for (String file : page.historyFiles()) {
                    reuse(published.resolve(file), destination.resolve(file));
                }
            }
            for (Page page : plan.comparisonsKept()) {
                for (String file : page.committedComparisonFiles()) {
                    reuse(published.resolve(file), destination.resolve(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy unchanged pages from " + published, e);
        }
    }

    /**
     * A second name for the published file where the file system allows it, else a copy. No build writes into a
     * file it did not create (staging starts empty; the published folder is replaced whole), so the two names
     * never need to differ; linking spares the preview's rebuild reading and writing every unchanged page.
     */
    private static void reuse(Path file, Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The build was published: its pages may be reused by the next build while they are current. */
    void published() {
        publishedFingerprint = buildingFingerprint;
        publishedSources = buildingSources;
    }
}
