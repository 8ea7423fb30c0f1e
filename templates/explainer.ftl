<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/article.ftl" as article>
<#-- An explainer: header, "On this page", the text with its key points and sources, citation, related pages. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@article.longRead page=page kind=text("article.kind.explainer") body=content.body/>
</@layout.frame>
