using System.Collections.Immutable;

namespace CrampSignals.Activities;

/// <summary>
/// <see cref="ActivitySourceInfo.Counts"/>, made the first time it is asked for. Building a sorted dictionary of message
/// names costs a FIT reader more than decoding a small file does, and few callers ever look at it.
/// </summary>
/// <remarks>
/// Equal when the counts are the same instance, as the dictionary itself is: a copy made by <c>with</c> shares this
/// object, so it stays equal to its original whether or not either was asked first.
/// </remarks>
internal sealed class DeferredCounts
{
    private ImmutableSortedDictionary<string, int>? _value;
    private Func<ImmutableSortedDictionary<string, int>>? _make;

    public static readonly DeferredCounts Empty = new(ImmutableSortedDictionary<string, int>.Empty);

    public DeferredCounts(ImmutableSortedDictionary<string, int> value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    public DeferredCounts(Func<ImmutableSortedDictionary<string, int>> make) => _make = make;

    public ImmutableSortedDictionary<string, int> Value => _value ?? Make();

    private ImmutableSortedDictionary<string, int> Make()
    {
        // Two threads may both make it; the first to finish is kept, so every caller sees one instance. The fence of the
        // exchange puts the value in place before the maker is let go.
        if (Volatile.Read(ref _make) is { } make)
        {
            Interlocked.CompareExchange(ref _value, make(), null);
            _make = null;
        }
        return Volatile.Read(ref _value)!;
    }

    public override bool Equals(object? obj) => obj is DeferredCounts other && ReferenceEquals(Value, other.Value);

    public override int GetHashCode() => Value.GetHashCode();
}
