/* Dashboard: fetch each chart's spec from /api/charts/{id} with the filters that apply to it,
   draw it, and redraw when a filter changes (the page URL follows, so a view can be shared). */
(function () {
  "use strict";
  var RELOAD = ["as_of", "n", "window", "instrument", "years"];

  function formParams(form, names) {
    var q = new URLSearchParams();
    names.forEach(function (n) {
      var el = form && form.elements[n];
      if (!el) { return; }
      var v = el.multiple
        ? Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; }).join(",")
        : el.value;
      if (v) { q.set(n, v); }
    });
    return q;
  }

  function caption(fig, meta) {
    var el = fig.querySelector("figcaption .meta");
    el.textContent = meta.title + ". Unit: " + meta.unit + ". Source: " + meta.source + ". Data to " +
      (meta.newest || "n/a") + (meta.as_of ? ", as known on " + meta.as_of : "") + "." + (meta.notes ? " " + meta.notes : "");
  }

  function load(fig, form) {
    var names = (fig.dataset.params || "").split(",").filter(Boolean).concat(["as_of"]);
    var q = formParams(form, names);
    var url = "/api/charts/" + encodeURIComponent(fig.dataset.chart) + "?" + q.toString();
    var vis = fig.querySelector(".vis");
    var qc = new URLSearchParams(q); qc.set("format", "csv");
    fig.querySelector("a.csv").href = "/api/charts/" + fig.dataset.chart + "?" + qc.toString();
    fig.querySelector("a.json").href = url;
    vis.dataset.rendered = "pending";
    fig.dataset.url = url;
    return fetch(url, {headers: {"Accept": "application/json"}})
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error(body.detail || ("HTTP " + r.status)); }
          return body;
        });
      })
      .then(function (body) {
        if (fig.dataset.url !== url) { return null; } // a newer filter won the race
        caption(fig, body.meta);
        fig.dataset.newest = body.meta.newest || "";
        return window.ustflowRender(vis, body.spec, fig.dataset.chart);
      })
      .catch(function (err) {
        vis.dataset.rendered = "error";
        vis.textContent = "No chart: " + err.message;
      });
  }

  function loadAll(form, onlyFor) {
    var figs = document.querySelectorAll("figure[data-chart]");
    return Promise.all(Array.prototype.filter.call(figs, function (fig) {
      if (!onlyFor) { return true; }
      var names = (fig.dataset.params || "").split(",").concat(["as_of"]);
      return names.indexOf(onlyFor) >= 0;
    }).map(function (fig) { return load(fig, form); }));
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("filters");
    loadAll(form, null);
    if (!form) { return; }
    form.addEventListener("change", function (ev) {
      var name = ev.target && ev.target.name;
      if (ev.target.checkValidity && !ev.target.checkValidity()) { return; }
      var all = Array.prototype.map.call(form.elements, function (e) { return e.name; }).filter(Boolean);
      history.replaceState(null, "", location.pathname + "?" + formParams(form, all).toString());
      // server-rendered tables and the brief depend on these: reload (the charts come back from the cache)
      if (RELOAD.indexOf(name) >= 0 && document.querySelector("table.data, .card")) {
        location.reload();
        return;
      }
      loadAll(form, name);
    });
  });
})();
