using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

public class FitHeaderAndCrcTests
{
    [Theory]
    [InlineData(12, ChecksumStatus.NotPresent)]
    [InlineData(14, ChecksumStatus.Valid)]
    public void Reads_12_and_14_byte_headers(int headerSize, ChecksumStatus headerCrc)
    {
        var activity = FitActivityReader.Read(FitTestData.SimpleFile(3, headerSize), "a.fit");
        Assert.Equal(3, activity.Samples.Count);
        Assert.Equal([headerCrc], activity.Source!.HeaderCrc.ToArray());
        Assert.Equal([ChecksumStatus.Valid], activity.Source.FileCrc.ToArray());
        Assert.Empty(activity.Warnings);
        Assert.Equal("2.0", activity.Source.ProtocolVersion);
    }

    [Fact]
    public void Zero_header_crc_means_not_computed()
    {
        var w = new FitWriter();
        w.BeginFile(14);
        FitTestData.WriteFileId(w);
        w.EndFile(zeroHeaderCrc: true);
        var activity = FitActivityReader.Read(w.ToArray(), "a.fit");
        Assert.Equal([ChecksumStatus.NotPresent], activity.Source!.HeaderCrc.ToArray());
        Assert.Empty(activity.Warnings);
    }

    [Fact]
    public void Bad_header_crc_is_a_warning_and_the_data_is_read()
    {
        var w = new FitWriter();
        w.BeginFile(14);
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(0, FitTestData.BaseTime, 140);
        w.EndFile(corruptHeaderCrc: true);
        var activity = FitActivityReader.Read(w.ToArray(), "a.fit");
        Assert.Equal([ChecksumStatus.Invalid], activity.Source!.HeaderCrc.ToArray());
        Assert.Equal(140, activity.Samples.HeartRateBpm[0]);
        Assert.Contains(activity.Warnings, x => x.Message.Contains("header CRC") && x.ByteOffset == 0);
    }

    [Fact]
    public void Bad_file_crc_is_a_warning_and_the_data_is_kept()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(0, FitTestData.BaseTime, 140);
        w.EndFile(corruptFileCrc: true);
        var data = w.ToArray();
        var activity = FitActivityReader.Read(data, "a.fit");
        Assert.Equal([ChecksumStatus.Invalid], activity.Source!.FileCrc.ToArray());
        Assert.Single(activity.Samples.HeartRateBpm.ToArray());
        var warning = Assert.Single(activity.Warnings);
        Assert.Contains("file CRC", warning.Message);
        Assert.Equal(data.Length - 2, warning.ByteOffset);
    }

    [Fact]
    public void Missing_file_crc_is_reported()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(0, FitTestData.BaseTime, 140);
        w.EndFile(writeFileCrc: false);
        var activity = FitActivityReader.Read(w.ToArray(), "a.fit");
        Assert.Equal([ChecksumStatus.Missing], activity.Source!.FileCrc.ToArray());
        Assert.Equal(1, activity.Samples.Count);
        Assert.Contains(activity.Warnings, x => x.Message.Contains("without its file CRC"));
    }

    [Fact]
    public void Header_data_size_zero_reads_to_the_end_minus_the_crc()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        for (var i = 0; i < 5; i++) w.Write(0, FitTestData.BaseTime + (uint)i, 120);
        w.EndFile(dataSizeOverride: 0);
        var activity = FitActivityReader.Read(w.ToArray(), "stream.fit");
        Assert.Equal(5, activity.Samples.Count);
        Assert.Contains(activity.Warnings, x => x.Message.Contains("no data size"));
    }

    [Fact]
    public void Header_data_size_beyond_the_file_reads_what_is_there()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        for (var i = 0; i < 4; i++) w.Write(0, FitTestData.BaseTime + (uint)i, 120);
        w.EndFile(dataSizeOverride: 10_000, writeFileCrc: false);
        var activity = FitActivityReader.Read(w.ToArray(), "big.fit");
        Assert.Equal(4, activity.Samples.Count);
        Assert.Contains(activity.Warnings, x => x.Message.Contains("promises 10000 bytes") && x.ByteOffset == 0);
    }

    [Theory]
    [InlineData(new byte[] { 13, 0x20, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0 }, "header size 13")]
    [InlineData(new byte[] { 12, 0x20, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'X' }, "signature")]
    [InlineData(new byte[] { 12, 0x20, 0, 0 }, "too few")]
    [InlineData(new byte[0], "too few")]
    public void Data_that_is_not_fit_throws_naming_the_file(byte[] data, string reason)
    {
        var e = Assert.Throws<InputFormatException>(() => FitActivityReader.Read(data, "notfit.bin"));
        Assert.Equal("notfit.bin", e.FileName);
        Assert.Contains(reason, e.Reason);
        Assert.Contains("notfit.bin", e.Message);
    }

    [Fact]
    public void Chained_files_are_all_read_with_a_crc_each_and_definitions_reset()
    {
        var w = new FitWriter();
        w.BeginFile(12);
        w.Define(3, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(3, FitTestData.BaseTime, 100);
        w.EndFile();
        w.BeginFile(14);
        // The same local type with another layout: the second file's own definition rules.
        w.Define(3, FitMessageNumbers.Record, [new(3, FitBaseType.UInt8), new(253, FitBaseType.UInt32)], bigEndian: true);
        w.Write(3, 101, FitTestData.BaseTime + 1);
        w.EndFile(corruptFileCrc: true);
        var activity = FitActivityReader.Read(w.ToArray(), "chain.fit");
        Assert.Equal(2, activity.Source!.ChainedFiles);
        Assert.Equal([ChecksumStatus.Valid, ChecksumStatus.Invalid], activity.Source.FileCrc.ToArray());
        Assert.Equal([ChecksumStatus.NotPresent, ChecksumStatus.Valid], activity.Source.HeaderCrc.ToArray());
        Assert.Equal([100.0, 101.0], activity.Samples.HeartRateBpm.ToArray());
        Assert.Equal(FitTestData.BaseTime + 1 + (double)FitTimestamps.EpochUnixSeconds, activity.Samples.UnixSeconds[1]);
    }

    [Fact]
    public void A_chained_file_cannot_use_a_definition_of_the_file_before()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(2, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(2, FitTestData.BaseTime, 100);
        w.EndFile();
        var firstLength = w.Length;
        w.BeginFile();
        w.WriteRaw([0x02, 0, 0, 0, 0, 99]); // a data message of local type 2, never defined in this file
        w.EndFile();
        var activity = FitActivityReader.Read(w.ToArray(), "chain.fit");
        Assert.Equal(1, activity.Samples.Count);
        var warning = Assert.Single(activity.Warnings);
        Assert.Contains("local type 2", warning.Message);
        Assert.Equal(firstLength + 14, warning.ByteOffset);
    }

    [Fact]
    public void Trailing_bytes_that_are_not_fit_are_a_warning()
    {
        var data = FitTestData.SimpleFile(2).Concat(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 }).ToArray();
        var activity = FitActivityReader.Read(data, "junk.fit");
        Assert.Equal(2, activity.Samples.Count);
        Assert.Contains(activity.Warnings, x => x.Message.Contains("13 bytes after FIT file 1"));
    }
}
