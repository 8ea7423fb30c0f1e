package org.explainer.pipeline;

import org.explainer.history.History;
import org.explainer.history.PageHistory;
import org.explainer.markdown.Markdown;
import org.explainer.site.Page;
import org.explainer.site.PageHistories;
import org.explainer.site.ReadableVersions;
import org.explainer.text.InterfaceTexts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pages' histories from the repository's: a page's content file, and for a page showing the whole
 * timeline the timeline data too, which is compared as the page shows its events. The preview also compares each file with its last commit, so a
 * change not yet committed shows as such; the production build shows commits only. Each change is
 * compared as readers read the page: its versions rendered to text by the site's Markdown dialect.
 *
 * @param contentFolder the content folder, relative to the project, ending in {@code /}
 * @param timelineFile  the timeline data file, relative to the project
 * @param separator     the header separator of content files
 * @param texts         the interface text, for the words a comparison adds in the page's language ("Source:")
 */
record RepositoryPageHistories(History history, String contentFolder, String timelineFile, boolean showUncommitted,
                               Markdown markdown, String separator, InterfaceTexts texts) implements PageHistories {

    @Override
    public PageHistory of(Page page) {
        // The 404 page is served at whatever address was missed: it is nobody's reading, and has no history to show.
        if ("not-found".equals(page.getLayout())) {
            return null;
        }
        String path = contentFolder + page.source().contentPath();
        List<String> data = showsWholeTimeline(page) ? List.of(timelineFile) : List.of();
        return history.forPage(path, data, showUncommitted ? page.source().text() : null,
                new ReadableVersions(markdown, separator, page.source().body(), page.document(),
                        note -> texts.of(page.getLanguage()).format("diff.source", Map.of("note", note)),
                        new ReadableTimeline(texts.of(page.getLanguage()))));
    }

    @Override
    public Map<String, String> movedFiles() {
        Map<String, String> moved = new TreeMap<>();
        history.movedFiles().forEach((before, now) -> {
            if (before.startsWith(contentFolder) && now.startsWith(contentFolder)) {
                moved.put(before.substring(contentFolder.length()), now.substring(contentFolder.length()));
            }
        });
        return moved;
    }

    /** The timeline page: {{timeline}} with no option shows every event, so the data's changes are the page's. */
    private static boolean showsWholeTimeline(Page page) {
        return page.analysis().directives().stream()
                .anyMatch(use -> use.directive().name().equals("timeline") && use.directive().options().isEmpty());
    }
}
