using System.Text;
using System.Text.RegularExpressions;

namespace CrampSignals.Fuzz;

/// <summary>
/// Deterministic mutations of one input: the same seed file, seed and round always give the same bytes, so any failure
/// can be made again from the three numbers the fuzzer prints.
/// </summary>
public static partial class Mutator
{
    private static readonly string[] ExtremeNumbers =
    [
        "1e308", "-1e308", "1e17", "-1e17", "NaN", "Infinity", "-Infinity", "99999999999999999999", "4294967295",
        "-2147483648", "1E-320", "-0", "0", "65535", "255", "-273.15", "1e9", "0x10", "", "   ", "1,5",
    ];

    private static readonly string[] ExtremeTimes =
    [
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
        "1970-01-01T00:00:00Z", "1900-02-28T12:00:00Z", "2200-01-01T00:00:00Z", "2089-12-31T23:59:59Z",
        "1601-01-01T00:00:00Z", "2024-02-30T00:00:00Z", "not a time", "",
    ];

    private static readonly string[] GarbageLines =
    [
        "999999999:00:00,calf,left,5,x", "1e308,1e308,1e308", ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,", "\"unclosed,quote",
        "0001-01-01T00:00:00Z,-90,100,120", "9999-12-31T23:59:59Z,70,0,0", "time,temperature_c,humidity_pct",
        "2024-06-01T10:00:00Z,NaN,Infinity,-Infinity", "\u0000\u0001\u0002", "-99999999:59:59.999,calf", "#comment only",
        "2024-06-01T10:00:00Z,1e17,1e17,1e17", "59:60,calf", "2147483647:59:59,calf", "0:00:00,calf,both,1,",
    ];

    /// <summary>A mutation of <paramref name="seed"/> for round <paramref name="round"/>, with a short note of what was done.</summary>
    public static (byte[] Bytes, string What) Mutate(SeedFile seed, IReadOnlyList<SeedFile> others, int round)
    {
        var rng = new Random(unchecked(Stable(seed.Name) * 7919 + round));
        var data = seed.Bytes;
        var notes = new List<string>();
        // One to four stacked mutations: single changes find shallow bugs, stacks find the ones behind a first check.
        var count = 1 + rng.Next(4);
        for (var k = 0; k < count; k++)
        {
            var text = seed.Kind is not (InputKind.Fit or InputKind.Table);
            // Parquet has no FIT structure to corrupt: bytes only (flips, truncation, chunks, splices, interesting values).
            var choice = seed.Kind is InputKind.Table ? rng.Next(6) : rng.Next(text ? 14 : 12);
            (data, var what) = choice switch
            {
                0 => BitFlips(data, rng),
                1 => Truncate(data, rng),
                2 => DuplicateChunk(data, rng),
                3 => DeleteChunk(data, rng),
                4 => Splice(data, others.Where(o => o.Kind == seed.Kind).ToList(), rng),
                5 => InterestingBytes(data, rng),
                _ when !text => FitStructure(data, rng, choice),
                _ => TextMutation(data, seed.Kind, rng, choice),
            };
            notes.Add(what);
        }
        return (data, string.Join(" + ", notes));
    }

    /// <summary>A string hash that does not change between processes (string.GetHashCode does).</summary>
    public static int Stable(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }

    private static (byte[], string) BitFlips(byte[] data, Random rng)
    {
        if (data.Length == 0) return (data, "bit flips (empty)");
        var copy = (byte[])data.Clone();
        var n = 1 + rng.Next(8);
        for (var i = 0; i < n; i++) copy[rng.Next(copy.Length)] ^= (byte)(1 << rng.Next(8));
        return (copy, $"{n} bit flips");
    }

    private static (byte[], string) Truncate(byte[] data, Random rng)
    {
        var at = data.Length == 0 ? 0 : rng.Next(data.Length);
        return (data[..at], $"truncated at {at}");
    }

