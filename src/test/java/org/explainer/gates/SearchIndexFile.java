package org.explainer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A baked site's search index, one map per page (url, title, type, summary, headings, names, text). */
final class SearchIndexFile {

    static final String NAME = "search-index.json";

    private SearchIndexFile() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(Path site) {
        try {
            return (List<Map<String, Object>>) JsonText.parse(Files.readString(site.resolve(NAME)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + site.resolve(NAME), e);
        }
    }

    /** A page's other names, for a glossary entry; empty for any other page. */
    @SuppressWarnings("unchecked")
    static List<String> names(Map<String, Object> page) {
        return page.get("names") instanceof List<?> names ? (List<String>) names : List.of();
    }
}
