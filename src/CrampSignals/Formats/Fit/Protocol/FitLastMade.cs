namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// The last value made, kept with the key it was made from for the next file to reuse: the files of one watch repeat
/// their versions and their device, and the texts for them are a noticeable part of reading a small file.
/// </summary>
internal sealed class FitLastMade<TKey, TValue>(Func<TKey, TValue> make)
{
    private Entry? _last;

    /// <summary>The value for <paramref name="key"/>: the kept one when the key is the last one's, else made and kept.</summary>
    public TValue Get(TKey key)
    {
        // Key and value are swapped in whole, so a reader on another thread never sees one key with another's value.
        if (_last is { } last && EqualityComparer<TKey>.Default.Equals(last.Key, key)) return last.Value;
        var made = new Entry(key, make(key));
        _last = made;
        return made.Value;
    }

    private sealed record Entry(TKey Key, TValue Value);
}
