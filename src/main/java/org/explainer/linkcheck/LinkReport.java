package org.explainer.linkcheck;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The link check's findings, for writers ({@value #MARKDOWN}: each problem with what to do and every
 * file and line that cites it, the most urgent first) and for programs ({@value #JSON}: every address
 * with its verdict and citations).
 */
public final class LinkReport {

    public static final String MARKDOWN = "report.md";
    public static final String JSON = "report.json";

    private final List<LinkResult> results;

    public LinkReport(List<LinkResult> results) {
        this.results = results.stream().sorted(Comparator.comparing(LinkReport::urgency)).toList();
    }

    public long count(Predicate<LinkResult> which) {
        return results.stream().filter(which).count();
    }

    /** Writes both files into {@code folder}, which is created if missing. */
    public void write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKDOWN), markdown());
            try (OutputStream out = Files.newOutputStream(folder.resolve(JSON));
                 JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
                writeJson(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the link report into " + folder, e);
        }
    }

    /** One line for the console: how many addresses and how many of each verdict. */
    public String summary() {
        return "Checked " + results.size() + " cited addresses: "
                + count(LinkResult::goneWithoutArchivedCopy) + " gone without an archived copy, "
                + count(result -> result.status() == LinkStatus.GONE && result.address().hasArchivedCopy()) + " gone with one, "
                + count(status(LinkStatus.FAILING)) + " failing, " + count(status(LinkStatus.REFUSED)) + " refused, "
                + count(status(LinkStatus.REDIRECTED)) + " redirected, " + count(status(LinkStatus.ALIVE)) + " alive";
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# External link check\n\n").append(summary()).append(".\n");
        section(out, "Gone, with no archived copy (most urgent)",
                "The publisher removed these. Find an archived copy (https://web.archive.org/) and add it to the"
                        + " footnote after the address, as `Archived: <https://web.archive.org/...>` (see the writing guide),"
                        + " or cite another source for the same facts.",
                LinkResult::goneWithoutArchivedCopy);
        section(out, "Gone, archived copy given",
                "Readers reach these through the archived copy. Check that the copy still shows what the page says.",
                result -> result.status() == LinkStatus.GONE && result.address().hasArchivedCopy());
        section(out, "Failing",
                "A server error or no answer, after every retry. Often passing: if one stays here for weeks, treat it as gone.",
                status(LinkStatus.FAILING));
        section(out, "Refused",
                "The site turned the checker away (401, 403, 429), as many do with robots. Open these in a browser to check.",
                status(LinkStatus.REFUSED));
        section(out, "Redirected",
                "These answer from another address now. Check that it is the same article, then cite the new address.",
                status(LinkStatus.REDIRECTED));
        return out.toString();
    }

    private void section(StringBuilder out, String title, String advice, Predicate<LinkResult> which) {
        List<LinkResult> listed = results.stream().filter(which).toList();
        if (listed.isEmpty()) {
            return;
        }
        out.append("\n## ").append(title).append(" (").append(listed.size()).append(")\n\n").append(advice).append("\n\n");
        for (LinkResult result : listed) {
            out.append("- <").append(result.address().url()).append(">: ").append(result.detail()).append('\n');
            if (result.address().hasArchivedCopy()) {
                out.append("  - archived copy: <").append(result.address().archived()).append(">\n");
            }
            out.append("  - cited at ").append(result.address().citations().stream().map(Citation::toString)
                    .collect(Collectors.joining(", "))).append('\n');
        }
    }

    private void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("checked", results.size());
        json.writeNumberField("goneWithoutArchivedCopy", count(LinkResult::goneWithoutArchivedCopy));
        json.writeArrayFieldStart("addresses");
        for (LinkResult result : results) {
            json.writeStartObject();
            json.writeStringField("url", result.address().url());
            json.writeStringField("status", result.status().label());
            json.writeNumberField("httpStatus", result.httpStatus());
            json.writeStringField("location", result.location());
            json.writeStringField("archivedCopy", result.address().archived());
            json.writeStringField("detail", result.detail());
            json.writeArrayFieldStart("citedAt");
            for (Citation citation : result.address().citations()) {
                json.writeStartObject();
                json.writeStringField("file", citation.file());
                json.writeNumberField("line", citation.line());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static Predicate<LinkResult> status(LinkStatus status) {
        return result -> result.status() == status;
    }

    /** Gone without a copy first, then by verdict in the order of {@link LinkStatus}. */
    private static int urgency(LinkResult result) {
        return result.goneWithoutArchivedCopy() ? -1 : result.status().ordinal();
    }
}
