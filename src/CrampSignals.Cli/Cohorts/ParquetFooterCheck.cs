namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// Walks a Parquet file's footer (Thrift compact protocol) before Parquet.Net reads it, checking that every length and
/// count fits in the bytes left and that structures nest at most <see cref="MaxDepth"/> deep. Parquet.Net allocates a
/// string's or list's declared size before reading it (one flipped bit asked for 1.4 GB) and can loop on a damaged
/// footer; after this walk neither can happen.
/// </summary>
internal static class ParquetFooterCheck
{
    /// <summary>The deepest nesting of structures and lists walked: Parquet's own metadata nests about 6 deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>Null when the file's frame and footer are sound; otherwise why not.</summary>
    public static string? Problem(Stream file)
    {
        var length = file.Length;
        if (length < 12) return "too short for Parquet";
        Span<byte> tail = stackalloc byte[8];
        file.Position = length - 8;
        file.ReadExactly(tail);
        if (!tail[4..].SequenceEqual("PAR1"u8)) return "does not end in PAR1: not Parquet, or cut short";
        var footer = BitConverter.ToInt32(tail[..4]);
        if (footer <= 0 || footer > length - 12) return $"its footer claims {footer} bytes in a file of {length}";
        var bytes = new byte[footer];
        file.Position = length - 8 - footer;
        file.ReadExactly(bytes);
        file.Position = 0;
        var walker = new Walker(bytes);
        try
        {
            walker.Struct(0, "FileMetaData");
            return null;
        }
        catch (FormatException e)
        {
            return $"its footer is damaged at byte {walker.Position} of {footer}: {e.Message}";
        }
    }

    /// <summary>The most bytes a page may unpack to: 16 MiB, or 256 times what it takes in the file.</summary>
    public static long MaxUncompressed(long compressed) => (16L << 20) + 256 * compressed;

    /// <summary>
    /// Null when every page header of the column chunk at <paramref name="start"/> (<paramref name="size"/> bytes) is sound:
    /// each page fits in the chunk, unpacks to at most <see cref="MaxUncompressed"/> and holds at most
    /// <paramref name="maxValues"/> values. Parquet.Net sizes its buffers from these before reading a byte of the page.
    /// </summary>
    public static string? PageProblem(Stream file, long start, long size, long maxValues)
    {
        if (start < 4 || size < 0 || start + size > file.Length - 8) return "its column chunk lies outside the file";
        var chunk = new byte[size];
        file.Position = start;
        file.ReadExactly(chunk);
        file.Position = 0;
        var at = 0;
        while (at < chunk.Length)
        {
            var walker = new Walker(chunk.AsSpan(at)) { Uncompressed = -1, Compressed = -1, Values = -1 };
            try { walker.Struct(0, "PageHeader"); }
            catch (FormatException e) { return $"a page header at byte {start + at} is damaged: {e.Message}"; }
            at += walker.Position;
            if (walker.Compressed < 0 || walker.Compressed > chunk.Length - at) return $"a page at byte {start + at} claims {walker.Compressed} bytes, more than its column chunk holds";
            if (walker.Uncompressed < 0 || walker.Uncompressed > MaxUncompressed(walker.Compressed)) return $"a page at byte {start + at} claims to unpack to {walker.Uncompressed} bytes";
            if (walker.Values > maxValues) return $"a page at byte {start + at} claims {walker.Values} values";
            at += (int)walker.Compressed;
        }
        return null;
    }

    private ref struct Walker(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;

        public int Position { get; private set; }

        private readonly int Left => _data.Length - Position;

        /// <summary>A page header's sizes, when the struct walked was one: uncompressed, compressed, values (-1 when absent).</summary>
        public long Uncompressed, Compressed, Values;

        public void Struct(int depth, string name)
        {
            if (depth > MaxDepth) throw new FormatException($"nested over {MaxDepth} deep");
            var fields = Thrift.Structs.GetValueOrDefault(name);
            var last = 0;
            while (true)
            {
                var header = Byte();
                if (header == 0) return;
                var wire = header & 0x0F;
                var id = header >> 4 == 0 ? (int)ZigZag(Varint()) : last + (header >> 4);
                last = id;
                if (fields is null || !fields.TryGetValue(id, out var field))
                {
                    // A field Parquet.Net does not know: it skips it by its wire type, and so do we.
                    Value(wire, depth, null);
                    continue;
                }
                // Parquet.Net reads a known field as its declared type whatever the wire says: a mismatch would read
                // a number as a length, so it is damage.
                if (!Thrift.Matches(wire, field.Wire)) throw new FormatException($"field {id} of {name} has wire type {wire}, not {field.Wire}");
                if (wire == Thrift.I32 && name == "PageHeader" && id is 2 or 3)
                {
                    if (id == 2) Uncompressed = ZigZag(Varint());
                    else Compressed = ZigZag(Varint());
                }
                else if (wire == Thrift.I32 && id == 1 && name is "DataPageHeader" or "DictionaryPageHeader" or "DataPageHeaderV2") Values = ZigZag(Varint());
                else Value(wire, depth, field);
            }
        }

        private static long ZigZag(long v) => (long)((ulong)v >> 1) ^ -(v & 1);

        private void Value(int type, int depth, Thrift.Field? field)
        {
            switch (type)
            {
                case 1 or 2: break;
                case 3: Skip(1); break;
                case 4 or 5 or 6: Varint(); break;
                case 7: Skip(8); break;
                case 8: Skip(Size()); break;
                case 9 or 10:
                {
                    var header = Byte();
                    var count = header >> 4 == 15 ? Size() : header >> 4;
                    var element = header & 0x0F;
                    if (count > Left) throw new FormatException($"a list of {count} in {Left} bytes");
                    if (depth + 1 > MaxDepth) throw new FormatException($"nested over {MaxDepth} deep");
                    if (field is { Element: var expected } && count > 0 && !Thrift.Matches(element, expected))
                        throw new FormatException($"a list of wire type {element}, not {expected}");
                    // In lists, booleans take a byte each.
                    for (var i = 0; i < count; i++)
                        if (element is 1 or 2) Skip(1);
                        else if (element == 12) Struct(depth + 1, field?.Struct ?? "");
                        else Value(element, depth + 1, null);
                    break;
                }
                case 11:
                {
                    var count = Size();
                    if (count == 0) break;
                    var types = Byte();
                    if (2L * count > Left) throw new FormatException($"a map of {count} in {Left} bytes");
                    for (var i = 0; i < count; i++)
                    {
                        Value(types >> 4, depth + 1, null);
                        Value(types & 0x0F, depth + 1, null);
                    }
                    break;
                }
                case 12: Struct(depth + 1, field?.Struct ?? ""); break;
                case 13: Skip(16); break;
                default: throw new FormatException($"unknown field type {type}");
            }
        }

        private int Size()
        {
            var size = Varint();
            if (size < 0 || size > Left) throw new FormatException($"a size of {size} with {Left} bytes left");
            return (int)size;
        }

        private long Varint()
        {
            long value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = Byte();
                value |= (long)(b & 0x7F) << shift;
                if ((b & 0x80) == 0) return value;
            }
            throw new FormatException("a number over 10 bytes");
        }

        private byte Byte()
        {
            if (Left < 1) throw new FormatException("ends inside a value");
            return _data[Position++];
        }

        private void Skip(int n)
        {
            if (n > Left) throw new FormatException($"a value of {n} bytes with {Left} left");
            Position += n;
        }
    }
}
