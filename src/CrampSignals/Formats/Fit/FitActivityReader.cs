using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Decoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit;

/// <summary>Reads a whole FIT file (chained files included) into an <see cref="Activity"/>.</summary>
internal static class FitActivityReader
{
    /// <summary>Decodes <paramref name="data"/>; damage after the file header becomes warnings, not exceptions.</summary>
    /// <exception cref="InputFormatException">The bytes are not a FIT file at all.</exception>
    public static Activity Read(ReadOnlySpan<byte> data, string fileName)
    {
        var reader = new FitReader(data);
        // The table is sized to the records there are: a guess from the file's length overshoots typical files by far, and
        // growing by doubling copies every column. Counting walks only the record headers.
        var decoder = new FitActivityDecoder(CountRecords(data));
        while (reader.Read())
            if (reader.TokenType == FitTokenType.Data) decoder.Take(ref reader);
        if (reader.State.NotFitReason is string reason) throw new InputFormatException(fileName, reason, 0);
        return decoder.Build(reader.State, fileName, data.Length);
    }

    /// <summary>The number of <c>record</c> messages a read of <paramref name="data"/> will meet (without checking CRCs).</summary>
    internal static int CountRecords(ReadOnlySpan<byte> data)
    {
        var reader = new FitReader(data, CountingOptions);
        var count = 0;
        while (reader.Read())
            if (reader.TokenType == FitTokenType.Data && reader.GlobalMessageNumber == FitMessageNumbers.Record) count++;
        return count;
    }

    private static readonly FitReaderOptions CountingOptions = new() { CheckFileCrc = false, MaxWarnings = 0 };
}
