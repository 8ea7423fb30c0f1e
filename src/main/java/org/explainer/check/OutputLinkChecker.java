package org.explainer.check;

import org.explainer.base.Problem;
import org.explainer.base.ProblemCollector;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks the baked output as a browser would meet it, by the {@link LinkRules} the quality gate applies
 * too: every address a page or stylesheet names that leads into the site resolves to a file, and every
 * {@code #fragment} to an id; nothing is loaded from another site. Markdown links were checked at their
 * source line before baking; this catches what templates write.
 *
 * <p>Each page and stylesheet is parsed once, reduced to its ids and references, and dropped, so memory
 * does not grow with the site; pages are parsed on every core. One checker kept across builds (the
 * preview's) parses again only the files whose bytes changed since the last check; a file the rebuild linked
 * from the last output unchanged (the same file, size and time) is not even read again.
 */
public final class OutputLinkChecker {

    /**
     * @param file the file's identity, size and time when it was read; null where the file system has no identity
     * @param read when the check that read it started, in the clock file times are kept in
     */
    private record Parsed(byte[] digest, References.Page links, FileIdentity file, long read) {

        /**
         * Whether {@code now} is the file as read, unchanged: the same file, size and time, and that time well before
         * it was read. A file written again within the file system's clock tick of being read keeps its time, so
         * only a file already settled when read is trusted by its attributes (as git does with its index).
         */
        boolean isStill(FileIdentity now) {
            return file != null && file.equals(now) && file.modified().toMillis() < read - SETTLED_MILLIS;
        }
    }

    private static final long SETTLED_MILLIS = 100;

    private record FileIdentity(Object key, long size, FileTime modified) {

        static FileIdentity of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return attributes.fileKey() == null ? null
                        : new FileIdentity(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    /** Something wrong with a file's {@code index}-th reference. */
    private record Finding(int index, String message) {
    }

    private final Map<String, Parsed> parsedByPath = new HashMap<>();
    /** Whether pages are remembered by their bytes' digest for the next check; a check done once needs no digest. */
    private final boolean remembering;

    private OutputLinkChecker(boolean remembering) {
        this.remembering = remembering;
    }

    /** A checker for one check. */
    public static OutputLinkChecker once() {
        return new OutputLinkChecker(false);
    }

    /** A checker kept across builds (the preview's), which parses again only the files that changed. */
    public static OutputLinkChecker acrossBuilds() {
        return new OutputLinkChecker(true);
    }

    /** Checks {@code siteDir}, built for {@code siteAddress}, once. */
    public static void check(Path siteDir, URI siteAddress, ProblemCollector problems) {
        once().checkSite(siteDir, siteAddress, problems);
    }

    /**
     * Checks {@code siteDir}, parsing only the files that differ from the last site this checker saw.
     *
     * @param siteAddress the address the site was built for, which its canonical links start with
     */
    public void checkSite(Path siteDir, URI siteAddress, ProblemCollector problems) {
        LinkRules rules = new LinkRules(siteAddress);
        Set<Path> files = files(siteDir);
        List<Path> checked = files.stream().filter(OutputLinkChecker::isChecked).sorted().toList();
        Map<Path, References.Page> linksByFile = new HashMap<>();
        long startedAt = System.currentTimeMillis();
        checked.parallelStream()
                .map(file -> Map.entry(file, parsed(siteDir, file, startedAt).links()))
                .toList()
                .forEach(entry -> linksByFile.put(entry.getKey(), entry.getValue()));
        Set<String> current = new HashSet<>();
        checked.forEach(file -> current.add(key(siteDir, file)));
        parsedByPath.keySet().retainAll(current);
        BakedSite site = new BakedSite(siteDir, files, folders(siteDir, files), linksByFile);
        for (Path file : checked) {
            References.Page links = linksByFile.get(file);
            URI base = rules.base(rules.addressOf(key(siteDir, file)), links.base());
            List<Finding> findings = new ArrayList<>();
            List<Reference> references = links.references();
            for (int i = 0; i < references.size(); i++) {
                Optional<String> problem = site.problem(references.get(i), rules.judge(references.get(i), base));
                if (problem.isPresent()) {
                    findings.add(new Finding(i, problem.get()));
                }
            }
            if (!findings.isEmpty()) {
                List<Integer> lines = referenceLines(file);
                String name = key(siteDir, file);
                findings.forEach(finding -> problems.add(Problem.at(name, lines.get(finding.index()), finding.message())));
            }
        }
    }

    private static boolean isChecked(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".html") || name.endsWith(".css");
    }

    /** Every folder that holds a file of the site, so a link to a folder can lead to its index page. */
    private static Set<Path> folders(Path siteDir, Set<Path> files) {
        Set<Path> folders = new HashSet<>();
        for (Path file : files) {
            for (Path folder = file.getParent(); folder != null && folder.startsWith(siteDir); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        return folders;
    }

    private Parsed parsed(Path siteDir, Path file, long startedAt) {
        if (!remembering) {
            return parse(file, read(file), null, null, startedAt);
        }
        String key = key(siteDir, file);
        Parsed known;
        synchronized (parsedByPath) {
            known = parsedByPath.get(key);
        }
        FileIdentity identity = FileIdentity.of(file);
        if (known != null && known.isStill(identity)) {
            return known;
        }
        byte[] bytes = read(file);
        byte[] digest = sha256(bytes);
        // The same bytes in a new file (a page rendered again to the same output) keep their links.
        Parsed fresh = known != null && Arrays.equals(known.digest(), digest) ? new Parsed(digest, known.links(), identity, startedAt)
                : parse(file, bytes, digest, identity, startedAt);
        synchronized (parsedByPath) {
            parsedByPath.put(key, fresh);
        }
        return fresh;
    }

    private static Parsed parse(Path file, byte[] bytes, byte[] digest, FileIdentity identity, long read) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new Parsed(digest, file.toString().endsWith(".css") ? cssLinks(text) : pageLinks(text), identity, read);
    }

    /** Parsed without tracking positions, which doubles jsoup's speed; lines are found only for a page with problems. */
    private static References.Page pageLinks(String html) {
        References.Page page = References.read(Jsoup.parse(html, "", Parser.htmlParser()));
        return new References.Page(Set.copyOf(page.ids()), List.copyOf(page.references()), page.base());
    }

    private static References.Page cssLinks(String css) {
        return new References.Page(Set.of(), List.copyOf(References.inCss(css)), Optional.empty());
    }

    /** The line of each of a file's references: a stylesheet's are known; a page is parsed again, tracking positions. */
    private static List<Integer> referenceLines(Path file) {
        String text = new String(read(file), StandardCharsets.UTF_8);
        List<Reference> references = file.toString().endsWith(".css") ? References.inCss(text)
                : References.read(Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true))).references();
        return references.stream().map(Reference::line).toList();
    }

    /** The whole baked site as the check sees it: its files, folders and each page's ids. */
    private record BakedSite(Path root, Set<Path> files, Set<Path> folders, Map<Path, References.Page> pages) {

        Optional<String> problem(Reference reference, LinkRules.Verdict verdict) {
            if (verdict instanceof LinkRules.Wrong wrong) {
                return Optional.of(wrong.message());
            }
            return verdict instanceof LinkRules.InSite inSite ? problemInSite(reference, inSite) : Optional.empty();
        }

        private Optional<String> problemInSite(Reference reference, LinkRules.InSite inSite) {
            Path target = root.resolve(inSite.path()).normalize();
            if (folders.contains(target)) {
                target = target.resolve("index.html");
            }
            if (!target.startsWith(root) || !files.contains(target)) {
                return Optional.of(LinkRules.noFile(reference));
            }
            References.Page targetPage = pages.get(target);
            if (LinkRules.needsId(inSite.fragment()) && target.toString().endsWith(".html")
                    && !targetPage.ids().contains(inSite.fragment())) {
                return Optional.of(LinkRules.noId(reference, inSite.fragment(), key(root, target)));
            }
            return Optional.empty();
        }
    }

    private static String key(Path siteDir, Path file) {
        return siteDir.relativize(file).toString().replace('\\', '/');
    }

    private static Set<Path> files(Path siteDir) {
        try (Stream<Path> walk = Files.walk(siteDir)) {
            return new HashSet<>(walk.filter(Files::isRegularFile).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
