package org.explainer.jbake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.explainer.build.Problem;
import org.explainer.build.ProblemCollector;
import org.explainer.build.ProjectConfig;
import org.explainer.content.ContentScanner;
import org.explainer.markdown.Markdown;
import org.explainer.site.Site;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.nio.file.Path;

/** Runs JBake over the project with the project's Markdown engine and site model plugged in. */
public final class JBakeOven {

    /** The configuration key under which templates find the {@link Site} ({@code config.site_model}). */
    public static final String SITE_MODEL_PROPERTY = "site.model";

    private JBakeOven() {
    }

    /** Bakes into {@code destination}; every error JBake meets (a template error, say) goes to {@code problems}. */
    public static void bake(ProjectConfig project, Site site, Markdown markdown, Path destination, ProblemCollector problems) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.projectDir().toFile(), destination.toFile(), true);
        config.setSiteHost(site.getSettings().getUrl());

        FlexmarkEngine engine = new FlexmarkEngine(site, markdown, project.contentDir().toAbsolutePath());
        ContentScanner.MARKDOWN_EXTENSIONS.forEach(extension -> Engines.register(extension, engine));
        // Templates reach the site model as config.site_model. JBake's other route for extra model
        // values, a ModelExtractor, only accepts collections of documents.
        config.setProperty(SITE_MODEL_PROPERTY, site);

        Oven oven = new Oven(config);
        oven.bake();
        oven.getErrors().forEach(error -> problems.add(describe(project, error)));
    }

    /** Turns JBake's exceptions into problems naming the template and line where there is one. */
    private static Problem describe(ProjectConfig project, Throwable error) {
        String templates = project.projectDir().relativize(project.templatesDir()).toString();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                return Problem.at(templates + "/" + template.getTemplateSourceName(), lineOf(template.getLineNumber()),
                        firstLine(template.getMessageWithoutStackTop()));
            }
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
                return Problem.at(templates + "/" + parse.getTemplateName(), parse.getLineNumber(),
                        firstLine(parse.getEditorMessage()));
            }
        }
        return Problem.in(templates, "JBake failed: " + error);
    }

    private static int lineOf(Integer line) {
        return line == null ? 0 : line;
    }

    private static String firstLine(String message) {
        return message == null ? "template error" : message.strip().split("\n", 2)[0];
    }
}
