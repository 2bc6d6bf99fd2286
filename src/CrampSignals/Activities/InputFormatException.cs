namespace CrampSignals.Activities;

/// <summary>
/// Input could not be read at all: an activity file, a cramp log, a weather file. The one exception the library throws for
/// unreadable input; it names the file and, where it can, the byte offset or line. Damage that leaves something readable is a
/// warning on the result instead.
/// </summary>
public sealed class InputFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public InputFormatException(string fileName, string reason, long? byteOffset = null, int? line = null, int? position = null, Exception? inner = null)
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
