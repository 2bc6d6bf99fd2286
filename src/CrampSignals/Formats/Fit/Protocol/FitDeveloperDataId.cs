namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>What a <c>developer_data_id</c> message (207) says about a developer (an app or a Connect IQ data field).</summary>
/// <param name="DeveloperDataIndex">The index developer fields refer to (field 3).</param>
/// <param name="ApplicationId">The application's 16-byte id (field 1), when given.</param>
/// <param name="DeveloperId">The developer's 16-byte id (field 0), when given.</param>
/// <param name="ManufacturerId">Manufacturer (field 2), when given.</param>
/// <param name="ApplicationVersion">Application version (field 4), when given.</param>
internal sealed record FitDeveloperDataId(byte DeveloperDataIndex, byte[]? ApplicationId, byte[]? DeveloperId, ushort? ManufacturerId, uint? ApplicationVersion);
