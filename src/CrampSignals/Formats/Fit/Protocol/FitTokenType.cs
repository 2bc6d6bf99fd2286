namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>What <see cref="FitReader"/> stands on after <see cref="FitReader.Read"/>.</summary>
public enum FitTokenType
{
    /// <summary>Nothing read yet, or the end.</summary>
    None,
    /// <summary>The header of a (possibly chained) FIT file: see <see cref="FitReader.FileHeader"/>.</summary>
    FileHeader,
    /// <summary>A definition message: see <see cref="FitReader.Definition"/>.</summary>
    Definition,
    /// <summary>A data message: its fields are readable through the reader.</summary>
    Data,
    /// <summary>The end of one FIT file, after its CRC was checked: see <see cref="FitReader.FileCrcStatus"/>.</summary>
    FileEnd,
}
