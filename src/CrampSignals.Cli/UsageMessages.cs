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
    public static string Readable(string message) => Readable(message, null);

    /// <summary>
    /// As <see cref="Readable(string)"/>; with the <paramref name="parse"/> result, a word in the place of a command that
    /// names none becomes "unknown command 'analyse'; did you mean 'analyze'?".
    /// </summary>
    public static string Readable(string message, ParseResult? parse)
    {
        var unknown = Unrecognized().Match(message);
        if (unknown.Success && parse is not null && UnknownCommand(unknown.Groups["value"].Value, parse) is string command) return command;
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
            var options = OptionNames(parse.CommandResult.Command);
            yield return Closest(v, options) is string near ? $"unknown option '{v}'; did you mean '{near}'?" : $"unknown option '{v}'";
        }
    }

    /// <summary>"unknown command 'x'" with the nearest command, when <paramref name="word"/> stands where the tool expects one.</summary>
    private static string? UnknownCommand(string word, ParseResult parse)
    {
        // Only the first word names a command; an unrecognised word after one is an argument it did not expect.
        var command = parse.CommandResult.Command;
        if (command.Subcommands.Count == 0 || parse.Tokens.Count == 0 || parse.Tokens[0].Value != word || word.StartsWith('-')) return null;
        var names = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();
        return Closest(word, names) is string near
            ? $"unknown command '{word}'; did you mean '{near}'?"
            : $"unknown command '{word}' (commands: {string.Join(", ", command.Subcommands.Select(c => c.Name))})";
    }

    private static List<string> OptionNames(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            foreach (var o in c.Options)
                if (ReferenceEquals(c, command) || o.Recursive) names.AddRange(o.Aliases.Prepend(o.Name));
        return names;
    }

    /// <summary>
    /// The one name within two edits of <paramref name="word"/> (a letter swapped, missed or doubled: "analyse", "--mass-befor"),
    /// the nearest when several are; null when none is that close, so a guess is never far-fetched.
    /// </summary>
    internal static string? Closest(string word, IEnumerable<string> names)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var d = Distance(word.ToLowerInvariant(), name.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (name, d);
        }
        var allowed = Math.Min(2, Math.Max(1, word.TrimStart('-').Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    // Damerau-Levenshtein (optimal string alignment): a swap of two neighbours is one edit, as a typist makes it.
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<value>.*)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex CannotParse();
}
