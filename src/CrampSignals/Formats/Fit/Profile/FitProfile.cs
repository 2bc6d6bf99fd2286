using System.Collections.Frozen;
using System.Globalization;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Profile;

/// <summary>
/// The part of the FIT profile the project knows: every message's name, and the fields (type, scale, offset, units) of
/// file_id, file_creator, device_info, event, record, lap, session, activity, sport, user_profile, hrv, length,
/// timestamp_correlation, developer_data_id and field_description. Other messages and fields are kept by number.
/// </summary>
internal static class FitProfile
{
    private static readonly FrozenDictionary<ushort, FrozenDictionary<byte, FitProfileField>> Fields = BuildFields();

    /// <summary>The profile name of message <paramref name="globalNumber"/> in snake_case, or null when the profile has none.</summary>
    public static string? MessageName(ushort globalNumber) => FitNames.Message(globalNumber);

    /// <summary>The profile name of a message, or <c>unknown_NUM</c>.</summary>
    public static string MessageNameOrNumber(ushort globalNumber) =>
        FitNames.Message(globalNumber) ?? "unknown_" + globalNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The profile's field <paramref name="fieldNumber"/> of message <paramref name="globalNumber"/>, or null when unknown.</summary>
    public static FitProfileField? Field(ushort globalNumber, byte fieldNumber)
    {
        if (fieldNumber == FitTimestamps.FieldNumber) return Timestamp;
        return Fields.TryGetValue(globalNumber, out var fields) ? fields.GetValueOrDefault(fieldNumber) : null;
    }

    /// <summary>The fields the project knows of message <paramref name="globalNumber"/>, by number (empty when none).</summary>
    public static IReadOnlyDictionary<byte, FitProfileField> FieldsOf(ushort globalNumber) =>
        Fields.TryGetValue(globalNumber, out var fields) ? fields : FrozenDictionary<byte, FitProfileField>.Empty;

    // Field 253 is the timestamp of every message.
    private static readonly FitProfileField Timestamp = new(FitTimestamps.FieldNumber, "timestamp", FitBaseType.UInt32, 1, 0, "s");

    private static FrozenDictionary<ushort, FrozenDictionary<byte, FitProfileField>> BuildFields()
    {
        var result = new Dictionary<ushort, FrozenDictionary<byte, FitProfileField>>();
        foreach (var (message, text) in FitFieldTables.Messages)
        {
            var fields = new Dictionary<byte, FitProfileField>();
            foreach (var entry in text.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var p = entry.Split(':');
                var number = byte.Parse(p[0], CultureInfo.InvariantCulture);
                var type = FitBaseTypes.FromByte(byte.Parse(p[2], CultureInfo.InvariantCulture)) ?? FitBaseType.Byte;
                fields.TryAdd(number, new FitProfileField(number, p[1], type,
                    double.Parse(p[3], CultureInfo.InvariantCulture), double.Parse(p[4], CultureInfo.InvariantCulture), p[5]));
            }
            result[message] = fields.ToFrozenDictionary();
        }
        return result.ToFrozenDictionary();
    }
}
