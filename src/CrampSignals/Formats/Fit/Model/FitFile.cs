using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Model;

/// <summary>
/// Every data message of a FIT file (chained files included) as objects, with the headers, CRC results, developer
/// descriptions and warnings: the convenient way to explore a file. Built on <see cref="FitReader"/>.
/// </summary>
public sealed class FitFile
{
    private FitFile(ImmutableArray<FitMessage> messages, FitReaderState state)
    {
        Messages = messages;
        Headers = [.. state.Headers];
        FileCrcs = [.. state.FileCrcs];
        Warnings = [.. state.Warnings];
        DeveloperFieldDescriptions = [.. state.DeveloperFieldDescriptions];
        Developers = [.. state.Developers.Values];
        StoppedEarly = state.StoppedEarly;
    }

    /// <summary>The data messages in file order.</summary>
    public ImmutableArray<FitMessage> Messages { get; }

    /// <summary>The header of each chained file.</summary>
    internal ImmutableArray<FitFileHeader> Headers { get; }

    /// <summary>The file CRC result of each chained file that reached its end.</summary>
    public ImmutableArray<ChecksumStatus> FileCrcs { get; }

    /// <summary>Damage met while reading; the messages before it are kept.</summary>
    public ImmutableArray<ParseWarning> Warnings { get; }

    /// <summary>True when damage stopped the reading before the end.</summary>
    public bool StoppedEarly { get; }

    /// <summary>The developer field descriptions the file holds.</summary>
    internal ImmutableArray<FitDeveloperFieldDescription> DeveloperFieldDescriptions { get; }

    /// <summary>The developers (<c>developer_data_id</c>) the file names.</summary>
    internal ImmutableArray<FitDeveloperDataId> Developers { get; }

    /// <summary>The messages with global number <paramref name="globalNumber"/>.</summary>
    public IEnumerable<FitMessage> OfType(ushort globalNumber) => Messages.Where(m => m.GlobalNumber == globalNumber);

    /// <summary>The messages with profile name <paramref name="name"/> ("record", "unknown_233").</summary>
    public IEnumerable<FitMessage> Named(string name) => Messages.Where(m => m.Name == name);

    /// <summary>
    /// Largest file <see cref="Load"/> reads: every message becomes objects, about 26 bytes of memory per byte of file, so
    /// 32 MiB costs some 850 MB. Larger files are read with <see cref="FitReader"/> or as an activity (<see cref="ActivityFile"/>).
    /// </summary>
    internal const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is not FIT at all, or larger than 32 MiB.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static FitFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"{path}: no such file", path);
        if (info.Length > MaxFileBytes)
            throw new InputFormatException(path, $"the file is {info.Length} bytes; reading every message as objects is limited to {MaxFileBytes / (1024 * 1024)} MiB (read it as an activity, or message by message with FitReader)");
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Decodes <paramref name="data"/>; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="InputFormatException">The data is not FIT at all.</exception>
    public static FitFile Read(ReadOnlySpan<byte> data, string fileName = "<memory>", FitReaderOptions? options = null)
    {
        var reader = new FitReader(data, options);
        var messages = ImmutableArray.CreateBuilder<FitMessage>();
        while (reader.Read())
        {
            if (reader.TokenType != FitTokenType.Data) continue;
            messages.Add(Snapshot(ref reader));
        }
        if (reader.State.NotFitReason is string reason) throw new InputFormatException(fileName, reason, 0);
        return new FitFile(messages.ToImmutable(), reader.State);
    }

    /// <summary>Copies the reader's current data message into a <see cref="FitMessage"/>.</summary>
    public static FitMessage Snapshot(ref FitReader reader)
    {
        if (reader.TokenType != FitTokenType.Data) throw new InvalidOperationException("The reader is not on a data message.");
        var definition = reader.Definition;
        var payload = reader.Payload.ToArray().AsMemory();
        var fields = ImmutableArray.CreateBuilder<FitField>(definition.Fields.Length);
        foreach (var f in definition.Fields)
            fields.Add(new FitField(f, payload.Slice(f.Offset, f.Size), definition.IsBigEndian, FitProfile.Field(definition.GlobalNumber, f.Number)));
        var developer = ImmutableArray.CreateBuilder<FitDeveloperField>(definition.DeveloperFields.Length);
        foreach (var f in definition.DeveloperFields)
            developer.Add(new FitDeveloperField(f, payload.Slice(f.Offset, f.Size), definition.IsBigEndian,
                reader.State.FindDescription(f.DeveloperDataIndex, f.Number)));
        return new FitMessage(definition.GlobalNumber, definition.LocalType, reader.TokenOffset, reader.FileIndex,
            reader.IsCompressedTimestamp, reader.HasTimestamp ? reader.Timestamp : null, fields.MoveToImmutable(), developer.MoveToImmutable());
    }
}
