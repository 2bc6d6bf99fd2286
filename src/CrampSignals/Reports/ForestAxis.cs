using System.Globalization;
using System.Text;
using static CrampSignals.Reports.SvgChart;

namespace CrampSignals.Reports;

/// <summary>The log-scale axis of a forest plot of odds ratios: a grid line per decade, their labels, and the line at 1.</summary>
internal static class ForestAxis
{
    /// <summary>
    /// Draws decades <paramref name="lo"/> to <paramref name="hi"/> (powers of ten) at <paramref name="x"/>, labelled every
    /// other one when they would crowd (a label is about 5 characters of 12 units), and the no-effect line at 1.
    /// </summary>
    public static void Draw(StringBuilder sb, double lo, double hi, Func<double, double> x, double plotWidth, double bottom, double height)
    {
        var every = (int)(hi - lo) * 90 > plotWidth ? 2 : 1;
        for (var d = lo; d <= hi; d++)
        {
            var at = x(Math.Pow(10, d));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(at)}\" x2=\"{F(at)}\" y1=\"4\" y2=\"{F(bottom)}\"/>");
            if ((int)(d - lo) % every != 0) continue;
            var anchor = d == lo ? "start" : d == hi ? "end" : "middle";
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(at)}\" y=\"{F(height - 8)}\" text-anchor=\"{anchor}\">{Advice.Units.Num(Math.Pow(10, d), d < 0 ? (int)-d : 0)}</text>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"cramp\" x1=\"{F(x(1))}\" x2=\"{F(x(1))}\" y1=\"4\" y2=\"{F(bottom)}\"/>");
    }
}
