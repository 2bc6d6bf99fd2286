using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.Cohorts;

/// <summary>How a batch loads one file: as <see cref="ActivityFile.Load(string)"/>, but a file with no samples is unreadable.</summary>
internal static class BatchInput
{
    /// <summary>
    /// The activity in <paramref name="path"/>. One analysis on its own still reports an empty file with its warnings; in a
    /// batch it would be counted as a run with nothing in it (a FIT file whose header is broken reads as no records), so it
    /// is a failure instead, with what the reader said.
    /// </summary>
    /// <exception cref="InputFormatException">The file holds no samples.</exception>
    public static Activity Load(string path) => WithSamples(ActivityFile.Load(path), path);

    /// <summary><paramref name="activity"/>, read from <paramref name="name"/>, unless it holds no samples.</summary>
    /// <exception cref="InputFormatException">It holds no samples; the message gives what the reader said.</exception>
    public static Activity WithSamples(Activity activity, string name)
    {
        if (activity.Samples.Count > 0) return activity;
        var said = activity.Warnings.IsEmpty ? string.Empty : $" ({string.Join("; ", activity.Warnings.Take(3).Select(w => w.Message))})";
        throw new InputFormatException(name, $"holds no recorded samples: nothing to analyse{said}");
    }
}
