<#ftl output_format="XML" strip_whitespace=true>
<#-- sitemap.xml: every published page in every language except the 404 pages, with its last-reviewed date and, for a
     page with translations, the address of the page in each language it is written in; and each language's corrections
     page (neither the history pages nor the old addresses of moved pages). -->
<#global site = content.site>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <#list site.pages?filter(p -> p.layout != "not-found") as page>
  <url>
    <loc>${site.settings.url}${page.canonicalPath}</loc>
    <lastmod>${page.reviewed}</lastmod>
    <#if page.translations?has_content>
    <#list page.editions as edition>
    <xhtml:link rel="alternate" hreflang="${edition.language.tag}" href="${site.settings.url}${edition.canonicalPath}"/>
    </#list>
    </#if>
  </url>
  </#list>
  <#if site.history>
  <#list site.readEditions as edition>
  <url>
    <loc>${site.settings.url}${edition.correctionsUri}</loc>
    <#if site.readEditions?size gt 1>
    <#list site.readEditions as other>
    <xhtml:link rel="alternate" hreflang="${other.language.tag}" href="${site.settings.url}${other.correctionsUri}"/>
    </#list>
    </#if>
  </url>
  </#list>
  </#if>
</urlset>
