package org.explainer.jbake;

import org.explainer.site.Site;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.util.Map;

/**
 * Gives every template the build's {@link Site} as {@code site}: pages, glossary, backlinks, related
 * pages. Templates use it instead of JBake's database queries, which cost a query per page.
 * <p>
 * JBake instantiates extractors itself (listed in {@code META-INF/org.jbake.template.ModelExtractors.properties}),
 * so the site being baked is handed over through {@link #use(Site)}.
 */
public final class SiteModelExtractor implements ModelExtractor<Site> {

    private static volatile Site current;

    /** Sets the site the next bake renders. */
    public static void use(Site site) {
        current = site;
    }

    @Override
    public Site get(ContentStore db, Map model, String key) {
        if (current == null) {
            throw new IllegalStateException("no site model: bake through SiteBuild, not JBake directly");
        }
        return current;
    }
}
