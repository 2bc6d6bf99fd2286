using System.Numerics;

namespace CrampSignals.Text;

/// <summary>
/// Correctly rounded parsing of plain decimals ("46.0512345", "-20.2", "154"), the same double the general parser
/// gives at a fraction of its cost. Short ones are one IEEE division of two exact doubles. Ones with more digits than a
/// double holds ("50.39256806485354900360107421875", as Garmin Connect writes coordinates) go by the Eisel-Lemire
/// method: the first 19 significant digits times a 128-bit power of five; when digits were dropped, the value lies
/// between those digits and the next number up, and if both round to the same double, that is the answer. Anything
/// it cannot decide returns false, for the general parser.
/// </summary>
internal static class PlainDecimal
{
    private const int MinExponent = -80;
    private const int MaxExponent = 80;
    private const int MaxDigits = 19;

    // Normalised 128-bit approximations of 5^q (high word first), built the way the fast_float tables are.
    private static readonly ulong[] PowersOfFive = BuildPowersOfFive();

    /// <summary>Parses [sign] digits [. digits]; false for any other shape, or when the fast method cannot decide.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out double value) => TryParse<char>(s, out value);

    /// <summary>Parses ASCII [sign] digits [. digits]; false for any other shape, or when the fast method cannot decide.</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, out double value) => TryParse<byte>(s, out value);

    private static bool TryParse<T>(ReadOnlySpan<T> s, out double value) where T : unmanaged, IBinaryInteger<T>
    {
        value = double.NaN;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && uint.CreateTruncating(s[0]) is '-' or '+')
        {
            negative = uint.CreateTruncating(s[0]) == '-';
            i = 1;
        }
        ulong w = 0;
        int significant = 0, exponent = 0, digits = 0;
        bool seenPoint = false, dropped = false;
        for (; i < s.Length; i++)
        {
            var d = uint.CreateTruncating(s[i]) - '0';
            if (d <= 9)
            {
                digits++;
                if (w == 0 && d == 0)
                {
                    if (seenPoint) exponent--;
                }
                else if (significant < MaxDigits)
                {
                    w = w * 10 + d;
                    significant++;
                    if (seenPoint) exponent--;
                }
                else
                {
                    if (!seenPoint) exponent++;
                    if (d != 0) dropped = true;
                }
            }
            else if (d + '0' == '.' && !seenPoint) seenPoint = true;
            else return false;
        }
        if (digits == 0) return false;
        if (w == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }
        double magnitude;
        // Both exact and the quotient correctly rounded: the common short decimal, without the wide product.
        if (!dropped && w <= 1UL << 53 && exponent is <= 0 and >= -22) magnitude = w / PowersOfTen[-exponent];
        else
        {
            if (exponent < MinExponent || exponent > MaxExponent) return false;
            if (!TryCompute(w, exponent, out magnitude)) return false;
            if (dropped && (!TryCompute(w + 1, exponent, out var upper) || upper != magnitude)) return false;
        }
        value = negative ? -magnitude : magnitude;
        return true;
    }

    private static readonly double[] PowersOfTen =
        [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    // w × 10^q to the nearest double, w ≠ 0; false for subnormal or infinite results and the rare undecided product.
    private static bool TryCompute(ulong w, int q, out double value)
    {
        value = 0;
        var lz = BitOperations.LeadingZeroCount(w);
        w <<= lz;
        var index = 2 * (q - MinExponent);
        var high = Math.BigMul(w, PowersOfFive[index], out var low);
        if ((high & 0x1FF) == 0x1FF)
        {
            var second = Math.BigMul(w, PowersOfFive[index + 1], out _);
            low += second;
            if (second > low) high++;
        }
        if (low == ulong.MaxValue && (q < -27 || q > 55)) return false;
        var upperBit = (int)(high >> 63);
        var shift = upperBit + 64 - 52 - 3;
        var mantissa = high >> shift;
        var power2 = (((152170 + 65536) * q) >> 16) + 63 + upperBit - lz + 1023;
        if (power2 <= 0) return false;
        // Exactly halfway between two doubles: round to even rather than up.
        if (low <= 1 && q >= -4 && q <= 23 && (mantissa & 3) == 1 && (mantissa << shift) == high) mantissa &= ~1UL;
        mantissa += mantissa & 1;
        mantissa >>= 1;
        if (mantissa >= 2UL << 52)
        {
            mantissa = 1UL << 52;
            power2++;
        }
        mantissa &= ~(1UL << 52);
        if (power2 >= 0x7FF) return false;
        value = BitConverter.UInt64BitsToDouble(mantissa | ((ulong)power2 << 52));
        return true;
    }

    private static ulong[] BuildPowersOfFive()
    {
        var table = new ulong[2 * (MaxExponent - MinExponent + 1)];
        var two127 = BigInteger.One << 127;
        var two128 = BigInteger.One << 128;
        for (var q = MinExponent; q <= MaxExponent; q++)
        {
            BigInteger c;
            if (q >= 0)
            {
                c = BigInteger.Pow(5, q);
                while (c < two127) c <<= 1;
            }
            else
            {
                var power = BigInteger.Pow(5, -q);
                var z = (int)(power - 1).GetBitLength();
                var b = q >= -27 ? z + 127 : 2 * z + 128;
                c = (BigInteger.One << b) / power + 1;
            }
            while (c >= two128) c >>= 1;
            var at = 2 * (q - MinExponent);
            table[at] = (ulong)(c >> 64);
            table[at + 1] = (ulong)(c & ulong.MaxValue);
        }
        return table;
    }
}
