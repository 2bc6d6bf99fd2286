using System.Collections.Immutable;
using System.Xml;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Formats;

/// <summary>
/// Collects parse warnings with the reader's line and position. Keeps the first <see cref="MaxListed"/> and counts
/// the rest, so that a file with a million bad values cannot grow the warning list without bound.
/// </summary>
internal sealed class WarningCollector
{
    /// <summary>How many warnings are listed one by one.</summary>
    public const int MaxListed = WarningCap.MaxListed;

    private readonly WarningCap _warnings = new();

    /// <summary>Warnings listed so far.</summary>
    public IReadOnlyList<ParseWarning> Listed => _warnings.Listed;

    /// <summary>Warnings counted but not listed.</summary>
    public int Suppressed => _warnings.Suppressed;

    /// <summary>Adds a warning at the reader's current location.</summary>
    public void Add(string message, XmlReader reader)
    {
        var (line, position) = SafeXmlReader.LocationOf(reader);
        Add(new ParseWarning(message, null, line, position));
    }

    /// <summary>Adds a warning.</summary>
    public void Add(ParseWarning warning) => _warnings.Add(warning);

    /// <summary>The listed warnings, plus one that says how many more were not listed.</summary>
    public ImmutableArray<ParseWarning> ToImmutable() => _warnings.ToImmutable();
}
