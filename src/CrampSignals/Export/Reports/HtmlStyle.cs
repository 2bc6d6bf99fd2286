using CrampSignals.Signals;

namespace CrampSignals.Export.Reports;

/// <summary>The report's look: one inline style sheet and a colour per finding kind (no fonts or scripts from anywhere).</summary>
internal static class HtmlStyle
{
    public static string Color(FindingKind kind) => kind switch
    {
        FindingKind.PaceSurge => "#f97316",
        FindingKind.FastStart => "#eab308",
        FindingKind.HeatExposure => "#ef4444",
        FindingKind.HotHours => "#fb7185",
        FindingKind.CadenceDrop => "#a855f7",
        FindingKind.NoWarmUp => "#0ea5e9",
        FindingKind.NoCoolDown => "#14b8a6",
        FindingKind.LongRunHydration => "#60a5fa",
        FindingKind.CardiacDrift => "#ec4899",
        _ => "#94a3b8",
    };

    public static string Css()
    {
        var kinds = string.Concat(Enum.GetValues<FindingKind>().Select(k =>
            $".k-{k.ToId()}{{fill:{Color(k)}}}.chip.k-{k.ToId()},.swatch.k-{k.ToId()}{{background:{Color(k)}}}\n"));
        return """
            :root{--ink:#0f172a;--muted:#64748b;--line:#e2e8f0;--bg:#f8fafc;--card:#fff;--cramp:#be123c}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            main{max-width:1040px;margin:0 auto;padding:28px 20px 48px}
            header h1{margin:0;font-size:26px;letter-spacing:-.01em}
            header .file{color:var(--muted);margin:2px 0 16px;overflow-wrap:anywhere}
            h2{font-size:19px;margin:34px 0 12px}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(104px,1fr));gap:10px}
            .tile{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:10px 12px}
            .tile .v{font-size:20px;font-weight:650;white-space:nowrap}
            .tile .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
            .tile.alert .v{color:var(--cramp)}
            .chart-card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:10px 12px 4px;margin-bottom:12px}
            .chart-card h3{margin:0 0 2px;font-size:14px;color:var(--muted);font-weight:600}
            svg.chart{display:block;height:auto}
            svg .plot{fill:#fff;stroke:none}
            svg .grid{stroke:var(--line);stroke-width:1}
            svg .xtick{stroke:var(--muted)}
            svg .tick{fill:var(--muted);font-size:11px}
            svg .series{fill:none;stroke-width:1.8;stroke-linejoin:round;stroke-linecap:round}
            svg .band{opacity:.2}
            svg .cramp{stroke:var(--cramp);stroke-width:2.2;stroke-dasharray:5 3}
            svg .cramp.after{stroke-dasharray:2 3}
            svg .cramp-label{fill:var(--cramp);font-size:11px;font-weight:650}
            .legend{display:flex;flex-wrap:wrap;gap:6px 16px;color:var(--muted);font-size:13px;margin:4px 0 8px}
            .legend span{display:inline-flex;align-items:center;gap:6px}
            .swatch{width:14px;height:10px;border-radius:2px;opacity:.55;display:inline-block}
            .swatch.cramp{background:none;border-left:3px dashed var(--cramp);opacity:1;width:3px;height:14px}
            .missing{color:var(--muted);font-style:italic;margin:4px 0 12px}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:14px}
            .card{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:16px 18px;border-top:5px solid #94a3b8}
            .card.s-moderate{border-top-color:#16a34a}.card.s-mixed{border-top-color:#ca8a04}.card.s-weak{border-top-color:#f97316}.card.s-expert-opinion{border-top-color:#6366f1}
            .card.first{border-top-color:var(--cramp)}
            .card .rank{display:inline-block;min-width:26px;height:26px;border-radius:13px;background:var(--ink);color:#fff;text-align:center;font-weight:700;font-size:13px;line-height:26px;margin-right:8px}
            .card h3{display:inline;font-size:16px;margin:0}
            .card .rule{color:var(--muted);font-size:12px;margin-top:2px}
            .card .headline{font-weight:600;margin:10px 0 8px}
            .card ul{margin:6px 0 8px;padding-left:20px}
            .card li{margin:3px 0}
            .why{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}
            .chip{font-size:12px;border-radius:999px;padding:1px 9px;color:#fff;background:#64748b}
            .chip.cramp{background:var(--cramp)}
            .evidence{font-size:13px;color:var(--muted);border-top:1px solid var(--line);padding-top:8px;margin-top:8px}
            .pill{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:6px;padding:0 6px;margin-right:6px;background:#e2e8f0;color:var(--ink)}
            table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:hidden;font-size:14px}
            th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
            th{background:#f1f5f9;font-weight:600;font-size:13px}
            td.num,th.num{text-align:right}
            .notes{color:var(--muted);font-size:14px}
            .run{border-top:2px solid var(--line);margin-top:40px;padding-top:8px}
            footer{margin-top:36px;color:var(--muted);font-size:13px;border-top:1px solid var(--line);padding-top:12px}
            """ + "\n" + kinds;
    }
}
