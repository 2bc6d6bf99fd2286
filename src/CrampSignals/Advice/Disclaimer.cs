namespace CrampSignals.Advice;

/// <summary>The one sentence every report carries once.</summary>
internal static class Disclaimer
{
    /// <summary>The disclaimer text.</summary>
    public const string Text =
        "This is general training information drawn from a runner's article and the research behind it, not medical advice: "
        + "see a doctor about cramps that recur, linger or worry you.";
}
