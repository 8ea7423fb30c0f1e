package org.explainer.translation;

import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.content.Editions;
import org.explainer.content.ContentScanner;
import org.explainer.content.SourceFile;
import org.explainer.history.History;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code translations} command's report: for every published page in the default language and every
 * other declared language, whether its translation is up to date, out of date (since when, and which
 * parts changed), has no version recorded, or is missing; then a count per language. A report, not a check:
 * nothing in it fails.
 */
public final class StatusReport {

    private static final String MISSING = "missing";

    private StatusReport() {
    }

    /**
     * @param history       the repository's history, or {@link History#NONE} to compare with the files on disk only
     * @param contentFolder the content folder, relative to the project, ending in {@code /}
     * @return the report's lines; problems with the content files themselves go to {@code problems}
     */
    public static List<String> of(ProjectConfig project, History history, String contentFolder, ProblemCollector problems) {
        List<SourceFile> sources = new ContentScanner(project.projectDir(), project.contentDir(), project.headerSeparator(),
                project.termCategories()).scan(problems);
        Languages languages = project.settings().languages();
        // A version the original never had is an error in a build; here it is one more standing to report.
        Translations translations = new TranslationCheck(languages, history, contentFolder, project.headerSeparator())
                .check(sources, new ProblemCollector());
        Map<String, SourceFile> byPath = new TreeMap<>();
        sources.forEach(source -> byPath.put(source.contentPath(), source));
        List<Language> others = languages.all().stream().filter(language -> language != languages.getDefault()).toList();
        Map<Language, Map<String, Integer>> counts = new LinkedHashMap<>();
        others.forEach(language -> counts.put(language, new TreeMap<>(Comparator.comparingInt(StatusReport::rank))));
        List<String> lines = new ArrayList<>();
        if (others.isEmpty()) {
            lines.add("The site declares no language besides " + languages.getDefault().getCode() + " (language.CODE= in "
                    + ProjectConfig.FILE_NAME + "): there is nothing to translate.");
            return lines;
        }
        lines.add("Translations of the pages in " + contentFolder + " (" + languages.getDefault().getCode() + ") into "
                + String.join(", ", others.stream().map(Language::getCode).toList())
                + (history.isRead() ? ", from the repository's history:" : ", without history (compared with the files on disk only):"));
        Editions editions = new Editions(languages);
        for (SourceFile original : byPath.values()) {
            if (original.isDraft() || editions.translatedPage(original.contentPath()).isPresent()) {
                continue;
            }
            lines.add(original.contentPath());
            for (Language language : others) {
                String path = editions.pathIn(language, original.contentPath());
                Optional<SourceFile> translation = Optional.ofNullable(byPath.get(path));
                TranslationState state = translations.of(path);
                String standing = state == null ? MISSING : state.standing().toString();
                counts.get(language).merge(standing, 1, Integer::sum);
                String detail = state != null && state.isStale() ? ": " + state.describeChange() : "";
                String draft = translation.isPresent() && translation.get().isDraft() ? " (a draft)" : "";
                lines.add("  " + language.getCode() + "  " + standing + detail + draft);
            }
        }
        counts.forEach((language, byStanding) -> lines.add(language.getCode() + ": " + String.join(", ",
                byStanding.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey()).toList())));
        return lines;
    }

    /** The order the counts are given in: the standings in the order declared, then missing. */
    private static int rank(String standing) {
        for (TranslationState.Standing each : TranslationState.Standing.values()) {
            if (each.toString().equals(standing)) {
                return each.ordinal();
            }
        }
        return TranslationState.Standing.values().length;
    }
}
