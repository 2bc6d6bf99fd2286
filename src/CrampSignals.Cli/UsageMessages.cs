using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampSignals.Cli;

/// <summary>Usage errors in the words of the command line, not of .NET.</summary>
internal static partial class UsageMessages
{
    /// <summary>
    /// "Cannot parse argument 'x' for option '--mass-before' as expected type 'System.Nullable`1[System.Double]'" becomes
    /// "--mass-before: 'x' is not a number (expected e.g. 72.5)"; other messages pass unchanged.
    /// </summary>
    public static string Readable(string message)
    {
        var m = CannotParse().Match(message);
        if (!m.Success) return message;
        var type = m.Groups["type"].Value;
        var expected = type.Contains("Int", StringComparison.Ordinal) ? "a whole number, e.g. 3"
            : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) ? "a number, e.g. 72.5"
            : type.Contains("DateTime", StringComparison.Ordinal) ? "a date and time, e.g. 2024-07-14T09:31:05+02:00"
            : type.Contains("TimeSpan", StringComparison.Ordinal) ? "a duration, e.g. 01:30:00"
            : "another value";
        return string.Create(CultureInfo.InvariantCulture, $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not valid (expected {expected})");
    }

    /// <summary>
    /// Tokens that look like options but name none (<c>--bogus</c>, <c>-x</c>): the parser would otherwise take them for
    /// file names. A lone <c>-</c>, negative numbers and anything after <c>--</c> are arguments.
    /// </summary>
    public static IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) yield break;
            if (token.Type != TokenType.Argument) continue;
            var v = token.Value;
            if (v.Length < 2 || v[0] != '-' || double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) continue;
            yield return $"unknown option '{v}'";
        }
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex CannotParse();
}
