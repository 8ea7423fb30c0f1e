<#ftl output_format="HTML" strip_whitespace=true>
<#--
  What marks a draft, which only the preview renders: a banner at the top of the page's main content.
  Parameters:
    page  the org.explainer.site.Page being rendered; nothing is output unless it is a draft
-->
<#macro banner page>
<#if page.draft>
<p class="draft-banner"><#local setting><code>status=published</code></#local><strong>${text("draft.banner.title")}</strong> ${text("draft.banner", {"setting": setting})} <a href="${page.root}drafts.html">${text("draft.all")}</a></p>
</#if>
</#macro>

<#--
  Keeps search engines away from a draft, should a preview ever be reachable.
  Parameters:
    page  the org.explainer.site.Page being rendered; nothing is output unless it is a draft
-->
<#macro robots page>
<#if page.draft>
<meta name="robots" content="noindex">
</#if>
</#macro>
