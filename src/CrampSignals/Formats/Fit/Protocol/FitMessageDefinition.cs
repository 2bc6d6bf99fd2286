namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// A definition message: the layout of the data messages of one local message type. The reader keeps one per local type
/// (0-15) and reuses it for every data message until the type is redefined.
/// </summary>
internal sealed class FitMessageDefinition
{
    private readonly FitFieldDefinition[] _fields;
    private readonly FitDeveloperFieldDefinition[] _developerFields;
    // Field number -> index + 1 in _fields (0 = absent): a field lookup is one array read.
    private readonly byte[] _indexByNumber = new byte[256];
    private readonly byte[] _rawBytes;

    internal FitMessageDefinition(byte localType, ushort globalNumber, bool isBigEndian, FitFieldDefinition[] fields,
        FitDeveloperFieldDefinition[] developerFields, ReadOnlySpan<byte> rawBytes, long offset)
    {
        LocalType = localType;
        GlobalNumber = globalNumber;
        IsBigEndian = isBigEndian;
        _fields = fields;
        _developerFields = developerFields;
        _rawBytes = rawBytes.ToArray();
        Offset = offset;
        for (var i = fields.Length - 1; i >= 0; i--) _indexByNumber[fields[i].Number] = (byte)(i + 1);
        var size = 0;
        foreach (var f in fields) size += f.Size;
        foreach (var f in developerFields) size += f.Size;
        PayloadSize = size;
        TimestampIndex = IndexOf(FitTimestamps.FieldNumber);
    }

    /// <summary>Local message type, 0-15.</summary>
    public byte LocalType { get; }

    /// <summary>Global message number (profile <c>mesg_num</c>: 20 = record, ...).</summary>
    public ushort GlobalNumber { get; }

    /// <summary>True when multi-byte values of these messages are big-endian (architecture byte 1).</summary>
    public bool IsBigEndian { get; }

    /// <summary>Byte offset of the definition message in the data.</summary>
    public long Offset { get; }

    /// <summary>The fields, in the order their bytes appear.</summary>
    public ReadOnlySpan<FitFieldDefinition> Fields => _fields;

    /// <summary>The developer fields, after the ordinary ones.</summary>
    public ReadOnlySpan<FitDeveloperFieldDefinition> DeveloperFields => _developerFields;

    /// <summary>Size of a data message's payload in bytes (the record header byte not counted).</summary>
    public int PayloadSize { get; }

    /// <summary>Index of the timestamp field (253), or -1.</summary>
    public int TimestampIndex { get; }

    /// <summary>Index in <see cref="Fields"/> of the first field numbered <paramref name="fieldNumber"/>, or -1.</summary>
    public int IndexOf(byte fieldNumber) => _indexByNumber[fieldNumber] - 1;

    /// <summary>A slot for decoders to cache what they derive from this layout (for example where their fields sit).</summary>
    internal object? DecoderCache { get; set; }

    /// <summary>
    /// True once the reader has looked for descriptions of this layout's developer fields: each was then described, or
    /// warned about as undescribed, and later messages of the layout have nothing new to report.
    /// </summary>
    internal bool DeveloperFieldsChecked { get; set; }

    /// <summary>True when <paramref name="rawBytes"/> is exactly the definition this object was built from.</summary>
    internal bool Matches(ReadOnlySpan<byte> rawBytes) => rawBytes.SequenceEqual(_rawBytes);

    /// <summary>Parses the definition message starting at <paramref name="data"/>[0] (its record header).</summary>
    /// <returns>The definition, or null when the bytes end first; <paramref name="length"/> is its length in bytes, or the bytes it needs.</returns>
    internal static FitMessageDefinition? Parse(ReadOnlySpan<byte> data, long offset, FitMessageDefinition? previous, out int length, out bool unknownArchitecture)
    {
        unknownArchitecture = false;
        length = 6;
        if (data.Length < 6) return null;
        var header = data[0];
        var fieldCount = data[5];
        length = 6 + 3 * fieldCount;
        var hasDeveloperFields = (header & 0x20) != 0;
        var developerCount = 0;
        if (hasDeveloperFields)
        {
            length += 1;
            if (data.Length < length) return null;
            developerCount = data[length - 1];
            length += 3 * developerCount;
        }
        if (data.Length < length) return null;
        var raw = data[..length];
        // Most files repeat the same definitions: reuse the object and allocate nothing.
        if (previous is not null && previous.Matches(raw)) return previous;

        var arch = data[2];
        unknownArchitecture = arch > 1;
        var bigEndian = arch != 0;
        var global = bigEndian
            ? System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(data[3..])
            : System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(data[3..]);
        var fields = fieldCount == 0 ? [] : new FitFieldDefinition[fieldCount];
        var at = 0;
        for (var i = 0; i < fieldCount; i++)
        {
            var p = 6 + 3 * i;
            var number = data[p];
            var size = data[p + 1];
            var typeByte = data[p + 2];
            var type = FitBaseTypes.FromByte(typeByte) ?? FitBaseType.Byte;
            if (size % FitBaseTypes.SizeOf(type) != 0) type = FitBaseType.Byte;
            fields[i] = new FitFieldDefinition(number, size, typeByte, type, at);
            at += size;
        }
        var developer = developerCount == 0 ? [] : new FitDeveloperFieldDefinition[developerCount];
        var start = 6 + 3 * fieldCount + 1;
        for (var i = 0; i < developerCount; i++)
        {
            var p = start + 3 * i;
            developer[i] = new FitDeveloperFieldDefinition(data[p], data[p + 1], data[p + 2], at);
            at += data[p + 1];
        }
        return new FitMessageDefinition((byte)(header & 0x0F), global, bigEndian, fields, developer, raw, offset);
    }
}
