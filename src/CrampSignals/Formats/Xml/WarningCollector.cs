using System.Collections.Immutable;
using System.Xml;
using CrampSignals.Activities;

namespace CrampSignals.Formats.Xml;

/// <summary>
/// Collects parse warnings with the reader's line and position. Keeps the first <see cref="MaxListed"/> and counts
/// the rest, so that a file with a million bad values cannot grow the warning list without bound.
/// </summary>
internal sealed class WarningCollector
{
    /// <summary>How many warnings are listed one by one.</summary>
    public const int MaxListed = 100;

    private readonly List<ParseWarning> _listed = [];

    /// <summary>Warnings listed so far.</summary>
    public IReadOnlyList<ParseWarning> Listed => _listed;

    /// <summary>Warnings counted but not listed.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Adds a warning at the reader's current location.</summary>
    public void Add(string message, XmlReader reader)
    {
        var (line, position) = SafeXmlReader.LocationOf(reader);
        Add(new ParseWarning(message, null, line, position));
    }

    /// <summary>Adds a warning.</summary>
    public void Add(ParseWarning warning)
    {
        if (_listed.Count < MaxListed) _listed.Add(warning);
        else Suppressed++;
    }

    /// <summary>The listed warnings, plus one that says how many more were not listed.</summary>
    public ImmutableArray<ParseWarning> ToImmutable()
    {
        var all = ImmutableArray.CreateBuilder<ParseWarning>(_listed.Count + 1);
        all.AddRange(_listed);
        if (Suppressed > 0) all.Add(new ParseWarning($"{Suppressed} more warnings like the ones above were not listed"));
        return all.ToImmutable();
    }
}
