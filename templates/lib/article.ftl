<#ftl output_format="HTML" strip_whitespace=true>
<#import "direction.ftl" as direction>
<#import "lists.ftl" as lists>
<#import "navigation.ftl" as navigation>
<#import "history.ftl" as history>
<#--
  Parts of a page's article: its header, "On this page", corrections, "Cite this page", related pages,
  and the two shapes of article built from them. Every macro takes page, the org.explainer.site.Page
  being rendered.
-->

<#--
  An explainer or a background page: breadcrumbs, then the article with its kind, dates, contents,
  text, correction, citation and related pages. The article's class names the page type, so styles
  can tell an explainer's opening key points from a background page's first section.
  Parameters: page; kind, the label above the title ("Explainer"); body, the page's rendered text.
-->
<#macro longRead page kind body>
<@navigation.breadcrumbs page=page/>
<article class="article article--${page.type}">
  <@header page=page kind=kind dated=true/>
  <@toc page=page/>
  <div class="prose">
    ${body?no_esc}
  </div>
  <@corrections page=page/>
  <@cite page=page/>
  <@related page=page/>
</article>
</#macro>

<#--
  A page whose text leads to a part the build generates: a section's list, the glossary's A–Z, search.
  Parameters: page; body, the page's rendered text. Nested content: the generated part.
-->
<#macro withGeneratedPart page body>
<article class="article">
  <@header page=page/>
  <div class="prose">
    ${body?no_esc}
  </div>
  <#nested>
  <@corrections page=page/>
</article>
</#macro>

<#--
  The article's header: title and summary, with what the page type adds. Parameters: page; kind, a
  label above the title ("Explainer"; none when empty); dated, whether to show the dates and reading
  time. Nested content: more of the header (a glossary entry's names).
-->
<#macro header page kind="" dated=false>
<header class="article-header">
  <#if kind?has_content>
  <p class="article-header__kind">${kind}</p>
  </#if>
  <h1 class="article-header__title">${page.title}</h1>
  <p class="article-header__summary"><@direction.inLanguages text=page.summary languages=site.languageRuns/></p>
  <#if dated>
  <@dates page=page/>
  <#elseif page.layout != "not-found">
  <@history.line page=page/>
  </#if>
  <#nested>
</header>
</#macro>

<#--
  Published and last-reviewed dates (the writer's), last changed (the repository's), reading time, and for a
  corrected page a link to its correction, which stands at its foot after the sources. Parameters: page.
-->
<#macro dates page>
<dl class="dates">
  <div><dt>${text("article.published")}</dt><dd><time datetime="${page.date}">${text("date.day", {"date": page.date})}</time></dd></div>
  <div><dt>${text("article.reviewed")}</dt><dd><time datetime="${page.reviewed}">${text("date.day", {"date": page.reviewed})}</time></dd></div>
  <@history.dateEntries page=page/>
  <#if page.correction?has_content || (page.history?? && page.history.corrections?has_content)>
  <div><dt>${text("article.correction")}</dt><dd><a href="#${page.correction?has_content?then("correction-title", "corrections-title")}">${text("article.correction.link")}</a></dd></div>
  </#if>
  <div><dt>${text("article.reading.time")}</dt><dd>${text("article.minutes", {"minutes": page.readingMinutes})}</dd></div>
</dl>
</#macro>

<#-- "On this page": the h2 headings, each with its h3 headings in a list of their own, so the outline
     is numbered and announced as the page is built. Shown when the page has at least three headings.
     Parameters: page. -->
<#macro toc page>
<#if (page.tocHeadings?size >= 3)>
<nav class="toc" aria-labelledby="toc-title">
  <h2 class="toc__title" id="toc-title">${text("article.toc")}</h2>
  <@tocList entries=page.toc listClass="toc__list"/>
</nav>
</#if>
</#macro>

<#-- One level of "On this page": each entry links to its heading and lists the entries under it.
     Parameters: entries (a list of org.explainer.site.TocEntry), listClass (the class of this level's list). -->
<#macro tocList entries listClass>
<ol class="${listClass}">
  <#list entries as entry>
  <li class="toc__item"><a href="#${entry.id}">${entry.text}</a><#if entry.children?has_content><@tocList entries=entry.children listClass="toc__sublist"/></#if></li>
  </#list>
</ol>
</#macro>

<#--
  What corrected the page, at its foot, on every kind of page: the writer's correction note and each
  correction from its history. Parameters: page.
-->
<#macro corrections page>
<@correction page=page/>
<@history.corrections page=page/>
</#macro>

<#-- The page's corrections note, if it has one, with a link to each change it tells of. Parameters: page. -->
<#macro correction page>
<#if page.correction?has_content>
<aside class="notice notice--correction" aria-labelledby="correction-title">
  <h2 class="notice__title" id="correction-title">${text("article.correction")}</h2>
  <p><@direction.inLanguages text=page.correction languages=site.languageRuns/></p>
  <@history.notedCorrections page=page/>
</aside>
</#if>
</#macro>

<#-- A suggested citation and a print button (the button appears only with JavaScript). Parameters: page. -->
<#macro cite page>
<section class="cite" aria-labelledby="cite-title">
  <h2 class="cite__title" id="cite-title">${text("cite.title")}</h2>
  <#assign publisher><@direction.isolated>${text("site.publisher")}</@direction.isolated></#assign>
  <#assign url><@direction.isolated>${site.settings.url + page.canonicalPath}</@direction.isolated></#assign>
  <p class="cite__text">${text("cite.text", {"publisher": publisher, "title": page.title,
      "published": text("date.day", {"date": page.date}), "reviewed": text("date.day", {"date": page.reviewed}),
      "url": url})}</p>
  <button class="button cite__print" type="button" data-print hidden>${text("cite.print")}</button>
</section>
</#macro>

<#-- Pages sharing tags or glossary terms with this one. Parameters: page. -->
<#macro related page>
<#if page.related?has_content>
<section class="related" aria-labelledby="related-title">
  <h2 id="related-title">${text("article.related")}</h2>
  <@lists.pages pages=page.related headingLevel=3/>
</section>
</#if>
</#macro>
