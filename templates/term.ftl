<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/lists.ftl" as lists>
<#-- A glossary entry: the term, its names, definition, longer text, related terms and where it is mentioned. -->
<#global site = config.site_model>
<#assign page = content.page>
<#assign term = page.term>
<#global root = page.root>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<article class="article term-entry">
  <header class="article-header">
    <p class="article-header__kind">Glossary · ${term.category?cap_first}</p>
    <h1 class="article-header__title">${page.title}</h1>
    <p class="article-header__summary">${page.summary}</p>
    <@lists.names term=term/>
  </header>
  <#if content.body?has_content>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  </#if>
  <#if term.relatedKeys?has_content>
  <section aria-labelledby="related-terms">
    <h2 id="related-terms">Related terms</h2>
    <@lists.termLinks terms=term.relatedKeys?map(key -> site.termPage(key))/>
  </section>
  </#if>
  <section aria-labelledby="mentioned-in">
    <h2 id="mentioned-in">Mentioned in</h2>
    <#if page.mentionedIn?has_content>
    <ul class="link-list">
      <#list page.mentionedIn as mention>
      <li><a href="${root}${mention.canonicalPath}">${mention.title}</a></li>
      </#list>
    </ul>
    <#else>
    <p>No page links to this entry yet.</p>
    </#if>
  </section>
  <p class="term-entry__back"><a href="${root}glossary/#${term.key}">Back to the glossary</a></p>
</article>
</@layout.frame>
