<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Site header with the main sections, breadcrumbs, and the footer.
  Every link is relative to the page (its root), so the site works at a domain root and under a sub-path.
-->

<#import "direction.ftl" as direction>

<#-- A header or footer link's words: in another language, marked as such on the link; in the page's, with any word
     in another script marked as a page's body marks it ("موجز Atom"). Parameters: item, an org.explainer.base.NavItem. -->
<#macro label item><#if item.labelLang?has_content>${item.label}<#else><@direction.inLanguages text=item.label languages=site.languageRuns/></#if></#macro>

<#-- A link to a header or footer item, in the language of the page it leads to. Parameters: item; root, the relative
     path to the site root. -->
<#macro link item root><a href="${root}${item.uri}"<#if item.hrefLang?has_content> hreflang="${item.hrefLang}"</#if><#if item.labelLang?has_content> lang="${item.labelLang}"</#if>><@label item=item/></a></#macro>

<#-- The site header. Parameters: root, the relative path to the site root; uri, the page's address from the
     site root, to mark the link to it and to its section as current; home, true on the home page. -->
<#macro header root uri home>
<#local searchPage = site.pageWithLayout("search")!>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__name" href="${(root + site.homeUri)?has_content?then(root + site.homeUri, "./")}"<#if home> aria-current="page"</#if>>${text("site.title")}</a>
    <nav class="site-nav" aria-label="${text("nav.main")}">
      <ul class="site-nav__list">
        <#list site.nav as item>
        <li><a class="site-nav__link" href="${root}${item.uri}"<#if item.hrefLang?has_content> hreflang="${item.hrefLang}"</#if><#if item.labelLang?has_content> lang="${item.labelLang}"</#if><#if item.isPage(uri)> aria-current="page"<#elseif item.contains(uri)> aria-current="true"</#if>><@label item=item/></a></li>
        </#list>
        <#if searchPage?has_content>
        <li><a class="site-nav__link site-nav__search" href="${root}${searchPage.uri}"<#if searchPage.language.code != site.language.code> hreflang="${searchPage.language.tag}" lang="${searchPage.language.tag}"</#if><#if uri == searchPage.uri> aria-current="page"</#if>>${searchPage.title}</a></li>
        </#if>
      </ul>
    </nav>
  </div>
</header>
</#macro>

<#-- The same page in each language it is written in, each named in itself: a link to each other one, and the
     current one not a link. Nothing on a page without translations. Parameters: page. -->
<#macro languages page>
<#if page.translations?has_content>
<@languageLinks editions=page.editions uri=page.uri root=page.root/>
</#if>
</#macro>

<#-- The list the languages macro shows, of any page in several languages. Parameters: editions, each with a
     language and a uri from the site root; uri, the address of the one shown; root, the path from it to the root. -->
<#macro languageLinks editions uri root>
<nav class="languages" aria-label="${text("languages.label")}">
  <ul class="languages__list">
    <#list editions as edition>
    <#if edition.uri == uri>
    <li><span class="languages__current" aria-current="true" lang="${edition.language.tag}" dir="${edition.language.dir}">${edition.language.name}</span></li>
    <#else>
    <li><a class="languages__link" href="${root}${edition.uri}" hreflang="${edition.language.tag}" lang="${edition.language.tag}" dir="${edition.language.dir}">${edition.language.name}</a></li>
    </#if>
    </#list>
  </ul>
</nav>
</#macro>

<#-- Breadcrumbs from the home page through the page's section. Parameters: page. -->
<#macro breadcrumbs page>
<#local section = site.sectionOf(page.uri)!>
<nav class="breadcrumbs" aria-label="${text("nav.breadcrumb")}">
  <ol class="breadcrumbs__list">
    <li><a href="${(page.root + site.homeUri)?has_content?then(page.root + site.homeUri, "./")}">${text("nav.home")}</a></li>
    <#if section?has_content && !section.isPage(page.uri)>
    <li><@link item=section root=page.root/></li>
    </#if>
    <li><a href="${page.root}${page.uri}" aria-current="page">${page.title}</a></li>
  </ol>
</nav>
</#macro>

<#-- The site footer: the links jbake.properties names, and the corrections page. Parameters: root, the relative
     path to the site root. -->
<#macro footer root>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p class="site-footer__name">${text("site.title")}</p>
    <nav aria-label="${text("footer.nav")}">
      <ul class="site-footer__links">
        <#list site.footer as item>
        <li><@link item=item root=root/></li>
        </#list>
        <#-- The corrections page exists only in a build with the pages' history: this language's. -->
        <#if site.history>
        <li><a href="${root}${site.correctionsUri}">${text("corrections.all")}</a></li>
        </#if>
      </ul>
    </nav>
    <#if text("site.footer.note")?has_content>
    <p class="site-footer__note">${text("site.footer.note")}</p>
    </#if>
  </div>
</footer>
</#macro>
