using CrampSignals.Activities;

namespace CrampSignals.Cli.Commands;

/// <summary>Writes a file's warnings to standard error, one line each, naming the file.</summary>
internal static class WarningPrinter
{
    public static void Print(Activity activity, string path, TextWriter error)
    {
        foreach (var warning in activity.Warnings) error.WriteLine($"warning: {path}: {warning}");
    }
}
