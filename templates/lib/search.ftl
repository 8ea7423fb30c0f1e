<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Site search. The script (site.js) reads search-index.json, shows the form and lists the results;
  without it, the reader is pointed to the site's sections instead. Links are relative to the page
  being rendered, through the shared variable "root".
-->
<#import "navigation.ftl" as navigation>

<#-- The search form, its results and the notice shown without JavaScript; the index it searches is its language's
     (data-index). Parameters: page, the search page. -->
<#macro form page>
<form class="search" role="search" action="${root}${page.uri}" method="get" data-search data-index="${root}${site.folder}search-index.json" hidden
    data-text="${text.forScript("search.loading", "search.failed", "search.matches", "search.kind")}">
  <label class="search__label" for="search-query">${text("search.label")}</label>
  <input class="search__input" id="search-query" name="q" type="search" autocomplete="off">
  <button class="button" type="submit">${text("search.button")}</button>
</form>
<p class="search__status" role="status" data-search-status></p>
<ol class="search__results" data-search-results></ol>
<div class="notice" data-search-fallback>
  <p>${text("search.fallback")}</p>
  <ul class="link-list">
    <#list site.nav as item>
    <li><@navigation.link item=item root=root/></li>
    </#list>
  </ul>
</div>
</#macro>
