package org.explainer.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writers' guide in the README stays in step with the content model it documents. */
class ContentModelDocumentationTest {

    @Test
    void readmeDocumentsEveryTypeAndField() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String type : ContentModel.types()) {
            assertTrue(readme.contains("`" + type + "`"), "README does not mention the type " + type);
            for (ContentModel.Field field : ContentModel.fieldsOf(type)) {
                assertTrue(readme.contains("| `" + field.name() + "` |"), "README's field tables lack " + field.name());
                for (String choice : field.choices()) {
                    assertTrue(readme.contains("`" + choice + "`"), "README does not list " + field.name() + "=" + choice);
                }
            }
        }
    }
}
