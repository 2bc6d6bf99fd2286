using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cramps;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Tests.Advice;
using CrampSignals.Text;

namespace CrampSignals.Tests.TestKit;

// The hand-built runs the report and analysis tests share, each with a signal report that fits it.
internal sealed partial class TestRun
{
    /// <summary>A hand-built 1 Hz tempo run (60 min, fast start, a surge, a cadence drop, warming up) and a signal report that fits it.</summary>
    public static class Tempo
    {
        public const int Seconds = 3600;

        public static Activity Activity(bool withHeartRate = true, bool withPositions = true)
        {
            var b = new SampleTableBuilder(Seconds + 1);
            var start = UnixTime.FromDateTime(TestReports.Start);
            double distance = 0;
            for (var i = 0; i <= Seconds; i++)
            {
                b.AddRow(start + i);
                var speed = i < 600 ? 3.6 : i is >= 1500 and < 1680 ? 4.0 : 3.3;
                distance += speed;
                b.Set(SampleChannel.Speed, speed);
                b.Set(SampleChannel.Distance, distance);
                b.Set(SampleChannel.Cadence, i is >= 2400 and < 2700 ? 160 : 172);
                if (withHeartRate) b.Set(SampleChannel.HeartRate, 140 + i / 180.0);
                b.Set(SampleChannel.Temperature, 22 + 8.0 * i / Seconds);
                b.Set(SampleChannel.Altitude, 120 + 30 * Math.Sin(i / 600.0));
                if (!withPositions) continue;
                b.Set(SampleChannel.Latitude, 45.5);
                b.Set(SampleChannel.Longitude, 9.2 + i * 1e-5);
            }
            return new Activity
            {
                Sport = Sport.Running,
                StartTime = TestReports.Start,
                Samples = b.Build(),
                Source = new ActivitySourceInfo { FileName = "tempo<&>run.fit", Format = ActivityFormat.Fit },
            };
        }

        /// <summary>Findings: 0 fast-start (0-10 min), 1 pace-surge (25-28 min), 2 heat-exposure (30-60 min), 3 cadence-drop (40-45 min); cramp 0 at 46 min.</summary>
        public static SignalReport Signals() => new TestReports()
            .Finding(FindingKind.FastStart, 0, 10, Severity.Moderate, (EvidenceNames.FirstPartPace, 278), (EvidenceNames.RestPace, 303), (EvidenceNames.FirstPartDistanceKm, 2.2))
            .Finding(FindingKind.PaceSurge, 25, 28, Severity.High, (EvidenceNames.SpeedIncreasePercent, 21), (EvidenceNames.Speed, 4.0))
            .Finding(FindingKind.HeatExposure, 30, 60, Severity.Moderate, (EvidenceNames.MeanTemperature, 28))
            .Finding(FindingKind.CadenceDrop, 40, 45, Severity.Moderate, (EvidenceNames.CadenceDropPercent, 7), (EvidenceNames.BaselineCadence, 172), (EvidenceNames.Cadence, 160))
            .Cramp(46, Muscle.Calf, "had to walk", false, FindingKind.CadenceDrop, FindingKind.HeatExposure)
            .Build();

        public static RunReport Report(bool withHeartRate = true, bool withPositions = true, UnitSystem units = UnitSystem.Metric) =>
            CrampAnalyzer.Report(Activity(withHeartRate, withPositions), Signals(), null, new AnalysisOptions { BodyMassBeforeKg = 71, BodyMassAfterKg = 70, Units = units });

        /// <summary>
        /// Metres the test run covers as its distance channel counts them: every second adds that second's speed, and the
        /// rises from the first sample on are what count (3.6 m/s for 10 min, 4.0 for 3 min from 25 min, 3.3 otherwise).
        /// </summary>
        public static double Meters
        {
            get
            {
                double total = 0;
                for (var i = 1; i <= Seconds; i++) total += i < 600 ? 3.6 : i is >= 1500 and < 1680 ? 4.0 : 3.3;
                return total;
            }
        }
    }

    /// <summary>A steady run of <paramref name="hours"/> at 1 Hz going round a 2 km loop, with heart rate, cadence, altitude and a cramp near the end.</summary>
    public static RunReport Loop(double hours)
    {
        var seconds = (int)(hours * 3600);
        var b = new SampleTableBuilder(seconds + 1);
        var start = UnixTime.FromDateTime(TestReports.Start);
        double distance = 0;
        for (var i = 0; i <= seconds; i++)
        {
            b.AddRow(start + i);
            var speed = 3.0 + 0.3 * Math.Sin(i / 900.0);
            distance += speed;
            var angle = distance / 2000 * 2 * Math.PI;
            b.Set(SampleChannel.Speed, speed);
            b.Set(SampleChannel.Distance, distance);
            b.Set(SampleChannel.Cadence, 168 + 4 * Math.Sin(i / 300.0));
            b.Set(SampleChannel.HeartRate, 140 + 10 * Math.Sin(i / 1200.0));
            b.Set(SampleChannel.Temperature, 20 + 6 * Math.Sin(i / 7200.0));
            b.Set(SampleChannel.Altitude, 50 + 10 * Math.Sin(angle));
            b.Set(SampleChannel.Latitude, 45.5 + 2000 / (2 * Math.PI) / 111_195 * Math.Sin(angle));
            b.Set(SampleChannel.Longitude, 9.2 + 2000 / (2 * Math.PI) / (111_195 * Math.Cos(45.5 * Math.PI / 180)) * Math.Cos(angle));
        }
        var activity = new Activity
        {
            Sport = Sport.Running,
            StartTime = TestReports.Start,
            Samples = b.Build(),
            Source = new ActivitySourceInfo { FileName = "loop.fit", Format = ActivityFormat.Fit },
        };
        var minutes = seconds / 60.0;
        var signals = new TestReports()
            .Finding(FindingKind.PaceSurge, minutes * 0.3, minutes * 0.3 + 3, Severity.High, (EvidenceNames.SpeedIncreasePercent, 21), (EvidenceNames.Speed, 4.0))
            .Cramp(minutes * 0.9, Muscle.Calf, "", false, FindingKind.PaceSurge)
            .Build();
        return CrampAnalyzer.Report(activity, signals);
    }
}
