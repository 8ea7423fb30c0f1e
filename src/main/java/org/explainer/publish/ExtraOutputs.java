package org.explainer.publish;

import org.explainer.directives.Maps;
import org.explainer.search.SearchIndex;
import org.explainer.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the build writes itself, beside what JBake renders from templates: search index, robots.txt, maps. */
public final class ExtraOutputs {

    private ExtraOutputs() {
    }

    public static void write(Site site, Maps maps, Path destination) {
        for (Site edition : site.editions()) {
            Path index = destination.resolve(edition.getFolder() + SearchIndex.FILE_NAME);
            try {
                Files.createDirectories(index.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SearchIndex.write(edition, index);
        }
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + site.getSettings().getUrl() + "sitemap.xml\n";
        try {
            Files.writeString(destination.resolve("robots.txt"), robots, StandardCharsets.UTF_8);
            for (Maps.DrawnMap map : maps.all()) {
                Path file = destination.resolve(map.outputPath());
                Files.createDirectories(file.getParent());
                Files.writeString(file, map.svg(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
