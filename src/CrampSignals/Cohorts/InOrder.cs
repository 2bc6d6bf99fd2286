using System.Collections.Concurrent;

namespace CrampSignals.Cohorts;

/// <summary>Giving work out so that <see cref="InOrder{T}"/> holds little.</summary>
internal static class InOrder
{
    /// <summary>
    /// Indexes 0 to <paramref name="count"/> − 1 for <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, ParallelOptions, Action{TSource})"/>,
    /// given out in order one at a time: the items a worker finishes ahead of the others are then about one per worker.
    /// </summary>
    public static Partitioner<int> Indexes(int count) =>
        Partitioner.Create(Enumerable.Range(0, count), EnumerablePartitionerOptions.NoBuffering);

    /// <summary>Hands the items that are not null on to <paramref name="next"/> in index order; null when there is nothing to hand on to.</summary>
    public static InOrder<T?>? Of<T>(Action<T>? next) where T : class =>
        next is null ? null : new InOrder<T?>(item => { if (item is not null) next(item); });
}

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
