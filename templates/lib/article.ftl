<#ftl output_format="HTML" strip_whitespace=true>
<#import "lists.ftl" as lists>
<#--
  Parts of a long page: its header, "On this page", corrections, "Cite this page", related pages.
  Every macro takes page, the org.explainer.site.Page being rendered.
-->

<#-- Kind label, title, summary, dates and reading time. Parameters: page, kind (e.g. "Explainer"). -->
<#macro header page kind>
<header class="article-header">
  <p class="article-header__kind">${kind}</p>
  <h1 class="article-header__title">${page.title}</h1>
  <p class="article-header__summary">${page.summary}</p>
  <@dates page=page/>
</header>
</#macro>

<#-- Published and last-reviewed dates, reading time. Parameters: page. -->
<#macro dates page>
<dl class="dates">
  <div><dt>Published</dt><dd><time datetime="${page.date}">${page.dateDisplay}</time></dd></div>
  <div><dt>Last reviewed</dt><dd><time datetime="${page.reviewed}">${page.reviewedDisplay}</time></dd></div>
  <div><dt>Reading time</dt><dd>${page.readingMinutes} min</dd></div>
</dl>
</#macro>

<#-- "On this page": the h2 headings, each with its h3 headings in a list of their own, so the outline
     is numbered and announced as the page is built. Shown when the page has at least three headings.
     Parameters: page. -->
<#macro toc page>
<#if (page.tocHeadings?size >= 3)>
<nav class="toc" aria-labelledby="toc-title">
  <h2 class="toc__title" id="toc-title">On this page</h2>
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

<#-- The page's corrections note, if it has one. Parameters: page. -->
<#macro correction page>
<#if page.correction?has_content>
<aside class="notice notice--correction" aria-labelledby="correction-title">
  <h2 class="notice__title" id="correction-title">Correction</h2>
  <p>${page.correction}</p>
</aside>
</#if>
</#macro>

<#-- A suggested citation and a print button (the button appears only with JavaScript). Parameters: page. -->
<#macro cite page>
<section class="cite" aria-labelledby="cite-title">
  <h2 class="cite__title" id="cite-title">Cite this page</h2>
  <p class="cite__text">${site.settings.publisher}, “${page.title}”, published ${page.dateDisplay}, last reviewed ${page.reviewedDisplay}. ${site.settings.url}${page.canonicalPath}</p>
  <button class="button cite__print" type="button" data-print hidden>Print this page</button>
</section>
</#macro>

<#-- Pages sharing tags or glossary terms with this one. Parameters: page. -->
<#macro related page>
<#if page.related?has_content>
<section class="related" aria-labelledby="related-title">
  <h2 id="related-title">Related</h2>
  <@lists.pages pages=page.related headingLevel=3/>
</section>
</#if>
</#macro>
