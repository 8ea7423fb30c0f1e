package org.explainer.scaffold;

import org.explainer.base.BuildFailure;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.content.ContentModel;
import org.explainer.content.HeaderParser;
import org.explainer.content.Hints;
import org.explainer.content.SourceFile;
import org.explainer.content.SourceLocation;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New pages from the scaffold: what they hold, that they build as drafts, and that they cannot be published as they are. */
class ScaffoldTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

    @TempDir
    Path dir;

    private ProjectConfig config() {
        return ProjectConfig.load(dir, "");
    }

    private Path create(String type, String title) {
        return Scaffold.create(config(), type, title, "", TODAY);
    }

    private SourceFile parse(Path file) throws IOException {
        String display = dir.relativize(file).toString();
        ProblemCollector problems = new ProblemCollector();
        SourceFile source = new HeaderParser(config().headerSeparator())
                .parse(new SourceLocation(file, display, display), Files.readString(file), problems).orElseThrow();
        assertTrue(problems.isEmpty());
        return source;
    }

    @Test
    void everyTypeGetsTheFieldsItRequiresWithTodayDraftAndAHintInTheRest() throws IOException {
        TestProject.create(dir);
        for (String type : ContentModel.types()) {
            Path file = create(type, "Wheat deliveries, " + type);
            assertEquals(config().contentDir().resolve(ContentModel.folderOf(type)).resolve("wheat-deliveries-" + type + ".md"), file);
            SourceFile source = parse(file);
            List<String> required = ContentModel.fieldsOf(type).stream().filter(ContentModel.Field::required)
                    .map(ContentModel.Field::name).toList();
            assertEquals(required, List.copyOf(source.fields().keySet()), type);
            assertEquals("Wheat deliveries, " + type, source.value("title"));
            assertEquals(type, source.type());
            assertEquals(TODAY.toString(), source.value("date"));
            assertEquals(TODAY.toString(), source.value("reviewed"));
            assertTrue(source.isDraft(), type);
            for (String name : required) {
                if (!List.of("title", "type", "date", "reviewed", "status").contains(name)) {
                    assertTrue(Hints.isHint(source.value(name)), () -> type + " " + name + "=" + source.value(name));
                    assertTrue(source.value(name).contains(ContentModel.field(type, name).orElseThrow().purpose()));
                }
            }
            assertTrue(source.body().contains(Hints.MARKER), () -> type + " has no outline to replace:\n" + source.body());
        }
    }

    @Test
    void aCategorysHintListsTheSitesCategories() throws IOException {
        TestProject.create(dir);
        String category = parse(create(ContentModel.TERM, "Tartus")).value("category");
        assertTrue(config().termCategories().size() > 1);
        for (String choice : config().termCategories()) {
            assertTrue(category.contains(choice), category);
        }
    }

    @Test
    void aNewPageOfEveryTypeBuildsAsADraft() {
        TestProject project = TestProject.create(dir);
        ContentModel.types().forEach(type -> create(type, "Wheat deliveries, " + type));
        assertDoesNotThrow(() -> project.build());
    }

    @Test
    void aNewPageOfEveryTypeIsPreviewedAndCheckedAsADraft() {
        TestProject project = TestProject.create(dir);
        ContentModel.types().forEach(type -> create(type, "Wheat deliveries, " + type));
        assertDoesNotThrow(() -> project.preview());
        for (String type : ContentModel.types()) {
            String folder = ContentModel.folderOf(type);
            String page = project.read((folder.isEmpty() ? "" : folder + "/") + "wheat-deliveries-" + type + ".html");
            assertTrue(page.contains(Hints.MARKER), () -> "the preview does not show the hints of the new " + type);
        }
    }

    @Test
    void aNewPageOfEveryTypeCannotBePublishedUnchanged() throws IOException {
        for (String type : ContentModel.types()) {
            Path project = dir.resolve(type);
            TestProject site = TestProject.create(project);
            Path file = Scaffold.create(ProjectConfig.load(project, ""), type, "Wheat", "", TODAY);
            Files.writeString(file, Files.readString(file).replace("status=draft", "status=published"));
            String failure = assertThrows(BuildFailure.class, site::build, type).getMessage();
            String display = project.relativize(file).toString();
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(Hints.MARKER)) {
                    assertTrue(failure.contains(display + ":" + (i + 1) + ":"), "line " + (i + 1) + " of " + display
                            + " (" + lines.get(i) + ") is not reported in:\n" + failure);
                }
            }
        }
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        TestProject.create(dir);
        Path file = create(ContentModel.EXPLAINER, "Wheat deliveries");
        Files.writeString(file, "the writer's own words");
        ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> create(ContentModel.EXPLAINER, "Wheat deliveries"));
        assertTrue(refused.getMessage().contains("content/explainers/wheat-deliveries.md already exists"), refused.getMessage());
        assertEquals("the writer's own words", Files.readString(file));

        Files.writeString(file.resolveSibling("barley.markdown"), "older words");
        assertThrows(ScaffoldRefused.class, () -> create(ContentModel.EXPLAINER, "Barley"));
        assertEquals("older words", Files.readString(file.resolveSibling("barley.markdown")));
    }

    @Test
    void refusesATitleThatGivesNoValidName() throws IOException {
        TestProject.create(dir);
        List<Path> before = contentFiles();
        for (String title : List.of("Хмеймим", "?!", " ", "")) {
            assertThrows(ScaffoldRefused.class, () -> create(ContentModel.TERM, title), title);
        }
        ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> create(ContentModel.TERM, "Хмеймим"));
        assertTrue(refused.getMessage().contains("-Dname="), refused.getMessage());
        assertEquals(before, contentFiles());
    }

    @Test
    void aGivenNameIsUsedIfValidAndRefusedIfNot() throws IOException {
        TestProject.create(dir);
        Path file = Scaffold.create(config(), ContentModel.TERM, "Хмеймим", "khmeimim-air-base", TODAY);
        assertEquals(config().contentDir().resolve("glossary/khmeimim-air-base.md"), file);
        assertEquals("Хмеймим", parse(file).value("title"));
        List<Path> before = contentFiles();
        for (String name : List.of("Khmeimim", "khmeimim_base", "khmeimim.md", "../khmeimim")) {
            ScaffoldRefused refused = assertThrows(ScaffoldRefused.class,
                    () -> Scaffold.create(config(), ContentModel.TERM, "Khmeimim", name, TODAY), name);
            assertTrue(refused.getMessage().contains("'" + name + "' is not a usable file name"), refused.getMessage());
        }
        assertEquals(before, contentFiles());
    }

    @Test
    void refusesAnUnknownTypeSuggestingTheNearest() {
        TestProject.create(dir);
        ScaffoldRefused refused = assertThrows(ScaffoldRefused.class, () -> create("explainers", "Wheat"));
        assertTrue(refused.getMessage().contains("did you mean explainer?"), refused.getMessage());
        assertThrows(ScaffoldRefused.class, () -> create("", "Wheat"));
    }

    private List<Path> contentFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(config().contentDir())) {
            return walk.sorted().toList();
        }
    }
}
