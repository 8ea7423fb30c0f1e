package org.explainer.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * JBake's content store, kept in memory instead of an embedded OrientDB database. It answers the same
 * queries JBake's crawler, renderers and template model extractors make (see the SQL in JBake's
 * {@code ContentStore}) from maps: by source URI in constant time, and per document type from a list
 * sorted once. JBake's database costs seconds to start and, having no index, scans every document for
 * each per-document query, so its cost grows with the square of the number of pages; this store's
 * grows with the number of pages.
 * <p>
 * Lists returned for a document type are shared between calls; JBake only reads them.
 */
final class MemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST =
            Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private static final String PUBLISHED = "published";
    private static final String POST = "post";
    private static final String PAGE = "page";

    private final Map<String, DocumentModel> bySourceUri = new LinkedHashMap<>();
    private final Map<String, SortedDocuments> byType = new HashMap<>();
    private long start = -1;
    private long limit = -1;

    MemoryContentStore() {
        super("memory", "explainer");
    }

    @Override
    public void startup() {
        // Nothing to start.
    }

    @Override
    public void close() {
        // Nothing to close.
    }

    @Override
    public void shutdown() {
        // Nothing to shut down.
    }

    @Override
    public void drop() {
        bySourceUri.clear();
        byType.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // A memory store starts empty for every bake, so there is no cache to invalidate.
    }

    @Override
    public long getStart() {
        return start;
    }

    @Override
    public void setStart(int start) {
        this.start = start;
    }

    @Override
    public long getLimit() {
        return limit;
    }

    @Override
    public void setLimit(int limit) {
        this.limit = limit;
    }

    @Override
    public void resetPagination() {
        start = -1;
        limit = -1;
    }

    @Override
    public void addDocument(DocumentModel document) {
        bySourceUri.put(document.getSourceuri(), document);
        byType.remove(document.getType());
    }

    @Override
    public void deleteContent(String uri) {
        DocumentModel removed = bySourceUri.remove(uri);
        if (removed != null) {
            byType.remove(removed.getType());
        }
    }

    @Override
    public void deleteAllByDocType(String type) {
        bySourceUri.values().removeIf(document -> type.equals(document.getType()));
        byType.remove(type);
    }

    /** Every document in the store. */
    Collection<DocumentModel> documents() {
        return bySourceUri.values();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        DocumentModel document = bySourceUri.get(uri);
        if (document != null) {
            result.add(document);
        }
        return result;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public long getDocumentCount(String type) {
        return ofType(type).size();
    }

    @Override
    public long getPublishedCount(String type) {
        return ofType(type).stream().filter(MemoryContentStore::isPublished).count();
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String type) {
        return getAllContent(type, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String type, boolean applyPaging) {
        SortedDocuments all = ofType(type);
        return applyPaging && hasPaging() ? page(all) : all;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String type) {
        return publishedContent(type, false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedPosts(false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return publishedContent(POST, applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent(PAGE);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(ofType(POST), document -> isPublished(document) && hasTag(document, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            result.addAll(select(ofType(type), document -> isPublished(document) && hasTag(document, tag)));
        }
        return result;
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        List<DocumentModel> unrendered = new ArrayList<>();
        for (DocumentModel document : bySourceUri.values()) {
            if (!Boolean.TRUE.equals(document.getRendered())) {
                unrendered.add(document);
            }
        }
        unrendered.sort(NEWEST_FIRST);
        DocumentList<DocumentModel> result = new DocumentList<>();
        result.addAll(unrendered);
        return result;
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        DocumentModel stored = bySourceUri.get(document.getSourceuri());
        if (stored != null && document.getType().equals(stored.getType()) && !Boolean.TRUE.equals(stored.getRendered())
                && Boolean.TRUE.equals(stored.getCached())) {
            stored.setRendered(true);
        }
    }

    @Override
    public Set<String> getTags() {
        Set<String> tags = new LinkedHashSet<>();
        getPublishedPosts().forEach(document -> addTags(document, tags));
        return tags;
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            ofType(type).stream().filter(MemoryContentStore::isPublished).forEach(document -> addTags(document, tags));
        }
        return tags;
    }

    private DocumentList<DocumentModel> publishedContent(String type, boolean applyPaging) {
        DocumentList<DocumentModel> published = select(ofType(type), MemoryContentStore::isPublished);
        return applyPaging && hasPaging() ? page(published) : published;
    }

    private SortedDocuments ofType(String type) {
        return byType.computeIfAbsent(type, key -> {
            List<DocumentModel> documents = new ArrayList<>();
            for (DocumentModel document : bySourceUri.values()) {
                if (key.equals(document.getType())) {
                    documents.add(document);
                }
            }
            documents.sort(NEWEST_FIRST);
            return new SortedDocuments(documents);
        });
    }

    private boolean hasPaging() {
        return start >= 0 && limit > -1;
    }

    private DocumentList<DocumentModel> page(List<DocumentModel> documents) {
        DocumentList<DocumentModel> page = new DocumentList<>();
        documents.stream().skip(start).limit(limit).forEach(page::add);
        return page;
    }

    private static DocumentList<DocumentModel> select(List<DocumentModel> documents, Predicate<DocumentModel> filter) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        for (DocumentModel document : documents) {
            if (filter.test(document)) {
                result.add(document);
            }
        }
        return result;
    }

    private static boolean isPublished(DocumentModel document) {
        return PUBLISHED.equals(document.getStatus());
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        String[] tags = document.getTags();
        return tags != null && Arrays.asList(tags).contains(tag);
    }

    private static void addTags(DocumentModel document, Set<String> tags) {
        String[] own = document.getTags();
        if (own != null) {
            tags.addAll(Arrays.asList(own));
        }
    }

    /**
     * The documents of one type, newest first, with constant-time {@code indexOf} and {@code get}: JBake's
     * documents renderer looks every document up in the list of its type to find its neighbours.
     */
    private static final class SortedDocuments extends DocumentList<DocumentModel> {

        private final List<DocumentModel> byIndex;
        private final Map<Object, Integer> indexes = new IdentityHashMap<>();

        SortedDocuments(List<DocumentModel> documents) {
            addAll(documents);
            byIndex = List.copyOf(documents);
            for (int i = 0; i < byIndex.size(); i++) {
                indexes.put(byIndex.get(i), i);
            }
        }

        @Override
        public int indexOf(Object document) {
            Integer index = indexes.get(document);
            return index != null ? index : super.indexOf(document);
        }

        @Override
        public DocumentModel get(int index) {
            return byIndex.get(index);
        }
    }
}
