package org.explainer.gates;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every page of the baked site within the page budget; prints the heaviest pages and what loads on demand. */
class PageBudgetIT {

    private static final Path SITE = Path.of(System.getProperty("site.dir", "target/site"));

    @Test
    void everyPageIsWithinBudget() throws IOException {
        List<PageWeight> weights;
        try (Stream<Path> walk = Files.walk(SITE)) {
            weights = walk.filter(path -> path.toString().endsWith(".html")).sorted()
                    .map(page -> PageWeight.of(SITE, page)).toList();
        }
        System.out.println("Page budget: " + weights.size() + " pages. The five heaviest, gzip-compressed:");
        System.out.printf("  %-50s %14s %22s %14s%n", "page", "HTML+CSS+JS", "whole HTML+block. CSS", "first screen");
        weights.stream().sorted(Comparator.comparingLong(PageWeight::totalBytes).reversed()).limit(5).forEach(weight ->
                System.out.printf("  %-50s %14s %22s %14s%n", weight.page(), PageWeight.kb(weight.totalBytes()),
                        PageWeight.kb(weight.criticalBytes()), PageWeight.kb(weight.firstScreenBytes())));
        System.out.println("  pages whose whole HTML + blocking CSS exceeds " + PageWeight.kb(PageWeight.CRITICAL_BUDGET) + ": "
                + weights.stream().filter(weight -> weight.criticalBytes() > PageWeight.CRITICAL_BUDGET).count());
        try (Stream<Path> walk = Files.walk(SITE)) {
            System.out.println("Loaded on demand or as images (gzip):");
            walk.filter(path -> path.toString().matches(".*\\.(json|svg|png|jpg|webp)$")).sorted().forEach(file ->
                    System.out.printf("  %-55s %8s%n", SITE.relativize(file), PageWeight.kb(PageWeight.gzipped(file))));
        }
        assertEquals(List.of(), weights.stream().flatMap(weight -> weight.overBudget().stream()).toList());
    }
}
