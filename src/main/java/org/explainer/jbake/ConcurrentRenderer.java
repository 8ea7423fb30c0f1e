package org.explainer.jbake;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * JBake's renderer, filling each page's template on one of several threads. JBake's own documents
 * renderer still walks the pages in its order, sets their neighbours and marks them rendered; it hands
 * each page here, and {@link #awaitPages()} waits until all are written. Freemarker's configuration and
 * templates are safe to share between threads; the templates read only the page and the site model.
 * Rendering pages was the largest single step of a 1000-page bake (bench/README.md).
 */
final class ConcurrentRenderer extends Renderer {

    private final ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
        Thread thread = new Thread(task, "page-renderer");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> pages = new ArrayList<>();

    ConcurrentRenderer(ContentStore store, JBakeConfiguration config) {
        super(store, config);
    }

    @Override
    public void render(DocumentModel content) {
        // A copy: JBake marks the page rendered in the store while the copy is being rendered.
        DocumentModel page = new DocumentModel();
        page.putAll(content);
        synchronized (pages) {
            pages.add(threads.submit(() -> {
                super.render(page);
                return null;
            }));
        }
    }

    /** Lets the threads go, once this renderer is replaced (templates changed). */
    void close() {
        threads.shutdown();
    }

    /** Waits for every page handed over; returns their failures as JBake's documents renderer reports them. */
    Optional<RenderingException> awaitPages() {
        List<String> failures = new ArrayList<>();
        List<Future<?>> handedOver;
        synchronized (pages) {
            handedOver = List.copyOf(pages);
            pages.clear();
        }
        for (Future<?> page : handedOver) {
            try {
                page.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pages were rendered", e);
            }
        }
        return failures.isEmpty() ? Optional.empty()
                : Optional.of(new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", failures)));
    }
}
