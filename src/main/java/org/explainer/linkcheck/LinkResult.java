package org.explainer.linkcheck;

/**
 * The verdict on one cited address.
 *
 * @param httpStatus the last HTTP status received, 0 when none was (timeout, no connection)
 * @param location   where a redirected address leads now; empty otherwise
 * @param detail     what happened, for people: "404", "timed out after 10 s", "503 after 3 tries"
 */
public record LinkResult(CitedAddress address, LinkStatus status, int httpStatus, String location, String detail) {

    /** The most urgent problem: the source is gone and readers have no copy to turn to. */
    public boolean goneWithoutArchivedCopy() {
        return status == LinkStatus.GONE && !address.hasArchivedCopy();
    }
}
