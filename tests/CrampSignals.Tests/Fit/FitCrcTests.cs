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
}