    private static (byte[], string) DuplicateChunk(byte[] data, Random rng)
    {
        if (data.Length < 2) return (data, "duplicate (too short)");
        var from = rng.Next(data.Length);
        var length = 1 + rng.Next(Math.Min(4096, data.Length - from));
        var at = rng.Next(data.Length);
        var times = rng.Next(4) == 0 ? 1 + rng.Next(20) : 1;
        var chunk = data.AsSpan(from, length).ToArray();
        var result = new List<byte>(data.Length + length * times);
        result.AddRange(data.AsSpan(0, at).ToArray());
        for (var i = 0; i < times; i++) result.AddRange(chunk);
        result.AddRange(data.AsSpan(at).ToArray());
        return ([.. result], $"{length} bytes from {from} copied {times}x to {at}");
    }

    private static (byte[], string) DeleteChunk(byte[] data, Random rng)
    {
        if (data.Length < 2) return (data, "delete (too short)");
        var from = rng.Next(data.Length);
        var length = 1 + rng.Next(Math.Min(4096, data.Length - from));
        return ([.. data.AsSpan(0, from), .. data.AsSpan(from + length)], $"{length} bytes deleted at {from}");
    }

    private static (byte[], string) Splice(byte[] data, List<SeedFile> others, Random rng)
    {
        if (others.Count == 0 || data.Length == 0) return (data, "splice (nothing to splice)");
        var other = others[rng.Next(others.Count)].Bytes;
        if (other.Length == 0) return (data, "splice (empty)");
        var cut = rng.Next(data.Length);
        var from = rng.Next(other.Length);
        return ([.. data.AsSpan(0, cut), .. other.AsSpan(from)], $"spliced at {cut} with another file from {from}");
    }

    private static (byte[], string) InterestingBytes(byte[] data, Random rng)
    {
        if (data.Length < 4) return (data, "interesting (too short)");
        var copy = (byte[])data.Clone();
        uint[] values = [0, 0xFF, 0x7F, 0x80, 0xFFFF, 0x7FFF, 0x8000, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0x10000000];
        var v = values[rng.Next(values.Length)];
        var width = rng.Next(3) switch { 0 => 1, 1 => 2, _ => 4 };
        var at = rng.Next(copy.Length - width + 1);
        for (var i = 0; i < width; i++) copy[at + i] = (byte)(v >> (8 * i));
        return (copy, $"0x{v:X} over {width} bytes at {at}");
    }

    /// <summary>FIT structure: header size and data size, definition messages' field counts, sizes and base types.</summary>
    private static (byte[], string) FitStructure(byte[] data, Random rng, int choice)
    {
        if (data.Length < 15) return (data, "fit structure (too short)");
        var copy = (byte[])data.Clone();
        switch (choice % 3)
        {
            case 0:
            {
                var at = rng.Next(2) == 0 ? 0 : 4 + rng.Next(4);
                copy[at] = (byte)rng.Next(256);
                return (copy, $"header byte {at} = {copy[at]}");
            }
            case 1:
            {
                // A definition record header has bit 6 set and bit 7 clear; its fields start 6 bytes later, 3 bytes each.
                var headers = new List<int>();
                var headerSize = copy[0] is 12 or 14 ? copy[0] : 14;
                for (var i = headerSize; i + 9 < copy.Length; i++)
                    if ((copy[i] & 0xC0) == 0x40 && copy[i + 1] == 0 && copy[i + 2] <= 1) headers.Add(i);
                if (headers.Count == 0) return (copy, "definition (none found)");
                var h = headers[rng.Next(headers.Count)];
                var target = rng.Next(4);
                var at = target switch { 0 => h + 5, 1 => h + 6 + 3 * rng.Next(4) + 1, 2 => h + 6 + 3 * rng.Next(4) + 2, _ => h + 3 };
                if (at >= copy.Length) return (copy, "definition (past the end)");
                copy[at] = target switch { 1 => (byte)new[] { 0, 1, 3, 255, 254, 128 }[rng.Next(6)], 2 => (byte)rng.Next(256), _ => (byte)rng.Next(256) };
                return (copy, $"definition at {h}: byte {at - h} = {copy[at]}");
            }
            default:
            {
                // Compressed-timestamp headers and local-type changes in data records.
                var at = 14 + rng.Next(copy.Length - 14);
                copy[at] = (byte)(0x80 | rng.Next(128));
                return (copy, $"compressed header 0x{copy[at]:X2} at {at}");
            }
        }
    }

