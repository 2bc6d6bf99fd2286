using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Decoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit;

/// <summary>Reads a whole FIT file (chained files included) into an <see cref="Activity"/>.</summary>
internal static class FitActivityReader
{
    /// <summary>Decodes <paramref name="data"/>; damage after the file header becomes warnings, not exceptions.</summary>
    /// <exception cref="ActivityFormatException">The bytes are not a FIT file at all.</exception>
    public static Activity Read(ReadOnlySpan<byte> data, string fileName)
    {
        var reader = new FitReader(data);
        // Records are most of a file and rarely under 20 bytes each: a fair first guess for the table's size.
        var decoder = new FitActivityDecoder(Math.Clamp(data.Length / 24, 16, 1 << 20));
        while (reader.Read())
            if (reader.TokenType == FitTokenType.Data) decoder.Take(ref reader);
        if (reader.State.NotFitReason is string reason) throw new ActivityFormatException(fileName, reason, 0);
        return decoder.Build(reader.State, fileName, data.Length);
    }
}
