using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>
/// The report's look: one inline style sheet, phone first (charts are 600 units wide and their text is sized in those
/// units per screen width so it stays at least 11 CSS px on a phone), a dark scheme, a print sheet, and a colour per
/// finding kind from the Okabe-Ito palette, which people with the common colour-vision deficiencies can tell apart.
/// </summary>
internal static class HtmlStyle
{
    public static string Color(FindingKind kind) => kind switch
    {
        FindingKind.PaceSurge => "#D55E00",
        FindingKind.FastStart => "#E69F00",
        FindingKind.HeatExposure => "#CC79A7",
        FindingKind.HotHours => "#F0E442",
        FindingKind.CadenceDrop => "#0072B2",
        FindingKind.NoWarmUp => "#56B4E9",
        FindingKind.NoCoolDown => "#009E73",
        FindingKind.LongRunHydration => "#999999",
        FindingKind.CardiacDrift => "#882255",
        _ => "#94a3b8",
    };

    public static string Css()
    {
        var kinds = string.Concat(Enum.GetValues<FindingKind>().Select(k =>
        {
            var id = k.ToId();
            var c = Color(k);
            return $".k-{id}{{fill:{c}}}.swatch.k-{id}{{background:{c}}}.chip.k-{id},.tag.k-{id}{{border-color:{c}}}" +
                $"svg .s-{id}{{stroke:{c}}}tr.k-row-{id}>*{{background:color-mix(in srgb,{c} 16%,var(--card))}}tr.k-row-{id}>th{{box-shadow:inset 4px 0 {c}}}\n";
        }));
        return """
            :root{--ink:#0f172a;--muted:#526072;--line:#dbe2ea;--bg:#f4f6f9;--card:#fff;--plot:#fff;--cramp:#be123c;--pace:#1d4ed8;--elev:#7c6f5d;--elev-fill:#d9cfc0;--cad:#6d28d9;--hr:#b91c1c;--air:#c2410c;--wrist:#9a3412;--bar:#bcd3f5;--casing:#ffffff;--map:#eef2f5;--head:#eef2f6}
            @media (prefers-color-scheme:dark){:root{--ink:#e5e9f0;--muted:#a3adbb;--line:#334155;--bg:#0b1220;--card:#131c2e;--plot:#131c2e;--cramp:#fb7185;--pace:#7aa7ff;--elev:#b9ab95;--elev-fill:#4a4338;--cad:#c4a5ff;--hr:#f87171;--air:#fb923c;--wrist:#fdba74;--bar:#2a4a7a;--casing:#0b1220;--map:#1a2538;--head:#1b2639}}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            main{max-width:1100px;margin:0 auto;padding:16px 12px 40px}
            header h1{margin:0;font-size:24px;letter-spacing:-.01em}
            header .file{color:var(--muted);margin:2px 0 14px;overflow-wrap:anywhere;font-size:14px}
            h2{font-size:19px;margin:28px 0 10px}
            h2 .sub{font-size:14px;color:var(--muted);font-weight:500}
            .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            .tiles{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:8px}
            @media (min-width:520px){.tiles{grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}}
            .tile{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:9px 12px;min-width:0}
            .tile .v{font-size:20px;font-weight:700;white-space:nowrap;line-height:1.25;font-variant-numeric:tabular-nums}
            .tile .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
            .tile.alert{border-color:var(--cramp)}
            .tile.alert .v{color:var(--cramp)}
            figure{margin:0}
            .card{background:var(--card);border:1px solid var(--line);border-radius:12px;min-width:0}
            .map-card{padding:8px}
            .overview{display:grid;grid-template-columns:minmax(0,1fr);gap:0 20px}
            @media (min-width:1000px){.overview{grid-template-columns:minmax(0,1fr) minmax(0,1fr);align-items:start}}
            .chart-card{padding:8px 8px 4px}
            .chart-card figcaption{margin:0 4px 2px;font-size:14px;color:var(--muted);font-weight:600}
            .keys{display:flex;flex-wrap:wrap;gap:2px 14px;font-weight:500;font-size:13px}.keys span{display:inline-flex;align-items:center;gap:6px}
            .key{display:inline-block;width:22px;height:0;border-top:3px solid}.key.air{border-color:var(--air)}.key.wrist{border-color:var(--wrist)}.key.wrist.dim{opacity:.55;border-top-style:dashed}
            .charts{display:grid;grid-template-columns:minmax(0,1fr);gap:12px}
            @media (min-width:900px){.charts{grid-template-columns:repeat(2,minmax(0,1fr))}}
            svg{display:block;width:100%;height:auto;max-width:100%}
            svg text{font-family:inherit}
            svg .plot{fill:var(--plot)}
            svg .grid{stroke:var(--line);stroke-width:1px;vector-effect:non-scaling-stroke}
            svg .xtick{stroke:var(--muted);vector-effect:non-scaling-stroke}
            svg .tick,svg .line-label{fill:var(--muted);font-size:20px}
            svg .band{opacity:.28}
            svg .band-label{fill:var(--ink);font-size:20px;font-weight:600;opacity:.85}
            svg .series{fill:none;stroke-width:2.2px;stroke-linejoin:round;stroke-linecap:round;vector-effect:non-scaling-stroke}
            svg .series.pace{stroke:var(--pace)}svg .series.cadence{stroke:var(--cad)}svg .series.heart-rate{stroke:var(--hr)}
            svg .series.elevation{stroke:var(--elev);stroke-width:1.5px}svg .area.elevation{fill:var(--elev-fill);stroke:none}
            svg .series.air{stroke:var(--air);stroke-width:2.6px}svg .series.wrist{stroke:var(--wrist)}
            svg .series.wrist.dim{opacity:.55;stroke-dasharray:6 4}
            svg .line-label.air{fill:var(--air);font-weight:650}svg .line-label.wrist{fill:var(--wrist)}
            svg .cramp{stroke:var(--cramp);stroke-width:2px;stroke-dasharray:6 4;vector-effect:non-scaling-stroke}
            svg .cramp.after{stroke-dasharray:2 3}
            svg .cramp-label{fill:var(--cramp);font-size:20px;font-weight:700}
            svg .map{fill:var(--map)}
            svg.route .casing{fill:none;stroke:var(--casing);stroke-width:9;stroke-linejoin:round;stroke-linecap:round}
            svg.route .pace{fill:none;stroke-width:5;stroke-linejoin:round;stroke-linecap:round}
            svg.route .stretch{fill:none;stroke-width:20;stroke-linecap:round;stroke-linejoin:round;opacity:.45}
            svg .km circle{fill:var(--card);stroke:var(--ink);stroke-width:1.5}
            svg .km text{fill:var(--ink);font-size:20px;font-weight:700}
            svg .start circle{fill:#009E73;stroke:#fff;stroke-width:3}
            svg .finish rect{fill:var(--ink);stroke:var(--casing);stroke-width:3}
            svg .cramp-pin path{fill:var(--cramp);stroke:#fff;stroke-width:2}
            svg .cramp-pin text{fill:#fff;font-size:20px;font-weight:800}
            svg .ribbon{fill:#0072B2;opacity:.22;stroke:none}
            @media (max-width:400px){svg .tick,svg .line-label,svg .band-label,svg .cramp-label,svg .km text,svg .cramp-pin text{font-size:22px}}
            @media (min-width:600px){svg .tick,svg .line-label{font-size:13px}svg .band-label{font-size:12px}svg .cramp-label{font-size:13px}}
            @media (min-width:900px){svg .tick,svg .line-label{font-size:17px}svg .band-label{font-size:16px}svg .cramp-label{font-size:17px}}
            .legend{display:flex;flex-wrap:wrap;gap:4px 14px;color:var(--muted);font-size:13px;margin:6px 4px 4px}
            .legend span{display:inline-flex;align-items:center;gap:5px}
            .legend .ramp{gap:0}.legend .ramp i{width:14px;height:8px;display:inline-block}.legend .ramp span{margin:0 5px}
            .dot{width:12px;height:12px;border-radius:6px;display:inline-block}
            .dot.start{background:#009E73}.dot.finish{background:var(--ink);border-radius:2px}.dot.km{border:1.5px solid var(--ink);background:var(--card)}
            .swatch{width:14px;height:10px;border-radius:2px;display:inline-block;flex:none}
            .swatch.cramp{background:var(--cramp);width:4px;height:14px}
            .missing{color:var(--muted);font-style:italic;margin:4px 0 12px}
            .whole{margin:6px 4px 0;font-size:13px;color:var(--muted)}
            .verdict{margin:0 0 8px;font-size:14px}.verdict.positive{font-weight:600}
            .table-wrap{max-width:100%}
            table{border-collapse:separate;border-spacing:0;width:100%;background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:hidden;font-size:13px}
            th,td{text-align:left;padding:6px 6px;border-bottom:1px solid var(--line);vertical-align:top}
            thead th{background:var(--head);font-weight:600;font-size:12px}
            small{font-size:11px}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            th small{font-weight:500;color:var(--muted)}
            tbody tr:last-child>*{border-bottom:0}
            table.splits{font-size:13px}
            table.splits th[scope=row]{font-weight:700}
            .pace-cell{position:relative;min-width:78px;font-variant-numeric:tabular-nums}
            .pace-cell .bar{position:absolute;left:2px;top:5px;bottom:5px;background:var(--bar);border-radius:3px;max-width:calc(100% - 4px)}
            .pace-cell .pv{position:relative;font-weight:650}
            .tag{position:relative;display:block;max-width:100%;font-size:11px;line-height:1.3;border-left:4px solid;padding:0 0 0 4px;margin-top:2px;color:var(--ink);overflow-wrap:anywhere}
            td.what{overflow-wrap:anywhere}
            @media (max-width:599px){
              table.details thead{display:none}
              table.details,table.details tbody,table.details tr,table.details td{display:block;width:100%}
              table.details tr{border-bottom:1px solid var(--line);padding:4px 0}
              table.details td{border:0;padding:2px 10px;text-align:left}
              table.splits th,table.splits td{padding:5px 2px}
              table.splits .pace-cell{min-width:64px}
            }
            svg.forest{max-width:760px}
            table.stack thead th.num{white-space:normal}table.stack th[scope=row]{white-space:nowrap}
            @media (max-width:599px){
              table.stack thead{display:none}
              table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:100%}
              table.stack tr{border-bottom:1px solid var(--line);padding:4px 0}
              table.stack th,table.stack td{border:0;padding:2px 10px;text-align:left;white-space:normal}
              table.stack td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
            }
            svg.history{max-width:820px;margin:0 auto}.history-forest{margin-bottom:10px}
            @media (min-width:1000px){.tiles.history-tiles{grid-template-columns:repeat(7,minmax(0,1fr))}}
            svg .history-runs{fill:none;stroke:var(--muted);stroke-width:4.5px;stroke-linecap:round;opacity:.5}
            svg .history-cramp{fill:var(--cramp);stroke:var(--card);stroke-width:1.5px}svg .history-cramp.unknown{fill:var(--card);stroke:var(--cramp);stroke-width:2.5px}
            svg a:hover .history-cramp,svg a:focus .history-cramp{stroke:var(--ink);stroke-width:3px}
            svg .crude{fill:var(--card);stroke-width:2.5px}
            svg .tick.none,.none{font-style:italic}
            .dot.plain-run{background:var(--muted);opacity:.6;width:8px;height:8px}.dot.cramp-run{background:var(--cramp)}
            .dot.adjusted{background:var(--ink);border-radius:2px}.dot.crude{border:2px solid var(--ink);background:var(--card)}
            @media (min-width:900px){svg.history .tick{font-size:12px}}
            .patterns{margin-top:4px}
            .pattern{padding:10px 10px 4px}.pattern h3{font-size:15px;margin:0 0 6px}
            .pattern table{font-size:13px}
            td.share{min-width:120px;width:45%}
            .share-bar{display:block;height:8px;background:var(--head);border-radius:4px;overflow:hidden;margin:4px 0 2px}
            .share-bar i{display:block;height:100%;background:var(--cramp)}
            .share .pv{font-variant-numeric:tabular-nums;white-space:nowrap}
            details.left-out{padding:8px 12px;margin:8px 0}details.left-out summary{cursor:pointer;font-weight:600}
            details.left-out table{margin:8px 0}
            table.history-cramps q{overflow-wrap:anywhere}
            table.history-cramps td.date,table.history-cramps td.source,table.history-cramps td.when{white-space:nowrap}
            @media (max-width:599px){
              table.history-cramps thead{display:none}
              table.history-cramps,table.history-cramps tbody,table.history-cramps tr{display:block;width:100%}
              table.history-cramps tr{border-bottom:1px solid var(--line);padding:6px 10px}
              table.history-cramps td{display:inline;border:0;padding:0;white-space:normal}
              table.history-cramps td.words{display:block;margin:2px 0}
              table.history-cramps td.date::after,table.history-cramps td.run-name::after,table.history-cramps td.muscle::after{content:" · ";color:var(--muted)}
              table.history-cramps td.source,table.history-cramps td.muscle,table.history-cramps td.when{color:var(--muted)}
            }
            details.evidence summary{cursor:pointer}
            @media (min-width:1000px){.cards.top3{grid-template-columns:repeat(3,minmax(0,1fr))}}
            .cards{display:grid;grid-template-columns:minmax(0,1fr);gap:12px}
            @media (min-width:700px){.cards{grid-template-columns:repeat(2,minmax(0,1fr))}}
            .advice{padding:14px 14px;border-top:5px solid #94a3b8}
            .advice.s-moderate{border-top-color:#009E73}.advice.s-mixed{border-top-color:#E69F00}.advice.s-weak{border-top-color:#D55E00}.advice.s-expert-opinion{border-top-color:#0072B2}
            .advice.first{border-top-color:var(--cramp)}
            .card-head{display:flex;gap:8px;align-items:flex-start}
            .advice .rank{flex:none;min-width:26px;height:26px;border-radius:13px;background:var(--ink);color:var(--card);text-align:center;font-weight:700;font-size:13px;line-height:26px}
            .advice h3{font-size:16px;margin:1px 0 0;overflow-wrap:anywhere}
            .advice .rule{color:var(--muted);font-size:12px;margin-top:2px}
            .advice .headline{font-weight:600;margin:10px 0 8px}
            .advice ul{margin:6px 0 8px;padding-left:20px}
            .advice li{margin:3px 0}
            .why{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
            .chip{font-size:12px;border-radius:999px;padding:1px 9px;color:var(--ink);background:var(--card);border:2px solid var(--muted)}
            .chip.cramp{background:var(--cramp);border-color:var(--cramp);color:#fff}
            @media (prefers-color-scheme:dark){.chip.cramp{color:#1b0a10}}
            .evidence{font-size:13px;color:var(--muted);border-top:1px solid var(--line);padding-top:8px;margin-top:8px}
            .pill{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:6px;padding:0 6px;margin-right:4px;background:var(--head);color:var(--ink)}
            .notes{color:var(--muted);font-size:14px;overflow-wrap:anywhere}
            .run{border-top:2px solid var(--line);margin-top:40px;padding-top:8px}
            footer{margin-top:36px;color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding-top:12px}
            @media (min-width:600px){main{padding:24px 20px 48px}header h1{font-size:26px}th,td{padding:7px 10px}table{font-size:14px}}
            @media print{
              :root{--ink:#000;--muted:#333;--bg:#fff;--card:#fff;--plot:#fff;--line:#bbb;--map:#f3f3f3;--head:#eee}
              body{font-size:11pt}main{max-width:none;padding:0}
              .card,.tile,table,figure,tr{break-inside:avoid}
              h2{break-after:avoid}
              .charts,.cards{grid-template-columns:minmax(0,1fr)}
              svg .tick,svg .line-label{font-size:11px}
            }
            """ + "\n" + kinds;
    }
}
