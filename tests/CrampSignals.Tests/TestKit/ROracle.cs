using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CrampSignals.Tests.TestKit;

/// <summary>
/// R (with the survival package) as the oracle for the cohort statistics: writes CSV files to a temporary folder, runs a
/// script with <c>Rscript</c> and reads back the numbers it prints. Outside CI a machine without Rscript gets null and the
/// test returns early; under CI=true (.ci/run installs r-base-core and r-cran-survival) a missing Rscript is a failure.
/// </summary>
internal static class ROracle
{
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rscript on the PATH (or CRAMPSIGNALS_RSCRIPT), or null when there is none (a failure under CI=true).</summary>
    public static string? Rscript()
    {
        var env = Environment.GetEnvironmentVariable("CRAMPSIGNALS_RSCRIPT");
        var found = !string.IsNullOrEmpty(env)
            ? (File.Exists(env) ? env : null)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(d => Path.Combine(d, "Rscript")).FirstOrDefault(File.Exists);
        Assert.False(found is null && UnderCi, "Rscript is not installed; under CI=true it must be (apt-get install r-base-core r-cran-survival).");
        return found;
    }

    /// <summary>A CSV with a header line, numbers written so that R reads back the same doubles.</summary>
    public static string WriteCsv(string folder, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<double>> rows)
    {
        var text = new StringBuilder().AppendLine(string.Join(",", header));
        foreach (var row in rows) text.AppendLine(string.Join(",", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Made = new(StringComparer.Ordinal);

    /// <summary>A fresh temporary folder for one oracle call; <see cref="Run"/> deletes it when done.</summary>
    public static string Folder()
    {
        var folder = Directory.CreateTempSubdirectory("crampsignals-r-").FullName;
        Made[folder] = true;
        return folder;
    }

    /// <summary>
    /// Runs <paramref name="script"/> in <paramref name="folder"/> with survival loaded and <c>out(name, values)</c> defined,
    /// which prints one line "name v1 v2 …" at full precision; returns the lines by name, or null without Rscript.
    /// </summary>
    public static Dictionary<string, double[]>? Run(string folder, string script)
    {
        try { return RunIn(folder, script); }
        finally { if (Made.TryRemove(folder, out _)) Directory.Delete(folder, recursive: true); }
    }

    private static Dictionary<string, double[]>? RunIn(string folder, string script)
    {
        if (Rscript() is not { } rscript) return null;
        var path = Path.Combine(folder, "oracle.R");
        File.WriteAllText(path, """
            suppressPackageStartupMessages(library(survival))
            out <- function(name, v) cat(name, sprintf("%.17g", as.numeric(v)), "\n")
            """ + "\n" + script + "\n");
        var start = new ProcessStartInfo(rscript, ["--vanilla", path])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Rscript took more than two minutes");
        }
        Assert.True(process.ExitCode == 0, $"Rscript failed ({process.ExitCode}):\n{stderr.Result}\n{script}");
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var line in stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            result[parts[0]] = [.. parts.Skip(1).Select(Parse)];
        }
        return result;
    }

    private static double Parse(string s) => s switch
    {
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NA" or "NaN" => double.NaN,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// <c>coxph(formula, data = read.csv(csvPath), ties = "efron")</c>: coefficients, standard errors, Wald p-values and the
    /// likelihood-ratio statistic of the whole model; null without Rscript.
    /// </summary>
    public static (double[] Coef, double[] Se, double[] P, double LikelihoodRatio)? Cox(string csvPath, string formula)
    {
        var r = Run(Path.GetDirectoryName(csvPath)!, $"""
            d <- read.csv("{Path.GetFileName(csvPath)}")
            fit <- coxph({formula}, data = d, ties = "efron")
            s <- summary(fit)$coefficients
            out("coef", s[, "coef"]); out("se", s[, "se(coef)"]); out("p", s[, "Pr(>|z|)"])
            out("lr", 2 * diff(fit$loglik))
            """);
        return r is null ? null : (r["coef"], r["se"], r["p"], r["lr"][0]);
    }

    /// <summary>Relative agreement to <paramref name="relative"/> (absolute below 1e-12, where relative means nothing).</summary>
    public static void Close(double expected, double actual, double relative = 5e-4, string what = "", Xunit.Abstractions.ITestOutputHelper? log = null)
    {
        log?.WriteLine($"{what}: R {expected:G10}, ours {actual:G10}, relative difference {Math.Abs(expected - actual) / Math.Abs(expected):G2}");
        var ok = Math.Abs(expected - actual) <= relative * Math.Abs(expected) || Math.Abs(expected - actual) < 1e-12;
        Assert.True(ok, $"{what}: R {expected:R}, ours {actual:R} (relative difference {Math.Abs(expected - actual) / Math.Abs(expected):G3})");
    }
}
