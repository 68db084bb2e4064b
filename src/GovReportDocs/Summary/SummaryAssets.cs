using System.Text;
using GovReportDocs.NationalFormat;
using GovReportDocs.Html;

namespace GovReportDocs.Summary;

/// <summary>
/// The summary page's one style sheet and one script, inside the page (a host serving it allows exactly these two by
/// their hashes). The script only sorts, filters and opens an office's findings; the page reads the same without it.
/// Colours are dark on white and differ in lightness, so a grey-scale print keeps them apart; A4 landscape in print.
/// </summary>
internal static class SummaryAssets
{
    /// <summary>Table text in rem, and the page's side padding: what the region tables' own rules are computed for.</summary>
    private const double TableRem = 0.8125, PaddingRem = 1.5;

    /// <summary>The widest the region's tables get on screen, in rem (laid out by content there, as on a report's page).</summary>
    private const double RegionTablesRem = 60;

    public static string Style { get; } = BuildStyle();

    private static string BuildStyle()
    {
        var css = new StringBuilder();
        css.Append("""
            *,*::before,*::after{box-sizing:border-box}
            html{color-scheme:light}
            body{margin:0;background:#fff;color:#1a1a1a;font-family:"Microsoft YaHei","微软雅黑","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;font-size:.9375rem;line-height:1.6}
            main{max-width:90rem;margin:0 auto;padding:1.5rem 1.5rem 3rem}
            h1{font-size:1.5rem;margin:0 0 .5rem}
            h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #1a1a1a}
            h3{font-size:1.0625rem;margin:1.5rem 0 .5rem}
            a{color:#0b3d7a}
            a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,.table-scroll:focus-visible{outline:3px solid #0b3d7a;outline-offset:2px}
            .skip{position:absolute;left:-999px}
            .skip:focus{left:1rem;top:1rem;background:#fff;padding:.25rem .5rem;z-index:2}
            .toc{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:.5rem 0}
            .muted{color:#555}
            .defs{position:absolute;width:0;height:0;overflow:hidden}
            .table-scroll{overflow-x:auto;margin:.5rem 0 1rem}
            table{border-collapse:collapse;font-size:.8125rem;line-height:1.4}
            caption{caption-side:top;text-align:left;font-weight:bold;padding:.25rem 0}
            th,td{border:1px solid #555;padding:.25rem .4rem;vertical-align:middle}
            thead th{background:#e8e8e8;font-weight:bold}
            .offices td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .offices tbody th{text-align:left;font-weight:normal;min-width:12em}
            .offices td.status{text-align:center;font-weight:bold}
            .offices td.errors{background:#1a1a1a;color:#fff}
            .offices td.warnings{background:#d0d0d0}
            .offices td.late{font-weight:bold;text-decoration:underline}
            .offices thead th button{appearance:none;border:0;background:none;padding:0;margin:0;font:inherit;color:inherit;text-align:inherit;cursor:pointer;text-decoration:underline dotted}
            .offices thead th[aria-sort=ascending] button::after{content:" ▲"}
            .offices thead th[aria-sort=descending] button::after{content:" ▼"}
            .filters{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;margin:.5rem 0}
            .filters[hidden]{display:none}
            .filters input,.filters select{font:inherit;padding:.15rem .3rem;border:1px solid #555}
            table.data{margin:.5rem 0 1rem}
            table.data td,table.data th{text-align:left}
            .finding-list tr.error td:first-child{font-weight:bold}
            details.findings{border:1px solid #888;margin:.4rem 0;padding:.25rem .75rem}
            details.findings[open]{border-color:#1a1a1a}
            details.findings summary{cursor:pointer;font-weight:bold}
            details.findings:target{outline:3px solid #0b3d7a}
            .chart{margin:1rem 0 1.5rem;break-inside:avoid}
            .chart figcaption{font-weight:bold;margin-bottom:.25rem}
            .chart svg.bars{max-width:100%;height:auto}
            .chart svg text{font-size:12px;fill:#1a1a1a;font-family:inherit}
            .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0;font-size:.8125rem}
            .legend svg{vertical-align:-2px;margin-right:.25rem}
            .chart-data summary{cursor:pointer;color:#0b3d7a}
            .region-tables{max-width:60rem}
            .region-tables table{width:100%;table-layout:fixed;border:1px solid #000}
            .region-tables th,.region-tables td{border:1px solid #000;text-align:center;font-weight:normal}
            .region-tables td{font-variant-numeric:tabular-nums}
            .region-tables caption{font-weight:bold}
            @media screen{.region-tables table{table-layout:auto}}
            @page{size:A4 landscape;margin:10mm 10mm 12mm}
            @media print{
            body{font-size:9pt}
            main{max-width:none;padding:0}
            .skip,.toc,.filters,.chart-data summary{display:none}
            .table-scroll{overflow:visible}
            table{font-size:7.5pt}
            tr{break-inside:avoid}
            h2,h3{break-after:avoid}
            section{break-before:page}
            thead th{background:#e8e8e8;-webkit-print-color-adjust:exact;print-color-adjust:exact}
            .offices td.errors{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            }

            """);
        css.Append(HtmlTableStyle.Css(ReportTables.All, TableRem, PaddingRem, RegionTablesRem));
        return css.ToString();
    }

