<#ftl output_format="HTML" strip_whitespace=true>
<#--
  The Content Security Policy and referrer policy of every page: the site's own code only, and
  nothing of a reader's path through the site told to the sites it cites.
-->
<#macro policies>
<#-- First in <head>, before anything it governs (a <meta> policy applies only to what follows it).
     GitHub Pages sets no headers, so the policy is a <meta>: only the site's own scripts, styles,
     images and requests; no inline script or style (the JSON-LD is data, never run); no plugins, no
     other <base>, no form sent elsewhere. The preview's live reload is a script file of the preview's
     own origin, so it is allowed. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<#-- Sites cited receive this site's origin, never the address of the page a reader came from. -->
<meta name="referrer" content="strict-origin-when-cross-origin">
</#macro>

<#--
  Metadata in <head>: description, canonical address, feed, icon, Open Graph, Twitter card.
  Absolute addresses all come from the one site address setting (site.host, or -Dsite.url).
  Parameters:
    root       the relative path from the page to the site root
    canonical  the page's address path to publish and link, from the site root
    title      the page's title
    summary    the page's description
    article    optional: true for an article (an explainer), published on published and last reviewed on modified (ISO dates)
-->
<#macro head root canonical title summary article=false published="" modified="">
<#local url = site.settings.url + canonical>
<meta name="description" content="${summary}">
<link rel="canonical" href="${url}">
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="${root}${site.feedUri}" title="${text("feed.title", {"site": text("site.title")})}">
<meta name="color-scheme" content="light dark">
<meta property="og:site_name" content="${text("site.title")}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${summary}">
<meta property="og:url" content="${url}">
<meta property="og:type" content="<#if article>article<#else>website</#if>">
<meta property="og:locale" content="${site.language.openGraphLocale}">
<#if article>
<meta property="article:published_time" content="${published}">
<meta property="article:modified_time" content="${modified}">
</#if>
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${summary}">
</#macro>

<#--
  The same listing in each language, for search engines, as editions does for a page. Parameters: editions, each
  with a language and a uri from the site root.
-->
<#macro alternates editions>
<#list editions as edition>
<link rel="alternate" hreflang="${edition.language.tag}" href="${site.settings.url}${edition.uri}">
<#if edition.language.code == site.settings.languages().getDefault().code>
<link rel="alternate" hreflang="x-default" href="${site.settings.url}${edition.uri}">
</#if>
</#list>
</#macro>

<#--
  The page in the other languages it is written in, for search engines and for sharing: an alternate
  link for each language (the page's own included), one for readers whose language is none of them
  (x-default: the default language's page), and the Open Graph locale of each translation. Nothing for a
  page without translations.
  Parameters:
    page  the org.explainer.site.Page being rendered
-->
<#macro editions page>
<#if page.translations?has_content>
<#list page.editions as edition>
<link rel="alternate" hreflang="${edition.language.tag}" href="${site.settings.url}${edition.canonicalPath}">
</#list>
<#local original = page.translation(site.settings.languages().getDefault().code)>
<link rel="alternate" hreflang="x-default" href="${site.settings.url}${original.canonicalPath}">
<#list page.translations as translation>
<meta property="og:locale:alternate" content="${translation.language.openGraphLocale}">
</#list>
</#if>
</#macro>

<#--
  Structured data (JSON-LD) for search engines. It goes at the end of <body>: it can be large (the
  glossary's DefinedTermSet) and nothing on screen needs it, so it should not delay the first paint.
  Parameters:
    page  the org.explainer.site.Page being rendered
-->
<#macro structuredData page>
<script type="application/ld+json">${site.jsonLd(page)?no_esc}</script>
</#macro>
