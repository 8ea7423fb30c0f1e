package org.explainer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two builds of the same sources file by file. They must be byte-identical: a build that
 * writes the time, a random id or an order that depends on the machine cannot be checked by a diff,
 * cached, or trusted to contain only what changed. Each difference names the file and, for text,
 * the first line that differs, with both versions.
 */
public final class ReproducibilityChecker {

    private static final int EXCERPT = 120;

    public List<Finding> compare(Path first, Path second) {
        Set<String> names = new TreeSet<>();
        SiteFiles.files(first).forEach(file -> names.add(SiteFiles.name(first, file)));
        SiteFiles.files(second).forEach(file -> names.add(SiteFiles.name(second, file)));
        List<Finding> findings = new ArrayList<>();
        for (String name : names) {
            Path a = first.resolve(name);
            Path b = second.resolve(name);
            if (!Files.isRegularFile(b)) {
                findings.add(Finding.at(name, "only in the first build"));
            } else if (!Files.isRegularFile(a)) {
                findings.add(Finding.at(name, "only in the second build"));
            } else {
                difference(name, read(a), read(b)).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static java.util.Optional<Finding> difference(String name, byte[] a, byte[] b) {
        if (Arrays.equals(a, b)) {
            return java.util.Optional.empty();
        }
        try {
            String[] linesA = text(a).split("\n", -1);
            String[] linesB = text(b).split("\n", -1);
            int line = 0;
            while (line < linesA.length && line < linesB.length && linesA[line].equals(linesB[line])) {
                line++;
            }
            return java.util.Optional.of(new Finding(name, line + 1, "differs between the builds: first \""
                    + excerpt(linesA, line, linesB) + "\", then \"" + excerpt(linesB, line, linesA) + "\""));
        } catch (CharacterCodingException e) {
            int at = Arrays.mismatch(a, b);
            return java.util.Optional.of(Finding.at(name, "differs between the builds from byte " + at));
        }
    }

    /** The part of a differing line around the first differing character. */
    private static String excerpt(String[] lines, int index, String[] other) {
        String line = index < lines.length ? lines[index] : "(end of file)";
        String otherLine = index < other.length ? other[index] : "";
        int from = 0;
        while (from < line.length() && from < otherLine.length() && line.charAt(from) == otherLine.charAt(from)) {
            from++;
        }
        int start = Math.max(0, from - EXCERPT / 2);
        return (start > 0 ? "…" : "") + line.substring(start, Math.min(line.length(), start + EXCERPT));
    }

    private static String text(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
