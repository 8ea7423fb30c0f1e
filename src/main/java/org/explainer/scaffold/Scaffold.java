package org.explainer.scaffold;

import org.explainer.base.ProjectConfig;
import org.explainer.base.Spelling;
import org.explainer.content.ContentModel;
import org.explainer.content.ContentScanner;
import org.explainer.content.Hints;
import org.explainer.content.PageNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts a new page from a type and a title: a draft in the type's folder, named after the title, whose
 * header has every field the {@link ContentModel} requires of the type (the title, the type, today's date
 * and {@code status=draft} filled in, a hint in each of the others) and whose body is an outline to
 * replace. The hints are {@link Hints}: the draft builds and can be previewed at once, but cannot be
 * published until every one is replaced.
 */
public final class Scaffold {

    private Scaffold() {
    }

    /**
     * Writes the new page and returns its file.
     *
     * @param name the file name without extension; blank to derive it from the title
     * @throws ScaffoldRefused when the type or title is missing or unknown, the name is not a valid file
     *                         name, or the file already exists (it is never overwritten)
     */
    public static Path create(ProjectConfig config, String type, String title, String name, LocalDate today) {
        checkType(type);
        if (title.isBlank() || title.lines().count() > 1) {
            throw new ScaffoldRefused("give the page's title, on one line: -Dtitle=\"How the system works\"");
        }
        String fileName = name.isBlank() ? PageNames.fromTitle(title) : name.strip();
        if (!PageNames.isValid(fileName)) {
            throw new ScaffoldRefused((name.isBlank() ? "the title \"" + title.strip() + "\" gives no usable file name"
                    : "'" + fileName + "' is not a usable file name") + ": file names become web addresses, so "
                    + PageNames.RULE + "; give one with -Dname=");
        }
        Path folder = config.contentDir().resolve(ContentModel.folderOf(type));
        for (String extension : ContentScanner.MARKDOWN_EXTENSIONS.stream().sorted().toList()) {
            Path existing = folder.resolve(fileName + "." + extension);
            if (Files.exists(existing)) {
                throw alreadyExists(config, existing);
            }
        }
        Path file = folder.resolve(fileName + ".md");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text(config, type, title.strip(), today), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(config, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** The new page's text: its header in the content model's order, the separator, then the outline. */
    private static String text(ProjectConfig config, String type, String title, LocalDate today) {
        String header = ContentModel.fieldsOf(type).stream()
                .filter(ContentModel.Field::required)
                .map(field -> field.name() + "=" + value(config, field, type, title, today) + "\n")
                .collect(Collectors.joining());
        return header + config.headerSeparator() + "\n\n" + outline(type);
    }

    private static String value(ProjectConfig config, ContentModel.Field field, String type, String title, LocalDate today) {
        return switch (field.name()) {
            case "title" -> title;
            case "type" -> type;
            case "status" -> ContentModel.DRAFT;
            default -> field.kind() == ContentModel.Kind.DATE ? today.toString() : Hints.hint(hint(config, field));
        };
    }

    /** The field's purpose, and the values it may take where there is a fixed set: the model's, or the site's. */
    private static String hint(ProjectConfig config, ContentModel.Field field) {
        List<String> choices = switch (field.kind()) {
            case CHOICE -> field.choices();
            case TERM_CATEGORY -> config.termCategories();
            default -> List.of();
        };
        return choices.isEmpty() ? field.purpose() : field.purpose() + ", one of: " + String.join(", ", choices);
    }

    /** The body a new page of the type starts with, every line of it a hint. */
    private static String outline(String type) {
        try (InputStream in = Scaffold.class.getResourceAsStream(type + ".md")) {
            if (in == null) {
                throw new IllegalStateException("no outline for new pages of type " + type + " beside " + Scaffold.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkType(String type) {
        if (!ContentModel.types().contains(type)) {
            String suggestion = Spelling.closest(type, ContentModel.types()).map(known -> " (did you mean " + known + "?)")
                    .orElse("");
            throw new ScaffoldRefused((type.isBlank() ? "give the page's type" : "'" + type + "' is not a page type"
                    + suggestion) + ": -Dtype= one of " + String.join(", ", ContentModel.types()));
        }
    }

    private static ScaffoldRefused alreadyExists(ProjectConfig config, Path file) {
        return new ScaffoldRefused(config.projectDir().relativize(file).toString().replace('\\', '/')
                + " already exists and is left as it is; choose another title, or another file name with -Dname=");
    }
}
