package org.explainer.jbake;

import freemarker.template.TemplateException;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the behaviour of JBake that {@link JBakeRenderer} relies on, so that an upgrade that changes it
 * fails here, not on the site.
 */
class JBakeBehaviourTest {

    @TempDir
    Path project;

    @Test
    void templatesSeeTheContentAndTheConfigurationWithDotsAsUnderscores() throws Exception {
        FreemarkerTemplateEngine engine = engine("page.ftl", "${content.body} ${content.page.name} ${config.site_model.name}");
        DefaultJBakeConfiguration config = lastConfig;
        config.setProperty("site.model", new Named("the site"));
        assertEquals("<p>Body</p> the page the site", render(engine, "page.ftl"));
    }

    @Test
    void aTemplateErrorCarriesFreemarkersExceptionWithTemplateAndLine() throws Exception {
        FreemarkerTemplateEngine engine = engine("page.ftl", "first line\n${content.nothing.here}");
        RenderingException failure = assertThrows(RenderingException.class, () -> render(engine, "page.ftl"));
        TemplateException cause = assertInstanceOf(TemplateException.class, failure.getCause());
        assertEquals("page.ftl", cause.getTemplateSourceName());
        assertEquals(2, cause.getLineNumber());
    }

    @Test
    void noDatabaseIsBehindTheTemplates() throws Exception {
        // JBake answers these names from its database before looking at the model; with none, they fail.
        FreemarkerTemplateEngine engine = engine("page.ftl", "${published_posts?size}");
        assertThrows(Exception.class, () -> render(engine, "page.ftl"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.orientechnologies.orient.core.db.ODatabaseSession"));
    }

    @Test
    void assetsAndNonMarkdownContentFilesAreCopiedButMarkdownIsNot() throws Exception {
        engine("page.ftl", "");
        Files.createDirectories(project.resolve("assets/css"));
        Files.writeString(project.resolve("assets/css/site.css"), "body{}");
        Files.writeString(project.resolve("assets/.hidden"), "x");
        Files.createDirectories(project.resolve("content/pages"));
        Files.writeString(project.resolve("content/pages/map.svg"), "<svg/>");
        Files.writeString(project.resolve("content/pages/text.md"), "title=x\n~~~~~~\n");
        Path out = project.resolve("out");
        lastConfig.setDestinationFolder(out.toFile());
        Asset asset = new Asset(lastConfig);
        asset.copy();
        asset.copyAssetsFromContent(lastConfig.getContentFolder());
        assertTrue(asset.getErrors().isEmpty());
        assertTrue(Files.isRegularFile(out.resolve("css/site.css")));
        assertTrue(Files.isRegularFile(out.resolve("pages/map.svg")));
        assertFalse(Files.exists(out.resolve("pages/text.md")));
        assertFalse(Files.exists(out.resolve(".hidden")));
    }

    /** A bean with a name, as the site model and pages are beans to Freemarker. */
    public static final class Named {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    private DefaultJBakeConfiguration lastConfig;

    private FreemarkerTemplateEngine engine(String template, String text) throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.createDirectories(project.resolve("content"));
        Files.createDirectories(project.resolve("assets"));
        Files.writeString(project.resolve("jbake.properties"), "asset.ignore=true\n");
        Files.writeString(project.resolve("templates").resolve(template), text);
        lastConfig = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), project.resolve("out").toFile(), false);
        return new FreemarkerTemplateEngine(lastConfig, null);
    }

    /** As the renderer does: JBake's configuration copied into the model by JBake's own {@code asHashMap}. */
    private String render(FreemarkerTemplateEngine engine, String template) throws RenderingException {
        DocumentModel content = new DocumentModel();
        content.setBody("<p>Body</p>");
        content.put(JBakeRenderer.PAGE_KEY, new Named("the page"));
        TemplateModel model = new TemplateModel();
        model.setContent(content);
        model.setConfig(lastConfig.asHashMap());
        StringWriter out = new StringWriter();
        engine.renderDocument(model, template, out);
        return out.toString();
    }
}
