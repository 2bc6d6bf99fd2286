using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

// The reader keeps the version texts and the device name of the last file for the next: files that differ, read in turn,
// must each still get their own.
public class FitRepeatedTextTests
{
    private static byte[] File(byte protocol, ushort profile, int manufacturer, int product)
    {
        var w = new FitWriter();
        w.BeginFile(14, protocol, profile);
        w.Define(0, FitMessageNumbers.FileId, [new(0, FitBaseType.Enum), new(1, FitBaseType.UInt16), new(2, FitBaseType.UInt16)]);
        w.Write(0, 4, manufacturer, product);
        w.EndFile();
        return w.ToArray();
    }

    [Fact]
    public void Files_read_in_turn_keep_their_own_versions_and_devices()
    {
        var files = new (byte[] Data, string Protocol, string Profile, string Device)[]
        {
            (File(0x20, 2140, 1, 2697), "2.0", "21.40", "Garmin fenix5"),
            (File(0x10, 2105, 1, 2697), "1.0", "21.05", "Garmin fenix5"),
            (File(0x20, 2140, 1, 65000), "2.0", "21.40", "Garmin product 65000"),
            (File(0x21, 1, 255, 7), "2.1", "0.01", "Development product 7"),
            (File(0x20, 2140, 60000, 7), "2.0", "21.40", "manufacturer 60000 product 7"),
        };
        for (var round = 0; round < 3; round++)
            foreach (var (data, protocol, profile, device) in files.Concat(files.Reverse()))
            {
                var source = FitActivityReader.Read(data, "a.fit");
                Assert.Equal(protocol, source.Source!.ProtocolVersion);
                Assert.Equal(profile, source.Source.ProfileVersion);
                Assert.Equal(device, source.Device.Name);
            }
    }

    [Fact]
    public void Every_version_reads_as_its_major_and_minor()
    {
        for (var v = 0; v < 256; v++) Assert.Equal($"{v >> 4}.{v & 0xF}", FitVersionText.Protocol((byte)v));
        foreach (ushort v in new ushort[] { 0, 7, 100, 2140, 2160, 2140, 65535, 7 })
            Assert.Equal($"{v / 100}.{v % 100:00}", FitVersionText.Profile(v));
    }
}
