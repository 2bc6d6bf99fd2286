using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Text;
using static CrampSignals.Reports.SvgChart;

namespace CrampSignals.Reports;

/// <summary>
/// Draws the run's route as inline SVG on a local flat projection (metres east and north of the route's centre; no map
/// tiles, nothing fetched): the line coloured by pace, start and finish, a marker every kilometre or mile, the stretches
/// of the findings under the line, and each cramp where it struck. At most <see cref="MaxPoints"/> points are drawn
/// whatever the run's length, so the map's size is bounded by the drawing.
/// </summary>
internal static class RouteMap
{
    public const int MaxPoints = 900;

    /// <summary>Most distance markers drawn; longer runs label every 2nd, 5th, 10th... one.</summary>
    public const int MaxDistanceMarkers = 30;

    public const double Width = 600;
    private const double Pad = 26;
    private const double EarthRadius = 6371008.8;

    /// <summary>Pace colours from slow to fast (a sequential, colour-blind-safe ramp).</summary>
    public static readonly string[] PaceColors = ["#2b5e9e", "#3f8fb8", "#5fb0a0", "#d9a521", "#e5731c", "#c9341f"];

    private sealed record Point(double Seconds, double X, double Y, double Meters);

    /// <summary>True when the run has positions to draw.</summary>
    public static bool HasRoute(SampleTable s) => s.Has(SampleChannel.Latitude) && s.Has(SampleChannel.Longitude) && Project(s, out _).Count >= 2;

    public static string Render(string id, RunReport report)
    {
        var s = report.Activity.Samples;
        var points = Project(s, out var extent);
        var units = report.Units;
        var (minX, minY, maxX, maxY) = extent;
        var spanX = Math.Max(maxX - minX, 1);
        var spanY = Math.Max(maxY - minY, 1);
        // A tall route is drawn in a square at most; a flat one keeps a readable height.
        var aspect = Math.Clamp(spanY / spanX, 0.45, 1.0);
        var height = Width * aspect;
        var scale = Math.Min((Width - 2 * Pad) / spanX, (height - 2 * Pad) / spanY);
        var offX = (Width - spanX * scale) / 2;
        var offY = (height - spanY * scale) / 2;
        double Sx(double x) => offX + (x - minX) * scale;
        double Sy(double y) => height - (offY + (y - minY) * scale);

        var first = s.FirstUnixSeconds;
        var sb = new StringBuilder();
        var title = $"Route, {UnitFormat.DistanceText(points[^1].Meters, units)}, coloured by pace; start, finish, {UnitFormat.DistanceUnit(units)} markers and {Count(report.Signals.Cramps.Length, "cramp")} marked";
        sb.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"route\" data-chart=\"route\" viewBox=\"0 0 {F(Width)} {F(height)}\" role=\"img\" aria-labelledby=\"{id}-t\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Esc(title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"map\" x=\"0\" y=\"0\" width=\"{F(Width)}\" height=\"{F(height)}\" rx=\"8\"/>");

