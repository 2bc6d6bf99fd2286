namespace CrampSignals.Formats.Exports;

/// <summary>What an archive or folder of activities is: a service's account export with an index, or plain files.</summary>
internal enum ExportKind
{
    /// <summary>Activity files with no index the reader knows.</summary>
    Plain,
    /// <summary>A Strava bulk export: <c>activities.csv</c> beside an <c>activities/</c> folder.</summary>
    Strava,
    /// <summary>A Garmin Connect account export: <c>DI_CONNECT/…</c> with summarized activities and zips of uploaded files.</summary>
    Garmin,
}

/// <summary>Tells an export's layout from the paths of its entries (zip entry names or files under a folder).</summary>
internal static class ExportLayout
{
    /// <summary>The index file of a Strava export.</summary>
    public const string StravaIndexName = "activities.csv";

    /// <summary>
    /// Garmin when a path runs through a <c>DI_CONNECT</c> folder and a summarized-activities file sits under it; Strava when
    /// <c>activities.csv</c> is at the top or under one folder (an export unzipped into a folder of its own name);
    /// plain otherwise. Only names are looked at, so this is cheap on an archive of thousands of entries.
    /// </summary>
    public static ExportKind Detect(IEnumerable<string> entryPaths)
    {
        ArgumentNullException.ThrowIfNull(entryPaths);
        var strava = false;
        foreach (var raw in entryPaths)
        {
            var path = Normalize(raw);
            if (IsGarminSummary(path)) return ExportKind.Garmin;
            if (IsStravaIndex(path)) strava = true;
        }
        return strava ? ExportKind.Strava : ExportKind.Plain;
    }

    /// <summary>True for <c>activities.csv</c> at the top or one folder down.</summary>
    public static bool IsStravaIndex(string path)
    {
        var parts = Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 1 or 2 && parts[^1].Equals(StravaIndexName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for <c>…/DI_CONNECT/…/*_summarizedActivities.json</c>.</summary>
    public static bool IsGarminSummary(string path)
    {
        var parts = Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2
            && parts[^1].EndsWith("summarizedActivities.json", StringComparison.OrdinalIgnoreCase)
            && parts.Any(p => p.Equals("DI_CONNECT", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for the nested zips of uploaded files: <c>…/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_*.zip</c>.</summary>
    public static bool IsGarminUploadZip(string path)
    {
        var parts = Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2
            && parts[^2].Equals("DI-Connect-Uploaded-Files", StringComparison.OrdinalIgnoreCase)
            && parts[^1].EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
    }

    // Zip tools on Windows write backslashes; "./" comes from tar-like listings.
    private static string Normalize(string path)
    {
        var p = (path ?? "").Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        return p;
    }
}
