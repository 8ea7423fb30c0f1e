<#ftl output_format="XML" strip_whitespace=true>
<#-- Atom 1.0 feed of one language's explainers, newest first (feed.xml at the root for the default language,
     CODE/feed.xml for each other); every address absolute, every date from content. -->
<#global site = content.site>
<#global text = content.text>
<#assign base = site.settings.url>
<#assign explainers = site.explainers>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language.tag}">
  <title>${text("feed.title", {"site": text("site.title")})}</title>
  <subtitle>${text("site.description")}</subtitle>
  <id>${base}${site.folder}</id>
  <link rel="self" type="application/atom+xml" href="${base}${site.feedUri}"/>
  <link rel="alternate" type="text/html" href="${base}${site.folder}"/>
  <updated><#if explainers?has_content>${explainers?map(e -> e.reviewed)?sort?last}<#else>1970-01-01</#if>T00:00:00Z</updated>
  <author><name>${text("site.publisher")}</name></author>
  <#list explainers as entry>
  <entry>
    <title>${entry.title}</title>
    <id>${base}${entry.canonicalPath}</id>
    <link rel="alternate" type="text/html" href="${base}${entry.canonicalPath}"/>
    <published>${entry.date}T00:00:00Z</published>
    <updated>${entry.reviewed}T00:00:00Z</updated>
    <summary>${entry.summary}</summary>
  </entry>
  </#list>
</feed>
