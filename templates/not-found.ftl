<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/article.ftl" as article>
<#-- The page served for any missing address (layout=not-found): its text, then links back into the site. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<#assign searchPage = site.pageWithLayout("search")!>
<@layout.frame page=page>
<@article.withGeneratedPart page=page body=content.body>
  <ul class="link-list">
    <li><a href="${(root + site.homeUri)?has_content?then(root + site.homeUri, "./")}">${text("nav.home.page")}</a></li>
    <#list site.nav as item><li><a href="${root}${item.uri}"<#if item.hrefLang?has_content> hreflang="${item.hrefLang}"</#if><#if item.labelLang?has_content> lang="${item.labelLang}"</#if>>${item.label}</a></li></#list>
    <#if searchPage?has_content><li><a href="${root}${searchPage.uri}"<#if searchPage.language.code != site.language.code> hreflang="${searchPage.language.tag}" lang="${searchPage.language.tag}"</#if>>${searchPage.title}</a></li></#if>
  </ul>
</@article.withGeneratedPart>
</@layout.frame>
