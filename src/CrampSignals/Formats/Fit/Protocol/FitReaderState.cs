using CrampSignals.Activities;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// What <see cref="FitReader"/> remembers between messages and hands to callers: definitions per local type, developer
/// field descriptions, headers, CRC results and warnings. One object per reader, so reading allocates nothing per message.
/// </summary>
internal sealed class FitReaderState
{
    private readonly List<ParseWarning> _warnings = [];
    private readonly List<FitFileHeader> _headers = [];
    private readonly List<ChecksumStatus> _fileCrcs = [];
    private readonly Dictionary<int, FitDeveloperFieldDescription> _descriptions = [];
    private readonly Dictionary<byte, FitDeveloperDataId> _developers = [];
    private readonly HashSet<int> _reportedUnknownDeveloperFields = [];
    private int _suppressedWarnings;

    internal FitReaderState(FitReaderOptions options) => Options = options;

    internal FitReaderOptions Options { get; }

    internal readonly FitMessageDefinition?[] Definitions = new FitMessageDefinition?[16];

    /// <summary>Everything that was wrong but did not stop the reading, in file order.</summary>
    public IReadOnlyList<ParseWarning> Warnings => _warnings;

    /// <summary>The header of each chained file read so far.</summary>
    public IReadOnlyList<FitFileHeader> Headers => _headers;

    /// <summary>The file CRC result of each chained file finished so far.</summary>
    public IReadOnlyList<ChecksumStatus> FileCrcs => _fileCrcs;

    /// <summary>Developer field descriptions seen so far, by developer data index and field number.</summary>
    public IReadOnlyCollection<FitDeveloperFieldDescription> DeveloperFieldDescriptions => _descriptions.Values;

    /// <summary>Developers (<c>developer_data_id</c> messages) seen so far, by developer data index.</summary>
    internal IReadOnlyDictionary<byte, FitDeveloperDataId> Developers => _developers;

    /// <summary>When the data is not FIT at all: why. Null when at least a header was read.</summary>
    public string? NotFitReason { get; internal set; }

    /// <summary>True when reading stopped early because of damage (see <see cref="Warnings"/>).</summary>
    public bool StoppedEarly { get; internal set; }

    /// <summary>The description of developer field <paramref name="fieldNumber"/> of developer <paramref name="developerDataIndex"/>, or null.</summary>
    public FitDeveloperFieldDescription? FindDescription(byte developerDataIndex, byte fieldNumber) =>
        _descriptions.GetValueOrDefault(developerDataIndex << 8 | fieldNumber);

    internal void AddDescription(FitDeveloperFieldDescription d) => _descriptions[d.DeveloperDataIndex << 8 | d.FieldNumber] = d;

    internal void AddDeveloper(FitDeveloperDataId d) => _developers[d.DeveloperDataIndex] = d;

    internal void AddHeader(FitFileHeader h) => _headers.Add(h);

    internal void AddFileCrc(ChecksumStatus s) => _fileCrcs.Add(s);

    /// <summary>True the first time a developer field without description is met, so it is reported once, not per message.</summary>
    internal bool FirstUnknownDeveloperField(byte developerDataIndex, byte fieldNumber) =>
        _reportedUnknownDeveloperFields.Add(developerDataIndex << 8 | fieldNumber);

    internal void Warn(string message, long offset)
    {
        if (_warnings.Count < Options.MaxWarnings)
        {
            _warnings.Add(new ParseWarning(message, offset));
            return;
        }
        _suppressedWarnings++;
    }

    /// <summary>Adds the "N more warnings" summary, once reading is over.</summary>
    internal void Finish()
    {
        if (_suppressedWarnings == 0) return;
        _warnings.Add(new ParseWarning($"{_suppressedWarnings} more warnings were not kept"));
        _suppressedWarnings = 0;
    }
}
