using System.IO.Compression;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Formats.Fit;

namespace CrampSignals.Fuzz.Regressions;

/// <summary>Damaged zip archives and lead-ins: a clear error or a run, never a crash (files generated, see <see cref="HostileFiles"/>).</summary>
public sealed class ArchiveRegressionTests : IDisposable
{
    private readonly HostileFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var m = new MemoryStream();
        using (var zip = new ZipArchive(m, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(content);
            }
        return m.ToArray();
    }

    [Fact]
    public void Every_flipped_byte_or_cut_of_a_nested_zip_is_a_run_or_an_input_error()
    {
        var fit = FitActivityWriter.ToBytes(HostileFiles.Run(300));
        var zip = Zip(("inner.zip", Zip(("run.fit", fit))), ("notes.txt", "x"u8.ToArray()));
        var rng = new Random(18);
        for (var round = 0; round < 300; round++)
        {
            var bytes = (byte[])zip.Clone();
            if (round % 3 == 0) bytes = bytes[..rng.Next(bytes.Length)];
            else for (var k = 0; k < 1 + round % 4; k++) bytes[rng.Next(bytes.Length)] ^= (byte)(1 << rng.Next(8));
            try
            {
                var activity = ActivityFile.Load(new MemoryStream(bytes), "fuzz.zip");
                Assert.NotNull(activity.Source);
            }
            catch (InputFormatException e)
            {
                Assert.Contains("fuzz.zip", e.Message);
            }
        }
    }

    [Fact]
    public void A_zip_given_to_the_tool_is_read_or_refused_on_one_line()
    {
        var one = _files.Bytes("one.zip", Zip(("a/run.fit", FitActivityWriter.ToBytes(HostileFiles.Run(300)))));
        Assert.Equal(0, HostileFiles.Tool("analyze", one).Code);
        var two = _files.Bytes("two.zip", Zip(("a.fit", FitActivityWriter.ToBytes(HostileFiles.Run(300))), ("b.fit", FitActivityWriter.ToBytes(HostileFiles.Run(300)))));
        var (code, _, err) = HostileFiles.Tool("inspect", two);
        Assert.Equal(1, code);
        Assert.Contains("holds 2 activity files", err);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Strava_style_white_space_before_the_declaration_is_read()
    {
        var path = _files.Tcx("strava.tcx", text => "          " + text.TrimStart('\uFEFF'));
        Assert.StartsWith("          <?xml", Encoding.UTF8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF'));
        Assert.True(ActivityFile.Load(path).Samples.Count > 0);
    }
}
