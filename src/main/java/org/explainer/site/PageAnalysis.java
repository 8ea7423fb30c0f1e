package org.explainer.site;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import org.explainer.base.Words;
import org.explainer.content.SourceFile;
import org.explainer.markdown.context.SiteLinks;
import org.explainer.markdown.context.Directive;

import java.util.ArrayList;
import java.util.List;

/**
 * What the build learns from a page's Markdown before rendering it: its headings (with the ids the
 * renderer will give them), the links and directives it contains, and its plain text.
 */
public final class PageAnalysis {

    private final List<org.explainer.site.Heading> headings = new ArrayList<>();
    private final List<LinkUse> links = new ArrayList<>();
    private final List<DirectiveUse> directives = new ArrayList<>();
    private final String plainText;

    private PageAnalysis(String plainText) {
        this.plainText = plainText;
    }

    public static PageAnalysis of(SourceFile source, Document document, SiteLinks siteLinks) {
        new HeaderIdGenerator(document).generateIds(document);
        PageAnalysis analysis = new PageAnalysis(PlainText.of(document));
        NodeVisitor visitor = new NodeVisitor();
        // A handler replaces the visit of a node's children, so each one visits them itself.
        visitor.addHandler(new VisitHandler<>(Heading.class, heading -> {
            analysis.headings.add(new org.explainer.site.Heading(heading.getLevel(), heading.getAnchorRefId(),
                    PlainText.of(heading)));
            visitor.visitChildren(heading);
        }));
        visitor.addHandler(new VisitHandler<>(Paragraph.class, paragraph -> {
            Directive.parse(paragraph.getChars().toString()).ifPresent(directive -> analysis.directives.add(
                    new DirectiveUse(directive, source.bodyFirstLine() + paragraph.getStartLineNumber())));
            visitor.visitChildren(paragraph);
        }));
        visitor.addHandler(new VisitHandler<>(Link.class, link -> {
            String url = link.getUrl().toString();
            analysis.links.add(new LinkUse(url, link.getText().toString(), siteLinks.resolve(source.contentPath(), url),
                    source.bodyFirstLine() + link.getStartLineNumber()));
            visitor.visitChildren(link);
        }));
        // A bare <https://...> is checked like a link, so an address copied from the preview cannot slip through.
        visitor.addHandler(new VisitHandler<>(AutoLink.class, link -> {
            String url = link.getUrl().toString();
            analysis.links.add(new LinkUse(url, url, siteLinks.resolve(source.contentPath(), url),
                    source.bodyFirstLine() + link.getStartLineNumber()));
        }));
        visitor.visit(document);
        return analysis;
    }

    public List<org.explainer.site.Heading> headings() {
        return headings;
    }

    public List<LinkUse> links() {
        return links;
    }

    public List<DirectiveUse> directives() {
        return directives;
    }

    public String plainText() {
        return plainText;
    }

    public int wordCount() {
        return Words.count(plainText);
    }
}
