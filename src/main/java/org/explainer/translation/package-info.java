/**
 * Translations that know which version of their original they translate: the {@code translates=} header
 * field, the command that records it, the build's check that warns when the original has changed since,
 * what the translated page tells its readers, and the status report of every page's translations; and the
 * check that a translation loses nothing of its original, part by part ({@link org.explainer.translation.FidelityCheck},
 * over the parts the site cuts each page into), with the differences a translation declares. It needs only
 * the content files, the declared languages and the repository's history.
 */
package org.explainer.translation;
