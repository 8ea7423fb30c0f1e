package org.explainer.history;

import java.time.LocalDate;

/**
 * One version of a file as a commit wrote it, drafts included: what a translation names when it says
 * which version of its original it translates.
 *
 * @param blobId the git blob id of the file's content, 40 hex digits ({@code git hash-object FILE} gives it)
 * @param commit the commit's full id
 * @param order  the commit's place in the walk from the oldest commit
 * @param date   the commit's date, in the committer's time zone
 * @param text   the file's text in that commit
 */
public record FileVersion(String blobId, String commit, long order, LocalDate date, String text) {
}
