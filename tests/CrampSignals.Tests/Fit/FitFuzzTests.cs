using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Model;

namespace CrampSignals.Tests.Fit;

public class FitFuzzTests
{
    [Fact]
    public void Thousands_of_damaged_versions_of_a_file_never_crash_hang_or_run_away()
    {
        var valid = FitActivityWriter.ToBytes(FitActivityWriterTests.MakeRun(40));
        var random = new Random(20240601);
        var readable = 0;
        for (var round = 0; round < 4000; round++)
        {
            var data = Mutate(valid, random);
            try
            {
                var activity = FitActivityReader.Read(data, "fuzz.fit");
                // Nothing is invented: a file of N bytes cannot hold more than N records.
                Assert.True(activity.Samples.Count <= data.Length);
                Assert.True(activity.Warnings.Length <= 201);
                FitFile.Read(data, "fuzz.fit");
                readable++;
            }
            catch (InputFormatException e)
            {
                Assert.Equal("fuzz.fit", e.FileName);
            }
        }
        Assert.True(readable > 1000, $"only {readable} of the damaged files were readable at all");
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var data = (byte[])valid.Clone();
        switch (random.Next(4))
        {
            case 0: // flip a few bytes anywhere (past the header most of the time)
                for (var i = random.Next(1, 6); i > 0; i--) data[random.Next(random.Next(4) == 0 ? 0 : 14, data.Length)] = (byte)random.Next(256);
                return data;
            case 1: // truncate
                return data[..random.Next(data.Length)];
            case 2: // insert random bytes
                var at = random.Next(14, data.Length);
                var junk = new byte[random.Next(1, 40)];
                random.NextBytes(junk);
                return [.. data[..at], .. junk, .. data[at..]];
            default: // flip bytes and truncate
                for (var i = random.Next(1, 4); i > 0; i--) data[random.Next(14, data.Length)] ^= (byte)(1 << random.Next(8));
                return data[..random.Next(14, data.Length + 1)];
        }
    }
}
