using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cramps;

namespace CrampSignals.Tests.Cramps;

public class CrampLogJsonTests
{
    [Fact]
    public void Reads_an_array_of_cramps()
    {
        var log = CrampLogReader.ReadJson("""
            [
              {"time": "2024-07-14T09:31:05+02:00", "muscle": "calf", "side": "left", "severity": 7, "note": "hill, then flat"},
              {"elapsed": "1:05:00", "muscle": "quad", "severity": "moderate"},
              {"elapsed": 600, "muscle": "foot"}
            ]
            """, "log.json");
        Assert.Empty(log.Warnings);
        Assert.Equal(3, log.Entries.Length);
        Assert.Equal(new DateTime(2024, 7, 14, 7, 31, 5, DateTimeKind.Utc), log.Entries[0].Time);
        Assert.Equal((Muscle.Calf, "left", 7, "hill, then flat"), (log.Entries[0].Muscle, log.Entries[0].Side, log.Entries[0].Severity, log.Entries[0].Note));
        Assert.Equal((TimeSpan.FromMinutes(65), Muscle.Quadriceps, 6), (log.Entries[1].Elapsed!.Value, log.Entries[1].Muscle, log.Entries[1].Severity!.Value));
        Assert.Equal(TimeSpan.FromMinutes(10), log.Entries[2].Elapsed);
        Assert.Equal([2, 3, 4], log.Entries.Select(e => e.Line!.Value).ToArray());
    }

    [Fact]
    public void Reads_an_object_with_a_cramps_array_and_other_properties()
    {
        var log = CrampLogReader.ReadJson("""
            {
              "runner": "me", "tags": [1, 2],
              "cramps": [
                {"time": "2024-07-14T07:31:05Z", "muscle": "hamstring"}
              ]
            }
            """);
        var e = Assert.Single(log.Entries);
        Assert.Equal(Muscle.Hamstring, e.Muscle);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Bad_entries_become_warnings_with_their_line_and_the_rest_is_kept()
    {
        var log = CrampLogReader.ReadJson("""
            [
              {"time": "2024-07-14T07:00:00Z", "muscle": "calf"},
              {"time": "14/07/2024 07:10", "muscle": "calf"},
              "calf at 7:20",
              {"muscle": "calf"},
              {"time": "2024-07-14T07:30:00Z", "muscle": "calf", "severity": 12, "side": 3},
              {"elapsed": "99:99", "muscle": "calf"}
            ]
            """, "log.json");
        Assert.Equal(2, log.Entries.Length);
        var byLine = log.Warnings.ToLookup(w => w.Line);
        Assert.Contains("not an ISO-8601 date and time", Assert.Single(byLine[3]).Message);
        Assert.Contains("not an object", Assert.Single(byLine[4]).Message);
        Assert.Contains("neither a time nor an elapsed", Assert.Single(byLine[5]).Message);
        Assert.Equal(2, byLine[6].Count());
        Assert.Contains("elapsed time '99:99'", Assert.Single(byLine[7]).Message);
        Assert.All(log.Warnings, w => Assert.Contains("log.json", w.Message));
    }

    [Theory]
    [InlineData("[{\"time\": \"2024-07-14T07:00:00Z\",\n \"muscle\": calf}]", 2)]
    [InlineData("{\"cramps\": [}", 1)]
    public void Invalid_json_throws_with_the_line(string json, int line)
    {
        var e = Assert.Throws<InputFormatException>(() => CrampLogReader.ReadJson(json, "bad.json"));
        Assert.Equal(line, e.Line);
        Assert.Contains("bad.json", e.Message);
    }

    [Theory]
    [InlineData("{\"runs\": []}")]
    [InlineData("42")]
    [InlineData("[\"a\", \"b\"]")]
    public void Json_that_holds_no_readable_cramp_throws(string json) =>
        Assert.Throws<InputFormatException>(() => CrampLogReader.ReadJson(json, "x.json"));

    [Fact]
    public void Read_tells_json_from_csv_by_content_and_the_writer_round_trips()
    {
        var log = new CrampLog([new CrampEntry(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), null, Muscle.Foot, "right", 4, "arch")], []);
        using var ms = new MemoryStream();
        CrampLogWriter.WriteJson(log, ms);
        var back = CrampLogReader.Read(ms.ToArray(), "cramps.txt");
        Assert.Equal(log.Entries.ToArray(), back.Entries.Select(e => e with { Line = null }).ToArray());
        Assert.Single(CrampLogReader.Read(Encoding.UTF8.GetBytes("time,muscle\n2024-01-02T03:04:05Z,foot\n"), "cramps.txt").Entries);
    }
}
