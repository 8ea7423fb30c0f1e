<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/lists.ftl" as lists>
<#import "lib/article.ftl" as article>
<#-- A glossary entry: the term, its names, definition, longer text, related terms and where it is mentioned. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#assign term = page.term>
<#global root = page.root>
<#assign glossaryPage = site.pageWithLayout("glossary")!>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<article class="article term-entry">
  <@article.header page=page kind=text("term.kind", {"category": lists.categoryName(term)})>
    <@lists.names term=term/>
  </@article.header>
  <#if content.body?has_content>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  </#if>
  <#if term.relatedKeys?has_content>
  <section aria-labelledby="related-terms">
    <h2 id="related-terms">${text("term.related")}</h2>
    <@lists.termLinks terms=term.relatedKeys?map(key -> site.termPage(key))/>
  </section>
  </#if>
  <section aria-labelledby="mentioned-in">
    <h2 id="mentioned-in">${text("term.mentioned")}</h2>
    <#if page.mentionedIn?has_content>
    <ul class="link-list">
      <#list page.mentionedIn as mention>
      <li><a href="${root}${mention.canonicalPath}">${mention.title}</a></li>
      </#list>
    </ul>
    <#else>
    <p>${text("term.mentioned.none")}</p>
    </#if>
  </section>
  <#if glossaryPage?has_content>
  <#-- A draft (rendered only by the preview) has no entry in the glossary's A–Z to come back to. -->
  <p class="term-entry__back"><a href="${root}${glossaryPage.canonicalPath}<#if !page.draft>#${term.key}</#if>">${text("term.back")}</a></p>
  </#if>
  <@article.corrections page=page/>
</article>
</@layout.frame>
