using CrampSignals.Activities;

namespace CrampSignals.Formats.Fit;

/// <summary>Writes an <see cref="Activity"/> as a valid FIT activity file (file_id, event, record, lap, session, activity).</summary>
public static class FitActivityWriter
{
    /// <summary>Writes <paramref name="activity"/> to <paramref name="output"/>.</summary>
    public static void Write(Activity activity, Stream output) => throw new NotImplementedException();

    /// <summary>The FIT bytes of <paramref name="activity"/>.</summary>
    public static byte[] ToBytes(Activity activity)
    {
        using var ms = new MemoryStream();
        Write(activity, ms);
        return ms.ToArray();
    }
}
