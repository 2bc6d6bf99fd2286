using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

/// <summary>The header-only record count the sample table is sized by, against the records the reader really meets.</summary>
public class FitRecordCountTests
{
    private static readonly FitFieldSpec[] Record = [new(253, FitBaseType.UInt32), new(3, FitBaseType.UInt8), new(5, FitBaseType.UInt32)];
    private static readonly FitFieldSpec[] Event = [new(253, FitBaseType.UInt32), new(0, FitBaseType.Enum), new(1, FitBaseType.Enum)];
    private static readonly FitDeveloperFieldSpec[] Developer = [new(0, 2, 0)];

    // Two chained files: little- and big-endian record definitions, developer fields, compressed timestamps, other messages.
    private static byte[] File()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, Record);
        w.Define(1, FitMessageNumbers.Event, Event);
        w.Define(2, FitMessageNumbers.Record, Record, bigEndian: true, developerFields: Developer);
        for (var i = 0; i < 50; i++)
        {
            w.Write(0, FitTestData.BaseTime + (uint)i, 140 + i % 7, 300 * i);
            if (i % 10 == 0) w.Write(1, FitTestData.BaseTime + (uint)i, 0, 4);
            if (i % 3 == 0) w.WriteCompressed(0, i % 32, 150, 300 * i + 1);
            if (i % 5 == 0) w.Write(2, FitTestData.BaseTime + (uint)i, 151, 300 * i + 2, new byte[] { 1, 2 });
        }
        w.EndFile();
        w.BeginFile(headerSize: 12);
        w.Define(3, FitMessageNumbers.Record, Record);
        for (var i = 0; i < 20; i++) w.Write(3, FitTestData.BaseTime + 100 + (uint)i, 150, 9000 + i);
        w.EndFile();
        return w.ToArray();
    }

    private static int RecordsRead(ReadOnlySpan<byte> data)
    {
        var reader = new FitReader(data);
        var count = 0;
        while (reader.Read())
            if (reader.TokenType == FitTokenType.Data && reader.GlobalMessageNumber == FitMessageNumbers.Record) count++;
        return count;
    }

    [Fact]
    public void Counts_exactly_the_records_of_a_whole_file()
    {
        var data = File();
        var read = RecordsRead(data);
        Assert.True(read > 70);
        Assert.Equal(read, FitActivityReader.CountRecords(data));
        Assert.Equal(read, FitActivityReader.Read(data, "c.fit").Samples.Count);
    }

    [Fact]
    public void A_cut_or_damaged_file_is_counted_to_within_one_record_and_never_beyond_its_bytes()
    {
        var data = File();
        var random = new Random(11);
        for (var cut = 0; cut <= data.Length; cut++)
        {
            var part = data.AsSpan(0, cut);
            var count = FitActivityReader.CountRecords(part);
            var read = RecordsRead(part);
            Assert.InRange(count, read, read + 1);
            Assert.True(count <= cut);
        }
        for (var round = 0; round < 300; round++)
        {
            var damaged = (byte[])data.Clone();
            for (var k = 0; k < 3; k++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            Assert.InRange(FitActivityReader.CountRecords(damaged), 0, damaged.Length);
        }
    }
}
