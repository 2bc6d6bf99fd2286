using System.Text;
using System.Text.RegularExpressions;
using CrampSignals.Activities;
using CrampSignals.Cli;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;

namespace CrampSignals.Fuzz.Regressions;

/// <summary>
/// Files that once crashed or swelled the tool, made again from the project's own simulated runs (never corpus copies):
/// each is a simulated run written by the project's writers with the one edit that broke it.
/// </summary>
internal sealed partial class HostileFiles : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("crampsignals-hostile-");

    public string Folder => _dir.FullName;

    public void Dispose() => _dir.Delete(recursive: true);

    public static Activity Run(int samples = 1200) => FuzzSeeds.ShortRun("surges", 3, samples);

    public string Gpx(string name, Func<string, string>? edit = null, Activity? activity = null)
    {
        using var s = new MemoryStream();
        GpxActivityWriter.Write(activity ?? Run(), s);
        var text = Encoding.UTF8.GetString(s.ToArray());
        return Text(name, edit is null ? text : edit(text));
    }

    public string Tcx(string name, Func<string, string> edit) => Text(name, edit(FuzzSeeds.TcxText(Run())));

    public string Fit(string name, Activity? activity = null) => Bytes(name, FitActivityWriter.ToBytes(activity ?? Run()));

    public string Text(string name, string text) => Bytes(name, Encoding.UTF8.GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Replaces the <paramref name="nth"/> match of <paramref name="pattern"/> (0-based; -1 for every one).</summary>
    public static string Replace(string text, string pattern, string replacement, int nth = -1)
    {
        var i = 0;
        return Regex.Replace(text, pattern, m => nth < 0 || i++ == nth ? replacement : m.Value);
    }

    public static (int Code, string Out, string Err) Tool(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [GeneratedRegex(@"<time>[^<]*</time>")]
    public static partial Regex GpxTime();
}
