package org.explainer.jbake;

import org.explainer.base.BuildFailure;
import org.explainer.markdown.context.Partials;
import org.explainer.text.InterfaceText;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.StringWriter;
import java.util.Map;

/**
 * Renders partials through JBake's own Freemarker engine, built from the same JBake configuration as
 * the engine that renders the pages ({@link JBakeRenderer#partials()}): partials and page templates
 * are found, read, configured and escaped alike. A mistake in a partial fails the build naming the
 * template file and line.
 * <p>
 * JBake's Freemarker engine itself, not its {@code DelegatingTemplateEngine} that pages go through:
 * that one copies JBake's whole configuration into the model and looks for the template file on disk
 * on every call, which made rendering the Markdown of 1000 pages (one partial per term reference)
 * 1.5 to 1.8 times slower.
 */
public final class JBakePartials implements Partials {

    /** The parameter under which every partial finds the interface text ({@link TextFunction}). */
    private static final String TEXT = "text";

    private final FreemarkerTemplateEngine engine;
    private final String templatesFolder;
    private final TextFunction text;

    /**
     * @param templatesFolder the templates folder as problems name it, e.g. {@code templates}
     */
    JBakePartials(JBakeConfiguration config, String templatesFolder) {
        // No document store, as for the pages: a partial gets every value it needs as a parameter.
        this(new FreemarkerTemplateEngine(config, null), templatesFolder, null);
    }

    private JBakePartials(FreemarkerTemplateEngine engine, String templatesFolder, TextFunction text) {
        this.engine = engine;
        this.templatesFolder = templatesFolder;
        this.text = text;
    }

    /** The same partials, whose words come from {@code text}: the language of the pages they are part of. */
    JBakePartials speaking(InterfaceText text) {
        return new JBakePartials(engine, templatesFolder, new TextFunction(text));
    }

    @Override
    public String render(String template, Map<String, ?> model) {
        TemplateModel parameters = new TemplateModel();
        parameters.putAll(model);
        parameters.put(TEXT, text);
        StringWriter html = new StringWriter();
        try {
            engine.renderDocument(parameters, template, html);
        } catch (RenderingException e) {
            throw new BuildFailure(TemplateFailures.describe(e, templatesFolder, template));
        }
        return html.toString();
    }
}
