using CrampSignals.Cohorts;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// A progress bar on standard error while many files are read: redrawn in place on a terminal, a single summary line
/// when standard error goes to a file or another program. The last line is the caller's: only it knows how the files
/// read turned out (runs, skipped, counted once, unreadable), and a bare "read 4 of 4 files" would hide three skipped.
/// </summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<AnalysisProgress>, IDisposable
{
    private const int Width = 30;
    private readonly object _gate = new();
    private readonly bool _live = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private int _total;
    private int _done;
    private bool _finished;

    public void Report(AnalysisProgress value)
    {
        lock (_gate)
        {
            _done = Math.Max(_done, value.Done);
            // The total is known once the walk is done, so it comes with each report rather than up front.
            _total = Math.Max(_total, value.Total);
            if (!_live || _finished || _total <= 1) return;
            var filled = (int)Math.Round(Width * (double)_done / _total);
            error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{_total} files");
            error.Flush();
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_finished) return;
            _finished = true;
            if (_live) error.Write('\r' + new string(' ', Width + 24) + '\r');
        }
    }

    public void Dispose() => Finish();
}
