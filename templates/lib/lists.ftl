<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Lists of pages and of glossary entries. Links are relative to the page being rendered, whose
  root path templates pass in through the shared variable "root".
-->
<#import "direction.ftl" as direction>

<#-- A page's summary, with runs in another script than its language's marked as the page's body marks them. Parameters: item, a page. -->
<#macro summary item><@direction.inLanguages text=item.summary languages=site.edition(item.language).languageRuns/></#macro>

<#-- Pages as cards: title link, summary, date. Parameters: pages, headingLevel (2 or 3), kinds (true adds each
     page's kind, explainer, background, term or page, for a list of pages of every kind). -->
<#macro pages pages headingLevel=2 kinds=false>
<ul class="card-list">
  <#list pages as item>
  <#-- A page not in the list's language (an edition's home lists the originals of what it lacks) says its own,
       to screen readers by its lang and to every reader in words. -->
  <#local other = item.language.code != site.language.code>
  <#local marked><#if other> lang="${item.language.tag}" dir="${item.language.dir}"</#if></#local>
  <li class="card">
    <h${headingLevel} class="card__title"${marked?no_esc}><a href="${root}${item.canonicalPath}"<#if other> hreflang="${item.language.tag}"</#if>>${item.title}</a></h${headingLevel}>
    <p class="card__summary"${marked?no_esc}><@summary item=item/></p>
    <p class="card__meta"><time datetime="${item.date}">${text("date.day", {"date": item.date})}</time><#if kinds> ${text("search.kind", {"kind": item.type})}</#if><#if other> · ${text("card.language", {"language": text.languageName(item.language.tag)})}</#if></p>
  </li>
  </#list>
</ul>
</#macro>

<#-- The name of a glossary entry's category in the page's language; a draft's hint as it is. Parameters: term. -->
<#function categoryName term>
<#return term.categoryAHint?then(term.category, text("category." + term.category))>
</#function>

<#-- A glossary entry's names: original script and variants; not a name that is the entry's title, as an Arabic
     name is in the Arabic glossary. Parameters: term (org.explainer.glossary.Term). -->
<#macro names term>
<#local originals = term.originalNames?filter(original -> original.text != term.title)>
<#if originals?has_content || term.aliases?has_content>
<dl class="term-names">
  <#list originals as original>
  <div><dt>${text.languageLabel(original.lang)}</dt><dd lang="${original.lang}" dir="${original.dir}">${original.text}</dd></div>
  </#list>
  <#if term.aliases?has_content>
  <div><dt>${text("term.aliases")}</dt><dd><#list term.aliases as alias><@direction.inLanguages text=alias languages=site.languageRuns/><#sep>${text("list.separator")} </#sep></#list></dd></div>
  </#if>
</dl>
</#if>
</#macro>

<#-- Glossary entries as links with their definitions. Parameters: terms (pages of type term). -->
<#macro termLinks terms>
<ul class="term-list">
  <#list terms as item>
  <#-- An entry the page's language has none of is the default language's, and says so. -->
  <#if item.language.code == site.language.code>
  <li><a href="${root}${item.uri}">${item.title}</a>: <@summary item=item/></li>
  <#else>
  <#-- The language is marked inside the item, which keeps the list's direction: its marker stays on the list's side. -->
  <li><span lang="${item.language.tag}" dir="${item.language.dir}"><a href="${root}${item.uri}" hreflang="${item.language.tag}">${item.title}</a>: <@summary item=item/></span></li>
  </#if>
  </#list>
</ul>
</#macro>

<#-- The A–Z glossary: letter jump links, then each letter's entries. No parameters. -->
<#macro glossaryIndex>
<nav class="az" aria-label="${text("glossary.letters")}">
  <ul class="az__list">
    <#list site.termGroups as group>
    <li><a class="az__link" href="#letter-${group.letter}">${group.letter}</a></li>
    </#list>
  </ul>
</nav>
<div class="glossary" data-filterable data-text="${text.forScript("glossary.filter.label", "glossary.filter.all", "glossary.filter.shown")}">
  <#list site.termGroups as group>
  <section class="glossary__letter" aria-labelledby="letter-${group.letter}">
    <h2 class="glossary__heading" id="letter-${group.letter}">${group.letter}</h2>
    <#list group.terms as item>
    <article class="glossary-entry" id="${item.term.key}" data-category="${item.term.category}">
      <h3 class="glossary-entry__term"><a href="${root}${item.uri}">${item.title}</a></h3>
      <p class="glossary-entry__category">${categoryName(item.term)}</p>
      <p class="glossary-entry__definition"><@summary item=item/></p>
      <@names term=item.term/>
    </article>
    </#list>
  </section>
  </#list>
</div>
</#macro>
