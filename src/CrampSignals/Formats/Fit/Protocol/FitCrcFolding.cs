using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// The FIT CRC sixty-four bytes a step by carry-less multiplication: the table CRC costs about a cycle a byte, and a
/// large multisport file is megabytes.
/// </summary>
/// <remarks>
/// <para>FIT's CRC-16 (0x8005, reflected) is the reflected CRC-32 of P(x) = (x^16 + x^15 + x^2 + 1)·x^16: with that
/// polynomial the upper half of a 32-bit register never fills, so the register holds the CRC-16 itself. Folding then
/// works as for any CRC-32. Sixteen bytes loaded little-endian are a polynomial of degree below 128 with bit i the
/// coefficient of x^(127 − i). A running remainder X = H·x^64 + L, followed by a block B, has the same CRC as
/// H·(x^192 mod P) + L·(x^128 mod P) + B: two 64 × 33-bit products, each still below degree 128.</para>
/// <para>In that bit order the constant for a factor K must hold the coefficient of x^d at bit 64 − d, which leaves no
/// place for x^0: K is written as x·(x^(n − 1) mod P), whose lowest term is x^1. Four remainders run side by side over
/// 64-byte strides (folded by x^512), are folded into one, and that one's sixteen bytes and the tail go through the table
/// CRC, whose result is the CRC of the whole.</para>
/// </remarks>
internal static class FitCrcFolding
{
    /// <summary>
    /// The shortest data folded: the four remainders need 64 bytes to start, and the reader's other CRCs (a 14-byte file
    /// header) are far below it either way.
    /// </summary>
    public const int MinimumLength = 128;

    // The CRC-16 polynomial times x^16, x^32 included.
    private const ulong Polynomial = 0x1_8005_0000;

    private static readonly Vector128<ulong> By128 = Vector128.Create(Constant(192), Constant(128));
    private static readonly Vector128<ulong> By512 = Vector128.Create(Constant(576), Constant(512));

    /// <summary>True where the processor multiplies without carries (x64 with PCLMULQDQ).</summary>
    public static bool IsSupported => Pclmulqdq.IsSupported && BitConverter.IsLittleEndian;

    /// <summary>The CRC of <paramref name="data"/> (at least <see cref="MinimumLength"/> bytes), continuing from <paramref name="seed"/>.</summary>
    // Optimised from the first call: a file's CRC is one call of this method, and unoptimised code would spill every
    // vector between intrinsics.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ushort Compute(ReadOnlySpan<byte> data, ushort seed)
    {
        if (!IsSupported || data.Length < MinimumLength) throw new InvalidOperationException("Folding needs PCLMULQDQ and 128 bytes.");
        // Continuing from a seed is the same as starting from zero with the seed added into the first bytes.
        var x0 = Load(data, 0) ^ Vector128.CreateScalar((ulong)seed);
        var x1 = Load(data, 16);
        var x2 = Load(data, 32);
        var x3 = Load(data, 48);
        var at = 64;
        var k = By512;
        for (; data.Length - at >= 64; at += 64)
        {
            x0 = Fold(x0, k) ^ Load(data, at);
            x1 = Fold(x1, k) ^ Load(data, at + 16);
            x2 = Fold(x2, k) ^ Load(data, at + 32);
            x3 = Fold(x3, k) ^ Load(data, at + 48);
        }
        k = By128;
        var x = Fold(Fold(Fold(x0, k) ^ x1, k) ^ x2, k) ^ x3;
        for (; data.Length - at >= 16; at += 16) x = Fold(x, k) ^ Load(data, at);

        Span<byte> remainder = stackalloc byte[16];
        MemoryMarshal.Write(remainder, x);
        var crc = FitCrc.ComputeByTables(remainder);
        return FitCrc.ComputeByTables(data[at..], crc);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> Load(ReadOnlySpan<byte> data, int at) => MemoryMarshal.Read<Vector128<ulong>>(data[at..]);

    // H (the low lane: the higher powers) times the first constant, plus L times the second.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> Fold(Vector128<ulong> x, Vector128<ulong> k) =>
        Pclmulqdq.CarrylessMultiply(x, k, 0x00) ^ Pclmulqdq.CarrylessMultiply(x, k, 0x11);

    /// <summary>x^n mod P as x·(x^(n − 1) mod P), in the fold's bit order (coefficient of x^d at bit 64 − d).</summary>
    internal static ulong Constant(int n)
    {
        ulong r = 1;
        for (var i = 0; i < n - 1; i++)
        {
            r <<= 1;
            if ((r & (1UL << 32)) != 0) r ^= Polynomial;
        }
        r <<= 1;
        ulong c = 0;
        for (var d = 1; d <= 32; d++)
            if ((r & (1UL << d)) != 0) c |= 1UL << (64 - d);
        return c;
    }
}
