package org.explainer.history;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.explainer.base.BuildFailure;
import org.explainer.base.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one door to JGit: reads the history of the content folder and the timeline data from the
 * repository the project is in, in one walk over the log from the oldest commit, with a diff that
 * detects renames for each commit that touched them. Only commits are read (their dates, messages
 * and files), never the clock or the work tree, so one commit always gives the same history.
 */
public final class RepositoryHistory {

    /** The trailer of a commit message that marks the commit as a correction and says what was wrong. */
    public static final String CORRECTION_TRAILER = "Correction";

    private static final String NO_HISTORY = "build without history with -Dhistory=off (./mvnw package -Dhistory=off)";

    private RepositoryHistory() {
    }

    /**
     * The history at HEAD, or {@code known} again when it was read at the commit that is HEAD now: the
     * preview reads the log once, and again only after a commit.
     *
     * @param projectDir the project, in a repository's work tree (perhaps in a folder of it)
     * @param folders    what to read, relative to the project: the content folder and the data files pages show
     * @param separator  the header separator of content files, to tell which versions were published
     */
    public static History read(Path projectDir, List<String> folders, String separator, History known) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
        if (builder.getGitDir() == null) {
            throw unavailable("the project is not in a git repository, so its pages' history cannot be read: build from a clone"
                    + " of the repository, or " + NO_HISTORY);
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                throw unavailable("the repository has no commit yet, so no page has a history: commit the site, or " + NO_HISTORY);
            }
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                throw unavailable("this is a shallow clone, without the history the pages' history is read from: run"
                        + " git fetch --unshallow (in CI, check out with fetch-depth: 0), or " + NO_HISTORY);
            }
            if (head.name().equals(known.head())) {
                return known;
            }
            String prefix = prefix(repository, projectDir);
            return new History(head.name(), walk(repository, head, prefix, folders, separator));
        } catch (IOException e) {
            throw unavailable("cannot read the repository's history (" + e.getMessage() + "); " + NO_HISTORY);
        }
    }

    /** The project's folder within the work tree, as a path prefix: empty at the top. */
    private static String prefix(Repository repository, Path projectDir) throws IOException {
        Path top = repository.getWorkTree().toPath().toRealPath();
        String relative = top.relativize(projectDir.toRealPath()).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
    }

    private static Map<String, FileHistory> walk(Repository repository, ObjectId head, String prefix, List<String> folders,
                                                 String separator) throws IOException {
        TreeFilter paths = PathFilterGroup.createFromStrings(folders.stream()
                .map(folder -> (prefix + folder).replaceAll("/+$", "")).toList());
        Map<String, FileHistory> files = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository);
             ObjectReader reader = repository.newObjectReader();
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            diff.setPathFilter(paths);
            // Only commits that touched the paths; their parents are rewritten to the previous such commit.
            walk.setTreeFilter(AndTreeFilter.create(paths, TreeFilter.ANY_DIFF));
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            long sequence = 0;
            for (RevCommit commit : walk) {
                sequence++;
                RevCommit parent = commit.getParentCount() > 0 ? commit.getParent(0) : null;
                if (parent != null) {
                    walk.parseHeaders(parent);
                }
                AbstractTreeIterator before = parent == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, parent.getTree());
                for (DiffEntry entry : diff.scan(before, new CanonicalTreeParser(null, reader, commit.getTree()))) {
                    record(files, commit, sequence, entry, reader, prefix, separator);
                }
            }
        }
        return files;
    }

    private static void record(Map<String, FileHistory> files, RevCommit commit, long sequence, DiffEntry entry,
                               ObjectReader reader, String prefix, String separator) throws IOException {
        String newPath = entry.getNewPath().substring(Math.min(prefix.length(), entry.getNewPath().length()));
        String oldPath = entry.getOldPath().substring(Math.min(prefix.length(), entry.getOldPath().length()));
        if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
            files.remove(oldPath);
            return;
        }
        boolean page = newPath.endsWith(".md");
        if (!page && !entry.getNewPath().endsWith(".yml")) {
            return;
        }
        FileHistory file = switch (entry.getChangeType()) {
            case RENAME -> files.remove(oldPath);
            case MODIFY -> files.get(newPath);
            default -> null;
        };
        if (file == null) {
            file = new FileHistory();
        }
        if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
            file.movedFrom(oldPath);
        }
        files.put(newPath, file);
        String before = file.committedText();
        String after = new String(reader.open(entry.getNewId().toObjectId()).getBytes(), StandardCharsets.UTF_8);
        PersonIdent committer = commit.getCommitterIdent();
        LocalDate date = LocalDate.ofInstant(committer.getWhenAsInstant(), committer.getZoneId());
        String correction = String.join(" ", commit.getFooterLines(CORRECTION_TRAILER)).strip();
        file.add(new Change(commit.name(), sequence, date, commit.getShortMessage(), correction, newPath, before, after),
                !page || PublishedHeader.isPublished(after, separator));
    }

    private static BuildFailure unavailable(String message) {
        return new BuildFailure(Problem.in(".git", message));
    }
}
