package org.explainer.jbake;

import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.markdown.context.Partials;
import org.explainer.testing.TestProject;
import org.explainer.text.InterfaceTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real {@code templates/lib/direction.ftl}: a value in another script is isolated on a page in a
 * right-to-left language, and written as it is on a left-to-right one.
 */
class DirectionMacroTest {

    @TempDir
    Path project;

    private Partials partials(String code, String declaration) throws IOException {
        Files.writeString(project.resolve("jbake.properties"), TestProject.BARE_SETTINGS
                + "template.folder=templates\nlanguage." + code + "=" + declaration + "\n", StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("templates/partials"));
        Files.createDirectories(project.resolve("templates/lib"));
        Files.createDirectories(project.resolve("templates/text"));
        Files.copy(TestProject.REAL.resolve("templates/lib/direction.ftl"), project.resolve("templates/lib/direction.ftl"));
        Files.writeString(project.resolve("templates/partials/aliases.ftl"), """
                <#ftl output_format="HTML" strip_whitespace=true>
                <#import "../lib/direction.ftl" as direction>
                <#assign name><@direction.isolated>${publisher}</@direction.isolated></#assign>
                <p>${text("by", {"name": name})}</p>
                <p><#list aliases as alias><@direction.isolated>${alias}</@direction.isolated><#sep>، </#sep></#list></p>
                """);
        Files.writeString(project.resolve("templates/text/" + code + ".properties"), "by=نشرته {name}.\n", StandardCharsets.UTF_8);
        ProblemCollector problems = new ProblemCollector();
        InterfaceTexts texts = InterfaceTexts.load(ProjectConfig.load(project, ""), problems);
        problems.throwIfAny();
        return new JBakeRenderer(project).partials(texts.getDefault());
    }

    private static final Map<String, Object> VALUES = Map.of("publisher", "Reuters & AP", "aliases", List.of("Hmeimim", "حميميم"));

    @Test
    void onARightToLeftPageAValueIsIsolated() throws IOException {
        assertEquals("<p>نشرته <bdi>Reuters &amp; AP</bdi>.</p>\n<p><bdi>Hmeimim</bdi>، <bdi>حميميم</bdi></p>\n",
                partials("ar", "العربية | rtl | ar").render("partials/aliases.ftl", VALUES));
    }

    @Test
    void onALeftToRightPageItIsWrittenAsItIs() throws IOException {
        assertEquals("<p>نشرته Reuters &amp; AP.</p>\n<p>Hmeimim، حميميم</p>\n",
                partials("en", "English | ltr | en-GB").render("partials/aliases.ftl", VALUES));
    }
}
