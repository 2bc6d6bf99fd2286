using CrampSignals.Activities;

namespace CrampSignals.History.Sources;

/// <summary>
/// One file of an archive or folder, by its path inside it, read only when asked: the same path whether the export was given
/// as its zip or unpacked, so both give the same ids.
/// </summary>
/// <param name="Path">Its path inside the archive or folder, with '/'; an entry of a zip inside it after "!/".</param>
/// <param name="Shown">How a message names it: the argument, then the path.</param>
/// <param name="Open">Opens its bytes (decoded from the zip, still gzipped if it was); safe to call from several threads.</param>
/// <param name="DiskPath">Where it is on disk, for a file of a folder (side-car cramp logs sit next to it); null inside a zip.</param>
internal sealed record SourceFile(string Path, string Shown, Func<Stream> Open, string? DiskPath)
{
    /// <summary>The file as read by <see cref="Formats.ActivityFile.Load(Stream, string)"/> (gzip too), samples or not.</summary>
    /// <exception cref="InputFormatException">Not a readable activity file.</exception>
    public Activity Read()
    {
        using var s = Open();
        return Formats.ActivityFile.Load(s, Shown);
    }

    /// <summary><paramref name="activity"/> read from this file, unless it holds no samples (a FIT header with nothing after it reads so).</summary>
    /// <exception cref="InputFormatException">It holds no samples.</exception>
    public Activity WithSamples(Activity activity) => Cohorts.BatchInput.WithSamples(activity, Shown);

    /// <summary>The activity it holds; one with no samples is refused, with what the reader said.</summary>
    /// <exception cref="InputFormatException">Not a readable activity, or one with no samples.</exception>
    public Activity Load() => WithSamples(Read());
}
