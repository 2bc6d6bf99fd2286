namespace CrampSignals.Activities;

/// <summary>Something wrong in a file that did not stop it from being read, and where it was.</summary>
/// <param name="Message">What was wrong and what was done about it.</param>
/// <param name="ByteOffset">Byte offset in the file (binary formats).</param>
/// <param name="Line">1-based line (text formats).</param>
/// <param name="Position">1-based position on the line (text formats).</param>
public sealed record ParseWarning(string Message, long? ByteOffset = null, int? Line = null, int? Position = null)
{
    /// <summary>The warning with its location, e.g. "at byte 1234: ...".</summary>
    public override string ToString() =>
        ByteOffset is long b ? $"at byte {b}: {Message}"
        : Line is int l && Position is int p ? $"at line {l}, position {p}: {Message}"
        : Line is int only ? $"at line {only}: {Message}"
        : Message;
}
