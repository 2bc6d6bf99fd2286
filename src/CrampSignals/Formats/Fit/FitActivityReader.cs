using CrampSignals.Activities;

namespace CrampSignals.Formats.Fit;

/// <summary>Reads a whole FIT file (chained files included) into an <see cref="Activity"/>.</summary>
public static class FitActivityReader
{
    /// <summary>Decodes <paramref name="data"/>; damage after the first good message becomes warnings, not exceptions.</summary>
    /// <exception cref="ActivityFormatException">The bytes are not a FIT file at all.</exception>
    public static Activity Read(ReadOnlySpan<byte> data, string fileName) =>
        throw new NotImplementedException();
}
