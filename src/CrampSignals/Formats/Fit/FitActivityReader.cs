using System.Buffers.Binary;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Decoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit;

/// <summary>Reads a whole FIT file (chained files included) into an <see cref="Activity"/>.</summary>
internal static class FitActivityReader
{
    /// <summary>Decodes <paramref name="data"/>; damage after the file header becomes warnings, not exceptions.</summary>
    /// <exception cref="InputFormatException">The bytes are not a FIT file at all.</exception>
    public static Activity Read(ReadOnlySpan<byte> data, string fileName)
    {
        var reader = new FitReader(data);
        // The table is sized to the records there are: a guess from the file's length overshoots typical files by far, and
        // growing by doubling copies every column. Counting walks only the record headers.
        var decoder = new FitActivityDecoder(CountRecords(data));
        while (reader.Read())
            if (reader.TokenType == FitTokenType.Data) decoder.Take(ref reader);
        if (reader.State.NotFitReason is string reason) throw new InputFormatException(fileName, reason, 0);
        return decoder.Build(reader.State, fileName, data.Length);
    }

    /// <summary>
    /// About the number of <c>record</c> messages a read of <paramref name="data"/> will meet: a walk over the record headers
    /// and definitions alone (no CRC, no field, no warning). Only a capacity: on damage it may count one record more than
    /// the read keeps, never more than there are bytes.
    /// </summary>
    internal static int CountRecords(ReadOnlySpan<byte> data)
    {
        Span<int> sizes = stackalloc int[16];
        Span<byte> kinds = stackalloc byte[16]; // 0 undefined, 1 other, 2 record
        var count = 0;
        var pos = 0;
        while (data.Length - pos >= 12)
        {
            var headerSize = data[pos];
            if (headerSize is not (12 or 14) || !data.Slice(pos + 8, 4).SequenceEqual(".FIT"u8) || data.Length - pos < headerSize) break;
            var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 4)..]);
            pos += headerSize;
            var end = dataSize == 0 ? Math.Max(pos, data.Length - 2) : (int)Math.Min(data.Length, pos + (long)dataSize);
            kinds.Clear();
            while (pos < end)
            {
                var h = data[pos];
                if ((h & 0xC0) == 0x40)
                {
                    if (end - pos < 6) return count;
                    var n = data[pos + 5];
                    var next = pos + 6 + 3 * n;
                    if ((h & 0x20) != 0)
                    {
                        if (next >= end) return count;
                        next += 1 + 3 * data[next];
                    }
                    if (next > end) return count;
                    var size = 0;
                    for (var i = pos + 6; i < next; i += 3)
                    {
                        if (i == pos + 6 + 3 * n) i++; // the developer field count
                        if (i + 1 < next) size += data[i + 1];
                    }
                    var global = data[pos + 2] == 0 ? BinaryPrimitives.ReadUInt16LittleEndian(data[(pos + 3)..]) : BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 3)..]);
                    sizes[h & 0xF] = size;
                    kinds[h & 0xF] = global == FitMessageNumbers.Record ? (byte)2 : (byte)1;
                    pos = next;
                    continue;
                }
                var local = (h & 0x80) != 0 ? (h >> 5) & 0x3 : h & 0xF;
                if (kinds[local] == 0) return count;
                if (kinds[local] == 2) count++;
                pos += 1 + sizes[local];
            }
            pos = end + 2;
        }
        return count;
    }
}