    private static (byte[], string) TextMutation(byte[] data, InputKind kind, Random rng, int choice)
    {
        var text = Encoding.UTF8.GetString(data);
        switch (choice)
        {
            case 6 or 7:
            {
                var numbers = Number().Matches(text);
                if (numbers.Count == 0) return (data, "number (none)");
                var m = numbers[rng.Next(numbers.Count)];
                var v = ExtremeNumbers[rng.Next(ExtremeNumbers.Length)];
                // Sometimes every number of one kind at once, so a channel is extreme throughout, not in one sample.
                if (rng.Next(4) == 0) return (Encoding.UTF8.GetBytes(text.Replace(m.Value, v, StringComparison.Ordinal)), $"every {m.Value} = {v}");
                return (Encoding.UTF8.GetBytes(text[..m.Index] + v + text[(m.Index + m.Length)..]), $"number at {m.Index} = {v}");
            }
            case 8 or 9:
            {
                var times = Time().Matches(text);
                if (times.Count == 0) return (data, "time (none)");
                var m = times[rng.Next(times.Count)];
                var v = ExtremeTimes[rng.Next(ExtremeTimes.Length)];
                if (rng.Next(3) == 0) return (Encoding.UTF8.GetBytes(Time().Replace(text, v, 1 + rng.Next(times.Count), rng.Next(text.Length / 2))), $"times = {v}");
                return (Encoding.UTF8.GetBytes(text[..m.Index] + v + text[(m.Index + m.Length)..]), $"time at {m.Index} = {v}");
            }
            case 10:
            {
                // Out-of-order samples: swap two lines (a line is a trackpoint in the seeds, a row in CSV).
                var lines = text.Split('\n');
                if (lines.Length < 4) return (data, "swap (too few lines)");
                int a = 1 + rng.Next(lines.Length - 2), b = 1 + rng.Next(lines.Length - 2);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), $"lines {a} and {b} swapped");
            }
            case 11:
            {
                var lines = text.Split('\n').ToList();
                var at = lines.Count < 2 ? lines.Count : 1 + rng.Next(lines.Count - 1);
                var garbage = GarbageLines[rng.Next(GarbageLines.Length)];
                var times = rng.Next(5) == 0 ? 200 : 1;
                for (var i = 0; i < times; i++) lines.Insert(at, garbage);
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), $"{times}x '{garbage}' at line {at}");
            }
            default:
            {
                if (kind is InputKind.Gpx or InputKind.Tcx)
                {
                    string[] inserts =
                    [
                        "<!DOCTYPE gpx [<!ENTITY a \"aaaaaaaaaa\">]>", "<![CDATA[", "&#0;", "&bogus;", "<x:y xmlns:x=\"\">",
                        "\uFEFF", "<trkpt lat=\"1e308\" lon=\"-1e308\"><time>9999-12-31T23:59:59Z</time></trkpt>",
                        "<Trackpoint><Time>0001-01-01T00:00:00Z</Time><HeartRateBpm><Value>1e308</Value></HeartRateBpm></Trackpoint>",
                    ];
                    var insert = inserts[rng.Next(inserts.Length)];
                    var at = rng.Next(text.Length + 1);
                    return (Encoding.UTF8.GetBytes(text[..at] + insert + text[at..]), $"'{insert}' inserted at {at}");
                }
                // CSV and JSON: a header of many columns, or an elapsed time that does not fit a TimeSpan.
                if (rng.Next(2) == 0)
                {
                    var header = string.Join(',', Enumerable.Range(0, 1 + rng.Next(3000)).Select(i => $"c{i}"));
                    return (Encoding.UTF8.GetBytes(header + "\n" + text), "wide header");
                }
                var elapsed = new[] { "\"elapsed\": 1e308", "\"elapsed\": -1e308", "\"elapsed\": \"999999999:00:00\"", "\"elapsed\": 9.3e12" }[rng.Next(4)];
                return (Encoding.UTF8.GetBytes(kind == InputKind.CrampJson
                    ? text.Replace("\"elapsed\": 750", elapsed, StringComparison.Ordinal).Replace("{\"time\"", "{" + elapsed + ", \"time\"", StringComparison.Ordinal)
                    : text + "\n999999999:00:00,calf,left,5,overflow\n"), "elapsed overflow");
            }
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][-+]?\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Time();
}
