using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Model;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

/// <summary>Small FIT files the tests build themselves.</summary>
internal static class FitTestData
{
    /// <summary>A FIT time (2021-01-01T00:00:00Z) to build records from.</summary>
    public const uint BaseTime = 1_009_843_200;

    public static readonly FitFieldSpec[] RecordHr = [new(253, FitBaseType.UInt32), new(3, FitBaseType.UInt8)];

    /// <summary>One file: file_id then <paramref name="records"/> records with timestamp and heart rate.</summary>
    public static byte[] SimpleFile(int records = 3, int headerSize = 14, bool bigEndian = false)
    {
        var w = new FitWriter();
        w.BeginFile(headerSize);
        WriteFileId(w);
        w.Define(1, FitMessageNumbers.Record, RecordHr, bigEndian);
        for (var i = 0; i < records; i++) w.Write(1, BaseTime + (uint)i, 100 + i);
        w.EndFile();
        return w.ToArray();
    }

    public static void WriteFileId(FitWriter w, byte local = 0)
    {
        w.Define(local, FitMessageNumbers.FileId, [new(0, FitBaseType.Enum), new(1, FitBaseType.UInt16), new(4, FitBaseType.UInt32)]);
        w.Write(local, 4, 1, BaseTime);
    }

    /// <summary>All data messages of <paramref name="data"/> as objects.</summary>
    public static FitFile Decode(byte[] data) => FitFile.Read(data, "test.fit");
}
