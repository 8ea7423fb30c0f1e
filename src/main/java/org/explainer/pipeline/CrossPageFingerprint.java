package org.explainer.pipeline;

import org.explainer.content.HeaderField;
import org.explainer.site.Page;
import org.explainer.site.Site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * A digest of everything one page's output can show about other pages: which pages exist (the drafts
 * page lists the drafts), every
 * header field of every page (titles, summaries, dates, tags, term names and definitions…), the
 * glossary terms each page uses, its related pages and, for a term, the pages that mention it, and
 * the data files and the site's interface text. Only a page's own body and what is worked out from it (its outline, reading time,
 * text) are left out, because no template shows them on another page; but a translation's headings are in,
 * as its language's footer may link to one. A translation's notice that its original has changed is its own
 * page's alone, so it is left to {@link PageReuse} too.
 * <p>
 * When two bakes have the same fingerprint, a page whose source file did not change has the same
 * output as before, so a rebake can render the changed pages only.
 */
final class CrossPageFingerprint {

    private CrossPageFingerprint() {
    }

    /**
     * @param sharedFolders folders whose files any page may show: the data, the site's interface text
     * @param history       the commit the history was read at; empty without history
     */
    static String of(Site site, List<Path> sharedFolders, String history) {
        MessageDigest digest = sha256();
        StringBuilder facts = new StringBuilder();
        for (Page page : site.pagesToRender()) {
            facts.setLength(0);
            facts.append("page ").append(page.source().contentPath()).append('\n');
            for (HeaderField field : page.source().fields().values()) {
                facts.append(field.name()).append('=').append(field.value()).append('\n');
            }
            facts.append("uses");
            page.getTermsUsed().forEach(term -> facts.append(' ').append(term.getKey()));
            facts.append("\nrelated");
            page.getRelated().forEach(other -> facts.append(' ').append(other.getUri()));
            facts.append("\nmentioned in");
            page.getMentionedIn().forEach(other -> facts.append(' ').append(other.getUri()));
            // A directive can make other pages link here: a timeline extract links to the full {{timeline}}.
            facts.append("\ndirectives");
            page.analysis().directives().forEach(use -> facts.append(" {{").append(use.directive().name()).append(' ')
                    .append(use.directive().argument()).append(new TreeMap<>(use.directive().options())).append("}}"));
            // A translation's headings decide whether its language's footer links to a part of it (Site.localised).
            if (!page.getLanguage().equals(site.getLanguage())) {
                facts.append("\nheadings");
                page.analysis().headings().forEach(heading -> facts.append(' ').append(heading.getId()));
            }
            facts.append('\n');
            digest.update(facts.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Path folder : sharedFolders) {
            digest.update(FolderSnapshot.of(folder).getBytes(StandardCharsets.UTF_8));
        }
        // A commit changes what pages show of their history (last changed, corrections).
        digest.update(history.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
