<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/lists.ftl" as lists>
<#import "lib/history.ftl" as history>
<#import "lib/direction.ftl" as direction>
<#import "lib/article.ftl" as article>
<#-- The home page (layout=home): the site's name and summary, the page's text, then every explainer and background page, each in the
     page's language where it is translated, else in the default language. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<div class="home">
  <header class="home__intro">
    <h1 class="home__title">${page.title}</h1>
    <p class="home__summary"><@direction.inLanguages text=page.summary languages=site.languageRuns/></p>
    <@history.line page=page/>
  </header>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  <section aria-labelledby="latest">
    <h2 id="latest">${text("home.explainers")}</h2>
    <@lists.pages pages=site.explainersToRead headingLevel=3/>
  </section>
  <section aria-labelledby="reference">
    <h2 id="reference">${text("home.background")}</h2>
    <@lists.pages pages=site.backgroundToRead headingLevel=3/>
  </section>
  <@article.corrections page=page/>
</div>
</@layout.frame>
