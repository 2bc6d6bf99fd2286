using System.Collections.Immutable;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Model;

/// <summary>
/// One decoded data message with all its fields and developer fields, for exploring a file (see <see cref="FitFile"/>).
/// Holds a copy of the message's bytes; use <see cref="FitReader"/> where speed matters.
/// </summary>
public sealed class FitMessage
{
    internal FitMessage(ushort globalNumber, byte localType, long offset, int fileIndex, bool compressedTimestamp, uint? timestamp,
        ImmutableArray<FitField> fields, ImmutableArray<FitDeveloperField> developerFields)
    {
        GlobalNumber = globalNumber;
        LocalType = localType;
        Offset = offset;
        FileIndex = fileIndex;
        HasCompressedTimestamp = compressedTimestamp;
        FitTimestamp = timestamp;
        Fields = fields;
        DeveloperFields = developerFields;
    }

    /// <summary>Global message number.</summary>
    public ushort GlobalNumber { get; }

    /// <summary>Profile name ("record"), or <c>unknown_NUM</c>.</summary>
    public string Name => FitProfile.MessageNameOrNumber(GlobalNumber);

    /// <summary>Local message type it was written with.</summary>
    public byte LocalType { get; }

    /// <summary>Byte offset of the message in the data.</summary>
    public long Offset { get; }

    /// <summary>Which chained file it belongs to (0 for the first).</summary>
    public int FileIndex { get; }

    /// <summary>True when it came with a compressed-timestamp header (its time was expanded from a 5-bit offset).</summary>
    public bool HasCompressedTimestamp { get; }

    /// <summary>Its time in FIT seconds (field 253, or expanded from a compressed header), when it has one.</summary>
    public uint? FitTimestamp { get; }

    /// <summary>Its time as UTC, when it has one.</summary>
    public DateTime? Time => FitTimestamp is uint t ? FitTimestamps.ToDateTime(t) : null;

    /// <summary>The fields, in the order the file stores them.</summary>
    public ImmutableArray<FitField> Fields { get; }

    /// <summary>The developer fields, in the order the file stores them.</summary>
    public ImmutableArray<FitDeveloperField> DeveloperFields { get; }

    /// <summary>The field numbered <paramref name="number"/>, or null.</summary>
    public FitField? this[byte number]
    {
        get
        {
            foreach (var f in Fields) if (f.Number == number) return f;
            return null;
        }
    }

    /// <summary>The field with profile name <paramref name="name"/> ("heart_rate"), or null.</summary>
    public FitField? this[string name]
    {
        get
        {
            foreach (var f in Fields) if (f.Profile?.Name == name) return f;
            return null;
        }
    }

    /// <summary>The scaled value of the field named <paramref name="name"/>, NaN when absent or invalid.</summary>
    public double GetValue(string name) => this[name]?.Value ?? double.NaN;

    /// <summary>"name @offset: fields".</summary>
    public override string ToString() =>
        $"{Name} @{Offset}: " + string.Join(", ", Fields.Where(f => f.HasValue).Select(f => f.ToString()).Concat(DeveloperFields.Select(f => f.ToString())));
}