    /// <summary>Sorting by a column (its cells' data-v), filtering by name, status or lateness, opening an office's findings.</summary>
    public const string Script = """

        (function () {
          'use strict';
          function sortBy(table, th, index) {
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            var numeric = th.getAttribute('data-sort') === 'number';
            table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            function key(row) {
              var cell = row.cells[index];
              var value = cell.getAttribute('data-v');
              if (value === null) { value = cell.textContent; }
              return numeric ? (value === '' ? -Infinity : parseFloat(value)) : value;
            }
            rows.sort(function (a, b) {
              var x = key(a), y = key(b);
              var order = numeric ? x - y : String(x).localeCompare(String(y), 'zh-CN');
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          }
          document.querySelectorAll('table.offices').forEach(function (table) {
            table.querySelectorAll('thead th').forEach(function (th, index) {
              var button = document.createElement('button');
              button.type = 'button';
              button.textContent = th.textContent;
              button.title = '按“' + th.textContent + '”排序';
              th.textContent = '';
              th.appendChild(button);
              button.addEventListener('click', function () { sortBy(table, th, index); });
            });
          });
          document.querySelectorAll('.filters').forEach(function (filters) {
            var table = document.getElementById(filters.getAttribute('data-for'));
            var query = filters.querySelector('input');
            var status = filters.querySelector('select');
            var count = filters.querySelector('.count');
            function apply() {
              var q = query.value.trim();
              var s = status.value;
              var shown = 0, rows = table.tBodies[0].rows;
              Array.prototype.forEach.call(rows, function (row) {
                var fits = (q === '' || row.getAttribute('data-agency').indexOf(q) >= 0)
                  && (s === '' || (s === 'late' ? row.getAttribute('data-late') === 'true' : row.getAttribute('data-status') === s));
                row.hidden = !fits;
                if (fits) { shown++; }
              });
              count.textContent = '显示' + shown + '个机关，共' + rows.length + '个';
            }
            query.addEventListener('input', apply);
            status.addEventListener('change', apply);
            filters.hidden = false;
            apply();
          });
          function openTarget() {
            var id = decodeURIComponent(location.hash.slice(1));
            var target = id && document.getElementById(id);
            if (target && target.tagName === 'DETAILS') { target.open = true; }
          }
          window.addEventListener('hashchange', openTarget);
          openTarget();
          window.addEventListener('beforeprint', function () {
            document.querySelectorAll('details').forEach(function (d) { d.open = true; });
          });
        })();

        """;
}
