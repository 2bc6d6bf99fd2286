namespace CrampSignals.Tests.TestKit;

/// <summary>Bit-for-bit equality of doubles: what a faster path owes its reference (−0 and +0, or two NaNs, are told apart).</summary>
internal static class SameBits
{
    public static void Assert(double expected, double actual, string what) =>
        Xunit.Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"{what}: expected {expected:R}, got {actual:R}");
}
