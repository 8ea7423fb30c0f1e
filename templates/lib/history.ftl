<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A page's history from the repository: the "Last changed" date and History link beside its dates,
  correction notes at its foot, and the parts of the history pages and the corrections page. Nothing is
  output for a page without a history (a build with -Dhistory=off). Every macro takes page, the
  org.explainer.site.Page concerned, unless it says otherwise.
-->
<#import "direction.ftl" as direction>

<#-- "Last changed" and the History link, as entries of the page's list of dates. Parameters: page. -->
<#macro dateEntries page>
<#if page.history??>
  <div><dt>${text("history.last.changed")}</dt><dd><#local date><@lastChanged history=page.history/></#local><#local link><a href="${page.root}${page.historyUri}">${text("history.link")}</a></#local>${text("history.last.changed.entry", {"date": date, "history": link})}</dd></div>
</#if>
</#macro>

<#-- The same for a page without a list of dates: one line. Parameters: page. -->
<#macro line page>
<#if page.history??>
<p class="page-history"><#local date><@lastChanged history=page.history/></#local><#local link><a href="${page.root}${page.historyUri}">${text("history.link")}</a></#local>${text("history.line", {"date": date, "history": link})}</p>
</#if>
</#macro>

<#-- The last changed date, or that the page has changes not yet committed. Parameters: history, an org.explainer.history.PageHistory. -->
<#macro lastChanged history>
<#if history.uncommitted>${text("history.uncommitted")}<#elseif history.lastChanged?has_content><time datetime="${history.lastChanged}">${text("date.day", {"date": history.lastChanged})}</time><#else>${text("history.never")}</#if><#t>
</#macro>

<#-- Each correction of the page the writer's correction note does not tell, dated, newest first. Parameters: page. -->
<#macro corrections page>
<#local listed = page.correctionsListed>
<#if listed?has_content>
<aside class="notice notice--correction" aria-labelledby="corrections-title">
  <h2 class="notice__title" id="corrections-title">${text("corrections.title")}</h2>
  <ul class="corrections-list">
    <#list listed as change>
    <li><time datetime="${change.date}">${text("date.day", {"date": change.date})}</time>: <@fromRepository words=change.correction/></li>
    </#list>
  </ul>
  <p><a href="${page.root}${page.historyUri}">${text("history.every.change.page")}</a> · <a href="${page.root}${site.correctionsUri}">${text("corrections.all")}</a></p>
</aside>
</#if>
</#macro>

<#--
  Links from a page's correction note to the changes whose commits wrote it, each compared word by word: the
  note tells these corrections, so the list of corrections beside it leaves them out. Parameters: page.
-->
<#macro notedCorrections page>
<#if page.history??>
<#list page.history.notedCorrections as change>
<p><a href="${page.root}${page.changeUri(page.history.numberOf(change))}">${text("article.correction.change", {"date": change.date})}</a></p>
</#list>
</#if>
</#macro>

<#-- One change in a page's history: date, summary, correction, and a link to its comparison. Parameters:
     page; change, an org.explainer.history.Change; number, its number, counted from the publication. -->
<#macro change page change number>
<li class="history__change" id="change-${number}">
  <h2 class="history__heading"><@changeTitle change=change/></h2>
  <@commit change=change/>
  <@correctionNote change=change/>
  <#if change.publication>
  <p>${text("history.publication")}</p>
  <#else>
  <p><a href="${page.root}${page.changeUri(number)}">${text("history.compare")}</a></p>
  </#if>
</li>
</#macro>

<#-- The commit of a change, and whether it changed the timeline's data. Parameters: change, an org.explainer.history.Change. -->
<#macro commit change>
  <#if change.committed><p class="history__commit"><#local hash><code>${change.commit}</code></#local>${text("history.commit", {"commit": hash, "timeline": change.path?ends_with(".yml")?c})}</p></#if>
</#macro>

<#-- A change's correction, if it is one. Parameters: change, an org.explainer.history.Change. -->
<#macro correctionNote change>
<#if change.correction?has_content>
  <p class="history__correction"><strong>${text("history.correction")}</strong> <@fromRepository words=change.correction/></p>
</#if>
</#macro>

<#-- A change's date and summary, or that it is not yet committed. Parameters: change, an org.explainer.history.Change. -->
<#macro changeTitle change>
<#if change.committed><time datetime="${change.date}">${text("date.day", {"date": change.date})}</time>: <@fromRepository words=change.summary/><#else>${text("history.not.committed")}</#if><#t>
</#macro>

<#--
  Words from a commit message (a change's summary, what a correction corrects), which writers write in the
  site's default language: on another language's pages they are marked as that language, so a screen reader
  voices them in it and a right-to-left page keeps them in their own direction. Parameters: words.
-->
<#macro fromRepository words>
<#local language = site.settings.languages().getDefault()>
<#if language.code == site.language.code>${words}<#else><span lang="${language.tag}" dir="${language.dir}">${words}</span></#if><#t>
</#macro>

<#--
  A comparison, paragraph by paragraph: unchanged paragraphs folded, changed ones with their words
  marked as inserted or deleted by the elements, by a label screen readers read and print shows, and
  by underline and strike-through, not by colour alone. Words in another script than the page's are marked with their
  language as in the page itself. Parameters: blocks, a list of org.explainer.history.DiffBlock.
-->
<#macro diff blocks>
<div class="diff">
  <#list blocks as block>
  <#if block.changed>
  <p class="diff__changed"><#list block.pieces as piece><#local words><@direction.inLanguages text=piece.text languages=site.languageRuns/></#local><#if piece.kind == "inserted"><ins><span class="diff__label">[${text("diff.added")}: </span>${words}<span class="diff__label">]</span></ins><#elseif piece.kind == "deleted"><del><span class="diff__label">[${text("diff.removed")}: </span>${words}<span class="diff__label">]</span></del><#else>${words}</#if></#list></p>
  <#else>
  <details class="diff__unchanged">
    <summary>${text("diff.unchanged", {"paragraphs": block.unchangedParagraphs})}</summary>
    <p><@direction.inLanguages text=block.unchangedText languages=site.languageRuns/></p>
  </details>
  </#if>
  </#list>
</div>
</#macro>
