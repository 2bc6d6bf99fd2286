namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>Global message numbers of the messages the project decodes (profile <c>mesg_num</c>).</summary>
internal static class FitMessageNumbers
{
    /// <summary>file_id.</summary>
    public const ushort FileId = 0;
    /// <summary>user_profile.</summary>
    public const ushort UserProfile = 3;
    /// <summary>sport.</summary>
    public const ushort Sport = 12;
    /// <summary>session.</summary>
    public const ushort Session = 18;
    /// <summary>lap.</summary>
    public const ushort Lap = 19;
    /// <summary>record.</summary>
    public const ushort Record = 20;
    /// <summary>event.</summary>
    public const ushort Event = 21;
    /// <summary>device_info.</summary>
    public const ushort DeviceInfo = 23;
    /// <summary>activity.</summary>
    public const ushort Activity = 34;
    /// <summary>file_creator.</summary>
    public const ushort FileCreator = 49;
    /// <summary>hrv.</summary>
    public const ushort Hrv = 78;
    /// <summary>length.</summary>
    public const ushort Length = 101;
    /// <summary>timestamp_correlation.</summary>
    public const ushort TimestampCorrelation = 162;
    /// <summary>field_description.</summary>
    public const ushort FieldDescription = 206;
    /// <summary>developer_data_id.</summary>
    public const ushort DeveloperDataId = 207;
}
