<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#import "lib/lists.ftl" as lists>
<#-- A plain page; its layout field adds a generated part (home, lists, glossary, search, 404). -->
<#global site = config.site_model>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<#if page.layout == "home">
<div class="home">
  <header class="home__intro">
    <h1 class="home__title">${page.title}</h1>
    <p class="home__summary">${page.summary}</p>
  </header>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  <section aria-labelledby="latest">
    <h2 id="latest">Explainers</h2>
    <@lists.pages pages=site.explainers headingLevel=3/>
  </section>
  <section aria-labelledby="reference">
    <h2 id="reference">Background and reference</h2>
    <@lists.pages pages=site.background headingLevel=3/>
  </section>
</div>
<#else>
<#if page.layout != "not-found"><@navigation.breadcrumbs page=page/></#if>
<article class="article">
  <header class="article-header">
    <h1 class="article-header__title">${page.title}</h1>
    <p class="article-header__summary">${page.summary}</p>
  </header>
  <#if page.layout == "">
  <@article.toc page=page/>
  </#if>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  <#switch page.layout>
    <#case "explainers"><@lists.pages pages=site.explainers/><#break>
    <#case "background"><@lists.pages pages=site.background/><#break>
    <#case "glossary"><@lists.glossaryIndex/><#break>
    <#case "search">
      <form class="search" role="search" action="${root}search.html" method="get" data-search hidden>
        <label class="search__label" for="search-query">Search the site</label>
        <input class="search__input" id="search-query" name="q" type="search" autocomplete="off">
        <button class="button" type="submit">Search</button>
      </form>
      <p class="search__status" role="status" data-search-status></p>
      <ol class="search__results" data-search-results></ol>
      <div class="notice" data-search-fallback>
        <p>Search needs JavaScript, which is off or unavailable in this browser. Everything on the site is also reachable from the <a href="${root}explainers/">list of explainers</a>, the <a href="${root}background/">background pages</a> and the <a href="${root}glossary/">A–Z glossary</a>.</p>
      </div>
      <#break>
    <#case "not-found">
      <ul class="link-list">
        <li><a href="${page.homeHref}">Home page</a></li>
        <#list site.settings.nav as item><li><a href="${root}${item.uri}">${item.label}</a></li></#list>
        <li><a href="${root}search.html">Search</a></li>
      </ul>
      <#break>
    <#default>
  </#switch>
  <#if page.layout == "">
  <@article.dates page=page/>
  </#if>
</article>
</#if>
</@layout.frame>
