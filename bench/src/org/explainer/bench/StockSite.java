package org.explainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline: the same synthetic pages baked by stock JBake through the stock {@code jbake-maven-plugin},
 * in a throwaway Maven project with plain Freemarker templates for a minimal site (one page layout, a
 * feed and a sitemap from JBake's own database queries) and none of this project's code. Term
 * references stay ordinary links there.
 */
final class StockSite {

    static final String PLUGIN_VERSION = "2.7.0-rc.7";

    private static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>bench</groupId>
              <artifactId>stock-jbake</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
              <build>
                <plugins>
                  <plugin>
                    <groupId>org.jbake</groupId>
                    <artifactId>jbake-maven-plugin</artifactId>
                    <version>%s</version>
                    <executions>
                      <execution>
                        <id>bake</id>
                        <phase>package</phase>
                        <goals><goal>generate</goal></goals>
                      </execution>
                    </executions>
                    <configuration>
                      <inputDirectory>${project.basedir}/site</inputDirectory>
                      <outputDirectory>${project.build.directory}/site</outputDirectory>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """.formatted(PLUGIN_VERSION);

    private static final String PROPERTIES = """
            site.host=http://127.0.0.1:8820/
            template.explainer.file=page.ftl
            template.background.file=page.ftl
            template.term.file=page.ftl
            template.page.file=page.ftl
            template.feed.file=feed.ftl
            template.sitemap.file=sitemap.ftl
            render.index=false
            render.archive=false
            render.tags=false
            render.feed=true
            render.sitemap=true
            header.separator=~~~~~~
            """;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>${content.title}</title>
            <link rel="stylesheet" href="${content.rootpath}css/site.css">
            </head>
            <body>
            <header><a href="${content.rootpath}">Home</a></header>
            <main>
            <h1>${content.title}</h1>
            <#if content.date??><p>${content.date?string("d MMMM yyyy")}</p></#if>
            ${content.body}
            <#if content.tags??><ul><#list content.tags as tag><li>${tag}</li></#list></ul></#if>
            </main>
            </body>
            </html>
            """;

    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Synthetic explainers</title>
              <#list published_content as item>
              <entry><title>${item.title}</title><id>${config.site_host}${item.uri}</id><updated>${item.date?string("yyyy-MM-dd")}T00:00:00Z</updated></entry>
              </#list>
            </feed>
            """;

    private static final String SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <#list published_content as item>
              <url><loc>${config.site_host}${item.uri}</loc></url>
              </#list>
            </urlset>
            """;

    private StockSite() {
    }

    /** Writes the throwaway project into {@code dir} with the content of {@code synthetic}. */
    static void writeTo(Path dir, Path synthetic) throws IOException {
        Files.createDirectories(dir);
        // An empty .mvn/ marks the project root, so Maven does not pick up the JVM options of an enclosing project.
        Files.createDirectories(dir.resolve(".mvn"));
        write(dir.resolve("pom.xml"), POM);
        Path site = dir.resolve("site");
        write(site.resolve("jbake.properties"), PROPERTIES);
        write(site.resolve("templates/page.ftl"), PAGE);
        write(site.resolve("templates/feed.ftl"), FEED);
        write(site.resolve("templates/sitemap.ftl"), SITEMAP);
        Tree.copy(synthetic.resolve("content"), site.resolve("content"));
        Tree.copy(synthetic.resolve("assets"), site.resolve("assets"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
