using System.Text;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

public class FitCrcTests
{
    [Fact]
    public void Matches_the_published_check_value_of_crc16_arc()
    {
        // FIT's CRC is CRC-16 with polynomial 0xA001, reflected, seed 0: the catalogue's check value for "123456789" is 0xBB3D.
        Assert.Equal(0xBB3D, FitCrc.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Byte_table_and_nibble_steps_agree_on_random_data()
    {
        var random = new Random(7);
        foreach (var length in Enumerable.Range(0, 40).Append(4093))
        {
            var data = new byte[length];
            random.NextBytes(data);
            ushort nibble = 0x1234;
            foreach (var b in data) nibble = FitCrc.Update(nibble, b);
            Assert.Equal(nibble, FitCrc.Compute(data, 0x1234));
        }
    }

    [Fact]
    public void Crc_over_data_and_its_little_endian_crc_is_zero()
    {
        var data = Encoding.ASCII.GetBytes("runner's cadence").ToList();
        var crc = FitCrc.Compute(data.ToArray());
        data.Add((byte)crc);
        data.Add((byte)(crc >> 8));
        Assert.Equal(0, FitCrc.Compute(data.ToArray()));
    }

    [Fact]
    public void Folding_gives_the_table_crc_for_every_length_seed_and_tail()
    {
        // Where the processor cannot fold, Compute takes the tables and the comparison is of the dispatch alone.
        var random = new Random(11);
        var lengths = Enumerable.Range(FitCrcFolding.MinimumLength, 200).Concat([1000, 4093, 65_536 + 7, 1_000_003]);
        foreach (var length in lengths)
        {
            var data = new byte[length];
            random.NextBytes(data);
            if (length % 5 == 0) data.AsSpan(0, length / 2).Fill(0xFF);
            var seed = (ushort)random.Next(65536);
            if (FitCrcFolding.IsSupported) Assert.Equal(FitCrc.ComputeByTables(data, seed), FitCrcFolding.Compute(data, seed));
            Assert.Equal(FitCrc.ComputeByTables(data, seed), FitCrc.Compute(data, seed));
        }
    }

    [Fact]
    public void A_long_file_and_its_crc_give_zero()
    {
        var data = new byte[3001];
        new Random(5).NextBytes(data);
        var crc = FitCrc.Compute(data);
        Assert.Equal(FitCrc.ComputeByTables(data), crc);
        var whole = data.Append((byte)crc).Append((byte)(crc >> 8)).ToArray();
        Assert.Equal(0, FitCrc.Compute(whole));
    }
}
