<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/history.ftl" as history>
<#-- One change to a page, beside it: its date and summary, and the text before and after compared word by word. -->
<#global site = config.site_model>
<#global text = content.text>
<#assign page = content.page>
<#assign change = content.change>
<@history.frame title=text("change.title", {"page": page.title}) description=text("change.description", {"page": page.title})
    root=page.root canonical=page.changeUri(content.number) indexed=false>
<article class="article history">
  <header class="article-header">
    <p class="article-header__kind">${text("change.kind")}</p>
    <h1 class="article-header__title">${page.title}</h1>
    <p><a href="${page.root}${page.uri}">${text("history.back")}</a> · <a href="${page.root}${page.historyUri}">${text("change.every.change")}</a></p>
  </header>
  <h2 class="history__heading"><@history.changeTitle change=change/></h2>
  <@history.commit change=change/>
  <@history.correctionNote change=change/>
  <p>${text("change.intro")}</p>
  <@history.diff blocks=change.diff/>
</article>
</@history.frame>
