namespace CrampSignals.Activities;

/// <summary>A file could not be read as an activity at all. Names the file and, where it can, the byte offset or line.</summary>
public sealed class ActivityFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ActivityFormatException(string fileName, string reason, long? byteOffset = null, int? line = null, int? position = null, Exception? inner = null)
        : base(Describe(fileName, reason, byteOffset, line, position), inner)
    {
        FileName = fileName;
        Reason = reason;
        ByteOffset = byteOffset;
        Line = line;
        Position = position;
    }

    /// <summary>The file (or stream name) that failed.</summary>
    public string FileName { get; }

    /// <summary>Why it failed, without the location.</summary>
    public string Reason { get; }

    /// <summary>Byte offset of the problem, for binary formats.</summary>
    public long? ByteOffset { get; }

    /// <summary>1-based line of the problem, for text formats.</summary>
    public int? Line { get; }

    /// <summary>1-based position on the line, for text formats.</summary>
    public int? Position { get; }

    private static string Describe(string file, string reason, long? offset, int? line, int? position) =>
        offset is long b ? $"{file}: at byte {b}: {reason}"
        : line is int l ? $"{file}: at line {l}, position {position ?? 0}: {reason}"
        : $"{file}: {reason}";
}
