package org.explainer.markdown.context;

import java.util.Map;

/**
 * Renders the markup of what the Markdown dialect generates (a term reference, the sources, the
 * timeline, a map figure) from a template under {@code templates/}, as Hugo keeps its shortcodes and
 * render hooks: a designer changes the markup in the template, and Java passes only data.
 */
public interface Partials {

    /**
     * @param template the template's path in the templates folder, such as {@code partials/sources.ftl}
     * @param model    the template's parameters by name: records, lists and plain values, as the
     *                 template's opening comment lists them
     * @return the rendered HTML
     */
    String render(String template, Map<String, ?> model);
}
