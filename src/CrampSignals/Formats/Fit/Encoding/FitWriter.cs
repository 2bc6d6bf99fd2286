using System.Buffers.Binary;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Encoding;

/// <summary>
/// A low-level FIT encoder: file headers, definitions (either byte order, developer fields), data messages with normal or
/// compressed-timestamp headers, several files chained, and deliberately wrong sizes or CRCs for testing readers.
/// </summary>
/// <example>
/// <code>
/// var w = new FitWriter();
/// w.BeginFile();
/// w.Define(0, 20, [new(253, FitBaseType.UInt32), new(3, FitBaseType.UInt8)]);
/// w.Write(0, 1_000_000_000u, 150);
/// w.EndFile();
/// byte[] fit = w.ToArray();
/// </code>
/// </example>
public sealed class FitWriter
{
    private readonly MemoryStream _out = new();
    private readonly Layout?[] _layouts = new Layout?[16];
    private byte[] _scratch = new byte[256];
    private long _fileStart = -1;
    private int _headerSize;

    private sealed record Layout(ushort Global, bool BigEndian, FitFieldSpec[] Fields, FitDeveloperFieldSpec[] DeveloperFields, int Size);

    /// <summary>Bytes written so far.</summary>
    public long Length => _out.Length;

    /// <summary>Starts a FIT file: writes its header (sizes and CRC are filled in by <see cref="EndFile"/>).</summary>
    /// <param name="headerSize">12 or 14 (14 carries a header CRC).</param>
    /// <param name="protocolVersion">Protocol version byte (0x20 = 2.0).</param>
    /// <param name="profileVersion">Profile version times 100.</param>
    public void BeginFile(int headerSize = 14, byte protocolVersion = 0x20, ushort profileVersion = 2160)
    {
        if (headerSize is not (12 or 14)) throw new ArgumentOutOfRangeException(nameof(headerSize), "A FIT header is 12 or 14 bytes.");
        if (_fileStart >= 0) throw new InvalidOperationException("EndFile the current file first.");
        _fileStart = _out.Length;
        _headerSize = headerSize;
        Span<byte> header = stackalloc byte[14];
        header.Clear();
        header[0] = (byte)headerSize;
        header[1] = protocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], profileVersion);
        FitFileHeader.Signature.CopyTo(header[8..]);
        _out.Write(header[..headerSize]);
        Array.Clear(_layouts);
    }

    /// <summary>Writes a definition message for local type <paramref name="localType"/>.</summary>
    public void Define(byte localType, ushort globalNumber, IReadOnlyList<FitFieldSpec> fields, bool bigEndian = false,
        IReadOnlyList<FitDeveloperFieldSpec>? developerFields = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localType, (byte)15);
        var dev = developerFields?.ToArray() ?? [];
        var header = (byte)(0x40 | localType | (dev.Length > 0 ? 0x20 : 0));
        _out.WriteByte(header);
        _out.WriteByte(0);
        _out.WriteByte(bigEndian ? (byte)1 : (byte)0);
        Span<byte> global = stackalloc byte[2];
        if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(global, globalNumber);
        else BinaryPrimitives.WriteUInt16LittleEndian(global, globalNumber);
        _out.Write(global);
        _out.WriteByte(checked((byte)fields.Count));
        var size = 0;
        foreach (var f in fields)
        {
            _out.WriteByte(f.Number);
            _out.WriteByte(f.EffectiveSize);
            _out.WriteByte(f.TypeByte ?? (byte)f.Type);
            size += f.EffectiveSize;
        }
        if (dev.Length > 0)
        {
            _out.WriteByte(checked((byte)dev.Length));
            foreach (var f in dev)
            {
                _out.WriteByte(f.Number);
                _out.WriteByte(f.Size);
                _out.WriteByte(f.DeveloperDataIndex);
                size += f.Size;
            }
        }
        _layouts[localType] = new Layout(globalNumber, bigEndian, [.. fields], dev, size);
    }

    /// <summary>Writes a data message with a normal header; one value per field, then one per developer field (missing ones are invalid).</summary>
    public void Write(byte localType, params ReadOnlySpan<FitValue> values)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localType, (byte)15);
        _out.WriteByte(localType);
        WritePayload(localType, values);
    }

    /// <summary>
    /// Writes a data message with a compressed-timestamp header: local type 0-3 and the low 5 bits of its time
    /// (<paramref name="timeOffset"/>, 0-31).
    /// </summary>
    public void WriteCompressed(byte localType, int timeOffset, params ReadOnlySpan<FitValue> values)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localType, (byte)3);
        _out.WriteByte((byte)(0x80 | localType << 5 | (timeOffset & 0x1F)));
        WritePayload(localType, values);
    }

    /// <summary>Writes bytes as they are (to build damaged files).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => _out.Write(bytes);

    /// <summary>
    /// Ends the current file: fills in the header's data size and CRC and appends the file CRC.
    /// The optional arguments build broken files.
    /// </summary>
    /// <param name="corruptFileCrc">Write a file CRC that does not match.</param>
    /// <param name="corruptHeaderCrc">Write a header CRC that does not match (14-byte headers).</param>
    /// <param name="dataSizeOverride">Put this data size in the header instead of the true one.</param>
    /// <param name="writeFileCrc">False to leave the file CRC out.</param>
    /// <param name="zeroHeaderCrc">Write 0 ("not computed") as the header CRC.</param>
    public void EndFile(bool corruptFileCrc = false, bool corruptHeaderCrc = false, uint? dataSizeOverride = null, bool writeFileCrc = true,
        bool zeroHeaderCrc = false)
    {
        if (_fileStart < 0) throw new InvalidOperationException("BeginFile first.");
        var buffer = _out.GetBuffer();
        var start = (int)_fileStart;
        var dataSize = (uint)(_out.Length - _fileStart - _headerSize);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(start + 4), dataSizeOverride ?? dataSize);
        if (_headerSize == 14)
        {
            var crc = zeroHeaderCrc ? (ushort)0 : FitCrc.Compute(buffer.AsSpan(start, 12));
            if (corruptHeaderCrc) crc ^= 0x5A5A;
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(start + 12), crc);
        }
        if (writeFileCrc)
        {
            var fileCrc = FitCrc.Compute(buffer.AsSpan(start, (int)(_out.Length - _fileStart)));
            if (corruptFileCrc) fileCrc ^= 0xA5A5;
            Span<byte> crcBytes = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(crcBytes, fileCrc);
            _out.Write(crcBytes);
        }
        _fileStart = -1;
    }

    /// <summary>Everything written so far.</summary>
    public byte[] ToArray() => _out.ToArray();

    /// <summary>Copies everything written so far to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output) => output.Write(_out.GetBuffer(), 0, (int)_out.Length);

    private void WritePayload(byte localType, ReadOnlySpan<FitValue> values)
    {
        var layout = _layouts[localType] ?? throw new InvalidOperationException($"Local type {localType} has no definition.");
        if (_scratch.Length < layout.Size) _scratch = new byte[Math.Max(layout.Size, _scratch.Length * 2)];
        var payload = _scratch.AsSpan(0, layout.Size);
        var at = 0;
        var v = 0;
        foreach (var f in layout.Fields)
        {
            var size = f.EffectiveSize;
            (v < values.Length ? values[v] : FitValue.Invalid).Encode(payload.Slice(at, size), f.Type, layout.BigEndian);
            at += size;
            v++;
        }
        foreach (var f in layout.DeveloperFields)
        {
            (v < values.Length ? values[v] : FitValue.Invalid).Encode(payload.Slice(at, f.Size), f.Type, layout.BigEndian);
            at += f.Size;
            v++;
        }
        _out.Write(payload);
    }
}
