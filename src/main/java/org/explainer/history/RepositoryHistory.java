package org.explainer.history;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.explainer.base.BuildFailure;
import org.explainer.base.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one door to JGit: reads the history of the content folder and the timeline data from the
 * repository the project is in, in one walk over the log from the oldest commit, comparing each
 * commit with its parents once and detecting renames where files were both added and deleted. Only commits are read (their dates, messages
 * and files), never the clock or the work tree, so one commit always gives the same history.
 */
public final class RepositoryHistory {

    /**
     * The trailer of a commit message that marks the commit as a correction and says what was wrong: a
     * correction of the pages whose correction note the commit writes, or of every page it changes when it
     * writes no note.
     */
    public static final String CORRECTION_TRAILER = "Correction";

    private static final String NO_HISTORY = "build without history with -Dhistory=off (./mvnw package -Dhistory=off)";
    /** Git's defaults for rename detection, never the user's or the repository's settings, so every clone reads the same. */
    private static final DiffConfig DIFF_CONFIG = new Config().get(DiffConfig.KEY);

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

    /**
     * Where a commit, a checkout or a pull is written in the repository the project is in: the files and folders
     * the preview watches to read the history again when HEAD moves. Empty outside a repository.
     */
    public static HeadFiles headFiles(Path projectDir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
        if (builder.getGitDir() == null) {
            return new HeadFiles(List.of(), List.of());
        }
        Path gitDir = builder.getGitDir().toPath();
        return new HeadFiles(List.of(gitDir.resolve(Constants.HEAD), gitDir.resolve(Constants.PACKED_REFS)),
                List.of(gitDir.resolve(Constants.R_HEADS)));
    }

    /** @param files single files; @param folders folders whose every file counts, at any depth */
    public record HeadFiles(List<Path> files, List<Path> folders) {
    }

    /** The project's folder within the work tree, as a path prefix: empty at the top. */
    private static String prefix(Repository repository, Path projectDir) throws IOException {
        Path top = repository.getWorkTree().toPath().toRealPath();
        String relative = top.relativize(projectDir.toRealPath()).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
    }

    private static Map<String, FileHistory> walk(Repository repository, ObjectId head, String prefix, List<String> folders,
                                                 String separator) throws IOException {
        List<String> paths = folders.stream().map(folder -> (prefix + folder).replaceAll("/+$", "")).toList();
        Map<String, FileHistory> files = new HashMap<>();
        try (ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            // Every commit, oldest first, each compared with its parents once: a tree filter on the walk
            // would compare each commit's trees a second time, to choose the commits to compare.
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            long sequence = 0;
            for (RevCommit commit : walk) {
                List<DiffEntry> changes = changes(commit, paths, reader, walk);
                if (changes.isEmpty()) {
                    continue;
                }
                sequence++;
                String correction = String.join(" ", commit.getFooterLines(CORRECTION_TRAILER)).strip();
                List<Version> versions = new ArrayList<>();
                for (DiffEntry entry : changes) {
                    Version version = read(files, entry, reader, prefix);
                    if (version != null) {
                        versions.add(version);
                    }
                }
                Set<String> noted = notesWritten(versions, separator);
                for (Version version : versions) {
                    boolean corrects = !correction.isEmpty() && (noted.isEmpty() || noted.contains(version.path()));
                    record(version, commit, sequence, corrects ? correction : "", noted.contains(version.path()), separator);
                }
            }
        }
        return files;
    }

    /**
     * What a commit changed in the paths. A merge changed only what differs from every parent, what the
     * merge itself wrote, as {@code git log} tells a file's history: the rest came with the commits
     * merged, which the walk has met already. Renames are looked for only where files were both
     * added and deleted, since a rename is nothing else.
     */
    private static List<DiffEntry> changes(RevCommit commit, List<String> paths, ObjectReader reader, RevWalk walk)
            throws IOException {
        List<DiffEntry> changes = diff(commit.getParentCount() == 0 ? null : commit.getParent(0), commit, paths, reader, walk);
        for (int parent = 1; parent < commit.getParentCount() && !changes.isEmpty(); parent++) {
            Set<String> alsoChanged = new HashSet<>();
            for (DiffEntry entry : diff(commit.getParent(parent), commit, paths, reader, walk)) {
                alsoChanged.add(entry.getOldPath());
                alsoChanged.add(entry.getNewPath());
            }
            changes.removeIf(entry -> !alsoChanged.contains(entry.getOldPath()) && !alsoChanged.contains(entry.getNewPath()));
        }
        boolean added = changes.stream().anyMatch(entry -> entry.getChangeType() == DiffEntry.ChangeType.ADD);
        boolean deleted = changes.stream().anyMatch(entry -> entry.getChangeType() == DiffEntry.ChangeType.DELETE);
        if (!added || !deleted) {
            return changes;
        }
        RenameDetector renames = new RenameDetector(reader, DIFF_CONFIG);
        renames.addAll(changes);
        try {
            return renames.compute(reader, NullProgressMonitor.INSTANCE);
        } catch (CanceledException e) {
            throw new IOException("rename detection was cancelled", e);
        }
    }

