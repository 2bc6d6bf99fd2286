using System.Collections.Immutable;

namespace CrampSignals.Activities;

/// <summary>
/// Keeps the first <see cref="MaxListed"/> warnings of a file and counts the rest, so that a file of a million bad lines
/// costs a hundred warnings and one count, not a million objects.
/// </summary>
internal sealed class WarningCap
{
    /// <summary>How many warnings are listed one by one.</summary>
    public const int MaxListed = 100;

    private readonly List<ParseWarning> _listed = [];

    /// <summary>Warnings listed so far.</summary>
    public IReadOnlyList<ParseWarning> Listed => _listed;

    /// <summary>Warnings counted but not listed.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Every warning added, listed or not.</summary>
    public int Count => _listed.Count + Suppressed;

    /// <summary>The first warning added, if any.</summary>
    public ParseWarning? First => _listed.Count > 0 ? _listed[0] : null;

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
