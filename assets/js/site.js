// Enhancements only: every page reads and works without this script.
// - search page: loads the search index on demand and searches it in the browser;
// - glossary and timeline: category filters;
// - "Print this page" buttons.
// Every word it writes comes from the page: the element it enhances carries its messages as JSON in
// data-text, from the language's interface text (templates/text/), with {name} placeholders and, for
// a count, one text per plural form of the page's language.
(function () {
  "use strict";

  var root = document.body.getAttribute("data-root") || "";
  var language = document.documentElement.lang;
  var plurals = new Intl.PluralRules(language);
  var numbers = new Intl.NumberFormat(language);

  // The messages an element carries, as a function: say(key, {name: value}) gives the text.
  function messagesOf(element) {
    var messages = JSON.parse(element.getAttribute("data-text"));
    return function say(key, values) {
      var message = messages[key];
      values = values || {};
      if (typeof message !== "string") {
        var count = values[message.arg];
        message = message["=" + count] || message[typeof count === "number" ? plurals.select(count) : count] || message.other;
      }
      return message.replace(/\{(\w+)\}/g, function (all, name) {
        return typeof values[name] === "number" ? numbers.format(values[name]) : values[name];
      });
    };
  }

  // Text as search compares it, the index's and the query's alike: without accents and case, and with the
  // spellings one word is written in made one, so a word is found however it was typed: Arabic harakat,
  // dagger alef and tatweel dropped, alef with hamza or madda and alef wasla as bare alef, taa marbuta as
  // haa, alef maqsura as yaa; Cyrillic "ё" is "е" once its diaeresis is dropped.
  function normalize(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0629/g, "\u0647").replace(/\u0649/g, "\u064a")
      .toLowerCase().replace(/[\u2018\u2019'`\u02bc\u02bf]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function enablePrintButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  // The glossary and the timeline are lists whose entries carry data-category, grouped in sections.
  // Filtering either hides the entries not wanted and every section left empty, and says how many
  // remain; only the control differs, so each passes its own (makeControl) and its own wording.
  // Each category is named as its entries name it (labelSelector).
  function enableCategoryFilter(listSelector, labelSelector, makeControl, describe) {
    var list = document.querySelector(listSelector);
    if (!list) return;
    var say = messagesOf(list);
    var entries = Array.prototype.slice.call(list.querySelectorAll("[data-category]"));
    var labels = {};
    entries.forEach(function (e) { labels[e.dataset.category] = e.querySelector(labelSelector).textContent; });
    var categories = Object.keys(labels).sort().map(function (c) { return [c, labels[c]]; });
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "visually-hidden";
    function show(isWanted) {
      var shown = 0;
      entries.forEach(function (entry) {
        entry.hidden = !isWanted(entry.dataset.category);
        if (!entry.hidden) shown++;
      });
      list.querySelectorAll("section").forEach(function (section) {
        section.hidden = !section.querySelector("[data-category]:not([hidden])");
      });
      status.textContent = describe(say, shown, entries.length);
    }
    var control = makeControl(categories, show, say);
    control.appendChild(status);
    list.parentNode.insertBefore(control, list);
  }

  // One category or all, from a list: for the glossary, where a reader looks for one kind of entry.
  function categoryChoice(categories, show, say) {
    var wrapper = document.createElement("p");
    wrapper.className = "glossary-filter";
    var label = document.createElement("label");
    label.htmlFor = "glossary-category";
    label.textContent = say("glossary.filter.label") + " ";
    var select = document.createElement("select");
    select.id = "glossary-category";
    [["", say("glossary.filter.all")]].concat(categories).forEach(function (pair) {
      var option = document.createElement("option");
      option.value = pair[0];
      option.textContent = pair[1];
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      show(function (category) { return select.value === "" || category === select.value; });
    });
    label.appendChild(select);
    wrapper.appendChild(label);
    return wrapper;
  }

  // Any set of categories, a box each, all ticked at first: for the timeline, where a reader leaves
  // out a kind of event.
  function categoryBoxes(categories, show, say) {
    var fieldset = document.createElement("fieldset");
    fieldset.className = "timeline-filter";
    var legend = document.createElement("legend");
    legend.textContent = say("timeline.filter.label");
    fieldset.appendChild(legend);
    function update() {
      var wanted = Array.prototype.slice.call(fieldset.querySelectorAll("input:checked")).map(function (i) { return i.value; });
      show(function (category) { return wanted.indexOf(category) >= 0; });
    }
    categories.forEach(function (category) {
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.value = category[0];
      box.checked = true;
      box.addEventListener("change", update);
      label.append(box, " " + category[1]);
      fieldset.appendChild(label);
    });
    return fieldset;
  }

  // Each page's fields, normalized once when the index loads (not once per query: on a large site
  // the index's text runs to megabytes), with the weight of a match in each.
  function searchable(entry) {
    return { entry: entry, fields: [[entry.title, 10], [entry.names.join(" "), 8], [entry.headings.join(" "), 4],
      [entry.summary, 3], [entry.text, 1]].map(function (f) { return [normalize(f[0]), f[1]]; }) };
  }

  function score(fields, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var best = 0;
      fields.forEach(function (f) { if (f[0].indexOf(terms[i]) >= 0 && f[1] > best) best = f[1]; });
      if (best === 0) return 0;
      total += best;
    }
    return total;
  }

  function enableSearch() {
    var form = document.querySelector("[data-search]");
    if (!form) return;
    var input = form.querySelector("input");
    var say = messagesOf(form);
    var status = document.querySelector("[data-search-status]");
    var results = document.querySelector("[data-search-results]");
    document.querySelector("[data-search-fallback]").hidden = true;
    form.hidden = false;
    var index = null;

    function show(query) {
      var terms = normalize(query).split(" ").filter(Boolean);
      results.textContent = "";
      if (!terms.length) { status.textContent = ""; return; }
      var found = index.map(function (page) { return { entry: page.entry, score: score(page.fields, terms) }; })
        .filter(function (r) { return r.score > 0; })
        .sort(function (a, b) { return b.score - a.score; });
      status.textContent = say("search.matches", { count: found.length, query: query });
      found.slice(0, 30).forEach(function (r) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + r.entry.url;
        link.textContent = r.entry.title;
        var summary = document.createElement("p");
        summary.textContent = r.entry.summary;
        // A page this edition has no translation of is found in its own language; its title and summary say which.
        if (r.entry.lang) {
          link.hreflang = r.entry.lang;
          [link, summary].forEach(function (part) { part.lang = r.entry.lang; part.dir = r.entry.dir; });
        }
        var kind = document.createElement("span");
        kind.className = "search__kind";
        kind.textContent = " " + say("search.kind", { kind: r.entry.type });
        item.append(link, kind, summary);
        results.appendChild(item);
      });
    }

    function load() {
      if (index) return Promise.resolve(index);
      status.textContent = say("search.loading");
      return fetch(form.getAttribute("data-index")).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (data) { index = data.map(searchable); return index; });
    }

    function run(query) {
      load().then(function () { show(query); }).catch(function () {
        status.textContent = say("search.failed");
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url);
      run(input.value);
    });
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { input.value = initial; run(initial); }
  }

  enablePrintButtons();
  enableCategoryFilter("[data-filterable]", ".glossary-entry__category", categoryChoice, function (say, shown, total) {
    return say("glossary.filter.shown", { shown: shown, total: total });
  });
  enableCategoryFilter("[data-timeline]", ".timeline__category", categoryBoxes, function (say, shown, total) {
    return say("timeline.filter.shown", { shown: shown, total: total });
  });
  enableSearch();
})();