    /** The files in the paths that differ between a commit and its parent (for the first commit, every file in them). */
    private static List<DiffEntry> diff(RevCommit parent, RevCommit commit, List<String> paths, ObjectReader reader, RevWalk walk)
            throws IOException {
        RevTree before = parent == null ? null : walk.parseCommit(parent).getTree();
        List<DiffEntry> changes = new ArrayList<>();
        for (String path : paths) {
            changes.addAll(diff(before, commit.getTree(), path, reader));
        }
        return changes;
    }

    /**
     * The files under one path that differ between two trees ({@code before} null: none). A folder whose tree is
     * the same in both is not read at all, and a changed one is compared by itself: a walk from the top with a
     * path filter would test the filter on every entry of the folder, in every commit.
     */
    private static List<DiffEntry> diff(RevTree before, RevTree after, String path, ObjectReader reader) throws IOException {
        TreeWalk was = before == null ? null : TreeWalk.forPath(reader, path, before);
        TreeWalk is = TreeWalk.forPath(reader, path, after);
        try (was; is) {
            ObjectId wasId = was == null ? null : was.getObjectId(0);
            ObjectId isId = is == null ? null : is.getObjectId(0);
            if (Objects.equals(wasId, isId)) {
                return List.of();
            }
            try (TreeWalk trees = new TreeWalk(reader)) {
                trees.setRecursive(true);
                if (isFolderOrAbsent(was) && isFolderOrAbsent(is)) {
                    byte[] folder = (path + "/").getBytes(StandardCharsets.UTF_8);
                    trees.setFilter(TreeFilter.ANY_DIFF);
                    trees.addTree(wasId == null ? new EmptyTreeIterator() : new CanonicalTreeParser(folder, reader, wasId));
                    trees.addTree(isId == null ? new EmptyTreeIterator() : new CanonicalTreeParser(folder, reader, isId));
                } else {
                    trees.setFilter(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
                    trees.addTree(before == null ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, before));
                    trees.addTree(new CanonicalTreeParser(null, reader, after));
                }
                return DiffEntry.scan(trees);
            }
        }
    }

    private static boolean isFolderOrAbsent(TreeWalk entry) {
        return entry == null || entry.getFileMode(0) == FileMode.TREE;
    }

    /** A file as a commit left it: its history so far, its path, its text before and after, and its blob. */
    private record Version(FileHistory file, String path, String before, String after, String blobId) {

        boolean isPage() {
            return path.endsWith(".md");
        }
    }

    /**
     * A file a commit added, changed or moved, with its text read, and its history followed through a move;
     * null for a file deleted (its history ends) or one no page shows.
     */
    private static Version read(Map<String, FileHistory> files, DiffEntry entry, ObjectReader reader, String prefix)
            throws IOException {
        String newPath = entry.getNewPath().substring(Math.min(prefix.length(), entry.getNewPath().length()));
        String oldPath = entry.getOldPath().substring(Math.min(prefix.length(), entry.getOldPath().length()));
        if (entry.getChangeType() == DiffEntry.ChangeType.DELETE) {
            files.remove(oldPath);
            return null;
        }
        if (!newPath.endsWith(".md") && !newPath.endsWith(".yml")) {
            return null;
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
        String after = new String(reader.open(entry.getNewId().toObjectId()).getBytes(), StandardCharsets.UTF_8);
        return new Version(file, newPath, file.committedText(), after, entry.getNewId().name());
    }

    /**
     * The pages whose correction note a commit wrote or changed. A correction trailer belongs to these pages
     * alone: a commit that corrects one page may also touch another (About's list of corrections, say),
     * which it does not correct. A commit that writes no note corrects every page it changes.
     */
    private static Set<String> notesWritten(List<Version> versions, String separator) {
        Set<String> noted = new HashSet<>();
        for (Version version : versions) {
            if (version.isPage() && !CommittedHeader.correctionNote(version.after(), separator)
                    .equals(CommittedHeader.correctionNote(version.before(), separator))) {
                noted.add(version.path());
            }
        }
        return noted;
    }

    private static void record(Version version, RevCommit commit, long sequence, String correction, boolean noted,
                               String separator) {
        PersonIdent committer = commit.getCommitterIdent();
        LocalDate date = LocalDate.ofInstant(committer.getWhenAsInstant(), committer.getZoneId());
        version.file().add(new Change(commit.name(), sequence, date, commit.getShortMessage(), correction, noted,
                        version.path(), version.before(), version.after()),
                !version.isPage() || CommittedHeader.isPublished(version.after(), separator), version.blobId());
    }

    private static BuildFailure unavailable(String message) {
        return new BuildFailure(Problem.in(".git", message));
    }
}
