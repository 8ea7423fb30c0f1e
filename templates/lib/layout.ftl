<#ftl output_format="HTML" strip_whitespace=true>
<#import "meta.ftl" as meta>
<#import "navigation.ftl" as navigation>
<#import "draft.ftl" as draft>
<#import "translation.ftl" as translation>
<#--
  The frame of every HTML page: document head, skip link, site header, main landmark, footer. A page
  of the site is framed by its page alone; a page the build generates beside one (its history, a
  change's comparison, a moved page's old address) names that page and its own address, title and
  description, and the corrections page, about no one page, gives them without a page.
  Parameters:
    page       the org.explainer.site.Page being rendered, or the page a generated page is about; none for the corrections page
    uri        the address of what is rendered, from the site root; the page's own by default
    root       the relative path from that address to the site root; the page's by default
    title      its title; the page's by default (the home page's <title> is the site's title alone)
    summary    its description; the page's by default
    canonical  the address, from the site root, that search engines should keep: the page's own for the
               page itself, otherwise uri by default (a moved page's old address gives the new one)
    indexed    false keeps search engines away (noindex), as a generated page beside a page does
    refresh    an address, relative to this one, to send the reader on to at once; none by default
    editions   for a page about no one page, written in each language (the corrections pages): each language's,
               with its language and uri, for search engines; none by default
  A generated page carries no structured data: it is not the article the page's JSON-LD describes.
  Nested content: what goes inside <main>.
-->
<#macro frame page="" uri=page.uri root=page.root title=page.title summary=page.summary
    canonical=(page?is_hash && uri == page.uri)?then(page.canonicalPath, uri) indexed=true refresh="" editions=[]>
<#local own = page?is_hash && uri == page.uri>
<!DOCTYPE html>
<html lang="${site.language.tag}" dir="${site.language.dir}">
<head>
<meta charset="utf-8">
<@meta.policies/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- The 404 page is served at any missing address, so its relative links must start from its own folder
     (the site root's, or a language's). -->
<#if own && page.layout == "not-found"><base href="${site.settings.basePath}${page.uri?contains("/")?then(page.uri?keep_before_last("/") + "/", "")}"></#if>
<#if refresh?has_content>
<meta http-equiv="refresh" content="0; url=${refresh}">
</#if>
<title><#if own && page.layout == "home">${text("site.title")}<#else>${text("page.title", {"page": title, "site": text("site.title")})}</#if></title>
<#if own>
<@meta.head root=root canonical=canonical title=title summary=summary article=page.explainer published=page.date modified=page.reviewed/>
<@meta.editions page=page/>
<#-- A not-found page answers for addresses that lead nowhere: nothing for search engines to keep. -->
<#if page.layout == "not-found"><meta name="robots" content="noindex"><#else><@draft.robots page=page/></#if>
<#else>
<@meta.head root=root canonical=canonical title=title summary=summary/>
<#if editions?size gt 1><@meta.alternates editions=editions/></#if>
<#if !indexed>
<meta name="robots" content="noindex">
</#if>
</#if>
<link rel="stylesheet" href="${root}css/site.css">
<script src="${root}js/site.js" defer></script>
</head>
<#-- data-template names the page template that called this frame, so the accessibility gate can tell the
     shapes of pages apart from the HTML alone (README, "Which rule runs where"). -->
<body data-root="${root}" data-template="${.main_template_name?remove_ending(".ftl")}">
<a class="skip-link" href="#main">${text("frame.skip")}</a>
<@navigation.header root=root uri=uri home=own && page.layout == "home"/>
<main id="main" class="site-main" tabindex="-1">
<#if page?is_hash><@draft.banner page=page/></#if>
<#if own><@navigation.languages page=page/></#if>
<#if own><@translation.notice page=page/></#if>
<#nested>
</main>
<@navigation.footer root=root/>
<#if own><@meta.structuredData page=page/></#if>
</body>
</html>
</#macro>
