<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#import "lib/lists.ftl" as lists>
<#-- A section's index page (layout=section): its text, then the explainers and background pages in its folder. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<@article.withGeneratedPart page=page body=content.body>
  <@lists.pages pages=site.sectionPages(page)/>
</@article.withGeneratedPart>
</@layout.frame>
