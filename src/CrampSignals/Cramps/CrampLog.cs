using System.Collections.Immutable;
using CrampSignals.Activities;

namespace CrampSignals.Cramps;

/// <summary>The cramps a runner logged, with what was wrong in the log file.</summary>
/// <param name="Entries">The cramps, in the log's order.</param>
/// <param name="Warnings">Lines that could not be read (with their line numbers); the good lines are still in <paramref name="Entries"/>.</param>
public sealed record CrampLog(ImmutableArray<CrampEntry> Entries, ImmutableArray<ParseWarning> Warnings)
{
    /// <summary>A log with no cramps.</summary>
    public static CrampLog Empty { get; } = new([], []);

    /// <summary>Reads the log at <paramref name="path"/>: JSON when it ends in .json or starts with [ or {, CSV otherwise.</summary>
    /// <exception cref="InputFormatException">The file is empty, binary, too large, has no usable header, or no line could be read.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static CrampLog Load(string path) => CrampLogReader.Load(path);

    /// <summary>Reads a log from <paramref name="content"/>, telling JSON from CSV by the file name and the first character.</summary>
    /// <exception cref="InputFormatException">The content is empty, binary, has no usable header, or no line could be read.</exception>
    public static CrampLog Read(ReadOnlySpan<byte> content, string fileName = "<cramps>") => CrampLogReader.Read(content, fileName);

    /// <summary>Writes the log as CSV (<c>time,elapsed,muscle,side,severity,note</c>), times with <paramref name="utcOffset"/> when given, else in UTC.</summary>
    public void WriteCsv(TextWriter output, TimeSpan? utcOffset = null) => CrampLogWriter.WriteCsv(this, output, utcOffset);
}
