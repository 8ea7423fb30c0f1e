package org.explainer.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.explainer.build.BuildFailure;
import org.explainer.build.Problem;
import org.explainer.markdown.Partials;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Renders partials through JBake's own Freemarker engine, built from the same JBake configuration as
 * the engine that renders the pages: partials and page templates are found, read, configured and
 * escaped alike. A mistake in a partial fails the build naming the template file and line.
 * <p>
 * JBake's Freemarker engine itself, not its {@code DelegatingTemplateEngine} that pages go through:
 * that one copies JBake's whole configuration into the model and looks for the template file on disk
 * on every call, which made rendering the Markdown of 1000 pages (one partial per term reference)
 * 1.5 to 1.8 times slower.
 */
public final class JBakePartials implements Partials {

    private final FreemarkerTemplateEngine engine;
    /** The templates folder as problems name it, relative to the project. */
    private final String templatesFolder;

    JBakePartials(JBakeConfiguration config, ContentStore store) {
        this.engine = new FreemarkerTemplateEngine(config, store);
        this.templatesFolder = config.getSourceFolder().toPath().toAbsolutePath()
                .relativize(config.getTemplateFolder().toPath().toAbsolutePath()).toString().replace('\\', '/');
    }

    /**
     * The partials of the project in {@code projectDir}, configured by its {@code jbake.properties} as a
     * bake configures them, for rendering Markdown without a bake (the tests of the dialect do).
     */
    public static JBakePartials forProject(Path projectDir) {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectDir.toFile(), projectDir.toFile(), false);
        return new JBakePartials(config, new MemoryContentStore());
    }

    @Override
    public String render(String template, Map<String, ?> model) {
        TemplateModel parameters = new TemplateModel();
        parameters.putAll(model);
        StringWriter html = new StringWriter();
        try {
            engine.renderDocument(parameters, template, html);
        } catch (RenderingException e) {
            throw new BuildFailure(problem(templatesFolder, e)
                    .orElseGet(() -> Problem.in(templatesFolder + "/" + template, firstLine(e.getMessage()))));
        }
        return html.toString();
    }

    /**
     * The template and line a Freemarker error in {@code error}'s causes points to, if any.
     *
     * @param templatesFolder the templates folder, as problems name it
     */
    static Optional<Problem> problem(String templatesFolder, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                Integer line = template.getLineNumber();
                String expression = template.getBlamedExpressionString();
                return Optional.of(Problem.at(templatesFolder + "/" + template.getTemplateSourceName(), line == null ? 0 : line,
                        firstLine(template.getMessageWithoutStackTop()) + (expression == null ? "" : " " + expression)));
            }
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return Optional.of(Problem.at(templatesFolder + "/" + parse.getTemplateName(), parse.getLineNumber(),
                        firstLine(parse.getEditorMessage())));
            }
        }
        return Optional.empty();
    }

    static String firstLine(String message) {
        return message == null ? "template error" : message.strip().split("\n", 2)[0];
    }
}
