package no.veiviser.models.audit;

/** The report's only style sheet, inlined in its head: no fonts, images or other files are loaded. */
public final class HtmlStyle {
    public static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; color: #1c2128; background: #fff;
              font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
            main { max-width: 1220px; margin: 0 auto; padding: 20px 28px 56px; }
            h1 { font-size: 25px; margin: 4px 0 6px; }
            h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #c9d1d9; }
            h3 { font-size: 16px; margin: 26px 0 8px; }
            h4 { font-size: 14px; margin: 16px 0 6px; }
            p, ul { max-width: 920px; }
            code, .hash { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
            .subtitle { color: #57606a; margin: 0 0 12px; }
            nav ol { display: flex; flex-wrap: wrap; gap: 4px 20px; padding: 0; margin: 8px 0 0; list-style: none; }
            nav a { color: #0b5cad; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 8px 0 16px; }
            dl.facts dt { font-weight: 600; color: #3d444d; }
            dl.facts dd { margin: 0; }
            .table-wrap { overflow-x: auto; max-width: 100%; }
            table { border-collapse: collapse; margin: 6px 0 18px; font-size: 13px; }
            caption { text-align: left; font-weight: 600; padding: 4px 0; }
            th, td { border: 1px solid #c9d1d9; padding: 4px 8px; text-align: left; vertical-align: top; }
            thead th { background: #eef1f4; vertical-align: bottom; }
            tbody th { font-weight: 600; background: #f7f8fa; }
            td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .ci { display: block; color: #57606a; font-size: 11px; white-space: nowrap; }
            .ratio { display: block; margin-top: 3px; padding-top: 2px; border-top: 1px dotted #c9d1d9; }
            td.flag, span.flag, li.flag { background: #c62828; color: #fff; }
            td.flag .ci { color: #fde7e7; }
            .flag-word { display: inline-block; font-weight: 700; letter-spacing: 0.04em; }
            span.flag { padding: 0 5px; border-radius: 3px; }
            tr.flagged-group > th:first-child { box-shadow: inset 5px 0 0 #c62828; }
            tr.reasons td { background: #fff4f4; border-top: none; font-size: 13px; }
            tr.reasons ul { margin: 2px 0; padding-left: 20px; }
            .badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; background: #e6ebf0; color: #3d444d; }
            ul.flags li { margin: 3px 0; }
            .ok { color: #1a7f37; font-weight: 600; }
            .note-text { color: #57606a; }
            figure { margin: 10px 0 22px; }
            figcaption { font-size: 13px; color: #57606a; max-width: 760px; margin-top: 4px; }
            .charts { display: flex; flex-wrap: wrap; gap: 8px 28px; align-items: flex-start; }
            .charts figure { margin: 6px 0 14px; }
            .charts figcaption { max-width: 540px; }
            code.sub { display: block; font-size: 11px; color: #57606a; font-weight: normal; word-break: normal; }
            blockquote { margin: 6px 0; padding: 4px 12px; border-left: 4px solid #c9d1d9; color: #3d444d; max-width: 920px; }
            svg { display: block; max-width: 100%; height: auto; overflow: visible; }
            svg text { font-family: inherit; font-size: 12px; fill: #1c2128; }
            svg .tick { font-size: 11px; fill: #57606a; }
            svg .axis-title { font-size: 12px; font-weight: 600; fill: #3d444d; }
            svg .note { fill: #57606a; font-style: italic; }
            svg .value.flagged, svg .threshold-label { fill: #c62828; font-weight: 600; }
            svg .cell { font-size: 11px; fill: #1c2128; }
            svg .cell.strong { font-size: 13px; font-weight: 700; }
            svg .cell.dark, svg .segment.dark { fill: #fff; }
            svg .segment { font-size: 10px; fill: #111; }
            svg .axis { stroke: #57606a; stroke-width: 1; }
            svg .grid { stroke: #e4e8ec; stroke-width: 1; }
            svg .diag { stroke: #8c959f; stroke-width: 1.2; stroke-dasharray: 5 4; }
            svg .zero { stroke: #3d444d; stroke-width: 1; stroke-dasharray: 4 3; }
            svg .threshold { stroke: #c62828; stroke-width: 1.5; stroke-dasharray: 5 3; }
            svg .agree { stroke: #1c2128; stroke-width: 1.5; }
            svg .series { fill: none; stroke: #0072B2; stroke-width: 1.6; }
            svg .point { fill: #0072B2; stroke: #fff; stroke-width: 1; }
            svg .dot { fill: #0072B2; fill-opacity: 0.45; }
            footer { margin-top: 48px; color: #57606a; font-size: 12px; border-top: 1px solid #c9d1d9; padding-top: 8px; }
            @media print {
              body { font-size: 11px; }
              main { max-width: none; padding: 0; }
              nav { display: none; }
              h2 { break-after: avoid; }
              figure, tr, svg, blockquote { break-inside: avoid; }
              .table-wrap { overflow: visible; }
              table { font-size: 10px; }
              table.fairness { font-size: 9px; }
              table.fairness th, table.fairness td { padding: 2px 3px; }
              table.fairness .ci { font-size: 8px; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private HtmlStyle() {
    }
}
