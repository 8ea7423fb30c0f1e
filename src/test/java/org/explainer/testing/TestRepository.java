package org.explainer.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A git repository around a test's project folder, made with JGit, whose commits have the dates the
 * test gives, so a test of the history controls every date it checks.
 */
public final class TestRepository implements AutoCloseable {

    private final Git git;

    private TestRepository(Git git) {
        this.git = git;
    }

    /** A new repository in the project's folder; the build's output folder is ignored. */
    public static TestRepository init(TestProject project) {
        project.write(".gitignore", "target/\n");
        try {
            return new TestRepository(Git.init().setDirectory(project.dir().toFile()).setInitialBranch("main").call());
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository already in the project's folder. */
    public static TestRepository open(TestProject project) {
        try {
            return new TestRepository(Git.open(project.dir().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits every change in the work tree (new, changed and deleted files) on the given day, at noon UTC. */
    public TestRepository commit(String day, String message) {
        PersonIdent writer = new PersonIdent("Writer", "writer@example.org", Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
        try {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            git.commit().setMessage(message).setAuthor(writer).setCommitter(writer).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Creates a branch at the current commit and switches the work tree to it. */
    public TestRepository branch(String name) {
        try {
            git.branchCreate().setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return checkout(name);
    }

    public TestRepository checkout(String name) {
        try {
            git.checkout().setName(name).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Merges a branch into the current one, as a merge commit on the given day (the branches must not conflict). */
    public TestRepository merge(String branch, String day, String message) {
        try {
            MergeResult merged = git.merge().include(git.getRepository().resolve(branch))
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
            if (!merged.getMergeStatus().isSuccessful()) {
                throw new IllegalStateException("the merge of " + branch + " failed: " + merged.getMergeStatus());
            }
        } catch (GitAPIException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return commit(day, message);
    }

    /** A clone of this repository holding only its last commit, in {@code folder}. */
    public void shallowClone(Path folder) {
        try (Git clone = Git.cloneRepository().setURI(git.getRepository().getDirectory().toURI().toString())
                .setDirectory(folder.toFile()).setDepth(1).call()) {
            clone.getRepository().getDirectory();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
