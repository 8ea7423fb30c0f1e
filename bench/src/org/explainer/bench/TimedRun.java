package org.explainer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command under GNU time and measures it: wall time (our own clock), CPU time (user + system
 * of the whole process tree, Maven and the forked bake JVM together), peak resident memory (of the
 * largest single process in the tree, which is what a memory limit meets), and the bake time the
 * explainer build prints itself, where there is one.
 */
final class TimedRun {

    private static final Pattern BAKED = Pattern.compile("Baked \\d+ pages into .* in (\\d+) ms");
    /** A line of the bake's {@code --timings}: {@code "    123 ms  step name"}. */
    private static final Pattern STEP = Pattern.compile("(?m)^\\s+(\\d+) ms  (.+)$");

    /**
     * One run's figures; {@code bakeMillis} is empty, and {@code stepMillis} too, for builds that do not
     * print them (stock JBake).
     */
    record Measurement(double wallSeconds, double cpuSeconds, double peakRssMiB, OptionalLong bakeMillis,
                       Map<String, Long> stepMillis, double loadAverage) {
    }

    private TimedRun() {
    }

    static Measurement run(Path dir, List<String> command, Path log) throws IOException, InterruptedException {
        return run(dir, command, log, Map.of());
    }

    /** As {@link #run(Path, List, Path)}, with {@code environment} added to the command's environment. */
    static Measurement run(Path dir, List<String> command, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path timeFile = Files.createTempFile("bench-time", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", timeFile.toString()));
            timed.addAll(command);
            double load = loadAverage();
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(timed).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' in " + dir + " failed with exit code "
                        + exit + "; see " + log + "\n" + tail(output));
            }
            List<String> lines = Files.readAllLines(timeFile);
            String[] fields = lines.get(lines.size() - 1).trim().split("\\s+");
            double cpu = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
            double rss = Long.parseLong(fields[2]) / 1024.0;
            Matcher baked = BAKED.matcher(output);
            OptionalLong bake = baked.find() ? OptionalLong.of(Long.parseLong(baked.group(1))) : OptionalLong.empty();
            Map<String, Long> steps = new LinkedHashMap<>();
            Matcher step = STEP.matcher(output);
            while (step.find()) {
                steps.merge(step.group(2).strip(), Long.parseLong(step.group(1)), Long::sum);
            }
            return new Measurement(wall, cpu, rss, bake, steps, load);
        } finally {
            Files.deleteIfExists(timeFile);
        }
    }

    /** The one-minute load average: on a shared machine, what else was running shows up here. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 30), lines.length));
    }
}
