namespace CrampSignals.Activities;

/// <summary>The one list of what unreadable input throws, so a batch lists such a file as a failure and goes on.</summary>
internal static class InputFailures
{
    /// <summary>
    /// True for a failure of the input itself (a file that is not what it claims, cannot be opened, or holds numbers a
    /// format does not allow); false for a bug or a cancellation, which must not pass as a bad file.
    /// </summary>
    public static bool IsExpected(Exception e) =>
        e is InputFormatException or InvalidDataException or IOException or UnauthorizedAccessException or FormatException;
}
