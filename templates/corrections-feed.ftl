<#ftl output_format="XML" strip_whitespace=true>
<#-- Atom 1.0 feed of the corrections, newest first; every date from a commit, every address absolute. Written in every
     build (empty without history), so a link to it never breaks. -->
<#global site = content.site>
<#global text = content.text>
<#assign base = site.settings.url>
<#assign notes = site.corrections>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language.tag}">
  <title>${text("corrections.feed.title", {"site": text("site.title")})}</title>
  <id>${base}corrections.html</id>
  <link rel="self" type="application/atom+xml" href="${base}corrections.xml"/>
  <#if site.history><link rel="alternate" type="text/html" href="${base}corrections.html"/></#if>
  <updated><#if notes?has_content>${notes[0].change.date}<#else>1970-01-01</#if>T00:00:00Z</updated>
  <author><name>${text("site.publisher")}</name></author>
  <#list notes as note>
  <entry>
    <title>${text("corrections.feed.entry", {"page": note.page.title})}</title>
    <id>${base}${note.page.historyUri}#${note.change.commit}</id>
    <link rel="alternate" type="text/html" href="${base}${note.page.historyUri}"/>
    <updated>${note.change.date}T00:00:00Z</updated>
    <summary>${note.change.correction}</summary>
  </entry>
  </#list>
</feed>
