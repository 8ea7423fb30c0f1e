<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/article.ftl" as article>
<#-- A background page: reference text with its sources, laid out as an explainer is. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@article.longRead page=page kind=text("article.kind.background") body=content.body/>
</@layout.frame>
