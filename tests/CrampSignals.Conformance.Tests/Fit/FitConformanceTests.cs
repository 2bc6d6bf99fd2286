using System.Globalization;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Model;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Conformance.Tests.Fit;

/// <summary>
/// Every corpus FIT file against what Garmin's FIT SDK decoded from it: message counts, file ids, sessions, laps, events
/// and every record value. For damaged files the reader must keep at least what the SDK got before it gave up.
/// </summary>
// Decodes every corpus FIT file in full: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class FitConformanceTests
{
    public static IEnumerable<object[]> ValidFiles => Corpus.Files("fit", "*.fit");
    public static IEnumerable<object[]> InvalidFiles => Corpus.Files("fit-invalid", "*.fit");

    [CorpusTheory]
    [MemberData(nameof(ValidFiles))]
    public void Valid_file_matches_the_sdk(string name) => Check("fit", name, damaged: false);

    [CorpusTheory]
    [MemberData(nameof(InvalidFiles))]
    public void Damaged_file_keeps_at_least_what_the_sdk_read(string name) => Check("fit-invalid", name, damaged: true);

    private static void Check(string folder, string name, bool damaged)
    {
        var path = Corpus.PathOf(folder, name);
        var expected = SdkExpectation.For(Corpus.RequireDirectory(), name);
        Assert.True(expected is not null, $"no expected/{name}.sdk.json in the corpus");
        var bytes = File.ReadAllBytes(path);
        var activity = FitActivityReader.Read(bytes, name);
        var file = FitFile.Read(bytes, name);

        CheckCounts(expected, activity, damaged);
        CheckFileIds(expected, file, damaged);
        CheckSessions(expected, activity, damaged);
        CheckLaps(expected, activity, damaged);
        CheckEvents(expected, activity, damaged);
        CheckRecords(expected, activity, file, damaged);
        if (damaged) CheckDamageReported(name, expected, activity);
        else if (expected.Integrity) Assert.All(activity.Source!.FileCrc, s => Assert.Equal(ChecksumStatus.Valid, s));
    }

    private static void CheckCounts(SdkExpectation expected, Activity activity, bool damaged)
    {
        var ours = new Dictionary<string, int>();
        foreach (var (key, count) in activity.Source!.Counts)
        {
            // The SDK folds every message its profile does not name into one "unknown" count.
            var sdkName = key.StartsWith("unknown_", StringComparison.Ordinal) ? "unknown" : SdkExpectation.Pascal(key);
            ours[sdkName] = ours.GetValueOrDefault(sdkName) + count;
        }
        var theirs = expected.MessageCounts;
        foreach (var (key, count) in theirs)
        {
            var mine = ours.GetValueOrDefault(key);
            if (damaged) Assert.True(mine >= count, $"{key}: {mine} messages, the SDK read {count}");
            else Assert.True(mine == count, $"{key}: {mine} messages, the SDK read {count}");
        }
        if (!damaged)
            foreach (var key in ours.Keys) Assert.True(theirs.ContainsKey(key), $"we count {ours[key]} {key} messages the SDK does not");
        var descriptions = activity.Source.Counts.GetValueOrDefault("field_description");
        if (damaged) Assert.True(descriptions >= expected.DeveloperFieldDescriptions);
        else Assert.Equal(expected.DeveloperFieldDescriptions, descriptions);
    }

    private static void CheckFileIds(SdkExpectation expected, FitFile file, bool damaged)
    {
        var theirs = expected.Array("fileIds");
        var ours = file.OfType(FitMessageNumbers.FileId).ToArray();
        if (damaged) Assert.True(ours.Length >= theirs.Length);
        else Assert.Equal(theirs.Length, ours.Length);
        for (var i = 0; i < theirs.Length; i++)
        {
            var e = theirs[i];
            var m = ours[i];
            var type = m["type"]?.Integer;
            Assert.Equal(SdkExpectation.Text(e, "type"), type is long t ? NameOrNumber(FitNames.FileType((int)t), t) : null);
            AssertSame(SdkExpectation.Number(e, "manufacturer"), m.GetValue("manufacturer"), "file_id.manufacturer");
            AssertSame(SdkExpectation.Number(e, "product"), m.GetValue("product"), "file_id.product");
            var created = m.GetValue("time_created");
            AssertSame(SdkExpectation.Number(e, "created"), double.IsNaN(created) ? double.NaN : created + FitTimestamps.EpochUnixSeconds, "file_id.time_created");
        }
    }

    private static void CheckSessions(SdkExpectation expected, Activity activity, bool damaged)
    {
        var theirs = expected.Array("sessions");
        if (damaged) Assert.True(activity.Sessions.Length >= theirs.Length);
        else Assert.Equal(theirs.Length, activity.Sessions.Length);
        for (var i = 0; i < theirs.Length; i++)
        {
            var e = theirs[i];
            var s = activity.Sessions[i];
            var what = $"session {i}";
            AssertSame(SdkExpectation.Number(e, "start"), UnixTime.FromDateTime(s.Start), what + " start");
            Assert.Equal(ExpectedSport(SdkExpectation.Text(e, "sport")), s.Sport);
            Assert.Equal(SdkExpectation.Text(e, "sub"), s.SubSport is int sub ? NameOrNumber(FitNames.SubSport(sub), sub) : null);
            AssertSame(SdkExpectation.Number(e, "elapsed"), s.ElapsedSeconds, what + " elapsed");
            AssertSame(SdkExpectation.Number(e, "timer"), s.TimerSeconds, what + " timer");
            AssertSame(SdkExpectation.Number(e, "dist"), s.DistanceMeters, what + " distance");
            AssertSame(SdkExpectation.Number(e, "avgHr"), s.AverageHeartRateBpm, what + " avg hr");
            AssertSame(SdkExpectation.Number(e, "avgCad"), s.AverageCadence, what + " avg cadence");
            AssertSame(SdkExpectation.Number(e, "avgTemp"), s.AverageTemperatureCelsius, what + " avg temperature");
            AssertSame(SdkExpectation.Number(e, "maxTemp"), s.MaxTemperatureCelsius, what + " max temperature");
        }
    }

    private static void CheckLaps(SdkExpectation expected, Activity activity, bool damaged)
    {
        var theirs = expected.Array("laps");
        if (damaged) Assert.True(activity.Laps.Length >= theirs.Length);
        else Assert.Equal(theirs.Length, activity.Laps.Length);
        for (var i = 0; i < theirs.Length; i++)
        {
            var e = theirs[i];
            var lap = activity.Laps[i];
            AssertSame(SdkExpectation.Number(e, "start"), UnixTime.FromDateTime(lap.Start), $"lap {i} start");
            AssertSame(SdkExpectation.Number(e, "elapsed"), lap.ElapsedSeconds, $"lap {i} elapsed");
            AssertSame(SdkExpectation.Number(e, "dist"), lap.DistanceMeters, $"lap {i} distance");
        }
    }

    private static void CheckEvents(SdkExpectation expected, Activity activity, bool damaged)
    {
        var theirs = expected.Array("events");
        if (damaged) Assert.True(activity.Events.Length >= theirs.Length);
        else Assert.Equal(theirs.Length, activity.Events.Length);
        for (var i = 0; i < theirs.Length; i++)
        {
            var e = theirs[i];
            var ev = activity.Events[i];
            AssertSame(SdkExpectation.Number(e, "t"), UnixTime.FromDateTime(ev.Time), $"event {i} time");
            Assert.Equal(SdkExpectation.Text(e, "ev"), NameOrNumber(FitNames.Event(ev.Event), ev.Event));
            Assert.Equal(SdkExpectation.Text(e, "type"), NameOrNumber(FitNames.EventType(ev.EventType), ev.EventType));
            AssertSame(SdkExpectation.Number(e, "data"), ev.Data is long d ? d : double.NaN, $"event {i} data");
        }
    }

    private static void CheckRecords(SdkExpectation expected, Activity activity, FitFile file, bool damaged)
    {
        var theirs = expected.Array("records");
        var samples = activity.Samples;
        var records = file.OfType(FitMessageNumbers.Record).ToArray();
        Assert.Equal(samples.Count, records.Length);
        if (damaged) Assert.True(samples.Count >= theirs.Length, $"{samples.Count} records, the SDK read {theirs.Length}");
        else Assert.Equal(theirs.Length, samples.Count);

        var sessions = expected.Array("sessions")
            .Select(s => (Sport: ExpectedSport(SdkExpectation.Text(s, "sport")), Start: SdkExpectation.Number(s, "start") ?? double.NaN,
                End: (SdkExpectation.Number(s, "start") ?? double.NaN) + (SdkExpectation.Number(s, "elapsed") ?? 0)))
            .ToArray();
        for (var i = 0; i < theirs.Length; i++)
        {
            var e = theirs[i];
            var what = $"record {i}";
            AssertSame(SdkExpectation.Number(e, "t"), samples.UnixSeconds[i], what + " time", exact: true);
            AssertDegrees(SdkExpectation.Number(e, "lat"), samples.Latitude[i], what + " latitude");
            AssertDegrees(SdkExpectation.Number(e, "lon"), samples.Longitude[i], what + " longitude");
            AssertSame(SdkExpectation.Number(e, "dist"), samples.DistanceMeters[i], what + " distance");
            AssertSame(SdkExpectation.Number(e, "spd"), samples.SpeedMetersPerSecond[i], what + " speed");
            AssertSame(SdkExpectation.Number(e, "alt"), samples.AltitudeMeters[i], what + " altitude");
            AssertSame(SdkExpectation.Number(e, "hr"), samples.HeartRateBpm[i], what + " heart rate");
            AssertSame(SdkExpectation.Number(e, "temp"), samples.TemperatureCelsius[i], what + " temperature");
            AssertSame(SdkExpectation.Number(e, "pwr"), samples.PowerWatts[i], what + " power");

            // Our cadence is steps per minute on foot (twice the stored per-leg value), the stored rpm otherwise.
            double? rawCadence = SdkExpectation.Number(e, "cad") is double cad ? cad + (SdkExpectation.Number(e, "fcad") ?? 0) : null;
            var t = SdkExpectation.Number(e, "t") ?? double.NaN;
            var covering = sessions.Where(s => t >= s.Start && t <= s.End).ToArray();
            var sport = sessions.Length == 0 ? activity.Sport : covering.Length > 0 ? covering[^1].Sport : sessions[0].Sport;
            var factor = sport.IsOnFoot() ? 2 : 1;
            AssertSame(rawCadence * factor, samples.Cadence[i], what + " cadence");

            Assert.True((int)(SdkExpectation.Number(e, "dev") ?? 0) == records[i].DeveloperFields.Length, what + " developer field count");
        }
    }

    private static void CheckDamageReported(string name, SdkExpectation expected, Activity activity)
    {
        var source = activity.Source!;
        var warnings = string.Join(" | ", activity.Warnings.Select(w => w.ToString()));
        if (!expected.Integrity && expected.Error is null)
        {
            // The SDK read everything but the CRC check failed.
            Assert.Contains(ChecksumStatus.Invalid, source.FileCrc);
            Assert.Contains("CRC", warnings);
        }
        if (expected.Error is not null)
        {
            Assert.True(activity.Warnings.Length > 0, $"{name}: the SDK failed ({expected.Error}) but we report nothing");
            Assert.All(activity.Warnings.Where(w => w.Message.Contains("stopped") || w.Message.Contains("skipped")), w => Assert.NotNull(w.ByteOffset));
        }
    }

    private static Sport ExpectedSport(string? sdkName) =>
        sdkName is null ? Sport.Generic
        : Enum.TryParse<Sport>(sdkName, ignoreCase: false, out var s) && s != Sport.Other ? s
        : Sport.Other;

    private static string NameOrNumber(string? snake, long number) =>
        snake is null ? number.ToString(CultureInfo.InvariantCulture) : SdkExpectation.Pascal(snake);

    private static void AssertSame(double? expected, double actual, string what, bool exact = false)
    {
        if (expected is not double e)
        {
            Assert.True(double.IsNaN(actual), $"{what}: we read {actual}, the SDK found no value");
            return;
        }
        Assert.False(double.IsNaN(actual), $"{what}: we found no value, the SDK read {e}");
        var tolerance = exact ? 0 : 1e-4 * Math.Max(1, Math.Max(Math.Abs(e), Math.Abs(actual)));
        Assert.True(Math.Abs(e - actual) <= tolerance, $"{what}: we read {actual}, the SDK read {e}");
    }

    private static void AssertDegrees(double? expected, double actual, string what)
    {
        if (expected is not double e)
        {
            Assert.True(double.IsNaN(actual), $"{what}: we read {actual}, the SDK found no value");
            return;
        }
        Assert.True(Math.Abs(e - actual) <= 1e-6, $"{what}: we read {actual}, the SDK read {e}");
    }
}
