using System.Buffers;

namespace CrampSignals.Activities;

/// <summary>
/// Where sample tables get their columns: fresh arrays, or, inside <see cref="Recycle"/> on the same thread, arrays from the
/// shared pool that all go back when the scope ends. A batch reads one file after another, and a 4-hour file's columns as
/// fresh arrays are a megabyte of new large-object pages each time, which the system must map and clear. Only for a caller
/// that lets no table made in the scope outlive it.
/// </summary>
internal static class SampleColumns
{
    [ThreadStatic] private static List<double[]>? t_rented;

    /// <summary>A column of at least <paramref name="size"/> values, every one of them NaN (missing).</summary>
    public static double[] New(int size)
    {
        double[] column;
        if (t_rented is { } rented)
        {
            column = ArrayPool<double>.Shared.Rent(size);
            rented.Add(column);
        }
        else column = GC.AllocateUninitializedArray<double>(size);
        // The whole array: rows past the requested size start missing too, as the builder's growth expects.
        column.AsSpan().Fill(double.NaN);
        return column;
    }

    /// <summary>Until the returned scope is disposed, tables made on this thread take pooled columns, given back then.</summary>
    public static Scope Recycle()
    {
        if (t_rented is not null) return default;
        t_rented = [];
        return new Scope(t_rented);
    }

    /// <summary>Gives the columns taken in the scope back to the pool; the tables made in it must no longer be read.</summary>
    internal readonly struct Scope(List<double[]>? rented) : IDisposable
    {
        public void Dispose()
        {
            // A scope opened inside another owns nothing: the outer one gives everything back.
            if (rented is null) return;
            foreach (var column in rented) ArrayPool<double>.Shared.Return(column);
            t_rented = null;
        }
    }
}
