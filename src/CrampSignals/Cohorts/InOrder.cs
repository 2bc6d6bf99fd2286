namespace CrampSignals.Cohorts;

/// <summary>
/// Hands items made out of order (by parallel workers) on in their index order, as soon as every earlier one is in. It holds
/// only the items that ran ahead, so with indexes given out in order it holds about as many as there are workers.
/// </summary>
internal sealed class InOrder<T>(Action<T> next)
{
    private readonly Dictionary<int, T> _ahead = [];
    private readonly object _gate = new();
    private int _expected;

    /// <summary>Item <paramref name="index"/> is made: hand it on, with any that waited for it.</summary>
    public void Put(int index, T item)
    {
        // One lock for the hand-on too: the receiver (a writer) must see one item at a time, in order.
        lock (_gate)
        {
            _ahead[index] = item;
            while (_ahead.Remove(_expected, out var ready))
            {
                _expected++;
                next(ready);
            }
        }
    }
}
