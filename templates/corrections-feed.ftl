<#ftl output_format="XML" strip_whitespace=true>
<#-- Atom 1.0 feed of one language's corrections, newest first, in its folder; every date from a commit, every address
     absolute. Written in every build (empty without history), so a link to it never breaks. A page's correction note
     is in the page's language; a correction no note tells comes from a commit message, in the site's default language,
     and says so on another language's feed. -->
<#global site = content.site>
<#global text = content.text>
<#assign base = site.settings.url>
<#assign notes = site.corrections>
<#assign repositoryLanguage = site.settings.languages().getDefault()>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language.tag}">
  <title>${text("corrections.feed.title", {"site": text("site.title")})}</title>
  <id>${base}${site.correctionsUri}</id>
  <link rel="self" type="application/atom+xml" href="${base}${site.correctionsFeedUri}"/>
  <#if site.history><link rel="alternate" type="text/html" href="${base}${site.correctionsUri}"/></#if>
  <updated><#if notes?has_content>${notes[0].change.date}<#else>1970-01-01</#if>T00:00:00Z</updated>
  <author><name>${text("site.publisher")}</name></author>
  <#list notes as note>
  <entry>
    <title>${text("corrections.feed.entry", {"page": note.page.title})}</title>
    <id>${base}${note.page.historyUri}#${note.change.commit}</id>
    <link rel="alternate" type="text/html" href="${base}${note.page.historyUri}"/>
    <updated>${note.change.date}T00:00:00Z</updated>
    <summary<#if note.fromRepository && repositoryLanguage.code != site.language.code> xml:lang="${repositoryLanguage.tag}"</#if>>${note.text}</summary>
  </entry>
  </#list>
</feed>
