package org.explainer.translation;

import org.explainer.base.Languages;
import org.explainer.base.Problem;
import org.explainer.base.ProjectConfig;
import org.explainer.content.Editions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code translated} command: records in a translation's header which version of its original it
 * translates, the first digits of the blob id of the original's file on disk ({@code translates=…}),
 * replacing the line if there is one, else adding it as the header's last line. Every other byte of the
 * file stays as it was.
 */
public final class RecordedVersion {

    private RecordedVersion() {
    }

    /**
     * @param page the translation, as the writer names it: relative to the project ({@code content/ar/about.md})
     * @return the version recorded
     * @throws VersionNotRecorded naming the file when it is missing, no translation, or its original is missing
     */
    public static String record(ProjectConfig project, String page) {
        String shown = page.replace('\\', '/');
        if (shown.isBlank()) {
            throw new VersionNotRecorded(Problem.in("-Dpage", "name the translation: " + TranslationCheck.COMMAND + "content/CODE/page.md"));
        }
        Path file = project.projectDir().resolve(page).normalize();
        if (!Files.isRegularFile(file)) {
            throw new VersionNotRecorded(Problem.in(shown, "no such file"));
        }
        Languages languages = project.settings().languages();
        String contentPath = file.startsWith(project.contentDir())
                ? project.contentDir().relativize(file).toString().replace('\\', '/') : "";
        String originalPath = new Editions(languages).translatedPage(contentPath).orElseThrow(() -> new VersionNotRecorded(Problem.in(shown,
                "not a translation: " + whereTranslationsLie(project, languages))));
        Path original = project.contentDir().resolve(originalPath);
        if (!Files.isRegularFile(original)) {
            throw new VersionNotRecorded(Problem.in(shown, "its original, " + relative(project, original) + ", does not exist"));
        }
        try {
            String version = BlobIds.recorded(Files.readAllBytes(original));
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Files.write(file, withVersion(text, project.headerSeparator(), version, shown).getBytes(StandardCharsets.UTF_8));
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the version in " + shown, e);
        }
    }

    /** The text with its header's {@code translates=} line saying {@code version}, every other line as it was. */
    static String withVersion(String text, String separator, String version, String shown) {
        String field = TranslationCheck.FIELD + "=" + version;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end < 0 ? text.length() : end).replaceAll("\r$", "");
            if (line.strip().equals(separator)) {
                String lineEnd = end > 0 && text.charAt(end - 1) == '\r' ? "\r\n" : "\n";
                return text.substring(0, start) + field + lineEnd + text.substring(start);
            }
            int equals = line.indexOf('=');
            if (equals > 0 && line.substring(0, equals).strip().equals(TranslationCheck.FIELD)) {
                return text.substring(0, start) + field + text.substring(start + line.length());
            }
            start = next;
        }
        throw new VersionNotRecorded(Problem.in(shown, "the header has no end: after the header fields, put a line of exactly " + separator));
    }

    private static String whereTranslationsLie(ProjectConfig project, Languages languages) {
        List<String> folders = languages.all().stream().filter(language -> language != languages.getDefault())
                .map(language -> relative(project, project.contentDir().resolve(language.getCode())) + "/").toList();
        return folders.isEmpty()
                ? "the site declares no language besides " + languages.getDefault().getCode() + " (language.CODE= in " + ProjectConfig.FILE_NAME + ")"
                : "a translation lies at the path of the page it translates, under its language's folder: " + String.join(", ", folders);
    }

    private static String relative(ProjectConfig project, Path path) {
        return project.projectDir().relativize(path).toString().replace('\\', '/');
    }
}
