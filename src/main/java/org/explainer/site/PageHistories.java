package org.explainer.site;

import org.explainer.history.PageHistory;

import java.util.Map;

/** Where the assembled pages get their history from: the repository, or nowhere in a build without it. */
public interface PageHistories {

    /** No history: no page shows one, and no moved page leaves an old address behind. */
    PageHistories NONE = new PageHistories() {
        @Override
        public PageHistory of(Page page) {
            return null;
        }

        @Override
        public Map<String, String> movedFiles() {
            return Map.of();
        }
    };

    /** The page's history, or null when the build has none. */
    PageHistory of(Page page);

    /** Content files that were renamed or moved: each earlier content path with the path it has now. */
    Map<String, String> movedFiles();
}
