package org.explainer.linkcheck;

import java.util.List;

/**
 * An external address the site cites, with every place that cites it.
 *
 * @param archived the address of its archived copy, or empty when none is given
 */
public record CitedAddress(String url, String archived, List<Citation> citations) {

    public boolean hasArchivedCopy() {
        return !archived.isEmpty();
    }
}
