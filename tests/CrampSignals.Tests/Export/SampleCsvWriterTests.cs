using CrampSignals.Activities;
using CrampSignals.Reports;

using CrampSignals.Cli.Commands;
namespace CrampSignals.Tests.Export;

public class SampleCsvWriterTests
{
    private static SampleTable TwoRows()
    {
        var b = new SampleTableBuilder();
        b.AddRow(1497191649);
        b.Set(SampleChannel.Latitude, 38.2297873);
        b.Set(SampleChannel.Speed, 2.5);
        b.Set(SampleChannel.Cadence, 171);
        b.AddRow(1497191650.25);
        b.Set(SampleChannel.HeartRate, 140);
        b.AddRow(double.NaN);
        return b.Build();
    }

    [Fact]
    public void Writes_header_iso_times_elapsed_and_empty_cells_for_missing_values()
    {
        var text = new StringWriter();
        SampleCsvWriter.Write(TwoRows(), text);
        var lines = text.ToString().Split('\n');

        Assert.Equal(SampleCsvWriter.Header, lines[0]);
        Assert.Equal("2017-06-11T14:34:09Z,0,38.2297873,,,2.5,,,171,,", lines[1]);
        Assert.Equal("2017-06-11T14:34:10.25Z,1.25,,,,,,140,,,", lines[2]);
        Assert.Equal(",,,,,,,,,,", lines[3]);
        Assert.Equal("", lines[4]);
    }

    [Fact]
    public void Data_frame_has_one_row_per_sample_and_nulls_for_missing()
    {
        var frame = TwoRows().ToDataFrame();
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal(2.5, (double?)frame["speed_mps"][0]);
        Assert.Null(frame["speed_mps"][1]);
        Assert.Equal(1.25, (double?)frame["elapsed_s"][1]);
        Assert.Equal(new DateTime(2017, 6, 11, 14, 34, 9, DateTimeKind.Utc), (DateTime?)frame["time"][0]);
    }
}
