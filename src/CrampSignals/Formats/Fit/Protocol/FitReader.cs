using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using CrampSignals.Activities;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// A forward-only FIT reader over bytes in memory, in the manner of <c>Utf8JsonReader</c>: each <see cref="Read"/> moves to
/// the next file header, definition, data message or file end, and the current data message's fields can be read by field
/// number without allocating. Chained files are read one after the other. Damage never throws: reading stops, what came
/// before stays valid, and <see cref="State"/> holds a warning with the byte offset.
/// </summary>
/// <remarks>
/// Definitions are kept per local message type (and reset with each chained file); an unchanged redefinition reuses the
/// same object. Compressed-timestamp headers are expanded against the last full timestamp (field 253) of any message.
/// <c>developer_data_id</c> and <c>field_description</c> messages are taken in as they pass, so developer fields are typed.
/// </remarks>
public ref struct FitReader
{
    private const int CrcSize = 2;
    private readonly ReadOnlySpan<byte> _data;
    private readonly FitReaderState _state;
    private int _position;
    private int _fileStart;
    private int _dataEnd;
    private bool _inFile;
    private bool _done;
    private ReadOnlySpan<byte> _payload;
    private FitMessageDefinition? _definition;
    private uint _timestampReference;
    private bool _hasTimestampReference;

    /// <summary>Creates a reader over <paramref name="data"/>.</summary>
    public FitReader(ReadOnlySpan<byte> data, FitReaderOptions? options = null)
    {
        _data = data;
        _state = new FitReaderState(options ?? FitReaderOptions.Default);
        FileIndex = -1;
    }

    /// <summary>What the reader stands on.</summary>
    public FitTokenType TokenType { get; private set; }

    /// <summary>Byte offset of the current token (header, message, or the CRC at a file end).</summary>
    public int TokenOffset { get; private set; }

    /// <summary>Byte offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>Index of the current chained file (0 for the first).</summary>
    public int FileIndex { get; private set; }

    /// <summary>The header of the current file.</summary>
    internal FitFileHeader FileHeader { get; private set; }

    /// <summary>At a <see cref="FitTokenType.FileEnd"/>: whether the file CRC matched.</summary>
    public ChecksumStatus FileCrcStatus { get; private set; }

    /// <summary>Warnings, headers, CRC results and developer descriptions gathered so far.</summary>
    internal readonly FitReaderState State => _state;

    /// <summary>What was wrong in the file so far (bad CRCs, truncated or unknown records), with byte offsets.</summary>
    public readonly IReadOnlyList<ParseWarning> Warnings => _state.Warnings;

    /// <summary>The definition of the current definition or data message.</summary>
    internal readonly FitMessageDefinition Definition => _definition ?? throw new InvalidOperationException("The reader is not on a message.");

    /// <summary>Global message number of the current message (20 = record, ...).</summary>
    public readonly ushort GlobalMessageNumber => _definition?.GlobalNumber ?? ushort.MaxValue;

    /// <summary>Local message type of the current message.</summary>
    public readonly byte LocalMessageType => _definition?.LocalType ?? 0;

    /// <summary>True when the current data message came with a compressed-timestamp header.</summary>
    public bool IsCompressedTimestamp { get; private set; }

    /// <summary>True when the current data message has a time: its field 253, or the time a compressed header gave it.</summary>
    public bool HasTimestamp { get; private set; }

    /// <summary>The current data message's time in FIT seconds (valid when <see cref="HasTimestamp"/>).</summary>
    public uint Timestamp { get; private set; }

    /// <summary>The bytes of the current data message after its record header.</summary>
    public readonly ReadOnlySpan<byte> Payload => _payload;

    /// <summary>True when the data starts with a FIT file header (12 or 14 bytes, ".FIT").</summary>
    public static bool IsFit(ReadOnlySpan<byte> data) => FitFileHeader.TryParse(data, 0, out _) is not null;

    /// <summary>Moves to the next token. False at the end of the data or when damage stops the reading.</summary>
    public bool Read()
    {
        if (_done) return false;
        _payload = default;
        IsCompressedTimestamp = false;
        HasTimestamp = false;
        if (!_inFile) return StartFile();
        if (_position >= _dataEnd) return EndFile();

        TokenOffset = _position;
        var header = _data[_position];
        if ((header & 0x80) != 0) return ReadCompressedTimestampMessage(header);
        if ((header & 0x40) != 0) return ReadDefinition(header);
        return ReadDataMessage(header);
    }

    private bool StartFile()
    {
        var remaining = _data.Length - _position;
        if (remaining == 0 && FileIndex >= 0) return Stop(stoppedEarly: false);
        var parsed = FitFileHeader.TryParse(_data[_position..], _position, out var problem);
        if (parsed is not FitFileHeader header)
        {
            if (FileIndex < 0)
            {
                _state.NotFitReason = problem;
                return Stop(stoppedEarly: true);
            }
            _state.Warn($"{remaining} bytes after FIT file {FileIndex + 1} are not another FIT file ({problem}); they were skipped", _position);
            return Stop(stoppedEarly: true);
        }

        FileIndex++;
        FileHeader = header;
        TokenOffset = _position;
        TokenType = FitTokenType.FileHeader;
        _state.AddHeader(header);
        if (header.HeaderCrcStatus == ChecksumStatus.Invalid)
            _state.Warn($"the header CRC of FIT file {FileIndex + 1} does not match its header; reading on", _position);
        Array.Clear(_state.Definitions);
        _fileStart = _position;
        _position += header.HeaderSize;
        var available = _data.Length - _position;
        if (header.DataSize == 0)
        {
            // Some devices stream and never come back to fill the size in: the messages run to the CRC at the end.
            _dataEnd = Math.Max(_position, _data.Length - CrcSize);
            _state.Warn($"the header of FIT file {FileIndex + 1} gives no data size; reading to the end of the data", _fileStart);
        }
        else if (header.DataSize > (uint)available)
        {
            _dataEnd = _data.Length;
            _state.Warn($"the header of FIT file {FileIndex + 1} promises {header.DataSize} bytes of messages but only {available} remain; reading what is there", _fileStart);
        }
        else
        {
            _dataEnd = _position + (int)header.DataSize;
        }
        _inFile = true;
        return true;
    }

    private bool EndFile()
    {
        TokenOffset = _dataEnd;
        TokenType = FitTokenType.FileEnd;
        _inFile = false;
        _definition = null;
        if (_dataEnd + CrcSize > _data.Length)
        {
            FileCrcStatus = ChecksumStatus.Missing;
            _state.Warn($"FIT file {FileIndex + 1} ends without its file CRC", _dataEnd);
            _position = _data.Length;
        }
        else
        {
            var stored = BinaryPrimitives.ReadUInt16LittleEndian(_data[_dataEnd..]);
            if (!_state.Options.CheckFileCrc) FileCrcStatus = ChecksumStatus.NotPresent;
            else if (FitCrc.Compute(_data[_fileStart.._dataEnd]) == stored) FileCrcStatus = ChecksumStatus.Valid;
            else
            {
                FileCrcStatus = ChecksumStatus.Invalid;
                _state.Warn($"the file CRC of FIT file {FileIndex + 1} does not match (stored 0x{stored:X4}); the data was kept", _dataEnd);
            }
            _position = _dataEnd + CrcSize;
        }
        _state.AddFileCrc(FileCrcStatus);
        return true;
    }

    private bool ReadCompressedTimestampMessage(byte header)
    {
        var local = (header >> 5) & 0x3;
        var definition = _state.Definitions[local];
        if (definition is null) return Damage($"a compressed-timestamp message uses local type {local}, which has no definition; reading stopped");
        if (!TakePayload(definition)) return false;
        IsCompressedTimestamp = true;
        // Without any full timestamp yet, the offset counts from FIT time 0, as the protocol's reference decoder does.
        if (!_hasTimestampReference)
            _state.Warn("a compressed-timestamp message comes before any full timestamp; its time counts from FIT time 0", _position - definition.PayloadSize - 1);
        _timestampReference = FitTimestamps.Expand(_timestampReference, header & 0x1F);
        _hasTimestampReference = true;
        Timestamp = _timestampReference;
        HasTimestamp = true;
        TokenType = FitTokenType.Data;
        return true;
    }

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadDataMessage(byte header)
    {
        var local = header & 0x0F;
        var definition = _state.Definitions[local];
        if (definition is null) return Damage($"a data message uses local type {local}, which has no definition; reading stopped");
        if (!TakePayload(definition)) return false;
        TokenType = FitTokenType.Data;
        var ts = definition.TimestampIndex;
        if (ts >= 0)
        {
            var f = definition.Fields[ts];
            var bytes = _payload.Slice(f.Offset);
            var bits = f.Size != 4 ? uint.MaxValue
                : definition.IsBigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            if (bits != uint.MaxValue)
            {
                Timestamp = bits;
                HasTimestamp = true;
                _timestampReference = Timestamp;
                _hasTimestampReference = true;
            }
        }
        if (definition.GlobalNumber is FitMessageNumbers.FieldDescription or FitMessageNumbers.DeveloperDataId) TakeDeveloperMessage();
        if (!definition.DeveloperFieldsChecked && definition.DeveloperFields.Length > 0)
        {
            CheckDeveloperFieldsDescribed(definition);
            definition.DeveloperFieldsChecked = true;
        }
        return true;
    }

    private readonly void CheckDeveloperFieldsDescribed(FitMessageDefinition definition)
    {
        foreach (var f in definition.DeveloperFields)
        {
            if (_state.FindDescription(f.DeveloperDataIndex, f.Number) is not null) continue;
            if (_state.FirstUnknownDeveloperField(f.DeveloperDataIndex, f.Number))
                _state.Warn($"developer field {f.Number} of developer {f.DeveloperDataIndex} has no field_description; its bytes are kept raw", TokenOffset);
        }
    }

    private bool TakePayload(FitMessageDefinition definition)
    {
        var start = _position + 1;
        if (definition.PayloadSize > _dataEnd - start)
            return Damage($"the data ends inside a {definition.PayloadSize + 1}-byte message (local type {definition.LocalType}, global {definition.GlobalNumber}); reading stopped");
        _definition = definition;
        _payload = _data.Slice(start, definition.PayloadSize);
        _position = start + definition.PayloadSize;
        return true;
    }

    private bool ReadDefinition(byte header)
    {
        var local = header & 0x0F;
        var definition = FitMessageDefinition.Parse(_data[_position.._dataEnd], _position, _state.Definitions[local], out var length, out var oddArchitecture);
        if (definition is null) return Damage($"the data ends inside a {length}-byte definition message; reading stopped");
        if (oddArchitecture && !ReferenceEquals(definition, _state.Definitions[local]))
            _state.Warn($"definition of local type {local} has architecture byte {_data[_position + 2]}; read as big-endian", _position);
        _state.Definitions[local] = definition;
        _definition = definition;
        _position += length;
        TokenType = FitTokenType.Definition;
        return true;
    }

    private bool Damage(string message)
    {
        _state.Warn(message, _position);
        if (_inFile) _state.AddFileCrc(ChecksumStatus.Missing);
        return Stop(stoppedEarly: true);
    }

    private bool Stop(bool stoppedEarly)
    {
        _done = true;
        _definition = null;
        TokenType = FitTokenType.None;
        if (stoppedEarly) _state.StoppedEarly = true;
        _state.Finish();
        return false;
    }

    // ---- fields of the current data message ----

    /// <summary>True when the current message's definition has field <paramref name="fieldNumber"/> (its value may still be invalid).</summary>
    public readonly bool HasField(byte fieldNumber) => _definition is not null && _definition.IndexOf(fieldNumber) >= 0;

    /// <summary>The definition of field <paramref name="fieldNumber"/> in the current message; false when absent.</summary>
    internal readonly bool TryGetFieldDefinition(byte fieldNumber, out FitFieldDefinition field)
    {
        var i = _definition?.IndexOf(fieldNumber) ?? -1;
        field = i >= 0 ? _definition!.Fields[i] : default;
        return i >= 0;
    }

    /// <summary>The bytes of field <paramref name="fieldNumber"/> of the current data message (empty when absent).</summary>
    public readonly ReadOnlySpan<byte> GetFieldBytes(byte fieldNumber)
    {
        if (_definition is null || _payload.IsEmpty) return default;
        var i = _definition.IndexOf(fieldNumber);
        if (i < 0) return default;
        var f = _definition.Fields[i];
        return _payload.Slice(f.Offset, f.Size);
    }

    /// <summary>Element <paramref name="index"/> of field <paramref name="fieldNumber"/> as a raw number (no scale); NaN when absent or invalid.</summary>
    public readonly double GetDouble(byte fieldNumber, int index = 0)
    {
        if (_definition is null) return double.NaN;
        var i = _definition.IndexOf(fieldNumber);
        if (i < 0) return double.NaN;
        var f = _definition.Fields[i];
        return FitValues.ReadDouble(_payload.Slice(f.Offset, f.Size), f.BaseType, _definition.IsBigEndian, index);
    }

    /// <summary>
    /// Field <paramref name="fieldNumber"/> read as the profile types it (<paramref name="profileType"/>), with scale and offset
    /// applied; NaN when absent or invalid. Like Garmin's decoder, a field declared with a smaller type is read as declared,
    /// one declared with a larger type is ignored, and one of the same size is read as the profile's type.
    /// </summary>
    public readonly double GetProfileValue(byte fieldNumber, FitBaseType profileType, double scale = 1, double offset = 0)
    {
        if (_definition is null) return double.NaN;
        var i = _definition.IndexOf(fieldNumber);
        if (i < 0) return double.NaN;
        var f = _definition.Fields[i];
        var type = ProfileReadType(f.BaseType, profileType);
        if (type is not FitBaseType t) return double.NaN;
        var raw = FitValues.ReadDouble(_payload.Slice(f.Offset, f.Size), t, _definition.IsBigEndian);
        return scale == 1 && offset == 0 ? raw : raw / scale - offset;
    }

    /// <summary>The type to read a field as, following the profile where sizes allow (see <see cref="GetProfileValue"/>).</summary>
    public static FitBaseType? ProfileReadType(FitBaseType declared, FitBaseType profile)
    {
        if (declared == profile) return declared;
        var d = FitBaseTypes.SizeOf(declared);
        var p = FitBaseTypes.SizeOf(profile);
        if (d < p) return declared == FitBaseType.String ? null : declared;
        if (d != p) return null;
        return profile == FitBaseType.String || declared == FitBaseType.String ? null : profile;
    }

    /// <summary>Element <paramref name="index"/> of field <paramref name="fieldNumber"/> as an integer; false when absent, invalid, or not an integer.</summary>
    public readonly bool TryGetInt64(byte fieldNumber, out long value, int index = 0)
    {
        value = 0;
        if (_definition is null) return false;
        var i = _definition.IndexOf(fieldNumber);
        if (i < 0) return false;
        var f = _definition.Fields[i];
        return FitValues.TryReadInt64(_payload.Slice(f.Offset, f.Size), f.BaseType, _definition.IsBigEndian, index, out value);
    }

    /// <summary>Element <paramref name="index"/> of field <paramref name="fieldNumber"/> as an unsigned integer; false when absent, invalid or negative.</summary>
    public readonly bool TryGetUInt64(byte fieldNumber, out ulong value, int index = 0)
    {
        value = 0;
        if (_definition is null) return false;
        var i = _definition.IndexOf(fieldNumber);
        if (i < 0) return false;
        var f = _definition.Fields[i];
        return FitValues.TryReadUInt64(_payload.Slice(f.Offset, f.Size), f.BaseType, _definition.IsBigEndian, index, out value);
    }

    /// <summary>Field <paramref name="fieldNumber"/> as text (allocates); null when absent or empty.</summary>
    public readonly string? GetString(byte fieldNumber)
    {
        var bytes = GetFieldBytes(fieldNumber);
        return bytes.IsEmpty ? null : FitValues.ReadString(bytes);
    }

    // ---- developer fields of the current data message ----

    /// <summary>Number of developer fields in the current message.</summary>
    public readonly int DeveloperFieldCount => _definition?.DeveloperFields.Length ?? 0;

    /// <summary>The definition of developer field <paramref name="index"/> (0-based, in message order).</summary>
    internal readonly FitDeveloperFieldDefinition GetDeveloperFieldDefinition(int index) => Definition.DeveloperFields[index];

    /// <summary>The bytes of developer field <paramref name="index"/>.</summary>
    public readonly ReadOnlySpan<byte> GetDeveloperFieldBytes(int index)
    {
        var f = Definition.DeveloperFields[index];
        return _payload.Slice(f.Offset, f.Size);
    }

    /// <summary>The description of developer field <paramref name="index"/>, or null when the file never described it.</summary>
    internal readonly FitDeveloperFieldDescription? GetDeveloperFieldDescription(int index)
    {
        var f = Definition.DeveloperFields[index];
        return _state.FindDescription(f.DeveloperDataIndex, f.Number);
    }

    /// <summary>Developer field <paramref name="index"/> as a number with its description's scale and offset; NaN when undescribed, invalid or text.</summary>
    public readonly double GetDeveloperDouble(int index, int element = 0)
    {
        var d = GetDeveloperFieldDescription(index);
        if (d is null) return double.NaN;
        var bytes = GetDeveloperFieldBytes(index);
        var type = d.BaseType;
        if (bytes.Length % FitBaseTypes.SizeOf(type) != 0) type = FitBaseType.Byte;
        return d.Apply(FitValues.ReadDouble(bytes, type, Definition.IsBigEndian, element));
    }

    private readonly void TakeDeveloperMessage()
    {
        if (_definition!.GlobalNumber == FitMessageNumbers.DeveloperDataId)
        {
            if (!TryGetUInt64(3, out var index) || index > 255) return;
            var app = GetFieldBytes(1);
            var dev = GetFieldBytes(0);
            _state.AddDeveloper(new FitDeveloperDataId((byte)index,
                FitValues.HasBytes(app) ? app.ToArray() : null,
                FitValues.HasBytes(dev) ? dev.ToArray() : null,
                TryGetUInt64(2, out var m) ? (ushort)m : null,
                TryGetUInt64(4, out var v) ? (uint)v : null));
            return;
        }
        if (!TryGetUInt64(0, out var developer) || developer > 255 || !TryGetUInt64(1, out var number) || number > 255)
        {
            _state.Warn("a field_description message lacks its developer index or field number; ignored", TokenOffset);
            return;
        }
        var baseType = TryGetUInt64(2, out var t) ? FitBaseTypes.FromByte((byte)t) ?? FitBaseType.Byte : FitBaseType.Byte;
        var scale = GetDouble(6);
        var offset = GetDouble(7);
        _state.AddDescription(new FitDeveloperFieldDescription((byte)developer, (byte)number, baseType,
            GetString(3), GetString(8),
            double.IsNaN(scale) ? null : scale, double.IsNaN(offset) ? null : offset,
            TryGetUInt64(14, out var nm) ? (ushort)nm : null, TryGetUInt64(15, out var nf) ? (byte)nf : null));
    }
}
