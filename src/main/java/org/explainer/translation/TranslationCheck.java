package org.explainer.translation;

import org.explainer.base.Languages;
import org.explainer.content.Editions;
import org.explainer.base.Problem;
import org.explainer.base.ProblemCollector;
import org.explainer.content.HeaderField;
import org.explainer.content.SourceFile;
import org.explainer.history.FileVersion;
import org.explainer.history.History;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks every translation against its original. The version it translates ({@code translates=}, the
 * first digits of the original's blob id) is compared with the original's file on disk; when they differ,
 * the history tells when the original was first changed after that version (the commit date) and which of
 * its parts changed since. A translation out of date, or without a recorded version, is a warning; a
 * version the original never had is an error. Without history only "differs from the file now" can be told.
 */
public final class TranslationCheck {

    /** The header field a translation records the version of its original in. */
    public static final String FIELD = "translates";
    /** The command that records it, for messages: the file's path follows. */
    public static final String COMMAND = "./mvnw compile exec:exec@translated -Dpage=";

    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{7,40}");

    private final Editions editions;
    private final History history;
    private final String contentFolder;
    private final String separator;

    /**
     * @param history       the repository's history, or {@link History#NONE} in a build without it
     * @param contentFolder the content folder, relative to the project, ending in {@code /}
     * @param separator     the line that ends a content file's header
     */
    public TranslationCheck(Languages languages, History history, String contentFolder, String separator) {
        this.editions = new Editions(languages);
        this.history = history;
        this.contentFolder = contentFolder;
        this.separator = separator;
    }

    /** Checks every translation among the sources; a version the original never had goes to {@code errors}. */
    public Translations check(List<SourceFile> sources, ProblemCollector errors) {
        Map<String, SourceFile> byPath = new HashMap<>();
        sources.forEach(source -> byPath.put(source.contentPath(), source));
        Map<String, TranslationState> states = new HashMap<>();
        List<Problem> warnings = new ArrayList<>();
        for (SourceFile translation : sources) {
            Optional<String> originalPath = editions.translatedPage(translation.contentPath());
            // A translation of a page that does not exist is the editions' to report, not a question of versions.
            SourceFile original = originalPath.map(byPath::get).orElse(null);
            if (original != null) {
                states.put(translation.contentPath(), check(translation, original, warnings, errors));
            }
        }
        return new Translations(states, warnings);
    }

    private TranslationState check(SourceFile translation, SourceFile original, List<Problem> warnings, ProblemCollector errors) {
        String originalFile = contentFolder + original.contentPath();
        String originalUri = original.outputUri();
        String where = translation.displayPath();
        Optional<HeaderField> field = translation.field(FIELD);
        if (field.isEmpty()) {
            warnings.add(Problem.at(where, 1, "this translation does not say which version of " + originalFile
                    + " it translates, so nobody can tell when it falls out of date; record the version: " + COMMAND + where));
            return new TranslationState(TranslationState.Standing.NO_VERSION, originalFile, originalUri, null, false, "", List.of());
        }
        int line = field.get().line();
        String recorded = field.get().value().toLowerCase(Locale.ROOT);
        if (!VERSION.matcher(recorded).matches()) {
            errors.at(where, line, FIELD + "=" + field.get().value() + " is not a version: it takes the first "
                    + BlobIds.RECORDED_DIGITS + " hex digits of the original's blob id; let the command write it: " + COMMAND + where);
            return new TranslationState(TranslationState.Standing.UNKNOWN_VERSION, originalFile, originalUri, null, false, "", List.of());
        }
        byte[] now = read(original);
        if (BlobIds.of(now).startsWith(recorded)) {
            return new TranslationState(TranslationState.Standing.UP_TO_DATE, originalFile, originalUri, null, false, "", List.of());
        }
        if (!history.isRead()) {
            TranslationState state = new TranslationState(TranslationState.Standing.OUT_OF_DATE, originalFile, originalUri,
                    null, false, "", List.of());
            warnings.add(Problem.at(where, line, "this translation is out of date: " + originalFile
                    + " is no longer the version it translates (" + recorded + "); when and where it changed cannot be told"
                    + " without the pages' history (a build with -Dhistory=off, or the preview's first build, served before"
                    + " the history is read). Bring the translation up to date, then record the version: "
                    + COMMAND + where));
            return state;
        }
        List<FileVersion> versions = history.versionsOf(originalFile);
        int translated = -1;
        for (int index = versions.size() - 1; index >= 0 && translated < 0; index--) {
            if (versions.get(index).blobId().startsWith(recorded)) {
                translated = index;
            }
        }
        if (translated < 0) {
            errors.at(where, line, FIELD + "=" + recorded + " is no version of " + originalFile
                    + ", neither in its history nor on disk; record the version this translation translates: " + COMMAND + where);
            return new TranslationState(TranslationState.Standing.UNKNOWN_VERSION, originalFile, originalUri, null, false, "", List.of());
        }
        FileVersion version = versions.get(translated);
        FileVersion next = versions.stream().skip(translated + 1L)
                .filter(later -> !later.blobId().equals(version.blobId())).findFirst().orElse(null);
        TranslationState state = new TranslationState(TranslationState.Standing.OUT_OF_DATE, originalFile, originalUri,
                next == null ? null : next.date(), next == null, next == null ? "" : next.commit(),
                ChangedSections.between(version.text(), new String(now, StandardCharsets.UTF_8), separator));
        warnings.add(Problem.at(where, line, "this translation is out of date: " + originalFile + " "
                + state.describeWhen() + ", after the version it translates (" + recorded + "); changed since: "
                + state.describeSections() + ". Bring the translation up to date, then record the version: " + COMMAND + where));
        return state;
    }

    private static byte[] read(SourceFile source) {
        try {
            return Files.readAllBytes(source.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.displayPath(), e);
        }
    }
}
