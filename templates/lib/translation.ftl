<#ftl output_format="HTML" strip_whitespace=true>
<#--
  What tells readers of a translation that its original has changed since the version translated: a note at
  the top of the page's main content, in the page's language, saying when the original changed and which of
  its parts, with a link to the original and, when the original has a history, to what changed (the page
  comparing the first change after the version translated, or else the whole history).
  Parameters:
    page  the org.explainer.site.Page being rendered; nothing is output unless it is a translation older than its original
-->
<#macro notice page>
<#if (page.translationState)?? && page.translationState.stale>
<#local state = page.translationState>
<#local original = site.page(state.originalUri)!"">
<#-- A translation's original is in the default language: its headings are marked so, and isolated on a right-to-left page. -->
<#local originalLanguage = site.settings.languages().getDefault()>
<aside class="notice translation-notice" aria-labelledby="translation-notice-title">
<#-- Named by its first line, not a heading: it comes before the page's h1, and is no part of the page's outline. -->
<p class="notice__title" id="translation-notice-title"><strong>${text("translation.notice.title")}</strong></p>
<#if state.uncommitted>
<p>${text("translation.notice.uncommitted")}</p>
<#elseif state.since?has_content>
<#local date><time datetime="${state.since}">${text("date.day", {"date": state.since})}</time></#local>
<p>${text("translation.notice.since", {"date": date})}</p>
<#else>
<p>${text("translation.notice.changed")}</p>
</#if>
<#if state.sections?has_content>
<p>${text("translation.notice.sections", {"count": state.sections?size})}</p>
<ul class="translation-notice__sections">
<#list state.sections as section>
<#if section.header><li>${text("translation.section.header")}</li><#elseif section.introduction><li>${text("translation.section.introduction")}</li><#else><li lang="${originalLanguage.tag}" dir="${originalLanguage.dir}">${section.heading}</li></#if>
</#list>
</ul>
</#if>
<#if original?has_content>
<p><a href="${page.root}${original.uri}" hreflang="${originalLanguage.tag}">${text("translation.notice.original")}</a><#if original.history??><#local number = state.changeNumber(original.history)> · <a href="${page.root}<#if number gt 0>${original.changeUri(number)}<#else>${original.historyUri}</#if>">${text("translation.notice.changes")}</a></#if></p>
</#if>
</aside>
</#if>
</#macro>
