using System.Xml;

namespace CrampSignals.Formats.Tcx;

/// <summary>
/// The Training Center XML names, atomized in the reader's name table so that a name test is one reference
/// comparison. All are matched by local name: the activity extension (TPX) comes under any prefix.
/// </summary>
internal sealed class TcxNames
{
    public TcxNames(XmlNameTable table)
    {
        TrainingCenterDatabase = table.Add("TrainingCenterDatabase");
        Activities = table.Add("Activities");
        Courses = table.Add("Courses");
        Course = table.Add("Course");
        Activity = table.Add("Activity");
        Sport = table.Add("Sport");
        Id = table.Add("Id");
        Lap = table.Add("Lap");
        StartTime = table.Add("StartTime");
        TotalTimeSeconds = table.Add("TotalTimeSeconds");
        DistanceMeters = table.Add("DistanceMeters");
        Track = table.Add("Track");
        Trackpoint = table.Add("Trackpoint");
        Time = table.Add("Time");
        Position = table.Add("Position");
        LatitudeDegrees = table.Add("LatitudeDegrees");
        LongitudeDegrees = table.Add("LongitudeDegrees");
        AltitudeMeters = table.Add("AltitudeMeters");
        HeartRateBpm = table.Add("HeartRateBpm");
        Value = table.Add("Value");
        Cadence = table.Add("Cadence");
        Extensions = table.Add("Extensions");
        Tpx = table.Add("TPX");
        Speed = table.Add("Speed");
        RunCadence = table.Add("RunCadence");
        Watts = table.Add("Watts");
        Creator = table.Add("Creator");
        Name = table.Add("Name");
    }

    public string TrainingCenterDatabase { get; }
    public string Activities { get; }
    public string Courses { get; }
    public string Course { get; }
    public string Activity { get; }
    public string Sport { get; }
    public string Id { get; }
    public string Lap { get; }
    public string StartTime { get; }
    public string TotalTimeSeconds { get; }
    public string DistanceMeters { get; }
    public string Track { get; }
    public string Trackpoint { get; }
    public string Time { get; }
    public string Position { get; }
    public string LatitudeDegrees { get; }
    public string LongitudeDegrees { get; }
    public string AltitudeMeters { get; }
    public string HeartRateBpm { get; }
    public string Value { get; }
    public string Cadence { get; }
    public string Extensions { get; }
    public string Tpx { get; }
    public string Speed { get; }
    public string RunCadence { get; }
    public string Watts { get; }
    public string Creator { get; }
    public string Name { get; }
}
