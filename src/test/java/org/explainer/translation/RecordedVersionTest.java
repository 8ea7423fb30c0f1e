package org.explainer.translation;

import org.explainer.base.ProjectConfig;
import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The translated command: it writes the original's version in the translation's header, and nothing else. */
class RecordedVersionTest {

    private static final String SEPARATOR = "~~~~~~";

    @TempDir
    Path dir;

    @Test
    void anExistingLineIsReplacedAndEveryOtherByteKept() {
        String text = "title=Über\r\ntranslates=0123456789ab\r\nstatus=draft\r\n~~~~~~\r\n\r\nBody, translates=x\r\n";
        assertEquals("title=Über\r\ntranslates=feedfacecafe\r\nstatus=draft\r\n~~~~~~\r\n\r\nBody, translates=x\r\n",
                RecordedVersion.withVersion(text, SEPARATOR, "feedfacecafe", "f.md"));
    }

    @Test
    void aMissingLineIsAddedAsTheHeadersLast() {
        assertEquals("title=T\nstatus=draft\ntranslates=feedfacecafe\n~~~~~~\n\n## A\n\ntranslates=no\n",
                RecordedVersion.withVersion("title=T\nstatus=draft\n~~~~~~\n\n## A\n\ntranslates=no\n", SEPARATOR, "feedfacecafe", "f.md"));
    }

    @Test
    void aHeaderWithoutItsEndIsNamed() {
        VersionNotRecorded failure = assertThrows(VersionNotRecorded.class,
                () -> RecordedVersion.withVersion("title=T\n", SEPARATOR, "feedfacecafe", "content/de/f.md"));
        assertEquals("content/de/f.md: the header has no end: after the header fields, put a line of exactly ~~~~~~", failure.getMessage());
    }

    @Test
    void theVersionIsWhatGitHashObjectGives() {
        // git hash-object on a file holding "hello\n" gives ce013625030ba8dba906f756967f9e9ca394464a.
        assertEquals("ce013625030ba8dba906f756967f9e9ca394464a", BlobIds.of("hello\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ce013625030b", BlobIds.recorded("hello\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachMistakeNamesTheFile() throws IOException {
        TestProject project = TestProject.create(dir);
        project.write(ProjectConfig.FILE_NAME, Files.readString(dir.resolve(ProjectConfig.FILE_NAME))
                .replace("site.language=en", "language.de=Deutsch | ltr | de-DE\nsite.language=en"));
        project.page("de/orphan.md", "page", "Waise", "", "Nichts.");
        ProjectConfig config = ProjectConfig.load(dir, "");
        assertEquals("content/de/none.md: no such file",
                assertThrows(VersionNotRecorded.class, () -> RecordedVersion.record(config, "content/de/none.md")).getMessage());
        assertEquals("content/about.md: not a translation: a translation lies at the path of the page it translates,"
                        + " under its language's folder: content/de/",
                assertThrows(VersionNotRecorded.class, () -> RecordedVersion.record(config, "content/about.md")).getMessage());
        assertEquals("content/de/orphan.md: its original, content/orphan.md, does not exist",
                assertThrows(VersionNotRecorded.class, () -> RecordedVersion.record(config, "content/de/orphan.md")).getMessage());
    }
}
