<#ftl output_format="XML" strip_whitespace=true>
<#-- sitemap.xml: every published page except the 404 page, with its last-reviewed date, and the corrections page
     (neither the history pages nor the old addresses of moved pages). -->
<#global site = config.site_model>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <#list site.pages?filter(p -> p.layout != "not-found") as page>
  <url>
    <loc>${site.settings.url}${page.canonicalPath}</loc>
    <lastmod>${page.reviewed}</lastmod>
  </url>
  </#list>
  <#if site.history>
  <url>
    <loc>${site.settings.url}corrections.html</loc>
  </url>
  </#if>
</urlset>
