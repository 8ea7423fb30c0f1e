<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/lists.ftl" as lists>
<#--
  The preview's list of every draft (drafts.html), so a writer can open one; the production build
  never renders it. It is about no one page, so it gives the frame its own address and title, as the
  corrections page does, and keeps search engines away.
-->
<#global site = content.site>
<#global text = content.text>
<#-- The lists link pages from the site root, where this page is. -->
<#global root = "">
<@layout.frame uri="drafts.html" root="" title=text("drafts.title") summary=text("drafts.title") indexed=false>
<article class="article">
  <header class="article-header">
    <h1 class="article-header__title">${text("drafts.title")}</h1>
  </header>
  <p class="draft-banner"><#assign setting><code>status=draft</code></#assign><strong>${text("drafts.banner.title")}</strong> ${text("drafts.banner", {"setting": setting})}</p>
  <#if site.drafts?has_content>
  <@lists.pages pages=site.drafts kinds=true/>
  <#else>
  <p>${text("drafts.none")}</p>
  </#if>
</article>
</@layout.frame>
