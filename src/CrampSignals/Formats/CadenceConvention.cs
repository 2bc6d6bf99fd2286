using CrampSignals.Activities;

namespace CrampSignals.Formats;

/// <summary>
/// The one cadence convention of every reader: on foot, steps per minute (both feet); any other sport, as written
/// (a bike's revolutions per minute).
/// </summary>
/// <remarks>
/// <para>Watches count one foot: FIT <c>cadence</c> (plus <c>fractional_cadence</c>), TCX <c>RunCadence</c>, Garmin's
/// GPX <c>cad</c>, and the plain TCX <c>Cadence</c> that Polar writes in a Running activity are all strides per minute.
/// Some devices and apps (treadmills, some exporters) write steps per minute in the same fields, and doubling those
/// gives impossible runs at 270 steps a minute. So the readers keep the raw value and this class decides once per file
/// and per kind of sport: the median of the values that show movement is compared with
/// <see cref="StepsAtOrAbove"/>; at or above it the values are steps already and are kept, with a warning that
/// says so; below it they are doubled.</para>
/// </remarks>
internal static class CadenceConvention
{
    /// <summary>
    /// Median cadence on foot, as written, from which the values are taken as steps per minute already: as strides it
    /// would be a whole run (or walk) at 240 steps a minute or more, which nobody keeps up, while 120 steps a minute is
    /// a brisk walk or the slowest shuffle. Below it the values are taken as strides, as the formats define them; a
    /// walk written in steps below 120 cannot be told from a race walk in strides, and is doubled like the rest.
    /// </summary>
    public const double StepsAtOrAbove = 120;

    /// <summary>Values below this are a standing runner or sensor noise and do not vote (a stopped watch writes 0).</summary>
    private const double MovingAtOrAbove = 30;

    /// <summary>
    /// Puts the cadence of <paramref name="table"/> in the convention: the rows whose sport is on foot are doubled to
    /// steps per minute unless their values are steps already; other rows are left as written.
    /// </summary>
    /// <param name="table">The rows, cadence as the file wrote it.</param>
    /// <param name="sportOf">The sport of a row.</param>
    /// <param name="warn">Told when a sport's cadence was found to be in steps per minute already.</param>
    public static void Apply(SampleTableBuilder table, Func<int, Sport> sportOf, Action<ParseWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(sportOf);
        // Running and walking are judged apart: in a multisport file a walk's lower cadence does not drag the run's median down.
        var moving = new Dictionary<Sport, List<double>>();
        for (var row = 0; row < table.Count; row++)
        {
            var c = table.Get(row, SampleChannel.Cadence);
            var sport = Kind(sportOf(row));
            if (sport is null || double.IsNaN(c) || c < MovingAtOrAbove) continue;
            if (!moving.TryGetValue(sport.Value, out var list)) moving[sport.Value] = list = [];
            list.Add(c);
        }
        if (moving.Count == 0) return;

        var factor = new Dictionary<Sport, double>();
        foreach (var (sport, values) in moving)
        {
            var median = Median(values);
            var steps = median >= StepsAtOrAbove;
            factor[sport] = steps ? 1 : 2;
            if (steps)
                warn(new ParseWarning(
                    $"the {(sport == Sport.Running ? "running" : "walking")} cadence is already in steps per minute " +
                    $"(median {Math.Round(median)} as written, at or above {StepsAtOrAbove}); it is kept as written, not doubled"));
        }
        for (var row = 0; row < table.Count; row++)
        {
            var c = table.Get(row, SampleChannel.Cadence);
            if (double.IsNaN(c) || Kind(sportOf(row)) is not Sport sport) continue;
            // Rows of a foot sport with no moving value at all (a sport whose cadence never rose above 30) are doubled.
            var f = factor.TryGetValue(sport, out var known) ? known : 2;
            if (f != 1) table.Set(row, SampleChannel.Cadence, c * f);
        }
    }

    /// <summary>Puts every row of a one-sport file in the convention.</summary>
    public static void Apply(SampleTableBuilder table, Sport sport, Action<ParseWarning> warn) => Apply(table, _ => sport, warn);

    // Walking and hiking are judged as one kind.
    private static Sport? Kind(Sport sport) => sport switch
    {
        Sport.Running => Sport.Running,
        Sport.Walking or Sport.Hiking => Sport.Walking,
        _ => null,
    };

    private static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
