using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

public class FitReaderStructureTests
{
    private static double Unix(uint fit) => fit + (double)FitTimestamps.EpochUnixSeconds;

    [Fact]
    public void Tokens_come_in_file_order()
    {
        var reader = new FitReader(FitTestData.SimpleFile(2));
        var tokens = new List<FitTokenType>();
        while (reader.Read()) tokens.Add(reader.TokenType);
        Assert.Equal([FitTokenType.FileHeader, FitTokenType.Definition, FitTokenType.Data, FitTokenType.Definition,
            FitTokenType.Data, FitTokenType.Data, FitTokenType.FileEnd], tokens);
        Assert.Equal(FitTokenType.None, reader.TokenType);
        Assert.False(reader.State.StoppedEarly);
    }

    [Fact]
    public void Compressed_timestamps_expand_against_the_last_full_timestamp_with_rollover()
    {
        var t0 = FitTestData.BaseTime + 30; // low 5 bits: 30 (BaseTime is a multiple of 32)
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Define(1, FitMessageNumbers.Record, [new(3, FitBaseType.UInt8)]);
        w.Write(0, t0, 100);                 // full time: low bits 30
        w.WriteCompressed(1, 31, 101);       // +1
        w.WriteCompressed(1, 2, 102);        // rolls over: 31 -> 2 is +3
        w.WriteCompressed(1, 2, 103);        // same second
        w.Write(0, t0 + 100, 104);           // a full timestamp resets the reference
        w.WriteCompressed(1, (int)((t0 + 105) & 31), 105);
        w.EndFile();
        var activity = FitActivityReader.Read(w.ToArray(), "cts.fit");
        Assert.Equal([Unix(t0), Unix(t0 + 1), Unix(t0 + 4), Unix(t0 + 4), Unix(t0 + 100), Unix(t0 + 105)], activity.Samples.UnixSeconds.ToArray());
        Assert.Equal([100.0, 101, 102, 103, 104, 105], activity.Samples.HeartRateBpm.ToArray());
    }

