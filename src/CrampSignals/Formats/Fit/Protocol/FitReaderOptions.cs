namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>Choices for <see cref="FitReader"/>.</summary>
public sealed record FitReaderOptions
{
    /// <summary>The defaults: CRCs checked, at most 200 warnings kept.</summary>
    public static FitReaderOptions Default { get; } = new();

    /// <summary>Check the file CRC of each chained file (one pass over the bytes at each file's end). Default true.</summary>
    public bool CheckFileCrc { get; init; } = true;

    /// <summary>How many warnings to keep; later ones are counted in a last summary warning. Default 200.</summary>
    public int MaxWarnings { get; init; } = 200;
}
