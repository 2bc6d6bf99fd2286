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
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public void Report(AnalysisProgress value)
    {
        lock (_gate)
        {
            _done = Math.Max(_done, value.Done);
            // The total is known once the walk is done, so it comes with each report rather than up front.
            _total = Math.Max(_total, value.Total);
            if (!_live || _finished || _total <= 1) return;
            var filled = (int)Math.Round(Width * (double)_done / _total);
            error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{_total} files{Eta()}");
            error.Flush();
        }
    }

    // From the pace so far; hidden until a few files are done, when it would only be noise.
    private string Eta()
    {
        if (_done < 3 || _done >= _total) return "      ";
        var left = TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds / _done * (_total - _done));
        return left.TotalHours >= 1 ? $", {(int)left.TotalHours}h{left.Minutes:00} left " : $", {left.Minutes}:{left.Seconds:00} left ";
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_finished) return;
            _finished = true;
            if (_live) error.Write('\r' + new string(' ', Width + 44) + '\r');
        }
    }

    public void Dispose() => Finish();
}
