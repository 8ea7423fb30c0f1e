package org.explainer.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content model's tables in the writing guide say what {@link ContentModel} declares: every type
 * and field, whether it is required, every allowed value, and no field the model does not know.
 */
class ContentModelDocumentationTest {

    /** The fields every type has, which the guide lists once. */
    private static final List<ContentModel.Field> COMMON_FIELDS = ContentModel.fieldsOf(ContentModel.types().get(0)).stream()
            .filter(field -> ContentModel.types().stream().allMatch(type -> ContentModel.fieldsOf(type).contains(field))).toList();


    static final Path GUIDE = Path.of("docs/writing-guide.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** A row of the guide's field tables: the types it is for (empty for every type), and its cells. */
    private record Row(List<String> types, String field, String required, String line) {
    }

    @Test
    void guideDocumentsEveryFieldOfEveryType() throws IOException {
        List<Row> rows = rows();
        for (String type : ContentModel.types()) {
            assertTrue(section().contains("`" + type + "`"), "the guide does not name the type " + type);
            for (ContentModel.Field field : ContentModel.fieldsOf(type)) {
                boolean common = COMMON_FIELDS.contains(field);
                Row row = rows.stream()
                        .filter(r -> r.field().equals(field.name()) && (common ? r.types().isEmpty() : r.types().contains(type)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the guide has no row for " + field.name()
                                + (common ? " among the fields of every type" : " of type " + type)));
                assertEquals(field.required() ? "yes" : "no", row.required(), "required? for " + type + "." + field.name());
                for (String choice : field.choices()) {
                    assertTrue(row.line().contains("`" + choice + "`"), "the guide's row for " + field.name() + " lacks " + choice);
                }
            }
        }
    }

    @Test
    void guideDocumentsNoFieldTheModelLacks() throws IOException {
        for (Row row : rows()) {
            if (row.types().isEmpty()) {
                assertTrue(COMMON_FIELDS.stream().anyMatch(f -> f.name().equals(row.field())),
                        "the guide lists " + row.field() + " for every type, but the model does not");
            }
            for (String type : row.types()) {
                assertTrue(ContentModel.field(type, row.field()).isPresent(),
                        "the guide lists " + row.field() + " for " + type + ", but the model does not");
                assertFalse(COMMON_FIELDS.stream().anyMatch(f -> f.name().equals(row.field())),
                        row.field() + " is a field of every type, but the guide lists it under " + type);
            }
        }
    }

    @Test
    void readmeSendsWritersToTheGuideAtTheTop() throws IOException {
        List<String> top = Files.readAllLines(Path.of("README.md")).subList(0, 12);
        assertTrue(top.stream().anyMatch(line -> line.contains("(docs/writing-guide.md)")),
                "the README's first lines do not link docs/writing-guide.md");
    }

    private static String section() throws IOException {
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf("\n## The content model");
        assertTrue(start >= 0, "the guide has no section 'The content model'");
        int end = guide.indexOf("\n## ", start + 1);
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    /** The rows of the two field tables: five cells for fields of every type, six with the types first. */
    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : section().lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = Arrays.stream(line.split("(?<!\\\\)\\|")).map(String::strip).skip(1).toArray(String[]::new);
            if (cells.length == 5) {
                rows.add(new Row(List.of(), code(cells[0]).get(0), cells[1], line));
            } else if (cells.length == 6) {
                rows.add(new Row(code(cells[0]), code(cells[1]).get(0), cells[2], line));
            } else {
                throw new AssertionError("a field table row with " + cells.length + " cells: " + line);
            }
        }
        assertFalse(rows.isEmpty(), "the guide's content model has no field tables");
        return rows;
    }

    private static List<String> code(String cell) {
        List<String> names = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
