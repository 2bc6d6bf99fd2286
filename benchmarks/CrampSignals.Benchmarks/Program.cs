using BenchmarkDotNet.Running;
using CrampSignals.Benchmarks;

// "make-cohort DIR N" writes the inputs of the end-to-end cohort measurement (benchmarks/cohort-throughput.sh); anything else runs benchmarks.
if (args is ["make-cohort", var folder, var count])
{
    LongRunCohort.Write(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["cohort-stats", var runners, var perRunner, ..])
{
    var inv = System.Globalization.CultureInfo.InvariantCulture;
    CohortStatisticsScaling.Run(int.Parse(runners, inv), int.Parse(perRunner, inv), args.Length > 3 ? int.Parse(args[3], inv) : 1);
    return;
}
// "pass-loop N [FILE.fit]": the 4-hour run's (or the file's) decode, track and pass N times each, best times printed (for
// a profiler to attach to).
if (args is ["pass-loop", var rounds, ..] && args.Length <= 3)
{
    PassLoop.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), args.Length == 3 ? args[2] : null);
    return;
}
// "median-micro N": comparison against radix median on residual-like values, then the hill fit alone; "hill-fit N": only the hill fit.
if (args is ["median-micro", var microRounds])
{
    MedianMicro.Run(int.Parse(microRounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["hill-fit", var hillRounds])
{
    MedianMicro.HillFit(int.Parse(hillRounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
