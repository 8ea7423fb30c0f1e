package org.explainer.content;

import java.nio.file.Path;

/** Where a content file is: on disk, as a writer names it, and relative to the content folder. */
public record SourceLocation(Path file, String displayPath, String contentPath) {
}
