using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.History;

/// <summary>
/// Where a run reached a distance, from its own distance channel (what the watch showed the runner), else from its
/// positions summed: the clock a runner's "at km 31" is read on.
/// </summary>
internal sealed class RunDistance
{
    private readonly double[] _seconds;
    private readonly double[] _meters;

    private RunDistance(double[] seconds, double[] meters) => (_seconds, _meters) = (seconds, meters);

    /// <summary>
    /// The run's distance over its time: the device's own distance channel (FIT, TCX), else, for a file whose distance is only
    /// its raw positions summed (GPX), the filtered track's, since 1 Hz scatter adds metres every second and would put
    /// "km 17" minutes early; null without either.
    /// </summary>
    public static RunDistance? Of(Activity run, SignalOptions options)
    {
        if (run.Source?.Format is ActivityFormat.Fit or ActivityFormat.Tcx || run.Samples.Count == 0) return Of(run);
        var track = SignalTrackBuilder.Build(run, options.Track);
        if (track.Length < 2) return Of(run);
        var seconds = new double[track.Length];
        var meters = new double[track.Length];
        var offset = track.StartUnixSeconds - run.Samples.FirstUnixSeconds;
        for (var i = 0; i < track.Length; i++) (seconds[i], meters[i]) = (offset + i, track.DistanceMeters[i]);
        track.Release();
        return meters[^1] > 0 ? new RunDistance(seconds, meters) : Of(run);
    }

    /// <summary>The run's distance over its time from its distance channel, else its positions summed; null without either.</summary>
    public static RunDistance? Of(Activity run)
    {
        var s = run.Samples;
        if (s.Count == 0) return null;
        var start = s.FirstUnixSeconds;
        var times = s.UnixSeconds;
        var seconds = new List<double>(s.Count);
        var meters = new List<double>(s.Count);
        var channel = s.DistanceMeters;
        var fromChannel = false;
        foreach (var d in channel) if (!double.IsNaN(d)) { fromChannel = true; break; }
        var summed = new CumulativeDistance();
        double best = 0;
        for (var i = 0; i < s.Count; i++)
        {
            if (double.IsNaN(times[i])) continue;
            var d = fromChannel ? channel[i] : summed.Add(s.Latitude[i], s.Longitude[i]);
            // A distance channel only grows; a dip is a glitch and the furthest so far stands.
            if (double.IsNaN(d) || d < best) continue;
            best = d;
            seconds.Add(times[i] - start);
            meters.Add(d);
        }
        return meters.Count < 2 || meters[^1] <= 0 ? null : new RunDistance([.. seconds], [.. meters]);
    }

    /// <summary>The run's whole distance in metres.</summary>
    public double TotalMeters => _meters[^1];

    /// <summary>The run's length in seconds, first sample to last with a distance.</summary>
    public double LastSeconds => _seconds[^1];

    /// <summary>Seconds after the start at which the run first reached <paramref name="meters"/>, interpolated; null past its end.</summary>
    public double? SecondsAt(double meters)
    {
        if (meters <= _meters[0]) return _seconds[0];
        if (meters > _meters[^1]) return null;
        var i = Array.BinarySearch(_meters, meters);
        if (i >= 0)
        {
            while (i > 0 && _meters[i - 1] == meters) i--;
            return _seconds[i];
        }
        i = ~i;
        var f = (meters - _meters[i - 1]) / (_meters[i] - _meters[i - 1]);
        return _seconds[i - 1] + f * (_seconds[i] - _seconds[i - 1]);
    }
}
