namespace CrampSignals.Formats.Archives;

/// <summary>
/// An activity file found in a zip archive (perhaps in a zip inside it), told by its content. Its bytes are decoded
/// only when asked for, with <see cref="Read"/>, and only while the walk that found it is at it.
/// </summary>
internal sealed class ArchiveEntry(string name, Func<ReadOnlyMemory<byte>?> read)
{
    /// <summary>The archive's name, then each entry's path after "!/": <c>export.zip!/activities/run.fit</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The entry unzipped (it may still be gzip-compressed), or null when a cap refused it (a failure of the walk says why).</summary>
    public ReadOnlyMemory<byte>? Read() => read();
}

/// <summary>An entry of a zip archive that was not read, and why.</summary>
internal sealed record ArchiveFailure(string Name, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Reason}";
}
