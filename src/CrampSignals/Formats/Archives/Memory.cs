namespace CrampSignals.Formats.Archives;

/// <summary>Bytes in memory as a read-only stream, without a copy when they sit in an array.</summary>
internal static class Memory
{
    public static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false, publiclyVisible: true)
            : new MemoryStream(content.ToArray(), 0, content.Length, writable: false, publiclyVisible: true);
}
