package org.explainer.jbake;

import org.explainer.site.Page;

/**
 * A page to render: the page as the site model holds it, and its body already rendered from Markdown.
 *
 * @param page                  the page, which its template reaches as {@code content.page}
 * @param html                  the rendered body, which its template reaches as {@code content.body}
 * @param committedComparisons  whether to render the comparison pages of its committed changes too, or leave
 *                              them to be copied from the last build ({@link Page#committedComparisonFiles})
 */
public record PageBody(Page page, String html, boolean committedComparisons) {
}
