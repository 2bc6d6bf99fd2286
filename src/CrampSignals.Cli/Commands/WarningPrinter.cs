using CrampSignals.Activities;

namespace CrampSignals.Cli.Commands;

/// <summary>Writes a file's warnings to standard error, one line each (control characters escaped), naming the file once.</summary>
internal static class WarningPrinter
{
    public static void Print(Activity activity, string path, TextWriter error) => Print(activity.Warnings, path, error);

    /// <summary>
    /// Side-car readers (cramp logs, weather) already name their file in each message; the file is named here only for
    /// those that do not, so no line says the path twice.
    /// </summary>
    public static void Print(IEnumerable<ParseWarning> warnings, string path, TextWriter error)
    {
        foreach (var warning in warnings)
        {
            var named = warning.Message.StartsWith(path + ":", StringComparison.Ordinal);
            var text = named && warning.Line is int line
                ? $"{path}: line {line}: {warning.Message[(path.Length + 1)..].TrimStart()}"
                : named ? warning.Message : $"{path}: {warning}";
            error.WriteLine($"warning: {LogText.Escape(text)}");
        }
    }
}