        // Finding stretches under the line, wide and translucent, so the pace colours stay readable on top.
        var findings = report.Signals.Findings;
        for (var f = 0; f < findings.Length; f++)
        {
            if (!RunSplits.IsStretch(findings[f], report)) continue;
            var from = UnixTime.FromDateTime(findings[f].Start) - first;
            var to = UnixTime.FromDateTime(findings[f].End) - first;
            var d = PathOf(points.Where(p => p.Seconds >= from && p.Seconds <= to), Sx, Sy);
            if (d.Length == 0) continue;
            var kind = findings[f].Kind.ToId();
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"stretch s-{kind}\" data-finding=\"{f}\" data-kind=\"{kind}\" d=\"{d}\"><title>{Esc($"finding {f}: {kind} - {ReportFormat.InUnits(report, findings[f].Summary)}")}</title></path>");
        }

        // The line in pace bins: one path per colour keeps the markup small.
        var pace = PacePerPoint(points);
        var finite = pace.Where(double.IsFinite).Order().ToArray();
        var casing = PathOf(points, Sx, Sy);
        sb.Append(CultureInfo.InvariantCulture, $"<path class=\"casing\" d=\"{casing}\"/>");
        if (finite.Length > 0)
        {
            var fast = finite[(int)(0.05 * (finite.Length - 1))];
            var slow = finite[(int)(0.95 * (finite.Length - 1))];
            int Bin(double p) => !double.IsFinite(p) ? 0 : slow - fast < 1 ? PaceColors.Length / 2
                : Math.Clamp((int)((slow - p) / (slow - fast) * PaceColors.Length), 0, PaceColors.Length - 1);
            var paths = PaceColors.Select(_ => new StringBuilder()).ToArray();
            for (var i = 1; i < points.Count; i++)
            {
                var bin = Bin(pace[i]);
                paths[bin].Append('M').Append(F(Sx(points[i - 1].X))).Append(',').Append(F(Sy(points[i - 1].Y)))
                    .Append('L').Append(F(Sx(points[i].X))).Append(',').Append(F(Sy(points[i].Y)));
            }
            for (var b = 0; b < paths.Length; b++)
                if (paths[b].Length > 0) sb.Append(CultureInfo.InvariantCulture, $"<path class=\"pace\" stroke=\"{PaceColors[b]}\" d=\"{Merge(paths[b].ToString())}\"/>");
        }
        else sb.Append(CultureInfo.InvariantCulture, $"<path class=\"pace\" stroke=\"{PaceColors[2]}\" d=\"{casing}\"/>");

        DistanceMarkers(sb, points, units, Sx, Sy);

        var start = points[0];
        var end = points[^1];
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"finish\"><rect x=\"{F(Sx(end.X) - 8)}\" y=\"{F(Sy(end.Y) - 8)}\" width=\"16\" height=\"16\" rx=\"3\"/><title>finish</title></g>");
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"start\"><circle cx=\"{F(Sx(start.X))}\" cy=\"{F(Sy(start.Y))}\" r=\"9\"/><title>start</title></g>");

        for (var c = 0; c < report.Signals.Cramps.Length; c++)
        {
            var cramp = report.Signals.Cramps[c];
            var at = UnixTime.FromDateTime(cramp.Time) - first;
            var p = At(points, at);
            var x = Sx(p.X);
            var y = Sy(p.Y);
            var label = $"cramp {c}: {ReportFormat.Muscle(cramp.Cramp.Muscle)} at {ReportFormat.Elapsed(report, cramp.Time)}, {UnitFormat.DistanceText(p.Meters, units)}{(cramp.AfterRun ? " (after the run)" : "")}";
            // A pin: the point sits on the route, the head above it so the line beneath stays visible.
            sb.Append(CultureInfo.InvariantCulture,
                $"<g class=\"cramp-pin\" data-cramp=\"{c}\" transform=\"translate({F(x)},{F(y)})\"><title>{Esc(label)}</title><path d=\"M0,0L-10,-19A16,16 0 1 1 10,-19Z\"/><text x=\"0\" y=\"-24\" text-anchor=\"middle\">{c}</text></g>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>"1 cramp", "2 cramps".</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";

    /// <summary>Air between two distance markers' circles, in map units.</summary>
    private const double MarkerGap = 2;

    private static void DistanceMarkers(StringBuilder sb, List<Point> points, UnitSystem units, Func<double, double> sx, Func<double, double> sy)
    {
        var split = UnitFormat.SplitMeters(units);
        var total = points[^1].Meters;
        var count = (int)Math.Floor(total / split);
        if (count < 1) return;
        var every = new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }.FirstOrDefault(e => count / e <= MaxDistanceMarkers, 1000);
        var j = 0;
        // Where the route passes the same place again (laps, out and back) a marker that would cover another is left out.
        var drawn = new List<(double X, double Y, double R)>();
        for (var k = every; k <= count; k += every)
        {
            var target = k * split;
            while (j < points.Count - 1 && points[j + 1].Meters < target) j++;
            if (j >= points.Count - 1) break;
            var a = points[j];
            var b = points[j + 1];
            var f = b.Meters > a.Meters ? (target - a.Meters) / (b.Meters - a.Meters) : 0;
            var x = sx(a.X + f * (b.X - a.X));
            var y = sy(a.Y + f * (b.Y - a.Y));
            var label = k.ToString(CultureInfo.InvariantCulture);
            var radius = label.Length > 2 ? 20 : 16;
            if (drawn.Any(d => Math.Sqrt((d.X - x) * (d.X - x) + (d.Y - y) * (d.Y - y)) < d.R + radius + MarkerGap)) continue;
            drawn.Add((x, y, radius));
            sb.Append(CultureInfo.InvariantCulture,
                $"<g class=\"km\" data-distance=\"{label}\"><circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{radius}\"/><text x=\"{F(x)}\" y=\"{F(y + 7)}\" text-anchor=\"middle\">{label}</text><title>{label} {UnitFormat.DistanceUnit(units)}</title></g>");
        }
    }

    private static Point At(List<Point> points, double seconds)
    {
        if (seconds <= points[0].Seconds) return points[0];
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Seconds < seconds) continue;
            var a = points[i - 1];
            var b = points[i];
            var f = b.Seconds > a.Seconds ? (seconds - a.Seconds) / (b.Seconds - a.Seconds) : 0;
            return new Point(seconds, a.X + f * (b.X - a.X), a.Y + f * (b.Y - a.Y), a.Meters + f * (b.Meters - a.Meters));
        }
        return points[^1];
    }

    /// <summary>Pace around each point, s/m scaled to s/km, from the neighbours' distance and time; NaN at a stop.</summary>
    private static double[] PacePerPoint(List<Point> points)
    {
        var pace = new double[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var a = points[Math.Max(0, i - 2)];
            var b = points[Math.Min(points.Count - 1, i + 2)];
            var dt = b.Seconds - a.Seconds;
            var dm = b.Meters - a.Meters;
            pace[i] = dt > 0 && dm / dt >= ChartSeries.MinPaceSpeed ? 1000 * dt / dm : double.NaN;
        }
        return pace;
    }

    private static string PathOf(IEnumerable<Point> points, Func<double, double> sx, Func<double, double> sy)
    {
        var sb = new StringBuilder();
        foreach (var p in points) sb.Append(sb.Length == 0 ? 'M' : 'L').Append(F(sx(p.X))).Append(',').Append(F(sy(p.Y)));
        return sb.Length > 0 && sb.ToString().Contains('L') ? sb.ToString() : "";
    }

    /// <summary>Joins "M a L b M b L c" into "M a L b L c": consecutive segments of one colour become one run of the pen.</summary>
    private static string Merge(string d)
    {
        var parts = d.Split('M', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        var lastEnd = "";
        foreach (var part in parts)
        {
            var ends = part.Split('L');
            if (ends[0] == lastEnd) sb.Append('L').Append(ends[1]);
            else sb.Append('M').Append(ends[0]).Append('L').Append(ends[1]);
            lastEnd = ends[1];
        }
        return sb.ToString();
    }

    /// <summary>Positions in metres east and north of the route's centre, thinned to one point per time bucket.</summary>
    private static List<Point> Project(SampleTable s, out (double MinX, double MinY, double MaxX, double MaxY) extent)
    {
        var t = s.UnixSeconds;
        var lat = s.Latitude;
        var lon = s.Longitude;
        var meters = RunDistance.Cumulative(s);
        double latSum = 0, lonSum = 0; var n = 0;
        double firstT = double.NaN, lastT = double.NaN;
        for (var i = 0; i < s.Count; i++)
        {
            if (!Valid(t[i], lat[i], lon[i])) continue;
            latSum += lat[i]; lonSum += lon[i]; n++;
            if (double.IsNaN(firstT)) firstT = t[i];
            if (!(t[i] < lastT)) lastT = t[i];
        }
        var points = new List<Point>();
        extent = (0, 0, 1, 1);
        if (n < 2) return points;
        var lat0 = latSum / n;
        var lon0 = lonSum / n;
        var cos = Math.Cos(lat0 * Math.PI / 180);
        var start = s.FirstUnixSeconds;
        var bucketSeconds = Math.Max((lastT - firstT) / MaxPoints, 1e-9);
        var lastBucket = -1;
        double previousT = double.NegativeInfinity;
        int lastIndex = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (!Valid(t[i], lat[i], lon[i]) || t[i] < previousT) continue;
            previousT = t[i];
            lastIndex = i;
            var bucket = (int)((t[i] - firstT) / bucketSeconds);
            if (bucket == lastBucket) continue;
            lastBucket = bucket;
            points.Add(ToPoint(t[i] - start, lat[i], lon[i], meters[i], lat0, lon0, cos));
        }
        if (lastIndex >= 0 && points[^1].Seconds < t[lastIndex] - start)
            points.Add(ToPoint(t[lastIndex] - start, lat[lastIndex], lon[lastIndex], meters[lastIndex], lat0, lon0, cos));
        extent = (points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
        return points;
    }

    private static Point ToPoint(double seconds, double lat, double lon, double meters, double lat0, double lon0, double cos)
    {
        // Longitude wraps at the antimeridian: take the short way round from the centre.
        var dLon = lon - lon0;
        if (dLon > 180) dLon -= 360; else if (dLon < -180) dLon += 360;
        var x = dLon * Math.PI / 180 * EarthRadius * cos;
        var y = (lat - lat0) * Math.PI / 180 * EarthRadius;
        return new Point(seconds, x, y, double.IsFinite(meters) ? meters : 0);
    }

    private static bool Valid(double t, double lat, double lon) =>
        double.IsFinite(t) && double.IsFinite(lat) && double.IsFinite(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180;
}
