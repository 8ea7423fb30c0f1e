package org.explainer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The SHA-256 of every file of a baked site, to compare two builds file by file. */
public record OutputDigest(Map<String, String> digests) {

    public static OutputDigest of(Path site) {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                digests.put(site.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new OutputDigest(digests);
    }

    /** The files that differ between the two builds, or exist in one only. */
    public List<String> differences(OutputDigest other) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(digests.keySet());
        names.addAll(other.digests.keySet());
        for (String name : names) {
            String mine = digests.get(name);
            String theirs = other.digests.get(name);
            if (mine == null || theirs == null) {
                differences.add(name + ": only in " + (mine == null ? "the second" : "the first") + " build");
            } else if (!mine.equals(theirs)) {
                differences.add(name + ": differs");
            }
        }
        return differences;
    }
}