    [Fact]
    public void A_timestamp_of_any_message_is_a_reference_for_compressed_headers()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Event, [new(253, FitBaseType.UInt32), new(0, FitBaseType.Enum), new(1, FitBaseType.Enum)]);
        w.Define(1, FitMessageNumbers.Record, [new(3, FitBaseType.UInt8)]);
        w.Write(0, FitTestData.BaseTime + 3, 0, 0);
        w.WriteCompressed(1, 5, 90);
        w.EndFile();
        var activity = FitActivityReader.Read(w.ToArray(), "cts.fit");
        Assert.Equal(Unix(FitTestData.BaseTime + 5), activity.Samples.UnixSeconds[0]);
    }

    [Fact]
    public void A_data_message_of_an_undefined_local_type_stops_with_a_warning_and_keeps_what_came_before()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(0, FitTestData.BaseTime, 100);
        var offset = w.Length;
        w.WriteRaw([0x05, 1, 2, 3]);
        w.Write(0, FitTestData.BaseTime + 1, 101);
        w.EndFile();
        var activity = FitActivityReader.Read(w.ToArray(), "undef.fit");
        Assert.Equal(1, activity.Samples.Count);
        var warning = Assert.Single(activity.Warnings);
        Assert.Contains("local type 5", warning.Message);
        Assert.Equal(offset, warning.ByteOffset);
        Assert.Equal([ChecksumStatus.Missing], activity.Source!.FileCrc.ToArray());
    }

    [Fact]
    public void A_compressed_header_of_an_undefined_local_type_stops_with_a_warning()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(0, FitTestData.BaseTime, 100);
        w.WriteRaw([0xE3, 1]); // compressed header, local type 3
        w.EndFile();
        var activity = FitActivityReader.Read(w.ToArray(), "undef.fit");
        Assert.Equal(1, activity.Samples.Count);
        Assert.Contains(activity.Warnings, x => x.Message.Contains("compressed-timestamp") && x.Message.Contains("local type 3"));
    }

    [Fact]
    public void Redefining_a_local_type_changes_the_layout_and_an_identical_redefinition_is_reused()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(0, FitTestData.BaseTime, 100);
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr);
        w.Write(0, FitTestData.BaseTime + 1, 101);
        w.Define(0, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(7, FitBaseType.UInt16)]);
        w.Write(0, FitTestData.BaseTime + 2, 250);
        w.EndFile();
        var reader = new FitReader(w.ToArray());
        var definitions = new List<FitMessageDefinition>();
        while (reader.Read())
            if (reader.TokenType == FitTokenType.Definition) definitions.Add(reader.Definition);
        Assert.Same(definitions[0], definitions[1]);
        Assert.NotSame(definitions[1], definitions[2]);
        var activity = FitActivityReader.Read(w.ToArray(), "redef.fit");
        Assert.Equal(250, activity.Samples.PowerWatts[2]);
        Assert.True(double.IsNaN(activity.Samples.HeartRateBpm[2]));
    }

    [Fact]
    public void Truncation_at_every_byte_keeps_the_messages_before_it_and_warns()
    {
        var full = FitTestData.SimpleFile(6);
        var complete = FitActivityReader.Read(full, "full.fit");
        Assert.Equal(6, complete.Samples.Count);
        var previous = 0;
        for (var length = 14; length < full.Length; length++)
        {
            var activity = FitActivityReader.Read(full.AsSpan(0, length), "cut.fit");
            Assert.True(activity.Samples.Count >= previous, $"cut at {length}: fewer records than a shorter cut");
            previous = activity.Samples.Count;
            Assert.NotEmpty(activity.Warnings);
            Assert.All(activity.Warnings, x => Assert.True(x.ByteOffset is null || x.ByteOffset <= length));
            for (var i = 0; i < activity.Samples.Count; i++)
                Assert.Equal(complete.Samples.HeartRateBpm[i], activity.Samples.HeartRateBpm[i]);
        }
        Assert.Equal(6, previous);
        for (var length = 0; length < 14; length++)
            Assert.Throws<InputFormatException>(() => FitActivityReader.Read(full.AsSpan(0, length), "cut.fit"));
    }

    [Fact]
    public void Developer_fields_are_typed_by_their_description()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.DeveloperDataId, [new(1, FitBaseType.Byte, 16), new(3, FitBaseType.UInt8)]);
        w.Write(0, Enumerable.Range(1, 16).Select(i => (byte)i).ToArray(), 0);
        w.Define(1, FitMessageNumbers.FieldDescription,
        [
            new(0, FitBaseType.UInt8), new(1, FitBaseType.UInt8), new(2, FitBaseType.UInt8), new(3, FitBaseType.String, 16),
            new(8, FitBaseType.String, 8), new(6, FitBaseType.UInt8), new(7, FitBaseType.SInt8),
        ]);
        w.Write(1, 0, 4, (int)FitBaseType.UInt16, "core_temp", "C", 100, 0);
        w.Define(2, FitMessageNumbers.Record, FitTestData.RecordHr, bigEndian: true, developerFields: [new(4, 2, 0, FitBaseType.UInt16)]);
        w.Write(2, FitTestData.BaseTime, 150, 3812);
        w.EndFile();

        var reader = new FitReader(w.ToArray());
        var seen = false;
        while (reader.Read())
        {
            if (reader.TokenType != FitTokenType.Data || reader.GlobalMessageNumber != FitMessageNumbers.Record) continue;
            Assert.Equal(1, reader.DeveloperFieldCount);
            Assert.Equal("core_temp", reader.GetDeveloperFieldDescription(0)!.Name);
            Assert.Equal(38.12, reader.GetDeveloperDouble(0), 6);
            seen = true;
        }
        Assert.True(seen);
        var file = FitTestData.Decode(w.ToArray());
        var record = file.OfType(FitMessageNumbers.Record).Single();
        var dev = Assert.Single(record.DeveloperFields);
        Assert.Equal("core_temp", dev.Name);
        Assert.Equal("C", dev.Units);
        Assert.Equal(38.12, dev.Value, 6);
        Assert.Equal(Enumerable.Range(1, 16).Select(i => (byte)i), file.Developers.Single().ApplicationId!);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void A_developer_field_without_description_keeps_its_bytes_and_warns_once()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr, developerFields: [new(9, 3, 2)]);
        w.Write(0, FitTestData.BaseTime, 150, new byte[] { 1, 2, 3 });
        w.Write(0, FitTestData.BaseTime + 1, 151, new byte[] { 4, 5, 6 });
        w.EndFile();
        var file = FitTestData.Decode(w.ToArray());
        var records = file.OfType(FitMessageNumbers.Record).ToArray();
        Assert.Equal(2, records.Length);
        Assert.Equal(new byte[] { 4, 5, 6 }, records[1].DeveloperFields[0].Bytes.ToArray());
        Assert.Null(records[1].DeveloperFields[0].Description);
        Assert.Equal("developer_2_9", records[1].DeveloperFields[0].Name);
        var warning = Assert.Single(file.Warnings);
        Assert.Contains("developer field 9 of developer 2", warning.Message);
        Assert.Equal(151, FitActivityReader.Read(w.ToArray(), "dev.fit").Samples.HeartRateBpm[1]);
    }

    [Fact]
    public void Each_undescribed_developer_field_is_warned_once_whatever_the_layouts_that_carry_it()
    {
        // Field 9 in two layouts (local 0, then local 1 with field 7 too), many records each; local 0 redefined with
        // field 8; a description of field 7 arriving late changes nothing already said.
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr, developerFields: [new(9, 1, 2)]);
        for (var i = 0; i < 5; i++) w.Write(0, FitTestData.BaseTime + (uint)i, 150, new byte[] { 1 });
        w.Define(1, FitMessageNumbers.Record, FitTestData.RecordHr, developerFields: [new(7, 1, 2), new(9, 1, 2)]);
        for (var i = 5; i < 10; i++) w.Write(1, FitTestData.BaseTime + (uint)i, 150, new byte[] { 1 }, new byte[] { 2 });
        w.Define(2, FitMessageNumbers.FieldDescription, [new(0, FitBaseType.UInt8), new(1, FitBaseType.UInt8), new(2, FitBaseType.UInt8)]);
        w.Write(2, 2, 7, (int)FitBaseType.UInt8);
        w.Define(0, FitMessageNumbers.Record, FitTestData.RecordHr, developerFields: [new(8, 1, 2)]);
        for (var i = 10; i < 15; i++) w.Write(0, FitTestData.BaseTime + (uint)i, 150, new byte[] { 3 });
        w.Write(1, FitTestData.BaseTime + 15, 150, new byte[] { 1 }, new byte[] { 2 });
        w.EndFile();

        var reader = new FitReader(w.ToArray());
        var records = 0;
        while (reader.Read()) if (reader.TokenType == FitTokenType.Data && reader.GlobalMessageNumber == FitMessageNumbers.Record) records++;
        Assert.Equal(16, records);
        Assert.Equal(
            ["developer field 9 of developer 2", "developer field 7 of developer 2", "developer field 8 of developer 2"],
            reader.Warnings.Select(x => x.Message[..x.Message.IndexOf(" has", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Unknown_messages_and_fields_are_kept_by_number_and_counted()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, 0xFF01, [new(1, FitBaseType.UInt16)]);
        w.Write(0, 77);
        w.Write(0, 78);
        w.Define(1, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(200, FitBaseType.UInt8)]);
        w.Write(1, FitTestData.BaseTime, 5);
        w.EndFile();
        var activity = FitActivityReader.Read(w.ToArray(), "u.fit");
        Assert.Equal(2, activity.Source!.Counts["unknown_65281"]);
        Assert.Equal(1, activity.Source.Counts["record"]);
        var file = FitTestData.Decode(w.ToArray());
        Assert.Equal("unknown_65281", file.Messages[0].Name);
        Assert.Equal(78, file.Messages[1][1]!.Value);
        Assert.Equal("field_200", file.Messages[2][200]!.Name);
        Assert.Equal(5, file.Messages[2][200]!.Value);
    }
}
