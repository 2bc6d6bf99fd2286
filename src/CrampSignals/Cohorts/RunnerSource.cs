namespace CrampSignals.Cohorts;

/// <summary>Who ran each run of a cohort: what names the runner.</summary>
public enum RunnerSource
{
    /// <summary>The first folder level under each folder given is one runner.</summary>
    Folder,

    /// <summary>The FIT <c>file_id</c> serial number of the watch (files without one fall back to their folder).</summary>
    Device,

    /// <summary>Every file is its own runner.</summary>
    File,
}
